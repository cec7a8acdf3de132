-- rt:pump (the render thread's per-frame call), error reporting to
-- on_error, tracing and rt:drain.
local K, kiln = ...
local ffi, api = K.ffi, K.api
local tonumber, tostring, pcall, xpcall, rawset = tonumber, tostring, pcall, xpcall, rawset
local ffi_string, ffi_cast, band = ffi.string, ffi.cast, require("bit").band
local uintptr_ct = ffi.typeof("uintptr_t")
local S_APPLY = K.S.APPLY
local ST_OK, ST_FAILED = K.ST.OK, K.ST.FAILED
local errbuf, now_ns, on_err = K.errbuf, K.now_ns, K.on_err
local new_ctx, decode, check_open, check_opts = K.new_ctx, K.decode, K.check_open, K.check_opts
local adopt_unless_taken, untaken, spec_reads_key = K.adopt_unless_taken, K.untaken, K.spec_reads_key
local TAG_BUF = 4 -- KILN_PL_TAG_BUF
local STAGE_NAMES, RT = K.STAGE_NAMES, K.RT
local KEY_RING_MASK = K.KEY_RING - 1
local function error_table(e)
  return { type = ffi_string(e.type), key = ffi_string(e.key, e.key_len),
           session = tonumber(e.session), stage = STAGE_NAMES[e.stage] or "?",
           message = ffi_string(e.message), traceback = ffi_string(e.traceback) }
end

-- Calls the type's and the runtime's on_error handlers with err.
local function report(self, spec, err)
  local handlers = { spec and spec.on_error, self._on_error }
  for i = 1, 2 do
    local h = handlers[i]
    if h then
      local ok, e = pcall(h, err)
      if not ok then
        local m = "on_error handler failed: " .. tostring(e)
        local stage = S_APPLY
        for i = 0, #STAGE_NAMES do if STAGE_NAMES[i] == err.stage then stage = i end end
        api.record_error(self._c, err.type, err.key, #err.key, err.session, stage, m, "")
      end
    end
  end
end

local upres = ffi.new("kiln_upload_result")

-- rt:pump { max_ms = 2, max_upload_bytes = 8 MiB, max_uploads = 256 }: on
-- the render thread, issues staged GPU uploads within the upload budget,
-- then runs applies until max_ms is spent (an item's apply runs only once
-- its uploads were issued). Returns { applied, dropped, failed, uploads,
-- upload_bytes, uploads_dropped, ms }.
local PUMP_OPTS = { max_ms = { 0, 1e6 }, max_upload_bytes = { 1, 2^52, int = true },
                    max_uploads = { 1, 2^31, int = true }, max_upload_ms = { 0, 1e6 } }
local pump

function RT:pump(opts)
  check_open(self, "rt:pump")
  if opts == nil then return pump(self, 2, 8 * 2^20, 256, 0) end
  check_opts("rt:pump", opts, PUMP_OPTS)
  return pump(self, opts.max_ms or 2, opts.max_upload_bytes or 8 * 2^20, opts.max_uploads or 256,
    opts.max_upload_ms or 0)
end

-- Whether an apply may yield (rt:pump inside a coroutine): its tile then
-- gets its finalizer before the apply, since a coroutine dropped while
-- suspended would never come back to give it one.
local isyieldable = coroutine.isyieldable or function() return coroutine.running() ~= nil end

function pump(self, max_ms, max_bytes, max_uploads, max_upload_ms)
  local c = self._c
  local naked_ok = not isyieldable()
  local t0 = now_ns()
  local deadline = t0 + max_ms * 1e6
  local applied, dropped, failed = 0, 0, 0
  local uploads, upload_bytes, uploads_dropped = 0, 0, 0
  local traced = api.trace_on(c) ~= 0
  if traced then api.trace_counters(c) end
  if self._gpu_live then
    local rc = api.gpu_commit(c, math.min(max_bytes, 2^52), math.min(max_uploads, 2^31),
      max_upload_ms, upres)
    if rc == 0 then
      uploads, upload_bytes, uploads_dropped = upres.issued, tonumber(upres.bytes), upres.dropped
    elseif rc == -10 then -- KILN_THREAD: not the context kiln attached to; no GL was issued
      error("rt:pump: " .. ffi_string(api.gpu_error(c)), 2)
    end
  end
  failed = failed + self:_late_errors()
  local issued = api.gpu_issued(c)
  local tnow = now_ns() -- refreshed by every apply, and every 16 items without one
  local n = 0
  local v = self._view
  local wid = self._wait_id -- rt:wait's key: its outcome is noted here
  local kring, kring_ser = self._kring, self._kring_ser
  while true do
    local item = api.next_done_view(c, v)
    if item == nil then break end
    n = n + 1
    if v.gpu_seq > issued then -- its uploads wait for a later pump
      api.unget_done(c, item)
      break
    end
    local st = v.status
    local spec = self._types[v.type]
    if st == ST_OK then
      local session = tonumber(v.session)
      if session < self.session then -- an apply may have bumped it
        api.item_set_stale(item) -- dropped before apply
        dropped = dropped + 1
      elseif spec and spec.apply and v.result == nil then
        -- compute returned nil: nothing to apply (output has run).
        applied = applied + 1
        self._noop = self._noop + 1
        self:_count(spec, "noop")
      elseif spec and spec.apply then
        local ser = v.serial
        local slot = band(ser, KEY_RING_MASK)
        local key, want = nil, spec_reads_key(spec, spec.apply)
        if kring_ser[slot] == ser then
          if want then key = kring[slot] end
          kring[slot] = nil -- no reference kept to a key nobody needs
          kring_ser[slot] = nil
        elseif want then -- enqueued long ago (or not by rt:enqueue)
          key = ffi_string(v.key, v.key_len)
        end
        -- A tile that travels as its tagged pointer (KILN_PL_TAG_BUF) is
        -- taken from the item first: its bytes are the value's now. (Taken
        -- before decode makes the buffer: no C call between its making and
        -- the apply's first reads of it, which the JIT then forwards.)
        local res = v.result
        local addr = tonumber(ffi_cast(uintptr_ct, res))
        if band(addr, 15) == TAG_BUF then
          api.item_take_result(item)
          addr = addr - TAG_BUF
        else
          addr = -1
        end
        local value, naked = decode(res, naked_ok, v.result_aux)
        -- One ctx serves every apply; an apply that pumps again (nested)
        -- gets a fresh one.
        local actx = self._actx
        self._actx = nil
        -- The item travels as its address: storing the pointer itself
        -- would allocate a cdata per apply.
        local ctx = new_ctx(actx, c, spec, key, session, tonumber(ffi_cast(uintptr_ct, item)), "apply")
        local ta = tnow
        untaken()
        local ok, e = xpcall(spec.apply, on_err, ctx, key, value)
        if naked then adopt_unless_taken(naked, addr) end -- one apply kept or left to the GC
        rawset(ctx, "_item", nil)
        self._actx = ctx
        tnow = now_ns()
        api.observe(c, S_APPLY, tnow - ta)
        if traced then api.trace_span(c, nil, "apply", ta, tnow, item) end
        if ok then
          applied = applied + 1
        else
          api.item_fail(c, item, S_APPLY, e.msg, e.tb)
          api.count_failure(c)
          failed = failed + 1
          report(self, spec, error_table(api.item_error(item)))
        end
      else
        applied = applied + 1
      end
    elseif st == ST_FAILED then
      failed = failed + 1
      local e = api.item_error(item)
      if e ~= nil then report(self, spec, error_table(e)) end
    end
    if wid and v.type == wid and ffi_string(v.key, v.key_len) == self._wait_key then
      local fs = api.item_status(item)
      self._wait_seen = fs == ST_OK and "applied" or fs == ST_FAILED and "failed" or "unknown"
    end
    api.finish(c, item)
    if self._closed then break end -- an apply closed the runtime
    if band(n, 15) == 0 then tnow = now_ns() end
    if tnow >= deadline then break end
  end
  return { applied = applied, dropped = dropped, failed = failed, uploads = uploads,
           upload_bytes = upload_bytes, uploads_dropped = uploads_dropped,
           ms = tonumber(now_ns() - t0) / 1e6 }
end

-- Disk writes that failed after their item finished: to on_error. Returns
-- how many there were.
function RT:_late_errors()
  local c, n = self._c, 0
  while true do
    local e = api.late_error(c)
    if e == nil then return n end
    n = n + 1
    local err = error_table(e)
    api.payload_free(ffi.cast("kiln_payload *", e))
    local ti = self._byname[err.type]
    report(self, ti and ti.spec, err)
  end
end

-- Counts what only this side knows per type (noop: compute returned nil
-- for a type with apply); the scheduler counts where items ended.
function RT:_count(spec, what)
  if not spec then return end
  local t = self._per_type[spec.name]
  if not t then
    t = { noop = 0 }
    self._per_type[spec.name] = t
  end
  t[what] = t[what] + 1
end

-- rt:trace_start(path) / rt:trace_stop(): Chrome trace-event JSON (Perfetto,
-- chrome://tracing): a track per worker, disk writes and the render thread,
-- a span per item per stage, session bumps and failures, queue and ring
-- counters. The file is written by trace_stop (or close).
function RT:trace_start(path)
  check_open(self, "rt:trace_start")
  if type(path) ~= "string" then error("rt:trace_start: expected a file path", 2) end
  if api.trace_start(self._c, path, errbuf) ~= 0 then
    error("rt:trace_start: " .. ffi_string(errbuf), 2)
  end
end

function RT:trace_stop()
  if api.trace_stop(self._c, errbuf) ~= 0 then error("rt:trace_stop: " .. ffi_string(errbuf), 2) end
end

-- rt:drain(timeout_s): for tools and tests. Runs applies until nothing is
-- queued, parked or running; false if the timeout passed first.
function RT:drain(timeout_s)
  check_open(self, "rt:drain")
  if timeout_s ~= nil and type(timeout_s) ~= "number" then
    error("rt:drain: timeout must be a number of seconds, got " .. type(timeout_s), 2)
  end
  if timeout_s ~= nil and not (timeout_s >= 0 and timeout_s <= 1e9) then
    error("rt:drain: timeout must be a number of seconds from 0 to 1e9, got " .. tostring(timeout_s), 2)
  end
  if api.paused(self._c) ~= 0 then
    -- Queued work cannot start: waiting for it would only run out the clock.
    error("rt:drain: the runtime is paused (call rt:resume() first)", 2)
  end
  local deadline = timeout_s and (tonumber(now_ns()) + timeout_s * 1e9)
  while true do
    pump(self, math.huge, 2^52, 2^31, 0)
    -- An apply paused the runtime: what is queued will not finish.
    if api.paused(self._c) ~= 0 then return false end
    -- A callback closed the runtime: nothing more will finish.
    if self._closed then return false end
    local remain = -1
    if deadline then
      remain = (deadline - tonumber(now_ns())) / 1e9
      if remain <= 0 then return false end
    end
    -- Ring space only comes back when this thread commits and retires
    -- fences, and a stager (an upload in bands waits for the space its own
    -- last band used) may start waiting at any time: with a live GPU and
    -- work outstanding, commit again every 2 ms instead of sleeping on
    -- workers that may be waiting for that space. (drain is for tools; a
    -- render loop pumps every frame anyway.)
    local counts = self._counts
    api.counts(self._c, counts)
    if self._gpu_live and (api.gpu_ring_used(self._c) > 0
        or counts.queued + counts.deferred + counts.in_flight > 0) then
      remain = remain < 0 and 0.002 or math.min(remain, 0.002)
    end
    -- Woken for quick items' results 256 at a time, or once they weigh a
    -- quarter of the backlog bound (a slow item's at once, or any when a
    -- worker runs out of work): a sleep and a wake cost more than a quick
    -- item, and the render thread's wake-ups take CPU from the workers.
    if api.wait(self._c, remain, 256) == 1 then
      -- Idle: the last artifacts may still be on their way to disk.
      if api.disk_drain(self._c, deadline and math.max(0, (deadline - tonumber(now_ns())) / 1e9) or -1,
        errbuf) ~= 0 then
        if not self._closed then pump(self, math.huge, 2^52, 2^31, 0) end
        return false
      end
      if self._closed then return false end
      pump(self, math.huge, 2^52, 2^31, 0)
      return not self._closed
    end
  end
end

K.report, K.error_table, K.pump = report, error_table, pump
