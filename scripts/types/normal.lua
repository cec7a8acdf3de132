-- scripts/types/normal.lua: "normal", the tangent-space normal map of a tile.
--
-- compute (worker): recomputes the tile's height with the same sampler and
--   arguments as "height" (patterns.lua), one texel wider on every side so
--   the central differences at the tile's edge see real neighbours, and
--   encodes the normals as RGBA8 (n * 0.5 + 0.5, OpenGL +y up).
-- output (worker): stages the tile and mips into layer `slot` of "normal",
--   then writes level 0 to disk.
local kiln = require "kiln"
local deps = require "scripts.lib.deps"
local host = require "scripts.lib.host"
local clock = require "scripts.lib.clock"
local tile = deps.load "scripts.lib.tile"
local image = deps.load "scripts.lib.image"
local patterns = deps.load "scripts.lib.patterns"

local STRENGTH = 5.0 -- slope scale: height 0..1 over a 64-texel tile

host.view { type = "normal", title = "normal (from height)", kind = "texture", order = 2,
            key = function(args) return tile.key(args, false) end }

kiln.artifact {
  name = "normal",
  version = deps.version(1, tile, image, patterns),
  outputs = { disk = true, gpu = true },
  gpu_bytes = function(key, args) return image.stage_bytes(args.size, tile.levels(args.size)) end,

  compute = function(ctx, key, args)
    local t0 = clock.ms()
    local h = image.heights(patterns.sampler(args), args.size, 1)
    local rgba = kiln.buffer(args.size * args.size * 4)
    image.normals(h, args.size, STRENGTH, rgba)
    return { slot = args.slot, size = args.size, rgba = rgba, ms = clock.ms() - t0 }
  end,

  load = function(ctx, key, bytes)
    local t = assert(tile.parse(key), "normal: malformed key")
    if #bytes ~= t.size * t.size * 4 then
      error(("normal '%s': cached artifact has %d bytes, expected %d"):format(key, #bytes, t.size * t.size * 4))
    end
    return { slot = t.slot, size = t.size, rgba = bytes, cached = true }
  end,

  output = function(ctx, key, v)
    image.stage_mips(ctx, "normal", v.slot, v.rgba, v.size, tile.levels(v.size))
    ctx:write_disk(v.rgba)
    v.rgba = nil
  end,

  apply = function(ctx, key, v) host.deliver(ctx, v) end,
}
