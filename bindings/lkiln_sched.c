/* The runtime's scheduling calls (items, enqueue, done list, counters)
 * and tracing, as FFI functions. */
#include "lkiln_rt.h"

#include <stdio.h>

#include <lauxlib.h>
#include <luajit.h>
#include <lualib.h>
#include <xxhash.h>

#include "mem.h"
#include "scheduler.h"
#include "stats.h"
#include "window.h"

/* ---------------------------------------------------------------- the API */

static const char *a_item_key(void *it, size_t *len) { return kiln_item_key(it, len); }
static uint64_t a_item_session(void *it) { return kiln_item_session(it); }
static uint32_t a_item_type(void *it) { return kiln_item_type(it); }
static uint32_t a_item_flags(void *it) { return kiln_item_flags(it); }
static int a_item_status(void *it) { return kiln_item_status(it); }
static kiln_payload *a_item_args(void *it) { return kiln_item_args(it); }
static kiln_payload *a_item_result(void *it) { return kiln_item_result(it); }
static void a_item_set_result(void *it, kiln_payload *p) {
  kiln_item_set_result(it, p);
  kiln_item_set_result_bytes(it, kiln__lpayload_bytes(p));
}
static kiln_payload *a_item_take_result(void *it) { return kiln_item_take_result(it); }
static void a_item_set_result_aux(void *it, kiln_payload *p, double aux) {
  kiln_item_set_result_aux(it, p, (uint64_t)aux);
  /* A bare buffer (KILN_PL_TAG_BUF): aux is its length. */
  kiln_item_set_result_bytes(it, ((uintptr_t)p & 15u) == KILN_PL_TAG_BUF ? (uint64_t)aux
                                                                         : kiln__lpayload_bytes(p));
}
static void a_item_set_stale(void *it) { kiln_item_set_status(it, KILN_ITEM_STALE); }
static kiln_errpl *a_item_error(void *it) { return kiln_item_error(it); }
static uint64_t a_session(struct kiln_rt *rt) { return kiln_sched_session(rt->sched); }
static uint64_t a_bump(struct kiln_rt *rt, int requeue) {
  uint64_t s = kiln_sched_bump_session_ex(rt->sched, requeue);
  if (kiln_trace_on(rt->trace)) {
    kiln_trace_args a = { NULL, NULL, 0, s };
    kiln_trace_instant(rt->trace, rt->track_render, "session bump", "session",
                       KILN_TRACE_SCOPE_GLOBAL, &a, NULL);
  }
  return s;
}

static int a_enqueue(struct kiln_rt *rt, uint32_t type, const char *key, size_t klen, int prio,
                     uint32_t flags, uint64_t need_disk, uint64_t need_gpu, kiln_payload *args,
                     int64_t args_inline, int *result, double *serial, char *msg) {
  uint64_t need[KILN_POOL_COUNT] = { need_disk, need_gpu };
  /* An inline value (KILN_PL_INLINE) comes as a number: a pointer made in
   * Lua would be one more cdata per enqueue for the GC. */
  if (!args && args_inline) {
    if (!KILN_PL_INLINE((uintptr_t)args_inline))
      return kiln_errf(msg, KILN_INVAL, "enqueue: inline args without a tag");
    args = (kiln_payload *)(uintptr_t)args_inline;
  }
  int rc = kiln_sched_enqueue(rt->sched, type, key, klen, prio, flags, need, args, result, msg);
  if (rc == KILN_OK) *serial = (double)kiln_sched_last_serial(rt->sched);
  return rc;
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
  v->result_aux = (double)kiln_item_result_aux(it);
  v->status = kiln_item_status(it);
  v->type = kiln_item_type(it);
  v->serial = (double)kiln_item_serial(it);
  return it;
}
static void a_unget_done(struct kiln_rt *rt, void *it) { kiln_sched_unget_done(rt->sched, it); }
static void a_finish(struct kiln_rt *rt, void *it) { kiln_sched_finish(rt->sched, it); }
/* Main thread, at close: a finished item whose result no apply will see. */
static void a_discard(struct kiln_rt *rt, void *it) { kiln_sched_discard(rt->sched, it); }
static uint64_t a_item_tokens(void *it, int pool) { return kiln_item_tokens(it, pool); }
static int a_wait(struct kiln_rt *rt, double t, int min_done) {
  return kiln_sched_wait_some(rt->sched, t, min_done);
}
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
  out->backlog_bytes = c.backlog_bytes;
  out->backlog_limit = c.backlog_limit;
  out->backlog_peak = c.backlog_peak;
  out->backlog_holds = c.backlog_holds;
  out->lua_reused = atomic_load_explicit(&rt->lalloc.reused, memory_order_relaxed);
  out->lua_kept_bytes = atomic_load_explicit(&rt->lalloc.kept_bytes, memory_order_relaxed);
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

/* ------------------------------------------------------ per-key control */

static int a_key_state(struct kiln_rt *rt, uint32_t type, const char *key, size_t klen) {
  return kiln_sched_key_state(rt->sched, type, key, klen);
}
static int a_cancel(struct kiln_rt *rt, uint32_t type, const char *key, size_t klen) {
  return kiln_sched_cancel(rt->sched, type, key, klen);
}
static int a_item_canceled(void *it) { return kiln_item_canceled(it); }
static void a_item_set_canceled(void *it) { kiln_item_set_status(it, KILN_ITEM_CANCELED); }
static void a_pause(struct kiln_rt *rt, int paused) {
  kiln_sched_pause(rt->sched, paused);
  if (kiln_trace_on(rt->trace)) {
    kiln_trace_args a = { NULL, NULL, 0, kiln_sched_session(rt->sched) };
    kiln_trace_instant(rt->trace, rt->track_render, paused ? "pause" : "resume", "session",
                       KILN_TRACE_SCOPE_GLOBAL, &a, NULL);
  }
}
static int a_paused(struct kiln_rt *rt) { return kiln_sched_paused(rt->sched); }
static int a_set_type_limit(struct kiln_rt *rt, uint32_t type, int n) {
  return kiln_sched_set_type_limit(rt->sched, type, n);
}
static void a_type_counts(struct kiln_rt *rt, uint32_t type, kiln_type_counts *out) {
  kiln_sched_type_counts c;
  kiln_sched_type_counts_get(rt->sched, type, &c);
  out->enqueued = c.enqueued;
  out->coalesced = c.coalesced;
  out->completed = c.completed;
  out->failed = c.failed;
  out->stale_dropped = c.stale_dropped;
  out->canceled = c.canceled;
  out->queued = c.queued;
  out->deferred = c.deferred;
  out->running = c.running;
  out->waiting_apply = c.waiting_apply;
}

/* --------------------------------------------------------------- tracing */

kiln_disk *kiln__lrt_disk(struct kiln_rt *rt);

static int a_trace_on(struct kiln_rt *rt) { return kiln_trace_on(rt->trace); }

/* A span of a stage of item on the caller's track (w NULL: render). */
static void a_trace_span(struct kiln_rt *rt, struct kiln_lworker *w, const char *name,
                         uint64_t t0, uint64_t t1, void *item) {
  if (!kiln_trace_on(rt->trace)) return;
  char tname[128] = "";
  kiln_trace_args a = { tname, NULL, 0, 0 };
  if (item) {
    kiln__ltype_name(rt, kiln_item_type(item), tname, sizeof tname);
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
  kiln_disk *d = kiln__lrt_disk(rt);
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


void kiln__lsched_api(kiln_api *a) {
  a->discard = a_discard;
  a->item_tokens = a_item_tokens;
  a->item_key = a_item_key;
  a->item_session = a_item_session;
  a->item_type = a_item_type;
  a->item_flags = a_item_flags;
  a->item_status = a_item_status;
  a->item_args = a_item_args;
  a->item_result = a_item_result;
  a->item_set_result = a_item_set_result;
  a->item_take_result = a_item_take_result;
  a->item_set_result_aux = a_item_set_result_aux;
  a->item_set_stale = a_item_set_stale;
  a->item_error = a_item_error;
  a->session = a_session;
  a->bump_session = a_bump;
  a->enqueue = a_enqueue;
  a->next_done = a_next_done;
  a->unget_done = a_unget_done;
  a->finish = a_finish;
  a->wait = a_wait;
  a->observe = a_observe;
  a->hash64 = a_hash64;
  a->counts = a_counts;
  a->stage_summary = a_stage_summary;
  a->count_failure = a_count_failure;
  a->trace_on = a_trace_on;
  a->trace_span = a_trace_span;
  a->trace_counters = a_trace_counters;
  a->trace_start = a_trace_start;
  a->trace_stop = a_trace_stop;
  a->next_done_view = a_next_done_view;
  a->key_state = a_key_state;
  a->cancel = a_cancel;
  a->item_canceled = a_item_canceled;
  a->item_set_canceled = a_item_set_canceled;
  a->pause = a_pause;
  a->paused = a_paused;
  a->set_type_limit = a_set_type_limit;
  a->type_counts = a_type_counts;
}
