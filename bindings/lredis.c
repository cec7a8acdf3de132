/* kiln.redis: a minimal Redis client for Lua over hiredis (the farm's job
 * queue, bindings/farm.lua).
 *
 * kiln.redis({ host =, port = 6379 } | { path = } [, { timeout_ms = 2000 }])
 *   -> connection, or raises "kiln.redis: <where>: <reason>". Connecting
 *   and every later read and write are bounded by timeout_ms
 *   (redisConnectWithTimeout + redisSetTimeout): a dead or stopped server
 *   is an error after that long, never a hang. (bindings/kiln_runtime.lua's
 *   kiln.redis wrapper also takes a "redis://host:port" string.)
 * c:call(cmd, arg, ...) -> reply
 *   One command (redisCommandArgv; arguments are strings or numbers, sent
 *   as binary-safe bulk strings; the protocol is RESP2). Replies: status
 *   and string -> string, integer -> number, nil -> nil, array -> a table
 *   (nested; a nil element is false, an error element is
 *   { err = message }).
 *   An error reply returns nil, message (the server's text, "ERR ...",
 *   "BUSYGROUP ..."). A transport failure (refused, reset, timed out)
 *   raises "kiln.redis: <where>: <reason>" and breaks the connection:
 *   later calls raise "connection is broken".
 * c:pipeline({ cmd, arg, ... }, ...) -> { reply, ... }
 *   Sends every command, then reads every reply: one round trip. Each reply
 *   is converted as above; an error reply is { err = message }.
 * c:timeout(ms): the bound for later calls (say, above an XREADGROUP BLOCK).
 * c:close() (also __gc): idempotent.
 *
 * A full userdata per connection, liolib-style: a registry-named metatable,
 * the hiredis context owned by the userdata; a reply being converted (which
 * may raise: out of memory) is held by a small userdata with __gc, and the
 * argument vectors are Lua-owned, so a Lua error never leaks. Thread: the
 * one running the Lua state that made it; a call blocks that thread for at
 * most timeout_ms (per read or write). */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>

#include <hiredis.h>
#include <lauxlib.h>
#include <lua.h>

#include "lkiln.h"

#define KILN_REDIS_MT "kiln.redis"
#define KILN_REDIS_REPLY_MT "kiln.redis.reply"
#define REDIS_MAX_ARGS 1000000
#define REDIS_MAX_DEPTH 16

typedef struct lredis {
  redisContext *c; /* NULL once closed */
  int broken;      /* a transport error happened: the stream is out of step */
  char where[160]; /* host:port or the socket path, for messages */
} lredis;

typedef struct rbox {
  redisReply *r;
} rbox;

static void shut(lredis *r) {
  if (r->c) redisFree(r->c);
  r->c = NULL;
}

static int l_gc(lua_State *L) {
  shut(luaL_checkudata(L, 1, KILN_REDIS_MT));
  return 0;
}

static int l_close(lua_State *L) {
  shut(luaL_checkudata(L, 1, KILN_REDIS_MT));
  return 0;
}

static int l_tostring(lua_State *L) {
  lredis *r = luaL_checkudata(L, 1, KILN_REDIS_MT);
  lua_pushfstring(L, "kiln.redis (%s%s)", r->where, r->c ? "" : ", closed");
  return 1;
}

static int box_gc(lua_State *L) {
  rbox *b = luaL_checkudata(L, 1, KILN_REDIS_REPLY_MT);
  if (b->r) freeReplyObject(b->r);
  b->r = NULL;
  return 0;
}

static lredis *check_open(lua_State *L) {
  lredis *r = luaL_checkudata(L, 1, KILN_REDIS_MT);
  if (!r->c) luaL_error(L, "kiln.redis: %s: the connection is closed", r->where);
  if (r->broken) luaL_error(L, "kiln.redis: %s: the connection is broken (an earlier call failed); "
                               "open a new one", r->where);
  return r;
}

static int transport_error(lua_State *L, lredis *r, const char *what) {
  r->broken = 1;
  const char *why = r->c->errstr[0] ? r->c->errstr : "connection lost";
  if (r->c->err == REDIS_ERR_IO && strstr(why, "temporarily unavailable"))
    why = "timed out waiting for the server";
  return luaL_error(L, "kiln.redis: %s: %s: %s", r->where, what, why);
}

static struct timeval tv_of(long ms) {
  struct timeval tv = { ms / 1000, (ms % 1000) * 1000 };
  return tv;
}

/* Pushes the Lua value of r (error replies are { err = msg } at depth > 0
 * or when as_table_err; the caller handles the top-level error case). */
static void push_reply(lua_State *L, const redisReply *r, int depth) {
  if (depth > REDIS_MAX_DEPTH) luaL_error(L, "kiln.redis: reply nested deeper than %d", REDIS_MAX_DEPTH);
  switch (r->type) {
  case REDIS_REPLY_STATUS:
  case REDIS_REPLY_STRING:
    lua_pushlstring(L, r->str, r->len);
    break;
  case REDIS_REPLY_INTEGER:
    lua_pushnumber(L, (lua_Number)r->integer);
    break;
  case REDIS_REPLY_NIL:
    lua_pushboolean(L, 0);
    break;
  case REDIS_REPLY_ERROR:
    lua_createtable(L, 0, 1);
    lua_pushlstring(L, r->str, r->len);
    lua_setfield(L, -2, "err");
    break;
  case REDIS_REPLY_ARRAY:
    luaL_checkstack(L, 4, "kiln.redis: reply too deep");
    lua_createtable(L, r->elements > INT_MAX ? INT_MAX : (int)r->elements, 0);
    for (size_t i = 0; i < r->elements && i < INT_MAX; i++) {
      push_reply(L, r->element[i], depth + 1);
      lua_rawseti(L, -2, (int)i + 1);
    }
    break;
  default:
    lua_pushnil(L);
    break;
  }
}

/* The arguments at stack index first.. as an argv, in Lua-owned memory
 * (strings stay on the stack while the call runs). */
static int collect_args(lua_State *L, int first, int last, const char ***argv, size_t **lens,
                        const char *what) {
  int n = last - first + 1;
  if (n < 1) return luaL_error(L, "kiln.redis: %s: no command given", what);
  if (n > REDIS_MAX_ARGS) return luaL_error(L, "kiln.redis: %s: more than %d arguments", what, REDIS_MAX_ARGS);
  *argv = lua_newuserdata(L, sizeof(char *) * (size_t)n);
  *lens = lua_newuserdata(L, sizeof(size_t) * (size_t)n);
  for (int i = 0; i < n; i++) {
    int t = lua_type(L, first + i);
    if (t != LUA_TSTRING && t != LUA_TNUMBER)
      return luaL_error(L, "kiln.redis: %s: argument %d must be a string or a number, got %s", what,
                        i + 1, lua_typename(L, t));
    (*argv)[i] = lua_tolstring(L, first + i, &(*lens)[i]); /* numbers convert in place */
  }
  return n;
}

/* Pushes a box owning the reply (NULL reply: a transport error). */
static rbox *push_box(lua_State *L) {
  rbox *b = lua_newuserdata(L, sizeof *b);
  b->r = NULL;
  luaL_getmetatable(L, KILN_REDIS_REPLY_MT);
  lua_setmetatable(L, -2);
  return b;
}

static int l_call(lua_State *L) {
  lredis *r = check_open(L);
  int top = lua_gettop(L);
  const char **argv;
  size_t *lens;
  const char *cmd = lua_isstring(L, 2) ? lua_tostring(L, 2) : "call";
  int n = collect_args(L, 2, top, &argv, &lens, cmd);
  rbox *b = push_box(L);
  b->r = redisCommandArgv(r->c, n, argv, lens);
  if (!b->r) return transport_error(L, r, cmd);
  int nret = 1;
  if (b->r->type == REDIS_REPLY_ERROR) {
    lua_pushnil(L);
    lua_pushlstring(L, b->r->str, b->r->len);
    nret = 2;
  } else if (b->r->type == REDIS_REPLY_NIL) {
    lua_pushnil(L);
  } else {
    push_reply(L, b->r, 0);
  }
  freeReplyObject(b->r);
  b->r = NULL;
  return nret;
}

static int l_pipeline(lua_State *L) {
  lredis *r = check_open(L);
  int ncmd = lua_gettop(L) - 1;
  if (ncmd < 1) return luaL_error(L, "kiln.redis: pipeline: no commands given");
  /* Every command is checked before any is queued: one that raised after
   * others were appended left them in hiredis's buffer, sent ahead of the
   * next call, and every later reply answered the command before it. */
  for (int i = 2; i <= ncmd + 1; i++) {
    luaL_checktype(L, i, LUA_TTABLE);
    int len = (int)lua_objlen(L, i);
    if (len < 1) return luaL_error(L, "kiln.redis: pipeline: command %d is empty", i - 1);
    if (len > REDIS_MAX_ARGS)
      return luaL_error(L, "kiln.redis: pipeline: command %d has more than %d arguments", i - 1, REDIS_MAX_ARGS);
    for (int j = 1; j <= len; j++) {
      lua_rawgeti(L, i, j);
      int t = lua_type(L, -1);
      lua_pop(L, 1);
      if (t != LUA_TSTRING && t != LUA_TNUMBER)
        return luaL_error(L, "kiln.redis: pipeline: command %d: argument %d must be a string or a number, got %s",
                          i - 1, j, lua_typename(L, t));
    }
  }
  /* Out of step until the last reply is read: anything that raises from
   * here (no memory, a reply nested too deep) leaves the connection broken
   * rather than answering later calls with these replies. */
  r->broken = 1;
  for (int i = 2; i <= ncmd + 1; i++) {
    int top = lua_gettop(L);
    int len = (int)lua_objlen(L, i);
    luaL_checkstack(L, len + 4, "kiln.redis: pipeline: too many arguments");
    for (int j = 1; j <= len; j++) lua_rawgeti(L, i, j);
    const char **argv;
    size_t *lens;
    int n = collect_args(L, top + 1, top + len, &argv, &lens, "pipeline");
    if (redisAppendCommandArgv(r->c, n, argv, lens) != REDIS_OK) return transport_error(L, r, "pipeline");
    lua_settop(L, top);
  }
  lua_createtable(L, ncmd, 0);
  rbox *b = push_box(L);
  for (int i = 1; i <= ncmd; i++) {
    void *rep = NULL;
    if (redisGetReply(r->c, &rep) != REDIS_OK || !rep) return transport_error(L, r, "pipeline");
    b->r = rep;
    push_reply(L, b->r, 0);
    lua_rawseti(L, -3, i);
    freeReplyObject(b->r);
    b->r = NULL;
  }
  r->broken = 0;
  lua_pop(L, 1);
  return 1;
}

static int l_timeout(lua_State *L) {
  lredis *r = check_open(L);
  lua_Number ms = luaL_checknumber(L, 2);
  if (!(ms >= 1 && ms <= 86400000))
    return luaL_error(L, "kiln.redis: timeout must be 1..86400000 ms, got %f", (double)ms);
  if (redisSetTimeout(r->c, tv_of((long)ms)) != REDIS_OK) return transport_error(L, r, "timeout");
  return 0;
}

/* kiln.redis(where, opts) */
static int l_redis(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  long ms = 2000;
  if (!lua_isnoneornil(L, 2)) {
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_getfield(L, 2, "timeout_ms");
    if (!lua_isnil(L, -1)) {
      lua_Number v = lua_tonumber(L, -1);
      if (!lua_isnumber(L, -1) || !(v >= 1 && v <= 86400000))
        return luaL_error(L, "kiln.redis: timeout_ms must be a number from 1 to 86400000");
      ms = (long)v;
    }
    lua_pop(L, 1);
  }
  lua_getfield(L, 1, "path");
  const char *path = lua_tostring(L, -1);
  lua_getfield(L, 1, "host");
  const char *host = lua_tostring(L, -1);
  lua_getfield(L, 1, "port");
  lua_Number port = lua_isnil(L, -1) ? 6379 : lua_tonumber(L, -1);
  if (!path && !host) return luaL_error(L, "kiln.redis: give host (and port) or path");
  if (!path && !(port >= 1 && port <= 65535 && port == (int)port))
    return luaL_error(L, "kiln.redis: port must be an integer from 1 to 65535");

  /* The handle exists (closed) before anything can fail. */
  lredis *r = lua_newuserdata(L, sizeof *r);
  r->c = NULL;
  r->broken = 0;
  if (path) snprintf(r->where, sizeof r->where, "unix:%s", path);
  else snprintf(r->where, sizeof r->where, "%s:%d", host, (int)port);
  luaL_getmetatable(L, KILN_REDIS_MT);
  lua_setmetatable(L, -2);

  struct timeval tv = tv_of(ms);
  r->c = path ? redisConnectUnixWithTimeout(path, tv) : redisConnectWithTimeout(host, (int)port, tv);
  if (!r->c) return luaL_error(L, "kiln.redis: %s: cannot connect: out of memory", r->where);
  if (r->c->err) {
    lua_pushfstring(L, "kiln.redis: %s: cannot connect: %s", r->where, r->c->errstr);
    shut(r);
    return lua_error(L);
  }
  if (redisSetTimeout(r->c, tv) != REDIS_OK) {
    lua_pushfstring(L, "kiln.redis: %s: cannot set the timeout: %s", r->where, r->c->errstr);
    shut(r);
    return lua_error(L);
  }
  if (!path) redisEnableKeepAlive(r->c);
  return 1;
}

static const luaL_Reg redis_meta[] = {
  { "__gc", l_gc },
  { "__tostring", l_tostring },
  { NULL, NULL },
};

static const luaL_Reg redis_methods[] = {
  { "call", l_call },
  { "pipeline", l_pipeline },
  { "timeout", l_timeout },
  { "close", l_close },
  { NULL, NULL },
};

int kiln__lredis_open(lua_State *L) {
  if (luaL_newmetatable(L, KILN_REDIS_REPLY_MT)) {
    lua_pushcfunction(L, box_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, KILN_REDIS_MT)) {
    luaL_register(L, NULL, redis_meta);
    lua_newtable(L);
    luaL_register(L, NULL, redis_methods);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  lua_pushcfunction(L, l_redis);
  return 1;
}
