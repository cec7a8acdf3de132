/* The backlog bound (kiln_sched_config.backlog_bytes): workers stop
 * admitting while the results waiting for the main thread hold that many
 * bytes, sleep without polling, and the main thread's next_done wakes them
 * as it takes results. No Lua. */
#include "sched_keys_harness.h"

static th *bh_new(int workers, uint64_t limit, int batch_loop) {
  return limit ? th_new_backlog(workers, 0, batch_loop, 0, limit) : th_new(workers, 0, batch_loop, 0);
}

static void bh_free(th *h) { th_free(h); }

static int enq_w(th *h, int i, int bytes) {
  char key[32];
  snprintf(key, sizeof key, "k%d", i);
  return enqt(h, 1, key, 0, 0, bytes) == KILN_QUEUED ? KILN_OK : -1;
}

static kiln_sched_counts counts(th *h) {
  kiln_sched_counts c;
  kiln_sched_counts_get(h->s, &c);
  return c;
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Waits (kiln_sched_wait, up to 5 s in all) until the workers stop: the
 * queue is held or empty, nothing runs. */
static void wait_settled(th *h) {
  double t0 = now_s();
  while (now_s() - t0 < 5) {
    kiln_sched_wait(h->s, 0.2);
    kiln_sched_counts c = counts(h);
    if (c.in_flight == 0 && (c.backlog_holds > 0 || c.queued == 0)) {
      usleep(2000); /* a batch admitted before the hold finishes */
      c = counts(h);
      if (c.in_flight == 0) return;
    }
  }
}

/* Ends every result waiting, one at a time; returns how many. */
static int take_all(th *h) {
  int n = 0;
  kiln_item *it;
  while ((it = kiln_sched_next_done(h->s))) {
    kiln_sched_finish(h->s, it);
    n++;
  }
  return n;
}

/* Takes results (waiting for them) until n were taken or secs passed;
 * returns how many. */
static int take_n(th *h, int n, double secs) {
  int taken = 0;
  double t0 = now_s();
  while (taken < n && now_s() - t0 < secs) {
    int got = take_all(h);
    taken += got;
    if (!got) kiln_sched_wait(h->s, 1.0);
  }
  return taken;
}

static int invariant(th *h) {
  kiln_sched_counts c = counts(h);
  return c.enqueued == c.completed + c.failed + c.stale_dropped + c.coalesced + c.canceled;
}

/* 50 results of 1,000 bytes against a 10,000-byte bound: workers stop near
 * it, and go on as the main thread takes results, until all 50 ran. */
static void holds_then_resumes(int *kt_failed, int workers, int batch_loop) {
  th *h = bh_new(workers, 10000, batch_loop);
  KT_REQUIRE(h);
  for (int i = 0; i < 50; i++) KT_REQUIRE(enq_w(h, i, 1000) == KILN_OK);
  wait_settled(h);
  kiln_sched_counts c = counts(h);
  /* Admitted while under the bound: at most one batch per worker more. */
  uint64_t over = (uint64_t)workers * (batch_loop ? 8 : 1) * 1000;
  KT_CHECK(c.backlog_holds >= 1);
  KT_CHECK(c.backlog_bytes >= 10000);
  KT_CHECK(c.backlog_bytes < 10000 + over);
  KT_CHECK(c.backlog_bytes == c.done_waiting * 1000);
  KT_CHECK(c.queued > 0);
  KT_CHECK(atomic_load(&h->runs) < 50);
  KT_CHECK(take_n(h, 50, 10) == 50);
  c = counts(h);
  KT_CHECK(c.completed == 50);
  KT_CHECK(c.backlog_bytes == 0);
  KT_CHECK(c.backlog_peak >= 10000 && c.backlog_peak < 10000 + over);
  KT_CHECK(c.backlog_limit == 10000);
  KT_CHECK(invariant(h));
  bh_free(h);
}

KT_TEST(holds_then_resumes_one_worker) { holds_then_resumes(kt_failed, 1, 0); }
KT_TEST(holds_then_resumes_two_workers) { holds_then_resumes(kt_failed, 2, 0); }
KT_TEST(holds_then_resumes_batched) { holds_then_resumes(kt_failed, 2, 1); }

/* A result larger than the bound still runs: an empty backlog admits. */
KT_TEST(result_larger_than_bound_runs) {
  th *h = bh_new(2, 100, 0);
  KT_REQUIRE(h);
  for (int i = 0; i < 20; i++) KT_REQUIRE(enq_w(h, i, 100000) == KILN_OK);
  KT_CHECK(take_n(h, 20, 10) == 20);
  kiln_sched_counts c = counts(h);
  KT_CHECK(c.backlog_peak <= 2 * 100000); /* one per worker at most */
  KT_CHECK(c.backlog_holds >= 1);
  KT_CHECK(invariant(h));
  bh_free(h);
}

/* Results without bytes never hold, whatever the bound. */
KT_TEST(weightless_results_never_hold) {
  th *h = bh_new(2, 1, 1);
  KT_REQUIRE(h);
  for (int i = 0; i < 200; i++) KT_REQUIRE(enq_w(h, i, 0) == KILN_OK);
  wait_settled(h);
  kiln_sched_counts c = counts(h);
  KT_CHECK(c.backlog_holds == 0);
  KT_CHECK(c.done_waiting == 200);
  KT_CHECK(take_all(h) == 200);
  KT_CHECK(invariant(h));
  bh_free(h);
}

/* UINT64_MAX: no bound. 0 in the config: the default. */
KT_TEST(no_bound_and_default) {
  th *h = bh_new(2, UINT64_MAX, 1);
  KT_REQUIRE(h);
  for (int i = 0; i < 100; i++) KT_REQUIRE(enq_w(h, i, 1 << 20) == KILN_OK);
  wait_settled(h);
  kiln_sched_counts c = counts(h);
  KT_CHECK(c.backlog_holds == 0);
  KT_CHECK(c.done_waiting == 100);
  KT_CHECK(c.backlog_bytes == 100u << 20);
  KT_CHECK(take_all(h) == 100);
  bh_free(h);
  h = bh_new(1, 0, 0);
  KT_REQUIRE(h);
  KT_CHECK(counts(h).backlog_limit == KILN_SCHED_DEFAULT_BACKLOG);
  bh_free(h);
}

/* kiln_sched_wait returns at once while workers hold (the results are
 * there to take), not at its deadline. */
KT_TEST(wait_returns_while_held) {
  th *h = bh_new(2, 5000, 0);
  KT_REQUIRE(h);
  for (int i = 0; i < 40; i++) KT_REQUIRE(enq_w(h, i, 1000) == KILN_OK);
  wait_settled(h);
  KT_CHECK(counts(h).backlog_holds >= 1);
  double t0 = now_s();
  kiln_sched_wait(h->s, 3.0);
  KT_CHECK(now_s() - t0 < 1.0);
  double t1 = now_s();
  kiln_sched_wait_some(h->s, 3.0, 1000); /* more than can ever arrive while held */
  KT_CHECK(now_s() - t1 < 1.0);
  bh_free(h); /* results never taken: counted canceled */
}

/* A result given back (unget) weighs again until taken for good. */
KT_TEST(unget_counts_again) {
  th *h = bh_new(1, 1u << 30, 0);
  KT_REQUIRE(h);
  for (int i = 0; i < 3; i++) KT_REQUIRE(enq_w(h, i, 700) == KILN_OK);
  wait_settled(h);
  KT_CHECK(counts(h).backlog_bytes == 2100);
  kiln_item *it = kiln_sched_next_done(h->s);
  KT_REQUIRE(it);
  KT_CHECK(counts(h).backlog_bytes == 1400);
  kiln_sched_unget_done(h->s, it);
  KT_CHECK(counts(h).backlog_bytes == 2100);
  KT_CHECK(take_all(h) == 3);
  KT_CHECK(counts(h).backlog_bytes == 0);
  bh_free(h);
}

/* Close runs the queue though nobody takes results: the hold is lifted. */
KT_TEST(close_lifts_the_hold) {
  th *h = bh_new(2, 3000, 1);
  KT_REQUIRE(h);
  for (int i = 0; i < 60; i++) KT_REQUIRE(enq_w(h, i, 1000) == KILN_OK);
  wait_settled(h);
  KT_CHECK(counts(h).backlog_holds >= 1);
  KT_CHECK(atomic_load(&h->runs) < 60);
  char msg[KILN_ERRMSG_MAX] = "";
  KT_CHECK(kiln_sched_close(h->s, KILN_CLOSE_FINISH, 5.0, msg) == KILN_OK);
  KT_CHECK(atomic_load(&h->runs) == 60);
  kiln_item *it;
  int n = 0;
  while ((it = kiln_sched_next_done(h->s))) {
    kiln_sched_discard(h->s, it);
    n++;
  }
  KT_CHECK(n == 60);
  KT_CHECK(invariant(h));
  bh_free(h);
}

/* Canceled results (kiln_sched_cancel's drop) leave the backlog too. */
KT_TEST(dropped_results_leave_the_backlog) {
  th *h = bh_new(1, 4000, 0);
  KT_REQUIRE(h);
  for (int i = 0; i < 10; i++) KT_REQUIRE(enq_w(h, i, 1000) == KILN_OK);
  wait_settled(h);
  KT_CHECK(counts(h).backlog_holds >= 1);
  for (int i = 0; i < 10; i++) {
    char key[32];
    snprintf(key, sizeof key, "k%d", i);
    kiln_sched_cancel(h->s, 1, key, strlen(key));
  }
  int taken = take_all(h); /* the dropped ones end inside next_done */
  double t0 = now_s();
  while (now_s() - t0 < 5) {
    kiln_sched_counts c = counts(h);
    if (c.completed + c.canceled == 10) break;
    kiln_sched_wait(h->s, 0.5);
    taken += take_all(h);
  }
  kiln_sched_counts c = counts(h);
  KT_CHECK(c.completed + c.canceled == 10);
  KT_CHECK(c.backlog_bytes == 0);
  KT_CHECK(invariant(h));
  (void)taken;
  bh_free(h);
}

/* The main thread takes a whole batch worth more than the bound while no
 * worker holds (so it publishes nothing per item): once its batch is
 * empty the workers must read 0, or the next item would hold with nothing
 * left for the main thread to take, and wait would sleep to its deadline. */
KT_TEST(emptied_batch_reads_zero) {
  th *h = bh_new(1, 10000, 0);
  KT_REQUIRE(h);
  for (int i = 0; i < 4; i++) KT_REQUIRE(enq_w(h, i, 3000) == KILN_OK);
  wait_settled(h);
  kiln_sched_counts c = counts(h);
  KT_CHECK(c.done_waiting == 4);
  KT_CHECK(c.backlog_holds == 0); /* nothing was left to hold */
  KT_CHECK(take_all(h) == 4);
  KT_REQUIRE(enq_w(h, 10, 3000) == KILN_OK);
  KT_REQUIRE(enq_w(h, 11, 3000) == KILN_OK);
  double t0 = now_s();
  KT_CHECK(take_n(h, 2, 3) == 2);
  KT_CHECK(now_s() - t0 < 1.5);
  KT_CHECK(counts(h).backlog_holds == 0);
  KT_CHECK(invariant(h));
  bh_free(h);
}

/* The same, when the batch's last item weighs nothing (a number, a
 * failure): emptying the batch still publishes. */
KT_TEST(emptied_batch_ending_weightless_reads_zero) {
  th *h = bh_new(1, 10000, 1);
  KT_REQUIRE(h);
  KT_REQUIRE(enq_w(h, 100, 3000) == KILN_OK); /* the type's weight is known: batches */
  while (take_all(h) < 1) kiln_sched_wait(h->s, 0.5);
  kiln_sched_pause(h->s, 1); /* the weightless item ends last */
  for (int i = 0; i < 3; i++) KT_REQUIRE(enq_w(h, i, 3000) == KILN_OK);
  KT_REQUIRE(enq_w(h, 4, 0) == KILN_OK);
  kiln_sched_pause(h->s, 0);
  wait_settled(h);
  KT_CHECK(take_all(h) == 4);
  KT_CHECK(counts(h).backlog_bytes == 0);
  KT_REQUIRE(enq_w(h, 10, 3000) == KILN_OK);
  double t0 = now_s();
  KT_CHECK(take_n(h, 1, 3) == 1);
  KT_CHECK(now_s() - t0 < 1.5);
  KT_CHECK(invariant(h));
  bh_free(h);
}

/* A worker batches a type's items only while the results they are
 * expected to make fit in the backlog's room: not before one of its
 * results has ended (its weight is unknown), not when its last results
 * were big, and not past a big result seen lately (the estimate decays). */
static void big_results_are_not_batched(int *kt_failed, int teach) {
  th *h = bh_new(1, 10000, 1);
  KT_REQUIRE(h);
  if (teach >= 0) { /* a result of this weight ends first */
    KT_REQUIRE(enq_w(h, 100, teach) == KILN_OK);
    while (take_all(h) < 1) kiln_sched_wait(h->s, 0.5);
  }
  kiln_sched_pause(h->s, 1);
  for (int i = 0; i < 20; i++) KT_REQUIRE(enq_w(h, i, 100000) == KILN_OK);
  kiln_sched_pause(h->s, 0);
  wait_settled(h);
  kiln_sched_counts c = counts(h);
  KT_CHECK(c.done_waiting == 1);
  KT_CHECK(c.backlog_bytes == 100000);
  KT_CHECK(take_n(h, 20, 10) == 20);
  KT_CHECK(counts(h).backlog_peak == 100000);
  KT_CHECK(h->max_batch == 1);
  KT_CHECK(invariant(h));
  bh_free(h);
}

KT_TEST(big_results_not_batched_cold_type) { big_results_are_not_batched(kt_failed, -1); }
KT_TEST(big_results_not_batched_known_big) { big_results_are_not_batched(kt_failed, 100000); }

/* Many holds and releases with the main thread taking results in small,
 * uneven bites: no wait ever runs to its deadline with work left (a
 * release lost between a worker's hold and the main thread's take would
 * leave the workers asleep and the queue full), and the peak stays near
 * the bound. */
static void no_lost_release(int *kt_failed, int weightless_every) {
  enum { N = 20000 };
  th *h = bh_new(2, 4000, 1);
  KT_REQUIRE(h);
  int next = 0, taken = 0, stuck = 0;
  unsigned seed = 7;
  double t0 = now_s();
  while (taken < N && now_s() - t0 < 60) {
    seed = seed * 1103515245u + 12345u;
    for (int k = (int)((seed >> 8) % 64); k > 0 && next < N; k--) {
      KT_REQUIRE(enq_w(h, next, weightless_every && next % weightless_every == 0 ? 0 : 1000) == KILN_OK);
      next++;
    }
    seed = seed * 1103515245u + 12345u;
    int bite = 1 + (int)((seed >> 8) % 6);
    kiln_item *it;
    while (bite-- > 0 && (it = kiln_sched_next_done(h->s))) {
      kiln_sched_finish(h->s, it);
      taken++;
    }
    if ((seed >> 20) % 4 == 0) {
      double w0 = now_s();
      kiln_sched_wait(h->s, 2.0);
      kiln_sched_counts c = counts(h);
      if (now_s() - w0 >= 1.9 && c.queued + c.in_flight > 0) stuck++;
    }
  }
  KT_CHECK(taken == N);
  KT_CHECK(stuck == 0);
  kiln_sched_counts c = counts(h);
  KT_CHECK(c.backlog_holds > 0);
  KT_CHECK(c.backlog_peak < 4000 + 2 * 8 * 1000);
  KT_CHECK(invariant(h));
  bh_free(h);
}

/* A drain's wait (kiln_sched_wait_some for many results) wakes once the
 * results waiting weigh a quarter of the bound, while workers are still
 * busy: long before they would hold at the bound (which wakes it too, as
 * a worker out of work). Worker A sits in a gate; B runs 150 slow items
 * (2 ms each) of `size` bytes. Unbounded (limit UINT64_MAX), the quarter
 * is of the default bound. Without the wake on bytes the wait returns once
 * B runs out of work or holds: the margins are 75 and 134 items (150 and
 * 268 ms) for a loaded machine. */
static void wait_wakes_on_bytes(int *kt_failed, uint64_t limit, int size) {
  th *h = th_new_backlog(2, 0, 0, 0, limit);
  KT_REQUIRE(h);
  uint64_t quarter = (limit == UINT64_MAX ? KILN_SCHED_DEFAULT_BACKLOG : limit) / 4;
  int wake_at = (int)((quarter + (uint64_t)size - 1) / (uint64_t)size);
  KT_REQUIRE(enqt(h, 1, "gate0", 0, 0, 0) == KILN_QUEUED);
  KT_REQUIRE(wait_gate_in(h, 1));
  char key[32];
  for (int i = 0; i < 150; i++) {
    snprintf(key, sizeof key, "slow%d", i);
    KT_REQUIRE(enqt(h, 1, key, 0, 0, size) == KILN_QUEUED);
  }
  double t0 = now_s();
  kiln_sched_wait_some(h->s, 10.0, 1000);
  KT_CHECK(now_s() - t0 < 5);
  int n = take_all(h);
  KT_CHECK(n >= wake_at);
  /* B was still busy (and, bounded, not yet held at the bound: 4 x wake_at) */
  KT_CHECK(n < (limit == UINT64_MAX ? 150 : 4 * wake_at));
  set_gate(h, 1);
  KT_CHECK(drain(h));
  KT_CHECK(invariant(h));
  bh_free(h);
}

KT_TEST(wait_wakes_on_bytes_bounded) { wait_wakes_on_bytes(kt_failed, 1000000, 10000); }
KT_TEST(wait_wakes_on_bytes_unbounded) { wait_wakes_on_bytes(kt_failed, UINT64_MAX, 1 << 18); }

/* Under a quarter of the bound, with both workers busy, the wait for many
 * results runs out its time: bytes do not wake it early. */
KT_TEST(wait_under_a_quarter_sleeps) {
  th *h = th_new_backlog(2, 0, 0, 0, 100000);
  KT_REQUIRE(h);
  KT_REQUIRE(enq_w(h, 0, 10000) == KILN_OK);
  KT_REQUIRE(enq_w(h, 1, 10000) == KILN_OK);
  KT_REQUIRE(enqt(h, 1, "gate0", 0, 0, 0) == KILN_QUEUED);
  KT_REQUIRE(enqt(h, 1, "gate1", 0, 0, 0) == KILN_QUEUED);
  KT_REQUIRE(wait_gate_in(h, 2));
  double t0 = now_s();
  kiln_sched_wait_some(h->s, 0.3, 1000);
  KT_CHECK(now_s() - t0 >= 0.25);
  KT_CHECK(take_all(h) == 2);
  set_gate(h, 1);
  KT_CHECK(drain(h));
  KT_CHECK(invariant(h));
  bh_free(h);
}

KT_TEST(no_lost_release_all_weigh) { no_lost_release(kt_failed, 0); }
KT_TEST(no_lost_release_some_weightless) { no_lost_release(kt_failed, 5); }

KT_MAIN("sched_backlog", KT_CASE(holds_then_resumes_one_worker), KT_CASE(holds_then_resumes_two_workers),
        KT_CASE(holds_then_resumes_batched), KT_CASE(result_larger_than_bound_runs),
        KT_CASE(weightless_results_never_hold), KT_CASE(no_bound_and_default),
        KT_CASE(wait_returns_while_held), KT_CASE(unget_counts_again), KT_CASE(close_lifts_the_hold),
        KT_CASE(dropped_results_leave_the_backlog), KT_CASE(emptied_batch_reads_zero),
        KT_CASE(emptied_batch_ending_weightless_reads_zero), KT_CASE(big_results_not_batched_cold_type),
        KT_CASE(big_results_not_batched_known_big),
        KT_CASE(no_lost_release_all_weigh), KT_CASE(no_lost_release_some_weightless),
        KT_CASE(wait_wakes_on_bytes_bounded), KT_CASE(wait_wakes_on_bytes_unbounded),
        KT_CASE(wait_under_a_quarter_sleeps))
