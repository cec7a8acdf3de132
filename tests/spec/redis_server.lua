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
local P = require "server_proc"
local M = {}
local sh, q = P.sh, P.q

function M.binary()
  for _, p in ipairs { "/usr/bin/redis-server", "/usr/sbin/redis-server" } do
    local f = io.open(p)
    if f then f:close() return p end
  end
  return nil
end

local S = setmetatable({}, { __index = P.methods })
S.__index = S

-- redis_server.start([dir]) -> server, or nil and a message.
function M.start(dir)
  local bin = M.binary()
  if not bin then return nil, "redis-server is not installed (make deps installs redis-server)" end
  dir = P.dir(dir)
  local sock = dir .. "/redis.sock"
  local pid, port = P.launch {
    log = dir .. "/redis.log",
    command = function(port)
      return ("%s --port %d --bind 127.0.0.1 --unixsocket %s --save '' --appendonly no "
        .. "--dir %s --daemonize no --protected-mode yes --logfile %s >/dev/null 2>&1"):format(
        bin, port, q(sock), q(dir), q(dir .. "/redis.log"))
    end,
    ready = function(port)
      return sh(("redis-cli -h 127.0.0.1 -p %d ping"):format(port)):match("PONG") ~= nil
    end,
  }
  if not pid then return nil, "redis-server did not start: " .. port end
  return setmetatable({ url = ("redis://127.0.0.1:%d"):format(port), port = port, sock = sock, pid = pid,
                        dir = dir }, S)
end

function S:queue(name) return self.url .. "/" .. name end

function S:cli(args)
  return sh(("redis-cli -h 127.0.0.1 -p %d %s"):format(self.port, args))
end

return M
