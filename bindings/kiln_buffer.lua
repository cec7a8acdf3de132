-- kiln.buffer: C memory owned by a GC'd struct, moved (never copied)
-- between Lua states; and kiln.buffer_pool, the process-wide recycler.
local K, kiln = ...
local ffi, api = K.ffi, K.api
local type, tostring, tonumber, error, pairs = type, tostring, tonumber, error, pairs
local istype, ffi_string, ffi_gc = ffi.istype, ffi.string, ffi.gc
local fmt, floor = string.format, math.floor

local buf_ct = ffi.typeof("kiln_buf")
local BUF_MOVED = 1 -- KILN_BUF_MOVED
local BUF_FREED = 2 -- freed by buf:free (also "moved": its bytes are gone)
local Buf = {}

local function is_buffer(v)
  return type(v) == "cdata" and istype(buf_ct, v)
end

local function check_live(b, what)
  if b.flags ~= 0 then
    error(what .. ": the kiln.buffer was already moved or freed (buffers move, not copy, when "
      .. "they are returned "
      .. "from compute, passed in args or written with ctx:write_disk)", 3)
  end
end

function Buf.tostring(b, i, j)
  check_live(b, "buf:tostring")
  local n = tonumber(b.size)
  i = i or 1
  j = j or n
  if type(i) ~= "number" or type(j) ~= "number" or i ~= i or j ~= j then
    error(fmt("buf:tostring: positions must be numbers, got %s and %s", type(i) == "number" and tostring(i)
      or type(i), type(j) == "number" and tostring(j) or type(j)), 2)
  end
  i, j = floor(i), floor(j)
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
local uintptr_ct = ffi.typeof("uintptr_t")
-- The address of the bytes take_bytes took last (freed or moved), as a
-- number: see K.adopt_unless_taken.
local last_taken = -1

local function take_bytes(b)
  local ptr, len = b.data, b.size
  last_taken = tonumber(ffi.cast(uintptr_ct, ptr))
  b.data, b.size, b.flags = nil, 0, BUF_MOVED
  -- ffi.gc(b, nil) writes b into the finalizer table even when it has no
  -- finalizer: only a buffer that has one pays for it.
  if b.fin ~= 0 then
    b.fin = 0
    ffi_gc(b, nil)
  end
  return ptr, len
end

-- Returns true; false for a buffer that moved (an apply freeing the tile
-- its output wrote to disk: the memory is the writer's, nothing to do).
-- Freeing a buffer twice is a bug in the script and raises.
function Buf.free(b)
  if b.flags == BUF_FREED then
    error("buf:free: the kiln.buffer was already freed", 2)
  end
  if b.flags ~= 0 then return false end
  api.mem_free((take_bytes(b)))
  b.flags = BUF_FREED
  return true
end

ffi.metatype(buf_ct, {
  __index = function(b, k)
    if k == "ptr" then
      check_live(b, "buf.ptr")
      return b.data
    end
    return Buf[k]
  end,
  __len = function(b)
    check_live(b, "#buf")
    return tonumber(b.size)
  end,
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

-- A worker's item is a scope (K.buf_scope): a buffer made in it gets no
-- finalizer at once; the scope's list holds it until the item ends, and
-- then only one still holding memory gets its finalizer. A tile made by
-- compute and returned moves to the render thread and never needs one.
-- At most DEFER_MAX buffers of at most DEFER_BYTES each wait so: a
-- compute that drops temporaries for the GC pins little until it ends.
local DEFER_MAX, DEFER_BYTES = 8, 2^24
local scoped, ndefer, deferred = false, 0, {}

local function new_buf(data, size, flags, naked)
  local b = buf_ct()
  b.data, b.size, b.flags = data, size, flags
  if data ~= nil and not naked then
    if scoped and ndefer < DEFER_MAX and size <= DEFER_BYTES then
      ndefer = ndefer + 1
      deferred[ndefer] = b
    else
      b.fin = 1
      ffi_gc(b, buf_fin)
    end
  end
  return b
end

-- A naked buffer (new_buf's last argument) has no finalizer yet: its
-- maker holds it and calls adopt once the code it was handed to returns
-- (rt:pump, around an apply). A tile that apply frees then never costs
-- the two finalizer-table writes, and the JIT may sink the struct (a
-- cdata with a finalizer is 40 bytes of garbage per item).
local function adopt(b)
  if b.data ~= nil and b.fin == 0 then
    b.fin = 1
    ffi_gc(b, buf_fin)
  end
end

-- Opens (on) or closes a worker item's scope; either way, what the last
-- one deferred gets its finalizer now if it still holds memory.
function K.buf_scope(on)
  for i = 1, ndefer do
    adopt(deferred[i])
    deferred[i] = nil
  end
  ndefer = 0
  scoped = on
end

-- adopt(b) unless the bytes at addr (b's when it was handed out) were the
-- last taken since K.untaken() (an apply freed its tile): then b is known
-- to hold nothing without reading it. A read of b after the apply's C
-- calls is what would keep the JIT from eliding b's struct (it cannot
-- forward a load across a call), and the struct is then 40 bytes of
-- garbage an item. (Blocks are recycled, so an address freed before the
-- apply may be b's: hence the reset.)
function K.untaken() last_taken = -1 end
function K.adopt_unless_taken(b, addr)
  if last_taken ~= addr then adopt(b) end
end

-- Moves buffer slot i (from 0) out of payload p.
local function take_buf(p, i, naked)
  local pb = p.bufs[i]
  local b = new_buf(pb.data, pb.size, pb.moved ~= 0 and BUF_MOVED or 0, naked)
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

K.is_buffer, K.check_live, K.take_bytes = is_buffer, check_live, take_bytes
K.new_buf, K.take_buf, K.BUF_MOVED = new_buf, take_buf, BUF_MOVED
