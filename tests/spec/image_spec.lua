-- Issue 13, kiln.image: PNG decode of every colour type and bit depth
-- (fixtures written by tests/spec/pngwrite.lua), encode round trips, mip
-- chains for odd sizes and in linear light, resize filters, the average
-- colour, BC1/BC3/BC4/BC5 within the encoder's error (decoded here), use
-- from a worker state, and every refusal naming its argument.
local kiln = require "kiln"
local H = require "helpers"
local png = require "pngwrite"
local bit = require "bit"
local I = kiln.image

local function px(buf, i)
  local d = buf.data
  return { d[i * 4], d[i * 4 + 1], d[i * 4 + 2], d[i * 4 + 3] }
end

local function rgba(w, h, f)
  local b = kiln.buffer(w * h * 4, false)
  for y = 0, h - 1 do
    for x = 0, w - 1 do
      local r, g, bl, a = f(x, y)
      local i = (y * w + x) * 4
      b.data[i], b.data[i + 1], b.data[i + 2], b.data[i + 3] = r, g, bl, a
    end
  end
  return b
end

local function write(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

describe("kiln.image.decode_png", function()
  -- Each case: colour type, depth, samples for a 4x1 image, palette, tRNS,
  -- and the RGBA8 pixels expected (16-bit samples scale as stored: no gamma).
  local cases = {
    { "gray 1", 0, 1, { 0, 1, 1, 0 }, nil, nil, { { 0, 0, 0, 255 }, { 255, 255, 255, 255 } } },
    { "gray 2", 0, 2, { 0, 1, 2, 3 }, nil, nil, { { 0, 0, 0, 255 }, { 85, 85, 85, 255 } } },
    { "gray 4", 0, 4, { 0, 5, 10, 15 }, nil, nil, { { 0, 0, 0, 255 }, { 85, 85, 85, 255 } } },
    { "gray 8", 0, 8, { 7, 128, 200, 255 }, nil, nil, { { 7, 7, 7, 255 }, { 128, 128, 128, 255 } } },
    { "gray 16", 0, 16, { 0x8000, 0xffff, 0, 0x0101 }, nil, nil, { { 128, 128, 128, 255 }, { 255, 255, 255, 255 } } },
    { "gray 8 + tRNS", 0, 8, { 7, 128, 7, 1 }, nil, "\0\7", { { 7, 7, 7, 0 }, { 128, 128, 128, 255 } } },
    { "gray+alpha 8", 4, 8, { 10, 20, 30, 40, 0, 0, 0, 0 }, nil, nil, { { 10, 10, 10, 20 }, { 30, 30, 30, 40 } } },
    { "gray+alpha 16", 4, 16, { 0x8000, 0x4000, 0xffff, 0xffff, 0, 0, 0, 0 }, nil, nil,
      { { 128, 128, 128, 64 }, { 255, 255, 255, 255 } } },
    { "palette 1", 3, 1, { 0, 1, 1, 0 }, { { 1, 2, 3 }, { 4, 5, 6 } }, nil, { { 1, 2, 3, 255 }, { 4, 5, 6, 255 } } },
    { "palette 2", 3, 2, { 2, 1, 0, 3 }, { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 }, { 9, 9, 9 } }, nil,
      { { 7, 8, 9, 255 }, { 4, 5, 6, 255 } } },
    { "palette 4", 3, 4, { 1, 0, 1, 0 }, { { 1, 2, 3 }, { 4, 5, 6 } }, nil, { { 4, 5, 6, 255 }, { 1, 2, 3, 255 } } },
    { "palette 8 + tRNS", 3, 8, { 0, 1, 0, 1 }, { { 10, 20, 30 }, { 40, 50, 60 } }, "\128",
      { { 10, 20, 30, 128 }, { 40, 50, 60, 255 } } },
    { "rgb 8", 2, 8, { 1, 2, 3, 4, 5, 6, 0, 0, 0, 0, 0, 0 }, nil, nil, { { 1, 2, 3, 255 }, { 4, 5, 6, 255 } } },
    { "rgb 16", 2, 16, { 0x8000, 0x4000, 0x2000, 0xffff, 0, 0xffff, 0, 0, 0, 0, 0, 0 }, nil, nil,
      { { 128, 64, 32, 255 }, { 255, 0, 255, 255 } } },
    { "rgba 8", 6, 8, { 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0, 0, 0, 0 }, nil, nil, { { 1, 2, 3, 4 }, { 5, 6, 7, 8 } } },
    { "rgba 16", 6, 16, { 0x8000, 0x4000, 0x2000, 0x1000, 0xffff, 0, 0, 0xffff, 0, 0, 0, 0, 0, 0, 0, 0 }, nil, nil,
      { { 128, 64, 32, 16 }, { 255, 0, 0, 255 } } },
  }
  for _, c in ipairs(cases) do
    it("decodes " .. c[1] .. " to RGBA8, from bytes and from a file", function()
      local bytes = png(4, 1, c[2], c[3], c[4], c[5], c[6])
      local buf, w, h = I.decode_png(bytes)
      assert.are.equal(4, w)
      assert.are.equal(1, h)
      assert.are.equal(16, #buf)
      assert.are.same(c[7][1], px(buf, 0))
      assert.are.same(c[7][2], px(buf, 1))
      local path = H.tmpdir() .. "/t.png"
      write(path, bytes)
      local b2 = I.decode_png(path)
      assert.are.equal(buf:tostring(), b2:tostring())
      assert.are.equal(buf:tostring(), I.decode_png(kiln.buffer(bytes)):tostring())
    end)
  end

  it("round-trips encode_png, odd sizes included", function()
    local b = rgba(7, 5, function(x, y) return x * 30, y * 50, (x + y) * 10, 255 - x end)
    local path = H.tmpdir() .. "/o.png"
    assert.is_true(I.encode_png(b, 7, 5, path))
    local d, w, h = I.decode_png(path)
    assert.are.same({ 7, 5 }, { w, h })
    assert.are.equal(b:tostring(), d:tostring())
  end)

  it("refuses what is not a PNG, naming the file and the reason", function()
    local dir = H.tmpdir()
    write(dir .. "/text.png", "hello, not a png")
    local good = png(4, 4, 6, 8, (function() local t = {} for i = 1, 64 do t[i] = i end return t end)())
    write(dir .. "/cut.png", good:sub(1, #good - 30))
    os.execute("mkfifo " .. dir .. "/fifo.png")
    assert.has_error(function() I.decode_png(dir .. "/text.png") end,
      "kiln.image.decode_png: '" .. dir .. "/text.png': not a PNG file (no PNG signature)")
    local ok, e = pcall(I.decode_png, dir .. "/cut.png")
    assert.is_false(ok)
    assert.matches("kiln.image.decode_png: '" .. dir .. "/cut.png': bad PNG: ", e, 1, true)
    assert.has_error(function() I.decode_png(dir .. "/fifo.png") end,
      "kiln.image.decode_png: '" .. dir .. "/fifo.png' is not a regular file")
    assert.has_error(function() I.decode_png(dir) end, "kiln.image.decode_png: '" .. dir .. "' is a directory")
    assert.has_error(function() I.decode_png(dir .. "/none.png") end,
      "kiln.image.decode_png: cannot open '" .. dir .. "/none.png': No such file or directory")
    assert.has_error(function() I.decode_png(42) end,
      "kiln.image.decode_png: expected a path, PNG bytes or a kiln.buffer, got number")
    assert.has_error(function() I.decode_png("") end, 'kiln.image.decode_png: expected a path or PNG bytes, got ""')
  end)
end)

describe("kiln.image.mips", function()
  it("lays out every level down to 1x1 for odd sizes", function()
    local b = rgba(5, 3, function() return 10, 20, 30, 40 end)
    local chain, levels = I.mips(b, 5, 3)
    assert.are.same({ { offset = 0, w = 5, h = 3, size = 60 }, { offset = 60, w = 2, h = 1, size = 8 },
                      { offset = 68, w = 1, h = 1, size = 4 } }, levels)
    assert.are.equal(72, #chain)
    for i = 0, 17 do assert.are.same({ 10, 20, 30, 40 }, px(chain, i)) end -- a flat image stays flat
    local _, l2 = I.mips(b, 5, 3, { levels = 2 })
    assert.are.equal(2, #l2)
  end)

  it("weights the odd texel by the area it covers", function()
    -- 3x1 row 0, 90, 180: the 1x1 level covers all three equally.
    local b = rgba(3, 1, function(x) return x * 90, 0, 0, 255 end)
    local chain = I.mips(b, 3, 1)
    assert.are.same({ 90, 0, 0, 255 }, px(chain, 3))
  end)

  it("filters in linear light with srgb", function()
    -- black and white average to 50% light: 188 in sRGB, 128 as plain bytes.
    local b = rgba(2, 1, function(x) return x * 255, x * 255, x * 255, 255 end)
    assert.are.same({ 188, 188, 188, 255 }, px((I.mips(b, 2, 1, { srgb = true })), 2))
    assert.are.same({ 128, 128, 128, 255 }, px((I.mips(b, 2, 1)), 2))
  end)
end)

describe("kiln.image.resize and average", function()
  it("upscales pixel art sharply with nearest and smoothly with linear", function()
    local b = rgba(2, 1, function(x) return x * 200, 0, 0, 255 end)
    local n = I.resize(b, 2, 1, 4, 1, { filter = "nearest" })
    assert.are.same({ 0, 200, 200 }, { n.data[4], n.data[8], n.data[12] })
    local l = I.resize(b, 2, 1, 4, 1, { filter = "linear" })
    assert.are.same({ 0, 50, 150, 200 }, { l.data[0], l.data[4], l.data[8], l.data[12] })
    local d = I.resize(rgba(4, 4, function() return 9, 9, 9, 9 end), 4, 4, 3, 3)
    assert.are.same({ 9, 9, 9, 9 }, px(d, 4))
  end)

  it("averages in linear light", function()
    local b = rgba(2, 1, function(x) return x * 255, 0, 0, x * 255 end)
    local r, g, bl, a = I.average(b, 2, 1, { srgb = true })
    assert.are.near(0.5, r, 1e-6)
    assert.are.equal(0, g)
    assert.are.equal(0, bl)
    assert.are.near(0.5, a, 1e-6)
    local r2 = I.average(rgba(1, 1, function() return 188, 0, 0, 255 end), 1, 1, { srgb = true })
    assert.are.near(0.5029, r2, 1e-3)
  end)
end)

-- Test-side block decoders (the reference, not the code under test).
local function rgb565(v)
  local r, g, b = bit.rshift(v, 11), bit.band(bit.rshift(v, 5), 63), bit.band(v, 31)
  return { r * 255 / 31, g * 255 / 63, b * 255 / 31 }
end

local function bc1_block(d, o, out)
  local c0 = d[o] + d[o + 1] * 256
  local c1 = d[o + 2] + d[o + 3] * 256
  local p0, p1 = rgb565(c0), rgb565(c1)
  local pal = { p0, p1 }
  if c0 > c1 then
    pal[3] = { (2 * p0[1] + p1[1]) / 3, (2 * p0[2] + p1[2]) / 3, (2 * p0[3] + p1[3]) / 3 }
    pal[4] = { (p0[1] + 2 * p1[1]) / 3, (p0[2] + 2 * p1[2]) / 3, (p0[3] + 2 * p1[3]) / 3 }
  else
    pal[3] = { (p0[1] + p1[1]) / 2, (p0[2] + p1[2]) / 2, (p0[3] + p1[3]) / 2 }
    pal[4] = { 0, 0, 0 }
  end
  for i = 0, 15 do
    local byte = d[o + 4 + math.floor(i / 4)]
    out[i] = pal[bit.band(bit.rshift(byte, (i % 4) * 2), 3) + 1]
  end
end

local function bc4_block(d, o, out)
  local a0, a1 = d[o], d[o + 1]
  local pal = { a0, a1 }
  if a0 > a1 then
    for i = 1, 6 do pal[i + 2] = ((6 - i + 1) * a0 + i * a1) / 7 end
  else
    for i = 1, 4 do pal[i + 2] = ((4 - i + 1) * a0 + i * a1) / 5 end
    pal[7], pal[8] = 0, 255
  end
  local bits = 0
  for k = 5, 0, -1 do bits = bits * 256 + d[o + 2 + k] end
  for i = 0, 15 do
    out[i] = pal[math.floor(bits / 2 ^ (3 * i)) % 8 + 1]
  end
end

describe("kiln.image.compress", function()
  local W, H = 16, 12
  local src = rgba(W, H, function(x, y) return x * 15, 255 - x * 12, 64 + y, 255 - x * 8 end)

  -- Colours on one line through RGB space in each block: what BC1's two
  -- endpoints and two interpolants can hold, up to 5:6:5 rounding.
  it("bc1 and bc4 round trip within the encoder's error on a smooth gradient", function()
    for _, q in ipairs { "fast", "high" } do
      local c = I.compress(src, W, H, "bc1", { quality = q })
      assert.are.equal(I.bc_size("bc1", W, H), #c)
      assert.are.equal((W / 4) * (H / 4) * 8, #c)
      local worst, blk = 0, {}
      for by = 0, H / 4 - 1 do
        for bx = 0, W / 4 - 1 do
          bc1_block(c.data, (by * (W / 4) + bx) * 8, blk)
          for i = 0, 15 do
            local p = px(src, (by * 4 + math.floor(i / 4)) * W + bx * 4 + i % 4)
            for ch = 1, 3 do worst = math.max(worst, math.abs(blk[i][ch] - p[ch])) end
          end
        end
      end
      assert.is_true(worst <= 12, q .. ": worst channel error " .. worst)
    end
    local c4 = I.compress(src, W, H, "bc4")
    local worst, blk = 0, {}
    for b = 0, (W / 4) * (H / 4) - 1 do
      bc4_block(c4.data, b * 8, blk)
      local bx, by = b % (W / 4), math.floor(b / (W / 4))
      for i = 0, 15 do
        local p = px(src, (by * 4 + math.floor(i / 4)) * W + bx * 4 + i % 4)
        worst = math.max(worst, math.abs(blk[i] - p[1]))
      end
    end
    assert.is_true(worst <= 5, "bc4 worst error " .. worst)
  end)

  it("sizes bc3 and bc5 at 16 bytes a block, and pads edge blocks", function()
    assert.are.equal(16 * 4 * 3, #I.compress(src, W, H, "bc3"))
    assert.are.equal(16 * 4 * 3, #I.compress(src, W, H, "bc5"))
    local odd = rgba(5, 3, function() return 1, 2, 3, 4 end)
    assert.are.equal(2 * 1 * 8, #I.compress(odd, 5, 3, "bc1"))
  end)

  it("compresses a whole mip chain into one buffer with level offsets", function()
    local chain, levels = I.mips(src, W, H, { srgb = true })
    local c, cl = I.compress_mips(chain, levels, "bc1")
    assert.are.equal(#levels, #cl)
    local total = 0
    for i, l in ipairs(cl) do
      assert.are.equal(total, l.offset)
      assert.are.equal(I.bc_size("bc1", levels[i].w, levels[i].h), l.size)
      total = total + l.size
    end
    assert.are.equal(total, #c)
    -- A level compressed alone gives the same bytes.
    local l2 = I.compress(chain, levels[2].w, levels[2].h, "bc1", { offset = levels[2].offset })
    assert.are.equal(l2:tostring(), c:tostring(cl[2].offset + 1, cl[2].offset + cl[2].size))
  end)
end)

describe("kiln.image refuses", function()
  it("bad buffers, sizes, formats and options, naming them", function()
    local b = rgba(2, 2, function() return 0, 0, 0, 0 end)
    assert.has_error(function() I.mips("pixels", 2, 2) end,
      "kiln.image.mips: expected a kiln.buffer of RGBA8 pixels, got string")
    assert.has_error(function() I.mips(b, 2, 3) end,
      "kiln.image.mips: a 2x3 RGBA8 image is 24 bytes, the buffer holds 16")
    assert.has_error(function() I.mips(b, 0, 2) end, "kiln.image.mips: width must be an integer from 1 to 32768, got 0")
    assert.has_error(function() I.mips(b, 2, 0 / 0) end)
    assert.has_error(function() I.mips(b, 2, 2, { srgb = 1 }) end, "kiln.image.mips: option 'srgb' must be a boolean, got number")
    assert.has_error(function() I.mips(b, 2, 2, { level = 2 }) end)
    assert.has_error(function() I.compress(b, 2, 2, "bc7") end,
      "kiln.image.compress: format must be bc1, bc3, bc4 or bc5, got 'bc7'")
    assert.has_error(function() I.compress(b, 2, 2, "bc1", { quality = "best" }) end,
      "kiln.image.compress: option 'quality' must be fast or high, got 'best'")
    assert.has_error(function() I.compress(b, 2, 2, "bc1", { offset = 8 }) end,
      "kiln.image.compress: a 2x2 RGBA8 image at offset 8 needs 24 bytes, the buffer holds 16")
    assert.has_error(function() I.resize(b, 2, 2, 4, 4, { filter = "cubic" }) end,
      "kiln.image.resize: option 'filter' must be box, nearest or linear, got 'cubic'")
    assert.has_error(function() I.resize(b, 2, 2, 40000, 4) end,
      "kiln.image.resize: new width must be an integer from 1 to 32768, got 40000")
    assert.has_error(function() I.encode_png(b, 2, 2, "") end, 'kiln.image.encode_png: path must be a file path, got ""')
    assert.has_error(function() I.encode_png(b, 2, 2, "/nonexistent/dir/x.png") end)
    b:free()
    assert.has_error(function() I.average(b, 2, 2) end)
  end)
end)

describe("kiln.image on a worker", function()
  it("decodes, builds mips, compresses and averages inside compute", function()
    local dir = H.tmpdir()
    local path = dir .. "/tex.png"
    write(path, png(8, 8, 2, 8, (function()
      local t = {}
      for i = 1, 8 * 8 do t[#t + 1], t[#t + 2], t[#t + 3] = 200, 100, 50 end
      return t
    end)()))
    local script = dir .. "/types.lua"
    write(script, [[
      local kiln = require "kiln"
      kiln.artifact {
        name = "tex",
        compute = function(ctx, key)
          local buf, w, h = kiln.image.decode_png(key)
          local chain, levels = kiln.image.mips(buf, w, h, { srgb = true })
          local blocks = kiln.image.compress_mips(chain, levels, "bc1")
          local r, g, b, a = kiln.image.average(buf, w, h, { srgb = true })
          return { w = w, h = h, levels = #levels, bytes = #blocks, r = r, a = a }
        end,
        apply = function(ctx, key, v) _G.tex = v end,
      }
      kiln.artifact {
        name = "bad",
        compute = function(ctx, key) return (kiln.image.decode_png(key)) end,
      }
    ]])
    local rt = kiln.runtime { workers = 1, gpu_backend = "none", cache_dir = dir .. "/c" }
    rt:load(script)
    rt:enqueue("tex", path)
    rt:enqueue("bad", dir .. "/missing.png")
    assert.is_true(rt:drain(10))
    assert.are.same({ w = 8, h = 8, levels = 4, bytes = 32 + 8 + 8 + 8 }, { w = _G.tex.w, h = _G.tex.h,
      levels = _G.tex.levels, bytes = _G.tex.bytes })
    assert.are.near(0.578, _G.tex.r, 1e-3)
    assert.are.equal(1, _G.tex.a)
    local e = H.errors_by_key(rt)[dir .. "/missing.png"]
    assert.matches("kiln.image.decode_png: cannot open '" .. dir .. "/missing.png'", e.message, 1, true)
    assert.is_true(rt:close())
  end)
end)
