-- Issue 14, the shared cache tier over HTTP, against a real server: a
-- private nginx with its WebDAV module (tests/spec/webdav.lua) on a
-- loopback port. Two runtimes with their own local caches stand for two
-- machines. Every wait is bounded.
local kiln = require "kiln"
local ffi = require "ffi"
local H = require "helpers"
local webdav = require "webdav"

local FIX = "tests/spec/fixtures/remote_types.lua"
local BUILD = os.getenv("BUILD") or "build"
local q = H.q

pcall(ffi.cdef, "int setenv(const char *, const char *, int); int unsetenv(const char *);")
-- clock_gettime may be declared already (scripts/lib/clock.lua, with its
-- own timespec): a void * converts to whichever struct it was given.
pcall(ffi.cdef, "struct remote_spec_ts { long s, ns; }; int clock_gettime(int, struct remote_spec_ts *);")
local ts = ffi.new("long[2]")
-- This thread's CPU time in ms: a pump's own work, whatever else the
-- (busy, 2-core) machine runs; wall time would count preemption.
-- Sanitizer builds (SAN=asan|tsan) run every instruction of the pump
-- several times slower: the budget's slack grows with them.
local SLACK_MS = (os.getenv("SAN") or "") ~= "" and 10 or 1

local function cpu_ms()
  ffi.C.clock_gettime(3, ffi.cast("void *", ts)) -- CLOCK_THREAD_CPUTIME_ID
  return tonumber(ts[0]) * 1000 + tonumber(ts[1]) / 1e6
end

local server

local function remote(ns, mode, extra)
  local r = { url = server.url .. "/kiln", namespace = ns, mode = mode or "readwrite" }
  for k, v in pairs(extra or {}) do r[k] = v end
  return r
end

local function new_rt(dir, rem, script, opts)
  local o = { workers = 2, gpu_backend = "none", cache_dir = dir, durability = "rename", remote = rem }
  for k, v in pairs(opts or {}) do o[k] = v end
  local rt = kiln.runtime(o)
  rt:load(script or FIX)
  return rt
end

local function bake(rt, keys, args)
  _G.shared_applied = {}
  for _, k in ipairs(keys) do rt:enqueue("shared", k, { args = args }) end
  assert.is_true(rt:drain(60), "drain timed out")
  return H.assert_invariant(rt)
end

local function keys(prefix, n)
  local t = {}
  for i = 1, n do t[i] = prefix .. i end
  return t
end

-- The objects stored under data/kiln/<ns>/.
local function objects(ns)
  local n = 0
  for _, p in ipairs(server:objects()) do
    if p:find("^kiln/" .. ns .. "/k1/%x%x/%x+%.kiln$") then n = n + 1 end
  end
  return n
end

-- The server-side file of an object URL.
local function object_path(url)
  return server.data .. url:sub(#server.url + 1)
end

local function wait_uploads(rt, n)
  return H.wait_until(function() return rt:stats().remote.uploads >= n end, 20)
end

setup(function()
  server = assert(webdav.start())
end)

teardown(function()
  if server then server:stop() end
  ffi.C.unsetenv("KILN_REMOTE")
end)

describe("a shared cache over HTTP", function()
  it("lets a second machine start warm from the first one's bake, computing nothing", function()
    local ks = keys("k", 40)
    local a = new_rt(H.tmpdir(), remote("warm"))
    local s = bake(a, ks)
    assert.are.equal(40, s.stages.compute.count)
    assert.is_true(wait_uploads(a, 40), "uploads: " .. a:stats().remote.uploads)
    assert.is_true(a:close())
    assert.are.equal(40, objects("warm"))

    local dir_b = H.tmpdir()
    local b = new_rt(dir_b, remote("warm", "read"))
    s = bake(b, ks)
    assert.are.equal(0, s.stages.compute.count)
    assert.are.equal(40, s.remote.hits)
    assert.are.equal(40, s.cache_hits)
    assert.are.equal("closed", s.remote.state)
    assert.is_true(s.remote.p50_ms > 0 and s.remote.p99_ms >= s.remote.p50_ms)
    for _, k in ipairs(ks) do
      local v = _G.shared_applied[k]
      assert.is_true(v.cached and v.sum == v.meta_sum, k)
    end
    assert.is_true(b:close())
    -- The fetched files landed in B's own cache: the next start is local.
    local n = H.files_in(dir_b)
    assert.are.equal(40, n)
    local b2 = new_rt(dir_b, remote("warm", "read"))
    s = bake(b2, ks)
    assert.are.equal(0, s.stages.compute.count)
    assert.are.equal(40, s.cache_hits)
    assert.are.equal(0, s.remote.hits)
    assert.is_true(b2:close())
  end)

  it("keeps the objects of two script versions apart", function()
    local ks = keys("v", 10)
    local a = new_rt(H.tmpdir(), remote("versions"))
    bake(a, ks)
    assert.is_true(wait_uploads(a, 10))
    assert.is_true(a:close())
    local v2 = H.tmpdir() .. "/remote_types_v2.lua"
    assert.are.equal(0, os.execute("sed 's/^local VERSION = 1$/local VERSION = 2/' " .. q(FIX) .. " > " .. q(v2)))
    local c = new_rt(H.tmpdir(), remote("versions"), v2)
    local s = bake(c, ks)
    assert.are.equal(10, s.stages.compute.count) -- version 1's objects are not version 2's
    assert.are.equal(0, s.remote.hits)
    assert.is_true(wait_uploads(c, 10))
    assert.is_true(c:close())
    assert.are.equal(20, objects("versions"))
    -- Version 1 still finds its own, untouched.
    local b = new_rt(H.tmpdir(), remote("versions", "read"))
    s = bake(b, ks)
    assert.are.equal(10, s.remote.hits)
    for _, k in ipairs(ks) do assert.are.equal(1, _G.shared_applied[k].version) end
    assert.is_true(b:close())
  end)

  it("never serves a corrupt, truncated or foreign object, and bakes those keys locally", function()
    local ks = keys("bad", 4)
    local a = new_rt(H.tmpdir(), remote("bad"))
    bake(a, ks)
    assert.is_true(wait_uploads(a, 4))
    local paths = {}
    for i, k in ipairs(ks) do paths[i] = object_path(a:remote_url("shared", k)) end
    assert.is_true(a:close())
    local function rw(path, f)
      local h = assert(io.open(path, "rb"))
      local b = h:read("*a")
      h:close()
      h = assert(io.open(path, "wb"))
      h:write(f(b))
      h:close()
    end
    rw(paths[1], function(b) return b:sub(1, 200) .. string.char((b:byte(201) + 1) % 256) .. b:sub(202) end)
    rw(paths[2], function(b) return b:sub(1, math.floor(#b / 2)) end)
    rw(paths[3], function() local h = io.open(paths[4], "rb") local b = h:read("*a") h:close() return b end)
    local dir = H.tmpdir()
    local d = new_rt(dir, remote("bad", "read"))
    local s = bake(d, ks)
    assert.are.equal(3, s.remote.bad)
    assert.are.equal(1, s.remote.hits)
    assert.are.equal(3, s.stages.compute.count)
    assert.are.equal(0, s.failed)
    for i = 1, 3 do assert.is_nil(_G.shared_applied[ks[i]].cached) end
    assert.is_true(d:close())
    -- What the local cache holds is what compute made.
    local e = new_rt(dir, nil)
    bake(e, ks)
    for _, k in ipairs(ks) do
      local v = _G.shared_applied[k]
      assert.is_true(v.cached and v.sum == v.meta_sum, k)
    end
    assert.is_true(e:close())
  end)

  it("accepts no partial object from a client killed mid-upload", function()
    -- A real 24 MiB cache file, PUT at 4 MiB/s by curl, killed after 0.5 s.
    local dir = H.tmpdir()
    local a = new_rt(dir, nil)
    bake(a, { "big" }, { size = 24 * 2 ^ 20 })
    assert.is_true(a:close())
    local file = H.run("find " .. q(dir) .. " -name '*.kiln'"):match("^(%S+)")
    local b = new_rt(H.tmpdir(), remote("partial", "read"))
    local url = b:remote_url("shared", "big")
    local pid = tonumber(H.run(("curl -s -T %s --limit-rate 4M %s >/dev/null 2>&1 & echo $!"):format(q(file),
      q(url))):match("^(%d+)"))
    os.execute("sleep 0.5")
    os.execute("kill -9 " .. pid)
    H.wait_until(function() return os.execute("kill -0 " .. pid .. " 2>/dev/null") ~= 0 end, 5)
    local s = bake(b, { "big" }, { size = 24 * 2 ^ 20 })
    assert.are.equal(0, s.remote.hits)
    assert.are.equal(1, s.stages.compute.count)
    assert.is_nil(io.open(object_path(url)), "a partial object is stored at " .. url)
    assert.is_true(b:close())
  end)
end)

describe("a remote that is down or hung", function()
  -- Pumps as a frame would until every key is applied (at most 30 s);
  -- returns the longest pump in wall time (a pump that waited on the
  -- network would take a timeout's hundreds of ms) and the 99th
  -- percentile of its CPU time, in ms.
  local function frames(rt, n)
    local longest, t_end, all = 0, kiln._now() + 30, {}
    while kiln._now() < t_end do
      local t0, c0 = kiln._now(), cpu_ms()
      rt:pump { max_ms = 2 }
      all[#all + 1] = cpu_ms() - c0
      longest = math.max(longest, (kiln._now() - t0) * 1000)
      local s = rt:stats()
      if s.completed + s.failed >= n then break end
      os.execute("sleep 0.005")
    end
    table.sort(all)
    return longest, all[math.max(1, math.ceil(#all * 0.99))]
  end

  it("bakes locally when the server refuses connections, within the frame budget", function()
    local dead = assert(webdav.start())
    local url = dead.url
    dead:stop()
    local rt = new_rt(H.tmpdir(), { url = url, breaker_failures = 2, breaker_ms = 60000 })
    for _, k in ipairs(keys("down", 30)) do rt:enqueue("shared", k) end
    local longest, p99 = frames(rt, 30)
    local s = H.assert_invariant(rt)
    assert.is_true(p99 <= 2 + SLACK_MS, ("pump CPU p99 %.2f ms against a 2 ms budget"):format(p99))
    assert.are.equal(30, s.completed)
    assert.are.equal(0, s.failed)
    assert.are.equal("open", s.remote.state)
    assert.is_true(s.remote.errors >= 2 and s.remote.errors <= 4, "errors " .. s.remote.errors)
    assert.is_true(longest < 100, ("longest pump %.2f ms"):format(longest))
    assert.is_true(rt:close { timeout_s = 5 })
  end)

  it("times out on a hung server, opens the breaker, and closes it once the server is back", function()
    local ks = keys("hung", 20)
    local rt = new_rt(H.tmpdir(), remote("hung", "readwrite",
      { timeout_ms = 300, connect_timeout_ms = 200, breaker_failures = 2, breaker_ms = 400 }))
    server:pause()
    local ok, err = pcall(function()
      for _, k in ipairs(ks) do rt:enqueue("shared", k) end
      local longest, p99 = frames(rt, 20)
      local s = H.assert_invariant(rt)
      assert.is_true(p99 <= 2 + SLACK_MS, ("pump CPU p99 %.2f ms against a 2 ms budget"):format(p99))
      assert.are.equal(20, s.completed)
      assert.are.equal(0, s.failed)
      assert.is_true(s.remote.breaker_opens >= 1)
      assert.is_true(s.remote.errors >= 2)
      assert.is_true(longest < 100, ("longest pump %.2f ms"):format(longest))
    end)
    server:resume()
    assert(ok, err)
    -- Back: after the breaker's period one probe closes it, and the
    -- remote serves and stores again.
    os.execute("sleep 0.5")
    assert.is_true(H.wait_until(function()
      rt:enqueue("shared", "probe" .. math.random(1e9))
      assert.is_true(rt:drain(10))
      return rt:stats().remote.state == "closed"
    end, 10))
    local before = rt:stats().remote.uploads
    rt:enqueue("shared", "after")
    assert.is_true(rt:drain(10))
    assert.is_true(wait_uploads(rt, before + 1))
    assert.is_true(rt:close { timeout_s = 5 })
  end)

  it("skips uploads past its queue, and close gives pending ones only its deadline", function()
    local rt = new_rt(H.tmpdir(), remote("queue", "readwrite",
      { timeout_ms = 2000, upload_queue = 2, breaker_failures = 100 }))
    server:pause()
    local ok, err = pcall(function()
      -- force: no read from the (hung) remote, so all 12 are durable at
      -- once and their uploads race for a queue of 2 (and the one in flight).
      for _, k in ipairs(keys("q", 12)) do rt:enqueue("shared", k, { force = true }) end
      assert.is_true(rt:drain(20))
      assert.is_true(H.wait_until(function()
        local r = rt:stats().remote
        return r.upload_skipped + r.pending + r.upload_failed + r.uploads >= 12
      end, 10))
      local r = rt:stats().remote
      assert.is_true(r.pending <= 3 and r.upload_skipped >= 9, r.pending .. " " .. r.upload_skipped)
      local t0 = kiln._now()
      rt:close { timeout_s = 0.5 }
      assert.is_true(kiln._now() - t0 < 2.5, "close took " .. (kiln._now() - t0) .. " s")
      -- Every upload ended in exactly one counter.
      r = rt:stats().remote
      assert.are.equal(12, r.uploads + r.upload_skipped + r.upload_failed)
      assert.are.equal(0, r.pending)
    end)
    server:resume()
    assert(ok, err)
  end)
end)

describe("remote configuration", function()
  it("names the field of a bad remote option", function()
    local dir = H.tmpdir()
    local function err(rem)
      local ok, e = pcall(kiln.runtime, { gpu_backend = "none", cache_dir = dir, remote = rem })
      assert.is_false(ok)
      return tostring(e)
    end
    assert.matches("remote: field 'url' must be http://", err { url = "ftp://x/y" }, 1, true)
    assert.matches("'url' is required", err { mode = "read" }, 1, true)
    assert.matches("field 'mode' must be read or readwrite", err { url = "http://127.0.0.1:1", mode = "write" }, 1, true)
    assert.matches("unknown field 'nope'", err { url = "http://127.0.0.1:1", nope = 1 }, 1, true)
    assert.matches("field 'namespace'", err { url = "http://127.0.0.1:1", namespace = "../x" }, 1, true)
    assert.matches("field 'timeout_ms'", err { url = "http://127.0.0.1:1", timeout_ms = 0 / 0 }, 1, true)
    assert.matches("'remote' must be a table, a URL string or false", err(5), 1, true)
  end)

  it("takes KILN_REMOTE from the environment, and remote = false turns it off", function()
    ffi.C.setenv("KILN_REMOTE", server.url .. "/kiln", 1)
    local rt = new_rt(H.tmpdir(), nil)
    assert.is_table(rt:stats().remote)
    assert.is_true(rt:close())
    rt = new_rt(H.tmpdir(), false)
    assert.is_nil(rt:stats().remote)
    assert.is_true(rt:close())
    ffi.C.unsetenv("KILN_REMOTE")
    rt = new_rt(H.tmpdir(), nil)
    assert.is_nil(rt:stats().remote)
    assert.is_true(rt:close())
    -- A bad value names the variable it came from.
    local function env_err(var, val)
      ffi.C.setenv("KILN_REMOTE", server.url, 1)
      ffi.C.setenv(var, val, 1)
      local ok, e = pcall(kiln.runtime, { gpu_backend = "none", cache_dir = H.tmpdir() })
      ffi.C.unsetenv(var)
      ffi.C.unsetenv("KILN_REMOTE")
      assert.is_false(ok)
      return tostring(e)
    end
    assert.matches("$KILN_REMOTE must be http://", env_err("KILN_REMOTE", "ftp://x"), 1, true)
    assert.matches("$KILN_REMOTE_MODE must be read or readwrite, got 'rw'", env_err("KILN_REMOTE_MODE", "rw"), 1, true)
    assert.matches("$KILN_REMOTE_NAMESPACE must be", env_err("KILN_REMOTE_NAMESPACE", "a/b"), 1, true)
  end)

  it("refuses a blocking remote call on the render thread", function()
    local rt = new_rt(H.tmpdir(), remote("guard", "read"))
    local ok, e = pcall(rt.remote_has, rt, "shared", { "a", "b" })
    assert.is_false(ok)
    assert.matches("render thread", tostring(e), 1, true)
    assert.is_true(rt:close())
  end)
end)

describe("kiln bake --remote", function()
  it("checks the keys against the shared cache in one batch and fetches what it has", function()
    local dir = H.tmpdir()
    local cmd = ("%s/kiln bake %s --type shared --range 0..19 --cache %s --remote %s --remote-namespace bake"):format(
      BUILD, FIX, q(dir .. "/a"), q(server.url .. "/kiln"))
    local out, rc = H.run(cmd)
    assert.are.equal(0, rc, out)
    assert.matches("remote: 0 of 20 keys shared", out, 1, true)
    out, rc = H.run(cmd:gsub(q(dir .. "/a"), q(dir .. "/b")) .. " --remote-mode read")
    assert.are.equal(0, rc, out)
    assert.matches("remote: 20 of 20 keys shared", out, 1, true)
    assert.matches(": 0 computed, 20 from cache, 0 failed", out, 1, true)
  end)
end)
