-- The warm-start benchmark's cache type: a tile whose compute costs at
-- least 0.5 ms (a real bake would be slower still), written to disk.
local kiln = require "kiln"
local ffi = require "ffi"
local items = require "tests.bench.items"
pcall(ffi.cdef, "struct kiln_bench_ts { long s, ns; }; int clock_gettime(int, struct kiln_bench_ts *);")
local ts = ffi.new("struct kiln_bench_ts")
local function now() ffi.C.clock_gettime(1, ts); return tonumber(ts.s) + tonumber(ts.ns) * 1e-9 end

kiln.artifact {
  name = "warm_tile", outputs = { disk = true },
  compute = function(ctx, key, i)
    local b = kiln.buffer(items.TILE_BYTES)
    local t_end = now() + 0.0005
    repeat items.fill(b.ptr, i) until now() >= t_end -- >= 0.5 ms of real work
    return b
  end,
  output = function(ctx, key, b) ctx:write_disk(b) end,
  apply = function(ctx, key, b) b:free() end,
}
