-- Bake efficiency: ITEMS items of MS ms of compute each (CPU time) on
-- WORKERS workers while a 60 fps render loop pumps with max_ms = 2, against
-- the ideal ITEMS x MS / WORKERS. Also the render thread's CPU time per
-- frame spent in kiln (enqueue and pump). Median of RUNS, with the range.
-- usage: build/kiln tests/bench/bake_efficiency.lua [items] [ms] [runs] [workers]
local kiln = require "kiln"
local ffi = require "ffi"
local ITEMS, MS = tonumber(arg[1] or 4096), tonumber(arg[2] or 1)
local RUNS, WORKERS = tonumber(arg[3] or 3), tonumber(arg[4] or 2)
pcall(ffi.cdef, "struct bake_ts { long s, ns; }; int clock_gettime(int, struct bake_ts *); int usleep(unsigned int);")
local ts = ffi.new("long[2]")
local function cpu_ms()
  ffi.C.clock_gettime(3, ffi.cast("void *", ts)) -- this thread's CPU time
  return tonumber(ts[0]) * 1000 + tonumber(ts[1]) / 1e6
end

local function run()
  local rt = kiln.runtime { workers = WORKERS, gpu_backend = "none" }
  rt:load("tests/bench/bake_types.lua")
  for i = 1, 64 do rt:enqueue("spin", "warm" .. i, { args = MS }) end -- JIT and states warm
  assert(rt:drain(60))
  local base = rt:stats().completed
  local t0, c0 = kiln._now(), cpu_ms()
  for i = 1, ITEMS do rt:enqueue("spin", "k" .. i, { args = MS }) end
  local in_kiln, frames = cpu_ms() - c0, 0
  local frame_s = 1 / 60
  local next_frame = t0
  while true do
    local c1 = cpu_ms()
    rt:pump { max_ms = 2 }
    in_kiln = in_kiln + cpu_ms() - c1
    frames = frames + 1
    if rt:stats().completed - base >= ITEMS then break end
    next_frame = next_frame + frame_s
    local wait = next_frame - kiln._now()
    if wait > 0 then ffi.C.usleep(math.floor(wait * 1e6)) else next_frame = kiln._now() end
    assert(kiln._now() - t0 < 120, "bake took over 120 s")
  end
  local secs = kiln._now() - t0
  rt:close()
  return secs, in_kiln / frames, frames
end

local stats = require "tests.bench.stats"

local ideal = ITEMS * MS / 1000 / WORKERS
local ratios, per_frame, secs_l = {}, {}, {}
for r = 1, RUNS do
  local secs, pf = run()
  secs_l[r], ratios[r], per_frame[r] = secs, secs / ideal, pf
end
local rm, rlo, rhi = stats.spread(ratios)
local pm, plo, phi = stats.spread(per_frame)
print(("bake: %d items of %g ms CPU on %d workers, 60 fps render loop pumping with max_ms = 2, median of %d"):format(
  ITEMS, MS, WORKERS, RUNS))
print(("bake: %.3f s against the ideal %.3f s: %.3fx (runs %.3f-%.3fx, target <= 1.05x%s)"):format(
  stats.median(secs_l), ideal, rm, rlo, rhi, rm <= 1.05 and "" or ": MISSED"))
print(("bake: render thread CPU in kiln (enqueue + pump) %.3f ms a frame (runs %.3f-%.3f)"):format(pm, plo, phi))
