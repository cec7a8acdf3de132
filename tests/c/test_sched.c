/* Scheduler semantics without Lua: priority FIFO, de-dup, in-flight reruns,
 * sessions, backpressure, parked work across bumps, the counter invariant,
 * close (deadlines, abandoned workers). */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ktest.h"
#include "scheduler.h"

#define KILN_TEST_INTAKE 4096 /* KILN__INTAKE_CAP (sched_int.h) */

/* A test harness around the scheduler: payloads are malloc'd ints, run
 * records the order and can be gated. */
typedef struct harness {
  pthread_mutex_t mu;
  pthread_cond_t cv;
  int gate_open;
  int gate_entered;
  char order[4096][32];
  int norder;
  _Atomic int running_same_key;
  _Atomic int max_same_key;
  _Atomic int frees;
  kiln_sched *s;
  int hold_tokens;          /* run takes the disk tokens and hands them to a releaser */
  _Atomic uint64_t disk_in_use, disk_peak;
  int release_pipe[2];
  /* Keys starting "hold": run keeps the item's tokens here, like the disk
   * writer or the GPU ring; the test gives them back with release_kept. */
  _Atomic uint64_t kept[KILN_POOL_COUNT];
  int finis;                /* worker_fini calls, under mu */
  /* Keys "bar<i>": run waits until bar_open[i] (bar_in[i] says it is there). */
  int bar_open[2], bar_in[2];
  /* ret_loop, under mu: ret_tail gives back the tail of a batch led by a
   * "gate" key; ret_back gives back a whole batch led by "back" (once);
   * with ret_pause it first waits for ret_go (ret_paused says it does). */
  int ret_tail, ret_back, ret_pause, ret_paused, ret_go, backs;
  int ret_batch;            /* size of the batch whose tail went back */
  int tok_bad;              /* batches with a token-holding item not alone at the head */
  int tok_batches, max_free_batch;
} harness;

static void payload_free(void *ud, void *p) {
  harness *h = ud;
  atomic_fetch_add(&h->frees, 1);
  free(p);
}

static int *ival(int v) {
  int *p = malloc(sizeof *p);
  *p = v;
  return p;
}

static void run(void *ud, void *wdata, kiln_item *it) {
  harness *h = ud;
  size_t len;
  const char *key = kiln_item_key(it, &len);
  if (strncmp(key, "gate", 4) == 0) {
    pthread_mutex_lock(&h->mu);
    h->gate_entered++;
    pthread_cond_broadcast(&h->cv);
    while (!h->gate_open) pthread_cond_wait(&h->cv, &h->mu);
    pthread_mutex_unlock(&h->mu);
  }
  if (strncmp(key, "bar", 3) == 0) {
    int b = key[3] - '0';
    pthread_mutex_lock(&h->mu);
    h->bar_in[b] = 1;
    pthread_cond_broadcast(&h->cv);
    while (!h->bar_open[b]) pthread_cond_wait(&h->cv, &h->mu);
    pthread_mutex_unlock(&h->mu);
  }
  if (strncmp(key, "same", 4) == 0) {
    int n = atomic_fetch_add(&h->running_same_key, 1) + 1;
    int m = atomic_load(&h->max_same_key);
    while (n > m && !atomic_compare_exchange_weak(&h->max_same_key, &m, n)) {}
    usleep(2000);
    atomic_fetch_sub(&h->running_same_key, 1);
  }
  if (h->hold_tokens) {
    uint64_t n = kiln_item_tokens(it, KILN_POOL_DISK);
    if (n) {
      uint64_t u = atomic_fetch_add(&h->disk_in_use, n) + n;
      uint64_t pk = atomic_load(&h->disk_peak);
      while (u > pk && !atomic_compare_exchange_weak(&h->disk_peak, &pk, u)) {}
      uint64_t t = kiln_item_take_tokens(it, KILN_POOL_DISK);
      /* Another thread gives them back later, like the disk writer does. */
      ssize_t w = write(h->release_pipe[1], &t, sizeof t);
      (void)w;
    }
  }
  if (strncmp(key, "hold", 4) == 0)
    for (int p = 0; p < KILN_POOL_COUNT; p++) atomic_fetch_add(&h->kept[p], kiln_item_take_tokens(it, p));
  pthread_mutex_lock(&h->mu);
  if (h->norder < 4096) snprintf(h->order[h->norder++], 32, "%s", key);
  pthread_cond_broadcast(&h->cv); /* for tests waiting on what ran */
  pthread_mutex_unlock(&h->mu);
  if (strstr(key, "/fail")) { /* the args payload doubles as the error */
    kiln_item_set_error(it, KILN_STAGE_COMPUTE, kiln_item_take_args(it));
    return;
  }
  if (strstr(key, "/cancel")) {
    kiln_item_set_status(it, KILN_ITEM_CANCELED);
    return;
  }
  int *args = kiln_item_take_args(it);
  kiln_item_set_result(it, args ? args : ival(-1));
}

static void fini(void *ud, void *wdata) {
  harness *h = ud;
  (void)wdata;
  pthread_mutex_lock(&h->mu);
  h->finis++;
  pthread_cond_broadcast(&h->cv);
  pthread_mutex_unlock(&h->mu);
}

static harness *harness_new2(int workers, uint64_t disk_cap, uint64_t gpu_cap) {
  harness *h = calloc(1, sizeof *h);
  pthread_mutex_init(&h->mu, NULL);
  pthread_cond_init(&h->cv, NULL);
  kiln_sched_ops ops = { .ud = h, .run = run, .worker_fini = fini, .payload_free = payload_free };
  kiln_sched_config cfg = { .workers = workers };
  cfg.capacity[KILN_POOL_DISK] = disk_cap;
  cfg.capacity[KILN_POOL_GPU] = gpu_cap;
  char msg[KILN_ERRMSG_MAX];
  if (kiln_sched_new(&cfg, &ops, &h->s, msg) != KILN_OK) {
    fprintf(stderr, "sched_new: %s\n", msg);
    return NULL;
  }
  return h;
}

static harness *harness_new(int workers, uint64_t disk_cap) { return harness_new2(workers, disk_cap, 0); }

static void harness_free(harness *h) {
  kiln_sched_free(h->s);
  pthread_mutex_destroy(&h->mu);
  pthread_cond_destroy(&h->cv);
  free(h);
}

static void gate_wait_entered(harness *h) {
  pthread_mutex_lock(&h->mu);
  while (!h->gate_entered) pthread_cond_wait(&h->cv, &h->mu);
  pthread_mutex_unlock(&h->mu);
}

static void gate_open(harness *h) {
  pthread_mutex_lock(&h->mu);
  h->gate_open = 1;
  pthread_cond_broadcast(&h->cv);
  pthread_mutex_unlock(&h->mu);
}

static int enq(harness *h, const char *key, int prio, int val) {
  int res = -1;
  char msg[KILN_ERRMSG_MAX];
  int rc = kiln_sched_enqueue(h->s, 1, key, strlen(key), prio, 0, NULL, ival(val), &res, msg);
  return rc == KILN_OK ? res : rc;
}

/* Drains the done list until idle; returns how many items were OK. */
static int drain(harness *h, int *vals, int maxvals) {
  int n = 0;
  for (;;) {
    kiln_item *it;
    while ((it = kiln_sched_next_done(h->s))) {
      if (kiln_item_status(it) == KILN_ITEM_OK) {
        if (vals && n < maxvals) vals[n] = *(int *)kiln_item_result(it);
        n++;
      }
      kiln_sched_finish(h->s, it);
    }
    if (kiln_sched_wait(h->s, 5.0)) {
      if (!(it = kiln_sched_next_done(h->s))) break;
      kiln_sched_unget_done(h->s, it);
    }
  }
  return n;
}

KT_TEST(priority_fifo) {
  harness *h = harness_new(1, 0);
  KT_REQUIRE(h);
  KT_CHECK(enq(h, "gate", 100, 0) == KILN_QUEUED);
  gate_wait_entered(h);
  enq(h, "a", 1, 0);
  enq(h, "b", 5, 0);
  enq(h, "c", 1, 0);
  enq(h, "d", 5, 0);
  enq(h, "e", 3, 0);
  enq(h, "f", -2, 0);
  gate_open(h);
  KT_CHECK(drain(h, NULL, 0) == 7);
  const char *want[] = { "gate", "b", "d", "e", "a", "c", "f" };
  KT_REQUIRE(h->norder == 7);
  for (int i = 0; i < 7; i++) KT_CHECK(strcmp(h->order[i], want[i]) == 0);
  harness_free(h);
}

/* More fast-path enqueues than the intake ring holds, with no worker to
 * fold them: past the ring enqueue takes the lock and folds, and every
 * item still runs once, in enqueue order. */
KT_TEST(intake_past_its_ring_keeps_order_and_dedup) {
  harness *h = harness_new(1, 0);
  KT_REQUIRE(h);
  KT_CHECK(enq(h, "gate", 100, -1) == KILN_QUEUED);
  gate_wait_entered(h);
  enum { N = 3 * KILN_TEST_INTAKE + 17 };
  char key[32];
  for (int i = 0; i < N; i++) {
    snprintf(key, sizeof key, "k%d", i);
    KT_CHECK(enq(h, key, 0, i) == KILN_QUEUED);
    if (i % 5000 == 4999) { /* past a full ring; a key on the ring or folded: coalesced either way */
      snprintf(key, sizeof key, "k%d", i - 500);
      KT_CHECK(enq(h, key, 0, i - 500) == KILN_COALESCED);
    }
  }
  gate_open(h);
  static int vals[N + 1];
  KT_CHECK(drain(h, vals, N + 1) == N + 1);
  KT_CHECK(vals[0] == -1);
  int in_order = 1;
  for (int i = 0; i < N; i++) in_order &= vals[i + 1] == i;
  KT_CHECK(in_order);
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.completed == (uint64_t)N + 1);
  KT_CHECK(c.coalesced == (uint64_t)(N / 5000));
  harness_free(h);
}

KT_TEST(dedup_coalesces_newest_args_highest_priority) {
  harness *h = harness_new(1, 0);
  KT_REQUIRE(h);
  enq(h, "gate", 100, 0);
  gate_wait_entered(h);
  enq(h, "x", 1, 0);
  enq(h, "k", 1, 10);
  KT_CHECK(enq(h, "k", 7, 11) == KILN_COALESCED);
  KT_CHECK(enq(h, "k", 2, 12) == KILN_COALESCED);
  gate_open(h);
  int vals[8];
  KT_CHECK(drain(h, vals, 8) == 3);
  KT_REQUIRE(h->norder == 3);
  KT_CHECK(strcmp(h->order[1], "k") == 0); /* priority 7 beat x's 1 */
  KT_CHECK(vals[1] == 12);                  /* newest args */
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.coalesced == 2);
  KT_CHECK(c.completed == 3);
  harness_free(h);
}

KT_TEST(inflight_key_runs_again_never_concurrently) {
  harness *h = harness_new(4, 0);
  KT_REQUIRE(h);
  for (int round = 0; round < 200; round++) {
    enq(h, "same", 1, round);
    usleep(100);
  }
  int vals[400];
  int n = drain(h, vals, 400);
  KT_CHECK(n >= 2);
  KT_CHECK(atomic_load(&h->max_same_key) == 1);
  KT_CHECK(vals[n - 1] == 199); /* the last enqueue always runs */
  harness_free(h);
}

KT_TEST(session_drops_older_items) {
  harness *h = harness_new(1, 0);
  KT_REQUIRE(h);
  enq(h, "gate", 100, 0);
  gate_wait_entered(h);
  enq(h, "old1", 1, 0);
  enq(h, "old2", 1, 0);
  uint64_t before = kiln_sched_session(h->s);
  KT_CHECK(kiln_sched_bump_session(h->s) == before + 1);
  enq(h, "new", 1, 0);
  KT_CHECK(enq(h, "old2", 1, 0) == KILN_COALESCED); /* re-enqueued: now current */
  gate_open(h);
  drain(h, NULL, 0);
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  /* The gate itself finished under the old session: the runner in the
   * bindings drops such results; here it went to the done list. */
  KT_CHECK(c.stale_dropped == 1);     /* old1 */
  int saw_old1 = 0;
  for (int i = 0; i < h->norder; i++) saw_old1 |= strcmp(h->order[i], "old1") == 0;
  KT_CHECK(!saw_old1);
  harness_free(h);
}

static void *releaser(void *arg) {
  harness *h = arg;
  uint64_t t;
  while (read(h->release_pipe[0], &t, sizeof t) == (ssize_t)sizeof t) {
    if (t == UINT64_MAX) break;
    usleep(200);
    atomic_fetch_sub(&h->disk_in_use, t);
    kiln_sched_release(h->s, KILN_POOL_DISK, t);
  }
  return NULL;
}

KT_TEST(backpressure_tokens_never_exceed_capacity) {
  harness *h = harness_new(4, 2);
  KT_REQUIRE(h);
  h->hold_tokens = 1;
  KT_REQUIRE(pipe(h->release_pipe) == 0);
  pthread_t rel;
  pthread_create(&rel, NULL, releaser, h);
  uint64_t need[KILN_POOL_COUNT] = { 1, 0 };
  char key[32], msg[KILN_ERRMSG_MAX];
  for (int i = 0; i < 500; i++) {
    int res;
    snprintf(key, sizeof key, "k%d", i);
    KT_CHECK(kiln_sched_enqueue(h->s, 1, key, strlen(key), 0, 0, need, ival(i), &res, msg) == KILN_OK);
  }
  KT_CHECK(drain(h, NULL, 0) == 500);
  uint64_t stop = UINT64_MAX;
  KT_CHECK(write(h->release_pipe[1], &stop, sizeof stop) == (ssize_t)sizeof stop);
  pthread_join(rel, NULL);
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(atomic_load(&h->disk_peak) <= 2);
  KT_CHECK(c.pool_peak[KILN_POOL_DISK] <= 2);
  KT_CHECK(c.parks > 0);   /* items did wait for tokens */
  KT_CHECK(c.pool_used[KILN_POOL_DISK] == 0);
  close(h->release_pipe[0]);
  close(h->release_pipe[1]);
  harness_free(h);
}

KT_TEST(need_above_capacity_is_refused) {
  harness *h = harness_new(1, 2);
  KT_REQUIRE(h);
  uint64_t need[KILN_POOL_COUNT] = { 3, 0 };
  int res;
  char msg[KILN_ERRMSG_MAX];
  KT_CHECK(kiln_sched_enqueue(h->s, 1, "k", 1, 0, 0, need, ival(1), &res, msg) == KILN_TOOBIG);
  KT_CHECK(strstr(msg, "disk") != NULL);
  harness_free(h);
}

KT_TEST(close_finish_runs_everything_and_cancel_drops) {
  harness *h = harness_new(2, 0);
  KT_REQUIRE(h);
  char key[32];
  for (int i = 0; i < 300; i++) { snprintf(key, sizeof key, "f%d", i); enq(h, key, 0, i); }
  char msg[KILN_ERRMSG_MAX];
  KT_CHECK(kiln_sched_close(h->s, KILN_CLOSE_FINISH, -1, msg) == KILN_OK);
  KT_CHECK(h->norder == 300);
  KT_CHECK(enq(h, "late", 0, 0) == KILN_CLOSED);
  harness_free(h);

  h = harness_new(1, 0);
  KT_REQUIRE(h);
  enq(h, "gate", 100, 0);
  gate_wait_entered(h);
  for (int i = 0; i < 50; i++) { snprintf(key, sizeof key, "c%d", i); enq(h, key, 0, i); }
  gate_open(h);
  KT_CHECK(kiln_sched_close(h->s, KILN_CLOSE_CANCEL, -1, msg) == KILN_OK);
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.canceled + (uint64_t)h->norder == 51);
  harness_free(h);
}

static void *delayed_open(void *arg) {
  usleep(50000);
  gate_open(arg);
  return NULL;
}

static void wait_finis(harness *h, int n) {
  pthread_mutex_lock(&h->mu);
  struct timespec dl;
  clock_gettime(CLOCK_REALTIME, &dl);
  dl.tv_sec += 5;
  while (h->finis < n && pthread_cond_timedwait(&h->cv, &h->mu, &dl) == 0) {}
  pthread_mutex_unlock(&h->mu);
}

KT_TEST(close_deadline_reports_unrun_items) {
  harness *h = harness_new(1, 0);
  KT_REQUIRE(h);
  enq(h, "gate", 100, 0);
  gate_wait_entered(h);
  enq(h, "a", 0, 0);
  enq(h, "b", 0, 0);
  char msg[KILN_ERRMSG_MAX];
  /* The gate holds the only worker past the deadline: a and b come back
   * canceled on the done list, the gate is named as still running and its
   * worker abandoned. The gate opens later from another thread. */
  pthread_t opener;
  pthread_create(&opener, NULL, delayed_open, h);
  int rc = kiln_sched_close(h->s, KILN_CLOSE_FINISH, 0.01, msg);
  int canceled = 0;
  kiln_item *it;
  while ((it = kiln_sched_next_done(h->s))) {
    canceled += kiln_item_status(it) == KILN_ITEM_CANCELED;
    kiln_sched_discard(h->s, it);
  }
  KT_CHECK(canceled == 2);
  KT_CHECK(rc == KILN_TIMEDOUT);
  KT_CHECK(strstr(msg, "2 queued item(s) did not run before the 0.010s deadline") != NULL);
  KT_CHECK(strstr(msg, "\"gate\"") != NULL);
  pthread_join(opener, NULL);
  wait_finis(h, 1);
  KT_CHECK(h->finis == 1);
  kiln_sched_free(h->s); /* may still be leaked if the worker is on its way out */
  h->s = NULL;
  harness_free(h);
}

KT_TEST(payloads_all_freed) {
  harness *h = harness_new(2, 0);
  KT_REQUIRE(h);
  char key[32];
  for (int i = 0; i < 100; i++) { snprintf(key, sizeof key, "p%d", i % 10); enq(h, key, 0, i); }
  drain(h, NULL, 0);
  harness_free(h);
  /* every ival() was freed exactly once: checked by ASan/LSan runs */
}

/* A loop in the shape of the Lua worker loop: batches. */
static _Atomic int batch_max_seen;
static void batch_loop(void *ud, void *wdata, kiln_sched_worker *w) {
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
    int m = atomic_load(&batch_max_seen);
    while (n > m && !atomic_compare_exchange_weak(&batch_max_seen, &m, n)) {}
    for (int i = 0; i < n; i++) {
      run(ud, wdata, out[i]);
      done[ndone++] = out[i];
    }
  }
}

KT_TEST(batches_keep_priority_order_and_complete_everything) {
  harness *h = calloc(1, sizeof *h);
  pthread_mutex_init(&h->mu, NULL);
  pthread_cond_init(&h->cv, NULL);
  kiln_sched_ops ops = { .ud = h, .loop = batch_loop, .payload_free = payload_free };
  kiln_sched_config cfg = { .workers = 1 };
  char msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(kiln_sched_new(&cfg, &ops, &h->s, msg) == KILN_OK);
  enq(h, "gate", 1000, 0);
  gate_wait_entered(h);
  char key[32];
  for (int i = 0; i < 100; i++) {
    snprintf(key, sizeof key, "p%03d", i);
    enq(h, key, i % 5, i); /* priorities 0..4 */
  }
  gate_open(h);
  KT_CHECK(drain(h, NULL, 0) == 101);
  KT_REQUIRE(h->norder == 101);
  KT_CHECK(atomic_load(&batch_max_seen) > 1); /* the deep queue was batched */
  int last_prio = 5;
  for (int i = 1; i < 101; i++) { /* higher priority first, FIFO within */
    int idx = atoi(h->order[i] + 1), prio = idx % 5;
    KT_CHECK(prio <= last_prio);
    last_prio = prio;
  }
  harness_free(h);
}

static _Atomic int init_policy[2];

static int policy_init(void *ud, int index, void **wdata, char *msg) {
  (void)ud, (void)wdata, (void)msg;
  atomic_store(&init_policy[index], sched_getscheduler(0));
  return 0;
}

static void noop_run(void *ud, void *wdata, kiln_item *it) {
  (void)ud, (void)wdata, (void)it;
}

static void noop_free(void *ud, void *p) { (void)ud, free(p); }

KT_TEST(worker_policy_background_by_default_normal_on_request_bad_refused) {
  kiln_sched_ops ops = { .worker_init = policy_init, .run = noop_run, .payload_free = noop_free };
  char msg[KILN_ERRMSG_MAX];
  int want[2] = { SCHED_BATCH, SCHED_OTHER };
  for (int p = 0; p < 2; p++) {
    kiln_sched *s = NULL;
    kiln_sched_config cfg = { .workers = 2, .policy = p };
    atomic_store(&init_policy[0], -1);
    atomic_store(&init_policy[1], -1);
    KT_REQUIRE(kiln_sched_new(&cfg, &ops, &s, msg) == KILN_OK);
    KT_CHECK(kiln_sched_close(s, KILN_CLOSE_FINISH, -1, msg) == KILN_OK);
    kiln_sched_free(s);
    KT_CHECK(atomic_load(&init_policy[0]) == want[p]);
    KT_CHECK(atomic_load(&init_policy[1]) == want[p]);
  }
  kiln_sched *s = NULL;
  kiln_sched_config bad = { .workers = 1, .policy = 7 };
  KT_CHECK(kiln_sched_new(&bad, &ops, &s, msg) == KILN_INVAL);
  KT_CHECK(s == NULL);
  KT_CHECK(strstr(msg, "policy: 7") != NULL);
}


/* ------------------------------------------------- parked work, sessions */

static int enq_need(harness *h, const char *key, int prio, uint64_t disk, uint64_t gpu) {
  uint64_t need[KILN_POOL_COUNT] = { disk, gpu };
  int res = -1;
  char msg[KILN_ERRMSG_MAX];
  int rc = kiln_sched_enqueue(h->s, 1, key, strlen(key), prio, 0, need, ival(0), &res, msg);
  return rc == KILN_OK ? res : rc;
}

static void release_kept(harness *h) {
  for (int p = 0; p < KILN_POOL_COUNT; p++) {
    uint64_t t = atomic_exchange(&h->kept[p], 0);
    if (t) kiln_sched_release(h->s, p, t);
  }
}

static int count_order(harness *h, const char *prefix) {
  int n = 0;
  pthread_mutex_lock(&h->mu);
  for (int i = 0; i < h->norder; i++) n += strncmp(h->order[i], prefix, strlen(prefix)) == 0;
  pthread_mutex_unlock(&h->mu);
  return n;
}

/* Test-only polling (the scheduler has no "n items parked" wait): until
 * deferred == n with nothing ready or running, up to 5 s. */
static int wait_parked(harness *h, uint64_t n) {
  for (int i = 0; i < 25000; i++) {
    kiln_sched_counts c;
    kiln_sched_counts_get(h->s, &c);
    if (c.deferred == n && c.in_flight == 0 && c.queued == 0) return 1;
    usleep(200);
  }
  return 0;
}

/* Finishes done items (giving kept tokens back if release) until wait()
 * reports idle: 1; or until nothing happened for timeout_s: 0. */
static int settle(harness *h, double timeout_s, int release) {
  for (;;) {
    kiln_item *it;
    while ((it = kiln_sched_next_done(h->s))) kiln_sched_finish(h->s, it);
    if (release) release_kept(h);
    int idle = kiln_sched_wait(h->s, timeout_s);
    if (release) release_kept(h);
    if (!(it = kiln_sched_next_done(h->s))) {
      if (idle || !release) return idle;
      if (kiln_sched_wait(h->s, timeout_s)) return 1;
      if (!(it = kiln_sched_next_done(h->s))) return 0;
    }
    kiln_sched_unget_done(h->s, it);
  }
}

/* A pool of one token, held outside the scheduler (a slow disk write, the
 * GPU ring); session-1 items parked behind it, a bump, session-2 items
 * parked behind those. The token coming back (or a capacity raise) first
 * wakes stale items, which are dropped without taking it: it must still
 * reach the session-2 items. */
static void bump_then_free_token(int *kt_failed, int pool, int by_capacity) {
  harness *h = harness_new2(1, 1, 1);
  KT_REQUIRE(h);
  uint64_t d = pool == KILN_POOL_DISK, g = pool == KILN_POOL_GPU;
  KT_REQUIRE(enq_need(h, "hold", 0, d, g) == KILN_QUEUED);
  KT_REQUIRE(settle(h, 5.0, 0));
  char key[32];
  for (int i = 0; i < 20; i++) {
    snprintf(key, sizeof key, "s1-%d", i);
    KT_CHECK(enq_need(h, key, 0, d, g) == KILN_QUEUED);
  }
  KT_REQUIRE(wait_parked(h, 20));
  kiln_sched_bump_session(h->s);
  for (int i = 0; i < 10; i++) {
    snprintf(key, sizeof key, "s2-%d", i);
    KT_CHECK(enq_need(h, key, 0, d, g) == KILN_QUEUED);
  }
  KT_REQUIRE(wait_parked(h, 30));
  if (by_capacity) kiln_sched_set_capacity(h->s, pool, 2); /* the held token stays out */
  else release_kept(h);
  int idle = settle(h, 2.0, 0);
  KT_CHECK(idle);
  KT_CHECK(count_order(h, "s2-") == 10);
  KT_CHECK(count_order(h, "s1-") == 0);
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.deferred == 0);
  KT_CHECK(c.stale_dropped == 20);
  KT_CHECK(c.pool_used[pool] == (uint64_t)by_capacity);
  char msg[KILN_ERRMSG_MAX];
  if (!idle) kiln_sched_close(h->s, KILN_CLOSE_CANCEL, -1, msg); /* FINISH would never return */
  harness_free(h);
}

KT_TEST(bump_then_disk_release_runs_new_session) { bump_then_free_token(kt_failed, KILN_POOL_DISK, 0); }
KT_TEST(bump_then_gpu_release_runs_new_session) { bump_then_free_token(kt_failed, KILN_POOL_GPU, 0); }
KT_TEST(bump_then_disk_capacity_runs_new_session) { bump_then_free_token(kt_failed, KILN_POOL_DISK, 1); }
KT_TEST(bump_then_gpu_capacity_runs_new_session) { bump_then_free_token(kt_failed, KILN_POOL_GPU, 1); }

/* A parked item re-enqueued with a need that now fits runs without
 * waiting for a release that may never come. */
KT_TEST(coalesce_into_parked_item_rechecks_its_need) {
  harness *h = harness_new2(1, 2, 1);
  KT_REQUIRE(h);
  KT_REQUIRE(enq_need(h, "hold", 0, 1, 0) == KILN_QUEUED);
  KT_REQUIRE(settle(h, 5.0, 0));
  KT_CHECK(enq_need(h, "p", 0, 2, 0) == KILN_QUEUED);
  KT_REQUIRE(wait_parked(h, 1));
  KT_CHECK(enq_need(h, "p", 0, 1, 0) == KILN_COALESCED);
  int idle = settle(h, 2.0, 0);
  KT_CHECK(idle);
  KT_CHECK(count_order(h, "p") == 1);
  char msg[KILN_ERRMSG_MAX];
  if (!idle) kiln_sched_close(h->s, KILN_CLOSE_CANCEL, -1, msg);
  harness_free(h);
}

/* A release wakes an item that then parks on its other pool: the token it
 * did not take goes to the next item parked on the first pool. */
KT_TEST(woken_item_parking_elsewhere_passes_its_token_on) {
  harness *h = harness_new2(1, 1, 1);
  KT_REQUIRE(h);
  KT_REQUIRE(enq_need(h, "hold-d", 0, 1, 0) == KILN_QUEUED);
  KT_REQUIRE(enq_need(h, "hold-g", 0, 0, 1) == KILN_QUEUED);
  KT_REQUIRE(settle(h, 5.0, 0));
  KT_CHECK(enq_need(h, "a", 0, 1, 1) == KILN_QUEUED); /* parks on disk */
  KT_CHECK(enq_need(h, "b", 0, 1, 0) == KILN_QUEUED); /* behind it */
  KT_REQUIRE(wait_parked(h, 2));
  kiln_sched_release(h->s, KILN_POOL_DISK, atomic_exchange(&h->kept[KILN_POOL_DISK], 0));
  kiln_sched_wait(h->s, 2.0);  /* returns when b is done (or times out) */
  KT_CHECK(count_order(h, "b") == 1);
  KT_CHECK(count_order(h, "a") == 0); /* its GPU token is still out */
  KT_CHECK(settle(h, 5.0, 1));
  KT_CHECK(count_order(h, "a") == 1);
  harness_free(h);
}

/* kiln_sched_wait_some(h->s, 10 s, min_done): how long it took, in seconds. */
static double timed_wait_some(harness *h, int min_done, int *idle) {
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  *idle = kiln_sched_wait_some(h->s, 10.0, min_done);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  return (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

/* A wait for many results at once still returns when a worker runs out of
 * work with a result waiting (its apply may enqueue more), not only when
 * the batch fills or everything ends: here the other worker is stuck. */
KT_TEST(wait_some_returns_when_a_worker_runs_out_of_work_with_results_waiting) {
  harness *h = harness_new(2, 0);
  KT_REQUIRE(h);
  KT_REQUIRE(enq(h, "gate", 0, 1) == KILN_QUEUED);
  gate_wait_entered(h);
  KT_REQUIRE(enq(h, "quick", 0, 2) == KILN_QUEUED);
  int idle;
  double took = timed_wait_some(h, 64, &idle);
  KT_CHECK(idle == 0);
  KT_CHECK(took < 5.0); /* woken by the idle worker, not the timeout */
  kiln_item *it = kiln_sched_next_done(h->s);
  KT_REQUIRE(it != NULL);
  KT_CHECK(kiln_item_status(it) == KILN_ITEM_OK && *(int *)kiln_item_result(it) == 2);
  kiln_sched_finish(h->s, it);
  gate_open(h);
  KT_CHECK(drain(h, NULL, 0) == 1);
  harness_free(h);
}

/* With the worker busy, a wait for 8 results returns once 8 wait (or
 * the worker runs out of work), never on the first. */
KT_TEST(wait_some_takes_results_in_batches) {
  harness *h = harness_new(1, 0);
  KT_REQUIRE(h);
  KT_REQUIRE(enq(h, "gate", 0, 1) == KILN_QUEUED);
  gate_wait_entered(h);
  char key[16];
  for (int i = 0; i < 20; i++) {
    snprintf(key, sizeof key, "q%d", i);
    KT_REQUIRE(enq(h, key, 0, i) == KILN_QUEUED);
  }
  gate_open(h);
  int got = 0, rounds = 0;
  while (got < 21 && rounds < 100) {
    int idle = kiln_sched_wait_some(h->s, 10.0, 8);
    int n = 0;
    kiln_item *it;
    while ((it = kiln_sched_next_done(h->s))) {
      n++;
      kiln_sched_finish(h->s, it);
    }
    /* A short take only when the worker ran out of work (the end). */
    KT_CHECK(n >= 8 || got + n == 21 || idle);
    got += n;
    rounds++;
  }
  KT_CHECK(got == 21);
  harness_free(h);
}

/* A worker loop that publishes each item as it ends, as the Lua worker
 * does for slow items. */
static void publish_loop(void *ud, void *wdata, kiln_sched_worker *w) {
  kiln_item *out[1];
  for (;;) {
    int control;
    int n = kiln_sched_worker_batch(w, NULL, 0, out, 1, &control);
    if (n == 0) {
      if (!control) return;
      continue;
    }
    run(ud, wdata, out[0]);
    kiln_sched_worker_publish(w, out[0]);
  }
}

/* A published (slow) item's result wakes a wait for many at once: results
 * that may hold much memory never wait for a batch to fill. Here the only
 * worker is stuck in the next item, so nothing else would wake it. */
KT_TEST(wait_some_wakes_at_once_for_a_published_result) {
  harness *h = calloc(1, sizeof *h);
  KT_REQUIRE(h);
  pthread_mutex_init(&h->mu, NULL);
  pthread_cond_init(&h->cv, NULL);
  kiln_sched_ops ops = { .ud = h, .loop = publish_loop, .payload_free = payload_free };
  kiln_sched_config cfg = { .workers = 1 };
  char msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(kiln_sched_new(&cfg, &ops, &h->s, msg) == KILN_OK);
  KT_REQUIRE(enq(h, "first", 10, 1) == KILN_QUEUED);
  KT_REQUIRE(enq(h, "gate", 0, 2) == KILN_QUEUED);
  gate_wait_entered(h); /* "first" was published before the gate */
  int idle;
  double took = timed_wait_some(h, 64, &idle);
  KT_CHECK(took < 5.0);
  kiln_item *it = kiln_sched_next_done(h->s);
  KT_REQUIRE(it != NULL);
  KT_CHECK(*(int *)kiln_item_result(it) == 1);
  kiln_sched_finish(h->s, it);
  gate_open(h);
  KT_CHECK(drain(h, NULL, 0) == 1);
  harness_free(h);
}

/* An item the main thread took and never finished (an apply that yielded
 * in a coroutine the host dropped) is freed, payloads and all, with the
 * scheduler. ASan's leak check sees the rest. */
KT_TEST(an_item_taken_and_never_finished_is_freed_with_the_scheduler) {
  harness *h = harness_new(1, 0);
  KT_REQUIRE(h);
  KT_REQUIRE(enq(h, "taken", 0, 7) == KILN_QUEUED);
  kiln_item *it = NULL;
  for (int i = 0; i < 500 && !it; i++) {
    kiln_sched_wait(h->s, 0.01);
    it = kiln_sched_next_done(h->s);
  }
  KT_REQUIRE(it != NULL);
  KT_CHECK(*(int *)kiln_item_result(it) == 7);
  int before = atomic_load(&h->frees);
  kiln_sched_free(h->s); /* it was never finished */
  KT_CHECK(atomic_load(&h->frees) > before);
  pthread_mutex_destroy(&h->mu);
  pthread_cond_destroy(&h->cv);
  free(h);
}

static uint32_t rnd(uint32_t *st) { /* xorshift32: fixed seed, same run every time */
  uint32_t x = *st;
  x ^= x << 13; x ^= x >> 17; x ^= x << 5;
  return *st = x;
}

/* Finishes what is done, as the pump does: an OK result of an older
 * session is dropped (STALE) instead of applied. */
static void finish_done(harness *h) {
  kiln_item *it;
  while ((it = kiln_sched_next_done(h->s))) {
    if (kiln_item_status(it) == KILN_ITEM_OK && kiln_item_session(it) < kiln_sched_session(h->s))
      kiln_item_set_status(it, KILN_ITEM_STALE);
    kiln_sched_finish(h->s, it);
  }
}

static void report_stuck(harness *h) {
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  fprintf(stderr, "  stuck: queued %llu deferred %llu in flight %llu used %llu/%llu\n",
          (unsigned long long)c.queued, (unsigned long long)c.deferred, (unsigned long long)c.in_flight,
          (unsigned long long)c.pool_used[0], (unsigned long long)c.pool_used[1]);
}

/* Random enqueues (duplicate keys, both pools, items that keep their
 * tokens, failures, cancels), releases, bumps (plain and requeue), key
 * cancels, pauses and capacity changes; every 500 steps everything given
 * back must drain to idle. */
KT_TEST(random_bumps_and_releases_strand_nothing_and_counts_add_up) {
  harness *h = harness_new2(2, 2, 1);
  KT_REQUIRE(h);
  uint32_t st = 0x9E3779B9u;
  uint64_t accepted = 0;
  int stuck = 0;
  char key[32], msg[KILN_ERRMSG_MAX];
  for (int step = 1; step <= 4000 && !stuck; step++) {
    uint32_t r = rnd(&st) % 100;
    if (r < 55) {
      uint32_t k = rnd(&st) % 48, kind = rnd(&st) % 20;
      const char *pre = kind < 4 ? "hold" : "k";
      const char *suf = kind == 4 ? "/fail" : kind == 5 ? "/cancel" : "";
      snprintf(key, sizeof key, "%s%u%s", pre, k, suf);
      uint64_t need[KILN_POOL_COUNT] = { rnd(&st) % 3, rnd(&st) % 2 };
      int res;
      int rc = kiln_sched_enqueue(h->s, 1, key, strlen(key), (int)(rnd(&st) % 3), 0, need, ival(step),
                                  &res, msg);
      if (rc == KILN_OK) accepted++;
      else KT_CHECK(rc == KILN_TOOBIG);
    } else if (r < 65) {
      release_kept(h);
    } else if (r < 72) {
      kiln_sched_bump_session_ex(h->s, (int)(rnd(&st) % 2));
    } else if (r < 74) {
      int p = (int)(rnd(&st) % 2);
      kiln_sched_set_capacity(h->s, p, 1 + rnd(&st) % (p == KILN_POOL_DISK ? 3 : 2));
    } else if (r < 78) {
      uint32_t k = rnd(&st) % 48, kind = rnd(&st) % 3;
      snprintf(key, sizeof key, "%s%u", kind == 0 ? "hold" : "k", k);
      int cr = kiln_sched_cancel(h->s, 1, key, strlen(key));
      KT_CHECK(cr >= KILN_CANCEL_NONE && cr <= KILN_CANCEL_UNAPPLIED);
    } else if (r < 79) {
      kiln_sched_pause(h->s, (int)(rnd(&st) % 2));
    } else {
      finish_done(h);
    }
    if (step % 64 == 0) usleep(100);
    if (step % 500 == 0) {
      kiln_sched_pause(h->s, 0); /* a paused queue never drains */
      kiln_sched_set_capacity(h->s, KILN_POOL_DISK, 2);
      kiln_sched_set_capacity(h->s, KILN_POOL_GPU, 1);
      if (!settle(h, 2.0, 1)) {
        stuck = 1;
        fprintf(stderr, "  step %d:", step);
        report_stuck(h);
      }
    }
  }
  KT_CHECK(!stuck);
  finish_done(h);
  release_kept(h);
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.queued == 0 && c.deferred == 0 && c.in_flight == 0 && c.done_waiting == 0);
  KT_CHECK(c.pool_used[KILN_POOL_DISK] == 0 && c.pool_used[KILN_POOL_GPU] == 0);
  KT_CHECK(c.enqueued == accepted);
  KT_CHECK(c.completed + c.failed + c.stale_dropped + c.coalesced + c.canceled == accepted);
  KT_CHECK(c.parks > 0 && c.coalesced > 0 && c.stale_dropped > 0 && c.failed > 0 && c.canceled > 0);
  if (stuck) kiln_sched_close(h->s, KILN_CLOSE_CANCEL, -1, msg);
  harness_free(h);
}

/* --------------------------------------------------------------- counters */

/* Test-only polling: nothing queued, parked or running, up to 5 s. */
static int wait_quiet(harness *h) {
  for (int i = 0; i < 25000; i++) {
    kiln_sched_counts c;
    kiln_sched_counts_get(h->s, &c);
    if (c.queued == 0 && c.deferred == 0 && c.in_flight == 0) return 1;
    usleep(200);
  }
  return 0;
}

/* Every accepted enqueue ends in exactly one of completed, failed,
 * stale_dropped, coalesced, canceled; results discarded after close are
 * canceled, not completed. */
KT_TEST(counters_add_up_through_bump_cancel_and_close) {
  harness *h = harness_new(1, 0);
  KT_REQUIRE(h);
  uint64_t accepted = 0;
  char key[32];
  KT_CHECK(enq(h, "gate", 100, 0) == KILN_QUEUED);
  accepted++;
  gate_wait_entered(h);
  for (int i = 0; i < 30; i++) { /* 10 keys, each enqueued 3 times */
    int k = i % 10;
    snprintf(key, sizeof key, "k%d%s", k, k == 3 ? "/fail" : k == 4 ? "/cancel" : "");
    KT_CHECK(enq(h, key, 0, i) == (i < 10 ? KILN_QUEUED : KILN_COALESCED));
    accepted++;
  }
  kiln_sched_bump_session(h->s); /* the k items are stale now */
  for (int i = 0; i < 10; i++) {
    snprintf(key, sizeof key, "n%d%s", i, i == 3 ? "/fail" : i == 4 ? "/cancel" : "");
    KT_CHECK(enq(h, key, 0, i) == KILN_QUEUED);
    accepted++;
  }
  gate_open(h);
  KT_REQUIRE(wait_quiet(h));
  /* Apply four results (the stale gate is dropped as the pump does); the
   * others stay on the done list. */
  uint64_t applied = 0;
  kiln_item *it;
  while (applied < 4 && (it = kiln_sched_next_done(h->s))) {
    if (kiln_item_session(it) < kiln_sched_session(h->s)) kiln_item_set_status(it, KILN_ITEM_STALE);
    else applied += kiln_item_status(it) == KILN_ITEM_OK;
    kiln_sched_finish(h->s, it);
  }
  KT_CHECK(applied == 4);
  for (int i = 0; i < 40; i++) {
    snprintf(key, sizeof key, "m%d", i);
    KT_CHECK(enq(h, key, 0, i) == KILN_QUEUED);
    accepted++;
  }
  char msg[KILN_ERRMSG_MAX];
  KT_CHECK(kiln_sched_close(h->s, KILN_CLOSE_CANCEL, -1, msg) == KILN_OK);
  uint64_t discarded_ok = 0;
  while ((it = kiln_sched_next_done(h->s))) { /* close: nothing more is applied */
    discarded_ok += kiln_item_status(it) == KILN_ITEM_OK;
    kiln_sched_discard(h->s, it);
  }
  KT_CHECK(discarded_ok > 0);
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.enqueued == accepted);
  KT_CHECK(c.completed == applied);
  KT_CHECK(c.coalesced == 20);
  KT_CHECK(c.stale_dropped == 11); /* 10 k keys before running, the gate after */
  KT_CHECK(c.failed == 1);         /* n3 */
  KT_CHECK(c.canceled >= 1 + discarded_ok); /* n4, what close dropped, the discarded */
  KT_CHECK(c.completed + c.failed + c.stale_dropped + c.coalesced + c.canceled == accepted);
  harness_free(h);
}

/* ------------------------------------------------- close past a deadline */

static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Opens the gate after 3 s unless the test is done first: an unfixed close
 * that waits for the gate returns late instead of hanging the suite. */
typedef struct watchdog { harness *h; pthread_mutex_t mu; pthread_cond_t cv; int done; } watchdog;

static void *watchdog_main(void *arg) {
  watchdog *wd = arg;
  struct timespec dl;
  clock_gettime(CLOCK_REALTIME, &dl);
  dl.tv_sec += 3;
  pthread_mutex_lock(&wd->mu);
  while (!wd->done && pthread_cond_timedwait(&wd->cv, &wd->mu, &dl) == 0) {}
  pthread_mutex_unlock(&wd->mu);
  gate_open(wd->h);
  return NULL;
}

static void watchdog_stop(watchdog *wd, pthread_t t) {
  pthread_mutex_lock(&wd->mu);
  wd->done = 1;
  pthread_cond_signal(&wd->cv);
  pthread_mutex_unlock(&wd->mu);
  pthread_join(t, NULL);
}

/* Ten workers stuck in a compute the test controls. close with a deadline
 * returns on time, names the stuck keys (eight, then a count) and abandons
 * those workers; free leaves the scheduler to them; when the computes end
 * the workers leave cleanly (run under ASan and TSan). */
KT_TEST(close_deadline_abandons_workers_stuck_in_a_compute) {
  harness *h = harness_new(10, 0);
  KT_REQUIRE(h);
  char key[32];
  for (int i = 0; i < 10; i++) { snprintf(key, sizeof key, "gate%d", i); enq(h, key, 0, i); }
  pthread_mutex_lock(&h->mu);
  while (h->gate_entered < 10) pthread_cond_wait(&h->cv, &h->mu);
  pthread_mutex_unlock(&h->mu);
  enq(h, "q1", 0, 0);
  enq(h, "q2", 0, 0);
  watchdog wd = { .h = h };
  pthread_mutex_init(&wd.mu, NULL);
  pthread_cond_init(&wd.cv, NULL);
  pthread_t wt;
  pthread_create(&wt, NULL, watchdog_main, &wd);
  char msg[KILN_ERRMSG_MAX] = "";
  double t0 = now_s();
  int rc = kiln_sched_close(h->s, KILN_CLOSE_FINISH, 0.2, msg);
  double took = now_s() - t0;
  KT_CHECK(rc == KILN_TIMEDOUT);
  KT_CHECK(took >= 0.19 && took < 1.0);
  KT_CHECK(strstr(msg, "2 queued item(s) did not run") != NULL);
  KT_CHECK(strstr(msg, "10 item(s) still running") != NULL);
  KT_CHECK(strstr(msg, "type 1 \"gate") != NULL);
  KT_CHECK(strstr(msg, "and 2 more") != NULL);
  KT_CHECK(kiln_sched_abandoned(h->s) == 10);
  if (rc != KILN_TIMEDOUT || strstr(msg, "gate") == NULL) fprintf(stderr, "  close said: %s\n", msg);
  kiln_sched_free(h->s); /* the workers still use it: left to them */
  h->s = NULL;
  watchdog_stop(&wd, wt); /* opens the gate: the computes end now */
  wait_finis(h, 10);
  KT_CHECK(h->finis == 10);
  KT_CHECK(atomic_load(&h->frees) == 12); /* results dropped by their workers, q1 and q2 by free */
  pthread_mutex_destroy(&wd.mu);
  pthread_cond_destroy(&wd.cv);
  harness_free(h);
}

/* The abandoned worker comes back before free: its result is counted
 * canceled, the count of abandoned workers drops to 0 and free releases
 * everything (ASan: no leak). */
KT_TEST(abandoned_worker_that_returns_is_counted_and_freed) {
  harness *h = harness_new(1, 0);
  KT_REQUIRE(h);
  enq(h, "gate", 0, 0);
  gate_wait_entered(h);
  watchdog wd = { .h = h };
  pthread_mutex_init(&wd.mu, NULL);
  pthread_cond_init(&wd.cv, NULL);
  pthread_t wt;
  pthread_create(&wt, NULL, watchdog_main, &wd);
  char msg[KILN_ERRMSG_MAX] = "";
  double t0 = now_s();
  int rc = kiln_sched_close(h->s, KILN_CLOSE_CANCEL, 0.05, msg);
  KT_CHECK(now_s() - t0 < 1.0);
  KT_CHECK(rc == KILN_TIMEDOUT);
  KT_CHECK(strstr(msg, "\"gate\"") != NULL);
  KT_CHECK(kiln_sched_abandoned(h->s) == 1);
  watchdog_stop(&wd, wt);
  wait_finis(h, 1);
  for (int i = 0; i < 10000 && kiln_sched_abandoned(h->s); i++) usleep(100); /* after fini */
  KT_CHECK(kiln_sched_abandoned(h->s) == 0);
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.in_flight == 0);
  KT_CHECK(c.canceled == 1 && c.completed == 0 && c.enqueued == 1);
  KT_CHECK(kiln_sched_next_done(h->s) == NULL);
  pthread_mutex_destroy(&wd.mu);
  pthread_cond_destroy(&wd.cv);
  harness_free(h);
}

/* ------------------------------------------------ giving admitted items back */

/* A batch loop (the Lua worker loop's shape) that records what its batches
 * held and gives items back as the harness says (see ret_tail, ret_back). */
static void note_batch(harness *h, kiln_item **out, int n) {
  int tok = 0, bad = 0;
  for (int i = 0; i < n; i++) {
    if (kiln_item_tokens(out[i], KILN_POOL_DISK) || kiln_item_tokens(out[i], KILN_POOL_GPU)) {
      tok++;
      bad |= i > 0;
    }
  }
  h->tok_bad += bad || tok > 1;
  h->tok_batches += tok > 0;
  if (!tok && n > h->max_free_batch) h->max_free_batch = n;
}

static void ret_loop(void *ud, void *wdata, kiln_sched_worker *w) {
  harness *h = ud;
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
    const char *k0 = kiln_item_key(out[0], NULL);
    int from = -1; /* give back out[from..n) */
    pthread_mutex_lock(&h->mu);
    note_batch(h, out, n);
    if (h->ret_tail && n > 1 && strncmp(k0, "gate", 4) == 0) {
      h->ret_batch = n;
      from = 1;
    }
    if (h->ret_back && strcmp(k0, "back") == 0 && h->backs++ == 0) from = 0;
    if (from >= 0 && h->ret_pause) { /* the test always sets ret_go, failing or not */
      h->ret_paused = 1;
      pthread_cond_broadcast(&h->cv);
      while (!h->ret_go) pthread_cond_wait(&h->cv, &h->mu);
    }
    pthread_mutex_unlock(&h->mu);
    if (from >= 0) {
      kiln_sched_worker_return(w, out + from, n - from);
      n = from;
    }
    for (int i = 0; i < n; i++) {
      run(ud, wdata, out[i]);
      done[ndone++] = out[i];
    }
  }
}

static const char *test_type_name(void *ud, uint32_t id, char *buf, size_t n) {
  (void)ud;
  snprintf(buf, n, "blur%u", id);
  return buf;
}

static harness *harness_loop(int workers, uint64_t disk_cap, int tail, int back, int pause) {
  harness *h = calloc(1, sizeof *h);
  pthread_mutex_init(&h->mu, NULL);
  pthread_cond_init(&h->cv, NULL);
  h->ret_tail = tail;
  h->ret_back = back;
  h->ret_pause = pause;
  kiln_sched_ops ops = { .ud = h, .loop = ret_loop, .worker_fini = fini, .payload_free = payload_free,
                         .type_name = test_type_name };
  kiln_sched_config cfg = { .workers = workers };
  cfg.capacity[KILN_POOL_DISK] = disk_cap;
  char msg[KILN_ERRMSG_MAX];
  if (kiln_sched_new(&cfg, &ops, &h->s, msg) != KILN_OK) {
    fprintf(stderr, "sched_new: %s\n", msg);
    pthread_mutex_destroy(&h->mu);
    pthread_cond_destroy(&h->cv);
    free(h);
    return NULL;
  }
  return h;
}

/* Waits on h->cv, up to 5 s, until pred (called under h->mu) holds. */
typedef int (*hpred)(harness *h, const void *arg);
static int wait_for(harness *h, hpred pred, const void *arg) {
  struct timespec dl;
  clock_gettime(CLOCK_REALTIME, &dl);
  dl.tv_sec += 5;
  pthread_mutex_lock(&h->mu);
  int ok;
  while (!(ok = pred(h, arg)) && pthread_cond_timedwait(&h->cv, &h->mu, &dl) == 0) {}
  if (!ok) ok = pred(h, arg);
  pthread_mutex_unlock(&h->mu);
  return ok;
}

static int p_bar_in(harness *h, const void *arg) { return h->bar_in[*(const int *)arg]; }
static int p_gate_in(harness *h, const void *arg) { (void)arg; return h->gate_entered > 0; }
static int p_paused(harness *h, const void *arg) { (void)arg; return h->ret_paused; }
typedef struct ran_arg { const char *prefix; int n; } ran_arg;
static int p_ran(harness *h, const void *arg) {
  const ran_arg *a = arg;
  int n = 0;
  for (int i = 0; i < h->norder; i++) n += strncmp(h->order[i], a->prefix, strlen(a->prefix)) == 0;
  return n >= a->n;
}

static void set_flag(harness *h, int *flag) {
  pthread_mutex_lock(&h->mu);
  *flag = 1;
  pthread_cond_broadcast(&h->cv);
  pthread_mutex_unlock(&h->mu);
}

/* Starts a worker on bar<b> and waits until it is in it. */
static int occupy(harness *h, int b) {
  char key[8];
  snprintf(key, sizeof key, "bar%d", b);
  if (enq(h, key, 0, 0) != KILN_QUEUED) return 0;
  return wait_for(h, p_bar_in, &b);
}

/* Lets everything end: gates, bars, paused loops. */
static void unblock_all(harness *h) {
  pthread_mutex_lock(&h->mu);
  h->gate_open = h->bar_open[0] = h->bar_open[1] = h->ret_go = 1;
  pthread_cond_broadcast(&h->cv);
  pthread_mutex_unlock(&h->mu);
}

/* Finishes done items, their values in vals[] (done order), until idle: 1;
 * 0 if nothing happened for 2 s. */
static int collect(harness *h, int *vals, int maxvals, int *nvals) {
  for (;;) {
    kiln_item *it;
    while ((it = kiln_sched_next_done(h->s))) {
      if (kiln_item_status(it) == KILN_ITEM_OK && *nvals < maxvals) vals[(*nvals)++] = *(int *)kiln_item_result(it);
      kiln_sched_finish(h->s, it);
    }
    int idle = kiln_sched_wait(h->s, 2.0);
    if (!(it = kiln_sched_next_done(h->s))) return idle;
    kiln_sched_unget_done(h->s, it);
  }
}

static void check_counts_add_up(int *kt_failed, harness *h, uint64_t enqueued) {
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.enqueued == enqueued);
  KT_CHECK(c.completed + c.failed + c.stale_dropped + c.coalesced + c.canceled == enqueued);
  KT_CHECK(c.queued == 0 && c.deferred == 0 && c.in_flight == 0 && c.done_waiting == 0);
  KT_CHECK(c.pool_used[KILN_POOL_DISK] == 0 && c.pool_used[KILN_POOL_GPU] == 0);
}

/* A batch of eight whose first item is stuck (the gate): the worker gives
 * items 2..8 back and another worker runs them, the gate still shut. */
KT_TEST(returned_batch_tail_runs_on_another_worker_while_the_first_is_stuck) {
  harness *h = harness_loop(2, 0, 1, 0, 0);
  KT_REQUIRE(h);
  KT_REQUIRE(occupy(h, 0));
  KT_REQUIRE(occupy(h, 1));
  char key[32];
  KT_CHECK(enq(h, "gate", 10, 0) == KILN_QUEUED);
  for (int i = 0; i < 20; i++) { snprintf(key, sizeof key, "i%02d", i); enq(h, key, 0, i); }
  set_flag(h, &h->bar_open[1]); /* that worker takes gate + i00..i06 and gives the 7 back */
  KT_CHECK(wait_for(h, p_gate_in, NULL));
  set_flag(h, &h->bar_open[0]); /* the other worker comes free */
  ran_arg all = { "i", 20 };
  KT_CHECK(wait_for(h, p_ran, &all));
  pthread_mutex_lock(&h->mu);
  KT_CHECK(h->ret_batch == 8);
  KT_CHECK(!h->gate_open);
  pthread_mutex_unlock(&h->mu);
  unblock_all(h);
  int vals[64], nv = 0;
  int idle = collect(h, vals, 64, &nv);
  KT_CHECK(idle);
  KT_CHECK(nv == 23 && count_order(h, "i") == 20);
  check_counts_add_up(kt_failed, h, 23);
  char msg[KILN_ERRMSG_MAX];
  if (!idle) kiln_sched_close(h->s, KILN_CLOSE_CANCEL, -1, msg);
  harness_free(h);
}

/* Given-back items go to the head of their priority level in their order; a
 * rerun enqueued while they were admitted is folded in (a raised priority
 * moves it to that level's tail); a later enqueue coalesces into them. */
KT_TEST(returned_items_keep_priority_order_and_coalesce) {
  harness *h = harness_loop(1, 0, 1, 0, 1);
  KT_REQUIRE(h);
  KT_REQUIRE(occupy(h, 0));
  char key[32];
  KT_CHECK(enq(h, "gate", 10, 0) == KILN_QUEUED);
  for (int i = 0; i < 4; i++) { snprintf(key, sizeof key, "a%d", i); enq(h, key, 1, 100 + i); }
  for (int i = 0; i < 20; i++) { snprintf(key, sizeof key, "b%02d", i); enq(h, key, 0, i); }
  set_flag(h, &h->bar_open[0]); /* batch: gate a0 a1 a2 a3 b00 b01 b02 */
  KT_CHECK(wait_for(h, p_paused, NULL));
  KT_CHECK(enq(h, "b02", 0, 77) == KILN_QUEUED); /* in flight: a rerun */
  KT_CHECK(enq(h, "b01", 1, 66) == KILN_QUEUED); /* a rerun at a higher priority */
  set_flag(h, &h->ret_go);
  KT_CHECK(wait_for(h, p_gate_in, NULL));
  KT_CHECK(enq(h, "b00", 0, 55) == KILN_COALESCED); /* queued again */
  KT_CHECK(enq(h, "a1", 1, 44) == KILN_COALESCED);
  unblock_all(h);
  int vals[64], nv = 0;
  int idle = collect(h, vals, 64, &nv);
  KT_CHECK(idle);
  const char *want[] = { "bar0", "gate", "a0", "a1", "a2", "a3", "b01", "b00", "b02", "b03" };
  int wantv[] = { 0, 0, 100, 44, 102, 103, 66, 55, 77, 3 };
  KT_CHECK(h->ret_batch == 8);
  KT_CHECK(h->norder == 26 && nv == 26);
  for (int i = 0; i < 10 && i < h->norder && i < nv; i++) {
    KT_CHECK(strcmp(h->order[i], want[i]) == 0);
    KT_CHECK(vals[i] == wantv[i]);
  }
  for (int i = 10; i < 26 && i < h->norder; i++) {
    snprintf(key, sizeof key, "b%02d", i - 6);
    KT_CHECK(strcmp(h->order[i], key) == 0);
  }
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.coalesced == 4 && c.completed == 26);
  check_counts_add_up(kt_failed, h, 30);
  char msg[KILN_ERRMSG_MAX];
  if (!idle) kiln_sched_close(h->s, KILN_CLOSE_CANCEL, -1, msg);
  harness_free(h);
}

/* Test-only polling (no "parked" wait exists): deferred == n, up to 5 s. */
static int wait_deferred(harness *h, uint64_t n) {
  for (int i = 0; i < 25000; i++) {
    kiln_sched_counts c;
    kiln_sched_counts_get(h->s, &c);
    if (c.deferred == n) return 1;
    usleep(200);
  }
  return 0;
}

/* An item given back releases its tokens: the item parked behind them runs. */
KT_TEST(returned_item_releases_its_tokens) {
  harness *h = harness_loop(2, 1, 0, 1, 1);
  KT_REQUIRE(h);
  KT_CHECK(enq_need(h, "back", 0, 1, 0) == KILN_QUEUED); /* takes the only disk token */
  KT_CHECK(wait_for(h, p_paused, NULL));
  KT_CHECK(enq_need(h, "P", 5, 1, 0) == KILN_QUEUED);   /* the other worker parks it */
  KT_CHECK(wait_deferred(h, 1));
  set_flag(h, &h->ret_go);
  int vals[8], nv = 0;
  int idle = collect(h, vals, 8, &nv);
  KT_CHECK(idle);
  KT_CHECK(h->norder == 2);
  KT_CHECK(h->norder >= 1 && strcmp(h->order[0], "P") == 0); /* the higher priority first */
  KT_CHECK(count_order(h, "back") == 1);
  check_counts_add_up(kt_failed, h, 2);
  unblock_all(h);
  char msg[KILN_ERRMSG_MAX];
  if (!idle) kiln_sched_close(h->s, KILN_CLOSE_CANCEL, -1, msg);
  harness_free(h);
}

/* Tokens are taken at admission: a deep queue of disk items must not fill
 * one batch with them (one slow item would hoard the pool). Token-free
 * items still batch. */
KT_TEST(batch_holds_at_most_one_token_needing_item_at_its_head) {
  harness *h = harness_loop(1, 4, 0, 0, 0);
  KT_REQUIRE(h);
  KT_REQUIRE(occupy(h, 0));
  char key[32];
  for (int i = 0; i < 40; i++) {
    snprintf(key, sizeof key, "d%02d", i);
    KT_CHECK(enq_need(h, key, 0, 1, 0) == KILN_QUEUED);
    snprintf(key, sizeof key, "f%02d", i);
    KT_CHECK(enq(h, key, 0, i) == KILN_QUEUED);
  }
  for (int i = 0; i < 40; i++) { snprintf(key, sizeof key, "g%02d", i); enq(h, key, 0, i); }
  set_flag(h, &h->bar_open[0]);
  int vals[8], nv = 0;
  int idle = collect(h, vals, 8, &nv);
  KT_CHECK(idle);
  KT_CHECK(h->norder == 121);
  pthread_mutex_lock(&h->mu);
  KT_CHECK(h->tok_bad == 0);
  KT_CHECK(h->tok_batches == 40);
  KT_CHECK(h->max_free_batch > 1);
  if (h->tok_bad) fprintf(stderr, "  %d batch(es) held more than a lone token item at the head\n", h->tok_bad);
  pthread_mutex_unlock(&h->mu);
  check_counts_add_up(kt_failed, h, 121);
  char msg[KILN_ERRMSG_MAX];
  if (!idle) kiln_sched_close(h->s, KILN_CLOSE_CANCEL, -1, msg);
  harness_free(h);
}

/* Past close's deadline, items given back are queued work that did not run,
 * not work still running; types are named through ops.type_name. */
KT_TEST(close_deadline_names_types_and_not_returned_items) {
  harness *h = harness_loop(1, 0, 1, 0, 0);
  KT_REQUIRE(h);
  KT_REQUIRE(occupy(h, 0));
  char key[32];
  KT_CHECK(enq(h, "gate", 10, 0) == KILN_QUEUED);
  for (int i = 0; i < 10; i++) { snprintf(key, sizeof key, "i%02d", i); enq(h, key, 0, i); }
  set_flag(h, &h->bar_open[0]);
  KT_CHECK(wait_for(h, p_gate_in, NULL)); /* the tail went back first */
  watchdog wd = { .h = h };
  pthread_mutex_init(&wd.mu, NULL);
  pthread_cond_init(&wd.cv, NULL);
  pthread_t wt;
  pthread_create(&wt, NULL, watchdog_main, &wd);
  char msg[KILN_ERRMSG_MAX] = "";
  int rc = kiln_sched_close(h->s, KILN_CLOSE_FINISH, 0.05, msg);
  KT_CHECK(rc == KILN_TIMEDOUT);
  KT_CHECK(strstr(msg, "10 queued item(s) did not run") != NULL);
  KT_CHECK(strstr(msg, "1 item(s) still running") != NULL);
  KT_CHECK(strstr(msg, "type blur1 \"gate\"") != NULL);
  if (!strstr(msg, "type blur1 \"gate\"")) fprintf(stderr, "  close said: %s\n", msg);
  kiln_item *it;
  while ((it = kiln_sched_next_done(h->s))) kiln_sched_discard(h->s, it); /* bar0 and the 10 */
  kiln_sched_free(h->s); /* left to the abandoned worker */
  h->s = NULL;
  watchdog_stop(&wd, wt);
  wait_finis(h, 1);
  KT_CHECK(h->finis == 1);
  pthread_mutex_destroy(&wd.mu);
  pthread_cond_destroy(&wd.cv);
  harness_free(h);
}

/* Polls (test only) until close has canceled the queue, then lets the
 * paused worker give its items back. */
static void *go_once_canceled(void *arg) {
  harness *h = arg;
  for (int i = 0; i < 25000; i++) {
    kiln_sched_counts c;
    kiln_sched_counts_get(h->s, &c);
    if (c.canceled > 0) break;
    usleep(200);
  }
  set_flag(h, &h->ret_go);
  set_flag(h, &h->gate_open);
  return NULL;
}

/* A worker gives items back after close canceled the queue (cancel mode),
 * or after close gave up on it (deadline): they are canceled, counted and
 * freed, never lost. */
static void return_racing_close(int *kt_failed, int deadline) {
  harness *h = harness_loop(1, 0, 1, 0, 1);
  KT_REQUIRE(h);
  KT_REQUIRE(occupy(h, 0));
  char key[32];
  KT_CHECK(enq(h, "gate", 10, 0) == KILN_QUEUED);
  for (int i = 0; i < 12; i++) { snprintf(key, sizeof key, "i%02d", i); enq(h, key, 0, i); }
  set_flag(h, &h->bar_open[0]);
  KT_CHECK(wait_for(h, p_paused, NULL)); /* holds gate + 7, not yet given back */
  char msg[KILN_ERRMSG_MAX] = "";
  pthread_t t;
  int rc;
  if (deadline) {
    rc = kiln_sched_close(h->s, KILN_CLOSE_CANCEL, 0.05, msg);
    KT_CHECK(rc == KILN_TIMEDOUT);
    KT_CHECK(strstr(msg, "8 item(s) still running") != NULL); /* not given back yet */
    unblock_all(h);
    wait_finis(h, 1);
    for (int i = 0; i < 10000 && kiln_sched_abandoned(h->s); i++) usleep(100); /* after fini */
    KT_CHECK(kiln_sched_abandoned(h->s) == 0);
  } else {
    pthread_create(&t, NULL, go_once_canceled, h);
    rc = kiln_sched_close(h->s, KILN_CLOSE_CANCEL, 2.0, msg);
    KT_CHECK(rc == KILN_OK);
    pthread_join(t, NULL);
  }
  if (rc != (deadline ? KILN_TIMEDOUT : KILN_OK)) fprintf(stderr, "  close said: %s\n", msg);
  kiln_item *it;
  while ((it = kiln_sched_next_done(h->s))) kiln_sched_discard(h->s, it);
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  KT_CHECK(c.in_flight == 0);
  KT_CHECK(c.canceled == 14 && c.enqueued == 14 && c.completed == 0);
  unblock_all(h);
  harness_free(h);
}

KT_TEST(return_after_close_cancel_is_canceled) { return_racing_close(kt_failed, 0); }
KT_TEST(return_after_close_deadline_is_canceled) { return_racing_close(kt_failed, 1); }

KT_MAIN("sched",
        KT_CASE(worker_policy_background_by_default_normal_on_request_bad_refused),
        KT_CASE(priority_fifo),
        KT_CASE(intake_past_its_ring_keeps_order_and_dedup),
        KT_CASE(dedup_coalesces_newest_args_highest_priority),
        KT_CASE(inflight_key_runs_again_never_concurrently),
        KT_CASE(session_drops_older_items),
        KT_CASE(backpressure_tokens_never_exceed_capacity),
        KT_CASE(need_above_capacity_is_refused),
        KT_CASE(close_finish_runs_everything_and_cancel_drops),
        KT_CASE(close_deadline_reports_unrun_items),
        KT_CASE(payloads_all_freed),
        KT_CASE(batches_keep_priority_order_and_complete_everything),
        KT_CASE(bump_then_disk_release_runs_new_session),
        KT_CASE(bump_then_gpu_release_runs_new_session),
        KT_CASE(bump_then_disk_capacity_runs_new_session),
        KT_CASE(bump_then_gpu_capacity_runs_new_session),
        KT_CASE(coalesce_into_parked_item_rechecks_its_need),
        KT_CASE(woken_item_parking_elsewhere_passes_its_token_on),
        KT_CASE(wait_some_returns_when_a_worker_runs_out_of_work_with_results_waiting),
        KT_CASE(wait_some_takes_results_in_batches),
        KT_CASE(an_item_taken_and_never_finished_is_freed_with_the_scheduler),
        KT_CASE(wait_some_wakes_at_once_for_a_published_result),
        KT_CASE(random_bumps_and_releases_strand_nothing_and_counts_add_up),
        KT_CASE(counters_add_up_through_bump_cancel_and_close),
        KT_CASE(close_deadline_abandons_workers_stuck_in_a_compute),
        KT_CASE(abandoned_worker_that_returns_is_counted_and_freed),
        KT_CASE(returned_batch_tail_runs_on_another_worker_while_the_first_is_stuck),
        KT_CASE(returned_items_keep_priority_order_and_coalesce),
        KT_CASE(returned_item_releases_its_tokens),
        KT_CASE(batch_holds_at_most_one_token_needing_item_at_its_head),
        KT_CASE(close_deadline_names_types_and_not_returned_items),
        KT_CASE(return_after_close_cancel_is_canceled),
        KT_CASE(return_after_close_deadline_is_canceled))
