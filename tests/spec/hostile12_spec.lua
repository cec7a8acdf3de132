-- Hostile tests for issue 12: per-key control (state, cancel, wait, pause,
-- requeue bumps, max_concurrency) and the self-managing cache (write_disk
-- to other keys/types, rt:store, evict, clear, size cap, healing loads,
-- per-type stats, `kiln cache prune|stats`).
local kiln = require "kiln"
local H = require "helpers"
local q, gate_path, open_gate, files_in, assert_invariant, state_is = H.q, H.gate_path, H.open_gate, H.files_in, H.assert_invariant, H.state_is

local FIX = "tests/spec/fixtures/"
local BUILD = os.getenv("BUILD") or "build"
local BIN = BUILD .. "/kiln"
local TARGET_SRC = io.open(FIX .. "h12_target_v1.lua"):read("*a")

local opened = {}

local function new_rt(opts)
  opts = opts or {}
  opts.gpu_backend = opts.gpu_backend or "none"
  opts.cache_dir = opts.cache_dir or H.tmpdir()
  opts.durability = opts.durability or "rename"
  local rt = kiln.runtime(opts)
  opened[#opened + 1] = rt
  rt:load_string(TARGET_SRC, "h12_target")
  rt:load(FIX .. "h12_types.lua")
  return rt, opts.cache_dir
end

before_each(function()
  _G.h12_applied, _G.h12_count, _G.h12_sessions, _G.h12_apply_hook, _G.h12_error_hook,
    _G.h12_spans, _G.h12_target = nil, nil, nil, nil, nil, nil, nil
end)

after_each(function()
  for i = #opened, 1, -1 do
    local rt = opened[i]
    if not rt._closed then pcall(rt.resume, rt); pcall(rt.close, rt, { cancel = true, timeout_s = 2 }) end
    opened[i] = nil
  end
end)

-- ---------------------------------------------------------------- cancel

describe("h12 cancel at the worst moments", function()
  it("cancel of the key being applied, from inside its own apply, is false and changes nothing", function()
    local rt = new_rt { workers = 1 }
    local res
    _G.h12_apply_hook = function(ctx, key) if key == "a" then res = rt:cancel("hq", "a") end end
    rt:enqueue("hq", "a")
    assert.are.equal("applied", rt:wait("hq", "a", 4))
    assert.are.equal(false, res)
    assert.are.equal(1, _G.h12_count["hq:a"])
    assert.are.equal("applied", rt:state("hq", "a"))
    local s = assert_invariant(rt)
    assert.are.equal(1, s.completed)
    assert.are.equal(0, s.canceled)
    assert.is_true(rt:close())
  end)

  it("cancel of another key's waiting result from inside apply drops it exactly once", function()
    local rt = new_rt { workers = 1 }
    local res
    _G.h12_apply_hook = function(ctx, key) if key == "a" then res = rt:cancel("hq", "b") end end
    rt:enqueue("hq", "a")
    rt:enqueue("hq", "b")
    assert.is_true(state_is(rt, "hq", "b", "waiting_apply"))
    assert.is_true(rt:drain(4))
    assert.are.equal("unapplied", res)
    assert.is_nil(_G.h12_count["hq:b"])
    local s = assert_invariant(rt)
    assert.are.equal(1, s.canceled)
    assert.are.equal(1, s.completed)
    assert.is_true(rt:close())
  end)

  it("cancel of the failing key from inside on_error is false and the item counts once as failed", function()
    local rt = new_rt { workers = 1 }
    local res = "not called"
    _G.h12_error_hook = function(err) res = rt:cancel("hfail", err.key) end
    rt:enqueue("hfail", "x")
    assert.are.equal("failed", rt:wait("hfail", "x", 4))
    assert.are.equal(false, res)
    local s = assert_invariant(rt)
    assert.are.equal(1, s.failed)
    assert.are.equal(0, s.canceled)
    assert.is_true(rt:close())
  end)

  it("a second cancel of a running item reports nothing left to cancel (as rt:state says unknown)", function()
    local rt = new_rt { workers = 1 }
    rt:enqueue("hg", "long", { args = { gate = gate_path() } })
    assert.is_true(state_is(rt, "hg", "long", "running"))
    assert.are.equal("canceling", rt:cancel("hg", "long"))
    assert.are.equal("unknown", rt:state("hg", "long"))
    assert.are.equal(false, rt:cancel("hg", "long"))
    assert.is_true(rt:drain(4))
    assert.are.equal(1, assert_invariant(rt).canceled)
    assert.is_true(rt:close())
  end)

  it("cancel of a running item then an immediate enqueue: the new one runs and is applied exactly once", function()
    local rt = new_rt { workers = 1 }
    local gate = gate_path()
    rt:enqueue("hg", "k", { args = { gate = gate_path() } }) -- never opened: only cancel ends it
    assert.is_true(state_is(rt, "hg", "k", "running"))
    assert.are.equal("canceling", rt:cancel("hg", "k"))
    open_gate(gate)
    assert.are.equal("queued", rt:enqueue("hg", "k", { args = { gate = gate } }))
    assert.are.equal("applied", rt:wait("hg", "k", 4))
    assert.is_true(rt:drain(4))
    assert.are.equal(1, _G.h12_count["hg:k"])
    local s = assert_invariant(rt)
    assert.are.equal(1, s.canceled)
    assert.are.equal(1, s.completed)
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("cancel of a running item with a queued rerun, then enqueue again: applied exactly once", function()
    local rt = new_rt { workers = 1 }
    local gate = gate_path()
    rt:enqueue("hg", "k", { args = { gate = gate_path() } })
    assert.is_true(state_is(rt, "hg", "k", "running"))
    rt:enqueue("hg", "k", { args = { gate = gate } }) -- rerun behind it
    assert.are.equal("canceling", rt:cancel("hg", "k"))
    open_gate(gate)
    rt:enqueue("hg", "k", { args = { gate = gate } })
    assert.are.equal("applied", rt:wait("hg", "k", 4))
    assert.is_true(rt:drain(4))
    assert.are.equal(1, _G.h12_count["hg:k"])
    local s = assert_invariant(rt)
    assert.are.equal(2, s.canceled)
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("cancel right after bump_session { requeue = true }, then enqueue again: runs once in the new session", function()
    local rt = new_rt { workers = 1 }
    local gate = gate_path()
    rt:enqueue("hg", "run", { args = { gate = gate } })
    assert.is_true(state_is(rt, "hg", "run", "running"))
    rt:enqueue("hg", "q1")
    rt:enqueue("hg", "q2")
    local s2 = rt:bump_session { requeue = true }
    assert.are.equal("dequeued", rt:cancel("hg", "q1"))
    assert.are.equal("queued", rt:enqueue("hg", "q1"))
    open_gate(gate)
    assert.is_true(rt:drain(4))
    assert.are.equal(1, _G.h12_count["hg:q1"])
    assert.are.equal(1, _G.h12_count["hg:q2"])
    assert.is_nil(_G.h12_count["hg:run"])
    assert.are.equal(s2, _G.h12_sessions["hg:q1"])
    local s = assert_invariant(rt)
    assert.are.equal(1, s.canceled)
    assert.are.equal(1, s.stale_dropped)
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("cancel of a key parked on disk tokens after a requeue bump frees the token for the next", function()
    local rt = new_rt { workers = 2, disk_slots = 1 }
    local gate = gate_path()
    rt:enqueue("hdisk", "holder", { args = { gate = gate } })
    assert.is_true(state_is(rt, "hdisk", "holder", "running"))
    rt:enqueue("hdisk", "p1")
    rt:enqueue("hdisk", "p2")
    assert.is_true(state_is(rt, "hdisk", "p1", "deferred"))
    -- p2 is queued until a worker tries it and finds no token.
    assert.is_true(state_is(rt, "hdisk", "p2", "deferred"))
    local s2 = rt:bump_session { requeue = true }
    assert.are.equal("deferred", rt:state("hdisk", "p2"))
    assert.are.equal("dequeued", rt:cancel("hdisk", "p1"))
    open_gate(gate)
    assert.is_true(rt:drain(4))
    assert.are.equal(1, _G.h12_count["hdisk:p2"])
    assert.are.equal(s2, _G.h12_sessions["hdisk:p2"])
    assert.is_nil(_G.h12_count["hdisk:p1"])
    local s = assert_invariant(rt)
    assert.are.equal(0, s.disk_tokens.used)
    assert.are.equal(1, s.stale_dropped)
    assert.is_true(rt:close())
    os.remove(gate)
  end)
end)

-- ----------------------------------------------------------------- pause

describe("h12 pause", function()
  it("pause inside apply: drain returns false, wait returns by its deadline, close finishes the rest", function()
    local rt = new_rt { workers = 1 }
    _G.h12_apply_hook = function(ctx, key) if key == "k1" then rt:pause() end end
    for i = 1, 5 do rt:enqueue("hq", "k" .. i) end
    local ok = rt:drain(3)
    assert.is_false(ok)
    assert.is_true(rt:paused())
    local t0 = kiln._now()
    local st = rt:wait("hq", "k5", 0.3)
    local took = kiln._now() - t0
    assert.is_true(took < 1.0, "wait took " .. took)
    assert.is_true(st == "queued" or st == "applied" or st == "waiting_apply", st)
    assert.is_true(rt:close())
    local s = assert_invariant(rt)
    assert.are.equal(5, s.completed + s.canceled)
  end)

  it("rt:wait on a paused runtime returns the state by the deadline", function()
    local rt = new_rt { workers = 1 }
    rt:pause()
    rt:enqueue("hq", "p")
    local t0 = kiln._now()
    assert.are.equal("queued", rt:wait("hq", "p", 0.2))
    assert.is_true(kiln._now() - t0 < 0.6)
    rt:resume()
    assert.are.equal("applied", rt:wait("hq", "p", 4))
    assert.is_true(rt:close())
  end)

  it("resume without pause and pause twice are harmless", function()
    local rt = new_rt { workers = 1 }
    rt:resume()
    assert.is_false(rt:paused())
    rt:pause(); rt:pause()
    rt:resume()
    assert.is_false(rt:paused())
    rt:enqueue("hq", "x")
    assert.are.equal("applied", rt:wait("hq", "x", 4))
    assert.is_true(rt:close())
    assert_invariant(rt)
  end)

  it("close { cancel = true } on a paused runtime drops the queue, counted canceled", function()
    local rt = new_rt { workers = 1 }
    rt:pause()
    for i = 1, 4 do rt:enqueue("hq", "k" .. i) end
    assert.is_true(rt:close { cancel = true })
    local s = assert_invariant(rt)
    assert.are.equal(4, s.canceled)
    assert.are.equal(4, s.types.hq.canceled)
  end)
end)

-- ------------------------------------------------------ wait / GPU / stats

describe("h12 rt:wait with a GPU type (null backend)", function()
  it("returns applied for an item that staged an upload", function()
    local rt = kiln.runtime { workers = 1, gpu_backend = "null", ring_bytes = 2 ^ 16 }
    opened[#opened + 1] = rt
    rt:load_string([[
      local kiln = require "kiln"
      kiln.artifact { name = "hgpu", outputs = { gpu = true }, gpu_bytes = 1024,
        compute = function(ctx, key) return kiln.buffer(16 * 16 * 4) end,
        output = function(ctx, key, v)
          ctx:stage_texture { texture = "t", x = 0, y = 0, w = 16, h = 16, data = v }
        end,
        apply = function(ctx, key, v) _G.h12_gpu = (_G.h12_gpu or 0) + 1 end }
    ]], "h12_gpu")
    rt:texture { name = "t", width = 16, height = 16 }
    _G.h12_gpu = nil
    rt:enqueue("hgpu", "g")
    assert.are.equal("applied", rt:wait("hgpu", "g", 4))
    assert.are.equal(1, _G.h12_gpu)
    assert.is_true(rt:drain(4))
    assert_invariant(rt)
    assert.is_true(rt:close())
  end)
end)

describe("h12 stats", function()
  it("are kept after close and still add up per type", function()
    local rt = new_rt { workers = 2 }
    for i = 1, 20 do rt:enqueue("hq", "k" .. (i % 7)) end
    rt:enqueue("hfail", "f")
    rt:pause()
    rt:enqueue("hq", "late")
    assert.is_true(rt:close())
    local s = assert_invariant(rt)
    assert.are.equal(21, s.types.hq.enqueued)
    assert.are.equal(1, s.types.hfail.failed)
  end)
end)

-- ------------------------------------------------------- max_concurrency

describe("h12 max_concurrency with disk tokens", function()
  it("a capped type that also needs disk tokens never runs two at once and never strands the queue", function()
    local rt = new_rt { workers = 3, disk_slots = 2 }
    for i = 1, 6 do rt:enqueue("hdcap", "c" .. i, { args = { ms = 5 } }) end
    for i = 1, 6 do rt:enqueue("hdisk", "d" .. i) end
    for i = 1, 10 do rt:enqueue("hq", "q" .. i) end
    assert.is_true(rt:drain(4))
    assert.are.equal(6, #_G.h12_spans)
    table.sort(_G.h12_spans, function(a, b) return a.t0 < b.t0 end)
    for i = 2, #_G.h12_spans do
      assert.is_true(_G.h12_spans[i].t0 >= _G.h12_spans[i - 1].t1, "two capped items overlapped")
    end
    local s = assert_invariant(rt)
    assert.are.equal(0, s.disk_tokens.used)
    assert.are.equal(22, s.completed)
    assert.is_true(rt:close())
  end)

  it("a capped item holding the slot while parked items of the same type wait: cancel and requeue keep it consistent", function()
    local rt = new_rt { workers = 3, disk_slots = 3 }
    local gate = gate_path()
    rt:enqueue("hdcap", "hold", { args = { gate = gate } })
    assert.is_true(state_is(rt, "hdcap", "hold", "running"))
    rt:enqueue("hdcap", "w1")
    rt:enqueue("hdcap", "w2")
    local st = rt:state("hdcap", "w1")
    assert.is_true(st == "queued" or st == "deferred", st)
    rt:bump_session { requeue = true }
    assert.are.equal("dequeued", rt:cancel("hdcap", "w1"))
    open_gate(gate)
    assert.is_true(rt:drain(4))
    assert.are.equal(1, _G.h12_count["hdcap:w2"])
    local s = assert_invariant(rt)
    assert.are.equal(0, s.disk_tokens.used)
    assert.is_true(rt:close())
    os.remove(gate)
  end)
end)

-- ------------------------------------------------------------ write_disk

describe("h12 ctx:write_disk hostile keys and types", function()
  it("refuses a 65537-byte key, naming the key's length and the limit", function()
    local rt = new_rt { workers = 1 }
    rt:enqueue("hwriter", "long", { args = { mode = "longkey", n = 65537 } })
    rt:enqueue("hwriter", "edge", { args = { mode = "longkey", n = 65536 } })
    assert.is_true(rt:drain(4))
    local e = H.errors_by_key(rt)
    assert.matches("ctx:write_disk: key of 65537 bytes is longer than the 65536 bytes a key may have",
      e.long and e.long.message or "no error", 1, true)
    assert.is_nil(e.edge)
    assert.is_true(rt:cached("hwriter", string.rep("k", 65536)))
    local s = assert_invariant(rt)
    assert.are.equal(1, s.failed)
    assert.are.equal(0, s.disk_tokens.used)
    assert.is_true(rt:close())
  end)

  it("stores a key with NUL bytes in another type, found again by lookup and after reopen", function()
    local rt, dir = new_rt { workers = 1 }
    rt:enqueue("hwriter", "n", { args = { mode = "nulkey" } })
    assert.is_true(rt:drain(4))
    assert.is_true(rt:cached("htarget", "a\0b"))
    assert.is_false(rt:cached("htarget", "a"))
    assert.is_true(rt:close())
    rt = new_rt { workers = 1, cache_dir = dir }
    assert.is_true(rt:cached("htarget", "a\0b"))
    assert.are.equal("cached", rt:enqueue("htarget", "a\0b"))
    assert.is_true(rt:drain(4))
    assert.are.equal("nul", _G.h12_target["a\0b"])
    assert.is_true(rt:close())
  end)

  it("{ key = ctx.key } is the item's own artifact: a second plain write is refused as a double write", function()
    local rt = new_rt { workers = 1 }
    rt:enqueue("hwriter", "own", { args = { mode = "ownkey" } })
    rt:enqueue("hwriter", "ot", { args = { mode = "owntype" } })
    assert.is_true(rt:drain(4))
    local e = H.errors_by_key(rt)
    assert.matches("ctx:write_disk: already", e.own and e.own.message or "no error")
    assert.matches("ctx:write_disk: already", e.ot and e.ot.message or "no error")
    local s = assert_invariant(rt)
    assert.are.equal(2, s.failed)
    assert.are.equal(0, s.disk_tokens.used)
    assert.is_true(rt:close())
  end)

  it("an empty key from write_disk { key = '' } is stored and readable (keys may be 0 bytes)", function()
    local rt = new_rt { workers = 1 }
    rt:enqueue("hwriter", "e", { args = { mode = "emptykey" } })
    assert.is_true(rt:drain(4))
    assert.are.same({}, rt:errors())
    assert.is_true(rt:cached("hwriter", ""))
    assert.is_true(rt:close())
  end)

  it("meta over 64 KiB fails the item with a message naming meta", function()
    local rt = new_rt { workers = 1 }
    rt:enqueue("hwriter", "bm", { args = { mode = "bigmeta" } })
    assert.is_true(rt:drain(4))
    local e = H.errors_by_key(rt).bm
    assert.is_not_nil(e)
    assert.matches("ctx:write_disk", e.message, 1, true)
    assert.matches("meta", e.message, 1, true)
    assert.are.equal(0, rt:stats().disk_tokens.used)
    assert_invariant(rt)
    assert.is_true(rt:close())
  end)

  it("write_disk to a type whose script was reloaded stores under the new identity", function()
    local rt = new_rt { workers = 2 }
    rt:enqueue("hwriter", "before", { args = { mode = "target" } })
    assert.is_true(rt:drain(4))
    assert.is_true(rt:cached("htarget", "before"))
    -- Reload the target's script with a change: its old artifacts are invalid.
    rt:load_string(TARGET_SRC .. "\n-- v2\n", "h12_target")
    assert.is_false(rt:cached("htarget", "before"))
    rt:enqueue("hwriter", "after", { args = { mode = "target" } })
    assert.is_true(rt:drain(4))
    assert.is_true(rt:cached("htarget", "after"))
    assert.are.equal("cached", rt:enqueue("htarget", "after"))
    assert.is_true(rt:drain(4))
    assert.are.equal("to after", _G.h12_target.after)
    assert.are.same({}, rt:errors())
    assert.is_true(rt:close())
  end)
end)

-- ---------------------------------------------------------------- store

describe("h12 rt:store", function()
  it("refuses a moved buffer, naming the call", function()
    local rt = new_rt()
    local b = kiln.buffer("abc")
    assert.is_true(rt:store("hbare", "k1", b))
    local ok, err = pcall(rt.store, rt, "hbare", "k2", b)
    assert.is_false(ok)
    assert.matches("rt:store('hbare', 'k2')", tostring(err), 1, true)
    assert.is_true(rt:drain(4))
    assert.is_true(rt:cached("hbare", "k1"))
    assert.is_false(rt:cached("hbare", "k2"))
    assert.is_true(rt:close())
  end)

  it("refuses a buffer over the largest artifact (256 MiB) at the call, naming the size", function()
    local rt = new_rt()
    local b = kiln.buffer(256 * 2 ^ 20 + 1, false)
    local ok, err = pcall(rt.store, rt, "hbare", "huge", b)
    if ok then
      -- Accepted: then it must land or fail loudly, never vanish silently.
      assert.is_true(rt:drain(4))
      local errs = rt:errors()
      assert.is_true(rt:cached("hbare", "huge") or #errs > 0, "huge store vanished silently")
      error("rt:store accepted a 256 MiB + 1 buffer without refusing it at the call")
    end
    assert.matches("rt:store('hbare', 'huge')", tostring(err), 1, true)
    assert.is_true(rt:close())
  end)

  it("refuses meta over 64 KiB at the call", function()
    local rt = new_rt()
    local ok, err = pcall(rt.store, rt, "hbare", "m", "x", { s = string.rep("m", 70000) })
    assert.is_false(ok)
    assert.matches("rt:store('hbare', 'm')", tostring(err), 1, true)
    assert.matches("meta", tostring(err), 1, true)
    assert.is_true(rt:close())
  end)

  it("store then evict before it lands then close: nothing is on disk", function()
    local rt, dir = new_rt { durability = "fsync" }
    for i = 1, 30 do assert.is_true(rt:store("hbare", "s" .. i, string.rep("x", 20000) .. i)) end
    assert.is_true(rt:evict("hbare", "s30"))
    assert.is_false(rt:cached("hbare", "s30"))
    assert.is_true(rt:close())
    assert.are.equal(29, (files_in(dir)))
    rt = new_rt { cache_dir = dir }
    assert.is_false(rt:cached("hbare", "s30"))
    assert.is_true(rt:cached("hbare", "s29"))
    assert.is_true(rt:close())
  end)

  it("rt:clear while writes are queued removes them all", function()
    local rt, dir = new_rt { durability = "fsync" }
    for i = 1, 30 do assert.is_true(rt:store("hbare", "c" .. i, string.rep("y", 20000) .. i)) end
    assert.is_true(rt:clear { type = "hbare" })
    for i = 1, 30 do assert.is_false(rt:cached("hbare", "c" .. i)) end
    assert.is_true(rt:drain(4))
    assert.are.equal(0, (files_in(dir)))
    local s = rt:stats()
    assert.are.equal(0, s.types.hbare.entries)
    assert.are.equal(0, s.disk.bytes)
    assert.is_true(rt:close())
  end)

  it("a store, an evict and a store again of the same key leaves the second artifact", function()
    local rt, dir = new_rt { durability = "fsync" }
    assert.is_true(rt:store("hwriter", "k", "first"))
    assert.is_true(rt:evict("hwriter", "k"))
    assert.is_true(rt:store("hwriter", "k", "second"))
    assert.is_true(rt:drain(4))
    assert.is_true(rt:cached("hwriter", "k"))
    assert.are.equal("cached", rt:enqueue("hwriter", "k"))
    assert.are.equal("applied", rt:wait("hwriter", "k", 4))
    assert.is_true(rt:close())
    assert.are.equal(1, (files_in(dir)))
  end)
end)

-- ------------------------------------------------------------- size cap

describe("h12 cache_max_bytes", function()
  it("smaller than one artifact: written, evicted, the item still applies, the cache ends under the cap", function()
    local rt, dir = new_rt { workers = 1, cache_max_bytes = 500 }
    rt:enqueue("hblob", "big", { args = { size = 4000 } })
    assert.is_true(rt:drain(4))
    assert.are.equal(1, _G.h12_count["hblob:big"])
    local s = assert_invariant(rt)
    assert.is_true(s.disk.bytes <= 500, "disk.bytes " .. s.disk.bytes)
    assert.are.equal(1, s.types.hblob.stores)
    assert.are.equal(1, s.types.hblob.evictions)
    assert.are.equal(0, s.types.hblob.entries)
    assert.is_false(rt:cached("hblob", "big"))
    assert.is_true(rt:close())
    local _, bytes = files_in(dir)
    assert.is_true(bytes <= 500)
  end)

  it("a second runtime with a smaller cap on the same dir is at or under its cap once drained", function()
    local rt, dir = new_rt { workers = 2 }
    for i = 1, 20 do rt:enqueue("hblob", "b" .. i, { args = { size = 2000 } }) end
    assert.is_true(rt:drain(4))
    assert.is_true(rt:close())
    local _, before = files_in(dir)
    assert.is_true(before > 20000)
    local cap = 10000
    rt = new_rt { workers = 1, cache_dir = dir, cache_max_bytes = cap }
    assert.is_true(rt:drain(4))
    local s = rt:stats()
    assert.are.equal(cap, s.disk.max_bytes)
    assert.is_true(s.disk.bytes <= cap, "drained cache holds " .. s.disk.bytes .. " over the cap " .. cap)
    assert.is_true(rt:close())
  end)

  it("a second runtime with a smaller cap gets under it after its first write", function()
    local rt, dir = new_rt { workers = 2 }
    for i = 1, 20 do rt:enqueue("hblob", "b" .. i, { args = { size = 2000 } }) end
    assert.is_true(rt:drain(4))
    assert.is_true(rt:close())
    local cap = 10000
    rt = new_rt { workers = 1, cache_dir = dir, cache_max_bytes = cap }
    rt:enqueue("hblob", "new", { args = { size = 100 } })
    assert.is_true(rt:drain(4))
    local s = assert_invariant(rt)
    assert.is_true(s.disk.bytes <= cap, "disk.bytes " .. s.disk.bytes)
    assert.is_true(rt:close())
    local _, after = files_in(dir)
    assert.is_true(after <= cap, "files hold " .. after)
  end)
end)

-- ------------------------------------------------------------ bad loads

describe("h12 loads that fail", function()
  for _, how in ipairs { "table", "nil", "yield", "number" } do
    it("heal as a miss when load raises a " .. how .. " error object; the message reads well", function()
      local rt, dir = new_rt { workers = 1 }
      rt:enqueue("hbadload", "k")
      assert.is_true(rt:drain(4))
      assert.is_true(rt:close())
      rt = new_rt { workers = 1, cache_dir = dir }
      assert.are.equal("cached", rt:enqueue("hbadload", "k", { args = { how = how } }))
      assert.are.equal("applied", rt:wait("hbadload", "k", 4))
      assert.is_true(rt:drain(4))
      local s = assert_invariant(rt)
      assert.are.equal(0, s.failed)
      assert.are.equal(1, s.completed)
      assert.are.equal(1, s.disk.misses.load_failed)
      assert.are.equal(1, s.types.hbadload.misses)
      assert.are.equal(0, s.types.hbadload.hits)
      local e = H.errors_by_key(rt).k
      assert.is_not_nil(e)
      assert.are.equal("load", e.stage)
      assert.matches("load failed, the artifact was evicted and recomputed: ", e.message, 1, true)
      assert.is_true(rt:cached("hbadload", "k"))
      assert.is_true(rt:close())
    end)
  end

  it("load returning nil for a type with no output and no apply is a hit, not a miss", function()
    local rt, dir = new_rt { workers = 1 }
    assert.is_true(rt:store("hbare", "k", "bytes"))
    assert.is_true(rt:drain(4))
    assert.are.equal("cached", rt:enqueue("hbare", "k"))
    assert.are.equal("applied", rt:wait("hbare", "k", 4))
    local s = assert_invariant(rt)
    assert.are.equal(1, s.types.hbare.hits)
    assert.are.equal(0, s.types.hbare.misses)
    assert.are.equal(0, s.disk.misses.load_failed or 0)
    assert.is_true(rt:cached("hbare", "k"))
    assert.are.same({}, rt:errors())
    assert.is_true(rt:close())
  end)

  it("a hit and its miss add up: hits + misses per type equal non-coalesced enqueues of a disk type", function()
    local rt, dir = new_rt { workers = 1 }
    rt:enqueue("hbadload", "a")
    rt:enqueue("hbadload", "b")
    assert.is_true(rt:drain(4))
    rt:enqueue("hbadload", "a")
    rt:enqueue("hbadload", "b", { args = { how = "table" } })
    assert.is_true(rt:drain(4))
    local t = assert_invariant(rt).types.hbadload
    assert.are.equal(4, t.enqueued)
    assert.are.equal(1, t.hits)
    assert.are.equal(3, t.misses)
    assert.is_true(rt:close())
  end)
end)

-- ------------------------------------------------------------------ CLI

describe("h12 kiln cache CLI on hostile dirs", function()
  local function check_cli(args, want_rc, want_text)
    local out, rc = H.run(BIN .. " " .. args)
    assert.are.equal(want_rc, rc, args .. " ->\n" .. out)
    if want_text then assert.matches(want_text, out, 1, true) end
    assert.is_nil(out:match("stack traceback"), out)
    return out
  end

  it("stats and prune on a missing dir fail naming it", function()
    local d = H.tmpdir() .. "/missing"
    check_cli("cache stats " .. q(d), 1, d)
    check_cli("cache prune --max-bytes 1K " .. q(d), 1, d)
    assert.is_nil(io.open(d)) -- not created
  end)

  it("stats and prune on a regular file fail naming it, and leave it alone", function()
    local f = os.tmpname()
    local h = io.open(f, "w"); h:write("precious"); h:close()
    check_cli("cache stats " .. q(f), 1, f)
    check_cli("cache prune --max-bytes 0 " .. q(f), 1, f)
    assert.are.equal("precious", io.open(f):read("*a"))
    os.remove(f)
  end)

  it("stats and prune on a FIFO fail quickly, naming it", function()
    local d = H.tmpdir()
    local fifo = d .. "/fifo"
    assert.are.equal(0, os.execute("mkfifo " .. q(fifo)))
    local out, rc = H.run("timeout 3 " .. BIN .. " cache stats " .. q(fifo))
    assert.are.equal(1, rc, out)
    assert.matches(fifo, out, 1, true)
    out, rc = H.run("timeout 3 " .. BIN .. " cache prune --max-bytes 0 " .. q(fifo))
    assert.are.equal(1, rc, out)
    assert.matches(fifo, out, 1, true)
  end)

  it("prune refuses a non-empty directory that is not a kiln cache and deletes nothing", function()
    local d = H.tmpdir()
    os.execute("mkdir -p " .. q(d .. "/a"))
    local h = io.open(d .. "/a/x.kiln", "w"); h:write("not kiln"); h:close()
    h = io.open(d .. "/notes.txt", "w"); h:write("mine"); h:close()
    check_cli("cache prune --max-bytes 0 " .. q(d), 1, d)
    assert.is_not_nil(io.open(d .. "/a/x.kiln"))
    assert.is_not_nil(io.open(d .. "/notes.txt"))
    local out, rc = H.run(BIN .. " cache stats " .. q(d))
    assert.are.equal(1, rc, out)
    assert.matches(d, out, 1, true)
  end)

  it("stats on an empty kiln cache prints a zero total; prune 0 empties a real cache", function()
    local rt, dir = new_rt { workers = 1 }
    for i = 1, 5 do rt:enqueue("hblob", "b" .. i) end
    assert.is_true(rt:drain(4))
    assert.is_true(rt:close())
    check_cli("cache prune --max-bytes 0 " .. q(dir), 0)
    assert.are.equal(0, (files_in(dir)))
    local out = check_cli("cache stats " .. q(dir), 0)
    assert.matches("0", out, 1, true)
    -- The marker stays: a runtime still opens it as its cache.
    rt = new_rt { workers = 1, cache_dir = dir }
    rt:enqueue("hblob", "again")
    assert.is_true(rt:drain(4))
    assert.is_true(rt:close())
  end)

  it("prune refuses a cache held by a runtime that only stored (never enqueued)", function()
    local rt, dir = new_rt()
    assert.is_true(rt:store("hbare", "s", "x"))
    assert.is_true(rt:drain(4))
    local out, rc = H.run(BIN .. " cache prune --max-bytes 0 " .. q(dir))
    assert.are.equal(1, rc, out)
    assert.is_true(rt:cached("hbare", "s"))
    assert.is_true(rt:close())
    assert.are.equal(1, (files_in(dir)))
  end)

  it("prune --max-bytes with odd sizes: 0, 1G, negative, overflow", function()
    local rt, dir = new_rt { workers = 1 }
    rt:enqueue("hblob", "b")
    assert.is_true(rt:drain(4))
    assert.is_true(rt:close())
    check_cli("cache prune --max-bytes 1G " .. q(dir), 0)
    assert.are.equal(1, (files_in(dir)))
    check_cli("cache prune --max-bytes -5 " .. q(dir), 2, "-5")
    check_cli("cache prune --max-bytes 99999999999999999999999G " .. q(dir), 2)
    check_cli("cache prune --max-bytes 1.5K " .. q(dir), 2, "1.5K")
    assert.are.equal(1, (files_in(dir)))
  end)
end)

-- ------------------------------------------------- items held in a batch

-- Teaches the single worker that "hg" is quick, then queues a gated hg
-- item followed by n more: the worker takes up to eight in one batch and
-- holds the rest of it (not begun) while the gated one runs.
local function batch_behind_gate(rt, n)
  for i = 1, 20 do rt:enqueue("hg", "warm" .. i) end
  assert.is_true(rt:drain(4))
  _G.h12_applied, _G.h12_count, _G.h12_sessions = nil, nil, nil
  local gate = gate_path()
  rt:pause() -- queue them all first: the worker then takes a batch of eight
  rt:enqueue("hg", "gated", { args = { gate = gate } })
  for i = 1, n do rt:enqueue("hg", "b" .. i) end
  rt:resume()
  assert.is_true(state_is(rt, "hg", "gated", "running"))
  return gate
end

describe("h12 items a worker holds in its batch", function()
  it("bump_session { requeue = true } runs them in the new session, none dropped", function()
    local rt = new_rt { workers = 1 }
    local gate = batch_behind_gate(rt, 12)
    local before = rt:stats().stale_dropped
    for i = 1, 12 do assert.are.equal("queued", rt:state("hg", "b" .. i)) end
    local s2 = rt:bump_session { requeue = true }
    open_gate(gate)
    assert.is_true(rt:drain(4))
    for i = 1, 12 do
      assert.are.equal(1, _G.h12_count and _G.h12_count["hg:b" .. i], "b" .. i .. " was not applied once")
      assert.are.equal(s2, _G.h12_sessions["hg:b" .. i])
    end
    local s = assert_invariant(rt)
    assert.are.equal(before + 1, s.stale_dropped) -- only the running one
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("cancel of one of them, then an enqueue of the same key: applied exactly once", function()
    local rt = new_rt { workers = 1 }
    local gate = batch_behind_gate(rt, 12)
    assert.are.equal("dequeued", rt:cancel("hg", "b2"))
    assert.are.equal("unknown", rt:state("hg", "b2"))
    local r = rt:enqueue("hg", "b2")
    assert.is_true(r == "queued" or r == "coalesced", r)
    assert.are.equal("queued", rt:state("hg", "b2"))
    open_gate(gate)
    assert.is_true(rt:drain(4))
    assert.are.equal(1, _G.h12_count["hg:b2"])
    for i = 1, 12 do assert.are.equal(1, _G.h12_count["hg:b" .. i], "b" .. i) end
    local s = assert_invariant(rt)
    assert.are.equal(1, s.canceled)
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("cancel of one of them twice: the second says there is nothing to cancel", function()
    local rt = new_rt { workers = 1 }
    local gate = batch_behind_gate(rt, 12)
    assert.are.equal("dequeued", rt:cancel("hg", "b3"))
    assert.are.equal(false, rt:cancel("hg", "b3"))
    open_gate(gate)
    assert.is_true(rt:drain(4))
    assert.are.equal(1, assert_invariant(rt).canceled)
    assert.is_true(rt:close())
    os.remove(gate)
  end)
end)

-- ------------------------------------------------------------ reentrancy

describe("h12 calls from inside apply", function()
  it("rt:close inside apply: stats still add up and close reports the discarded results", function()
    local rt = new_rt { workers = 2 }
    local closed
    _G.h12_apply_hook = function(ctx, key)
      if key == "k3" then closed = { rt:close() } end
    end
    for i = 1, 10 do rt:enqueue("hq", "k" .. i) end
    rt:drain(4)
    assert.is_true(rt._closed)
    assert.is_true(closed[1])
    local s = assert_invariant(rt)
    assert.are.equal(10, s.completed + s.canceled)
  end)

  it("rt:wait for another key inside apply pumps it in a nested apply", function()
    local rt = new_rt { workers = 1 }
    local got
    _G.h12_apply_hook = function(ctx, key)
      if key == "first" then got = rt:wait("hq", "second", 2) end
    end
    rt:enqueue("hq", "first")
    rt:enqueue("hq", "second")
    assert.is_true(rt:drain(4))
    assert.are.equal("applied", got)
    assert.are.equal(1, _G.h12_count["hq:second"])
    assert_invariant(rt)
    assert.is_true(rt:close())
  end)

  it("bump_session { requeue = true } inside apply keeps queued keys", function()
    local rt = new_rt { workers = 1 }
    local gate = gate_path()
    local s2
    _G.h12_apply_hook = function(ctx, key)
      if key == "trigger" then s2 = rt:bump_session { requeue = true } end
    end
    rt:enqueue("hq", "trigger")
    assert.are.equal("applied", rt:wait("hq", "trigger", 4))
    rt:enqueue("hg", "x")
    assert.are.equal("applied", rt:wait("hg", "x", 4))
    assert.are.equal(s2, _G.h12_sessions["hg:x"])
    assert_invariant(rt)
    assert.is_true(rt:close())
  end)
end)

-- ------------------------------------------------------------ hot reload

describe("h12 max_concurrency across a reload", function()
  local SRC = [[
    local kiln = require "kiln"
    local ffi = require "ffi"
    pcall(ffi.cdef, "int usleep(unsigned int usec);")
    kiln.artifact { name = "hcap", max_concurrency = %d,
      compute = function(ctx, key, args)
        for _ = 1, 3000 do
          local f = io.open(args.gate, "rb")
          if f then f:close() return key end
          ffi.C.usleep(1000)
        end
        error("gate never opened")
      end,
      apply = function(ctx, key) _G.h12_hcap = (_G.h12_hcap or 0) + 1 end }
  ]]

  it("raising the cap by reload admits the waiting items at once", function()
    local rt = new_rt { workers = 3 }
    _G.h12_hcap = nil
    rt:load_string(SRC:format(1), "h12_cap")
    local gate = gate_path()
    for i = 1, 3 do rt:enqueue("hcap", "c" .. i, { args = { gate = gate } }) end
    assert.is_true(state_is(rt, "hcap", "c1", "running"))
    assert.are.equal("queued", rt:state("hcap", "c2"))
    rt:load_string(SRC:format(3) .. "\n-- raised\n", "h12_cap")
    assert.is_true(state_is(rt, "hcap", "c3", "running"), "c3 is " .. rt:state("hcap", "c3"))
    open_gate(gate)
    assert.is_true(rt:drain(4))
    assert.are.equal(3, _G.h12_hcap)
    assert_invariant(rt)
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("lowering the cap by reload while more run than it allows strands nothing", function()
    local rt = new_rt { workers = 3 }
    _G.h12_hcap = nil
    rt:load_string(SRC:format(3), "h12_cap")
    local gate = gate_path()
    for i = 1, 6 do rt:enqueue("hcap", "c" .. i, { args = { gate = gate } }) end
    assert.is_true(state_is(rt, "hcap", "c3", "running"))
    rt:load_string(SRC:format(1) .. "\n-- lowered\n", "h12_cap")
    open_gate(gate)
    assert.is_true(rt:drain(4))
    assert.are.equal(6, _G.h12_hcap)
    local s = assert_invariant(rt)
    assert.are.equal(0, s.types.hcap.queued + (s.types.hcap.in_flight or s.types.hcap.running))
    assert.is_true(rt:close())
    os.remove(gate)
  end)
end)

-- ---------------------------------------------------- cache bookkeeping

describe("h12 cache bookkeeping", function()
  local function assert_bytes_add_up(rt, dir)
    local s = rt:stats()
    local n, bytes = 0, 0
    for _, t in pairs(s.types) do
      n = n + (t.entries or 0)
      bytes = bytes + (t.bytes or 0)
    end
    assert.are.equal(s.disk.bytes, bytes, "per-type bytes vs disk.bytes")
    local fn, fb = files_in(dir)
    assert.are.equal(fn, n, "entries vs files")
    assert.are.equal(fb, bytes, "bytes vs files")
  end

  it("per-type entries and bytes match the files after writes, evicts, clears and heals", function()
    local rt, dir = new_rt { workers = 2 }
    for i = 1, 10 do rt:enqueue("hblob", "b" .. i, { args = { size = 300 + i } }) end
    for i = 1, 3 do rt:store("hbare", "s" .. i, string.rep("s", 100 * i)) end
    rt:enqueue("hwriter", "t", { args = { mode = "target" } })
    rt:enqueue("hbadload", "h")
    assert.is_true(rt:drain(4))
    assert_bytes_add_up(rt, dir)
    rt:evict("hblob", "b1")
    rt:clear { type = "hbare" }
    rt:enqueue("hbadload", "h", { args = { how = "table" } })
    rt:store("hwriter", "t", "replaced, a different size")
    assert.is_true(rt:drain(4))
    assert_bytes_add_up(rt, dir)
    assert.is_true(rt:close())
    assert_bytes_add_up(rt, dir)
  end)

  it("evict racing the read of a hit: no failure, no damage miss, and rt:cached agrees with the files", function()
    local rt, dir = new_rt { workers = 1 }
    rt:enqueue("hblob", "r", { args = { size = 200000 } })
    assert.is_true(rt:drain(4))
    for _ = 1, 5 do
      assert.are.equal("cached", rt:enqueue("hblob", "r", { args = { size = 200000 } }))
      assert.is_true(rt:evict("hblob", "r"))
      -- (rt:cached may already be true again here: the item can miss,
      -- recompute and queue its write before this thread looks.)
      assert.is_true(rt:drain(4))
      -- The hit either read the file whole before it went, or missed
      -- (absent) and recomputed, rewriting it.
      local n = files_in(dir)
      assert.are.equal(n == 1, rt:cached("hblob", "r"))
      if not rt:cached("hblob", "r") then rt:enqueue("hblob", "r", { args = { size = 200000 } }) end
      assert.is_true(rt:drain(4))
    end
    local s = assert_invariant(rt)
    assert.are.equal(0, s.failed)
    for reason, n in pairs(s.disk.misses) do
      if reason ~= "absent" then assert.are.equal(0, n, "misses." .. reason) end
    end
    assert.is_true(rt:close())
  end)

  it("kiln cache stats totals match the files", function()
    local rt, dir = new_rt { workers = 2 }
    for i = 1, 7 do rt:enqueue("hblob", "b" .. i, { args = { size = 1000 } }) end
    rt:store("hbare", "s", "x")
    assert.is_true(rt:drain(4))
    assert.is_true(rt:close())
    local out, rc = H.run(BIN .. " cache stats " .. q(dir))
    assert.are.equal(0, rc, out)
    local n, bytes = files_in(dir)
    assert.matches(tostring(n), out, 1, true)
    assert.is_truthy(out:find(tostring(bytes), 1, true) or out:find("KiB", 1, true), out)
    assert.matches("hblob", out)
    assert.matches("hbare", out)
  end)
end)

describe("h12 error positions", function()
  it("rt:store of a moved buffer blames the caller's line, not kiln's", function()
    local rt = new_rt()
    local b = kiln.buffer("abc")
    rt:store("hbare", "k1", b)
    local ok, err = pcall(function() rt:store("hbare", "k2", b) end)
    assert.is_false(ok)
    assert.is_nil(tostring(err):match("bindings/"), err)
    assert.matches("hostile12_spec.lua:%d+: rt:store%('hbare', 'k2'%)", tostring(err))
    assert.is_true(rt:close())
  end)

  it("ctx:write_disk of a moved buffer blames the script's line, not kiln's", function()
    local rt = new_rt { workers = 1 }
    rt:enqueue("hwriter", "mv", { args = { mode = "moved" } })
    assert.is_true(rt:drain(4))
    local e = H.errors_by_key(rt).mv
    assert.is_not_nil(e)
    assert.matches("already moved or freed", e.message, 1, true)
    assert.is_nil(e.message:match("bindings/"), e.message)
    assert.matches("h12_types.lua:%d+: ctx:write_disk", e.message)
    assert.is_true(rt:close())
  end)

  it("rt:store's other refusals blame the caller's line", function()
    local rt = new_rt()
    local ok, err = pcall(function() rt:store("hbare", "m", "x", { s = string.rep("m", 70000) }) end)
    assert.is_false(ok)
    assert.matches("hostile12_spec.lua:%d+: rt:store%('hbare', 'm'%)", tostring(err))
    assert.is_true(rt:close())
  end)
end)

describe("h12 per-type stats", function()
  it("carry the same fields as the totals (README: 'the same set per type'), in_flight included", function()
    local rt = new_rt { workers = 1 }
    local gate = gate_path()
    rt:enqueue("hg", "run", { args = { gate = gate } })
    assert.is_true(state_is(rt, "hg", "run", "running"))
    local s = rt:stats()
    for _, f in ipairs { "enqueued", "completed", "failed", "stale_dropped", "coalesced", "canceled",
                         "queued", "deferred", "in_flight", "waiting_apply" } do
      assert.is_number(s[f], "total " .. f)
      assert.is_number(s.types.hg[f], "types.hg." .. f .. " is missing")
    end
    assert.are.equal(1, s.types.hg.in_flight)
    open_gate(gate)
    assert.is_true(rt:drain(4))
    assert.is_true(rt:close())
    os.remove(gate)
  end)
end)

describe("h12 max_concurrency with cancel and bumps", function()
  it("canceling the running capped item frees its slot for the next", function()
    local rt = new_rt { workers = 2, disk_slots = 4 }
    local gate = gate_path()
    rt:enqueue("hdcap", "c1", { args = { gate = gate_path() } }) -- never opens
    assert.is_true(state_is(rt, "hdcap", "c1", "running"))
    rt:enqueue("hdcap", "c2", { args = { gate = gate } })
    assert.are.equal("queued", rt:state("hdcap", "c2"))
    assert.are.equal("canceling", rt:cancel("hdcap", "c1"))
    assert.is_true(state_is(rt, "hdcap", "c2", "running"))
    open_gate(gate)
    assert.is_true(rt:drain(4))
    assert.are.equal(1, _G.h12_count["hdcap:c2"])
    local s = assert_invariant(rt)
    assert.are.equal(0, s.disk_tokens.used)
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("a plain bump drops items waiting for a slot, counted stale, and the type keeps working", function()
    local rt = new_rt { workers = 3, disk_slots = 4 }
    local gate = gate_path()
    rt:enqueue("hdcap", "c1", { args = { gate = gate } })
    assert.is_true(state_is(rt, "hdcap", "c1", "running"))
    for i = 2, 4 do rt:enqueue("hdcap", "c" .. i) end
    rt:bump_session()
    open_gate(gate)
    assert.is_true(rt:drain(4))
    assert.is_nil(_G.h12_count)
    local s = assert_invariant(rt)
    assert.are.equal(4, s.types.hdcap.stale_dropped)
    rt:enqueue("hdcap", "after")
    assert.are.equal("applied", rt:wait("hdcap", "after", 4))
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("a requeue bump keeps items waiting for a slot, run in the new session one at a time", function()
    local rt = new_rt { workers = 3, disk_slots = 4 }
    local gate = gate_path()
    rt:enqueue("hdcap", "c1", { args = { gate = gate } })
    assert.is_true(state_is(rt, "hdcap", "c1", "running"))
    for i = 2, 4 do rt:enqueue("hdcap", "c" .. i, { args = { ms = 5 } }) end
    local s2 = rt:bump_session { requeue = true }
    open_gate(gate)
    assert.is_true(rt:drain(4))
    for i = 2, 4 do assert.are.equal(s2, _G.h12_sessions["hdcap:c" .. i]) end
    assert.is_nil(_G.h12_count["hdcap:c1"])
    table.sort(_G.h12_spans, function(a, b) return a.t0 < b.t0 end)
    for i = 2, #_G.h12_spans do assert.is_true(_G.h12_spans[i].t0 >= _G.h12_spans[i - 1].t1) end
    assert_invariant(rt)
    assert.is_true(rt:close())
    os.remove(gate)
  end)
end)

describe("h12 GPU items under cancel (null backend)", function()
  local SRC = [[
    local kiln = require "kiln"
    kiln.artifact { name = "hgpu", outputs = { gpu = true }, gpu_bytes = 16 * 16 * 4,
      compute = function(ctx, key) return kiln.buffer(16 * 16 * 4) end,
      output = function(ctx, key, v)
        _G.h12_staged = ctx:stage_texture { texture = "t", x = 0, y = 0, w = 16, h = 16, data = v }
      end,
      apply = function(ctx, key, v) _G.h12_gpu = (_G.h12_gpu or 0) + 1 end }
  ]]
  local function gpu_rt(opts)
    opts.gpu_backend = "null"
    local rt = kiln.runtime(opts)
    opened[#opened + 1] = rt
    rt:load_string(SRC, "h12_gpu")
    rt:texture { name = "t", width = 16, height = 16 }
    _G.h12_gpu = nil
    return rt
  end

  it("cancel of a staged, unapplied result: apply never runs, ring tokens come back", function()
    local rt = gpu_rt { workers = 1, ring_bytes = 4096 }
    rt:enqueue("hgpu", "g")
    assert.is_true(state_is(rt, "hgpu", "g", "waiting_apply"))
    assert.are.equal("unapplied", rt:cancel("hgpu", "g"))
    assert.is_true(rt:drain(4))
    assert.is_nil(_G.h12_gpu)
    local s = assert_invariant(rt)
    assert.are.equal(1, s.canceled)
    assert.are.equal(0, s.gpu_tokens.used)
    assert.is_true(rt:close())
  end)

  it("cancel of items parked on ring bytes: the others still run, tokens come back", function()
    local rt = gpu_rt { workers = 2, ring_bytes = 4096 } -- room for 4 items
    for i = 1, 8 do rt:enqueue("hgpu", "g" .. i) end
    local canceled = 0
    for i = 3, 8, 2 do if rt:cancel("hgpu", "g" .. i) then canceled = canceled + 1 end end
    assert.is_true(rt:drain(4))
    local s = assert_invariant(rt)
    assert.are.equal(canceled, s.canceled)
    assert.are.equal(8 - canceled, _G.h12_gpu)
    assert.are.equal(0, s.gpu_tokens.used)
    assert.are.equal("applied", rt:wait("hgpu", "g8", 0))
    assert.is_true(rt:close())
  end)
end)

describe("h12 two runtimes on one cache dir", function()
  it("the second one's load is refused naming the dir (or it shares safely)", function()
    local rt1, dir = new_rt { workers = 1 }
    rt1:enqueue("hblob", "x")
    assert.is_true(rt1:drain(4))
    local rt2 = kiln.runtime { gpu_backend = "none", cache_dir = dir, workers = 1 }
    opened[#opened + 1] = rt2
    local ok, err = pcall(function()
      rt2:load_string(TARGET_SRC, "h12_target")
      rt2:load(FIX .. "h12_types.lua")
    end)
    if not ok then
      assert.matches(dir, tostring(err), 1, true)
      assert.is_nil(tostring(err):match("bindings/"), err)
    end
    assert.is_true(rt1:cached("hblob", "x"))
    assert.is_true(rt1:close())
  end)
end)

describe("h12 more cache edges", function()
  it("an item served from the cache rewrites only the other artifacts the cache lacks", function()
    local rt = new_rt { workers = 1 }
    rt:enqueue("hwriter", "w", { args = { mode = "target" } })
    assert.is_true(rt:drain(4))
    local stores = rt:stats().types.htarget.stores
    assert.are.equal(1, stores)
    assert.is_true(rt:evict("htarget", "w"))
    assert.are.equal("cached", rt:enqueue("hwriter", "w", { args = { mode = "target" } }))
    assert.is_true(rt:drain(4))
    assert.are.same({}, rt:errors())
    assert.is_true(rt:cached("htarget", "w"))
    local s = rt:stats()
    assert.are.equal(2, s.types.htarget.stores)
    assert.are.equal(1, s.types.hwriter.stores) -- its own artifact was not written again
    assert.are.equal(1, s.types.hwriter.hits)
    assert.is_true(rt:close())
  end)

  it("rt:clear and rt:evict on a runtime whose cache never opened are harmless", function()
    local rt = kiln.runtime { gpu_backend = "none", cache_dir = H.tmpdir() }
    opened[#opened + 1] = rt
    rt:load_string("local kiln = require 'kiln' kiln.artifact { name = 'only', compute = function() end }", "h12_only")
    local ok, err = pcall(rt.clear, rt)
    assert.is_true(ok, tostring(err))
    assert.is_true(rt:close())
  end)

  it("rt:store larger than cache_max_bytes: written, evicted, counted, the cache ends empty", function()
    local rt, dir = new_rt { cache_max_bytes = 1000 }
    assert.is_true(rt:store("hbare", "big", string.rep("z", 5000) .. "incompressible?" ))
    assert.is_true(rt:store("hbare", "small", "s"))
    assert.is_true(rt:drain(4))
    local s = rt:stats()
    assert.is_true(s.disk.bytes <= 1000, "disk.bytes " .. s.disk.bytes)
    assert.are.equal(2, s.types.hbare.stores)
    local _, bytes = files_in(dir)
    assert.is_true(bytes <= 1000)
    assert.are.equal(s.disk.bytes, bytes)
    assert.is_true(rt:close())
  end)

  it("a requeue bump while paused: resumed items run in the new session", function()
    local rt = new_rt { workers = 1 }
    rt:pause()
    for i = 1, 5 do rt:enqueue("hq", "k" .. i) end
    local s2 = rt:bump_session { requeue = true }
    rt:resume()
    assert.is_true(rt:drain(4))
    for i = 1, 5 do assert.are.equal(s2, _G.h12_sessions["hq:k" .. i]) end
    local s = assert_invariant(rt)
    assert.are.equal(0, s.stale_dropped)
    assert.is_true(rt:close())
  end)

  it("kiln cache prune never follows a symlink at an entry's path or a subdirectory out of the cache", function()
    local rt, dir = new_rt { workers = 1 }
    for i = 1, 3 do rt:enqueue("hblob", "b" .. i) end
    assert.is_true(rt:drain(4))
    assert.is_true(rt:close())
    -- Valid kiln artifacts outside the cache, under names prune would pick.
    local outside = H.tmpdir()
    local src = io.popen("find " .. q(dir) .. " -name '*.kiln' -type f | head -1"):read("*l")
    local base = src:match("([^/]+)$")
    os.execute("cp " .. q(src) .. " " .. q(outside .. "/" .. base))
    os.execute("cp " .. q(src) .. " " .. q(outside .. "/victim.kiln"))
    -- A symlinked subdirectory and a symlinked entry.
    local sub
    for _, c in ipairs { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f" } do
      local n = io.popen("ls " .. q(dir .. "/" .. c) .. " | wc -l"):read("*n")
      if n == 0 then sub = c break end
    end
    assert.is_not_nil(sub)
    os.execute("rmdir " .. q(dir .. "/" .. sub) .. " && ln -s " .. q(outside) .. " " .. q(dir .. "/" .. sub))
    local other = sub == "0" and "1" or "0"
    os.execute("mkdir -p " .. q(dir .. "/" .. other) .. " && ln -s " .. q(outside .. "/victim.kiln") .. " "
      .. q(dir .. "/" .. other .. "/" .. string.rep("f", 31) .. ".kiln"))
    local out, rc = H.run(BIN .. " cache prune --max-bytes 0 " .. q(dir))
    assert.is_true(rc == 0 or rc == 1, out)
    assert.is_not_nil(io.open(outside .. "/" .. base), "prune deleted a file outside the cache (symlinked dir)")
    assert.is_not_nil(io.open(outside .. "/victim.kiln"), "prune deleted a file outside the cache (symlinked entry)")
    out, rc = H.run(BIN .. " cache gc " .. q(dir))
    assert.is_not_nil(io.open(outside .. "/" .. base), "gc deleted a file outside the cache (symlinked dir)\n" .. out)
    assert.is_not_nil(io.open(outside .. "/victim.kiln"), "gc deleted a file outside the cache\n" .. out)
    -- A runtime at start-up skips them too.
    rt = new_rt { workers = 1, cache_dir = dir, cache_max_bytes = 1 }
    rt:enqueue("hblob", "new")
    assert.is_true(rt:drain(4))
    assert.is_true(rt:close())
    assert.is_not_nil(io.open(outside .. "/" .. base), "the runtime's size cap deleted a file outside the cache")
    assert.is_not_nil(io.open(outside .. "/victim.kiln"), "the runtime deleted a file outside the cache")
  end)
end)

describe("h12 rt:clear on nothing", function()
  it("clearing an empty cache, or a type with no artifacts, is a no-op, not an error", function()
    local rt = new_rt { workers = 1 }
    rt:enqueue("hblob", "x")
    assert.is_true(rt:drain(4))
    assert.is_true(rt:clear { type = "hblob" })
    -- Again: nothing left of that type (a host's "clear cache" key pressed twice).
    local ok, err = pcall(rt.clear, rt, { type = "hblob" })
    assert.is_true(ok, "rt:clear { type = 'hblob' } on an emptied type raised: " .. tostring(err))
    ok, err = pcall(rt.clear, rt)
    assert.is_true(ok, "rt:clear() on an empty cache raised: " .. tostring(err))
    ok, err = pcall(rt.clear, rt, { type = "htarget" }) -- a disk type never written
    assert.is_true(ok, "rt:clear { type = 'htarget' } (never written) raised: " .. tostring(err))
    assert.is_true(rt:close())
  end)
end)

describe("h12 requeue bump and a rerun queued behind a running item", function()
  it("the rerun survives the bump and is applied exactly once, in the new session", function()
    local rt = new_rt { workers = 1 }
    local gate = gate_path()
    rt:enqueue("hg", "k", { args = { gate = gate } })
    assert.is_true(state_is(rt, "hg", "k", "running"))
    assert.are.equal("queued", rt:enqueue("hg", "k", { args = { gate = gate } })) -- the rerun
    local s2 = rt:bump_session { requeue = true }
    assert.are.equal("queued", rt:state("hg", "k"))
    open_gate(gate)
    assert.are.equal("applied", rt:wait("hg", "k", 4))
    assert.is_true(rt:drain(4))
    assert.are.equal(1, _G.h12_count["hg:k"])
    assert.are.equal(s2, _G.h12_sessions["hg:k"])
    local s = assert_invariant(rt)
    assert.are.equal(1, s.stale_dropped)
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("a plain bump drops the running item and its rerun, and a new enqueue runs once", function()
    local rt = new_rt { workers = 1 }
    local gate = gate_path()
    rt:enqueue("hg", "k", { args = { gate = gate } })
    assert.is_true(state_is(rt, "hg", "k", "running"))
    rt:enqueue("hg", "k", { args = { gate = gate } })
    local s2 = rt:bump_session()
    rt:enqueue("hg", "k", { args = { gate = gate } })
    open_gate(gate)
    assert.is_true(rt:drain(4))
    assert.are.equal(1, _G.h12_count["hg:k"])
    assert.are.equal(s2, _G.h12_sessions["hg:k"])
    assert_invariant(rt)
    assert.is_true(rt:close())
    os.remove(gate)
  end)
end)

describe("h12 cancel during output (null GPU backend)", function()
  it("after the cancel, ctx:stage_texture stages nothing and returns false; ring tokens come back", function()
    local rt = kiln.runtime { workers = 1, gpu_backend = "null", ring_bytes = 2 ^ 16 }
    opened[#opened + 1] = rt
    rt:load_string([[
      local kiln = require "kiln"
      local ffi = require "ffi"
      pcall(ffi.cdef, "int usleep(unsigned int usec);")
      kiln.artifact { name = "hgo", outputs = { gpu = true }, gpu_bytes = 1024,
        compute = function(ctx, key) return kiln.buffer(16 * 16 * 4) end,
        output = function(ctx, key, v)
          _G.h12_in_output = true
          for _ = 1, 3000 do
            if ctx:canceled() then break end
            ffi.C.usleep(1000)
          end
          local r = ctx:stage_texture { texture = "t", x = 0, y = 0, w = 16, h = 16, data = v }
          if r ~= false then error("stage_texture after cancel returned " .. tostring(r)) end
        end,
        apply = function(ctx, key, v) _G.h12_gpu = (_G.h12_gpu or 0) + 1 end }
    ]], "h12_gpu_out")
    rt:texture { name = "t", width = 16, height = 16 }
    _G.h12_gpu = nil
    rt:enqueue("hgo", "g")
    assert.is_true(state_is(rt, "hgo", "g", "running"))
    os.execute("sleep 0.02") -- into output
    assert.are.equal("canceling", rt:cancel("hgo", "g"))
    assert.is_true(rt:drain(4))
    assert.is_nil(_G.h12_gpu)
    assert.are.same({}, rt:errors())
    local s = assert_invariant(rt)
    assert.are.equal(1, s.canceled)
    assert.are.equal(0, s.gpu_tokens.used)
    assert.are.equal(0, rt:gpu_stats().uploads or 0)
    assert.is_true(rt:close())
  end)
end)

describe("h12 kiln cache prune on a directory that is not a cache yet", function()
  it("prune of an empty directory (a typo'd path, say) leaves it unmarked: no CACHEDIR.TAG, no lock", function()
    local d = H.tmpdir()
    local out, rc = H.run(BIN .. " cache prune --max-bytes 1K " .. q(d))
    local left = io.popen("ls -A " .. q(d)):read("*a")
    assert.are.equal("", left, "prune (rc " .. tostring(rc) .. ", said: " .. out
      .. ") wrote into a directory that was no cache: " .. left)
  end)

  it("stats leaves an empty directory unmarked (regression)", function()
    local d = H.tmpdir()
    H.run(BIN .. " cache stats " .. q(d))
    assert.are.equal("", io.popen("ls -A " .. q(d)):read("*a"))
  end)

  it("a repeated --max-bytes is refused rather than silently taking the last", function()
    local rt, dir = new_rt { workers = 1 }
    rt:enqueue("hblob", "b")
    assert.is_true(rt:drain(4))
    assert.is_true(rt:close())
    local out, rc = H.run(BIN .. " cache prune --max-bytes 0 --max-bytes 1G " .. q(dir))
    assert.are.equal(2, rc, out)
    assert.are.equal(1, (files_in(dir)))
  end)
end)

describe("h12 usage text", function()
  it("kiln's top-level usage lists the new cache commands (stats, prune)", function()
    local out = H.run(BIN .. " --help")
    assert.matches("stats", out, 1, true)
    assert.matches("prune", out, 1, true)
  end)
end)

describe("h12 state of items a plain bump doomed", function()
  it("a queued item dropped by a plain bump reads unknown at once, and rt:wait does not wait it out", function()
    local rt = new_rt { workers = 1 }
    local gate = gate_path()
    rt:enqueue("hg", "run", { args = { gate = gate } })
    assert.is_true(state_is(rt, "hg", "run", "running"))
    rt:enqueue("hg", "q1")
    rt:bump_session()
    -- q1 will never run: README's rt:wait returns "unknown" for a key
    -- "dropped as stale".
    local t0 = kiln._now()
    local st = rt:wait("hg", "q1", 0.5)
    local took = kiln._now() - t0
    open_gate(gate)
    assert.is_true(rt:drain(4))
    assert.are.equal("unknown", rt:state("hg", "q1"))
    assert.are.equal("unknown", st, "rt:wait returned " .. st .. " after " .. took .. " s for a doomed item")
    assert_invariant(rt)
    assert.is_true(rt:close())
    os.remove(gate)
  end)
end)

describe("h12 enqueue after a plain bump of a key still queued from the old session", function()
  it("is not folded into the doomed item: it runs and is applied once in the new session", function()
    local rt = new_rt { workers = 1 }
    local gate = gate_path()
    rt:enqueue("hg", "run", { args = { gate = gate } })
    assert.is_true(state_is(rt, "hg", "run", "running"))
    rt:enqueue("hg", "q1")
    local s2 = rt:bump_session()
    local r = rt:enqueue("hg", "q1")
    open_gate(gate)
    assert.is_true(rt:drain(4))
    assert.are.equal(1, _G.h12_count and _G.h12_count["hg:q1"],
      "q1 enqueued after the bump (enqueue said " .. r .. ") was never applied")
    assert.are.equal(s2, _G.h12_sessions["hg:q1"])
    assert_invariant(rt)
    assert.is_true(rt:close())
    os.remove(gate)
  end)

  it("same for a key parked on disk tokens", function()
    local rt = new_rt { workers = 2, disk_slots = 1 }
    local gate = gate_path()
    rt:enqueue("hdisk", "holder", { args = { gate = gate } })
    assert.is_true(state_is(rt, "hdisk", "holder", "running"))
    rt:enqueue("hdisk", "p")
    assert.is_true(state_is(rt, "hdisk", "p", "deferred"))
    local s2 = rt:bump_session()
    local r = rt:enqueue("hdisk", "p")
    open_gate(gate)
    assert.is_true(rt:drain(4))
    assert.are.equal(1, _G.h12_count and _G.h12_count["hdisk:p"],
      "p enqueued after the bump (enqueue said " .. r .. ") was never applied")
    assert.are.equal(s2, _G.h12_sessions["hdisk:p"])
    assert_invariant(rt)
    assert.is_true(rt:close())
    os.remove(gate)
  end)
end)
