-- The disk output: ctx:write_disk (the script asks, C does the I/O).
local K, kiln = ...
local ffi, api = K.ffi, K.api
local type, pcall, error = type, pcall, error
local ffi_string, fmt = ffi.string, string.format
local errbuf, is_buffer, check_live, take_bytes = K.errbuf, K.is_buffer, K.check_live, K.take_bytes
local Ctx, encode_meta = K.Ctx, K.encode_meta
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
    local ok, p, n = pcall(encode_meta, meta)
    if not ok then error("ctx:write_disk: " .. p, 2) end
    mptr, mlen = p, n
  end
  local rc
  if type(data) == "string" then
    rc = api.disk_write(ctx._rt, ctx._item, spec._version, spec._hash, KIND_STRING, ffi.cast("void *", data), #data, 0,
      mptr, mlen, errbuf)
  elseif is_buffer(data) then
    check_live(data, "ctx:write_disk")
    local ptr, len = take_bytes(data) -- moved to the writer
    K.output_moved[data] = true
    rc = api.disk_write(ctx._rt, ctx._item, spec._version, spec._hash, KIND_BUFFER, ptr, len, 1, mptr, mlen, errbuf)
  else
    error("ctx:write_disk: expected a kiln.buffer or a string, got " .. type(data), 2)
  end
  if rc ~= 0 then error(ffi_string(errbuf), 2) end
  rawset(ctx, "_wrote", true)
  return true
end
