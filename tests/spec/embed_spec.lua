-- kiln inside another renderer (issue 11): loading type scripts from
-- anywhere (rt:load_string), for hosts whose files live in an archive or a
-- virtual filesystem.
local kiln = require "kiln"
local helpers = require "helpers"

local SRC = [[
local kiln = require "kiln"
kiln.artifact {
  name = "strtype", version = %d, outputs = { disk = true },
  compute = function(ctx, key, args) return "v%d:" .. key end,
  output = function(ctx, key, v) ctx:write_disk(v) end,
  load = function(ctx, key, bytes) return bytes:tostring() end,
  apply = function(ctx, key, v) _G.strlog = _G.strlog or {}; _G.strlog[key] = v end,
}
]]

describe("rt:load_string", function()
  it("loads a type script from a string into every state, and reloads it by chunk name", function()
    local dir = helpers.tmpdir()
    local rt = kiln.runtime { workers = 2, cache_dir = dir .. "/c" }
    _G.strlog = nil
    assert.same({ "strtype" }, rt:load_string(SRC:format(1, 1), "game/types/str.lua"))
    rt:enqueue("strtype", "a")
    assert.is_true(rt:drain(10))
    assert.equal("v1:a", _G.strlog.a)
    -- the same chunk name again: hot reload, new version, new identity
    rt:load_string(SRC:format(2, 2), "game/types/str.lua")
    assert.equal("queued", rt:enqueue("strtype", "a"))
    assert.is_true(rt:drain(10))
    assert.equal("v2:a", _G.strlog.a)
    assert.equal("cached", rt:enqueue("strtype", "a"))
    assert.is_true(rt:drain(10))
    rt:close()
    os.execute("rm -rf " .. dir)
  end)

  it("names chunkname:line in errors and refuses bad arguments", function()
    local rt = kiln.runtime { workers = 1 }
    local ok, e = pcall(function() local r = rt:load_string("local x = 1\nerror('boom')\n", "pack/broken.lua"); return r end)
    assert.is_false(ok)
    assert.matches("rt:load_string: pack/broken.lua:2: boom", e, 1, true)
    assert.matches("^tests/spec/embed_spec.lua:%d+: rt:load_string", e) -- at the caller's line
    ok, e = pcall(rt.load_string, rt, "local x = \n", "pack/syntax.lua")
    assert.is_false(ok)
    assert.matches("rt:load_string: pack/syntax.lua:2:", e, 1, true)
    ok, e = pcall(rt.load_string, rt, "return 1")
    assert.is_false(ok)
    assert.matches("rt:load_string: expected a chunk name", e, 1, true)
    ok, e = pcall(rt.load_string, rt, nil, "x.lua")
    assert.is_false(ok)
    assert.matches("rt:load_string: expected the script's source as a string, got nil", e, 1, true)
    rt:close()
  end)
end)
