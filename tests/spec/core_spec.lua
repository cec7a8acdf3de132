-- The kiln core contract: cache types on worker states, priority FIFO,
-- de-dup, sessions, backpressure, values, errors, timeouts, close.
local kiln = require "kiln"
local ffi = require "ffi"

local FIX = "tests/spec/fixtures/"

local function fresh(opts)
  local rt = kiln.runtime(opts or { workers = 2 })
  rt:load(FIX .. "basic.lua")
  _G.current_rt = rt
  return rt
end

local function reset_globals()
  for _, k in ipairs { "echo_log", "order", "pixels", "ok_applies", "type_errors", "runaway_ok",
                       "slow_applied", "disky", "free_done" } do
    _G[k] = nil
  end
end

describe("kiln module", function()
  before_each(reset_globals)

  it("loads in plain luajit and exposes its API", function()
    assert.is_function(kiln.runtime)
    assert.is_function(kiln.artifact)
    assert.is_function(kiln.buffer)
  end)

  it("makes C-owned buffers with a uint8_t* ptr and a length", function()
    local b = kiln.buffer(16)
    assert.equal(16, #b)
    assert.is_true(ffi.istype("uint8_t *", b.ptr))
    b.ptr[15] = 200
    assert.equal(200, b.ptr[15])
    assert.equal(0, b.ptr[0])
    assert.equal("abc", kiln.buffer("abc"):tostring())
    assert.equal(0, #kiln.buffer(0))
    assert.equal(4096, #kiln.buffer(4096, false)) -- not zeroed: for computes that write every byte
  end)

  it("frees a buffer early with buf:free(); a freed buffer behaves as moved", function()
    local b = kiln.buffer(1024)
    b:free()
    assert.is_true(b:moved())
    assert.has_error(function() return b.ptr end)
    -- Using it again is a bug in the script, not a silent zero or no-op.
    local ok, e = pcall(function() return #b end)
    assert.is_false(ok)
    assert.matches("#buf: the kiln.buffer was already moved or freed", e, 1, true)
    ok, e = pcall(b.free, b)
    assert.is_false(ok)
    assert.matches("buf:free: the kiln.buffer was already freed", e, 1, true)
    -- A buffer that moved (say, to the disk writer) has nothing to free.
    local m = kiln.buffer(8)
    kiln._api.payload_free(kiln._encode({ m }, "args")) -- moves it, as rt:enqueue's args would
    assert.is_false(m:free())
  end)

  it("rejects bad buffer sizes with a clear error", function()
    assert.has_error(function() kiln.buffer(-1) end,
      "kiln.buffer: size must be a non-negative integer, got -1")
    assert.has_error(function() kiln.buffer(1.5) end,
      "kiln.buffer: size must be a non-negative integer, got 1.5")
    assert.has_error(function() kiln.buffer(8, true) end,
      "kiln.buffer: the second argument may only be false (do not zero)")
  end)

  it("recycles buffer memory: a freed tile is the next tile, up to the pool's limit", function()
    -- Buffers of earlier tests must not reach the pool mid-test through
    -- their finalizers: collect them now and hold the GC until the end.
    collectgarbage()
    collectgarbage()
    collectgarbage("stop")
    finally(function() collectgarbage("restart") end)
    kiln.buffer_pool { limit = 0 } -- start empty
    local p0 = kiln.buffer_pool { limit = 64 * 2^20 }
    assert.equal(0, p0.cached)
    assert.equal(64 * 2^20, p0.limit)
    local a = kiln.buffer(16384, false)
    local addr = tostring(a.ptr)
    a:free()
    assert.equal(16384, kiln.buffer_pool().cached)
    local b = kiln.buffer(16384) -- zeroed even when recycled
    assert.equal(addr, tostring(b.ptr))
    for i = 0, 16383, 997 do assert.equal(0, b.ptr[i]) end
    local p1 = kiln.buffer_pool()
    assert.equal(p0.reused + 1, p1.reused)
    assert.equal(0, p1.cached)
    b:free()
    assert.equal(0, kiln.buffer_pool { limit = 0 }.cached) -- 0: off, and emptied
    local c = kiln.buffer(16384)
    c:free()
    assert.equal(0, kiln.buffer_pool().cached)
    kiln.buffer_pool { limit = 64 * 2^20 }
  end)

  it("reuses tiles across the worker and render threads", function()
    kiln.buffer_pool { limit = 64 * 2^20 }
    local rt = kiln.runtime { workers = 2 }
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write([[
      local kiln = require "kiln"
      kiln.artifact { name = "tile",
        compute = function(ctx, key, i) local b = kiln.buffer(16384, false); b.ptr[0] = i % 256; return b end,
        apply = function(ctx, key, b) _G.tiles_sum = (_G.tiles_sum or 0) + b.ptr[0]; b:free() end }
    ]])
    f:close()
    rt:load(path)
    os.remove(path)
    local before = kiln.buffer_pool()
    for i = 1, 400 do
      rt:enqueue("tile", "t" .. i, { args = i })
      if i % 50 == 0 then assert.is_true(rt:drain(10)) end
    end
    assert.is_true(rt:drain(10))
    rt:close()
    local after = kiln.buffer_pool()
    assert.is_true(after.reused - before.reused >= 300, "reused " .. (after.reused - before.reused))
    assert.is_true(after.cached <= after.limit)
  end)

  it("rejects bad buffer_pool options, naming them", function()
    assert.has_error(function() kiln.buffer_pool { limit = -1 } end,
      "kiln.buffer_pool: option 'limit' must be a byte count (0 to 2^48), got -1")
    assert.has_error(function() kiln.buffer_pool { limit = "big" } end,
      "kiln.buffer_pool: option 'limit' must be a byte count (0 to 2^48), got big")
    assert.has_error(function() kiln.buffer_pool { limt = 5 } end,
      "kiln.buffer_pool: unknown option 'limt' (options: limit)")
    assert.has_error(function() kiln.buffer_pool(5) end,
      "kiln.buffer_pool: expected a table of options, got number")
  end)
end)

describe("kiln.runtime options", function()
  it("rejects unknown options and bad values", function()
    assert.has_error(function() kiln.runtime { wrokers = 2 } end,
      "kiln.runtime: unknown option 'wrokers'")
    assert.has_error(function() kiln.runtime { workers = 0 } end,
      "kiln.runtime: option 'workers' must be an integer from 1 to 256, got 0")
    assert.has_error(function() kiln.runtime { disk_slots = "2" } end,
      "kiln.runtime: option 'disk_slots' must be a number, got string")
    assert.has_error(function() kiln.runtime(5) end,
      "kiln.runtime: expected a table of options, got number")
    assert.has_error(function() kiln.runtime { worker_priority = "high" } end,
      "kiln.runtime: option 'worker_priority' must be background or normal, got 'high'")
  end)

  -- The scheduling policy of the thread running compute, from
  -- /proc/thread-self/stat (field 41; 0 = SCHED_OTHER, 3 = SCHED_BATCH).
  local function policy_of_workers(opts)
    local rt = kiln.runtime(opts)
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write([[
      local kiln = require "kiln"
      kiln.artifact { name = "policy",
        compute = function()
          local fh = assert(io.open("/proc/thread-self/stat"))
          local stat = fh:read("*a")
          fh:close()
          local fields = {}
          for w in stat:match("%) (.*)$"):gmatch("%S+") do fields[#fields + 1] = w end
          return tonumber(fields[39]) -- field 41: the line's fields after "(comm)" start at 3
        end,
        apply = function(ctx, key, v) _G.policies[key] = v end }
    ]])
    f:close()
    rt:load(path)
    os.remove(path)
    _G.policies = {}
    for i = 1, 8 do rt:enqueue("policy", "p" .. i) end
    assert.is_true(rt:drain(10))
    rt:close()
    local seen = {}
    for _, v in pairs(_G.policies) do seen[v] = true end
    return seen
  end

  it("runs workers as background threads (SCHED_BATCH) unless told otherwise", function()
    assert.same({ [3] = true }, policy_of_workers { workers = 2 })
    assert.same({ [0] = true }, policy_of_workers { workers = 2, worker_priority = "normal" })
  end)
end)

describe("rt:load", function()
  it("returns the declared type names", function()
    local rt = kiln.runtime { workers = 1 }
    local names = rt:load(FIX .. "disky.lua")
    assert.same({ "disky", "free" }, names)
    rt:close()
  end)

  it("raises with file:line on a syntax error", function()
    local rt = kiln.runtime { workers = 1 }
    local ok, err = pcall(rt.load, rt, FIX .. "syntax_error.lua")
    assert.is_false(ok)
    assert.matches("tests/spec/fixtures/syntax_error.lua:4:", err, 1, true)
    rt:close()
  end)

  it("raises with file:line on a runtime error", function()
    local rt = kiln.runtime { workers = 1 }
    local ok, err = pcall(rt.load, rt, FIX .. "runtime_error.lua")
    assert.is_false(ok)
    assert.matches("tests/spec/fixtures/runtime_error.lua:3: attempt to index", err, 1, true)
    rt:close()
  end)

  it("names a cache directory that cannot be created", function()
    local rt = kiln.runtime { workers = 1, cache_dir = "/dev/null/cache" }
    local ok, err = pcall(rt.load, rt, FIX .. "disky.lua")
    assert.is_false(ok)
    assert.matches("rt:load: kiln disk: cannot create directory", err, 1, true)
    assert.matches("/dev/null/cache", err, 1, true)
    rt:close()
  end)

  it("names a missing file", function()
    local rt = kiln.runtime { workers = 1 }
    local ok, err = pcall(rt.load, rt, FIX .. "nope.lua")
    assert.is_false(ok)
    assert.matches("rt:load: cannot open 'tests/spec/fixtures/nope.lua': No such file or directory", err, 1, true)
    rt:close()
  end)

  it("reports bad cache type declarations with the field and the line", function()
    local rt = kiln.runtime { workers = 1 }
    local ok, err = pcall(rt.load, rt, FIX .. "bad_decl.lua")
    assert.is_false(ok)
    assert.matches("bad_decl.lua:2: kiln.artifact 'typo': unknown field 'comptue'", err, 1, true)
    rt:close()
  end)
end)

describe("kiln.artifact", function()
  it("refuses declarations outside rt:load", function()
    assert.has_error(function() kiln.artifact { name = "x", compute = print } end,
      "kiln.artifact: cache types are declared in a script loaded with rt:load(path), so that every worker state can load the same file")
  end)

  local function declare(spec)
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write("local kiln = require 'kiln'\nkiln.artifact(" .. spec .. ")\n")
    f:close()
    local rt = kiln.runtime { workers = 1 }
    local ok, err = pcall(rt.load, rt, path)
    rt:close()
    os.remove(path)
    return ok, err
  end

  it("validates every field", function()
    local cases = {
      { "{ compute = print }", "field 'name' must be 1-100 letters" },
      { "{ name = 'a/b', compute = print }", "field 'name' must be 1-100 letters" },
      { "{ name = 'x' }", "kiln.artifact 'x': field 'compute' must be a function" },
      { "{ name = 'x', compute = 1 }", "field 'compute' must be a function, got number" },
      { "{ name = 'x', compute = print, version = -1 }", "field 'version' must be a non-negative integer, got -1" },
      { "{ name = 'x', compute = print, outputs = { dsk = true } }", "outputs: unknown pool 'dsk'" },
      { "{ name = 'x', compute = print, outputs = { disk = 1 } }", "outputs.disk must be a boolean" },
      { "{ name = 'x', compute = print, timeout_ms = 0 }", "field 'timeout_ms' must be a positive number" },
      { "{ name = 'x', compute = print, max_concurrency = 0 }",
        "field 'max_concurrency' must be an integer from 1 to 1000000, got 0" },
      { "{ name = 'x', compute = print, max_concurrency = 0/0 }",
        "field 'max_concurrency' must be an integer from 1 to 1000000, got nan" },
      { "{ name = 'x', compute = print, max_concurrency = 1.5 }",
        "field 'max_concurrency' must be an integer from 1 to 1000000, got 1.5" },
      { "{ name = 'x', compute = print, max_concurrency = '2' }", "field 'max_concurrency' must be a number, got string" },
      { "5", "kiln.artifact: expected a table, got number" },
    }
    for _, c in ipairs(cases) do
      local ok, err = declare(c[1])
      assert.is_false(ok, c[1])
      assert.matches(c[2], err, 1, true)
    end
  end)
end)

describe("rt:enqueue", function()
  local rt
  before_each(function() reset_globals(); rt = fresh() end)
  after_each(function() rt:close() end)

  it("rejects unknown types, bad keys and bad options clearly", function()
    assert.has_error(function() rt:enqueue("nope", "k") end,
      "rt:enqueue: unknown type 'nope' (types: badvalue, echo, failing, pixels, runaway, sleepy, slow_apply)")
    assert.has_error(function() rt:enqueue("echo", 5) end,
      "rt:enqueue('echo'): key must be a string, got number")
    assert.has_error(function() rt:enqueue("echo", "k", { prio = 1 }) end,
      "rt:enqueue('echo', 'k'): unknown option 'prio' (options: priority, args, force)")
    assert.has_error(function() rt:enqueue("echo", "k", { priority = 1.5 }) end,
      "rt:enqueue('echo', 'k'): priority must be an integer, got 1.5")
    assert.has_error(function() rt:enqueue("echo", "k", { priority = "high" }) end,
      "rt:enqueue('echo', 'k'): option 'priority' must be a number, got string")
  end)

  it("rejects args that cannot travel, naming the field path", function()
    local ok, err = pcall(rt.enqueue, rt, "echo", "k", { args = { a = { 1, print } } })
    assert.is_false(ok)
    assert.matches("rt:enqueue('echo', 'k'): args.a[2] is a function", err, 1, true)
    local cyc = {}
    cyc.self = cyc
    ok, err = pcall(rt.enqueue, rt, "echo", "k", { args = cyc })
    assert.matches("args.self refers back to an enclosing table (a cycle)", err, 1, true)
    ok, err = pcall(rt.enqueue, rt, "echo", "k", { args = { ["odd key"] = coroutine.create(print) } })
    assert.matches('args["odd key"] is a coroutine', err, 1, true)
  end)
end)

describe("scheduling", function()
  before_each(reset_globals)

  it("runs higher priority first and FIFO within a priority", function()
    local rt = fresh { workers = 1 }
    rt:enqueue("sleepy", "gate", { priority = 100, args = { ms = 300 } })
    ffi.cdef [[ int usleep(unsigned int usec); ]]
    ffi.C.usleep(50000) -- the gate is on the worker now
    rt:enqueue("sleepy", "a", { priority = 1, args = { ms = 0 } })
    rt:enqueue("sleepy", "b", { priority = 5, args = { ms = 0 } })
    rt:enqueue("sleepy", "c", { priority = 1, args = { ms = 0 } })
    rt:enqueue("sleepy", "d", { priority = 5, args = { ms = 0 } })
    rt:enqueue("sleepy", "e", { priority = 3, args = { ms = 0 } })
    assert.is_true(rt:drain(10))
    assert.same({ "gate=gate", "b=b", "d=d", "e=e", "a=a", "c=c" }, _G.order)
    rt:close()
  end)

  it("coalesces a queued key: newest args and highest priority win", function()
    local rt = fresh { workers = 1 }
    rt:enqueue("sleepy", "gate", { priority = 100, args = { ms = 300 } })
    pcall(ffi.cdef, "int usleep(unsigned int usec);")
    ffi.C.usleep(50000)
    assert.equal("queued", rt:enqueue("sleepy", "x", { priority = 2, args = { ms = 0, tag = "x" } }))
    assert.equal("queued", rt:enqueue("sleepy", "k", { priority = 1, args = { ms = 0, tag = "first" } }))
    assert.equal("coalesced", rt:enqueue("sleepy", "k", { priority = 9, args = { ms = 0, tag = "second" } }))
    assert.equal("coalesced", rt:enqueue("sleepy", "k", { priority = 0, args = { ms = 0, tag = "third" } }))
    assert.is_true(rt:drain(10))
    assert.same({ "gate=gate", "k=third", "x=x" }, _G.order)
    local s = rt:stats()
    assert.equal(2, s.coalesced)
    assert.equal(3, s.completed)
    rt:close()
  end)

  it("runs a key enqueued while in flight once more, after it finishes", function()
    local rt = fresh { workers = 4 }
    rt:enqueue("sleepy", "k", { args = { ms = 300, tag = "one" } })
    pcall(ffi.cdef, "int usleep(unsigned int usec);")
    -- wait (test-only, bounded) until a worker runs it, however loaded the machine
    for _ = 1, 5000 do
      if rt:stats().in_flight == 1 then break end
      ffi.C.usleep(1000)
    end
    assert.equal(1, rt:stats().in_flight)
    assert.equal("queued", rt:enqueue("sleepy", "k", { args = { ms = 0, tag = "two" } }))
    assert.equal("coalesced", rt:enqueue("sleepy", "k", { args = { ms = 0, tag = "three" } }))
    assert.is_true(rt:drain(10))
    assert.same({ "k=one", "k=three" }, _G.order)
    rt:close()
  end)
end)

describe("sessions", function()
  before_each(reset_globals)

  it("bump_session increments and ctx.session follows", function()
    local rt = fresh()
    local s0 = rt.session
    assert.equal(s0 + 1, rt:bump_session())
    assert.equal(s0 + 1, rt.session)
    rt:enqueue("echo", "k", { args = 1 })
    rt:drain(10)
    assert.equal(s0 + 1, _G.echo_log[1].session)
    rt:close()
  end)

  it("never applies a result of an older session (randomized, thousands of bumps)", function()
    local rt = fresh { workers = 2 }
    math.randomseed(42)
    local bumps = 0
    for i = 1, 6000 do
      rt:enqueue("echo", "k" .. math.random(1, 300), { args = i })
      if math.random() < 0.5 then rt:bump_session(); bumps = bumps + 1 end
      if i % 50 == 0 then rt:pump { max_ms = 1 } end
    end
    assert.is_true(rt:drain(30))
    assert.is_true(bumps > 2500)
    local log = _G.echo_log or {}
    for _, e in ipairs(log) do
      assert.equal(e.now, e.session) -- applied only in its own session
    end
    local s = rt:stats()
    assert.is_true(s.stale_dropped > 0)
    assert.equal(0, s.failed)
    assert.equal(s.completed, #log)
    rt:close()
  end)

  it("exposes ctx:stale() on workers", function()
    local rt = kiln.runtime { workers = 1 }
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write([[
      local kiln = require "kiln"
      local ffi = require "ffi"
      pcall(ffi.cdef, "int usleep(unsigned int usec);")
      kiln.artifact { name = "watch",
        compute = function(ctx) local before = ctx:stale(); ffi.C.usleep(200000); return { before, ctx:stale() } end,
        output = function(ctx) end, apply = function(ctx, key, v) _G.watch = v end }
    ]])
    f:close()
    rt:load(path)
    os.remove(path)
    rt:enqueue("watch", "w")
    pcall(ffi.cdef, "int usleep(unsigned int usec);")
    ffi.C.usleep(50000)
    rt:bump_session()
    rt:drain(10)
    assert.is_nil(_G.watch) -- dropped before output and apply
    assert.equal(1, rt:stats().stale_dropped)
    rt:close()
  end)
end)

describe("backpressure", function()
  before_each(reset_globals)

  it("never holds more disk tokens than slots, parks and wakes without polling", function()
    local rt = kiln.runtime { workers = 4, disk_slots = 2 }
    rt:load(FIX .. "disky.lua")
    for i = 1, 300 do rt:enqueue("disky", "d" .. i) end
    for i = 1, 100 do rt:enqueue("free", "f" .. i) end
    local saw_deferred = false
    for _ = 1, 200 do
      local s = rt:stats()
      assert.is_true(s.disk_tokens.used <= 2)
      if s.deferred > 0 then saw_deferred = true end
      rt:pump { max_ms = 1 }
      if s.queued + s.deferred + s.in_flight == 0 then break end
    end
    assert.is_true(rt:drain(30))
    local s = rt:stats()
    assert.equal(300, _G.disky)
    assert.equal(100, _G.free_done)
    assert.is_true(s.disk_tokens.peak <= 2)
    assert.equal(2, s.disk_tokens.peak)
    assert.equal(0, s.disk_tokens.used)
    assert.is_true(s.parks > 0 or saw_deferred)
    rt:close()
  end)
end)

describe("ctx", function()
  before_each(reset_globals)

  local function notes_runtime()
    local rt = kiln.runtime { workers = 1 }
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write([[
      local kiln = require "kiln"
      kiln.artifact { name = "notes",
        compute = function(ctx, key, args)
          local seen = ctx.note
          if args == "mark" then ctx.note = key end
          return { seen = seen, key = ctx.key, type = ctx.type, args = ctx.args }
        end,
        output = function(ctx, key, v) v.out_note = ctx.note end,
        apply = function(ctx, key, v)
          v.apply_seen = ctx.mine
          if v.args == "mark" then ctx.mine = key end
          v.ctx_key, v.session = ctx.key, ctx.session
          if key == "outer" then _G.current_rt:pump { max_ms = 100 } end
          v.ctx_key_after = ctx.key
          _G.notes[#_G.notes + 1] = v
        end }
    ]])
    f:close()
    rt:load(path)
    os.remove(path)
    _G.current_rt, _G.notes = rt, {}
    return rt
  end

  it("carries each item's own key, type, session and args, item after item", function()
    local rt = notes_runtime()
    for i = 1, 200 do rt:enqueue("notes", "n" .. i, { args = i }) end
    assert.is_true(rt:drain(10))
    assert.equal(200, #_G.notes)
    for _, v in ipairs(_G.notes) do
      assert.equal("n" .. v.args, v.key)
      assert.equal(v.key, v.ctx_key)
      assert.equal("notes", v.type)
      assert.equal(rt.session, v.session)
    end
    rt:close()
  end)

  it("keeps a field a script adds for that item only", function()
    local rt = notes_runtime()
    rt:enqueue("notes", "a", { args = "mark" })
    rt:enqueue("notes", "b")
    assert.is_true(rt:drain(10))
    local a, b = _G.notes[1], _G.notes[2]
    assert.equal("a", a.key)
    assert.is_nil(a.seen)
    assert.equal("a", a.out_note) -- compute's note reaches the same item's output
    assert.is_nil(b.seen)         -- and never the next item
    assert.is_nil(b.out_note)
    assert.is_nil(a.apply_seen)
    assert.is_nil(b.apply_seen)   -- the same on the render thread
    rt:close()
  end)

  it("stays right when an apply pumps again", function()
    local rt = notes_runtime()
    rt:enqueue("notes", "outer")
    rt:enqueue("notes", "inner")
    pcall(ffi.cdef, "int usleep(unsigned int usec);")
    while rt:stats().waiting_apply < 2 do ffi.C.usleep(1000) end
    assert.is_true(rt:drain(10))
    assert.equal(2, #_G.notes)
    for _, v in ipairs(_G.notes) do
      assert.equal(v.key, v.ctx_key)
      assert.equal(v.key, v.ctx_key_after)
    end
    assert.equal("inner", _G.notes[1].key) -- applied inside the outer apply
    rt:close()
  end)
end)

describe("values from compute to apply", function()
  local rt
  before_each(function() reset_globals(); rt = fresh() end)
  after_each(function() rt:close() end)

  it("carry nil, booleans, numbers, strings and nested tables", function()
    local vals = { false, true, 0, -1.5, 2^53, "", "bytes\0with\nnul", { 1, 2, { x = { y = "z" } } },
                   { [1.5] = "f", [true] = 1, list = { "a", "b" } } }
    for i, v in ipairs(vals) do rt:enqueue("echo", "v" .. i, { args = v }) end
    rt:enqueue("echo", "nil")
    assert.is_true(rt:drain(10))
    local got = {}
    for _, e in ipairs(_G.echo_log) do got[e.key] = e end
    for i, v in ipairs(vals) do assert.same(v, got["v" .. i].v) end
    -- nil is "nothing to apply": apply is skipped, the item counted noop.
    assert.is_nil(got["nil"])
    assert.equal(1, rt:stats().noop)
  end)

  it("moves kiln buffers without copying them", function()
    rt:enqueue("pixels", "p", { args = { n = 64 } })
    assert.is_true(rt:drain(10))
    local v = _G.pixels.p
    assert.equal(64 * 64 * 4, #v.buf)
    assert.equal(v.addr, tonumber(ffi.cast("uintptr_t", v.buf.ptr))) -- same memory
    local p = ffi.cast("uint32_t *", v.buf.ptr)
    assert.equal(4095, p[4095])
  end)

  it("moves a buffer passed in args; the sender's copy is marked moved", function()
    local b = kiln.buffer("hello")
    rt:enqueue("echo", "b", { args = { b = b } })
    assert.is_true(b:moved())
    assert.has_error(function() return b.ptr end)
    assert.is_true(rt:drain(10))
    assert.equal("hello", _G.echo_log[1].v.b:tostring())
  end)

  it("fails the item, naming type, key and field path, for values that cannot travel", function()
    for _, what in ipairs { "function", "cycle", "coroutine", "userdata", "cdata" } do
      rt:enqueue("badvalue", what, { args = what })
    end
    assert.is_true(rt:drain(10))
    local errs = {}
    for _, e in ipairs(rt:errors()) do errs[e.key] = e.message end
    assert.matches("badvalue 'function': compute returned a value that cannot reach apply: value.tiles[3].fn is a function", errs["function"], 1, true)
    assert.matches("value.a.back refers back to an enclosing table (a cycle)", errs.cycle, 1, true)
    assert.matches("value.co is a coroutine", errs.coroutine, 1, true)
    assert.matches("value.u is a userdata", errs.userdata, 1, true)
    assert.matches("value.c is cdata of type ctype<int [2]>", errs.cdata, 1, true)
    assert.equal(5, rt:stats().failed)
  end)
end)

describe("errors", function()
  before_each(reset_globals)

  it("fail the item with message and traceback; the worker state survives", function()
    local seen = {}
    local rt = kiln.runtime { workers = 1, on_error = function(e) seen[#seen + 1] = e end }
    rt:load(FIX .. "basic.lua")
    rt:enqueue("failing", "c", { args = "compute" })
    rt:enqueue("failing", "o", { args = "output" })
    rt:enqueue("failing", "a", { args = "apply" })
    rt:enqueue("failing", "fine", { args = "fine" })
    assert.is_true(rt:drain(10))
    assert.equal(1, _G.ok_applies)
    local errs = {}
    for _, e in ipairs(rt:errors()) do errs[e.key] = e end
    assert.equal("compute", errs.c.stage)
    assert.equal("failing", errs.c.type)
    assert.matches("tests/spec/fixtures/basic.lua:%d+: boom in compute", errs.c.message)
    assert.matches("stack traceback", errs.c.traceback, 1, true)
    assert.equal("output", errs.o.stage)
    assert.matches("boom in output", errs.o.message, 1, true)
    assert.equal("apply", errs.a.stage)
    assert.matches("boom in apply", errs.a.message, 1, true)
    assert.equal(rt.session, errs.a.session)
    assert.equal(3, #seen)
    assert.equal(3, #_G.type_errors)
    assert.equal(3, rt:stats().failed)
    rt:close()
  end)

  it("timeout_ms fails a runaway compute with 'timed out' and the worker survives", function()
    local rt = fresh { workers = 1 }
    rt:enqueue("runaway", "loop", { args = "loop" })
    rt:enqueue("runaway", "hot", { args = "hot" })
    rt:enqueue("runaway", "after", { args = "fine" })
    assert.is_true(rt:drain(20))
    local errs = {}
    for _, e in ipairs(rt:errors()) do errs[e.key] = e end
    assert.equal("timed out after 100 ms", errs.loop.message)
    assert.equal("timed out after 100 ms", errs.hot.message)
    assert.equal(1, _G.runaway_ok)
    rt:close()
  end)
end)

describe("pump", function()
  before_each(reset_globals)

  it("returns within its budget plus at most one apply", function()
    local rt = fresh { workers = 2 }
    for i = 1, 40 do rt:enqueue("slow_apply", "s" .. i) end
    pcall(ffi.cdef, "int usleep(unsigned int usec);")
    while rt:stats().waiting_apply < 40 do ffi.C.usleep(1000) end -- test-only wait
    -- each apply burns >= 1 ms, so a 3 ms budget allows at most 3 before the check trips
    local r = rt:pump { max_ms = 3 }
    assert.is_true(r.applied >= 1 and r.applied <= 3, "applied " .. r.applied)
    assert.equal(0, rt:pump { max_ms = 0 }.applied > 1 and 1 or 0)
    assert.is_true(rt:drain(10))
    assert.equal(40, _G.slow_applied)
    rt:close()
  end)

  it("validates its options", function()
    local rt = fresh()
    assert.has_error(function() rt:pump { max_ms = -1 } end,
      "rt:pump: option 'max_ms' must be a number from 0 to 1000000, got -1")
    assert.has_error(function() rt:pump { max_ms = 0 / 0 } end,
      "rt:pump: option 'max_ms' must be a number from 0 to 1000000, got nan")
    assert.has_error(function() rt:pump { max_upload_bytes = 0 } end,
      "rt:pump: option 'max_upload_bytes' must be an integer from 1 to 4503599627370496, got 0")
    assert.has_error(function() rt:pump { max_uploads = "many" } end,
      "rt:pump: option 'max_uploads' must be a number, got string")
    assert.has_error(function() rt:pump { max_mss = 1 } end,
      "rt:pump: unknown option 'max_mss' (options: max_ms, max_upload_bytes, max_upload_ms, max_uploads)")
    assert.has_error(function() rt:pump(3) end, "rt:pump: options must be a table, got number")
    assert.has_error(function() rt:drain(-1) end,
      "rt:drain: timeout must be a number of seconds from 0 to 1e9, got -1")
    assert.has_error(function() rt:drain(0 / 0) end,
      "rt:drain: timeout must be a number of seconds from 0 to 1e9, got nan")
    rt:close()
    assert.has_error(function() rt:pump() end, "rt:pump: the runtime is closed")
    assert.has_error(function() rt:drain() end, "rt:drain: the runtime is closed")
    assert.has_error(function() rt:load(FIX .. "basic.lua") end, "rt:load: the runtime is closed")
    assert.has_error(function() rt:bump_session() end, "rt:bump_session: the runtime is closed")
  end)
end)

describe("close", function()
  before_each(reset_globals)

  it("finishes queued work by default and refuses new work after", function()
    local rt = fresh { workers = 2 }
    for i = 1, 200 do rt:enqueue("echo", "c" .. i, { args = i }) end
    local ok, note = rt:close()
    assert.is_true(ok)
    -- Every item ran its worker stages; the results no pump applied were
    -- discarded, counted canceled, and said so.
    local s = rt:stats()
    assert.equal(200, s.completed + s.canceled)
    assert.equal(200, s.enqueued)
    if s.canceled > 0 then
      assert.matches(("discarded %d unapplied result%%(s%%) %%(echo: %d%%)"):format(s.canceled, s.canceled), note)
      local found
      for _, e in ipairs(rt:errors()) do
        if e.message:find("close discarded " .. s.canceled, 1, true) then found = e end
      end
      assert.equal("echo", found.type)
    end
    assert.has_error(function() rt:enqueue("echo", "late") end, "rt:enqueue: the runtime is closed")
    assert.is_true(rt:close()) -- idempotent
  end)

  it("cancel drops what has not started", function()
    local rt = fresh { workers = 1 }
    rt:enqueue("sleepy", "gate", { args = { ms = 100 } })
    for i = 1, 50 do rt:enqueue("sleepy", "q" .. i, { args = { ms = 0 } }) end
    assert.is_true(rt:close { cancel = true })
    local s = rt:stats()
    -- a worker takes up to 8 items at once from a deep queue: those run
    assert.is_true(s.canceled >= 50 - 8, "canceled " .. s.canceled)
    assert.equal(51, s.canceled + s.completed + s.waiting_apply)
  end)

  it("reports items a close deadline left unrun, by key", function()
    local rt = fresh { workers = 1 }
    rt:enqueue("sleepy", "gate", { args = { ms = 300 } })
    pcall(ffi.cdef, "int usleep(unsigned int usec);")
    ffi.C.usleep(30000)
    rt:enqueue("sleepy", "late1", { args = { ms = 0 } })
    local ok, msg = rt:close { timeout_s = 0.05 }
    assert.is_false(ok)
    assert.matches("did not run before the 0.050s deadline", msg, 1, true)
    local found = false
    for _, e in ipairs(rt:errors()) do
      if e.key == "late1" then found = e.message:match("not run") ~= nil end
    end
    assert.is_true(found)
  end)
end)

describe("build/kiln", function()
  local bin = (os.getenv("BUILD") or "build") .. "/kiln"
  local function run(args)
    local p = io.popen(bin .. " " .. args .. " 2>&1; echo \"rc=$?\"")
    local out = p:read("*a")
    p:close()
    return out
  end

  it("runs a script with arguments and exits 0", function()
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write("local kiln = require 'kiln'\nprint('args', ...)\nprint(arg[0] ~= nil, arg[1])\n")
    f:close()
    local out = run(path .. " one two")
    os.remove(path)
    assert.matches("args\tone\ttwo", out, 1, true)
    assert.matches("true\tone", out, 1, true)
    assert.matches("rc=0", out, 1, true)
  end)

  it("exits nonzero with file:line when a loaded script fails", function()
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write("local rt = require('kiln').runtime{workers=1}\nrt:load('" .. FIX .. "syntax_error.lua')\n")
    f:close()
    local out = run(path)
    os.remove(path)
    assert.matches("syntax_error.lua:4:", out, 1, true)
    assert.matches("rc=1", out, 1, true)
  end)

  it("prints usage and exits 2 without a script or with a bare --trace", function()
    local out = run("")
    assert.matches("usage: kiln SCRIPT.lua", out, 1, true)
    assert.matches("rc=2", out, 1, true)
    out = run("--trace out.json")
    assert.matches("rc=2", out, 1, true)
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write("require('kiln').runtime { workers = 1 }\n")
    f:close()
    out = run("--trace /nonexistent/dir/t.json " .. path)
    os.remove(path)
    assert.matches("kiln.runtime: --trace: ", out, 1, true)
    assert.matches("/nonexistent/dir/t.json", out, 1, true)
    assert.matches("rc=1", out, 1, true)
  end)

  it("exits nonzero on a missing script", function()
    local out = run("/nonexistent/script.lua")
    assert.matches("cannot open /nonexistent/script.lua", out, 1, true)
    assert.matches("rc=1", out, 1, true)
  end)
end)
