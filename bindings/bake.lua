-- build/kiln bake: bakes a set of artifacts into the cache without a window.
--   kiln bake SCRIPT --type T (--keys FILE | --range A..B) [--workers N] [--force]
--                    [--cache DIR] [--args LUA_EXPR]
--                    [--remote URL [--remote-mode M] [--remote-namespace NS]]
-- With a shared cache (--remote, or $KILN_REMOTE), the keys the local cache
-- lacks are checked against it first, in one batch of parallel HEADs; the
-- workers fetch what it has and compute the rest, and (readwrite) close
-- waits until what they computed is uploaded.
-- Progress: a bar on a terminal, plain periodic lines otherwise; a summary
-- at the end; exit 1 when any item failed (each failure listed), 2 on
-- usage errors.
local kiln = require "kiln"
local ffi = require "ffi"
pcall(ffi.cdef, "int isatty(int fd);")

local argv = { ... }
local USAGE = "usage: kiln bake SCRIPT --type T (--keys FILE | --range A..B) [--workers N] [--force]\n"
  .. "                 [--cache DIR] [--args LUA_EXPR]\n"
  .. "                 [--remote URL [--remote-mode read|readwrite] [--remote-namespace NS]]\n"
  .. "                 [--queue redis://HOST[:PORT]/NAME [--max-deliveries N] [--timeout S]]\n"

local function usage_error(msg)
  io.stderr:write("kiln bake: ", msg, "\n", USAGE)
  os.exit(2)
end

local MAX_KEYS = 10000000 -- one bake's keys are held in memory
local opt = { workers = 2, force = false, cache = ".kiln-cache" }
local i = 1
while i <= #argv do
  local a = argv[i]
  local function value()
    i = i + 1
    if argv[i] == nil then usage_error(a .. " needs a value") end
    return argv[i]
  end
  if a == "--type" then opt.type = value()
  elseif a == "--keys" then opt.keys = value()
  elseif a == "--range" then opt.range = value()
  elseif a == "--workers" then opt.workers = tonumber(value()) or usage_error("--workers needs a number")
  elseif a == "--cache" then opt.cache = value()
  elseif a == "--args" then opt.args = value()
  elseif a == "--force" then opt.force = true
  elseif a == "--remote" then opt.remote = value()
  elseif a == "--remote-mode" then opt.remote_mode = value()
  elseif a == "--remote-namespace" then opt.remote_ns = value()
  elseif a == "--queue" or a == "--timeout" or a == "--max-deliveries" then opt[a:sub(3)] = value() -- farm
  elseif a:sub(1, 2) == "--" then usage_error("unknown option " .. a)
  elseif not opt.script then opt.script = a
  else usage_error("unexpected argument " .. a) end
  i = i + 1
end
if not opt.script then usage_error("missing SCRIPT") end
if not opt.type then usage_error("missing --type") end
if opt.workers ~= math.floor(opt.workers) or opt.workers < 1 or opt.workers > 256 then
  usage_error("--workers must be an integer from 1 to 256, got " .. tostring(opt.workers))
end
do -- a script that is not there is a usage error, not a failed bake
  local f = io.open(opt.script, "r")
  if not f then usage_error("cannot open SCRIPT '" .. opt.script .. "'") end
  f:close()
end
if (opt.keys == nil) == (opt.range == nil) then usage_error("give exactly one of --keys and --range") end
if (opt.remote_mode or opt.remote_ns) and not opt.remote and not os.getenv("KILN_REMOTE") then
  usage_error("--remote-mode and --remote-namespace need --remote URL (or $KILN_REMOTE)")
end
if opt.remote_mode and opt.remote_mode ~= "read" and opt.remote_mode ~= "readwrite" then
  usage_error("--remote-mode must be read or readwrite, got " .. opt.remote_mode)
end

-- The keys, and the args each item gets.
local keys, key_args = {}, {}
if opt.range then
  local a, b = opt.range:match("^(%-?%d+)%.%.(%-?%d+)$")
  if not a then usage_error("--range must look like A..B, got " .. opt.range) end
  local lo, hi = tonumber(a), tonumber(b)
  if hi - lo + 1 > MAX_KEYS or lo ~= math.floor(lo) or hi ~= math.floor(hi) or math.abs(lo) >= 2^53
    or math.abs(hi) >= 2^53 then
    usage_error(("--range %s holds more than %d keys; bake it in parts"):format(opt.range, MAX_KEYS))
  end
  for n = lo, hi do keys[#keys + 1] = tostring(n); key_args[#keys] = n end
else
  local f, err = io.stdin, nil
  if opt.keys ~= "-" then f, err = io.open(opt.keys, "r") end
  if not f then usage_error("--keys: " .. tostring(err)) end
  -- A directory opens on Linux and fails on the first read: say so.
  local ok, rerr = pcall(function()
    for line in f:lines() do
      if line:match("%S") then keys[#keys + 1] = line end
    end
  end)
  if f ~= io.stdin then f:close() end
  if not ok then usage_error(("--keys: cannot read '%s': %s"):format(opt.keys, tostring(rerr):gsub("^.-:%d+: ", ""))) end
end
if #keys == 0 then usage_error("no keys to bake") end
local common_args
if opt.args then
  local chunk, err = loadstring("return " .. opt.args, "=--args")
  if not chunk then usage_error("--args: " .. err) end
  local ok, v = pcall(setfenv(chunk, { math = math, string = string }))
  if not ok then usage_error("--args: " .. tostring(v)) end
  common_args = v
end
if opt.queue then return require("kiln.farm").plan(opt, keys, key_args) end -- farm: bindings/farm.lua
if opt.timeout or opt["max-deliveries"] then usage_error("--timeout and --max-deliveries need --queue") end

-- The remote: --remote, else $KILN_REMOTE (the runtime reads it); a tool
-- has no render thread, so its main thread may wait on the network.
local remote = kiln._tool_remote(opt.remote, opt.remote_mode, opt.remote_ns)
local rok, rt = pcall(kiln.runtime, { workers = opt.workers, cache_dir = opt.cache, gpu_backend = "none",
                                      remote = remote })
if not rok then usage_error(tostring(rt):gsub("^kiln%.runtime: ", "")) end
local ok, err = pcall(rt.load, rt, opt.script)
if not ok then
  io.stderr:write("kiln bake: ", tostring(err), "\n")
  os.exit(1)
end
if not rt._byname[opt.type] then
  local names = {}
  for n in pairs(rt._byname) do names[#names + 1] = n end
  table.sort(names)
  io.stderr:write(("kiln bake: %s declares no type '%s' (types: %s)\n"):format(opt.script, opt.type,
    #names > 0 and table.concat(names, ", ") or "none"))
  os.exit(1)
end

local clock = kiln._now
local t0 = clock()
if remote and not opt.force then
  -- One batch of HEADs for the keys the local cache lacks: the count says
  -- how much of the bake the team already has.
  local want, uniq, nlocal = {}, {}, 0
  for _, key in ipairs(keys) do
    if not uniq[key] then
      uniq[key] = true
      if rt:cached(opt.type, key) then nlocal = nlocal + 1 else want[#want + 1] = key end
    end
  end
  local have = 0
  for a = 1, #want, 4096 do
    local part = {}
    for b = a, math.min(#want, a + 4095) do part[#part + 1] = want[b] end
    for _, v in ipairs(rt:remote_has(opt.type, part)) do
      if v == true then have = have + 1 end
    end
  end
  print(("remote: %d of %d keys shared (%d cached locally) at %s"):format(have, #want, nlocal,
    kiln._shown_url(remote.url)))
end
local from_cache, total = 0, 0
local seen = {}
for n, key in ipairs(keys) do
  if not seen[key] then
    seen[key] = true
    total = total + 1
    local eok, r = pcall(rt.enqueue, rt, opt.type, key, { args = common_args or key_args[n], force = opt.force })
    if not eok then
      io.stderr:write("kiln bake: ", tostring(r), "\n")
      if opt.range and not opt.args then
        io.stderr:write("kiln bake: --range gives each item its number as args; give --args if the type expects other args\n")
      end
      rt:close { cancel = true }
      os.exit(1)
    end
    if r == "cached" then from_cache = from_cache + 1 end
  end
end

local tty = ffi.C.isatty(1) == 1
local function progress(final)
  local s = rt:stats()
  local done = s.completed + s.failed
  local secs = clock() - t0
  local rate = secs > 0 and done / secs or 0
  local eta = rate > 0 and (total - done) / rate or 0
  if tty then
    local width = 30
    local fill = math.floor(width * done / total)
    io.stdout:write(("\r[%s%s] %d/%d  %.0f items/s  ETA %ds  failed %d%s"):format(
      ("#"):rep(fill), ("."):rep(width - fill), done, total, rate, math.ceil(eta), s.failed,
      final and "\n" or ""))
  else
    io.stdout:write(("bake: %d/%d done, %.0f items/s, ETA %ds, %d failed\n"):format(done, total,
      rate, math.ceil(eta), s.failed))
  end
  io.stdout:flush()
end

local interval = tty and 0.1 or 1.0
while not rt:drain(interval) do progress(false) end
progress(true)
local s = rt:stats()
local secs = clock() - t0
local errors = rt:errors()
rt:close() -- readwrite: waits for the uploads
print(("bake: %d items of type %s in %.2f s (%.0f items/s): %d computed, %d from cache, %d failed"):format(
  total, opt.type, secs, total / math.max(secs, 1e-9),
  total - from_cache - s.failed - (s.remote and s.remote.hits or 0), s.cache_hits, s.failed))
if s.remote then
  local r = rt:stats().remote
  print(("remote: %d fetched, %d bad, %d uploaded, %d upload(s) skipped, %d errors, breaker %s"):format(
    r.hits, r.bad, r.uploads, r.upload_skipped, r.errors, r.state))
end
if s.failed > 0 then
  for _, e in ipairs(errors) do
    io.stderr:write(("failed: %s '%s' (%s): %s\n"):format(e.type, e.key, e.stage, e.message))
  end
  if s.failed > #errors then
    io.stderr:write(("(%d more failures not kept)\n"):format(s.failed - #errors))
  end
  os.exit(1)
end
