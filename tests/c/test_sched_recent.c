/* The outcomes rt:state reports once items ended (sched_recent.c), against
 * a model and under a reader on another thread. No Lua. */
#include "sched_keys_harness.h"

/* The recent outcomes against a model: the last `recent` distinct keys to
 * end keep their outcome, in order of ending. Keys end again (their record
 * moves to the newest end), are canceled (an enqueue forgets the outcome),
 * fail, and are longer than a record's small size; batches cross the flush
 * size. One worker: ends in order. */
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

/* rt:state from another thread while the render thread ends thousands of
 * long keys again and again (records dropped, reused and relinked): the
 * reader never meets a record half changed or freed. (An earlier ring of
 * records crashed it while being compacted.) */
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

KT_TEST(key_state_on_another_thread_while_outcomes_churn) {
  th *h = th_new(1, 0, 0, 100000);
  KT_REQUIRE(h);
  ring_reader rr = { .h = h, .key = "a-key-longer-than-a-record-holds-inline/oldest" };
  enq(h, rr.key);
  KT_REQUIRE(drain(h));
  KT_REQUIRE(kstate(h, rr.key) == KILN_KEY_APPLIED);
  pthread_t t;
  KT_REQUIRE(pthread_create(&t, NULL, read_outcomes, &rr) == 0);
  char key[96];
  for (int round = 0; round < 60; round++) { /* each round ends 3,000 long keys again */
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

KT_MAIN("sched_recent",
        KT_CASE(recent_outcomes_match_a_model),
        KT_CASE(key_state_on_another_thread_while_outcomes_churn))
