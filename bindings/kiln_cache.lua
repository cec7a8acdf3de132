-- The cache from the render thread: rt:cached, rt:evict, rt:clear. None
-- does file I/O here: lookups read the in-memory index, removals are
-- queued to the cache's I/O threads.
local K, kiln = ...
local ffi, api = K.ffi, K.api
local type, error = type, error
local ffi_string, fmt = ffi.string, string.format
local RT, errbuf = K.RT, K.errbuf

-- rt:cached(type, key) -> true when a valid-looking artifact for the type's
-- current version and script is on disk (an index lookup: no I/O, and not
-- counted as a hit or a miss).
function RT:cached(tname, key)
  local ti = K.type_info(self, "rt:cached", tname)
  if type(key) ~= "string" then error("rt:cached: key must be a string", 2) end
  return api.disk_has(self._c, ti.id, key, #key) ~= 0
end

-- rt:evict(type, key) -> true if there was an artifact (or a queued write)
-- to remove. rt:cached answers false at once; the file goes on the I/O
-- side, after any write of that key queued before the call.
function RT:evict(tname, key)
  K.check_open(self, "rt:evict")
  local ti = K.type_key(self, "rt:evict", tname, key)
  if ti.need_disk == 0 then
    error(fmt("rt:evict('%s', '%s'): type '%s' does not declare outputs.disk", tname, key, tname), 2)
  end
  local rc = api.disk_evict(self._c, ti.id, key, #key, errbuf)
  if rc == 0 then return true end
  if rc == -8 then return false end -- KILN_NOTFOUND
  error(fmt("rt:evict('%s', '%s'): %s", tname, key, ffi_string(errbuf)), 2)
end

-- rt:clear { type = name }: removes every artifact of that type (without
-- type: of every type) that is in the cache or queued to it now; writes
-- queued later stay. Returns at once (the files go on the I/O side): true
-- if there was anything to remove.
local CLEAR_OPTS = { type = "string" }

function RT:clear(opts)
  K.check_open(self, "rt:clear")
  local tid = -1
  if opts ~= nil then
    K.check_opts("rt:clear", opts, CLEAR_OPTS)
    if opts.type ~= nil then
      local ti = K.type_info(self, "rt:clear", opts.type)
      if ti.need_disk == 0 then
        error(fmt("rt:clear: type '%s' does not declare outputs.disk", opts.type), 2)
      end
      tid = ti.id
    end
  end
  local rc = api.disk_clear(self._c, tid, errbuf)
  if rc == -8 then return false end -- KILN_NOTFOUND: nothing to clear
  if rc ~= 0 then error("rt:clear: " .. ffi_string(errbuf):gsub("^kiln disk: ", ""), 2) end
  return true
end
