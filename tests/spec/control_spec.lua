-- Issue 12, per-key control: rt:state, rt:cancel (queued, parked, running,
-- unapplied), rt:wait, per-item publishing, pause, bump_session { requeue },
-- max_concurrency, honest in_flight and per-type counters.
local kiln = require "kiln"
local H = require "helpers"
local gate_path, open_gate, assert_invariant, state_is = H.gate_path, H.open_gate, H.assert_invariant, H.state_is

local FIX = "tests/spec/fixtures/control_types.lua"

local function new_rt(opts)
  opts = opts or {}
  opts.gpu_backend = opts.gpu_backend or "none"
  opts.cache_dir = opts.cache_dir or H.tmpdir()
  local rt = kiln.runtime(opts)
  rt:load(FIX)
  return rt
end

before_each(function()
  _G.applied, _G.sessions, _G.values, _G.spans, _G.saw_cancel = nil, nil, nil, nil, nil
end)

describe("rt:state", function()
  it("follows a key from queued to running, waiting_apply and applied", function()
    local rt = new_rt { workers = 1 }
    local gate = gate_path()
    assert.are.equal("unknown", rt:state("gated", "a"))
    rt:enqueue("gated", "a", { args = { gate = gate } })
    rt:enqueue("gated", "b", { args = { gate = gate } })
    assert.is_true(state_is(rt, "gated", "a", "running"))
    assert.are.equal("queued", rt:state("gated", "b"))
    open_gate(gate)
    -- No pump: the result waits for the render thread.
    assert.is_true(state_is(rt, "gated", "a", "waiting_apply"))
    assert.are.equal("applied", rt:wait("gated", "b", 10))
    assert.are.equal("applied", rt:state("gated", "a"))
    rt:enqueue("failing", "x")
    assert.are.equal("failed", rt:wait("failing", "x", 10))
    assert.are.equal("failed", rt:state("failing", "x"))
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("says deferred for an item parked on its disk token", function()
    local rt = new_rt { workers = 2, disk_slots = 1 }
    local gate = gate_path()
    rt:enqueue("gated_disk", "holder", { args = { gate = gate } })
    assert.is_true(state_is(rt, "gated_disk", "holder", "running"))
    rt:enqueue("gated_disk", "parked")
    assert.is_true(state_is(rt, "gated_disk", "parked", "deferred"))
    open_gate(gate)
    assert.is_true(rt:drain(20))
    assert.are.equal("applied", rt:state("gated_disk", "parked"))
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("rt:wait sees its key's outcome even when a burst pushes it out of the recent outcomes", function()
    local rt = new_rt { workers = 1, recent_keys = 8 }
    rt:pause() -- everything finishes in one burst, then one pump applies it all
    for i = 1, 40 do rt:enqueue("quick", "k" .. i) end
    rt:resume()
    assert.is_true(H.wait_until(function() return rt:stats().waiting_apply == 40 end))
    assert.are.equal("applied", rt:wait("quick", "k1", 10))
    assert.are.equal("unknown", rt:state("quick", "k1")) -- forgotten by now
    assert.is_true(rt:close())
  end)

  it("remembers only the most recent outcomes (recent_keys)", function()
    local rt = new_rt { workers = 1, recent_keys = 8 }
    for i = 1, 20 do rt:enqueue("quick", "k" .. i) end
    assert.is_true(rt:drain(10))
    assert.are.equal("applied", rt:state("quick", "k20"))
    assert.are.equal("unknown", rt:state("quick", "k1"))
    assert.is_true(rt:close())
  end)

  it("refuses bad arguments with the call's name", function()
    local rt = new_rt()
    assert.has_error(function() rt:state("nope", "k") end,
      "rt:state: unknown type 'nope' (types: capped, capped2, failing, flip, gated, gated_disk, quick, sleepy)")
    assert.has_error(function() rt:state("quick", 5) end, "rt:state('quick'): key must be a string, got number")
    assert.has_error(function() rt:cancel("quick") end, "rt:cancel('quick'): key must be a string, got nil")
    assert.has_error(function() rt:wait("quick", "k", 0 / 0) end,
      "rt:wait('quick', 'k'): timeout must be a number of seconds from 0 to 1e9, got nan")
    assert.has_error(function() rt:wait("quick", "k") end,
      "rt:wait('quick', 'k'): timeout must be a number of seconds from 0 to 1e9, got nil")
    assert.is_true(rt:close())
    assert.has_error(function() rt:state("quick", "k") end, "rt:state: the runtime is closed")
    assert.has_error(function() rt:pause() end, "rt:pause: the runtime is closed")
    assert.is_false(rt:paused())
  end)
end)

describe("rt:cancel", function()
  it("drops a queued item: its apply never runs, counted canceled", function()
    local rt = new_rt { workers = 1 }
    local gate = gate_path()
    rt:enqueue("gated", "run", { args = { gate = gate } })
    assert.is_true(state_is(rt, "gated", "run", "running"))
    rt:enqueue("gated", "victim", { args = { gate = gate } })
    assert.are.equal("dequeued", rt:cancel("gated", "victim"))
    assert.are.equal("unknown", rt:state("gated", "victim"))
    assert.is_false(rt:cancel("gated", "victim"))
    open_gate(gate)
    assert.is_true(rt:drain(10))
    assert.are.same({ "run" }, _G.applied)
    local s = assert_invariant(rt)
    assert.are.equal(1, s.canceled)
    assert.are.equal(1, s.types.gated.canceled)
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("drops a parked item and gives nothing away", function()
    local rt = new_rt { workers = 2, disk_slots = 1 }
    local gate = gate_path()
    rt:enqueue("gated_disk", "holder", { args = { gate = gate } })
    assert.is_true(state_is(rt, "gated_disk", "holder", "running"))
    rt:enqueue("gated_disk", "parked")
    assert.is_true(state_is(rt, "gated_disk", "parked", "deferred"))
    assert.are.equal("dequeued", rt:cancel("gated_disk", "parked"))
    open_gate(gate)
    assert.is_true(rt:drain(20))
    assert.are.same({ "holder" }, _G.applied)
    local s = assert_invariant(rt)
    assert.are.equal(1, s.canceled)
    assert.are.equal(0, s.disk_tokens.used)
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("marks a running item: ctx:canceled() turns true and its result is dropped", function()
    local rt = new_rt { workers = 1 }
    rt:enqueue("gated", "long", { args = { gate = gate_path() } }) -- never opened
    assert.is_true(state_is(rt, "gated", "long", "running"))
    rt:enqueue("gated", "long", { args = { gate = "/nonexistent/never" } }) -- a rerun behind it
    assert.are.equal("canceling", rt:cancel("gated", "long"))
    assert.is_true(rt:drain(10))
    assert.is_nil(_G.applied)
    local s = assert_invariant(rt)
    assert.are.equal(2, s.canceled) -- the run and its queued rerun
    assert.are.equal("unknown", rt:state("gated", "long"))
    assert.is_true(rt:close())
  end)

  it("drops a result that waits for apply", function()
    local rt = new_rt { workers = 1 }
    rt:enqueue("quick", "done")
    assert.is_true(state_is(rt, "quick", "done", "waiting_apply"))
    assert.are.equal("unapplied", rt:cancel("quick", "done"))
    assert.is_true(rt:drain(10))
    assert.is_nil(_G.applied)
    assert.are.equal(1, assert_invariant(rt).canceled)
    assert.is_true(rt:close())
  end)

  it("is harmless on a key nobody enqueued, and after close reports the runtime closed", function()
    local rt = new_rt()
    assert.is_false(rt:cancel("quick", "never"))
    assert.is_true(rt:close())
    assert.has_error(function() rt:cancel("quick", "never") end, "rt:cancel: the runtime is closed")
  end)
end)

describe("rt:wait", function()
  it("returns the state reached by the deadline, and unknown for a key that is nowhere", function()
    local rt = new_rt { workers = 1 }
    local gate = gate_path()
    assert.are.equal("unknown", rt:wait("gated", "nowhere", 1))
    rt:enqueue("gated", "slow", { args = { gate = gate } })
    assert.are.equal("running", rt:wait("gated", "slow", 0.1))
    open_gate(gate)
    assert.are.equal("applied", rt:wait("gated", "slow", 10))
    assert.is_true(rt:close())
    os.remove(gate)
  end)
end)

describe("per-item results", function()
  it("reach rt:pump as each item finishes, even inside a batch of a quick type", function()
    local rt = new_rt { workers = 1 }
    -- Quick items first: the worker learns the type is quick and batches it.
    for i = 1, 40 do rt:enqueue("flip", "q" .. i) end
    for i = 1, 8 do rt:enqueue("flip", "s" .. i) end
    assert.are.equal("applied", rt:wait("flip", "s1", 20))
    -- s2 came in the same batch and takes 50 ms more: had s1's result
    -- waited for the batch (or for the next item), s2 would be done too.
    local s2 = rt:state("flip", "s2")
    assert.is_true(s2 == "running" or s2 == "queued", "s2 is " .. s2)
    assert.is_true(rt:drain(20))
    assert.is_true(rt:close())
  end)

  it("in_flight counts running items only, never more than the workers", function()
    local rt = new_rt { workers = 2 }
    for i = 1, 3000 do rt:enqueue("quick", "k" .. i) end
    local worst = 0
    for _ = 1, 200 do
      local s = rt:stats()
      if s.in_flight > worst then worst = s.in_flight end
      rt:pump()
      if s.completed == 3000 then break end
    end
    assert.is_true(rt:drain(20))
    assert.is_true(worst <= 2, "in_flight reached " .. worst)
    assert.is_true(rt:close())
  end)
end)

describe("rt:pause", function()
  it("stops admission during a burst; resume finishes everything", function()
    local rt = new_rt { workers = 2 }
    for i = 1, 300 do rt:enqueue("sleepy", "k" .. i, { args = { ms = 1 } }) end
    assert.is_true(H.wait_until(function() rt:pump() return rt:stats().completed >= 20 end))
    rt:pause()
    assert.is_true(rt:paused())
    -- Running items finish; after that nothing is admitted.
    assert.is_true(H.wait_until(function() rt:pump() return rt:stats().in_flight == 0 end))
    local before = rt:stats()
    assert.is_true(before.queued > 0)
    for _ = 1, 10 do
      os.execute("sleep 0.02")
      rt:pump()
      local s = rt:stats()
      assert.are.equal(before.queued, s.queued)
      assert.are.equal(0, s.in_flight)
    end
    assert.has_error(function() rt:drain(1) end, "rt:drain: the runtime is paused (call rt:resume() first)")
    -- A new enqueue while paused is queued, not run.
    rt:enqueue("quick", "late")
    assert.are.equal("queued", rt:wait("quick", "late", 0.05))
    rt:resume()
    assert.is_false(rt:paused())
    assert.is_true(rt:drain(30))
    local s = assert_invariant(rt)
    assert.are.equal(301, s.completed)
    assert.is_true(rt:close())
  end)

  it("rt:drain returns at once when a bump left only stale work (it once waited forever)", function()
    local rt = new_rt { workers = 1 }
    for round = 1, 3 do
      rt:enqueue("quick", "warm" .. round)
      assert.is_true(rt:drain(10))
      os.execute("sleep 0.01") -- the worker lingers, then sleeps idle
      rt:pause()
      for i = 1, 50 do rt:enqueue("quick", "s" .. round .. "/" .. i) end
      rt:bump_session()
      rt:resume()
      local t0 = kiln._now()
      assert.is_true(rt:drain(20))
      assert.is_true(kiln._now() - t0 < 10, "drain waited for its deadline, not the dropped items")
    end
    local s = assert_invariant(rt)
    assert.are.equal(150, s.stale_dropped)
    assert.is_true(rt:close())
  end)

  it("close finishes work queued while paused", function()
    local rt = new_rt { workers = 1 }
    rt:pause()
    for i = 1, 5 do rt:enqueue("quick", "k" .. i) end
    assert.is_true(rt:close())
    local s = assert_invariant(rt)
    assert.are.equal(5, s.completed + s.canceled)
  end)
end)

describe("bump_session { requeue = true }", function()
  it("runs queued items in the new session and drops the running one", function()
    local rt = new_rt { workers = 1 }
    local gate = gate_path()
    rt:enqueue("gated", "running", { args = { gate = gate } })
    assert.is_true(state_is(rt, "gated", "running", "running"))
    rt:enqueue("gated", "q1")
    rt:enqueue("gated", "q2")
    local s2 = rt:bump_session { requeue = true }
    open_gate(gate)
    assert.is_true(rt:drain(10))
    assert.are.same({ "q1", "q2" }, _G.applied)
    assert.are.equal(s2, _G.sessions.q1)
    assert.are.equal(s2, _G.values.q2.session)
    local s = assert_invariant(rt)
    assert.are.equal(1, s.stale_dropped)
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("a plain bump after a requeue still drops what is queued", function()
    local rt = new_rt { workers = 1 }
    local gate = gate_path()
    rt:enqueue("gated", "running", { args = { gate = gate } })
    assert.is_true(state_is(rt, "gated", "running", "running"))
    rt:enqueue("gated", "q1")
    rt:bump_session { requeue = true }
    rt:bump_session()
    open_gate(gate)
    assert.is_true(rt:drain(10))
    assert.is_nil(_G.applied)
    assert.are.equal(2, assert_invariant(rt).stale_dropped)
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("refuses unknown options", function()
    local rt = new_rt()
    assert.has_error(function() rt:bump_session { requeue = "yes" } end,
      "rt:bump_session: option 'requeue' must be a boolean, got string")
    assert.has_error(function() rt:bump_session { keep = true } end)
    assert.is_true(rt:close())
  end)
end)

describe("max_concurrency", function()
  local function max_overlap(spans)
    local ev = {}
    for _, s in ipairs(spans) do
      ev[#ev + 1] = { s.t0, 1 }
      ev[#ev + 1] = { s.t1, -1 }
    end
    table.sort(ev, function(a, b) return a[1] < b[1] or a[1] == b[1] and a[2] < b[2] end)
    local cur, worst = 0, 0
    for _, e in ipairs(ev) do
      cur = cur + e[2]
      if cur > worst then worst = cur end
    end
    return worst
  end

  it("caps a type's running items without starving the others", function()
    local rt = new_rt { workers = 3 }
    for i = 1, 12 do rt:enqueue("capped", "c" .. i, { args = { ms = 20 } }) end
    for i = 1, 12 do rt:enqueue("capped2", "d" .. i, { args = { ms = 10 } }) end
    for i = 1, 30 do rt:enqueue("quick", "q" .. i) end
    -- The quick type finishes while the capped one still has a queue.
    assert.are.equal("applied", rt:wait("quick", "q30", 10))
    assert.are_not.equal("applied", rt:state("capped", "c12"))
    assert.is_true(rt:drain(30))
    assert.are.equal(1, max_overlap(_G.spans.capped))
    assert.is_true(max_overlap(_G.spans.capped2) <= 2)
    assert_invariant(rt)
    assert.is_true(rt:close())
  end)
end)

describe("per-type counters", function()
  it("add up for every way an item can end", function()
    local rt = new_rt { workers = 2 }
    for i = 1, 50 do rt:enqueue("quick", "k" .. (i % 20)) end -- some coalesce
    for i = 1, 5 do rt:enqueue("failing", "f" .. i) end
    rt:enqueue("sleepy", "s", { args = { ms = 50 } })
    assert.is_true(state_is(rt, "sleepy", "s", "running"))
    rt:bump_session()
    assert.is_true(rt:drain(20))
    local s = assert_invariant(rt)
    assert.are.equal(5, s.types.failing.failed)
    assert.are.equal(1, s.types.sleepy.stale_dropped)
    assert.are.equal(50, s.types.quick.enqueued)
    assert.is_true(rt:close())
  end)
end)
