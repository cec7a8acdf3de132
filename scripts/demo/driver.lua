-- scripts/demo/driver.lua: runs the demo's scenes in one window, one after
-- the other, as Tab asks. A scene module has
--   parse(argv) -> opts     (exits 2 with its usage on a bad option)
--   run(win, opts) -> { status = 0|1 } | { next = "grid" | "atlas", status }
-- and owns its runtime: it closes it before it returns, so the next scene
-- starts from its own cache with nothing of the last one in flight.
--
-- Command line: the entry scene's options, then "--" and the options for
-- the scene a switch starts (each scene keeps its options when it is left
-- and entered again). --workers, --fps, --pump-ms, --upload-mib, --timeout
-- and --headless carry over; --cache-dir DIR/<scene> follows the entry
-- scene's cache directory's parent.
local kiln = require "kiln"

local M = {}
local SCENES = { grid = "scripts.demo.grid", atlas = "scripts.demo.atlas" }
local CARRY = { "workers", "fps", "pump_ms", "upload_mib", "timeout" }

local function dirname(p)
  return p:match("^(.*)/[^/]*$") or "."
end

-- The argv a scene entered by a switch starts with.
local function carried(from, to, rest)
  local argv = {}
  for _, k in ipairs(CARRY) do
    if from[k] then
      argv[#argv + 1] = "--" .. k:gsub("_", "-")
      argv[#argv + 1] = tostring(from[k])
    end
  end
  if from.headless then argv[#argv + 1] = "--headless" end
  argv[#argv + 1] = "--cache-dir"
  argv[#argv + 1] = dirname(from.cache_dir) .. "/" .. to
  for _, a in ipairs(rest) do argv[#argv + 1] = a end -- the user's own come last and win
  return argv
end

function M.main(first, argv)
  io.stdout:setvbuf("line")
  local mine, rest = {}, {}
  local cut = false
  for _, a in ipairs(argv) do
    if a == "--" and not cut then cut = true
    elseif cut then rest[#rest + 1] = a
    else mine[#mine + 1] = a end
  end
  local name = first
  local scene = require(SCENES[name])
  local opts = { [name] = scene.parse(mine) }
  local win = kiln.window { width = 1280, height = 800, title = "kiln demo",
                            visible = not opts[name].headless, vsync = not opts[name].headless, font_px = 14 }
  while true do
    local r = scene.run(win, opts[name])
    if not r.next then
      win:close()
      os.exit(r.status, true) -- true: close the Lua state, running every __gc
    end
    local from = opts[name]
    name, scene = r.next, require(SCENES[r.next])
    opts[name] = opts[name] or scene.parse(carried(from, name, rest))
  end
end

return M
