/* Scheduler features around single keys and items: item_begin / publish
 * (honest in_flight), key_state and cancel, pause, requeue bumps, per-type
 * limits and counters. No Lua. The outcomes kept once items end are
 * test_sched_recent.c's. */
#include "sched_keys_harness.h"

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

/* A wait with only stale work left returns as soon as a worker drops it:
 * the worker had lingered once already, dropped the stale items and went
 * back to sleep without telling the waiting main thread, which then slept
 * to its deadline (rt:drain() without one: forever). */
static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

KT_TEST(wait_returns_when_only_stale_work_is_left) {
  th *h = th_new(1, 0, 0, 0);
  KT_REQUIRE(h);
  char key[32];
  int late = 0;
  for (int round = 0; round < 10; round++) {
    enq(h, "warm");
    KT_REQUIRE(drain(h));
    usleep(2000); /* the worker lingers (50 us), then sleeps idle */
    kiln_sched_pause(h->s, 1);
    for (int i = 0; i < 200; i++) {
      snprintf(key, sizeof key, "s%d", i);
      enq(h, key);
    }
    kiln_sched_bump_session(h->s); /* every one of them stale now */
    kiln_sched_pause(h->s, 0);
    double t0 = now_s();
    KT_CHECK(kiln_sched_wait(h->s, 20.0)); /* idle */
    late += now_s() - t0 > 10.0; /* the deadline, not the drop, woke it */
    KT_CHECK(drain(h));
  }
  KT_CHECK(late == 0);
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
        KT_CASE(wait_returns_when_only_stale_work_is_left))
