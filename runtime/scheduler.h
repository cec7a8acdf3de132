/* kiln_sched: the scheduler at the heart of kiln.
 *
 * Items (type id + key + opaque args) wait in a priority FIFO with per-key
 * de-duplication. Worker threads admit an item only when they can take the
 * reservation tokens it needs (disk slots, GPU bytes); an item that cannot
 * is parked on that pool and woken by a release, never polled. A worker runs
 * the item's stages through ops.run with no lock held, then hands the item
 * to the main thread, which takes finished items with kiln_sched_next_done.
 *
 * A monotonic session id stamps every item; results of an older session are
 * dropped (before compute, before output by the runner, before apply by the
 * main thread) and counted.
 *
 * Counters: every accepted kiln_sched_enqueue call ends in exactly one of
 * completed, failed, stale_dropped, coalesced, canceled; once nothing is
 * queued, parked, in flight or waiting for the main thread,
 *   enqueued == completed + failed + stale_dropped + coalesced + canceled.
 * The main thread keeps its side by ending each item it takes with
 * kiln_sched_finish (applied, or marked failed / stale) or
 * kiln_sched_discard (not applied), and by counting an apply failure with
 * kiln_sched_count_failure before finish; nothing else may count.
 *
 * Threads: "main" means the thread that called kiln_sched_new (the render
 * thread); main-thread calls only take the scheduler lock for a few
 * instructions and never wait on a worker, except the explicitly blocking
 * kiln_sched_wait and kiln_sched_close.
 *
 * Lock: one mutex, s->lock, guards the queue, the pools, the counters and
 * the done list. Nothing calls out (ops callbacks, Lua, I/O) while holding
 * it. Histograms are lock-free. */
#ifndef KILN_SCHEDULER_H
#define KILN_SCHEDULER_H

#include <stddef.h>
#include <stdint.h>

#include "kiln_err.h"

typedef struct kiln_sched kiln_sched;
typedef struct kiln_item kiln_item;
typedef struct kiln_sched_worker kiln_sched_worker;

enum kiln_pool { KILN_POOL_DISK = 0, KILN_POOL_GPU = 1, KILN_POOL_COUNT = 2 };

enum kiln_stage {
  KILN_STAGE_QUEUE = 0,   /* enqueue to admission */
  KILN_STAGE_COMPUTE,
  KILN_STAGE_OUTPUT,
  KILN_STAGE_APPLY,
  KILN_STAGE_LOAD,        /* cache hit: read + decode */
  KILN_STAGE_DISK,        /* durable disk write (I/O thread) */
  KILN_STAGE_UPLOAD,      /* GPU commit (render thread) */
  KILN_STAGE_COUNT
};

/* What a run produced; set by ops.run through kiln_item_set_status. */
enum kiln_item_status {
  KILN_ITEM_PENDING = 0,
  KILN_ITEM_OK,           /* result ready for the main thread */
  KILN_ITEM_FAILED,       /* error attached */
  KILN_ITEM_STALE,        /* produced under an older session: dropped */
  KILN_ITEM_CANCELED
};

/* Item flags, opaque to the scheduler except where noted. */
enum {
  KILN_ITEM_FROM_CACHE = 1u << 0, /* bindings: load from disk instead of compute */
  KILN_ITEM_FORCE = 1u << 1
};

/* What enqueue did. */
enum kiln_enqueue_result { KILN_QUEUED = 0, KILN_COALESCED = 1 };

typedef struct kiln_sched_ops {
  void *ud;
  /* Worker thread, once at start: create per-worker state. Nonzero return
   * stops that worker (the message lands in the error list). */
  int (*worker_init)(void *ud, int index, void **wdata, char *msg);
  /* Worker thread, once at exit. */
  void (*worker_fini)(void *ud, void *wdata);
  /* Worker thread, no lock held: run the item's worker stages and set its
   * status (and result or error). Used by the built-in worker loop. */
  void (*run)(void *ud, void *wdata, kiln_item *item);
  /* Worker thread, optional: replaces the built-in loop. It must call
   * kiln_sched_worker_step until that returns NULL with *control == 0
   * (running ops-equivalent control work itself when *control == 1).
   * Lets a Lua-driven worker keep its loop in Lua, where LuaJIT can
   * compile it. */
  void (*loop)(void *ud, void *wdata, kiln_sched_worker *w);
  /* Worker thread, no lock held: kiln_sched_broadcast was called since this
   * worker last looked (e.g. new scripts to load). Runs before the worker
   * takes its next item. */
  void (*control)(void *ud, void *wdata);
  /* Any thread: free an args/result/error payload. NULL payloads are never
   * passed. */
  void (*payload_free)(void *ud, void *payload);
  /* Main thread (close), no lock held, optional: the name of a type for
   * close's deadline message; may fill buf (n bytes) and return it, or
   * return a string of its own. NULL (or a NULL return): the numeric id. */
  const char *(*type_name)(void *ud, uint32_t type_id, char *buf, size_t n);
} kiln_sched_ops;

/* How worker threads compete with the render thread for a core. */
enum kiln_worker_policy {
  /* SCHED_BATCH: a waking worker does not preempt a running thread, so
   * baking never steals the render thread's slice mid-frame. */
  KILN_WORKERS_BACKGROUND = 0,
  KILN_WORKERS_NORMAL = 1  /* the default policy, as the creating thread */
};

typedef struct kiln_sched_config {
  int workers;                          /* default 2 */
  int policy;                           /* enum kiln_worker_policy */
  uint64_t capacity[KILN_POOL_COUNT];   /* 0: default (disk 2 x workers, gpu 4) */
  int recent_keys;                      /* ended outcomes kept for key_state; 0: 1024 */
  /* The backlog: bytes of results waiting for the main thread (on the done
   * list or taken by kiln_sched_next_done's batch and not handed out yet,
   * as kiln_item_set_result_bytes says). While it is at or past this bound
   * workers admit nothing (they sleep; no polling) and the main thread's
   * next_done wakes them once it falls below. Items admitted before it
   * filled still finish, so it can pass the bound by what they hold; an
   * empty backlog always admits, so a result larger than the bound still
   * runs (one per worker at a time). Lifted while closing. 0: KILN_SCHED_DEFAULT_BACKLOG;
   * UINT64_MAX: no bound. */
  uint64_t backlog_bytes;
} kiln_sched_config;

#define KILN_SCHED_DEFAULT_BACKLOG ((uint64_t)16 << 20)

typedef struct kiln_sched_counts {
  uint64_t session;
  uint64_t queued;        /* ready + pending behind an in-flight run + held
                           * back by a type limit + admitted in a batch but
                           * not begun (kiln_sched_item_begin) */
  uint64_t deferred;      /* parked waiting for tokens */
  uint64_t in_flight;     /* running a stage now (begun); <= workers */
  uint64_t done_waiting;  /* finished, waiting for the main thread */
  /* enqueued: accepted enqueue calls, coalesced ones included; the rest
   * are where they ended (see the invariant at the top). */
  uint64_t enqueued, coalesced, completed, failed, stale_dropped, canceled;
  uint64_t pool_used[KILN_POOL_COUNT], pool_capacity[KILN_POOL_COUNT];
  uint64_t pool_peak[KILN_POOL_COUNT];  /* highest tokens in use ever seen */
  uint64_t parks, wakeups;               /* admission deferrals and wakes */
  uint64_t backlog_bytes, backlog_limit; /* see kiln_sched_config.backlog_bytes */
  uint64_t backlog_peak;                 /* the highest backlog seen */
  uint64_t backlog_holds;                /* times workers stopped admitting for it */
  int workers;
} kiln_sched_counts;

/* Main thread (the caller becomes "main"). Starts the workers; they call
 * ops.worker_init on their own thread. ops is copied. */
int kiln_sched_new(const kiln_sched_config *cfg, const kiln_sched_ops *ops,
                   kiln_sched **out, char *msg);

/* How close treats work that has not started. */
enum kiln_close_mode {
  KILN_CLOSE_FINISH = 0,  /* run every queued item's worker stages first */
  KILN_CLOSE_CANCEL = 1   /* drop queued items; in-flight ones finish */
};

/* Main thread; blocks. Stops admission, finishes or cancels queued work,
 * waits for in-flight items, joins the workers. Items the main thread has
 * not taken yet stay on the done list for kiln_sched_next_done (end them
 * with kiln_sched_discard unless they are applied). Idempotent: a second
 * call returns KILN_OK.
 *
 * timeout_s < 0: no deadline. timeout_s >= 0: returns by the deadline
 * (plus the time workers already inside the scheduler take to leave,
 * microseconds). Past it, close returns KILN_TIMEDOUT and says in msg:
 *  - queued and parked items that did not start: canceled, counted, and put
 *    on the done list with status KILN_ITEM_CANCELED;
 *  - items still running (type id, key, time since admission; eight listed,
 *    then "and N more"): their workers are abandoned, neither waited for
 *    nor joined (detached), so the process can exit while they run.
 * An abandoned worker that comes back completes its items (results are
 * dropped: counted canceled, or failed; tokens released), leaves its loop
 * and calls ops.worker_fini on its thread. Until kiln_sched_abandoned
 * reads 0 such a worker may still use: the scheduler (any kiln_sched_* call
 * on it), ops.ud and everything reachable from it, ops callbacks, its item's
 * payloads and anything its running code holds. */
int kiln_sched_close(kiln_sched *s, int mode, double timeout_s, char *msg);

/* Any thread: workers abandoned by a close deadline that have not finished
 * yet (returned and run ops.worker_fini). 0 without a timed-out close.
 * Only ever decreases after close; once 0 no worker touches s or ops.ud. */
int kiln_sched_abandoned(const kiln_sched *s);

/* Main thread. Closes (FINISH, no deadline) if needed; ends finished items
 * nobody took (results never applied: counted canceled) and frees them.
 * If kiln_sched_abandoned(s) is nonzero it then frees nothing else: s
 * stays allocated (reachable from a static list) for the abandoned workers,
 * whose return finds it closed. The caller must then also keep ops.ud and
 * everything the workers or payload_free may reach (see kiln_sched_close),
 * and must not call anything on s again. Otherwise frees everything.
 * NULL is a no-op. */
void kiln_sched_free(kiln_sched *s);

/* Main thread. Queues (type_id, key); takes ownership of args (freed with
 * ops.payload_free, also on error). need[] are the tokens to take at
 * admission. If the key is already queued the call coalesces: newest args,
 * highest priority, newest session and flags win. If it is in flight, the
 * new run starts after that one finishes. *result gets kiln_enqueue_result.
 * KILN_TOOBIG: a need exceeds its pool's capacity (never admissible).
 * KILN_CLOSED after close. An idle worker is woken at once; a worker that
 * has just run out of work looks again within 50 µs without a wake. */
int kiln_sched_enqueue(kiln_sched *s, uint32_t type_id, const char *key, size_t key_len,
                       int priority, uint32_t flags, const uint64_t need[KILN_POOL_COUNT],
                       void *args, int *result, char *msg);

/* Any thread. */
uint64_t kiln_sched_session(const kiln_sched *s);
/* Main thread: starts a new session and returns its id; O(1). Queued and
 * parked items of older sessions are dropped when a worker reaches them
 * (parked ones as soon as their pool offers tokens again; they never take
 * them; admitted ones at kiln_sched_item_begin). Enqueuing such an item's
 * key again makes it current. */
uint64_t kiln_sched_bump_session(kiln_sched *s);
/* Main thread, O(1): as kiln_sched_bump_session when requeue is 0. With
 * requeue 1, work that has not begun (queued, parked, pending, held back by
 * a type limit, admitted in a batch but not begun) keeps its place and runs
 * in the new session: kiln_item_session reads the current session once the
 * item begins. Items already running and results waiting for the main
 * thread stay in their old session (dropped as after a plain bump). A
 * later plain bump drops everything older again. */
uint64_t kiln_sched_bump_session_ex(kiln_sched *s, int requeue);

/* Worker thread (inside ops.loop): completes done (NULL: none) and takes
 * the next item with its tokens, under one lock acquisition; blocks on a
 * condition variable while nothing is admissible (or while paused). Call
 * kiln_sched_item_begin before running an item's stages. NULL with *control = 1:
 * run the control work (kiln_sched_broadcast was called), then step again.
 * NULL with *control = 0: the scheduler is closing, leave the loop. */
kiln_item *kiln_sched_worker_step(kiln_sched_worker *w, kiln_item *done, int *control);

/* Worker thread (inside ops.loop): as kiln_sched_worker_step, for up to max
 * items at once: completes done[0..ndone) and fills out[], taking more than
 * one item only while the ready queue holds more than two per worker. An
 * item that needs tokens (any need > 0) is only ever first in a batch, and
 * then alone: a slow one must not hoard tokens for items behind it.
 * Returns the count; 0 has step's NULL meaning (see *control). */
int kiln_sched_worker_batch(kiln_sched_worker *w, kiln_item **done, int ndone, kiln_item **out,
                            int max, int *control);

/* Worker thread, no lock (atomics only): the item (handed out by
 * kiln_sched_worker_batch/step) starts its stages now. It counts as running
 * (kiln_sched_counts.in_flight, key state RUNNING) until it completes; a
 * worker's previous begun item stops counting as running when it begins
 * the next one. Returns 1: run it. Returns 0: do not run it, complete it
 * as it is (publish, or done[]): it was canceled (status
 * KILN_ITEM_CANCELED) or belongs to an older session than the current one
 * after a requeue bump (status KILN_ITEM_STALE). The built-in loop calls it
 * before ops.run; an ops.loop should call it before each item's stages. */
int kiln_sched_item_begin(kiln_sched_worker *w, kiln_item *it);

/* Worker thread (inside ops.loop): completes one item of this worker's
 * batch right now, as passing it in done[] to the next batch call would
 * (key given up or its rerun queued, tokens released, result on the done
 * list or counted), so the main thread sees each result as its item
 * finishes rather than when the batch ends. The caller must not touch it
 * afterwards. */
void kiln_sched_worker_publish(kiln_sched_worker *w, kiln_item *it);

/* Worker thread (inside ops.loop): gives back items this worker was handed
 * by kiln_sched_worker_batch/step and has not started (status still
 * KILN_ITEM_PENDING, no stage run, tokens not taken over), e.g. the rest of
 * a batch whose first item runs long. items[] must be in the order the
 * batch handed them out (any subset of them). Each one, as if never
 * admitted: its tokens are released (parked items that now fit wake); it
 * goes back to the ready queue at the head of its priority level, so the
 * priority FIFO order is unchanged; it owns its key as a queued item again,
 * so an enqueue of that key coalesces into it (a rerun enqueued while it
 * was admitted is folded into it now, as that enqueue would have been:
 * newest args, session, flags and needs, highest priority; counted
 * coalesced); it is no longer in flight for close's report; an idle worker
 * is woken. Once close cancels queued work (KILN_CLOSE_CANCEL, or past its
 * deadline) a returned item is canceled instead: counted, freed. The
 * caller must not touch the items afterwards (nor pass them as done): a
 * worker may be admitting them already. */
void kiln_sched_worker_return(kiln_sched_worker *w, kiln_item **items, int n);

/* Main thread: tell every worker to run ops.control before its next item. */
void kiln_sched_broadcast(kiln_sched *s);

/* Any thread (the disk writer, the GPU ring): give back tokens taken with
 * kiln_item_take_tokens. Wakes parked items that now fit: freed tokens go
 * to parked items, in queue order, until they are used up or the next one
 * does not fit; a woken item that does not take them (stale, or short on
 * its other pool) passes them on. */
void kiln_sched_release(kiln_sched *s, int pool, uint64_t amount);

/* Main thread: change a pool's capacity (e.g. GPU ring attached). Parked
 * items that now fit are woken. Queued items that need more than the new
 * capacity can never run: they are canceled (counted) and put on the done
 * list with status KILN_ITEM_CANCELED. */
void kiln_sched_set_capacity(kiln_sched *s, int pool, uint64_t capacity);

/* Main thread, never blocks: the next finished item, or NULL. The caller
 * then runs main-thread work and calls kiln_sched_finish. Items come in the
 * order workers finished them. */
kiln_item *kiln_sched_next_done(kiln_sched *s);
/* Main thread: the serial (kiln_item_serial) of the item that owns the key
 * of the last successful kiln_sched_enqueue (a coalesced call: the item it
 * joined). */
uint64_t kiln_sched_last_serial(const kiln_sched *s);
/* Main thread: puts item back at the head of the done list (its apply must
 * wait, e.g. for GPU uploads not yet issued). */
void kiln_sched_unget_done(kiln_sched *s, kiln_item *item);
/* Main thread: ends an item taken with kiln_sched_next_done whose result
 * was applied (or that the caller marked): counts it by its status (OK:
 * completed, STALE: stale_dropped; FAILED and CANCELED were counted when
 * they ended) and frees it. */
void kiln_sched_finish(kiln_sched *s, kiln_item *item);
/* Main thread: ends an item taken with kiln_sched_next_done whose result
 * will not be applied (e.g. everything still on the done list after
 * close): an OK item counts as canceled, not completed; otherwise as
 * kiln_sched_finish. Frees it. */
void kiln_sched_discard(kiln_sched *s, kiln_item *item);

/* Main thread; blocks up to timeout_s (< 0: forever) until a finished item
 * waits for the main thread or nothing is queued, parked or in flight.
 * Returns 1 if idle (nothing anywhere, done list empty), 0 otherwise. For
 * tools and tests; a render loop never calls it. While paused it also
 * returns (0, queued work remains) as soon as nothing is admitted or
 * running: a paused queue cannot move, so waiting for it would hang. */
int kiln_sched_wait(kiln_sched *s, double timeout_s);

/* kiln_sched_wait that wakes for results only once min_done of them wait,
 * or they weigh a quarter of the backlog bound (of the default one when
 * backlog_bytes is unbounded), or a worker runs out of work while any
 * wait (applying them may enqueue more), or a slow item's result is
 * published (kiln_sched_worker_publish: results that may hold much memory
 * do not wait). A drain takes quick items' results in bigger batches, with
 * fewer sleeps and wakes; each costs more than a quick item on a VM. */
int kiln_sched_wait_some(kiln_sched *s, double timeout_s, int min_done);

/* Main thread, returns at once: while paused (nonzero) no worker admits an
 * item; running ones finish and publish, queued and parked ones stay (token
 * releases still wake parked items into the ready queue). Resuming wakes
 * idle workers. kiln_sched_close in KILN_CLOSE_FINISH mode resumes. */
void kiln_sched_pause(kiln_sched *s, int paused);
/* Any thread. */
int kiln_sched_paused(const kiln_sched *s);

/* Where a (type, key) is now. When several apply (a key running with a
 * rerun queued) the one with work not yet started wins: QUEUED/DEFERRED,
 * then RUNNING, then WAITING_APPLY, then APPLIED/FAILED. */
enum kiln_key_state {
  KILN_KEY_UNKNOWN = 0,   /* never seen, canceled, stale-dropped or forgotten */
  KILN_KEY_QUEUED,        /* ready, pending behind its running run, held back by
                           * a type limit, or admitted in a batch but not begun */
  KILN_KEY_DEFERRED,      /* parked waiting for tokens */
  KILN_KEY_RUNNING,       /* begun on a worker */
  KILN_KEY_WAITING_APPLY, /* finished OK: on the done list or taken by the
                           * main thread, not finished/discarded yet */
  KILN_KEY_APPLIED,       /* recently ended with kiln_sched_finish, status OK */
  KILN_KEY_FAILED         /* ended failed (also: failed, on the done list) */
};

/* Any thread, O(1), the lock for a few instructions: enum kiln_key_state.
 * "Recently": the last kiln_sched_config.recent_keys ended keys (least
 * recently ended forgotten first); enqueuing a key again forgets its
 * outcome. */
int kiln_sched_key_state(kiln_sched *s, uint32_t type_id, const char *key, size_t key_len);

enum kiln_cancel_result {
  KILN_CANCEL_NONE = 0,      /* nothing of that key to cancel */
  KILN_CANCEL_DEQUEUED = 1,  /* work that had not begun will not run */
  KILN_CANCEL_RUNNING = 2,   /* a run is under way: flagged (kiln_item_canceled) */
  KILN_CANCEL_UNAPPLIED = 3  /* only results waiting for apply: dropped */
};

/* Main thread, never waits: cancels everything of (type, key) not ended.
 * Queued, parked, pending or type-held items leave their queue now (tokens
 * set aside for them passed on), counted canceled and freed; an item a
 * worker holds in a batch but has not begun is flagged, so
 * kiln_sched_item_begin returns 0 (counted canceled when it completes)
 * -> DEQUEUED. A running item is flagged -> RUNNING: if it completes OK
 * its result is dropped and counted canceled; a failure stays a failure.
 * Its queued rerun, if any, is canceled too. OK results of the key on the
 * done list are dropped (kiln_sched_next_done ends them, counted
 * canceled) -> UNAPPLIED if nothing else was canceled; an item the main
 * thread holds (taken with next_done, not put back) stays the caller's.
 * The key's recent outcome is forgotten. Every item is counted once. */
int kiln_sched_cancel(kiln_sched *s, uint32_t type_id, const char *key, size_t key_len);

/* Main thread: at most max_concurrency items of type_id admitted at once
 * (held in a batch or running); 0 (the default): no limit. Items over the
 * limit wait in a per-type queue, in their priority order, without holding
 * back other types. KILN_INVAL (negative), KILN_NOMEM. */
int kiln_sched_set_type_limit(kiln_sched *s, uint32_t type_id, int max_concurrency);

/* Per type: the counters of kiln_sched_counts. Once nothing of the type is
 * left anywhere, enqueued == completed + failed + stale_dropped +
 * coalesced + canceled. */
typedef struct kiln_sched_type_counts {
  uint64_t enqueued, coalesced, completed, failed, stale_dropped, canceled;
  uint64_t queued, deferred, running, waiting_apply;
} kiln_sched_type_counts;

/* Any thread. A type never seen reads all zero. */
void kiln_sched_type_counts_get(kiln_sched *s, uint32_t type_id, kiln_sched_type_counts *out);

/* Any thread. */
void kiln_sched_counts_get(kiln_sched *s, kiln_sched_counts *out);
/* Any thread: record a stage duration. */
void kiln_sched_observe(kiln_sched *s, int stage, uint64_t ns);
struct kiln_hist_summary;
void kiln_sched_stage_summary(kiln_sched *s, int stage, struct kiln_hist_summary *out);
const char *kiln_stage_name(int stage);

/* Any thread: count an item failure (runner side); the error payload
 * travels on the item. */
void kiln_sched_count_failure(kiln_sched *s);

/* ---- item accessors. Items belong to one thread at a time: the worker
 * running it, then the main thread after next_done. */
uint32_t kiln_item_type(const kiln_item *it);
const char *kiln_item_key(const kiln_item *it, size_t *len);
uint64_t kiln_item_session(const kiln_item *it);
uint32_t kiln_item_flags(const kiln_item *it);
int kiln_item_priority(const kiln_item *it);
void *kiln_item_args(const kiln_item *it);
/* Takes the args payload out of the item (caller owns it now). */
void *kiln_item_take_args(kiln_item *it);
void *kiln_item_result(const kiln_item *it);
void *kiln_item_take_result(kiln_item *it);
void *kiln_item_error(const kiln_item *it);
/* Sets status, and replaces the result/error payloads (old ones freed). */
void kiln_item_set_result(kiln_item *it, void *result);
/* The same, with a word that travels with the result (the bindings' length
 * of a bare buffer result), read by the render thread with the item's own
 * lines rather than from the result's memory. */
void kiln_item_set_result_aux(kiln_item *it, void *result, uint64_t aux);
uint64_t kiln_item_result_aux(const kiln_item *it);
/* Worker, after setting the result: the memory it holds (buffers, encoded
 * bytes), counted in the backlog while the result waits for the main
 * thread (kiln_sched_config.backlog_bytes). 0 after each set_result. */
void kiln_item_set_result_bytes(kiln_item *it, uint64_t bytes);
void kiln_item_set_error(kiln_item *it, int stage, void *error);
void kiln_item_set_status(kiln_item *it, int status);
int kiln_item_status(const kiln_item *it);
int kiln_item_failed_stage(const kiln_item *it);
/* Take over the tokens the item holds in pool (the scheduler will not
 * release them when the item ends); release later with kiln_sched_release. */
uint64_t kiln_item_take_tokens(kiln_item *it, int pool);
uint64_t kiln_item_tokens(const kiln_item *it, int pool);
void kiln_item_set_gpu_seq(kiln_item *it, uint64_t seq);
uint64_t kiln_item_gpu_seq(const kiln_item *it);
/* Unique per item, counting up in enqueue order (never 0 for an enqueued
 * item): lets a binding match an item with what it kept at enqueue. */
uint64_t kiln_item_serial(const kiln_item *it);
/* kiln_now_ns() when a worker admitted it (kiln_sched_worker_step). */
uint64_t kiln_item_admitted_ns(const kiln_item *it);
/* Any thread: kiln_sched_cancel flagged the item (its result will be
 * dropped); long stages may stop early. */
int kiln_item_canceled(const kiln_item *it);

#endif
