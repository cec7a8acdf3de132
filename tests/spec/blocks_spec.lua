-- Issue 13 on real data nobody here made: every PNG of minetest-data's
-- default game baked by scripts/types/block_*.lua (albedo chains in bc1 or
-- bc3, normal chains in bc5, base colours), a warm second run that
-- decodes and encodes nothing (no compute ran: counted), and a corrupt
-- PNG failing its own item with its path and the reason.
local kiln = require "kiln"
local H = require "helpers"

local ROOT = "/usr/share/games/minetest/games/minetest_game"
teardown(function() require("scripts.lib.host").on_deliver = nil end)
local TYPES = { "block_albedo", "block_normal", "block_basecolor" }

local list = require("scripts.lib.blocks").list -- keys "path|size|mtime", sorted

local host = require "scripts.lib.host"
local baked, bytes, colors

local function bake(dir, files)
  baked, bytes, colors = {}, {}, {}
  host.on_deliver = function(ctx, v)
    baked[ctx.type] = (baked[ctx.type] or 0) + 1
    bytes[ctx.type] = (bytes[ctx.type] or 0) + (v.bytes or 0)
    if v.linear then colors[ctx.key] = v.linear end
  end
  local rt = kiln.runtime { workers = 2, gpu_backend = "none", cache_dir = dir, durability = "rename" }
  for _, ty in ipairs(TYPES) do rt:load("scripts/types/" .. ty .. ".lua") end
  for _, key in ipairs(files) do
    for _, ty in ipairs(TYPES) do rt:enqueue(ty, key, { args = { path = key:match("^(.-)|") } }) end
  end
  assert.is_true(rt:drain(120))
  return rt, rt:stats()
end

describe("block textures from minetest-data", function()
  it("bake cold, then warm from the cache without decoding or encoding", function()
    local files = list(ROOT)
    assert.is_true(#files >= 300, "minetest-data's default game has " .. #files .. " PNGs here (make deps)")
    local dir = H.tmpdir()
    local rt, s = bake(dir, files)
    assert.are.equal(0, s.failed, #rt:errors() > 0 and rt:errors()[1].message or "")
    assert.are.equal(#files * 3, s.completed)
    assert.are.equal(#files, baked.block_albedo)
    assert.are.equal(#files, baked.block_normal)
    -- 64x64 chains down to 1x1: bc1 2744 bytes, bc3 and bc5 5488 (the
    -- 2x2 and 1x1 levels take a whole block each).
    assert.are.equal(#files * 5488, bytes.block_normal)
    local albedo = bytes.block_albedo
    assert.is_true(albedo > #files * 2744 and albedo < #files * 5488) -- some have alpha
    assert.are.equal(#files * 3, s.disk.writes)
    assert.is_true(rt:close())
    rt, s = bake(dir, files)
    assert.are.equal(#files * 3, s.cache_hits)
    assert.are.equal(0, s.stages.compute.count) -- no decoder or encoder ran
    assert.are.equal(#files * 5488, bytes.block_normal)
    assert.are.equal(albedo, bytes.block_albedo)
    -- The base colour of dirt is brown: red over green over blue.
    local dirt
    for key, c in pairs(colors) do
      if key:find("/default_dirt.png|", 1, true) then dirt = c end
    end
    assert.is_table(dirt)
    assert.is_true(dirt[1] > dirt[2] and dirt[2] > dirt[3], "dirt " .. table.concat(dirt, " "))
    assert.are.equal(1, dirt[4])
    assert.is_true(rt:close())
  end)

  it("fail a corrupt PNG's own items, naming the file and the reason", function()
    local dir = H.tmpdir()
    os.execute("cp " .. H.q(ROOT .. "/mods/default/textures/default_stone.png") .. " " .. H.q(dir .. "/good.png"))
    local f = assert(io.open(dir .. "/bad.png", "wb"))
    f:write("\137PNG\r\n\26\n" .. string.rep("\0", 40))
    f:close()
    local rt, s = bake(dir .. "/cache", list(dir))
    assert.are.equal(3, s.failed)
    assert.are.equal(3, s.completed)
    for _, e in ipairs(rt:errors()) do
      assert.matches("kiln.image.decode_png: '" .. dir .. "/bad.png': bad PNG", e.message, 1, true)
    end
    assert.is_true(rt:close())
  end)
end)
