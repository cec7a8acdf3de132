-- A cache type: compute runs on a worker, output writes the artifact to
-- the disk cache, apply runs on the main thread. load turns cached bytes
-- back into a value on the next run.
local kiln = require "kiln"

kiln.artifact {
  name = "hello", version = 1, outputs = { disk = true },
  compute = function(ctx, key, args)           -- worker thread
    local n = 0
    for i = 1, args.n do n = (n * 31 + i) % 1000003 end
    return ("%s: %d"):format(key, n)
  end,
  output = function(ctx, key, s) ctx:write_disk(s) end, -- worker: to disk
  load = function(ctx, key, bytes) return bytes:tostring() end,
  apply = function(ctx, key, s) print("applied", s) end, -- main thread
}
