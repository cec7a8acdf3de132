-- What the Lua benchmarks share: the median of a list of timings and its
-- spread. (run.sh has the same for the figures it gathers from processes.)
local M = {}

-- t's median (the lower middle one of an even count), then its smallest and
-- largest value. t itself is left as it was.
function M.spread(t)
  local c = {}
  for i = 1, #t do c[i] = t[i] end
  table.sort(c)
  return c[math.floor((#c + 1) / 2)], c[1], c[#c]
end

-- t's median alone.
function M.median(t)
  return (M.spread(t))
end

return M
