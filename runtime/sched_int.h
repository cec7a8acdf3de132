/* Internal: the scheduler's state, shared by scheduler.c (queue, pools,
 * workers' admission, main-thread calls) and sched_life.c (start-up, close,
 * abandoned workers, free). Not part of the API.
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
 *   session          atomic; written by the main thread only
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
  uint64_t promised[KILN_POOL_COUNT];
  kiln_item *inflight;     /* linked through qnext/qprev */
  _Atomic uint64_t session;
  uint64_t ctl_gen;
  int closing;        /* enqueue refused */
  int stopping;       /* workers exit once nothing is left for them */
  int canceling;      /* close canceled the queue: items given back are canceled */
  int gave_up;        /* close passed its deadline: results are dropped, workers leave */
  int closed;         /* close returned */
  int ngone;          /* workers that left their loop (or never entered it) */
  int idle_workers;
  int signals_pending;  /* signals sent to idle workers not yet woken */
  pthread_cond_t linger_cv; /* workers lingering before they go idle */
  int lingering;          /* workers in their short linger wait */
  int main_waiting;
  uint64_t n_pending, n_inflight, n_done;
  uint64_t enqueued, coalesced, parks, wakeups;
  _Atomic uint64_t completed, failed, stale_dropped, canceled;
  /* Abandoned workers not finished yet (worker_fini returned): the last
   * thing such a worker does to s is the decrement. */
  _Atomic int abandoned_live;
  kiln_sched *leaked_next;  /* on the list of schedulers left to abandoned workers */
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

extern _Thread_local kiln_worker *kiln__tl_self; /* the worker running on this thread */

/* A broken contract, not bad data: main-thread calls from another thread. */
#define KILN__MAIN_ONLY(s) assert(pthread_equal(pthread_self(), (s)->main_thread))

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

static inline int kiln__queue_empty(const kiln_sched *s) {
  if (s->ready.n || s->n_pending) return 0;
  for (int p = 0; p < KILN_POOL_COUNT; p++)
    if (s->parked[p].n) return 0;
  return 1;
}

static inline int kiln__all_idle(const kiln_sched *s) {
  return kiln__queue_empty(s) && s->n_inflight == 0;
}

void kiln__item_free(kiln_sched *s, kiln_item *it);
void kiln__free_list(kiln_sched *s, kiln_item *it);
void kiln__push_done(kiln_sched *s, kiln_item *it);        /* under lock */
kiln_item *kiln__cancel_queued(kiln_sched *s);             /* under lock */
/* Main thread: counts an item the main thread will not apply (an OK one
 * is canceled) and frees it. */
void kiln__drop_finished(kiln_sched *s, kiln_item *it);

#endif
