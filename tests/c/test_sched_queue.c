/* Scheduler queue semantics without Lua: priority FIFO, the intake past its
 * ring, de-dup, in-flight reruns, sessions, waiting for results, payload
 * lifetime, the counter invariant. Harness: sched_harness.h. */
#include "sched_harness.h"

#define KILN_TEST_INTAKE 4096 /* KILN__INTAKE_CAP (sched_int.h) */

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

KT_TEST(payloads_all_freed) {
  harness *h = harness_new(2, 0);
  KT_REQUIRE(h);
  char key[32];
  for (int i = 0; i < 100; i++) { snprintf(key, sizeof key, "p%d", i % 10); enq(h, key, 0, i); }
  drain(h, NULL, 0);
  harness_free(h);
  /* every ival() was freed exactly once: checked by ASan/LSan runs */
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

KT_MAIN("sched_queue",
        KT_CASE(priority_fifo),
        KT_CASE(intake_past_its_ring_keeps_order_and_dedup),
        KT_CASE(dedup_coalesces_newest_args_highest_priority),
        KT_CASE(inflight_key_runs_again_never_concurrently),
        KT_CASE(session_drops_older_items),
        KT_CASE(payloads_all_freed),
        KT_CASE(wait_some_returns_when_a_worker_runs_out_of_work_with_results_waiting),
        KT_CASE(wait_some_takes_results_in_batches),
        KT_CASE(an_item_taken_and_never_finished_is_freed_with_the_scheduler),
        KT_CASE(wait_some_wakes_at_once_for_a_published_result),
        KT_CASE(counters_add_up_through_bump_cancel_and_close))
