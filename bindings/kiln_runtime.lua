-- kiln.runtime and the runtime's control calls: load, enqueue, cached,
-- bump_session, errors, close; kiln.window and kiln.watch.
local K, kiln = ...
local ffi, api, CF = K.ffi, K.api, K.CF
local type, pairs, ipairs, tostring, tonumber, error, pcall, setmetatable =
  type, pairs, ipairs, tostring, tonumber, error, pcall, setmetatable
local ffi_string, fmt, concat = ffi.string, string.format, table.concat
local S_QUEUE, S_APPLY, ST_OK, ST_CANCELED = K.S.QUEUE, K.S.APPLY, K.ST.OK, K.ST.CANCELED
local FLAG_FROM_CACHE, FLAG_FORCE = K.FLAG_FROM_CACHE, K.FLAG_FORCE
local errbuf, lenbox, resbox = K.errbuf, K.lenbox, K.resbox
local encode, run_script = K.encode, K.run_script
local band = require("bit").band
local serbox = ffi.new("double[1]")
local inline_bits = K.inline_bits
local KEY_RING_MASK = K.KEY_RING - 1
local RT, RT_mt, ccall, check_open, check_opts = K.RT, K.RT_mt, K.ccall, K.check_open, K.check_opts

local RUNTIME_OPTS = { workers = "number", disk_slots = "number", gpu_slots = "number",
                       on_error = "function", gpu_backend = "string", ring_bytes = "number",
                       cache_dir = "string", durability = "string", io_threads = "number",
                       worker_priority = "string", cache_max_bytes = "number",
                       recent_keys = "number", backlog_bytes = "number", remote = true }
local BACKENDS = { auto = true, ring = true, pbo = true, direct = true, null = true, none = true }

local function check_count(where, name, v, lo, hi)
  if type(v) ~= "number" or v ~= math.floor(v) or v < lo or v > hi then
    error(fmt("%s: option '%s' must be an integer from %d to %d, got %s", where, name, lo, hi,
      tostring(v)), 3)
  end
end

local REMOTE_OPTS = { url = "string", mode = "string", namespace = "string", timeout_ms = "number",
                      connect_timeout_ms = "number", upload_queue = "number",
                      breaker_failures = "number", breaker_ms = "number", tool = "boolean" }
local REMOTE_MODES = { read = 1, readwrite = 2 }

-- The shared cache tier: opts.remote (a table, a URL, or false for none),
-- else $KILN_REMOTE (with $KILN_REMOTE_MODE and $KILN_REMOTE_NAMESPACE).
-- Returns a checked table (with from_env when the environment made it),
-- or nil for no remote. Errors name the variable a bad value came from.
local function remote_opts(r)
  if r == nil then
    local url = os.getenv("KILN_REMOTE")
    if not url or url == "" then return nil end
    local mode, ns = os.getenv("KILN_REMOTE_MODE"), os.getenv("KILN_REMOTE_NAMESPACE")
    if mode and mode ~= "" and not REMOTE_MODES[mode] then
      error(fmt("kiln.runtime: $KILN_REMOTE_MODE must be read or readwrite, got '%s'", mode), 3)
    end
    return { url = url, mode = mode ~= "" and mode or nil, namespace = ns ~= "" and ns or nil,
             from_env = true }
  end
  if r == false then return nil end
  if type(r) == "string" then r = { url = r } end
  if type(r) ~= "table" then
    error("kiln.runtime: option 'remote' must be a table, a URL string or false, got " .. type(r), 3)
  end
  for k, v in pairs(r) do
    local want = REMOTE_OPTS[k]
    if not want then error(fmt("kiln.runtime: remote: unknown field '%s'", tostring(k)), 3) end
    if type(v) ~= want then error(fmt("kiln.runtime: remote: field '%s' must be a %s, got %s", k, want, type(v)), 3) end
  end
  if not r.url then error("kiln.runtime: remote: field 'url' is required", 3) end
  -- C reads both up to a NUL: "ns\0a" and "ns\0b" would both be "ns".
  for _, f in ipairs { "url", "namespace" } do
    if r[f] and r[f]:find("\0", 1, true) then
      error(fmt("kiln.runtime: remote: field '%s' %q holds a NUL byte", f, r[f]), 3)
    end
  end
  if r.mode and not REMOTE_MODES[r.mode] then
    error(fmt("kiln.runtime: remote: field 'mode' must be read or readwrite, got '%s'", r.mode), 3)
  end
  for _, f in ipairs { "timeout_ms", "connect_timeout_ms", "upload_queue", "breaker_failures", "breaker_ms" } do
    local v = r[f]
    if v ~= nil and not (v == math.floor(v) and v >= 1 and v <= 2^31 - 1) then
      error(fmt("kiln.runtime: remote: field '%s' must be an integer from 1 to 2147483647, got %s", f,
        tostring(v)), 3)
    end
  end
  return r
end

-- kiln._shown_url(url) -> url with a password in it as "***" (for output).
function kiln._shown_url(url)
  return (url:gsub("^(%a[%w+.-]*://[^/@:]*:)[^/@]*@", "%1***@"))
end

-- kiln._tool_remote(url, mode, namespace) -> the remote option of a tool's
-- runtime (kiln bake, kiln worker): the given URL, else $KILN_REMOTE (with
-- $KILN_REMOTE_MODE and $KILN_REMOTE_NAMESPACE for what is not given), as
-- a tool (no render thread: rt:remote_has may block it); false for none.
function kiln._tool_remote(url, mode, namespace)
  local function env(name)
    local v = os.getenv(name)
    if v ~= nil and v ~= "" then return v end
  end
  url = url or env("KILN_REMOTE")
  if not url then return false end
  return { url = url, tool = true, mode = mode or env("KILN_REMOTE_MODE"),
           namespace = namespace or env("KILN_REMOTE_NAMESPACE") }
end

-- kiln.runtime { workers = 2, disk_slots = 2 * workers, gpu_slots = 4, on_error = fn }
function kiln.runtime(opts)
  if K.IS_WORKER then
    error("kiln.runtime: not available in a worker state (create the runtime on the main thread)", 2)
  end
  if opts ~= nil and type(opts) ~= "table" then
    error("kiln.runtime: expected a table of options, got " .. type(opts), 2)
  end
  opts = opts or {}
  for k, v in pairs(opts) do
    local want = RUNTIME_OPTS[k]
    if not want then error(fmt("kiln.runtime: unknown option '%s'", tostring(k)), 2) end
    if want ~= true and type(v) ~= want then
      error(fmt("kiln.runtime: option '%s' must be a %s, got %s", k, want, type(v)), 2)
    end
  end
  if opts.cache_dir and opts.cache_dir:find("\0", 1, true) then
    error(fmt("kiln.runtime: option 'cache_dir' %q holds a NUL byte", opts.cache_dir), 2)
  end
  local workers = opts.workers or 2
  check_count("kiln.runtime", "workers", workers, 1, 256)
  local disk = opts.disk_slots or 2 * workers
  check_count("kiln.runtime", "disk_slots", disk, 1, 1e6)
  local gpu = opts.gpu_slots or 4
  check_count("kiln.runtime", "gpu_slots", gpu, 1, 1e6)
  local backend = opts.gpu_backend or "auto"
  if not BACKENDS[backend] then
    error(fmt("kiln.runtime: option 'gpu_backend' must be auto, ring, pbo, direct, null or none, got '%s'",
      backend), 2)
  end
  local ring = opts.ring_bytes or 32 * 2^20
  check_count("kiln.runtime", "ring_bytes", ring, 4096, 2^40)
  local durability = opts.durability or "fsync"
  if durability ~= "fsync" and durability ~= "rename" then
    error(fmt("kiln.runtime: option 'durability' must be fsync or rename, got '%s'", durability), 2)
  end
  local io_threads = opts.io_threads or 1
  check_count("kiln.runtime", "io_threads", io_threads, 1, 64)
  local prio = opts.worker_priority or "background"
  if prio ~= "background" and prio ~= "normal" then
    error(fmt("kiln.runtime: option 'worker_priority' must be background or normal, got '%s'", prio), 2)
  end
  local max_bytes = opts.cache_max_bytes or 0
  if not (max_bytes >= 0 and max_bytes <= 2^53 and max_bytes == math.floor(max_bytes)) then
    error("kiln.runtime: option 'cache_max_bytes' must be a whole number of bytes from 0 "
      .. "(unbounded) to 2^53, got " .. tostring(max_bytes), 2)
  end
  local recent = opts.recent_keys or 1024
  check_count("kiln.runtime", "recent_keys", recent, 1, 1e7)
  local backlog = opts.backlog_bytes -- nil: the scheduler's default (KILN_SCHED_DEFAULT_BACKLOG)
  if backlog and not (backlog >= 0 and backlog <= 2^53 and backlog == math.floor(backlog)) then
    error("kiln.runtime: option 'backlog_bytes' must be a whole number of bytes from 0 "
      .. "(no bound) to 2^53, got " .. tostring(backlog), 2)
  end
  local rem = remote_opts(opts.remote)
  local ud, lud = CF.new_runtime(workers, disk, gpu, backend, ring, opts.cache_dir or ".kiln-cache",
    durability, io_threads, prio, max_bytes, recent, backlog)
  if rem then
    local c = ffi.cast("struct kiln_rt *", lud)
    if api.remote_open(c, rem.url, REMOTE_MODES[rem.mode or "readwrite"], rem.namespace, rem.timeout_ms or 0,
        rem.connect_timeout_ms or 0, rem.upload_queue or 0, rem.breaker_failures or 0, rem.breaker_ms or 0,
        rem.tool and 1 or 0, errbuf) ~= 0 then
      api.close(c, 0, -1, ffi.new("char[512]")) -- nothing was enqueued: the workers stop at once
      local m = ffi_string(errbuf)
      if rem.from_env then
        m = m:gsub("^remote: field 'url'", "$KILN_REMOTE"):gsub("^remote: field 'namespace'", "$KILN_REMOTE_NAMESPACE")
      end
      error("kiln.runtime: " .. m, 2)
    end
  end
  local trace_path = os.getenv("KILN_TRACE") -- set by `build/kiln --trace out.json`
  if trace_path and trace_path ~= "" then
    if api.trace_start(ffi.cast("struct kiln_rt *", lud), trace_path, errbuf) ~= 0 then
      error("kiln.runtime: --trace: " .. ffi_string(errbuf), 2)
    end
  end
  return setmetatable({
    _ud = ud, _lud = lud, _c = ffi.cast("struct kiln_rt *", lud), _types = {}, _byname = {},
    _on_error = opts.on_error, _closed = false, _counts = ffi.new("kiln_counts"),
    _gpu_live = backend == "null", _backend_null = backend == "null",
    _dstats = ffi.new("kiln_diskstats"), _per_type = {}, session = 1, _noop = 0,
    _view = ffi.new("kiln_done_view"),
    -- Key ring (pump): the key string each recent enqueue named, by item
    -- serial, so an apply gets the host's own string instead of interning
    -- a copy of the item's bytes.
    _kring = K.table_new(K.KEY_RING, 1), _kring_ser = K.table_new(K.KEY_RING, 1),
    _summary = ffi.new("kiln_summary"), _tcounts = ffi.new("kiln_type_counts"),
    _dtstats = ffi.new("kiln_dtstats"),
  }, RT_mt)
end

-- kiln.window { width =, height =, title =, visible = true, vsync =, font_px = }:
-- a GLFW window with a GL context and a small 2D draw layer (render thread).
function kiln.window(opts)
  if K.IS_WORKER then
    error("kiln.window: not available in a worker state (windows live on the render thread)", 2)
  end
  if type(opts) ~= "table" then error("kiln.window: expected a table of options", 2) end
  return CF.window(opts)
end

-- kiln.watch(dir | { dir, ... } [, { ext = ".lua" }]): Linux inotify over the
-- directories and their subdirectories; w:changes() returns the files
-- written since the last call without blocking (call it once per frame),
-- w:files() the matching files present, w:close() stops watching.
function kiln.watch(dirs, opts)
  if K.IS_WORKER then
    error("kiln.watch: not available in a worker state (watch files from the main thread)", 2)
  end
  if type(dirs) == "table" and dirs[1] == nil and next(dirs) ~= nil then
    error(fmt("kiln.watch: expected a directory or a list of directories, got a table with key '%s'",
      tostring((next(dirs)))), 2)
  end
  return CF.watch(dirs, opts)
end

-- rt:load(path): runs the script in the main state and in every worker
-- state; returns the names of the cache types it declared.
local load_source

function RT:load(path)
  check_open(self, "rt:load")
  if type(path) ~= "string" then error("rt:load: expected a file path, got " .. type(path), 2) end
  if path:find("\0", 1, true) then error(fmt("rt:load: the path %q holds a NUL byte", path), 2) end
  local srcp = ffi.new("char *[1]")
  if api.script_read(path, srcp, lenbox, errbuf) ~= 0 then error("rt:load: " .. ffi_string(errbuf), 2) end
  local src = ffi_string(srcp[0], lenbox[0])
  api.free(srcp[0])
  local names = load_source(self, src, path, "rt:load") -- not a tail call: errors use level 3
  return names
end

-- rt:load_string(source, chunkname): rt:load for a script that is not a
-- file (a .love archive, a virtual filesystem, a string built in code).
-- chunkname names it in errors (chunkname:line) and identifies it: loading
-- the same chunkname again re-registers its types (hot reload).
function RT:load_string(src, chunkname)
  check_open(self, "rt:load_string")
  if type(src) ~= "string" then
    error("rt:load_string: expected the script's source as a string, got " .. type(src), 2)
  end
  if type(chunkname) ~= "string" or chunkname == "" or chunkname:find("\0", 1, true) then
    error("rt:load_string: expected a chunk name (a non-empty string that names the script in "
      .. "errors), got " .. (type(chunkname) == "string" and fmt("%q", chunkname) or type(chunkname)), 2)
  end
  local names = load_source(self, src, chunkname, "rt:load_string")
  return names
end

function load_source(self, src, path, what)
  local ok, specs = pcall(run_script, src, path)
  if not ok then error(what .. ": " .. tostring(specs), 3) end
  -- Workers run the script in states of their own: it must load there too,
  -- or its types would run older code there. A fresh worker-mode state
  -- tries it first; on failure nothing is registered and the previous
  -- version keeps running everywhere.
  local pok, perr = pcall(CF.probe, src, path)
  if not pok then
    error(fmt("%s: %s loads in the main state but fails in a worker state: %s", what, path,
      tostring(perr)), 3)
  end
  local declared = {}
  for i, spec in ipairs(specs) do declared[i] = K.spec_signature(spec) end
  if perr ~= concat(declared, "\n") then
    error(fmt("%s: %s declares other types in a worker state (%s) than in the main state (%s)",
      what, path, (perr:gsub("\n", "; ")), concat(declared, "; ")), 3)
  end
  for _, spec in ipairs(specs) do
    if spec.outputs and spec.outputs.disk and api.disk_open(self._c, errbuf) ~= 0 then
      error(what .. ": " .. ffi_string(errbuf), 3)
    end
  end
  local hash = api.hash64(src, #src)
  local names = {}
  for _, spec in ipairs(specs) do
    spec._version, spec._hash = spec.version or 1, hash
    local id = api.type_register(self._c, spec.name, spec.version or 1, hash,
      spec.timeout_ms and math.ceil(spec.timeout_ms) or 0, spec.output and 1 or 0,
      spec.apply and 1 or 0, errbuf)
    if id < 0 then error(what .. ": " .. ffi_string(errbuf), 3) end
    if api.set_type_limit(self._c, id, spec.max_concurrency or 0) ~= 0 then
      error(fmt("%s: type '%s': out of memory", what, spec.name), 3)
    end
    local outs = spec.outputs or {}
    self._types[id] = spec
    local need_gpu = 0
    if outs.gpu then
      need_gpu = spec.gpu_bytes or tonumber(api.gpu_default_bytes(self._c))
    end
    self._byname[spec.name] = { id = id, spec = spec, need_disk = outs.disk and 1 or 0,
                                need_gpu = need_gpu, path = path }
    names[#names + 1] = spec.name
  end
  if api.script_add(self._c, path, src, #src, errbuf) ~= 0 then
    error(what .. ": " .. ffi_string(errbuf), 3)
  end
  return names
end

local KEY_MAX = K.KEY_MAX
local ENQUEUE_OPTS = { priority = "number", args = true, force = "boolean" }

function K.known_types(self)
  local n = {}
  for name in pairs(self._byname) do n[#n + 1] = name end
  table.sort(n)
  return #n > 0 and concat(n, ", ") or "none; load a script with rt:load first"
end

-- The registered type named tname, for the call where, or an error at the
-- line that called that rt: method (level: counted from here).
function K.type_info(self, where, tname, level)
  local ti = self._byname[tname]
  if not ti then
    error(fmt("%s: unknown type '%s' (types: %s)", where, tostring(tname), K.known_types(self)), level or 3)
  end
  return ti
end

-- K.type_info for an rt: method taking (type, key), with key checked to be
-- a string and, with limit, no longer than the cache stores.
function K.type_key(self, where, tname, key, limit)
  local ti = K.type_info(self, where, tname, 4)
  if type(key) ~= "string" then
    error(fmt("%s('%s'): key must be a string, got %s", where, tname, type(key)), 3)
  end
  if limit and #key > KEY_MAX then
    error(fmt("%s('%s'): key of %d bytes is longer than the %d bytes a key may have", where, tname,
      #key, KEY_MAX), 3)
  end
  return ti
end

-- rt:enqueue(type, key, { priority =, args =, force = }) -> "queued" | "coalesced"
function RT:enqueue(tname, key, opts)
  check_open(self, "rt:enqueue")
  local ti = K.type_key(self, "rt:enqueue", tname, key, true)
  local prio, args, flags = 0, nil, 0
  if opts ~= nil then
    if type(opts) ~= "table" then
      error(fmt("rt:enqueue('%s', '%s'): options must be a table, got %s", tname, key, type(opts)), 2)
    end
    -- Straight-line checks (no loop): enqueue sits in the host's hot loop,
    -- and a loop in here would keep LuaJIT from compiling that one.
    local k1 = next(opts)
    if k1 ~= nil then
      local k2 = next(opts, k1)
      local k3 = k2 ~= nil and next(opts, k2)
      local k4 = k3 and next(opts, k3)
      if not ENQUEUE_OPTS[k1] or (k2 ~= nil and not ENQUEUE_OPTS[k2]) or (k3 and not ENQUEUE_OPTS[k3])
        or k4 ~= nil and k4 ~= false then
        local bad
        for k in pairs(opts) do if not ENQUEUE_OPTS[k] then bad = k end end
        error(fmt("rt:enqueue('%s', '%s'): unknown option '%s' (options: priority, args, force)",
          tname, key, tostring(bad)), 2)
      end
    end
    local p, f = opts.priority, opts.force
    if p ~= nil and type(p) ~= "number" then
      error(fmt("rt:enqueue('%s', '%s'): option 'priority' must be a number, got %s", tname, key,
        type(p)), 2)
    end
    if f ~= nil and type(f) ~= "boolean" then
      error(fmt("rt:enqueue('%s', '%s'): option 'force' must be a boolean, got %s", tname, key,
        type(f)), 2)
    end
    prio = p or 0
    if prio ~= math.floor(prio) or prio < -1e9 or prio > 1e9 then
      error(fmt("rt:enqueue('%s', '%s'): priority must be an integer, got %s", tname, key,
        tostring(prio)), 2)
    end
    args = opts.args
    if opts.force then flags = FLAG_FORCE end
  end
  local need_gpu = ti.need_gpu
  if type(need_gpu) == "function" then
    local ok, n = pcall(need_gpu, key, args)
    if not ok then error(fmt("rt:enqueue('%s', '%s'): gpu_bytes failed: %s", tname, key, tostring(n)), 2) end
    if type(n) ~= "number" or not (n >= 0 and n <= 2^48 and n == math.floor(n)) then
      error(fmt("rt:enqueue('%s', '%s'): gpu_bytes returned %s, not a byte count", tname, key, tostring(n)), 2)
    end
    need_gpu = n
  end
  if need_gpu > 0 then
    -- A reservation is ring space held at once: a bigger upload goes in
    -- bands of it, so no item needs more than the whole ring.
    local cap = tonumber(api.gpu_capacity(self._c))
    if need_gpu > cap then need_gpu = cap end
  end
  -- Integers and booleans travel in the pointer, handed to C as a number:
  -- no payload, no cdata.
  local pl, pl_inline = nil, inline_bits(args)
  if pl_inline == nil and args ~= nil then
    local targs = type(args)
    if targs == "table" or targs == "cdata" or targs == "function" or targs == "userdata"
      or targs == "thread" then
      local ok, p = pcall(encode, args, "args")
      if not ok then error(fmt("rt:enqueue('%s', '%s'): %s", tname, key, p), 2) end
      pl = p
    else
      pl = encode(args) -- scalars and strings cannot fail
    end
  end
  local cached, looked = false, false
  if ti.need_disk > 0 and flags ~= FLAG_FORCE then
    looked = true
    if api.disk_has(self._c, ti.id, key, #key) ~= 0 then flags, cached = FLAG_FROM_CACHE, true end
  end
  local rc = api.enqueue(self._c, ti.id, key, #key, prio, flags, ti.need_disk, need_gpu, pl,
    pl_inline or 0, resbox, serbox, errbuf)
  if rc ~= 0 then error(fmt("rt:enqueue('%s', '%s'): %s", tname, key, ffi_string(errbuf)), 2) end
  local ser = serbox[0]
  local slot = band(ser, KEY_RING_MASK)
  self._kring[slot] = key
  self._kring_ser[slot] = ser
  if resbox[0] ~= 0 then return "coalesced" end
  if cached then return "cached" end
  -- A lookup that found nothing: a counted miss (disk.misses.absent and
  -- the type's misses). A forced enqueue does not look.
  if looked then api.disk_note_absent(self._c, ti.id, key, #key) end
  return "queued"
end

-- rt:bump_session { requeue = false } -> the new session id. Results of
-- older sessions are dropped before they touch shared state. requeue:
-- items queued or parked but not started keep their place and run in the
-- new session (only running items and unapplied results are dropped).
local BUMP_OPTS = { requeue = "boolean" }

function RT:bump_session(opts)
  check_open(self, "rt:bump_session")
  local requeue = 0
  if opts ~= nil then
    check_opts("rt:bump_session", opts, BUMP_OPTS)
    if opts.requeue then requeue = 1 end
  end
  local s = tonumber(api.bump_session(self._c, requeue))
  self.session = s
  return s
end

-- rt:errors() -> the most recent failures (up to 64), oldest first.
function RT:errors()
  return CF.errors(self._lud)
end

-- rt:close { cancel = false, timeout_s = nil }: finishes (or with cancel,
-- drops) queued work, waits for running items, joins the workers. Results
-- not yet applied are discarded. Returns true, or false and a message when
-- the deadline left items unrun (each is also in rt:errors()).
local CLOSE_OPTS = { cancel = "boolean", timeout_s = { 0, 1e9 } }

function RT:close(opts)
  if self._closed then return true end
  local cancel, timeout = false, -1
  if opts ~= nil then
    check_opts("rt:close", opts, CLOSE_OPTS)
    cancel = opts.cancel or false
    timeout = opts.timeout_s or -1
  end
  local c = self._c
  local rc = api.close(c, cancel and 1 or 0, timeout, errbuf)
  local msg = rc ~= 0 and ffi_string(errbuf) or nil
  self._closed = true
  if api.trace_on(c) ~= 0 and api.trace_stop(c, errbuf) ~= 0 then
    msg = (msg and msg .. "; " or "") .. "trace: " .. ffi_string(errbuf)
  end
  -- What close leaves on the done list never reaches apply: results the
  -- host did not pump (discarded, counted canceled) and items the deadline
  -- left unrun. Both are said, per type, in rt:errors().
  local discarded, total = {}, 0
  while true do
    local item = api.next_done(c)
    if item == nil then break end
    local st = api.item_status(item)
    local spec = self._types[api.item_type(item)]
    if st == ST_CANCELED then
      local key = ffi_string(api.item_key(item, lenbox), lenbox[0])
      local m = "not run: the runtime closed before its deadline"
      api.record_error(c, spec and spec.name or "?", key, #key, api.item_session(item), S_QUEUE, m, "")
    elseif st == ST_OK and spec and (not spec.apply or api.item_result(item) == nil) then
      -- Nothing to apply (no apply, or compute returned nil): the item is
      -- complete, its outputs ran.
      if spec.apply then
        self._noop = self._noop + 1
        self:_count(spec, "noop")
      end
      api.finish(c, item)
      item = nil
    elseif st == ST_OK and spec then
      discarded[spec.name] = (discarded[spec.name] or 0) + 1
      total = total + 1
    end
    if item ~= nil then api.discard(c, item) end
  end
  local note
  if total > 0 then
    local names, parts = {}, {}
    for name in pairs(discarded) do names[#names + 1] = name end
    table.sort(names)
    for _, name in ipairs(names) do
      parts[#parts + 1] = fmt("%s: %d", name, discarded[name])
      local m = fmt("close discarded %d finished result(s) of type '%s' that no rt:pump applied "
        .. "(call rt:drain() before rt:close() to apply them)", discarded[name], name)
      api.record_error(c, name, "", 0, api.session(c), S_APPLY, m, "")
    end
    note = fmt("discarded %d unapplied result(s) (%s)", total, concat(parts, ", "))
  end
  -- Writes that failed while close drained them reach on_error too.
  local late = self:_late_errors()
  if late > 0 and not msg then
    msg = fmt("%d artifact write(s) failed during close (see rt:errors())", late)
  end
  if msg then return false, note and (msg .. "; " .. note) or msg end
  return true, note
end

-- kiln.redis(url | { host =, port = 6379 } | { path = } [, { timeout_ms = 2000 }]):
-- a Redis connection (bindings/lredis.c, over hiredis): c:call(cmd, ...),
-- c:pipeline({ cmd, ... }, ...), c:timeout(ms), c:close(). url is
-- "redis://host[:port]" or "redis+unix:///path/to/socket". Every connect,
-- read and write is bounded by timeout_ms. Used by `kiln bake --queue` and
-- `kiln worker` (bindings/farm.lua).
function kiln.redis(where, opts)
  if type(where) == "string" then
    local url = where
    local path = url:match("^redis%+unix://(/[^?]*)$")
    if path then
      where = { path = path }
    else
      local host, port = url:match("^redis://([^:/]+):?(%d*)/?$")
      if not host then
        error(fmt("kiln.redis: expected redis://host[:port] or redis+unix:///path, got '%s'", url), 2)
      end
      where = { host = host, port = tonumber(port) or 6379 }
    end
  elseif type(where) ~= "table" then
    error("kiln.redis: expected a URL or a table { host =, port = } or { path = }, got " .. type(where), 2)
  end
  return CF.redis(where, opts)
end
