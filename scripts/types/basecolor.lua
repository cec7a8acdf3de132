-- scripts/types/basecolor.lua: "basecolor", the average linear colour of a
-- tile's albedo (material data, no texture: the BaseColor cache of the
-- reference design, docs: /work/shared/seed/ArtifactScheduler.md).
--
-- compute (worker): renders the albedo with the same sampler and arguments
--   as "albedo", decodes every texel sRGB -> linear and averages.
-- output (worker): writes the three linear floats (12 bytes) to disk.
-- load (worker, cache hit): decodes those floats.
-- apply (main thread): the scene draws it as a swatch, re-encoded to sRGB.
local ffi = require "ffi"
local kiln = require "kiln"
local deps = require "scripts.lib.deps"
local host = require "scripts.lib.host"
local clock = require "scripts.lib.clock"
local tile = deps.load "scripts.lib.tile"
local image = deps.load "scripts.lib.image"
local patterns = deps.load "scripts.lib.patterns"

host.view { type = "basecolor", title = "basecolor (avg linear)", kind = "swatch", order = 4,
            key = function(args) return tile.key(args, true) end }

local function value(slot, r, g, b, ms, cached)
  local s = image.linear_to_srgb
  return { slot = slot, linear = { r, g, b }, srgb = { s(r), s(g), s(b) }, ms = ms, cached = cached }
end

kiln.artifact {
  name = "basecolor",
  version = deps.version(1, tile, image, patterns),
  outputs = { disk = true },

  compute = function(ctx, key, args)
    local t0 = clock.ms()
    local rgba = kiln.buffer(args.size * args.size * 4)
    image.fill_albedo(patterns.sampler(args), args.size, rgba)
    local r, g, b = image.average_linear(rgba, args.size)
    return value(args.slot, r, g, b, clock.ms() - t0)
  end,

  load = function(ctx, key, bytes)
    if #bytes ~= 12 then
      error(("basecolor '%s': cached artifact has %d bytes, expected 12"):format(key, #bytes))
    end
    local f = ffi.cast("const float *", bytes.ptr)
    return value(assert(tile.parse(key), "basecolor: malformed key").slot, f[0], f[1], f[2], nil, true)
  end,

  output = function(ctx, key, v)
    local buf = kiln.buffer(12)
    local f = ffi.cast("float *", buf.ptr)
    f[0], f[1], f[2] = v.linear[1], v.linear[2], v.linear[3]
    ctx:write_disk(buf)
  end,

  apply = function(ctx, key, v) host.deliver(ctx, v) end,
}
