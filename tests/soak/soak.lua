-- The kiln soak: a host script for build/kiln.
--
--   build/kiln tests/soak/soak.lua [SECONDS]
--
-- Environment (all optional):
--   KILN_SOAK_SECONDS   run time of the loop when SECONDS is not given (180)
--   KILN_SOAK_SEED      random seed (default: from the clock and the pid; printed)
--   KILN_SOAK_ITERS     upper bound on loop iterations (default 50 million)
--   KILN_SOAK_WORKERS   worker threads (3)
--   KILN_SOAK_DRAIN_S   rt:drain timeout at the end (60)
--   KILN_SOAK_DURABILITY  "rename" (default) or "fsync"
--   KILN_SOAK_KEEP      keep the cache directory (printed)
--   KILN_SOAK_CACHE_KB  cache_max_bytes in KiB (default: 192, 256 or 384, by the seed)
--
-- For SECONDS it feeds one runtime (seven types in tests/soak/soak_types.lua:
-- no outputs, guarded, disk (some items also store a second artifact under
-- "<key>/b"), GPU on the null backend, disk + GPU, max_concurrency = 1, and
-- disk with a load that raises or returns nil for some artifacts) the way a
-- renderer would: bursts of enqueues over small key spaces (so many
-- coalesce, and keys repeat across sessions: cache hits), random
-- priorities, the odd forced rebake, session bumps from the host and from
-- inside apply (plain or { requeue = true }), rt:pump with random budgets,
-- rt:cancel and rt:state on random keys, rt:pause/rt:resume, rt:evict,
-- rt:clear and rt:store on a cache capped small (cache_max_bytes) so that
-- eviction runs all the time, now and then an idle spell or a bounded
-- rt:drain (never while paused). Failures are injected in compute (by
-- key), output (by args) and apply. It ends as a scene would: a last burst of disk and GPU
-- items, a session bump while they wait on their pools. Then it drains and
-- checks:
--   loop        the host loop ran to its end without a Lua error
--   sessions    no apply saw ctx.session older than rt.session
--   values      every applied value (computed or from the cache) and every
--               texture tile read back in apply is what its key produces
--   drain       every rt:drain(timeout) returned true (mid-run and final)
--   accounting  stats().enqueued == completed + failed + stale_dropped +
--               coalesced + canceled (nothing left queued, parked, running
--               or waiting), in total and per type (stats().types), and
--               enqueue calls == enqueued; completed matches the applies the
--               types saw
--   cancel      what rt:cancel returned (dequeued, canceling, unapplied,
--               false); each type's canceled >= its dequeued + unapplied;
--               no apply of a canceled key without an enqueue since; right
--               after a cancel the key is "unknown" or "failed"
--   state       every rt:state answer is one of the 7 states; a key never
--               enqueued is "unknown"; a key just enqueued is live
--   pause       rt:pause: in_flight reaches 0, then (sampled every
--               iteration) nothing runs and queued + deferred moves only by
--               the host's own enqueues and cancels; no drain while paused
--   concurrency stats().in_flight <= workers at every sample; soak_one
--               (max_concurrency = 1) runs <= 1 at every sample, and no two
--               of its computes overlapped in time
--   cache       after the drain: disk.bytes <= cache_max_bytes, no miss
--               reasons but absent and load_failed, no write failures, the
--               types' bytes add up; rt:cached is false right after rt:evict
--               and rt:clear (checked while paused with no write pending);
--   clear       rt:clear { type = } never raised (also on an empty type)
--   poison      loads that raise (or return nil) healed: load_failed misses,
--               no item of soak_poison failed in load, none applied from a
--               poisoned artifact
--   failures    failed > 0; on_error saw each failure once; every rt:errors()
--               entry names a soak type and a key; every failure was injected
--   rss         VmRSS after warm-up vs at the end: growth <= 20% + 16 MB
--               (skipped under ASan/TSan, whose allocators keep freed memory)
--   coverage    the run bumped, dropped stale items, hit the cache, parked
--               items and applied every type (else the soak proved little)
--   close       rt:close() returned true, and the counters still add up
-- and prints "soak: N passed, N failed[, N skipped]" (exit 1 on any failure).
-- It never waits unbounded: drains and close have deadlines.
io.stdout:setvbuf("line")
local kiln = require "kiln"
local ffi = require "ffi"
pcall(ffi.cdef, "int usleep(unsigned int usec);")
pcall(ffi.cdef, "int getpid(void);")

local here = (arg and arg[0] or ""):match("^(.*)/[^/]*$") or "."
local function env_num(name, default)
  local v = os.getenv(name)
  if v == nil or v == "" then return default end
  return assert(tonumber(v), name .. " must be a number, got " .. v)
end

local SECONDS = tonumber(arg and arg[1] or "") or env_num("KILN_SOAK_SECONDS", 180)
local SEED = env_num("KILN_SOAK_SEED", (os.time() * 1000 + ffi.C.getpid()) % 2147483647)
local MAX_ITERS = env_num("KILN_SOAK_ITERS", 5e7)
local WORKERS = env_num("KILN_SOAK_WORKERS", 3)
local DRAIN_S = env_num("KILN_SOAK_DRAIN_S", 60)
local DURABILITY = os.getenv("KILN_SOAK_DURABILITY") or "rename"
local WARMUP = math.min(math.max(SECONDS * 0.25, 2), 30)

math.randomseed(SEED)
local random = math.random
local now = kiln._now -- monotonic seconds
if not now then
  pcall(ffi.cdef, "struct timespec { long tv_sec; long tv_nsec; }; int clock_gettime(int, struct timespec *);")
  local ts = ffi.new("struct timespec")
  now = function()
    ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
  end
end

print(("soak: seed %d (KILN_SOAK_SEED=%d to repeat the choices), %g s, %d workers, warm-up %g s, %s")
  :format(SEED, SEED, SECONDS, WORKERS, WARMUP, DURABILITY))

------------------------------------------------------------- checks --
local results = {}
local function check(name, ok, detail, skipped)
  results[#results + 1] = { name = name, ok = ok, skipped = skipped }
  print(("soak: %-10s %s%s"):format(name, skipped and "skipped" or ok and "ok" or "FAILED",
    detail and detail ~= "" and (": " .. detail) or ""))
end

local CAP_KB = env_num("KILN_SOAK_CACHE_KB", ({ 192, 256, 384 })[SEED % 3 + 1])
local CAP = math.floor(CAP_KB * 1024)

-- A sanitizer runtime in the process (ASan's quarantine holds freed memory:
-- RSS there says nothing about leaks or growth).
local function sanitizer()
  local f = io.open("/proc/self/maps")
  if not f then return nil end
  local maps = f:read("*a")
  f:close()
  return maps:match("lib([at]san)[%w.]*%.so") or (os.getenv("SAN") ~= "" and os.getenv("SAN")) or nil
end

local function rss_kb()
  local f = io.open("/proc/self/status")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return tonumber(s:match("VmRSS:%s*(%d+)%s*kB"))
end
local function rss_now()
  collectgarbage()
  collectgarbage()
  return rss_kb()
end
local function mb(kb) return kb and ("%.1f MB"):format(kb / 1024) or "?" end

------------------------------------------------------------- set-up --
local cache_dir -- a private directory for this run
do
  local p = assert(io.popen("mktemp -d \"${TMPDIR:-/tmp}/kiln-soak-XXXXXX\""))
  cache_dir = p:read("*l")
  p:close()
  assert(cache_dir and cache_dir ~= "", "mktemp -d failed")
end

-- Bookkeeping shared with the types' apply (main state).
local S = {
  applies = 0, type_applies = {}, seen = {}, old_session = 0, old_list = {}, bad = 0, bad_list = {},
  bumps = 0, apply_bumps = 0, nested_pumps = 0, apply_fails = 0, cache_applies = 0,
  p_apply_bump = 0.002, p_nested_pump = 0.0005, p_apply_fail = 0.002,
  requeue_bumps = 0, blocked = {}, after_cancel = 0, after_cancel_list = {},
  second_writes = 0, second_hits = 0, poison_computed = 0,
  one_ring = {}, one_pos = 0, one_overlaps = 0, one_overlap_list = {}, one_checked = 0,
}
_G.SOAK = S

local errs_seen = { n = 0, by_stage = {}, not_injected = 0, first_not_injected = nil, load = nil }
local rt = kiln.runtime {
  workers = WORKERS, disk_slots = 3, gpu_backend = "null", ring_bytes = 32 * 1024,
  cache_dir = cache_dir, durability = DURABILITY, cache_max_bytes = CAP,
  on_error = function(e)
    errs_seen.n = errs_seen.n + 1
    errs_seen.by_stage[e.stage] = (errs_seen.by_stage[e.stage] or 0) + 1
    if e.stage == "load" then -- a load that fails is a miss, never a failure
      errs_seen.load = errs_seen.load or ("%s/%s: %s"):format(tostring(e.type), tostring(e.key), tostring(e.message))
    end
    if not tostring(e.message):find("soak-injected", 1, true) then
      errs_seen.not_injected = errs_seen.not_injected + 1
      errs_seen.first_not_injected = errs_seen.first_not_injected
        or ("%s/%s %s: %s"):format(tostring(e.type), tostring(e.key), tostring(e.stage), tostring(e.message))
    end
  end,
}
S.rt = rt
rt:load(here .. "/soak_types.lua")
local T = _G.SOAK_TYPES
rt:texture { name = "soak_gpu", width = T.atlas, height = T.atlas }
rt:texture { name = "soak_both", width = T.atlas, height = T.atlas }

-- type, share of enqueues (cumulative), key space, key prefix
local TYPES = {
  { "soak_plain", 0.25, 400, "p/" },
  { "soak_timed", 0.30, 100, "t/" },
  { "soak_disk", 0.52, 300, "d/" },
  { "soak_gpu", 0.68, T.tiles, "g/" },
  { "soak_both", 0.84, T.tiles, "b/" },
  { "soak_one", 0.90, 200, "o/" },
  { "soak_poison", 1.00, 200, "x/" },
}
local DISKY = { soak_disk = true, soak_both = true, soak_poison = true }
local DISK_TYPES = { "soak_disk", "soak_both", "soak_poison" }
local BYNAME = {}
for _, t in ipairs(TYPES) do BYNAME[t[1]] = t end
local STATES = { queued = true, deferred = true, running = true, waiting_apply = true, applied = true,
                 failed = true, unknown = true }
local PUMP_MS = { 0, 0, 0.05, 0.2, 0.5, 1, 2, 4, 8 }

local n = { calls = 0, queued = 0, coalesced = 0, cached = 0, forced = 0, out_fail_args = 0,
            host_bumps = 0, pumps = 0, pump_applied = 0, pump_dropped = 0, pump_failed = 0,
            uploads = 0, uploads_dropped = 0, drains = 0, drains_failed = 0, pauses = 0, iters = 0,
            host_requeue_bumps = 0, poison_cached = 0, second_enqueues = 0,
            -- rt:cancel: what it returned, in total and per type
            cancels = 0, dequeued = 0, canceling = 0, unapplied = 0, cancel_false = 0, cancel_by_type = {},
            cancel_bad = 0, cancel_bad_list = {},
            -- rt:state
            states = 0, state_bad = 0, state_bad_list = {}, never_unknown = 0,
            -- rt:pause
            rt_pauses = 0, rt_settled = 0, pause_bad = 0, pause_bad_list = {}, drain_while_paused = 0,
            pause_samples = 0, pause_max_settle_ms = 0,
            -- samples of stats()
            samples = 0, inflight_bad = 0, inflight_max = 0, one_running_max = 0, one_running_bad = 0,
            sample_bad_list = {},
            -- the cache from the render thread
            evicts = 0, evicts_true = 0, clears = 0, clear_raised = 0, clear_raise_msg = nil, stores = 0,
            cached_bad = 0, cached_bad_list = {}, cached_checks = 0 }
for _, t in ipairs(TYPES) do n.cancel_by_type[t[1]] = { dequeued = 0, canceling = 0, unapplied = 0 } end
local function note(list, what) if #list < 5 then list[#list + 1] = what end end
local drain_failures = {}

function S.note_pump(r)
  n.pumps = n.pumps + 1
  n.pump_applied = n.pump_applied + r.applied
  n.pump_dropped = n.pump_dropped + r.dropped
  n.pump_failed = n.pump_failed + r.failed
  n.uploads = n.uploads + r.uploads
  n.uploads_dropped = n.uploads_dropped + r.uploads_dropped
end

local function pump(opts)
  S.note_pump(rt:pump(opts))
end

local function enqueue_one()
  local r, ti = random(), 1
  while TYPES[ti][2] < r do ti = ti + 1 end
  local t = TYPES[ti]
  -- skewed toward low ids: hot keys repeat (coalesce, cache hits)
  local id = math.floor(t[3] * random() ^ 2)
  local key = t[4] .. id
  if t[1] == "soak_disk" and random() < 0.15 then -- the second artifact some items store
    key = key .. "/b"
    n.second_enqueues = n.second_enqueues + 1
  end
  local opts = { priority = random(-3, 9) }
  local x = random()
  if x < 0.01 then
    opts.args = { fo = "before" }
    n.out_fail_args = n.out_fail_args + 1
  elseif x < 0.02 then
    opts.args = { fo = "after" }
    n.out_fail_args = n.out_fail_args + 1
  elseif x < 0.3 then
    opts.args = { n = id, pad = random() < 0.1 and string.rep("a", random(1, 300)) or nil }
  end
  if DISKY[t[1]] and random() < 0.05 then
    opts.force = true
    n.forced = n.forced + 1
  end
  local res = rt:enqueue(t[1], key, opts)
  n.calls = n.calls + 1
  n[res] = n[res] + 1
  S.blocked[t[1] .. "/" .. key] = nil
  if res == "cached" and t[1] == "soak_poison" and T.poisoned(id) then n.poison_cached = n.poison_cached + 1 end
  return t[1], key, res
end

local function bounded_drain(timeout, where)
  if rt:paused() then -- rt:drain refuses a paused runtime: the soak never asks
    n.drain_while_paused = n.drain_while_paused + 1
    rt:resume()
  end
  n.drains = n.drains + 1
  local t0 = now()
  local ok = rt:drain(timeout)
  if not ok then
    n.drains_failed = n.drains_failed + 1
    local s = rt:stats()
    local ring = rt:gpu_stats().ring_used
    local d = ("%s: rt:drain(%g) returned false after %.2f s: queued %d, deferred %d, in_flight %d, waiting_apply %d, disk tokens %d/%d, gpu tokens %d/%d, ring used %d, session %d")
      :format(where, timeout, now() - t0, s.queued, s.deferred, s.in_flight, s.waiting_apply,
        s.disk_tokens.used, s.disk_tokens.capacity, s.gpu_tokens.used, s.gpu_tokens.capacity,
        ring, s.session)
    if s.deferred > 0 and s.queued + s.in_flight == 0 and s.disk_tokens.used == 0
      and s.gpu_tokens.used == 0 and ring == 0 then
      d = d .. " (items parked while every pool is free: no release is left to wake them)"
    end
    if #drain_failures < 5 then drain_failures[#drain_failures + 1] = d end
    print("soak: " .. d)
  end
  return ok
end

------------------------------------------------------------- the loop --
local t_start = now()
local t_end = t_start + SECONDS
local t_warm = t_start + WARMUP
local rss_start, rss_peak = nil, 0
local next_report = t_start + math.max(SECONDS / 10, 1)
local next_pause = t_start + 1 + random() * 2
local next_drain = t_start + 4 + random() * 4
local backlog = 0

-- A key the soak may have enqueued: a random type, an id skewed as the feed's.
local function rand_key(types)
  local t = BYNAME[types and types[random(#types)] or TYPES[random(#TYPES)][1]]
  local key = t[4] .. math.floor(t[3] * random() ^ 2)
  if t[1] == "soak_disk" and random() < 0.15 then key = key .. "/b" end
  return t[1], key
end

local function state_of(tname, key, want, why)
  local st = rt:state(tname, key)
  n.states = n.states + 1
  if not STATES[st] or (want and not want[st]) then
    n.state_bad = n.state_bad + 1
    note(n.state_bad_list, ("%s/%s: rt:state %s (%s)"):format(tname, key, tostring(st), why))
  end
  return st
end

local pause = nil -- while rt:pause is on: { t0, until_t, settled, tz, base, delta }
local LIVE = { queued = true, deferred = true, running = true, waiting_apply = true, failed = true }
local WAITING = { queued = true, deferred = true }
local UNKNOWN = { unknown = true }

-- An enqueue with the checks a state allows right after it.
local recent, recent_pos = {}, 0 -- the last 64 keys enqueued: cancel targets
local function feed_one()
  local tname, key, res = enqueue_one()
  recent_pos = recent_pos % 64 + 1
  recent[recent_pos] = { tname, key }
  if pause and pause.settled then
    if res ~= "coalesced" then pause.delta = pause.delta + 1 end
    state_of(tname, key, WAITING, "just enqueued (" .. res .. ") while paused with nothing running")
  else
    state_of(tname, key, LIVE, "just enqueued (" .. res .. ")")
  end
end

local AFTER_CANCEL = { unknown = true, failed = true }
local AFTER_FALSE = { unknown = true, failed = true, applied = true }
local function cancel(tname, key)
  local r = rt:cancel(tname, key)
  n.cancels = n.cancels + 1
  S.blocked[tname .. "/" .. key] = true -- no apply of it until it is enqueued again
  if r == false then
    n.cancel_false = n.cancel_false + 1
  elseif r == "dequeued" or r == "canceling" or r == "unapplied" then
    n[r] = n[r] + 1
    local bt = n.cancel_by_type[tname]
    bt[r] = bt[r] + 1
  else
    n.cancel_bad = n.cancel_bad + 1
    note(n.cancel_bad_list, ("rt:cancel('%s', '%s') returned %s"):format(tname, key, tostring(r)))
    return r
  end
  if pause and pause.settled then
    if r == "dequeued" then pause.delta = pause.delta - 1 end
    if r == "canceling" then
      n.pause_bad = n.pause_bad + 1
      note(n.pause_bad_list, ("rt:cancel('%s', '%s') found it running while paused with in_flight 0"):format(tname, key))
    end
  end
  local st = rt:state(tname, key)
  n.states = n.states + 1
  if not (r and AFTER_CANCEL or AFTER_FALSE)[st] then
    n.cancel_bad = n.cancel_bad + 1
    note(n.cancel_bad_list, ("%s/%s: rt:state %s right after rt:cancel returned %s"):format(tname, key,
      tostring(st), tostring(r)))
  end
  return r
end

-- One stats() sample a loop iteration: in_flight against the workers,
-- soak_one against its cap, and the pause's promises.
local function sample(t)
  local s = rt:stats()
  n.samples = n.samples + 1
  local running = 0
  for _, ts in pairs(s.types) do running = running + ts.in_flight end
  local one = s.types.soak_one.in_flight
  if s.in_flight > n.inflight_max then n.inflight_max = s.in_flight end
  if one > n.one_running_max then n.one_running_max = one end
  -- (the types are read one after another, not as one snapshot: only
  -- each type's running is held to the workers, not their sum)
  local over = nil
  for name, ts in pairs(s.types) do if ts.in_flight > WORKERS then over = name end end
  if s.in_flight > WORKERS or over then
    n.inflight_bad = n.inflight_bad + 1
    note(n.sample_bad_list, ("in_flight %d with %d workers%s"):format(s.in_flight, WORKERS,
      over and (", " .. over .. " running " .. s.types[over].in_flight) or ""))
  end
  if one > 1 then
    n.one_running_bad = n.one_running_bad + 1
    note(n.sample_bad_list, ("soak_one (max_concurrency 1) running %d"):format(one))
  end
  if pause then
    local q = s.queued + s.deferred
    if not pause.settled then
      -- running items finish; items a worker holds unstarted begin first
      if s.in_flight == 0 and running == 0 then
        pause.tz = pause.tz or t
        pause.zeros = pause.zeros + 1
        if pause.zeros >= 3 and t - pause.tz >= 0.002 then
          pause.settled, pause.base, pause.delta = true, q, 0
          n.rt_settled = n.rt_settled + 1
          local ms = (t - pause.t0) * 1000
          if ms > n.pause_max_settle_ms then n.pause_max_settle_ms = ms end
        end
      else
        pause.tz, pause.zeros = nil, 0
        if t - pause.t0 > 3 then
          n.pause_bad = n.pause_bad + 1
          note(n.pause_bad_list, ("in_flight %d still %.1f s after rt:pause"):format(s.in_flight, t - pause.t0))
          pause.until_t = t -- give up on this one
        end
      end
    else
      n.pause_samples = n.pause_samples + 1
      if s.in_flight ~= 0 or running ~= 0 then
        n.pause_bad = n.pause_bad + 1
        note(n.pause_bad_list, ("admitted while paused: in_flight %d, running %d"):format(s.in_flight, running))
      end
      if q ~= pause.base + pause.delta then
        n.pause_bad = n.pause_bad + 1
        note(n.pause_bad_list, ("while paused, queued + deferred = %d (queued %d, deferred %d), expected %d (%d at the pause + %d from the host)")
          :format(q, s.queued, s.deferred, pause.base + pause.delta, pause.base, pause.delta))
        pause.base, pause.delta = q, 0 -- report each change once
      end
    end
  end
  return s
end

-- The cache from the render thread: evict, clear, store. While paused with
-- nothing running and no write pending, rt:cached must read false at once.
local function cache_ops(s)
  local quiet = pause and pause.settled and s.disk and s.disk.pending == 0
  local x = random()
  if x < 0.01 then
    local tname, key = rand_key(DISK_TYPES)
    n.evicts = n.evicts + 1
    if rt:evict(tname, key) then n.evicts_true = n.evicts_true + 1 end
    if quiet then
      n.cached_checks = n.cached_checks + 1
      if rt:cached(tname, key) then
        n.cached_bad = n.cached_bad + 1
        note(n.cached_bad_list, ("rt:cached('%s', '%s') true right after rt:evict"):format(tname, key))
      end
    end
  elseif x < 0.0125 then
    local tname = DISK_TYPES[random(#DISK_TYPES)]
    -- while nothing runs, now and then twice: the second finds the type empty
    for _ = 1, quiet and random() < 0.5 and 2 or 1 do
      n.clears = n.clears + 1
      local ok, e = pcall(rt.clear, rt, { type = tname })
      if not ok then
        n.clear_raised = n.clear_raised + 1
        n.clear_raise_msg = n.clear_raise_msg or tostring(e)
      end
    end
    if quiet then
      for _ = 1, 4 do
        local _, key = rand_key({ tname })
        n.cached_checks = n.cached_checks + 1
        if rt:cached(tname, key) then
          n.cached_bad = n.cached_bad + 1
          note(n.cached_bad_list, ("rt:cached('%s', '%s') true right after rt:clear"):format(tname, key))
        end
      end
    end
  elseif x < 0.02 and not pause then
    local id = math.floor(300 * random() ^ 2)
    local data, meta = T.disk_artifact(id)
    rt:store("soak_disk", "d/" .. id .. (random() < 0.3 and "/b" or ""), data, meta)
    n.stores = n.stores + 1
  end
end

local function loop()
  while n.iters < MAX_ITERS do
    local t = now()
    if t >= t_end then break end
    n.iters = n.iters + 1
    local s = sample(t)
    backlog = s.queued + s.deferred
    -- feed: bursts of enqueues, unless the queue is already deep
    if backlog < 3000 then
      local burst = random() < 0.1 and random(20, 120) or random(0, 12)
      for _ = 1, burst do feed_one() end
      backlog = backlog + burst
    end
    -- where random keys stand; cancel some (more often the live ones)
    for _ = 1, 2 do
      local tname, key = rand_key()
      local st = state_of(tname, key, nil, "random key")
      if (st == "running" or st == "waiting_apply" or st == "deferred") and random() < 0.3
        or (st == "queued" and random() < 0.05) then
        cancel(tname, key)
      end
    end
    for _ = 1, 3 do -- keys enqueued lately: more of them are live
      local r = recent[random(math.max(#recent, 1))]
      if r then
        local st = state_of(r[1], r[2], nil, "recent key")
        if st == "running" and random() < 0.7 or st ~= "unknown" and random() < 0.01 then cancel(r[1], r[2]) end
      end
    end
    do
      local tname = TYPES[random(#TYPES)][1]
      if state_of(tname, "never/" .. random(1, 1e6), UNKNOWN, "never enqueued") == "unknown" then
        n.never_unknown = n.never_unknown + 1
      end
    end
    if random() < 0.05 then cancel(rand_key()) end
    if random() < 0.02 then
      if random() < 0.5 then
        rt:bump_session { requeue = true }
        n.host_requeue_bumps, S.requeue_bumps = n.host_requeue_bumps + 1, S.requeue_bumps + 1
      else
        rt:bump_session()
      end
      S.bumps, n.host_bumps = S.bumps + 1, n.host_bumps + 1
    end
    cache_ops(s)
    local popts = { max_ms = PUMP_MS[random(#PUMP_MS)] }
    if random() < 0.3 then popts.max_uploads = random(1, 8) end
    if random() < 0.2 then popts.max_upload_bytes = random(512, 8192) end
    pump(popts)
    if random() < 0.3 then ffi.C.usleep(random(0, 1500)) end -- the rest of a frame
    if pause and now() >= pause.until_t then
      rt:resume()
      pause = nil
      if rt:paused() then
        n.pause_bad = n.pause_bad + 1
        note(n.pause_bad_list, "rt:paused() true after rt:resume()")
      end
    end
    if t >= next_pause and not pause then
      if random() < 0.5 then -- rt:pause: admission stops, the loop goes on (a loading screen)
        n.rt_pauses = n.rt_pauses + 1
        rt:pause()
        if not rt:paused() then
          n.pause_bad = n.pause_bad + 1
          note(n.pause_bad_list, "rt:paused() false after rt:pause()")
        end
        pause = { t0 = now(), until_t = now() + 0.03 + random() * 0.2, settled = false, zeros = 0 }
      else -- stop feeding for a while: workers go idle, then wake again
        n.pauses = n.pauses + 1
        local until_t = t + 0.02 + random() * 0.15
        while now() < until_t do
          pump { max_ms = 1 }
          ffi.C.usleep(500)
        end
      end
      next_pause = now() + 0.5 + random() * 2
    end
    if t >= next_drain and t_end - t > 8 and not pause then -- a failed drain takes its whole timeout
      bounded_drain(5, ("mid-run drain at %.1f s"):format(t - t_start))
      next_drain = now() + 5 + random() * 10
    end
    if not rss_start and t >= t_warm then
      rss_start = rss_now()
      print(("soak: after %.1f s warm-up: RSS %s, %d enqueues, %d applies, session %d")
        :format(t - t_start, mb(rss_start), n.calls, S.applies, rt.session))
    end
    if t >= next_report then
      local r = rss_kb() or 0
      if r > rss_peak then rss_peak = r end
      print(("soak: %5.1f s: %d enqueues, %d applies, %d stale, %d failed, %d canceled, %d cache hits, %d evictions, cache %d KB, session %d, backlog %d, RSS %s")
        :format(t - t_start, n.calls, S.applies, s.stale_dropped, s.failed, s.canceled, s.cache_hits or 0,
          s.disk and s.disk.evictions or 0, s.disk and math.floor(s.disk.bytes / 1024) or 0,
          rt.session, s.queued + s.deferred, mb(r)))
      next_report = t + math.max(SECONDS / 10, 1)
    end
  end
  if pause then rt:resume(); pause = nil end
end

-- The end of a scene: one last burst (disk and GPU types, which park on
-- their pools), a session bump while they wait, then the final drain.
local function last_burst()
  for i = 1, 300 do
    local t = TYPES[3 + i % 3]
    local key = t[4] .. random(0, t[3] - 1)
    local res = rt:enqueue(t[1], key, { priority = random(-3, 9) })
    n.calls, n[res] = n.calls + 1, n[res] + 1
    S.blocked[t[1] .. "/" .. key] = nil
  end
  ffi.C.usleep(2000)
  local st = rt:stats()
  n.last_burst_parked = st.deferred
  rt:bump_session()
  S.bumps, n.host_bumps = S.bumps + 1, n.host_bumps + 1
end

local loop_ok, loop_err = xpcall(function() loop(); last_burst() end, debug.traceback)
local loop_s = now() - t_start
check("loop", loop_ok, loop_ok and ("%d iterations in %.1f s; a last burst of 300 with %d parked at its bump")
  :format(n.iters, loop_s, n.last_burst_parked or -1) or tostring(loop_err))

------------------------------------------------------------- the end --
local final_drain = bounded_drain(DRAIN_S, "final drain")
local s = rt:stats()
local rss_end = rss_now()
if not rss_start then rss_start = rss_end end -- a run shorter than its warm-up

check("sessions", S.old_session == 0,
  S.old_session == 0 and ("%d applies, none older than rt.session"):format(S.applies)
  or ("%d of %d applies saw an older session; first: %s"):format(S.old_session, S.applies,
    table.concat(S.old_list, "; ")))

check("values", S.bad == 0, S.bad == 0 and "every applied value and tile matched its key"
  or ("%d wrong: %s"):format(S.bad, table.concat(S.bad_list, "; ")))

check("drain", n.drains_failed == 0 and final_drain,
  ("%d of %d drains returned true%s"):format(n.drains - n.drains_failed, n.drains,
    #drain_failures > 0 and ("; " .. table.concat(drain_failures, "; ")) or ""))

local function counters(st)
  return ("enqueue calls %d (queued %d, cached %d, coalesced %d); stats: enqueued %d, coalesced %d, completed %d, failed %d, stale_dropped %d, canceled %d; outstanding: queued %d, deferred %d, in_flight %d, waiting_apply %d")
    :format(n.calls, n.queued, n.cached, n.coalesced, st.enqueued, st.coalesced, st.completed,
      st.failed, st.stale_dropped, st.canceled, st.queued, st.deferred, st.in_flight, st.waiting_apply)
end
local function balanced(st)
  local outstanding = st.queued + st.deferred + st.in_flight + st.waiting_apply
  local ends = st.completed + st.failed + st.stale_dropped + st.coalesced + st.canceled
  local why = {}
  if st.enqueued ~= ends then
    why[#why + 1] = ("enqueued %d ~= completed + failed + stale_dropped + coalesced + canceled = %d (off by %d)")
      :format(st.enqueued, ends, st.enqueued - ends)
  end
  if outstanding ~= 0 then why[#why + 1] = ("%d item(s) still outstanding"):format(outstanding) end
  if n.calls ~= st.enqueued then
    why[#why + 1] = ("%d enqueue calls ~= enqueued = %d"):format(n.calls, st.enqueued)
  end
  -- A rerun queued ("queued") behind an admitted item that a worker gives
  -- back unstarted merges into it later, counted coalesced then: stats may
  -- count more coalesced than calls answered, never fewer.
  if n.coalesced > st.coalesced then
    why[#why + 1] = ("%d calls returned coalesced, stats say only %d"):format(n.coalesced, st.coalesced)
  end
  -- the same per type, and the types add up to the totals
  local sum = { enqueued = 0, completed = 0, failed = 0, stale_dropped = 0, coalesced = 0, canceled = 0 }
  for _, t in ipairs(TYPES) do
    local ty = st.types[t[1]]
    if not ty then
      why[#why + 1] = "no stats().types." .. t[1]
    else
      for f in pairs(sum) do sum[f] = sum[f] + ty[f] end
      local e = ty.completed + ty.failed + ty.stale_dropped + ty.coalesced + ty.canceled
      local o = ty.queued + ty.deferred + ty.in_flight + ty.waiting_apply
      if ty.enqueued ~= e or o ~= 0 then
        why[#why + 1] = ("%s: enqueued %d ~= completed %d + failed %d + stale_dropped %d + coalesced %d + canceled %d = %d (outstanding %d)")
          :format(t[1], ty.enqueued, ty.completed, ty.failed, ty.stale_dropped, ty.coalesced, ty.canceled, e, o)
      end
    end
  end
  for f, v in pairs(sum) do
    if v ~= st[f] then why[#why + 1] = ("the types' %s add up to %d, the total is %d"):format(f, v, st[f]) end
  end
  return #why == 0, why
end

local ok_acc, why = balanced(s)
local applied_ok = S.applies - S.apply_fails
if s.completed ~= applied_ok then
  ok_acc = false
  why[#why + 1] = ("completed %d ~= %d applies that returned (%d applies, %d injected apply failures)")
    :format(s.completed, applied_ok, S.applies, S.apply_fails)
end
check("accounting", ok_acc, (ok_acc and "" or (table.concat(why, "; ") .. ". ")) .. counters(s))

do
  local errs = rt:errors()
  local bad_entries, known = {}, {}
  for _, t in ipairs(TYPES) do known[t[1]] = true end
  for _, e in ipairs(errs) do
    local why_bad
    if type(e.type) ~= "string" or not known[e.type] then why_bad = "type " .. tostring(e.type)
    elseif type(e.key) ~= "string" or e.key == "" then why_bad = "key " .. tostring(e.key)
    elseif e.stage == "load" and e.type == "soak_poison" and tostring(e.message):find("load returned nil", 1, true) then
      why_bad = nil -- an injected nil load (soak_poison's nilload artifacts)
    elseif not tostring(e.message):find("soak-injected", 1, true) then why_bad = "not injected"
    elseif e.stage == "load" and e.type ~= "soak_poison" then why_bad = "a load failed" end
    if why_bad and #bad_entries < 5 then
      bad_entries[#bad_entries + 1] = ("%s (%s/%s %s: %s)"):format(why_bad, tostring(e.type),
        tostring(e.key), tostring(e.stage), tostring(e.message))
    end
  end
  local stages = {}
  for st, c in pairs(errs_seen.by_stage) do stages[#stages + 1] = st .. " " .. c end
  table.sort(stages)
  local ok = s.failed > 0 and errs_seen.n == s.failed and #bad_entries == 0 and errs_seen.not_injected == 0
    and #errs > 0 and errs_seen.load == nil
  local d = ("failed %d, on_error calls %d (%s), rt:errors() %d entries"):format(s.failed, errs_seen.n,
    table.concat(stages, ", "), #errs)
  if s.failed == 0 then d = d .. "; no failure at all, though some were injected" end
  if errs_seen.n ~= s.failed then d = d .. "; on_error count ~= failed" end
  if errs_seen.not_injected > 0 then
    d = d .. ("; %d failure(s) not injected, first: %s"):format(errs_seen.not_injected, errs_seen.first_not_injected)
  end
  if #bad_entries > 0 then d = d .. "; bad rt:errors() entries: " .. table.concat(bad_entries, "; ") end
  if errs_seen.load then d = d .. "; on_error saw a load failure (a failed load is a miss): " .. errs_seen.load end
  check("failures", ok, d)
end

do -- rt:cancel
  local why = {}
  local sum = 0
  for _, t in ipairs(TYPES) do
    local bt, ty = n.cancel_by_type[t[1]], s.types[t[1]]
    sum = sum + ty.canceled
    if ty.canceled < bt.dequeued + bt.unapplied then
      why[#why + 1] = ("%s: canceled %d < %d dequeued + %d unapplied"):format(t[1], ty.canceled, bt.dequeued, bt.unapplied)
    end
  end
  if s.canceled < n.dequeued + n.unapplied then
    why[#why + 1] = ("canceled %d < %d dequeued + %d unapplied"):format(s.canceled, n.dequeued, n.unapplied)
  end
  if S.after_cancel > 0 then
    why[#why + 1] = ("%d apply(s) of a canceled key: %s"):format(S.after_cancel, table.concat(S.after_cancel_list, "; "))
  end
  if n.cancel_bad > 0 then why[#why + 1] = ("%d bad: %s"):format(n.cancel_bad, table.concat(n.cancel_bad_list, "; ")) end
  check("cancel", #why == 0, ("%d calls: %d dequeued, %d canceling, %d unapplied, %d false; stats canceled %d (at most %d from running items that failed or went stale instead)%s")
    :format(n.cancels, n.dequeued, n.canceling, n.unapplied, n.cancel_false, s.canceled, n.canceling,
      #why > 0 and ("; " .. table.concat(why, "; ")) or ""))
end

check("state", n.state_bad == 0, ("%d rt:state calls, %d never-enqueued keys read unknown%s"):format(n.states,
  n.never_unknown, n.state_bad > 0 and ("; %d wrong: %s"):format(n.state_bad, table.concat(n.state_bad_list, "; ")) or ""))

do
  local bad = n.pause_bad + n.drain_while_paused
  check("pause", bad == 0 and not rt:paused(),
    ("%d rt:pause calls, %d settled to in_flight 0 (slowest %.1f ms), %d samples while paused%s%s%s")
      :format(n.rt_pauses, n.rt_settled, n.pause_max_settle_ms, n.pause_samples,
        n.pause_bad > 0 and ("; " .. n.pause_bad .. " wrong: " .. table.concat(n.pause_bad_list, "; ")) or "",
        n.drain_while_paused > 0 and ("; rt:drain was reached while paused " .. n.drain_while_paused .. " time(s)") or "",
        rt:paused() and "; still paused at the end" or ""))
end

do
  local ok = n.inflight_bad == 0 and n.one_running_bad == 0 and S.one_overlaps == 0
  check("concurrency", ok, ("%d samples: in_flight at most %d of %d workers, soak_one running at most %d; %d soak_one computes checked for overlap%s%s")
    :format(n.samples, n.inflight_max, WORKERS, n.one_running_max, S.one_checked,
      #n.sample_bad_list > 0 and ("; " .. table.concat(n.sample_bad_list, "; ")) or "",
      S.one_overlaps > 0 and ("; %d overlaps: %s"):format(S.one_overlaps, table.concat(S.one_overlap_list, "; ")) or ""))
end

do -- the capped cache, after the drain
  local why = {}
  local dk = s.disk
  if not dk then
    why[#why + 1] = "no stats().disk"
  else
    if dk.bytes > CAP then why[#why + 1] = ("disk.bytes %d > cache_max_bytes %d"):format(dk.bytes, CAP) end
    if dk.max_bytes ~= CAP then why[#why + 1] = ("disk.max_bytes %s ~= %d"):format(tostring(dk.max_bytes), CAP) end
    for reason, c in pairs(dk.misses) do
      if c > 0 and reason ~= "absent" and reason ~= "load_failed" then
        why[#why + 1] = ("%d miss(es) for %s"):format(c, reason)
      end
    end
    if dk.write_failures > 0 then why[#why + 1] = ("%d write failures"):format(dk.write_failures) end
    if dk.pending > 0 then why[#why + 1] = ("%d disk jobs pending after the drain"):format(dk.pending) end
    local tb, te = 0, 0
    for _, t in ipairs(TYPES) do
      tb, te = tb + s.types[t[1]].bytes, te + s.types[t[1]].entries
    end
    if tb ~= dk.bytes then why[#why + 1] = ("the types' bytes add up to %d, disk.bytes is %d"):format(tb, dk.bytes) end
    if te ~= dk.entries then why[#why + 1] = ("the types' entries add up to %d, disk.entries is %d"):format(te, dk.entries) end
  end
  if n.cached_bad > 0 then why[#why + 1] = table.concat(n.cached_bad_list, "; ") end
  check("cache", #why == 0, ("cap %g KB: %s KB in %s entries after the drain, %s evictions; %d rt:evict (%d true), %d rt:clear, %d rt:store, %d rt:cached checks; misses: absent %s, load_failed %s%s")
    :format(CAP / 1024, dk and ("%.1f"):format(dk.bytes / 1024) or "?", dk and dk.entries or "?",
      dk and dk.evictions or "?", n.evicts, n.evicts_true, n.clears, n.stores, n.cached_checks,
      dk and dk.misses.absent or "?", dk and dk.misses.load_failed or "?",
      #why > 0 and ("; " .. table.concat(why, "; ")) or ""))
end

-- rt:clear { type = } removes whatever the type has: an empty type is
-- nothing to remove, not an error (rt:evict answers false there)
check("clear", n.clear_raised == 0, ("%d rt:clear calls%s"):format(n.clears, n.clear_raised > 0
  and ("; raised %d times: %s"):format(n.clear_raised, n.clear_raise_msg) or ""))

do -- poisoned loads heal
  local lf = s.disk and s.disk.misses.load_failed or 0
  local why = {}
  if lf > n.cached then why[#why + 1] = ("%d load_failed misses, but only %d enqueues answered cached"):format(lf, n.cached) end
  if errs_seen.load then why[#why + 1] = "on_error saw a load failure: " .. errs_seen.load end
  check("poison", #why == 0, ("%d load_failed misses (%d enqueues of poisoned keys answered cached), %d poisoned keys applied from compute, soak_poison failed %d%s")
    :format(lf, n.poison_cached, S.poison_computed, s.types.soak_poison.failed,
      #why > 0 and ("; " .. table.concat(why, "; ")) or ""))
end

do
  local limit = rss_start and rss_start * 1.2 + 16 * 1024
  local ok = rss_start ~= nil and rss_end ~= nil and rss_end <= limit
  local san = sanitizer()
  check("rss", ok, ("VmRSS after warm-up %s, at the end %s (limit %s, peak sampled %s)%s")
    :format(mb(rss_start), mb(rss_end), mb(limit), mb(math.max(rss_peak, rss_end or 0)),
      san and (" under " .. san .. ", whose allocator keeps freed memory: not judged") or ""), san ~= nil)
end

do
  local miss = {}
  local function need(ok, what) if not ok then miss[#miss + 1] = what end end
  need(n.host_bumps > 0, "host bumps")
  need(S.apply_bumps > 0, "bumps inside apply")
  need(s.stale_dropped > 0, "stale drops")
  need((s.cache_hits or 0) > 0 and S.cache_applies > 0, "cache hits applied")
  need(n.cached > 0, "enqueues answered 'cached'")
  need(n.coalesced > 0, "coalesced enqueues")
  need(s.parks > 0, "parked items")
  need(n.uploads > 0, "GPU uploads")
  for _, t in ipairs(TYPES) do need((S.type_applies[t[1]] or 0) > 0, "applies of " .. t[1]) end
  need(n.dequeued > 0, "rt:cancel 'dequeued'")
  need(n.canceling > 0, "rt:cancel 'canceling'")
  need(n.unapplied > 0, "rt:cancel 'unapplied'")
  need(n.never_unknown > 0, "rt:state 'unknown' for a never-enqueued key")
  need(n.rt_settled > 0 and n.pause_samples > 0, "rt:pause settled and sampled")
  need(n.host_requeue_bumps > 0, "bump_session { requeue = true }")
  need(S.one_checked > 0, "soak_one computes checked")
  need(s.disk and s.disk.misses.load_failed > 0 and S.poison_computed > 0, "poisoned loads healed")
  need(S.second_writes > 0 and S.second_hits > 0, "second artifacts written and served")
  need(n.stores > 0, "rt:store")
  need(n.evicts_true > 0, "rt:evict that removed something")
  need(n.clears > 0, "rt:clear")
  need(s.disk and s.disk.evictions > n.evicts_true, "evictions by the cap")
  check("coverage", #miss == 0, #miss == 0 and "" or ("never happened: " .. table.concat(miss, ", ")))
end

-- close with a deadline: never hang here (a stranded parked item would
-- keep a plain close waiting forever).
local close_ok, close_msg = rt:close { timeout_s = final_drain and 30 or 5 }
local s2 = rt:stats()
local ok2, why2 = balanced(s2)
if s2.completed ~= s.completed then
  ok2 = false
  why2[#why2 + 1] = ("completed moved from %d to %d during close"):format(s.completed, s2.completed)
end
check("close", close_ok == true and ok2,
  ("rt:close() returned %s%s%s%s"):format(tostring(close_ok), close_msg and (" (" .. close_msg .. ")") or "",
    ok2 and "; counters still add up" or ("; after close: " .. table.concat(why2, "; ") .. ". " .. counters(s2)),
    (close_ok ~= true and not final_drain) and "; the items the failed drain left behind" or ""))

------------------------------------------------------------- summary --
local seconds = now() - t_start
print(("soak: summary: %d enqueues (%d queued, %d cached, %d coalesced, %d forced), %d bumps (%d in apply), %d applies (%d from the cache, %d nested pumps), %d stale drops, %d failures (%d injected output-failure args, %d apply failures), %d cache hits, %d uploads (%d dropped), %d pauses, %d drains")
  :format(n.calls, n.queued, n.cached, n.coalesced, n.forced, S.bumps, S.apply_bumps, S.applies,
    S.cache_applies, S.nested_pumps, s2.stale_dropped, s2.failed, n.out_fail_args, S.apply_fails,
    s2.cache_hits or 0, n.uploads, n.uploads_dropped, n.pauses, n.drains))
print(("soak: summary: %d cancels (%d dequeued, %d canceling, %d unapplied), %d rt:state, %d rt:pause (%d requeue bumps), %d rt:evict, %d rt:clear, %d rt:store, %d second-artifact enqueues")
  :format(n.cancels, n.dequeued, n.canceling, n.unapplied, n.states, n.rt_pauses, S.requeue_bumps, n.evicts,
    n.clears, n.stores, n.second_enqueues))
print(("soak: summary: RSS %s after warm-up, %s at the end; %.1f s in all (loop %.1f s), seed %d")
  :format(mb(rss_start), mb(rss_end), seconds, loop_s, SEED))

if os.getenv("KILN_SOAK_KEEP") then
  print("soak: cache kept in " .. cache_dir)
else
  os.execute("rm -rf '" .. cache_dir .. "'")
end

local passed, failed, skipped = 0, 0, 0
for _, r in ipairs(results) do
  if r.skipped then skipped = skipped + 1
  elseif r.ok then passed = passed + 1
  else failed = failed + 1 end
end
print(("soak: %d passed, %d failed%s"):format(passed, failed, skipped > 0 and (", " .. skipped .. " skipped") or ""))
-- an error, not os.exit: build/kiln exits 1 and still closes the Lua state
if failed > 0 then error(("soak: %d check(s) failed (seed %d)"):format(failed, SEED), 0) end
