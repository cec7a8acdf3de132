-- scripts/lib/patterns.lua: the procedural materials of the demo. One
-- function per pattern builds a sampler for a tile's arguments:
--
--   local s = patterns.sampler(args)   -- args: pattern, seed, palette, scale
--   local h, r, g, b = s(u, v)         -- u, v: tile coordinates, 0..1 across
--                                      -- the tile (any value: the plane goes on)
--
-- h is the height, 0..1; r, g, b the albedo in sRGB, 0..1. Colour and
-- height come from the same evaluation, so the grooves of the height (and
-- of the normal map derived from it) sit exactly on the mortar, grout and
-- veins of the albedo. Per-tile variation (brick rows, vein frequency, ...)
-- is drawn from the tile's seed. Samplers capture everything they need as
-- upvalues: the pixel loops calling them compile to tight traces.
local deps = require "scripts.lib.deps"
local noise = deps.load "scripts.lib.noise"

local floor, abs, sqrt, sin, cos, min, max = math.floor, math.abs, math.sqrt, math.sin, math.cos,
  math.min, math.max
local pi = math.pi

local patterns = {}

-- Four sRGB colours per palette: dark, mid, light, accent.
patterns.PALETTES = {
  { { 0.36, 0.13, 0.08 }, { 0.72, 0.34, 0.20 }, { 0.91, 0.74, 0.56 }, { 0.58, 0.55, 0.50 } }, -- terracotta
  { { 0.11, 0.14, 0.19 }, { 0.31, 0.40, 0.50 }, { 0.74, 0.79, 0.84 }, { 0.22, 0.50, 0.58 } }, -- slate
  { { 0.12, 0.18, 0.08 }, { 0.36, 0.48, 0.19 }, { 0.78, 0.74, 0.47 }, { 0.45, 0.32, 0.19 } }, -- moss
  { { 0.20, 0.04, 0.10 }, { 0.86, 0.27, 0.10 }, { 1.00, 0.82, 0.38 }, { 0.38, 0.12, 0.47 } }, -- ember
}

local function smooth(e0, e1, x)
  local t = (x - e0) / (e1 - e0)
  t = t < 0 and 0 or (t > 1 and 1 or t)
  return t * t * (3 - 2 * t)
end

local function clamp01(x) return x < 0 and 0 or (x > 1 and 1 or x) end

local builders = {}

function builders.bricks(n, rand, sc, P)
  local d, m, l, a = P[1], P[2], P[3], P[4]
  local rows = (4 + floor(rand() * 4)) * sc
  local ratio = 2 + rand()
  local mortar = 0.05 + rand() * 0.05
  return function(u, v)
    local y = v * rows
    local row = floor(y)
    local x = u * rows / ratio + (row % 2) * 0.5
    local col = floor(x)
    local fx, fy = x - col, y - row
    local e = min(min(fx, 1 - fx) * ratio, min(fy, 1 - fy))
    local inb = smooth(mortar, mortar + 0.06, e)
    local tint = 0.5 + 0.5 * n.lattice(col, row)
    local grain = n.fbm(u * 22 * sc, v * 22 * sc, 3)
    local h = 0.22 + 0.62 * inb + 0.07 * grain * inb + 0.04 * n.value(u * 50, v * 50) * (1 - inb)
    local k = clamp01(0.25 + 0.6 * tint + 0.25 * grain)
    local br, bg, bb = m[1] + k * (d[1] - m[1]), m[2] + k * (d[2] - m[2]), m[3] + k * (d[3] - m[3])
    local mg = 0.92 + 0.12 * grain
    local mr, mgg, mb = a[1] * mg, a[2] * mg, a[3] * mg
    return h, mr + inb * (br - mr), mgg + inb * (bg - mgg), mb + inb * (bb - mb)
  end
end

function builders.checker(n, rand, sc, P)
  local d, m, l, a = P[1], P[2], P[3], P[4]
  local cells = (3 + floor(rand() * 4)) * sc
  local bevel = 0.05 + rand() * 0.06
  return function(u, v)
    local x, y = u * cells, v * cells
    local cx, cy = floor(x), floor(y)
    local fx, fy = x - cx, y - cy
    local e = min(min(fx, 1 - fx), min(fy, 1 - fy))
    local inb = smooth(0.015, 0.015 + bevel, e)
    local odd = (cx + cy) % 2
    local grain = n.fbm(u * 14 * sc, v * 14 * sc, 4)
    local h = 0.25 + 0.6 * inb + 0.04 * grain
    local c1, c2 = odd == 0 and l or m, odd == 0 and m or d
    local k = clamp01(0.15 + 0.25 * grain + 0.15 * (1 - inb))
    local r, g, b = c1[1] + k * (c2[1] - c1[1]), c1[2] + k * (c2[2] - c1[2]), c1[3] + k * (c2[3] - c1[3])
    return h, d[1] + inb * (r - d[1]), d[2] + inb * (g - d[2]), d[3] + inb * (b - d[3])
  end
end

function builders.marble(n, rand, sc, P)
  local d, m, l = P[1], P[2], P[3]
  local freq = (1.5 + rand() * 2.5) * sc
  local ang = rand() * pi
  local ca, sa = cos(ang), sin(ang)
  local warp = 1.5 + rand() * 1.5
  return function(u, v)
    local x, y = u * 2 * sc, v * 2 * sc
    local t = (x * ca + y * sa) * freq + warp * n.fbm(x, y, 5)
    local vein = abs(sin(t * pi))
    local veins = 1 - smooth(0.0, 0.22, vein)
    local cloud = 0.5 + 0.5 * n.fbm(x * 1.7 + 9, y * 1.7 + 3, 4)
    local k = clamp01(0.15 * cloud)
    local r, g, b = l[1] + k * (m[1] - l[1]), l[2] + k * (m[2] - l[2]), l[3] + k * (m[3] - l[3])
    local vk = veins * 0.85
    local h = 0.62 + 0.06 * cloud - 0.22 * veins
    return h, r + vk * (d[1] - r), g + vk * (d[2] - g), b + vk * (d[3] - b)
  end
end

function builders.wood(n, rand, sc, P)
  local d, m, l = P[1], P[2], P[3]
  local cx, cy = rand() * 2 - 4, rand() * 2 - 1
  local rings = (6 + rand() * 6) * sc
  return function(u, v)
    local x, y = u - cx, (v - cy) * 0.22
    local dist = sqrt(x * x + y * y) + 0.12 * n.fbm(u * 3 * sc, v * 0.8 * sc, 4)
    local ring = (dist * rings) % 1
    local late = smooth(0.55, 0.95, ring)
    local fine = n.value(u * 6, v * 90 * sc)
    local k = clamp01(0.2 + 0.6 * late + 0.12 * fine)
    local h = 0.5 - 0.18 * late + 0.03 * fine
    local r, g, b = l[1] + 0.55 * (m[1] - l[1]), l[2] + 0.55 * (m[2] - l[2]), l[3] + 0.55 * (m[3] - l[3])
    return h, r + k * (d[1] - r), g + k * (d[2] - g), b + k * (d[3] - b)
  end
end

function builders.cobbles(n, rand, sc, P)
  local d, m, l, a = P[1], P[2], P[3], P[4]
  local cells = (3 + rand() * 3) * sc
  return function(u, v)
    local x, y = u * cells, v * cells
    local wx, wy = x + 0.15 * n.gradient(x * 2, y * 2), y + 0.15 * n.gradient(x * 2 + 5, y * 2 + 5)
    local f1, f2, id = n.cell(wx, wy)
    local inb = smooth(0.04, 0.16, f2 - f1)
    local dome = clamp01(1 - f1 * 1.1)
    local grain = n.fbm(u * 18 * sc, v * 18 * sc, 3)
    local h = 0.18 + inb * (0.42 + 0.32 * dome) + 0.05 * grain
    local k = clamp01(id * 0.8 + 0.2 * grain)
    local r, g, b = m[1] + k * (l[1] - m[1]), m[2] + k * (l[2] - m[2]), m[3] + k * (l[3] - m[3])
    local s = 0.85 + 0.15 * dome
    local mr, mg, mb = d[1] * 0.8 + a[1] * 0.2, d[2] * 0.8 + a[2] * 0.2, d[3] * 0.8 + a[3] * 0.2
    return h, mr + inb * (r * s - mr), mg + inb * (g * s - mg), mb + inb * (b * s - mb)
  end
end

function builders.rust(n, rand, sc, P)
  local d, m, l, a = P[1], P[2], P[3], P[4]
  local f = (2 + rand() * 2) * sc
  return function(u, v)
    local x, y = u * f, v * f
    local cover = 0.5 + 0.5 * n.fbm(x, y, 5)
    local mask = smooth(0.45, 0.6, cover)
    local pits = n.ridged(x * 3, y * 3, 3)
    local scratch = n.value(u * 3, v * 60)
    local mr, mg, mb = a[1] + 0.1 * scratch, a[2] + 0.1 * scratch, a[3] + 0.1 * scratch
    local k = clamp01(pits)
    local rr, rg, rb = m[1] + k * (d[1] - m[1]), m[2] + k * (d[2] - m[2]), m[3] + k * (d[3] - m[3])
    local h = 0.55 + 0.12 * mask - 0.2 * pits * mask + 0.02 * scratch * (1 - mask)
    return h, mr + mask * (rr - mr), mg + mask * (rg - mg), mb + mask * (rb - mb)
  end
end

-- patterns.sampler(args) -> function(u, v) -> h, r, g, b
function patterns.sampler(args)
  local build = builders[args.pattern]
  if not build then
    local names = {}
    for k in pairs(builders) do names[#names + 1] = k end
    table.sort(names)
    error(("patterns.sampler: unknown pattern '%s' (patterns: %s)"):format(tostring(args.pattern),
      table.concat(names, ", ")), 2)
  end
  local pal = patterns.PALETTES[args.palette or 1]
  if not pal then
    error(("patterns.sampler: palette %s out of range 1..%d"):format(tostring(args.palette),
      #patterns.PALETTES), 2)
  end
  local rand = noise.rng(args.seed)
  return build(noise.new(args.seed), rand, args.scale or 1, pal)
end

return patterns
