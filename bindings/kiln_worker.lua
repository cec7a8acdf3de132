-- Worker states: the worker thread's loop, and one item's compute, stale
-- checks, output and hand-off to the render thread.
local K, kiln = ...
local ffi, api = K.ffi, K.api
local type, ipairs, tostring, tonumber, pcall, xpcall, error, rawset, next =
  type, ipairs, tostring, tonumber, pcall, xpcall, error, rawset, next
local ffi_string, ffi_cast, fmt, band = ffi.string, ffi.cast, string.format, require("bit").band
local uintptr_ct = ffi.typeof("uintptr_t")
-- Times on workers are Lua numbers (ns, exact below 2^53): a uint64_t kept
-- across a call (last_end, t0) would be a new cdata per item.
local function clock() return tonumber(api.now_ns()) end
local S = K.S
local S_COMPUTE, S_OUTPUT, S_LOAD = S.COMPUTE, S.OUTPUT, S.LOAD
local FLAG_FROM_CACHE, FLAG_FORCE = K.FLAG_FROM_CACHE, K.FLAG_FORCE
local errbuf, blob, lenbox, now_ns, on_err = K.errbuf, K.blob, K.lenbox, K.now_ns, K.on_err
local Ctx, new_ctx, encode, decode, decode_meta = K.Ctx, K.new_ctx, K.encode, K.decode, K.decode_bytes
local run_script, new_buf, buf_scope = K.run_script, K.new_buf, K.buf_scope
local set_bare_result, spec_reads_key = K.set_bare_result, K.spec_reads_key
local tclear = require "table.clear"
local MISS_DECODE = 10 -- KILN_DISK_MISS_DECODE: the index in kiln_diskstats.read_misses
local MISS_LOAD_FAILED = 13 -- KILN_DISK_MISS_LOAD_FAILED
local rt_c -- this state's runtime pointer
local worker_ptr -- this worker

local worker_types = {} -- id -> spec, in this worker state
local worker_guarded
local has_remote -- this state's runtime has a shared cache tier (set at its first item)

local function worker_fail(item, stage, e)
  if type(e) == "table" then api.item_fail(rt_c, item, stage, e.msg, e.tb)
  else api.item_fail(rt_c, item, stage, tostring(e), "") end
end

-- The worker runner: compute, the stale check, output, and the value
-- handed to the main thread. Script errors fail the item; the state lives on.
local worker_ctx = setmetatable({}, Ctx) -- reused item after item (see Ctx.__newindex)

-- When this state's last item ended compute or output: the next item of
-- the same batch starts then (items after the first in a batch were
-- admitted with it, so their admission time would count the wait).
local last_end

local output_moved = K.output_moved

-- What follows compute (or load): the stale and cancel checks, output and
-- the value handed to the render thread. A function of its own, so that it
-- compiles as a trace from its entry: a compute with a loop of its own
-- returns from a trace that cannot return into run_item's frame ("return
-- to lower frame"), and whatever run_item did after the call ran in the
-- interpreter, where each FFI call costs ten times more.
local function finish_item(item, spec, ctx, key, session, value, t1)
  -- Dropped before output: a newer session began while it computed, or
  -- rt:cancel asked for it.
  if tonumber(api.session(rt_c)) ~= session then return api.item_set_stale(item) end
  if api.item_canceled(item) ~= 0 then return api.item_set_canceled(item) end
  if spec.output then
    rawset(ctx, "_stage", "output")
    local ok2, e = xpcall(spec.output, on_err, ctx, key, value)
    local t2 = clock()
    last_end = t2
    api.observe(rt_c, S_OUTPUT, t2 - t1)
    if api.trace_on(rt_c) ~= 0 then api.trace_span(rt_c, worker_ptr, "output", t1, t2, item) end
    api.gpu_release_item(rt_c, item)
    api.disk_release_item(rt_c, item)
    if not ok2 then return worker_fail(item, S_OUTPUT, e) end
  end
  rawset(ctx, "_stage", false)
  local pl = nil
  if spec.apply then
    if set_bare_result(item, value) then return end -- a tile: no payload
    local ok3, p = pcall(encode, value, "value")
    if not ok3 then
      return api.item_fail(rt_c, item, S_COMPUTE,
        fmt("%s '%s': compute returned a value that cannot reach apply: %s", spec.name,
          key or K.item_key(item), p), "")
    end
    pl = p
  end
  api.item_set_result(item, pl)
end

-- Right after compute returns (see finish_item for why a function).
local function computed(item, spec, ctx, key, session, ok, value, t0, timed)
  if timed then api.deadline_clear(worker_ptr) end
  local t1 = clock()
  last_end = t1
  api.observe(rt_c, S_COMPUTE, t1 - t0)
  if api.trace_on(rt_c) ~= 0 then api.trace_span(rt_c, worker_ptr, "compute", t0, t1, item) end
  if not ok then return worker_fail(item, S_COMPUTE, value) end
  return finish_item(item, spec, ctx, key, session, value, t1)
end

local function run_item(item, tstart)
  last_end = nil
  -- Buffers an output moved to disk may travel to apply with their own
  -- item only.
  if next(output_moved) ~= nil then tclear(output_moved) end
  local tid = api.item_type(item)
  local spec = worker_types[tid]
  -- The key as a Lua string only for callbacks that may read it (see
  -- K.reads_key): interning one per item is a fifth of a trivial item's
  -- cost. ctx.key makes it on demand.
  local key = spec and spec_reads_key(spec, spec.compute, spec.output, spec.load)
    and K.item_key(item) or nil
  if not spec then
    return api.item_fail(rt_c, item, S_COMPUTE,
      fmt("type #%d is not loaded in worker %d", tid, api.worker_index(worker_ptr)), "")
  end
  -- Its script failed to load in this state: fail rather than run older
  -- code under the new version's identity.
  if spec.broken then return api.item_fail(rt_c, item, S_COMPUTE, spec.broken, "") end
  local session = tonumber(api.item_session(item))
  -- Dropped before compute: a newer session began while it waited (in a
  -- worker's batch, or since admission).
  if tonumber(api.session(rt_c)) ~= session then return api.item_set_stale(item) end
  local ctx = new_ctx(worker_ctx, rt_c, spec, key, session, tonumber(ffi_cast(uintptr_ct, item)),
    "compute")
  local args = decode(api.item_args(item))
  -- The worker-only fields are reset here, not in new_ctx: a rawset of nil
  -- to a key the apply ctx never held halved the trivial benchmark.
  rawset(ctx, "args", args) -- for output and load, which are not passed args
  -- false, not nil: a field stays in the table, so setting it again is a
  -- store, never a new slot (slots holding nil go at the next rehash).
  rawset(ctx, "_from_cache", false)
  rawset(ctx, "_wrote", false)
  local ok, value, t1
  local flags = api.item_flags(item)
  local from_local = band(flags, FLAG_FROM_CACHE) ~= 0
  if has_remote == nil then has_remote = api.remote_on(rt_c) ~= 0 end
  -- A local miss of a type that stores artifacts asks the shared tier
  -- first (here, on the worker: never the render thread). A remote hit is
  -- checked, queued into the local cache and loaded as a local one.
  local from_remote = not from_local and has_remote and spec.outputs and spec.outputs.disk
    and band(flags, FLAG_FORCE) == 0
  if from_local or from_remote then
    -- A cache hit: read, verify and decode instead of computing. Any
    -- damage is a miss (counted) and the item computes after all.
    local t0 = clock()
    local meta, meta_ok = nil, true
    local rc
    if from_local then rc = api.disk_read(rt_c, item, spec._version, spec._hash, blob, errbuf)
    else rc = api.remote_fetch(rt_c, item, spec._version, spec._hash, blob, errbuf) end
    if rc == 0 and blob.meta_len > 0 then
      meta_ok, meta = pcall(decode_meta, blob.meta, blob.meta_len)
      if not meta_ok then
        -- Meta that does not decode is damage like any other: a counted
        -- miss, and the item computes (and rewrites the entry).
        api.disk_blob_free(blob)
        api.disk_miss(rt_c, item, spec._version, spec._hash, MISS_DECODE)
        if from_remote then api.remote_bad(rt_c) end
      end
    end
    if blob.data ~= nil and meta_ok then
      -- The bytes are buffer memory (api.disk_read): the buffer takes them,
      -- no copy; blob_free then frees only the file's.
      local bytes
      if blob.len > 0 then
        bytes = new_buf(blob.data, blob.len, 0)
        blob.data = nil
      else
        bytes = kiln.buffer(0)
      end
      api.disk_blob_free(blob)
      rawset(ctx, "_stage", "load")
      if spec.load then
        ok, value = xpcall(spec.load, on_err, ctx, key, bytes, meta)
        -- nil from load is a failed load when output or apply needs a value.
        if ok and value == nil and (spec.output or spec.apply) then
          ok, value = false, { msg = spec.name .. " '" .. (key or K.item_key(item)) .. "': load returned nil",
                               tb = "" }
        end
      else
        ok, value = true, bytes
      end
      t1 = clock()
      api.observe(rt_c, S_LOAD, t1 - t0)
      if api.trace_on(rt_c) ~= 0 then api.trace_span(rt_c, worker_ptr, "load", t0, t1, item) end
      if ok then
        rawset(ctx, "_from_cache", true)
        api.count_hit(rt_c)
      else
        -- A load that fails makes the artifact a miss, not the item a
        -- failure: it is counted (misses.load_failed), removed from the
        -- cache, and the item computes now, once; only a failing compute
        -- fails it. The message goes to rt:errors() so the load can be fixed.
        api.disk_miss(rt_c, item, spec._version, spec._hash, MISS_LOAD_FAILED)
        local m = type(value) == "table" and value.msg or tostring(value)
        local k = key or K.item_key(item)
        api.record_error(rt_c, spec.name, k, #k, session, S_LOAD,
          "load failed, the artifact was evicted and recomputed: " .. m, "")
        if tonumber(api.session(rt_c)) ~= session then return api.item_set_stale(item) end
        rawset(ctx, "_stage", "compute")
      end
    end
  end
  if not ctx._from_cache then
    rawset(ctx, "_stage", "compute")
    local timed = worker_guarded and spec.timeout_ms
    local t0 = tstart or tonumber(api.item_admitted(item)) -- admission time: no clock read
    if timed then api.deadline_set(worker_ptr, spec.timeout_ms) end
    ok, value = xpcall(spec.compute, on_err, ctx, key, args)
    return computed(item, spec, ctx, key, session, ok, value, t0, timed)
  end
  return finish_item(item, spec, ctx, key, session, value, t1)
end

local ctrlbox = ffi.new("int[1]")
local idbox = ffi.new("int[256]")
local pathbox = ffi.new("const char *[1]")
local scripts_loaded = 0

-- Loads the scripts rt:load added since this state last looked. Worker
-- states and guarded states (through C) both use it.
function kiln._worker_sync()
  local n = api.script_count(rt_c)
  while scripts_loaded < n do
    local src = api.script_get(rt_c, scripts_loaded, lenbox, pathbox)
    scripts_loaded = scripts_loaded + 1
    local path = ffi_string(pathbox[0])
    src = ffi_string(src, lenbox[0])
    local ok, e = pcall(kiln._worker_load, src, path)
    if not ok then
      local m = fmt("worker %d: loading %s: %s", api.worker_index(worker_ptr), path, tostring(e))
      api.record_error(rt_c, "", "", 0, api.session(rt_c), S_LOAD, m, "")
      -- The types the main state registered from this script: a type this
      -- state ran before keeps that older code, whose artifacts carry the
      -- older identity (never the new one); a new type has no code here, so
      -- its items fail, naming why.
      local n = api.types_of_script(rt_c, api.hash64(src, #src), idbox, 256)
      for i = 0, n - 1 do
        if not worker_types[idbox[i]] then worker_types[idbox[i]] = { broken = m } end
      end
    end
  end
end

-- New scripts for this state, then C brings the guarded state (timeout_ms
-- types) up to date.
local function worker_control()
  kiln._worker_sync()
  api.worker_guarded(worker_ptr)
end

-- The worker thread's loop: each scheduler call completes the last item
-- and takes the next batch (blocking in C while there is none); a batch
-- holds several items only when the queue is deep.
local BATCH = 8
local batch, dones = ffi.new("void *[8]"), ffi.new("void *[8]")

local quick = {}         -- type id -> its last item here took < QUICK_NS
local QUICK_NS = 100000  -- 0.1 ms

local function worker_loop()
  local ndone = 0
  local begin, publish = api.item_begin, api.worker_publish
  while true do
    local n = api.worker_batch(worker_ptr, dones, ndone, batch, BATCH, ctrlbox)
    ndone = 0
    if n == 0 then
      if ctrlbox[0] == 0 then return end
      worker_control()
    end
    local i, pub = 0, 0 -- batch[pub..i) ran and wait to be published
    while i < n do -- n shrinks when the batch's tail goes back
      local item = batch[i]
      local tid = api.item_type(item)
      local spec = worker_types[tid]
      -- A batch is for quick items. Before an item of a type not yet seen
      -- to be quick here, the rest of the batch goes back to the queue (and
      -- its tokens to their pools): another worker takes them rather than
      -- waiting behind a long or runaway compute.
      if i < n - 1 and not quick[tid] then
        api.worker_return(worker_ptr, batch + (i + 1), n - 1 - i)
        n = i + 1
      end
      -- The last item's end is this one's start: no clock read.
      local prev_end = i > 0 and last_end or nil
      local t0 = prev_end or clock()
      last_end = nil
      -- begin: it counts as running from here; 0 when it was canceled or
      -- went stale while it waited in the batch (its status says which).
      if begin(worker_ptr, item) ~= 0 then
        if spec and spec.timeout_ms then
          api.run_guarded(worker_ptr, item)
          last_end = nil -- that state kept its own time
        else
          buf_scope(true)
          run_item(item, prev_end)
          buf_scope(false)
        end
      end
      local took = (last_end or clock()) - t0
      quick[tid] = took < QUICK_NS
      i = i + 1
      -- Each result reaches the render thread as its item ends; only
      -- quick items (under 0.1 ms) wait for the end of their batch (8 at
      -- most), which then completes them all under one lock.
      if i < n and took >= QUICK_NS then
        for j = pub, i - 1 do publish(worker_ptr, batch[j]) end
        pub = i
      end
    end
    for j = pub, n - 1 do dones[j - pub] = batch[j] end
    ndone = n - pub
  end
end

-- The guarded state (types with timeout_ms) runs interpreted under a count
-- hook; what a script could use to slip past it is closed here: jit.on
-- (compiled loops never see the hook) is a no-op, debug.sethook (it would
-- replace kiln's) raises, and an xpcall handler is skipped once the
-- deadline passed (the hook raising inside a looping handler would
-- otherwise only re-enter it). FFI code is not guarded: see Timeouts.
local function guard_state()
  local raw_xpcall, expired = xpcall, api.deadline_expired
  _G.xpcall = function(f, h, ...)
    return raw_xpcall(f, function(e)
      if expired(worker_ptr) ~= 0 then return e end
      return h(e)
    end, ...)
  end
  jit.on = function() end
  debug.sethook = function()
    error("debug.sethook is not available to a type with timeout_ms (its deadline is a hook)", 2)
  end
end

function kiln._worker_setup(api_ptr, rt_ptr, w_ptr, guarded)
  K.IS_WORKER = true
  rt_c = ffi.cast("struct kiln_rt *", rt_ptr)
  worker_ptr = ffi.cast("struct kiln_lworker *", w_ptr)
  K.worker_ptr = worker_ptr
  worker_guarded = guarded
  if guarded then guard_state() end
  return guarded and run_item or worker_loop
end

-- rt:load's check, in a fresh state of its own: the script runs as in a
-- worker. Returns the names it declared, one a line.
function kiln._probe(src, path)
  K.IS_WORKER = true
  local names = {}
  for i, spec in ipairs(run_script(src, path)) do names[i] = K.spec_signature(spec) end
  return table.concat(names, "\n")
end

-- This state's code for the type named name (ctx:write_disk to another
-- type): its spec and id, or nil.
function K.worker_spec(name)
  local id = api.type_lookup(rt_c, name)
  if id < 0 then return nil end
  local spec = worker_types[id]
  if not spec or spec.broken then return nil end
  return spec, id
end

function kiln._worker_load(src, path)
  local specs = run_script(src, path)
  local hash = api.hash64(src, #src)
  local ids = {}
  for i, spec in ipairs(specs) do
    local id = api.type_lookup(rt_c, spec.name)
    if id < 0 then error(fmt("type '%s' is not registered in the main state", spec.name), 0) end
    spec._version, spec._hash = spec.version or 1, hash -- the identity its artifacts get
    ids[i] = id
  end
  for i, spec in ipairs(specs) do worker_types[ids[i]] = spec end
end
