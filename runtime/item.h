/* Internal: the work item as the scheduler and its queue see it.
 * Not part of the public API; bindings use the accessors in scheduler.h. */
#ifndef KILN_ITEM_H
#define KILN_ITEM_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "scheduler.h"

enum kiln__where {
  KILN__NOWHERE = 0,
  KILN__READY,    /* in the ready queue */
  KILN__PARKED,   /* in a pool's parked queue, waiting for tokens */
  KILN__PENDING,  /* held back because the same key is in flight */
  KILN__INFLIGHT, /* admitted: a worker holds it (begun or not) */
  KILN__DONE,     /* waiting for the main thread */
  KILN__TYPEWAIT  /* its type is at its concurrency limit: in the type's queue */
};

struct kiln_item {
  struct kiln_item *qnext, *qprev; /* links in a kiln_pq level; in flight: in the
                                      scheduler's in-flight list */
  int priority;
  int where;                /* enum kiln__where */
  int parked_pool;          /* pool whose queue holds it when PARKED */
  int in_map;               /* owns its key in the scheduler's keymap */
  uint64_t hash;            /* of (type_id, key) */
  struct kiln_item *pending;  /* in flight: the queued rerun of its key */
  struct kiln_item *parent;   /* PENDING: the in-flight run it waits for */
  uint32_t type_id;
  uint32_t flags;           /* KILN_ITEM_* from scheduler.h */
  uint64_t session;
  uint64_t need[KILN_POOL_COUNT];  /* tokens to take at admission */
  uint64_t held[KILN_POOL_COUNT];  /* tokens held now */
  uint64_t promise[KILN_POOL_COUNT]; /* READY after a wake: tokens set aside for it */
  void *args;               /* owned; freed with ops.payload_free */
  void *result;             /* owned; freed with ops.payload_free */
  uint64_t result_aux;      /* a word the bindings send along with result */
  uint64_t result_bytes;    /* memory its result holds: counts in the backlog */
  void *error;              /* owned; freed with ops.payload_free */
  int status;               /* enum kiln_item_status */
  int stage;                /* stage that failed */
  uint64_t gpu_seq;         /* last GPU upload staged for it (0: none) */
  uint64_t t_enqueue_ns;
  uint64_t t_admit_ns;       /* when a worker took it */
  struct kiln_sched *owner;
  struct kiln_type_state *ts;  /* its type's state (never moves) */
  struct kiln_item *next;   /* done-list link */
  struct kiln_item *onext;  /* chain in the waiting-outcome index */
  /* begun: kiln_sched_item_begin ran (worker); cancel: kiln_sched_cancel
   * flagged it (main). Each side stores its flag, then reads the other's
   * (seq_cst): at least one sees both, so a cancel racing a begin is
   * never lost. */
  _Atomic int begun, cancel;
  int in_outidx;            /* under lock: in the waiting-outcome index */
  int drop;                 /* main: result canceled, next_done ends it */
  int taken;                /* main only: taken by next_done, not put back */
  int counted_failed;       /* its failure was counted when it ended */
  int unheld;               /* READY: came back from its type's waiting queue */
  int mirrored;             /* counted in the main thread's key mirror */
  size_t key_len;
  uint64_t serial;          /* main: unique per item, in enqueue order (kiln_sched_last_serial) */
  void *end_rec;            /* main: its outcome record until the ended list is flushed */
  int end_status;           /* main: how it ended (a kiln_item_status, -1: result dropped) */
  int end_outcome;          /* main: enum kiln_key_state to record, 0: none */
  char key[];               /* NUL-terminated copy (keys may hold NULs too) */
};

#endif
