-- Issue 10: kiln's promises under hostile use. Each test failed before its
-- fix: forged markers, moved buffers, swallowed timeouts, scripts that fail
-- only in workers, over-staging, runaway computes at close, options that
-- were accepted silently, hosts that exit with work pending.
local kiln = require "kiln"
local ffi = require "ffi"

local FIX = "tests/spec/fixtures/"
local BIN = (os.getenv("BUILD") or "build") .. "/kiln"

local helpers = require "helpers"
local tmpdir, errors_by_key = helpers.tmpdir, helpers.errors_by_key

local function fresh(opts)
  opts = opts or { workers = 2, gpu_backend = "null" }
  opts.cache_dir = opts.cache_dir or tmpdir()
  local rt = kiln.runtime(opts)
  rt:load(FIX .. "hostile_types.lua")
  return rt
end

local function err_of(f, ...)
  local ok, e = pcall(f, ...)
  assert.is_false(ok)
  return tostring(e)
end

local function run_child(args) return helpers.run("timeout -s KILL 30 " .. BIN .. " " .. args) end

describe("forged and dead values", function()
  it("refuses user tables that use kiln's buffer marker key, in args and in compute's value", function()
    local rt = fresh()
    local e = err_of(rt.enqueue, rt, "hecho", "forged", { args = { x = { ["\0kiln.buffer"] = 1 } } })
    assert.matches("rt:enqueue('hecho', 'forged'): args.x", e, 1, true)
    assert.matches("is reserved by kiln", e, 1, true)
    -- a marker with a buffer elsewhere in the same value (the old crash)
    e = err_of(rt.enqueue, rt, "hecho", "forged2",
      { args = { b = kiln.buffer(8), t = { ["\0kiln.buffer"] = 1 } } })
    assert.matches("is reserved by kiln", e, 1, true)
    assert.is_true(rt:drain(10))
    assert.equal(0, rt:stats().failed)
    rt:close()
  end)

  it("refuses a moved or freed buffer in args instead of delivering an empty one", function()
    local rt = fresh()
    local b = kiln.buffer(16)
    b:free()
    local e = err_of(rt.enqueue, rt, "hecho", "freed", { args = b })
    assert.matches("kiln.buffer that was already moved or freed", e, 1, true)
    local b2 = kiln.buffer(16)
    rt:enqueue("hecho", "first", { args = { b2 } }) -- moves it
    e = err_of(rt.enqueue, rt, "hecho", "again", { args = { b2 } })
    assert.matches("args[1] is a kiln.buffer that was already moved or freed", e, 1, true)
    assert.is_true(rt:drain(10))
    rt:close()
  end)

  it("refuses the same buffer twice in one value (it would arrive empty the second time)", function()
    local rt = fresh()
    local b = kiln.buffer("abc")
    local e = err_of(rt.enqueue, rt, "hecho", "twice", { args = { b, { x = b } } })
    assert.matches("args[2].x is a kiln.buffer that appears earlier in the same value", e, 1, true)
    rt:close()
  end)
end)

describe("compute returning nil", function()
  it("is a counted no-op: apply is skipped, output runs", function()
    local rt = fresh()
    _G.nothing_applied = nil
    for i = 1, 5 do rt:enqueue("nothing", "n" .. i) end
    assert.is_true(rt:drain(10))
    local s = rt:stats()
    assert.is_nil(_G.nothing_applied)
    assert.equal(5, s.noop)
    assert.equal(5, s.types.nothing.noop)
    assert.equal(5, s.completed)
    assert.equal(0, s.failed)
    rt:close()
  end)
end)

describe("timeout_ms", function()
  it("cannot be outlived: pcall, looping error handlers, jit.on, debug.sethook", function()
    local rt = fresh { workers = 1 }
    local keys = { "pcall", "handler", "handler-err", "jit", "sethook" }
    for _, k in ipairs(keys) do rt:enqueue("swallow", k) end
    rt:enqueue("hecho", "after", { args = 1 })
    local t0 = kiln._now()
    assert.is_true(rt:drain(10))
    assert.is_true(kiln._now() - t0 < 5) -- 5 x 50 ms, not a handler's own pace
    local errs = errors_by_key(rt)
    for _, k in ipairs(keys) do
      assert.is_not_nil(errs[k], k)
      if k == "sethook" then
        assert.matches("debug.sethook is not available to a type with timeout_ms", errs[k].message, 1, true)
      else
        assert.matches("timed out after 50 ms", errs[k].message, 1, true)
      end
    end
    assert.equal(1, rt:stats().completed) -- the worker went on to the next item
    rt:close()
  end)
end)

describe("gpu staging beyond the reservation", function()
  it("goes in bands that fit it, or is an error naming the field; never a wait drain cannot end", function()
    local rt = fresh { workers = 1, gpu_backend = "null", ring_bytes = 4096 }
    rt:texture { name = "t", width = 8, height = 8 }
    rt:texture { name = "wide", width = 64, height = 1 }
    rt:enqueue("nogpu", "a")
    rt:enqueue("overstage", "b") -- 128 bytes through a 64-byte reservation: two bands
    rt:enqueue("widerow", "c")   -- one 128-byte row cannot fit a 16-byte reservation
    assert.is_true(rt:drain(10))
    local errs = errors_by_key(rt)
    assert.matches("ctx:stage_texture: type 'nogpu' does not declare outputs.gpu", errs.a.message, 1, true)
    assert.is_nil(errs.b)
    assert.matches("field 'w'", errs.c.message, 1, true)
    assert.equal(2, rt:stats().failed)
    assert.equal(0, rt:stats().gpu_tokens.used)
    rt:close()
  end)
end)

describe("rt:load", function()
  it("fails, keeping the previous version everywhere, when the script fails in worker states", function()
    local rt = fresh()
    _G.HOST_MAIN = true
    local e = err_of(rt.load, rt, FIX .. "worker_only_fail.lua")
    _G.HOST_MAIN = nil
    assert.matches("loads in the main state but fails in a worker state", e, 1, true)
    assert.matches("only runs where HOST_MAIN is set", e, 1, true)
    rt:enqueue("hecho", "still-v1", { args = "v1" })
    assert.is_true(rt:drain(10))
    assert.equal("v1", _G.hlog["still-v1"])
    rt:close()
  end)

  it("refuses a script that declares another version (or outputs) in worker states", function()
    local rt = fresh()
    _G.HOST_MAIN = true
    local e = err_of(rt.load, rt, FIX .. "version_split.lua")
    _G.HOST_MAIN = nil
    assert.matches("declares other types in a worker state (split version 2) than in the main state "
      .. "(split version 1)", e, 1, true)
    rt:close()
  end)

  it("keeps the previous code in a worker that cannot load a new version", function()
    local rt = fresh()
    _G.HOST_MAIN = true
    rt:load(FIX .. "reload_flaky.lua")
    rt:enqueue("flaky", "a")
    assert.is_true(rt:drain(10))
    rt:load(FIX .. "reload_flaky.lua") -- passes in main and the check state; fails in workers
    _G.HOST_MAIN = nil
    rt:enqueue("flaky", "b")
    assert.is_true(rt:drain(10))
    assert.equal("v1", _G.flaky.b) -- ran, on the code the workers had
    assert.equal(0, rt:stats().failed)
    local seen = false
    for _, e in ipairs(rt:errors()) do
      if e.message:find("second load fails in workers only", 1, true) then seen = true end
    end
    assert.is_true(seen)
    rt:close()
  end)

  it("refuses a gpu_bytes that is not a byte count", function()
    local rt = fresh()
    assert.matches("kiln.artifact 'huge': field 'gpu_bytes' must be a non-negative integer, got inf",
      err_of(rt.load, rt, FIX .. "huge_gpu_bytes.lua"), 1, true)
    rt:close()
  end)

  it("refuses a directory and a FIFO without hanging, and keeps messages short", function()
    local rt = fresh()
    local e = err_of(rt.load, rt, "/tmp")
    assert.equal("rt:load: '/tmp' is a directory, not a script file", e:gsub("^.-:%d+: ", ""))
    local d = tmpdir()
    assert(os.execute("mkfifo " .. d .. "/fifo") == 0)
    e = err_of(rt.load, rt, d .. "/fifo")
    assert.matches("is not a regular file, not a script file", e, 1, true)
    local bad = d .. "/bad.lua"
    local f = io.open(bad, "w")
    f:write("local kiln = require 'kiln'\nerror('broken type script')\n")
    f:close()
    e = err_of(rt.load, rt, bad)
    assert.matches(bad .. ":2: broken type script", e, 1, true)
    assert.is_nil(e:find("stack traceback", 1, true))
    rt:close()
    os.execute("rm -rf " .. d)
  end)
end)

describe("cache meta that does not decode", function()
  -- An entry whose bytes verify but whose meta is not a Lua value kiln
  -- encoded, written straight through the C store (as another tool might).
  it("is a counted miss, not a hit with meta = nil, and the item computes again", function()
    local dir = tmpdir()
    pcall(ffi.cdef, [[
      typedef struct hk_disk_config { const char *cache_dir; int durability; int io_threads;
        size_t max_raw_size; int retry_max; unsigned retry_base_ms, retry_cap_ms; int batch_max;
        const void *io; unsigned full_probe_ms; uint64_t max_bytes; } hk_disk_config;
      typedef struct hk_disk_id { const char *type; size_t type_len; const char *key;
        size_t key_len; uint32_t version; uint64_t script_hash; } hk_disk_id;
      int kiln_disk_new(const hk_disk_config *cfg, void **out, char *msg);
      int kiln_disk_write(void *d, const hk_disk_id *id, uint8_t kind, void *payload, size_t len,
        void (*payload_free)(void *), const void *meta, size_t meta_len, void *done, void *ud,
        char *msg);
      int kiln_disk_drain(void *d, double timeout_s, char *msg);
      void kiln_disk_free(void *d);
    ]])
    -- The sanitizer builds run specs in build/kiln, which exports the store
    -- itself; loading kiln.so there too would define everything twice.
    local so = pcall(function() return ffi.C.kiln_disk_new end) and ffi.C
      or ffi.load((os.getenv("BUILD") or "build") .. "/kiln.so")
    local f = io.open(FIX .. "hostile_types.lua", "rb")
    local src = f:read("*a")
    f:close()
    local cfg = ffi.new("hk_disk_config", { cache_dir = dir .. "/c" })
    local d, msg = ffi.new("void *[1]"), ffi.new("char[512]")
    assert.equal(0, so.kiln_disk_new(cfg, d, msg), ffi.string(msg))
    local id = ffi.new("hk_disk_id", { type = "metad", type_len = 5, key = "m", key_len = 1, version = 1,
                                       script_hash = kiln._api.hash64(src, #src) })
    local meta = "\255not a string.buffer encoding"
    assert.equal(0, so.kiln_disk_write(d[0], id, 0, nil, 0, nil, meta, #meta, nil, nil, msg), ffi.string(msg))
    assert.equal(0, so.kiln_disk_drain(d[0], 10, msg))
    so.kiln_disk_free(d[0])

    local rt = kiln.runtime { workers = 1, cache_dir = dir .. "/c" }
    rt:load(FIX .. "hostile_types.lua")
    _G.metad = nil
    assert.equal("cached", rt:enqueue("metad", "m"))
    assert.is_true(rt:drain(10))
    local s = rt:stats()
    assert.equal("payload-m", _G.metad.m) -- computed, not loaded
    assert.equal(1, s.disk.misses.decode)
    assert.equal(0, s.cache_hits)
    rt:close()
    os.execute("rm -rf " .. dir)
  end)
end)

describe("options", function()
  it("are checked everywhere: unknown keys, NaN and out-of-range numbers", function()
    local rt = fresh()
    assert.matches("rt:close: unknown option 'cancle' (options: cancel, timeout_s)",
      err_of(rt.close, rt, { cancle = true }), 1, true)
    assert.matches("rt:close: option 'timeout_s' must be a number from 0 to 1000000000, got nan",
      err_of(rt.close, rt, { timeout_s = 0 / 0 }), 1, true)
    assert.matches("rt:close: option 'timeout_s' must be a number from 0 to 1000000000, got -1",
      err_of(rt.close, rt, { timeout_s = -1 }), 1, true)
    assert.matches("rt:pump: option 'max_ms' must be a number from 0 to 1000000, got nan",
      err_of(rt.pump, rt, { max_ms = 0 / 0 }), 1, true)
    assert.matches("rt:read_texture: unknown option 'wdth'",
      err_of(rt.read_texture, rt, "t", { wdth = 1 }), 1, true)
    assert.matches("rt:texture: field 'width' must be an integer from 0 to 2^30, got 10000000000",
      err_of(rt.texture, rt, { name = "big", width = 1e10, height = 1 }), 1, true)
    assert.matches("kiln.watch: expected a directory or a list of directories, got a table with key 'dirs'",
      err_of(kiln.watch, { dirs = "/tmp" }), 1, true)
    assert.is_false(rt._closed) -- none of the bad closes closed it
    rt:close()
  end)
end)

describe("close", function()
  it("returns by its deadline past a runaway compute, naming it, and the process can still exit", function()
    local gate = os.tmpname()
    os.remove(gate)
    local rt = fresh { workers = 1 }
    rt:enqueue("runaway", "spin", { args = gate })
    helpers.wait_until(function() return rt:stats().in_flight > 0 end)
    local t0 = kiln._now()
    local ok, msg = rt:close { timeout_s = 0.2 }
    assert.is_true(kiln._now() - t0 < 2)
    assert.is_false(ok)
    assert.matches('"spin"', msg, 1, true)
    assert.matches("abandoned", msg, 1, true)
    io.open(gate, "w"):close() -- let it go; its worker leaves on its own
    os.remove(gate)
  end)

  it("a runaway compute holds no other item or token hostage", function()
    local gate = os.tmpname()
    os.remove(gate)
    local rt = fresh { workers = 2, disk_slots = 2 }
    for i = 1, 40 do rt:enqueue("metad", "a" .. i, { force = true }) end
    rt:enqueue("runaway", "stuck", { args = gate, priority = 5 })
    for i = 1, 40 do rt:enqueue("hecho", "b" .. i, { args = i }) end
    helpers.wait_until(function() rt:pump(); return rt:stats().completed >= 80 end)
    assert.equal(80, rt:stats().completed) -- everything but the runaway, on the other worker
    io.open(gate, "w"):close()
    assert.is_true(rt:drain(10))
    os.remove(gate)
    rt:close()
  end)

  it("names the type of an item still running at its deadline", function()
    local gate = os.tmpname()
    os.remove(gate)
    local rt = fresh { workers = 1 }
    rt:enqueue("runaway", "late", { args = gate })
    helpers.wait_until(function() return rt:stats().in_flight > 0 end)
    local ok, msg = rt:close { timeout_s = 0.1 }
    assert.is_false(ok)
    assert.matches('type runaway "late"', msg, 1, true)
    io.open(gate, "w"):close()
    os.remove(gate)
  end)

  it("says what it discarded when the host never pumped", function()
    local rt = fresh { workers = 2 }
    for i = 1, 20 do rt:enqueue("hecho", "d" .. i, { args = i }) end
    helpers.wait_until(function() return rt:stats().waiting_apply >= 20 end)
    local ok, note = rt:close()
    assert.is_true(ok)
    assert.equal("discarded 20 unapplied result(s) (hecho: 20)", note)
    local s = rt:stats()
    assert.equal(20, s.canceled)
    assert.equal(0, s.completed)
    assert.equal(s.enqueued, s.completed + s.failed + s.stale_dropped + s.coalesced + s.canceled)
    local found = false
    for _, e in ipairs(rt:errors()) do
      if e.type == "hecho" and e.message:find("close discarded 20", 1, true) then found = true end
    end
    assert.is_true(found)
  end)

  it("discards nothing that had nothing to apply: those items are complete", function()
    local rt = fresh { workers = 2 }
    for i = 1, 10 do rt:enqueue("nothing", "x" .. i) end -- nil results: nothing to apply
    for i = 1, 10 do rt:enqueue("runaway", "r" .. i, { args = "/" }) end -- no apply at all
    for i = 1, 10 do rt:enqueue("hecho", "h" .. i, { args = i }) end      -- a value to apply
    helpers.wait_until(function() return rt:stats().waiting_apply >= 30 end)
    local ok, note = rt:close()
    assert.is_true(ok)
    local s = rt:stats()
    assert.equal(20, s.completed)
    assert.equal(10, s.noop)
    assert.equal(10, s.canceled)
    assert.equal("discarded 10 unapplied result(s) (hecho: 10)", note)
  end)

  it("from an apply makes a running drain return false, not raise", function()
    local rt = fresh()
    rt:enqueue("hecho", "x", { args = 1 })
    local orig = rt._types
    for _, spec in pairs(orig) do
      if spec.name == "hecho" then spec.apply = function() rt:close() end end
    end
    assert.is_false(rt:drain(10))
  end)
end)

describe("a host that does not close its runtime", function()
  for _, how in ipairs { "error", "exit", "end" } do
    it(how .. ": prints its error, lands every queued write and exits, GPU items pending or not", function()
      local dir = tmpdir()
      local out, rc = run_child(FIX .. "host_exit_child.lua " .. how .. " " .. dir .. "/c")
      assert.matches("enqueued", out, 1, true)
      if how == "error" then
        assert.equal(1, rc, out)
        assert.matches("host failed with work pending", out, 1, true)
      elseif how == "exit" then
        assert.equal(3, rc, out)
      else
        assert.equal(0, rc, out)
      end
      local v = io.popen(BIN .. " cache verify " .. dir .. "/c 2>&1"):read("*a")
      assert.matches("verify: 40 entries, 40 ok, 0 bad", v, 1, true)
      os.execute("rm -rf " .. dir)
    end)
  end
end)

describe("kiln bake", function()
  it("gives usage errors (exit 2) for a missing or unreadable --keys file", function()
    local out, rc = run_child("bake " .. FIX .. "disk_types.lua --type blob --keys /nonexistent")
    assert.equal(2, rc, out)
    assert.matches("kiln bake: --keys: /nonexistent: No such file or directory", out, 1, true)
    out, rc = run_child("bake " .. FIX .. "disk_types.lua --type blob --keys /tmp")
    assert.equal(2, rc, out)
    assert.matches("kiln bake: --keys: cannot read '/tmp': Is a directory", out, 1, true)
  end)
end)
