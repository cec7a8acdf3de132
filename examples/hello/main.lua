-- build/kiln examples/hello/main.lua: run twice; the second run is cached.
local kiln = require "kiln"
local dir = (arg and arg[0] or ""):match("^(.*)/") or "."
local rt = kiln.runtime { workers = 2, cache_dir = ".kiln-cache/hello" }
rt:load(dir .. "/hello.lua")
for i, name in ipairs { "ada", "grace", "linus" } do
  local n = i * 100000 -- the key names everything that changes the result
  print(name, rt:enqueue("hello", name .. " n=" .. n, { args = { n = n } }))
end
rt:drain(10)  -- a tool may wait; a render loop calls rt:pump() each frame
print("cache hits", rt:stats().cache_hits)
rt:close()
