/* Scheduler features around single keys and items: item_begin / publish
 * (honest in_flight), key_state and cancel, pause, requeue bumps, per-type
 * limits and counters. No Lua. */
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
} th;

static int *ival(int v) {
  int *p = malloc(sizeof *p);
  *p = v;
  return p;
}

static void payload_free(void *ud, void *p) {
  th *h = ud;
  atomic_fetch_add(&h->frees, 1);
  free(p);
}

static void wait_flag(th *h, int *flag) { /* up to 5 s */
  struct timespec dl;
  clock_gettime(CLOCK_REALTIME, &dl);
  dl.tv_sec += 5;
  pthread_mutex_lock(&h->mu);
  while (!*flag && pthread_cond_timedwait(&h->cv, &h->mu, &dl) == 0) {}
  pthread_mutex_unlock(&h->mu);
}

static void set_flag(th *h, int *flag) {
  pthread_mutex_lock(&h->mu);
  *flag = 1;
  pthread_cond_broadcast(&h->cv);
  pthread_mutex_unlock(&h->mu);
}

static void run(void *ud, void *wdata, kiln_item *it) {
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
}

/* The Lua worker loop's shape with the new calls: begin each item, publish
 * each as it ends, the last one goes back with the next batch call. */
static void tloop(void *ud, void *wdata, kiln_sched_worker *w) {
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

static th *th_new(int workers, uint64_t disk_cap, int batch_loop, int recent) {
  th *h = calloc(1, sizeof *h);
  pthread_mutex_init(&h->mu, NULL);
  pthread_cond_init(&h->cv, NULL);
  kiln_sched_ops ops = { .ud = h, .payload_free = payload_free };
  if (batch_loop) ops.loop = tloop;
  else ops.run = run;
  kiln_sched_config cfg = { .workers = workers, .recent_keys = recent };
  cfg.capacity[KILN_POOL_DISK] = disk_cap;
  char msg[KILN_ERRMSG_MAX];
  if (kiln_sched_new(&cfg, &ops, &h->s, msg) != KILN_OK) {
    fprintf(stderr, "sched_new: %s\n", msg);
    free(h);
    return NULL;
  }
  return h;
}

static void th_free(th *h) {
  set_flag(h, &h->gate_open);
  set_flag(h, &h->batch_go);
  set_flag(h, &h->got_first);
  kiln_sched_pause(h->s, 0);
  kiln_sched_free(h->s);
  pthread_mutex_destroy(&h->mu);
  pthread_cond_destroy(&h->cv);
  free(h);
}

static int enqt(th *h, uint32_t type, const char *key, int prio, uint64_t disk, int val) {
  uint64_t need[KILN_POOL_COUNT] = { disk, 0 };
  int res = -1;
  char msg[KILN_ERRMSG_MAX];
  int rc = kiln_sched_enqueue(h->s, type, key, strlen(key), prio, 0, need, ival(val), &res, msg);
  return rc == KILN_OK ? res : rc;
}
static int enq(th *h, const char *key) { return enqt(h, 1, key, 0, 0, 0); }

static int kstate(th *h, const char *key) { return kiln_sched_key_state(h->s, 1, key, strlen(key)); }
static int kcancel(th *h, const char *key) { return kiln_sched_cancel(h->s, 1, key, strlen(key)); }

/* Test-only polling, up to 5 s. */
static int wait_state(th *h, const char *key, int st) {
  for (int i = 0; i < 25000; i++) {
    if (kstate(h, key) == st) return 1;
    usleep(200);
  }
  return 0;
}

static int wait_gate_in(th *h, int n) {
  struct timespec dl;
  clock_gettime(CLOCK_REALTIME, &dl);
  dl.tv_sec += 5;
  pthread_mutex_lock(&h->mu);
  while (h->gate_in < n && pthread_cond_timedwait(&h->cv, &h->mu, &dl) == 0) {}
  int ok = h->gate_in >= n;
  pthread_mutex_unlock(&h->mu);
  return ok;
}

static void finish_all(th *h) { /* an OK result of an older session is dropped, as the pump does */
  kiln_item *it;
  while ((it = kiln_sched_next_done(h->s))) {
    if (kiln_item_status(it) == KILN_ITEM_OK && kiln_item_session(it) < kiln_sched_session(h->s))
      kiln_item_set_status(it, KILN_ITEM_STALE);
    kiln_sched_finish(h->s, it);
  }
}

static void set_gate(th *h, int open) {
  pthread_mutex_lock(&h->mu);
  h->gate_open = open;
  pthread_cond_broadcast(&h->cv);
  pthread_mutex_unlock(&h->mu);
}

/* Finishes everything done until idle (1), or 0 after 5 s without progress. */
static int drain(th *h) {
  for (;;) {
    kiln_item *it;
    finish_all(h);
    int idle = kiln_sched_wait(h->s, 5.0);
    if (!(it = kiln_sched_next_done(h->s))) return idle;
    kiln_sched_unget_done(h->s, it);
  }
}

static void check_invariant(int *kt_failed, th *h) {
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

/* ------------------------------------------------------------ key state */

KT_TEST(key_state_through_every_state) {
  th *h = th_new(2, 1, 0, 4);
  KT_REQUIRE(h);
  KT_CHECK(kstate(h, "never") == KILN_KEY_UNKNOWN);
  KT_CHECK(enq(h, "gate") == KILN_QUEUED);
  KT_REQUIRE(wait_gate_in(h, 1));
  KT_CHECK(kstate(h, "gate") == KILN_KEY_RUNNING);
  KT_CHECK(enqt(h, 1, "hold", 0, 1, 0) == KILN_QUEUED); /* keeps the only disk token */
  KT_REQUIRE(wait_state(h, "hold", KILN_KEY_WAITING_APPLY));
  KT_CHECK(enqt(h, 1, "p", 0, 1, 0) == KILN_QUEUED);
  KT_CHECK(wait_state(h, "p", KILN_KEY_DEFERRED));
  kiln_sched_pause(h->s, 1);
  KT_CHECK(kiln_sched_paused(h->s));
  KT_CHECK(enq(h, "q") == KILN_QUEUED);
  KT_CHECK(enq(h, "x/fail") == KILN_QUEUED);
  KT_CHECK(kstate(h, "q") == KILN_KEY_QUEUED);
  KT_CHECK(enq(h, "gate") == KILN_QUEUED); /* a rerun behind the running one */
  KT_CHECK(kstate(h, "gate") == KILN_KEY_QUEUED);
  /* Waiting apply: on the done list, taken, put back; applied once finished. */
  kiln_item *it = kiln_sched_next_done(h->s);
  KT_REQUIRE(it && strcmp(kiln_item_key(it, NULL), "hold") == 0);
  KT_CHECK(kstate(h, "hold") == KILN_KEY_WAITING_APPLY);
  kiln_sched_unget_done(h->s, it);
  KT_CHECK(kstate(h, "hold") == KILN_KEY_WAITING_APPLY);
  it = kiln_sched_next_done(h->s);
  kiln_sched_finish(h->s, it);
  KT_CHECK(kstate(h, "hold") == KILN_KEY_APPLIED);
  KT_CHECK(kiln_sched_cancel(h->s, 1, "q", 1) == KILN_CANCEL_DEQUEUED);
  KT_CHECK(kstate(h, "q") == KILN_KEY_UNKNOWN);
  KT_CHECK(kiln_sched_cancel(h->s, 1, "q", 1) == KILN_CANCEL_NONE);
  kiln_sched_pause(h->s, 0);
  KT_CHECK(wait_state(h, "x/fail", KILN_KEY_FAILED)); /* failed, still on the done list */
  set_flag(h, &h->gate_open);
  kiln_sched_release(h->s, KILN_POOL_DISK, atomic_exchange(&h->kept_disk, 0));
  KT_CHECK(drain(h));
  KT_CHECK(kstate(h, "x/fail") == KILN_KEY_FAILED);
  KT_CHECK(kstate(h, "gate") == KILN_KEY_APPLIED);
  KT_CHECK(kstate(h, "p") == KILN_KEY_APPLIED);
  /* A newer enqueue replaces the outcome: canceled, it is unknown. */
  kiln_sched_pause(h->s, 1);
  KT_CHECK(enq(h, "p") == KILN_QUEUED);
  KT_CHECK(kstate(h, "p") == KILN_KEY_QUEUED);
  KT_CHECK(kcancel(h, "p") == KILN_CANCEL_DEQUEUED);
  KT_CHECK(kstate(h, "p") == KILN_KEY_UNKNOWN);
  kiln_sched_pause(h->s, 0);
  /* recent_keys = 4: five more outcomes forget the oldest. */
  KT_CHECK(kstate(h, "hold") == KILN_KEY_APPLIED);
  char key[16];
  for (int i = 0; i < 5; i++) {
    snprintf(key, sizeof key, "r%d", i);
    enq(h, key);
    KT_CHECK(drain(h));
  }
  KT_CHECK(kstate(h, "hold") == KILN_KEY_UNKNOWN);
  KT_CHECK(kstate(h, "x/fail") == KILN_KEY_UNKNOWN);
  KT_CHECK(kstate(h, "r0") == KILN_KEY_UNKNOWN);
  KT_CHECK(kstate(h, "r1") == KILN_KEY_APPLIED && kstate(h, "r4") == KILN_KEY_APPLIED);
  check_invariant(kt_failed, h);
  th_free(h);
}

/* Thousands of results waiting for the main thread stay findable by key
 * while the index grows. */
KT_TEST(many_waiting_results_stay_indexed) {
  th *h = th_new(2, 0, 1, 0);
  KT_REQUIRE(h);
  char key[16];
  for (int i = 0; i < 3000; i++) { snprintf(key, sizeof key, "w%d", i); enq(h, key); }
  kiln_sched_counts c;
  for (int i = 0; i < 25000; i++) {
    kiln_sched_counts_get(h->s, &c);
    if (c.done_waiting == 3000) break;
    usleep(200);
  }
  KT_REQUIRE(c.done_waiting == 3000);
  KT_CHECK(kstate(h, "w0") == KILN_KEY_WAITING_APPLY && kstate(h, "w2999") == KILN_KEY_WAITING_APPLY);
  kiln_item *first = kiln_sched_next_done(h->s); /* the index grows here */
  KT_REQUIRE(first);
  int bad = 0;
  for (int i = 0; i < 3000; i++) {
    snprintf(key, sizeof key, "w%d", i);
    bad += kstate(h, key) != KILN_KEY_WAITING_APPLY;
  }
  KT_CHECK(bad == 0);
  KT_CHECK(kcancel(h, "w1234") == KILN_CANCEL_UNAPPLIED);
  KT_CHECK(kcancel(h, kiln_item_key(first, NULL)) == KILN_CANCEL_NONE); /* held by the caller */
  kiln_sched_finish(h->s, first);
  KT_CHECK(drain(h));
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.completed == 2999 && c.canceled == 1);
  check_invariant(kt_failed, h);
  th_free(h);
}

/* --------------------------------------------------------------- cancel */

KT_TEST(cancel_queued_parked_and_unapplied_each_counted_once) {
  th *h = th_new(2, 1, 0, 0);
  KT_REQUIRE(h);
  KT_CHECK(enqt(h, 1, "hold", 0, 1, 0) == KILN_QUEUED);
  KT_REQUIRE(drain(h));
  KT_CHECK(enqt(h, 1, "p1", 0, 1, 0) == KILN_QUEUED);
  KT_REQUIRE(wait_state(h, "p1", KILN_KEY_DEFERRED));
  KT_CHECK(enqt(h, 1, "p2", 0, 1, 0) == KILN_QUEUED);
  KT_REQUIRE(wait_state(h, "p2", KILN_KEY_DEFERRED));
  kiln_sched_pause(h->s, 1);
  KT_CHECK(enq(h, "q") == KILN_QUEUED);
  int frees = atomic_load(&h->frees);
  KT_CHECK(kcancel(h, "q") == KILN_CANCEL_DEQUEUED);
  KT_CHECK(kcancel(h, "p1") == KILN_CANCEL_DEQUEUED); /* the parked head */
  KT_CHECK(atomic_load(&h->frees) == frees + 2);      /* freed at once */
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.canceled == 2 && c.deferred == 1 && c.queued == 0);
  kiln_sched_pause(h->s, 0);
  kiln_sched_release(h->s, KILN_POOL_DISK, atomic_exchange(&h->kept_disk, 0));
  KT_CHECK(kiln_sched_wait(h->s, 5.0) == 0); /* p2 got the token */
  KT_CHECK(wait_state(h, "p2", KILN_KEY_WAITING_APPLY));
  KT_CHECK(kcancel(h, "p2") == KILN_CANCEL_UNAPPLIED);
  KT_CHECK(kstate(h, "p2") == KILN_KEY_UNKNOWN);
  KT_CHECK(kiln_sched_next_done(h->s) == NULL); /* never handed out */
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.canceled == 3 && c.completed == 1 && c.done_waiting == 0);
  check_invariant(kt_failed, h);
  kiln_sched_type_counts tc;
  kiln_sched_type_counts_get(h->s, 1, &tc);
  KT_CHECK(tc.canceled == 3 && tc.enqueued == 4);
  th_free(h);
}

KT_TEST(cancel_running_with_pending_rerun) {
  th *h = th_new(1, 0, 0, 0);
  KT_REQUIRE(h);
  KT_CHECK(enq(h, "gate") == KILN_QUEUED);
  KT_REQUIRE(wait_gate_in(h, 1));
  KT_CHECK(enq(h, "gate") == KILN_QUEUED); /* pending rerun */
  KT_CHECK(enq(h, "gate/fail") == KILN_QUEUED);
  KT_CHECK(kcancel(h, "gate") == KILN_CANCEL_RUNNING);
  KT_CHECK(kstate(h, "gate") == KILN_KEY_UNKNOWN);
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.canceled == 1 && c.queued == 1); /* the rerun went; gate/fail waits */
  set_flag(h, &h->gate_open);
  KT_CHECK(drain(h));
  KT_CHECK(atomic_load(&h->saw_cancel) == 1);        /* kiln_item_canceled */
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.canceled == 2 && c.completed == 0 && c.failed == 1);
  KT_CHECK(kstate(h, "gate") == KILN_KEY_UNKNOWN);    /* its result never reached the done list */
  check_invariant(kt_failed, h);
  th_free(h);

  /* A canceled run that fails stays a failure. */
  h = th_new(1, 0, 0, 0);
  KT_REQUIRE(h);
  KT_CHECK(enq(h, "gate/fail") == KILN_QUEUED);
  KT_REQUIRE(wait_gate_in(h, 1));
  KT_CHECK(kcancel(h, "gate/fail") == KILN_CANCEL_RUNNING);
  set_flag(h, &h->gate_open);
  KT_CHECK(wait_state(h, "gate/fail", KILN_KEY_FAILED));
  KT_CHECK(drain(h));
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.canceled == 0 && c.failed == 1);
  check_invariant(kt_failed, h);
  th_free(h);
}

/* An item a worker holds in its batch but has not begun: flagged, begin
 * says no, counted once when the worker completes it. */
KT_TEST(cancel_batch_held_not_begun) {
  th *h = th_new(1, 0, 1, 0);
  KT_REQUIRE(h);
  h->batch_hold = 1;
  KT_CHECK(enq(h, "gate") == KILN_QUEUED);
  KT_REQUIRE(wait_gate_in(h, 1));
  char key[16];
  for (int i = 0; i < 10; i++) { snprintf(key, sizeof key, "i%d", i); enq(h, key); }
  set_flag(h, &h->gate_open);
  wait_flag(h, &h->batch_held);
  KT_REQUIRE(h->batch_held == 8);
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.queued == 10 && c.in_flight == 0); /* admitted, not begun: queued */
  KT_CHECK(kstate(h, "i3") == KILN_KEY_QUEUED);
  KT_CHECK(kcancel(h, "i3") == KILN_CANCEL_DEQUEUED);
  KT_CHECK(kstate(h, "i3") == KILN_KEY_UNKNOWN);
  KT_CHECK(kcancel(h, "i9") == KILN_CANCEL_DEQUEUED); /* still in the ready queue */
  set_flag(h, &h->batch_go);
  KT_CHECK(drain(h));
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.canceled == 2 && c.completed == 9);
  KT_CHECK(atomic_load(&h->runs) == 9);
  check_invariant(kt_failed, h);
  th_free(h);
}

/* A batch-held item canceled, then enqueued again, then given back: the
 * new run takes the key (it is not folded into the canceled one); another
 * given-back item folds its rerun in as usual. */
KT_TEST(cancel_then_reenqueue_of_a_returned_item_runs_the_new_one) {
  th *h = th_new(1, 0, 1, 0);
  KT_REQUIRE(h);
  h->batch_hold = 1;
  h->ret_tail = 1;
  KT_CHECK(enq(h, "gate") == KILN_QUEUED);
  KT_REQUIRE(wait_gate_in(h, 1));
  char key[16];
  for (int i = 0; i < 10; i++) { snprintf(key, sizeof key, "i%d", i); enq(h, key); }
  set_flag(h, &h->gate_open);
  wait_flag(h, &h->batch_held);
  KT_REQUIRE(h->batch_held == 8);
  KT_CHECK(kcancel(h, "i3") == KILN_CANCEL_DEQUEUED);
  KT_CHECK(enq(h, "i3") == KILN_QUEUED); /* behind the canceled one */
  KT_CHECK(kstate(h, "i3") == KILN_KEY_QUEUED);
  KT_CHECK(enq(h, "i4") == KILN_QUEUED); /* a rerun of a live one */
  set_flag(h, &h->batch_go);
  KT_CHECK(drain(h));
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(atomic_load(&h->runs) == 11);
  KT_CHECK(c.canceled == 1 && c.coalesced == 1 && c.completed == 11);
  KT_CHECK(kstate(h, "i3") == KILN_KEY_APPLIED);
  check_invariant(kt_failed, h);
  th_free(h);
}

/* ------------------------------------------------- begin, publish, in_flight */

KT_TEST(in_flight_never_above_workers_with_a_deep_queue) {
  for (int loop = 0; loop < 2; loop++) {
    th *h = th_new(2, 0, loop, 0);
    KT_REQUIRE(h);
    char key[16];
    for (int i = 0; i < 3000; i++) { snprintf(key, sizeof key, "k%d", i); enq(h, key); }
    uint64_t max_if = 0, seen = 0;
    for (int i = 0; i < 200000; i++) {
      kiln_sched_counts c;
      kiln_sched_counts_get(h->s, &c);
      if (c.in_flight > max_if) max_if = c.in_flight;
      seen += c.in_flight > 0;
      kiln_item *it;
      while ((it = kiln_sched_next_done(h->s))) kiln_sched_finish(h->s, it);
      if (c.queued == 0 && c.in_flight == 0) break;
    }
    KT_CHECK(max_if <= 2);
    KT_CHECK(drain(h));
    KT_CHECK(atomic_load(&h->runs) == 3000);
    check_invariant(kt_failed, h);
    th_free(h);
  }
}

/* One worker, a deep queue: the first item's result reaches the main
 * thread while the worker is still on the second (which waits for that). */
KT_TEST(publish_hands_each_result_over_as_it_ends) {
  th *h = th_new(1, 0, 1, 0);
  KT_REQUIRE(h);
  KT_CHECK(enq(h, "gate") == KILN_QUEUED);
  KT_REQUIRE(wait_gate_in(h, 1));
  enq(h, "pub0");
  enq(h, "pub1");
  char key[16];
  for (int i = 2; i < 12; i++) { snprintf(key, sizeof key, "slow%d", i); enq(h, key); }
  set_flag(h, &h->gate_open);
  kiln_item *first = NULL;
  for (int i = 0; i < 50 && !first; i++) {
    kiln_item *it;
    while (!first && (it = kiln_sched_next_done(h->s))) {
      if (strcmp(kiln_item_key(it, NULL), "pub0") == 0) first = it;
      else kiln_sched_finish(h->s, it);
    }
    if (!first) kiln_sched_wait(h->s, 0.1);
  }
  KT_CHECK(first != NULL);
  KT_CHECK(wait_state(h, "pub1", KILN_KEY_RUNNING)); /* it cannot end before we say so */
  KT_CHECK(kstate(h, "slow2") == KILN_KEY_QUEUED);
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.in_flight == 1);
  if (first) kiln_sched_finish(h->s, first);
  set_flag(h, &h->got_first);
  KT_CHECK(drain(h));
  KT_CHECK(h->max_batch > 1);
  check_invariant(kt_failed, h);
  th_free(h);
}

/* ----------------------------------------------------------------- pause */

KT_TEST(pause_admits_nothing_and_resume_finishes_everything) {
  for (int loop = 0; loop < 2; loop++) {
    th *h = th_new(3, 0, loop, 0);
    KT_REQUIRE(h);
    char key[16];
    for (int i = 0; i < 400; i++) { snprintf(key, sizeof key, "slow%d", i); enq(h, key); }
    while (atomic_load(&h->runs) < 5) usleep(100);
    kiln_sched_pause(h->s, 1);
    /* Paused: wait returns once nothing is admitted (never hangs). */
    for (;;) {
      finish_all(h);
      KT_CHECK(kiln_sched_wait(h->s, -1) == 0);
      kiln_item *it = kiln_sched_next_done(h->s);
      if (!it) break;
      kiln_sched_unget_done(h->s, it);
    }
    kiln_sched_counts c;
    kiln_sched_counts_get(h->s, &c);
    KT_CHECK(c.in_flight == 0 && c.queued > 0);
    int runs = atomic_load(&h->runs);
    for (int i = 0; i < 50; i++) { snprintf(key, sizeof key, "more%d", i); enq(h, key); }
    usleep(20000);
    KT_CHECK(atomic_load(&h->runs) == runs);
    kiln_item *it;
    while ((it = kiln_sched_next_done(h->s))) kiln_sched_finish(h->s, it);
    KT_CHECK(kiln_sched_wait(h->s, 1.0) == 0);
    KT_CHECK(atomic_load(&h->runs) == runs);
    kiln_sched_pause(h->s, 0);
    KT_CHECK(!kiln_sched_paused(h->s));
    KT_CHECK(drain(h));
    KT_CHECK(atomic_load(&h->runs) == 450);
    check_invariant(kt_failed, h);
    th_free(h);
  }
}

KT_TEST(close_finish_runs_a_paused_queue) {
  th *h = th_new(2, 0, 0, 0);
  KT_REQUIRE(h);
  kiln_sched_pause(h->s, 1);
  char key[16];
  for (int i = 0; i < 20; i++) { snprintf(key, sizeof key, "k%d", i); enq(h, key); }
  char msg[KILN_ERRMSG_MAX];
  KT_CHECK(kiln_sched_close(h->s, KILN_CLOSE_FINISH, 5.0, msg) == KILN_OK);
  KT_CHECK(atomic_load(&h->runs) == 20);
  kiln_item *it;
  while ((it = kiln_sched_next_done(h->s))) kiln_sched_discard(h->s, it);
  check_invariant(kt_failed, h);
  th_free(h);
}

/* ---------------------------------------------------------------- requeue */

static int done_sessions(th *h, uint64_t want, int *other) {
  int n = 0;
  kiln_item *it;
  while ((it = kiln_sched_next_done(h->s))) {
    if (kiln_item_status(it) == KILN_ITEM_OK) {
      if (kiln_item_session(it) == want) n++;
      else (*other)++;
    }
    if (kiln_item_status(it) == KILN_ITEM_OK && kiln_item_session(it) < kiln_sched_session(h->s))
      kiln_item_set_status(it, KILN_ITEM_STALE);
    kiln_sched_finish(h->s, it);
  }
  return n;
}

KT_TEST(requeue_bump_runs_queued_work_in_the_new_session) {
  th *h = th_new(1, 0, 1, 0);
  KT_REQUIRE(h);
  h->batch_hold = 1;
  KT_CHECK(enq(h, "gate") == KILN_QUEUED);
  KT_REQUIRE(wait_gate_in(h, 1));
  char key[16];
  for (int i = 0; i < 12; i++) { snprintf(key, sizeof key, "a%d", i); enq(h, key); }
  uint64_t s2 = kiln_sched_bump_session_ex(h->s, 1);
  KT_CHECK(s2 == 2 && kiln_sched_session(h->s) == 2);
  set_flag(h, &h->gate_open);
  wait_flag(h, &h->batch_held); /* 8 admitted before... */
  uint64_t s3 = kiln_sched_bump_session_ex(h->s, 1); /* ...a second requeue bump */
  set_flag(h, &h->batch_go);
  int other = 0, n = 0;
  for (int i = 0; i < 100 && n < 12; i++) {
    n += done_sessions(h, s3, &other);
    kiln_sched_wait(h->s, 0.05);
  }
  KT_CHECK(n == 12);     /* every queued and batch-held item ran in session 3 */
  KT_CHECK(other == 1);  /* the gate ran in session 1: dropped as stale */
  KT_CHECK(drain(h));
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.completed == 12 && c.stale_dropped == 1);

  /* A plain bump after a requeue bump drops again. */
  set_gate(h, 0);
  KT_CHECK(enq(h, "gate2") == KILN_QUEUED);
  KT_REQUIRE(wait_gate_in(h, 2));
  for (int i = 0; i < 3; i++) { snprintf(key, sizeof key, "b%d", i); enq(h, key); }
  kiln_sched_bump_session_ex(h->s, 1);
  kiln_sched_bump_session(h->s);
  set_flag(h, &h->gate_open);
  KT_CHECK(drain(h));
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.stale_dropped == 5 && c.completed == 12); /* b0..b2 and gate2 */
  check_invariant(kt_failed, h);
  th_free(h);
}

/* Bumps (plain and requeue), cancels, pauses and enqueues from the main
 * thread while four workers begin items: every item that runs sees a
 * session no newer than the one being started, none older than the last
 * plain bump finished before its batch (checked in run), and all counters
 * add up, globally and per type. */
KT_TEST(random_bumps_while_workers_begin_keep_every_invariant) {
  th *h = th_new(4, 3, 1, 64);
  KT_REQUIRE(h);
  h->stress = 1;
  atomic_store(&h->sess_pre, 1);
  uint32_t st = 0x2545F491u;
  char key[32], msg[KILN_ERRMSG_MAX];
  uint64_t accepted = 0;
  for (int step = 1; step <= 20000; step++) {
    st ^= st << 13, st ^= st >> 17, st ^= st << 5;
    uint32_t r = st % 100;
    if (r < 60) {
      snprintf(key, sizeof key, "k%u%s", (st >> 8) % 64, (st >> 16) % 13 == 0 ? "/fail" : "");
      uint64_t need[KILN_POOL_COUNT] = { (st >> 20) % 4 == 0, 0 };
      int res;
      if (kiln_sched_enqueue(h->s, (st >> 24) % 4, key, strlen(key), (int)((st >> 4) % 3), 0, need,
                             ival(step), &res, msg) == KILN_OK)
        accepted++;
    } else if (r < 66) {
      uint64_t n = kiln_sched_session(h->s) + 1;
      atomic_store(&h->sess_pre, n);
      int rq = (st >> 8) & 1;
      KT_CHECK(kiln_sched_bump_session_ex(h->s, rq) == n);
      if (!rq) atomic_store(&h->floor_done, n);
    } else if (r < 76) {
      snprintf(key, sizeof key, "k%u", (st >> 8) % 64);
      kiln_sched_cancel(h->s, (st >> 24) % 4, key, strlen(key));
    } else if (r < 78) {
      kiln_sched_pause(h->s, (st >> 8) & 1);
    } else if (r < 80) {
      kiln_sched_set_type_limit(h->s, (st >> 8) % 4, (int)((st >> 12) % 3));
    } else {
      done_sessions(h, 0, &(int){ 0 });
    }
    if (step % 128 == 0) usleep(50);
    if (step % 2000 == 0) {
      kiln_sched_pause(h->s, 0);
      KT_CHECK(drain(h));
      check_invariant(kt_failed, h);
    }
  }
  kiln_sched_pause(h->s, 0);
  KT_CHECK(drain(h));
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.enqueued == accepted);
  KT_CHECK(c.canceled > 0 && c.stale_dropped > 0 && c.coalesced > 0 && c.failed > 0);
  KT_CHECK(atomic_load(&h->bad_session) == 0);
  check_invariant(kt_failed, h);
  th_free(h);
}

/* ------------------------------------------------------------ type limits */

KT_TEST(type_limit_caps_one_type_and_starves_no_other) {
  th *h = th_new(4, 0, 0, 0);
  KT_REQUIRE(h);
  KT_CHECK(kiln_sched_set_type_limit(h->s, 2, -1) == KILN_INVAL);
  KT_CHECK(kiln_sched_set_type_limit(h->s, 2, 1) == KILN_OK);
  char key[16];
  for (int i = 0; i < 10; i++) { snprintf(key, sizeof key, "gate%d", i); enqt(h, 2, key, 0, 0, i); }
  for (int i = 0; i < 50; i++) { snprintf(key, sizeof key, "q%d", i); enqt(h, 3, key, 0, 0, i); }
  KT_REQUIRE(wait_gate_in(h, 1));
  kiln_sched_type_counts t2, t3;
  for (int i = 0; i < 25000; i++) { /* the other type finishes while type 2 is stuck */
    kiln_item *it;
    while ((it = kiln_sched_next_done(h->s))) kiln_sched_finish(h->s, it);
    kiln_sched_type_counts_get(h->s, 3, &t3);
    if (t3.completed == 50) break;
    usleep(200);
  }
  KT_CHECK(t3.completed == 50);
  kiln_sched_type_counts_get(h->s, 2, &t2);
  KT_CHECK(t2.running == 1 && t2.queued == 9 && t2.completed == 0);
  KT_CHECK(kiln_sched_key_state(h->s, 2, "gate5", 5) == KILN_KEY_QUEUED);
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.in_flight == 1 && c.queued == 9);
  /* Cancel one held back by the limit. */
  KT_CHECK(kiln_sched_cancel(h->s, 2, "gate5", 5) == KILN_CANCEL_DEQUEUED);
  set_flag(h, &h->gate_open);
  KT_CHECK(drain(h));
  KT_CHECK(atomic_load(&h->t2_max) == 1);
  kiln_sched_type_counts_get(h->s, 2, &t2);
  KT_CHECK(t2.completed == 9 && t2.canceled == 1 && t2.enqueued == 10);
  check_invariant(kt_failed, h);

  /* Raising the limit lets the held-back items in at once. */
  set_gate(h, 0);
  atomic_store(&h->t2_max, 0);
  pthread_mutex_lock(&h->mu);
  int in0 = h->gate_in;
  pthread_mutex_unlock(&h->mu);
  for (int i = 0; i < 6; i++) { snprintf(key, sizeof key, "gate%d", i); enqt(h, 2, key, 0, 0, i); }
  KT_REQUIRE(wait_gate_in(h, in0 + 1));
  usleep(10000);
  pthread_mutex_lock(&h->mu);
  KT_CHECK(h->gate_in == in0 + 1);
  pthread_mutex_unlock(&h->mu);
  KT_CHECK(kiln_sched_set_type_limit(h->s, 2, 0) == KILN_OK);
  KT_CHECK(wait_gate_in(h, in0 + 4)); /* four workers */
  set_flag(h, &h->gate_open);
  KT_CHECK(drain(h));
  KT_CHECK(atomic_load(&h->t2_max) == 4);
  check_invariant(kt_failed, h);
  th_free(h);
}

/* An item sent back from its type's waiting queue that is then dropped
 * (stale) instead of admitted passes its slot on: the rest of the waiting
 * queue is not stranded. */
KT_TEST(type_limit_slot_passes_on_past_a_stale_item) {
  th *h = th_new(2, 0, 0, 0);
  KT_REQUIRE(h);
  KT_CHECK(kiln_sched_set_type_limit(h->s, 2, 1) == KILN_OK);
  KT_CHECK(enqt(h, 2, "gate", 0, 0, 0) == KILN_QUEUED);
  KT_REQUIRE(wait_gate_in(h, 1));
  KT_CHECK(enqt(h, 2, "old", 0, 0, 0) == KILN_QUEUED);
  usleep(20000); /* the idle worker meets it at the limit: held back, still current */
  kiln_sched_bump_session(h->s);
  KT_CHECK(enqt(h, 2, "new1", 0, 0, 1) == KILN_QUEUED);
  KT_CHECK(enqt(h, 2, "new2", 0, 0, 2) == KILN_QUEUED);
  usleep(20000); /* held back behind it */
  set_flag(h, &h->gate_open);
  KT_CHECK(drain(h));
  kiln_sched_type_counts t2;
  kiln_sched_type_counts_get(h->s, 2, &t2);
  KT_CHECK(t2.stale_dropped == 2 && t2.completed == 2); /* old; the gate's result */
  KT_CHECK(kiln_sched_key_state(h->s, 2, "new2", 4) == KILN_KEY_APPLIED);
  check_invariant(kt_failed, h);
  th_free(h);
}

/* Priority and FIFO order within a limited type are kept. */
KT_TEST(type_limit_keeps_priority_order) {
  th *h = th_new(2, 0, 0, 0);
  KT_REQUIRE(h);
  KT_CHECK(kiln_sched_set_type_limit(h->s, 2, 1) == KILN_OK);
  KT_CHECK(enqt(h, 2, "gate", 10, 0, 0) == KILN_QUEUED);
  KT_REQUIRE(wait_gate_in(h, 1));
  const char *keys[] = { "a", "b", "c", "d", "e" };
  int prios[] = { 1, 3, 1, 3, 2 };
  for (int i = 0; i < 5; i++) enqt(h, 2, keys[i], prios[i], 0, i);
  set_flag(h, &h->gate_open);
  int order[5], n = 0;
  for (int i = 0; i < 100 && n < 5; i++) {
    kiln_item *it;
    while ((it = kiln_sched_next_done(h->s))) {
      if (kiln_item_status(it) == KILN_ITEM_OK && n < 5 && strcmp(kiln_item_key(it, NULL), "gate"))
        order[n++] = *(int *)kiln_item_result(it);
      kiln_sched_finish(h->s, it);
    }
    kiln_sched_wait(h->s, 0.05);
  }
  int want[] = { 1, 3, 4, 0, 2 };
  KT_CHECK(n == 5);
  for (int i = 0; i < n; i++) KT_CHECK(order[i] == want[i]);
  KT_CHECK(drain(h));
  check_invariant(kt_failed, h);
  th_free(h);
}

/* The recent outcomes against a model: the last `recent` distinct keys to
 * end keep their outcome, in order of ending. Keys end again (their old
 * record dies in the ring, which then compacts and grows), are canceled
 * (an enqueue forgets the outcome), fail, and are longer than a record's
 * inline bytes; batches cross the flush size. One worker: ends in order. */
static void recent_against_model(int *kt_failed, int recent, unsigned seed) {
  enum { NKEYS = 64 };
  th *h = th_new(1, 0, 0, recent);
  KT_REQUIRE(h);
  char keys[NKEYS][200];
  for (int i = 0; i < NKEYS; i++) {
    if (i % 3 == 0) snprintf(keys[i], sizeof keys[i], "long/%0*d%s", 30 + 2 * i, i, i % 5 ? "" : "/fail");
    else snprintf(keys[i], sizeof keys[i], "k%d%s", i, i % 5 ? "" : "/fail");
  }
  int order[NKEYS], norder = 0; /* the model: keys by end, oldest first */
  int bad = 0;
  for (int round = 0; round < 300 && !bad; round++) {
    seed = seed * 1103515245u + 12345u;
    int b = 1 + (int)((seed >> 8) % 100), batch[NKEYS], nb = 0, in[NKEYS] = { 0 };
    if (b > NKEYS) b = NKEYS;
    kiln_sched_pause(h->s, 1);
    while (nb < b) {
      seed = seed * 1103515245u + 12345u;
      int k = (int)((seed >> 8) % NKEYS);
      if (in[k]) continue;
      in[k] = 1;
      batch[nb++] = k;
      enq(h, keys[k]);
    }
    int canceled[NKEYS] = { 0 };
    for (int i = 0; i < nb; i++) {
      seed = seed * 1103515245u + 12345u;
      if ((seed >> 8) % 7 == 0) {
        canceled[batch[i]] = 1;
        KT_CHECK(kcancel(h, keys[batch[i]]) == KILN_CANCEL_DEQUEUED);
      }
    }
    kiln_sched_pause(h->s, 0);
    KT_CHECK(drain(h));
    int keep = 0; /* enqueued keys leave the model (forgotten), then those that ran end */
    for (int i = 0; i < norder; i++) if (!in[order[i]]) order[keep++] = order[i];
    norder = keep;
    for (int i = 0; i < nb; i++) if (!canceled[batch[i]]) order[norder++] = batch[i];
    if (norder > recent) {
      memmove(order, order + (norder - recent), (size_t)recent * sizeof *order);
      norder = recent;
    }
    int want[NKEYS] = { 0 };
    for (int i = 0; i < norder; i++) want[order[i]] = 1;
    for (int k = 0; k < NKEYS; k++) {
      int st = kstate(h, keys[k]);
      int exp = !want[k] ? KILN_KEY_UNKNOWN : k % 5 ? KILN_KEY_APPLIED : KILN_KEY_FAILED;
      if (st != exp) {
        fprintf(stderr, "  recent %d round %d: %s is %d, not %d\n", recent, round, keys[k], st, exp);
        bad = 1;
      }
    }
  }
  KT_CHECK(!bad);
  check_invariant(kt_failed, h);
  th_free(h);
}

KT_TEST(recent_outcomes_match_a_model) {
  recent_against_model(kt_failed, 8, 1);
  recent_against_model(kt_failed, 40, 2);
  recent_against_model(kt_failed, 64, 3); /* every key fits: only re-ends die */
}

/* rt:state from another thread while the render thread's ended items fill
 * the outcome ring with dead records and it is compacted into a new one:
 * the reader compares long keys (kept out of line) in the old ring until
 * the swap, so the copy must leave the old ring as it was. */
typedef struct ring_reader {
  th *h;
  const char *key;
  _Atomic int stop;
  _Atomic long reads, bad;
} ring_reader;

static void *read_outcomes(void *arg) {
  ring_reader *rr = arg;
  while (!atomic_load(&rr->stop) && atomic_load(&rr->reads) < 50000000) {
    atomic_fetch_add(&rr->reads, 1);
    if (kiln_sched_key_state(rr->h->s, 1, rr->key, strlen(rr->key)) != KILN_KEY_APPLIED)
      atomic_fetch_add(&rr->bad, 1);
  }
  return NULL;
}

KT_TEST(key_state_on_another_thread_while_the_outcome_ring_compacts) {
  th *h = th_new(1, 0, 0, 100000);
  KT_REQUIRE(h);
  ring_reader rr = { .h = h, .key = "a-key-longer-than-a-record-holds-inline/oldest" };
  enq(h, rr.key);
  KT_REQUIRE(drain(h));
  KT_REQUIRE(kstate(h, rr.key) == KILN_KEY_APPLIED);
  pthread_t t;
  KT_REQUIRE(pthread_create(&t, NULL, read_outcomes, &rr) == 0);
  char key[96];
  for (int round = 0; round < 60; round++) { /* each round re-ends 3,000 long keys */
    kiln_sched_pause(h->s, 1);
    for (int i = 0; i < 3000; i++) {
      snprintf(key, sizeof key, "another-key-longer-than-32-bytes/%06d", i);
      enq(h, key);
    }
    kiln_sched_pause(h->s, 0);
    KT_CHECK(drain(h));
  }
  atomic_store(&rr.stop, 1);
  pthread_join(t, NULL);
  KT_CHECK(atomic_load(&rr.reads) > 0);
  KT_CHECK(atomic_load(&rr.bad) == 0);
  check_invariant(kt_failed, h);
  th_free(h);
}

KT_MAIN("sched_keys",
        KT_CASE(key_state_through_every_state),
        KT_CASE(many_waiting_results_stay_indexed),
        KT_CASE(cancel_queued_parked_and_unapplied_each_counted_once),
        KT_CASE(cancel_running_with_pending_rerun),
        KT_CASE(cancel_batch_held_not_begun),
        KT_CASE(cancel_then_reenqueue_of_a_returned_item_runs_the_new_one),
        KT_CASE(in_flight_never_above_workers_with_a_deep_queue),
        KT_CASE(publish_hands_each_result_over_as_it_ends),
        KT_CASE(pause_admits_nothing_and_resume_finishes_everything),
        KT_CASE(close_finish_runs_a_paused_queue),
        KT_CASE(requeue_bump_runs_queued_work_in_the_new_session),
        KT_CASE(random_bumps_while_workers_begin_keep_every_invariant),
        KT_CASE(type_limit_caps_one_type_and_starves_no_other),
        KT_CASE(type_limit_slot_passes_on_past_a_stale_item),
        KT_CASE(type_limit_keeps_priority_order),
        KT_CASE(recent_outcomes_match_a_model),
        KT_CASE(key_state_on_another_thread_while_the_outcome_ring_compacts))
