-- The farm: `kiln bake --queue` plans, `kiln worker` processes, over a
-- private redis-server (tests/spec/redis_server.lua) on a loopback port.
-- Worker processes are started in the background and stopped by PID; every
-- wait is bounded (the workers exit on their own after --idle-exit, the
-- planner after --timeout).
local kiln = require "kiln"
local H = require "helpers"
local redis_server = require "redis_server"

local FIX = "tests/spec/fixtures/farm_types.lua"
local BUILD = os.getenv("BUILD") or "build"
local KILN = BUILD .. "/kiln"
local q = H.q

local server
local started = {} -- pids of workers still to stop

local read = H.read

-- A zombie (killed, not reaped yet: its parent shell is gone) is dead.
local function alive(pid)
  local st = read("/proc/" .. pid .. "/stat"):match("^%d+ %b() (%a)")
  return st ~= nil and st ~= "Z" and st ~= "X"
end

-- A worker in the background: its pid (the kiln process itself).
local function start_worker(queue, name, cache, env, extra)
  local log = cache .. ".log"
  local p = io.popen(("%s %s worker --queue %s --cache %s --name %s --idle-exit 1.5 %s %s >%s 2>&1 & echo $!"):format(
    env or "", KILN, q(queue), q(cache), name, extra or "", FIX, q(log)))
  local pid = tonumber(p:read("*a"))
  p:close()
  started[#started + 1] = pid
  return { pid = pid, log = log, cache = cache, name = name }
end

-- The planner in the background; :wait() -> exit code, output.
local function start_plan(args, env)
  local dir = H.tmpdir()
  local out, rcf = dir .. "/out", dir .. "/rc"
  os.execute(("( %s %s bake %s %s >%s 2>&1; echo $? >%s ) &"):format(env or "", KILN, FIX, args, q(out), q(rcf)))
  return {
    wait = function(_, secs)
      assert.is_true(H.wait_until(function() return read(rcf):match("%d") ~= nil end, secs or 30),
        "the planner did not end: " .. read(out))
      return tonumber(read(rcf)), read(out)
    end,
    output = function() return read(out) end,
  }
end

local function wait_exit(w, secs)
  return H.wait_until(function() return not alive(w.pid) end, secs or 10)
end

-- name -> md5 of every *.kiln under the dirs; a name met twice must hold
-- the same bytes.
local function artifacts(dirs)
  local t = {}
  for _, d in ipairs(dirs) do
    local p = io.popen("find " .. q(d) .. " -name '*.kiln' -type f -exec md5sum {} + 2>/dev/null")
    for line in p:lines() do
      local sum, path = line:match("^(%x+)%s+(.+)$")
      local name = path:match("([^/]+)$")
      if t[name] and t[name] ~= sum then error("two different artifacts named " .. name) end
      t[name] = sum
    end
    p:close()
  end
  return t
end

local function count_lines(path)
  local t = {}
  for l in read(path):gmatch("[^\n]+") do t[l] = (t[l] or 0) + 1 end
  return t
end

local function redis() return kiln.redis { host = "127.0.0.1", port = server.port } end

setup(function()
  server = assert(redis_server.start())
end)

teardown(function()
  for _, pid in ipairs(started) do os.execute("kill -9 " .. pid .. " 2>/dev/null") end
  if server then server:stop() end
end)

describe("kiln.redis", function()
  it("calls, pipelines, converts replies and reports errors", function()
    local c = kiln.redis(server.url, { timeout_ms = 1000 })
    assert.are.equal("PONG", c:call("PING"))
    assert.are.equal("OK", c:call("SET", "k", "v\0x"))
    assert.are.equal("v\0x", c:call("GET", "k"))
    assert.is_nil(c:call("GET", "nope"))
    assert.are.equal(3, c:call("RPUSH", "l", "a", 2, "c"))
    assert.are.same({ "a", "2", "c" }, c:call("LRANGE", "l", 0, -1))
    local v, err = c:call("INCR", "k")
    assert.is_nil(v)
    assert.matches("^ERR", err)
    local r = c:pipeline({ "SET", "n", "1" }, { "INCR", "n" }, { "GET", "missing" }, { "INCR", "k" })
    assert.are.equal("OK", r[1])
    assert.are.equal(2, r[2])
    assert.are.equal(false, r[3])
    assert.matches("^ERR", r[4].err)
    assert.has_error(function() c:call("SET", "k", {}) end,
      "kiln.redis: SET: argument 3 must be a string or a number, got table")
    c:close()
    c:close()
    assert.has_error(function() c:call("PING") end)
    local u = kiln.redis("redis+unix://" .. server.sock)
    assert.are.equal("PONG", u:call("PING"))
    u:close()
    assert.has_error(function() kiln.redis("http://x") end)
  end)

  it("gives up on a server that does not answer within timeout_ms", function()
    local c = redis()
    server:pause()
    local t0 = kiln._now()
    local ok, err = pcall(c.call, c, "PING")
    server:resume()
    assert.is_false(ok)
    assert.matches("timed out", err)
    assert.is_true(kiln._now() - t0 < 5)
    assert.has_error(function() c:call("PING") end) -- broken: a new connection is needed
    c:close()
  end)

  it("sends nothing of a pipeline with a bad command, and stays in step", function()
    local c = kiln.redis(server.url, { timeout_ms = 1000 })
    assert.are.equal("OK", c:call("SET", "ps", "old"))
    local errs = {}
    for i, bad in ipairs { { "SET", "pt", {} }, 5, {} } do
      local ok, e = pcall(c.pipeline, c, { "SET", "ps", "new" }, bad)
      assert.is_false(ok)
      errs[i] = e
    end
    -- Each reply answers its own command: none of the above went out.
    assert.are.equal("old", c:call("GET", "ps"))
    assert.are.equal(0, c:call("EXISTS", "pt"))
    assert.are.equal("PONG", c:call("PING"))
    assert.are.same({ "OK", "old" }, c:pipeline({ "SET", "pu", "1" }, { "GET", "ps" }))
    assert.matches("pipeline: command 2: argument 3 must be a string or a number, got table", errs[1], 1, true)
    assert.matches("pipeline: command 2 is empty", errs[3], 1, true)
    c:close()
  end)
end)

describe("a distributed bake", function()
  it("survives a worker killed mid-bake: every key baked (at most twice), bytes as a single bake", function()
    local N = 90
    local name = "kill"
    local queue = server:queue(name)
    local base = H.tmpdir()
    local logf = base .. "/computes"
    local env = ("FARM_LOG=%s FARM_SLEEP_MS=40"):format(q(logf))
    local ws = {}
    for i = 1, 3 do
      ws[i] = start_worker(queue, "w" .. i, base .. "/c" .. i, env, "--workers 2 --reclaim-ms 800")
    end
    local plan = start_plan(("--type farm_item --range 1..%d --queue %s --timeout 30"):format(N, q(queue)))
    local c = redis()
    -- Kill w2 while it holds jobs, once the bake is well under way.
    local function w2_pending()
      local r = c:call("XPENDING", name, "kiln", "-", "+", "100", "w2")
      return type(r) == "table" and #r or 0
    end
    assert.is_true(H.wait_until(function()
      return (c:call("XLEN", name .. ":done") or 0) >= 15 and w2_pending() > 0
    end, 20), "the bake did not get under way: " .. plan.output())
    os.execute("kill -9 " .. ws[2].pid)
    local held = w2_pending() -- its jobs stay pending until reclaimed (--reclaim-ms 800)
    assert.is_true(wait_exit(ws[2], 5))
    assert.is_true(held > 0, "w2 held no job when it was killed")

    local rc, out = plan:wait(30)
    assert.are.equal(0, rc, out)
    assert.matches(("bake: %d jobs of type farm_item"):format(N), out)
    assert.matches("0 failed", out)
    local retried = tonumber(out:match("(%d+) done after a retry or reclaim"))
    assert.is_true(retried >= held, out)
    assert.are.equal(0, w2_pending()) -- reclaimed
    assert.are.equal(0, c:call("XLEN", name)) -- the planner removed its finished jobs
    c:close()
    for _, i in ipairs { 1, 3 } do assert.is_true(wait_exit(ws[i], 10), "worker w" .. i .. " did not exit") end
    assert.matches("idle for 1.5s, exiting", read(ws[1].log))

    -- Every key baked, none more than twice (the killed worker's batch).
    local n = count_lines(logf)
    for k = 1, N do
      local times = n[tostring(k)] or 0
      assert.is_true(times >= 1 and times <= 2, ("key %d baked %d times"):format(k, times))
    end

    -- The artifacts equal a single-machine bake's, byte for byte.
    local single = base .. "/single"
    local sout, src = H.run(("%s bake %s --type farm_item --range 1..%d --cache %s"):format(KILN, FIX, N, q(single)))
    assert.are.equal(0, src, sout)
    local want = artifacts { single }
    local got = artifacts { base .. "/c1", base .. "/c2", base .. "/c3" }
    local nw = 0
    for k, sum in pairs(want) do
      nw = nw + 1
      assert.are.equal(sum, got[k], "artifact " .. k)
    end
    assert.are.equal(N, nw)
    for k in pairs(got) do assert.is_not_nil(want[k], "extra artifact " .. k) end
  end)

  it("moves a job that always fails to the dead-letter stream after N deliveries, and exits 1", function()
    local name = "dead"
    local queue = server:queue(name)
    local base = H.tmpdir()
    local logf = base .. "/computes"
    local keys = base .. "/keys"
    local f = assert(io.open(keys, "w"))
    f:write("good1\nbad1\ngood2\n")
    f:close()
    local w = start_worker(queue, "wd", base .. "/c", "FARM_LOG=" .. q(logf), "--reclaim-ms 300")
    local plan = start_plan(("--type farm_fail --keys %s --queue %s --max-deliveries 3 --timeout 30"):format(q(keys),
      q(queue)))
    local rc, out = plan:wait(30)
    assert.are.equal(1, rc, out)
    assert.matches("1 failed %(1 dead%-lettered%)", out)
    assert.matches("failed: farm_fail 'bad1' %(dead%-lettered after 3 deliveries, last by wd%): delivered 3 times "
      .. "%(max 3%); last error: compute %(wd%): [^\n]*always fails: bad1", out)
    local n = count_lines(logf)
    assert.are.equal(3, n.bad1)
    assert.are.equal(1, n.good1)
    local c = redis()
    local dead = c:call("XRANGE", name .. ":dead", "-", "+")
    assert.are.equal(1, #dead)
    local fields = {}
    for i = 1, #dead[1][2], 2 do fields[dead[1][2][i]] = dead[1][2][i + 1] end
    assert.are.equal("bad1", fields.key)
    assert.are.equal("3", fields.deliveries)
    assert.matches("always fails: bad1", fields.error)
    assert.are.equal(0, c:call("HLEN", name .. ":err"))
    c:close()
    assert.is_true(wait_exit(w, 10))
    assert.matches("2 job%(s%) done, 0 failed, 1 dead%-lettered", read(w.log))
  end)

  it("reports a job whose type the worker's script lacks as failed, at once", function()
    local name = "other"
    local base = H.tmpdir()
    local c = redis()
    c:call("XGROUP", "CREATE", name, "kiln", "0", "MKSTREAM")
    local id = c:call("XADD", name, "*", "type", "nope", "key", "k1", "maxdel", "3")
    local w = start_worker(server:queue(name), "wo", base .. "/c")
    assert.is_true(H.wait_until(function() return (c:call("XLEN", name .. ":done") or 0) >= 1 end, 10))
    local e = c:call("XRANGE", name .. ":done", "-", "+")[1][2]
    local fields = {}
    for i = 1, #e, 2 do fields[e[i]] = e[i + 1] end
    assert.are.equal(id, fields.job)
    assert.are.equal("failed", fields.status)
    assert.matches("declares no type 'nope'", fields.error)
    c:close()
    assert.is_true(wait_exit(w, 10))
  end)

  it("works over a Unix socket and says when the timeout passes with no worker", function()
    local url = "redis+unix://" .. server.sock .. "?name=lonely"
    local t0 = kiln._now()
    local out, rc = H.run(("%s bake %s --type farm_item --range 1..5 --queue %s --timeout 0.5 --cache %s"):format(
      KILN, FIX, q(url), q(H.tmpdir())))
    assert.are.equal(1, rc, out)
    assert.matches("kiln bake: %-%-timeout 0.5s passed with 5 of 5 jobs not finished", out)
    assert.matches("they stay queued", out)
    assert.is_true(kiln._now() - t0 < 10)
    -- A worker that comes later bakes them.
    local w = start_worker(url, "late", H.tmpdir() .. "/c")
    local c = redis()
    assert.is_true(H.wait_until(function() return (c:call("XLEN", "lonely:done") or 0) >= 5 end, 10))
    c:close()
    assert.is_true(wait_exit(w, 10))
  end)
end)

describe("hostile farm input", function()
  -- Bounded: a bake whose queue has no worker would wait for one.
  local function bake(queue, extra)
    return H.run(("timeout 60 %s bake %s --type farm_item --range 1..3 --queue %s %s"):format(KILN, FIX,
      q(queue), extra or ""))
  end
  local function worker(queue)
    return H.run(("timeout 60 %s worker --queue %s --idle-exit 0.1 %s"):format(KILN, q(queue), FIX))
  end

  it("refuses a bad --queue URL with exit 2, naming the option", function()
    for url, why in pairs {
      ["http://127.0.0.1:6379/x"] = "must look like redis://HOST%[:PORT%]/NAME",
      ["redis://127.0.0.1:6379"] = "no queue NAME",
      ["redis://127.0.0.1:6379/"] = "no queue NAME",
      ["redis://127.0.0.1:99999/x"] = "port must be a number from 1 to 65535, got '99999'",
      ["redis://127.0.0.1:abc/x"] = "port must be a number from 1 to 65535, got 'abc'",
      ["redis://:6379/x"] = "no HOST",
      ["redis://127.0.0.1/a b"] = "NAME must be",
      ["redis+unix:///tmp/x.sock"] = "no queue NAME",
    } do
      for _, run in ipairs { bake, worker } do
        local out, rc = run(url)
        assert.are.equal(2, rc, url .. ": " .. out)
        assert.matches("%-%-queue '" .. url:gsub("%p", "%%%0") .. "'", out)
        assert.matches(why, out)
      end
    end
    -- A password is refused (no AUTH) and never echoed.
    for _, run in ipairs { bake, worker } do
      local out, rc = run("redis://kiln:s3cret@127.0.0.1:6379/x")
      assert.are.equal(2, rc, out)
      assert.matches("redis://kiln:***@127.0.0.1:6379/x", out, 1, true)
      assert.matches("sends no user or password", out, 1, true)
      assert.is_nil(out:find("s3cret", 1, true))
    end
    local out, rc = H.run(("%s bake %s --type farm_item --range 1..3 --timeout 5"):format(KILN, FIX))
    assert.are.equal(2, rc, out)
    assert.matches("%-%-timeout and %-%-max%-deliveries need %-%-queue", out)
    out, rc = bake(server:queue("x"), "--max-deliveries 0")
    assert.are.equal(2, rc, out)
    assert.matches("%-%-max%-deliveries must be an integer from 1 to 1000, got 0", out)
    out, rc = H.run(("%s worker %s"):format(KILN, FIX))
    assert.are.equal(2, rc, out)
    assert.matches("missing %-%-queue", out)
    out, rc = H.run(("%s worker --queue %s --reclaim-ms 0 %s"):format(KILN, q(server:queue("x")), FIX))
    assert.are.equal(2, rc, out)
    assert.matches("%-%-reclaim%-ms must be an integer from 10", out)
  end)

  it("fails a job whose args never finish evaluating, instead of hanging every worker", function()
    -- Anyone who can XADD to the queue writes the args a worker evaluates:
    -- a literal that loops would stall the worker (no heartbeat), then each
    -- one that reclaimed the job after it.
    local name = "poison" .. math.random(1e9)
    for _, a in ipairs { "(function() while true do end end)()",
                         "(function() local x = 0 for i = 1, 1e15 do x = x + i end return x end)()" } do
      server:cli(("XADD %s '*' type farm_item key %s args %s"):format(name, q("k" .. #a), q(a)))
    end
    local t0 = kiln._now()
    local out, rc = H.run(("timeout 60 %s worker --queue %s --idle-exit 0.5 --cache %s %s"):format(KILN,
      q(server:queue(name)), q(H.tmpdir() .. "/c"), FIX))
    assert.are.equal(0, rc, out)
    assert.is_true(kiln._now() - t0 < 30, "the worker took " .. (kiln._now() - t0) .. " s")
    local done = server:cli(("XRANGE %s:done - +"):format(name))
    local _, failed = done:gsub("\nfailed\n", "")
    assert.are.equal(2, failed, done)
    assert.matches("args: evaluation ran too long", done, 1, true)
  end)

  it("fails with exit 1 and a clear message when Redis is down or hung, within the timeouts", function()
    -- A port nothing listens on: a server started and stopped.
    local gone = assert(redis_server.start())
    local port = gone.port
    gone:stop()
    local url = ("redis://127.0.0.1:%d/q"):format(port)
    for _, run in ipairs { bake, worker } do
      local t0 = kiln._now()
      local out, rc = run(url)
      assert.are.equal(1, rc, out)
      assert.matches("%-%-queue " .. url:gsub("%p", "%%%0") .. ": 127.0.0.1:" .. port .. ": cannot connect: "
        .. "Connection refused", out)
      assert.is_true(kiln._now() - t0 < 5)
    end
    -- A server that accepts and never answers (SIGSTOP).
    server:pause()
    local ok, err = pcall(function()
      for _, run in ipairs { bake, worker } do
        local t0 = kiln._now()
        local out, rc = run(server:queue("hung"))
        assert.are.equal(1, rc, out)
        assert.matches("timed out waiting for the server", out)
        assert.is_true(kiln._now() - t0 < 10)
      end
    end)
    server:resume()
    assert(ok, err)
  end)
end)

-- With the shared HTTP tier (tests/spec/webdav.lua): written against
-- `kiln.runtime { remote = ... }`, pending where the runtime lacks it.
local has_remote = (function()
  local ok, rt = pcall(kiln.runtime, { workers = 1, gpu_backend = "none", cache_dir = H.tmpdir(),
                                       remote = { url = "http://127.0.0.1:9/kiln", tool = true } })
  if ok then rt:close() end
  return ok
end)()

describe("a distributed bake with a shared tier", function()
  local webdav = require "webdav"
  local dav
  setup(function() if has_remote then dav = assert(webdav.start()) end end)
  teardown(function() if dav then dav:stop() end end)

  -- md5 of every object in the tier, sorted.
  local function tier_sums()
    local t = {}
    local p = io.popen("find " .. q(dav.data) .. " -name '*.kiln' -type f -exec md5sum {} + 2>/dev/null")
    for line in p:lines() do t[#t + 1] = line:match("^(%x+)") end
    p:close()
    table.sort(t)
    return t
  end

  ;(has_remote and it or pending)("skips what the tier has, uploads what workers bake, bytes as a single bake",
    function()
    local name = "shared"
    local queue = server:queue(name)
    local base = H.tmpdir()
    local rem = "--remote " .. q(dav.url .. "/kiln") .. " --remote-namespace farm"
    local ws = {}
    for i = 1, 2 do ws[i] = start_worker(queue, "s" .. i, base .. "/c" .. i, nil, rem) end
    local rc, out = start_plan(("--type farm_item --range 1..20 --queue %s %s --timeout 30"):format(q(queue), rem)):wait(30)
    assert.are.equal(0, rc, out)
    assert.matches("remote: 0 of 20 keys already shared", out)
    assert.matches("20 computed", out)
    -- A job is acknowledged only once its upload is done.
    local sums = tier_sums()
    assert.are.equal(20, #sums)
    -- The same bytes as a single-machine bake's artifacts.
    local single = base .. "/single"
    local sout, src = H.run(("%s bake %s --type farm_item --range 1..20 --cache %s"):format(KILN, FIX, q(single)))
    assert.are.equal(0, src, sout)
    local want = {}
    for _, sum in pairs(artifacts { single }) do want[#want + 1] = sum end
    table.sort(want)
    assert.are.same(want, sums)
    -- A second plan queues only what the tier lacks.
    rc, out = start_plan(("--type farm_item --range 1..25 --queue %s %s --timeout 30"):format(q(queue), rem)):wait(30)
    assert.are.equal(0, rc, out)
    assert.matches("remote: 20 of 25 keys already shared", out)
    assert.matches("bake: 5 jobs of type farm_item", out)
    assert.are.equal(25, #tier_sums())
    for i = 1, 2 do assert.is_true(wait_exit(ws[i], 10)) end
  end)
end)
