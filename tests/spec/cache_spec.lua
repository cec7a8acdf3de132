-- Issue 12, a cache that manages itself: cache_max_bytes with LRU eviction,
-- rt:evict and rt:clear, loads that fail healing as misses, several
-- artifacts from one item, rt:store from the render thread (surviving
-- SIGKILL after close), per-type stats and `kiln cache prune|stats`.
local kiln = require "kiln"
local H = require "helpers"
local q, files_in, assert_invariant = H.q, H.files_in, H.assert_invariant

local FIX = "tests/spec/fixtures/"
local BUILD = os.getenv("BUILD") or "build"
local BIN = BUILD .. "/kiln"

local function new_rt(dir, opts)
  opts = opts or {}
  opts.gpu_backend = "none"
  opts.cache_dir = dir
  opts.durability = opts.durability or "rename"
  local rt = kiln.runtime(opts)
  rt:load(FIX .. "cache_types.lua")
  return rt
end

before_each(function()
  _G.blob_applied, _G.healed, _G.tiles, _G.mats, _G.baked = nil, nil, nil, nil, nil
end)

describe("cache_max_bytes", function()
  it("keeps 10,000 artifacts at a tenth of their size: under the cap, hot keys kept, nothing torn", function()
    local dir = H.tmpdir()
    local N, SIZE = 10000, 1000
    local cap = math.floor(N * (SIZE + 100) / 10)
    local rt = new_rt(dir, { workers = 2, cache_max_bytes = cap })
    local hot = {}
    for i = 1, 20 do hot[i] = "hot" .. i end
    for _, k in ipairs(hot) do rt:enqueue("blob", k) end
    assert.is_true(rt:drain(60))
    for i = 1, N do
      rt:enqueue("blob", "k" .. i)
      if i % 500 == 0 then
        -- Hits on the hot keys refresh their access time; the reads race
        -- the writes and evictions of the next chunk.
        for _, k in ipairs(hot) do assert.are.equal("cached", rt:enqueue("blob", k)) end
        rt:pump()
        assert.is_true(H.wait_until(function()
          rt:pump()
          return rt:state("blob", hot[#hot]) == "applied"
        end, 60))
      end
    end
    assert.is_true(rt:drain(300))
    local s = assert_invariant(rt)
    assert.are.equal(0, s.failed)
    assert.are.same({}, rt:errors())
    assert.is_true(s.disk.bytes <= cap, s.disk.bytes .. " bytes over the cap " .. cap)
    assert.is_true(s.disk.evictions >= N / 2)
    -- A concurrent read never saw an evicted file as damaged.
    for reason, n in pairs(s.disk.misses) do
      if reason ~= "absent" then assert.are.equal(0, n, "misses." .. reason) end
    end
    for _, k in ipairs(hot) do assert.is_true(rt:cached("blob", k), k .. " was evicted") end
    assert.is_false(rt:cached("blob", "k1"))
    assert.are.equal(s.types.blob.evictions, s.disk.evictions)
    assert.is_true(rt:close())
    local n, bytes = files_in(dir)
    assert.is_true(bytes <= cap, "files hold " .. bytes)
    assert.is_true(n > 0)
    -- No temp file and no damaged artifact was left behind.
    local out, rc = H.run(BIN .. " cache verify " .. q(dir))
    assert.are.equal(0, rc, out)
    local tmp = io.popen("find " .. q(dir) .. " -name '*.tmp*' | wc -l"):read("*n")
    assert.are.equal(0, tmp)
  end)

  it("refuses a cap that is not a byte count", function()
    for _, v in ipairs { -1, 0 / 0, 1.5, 2 ^ 60 } do
      assert.has_error(function() kiln.runtime { cache_max_bytes = v } end,
        "kiln.runtime: option 'cache_max_bytes' must be a whole number of bytes from 0 (unbounded) to 2^53, got "
          .. tostring(v))
    end
    assert.has_error(function() kiln.runtime { cache_max_bytes = "1G" } end,
      "kiln.runtime: option 'cache_max_bytes' must be a number, got string")
    for _, v in ipairs { 0, -1, 0.5, 0 / 0, 1e8 } do
      assert.has_error(function() kiln.runtime { recent_keys = v } end,
        "kiln.runtime: option 'recent_keys' must be an integer from 1 to 10000000, got " .. tostring(v))
    end
  end)
end)

describe("rt:evict and rt:clear", function()
  it("remove artifacts at once for lookups and on the I/O side for files", function()
    local dir = H.tmpdir()
    local rt = new_rt(dir)
    for i = 1, 3 do rt:enqueue("blob", "b" .. i) end
    rt:enqueue("material", "m1")
    assert.is_true(rt:drain(10))
    assert.is_true(rt:cached("blob", "b1"))
    assert.is_true(rt:evict("blob", "b1"))
    assert.is_false(rt:cached("blob", "b1"))
    assert.is_false(rt:evict("blob", "b1"))
    assert.is_false(rt:evict("blob", "never"))
    assert.is_true(rt:clear { type = "blob" })
    assert.is_false(rt:cached("blob", "b2"))
    assert.is_true(rt:cached("material", "m1"))
    assert.is_true(rt:drain(10))
    assert.are.equal(1, (files_in(dir)))
    assert.are.equal(3, rt:stats().types.blob.evictions)
    -- An enqueue after the evict computes again (a counted miss).
    local before = rt:stats().types.blob.misses
    assert.are.equal("queued", rt:enqueue("blob", "b1"))
    assert.is_true(rt:drain(10))
    assert.are.equal(before + 1, rt:stats().types.blob.misses)
    assert.is_true(rt:clear())
    assert.is_false(rt:cached("material", "m1"))
    assert.is_true(rt:drain(10))
    assert.are.equal(0, (files_in(dir)))
    assert.is_true(rt:close())
  end)

  it("refuse bad arguments by name", function()
    local rt = new_rt(H.tmpdir())
    assert.has_error(function() rt:evict("nope", "k") end)
    assert.has_error(function() rt:evict("blob", 1) end, "rt:evict('blob'): key must be a string, got number")
    assert.has_error(function() rt:evict("nodisk", "k") end,
      "rt:evict('nodisk', 'k'): type 'nodisk' does not declare outputs.disk")
    assert.has_error(function() rt:clear { type = 1 } end, "rt:clear: option 'type' must be a string, got number")
    assert.has_error(function() rt:clear { typo = "blob" } end)
    assert.has_error(function() rt:clear("blob") end)
    assert.has_error(function() rt:clear { type = "nodisk" } end,
      "rt:clear: type 'nodisk' does not declare outputs.disk")
    assert.is_true(rt:close())
    assert.has_error(function() rt:evict("blob", "k") end, "rt:evict: the runtime is closed")
    assert.has_error(function() rt:clear() end, "rt:clear: the runtime is closed")
  end)
end)

describe("a load that fails", function()
  it("is a counted miss: the artifact is evicted and the item recomputes once", function()
    local dir = H.tmpdir()
    local rt = new_rt(dir)
    rt:enqueue("healing", "a", { args = { poison = true } })
    rt:enqueue("healing", "b", { args = { poison = true } })
    assert.is_true(rt:drain(10))
    assert.is_true(rt:close())
    rt = new_rt(dir)
    assert.are.equal("cached", rt:enqueue("healing", "a"))
    assert.are.equal("cached", rt:enqueue("healing", "b", { args = { nil_load = true } }))
    assert.is_true(rt:drain(10))
    assert.are.same({ a = "good", b = "good" }, _G.healed)
    local s = assert_invariant(rt)
    assert.are.equal(0, s.failed)
    assert.are.equal(2, s.completed)
    assert.are.equal(2, s.disk.misses.load_failed)
    assert.are.equal(2, s.types.healing.stores) -- recomputed and rewritten
    local errs = H.errors_by_key(rt)
    assert.matches("load failed, the artifact was evicted and recomputed: .*cannot read poison for a", errs.a.message)
    assert.matches("load returned nil", errs.b.message)
    -- The recompute replaced the artifact: the next enqueue is a hit.
    _G.healed = nil
    assert.are.equal("cached", rt:enqueue("healing", "a"))
    assert.is_true(rt:drain(10))
    assert.are.same({ a = "good" }, _G.healed)
    s = rt:stats()
    assert.are.equal(2, s.types.healing.stores)
    assert.are.equal(1, s.types.healing.hits)
    assert.is_true(rt:close())
  end)

  it("fails the item only when the recompute fails too", function()
    local dir = H.tmpdir()
    local rt = new_rt(dir)
    rt:enqueue("healing", "a", { args = { poison = true } })
    assert.is_true(rt:drain(10))
    rt:enqueue("healing", "a", { args = { fail = true } })
    assert.is_true(rt:drain(10))
    local s = assert_invariant(rt)
    assert.are.equal(1, s.failed)
    assert.are.equal(1, s.disk.misses.load_failed)
    assert.are.equal("compute", H.errors_by_key(rt).a.stage)
    assert.is_false(rt:cached("healing", "a"))
    assert.is_true(rt:close())
  end)
end)

describe("several artifacts per item", function()
  it("stores each one durably under its own key and type", function()
    local dir = H.tmpdir()
    local rt = new_rt(dir)
    rt:enqueue("tile", "t1")
    assert.is_true(rt:drain(10))
    local s = rt:stats()
    assert.are.equal(2, s.types.tile.stores)
    assert.are.equal(1, s.types.material.stores)
    assert.are.equal(0, s.disk_tokens.used)
    assert.is_true(rt:close())
    rt = new_rt(dir)
    assert.is_true(rt:cached("tile", "t1/override"))
    assert.are.equal("cached", rt:enqueue("tile", "t1"))
    assert.are.equal("cached", rt:enqueue("tile", "t1/override"))
    assert.are.equal("cached", rt:enqueue("material", "t1"))
    assert.is_true(rt:drain(10))
    assert.are.equal("base t1 (base)", _G.tiles.t1)
    assert.are.equal("override t1 (override)", _G.tiles["t1/override"])
    assert.are.equal("mat t1 (mat)", _G.mats.t1)
    assert.is_true(rt:close())
  end)

  it("refuses a second write of one artifact, an unknown type and a type without outputs.disk", function()
    local rt = new_rt(H.tmpdir())
    rt:enqueue("tile", "dup", { args = { dup = true } })
    rt:enqueue("tile", "bad1", { args = { bad = { type = "nope" } } })
    rt:enqueue("tile", "bad2", { args = { bad = { key = 7 } } })
    rt:enqueue("tile", "bad3", { args = { bad = { colour = "red" } } })
    rt:enqueue("tile", "bad4", { args = { bad = { type = "nodisk" } } })
    rt:enqueue("nodisk", "n", { args = { to = { type = "blob" } } })
    assert.is_true(rt:drain(10))
    local e = H.errors_by_key(rt)
    assert.matches("ctx:write_disk: already wrote 'tile' key 'dup/override' for this item", e.dup.message)
    assert.matches("ctx:write_disk: unknown type 'nope'", e.bad1.message)
    assert.matches("ctx:write_disk: option 'key' must be a string, got number", e.bad2.message)
    assert.matches("ctx:write_disk: unknown option 'colour'", e.bad3.message)
    assert.matches("ctx:write_disk: type 'nodisk' does not declare outputs.disk", e.bad4.message)
    assert.matches("ctx:write_disk: type 'nodisk' does not declare outputs.disk", e.n.message)
    local s = assert_invariant(rt)
    assert.are.equal(6, s.failed)
    assert.are.equal(0, s.disk_tokens.used)
    assert.is_true(rt:close())
  end)
end)

describe("rt:store", function()
  it("writes a render-thread artifact that later enqueues load", function()
    local dir = H.tmpdir()
    local rt = new_rt(dir)
    assert.is_true(rt:store("baked", "b1", kiln.buffer("gl bytes"), { w = 32 }))
    assert.is_true(rt:store("baked", "b2", "plain"))
    assert.is_true(rt:drain(10))
    assert.is_true(rt:cached("baked", "b1"))
    assert.are.equal(2, rt:stats().types.baked.stores)
    assert.are.equal("cached", rt:enqueue("baked", "b1"))
    assert.is_true(rt:drain(10))
    assert.are.equal("gl bytes 32", _G.baked.b1)
    assert.is_true(rt:close())
  end)

  it("refuses what it cannot store, naming the call", function()
    local rt = new_rt(H.tmpdir())
    assert.has_error(function() rt:store("nope", "k", "x") end)
    assert.has_error(function() rt:store("baked", 1, "x") end, "rt:store('baked'): key must be a string, got number")
    assert.has_error(function() rt:store("baked", "k", 42) end,
      "rt:store('baked', 'k'): expected a kiln.buffer or a string, got number")
    assert.has_error(function() rt:store("baked", "k", "x", "meta") end,
      "rt:store('baked', 'k'): meta must be a table of plain values, got string")
    assert.has_error(function() rt:store("nodisk", "k", "x") end,
      "rt:store('nodisk', 'k'): type 'nodisk' does not declare outputs.disk")
    local b = kiln.buffer("x")
    b:free()
    assert.has_error(function() rt:store("baked", "k", b) end)
    assert.is_true(rt:close())
    assert.has_error(function() rt:store("baked", "k", "x") end, "rt:store: the runtime is closed")
  end)

  it("and an item's several artifacts survive SIGKILL right after close", function()
    local dir = H.tmpdir() .. "/c"
    local log = os.tmpname()
    local out = H.run(table.concat({
      BIN .. " " .. FIX .. "store_child.lua " .. q(dir) .. " > " .. q(log) .. " 2>&1 & pid=$!",
      "for i in $(seq 1 400); do grep -q closed " .. q(log) .. " && break; sleep 0.05; done",
      "kill -9 $pid; wait $pid; echo status=$?" }, "\n"))
    assert.matches("status=137", out)
    local f = io.open(log)
    assert.matches("closed", f:read("*a"))
    f:close()
    os.remove(log)
    local rt = new_rt(dir)
    for _, t in ipairs { { "tile", "t1" }, { "tile", "t1/override" }, { "material", "t1" },
                         { "baked", "b1" }, { "baked", "b2" } } do
      assert.is_true(rt:cached(t[1], t[2]), t[1] .. " " .. t[2])
    end
    rt:enqueue("baked", "b1")
    rt:enqueue("baked", "b2")
    assert.is_true(rt:drain(10))
    assert.are.same({ b1 = "baked bytes 64", b2 = "string bytes nil" }, _G.baked)
    assert.is_true(rt:close())
  end)
end)

describe("per-type cache stats", function()
  it("count hits, misses, stores, evictions and bytes; rt:cached counts nothing", function()
    local dir = H.tmpdir()
    local rt = new_rt(dir)
    assert.is_false(rt:cached("blob", "x"))
    local s = rt:stats()
    assert.are.equal(0, s.types.blob.misses)
    rt:enqueue("blob", "x", { args = { size = 500 } })
    rt:enqueue("blob", "y", { args = { size = 700 } })
    assert.is_true(rt:drain(10))
    rt:enqueue("blob", "x")
    assert.is_true(rt:drain(10))
    s = rt:stats()
    local t = s.types.blob
    assert.are.equal(2, t.misses)
    assert.are.equal(1, t.hits)
    assert.are.equal(2, t.stores)
    assert.are.equal(1200, t.bytes_stored)
    assert.are.equal(2, t.entries)
    assert.is_true(t.bytes > 1200)
    assert.are.equal(0, t.evictions)
    assert.are.equal(0, s.types.material.stores)
    rt:evict("blob", "y")
    assert.is_true(rt:close())
    t = rt:stats().types.blob -- after close: as close left them
    assert.are.equal(1, t.evictions)
    assert.are.equal(2, t.stores)
  end)
end)

describe("kiln cache prune and stats", function()
  it("prune evicts the least recently used files down to --max-bytes", function()
    local dir = H.tmpdir()
    local rt = new_rt(dir)
    for i = 1, 20 do rt:enqueue("blob", "p" .. i, { args = { size = 2000 } }) end
    rt:enqueue("material", "m")
    assert.is_true(rt:drain(20))
    assert.is_true(rt:close())
    local out, rc = H.run(BIN .. " cache stats " .. q(dir))
    assert.are.equal(0, rc, out)
    assert.matches("blob", out)
    assert.matches("material", out)
    local _, before = files_in(dir)
    out, rc = H.run(BIN .. " cache prune --max-bytes 10K " .. q(dir))
    assert.are.equal(0, rc, out)
    local n, after = files_in(dir)
    assert.is_true(after <= 10240, out)
    assert.is_true(after < before)
    assert.is_true(n > 0)
    out, rc = H.run(BIN .. " cache prune --max-bytes lots " .. q(dir))
    assert.are.equal(2, rc, out)
    assert.matches("lots", out)
    out, rc = H.run(BIN .. " cache prune " .. q(dir))
    assert.are.equal(2, rc, out)
    out, rc = H.run(BIN .. " cache prune --max-bytes 1K --frobnicate " .. q(dir))
    assert.are.equal(2, rc, out)
  end)

  it("prune refuses a cache a running kiln holds", function()
    local dir = H.tmpdir()
    local rt = new_rt(dir)
    rt:enqueue("blob", "x")
    assert.is_true(rt:drain(10))
    local out, rc = H.run(BIN .. " cache prune --max-bytes 0 " .. q(dir))
    assert.are.equal(1, rc, out)
    assert.matches(dir, out, 1, true)
    assert.is_true(rt:cached("blob", "x"))
    assert.is_true(rt:close())
  end)
end)
