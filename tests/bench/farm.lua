-- make bench: a distributed bake (kiln bake --queue + kiln worker) over a
-- private redis-server on loopback, with 1 and then 2 worker processes of
-- one thread each, on compute-bound items (farm_spin: a busy loop).
-- Also times a plain `kiln bake --workers 1` (no queue) of the same items.
-- Prints the wall time of each (the planner's, from the first job queued
-- to the last reported) and the ratio against the compute-bound limit:
-- min(2, cores) (the planner, Redis and the workers' own overhead share
-- the same cores).
--   build/kiln tests/bench/farm.lua [ITEMS=400] [SPIN_MS=4] [RUNS=3]
package.path = "tests/spec/?.lua;" .. package.path
local kiln = require "kiln"
local redis_server = require "redis_server"
local ffi = require "ffi"
pcall(ffi.cdef, "long sysconf(int name);")

local N = tonumber(arg and arg[1]) or 400
local SPIN = tonumber(arg and arg[2]) or 4
local RUNS = tonumber(arg and arg[3]) or 3
local BUILD = os.getenv("BUILD") or "build"
local KILN = BUILD .. "/kiln"
local FIX = "tests/spec/fixtures/farm_types.lua"
local cores = tonumber(ffi.C.sysconf(84)) or 1 -- _SC_NPROCESSORS_ONLN

local tmpdir = require("helpers").tmpdir

local server = assert(redis_server.start())
local seq = 0
local function one(nworkers)
  seq = seq + 1
  local name = "bench" .. seq
  local queue = server:queue(name)
  local dir = tmpdir()
  local pids = {}
  for i = 1, nworkers do
    local p = io.popen(("FARM_SPIN_MS=%g %s worker --queue %s --cache %s/c%d --workers 1 --idle-exit 1 "
      .. "--block-ms 100 --name b%d %s >%s/w%d.log 2>&1 & echo $!"):format(SPIN, KILN, queue, dir, i, i, FIX, dir, i))
    pids[#pids + 1] = tonumber(p:read("*a"))
    p:close()
  end
  -- Workers are up (registered) before the clock starts.
  local c = kiln.redis { host = "127.0.0.1", port = server.port }
  local t_end = kiln._now() + 10
  while (c:call("HLEN", name .. ":workers") or 0) < nworkers and kiln._now() < t_end do os.execute("sleep 0.02") end
  c:close()
  local p = io.popen(("%s bake %s --type farm_spin --range 1..%d --queue %s --cache %s/p --timeout 120 2>&1"):format(
    KILN, FIX, N, queue, dir))
  local out = p:read("*a")
  p:close()
  local secs = tonumber(out:match("in ([%d.]+) s"))
  if not secs then error("the planner failed: " .. out) end
  for _, pid in ipairs(pids) do os.execute("kill " .. pid .. " 2>/dev/null") end
  os.execute("rm -rf " .. dir)
  return secs
end

-- The same bake on one machine, one thread, no queue: the farm's overhead.
local function local_bake()
  local dir = tmpdir()
  local p = io.popen(("FARM_SPIN_MS=%g %s bake %s --type farm_spin --range 1..%d --workers 1 --cache %s/c 2>&1"):format(
    SPIN, KILN, FIX, N, dir))
  local out = p:read("*a")
  p:close()
  os.execute("rm -rf " .. dir)
  return tonumber(out:match("in ([%d.]+) s")) or error("kiln bake failed: " .. out)
end

local median = require("tests.bench.stats").median

local ok, err = pcall(function()
  local t0, t1, t2 = {}, {}, {}
  for _ = 1, RUNS do
    t0[#t0 + 1] = local_bake()
    t1[#t1 + 1] = one(1)
    t2[#t2 + 1] = one(2)
  end
  local l, a, b = median(t0), median(t1), median(t2)
  local limit = math.min(2, cores)
  print(("farm: %d items of %g ms compute, worker processes of 1 thread, median of %d"):format(N, SPIN, RUNS))
  print(("farm: 1 worker %.2f s (%.0f items/s)   2 workers %.2f s (%.0f items/s)"):format(a, N / a, b, N / b))
  print(("farm: 1 worker / kiln bake --workers 1 without a queue (%.2f s) = %.2fx"):format(l, l / a))
  print(("farm: 2 workers / 1 worker = %.2fx (compute-bound limit %.2fx: %d core(s); ideal item rate %.0f/s per worker)"):format(
    a / b, limit, cores, 1000 / SPIN))
end)
server:stop()
if not ok then error(err, 0) end
