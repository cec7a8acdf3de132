-- scripts/demo/ui.lua: what the demo's scenes share: the command-line
-- parser, the colours, the figures (percentile, sizes), the HUD's text
-- column and the frame-time graph.
local M = {}
local fmt, floor, max = string.format, math.floor, math.max

M.C = {
  bg = 0x111318ff, panel = 0x1b1f27ff, empty = 0x262b35ff, text = 0xd8dee9ff, dim = 0x7d8699ff,
  accent = 0x88c0d0ff, ok = 0xa3be8cff, warn = 0xebcb8bff, err = 0xff6b6bff, line = 0x2e3440ff,
  latest = 0xebcb8bff,
}

-- Options every scene takes: the driver's loop and a scene's own feeding.
M.COMMON_NUM = {
  ["--workers"] = { "workers", 1, 64 }, ["--frames"] = { "frames", 1, 1e9 },
  ["--timeout"] = { "timeout", 1, 1e6 }, ["--fps"] = { "fps", 0, 1000 },
  ["--pump-ms"] = { "pump_ms", 0.1, 1000 }, ["--upload-mib"] = { "upload_mib", 0.0625, 1024 },
}
M.COMMON_STR = { ["--cache-dir"] = "cache_dir", ["--durability"] = "durability",
                 ["--screenshot"] = "screenshot", ["--until-file"] = "until_file" }

-- M.parse(argv, p) -> options. p = { name, usage, defaults, num = {
-- ["--x"] = { field, min, max } }, str = { ["--y"] = field }, flags = {
-- ["--z"] = field } } on top of the common ones. A bad option prints
-- the usage to stderr and exits 2; --help prints it and exits 0.
function M.parse(argv, p)
  local o = { keys = {}, workers = 2, timeout = 120, fps = 60, pump_ms = 2, upload_mib = 1,
              durability = "fsync" }
  for k, v in pairs(p.defaults or {}) do o[k] = v end
  local function bad(m)
    io.stderr:write(p.name, ": ", m, "\n", p.usage)
    os.exit(2)
  end
  local flags = { ["--headless"] = "headless", ["--stay"] = "stay" }
  for k, v in pairs(p.flags or {}) do flags[k] = v end
  local function lookup(t1, t2, a) return (t2 and t2[a]) or t1[a] end
  local i = 1
  while i <= #argv do
    local a = argv[i]
    local n, s = lookup(M.COMMON_NUM, p.num, a), lookup(M.COMMON_STR, p.str, a)
    if a == "--help" or a == "-h" then
      io.stdout:write(p.usage)
      os.exit(0)
    elseif flags[a] then o[flags[a]] = true
    elseif n then
      local v = tonumber(argv[i + 1])
      if not v or v ~= v or v < n[2] or v > n[3] then
        bad(fmt("%s needs a number from %g to %g, got %s", a, n[2], n[3], tostring(argv[i + 1])))
      end
      o[n[1]] = v
      i = i + 1
    elseif s then
      if not argv[i + 1] or argv[i + 1] == "" then bad(a .. " needs a value") end
      o[s] = argv[i + 1]
      i = i + 1
    elseif a == "--keys" then
      for f, k in (argv[i + 1] or ""):gmatch("(%d+):(%w+)") do
        o.keys[#o.keys + 1] = { frame = tonumber(f), key = k:upper() }
      end
      if #o.keys == 0 then bad("--keys needs FRAME:KEY pairs, e.g. 30:R,60:1") end
      i = i + 1
    else
      bad(fmt("unknown option '%s'", a))
    end
    i = i + 1
  end
  if o.durability ~= "fsync" and o.durability ~= "rename" then
    bad("--durability must be fsync or rename, got " .. o.durability)
  end
  o.workers = floor(o.workers)
  return o, bad
end

function M.percentile(list, p)
  if #list == 0 then return 0 end
  local c = {}
  for i = 1, #list do c[i] = list[i] end
  table.sort(c)
  return c[max(1, math.ceil(p / 100 * #c))]
end

function M.kib(b)
  if b >= 2 ^ 20 then return fmt("%.1f MiB", b / 2 ^ 20) end
  return fmt("%.0f KiB", b / 1024)
end

-- Appends v, keeping the last n.
function M.push(list, v, n)
  list[#list + 1] = v
  if #list > n then table.remove(list, 1) end
end

-- M.column(win, x, y, w, ymax) -> a HUD text column: c:line(s, colour),
-- c:wrap(s, colour, max_lines), c:gap(px); c.y is the next line's top.
-- Lines are cut to the column (the HUD font is monospaced).
local Col = {}
Col.__index = Col

function M.column(win, x, y, w, ymax)
  return setmetatable({ win = win, x = x, y = y, w = w, ymax = ymax, lh = win:line_height(),
                        cols = floor(w / win:text_size("M")) }, Col)
end

function Col:line(s, c, dx)
  if self.y > self.ymax then return end
  if #s > self.cols then s = s:sub(1, self.cols - 3) .. "..." end
  self.win:text(self.x + (dx or 0), self.y, s, c or M.C.text)
  self.y = self.y + self.lh
end

function Col:wrap(s, c, maxl)
  local n, cols = 0, self.cols
  while #s > 0 and n < maxl do
    n = n + 1
    if #s <= cols or n == maxl then self:line(s, c) break end
    local cut = s:sub(1, cols):match("^.*()[ /:]") or cols + 1
    if cut < cols / 2 then cut = cols + 1 end
    self:line(s:sub(1, cut - 1), c)
    s = "  " .. s:sub(cut):gsub("^ +", "")
  end
end

function Col:gap(n) self.y = self.y + (n or 6) end

-- Col:frame_graph(frame_ms, fps): the render thread's frame times (the
-- last GRAPH_N frames) with the 16.6 ms line.
M.GRAPH_N = 240
function Col:frame_graph(frame_ms, fps)
  local win, x, gh = self.win, self.x, 56
  self:line(fmt("frame ms (render thread, last %.0f s): now %.1f  p99 %.1f",
    #frame_ms / max(1, fps > 0 and fps or 60), frame_ms[#frame_ms] or 0, M.percentile(frame_ms, 99)))
  local gw, y = self.w - 26, self.y
  win:graph { values = frame_ms, x = x, y = y, w = gw, h = gh, min = 0, max = 33.3,
              color = M.C.ok, background = M.C.panel, threshold = 16.6 }
  win:text(x + gw + 4, y + gh / 2 - self.lh / 2, "16", M.C.err)
  win:text(x + gw + 4, y - 2, "33", M.C.dim)
  win:text(x + gw + 4, y + gh - self.lh + 2, "0", M.C.dim)
  self.y = y + gh + 8
end

-- M.first_line(s): error messages on the HUD keep their first line.
function M.first_line(e)
  e = tostring(e)
  return e:match("^([^\n]*)") or e
end

return M
