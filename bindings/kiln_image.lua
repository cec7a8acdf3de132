-- kiln.image: PNG decode and encode, resize, mip chains in linear light,
-- the average colour and BC1/BC3/BC4/BC5 compression, on kiln buffers, in
-- any state (compute and output on workers, and the main state). The
-- pixel work is C (runtime/image.c); this checks arguments and owns the
-- buffers. Pixels are RGBA8, rows packed, top row first.
local K, kiln = ...
local ffi, api = K.ffi, K.api
local type, tostring, error = type, tostring, error
local ffi_string, fmt = ffi.string, string.format
local errbuf, is_buffer, check_live = K.errbuf, K.is_buffer, K.check_live

local image = {}
kiln.image = image

local MAX_DIM = 32768
local PNG_SIG = "\137PNG\r\n\26\n"
local FORMATS = { bc1 = 1, bc3 = 3, bc4 = 4, bc5 = 5 }
local FILTERS = { box = 0, nearest = 1, linear = 2 }
local u32box, u32box2 = ffi.new("uint32_t[1]"), ffi.new("uint32_t[1]")
local pbox, lenbox = ffi.new("uint8_t *[1]"), ffi.new("size_t[1]")
local avg = ffi.new("double[4]")

local function cerr(where) return where .. ": " .. ffi_string(errbuf) end

local function dim(where, name, v, level)
  if type(v) ~= "number" or v ~= math.floor(v) or v < 1 or v > MAX_DIM then
    error(fmt("%s: %s must be an integer from 1 to %d, got %s", where, name, MAX_DIM,
      type(v) == "number" and tostring(v) or type(v)), level or 3)
  end
end

-- The pixels of a w x h RGBA8 image (a live kiln.buffer of exactly
-- w * h * 4 bytes, or of more with offset).
local function pixels(where, buf, w, h, offset)
  if not is_buffer(buf) then
    error(fmt("%s: expected a kiln.buffer of RGBA8 pixels, got %s", where, type(buf)), 3)
  end
  if buf.flags ~= 0 then check_live(buf, where) end
  dim(where, "width", w, 4)
  dim(where, "height", h, 4)
  local need = w * h * 4
  if offset == nil and buf.size ~= need then
    error(fmt("%s: a %dx%d RGBA8 image is %d bytes, the buffer holds %d", where, w, h, need,
      tonumber(buf.size)), 3)
  end
  offset = offset or 0
  if offset + need > buf.size then
    error(fmt("%s: a %dx%d RGBA8 image at offset %d needs %d bytes, the buffer holds %d", where, w, h,
      offset, offset + need, tonumber(buf.size)), 3)
  end
  return buf.data + offset
end

local function opt_bool(where, opts, name)
  local v = opts and opts[name]
  if v ~= nil and type(v) ~= "boolean" then
    error(fmt("%s: option '%s' must be a boolean, got %s", where, name, type(v)), 3)
  end
  return v and 1 or 0
end

-- kiln.image.decode_png(path_or_bytes) -> buf, width, height: any PNG
-- (gray, gray+alpha, palette, RGB, RGBA; 1 to 16 bits; transparency) as
-- RGBA8. A string that starts with the PNG signature, or a kiln.buffer,
-- is the file's bytes; any other string is a path.
function image.decode_png(src)
  local where = "kiln.image.decode_png"
  local ptr, len, name, owned
  if is_buffer(src) then
    check_live(src, where)
    ptr, len, name = src.data, src.size, "the buffer"
  elseif type(src) == "string" and src:sub(1, 8) == PNG_SIG then
    ptr, len, name = src, #src, "the bytes"
  elseif type(src) == "string" then
    if src == "" or src:find("\0", 1, true) then
      error(fmt("%s: expected a path or PNG bytes, got %q", where, src), 2)
    end
    if api.img_read_file(src, pbox, lenbox, errbuf) ~= 0 then error(cerr(where), 2) end
    ptr, len, name, owned = pbox[0], lenbox[0], "'" .. src .. "'", pbox[0]
  else
    error(fmt("%s: expected a path, PNG bytes or a kiln.buffer, got %s", where, type(src)), 2)
  end
  local rc = api.img_png_size(ptr, len, u32box, u32box2, errbuf)
  local buf, w, h
  if rc == 0 then
    w, h = u32box[0], u32box2[0]
    local ok, b = pcall(kiln.buffer, w * h * 4, false)
    if not ok then
      if owned then api.free(owned) end
      error(fmt("%s: %s: out of memory for %dx%d", where, name, w, h), 2)
    end
    buf = b
    rc = api.img_png_decode(ptr, len, buf.data, buf.size, errbuf)
  end
  if owned then api.free(owned) end
  if rc ~= 0 then
    if buf then buf:free() end
    error(fmt("%s: %s: %s", where, name, ffi_string(errbuf)), 2)
  end
  return buf, w, h
end

-- kiln.image.encode_png(buf, w, h, path): writes the image as a PNG file
-- (through a temp file and a rename).
function image.encode_png(buf, w, h, path)
  local where = "kiln.image.encode_png"
  local p = pixels(where, buf, w, h)
  if type(path) ~= "string" or path == "" or path:find("\0", 1, true) then
    error(fmt("%s: path must be a file path, got %s", where, type(path) == "string" and fmt("%q", path)
      or type(path)), 2)
  end
  if api.img_png_write(path, p, w, h, errbuf) ~= 0 then error(cerr(where), 2) end
  return true
end

local RESIZE_OPTS = { filter = "string", srgb = "boolean" }

-- kiln.image.resize(buf, w, h, new_w, new_h, { filter = "box", srgb = false })
-- -> a new buffer. box: area-weighted average (down or up); nearest:
-- sharp texels (pixel art); linear: bilinear. With srgb, box and linear
-- filter in linear light.
function image.resize(buf, w, h, nw, nh, opts)
  local where = "kiln.image.resize"
  local p = pixels(where, buf, w, h)
  dim(where, "new width", nw)
  dim(where, "new height", nh)
  local filter = 0
  if opts ~= nil then
    K.check_opts(where, opts, RESIZE_OPTS)
    if opts.filter ~= nil then
      filter = FILTERS[opts.filter]
      if not filter then
        error(fmt("%s: option 'filter' must be box, nearest or linear, got '%s'", where, opts.filter), 2)
      end
    end
  end
  local out = kiln.buffer(nw * nh * 4, false)
  if api.img_resize(p, w, h, out.data, nw, nh, filter, opt_bool(where, opts, "srgb"), errbuf) ~= 0 then
    out:free()
    error(cerr(where), 2)
  end
  return out
end

local MIPS_OPTS = { srgb = "boolean", levels = { 1, 16, int = true } }
local offb, sizeb = ffi.new("size_t[16]"), ffi.new("size_t[16]")
local wdb, htb, totb = ffi.new("uint32_t[16]"), ffi.new("uint32_t[16]"), ffi.new("size_t[1]")

-- A chain's levels[i] = { offset, w, h, size } and its total bytes.
local function layout(w, h, max)
  local n = api.img_mip_layout(w, h, max or 0, offb, wdb, htb, sizeb, totb)
  local levels = {}
  for i = 0, n - 1 do
    levels[i + 1] = { offset = tonumber(offb[i]), w = wdb[i], h = htb[i], size = tonumber(sizeb[i]) }
  end
  return levels, tonumber(totb[0])
end

-- kiln.image.mips(buf, w, h, { srgb = false, levels = all }) -> chain,
-- levels: one buffer holding every level (level 1 is buf's image),
-- levels[i] = { offset =, w =, h =, size = } in bytes, ready for
-- ctx:stage_texture's offset. Each level is a 2x2 box of the one above
-- (at an odd side, the three texels the box covers weighted by area), in
-- linear light with srgb.
function image.mips(buf, w, h, opts)
  local where = "kiln.image.mips"
  local p = pixels(where, buf, w, h)
  if opts ~= nil then K.check_opts(where, opts, MIPS_OPTS) end
  local levels, total = layout(w, h, opts and opts.levels)
  local chain = kiln.buffer(total, false)
  ffi.copy(chain.data, p, w * h * 4)
  if api.img_mips(chain.data, w, h, #levels, opt_bool(where, opts, "srgb"), errbuf) ~= 0 then
    chain:free()
    error(cerr(where), 2)
  end
  return chain, levels
end

local COMPRESS_OPTS = { quality = "string", offset = { 0, 2^48, int = true } }

local function format_of(where, format)
  local f = FORMATS[format]
  if not f then
    error(fmt("%s: format must be bc1, bc3, bc4 or bc5, got %s", where,
      type(format) == "string" and ("'" .. format .. "'") or type(format)), 3)
  end
  return f
end

local function quality_of(where, opts)
  local q = opts and opts.quality
  if q == nil or q == "fast" then return 0 end
  if q == "high" then return 1 end
  error(fmt("%s: option 'quality' must be fast or high, got '%s'", where, q), 3)
end

-- kiln.image.compress(buf, w, h, format, { quality = "fast", offset = 0 })
-- -> the block-compressed buffer. bc1: RGB; bc3: RGBA; bc4: the red
-- channel; bc5: red and green (a normal map's x and y). quality "high"
-- runs stb_dxt's refinement (slower). offset: where the image starts in
-- buf (one level of a chain).
function image.compress(buf, w, h, format, opts)
  local where = "kiln.image.compress"
  if opts ~= nil then K.check_opts(where, opts, COMPRESS_OPTS) end
  local p = pixels(where, buf, w, h, opts and opts.offset)
  local f = format_of(where, format)
  local out = kiln.buffer(tonumber(api.img_bc_size(f, w, h)), false)
  if api.img_compress(p, w, h, f, quality_of(where, opts), out.data, out.size, errbuf) ~= 0 then
    out:free()
    error(cerr(where), 2)
  end
  return out
end

-- kiln.image.compress_mips(chain, levels, format, { quality = "fast" })
-- -> buffer, levels: every level of a chain from kiln.image.mips
-- compressed into one buffer, with each level's offset and size.
function image.compress_mips(chain, levels, format, opts)
  local where = "kiln.image.compress_mips"
  if opts ~= nil then K.check_opts(where, opts, { quality = "string" }) end
  if type(levels) ~= "table" or #levels == 0 then
    error(where .. ": expected the levels table kiln.image.mips returned", 2)
  end
  local f = format_of(where, format)
  local q = quality_of(where, opts)
  local out_levels, total = {}, 0
  for i, l in ipairs(levels) do
    local size = tonumber(api.img_bc_size(f, l.w, l.h))
    out_levels[i] = { offset = total, w = l.w, h = l.h, size = size }
    total = total + size
  end
  local out = kiln.buffer(total, false)
  for i, l in ipairs(levels) do
    local p = pixels(where, chain, l.w, l.h, l.offset)
    local o = out_levels[i]
    if api.img_compress(p, l.w, l.h, f, q, out.data + o.offset, o.size, errbuf) ~= 0 then
      out:free()
      error(cerr(where), 2)
    end
  end
  return out, out_levels
end

-- kiln.image.average(buf, w, h, { srgb = false }) -> r, g, b, a: the
-- mean colour, r g b in linear light (decoded from sRGB with srgb), 0..1.
function image.average(buf, w, h, opts)
  local where = "kiln.image.average"
  local p = pixels(where, buf, w, h)
  if opts ~= nil then K.check_opts(where, opts, { srgb = "boolean" }) end
  api.img_average(p, w, h, opt_bool(where, opts, "srgb"), avg)
  return avg[0], avg[1], avg[2], avg[3]
end

-- kiln.image.to_linear(buf, w, h) / kiln.image.to_srgb(buf, w, h): the
-- colour bytes converted in place (alpha untouched); returns buf.
function image.to_linear(buf, w, h)
  api.img_to_linear(pixels("kiln.image.to_linear", buf, w, h), w * h)
  return buf
end

function image.to_srgb(buf, w, h)
  api.img_to_srgb(pixels("kiln.image.to_srgb", buf, w, h), w * h)
  return buf
end

-- kiln.image.bc_size(format, w, h) -> bytes of a block-compressed image.
function image.bc_size(format, w, h)
  local where = "kiln.image.bc_size"
  local f = format_of(where, format)
  dim(where, "width", w)
  dim(where, "height", h)
  return tonumber(api.img_bc_size(f, w, h))
end
