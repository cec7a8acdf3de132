/* Internal: the scheduler's state, shared by scheduler.c (queue, pools,
 * workers' admission, main-thread calls), sched_life.c (start-up, close,
 * abandoned workers, free), sched_run.c (item begin/publish, pause,
 * sessions, stats, item accessors), sched_done.c (the render thread's
 * side of results), sched_keys.c (key state, cancel), sched_recent.c
 * (recent outcomes) and sched_types.c (per-type limits and counters). Not
 * part of the API.
 *
 * State (all under s->lock unless marked):
 *   ready            priority FIFO of items to admit
 *   parked[pool]     priority FIFOs of items waiting for that pool's tokens
 *   keys             (type, key) -> the item owning the key (in flight or
 *                    queued); an in-flight owner links its queued rerun
 *   used/cap/peak    tokens per pool
 *   promised         tokens set aside for woken items no worker took yet
 *   inflight         items on workers (for close's report)
 *   done_head/tail   finished items for the main thread
 *   local_head/tail  main thread only: items swapped out of the done list
 *   session, floor   atomics; written by the main thread only (see
 *                    sched_run.c: items below floor are stale at admission)
 *   types[id]        per-type limit, waiting queue and counters (never
 *                    moves once allocated: items point at theirs)
 *   outidx           items on the done list or taken by the main thread
 *                    whose key_state matters (OK or FAILED), by key
 *   recent           ended outcomes (APPLIED / FAILED) per key, LRU
 *                    (under recent_lock, not s->lock)
 *   paused           atomic; written under the lock by the main thread
 * Lock order: s->lock is a leaf; nothing else is locked while it is held.
 */
#ifndef KILN_SCHED_INT_H
#define KILN_SCHED_INT_H

#include <assert.h>
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

#include "item.h"
#include "queue.h"
#include "scheduler.h"
#include "stats.h"

#define KILN__LINE 64 /* cache line: kiln_sched is allocated aligned to it */
/* Fast-path enqueues that may wait for a fold; past that, enqueue takes
 * the lock (and folds). A power of two. */
#define KILN__INTAKE_CAP 4096
/* Intake items a worker folds into the queue per pass of its batch loop.
 * A worker that woke to a burst once folded thousands under the lock,
 * for up to 1.75 ms, while the render thread's pump waited for that lock;
 * a chunk is a few tens of microseconds. The rest follows at the next
 * pass of either worker (or at once under kiln__lock, which folds all).
 * The price: a high-priority item deep in a burst waits for the chunks
 * before it to be folded. */
#define KILN__FOLD_CHUNK 64

/* A counting set of 64-bit key hashes (open addressing, linear probing).
 * A slot's hash and count share a line: a probe is one cache miss. */
typedef struct kiln_mirror_slot {
  uint64_t hash;
  uint32_t count; /* 0: empty slot */
} kiln_mirror_slot;
typedef struct kiln_mirror {
  kiln_mirror_slot *v;
  size_t cap, n;
} kiln_mirror;

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
  /* Under s->lock. out: running caller code (items, control work, its
   * loop) rather than waiting inside the scheduler; gone: left its loop;
   * abandoned: close gave up on it (detached, never joined). */
  int out, gone, abandoned;
  /* Written by this worker only (begin without the lock, completion under
   * it); read by counts_get. cur: the begun item running a stage now;
   * cur_type: its type id (-1: none), so counts need not touch the item;
   * nbegun: begun items not completed yet. Nothing a worker writes per
   * item is shared with another worker: such a line would bounce between
   * their cores on every item. */
  _Atomic(kiln_item *) cur;
  _Atomic int64_t cur_type;
  _Atomic uint64_t nbegun;
};
typedef struct kiln_sched_worker kiln_worker;

/* Per type id (sched_types.c). Under s->lock unless atomic. */
typedef struct kiln_type_state {
  int limit;                /* 0: unlimited */
  int admitted;             /* held in batches or running */
  int unheld;               /* moved back from waiting to ready, not admitted yet */
  kiln_pq waiting;          /* held back by the limit, in ready order */
  uint64_t nq, nparked, ndone;  /* ready/waiting/pending, parked, done or taken */
  /* What a batch expects its results to weigh (the backlog): the largest
   * recent result, decaying by an eighth a result; unknown (weighed 0)
   * until one ends. */
  uint64_t weight;
  int weighed;
  uint64_t enqueued, coalesced, completed, failed, stale_dropped, canceled;
} kiln_type_state;

/* Done or taken items by key (sched_keys.c): chained through it->onext. */
typedef struct kiln_outidx {
  kiln_item **b;
  size_t nb, n;
} kiln_outidx;

/* A key's ended outcome (sched_recent.c). */
typedef struct kiln_keyrec {
  struct kiln_keyrec *hnext, *older, *newer;
  struct kiln_keyrec **hpp; /* the link that points at it: unlinked without a walk */
  uint64_t hash;
  uint32_t type_id;
  int outcome;              /* KILN_KEY_APPLIED | KILN_KEY_FAILED */
  size_t key_len, key_cap;
  char key[];
} kiln_keyrec;

/* Ended outcomes, at most max, least recently ended forgotten first. */
typedef struct kiln_recent {
  kiln_keyrec **b;          /* nb buckets, fixed */
  size_t nb, n, max;
  kiln_keyrec *oldest, *newest;
  kiln_keyrec *spare;       /* main thread only */
} kiln_recent;

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
  uint64_t promised[KILN_POOL_COUNT];
  kiln_item *inflight;     /* linked through qnext/qprev */
  _Atomic uint64_t session, floor;
  _Atomic int paused;
  kiln_type_state **types;  /* [ntypes], NULL: never seen */
  uint32_t ntypes;
  uint64_t n_typewait;      /* items in the types' waiting queues */
  int typewait_lv;          /* levels of those queues, summed (for reserves) */
  kiln_outidx outidx;
  kiln_recent recent;
  /* Guards recent only (a leaf; taken after s->lock when both are held):
   * the render thread records outcomes under it, so workers waiting for
   * s->lock never wait for that. */
  pthread_mutex_t recent_lock;
  uint64_t ctl_gen;
  int closing;        /* enqueue refused */
  int stopping;       /* workers exit once nothing is left for them */
  int canceling;      /* close canceled the queue: items given back are canceled */
  int gave_up;        /* close passed its deadline: results are dropped, workers leave */
  int closed;         /* close returned */
  int ngone;          /* workers that left their loop (or never entered it) */
  /* Under lock; read without it by every fast-path enqueue: a line of its
   * own (it changes only when a worker sleeps or wakes; its neighbours,
   * linger_cv above all, change on every linger). */
  _Alignas(KILN__LINE) _Atomic int idle_workers;
  _Alignas(KILN__LINE) int signals_pending;  /* signals sent to idle workers not yet woken */
  pthread_cond_t linger_cv; /* workers lingering before they go idle */
  int lingering;          /* workers in their short linger wait */
  int main_waiting;
  uint64_t main_wait_min;   /* under lock: results that wake a waiting main thread */
  int done_urgent;          /* under lock: a published (slow) item's result is on the done list */
  uint64_t n_pending, n_inflight, n_done;
  uint64_t enqueued, coalesced, parks, wakeups;
  _Atomic uint64_t completed, failed, stale_dropped, canceled;
  /* Abandoned workers not finished yet (worker_fini returned): the last
   * thing such a worker does to s is the decrement. */
  _Atomic int abandoned_live;
  kiln_sched *leaked_next;  /* on the list of schedulers left to abandoned workers */
  kiln_item *done_head, *done_tail;
  /* Under lock: items workers ended without the main thread (stale,
   * canceled), handed to it so it counts them out of its key mirror. */
  kiln_item *released;
  /* Items enqueue's fast path made, in enqueue order: a ring the main
   * thread fills without the lock (the slot, then head) and whoever holds
   * the lock empties into the queue (kiln__intake_fold: the slots up to
   * head, then tail). The main thread reuses a slot only once tail has
   * passed it. A ring, not a list: the fold knows the items ahead of the
   * one it is at and loads them early, instead of one cache miss after
   * the other down a chain. head and tail each on a line of their own. */
  _Alignas(KILN__LINE) _Atomic uint64_t intake_head; /* written by the main thread */
  _Alignas(KILN__LINE) _Atomic uint64_t intake_tail; /* written under the lock */
  _Alignas(KILN__LINE) kiln_item *intake_ring[KILN__INTAKE_CAP];
  /* Main thread only, on cache lines of their own: a line shared with
   * fields workers write (done_tail) would move between the cores on every
   * enqueue and every item taken. */
  _Alignas(KILN__LINE) kiln_item *local_head, *local_tail;
  uint64_t serial;           /* main thread only: the last item serial given out */
  uint64_t last_serial;      /* main thread only: the serial of the last enqueue's owner */
  uint64_t intake_room;      /* main thread only: intake_tail as last read */
  kiln_item *spare;          /* main thread only: finished items to reuse */
  /* Main thread only: items it ended (finish, discard) whose counts,
   * outcome records and index entries wait for its next trip under the
   * lock (one per batch, not one per item). */
  kiln_item *ended_head, *ended_tail;
  int nended;
  int nspare;
  _Atomic uint64_t n_local;
  /* The backlog (kiln_sched_config.backlog_bytes): done_bytes (under lock)
   * plus the bytes of the main thread's taken batch. local_exact is the
   * main thread's own count; local_bytes what workers read of it, stored
   * at each batch taken, when the batch empties, while workers hold and
   * once it reads high by a quarter of the bound (sched_done.c
   * backlog_take): between those it may read high, never low, so a stale
   * read holds a worker only while the main thread still has results to
   * take, and taking them publishes. backlog_held: a worker
   * found it full and admits nothing until the main thread clears it. */
  uint64_t local_exact;
  _Alignas(KILN__LINE) _Atomic uint64_t local_bytes;
  _Alignas(KILN__LINE) _Atomic int backlog_held;
  uint64_t done_bytes, backlog_limit, backlog_peak, backlog_holds; /* under lock */
  /* Main thread only: how many items it made and has not seen end, by key
   * hash. No count for a key: no item of it lives, so enqueue may skip the
   * lock (kiln_sched_enqueue's fast path). */
  kiln_mirror mirror;
  _Alignas(KILN__LINE) int nworkers;
  kiln_worker *workers;
  /* Per-thread shards, [slot][stage]: slot 0 for the main and other
   * threads, slot i + 1 for worker i. Two workers bumping one histogram's
   * atomics per item would bounce its cache lines between the cores. */
  kiln_hist (*hist)[KILN_STAGE_COUNT];
};

extern _Thread_local kiln_worker *kiln__tl_self; /* the worker running on this thread */

/* A broken contract, not bad data: main-thread calls from another thread. */
#define KILN__MAIN_ONLY(s) assert(pthread_equal(pthread_self(), (s)->main_thread))
/* Readers of counts and key states: on the main thread, what it ended is
 * counted first (kiln__ended_settle); other threads may see it a batch late. */
#define KILN__SETTLE_IF_MAIN(s) \
  do { if (pthread_equal(pthread_self(), (s)->main_thread)) kiln__ended_settle(s); } while (0)

/* Absolute CLOCK_MONOTONIC deadline ns from now, for the timed waits
 * (every condition variable here runs on the monotonic clock). */
static inline struct timespec kiln__deadline_in(uint64_t ns) {
  struct timespec dl;
  clock_gettime(CLOCK_MONOTONIC, &dl);
  dl.tv_sec += (time_t)(ns / 1000000000u);
  dl.tv_nsec += (long)(ns % 1000000000u);
  if (dl.tv_nsec >= 1000000000L) { dl.tv_sec++; dl.tv_nsec -= 1000000000L; }
  return dl;
}

/* Whether the intake holds items (only the lock's holder moves tail; the
 * main thread may add to head at any moment). */
static inline int kiln__intake_pending_order(const kiln_sched *s, memory_order head_order) {
  kiln_sched *m = (kiln_sched *)s;
  return atomic_load_explicit(&m->intake_head, head_order) !=
         atomic_load_explicit(&m->intake_tail, memory_order_relaxed);
}

static inline int kiln__intake_pending(const kiln_sched *s) {
  return kiln__intake_pending_order(s, memory_order_relaxed);
}

static inline int kiln__queue_empty(const kiln_sched *s) {
  if (s->ready.n || s->n_pending || s->n_typewait) return 0;
  if (kiln__intake_pending(s)) return 0;
  for (int p = 0; p < KILN_POOL_COUNT; p++)
    if (s->parked[p].n) return 0;
  return 1;
}

static inline int kiln__all_idle(const kiln_sched *s) {
  return kiln__queue_empty(s) && s->n_inflight == 0;
}

/* kiln_sched_wait may return: idle, or paused with nothing admitted (the
 * queue cannot move). */
static inline int kiln__main_may_return(const kiln_sched *s) {
  return kiln__all_idle(s) ||
         (s->n_inflight == 0 && atomic_load_explicit(&s->paused, memory_order_relaxed));
}

/* Under lock: bytes the backlog of results may still take before it is
 * full; UINT64_MAX without a bound, or while closing (close runs the queue
 * with nobody taking results). mo: how local_bytes is read. */
static inline uint64_t kiln__backlog_room(const kiln_sched *s, memory_order mo) {
  if (s->stopping || s->backlog_limit == UINT64_MAX) return UINT64_MAX;
  uint64_t b = s->done_bytes + atomic_load_explicit(&s->local_bytes, mo);
  return b >= s->backlog_limit ? 0 : s->backlog_limit - b;
}
/* Under lock: the backlog is at its bound, so workers admit nothing. */
static inline int kiln__backlog_full(const kiln_sched *s, memory_order mo) {
  return kiln__backlog_room(s, mo) == 0;
}
/* Paused, or held by the backlog: workers admit nothing, so waking one is
 * wasted (resume and the backlog's release wake them). Any thread. */
static inline int kiln__admission_held(const kiln_sched *s) {
  kiln_sched *m = (kiln_sched *)s;
  return atomic_load_explicit(&m->paused, memory_order_relaxed) ||
         atomic_load_explicit(&m->backlog_held, memory_order_relaxed);
}
/* Bytes of results waiting that wake kiln_sched_wait_some whatever its
 * min_done: a quarter of the backlog bound (of the default one when there
 * is none), so a drain takes big results long before workers hold. */
static inline uint64_t kiln__wait_bytes(const kiln_sched *s) {
  uint64_t lim = s->backlog_limit == UINT64_MAX ? KILN_SCHED_DEFAULT_BACKLOG : s->backlog_limit;
  return lim / 4 ? lim / 4 : 1;
}
/* Main thread: local_bytes = local_exact; wakes held workers if that
 * brought the backlog under its bound. */
void kiln__backlog_publish(kiln_sched *s);

void kiln__item_free(kiln_sched *s, kiln_item *it);
void kiln__intake_fold(kiln_sched *s);                    /* under lock */
/* Under lock: folds the oldest max items at most (a worker's share: see
 * KILN__FOLD_CHUNK). */
void kiln__intake_fold_upto(kiln_sched *s, uint64_t max);
/* Under lock: takes the intake's items without folding them, as a list. */
kiln_item *kiln__intake_take(kiln_sched *s);
/* Under lock: the queue as it is, with what the fast path pushed. */
static inline void kiln__lock(kiln_sched *s) {
  pthread_mutex_lock(&s->lock);
  if (kiln__intake_pending(s)) kiln__intake_fold(s);
}
/* Under lock: hands items a worker ended to the main thread (freed at
 * once after close gave up: nobody reads the mirror then). Returns the
 * items to free outside the lock. */
kiln_item *kiln__release(kiln_sched *s, kiln_item *list);
/* Main thread: ends items it owns for good (counted out of its mirror). */
void kiln__end_list_main(kiln_sched *s, kiln_item *list);
/* sched_intake.c, main thread only. The mirror: room for one more key
 * (KILN_OK | KILN_NOMEM), then one more live item of it->hash; one fewer. */
int kiln__mirror_reserve(kiln_sched *s);
void kiln__mirror_add(kiln_sched *s, kiln_item *it);
void kiln__mirror_drop(kiln_sched *s, kiln_item *it);
void kiln__mirror_free(kiln_sched *s);
/* A new item onto the intake, without the lock, when it may go there: 1. */
int kiln__intake_push(kiln_sched *s, kiln_item *it);
/* Under lock: room for `more` new priority levels in every queue an item
 * can move between (ready, parked, and its type's waiting queue when ts is
 * given), so those moves never fail. KILN_OK | KILN_NOMEM. */
int kiln__reserve_levels(kiln_sched *s, int more, kiln_type_state *ts);
void kiln__free_list(kiln_sched *s, kiln_item *it);
void kiln__push_done(kiln_sched *s, kiln_item *it);        /* under lock */
kiln_item *kiln__cancel_queued(kiln_sched *s);             /* under lock */
/* Main thread: counts an item the main thread will not apply (an OK one
 * is canceled) and frees it. */
void kiln__drop_finished(kiln_sched *s, kiln_item *it);
/* Worker, under lock: the item's run is over (see scheduler.c). */
kiln_item *kiln__complete(kiln_sched *s, kiln_worker *w, kiln_item *it);
void kiln__wake_workers(kiln_sched *s, int n);               /* under lock */
/* Under lock: an enqueue's wake of an idle worker, if one is due. */
void kiln__wake_for_enqueue(kiln_sched *s);
/* sched_pools.c, all under lock */
int kiln__oversized(const kiln_sched *s, const kiln_item *it);
int kiln__short_pool(const kiln_sched *s, const kiln_item *it);
void kiln__release_locked(kiln_sched *s, int p, uint64_t amount);
void kiln__wake_pools(kiln_sched *s);
int kiln__unpromise(kiln_sched *s, kiln_item *it);           /* under lock */

/* sched_types.c, under lock unless noted. */
kiln_type_state *kiln__type_get(kiln_sched *s, uint32_t id); /* main; NULL: NOMEM */
/* An admitted item of ts stopped counting against its limit: the head of
 * its waiting queue goes back to the head of its ready level. */
void kiln__type_slot_free(kiln_sched *s, kiln_type_state *ts);
/* it left the ready queue (admitted or not): if it came back from its
 * type's waiting queue and was not admitted (stale, canceled, parked), the
 * slot it was sent for goes to the next waiting item. */
void kiln__type_left_ready(kiln_sched *s, kiln_item *it, int admitted);
/* Moves it (just taken off the ready queue) to its type's waiting queue if
 * the type is at its limit: 1 if it did. */
int kiln__type_hold(kiln_sched *s, kiln_item *it);
void kiln__types_free(kiln_sched *s);                        /* no lock */
/* Every item waiting on a type limit, prepended to list (n_typewait 0). */
kiln_item *kiln__types_take_waiting(kiln_sched *s, kiln_item *list);
/* A coalescing enqueue raised a held-back item's priority. */
void kiln__type_reprioritize(kiln_sched *s, kiln_item *it, int priority);
/* Takes it out of its type's waiting queue. */
void kiln__type_unwait(kiln_sched *s, kiln_item *it);
/* The counters an item ends in, global and per type. */
void kiln__count_canceled(kiln_sched *s, kiln_item *it);
void kiln__count_stale(kiln_sched *s, kiln_item *it);
void kiln__count_failed(kiln_sched *s, kiln_item *it);

/* sched_keys.c, under lock unless noted. */
int kiln__keys_init(kiln_sched *s, int recent_keys);          /* no lock */
void kiln__keys_free(kiln_sched *s);                         /* no lock */
void kiln__outidx_add(kiln_sched *s, kiln_item *it);
void kiln__outidx_del(kiln_sched *s, kiln_item *it);
void kiln__outidx_grow(kiln_sched *s, size_t nb);            /* main, no lock */

/* sched_recent.c: the recent outcomes. */
int kiln__recent_init(kiln_sched *s, int recent_keys);        /* no lock */
void kiln__recent_free(kiln_sched *s);                       /* no lock */
/* Main, no lock (the spare records are the main thread's): a record for
 * a key of key_len bytes, or NULL when out of memory. */
kiln_keyrec *kiln__recent_take(kiln_sched *s, size_t key_len);
/* Main, under recent_lock: records the key's ended outcome; rec (from
 * kiln__recent_take) is used or kept as a spare; NULL (out of memory)
 * forgets the key's outcome. */
void kiln__recent_put(kiln_sched *s, const kiln_item *it, int outcome, kiln_keyrec *rec);
void kiln__recent_forget(kiln_sched *s, uint64_t hash, uint32_t type_id, const char *key,
                         size_t len);       /* main; takes recent_lock */
/* Any thread; takes recent_lock: the key's outcome, or 0. */
int kiln__recent_get(kiln_sched *s, uint64_t hash, uint32_t type_id, const char *key, size_t len);

/* sched_done.c. Main, under lock: counts the items the main thread ended
 * since the last call; returns them for kiln__ended_recycle once the lock is dropped,
 * which records their outcomes (under recent_lock) and recycles them. */
kiln_item *kiln__ended_flush(kiln_sched *s);
void kiln__ended_recycle(kiln_sched *s, kiln_item *list);          /* main, no lock */
/* Main, no lock: flushes the ended items, if any (one lock round trip). */
void kiln__ended_settle(kiln_sched *s);

#endif
