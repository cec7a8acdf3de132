/* The scheduler: queue, admission with reservation pools, workers, sessions,
 * done list. See scheduler.h for the contract.
 *
 * State (all under s->lock unless marked):
 *   ready            priority FIFO of items to admit
 *   parked[pool]     priority FIFOs of items waiting for that pool's tokens
 *   keys             (type, key) -> the item owning the key (in flight or
 *                    queued); an in-flight owner links its queued rerun
 *   used/cap/peak    tokens per pool
 *   done_head/tail   finished items for the main thread
 *   local_head/tail  main thread only: items swapped out of the done list
 *   session          atomic; written by the main thread only
 * Lock order: s->lock is a leaf; nothing else is locked while it is held.
 */
#include "scheduler.h"

#include <assert.h>
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "item.h"
#include "queue.h"
#include "stats.h"

struct kiln_sched_worker {
  kiln_sched *s;
  pthread_t thread;
  int index;
  int started;        /* thread created */
  int ready;          /* init finished (ok or not) */
  int init_failed;
  char init_msg[KILN_ERRMSG_MAX];
  void *wdata;
  uint64_t ctl_gen;   /* under s->lock */
};
typedef struct kiln_sched_worker kiln_worker;

struct kiln_sched {
  pthread_mutex_t lock;
  pthread_cond_t work_cv;  /* workers wait for items */
  pthread_cond_t main_cv;  /* main thread waits (wait, close, start-up) */
  kiln_sched_ops ops;
  pthread_t main_thread;
  int policy;              /* enum kiln_worker_policy */

  kiln_pq ready;
  kiln_pq parked[KILN_POOL_COUNT];
  kiln_keymap keys;
  uint64_t cap[KILN_POOL_COUNT], used[KILN_POOL_COUNT], peak[KILN_POOL_COUNT];
  _Atomic uint64_t session;
  uint64_t ctl_gen;
  int closing;        /* enqueue refused */
  int stopping;       /* workers exit once nothing is left for them */
  int closed;         /* workers joined */
  int idle_workers;
  int signals_pending;  /* signals sent to idle workers not yet woken */
  pthread_cond_t linger_cv; /* workers lingering before they go idle */
  int lingering;          /* workers in their short linger wait */
  int main_waiting;
  uint64_t n_pending, n_inflight, n_done;
  uint64_t enqueued, coalesced, parks, wakeups;
  _Atomic uint64_t completed, failed, stale_dropped, canceled;
  kiln_item *done_head, *done_tail;
  kiln_item *local_head, *local_tail;   /* main thread only */
  kiln_item *spare;          /* main thread only: finished items to reuse */
  int nspare;
  _Atomic uint64_t n_local;
  int nworkers;
  kiln_worker *workers;
  /* Per-thread shards, [slot][stage]: slot 0 for the main and other
   * threads, slot i + 1 for worker i. Two workers bumping one histogram's
   * atomics per item would bounce its cache lines between the cores. */
  kiln_hist (*hist)[KILN_STAGE_COUNT];
};

static _Thread_local kiln_worker *tl_self; /* the worker running on this thread */

/* A worker that runs out of work first waits this long (one timed wait,
 * not a loop) before it goes idle. Items enqueued meanwhile need no signal:
 * the worker looks again when the wait ends. Workers that outpace the
 * render thread would otherwise sleep and be woken (a futex call and a
 * context switch) for every single item. Latency it adds: at most this. */
#define KILN__LINGER_NS 50000u

/* A broken contract, not bad data: main-thread calls from another thread. */
#define KILN__MAIN_ONLY(s) assert(pthread_equal(pthread_self(), (s)->main_thread))

/* Absolute CLOCK_MONOTONIC deadline ns from now, for the timed waits
 * (every condition variable here runs on the monotonic clock). */
static struct timespec deadline_in(uint64_t ns) {
  struct timespec dl;
  clock_gettime(CLOCK_MONOTONIC, &dl);
  dl.tv_sec += (time_t)(ns / 1000000000u);
  dl.tv_nsec += (long)(ns % 1000000000u);
  if (dl.tv_nsec >= 1000000000L) { dl.tv_sec++; dl.tv_nsec -= 1000000000L; }
  return dl;
}

static const char *const stage_names[KILN_STAGE_COUNT] = {
  "queue", "compute", "output", "apply", "load", "disk", "upload"
};

const char *kiln_stage_name(int stage) {
  return stage >= 0 && stage < KILN_STAGE_COUNT ? stage_names[stage] : "?";
}

/* ----------------------------------------------------------------- items */

/* Items with keys up to this long come in one size, so the main thread can
 * reuse the ones it finishes: no malloc, no fresh pages, warm cache lines
 * on the enqueue path. */
#define KILN__SMALL_KEY 64
#define KILN__SPARE_MAX 4096

static void item_release_payloads(kiln_sched *s, kiln_item *it) {
  if (it->args) s->ops.payload_free(s->ops.ud, it->args);
  if (it->result) s->ops.payload_free(s->ops.ud, it->result);
  if (it->error) s->ops.payload_free(s->ops.ud, it->error);
}

static void item_free(kiln_sched *s, kiln_item *it) {
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
    item_free(s, it);
    return;
  }
  item_release_payloads(s, it);
  it->next = s->spare;
  s->spare = it;
  s->nspare++;
}

static void free_list(kiln_sched *s, kiln_item *it) {
  while (it) {
    kiln_item *next = it->next;
    item_free(s, it);
    it = next;
  }
}

static int queue_empty(const kiln_sched *s) {
  if (s->ready.n || s->n_pending) return 0;
  for (int p = 0; p < KILN_POOL_COUNT; p++)
    if (s->parked[p].n) return 0;
  return 1;
}

static int all_idle(const kiln_sched *s) { return queue_empty(s) && s->n_inflight == 0; }

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
static void wake_workers(kiln_sched *s, int n) {
  while (n-- > 0 && s->idle_workers > s->signals_pending) {
    s->signals_pending++;
    pthread_cond_signal(&s->work_cv);
  }
}

/* First pool that cannot cover the item's needs right now, or -1. */
static int short_pool(const kiln_sched *s, const kiln_item *it) {
  for (int p = 0; p < KILN_POOL_COUNT; p++)
    if (it->need[p] && s->used[p] + it->need[p] > s->cap[p]) return p;
  return -1;
}

/* Moves parked items that now fit back to the ready queue; wakes workers. */
static void wake_pool(kiln_sched *s, int p) {
  uint64_t avail = s->cap[p] > s->used[p] ? s->cap[p] - s->used[p] : 0;
  int moved = 0;
  kiln_item *it;
  while ((it = kiln_pq_peek(&s->parked[p])) && it->need[p] <= avail) {
    kiln_pq_pop(&s->parked[p]);
    avail -= it->need[p];
    it->where = KILN__READY;
    kiln_pq_push(&s->ready, it); /* levels reserved at enqueue: cannot fail */
    moved++;
  }
  if (moved) {
    s->wakeups += (uint64_t)moved;
    wake_workers(s, moved);
  }
}

static void release_locked(kiln_sched *s, int p, uint64_t amount) {
  s->used[p] = s->used[p] > amount ? s->used[p] - amount : 0;
  wake_pool(s, p);
}

/* Worker, under lock: the next item this worker may run, with its tokens
 * taken, or NULL. Stale items met on the way go to *stale. */
static kiln_item *admit(kiln_sched *s, kiln_item **stale) {
  uint64_t cur = atomic_load_explicit(&s->session, memory_order_acquire);
  kiln_item *it;
  while ((it = kiln_pq_pop(&s->ready))) {
    if (it->session < cur) {
      it->where = KILN__NOWHERE;
      it->status = KILN_ITEM_STALE;
      unown(s, it);
      atomic_fetch_add_explicit(&s->stale_dropped, 1, memory_order_relaxed);
      it->next = *stale;
      *stale = it;
      continue;
    }
    int p = short_pool(s, it);
    if (p >= 0) {
      it->where = KILN__PARKED;
      it->parked_pool = p;
      kiln_pq_push(&s->parked[p], it); /* levels reserved at enqueue */
      s->parks++;
      continue;
    }
    for (p = 0; p < KILN_POOL_COUNT; p++) {
      if (!it->need[p]) continue;
      s->used[p] += it->need[p];
      it->held[p] = it->need[p];
      if (s->used[p] > s->peak[p]) s->peak[p] = s->used[p];
    }
    it->where = KILN__INFLIGHT; /* still the key's owner */
    s->n_inflight++;
    return it;
  }
  return NULL;
}

static void push_done(kiln_sched *s, kiln_item *it) {
  it->where = KILN__DONE;
  it->next = NULL;
  if (s->done_tail) s->done_tail->next = it;
  else s->done_head = it;
  s->done_tail = it;
  s->n_done++;
  /* The main thread takes the whole list: only the first item needs to
   * wake it (it never waits while the list is non-empty). */
  if (s->main_waiting && s->done_head == it) pthread_cond_signal(&s->main_cv);
}

/* Worker, under lock: the run is over. Returns the item if it must be freed
 * (outside the lock), NULL if it went to the done list. */
static kiln_item *complete(kiln_sched *s, kiln_item *it) {
  for (int p = 0; p < KILN_POOL_COUNT; p++) {
    if (!it->held[p]) continue;
    uint64_t h = it->held[p];
    it->held[p] = 0;
    release_locked(s, p, h);
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
    wake_workers(s, 1);
  } else {
    kiln_keymap_del(&s->keys, it);
  }
  it->in_map = 0;
  kiln_item *to_free = NULL;
  switch (it->status) {
  case KILN_ITEM_FAILED:
    atomic_fetch_add_explicit(&s->failed, 1, memory_order_relaxed);
    push_done(s, it);
    break;
  case KILN_ITEM_OK:
    push_done(s, it);
    break;
  case KILN_ITEM_STALE:
    atomic_fetch_add_explicit(&s->stale_dropped, 1, memory_order_relaxed);
    to_free = it;
    break;
  default:
    atomic_fetch_add_explicit(&s->canceled, 1, memory_order_relaxed);
    to_free = it;
    break;
  }
  if (all_idle(s)) {
    if (s->main_waiting) pthread_cond_signal(&s->main_cv);
    if (s->stopping) {
      pthread_cond_broadcast(&s->work_cv);
      pthread_cond_broadcast(&s->linger_cv);
    }
  }
  return to_free;
}

/* --------------------------------------------------------------- workers */

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
  for (int i = 0; i < ndone; i++) {
    kiln_item *d = complete(s, done[i]);
    if (d) { d->next = dead; dead = d; }
  }
  for (;;) {
    if (w->ctl_gen != s->ctl_gen) {
      w->ctl_gen = s->ctl_gen;
      *control = 1;
      break;
    }
    kiln_item *it = admit(s, &stale);
    if (it) {
      out[n++] = it;
      while (n < max && s->ready.n > 2 * s->nworkers && (it = admit(s, &stale))) out[n++] = it;
      if (s->ready.n) wake_workers(s, 1); /* cascade: see kiln_sched_enqueue */
      break;
    }
    if (s->stopping && queue_empty(s)) break;
    if (dead || stale) { /* free outside the lock before sleeping */
      if (all_idle(s) && s->main_waiting) pthread_cond_signal(&s->main_cv);
      pthread_mutex_unlock(&s->lock);
      free_list(s, dead);
      free_list(s, stale);
      dead = stale = NULL;
      pthread_mutex_lock(&s->lock);
      continue;
    }
    if (!lingered) { /* see KILN__LINGER_NS */
      lingered = 1;
      if (all_idle(s) && s->main_waiting) pthread_cond_signal(&s->main_cv);
      struct timespec dl = deadline_in(KILN__LINGER_NS);
      s->lingering++;
      pthread_cond_timedwait(&s->linger_cv, &s->lock, &dl);
      s->lingering--;
      continue;
    }
    s->idle_workers++;
    pthread_cond_wait(&s->work_cv, &s->lock);
    s->idle_workers--;
    if (s->signals_pending > 0) s->signals_pending--;
  }
  if (all_idle(s) && s->main_waiting) pthread_cond_signal(&s->main_cv);
  pthread_mutex_unlock(&s->lock);
  free_list(s, dead);
  free_list(s, stale);
  if (n) {
    uint64_t now = kiln_now_ns();
    for (int i = 0; i < n; i++) {
      out[i]->t_admit_ns = now;
      kiln_sched_observe(s, KILN_STAGE_QUEUE, now - out[i]->t_enqueue_ns);
    }
  }
  return n;
}

/* Worker: one item at a time (see kiln_sched_worker_batch). */
kiln_item *kiln_sched_worker_step(kiln_sched_worker *w, kiln_item *done, int *control) {
  kiln_item *it = NULL;
  return kiln_sched_worker_batch(w, &done, done ? 1 : 0, &it, 1, control) ? it : NULL;
}

/* The loop for ops.run users; ops.loop replaces it with the caller's own. */
static void default_loop(kiln_sched *s, kiln_worker *w) {
  kiln_item *done = NULL;
  for (;;) {
    int control;
    kiln_item *it = kiln_sched_worker_step(w, done, &control);
    done = NULL;
    if (!it) {
      if (!control) break;
      if (s->ops.control) s->ops.control(s->ops.ud, w->wdata);
      continue;
    }
    s->ops.run(s->ops.ud, w->wdata, it);
    done = it;
  }
}

static void *worker_main(void *arg) {
  kiln_worker *w = arg;
  kiln_sched *s = w->s;
  int failed = 0;
  tl_self = w;
  if (s->policy == KILN_WORKERS_BACKGROUND) {
    /* Best effort: SCHED_BATCH at priority 0 needs no privilege on Linux,
     * and a worker that keeps the normal policy still works. */
    struct sched_param sp = { 0 };
    (void)sched_setscheduler(0, SCHED_BATCH, &sp);
  }
  if (s->ops.worker_init) failed = s->ops.worker_init(s->ops.ud, w->index, &w->wdata, w->init_msg);
  pthread_mutex_lock(&s->lock);
  w->ready = 1;
  w->init_failed = failed != 0;
  w->ctl_gen = 0;
  pthread_cond_broadcast(&s->main_cv);
  pthread_mutex_unlock(&s->lock);
  if (failed) return NULL;
  if (s->ops.loop) s->ops.loop(s->ops.ud, w->wdata, w);
  else default_loop(s, w);
  if (s->ops.worker_fini) s->ops.worker_fini(s->ops.ud, w->wdata);
  return NULL;
}

/* ------------------------------------------------------------- lifecycle */

static void join_all(kiln_sched *s) {
  for (int i = 0; i < s->nworkers; i++) {
    if (s->workers[i].started) pthread_join(s->workers[i].thread, NULL);
    s->workers[i].started = 0;
  }
}

int kiln_sched_new(const kiln_sched_config *cfg, const kiln_sched_ops *ops, kiln_sched **out,
                   char *msg) {
  static const kiln_sched_config defaults = {0};
  if (!cfg) cfg = &defaults;
  *out = NULL;
  if (!ops || !(ops->run || ops->loop) || !ops->payload_free)
    return kiln_errf(msg, KILN_INVAL, "scheduler: ops.run or ops.loop, and ops.payload_free, are required");
  int nw = cfg->workers ? cfg->workers : 2;
  if (nw < 1 || nw > 256)
    return kiln_errf(msg, KILN_INVAL, "workers: %d is out of range (1..256)", cfg->workers);
  if (cfg->policy != KILN_WORKERS_BACKGROUND && cfg->policy != KILN_WORKERS_NORMAL)
    return kiln_errf(msg, KILN_INVAL, "policy: %d is not a kiln_worker_policy", cfg->policy);
  kiln_sched *s = calloc(1, sizeof *s);
  if (!s) return kiln_errf(msg, KILN_NOMEM, "scheduler: out of memory");
  s->ops = *ops;
  s->main_thread = pthread_self();
  s->nworkers = nw;
  s->policy = cfg->policy;
  s->cap[KILN_POOL_DISK] = cfg->capacity[KILN_POOL_DISK] ? cfg->capacity[KILN_POOL_DISK] : 2u * (unsigned)nw;
  s->cap[KILN_POOL_GPU] = cfg->capacity[KILN_POOL_GPU] ? cfg->capacity[KILN_POOL_GPU] : 4;
  atomic_init(&s->session, 1);
  kiln_pq_init(&s->ready);
  for (int p = 0; p < KILN_POOL_COUNT; p++) kiln_pq_init(&s->parked[p]);
  s->workers = calloc((size_t)nw, sizeof *s->workers);
  s->hist = calloc((size_t)nw + 1, sizeof *s->hist);
  if (!s->workers || !s->hist || kiln_keymap_init(&s->keys)) {
    kiln_keymap_free(&s->keys);
    free(s->hist);
    free(s->workers);
    free(s);
    return kiln_errf(msg, KILN_NOMEM, "scheduler: out of memory");
  }
  /* Adaptive: the lock is held for a few instructions, so a contender
   * spins briefly in glibc before sleeping in the kernel; a futex sleep
   * and wake per contended enqueue would cost more than the section. */
  pthread_mutexattr_t ma;
  pthread_mutexattr_init(&ma);
  pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ADAPTIVE_NP);
  pthread_mutex_init(&s->lock, &ma);
  pthread_mutexattr_destroy(&ma);
  pthread_cond_init(&s->work_cv, NULL);
  pthread_condattr_t ca; /* timed waits use the monotonic clock */
  pthread_condattr_init(&ca);
  pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
  pthread_cond_init(&s->linger_cv, &ca);
  pthread_cond_init(&s->main_cv, &ca);
  pthread_condattr_destroy(&ca);

  int rc = KILN_OK;
  for (int i = 0; i < nw; i++) {
    kiln_worker *w = &s->workers[i];
    w->s = s;
    w->index = i;
    if (pthread_create(&w->thread, NULL, worker_main, w) != 0) {
      rc = kiln_errf(msg, KILN_NOMEM, "scheduler: could not start worker %d", i + 1);
      break;
    }
    w->started = 1;
  }
  /* Start-up barrier: report a worker whose state could not be built now,
   * rather than leaving items that no one will ever run. */
  pthread_mutex_lock(&s->lock);
  for (int i = 0; i < nw; i++) {
    kiln_worker *w = &s->workers[i];
    while (w->started && !w->ready) pthread_cond_wait(&s->main_cv, &s->lock);
    if (rc == KILN_OK && w->init_failed)
      rc = kiln_errf(msg, KILN_INVAL, "worker %d: %s", i + 1, w->init_msg);
  }
  if (rc != KILN_OK) {
    s->stopping = s->closing = 1;
    pthread_cond_broadcast(&s->work_cv);
    pthread_cond_broadcast(&s->linger_cv);
  }
  pthread_mutex_unlock(&s->lock);
  if (rc != KILN_OK) {
    join_all(s);
    s->closed = 1;
    kiln_sched_free(s);
    return rc;
  }
  *out = s;
  return KILN_OK;
}

/* Under lock: takes every not-yet-started item out of the queue. */
static kiln_item *cancel_queued(kiln_sched *s) {
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
  while ((it = kiln_pq_pop(&s->ready))) { it->next = list; list = it; }
  for (int p = 0; p < KILN_POOL_COUNT; p++)
    while ((it = kiln_pq_pop(&s->parked[p]))) { it->next = list; list = it; }
  for (it = list; it; it = it->next) {
    it->where = KILN__NOWHERE;
    it->status = KILN_ITEM_CANCELED;
    unown(s, it);
    atomic_fetch_add_explicit(&s->canceled, 1, memory_order_relaxed);
  }
  return list;
}

int kiln_sched_close(kiln_sched *s, int mode, double timeout_s, char *msg) {
  KILN__MAIN_ONLY(s);
  if (s->closed) return KILN_OK;
  int rc = KILN_OK;
  kiln_item *dropped = NULL;
  pthread_mutex_lock(&s->lock);
  s->closing = 1;
  s->stopping = 1;
  if (mode == KILN_CLOSE_CANCEL) dropped = cancel_queued(s);
  pthread_cond_broadcast(&s->work_cv);
  pthread_cond_broadcast(&s->linger_cv);
  if (timeout_s >= 0) {
    struct timespec dl = deadline_in((uint64_t)(timeout_s * 1e9));
    s->main_waiting++;
    while (!all_idle(s))
      if (pthread_cond_timedwait(&s->main_cv, &s->lock, &dl) == ETIMEDOUT) break;
    s->main_waiting--;
    if (!queue_empty(s)) {
      kiln_item *late = cancel_queued(s);
      uint64_t n = 0;
      for (kiln_item *it = late; it; it = it->next) n++;
      rc = kiln_errf(msg, KILN_TIMEDOUT, "close: %llu queued item(s) did not run before the %.3fs deadline",
                     (unsigned long long)n, timeout_s);
      /* Keep them on the done list as failures so nothing vanishes silently. */
      while (late) {
        kiln_item *next = late->next;
        late->status = KILN_ITEM_CANCELED;
        push_done(s, late);
        late = next;
      }
      pthread_cond_broadcast(&s->work_cv);
      pthread_cond_broadcast(&s->linger_cv);
    }
  }
  pthread_mutex_unlock(&s->lock);
  free_list(s, dropped);
  join_all(s);
  s->closed = 1;
  return rc;
}

void kiln_sched_free(kiln_sched *s) {
  if (!s) return;
  if (!s->closed) kiln_sched_close(s, KILN_CLOSE_FINISH, -1, NULL);
  free_list(s, s->done_head);
  free_list(s, s->local_head);
  while (s->spare) { /* payloads already released */
    kiln_item *n = s->spare->next;
    free(s->spare);
    s->spare = n;
  }
  kiln_item *it;
  while ((it = kiln_pq_pop(&s->ready))) item_free(s, it);
  for (int p = 0; p < KILN_POOL_COUNT; p++) {
    while ((it = kiln_pq_pop(&s->parked[p]))) item_free(s, it);
    kiln_pq_free(&s->parked[p]);
  }
  kiln_pq_free(&s->ready);
  kiln_keymap_free(&s->keys);
  pthread_mutex_destroy(&s->lock);
  pthread_cond_destroy(&s->work_cv);
  pthread_cond_destroy(&s->linger_cv);
  pthread_cond_destroy(&s->main_cv);
  free(s->workers);
  free(s->hist);
  free(s);
}

/* ------------------------------------------------------------ main thread */

int kiln_sched_enqueue(kiln_sched *s, uint32_t type_id, const char *key, size_t key_len,
                       int priority, uint32_t flags, const uint64_t need[KILN_POOL_COUNT],
                       void *args, int *result, char *msg) {
  KILN__MAIN_ONLY(s);
  uint64_t hash = kiln_keymap_hash(type_id, key, key_len);
  kiln_item *it = item_alloc(s, key_len);
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

  void *old_args = NULL;
  int rc = KILN_OK;
  pthread_mutex_lock(&s->lock);
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
  /* A priority may show up in every queue: moves between them never fail. */
  int nlv = s->ready.nlv + 1;
  for (int p = 0; p < KILN_POOL_COUNT; p++) nlv += s->parked[p].nlv;
  if (kiln_pq_reserve(&s->ready, nlv) || kiln_pq_reserve(&s->parked[0], nlv) ||
      kiln_pq_reserve(&s->parked[1], nlv)) {
    rc = kiln_errf(msg, KILN_NOMEM, "enqueue: out of memory");
    goto out;
  }
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
      if (pq) kiln_pq_remove(pq, q);
      q->priority = priority;
      if (pq) kiln_pq_push(pq, q);
    }
    s->coalesced++;
    *result = KILN_COALESCED;
    goto out; /* frees the unused shell */
  }
  it->session = cur;
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
    /* One signal per burst: the woken worker wakes the next one if more
     * work is ready. None while a worker lingers (it looks again within
     * KILN__LINGER_NS) unless the queue is deep enough for two per worker. */
    if (s->signals_pending == 0 && (s->lingering == 0 || s->ready.n >= 2 * s->nworkers))
      wake_workers(s, 1);
  }
  s->enqueued++;
  *result = KILN_QUEUED;
  it = NULL;
out:
  pthread_mutex_unlock(&s->lock);
  if (old_args) s->ops.payload_free(s->ops.ud, old_args);
  if (it) item_recycle(s, it);
  return rc;
}

uint64_t kiln_sched_session(const kiln_sched *s) {
  return atomic_load_explicit(&s->session, memory_order_acquire);
}

uint64_t kiln_sched_bump_session(kiln_sched *s) {
  KILN__MAIN_ONLY(s);
  return atomic_fetch_add_explicit(&s->session, 1, memory_order_acq_rel) + 1;
}

void kiln_sched_broadcast(kiln_sched *s) {
  pthread_mutex_lock(&s->lock);
  s->ctl_gen++;
  pthread_cond_broadcast(&s->work_cv);
  pthread_cond_broadcast(&s->linger_cv);
  pthread_mutex_unlock(&s->lock);
}

void kiln_sched_release(kiln_sched *s, int pool, uint64_t amount) {
  if (!amount) return;
  pthread_mutex_lock(&s->lock);
  release_locked(s, pool, amount);
  pthread_mutex_unlock(&s->lock);
}

void kiln_sched_set_capacity(kiln_sched *s, int pool, uint64_t capacity) {
  KILN__MAIN_ONLY(s);
  pthread_mutex_lock(&s->lock);
  s->cap[pool] = capacity;
  wake_pool(s, pool);
  pthread_mutex_unlock(&s->lock);
}

kiln_item *kiln_sched_next_done(kiln_sched *s) {
  KILN__MAIN_ONLY(s);
  if (!s->local_head) {
    pthread_mutex_lock(&s->lock);
    s->local_head = s->done_head;
    s->local_tail = s->done_tail;
    s->done_head = s->done_tail = NULL;
    atomic_fetch_add_explicit(&s->n_local, s->n_done, memory_order_relaxed);
    s->n_done = 0;
    pthread_mutex_unlock(&s->lock);
    if (!s->local_head) return NULL;
  }
  kiln_item *it = s->local_head;
  s->local_head = it->next;
  if (!s->local_head) s->local_tail = NULL;
  it->next = NULL;
  atomic_fetch_sub_explicit(&s->n_local, 1, memory_order_relaxed);
  return it;
}

void kiln_sched_unget_done(kiln_sched *s, kiln_item *it) {
  KILN__MAIN_ONLY(s);
  it->next = s->local_head;
  s->local_head = it;
  if (!s->local_tail) s->local_tail = it;
  atomic_fetch_add_explicit(&s->n_local, 1, memory_order_relaxed);
}

void kiln_sched_finish(kiln_sched *s, kiln_item *it) {
  KILN__MAIN_ONLY(s);
  if (it->status == KILN_ITEM_OK)
    atomic_fetch_add_explicit(&s->completed, 1, memory_order_relaxed);
  else if (it->status == KILN_ITEM_STALE)
    atomic_fetch_add_explicit(&s->stale_dropped, 1, memory_order_relaxed);
  item_recycle(s, it);
}

int kiln_sched_wait(kiln_sched *s, double timeout_s) {
  KILN__MAIN_ONLY(s);
  if (s->local_head) return 0;
  struct timespec dl = { 0, 0 };
  if (timeout_s >= 0) dl = deadline_in((uint64_t)(timeout_s * 1e9));
  pthread_mutex_lock(&s->lock);
  s->main_waiting++;
  while (!s->done_head && !all_idle(s)) {
    if (timeout_s < 0) pthread_cond_wait(&s->main_cv, &s->lock);
    else if (pthread_cond_timedwait(&s->main_cv, &s->lock, &dl) == ETIMEDOUT) break;
  }
  s->main_waiting--;
  int idle = !s->done_head && all_idle(s);
  pthread_mutex_unlock(&s->lock);
  return idle;
}

/* ----------------------------------------------------------------- stats */

void kiln_sched_counts_get(kiln_sched *s, kiln_sched_counts *o) {
  memset(o, 0, sizeof *o);
  pthread_mutex_lock(&s->lock);
  o->queued = (uint64_t)s->ready.n + s->n_pending;
  for (int p = 0; p < KILN_POOL_COUNT; p++) {
    o->deferred += (uint64_t)s->parked[p].n;
    o->pool_used[p] = s->used[p];
    o->pool_capacity[p] = s->cap[p];
    o->pool_peak[p] = s->peak[p];
  }
  o->in_flight = s->n_inflight;
  o->done_waiting = s->n_done;
  o->enqueued = s->enqueued;
  o->coalesced = s->coalesced;
  o->parks = s->parks;
  o->wakeups = s->wakeups;
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
  kiln_worker *w = tl_self;
  int slot = w && w->s == s ? w->index + 1 : 0;
  if (stage >= 0 && stage < KILN_STAGE_COUNT) kiln_hist_record(&s->hist[slot][stage], ns);
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
  it->status = KILN_ITEM_OK;
}

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
uint64_t kiln_item_admitted_ns(const kiln_item *it) { return it->t_admit_ns; }
