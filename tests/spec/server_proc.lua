-- tests/spec/server_proc.lua: what the private test servers (webdav.lua:
-- nginx, redis_server.lua: redis-server) share: starting one process on a
-- random loopback port until one is free, waiting (bounded) until it
-- answers, and stopping, pausing and resuming it by its PID.
local M = {}

function M.sh(cmd)
  local p = io.popen(cmd .. " 2>/dev/null")
  local out = p:read("*a")
  p:close()
  return out
end

function M.q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

function M.alive(pid) return os.execute("kill -0 " .. pid .. " 2>/dev/null") == 0 end

local function now() return tonumber(M.sh("date +%s.%N")) end

-- A fresh directory (or dir, created).
function M.dir(dir)
  if not dir then
    dir = os.tmpname()
    os.remove(dir)
  end
  os.execute("mkdir -p " .. M.q(dir))
  return dir
end

-- M.launch(spec) -> pid, port, or nil and the last log lines. spec:
--   command(port) -> a shell command that runs the server in the
--                    foreground (launch backgrounds it)
--   ready(port)   -> true once it answers
--   log           -> the file whose tail explains a failed start
-- Up to 20 ports, each given 5 s; a server that exits at once found its
-- port taken, and the next one is tried.
-- A port from /dev/urandom: reseeding math.random from the clock made two
-- servers started within a second pick the same port.
local function random_port()
  local f = io.open("/dev/urandom", "rb")
  local b = f and f:read(2)
  if f then f:close() end
  if not b or #b < 2 then return math.random(20000, 45000) end
  return 20000 + (b:byte(1) * 256 + b:byte(2)) % 25001
end

function M.launch(spec)
  local last = "no port tried"
  for _ = 1, 20 do
    local port = random_port()
    -- A port something already answers on is taken (by another test's
    -- server, say): the new server would fail to bind, and its readiness
    -- check would be answered by the other one.
    if spec.ready(port) then
      last = "port " .. port .. " was taken"
      goto next_port
    end
    do
    local pid = tonumber(M.sh(spec.command(port) .. " & echo $!"))
    local t_end = now() + 5
    while pid and now() < t_end do
      if not M.alive(pid) then break end
      if spec.ready(port) and M.alive(pid) then
        -- A watchdog: if this test process dies without stopping the
        -- server (a crash, a timeout's kill), the server goes too.
        -- $PPID is the process running this Lua (io.popen's sh is its child).
        M.sh(("(while kill -0 %d; do kill -0 $PPID || { kill -9 %d; break; }; sleep 1; done) "
          .. ">/dev/null 2>&1 &"):format(pid, pid))
        return pid, port
      end
      os.execute("sleep 0.02")
    end
    if pid and M.alive(pid) then os.execute("kill -9 " .. pid) end
    last = M.sh("tail -n 3 " .. M.q(spec.log))
    end
    ::next_port::
  end
  return nil, last
end

-- Methods for a server table holding pid.
M.methods = {}
function M.methods:pause() os.execute("kill -STOP " .. self.pid) end
function M.methods:resume() os.execute("kill -CONT " .. self.pid) end

-- SIGTERM (after a SIGCONT), then SIGKILL after 5 s.
function M.methods:stop()
  if not self.pid then return end
  os.execute("kill -CONT " .. self.pid .. " 2>/dev/null; kill " .. self.pid .. " 2>/dev/null")
  local t_end = now() + 5
  while M.alive(self.pid) and now() < t_end do os.execute("sleep 0.02") end
  if M.alive(self.pid) then os.execute("kill -9 " .. self.pid) end
  self.pid = nil
end

return M
