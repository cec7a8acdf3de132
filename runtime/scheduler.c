/* The scheduler: queue, admission with reservation pools, workers' steps,
 * sessions, enqueue. See scheduler.h for the contract and sched_int.h for
 * the state; start-up, close and free are in sched_life.c, the render
 * thread's side of results in sched_done.c. */
#include "sched_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

_Thread_local kiln_worker *kiln__tl_self;

/* A worker that runs out of work first waits this long (one timed wait,
 * not a loop) before it goes idle. Items enqueued meanwhile need no signal:
 * the worker looks again when the wait ends. Workers that outpace the
 * render thread would otherwise sleep and be woken (a futex call and a
 * context switch) for every single item. Latency it adds: at most this. */
#define KILN__LINGER_NS 50000u

static const char *const stage_names[KILN_STAGE_COUNT] = {
  "queue", "compute", "output", "apply", "load", "disk", "upload"
};

const char *kiln_stage_name(int stage) {
  return stage >= 0 && stage < KILN_STAGE_COUNT ? stage_names[stage] : "?";
}

/* ----------------------------------------------------------------- items */

/* Items with keys up to this long come in one size, so the main thread can
 * reuse the ones it finishes: no malloc, no fresh pages, warm cache lines
 * on the enqueue path. Up to as many as a deep queue held at once (each
 * about 330 bytes): a burst as deep as the last one then allocates
 * nothing, where a smaller cap made every burst past it malloc and fault
 * its items in again. */
#define KILN__SMALL_KEY 64
#define KILN__SPARE_MAX 65536

static void item_release_payloads(kiln_sched *s, kiln_item *it) {
  if (it->args) s->ops.payload_free(s->ops.ud, it->args);
  if (it->result) s->ops.payload_free(s->ops.ud, it->result);
  if (it->error) s->ops.payload_free(s->ops.ud, it->error);
}

void kiln__item_free(kiln_sched *s, kiln_item *it) {
  if (!it) return;
  item_release_payloads(s, it);
  free(it);
}

/* Main thread: an item for key_len bytes of key, reused when possible. */
static kiln_item *item_alloc(kiln_sched *s, size_t key_len) {
  if (key_len <= KILN__SMALL_KEY) {
    kiln_item *it = s->spare;
    if (it) {
      s->spare = it->next;
      s->nspare--;
      return it;
    }
    return malloc(sizeof *it + KILN__SMALL_KEY + 1);
  }
  return malloc(sizeof(kiln_item) + key_len + 1);
}

/* Main thread: frees it, keeping small ones for item_alloc. */
static void item_recycle(kiln_sched *s, kiln_item *it) {
  if (it->key_len > KILN__SMALL_KEY || s->nspare >= KILN__SPARE_MAX) {
    kiln__item_free(s, it);
    return;
  }
  item_release_payloads(s, it);
  it->next = s->spare;
  s->spare = it;
  s->nspare++;
}

void kiln__free_list(kiln_sched *s, kiln_item *it) {
  while (it) {
    kiln_item *next = it->next;
    kiln__item_free(s, it);
    it = next;
  }
}

void kiln__end_list_main(kiln_sched *s, kiln_item *list) {
  while (list) {
    kiln_item *n = list->next;
    if (list->mirrored) kiln__mirror_drop(s, list);
    item_recycle(s, list);
    list = n;
  }
}

kiln_item *kiln__release(kiln_sched *s, kiln_item *list) {
  if (!list || s->gave_up) return list;
  kiln_item *t = list;
  while (t->next) t = t->next;
  t->next = s->released;
  s->released = list;
  return NULL;
}

/* The item will not run: it no longer owns its key or waits on a run. */
static void unown(kiln_sched *s, kiln_item *it) {
  if (it->in_map) {
    kiln_keymap_del(&s->keys, it);
    it->in_map = 0;
  }
  if (it->parent) {
    it->parent->pending = NULL;
    it->parent = NULL;
  }
}

/* Wakes up to n idle workers, without signalling ones already woken. */
void kiln__wake_workers(kiln_sched *s, int n) {
  while (n-- > 0 && s->idle_workers > s->signals_pending) {
    s->signals_pending++;
    pthread_cond_signal(&s->work_cv);
  }
}

/* One signal per burst: the woken worker wakes the next one if more work
 * is ready. None while a worker lingers (it looks again within
 * KILN__LINGER_NS) unless the queue is deep enough for two per worker,
 * and none while admission is held. */
void kiln__wake_for_enqueue(kiln_sched *s) {
  if (s->signals_pending == 0 && (s->lingering == 0 || s->ready.n >= 8 * s->nworkers) &&
      !kiln__admission_held(s))
    kiln__wake_workers(s, 1);
}

/* In-flight items, linked through their (then unused) queue links, so
 * close can name the ones that outlive its deadline. */
static void inflight_add(kiln_sched *s, kiln_item *it) {
  it->qprev = NULL;
  it->qnext = s->inflight;
  if (s->inflight) s->inflight->qprev = it;
  s->inflight = it;
}

static void inflight_del(kiln_sched *s, kiln_item *it) {
  if (it->qprev) it->qprev->qnext = it->qnext;
  else s->inflight = it->qnext;
  if (it->qnext) it->qnext->qprev = it->qprev;
  it->qnext = it->qprev = NULL;
}

static int needs_tokens(const kiln_item *it) {
  for (int p = 0; p < KILN_POOL_COUNT; p++)
    if (it->need[p]) return 1;
  return 0;
}

/* Worker, under lock: the next item this worker may run, with its tokens
 * taken, or NULL. Stale items met on the way go to *stale; items that can
 * never fit (capacity lowered) go to the done list as canceled. free_only:
 * stop at an item that needs tokens (NULL), leaving it queued. */
static kiln_item *admit(kiln_sched *s, kiln_item **stale, int free_only) {
  /* Below the floor: stale. Between floor and session: requeued by a
   * requeue bump, runs (item_begin restamps it). */
  uint64_t cur = atomic_load_explicit(&s->floor, memory_order_acquire);
  kiln_item *it;
  while ((it = kiln_pq_peek(&s->ready))) {
    if (free_only && needs_tokens(it)) break;
    kiln_pq_remove(&s->ready, it);
    it->ts->nq--;
    int woke = kiln__unpromise(s, it); /* tokens were set aside for it */
    kiln_item *got = NULL;
    int p;
    if (it->session < cur) {
      it->where = KILN__NOWHERE;
      it->status = KILN_ITEM_STALE;
      unown(s, it);
      kiln__count_stale(s, it);
      it->next = *stale;
      *stale = it;
    } else if (kiln__oversized(s, it)) {
      it->status = KILN_ITEM_CANCELED;
      unown(s, it);
      kiln__count_canceled(s, it);
      kiln__push_done(s, it);
    } else if (kiln__type_hold(s, it)) {
      it->ts->nq++; /* its type is at its limit: waits there, not here */
    } else if ((p = kiln__short_pool(s, it)) >= 0) {
      it->where = KILN__PARKED;
      it->parked_pool = p;
      kiln_pq_push(&s->parked[p], it); /* levels reserved at enqueue */
      it->ts->nparked++;
      s->parks++;
    } else {
      for (p = 0; p < KILN_POOL_COUNT; p++) {
        if (!it->need[p]) continue;
        s->used[p] += it->need[p];
        it->held[p] = it->need[p];
        if (s->used[p] > s->peak[p]) s->peak[p] = s->used[p];
      }
      it->where = KILN__INFLIGHT; /* still the key's owner */
      it->ts->admitted++;
      s->n_inflight++;
      inflight_add(s, it);
      got = it;
    }
    kiln__type_left_ready(s, it, got != NULL);
    if (woke) kiln__wake_pools(s); /* what it did not take goes on */
    if (got) return got;
  }
  return NULL;
}

void kiln__push_done(kiln_sched *s, kiln_item *it) {
  it->where = KILN__DONE;
  it->ts->ndone++;
  if (it->status == KILN_ITEM_OK || it->status == KILN_ITEM_FAILED) kiln__outidx_add(s, it);
  it->next = NULL;
  if (s->done_tail) s->done_tail->next = it;
  else s->done_head = it;
  s->done_tail = it;
  s->n_done++;
  if (it->status == KILN_ITEM_OK) {
    kiln_type_state *ts = it->ts;
    uint64_t decayed = ts->weight - ts->weight / 8;
    ts->weight = ts->weighed && decayed > it->result_bytes ? decayed : it->result_bytes;
    ts->weighed = 1;
  }
  uint64_t before = s->done_bytes;
  if (it->result_bytes) {
    s->done_bytes += it->result_bytes;
    /* As the workers see it: local_bytes may read high (sched_int.h). */
    uint64_t b = s->done_bytes + atomic_load_explicit(&s->local_bytes, memory_order_relaxed);
    if (b > s->backlog_peak) s->backlog_peak = b;
  }
  /* The main thread takes the whole list: only the item that brings it to
   * what the main thread waits for (a count, or bytes) needs to wake it.
   * (close waits on main_cv too: a wake for bytes there is one more
   * spurious wake, and it looks again.) */
  if (s->main_waiting) {
    uint64_t wait_bytes = kiln__wait_bytes(s);
    if (s->n_done == s->main_wait_min || (before < wait_bytes && s->done_bytes >= wait_bytes))
      pthread_cond_signal(&s->main_cv);
  }
}

/* Worker, under lock: the run is over. Returns the item if it must be freed
 * (outside the lock), NULL if it went to the done list. Past a close
 * deadline nobody takes results: they are counted and freed here. */
kiln_item *kiln__complete(kiln_sched *s, kiln_worker *w, kiln_item *it) {
  inflight_del(s, it);
  kiln_type_state *ts = it->ts;
  if (atomic_load_explicit(&it->begun, memory_order_relaxed)) { /* our own store */
    atomic_fetch_sub_explicit(&w->nbegun, 1, memory_order_relaxed);
    if (atomic_load_explicit(&w->cur, memory_order_relaxed) == it) {
      atomic_store_explicit(&w->cur, NULL, memory_order_relaxed);
      atomic_store_explicit(&w->cur_type, -1, memory_order_relaxed);
    }
  }
  /* A canceled run's result is dropped; its failure stays a failure. */
  if (it->status == KILN_ITEM_OK && atomic_load(&it->cancel)) it->status = KILN_ITEM_CANCELED;
  for (int p = 0; p < KILN_POOL_COUNT; p++) {
    if (!it->held[p]) continue;
    uint64_t h = it->held[p];
    it->held[p] = 0;
    kiln__release_locked(s, p, h);
  }
  s->n_inflight--;
  if (it->pending) { /* enqueued again while it ran: that run may start now */
    kiln_item *q = it->pending;
    it->pending = NULL;
    q->parent = NULL;
    kiln_keymap_replace(&s->keys, it, q);
    q->in_map = 1;
    q->where = KILN__READY;
    s->n_pending--;
    kiln_pq_push(&s->ready, q);
    kiln__wake_workers(s, 1);
  } else {
    kiln_keymap_del(&s->keys, it);
  }
  it->in_map = 0;
  kiln__type_slot_free(s, ts);
  kiln_item *to_free = NULL;
  switch (it->status) {
  case KILN_ITEM_FAILED:
    kiln__count_failed(s, it);
    if (s->gave_up) to_free = it;
    else kiln__push_done(s, it);
    break;
  case KILN_ITEM_OK:
    if (s->gave_up) { /* a result nobody will take */
      kiln__count_canceled(s, it);
      to_free = it;
    } else {
      kiln__push_done(s, it);
    }
    break;
  case KILN_ITEM_STALE:
    kiln__count_stale(s, it);
    to_free = it;
    break;
  default:
    kiln__count_canceled(s, it);
    to_free = it;
    break;
  }
  if (kiln__main_may_return(s) && s->main_waiting) pthread_cond_signal(&s->main_cv);
  if (kiln__all_idle(s)) {
    if (s->stopping) {
      pthread_cond_broadcast(&s->work_cv);
      pthread_cond_broadcast(&s->linger_cv);
    }
  }
  return to_free;
}

/* --------------------------------------------------------------- workers */

/* What an item of ts is expected to add to the backlog: UINT64_MAX while
 * no result of its type has ended (it might be big). */
static uint64_t expected_weight(const kiln_type_state *ts) { return ts->weighed ? ts->weight : UINT64_MAX; }

/* Worker, under lock: whether the backlog of results holds admission. It
 * marks the hold, then reads the backlog again (both seq_cst): the main
 * thread publishes what it took, then reads the mark (kiln__backlog_publish).
 * One of the two sees the other, so a hold never outlives its cause. */
static int backlog_holds(kiln_sched *s) {
  int held = atomic_load_explicit(&s->backlog_held, memory_order_relaxed);
  if (!kiln__backlog_full(s, memory_order_relaxed)) {
    /* Fell under the bound (or closing) before the main thread saw it:
     * enqueue wakes workers again. */
    if (held) atomic_store_explicit(&s->backlog_held, 0, memory_order_relaxed);
    return 0;
  }
  if (!held) {
    atomic_store(&s->backlog_held, 1);
    if (!kiln__backlog_full(s, memory_order_seq_cst)) {
      atomic_store_explicit(&s->backlog_held, 0, memory_order_relaxed);
      return 0;
    }
    s->backlog_holds++;
  }
  return 1;
}

/* Worker: completes done[0..ndone), then takes up to max items: one
 * always (blocking while there is none), more only while the ready queue
 * holds more than two items per worker, so batching never leaves another
 * worker idle. One lock acquisition for all of it: with a deep queue the
 * lock and the shared cache lines are paid once per batch, not per item.
 * Returns how many went to out; 0 means as for kiln_sched_worker_step. */
int kiln_sched_worker_batch(kiln_sched_worker *w, kiln_item **done, int ndone, kiln_item **out,
                            int max, int *control) {
  kiln_sched *s = w->s;
  kiln_item *dead = NULL, *stale = NULL;
  int n = 0, lingered = 0;
  *control = 0;
  pthread_mutex_lock(&s->lock);
  w->out = 0;
  for (int i = 0; i < ndone; i++) {
    kiln_item *d = kiln__complete(s, w, done[i]);
    if (d) { d->next = dead; dead = d; }
  }
  for (;;) {
    /* What the fast path pushed joins the queue before anything is
     * admitted, a chunk at a time (see KILN__FOLD_CHUNK). */
    if (kiln__intake_pending(s)) kiln__intake_fold_upto(s, KILN__FOLD_CHUNK);
    if (s->gave_up) break; /* close passed its deadline: leave, run nothing more */
    if (w->ctl_gen != s->ctl_gen) {
      w->ctl_gen = s->ctl_gen;
      *control = 1;
      break;
    }
    /* Paused: admit nothing; resume wakes the idle workers. */
    int paused = atomic_load_explicit(&s->paused, memory_order_relaxed);
    kiln_item *it = paused || (s->ready.n && backlog_holds(s)) ? NULL : admit(s, &stale, 0);
    if (it) {
      out[n++] = it;
      /* Tokens are taken at admission: an item that needs some goes alone,
       * and none joins a batch behind another, so one slow item cannot
       * hoard tokens for items that have not started. */
      if (!needs_tokens(it)) {
        /* Its share of what is ready: the other workers find as much. And
         * while the results its items are expected to make fit in the
         * backlog's room: a batch of big results would pass the bound by
         * the whole batch. */
        size_t share = s->ready.n / (size_t)s->nworkers;
        uint64_t room = kiln__backlog_room(s, memory_order_relaxed), expect = expected_weight(it->ts);
        while (n < max && (size_t)n <= share) {
          if (room != UINT64_MAX) {
            const kiln_item *next = kiln_pq_peek(&s->ready);
            uint64_t w = next ? expected_weight(next->ts) : 0;
            if (expect >= room || w >= room - expect) break;
            expect += w;
          }
          if (!(it = admit(s, &stale, 1))) break;
          out[n++] = it;
        }
      }
      if (s->ready.n) kiln__wake_workers(s, 1); /* cascade: see kiln__wake_for_enqueue */
      break;
    }
    if (s->stopping && kiln__queue_empty(s)) break;
    if (dead || stale) { /* to the main thread (or freed) before sleeping */
      dead = kiln__release(s, dead);
      stale = kiln__release(s, stale);
      /* They may have been all that was left: a main thread waiting for
       * the queue to empty must hear it now, not at its deadline. */
      if (kiln__main_may_return(s) && s->main_waiting) pthread_cond_signal(&s->main_cv);
      if (dead || stale) {
        pthread_mutex_unlock(&s->lock);
        kiln__free_list(s, dead);
        kiln__free_list(s, stale);
        dead = stale = NULL;
        pthread_mutex_lock(&s->lock);
        continue;
      }
    }
    if (kiln__intake_pending(s)) {
      /* Pushed since the fold, or more than a chunk whose items all wait
       * (type limits, tokens) or went stale: the lock is let go between
       * chunks, as between batches. */
      pthread_mutex_unlock(&s->lock);
      pthread_mutex_lock(&s->lock);
      continue;
    }
    if (!lingered) { /* see KILN__LINGER_NS */
      lingered = 1;
      /* Out of work with results waiting: their applies may enqueue more. */
      if (s->main_waiting && (kiln__main_may_return(s) || s->done_head))
        pthread_cond_signal(&s->main_cv);
      struct timespec dl = kiln__deadline_in(KILN__LINGER_NS);
      s->lingering++;
      pthread_cond_timedwait(&s->linger_cv, &s->lock, &dl);
      s->lingering--;
      continue;
    }
    /* Counted idle, then the intake read again (both seq_cst): the fast
     * path pushes, then reads idle_workers. One of the two sees the other,
     * so a push never waits for a worker that sleeps through it. */
    s->idle_workers++;
    if (kiln__intake_pending_order(s, memory_order_seq_cst)) {
      s->idle_workers--;
      continue;
    }
    pthread_cond_wait(&s->work_cv, &s->lock);
    s->idle_workers--;
    if (s->signals_pending > 0) s->signals_pending--;
  }
  uint64_t now = 0;
  if (n) { /* under the lock: close reads it for items past its deadline */
    now = kiln_now_ns();
    for (int i = 0; i < n; i++) out[i]->t_admit_ns = now;
  }
  w->out = n > 0 || *control;
  dead = kiln__release(s, dead);
  stale = kiln__release(s, stale);
  if (kiln__main_may_return(s) && s->main_waiting) pthread_cond_signal(&s->main_cv);
  pthread_mutex_unlock(&s->lock);
  kiln__free_list(s, dead);
  kiln__free_list(s, stale);
  for (int i = 0; i < n; i++) kiln_sched_observe(s, KILN_STAGE_QUEUE, now - out[i]->t_enqueue_ns);
  return n;
}

/* Worker: one item at a time (see kiln_sched_worker_batch). */
kiln_item *kiln_sched_worker_step(kiln_sched_worker *w, kiln_item *done, int *control) {
  kiln_item *it = NULL;
  return kiln_sched_worker_batch(w, &done, done ? 1 : 0, &it, 1, control) ? it : NULL;
}

int kiln__reserve_levels(kiln_sched *s, int more, kiln_type_state *ts) {
  int nlv = s->ready.nlv + more + s->typewait_lv;
  for (int p = 0; p < KILN_POOL_COUNT; p++) nlv += s->parked[p].nlv;
  return kiln_pq_reserve(&s->ready, nlv) || kiln_pq_reserve(&s->parked[0], nlv) ||
         kiln_pq_reserve(&s->parked[1], nlv) || (ts && kiln_pq_reserve(&ts->waiting, nlv));
}

/* Worker: items admitted but not started go back as if never admitted (see
 * scheduler.h). Walked last to first so that pushing each at the head of
 * its level keeps their order; a rerun folded in at a higher priority goes
 * to that level's tail, as the enqueue that raised it would have. */
void kiln_sched_worker_return(kiln_sched_worker *w, kiln_item **items, int n) {
  kiln_sched *s = w->s;
  kiln_item *dead = NULL, *raised = NULL;
  uint64_t freed[KILN_POOL_COUNT] = { 0 };
  if (n <= 0) return;
  pthread_mutex_lock(&s->lock);
  /* Close has canceled the queue (or gave up): cancel them too, as the
   * worker's own results are then (see complete). */
  int drop = s->gave_up || s->canceling;
  if (!drop) { /* room for their levels in every queue (moves never fail) */
    drop = kiln__reserve_levels(s, n, NULL); /* out of memory: canceled, never lost */
  }
  for (int i = n - 1; i >= 0; i--) {
    kiln_item *it = items[i];
    assert(it->where == KILN__INFLIGHT && it->status == KILN_ITEM_PENDING && !it->begun);
    inflight_del(s, it);
    s->n_inflight--;
    kiln__type_slot_free(s, it->ts);
    for (int p = 0; p < KILN_POOL_COUNT; p++) {
      freed[p] += it->held[p];
      it->held[p] = 0;
    }
    it->t_admit_ns = 0;
    kiln_item *q = it->pending; /* enqueued while it was admitted */
    int up = 0, canceled = !drop && atomic_load(&it->cancel); /* kiln_sched_cancel flagged it */
    if (q && canceled) { /* enqueued after the cancel: that run takes the key */
      it->pending = NULL;
      q->parent = NULL;
      s->n_pending--;
      kiln_keymap_replace(&s->keys, it, q);
      it->in_map = 0;
      q->in_map = 1;
      q->where = KILN__READY;
      kiln_pq_push(&s->ready, q); /* reserved above: cannot fail */
      q = NULL;
    }
    if (q) {
      it->pending = NULL;
      q->parent = NULL;
      q->where = KILN__NOWHERE;
      s->n_pending--;
      q->ts->nq--;
      if (drop) {
        q->status = KILN_ITEM_CANCELED;
        kiln__count_canceled(s, q);
      } else { /* that enqueue coalesces into it now; q keeps the old args to free */
        void *a = it->args;
        it->args = q->args;
        q->args = a;
        it->session = q->session;
        it->flags = q->flags;
        memcpy(it->need, q->need, sizeof it->need);
        if (q->priority > it->priority) {
          it->priority = q->priority;
          up = 1;
        }
        s->coalesced++;
        it->ts->coalesced++;
      }
      q->next = dead;
      dead = q;
    }
    if (drop || canceled) {
      it->where = KILN__NOWHERE;
      it->status = KILN_ITEM_CANCELED;
      unown(s, it);
      kiln__count_canceled(s, it);
      it->next = dead;
      dead = it;
      continue;
    }
    it->ts->nq++;
    it->where = KILN__READY; /* still the key's owner: enqueue coalesces into it */
    if (up) {
      it->next = raised; /* walked backwards: the list comes out in order */
      raised = it;
    } else {
      kiln_pq_push_front(&s->ready, it); /* reserved above: cannot fail */
    }
  }
  for (kiln_item *it = raised, *next; it; it = next) {
    next = it->next;
    it->next = NULL;
    kiln_pq_push(&s->ready, it);
  }
  for (int p = 0; p < KILN_POOL_COUNT; p++)
    if (freed[p]) kiln__release_locked(s, p, freed[p]);
  if (s->ready.n) kiln__wake_workers(s, 1); /* the woken one cascades */
  if (kiln__main_may_return(s) && s->main_waiting) pthread_cond_signal(&s->main_cv);
  if (kiln__all_idle(s)) {
    if (s->stopping) {
      pthread_cond_broadcast(&s->work_cv);
      pthread_cond_broadcast(&s->linger_cv);
    }
  }
  dead = kiln__release(s, dead);
  pthread_mutex_unlock(&s->lock);
  kiln__free_list(s, dead);
}

/* Under lock: takes every not-yet-started item out of the queue, counted
 * canceled; promises end with the ready queue. */
kiln_item *kiln__cancel_queued(kiln_sched *s) {
  kiln_item *list = NULL, *it;
  /* Reruns waiting on in-flight owners first: unowning queued owners
   * below reshuffles the map. */
  for (size_t i = 0; i < s->keys.cap; i++) {
    kiln_item *o = s->keys.slots[i].item;
    if (o && o->pending) {
      o->pending->next = list;
      list = o->pending;
      s->n_pending--;
    }
  }
  list = kiln__types_take_waiting(s, list);
  while ((it = kiln_pq_pop(&s->ready))) {
    kiln__unpromise(s, it);
    it->next = list;
    list = it;
  }
  for (int p = 0; p < KILN_POOL_COUNT; p++) {
    assert(s->promised[p] == 0);
    while ((it = kiln_pq_pop(&s->parked[p]))) {
      it->ts->nparked--;
      it->ts->nq++; /* taken off nq below with the others */
      it->next = list;
      list = it;
    }
  }
  for (it = list; it; it = it->next) {
    it->where = KILN__NOWHERE;
    it->status = KILN_ITEM_CANCELED;
    it->ts->nq--;
    if (it->unheld) { it->unheld = 0; it->ts->unheld--; }
    unown(s, it);
    kiln__count_canceled(s, it);
  }
  return list;
}

/* ------------------------------------------------------------ main thread */

int kiln_sched_enqueue(kiln_sched *s, uint32_t type_id, const char *key, size_t key_len,
                       int priority, uint32_t flags, const uint64_t need[KILN_POOL_COUNT],
                       void *args, int *result, char *msg) {
  KILN__MAIN_ONLY(s);
  uint64_t hash = kiln_keymap_hash(type_id, key, key_len);
  kiln_item *it = kiln__mirror_reserve(s) ? NULL : item_alloc(s, key_len);
  if (!it) {
    if (args) s->ops.payload_free(s->ops.ud, args);
    return kiln_errf(msg, KILN_NOMEM, "enqueue: out of memory");
  }
  memset(it, 0, sizeof *it);
  it->priority = priority;
  it->hash = hash;
  it->type_id = type_id;
  it->flags = flags;
  it->args = args;
  it->owner = s;
  it->key_len = key_len;
  memcpy(it->key, key, key_len);
  it->key[key_len] = '\0';
  if (need) memcpy(it->need, need, sizeof it->need);
  it->t_enqueue_ns = kiln_now_ns();

  /* Fast path: without the lock (sched_intake.c). */
  if (kiln__intake_push(s, it)) {
    *result = KILN_QUEUED;
    kiln__ended_settle(s); /* as below */
    kiln__recent_forget(s, hash, type_id, key, key_len);
    return KILN_OK;
  }

  void *old_args = NULL;
  int rc = KILN_OK;
  kiln__lock(s);
  if (s->closing) {
    rc = kiln_errf(msg, KILN_CLOSED, "enqueue: the runtime is closed");
    goto out;
  }
  for (int p = 0; p < KILN_POOL_COUNT; p++) {
    if (it->need[p] > s->cap[p]) {
      rc = kiln_errf(msg, KILN_TOOBIG, "enqueue: needs %llu %s token(s) but the pool holds %llu",
                     (unsigned long long)it->need[p], p == KILN_POOL_DISK ? "disk" : "gpu",
                     (unsigned long long)s->cap[p]);
      goto out;
    }
  }
  uint64_t cur = atomic_load_explicit(&s->session, memory_order_relaxed);
  kiln_type_state *ts = kiln__type_get(s, type_id);
  /* A priority may show up in every queue: moves between them never fail. */
  if (!ts || kiln__reserve_levels(s, 1, ts)) {
    rc = kiln_errf(msg, KILN_NOMEM, "enqueue: out of memory (type %u)", type_id);
    goto out;
  }
  it->ts = ts;
  size_t hint;
  kiln_item *o = kiln_keymap_lookup(&s->keys, hash, type_id, key, key_len, &hint);
  kiln_item *q = !o ? NULL : o->where != KILN__INFLIGHT ? o : o->pending;
  if (q) {
    old_args = q->args;          /* newest args win */
    q->args = args;
    it->args = NULL;
    q->session = cur;
    q->flags = flags;
    memcpy(q->need, it->need, sizeof q->need);
    if (priority > q->priority) {  /* highest priority wins */
      kiln_pq *pq = q->where == KILN__READY ? &s->ready
                  : q->where == KILN__PARKED ? &s->parked[q->parked_pool] : NULL;
      if (q->where == KILN__TYPEWAIT) kiln__type_reprioritize(s, q, priority);
      if (pq) kiln_pq_remove(pq, q);
      q->priority = priority;
      if (pq) kiln_pq_push(pq, q);
    }
    /* Parked: a smaller need or a place at the head may let it in now. */
    if (q->where == KILN__PARKED) kiln__wake_pools(s);
    s->last_serial = q->serial;
    s->enqueued++; /* every accepted call ends in exactly one counter */
    s->coalesced++;
    ts->enqueued++;
    ts->coalesced++;
    *result = KILN_COALESCED;
    goto out; /* frees the unused shell */
  }
  it->session = cur;
  it->serial = s->last_serial = ++s->serial;
  if (o) { /* in flight: this run starts when that one ends */
    it->where = KILN__PENDING;
    it->parent = o;
    o->pending = it;
    s->n_pending++;
  } else {
    if (kiln_keymap_add_at(&s->keys, it, hint)) {
      rc = kiln_errf(msg, KILN_NOMEM, "enqueue: out of memory");
      goto out;
    }
    it->in_map = 1;
    it->where = KILN__READY;
    kiln_pq_push(&s->ready, it);
    kiln__wake_for_enqueue(s);
  }
  ts->nq++;
  ts->enqueued++;
  s->enqueued++;
  kiln__mirror_add(s, it);
  *result = KILN_QUEUED;
  it = NULL;
out:
  pthread_mutex_unlock(&s->lock);
  if (old_args) s->ops.payload_free(s->ops.ud, old_args);
  if (it) item_recycle(s, it);
  if (rc == KILN_OK) { /* the live state replaces the key's last outcome */
    kiln__ended_settle(s); /* (one not recorded yet must not come back after) */
    kiln__recent_forget(s, hash, type_id, key, key_len);
  }
  return rc;
}

void kiln_sched_release(kiln_sched *s, int pool, uint64_t amount) {
  if (!amount) return;
  pthread_mutex_lock(&s->lock);
  kiln__release_locked(s, pool, amount);
  pthread_mutex_unlock(&s->lock);
}

void kiln_sched_set_capacity(kiln_sched *s, int pool, uint64_t capacity) {
  KILN__MAIN_ONLY(s);
  pthread_mutex_lock(&s->lock);
  s->cap[pool] = capacity;
  kiln__wake_pools(s);
  pthread_mutex_unlock(&s->lock);
}
