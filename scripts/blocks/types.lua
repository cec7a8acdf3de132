-- scripts/blocks/types.lua: cache types for block textures read from image
-- files (the Debian package minetest-data's default game, or any PNGs):
-- the reference design's per-block caches on real data.
--
-- Keys are "path|size|mtime" (the host lists the files), so an edited file
-- re-bakes. args = { path =, layer = } (layer: the atlas slice, or nil).
--
--   block_albedo    decode, first frame of an animation strip, nearest
--                   upscale to TILE, mips in linear light, bc1 (bc3 when
--                   the texture has alpha), every level staged into the
--                   "blocks_albedo" 2d_array atlas
--   block_normal    height from luminance, a tileable normal map, mips, bc5,
--                   staged into "blocks_normal"
--   block_basecolor the average linear colour (four floats), for swatches
-- Each writes its compressed blocks (or floats) to the disk cache, so a
-- warm start uploads without decoding or encoding anything.
local kiln = require "kiln"
local ffi = require "ffi"

local TILE = 64
local I = kiln.image

-- The texture's first square frame as RGBA8 at TILE x TILE.
local function tile_of(path)
  local rgba, w, h = I.decode_png(path)
  if h > w and h % w == 0 then -- an animation strip: frames stacked down
    local frame = kiln.buffer(w * w * 4, false)
    ffi.copy(frame.data, rgba.data, w * w * 4)
    rgba:free()
    rgba, h = frame, w
  end
  local t = I.resize(rgba, w, h, TILE, TILE, { filter = "nearest" })
  rgba:free()
  return t
end

local function has_alpha(buf)
  local d = buf.data
  for i = 3, TILE * TILE * 4 - 1, 4 do
    if d[i] < 255 then return true end
  end
  return false
end

-- One buffer of compressed levels; its layout travels as the meta.
local function pack(chain, levels, format)
  local blocks, bl = I.compress_mips(chain, levels, format, { quality = "high" })
  return { blocks = blocks, meta = { format = format, levels = bl } }
end

local function stage(ctx, texture, v)
  local layer = ctx.args and ctx.args.layer
  if not layer then return end
  for i, l in ipairs(v.meta.levels) do
    ctx:stage_texture { texture = texture, format = v.meta.format, layer = layer, level = i - 1,
                        w = l.w, h = l.h, data = v.blocks, offset = l.offset }
  end
end

local function compressed_type(name, texture, make)
  kiln.artifact {
    name = name, version = 1, outputs = { disk = true, gpu = true },
    gpu_bytes = 16 * 1024,
    compute = function(ctx, key, args) return make(args.path) end,
    output = function(ctx, key, v)
      ctx:write_disk(v.blocks, v.meta)
      stage(ctx, texture, v)
    end,
    load = function(ctx, key, bytes, meta) return { blocks = bytes, meta = meta } end,
    -- The blocks moved to the disk writer (or, from the cache, are done
    -- with once staged): the counts come from the layout.
    apply = function(ctx, key, v)
      local bytes = 0
      for _, l in ipairs(v.meta.levels) do bytes = bytes + l.size end
      v.blocks:free()
      _G.blocks_baked = _G.blocks_baked or {}
      _G.blocks_baked[name] = (_G.blocks_baked[name] or 0) + 1
      _G.blocks_bytes = _G.blocks_bytes or {}
      _G.blocks_bytes[name] = (_G.blocks_bytes[name] or 0) + bytes
    end,
  }
end

compressed_type("block_albedo", "blocks_albedo", function(path)
  local t = tile_of(path)
  local chain, levels = I.mips(t, TILE, TILE, { srgb = true })
  local v = pack(chain, levels, has_alpha(t) and "bc3" or "bc1")
  t:free()
  chain:free()
  return v
end)

-- Height from linear luminance, wrapped at the edges (block textures
-- tile); the normal's x and y in red and green, for bc5.
compressed_type("block_normal", "blocks_normal", function(path)
  local t = tile_of(path)
  I.to_linear(t, TILE, TILE)
  local d, hgt = t.data, ffi.new("float[?]", TILE * TILE)
  for i = 0, TILE * TILE - 1 do
    hgt[i] = (0.2126 * d[i * 4] + 0.7152 * d[i * 4 + 1] + 0.0722 * d[i * 4 + 2]) / 255
  end
  local n = kiln.buffer(TILE * TILE * 4, false)
  local o, s = n.data, 4.0
  for y = 0, TILE - 1 do
    for x = 0, TILE - 1 do
      local l, r = hgt[y * TILE + (x - 1) % TILE], hgt[y * TILE + (x + 1) % TILE]
      local u, dn = hgt[((y - 1) % TILE) * TILE + x], hgt[((y + 1) % TILE) * TILE + x]
      local nx, ny, nz = (l - r) * s, (u - dn) * s, 1
      local len = math.sqrt(nx * nx + ny * ny + nz * nz)
      local i = (y * TILE + x) * 4
      o[i] = math.floor((nx / len * 0.5 + 0.5) * 255 + 0.5)
      o[i + 1] = math.floor((ny / len * 0.5 + 0.5) * 255 + 0.5)
      o[i + 2] = math.floor((nz / len * 0.5 + 0.5) * 255 + 0.5)
      o[i + 3] = 255
    end
  end
  t:free()
  local chain, levels = I.mips(n, TILE, TILE)
  n:free()
  local v = pack(chain, levels, "bc5")
  chain:free()
  return v
end)

kiln.artifact {
  name = "block_basecolor", version = 1, outputs = { disk = true },
  compute = function(ctx, key, args)
    local rgba, w, h = I.decode_png(args.path)
    local r, g, b, a = I.average(rgba, w, h, { srgb = true })
    rgba:free()
    return { r, g, b, a }
  end,
  output = function(ctx, key, v)
    local buf = kiln.buffer(16)
    local f = ffi.cast("float *", buf.data)
    for i = 1, 4 do f[i - 1] = v[i] end
    ctx:write_disk(buf)
  end,
  load = function(ctx, key, bytes)
    if #bytes ~= 16 then error(("block_basecolor '%s': cached artifact has %d bytes, expected 16"):format(key, #bytes)) end
    local f = ffi.cast("const float *", bytes.data)
    return { f[0], f[1], f[2], f[3] }
  end,
  apply = function(ctx, key, v)
    _G.block_colors = _G.block_colors or {}
    _G.block_colors[key] = v
  end,
}
