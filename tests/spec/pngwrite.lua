-- A minimal PNG writer for the specs: any colour type and bit depth, with
-- an optional palette and tRNS chunk, stored (uncompressed) deflate. It
-- writes the fixtures kiln.image must decode, so no test image is checked
-- into the repository and none comes from the decoder under test.
local bit = require "bit"
local band, bxor, rshift, lshift, bor = bit.band, bit.bxor, bit.rshift, bit.lshift, bit.bor
local char, concat = string.char, table.concat

local crc_table = {}
for n = 0, 255 do
  local c = n
  for _ = 1, 8 do
    if band(c, 1) ~= 0 then c = bxor(0xEDB88320, rshift(c, 1)) else c = rshift(c, 1) end
  end
  crc_table[n] = c
end

local function crc32(s)
  local c = 0xFFFFFFFF
  for i = 1, #s do c = bxor(crc_table[band(bxor(c, s:byte(i)), 0xFF)], rshift(c, 8)) end
  return bxor(c, 0xFFFFFFFF)
end

local function u32(v)
  v = v % 4294967296
  return char(math.floor(v / 16777216) % 256, math.floor(v / 65536) % 256, math.floor(v / 256) % 256, v % 256)
end

local function chunk(kind, data)
  return u32(#data) .. kind .. data .. u32(crc32(kind .. data) % 4294967296)
end

local function adler32(s)
  local a, b = 1, 0
  for i = 1, #s do
    a = (a + s:byte(i)) % 65521
    b = (b + a) % 65521
  end
  return b * 65536 + a
end

-- zlib stream of stored deflate blocks.
local function zlib_stored(s)
  local out = { "\120\1" }
  local pos = 1
  repeat
    local n = math.min(65535, #s - pos + 1)
    local final = pos + n > #s and 1 or 0
    out[#out + 1] = char(final, n % 256, math.floor(n / 256), 255 - n % 256, 255 - math.floor(n / 256))
    out[#out + 1] = s:sub(pos, pos + n - 1)
    pos = pos + n
  until pos > #s
  out[#out + 1] = u32(adler32(s))
  return concat(out)
end

local CHANNELS = { [0] = 1, [2] = 3, [3] = 1, [4] = 2, [6] = 4 }

-- png(w, h, color_type, depth, samples [, palette, trns]) -> the file's
-- bytes. samples: a flat array of w * h * channels integers (palette
-- indices for type 3), row by row. palette: { {r,g,b}, ... }; trns: the
-- chunk's raw bytes.
return function(w, h, ctype, depth, samples, palette, trns)
  local ch = CHANNELS[ctype]
  local rows = {}
  local k = 1
  for _ = 1, h do
    local row = { "\0" } -- filter: none
    if depth >= 8 then
      for _ = 1, w * ch do
        local v = samples[k]
        k = k + 1
        if depth == 16 then row[#row + 1] = char(math.floor(v / 256), v % 256) else row[#row + 1] = char(v) end
      end
    else
      local acc, nbits = 0, 0
      for _ = 1, w * ch do
        acc = bor(lshift(acc, depth), samples[k])
        k = k + 1
        nbits = nbits + depth
        if nbits == 8 then
          row[#row + 1] = char(acc)
          acc, nbits = 0, 0
        end
      end
      if nbits > 0 then row[#row + 1] = char(lshift(acc, 8 - nbits)) end
    end
    rows[#rows + 1] = concat(row)
  end
  local parts = { "\137PNG\r\n\26\n",
    chunk("IHDR", u32(w) .. u32(h) .. char(depth, ctype, 0, 0, 0)) }
  if palette then
    local p = {}
    for i, c in ipairs(palette) do p[i] = char(c[1], c[2], c[3]) end
    parts[#parts + 1] = chunk("PLTE", concat(p))
  end
  if trns then parts[#parts + 1] = chunk("tRNS", trns) end
  parts[#parts + 1] = chunk("IDAT", zlib_stored(concat(rows)))
  parts[#parts + 1] = chunk("IEND", "")
  return concat(parts)
end
