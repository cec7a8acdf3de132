-- scripts/types/height.lua: "height", the height field of a tile.
--
-- compute (worker): evaluates the tile's pattern (the same sampler as the
--   albedo: grooves sit on the mortar) for its height, 0..1, stored as
--   size x size little-endian uint16 (the artifact on disk).
-- output (worker): a greyscale RGBA8 copy with mips goes into layer `slot`
--   of the texture "height" (for display), then the r16 bytes to disk.
-- load (worker, cache hit): the cached r16 bytes back into compute's shape.
-- The palette does not change heights, so it is not part of the key: a
-- palette change reuses every height already baked.
local kiln = require "kiln"
local deps = require "scripts.lib.deps"
local host = require "scripts.lib.host"
local clock = require "scripts.lib.clock"
local tile = deps.load "scripts.lib.tile"
local image = deps.load "scripts.lib.image"
local patterns = deps.load "scripts.lib.patterns"

host.view { type = "height", title = "height (r16)", kind = "texture", order = 3,
            key = function(args) return tile.key(args, false) end }

kiln.artifact {
  name = "height",
  version = deps.version(1, tile, image, patterns),
  outputs = { disk = true, gpu = true },
  gpu_bytes = function(key, args) return image.stage_bytes(args.size, tile.levels(args.size)) end,

  compute = function(ctx, key, args)
    local t0 = clock.ms()
    local h = image.heights(patterns.sampler(args), args.size, 0)
    local r16 = image.heights_r16(h, args.size)
    return { slot = args.slot, size = args.size, r16 = r16, ms = clock.ms() - t0 }
  end,

  load = function(ctx, key, bytes)
    local t = assert(tile.parse(key), "height: malformed key")
    if #bytes ~= t.size * t.size * 2 then
      error(("height '%s': cached artifact has %d bytes, expected %d"):format(key, #bytes, t.size * t.size * 2))
    end
    return { slot = t.slot, size = t.size, r16 = bytes, cached = true }
  end,

  output = function(ctx, key, v)
    local grey = kiln.buffer(v.size * v.size * 4)
    image.r16_to_rgba(v.r16, v.size, grey)
    image.stage_mips(ctx, "height", v.slot, grey, v.size, tile.levels(v.size))
    ctx:write_disk(v.r16)
    v.r16 = nil
  end,

  apply = function(ctx, key, v) host.deliver(ctx, v) end,
}
