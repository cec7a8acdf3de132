-- The Lua half of the `kiln` module (compiled to bytecode into kiln.so and
-- build/kiln). It runs in the main state and in every worker state; the C
-- half (lkiln.c) passes in the API table, the FFI declarations and the few
-- functions that need the Lua C API.
local api_lud, cdefs, CF = ...

local ffi = require "ffi"
local bit = require "bit"
local sbuf = require "string.buffer"

if not pcall(ffi.typeof, "kiln_api") then ffi.cdef(cdefs) end
local api = ffi.cast("const kiln_api *", api_lud)

local type, pairs, next, tostring, tonumber, error, pcall, xpcall, select =
  type, pairs, next, tostring, tonumber, error, pcall, xpcall, select
local istype, ffi_string, ffi_gc = ffi.istype, ffi.string, ffi.gc
local fmt, concat = string.format, table.concat
local floor = math.floor
local traceback = debug.traceback

local kiln = { version = "0.1.0" }

-- Stages and statuses mirror runtime/scheduler.h.
local S_QUEUE, S_COMPUTE, S_OUTPUT, S_APPLY, S_LOAD, S_DISK, S_UPLOAD = 0, 1, 2, 3, 4, 5, 6
local STAGE_NAMES = { [0] = "queue", "compute", "output", "apply", "load", "disk", "upload" }
local ST_OK, ST_FAILED, ST_STALE, ST_CANCELED = 1, 2, 3, 4
local PL_NIL, PL_FALSE, PL_TRUE, PL_NUMBER, PL_STRING, PL_BUFFER, PL_ENCODED = 0, 1, 2, 3, 4, 5, 6
local FLAG_FROM_CACHE, FLAG_FORCE = 1, 2

local errbuf = ffi.new("char[512]")
local blob = ffi.new("kiln_blob")
local band = bit.band
local lenbox = ffi.new("size_t[1]")
local resbox = ffi.new("int[1]")

local function now_ns() return api.now_ns() end

-- Monotonic seconds, for tools (bake, benchmarks).
function kiln._now() return tonumber(api.now_ns()) / 1e9 end

---------------------------------------------------------------- buffers --

local buf_ct = ffi.typeof("kiln_buf")
local BUF_MOVED = 1 -- KILN_BUF_MOVED
local Buf = {}

local function is_buffer(v)
  return type(v) == "cdata" and istype(buf_ct, v)
end

local function check_live(b, what)
  if b.flags ~= 0 then
    error(what .. ": kiln.buffer was moved (buffers move, not copy, when they are returned "
      .. "from compute, passed in args or written with ctx:write_disk)", 3)
  end
end

function Buf.tostring(b, i, j)
  check_live(b, "buf:tostring")
  local n = tonumber(b.size)
  i = i or 1
  j = j or n
  if i < 1 then i = 1 end
  if j > n then j = n end
  if j < i then return "" end
  return ffi_string(b.data + (i - 1), j - i + 1)
end

function Buf.moved(b) return b.flags ~= 0 end

-- buf:free(): gives the memory back now instead of at garbage collection
-- (the GC does not see C memory, so big buffers can pile up between
-- cycles). The buffer then behaves as moved.
-- Takes a live buffer's bytes out: b is left moved, without a finalizer
-- (its memory is the caller's now). Returns the pointer and size.
local function take_bytes(b)
  local ptr, len = b.data, b.size
  b.data, b.size, b.flags = nil, 0, BUF_MOVED
  ffi_gc(b, nil)
  return ptr, len
end

function Buf.free(b)
  if b.flags == 0 then api.mem_free((take_bytes(b))) end
end

ffi.metatype(buf_ct, {
  __index = function(b, k)
    if k == "ptr" then
      check_live(b, "buf.ptr")
      return b.data
    end
    return Buf[k]
  end,
  __len = function(b) return tonumber(b.size) end,
  __tostring = function(b)
    return fmt("kiln.buffer(%d)%s", tonumber(b.size), b.flags ~= 0 and " (moved)" or "")
  end,
})

-- A buffer is a GC-owned struct holding C memory (runtime/mem.c): no
-- malloc for the struct. Its finalizer is dropped as soon as its memory
-- moves or is freed, so a moved buffer costs the GC nothing.
local function buf_fin(b)
  if b.data ~= nil then api.mem_free(b.data) end
end

local function new_buf(data, size, flags)
  local b = buf_ct()
  b.data, b.size, b.flags = data, size, flags
  if data ~= nil then ffi_gc(b, buf_fin) end
  return b
end

-- Moves buffer slot i (from 0) out of payload p.
local function take_buf(p, i)
  local pb = p.bufs[i]
  local b = new_buf(pb.data, pb.size, pb.moved ~= 0 and BUF_MOVED or 0)
  pb.data, pb.size = nil, 0
  return b
end

local function alloc_buf(n, what)
  local data = nil
  if n > 0 then
    data = api.mem_alloc(n)
    if data == nil then error(fmt("%s: out of memory (%d bytes)", what, n), 3) end
  end
  return new_buf(data, n, 0)
end

-- kiln.buffer(n) -> n zeroed bytes owned by C; kiln.buffer(n, false) -> n
-- bytes left as they are (for a compute that writes every byte);
-- kiln.buffer(s) -> a copy of s.
function kiln.buffer(n, zero)
  if type(n) == "string" then
    local s = n
    local b = alloc_buf(#s, "kiln.buffer")
    if #s > 0 then ffi.copy(b.data, s, #s) end
    return b
  end
  if type(n) ~= "number" or n < 0 or n ~= math.floor(n) or n > 2^40 then
    error("kiln.buffer: size must be a non-negative integer, got " .. tostring(n), 2)
  end
  if zero ~= nil and zero ~= false then
    error("kiln.buffer: the second argument may only be false (do not zero)", 2)
  end
  local b = alloc_buf(n, "kiln.buffer")
  if zero ~= false and n > 0 then ffi.fill(b.data, n) end
  return b
end

kiln.is_buffer = is_buffer

-- kiln.buffer_pool([{ limit = bytes }]) -> { cached, limit, reused, fresh }:
-- buffer memory above 2 KiB is recycled by size class (process-wide, any
-- thread), up to limit bytes held (default 64 MiB; 0 turns it off). A lower
-- limit frees cached memory down to it at once.
local memstats = ffi.new("kiln_memstats")
function kiln.buffer_pool(opts)
  if opts ~= nil then
    if type(opts) ~= "table" then
      error("kiln.buffer_pool: expected a table of options, got " .. type(opts), 2)
    end
    for k in pairs(opts) do
      if k ~= "limit" then
        error(fmt("kiln.buffer_pool: unknown option '%s' (options: limit)", tostring(k)), 2)
      end
    end
    local lim = opts.limit
    if lim ~= nil then
      if type(lim) ~= "number" or lim < 0 or lim ~= floor(lim) or lim > 2^48 then
        error("kiln.buffer_pool: option 'limit' must be a byte count (0 to 2^48), got "
          .. tostring(lim), 2)
      end
      api.mem_set_limit(lim)
    end
  end
  api.mem_stats(memstats)
  return { cached = tonumber(memstats.cached_bytes), limit = tonumber(memstats.limit),
           reused = tonumber(memstats.reused), fresh = tonumber(memstats.fresh) }
end

------------------------------------------------------------------ codec --
-- Values cross Lua states as payloads: scalars inline, strings as bytes,
-- a kiln.buffer by moving its memory, tables through LuaJIT's string.buffer
-- serializer with buffers swapped for placeholders and moved alongside.

local BUFKEY = "\0kiln.buffer"
local enc, dec = sbuf.new(), sbuf.new()
local i64_ct, u64_ct = ffi.typeof("int64_t"), ffi.typeof("uint64_t")
local pathk, onpath, found = {}, {}, {}

local function path_string(root, depth)
  local parts = { root }
  for i = 1, depth do
    local k = pathk[i]
    if type(k) == "string" and k:match("^[%a_][%w_]*$") then
      parts[#parts + 1] = "." .. k
    elseif type(k) == "string" then
      parts[#parts + 1] = fmt("[%q]", k)
    else
      parts[#parts + 1] = "[" .. tostring(k) .. "]"
    end
  end
  return concat(parts)
end

local function bad(root, depth, what)
  error(path_string(root, depth) .. " " .. what .. "; only nil, booleans, numbers, strings, "
    .. "tables of those and kiln buffers travel between Lua states", 0)
end

-- Checks v and returns it, or a copy with kiln buffers swapped for
-- placeholders (the caller's tables are never modified).
local function walk(v, depth, root)
  local tv = type(v)
  if tv == "table" then
    if onpath[v] then bad(root, depth, "refers back to an enclosing table (a cycle)") end
    if depth >= 64 then bad(root, depth, "nests deeper than 64 tables") end
    onpath[v] = true
    local copy
    for k, x in next, v do
      local tk = type(k)
      if tk ~= "string" and tk ~= "number" and tk ~= "boolean" then
        pathk[depth + 1] = "<" .. tk .. ">"
        bad(root, depth + 1, "is a table key of type " .. tk)
      end
      pathk[depth + 1] = k
      local x2 = walk(x, depth + 1, root)
      if x2 ~= x then
        if not copy then
          copy = {}
          for kk, xx in next, v do copy[kk] = xx end
        end
        copy[k] = x2
      end
    end
    onpath[v] = nil
    return copy or v
  elseif tv == "cdata" then
    if is_buffer(v) then
      local n = #found + 1
      found[n] = v
      return { [BUFKEY] = n }
    end
    if istype(i64_ct, v) or istype(u64_ct, v) then return v end
    bad(root, depth, "is cdata of type " .. tostring(ffi.typeof(v)))
  elseif tv == "function" or tv == "userdata" then
    bad(root, depth, "is a " .. tv)
  elseif tv == "thread" then
    bad(root, depth, "is a coroutine")
  end
  return v
end

local function newpl(kind, num, data, len, nbufs)
  local p = api.payload_new(kind, num, data, len, nbufs)
  if p == nil then error("kiln: out of memory", 0) end
  return p
end

-- value -> payload pointer (or nil for nil). Raises "<root path> is ..." on
-- values that cannot travel.
-- Integers and booleans travel inside the pointer itself (payloads are
-- 16-byte aligned, so a nonzero low nibble marks an inline value; see
-- KILN_PL_INLINE in lkiln.h): no allocation for the commonest args.
local intptr_ct, pl_ptr_ct = ffi.typeof("intptr_t"), ffi.typeof("kiln_payload *")
local PL_TAG_INT, PL_TAG_TRUE, PL_TAG_FALSE = 1, 2, 3
local PL_INLINE_TRUE = ffi.cast(pl_ptr_ct, PL_TAG_TRUE)
local PL_INLINE_FALSE = ffi.cast(pl_ptr_ct, PL_TAG_FALSE)

-- Moves buffer b into payload slot i; its memory is the payload's now.
local function move_into(p, i, b)
  api.payload_move_buf(p, i, b)
  ffi_gc(b, nil)
end

local function encode(v, root)
  local tv = type(v)
  if v == nil then return nil end
  if tv == "number" then
    if v == floor(v) and v > -2^50 and v < 2^50 then
      return ffi.cast(pl_ptr_ct, ffi.cast(intptr_ct, v) * 16 + PL_TAG_INT)
    end
    return newpl(PL_NUMBER, v, nil, 0, 0)
  end
  if tv == "boolean" then return v and PL_INLINE_TRUE or PL_INLINE_FALSE end
  if tv == "string" then return newpl(PL_STRING, 0, v, #v, 0) end
  if tv == "cdata" and is_buffer(v) then
    local p = newpl(PL_BUFFER, 0, nil, 0, 1)
    move_into(p, 0, v)
    return p
  end
  local ok, r = pcall(walk, v, 0, root)
  if not ok then
    onpath = {}
    for i = #found, 1, -1 do found[i] = nil end
    error(r, 0)
  end
  enc:reset()
  enc:encode(r)
  local ptr, len = enc:ref()
  local nb = #found
  local p = newpl(PL_ENCODED, 0, ptr, len, nb)
  for i = 1, nb do
    move_into(p, i - 1, found[i])
    found[i] = nil
  end
  return p
end

local function restore(v, p)
  if type(v) ~= "table" then return v end
  local idx = v[BUFKEY]
  if idx then return take_buf(p, idx - 1) end
  for k, x in next, v do
    if type(x) == "table" then v[k] = restore(x, p) end
  end
  return v
end

-- payload pointer -> value. Buffers move out of the payload.
local function decode(p)
  if p == nil then return nil end
  local bits = ffi.cast(intptr_ct, p)
  local tag = tonumber(band(bits, 15))
  if tag ~= 0 then
    if tag == PL_TAG_INT then return tonumber(bit.arshift(bits, 4)) end
    return tag == PL_TAG_TRUE
  end
  local k = p.kind
  if k == PL_NUMBER then return p.num end
  if k == PL_TRUE then return true end
  if k == PL_FALSE then return false end
  if k == PL_STRING then return ffi_string(p.data, p.len) end
  if k == PL_BUFFER then return take_buf(p, 0) end
  if k == PL_ENCODED then
    dec:set(p.data, p.len)
    local v = dec:decode()
    if p.nbufs > 0 then v = restore(v, p) end
    return v
  end
  return nil
end

kiln._encode, kiln._decode, kiln._api = encode, decode, api

------------------------------------------------------------ cache types --

local SPEC_FIELDS = {
  name = "string", version = "number", outputs = "table", timeout_ms = "number",
  compute = "function", output = "function", apply = "function", load = "function",
  on_error = "function", gpu_bytes = "number|function",
}
local OUTPUT_FIELDS = { disk = true, gpu = true }

local registering -- list of specs while a script loads, else nil

local function spec_error(spec, msg)
  local name = type(spec) == "table" and type(spec.name) == "string" and spec.name
  error("kiln.artifact" .. (name and (" '" .. name .. "'") or "") .. ": " .. msg, 3)
end

-- kiln.artifact { name =, version =, outputs =, timeout_ms =, compute =, output =, apply = }
function kiln.artifact(spec)
  if type(spec) ~= "table" then
    error("kiln.artifact: expected a table, got " .. type(spec), 2)
  end
  for k, v in pairs(spec) do
    local want = SPEC_FIELDS[k]
    if not want then
      local names = {}
      for n in pairs(SPEC_FIELDS) do names[#names + 1] = n end
      table.sort(names)
      spec_error(spec, fmt("unknown field '%s' (fields: %s)", tostring(k), concat(names, ", ")))
    end
    if type(v) ~= want and not (want == "number|function" and (type(v) == "number" or type(v) == "function")) then
      spec_error(spec, fmt("field '%s' must be a %s, got %s", k, want:gsub("|", " or "), type(v)))
    end
  end
  if type(spec.name) ~= "string" or not spec.name:match("^[%w_%-%.]+$") or #spec.name > 100 then
    spec_error(spec, "field 'name' must be 1-100 letters, digits, '_', '-' or '.'")
  end
  if type(spec.compute) ~= "function" then
    spec_error(spec, "field 'compute' must be a function")
  end
  local v = spec.version or 1
  if v < 0 or v ~= math.floor(v) or v > 0xffffffff then
    spec_error(spec, "field 'version' must be a non-negative integer, got " .. tostring(v))
  end
  if spec.timeout_ms and not (spec.timeout_ms > 0 and spec.timeout_ms < 1e9) then
    spec_error(spec, "field 'timeout_ms' must be a positive number of milliseconds")
  end
  if spec.gpu_bytes ~= nil and not (spec.outputs and spec.outputs.gpu) then
    spec_error(spec, "field 'gpu_bytes' needs outputs.gpu = true")
  end
  if type(spec.gpu_bytes) == "number" and (spec.gpu_bytes < 0 or spec.gpu_bytes ~= math.floor(spec.gpu_bytes)) then
    spec_error(spec, "field 'gpu_bytes' must be a non-negative integer, got " .. tostring(spec.gpu_bytes))
  end
  for k, o in pairs(spec.outputs or {}) do
    if not OUTPUT_FIELDS[k] then
      spec_error(spec, fmt("outputs: unknown pool '%s' (pools: disk, gpu)", tostring(k)))
    end
    if type(o) ~= "boolean" then
      spec_error(spec, fmt("outputs.%s must be a boolean, got %s", k, type(o)))
    end
  end
  if not registering then
    error("kiln.artifact: cache types are declared in a script loaded with rt:load(path), "
      .. "so that every worker state can load the same file", 2)
  end
  for _, s in ipairs(registering) do
    if s.name == spec.name then spec_error(spec, "declared twice in the same script") end
  end
  registering[#registering + 1] = spec
  return spec
end

-- Runs a script's source, returning the specs it declared. Raises with
-- file:line on syntax or runtime errors.
local function run_script(src, path)
  local chunk, err = loadstring(src, "@" .. path)
  if not chunk then error(err, 0) end
  registering = {}
  local ok, e = xpcall(chunk, function(m) return traceback(tostring(m), 2) end)
  local specs = registering
  registering = nil
  if not ok then error(e, 0) end
  return specs
end

--------------------------------------------------------------- contexts --

local Ctx = {}
Ctx.__index = Ctx
-- A ctx is reused from item to item, so a run makes no garbage for it. A
-- field a script adds (ctx.tmp = ...) marks it dirty, and a dirty ctx is
-- wiped before its next item: nothing leaks from one item to the next.
-- kiln sets its own fields with rawset, past this hook.
function Ctx.__newindex(ctx, k, v)
  rawset(ctx, "_dirty", true)
  rawset(ctx, k, v)
end
local tclear = require "table.clear"
local rt_c -- this state's runtime pointer (workers); main states use ctx._rt
local worker_ptr -- this worker (NULL in main states: the render track)

function Ctx.stale(ctx)
  return tonumber(api.session(ctx._rt)) ~= ctx.session
end

-- Readies ctx (a reused one, or nil for a new one) for an item.
local function new_ctx(ctx, rtp, spec, key, session, item, stage)
  if ctx == nil then
    ctx = setmetatable({}, Ctx)
  elseif rawget(ctx, "_dirty") then
    tclear(ctx)
  end
  rawset(ctx, "key", key)
  rawset(ctx, "type", spec.name)
  rawset(ctx, "session", session)
  rawset(ctx, "_rt", rtp)
  rawset(ctx, "_item", item)
  rawset(ctx, "_stage", stage)
  rawset(ctx, "_spec", spec)
  return ctx
end

local STAGE_FIELDS = { texture = "string", x = "number", y = "number", layer = "number",
                       z = "number", face = "number", w = "number", h = "number", d = "number",
                       level = "number", format = "string", data = true }

-- ctx:stage_texture { texture =, x =, y =, layer|z|face =, w =, h =, d = 1, level = 0,
--                     format = "rgba8", data = buf_or_string }  (output only)
-- Validates, takes ring space and copies the texels; the render thread
-- uploads them in rt:pump. Returns true, or false when the runtime is
-- closing (nothing will be drawn: the upload is dropped).
function Ctx.stage_texture(ctx, t)
  if ctx._stage ~= "output" then
    error("ctx:stage_texture: only allowed in output (GPU data is staged after compute)", 2)
  end
  if type(t) ~= "table" then error("ctx:stage_texture: expected a table", 2) end
  for k, v in next, t do
    local want = STAGE_FIELDS[k]
    if not want then error(fmt("ctx:stage_texture: unknown field '%s'", tostring(k)), 2) end
    if want ~= true and type(v) ~= want then
      error(fmt("ctx:stage_texture: field '%s' must be a %s, got %s", k, want, type(v)), 2)
    end
  end
  local data, len = t.data, nil
  if type(data) == "string" then
    len = #data
  elseif is_buffer(data) then
    check_live(data, "ctx:stage_texture: field 'data'")
    len = data.size
    data = data.data
  else
    error("ctx:stage_texture: field 'data' must be a kiln.buffer or a string, got " .. type(data), 2)
  end
  if t.texture == nil then error("ctx:stage_texture: field 'texture' is required", 2) end
  local z = t.layer or t.z or t.face or 0
  local traced = api.trace_on(ctx._rt) ~= 0
  local ts = traced and now_ns()
  local rc = api.gpu_stage(ctx._rt, ctx._item, t.texture, t.format or "rgba8", t.x or 0, t.y or 0,
    z, t.w or 0, t.h or 0, t.d or 1, t.level or 0, data, len, errbuf)
  if traced then api.trace_span(ctx._rt, worker_ptr, "staging", ts, now_ns(), ctx._item) end
  if rc == 0 then return true end
  if rc == -14 then return false end -- KILN_CANCELED: closing, or gpu_backend "none"
  error(ffi_string(errbuf), 2)
end

local meta_enc = sbuf.new()
local KIND_STRING, KIND_BUFFER = 0, 1

-- ctx:write_disk(buf_or_string [, meta]) (output only): hands the bytes to
-- kiln's disk writer and returns at once; a kiln.buffer is moved, not
-- copied. meta is a small table of plain values stored with the artifact.
-- The item's disk token comes back when the file is durable. Returns true,
-- or false for an item served from the cache (its artifact is on disk).
function Ctx.write_disk(ctx, data, meta)
  if ctx._stage ~= "output" then
    error("ctx:write_disk: only allowed in output", 2)
  end
  local spec = ctx._spec
  if not (spec.outputs and spec.outputs.disk) then
    error(fmt("ctx:write_disk: type '%s' does not declare outputs.disk", spec.name), 2)
  end
  if ctx._from_cache then return false end
  if ctx._wrote then error("ctx:write_disk: already called for this item", 2) end
  local mptr, mlen = nil, 0
  if meta ~= nil then
    if type(meta) ~= "table" then
      error("ctx:write_disk: meta must be a table of plain values, got " .. type(meta), 2)
    end
    local ok, e = pcall(walk, meta, 0, "meta")
    if not ok then
      onpath = {}
      for i = #found, 1, -1 do found[i] = nil end
      error("ctx:write_disk: " .. e, 2)
    end
    if #found > 0 then
      for i = #found, 1, -1 do found[i] = nil end
      error("ctx:write_disk: meta cannot hold kiln buffers (write them as the payload)", 2)
    end
    meta_enc:reset()
    meta_enc:encode(meta)
    mptr, mlen = meta_enc:ref()
  end
  local rc
  if type(data) == "string" then
    rc = api.disk_write(ctx._rt, ctx._item, KIND_STRING, ffi.cast("void *", data), #data, 0,
      mptr, mlen, errbuf)
  elseif is_buffer(data) then
    check_live(data, "ctx:write_disk")
    local ptr, len = take_bytes(data) -- moved to the writer
    rc = api.disk_write(ctx._rt, ctx._item, KIND_BUFFER, ptr, len, 1, mptr, mlen, errbuf)
  else
    error("ctx:write_disk: expected a kiln.buffer or a string, got " .. type(data), 2)
  end
  if rc ~= 0 then error(ffi_string(errbuf), 2) end
  rawset(ctx, "_wrote", true)
  return true
end

kiln._Ctx = Ctx

local function on_err(m)
  return { msg = tostring(m), tb = traceback("", 2) }
end

---------------------------------------------------------- worker states --

local IS_WORKER = false
local worker_types = {} -- id -> spec, in this worker state
local worker_guarded

local function worker_fail(item, stage, e)
  if type(e) == "table" then api.item_fail(rt_c, item, stage, e.msg, e.tb)
  else api.item_fail(rt_c, item, stage, tostring(e), "") end
end

-- The worker runner: compute, the stale check, output, and the value
-- handed to the main thread. Script errors fail the item; the state lives on.
local worker_ctx = setmetatable({}, Ctx) -- reused item after item (see Ctx.__newindex)

-- When this state's last item ended compute or output: the next item of
-- the same batch starts then (items after the first in a batch were
-- admitted with it, so their admission time would count the wait).
local last_end

local function run_item(item, tstart)
  last_end = nil
  local tid = api.item_type(item)
  local spec = worker_types[tid]
  local kp = api.item_key(item, lenbox)
  local key = ffi_string(kp, lenbox[0])
  if not spec then
    return api.item_fail(rt_c, item, S_COMPUTE,
      fmt("type #%d is not loaded in worker %d", tid, api.worker_index(worker_ptr)), "")
  end
  local session = tonumber(api.item_session(item))
  -- Dropped before compute: a newer session began while it waited (in a
  -- worker's batch, or since admission).
  if tonumber(api.session(rt_c)) ~= session then return api.item_set_stale(item) end
  local ctx = new_ctx(worker_ctx, rt_c, spec, key, session, item, "compute")
  local args = decode(api.item_args(item))
  -- The worker-only fields are reset here, not in new_ctx: a rawset of nil
  -- to a key the apply ctx never held halved the trivial benchmark.
  rawset(ctx, "args", args) -- for output and load, which are not passed args
  rawset(ctx, "_from_cache", nil)
  rawset(ctx, "_wrote", nil)
  local ok, value, t1
  if band(api.item_flags(item), FLAG_FROM_CACHE) ~= 0 then
    -- A cache hit: read, verify and decode instead of computing. Any
    -- damage is a miss (counted) and the item computes after all.
    local t0 = now_ns()
    if api.disk_read(rt_c, item, blob, errbuf) == 0 then
      local bytes = kiln.buffer(tonumber(blob.len), false)
      if blob.len > 0 then ffi.copy(bytes.data, blob.data, blob.len) end
      local meta = nil
      if blob.meta_len > 0 then
        local okm, m = pcall(function() return dec:set(blob.meta, blob.meta_len):decode() end)
        meta = okm and m or nil
      end
      api.disk_blob_free(blob)
      rawset(ctx, "_stage", "load")
      if spec.load then
        ok, value = xpcall(spec.load, on_err, ctx, key, bytes, meta)
      else
        ok, value = true, bytes
      end
      t1 = now_ns()
      api.observe(rt_c, S_LOAD, t1 - t0)
      if api.trace_on(rt_c) ~= 0 then api.trace_span(rt_c, worker_ptr, "load", t0, t1, item) end
      if not ok then return worker_fail(item, S_LOAD, value) end
      rawset(ctx, "_from_cache", true)
      api.count_hit(rt_c)
    end
  end
  if not ctx._from_cache then
    rawset(ctx, "_stage", "compute")
    local timed = worker_guarded and spec.timeout_ms
    local t0 = tstart or api.item_admitted(item) -- admission time: no clock read
    if timed then api.deadline_set(worker_ptr, spec.timeout_ms) end
    ok, value = xpcall(spec.compute, on_err, ctx, key, args)
    if timed then api.deadline_clear(worker_ptr) end
    t1 = now_ns()
    last_end = t1
    api.observe(rt_c, S_COMPUTE, t1 - t0)
    if api.trace_on(rt_c) ~= 0 then api.trace_span(rt_c, worker_ptr, "compute", t0, t1, item) end
    if not ok then return worker_fail(item, S_COMPUTE, value) end
  end
  -- Dropped before output: a newer session began while it computed.
  if tonumber(api.session(rt_c)) ~= session then return api.item_set_stale(item) end
  if spec.output then
    rawset(ctx, "_stage", "output")
    local ok2, e = xpcall(spec.output, on_err, ctx, key, value)
    local t2 = now_ns()
    last_end = t2
    api.observe(rt_c, S_OUTPUT, t2 - t1)
    if api.trace_on(rt_c) ~= 0 then api.trace_span(rt_c, worker_ptr, "output", t1, t2, item) end
    api.gpu_release_item(rt_c, item)
    if not ok2 then return worker_fail(item, S_OUTPUT, e) end
  end
  rawset(ctx, "_stage", nil)
  local pl = nil
  if spec.apply then
    local ok3, p = pcall(encode, value, "value")
    if not ok3 then
      return api.item_fail(rt_c, item, S_COMPUTE,
        fmt("%s '%s': compute returned a value that cannot reach apply: %s", spec.name, key, p), "")
    end
    pl = p
  end
  api.item_set_result(item, pl)
end

local ctrlbox = ffi.new("int[1]")
local pathbox = ffi.new("const char *[1]")
local scripts_loaded = 0

-- Loads the scripts rt:load added since this state last looked. Worker
-- states and guarded states (through C) both use it.
function kiln._worker_sync()
  local n = api.script_count(rt_c)
  while scripts_loaded < n do
    local src = api.script_get(rt_c, scripts_loaded, lenbox, pathbox)
    scripts_loaded = scripts_loaded + 1
    local path = ffi_string(pathbox[0])
    local ok, e = pcall(kiln._worker_load, ffi_string(src, lenbox[0]), path)
    if not ok then
      local m = fmt("worker %d: loading %s: %s", api.worker_index(worker_ptr), path, tostring(e))
      api.record_error(rt_c, "", "", 0, api.session(rt_c), S_LOAD, m, "")
    end
  end
end

-- New scripts for this state, then C brings the guarded state (timeout_ms
-- types) up to date.
local function worker_control()
  kiln._worker_sync()
  api.worker_guarded(worker_ptr)
end

-- The worker thread's loop: each scheduler call completes the last batch
-- and takes the next (blocking in C while there is none); a batch holds
-- several items only when the queue is deep.
local BATCH = 8
local batch, dones = ffi.new("void *[8]"), ffi.new("void *[8]")

local function worker_loop()
  local ndone = 0
  while true do
    local n = api.worker_batch(worker_ptr, dones, ndone, batch, BATCH, ctrlbox)
    ndone = 0
    if n == 0 then
      if ctrlbox[0] == 0 then return end
      worker_control()
    end
    for i = 0, n - 1 do
      local item = batch[i]
      local spec = worker_types[api.item_type(item)]
      if spec and spec.timeout_ms then
        api.run_guarded(worker_ptr, item)
        last_end = nil -- that state kept its own time
      else
        run_item(item, i > 0 and last_end or nil)
      end
      dones[i] = item
      ndone = i + 1
    end
  end
end

function kiln._worker_setup(api_ptr, rt_ptr, w_ptr, guarded)
  IS_WORKER = true
  rt_c = ffi.cast("struct kiln_rt *", rt_ptr)
  worker_ptr = ffi.cast("struct kiln_lworker *", w_ptr)
  worker_guarded = guarded
  return guarded and run_item or worker_loop
end

function kiln._worker_load(src, path)
  local specs = run_script(src, path)
  for _, spec in ipairs(specs) do
    local id = api.type_lookup(rt_c, spec.name)
    if id < 0 then error(fmt("type '%s' is not registered in the main state", spec.name), 0) end
    worker_types[id] = spec
  end
end

------------------------------------------------------------- the runtime --

-- rt.session is a plain field: only rt:bump_session (this thread) moves it.
local RT = {}
local RT_mt = {
  __index = RT,
  __tostring = function(self) return fmt("kiln.runtime (%s)", self._closed and "closed" or "open") end,
}

local RUNTIME_OPTS = { workers = "number", disk_slots = "number", gpu_slots = "number",
                       on_error = "function", gpu_backend = "string", ring_bytes = "number",
                       cache_dir = "string", durability = "string", io_threads = "number",
                       worker_priority = "string" }
local BACKENDS = { auto = true, ring = true, pbo = true, direct = true, null = true, none = true }

local function check_count(where, name, v, lo, hi)
  if type(v) ~= "number" or v ~= math.floor(v) or v < lo or v > hi then
    error(fmt("%s: option '%s' must be an integer from %d to %d, got %s", where, name, lo, hi,
      tostring(v)), 3)
  end
end

-- kiln.runtime { workers = 2, disk_slots = 2 * workers, gpu_slots = 4, on_error = fn }
function kiln.runtime(opts)
  if IS_WORKER then
    error("kiln.runtime: not available in a worker state (create the runtime on the main thread)", 2)
  end
  if opts ~= nil and type(opts) ~= "table" then
    error("kiln.runtime: expected a table of options, got " .. type(opts), 2)
  end
  opts = opts or {}
  for k, v in pairs(opts) do
    local want = RUNTIME_OPTS[k]
    if not want then error(fmt("kiln.runtime: unknown option '%s'", tostring(k)), 2) end
    if type(v) ~= want then
      error(fmt("kiln.runtime: option '%s' must be a %s, got %s", k, want, type(v)), 2)
    end
  end
  local workers = opts.workers or 2
  check_count("kiln.runtime", "workers", workers, 1, 256)
  local disk = opts.disk_slots or 2 * workers
  check_count("kiln.runtime", "disk_slots", disk, 1, 1e6)
  local gpu = opts.gpu_slots or 4
  check_count("kiln.runtime", "gpu_slots", gpu, 1, 1e6)
  local backend = opts.gpu_backend or "auto"
  if not BACKENDS[backend] then
    error(fmt("kiln.runtime: option 'gpu_backend' must be auto, ring, pbo, direct, null or none, got '%s'",
      backend), 2)
  end
  local ring = opts.ring_bytes or 32 * 2^20
  check_count("kiln.runtime", "ring_bytes", ring, 4096, 2^40)
  local durability = opts.durability or "fsync"
  if durability ~= "fsync" and durability ~= "rename" then
    error(fmt("kiln.runtime: option 'durability' must be fsync or rename, got '%s'", durability), 2)
  end
  local io_threads = opts.io_threads or 1
  check_count("kiln.runtime", "io_threads", io_threads, 1, 64)
  local prio = opts.worker_priority or "background"
  if prio ~= "background" and prio ~= "normal" then
    error(fmt("kiln.runtime: option 'worker_priority' must be background or normal, got '%s'", prio), 2)
  end
  local ud, lud = CF.new_runtime(workers, disk, gpu, backend, ring, opts.cache_dir or ".kiln-cache",
    durability, io_threads, prio)
  local trace_path = os.getenv("KILN_TRACE") -- set by `build/kiln --trace out.json`
  if trace_path and trace_path ~= "" then
    if api.trace_start(ffi.cast("struct kiln_rt *", lud), trace_path, errbuf) ~= 0 then
      error("kiln.runtime: --trace: " .. ffi_string(errbuf), 2)
    end
  end
  return setmetatable({
    _ud = ud, _lud = lud, _c = ffi.cast("struct kiln_rt *", lud), _types = {}, _byname = {},
    _on_error = opts.on_error, _closed = false, _counts = ffi.new("kiln_counts"),
    _gpu_live = backend == "null", _backend_null = backend == "null",
    _dstats = ffi.new("kiln_diskstats"), _per_type = {}, session = 1,
    _view = ffi.new("kiln_done_view"),
    _summary = ffi.new("kiln_summary"),
  }, RT_mt)
end

-- kiln.window { width =, height =, title =, visible = true, vsync =, font_px = }:
-- a GLFW window with a GL context and a small 2D draw layer (render thread).
function kiln.window(opts)
  if IS_WORKER then
    error("kiln.window: not available in a worker state (windows live on the render thread)", 2)
  end
  if type(opts) ~= "table" then error("kiln.window: expected a table of options", 2) end
  return CF.window(opts)
end

-- kiln.watch(dir | { dir, ... } [, { ext = ".lua" }]): Linux inotify over the
-- directories and their subdirectories; w:changes() returns the files
-- written since the last call without blocking (call it once per frame),
-- w:files() the matching files present, w:close() stops watching.
function kiln.watch(dirs, opts)
  if IS_WORKER then
    error("kiln.watch: not available in a worker state (watch files from the main thread)", 2)
  end
  return CF.watch(dirs, opts)
end

-- Calls a C function that raises positionless errors; re-raises them at
-- the line of the user's call.
local function ccall(f, ...)
  local ok, a = pcall(f, ...)
  if not ok then error(a, 3) end
  return a
end

local function check_open(self, what)
  if self._closed then error(what .. ": the runtime is closed", 3) end
end

-- rt:load(path): runs the script in the main state and in every worker
-- state; returns the names of the cache types it declared.
function RT:load(path)
  check_open(self, "rt:load")
  if type(path) ~= "string" then error("rt:load: expected a file path, got " .. type(path), 2) end
  local f, err = io.open(path, "rb")
  if not f then error("rt:load: " .. err, 2) end
  local src = f:read("*a")
  f:close()
  local specs = run_script(src, path)
  for _, spec in ipairs(specs) do
    if spec.outputs and spec.outputs.disk and api.disk_open(self._c, errbuf) ~= 0 then
      error("rt:load: cache: " .. ffi_string(errbuf), 2)
    end
  end
  local hash = api.hash64(src, #src)
  local names = {}
  for _, spec in ipairs(specs) do
    local id = api.type_register(self._c, spec.name, spec.version or 1, hash,
      spec.timeout_ms and math.ceil(spec.timeout_ms) or 0, spec.output and 1 or 0,
      spec.apply and 1 or 0, errbuf)
    if id < 0 then error("rt:load: " .. ffi_string(errbuf), 2) end
    local outs = spec.outputs or {}
    self._types[id] = spec
    local need_gpu = 0
    if outs.gpu then
      need_gpu = spec.gpu_bytes or tonumber(api.gpu_default_bytes(self._c))
    end
    self._byname[spec.name] = { id = id, spec = spec, need_disk = outs.disk and 1 or 0,
                                need_gpu = need_gpu, path = path }
    names[#names + 1] = spec.name
  end
  if api.script_add(self._c, path, src, #src, errbuf) ~= 0 then
    error("rt:load: " .. ffi_string(errbuf), 2)
  end
  return names
end

local ENQUEUE_OPTS = { priority = "number", args = true, force = "boolean" }

local function known_types(self)
  local n = {}
  for name in pairs(self._byname) do n[#n + 1] = name end
  table.sort(n)
  return #n > 0 and concat(n, ", ") or "none; load a script with rt:load first"
end

-- rt:enqueue(type, key, { priority =, args =, force = }) -> "queued" | "coalesced"
function RT:enqueue(tname, key, opts)
  check_open(self, "rt:enqueue")
  local ti = self._byname[tname]
  if not ti then
    error(fmt("rt:enqueue: unknown type '%s' (types: %s)", tostring(tname), known_types(self)), 2)
  end
  if type(key) ~= "string" then
    error(fmt("rt:enqueue('%s'): key must be a string, got %s", tname, type(key)), 2)
  end
  local prio, args, flags = 0, nil, 0
  if opts ~= nil then
    if type(opts) ~= "table" then
      error(fmt("rt:enqueue('%s', '%s'): options must be a table, got %s", tname, key, type(opts)), 2)
    end
    -- Straight-line checks (no loop): enqueue sits in the host's hot loop,
    -- and a loop in here would keep LuaJIT from compiling that one.
    local k1 = next(opts)
    if k1 ~= nil then
      local k2 = next(opts, k1)
      local k3 = k2 ~= nil and next(opts, k2)
      local k4 = k3 and next(opts, k3)
      if not ENQUEUE_OPTS[k1] or (k2 ~= nil and not ENQUEUE_OPTS[k2]) or (k3 and not ENQUEUE_OPTS[k3])
        or k4 ~= nil and k4 ~= false then
        local bad
        for k in pairs(opts) do if not ENQUEUE_OPTS[k] then bad = k end end
        error(fmt("rt:enqueue('%s', '%s'): unknown option '%s' (options: priority, args, force)",
          tname, key, tostring(bad)), 2)
      end
    end
    local p, f = opts.priority, opts.force
    if p ~= nil and type(p) ~= "number" then
      error(fmt("rt:enqueue('%s', '%s'): option 'priority' must be a number, got %s", tname, key,
        type(p)), 2)
    end
    if f ~= nil and type(f) ~= "boolean" then
      error(fmt("rt:enqueue('%s', '%s'): option 'force' must be a boolean, got %s", tname, key,
        type(f)), 2)
    end
    prio = p or 0
    if prio ~= math.floor(prio) or prio < -1e9 or prio > 1e9 then
      error(fmt("rt:enqueue('%s', '%s'): priority must be an integer, got %s", tname, key,
        tostring(prio)), 2)
    end
    args = opts.args
    if opts.force then flags = FLAG_FORCE end
  end
  local need_gpu = ti.need_gpu
  if type(need_gpu) == "function" then
    local ok, n = pcall(need_gpu, key, args)
    if not ok then error(fmt("rt:enqueue('%s', '%s'): gpu_bytes failed: %s", tname, key, tostring(n)), 2) end
    if type(n) ~= "number" or n < 0 or n ~= math.floor(n) then
      error(fmt("rt:enqueue('%s', '%s'): gpu_bytes returned %s, not a byte count", tname, key, tostring(n)), 2)
    end
    need_gpu = n
  end
  if need_gpu > 0 then
    local cap = tonumber(api.gpu_capacity(self._c))
    if need_gpu > cap then
      error(fmt("rt:enqueue('%s', '%s'): gpu_bytes %d exceed the GPU staging ring (%d bytes; "
        .. "raise ring_bytes)", tname, key, need_gpu, cap), 2)
    end
  end
  local pl = nil
  if type(args) == "table" or type(args) == "cdata" or type(args) == "function"
    or type(args) == "userdata" or type(args) == "thread" then
    local ok, p = pcall(encode, args, "args")
    if not ok then error(fmt("rt:enqueue('%s', '%s'): %s", tname, key, p), 2) end
    pl = p
  elseif args ~= nil then
    pl = encode(args) -- scalars and strings cannot fail
  end
  local cached = false
  if ti.need_disk > 0 and flags ~= FLAG_FORCE and api.disk_has(self._c, ti.id, key, #key) ~= 0 then
    flags, cached = FLAG_FROM_CACHE, true
  end
  local rc = api.enqueue(self._c, ti.id, key, #key, prio, flags, ti.need_disk, need_gpu, pl,
    resbox, errbuf)
  if rc ~= 0 then error(fmt("rt:enqueue('%s', '%s'): %s", tname, key, ffi_string(errbuf)), 2) end
  if resbox[0] ~= 0 then return "coalesced" end
  return cached and "cached" or "queued"
end

-- rt:cached(type, key) -> true when a valid-looking artifact for the type's
-- current version and script is on disk (an index lookup: no I/O).
function RT:cached(tname, key)
  local ti = self._byname[tname]
  if not ti then
    error(fmt("rt:cached: unknown type '%s' (types: %s)", tostring(tname), known_types(self)), 2)
  end
  if type(key) ~= "string" then error("rt:cached: key must be a string", 2) end
  return api.disk_has(self._c, ti.id, key, #key) ~= 0
end

function RT:bump_session()
  check_open(self, "rt:bump_session")
  local s = tonumber(api.bump_session(self._c))
  self.session = s
  return s
end

local function error_table(e)
  return { type = ffi_string(e.type), key = ffi_string(e.key, e.key_len),
           session = tonumber(e.session), stage = STAGE_NAMES[e.stage] or "?",
           message = ffi_string(e.message), traceback = ffi_string(e.traceback) }
end

-- Calls the type's and the runtime's on_error handlers with err.
local function report(self, spec, err)
  local handlers = { spec and spec.on_error, self._on_error }
  for i = 1, 2 do
    local h = handlers[i]
    if h then
      local ok, e = pcall(h, err)
      if not ok then
        local m = "on_error handler failed: " .. tostring(e)
        api.record_error(self._c, err.type, err.key, #err.key, err.session, S_APPLY, m, "")
      end
    end
  end
end

local upres = ffi.new("kiln_upload_result")

-- rt:pump { max_ms = 2, max_upload_bytes = 8 MiB, max_uploads = 256 }: on
-- the render thread, issues staged GPU uploads within the upload budget,
-- then runs applies until max_ms is spent (an item's apply runs only once
-- its uploads were issued). Returns { applied, dropped, failed, uploads,
-- upload_bytes, uploads_dropped, ms }.
function RT:pump(opts)
  check_open(self, "rt:pump")
  local max_ms, max_bytes, max_uploads = 2, 8 * 2^20, 256
  if opts ~= nil then
    if type(opts) ~= "table" then error("rt:pump: options must be a table", 2) end
    max_ms = opts.max_ms or 2
    if type(max_ms) ~= "number" or max_ms < 0 then
      error("rt:pump: max_ms must be a non-negative number, got " .. tostring(max_ms), 2)
    end
    max_bytes = opts.max_upload_bytes or max_bytes
    max_uploads = opts.max_uploads or max_uploads
    if type(max_bytes) ~= "number" or max_bytes < 1 then
      error("rt:pump: max_upload_bytes must be a positive number, got " .. tostring(max_bytes), 2)
    end
    if type(max_uploads) ~= "number" or max_uploads < 1 then
      error("rt:pump: max_uploads must be a positive number, got " .. tostring(max_uploads), 2)
    end
  end
  local c = self._c
  local t0 = now_ns()
  local deadline = t0 + max_ms * 1e6
  local applied, dropped, failed = 0, 0, 0
  local uploads, upload_bytes, uploads_dropped = 0, 0, 0
  local traced = api.trace_on(c) ~= 0
  if traced then api.trace_counters(c) end
  if self._gpu_live then
    if api.gpu_commit(c, math.min(max_bytes, 2^52), math.min(max_uploads, 2^31), upres) == 0 then
      uploads, upload_bytes, uploads_dropped = upres.issued, tonumber(upres.bytes), upres.dropped
    end
  end
  failed = failed + self:_late_errors()
  local issued = api.gpu_issued(c)
  local tnow = now_ns() -- refreshed by every apply, and every 16 items without one
  local n = 0
  local v = self._view
  while true do
    local item = api.next_done_view(c, v)
    if item == nil then break end
    n = n + 1
    if v.gpu_seq > issued then -- its uploads wait for a later pump
      api.unget_done(c, item)
      break
    end
    local st = v.status
    local spec = self._types[v.type]
    if st == ST_OK then
      local session = tonumber(v.session)
      if session < self.session then -- an apply may have bumped it
        api.item_set_stale(item) -- dropped before apply
        dropped = dropped + 1
        self:_count(spec, "stale_dropped")
      elseif spec and spec.apply then
        local key = ffi_string(v.key, v.key_len)
        local value = decode(v.result)
        -- One ctx serves every apply; an apply that pumps again (nested)
        -- gets a fresh one.
        local actx = self._actx
        self._actx = nil
        local ctx = new_ctx(actx, c, spec, key, session, item, "apply")
        local ta = tnow
        local ok, e = xpcall(spec.apply, on_err, ctx, key, value)
        rawset(ctx, "_item", nil)
        self._actx = ctx
        tnow = now_ns()
        api.observe(c, S_APPLY, tnow - ta)
        if traced then api.trace_span(c, nil, "apply", ta, tnow, item) end
        if ok then
          applied = applied + 1
          self:_count(spec, "completed")
        else
          self:_count(spec, "failed")
          api.item_fail(c, item, S_APPLY, e.msg, e.tb)
          api.count_failure(c)
          failed = failed + 1
          report(self, spec, error_table(api.item_error(item)))
        end
      else
        applied = applied + 1
        self:_count(spec, "completed")
      end
    elseif st == ST_FAILED then
      failed = failed + 1
      self:_count(spec, "failed")
      local e = api.item_error(item)
      if e ~= nil then report(self, spec, error_table(e)) end
    end
    api.finish(c, item)
    if band(n, 15) == 0 then tnow = now_ns() end
    if tnow >= deadline then break end
  end
  return { applied = applied, dropped = dropped, failed = failed, uploads = uploads,
           upload_bytes = upload_bytes, uploads_dropped = uploads_dropped,
           ms = tonumber(now_ns() - t0) / 1e6 }
end

-- Disk writes that failed after their item finished: to on_error. Returns
-- how many there were.
function RT:_late_errors()
  local c, n = self._c, 0
  while true do
    local e = api.late_error(c)
    if e == nil then return n end
    n = n + 1
    local err = error_table(e)
    api.payload_free(ffi.cast("kiln_payload *", e))
    local ti = self._byname[err.type]
    report(self, ti and ti.spec, err)
  end
end

function RT:_count(spec, what)
  if not spec then return end
  local t = self._per_type[spec.name]
  if not t then
    t = { completed = 0, failed = 0, stale_dropped = 0 }
    self._per_type[spec.name] = t
  end
  t[what] = t[what] + 1
end

-- rt:trace_start(path) / rt:trace_stop(): Chrome trace-event JSON (Perfetto,
-- chrome://tracing): a track per worker, disk writes and the render thread,
-- a span per item per stage, session bumps and failures, queue and ring
-- counters. The file is written by trace_stop (or close).
function RT:trace_start(path)
  check_open(self, "rt:trace_start")
  if type(path) ~= "string" then error("rt:trace_start: expected a file path", 2) end
  if api.trace_start(self._c, path, errbuf) ~= 0 then
    error("rt:trace_start: " .. ffi_string(errbuf), 2)
  end
end

function RT:trace_stop()
  if api.trace_stop(self._c, errbuf) ~= 0 then error("rt:trace_stop: " .. ffi_string(errbuf), 2) end
end

-- rt:drain(timeout_s): for tools and tests. Runs applies until nothing is
-- queued, parked or running; false if the timeout passed first.
function RT:drain(timeout_s)
  check_open(self, "rt:drain")
  if timeout_s ~= nil and (type(timeout_s) ~= "number" or timeout_s < 0) then
    error("rt:drain: timeout must be a non-negative number of seconds", 2)
  end
  local deadline = timeout_s and (tonumber(now_ns()) + timeout_s * 1e9)
  local all = { max_ms = math.huge }
  while true do
    self:pump(all)
    local remain = -1
    if deadline then
      remain = (deadline - tonumber(now_ns())) / 1e9
      if remain <= 0 then return false end
    end
    -- Ring space only comes back when this thread retires fences: while
    -- uploads are in flight, wake up to commit again instead of sleeping
    -- on workers that may be waiting for that space.
    if self._gpu_live and api.gpu_ring_used(self._c) > 0 then
      remain = remain < 0 and 0.002 or math.min(remain, 0.002)
    end
    if api.wait(self._c, remain) == 1 then
      -- Idle: the last artifacts may still be on their way to disk.
      if api.disk_drain(self._c, deadline and math.max(0, (deadline - tonumber(now_ns())) / 1e9) or -1,
        errbuf) ~= 0 then
        self:pump(all)
        return false
      end
      self:pump(all)
      return true
    end
  end
end

local STAGE_KEYS = { "queue", "compute", "output", "apply", "load", "disk", "upload" }

-- rt:stats() -> counters, pool use and per-stage times in milliseconds.
function RT:stats()
  local c, o = self._c, self._counts
  api.counts(c, o)
  local s = {
    session = tonumber(o.session), queued = tonumber(o.queued), deferred = tonumber(o.deferred),
    in_flight = tonumber(o.in_flight), waiting_apply = tonumber(o.done_waiting),
    enqueued = tonumber(o.enqueued), coalesced = tonumber(o.coalesced),
    completed = tonumber(o.completed), failed = tonumber(o.failed),
    stale_dropped = tonumber(o.stale_dropped), canceled = tonumber(o.canceled),
    workers = o.workers, parks = tonumber(o.parks), wakeups = tonumber(o.wakeups),
    disk_tokens = { used = tonumber(o.pool_used[0]), capacity = tonumber(o.pool_capacity[0]),
                    peak = tonumber(o.pool_peak[0]) },
    gpu_tokens = { used = tonumber(o.pool_used[1]), capacity = tonumber(o.pool_capacity[1]),
                   peak = tonumber(o.pool_peak[1]) },
    stages = {},
    types = {},
  }
  for name, t in pairs(self._per_type) do
    s.types[name] = { completed = t.completed, failed = t.failed, stale_dropped = t.stale_dropped }
  end
  local ds = self._dstats
  api.disk_stats(c, ds)
  s.cache_hits = tonumber(ds.cache_hits)
  if ds.open ~= 0 then
    local misses = {}
    local names = { "absent", "stale", "truncated", "magic", "format", "header", "checksum",
                    "collision", "toobig", "decode", "io", "nomem" }
    local total = 0
    for i, n in ipairs(names) do
      misses[n] = tonumber(ds.read_misses[i])
      total = total + misses[n]
    end
    s.disk = { writes = tonumber(ds.writes_done), write_failures = tonumber(ds.write_failures),
               raw_bytes = tonumber(ds.raw_bytes), stored_bytes = tonumber(ds.stored_bytes),
               retries = tonumber(ds.retries), pending = tonumber(ds.pending_jobs),
               pending_bytes = tonumber(ds.pending_bytes), read_hits = tonumber(ds.read_hits),
               misses = misses, miss_total = total, entries = tonumber(ds.index_entries),
               temps_removed = tonumber(ds.temps_removed) }
    s.cache_misses = total
  end
  local sm = self._summary
  for i, name in ipairs(STAGE_KEYS) do
    api.stage_summary(c, i - 1, sm)
    s.stages[name] = { count = tonumber(sm.count), avg_ms = sm.avg_ms, p50_ms = sm.p50_ms,
                       p99_ms = sm.p99_ms, max_ms = sm.max_ms }
  end
  return s
end

-- rt:gl_attach(): the calling thread's current GL context becomes kiln's
-- (render thread). Returns the backend chosen: "ring", "pbo" or "direct".
function RT:gl_attach()
  check_open(self, "rt:gl_attach")
  local backend = ccall(CF.gl_attach, self._lud)
  self._gpu_live = true
  return backend
end

local KIND_LAYERS = { ["2d"] = true, ["2d_array"] = true, ["3d"] = true, cube = true }
local TEXTURE_FIELDS = { name = "string", width = "number", height = "number", format = "string",
                         kind = "string", layers = "number", depth = "number", levels = "number" }

-- rt:texture { name =, width =, height =, format = "rgba8", kind = "2d", layers = 1,
--              depth = 1, levels = 1 }: immutable storage; workers stage into it by name.
function RT:texture(desc)
  check_open(self, "rt:texture")
  if type(desc) ~= "table" then error("rt:texture: expected a table", 2) end
  for k, v in pairs(desc) do
    local want = TEXTURE_FIELDS[k]
    if not want then error(fmt("rt:texture: unknown field '%s'", tostring(k)), 2) end
    if type(v) ~= want then
      error(fmt("rt:texture: field '%s' must be a %s, got %s", k, want, type(v)), 2)
    end
  end
  if not desc.name then error("rt:texture: field 'name' is required", 2) end
  if desc.kind and not KIND_LAYERS[desc.kind] then
    error(fmt("rt:texture '%s': field 'kind': unknown kind '%s' (2d, 2d_array, 3d, cube)",
      desc.name, desc.kind), 2)
  end
  local id = ccall(CF.texture_new, self._lud, desc.name, desc.width or 0, desc.height or 0,
    desc.format or "rgba8", desc.kind or "2d", desc.layers or 0, desc.depth or 0, desc.levels or 0)
  if self._backend_null then self._gpu_live = true end
  return id
end

-- rt:read_texture(name, { x =, y =, z|layer|face =, w =, h =, d = 1, level = 0 }) -> string
function RT:read_texture(name, r)
  r = r or {}
  return ccall(CF.read_texture, self._lud, name, r.x or 0, r.y or 0, r.layer or r.z or r.face or 0,
    r.w or 1, r.h or 1, r.d or 1, r.level or 0)
end

-- rt:texture_gl(name) -> the GL texture name, for drawing (render thread).
function RT:texture_gl(name) return ccall(CF.texture_gl, self._lud, name) end

-- rt:gpu_stats() -> backend, ring use, uploads staged/issued/dropped, stalls...
function RT:gpu_stats()
  check_open(self, "rt:gpu_stats")
  return CF.gpu_stats(self._lud)
end

-- rt:errors() -> the most recent failures (up to 64), oldest first.
function RT:errors()
  return CF.errors(self._lud)
end

-- rt:close { cancel = false, timeout_s = nil }: finishes (or with cancel,
-- drops) queued work, waits for running items, joins the workers. Results
-- not yet applied are discarded. Returns true, or false and a message when
-- the deadline left items unrun (each is also in rt:errors()).
function RT:close(opts)
  if self._closed then return true end
  local cancel, timeout = false, -1
  if opts ~= nil then
    if type(opts) ~= "table" then error("rt:close: options must be a table", 2) end
    cancel = opts.cancel and true or false
    timeout = opts.timeout_s or -1
  end
  local c = self._c
  local rc = api.close(c, cancel and 1 or 0, timeout, errbuf)
  local msg = rc ~= 0 and ffi_string(errbuf) or nil
  self._closed = true
  if api.trace_on(c) ~= 0 and api.trace_stop(c, errbuf) ~= 0 then
    msg = (msg and msg .. "; " or "") .. "trace: " .. ffi_string(errbuf)
  end
  while true do
    local item = api.next_done(c)
    if item == nil then break end
    if api.item_status(item) == ST_CANCELED then
      local key = ffi_string(api.item_key(item, lenbox), lenbox[0])
      local spec = self._types[api.item_type(item)]
      local m = "not run: the runtime closed before its deadline"
      api.record_error(c, spec and spec.name or "?", key, #key, api.item_session(item), S_QUEUE, m, "")
    end
    api.finish(c, item)
  end
  -- Writes that failed while close drained them reach on_error too.
  local late = self:_late_errors()
  if late > 0 and not msg then
    msg = fmt("%d artifact write(s) failed during close (see rt:errors())", late)
  end
  if msg then return false, msg end
  return true
end

return kiln
