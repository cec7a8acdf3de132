-- kiln cache type for the bake-efficiency benchmark: "spin" burns args
-- milliseconds of its own thread's CPU time (not wall time: a worker
-- preempted by the render thread takes longer, as real compute would).
local kiln = require "kiln"
local ffi = require "ffi"
-- clock_gettime may be declared already with another timespec: a void *
-- converts to whichever it was given.
pcall(ffi.cdef, "struct bake_ts { long s, ns; }; int clock_gettime(int, struct bake_ts *);")
local ts = ffi.new("long[2]")
local function cpu_s()
  ffi.C.clock_gettime(3, ffi.cast("void *", ts)) -- CLOCK_THREAD_CPUTIME_ID
  return tonumber(ts[0]) + tonumber(ts[1]) / 1e9
end

kiln.artifact {
  name = "spin",
  compute = function(ctx, key, ms)
    local t_end, x = cpu_s() + ms / 1000, 0
    while cpu_s() < t_end do x = x + 1 end
    return x
  end,
  apply = function(ctx, key, x) end,
}
