-- scripts/types/block_normal.lua: "block_normal", a tangent-space normal
-- map derived from a block texture (scripts/lib/blocks.lua has the key,
-- the args and the atlases).
--
-- compute (worker): decode, height = linear luminance, central differences
--   wrapped at the edges (block textures tile), x and y of the normal in
--   red and green, mips, bc5.
-- output (worker): every level staged into "block_normal" slice
--   args.layer, then the blocks written to the disk cache.
-- load / apply: as block_albedo.
local kiln = require "kiln"
local ffi = require "ffi"
local deps = require "scripts.lib.deps"
local blocks = deps.load "scripts.lib.blocks"
local I = kiln.image
local T = blocks.TILE
local STRENGTH = 4.0 -- slope scale: block textures are low contrast

local function normal_map(t)
  I.to_linear(t, T, T)
  local d, hgt = t.data, ffi.new("float[?]", T * T)
  for i = 0, T * T - 1 do
    hgt[i] = (0.2126 * d[i * 4] + 0.7152 * d[i * 4 + 1] + 0.0722 * d[i * 4 + 2]) / 255
  end
  local n = kiln.buffer(T * T * 4, false)
  local o = n.data
  for y = 0, T - 1 do
    for x = 0, T - 1 do
      local l, r = hgt[y * T + (x - 1) % T], hgt[y * T + (x + 1) % T]
      local u, dn = hgt[((y - 1) % T) * T + x], hgt[((y + 1) % T) * T + x]
      local nx, ny = (l - r) * STRENGTH, (u - dn) * STRENGTH
      local len = math.sqrt(nx * nx + ny * ny + 1)
      local i = (y * T + x) * 4
      o[i] = math.floor((nx / len * 0.5 + 0.5) * 255 + 0.5)
      o[i + 1] = math.floor((ny / len * 0.5 + 0.5) * 255 + 0.5)
      o[i + 2] = math.floor((1 / len * 0.5 + 0.5) * 255 + 0.5)
      o[i + 3] = 255
    end
  end
  return n
end

kiln.artifact(blocks.compressed_type("block_normal", deps.version(1, blocks), function(path, t0)
  local t = blocks.tile(path)
  local n = normal_map(t)
  t:free()
  local chain, levels = I.mips(n, T, T)
  n:free()
  local v = blocks.compressed(chain, levels, "bc5", t0)
  chain:free()
  return v
end))
