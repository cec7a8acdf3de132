-- The farm: a bake spread over machines through a Redis stream
-- (require "kiln.farm"; build/kiln preloads it for `bake` and `worker`).
--
--   kiln bake SCRIPT --type T (--keys F | --range A..B) --queue redis://HOST[:PORT]/NAME
--             [--remote URL] [--force] [--args EXPR] [--max-deliveries N] [--timeout S]
--     M.plan: lists the keys, skips those the shared tier already has
--     (rt:remote_has, batched), adds the rest to the jobs stream, then
--     follows the done and dead-letter streams with a progress bar until
--     every job it added ended; summary; exit 0, 1 (a job failed or the
--     timeout passed) or 2 (usage).
--   kiln worker --queue redis://HOST[:PORT]/NAME [--remote URL] [--cache DIR]
--               [--workers N] [--reclaim-ms MS] [--idle-exit S] [--name ID] SCRIPT
--     M.worker: reads jobs with XREADGROUP (BLOCK, bounded), bakes a batch
--     with its runtime, waits until the batch is durable (and uploaded,
--     with --remote), then acknowledges each job and reports it to the done
--     stream in one server-side script (so a job is reported once even when
--     two workers bake it). Jobs a worker holds longer than --reclaim-ms
--     without a heartbeat (it crashed) are claimed by another (XAUTOCLAIM);
--     a job delivered --max-deliveries times without success goes to the
--     dead-letter stream with its last error.
--
-- Redis keys for queue NAME:
--   NAME         jobs stream: type, key, args (a Lua literal), force,
--                script (the planner's script hash), version, maxdel, plan
--   group "kiln" on NAME: the workers' consumer group
--   NAME:done    one entry per finished job: job, plan, type, key,
--                status (ok | failed), how (computed | cached | remote),
--                worker, deliveries, error
--   NAME:dead    one entry per dead-lettered job: job, plan, type, key,
--                deliveries, worker, error
--   NAME:err     hash job id -> the last error of a job being retried
--   NAME:workers hash worker -> "seq busy done failed" (progress)
-- Every job ends exactly once in NAME:done or NAME:dead.
local kiln = require "kiln"
local ffi = require "ffi"
pcall(ffi.cdef, [[
int isatty(int fd);
int getpid(void);
int gethostname(char *name, size_t len);
int poll(void *fds, unsigned long nfds, int timeout);
]])

local fmt, concat = string.format, table.concat
local now = kiln._now
local M = {}

local GROUP = "kiln"
local CALL_MS = 2000 -- every Redis call's bound (connect, read, write)

-- Acknowledges a job and reports it in one step, only if it was still
-- pending: a job two workers baked (one was slow, not dead) is reported
-- once. KEYS: jobs, report stream, err hash; ARGV: group, id, fields...
local FINISH = [[
local ok = redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
if ok == 1 then
  redis.call('XADD', KEYS[2], '*', unpack(ARGV, 3))
  redis.call('HDEL', KEYS[3], ARGV[2])
end
return ok
]]

local function sleep_ms(ms) ffi.C.poll(nil, 0, ms) end

local function hostname()
  local buf = ffi.new("char[256]")
  if ffi.C.gethostname(buf, 255) ~= 0 then return "host" end
  return ffi.string(buf)
end

-- parse_queue(url) -> { host, port | path, name, url } or nil, why.
-- redis://HOST[:PORT]/NAME or redis+unix:///SOCKET?name=NAME.
function M.parse_queue(raw)
  local shape = "must look like redis://HOST[:PORT]/NAME or redis+unix:///SOCKET?name=NAME"
  local url = kiln._shown_url(raw) -- messages never carry a password
  local q = { url = url }
  local path, name = raw:match("^redis%+unix://(/[^?]+)%?name=(.*)$")
  if path then
    q.path, q.name = path, name
  elseif raw:match("^redis%+unix://") then
    return nil, fmt("--queue '%s': no queue NAME (redis+unix:///SOCKET?name=NAME)", url)
  else
    local rest = raw:match("^redis://(.*)$")
    if not rest then return nil, fmt("--queue '%s' %s", url, shape) end
    local hostport, nm = rest:match("^([^/]*)/?(.*)$")
    if hostport:find("@", 1, true) then
      return nil, fmt("--queue '%s': kiln's Redis client sends no user or password (no AUTH); "
        .. "reach a protected server through a tunnel", url)
    end
    local host, port = hostport:match("^%[(.+)%]:?(.*)$") -- [::1]:6379
    if not host then host, port = hostport:match("^([^:]*):?(.*)$") end
    if host == "" then return nil, fmt("--queue '%s': no HOST (%s)", url, shape) end
    if port == "" then port = "6379" end
    local p = port:match("^%d+$") and tonumber(port)
    if not p or p < 1 or p > 65535 then
      return nil, fmt("--queue '%s': port must be a number from 1 to 65535, got '%s'", url, port)
    end
    q.host, q.port, q.name = host, p, nm
  end
  if q.name == "" then return nil, fmt("--queue '%s': no queue NAME (redis://HOST:PORT/NAME)", url) end
  if #q.name > 200 or not q.name:match("^[%w._:-]+$") then
    return nil, fmt("--queue '%s': NAME must be 1-200 of A-Z a-z 0-9 . _ : -, got '%s'", url, q.name)
  end
  return q
end

local function connect(q, timeout_ms)
  return pcall(kiln.redis, q.path and { path = q.path } or { host = q.host, port = q.port },
               { timeout_ms = timeout_ms or CALL_MS })
end

-- A stream entry's fields as a table.
local function fields(list)
  local t = {}
  if type(list) == "table" then
    for i = 1, #list - 1, 2 do t[list[i]] = list[i + 1] end
  end
  return t
end

-- The consumer group (and the stream) exist after this.
local function ensure_group(c, name)
  local ok, err = c:call("XGROUP", "CREATE", name, GROUP, "0", "MKSTREAM")
  if not ok and not tostring(err):match("^BUSYGROUP") then
    error(fmt("XGROUP CREATE %s %s: %s", name, GROUP, tostring(err)), 0)
  end
end

-- Raises with the server's text when a reply is an error.
local function must(what, v, err)
  if v == nil and err then error(fmt("%s: %s", what, err), 0) end
  return v
end

-- Lua literal args, evaluated as --args is (math and string only), within
-- ARGS_STEPS VM instructions: they come from the queue, and a literal that
-- loops would stall the worker (no heartbeat), then each one that
-- reclaimed the job after it. The count hook fires only in interpreted
-- code, so the chunk is not compiled.
local ARGS_STEPS = 1e7
local function decode_args(s)
  if s == nil or s == "" then return nil end
  local chunk, err = loadstring("return " .. s, "=args")
  if not chunk then return nil, err end
  setfenv(chunk, { math = math, string = string })
  jit.off(chunk, true)
  debug.sethook(function() error(fmt("evaluation ran too long (over %d steps)", ARGS_STEPS), 0) end, "",
    ARGS_STEPS)
  local ok, v = pcall(chunk)
  debug.sethook()
  if not ok then return nil, tostring(v) end
  return v
end

---------------------------------------------------------------- planner --

-- M.plan(opt, keys, key_args, common_args): from bindings/bake.lua once
-- its arguments are parsed (opt.queue set). Never returns: exits.
function M.plan(opt, keys, key_args)
  local function usage_error(msg)
    io.stderr:write("kiln bake: ", msg, "\n")
    os.exit(2)
  end
  local function fail(msg)
    io.stderr:write("kiln bake: ", msg, "\n")
    os.exit(1)
  end
  local q, why = M.parse_queue(opt.queue)
  if not q then usage_error(why) end
  local timeout = 86400
  if opt.timeout then
    timeout = tonumber(opt.timeout)
    if not timeout or not (timeout > 0 and timeout <= 1e7) then
      usage_error("--timeout must be a number of seconds above 0, got " .. opt.timeout)
    end
  end
  local maxdel = 3
  if opt["max-deliveries"] then
    maxdel = tonumber(opt["max-deliveries"])
    if not maxdel or maxdel ~= math.floor(maxdel) or maxdel < 1 or maxdel > 1000 then
      usage_error("--max-deliveries must be an integer from 1 to 1000, got " .. opt["max-deliveries"])
    end
  end

  -- The script: the type must exist, and its hash names the version
  -- every worker must run.
  local remote = kiln._tool_remote(opt.remote, "read", opt.remote_ns) -- the planner only asks
  local rok, rt = pcall(kiln.runtime, { workers = 1, cache_dir = opt.cache, gpu_backend = "none",
                                        remote = remote })
  if not rok then usage_error(tostring(rt):gsub("^kiln%.runtime: ", "")) end
  local ok, err = pcall(rt.load, rt, opt.script)
  if not ok then fail(tostring(err)) end
  local spec = rt._byname[opt.type]
  if not spec then
    local names = {}
    for n in pairs(rt._byname) do names[#names + 1] = n end
    table.sort(names)
    fail(fmt("%s declares no type '%s' (types: %s)", opt.script, opt.type,
      #names > 0 and concat(names, ", ") or "none"))
  end
  local script_id = tostring(spec._hash):gsub("ULL$", "")
  local version = tostring(spec._version or 1)

  local cok, c = connect(q)
  if not cok then fail(fmt("--queue %s: %s", q.url, tostring(c):gsub("^kiln%.redis: ", ""))) end

  -- The jobs: unique keys, minus what the shared tier already has.
  local jobs_keys, jobs_args, seen = {}, {}, {}
  for n, key in ipairs(keys) do
    if not seen[key] then
      seen[key] = true
      jobs_keys[#jobs_keys + 1] = key
      if opt.args then jobs_args[#jobs_keys] = opt.args
      elseif key_args[n] ~= nil then jobs_args[#jobs_keys] = fmt("%.17g", key_args[n]) end
    end
  end
  local total_keys, shared = #jobs_keys, 0
  if remote and not opt.force then
    local keep_k, keep_a = {}, {}
    for a = 1, #jobs_keys, 4096 do
      local part = {}
      for b = a, math.min(#jobs_keys, a + 4095) do part[#part + 1] = jobs_keys[b] end
      local hok, has = pcall(rt.remote_has, rt, opt.type, part)
      if not hok then fail("--remote: " .. tostring(has)) end
      for j, k in ipairs(part) do
        if has[j] == true then shared = shared + 1
        else keep_k[#keep_k + 1] = k; keep_a[#keep_k] = jobs_args[a + j - 1] end
      end
    end
    jobs_keys, jobs_args = keep_k, keep_a
    print(fmt("remote: %d of %d keys already shared at %s", shared, total_keys, kiln._shown_url(remote.url)))
  end
  rt:close()

  local plan_id = fmt("%s:%d:%d", hostname(), ffi.C.getpid(), math.floor(os.time()))
  local pending, npending = {}, 0 -- job id -> key
  local done_from, dead_from
  local pok, perr = pcall(function()
    ensure_group(c, q.name)
    -- Read the reports from here on: older entries are other plans'.
    local function last_id(stream)
      local r = must("XREVRANGE " .. stream, c:call("XREVRANGE", stream, "+", "-", "COUNT", "1"))
      return (r and r[1] and r[1][1]) or "0-0"
    end
    done_from, dead_from = last_id(q.name .. ":done"), last_id(q.name .. ":dead")
    for a = 1, #jobs_keys, 1000 do
      local cmds, ks = {}, {}
      for b = a, math.min(#jobs_keys, a + 999) do
        local cmd = { "XADD", q.name, "*", "type", opt.type, "key", jobs_keys[b], "script", script_id,
                      "version", version, "maxdel", tostring(maxdel), "plan", plan_id,
                      "force", opt.force and "1" or "0" }
        if jobs_args[b] then cmd[#cmd + 1] = "args"; cmd[#cmd + 1] = jobs_args[b] end
        cmds[#cmds + 1] = cmd
        ks[#ks + 1] = jobs_keys[b]
      end
      for j, id in ipairs(c:pipeline(unpack(cmds))) do
        if type(id) ~= "string" then error("XADD " .. q.name .. ": " .. tostring(type(id) == "table" and id.err or id), 0) end
        pending[id] = ks[j]
        npending = npending + 1
      end
    end
  end)
  if not pok then fail(fmt("--queue %s: %s", q.url, tostring(perr):gsub("^kiln%.redis: ", ""))) end

  local total = npending
  print(fmt("queue: %d jobs of type %s added to %s (plan %s)", total, opt.type, q.url, plan_id))
  local t0 = now()
  local tty = ffi.C.isatty(1) == 1
  local by_worker, how_count = {}, { computed = 0, cached = 0, remote = 0 }
  local failures, nfailed, ndead, ndone, nretried = {}, 0, 0, 0, 0
  local done_ids = {}
  local alive = {} -- worker -> { value, changed_at }

  local function workers_line()
    local ok_h, h = pcall(c.call, c, "HGETALL", q.name .. ":workers")
    local t = now()
    if ok_h and type(h) == "table" then
      for i = 1, #h - 1, 2 do
        local a = alive[h[i]]
        if not a or a.value ~= h[i + 1] then alive[h[i]] = { value = h[i + 1], changed_at = t } end
      end
    end
    local names, n = {}, 0
    for w, a in pairs(alive) do
      if t - a.changed_at < 5 then n = n + 1 end
      if by_worker[w] then names[#names + 1] = w end
    end
    for w in pairs(by_worker) do if not alive[w] then names[#names + 1] = w end end
    table.sort(names)
    local parts = {}
    for i = 1, math.min(#names, 8) do parts[i] = fmt("%s %d", names[i], by_worker[names[i]]) end
    if #names > 8 then parts[#parts + 1] = "..." end
    return fmt("%d worker%s%s", n, n == 1 and "" or "s", #parts > 0 and " (" .. concat(parts, ", ") .. ")" or "")
  end

  local last_plain = -1
  local function progress(final)
    local fin = ndone + ndead
    local secs = now() - t0
    local rate = secs > 0 and fin / secs or 0
    local eta = rate > 0 and (total - fin) / rate or 0
    local w = workers_line()
    if tty then
      local width = 30
      local fill = total > 0 and math.floor(width * fin / total) or width
      io.stdout:write(fmt("\r[%s%s] %d/%d  %s  %.0f jobs/s  ETA %ds  failed %d\27[K%s", ("#"):rep(fill),
        ("."):rep(width - fill), fin, total, w, rate, math.ceil(eta), nfailed + ndead, final and "\n" or ""))
    elseif final or secs - last_plain >= 1 then
      last_plain = secs
      io.stdout:write(fmt("bake: %d/%d jobs done, %s, %.0f jobs/s, ETA %ds, %d failed\n", fin, total, w,
        rate, math.ceil(eta), nfailed + ndead))
    end
    io.stdout:flush()
  end

  local function take(stream_kind, id, f)
    local key = pending[f.job]
    if not key then return end -- another plan's job, or already counted
    pending[f.job] = nil
    npending = npending - 1
    done_ids[#done_ids + 1] = { stream_kind, id, f.job }
    local w = f.worker or "?"
    by_worker[w] = (by_worker[w] or 0) + 1
    if stream_kind == "dead" then
      ndead = ndead + 1
      failures[#failures + 1] = fmt("failed: %s '%s' (dead-lettered after %s deliveries, last by %s): %s",
        f.type or opt.type, key, f.deliveries or "?", w, f.error or "?")
    elseif f.status == "ok" then
      ndone = ndone + 1
      if (tonumber(f.deliveries) or 1) > 1 then nretried = nretried + 1 end
      how_count[f.how or "computed"] = (how_count[f.how or "computed"] or 0) + 1
    else
      ndone = ndone + 1
      nfailed = nfailed + 1
      failures[#failures + 1] = fmt("failed: %s '%s' (worker %s): %s", f.type or opt.type, key, w, f.error or "?")
    end
  end

  local deadline = t0 + timeout
  local timed_out = false
  local wok, werr = pcall(function()
    local tick = tty and 0.1 or 0.25
    local next_bar = now()
    while npending > 0 do
      local t = now()
      if t >= deadline then timed_out = true break end
      local block = math.max(1, math.floor(math.min(tick, deadline - t) * 1000))
      local r = must("XREAD", c:call("XREAD", "COUNT", "1000", "BLOCK", tostring(block), "STREAMS",
        q.name .. ":done", q.name .. ":dead", done_from, dead_from))
      for _, s in ipairs(r or {}) do
        local kind = s[1] == q.name .. ":done" and "done" or "dead"
        for _, e in ipairs(s[2] or {}) do
          if kind == "done" then done_from = e[1] else dead_from = e[1] end
          take(kind, e[1], fields(e[2]))
        end
      end
      if now() >= next_bar then
        progress(false)
        next_bar = now() + tick
      end
    end
  end)
  if not wok then
    if tty then io.stdout:write("\n") end
    fail(fmt("--queue %s: %s (%d of %d jobs not finished; they stay queued for the workers)", q.url,
      tostring(werr):gsub("^kiln%.redis: ", ""), npending, total))
  end
  progress(true)
  local secs = now() - t0

  -- Tidy: the finished jobs and their done entries go; dead letters stay
  -- for whoever looks into them.
  pcall(function()
    local ids, dids = {}, {}
    for _, d in ipairs(done_ids) do
      ids[#ids + 1] = d[3]
      if d[1] == "done" then dids[#dids + 1] = d[2] end
    end
    for a = 1, #ids, 1000 do
      c:call("XDEL", q.name, unpack(ids, a, math.min(#ids, a + 999)))
    end
    for a = 1, #dids, 1000 do
      c:call("XDEL", q.name .. ":done", unpack(dids, a, math.min(#dids, a + 999)))
    end
  end)
  c:close()

  print(fmt("bake: %d jobs of type %s over %s in %.2f s (%.0f jobs/s): %d computed, %d from cache, "
    .. "%d fetched from the shared tier, %d failed (%d dead-lettered), %d done after a retry or reclaim%s", total,
    opt.type, q.url, secs, total / math.max(secs, 1e-9), how_count.computed or 0, how_count.cached or 0,
    how_count.remote or 0, nfailed + ndead, ndead, nretried, shared > 0 and fmt("; %d already shared, not queued", shared) or ""))
  for _, f in ipairs(failures) do io.stderr:write(f, "\n") end
  if timed_out then
    local left = {}
    for _, k in pairs(pending) do
      if #left < 10 then left[#left + 1] = "'" .. k .. "'" end
    end
    table.sort(left)
    io.stderr:write(fmt("kiln bake: --timeout %gs passed with %d of %d jobs not finished (%s%s); "
      .. "they stay queued for the workers\n", timeout, npending, total, concat(left, ", "),
      npending > #left and ", ..." or ""))
    os.exit(1)
  end
  if nfailed + ndead > 0 then os.exit(1) end
  os.exit(0)
end

----------------------------------------------------------------- worker --

local WORKER_USAGE = "usage: kiln worker --queue redis://HOST[:PORT]/NAME [--remote URL "
  .. "[--remote-mode read|readwrite] [--remote-namespace NS]]\n"
  .. "                   [--cache DIR] [--workers N] [--reclaim-ms MS] [--idle-exit S] [--name ID] SCRIPT\n"

function M.worker(...)
  local argv = { ... }
  local function usage_error(msg)
    io.stderr:write("kiln worker: ", msg, "\n", WORKER_USAGE)
    os.exit(2)
  end
  local function fail(msg)
    io.stderr:write("kiln worker: ", msg, "\n")
    os.exit(1)
  end
  local opt = { workers = 2, cache = ".kiln-cache", reclaim_ms = 30000, idle_exit = 0, block_ms = 1000 }
  local i = 1
  local function num(a, v, lo, hi, int)
    local n = tonumber(v)
    if not n or n < lo or n > hi or (int and n ~= math.floor(n)) then
      usage_error(fmt("%s must be %s from %g to %g, got %s", a, int and "an integer" or "a number", lo, hi, v))
    end
    return n
  end
  while i <= #argv do
    local a = argv[i]
    local function value()
      i = i + 1
      if argv[i] == nil then usage_error(a .. " needs a value") end
      return argv[i]
    end
    if a == "--queue" then opt.queue = value()
    elseif a == "--remote" then opt.remote = value()
    elseif a == "--remote-mode" then opt.remote_mode = value()
    elseif a == "--remote-namespace" then opt.remote_ns = value()
    elseif a == "--cache" then opt.cache = value()
    elseif a == "--workers" then opt.workers = num(a, value(), 1, 256, true)
    elseif a == "--reclaim-ms" then opt.reclaim_ms = num(a, value(), 10, 86400000, true)
    elseif a == "--idle-exit" then opt.idle_exit = num(a, value(), 0, 1e7)
    elseif a == "--block-ms" then opt.block_ms = num(a, value(), 10, 60000, true)
    elseif a == "--name" then opt.name = value()
    elseif a == "-h" or a == "--help" then io.stdout:write(WORKER_USAGE) os.exit(0)
    elseif a:sub(1, 2) == "--" then usage_error("unknown option " .. a)
    elseif not opt.script then opt.script = a
    else usage_error("unexpected argument " .. a) end
    i = i + 1
  end
  if not opt.queue then usage_error("missing --queue redis://HOST[:PORT]/NAME") end
  local q, why = M.parse_queue(opt.queue)
  if not q then usage_error(why) end
  if not opt.script then usage_error("missing SCRIPT") end
  do
    local f = io.open(opt.script, "r")
    if not f then usage_error("cannot open SCRIPT '" .. opt.script .. "'") end
    f:close()
  end
  if opt.name and not opt.name:match("^[%w._:@-]+$") then
    usage_error("--name must be A-Z a-z 0-9 . _ : @ -, got '" .. opt.name .. "'")
  end
  if opt.remote_mode and opt.remote_mode ~= "read" and opt.remote_mode ~= "readwrite" then
    usage_error("--remote-mode must be read or readwrite, got " .. opt.remote_mode)
  end
  local me = opt.name or fmt("%s:%d", hostname(), ffi.C.getpid())

  local remote = kiln._tool_remote(opt.remote, opt.remote_mode, opt.remote_ns)
  -- The socket bound sits above the blocking read's own.
  local cok, c = connect(q, opt.block_ms + CALL_MS)
  if not cok then fail(fmt("--queue %s: %s", q.url, tostring(c):gsub("^kiln%.redis: ", ""))) end
  local rok, rt = pcall(kiln.runtime, { workers = opt.workers, cache_dir = opt.cache, gpu_backend = "none",
                                        remote = remote })
  if not rok then usage_error(tostring(rt):gsub("^kiln%.runtime: ", "")) end
  local lok, lerr = pcall(rt.load, rt, opt.script)
  if not lok then fail(tostring(lerr)) end

  local jobs, done_key, dead_key, err_key = q.name, q.name .. ":done", q.name .. ":dead", q.name .. ":err"
  -- Enough per batch that the disk writes overlap the next computes; at
  -- most 64 (rt:errors() keeps 64).
  local batch = math.min(64, math.max(8, opt.workers * 4))
  local counts = { done = 0, failed = 0, dead = 0, seq = 0 }
  io.stderr:write(fmt("kiln worker %s: queue %s, script %s, %d thread(s)%s\n", me, q.url, opt.script,
    opt.workers, remote and (", shared tier " .. kiln._shown_url(remote.url)) or ""))

  local function report(busy)
    counts.seq = counts.seq + 1
    c:call("HSET", q.name .. ":workers", me, fmt("%d %d %d %d", counts.seq, busy, counts.done, counts.failed))
  end

  -- One job ends: acknowledged and reported once (see FINISH).
  local function finish(job, status, how, errmsg)
    local f = { "job", job.id, "plan", job.f.plan or "", "type", job.f.type or "", "key", job.f.key or "",
                "worker", me, "deliveries", tostring(job.deliveries) }
    local stream = done_key
    if status == "dead" then
      stream = dead_key
      counts.dead = counts.dead + 1
    else
      f[#f + 1] = "status"; f[#f + 1] = status
      f[#f + 1] = "how"; f[#f + 1] = how or ""
      if status == "ok" then counts.done = counts.done + 1 else counts.failed = counts.failed + 1 end
    end
    if errmsg then f[#f + 1] = "error"; f[#f + 1] = errmsg end
    must("EVAL finish", c:call("EVAL", FINISH, "3", jobs, stream, err_key, GROUP, job.id, unpack(f)))
  end

  local next_claim = 0
  local function retry_soon(job, errmsg)
    -- Keep the error for whoever gets the job next, and make it claimable
    -- now (idle as long as the reclaim time) without counting a delivery.
    c:pipeline({ "HSET", err_key, job.id, errmsg },
               { "XCLAIM", jobs, GROUP, me, "0", job.id, "IDLE", tostring(opt.reclaim_ms), "JUSTID" })
    next_claim = 0
  end

  -- The type's identity in this worker, to check against the planner's.
  local function identity(tname)
    local spec = rt._byname[tname]
    if not spec then return nil end
    return tostring(spec._hash):gsub("ULL$", ""), tostring(spec._version or 1)
  end

  local function run_batch(list)
    local ids = {}
    for _, job in ipairs(list) do ids[#ids + 1] = job.id end
    report(#list)
    local todo = {}
    -- Jobs that cannot run here, or ran out of deliveries.
    local last_errs
    for _, job in ipairs(list) do
      local f = job.f
      local maxdel = tonumber(f.maxdel) or 3
      if job.deliveries > maxdel then
        if not last_errs then
          local r = c:call("HMGET", err_key, unpack(ids))
          last_errs = {}
          for j, id in ipairs(ids) do last_errs[id] = r and r[j] or nil end
        end
        local e = last_errs[job.id]
        finish(job, "dead", nil, fmt("delivered %d times (max %d); last error: %s", job.deliveries - 1, maxdel,
          e or "the worker holding it stopped (crashed or killed) before it finished"))
      else
        local hash, version = identity(f.type or "")
        local args, aerr = decode_args(f.args)
        if not f.type or not f.key then
          finish(job, "failed", nil, "job has no type or key field")
        elseif not hash then
          finish(job, "failed", nil, fmt("worker %s: %s declares no type '%s'", me, opt.script, f.type))
        elseif f.script and (f.script ~= hash or f.version ~= version) then
          finish(job, "failed", nil, fmt("worker %s runs another version of type '%s' (script %s, version %s; "
            .. "the planner's: script %s, version %s): give every machine the same script", me, f.type, hash,
            version, f.script, tostring(f.version)))
        elseif aerr then
          finish(job, "failed", nil, "args: " .. aerr)
        else
          job.args = args
          todo[#todo + 1] = job
        end
      end
    end
    if #todo == 0 then return end
    -- Which the shared tier has (labels only: the runtime fetches them).
    local remote_has = {}
    if remote then
      local by_type = {}
      for _, job in ipairs(todo) do
        if job.f.force ~= "1" and not rt:cached(job.f.type, job.f.key) then
          by_type[job.f.type] = by_type[job.f.type] or {}
          table.insert(by_type[job.f.type], job.f.key)
        end
      end
      for tname, ks in pairs(by_type) do
        local hok, has = pcall(rt.remote_has, rt, tname, ks)
        if hok then for j, k in ipairs(ks) do if has[j] == true then remote_has[tname .. "\0" .. k] = true end end end
      end
    end
    local running = {}
    for _, job in ipairs(todo) do
      local eok, r = pcall(rt.enqueue, rt, job.f.type, job.f.key, { args = job.args, force = job.f.force == "1" })
      if not eok then
        finish(job, "failed", nil, tostring(r))
      else
        job.how = r == "cached" and "cached" or remote_has[job.f.type .. "\0" .. job.f.key] and "remote" or "computed"
        running[#running + 1] = job
      end
    end
    -- Until every item ran and its artifact is durable; a heartbeat keeps
    -- the jobs this worker holds from being reclaimed meanwhile.
    local beat = math.max(0.01, opt.reclaim_ms / 3000)
    local next_beat = now() + beat
    local function heartbeat()
      if now() >= next_beat then
        -- Idle back to 0, no delivery counted; acknowledged ids are skipped.
        must("XCLAIM", c:call("XCLAIM", jobs, GROUP, me, "0", unpack(ids), "JUSTID"))
        report(#running)
        next_beat = now() + beat
      end
    end
    while not rt:drain(math.min(beat, 0.25)) do heartbeat() end
    if remote and rt:stats().remote then
      local t_end = now() + 120
      while rt:stats().remote.pending > 0 and now() < t_end do
        heartbeat()
        sleep_ms(20)
      end
    end
    local errs = {}
    for _, e in ipairs(rt:errors()) do errs[e.type .. "\0" .. e.key] = e end
    for _, job in ipairs(running) do
      local st = rt:state(job.f.type, job.f.key)
      if st == "applied" then
        finish(job, "ok", job.how)
      else
        local e = errs[job.f.type .. "\0" .. job.f.key]
        local msg = e and fmt("%s (%s): %s", e.stage or "?", me, tostring(e.message)) or
          fmt("ended as '%s' on worker %s", tostring(st), me)
        local maxdel = tonumber(job.f.maxdel) or 3
        if job.deliveries >= maxdel then
          finish(job, "dead", nil, fmt("delivered %d times (max %d); last error: %s", job.deliveries, maxdel, msg))
        else
          retry_soon(job, msg)
        end
      end
    end
  end

  -- Entries of a stream reply as jobs.
  local function to_jobs(entries, deliveries)
    local list = {}
    for _, e in ipairs(entries or {}) do
      if type(e) == "table" and type(e[2]) == "table" then
        list[#list + 1] = { id = e[1], f = fields(e[2]), deliveries = deliveries or 1 }
      end
    end
    return list
  end

  local claim_cursor = "0-0"
  local idle_since = now()
  local ok, err = pcall(function()
    ensure_group(c, jobs)
    while true do
      local list = {}
      -- Jobs of a worker that stopped: claimed once idle for reclaim_ms.
      if now() >= next_claim then
        local r = must("XAUTOCLAIM", c:call("XAUTOCLAIM", jobs, GROUP, me, tostring(opt.reclaim_ms),
          claim_cursor, "COUNT", tostring(batch)))
        claim_cursor = r and r[1] or "0-0"
        list = to_jobs(r and r[2])
        if claim_cursor == "0-0" and #list == 0 then next_claim = now() + opt.reclaim_ms / 2000 end
        if #list > 0 then
          -- How often each was delivered (the claim counted one more).
          local cmds = {}
          for _, job in ipairs(list) do cmds[#cmds + 1] = { "XPENDING", jobs, GROUP, job.id, job.id, "1" } end
          for j, p in ipairs(c:pipeline(unpack(cmds))) do
            list[j].deliveries = (type(p) == "table" and p[1] and tonumber(p[1][4])) or 2
          end
        end
      end
      if #list == 0 then
        local block = opt.block_ms
        if next_claim > now() then block = math.max(10, math.min(block, math.floor((next_claim - now()) * 1000))) end
        local r, rerr = c:call("XREADGROUP", "GROUP", GROUP, me, "COUNT", tostring(batch), "BLOCK", tostring(block),
          "STREAMS", jobs, ">")
        if r == nil and rerr then
          if tostring(rerr):match("^NOGROUP") then ensure_group(c, jobs) else error("XREADGROUP: " .. rerr, 0) end
        end
        list = to_jobs(r and r[1] and r[1][2], 1)
      end
      if #list > 0 then
        run_batch(list)
        idle_since = now()
        report(0)
      else
        report(0)
        if opt.idle_exit > 0 and now() - idle_since >= opt.idle_exit then break end
      end
    end
  end)
  if not ok then
    rt:close { timeout_s = 30 }
    fail(fmt("--queue %s: %s", q.url, tostring(err):gsub("^kiln%.redis: ", "")))
  end
  pcall(c.call, c, "HDEL", q.name .. ":workers", me)
  c:close()
  rt:close()
  io.stderr:write(fmt("kiln worker %s: idle for %gs, exiting: %d job(s) done, %d failed, %d dead-lettered\n", me,
    opt.idle_exit, counts.done, counts.failed, counts.dead))
  os.exit(0)
end

return M
