-- scripts/types/block_albedo.lua: "block_albedo", a block texture's colour
-- as a compressed chain (scripts/lib/blocks.lua has the key, the args and
-- the atlases).
--
-- compute (worker): decode the PNG, its first frame upscaled to 64x64, a
--   full mip chain filtered in linear light (box), bc1, or bc3 when any
--   texel has alpha, at high quality.
-- output (worker): every level staged into the atlas slice args.layer
--   ("block_albedo" for bc1, "block_albedo_alpha" for bc3), then the blocks
--   and their layout written to the disk cache.
-- load (worker, cache hit): the cached blocks as they are: a warm start
--   decodes and encodes nothing.
-- apply (main thread): { layer, format, levels, bytes, ms, cached } to the
--   host (scripts/lib/host.lua).
local kiln = require "kiln"
local deps = require "scripts.lib.deps"
local blocks = deps.load "scripts.lib.blocks"
local I = kiln.image
local T = blocks.TILE

kiln.artifact(blocks.compressed_type("block_albedo", deps.version(1, blocks), function(path, t0)
  local t = blocks.tile(path)
  local chain, levels = I.mips(t, T, T, { srgb = true })
  local v = blocks.compressed(chain, levels, blocks.has_alpha(t, T, T) and "bc3" or "bc1", t0)
  t:free()
  chain:free()
  return v
end))
