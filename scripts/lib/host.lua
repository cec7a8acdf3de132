-- scripts/lib/host.lua: the seam between cache types and the program that
-- shows their results (the demo scene). Loaded with a plain require, so the
-- main Lua state has one copy, shared by the scene and the apply callbacks
-- of every type script; in worker states it is inert.
--
-- A type script declares how to show its artifacts at load time
--   host.view { type = "albedo", title = "albedo", kind = "texture" | "swatch",
--               key = function(args) -> key, order = 1 }
-- (kind "texture": output stages into the 2d_array texture named after the
-- type, layer = tile slot; "swatch": apply's value carries srgb = { r, g, b })
-- and hands each applied value over with host.deliver(ctx, value) from apply.
local host = {}

-- Set by the program: on_view(desc) and on_deliver(ctx, value).
host.on_view = nil
host.on_deliver = nil

local VIEW_FIELDS = { type = "string", title = "string", kind = "string", key = "function",
                      order = "number" }

function host.view(desc)
  if type(desc) ~= "table" then error("host.view: expected a table", 2) end
  for k, v in pairs(desc) do
    if not VIEW_FIELDS[k] then error(("host.view: unknown field '%s'"):format(tostring(k)), 2) end
    if type(v) ~= VIEW_FIELDS[k] then
      error(("host.view: field '%s' must be a %s, got %s"):format(k, VIEW_FIELDS[k], type(v)), 2)
    end
  end
  if not desc.type or not desc.key then error("host.view: fields 'type' and 'key' are required", 2) end
  if desc.kind and desc.kind ~= "texture" and desc.kind ~= "swatch" then
    error(("host.view '%s': field 'kind' must be texture or swatch, got '%s'"):format(desc.type, desc.kind), 2)
  end
  if host.on_view then host.on_view(desc) end
end

function host.deliver(ctx, value)
  if host.on_deliver then host.on_deliver(ctx, value) end
end

return host
