/* The GPU output: staging from output on workers, commits and textures on
 * the render thread. */
#include "lkiln_rt.h"

#include <stdarg.h>

#include <stdio.h>

#include <lauxlib.h>
#include <luajit.h>
#include <lualib.h>
#include <xxhash.h>

#include "mem.h"
#include "scheduler.h"
#include "stats.h"
#include "window.h"

/* Worker: ctx:stage_texture. Validation errors name the field. */
#define FORMAT_LIST                                                                        \
  "r8, rg8, rgba8, rgb8, srgb8, srgb8_alpha8, r16, rg16, rgba16, r16f, rg16f, rgb16f, rgba16f, " \
  "r32f, rg32f, rgb32f, rgba32f, r8ui, r32ui, bc1, bc1_srgb, bc3, bc3_srgb, bc4, bc5, bc7, "     \
  "bc7_srgb"

static int a_gpu_stage(struct kiln_rt *rt, void *item, const char *texture, const char *format,
                       int x, int y, int z, int w, int h, int d, int level, const void *data,
                       size_t len, double offset, int row_length, int image_height, char *msg) {
  if (rt->no_gpu || !rt->gpu) return KILN_CANCELED; /* no renderer: nothing to upload to */
  kiln_gpu_upload up = { 0 };
  up.texture = texture;
  up.format = kiln_gpu_format_from_name(format);
  if (up.format == KILN_GPU_FORMAT_NONE)
    return kiln_errf(msg, KILN_INVAL, "stage_texture: field 'format': unknown format '%s' (%s)",
                     format, FORMAT_LIST);
  up.region.x = x;
  up.region.y = y;
  up.region.z = z;
  up.region.w = w;
  up.region.h = h;
  up.region.d = d;
  up.region.level = level;
  up.offset = (size_t)offset;
  up.row_length = row_length;
  up.image_height = image_height;
  up.priority = kiln_item_priority(item); /* commits go by priority */
  /* An upload bigger than the item's reservation goes in bands of at most
   * that much ring space: the reservation holds, whatever the size. */
  /* Ring slots are 64-byte aligned: a reservation rounds up to whole slots. */
  up.max_band_bytes = ((size_t)kiln_item_tokens(item, KILN_POOL_GPU) + 63) & ~(size_t)63;
  uint64_t seq = 0;
  int rc = kiln_gpu_stage(rt->gpu, &up, data, len, kiln_item_session(item), &seq, msg);
  /* Bands already in the ring hold the item's release back, even on error. */
  if (seq > kiln_item_gpu_seq(item)) kiln_item_set_gpu_seq(item, seq);
  return rc;
}

/* Worker, after output: the item's ring reservation returns once its
 * uploads have retired (fences signalled), not before. */
static void a_gpu_release_item(struct kiln_rt *rt, void *item) {
  if (!kiln_item_gpu_seq(item) || !rt->gpu) return; /* nothing staged: the scheduler releases */
  uint64_t bytes = kiln_item_take_tokens(item, KILN_POOL_GPU);
  if (bytes && kiln_gpu_release_after(rt->gpu, bytes) != KILN_OK)
    kiln_sched_release(rt->sched, KILN_POOL_GPU, bytes); /* no memory to defer: give back now */
}

void kiln__lgpu_released(void *ud, size_t bytes) {
  struct kiln_rt *rt = ud;
  kiln_sched_release(rt->sched, KILN_POOL_GPU, bytes);
}

/* Render thread: issue staged uploads within the budget. */
static int a_gpu_commit(struct kiln_rt *rt, size_t max_bytes, unsigned max_uploads,
                        double max_ms, kiln_upload_result *out) {
  kiln_gpu_budget b = { max_bytes, max_uploads };
  kiln_gpu_commit_result r;
  memset(out, 0, sizeof *out);
  if (!rt->gpu) return KILN_CLOSED;
  int rc = kiln_gpu_commit_ns(rt->gpu, &b, (uint64_t)(max_ms * 1e6), kiln_sched_session(rt->sched), &r);
  if (rc == KILN_THREAD) kiln_gpu_context_check(rt->gpu, rt->gpu_msg); /* why: for rt:pump */
  if (rc != KILN_OK) return rc;
  out->issued = r.issued;
  out->dropped = r.dropped;
  out->bytes = r.bytes;
  out->ns = r.ns;
  if (r.issued) kiln_sched_observe(rt->sched, KILN_STAGE_UPLOAD, r.ns);
  if (r.issued + r.dropped && kiln_trace_on(rt->trace)) {
    uint64_t now = kiln_trace_clock_ns();
    kiln_trace_span(rt->trace, rt->track_render, "commit", "upload", now - r.ns, now, NULL);
  }
  return KILN_OK;
}

static uint64_t a_gpu_issued(struct kiln_rt *rt) {
  return rt->gpu ? kiln_gpu_issued_seq(rt->gpu) : UINT64_MAX;
}
static uint64_t a_item_gpu_seq(void *it) { return kiln_item_gpu_seq(it); }
static uint64_t a_item_admitted(void *it) { return kiln_item_admitted_ns(it); }

static uint64_t a_gpu_ring_used(struct kiln_rt *rt) {
  if (!rt->gpu) return 0;
  kiln_gpu_stats st;
  kiln_gpu_stats_get(rt->gpu, &st);
  return st.ring_used;
}
static uint64_t a_gpu_capacity(struct kiln_rt *rt) { return rt->gpu ? kiln_gpu_capacity(rt->gpu) : 0; }
static uint64_t a_gpu_default_bytes(struct kiln_rt *rt) { return rt->gpu_default_bytes; }

static int raise(lua_State *L, const char *fmt, ...);

/* The runtime behind a method; its GPU side is gone once it is closed. */
static struct kiln_rt *check_rt(lua_State *L) {
  luaL_checktype(L, 1, LUA_TLIGHTUSERDATA);
  struct kiln_rt *rt = lua_touserdata(L, 1);
  if (!rt->gpu) raise(L, "the runtime is closed");
  return rt;
}

/* Raises without a position: the Lua wrappers in kiln.lua re-raise at
 * the caller's line. */
static int raise(lua_State *L, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  lua_pushvfstring(L, fmt, ap);
  va_end(ap);
  return lua_error(L);
}

/* "rt:read_texture" + "read_texture: bad region" says the name once. */
static int rt_error(lua_State *L, const char *what, const char *msg) {
  const char *bare = strncmp(what, "rt:", 3) == 0 ? what + 3 : what;
  size_t n = strlen(bare);
  if (strncmp(msg, bare, n) == 0 && msg[n] == ':' && msg[n + 1] == ' ') msg += n + 2;
  else { /* "texture_new: ...": an internal operation's name says nothing */
    size_t k = strspn(msg, "abcdefghijklmnopqrstuvwxyz_");
    if (k > 0 && msg[k] == ':' && msg[k + 1] == ' ') msg += k + 2;
  }
  return raise(L, "%s: %s", what, msg);
}

/* gl_attach(rt): the GL context of the calling thread becomes kiln's. */
/* A Lua get_proc_address(name) -> pointer, called during attach only. */
typedef struct lua_loader { lua_State *L; int fn; const char *err; } lua_loader;

static void *lua_loader_call(void *ud, const char *name) {
  lua_loader *ll = ud;
  if (ll->err) return NULL;
  lua_pushvalue(ll->L, ll->fn);
  lua_pushstring(ll->L, name);
  if (lua_pcall(ll->L, 1, 1, 0) != 0) {
    ll->err = lua_tostring(ll->L, -1); /* kept on the stack until attach returns */
    return NULL;
  }
  void *p = NULL;
  if (lua_islightuserdata(ll->L, -1)) p = lua_touserdata(ll->L, -1);
  else if (lua_type(ll->L, -1) == LUA_TNUMBER) p = (void *)(uintptr_t)lua_tonumber(ll->L, -1);
  else if (!lua_isnil(ll->L, -1) && lua_type(ll->L, -1) != 10 /* cdata */)
    ll->err = "get_proc_address must return a pointer (cdata, lightuserdata or number) or nil";
  else if (lua_type(ll->L, -1) == 10) p = *(void **)lua_topointer(ll->L, -1); /* pointer cdata */
  lua_pop(ll->L, 1);
  return p;
}

/* gl_attach(rt [, loader]): the GL context current on the calling thread
 * becomes kiln's. loader: nil (find the loader of whatever context is
 * current: GLX, EGL or GLFW), a C function pointer (cdata, e.g.
 * SDL_GL_GetProcAddress), or a Lua function name -> pointer. */
static int l_gl_attach(lua_State *L) {
  struct kiln_rt *rt = check_rt(L);
  char msg[KILN_ERRMSG_MAX];
  int rc;
  if (lua_isnoneornil(L, 2)) {
    rc = kiln_gpu_attach(rt->gpu, NULL, msg);
  } else if (lua_type(L, 2) == LUA_TFUNCTION) {
    lua_loader ll = { L, 2, NULL };
    rc = kiln_gpu_attach_loader(rt->gpu, lua_loader_call, &ll, msg);
    if (ll.err) return raise(L, "rt:gl_attach: option 'get_proc_address' failed: %s", ll.err);
  } else if (lua_type(L, 2) == 10 /* cdata: a function pointer */) {
    kiln_gpu_proc_fn fn = *(kiln_gpu_proc_fn *)lua_topointer(L, 2);
    if (!fn) return raise(L, "rt:gl_attach: option 'get_proc_address' is a NULL pointer");
    rc = kiln_gpu_attach_proc(rt->gpu, fn, msg);
  } else {
    return raise(L, "rt:gl_attach: option 'get_proc_address' must be a C function pointer (cdata) "
                    "or a Lua function, got %s", luaL_typename(L, 2));
  }
  if (rc != KILN_OK) return rt_error(L, "rt:gl_attach", msg);
  kiln_gpu_stats st;
  kiln_gpu_stats_get(rt->gpu, &st);
  lua_pushstring(L, kiln_gpu_backend_name(st.backend));
  return 1;
}

static const char *const kind_names[] = { "2d", "2d_array", "3d", "cube", "1d", "1d_array",
                                          "cube_array", NULL };

/* texture_new(rt, name, width, height, format, kind, layers, depth, levels [, gl])
 * gl: adopt the host's texture of that GL name instead of making one. */
static int l_texture_new(lua_State *L) {
  struct kiln_rt *rt = check_rt(L);
  kiln_gpu_texture_desc d = { 0 };
  d.name = luaL_checkstring(L, 2);
  d.width = (int)luaL_checkinteger(L, 3);
  d.height = (int)luaL_checkinteger(L, 4);
  const char *fmt = luaL_checkstring(L, 5);
  d.format = kiln_gpu_format_from_name(fmt);
  if (d.format == KILN_GPU_FORMAT_NONE)
    return raise(L, "rt:texture '%s': field 'format': unknown format '%s' (%s)", d.name, fmt,
                 FORMAT_LIST);
  const char *kind = luaL_optstring(L, 6, "2d");
  int k = -1;
  for (int i = 0; kind_names[i]; i++)
    if (strcmp(kind, kind_names[i]) == 0) k = i;
  if (k < 0)
    return raise(L, "rt:texture '%s': field 'kind': unknown kind '%s' (1d, 1d_array, 2d, 2d_array, "
                      "3d, cube, cube_array)", d.name, kind);
  d.kind = (kiln_gpu_kind)k;
  d.layers = (int)luaL_optinteger(L, 7, 0);
  d.depth = (int)luaL_optinteger(L, 8, 0);
  d.levels = (int)luaL_optinteger(L, 9, 0);
  const char *filter = luaL_optstring(L, 11, NULL), *wrap = luaL_optstring(L, 12, NULL);
  if (filter && !(d.filter = kiln_gpu_filter_from_name(filter)))
    return raise(L, "rt:texture '%s': field 'filter': unknown filter '%s' (nearest, linear, "
                    "trilinear)", d.name, filter);
  if (wrap && !(d.wrap = kiln_gpu_wrap_from_name(wrap)))
    return raise(L, "rt:texture '%s': field 'wrap': unknown wrap '%s' (repeat, clamp, mirror)",
                 d.name, wrap);
  char msg[KILN_ERRMSG_MAX];
  kiln_gpu_tex id;
  int rc = lua_isnoneornil(L, 10)
             ? kiln_gpu_texture_new(rt->gpu, &d, &id, msg)
             : kiln_gpu_texture_adopt(rt->gpu, &d, (unsigned)luaL_checkinteger(L, 10), &id, msg);
  if (rc != KILN_OK) return rt_error(L, "rt:texture", msg);
  lua_pushinteger(L, (lua_Integer)id);
  return 1;
}

/* texture_free(rt, name): deletes a kiln-made texture, forgets an adopted one. */
static int l_texture_free(lua_State *L) {
  struct kiln_rt *rt = check_rt(L);
  char msg[KILN_ERRMSG_MAX];
  if (kiln_gpu_texture_free_name(rt->gpu, luaL_checkstring(L, 2), msg) != KILN_OK)
    return rt_error(L, "rt:texture_free", msg);
  return 0;
}

static kiln_gpu_tex check_tex(lua_State *L, struct kiln_rt *rt, int idx, const char *what) {
  const char *name = luaL_checkstring(L, idx);
  kiln_gpu_tex id;
  if (kiln_gpu_texture_find(rt->gpu, name, &id) != KILN_OK)
    raise(L, "%s: unknown texture '%s'", what, name);
  return id;
}

/* read_texture(rt, name, x, y, z, w, h, d, level) -> string of texels */
static int l_read_texture(lua_State *L) {
  struct kiln_rt *rt = check_rt(L);
  kiln_gpu_tex id = check_tex(L, rt, 2, "rt:read_texture");
  kiln_gpu_texture_desc d;
  kiln_gpu_texture_info(rt->gpu, id, &d);
  kiln_gpu_region r = { (int)luaL_checkinteger(L, 3), (int)luaL_checkinteger(L, 4),
                        (int)luaL_checkinteger(L, 5), (int)luaL_checkinteger(L, 6),
                        (int)luaL_checkinteger(L, 7), (int)luaL_checkinteger(L, 8),
                        (int)luaL_checkinteger(L, 9) };
  if (r.w <= 0 || r.h <= 0 || r.d <= 0)
    return raise(L, "rt:read_texture: region w, h and d must be positive");
  size_t len = kiln_gpu_format_size(d.format, r.w, r.h, r.d); /* whole blocks when compressed */
  void *buf = lua_newuserdata(L, len); /* GC-owned: safe if we raise below */
  char msg[KILN_ERRMSG_MAX];
  if (kiln_gpu_read_texture(rt->gpu, id, &r, buf, len, msg) != KILN_OK)
    return rt_error(L, "rt:read_texture", msg);
  lua_pushlstring(L, buf, len);
  return 1;
}

static int l_texture_gl(lua_State *L) {
  struct kiln_rt *rt = check_rt(L);
  kiln_gpu_tex id = check_tex(L, rt, 2, "rt:texture_gl");
  lua_pushinteger(L, (lua_Integer)kiln_gpu_texture_gl(rt->gpu, id));
  return 1;
}

static int l_gpu_stats(lua_State *L) {
  struct kiln_rt *rt = check_rt(L);
  kiln_gpu_stats st;
  kiln_gpu_stats_get(rt->gpu, &st);
  lua_createtable(L, 0, 12);
  lua_pushstring(L, kiln_gpu_backend_name(st.backend));
  lua_setfield(L, -2, "backend");
#define F(name, v) (lua_pushnumber(L, (lua_Number)(v)), lua_setfield(L, -2, name))
  F("ring_capacity", st.ring_capacity);
  F("ring_used", st.ring_used);
  F("staged", st.staged);
  F("issued", st.issued);
  F("dropped", st.dropped);
  F("bytes_staged", st.bytes_staged);
  F("bytes_issued", st.bytes_issued);
  F("stalls", st.stalls);
  F("fences_pending", st.fences_pending);
  F("textures", st.textures);
  F("gl_violations", st.gl_violations);
#undef F
  return 1;
}


static const char *a_gpu_error(struct kiln_rt *rt) { return rt->gpu_msg; }

void kiln__lgpu_api(kiln_api *a) {
  a->gpu_error = a_gpu_error;
  a->gpu_stage = a_gpu_stage;
  a->gpu_release_item = a_gpu_release_item;
  a->gpu_commit = a_gpu_commit;
  a->gpu_issued = a_gpu_issued;
  a->item_gpu_seq = a_item_gpu_seq;
  a->gpu_capacity = a_gpu_capacity;
  a->gpu_default_bytes = a_gpu_default_bytes;
  a->item_admitted = a_item_admitted;
  a->gpu_ring_used = a_gpu_ring_used;
}

void kiln__lgpu_register(lua_State *L) {
  static const luaL_Reg gpu_fns[] = {
    { "gl_attach", l_gl_attach }, { "texture_new", l_texture_new },
    { "read_texture", l_read_texture }, { "texture_gl", l_texture_gl },
    { "gpu_stats", l_gpu_stats }, { "texture_free", l_texture_free }, { NULL, NULL }
  };
  luaL_register(L, NULL, gpu_fns);
}
