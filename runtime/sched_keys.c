/* Per-key state and cancel: where a (type, key) is, and the results waiting
 * for the main thread by key. See scheduler.h for
 * the contract, sched_int.h for the state.
 *
 * Live work is found through the owner map (queue.c). Finished items leave
 * it; those waiting for the main thread with a status key_state reports
 * (OK, FAILED) are chained by key in outidx, so a worker indexes a result
 * without allocating (the buckets grow on the main thread). When the main
 * thread ends one, its outcome moves to the recent table (sched_recent.c). */
#include "sched_int.h"

#include <stdlib.h>
#include <string.h>


static int same_key(const kiln_item *it, uint64_t hash, uint32_t type_id, const char *key, size_t len) {
  return it->hash == hash && it->type_id == type_id && it->key_len == len &&
         memcmp(it->key, key, len) == 0;
}

int kiln__keys_init(kiln_sched *s, int recent_keys) {
  s->outidx.nb = 256;
  s->outidx.b = calloc(s->outidx.nb, sizeof *s->outidx.b);
  int rc = kiln__recent_init(s, recent_keys);
  return s->outidx.b && rc == KILN_OK ? KILN_OK : KILN_NOMEM;
}

void kiln__keys_free(kiln_sched *s) {
  kiln__recent_free(s);
  free(s->outidx.b);
  memset(&s->outidx, 0, sizeof s->outidx);
}

/* ------------------------------------------------- results waiting, by key */

void kiln__outidx_add(kiln_sched *s, kiln_item *it) {
  kiln_item **b = &s->outidx.b[it->hash & (s->outidx.nb - 1)];
  it->onext = *b;
  *b = it;
  it->in_outidx = 1;
  s->outidx.n++;
}

void kiln__outidx_del(kiln_sched *s, kiln_item *it) {
  kiln_item **p = &s->outidx.b[it->hash & (s->outidx.nb - 1)];
  while (*p != it) p = &(*p)->onext;
  *p = it->onext;
  it->onext = NULL;
  it->in_outidx = 0;
  s->outidx.n--;
}

/* Main thread, no lock held (next_done saw more than two results per
 * bucket): chains stay short. The allocation is outside the lock; the
 * rehash (the waiting results, a bounded set) under it. */
void kiln__outidx_grow(kiln_sched *s, size_t nb) {
  size_t nnb = nb * 4;
  kiln_item **nbk = calloc(nnb, sizeof *nbk);
  if (!nbk) return; /* longer chains, still correct */
  pthread_mutex_lock(&s->lock);
  if (s->outidx.nb != nb) { /* only this thread grows it: cannot happen */
    pthread_mutex_unlock(&s->lock);
    free(nbk);
    return;
  }
  kiln_item **old = s->outidx.b;
  for (size_t i = 0; i < s->outidx.nb; i++) {
    for (kiln_item *it = old[i], *next; it; it = next) {
      next = it->onext;
      kiln_item **b = &nbk[it->hash & (nnb - 1)];
      it->onext = *b;
      *b = it;
    }
  }
  s->outidx.b = nbk;
  s->outidx.nb = nnb;
  pthread_mutex_unlock(&s->lock);
  free(old);
}

/* ------------------------------------------------------------------- API */

int kiln_sched_key_state(kiln_sched *s, uint32_t type_id, const char *key, size_t key_len) {
  uint64_t hash = kiln_keymap_hash(type_id, key, key_len);
  int st = KILN_KEY_UNKNOWN;
  /* Work a bump has doomed reads as gone: queued items below the floor
   * are dropped when a worker reaches them, results of an older session
   * before apply. (A running one stays "running" until it returns.) */
  uint64_t floor = atomic_load(&s->floor), cur = atomic_load(&s->session);
  KILN__SETTLE_IF_MAIN(s);
  kiln__lock(s);
  kiln_item *o = kiln_keymap_lookup(&s->keys, hash, type_id, key, key_len, NULL);
  if (o) {
    if (o->where == KILN__INFLIGHT) {
      int begun = atomic_load(&o->begun);
      if (o->pending && o->pending->session >= floor) st = KILN_KEY_QUEUED; /* the rerun has not started */
      else if (!atomic_load(&o->cancel)) /* (its session is the worker's to restamp: not read) */
        st = begun ? KILN_KEY_RUNNING : KILN_KEY_QUEUED;
    } else if (o->session >= floor) {
      st = o->where == KILN__PARKED ? KILN_KEY_DEFERRED : KILN_KEY_QUEUED;
    }
  }
  if (!st) {
    kiln_item *it = s->outidx.b[hash & (s->outidx.nb - 1)];
    for (; it; it = it->onext) {
      if (!same_key(it, hash, type_id, key, key_len) || it->drop) continue;
      if (it->status == KILN_ITEM_OK && it->session < cur) continue; /* dropped before apply */
      if (it->status == KILN_ITEM_OK) { st = KILN_KEY_WAITING_APPLY; break; }
      if (it->status == KILN_ITEM_FAILED) st = KILN_KEY_FAILED;
    }
  }
  pthread_mutex_unlock(&s->lock);
  if (!st) st = kiln__recent_get(s, hash, type_id, key, key_len);
  return st;
}

/* Under lock: takes a queued, parked or type-held owner out of its queue,
 * unowned, counted canceled. */
static void dequeue(kiln_sched *s, kiln_item *it) {
  int wake = 0;
  if (it->where == KILN__READY) {
    kiln_pq_remove(&s->ready, it);
    wake = kiln__unpromise(s, it); /* tokens set aside for it: offered to the next */
    kiln__type_left_ready(s, it, 0);
  } else if (it->where == KILN__PARKED) {
    wake = 1; /* the head may have been what held the rest back */
    kiln_pq_remove(&s->parked[it->parked_pool], it);
    it->ts->nparked--;
    it->ts->nq++;
  } else {
    kiln__type_unwait(s, it);
  }
  it->ts->nq--;
  it->where = KILN__NOWHERE;
  it->status = KILN_ITEM_CANCELED;
  kiln_keymap_del(&s->keys, it);
  it->in_map = 0;
  kiln__count_canceled(s, it);
  if (wake) kiln__wake_pools(s);
}

int kiln_sched_cancel(kiln_sched *s, uint32_t type_id, const char *key, size_t key_len) {
  KILN__MAIN_ONLY(s);
  uint64_t hash = kiln_keymap_hash(type_id, key, key_len);
  int res = KILN_CANCEL_NONE;
  kiln_item *dead = NULL;
  kiln__ended_settle(s);
  kiln__lock(s);
  kiln_item *o = kiln_keymap_lookup(&s->keys, hash, type_id, key, key_len, NULL);
  if (o && o->where == KILN__INFLIGHT) {
    kiln_item *q = o->pending;
    if (q) { /* its rerun has not started: gone now */
      o->pending = NULL;
      q->parent = NULL;
      s->n_pending--;
      q->ts->nq--;
      q->where = KILN__NOWHERE;
      q->status = KILN_ITEM_CANCELED;
      kiln__count_canceled(s, q);
      q->next = dead;
      dead = q;
    }
    /* Store cancel, then read begun (item.h): if begun reads 0, item_begin
     * will see cancel and not run it. Counted when it completes. A second
     * cancel finds nothing more to do (unless a rerun was queued since). */
    int again = atomic_exchange(&o->cancel, 1);
    if (!again) res = atomic_load(&o->begun) ? KILN_CANCEL_RUNNING : KILN_CANCEL_DEQUEUED;
    else if (q) res = KILN_CANCEL_DEQUEUED;
  } else if (o) {
    dequeue(s, o);
    o->next = dead;
    dead = o;
    res = KILN_CANCEL_DEQUEUED;
  }
  /* Results waiting for apply: next_done ends them (counted there). Items
   * the main thread holds are the caller's. */
  int unapplied = 0;
  kiln_item **p = &s->outidx.b[hash & (s->outidx.nb - 1)];
  while (*p) {
    kiln_item *it = *p;
    if (same_key(it, hash, type_id, key, key_len) && it->status == KILN_ITEM_OK && !it->taken) {
      it->drop = 1;
      *p = it->onext; /* kiln__outidx_del, in place */
      it->onext = NULL;
      it->in_outidx = 0;
      s->outidx.n--;
      unapplied = 1;
      continue;
    }
    p = &it->onext;
  }
  if (!res && unapplied) res = KILN_CANCEL_UNAPPLIED;
  if (res) kiln__recent_forget(s, hash, type_id, key, key_len);
  pthread_mutex_unlock(&s->lock);
  kiln__end_list_main(s, dead); /* payloads freed outside the lock */
  return res;
}
