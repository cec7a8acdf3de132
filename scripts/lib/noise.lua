-- scripts/lib/noise.lua: seeded 2D noise for procedural textures.
--
--   local noise = require "scripts.lib.noise"   -- or deps.load (see deps.lua)
--   local n = noise.new(seed)
--   n.value(x, y)          value noise, -1..1
--   n.gradient(x, y)       gradient (Perlin) noise, about -1..1
--   n.fbm(x, y, octaves)   fractal sum of gradient noise, about -1..1
--   n.ridged(x, y, oct)    ridged multifractal, 0..1 (sharp creases: veins, cracks)
--   n.turbulence(x, y, o)  sum of |gradient|, 0..1
--   n.lattice(ix, iy)      a fixed random number -1..1 per integer point (per-brick tint)
--   n.cell(x, y)           Worley noise: f1, f2 (distances to the nearest and second
--                          nearest feature point) and the nearest cell's id in 0..1
--   noise.hash(a, b, c)    32-bit integer hash (per-tile parameters), 0..2^32-1
--   noise.rng(seed)        a function returning uniform numbers in 0..1
--
-- Everything a sample touches lives in FFI arrays captured as upvalues, so
-- LuaJIT compiles the pixel loops that call these into straight-line code
-- with no allocation per sample. Lattices repeat every 256 units.
local ffi = require "ffi"
local bit = require "bit"

local band, bxor, rshift, tobit = bit.band, bit.bxor, bit.rshift, bit.tobit
local floor, sqrt, cos, sin, abs = math.floor, math.sqrt, math.cos, math.sin, math.abs

local M = {}

-- Exact 32-bit multiply (doubles hold 53 bits: split a into 16-bit halves).
local function mul32(a, b)
  local lo, hi = band(a, 0xffff), rshift(a, 16)
  return tobit(lo * b + bit.lshift(tobit(hi * b), 16))
end

-- "lowbias32" integer finalizer (Chris Wellons): good avalanche, cheap.
local function mix(x)
  x = bxor(x, rshift(x, 16))
  x = mul32(x, 0x7feb352d)
  x = bxor(x, rshift(x, 15))
  x = mul32(x, 0x846ca68b)
  return bxor(x, rshift(x, 16))
end

-- hash(a [, b [, c]]) -> integer 0..2^32-1 of up to three integers.
function M.hash(a, b, c)
  local h = mix(tobit(a or 0) + 0x9e3779b9)
  h = mix(bxor(h, tobit(b or 0)) + 0x7f4a7c15)
  h = mix(bxor(h, tobit(c or 0)))
  return h % 4294967296
end

-- rng(seed) -> function() -> 0 <= u < 1 (splitmix-style counter hash).
function M.rng(seed)
  local s = M.hash(seed)
  return function()
    s = (s + 0x6d2b79f5) % 4294967296
    return (mix(tobit(s)) % 4294967296) / 4294967296
  end
end

local function fade(t) return t * t * t * (t * (t * 6 - 15) + 10) end

-- new(seed) -> a table of samplers sharing one seeded lattice.
function M.new(seed)
  local rand = M.rng(seed)
  local perm = ffi.new("int32_t[514]")
  local gx, gy = ffi.new("double[256]"), ffi.new("double[256]")
  local val, jx, jy = ffi.new("double[256]"), ffi.new("double[256]"), ffi.new("double[256]")
  for i = 0, 255 do perm[i] = i end
  for i = 255, 1, -1 do -- Fisher-Yates
    local j = floor(rand() * (i + 1))
    perm[i], perm[j] = perm[j], perm[i]
  end
  for i = 256, 513 do perm[i] = perm[i - 256] end
  for i = 0, 255 do
    local a = rand() * 2 * math.pi
    gx[i], gy[i] = cos(a), sin(a)
    val[i] = rand() * 2 - 1
    jx[i], jy[i] = rand(), rand()
  end

  local n = { seed = seed }

  function n.value(x, y)
    local xi, yi = floor(x), floor(y)
    local xf, yf = x - xi, y - yi
    local X, Y = band(xi, 255), band(yi, 255)
    local a, b = perm[X] + Y, perm[X + 1] + Y
    local u, v = fade(xf), fade(yf)
    local v00, v10 = val[perm[a]], val[perm[b]]
    local v01, v11 = val[perm[a + 1]], val[perm[b + 1]]
    local top = v00 + u * (v10 - v00)
    return top + v * (v01 + u * (v11 - v01) - top)
  end

  local function gradient(x, y)
    local xi, yi = floor(x), floor(y)
    local xf, yf = x - xi, y - yi
    local X, Y = band(xi, 255), band(yi, 255)
    local a, b = perm[X] + Y, perm[X + 1] + Y
    local h00, h10, h01, h11 = perm[a], perm[b], perm[a + 1], perm[b + 1]
    local n00 = gx[h00] * xf + gy[h00] * yf
    local n10 = gx[h10] * (xf - 1) + gy[h10] * yf
    local n01 = gx[h01] * xf + gy[h01] * (yf - 1)
    local n11 = gx[h11] * (xf - 1) + gy[h11] * (yf - 1)
    local u, v = fade(xf), fade(yf)
    local top = n00 + u * (n10 - n00)
    return 1.41 * (top + v * (n01 + u * (n11 - n01) - top))
  end
  n.gradient = gradient

  -- Octaves at lacunarity 2 and gain 0.5, each shifted so the lattices of
  -- successive octaves do not line up.
  function n.fbm(x, y, octaves)
    local sum, amp, norm = 0, 1, 0
    for _ = 1, octaves or 4 do
      sum = sum + amp * gradient(x, y)
      norm = norm + amp
      amp = amp * 0.5
      x, y = x * 2 + 17.13, y * 2 + 5.71
    end
    return sum / norm
  end

  function n.ridged(x, y, octaves)
    local sum, amp, norm = 0, 1, 0
    for _ = 1, octaves or 4 do
      local r = 1 - abs(gradient(x, y))
      sum = sum + amp * r * r
      norm = norm + amp
      amp = amp * 0.5
      x, y = x * 2 + 31.7, y * 2 + 11.3
    end
    return sum / norm
  end

  function n.turbulence(x, y, octaves)
    local sum, amp, norm = 0, 1, 0
    for _ = 1, octaves or 4 do
      sum = sum + amp * abs(gradient(x, y))
      norm = norm + amp
      amp = amp * 0.5
      x, y = x * 2 + 7.9, y * 2 + 23.1
    end
    local t = sum / norm
    return t > 1 and 1 or t
  end

  function n.lattice(ix, iy)
    return val[perm[perm[band(ix, 255)] + band(iy, 255)]]
  end

  -- Worley: one jittered feature point per unit cell, 3x3 neighbourhood.
  function n.cell(x, y)
    local xi, yi = floor(x), floor(y)
    local f1, f2, id = 9, 9, 0
    for dy = -1, 1 do
      for dx = -1, 1 do
        local cx, cy = xi + dx, yi + dy
        local h = perm[perm[band(cx, 255)] + band(cy, 255)]
        local px, py = cx + jx[h] - x, cy + jy[h] - y
        local d = px * px + py * py
        if d < f1 then
          f2, f1, id = f1, d, h
        elseif d < f2 then
          f2 = d
        end
      end
    end
    return sqrt(f1), sqrt(f2), id / 255
  end

  return n
end

return M
