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
#include "lkiln_rt.h"

#include <dlfcn.h>
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
#include "kiln_lua_parts.h"
#include "mem.h"
#include "scheduler.h"
#include "stats.h"
#include "trace.h"
#include "window.h"


/* ----------------------------------------------------------------- errors */

static void errrec_clear(kiln_errrec *r) {
  free(r->type);
  free(r->key);
  free(r->message);
  free(r->traceback);
  memset(r, 0, sizeof *r);
}

/* Any thread. Copies the strings first, then swaps them in under the lock. */
void kiln__lrecord_error(struct kiln_rt *rt, const char *type, const char *key, size_t klen,
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
void kiln__ltype_name(struct kiln_rt *rt, uint32_t id, char *buf, size_t n) {
  pthread_mutex_lock(&rt->lock);
  snprintf(buf, n, "%s", id < (uint32_t)rt->ntypes ? rt->types[id].name : "?");
  pthread_mutex_unlock(&rt->lock);
}

_Thread_local struct kiln_lworker *kiln__ltl_worker;

/* The trace track of the calling thread: its worker's, else the render's. */
int kiln__lmy_track(struct kiln_rt *rt) {
  return kiln__ltl_worker && kiln__ltl_worker->rt == rt ? kiln__ltl_worker->track : rt->track_render;
}

void kiln__litem_fail(struct kiln_rt *rt, void *item, int stage, const char *msg, const char *tb) {
  kiln_errpl *e = calloc(1, sizeof *e);
  size_t klen;
  const char *key = kiln_item_key(item, &klen);
  char tname[128];
  kiln__ltype_name(rt, kiln_item_type(item), tname, sizeof tname);
  kiln__lrecord_error(rt, tname, key, klen, kiln_item_session(item), stage, msg, tb);
  if (kiln_trace_on(rt->trace)) {
    kiln_trace_args a = { tname, key, klen, kiln_item_session(item) };
    kiln_trace_instant(rt->trace, kiln__lmy_track(rt), "failure", kiln_stage_name(stage),
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
  if (kiln_sched_abandoned(rt->sched)) {
    /* Workers stuck in a compute past the deadline were abandoned: they
     * may still stage uploads or queue writes when (if) they return, so
     * the cache, the ring and the trace stay alive for them (rt_free
     * keeps them too). Queued writes still land in the background. */
    rt->closed = 1;
    return rc;
  }
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
    /* Past the deadline the queue is empty: what is left are writes in
     * progress (retries cut short). They finish before the stats are kept,
     * so stats() after close counts every write. */
    if (drc != KILN_OK) kiln_disk_drain(rt->disk, -1, NULL);
    pthread_mutex_lock(&rt->lock);
    kiln_disk *d = rt->disk;
    rt->disk = NULL;
    pthread_mutex_unlock(&rt->lock);
    kiln_disk_stats_get(d, &rt->disk_final); /* stats() still answers after close */
    rt->disk_final_valid = 1;
    for (int i = 0; i < rt->ntypes; i++)
      kiln_disk_type_stats_get(d, rt->types[i].name, strlen(rt->types[i].name), &rt->types[i].dfinal);
    kiln_disk_free(d); /* releases the cache lock for the next runtime */
  }
  if (rt->remote) {
    /* Every write has landed, so every upload is queued: they get what is
     * left of the deadline; what misses it is counted as skipped. */
    double left = timeout_s;
    if (timeout_s >= 0) {
      left = timeout_s - (double)(kiln_now_ns() - t0) / 1e9;
      if (left < 0) left = 0;
    }
    kiln__lremote_drain(rt, left, NULL);
    kiln__lremote_free(rt);
  }
  /* GL objects go now, on the render thread, while the context lives. */
  kiln_gpu *g = rt->gpu;
  rt->gpu = NULL;
  kiln_gpu_free(g);
  rt->closed = 1;
  return rc;
}


static kiln_api kiln__api;

static void api_fill(void) {
  kiln__api.mem_free = kiln_mem_free;
  kiln__api.payload_free = kiln__lpayload_free;
  kiln__api.item_fail = kiln__litem_fail;
  kiln__api.now_ns = kiln_now_ns;
  kiln__api.record_error = kiln__lrecord_error;
  kiln__api.close = a_close;
  kiln__lvalue_api(&kiln__api);
  kiln__ltypes_api(&kiln__api);
  kiln__lworker_api(&kiln__api);
  kiln__lsched_api(&kiln__api);
  kiln__ldisk_api(&kiln__api);
  kiln__lgpu_api(&kiln__api);
  kiln__limage_api(&kiln__api);
  kiln__lremote_api(&kiln__api);
}

const kiln_api *kiln__lapi(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, api_fill);
  return &kiln__api;
}

/* ------------------------------------------------------- runtime userdata */

typedef struct rt_handle {
  struct kiln_rt *rt;
} rt_handle;

/* Frees a runtime; one never closed (a host that errored or ended without
 * rt:close, or the GC) is closed first, in close's order: workers finish,
 * then every disk write lands, and only then does the scheduler go, since
 * a write's completion gives its tokens back to it. Items parked on ring
 * bytes are admitted (nothing will commit again), so this never waits on
 * a pump that will not come. */
static void rt_free(struct kiln_rt *rt) {
  if (!rt) return;
  if (rt->sched && !rt->closed) {
    char msg[KILN_ERRMSG_MAX];
    a_close(rt, 0, -1, msg);
  }
  if (rt->gpu) kiln_gpu_shutdown_waiters(rt->gpu); /* a runtime that failed to start */
  if (rt->sched && kiln_sched_abandoned(rt->sched)) {
    /* A close deadline abandoned workers that are still running: they
     * use this runtime (its locks, cache, ring, Lua states) when they come
     * back, so all of it is deliberately kept; the scheduler keeps itself. */
    kiln_sched_free(rt->sched);
    return;
  }
  kiln_sched_free(rt->sched);
  if (rt->disk) kiln_disk_drain(rt->disk, -1, NULL); /* never drop a write */
  kiln_disk_free(rt->disk);
  free(rt->cache_dir);
  kiln_errpl *e;
  while ((e = rt->late_head)) {
    rt->late_head = (kiln_errpl *)((late_err *)e)->next;
    kiln__lerrpl_free(e);
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

/* Close's deadline message names types, not ids. */
static const char *sched_type_name(void *ud, uint32_t id, char *buf, size_t n) {
  kiln__ltype_name(ud, id, buf, n);
  return buf;
}

/* "gpu_new: out of memory" -> "out of memory": an internal operation's
 * name means nothing to the caller. */
static const char *bare_msg(const char *m) {
  size_t k = strspn(m, "abcdefghijklmnopqrstuvwxyz_");
  return k > 0 && m[k] == ':' && m[k + 1] == ' ' ? m + k + 2 : m;
}

/* "none": no renderer at all (bake): stage_texture skips, returning false. */
static const char *const backend_names[] = { "auto", "ring", "pbo", "direct", "null", "none", NULL };

/* new_runtime(workers, disk_slots, gpu_slots, gpu_backend, ring_bytes,
 * cache_dir, durability, io_threads, worker_priority, cache_max_bytes,
 * recent_keys, backlog_bytes (0: no bound)) -> userdata, rt pointer */
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
  lua_Number max_bytes = luaL_optnumber(L, 10, 0);
  int recent_keys = (int)luaL_optinteger(L, 11, 0);
  lua_Number backlog = luaL_optnumber(L, 12, -1); /* absent: the scheduler's default */
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
  rt->disk_cfg.max_bytes = (uint64_t)max_bytes;
  /* The GPU pool counts staging-ring bytes: its size is the pool's. */
  rt->no_gpu = backend == 5;
  kiln_gpu_config gcfg = { .backend = rt->no_gpu ? KILN_GPU_NULL : (kiln_gpu_backend)backend,
                           .ring_bytes = (size_t)ring };
  if (kiln_gpu_new(&gcfg, &rt->gpu, msg) != KILN_OK) {
    rt_free(rt);
    lua_pushfstring(L, "kiln.runtime: %s", bare_msg(msg));
    return lua_error(L);
  }
  kiln_gpu_set_release_cb(rt->gpu, kiln__lgpu_released, rt);
  if (kiln_trace_new(NULL, &rt->trace, msg) != KILN_OK) {
    rt_free(rt);
    lua_pushfstring(L, "kiln.runtime: %s", bare_msg(msg));
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
  cfg.recent_keys = recent_keys;
  cfg.backlog_bytes = backlog < 0 ? 0 : backlog == 0 ? UINT64_MAX : (uint64_t)backlog;
  kiln_sched_ops ops = { .ud = rt, .worker_init = kiln__lworker_init, .worker_fini = kiln__lworker_fini, .loop = kiln__lworker_loop,
                         .type_name = sched_type_name,
                         .payload_free = kiln__lsched_payload_free };
  if (kiln_sched_new(&cfg, &ops, &rt->sched, msg) != KILN_OK) {
    rt_free(rt);
    lua_pushfstring(L, "kiln.runtime: %s", bare_msg(msg));
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

static const luaL_Reg rt_meta[] = {
  { "__gc", l_rt_gc },
  { NULL, NULL }
};

lua_State *kiln_lua_newstate(int jit_off) {
  lua_State *L = luaL_newstate();
  if (!L) return NULL;
  luaL_openlibs(L);
  if (jit_off) luaJIT_setmode(L, 0, LUAJIT_MODE_ENGINE | LUAJIT_MODE_OFF);
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "preload");
  lua_pushcfunction(L, luaopen_kiln);
  lua_setfield(L, -2, "kiln");
  lua_pop(L, 2);
  return L;
}

/* probe(src, path) -> the type names the script declares when it runs in a
 * fresh worker-mode state, one a line; raises its error. */
static int l_probe(lua_State *L) {
  size_t len;
  const char *src = luaL_checklstring(L, 1, &len);
  const char *path = luaL_checkstring(L, 2);
  lua_State *P = kiln_lua_newstate(0);
  if (!P) return luaL_error(L, "out of memory");
  lua_getglobal(P, "require");
  lua_pushliteral(P, "kiln");
  int rc = lua_pcall(P, 1, 1, 0);
  if (rc == 0) {
    lua_getfield(P, -1, "_probe");
    lua_pushlstring(P, src, len);
    lua_pushstring(P, path);
    rc = lua_pcall(P, 2, 1, 0);
  }
  size_t n;
  const char *out = lua_tolstring(P, -1, &n);
  lua_pushlstring(L, out ? out : "(error object is not a string)", out ? n : 30);
  lua_close(P);
  return rc == 0 ? 1 : lua_error(L);
}

/* The Lua parts of the module (bindings/kiln_*.lua), in bytecode. */
static const struct { const char *name; const unsigned char *bc; size_t size; } lua_parts[] = {
#define P(n) { #n, luaJIT_BC_kiln_##n, sizeof luaJIT_BC_kiln_##n }
  P(buffer), P(value), P(artifact), P(ctx), P(disk), P(gpu), P(worker), P(runtime), P(pump),
  P(control), P(cache), P(stats), P(image),
#undef P
};

/* Threads kiln starts may outlive the Lua state that loaded it as a
 * module (kiln.so): a worker a close deadline abandoned comes back when
 * its compute returns, and the disk writer an abandoned runtime keeps
 * wakes on its own. lua_close would dlclose the module under them, and
 * the first of them to run its code again would crash. So the module
 * pins itself once: RTLD_NODELETE keeps it mapped until the process
 * ends. (Linked into a program, as build/kiln is, there is nothing to
 * pin: dlopen of the program's own name finds no module.) */
static void pin_module(void) {
  Dl_info info;
  if (!dladdr((void *)luaopen_kiln, &info) || !info.dli_fname) return;
  void *self = dlopen(info.dli_fname, RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE);
  (void)self; /* never closed, on purpose */
}

int luaopen_kiln(lua_State *L) {
  static pthread_once_t pinned = PTHREAD_ONCE_INIT;
  pthread_once(&pinned, pin_module);
  if (luaL_newmetatable(L, KILN_RT_MT)) luaL_register(L, NULL, rt_meta);
  lua_pop(L, 1);
  if (luaL_loadbuffer(L, (const char *)luaJIT_BC_kiln, luaJIT_BC_kiln_SIZE, "=kiln") != 0)
    return lua_error(L);
  /* The Lua half gets: the API table, the FFI declarations, the few
   * functions that need the Lua C API, and its other parts. */
  lua_pushlightuserdata(L, (void *)kiln__lapi());
  lua_pushstring(L, KILN__XSTR(KILN_FFI_DEFS));
  lua_createtable(L, 0, 12);
  lua_pushcfunction(L, l_new_runtime);
  lua_setfield(L, -2, "new_runtime");
  lua_pushcfunction(L, l_errors);
  lua_setfield(L, -2, "errors");
  lua_pushcfunction(L, l_probe);
  lua_setfield(L, -2, "probe");
  kiln__lwindow_open(L);
  lua_setfield(L, -2, "window");
  kiln__lwatch_open(L);
  lua_setfield(L, -2, "watch");
  kiln__lredis_open(L);
  lua_setfield(L, -2, "redis");
  kiln__lgpu_register(L);
  lua_createtable(L, 0, (int)(sizeof lua_parts / sizeof lua_parts[0]));
  for (size_t i = 0; i < sizeof lua_parts / sizeof lua_parts[0]; i++) {
    char chunk[64];
    snprintf(chunk, sizeof chunk, "=kiln_%s", lua_parts[i].name);
    if (luaL_loadbuffer(L, (const char *)lua_parts[i].bc, lua_parts[i].size, chunk) != 0)
      return lua_error(L);
    lua_setfield(L, -2, lua_parts[i].name);
  }
  lua_call(L, 4, 1);
  return 1;
}
