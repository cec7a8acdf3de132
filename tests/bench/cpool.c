/* The practical limit for the throughput benchmark: a minimal C thread pool
 * in the shape of libuv's threadpool (src/threadpool.c): the main thread
 * submits items one at a time to a mutex-protected FIFO and signals an idle
 * worker; workers call the same Lua functions as kiln (tests/bench/items.lua)
 * on per-thread LuaJIT states and hand results back on a done list; the
 * main thread swaps that list out under the lock and runs an apply in its
 * own state. No keys, no de-dup, no sessions, no stats: nothing but the
 * work and the hand-offs. Medium items are zero-copy: C allocates the tile,
 * Lua fills it, main receives the pointer.
 *
 * usage: cpool trivial|medium N WORKERS [recycle] -> prints "items_per_s <x>"
 * and "faults_per_1k <x>": the process's page faults (getrusage, minor +
 * major, every thread) per 1,000 items over the timed part only. */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

typedef struct job { struct job *next; int i; double num; void *tile; } job;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t work_cv = PTHREAD_COND_INITIALIZER, done_cv = PTHREAD_COND_INITIALIZER;
static job *q_head, *q_tail, *done_head;
static int idle_threads, stopping, medium, recycle;

/* With recycle on, tiles go back on a free list instead of to free(): the
 * same trick kiln's buffer memory plays (runtime/mem.c). */
static pthread_mutex_t tiles_mu = PTHREAD_MUTEX_INITIALIZER;
static void *tiles[65536];
static int ntiles;

static void *tile_new(void) {
  void *t = NULL;
  if (recycle) {
    pthread_mutex_lock(&tiles_mu);
    if (ntiles) t = tiles[--ntiles];
    pthread_mutex_unlock(&tiles_mu);
  }
  return t ? t : malloc(64 * 64 * 4);
}

static void tile_free(void *t) {
  if (recycle && t) {
    pthread_mutex_lock(&tiles_mu);
    if (ntiles < 65536) { tiles[ntiles++] = t; t = NULL; }
    pthread_mutex_unlock(&tiles_mu);
  }
  free(t);
}

static double clock_s(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long faults(void) { /* RUSAGE_SELF: all of the process's threads */
  struct rusage ru;
  if (getrusage(RUSAGE_SELF, &ru) != 0) return 0;
  return ru.ru_minflt + ru.ru_majflt;
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
  pthread_mutex_lock(&mu);
  for (;;) {
    while (!q_head && !stopping) {
      idle_threads++;
      pthread_cond_wait(&work_cv, &mu);
      idle_threads--;
    }
    if (!q_head) break;
    job *j = q_head;
    q_head = j->next;
    if (!q_head) q_tail = NULL;
    pthread_mutex_unlock(&mu);
    lua_rawgeti(L, LUA_REGISTRYINDEX, fn);
    if (medium) {
      j->tile = tile_new();
      lua_pushlightuserdata(L, j->tile);
      lua_pushinteger(L, j->i);
      lua_call(L, 2, 0);
    } else {
      lua_pushinteger(L, j->i);
      lua_call(L, 1, 1);
      j->num = lua_tonumber(L, -1);
      lua_pop(L, 1);
    }
    pthread_mutex_lock(&mu);
    j->next = done_head;
    done_head = j;
    pthread_cond_signal(&done_cv);
  }
  pthread_mutex_unlock(&mu);
  lua_close(L);
  return NULL;
}

static int apply_done(lua_State *M, int apply, int wait) {
  pthread_mutex_lock(&mu);
  while (wait && !done_head) pthread_cond_wait(&done_cv, &mu);
  job *list = done_head;
  done_head = NULL;
  pthread_mutex_unlock(&mu);
  int n = 0;
  while (list) {
    job *j = list;
    list = j->next;
    lua_rawgeti(M, LUA_REGISTRYINDEX, apply);
    if (medium) lua_pushlightuserdata(M, j->tile);
    else lua_pushnumber(M, j->num);
    lua_call(M, 1, 0);
    tile_free(j->tile);
    free(j);
    n++;
  }
  return n;
}

static void submit(int i) {
  job *j = calloc(1, sizeof *j);
  j->i = i;
  pthread_mutex_lock(&mu);
  if (q_tail) q_tail->next = j;
  else q_head = j;
  q_tail = j;
  if (idle_threads > 0) pthread_cond_signal(&work_cv);
  pthread_mutex_unlock(&mu);
}

static void submit_and_apply(lua_State *M, int apply, int n, int first) {
  int got = 0;
  for (int i = first; i < first + n; i++) {
    submit(i);
    if (i % 256 == 0) got += apply_done(M, apply, 0);
  }
  while (got < n) got += apply_done(M, apply, 1);
}

int main(int argc, char **argv) {
  if (argc < 4) { fprintf(stderr, "usage: cpool trivial|medium N WORKERS [recycle]\n"); return 2; }
  medium = strcmp(argv[1], "medium") == 0;
  recycle = argc > 4 && strcmp(argv[4], "recycle") == 0;
  int total = atoi(argv[2]), nw = atoi(argv[3]);
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
  pthread_t th[64];
  for (int i = 0; i < nw; i++) pthread_create(&th[i], NULL, worker, NULL);
  /* Warm-up, untimed, as for kiln (tests/bench/throughput.lua): three bursts
   * shaped like the timed part, so the job and tile memory has grown to the
   * depth the timed part reaches and the page faults counted below are the
   * steady state's. */
  int got = 0, warm = total > 2000 ? total : 2000;
  for (int pass = 0; pass < 3; pass++) submit_and_apply(M, apply, warm, 1 + pass * warm);
  long f0 = faults();
  double t0 = clock_s(CLOCK_MONOTONIC);
  double c0 = clock_s(CLOCK_PROCESS_CPUTIME_ID), m0 = clock_s(CLOCK_THREAD_CPUTIME_ID);
  for (int i = 1; i <= total; i++) {
    submit(i);
    if (i % 256 == 0) got += apply_done(M, apply, 0); /* like kiln's pump */
  }
  while (got < total) got += apply_done(M, apply, 1);
  double t1 = clock_s(CLOCK_MONOTONIC);
  double c1 = clock_s(CLOCK_PROCESS_CPUTIME_ID), m1 = clock_s(CLOCK_THREAD_CPUTIME_ID);
  long f1 = faults();
  pthread_mutex_lock(&mu);
  stopping = 1;
  pthread_cond_broadcast(&work_cv);
  pthread_mutex_unlock(&mu);
  for (int i = 0; i < nw; i++) pthread_join(th[i], NULL);
  printf("items_per_s %.0f\n", total / (t1 - t0));
  printf("faults_per_1k %.2f\n", (double)(f1 - f0) * 1000.0 / total);
  printf("cpu_us_per_item %.3f\n", (c1 - c0) * 1e6 / total);
  printf("main_us_per_item %.3f\n", (m1 - m0) * 1e6 / total);
  lua_close(M);
  return 0;
}
