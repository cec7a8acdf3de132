-- scripts/lib/image.lua: pixel loops for the cache types: fill a tile from
-- a sampler, heights and normals, sRGB <-> linear, box-filtered mips and
-- staging a tile with its mips into a layer of a 2d_array texture.
--
-- Loops write straight into kiln.buffer memory through buf.ptr (uint8_t*)
-- or casts of it; nothing allocates per pixel.
local ffi = require "ffi"
local kiln = require "kiln"

local floor, sqrt = math.floor, math.sqrt

local image = {}

local function byte(x) -- 0..1 -> 0..255, rounded and clamped
  x = floor(x * 255 + 0.5)
  return x < 0 and 0 or (x > 255 and 255 or x)
end
image.byte = byte

-- sRGB byte -> linear 0..1 (the exact piecewise curve, as a table).
local lin = ffi.new("double[256]")
for i = 0, 255 do
  local c = i / 255
  lin[i] = c <= 0.04045 and c / 12.92 or ((c + 0.055) / 1.055) ^ 2.4
end
image.srgb_to_linear = lin

function image.linear_to_srgb(x)
  if x <= 0.0031308 then return 12.92 * x end
  return 1.055 * x ^ (1 / 2.4) - 0.055
end

-- fill_albedo(sample, size, buf): RGBA8 sRGB pixels, rows top-down.
function image.fill_albedo(sample, size, buf)
  assert(#buf == size * size * 4, "image.fill_albedo: buffer size")
  local p = buf.ptr
  local inv = 1 / size
  for y = 0, size - 1 do
    local v = (y + 0.5) * inv
    local row = p + y * size * 4
    for x = 0, size - 1 do
      local _, r, g, b = sample((x + 0.5) * inv, v)
      local q = row + x * 4
      q[0], q[1], q[2], q[3] = byte(r), byte(g), byte(b), 255
    end
  end
end

-- heights(sample, size, border) -> double array of (size + 2 border)^2
-- heights, the tile's pixel centres extended by `border` pixels on every
-- side (the plane goes on past the tile's edge). Row stride size + 2 border.
function image.heights(sample, size, border)
  local w = size + 2 * border
  local out = ffi.new("double[?]", w * w)
  local inv = 1 / size
  for y = 0, w - 1 do
    local v = (y - border + 0.5) * inv
    for x = 0, w - 1 do
      out[y * w + x] = sample((x - border + 0.5) * inv, v)
    end
  end
  return out
end

-- heights_r16(h, size) -> kiln.buffer of size^2 little-endian uint16
-- (border 0 heights; 0..1 -> 0..65535).
function image.heights_r16(h, size)
  local buf = kiln.buffer(size * size * 2)
  local p = ffi.cast("uint16_t *", buf.ptr)
  for i = 0, size * size - 1 do
    local x = floor(h[i] * 65535 + 0.5)
    p[i] = x < 0 and 0 or (x > 65535 and 65535 or x)
  end
  return buf
end

-- r16_to_rgba(buf16, size, out) : greyscale RGBA8 for display.
function image.r16_to_rgba(buf16, size, out)
  local s = ffi.cast("const uint16_t *", buf16.ptr)
  local p = out.ptr
  for i = 0, size * size - 1 do
    local g = floor(s[i] / 257 + 0.5)
    local q = p + i * 4
    q[0], q[1], q[2], q[3] = g, g, g, 255
  end
end

-- normals(h, size, strength, buf): tangent-space normals (OpenGL
-- convention, +y up) from border-1 heights by central differences,
-- encoded n * 0.5 + 0.5 in RGBA8. strength scales the slopes: height 0..1
-- over one pixel times strength / size.
function image.normals(h, size, strength, buf)
  assert(#buf == size * size * 4, "image.normals: buffer size")
  local w = size + 2
  local p = buf.ptr
  local k = strength * size / 64
  for y = 0, size - 1 do
    for x = 0, size - 1 do
      local c = (y + 1) * w + (x + 1)
      local dx = (h[c + 1] - h[c - 1]) * k
      local dy = (h[c + w] - h[c - w]) * k -- rows go down: +y up flips the sign
      local nx, ny, nz = -dx, dy, 1
      local inv = 1 / sqrt(nx * nx + ny * ny + nz * nz)
      local q = p + (y * size + x) * 4
      q[0], q[1], q[2], q[3] = byte(nx * inv * 0.5 + 0.5), byte(ny * inv * 0.5 + 0.5),
        byte(nz * inv * 0.5 + 0.5), 255
    end
  end
end

-- average_linear(buf, size) -> r, g, b: the mean linear colour of an RGBA8
-- sRGB tile (decode each texel, then average: averaging the bytes would be
-- biased dark).
function image.average_linear(buf, size)
  local p = buf.ptr
  local r, g, b = 0, 0, 0
  local n = size * size
  for i = 0, n - 1 do
    local q = p + i * 4
    r, g, b = r + lin[q[0]], g + lin[q[1]], b + lin[q[2]]
  end
  return r / n, g / n, b / n
end

-- Bytes a tile of size^2 RGBA8 texels with `levels` mips takes in kiln's
-- staging ring (each upload rounded to the ring's 64-byte alignment): the
-- gpu_bytes reservation of a texture type.
function image.stage_bytes(size, levels)
  local total = 0
  for l = 0, levels - 1 do
    local s = math.max(1, floor(size / 2 ^ l))
    total = total + math.ceil(s * s * 4 / 64) * 64
  end
  return total
end

-- Scratch buffers for mip levels, per Lua state (stage_texture copies, so
-- they are reused for every tile).
local scratch = {}
local function scratch_buf(n)
  local b = scratch[n]
  if not b then b = kiln.buffer(n); scratch[n] = b end
  return b
end

-- 2x2 box filter of an RGBA8 image of size s into dst (s/2)^2.
local function half(src, s, dst)
  local d = s / 2
  local a, o = src.ptr, dst.ptr
  for y = 0, d - 1 do
    local r0, r1 = a + (2 * y) * s * 4, a + (2 * y + 1) * s * 4
    for x = 0, d - 1 do
      local i, q = x * 8, o + (y * d + x) * 4
      for c = 0, 3 do
        q[c] = floor((r0[i + c] + r0[i + 4 + c] + r1[i + c] + r1[i + 4 + c] + 2) / 4)
      end
    end
  end
end

-- stage_mips(ctx, texture, layer, rgba, size, levels): stages the tile into
-- layer `layer` of the 2d_array texture, level 0 from rgba (copied; rgba
-- stays usable, e.g. for ctx:write_disk afterwards) and `levels - 1` box-
-- filtered mips. Output stage only.
function image.stage_mips(ctx, texture, layer, rgba, size, levels)
  local src, s = rgba, size
  ctx:stage_texture { texture = texture, layer = layer, w = s, h = s, data = src }
  for level = 1, levels - 1 do
    local dst = scratch_buf((s / 2) * (s / 2) * 4)
    half(src, s, dst)
    src, s = dst, s / 2
    ctx:stage_texture { texture = texture, layer = layer, level = level, w = s, h = s, data = src }
  end
end

return image
