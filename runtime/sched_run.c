/* Workers' per-item calls (begin, publish), pause, sessions, stats and the
 * item accessors. See scheduler.h for the contract, sched_int.h for the
 * state. */
#include "sched_int.h"

#include <errno.h>
#include <string.h>

/* ------------------------------------------------------- begin, publish */

/* Sessions. A plain bump stores floor = session = N + 1 (floor first); a
 * requeue bump only session = N + 1. Admission drops items below floor;
 * item_begin restamps an item at or above floor to the current session and
 * drops one still below it. The main thread is the only writer; workers
 * read session, then floor (seq_cst, the stores' reverse order). Races
 * with a bump to N + 1 while a worker is inside begin:
 *  - begin reads session N: it linearizes before the bump. The item runs
 *    in N (restamped to N if it was at or above the old floor) and its
 *    result is dropped by the main thread as any result of N would be.
 *  - begin reads session N + 1: floor was stored first, so a plain bump's
 *    floor N + 1 is seen too; the item (<= N) is below it: stale. After a
 *    requeue bump floor is unchanged: restamped to N + 1, it runs.
 *  - a later plain bump raises floor past every requeued stamp: dropped.
 * A restamp only ever raises it->session, written by the worker holding
 * the item; the main thread never reads an admitted item's session. */
uint64_t kiln_sched_bump_session_ex(kiln_sched *s, int requeue) {
  KILN__MAIN_ONLY(s);
  uint64_t n = atomic_load_explicit(&s->session, memory_order_relaxed) + 1;
  if (!requeue) atomic_store(&s->floor, n);
  atomic_store(&s->session, n);
  return n;
}

uint64_t kiln_sched_bump_session(kiln_sched *s) { return kiln_sched_bump_session_ex(s, 0); }

uint64_t kiln_sched_session(const kiln_sched *s) {
  return atomic_load_explicit(&s->session, memory_order_acquire);
}

int kiln_sched_item_begin(kiln_sched_worker *w, kiln_item *it) {
  kiln_sched *s = w->s;
  /* Store begun, then read cancel (item.h): a cancel that saw begun == 0
   * reported the item as not started, and is seen here. */
  atomic_store(&it->begun, 1);
  atomic_fetch_add_explicit(&w->nbegun, 1, memory_order_relaxed);
  /* The previous item's stages are over: it waits to be completed. */
  atomic_store_explicit(&w->cur, NULL, memory_order_relaxed);
  atomic_store_explicit(&w->cur_type, -1, memory_order_relaxed);
  if (atomic_load(&it->cancel)) {
    it->status = KILN_ITEM_CANCELED;
    return 0;
  }
  uint64_t cur = atomic_load(&s->session), floor = atomic_load(&s->floor);
  if (it->session >= floor) it->session = cur; /* requeued: runs in the current session */
  if (it->session < cur) {
    it->status = KILN_ITEM_STALE;
    return 0;
  }
  atomic_store_explicit(&w->cur_type, (int64_t)it->type_id, memory_order_relaxed);
  atomic_store_explicit(&w->cur, it, memory_order_relaxed);
  return 1;
}

void kiln_sched_worker_publish(kiln_sched_worker *w, kiln_item *it) {
  kiln_sched *s = w->s;
  pthread_mutex_lock(&s->lock);
  kiln_item *dead = kiln__release(s, kiln__complete(s, w, it));
  /* A slow item's result wakes a waiting main thread at once, whatever
   * kiln_sched_wait_some waits for: results that hold much memory (a
   * big tile takes long to make) never pile up behind a batch. */
  if (s->done_head) {
    s->done_urgent = 1;
    if (s->main_waiting) pthread_cond_signal(&s->main_cv);
  }
  pthread_mutex_unlock(&s->lock);
  if (dead) kiln__item_free(s, dead);
}

/* ------------------------------------------------- the main thread waits */

int kiln_sched_wait(kiln_sched *s, double timeout_s) { return kiln_sched_wait_some(s, timeout_s, 1); }

/* Whether a worker has run out of work (lingering or idle). */
static int worker_out_of_work(const kiln_sched *s) { return s->lingering > 0 || s->idle_workers > 0; }

int kiln_sched_wait_some(kiln_sched *s, double timeout_s, int min_done) {
  KILN__MAIN_ONLY(s);
  if (s->local_head) return 0;
  kiln__ended_settle(s);
  struct timespec dl = { 0, 0 };
  if (timeout_s >= 0) dl = kiln__deadline_in((uint64_t)(timeout_s * 1e9));
  kiln__lock(s);
  s->main_waiting++;
  s->main_wait_min = min_done > 1 ? (uint64_t)min_done : 1;
  uint64_t wait_bytes = kiln__wait_bytes(s);
  while (s->n_done < s->main_wait_min && s->done_bytes < wait_bytes && !s->done_urgent &&
         !(s->done_head && worker_out_of_work(s)) && !kiln__main_may_return(s)) {
    if (timeout_s < 0) pthread_cond_wait(&s->main_cv, &s->lock);
    else if (pthread_cond_timedwait(&s->main_cv, &s->lock, &dl) == ETIMEDOUT) break;
  }
  s->main_wait_min = 1;
  s->main_waiting--;
  int idle = !s->done_head && kiln__all_idle(s);
  kiln_item *released = s->released;
  s->released = NULL;
  pthread_mutex_unlock(&s->lock);
  kiln__end_list_main(s, released);
  return idle;
}

/* ------------------------------------------------------ broadcast, pause */

void kiln_sched_broadcast(kiln_sched *s) {
  pthread_mutex_lock(&s->lock);
  s->ctl_gen++;
  pthread_cond_broadcast(&s->work_cv);
  pthread_cond_broadcast(&s->linger_cv);
  pthread_mutex_unlock(&s->lock);
}

void kiln_sched_pause(kiln_sched *s, int paused) {
  KILN__MAIN_ONLY(s);
  kiln__lock(s);
  atomic_store_explicit(&s->paused, paused != 0, memory_order_relaxed);
  if (!paused) kiln__wake_workers(s, s->ready.n < s->nworkers ? s->ready.n : s->nworkers);
  pthread_mutex_unlock(&s->lock);
}

int kiln_sched_paused(const kiln_sched *s) {
  return atomic_load_explicit(&s->paused, memory_order_relaxed);
}

/* ----------------------------------------------------------------- stats */

void kiln_sched_counts_get(kiln_sched *s, kiln_sched_counts *o) {
  KILN__SETTLE_IF_MAIN(s);
  memset(o, 0, sizeof *o);
  kiln__lock(s);
  o->queued = (uint64_t)s->ready.n + s->n_pending + s->n_typewait;
  for (int p = 0; p < KILN_POOL_COUNT; p++) {
    o->deferred += (uint64_t)s->parked[p].n;
    o->pool_used[p] = s->used[p];
    o->pool_capacity[p] = s->cap[p];
    o->pool_peak[p] = s->peak[p];
  }
  /* Admitted items not begun are queued; begun ones running a stage are in
   * flight (one per worker at most); begun ones that did not run, or that
   * finished and wait to be completed with the batch, are neither. */
  uint64_t begun = 0;
  for (int i = 0; i < s->nworkers; i++) {
    begun += atomic_load_explicit(&s->workers[i].nbegun, memory_order_relaxed);
    o->in_flight += atomic_load_explicit(&s->workers[i].cur, memory_order_relaxed) != NULL;
  }
  o->queued += s->n_inflight > begun ? s->n_inflight - begun : 0;
  o->done_waiting = s->n_done;
  o->enqueued = s->enqueued;
  o->coalesced = s->coalesced;
  o->parks = s->parks;
  o->wakeups = s->wakeups;
  /* The main thread knows its batch's bytes exactly; others read what it
   * published, which may be high by what it took since. */
  o->backlog_bytes = s->done_bytes + (pthread_equal(pthread_self(), s->main_thread)
                                          ? s->local_exact
                                          : atomic_load_explicit(&s->local_bytes, memory_order_relaxed));
  o->backlog_limit = s->backlog_limit;
  o->backlog_peak = s->backlog_peak;
  o->backlog_holds = s->backlog_holds;
  pthread_mutex_unlock(&s->lock);
  o->done_waiting += atomic_load_explicit(&s->n_local, memory_order_relaxed);
  o->session = kiln_sched_session(s);
  o->completed = atomic_load_explicit(&s->completed, memory_order_relaxed);
  o->failed = atomic_load_explicit(&s->failed, memory_order_relaxed);
  o->stale_dropped = atomic_load_explicit(&s->stale_dropped, memory_order_relaxed);
  o->canceled = atomic_load_explicit(&s->canceled, memory_order_relaxed);
  o->workers = s->nworkers;
}

void kiln_sched_observe(kiln_sched *s, int stage, uint64_t ns) {
  if (stage < 0 || stage >= KILN_STAGE_COUNT) return;
  /* A worker's shard and the main thread's (slot 0) each have one writer.
   * Any other thread (none in kiln itself) adds to slot 0 atomically; a
   * count of it may be lost to a main-thread store at the same moment. */
  kiln_worker *w = kiln__tl_self;
  if (w && w->s == s) kiln_hist_record_own(&s->hist[w->index + 1][stage], ns);
  else if (pthread_equal(pthread_self(), s->main_thread)) kiln_hist_record_own(&s->hist[0][stage], ns);
  else kiln_hist_record(&s->hist[0][stage], ns);
}

void kiln_sched_stage_summary(kiln_sched *s, int stage, kiln_hist_summary *out) {
  const kiln_hist *shards[257];
  int n = 0;
  for (int i = 0; i <= s->nworkers; i++) shards[n++] = &s->hist[i][stage];
  kiln_hist_summarize(shards, n, out);
}

void kiln_sched_count_failure(kiln_sched *s) {
  atomic_fetch_add_explicit(&s->failed, 1, memory_order_relaxed);
}


/* ----------------------------------------------------------------- items */

uint32_t kiln_item_type(const kiln_item *it) { return it->type_id; }
const char *kiln_item_key(const kiln_item *it, size_t *len) {
  if (len) *len = it->key_len;
  return it->key;
}
uint64_t kiln_item_session(const kiln_item *it) { return it->session; }
uint32_t kiln_item_flags(const kiln_item *it) { return it->flags; }
int kiln_item_priority(const kiln_item *it) { return it->priority; }
void *kiln_item_args(const kiln_item *it) { return it->args; }
void *kiln_item_take_args(kiln_item *it) { void *a = it->args; it->args = NULL; return a; }
void *kiln_item_result(const kiln_item *it) { return it->result; }
void *kiln_item_take_result(kiln_item *it) { void *r = it->result; it->result = NULL; return r; }
void *kiln_item_error(const kiln_item *it) { return it->error; }

void kiln_item_set_result(kiln_item *it, void *result) {
  if (it->result && it->result != result) it->owner->ops.payload_free(it->owner->ops.ud, it->result);
  it->result = result;
  it->result_aux = 0;
  it->result_bytes = 0;
  it->status = KILN_ITEM_OK;
}

/* At most 1 TiB a result: the backlog's sums cannot wrap. */
void kiln_item_set_result_bytes(kiln_item *it, uint64_t bytes) {
  it->result_bytes = bytes < ((uint64_t)1 << 40) ? bytes : (uint64_t)1 << 40;
}

void kiln_item_set_result_aux(kiln_item *it, void *result, uint64_t aux) {
  kiln_item_set_result(it, result);
  it->result_aux = aux;
}

uint64_t kiln_item_result_aux(const kiln_item *it) { return it->result_aux; }

void kiln_item_set_error(kiln_item *it, int stage, void *error) {
  if (it->error && it->error != error) it->owner->ops.payload_free(it->owner->ops.ud, it->error);
  it->error = error;
  it->stage = stage;
  it->status = KILN_ITEM_FAILED;
}

void kiln_item_set_status(kiln_item *it, int status) { it->status = status; }
int kiln_item_status(const kiln_item *it) { return it->status; }
int kiln_item_failed_stage(const kiln_item *it) { return it->stage; }

uint64_t kiln_item_take_tokens(kiln_item *it, int pool) {
  uint64_t h = it->held[pool];
  it->held[pool] = 0;
  return h;
}
uint64_t kiln_item_tokens(const kiln_item *it, int pool) { return it->held[pool]; }
void kiln_item_set_gpu_seq(kiln_item *it, uint64_t seq) { it->gpu_seq = seq; }
uint64_t kiln_item_gpu_seq(const kiln_item *it) { return it->gpu_seq; }
uint64_t kiln_item_serial(const kiln_item *it) { return it->serial; }
uint64_t kiln_item_admitted_ns(const kiln_item *it) { return it->t_admit_ns; }
int kiln_item_canceled(const kiln_item *it) { return atomic_load(&((kiln_item *)it)->cancel); }
