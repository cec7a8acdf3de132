-- scripts/lib/deps.lua: shared modules for cache types, loaded so that both
-- hot reload and the disk cache see edits to them.
--
--   local deps = require "scripts.lib.deps"
--   local noise = deps.load "scripts.lib.noise"
--   kiln.artifact { name = "albedo", version = deps.version(1, noise), ... }
--
-- deps.load(name) runs the module's file afresh on every call instead of
-- returning package.loaded[name]: rt:load re-runs a type script in every
-- Lua state, and with a plain require the states would keep the module
-- they loaded first. It also records a hash of the module's source, folded
-- with the hashes of the modules it deps.loads itself. deps.version(v, ...)
-- mixes the hashes of the given modules into the type's version: kiln keys
-- cached artifacts by (type, version, type script), so an edit to a shared
-- module changes the version of every type that uses it and artifacts made
-- by the old code are never served. Modules are found with package.path,
-- i.e. relative to the current directory: run kiln from the repo root.
local bit = require "bit"

local deps = {}
local hashes = setmetatable({}, { __mode = "k" }) -- module table -> source hash
local stack = {} -- frames of the deps.load calls running now

-- FNV-1a, 32-bit, over a string (bytes), exact in doubles via bit ops.
local function fnv(s, h)
  h = h or 0x811c9dc5
  for i = 1, #s do
    h = bit.bxor(h, s:byte(i))
    -- h * 16777619 = h * 2^24 + h * 403 (each part exact below 2^53)
    h = bit.tobit(bit.lshift(h, 24) + h * 403)
  end
  return h
end

local function fold(a, b) return fnv(tostring(b), a) end

-- deps.load(name) -> the module's value (normally a table).
function deps.load(name)
  if type(name) ~= "string" then error("deps.load: expected a module name, got " .. type(name), 2) end
  local path, err = package.searchpath(name, package.path)
  if not path then error("deps.load: module '" .. name .. "' not found:" .. err, 2) end
  local f, e = io.open(path, "rb")
  if not f then error("deps.load: " .. e, 2) end
  local src = f:read("*a")
  f:close()
  local chunk, cerr = loadstring(src, "@" .. path)
  if not chunk then error(cerr, 0) end -- "scripts/lib/x.lua:12: ..."
  local frame = { h = fnv(src) }
  stack[#stack + 1] = frame
  local ok, mod = pcall(chunk, name)
  stack[#stack] = nil
  if not ok then error(mod, 0) end
  if type(mod) ~= "table" then
    error(("deps.load: %s returned %s, not a module table"):format(path, type(mod)), 2)
  end
  hashes[mod] = frame.h
  local parent = stack[#stack]
  if parent then parent.h = fold(parent.h, frame.h) end
  return mod
end

-- deps.version(v, mod...) -> v with the source hashes of the modules mixed
-- in, as an integer 0..2^32-1 (what kiln.artifact's version accepts).
function deps.version(v, ...)
  local h = fnv(tostring(v))
  for i = 1, select("#", ...) do
    local m = select(i, ...)
    local mh = hashes[m]
    if not mh then error("deps.version: argument #" .. (i + 1) .. " was not loaded with deps.load", 2) end
    h = fold(h, mh)
  end
  return h % 4294967296
end

return deps
