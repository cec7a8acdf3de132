-- scripts/types/albedo.lua: "albedo", the colour texture of a tile.
--
-- compute (worker): runs the tile's procedural pattern (patterns.lua:
--   bricks, checker, marble, wood, cobbles, rust) over size x size texels
--   into an RGBA8 sRGB kiln.buffer.
-- output (worker): stages the tile and its mips into layer `slot` of the
--   2d_array texture "albedo", then writes level 0 to the disk cache.
-- load (worker, cache hit): the cached bytes back into compute's shape.
-- apply (main thread): hands { slot, ms, cached } to the scene (host.lua).
local kiln = require "kiln"
local deps = require "scripts.lib.deps"
local host = require "scripts.lib.host"
local clock = require "scripts.lib.clock"
local tile = deps.load "scripts.lib.tile"
local image = deps.load "scripts.lib.image"
local patterns = deps.load "scripts.lib.patterns"

host.view { type = "albedo", title = "albedo (sRGB)", kind = "texture", order = 1,
            key = function(args) return tile.key(args, true) end }

local function check_size(key, bytes, size)
  if #bytes ~= size * size * 4 then
    error(("albedo '%s': cached artifact has %d bytes, expected %d"):format(key, #bytes, size * size * 4))
  end
end

kiln.artifact {
  name = "albedo",
  version = deps.version(1, tile, image, patterns),
  outputs = { disk = true, gpu = true },
  gpu_bytes = function(key, args) return image.stage_bytes(args.size, tile.levels(args.size)) end,

  compute = function(ctx, key, args)
    local t0 = clock.ms()
    local rgba = kiln.buffer(args.size * args.size * 4)
    image.fill_albedo(patterns.sampler(args), args.size, rgba)
    return { slot = args.slot, size = args.size, rgba = rgba, ms = clock.ms() - t0 }
  end,

  load = function(ctx, key, bytes)
    local t = assert(tile.parse(key), "albedo: malformed key")
    check_size(key, bytes, t.size)
    return { slot = t.slot, size = t.size, rgba = bytes, cached = true }
  end,

  output = function(ctx, key, v)
    image.stage_mips(ctx, "albedo", v.slot, v.rgba, v.size, tile.levels(v.size))
    ctx:write_disk(v.rgba) -- moves the buffer (false, and a no-op, for a cache hit)
    v.rgba = nil
  end,

  apply = function(ctx, key, v) host.deliver(ctx, v) end,
}
