-- A cache type for the LÖVE example: a 64x64 RGBA8 tile per key, made with
-- an FFI pixel loop on a kiln worker, kept on disk, handed to the game in
-- apply. The pattern is tile_color(n) with a darker checker, so the game
-- can check what it shows.
local kiln = require "kiln"

local SIZE = 64

-- The tile's base colour (0..255 each), from its number.
function tile_color(n)
  return (n * 37) % 200 + 40, (n * 91) % 200 + 40, (n * 53) % 200 + 40
end

kiln.artifact {
  name = "love_tile", version = 1, outputs = { disk = true },
  compute = function(ctx, key, n)
    local buf = kiln.buffer(SIZE * SIZE * 4, false)
    local p = buf.ptr
    local r, g, b = tile_color(n)
    for y = 0, SIZE - 1 do
      for x = 0, SIZE - 1 do
        local i = (y * SIZE + x) * 4
        local dark = (math.floor(x / 8) + math.floor(y / 8)) % 2 == 1 and 0.75 or 1
        p[i], p[i + 1], p[i + 2], p[i + 3] = r * dark, g * dark, b * dark, 255
      end
    end
    return buf
  end,
  output = function(ctx, key, buf) ctx:write_disk(buf:tostring(), { n = ctx.args }) end,
  load = function(ctx, key, bytes) return bytes end, -- a cache hit hands apply the same buffer
  apply = function(ctx, key, buf) _G.on_tile(key, buf) end,
}

-- The GL path (KILN_LOVE_GL=1): the same tile staged straight into a GL
-- texture kiln made in LÖVE's context, committed by rt:pump.
kiln.artifact {
  name = "love_gl_tile", version = 1, outputs = { gpu = true }, gpu_bytes = SIZE * SIZE * 4,
  compute = function(ctx, key, n)
    local buf = kiln.buffer(SIZE * SIZE * 4, false)
    local r, g, b = tile_color(n)
    for i = 0, SIZE * SIZE - 1 do
      buf.ptr[i * 4], buf.ptr[i * 4 + 1], buf.ptr[i * 4 + 2], buf.ptr[i * 4 + 3] = r, g, b, 255
    end
    return buf
  end,
  output = function(ctx, key, buf)
    local n = ctx.args
    ctx:stage_texture { texture = "kiln_atlas", x = n % 8 * SIZE, y = (n - n % 8) / 8 * SIZE,
                        w = SIZE, h = SIZE, data = buf }
  end,
  apply = function(ctx, key) _G.on_gl_tile(key) end,
}
