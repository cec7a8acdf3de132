/* Worker Lua states: one per worker thread, plus a lazily built "guarded"
 * state for types with timeout_ms (JIT off, a count hook checks the
 * deadline: LuaJIT cannot interrupt compiled loops). */
#include "lkiln_rt.h"

#include <stdio.h>

#include <lauxlib.h>
#include <luajit.h>
#include <lualib.h>
#include <xxhash.h>

#include "lkiln_alloc.h"
#include "mem.h"
#include "scheduler.h"
#include "stats.h"
#include "window.h"

/* ---------------------------------------------------------- worker states */

#define DEADLINE_COUNT 1000 /* instructions between deadline checks */

/* Count hook of guarded states: fails compute once the deadline passed.
 * Past it, the hook fires on every instruction and raises again each time
 * until the item ends: a script's own pcall cannot swallow the timeout,
 * since the instruction after that pcall raises once more. */
static void deadline_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  struct kiln_lworker *w = kiln__ltl_worker;
  if (!w || !w->deadline_ns || kiln_now_ns() < w->deadline_ns) return;
  if (!w->expired) {
    w->expired = 1;
    lua_sethook(L, deadline_hook, LUA_MASKCOUNT, 1);
  }
  /* luaL_error would add a position from the hook's frame: say it plainly. */
  lua_pushfstring(L, "timed out after %d ms", (int)w->deadline_ms);
  lua_error(L);
}

static void deadline_set(struct kiln_lworker *w, double ms) {
  w->deadline_ms = ms;
  w->deadline_ns = kiln_now_ns() + (uint64_t)(ms * 1e6);
}

static void deadline_clear(struct kiln_lworker *w) {
  w->deadline_ns = 0;
  if (w->expired && w->Lg) lua_sethook(w->Lg, deadline_hook, LUA_MASKCOUNT, DEADLINE_COUNT);
  w->expired = 0;
}

/* FFI: whether the running item's deadline passed (its compute failed with
 * a timeout, whatever the script made of the error). */
static int deadline_expired(struct kiln_lworker *w) { return w->expired; }

static int worker_index(struct kiln_lworker *w) { return w->index + 1; }

/* Builds a worker Lua state: libraries, the kiln module in worker mode, and
 * the runner function (left in the registry as *ref). */
static lua_State *worker_state(struct kiln_lworker *w, int guarded, int *ref, char *msg) {
  lua_State *L = kiln_lua_newstate(guarded);
  if (!L) { kiln_errf(msg, KILN_NOMEM, "could not create a Lua state"); return NULL; }
  if (kiln_lalloc_attach(L, &w->rt->lalloc) != 0) {
    lua_close(L);
    kiln_errf(msg, KILN_NOMEM, "could not create a Lua state");
    return NULL;
  }
  /* require("kiln")._worker_setup(api, rt, worker, guarded) returns the
   * worker loop (the runner of one item in a guarded state). */
  lua_getglobal(L, "require");
  lua_pushliteral(L, "kiln");
  if (lua_pcall(L, 1, 1, 0) != 0) goto fail;
  lua_getfield(L, -1, "_worker_setup");
  lua_pushlightuserdata(L, (void *)kiln__lapi());
  lua_pushlightuserdata(L, w->rt);
  lua_pushlightuserdata(L, w);
  lua_pushboolean(L, guarded);
  if (lua_pcall(L, 4, 1, 0) != 0) goto fail;
  *ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pop(L, 1);
  if (guarded) lua_sethook(L, deadline_hook, LUA_MASKCOUNT, DEADLINE_COUNT);
  return L;
fail:
  kiln_errf(msg, KILN_LUA, "%s", lua_tostring(L, -1));
  kiln_lalloc_close(L);
  return NULL;
}

int kiln__lworker_init(void *ud, int index, void **wdata, char *msg) {
  struct kiln_rt *rt = ud;
  struct kiln_lworker *w = calloc(1, sizeof *w);
  if (!w) return kiln_errf(msg, KILN_NOMEM, "out of memory");
  w->rt = rt;
  w->index = index;
  char tname[32];
  snprintf(tname, sizeof tname, "worker %d", index + 1);
  w->track = kiln_trace_track_new(rt->trace, tname, NULL);
  if (w->track < 0) w->track = KILN_TRACE_TRACK_GLOBAL;
  kiln__ltl_worker = w;
  w->L = worker_state(w, 0, &w->loop_ref, msg);
  if (!w->L) { free(w); return KILN_LUA; }
  *wdata = w;
  return KILN_OK;
}

void kiln__lworker_fini(void *ud, void *wdata) {
  struct kiln_lworker *w = wdata;
  if (!w) return;
  kiln_lalloc_close(w->L);
  kiln_lalloc_close(w->Lg);
  kiln__ltl_worker = NULL;
  free(w);
}

/* The worker thread's whole life in its Lua state: kiln._worker_loop steps
 * the scheduler through the FFI, so the loop is Lua code LuaJIT can compile
 * (a runner called from C per item could never be: traces cannot return
 * to a C frame). An error escaping the loop is kiln failing (out of
 * memory): the item it held fails and the loop starts again. */
void kiln__lworker_loop(void *ud, void *wdata, kiln_sched_worker *h) {
  struct kiln_rt *rt = ud;
  struct kiln_lworker *w = wdata;
  w->handle = h;
  kiln__ltl_worker = w;
  for (;;) {
    lua_rawgeti(w->L, LUA_REGISTRYINDEX, w->loop_ref);
    if (lua_pcall(w->L, 0, 0, 0) == 0) return;
    const char *m = lua_tostring(w->L, -1);
    kiln__lrecord_error(rt, "", "", 0, kiln_sched_session(rt->sched), KILN_STAGE_COMPUTE,
                 m ? m : "worker loop failed", "");
    for (int i = 0; i < w->nheld; i++) {
      if (kiln_item_status(w->held[i]) == KILN_ITEM_PENDING)
        kiln__litem_fail(rt, w->held[i], KILN_STAGE_COMPUTE, m ? m : "worker loop failed", "");
      w->orphans[w->norphans++] = w->held[i];
    }
    w->nheld = 0;
    lua_pop(w->L, 1);
  }
}

/* FFI, worker: gives the unstarted tail of the batch it holds back to the
 * scheduler (another worker may take those items at once). */
static void a_worker_return(struct kiln_lworker *w, void **items, int n) {
  if (n <= 0 || n > w->nheld) return;
  kiln_sched_worker_return(w->handle, (kiln_item **)items, n);
  w->nheld -= n; /* they are the tail of held[]: a loop failure must not complete them */
}

/* FFI, worker: the item starts its stages now (see kiln_sched_item_begin);
 * 0: it must not run (canceled or stale, its status says which). */
static int a_item_begin(struct kiln_lworker *w, void *item) {
  return kiln_sched_item_begin(w->handle, item);
}

/* FFI, worker: hands a finished item of the batch to the render thread now
 * rather than with the whole batch; it leaves held[] (a loop failure must
 * not complete it again). */
static void a_worker_publish(struct kiln_lworker *w, void *item) {
  for (int i = 0; i < w->nheld; i++) {
    if (w->held[i] != item) continue;
    memmove(&w->held[i], &w->held[i + 1], (size_t)(w->nheld - i - 1) * sizeof w->held[0]);
    w->nheld--;
    kiln_sched_worker_publish(w->handle, item);
    return;
  }
}

/* FFI, worker: completes done[0..ndone), fills out[] with the next batch
 * (blocking until there is one). */
static int a_worker_batch(struct kiln_lworker *w, void **done, int ndone, void **out, int max,
                          int *control) {
  kiln_item *d[2 * KILN_BATCH_MAX];
  int nd = 0;
  for (int i = 0; i < ndone && i < KILN_BATCH_MAX; i++) d[nd++] = done[i];
  for (int i = 0; i < w->norphans; i++) d[nd++] = w->orphans[i];
  w->norphans = 0;
  w->nheld = 0;
  w->deadline_ns = 0;
  if (max > KILN_BATCH_MAX) max = KILN_BATCH_MAX;
  int n = kiln_sched_worker_batch(w->handle, d, nd, (kiln_item **)out, max, control);
  for (int i = 0; i < n; i++) w->held[i] = out[i];
  w->nheld = n;
  return n;
}

/* FFI, worker: builds or updates the guarded state (a separate Lua VM, so
 * driving it from inside this FFI call is allowed). */
static void a_worker_guarded(struct kiln_lworker *w) {
  struct kiln_rt *rt = w->rt;
  pthread_mutex_lock(&rt->lock);
  int want = rt->any_timeout;
  pthread_mutex_unlock(&rt->lock);
  if (want && !w->Lg) {
    char msg[KILN_ERRMSG_MAX];
    w->Lg = worker_state(w, 1, &w->run_ref_g, msg);
    if (!w->Lg)
      kiln__lrecord_error(rt, "", "", 0, kiln_sched_session(rt->sched), KILN_STAGE_LOAD, msg, "");
  }
  if (!w->Lg) return;
  /* The guarded state loads its new scripts with the same Lua code. */
  lua_getglobal(w->Lg, "require");
  lua_pushliteral(w->Lg, "kiln");
  lua_call(w->Lg, 1, 1);
  lua_getfield(w->Lg, -1, "_worker_sync");
  lua_remove(w->Lg, -2);
  if (lua_pcall(w->Lg, 0, 0, 0) != 0) {
    kiln__lrecord_error(rt, "", "", 0, kiln_sched_session(rt->sched), KILN_STAGE_LOAD,
                 lua_tostring(w->Lg, -1), "");
    lua_pop(w->Lg, 1);
  }
}

/* FFI, worker: runs a type with timeout_ms in the guarded state. */
static void a_run_guarded(struct kiln_lworker *w, void *item) {
  lua_State *L = w->Lg;
  if (!L) {
    kiln__litem_fail(w->rt, item, KILN_STAGE_COMPUTE, "the guarded state for timeout_ms could not be built", "");
    return;
  }
  lua_rawgeti(L, LUA_REGISTRYINDEX, w->run_ref_g);
  lua_pushlightuserdata(L, item);
  if (lua_pcall(L, 1, 0, 0) != 0) {
    kiln__litem_fail(w->rt, item, KILN_STAGE_COMPUTE, lua_tostring(L, -1), "");
    lua_pop(L, 1);
  }
  deadline_clear(w);
}


void kiln__lworker_api(kiln_api *a) {
  a->deadline_expired = deadline_expired;
  a->worker_return = a_worker_return;
  a->item_begin = a_item_begin;
  a->worker_publish = a_worker_publish;
  a->deadline_set = deadline_set;
  a->deadline_clear = deadline_clear;
  a->worker_index = worker_index;
  a->worker_batch = a_worker_batch;
  a->worker_guarded = a_worker_guarded;
  a->run_guarded = a_run_guarded;
}
