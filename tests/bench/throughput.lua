-- kiln side of the throughput benchmark: N items through compute -> apply.
-- usage: build/kiln tests/bench/throughput.lua trivial|medium N WORKERS
local kiln = require "kiln"
local mode, n, workers = arg[1], tonumber(arg[2]), tonumber(arg[3])
local rt = kiln.runtime { workers = workers }
rt:load("tests/bench/bench_types.lua")
local keys = {}
for i = 1, n do keys[i] = "item/" .. i end
local clock = require("ffi")
clock.cdef [[ struct kiln_timespec { long tv_sec, tv_nsec; };
              int clock_gettime(int, struct kiln_timespec *); ]]
local ts = clock.new("struct kiln_timespec")
local function now() clock.C.clock_gettime(1, ts); return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9 end
-- Warm-up (untimed, in all three contenders): the JIT compiles the loops
-- and the maps reach their size once, as in a running engine.
local WARM = 2000
for i = 1, WARM do rt:enqueue(mode, "warm/" .. i, { args = i }) end
assert(rt:drain(60), "warm-up drain timed out")
local t0 = now()
for i = 1, n do
  rt:enqueue(mode, keys[i], { args = i })
  if i % 256 == 0 then rt:pump { max_ms = 0.5 } end
end
assert(rt:drain(120), "drain timed out")
local t1 = now()
local s = rt:stats()
assert(s.completed == n + WARM, "completed " .. s.completed)
print(string.format("items_per_s %.0f", n / (t1 - t0)))
rt:close()
