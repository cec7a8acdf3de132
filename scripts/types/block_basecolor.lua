-- scripts/types/block_basecolor.lua: "block_basecolor", the average linear
-- colour of a block texture (the reference design's BaseColor cache, on
-- real files; the key and args as in scripts/lib/blocks.lua).
--
-- compute (worker): decode the whole file (every frame of a strip) and
--   average it in linear light, alpha-weighted (kiln.image.average).
-- output (worker): the four floats (16 bytes) to the disk cache.
-- load (worker, cache hit): the floats back.
-- apply (main thread): { layer, linear = {r,g,b,a}, srgb = {r,g,b}, ms,
--   cached } to the host, which shows it as a swatch.
local kiln = require "kiln"
local ffi = require "ffi"
local deps = require "scripts.lib.deps"
local host = require "scripts.lib.host"
local clock = require "scripts.lib.clock"
local blocks = deps.load "scripts.lib.blocks"
local I = kiln.image

local function srgb(c)
  if c <= 0.0031308 then return 12.92 * c end
  return 1.055 * c ^ (1 / 2.4) - 0.055
end

kiln.artifact {
  name = "block_basecolor", version = deps.version(1, blocks), outputs = { disk = true },
  compute = function(ctx, key, args)
    if type(args) ~= "table" or type(args.path) ~= "string" then
      error(("block_basecolor '%s': args.path must be the texture's file path"):format(key))
    end
    local t0 = clock.ms()
    local rgba, w, h = I.decode_png(args.path)
    local r, g, b, a = I.average(rgba, w, h, { srgb = true })
    rgba:free()
    return { r, g, b, a, ms = clock.ms() - t0, layer = args.layer }
  end,
  output = function(ctx, key, v)
    local buf = kiln.buffer(16)
    local f = ffi.cast("float *", buf.data)
    for i = 1, 4 do f[i - 1] = v[i] end
    ctx:write_disk(buf)
  end,
  load = function(ctx, key, bytes)
    if #bytes ~= 16 then
      error(("block_basecolor '%s': cached artifact has %d bytes, expected 16"):format(key, #bytes))
    end
    local f = ffi.cast("const float *", bytes.data)
    return { f[0], f[1], f[2], f[3], cached = true, layer = ctx.args and ctx.args.layer }
  end,
  apply = function(ctx, key, v)
    host.deliver(ctx, { layer = v.layer, linear = { v[1], v[2], v[3], v[4] },
                        srgb = { srgb(v[1]), srgb(v[2]), srgb(v[3]) }, ms = v.ms, cached = v.cached })
  end,
}
