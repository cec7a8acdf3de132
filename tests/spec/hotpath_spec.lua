-- The per-item path's shortcuts must never change what a script sees:
-- the key ring (an apply gets the string rt:enqueue was given, matched by
-- item serial) and inline args (integers and booleans travel inside the
-- payload pointer, passed to C as a number).
local kiln = require "kiln"
local ffi = require "ffi"

local FIX = "tests/spec/fixtures/"

local function fresh(workers)
  local rt = kiln.runtime { workers = workers or 2 }
  rt:load(FIX .. "basic.lua")
  _G.current_rt, _G.echo_log = rt, nil
  return rt
end

-- Enqueues n items of tname (keys prefix .. i, args i) with one reused
-- options table, pumping every 256 as a render loop would.
local function feed(rt, tname, prefix, n)
  local opts = { args = 0 }
  for i = 1, n do
    opts.args = i
    rt:enqueue(tname, prefix .. i, opts)
    if i % 256 == 0 then rt:pump() end
  end
end

local function by_key()
  local m = {}
  for _, e in ipairs(_G.echo_log or {}) do m[e.key] = e end
  return m
end

describe("the key ring", function()
  it("gives each apply its own key, past the ring's size and with reruns in between", function()
    local rt = fresh()
    rt:pause() -- a queue deeper than the ring: the first items fall back to the item's bytes
    local n = 20000
    for i = 1, n do rt:enqueue("echo", "k" .. i, { args = i }) end
    rt:resume()
    assert.is_true(rt:drain(60))
    local got = by_key()
    local count = 0
    for _, e in ipairs(_G.echo_log) do
      count = count + 1
      assert.equal("k" .. e.v, e.key)
    end
    assert.equal(n, count)
    assert.equal(n, got["k" .. n].v)
    rt:close()
  end)

  it("matches coalesced enqueues and reruns of an in-flight key", function()
    local rt = fresh(1)
    rt:pause()
    rt:enqueue("echo", "same", { args = 1 })
    assert.equal("coalesced", rt:enqueue("echo", "same", { args = 2 }))
    rt:enqueue("echo", "other", { args = 3 })
    rt:resume()
    assert.is_true(rt:drain(10))
    local log = _G.echo_log
    assert.equal(2, #log)
    assert.same({ "same", 2 }, { log[1].key, log[1].v })
    assert.same({ "other", 3 }, { log[2].key, log[2].v })
    -- Rerun: the key is enqueued again while its first run is in flight.
    _G.echo_log = nil
    rt:load(FIX .. "basic.lua")
    for round = 1, 50 do
      rt:enqueue("echo", "r", { args = round })
      rt:enqueue("echo", "r", { args = -round })
      rt:enqueue("echo", "s" .. round, { args = round })
      rt:pump { max_ms = 0 }
    end
    assert.is_true(rt:drain(10))
    for _, e in ipairs(_G.echo_log) do
      if e.key ~= "r" then assert.equal("s" .. e.v, e.key) end
    end
    assert.equal(-50, by_key().r.v) -- the newest args win
    rt:close()
  end)

  it("hands over keys with NUL bytes and keys of the longest size intact", function()
    local rt = fresh()
    local long = string.rep("x", 65535) .. "!"
    local keys = { "a\0b", "\0", long, "é/ü" }
    for i, k in ipairs(keys) do rt:enqueue("echo", k, { args = i }) end
    assert.is_true(rt:drain(10))
    local got = by_key()
    for i, k in ipairs(keys) do assert.equal(i, got[k].v) end
    rt:close()
  end)
end)

describe("enqueue's fast path", function()
  -- A key with no live item goes on an intake without the lock; a worker
  -- (or the next locked call) folds it into the queue. Whatever the mix,
  -- a key never has two owners, the newest args win, states see intake
  -- items, and every enqueue ends in exactly one counter.
  it("keeps de-dup, newest args, states and the counters exact under a random mix", function()
    local rt = fresh()
    local seed = os.time()
    math.randomseed(seed)
    local last = {} -- key -> the args of its last enqueue
    local n = 0
    for round = 1, 4000 do
      local k = "m" .. math.random(1, 40)
      n = n + 1
      local r = rt:enqueue("echo", k, { args = n, priority = math.random(0, 2) })
      assert(r == "queued" or r == "coalesced", r)
      last[k] = n
      local st = rt:state("echo", k)
      assert(st ~= "unknown" and st ~= "applied", "seed " .. seed .. ": state of " .. k .. " right after enqueue: " .. tostring(st))
      local roll = math.random()
      if roll < 0.3 then rt:pump { max_ms = 0 }
      elseif roll < 0.31 then rt:stats() end
    end
    assert.is_true(rt:drain(30))
    -- The last apply of each key carries its newest args.
    local final = {}
    for _, e in ipairs(_G.echo_log) do final[e.key] = e.v end
    for k, v in pairs(last) do assert.equal(v, final[k], "seed " .. seed .. ": key " .. k) end
    local st = rt:stats()
    assert.equal(n, st.enqueued)
    assert.equal(st.enqueued, st.completed + st.coalesced + st.failed + st.canceled + st.stale_dropped,
      "seed " .. seed)
    rt:close()
  end)

  it("folds intake items for cancel and close, counting each once", function()
    local rt = fresh(1)
    rt:pause()
    for i = 1, 300 do rt:enqueue("echo", "c" .. i, { args = i }) end
    for i = 1, 300, 3 do rt:cancel("echo", "c" .. i) end
    assert.equal("queued", rt:state("echo", "c2"))
    local st = rt:stats()
    assert.equal(300, st.enqueued)
    assert.equal(100, st.canceled)
    rt:resume()
    assert.is_true(rt:drain(30))
    st = rt:stats()
    assert.equal(200, st.completed)
    -- Queued at close with a cancel: counted canceled, none lost.
    rt:pause()
    for i = 1, 50 do rt:enqueue("echo", "z" .. i, { args = i }) end
    rt:close { cancel = true }
  end)
end)

describe("inline args", function()
  it("carry integers up to 2^48 and booleans exactly; bigger numbers and fractions take a payload", function()
    local rt = fresh()
    local vals = { 0, 1, -1, 15, -16, 2^48 - 1, -(2^48) + 1, 2^48, -(2^48), 2^53, -(2^53), 2^60,
                   0.5, -0.5, 1e300, -0.0, true, false, math.huge, -math.huge }
    for i, v in ipairs(vals) do rt:enqueue("echo", "v" .. i, { args = v }) end
    assert.is_true(rt:drain(10))
    local got = by_key()
    for i, v in ipairs(vals) do
      assert.equal(v, got["v" .. i].v, "args #" .. i .. " = " .. tostring(v))
    end
    rt:close()
  end)

  it("carries NaN as NaN", function()
    local rt = fresh()
    rt:enqueue("echo", "nan", { args = 0 / 0 })
    assert.is_true(rt:drain(10))
    local v = by_key().nan.v
    assert.is_true(v ~= v)
    rt:close()
  end)

  it("is refused by the C side without its tag", function()
    local rt = fresh()
    local api = kiln._api
    local res, ser, msg = ffi.new("int[1]"), ffi.new("double[1]"), ffi.new("char[512]")
    local id = rt._byname.echo.id
    local rc = api.enqueue(rt._c, id, "bad", 3, 0, 0, 0, 0, nil, 32, res, ser, msg)
    assert.is_true(rc ~= 0)
    assert.matches("inline args without a tag", ffi.string(msg))
    -- A tagged value goes through and keeps its serial.
    assert.equal(0, api.enqueue(rt._c, id, "good", 4, 0, 0, 0, 0, nil, 7 * 16 + 1, res, ser, msg))
    assert.is_true(ser[0] > 0)
    assert.is_true(rt:drain(10))
    assert.equal(7, by_key().good.v)
    rt:close()
  end)
end)

describe("garbage per item", function()
  -- What rt:enqueue and rt:pump leave for the main state's GC, in a fresh
  -- state (a child build/kiln) running one type, as a host's hot loop
  -- does: a host reusing its options table pays nothing per item on
  -- enqueue, and pump leaves a few bytes (its result table, per call).
  it("is none for enqueue with a reused options table and under 8 bytes an item for pump", function()
    local bin = (os.getenv("BUILD") or "build") .. "/kiln"
    local script = os.tmpname()
    local f = assert(io.open(script, "w"))
    f:write([=[
      package.path = "tests/spec/?.lua;" .. package.path
      local kiln = require "kiln"
      local rt = kiln.runtime { workers = 2 }
      rt:load("tests/spec/fixtures/hotpath_types.lua")
      local n = 4000
      local keys = {}
      for i = 1, n do keys[i] = "g" .. i end
      local opts = { args = 0 }
      local enq, pmp
      for round = 1, 3 do -- the last round counts: the JIT has compiled both loops
        rt:pause()
        collectgarbage("collect")
        collectgarbage("stop")
        local g0 = collectgarbage("count")
        for i = 1, n do opts.args = i; rt:enqueue("trivial_sum", keys[i], opts) end
        local g1 = collectgarbage("count")
        rt:resume()
        assert(require("helpers").wait_until(function()
          return rt:stats().waiting_apply == n end, 30), "workers did not finish")
        local g2 = collectgarbage("count")
        rt:pump { max_ms = 1e6 }
        local g3 = collectgarbage("count")
        collectgarbage("restart")
        enq, pmp = (g1 - g0) * 1024 / n, (g3 - g2) * 1024 / n
      end
      assert(_G.trivial_total == 3 * (n * (n + 1) / 2 + n), "applies missing")
      print(string.format("enqueue %.2f pump %.2f", enq, pmp))
      rt:close()
    ]=])
    f:close()
    local p = io.popen(bin .. " " .. script .. " 2>&1")
    local out = p:read("*a")
    p:close()
    os.remove(script)
    local enq, pmp = out:match("enqueue ([%d.]+) pump ([%d.]+)")
    assert(enq, out)
    assert.is_true(tonumber(enq) < 1, "enqueue left " .. enq .. " bytes an item")
    assert.is_true(tonumber(pmp) < 8, "pump left " .. pmp .. " bytes an item")
  end)

  -- On the worker, the loop (times, the item pointer, the result) must
  -- leave next to nothing, and a compute that never reads its key gets no
  -- key string (one would be about 40 bytes here).
  it("is next to nothing on a worker whose compute does not read its key", function()
    -- Under a sanitizer every item is slow enough to be published on its
    -- own, which compiles other traces: a figure for the real build only.
    if (os.getenv("SAN") or "") ~= "" then
      pending("garbage per item is measured without a sanitizer")
      return
    end
    local rt = kiln.runtime { workers = 1 }
    rt:load(FIX .. "hotpath_types.lua")
    -- One burst the worker cannot catch up with: it runs the loop's
    -- steady state (batches of quick items) throughout. Fed as it ran, it
    -- caught up now and then, and the traces it then compiled for its
    -- other paths (published items, an empty queue) counted as garbage:
    -- 8-29 bytes an item in one run of three.
    rt:pause()
    feed(rt, "worker_garbage", "w", 3000)
    rt:resume()
    assert.is_true(rt:drain(30))
    local g = _G.worker_garbage
    assert.is_number(g)
    assert.is_true(g < 8, "a worker left " .. g .. " bytes an item")
    rt:close()
  end)
end)

describe("worker states' memory", function()
  -- Each item interns its key in the worker's state, whose string table
  -- LuaJIT grows between collections and shrinks after them; the table's
  -- old sizes come back, and are reused instead of mapped afresh.
  it("reuses the big blocks a worker state freed", function()
    local rt = kiln.runtime { workers = 1 }
    rt:load(FIX .. "hotpath_types.lua")
    local s0 = rt:stats().worker_lua
    assert.are.same({ blocks_reused = 0, kept_bytes = 0 }, s0)
    feed(rt, "key_len", "a/key/of/some/length/", 60000)
    assert.is_true(rt:drain(60))
    local s = rt:stats()
    assert.are.equal(60000, s.completed)
    assert.is_true(s.worker_lua.blocks_reused > 0, "no block reused")
    -- Bounded: 4 blocks and 32 MB a state.
    assert.is_true(s.worker_lua.kept_bytes <= 32 * 1024 * 1024)
    rt:close()
  end)
end)

describe("the key string on workers", function()
  -- A callback that never reads its key parameter is passed nil (no
  -- string interned per item); every way of reading it must still see the
  -- key, and ctx.key always works.
  it("reaches every compute and output that reads it, however it is read", function()
    local rt = kiln.runtime { workers = 2 }
    rt:load(FIX .. "hotpath_types.lua")
    _G.key_shapes_seen = {}
    local want = {
      ks_return = function(k) return k end, ks_concat = function(k) return "k:" .. k end,
      ks_call = function(k) return k:upper() end, ks_method = function(k) return k end,
      ks_table = function(k) return k end, ks_closure = function(k) return k end,
      ks_vararg = function(k) return k end, ks_ctx_only = function(k) return k end,
      ks_unused_ctx = function(k, i) return k .. "#" .. i end, ks_loop = function(k) return k end,
      ks_compare = function(k) return #k end, ks_select = function(k) return k end,
      ks_pcall = function(k) return #k end, ks_local = function(k, i) return k .. i end,
      ks_output = function(_, i) return i end,
    }
    local n = 0
    for name in pairs(want) do
      for i = 1, 20 do
        rt:enqueue(name, name .. "/key-" .. i, { args = i })
        n = n + 1
      end
    end
    assert.is_true(rt:drain(30))
    local s = rt:stats()
    assert.are.equal(0, s.failed, rt:errors()[1] and rt:errors()[1].message)
    assert.are.equal(n, s.completed)
    for name, f in pairs(want) do
      for i = 1, 20 do
        local k = name .. "/key-" .. i
        assert.are.equal(f(k, i), (_G.key_shapes_seen[name] or {})[k], name .. " " .. k)
      end
    end
    rt:close()
  end)

  it("is left out only for callbacks that plainly never read it", function()
    local reads = kiln._reads_key
    local up = 1
    assert.is_false(reads(nil))
    assert.is_false(reads(function(ctx, key, i) return i * 2 end))
    assert.is_false(reads(function(ctx, key, i) return up + i end))
    assert.is_false(reads(function(ctx) return ctx.key end))
    assert.is_false(reads(function(ctx, _, i) local t = {} for j = 1, i do t[j] = j end return t end))
    assert.is_false(reads(function(ctx, key, i) _G.reads_probe = i end)) -- ends in RET0
    assert.is_false(reads(function(ctx, key) return ctx end))
    assert.is_false(reads(function(ctx, key, i) return i, ctx end))
    assert.is_true(reads(function(ctx, key) return ctx, key end))
    assert.is_true(reads(function(ctx, key) return key, 1 end))
    assert.is_true(reads(function(ctx, key) return tostring(key) end))
    assert.is_true(reads(function(ctx, key) return key end))
    assert.is_true(reads(function(ctx, key) return #key end))
    assert.is_true(reads(function(ctx, key) key = "x" return 1 end))
    assert.is_true(reads(function(ctx, key) return function() return key end end))
    assert.is_true(reads(function(ctx, ...) return 1 end))
    assert.is_true(reads(function(ctx, key) local t = { key } return t end))
    assert.is_true(reads(function(ctx, key) for k in pairs({ key }) do return k end end))
    assert.is_true(reads(print)) -- a C function
    assert.is_true(reads(setmetatable({}, { __call = function() end }))) -- a callable table
  end)
end)

describe("kiln's per-item code", function()
  -- A change that sends kiln's own code on the hot path to the interpreter
  -- (an abort the JIT never gets past, such as returning two values
  -- through pcall: "NYI: return to lower frame") costs a quarter of the
  -- medium throughput and fails no other test. Every state records its
  -- trace aborts from the start (fixtures/jit_types.lua).
  local function kiln_nyi(list)
    local bad = {}
    for line in (list .. "\n"):gmatch("(.-)\n") do
      -- A trace that starts in kiln's code; one that starts in a script's
      -- callback and returns into kiln's frame is the script's (kiln's
      -- code after a callback compiles from its own entry: kiln_worker.lua).
      if line:match("NYI") and line:match("^kiln[%w_]*%.lua:") then bad[#bad + 1] = line end
    end
    return bad
  end

  it("compiles on the worker and in rt:pump, with no abort it cannot get past", function()
    if not (jit and jit.attach and jit.status()) then pending("no JIT") return end
    local rt = kiln.runtime { workers = 1 }
    rt:load(FIX .. "jit_types.lua") -- in this state too: attaches before any pump
    feed(rt, "jit_tile", "jt/", 6000)
    assert.is_true(rt:drain(60))
    rt:enqueue("jit_report", "r")
    assert.is_true(rt:drain(10))
    local worker = kiln_nyi(_G.jit_worker_aborts or "")
    local main = kiln_nyi(table.concat(_G.jit_aborts or {}, "\n"))
    assert.are.same({}, worker)
    assert.are.same({}, main)
    assert.are.equal(0, rt:stats().failed)
    rt:close()
  end)
end)
