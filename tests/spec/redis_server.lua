-- tests/spec/redis_server.lua: a private redis-server for the farm tests
-- and the farm benchmark. One process on a loopback port (and a Unix
-- socket), no persistence (--save '' --appendonly no), its files in a fresh
-- directory; stopped by its PID. Every wait is bounded.
--
--   local redis_server = require "redis_server"   (tests/spec is on LUA_PATH)
--   local s = redis_server.start()   -> { url, port, sock, pid, dir }
--   s:queue(name)                    -> "redis://127.0.0.1:PORT/name"
--   s:cli(args)                      -> redis-cli output (args shell-quoted by the caller)
--   s:stop()                         (SIGTERM, then SIGKILL after 5 s)
--   s:pause() / s:resume()           (SIGSTOP / SIGCONT: a hung server)
local M = {}

local function sh(cmd)
  local p = io.popen(cmd .. " 2>/dev/null")
  local out = p:read("*a")
  p:close()
  return out
end

local function q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local function alive(pid) return os.execute("kill -0 " .. pid .. " 2>/dev/null") == 0 end

local function now() return tonumber(sh("date +%s.%N")) end

function M.binary()
  for _, p in ipairs { "/usr/bin/redis-server", "/usr/sbin/redis-server" } do
    local f = io.open(p)
    if f then f:close() return p end
  end
  return nil
end

local S = {}
S.__index = S

-- redis_server.start([dir]) -> server, or nil and a message.
function M.start(dir)
  local bin = M.binary()
  if not bin then return nil, "redis-server is not installed (make deps installs redis-server)" end
  if not dir then
    dir = os.tmpname()
    os.remove(dir)
  end
  os.execute("mkdir -p " .. q(dir))
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 1000)
  local last = "no port tried"
  for _ = 1, 20 do
    local port = math.random(20000, 45000)
    local sock = dir .. "/redis.sock"
    local pid = tonumber(sh(("%s --port %d --bind 127.0.0.1 --unixsocket %s --save '' --appendonly no "
      .. "--dir %s --daemonize no --protected-mode yes --logfile %s >/dev/null 2>&1 & echo $!"):format(
      bin, port, q(sock), q(dir), q(dir .. "/redis.log"))))
    local t_end = now() + 5
    local up = false
    while now() < t_end do
      if not alive(pid) then break end -- the port was taken: another one
      if sh(("redis-cli -h 127.0.0.1 -p %d ping"):format(port)):match("PONG") then
        up = true
        break
      end
      os.execute("sleep 0.02")
    end
    if up then
      return setmetatable({ url = ("redis://127.0.0.1:%d"):format(port), port = port, sock = sock, pid = pid,
                            dir = dir }, S)
    end
    if alive(pid) then os.execute("kill -9 " .. pid) end
    last = sh("tail -n 3 " .. q(dir .. "/redis.log"))
  end
  return nil, "redis-server did not start: " .. last
end

function S:queue(name) return self.url .. "/" .. name end

function S:cli(args)
  return sh(("redis-cli -h 127.0.0.1 -p %d %s"):format(self.port, args))
end

function S:pause() os.execute("kill -STOP " .. self.pid) end
function S:resume() os.execute("kill -CONT " .. self.pid) end

function S:stop()
  if not self.pid then return end
  os.execute("kill -CONT " .. self.pid .. " 2>/dev/null; kill " .. self.pid .. " 2>/dev/null")
  local t_end = now() + 5
  while alive(self.pid) and now() < t_end do os.execute("sleep 0.02") end
  if alive(self.pid) then os.execute("kill -9 " .. self.pid) end
  self.pid = nil
end

return M
