/* The scheduler's life: starting workers, close (with its deadline and
 * the workers it abandons), free. See scheduler.h for the contract. */
#include "sched_int.h"

#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The loop for ops.run users; ops.loop replaces it with the caller's own. */
static void default_loop(kiln_sched *s, kiln_worker *w) {
  kiln_item *done = NULL;
  for (;;) {
    int control;
    kiln_item *it = kiln_sched_worker_step(w, done, &control);
    done = NULL;
    if (!it) {
      if (!control) break;
      if (s->ops.control) s->ops.control(s->ops.ud, w->wdata);
      continue;
    }
    if (kiln_sched_item_begin(w, it)) s->ops.run(s->ops.ud, w->wdata, it);
    done = it;
  }
}

static void *worker_main(void *arg) {
  kiln_worker *w = arg;
  kiln_sched *s = w->s;
  int failed = 0;
  kiln__tl_self = w;
  if (s->policy == KILN_WORKERS_BACKGROUND) {
    /* Best effort: SCHED_BATCH at priority 0 needs no privilege on Linux,
     * and a worker that keeps the normal policy still works. */
    struct sched_param sp = { 0 };
    (void)sched_setscheduler(0, SCHED_BATCH, &sp);
  }
  if (s->ops.worker_init) failed = s->ops.worker_init(s->ops.ud, w->index, &w->wdata, w->init_msg);
  pthread_mutex_lock(&s->lock);
  w->ready = 1;
  w->init_failed = failed != 0;
  w->ctl_gen = 0;
  w->out = !failed; /* in its loop's code until its first step */
  if (failed) {
    w->gone = 1;
    s->ngone++;
  }
  pthread_cond_broadcast(&s->main_cv);
  pthread_mutex_unlock(&s->lock);
  if (failed) return NULL;
  if (s->ops.loop) s->ops.loop(s->ops.ud, w->wdata, w);
  else default_loop(s, w);
  pthread_mutex_lock(&s->lock);
  w->gone = 1;
  w->out = 0;
  s->ngone++;
  int abandoned = w->abandoned;
  if (s->main_waiting) pthread_cond_signal(&s->main_cv);
  pthread_mutex_unlock(&s->lock);
  if (s->ops.worker_fini) s->ops.worker_fini(s->ops.ud, w->wdata);
  /* The last touch of s: kiln_sched_free may free it once this reaches 0. */
  if (abandoned) atomic_fetch_sub_explicit(&s->abandoned_live, 1, memory_order_release);
  return NULL;
}

/* ------------------------------------------------------------- lifecycle */

int kiln_sched_new(const kiln_sched_config *cfg, const kiln_sched_ops *ops, kiln_sched **out,
                   char *msg) {
  static const kiln_sched_config defaults = {0};
  if (!cfg) cfg = &defaults;
  *out = NULL;
  if (!ops || !(ops->run || ops->loop) || !ops->payload_free)
    return kiln_errf(msg, KILN_INVAL, "scheduler: ops.run or ops.loop, and ops.payload_free, are required");
  int nw = cfg->workers ? cfg->workers : 2;
  if (nw < 1 || nw > 256)
    return kiln_errf(msg, KILN_INVAL, "workers: %d is out of range (1..256)", cfg->workers);
  if (cfg->policy != KILN_WORKERS_BACKGROUND && cfg->policy != KILN_WORKERS_NORMAL)
    return kiln_errf(msg, KILN_INVAL, "policy: %d is not a kiln_worker_policy", cfg->policy);
  /* aligned_alloc wants a multiple of the alignment: sizeof is one. */
  kiln_sched *s = aligned_alloc(KILN__LINE, sizeof *s);
  if (s) memset(s, 0, sizeof *s);
  if (!s) return kiln_errf(msg, KILN_NOMEM, "scheduler: out of memory");
  s->ops = *ops;
  s->main_thread = pthread_self();
  s->nworkers = nw;
  s->main_wait_min = 1;
  s->policy = cfg->policy;
  s->cap[KILN_POOL_DISK] = cfg->capacity[KILN_POOL_DISK] ? cfg->capacity[KILN_POOL_DISK] : 2u * (unsigned)nw;
  s->cap[KILN_POOL_GPU] = cfg->capacity[KILN_POOL_GPU] ? cfg->capacity[KILN_POOL_GPU] : 4;
  s->backlog_limit = cfg->backlog_bytes ? cfg->backlog_bytes : KILN_SCHED_DEFAULT_BACKLOG;
  atomic_init(&s->session, 1);
  atomic_init(&s->floor, 1);
  kiln_pq_init(&s->ready);
  for (int p = 0; p < KILN_POOL_COUNT; p++) kiln_pq_init(&s->parked[p]);
  s->workers = calloc((size_t)nw, sizeof *s->workers);
  s->hist = calloc((size_t)nw + 1, sizeof *s->hist);
  if (!s->workers || !s->hist || kiln_keymap_init(&s->keys) ||
      kiln__keys_init(s, cfg->recent_keys)) {
    kiln__keys_free(s);
    kiln_keymap_free(&s->keys);
    free(s->hist);
    free(s->workers);
    free(s);
    return kiln_errf(msg, KILN_NOMEM, "scheduler: out of memory");
  }
  /* Adaptive: the lock is held for a few instructions, so a contender
   * spins briefly in glibc before sleeping in the kernel; a futex sleep
   * and wake per contended enqueue would cost more than the section. */
  pthread_mutexattr_t ma;
  pthread_mutexattr_init(&ma);
  pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ADAPTIVE_NP);
  pthread_mutex_init(&s->lock, &ma);
  pthread_mutexattr_destroy(&ma);
  pthread_cond_init(&s->work_cv, NULL);
  pthread_condattr_t ca; /* timed waits use the monotonic clock */
  pthread_condattr_init(&ca);
  pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
  pthread_cond_init(&s->linger_cv, &ca);
  pthread_cond_init(&s->main_cv, &ca);
  pthread_condattr_destroy(&ca);

  int rc = KILN_OK;
  for (int i = 0; i < nw; i++) {
    kiln_worker *w = &s->workers[i];
    w->s = s;
    w->index = i;
    atomic_init(&w->cur_type, -1);
    if (pthread_create(&w->thread, NULL, worker_main, w) != 0) {
      rc = kiln_errf(msg, KILN_NOMEM, "scheduler: could not start worker %d", i + 1);
      break;
    }
    w->started = 1;
  }
  /* Start-up barrier: report a worker whose state could not be built now,
   * rather than leaving items that no one will ever run. */
  pthread_mutex_lock(&s->lock);
  for (int i = 0; i < nw; i++) {
    kiln_worker *w = &s->workers[i];
    while (w->started && !w->ready) pthread_cond_wait(&s->main_cv, &s->lock);
    if (rc == KILN_OK && w->init_failed)
      rc = kiln_errf(msg, KILN_INVAL, "worker %d: %s", i + 1, w->init_msg);
  }
  if (rc != KILN_OK) {
    s->stopping = s->closing = 1;
    pthread_cond_broadcast(&s->work_cv);
    pthread_cond_broadcast(&s->linger_cv);
  }
  pthread_mutex_unlock(&s->lock);
  if (rc != KILN_OK) {
    for (int i = 0; i < nw; i++)
      if (s->workers[i].started) pthread_join(s->workers[i].thread, NULL);
    s->closed = 1;
    kiln_sched_free(s);
    return rc;
  }
  *out = s;
  return KILN_OK;
}

/* What close reports about work that outlived its deadline; copied under
 * the lock, formatted after. */
#define KILN__STUCK_LIST 8
typedef struct stuck_item {
  uint32_t type;
  uint64_t ran_ns;
  size_t key_len;       /* of the copy: longer keys are cut */
  char key[25];
} stuck_item;
typedef struct stuck_report {
  uint64_t nqueued;     /* queued items canceled at the deadline */
  uint64_t nrunning;    /* items in flight on abandoned workers */
  int nabandoned;
  int nlisted;
  stuck_item item[KILN__STUCK_LIST];
} stuck_report;

/* Main thread, under lock, past the deadline: cancels what has not
 * started (back on the done list, canceled, so nothing vanishes), lets
 * the workers waiting inside the scheduler leave, and abandons the ones
 * running caller code (an item, control work). */
static void give_up(kiln_sched *s, stuck_report *r) {
  s->gave_up = 1;
  kiln_item *late = kiln__cancel_queued(s);
  while (late) {
    kiln_item *next = late->next;
    r->nqueued++;
    kiln__push_done(s, late);
    late = next;
  }
  pthread_cond_broadcast(&s->work_cv);
  pthread_cond_broadcast(&s->linger_cv);
  /* Not a wait on a compute: a worker that is neither out nor gone is in
   * the scheduler and leaves as soon as it runs (gave_up). */
  for (;;) {
    int inside = 0;
    for (int i = 0; i < s->nworkers; i++) {
      kiln_worker *w = &s->workers[i];
      inside |= w->started && !w->gone && !w->out;
    }
    if (!inside) break;
    pthread_cond_wait(&s->main_cv, &s->lock);
  }
  for (int i = 0; i < s->nworkers; i++) {
    kiln_worker *w = &s->workers[i];
    if (!w->started || w->gone) continue;
    w->abandoned = 1;
    r->nabandoned++;
    atomic_fetch_add_explicit(&s->abandoned_live, 1, memory_order_relaxed);
  }
  uint64_t now = kiln_now_ns();
  for (kiln_item *it = s->inflight; it; it = it->qnext) {
    if (r->nlisted < KILN__STUCK_LIST) {
      stuck_item *e = &r->item[r->nlisted++];
      e->type = it->type_id;
      e->ran_ns = now - it->t_admit_ns;
      e->key_len = it->key_len < sizeof e->key - 1 ? it->key_len : sizeof e->key - 1;
      memcpy(e->key, it->key, e->key_len);
      e->key[e->key_len] = '\0';
    }
    r->nrunning++;
  }
}

/* Copies len bytes of src into dst (size bytes), cut to fit, with control
 * bytes shown as '?' (keys and names may hold any byte); 1 if cut. */
static int printable(char *dst, size_t size, const char *src, size_t len) {
  size_t k = 0;
  for (; k < len && k + 1 < size; k++)
    dst[k] = ((unsigned char)src[k] < 0x20 || src[k] == 0x7f) ? '?' : src[k];
  dst[k] = '\0';
  return k < len;
}

/* Main thread, no lock held: ops.type_name may take the caller's locks. */
static int report_stuck(kiln_sched *s, char *msg, const stuck_report *r, double timeout_s) {
  char buf[KILN_ERRMSG_MAX];
  size_t n = 0;
#define ADD(...) do { if (n < sizeof buf) n += (size_t)snprintf(buf + n, sizeof buf - n, __VA_ARGS__); } while (0)
  if (r->nqueued)
    ADD("%llu queued item(s) did not run before the %.3fs deadline", (unsigned long long)r->nqueued,
        timeout_s);
  if (r->nrunning) {
    ADD("%s%llu item(s) still running at the %.3fs deadline, %d worker(s) abandoned:", n ? "; " : "",
        (unsigned long long)r->nrunning, timeout_s, r->nabandoned);
    for (int i = 0; i < r->nlisted; i++) {
      const stuck_item *e = &r->item[i];
      char key[sizeof e->key], name[40], nbuf[64];
      printable(key, sizeof key, e->key, e->key_len);
      const char *tn = s->ops.type_name ? s->ops.type_name(s->ops.ud, e->type, nbuf, sizeof nbuf) : NULL;
      if (tn) {
        if (tn == nbuf) nbuf[sizeof nbuf - 1] = '\0'; /* however it filled buf */
        if (printable(name, sizeof name, tn, strlen(tn))) memcpy(name + sizeof name - 4, "...", 4);
      } else {
        snprintf(name, sizeof name, "%u", e->type);
      }
      ADD("%s type %s \"%s\"%s (%.2fs)", i ? "," : "", name, key,
          e->key_len == sizeof key - 1 ? "..." : "", (double)e->ran_ns / 1e9);
    }
    if (r->nrunning > (uint64_t)r->nlisted)
      ADD(", and %llu more", (unsigned long long)(r->nrunning - (uint64_t)r->nlisted));
  } else if (r->nabandoned) {
    ADD("%s%d worker(s) busy outside an item (control work) abandoned at the %.3fs deadline",
        n ? "; " : "", r->nabandoned, timeout_s);
  }
#undef ADD
  return kiln_errf(msg, KILN_TIMEDOUT, "close: %s", buf);
}

int kiln_sched_close(kiln_sched *s, int mode, double timeout_s, char *msg) {
  KILN__MAIN_ONLY(s);
  if (s->closed) return KILN_OK;
  kiln__ended_settle(s);
  int started = 0, late = 0;
  for (int i = 0; i < s->nworkers; i++) started += s->workers[i].started;
  struct timespec dl = { 0, 0 };
  if (timeout_s >= 0) dl = kiln__deadline_in((uint64_t)(timeout_s * 1e9));
  stuck_report r;
  memset(&r, 0, sizeof r);
  kiln_item *dropped = NULL;
  kiln__lock(s);
  s->closing = 1;
  s->stopping = 1;
  atomic_store_explicit(&s->paused, 0, memory_order_relaxed); /* FINISH runs the queue */
  atomic_store_explicit(&s->backlog_held, 0, memory_order_relaxed); /* and nobody takes results */
  if (mode == KILN_CLOSE_CANCEL) {
    s->canceling = 1;
    dropped = kiln__cancel_queued(s);
  }
  pthread_cond_broadcast(&s->work_cv);
  pthread_cond_broadcast(&s->linger_cv);
  s->main_waiting++;
  /* Workers leave their loops once nothing is queued, parked or theirs. */
  while (s->ngone < started) {
    if (timeout_s < 0) {
      pthread_cond_wait(&s->main_cv, &s->lock);
    } else if (pthread_cond_timedwait(&s->main_cv, &s->lock, &dl) == ETIMEDOUT) {
      late = s->ngone < started;
      break;
    }
  }
  if (late) give_up(s, &r);
  s->main_waiting--;
  s->closed = 1;
  pthread_mutex_unlock(&s->lock);
  kiln__free_list(s, dropped);
  for (int i = 0; i < s->nworkers; i++) {
    kiln_worker *w = &s->workers[i];
    if (!w->started) continue;
    /* An abandoned worker may never come back: joining it could hang the
     * process's exit. Detached, its thread goes away when it does. */
    if (w->abandoned) pthread_detach(w->thread);
    else pthread_join(w->thread, NULL);
    w->started = 0;
  }
  return late && (r.nqueued || r.nabandoned) ? report_stuck(s, msg, &r, timeout_s) : KILN_OK;
}

int kiln_sched_abandoned(const kiln_sched *s) {
  return atomic_load_explicit(&s->abandoned_live, memory_order_acquire);
}

/* Schedulers left to abandoned workers stay reachable from here: a leak
 * checker should not report them, a debugger can find them. */
static pthread_mutex_t leaked_lock = PTHREAD_MUTEX_INITIALIZER;
static kiln_sched *leaked_list;

static void drop_list(kiln_sched *s, kiln_item *it) {
  while (it) {
    kiln_item *next = it->next;
    kiln__drop_finished(s, it);
    it = next;
  }
}

void kiln_sched_free(kiln_sched *s) {
  if (!s) return;
  if (!s->closed) kiln_sched_close(s, KILN_CLOSE_FINISH, -1, NULL);
  /* Finished items nobody took: their results are never applied. After
   * close no worker adds to the done list any more. */
  pthread_mutex_lock(&s->lock);
  kiln_item *done = s->done_head;
  s->done_head = s->done_tail = NULL;
  s->n_done = 0;
  kiln_item *released = s->released; /* ended by workers: the main thread's to free */
  s->released = NULL;
  kiln_item *intake = kiln__intake_take(s); /* empty after close; for certain */
  pthread_mutex_unlock(&s->lock);
  kiln__free_list(s, released);
  kiln__free_list(s, intake);
  drop_list(s, s->local_head);
  s->local_head = s->local_tail = NULL;
  drop_list(s, done);
  kiln__ended_settle(s);
  /* What the main thread took and never finished (an apply that yielded
   * in a coroutine the host then dropped) is still indexed by key: the
   * result was never applied, so it ends canceled, as at close. */
  for (size_t b = 0; s->outidx.n && b < s->outidx.nb; b++) {
    while (s->outidx.b[b]) {
      kiln__drop_finished(s, s->outidx.b[b]);
      kiln__ended_settle(s); /* takes it out of the index */
    }
  }
  while (s->spare) { /* payloads already released */
    kiln_item *n = s->spare->next;
    free(s->spare);
    s->spare = n;
  }
  s->nspare = 0;
  kiln__mirror_free(s); /* main-only: no worker reads it */
  if (kiln_sched_abandoned(s) > 0) {
    /* Its workers will still lock it, complete their items and call
     * ops.worker_fini: everything else stays, on purpose. */
    pthread_mutex_lock(&leaked_lock);
    s->leaked_next = leaked_list;
    leaked_list = s;
    pthread_mutex_unlock(&leaked_lock);
    return;
  }
  kiln_item *it;
  while ((it = kiln_pq_pop(&s->ready))) kiln__item_free(s, it);
  for (int p = 0; p < KILN_POOL_COUNT; p++) {
    while ((it = kiln_pq_pop(&s->parked[p]))) kiln__item_free(s, it);
    kiln_pq_free(&s->parked[p]);
  }
  kiln_pq_free(&s->ready);
  kiln__types_free(s);
  kiln__keys_free(s);
  kiln_keymap_free(&s->keys);
  pthread_mutex_destroy(&s->lock);
  pthread_cond_destroy(&s->work_cv);
  pthread_cond_destroy(&s->linger_cv);
  pthread_cond_destroy(&s->main_cv);
  free(s->workers);
  free(s->hist);
  free(s);
}
