/* Scheduler workers without Lua: their scheduling policy, batch loops,
 * admitted items given back, close (finish, cancel, deadlines) and the
 * workers it abandons. Harness: sched_harness.h. */
#include <sched.h>

#include "sched_harness.h"

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

KT_MAIN("sched_workers",
        KT_CASE(worker_policy_background_by_default_normal_on_request_bad_refused),
        KT_CASE(close_finish_runs_everything_and_cancel_drops),
        KT_CASE(close_deadline_reports_unrun_items),
        KT_CASE(batches_keep_priority_order_and_complete_everything),
        KT_CASE(close_deadline_abandons_workers_stuck_in_a_compute),
        KT_CASE(abandoned_worker_that_returns_is_counted_and_freed),
        KT_CASE(returned_batch_tail_runs_on_another_worker_while_the_first_is_stuck),
        KT_CASE(returned_items_keep_priority_order_and_coalesce),
        KT_CASE(returned_item_releases_its_tokens),
        KT_CASE(batch_holds_at_most_one_token_needing_item_at_its_head),
        KT_CASE(close_deadline_names_types_and_not_returned_items),
        KT_CASE(return_after_close_cancel_is_canceled),
        KT_CASE(return_after_close_deadline_is_canceled))
