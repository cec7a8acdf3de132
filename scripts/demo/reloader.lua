-- scripts/demo/reloader.lua: hot reload of cache type scripts.
--
--   local reloader = require "scripts.demo.reloader"
--   local r = reloader.new { rt = rt, watch = kiln.watch { "scripts" }, types = "scripts/types" }
--   r:load_all()              -- every *.lua under `types`, sorted
--   local ev = r:poll()       -- once per frame: never blocks
--   if ev.reloaded then rt:bump_session() ... re-enqueue ... end
--
-- A changed type script is loaded again with rt:load, which runs it in the
-- main state first: a syntax or load-time error raises there, before any
-- type is re-registered or any worker sees the file, so the previous
-- version keeps running and the error (file:line) lands in r.errors[path].
-- A changed shared module (any other file under `lib`) reloads every type
-- script, since types pull modules in with deps.load. Modules loaded with a
-- plain require (host.lua, deps.lua, clock.lua) and the scene itself cannot
-- be swapped under a running program: a change to them is reported as
-- "restart to apply".
local M = {}
local R = {}
R.__index = R

local RESTART_ONLY = { ["host.lua"] = true, ["deps.lua"] = true, ["clock.lua"] = true }

-- The first line of an error: "file:line: message" without the traceback.
local function first_line(e)
  e = tostring(e)
  return (e:match("^([^\n]*)") or e)
end
M.first_line = first_line

local function under(path, dir)
  return dir and path:sub(1, #dir + 1) == dir .. "/"
end

-- opts: rt, watch, types (dir), lib (dir, default "scripts/lib"), now (ms
-- clock), begin/commit/abort (called around each rt:load: commit(path,
-- names) on success, abort(path, err) on failure), on_note(text, is_error)
-- for each event also kept in r.log.
function M.new(opts)
  assert(opts.rt and opts.watch and opts.types, "reloader.new: rt, watch and types are required")
  local self = setmetatable({
    rt = opts.rt, watch = opts.watch, types = opts.types:gsub("/+$", ""),
    lib = (opts.lib or "scripts/lib"):gsub("/+$", ""),
    now = opts.now or os.clock, begin = opts.begin, commit = opts.commit, abort = opts.abort,
    on_note = opts.on_note,
    files = {},   -- path -> { names = {...} } of the version running now
    errors = {},  -- path -> first line of its last load error (cleared by a good load)
    log = {},     -- recent events, newest last: { t =, text =, err = bool }
    reloads = 0, failures = 0,
  }, R)
  return self
end

function R:note(text, err)
  local log = self.log
  log[#log + 1] = { t = self.now(), text = text, err = err and true or false }
  if #log > 8 then table.remove(log, 1) end
  if self.on_note then self.on_note(text, err) end
end

-- r:load(path) -> true, names | false, message. Keeps the old version on failure.
function R:load(path)
  if self.begin then self.begin(path) end
  local ok, res = pcall(self.rt.load, self.rt, path)
  if ok then
    self.files[path] = { names = res }
    self.errors[path] = nil
    if self.commit then self.commit(path, res) end
    return true, res
  end
  local msg = first_line(res)
  self.errors[path] = msg
  self.failures = self.failures + 1
  if self.abort then self.abort(path, msg) end
  return false, msg
end

-- The type scripts present now: the watcher's listing under `types`.
function R:type_files()
  local out = {}
  for _, p in ipairs(self.watch:files()) do
    if under(p, self.types) then out[#out + 1] = p end
  end
  return out
end

-- r:load_all() -> the type names loaded.
function R:load_all()
  local names = {}
  for _, p in ipairs(self:type_files()) do
    local ok, res = self:load(p)
    if ok then
      for _, n in ipairs(res) do names[#names + 1] = n end
    else
      self:note("load failed: " .. res, true)
    end
  end
  return names
end

-- r:poll() -> { reloaded = { [type] = true } or nil, lib = bool, restart = { path... } }
function R:poll()
  local changes = self.watch:changes()
  local ev = { restart = {} }
  if #changes == 0 and not changes.overflow then return ev end
  local todo, all = {}, changes.overflow
  for _, p in ipairs(changes) do
    local base = p:match("([^/]+)$")
    if under(p, self.types) then
      todo[#todo + 1] = p
    elseif under(p, self.lib) and not RESTART_ONLY[base] then
      all = true
      ev.lib = true
    else
      ev.restart[#ev.restart + 1] = p
      self:note("changed " .. p .. ": restart the scene to apply it")
    end
  end
  if all then todo = self:type_files() end
  local seen = {}
  for _, p in ipairs(todo) do
    if not seen[p] then
      seen[p] = true
      local ok, res = self:load(p)
      if ok then
        self.reloads = self.reloads + 1
        ev.reloaded = ev.reloaded or {}
        for _, n in ipairs(res) do ev.reloaded[n] = true end
        self:note(("reloaded %s (%s)"):format(p, table.concat(res, ", ")))
      else
        self:note("reload failed, previous version kept: " .. res, true)
      end
    end
  end
  return ev
end

return M
