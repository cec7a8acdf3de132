-- kiln inside another renderer (issue 11), through Lua on the null
-- backend: type scripts from anywhere (rt:load_string), host-made and freed
-- textures, the new kinds and formats, and staging part of a buffer. The
-- GL side is in tests/gl; the C and LÖVE hosts in tests/suite-install.sh
-- and tests/suite-love.sh.
local kiln = require "kiln"
local helpers = require "helpers"

local SRC = [[
local kiln = require "kiln"
kiln.artifact {
  name = "strtype", version = %d, outputs = { disk = true },
  compute = function(ctx, key, args) return "v%d:" .. key end,
  output = function(ctx, key, v) ctx:write_disk(v) end,
  load = function(ctx, key, bytes) return bytes:tostring() end,
  apply = function(ctx, key, v) _G.strlog = _G.strlog or {}; _G.strlog[key] = v end,
}
]]

describe("rt:load_string", function()
  it("loads a type script from a string into every state, and reloads it by chunk name", function()
    local dir = helpers.tmpdir()
    local rt = kiln.runtime { workers = 2, cache_dir = dir .. "/c" }
    _G.strlog = nil
    assert.same({ "strtype" }, rt:load_string(SRC:format(1, 1), "game/types/str.lua"))
    rt:enqueue("strtype", "a")
    assert.is_true(rt:drain(10))
    assert.equal("v1:a", _G.strlog.a)
    -- the same chunk name again: hot reload, new version, new identity
    rt:load_string(SRC:format(2, 2), "game/types/str.lua")
    assert.equal("queued", rt:enqueue("strtype", "a"))
    assert.is_true(rt:drain(10))
    assert.equal("v2:a", _G.strlog.a)
    assert.equal("cached", rt:enqueue("strtype", "a"))
    assert.is_true(rt:drain(10))
    rt:close()
    os.execute("rm -rf " .. dir)
  end)

  it("names chunkname:line in errors and refuses bad arguments", function()
    local rt = kiln.runtime { workers = 1 }
    local ok, e = pcall(function() local r = rt:load_string("local x = 1\nerror('boom')\n", "pack/broken.lua"); return r end)
    assert.is_false(ok)
    assert.matches("rt:load_string: pack/broken.lua:2: boom", e, 1, true)
    assert.matches("^tests/spec/embed_spec.lua:%d+: rt:load_string", e) -- at the caller's line
    ok, e = pcall(rt.load_string, rt, "local x = \n", "pack/syntax.lua")
    assert.is_false(ok)
    assert.matches("rt:load_string: pack/syntax.lua:2:", e, 1, true)
    ok, e = pcall(rt.load_string, rt, "return 1")
    assert.is_false(ok)
    assert.matches("rt:load_string: expected a chunk name", e, 1, true)
    ok, e = pcall(rt.load_string, rt, nil, "x.lua")
    assert.is_false(ok)
    assert.matches("rt:load_string: expected the script's source as a string, got nil", e, 1, true)
    rt:close()
  end)
end)

describe("host-made and freed textures, every kind (null backend)", function()
  local FIX = "tests/spec/fixtures/"
  local function gpu_rt()
    local rt = kiln.runtime { workers = 2, gpu_backend = "null" }
    rt:load(FIX .. "gpu_types.lua")
    _G.gpu_rt, _G.gpu_log = rt, nil
    return rt
  end
  local function tile(tex, a)
    a.tex, a.readback, a.seed = tex, true, a.seed or 3
    return a
  end

  it("stages into 1d, 1d_array and cube_array textures and reads them back", function()
    local rt = gpu_rt()
    rt:texture { name = "line", kind = "1d", width = 32, height = 1 }
    rt:texture { name = "lines", kind = "1d_array", width = 16, height = 1, layers = 3 }
    rt:texture { name = "cubes", kind = "cube_array", width = 8, height = 8, layers = 2 }
    rt:enqueue("tile", "1d", { args = tile("line", { x = 8, w = 16, h = 1 }) })
    rt:enqueue("tile", "1da", { args = tile("lines", { z = 2, zfield = "layer", w = 16, h = 1 }) })
    rt:enqueue("tile", "ca", { args = tile("cubes", { z = 6 + 4, w = 8, h = 8 }) }) -- cube 1, face 4
    assert.is_true(rt:drain(10))
    for _, k in ipairs { "1d", "1da", "ca" } do assert.is_true(_G.gpu_log[k].readback_ok, k) end
    local ok, e = pcall(rt.texture, rt, { name = "bad", kind = "cube_arr", width = 8, height = 8 })
    assert.is_false(ok)
    assert.matches("unknown kind 'cube_arr' (1d, 1d_array, 2d, 2d_array, 3d, cube, cube_array)", e, 1, true)
    rt:close()
  end)

  it("levels = 0 is the full mip chain; omitted is one level", function()
    local rt = gpu_rt()
    rt:texture { name = "chain", width = 16, height = 16, levels = 0 }
    rt:texture { name = "one", width = 16, height = 16 }
    rt:enqueue("tile", "top", { args = tile("chain", { level = 4, w = 1, h = 1 }) })
    assert.is_true(rt:drain(10))
    assert.is_true(_G.gpu_log.top.readback_ok)
    local ok, e = pcall(rt.read_texture, rt, "one", { level = 1 })
    assert.is_false(ok)
    assert.matches("level", e, 1, true)
    rt:close()
  end)

  it("adopts a host texture and streams into it; texture_free drops uploads still staged for it", function()
    local rt = gpu_rt()
    rt:texture { name = "host", gl = 0, width = 16, height = 16 } -- null backend: no GL name
    rt:enqueue("tile", "h", { args = tile("host", { w = 8, h = 8 }) })
    assert.is_true(rt:drain(10))
    assert.is_true(_G.gpu_log.h.readback_ok)

    rt:texture { name = "page", width = 16, height = 16 }
    for i = 0, 3 do rt:enqueue("tile", "p" .. i, { args = tile("page", { x = i * 4, w = 4, h = 4 }) }) end
    helpers.wait_until(function() return rt:stats().waiting_apply >= 4 end)
    rt:texture_free("page") -- four uploads staged, none committed
    local ok, e = pcall(rt.read_texture, rt, "page", { w = 1, h = 1 })
    assert.is_false(ok)
    rt:texture { name = "page", width = 32, height = 32 } -- made again, bigger
    local r = rt:pump { max_ms = 100 }
    assert.equal(4, r.uploads_dropped)
    assert.equal(0, r.uploads)
    assert.equal(string.rep("\0", 32 * 32 * 4), rt:read_texture("page", { w = 32, h = 32 })) -- nothing stale
    assert.is_true(rt:drain(10))
    ok, e = pcall(rt.texture_free, rt, "nope")
    assert.is_false(ok)
    assert.matches("rt:texture_free: ", e, 1, true)
    rt:close()
  end)
end)

describe("texture formats (null backend)", function()
  local FIX = "tests/spec/fixtures/"

  it("stages compressed blocks and converts float data into a half-float texture", function()
    local rt = kiln.runtime { workers = 1, gpu_backend = "null" }
    rt:load(FIX .. "gpu_types.lua")
    rt:texture { name = "c", width = 8, height = 8, format = "bc1", filter = "linear", wrap = "clamp" }
    rt:texture { name = "h", width = 2, height = 1, format = "rgba16f" }
    local blocks = {}
    for i = 1, 32 do blocks[i] = string.char(i * 7 % 256) end
    blocks = table.concat(blocks) -- 4 BC1 blocks of 8 bytes: an 8x8 region
    rt:enqueue("stage_bad", "bc1", { args = { t = { texture = "c", w = 8, h = 8, format = "bc1" }, data = blocks } })
    local ffi = require "ffi"
    local f = ffi.new("float[8]", { 1, 0.5, 2, -1, 0.25, 4, 1.5, -0.5 })
    rt:enqueue("stage_bad", "f32", { args = { t = { texture = "h", w = 2, h = 1, format = "rgba32f" },
                                             data = ffi.string(f, 32) } })
    assert.is_true(rt:drain(10))
    assert.equal(0, rt:stats().failed)
    assert.equal(blocks, rt:read_texture("c", { w = 8, h = 8 })) -- block for block
    local half = rt:read_texture("h", { w = 2, h = 1 })
    local h16 = ffi.cast("const uint16_t *", half)
    assert.same({ 0x3C00, 0x3800, 0x4000, 0xBC00, 0x3400, 0x4400, 0x3E00, 0xB800 },
      { h16[0], h16[1], h16[2], h16[3], h16[4], h16[5], h16[6], h16[7] })
    rt:close()
  end)

  it("names the field of an unknown format, filter or wrap, and of a block-misaligned region", function()
    local rt = kiln.runtime { workers = 1, gpu_backend = "null" }
    local function err(t) local ok, e = pcall(rt.texture, rt, t); assert.is_false(ok); return e end
    assert.matches("field 'format': unknown format 'bc2' (r8, rg8, rgba8, rgb8,",
      err { name = "x", width = 4, height = 4, format = "bc2" }, 1, true)
    assert.matches("field 'filter': unknown filter 'cubic' (nearest, linear, trilinear)",
      err { name = "x", width = 4, height = 4, filter = "cubic" }, 1, true)
    assert.matches("field 'wrap': unknown wrap 'edge' (repeat, clamp, mirror)",
      err { name = "x", width = 4, height = 4, wrap = "edge" }, 1, true)
    rt:texture { name = "c", width = 16, height = 16, format = "bc7" }
    local ok, e = pcall(rt.read_texture, rt, "c", { x = 2, w = 4, h = 4 })
    assert.is_false(ok)
    assert.matches("field 'x'", e, 1, true)
    rt:close()
  end)
end)

describe("staging part of a buffer (null backend)", function()
  it("stages a sub-rectangle with offset and row_length, and names the field of a bad one", function()
    local rt = kiln.runtime { workers = 1, gpu_backend = "null" }
    rt:load("tests/spec/fixtures/gpu_types.lua")
    rt:texture { name = "s", width = 2, height = 2 }
    -- a 4x4 rgba8 image whose texel (x, y) holds bytes x, y, 7, 9; stage its 2x2 block at (1, 2)
    local img = {}
    for y = 0, 3 do for x = 0, 3 do img[#img + 1] = string.char(x, y, 7, 9) end end
    img = table.concat(img)
    rt:enqueue("stage_bad", "sub", { args = { t = { texture = "s", w = 2, h = 2, offset = (2 * 4 + 1) * 4,
                                                   row_length = 4 }, data = img } })
    rt:enqueue("stage_bad", "over", { args = { t = { texture = "s", w = 2, h = 2, offset = 60,
                                                    row_length = 4 }, data = img } })
    assert.is_true(rt:drain(10))
    assert.equal(string.char(1, 2, 7, 9, 2, 2, 7, 9, 1, 3, 7, 9, 2, 3, 7, 9), rt:read_texture("s", { w = 2, h = 2 }))
    local e
    for _, x in ipairs(rt:errors()) do if x.key == "over" then e = x end end
    assert.is_not_nil(e)
    assert.matches("from offset 60 reads up to byte 84 of the 64-byte data", e.message, 1, true)
    for key, bad in pairs { neg = { offset = -1 }, nan = { offset = 0 / 0 }, big = { w = 1e12 } } do
      local t = { texture = "s", w = 2, h = 2 }
      for f, v in pairs(bad) do t[f] = v end
      rt:enqueue("stage_bad", key, { args = { t = t, len = 16 } })
    end
    assert.is_true(rt:drain(10))
    local errs = helpers.errors_by_key(rt)
    assert.matches("field 'offset' must be a byte count from 0 to 2^48, got -1", errs.neg.message, 1, true)
    assert.matches("field 'offset' must be a byte count from 0 to 2^48, got nan", errs.nan.message, 1, true)
    assert.matches("field 'w' must be an integer from -2^31 to 2^31-1, got 1000000000000", errs.big.message, 1, true)
    local ok, err = pcall(rt.pump, rt, { max_upload_ms = -1 })
    assert.is_false(ok)
    assert.matches("option 'max_upload_ms' must be a number from 0 to 1000000, got -1", err, 1, true)
    rt:pump { max_upload_ms = 0.5 }
    rt:close()
  end)
end)
