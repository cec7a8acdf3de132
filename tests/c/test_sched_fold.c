/* The intake's fold, white-box (sched_int.h): a worker folds a burst a
 * chunk at a time, so the scheduler lock it holds (and the render thread
 * may be waiting for) is never held for a whole burst. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ktest.h"
#include "sched_int.h"

typedef struct fold_harness {
  pthread_mutex_t mu;
  pthread_cond_t cv;
  int gate_open, recorded;
  uint64_t left;     /* intake items still unfolded after the first batch call */
  kiln_sched *s;
} fold_harness;

static void payload_free(void *ud, void *p) {
  (void)ud;
  free(p);
}

/* Waits for the gate, takes one batch, notes what the intake still holds,
 * then runs everything as a worker loop does. */
static void gated_loop(void *ud, void *wdata, kiln_sched_worker *w) {
  fold_harness *h = ud;
  (void)wdata;
  pthread_mutex_lock(&h->mu);
  while (!h->gate_open) pthread_cond_wait(&h->cv, &h->mu);
  pthread_mutex_unlock(&h->mu);
  kiln_item *done[8], *out[8];
  int ndone = 0, first = 1;
  for (;;) {
    int control;
    int n = kiln_sched_worker_batch(w, done, ndone, out, 8, &control);
    ndone = 0;
    if (first) {
      first = 0;
      pthread_mutex_lock(&h->mu);
      h->left = atomic_load(&h->s->intake_head) - atomic_load(&h->s->intake_tail);
      h->recorded = 1;
      pthread_cond_broadcast(&h->cv);
      pthread_mutex_unlock(&h->mu);
    }
    if (n == 0) {
      if (!control) return;
      continue;
    }
    for (int i = 0; i < n; i++) {
      if (kiln_sched_item_begin(w, out[i])) kiln_item_set_result(out[i], kiln_item_take_args(out[i]));
      done[ndone++] = out[i];
    }
  }
}

KT_TEST(a_worker_folds_a_burst_a_chunk_at_a_time) {
  fold_harness h;
  memset(&h, 0, sizeof h);
  pthread_mutex_init(&h.mu, NULL);
  pthread_cond_init(&h.cv, NULL);
  kiln_sched_ops ops = { .ud = &h, .loop = gated_loop, .payload_free = payload_free };
  kiln_sched_config cfg = { .workers = 1 };
  char msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(kiln_sched_new(&cfg, &ops, &h.s, msg) == KILN_OK);
  enum { N = 1000 };
  char key[32];
  int res;
  /* The first enqueue of a type takes the lock (it makes the type's
   * state); the rest go on the intake, and no worker folds them yet. */
  for (int i = 0; i <= N; i++) {
    snprintf(key, sizeof key, "k%d", i);
    int *v = malloc(sizeof *v);
    *v = i;
    KT_CHECK(kiln_sched_enqueue(h.s, 1, key, strlen(key), 0, 0, NULL, v, &res, msg) == KILN_OK);
  }
  KT_CHECK(atomic_load(&h.s->intake_head) - atomic_load(&h.s->intake_tail) == N);
  pthread_mutex_lock(&h.mu);
  h.gate_open = 1;
  pthread_cond_broadcast(&h.cv);
  while (!h.recorded) pthread_cond_wait(&h.cv, &h.mu);
  pthread_mutex_unlock(&h.mu);
  KT_CHECK(h.left == N - KILN__FOLD_CHUNK); /* one chunk, not the burst */
  /* Every item still runs once, in order. */
  int got = 0, in_order = 1;
  for (int tries = 0; got < N + 1 && tries < 100; tries++) { /* 5 s each at most */
    kiln_item *it;
    while ((it = kiln_sched_next_done(h.s))) {
      in_order &= kiln_item_status(it) == KILN_ITEM_OK && *(int *)kiln_item_result(it) == got;
      got++;
      kiln_sched_finish(h.s, it);
    }
    if (got < N + 1 && kiln_sched_wait(h.s, 5.0) && !(it = kiln_sched_next_done(h.s))) break;
    if (it) kiln_sched_unget_done(h.s, it);
  }
  KT_CHECK(got == N + 1);
  KT_CHECK(in_order);
  kiln_sched_counts c;
  kiln_sched_counts_get(h.s, &c);
  KT_CHECK(c.enqueued == N + 1 && c.completed == N + 1);
  kiln_sched_free(h.s);
  pthread_mutex_destroy(&h.mu);
  pthread_cond_destroy(&h.cv);
}

KT_MAIN("sched_fold", KT_CASE(a_worker_folds_a_burst_a_chunk_at_a_time))
