-- Per-key control on the render thread: rt:state, rt:cancel, rt:wait, and
-- pausing admission (rt:pause, rt:resume, rt:paused).
local K, kiln = ...
local ffi, api = K.ffi, K.api
local type, tostring, tonumber, error = type, tostring, tonumber, error
local fmt = string.format
local RT, check_open, now_ns = K.RT, K.check_open, K.now_ns

-- enum kiln_key_state (runtime/scheduler.h)
local STATES = { [0] = "unknown", "queued", "deferred", "running", "waiting_apply", "applied",
                 "failed" }
-- enum kiln_cancel_result
local CANCELS = { [0] = false, "dequeued", "canceling", "unapplied" }

-- rt:state(type, key) -> "queued" | "deferred" | "running" | "waiting_apply"
-- | "applied" | "failed" | "unknown". A lookup under the scheduler's lock:
-- no I/O, no wait. "applied" and "failed" are remembered for the most
-- recent keys only (kiln.runtime { recent_keys }); older ones read "unknown".
function RT:state(tname, key)
  check_open(self, "rt:state")
  local id = K.type_key(self, "rt:state", tname, key).id
  return STATES[api.key_state(self._c, id, key, #key)]
end

-- rt:cancel(type, key) -> what it did: "dequeued" (it was queued or parked:
-- dropped now, counted canceled), "canceling" (it is running:
-- ctx:canceled() turns true and its result is dropped when it returns),
-- "unapplied" (its result was waiting for apply: dropped), or false
-- (nothing to cancel). A rerun queued behind a running item goes too.
function RT:cancel(tname, key)
  check_open(self, "rt:cancel")
  local id = K.type_key(self, "rt:cancel", tname, key).id
  return CANCELS[api.cancel(self._c, id, key, #key)]
end

-- rt:wait(type, key, timeout_s) -> the key's state once it is "applied" or
-- "failed", "unknown" if it is nowhere (never enqueued, canceled, dropped
-- as stale), or the state it was in when timeout_s passed. Pumps the
-- render thread's work meanwhile (for tools and tests, like rt:drain).
function RT:wait(tname, key, timeout_s)
  check_open(self, "rt:wait")
  local id = K.type_key(self, "rt:wait", tname, key).id
  if type(timeout_s) ~= "number" or not (timeout_s >= 0 and timeout_s <= 1e9) then
    error(fmt("rt:wait('%s', '%s'): timeout must be a number of seconds from 0 to 1e9, got %s",
      tname, key, tostring(timeout_s)), 2)
  end
  local c = self._c
  local deadline = tonumber(now_ns()) + timeout_s * 1e9
  local pump = K.pump
  -- pump notes the key's outcome as it ends it: a burst of other results
  -- cannot push it out of the recent outcomes before it is read.
  local saved_id, saved_key, saved_seen = self._wait_id, self._wait_key, self._wait_seen
  self._wait_id, self._wait_key, self._wait_seen = id, key, nil
  local st
  while true do
    pump(self, math.huge, 2^52, 2^31, 0)
    st = self._wait_seen or STATES[api.key_state(c, id, key, #key)]
    if st == "applied" or st == "failed" or st == "unknown" or self._closed then break end
    local remain = (deadline - tonumber(now_ns())) / 1e9
    if remain <= 0 then break end
    -- As rt:drain: with a live GPU, commit again every 2 ms (ring space
    -- comes back only when this thread retires fences).
    if self._gpu_live then remain = math.min(remain, 0.002) end
    -- Wakes when a result waits for this thread; bounded so a key stuck
    -- behind a pause still returns by the deadline.
    api.wait(c, math.min(remain, 0.05), 1)
  end
  self._wait_id, self._wait_key, self._wait_seen = saved_id, saved_key, saved_seen
  return st
end

-- rt:pause(): no new item is admitted (running ones finish and their
-- results still reach rt:pump; queued ones stay queued). Returns at once.
-- rt:resume() lets admission go on. rt:close still finishes queued work
-- (unless close { cancel = true }).
function RT:pause()
  check_open(self, "rt:pause")
  api.pause(self._c, 1)
end

function RT:resume()
  check_open(self, "rt:resume")
  api.pause(self._c, 0)
end

function RT:paused()
  return not self._closed and api.paused(self._c) ~= 0
end
