-- scripts/demo/atlas.lua: the block atlas scene of kiln's demo. Bakes every
-- block texture of a directory of PNGs (by default minetest-data's default
-- game: hundreds of real files of mixed sizes and colour types) with the
-- types scripts/types/block_{albedo,normal,basecolor}.lua, and shows the
-- atlases as they fill: albedo (bc1/bc3), normal (bc5), base colours, and a
-- magnified texture with its mip chain.
--
--   build/kiln scripts/demo/atlas.lua [options] [-- grid options]
--   (from the repo root; Tab switches to the grid scene and back)
--
-- Every texture is enqueued at once (three items each); rt:pump applies
-- and uploads within the frame's budget. A PNG that does not decode fails
-- its own three items: the HUD and the summary name the file and why.
if (...) ~= "scripts.demo.atlas" and not io.open("scripts/demo/driver.lua") then -- run as a script
  io.stderr:write("atlas: run the scene from the kiln repo root (scripts/demo/driver.lua is not in the ",
    "current directory): build/kiln scripts/demo/atlas.lua\n")
  os.exit(2)
end
local kiln = require "kiln"
local host = require "scripts.lib.host"
local clock = require "scripts.lib.clock"
local blocks = require "scripts.lib.blocks"
local ui = require "scripts.demo.ui"

local fmt, floor, min, max = string.format, math.floor, math.min, math.max
local C = ui.C

local USAGE = [[
usage: build/kiln scripts/demo/atlas.lua [options] [-- grid options]   (from the repo root)
  --dir DIR         PNG files to bake, searched recursively (default
                    /usr/share/games/minetest/games/minetest_game)
  --workers N       kiln worker threads (default 2)
  --cache-dir DIR   disk cache (default .kiln-cache/atlas)
  --durability D    fsync | rename (default fsync)
  --pick NAME       the texture shown magnified (file name without .png;
                    default default_brick when there is one, else the latest)
  --cold            empty the cache before the first bake
  --twice           once baked, close the runtime and bake again from its
                    cache: the summary shows both times (cold, then warm)
  --headless        hidden window; exit once every texture is baked
  --frames N        stop after N frames
  --timeout S       headless: give up after S seconds (default 120)
  --screenshot PNG  save the last frame
  --fps N           frame cap (default 60; 0: none)
  --pump-ms MS      render-thread budget for rt:pump per frame (default 2)
  --upload-mib N    GPU upload budget per frame, MiB (default 4)
  --keys F:K,...    press key K at frame F (e.g. 30:M,40:RIGHT), for tests
  --stay            headless: keep running after the bake
  --until-file P    stop once file P exists (checked each frame)
keys: M cycle the mip level shown (auto, 0..6)   Left/Right pick a texture
      C clear the cache and bake cold   W restart warm (from the cache)
      Space pause/resume baking   Tab the grid scene   Esc quit
]]

local TYPES = { "block_albedo", "block_normal", "block_basecolor" }
local SHORT = { block_albedo = "albedo", block_normal = "normal", block_basecolor = "basecolor" }
local T = blocks.TILE
-- An RGBA8 chain of T x T down to 1x1: what a texture would take raw.
local RAW_CHAIN = 0
for l = 0, blocks.LEVELS - 1 do RAW_CHAIN = RAW_CHAIN + (T / 2 ^ l) ^ 2 * 4 end

local M = { USAGE = USAGE }

function M.parse(argv)
  local o = ui.parse(argv, {
    name = "atlas", usage = USAGE,
    defaults = { dir = "/usr/share/games/minetest/games/minetest_game", cache_dir = ".kiln-cache/atlas",
                 upload_mib = 4 },
    str = { ["--dir"] = "dir", ["--pick"] = "pick" },
    flags = { ["--cold"] = "cold", ["--twice"] = "twice" },
  })
  -- Listed here, before any window opens: a wrong directory is a usage error.
  o.files = blocks.list(o.dir)
  if #o.files == 0 then
    io.stderr:write(fmt("atlas: no PNG files under '%s'%s\n", o.dir, o.dir:find("minetest", 1, true)
      and " (the Debian package minetest-data installs them: make deps)" or ""))
    os.exit(2)
  end
  return o
end

function M.run(win, opts)
  local function say(...) io.stdout:write("atlas: ", fmt(...), "\n") end
  local LH = win:line_height()

  ---------------------------------------------------------------- state --
  -- Listed afresh when the scene is entered again: files change.
  local files = opts.files or blocks.list(opts.dir)
  opts.files = nil
  if #files == 0 then
    io.stderr:write(fmt("atlas: no PNG files under '%s' any more\n", opts.dir))
    return { status = 2 }
  end
  local N = #files
  local S = {
    tex = {},          -- [layer + 1] = { key, path, name, got = { [type] = delivered }, err = { [type] = msg } }
    by_key = {},
    pass = nil,        -- the bake running now: { n, t0, t1, hits0, computed0, label }
    passes = {},       -- the finished ones
    feed_pos = N + 1,  -- next texture to enqueue (N + 1: nothing to feed)
    level = nil,       -- the mip level the pages show (nil: the GPU's choice)
    selected = nil,    -- the magnified texture (nil: the latest one)
    latest = nil,
    paused = false,
    type_ms = {}, failures = {}, notes = {},
    frame = 0,
  }
  for i, key in ipairs(files) do
    local path = blocks.path(key)
    local t = { key = key, path = path, name = path:match("([^/]+)%.png$") or path, got = {}, err = {} }
    S.tex[i], S.by_key[key] = t, t
    if t.name == (opts.pick or "default_brick") then S.selected = i end
  end
  if opts.pick and not S.selected then
    io.stderr:write(fmt("atlas: --pick %s: no %s.png under %s\n", opts.pick, opts.pick, opts.dir))
    return { status = 2 }
  end

  local function note(text, err)
    S.notes[#S.notes + 1] = { t = clock.ms(), text = text, err = err }
    if #S.notes > 3 then table.remove(S.notes, 1) end
    say("%s", text)
  end

  -------------------------------------------------------------- runtime --
  local rt, tex_gl

  local function on_error(err)
    local t = S.by_key[err.key]
    local msg = ui.first_line(err.message)
    if t then t.err[err.type] = msg end
    S.failures[#S.failures + 1] = { type = err.type, key = err.key, path = t and t.path or err.key,
                                    stage = err.stage, message = msg }
  end

  host.on_deliver = function(ctx, v)
    local t = v and v.layer and S.tex[v.layer + 1]
    if not t or t.key ~= ctx.key then return end
    t.got[ctx.type] = v
    if v.ms and not v.cached then
      local l = S.type_ms[ctx.type] or { n = 0 }
      S.type_ms[ctx.type] = l
      l.n = l.n + 1
      l[(l.n - 1) % 512 + 1] = v.ms
    end
    S.latest = v.layer + 1
  end

  local function start_runtime()
    rt = kiln.runtime { workers = opts.workers, cache_dir = opts.cache_dir, durability = opts.durability,
                        gpu_slots = 64, ring_bytes = 16 * 2 ^ 20, on_error = on_error }
    rt:gl_attach()
    tex_gl = {}
    for _, f in ipairs { "bc1", "bc3", "bc5" } do
      local name = blocks.TEXTURES[f]
      rt:texture { name = name, width = T, height = T, format = f, kind = "2d_array", layers = N,
                   levels = blocks.LEVELS }
      tex_gl[name] = rt:texture_gl(name)
    end
    for _, ty in ipairs(TYPES) do rt:load("scripts/types/" .. ty .. ".lua") end
  end

  -- A bake: every texture fed again, timed from the first enqueue to its
  -- last item's end.
  local function begin_pass(label)
    for _, t in ipairs(S.tex) do t.got, t.err = {}, {} end
    S.failures = {}
    local st = rt:stats()
    S.pass = { n = #S.passes + 1, label = label, t0 = clock.ms(), hits0 = st.cache_hits or 0,
               computed0 = st.stages.compute.count }
    S.feed_pos = 1
  end

  local function ended(t)
    for _, ty in ipairs(TYPES) do
      if not t.got[ty] and not t.err[ty] then return false end
    end
    return true
  end

  local function count()
    local done, failed, items = 0, 0, 0
    for _, t in ipairs(S.tex) do
      for _, ty in ipairs(TYPES) do
        if t.got[ty] or t.err[ty] then items = items + 1 end
      end
      if ended(t) then
        if next(t.err) then failed = failed + 1 else done = done + 1 end
      end
    end
    return done, failed, items
  end

  local function finish_pass()
    local p = S.pass
    local st = rt:stats()
    p.t1 = clock.ms()
    p.hits = (st.cache_hits or 0) - p.hits0
    p.computed = st.stages.compute.count - p.computed0
    -- Items that fail are never cached: a warm bake computes them again.
    local failed_items = 0
    for _, t in ipairs(S.tex) do
      for _ in pairs(t.err) do failed_items = failed_items + 1 end
    end
    p.kind = p.computed <= failed_items and p.hits > 0 and "warm" or p.hits == 0 and "cold" or "mixed"
    S.passes[#S.passes + 1] = p
    S.pass = nil
    local first = S.passes[1]
    say("bake %d (%s): %d textures, %d items in %.3f s: computed %d, cache hits %d%s", p.n, p.label, N,
      N * #TYPES, (p.t1 - p.t0) / 1000, p.computed, p.hits,
      (p.kind == "warm" and first.kind == "cold" and p ~= first)
        and fmt(": %.1fx faster than bake 1", (first.t1 - first.t0) / (p.t1 - p.t0)) or "")
  end

  local PER_FRAME = 512 -- enqueues per frame at most: a few ms on the render thread

  local function feed()
    if S.paused then return end
    local stop = min(N, S.feed_pos + floor(PER_FRAME / #TYPES) - 1)
    for i = S.feed_pos, stop do
      local t = S.tex[i]
      for _, ty in ipairs(TYPES) do
        rt:enqueue(ty, t.key, { args = { path = t.path, layer = i - 1 } })
      end
    end
    S.feed_pos = max(S.feed_pos, stop + 1)
  end

  start_runtime()
  if opts.cold then rt:clear() end
  begin_pass(opts.cold and "cold: empty cache" or "from the cache as found")

  ----------------------------------------------------------------- keys --
  local COMMIT_ALL = { max_ms = 0, max_upload_bytes = 2 ^ 40, max_uploads = 2 ^ 30 }

  -- The render thread waits here, once, on purpose: close returns when
  -- every accepted write is durable (fsync), which is what a warm start
  -- after a quit relies on.
  local function restart_warm()
    local t0 = clock.ms()
    rt:close()
    local t1 = clock.ms()
    start_runtime()
    begin_pass("warm: runtime restarted on its cache")
    note(fmt("runtime restarted (close %.0f ms, start %.0f ms): baking from the cache", t1 - t0, clock.ms() - t1))
  end

  local function press(key)
    if key == "M" then
      S.level = S.level == nil and 0 or S.level + 1
      if S.level >= blocks.LEVELS then S.level = nil end
    elseif key == "LEFT" or key == "RIGHT" then
      local cur = S.selected or S.latest or 1
      S.selected = (cur - 1 + (key == "LEFT" and -1 or 1)) % N + 1
    elseif key == "C" then
      local s = rt:bump_session()
      rt:clear()
      begin_pass("cold: cache cleared")
      note(fmt("session %d: cache cleared, baking cold", s))
    elseif key == "W" then
      restart_warm()
    elseif key == "SPACE" then
      S.paused = not S.paused
      if S.paused then rt:pause() else rt:resume() end
      note(S.paused and "baking paused" or "baking resumed")
    elseif key == "TAB" then
      S.switch, S.quit = "grid", true
    elseif key == "ESCAPE" then
      S.quit = true
    end
  end

  -------------------------------------------------------------- drawing --
  local albedo_opts, normal_opts = { layer = 0 }, { layer = 0, normal = true }

  local function albedo_gl(t)
    local v = t.got.block_albedo
    return v and tex_gl[blocks.TEXTURES[v.format]]
  end

  -- One page: every texture in a grid of cells, drawn by draw(t, x, y, s).
  local function page(x, y, side, title, draw, done)
    local cols = math.ceil(math.sqrt(N))
    local cell = floor(side / cols)
    local gap = cell >= 8 and 1 or 0
    win:text(x, y - LH - 4, title, C.text)
    local cnt = fmt("%d/%d", done, N)
    win:text(x + cols * cell - win:text_size(cnt), y - LH - 4, cnt, done == N and C.ok or C.dim)
    win:rect(x - 1, y - 1, cols * cell + 1, math.ceil(N / cols) * cell + 1, C.panel)
    for i, t in ipairs(S.tex) do
      local cx, cy = x + ((i - 1) % cols) * cell, y + floor((i - 1) / cols) * cell
      local s = cell - gap
      if next(t.err) then
        win:rect(cx, cy, s, s, C.err)
      elseif not draw(t, cx, cy, s) then
        win:rect(cx, cy, s, s, C.empty)
      end
    end
    local sel = S.selected or S.latest
    if sel then
      local cx, cy = x + ((sel - 1) % cols) * cell, y + floor((sel - 1) / cols) * cell
      win:rect(cx - 1, cy - 1, cell + 1, 1, C.latest)
      win:rect(cx - 1, cy + cell - 1, cell + 1, 1, C.latest)
      win:rect(cx - 1, cy, 1, cell - 1, C.latest)
      win:rect(cx + cell - 1, cy, 1, cell - 1, C.latest)
    end
  end

  local function draw_albedo(t, x, y, s)
    local gl = albedo_gl(t)
    if not gl then return false end
    win:rect(x, y, s, s, C.empty) -- what shows through alpha
    albedo_opts.layer, albedo_opts.level = t.got.block_albedo.layer, S.level
    win:texture(gl, x, y, s, s, albedo_opts)
    return true
  end

  local function draw_normal(t, x, y, s)
    local v = t.got.block_normal
    if not v then return false end
    normal_opts.layer, normal_opts.level = v.layer, S.level
    win:texture(tex_gl.block_normal, x, y, s, s, normal_opts)
    return true
  end

  local function draw_swatch(t, x, y, s)
    local v = t.got.block_basecolor
    if not v then return false end
    win:rect(x, y, s, s, { v.srgb[1], v.srgb[2], v.srgb[3], 1 })
    return true
  end

  -- The magnified texture: albedo and normal at 2x, each beside its mip
  -- chain (every level at its own size, as the texels are), and its swatch.
  local function draw_focus(x, y, w)
    local i = S.selected or S.latest
    if not i then return end
    local t = S.tex[i]
    win:text(x, y, fmt("%s  (layer %d%s)", t.name, i - 1, S.selected and "" or ", latest"), C.accent)
    y = y + LH + 2
    local big = 2 * T
    local rows = { { "block_albedo", albedo_gl(t), albedo_opts }, { "block_normal", tex_gl.block_normal, normal_opts } }
    for row, spec in ipairs(rows) do
      local ty, gl, o = spec[1], spec[2], spec[3]
      local v = t.got[ty]
      local yy = y + (row - 1) * (big + 8)
      if v and gl then
        win:rect(x, yy, big, big, C.empty)
        o.layer, o.level = v.layer, nil
        win:texture(gl, x, yy, big, big, o)
        local xx = x + big + 10
        for l = 0, blocks.LEVELS - 1 do
          local s = max(3, T / 2 ^ l)
          if xx + s > x + w then break end
          o.level = l
          win:rect(xx, yy, s, s, C.empty)
          win:texture(gl, xx, yy, s, s, o)
          xx = xx + s + 4
        end
        o.level = nil
        win:text(x + big + 10, yy + T + 6, fmt("%s %s, %d levels", SHORT[ty], v.format, v.levels), C.dim)
        win:text(x + big + 10, yy + T + 6 + LH, fmt("%d bytes (raw %d)%s", v.bytes, RAW_CHAIN,
          v.cached and ", from the cache" or fmt(", %.2f ms", v.ms or 0)), C.dim)
      else
        win:rect(x, yy, big, big, t.err[ty] and C.err or C.empty)
      end
    end
    local yy = y + 2 * (big + 8)
    local b = t.got.block_basecolor
    if b then
      win:rect(x, yy, big, LH + 4, { b.srgb[1], b.srgb[2], b.srgb[3], 1 })
      win:text(x + big + 10, yy + 2, fmt("base colour (linear) %.3f %.3f %.3f  alpha %.2f", b.linear[1],
        b.linear[2], b.linear[3], b.linear[4]), C.dim)
    end
    for ty, msg in pairs(t.err) do
      yy = yy + LH + 4
      win:text(x, yy, fmt("%s failed: %s", SHORT[ty], msg), C.err)
    end
  end

  local frame_ms, pump_hist = {}, {}

  local function draw_hud(x, w, H, st, pr)
    local col = ui.column(win, x, 14, w, H - 14 - 3 * LH)
    win:text(x, col.y, "kiln block atlas", C.accent)
    local sess = fmt("session %d%s", st.session, S.paused and "  PAUSED" or "")
    win:text(x + w - win:text_size(sess), col.y, sess, S.paused and C.warn or C.text)
    col.y = col.y + LH
    local dir = #opts.dir > 34 and ("..." .. opts.dir:sub(-31)) or opts.dir -- its end says most
    col:line(fmt("%d textures from %s", N, dir), C.dim)
    col:gap()
    for _, p in ipairs(S.passes) do
      local first = S.passes[1]
      col:line(fmt("bake %d %-5s %.3f s  computed %d  hits %d%s", p.n, p.kind, (p.t1 - p.t0) / 1000,
        p.computed, p.hits, (p ~= first and p.kind == "warm" and first.kind == "cold")
          and fmt("  %.1fx", (first.t1 - first.t0) / (p.t1 - p.t0)) or ""), C.ok)
    end
    if S.pass then
      local _, _, items = count()
      col:line(fmt("bake %d running: %d/%d items, %.2f s", S.pass.n, items, N * #TYPES,
        (clock.ms() - S.pass.t0) / 1000), C.warn)
    end
    col:gap()
    col:line(fmt("queued %d  in flight %d  waiting apply %d  failed %d", st.queued, st.in_flight,
      st.waiting_apply, st.failed), st.failed > 0 and C.err or C.text)
    col:line(fmt("cache hits %d   computed %d   disk writes %d", st.cache_hits or 0, st.stages.compute.count,
      (st.disk or {}).writes or 0))
    col:line(fmt("this frame: pump %.2f ms (budget %g)  applied %d", pr.ms, opts.pump_ms, pr.applied))
    local mp = 0
    for _, v in ipairs(pump_hist) do mp = max(mp, v) end
    col:line(fmt("uploads %d (%s)   max pump %.2f ms", pr.uploads, ui.kib(pr.upload_bytes), mp))
    col:gap()
    col:frame_graph(frame_ms, opts.fps)
    col:line("type        baked     new  cached  compute p50", C.dim)
    local raw, packed, fmts = 0, 0, {}
    for _, ty in ipairs(TYPES) do
      local n, new, cached = 0, 0, 0
      for _, t in ipairs(S.tex) do
        local v = t.got[ty]
        if v then
          n = n + 1
          if v.cached then cached = cached + 1 else new = new + 1 end
          if v.bytes then
            raw, packed = raw + RAW_CHAIN, packed + v.bytes
            fmts[v.format] = (fmts[v.format] or 0) + 1
          end
        end
      end
      local l = S.type_ms[ty]
      col:line(fmt("%-10s %4d/%-4d %4d  %6d  %s", SHORT[ty], n, N, new, cached,
        l and fmt("%.2f ms", ui.percentile(l, 50)) or "-"), n == N and C.ok or C.text)
    end
    if packed > 0 then
      col:line(fmt("chains: raw RGBA8 %s -> %s compressed (%.1fx)", ui.kib(raw), ui.kib(packed), raw / packed))
      col:line(fmt("bc1 %d  bc3 %d  bc5 %d   mip shown: %s", fmts.bc1 or 0, fmts.bc3 or 0, fmts.bc5 or 0,
        S.level and ("level " .. S.level) or "auto"), C.dim)
    end
    local nfail = #S.failures
    if nfail > 0 then
      col:gap()
      col:line(fmt("failed items: %d", nfail), C.err)
      for i = 1, min(nfail, 3) do
        local f = S.failures[i]
        col:wrap(fmt("%s %s: %s", SHORT[f.type] or f.type, f.path, f.message), C.err, 2)
      end
    end
    local now = clock.ms()
    for _, e in ipairs(S.notes) do
      col:line(fmt("%3.0fs ago  %s", (now - e.t) / 1000, e.text), e.err and C.err or C.dim)
    end
    local ky = H - 14 - 2 * LH
    win:rect(x, ky - 6, w, 1, C.line)
    win:text(x, ky, "M mip level  Left/Right pick  C bake cold  W warm restart", C.dim)
    win:text(x, ky + LH, "Space pause  Tab grid scene  Esc quit", C.dim)
  end

  ----------------------------------------------------------------- loop --
  local keyq = {}
  for _, k in ipairs(opts.keys) do keyq[#keyq + 1] = k end
  local all_frames, all_pumps, uploads, upload_bytes = {}, {}, 0, 0
  local t_start, reason, finish_in = clock.ms(), "quit", nil
  local st = rt:stats()
  local function exists(p) return os.rename(p, p) ~= nil end

  while true do
    local t0 = clock.ms()
    S.frame = S.frame + 1
    for _, ev in ipairs(win:poll()) do
      if ev.action == "press" or ev.action == "repeat" then press(ev.key) end
    end
    while keyq[1] and keyq[1].frame <= S.frame do press(table.remove(keyq, 1).key) end
    if win:should_close() then S.quit = true end

    if S.pass then feed() end
    local pr = rt:pump { max_ms = opts.pump_ms, max_upload_bytes = opts.upload_mib * 2 ^ 20, max_uploads = 2048 }
    st = rt:stats()
    all_pumps[#all_pumps + 1] = pr.ms
    uploads, upload_bytes = uploads + pr.uploads, upload_bytes + pr.upload_bytes
    ui.push(pump_hist, pr.ms, 60)
    if S.pass and S.feed_pos > N then
      local _, _, items = count()
      if items == N * #TYPES then finish_pass() end
    end

    local W, H = win:size()
    local hud_w, m = 440, 14
    local area_w = W - hud_w - 3 * m
    local side = floor(min((area_w - m) / 2, (H - 3 * m - 2 * (LH + 6)) / 2))
    local done = {}
    for _, ty in ipairs(TYPES) do
      local n = 0
      for _, t in ipairs(S.tex) do if t.got[ty] then n = n + 1 end end
      done[ty] = n
    end
    win:begin_frame(C.bg)
    local py = m + LH + 6
    page(m, py, side, "albedo atlas (bc1 / bc3 with alpha)", draw_albedo, done.block_albedo)
    page(m + side + m, py, side, "normal atlas (bc5)", draw_normal, done.block_normal)
    local py2 = py + side + m + LH + 6
    page(m, py2, side, "base colour (average, linear light)", draw_swatch, done.block_basecolor)
    draw_focus(m + side + m, py2 - LH - 4, area_w - side - m)
    draw_hud(W - hud_w - m, hud_w, H, st, pr)
    win:end_frame()
    local work = clock.ms() - t0
    ui.push(frame_ms, work, ui.GRAPH_N)
    all_frames[#all_frames + 1] = work

    if S.quit then break end
    if opts.frames and S.frame >= opts.frames then reason = "frame limit"; break end
    if opts.until_file and exists(opts.until_file) then reason = "until-file"; break end
    if opts.headless and not opts.stay then
      if not S.pass and #keyq == 0 then
        if opts.twice and #S.passes == 1 then
          restart_warm()
        else
          finish_in = finish_in or 2 -- a couple more frames: the HUD shows the final figures
          finish_in = finish_in - 1
          if finish_in <= 0 then reason = "baked"; break end
        end
      elseif clock.ms() - t_start > opts.timeout * 1000 then
        reason = "timeout"
        break
      end
    end
    if opts.fps > 0 then clock.sleep_ms(1000 / opts.fps - (clock.ms() - t0)) end
  end

  -------------------------------------------------------------- summary --
  if opts.screenshot then
    local ok, e = pcall(win.screenshot, win, opts.screenshot)
    if not ok then io.stderr:write("atlas: ", tostring(e), "\n") end
  end
  local done, failed = count()
  if not S.pass then
    if rt:paused() then rt:resume() end
    rt:drain(30) -- every accepted write lands: the counters are final
  else
    rt:pump(COMMIT_ALL)
    rt:close { cancel = true }
  end
  st = rt:stats()
  local raw, packed, fmts = 0, 0, {}
  for _, t in ipairs(S.tex) do
    for _, ty in ipairs { "block_albedo", "block_normal" } do
      local v = t.got[ty]
      if v then
        raw, packed = raw + RAW_CHAIN, packed + v.bytes
        fmts[v.format] = (fmts[v.format] or 0) + 1
      end
    end
  end
  local stored = 0
  for _, ty in ipairs(TYPES) do stored = stored + ((st.types or {})[ty] or {}).bytes or 0 end
  say("%d textures from %s: %d baked, %d failed, %d frames in %.2f s (%s)", N, opts.dir, done, failed,
    S.frame, (clock.ms() - t_start) / 1000, reason)
  for _, p in ipairs(S.passes) do
    say("bake %d, %s (%s): %.3f s for %d items, computed %d, cache hits %d", p.n, p.kind, p.label,
      (p.t1 - p.t0) / 1000, N * #TYPES, p.computed, p.hits)
  end
  local cold, warm
  for _, p in ipairs(S.passes) do
    if p.kind == "cold" and not cold then cold = p end
    if p.kind == "warm" then warm = p end
  end
  if cold and warm then
    say("warm bake %.1fx faster than cold (%.3f s against %.3f s, the frame loop running)",
      (cold.t1 - cold.t0) / (warm.t1 - warm.t0), (warm.t1 - warm.t0) / 1000, (cold.t1 - cold.t0) / 1000)
  end
  if packed > 0 then
    say("bytes: albedo and normal chains %.2f MB raw RGBA8 -> %.2f MB compressed (%.1fx smaller: bc1 %d, bc3 %d, bc5 %d); cache on disk %.2f MB",
      raw / 1e6, packed / 1e6, raw / packed, fmts.bc1 or 0, fmts.bc3 or 0, fmts.bc5 or 0, stored / 1e6)
  end
  local parts = {}
  for _, ty in ipairs(TYPES) do
    local l = S.type_ms[ty]
    parts[#parts + 1] = fmt("%s %s", SHORT[ty], l and fmt("%.2f", ui.percentile(l, 50)) or "-")
  end
  say("compute ms p50 (timed in compute): %s", table.concat(parts, ", "))
  say("frame ms p50 %.2f p99 %.2f max %.2f; pump ms p50 %.2f p99 %.2f (budget %g); uploads %d (%s)",
    ui.percentile(all_frames, 50), ui.percentile(all_frames, 99), ui.percentile(all_frames, 100),
    ui.percentile(all_pumps, 50), ui.percentile(all_pumps, 99), opts.pump_ms, uploads, ui.kib(upload_bytes))
  local seen = {}
  for _, f in ipairs(S.failures) do
    if not seen[f.path] then
      seen[f.path] = true
      say("failed: %s: %s", f.path, f.message)
    end
  end
  if opts.screenshot then say("screenshot %s", opts.screenshot) end
  rt:close()
  host.on_deliver = nil

  local strict = opts.headless or opts.frames
  local good = failed == 0 and st.failed == 0 and (not strict or done == N)
  say("%s", good and "OK" or (failed > 0 and fmt("FAILED: %d of %d textures failed", failed, N))
    or fmt("FAILED: only %d of %d textures baked (%s)", done, N, reason))
  if S.switch then return { next = S.switch, status = good and 0 or 1 } end
  return { status = good and 0 or 1 }
end

-- Run as a script (not required as a module): the demo from this scene.
if (...) ~= "scripts.demo.atlas" then
  return require("scripts.demo.driver").main("atlas", arg or {})
end
return M
