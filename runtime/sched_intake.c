/* The render thread's enqueue without the scheduler lock: the key mirror
 * (how many items the main thread made and has not seen end, by key
 * hash) and the intake ring that workers fold into the queue. See
 * sched_int.h for the state and the ring's ordering rules. */
#include "sched_int.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ the key mirror */

/* Main thread only. The slot h's probe starts at. */
static size_t mirror_home(const kiln_mirror *m, uint64_t h) {
  return (size_t)(h ^ (h >> 29)) & (m->cap - 1);
}

/* Slot of h, or of the empty slot where it would go. */
static size_t mirror_slot(const kiln_mirror *m, uint64_t h) {
  size_t mask = m->cap - 1, i = mirror_home(m, h);
  while (m->v[i].count && m->v[i].hash != h) i = (i + 1) & mask;
  return i;
}

static int mirror_has(const kiln_sched *s, uint64_t h) {
  const kiln_mirror *m = &s->mirror;
  return m->cap && m->v[mirror_slot(m, h)].count != 0;
}

/* The load stays at most 1/2. */
int kiln__mirror_reserve(kiln_sched *s) {
  kiln_mirror *m = &s->mirror;
  if ((m->n + 1) * 2 <= m->cap) return KILN_OK;
  size_t ncap = m->cap ? m->cap * 2 : 1024;
  kiln_mirror nm = { calloc(ncap, sizeof *nm.v), ncap, m->n };
  if (!nm.v) return KILN_NOMEM;
  for (size_t i = 0; i < m->cap; i++)
    if (m->v[i].count) nm.v[mirror_slot(&nm, m->v[i].hash)] = m->v[i];
  free(m->v);
  *m = nm;
  return KILN_OK;
}

void kiln__mirror_add(kiln_sched *s, kiln_item *it) {
  kiln_mirror *m = &s->mirror;
  kiln_mirror_slot *e = &m->v[mirror_slot(m, it->hash)];
  if (!e->count) {
    e->hash = it->hash;
    m->n++;
  }
  e->count++;
  it->mirrored = 1;
}

/* The last live item of a key empties its slot (backward shift: no
 * tombstones). */
void kiln__mirror_drop(kiln_sched *s, kiln_item *it) {
  kiln_mirror *m = &s->mirror;
  it->mirrored = 0;
  size_t mask = m->cap - 1, i = mirror_slot(m, it->hash);
  assert(m->v[i].count);
  if (--m->v[i].count) return;
  m->n--;
  for (size_t j = (i + 1) & mask; m->v[j].count; j = (j + 1) & mask) {
    size_t home = mirror_home(m, m->v[j].hash);
    /* j's entry fills the hole unless its home lies cyclically in (i, j]. */
    int stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
    if (!stays) {
      m->v[i] = m->v[j];
      m->v[j].count = 0;
      i = j;
    }
  }
}

void kiln__mirror_free(kiln_sched *s) {
  free(s->mirror.v);
  memset(&s->mirror, 0, sizeof s->mirror);
}

/* ------------------------------------------------------------ the intake */

/* Main thread: new item it (hash, type, need and priority set) goes on the
 * intake when no item of its key lives (the mirror says so, and only this
 * thread makes items), its type is known and it needs no tokens: nothing
 * can coalesce into it or fail it, so it needs no lock, and a worker (or
 * the next locked call) folds it into the queue. The lock is taken only to
 * wake an idle worker. 1 when it went on; 0: take the locked path. */
int kiln__intake_push(kiln_sched *s, kiln_item *it) {
  kiln_type_state *fts = it->type_id < s->ntypes ? s->types[it->type_id] : NULL;
  uint64_t ih = atomic_load_explicit(&s->intake_head, memory_order_relaxed); /* ours */
  if (ih - s->intake_room >= KILN__INTAKE_CAP) /* full as last seen: look again */
    s->intake_room = atomic_load_explicit(&s->intake_tail, memory_order_acquire);
  if (!fts || s->closing || it->need[0] || it->need[1] || ih - s->intake_room >= KILN__INTAKE_CAP ||
      mirror_has(s, it->hash))
    return 0;
  it->ts = fts;
  it->session = atomic_load_explicit(&s->session, memory_order_relaxed);
  it->serial = s->last_serial = ++s->serial;
  kiln__mirror_add(s, it);
  s->intake_ring[ih & (KILN__INTAKE_CAP - 1)] = it;
  /* seq_cst: the store of head comes before the read of idle_workers
   * (see the worker's side in kiln_sched_worker_batch). This fence is
   * the fast path's largest cost; membarrier(2) on the idle side instead
   * cost more in IPIs on a 2-vCPU VM than it saved here. */
  atomic_store(&s->intake_head, ih + 1);
  if (atomic_load(&s->idle_workers) > 0 && !kiln__admission_held(s)) {
    kiln__lock(s);
    kiln__wake_for_enqueue(s);
    pthread_mutex_unlock(&s->lock);
  }
  return 1;
}

/* How far ahead the fold loads: items this many ahead, their key map
 * slots half as many (their hash must have arrived first). */
#define KILN__FOLD_AHEAD 8

void kiln__intake_fold_upto(kiln_sched *s, uint64_t max) {
  uint64_t t = atomic_load_explicit(&s->intake_tail, memory_order_relaxed); /* ours: the lock */
  uint64_t h = atomic_load_explicit(&s->intake_head, memory_order_acquire);
  if (h - t > max) h = t + max;
  const uint64_t mask = KILN__INTAKE_CAP - 1;
  for (uint64_t j = t; j != h && j - t < KILN__FOLD_AHEAD; j++)
    __builtin_prefetch(s->intake_ring[j & mask], 1);
  for (uint64_t i = t; i != h; i++) {
    if (h - i > KILN__FOLD_AHEAD) __builtin_prefetch(s->intake_ring[(i + KILN__FOLD_AHEAD) & mask], 1);
    if (h - i > KILN__FOLD_AHEAD / 2)
      kiln_keymap_prefetch(&s->keys, s->intake_ring[(i + KILN__FOLD_AHEAD / 2) & mask]->hash);
    kiln_item *it = s->intake_ring[i & mask];
    kiln_type_state *ts = it->ts;
    s->enqueued++; /* every accepted call ends in exactly one counter */
    ts->enqueued++;
    if (kiln__reserve_levels(s, 1, ts) || kiln_keymap_add(&s->keys, it)) {
      /* Out of memory: canceled, never lost (the main thread ends it). */
      it->status = KILN_ITEM_CANCELED;
      kiln__count_canceled(s, it);
      kiln__push_done(s, it);
      continue;
    }
    it->in_map = 1;
    it->where = KILN__READY;
    kiln_pq_push(&s->ready, it);
    ts->nq++;
  }
  /* The slots are read: the main thread may fill them again. */
  atomic_store_explicit(&s->intake_tail, h, memory_order_release);
}

void kiln__intake_fold(kiln_sched *s) { kiln__intake_fold_upto(s, UINT64_MAX); }

kiln_item *kiln__intake_take(kiln_sched *s) {
  uint64_t t = atomic_load_explicit(&s->intake_tail, memory_order_relaxed);
  uint64_t h = atomic_load_explicit(&s->intake_head, memory_order_acquire);
  kiln_item *list = NULL;
  for (uint64_t i = h; i != t; i--) {
    kiln_item *it = s->intake_ring[(i - 1) & (KILN__INTAKE_CAP - 1)];
    it->next = list;
    list = it;
  }
  atomic_store_explicit(&s->intake_tail, h, memory_order_release);
  return list;
}
