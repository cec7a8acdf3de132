-- kiln.window from Lua: drawing, screenshots and its errors. Needs an X
-- display (tests/run-suites.sh starts Xvfb); without one these are pending.
local kiln = require "kiln"
local helpers = require "helpers"
local have_x = os.getenv("KILN_HAVE_X") == "1" or (os.getenv("DISPLAY") or "") ~= ""

local function png_size(path)
  local f = assert(io.open(path, "rb"))
  local head = f:read(24)
  f:close()
  assert(head:sub(2, 4) == "PNG", "not a PNG: " .. path)
  local function be32(s, i) local a, b, c, d = s:byte(i, i + 3) return ((a * 256 + b) * 256 + c) * 256 + d end
  return be32(head, 17), be32(head, 21)
end

describe("kiln.window", function()
  if not have_x then
    it("needs an X display", function() pending("no X display: window specs skipped") end)
    return
  end

  it("rt:gl_attach takes the host's loader, and pump refuses another context", function()
    local ffi = require "ffi"
    local glfw = ffi.load("glfw")
    pcall(ffi.cdef, "void *glfwGetProcAddress(const char *name);")
    local a = kiln.window { width = 64, height = 64, visible = false }
    -- a Lua loader
    local rt = kiln.runtime { workers = 1 }
    local asked = 0
    assert.is_string(rt:gl_attach { get_proc_address = function(name)
      asked = asked + 1
      return glfw.glfwGetProcAddress(name)
    end })
    assert.is_true(asked > 10)
    rt:close()
    -- a C function pointer, as SDL_GL_GetProcAddress would be passed
    rt = kiln.runtime { workers = 1 }
    rt:gl_attach { get_proc_address = ffi.cast("void *(*)(const char *)", glfw.glfwGetProcAddress) }
    rt:load("tests/spec/fixtures/gpu_types.lua")
    rt:texture { name = "t", width = 16, height = 16 }
    local ok, e = pcall(rt.gl_attach, rt, { get_proc_address = "glfw" })
    assert.is_false(ok)
    assert.matches("option 'get_proc_address' must be a C function pointer (cdata) or a Lua function, got string",
      e, 1, true)
    -- another context current: pump issues nothing into it and says why
    local b = kiln.window { width = 32, height = 32, visible = false } -- now current
    rt:enqueue("tile", "x", { args = { tex = "t", w = 4, h = 4, seed = 1 } })
    helpers.wait_until(function() return rt:stats().waiting_apply >= 1 end)
    ok, e = pcall(rt.pump, rt)
    assert.is_false(ok)
    assert.matches("rt:pump: ", e, 1, true)
    assert.matches("context", e, 1, true)
    b:close()
    a:begin_frame(0) -- kiln's context current again
    assert.is_true(rt:drain(10))
    a:end_frame()
    rt:close()
    a:close()
  end)

  it("names the option or field of every bad value", function()
    local function err(f) local ok, e = pcall(f); assert.is_false(ok); return e end
    assert.matches("kiln.window: option 'width' must be a number, got string",
      err(function() kiln.window { width = "x" } end), 1, true)
    assert.matches("kiln.window: option 'width' must be an integer from 0 to 16384, got nan",
      err(function() kiln.window { width = 0 / 0 } end), 1, true)
    assert.matches("kiln.window: option 'title' must be a string, got number",
      err(function() kiln.window { title = 5 } end), 1, true)
    local win = kiln.window { width = 64, height = 64, visible = false }
    assert.matches("win:graph: field 'x' must be a number, got string",
      err(function() win:graph { values = { 1 }, x = "left" } end), 1, true)
    assert.matches("bad argument #3 to 'rect' (number expected, got string)",
      err(function() win:rect(1, 2, "x", 4) end), 1, true)
    win:close()
  end)

  it("draws rects, text and a graph, and saves a screenshot", function()
    local win = kiln.window { width = 320, height = 200, title = "spec", visible = false }
    local info = win:info()
    assert.matches("^%d%.%d$", info.gl_version)
    win:poll()
    win:begin_frame(0x101820ff)
    win:rect(10, 10, 50, 40, 0xff0000ff)
    win:text(10, 60, "kiln window spec", 0xffffffff)
    local w, h = win:text_size("kiln window spec")
    assert.is_true(w > 0 and h >= win:line_height())
    win:graph { values = { 1, 5, 3, 8, 2 }, x = 10, y = 100, w = 200, h = 50, min = 0, max = 10, threshold = 6 }
    win:end_frame()
    local path = os.tmpname() .. ".png"
    win:screenshot(path)
    local pw, ph = png_size(path)
    assert.equal(320, pw)
    assert.equal(200, ph)
    os.remove(path)
    assert.is_false(win:should_close())
    win:close()
    assert.has_error(function() win:poll() end, "kiln.window: the window is closed")
  end)

  it("reports bad options and bad calls clearly", function()
    assert.has_error(function() kiln.window { widht = 10, height = 10 } end,
      "kiln.window: unknown option 'widht'")
    local ok, err = pcall(kiln.window, { width = 0, height = 10, visible = false })
    assert.is_false(ok)
    assert.matches("kiln.window: window size 0x10", err, 1, true)
    ok, err = pcall(kiln.window, { width = 64, height = 64, visible = false, font = "/nonexistent/font.ttf" })
    assert.is_false(ok)
    assert.matches("/nonexistent/font.ttf", err, 1, true)
    local win = kiln.window { width = 64, height = 64, visible = false }
    ok, err = pcall(win.rect, win, 0, 0, 10, 10, 0xffffffff) -- outside a frame
    assert.is_false(ok)
    assert.matches("win:rect:", err, 1, true)
    win:begin_frame(0)
    win:end_frame()
    ok, err = pcall(win.screenshot, win, "/nonexistent/dir/shot.png")
    assert.is_false(ok)
    assert.matches("/nonexistent/dir/shot.png", err, 1, true)
    win:close()
  end)

  -- A runtime whose "fill" type stages one solid texel value over a whole
  -- (texture, layer, level) image; args = { tex, layer, level, w, h, texel, format }.
  local function fill_runtime()
    local rt = kiln.runtime { workers = 1, gpu_backend = "ring", ring_bytes = 65536 }
    rt:gl_attach()
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write([[
      local kiln = require "kiln"
      kiln.artifact { name = "fill", outputs = { gpu = true },
        gpu_bytes = function(key, a) return a.w * a.h * #a.texel end,
        compute = function(ctx, key, a) return string.rep(a.texel, a.w * a.h) end,
        output = function(ctx, key, data)
          local a = ctx.args
          ctx:stage_texture { texture = a.tex, layer = a.layer, level = a.level, w = a.w, h = a.h,
                              format = a.format, data = data } end }
    ]])
    f:close()
    rt:load(path)
    os.remove(path)
    return rt
  end

  -- The RGBA of pixel (x, y) of the window's last frame, through a screenshot.
  local function frame_pixels(win)
    local path = os.tmpname() .. ".png"
    win:screenshot(path)
    local buf, w = kiln.image.decode_png(path)
    os.remove(path)
    return function(x, y)
      local i = (y * w + x) * 4
      return { buf.ptr[i], buf.ptr[i + 1], buf.ptr[i + 2] }
    end
  end

  local function near(want, got, tol)
    for i = 1, 3 do
      if math.abs(want[i] - got[i]) > tol then
        return false, ("want {%d, %d, %d}, got {%d, %d, %d}"):format(want[1], want[2], want[3],
          got[1], got[2], got[3])
      end
    end
    return true
  end

  it("win:texture level = n shows exactly that mip level, of 2D and array textures", function()
    local win = kiln.window { width = 256, height = 64, visible = false }
    local rt = fill_runtime()
    local colors = { { 255, 0, 0 }, { 0, 255, 0 }, { 0, 0, 255 }, { 255, 255, 0 }, { 255, 0, 255 } }
    rt:texture { name = "arr", width = 16, height = 16, kind = "2d_array", layers = 2, levels = 5 }
    rt:texture { name = "flat", width = 16, height = 16, levels = 5 }
    for level = 0, 4 do
      local side = 16 / 2 ^ level
      local c = colors[level + 1]
      local texel = string.char(c[1], c[2], c[3], 255)
      rt:enqueue("fill", "arr1/" .. level, { args = { tex = "arr", layer = 1, level = level,
        w = side, h = side, texel = texel } })
      rt:enqueue("fill", "arr0/" .. level, { args = { tex = "arr", layer = 0, level = level,
        w = side, h = side, texel = "\128\128\128\255" } })
      rt:enqueue("fill", "flat/" .. level, { args = { tex = "flat", layer = 0, level = level,
        w = side, h = side, texel = texel } })
    end
    assert.is_true(rt:drain(10))
    assert.equal(0, rt:stats().failed)
    local arr, flat = rt:texture_gl("arr"), rt:texture_gl("flat")
    win:begin_frame(0x000000ff)
    for level = 0, 4 do -- 32x32 cells: every level magnified, texel for texel
      win:texture(arr, level * 32, 0, 32, 32, { layer = 1, level = level })
      win:texture(flat, level * 32, 32, 32, 32, { level = level })
    end
    win:texture(arr, 192, 0, 32, 32, { layer = 1 }) -- no level: sampled as before (magnified: level 0)
    win:texture(arr, 224, 0, 32, 32, { layer = 0, level = 2 })
    win:end_frame()
    local px = frame_pixels(win)
    for level = 0, 4 do
      for _, y in ipairs { 16, 48 } do
        for _, x in ipairs { level * 32 + 1, level * 32 + 16, level * 32 + 30 } do
          assert(near(colors[level + 1], px(x, y), 1))
        end
      end
    end
    assert(near(colors[1], px(208, 16), 1))
    assert(near({ 128, 128, 128 }, px(240, 16), 1))
    rt:close()
    win:close()
  end)

  it("win:texture normal = true shows an RG normal as rgb = n * 0.5 + 0.5", function()
    local win = kiln.window { width = 128, height = 32, visible = false }
    local rt = fill_runtime()
    rt:texture { name = "rg", width = 4, height = 4, format = "rg8" }
    rt:texture { name = "na", width = 4, height = 4, kind = "2d_array", layers = 2, levels = 3 }
    -- x = 204/255*2-1 = 0.6, y = 128/255*2-1 ~ 0.004: z ~ 0.8
    rt:enqueue("fill", "rg", { args = { tex = "rg", layer = 0, level = 0, w = 4, h = 4,
      texel = string.char(204, 128), format = "rg8" } })
    -- x = -0.6, y = 0.6: z = sqrt(0.28); blue and alpha hold junk the view ignores
    for level = 0, 2 do
      rt:enqueue("fill", "na/" .. level, { args = { tex = "na", layer = 1, level = level,
        w = 4 / 2 ^ level, h = 4 / 2 ^ level, texel = level == 1 and string.char(51, 204, 7, 0)
          or string.char(0, 0, 0, 0) } })
    end
    assert.is_true(rt:drain(10))
    assert.equal(0, rt:stats().failed)
    win:begin_frame(0x000000ff)
    win:texture(rt:texture_gl("rg"), 0, 0, 32, 32, { normal = true })
    win:texture(rt:texture_gl("na"), 32, 0, 32, 32, { layer = 1, level = 1, normal = true })
    win:texture(rt:texture_gl("rg"), 64, 0, 32, 32, { normal = true, tint = { 1, 0, 1, 1 } })
    win:texture(rt:texture_gl("rg"), 96, 0, 32, 32) -- plain: blue reads 0
    win:end_frame()
    local px = frame_pixels(win)
    local z1 = math.sqrt(math.max(0, 1 - 0.6 ^ 2 - (128 / 255 * 2 - 1) ^ 2))
    assert(near({ 204, 128, (z1 * 0.5 + 0.5) * 255 }, px(16, 16), 2))
    assert(near({ 51, 204, (math.sqrt(0.28) * 0.5 + 0.5) * 255 }, px(48, 16), 2))
    assert(near({ 204, 0, (z1 * 0.5 + 0.5) * 255 }, px(80, 16), 2))
    assert(near({ 204, 128, 0 }, px(112, 16), 1))
    rt:close()
    win:close()
  end)

  it("win:texture names the field of a bad level or normal", function()
    local win = kiln.window { width = 64, height = 64, visible = false }
    local rt = fill_runtime()
    rt:texture { name = "arr", width = 16, height = 16, kind = "2d_array", layers = 2, levels = 5 }
    rt:texture { name = "one", width = 16, height = 16 }
    local arr, one = rt:texture_gl("arr"), rt:texture_gl("one")
    local function err(tex, opts)
      local ok, e = pcall(win.texture, win, tex, 0, 0, 8, 8, opts)
      assert.is_false(ok)
      return e
    end
    win:begin_frame(0)
    assert.matches("win:texture: kiln_window_draw_texture_layer: level 9 is beyond the texture's 5 levels",
      err(arr, { layer = 1, level = 9 }), 1, true)
    assert.matches("win:texture: kiln_window_draw_texture_layer: level 5 is beyond the texture's 5 levels",
      err(arr, { layer = 0, level = 5 }), 1, true)
    assert.matches("win:texture: kiln_window_draw_texture: level 1 is beyond the texture's 1 level",
      err(one, { level = 1 }), 1, true)
    assert.matches("win:texture: field 'level' must be an integer >= 0, got -1",
      err(arr, { layer = 1, level = -1 }), 1, true)
    assert.matches("win:texture: field 'level' must be an integer >= 0, got 0.5",
      err(arr, { layer = 1, level = 0.5 }), 1, true)
    assert.matches("win:texture: field 'level' must be an integer >= 0, got nan",
      err(arr, { layer = 1, level = 0 / 0 }), 1, true)
    assert.matches("win:texture: field 'level' must be an integer >= 0, got string",
      err(arr, { layer = 1, level = "1" }), 1, true)
    assert.matches("win:texture: field 'normal' must be a boolean, got string",
      err(arr, { layer = 1, normal = "yes" }), 1, true)
    assert.matches("win:texture: unknown option 'levle'", err(arr, { layer = 1, levle = 1 }), 1, true)
    assert.matches("is not a GL texture", err(987654, { level = 0 }), 1, true)
    win:texture(arr, 0, 0, 8, 8, { layer = 1, level = 4 }) -- the last level is fine
    win:end_frame()
    rt:close()
    win:close()
  end)

  it("shows a runtime texture baked by a worker", function()
    local win = kiln.window { width = 64, height = 64, visible = false }
    local rt = kiln.runtime { workers = 1, gpu_backend = "ring", ring_bytes = 65536 }
    rt:gl_attach()
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write([[
      local kiln = require "kiln"
      kiln.artifact { name = "solid", outputs = { gpu = true }, gpu_bytes = 16 * 16 * 4,
        compute = function(ctx, key) local b = kiln.buffer(16 * 16 * 4)
          for i = 0, 16 * 16 - 1 do b.ptr[i * 4] = 255; b.ptr[i * 4 + 3] = 255 end return b end,
        output = function(ctx, key, b)
          ctx:stage_texture { texture = "t", x = 0, y = 0, w = 16, h = 16, data = b } end }
    ]])
    f:close()
    rt:load(path)
    os.remove(path)
    rt:texture { name = "t", width = 16, height = 16 }
    rt:enqueue("solid", "one")
    assert.is_true(rt:drain(10))
    win:begin_frame(0x000000ff)
    win:texture(rt:texture_gl("t"), 0, 0, 64, 64)
    win:end_frame()
    local px = rt:read_texture("t", { x = 0, y = 0, w = 1, h = 1 })
    assert.equal(255, px:byte(1))
    rt:close()
    assert.has_error(function() rt:texture_gl("t") end)
    win:close()
  end)
end)
