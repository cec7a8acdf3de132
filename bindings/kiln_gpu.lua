-- The GPU output: ctx:stage_texture on workers, and the render thread's
-- GL calls (gl_attach, textures, read-back, gpu_stats).
local K, kiln = ...
local ffi, api, CF = K.ffi, K.api, K.CF
local type, next, pairs, tostring, error = type, next, pairs, tostring, error
local ffi_string, fmt, floor, rawget, rawset = ffi.string, string.format, math.floor, rawget, rawset
local errbuf, now_ns, is_buffer, check_live = K.errbuf, K.now_ns, K.is_buffer, K.check_live
local Ctx, RT, ccall, check_open, check_opts = K.Ctx, K.RT, K.ccall, K.check_open, K.check_opts
local STAGE_FIELDS = { texture = "string", x = "number", y = "number", layer = "number",
                       z = "number", face = "number", w = "number", h = "number", d = "number",
                       level = "number", format = "string", data = true, offset = "number",
                       row_length = "number", image_height = "number" }

-- The slice a region names, and the field it was named by (nil for z): a
-- cube array's is layer * 6 + face; elsewhere one of layer, z, face names it.
local function slice(t)
  return t.layer and t.face and t.layer * 6 + t.face or t.layer or t.z or t.face or 0,
    t.layer and "layer" or t.face and "face"
end

-- C knows the slice as z: say the field the script used.
local function name_z(m, zname)
  return zname and (m:gsub("field 'z'", "field '" .. zname .. "'")) or m
end

-- ctx:stage_texture { texture =, x =, y =, layer|z|face =, w =, h =, d = 1, level = 0,
--                     format = "rgba8", data = buf_or_string }  (output only)
-- Validates, takes ring space and copies the texels; the render thread
-- uploads them in rt:pump. Returns true, or false when the runtime is
-- closing (nothing will be drawn: the upload is dropped).
function Ctx.stage_texture(ctx, t)
  if ctx._stage ~= "output" then
    error("ctx:stage_texture: only allowed in output (GPU data is staged after compute)", 2)
  end
  local spec = ctx._spec
  if not (spec.outputs and spec.outputs.gpu) then
    error(fmt("ctx:stage_texture: type '%s' does not declare outputs.gpu (its items reserve no "
      .. "ring space)", spec.name), 2)
  end
  if type(t) ~= "table" then error("ctx:stage_texture: expected a table", 2) end
  for k, v in next, t do
    local want = STAGE_FIELDS[k]
    if not want then error(fmt("ctx:stage_texture: unknown field '%s'", tostring(k)), 2) end
    if want ~= true and type(v) ~= want then
      error(fmt("ctx:stage_texture: field '%s' must be a %s, got %s", k, want, type(v)), 2)
    end
    if k == "offset" then -- a byte count into data (C takes it as size_t)
      if not (v >= 0 and v <= 2^48 and v == floor(v)) then
        error(fmt("ctx:stage_texture: field 'offset' must be a byte count from 0 to 2^48, got %s",
          tostring(v)), 2)
      end
    elseif want == "number" and not (v >= -2^31 and v < 2^31 and v == floor(v)) then
      error(fmt("ctx:stage_texture: field '%s' must be an integer from -2^31 to 2^31-1, got %s", k,
        tostring(v)), 2)
    end
  end
  local data, len = t.data, nil
  if type(data) == "string" then
    len = #data
  elseif is_buffer(data) then
    check_live(data, "ctx:stage_texture: field 'data'")
    len = data.size
    data = data.data
  else
    error("ctx:stage_texture: field 'data' must be a kiln.buffer or a string, got " .. type(data), 2)
  end
  if t.texture == nil then error("ctx:stage_texture: field 'texture' is required", 2) end
  -- rt:cancel asked for this item: its texels never reach the texture.
  local item = K.ctx_item(ctx)
  if api.item_canceled(item) ~= 0 then return false end
  -- C stages an upload bigger than the item's reservation in bands that
  -- each fit it (committed over as many pumps as it takes).
  local z, zname = slice(t)
  local traced = api.trace_on(ctx._rt) ~= 0
  local ts = traced and now_ns()
  local rc = api.gpu_stage(ctx._rt, item, t.texture, t.format or "rgba8", t.x or 0, t.y or 0,
    z, t.w or 0, t.h or 0, t.d or 1, t.level or 0, data, len, t.offset or 0, t.row_length or 0,
    t.image_height or 0, errbuf)
  if traced then api.trace_span(ctx._rt, K.worker_ptr, "staging", ts, now_ns(), item) end
  if rc == 0 then return true end
  if rc == -14 then return false end -- KILN_CANCELED: closing, or gpu_backend "none"
  local m = name_z(ffi_string(errbuf), zname)
  error(m:sub(1, 15) == "stage_texture: " and "ctx:" .. m or m, 2)
end

-- rt:gl_attach(): the calling thread's current GL context becomes kiln's
-- (render thread). Returns the backend chosen: "ring", "pbo" or "direct".
-- rt:gl_attach([{ get_proc_address = f }]): the GL context current on the
-- calling thread becomes kiln's (GLFW, SDL, GLX or EGL: its loader is found
-- when f is not given). f: a C function pointer (cdata, e.g. SDL's) or a
-- Lua function name -> pointer. Returns the backend: ring, pbo or direct.
local ATTACH_OPTS = { get_proc_address = true }
function RT:gl_attach(opts)
  check_open(self, "rt:gl_attach")
  local loader
  if opts ~= nil then
    check_opts("rt:gl_attach", opts, ATTACH_OPTS)
    loader = opts.get_proc_address
  end
  local backend = ccall(CF.gl_attach, self._lud, loader)
  self._gpu_live = true
  return backend
end

local KINDS = { ["1d"] = true, ["1d_array"] = true, ["2d"] = true, ["2d_array"] = true,
                ["3d"] = true, cube = true, cube_array = true }
local TEXTURE_FIELDS = { name = "string", width = "number", height = "number", format = "string",
                         kind = "string", layers = "number", depth = "number", levels = "number",
                         gl = "number", filter = "string", wrap = "string" }

-- rt:texture { name =, width =, height =, format = "rgba8", kind = "2d", layers = 1,
--              depth = 1, levels = 1, gl = nil }: immutable storage; workers stage into it by
-- name. levels = 0: the full mip chain. gl = a texture the host made: kiln uploads into it
-- and never deletes it.
function RT:texture(desc)
  check_open(self, "rt:texture")
  if type(desc) ~= "table" then error("rt:texture: expected a table", 2) end
  for k, v in pairs(desc) do
    local want = TEXTURE_FIELDS[k]
    if not want then error(fmt("rt:texture: unknown field '%s'", tostring(k)), 2) end
    if type(v) ~= want then
      error(fmt("rt:texture: field '%s' must be a %s, got %s", k, want, type(v)), 2)
    end
    if want == "number" and not (v >= 0 and v <= 2^30 and v == floor(v)) then
      error(fmt("rt:texture: field '%s' must be an integer from 0 to 2^30, got %s", k,
        tostring(v)), 2)
    end
  end
  if not desc.name then error("rt:texture: field 'name' is required", 2) end
  if desc.kind and not KINDS[desc.kind] then
    error(fmt("rt:texture '%s': field 'kind': unknown kind '%s' (1d, 1d_array, 2d, 2d_array, 3d, "
      .. "cube, cube_array)", desc.name, desc.kind), 2)
  end
  local id = ccall(CF.texture_new, self._lud, desc.name, desc.width or 0, desc.height or 0,
    desc.format or "rgba8", desc.kind or "2d", desc.layers or 0, desc.depth or 0, desc.levels or 1,
    desc.gl, desc.filter, desc.wrap)
  if self._backend_null then self._gpu_live = true end
  return id
end

-- rt:read_texture(name, { x =, y =, z|layer|face =, w =, h =, d = 1, level = 0 }) -> string
local REGION_OPTS = { x = { 0, 2^30, int = true }, y = { 0, 2^30, int = true },
                      z = { 0, 2^30, int = true }, layer = { 0, 2^30, int = true },
                      face = { 0, 5, int = true }, w = { 1, 2^30, int = true },
                      h = { 1, 2^30, int = true }, d = { 1, 2^30, int = true },
                      level = { 0, 31, int = true } }

function RT:read_texture(name, r)
  check_open(self, "rt:read_texture")
  if type(name) ~= "string" then
    error("rt:read_texture: expected a texture name, got " .. type(name), 2)
  end
  r = r and check_opts("rt:read_texture", r, REGION_OPTS) or {}
  local z, zname = slice(r)
  local ok, v = pcall(CF.read_texture, self._lud, name, r.x or 0, r.y or 0, z, r.w or 1, r.h or 1,
    r.d or 1, r.level or 0)
  if not ok then error(name_z(tostring(v), zname), 2) end
  return v
end

-- rt:texture_free(name): deletes a texture kiln made (forgets one it adopted);
-- uploads still staged for it are dropped and counted, and the name can be
-- made again (a resized atlas page).
function RT:texture_free(name)
  check_open(self, "rt:texture_free")
  if type(name) ~= "string" then error("rt:texture_free: expected a texture name, got " .. type(name), 2) end
  ccall(CF.texture_free, self._lud, name)
end

-- rt:texture_gl(name) -> the GL texture name, for drawing (render thread).
function RT:texture_gl(name) return ccall(CF.texture_gl, self._lud, name) end

-- rt:gpu_stats() -> backend, ring use, uploads staged/issued/dropped, stalls...
function RT:gpu_stats()
  check_open(self, "rt:gpu_stats")
  return CF.gpu_stats(self._lud)
end
