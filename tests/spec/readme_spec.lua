-- The README's complete cache type and host must keep working as written.
local have_x = os.getenv("KILN_HAVE_X") == "1" or (os.getenv("DISPLAY") or "") ~= ""
local bin = (os.getenv("BUILD") or "build") .. "/kiln"

describe("README example", function()
  it("runs as written (30 frames)", function()
    if not have_x then return pending("no X display: the README host opens a window") end
    local f = assert(io.open("README.md"))
    local text = f:read("*a")
    f:close()
    local blocks = {}
    for code in text:gmatch("```lua\n(.-)```") do blocks[#blocks + 1] = code end
    assert.is_true(#blocks >= 2, "the README lost its example")
    local dir = os.tmpname()
    os.remove(dir)
    assert(os.execute("mkdir -p " .. dir) == 0)
    local t = assert(io.open(dir .. "/checker.lua", "w"))
    t:write(blocks[1])
    t:close()
    local host = blocks[2]
      :gsub('rt:load "scripts/checker.lua"', 'rt:load "' .. dir .. '/checker.lua"')
      :gsub('cache_dir = "%.kiln%-cache"', 'cache_dir = "' .. dir .. '/cache"')
      :gsub("while not win:should_close%(%) do",
            "local frames = 0\nwhile not win:should_close() and frames < 30 do frames = frames + 1")
    assert.matches("frames < 30", host, 1, true)
    local h = assert(io.open(dir .. "/host.lua", "w"))
    h:write(host)
    h:close()
    local p = io.popen(bin .. " " .. dir .. "/host.lua 2>&1; echo rc=$?")
    local out = p:read("*a")
    p:close()
    os.execute("rm -rf " .. dir)
    assert.matches("baked\ttile/1\tin session\t1", out, 1, true)
    assert.matches("rc=0", out, 1, true)
  end)
end)
