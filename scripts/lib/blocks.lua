-- scripts/lib/blocks.lua: what the block texture types (scripts/types/
-- block_*.lua) share: the atlas tile, its decode, the compressed chain and
-- how it is staged, and the listing of a texture directory into keys.
--
-- Keys are "path|size|mtime": an edited file gets a new key and re-bakes.
-- args = { path =, layer = } (layer: the texture's atlas slice; without it
-- nothing is staged, as in a pure bake).
--
-- The atlases are 2d_array textures of TILE x TILE layers with every mip:
--   block_albedo        bc1 (textures without alpha)
--   block_albedo_alpha  bc3 (textures with alpha); one GL array has one
--                       format, so an atlas slot holds its texture in one
--                       of the two arrays and meta.format says which
--   block_normal        bc5 (x, y of the normal; z = sqrt(1 - x^2 - y^2))
local kiln = require "kiln"
local ffi = require "ffi"
local clock = require "scripts.lib.clock"

local M = {}
local I = kiln.image

M.TILE = 64
M.TEXTURES = { bc1 = "block_albedo", bc3 = "block_albedo_alpha", bc5 = "block_normal" }
M.LEVELS = 7 -- 64 .. 1

-- M.tile(path) -> RGBA8 buffer of TILE x TILE: the texture's first square
-- frame (animation strips stack frames down), upscaled with nearest (block
-- textures are pixel art: a filter would blur them).
function M.tile(path)
  local rgba, w, h = I.decode_png(path)
  if h > w and h % w == 0 then
    local frame = kiln.buffer(w * w * 4, false)
    ffi.copy(frame.data, rgba.data, w * w * 4)
    rgba:free()
    rgba, h = frame, w
  end
  local t = I.resize(rgba, w, h, M.TILE, M.TILE, { filter = "nearest" })
  rgba:free()
  return t
end

function M.has_alpha(buf, w, h)
  local d = buf.data
  for i = 3, w * h * 4 - 1, 4 do
    if d[i] < 255 then return true end
  end
  return false
end

-- M.compressed(chain, levels, format) -> the value compute hands to output:
-- one buffer of compressed levels, its layout in meta (the disk cache keeps
-- meta beside the bytes, so a warm load needs nothing else).
function M.compressed(chain, levels, format, t0)
  local blocks, bl = I.compress_mips(chain, levels, format, { quality = "high" })
  return { blocks = blocks, meta = { format = format, levels = bl }, ms = clock.ms() - t0 }
end

-- M.stage(ctx, v): every level into the atlas slice args.layer.
function M.stage(ctx, v)
  local layer = ctx.args and ctx.args.layer
  if not layer then return end
  local texture = M.TEXTURES[v.meta.format]
  for i, l in ipairs(v.meta.levels) do
    ctx:stage_texture { texture = texture, format = v.meta.format, layer = layer, level = i - 1,
                        w = l.w, h = l.h, data = v.blocks, offset = l.offset }
  end
end

-- M.facts(v) -> what apply hands the host: no buffers, only facts (a
-- small value crosses to the render thread cheaply).
function M.facts(v)
  local bytes = 0
  for _, l in ipairs(v.meta.levels) do bytes = bytes + l.size end
  return { layer = v.layer, format = v.meta.format, levels = #v.meta.levels,
           bytes = bytes, ms = v.ms, cached = v.cached }
end

-- The artifact description both compressed types share; make(path, t0)
-- returns M.compressed's value.
function M.compressed_type(name, version, make)
  local host = require "scripts.lib.host"
  return {
    name = name, version = version, outputs = { disk = true, gpu = true },
    gpu_bytes = 16 * 1024, -- a bc3/bc5 chain of 64x64 is 5488 bytes
    compute = function(ctx, key, args)
      if type(args) ~= "table" or type(args.path) ~= "string" then
        error(("%s '%s': args.path must be the texture's file path"):format(name, key))
      end
      local v = make(args.path, clock.ms())
      v.layer = args.layer -- apply has no args: the slice travels with the value
      return v
    end,
    -- Staged and written, the blocks are done with here: the value goes
    -- on to apply as facts only (apply gets the value output leaves).
    output = function(ctx, key, v)
      M.stage(ctx, v)
      if not ctx:write_disk(v.blocks, v.meta) then v.blocks:free() end -- a cache hit's
      local f = M.facts(v)
      for k in pairs(v) do v[k] = nil end
      for k, x in pairs(f) do v[k] = x end
    end,
    load = function(ctx, key, bytes, meta)
      if type(meta) ~= "table" or not M.TEXTURES[meta.format] or type(meta.levels) ~= "table" then
        error(("%s '%s': cached artifact has no level layout"):format(name, key))
      end
      local last = meta.levels[#meta.levels]
      if not last or last.offset + last.size ~= #bytes then
        error(("%s '%s': cached artifact has %d bytes, its layout %d"):format(name, key, #bytes,
          last and last.offset + last.size or 0))
      end
      return { blocks = bytes, meta = meta, cached = true, layer = ctx.args and ctx.args.layer }
    end,
    apply = function(ctx, key, v) host.deliver(ctx, v) end,
  }
end

-- M.list(root) -> sorted keys "path|size|mtime" of every *.png under root.
function M.list(root)
  local q = "'" .. root:gsub("'", "'\\''") .. "'"
  local p = assert(io.popen("find " .. q .. " -name '*.png' -printf '%p|%s|%T@\\n' 2>/dev/null | sort"))
  local t = {}
  for line in p:lines() do t[#t + 1] = line end
  p:close()
  return t
end

function M.path(key) return key:match("^(.-)|%d+|[%d.]+$") or key end

return M
