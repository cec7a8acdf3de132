-- The shared cache tier on loopback: a remote hit's latency for 64 KiB and
-- 1 MiB artifacts against plain curl fetching the same objects on one
-- kept-alive connection (curl's own time_total per transfer), both against
-- a private nginx WebDAV server started here. Median of RUNS rounds.
-- usage: build/kiln tests/bench/remote.lua [objects] [runs]
package.path = "tests/spec/?.lua;" .. package.path
local kiln = require "kiln"
local webdav = require "webdav"
local N, RUNS = tonumber(arg[1] or 64), tonumber(arg[2] or 3)

local server = assert(webdav.start())
local script = os.tmpname()
do
  local f = assert(io.open(script, "w"))
  f:write [[
local kiln = require "kiln"
kiln.artifact {
  name = "obj", outputs = { disk = true },
  compute = function(ctx, key, args)
    -- xorshift32: incompressible, so the object has the artifact's size
    local b, x = kiln.buffer(args.size), bit.tobit(#key * 2654435761 + 1)
    for i = 0, args.size - 1 do
      x = bit.bxor(x, bit.lshift(x, 13)); x = bit.bxor(x, bit.rshift(x, 17)); x = bit.bxor(x, bit.lshift(x, 5))
      b.data[i] = bit.band(x, 255)
    end
    return b
  end,
  output = function(ctx, key, v) if kiln.is_buffer(v) then ctx:write_disk(v) end end,
  load = function(ctx, key, bytes) return #bytes end,
}
]]
  f:close()
end

local tmpdir = require("helpers").tmpdir

local median = require("tests.bench.stats").median

local function pct(t, p)
  local c = {}
  for i = 1, #t do c[i] = t[i] end
  table.sort(c)
  return c[math.max(1, math.ceil(p / 100 * #c))]
end

local function rt_for(dir, mode)
  local rt = kiln.runtime { workers = 1, gpu_backend = "none", cache_dir = dir, durability = "rename",
                            remote = { url = server.url .. "/kiln", mode = mode, namespace = "bench" } }
  rt:load(script)
  return rt
end

for _, size in ipairs { 64 * 1024, 1024 * 1024 } do
  local prefix = ("s%d-"):format(size)
  -- Upload the objects once.
  local up = rt_for(tmpdir(), "readwrite")
  for i = 1, N do up:enqueue("obj", prefix .. i, { args = { size = size } }) end
  assert(up:drain(120))
  local urls = {}
  for i = 1, N do urls[i] = up:remote_url("obj", prefix .. i) end
  assert(up:close())
  local kiln_p50, kiln_p99, item_p50, curl_p50, curl_p99 = {}, {}, {}, {}, {}
  for r = 1, RUNS do
    -- kiln: one item at a time from an empty local cache, so each is a
    -- remote hit: the fetch (stats p50/p99) and the item end to end.
    local rt = rt_for(tmpdir(), "read")
    local items = {}
    for i = 1, N do
      local t0 = kiln._now()
      rt:enqueue("obj", prefix .. i, { args = { size = size } })
      assert(rt:wait("obj", prefix .. i, 10) == "applied")
      items[i] = (kiln._now() - t0) * 1000
    end
    local s = rt:stats()
    assert(s.remote.hits == N and s.stages.compute.count == 0, "not every item was a remote hit")
    kiln_p50[r], kiln_p99[r], item_p50[r] = s.remote.p50_ms, s.remote.p99_ms, pct(items, 50)
    rt:close()
    -- curl: the same objects, one invocation, one kept-alive connection.
    local cmd = { "curl -s" }
    for i = 1, N do cmd[#cmd + 1] = "-o /dev/null -w '%{time_total}\\n' " .. urls[i] end
    local p = io.popen(table.concat(cmd, " "))
    local ts = {}
    for l in p:lines() do ts[#ts + 1] = tonumber(l) * 1000 end
    p:close()
    curl_p50[r], curl_p99[r] = pct(ts, 50), pct(ts, 99)
  end
  local ratios = {}
  for r = 1, RUNS do ratios[r] = kiln_p50[r] / curl_p50[r] end
  table.sort(ratios)
  print(("remote %4d KiB: kiln fetch p50 %.3f ms p99 %.3f ms, item end to end p50 %.3f ms; curl p50 %.3f ms p99 %.3f ms;"
    .. " kiln/curl p50 %.2fx (spread %.2f-%.2fx, %d objects x %d runs)"):format(size / 1024, median(kiln_p50),
    median(kiln_p99), median(item_p50), median(curl_p50), median(curl_p99), median(ratios), ratios[1],
    ratios[#ratios], N, RUNS))
end
server:stop()
os.remove(script)
