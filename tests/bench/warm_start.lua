-- Warm start: N items served from the cache against the same items
-- recomputed (compute >= 0.5 ms each), in the same run.
-- usage: build/kiln tests/bench/warm_start.lua [N] [workers]
local kiln = require "kiln"
local n, workers = tonumber(arg[1] or 4096), tonumber(arg[2] or 2)
local dir = os.tmpname()
os.remove(dir)

local function run(label)
  local rt = kiln.runtime { workers = workers, cache_dir = dir, durability = "rename" }
  rt:load("tests/bench/warm_types.lua")
  local t0 = kiln._now()
  local cached = 0
  for i = 1, n do
    if rt:enqueue("warm_tile", "tile/" .. i, { args = i }) == "cached" then cached = cached + 1 end
  end
  assert(rt:drain(600), "drain timed out")
  local secs = kiln._now() - t0
  local s = rt:stats()
  assert(s.failed == 0, "failures: " .. s.failed)
  rt:close()
  print(string.format("%-10s %5d items in %7.3f s  (%8.0f items/s, %d served from cache)", label, n,
    secs, n / secs, s.cache_hits))
  return secs, s.cache_hits
end

local cold = run("computed")
local warm, hits = run("cached")
assert(hits == n, "expected every item from the cache, got " .. hits)
print(string.format("warm start: cached/computed = %.1fx (target >= 5x)", cold / warm))
os.execute("rm -rf '" .. dir .. "'")
