-- The Lua half of the `kiln` module (compiled to bytecode into kiln.so and
-- build/kiln). It runs in the main state and in every worker state; the C
-- half (lkiln*.c) passes in the API table, the FFI declarations, the few
-- functions that need the Lua C API, and the other parts of this module,
-- one concept a file:
--   kiln_buffer    kiln.buffer and the buffer pool
--   kiln_value     the codec values cross Lua states with
--   kiln_artifact  kiln.artifact and running type scripts
--   kiln_ctx       the ctx a callback is handed
--   kiln_disk      ctx:write_disk
--   kiln_gpu       ctx:stage_texture and the render thread's GL calls
--   kiln_worker    the worker thread's loop and one item's run
--   kiln_runtime   kiln.runtime, rt:load, rt:enqueue, rt:close...
--   kiln_pump      rt:pump, on_error, rt:drain
--   kiln_control   rt:state, rt:cancel, rt:wait, rt:pause
--   kiln_cache     rt:cached, rt:evict, rt:clear, rt:store
--   kiln_stats     rt:stats
--   kiln_image     kiln.image: PNG, resize, mips, block compression
-- Each part gets K, the module's private table, and fills it in for the
-- parts after it.
local api_lud, cdefs, CF, parts = ...

local ffi = require "ffi"
if not pcall(ffi.typeof, "kiln_api") then ffi.cdef(cdefs) end
local api = ffi.cast("const kiln_api *", api_lud)

local kiln = { version = "0.1.0" }
local K = { ffi = ffi, api = api, CF = CF }

-- Stages and statuses mirror runtime/scheduler.h.
K.S = { QUEUE = 0, COMPUTE = 1, OUTPUT = 2, APPLY = 3, LOAD = 4, DISK = 5, UPLOAD = 6 }
K.STAGE_NAMES = { [0] = "queue", "compute", "output", "apply", "load", "disk", "upload" }
K.ST = { OK = 1, FAILED = 2, STALE = 3, CANCELED = 4 }
K.FLAG_FROM_CACHE, K.FLAG_FORCE = 1, 2
K.KEY_MAX = 65536 -- KILN_DISK_KEY_MAX: the cache stores the key with the artifact
K.KEY_RING = 16384 -- slots of a runtime's key ring (kiln_runtime.lua), a power of two
K.table_new = require("table.new")

K.errbuf = ffi.new("char[512]")
K.blob = ffi.new("kiln_blob")
K.lenbox = ffi.new("size_t[1]")
K.resbox = ffi.new("int[1]")

function K.now_ns() return api.now_ns() end

-- Monotonic seconds, for tools (bake, benchmarks).
function kiln._now() return tonumber(api.now_ns()) / 1e9 end

-- The xpcall handler of script callbacks: message and traceback.
function K.on_err(m)
  local t = type(m)
  if t ~= "string" and t ~= "number" then
    -- As lua.c words it; a table with __tostring says what it holds.
    local mt = getmetatable(m)
    m = mt and mt.__tostring and tostring(m) or "(error object is a " .. t .. " value)"
  end
  return { msg = tostring(m), tb = debug.traceback("", 2) }
end

-- Calls a C function that raises positionless errors; re-raises them at
-- the line of the user's call.
function K.ccall(f, ...)
  local ok, a = pcall(f, ...)
  if not ok then error(a, 3) end
  return a
end

function K.check_open(self, what)
  if self._closed then error(what .. ": the runtime is closed", 3) end
end

local function num(v)
  if v == math.floor(v) and v > -2^53 and v < 2^53 then return string.format("%d", v) end
  return tostring(v)
end

-- Checks an options table: spec maps each option to its Lua type, or to
-- { lo, hi [, int = true] } for a number in that range (NaN never is).
-- Raises at the caller's caller, naming where and the option.
function K.check_opts(where, opts, spec)
  if type(opts) ~= "table" then
    error(string.format("%s: options must be a table, got %s", where, type(opts)), 3)
  end
  for k, v in pairs(opts) do
    local want = spec[k]
    if want == nil then
      local names = {}
      for n in pairs(spec) do names[#names + 1] = n end
      table.sort(names)
      error(string.format("%s: unknown option '%s' (options: %s)", where, tostring(k),
        table.concat(names, ", ")), 3)
    end
    if type(want) == "table" then
      if type(v) ~= "number" then
        error(string.format("%s: option '%s' must be a number, got %s", where, k, type(v)), 3)
      end
      if not (v >= want[1] and v <= want[2]) or (want.int and v ~= math.floor(v)) then
        error(string.format("%s: option '%s' must be %s from %s to %s, got %s", where, k,
          want.int and "an integer" or "a number", num(want[1]), num(want[2]), num(v)), 3)
      end
    elseif want ~= true and type(v) ~= want then
      error(string.format("%s: option '%s' must be a %s, got %s", where, k, want, type(v)), 3)
    end
  end
  return opts
end

-- rt.session is a plain field: only rt:bump_session (this thread) moves it.
K.RT = {}
K.RT_mt = {
  __index = K.RT,
  __tostring = function(self) return string.format("kiln.runtime (%s)", self._closed and "closed" or "open") end,
}

for _, name in ipairs { "buffer", "value", "artifact", "ctx", "disk", "gpu", "worker", "runtime",
                        "pump", "control", "cache", "stats", "image" } do
  parts[name](K, kiln)
end

return kiln
