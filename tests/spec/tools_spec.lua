-- Seeing the pipeline: the Chrome trace and the bake command.
local kiln = require "kiln"
local json = require "dkjson"

local bin = (os.getenv("BUILD") or "build") .. "/kiln"

local helpers = require "helpers"
local tmpdir, run = helpers.tmpdir, helpers.run

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

describe("--trace", function()
  it("writes valid trace JSON with closed spans, the bump and the failure", function()
    local dir = tmpdir()
    local out, rc = run(("%s --trace %s/t.json tests/spec/fixtures/trace_run.lua %s/cache"):format(bin, dir, dir))
    assert.equal(0, rc, out)
    local doc, _, err = json.decode(read(dir .. "/t.json"))
    assert.is_nil(err)
    local names, phases, tracks = {}, {}, {}
    local open = {}
    for _, e in ipairs(doc.traceEvents) do
      phases[e.ph] = (phases[e.ph] or 0) + 1
      names[e.name] = (names[e.name] or 0) + 1
      if e.ph == "M" and e.name == "thread_name" then tracks[e.args.name] = true end
      if e.ph == "X" then
        assert.is_true(e.dur >= 0)
        if e.cat == "stage" then
          assert.is_string(e.args.type)
          assert.is_string(e.args.key)
          assert.is_number(e.args.session)
        end
      end
      if e.ph == "B" then open[e.tid] = (open[e.tid] or 0) + 1 end
      if e.ph == "E" then open[e.tid] = (open[e.tid] or 0) - 1 end
    end
    for _, n in pairs(open) do assert.equal(0, n) end -- every span closed
    assert.is_true(tracks["worker 1"] and tracks["worker 2"] and tracks["render thread"] and tracks["disk writes"])
    assert.equal(1, names["session bump"])
    assert.equal(1, names["failure"])
    assert.is_true(names["compute"] >= 30)
    assert.is_true(names["output"] >= 29)
    assert.is_true(names["apply"] >= 29)
    assert.is_true(names["disk write"] >= 29)
    assert.is_true((names["queue depth"] or 0) > 0)
    local failure
    for _, e in ipairs(doc.traceEvents) do if e.name == "failure" then failure = e end end
    assert.equal("bad", failure.args.key)
    assert.matches("thirteen is unlucky", failure.args.msg, 1, true)
    assert.equal(0, doc.otherData.dropped_events)
    os.execute("rm -rf " .. dir)
  end)

  it("rt:trace_start names a bad path; rt:trace_stop writes the file", function()
    local dir = tmpdir()
    local rt = kiln.runtime { workers = 1, cache_dir = dir .. "/cache" }
    rt:load("tests/spec/fixtures/tools.lua")
    local ok, err = pcall(rt.trace_start, rt, "/nonexistent/dir/t.json")
    assert.is_false(ok)
    assert.matches("/nonexistent/dir/t.json", err, 1, true)
    rt:trace_start(dir .. "/t.json")
    rt:enqueue("square", "x", { args = 3 })
    rt:drain(5)
    rt:trace_stop()
    local doc = json.decode(read(dir .. "/t.json"))
    assert.is_table(doc.traceEvents)
    rt:close()
    os.execute("rm -rf " .. dir)
  end)
end)

describe("kiln bake", function()
  it("bakes a range, prints plain progress and a summary, exits 0", function()
    local dir = tmpdir()
    local out, rc = run(("%s bake tests/spec/fixtures/tools.lua --type square --range 1..12 --cache %s | cat"):format(bin, dir))
    assert.equal(0, rc, out)
    assert.matches("bake: 12/12 done", out, 1, true)                     -- plain lines, not a bar
    assert.is_nil(out:find("\r", 1, true))
    assert.matches("bake: 12 items of type square in [%d.]+ s %(%d+ items/s%): 12 computed, 0 from cache, 0 failed", out)
    out, rc = run(("%s bake tests/spec/fixtures/tools.lua --type square --range 1..12 --cache %s"):format(bin, dir))
    assert.equal(0, rc, out)
    assert.matches("0 computed, 12 from cache, 0 failed", out, 1, true)
    os.execute("rm -rf " .. dir)
  end)

  it("lists failures and exits 1", function()
    local dir = tmpdir()
    local keys = dir .. "/keys.txt"
    local out, rc = run(("%s bake tests/spec/fixtures/tools.lua --type square --range 10..15 --cache %s"):format(bin, dir))
    assert.equal(1, rc, out)
    assert.matches("1 failed", out, 1, true)
    assert.matches("failed: square '13' (compute): tests/spec/fixtures/tools.lua:6: thirteen is unlucky", out, 1, true)
    local f = assert(io.open(keys, "w"))
    f:write("a\n\nb\nc\n")
    f:close()
    out, rc = run(("%s bake tests/spec/fixtures/tools.lua --type square --keys %s --cache %s"):format(bin, keys, dir))
    assert.equal(0, rc, out)
    assert.matches("bake: 3 items of type square", out, 1, true)
    os.execute("rm -rf " .. dir)
  end)

  it("exits 2 with usage on bad arguments and 1 on an unknown type", function()
    local out, rc = run(bin .. " bake tests/spec/fixtures/tools.lua --type square --range x")
    assert.equal(2, rc)
    assert.matches("--range must look like A..B, got x", out, 1, true)
    out, rc = run(bin .. " bake tests/spec/fixtures/tools.lua --range 1..2")
    assert.equal(2, rc)
    assert.matches("missing --type", out, 1, true)
    out, rc = run(bin .. " bake tests/spec/fixtures/tools.lua --type square --range 1..2 --bogus")
    assert.equal(2, rc)
    assert.matches("unknown option --bogus", out, 1, true)
    local dir = tmpdir()
    out, rc = run(("%s bake tests/spec/fixtures/tools.lua --type nope --range 1..2 --cache %s"):format(bin, dir))
    assert.equal(1, rc)
    assert.matches("declares no type 'nope' (types: square)", out, 1, true)
    os.execute("rm -rf " .. dir)
  end)
end)
