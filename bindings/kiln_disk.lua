-- The disk output: ctx:write_disk from output, rt:store from the render
-- thread (the script asks, C does the I/O).
local K, kiln = ...
local ffi, api = K.ffi, K.api
local type, pcall, error, rawset = type, pcall, error, rawset
local ffi_string, fmt = ffi.string, string.format
local errbuf, is_buffer, check_live, take_bytes = K.errbuf, K.is_buffer, K.check_live, K.take_bytes
local Ctx, encode_meta = K.Ctx, K.encode_meta
local KIND_STRING, KIND_BUFFER = 0, 1
local KEY_MAX = K.KEY_MAX

local function meta_bytes(where, meta)
  if meta == nil then return nil, 0 end
  if type(meta) ~= "table" then
    error(fmt("%s: meta must be a table of plain values, got %s", where, type(meta)), 3)
  end
  local ok, p, n = pcall(encode_meta, meta)
  if not ok then error(where .. ": " .. p, 3) end
  return p, n
end

-- Queues one write: item (nil from rt:store) shares its disk tokens with
-- the write; a kiln.buffer is moved, a string copied.
local function queue_write(where, rtp, item, tid, key, spec, data, mptr, mlen)
  local rc
  if type(data) == "string" then
    rc = api.disk_write(rtp, item, tid, key, #key, spec._version, spec._hash, KIND_STRING,
      ffi.cast("void *", data), #data, 0, mptr, mlen, errbuf)
  elseif is_buffer(data) then -- the caller checked it is live
    local ptr, len = take_bytes(data) -- moved to the writer
    K.output_moved[data] = true
    rc = api.disk_write(rtp, item, tid, key, #key, spec._version, spec._hash, KIND_BUFFER, ptr,
      len, 1, mptr, mlen, errbuf)
  else
    error(fmt("%s: expected a kiln.buffer or a string, got %s", where, type(data)), 3)
  end
  if rc ~= 0 then
    local m = ffi_string(errbuf):gsub("^ctx:write_disk: ", ""):gsub("^rt:store: ", "")
    error(where .. ": " .. m:gsub("^kiln disk: ", ""), 3)
  end
end

local WRITE_OPTS = { key = "string", type = "string" }

-- ctx:write_disk(buf_or_string [, meta [, { key =, type = }]]) (output
-- only): hands the bytes to kiln's disk writer and returns at once; a
-- kiln.buffer is moved, not copied. meta is a small table of plain values
-- stored with the artifact. By default the artifact is the item's own;
-- key (and type, another type with outputs.disk) stores it under another
-- key, so one item may store several artifacts, each durable and counted
-- on its own. The item's disk token comes back when all its writes are
-- durable. Returns true, or false when that artifact is already in the
-- cache (the item was served from it).
function Ctx.write_disk(ctx, data, meta, opts)
  if ctx._stage ~= "output" then
    error("ctx:write_disk: only allowed in output", 2)
  end
  local spec = ctx._spec
  -- The writer's own type too: its disk token is what bounds its writes.
  if not (spec.outputs and spec.outputs.disk) then
    error(fmt("ctx:write_disk: type '%s' does not declare outputs.disk", spec.name), 2)
  end
  local tspec, tid, key = spec, nil, ctx.key
  if opts ~= nil then
    K.check_opts("ctx:write_disk", opts, WRITE_OPTS)
    if opts.type ~= nil and opts.type ~= spec.name then
      tspec, tid = K.worker_spec(opts.type)
      if not tspec then
        error(fmt("ctx:write_disk: unknown type '%s' (load its script with rt:load first)", opts.type), 2)
      end
    end
    if opts.key ~= nil then
      if #opts.key > KEY_MAX then
        error(fmt("ctx:write_disk: key of %d bytes is longer than the %d bytes a key may have",
          #opts.key, KEY_MAX), 2)
      end
      key = opts.key
    end
  end
  if not (tspec.outputs and tspec.outputs.disk) then
    error(fmt("ctx:write_disk: type '%s' does not declare outputs.disk", tspec.name), 2)
  end
  local own = tspec == spec and key == ctx.key
  if own and ctx._from_cache then return false end
  -- _wrote: true once the item's own artifact was written; a set of
  -- targets (own one as [true]) once another was.
  local wrote = ctx._wrote
  local target = own or (tspec.name .. "\0" .. key)
  if wrote == true and own or type(wrote) == "table" and wrote[target] then
    if own then error("ctx:write_disk: already called for this item", 2) end
    error(fmt("ctx:write_disk: already wrote '%s' key '%s' for this item", tspec.name, key), 2)
  end
  local item = K.ctx_item(ctx)
  if tid == nil then tid = api.item_type(item) end
  -- Another artifact of an item served from the cache: written only if
  -- the cache lacks it.
  if not own and ctx._from_cache and api.disk_has(ctx._rt, tid, key, #key) ~= 0 then
    return false
  end
  if is_buffer(data) then check_live(data, "ctx:write_disk") end
  local mptr, mlen = meta_bytes("ctx:write_disk", meta)
  queue_write("ctx:write_disk", ctx._rt, item, tid, key, tspec, data, mptr, mlen)
  if own and not wrote then
    rawset(ctx, "_wrote", true)
  else
    if type(wrote) ~= "table" then
      wrote = { [true] = wrote or nil }
      rawset(ctx, "_wrote", wrote)
    end
    wrote[target] = true
  end
  return true
end

-- rt:store(type, key, buf_or_string [, meta]) (render thread): queues a
-- durable write of an artifact made here (a GL bake read back, say) and
-- returns at once; a kiln.buffer is moved. Drained by rt:close like every
-- write; a failure reaches on_error and rt:errors(). Holds no disk token.
function K.RT:store(tname, key, data, meta)
  K.check_open(self, "rt:store")
  local ti = K.type_key(self, "rt:store", tname, key, true)
  if ti.need_disk == 0 then
    error(fmt("rt:store('%s', '%s'): type '%s' does not declare outputs.disk", tname, key, tname), 2)
  end
  local where = fmt("rt:store('%s', '%s')", tname, key)
  if is_buffer(data) then check_live(data, where) end
  local mptr, mlen = meta_bytes(where, meta)
  queue_write(where, self._c, nil, ti.id, key, ti.spec, data, mptr, mlen)
  return true
end
