-- Cold vs warm bake of every block texture of minetest-data's default game
-- (scripts/types/block_*.lua: albedo bc1/bc3 chains, normal bc5 chains,
-- base colours), and the bytes the cache holds against the raw RGBA8
-- chains they replace. Median of RUNS, each in a fresh cache directory.
-- usage: build/kiln tests/bench/blocks.lua [runs] [workers]
local kiln = require "kiln"
local RUNS, WORKERS = tonumber(arg[1] or 3), tonumber(arg[2] or 2)
local ROOT = "/usr/share/games/minetest/games/minetest_game"
local TILE = 64

local files = require("scripts.lib.blocks").list(ROOT) -- the keys the atlas scene uses
assert(#files > 100, "minetest-data's textures are missing under " .. ROOT .. " (make deps)")

local function bake(dir)
  local rt = kiln.runtime { workers = WORKERS, gpu_backend = "none", cache_dir = dir, durability = "rename" }
  for _, ty in ipairs { "block_albedo", "block_normal", "block_basecolor" } do
    rt:load("scripts/types/" .. ty .. ".lua")
  end
  local t0 = kiln._now()
  for _, key in ipairs(files) do
    local path = key:match("^(.-)|")
    for _, ty in ipairs { "block_albedo", "block_normal", "block_basecolor" } do
      rt:enqueue(ty, key, { args = { path = path } })
    end
  end
  assert(rt:drain(300), "drain timed out")
  local secs = kiln._now() - t0
  local s = rt:stats()
  assert(s.failed == 0, "failures: " .. s.failed)
  rt:close()
  return secs, s
end

local median = require("tests.bench.stats").median

local cold, warm, ratios, stored = {}, {}, {}, 0
for r = 1, RUNS do
  local dir = os.tmpname()
  os.remove(dir)
  local c, cs = bake(dir)
  local w, ws = bake(dir)
  assert(ws.cache_hits == #files * 3 and ws.stages.compute.count == 0, "the warm run computed something")
  cold[r], warm[r], ratios[r] = c, w, c / w
  stored = cs.disk.stored_bytes
  os.execute("rm -rf '" .. dir .. "'")
end
table.sort(ratios)
-- Raw: two RGBA8 chains (albedo, normal) a texture, a chain being 4/3 of
-- its top level, plus 16 bytes of base colour.
local raw = #files * (2 * math.floor(TILE * TILE * 4 * 4 / 3) + 16)
print(string.format("blocks: %d textures x 3 types, %d workers, median of %d", #files, WORKERS, RUNS))
print(string.format("blocks: cold %.3f s, warm %.3f s: warm is %.1fx faster (spread %.1f-%.1fx, target >= 10x)",
  median(cold), median(warm), median(ratios), ratios[1], ratios[#ratios]))
print(string.format("blocks: cache holds %.2f MB against %.2f MB of raw RGBA8 chains: %.1fx smaller",
  stored / 1e6, raw / 1e6, raw / stored))
