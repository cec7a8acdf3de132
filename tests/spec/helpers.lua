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

return M
