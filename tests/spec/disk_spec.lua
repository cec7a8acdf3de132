-- Issue 3 end to end through the real `kiln` module: ctx:write_disk,
-- cache hits served by a second runtime, invalidation, hostile keys,
-- damaged files, durability modes, crash leftovers, never dropping a
-- write, injected write failures (LD_PRELOAD shim in a child `kiln`
-- process) and `kiln cache ls|verify|gc`.
local kiln = require "kiln"
local bit = require "bit"
local ffi = require "ffi"

local FIX = "tests/spec/fixtures/"
local BUILD = os.getenv("BUILD") or "build"
local BIN = BUILD .. "/kiln"
local SHIM = BUILD .. "/tools/kiln_faultshim.so"

------------------------------------------------------------------ helpers --

local function q(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local function ok_exec(cmd)
  local r = os.execute(cmd)
  return r == 0 or r == true
end

-- Runs a shell command; returns its output (stdout and stderr) and exit code.
local function sh(cmd)
  local p = io.popen("{ (" .. cmd .. ") 2>&1; echo \"rc=$?\"; } 2>&1")
  local out = p:read("*a")
  p:close()
  local rc = tonumber(out:match("rc=(%d+)%s*$"))
  return (out:gsub("rc=%d+%s*$", "")), rc
end

local function cli(cmd, dir) return sh(BIN .. " cache " .. cmd .. (dir and (" " .. q(dir)) or "")) end

local function lines(cmd)
  local t = {}
  local p = io.popen(cmd)
  for l in p:lines() do t[#t + 1] = l end
  p:close()
  return t
end

local function read_file(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local function write_file(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

local function exists(path)
  local f = io.open(path, "rb")
  if f then f:close() end
  return f ~= nil
end

-- Per-test resources: runtimes are closed and temp dirs removed after each test.
local opened, dirs = {}, {}

local function tmpdir()
  local d = os.tmpname()
  os.remove(d)
  assert(ok_exec("mkdir -p " .. q(d)))
  dirs[#dirs + 1] = d
  return d
end

local function reset_globals()
  _G.disk_log, _G.disk_applied, _G.type_errors, _G.ed_log = nil, nil, nil, nil
end

-- A runtime on <dir>/cache with the disk fixture types (or opts.script).
local function open_rt(dir, opts)
  opts = opts or {}
  reset_globals()
  local rt = kiln.runtime { workers = opts.workers or 2, cache_dir = dir .. "/cache",
                            durability = opts.durability, disk_slots = opts.disk_slots,
                            on_error = opts.on_error }
  opened[#opened + 1] = rt
  rt:load(opts.script or (FIX .. "disk_types.lua"))
  return rt
end

local function expected(n, seed, noise) return _G.disk_gen(n, seed or 1, noise):tostring() end

local function u16(s, o) return s:byte(o + 1) + s:byte(o + 2) * 256 end
local function u32(s, o) return u16(s, o) + u16(s, o + 2) * 65536 end

-- Every entry file of a cache, parsed as runtime/disk_format.h describes:
-- { path, type, key, payload_off, codec, size }.
local function entries(cache)
  local t = {}
  for _, path in ipairs(lines("find " .. q(cache) .. " -type f -name '*.kiln' | sort")) do
    local s = read_file(path)
    local tl, kl, ml = u16(s, 12), u32(s, 20), u32(s, 48)
    local off = 64 + tl + kl + ml
    off = off + (16 - off % 16) % 16
    t[#t + 1] = { path = path, type = s:sub(65, 64 + tl), key = s:sub(65 + tl, 64 + tl + kl),
                  payload_off = off, codec = s:byte(11), size = #s }
  end
  return t
end

-- The entry subdirectories kiln made under a cache (sorted paths); crash
-- leftovers are planted there, whatever the layout's fan-out.
local function subdirs(cache)
  local t = lines("find " .. q(cache) .. " -mindepth 1 -maxdepth 1 -type d | sort")
  assert(#t > 0, "no subdirectories in " .. cache)
  return t
end

local function by_key(cache)
  local m = {}
  for _, e in ipairs(entries(cache)) do m[e.type .. "/" .. e.key] = e end
  return m
end

-- Overwrites bytes at a 0-based offset of a file in place.
local function poke(path, off, bytes)
  local f = assert(io.open(path, "r+b"))
  f:seek("set", off)
  f:write(bytes)
  f:close()
end

local function le64(v)
  local t = {}
  for i = 1, 8 do
    t[i] = string.char(v % 256)
    v = math.floor(v / 256)
  end
  return table.concat(t)
end

-- Test-only wait until n outputs ran (bounded).
pcall(ffi.cdef, "int usleep(unsigned int usec);")
local function wait_for_outputs(rt, n)
  local deadline = os.time() + 30
  while rt:stats().stages.output.count < n do
    assert(os.time() < deadline, "timed out waiting for outputs")
    ffi.C.usleep(1000)
  end
end

local errors_by_key = require("helpers").errors_by_key

-- A disk type "ed" with the given version; `extra` is appended to the
-- source (an edit that changes nothing but the script's bytes).
local function ed_script(dir, version, extra)
  local path = dir .. "/ed_v" .. version .. (extra and "_edited" or "") .. ".lua"
  write_file(path, ([[
local kiln = require "kiln"
kiln.artifact {
  name = "ed", version = %d, outputs = { disk = true },
  compute = function(ctx, key) return "v%d:" .. key end,
  load = function(ctx, key, bytes) return "load:" .. bytes:tostring() end,
  output = function(ctx, key, v) ctx:write_disk(v) end,
  apply = function(ctx, key, v) _G.ed_log = _G.ed_log or {}; _G.ed_log[key] = v end,
}
]]):format(version, version) .. (extra or ""))
  return path
end

after_each(function()
  for i = #opened, 1, -1 do
    pcall(opened[i].close, opened[i])
    opened[i] = nil
  end
  for i = #dirs, 1, -1 do
    os.execute("rm -rf " .. q(dirs[i]))
    dirs[i] = nil
  end
  reset_globals()
end)

------------------------------------------------------------- round trips --

local SIZES = {
  { key = "buf-0", n = 0, as = "buffer" },
  { key = "buf-1", n = 1, seed = 3, as = "buffer" },
  { key = "str-1", n = 1, seed = 4, as = "string" },
  { key = "buf-16k", n = 16384, seed = 5, as = "buffer" },
  { key = "str-16k", n = 16384, seed = 6, as = "string", noise = true },
  { key = "buf-4m", n = 4 * 2^20, seed = 7, as = "buffer" },
  { key = "noise-4m", n = 4 * 2^20, seed = 8, as = "buffer", noise = true },
  { key = "meta", n = 100, seed = 9, as = "string",
    meta = { w = 16, h = 16, name = "tile\0with nul", big = 2^53, neg = -1.5, flag = false,
             list = { 1, 2, { deep = "yes" } } } },
}

for _, durability in ipairs { "rename", "fsync" } do
  describe("disk round trip (" .. durability .. ")", function()
    it("0 B, 1 B, 16 KiB, 4 MiB, incompressible and meta artifacts come back as cache hits in a second runtime", function()
      local dir = tmpdir()
      local rt = open_rt(dir, { durability = durability })
      for _, c in ipairs(SIZES) do
        assert.equal("queued", rt:enqueue("blob", c.key, { args = c }))
      end
      assert.is_true(rt:drain(60))
      local s = rt:stats()
      assert.equal(#SIZES, s.disk.writes)
      assert.equal(0, s.disk.write_failures)
      assert.equal(0, s.failed)
      for _, c in ipairs(SIZES) do
        local e = _G.disk_log[c.key]
        assert.equal("compute", e.src, c.key)
        assert.is_true(e.wrote, c.key)
        assert.is_true(rt:cached("blob", c.key), c.key) -- durable before drain returned
      end
      assert.is_true(rt:close())

      local rt2 = open_rt(dir, { durability = durability })
      for _, c in ipairs(SIZES) do assert.is_true(rt2:cached("blob", c.key), c.key) end
      for _, c in ipairs(SIZES) do
        assert.equal("cached", rt2:enqueue("blob", c.key, { args = c }))
      end
      assert.is_true(rt2:drain(60))
      for _, c in ipairs(SIZES) do
        local e = _G.disk_log[c.key]
        assert.equal("load", e.src, c.key) -- compute skipped: load ran instead
        assert.is_true(e.is_buffer, c.key)
        assert.is_false(e.wrote, c.key)   -- ctx:write_disk on a hit writes nothing
        assert.equal(c.n, #e.bytes, c.key)
        assert.is_true(expected(c.n, c.seed, c.noise) == e.bytes:tostring(), c.key .. ": bytes differ")
        assert.same(c.meta, e.meta, c.key)
      end
      local s2 = rt2:stats()
      assert.equal(#SIZES, s2.cache_hits)
      assert.equal(0, s2.stages.compute.count)
      assert.equal(#SIZES, s2.stages.load.count)
      assert.equal(#SIZES, s2.disk.read_hits)
      assert.equal(0, s2.disk.miss_total)
      assert.equal(0, s2.disk.writes)
      assert.is_true(rt2:close())

      -- incompressible bytes are stored raw, compressible ones shrink
      local out, rc = cli("ls", dir .. "/cache")
      assert.equal(0, rc, out)
      local raw, stored = out:match("\nblob%s+noise%-4m%s+1%s+(%d+)%s+(%d+)")
      assert.equal(4 * 2^20, tonumber(raw), out)
      assert.is_true(tonumber(stored) > tonumber(raw))
      raw, stored = out:match("\nblob%s+buf%-4m%s+1%s+(%d+)%s+(%d+)")
      assert.is_true(tonumber(stored) < tonumber(raw) / 10, out)
    end)
  end)
end

describe("disk round trip of an empty string", function()
  -- Runs in a child: when it fails it may take the process down.
  -- Regression: ctx:write_disk("") used to abort with "free(): invalid
  -- pointer" (the Lua string's own pointer was handed on with free()).
  it("writes and reads back 0-byte strings and buffers (with and without load)", function()
    local dir = tmpdir()
    local out, rc = sh(BIN .. " " .. FIX .. "disk_child.lua zero " .. q(dir .. "/cache"))
    assert.equal(0, rc, "child kiln exited " .. tostring(rc) .. ":\n" .. out)
    local r = assert(loadstring(out:match("return .*$")))()
    for _, k in ipairs { "blob-string", "blob-buffer", "plain-string", "plain-buffer" } do
      assert.equal("queued", r[1].enqueue[k], k)
      assert.equal("cached", r[2].enqueue[k], k)
    end
    assert.equal(4, r[2].cache_hits)
    assert.equal("load", r[2].log["blob-string"].src)
    assert.equal("", r[2].log["blob-string"].bytes)
    assert.equal("", r[2].log["plain-string"].bytes)
    assert.same({}, r[1].errors)
    assert.same({}, r[2].errors)
  end)
end)

describe("disk values", function()
  it("without a load function a hit hands apply a kiln.buffer; strings and buffers both round-trip", function()
    local dir = tmpdir()
    local rt = open_rt(dir)
    rt:enqueue("plain", "p-str", { args = { n = 3000, seed = 11, as = "string" } })
    rt:enqueue("plain", "p-buf", { args = { n = 3000, seed = 12, as = "buffer" } })
    assert.is_true(rt:drain(20))
    assert.equal("string", _G.disk_log["p-str"].kind)
    assert.equal("buffer", _G.disk_log["p-buf"].kind)
    assert.is_true(_G.disk_log["p-buf"].moved) -- write_disk moved it, no copy
    rt:close()

    local rt2 = open_rt(dir)
    assert.equal("cached", rt2:enqueue("plain", "p-str", { args = { n = 1, seed = 0 } }))
    assert.equal("cached", rt2:enqueue("plain", "p-buf", { args = { n = 1, seed = 0 } }))
    assert.is_true(rt2:drain(20))
    for key, seed in pairs { ["p-str"] = 11, ["p-buf"] = 12 } do
      local e = _G.disk_log[key]
      assert.equal("buffer", e.kind, key)
      assert.is_false(e.moved, key)
      assert.is_true(e.bytes == expected(3000, seed), key)
    end
    assert.equal(2, rt2:stats().cache_hits)
    assert.equal(0, rt2:stats().stages.compute.count)
  end)

  it("opts.force = true recomputes a cached artifact and overwrites it", function()
    local dir = tmpdir()
    local rt = open_rt(dir)
    rt:enqueue("blob", "k", { args = { n = 500, seed = 1 } })
    assert.is_true(rt:drain(10))
    rt:close()

    local rt2 = open_rt(dir)
    assert.is_true(rt2:cached("blob", "k"))
    assert.equal("queued", rt2:enqueue("blob", "k", { force = true, args = { n = 700, seed = 2 } }))
    assert.is_true(rt2:drain(10))
    assert.equal("compute", _G.disk_log.k.src)
    assert.is_true(_G.disk_log.k.wrote)
    assert.equal(0, rt2:stats().cache_hits)
    assert.equal(1, rt2:stats().disk.writes)
    rt2:close()

    local rt3 = open_rt(dir)
    assert.equal("cached", rt3:enqueue("blob", "k"))
    assert.is_true(rt3:drain(10))
    assert.equal("load", _G.disk_log.k.src)
    assert.is_true(_G.disk_log.k.bytes:tostring() == expected(700, 2))
  end)

  it("rt:cached answers from the index without enqueuing", function()
    local dir = tmpdir()
    local rt = open_rt(dir)
    assert.is_false(rt:cached("blob", "a"))
    assert.equal(0, rt:stats().enqueued)
    rt:enqueue("blob", "a", { args = { n = 10 } })
    assert.is_true(rt:drain(10))
    assert.is_true(rt:cached("blob", "a"))
    assert.is_false(rt:cached("blob", "b"))
    assert.is_false(rt:cached("plain", "a")) -- another type, same key
    assert.equal(1, rt:stats().enqueued)
    assert.has_error(function() rt:cached("nope", "a") end,
      "rt:cached: unknown type 'nope' (types: blob, misuse, nodisk, plain)")
    assert.has_error(function() rt:cached("blob", 1) end, "rt:cached: key must be a string")
    assert.equal(1, rt:stats().enqueued)
    -- a hit in the same runtime is served from disk too
    assert.equal("cached", rt:enqueue("blob", "a"))
    assert.is_true(rt:drain(10))
    assert.equal("load", _G.disk_log.a.src)
  end)

  it("editing the type's script or bumping its version invalidates its artifacts", function()
    local dir = tmpdir()
    local v1 = ed_script(dir, 1)
    local rt = open_rt(dir, { script = v1 })
    rt:enqueue("ed", "k1")
    rt:enqueue("ed", "k2")
    assert.is_true(rt:drain(10))
    assert.equal("v1:k1", _G.ed_log.k1)
    rt:close()

    rt = open_rt(dir, { script = v1 }) -- same source: hits
    assert.is_true(rt:cached("ed", "k1"))
    assert.equal("cached", rt:enqueue("ed", "k1"))
    assert.is_true(rt:drain(10))
    assert.equal("load:v1:k1", _G.ed_log.k1)
    rt:close()

    local edited = ed_script(dir, 1, "-- an edit\n")
    rt = open_rt(dir, { script = edited }) -- same name and version, other source
    assert.is_false(rt:cached("ed", "k1"))
    assert.is_false(rt:cached("ed", "k2"))
    assert.equal("queued", rt:enqueue("ed", "k1"))
    assert.is_true(rt:drain(10))
    assert.equal("v1:k1", _G.ed_log.k1) -- recomputed
    rt:close()

    rt = open_rt(dir, { script = edited }) -- the recompute was stored for the edited script
    assert.is_true(rt:cached("ed", "k1"))
    rt:close()

    local v2 = ed_script(dir, 2, "-- an edit\n")
    rt = open_rt(dir, { script = v2 }) -- a version bump, nothing else changed
    assert.is_false(rt:cached("ed", "k1"))
    assert.equal("queued", rt:enqueue("ed", "k1"))
    assert.is_true(rt:drain(10))
    assert.equal("v2:k1", _G.ed_log.k1)
    assert.equal(0, rt:stats().cache_hits)
  end)

  it("ctx:write_disk misuse fails the item with a clear error", function()
    local dir = tmpdir()
    local rt = open_rt(dir)
    for _, c in ipairs { "in_compute", "twice", "bad_data", "bad_meta", "meta_buffer",
                         "meta_function", "big_meta" } do
      rt:enqueue("misuse", c, { args = c })
    end
    rt:enqueue("nodisk", "n")
    assert.is_true(rt:drain(10))
    local e = errors_by_key(rt)
    assert.matches("ctx:write_disk: only allowed in output", e.in_compute.message, 1, true)
    assert.equal("compute", e.in_compute.stage)
    assert.matches("ctx:write_disk: already called for this item", e.twice.message, 1, true)
    assert.matches("ctx:write_disk: expected a kiln.buffer or a string, got number", e.bad_data.message, 1, true)
    assert.matches("ctx:write_disk: meta must be a table of plain values, got string", e.bad_meta.message, 1, true)
    assert.matches("meta cannot hold kiln buffers", e.meta_buffer.message, 1, true)
    assert.matches("meta.f is a function", e.meta_function.message, 1, true)
    assert.matches("ctx:write_disk: meta of type 'misuse', key 'big_meta' must be 0..65536 bytes (got 70009)",
      e.big_meta.message, 1, true)
    assert.equal("output", e.big_meta.stage)
    assert.matches("ctx:write_disk: type 'nodisk' does not declare outputs.disk", e.n.message, 1, true)
    assert.equal(8, rt:stats().failed)
    assert.equal(0, rt:stats().disk_tokens.used) -- failed items gave their tokens back
  end)
end)

---------------------------------------------------------------- hostile keys --

describe("hostile keys", function()
  it("stay inside cache_dir and round-trip", function()
    local dir = tmpdir()
    local keys = { "../../x", "../escape", "/abs", "/tmp", "a\0b", "\0", "line\nbreak", "",
                   ".", "..", "a/b/c", "%s%n%d", "\255\254binary", string.rep("k", 10240),
                   "lock", "tmp.1.0.0", "00/0123456789abcdef0123456789abcd.kiln" }
    local before_abs, before_x = exists("/abs"), exists(dir .. "/../x")
    local rt = open_rt(dir)
    for i, k in ipairs(keys) do
      assert.equal("queued", rt:enqueue("blob", k, { args = { n = 64 + i, seed = i } }))
    end
    assert.is_true(rt:drain(20))
    assert.equal(0, rt:stats().failed)
    rt:close()

    -- nothing but the cache dir in dir, and only kiln's names under it
    local top = lines("ls -A " .. q(dir))
    assert.same({ "cache" }, top)
    local files = lines("cd " .. q(dir .. "/cache") .. " && find . -mindepth 1")
    local nentries = 0
    for _, f in ipairs(files) do
      local sub, name = f:match("^%./(%x+)/(%x+)%.kiln$")
      local ok = f == "./lock" or f == "./CACHEDIR.TAG" or f:match("^%./%x+$") or (sub and #sub + #name == 32)
      assert.truthy(ok, "unexpected path in the cache: " .. f)
      if sub then nentries = nentries + 1 end
    end
    assert.equal(#keys, nentries)
    assert.equal(before_abs, exists("/abs"))
    assert.equal(before_x, exists(dir .. "/../x"))

    local rt2 = open_rt(dir)
    for i, k in ipairs(keys) do
      assert.is_true(rt2:cached("blob", k), ("key %q"):format(k:sub(1, 40)))
      assert.equal("cached", rt2:enqueue("blob", k, { args = { n = 1 } }))
    end
    assert.is_true(rt2:drain(20))
    for i, k in ipairs(keys) do
      local e = _G.disk_log[k]
      assert.equal("load", e.src, ("key %q"):format(k:sub(1, 40)))
      assert.equal(k, e.ctx_key)
      assert.is_true(e.bytes:tostring() == expected(64 + i, i))
    end
    assert.equal(#keys, rt2:stats().cache_hits)
    -- the stored keys are the exact bytes
    local stored = {}
    for _, e in ipairs(entries(dir .. "/cache")) do stored[e.key] = true end
    for _, k in ipairs(keys) do assert.is_true(stored[k] == true) end
  end)

  it("a key longer than the 64 KiB the format allows is refused at enqueue, before any work", function()
    local dir = tmpdir()
    local rt = open_rt(dir)
    local long = string.rep("x", 64 * 1024 + 1)
    local ok, e = pcall(rt.enqueue, rt, "blob", long, { args = { n = 10 } })
    assert.is_false(ok)
    assert.matches("rt:enqueue('blob'): key of 65537 bytes is longer than the 65536 bytes a key may have",
      e, 1, true)
    assert.equal(0, rt:stats().enqueued)
    rt:enqueue("blob", "after", { args = { n = 10 } })
    assert.is_true(rt:drain(10))
    assert.equal("compute", _G.disk_log.after.src)
    assert.is_true(rt:cached("blob", "after"))
  end)
end)

----------------------------------------------------------------- corruption --

-- Each damage, made to the real file of one key; the miss reason it must count.
local DAMAGE = {
  { key = "trunc", miss = "truncated", noise = true,
    fn = function(e) write_file(e.path, read_file(e.path):sub(1, e.size - 100)) end },
  { key = "flip", miss = "checksum", noise = true,
    fn = function(e)
      local s = read_file(e.path)
      local o = e.payload_off + 10
      poke(e.path, o, string.char(bit.bxor(s:byte(o + 1), 0xff)))
    end },
  { key = "magic", miss = "magic", fn = function(e) poke(e.path, 1, "X") end },
  { key = "format", miss = "format", fn = function(e) poke(e.path, 8, "\99\0") end },
  { key = "toobig", miss = "toobig", -- lz4 entry: raw size may exceed stored; 8 GiB > 256 MiB
    fn = function(e) assert(e.codec == 1); poke(e.path, 32, le64(2^33)) end },
  { key = "trailing", miss = "header", noise = true,
    fn = function(e) local f = assert(io.open(e.path, "ab")); f:write("junk"); f:close() end },
}

describe("damaged cache files", function()
  local function write_all(dir)
    local rt = open_rt(dir)
    for i, d in ipairs(DAMAGE) do rt:enqueue("blob", d.key, { args = { n = 5000, seed = i, noise = d.noise } }) end
    rt:enqueue("blob", "intact", { args = { n = 5000, seed = 99 } })
    assert.is_true(rt:drain(20))
    rt:close()
    return by_key(dir .. "/cache")
  end

  it("found by the worker's read: a counted miss, the item recomputes and overwrites, never a crash", function()
    local dir = tmpdir()
    local files = write_all(dir)
    local rt = open_rt(dir) -- indexes the healthy files
    for _, d in ipairs(DAMAGE) do
      assert.is_true(rt:cached("blob", d.key))
      d.fn(files["blob/" .. d.key])
    end
    for _, d in ipairs(DAMAGE) do
      assert.equal("cached", rt:enqueue("blob", d.key, { args = { n = 5000, seed = 500 } }))
    end
    assert.equal("cached", rt:enqueue("blob", "intact"))
    assert.is_true(rt:drain(20))
    local s = rt:stats()
    for _, d in ipairs(DAMAGE) do
      assert.equal(1, s.disk.misses[d.miss], d.key .. " should miss as " .. d.miss)
      assert.equal("compute", _G.disk_log[d.key].src, d.key)
      assert.is_true(_G.disk_log[d.key].wrote, d.key)
    end
    assert.equal(#DAMAGE, s.disk.miss_total)
    assert.equal("load", _G.disk_log.intact.src)
    assert.equal(1, s.cache_hits)
    assert.equal(0, s.failed)
    assert.same({}, rt:errors())
    for _, d in ipairs(DAMAGE) do assert.is_true(rt:cached("blob", d.key), d.key) end
    rt:close()

    local out, rc = cli("verify", dir .. "/cache")
    assert.equal(0, rc, out)
    assert.matches("verify: 7 entries, 7 ok, 0 bad, 0 temp files", out, 1, true)
    local rt3 = open_rt(dir)
    for _, d in ipairs(DAMAGE) do assert.equal("cached", rt3:enqueue("blob", d.key)) end
    assert.is_true(rt3:drain(20))
    for _, d in ipairs(DAMAGE) do
      assert.equal("load", _G.disk_log[d.key].src, d.key)
      assert.is_true(_G.disk_log[d.key].bytes:tostring() == expected(5000, 500), d.key)
    end
    assert.equal(0, rt3:stats().disk.miss_total)
  end)

  it("found at start-up: the item recomputes as well and the entry is healthy again", function()
    local dir = tmpdir()
    local files = write_all(dir)
    for _, d in ipairs(DAMAGE) do d.fn(files["blob/" .. d.key]) end
    local rt = open_rt(dir)
    for _, d in ipairs(DAMAGE) do
      local r = rt:enqueue("blob", d.key, { args = { n = 5000, seed = 600 } })
      assert.truthy(r == "queued" or r == "cached", r) -- the index may still hold it
    end
    assert.is_true(rt:drain(20))
    for _, d in ipairs(DAMAGE) do assert.equal("compute", _G.disk_log[d.key].src, d.key) end
    assert.equal(0, rt:stats().failed)
    rt:close()
    local out, rc = cli("verify", dir .. "/cache")
    assert.equal(0, rc, out)
    assert.matches("7 ok, 0 bad", out, 1, true)
  end)
end)

---------------------------------------------- durability and crash leftovers --

describe("durability and crash leftovers", function()
  for _, durability in ipairs { "rename", "fsync" } do
    it(durability .. ": temp files left by a crash are removed at start, other files left alone", function()
      local dir = tmpdir()
      local rt = open_rt(dir, { durability = durability })
      rt:enqueue("blob", "keep", { args = { n = 100, seed = 2 } })
      assert.is_true(rt:drain(10))
      rt:close()
      -- named like runtime/disk.c names them: tmp.<pid>.<shard>.<counter>
      local subs = subdirs(dir .. "/cache")
      local t1, t2 = subs[1] .. "/tmp.99999.0.7", subs[#subs] .. "/tmp.4242.1.0"
      local other = subs[1] .. "/notes.txt"
      write_file(t1, string.rep("\137KILN partial", 100))
      write_file(t2, "")
      write_file(other, "not kiln's")
      local rt2 = open_rt(dir, { durability = durability })
      local s = rt2:stats()
      assert.equal(2, s.disk.temps_removed)
      assert.is_false(exists(t1))
      assert.is_false(exists(t2))
      assert.is_true(exists(other))
      assert.equal("cached", rt2:enqueue("blob", "keep"))
      assert.is_true(rt2:drain(10))
      assert.is_true(_G.disk_log.keep.bytes:tostring() == expected(100, 2))
    end)
  end

  it("only one runtime per cache_dir at a time; close releases the lock", function()
    local dir = tmpdir()
    local rt = open_rt(dir)
    local rt2 = kiln.runtime { workers = 1, cache_dir = dir .. "/cache" }
    opened[#opened + 1] = rt2
    local ok, err = pcall(rt2.load, rt2, FIX .. "disk_types.lua")
    assert.is_false(ok)
    assert.matches("rt:load: kiln disk: cache dir .* is in use by another kiln", err)
    rt2:close()
    rt:close()
    local rt3 = open_rt(dir)
    assert.is_false(rt3:cached("blob", "x"))
  end)
end)

---------------------------------------------------------------- never dropped --

describe("never dropping a write", function()
  -- rename: 10,000 writes; fsync (each write durable before the single disk
  -- token comes back, so a slow disk makes close wait longest): 1,000.
  for _, c in ipairs { { "rename", 10000 }, { "fsync", 1000 } } do
    local durability, N = c[1], c[2]
    it(("%d items with disk_slots = 1 (%s) all land when rt:close() follows the last enqueue"):format(N, durability), function()
      local dir = tmpdir()
      local rt = open_rt(dir, { disk_slots = 1, durability = durability })
      for i = 1, N do rt:enqueue("blob", "n" .. i, { args = { n = 8, seed = i } }) end
      assert.is_true(rt:close())

      local out, rc = cli("verify", dir .. "/cache")
      assert.equal(0, rc, out)
      assert.matches(("verify: %d entries, %d ok, 0 bad, 0 temp files"):format(N, N), out, 1, true)
      local rt2 = open_rt(dir)
      local missing = {}
      for i = 1, N do
        if not rt2:cached("blob", "n" .. i) then missing[#missing + 1] = "n" .. i end
      end
      assert.same({}, missing)
      assert.equal(N, rt2:stats().disk.entries)
    end)
  end

  -- Whatever close is told, a write handed to the writer either lands or
  -- fails visibly: entries on disk + write failures = outputs that ran.
  for _, opts in ipairs { { cancel = true }, { cancel = true, timeout_s = 0 }, { timeout_s = 0 } } do
    local name = (opts.cancel and "cancel" or "") .. (opts.timeout_s and " timeout_s = 0" or "")
    it("close { " .. name .. " } lands or reports every write already handed over", function()
      local dir = tmpdir()
      local rt = open_rt(dir, { disk_slots = 32, durability = "fsync" })
      for i = 1, 3000 do rt:enqueue("blob", "k" .. i, { args = { n = 4096, seed = i, noise = true } }) end
      wait_for_outputs(rt, 50)
      rt:close(opts)
      -- A deadline abandons the items still running (close returns at
      -- once); they finish on their own and their writes land after.
      local t_end = kiln._now() + 20
      local s = rt:stats()
      while (s.in_flight > 0 or (s.disk and s.disk.pending > 0)) and kiln._now() < t_end do
        os.execute("sleep 0.01")
        s = rt:stats()
      end
      local outputs = s.stages.output.count
      local out, rc = cli("verify", dir .. "/cache")
      assert.equal(0, rc, out)
      local entries = tonumber(out:match("verify: (%d+) entries, %d+ ok, 0 bad, 0 temp files"))
      assert.is_not_nil(entries, out)
      -- A write cut by the deadline fails after its item completed: it is
      -- counted in disk.write_failures (and rt:errors()), not as a failed item.
      local wf = s.disk.write_failures
      assert.equal(outputs, entries + wf,
        ("%d outputs ran, %d entries landed, %d failures reported"):format(outputs, entries, wf))
      assert.equal(3000, s.completed + s.canceled)
      for _, e in ipairs(rt:errors()) do
        if e.stage == "disk" then assert.matches("deadline", e.message, 1, true) end
      end
    end)
  end
end)

------------------------------------------------------------ fault injection --

-- Runs disk_child.lua "faults" in a `kiln` child with the shim preloaded.
-- env: KILN_FAULT_* settings. Returns the child's result table and the
-- shim's report.
local function faulty_child(dir, env, args)
  assert(exists(SHIM), SHIM .. " is missing: make " .. SHIM)
  local cache = dir .. "/cache"
  assert(ok_exec("mkdir -p " .. q(cache)))
  local rep = dir .. "/shim.report"
  local vars = { "KILN_FAULT_DIR=" .. q(cache), "KILN_FAULT_REPORT=" .. q(rep),
                 "LD_PRELOAD=" .. q(SHIM),
                 "ASAN_OPTIONS=" .. q((os.getenv("ASAN_OPTIONS") or "") .. ":verify_asan_link_order=0") }
  for k, v in pairs(env) do vars[#vars + 1] = k .. "=" .. q(tostring(v)) end
  local out, rc = sh("env " .. table.concat(vars, " ") .. " " .. BIN .. " " .. FIX
    .. "disk_child.lua faults " .. q(cache) .. " " .. args)
  assert.equal(0, rc, "child kiln exited " .. tostring(rc) .. ":\n" .. out)
  local chunk = assert(loadstring(out:match("return .*$") or "error('no result')"))
  local report = exists(rep) and read_file(rep) or ""
  return chunk(), tonumber(report:match("injected (%d+)")), report
end

-- In this process, without the shim: every key is a hit with the right bytes.
local function assert_all_land(dir, keys)
  local rt = open_rt(dir)
  for k in pairs(keys) do
    assert.is_true(rt:cached("blob", k), k .. " is not on disk")
    assert.equal("cached", rt:enqueue("blob", k))
  end
  assert.is_true(rt:drain(30))
  for k, seed in pairs(keys) do
    assert.equal("load", _G.disk_log[k].src, k)
    assert.is_true(_G.disk_log[k].bytes:tostring() == expected(3000, seed, true), k)
  end
  assert.equal(0, rt:stats().disk.miss_total)
  rt:close()
  local out, rc = cli("verify", dir .. "/cache")
  assert.equal(0, rc, out)
  assert.matches(" 0 bad, 0 temp files", out, 1, true)
end

describe("write failures injected with LD_PRELOAD", function()
  -- ENOSPC is not transient to kiln: it marks the disk full (below).
  for _, c in ipairs { { "EIO", 6, "fsync", 1 }, { "EIO", 5, "rename", 4 } } do
    local errno, count, durability, slots = c[1], c[2], c[3], c[4]
    it(("transient %s x%d (%s, disk_slots %d): every artifact lands, nothing is reported"):format(
        errno, count, durability, slots), function()
      local dir = tmpdir()
      local r, injected = faulty_child(dir, { KILN_FAULT_ERRNO = errno, KILN_FAULT_COUNT = count },
        durability .. " " .. slots .. " 20 0")
      assert.equal(count, injected) -- the faults really happened
      assert.is_true(r.drained)
      assert.same({}, r.errors)
      assert.same({}, r.on_error)
      assert.equal(0, r.stats.failed)
      assert.equal(0, r.stats.write_failures)
      assert.equal(20, r.stats.writes)
      assert.equal(count, r.stats.retries)
      assert.equal(0, r.stats.disk_tokens_used)
      assert.is_true(r.close[1])
      local keys = {}
      for i = 1, 20 do keys["good-" .. i] = 100 + i end
      assert_all_land(dir, keys)
    end)
  end

  local permanent = {
    { "EROFS", "Read-only file system", "1 attempt" },       -- not retried
  }
  for _, c in ipairs(permanent) do
    local errno, text, attempts = c[1], c[2], c[3]
    it(("a permanent %s fails the item with the path and errno text, on_error sees it, the disk token comes back"):format(errno), function()
      local dir = tmpdir()
      local r, injected = faulty_child(dir, { KILN_FAULT_ERRNO = errno, KILN_FAULT_COUNT = -1,
                                              KILN_FAULT_MATCH = "doomed" }, "fsync 1 6 1")
      assert.is_true(injected >= 1)
      assert.is_true(r.drained)
      assert.equal(1, #r.errors)
      local e = r.errors[1]
      assert.equal("blob", e.type)
      assert.equal("doomed-1", e.key)
      assert.equal("disk", e.stage)
      assert.matches(dir .. "/cache/", e.message, 1, true) -- the path
      assert.matches("/%x+/%x+%.kiln'", e.message)
      assert.matches(text, e.message, 1, true)          -- the errno text
      assert.matches(attempts, e.message, 1, true)
      assert.equal(1, #r.on_error)                       -- runtime on_error
      assert.equal(e.message, r.on_error[1].message)
      assert.equal("disk", r.on_error[1].stage)
      assert.equal(1, #r.type_errors)                    -- the type's on_error
      assert.equal("doomed-1", r.type_errors[1].key)
      -- The item completed (apply ran); its late write failure is counted
      -- once, in disk.write_failures, not again as a failed item.
      assert.equal(0, r.stats.failed)
      assert.equal(1, r.stats.write_failures)
      assert.equal(6, r.stats.writes)          -- later items still ran and landed
      assert.equal(0, r.stats.disk_tokens_used) -- the failed item's token came back
      assert.equal(7, r.applied)
      local keys = {}
      for i = 1, 6 do keys["good-" .. i] = 100 + i end
      assert_all_land(dir, keys)
      local rt = open_rt(dir)
      assert.is_false(rt:cached("blob", "doomed-1"))
    end)
  end
end)

describe("a full disk", function()
  -- ENOSPC is never retried: the write fails at once and the cache is
  -- marked full; until a probe write (one per second) finds space, later
  -- writes fail at once too, each reported, none dropped and none waiting.
  it("fails the write without retries and the next ones fast, every failure reported", function()
    local dir = tmpdir()
    local r, injected = faulty_child(dir, { KILN_FAULT_ERRNO = "ENOSPC", KILN_FAULT_COUNT = -1,
                                            KILN_FAULT_MATCH = "doomed" }, "fsync 1 6 1")
    assert.equal(1, injected) -- one attempt, no retries
    assert.is_true(r.drained)
    local doomed
    for _, e in ipairs(r.errors) do
      assert.equal("disk", e.stage)
      assert.matches("disk full", e.message, 1, true)
      assert.matches(dir .. "/cache", e.message, 1, true)
      if e.key == "doomed-1" then doomed = e end
    end
    assert.is_not_nil(doomed)
    assert.matches("No space left on device", doomed.message, 1, true)
    assert.equal(#r.errors, #r.on_error)          -- each failure reached on_error
    assert.equal(#r.errors, r.stats.write_failures)
    assert.equal(7, r.stats.writes + r.stats.write_failures) -- every write landed or was reported
    assert.equal(0, r.stats.failed)
    assert.equal(0, r.stats.disk_tokens_used)
    assert.equal(7, r.applied)
  end)
end)

describe("write failures during rt:close", function()
  -- A write that fails while rt:close() lands the last writes reaches
  -- rt:errors(), disk.write_failures and on_error, and close says so.
  it("reach on_error too", function()
    local dir = tmpdir()
    local r = faulty_child(dir, { KILN_FAULT_ERRNO = "EROFS", KILN_FAULT_COUNT = -1,
                                  KILN_FAULT_MATCH = "doomed" }, "fsync 1 5 1 close")
    local disk_errors = {}
    for _, e in ipairs(r.errors) do if e.stage == "disk" then disk_errors[#disk_errors + 1] = e end end
    assert.equal(1, #disk_errors)
    assert.matches("Read-only file system", disk_errors[1].message, 1, true)
    assert.equal(0, r.stats.failed)
    assert.equal(1, #r.on_error, "on_error was not called for the failed write")
    assert.equal("doomed-1", r.on_error[1].key)
  end)
end)

---------------------------------------------------------------- kiln cache --

describe("kiln cache ls|verify|gc", function()
  it("ls and verify report a healthy cache and exit 0", function()
    local dir = tmpdir()
    local rt = open_rt(dir)
    rt:enqueue("blob", "one", { args = { n = 1000, seed = 1 } })
    rt:enqueue("blob", "two\nlines", { args = { n = 2000, seed = 2, noise = true } })
    assert.is_true(rt:drain(10))
    rt:close()
    local out, rc = cli("ls", dir .. "/cache")
    assert.equal(0, rc, out)
    assert.matches("TYPE%s+KEY%s+VERSION%s+RAW%s+STORED%s+AGE", out)
    assert.matches("\nblob%s+one%s+1%s+1000%s+%d+%s+%d+s", out)
    assert.matches("\nblob%s+two\\nlines%s+1%s+2000%s+%d+", out) -- key escaped
    assert.matches("ls: 2 entries, 3000 raw bytes, %d+ stored bytes, 0 unreadable, 0 temp files", out)
    out, rc = cli("verify", dir .. "/cache")
    assert.equal(0, rc, out)
    assert.matches("verify: 2 entries, 2 ok, 0 bad, 0 temp files", out, 1, true)
  end)

  it("verify exits 1 on a damaged entry and names it; temp files are listed", function()
    local dir = tmpdir()
    local rt = open_rt(dir)
    for i = 1, 3 do rt:enqueue("blob", "k" .. i, { args = { n = 3000, seed = i, noise = true } }) end
    assert.is_true(rt:drain(10))
    rt:close()
    local e = by_key(dir .. "/cache")["blob/k2"]
    poke(e.path, e.payload_off + 1, "\0\1\2")
    local temp = subdirs(dir .. "/cache")[1] .. "/tmp.1.0.0"
    write_file(temp, "partial")
    local out, rc = cli("verify", dir .. "/cache")
    assert.equal(1, rc, out)
    assert.matches("BAD " .. e.path .. ": checksum", out, 1, true)
    assert.matches("temp " .. temp .. ": leftover of an interrupted write", out, 1, true)
    assert.matches("verify: 3 entries, 2 ok, 1 bad, 1 temp files", out, 1, true)
    out, rc = cli("ls", dir .. "/cache")
    assert.equal(0, rc, out)
    -- ls reads headers only: the damaged payload is not its business
    assert.matches("ls: 3 entries, 9000 raw bytes, %d+ stored bytes, 0 unreadable, 1 temp files", out)
  end)

  it("gc removes temp, other-format, damaged and stale entries and keeps the current ones", function()
    local dir = tmpdir()
    local c = dir .. "/cache"
    local rt = open_rt(dir, { script = ed_script(dir, 1) })
    rt:enqueue("ed", "old1")
    rt:enqueue("ed", "old2")
    assert.is_true(rt:drain(10))
    rt:close()
    -- v1 files are older than anything v2 writes
    assert(ok_exec("find " .. q(c) .. " -name '*.kiln' -exec touch -d '2020-01-01 00:00' {} +"))
    local v2 = ed_script(dir, 2)
    rt = open_rt(dir, { script = v2 })
    for _, k in ipairs { "new1", "new2", "damaged", "otherformat" } do rt:enqueue("ed", k) end
    assert.is_true(rt:drain(10))
    rt:close()
    local files = by_key(c)
    poke(files["ed/damaged"].path, files["ed/damaged"].size - 3, "zzz") -- checksum
    poke(files["ed/otherformat"].path, 8, "\2\0")

    local rt2 = open_rt(dir, { script = v2 }) -- gc needs the lock
    local out, rc = cli("gc", c)
    assert.equal(1, rc, out)
    assert.matches("kiln cache gc:", out, 1, true)
    rt2:close()
    local temp = subdirs(c)[2] .. "/tmp.77.0.3"
    write_file(temp, "partial") -- after rt2, which would remove it

    out, rc = cli("gc", c)
    assert.equal(0, rc, out)
    assert.matches("gc: removed 5 files %(%d+ bytes%): 1 temp, 1 other format, 1 damaged, 2 stale; kept 2 entries", out)
    assert.is_false(exists(temp))
    for _, k in ipairs { "old1", "old2", "damaged", "otherformat" } do
      assert.is_false(exists(files["ed/" .. k].path), k)
    end
    out, rc = cli("verify", c)
    assert.equal(0, rc, out)
    assert.matches("verify: 2 entries, 2 ok, 0 bad, 0 temp files", out, 1, true)
    rt = open_rt(dir, { script = v2 })
    assert.is_true(rt:cached("ed", "new1"))
    assert.is_true(rt:cached("ed", "new2"))
  end)

  it("exits 2 on usage errors and 1 on a missing directory", function()
    local out, rc = sh(BIN .. " cache")
    assert.equal(2, rc, out)
    out, rc = cli("frob", "/tmp")
    assert.equal(2, rc, out)
    assert.matches("kiln cache: unknown command 'frob'", out, 1, true)
    out, rc = sh(BIN .. " cache ls a b")
    assert.equal(2, rc, out)
    out, rc = cli("verify", "/nonexistent/kiln-cache")
    assert.equal(1, rc, out)
    assert.matches("kiln cache verify: cannot open '/nonexistent/kiln-cache': No such file or directory", out, 1, true)
  end)
end)

describe("rt:clear by type", function()
  -- A write the I/O thread has taken (held in the shim) is neither queued
  -- nor indexed: clear must still count it as something to remove, and
  -- remove it once it lands.
  it("counts and removes a write an I/O thread holds", function()
    local dir = tmpdir()
    assert(exists(SHIM), SHIM .. " is missing: make " .. SHIM)
    local cache = dir .. "/cache"
    assert(ok_exec("mkdir -p " .. q(cache)))
    local rep = dir .. "/shim.report"
    local out, rc = sh("env KILN_FAULT_DIR=" .. q(cache) .. " KILN_FAULT_REPORT=" .. q(rep)
      .. " KILN_FAULT_MATCH=held-1 KILN_FAULT_COUNT=1 KILN_FAULT_DELAY_MS=2000 LD_PRELOAD=" .. q(SHIM)
      .. " ASAN_OPTIONS=" .. q((os.getenv("ASAN_OPTIONS") or "") .. ":verify_asan_link_order=0")
      .. " " .. BIN .. " " .. FIX .. "disk_child.lua clear_held " .. q(cache))
    assert.equal(0, rc, "child kiln exited " .. tostring(rc) .. ":\n" .. out)
    local r = assert(loadstring(out:match("return .*$") or "error('no result')"))()
    assert.are.equal("injected 1", (read_file(rep):match("injected %d+")))
    assert.is_true(r.cleared)
    assert.is_true(r.drained)
    assert.is_false(r.cached)
    assert.are.equal(0, r.entries)
  end)
end)
