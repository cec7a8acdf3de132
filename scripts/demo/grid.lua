-- scripts/demo/grid.lua: the grid scene of kiln's demo. Bakes a grid of
-- procedural material tiles (albedo, normal, height textures and a
-- basecolor swatch per tile) with the cache types under scripts/types,
-- live: tiles appear as their artifacts land, the frame never waits for a
-- worker.
--
--   build/kiln scripts/demo/scene.lua [options]     (from the repo root;
--   scene.lua runs this scene through scripts/demo/driver.lua)
--
-- Each frame: poll keys, poll the script watcher (hot reload), feed the
-- next tiles to kiln, rt:pump with a 2 ms budget (GPU uploads + applies),
-- draw, cap the frame rate. See --help for options and the keys.
local kiln = require "kiln"
local host = require "scripts.lib.host"
local deps = require "scripts.lib.deps"
local clock = require "scripts.lib.clock"
local reloader = require "scripts.demo.reloader"
local ui = require "scripts.demo.ui"

local fmt, floor, min, max = string.format, math.floor, math.min, math.max

local USAGE = [[
usage: build/kiln scripts/demo/scene.lua [options]   (run from the repo root)
  --grid N          tiles per side (default 16: 256 tiles)
  --size N          texels per tile side, a power of two 8..256 (default 128)
  --workers N       kiln worker threads (default 2)
  --cache-dir DIR   disk cache (default .kiln-cache/demo)
  --durability D    fsync | rename (default fsync)
  --types DIR       cache type scripts to load and watch (default scripts/types)
  --headless        hidden window; exit once every tile is baked (and every
                    --keys key was pressed)
  --frames N        stop after N frames
  --timeout S       headless: give up after S seconds (default 120)
  --screenshot PNG  save the last frame
  --fps N           frame cap (default 60; 0: none)
  --pump-ms MS      render-thread budget for rt:pump per frame (default 2)
  --upload-mib N    GPU upload budget per frame, MiB (default 1)
  --keys F:K,...    press key K at frame F (e.g. 30:R,60:1), for tests
  --stay            headless: keep running after the grid is baked
  --until-file P    stop once file P exists (checked each frame)
  --seed N          scene seed (default 1)
keys: R re-bake all (new session)   C clear the cache and re-bake
      Space pause/resume baking    1 palette  2 seed  3 scale
      Tab the block atlas scene (options after -- go to it)   Esc quit
]]

---------------------------------------------------------------- options --

local function parse_args(argv)
  local o, bad = ui.parse(argv, {
    name = "scene", usage = USAGE,
    defaults = { grid = 16, size = 128, cache_dir = ".kiln-cache/demo", types = "scripts/types", seed = 1 },
    num = { ["--grid"] = { "grid", 1, 64 }, ["--size"] = { "size", 8, 256 }, ["--seed"] = { "seed", 0, 1e9 } },
    str = { ["--types"] = "types" },
  })
  if o.size ~= 2 ^ floor(math.log(o.size) / math.log(2) + 0.5) then
    bad("--size must be a power of two, got " .. o.size)
  end
  o.grid, o.size = floor(o.grid), floor(o.size)
  return o
end

local M = { USAGE = USAGE, parse = parse_args }

-- M.run(win, opts) -> { status = 0 | 1 } or { next = "atlas" } (Tab):
-- the scene runs in the driver's window until it is done or left.
function M.run(win, opts)

  local function say(...) io.stdout:write("scene: ", fmt(...), "\n") end

  ------------------------------------------------------------------ state --

  local tile = deps.load "scripts.lib.tile"

  local S = {
    params = { seed = opts.seed, palette = 1, scale_i = 1 },
    views = {},        -- sorted by order: { type, title, kind, key, order }
    view_by = {},
    pending_views = {},
    tiles = {},        -- [slot] = { args =, want = { [type] = key }, got = { [type] = {...} } }
    order = {},        -- slots, centre first
    backlog = {}, bl_pos = 1,
    paused = false,
    latest = nil,      -- slot of the last tile applied
    type_ms = {},      -- type -> list of compute ms (computed, not loaded)
    type_count = {},   -- type -> { new =, cached = } applies
    enq = { queued = 0, cached = 0, coalesced = 0, errors = 0 },
    worker_errors = {}, nerrors = 0,
    notes = {},        -- scene messages for the HUD: { t, text, err }
    frame = 0,
  }
  local ntiles = opts.grid * opts.grid

  local function note(text, err)
    S.notes[#S.notes + 1] = { t = clock.ms(), text = text, err = err }
    if #S.notes > 4 then table.remove(S.notes, 1) end
    say("%s", text)
  end

  -- Feed order: the centre of the grid first, spiralling out.
  for slot = 0, ntiles - 1 do S.order[#S.order + 1] = slot end
  do
    local c = (opts.grid - 1) / 2
    local function d(s)
      local x, y = s % opts.grid - c, floor(s / opts.grid) - c
      return max(math.abs(x), math.abs(y)) * 1000 + (math.atan2(y, x) + math.pi)
    end
    table.sort(S.order, function(a, b) return d(a) < d(b) end)
  end

  local function scene_params()
    return { seed = S.params.seed, palette = S.params.palette, size = opts.size,
             scale = tile.SCALES[S.params.scale_i] }
  end

  local function compute_wants()
    local p = scene_params()
    for slot = 0, ntiles - 1 do
      local t = S.tiles[slot] or { got = {} }
      S.tiles[slot] = t
      t.args = tile.args(slot, p)
      t.want = {}
      for _, v in ipairs(S.views) do t.want[v.type] = v.key(t.args) end
    end
  end

  local function baked(t, ty)
    local g = t.got[ty]
    return g ~= nil and g.key == t.want[ty] and not g.stale
  end

  -- The work to (re)feed after a change: every (tile, view) not baked, or
  -- all of them with force (R: re-bake what is cached too).
  local function refeed(force)
    local bl = {}
    for _, slot in ipairs(S.order) do
      local t = S.tiles[slot]
      for _, v in ipairs(S.views) do
        if force or not baked(t, v.type) then bl[#bl + 1] = { slot = slot, type = v.type, force = force } end
      end
    end
    S.backlog, S.bl_pos = bl, 1
  end

  local function mark_stale(types)
    for slot = 0, ntiles - 1 do
      for ty, g in pairs(S.tiles[slot].got) do
        if not types or types[ty] then g.stale = true end
      end
    end
  end

  --------------------------------------------------------------- window --

  local LH = win:line_height()

  -------------------------------------------------------------- runtime --

  local rt, rl, tex_gl

  local function on_error(err)
    S.nerrors = S.nerrors + 1
    local e = S.worker_errors
    e[#e + 1] = err
    if #e > 2 then table.remove(e, 1) end
    if S.nerrors <= 5 then
      io.stderr:write(fmt("scene: %s '%s' failed in %s: %s\n", err.type, err.key, err.stage,
        reloader.first_line(err.message)))
    end
  end

  -- A view's texture: a 2d_array with one layer per tile, mipmapped.
  local function ensure_texture(v)
    if v.kind ~= "texture" or tex_gl[v.type] then return end
    rt:texture { name = v.type, width = opts.size, height = opts.size, kind = "2d_array",
                 layers = ntiles, levels = tile.levels(opts.size) }
    tex_gl[v.type] = rt:texture_gl(v.type)
  end

  -- host.view calls made while a script loads are kept until rt:load
  -- succeeded: a script that fails half-way registers no view.
  host.on_view = function(desc) S.pending_views[#S.pending_views + 1] = desc end

  local function commit_views()
    for _, d in ipairs(S.pending_views) do
      local v = S.view_by[d.type]
      if not v then
        v = {}
        S.view_by[d.type] = v
        S.views[#S.views + 1] = v
      end
      for k, x in pairs(d) do v[k] = x end
      v.kind, v.title, v.order = d.kind or "texture", d.title or d.type, d.order or 100
      ensure_texture(v)
    end
    S.pending_views = {}
    table.sort(S.views, function(a, b)
      if a.order ~= b.order then return a.order < b.order end
      return a.type < b.type
    end)
  end

  host.on_deliver = function(ctx, v)
    local t = type(v) == "table" and S.tiles[v.slot]
    if not t or t.want[ctx.type] ~= ctx.key then return end -- not what the tile shows now
    t.got[ctx.type] = { key = ctx.key, color = v.srgb, cached = v.cached }
    local c = S.type_count[ctx.type] or { new = 0, cached = 0 }
    S.type_count[ctx.type] = c
    if v.cached then c.cached = c.cached + 1 else c.new = c.new + 1 end
    if v.ms then -- the last 512 compute times of the type
      local l = S.type_ms[ctx.type] or { n = 0 }
      S.type_ms[ctx.type] = l
      l.n = l.n + 1
      l[(l.n - 1) % 512 + 1] = v.ms
    end
    S.latest = v.slot
  end

  local watch = kiln.watch(opts.types:match("^scripts/") and { "scripts" } or { "scripts", opts.types })

  local function start_runtime()
    rt = kiln.runtime { workers = opts.workers, cache_dir = opts.cache_dir, durability = opts.durability,
                        gpu_slots = 8, ring_bytes = 16 * 2 ^ 20, on_error = on_error }
    rt:gl_attach()
    tex_gl = {}
    for _, v in ipairs(S.views) do ensure_texture(v) end
    if rl then
      rl.rt = rt
    else
      rl = reloader.new { rt = rt, watch = watch, types = opts.types, now = clock.ms,
                          begin = function() S.pending_views = {} end,
                          commit = function() commit_views() end,
                          abort = function() S.pending_views = {} end,
                          on_note = function(text, err) say("%s%s", err and "ERROR " or "", text) end }
    end
    local names = rl:load_all()
    if #names == 0 then note("no cache types loaded from " .. opts.types, true) end
  end

  start_runtime()
  compute_wants()
  refeed(false)

  ----------------------------------------------------------------- feeding --

  local WATERMARK = 64  -- keep at most this many items queued in kiln
  local PER_FRAME = 96  -- enqueues per frame at most

  local function feed(st)
    if S.paused then return 0 end
    local n, room = 0, WATERMARK - st.queued - st.deferred
    local bl = S.backlog
    while S.bl_pos <= #bl and n < PER_FRAME and n < room do
      local e = bl[S.bl_pos]
      S.bl_pos = S.bl_pos + 1
      local t = S.tiles[e.slot]
      local key = t.want[e.type]
      if key and (e.force or not baked(t, e.type)) and S.view_by[e.type] then
        local ok, r = pcall(rt.enqueue, rt, e.type, key, { args = t.args, force = e.force or nil })
        if ok then
          S.enq[r] = S.enq[r] + 1
          n = n + 1
        else
          S.enq.errors = S.enq.errors + 1
          if S.enq.errors <= 3 then note(reloader.first_line(r), true) end
        end
      end
    end
    return n
  end

  ------------------------------------------------------------------ keys --

  local function bump(why)
    local s = rt:bump_session()
    note(fmt("session %d: %s", s, why))
  end

  local function exists(p) return os.rename(p, p) ~= nil end

  -- Commits every staged upload, so no item waits for ring bytes held by
  -- uploads nobody will commit while the runtime closes.
  local COMMIT_ALL = { max_ms = 0, max_upload_bytes = 2 ^ 40, max_uploads = 2 ^ 30 }

  -- C: a clean cache, with nothing stopped: the bump drops every result in
  -- flight, rt:clear removes every artifact on the cache's I/O threads (the
  -- render thread does no file I/O), and every tile is fed again.
  local function clear_cache()
    local t0 = clock.ms()
    local s = rt:bump_session()
    local had = rt:clear()
    for slot = 0, ntiles - 1 do S.tiles[slot].got = {} end
    refeed(false)
    note(fmt("session %d: cache cleared (%s) in %.2f ms: baking from scratch", s,
      had and "every artifact removed" or "it was empty", clock.ms() - t0))
  end

  local function press(key)
    if key == "R" then
      bump("re-bake everything (forced: the cache is recomputed)")
      mark_stale()
      refeed(true)
    elseif key == "C" then
      clear_cache()
    elseif key == "SPACE" then
      -- As a loading screen would: nothing new is admitted (running items
      -- finish, queued ones wait), and nothing more is fed.
      S.paused = not S.paused
      if S.paused then rt:pause() else rt:resume() end
      note(S.paused and "baking paused (running items finish, queued ones wait)" or "baking resumed")
    elseif key == "1" or key == "2" or key == "3" then
      local p = S.params
      if key == "1" then p.palette = p.palette % #tile.PALETTES + 1
      elseif key == "2" then p.seed = p.seed + 1
      else p.scale_i = p.scale_i % #tile.SCALES + 1 end
      bump(fmt("palette %s, seed %d, scale %g", tile.PALETTES[p.palette], p.seed, tile.SCALES[p.scale_i]))
      compute_wants()
      refeed(false)
    elseif key == "TAB" then
      S.switch, S.quit = "atlas", true
    elseif key == "ESCAPE" then
      S.quit = true
    end
  end

  --------------------------------------------------------------- drawing --

  local C = ui.C
  local STALE_TINT = { 0.32, 0.32, 0.32, 1 }
  local topt = { layer = 0 }

  local percentile, kib, push = ui.percentile, ui.kib, ui.push

  local function layout(W, H)
    local M, hud_w = 14, 440
    local n = max(1, #S.views)
    local cols = n <= 4 and min(n, 2) or 3
    local rows = math.ceil(n / cols)
    local head = LH + 6
    local cell = floor(min((W - hud_w - M * (cols + 2)) / cols, (H - M * (rows + 1) - rows * head) / rows)
      / opts.grid)
    cell = max(cell, 2)
    local gap = cell >= 10 and 1 or 0
    local side = cell * opts.grid - gap
    local panels = {}
    for i, v in ipairs(S.views) do
      local c, r = (i - 1) % cols, floor((i - 1) / cols)
      panels[i] = { view = v, x = M + c * (side + M), y = M + r * (side + head + M) + head, side = side }
    end
    return { panels = panels, cell = cell, gap = gap, head = head,
             hud_x = M + cols * (side + M) + M, hud_w = W - (M + cols * (side + M) + M) - M }
  end

  local function draw_panel(p, L)
    local v = p.view
    local done = 0
    for slot = 0, ntiles - 1 do
      if baked(S.tiles[slot], v.type) then done = done + 1 end
    end
    win:text(p.x, p.y - L.head, v.title, C.text)
    local cnt = fmt("%d/%d", done, ntiles)
    win:text(p.x + p.side - win:text_size(cnt), p.y - L.head, cnt, done == ntiles and C.ok or C.dim)
    win:rect(p.x - 1, p.y - 1, p.side + 2, p.side + 2, C.panel)
    local cs, ts = L.cell, L.cell - L.gap
    local gl = tex_gl[v.type]
    for slot = 0, ntiles - 1 do
      local t = S.tiles[slot]
      local x, y = p.x + (slot % opts.grid) * cs, p.y + floor(slot / opts.grid) * cs
      local g = t.got[v.type]
      local fresh = g and g.key == t.want[v.type] and not g.stale
      if not g then
        win:rect(x, y, ts, ts, C.empty)
      elseif v.kind == "swatch" then
        local c = g.color or { 0.5, 0.5, 0.5 } -- a swatch value carries srgb = { r, g, b }
        local k = fresh and 1 or 0.32
        win:rect(x, y, ts, ts, { c[1] * k, c[2] * k, c[3] * k, 1 })
      elseif gl then
        topt.layer = slot
        topt.tint = not fresh and STALE_TINT or nil
        win:texture(gl, x, y, ts, ts, topt)
      end
    end
    if S.latest then
      local x, y = p.x + (S.latest % opts.grid) * cs, p.y + floor(S.latest / opts.grid) * cs
      win:rect(x - 1, y - 1, ts + 2, 1, C.latest)
      win:rect(x - 1, y + ts, ts + 2, 1, C.latest)
      win:rect(x - 1, y, 1, ts, C.latest)
      win:rect(x + ts, y, 1, ts, C.latest)
    end
  end

  local frame_ms, pump_hist = {}, {} -- last seconds, for the graph and the HUD
  local GRAPH_N = ui.GRAPH_N

  local function draw_hud(L, st, pr, W, H)
    local x, w = L.hud_x, L.hud_w
    local col = ui.column(win, x, 14, w, H - 14 - 3 * LH) -- the key help sits below
    local p = S.params
    win:text(x, col.y, "kiln demo", C.accent)
    local sess = fmt("session %d", st.session)
    local state = S.paused and "  PAUSED" or ""
    win:text(x + w - win:text_size(sess .. state), col.y, sess, C.text)
    if S.paused then win:text(x + w - win:text_size(state), col.y, state, C.warn) end
    col.y = col.y + LH
    col:line(fmt("%dx%d x %dpx  palette %s  seed %d  scale %g", opts.grid, opts.grid, opts.size,
      tile.PALETTES[p.palette], p.seed, tile.SCALES[p.scale_i]), C.dim)
    col:gap()
    col:line(fmt("queued %d   deferred %d   in flight %d   waiting apply %d", st.queued, st.deferred,
      st.in_flight, st.waiting_apply))
    col:line(fmt("done %d   failed %d   stale-dropped %d   coalesced %d", st.completed, st.failed,
      st.stale_dropped, st.coalesced), st.failed > 0 and C.err or C.text)
    local d = st.disk or {}
    col:line(fmt("cache hits %d   computed %d   writes %d   pending %d", st.cache_hits or 0,
      st.stages.compute.count, d.writes or 0, d.pending or 0))
    local left = #S.backlog - S.bl_pos + 1
    col:line(fmt("to feed %d%s", max(0, left), S.paused and " (paused)" or ""), S.paused and C.warn or C.dim)
    col:gap()
    col:line(fmt("this frame: pump %.2f ms (budget %g)  applied %d", pr.ms, opts.pump_ms, pr.applied))
    col:line(fmt("uploads %d (%s)   max pump %.2f ms over %d frames", pr.uploads, kib(pr.upload_bytes),
      (function() local m = 0 for _, v in ipairs(pump_hist) do m = max(m, v) end return m end)(),
      #pump_hist))
    local sg = st.stages
    col:line(fmt("ms p50/p99  compute %.2f/%.2f  load %.2f/%.2f", sg.compute.p50_ms, sg.compute.p99_ms,
      sg.load.p50_ms, sg.load.p99_ms), C.dim)
    col:line(fmt("            output %.2f/%.2f  apply %.3f  upload %.2f", sg.output.p50_ms, sg.output.p99_ms,
      sg.apply.p50_ms, sg.upload.p50_ms), C.dim)
    col:gap()
    col:frame_graph(frame_ms, opts.fps)
    -- per type
    col:line("type        baked      new  cached  compute p50", C.dim)
    for _, v in ipairs(S.views) do
      local n = 0
      for slot = 0, ntiles - 1 do
        if baked(S.tiles[slot], v.type) then n = n + 1 end
      end
      local c = S.type_count[v.type] or { new = 0, cached = 0 }
      local l = S.type_ms[v.type]
      col:line(fmt("%-11s %4d/%-4d %5d  %6d  %s", v.type:sub(1, 11), n, ntiles, c.new, c.cached,
        l and fmt("%.2f ms", percentile(l, 50)) or "-"), n == ntiles and C.ok or C.text)
    end
    col:gap()
    -- latest tile, magnified
    if S.latest then
      local t = S.tiles[S.latest]
      col:line("latest: " .. (t.want.albedo or t.want[S.views[1] and S.views[1].type] or ""), C.dim)
      local nv = max(1, #S.views)
      local px = min(96, floor((w - (nv - 1) * 8) / nv))
      local xx = x
      for _, v in ipairs(S.views) do
        local g = t.got[v.type]
        if g and v.kind == "swatch" then
          local c = g.color or { 0.5, 0.5, 0.5 }
          win:rect(xx, col.y, px, px, { c[1], c[2], c[3], 1 })
        elseif g and tex_gl[v.type] then
          topt.layer, topt.tint = S.latest, nil
          win:texture(tex_gl[v.type], xx, col.y, px, px, topt)
        else
          win:rect(xx, col.y, px, px, C.empty)
        end
        xx = xx + px + 8
      end
      col.y = col.y + px + 6
      local parts = {}
      for _, v in ipairs(S.views) do
        local g = t.got[v.type]
        parts[#parts + 1] = v.type .. (g and (g.cached and " cache" or " new") or " -")
      end
      col:line(table.concat(parts, "  "), C.dim)
    end
    col:gap()
    -- hot reload and errors
    local nerr = 0
    for _ in pairs(rl.errors) do nerr = nerr + 1 end
    col:line(fmt("hot reload: watching %s   reloads %d", opts.types, rl.reloads), C.text)
    for _, msg in pairs(rl.errors) do
      col:line("script error: the previous version keeps running", C.err)
      col:wrap("  " .. msg, C.err, 3)
    end
    local now = clock.ms()
    for i = max(1, #rl.log - (nerr > 0 and 1 or 2)), #rl.log do
      local e = rl.log[i]
      col:line(fmt("%3.0fs ago  %s", (now - e.t) / 1000, e.text), e.err and C.err or C.dim)
    end
    for i = max(1, #S.notes - 1), #S.notes do
      local e = S.notes[i]
      col:line(fmt("%3.0fs ago  %s", (now - e.t) / 1000, e.text), e.err and C.err or C.dim)
    end
    if #S.worker_errors > 0 then
      col:gap()
      col:line(fmt("worker errors: %d", S.nerrors), C.err)
      for _, e in ipairs(S.worker_errors) do
        col:line(fmt("%s [%s] %s:", e.type, e.key, e.stage), C.err)
        col:wrap("  " .. reloader.first_line(e.message), C.err, 2)
      end
    end
    -- keys, at the bottom
    local ky = H - 14 - 2 * LH
    win:rect(x, ky - 6, w, 1, C.line)
    win:text(x, ky, "R re-bake   C clear cache   Space pause baking", C.dim)
    win:text(x, ky + LH, "1 palette  2 seed  3 scale  Tab atlas  Esc quit", C.dim)
  end

  -- Long HUD lines are clipped by the window: keep the texts short.

  ------------------------------------------------------------------ loop --

  local function all_baked()
    for slot = 0, ntiles - 1 do
      local t = S.tiles[slot]
      for _, v in ipairs(S.views) do
        if not baked(t, v.type) then return false end
      end
    end
    return #S.views > 0
  end

  local function count_baked()
    local n = 0
    for slot = 0, ntiles - 1 do
      local t = S.tiles[slot]
      for _, v in ipairs(S.views) do
        if baked(t, v.type) then n = n + 1 end
      end
    end
    return n
  end

  local keyq = {}
  for _, k in ipairs(opts.keys) do keyq[#keyq + 1] = k end

  local all_frames, all_pumps, max_pump, uploads, upload_bytes = {}, {}, 0, 0, 0
  local t_start = clock.ms()
  local t_baked -- when the grid was first complete
  local finish_in -- frames left before exiting (headless, after completion)
  local reason = "quit"
  local st = rt:stats()
  local phase = { pump = 0, draw = 0, present = 0, other = 0 }

  while true do
    local t0 = clock.ms()
    S.frame = S.frame + 1
    for _, ev in ipairs(win:poll()) do
      if ev.action == "press" then press(ev.key) end
    end
    while keyq[1] and keyq[1].frame <= S.frame do press(table.remove(keyq, 1).key) end
    if win:should_close() then S.quit = true end

    local ev = rl:poll()
    if ev.lib then tile = deps.load "scripts.lib.tile" end
    if ev.reloaded then
      local names = {}
      for n in pairs(ev.reloaded) do names[#names + 1] = n end
      table.sort(names)
      bump("reloaded " .. table.concat(names, ", "))
      mark_stale(ev.reloaded)
      compute_wants()
      refeed(false)
    end

    feed(st)
    local pr = rt:pump { max_ms = opts.pump_ms, max_upload_bytes = opts.upload_mib * 2 ^ 20, max_uploads = 512 }
    st = rt:stats()
    max_pump = max(max_pump, pr.ms)
    all_pumps[#all_pumps + 1] = pr.ms
    uploads, upload_bytes = uploads + pr.uploads, upload_bytes + pr.upload_bytes
    push(pump_hist, pr.ms, 60)

    local t1 = clock.ms()
    local W, H = win:size()
    local L = layout(W, H)
    win:begin_frame(C.bg)
    for _, p in ipairs(L.panels) do draw_panel(p, L) end
    draw_hud(L, st, pr, W, H)
    local t2 = clock.ms()
    win:end_frame()
    local t3 = clock.ms()
    phase.pump, phase.draw, phase.present = phase.pump + pr.ms, phase.draw + (t2 - t1), phase.present + (t3 - t2)
    phase.other = phase.other + (t1 - t0) - pr.ms

    local work = clock.ms() - t0
    push(frame_ms, work, GRAPH_N)
    all_frames[#all_frames + 1] = work

    local complete = all_baked()
    if complete and not t_baked then
      t_baked = clock.ms()
      say("all %d tiles baked (%d tiles x %d views) in %.2f s, frame %d", ntiles * #S.views, ntiles, #S.views,
        (t_baked - t_start) / 1000, S.frame)
    elseif not complete and t_baked then
      t_baked = nil
    end
    if S.quit then break end
    if opts.frames and S.frame >= opts.frames then reason = "frame limit"; break end
    if opts.until_file and exists(opts.until_file) then reason = "until-file"; break end
    if opts.headless and not opts.stay then
      if complete and #keyq == 0 then -- scripted keys (--keys) all pressed first
        finish_in = finish_in or 2 -- a couple more frames: the HUD shows the final counters
        finish_in = finish_in - 1
        if finish_in <= 0 then reason = "baked"; break end
      elseif clock.ms() - t_start > opts.timeout * 1000 then
        reason = "timeout"
        break
      end
    end
    if opts.fps > 0 then clock.sleep_ms(1000 / opts.fps - (clock.ms() - t0)) end
  end

  ---------------------------------------------------------------- summary --

  local elapsed = (clock.ms() - t_start) / 1000
  if opts.screenshot then
    local ok, e = pcall(win.screenshot, win, opts.screenshot)
    if not ok then io.stderr:write("scene: ", tostring(e), "\n") end
  end
  local nbaked, total = count_baked(), ntiles * #S.views
  if nbaked == total then
    if rt:paused() then rt:resume() end -- drain waits for work that can run
    rt:drain(30) -- nothing left to run: every accepted disk write lands, the counts are final
    st = rt:stats()
  else -- quit early: cancel what is queued (running items finish, accepted writes land)
    rt:pump(COMMIT_ALL)
    st = rt:stats()
    rt:close { cancel = true }
  end
  local d = st.disk or {}
  local ms_parts = {}
  for _, v in ipairs(S.views) do
    local l = S.type_ms[v.type]
    ms_parts[#ms_parts + 1] = fmt("%s %s", v.type, l and fmt("%.2f", percentile(l, 50)) or "-")
  end
  local script_errors = 0
  for _ in pairs(rl.errors) do script_errors = script_errors + 1 end
  local failures = st.failed
  say("%d/%d tiles baked (%dx%d grid x %d views) in %.2f s, %d frames (%s)", nbaked, total, opts.grid,
    opts.grid, #S.views, elapsed, S.frame, reason)
  say("cache hits %d, computed %d, disk writes %d; failures %d, stale-dropped %d, script errors %d",
    st.cache_hits or 0, st.stages.compute.count, d.writes or 0, failures, st.stale_dropped, script_errors)
  say("frame ms p50 %.2f p99 %.2f max %.2f (render thread, without the %s fps cap)",
    percentile(all_frames, 50), percentile(all_frames, 99), percentile(all_frames, 100),
    opts.fps > 0 and tostring(opts.fps) or "no")
  say("pump ms p50 %.2f p99 %.2f, longest pump %.2f ms (budget %g ms for applies, %g MiB for uploads); uploads %d (%s)",
    percentile(all_pumps, 50), percentile(all_pumps, 99), max_pump, opts.pump_ms, opts.upload_mib, uploads,
    kib(upload_bytes))
  say("render thread per frame (avg ms): pump %.2f, draw calls %.2f, end_frame %.2f, rest %.2f",
    phase.pump / S.frame, phase.draw / S.frame, phase.present / S.frame, phase.other / S.frame)
  local sg = st.stages
  say("compute ms per tile p50 (timed in compute): %s", table.concat(ms_parts, ", "))
  say("rt:stats stage ms p50/p99 (all types): compute %.2f/%.2f, load %.2f/%.2f, output %.2f/%.2f, apply %.3f/%.3f",
    sg.compute.p50_ms, sg.compute.p99_ms, sg.load.p50_ms, sg.load.p99_ms, sg.output.p50_ms, sg.output.p99_ms,
    sg.apply.p50_ms, sg.apply.p99_ms)
  if opts.screenshot then say("screenshot %s", opts.screenshot) end
  rt:close()
  watch:close()

  -- Exit status: 0 only when nothing failed (no item, no type script) and,
  -- for runs that were meant to finish (headless, --frames), every tile of
  -- every view was baked.
  local strict = opts.headless or opts.frames
  local good = failures == 0 and script_errors == 0 and (not strict or nbaked == total)
  local why = failures > 0 and fmt("%d failures", failures)
    or script_errors > 0 and fmt("%d type scripts failed to load", script_errors)
    or fmt("only %d of %d tiles baked (%s)", nbaked, total, reason)
  say("%s", good and "OK" or ("FAILED: " .. why))
  if S.switch then return { next = S.switch, status = good and 0 or 1 } end
  return { status = good and 0 or 1 }
end

return M
