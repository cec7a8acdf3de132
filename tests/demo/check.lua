-- tests/demo/check.lua: a tiny harness for the demo's Lua checks. Each check
-- prints "ok NAME" or "FAIL NAME: detail"; tests/suite-demo.sh counts them.
local M = { failed = 0 }

function M.check(name, cond, detail)
  if cond then
    print("ok   " .. name)
  else
    M.failed = M.failed + 1
    print("FAIL " .. name .. (detail and (": " .. tostring(detail)) or ""))
  end
  return cond
end

-- raises(name, pattern, f, ...): f must raise an error containing pattern (plain).
function M.raises(name, pattern, f, ...)
  local ok, e = pcall(f, ...)
  return M.check(name, not ok and tostring(e):find(pattern, 1, true) ~= nil,
    ok and "did not raise" or ("error was: " .. tostring(e)))
end

function M.write(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

function M.contains(list, x)
  for _, v in ipairs(list) do if v == x then return true end end
  return false
end

return M
