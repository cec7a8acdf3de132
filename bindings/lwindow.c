/* kiln.window: the window-and-draw module offered to Lua scripts (the demo
 * scene, tools). A full userdata per window, liolib-style: a registry-named
 * metatable, methods in their own luaL_Reg, __gc sharing the idempotent
 * close. Render thread only: the thread that created the first window. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "lkiln.h"
#include "kiln_err.h"
#include "window.h"

#define KILN_WINDOW_MT "kiln.window"

typedef struct lwin {
  kiln_window *win;
} lwin;

static kiln_window *check_win(lua_State *L) {
  lwin *w = luaL_checkudata(L, 1, KILN_WINDOW_MT);
  if (!w->win) luaL_error(L, "kiln.window: the window is closed");
  return w->win;
}

/* Colours: 0xRRGGBBAA numbers or { r, g, b, a } tables of 0..1 floats. */
static kiln_color check_color(lua_State *L, int idx, uint32_t def) {
  if (lua_isnoneornil(L, idx)) return kiln_color_hex(def);
  if (lua_type(L, idx) == LUA_TNUMBER) return kiln_color_hex((uint32_t)lua_tonumber(L, idx));
  if (lua_type(L, idx) == LUA_TTABLE) {
    float v[4] = { 0, 0, 0, 1 };
    for (int i = 0; i < 4; i++) {
      lua_rawgeti(L, idx, i + 1);
      if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TNUMBER)
        luaL_argerror(L, idx, "colour table entries must be numbers from 0 to 1");
      if (!lua_isnil(L, -1)) v[i] = (float)lua_tonumber(L, -1);
      lua_pop(L, 1);
    }
    kiln_color c = { v[0], v[1], v[2], v[3] };
    return c;
  }
  luaL_argerror(L, idx, "colour must be a 0xRRGGBBAA number or an {r, g, b, a} table");
  return kiln_color_hex(0);
}

static int fail(lua_State *L, const char *what, const char *msg) {
  return luaL_error(L, "%s: %s", what, msg);
}

/* Field k of win:graph's table: a number, or def when absent. */
static float field_num(lua_State *L, int t, const char *k, float def) {
  lua_getfield(L, t, k);
  if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TNUMBER)
    luaL_error(L, "win:graph: field '%s' must be a number, got %s", k, luaL_typename(L, -1));
  float v = lua_isnil(L, -1) ? def : (float)lua_tonumber(L, -1);
  lua_pop(L, 1);
  return v;
}

/* Option k of kiln.window: an integer in lo..hi, or def when absent. */
static int field_int(lua_State *L, int t, const char *k, int def, int lo, int hi) {
  lua_getfield(L, t, k);
  if (lua_isnil(L, -1)) { lua_pop(L, 1); return def; }
  if (lua_type(L, -1) != LUA_TNUMBER)
    return luaL_error(L, "kiln.window: option '%s' must be a number, got %s", k, luaL_typename(L, -1));
  lua_Number v = lua_tonumber(L, -1);
  lua_pop(L, 1);
  if (!(v >= lo && v <= hi) || v != (lua_Number)(int)v)
    return luaL_error(L, "kiln.window: option '%s' must be an integer from %d to %d, got %f", k, lo, hi,
                      (double)v);
  return (int)v;
}

/* Option k of kiln.window: a string, or NULL when absent. */
static const char *field_str(lua_State *L, int t, const char *k) {
  lua_getfield(L, t, k);
  const char *v = NULL;
  if (lua_type(L, -1) == LUA_TSTRING) v = lua_tostring(L, -1);
  else if (!lua_isnil(L, -1))
    luaL_error(L, "kiln.window: option '%s' must be a string, got %s", k, luaL_typename(L, -1));
  lua_pop(L, 1); /* the string stays alive in the options table */
  return v;
}

/* kiln.window { width =, height =, title =, visible =, vsync =, font =, font_px = } */
static int l_window(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  static const char *const known[] = { "width", "height", "title", "visible", "vsync", "font",
                                       "font_px", NULL };
  lua_pushnil(L);
  while (lua_next(L, 1)) {
    lua_pop(L, 1);
    int ok = 0;
    if (lua_type(L, -1) == LUA_TSTRING)
      for (int i = 0; known[i]; i++) ok |= strcmp(lua_tostring(L, -1), known[i]) == 0;
    if (!ok)
      return luaL_error(L, "kiln.window: unknown option '%s'",
                        lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?");
  }
  kiln_window_config cfg = { 0 };
  cfg.width = field_int(L, 1, "width", 0, 0, 16384);
  cfg.height = field_int(L, 1, "height", 0, 0, 16384);
  cfg.title = field_str(L, 1, "title");
  cfg.font_path = field_str(L, 1, "font");
  lua_getfield(L, 1, "visible");
  cfg.visible = lua_isnil(L, -1) ? 1 : lua_toboolean(L, -1);
  lua_getfield(L, 1, "vsync");
  cfg.vsync = lua_toboolean(L, -1);
  lua_pop(L, 2);
  cfg.font_px = field_int(L, 1, "font_px", 0, 0, 512);
  lwin *w = lua_newuserdata(L, sizeof *w);
  w->win = NULL;
  luaL_getmetatable(L, KILN_WINDOW_MT);
  lua_setmetatable(L, -2);
  char msg[KILN_ERRMSG_MAX];
  if (kiln_window_new(&cfg, &w->win, msg) != KILN_OK) return fail(L, "kiln.window", msg);
  return 1;
}

static int l_close(lua_State *L) {
  lwin *w = luaL_checkudata(L, 1, KILN_WINDOW_MT);
  kiln_window *win = w->win;
  w->win = NULL;
  kiln_window_free(win);
  return 0;
}

/* win:poll() -> array of { key =, action = "press"|"release"|"repeat", mods = } */
static int l_poll(lua_State *L) {
  kiln_window *win = check_win(L);
  kiln_window_poll(win);
  lua_newtable(L);
  kiln_window_event ev;
  int n = 0;
  static const char *const actions[] = { "release", "press", "repeat" };
  while (kiln_window_next_event(win, &ev)) {
    lua_createtable(L, 0, 3);
    lua_pushstring(L, ev.key);
    lua_setfield(L, -2, "key");
    lua_pushstring(L, ev.action >= 0 && ev.action <= 2 ? actions[ev.action] : "?");
    lua_setfield(L, -2, "action");
    lua_pushinteger(L, ev.mods);
    lua_setfield(L, -2, "mods");
    lua_rawseti(L, -2, ++n);
  }
  return 1;
}

static int l_should_close(lua_State *L) {
  lua_pushboolean(L, kiln_window_should_close(check_win(L)));
  return 1;
}

static int l_set_should_close(lua_State *L) {
  kiln_window_set_should_close(check_win(L), lua_toboolean(L, 2));
  return 0;
}

static int l_size(lua_State *L) {
  int w = 0, h = 0;
  kiln_window_framebuffer_size(check_win(L), &w, &h);
  lua_pushinteger(L, w);
  lua_pushinteger(L, h);
  return 2;
}

static int l_time(lua_State *L) {
  lua_pushnumber(L, kiln_window_time(check_win(L)));
  return 1;
}

static int l_begin(lua_State *L) {
  char msg[KILN_ERRMSG_MAX];
  if (kiln_window_begin_frame(check_win(L), check_color(L, 2, 0x000000ff), msg) != KILN_OK)
    return fail(L, "win:begin_frame", msg);
  return 0;
}

static int l_end(lua_State *L) {
  char msg[KILN_ERRMSG_MAX];
  if (kiln_window_end_frame(check_win(L), msg) != KILN_OK) return fail(L, "win:end_frame", msg);
  return 0;
}

static int l_rect(lua_State *L) {
  kiln_window *win = check_win(L);
  char msg[KILN_ERRMSG_MAX];
  if (kiln_window_draw_rect(win, (float)luaL_checknumber(L, 2), (float)luaL_checknumber(L, 3),
                            (float)luaL_checknumber(L, 4), (float)luaL_checknumber(L, 5),
                            check_color(L, 6, 0xffffffff), msg) != KILN_OK)
    return fail(L, "win:rect", msg);
  return 0;
}

/* Option `level` of win:texture: an integer >= 0 (whether the texture has
 * that level is checked in C, which knows the texture). */
static int texture_level(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TNUMBER)
    return luaL_error(L, "win:texture: field 'level' must be an integer >= 0, got %s",
                      luaL_typename(L, idx));
  lua_Number v = lua_tonumber(L, idx);
  if (!(v >= 0 && v <= INT_MAX) || v != floor(v))
    return luaL_error(L, "win:texture: field 'level' must be an integer >= 0, got %f", (double)v);
  return (int)v;
}

/* win:texture(gl_name, x, y, w, h [, { layer =, uv = {u0,v0,u1,v1}, tint =, level =,
 *                                      normal = }]) */
static int l_texture(lua_State *L) {
  kiln_window *win = check_win(L);
  unsigned tex = (unsigned)luaL_checkinteger(L, 2);
  kiln_window_quad q = { 0 };
  q.x = (float)luaL_checknumber(L, 3);
  q.y = (float)luaL_checknumber(L, 4);
  q.w = (float)luaL_checknumber(L, 5);
  q.h = (float)luaL_checknumber(L, 6);
  int layer = -1;
  if (lua_istable(L, 7)) {
    static const char *const known[] = { "layer", "uv", "tint", "level", "normal", NULL };
    lua_pushnil(L);
    while (lua_next(L, 7)) {
      lua_pop(L, 1);
      int ok = 0;
      if (lua_type(L, -1) == LUA_TSTRING)
        for (int i = 0; known[i]; i++) ok |= strcmp(lua_tostring(L, -1), known[i]) == 0;
      if (!ok)
        return luaL_error(L, "win:texture: unknown option '%s'",
                          lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?");
    }
    lua_getfield(L, 7, "layer");
    if (!lua_isnil(L, -1)) layer = (int)luaL_checkinteger(L, -1);
    lua_getfield(L, 7, "tint");
    if (!lua_isnil(L, -1)) q.tint = check_color(L, lua_gettop(L), 0xffffffff);
    lua_getfield(L, 7, "uv");
    if (lua_istable(L, -1)) {
      float *uv[4] = { &q.u0, &q.v0, &q.u1, &q.v1 };
      for (int i = 0; i < 4; i++) {
        lua_rawgeti(L, -1, i + 1);
        *uv[i] = (float)luaL_checknumber(L, -1);
        lua_pop(L, 1);
      }
    }
    lua_getfield(L, 7, "level");
    if (!lua_isnil(L, -1)) {
      q.level_on = 1;
      q.level = texture_level(L, lua_gettop(L));
    }
    lua_getfield(L, 7, "normal");
    if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TBOOLEAN)
      return luaL_error(L, "win:texture: field 'normal' must be a boolean, got %s",
                        luaL_typename(L, -1));
    q.normal = lua_toboolean(L, -1);
    lua_pop(L, 5);
  }
  char msg[KILN_ERRMSG_MAX];
  int rc = layer >= 0 ? kiln_window_draw_texture_layer(win, tex, layer, &q, msg)
                      : kiln_window_draw_texture(win, tex, &q, msg);
  if (rc != KILN_OK) return fail(L, "win:texture", msg);
  return 0;
}

static int l_text(lua_State *L) {
  kiln_window *win = check_win(L);
  size_t len;
  float x = (float)luaL_checknumber(L, 2), y = (float)luaL_checknumber(L, 3);
  const char *s = luaL_checklstring(L, 4, &len);
  char msg[KILN_ERRMSG_MAX];
  if (kiln_window_draw_text(win, x, y, check_color(L, 5, 0xffffffff), s, len, msg) != KILN_OK)
    return fail(L, "win:text", msg);
  return 0;
}

static int l_text_size(lua_State *L) {
  kiln_window *win = check_win(L);
  size_t len;
  const char *s = luaL_checklstring(L, 2, &len);
  int w, h;
  kiln_window_text_size(win, s, len, &w, &h);
  lua_pushinteger(L, w);
  lua_pushinteger(L, h);
  return 2;
}

static int l_line_height(lua_State *L) {
  lua_pushinteger(L, kiln_window_line_height(check_win(L)));
  return 1;
}

/* win:graph { values =, x =, y =, w =, h =, min =, max =, color =, background =,
 *             threshold = } */
static int l_graph(lua_State *L) {
  kiln_window *win = check_win(L);
  luaL_checktype(L, 2, LUA_TTABLE);
  kiln_window_graph g = { 0 };
  lua_getfield(L, 2, "values");
  luaL_argcheck(L, lua_istable(L, -1), 2, "graph needs a 'values' array");
  size_t n = lua_objlen(L, -1);
  float *vals = n ? lua_newuserdata(L, n * sizeof *vals) : NULL; /* freed by the GC */
  for (size_t i = 0; i < n; i++) {
    lua_rawgeti(L, n ? -2 : -1, (int)i + 1);
    vals[i] = lua_isnumber(L, -1) ? (float)lua_tonumber(L, -1) : 0.0f / 0.0f;
    lua_pop(L, 1);
  }
  g.values = vals;
  g.count = n;
  g.x = field_num(L, 2, "x", 0);
  g.y = field_num(L, 2, "y", 0);
  g.w = field_num(L, 2, "w", 100);
  g.h = field_num(L, 2, "h", 40);
  g.min = field_num(L, 2, "min", 0);
  g.max = field_num(L, 2, "max", 0);
  lua_getfield(L, 2, "color");
  if (!lua_isnil(L, -1)) g.color = check_color(L, lua_gettop(L), 0);
  lua_getfield(L, 2, "background");
  if (!lua_isnil(L, -1)) g.background = check_color(L, lua_gettop(L), 0);
  lua_getfield(L, 2, "threshold");
  if (!lua_isnil(L, -1)) {
    g.threshold_on = 1;
    g.threshold = (float)luaL_checknumber(L, -1);
  }
  char msg[KILN_ERRMSG_MAX];
  if (kiln_window_draw_graph(win, &g, msg) != KILN_OK) return fail(L, "win:graph", msg);
  return 0;
}

static int l_screenshot(lua_State *L) {
  kiln_window *win = check_win(L);
  const char *path = luaL_checkstring(L, 2);
  char msg[KILN_ERRMSG_MAX];
  if (kiln_window_screenshot(win, path, msg) != KILN_OK) return fail(L, "win:screenshot", msg);
  return 0;
}

static int l_info(lua_State *L) {
  kiln_window_info info;
  kiln_window_info_get(check_win(L), &info);
  lua_createtable(L, 0, 6);
  lua_pushfstring(L, "%d.%d", info.gl_major, info.gl_minor);
  lua_setfield(L, -2, "gl_version");
  lua_pushstring(L, info.gl_renderer ? info.gl_renderer : "");
  lua_setfield(L, -2, "renderer");
  lua_pushinteger(L, info.fb_width);
  lua_setfield(L, -2, "width");
  lua_pushinteger(L, info.fb_height);
  lua_setfield(L, -2, "height");
  return 1;
}

static const luaL_Reg win_methods[] = {
  { "poll", l_poll },
  { "should_close", l_should_close },
  { "set_should_close", l_set_should_close },
  { "size", l_size },
  { "time", l_time },
  { "begin_frame", l_begin },
  { "end_frame", l_end },
  { "rect", l_rect },
  { "texture", l_texture },
  { "text", l_text },
  { "text_size", l_text_size },
  { "line_height", l_line_height },
  { "graph", l_graph },
  { "screenshot", l_screenshot },
  { "info", l_info },
  { "close", l_close },
  { NULL, NULL }
};

static const luaL_Reg win_meta[] = {
  { "__gc", l_close },
  { NULL, NULL }
};

/* Pushes the kiln.window constructor. */
int kiln__lwindow_open(lua_State *L) {
  if (luaL_newmetatable(L, KILN_WINDOW_MT)) {
    luaL_register(L, NULL, win_meta);
    lua_newtable(L);
    luaL_register(L, NULL, win_methods);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  lua_pushcfunction(L, l_window);
  return 1;
}
