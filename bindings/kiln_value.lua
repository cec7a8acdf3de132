-- The value codec: how values cross from one Lua state to another.
local K, kiln = ...
local ffi, api = K.ffi, K.api
local bit, sbuf = require "bit", require "string.buffer"
local type, next, tostring, tonumber, error, pcall = type, next, tostring, tonumber, error, pcall
local istype, ffi_string, ffi_gc = ffi.istype, ffi.string, ffi.gc
local fmt, concat, floor, band = string.format, table.concat, math.floor, bit.band
local is_buffer, take_buf, new_buf = K.is_buffer, K.take_buf, K.new_buf
local PL_NIL, PL_FALSE, PL_TRUE, PL_NUMBER, PL_STRING, PL_BUFFER, PL_ENCODED = 0, 1, 2, 3, 4, 5, 6
-- Values cross Lua states as payloads: scalars inline, strings as bytes,
-- a kiln.buffer by moving its memory, tables through LuaJIT's string.buffer
-- serializer with buffers swapped for placeholders and moved alongside.

local BUFKEY = "\0kiln.buffer"
local enc = sbuf.new()
-- Decoding goes through a string, not a reused buffer: in a compiled trace,
-- buf:set(ptr, len) followed by buf:decode() costs 5-6 us for a small table
-- (0.9 us interpreted), buffer.decode(ffi.string(ptr, len)) 0.8 us either way.
local sbuf_decode = sbuf.decode
local function decode_bytes(ptr, len) return sbuf_decode(ffi_string(ptr, len)) end
local i64_ct, u64_ct = ffi.typeof("int64_t"), ffi.typeof("uint64_t")
-- onpath[d]: the table at depth d of the walk, its enclosing ones before it
-- (a cycle is a table among its own; a scan of a few slots costs less than
-- adding and removing table keys in a set).
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

-- Buffers this item's output moved to disk: the value still reaches apply,
-- with them marked moved. Any other moved or freed buffer is a script bug.
local output_moved = setmetatable({}, { __mode = "k" })
K.output_moved = output_moved

local function bad_buffer(root, depth)
  error(path_string(root, depth) .. " is a kiln.buffer that was already moved or freed (a "
    .. "buffer moves, not copies, when it is returned from compute, passed in args or written "
    .. "with ctx:write_disk)", 0)
end

-- Checks v and returns it, or a copy with kiln buffers swapped for
-- placeholders (the caller's tables are never modified).
local function walk(v, depth, root)
  local tv = type(v)
  if tv == "table" then
    for d = 1, depth do
      if onpath[d] == v then bad(root, depth, "refers back to an enclosing table (a cycle)") end
    end
    if depth >= 64 then bad(root, depth, "nests deeper than 64 tables") end
    onpath[depth + 1] = v
    local copy
    for k, x in next, v do
      local tk = type(k)
      if tk ~= "string" and tk ~= "number" and tk ~= "boolean" then
        pathk[depth + 1] = "<" .. tk .. ">"
        bad(root, depth + 1, "is a table key of type " .. tk)
      end
      pathk[depth + 1] = k
      if k == BUFKEY then
        error(path_string(root, depth + 1) .. ": the key \"\\0kiln.buffer\" is reserved by kiln "
          .. "(it marks where a moved buffer goes)", 0)
      end
      local x2 = walk(x, depth + 1, root)
      if x2 ~= x then
        if not copy then
          copy = {}
          for kk, xx in next, v do copy[kk] = xx end
        end
        copy[k] = x2
      end
    end
    onpath[depth + 1] = nil
    return copy or v
  elseif tv == "cdata" then
    if is_buffer(v) then
      if v.flags ~= 0 and not output_moved[v] then bad_buffer(root, depth) end
      -- A buffer moves, so it can travel once: a second place in the same
      -- value would arrive empty.
      for i = 1, #found do
        if found[i] == v then
          error(path_string(root, depth) .. " is a kiln.buffer that appears earlier in the same "
            .. "value (a buffer moves, so it can travel only once; copy it with kiln.buffer(buf:tostring()))", 0)
        end
      end
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

-- walk from the top; a failure (raised mid-table) also resets walk's
-- scratch state so the next value starts clean.
local function walk_all(v, root)
  local ok, r = pcall(walk, v, 0, root)
  if not ok then
    onpath = {}
    for i = #found, 1, -1 do found[i] = nil end
    error(r, 0)
  end
  return r
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
local PL_TAG_INT, PL_TAG_TRUE, PL_TAG_FALSE, PL_TAG_BUF = 1, 2, 3, 4 -- KILN_PL_TAG_BUF
local u8ptr_ct = ffi.typeof("uint8_t *")
local PL_INLINE_TRUE = ffi.cast(pl_ptr_ct, PL_TAG_TRUE)
local PL_INLINE_FALSE = ffi.cast(pl_ptr_ct, PL_TAG_FALSE)
local INLINE_MAX = 2^48 -- v * 16 + tag stays exact in a double

-- An integer below 2^48 in size, or a boolean, as the bits of its inline
-- payload: a Lua number (rt:enqueue hands it to C as one, no cdata).
-- nil for any other value.
local function inline_bits(v)
  local tv = type(v)
  if tv == "number" then
    if v == floor(v) and v > -INLINE_MAX and v < INLINE_MAX then return v * 16 + PL_TAG_INT end
  elseif tv == "boolean" then
    return v and PL_TAG_TRUE or PL_TAG_FALSE
  end
  return nil
end

-- Moves buffer b into payload slot i; its memory is the payload's now.
local function move_into(p, i, b)
  api.payload_move_buf(p, i, b)
  if b.fin ~= 0 then
    b.fin = 0
    ffi_gc(b, nil)
  end
end

local take_bytes = K.take_bytes

-- A compute's value for apply (decoded once, by rt:pump) that is one live
-- buffer with bytes travels as its tagged pointer (KILN_PL_TAG_BUF in
-- lkiln.h), its length in the item: this sets item's result so and returns
-- true, or returns false for any other value (encode it). Not through
-- encode: a pcall returning two values there sent everything after it on
-- the worker to the interpreter ("return to lower frame").
local function set_bare_result(item, v)
  if type(v) ~= "cdata" or not is_buffer(v) or v.flags ~= 0 or v.data == nil then return false end
  local data, len = take_bytes(v)
  api.item_set_result_aux(item, ffi.cast(pl_ptr_ct, data + PL_TAG_BUF), tonumber(len))
  return true
end
K.set_bare_result = set_bare_result

local function encode(v, root)
  local tv = type(v)
  if v == nil then return nil end
  if tv == "boolean" then return v and PL_INLINE_TRUE or PL_INLINE_FALSE end
  if tv == "number" then
    local bits = inline_bits(v)
    if bits then return ffi.cast(pl_ptr_ct, bits) end
    return newpl(PL_NUMBER, v, nil, 0, 0)
  end
  if tv == "string" then return newpl(PL_STRING, 0, v, #v, 0) end
  if tv == "cdata" and is_buffer(v) then
    if v.flags ~= 0 and not output_moved[v] then bad_buffer(root or "value", 0) end
    local p = newpl(PL_BUFFER, 0, nil, 0, 1)
    move_into(p, 0, v)
    return p
  end
  local r = walk_all(v, root)
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
  -- Only encode makes this key (walk refuses it in user data); the bounds
  -- check keeps a damaged payload from reading past its slots.
  if type(idx) == "number" and idx >= 1 and idx <= p.nbufs and idx == floor(idx) then
    return take_buf(p, idx - 1)
  end
  for k, x in next, v do
    if type(x) == "table" then v[k] = restore(x, p) end
  end
  return v
end

-- payload pointer -> value. Buffers move out of the payload. With naked,
-- a value that is one buffer comes without its finalizer, and a second
-- time: the caller must K.adopt_unless_taken it (kiln_buffer.lua). A result
-- whose bytes came in the pointer itself (aux: their length) must first be
-- taken from its item (api.item_take_result), or freeing the item would
-- free them too.
local function decode(p, naked, aux)
  if p == nil then return nil end
  local bits = ffi.cast(intptr_ct, p)
  local tag = tonumber(band(bits, 15))
  if tag ~= 0 then
    if tag == PL_TAG_INT then return tonumber(bit.arshift(bits, 4)) end
    if tag == PL_TAG_BUF then
      local data = ffi.cast(u8ptr_ct, bits - PL_TAG_BUF)
      local b = new_buf(data, aux, 0, naked)
      return b, naked and b or nil
    end
    return tag == PL_TAG_TRUE
  end
  local k = p.kind
  if k == PL_NUMBER then return p.num end
  if k == PL_TRUE then return true end
  if k == PL_FALSE then return false end
  if k == PL_STRING then return ffi_string(p.data, p.len) end
  if k == PL_BUFFER then
    local b = take_buf(p, 0, naked)
    return b, naked and b or nil
  end
  if k == PL_ENCODED then
    local v = decode_bytes(p.data, p.len)
    if p.nbufs > 0 then v = restore(v, p) end
    return v
  end
  return nil
end

kiln._encode, kiln._decode, kiln._api = encode, decode, api
-- meta (a table of plain values) -> pointer and length of its encoding,
-- valid until the next call. Raises "meta... is ..." on what cannot be stored.
local meta_enc = sbuf.new()
function K.encode_meta(meta)
  walk_all(meta, "meta")
  local nb = #found
  for i = nb, 1, -1 do found[i] = nil end
  if nb > 0 then error("meta cannot hold kiln buffers (write them as the payload)", 0) end
  meta_enc:reset()
  meta_enc:encode(meta)
  return meta_enc:ref()
end

K.encode, K.decode, K.decode_bytes, K.inline_bits = encode, decode, decode_bytes, inline_bits
