-- kiln cache types for the throughput benchmark.
local kiln = require "kiln"
local items = require "tests.bench.items"
local trivial, fill, TILE_BYTES = items.trivial, items.fill, items.TILE_BYTES

kiln.artifact {
  name = "trivial",
  compute = function(ctx, key, i) return trivial(i) end,
  apply = function(ctx, key, v) _G.sum = (_G.sum or 0) + v end,
}

-- The trivial item with a compute that reads its key: each item's key is
-- then interned as a Lua string in the worker's state (a compute that
-- never reads it is passed nil there: see README, The context ctx).
kiln.artifact {
  name = "trivial_key",
  compute = function(ctx, key, i) return trivial(i) + #key end,
  apply = function(ctx, key, v) _G.sum = (_G.sum or 0) + v end,
}

kiln.artifact {
  name = "medium",
  compute = function(ctx, key, i)
    local b = kiln.buffer(TILE_BYTES, false) -- fill writes every byte
    fill(b.ptr, i)
    return b
  end,
  apply = function(ctx, key, b)
    _G.sum = (_G.sum or 0) + b.ptr[4]
    b:free() -- as the C pool frees its tile after apply
  end,
}
