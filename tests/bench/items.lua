-- The work the throughput benchmark measures, shared by kiln, the C pool
-- and luv so that all three run the same Lua functions.
local ffi = require "ffi"
local bit = require "bit"
local bor, lshift = bit.bor, bit.lshift

local M = {}

-- Trivial item: compute returns a number.
function M.trivial(i) return i * 2 + 1 end

M.TILE = 64
M.TILE_BYTES = 64 * 64 * 4

-- Medium item: fills a 64x64 RGBA8 tile at ptr through the FFI.
function M.fill(ptr, i)
  local p = ffi.cast("uint32_t *", ptr)
  local tint = lshift(i % 256, 16)
  for y = 0, 63 do
    local row = y * 64
    local g = lshift(y * 4, 8)
    for x = 0, 63 do p[row + x] = bor(x * 4, g, tint, 0xff000000) end
  end
end

return M
