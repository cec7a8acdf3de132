/* The `kiln` Lua module: runtimes, worker Lua states, buffers and payloads.
 *
 * Each runtime owns a scheduler (runtime/scheduler.c) and one Lua state per
 * worker, created on the worker's own thread. A worker also gets a second,
 * "guarded" state, lazily, for types that declare timeout_ms: LuaJIT cannot
 * interrupt JIT-compiled loops (hooks only run in the interpreter), so that
 * state runs with the JIT off and a count hook that checks the deadline.
 *
 * Locks: rt->lock guards the type table, the script list and the error
 * ring; it is a leaf and is never held while Lua runs. */
#include "lkiln.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <luajit.h>
#include <lualib.h>
#include <xxhash.h>

#include "disk.h"
#include "gpu.h"
#include "kiln_lua.h"
#include "mem.h"
#include "scheduler.h"
#include "stats.h"
#include "trace.h"
#include "window.h"

#define KILN_RT_MT "kiln.runtime"
#define KILN_ERRORS_KEPT 64
#define KILN_BATCH_MAX 8

typedef struct kiln_script {
  char *path;
  char *src;
  size_t len;
} kiln_script;

_Static_assert(KILN_DISK_MISS__COUNT == 13, "kiln_diskstats.read_misses size");

typedef struct kiln_ltype {
  char *name;
  uint32_t version;
  uint64_t script_hash;
  int timeout_ms;
  int has_output, has_apply;
} kiln_ltype;

typedef struct kiln_errrec {
  char *type, *key, *message, *traceback;
  size_t key_len;
  uint64_t session;
  int stage;
} kiln_errrec;

struct kiln_lworker {
  struct kiln_rt *rt;
  int index;
  lua_State *L;        /* JIT state */
  lua_State *Lg;       /* guarded state (interpreter + deadline hook), lazily */
  int loop_ref, run_ref_g;  /* kiln._worker_loop in L, the runner in Lg */
  kiln_sched_worker *handle;
  kiln_item *held[KILN_BATCH_MAX];    /* the batch the Lua loop holds */
  int nheld;
  kiln_item *orphans[KILN_BATCH_MAX]; /* held when the loop failed: completed next batch */
  int norphans;
  uint64_t deadline_ns;     /* 0: none; read by the hook on this thread */
  int track;                /* trace track "worker N" */
  double deadline_ms;
};

struct kiln_rt {
  kiln_sched *sched;
  pthread_mutex_t lock;
  kiln_ltype *types;
  int ntypes, captypes;
  int any_timeout;
  kiln_script **scripts;
  int nscripts, capscripts;
  kiln_errrec errors[KILN_ERRORS_KEPT];
  int err_next;
  uint64_t err_total;
  int nworkers;
  int closed;
  kiln_gpu *gpu;               /* staging ring + textures; NULL backend until attach */
  kiln_disk *disk;             /* opened by the first type with outputs.disk */
  kiln_disk_config disk_cfg;
  kiln_disk_stats disk_final;  /* the cache's counters when close freed it */
  int disk_final_valid;
  char *cache_dir;
  uint64_t cache_hits;         /* items served from the cache (under lock) */
  kiln_errpl *late_head, *late_tail; /* disk failures for on_error, under lock */
  kiln_trace *trace;           /* off until rt:trace_start / KILN_TRACE */
  int track_render, track_disk;
  uint64_t gpu_default_bytes;  /* reservation of a gpu type without gpu_bytes */
  int no_gpu;                  /* gpu_backend "none": uploads are skipped */
};

static const kiln_api kiln__api;

/* ---------------------------------------------------------------- helpers */

static char *dupn(const char *s, size_t n) {
  char *d = malloc(n + 1);
  if (!d) return NULL;
  if (n) memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

static char *dups(const char *s) { return dupn(s ? s : "", s ? strlen(s) : 0); }

/* ---------------------------------------------------------------- buffers */

/* Buffer bytes come from kiln_mem (runtime/mem.h): 64-byte aligned for FFI
 * pixel loops and memcpy, and recycled, so a tile freed after apply is the
 * next compute's tile without a trip through malloc and page faults. The
 * kiln_buf structs themselves are GC-owned cdata (bindings/kiln.lua). */
static uint8_t *mem_alloc(size_t n) { return kiln_mem_alloc(n); }

static void mem_stats(kiln_memstats *out) {
  kiln_mem_stats m;
  kiln_mem_stats_get(&m);
  out->cached_bytes = m.cached_bytes;
  out->limit = m.limit;
  out->reused = m.reused;
  out->fresh = m.fresh;
}

static void mem_set_limit(double bytes) { kiln_mem_set_limit((size_t)bytes); }

/* ---------------------------------------------------------------- payloads */

typedef struct payload_one { kiln_payload p; kiln_pbuf slot; } payload_one;

static kiln_payload *payload_new(int kind, double num, const void *data, size_t len, int nbufs) {
  kiln_payload *p = calloc(1, sizeof(payload_one));
  if (!p) return NULL;
  p->kind = kind;
  p->num = num;
  if (len) {
    p->data = malloc(len);
    if (!p->data) { free(p); return NULL; }
    memcpy(p->data, data, len);
    p->len = len;
  }
  if (nbufs == 1) { /* the common case, a single tile: its slot is inline */
    p->bufs = &((payload_one *)p)->slot;
    p->nbufs = 1;
  } else if (nbufs > 1) {
    p->bufs = calloc((size_t)nbufs, sizeof *p->bufs);
    if (!p->bufs) { free(p->data); free(p); return NULL; }
    p->nbufs = nbufs;
  }
  return p;
}

/* Moves b's bytes into slot i; b is left empty and marked moved. A buffer
 * moved earlier travels as a moved buffer. */
static int payload_move_buf(kiln_payload *p, int i, kiln_buf *b) {
  if (i < 0 || i >= p->nbufs) return -1;
  if (b->flags & KILN_BUF_MOVED) {
    p->bufs[i].moved = 1;
    return 0;
  }
  p->bufs[i].data = b->data;
  p->bufs[i].size = b->size;
  b->data = NULL;
  b->size = 0;
  b->flags |= KILN_BUF_MOVED;
  return 0;
}

typedef struct late_err {
  kiln_errpl e;              /* first: freed through the errpl pointer */
  struct late_err *next;
} late_err;

static void errpl_free(kiln_errpl *e) {
  free(e->type);
  free(e->key);
  free(e->message);
  free(e->traceback);
  free(e);
}

static void payload_free(kiln_payload *p) {
  if (!p || KILN_PL_INLINE(p)) return;
  if (p->kind == KILN_PL_ERROR) { errpl_free((kiln_errpl *)p); return; }
  for (int i = 0; i < p->nbufs; i++) kiln_mem_free(p->bufs[i].data);
  if (p->bufs != &((payload_one *)p)->slot) free(p->bufs);
  free(p->data);
  free(p);
}

static void sched_payload_free(void *ud, void *p) { payload_free(p); }

/* ----------------------------------------------------------------- errors */

static void errrec_clear(kiln_errrec *r) {
  free(r->type);
  free(r->key);
  free(r->message);
  free(r->traceback);
  memset(r, 0, sizeof *r);
}

/* Any thread. Copies the strings first, then swaps them in under the lock. */
static void record_error(struct kiln_rt *rt, const char *type, const char *key, size_t klen,
                         uint64_t session, int stage, const char *msg, const char *tb) {
  kiln_errrec r = { dups(type), dupn(key ? key : "", key ? klen : 0), dups(msg), dups(tb), klen,
                    session, stage };
  kiln_errrec old;
  pthread_mutex_lock(&rt->lock);
  old = rt->errors[rt->err_next];
  rt->errors[rt->err_next] = r;
  rt->err_next = (rt->err_next + 1) % KILN_ERRORS_KEPT;
  rt->err_total++;
  pthread_mutex_unlock(&rt->lock);
  errrec_clear(&old);
}

/* Copies type id's name into buf (types may be re-registered meanwhile). */
static void type_name_copy(struct kiln_rt *rt, uint32_t id, char *buf, size_t n) {
  pthread_mutex_lock(&rt->lock);
  snprintf(buf, n, "%s", id < (uint32_t)rt->ntypes ? rt->types[id].name : "?");
  pthread_mutex_unlock(&rt->lock);
}

static _Thread_local struct kiln_lworker *tl_worker;

/* The trace track of the calling thread: its worker's, else the render's. */
static int my_track(struct kiln_rt *rt) {
  return tl_worker && tl_worker->rt == rt ? tl_worker->track : rt->track_render;
}

static void item_fail(struct kiln_rt *rt, void *item, int stage, const char *msg, const char *tb) {
  kiln_errpl *e = calloc(1, sizeof *e);
  size_t klen;
  const char *key = kiln_item_key(item, &klen);
  char tname[128];
  type_name_copy(rt, kiln_item_type(item), tname, sizeof tname);
  record_error(rt, tname, key, klen, kiln_item_session(item), stage, msg, tb);
  if (kiln_trace_on(rt->trace)) {
    kiln_trace_args a = { tname, key, klen, kiln_item_session(item) };
    kiln_trace_instant(rt->trace, my_track(rt), "failure", kiln_stage_name(stage),
                       KILN_TRACE_SCOPE_THREAD, &a, msg);
  }
  if (!e) { kiln_item_set_status(item, KILN_ITEM_FAILED); return; }
  e->kind = KILN_PL_ERROR;
  e->stage = stage;
  e->session = kiln_item_session(item);
  e->type = dups(tname);
  e->key = dupn(key, klen);
  e->key_len = klen;
  e->message = dups(msg);
  e->traceback = dups(tb);
  kiln_item_set_error(item, stage, e);
}

/* ----------------------------------------------------------------- types */

static int type_register(struct kiln_rt *rt, const char *name, uint32_t version,
                         uint64_t script_hash, int timeout_ms, int has_output, int has_apply,
                         char *msg) {
  char *nm = dups(name);
  if (!nm) return kiln_errf(msg, KILN_NOMEM, "out of memory");
  pthread_mutex_lock(&rt->lock);
  int id = -1;
  for (int i = 0; i < rt->ntypes; i++)
    if (strcmp(rt->types[i].name, name) == 0) { id = i; break; }
  if (id < 0) {
    if (rt->ntypes == rt->captypes) {
      int ncap = rt->captypes ? rt->captypes * 2 : 16;
      kiln_ltype *nt = realloc(rt->types, (size_t)ncap * sizeof *nt);
      if (!nt) {
        pthread_mutex_unlock(&rt->lock);
        free(nm);
        return kiln_errf(msg, KILN_NOMEM, "out of memory");
      }
      rt->types = nt;
      rt->captypes = ncap;
    }
    id = rt->ntypes++;
    rt->types[id].name = nm;
    nm = NULL;
  }
  kiln_ltype *t = &rt->types[id];
  t->version = version;
  t->script_hash = script_hash;
  t->timeout_ms = timeout_ms;
  t->has_output = has_output;
  t->has_apply = has_apply;
  if (timeout_ms > 0) rt->any_timeout = 1;
  pthread_mutex_unlock(&rt->lock);
  free(nm);
  return id;
}

static int type_lookup(struct kiln_rt *rt, const char *name) {
  int id = -1;
  pthread_mutex_lock(&rt->lock);
  for (int i = 0; i < rt->ntypes; i++)
    if (strcmp(rt->types[i].name, name) == 0) { id = i; break; }
  pthread_mutex_unlock(&rt->lock);
  return id;
}

static int script_add(struct kiln_rt *rt, const char *path, const char *src, size_t len, char *msg) {
  kiln_script *s = calloc(1, sizeof *s);
  if (!s || !(s->path = dups(path)) || !(s->src = dupn(src, len))) {
    if (s) { free(s->path); free(s); }
    return kiln_errf(msg, KILN_NOMEM, "out of memory");
  }
  s->len = len;
  pthread_mutex_lock(&rt->lock);
  if (rt->nscripts == rt->capscripts) {
    int ncap = rt->capscripts ? rt->capscripts * 2 : 8;
    kiln_script **ns = realloc(rt->scripts, (size_t)ncap * sizeof *ns);
    if (!ns) {
      pthread_mutex_unlock(&rt->lock);
      free(s->path); free(s->src); free(s);
      return kiln_errf(msg, KILN_NOMEM, "out of memory");
    }
    rt->scripts = ns;
    rt->capscripts = ncap;
  }
  rt->scripts[rt->nscripts++] = s;
  pthread_mutex_unlock(&rt->lock);
  kiln_sched_broadcast(rt->sched);
  return KILN_OK;
}

/* ---------------------------------------------------------- worker states */

/* Count hook of guarded states: fails compute once the deadline passed. */
static void deadline_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  struct kiln_lworker *w = tl_worker;
  if (!w || !w->deadline_ns || kiln_now_ns() < w->deadline_ns) return;
  w->deadline_ns = 0;
  /* luaL_error would add a position from the hook's frame: say it plainly. */
  lua_pushfstring(L, "timed out after %d ms", (int)w->deadline_ms);
  lua_error(L);
}

static void deadline_set(struct kiln_lworker *w, double ms) {
  w->deadline_ms = ms;
  w->deadline_ns = kiln_now_ns() + (uint64_t)(ms * 1e6);
}

static void deadline_clear(struct kiln_lworker *w) { w->deadline_ns = 0; }

static int worker_index(struct kiln_lworker *w) { return w->index + 1; }

/* Builds a worker Lua state: libraries, the kiln module in worker mode, and
 * the runner function (left in the registry as *ref). */
static lua_State *worker_state(struct kiln_lworker *w, int guarded, int *ref, char *msg) {
  lua_State *L = luaL_newstate();
  if (!L) { kiln_errf(msg, KILN_NOMEM, "could not create a Lua state"); return NULL; }
  luaL_openlibs(L);
  /* After openlibs: opening the jit library turns the compiler on. */
  if (guarded) luaJIT_setmode(L, 0, LUAJIT_MODE_ENGINE | LUAJIT_MODE_OFF);
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "preload");
  lua_pushcfunction(L, luaopen_kiln);
  lua_setfield(L, -2, "kiln");
  lua_pop(L, 2);
  /* require("kiln")._worker_setup(api, rt, worker, guarded) returns the
   * worker loop (the runner of one item in a guarded state). */
  lua_getglobal(L, "require");
  lua_pushliteral(L, "kiln");
  if (lua_pcall(L, 1, 1, 0) != 0) goto fail;
  lua_getfield(L, -1, "_worker_setup");
  lua_pushlightuserdata(L, (void *)&kiln__api);
  lua_pushlightuserdata(L, w->rt);
  lua_pushlightuserdata(L, w);
  lua_pushboolean(L, guarded);
  if (lua_pcall(L, 4, 1, 0) != 0) goto fail;
  *ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pop(L, 1);
  if (guarded) lua_sethook(L, deadline_hook, LUA_MASKCOUNT, 1000);
  return L;
fail:
  kiln_errf(msg, KILN_LUA, "%s", lua_tostring(L, -1));
  lua_close(L);
  return NULL;
}

static int w_init(void *ud, int index, void **wdata, char *msg) {
  struct kiln_rt *rt = ud;
  struct kiln_lworker *w = calloc(1, sizeof *w);
  if (!w) return kiln_errf(msg, KILN_NOMEM, "out of memory");
  w->rt = rt;
  w->index = index;
  char tname[32];
  snprintf(tname, sizeof tname, "worker %d", index + 1);
  w->track = kiln_trace_track_new(rt->trace, tname, NULL);
  if (w->track < 0) w->track = KILN_TRACE_TRACK_GLOBAL;
  tl_worker = w;
  w->L = worker_state(w, 0, &w->loop_ref, msg);
  if (!w->L) { free(w); return KILN_LUA; }
  *wdata = w;
  return KILN_OK;
}

static void w_fini(void *ud, void *wdata) {
  struct kiln_lworker *w = wdata;
  if (!w) return;
  if (w->L) lua_close(w->L);
  if (w->Lg) lua_close(w->Lg);
  tl_worker = NULL;
  free(w);
}

/* The worker thread's whole life in its Lua state: kiln._worker_loop steps
 * the scheduler through the FFI, so the loop is Lua code LuaJIT can compile
 * (a runner called from C per item could never be: traces cannot return
 * to a C frame). An error escaping the loop is kiln failing (out of
 * memory): the item it held fails and the loop starts again. */
static void w_loop(void *ud, void *wdata, kiln_sched_worker *h) {
  struct kiln_rt *rt = ud;
  struct kiln_lworker *w = wdata;
  w->handle = h;
  tl_worker = w;
  for (;;) {
    lua_rawgeti(w->L, LUA_REGISTRYINDEX, w->loop_ref);
    if (lua_pcall(w->L, 0, 0, 0) == 0) return;
    const char *m = lua_tostring(w->L, -1);
    record_error(rt, "", "", 0, kiln_sched_session(rt->sched), KILN_STAGE_COMPUTE,
                 m ? m : "worker loop failed", "");
    for (int i = 0; i < w->nheld; i++) {
      if (kiln_item_status(w->held[i]) == KILN_ITEM_PENDING)
        item_fail(rt, w->held[i], KILN_STAGE_COMPUTE, m ? m : "worker loop failed", "");
      w->orphans[w->norphans++] = w->held[i];
    }
    w->nheld = 0;
    lua_pop(w->L, 1);
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

static int a_script_count(struct kiln_rt *rt) {
  pthread_mutex_lock(&rt->lock);
  int n = rt->nscripts;
  pthread_mutex_unlock(&rt->lock);
  return n;
}

/* Scripts are immutable once added: the pointers stay valid. */
static const char *a_script_get(struct kiln_rt *rt, int i, size_t *len, const char **path) {
  pthread_mutex_lock(&rt->lock);
  kiln_script *sc = i >= 0 && i < rt->nscripts ? rt->scripts[i] : NULL;
  pthread_mutex_unlock(&rt->lock);
  if (!sc) return NULL;
  *len = sc->len;
  *path = sc->path;
  return sc->src;
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
      record_error(rt, "", "", 0, kiln_sched_session(rt->sched), KILN_STAGE_LOAD, msg, "");
  }
  if (!w->Lg) return;
  /* The guarded state loads its new scripts with the same Lua code. */
  lua_getglobal(w->Lg, "require");
  lua_pushliteral(w->Lg, "kiln");
  lua_call(w->Lg, 1, 1);
  lua_getfield(w->Lg, -1, "_worker_sync");
  lua_remove(w->Lg, -2);
  if (lua_pcall(w->Lg, 0, 0, 0) != 0) {
    record_error(rt, "", "", 0, kiln_sched_session(rt->sched), KILN_STAGE_LOAD,
                 lua_tostring(w->Lg, -1), "");
    lua_pop(w->Lg, 1);
  }
}

/* FFI, worker: runs a type with timeout_ms in the guarded state. */
static void a_run_guarded(struct kiln_lworker *w, void *item) {
  lua_State *L = w->Lg;
  if (!L) {
    item_fail(w->rt, item, KILN_STAGE_COMPUTE, "the guarded state for timeout_ms could not be built", "");
    return;
  }
  lua_rawgeti(L, LUA_REGISTRYINDEX, w->run_ref_g);
  lua_pushlightuserdata(L, item);
  if (lua_pcall(L, 1, 0, 0) != 0) {
    item_fail(w->rt, item, KILN_STAGE_COMPUTE, lua_tostring(L, -1), "");
    lua_pop(L, 1);
  }
  w->deadline_ns = 0;
}

/* ---------------------------------------------------------------- the API */

static const char *a_item_key(void *it, size_t *len) { return kiln_item_key(it, len); }
static uint64_t a_item_session(void *it) { return kiln_item_session(it); }
static uint32_t a_item_type(void *it) { return kiln_item_type(it); }
static uint32_t a_item_flags(void *it) { return kiln_item_flags(it); }
static int a_item_status(void *it) { return kiln_item_status(it); }
static kiln_payload *a_item_args(void *it) { return kiln_item_args(it); }
static kiln_payload *a_item_result(void *it) { return kiln_item_result(it); }
static void a_item_set_result(void *it, kiln_payload *p) { kiln_item_set_result(it, p); }
static void a_item_set_stale(void *it) { kiln_item_set_status(it, KILN_ITEM_STALE); }
static kiln_errpl *a_item_error(void *it) { return kiln_item_error(it); }
static uint64_t a_session(struct kiln_rt *rt) { return kiln_sched_session(rt->sched); }
static uint64_t a_bump(struct kiln_rt *rt) {
  uint64_t s = kiln_sched_bump_session(rt->sched);
  if (kiln_trace_on(rt->trace)) {
    kiln_trace_args a = { NULL, NULL, 0, s };
    kiln_trace_instant(rt->trace, rt->track_render, "session bump", "session",
                       KILN_TRACE_SCOPE_GLOBAL, &a, NULL);
  }
  return s;
}

/* --------------------------------------------------------------- tracing */

static kiln_disk *rt_disk(struct kiln_rt *rt);

static int a_trace_on(struct kiln_rt *rt) { return kiln_trace_on(rt->trace); }

/* A span of a stage of item on the caller's track (w NULL: render). */
static void a_trace_span(struct kiln_rt *rt, struct kiln_lworker *w, const char *name,
                         uint64_t t0, uint64_t t1, void *item) {
  if (!kiln_trace_on(rt->trace)) return;
  char tname[128] = "";
  kiln_trace_args a = { tname, NULL, 0, 0 };
  if (item) {
    type_name_copy(rt, kiln_item_type(item), tname, sizeof tname);
    a.key = kiln_item_key(item, &a.key_len);
    a.session = kiln_item_session(item);
  }
  kiln_trace_span(rt->trace, w ? w->track : rt->track_render, name, "stage", t0, t1,
                  item ? &a : NULL);
}

/* Render thread, once per pump: queue depth, ring and disk backlog. */
static void a_trace_counters(struct kiln_rt *rt) {
  if (!kiln_trace_on(rt->trace)) return;
  kiln_sched_counts c;
  kiln_sched_counts_get(rt->sched, &c);
  kiln_trace_counter(rt->trace, rt->track_render, "queue depth", (int64_t)(c.queued + c.deferred));
  kiln_trace_counter(rt->trace, rt->track_render, "in flight", (int64_t)c.in_flight);
  if (rt->gpu) {
    kiln_gpu_stats g;
    kiln_gpu_stats_get(rt->gpu, &g);
    kiln_trace_counter(rt->trace, rt->track_render, "ring bytes in use", (int64_t)g.ring_used);
  }
  kiln_disk *d = rt_disk(rt);
  if (d) {
    kiln_disk_stats ds;
    kiln_disk_stats_get(d, &ds);
    kiln_trace_counter(rt->trace, rt->track_render, "pending disk bytes", (int64_t)ds.pending_bytes);
  }
}

static int a_trace_start(struct kiln_rt *rt, const char *path, char *msg) {
  return kiln_trace_start(rt->trace, path, msg);
}

static int a_trace_stop(struct kiln_rt *rt, char *msg) { return kiln_trace_stop(rt->trace, msg); }

static int a_enqueue(struct kiln_rt *rt, uint32_t type, const char *key, size_t klen, int prio,
                     uint32_t flags, uint64_t need_disk, uint64_t need_gpu, kiln_payload *args,
                     int *result, char *msg) {
  uint64_t need[KILN_POOL_COUNT] = { need_disk, need_gpu };
  return kiln_sched_enqueue(rt->sched, type, key, klen, prio, flags, need, args, result, msg);
}

static void *a_next_done(struct kiln_rt *rt) { return kiln_sched_next_done(rt->sched); }


/* Render thread: the next finished item and what pump needs of it, in one
 * FFI call rather than seven. */
static void *a_next_done_view(struct kiln_rt *rt, kiln_done_view *v) {
  kiln_item *it = kiln_sched_next_done(rt->sched);
  if (!it) return NULL;
  v->key = kiln_item_key(it, &v->key_len);
  v->session = kiln_item_session(it);
  v->gpu_seq = kiln_item_gpu_seq(it);
  v->result = kiln_item_result(it);
  v->status = kiln_item_status(it);
  v->type = kiln_item_type(it);
  return it;
}
static void a_unget_done(struct kiln_rt *rt, void *it) { kiln_sched_unget_done(rt->sched, it); }
static void a_finish(struct kiln_rt *rt, void *it) { kiln_sched_finish(rt->sched, it); }
static int a_wait(struct kiln_rt *rt, double t) { return kiln_sched_wait(rt->sched, t); }
static void a_observe(struct kiln_rt *rt, int stage, uint64_t ns) {
  kiln_sched_observe(rt->sched, stage, ns);
}
static uint64_t a_hash64(const void *d, size_t n) { return XXH3_64bits(d, n); }

static void a_counts(struct kiln_rt *rt, kiln_counts *out) {
  kiln_sched_counts c;
  kiln_sched_counts_get(rt->sched, &c);
  out->session = c.session;
  out->queued = c.queued;
  out->deferred = c.deferred;
  out->in_flight = c.in_flight;
  out->done_waiting = c.done_waiting;
  out->enqueued = c.enqueued;
  out->coalesced = c.coalesced;
  out->completed = c.completed;
  out->failed = c.failed;
  out->stale_dropped = c.stale_dropped;
  out->canceled = c.canceled;
  for (int p = 0; p < 2; p++) {
    out->pool_used[p] = c.pool_used[p];
    out->pool_capacity[p] = c.pool_capacity[p];
    out->pool_peak[p] = c.pool_peak[p];
  }
  out->parks = c.parks;
  out->wakeups = c.wakeups;
  out->workers = c.workers;
}

static void a_stage_summary(struct kiln_rt *rt, int stage, kiln_summary *out) {
  kiln_hist_summary s;
  kiln_sched_stage_summary(rt->sched, stage, &s);
  out->count = s.count;
  out->avg_ms = s.avg_ms;
  out->p50_ms = s.p50_ms;
  out->p99_ms = s.p99_ms;
  out->max_ms = s.max_ms;
}

static void a_count_failure(struct kiln_rt *rt) { kiln_sched_count_failure(rt->sched); }

/* Worker: ctx:stage_texture. Validation errors name the field. */
static int a_gpu_stage(struct kiln_rt *rt, void *item, const char *texture, const char *format,
                       int x, int y, int z, int w, int h, int d, int level, const void *data,
                       size_t len, char *msg) {
  if (rt->no_gpu || !rt->gpu) return KILN_CANCELED; /* no renderer: nothing to upload to */
  kiln_gpu_upload up = { 0 };
  up.texture = texture;
  up.format = kiln_gpu_format_from_name(format);
  if (up.format == KILN_GPU_FORMAT_NONE)
    return kiln_errf(msg, KILN_INVAL, "stage_texture: field 'format': unknown format '%s' "
                     "(r8, rg8, rgba8, r16f, rg16f, rgba16f, r32f, rg32f, rgba32f)", format);
  up.region.x = x;
  up.region.y = y;
  up.region.z = z;
  up.region.w = w;
  up.region.h = h;
  up.region.d = d;
  up.region.level = level;
  uint64_t seq = 0;
  int rc = kiln_gpu_stage(rt->gpu, &up, data, len, kiln_item_session(item), &seq, msg);
  if (rc == KILN_OK && seq > kiln_item_gpu_seq(item)) kiln_item_set_gpu_seq(item, seq);
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

static void gpu_released(void *ud, size_t bytes) {
  struct kiln_rt *rt = ud;
  kiln_sched_release(rt->sched, KILN_POOL_GPU, bytes);
}

/* Render thread: issue staged uploads within the budget. */
static int a_gpu_commit(struct kiln_rt *rt, size_t max_bytes, unsigned max_uploads,
                        kiln_upload_result *out) {
  kiln_gpu_budget b = { max_bytes, max_uploads };
  kiln_gpu_commit_result r;
  memset(out, 0, sizeof *out);
  if (!rt->gpu) return KILN_CLOSED;
  int rc = kiln_gpu_commit(rt->gpu, &b, kiln_sched_session(rt->sched), &r);
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

/* ------------------------------------------------------------------ disk */

/* Main thread, at rt:load of the first type with outputs.disk: opens the
 * cache (scans its index, removes crash leftovers, takes its lock). */
static int a_disk_open(struct kiln_rt *rt, char *msg) {
  if (rt->disk) return KILN_OK;
  kiln_disk *d;
  int rc = kiln_disk_new(&rt->disk_cfg, &d, msg);
  if (rc != KILN_OK) return rc;
  pthread_mutex_lock(&rt->lock);
  rt->disk = d;
  pthread_mutex_unlock(&rt->lock);
  return KILN_OK;
}

static kiln_disk *rt_disk(struct kiln_rt *rt) {
  pthread_mutex_lock(&rt->lock);
  kiln_disk *d = rt->disk;
  pthread_mutex_unlock(&rt->lock);
  return d;
}

/* Fills id for type tid; the name is copied into name (256 bytes). */
static int disk_id(struct kiln_rt *rt, uint32_t tid, const char *key, size_t klen,
                   kiln_disk_id *id, char *name) {
  pthread_mutex_lock(&rt->lock);
  int ok = tid < (uint32_t)rt->ntypes;
  if (ok) {
    snprintf(name, 256, "%s", rt->types[tid].name);
    id->version = rt->types[tid].version;
    id->script_hash = rt->types[tid].script_hash;
  }
  pthread_mutex_unlock(&rt->lock);
  id->type = name;
  id->type_len = strlen(name);
  id->key = key;
  id->key_len = klen;
  return ok;
}

typedef struct disk_job {
  struct kiln_rt *rt;
  uint64_t t0;               /* trace: submitted at */
  uint64_t tokens;
  uint64_t session;
  size_t key_len;
  char type[256];
  char key[];
} disk_job;

/* I/O thread: the write is durable (or failed for good). The disk token
 * comes back only now; a failure fails the item after the fact. */
static void disk_done(void *ud, int status, const char *msg) {
  disk_job *j = ud;
  struct kiln_rt *rt = j->rt;
  if (kiln_trace_on(rt->trace)) {
    kiln_trace_args a = { j->type, j->key, j->key_len, j->session };
    kiln_trace_span(rt->trace, rt->track_disk, status == KILN_OK ? "disk write" : "disk write failed",
                    "disk", j->t0, kiln_trace_clock_ns(), &a);
  }
  if (status != KILN_OK) {
    char m[KILN_ERRMSG_MAX];
    snprintf(m, sizeof m, "disk write failed: %s", msg ? msg : kiln_strerror(status));
    record_error(rt, j->type, j->key, j->key_len, j->session, KILN_STAGE_DISK, m, "");
    kiln_sched_count_failure(rt->sched);
    late_err *le = calloc(1, sizeof *le);
    if (le) {
      le->e.kind = KILN_PL_ERROR;
      le->e.stage = KILN_STAGE_DISK;
      le->e.session = j->session;
      le->e.type = dups(j->type);
      le->e.key = dupn(j->key, j->key_len);
      le->e.key_len = j->key_len;
      le->e.message = dups(m);
      le->e.traceback = dups("");
      pthread_mutex_lock(&rt->lock);
      if (rt->late_tail) ((late_err *)rt->late_tail)->next = le;
      else rt->late_head = &le->e;
      rt->late_tail = &le->e;
      pthread_mutex_unlock(&rt->lock);
    }
  }
  kiln_sched_release(rt->sched, KILN_POOL_DISK, j->tokens);
  free(j);
}

/* Main thread: the next disk failure to hand to on_error, or NULL. */
static kiln_errpl *a_late_error(struct kiln_rt *rt) {
  pthread_mutex_lock(&rt->lock);
  kiln_errpl *e = rt->late_head;
  if (e) {
    rt->late_head = (kiln_errpl *)((late_err *)e)->next;
    if (!rt->late_head) rt->late_tail = NULL;
  }
  pthread_mutex_unlock(&rt->lock);
  return e;
}

/* Worker, in output: queue the artifact write. data is taken over when
 * moved (a kiln.buffer's memory), else copied. */
static int a_disk_write(struct kiln_rt *rt, void *item, int kind, void *data, size_t len,
                        int moved, const void *meta, size_t meta_len, char *msg) {
  kiln_disk *d = rt_disk(rt);
  size_t klen;
  const char *key = kiln_item_key(item, &klen);
  disk_job *j = d ? calloc(1, sizeof *j + klen + 1) : NULL;
  if (!d || !j) {
    if (moved) kiln_mem_free(data);
    free(j);
    return kiln_errf(msg, d ? KILN_NOMEM : KILN_INVAL,
                     d ? "ctx:write_disk: out of memory" : "ctx:write_disk: no cache is open");
  }
  kiln_disk_id id;
  disk_id(rt, kiln_item_type(item), key, klen, &id, j->type);
  void *payload = moved ? data : NULL; /* a borrowed string is never handed on */
  if (!moved && len) {
    payload = kiln_mem_alloc(len);
    if (!payload) { free(j); return kiln_errf(msg, KILN_NOMEM, "ctx:write_disk: out of memory"); }
    memcpy(payload, data, len);
  }
  j->rt = rt;
  j->t0 = kiln_trace_now(rt->trace);
  j->session = kiln_item_session(item);
  j->key_len = klen;
  memcpy(j->key, key, klen);
  j->tokens = kiln_item_take_tokens(item, KILN_POOL_DISK);
  int rc = kiln_disk_write(d, &id, (uint8_t)kind, payload, len, kiln_mem_free, meta, meta_len,
                           disk_done, j, msg);
  if (rc != KILN_OK) {
    kiln_mem_free(payload);
    kiln_sched_release(rt->sched, KILN_POOL_DISK, j->tokens);
    free(j);
  }
  return rc;
}

static int a_disk_has(struct kiln_rt *rt, uint32_t tid, const char *key, size_t klen) {
  kiln_disk *d = rt_disk(rt);
  if (!d) return 0;
  kiln_disk_id id;
  char name[256];
  if (!disk_id(rt, tid, key, klen, &id, name)) return 0;
  return kiln_disk_has(d, &id);
}

static int a_disk_read(struct kiln_rt *rt, void *item, kiln_blob *out, char *msg) {
  kiln_disk *d = rt_disk(rt);
  memset(out, 0, sizeof *out);
  if (!d) return kiln_errf(msg, KILN_NOTFOUND, "no cache is open");
  size_t klen;
  const char *key = kiln_item_key(item, &klen);
  kiln_disk_id id;
  char name[256];
  disk_id(rt, kiln_item_type(item), key, klen, &id, name);
  return kiln_disk_read(d, &id, (kiln_disk_blob *)out, msg);
}

static void a_disk_blob_free(kiln_blob *b) { kiln_disk_blob_free((kiln_disk_blob *)b); }

static int a_disk_drain(struct kiln_rt *rt, double timeout_s, char *msg) {
  kiln_disk *d = rt_disk(rt);
  return d ? kiln_disk_drain(d, timeout_s, msg) : KILN_OK;
}

static void a_count_hit(struct kiln_rt *rt) {
  pthread_mutex_lock(&rt->lock);
  rt->cache_hits++;
  pthread_mutex_unlock(&rt->lock);
}

static void a_disk_stats(struct kiln_rt *rt, kiln_diskstats *o) {
  memset(o, 0, sizeof *o);
  kiln_disk *d = rt_disk(rt);
  pthread_mutex_lock(&rt->lock);
  o->cache_hits = rt->cache_hits;
  pthread_mutex_unlock(&rt->lock);
  kiln_disk_stats st;
  if (d) kiln_disk_stats_get(d, &st);
  else if (rt->disk_final_valid) st = rt->disk_final;
  else return;
  o->open = 1;
  o->writes_done = st.writes_done;
  o->write_failures = st.write_failures;
  o->writes_timedout = st.writes_timedout;
  o->writes_canceled = st.writes_canceled;
  o->raw_bytes = st.raw_bytes;
  o->stored_bytes = st.stored_bytes;
  o->retries = st.retries;
  o->pending_jobs = st.pending_jobs;
  o->pending_bytes = st.pending_bytes;
  o->read_hits = st.read_hits;
  for (int i = 0; i < KILN_DISK_MISS__COUNT; i++) o->read_misses[i] = st.read_misses[i];
  o->index_entries = st.index_entries;
  o->scan_entries = st.scan_entries;
  o->scan_skipped = st.scan_skipped;
  o->temps_removed = st.temps_removed;
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

static int a_close(struct kiln_rt *rt, int cancel, double timeout_s, char *msg) {
  if (rt->closed) return KILN_OK;
  /* Nothing will be drawn after close: stagers must not wait for commits
   * that will not come (their uploads are dropped, disk writes still land),
   * and items parked on ring bytes that only a commit would give back are
   * admitted anyway (their stage_texture returns false). */
  kiln_gpu_shutdown_waiters(rt->gpu);
  kiln_sched_set_capacity(rt->sched, KILN_POOL_GPU, UINT64_MAX / 2);
  uint64_t t0 = kiln_now_ns();
  int rc = kiln_sched_close(rt->sched, cancel ? KILN_CLOSE_CANCEL : KILN_CLOSE_FINISH, timeout_s,
                            msg);
  if (rt->disk) {
    /* Every write lands; past the deadline each missing one is reported
     * through its callback (errors list), never dropped silently. */
    double left = timeout_s;
    if (timeout_s >= 0) {
      left = timeout_s - (double)(kiln_now_ns() - t0) / 1e9;
      if (left < 0) left = 0;
    }
    char dmsg[KILN_ERRMSG_MAX];
    int drc = kiln_disk_drain(rt->disk, left, dmsg);
    if (drc != KILN_OK && rc == KILN_OK) rc = kiln_errf(msg, drc, "close: %s", dmsg);
    pthread_mutex_lock(&rt->lock);
    kiln_disk *d = rt->disk;
    rt->disk = NULL;
    pthread_mutex_unlock(&rt->lock);
    kiln_disk_stats_get(d, &rt->disk_final); /* stats() still answers after close */
    rt->disk_final_valid = 1;
    kiln_disk_free(d); /* releases the cache lock for the next runtime */
  }
  /* GL objects go now, on the render thread, while the context lives. */
  kiln_gpu *g = rt->gpu;
  rt->gpu = NULL;
  kiln_gpu_free(g);
  rt->closed = 1;
  return rc;
}

static const kiln_api kiln__api = {
  .payload_new = payload_new,
  .payload_move_buf = payload_move_buf,
  .payload_free = payload_free,
  .item_key = a_item_key,
  .item_session = a_item_session,
  .item_type = a_item_type,
  .item_flags = a_item_flags,
  .item_status = a_item_status,
  .item_args = a_item_args,
  .item_result = a_item_result,
  .item_set_result = a_item_set_result,
  .item_set_stale = a_item_set_stale,
  .item_fail = item_fail,
  .item_error = a_item_error,
  .session = a_session,
  .bump_session = a_bump,
  .enqueue = a_enqueue,
  .next_done = a_next_done,
  .unget_done = a_unget_done,
  .finish = a_finish,
  .wait = a_wait,
  .observe = a_observe,
  .now_ns = kiln_now_ns,
  .hash64 = a_hash64,
  .deadline_set = deadline_set,
  .deadline_clear = deadline_clear,
  .record_error = record_error,
  .type_register = type_register,
  .type_lookup = type_lookup,
  .script_add = script_add,
  .counts = a_counts,
  .stage_summary = a_stage_summary,
  .close = a_close,
  .worker_index = worker_index,
  .count_failure = a_count_failure,
  .gpu_stage = a_gpu_stage,
  .gpu_release_item = a_gpu_release_item,
  .gpu_commit = a_gpu_commit,
  .gpu_issued = a_gpu_issued,
  .item_gpu_seq = a_item_gpu_seq,
  .gpu_capacity = a_gpu_capacity,
  .gpu_default_bytes = a_gpu_default_bytes,
  .disk_open = a_disk_open,
  .disk_write = a_disk_write,
  .disk_has = a_disk_has,
  .disk_read = a_disk_read,
  .disk_blob_free = a_disk_blob_free,
  .disk_drain = a_disk_drain,
  .disk_stats = a_disk_stats,
  .late_error = a_late_error,
  .count_hit = a_count_hit,
  .trace_on = a_trace_on,
  .trace_span = a_trace_span,
  .trace_counters = a_trace_counters,
  .trace_start = a_trace_start,
  .trace_stop = a_trace_stop,
  .worker_batch = a_worker_batch,
  .script_count = a_script_count,
  .script_get = a_script_get,
  .worker_guarded = a_worker_guarded,
  .run_guarded = a_run_guarded,
  .item_admitted = a_item_admitted,
  .gpu_ring_used = a_gpu_ring_used,
  .next_done_view = a_next_done_view,
  .mem_stats = mem_stats,
  .mem_set_limit = mem_set_limit,
  .mem_alloc = mem_alloc,
  .mem_free = kiln_mem_free,
};

/* ------------------------------------------------------- runtime userdata */

typedef struct rt_handle {
  struct kiln_rt *rt;
} rt_handle;

static void rt_free(struct kiln_rt *rt) {
  if (!rt) return;
  if (rt->gpu) kiln_gpu_shutdown_waiters(rt->gpu); /* no one commits any more */
  kiln_sched_free(rt->sched); /* closes (finishing work) if still open */
  if (rt->disk) kiln_disk_drain(rt->disk, -1, NULL); /* never drop a write */
  kiln_disk_free(rt->disk);
  free(rt->cache_dir);
  kiln_errpl *e;
  while ((e = rt->late_head)) {
    rt->late_head = (kiln_errpl *)((late_err *)e)->next;
    errpl_free(e);
  }
  kiln_gpu_free(rt->gpu);
  if (rt->trace) {
    kiln_trace_stats ts;
    kiln_trace_stats_get(rt->trace, &ts);
    if (ts.recording) kiln_trace_stop(rt->trace, NULL); /* never lose a requested trace */
  }
  kiln_trace_free(rt->trace);
  for (int i = 0; i < rt->ntypes; i++) free(rt->types[i].name);
  free(rt->types);
  for (int i = 0; i < rt->nscripts; i++) {
    free(rt->scripts[i]->path);
    free(rt->scripts[i]->src);
    free(rt->scripts[i]);
  }
  free(rt->scripts);
  for (int i = 0; i < KILN_ERRORS_KEPT; i++) errrec_clear(&rt->errors[i]);
  pthread_mutex_destroy(&rt->lock);
  free(rt);
}

/* "none": no renderer at all (bake): stage_texture skips, returning false. */
static const char *const backend_names[] = { "auto", "ring", "pbo", "direct", "null", "none", NULL };

/* new_runtime(workers, disk_slots, gpu_slots, gpu_backend, ring_bytes,
 * cache_dir, durability, io_threads, worker_priority) -> userdata, rt pointer */
static int l_new_runtime(lua_State *L) {
  int workers = (int)luaL_checkinteger(L, 1);
  lua_Integer disk = luaL_checkinteger(L, 2), gpu_slots = luaL_checkinteger(L, 3);
  int backend = luaL_checkoption(L, 4, "auto", backend_names);
  lua_Number ring = luaL_optnumber(L, 5, 0);
  const char *cache_dir = luaL_optstring(L, 6, KILN_DISK_DEFAULT_DIR);
  static const char *const durabilities[] = { "fsync", "rename", NULL };
  int durability = luaL_checkoption(L, 7, "fsync", durabilities);
  int io_threads = (int)luaL_optinteger(L, 8, 1);
  static const char *const policies[] = { "background", "normal", NULL };
  int policy = luaL_checkoption(L, 9, "background", policies);
  rt_handle *h = lua_newuserdata(L, sizeof *h);
  h->rt = NULL;
  luaL_getmetatable(L, KILN_RT_MT);
  lua_setmetatable(L, -2);
  struct kiln_rt *rt = calloc(1, sizeof *rt);
  if (!rt) return luaL_error(L, "kiln.runtime: out of memory");
  pthread_mutex_init(&rt->lock, NULL);
  rt->nworkers = workers;
  char msg[KILN_ERRMSG_MAX];
  rt->cache_dir = dups(cache_dir);
  rt->disk_cfg.cache_dir = rt->cache_dir;
  rt->disk_cfg.durability = durability == 1 ? KILN_DISK_RENAME : KILN_DISK_FSYNC;
  rt->disk_cfg.io_threads = io_threads;
  /* The GPU pool counts staging-ring bytes: its size is the pool's. */
  rt->no_gpu = backend == 5;
  kiln_gpu_config gcfg = { .backend = rt->no_gpu ? KILN_GPU_NULL : (kiln_gpu_backend)backend,
                           .ring_bytes = (size_t)ring };
  if (kiln_gpu_new(&gcfg, &rt->gpu, msg) != KILN_OK) {
    rt_free(rt);
    lua_pushfstring(L, "kiln.runtime: %s", msg);
    return lua_error(L);
  }
  kiln_gpu_set_release_cb(rt->gpu, gpu_released, rt);
  if (kiln_trace_new(NULL, &rt->trace, msg) != KILN_OK) {
    rt_free(rt);
    lua_pushfstring(L, "kiln.runtime: %s", msg);
    return lua_error(L);
  }
  rt->track_render = kiln_trace_track_new(rt->trace, "render thread", NULL);
  rt->track_disk = kiln_trace_track_new(rt->trace, "disk writes", NULL);
  uint64_t cap = kiln_gpu_capacity(rt->gpu);
  rt->gpu_default_bytes = cap / (uint64_t)gpu_slots;
  kiln_sched_config cfg = { .workers = workers,
                            .policy = policy ? KILN_WORKERS_NORMAL : KILN_WORKERS_BACKGROUND };
  cfg.capacity[KILN_POOL_DISK] = (uint64_t)disk;
  cfg.capacity[KILN_POOL_GPU] = cap;
  kiln_sched_ops ops = { .ud = rt, .worker_init = w_init, .worker_fini = w_fini, .loop = w_loop,
                         .payload_free = sched_payload_free };
  if (kiln_sched_new(&cfg, &ops, &rt->sched, msg) != KILN_OK) {
    rt_free(rt);
    lua_pushfstring(L, "kiln.runtime: %s", msg);
    return lua_error(L);
  }
  h->rt = rt;
  lua_pushlightuserdata(L, rt);
  return 2;
}

/* __gc: finish outstanding work, join the workers, free. Idempotent. */
static int l_rt_gc(lua_State *L) {
  rt_handle *h = luaL_checkudata(L, 1, KILN_RT_MT);
  struct kiln_rt *rt = h->rt;
  h->rt = NULL;
  rt_free(rt);
  return 0;
}

/* kiln._errors(rtptr) -> array of error tables, oldest first. */
static int l_errors(lua_State *L) {
  luaL_checktype(L, 1, LUA_TLIGHTUSERDATA);
  struct kiln_rt *rt = lua_touserdata(L, 1);
  kiln_errrec copy[KILN_ERRORS_KEPT];
  int n = 0;
  pthread_mutex_lock(&rt->lock);
  for (int i = 0; i < KILN_ERRORS_KEPT; i++) {
    kiln_errrec *r = &rt->errors[(rt->err_next + i) % KILN_ERRORS_KEPT];
    if (!r->message) continue;
    copy[n] = *r;
    copy[n].type = dups(r->type);
    copy[n].key = dupn(r->key, r->key_len);
    copy[n].message = dups(r->message);
    copy[n].traceback = dups(r->traceback);
    n++;
  }
  pthread_mutex_unlock(&rt->lock);
  lua_createtable(L, n, 0);
  for (int i = 0; i < n; i++) {
    lua_createtable(L, 0, 6);
    lua_pushstring(L, copy[i].type ? copy[i].type : "");
    lua_setfield(L, -2, "type");
    lua_pushlstring(L, copy[i].key ? copy[i].key : "", copy[i].key ? copy[i].key_len : 0);
    lua_setfield(L, -2, "key");
    lua_pushnumber(L, (lua_Number)copy[i].session);
    lua_setfield(L, -2, "session");
    lua_pushstring(L, kiln_stage_name(copy[i].stage));
    lua_setfield(L, -2, "stage");
    lua_pushstring(L, copy[i].message ? copy[i].message : "");
    lua_setfield(L, -2, "message");
    lua_pushstring(L, copy[i].traceback ? copy[i].traceback : "");
    lua_setfield(L, -2, "traceback");
    lua_rawseti(L, -2, i + 1);
    errrec_clear(&copy[i]);
  }
  return 1;
}

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

static int rt_error(lua_State *L, const char *what, const char *msg) {
  return raise(L, "%s: %s", what, msg);
}

/* gl_attach(rt): the GL context of the calling thread becomes kiln's. */
static int l_gl_attach(lua_State *L) {
  struct kiln_rt *rt = check_rt(L);
  char msg[KILN_ERRMSG_MAX];
  if (kiln_gpu_attach(rt->gpu, kiln_window_getproc(), msg) != KILN_OK)
    return rt_error(L, "rt:gl_attach", msg);
  kiln_gpu_stats st;
  kiln_gpu_stats_get(rt->gpu, &st);
  lua_pushstring(L, kiln_gpu_backend_name(st.backend));
  return 1;
}

static const char *const kind_names[] = { "2d", "2d_array", "3d", "cube", NULL };

/* texture_new(rt, name, width, height, format, kind, layers, depth, levels) */
static int l_texture_new(lua_State *L) {
  struct kiln_rt *rt = check_rt(L);
  kiln_gpu_texture_desc d = { 0 };
  d.name = luaL_checkstring(L, 2);
  d.width = (int)luaL_checkinteger(L, 3);
  d.height = (int)luaL_checkinteger(L, 4);
  const char *fmt = luaL_checkstring(L, 5);
  d.format = kiln_gpu_format_from_name(fmt);
  if (d.format == KILN_GPU_FORMAT_NONE)
    return raise(L, "rt:texture '%s': field 'format': unknown format '%s' (r8, rg8, rgba8, "
                      "r16f, rg16f, rgba16f, r32f, rg32f, rgba32f)", d.name, fmt);
  const char *kind = luaL_optstring(L, 6, "2d");
  int k = -1;
  for (int i = 0; kind_names[i]; i++)
    if (strcmp(kind, kind_names[i]) == 0) k = i;
  if (k < 0)
    return raise(L, "rt:texture '%s': field 'kind': unknown kind '%s' (2d, 2d_array, 3d, cube)",
                      d.name, kind);
  d.kind = (kiln_gpu_kind)k;
  d.layers = (int)luaL_optinteger(L, 7, 0);
  d.depth = (int)luaL_optinteger(L, 8, 0);
  d.levels = (int)luaL_optinteger(L, 9, 0);
  char msg[KILN_ERRMSG_MAX];
  kiln_gpu_tex id;
  if (kiln_gpu_texture_new(rt->gpu, &d, &id, msg) != KILN_OK) return rt_error(L, "rt:texture", msg);
  lua_pushinteger(L, (lua_Integer)id);
  return 1;
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
  size_t len = (size_t)r.w * (size_t)r.h * (size_t)r.d * kiln_gpu_format_bytes(d.format);
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

static const luaL_Reg rt_meta[] = {
  { "__gc", l_rt_gc },
  { NULL, NULL }
};

int luaopen_kiln(lua_State *L) {
  if (luaL_newmetatable(L, KILN_RT_MT)) luaL_register(L, NULL, rt_meta);
  lua_pop(L, 1);
  if (luaL_loadbuffer(L, (const char *)luaJIT_BC_kiln, luaJIT_BC_kiln_SIZE, "=kiln") != 0)
    return lua_error(L);
  /* The Lua half gets: the API table, the FFI declarations, and the few
   * functions that need the Lua C API. */
  lua_pushlightuserdata(L, (void *)&kiln__api);
  lua_pushstring(L, KILN__XSTR(KILN_FFI_DEFS));
  lua_createtable(L, 0, 12);
  lua_pushcfunction(L, l_new_runtime);
  lua_setfield(L, -2, "new_runtime");
  lua_pushcfunction(L, l_errors);
  lua_setfield(L, -2, "errors");
  kiln__lwindow_open(L);
  lua_setfield(L, -2, "window");
  kiln__lwatch_open(L);
  lua_setfield(L, -2, "watch");
  static const luaL_Reg gpu_fns[] = {
    { "gl_attach", l_gl_attach }, { "texture_new", l_texture_new },
    { "read_texture", l_read_texture }, { "texture_gl", l_texture_gl },
    { "gpu_stats", l_gpu_stats }, { NULL, NULL }
  };
  luaL_register(L, NULL, gpu_fns);
  lua_call(L, 3, 1);
  return 1;
}
