-- tests/spec/webdav.lua: a private nginx with its WebDAV module, for
-- the shared-cache tests. One process (master_process off), on a loopback
-- port, with its config, storage, temp files and logs in a fresh
-- directory; stopped by its PID. Every wait is bounded.
--
--   local webdav = require "webdav"   (tests/spec is on LUA_PATH)
--   local s = webdav.start()          -> { url, port, pid, dir, data }
--   s:stop()                          (SIGTERM, then SIGKILL after 5 s)
--   s:pause() / s:resume()            (SIGSTOP / SIGCONT: a hung server)
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

-- The nginx binary (Debian's nginx-light has the DAV module built in).
function M.binary()
  for _, p in ipairs { "/usr/sbin/nginx", "/usr/bin/nginx" } do
    local f = io.open(p)
    if f then f:close() return p end
  end
  return nil
end

local CONF = [[
master_process off;
daemon off;
worker_processes 1;
pid %s/nginx.pid;
error_log %s/error.log warn;
events { worker_connections 256; }
http {
  access_log %s/access.log;
  client_body_temp_path %s/tmp/body;
  proxy_temp_path %s/tmp/proxy;
  fastcgi_temp_path %s/tmp/fastcgi;
  uwsgi_temp_path %s/tmp/uwsgi;
  scgi_temp_path %s/tmp/scgi;
  client_max_body_size 1g;
  server {
    listen 127.0.0.1:%d;
    root %s/data;
    location / {
      dav_methods PUT DELETE;
      create_full_put_path on;
      dav_access user:rw group:r all:r;
    }
  }
}
]]

local S = {}
S.__index = S

-- webdav.start([dir]) -> server, or nil and a message.
function M.start(dir)
  local bin = M.binary()
  if not bin then return nil, "nginx is not installed (make deps installs nginx-light)" end
  if not dir then
    dir = os.tmpname()
    os.remove(dir)
  end
  os.execute("mkdir -p " .. q(dir .. "/data") .. " " .. q(dir .. "/tmp"))
  local last = "no port tried"
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 1000)
  for _ = 1, 20 do
    local port = math.random(20000, 45000)
    local f = assert(io.open(dir .. "/nginx.conf", "w"))
    f:write(CONF:format(dir, dir, dir, dir, dir, dir, dir, dir, port, dir))
    f:close()
    local pid = tonumber(sh(("%s -p %s -c %s -e %s >>%s 2>&1 & echo $!"):format(bin, q(dir), q(dir .. "/nginx.conf"),
      q(dir .. "/error.log"), q(dir .. "/stdout.log"))))
    local t_end = now() + 5
    local up = false
    while now() < t_end do
      if not alive(pid) then break end -- the port was taken: another one
      if sh(("curl -s -o /dev/null -w '%%{http_code}' --max-time 1 http://127.0.0.1:%d/"):format(port)):match("^%d%d%d$") then
        up = true
        break
      end
      os.execute("sleep 0.02")
    end
    if up then
      return setmetatable({ url = ("http://127.0.0.1:%d"):format(port), port = port, pid = pid, dir = dir,
                            data = dir .. "/data" }, S)
    end
    if alive(pid) then os.execute("kill -9 " .. pid) end
    last = sh("tail -n 3 " .. q(dir .. "/error.log"))
  end
  return nil, "nginx did not start: " .. last
end

function S:pause() os.execute("kill -STOP " .. self.pid) end
function S:resume() os.execute("kill -CONT " .. self.pid) end

function S:stop()
  if not self.pid then return end
  os.execute("kill -CONT " .. self.pid .. " 2>/dev/null; kill " .. self.pid .. " 2>/dev/null")
  local t_end = now() + 5
  while alive(self.pid) and now() < t_end do os.execute("sleep 0.02") end
  if alive(self.pid) then os.execute("kill -9 " .. self.pid) end
  -- Reap: the shell that started it has exited; the process is ours only
  -- until it is gone.
  self.pid = nil
end

-- The objects stored: paths under data (sorted).
function S:objects()
  local t = {}
  local p = io.popen("cd " .. q(self.data) .. " && find . -type f | sort")
  for l in p:lines() do t[#t + 1] = l:sub(3) end
  p:close()
  return t
end

return M
