-- Small helpers the specs share (require "helpers"; tests/spec is on
-- LUA_PATH).
local M = {}

-- A new empty directory under /tmp.
function M.tmpdir()
  local p = os.tmpname()
  os.remove(p)
  assert(os.execute("mkdir -p " .. p) == 0)
  return p
end

-- A file's bytes, or "" when it cannot be opened (a log not written yet,
-- a /proc entry of a process that is gone).
function M.read(path)
  local f = io.open(path, "rb")
  if not f then return "" end
  local s = f:read("*a")
  f:close()
  return s
end

-- Runs a shell command; returns its output (stdout and stderr) and exit code.
function M.run(cmd)
  local p = io.popen("{ " .. cmd .. " ; } 2>&1; echo \"rc=$?\"")
  local out = p:read("*a")
  p:close()
  return out, tonumber(out:match("rc=(%d+)%s*$"))
end

-- rt:errors() by key (the last error of each key).
function M.errors_by_key(rt)
  local m = {}
  for _, e in ipairs(rt:errors()) do m[e.key] = e end
  return m
end

-- Waits until cond() holds, at most secs seconds (default 10); returns
-- whether it did. Tests wait on a counter this way, never on a bare sleep.
function M.wait_until(cond, secs)
  local now = require("kiln")._now
  local t_end = now() + (secs or 10)
  while not cond() do
    if now() >= t_end then return false end
    os.execute("sleep 0.01")
  end
  return true
end

-- A path for a gate file that does not exist yet (fixtures wait on it).
function M.gate_path()
  local p = os.tmpname()
  os.remove(p)
  return p
end

function M.open_gate(p)
  local f = assert(io.open(p, "wb"))
  f:close()
end

-- Shell-quotes s.
function M.q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- Count and bytes of the artifact files under dir.
function M.files_in(dir)
  local n, bytes = 0, 0
  local p = io.popen("find " .. M.q(dir) .. " -name '*.kiln' -type f -printf '%s\\n'")
  for l in p:lines() do
    n = n + 1
    bytes = bytes + tonumber(l)
  end
  p:close()
  return n, bytes
end

-- Every enqueue ended in exactly one counter, in total and per type.
-- Returns rt:stats().
function M.assert_invariant(rt)
  local assert = require "luassert" -- busted's, not the global of this module
  local s = rt:stats()
  assert.are.equal(s.enqueued, s.completed + s.failed + s.stale_dropped + s.coalesced + s.canceled,
    "total counters")
  for name, t in pairs(s.types) do
    assert.are.equal(t.enqueued, t.completed + t.failed + t.stale_dropped + t.coalesced + t.canceled,
      "type " .. name .. ": enqueued " .. t.enqueued .. " completed " .. t.completed .. " failed "
        .. t.failed .. " stale " .. t.stale_dropped .. " coalesced " .. t.coalesced .. " canceled "
        .. t.canceled)
  end
  return s
end

-- Waits (at most secs, default 10) until rt:state(ty, key) reads want.
function M.state_is(rt, ty, key, want, secs)
  return M.wait_until(function() return rt:state(ty, key) == want end, secs or 10)
end

return M
