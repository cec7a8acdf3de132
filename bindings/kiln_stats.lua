-- rt:stats(): counters, pool use, cache and per-stage times.
local K, kiln = ...
local api, ffi = K.api, K.ffi
local tonumber, pairs, ipairs = tonumber, pairs, ipairs
local RT = K.RT
local STAGE_KEYS = { "queue", "compute", "output", "apply", "load", "disk", "upload" }

local REMOTE_STATES = { [0] = "closed", "open", "half_open" }

-- rt:stats() -> counters, pool use and per-stage times in milliseconds.
function RT:stats()
  local c, o = self._c, self._counts
  api.counts(c, o)
  local s = {
    session = tonumber(o.session), queued = tonumber(o.queued), deferred = tonumber(o.deferred),
    in_flight = tonumber(o.in_flight), waiting_apply = tonumber(o.done_waiting),
    enqueued = tonumber(o.enqueued), coalesced = tonumber(o.coalesced),
    completed = tonumber(o.completed), failed = tonumber(o.failed),
    stale_dropped = tonumber(o.stale_dropped), canceled = tonumber(o.canceled),
    noop = self._noop, workers = o.workers, parks = tonumber(o.parks), wakeups = tonumber(o.wakeups),
    disk_tokens = { used = tonumber(o.pool_used[0]), capacity = tonumber(o.pool_capacity[0]),
                    peak = tonumber(o.pool_peak[0]) },
    gpu_tokens = { used = tonumber(o.pool_used[1]), capacity = tonumber(o.pool_capacity[1]),
                   peak = tonumber(o.pool_peak[1]) },
    -- Results waiting for rt:pump, in bytes (kiln.runtime's backlog_bytes):
    -- limit 0 means no bound; holds counts the times workers stopped taking
    -- items because it was full.
    backlog = { bytes = tonumber(o.backlog_bytes), peak = tonumber(o.backlog_peak),
                limit = o.backlog_limit >= 0xffffffffffffffffULL and 0 or tonumber(o.backlog_limit),
                holds = tonumber(o.backlog_holds) },
    -- Big blocks the worker states freed, kept for their next allocation
    -- of the same size (bindings/lkiln_alloc.h): what each reuse saved is
    -- a fresh mapping and its page faults.
    worker_lua = { blocks_reused = tonumber(o.lua_reused), kept_bytes = tonumber(o.lua_kept_bytes) },
    stages = {},
    types = {},
  }
  -- Per type: where its items ended (as the totals above: enqueued ==
  -- completed + failed + stale_dropped + coalesced + canceled once idle),
  -- where the others are now, and its share of the cache.
  local tc, dt = self._tcounts, self._dtstats
  for name, ti in pairs(self._byname) do
    api.type_counts(c, ti.id, tc)
    local t = { enqueued = tonumber(tc.enqueued), coalesced = tonumber(tc.coalesced),
                completed = tonumber(tc.completed), failed = tonumber(tc.failed),
                stale_dropped = tonumber(tc.stale_dropped), canceled = tonumber(tc.canceled),
                queued = tonumber(tc.queued), deferred = tonumber(tc.deferred),
                in_flight = tonumber(tc.running), waiting_apply = tonumber(tc.waiting_apply),
                noop = self._per_type[name] and self._per_type[name].noop or 0,
                hits = 0, misses = 0, stores = 0, evictions = 0, bytes_stored = 0,
                entries = 0, bytes = 0 }
    if ti.need_disk > 0 and api.disk_type_stats(c, ti.id, dt) ~= 0 then
      t.hits, t.misses, t.stores = tonumber(dt.hits), tonumber(dt.misses), tonumber(dt.stores)
      t.evictions, t.bytes_stored = tonumber(dt.evictions), tonumber(dt.bytes_stored)
      t.entries, t.bytes = tonumber(dt.entries), tonumber(dt.bytes)
    end
    s.types[name] = t
  end
  local ds = self._dstats
  api.disk_stats(c, ds)
  s.cache_hits = tonumber(ds.cache_hits)
  if ds.open ~= 0 then
    local misses = {}
    local names = { "absent", "stale", "truncated", "magic", "format", "header", "checksum",
                    "collision", "toobig", "decode", "io", "nomem", "load_failed" }
    local total = 0
    for i, n in ipairs(names) do
      misses[n] = tonumber(ds.read_misses[i])
      total = total + misses[n]
    end
    -- write_failures: every write that did not land (I/O errors, a full
    -- disk, writes cut by a close deadline or canceled), each also reported
    -- through on_error and rt:errors(); timed_out and canceled split it.
    local timed_out, canceled = tonumber(ds.writes_timedout), tonumber(ds.writes_canceled)
    s.disk = { writes = tonumber(ds.writes_done),
               write_failures = tonumber(ds.write_failures) + timed_out + canceled,
               timed_out = timed_out, canceled = canceled, disk_full = ds.disk_full ~= 0,
               raw_bytes = tonumber(ds.raw_bytes), stored_bytes = tonumber(ds.stored_bytes),
               retries = tonumber(ds.retries), pending = tonumber(ds.pending_jobs),
               pending_bytes = tonumber(ds.pending_bytes), read_hits = tonumber(ds.read_hits),
               misses = misses, miss_total = total, entries = tonumber(ds.index_entries),
               temps_removed = tonumber(ds.temps_removed), scan_skipped = tonumber(ds.scan_skipped),
               evictions = tonumber(ds.evictions), evicted_bytes = tonumber(ds.evicted_bytes),
               bytes = tonumber(ds.total_bytes),
               max_bytes = ds.max_bytes > 0 and tonumber(ds.max_bytes) or nil }
    s.cache_misses = total
  end
  -- The shared tier (nil without one): hits are also in cache_hits.
  local rs = self._rstats
  if rs == nil then
    rs = ffi.new("kiln_remotestats")
    self._rstats = rs
  end
  api.remote_stats(c, rs)
  if rs.on ~= 0 then
    s.remote = { hits = tonumber(rs.hits), misses = tonumber(rs.misses), bad = tonumber(rs.bad),
                 uploads = tonumber(rs.uploads), upload_skipped = tonumber(rs.upload_skipped),
                 upload_failed = tonumber(rs.upload_failed),
                 upload_bytes = tonumber(rs.upload_bytes), errors = tonumber(rs.errors),
                 breaker_opens = tonumber(rs.breaker_opens), pending = tonumber(rs.pending),
                 state = REMOTE_STATES[rs.state] or "closed", p50_ms = rs.p50_ms, p99_ms = rs.p99_ms }
  end
  local sm = self._summary
  for i, name in ipairs(STAGE_KEYS) do
    api.stage_summary(c, i - 1, sm)
    s.stages[name] = { count = tonumber(sm.count), avg_ms = sm.avg_ms, p50_ms = sm.p50_ms,
                       p99_ms = sm.p99_ms, max_ms = sm.max_ms }
  end
  return s
end
