/* The harness test_sched_queue.c, test_sched_pools.c and test_sched_workers.c
 * share (test_sched_keys.c and its kin have sched_keys_harness.h: another
 * run step, other state). Functions are static inline: each test file uses
 * a part of them. */
#ifndef KILN_SCHED_HARNESS_H
#define KILN_SCHED_HARNESS_H
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ktest.h"
#include "scheduler.h"

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
  /* ret_loop (test_sched_workers.c), under mu: ret_tail gives back the
   * tail of a batch led by a "gate" key; ret_back gives back a whole batch
   * led by "back" (once); with ret_pause it first waits for ret_go
   * (ret_paused says it does). */
  int ret_tail, ret_back, ret_pause, ret_paused, ret_go, backs;
  int ret_batch;            /* size of the batch whose tail went back */
  int tok_bad;              /* batches with a token-holding item not alone at the head */
  int tok_batches, max_free_batch;
} harness;

static inline void payload_free(void *ud, void *p) {
  harness *h = ud;
  atomic_fetch_add(&h->frees, 1);
  free(p);
}

static inline int *ival(int v) {
  int *p = malloc(sizeof *p);
  *p = v;
  return p;
}

static inline void run(void *ud, void *wdata, kiln_item *it) {
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

static inline void fini(void *ud, void *wdata) {
  harness *h = ud;
  (void)wdata;
  pthread_mutex_lock(&h->mu);
  h->finis++;
  pthread_cond_broadcast(&h->cv);
  pthread_mutex_unlock(&h->mu);
}

static inline harness *harness_new2(int workers, uint64_t disk_cap, uint64_t gpu_cap) {
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

static inline harness *harness_new(int workers, uint64_t disk_cap) { return harness_new2(workers, disk_cap, 0); }

static inline void harness_free(harness *h) {
  kiln_sched_free(h->s);
  pthread_mutex_destroy(&h->mu);
  pthread_cond_destroy(&h->cv);
  free(h);
}

static inline void gate_wait_entered(harness *h) {
  pthread_mutex_lock(&h->mu);
  while (!h->gate_entered) pthread_cond_wait(&h->cv, &h->mu);
  pthread_mutex_unlock(&h->mu);
}

static inline void gate_open(harness *h) {
  pthread_mutex_lock(&h->mu);
  h->gate_open = 1;
  pthread_cond_broadcast(&h->cv);
  pthread_mutex_unlock(&h->mu);
}

static inline int enq(harness *h, const char *key, int prio, int val) {
  int res = -1;
  char msg[KILN_ERRMSG_MAX];
  int rc = kiln_sched_enqueue(h->s, 1, key, strlen(key), prio, 0, NULL, ival(val), &res, msg);
  return rc == KILN_OK ? res : rc;
}

/* Drains the done list until idle; returns how many items were OK. */
static inline int drain(harness *h, int *vals, int maxvals) {
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

static inline int enq_need(harness *h, const char *key, int prio, uint64_t disk, uint64_t gpu) {
  uint64_t need[KILN_POOL_COUNT] = { disk, gpu };
  int res = -1;
  char msg[KILN_ERRMSG_MAX];
  int rc = kiln_sched_enqueue(h->s, 1, key, strlen(key), prio, 0, need, ival(0), &res, msg);
  return rc == KILN_OK ? res : rc;
}

static inline int count_order(harness *h, const char *prefix) {
  int n = 0;
  pthread_mutex_lock(&h->mu);
  for (int i = 0; i < h->norder; i++) n += strncmp(h->order[i], prefix, strlen(prefix)) == 0;
  pthread_mutex_unlock(&h->mu);
  return n;
}

#endif
