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

return M
