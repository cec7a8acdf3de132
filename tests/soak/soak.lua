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
--
-- For SECONDS it feeds one runtime (five types in tests/soak/soak_types.lua:
-- no outputs, guarded, disk, GPU on the null backend, disk + GPU) the way a
-- renderer would: bursts of enqueues over small key spaces (so many
-- coalesce, and keys repeat across sessions: cache hits), random
-- priorities, the odd forced rebake, session bumps from the host and from
-- inside apply, rt:pump with random budgets, now and then a pause or a
-- bounded rt:drain. Failures are injected in compute (by key), output (by
-- args) and apply. It ends as a scene would: a last burst of disk and GPU
-- items, a session bump while they wait on their pools. Then it drains and
-- checks:
--   loop        the host loop ran to its end without a Lua error
--   sessions    no apply saw ctx.session older than rt.session
--   values      every applied value (computed or from the cache) and every
--               texture tile read back in apply is what its key produces
--   drain       every rt:drain(timeout) returned true (mid-run and final)
--   accounting  stats().enqueued == completed + failed + stale_dropped +
--               coalesced + canceled (nothing left queued, parked, running
--               or waiting), and enqueue calls == enqueued; completed matches
--               the applies the types saw
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
}
_G.SOAK = S

local errs_seen = { n = 0, by_stage = {}, not_injected = 0, first_not_injected = nil }
local rt = kiln.runtime {
  workers = WORKERS, disk_slots = 3, gpu_backend = "null", ring_bytes = 32 * 1024,
  cache_dir = cache_dir, durability = DURABILITY,
  on_error = function(e)
    errs_seen.n = errs_seen.n + 1
    errs_seen.by_stage[e.stage] = (errs_seen.by_stage[e.stage] or 0) + 1
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
  { "soak_plain", 0.30, 400, "p/" },
  { "soak_timed", 0.35, 100, "t/" },
  { "soak_disk", 0.60, 300, "d/" },
  { "soak_gpu", 0.80, T.tiles, "g/" },
  { "soak_both", 1.00, T.tiles, "b/" },
}
local DISKY = { soak_disk = true, soak_both = true }
local PUMP_MS = { 0, 0, 0.05, 0.2, 0.5, 1, 2, 4, 8 }

local n = { calls = 0, queued = 0, coalesced = 0, cached = 0, forced = 0, out_fail_args = 0,
            host_bumps = 0, pumps = 0, pump_applied = 0, pump_dropped = 0, pump_failed = 0,
            uploads = 0, uploads_dropped = 0, drains = 0, drains_failed = 0, pauses = 0, iters = 0 }
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
  local res = rt:enqueue(t[1], t[4] .. id, opts)
  n.calls = n.calls + 1
  n[res] = n[res] + 1
end

local function bounded_drain(timeout, where)
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

local function loop()
  while n.iters < MAX_ITERS do
    local t = now()
    if t >= t_end then break end
    n.iters = n.iters + 1
    if n.iters % 8 == 1 then
      local s = rt:stats()
      backlog = s.queued + s.deferred
    end
    -- feed: bursts of enqueues, unless the queue is already deep
    if backlog < 3000 then
      local burst = random() < 0.1 and random(20, 120) or random(0, 12)
      for _ = 1, burst do enqueue_one() end
      backlog = backlog + burst
    end
    if random() < 0.02 then
      rt:bump_session()
      S.bumps, n.host_bumps = S.bumps + 1, n.host_bumps + 1
    end
    local popts = { max_ms = PUMP_MS[random(#PUMP_MS)] }
    if random() < 0.3 then popts.max_uploads = random(1, 8) end
    if random() < 0.2 then popts.max_upload_bytes = random(512, 8192) end
    pump(popts)
    if random() < 0.3 then ffi.C.usleep(random(0, 1500)) end -- the rest of a frame
    if t >= next_pause then -- stop feeding for a while: workers go idle, then wake again
      n.pauses = n.pauses + 1
      local until_t = t + 0.02 + random() * 0.15
      while now() < until_t do
        pump { max_ms = 1 }
        ffi.C.usleep(500)
      end
      next_pause = now() + 1 + random() * 3
    end
    if t >= next_drain and t_end - t > 8 then -- a failed drain takes its whole timeout
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
      local s = rt:stats()
      print(("soak: %5.1f s: %d enqueues, %d applies, %d stale, %d failed, %d cache hits, session %d, backlog %d, RSS %s")
        :format(t - t_start, n.calls, S.applies, s.stale_dropped, s.failed, s.cache_hits or 0,
          rt.session, s.queued + s.deferred, mb(r)))
      next_report = t + math.max(SECONDS / 10, 1)
    end
  end
end

-- The end of a scene: one last burst (disk and GPU types, which park on
-- their pools), a session bump while they wait, then the final drain.
local function last_burst()
  for i = 1, 300 do
    local t = TYPES[3 + i % 3]
    local res = rt:enqueue(t[1], t[4] .. random(0, t[3] - 1), { priority = random(-3, 9) })
    n.calls, n[res] = n.calls + 1, n[res] + 1
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
    elseif not tostring(e.message):find("soak-injected", 1, true) then why_bad = "not injected" end
    if why_bad and #bad_entries < 5 then
      bad_entries[#bad_entries + 1] = ("%s (%s/%s %s: %s)"):format(why_bad, tostring(e.type),
        tostring(e.key), tostring(e.stage), tostring(e.message))
    end
  end
  local stages = {}
  for st, c in pairs(errs_seen.by_stage) do stages[#stages + 1] = st .. " " .. c end
  table.sort(stages)
  local ok = s.failed > 0 and errs_seen.n == s.failed and #bad_entries == 0 and errs_seen.not_injected == 0
    and #errs > 0
  local d = ("failed %d, on_error calls %d (%s), rt:errors() %d entries"):format(s.failed, errs_seen.n,
    table.concat(stages, ", "), #errs)
  if s.failed == 0 then d = d .. "; no failure at all, though some were injected" end
  if errs_seen.n ~= s.failed then d = d .. "; on_error count ~= failed" end
  if errs_seen.not_injected > 0 then
    d = d .. ("; %d failure(s) not injected, first: %s"):format(errs_seen.not_injected, errs_seen.first_not_injected)
  end
  if #bad_entries > 0 then d = d .. "; bad rt:errors() entries: " .. table.concat(bad_entries, "; ") end
  check("failures", ok, d)
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
