/* The scheduler's admission pools (disk slots, GPU bytes): which parked
 * items a release wakes, and the tokens set aside for them. Everything
 * here runs under s->lock. */
#include "sched_int.h"

/* ----------------------------------------------------------------- pools
 *
 * Rule: tokens that come free (a release, a capacity raise, a woken item
 * that did not take what was set aside for it) are offered to the parked
 * items, each pool's queue in order, until the head does not fit that
 * pool. A head that fits it but not another pool moves to that pool's
 * queue (the items behind it may use these tokens). An item is woken only
 * when every pool it needs can cover it; its needs are then set aside
 * (promised) on every pool until a worker pops it, and nothing else may
 * take promised tokens. So a woken item is always admitted (an item
 * holding a promise on one pool while another pool's promise blocks it
 * could otherwise wake and park forever, two such items taking turns),
 * and a parked head that does not fit always has tokens in use or promised
 * ahead of it, which come back and wake it: nothing stays parked with the
 * pools idle. Each release offers every pool: a head parked on one pool
 * may be waiting for the other. */

/* It can never run: a need above its pool's capacity (lowered since). */
int kiln__oversized(const kiln_sched *s, const kiln_item *it) {
  for (int p = 0; p < KILN_POOL_COUNT; p++)
    if (it->need[p] > s->cap[p]) return 1;
  return 0;
}

/* First pool that cannot cover the item's needs right now, or -1. Tokens
 * promised to woken items count as taken (the caller has given back this
 * item's own promise): a woken item waits in the ready queue behind newer
 * items, and those must not take what was set aside for it. */
int kiln__short_pool(const kiln_sched *s, const kiln_item *it) {
  for (int p = 0; p < KILN_POOL_COUNT; p++)
    if (it->need[p] && s->used[p] + s->promised[p] + it->need[p] > s->cap[p]) return p;
  return -1;
}

/* Under lock: gives back the tokens set aside for it. 1 if it had any (the
 * caller then offers them on with kiln__wake_pools). */
int kiln__unpromise(kiln_sched *s, kiln_item *it) {
  int had = 0;
  for (int p = 0; p < KILN_POOL_COUNT; p++) {
    if (!it->promise[p]) continue;
    s->promised[p] -= it->promise[p];
    it->promise[p] = 0;
    had = 1;
  }
  return had;
}

/* Offers free tokens to the items parked on pool p: those that fit every
 * pool they need go to the ready queue with their needs promised; stale
 * and oversized ones go too, for nothing (admit drops them). Wakes
 * workers. Returns how many moved. */
static int wake_pool(kiln_sched *s, int p) {
  uint64_t cur = atomic_load_explicit(&s->floor, memory_order_acquire); /* older: stale */
  int moved = 0;
  kiln_item *it;
  while ((it = kiln_pq_peek(&s->parked[p]))) {
    if (it->session >= cur && !kiln__oversized(s, it)) {
      int q = kiln__short_pool(s, it);
      if (q == p) break; /* in queue order: nothing passes the head on its own pool */
      if (q >= 0) { /* this pool can cover it, another cannot: it waits there */
        kiln_pq_pop(&s->parked[p]);
        it->parked_pool = q;
        kiln_pq_push(&s->parked[q], it); /* levels reserved at enqueue */
        continue;
      }
      for (int q = 0; q < KILN_POOL_COUNT; q++) {
        it->promise[q] = it->need[q];
        s->promised[q] += it->need[q];
      }
    }
    kiln_pq_pop(&s->parked[p]);
    it->ts->nparked--;
    it->ts->nq++;
    it->where = KILN__READY;
    kiln_pq_push(&s->ready, it); /* levels reserved at enqueue: cannot fail */
    moved++;
  }
  if (moved) {
    s->wakeups += (uint64_t)moved;
    kiln__wake_workers(s, moved);
  }
  return moved;
}

/* Under lock: offers free tokens on every pool. */
void kiln__wake_pools(kiln_sched *s) {
  for (int p = 0; p < KILN_POOL_COUNT; p++) wake_pool(s, p);
}

void kiln__release_locked(kiln_sched *s, int p, uint64_t amount) {
  s->used[p] = s->used[p] > amount ? s->used[p] - amount : 0;
  kiln__wake_pools(s);
}
