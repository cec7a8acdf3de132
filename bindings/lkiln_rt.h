/* Private to the kiln Lua bindings (bindings/lkiln*.c): the runtime and
 * worker structs, and the few functions the concept files share. Each file
 * fills its part of the FFI API table (kiln_api) with kiln__l<concept>_api. */
#ifndef KILN_LKILN_RT_H
#define KILN_LKILN_RT_H

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "disk.h"
#include "gpu.h"
#include "remote.h"
#include "lkiln.h"
#include "lkiln_alloc.h"
#include "scheduler.h"
#include "trace.h"

#define KILN_RT_MT "kiln.runtime"
#define KILN_ERRORS_KEPT 64
#define KILN_BATCH_MAX 8

typedef struct kiln_script {
  char *path;
  char *src;
  size_t len;
} kiln_script;

_Static_assert(KILN_DISK_MISS__COUNT == 14, "kiln_diskstats.read_misses size");

typedef struct kiln_ltype {
  char *name;
  uint32_t version;
  uint64_t script_hash;
  int timeout_ms;
  int has_output, has_apply;
  kiln_disk_type_stats dfinal;  /* its cache counters when close freed the cache */
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
  int expired;              /* the deadline passed: the hook raises on every instruction */
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
  char gpu_msg[KILN_ERRMSG_MAX]; /* why the last commit failed (render thread) */
  kiln_remote *remote;         /* the shared tier; set before any item runs, freed by close */
  kiln_remote_stats remote_final; /* its counters when close freed it */
  int remote_final_valid;
  kiln_lalloc_counters lalloc; /* the worker states' allocators (lkiln_alloc.h) */
};

typedef struct late_err {
  kiln_errpl e;              /* first: freed through the errpl pointer */
  struct late_err *next;
} late_err;

/* Copies, or NULL when out of memory. */
static inline char *kiln__ldupn(const char *s, size_t n) {
  char *d = malloc(n + 1);
  if (!d) return NULL;
  if (n) memcpy(d, s, n);
  d[n] = '\0';
  return d;
}
static inline char *kiln__ldups(const char *s) { return kiln__ldupn(s ? s : "", s ? strlen(s) : 0); }
#define dupn kiln__ldupn
#define dups kiln__ldups

/* The API table handed to every Lua state (filled once). */
const kiln_api *kiln__lapi(void);

/* lkiln.c: errors */
void kiln__lrecord_error(struct kiln_rt *rt, const char *type, const char *key, size_t klen,
                         uint64_t session, int stage, const char *msg, const char *tb);
void kiln__litem_fail(struct kiln_rt *rt, void *item, int stage, const char *msg, const char *tb);
void kiln__ltype_name(struct kiln_rt *rt, uint32_t id, char *buf, size_t n);
int kiln__lmy_track(struct kiln_rt *rt);
extern _Thread_local struct kiln_lworker *kiln__ltl_worker;

/* lkiln_value.c: payloads */
void kiln__lerrpl_free(kiln_errpl *e);
void kiln__lpayload_free(kiln_payload *p);
/* The memory a result payload holds (its struct, encoded bytes, moved
 * buffers): what it weighs in the scheduler's backlog. */
uint64_t kiln__lpayload_bytes(const kiln_payload *p);
void kiln__lsched_payload_free(void *ud, void *p);
void kiln__lvalue_api(kiln_api *a);

/* lkiln_types.c: cache types and scripts */
void kiln__ltypes_api(kiln_api *a);

/* lkiln_worker.c: worker states (kiln_sched_ops callbacks) */
int kiln__lworker_init(void *ud, int index, void **wdata, char *msg);
void kiln__lworker_fini(void *ud, void *wdata);
void kiln__lworker_loop(void *ud, void *wdata, kiln_sched_worker *h);
void kiln__lworker_api(kiln_api *a);

/* lkiln_sched.c: scheduling and tracing calls */
void kiln__lsched_api(kiln_api *a);

/* lkiln_disk.c */
kiln_disk *kiln__lrt_disk(struct kiln_rt *rt);
/* id of (type tid, key) under the type's registered version and script
 * hash; its name is copied into name (256 bytes). 0: no such type. */
int kiln__ldisk_id(struct kiln_rt *rt, uint32_t tid, const char *key, size_t klen,
                   kiln_disk_id *id, char *name);
void kiln__ldisk_api(kiln_api *a);

/* lkiln_remote.c */
void kiln__lremote_api(kiln_api *a);
void kiln__lremote_stored(struct kiln_rt *rt, const kiln_disk_id *id);
int kiln__lremote_drain(struct kiln_rt *rt, double timeout_s, char *msg);
void kiln__lremote_free(struct kiln_rt *rt);

/* lkiln_image.c */
void kiln__limage_api(kiln_api *a);

/* lkiln_gpu.c */
void kiln__lgpu_released(void *ud, size_t bytes);
void kiln__lgpu_api(kiln_api *a);
/* Sets the render-thread GL functions in the table on top of the stack. */
void kiln__lgpu_register(lua_State *L);

#endif
