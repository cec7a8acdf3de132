-- Who frees a kiln.buffer's memory. A buffer handed to apply, and one a
-- worker's item makes, gets its finalizer only when the call it was made
-- for returns (bindings/kiln_buffer.lua): these check that memory a script
-- keeps stays valid and memory it drops still goes back, exactly once.
local kiln = require "kiln"
local H = require "helpers"

local FIX = "tests/spec/fixtures/"
local MiB = 2^20

-- Starts from an empty buffer pool, with the GC run (older tests' buffers
-- run their finalizers now, not in the middle of a count).
local function empty_pool()
  collectgarbage()
  collectgarbage()
  kiln.buffer_pool { limit = 0 }
  return kiln.buffer_pool { limit = 64 * MiB }
end

-- Asserts every block taken from the pool since p0 is back in it but out
-- (a freed tile may serve a later compute, so blocks made, not
-- allocations, count). Returns the pool's figures.
local function assert_all_back(p0, cap, out)
  local p = kiln.buffer_pool()
  assert.is_true((p.fresh - p0.fresh - (out or 0)) * cap == p.cached,
    "cached " .. p.cached .. ", made " .. (p.fresh - p0.fresh))
  return p
end

describe("a buffer handed to apply", function()
  after_each(function() _G.kept_tiles = nil end)

  it("is freed once whether apply frees it, keeps it, drops it or fails", function()
    local p0 = empty_pool()
    local failed = 0
    local rt = kiln.runtime { workers = 2, on_error = function() failed = failed + 1 end }
    rt:load(FIX .. "buffer_types.lua")
    for _, mode in ipairs { "free", "keep", "drop", "fail" } do
      for i = 1, 3 do rt:enqueue("buf_apply", mode .. i) end
    end
    assert.is_true(rt:drain(20))
    assert.are.equal(3, failed)
    -- The dropped and failed ones go to the GC: their finalizers free them.
    collectgarbage()
    collectgarbage()
    assert_all_back(p0, 40960, 3)
    -- The kept ones are alive and intact, until dropped.
    assert.are.equal(3, #_G.kept_tiles)
    for _, b in ipairs(_G.kept_tiles) do
      assert.are.equal(40000, #b)
      assert.are.equal(7, b.ptr[0])
      assert.are.equal(9, b.ptr[39999])
    end
    _G.kept_tiles = nil
    collectgarbage()
    collectgarbage()
    local p = assert_all_back(p0, 40960)
    assert.is_true(p.fresh - p0.fresh >= 6) -- 3 kept and 3 left to the GC were out at once
    rt:close()
  end)
end)

describe("a tile result", function()
  -- A result that is one buffer travels as its bytes' pointer (no
  -- payload): whoever drops it must free the bytes, once.
  it("goes back to the pool when the host closes without pumping it", function()
    local p0 = empty_pool()
    local rt = kiln.runtime { workers = 2 }
    rt:load(FIX .. "buffer_types.lua")
    for i = 1, 20 do rt:enqueue("buf_apply", "drop" .. i) end
    assert.is_true(H.wait_until(function() return rt:stats().waiting_apply == 20 end, 20))
    rt:close()
    local p = assert_all_back(p0, 40960)
    assert.are.equal(20, p.fresh - p0.fresh) -- none freed before close: none reused
  end)

  it("goes back to the pool when a session bump drops it before apply", function()
    local p0 = empty_pool()
    local rt = kiln.runtime { workers = 2 }
    rt:load(FIX .. "buffer_types.lua")
    for i = 1, 20 do rt:enqueue("buf_apply", "drop" .. i) end
    assert.is_true(H.wait_until(function() return rt:stats().waiting_apply == 20 end, 20))
    rt:bump_session()
    assert.is_true(rt:drain(10))
    assert.are.equal(20, rt:stats().stale_dropped)
    assert_all_back(p0, 40960)
    rt:close()
  end)
end)

describe("a tile whose apply yields", function()
  -- rt:pump inside a coroutine the host drops while an apply is suspended:
  -- the tile cannot wait for the apply to return for its finalizer.
  it("is freed by the GC when the suspended coroutine is dropped", function()
    local p0 = empty_pool()
    local rt = kiln.runtime { workers = 1 }
    rt:load(FIX .. "buffer_types.lua")
    rt:enqueue("buf_yield", "y1")
    assert.is_true(H.wait_until(function() return rt:stats().waiting_apply == 1 end, 20))
    local co = coroutine.create(function() rt:pump() end)
    assert.is_true(coroutine.resume(co))
    assert.are.equal("suspended", coroutine.status(co))
    co = nil
    collectgarbage()
    collectgarbage()
    local p = assert_all_back(p0, 40960)
    assert.are.equal(1, p.fresh - p0.fresh)
    rt:close()
  end)
end)

describe("a recycled tile", function()
  -- The pool hands the block one apply freed to the next compute: the
  -- next apply's tile has the same address, and dropping it must still
  -- leave it to the GC (kiln may not take it for the one freed before).
  it("is freed by the GC when the apply after the one that freed it drops it", function()
    local p0 = empty_pool()
    local rt = kiln.runtime { workers = 1 }
    rt:load(FIX .. "buffer_types.lua")
    collectgarbage("stop") -- the dropped tiles stay out until the end
    for i = 1, 5 do
      rt:enqueue("buf_apply", "free" .. i)
      assert.is_true(rt:drain(10))
      rt:enqueue("buf_apply", "drop" .. i)
      assert.is_true(rt:drain(10))
    end
    collectgarbage("restart")
    local p1 = kiln.buffer_pool()
    assert.are.equal(5, p1.fresh - p0.fresh)
    assert.are.equal(5, p1.reused - p0.reused) -- each dropped tile was the block freed just before
    collectgarbage()
    collectgarbage()
    assert_all_back(p0, 40960)
    rt:close()
  end)
end)

describe("a buffer a worker's item makes", function()
  it("goes back to the pool when the item drops it, however many it made", function()
    local p0 = empty_pool()
    local rt = kiln.runtime { workers = 1 } -- one worker state for every item
    rt:load(FIX .. "buffer_types.lua")
    _G.buf_worker_seen = {}
    -- 3 and 20 temporaries: fewer and more than the 8 an item defers.
    rt:enqueue("buf_worker", "temps3", { args = 3 })
    rt:enqueue("buf_worker", "temps20", { args = 20 })
    assert.is_true(rt:drain(20))
    rt:enqueue("buf_worker", "collect1")
    assert.is_true(rt:drain(20))
    local made = kiln.buffer_pool().fresh - p0.fresh
    assert.is_true(made >= 8, "made " .. made) -- the deferred ones were all out at once
    assert.are.equal(made * 57344, _G.buf_worker_seen.collect1)
    rt:close()
  end)

  it("stays valid across items when the worker state keeps it", function()
    local p0 = empty_pool()
    local rt = kiln.runtime { workers = 1 }
    rt:load(FIX .. "buffer_types.lua")
    _G.buf_worker_seen = {}
    rt:enqueue("buf_worker", "keep1")
    assert.is_true(rt:drain(20))
    rt:enqueue("buf_worker", "collect1") -- the GC runs while it is held
    assert.is_true(rt:drain(20))
    assert.are.equal(0, _G.buf_worker_seen.collect1)
    rt:enqueue("buf_worker", "check1")
    assert.is_true(rt:drain(20))
    assert.are.equal(45, _G.buf_worker_seen.check1)
    rt:enqueue("buf_worker", "collect2")
    assert.is_true(rt:drain(20))
    assert.are.equal(1, kiln.buffer_pool().fresh - p0.fresh)
    assert.are.equal(57344, _G.buf_worker_seen.collect2) -- freed once, by check
    rt:close()
  end)
end)

describe("a callback replaced after rt:load", function()
  it("is looked at afresh for whether it reads its key", function()
    local rt = kiln.runtime { workers = 1 }
    rt:load(FIX .. "buffer_types.lua")
    _G.replaced_seen = {}
    rt:enqueue("replaced", "r1", { args = 1 }) -- its compute replaces itself (on the worker)
    assert.is_true(rt:drain(10))
    local seen = _G.replaced_seen
    _G.replaced_spec.apply = function(ctx, key, v) seen[#seen + 1] = { key = key, v = v } end
    rt:enqueue("replaced", "r2", { args = 2 })
    assert.is_true(rt:drain(10))
    assert.are.same({ { v = "first" }, { key = "r2", v = "r2" } }, seen)
    rt:close()
  end)
end)

describe("an apply that never reads its key parameter", function()
  it("is passed nil there, and ctx.key still gives the key", function()
    local rt = kiln.runtime { workers = 2 }
    rt:load(FIX .. "buffer_types.lua")
    _G.apply_no_key = {}
    for i = 1, 50 do rt:enqueue("apply_no_key", "nk/" .. i, { args = i }) end
    assert.is_true(rt:drain(20))
    for i = 1, 50 do
      assert.is_nil(_G.apply_no_key[i].param)
      assert.are.equal("nk/" .. i, _G.apply_no_key[i].key)
    end
    rt:close()
  end)
end)
