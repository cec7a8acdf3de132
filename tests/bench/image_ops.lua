-- kiln.image's Lua wrapper against the C functions alone, same image, same
-- run: each line is the median of RUNS timings of N calls, and the ratio
-- wrapper/C (the argument checks and the buffer each call allocates; the
-- results are freed, as a cache type frees a tile once it moved on, so
-- kiln's buffer pool recycles them).
-- usage: build/kiln tests/bench/image_ops.lua [size] [runs]
local kiln = require "kiln"
local ffi = require "ffi"
local I, api = kiln.image, kiln._api
local S, RUNS = tonumber(arg[1] or 256), tonumber(arg[2] or 5)
local now = kiln._now

local src = kiln.buffer(S * S * 4, false)
for i = 0, S * S * 4 - 1 do src.data[i] = (i * 7 + math.floor(i / 1024)) % 256 end
local dir = os.tmpname()
os.remove(dir)
os.execute("mkdir -p " .. dir)
local path = dir .. "/b.png"
I.encode_png(src, S, S, path)
local f = io.open(path, "rb")
local png = f:read("*a")
f:close()

local errbuf = ffi.new("char[512]")
local out = kiln.buffer(S * S * 4, false)
local bc = kiln.buffer(I.bc_size("bc1", S, S), false)
local chain, levels = I.mips(src, S, S)
local avg = ffi.new("double[4]")

local spread = require("tests.bench.stats").spread

local function time(n, f)
  local t = {}
  for r = 1, RUNS do
    local t0 = now()
    for _ = 1, n do f() end
    t[r] = (now() - t0) / n
  end
  return spread(t)
end

local cases = {
  { "decode_png", 20, function() I.decode_png(png):free() end,
    function() api.img_png_decode(png, #png, out.data, out.size, errbuf) end },
  { "mips (srgb)", 20, function() I.mips(src, S, S, { srgb = true }):free() end,
    function() api.img_mips(chain.data, S, S, 0, 1, errbuf) end },
  { "compress bc1", 20, function() I.compress(src, S, S, "bc1"):free() end,
    function() api.img_compress(src.data, S, S, 1, 0, bc.data, bc.size, errbuf) end },
  { "average (srgb)", 200, function() I.average(src, S, S, { srgb = true }) end,
    function() api.img_average(src.data, S, S, 1, avg) end },
}
print(string.format("kiln.image on a %dx%d RGBA8 image, median of %d (min-max)", S, S, RUNS))
for _, c in ipairs(cases) do
  local w, wlo, whi = time(c[2], c[3])
  local n, nlo, nhi = time(c[2], c[4])
  print(string.format("%-16s kiln.image %8.1f us (%.1f-%.1f)   C alone %8.1f us (%.1f-%.1f)   wrapper/C %.2fx",
    c[1], w * 1e6, wlo * 1e6, whi * 1e6, n * 1e6, nlo * 1e6, nhi * 1e6, w / n))
end
os.execute("rm -rf '" .. dir .. "'")
