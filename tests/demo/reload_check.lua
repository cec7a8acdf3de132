-- tests/demo/reload_check.lua DIR: hot reload as the demo scene does it
-- (scripts/demo/reloader.lua over kiln.watch and rt:load), on scratch type
-- scripts: a good edit takes over, a broken one (syntax error, error at
-- load time) keeps the previous version running and reports file:line,
-- a shared-module edit reloads every type; plus deps.lua's versions.
package.path = "tests/demo/?.lua;" .. package.path
local kiln = require "kiln"
local T = require "check"
local reloader = require "scripts.demo.reloader"
local deps = require "scripts.lib.deps"
local check, raises, write = T.check, T.raises, T.write

local dir = assert(arg[1], "usage: reload_check.lua DIR")
os.execute("rm -rf '" .. dir .. "' && mkdir -p '" .. dir .. "/types' '" .. dir .. "/lib'")
local tpath = dir .. "/types/greet.lua"

local function greet(version_tag, extra)
  return ([[
local kiln = require "kiln"
%s
kiln.artifact { name = "greet", compute = function(ctx, key) return "%s:" .. key end,
                apply = function(ctx, key, v) RESULTS[key] = v end }
]]):format(extra or "", version_tag)
end

RESULTS = {}
write(tpath, greet("v1"))
local rt = kiln.runtime { workers = 1, gpu_backend = "null", cache_dir = dir .. "/cache" }
local w = kiln.watch(dir)
local rl = reloader.new { rt = rt, watch = w, types = dir .. "/types", lib = dir .. "/lib" }
local names = rl:load_all()
check("load_all loads the type scripts", #names == 1 and names[1] == "greet", table.concat(names, ","))

local function bake(key)
  rt:enqueue("greet", key, { force = true })
  rt:drain(10)
  return RESULTS[key]
end
check("v1 runs", bake("a") == "v1:a", RESULTS.a)
check("nothing changed: poll is empty", rl:poll().reloaded == nil)

-- a syntax error: rejected in the main state, v1 keeps running
write(tpath, greet("v2") .. "\nlocal x = = 1\n")
local ev = rl:poll()
check("syntax error: nothing reloaded", ev.reloaded == nil)
local msg = rl.errors[tpath] or ""
check("syntax error reported with file:line", msg:find(tpath .. ":6:", 1, true) ~= nil, msg)
check("the error is one line (no traceback)", not msg:find("\n"), msg)
check("the log says the previous version was kept",
  rl.log[#rl.log].err and rl.log[#rl.log].text:find("previous version kept", 1, true) ~= nil,
  rl.log[#rl.log] and rl.log[#rl.log].text)
check("previous version keeps running", bake("b") == "v1:b", RESULTS.b)

-- an error while the script runs (at load time)
write(tpath, greet("v2", "error('bad config')"))
rl:poll()
msg = rl.errors[tpath] or ""
check("load-time error reported with file:line", msg:find(tpath .. ":2: bad config", 1, true) ~= nil, msg)
check("previous version still running", bake("c") == "v1:c", RESULTS.c)

-- the fix takes over, in every state
write(tpath, greet("v2"))
ev = rl:poll()
check("fixed script reloads", ev.reloaded and ev.reloaded.greet, ev.reloaded)
check("its error is cleared", rl.errors[tpath] == nil, rl.errors[tpath])
rt:bump_session()
check("v2 runs on the workers", bake("a") == "v2:a", RESULTS.a)

-- a new type script appears
write(dir .. "/types/second.lua", [[
local kiln = require "kiln"
kiln.artifact { name = "second", compute = function() return 2 end }
]])
ev = rl:poll()
check("a new type script is loaded", ev.reloaded and ev.reloaded.second, ev.reloaded)

-- a shared module changes: every type script reloads
write(dir .. "/lib/shared.lua", "return {}\n")
ev = rl:poll()
check("shared module edit reloads every type", ev.lib and ev.reloaded and ev.reloaded.greet and
  ev.reloaded.second, ev.reloaded)
write(dir .. "/lib/host.lua", "return {}\n")
ev = rl:poll()
check("modules loaded with require need a restart", #ev.restart == 1 and not ev.reloaded, ev.restart[1])

-- an error in compute after a reload reaches rt:errors() with file:line
write(tpath, (greet("v3"):gsub('return "v3:" .. key', 'error("compute broke")')))
rl:poll()
rt:bump_session()
rt:enqueue("greet", "z", { force = true })
rt:drain(10)
local errs = rt:errors()
local e = errs[#errs] or { message = "no error" }
check("compute error names the script and line", e.message:find(tpath .. ":3: compute broke", 1, true) ~= nil,
  e.message)
rt:close()
w:close()

-- deps.lua: module source hashes fold into versions
package.path = dir .. "/lib/?.lua;" .. package.path
write(dir .. "/lib/m.lua", "return { n = 1 }\n")
local m1 = deps.load "m"
local v1 = deps.version(1, m1)
check("deps.load runs the module", m1.n == 1)
check("same source, same version", deps.version(1, deps.load "m") == v1)
write(dir .. "/lib/m.lua", "return { n = 2 }\n")
local m2 = deps.load "m"
check("deps.load reads the file afresh", m2.n == 2)
check("an edit changes the version", deps.version(1, m2) ~= v1)
check("the base version matters", deps.version(2, m2) ~= deps.version(1, m2))
check("versions fit kiln.artifact", v1 >= 0 and v1 < 2 ^ 32 and v1 == math.floor(v1), v1)
write(dir .. "/lib/outer.lua", "local deps = require 'scripts.lib.deps'\nreturn { inner = deps.load 'm' }\n")
local o1 = deps.version(1, deps.load "outer")
write(dir .. "/lib/m.lua", "return { n = 3 }\n")
check("a nested module's edit changes the outer version", deps.version(1, deps.load "outer") ~= o1)
write(dir .. "/lib/m.lua", "return { n = = 3 }\n")
raises("a broken module reports file:line", dir .. "/lib/m.lua:1:", deps.load, "m")
raises("a missing module", "deps.load: module 'nope' not found", deps.load, "nope")
raises("version of a module not from deps.load", "deps.version: argument #2 was not loaded with deps.load",
  deps.version, 1, {})
os.exit(T.failed == 0 and 0 or 1, true) -- true: close the state (runs __gc)
