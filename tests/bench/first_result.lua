-- First-result latency with a deep queue: the time from enqueueing a burst
-- of ITEMS items (MS ms each, one worker) to the first apply, against one
-- item's time measured alone in the same run. A worker batches quick
-- items; results must still reach rt:pump as each item ends. Two cases:
-- a queue of slow items, and slow items queued behind quick ones of the
-- same type (the worker has learned the type is quick and batches it).
-- usage: build/kiln tests/bench/first_result.lua [items] [ms] [runs]
local kiln = require "kiln"
local ITEMS, MS, RUNS = tonumber(arg[1] or 64), tonumber(arg[2] or 20), tonumber(arg[3] or 5)

local function first_apply(quick_first, n)
  local rt = kiln.runtime { workers = 1, gpu_backend = "none" }
  rt:load("tests/bench/latency_types.lua")
  if quick_first then
    for i = 1, 64 do rt:enqueue("timed", "q" .. i, { args = 0 }) end
    assert(rt:drain(60))
    for i = 1, 64 do rt:enqueue("timed", "q2-" .. i, { args = 0 }) end
  end
  _G.first = nil
  local t0 = kiln._now()
  for i = 1, n do rt:enqueue("timed", "s" .. i, { args = MS }) end
  -- Quick items queued ahead are applied first: wait for the first slow one.
  while rt:state("timed", "s1") ~= "applied" do
    rt:pump()
    rt:wait("timed", "s1", 0.001)
  end
  local dt = kiln._now() - t0
  rt:close { cancel = true }
  return dt
end

local median = require("tests.bench.stats").median

local base, deep, mixed = {}, {}, {}
for r = 1, RUNS do
  base[r] = first_apply(false, 1)
  deep[r] = first_apply(false, ITEMS)
  mixed[r] = first_apply(true, ITEMS)
end
local function line(label, t)
  local ratios = {}
  for i = 1, #t do ratios[i] = t[i] / base[i] end
  table.sort(ratios)
  print(string.format("%-34s first result %6.1f ms = %.2fx one item (spread %.2f-%.2fx, target <= 1.5x)",
    label, median(t) * 1e3, median(ratios), ratios[1], ratios[#ratios]))
end
print(string.format("one %d ms item alone: first result %.1f ms (median of %d)", MS, median(base) * 1e3, RUNS))
line(ITEMS .. " queued slow items", deep)
line(ITEMS .. " slow items behind quick ones", mixed)
