/* The practical limit for the throughput benchmark: a minimal C thread pool
 * that calls the same Lua functions (tests/bench/items.lua) on per-thread
 * LuaJIT states and hands results to the main thread, which runs an apply
 * in its own state. No keys, no de-dup, no sessions: nothing but the work
 * and the hand-offs. Medium items are zero-copy: C allocates the tile, Lua
 * fills it, main receives the pointer.
 *
 * usage: cpool trivial|medium N WORKERS  -> prints "items_per_s <x>" */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct res { struct res *next; int i; double num; void *tile; } res;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t done_cv = PTHREAD_COND_INITIALIZER;
static int next_item, total, medium;
static res *done_head;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static lua_State *state_with_items(void) {
  lua_State *L = luaL_newstate();
  luaL_openlibs(L);
  if (luaL_dostring(L, "items = require 'tests.bench.items'")) {
    fprintf(stderr, "cpool: %s\n", lua_tostring(L, -1));
    exit(1);
  }
  return L;
}

static void *worker(void *arg) {
  (void)arg;
  lua_State *L = state_with_items();
  lua_getglobal(L, "items");
  lua_getfield(L, -1, medium ? "fill" : "trivial");
  int fn = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pop(L, 1);
  for (;;) {
    pthread_mutex_lock(&mu);
    int i = next_item < total ? next_item++ : -1;
    pthread_mutex_unlock(&mu);
    if (i < 0) break;
    res *r = malloc(sizeof *r);
    r->i = i;
    r->tile = NULL;
    lua_rawgeti(L, LUA_REGISTRYINDEX, fn);
    if (medium) {
      r->tile = malloc(64 * 64 * 4);
      lua_pushlightuserdata(L, r->tile);
      lua_pushinteger(L, i);
      lua_call(L, 2, 0);
    } else {
      lua_pushinteger(L, i);
      lua_call(L, 1, 1);
      r->num = lua_tonumber(L, -1);
      lua_pop(L, 1);
    }
    pthread_mutex_lock(&mu);
    r->next = done_head;
    done_head = r;
    pthread_cond_signal(&done_cv);
    pthread_mutex_unlock(&mu);
  }
  lua_close(L);
  return NULL;
}

int main(int argc, char **argv) {
  if (argc < 4) { fprintf(stderr, "usage: cpool trivial|medium N WORKERS\n"); return 2; }
  medium = strcmp(argv[1], "medium") == 0;
  total = atoi(argv[2]);
  int nw = atoi(argv[3]);
  lua_State *M = luaL_newstate();
  luaL_openlibs(M);
  /* The apply: the same shape of work as the kiln benchmark's apply. */
  if (luaL_dostring(M, "local ffi = require 'ffi' sum = 0 "
                       "function apply_num(v) sum = sum + v end "
                       "function apply_tile(p) sum = sum + ffi.cast('uint8_t*', p)[4] end")) {
    fprintf(stderr, "cpool: %s\n", lua_tostring(M, -1));
    return 1;
  }
  lua_getglobal(M, medium ? "apply_tile" : "apply_num");
  int apply = luaL_ref(M, LUA_REGISTRYINDEX);
  double t0 = now();
  pthread_t th[64];
  for (int i = 0; i < nw; i++) pthread_create(&th[i], NULL, worker, NULL);
  int got = 0;
  while (got < total) {
    pthread_mutex_lock(&mu);
    while (!done_head) pthread_cond_wait(&done_cv, &mu);
    res *list = done_head;
    done_head = NULL;
    pthread_mutex_unlock(&mu);
    while (list) {
      res *r = list;
      list = r->next;
      lua_rawgeti(M, LUA_REGISTRYINDEX, apply);
      if (medium) lua_pushlightuserdata(M, r->tile);
      else lua_pushnumber(M, r->num);
      lua_call(M, 1, 0);
      free(r->tile);
      free(r);
      got++;
    }
  }
  double t1 = now();
  for (int i = 0; i < nw; i++) pthread_join(th[i], NULL);
  printf("items_per_s %.0f\n", total / (t1 - t0));
  lua_close(M);
  return 0;
}
