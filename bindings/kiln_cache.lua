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

-- rt:remote_url(type, key) -> the shared cache's URL of the artifact under
-- the type's current identity (nil without a remote). Pure: no request.
function RT:remote_url(tname, key)
  local ti = K.type_key(self, "rt:remote_url", tname, key, true) -- a longer key is never stored
  local buf = ffi.new("char[?]", 4096)
  if api.remote_url(self._c, ti.id, key, #key, buf, 4096) ~= 0 then return nil end
  return ffi_string(buf)
end

-- rt:remote_has(type, keys) -> { true | false | nil per key } (nil: not
-- known, an error or the breaker): HEADs, 16 at a time on kept-alive
-- connections. It blocks on the network, so only a runtime made with
-- remote.tool = true (kiln bake, farm workers) may call it; a render
-- thread gets an error instead of a stall.
function RT:remote_has(tname, keys)
  K.check_open(self, "rt:remote_has")
  local ti = K.type_info(self, "rt:remote_has", tname)
  if type(keys) ~= "table" then error("rt:remote_has: keys must be a list of strings", 2) end
  local n = #keys
  local ptrs, lens = ffi.new("const char *[?]", n + 1), ffi.new("size_t[?]", n + 1)
  for i = 1, n do
    local k = keys[i]
    if type(k) ~= "string" then error(fmt("rt:remote_has: key #%d must be a string, got %s", i, type(k)), 2) end
    if #k > K.KEY_MAX then -- else C refuses the batch naming the key by its 0-based index
      error(fmt("rt:remote_has('%s'): key #%d of %d bytes is longer than the %d bytes a key may have", tname, i,
        #k, K.KEY_MAX), 2)
    end
    ptrs[i - 1], lens[i - 1] = k, #k
  end
  local out = ffi.new("int8_t[?]", n + 1)
  local rc = api.remote_exists(self._c, ti.id, ptrs, lens, n, out, errbuf)
  if rc < 0 then error("rt:remote_has: " .. ffi_string(errbuf), 2) end
  local t = {}
  for i = 1, n do
    local v = out[i - 1]
    if v == 1 then t[i] = true elseif v == 0 then t[i] = false end
  end
  return t
end
