-- Cache types for the soak (tests/soak/soak.lua). rt:load runs this file in
-- the main state (the host's own state: apply reads _G.SOAK there) and in
-- every worker state.
--
-- Everything an item produces depends on its key only (the numeric id at
-- the end of it), so a result from any session, computed or served from
-- the cache, must match what the main state expects for that key.
-- Injected failures, all with the marker "soak-injected":
--   compute  decided by the key: id % 17 == 5 always fails (so those keys
--            are never cached and fail in every session);
--   output   decided by the enqueue's args: fo = "before" | "after" (the
--            host sets it for a few enqueues); "after" fails once the disk
--            write or the GPU staging has been requested;
--   apply    decided in apply with the host's math.random (main state).
-- apply also bumps the session now and then (plain or { requeue = true }),
-- and rarely pumps again (nested), as the README allows.
-- Issue 12: soak_disk stores a second artifact "<key>/b" for some ids;
-- soak_one has max_concurrency = 1 and reports its compute's start and end
-- (apply checks that no two overlapped); soak_poison's load raises (ids
-- % 5 == 2) or returns nil (% 5 == 4), so those cache hits must heal; a
-- canceled item's stage_texture returns false, and apply records an apply
-- of a key canceled with no enqueue since (_G.SOAK.blocked).
local kiln = require "kiln"
local ffi = require "ffi"
local bit = require "bit"
local band, rshift = bit.band, bit.rshift

local TILE = 16          -- 16x16 rgba8 tiles: 1 KiB each
local GRID = 16          -- 16x16 tiles: a 256x256 atlas, one tile per key id
local TILE_BYTES = TILE * TILE * 4
local MARK = "soak-injected"

-- "d/12" and its second artifact "d/12/b" are the same id (same bytes).
local function key_id(key) return tonumber(key:match("^%a+/(%d+)")) end
local function fails_compute(id) return id % 17 == 5 end
local function disk_len(id) return 64 + (id * 97) % 8000 end -- 64 .. 8063 bytes
local function poison_len(id) return 100 + (id * 37) % 1500 end
-- soak_poison: the artifacts of these ids make load raise, or return nil
local function poisoned(id) return id % 5 == 2 end
local function nil_load(id) return id % 5 == 4 end
local now = kiln._now
if not now then
  pcall(ffi.cdef, "struct timespec { long tv_sec; long tv_nsec; }; int clock_gettime(int, struct timespec *);")
  local ts = ffi.new("struct timespec")
  now = function()
    ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
  end
end

-- n deterministic bytes for id (seed tells the types apart), as a buffer.
local function gen(n, id, seed)
  local b = kiln.buffer(n, false)
  local p = b.ptr
  local base = id * 13 + seed * 101
  for i = 0, n - 1 do p[i] = band(i * 7 + base + rshift(i, 6), 255) end
  return b
end

-- Rolling digest of a kiln.buffer or a string (exact in doubles: h < 2^32).
local function digest(d)
  local p, n
  if type(d) == "string" then
    p, n = ffi.cast("const uint8_t *", d), #d
  else
    p, n = d.ptr, #d
  end
  local h = n
  for i = 0, n - 1 do h = (h * 31 + p[i]) % 4294967296 end
  return h
end

local function region(id)
  return { x = (id % GRID) * TILE, y = math.floor(id / GRID) % GRID * TILE, w = TILE, h = TILE }
end

-- Main state only: what each id must produce (memoized: bounded by the key
-- space), and the host's bookkeeping in _G.SOAK.
local expect = { disk = {}, gpu = {}, both = {}, poison = {} }
local function expected(kind, id)
  local e = expect[kind][id]
  if e then return e end
  if kind == "disk" or kind == "poison" then
    local b = kind == "disk" and gen(disk_len(id), id, 1) or gen(poison_len(id), id, 4)
    e = { len = #b, digest = digest(b) }
    b:free()
  else
    local b = gen(TILE_BYTES, id, kind == "gpu" and 2 or 3)
    e = b:tostring()
    b:free()
  end
  expect[kind][id] = e
  return e
end

local function mismatch(what) -- an apply that got something wrong: recorded, not raised
  local S = _G.SOAK
  S.bad = S.bad + 1
  if #S.bad_list < 20 then S.bad_list[#S.bad_list + 1] = what end
end

-- Every apply goes through here first: the session it saw against the
-- runtime's current one, then the injected behaviour.
local function on_apply(ctx, key, tname)
  local S = _G.SOAK
  local rt = S.rt
  local now = rt.session
  S.applies = S.applies + 1
  S.type_applies[tname] = (S.type_applies[tname] or 0) + 1
  local ck = tname .. "/" .. key
  S.seen[ck] = ctx.session
  if S.blocked[ck] then -- rt:cancel was called for it, and no enqueue of it came since
    S.after_cancel = S.after_cancel + 1
    if #S.after_cancel_list < 10 then
      S.after_cancel_list[#S.after_cancel_list + 1] = ck .. " applied after rt:cancel (no enqueue since)"
    end
  end
  if ctx.session < now then
    S.old_session = S.old_session + 1
    if #S.old_list < 20 then
      S.old_list[#S.old_list + 1] = ("%s/%s applied with ctx.session %d while rt.session was %d")
        :format(tname, key, ctx.session, now)
    end
  end
  if ctx.key ~= key or ctx.type ~= tname then
    mismatch(("%s/%s: ctx.key %s, ctx.type %s"):format(tname, key, tostring(ctx.key), tostring(ctx.type)))
  end
  local r = math.random()
  if r < S.p_apply_bump then
    if math.random() < 0.5 then
      rt:bump_session { requeue = true }
      S.requeue_bumps = S.requeue_bumps + 1
    else
      rt:bump_session()
    end
    S.bumps, S.apply_bumps = S.bumps + 1, S.apply_bumps + 1
  elseif r < S.p_apply_bump + S.p_nested_pump then
    S.nested_pumps = S.nested_pumps + 1
    local res = rt:pump { max_ms = 0 }
    S.note_pump(res)
  elseif r < S.p_apply_bump + S.p_nested_pump + S.p_apply_fail then
    S.apply_fails = S.apply_fails + 1
    error(MARK .. " apply failure for " .. tname .. "/" .. key)
  end
end

local function out_fail(ctx, when, key)
  local a = ctx.args
  if a and a.fo == when then error(MARK .. " output failure (" .. when .. ") for " .. ctx.type .. "/" .. key) end
end

-- No outputs: a small table.
local function plain_compute(ctx, key)
  local id = key_id(key)
  if fails_compute(id) then error(MARK .. " compute failure for " .. ctx.type .. "/" .. key) end
  return { id = id, key = key, sq = id * id, pad = string.rep("x", id % 200) }
end
local function plain_apply(tname)
  return function(ctx, key, v)
    on_apply(ctx, key, tname)
    local id = key_id(key)
    if type(v) ~= "table" or v.key ~= key or v.sq ~= id * id or #v.pad ~= id % 200 then
      mismatch(tname .. "/" .. key .. ": wrong value")
    end
  end
end

kiln.artifact {
  name = "soak_plain",
  compute = plain_compute,
  output = function(ctx, key, v) out_fail(ctx, "before", key); out_fail(ctx, "after", key) end,
  apply = plain_apply("soak_plain"),
}

-- The same on the guarded state (timeout_ms: JIT off, count hook); the
-- timeout never trips. Ids ending in 3 spin for a millisecond first (items
-- the host can find running, and cancel).
kiln.artifact {
  name = "soak_timed",
  timeout_ms = 10000,
  compute = function(ctx, key, args)
    if key_id(key) % 10 == 3 then
      local t0 = now()
      while now() - t0 < 0.001 and not ctx:canceled() do end
    end
    return plain_compute(ctx, key, args)
  end,
  apply = plain_apply("soak_timed"),
}

-- outputs.disk: a buffer (even ids) or a string (odd ids) written with a
-- meta table; cache hits come back through load with that meta.
kiln.artifact {
  name = "soak_disk",
  version = 1,
  outputs = { disk = true },
  compute = function(ctx, key)
    local id = key_id(key)
    if fails_compute(id) then error(MARK .. " compute failure for soak_disk/" .. key) end
    local b = gen(disk_len(id), id, 1)
    if id % 2 == 1 then
      local s = b:tostring()
      b:free()
      return { id = id, src = "compute", data = s }
    end
    return { id = id, src = "compute", data = b }
  end,
  load = function(ctx, key, bytes, meta)
    return { id = key_id(key), src = "load", data = bytes, meta = meta }
  end,
  output = function(ctx, key, v)
    out_fail(ctx, "before", key)
    local d = v.data
    v.digest, v.len = digest(d), #d
    -- some items also store a second artifact, "<key>/b" (the same bytes):
    -- an enqueue of that key is then served from the cache
    if v.id % 4 == 1 and not key:find("/b$") then
      v.wrote_b = ctx:write_disk(type(d) == "string" and d or d:tostring(),
        { id = v.id, len = v.len, digest = v.digest, kind = "string" }, { key = key .. "/b" })
    end
    v.wrote = ctx:write_disk(d, { id = v.id, len = v.len, digest = v.digest, kind = type(d) })
    if kiln.is_buffer(d) and not d:moved() then d:free() end
    v.data = nil
    out_fail(ctx, "after", key)
  end,
  apply = function(ctx, key, v)
    on_apply(ctx, key, "soak_disk")
    local S = _G.SOAK
    local id = key_id(key)
    local e = expected("disk", id)
    if v.len ~= e.len or v.digest ~= e.digest then
      mismatch(("soak_disk/%s (%s): %s bytes, digest %s; want %d, %d"):format(key, v.src,
        tostring(v.len), tostring(v.digest), e.len, e.digest))
    end
    if v.wrote_b == true then S.second_writes = S.second_writes + 1 end
    if v.src == "load" then
      S.cache_applies = S.cache_applies + 1
      if key:find("/b$") then S.second_hits = S.second_hits + 1 end
      local m = v.meta
      if v.wrote ~= false or type(m) ~= "table" or m.id ~= id or m.len ~= e.len or m.digest ~= e.digest then
        mismatch(("soak_disk/%s: cache hit with wrote=%s and meta %s"):format(key, tostring(v.wrote),
          type(m) == "table" and ("id %s len %s digest %s"):format(tostring(m.id), tostring(m.len),
            tostring(m.digest)) or tostring(m)))
      end
    elseif v.wrote ~= true then
      mismatch("soak_disk/" .. key .. ": computed, but ctx:write_disk returned " .. tostring(v.wrote))
    end
  end,
}

-- outputs.gpu: a tile staged into "soak_gpu" (null backend) at the key's
-- own region; apply reads it back.
local function check_tile(tname, tex, kind, key)
  local id = key_id(key)
  local r = region(id)
  local got = _G.SOAK.rt:read_texture(tex, r)
  if got ~= expected(kind, id) then
    local first = 0
    local want = expected(kind, id)
    for i = 1, #want do if got:byte(i) ~= want:byte(i) then first = i break end end
    mismatch(("%s/%s: texture %s region %d,%d differs from byte %d"):format(tname, key, tex, r.x, r.y, first))
  end
end

kiln.artifact {
  name = "soak_gpu",
  outputs = { gpu = true },
  gpu_bytes = TILE_BYTES,
  compute = function(ctx, key)
    local id = key_id(key)
    if fails_compute(id) then error(MARK .. " compute failure for soak_gpu/" .. key) end
    local b = gen(TILE_BYTES, id, 2)
    if id % 3 == 0 then
      local s = b:tostring()
      b:free()
      return { id = id, data = s }
    end
    return { id = id, data = b }
  end,
  output = function(ctx, key, v)
    out_fail(ctx, "before", key)
    local t = region(v.id)
    t.texture, t.data = "soak_gpu", v.data
    v.staged = ctx:stage_texture(t)
    if kiln.is_buffer(v.data) then v.data:free() end
    v.data = nil
    out_fail(ctx, "after", key)
  end,
  apply = function(ctx, key, v)
    on_apply(ctx, key, "soak_gpu")
    if v.staged ~= true then mismatch("soak_gpu/" .. key .. ": staged " .. tostring(v.staged)) end
    check_tile("soak_gpu", "soak_gpu", "gpu", key)
  end,
}

-- outputs.disk and outputs.gpu, no load: a cache hit hands output the
-- stored bytes as a kiln.buffer, which it stages like a computed tile.
kiln.artifact {
  name = "soak_both",
  outputs = { disk = true, gpu = true },
  gpu_bytes = TILE_BYTES,
  compute = function(ctx, key)
    local id = key_id(key)
    if fails_compute(id) then error(MARK .. " compute failure for soak_both/" .. key) end
    return gen(TILE_BYTES, id, 3)
  end,
  output = function(ctx, key, buf)
    out_fail(ctx, "before", key)
    local t = region(key_id(key))
    t.texture, t.data = "soak_both", buf
    -- false only once rt:cancel asked for the item (it stages nothing then)
    if not ctx:stage_texture(t) and not ctx:canceled() then
      error("soak_both/" .. key .. ": stage_texture returned false")
    end
    ctx:write_disk(buf, { id = key_id(key) }) -- moves buf, or false on a cache hit
    out_fail(ctx, "after", key)
  end,
  apply = function(ctx, key, v)
    on_apply(ctx, key, "soak_both")
    if not kiln.is_buffer(v) then
      mismatch("soak_both/" .. key .. ": value is a " .. type(v))
    elseif not v:moved() then -- a cache hit: the stored bytes
      _G.SOAK.cache_applies = _G.SOAK.cache_applies + 1
      if v:tostring() ~= expected("both", key_id(key)) then
        mismatch("soak_both/" .. key .. ": cached bytes differ")
      end
      v:free()
    end
    check_tile("soak_both", "soak_both", "both", key)
  end,
}

-- max_concurrency = 1: compute spins a little and reports when it ran;
-- apply checks that no two computes of the type overlapped (against the
-- last 64 reported, a bounded ring).
kiln.artifact {
  name = "soak_one",
  max_concurrency = 1,
  compute = function(ctx, key)
    local t0 = now()
    local id = key_id(key)
    if fails_compute(id) then error(MARK .. " compute failure for soak_one/" .. key) end
    local spin = 0.00005 + (id % 5) * 0.00005
    local x = 0
    while now() - t0 < spin do x = x + 1 end
    return { id = id, key = key, t0 = t0, t1 = now() }
  end,
  apply = function(ctx, key, v)
    on_apply(ctx, key, "soak_one")
    local S = _G.SOAK
    if type(v) ~= "table" or v.key ~= key or v.id ~= key_id(key) or not (v.t1 >= v.t0) then
      mismatch("soak_one/" .. key .. ": wrong value")
      return
    end
    local ring = S.one_ring
    for i = 1, #ring do
      local o = ring[i]
      if v.t0 < o[2] and o[1] < v.t1 then
        S.one_overlaps = S.one_overlaps + 1
        if #S.one_overlap_list < 5 then
          S.one_overlap_list[#S.one_overlap_list + 1] = ("soak_one/%s ran %.6f..%.6f, soak_one/%s %.6f..%.6f")
            :format(key, v.t0, v.t1, o[3], o[1], o[2])
        end
      end
    end
    S.one_checked = S.one_checked + 1
    S.one_pos = S.one_pos % 64 + 1
    ring[S.one_pos] = { v.t0, v.t1, key }
  end,
}

-- outputs.disk with a load that raises (poisoned ids) or returns nil for
-- some artifacts: each such cache hit is a load_failed miss that heals
-- (the item computes in the same enqueue and rewrites the artifact); only
-- compute failures fail an item.
kiln.artifact {
  name = "soak_poison",
  outputs = { disk = true },
  compute = function(ctx, key)
    local id = key_id(key)
    if fails_compute(id) then error(MARK .. " compute failure for soak_poison/" .. key) end
    local b = gen(poison_len(id), id, 4)
    local s = b:tostring()
    b:free()
    return { id = id, src = "compute", data = s }
  end,
  load = function(ctx, key, bytes, meta)
    local id = key_id(key)
    if type(meta) == "table" and meta.poison then
      bytes:free()
      error(MARK .. " poisoned load for soak_poison/" .. key)
    end
    if type(meta) == "table" and meta.nilload then
      bytes:free()
      return nil
    end
    local s = bytes:tostring()
    bytes:free()
    return { id = id, src = "load", data = s }
  end,
  output = function(ctx, key, v)
    out_fail(ctx, "before", key)
    v.len, v.digest = #v.data, digest(v.data)
    v.wrote = ctx:write_disk(v.data, { id = v.id, poison = poisoned(v.id) or nil, nilload = nil_load(v.id) or nil })
    v.data = nil
    out_fail(ctx, "after", key)
  end,
  apply = function(ctx, key, v)
    on_apply(ctx, key, "soak_poison")
    local S = _G.SOAK
    local id = key_id(key)
    local e = expected("poison", id)
    if type(v) ~= "table" or v.len ~= e.len or v.digest ~= e.digest then
      mismatch("soak_poison/" .. key .. ": wrong value")
      return
    end
    if v.src == "load" then
      S.cache_applies = S.cache_applies + 1
      if poisoned(id) or nil_load(id) then
        mismatch("soak_poison/" .. key .. ": a poisoned artifact was applied from load")
      end
      if v.wrote ~= false then mismatch("soak_poison/" .. key .. ": cache hit, but write_disk returned " .. tostring(v.wrote)) end
    else
      if v.wrote ~= true then mismatch("soak_poison/" .. key .. ": computed, but write_disk returned " .. tostring(v.wrote)) end
      if poisoned(id) or nil_load(id) then S.poison_computed = S.poison_computed + 1 end
    end
  end,
}

-- For the host: the id spaces, the atlas size, the failure rules, and a
-- soak_disk artifact made on the render thread (for rt:store).
_G.SOAK_TYPES = {
  atlas = TILE * GRID, tiles = GRID * GRID, fails_compute = fails_compute, mark = MARK,
  poisoned = function(id) return poisoned(id) or nil_load(id) end,
  disk_artifact = function(id)
    local b = gen(disk_len(id), id, 1)
    local s = b:tostring()
    b:free()
    local e = expected("disk", id)
    return s, { id = id, len = e.len, digest = e.digest, kind = "string" }
  end,
}
