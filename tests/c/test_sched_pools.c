/* Scheduler pools without Lua: tokens never past capacity (backpressure),
 * needs above it refused, parked work across session bumps, releases and
 * capacity changes, a random mix of all of them. Harness: sched_harness.h. */
#include "sched_harness.h"

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

/* ------------------------------------------------- parked work, sessions */

static void release_kept(harness *h) {
  for (int p = 0; p < KILN_POOL_COUNT; p++) {
    uint64_t t = atomic_exchange(&h->kept[p], 0);
    if (t) kiln_sched_release(h->s, p, t);
  }
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

KT_MAIN("sched_pools",
        KT_CASE(backpressure_tokens_never_exceed_capacity),
        KT_CASE(need_above_capacity_is_refused),
        KT_CASE(bump_then_disk_release_runs_new_session),
        KT_CASE(bump_then_gpu_release_runs_new_session),
        KT_CASE(bump_then_disk_capacity_runs_new_session),
        KT_CASE(bump_then_gpu_capacity_runs_new_session),
        KT_CASE(coalesce_into_parked_item_rechecks_its_need),
        KT_CASE(woken_item_parking_elsewhere_passes_its_token_on),
        KT_CASE(random_bumps_and_releases_strand_nothing_and_counts_add_up))
