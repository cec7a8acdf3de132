-- kiln in LÖVE 11: a grid of tiles baked on kiln's workers (and kept in its
-- disk cache), shown as LÖVE images. The CPU path: apply copies each tile's
-- kiln.buffer into a love ImageData (getFFIPointer) and Image:replacePixels
-- uploads it, all on LÖVE's thread. Type scripts are read with
-- love.filesystem, so the game also runs packed as a .love archive.
--
-- kiln.so must be on package.cpath: run with LUA_CPATH=/path/to/build/?.so;;
-- (or install kiln: make install puts kiln.so where LuaJIT looks).
-- KILN_LOVE_SELFTEST=1: quit when every tile is shown, after checking the
-- screen against the tiles' colours (tests/suite-love.sh).
local ffi = require "ffi"
local kiln = require "kiln"

local N, SIZE = 8, 64
local rt, images, datas, shown = nil, {}, {}, 0
local selftest = os.getenv("KILN_LOVE_SELFTEST") == "1"
local started

function love.load()
  love.filesystem.createDirectory("kiln-cache")
  local cache = os.getenv("KILN_LOVE_CACHE") or (love.filesystem.getSaveDirectory() .. "/kiln-cache")
  rt = kiln.runtime { workers = 2, cache_dir = cache }
  -- love.filesystem reads inside a .love archive too; rt:load(path) could not.
  local src = assert(love.filesystem.read("types/tiles.lua"))
  rt:load_string(src, "types/tiles.lua")
  for n = 0, N * N - 1 do
    datas[n] = love.image.newImageData(SIZE, SIZE, "rgba8")
    images[n] = love.graphics.newImage(datas[n])
    rt:enqueue("love_tile", "tile/" .. n, { args = n, priority = -n })
  end
  -- The GL path: kiln attaches to LÖVE's own context and uploads into a
  -- texture it makes there (LÖVE cannot draw a foreign GL texture, so the
  -- self-test reads it back instead).
  if os.getenv("KILN_LOVE_GL") == "1" then
    gl_backend = rt:gl_attach()
    rt:texture { name = "kiln_atlas", width = N * SIZE, height = N * SIZE }
    for n = 0, N * N - 1 do rt:enqueue("love_gl_tile", "gl/" .. n, { args = n }) end
  end
  started = love.timer.getTime()
end

-- Called from love_gl_tile's apply, once the tile's upload was issued.
local gl_ok, gl_done = 0, 0
function on_gl_tile(key)
  local n = tonumber(key:match("%d+"))
  local px = rt:read_texture("kiln_atlas", { x = n % N * SIZE + 1, y = math.floor(n / N) * SIZE + 1,
                                             w = 1, h = 1 })
  local r, g, b = tile_color(n)
  if px:byte(1) == r and px:byte(2) == g and px:byte(3) == b then gl_ok = gl_ok + 1 end
  gl_done = gl_done + 1
end

-- Called from the type's apply (LÖVE's thread, inside rt:pump).
function on_tile(key, buf)
  local n = tonumber(key:match("%d+"))
  ffi.copy(datas[n]:getFFIPointer(), buf.ptr, #buf)
  buf:free()
  images[n]:replacePixels(datas[n])
  shown = shown + 1
end

function love.update()
  rt:pump { max_ms = 2 } -- applies within a frame budget
  if selftest and love.timer.getTime() - started > 30 then
    print("kiln-love: FAILED: only " .. shown .. " tiles shown after 30 s")
    love.event.quit(1)
  end
end

local checked = false
function love.draw()
  love.graphics.clear(0.07, 0.08, 0.1)
  for n = 0, N * N - 1 do
    love.graphics.draw(images[n], 8 + (n % N) * SIZE, 40 + math.floor(n / N) * SIZE)
  end
  local s = rt:stats()
  love.graphics.print(("kiln: %d/%d tiles  computed %d  from cache %d  failed %d"):format(shown, N * N,
    s.completed - s.cache_hits, s.cache_hits, s.failed), 8, 12)
  local gl_pending = gl_backend and gl_done < N * N
  if selftest and shown == N * N and not gl_pending and not checked then
    checked = true
    love.graphics.captureScreenshot(function(img) -- the frame as drawn
      local ok = 0
      for n = 0, N * N - 1 do
        local r, g, b = tile_color(n)
        local pr, pg, pb = img:getPixel(8 + (n % N) * SIZE + 4, 40 + math.floor(n / N) * SIZE + 4)
        if math.abs(pr * 255 - r) <= 2 and math.abs(pg * 255 - g) <= 2 and math.abs(pb * 255 - b) <= 2 then
          ok = ok + 1
        end
      end
      local out = os.getenv("KILN_LOVE_SHOT")
      if out then
        local f = assert(io.open(out, "wb"))
        f:write(img:encode("png"):getString())
        f:close()
      end
      local st = rt:stats()
      print(("kiln-love: screen matches %d/%d tiles; completed %d, cache hits %d, failed %d"):format(ok,
        N * N, st.completed - gl_done, st.cache_hits, st.failed))
      if gl_backend then
        print(("kiln-love: gl_attach in LÖVE's context: backend %s, %d/%d tiles read back right"):format(
          gl_backend, gl_ok, N * N))
      end
      love.event.quit(ok == N * N and st.failed == 0 and gl_ok == gl_done and 0 or 1)
    end)
  end
end

function love.quit()
  if rt then rt:close() end
end
