-- kiln side of the throughput benchmark: N items through compute -> apply.
-- usage: build/kiln tests/bench/throughput.lua trivial|medium N WORKERS [fresh]
-- The loop reuses one options table, as a hot loop should: rt:enqueue
-- reads it during the call and keeps nothing. With "fresh" it makes a new
-- { args = i } per call instead, to show what that garbage costs (each
-- table is ~100 bytes the main state's GC must sweep, and that cost grows
-- with the number of live objects, here the 20,000 keys).
-- prints "items_per_s <x>" and "faults_per_1k <x>": the process's page
-- faults (getrusage: minor + major, every thread) per 1,000 items over the
-- timed part only, after the warm-up.
local kiln = require "kiln"
local mode, n, workers, fresh = arg[1], tonumber(arg[2]), tonumber(arg[3]), arg[4] == "fresh"
local rt = kiln.runtime { workers = workers }
rt:load("tests/bench/bench_types.lua")
local keys = {}
for i = 1, n do keys[i] = "item/" .. i end
local clock = require("ffi")
clock.cdef [[ struct kiln_timespec { long tv_sec, tv_nsec; };
              int clock_gettime(int, struct kiln_timespec *);
              struct kiln_bench_rusage { long utime[2], stime[2], maxrss, ixrss, idrss, isrss,
                                                minflt, majflt, rest[8]; };
              int getrusage(int, struct kiln_bench_rusage *); ]]
local ts = clock.new("struct kiln_timespec")
local function now(id) clock.C.clock_gettime(id or 1, ts); return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9 end
-- CPU time (CLOCK_PROCESS_CPUTIME_ID = 2, CLOCK_THREAD_CPUTIME_ID = 3): what
-- an item costs the machine whatever else runs on it, and the render
-- thread's share of it.
local function cpu() return now(2), now(3) end
local ru = clock.new("struct kiln_bench_rusage")
local function faults() -- RUSAGE_SELF: all of the process's threads
  assert(clock.C.getrusage(0, ru) == 0, "getrusage failed")
  return tonumber(ru.minflt) + tonumber(ru.majflt)
end
-- Warm-up (untimed, in all three contenders): the JIT compiles the loops
-- and the maps reach their size once, as in a running engine. Here it runs
-- in passes shaped like the timed part (n items, a pump every 256, then a
-- drain): at least three, and until the main state's GC has finished two
-- cycles. Before that, every byte of garbage lands on pages the process
-- touches for the first time, and each burst that queues deeper than the
-- ones before grows the item, tile and map memory to the new depth (which
-- varies from burst to burst), so the timed part would count a start-up's
-- page faults, not a running engine's. (The C pool warms with three bursts
-- of the same shape. luv keeps its 2,000 items and reports no faults.)
local WARM_MAX = 400000
local warm, cycles = 0, 0
local probe = setmetatable({}, { __mode = "k" }) -- emptied by each GC cycle
probe[{}] = true
local opts, pump_opts = { args = 0 }, { max_ms = 0.5 }
-- One pass: n items named by ks, a pump every 256, then a drain. The
-- warm-up and the timed part run this one function, so the timed part
-- finds its loop compiled, as in a running engine (a loop of its own cost
-- the timed part a trace recording and compilation, about 1-2 ms: 0.1-0.2
-- us an item at 10,000 items). The C pool's warm-up also runs its timed
-- function. A reused options table lets the loop run faster, and so queue
-- deeper, than a new table per call would.
local function pass(ks)
  if fresh then
    for i = 1, n do
      rt:enqueue(mode, ks[i], { args = i })
      if i % 256 == 0 then rt:pump(pump_opts) end
      if i % 1000 == 0 and next(probe) == nil then cycles = cycles + 1; probe[{}] = true end
    end
  else
    for i = 1, n do
      opts.args = i
      rt:enqueue(mode, ks[i], opts)
      if i % 256 == 0 then rt:pump(pump_opts) end
      if i % 1000 == 0 and next(probe) == nil then cycles = cycles + 1; probe[{}] = true end
    end
  end
  return rt:drain(120)
end
repeat
  local wkeys = {} -- made before the pass, as keys is before the timed one
  for i = 1, n do wkeys[i] = "warm/" .. (warm + i) end
  assert(pass(wkeys), "warm-up drain timed out")
  warm = warm + n
until (cycles >= 2 and warm >= 5 * n) or warm >= WARM_MAX
-- KILN_BENCH_PERF_CTL names a `perf record --control fifo:` file: the
-- profile then covers the timed part alone.
local perf_ctl = os.getenv("KILN_BENCH_PERF_CTL")
local function perf(cmd)
  if perf_ctl then local f = assert(io.open(perf_ctl, "w")); f:write(cmd, "\n"); f:close() end
end
perf("enable")
local f0, t0 = faults(), now()
local c0, m0 = cpu()
assert(pass(keys), "drain timed out")
local t1, f1 = now(), faults()
local c1, m1 = cpu()
perf("disable")
local s = rt:stats()
assert(s.completed == n + warm, "completed " .. s.completed)
print(string.format("items_per_s %.0f", n / (t1 - t0)))
print(string.format("faults_per_1k %.2f", (f1 - f0) * 1000 / n))
print(string.format("cpu_us_per_item %.3f", (c1 - c0) * 1e6 / n))
print(string.format("main_us_per_item %.3f", (m1 - m0) * 1e6 / n))
print(string.format("warmup_items %d", warm))
-- The results waiting for apply at their highest (kiln.runtime's
-- backlog_bytes, 16 MiB by default), and how often workers stopped there.
print(string.format("backlog_peak_kib %.0f", s.backlog.peak / 1024))
print(string.format("backlog_holds %d", s.backlog.holds))
rt:close()
