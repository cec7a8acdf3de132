/* The harness test_sched_keys.c, test_sched_recent.c and test_sched_backlog.c share: a
 * scheduler whose run step honours gates and flags set by the test, with
 * malloc'd int payloads, and the counter invariant every test ends with.
 * Functions are static inline: each test file uses a part of them. */
#ifndef KILN_SCHED_KEYS_HARNESS_H
#define KILN_SCHED_KEYS_HARNESS_H
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ktest.h"
#include "scheduler.h"

typedef struct th {
  pthread_mutex_t mu;
  pthread_cond_t cv;
  kiln_sched *s;
  int gate_open, gate_in;     /* keys "gate...": run waits for gate_open */
  int got_first;              /* key "pub1": run waits for it */
  int batch_hold, batch_held, batch_go; /* batch loop: wait before beginning a batch of > 1 */
  int max_batch;
  int ret_tail;               /* batch loop: gives back all but the first of a held batch */
  _Atomic int begins, runs, frees, saw_cancel, bad_session;
  _Atomic int t2_now, t2_max;  /* type 2 items running at once */
  _Atomic uint64_t kept_disk;  /* keys "hold": tokens kept, given back by the test */
  /* stress: the floor the main thread finished bumping to, and the session
   * it is about to start (stored before each bump) */
  _Atomic uint64_t floor_done, sess_pre;
  int stress;
  int weigh;                  /* results weigh their args' value in bytes (the backlog) */
} th;

static inline int *ival(int v) {
  int *p = malloc(sizeof *p);
  *p = v;
  return p;
}

static inline void payload_free(void *ud, void *p) {
  th *h = ud;
  atomic_fetch_add(&h->frees, 1);
  free(p);
}

static inline void wait_flag(th *h, int *flag) { /* up to 5 s */
  struct timespec dl;
  clock_gettime(CLOCK_REALTIME, &dl);
  dl.tv_sec += 5;
  pthread_mutex_lock(&h->mu);
  while (!*flag && pthread_cond_timedwait(&h->cv, &h->mu, &dl) == 0) {}
  pthread_mutex_unlock(&h->mu);
}

static inline void set_flag(th *h, int *flag) {
  pthread_mutex_lock(&h->mu);
  *flag = 1;
  pthread_cond_broadcast(&h->cv);
  pthread_mutex_unlock(&h->mu);
}

static inline void run(void *ud, void *wdata, kiln_item *it) {
  th *h = ud;
  (void)wdata;
  size_t len;
  const char *key = kiln_item_key(it, &len);
  atomic_fetch_add(&h->runs, 1);
  if (h->stress) { /* begin ran before: the session it gave us lies in [floor, session] */
    uint64_t sess = kiln_item_session(it);
    if (sess > atomic_load(&h->sess_pre)) atomic_fetch_add(&h->bad_session, 1);
  }
  int t2 = kiln_item_type(it) == 2;
  if (t2) {
    int n = atomic_fetch_add(&h->t2_now, 1) + 1, m = atomic_load(&h->t2_max);
    while (n > m && !atomic_compare_exchange_weak(&h->t2_max, &m, n)) {}
  }
  if (strncmp(key, "gate", 4) == 0) {
    pthread_mutex_lock(&h->mu);
    h->gate_in++;
    pthread_cond_broadcast(&h->cv);
    while (!h->gate_open) pthread_cond_wait(&h->cv, &h->mu);
    pthread_mutex_unlock(&h->mu);
  }
  if (strcmp(key, "pub1") == 0) wait_flag(h, &h->got_first);
  if (strncmp(key, "slow", 4) == 0) usleep(2000);
  if (strncmp(key, "hold", 4) == 0) atomic_fetch_add(&h->kept_disk, kiln_item_take_tokens(it, KILN_POOL_DISK));
  if (kiln_item_canceled(it)) atomic_fetch_add(&h->saw_cancel, 1);
  if (t2) atomic_fetch_sub(&h->t2_now, 1);
  if (strstr(key, "/fail")) {
    kiln_item_set_error(it, KILN_STAGE_COMPUTE, kiln_item_take_args(it));
    return;
  }
  int *args = kiln_item_take_args(it);
  kiln_item_set_result(it, args ? args : ival(-1));
  if (h->weigh && args) kiln_item_set_result_bytes(it, (uint64_t)*args);
}

/* The Lua worker loop's shape with the new calls: begin each item, publish
 * each as it ends, the last one goes back with the next batch call. */
static inline void tloop(void *ud, void *wdata, kiln_sched_worker *w) {
  th *h = ud;
  kiln_item *done[8], *out[8];
  int ndone = 0;
  for (;;) {
    int control;
    int n = kiln_sched_worker_batch(w, done, ndone, out, 8, &control);
    ndone = 0;
    if (n == 0) {
      if (!control) return;
      continue;
    }
    pthread_mutex_lock(&h->mu);
    if (n > h->max_batch) h->max_batch = n;
    if (h->batch_hold && n > 1) {
      h->batch_held = n;
      pthread_cond_broadcast(&h->cv);
      while (!h->batch_go) pthread_cond_wait(&h->cv, &h->mu);
      if (h->ret_tail) {
        h->ret_tail = 0;
        pthread_mutex_unlock(&h->mu);
        kiln_sched_worker_return(w, out + 1, n - 1);
        pthread_mutex_lock(&h->mu);
        n = 1;
      }
    }
    pthread_mutex_unlock(&h->mu);
    for (int i = 0; i < n; i++) {
      uint64_t f0 = atomic_load(&h->floor_done); /* a plain bump that had ended */
      if (kiln_sched_item_begin(w, out[i])) {
        if (h->stress && kiln_item_session(out[i]) < f0) atomic_fetch_add(&h->bad_session, 1);
        atomic_fetch_add(&h->begins, 1);
        run(ud, wdata, out[i]);
      }
      if (i < n - 1) kiln_sched_worker_publish(w, out[i]);
      else done[ndone++] = out[i];
    }
  }
}

/* backlog: kiln_sched_config.backlog_bytes; then results weigh their
 * args' value in bytes. */
static inline th *th_new_backlog(int workers, uint64_t disk_cap, int batch_loop, int recent,
                                 uint64_t backlog) {
  th *h = calloc(1, sizeof *h);
  pthread_mutex_init(&h->mu, NULL);
  pthread_cond_init(&h->cv, NULL);
  h->weigh = backlog != 0;
  kiln_sched_ops ops = { .ud = h, .payload_free = payload_free };
  if (batch_loop) ops.loop = tloop;
  else ops.run = run;
  kiln_sched_config cfg = { .workers = workers, .recent_keys = recent, .backlog_bytes = backlog };
  cfg.capacity[KILN_POOL_DISK] = disk_cap;
  char msg[KILN_ERRMSG_MAX];
  if (kiln_sched_new(&cfg, &ops, &h->s, msg) != KILN_OK) {
    fprintf(stderr, "sched_new: %s\n", msg);
    free(h);
    return NULL;
  }
  return h;
}

static inline th *th_new(int workers, uint64_t disk_cap, int batch_loop, int recent) {
  return th_new_backlog(workers, disk_cap, batch_loop, recent, 0);
}

static inline void th_free(th *h) {
  set_flag(h, &h->gate_open);
  set_flag(h, &h->batch_go);
  set_flag(h, &h->got_first);
  kiln_sched_pause(h->s, 0);
  kiln_sched_free(h->s);
  pthread_mutex_destroy(&h->mu);
  pthread_cond_destroy(&h->cv);
  free(h);
}

static inline int enqt(th *h, uint32_t type, const char *key, int prio, uint64_t disk, int val) {
  uint64_t need[KILN_POOL_COUNT] = { disk, 0 };
  int res = -1;
  char msg[KILN_ERRMSG_MAX];
  int rc = kiln_sched_enqueue(h->s, type, key, strlen(key), prio, 0, need, ival(val), &res, msg);
  return rc == KILN_OK ? res : rc;
}
static inline int enq(th *h, const char *key) { return enqt(h, 1, key, 0, 0, 0); }

static inline int kstate(th *h, const char *key) { return kiln_sched_key_state(h->s, 1, key, strlen(key)); }
static inline int kcancel(th *h, const char *key) { return kiln_sched_cancel(h->s, 1, key, strlen(key)); }

/* Test-only polling, up to 5 s. */
static inline int wait_state(th *h, const char *key, int st) {
  for (int i = 0; i < 25000; i++) {
    if (kstate(h, key) == st) return 1;
    usleep(200);
  }
  return 0;
}

static inline int wait_gate_in(th *h, int n) {
  struct timespec dl;
  clock_gettime(CLOCK_REALTIME, &dl);
  dl.tv_sec += 5;
  pthread_mutex_lock(&h->mu);
  while (h->gate_in < n && pthread_cond_timedwait(&h->cv, &h->mu, &dl) == 0) {}
  int ok = h->gate_in >= n;
  pthread_mutex_unlock(&h->mu);
  return ok;
}

static inline void finish_all(th *h) { /* an OK result of an older session is dropped, as the pump does */
  kiln_item *it;
  while ((it = kiln_sched_next_done(h->s))) {
    if (kiln_item_status(it) == KILN_ITEM_OK && kiln_item_session(it) < kiln_sched_session(h->s))
      kiln_item_set_status(it, KILN_ITEM_STALE);
    kiln_sched_finish(h->s, it);
  }
}

static inline void set_gate(th *h, int open) {
  pthread_mutex_lock(&h->mu);
  h->gate_open = open;
  pthread_cond_broadcast(&h->cv);
  pthread_mutex_unlock(&h->mu);
}

/* Finishes everything done until idle (1), or 0 after 5 s without progress. */
static inline int drain(th *h) {
  for (;;) {
    kiln_item *it;
    finish_all(h);
    int idle = kiln_sched_wait(h->s, 5.0);
    if (!(it = kiln_sched_next_done(h->s))) return idle;
    kiln_sched_unget_done(h->s, it);
  }
}

static inline void check_invariant(int *kt_failed, th *h) {
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.queued == 0 && c.deferred == 0 && c.in_flight == 0 && c.done_waiting == 0);
  KT_CHECK(c.enqueued == c.completed + c.failed + c.stale_dropped + c.coalesced + c.canceled);
  if (c.enqueued != c.completed + c.failed + c.stale_dropped + c.coalesced + c.canceled)
    fprintf(stderr, "  enq %llu = comp %llu fail %llu stale %llu coal %llu canc %llu\n",
            (unsigned long long)c.enqueued, (unsigned long long)c.completed, (unsigned long long)c.failed,
            (unsigned long long)c.stale_dropped, (unsigned long long)c.coalesced,
            (unsigned long long)c.canceled);
  uint64_t sum[6] = { 0 };
  for (uint32_t t = 0; t < 8; t++) {
    kiln_sched_type_counts tc;
    kiln_sched_type_counts_get(h->s, t, &tc);
    KT_CHECK(tc.enqueued == tc.completed + tc.failed + tc.stale_dropped + tc.coalesced + tc.canceled);
    KT_CHECK(tc.queued == 0 && tc.deferred == 0 && tc.running == 0 && tc.waiting_apply == 0);
    if (tc.queued || tc.deferred || tc.running || tc.waiting_apply)
      fprintf(stderr, "  type %u: queued %llu deferred %llu running %llu waiting %llu\n", t,
              (unsigned long long)tc.queued, (unsigned long long)tc.deferred,
              (unsigned long long)tc.running, (unsigned long long)tc.waiting_apply);
    sum[0] += tc.enqueued, sum[1] += tc.completed, sum[2] += tc.failed;
    sum[3] += tc.stale_dropped, sum[4] += tc.coalesced, sum[5] += tc.canceled;
  }
  KT_CHECK(sum[0] == c.enqueued && sum[1] == c.completed && sum[2] == c.failed);
  KT_CHECK(sum[3] == c.stale_dropped && sum[4] == c.coalesced && sum[5] == c.canceled);
}

#endif
