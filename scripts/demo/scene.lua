-- scripts/demo/scene.lua: kiln's demo, starting with the grid scene
-- (scripts/demo/grid.lua); Tab switches to the block atlas scene
-- (scripts/demo/atlas.lua) and back.
--
--   build/kiln scripts/demo/scene.lua [grid options] [-- atlas options]
--   build/kiln scripts/demo/scene.lua --help

-- Modules and type scripts are found relative to the current directory
-- (package.path's "./?.lua", in the worker states too).
if not io.open("scripts/demo/driver.lua") then
  io.stderr:write("scene: run the scene from the kiln repo root (scripts/demo/driver.lua is not in the ",
    "current directory): build/kiln scripts/demo/scene.lua\n")
  os.exit(2)
end
return require("scripts.demo.driver").main("grid", arg or {})
