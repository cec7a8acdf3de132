-- ctx: what compute, output, load and apply are handed for one item.
local K, kiln = ...
local api = K.api
local rawset, rawget, setmetatable, tonumber, type = rawset, rawget, setmetatable, tonumber, type
local item_ptr_ct = K.ffi.typeof("void *")

local Ctx = {}
local lenbox = K.ffi.new("size_t[1]")
local ffi_string = K.ffi.string

-- The key of item (a pointer) as a Lua string.
function K.item_key(item)
  local kp = api.item_key(item, lenbox)
  return ffi_string(kp, lenbox[0])
end
-- A ctx is reused from item to item, so a run makes no garbage for it. A
-- field a script adds (ctx.tmp = ...) marks it dirty, and a dirty ctx is
-- wiped before its next item: nothing leaks from one item to the next.
-- kiln sets its own fields with rawset, past this hook.
function Ctx.__newindex(ctx, k, v)
  rawset(ctx, "_dirty", true)
  rawset(ctx, k, v)
end
local tclear = require "table.clear"

-- ctx._item: the item's address as a number: a pointer stored in a table
-- would be a new cdata per item (ctx_item makes the pointer when needed).
local function ctx_item(ctx)
  local item = rawget(ctx, "_item")
  if type(item) == "number" then return K.ffi.cast(item_ptr_ct, item) end
  return item
end

-- ctx:canceled(): rt:cancel asked for this item; its result will be
-- dropped, so a long compute may stop early (return nil).
function Ctx.canceled(ctx)
  local item = ctx_item(ctx)
  return item ~= nil and api.item_canceled(item) ~= 0
end

-- ctx:stale(): a newer session began, or the item was canceled: its result
-- will be dropped.
function Ctx.stale(ctx)
  if tonumber(api.session(ctx._rt)) ~= ctx.session then return true end
  local item = ctx_item(ctx)
  return item ~= nil and api.item_canceled(item) ~= 0
end

-- ctx.key on a worker whose callbacks do not read their key parameter
-- (K.reads_key): made from the item when asked for, then kept.
Ctx.__index = function(ctx, k)
  if k == "key" then
    local item = ctx_item(ctx)
    if item == nil then return nil end
    local key = K.item_key(item)
    rawset(ctx, "key", key)
    return key
  end
  return Ctx[k]
end

-- Whether f, a compute, output, load or apply, may read its key: the second
-- parameter. Looked for in its bytecode (jit.util): no instruction names
-- the key's slot (1; ctx is 0) or a range that holds it. Anything not
-- plainly a Lua function that cannot is taken to read it: varargs, nested
-- functions (they may capture it), C functions, other callables, and
-- every function when jit.util or the opcode names (jit.vmdef) are
-- missing. A callback that does not read its key is passed nil instead,
-- and never costs an interned string per item. (debug.getlocal on it
-- sees that nil, or a stale value once a compiled caller skips restoring
-- a slot the callee never reads.)
local BCM_NONE, BCM_DST, BCM_BASE, BCM_VAR, BCM_RBASE = 0, 1, 2, 3, 4
local band, rshift = require("bit").band, require("bit").rshift
local below3 -- opcodes that read the three slots below their base (iterators)
local OP_RET0, OP_RET1, OP_RET -- returns: what their base reads depends on D
do
  local ok, vmdef = pcall(require, "jit.vmdef")
  if ok and type(vmdef) == "table" and type(vmdef.bcnames) == "string" then
    below3 = {}
    local names = vmdef.bcnames
    for op = 0, #names / 6 - 1 do
      local n = names:sub(op * 6 + 1, op * 6 + 6):gsub(" ", "")
      if n:match("ITER") or n == "ISNEXT" then below3[op] = true end
      if n == "RET0" then OP_RET0 = op elseif n == "RET1" then OP_RET1 = op
      elseif n == "RET" then OP_RET = op end
    end
  end
end
local util_ok, util = pcall(require, "jit.util")
if not util_ok or type(util) ~= "table" then util = nil end

-- Whether slot operand v (of mode mode) may touch slot 1.
local function names_key(mode, v, below)
  if mode == BCM_DST or mode == BCM_VAR then return v == 1 end
  if mode == BCM_BASE or mode == BCM_RBASE then return v <= 1 or (below and v - 3 <= 1) end
  return false
end

function K.reads_key(f)
  if f == nil then return false end
  if type(f) ~= "function" or not util or not below3 then return true end
  local info = util.funcinfo(f)
  if info.ffid or not info.bytecodes then return true end -- a C function
  if info.isvararg or info.children then return true end
  if info.params < 2 then return false end
  for pc = 1, info.bytecodes - 1 do -- 0 is the function header
    local ins, m = util.funcbc(f, pc)
    if not ins then return true end
    local ma, mb, mc = band(m, 7), band(rshift(m, 3), 15), band(rshift(m, 7), 15)
    local op, a = band(ins, 0xff), band(rshift(ins, 8), 0xff)
    -- RET0 (every function's end) reads nothing, RET1 its one slot, RET
    -- slots A to A+D-2; RETM (a call's results too) counts as a base.
    if op == OP_RET0 then ma = BCM_NONE
    elseif op == OP_RET1 then ma = BCM_VAR
    elseif op == OP_RET then
      if a <= 1 and a + rshift(ins, 16) - 2 >= 1 then return true end
      ma = BCM_NONE
    end
    if names_key(ma, a, below3[op]) then return true end
    if mb == BCM_NONE then -- an A D instruction
      if names_key(mc, rshift(ins, 16)) then return true end
    elseif names_key(mb, rshift(ins, 24)) or names_key(mc, band(rshift(ins, 16), 0xff)) then
      return true
    end
  end
  return false
end

-- Whether any of spec's callbacks a, b, c (nil for none) may read its key
-- (K.reads_key), remembered in spec and looked at again when a script
-- replaced one after its load. A spec is asked about the same callbacks
-- in each state: apply in the main state, compute, output and load in
-- workers.
function K.spec_reads_key(spec, a, b, c)
  if spec._keyed_a ~= a or spec._keyed_b ~= b or spec._keyed_c ~= c then
    spec._reads_key = K.reads_key(a) or K.reads_key(b) or K.reads_key(c)
    spec._keyed_a, spec._keyed_b, spec._keyed_c = a, b, c
  end
  return spec._reads_key
end

-- Readies ctx (a reused one, or nil for a new one) for an item.
local function new_ctx(ctx, rtp, spec, key, session, item, stage)
  if ctx == nil then
    ctx = setmetatable({}, Ctx)
  elseif rawget(ctx, "_dirty") then
    tclear(ctx)
  end
  -- No key (a worker whose callbacks do not read it): ctx.key is made on
  -- demand. A nil stored under a key the table lacks would add a slot,
  -- and the rehashes that follow cost more than the string saved.
  if key ~= nil or rawget(ctx, "key") ~= nil then rawset(ctx, "key", key) end
  rawset(ctx, "type", spec.name)
  rawset(ctx, "session", session)
  rawset(ctx, "_rt", rtp)
  rawset(ctx, "_item", item)
  rawset(ctx, "_stage", stage)
  rawset(ctx, "_spec", spec)
  return ctx
end

K.Ctx, K.new_ctx, K.ctx_item = Ctx, new_ctx, ctx_item
kiln._Ctx = Ctx
kiln._reads_key = K.reads_key -- for the specs
