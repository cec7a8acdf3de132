/* Per-type state: concurrency limits with their waiting queues, and the
 * per-type counters. See scheduler.h for the contract, sched_int.h for the
 * state. Everything here runs under s->lock unless said otherwise.
 *
 * A type at its limit must not hold back other types: admission moves its
 * items off the ready queue into the type's own priority FIFO (no spinning
 * over them), and each admitted item of the type that completes or is
 * given back puts the head of that FIFO back at the head of its ready
 * level, where it was. */
#include "sched_int.h"

#include <stdlib.h>
#include <string.h>

/* Type ids are small dense integers; past this they are a caller's bug. */
#define KILN__MAX_TYPES (1u << 20)

kiln_type_state *kiln__type_get(kiln_sched *s, uint32_t id) {
  if (id < s->ntypes && s->types[id]) return s->types[id];
  if (id >= KILN__MAX_TYPES) return NULL;
  if (id >= s->ntypes) {
    uint32_t n = s->ntypes ? s->ntypes : 16;
    while (n <= id) n *= 2;
    kiln_type_state **nt = realloc(s->types, n * sizeof *nt);
    if (!nt) return NULL;
    memset(nt + s->ntypes, 0, (n - s->ntypes) * sizeof *nt);
    s->types = nt;
    s->ntypes = n;
  }
  kiln_type_state *ts = calloc(1, sizeof *ts);
  if (!ts) return NULL;
  kiln_pq_init(&ts->waiting);
  s->types[id] = ts;
  return ts;
}

void kiln__types_free(kiln_sched *s) {
  for (uint32_t i = 0; i < s->ntypes; i++) {
    kiln_type_state *ts = s->types[i];
    if (!ts) continue;
    kiln_item *it;
    while ((it = kiln_pq_pop(&ts->waiting))) kiln__item_free(s, it);
    kiln_pq_free(&ts->waiting);
    free(ts);
  }
  free(s->types);
  s->types = NULL;
  s->ntypes = 0;
}

/* The waiting queues' levels, summed, bound the priorities that may come
 * back to the ready queue: enqueue reserves for them. */
static void wait_push(kiln_sched *s, kiln_type_state *ts, kiln_item *it) {
  int lv = ts->waiting.nlv;
  /* Levels reserved at the type's enqueues. One sent back that meets the
   * limit again (another item took the slot first) was a head: it stays one. */
  if (it->unheld) kiln_pq_push_front(&ts->waiting, it);
  else kiln_pq_push(&ts->waiting, it);
  s->typewait_lv += ts->waiting.nlv - lv;
  s->n_typewait++;
}

static void wait_remove(kiln_sched *s, kiln_type_state *ts, kiln_item *it) {
  int lv = ts->waiting.nlv;
  kiln_pq_remove(&ts->waiting, it);
  s->typewait_lv += ts->waiting.nlv - lv;
  s->n_typewait--;
}

void kiln__type_unwait(kiln_sched *s, kiln_item *it) { wait_remove(s, it->ts, it); }

int kiln__type_hold(kiln_sched *s, kiln_item *it) {
  kiln_type_state *ts = it->ts;
  if (!ts->limit || ts->admitted < ts->limit) return 0;
  it->where = KILN__TYPEWAIT;
  wait_push(s, ts, it);
  return 1;
}

void kiln__type_reprioritize(kiln_sched *s, kiln_item *it, int priority) {
  wait_remove(s, it->ts, it);
  it->priority = priority;
  wait_push(s, it->ts, it);
}

/* Puts as many heads of ts's waiting queue as its limit has room for back
 * at the head of their ready levels, in their order. Items already sent
 * back and not admitted yet (unheld) hold their slot: a slot is never
 * given twice, and never lost when its item is dropped instead. */
static void settle(kiln_sched *s, kiln_type_state *ts) {
  if (!ts->waiting.n) return;
  int n = ts->limit ? ts->limit - ts->admitted - ts->unheld : ts->waiting.n;
  kiln_item *rev = NULL, *it;
  int moved = 0;
  for (; moved < n && (it = kiln_pq_peek(&ts->waiting)); moved++) {
    wait_remove(s, ts, it);
    it->next = rev; /* reversed: pushing each at its level's head restores the order */
    rev = it;
  }
  for (it = rev; it; it = rev) {
    rev = it->next;
    it->next = NULL;
    it->where = KILN__READY;
    it->unheld = 1;
    ts->unheld++;
    kiln_pq_push_front(&s->ready, it); /* levels reserved at enqueue */
  }
  if (moved) kiln__wake_workers(s, moved);
}

void kiln__type_slot_free(kiln_sched *s, kiln_type_state *ts) {
  ts->admitted--;
  settle(s, ts);
}

void kiln__type_left_ready(kiln_sched *s, kiln_item *it, int admitted) {
  if (!it->unheld) return;
  it->unheld = 0;
  it->ts->unheld--;
  if (!admitted) settle(s, it->ts);
}

kiln_item *kiln__types_take_waiting(kiln_sched *s, kiln_item *list) {
  for (uint32_t i = 0; i < s->ntypes && s->n_typewait; i++) {
    kiln_type_state *ts = s->types[i];
    kiln_item *it;
    while (ts && (it = kiln_pq_peek(&ts->waiting))) {
      wait_remove(s, ts, it);
      it->next = list;
      list = it;
    }
  }
  return list;
}

void kiln__count_canceled(kiln_sched *s, kiln_item *it) {
  atomic_fetch_add_explicit(&s->canceled, 1, memory_order_relaxed);
  it->ts->canceled++;
}

void kiln__count_stale(kiln_sched *s, kiln_item *it) {
  atomic_fetch_add_explicit(&s->stale_dropped, 1, memory_order_relaxed);
  it->ts->stale_dropped++;
}

void kiln__count_failed(kiln_sched *s, kiln_item *it) {
  atomic_fetch_add_explicit(&s->failed, 1, memory_order_relaxed);
  it->ts->failed++;
  it->counted_failed = 1;
}

/* ------------------------------------------------------------------- API */

int kiln_sched_set_type_limit(kiln_sched *s, uint32_t type_id, int max_concurrency) {
  KILN__MAIN_ONLY(s);
  if (max_concurrency < 0) return KILN_INVAL;
  kiln__lock(s);
  kiln_type_state *ts = kiln__type_get(s, type_id);
  if (ts) {
    ts->limit = max_concurrency;
    settle(s, ts); /* raised: what the new limit lets in */
  }
  pthread_mutex_unlock(&s->lock);
  return ts ? KILN_OK : KILN_NOMEM;
}

void kiln_sched_type_counts_get(kiln_sched *s, uint32_t type_id, kiln_sched_type_counts *o) {
  KILN__SETTLE_IF_MAIN(s);
  memset(o, 0, sizeof *o);
  kiln__lock(s);
  kiln_type_state *ts = type_id < s->ntypes ? s->types[type_id] : NULL;
  if (ts) {
    o->enqueued = ts->enqueued;
    o->coalesced = ts->coalesced;
    o->completed = ts->completed;
    o->failed = ts->failed;
    o->stale_dropped = ts->stale_dropped;
    o->canceled = ts->canceled;
    /* Admitted but not begun: queued, as in kiln_sched_counts. The
     * in-flight list is short (a batch per worker at most). */
    uint64_t held = 0;
    for (kiln_item *it = s->inflight; it; it = it->qnext)
      if (it->type_id == type_id && !atomic_load_explicit(&it->begun, memory_order_relaxed)) held++;
    for (int i = 0; i < s->nworkers; i++)
      o->running += atomic_load_explicit(&s->workers[i].cur_type, memory_order_relaxed) == (int64_t)type_id;
    o->queued = ts->nq + held;
    o->deferred = ts->nparked;
    o->waiting_apply = ts->ndone;
  }
  pthread_mutex_unlock(&s->lock);
}
