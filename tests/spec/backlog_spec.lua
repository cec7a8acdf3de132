-- kiln.runtime { backlog_bytes = N }: results waiting for rt:pump hold at
-- most about N bytes; past it workers take no new items until the render
-- thread applies some.
local kiln = require "kiln"
local H = require "helpers"
local assert_invariant = H.assert_invariant

local FIX = "tests/spec/fixtures/backlog_types.lua"

local function new_rt(opts)
  opts.gpu_backend = "none"
  opts.cache_dir = H.tmpdir()
  local rt = kiln.runtime(opts)
  rt:load(FIX)
  return rt
end

-- Waits (bounded) until nothing runs: the workers hold or ran out of work.
local function settle(rt)
  H.wait_until(function()
    local s = rt:stats()
    return s.in_flight == 0 and (s.backlog.holds > 0 or s.queued == 0)
  end, 10)
  return rt:stats()
end

before_each(function() _G.applied = 0 end)

describe("backlog_bytes", function()
  it("defaults to 16 MiB and says so in rt:stats", function()
    local rt = new_rt { workers = 1 }
    local b = rt:stats().backlog
    assert.are.same({ bytes = 0, peak = 0, limit = 16 * 2^20, holds = 0 }, b)
    assert.is_true(rt:close())
  end)

  it("stops workers at the bound until rt:pump applies, then finishes everything", function()
    local rt = new_rt { workers = 2, backlog_bytes = 64 * 1024 }
    for i = 1, 100 do rt:enqueue("tile", "t" .. i, { args = 8192 }) end
    local s = settle(rt)
    assert.is_true(s.backlog.holds >= 1)
    assert.is_true(s.backlog.bytes >= 64 * 1024)
    -- Admitted before the hold: a batch per worker at most (8 items).
    assert.is_true(s.backlog.bytes < 64 * 1024 + 2 * 8 * 8192, tostring(s.backlog.bytes))
    assert.are.equal(s.waiting_apply * 8192, s.backlog.bytes)
    assert.is_true(s.queued > 0)
    assert.are.equal(0, _G.applied)
    assert.is_true(rt:drain(20))
    assert.are.equal(100, _G.applied)
    s = rt:stats()
    assert.are.equal(0, s.backlog.bytes)
    assert.is_true(s.backlog.peak >= 64 * 1024 and s.backlog.peak < 64 * 1024 + 2 * 8 * 8192)
    assert_invariant(rt)
    assert.is_true(rt:close())
  end)

  it("weighs encoded results by their buffers and bytes", function()
    local rt = new_rt { workers = 1, backlog_bytes = 0 }
    for i = 1, 3 do rt:enqueue("bundle", "b" .. i, { args = 1000 }) end
    local s = settle(rt)
    assert.are.equal(3, s.waiting_apply)
    -- two 1,000-byte buffers, the 1,000-byte string and the encoding's
    -- own bytes and struct, per result
    assert.is_true(s.backlog.bytes >= 3 * 3000 and s.backlog.bytes < 3 * 4000, tostring(s.backlog.bytes))
    assert.are.equal(0, s.backlog.limit)
    assert.are.equal(0, s.backlog.holds)
    assert.is_true(rt:drain(20))
    assert.are.equal(0, rt:stats().backlog.bytes)
    assert.is_true(rt:close())
  end)

  it("never holds results that weigh nothing", function()
    local rt = new_rt { workers = 2, backlog_bytes = 1 }
    for i = 1, 500 do rt:enqueue("light", "l" .. i, { args = i }) end
    local s = settle(rt)
    assert.are.equal(0, s.queued)
    assert.are.equal(500, s.waiting_apply)
    assert.are.equal(0, s.backlog.holds)
    assert.is_true(rt:drain(20))
    assert.is_true(rt:close())
  end)

  it("weighs a fraction (a number payload) but not an integer", function()
    local rt = new_rt { workers = 1, backlog_bytes = 1 }
    for i = 1, 20 do rt:enqueue("fraction", "f" .. i, { args = i }) end
    local s = settle(rt)
    assert.is_true(s.backlog.holds >= 1)
    assert.is_true(s.backlog.bytes > 0 and s.backlog.bytes <= 8 * 64, tostring(s.backlog.bytes))
    assert.is_true(rt:drain(20))
    assert.are.equal(20, _G.applied)
    assert_invariant(rt)
    assert.is_true(rt:close())
  end)

  it("drains after a pump whose last result weighed nothing (the emptied batch reads 0)", function()
    local rt = new_rt { workers = 1, backlog_bytes = 16 * 1024 }
    for i = 1, 20 do -- both types seen quick on the worker: the next burst is one batch
      rt:enqueue("tile", "w" .. i, { args = 1 })
      rt:enqueue("light", "v" .. i, { args = 1 })
      assert.is_true(rt:drain(5))
    end
    rt:pause()
    rt:enqueue("tile", "t1", { args = 16 * 1024 })
    rt:enqueue("light", "l1", { args = 1 })
    rt:resume()
    assert.is_true(H.wait_until(function() return rt:stats().waiting_apply == 2 end, 5))
    rt:pump { max_ms = 1000 }
    assert.are.equal(0, rt:stats().backlog.bytes)
    rt:enqueue("tile", "t2", { args = 8192 })
    assert.is_true(rt:drain(3))
    assert.are.equal(0, rt:stats().backlog.holds)
    assert.is_true(rt:close())
  end)

  it("lets rt:close run the queue with nobody pumping", function()
    local rt = new_rt { workers = 2, backlog_bytes = 16 * 1024 }
    for i = 1, 40 do rt:enqueue("tile", "t" .. i, { args = 8192 }) end
    local s = settle(rt)
    assert.is_true(s.backlog.holds >= 1)
    local ok, msg = rt:close { timeout_s = 10 }
    assert.is_true(ok, msg)
    s = rt:stats()
    assert.are.equal(40, s.canceled) -- finished, never applied: discarded
    assert_invariant(rt)
  end)

  it("survives a session bump while held: the stale results drop, the rest run", function()
    local rt = new_rt { workers = 2, backlog_bytes = 32 * 1024 }
    for i = 1, 60 do rt:enqueue("tile", "t" .. i, { args = 8192 }) end
    local s = settle(rt)
    assert.is_true(s.backlog.holds >= 1)
    rt:bump_session()
    for i = 1, 20 do rt:enqueue("tile", "n" .. i, { args = 8192 }) end
    assert.is_true(rt:drain(20))
    s = rt:stats()
    assert.are.equal(20, _G.applied)
    assert.are.equal(60, s.stale_dropped)
    assert.are.equal(0, s.backlog.bytes)
    assert_invariant(rt)
    assert.is_true(rt:close())
  end)

  for _, bad in ipairs { -1, 0.5, 0 / 0, 1 / 0, 2 ^ 60 } do
    it("rejects backlog_bytes = " .. tostring(bad), function()
      local ok, err = pcall(kiln.runtime, { backlog_bytes = bad, gpu_backend = "none" })
      assert.is_false(ok)
      assert.matches("option 'backlog_bytes' must be a whole number of bytes from 0 %(no bound%) to 2%^53, got "
        .. tostring(bad):gsub("%p", "%%%0"), err)
    end)
  end

  it("rejects a backlog_bytes that is not a number", function()
    local ok, err = pcall(kiln.runtime, { backlog_bytes = "16M", gpu_backend = "none" })
    assert.is_false(ok)
    assert.matches("option 'backlog_bytes' must be a number, got string", err, 1, true)
  end)
end)
