-- scripts/lib/tile.lua: the demo's tiles: per-tile arguments from the scene
-- parameters, and canonical keys for them.
--
-- A key names an artifact: it holds every argument that changes the bytes
-- (so a changed argument is a different cache entry) plus the tile slot,
-- which is where the artifact goes (the layer of the view textures).
-- Keys read like "t017 bricks seed=2710593 scale=1.25 size=64 pal=2".
local deps = require "scripts.lib.deps"
local noise = deps.load "scripts.lib.noise"

local tile = {}

tile.PATTERNS = { "bricks", "checker", "marble", "wood", "cobbles", "rust" }
tile.PALETTES = { "terracotta", "slate", "moss", "ember" }
tile.SCALES = { 1, 1.5, 0.75 }

-- tile.args(slot, p) -> args for tile `slot` (0-based) under scene
-- parameters p = { seed =, palette =, scale =, size = }.
function tile.args(slot, p)
  local h = noise.hash(slot, p.seed, 0x5eed)
  local pat = tile.PATTERNS[h % #tile.PATTERNS + 1]
  return {
    slot = slot, pattern = pat, seed = noise.hash(slot, p.seed, 77) % 10000000,
    palette = p.palette,
    -- rounded as the key prints it, so an artifact is exactly what its key says
    scale = tonumber(("%.2f"):format(p.scale * (0.8 + 0.4 * (math.floor(h / 65536) % 256) / 255))),
    size = p.size,
  }
end

-- tile.key(args, with_palette) -> key string.
function tile.key(a, with_palette)
  local k = ("t%03d %s seed=%d scale=%.2f size=%d"):format(a.slot, a.pattern, a.seed, a.scale, a.size)
  if with_palette then k = k .. " pal=" .. a.palette end
  return k
end

-- tile.parse(key) -> { slot, pattern, seed, scale, size, palette } or nil.
function tile.parse(key)
  local slot, pat, seed, scale, size = key:match("^t(%d+) (%a+) seed=(%d+) scale=([%d.]+) size=(%d+)")
  if not slot then return nil end
  return { slot = tonumber(slot), pattern = pat, seed = tonumber(seed), scale = tonumber(scale),
           size = tonumber(size), palette = tonumber(key:match(" pal=(%d+)")) }
end

-- Mip levels of the view textures for a tile size: down to 4x4.
function tile.levels(size)
  local n = 1
  while size > 4 do size = size / 2; n = n + 1 end
  return n
end

return tile
