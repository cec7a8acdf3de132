/* The render thread's side of results: taking them off the done list
 * (kiln_sched_next_done), giving one back, and ending them (finish,
 * discard) in batches whose counts, key-state index entries and outcome
 * records are settled under one lock round trip. See scheduler.h for the
 * contract and sched_int.h for the state. */
#include "sched_int.h"

/* Main thread: ends an item taken off the done list. applied 0: an OK
 * result is never applied (canceled). It is counted where it ends, its
 * key's outcome recorded for key_state and it is recycled, all at the
 * next flush: the render thread pays the lock once per batch of results,
 * not once per item, while workers contend for it. */
#define KILN__ENDED_MAX 64

static void end_taken(kiln_sched *s, kiln_item *it, int applied) {
  int st = it->status, outcome = 0;
  if (st == KILN_ITEM_OK && !applied) { /* its result is never applied */
    it->status = KILN_ITEM_CANCELED;
    st = -1;
  }
  if (st == KILN_ITEM_OK) outcome = KILN_KEY_APPLIED;
  else if (st == KILN_ITEM_FAILED) outcome = KILN_KEY_FAILED;
  it->end_rec = outcome ? kiln__recent_take(s, it->key_len) : NULL; /* NULL: out of memory */
  it->end_outcome = outcome;
  it->end_status = st;
  it->next = NULL;
  if (s->ended_tail) s->ended_tail->next = it;
  else s->ended_head = it;
  s->ended_tail = it;
  if (++s->nended >= KILN__ENDED_MAX) kiln__ended_settle(s);
}

kiln_item *kiln__ended_flush(kiln_sched *s) {
  kiln_item *list = s->ended_head;
  for (kiln_item *it = list; it; it = it->next) {
    kiln_type_state *ts = it->ts;
    if (it->in_outidx) kiln__outidx_del(s, it);
    if (it->where == KILN__DONE) ts->ndone--;
    it->where = KILN__NOWHERE;
    switch (it->end_status) {
    case KILN_ITEM_OK:
      atomic_fetch_add_explicit(&s->completed, 1, memory_order_relaxed);
      ts->completed++;
      break;
    case KILN_ITEM_STALE: /* a mark set by the main thread */
      kiln__count_stale(s, it);
      break;
    case KILN_ITEM_FAILED: /* an apply failure: kiln_sched_count_failure counted it */
      if (!it->counted_failed) ts->failed++;
      break;
    case -1:
      kiln__count_canceled(s, it);
      break;
    default: /* canceled: counted when it ended */
      break;
    }
  }
  s->ended_head = s->ended_tail = NULL;
  s->nended = 0;
  return list;
}

void kiln__ended_recycle(kiln_sched *s, kiln_item *list) {
  if (!list) return;
  /* Their outcomes, under the outcome table's own lock: not s->lock,
   * which workers wait for. */
  pthread_mutex_lock(&s->recent_lock);
  for (kiln_item *it = list; it; it = it->next) {
    if (it->end_outcome) kiln__recent_put(s, it, it->end_outcome, it->end_rec);
    it->end_rec = NULL;
  }
  pthread_mutex_unlock(&s->recent_lock);
  kiln__end_list_main(s, list);
}

void kiln__ended_settle(kiln_sched *s) {
  if (!s->ended_head) return;
  pthread_mutex_lock(&s->lock);
  kiln_item *list = kiln__ended_flush(s);
  pthread_mutex_unlock(&s->lock);
  kiln__ended_recycle(s, list);
}

/* A worker on another core wrote the item last: its lines are fetched
 * while the caller applies the one before it, not when it is taken. */
static void prefetch_item(const kiln_item *it) {
  const char *p = (const char *)it;
  for (size_t off = 0; off < sizeof *it + 16; off += 64) __builtin_prefetch(p + off);
}

/* n_local has one writer, the main thread (other threads read it for
 * stats): a plain load and store, not a locked instruction per item. */
static void local_count(kiln_sched *s, int64_t by) {
  uint64_t n = atomic_load_explicit(&s->n_local, memory_order_relaxed);
  atomic_store_explicit(&s->n_local, n + (uint64_t)by, memory_order_relaxed);
}

void kiln__backlog_publish(kiln_sched *s) {
  atomic_store(&s->local_bytes, s->local_exact); /* seq_cst: see backlog_holds */
  if (!atomic_load(&s->backlog_held)) return;
  pthread_mutex_lock(&s->lock);
  if (atomic_load_explicit(&s->backlog_held, memory_order_relaxed) &&
      !kiln__backlog_full(s, memory_order_relaxed)) {
    atomic_store_explicit(&s->backlog_held, 0, memory_order_relaxed);
    kiln__wake_workers(s, s->nworkers);
    if (s->lingering) pthread_cond_broadcast(&s->linger_cv);
  }
  pthread_mutex_unlock(&s->lock);
}

/* Main thread: an item left the taken batch (handed out, or ended). Its
 * bytes leave the backlog. Workers learn it when the batch is empty,
 * whatever the last item weighed (local_bytes must read exactly 0 then:
 * nothing is left to take that would publish it later), when they hold,
 * and once what they read is high by a quarter of the bound (a pump cut
 * short by its budget must not leave them holding on bytes long gone). */
static void backlog_take(kiln_sched *s, const kiln_item *it) {
  s->local_exact -= it->result_bytes;
  uint64_t seen = atomic_load_explicit(&s->local_bytes, memory_order_relaxed); /* ours */
  if (seen == s->local_exact) return;
  if (!s->local_head || atomic_load_explicit(&s->backlog_held, memory_order_relaxed) ||
      seen - s->local_exact >= s->backlog_limit / 4)
    kiln__backlog_publish(s);
}

kiln_item *kiln_sched_next_done(kiln_sched *s) {
  KILN__MAIN_ONLY(s);
  for (;;) {
    if (!s->local_head) {
      /* No fold here: that is the workers' job, not a frame's. */
      pthread_mutex_lock(&s->lock);
      kiln_item *ended = kiln__ended_flush(s);
      kiln_item *released = s->released;
      s->released = NULL;
      s->local_head = s->done_head;
      s->local_tail = s->done_tail;
      s->done_head = s->done_tail = NULL;
      local_count(s, s->n_done);
      s->n_done = 0;
      if (s->done_bytes) { /* the backlog's bytes move with the batch */
        s->local_exact += s->done_bytes;
        atomic_store_explicit(&s->local_bytes, s->local_exact, memory_order_relaxed);
        s->done_bytes = 0;
      }
      s->done_urgent = 0;
      size_t grow = s->outidx.n > 2 * s->outidx.nb ? s->outidx.nb : 0;
      pthread_mutex_unlock(&s->lock);
      kiln__ended_recycle(s, ended);
      kiln__end_list_main(s, released);
      if (grow) kiln__outidx_grow(s, grow);
      if (!s->local_head) return NULL;
    }
    kiln_item *it = s->local_head;
    s->local_head = it->next;
    if (!s->local_head) s->local_tail = NULL;
    else prefetch_item(s->local_head);
    it->next = NULL;
    local_count(s, -1);
    backlog_take(s, it);
    if (!it->drop) {
      it->taken = 1;
      return it;
    }
    end_taken(s, it, 0); /* kiln_sched_cancel dropped its result */
  }
}

uint64_t kiln_sched_last_serial(const kiln_sched *s) { return s->last_serial; }

void kiln_sched_unget_done(kiln_sched *s, kiln_item *it) {
  KILN__MAIN_ONLY(s);
  it->taken = 0;
  it->next = s->local_head;
  s->local_head = it;
  if (!s->local_tail) s->local_tail = it;
  local_count(s, 1);
  s->local_exact += it->result_bytes; /* the backlog grew: no worker to wake */
  atomic_store_explicit(&s->local_bytes, s->local_exact, memory_order_relaxed);
}

void kiln_sched_finish(kiln_sched *s, kiln_item *it) {
  KILN__MAIN_ONLY(s);
  end_taken(s, it, 1);
}

/* Failed and canceled items were counted when they ended; a stale mark
 * set by the main thread counts here. */
void kiln__drop_finished(kiln_sched *s, kiln_item *it) { end_taken(s, it, 0); }

void kiln_sched_discard(kiln_sched *s, kiln_item *it) {
  KILN__MAIN_ONLY(s);
  end_taken(s, it, 0);
}

