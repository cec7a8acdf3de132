-- ctx: what compute, output, load and apply are handed for one item.
local K, kiln = ...
local api = K.api
local rawset, rawget, setmetatable, tonumber, type = rawset, rawget, setmetatable, tonumber, type
local item_ptr_ct = K.ffi.typeof("void *")

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

K.Ctx, K.new_ctx, K.ctx_item = Ctx, new_ctx, ctx_item
kiln._Ctx = Ctx
