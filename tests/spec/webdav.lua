-- tests/spec/webdav.lua: a private nginx with its WebDAV module, for
-- the shared-cache tests. One process (master_process off), on a loopback
-- port, with its config, storage, temp files and logs in a fresh
-- directory; stopped by its PID. Every wait is bounded.
--
--   local webdav = require "webdav"   (tests/spec is on LUA_PATH)
--   local s = webdav.start()          -> { url, port, pid, dir, data }
--   s:stop()                          (SIGTERM, then SIGKILL after 5 s)
--   s:pause() / s:resume()            (SIGSTOP / SIGCONT: a hung server)
local P = require "server_proc"
local M = {}
local sh, q = P.sh, P.q

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

local S = setmetatable({}, { __index = P.methods })
S.__index = S

-- webdav.start([dir]) -> server, or nil and a message.
function M.start(dir)
  local bin = M.binary()
  if not bin then return nil, "nginx is not installed (make deps installs nginx-light)" end
  dir = P.dir(dir)
  os.execute("mkdir -p " .. q(dir .. "/data") .. " " .. q(dir .. "/tmp"))
  local pid, port = P.launch {
    log = dir .. "/error.log",
    command = function(port)
      local f = assert(io.open(dir .. "/nginx.conf", "w"))
      f:write(CONF:format(dir, dir, dir, dir, dir, dir, dir, dir, port, dir))
      f:close()
      return ("%s -p %s -c %s -e %s >>%s 2>&1"):format(bin, q(dir), q(dir .. "/nginx.conf"),
        q(dir .. "/error.log"), q(dir .. "/stdout.log"))
    end,
    ready = function(port) -- any HTTP answer; curl says 000 when nothing answers
      return sh(("curl -s -o /dev/null -w '%%{http_code}' --max-time 1 http://127.0.0.1:%d/"):format(port))
        :match("^[1-5]%d%d$") ~= nil
    end,
  }
  if not pid then return nil, "nginx did not start: " .. port end
  return setmetatable({ url = ("http://127.0.0.1:%d"):format(port), port = port, pid = pid, dir = dir,
                        data = dir .. "/data" }, S)
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
