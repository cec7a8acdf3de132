-- scripts/lib/clock.lua: a monotonic clock and a sleep for frame pacing,
-- through the FFI (any Lua state; workers time their compute with it).
local ffi = require "ffi"

if not pcall(ffi.typeof, "struct kiln_demo_timespec") then
  ffi.cdef [[
    struct kiln_demo_timespec { long tv_sec; long tv_nsec; };
    int clock_gettime(int clk, struct kiln_demo_timespec *ts);
    int nanosleep(const struct kiln_demo_timespec *req, struct kiln_demo_timespec *rem);
    int getpid(void);
  ]]
end

local C = ffi.C
local ts = ffi.new("struct kiln_demo_timespec")
local CLOCK_MONOTONIC = 1

local clock = {}

-- clock.ms() -> milliseconds on the monotonic clock (float).
function clock.ms()
  C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) * 1e3 + tonumber(ts.tv_nsec) / 1e6
end

-- clock.sleep_ms(ms): frame pacing on the render thread (a frame cap, like
-- vsync); never used to wait for work.
function clock.sleep_ms(ms)
  if ms <= 0 then return end
  local req = ffi.new("struct kiln_demo_timespec")
  req.tv_sec = math.floor(ms / 1e3)
  req.tv_nsec = math.floor((ms % 1e3) * 1e6)
  C.nanosleep(req, nil)
end

function clock.pid() return C.getpid() end

return clock
