-- kiln cache types for the first-result latency benchmark: items of
-- args.ms milliseconds (0: as quick as an item gets).
local kiln = require "kiln"
local ffi = require "ffi"
pcall(ffi.cdef, "int usleep(unsigned int usec);")

kiln.artifact {
  name = "timed",
  compute = function(ctx, key, ms)
    if ms > 0 then ffi.C.usleep(ms * 1000) end
    return key
  end,
  apply = function(ctx, key, v) _G.first = _G.first or kiln._now() end,
}
