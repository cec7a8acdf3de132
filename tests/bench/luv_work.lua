-- luv peer of the throughput benchmark: the same items through
-- uv.new_work (libuv's thread pool, a Lua state per pool thread).
-- usage: UV_THREADPOOL_SIZE=W luajit tests/bench/luv_work.lua trivial|medium N
local uv = require "luv"
local mode, n = arg[1], tonumber(arg[2])
local got, sum = 0, 0
local work
if mode == "trivial" then
  work = uv.new_work(function(i)
    return require("tests.bench.items").trivial(i)
  end, function(v) sum = sum + v; got = got + 1 end)
else
  work = uv.new_work(function(i)
    local ffi = require "ffi"
    local items = require "tests.bench.items"
    local b = ffi.new("uint8_t[?]", items.TILE_BYTES)
    items.fill(b, i)
    return ffi.string(b, items.TILE_BYTES) -- luv moves strings, not memory
  end, function(s) sum = sum + s:byte(5); got = got + 1 end)
end
-- Warm-up (untimed), as for kiln and the C pool: the same function as the
-- timed part, so its loop is compiled before the clock starts.
local function pass(m)
  for i = 1, m do work:queue(i) end
  uv.run()
end
pass(2000)
got, sum = 0, 0
local t0 = uv.hrtime()
pass(n)
local t1 = uv.hrtime()
assert(got == n, "got " .. got)
print(string.format("items_per_s %.0f", n / ((t1 - t0) / 1e9)))
