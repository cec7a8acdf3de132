-- The shared cache tier against a hostile server and hostile options: a
-- private python3 HTTP server (tests/spec/fixtures/hostile_http.py) on a
-- loopback port answers with HTML, redirects, 500s, lying lengths, empty
-- and chunked bodies and cut connections. Whatever it sends, an item
-- computes (or loads a checked object) and ends in exactly one counter.
-- Every wait is bounded; the servers stop by their PIDs (and by themselves
-- after their lifetime).
local kiln = require "kiln"
local H = require "helpers"

local FIX = "tests/spec/fixtures/remote_types.lua"
local PY = "tests/spec/fixtures/hostile_http.py"
local q = H.q

local function have_python()
  return os.execute("python3 -c 'import socket' >/dev/null 2>&1") == 0
end

local read = H.read

-- A server on a random free port: { url, port, pid, log }, or nil.
local function start(redirect_port)
  local dir = H.tmpdir()
  for _ = 1, 20 do
    local port = math.random(20000, 45000)
    local log = dir .. "/log." .. port
    local pid = tonumber(H.run(("python3 %s %d 300 %s %s >/dev/null 2>&1 & echo $!"):format(q(PY), port, q(log),
      redirect_port and tostring(redirect_port) or "")):match("(%d+)"))
    if pid and H.wait_until(function()
      return read(log):find("ready", 1, true) ~= nil or os.execute("kill -0 " .. pid .. " 2>/dev/null") ~= 0
    end, 5) and read(log):find("ready", 1, true) then
      return { url = "http://127.0.0.1:" .. port, port = port, pid = pid, log = log }
    end
    if pid then os.execute("kill -9 " .. pid .. " 2>/dev/null") end
  end
end

local function stop(s)
  if s then
    os.execute("kill -9 " .. s.pid .. " 2>/dev/null")
    H.wait_until(function() return os.execute("kill -0 " .. s.pid .. " 2>/dev/null") ~= 0 end, 5)
  end
end

local function new_rt(url, mode, extra)
  local r = { url = url, mode = mode, namespace = "hostile" }
  for k, v in pairs(extra or {}) do r[k] = v end
  local rt = kiln.runtime { workers = 2, gpu_backend = "none", cache_dir = H.tmpdir(), durability = "rename",
                            remote = r }
  rt:load(FIX)
  return rt
end

local KEYS = { "h1", "h2", "h3", "h4" }

describe("a hostile remote server", function()
  local srv, other
  setup(function()
    if not have_python() then return end
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 1000)
    other = start()
    srv = other and start(other.port)
    if not srv then return end
    -- The real objects, stored through the server by a readwrite bake.
    local a = new_rt(srv.url .. "/store", "readwrite")
    for _, k in ipairs(KEYS) do a:enqueue("shared", k) end
    assert.is_true(a:drain(30))
    assert.is_true(H.wait_until(function() return a:stats().remote.uploads >= #KEYS end, 20))
    assert.is_true(a:close())
  end)
  teardown(function()
    stop(srv)
    stop(other)
  end)

  -- Bakes KEYS against /<mode>/...: -> stats.
  local function bake(mode)
    local b = new_rt(srv.url .. "/" .. mode, "read", { timeout_ms = 3000, breaker_failures = 1000 })
    _G.shared_applied = {}
    for _, k in ipairs(KEYS) do b:enqueue("shared", k) end
    assert.is_true(b:drain(60), mode .. ": drain timed out")
    local s = H.assert_invariant(b)
    assert.is_true(b:close())
    assert.are.equal(0, s.failed, mode)
    assert.are.equal(#KEYS, s.completed, mode)
    return s
  end

  it("serves its checked objects, chunked or not", function()
    if not srv then pending("python3 is not available") return end
    for _, mode in ipairs { "store", "chunked" } do
      local s = bake(mode)
      assert.are.equal(#KEYS, s.remote.hits, mode)
      assert.are.equal(0, s.stages.compute.count, mode)
      for _, k in ipairs(KEYS) do
        local v = _G.shared_applied[k]
        assert.is_true(v.cached and v.sum == v.meta_sum, mode .. " " .. k)
      end
    end
  end)

  it("computes every key when the answer is not an object, counting it once", function()
    if not srv then pending("python3 is not available") return end
    -- bad: a 200 that is not a cache file, or one larger than allowed;
    -- errors: statuses other than 200 and 404, and cut bodies.
    local want = { html = "bad", zero = "bad", biglen = "bad", e500 = "errors", midclose = "errors",
                   redirect = "errors" }
    for mode, counter in pairs(want) do
      local s = bake(mode)
      assert.are.equal(0, s.remote.hits, mode)
      assert.are.equal(#KEYS, s.stages.compute.count, mode)
      assert.are.equal(#KEYS, s.remote[counter], mode .. " " .. counter)
      for _, k in ipairs(KEYS) do assert.is_nil(_G.shared_applied[k].cached, mode .. " " .. k) end
    end
    -- The redirect went nowhere: the other server got no GET.
    assert.is_nil(read(other.log):find("GET", 1, true), read(other.log))
  end)
end)

describe("hostile remote options", function()
  it("refuses a URL or namespace with a NUL byte instead of cutting it short", function()
    local function err(rem)
      local ok, e = pcall(kiln.runtime, { gpu_backend = "none", cache_dir = H.tmpdir(), remote = rem })
      assert.is_false(ok)
      return tostring(e)
    end
    assert.matches("field 'namespace' \"a\\0b\" holds a NUL byte",
      err { url = "http://127.0.0.1:1", namespace = "a\0b" }, 1, true)
    assert.matches("field 'url'", err("http://127.0.0.1:1/x\0/y"), 1, true)
    assert.matches("NUL byte", err("http://127.0.0.1:1/x\0/y"), 1, true)
  end)

  it("names a key too long for rt:remote_has and rt:remote_url by its place", function()
    local rt = new_rt("http://127.0.0.1:1", "read", { tool = true })
    local long = ("x"):rep(65537)
    local ok, e = pcall(rt.remote_has, rt, "shared", { "a", long })
    assert.is_false(ok)
    assert.matches("rt:remote_has('shared'): key #2 of 65537 bytes is longer than the 65536 bytes", tostring(e), 1,
      true)
    ok, e = pcall(rt.remote_url, rt, "shared", long)
    assert.is_false(ok)
    assert.matches("longer than the 65536 bytes", tostring(e), 1, true)
    assert.are.same({}, rt:remote_has("shared", {}))
    assert.is_true(rt:close())
  end)
end)
