-- tests/demo/watch_check.lua DIR: kiln.watch (bindings/lwatch.c) on a
-- scratch directory: what changes() reports, files(), options, errors.
package.path = "tests/demo/?.lua;" .. package.path
local kiln = require "kiln"
local T = require "check"
local check, raises, write, contains = T.check, T.raises, T.write, T.contains

local dir = assert(arg[1], "usage: watch_check.lua DIR")
os.execute("rm -rf '" .. dir .. "' && mkdir -p '" .. dir .. "/sub'")

local w = kiln.watch(dir)
check("starts with no changes", #w:changes() == 0)

write(dir .. "/a.lua", "x")
write(dir .. "/b.txt", "x")
write(dir .. "/.hidden.lua", "x")
write(dir .. "/sub/c.lua", "x")
write(dir .. "/sub/c.lua", "y")
local ch = w:changes()
check("reports a written .lua file", contains(ch, dir .. "/a.lua"), table.concat(ch, " "))
check("reports files in subdirectories", contains(ch, dir .. "/sub/c.lua"), table.concat(ch, " "))
check("ignores other extensions and hidden files", #ch == 2, table.concat(ch, " "))
check("drained: nothing more", #w:changes() == 0)

-- a directory created after the watch started, written into at once
os.execute("mkdir -p '" .. dir .. "/new/deep' && echo 1 > '" .. dir .. "/new/deep/d.lua'")
ch = w:changes()
check("new subdirectory: files written before its watch was added", contains(ch, dir .. "/new/deep/d.lua"),
  table.concat(ch, " "))
write(dir .. "/new/deep/d.lua", "2")
ch = w:changes()
check("new subdirectory is watched", #ch == 1 and ch[1] == dir .. "/new/deep/d.lua", table.concat(ch, " "))

-- editors that write a temp file and rename it over the original
write(dir .. "/e.lua.tmp", "x")
os.rename(dir .. "/e.lua.tmp", dir .. "/e.lua")
ch = w:changes()
check("rename into place is a change", #ch == 1 and ch[1] == dir .. "/e.lua", table.concat(ch, " "))

local files = w:files()
check("files() lists the .lua files, sorted",
  table.concat(files, " ") == table.concat({ dir .. "/a.lua", dir .. "/e.lua", dir .. "/new/deep/d.lua",
    dir .. "/sub/c.lua" }, " "), table.concat(files, " "))
w:close()
w:close()
check("close is idempotent", tostring(w) == "kiln.watch (closed)", tostring(w))
raises("changes() after close", "kiln.watch: the watcher is closed", w.changes, w)

local all = kiln.watch({ dir .. "/sub", dir .. "/new" }, { ext = "" })
write(dir .. "/sub/z.txt", "x")
write(dir .. "/new/y.dat", "x")
write(dir .. "/a.lua", "not watched here")
ch = all:changes()
table.sort(ch)
check("a list of directories, ext = '' reports every file",
  #ch == 2 and ch[1] == dir .. "/new/y.dat" and ch[2] == dir .. "/sub/z.txt", table.concat(ch, " "))
all:close()

raises("missing directory names the path and errno text",
  "kiln.watch: cannot watch '" .. dir .. "/nope': No such file or directory", kiln.watch, dir .. "/nope")
raises("a file is not a directory", "cannot watch '" .. dir .. "/a.lua': Not a directory", kiln.watch,
  dir .. "/a.lua")
raises("bad argument type", "kiln.watch: expected a directory path or a list of them, got number",
  kiln.watch, 5)
raises("empty list", "kiln.watch: the list of directories is empty", kiln.watch, {})
raises("bad list entry", "kiln.watch: directory #2 must be a string, got boolean", kiln.watch, { dir, true })
raises("unknown option", "kiln.watch: unknown option 'recursive' (options: ext)", kiln.watch, dir,
  { recursive = true })
raises("bad ext", "kiln.watch: option 'ext' must be a string, got number", kiln.watch, dir, { ext = 1 })

-- worker states refuse: watching belongs to the main thread
write(dir .. "/wtype.lua", [[
local kiln = require "kiln"
kiln.artifact { name = "watcher", compute = function() return kiln.watch(".") and 1 end }
]])
local rt = kiln.runtime { workers = 1, gpu_backend = "null" }
rt:load(dir .. "/wtype.lua")
rt:enqueue("watcher", "k")
rt:drain(10)
local errs = rt:errors()
check("refused in a worker state", #errs == 1 and errs[1].message:find(
  "kiln.watch: not available in a worker state", 1, true) ~= nil, errs[1] and errs[1].message)
rt:close()
os.exit(T.failed == 0 and 0 or 1, true) -- true: close the state (runs __gc)
