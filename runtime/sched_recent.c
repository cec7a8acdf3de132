/* Recent outcomes: the APPLIED / FAILED outcome of the keys that ended
 * last, at most max of them, the least recently ended forgotten first
 * (what kiln_sched_key_state reports once an item is gone).
 *
 * Every ended item writes here on the render thread, so the table is laid
 * out for that thread's cache: a ring of one-line records written in
 * order of ending, and an open-addressed index (low 32 bits of the hash,
 * ring slot) that a lookup probes without touching records. A linked LRU
 * of malloc'd records cost the render thread four or five cache misses an
 * item once tiles pushed the records out of cache; the ring's oldest
 * record, the one forgotten, is the next line after the last one read.
 *
 * A key that ends again leaves its old record dead in the ring; when dead
 * records fill it, kiln__recent_room copies the live ones, in order, into
 * a new ring (outside the lock: the main thread is the only writer, and
 * readers keep reading the old one). The main thread writes under
 * recent_lock, which readers on any thread take; it reads without. */
#include "sched_int.h"

#include <stdlib.h>
#include <string.h>

#define KILN__RECENT_DEFAULT 1024
#define KILN__RECENT_SLACK 256 /* ring slots past twice what is needed */

static inline uint64_t ix_entry(uint64_t hash, size_t slot) {
  return ((uint64_t)(slot + 1) << 32) | (uint32_t)hash;
}
static inline size_t ix_slot(uint64_t e) { return (size_t)(e >> 32) - 1; }

static const char *rec_key(const kiln_keyrec *k) {
  return k->key_len > KILN__REC_INLINE ? k->long_key : k->key;
}

/* The index position of the live record for (type, key), or SIZE_MAX. */
static size_t ix_find(const kiln_recent *r, uint64_t hash, uint32_t type_id, const char *key,
                      size_t len) {
  if (!r->nix) return SIZE_MAX;
  size_t mask = r->nix - 1;
  for (size_t p = hash & mask;; p = (p + 1) & mask) {
    uint64_t e = r->ix[p];
    if (!e) return SIZE_MAX;
    if ((uint32_t)e != (uint32_t)hash) continue;
    const kiln_keyrec *k = &r->ring[ix_slot(e)];
    if (k->hash == hash && k->type_id == type_id && k->key_len == len &&
        memcmp(rec_key(k), key, len) == 0)
      return p;
  }
}

static void ix_add(uint64_t *ix, size_t nix, uint64_t hash, size_t slot) {
  size_t mask = nix - 1, p = hash & mask;
  while (ix[p]) p = (p + 1) & mask;
  ix[p] = ix_entry(hash, slot);
}

/* Linear probing's deletion: later entries of the run shift back, so a
 * probe never stops early at the hole. */
static void ix_del(kiln_recent *r, size_t p) {
  size_t mask = r->nix - 1;
  for (size_t q = p;;) {
    r->ix[p] = 0;
    for (;;) {
      q = (q + 1) & mask;
      uint64_t e = r->ix[q];
      if (!e) return;
      size_t home = (uint32_t)e & mask;
      /* e may move to p unless its home lies cyclically in (p, q]. */
      if (p <= q ? (home <= p || home > q) : (home <= p && home > q)) {
        r->ix[p] = e;
        p = q;
        break;
      }
    }
  }
}

/* Forgets the record in ring slot at: dead, out of the index. */
static void rec_kill(kiln_recent *r, size_t at) {
  kiln_keyrec *k = &r->ring[at];
  size_t mask = r->nix - 1;
  for (size_t p = k->hash & mask; r->ix[p]; p = (p + 1) & mask) {
    if (ix_slot(r->ix[p]) == at) {
      ix_del(r, p);
      break;
    }
  }
  k->outcome = 0;
  r->n--;
}

int kiln__recent_init(kiln_sched *s, int recent_keys) {
  memset(&s->recent, 0, sizeof s->recent);
  s->recent.max = recent_keys > 0 ? (size_t)recent_keys : KILN__RECENT_DEFAULT;
  return pthread_mutex_init(&s->recent_lock, NULL) == 0 ? KILN_OK : KILN_NOMEM;
}

static void ring_free(kiln_keyrec *ring, size_t cap) {
  for (size_t i = 0; i < cap; i++) free(ring[i].long_key);
  free(ring);
}

void kiln__recent_free(kiln_sched *s) {
  kiln_recent *r = &s->recent;
  ring_free(r->ring, r->cap);
  free(r->ix);
  memset(r, 0, sizeof *r);
  pthread_mutex_destroy(&s->recent_lock);
}

int kiln__recent_room(kiln_sched *s, size_t need) {
  kiln_recent *r = &s->recent;
  if (r->cap - r->used >= need) return 1;
  /* Live records, oldest first, into a ring with room for as many again
   * and the puts to come: dead records then fill it again only after as
   * many puts as it holds live ones, so copying costs a slot per put. */
  size_t cap = 2 * (r->n + need) + KILN__RECENT_SLACK;
  size_t live_max = r->max < cap ? r->max : cap, nix = 16;
  while (nix < 2 * live_max) nix *= 2; /* half empty at most: short probes */
  kiln_keyrec *ring = calloc(cap, sizeof *ring);
  uint64_t *ix = calloc(nix, sizeof *ix);
  if (!ring || !ix) {
    free(ring);
    free(ix);
    return 0;
  }
  size_t n = 0;
  for (size_t i = 0, at = r->tail; i < r->used; i++, at = at + 1 == r->cap ? 0 : at + 1) {
    kiln_keyrec *k = &r->ring[at];
    if (!k->outcome) continue;
    ring[n] = *k; /* its long key too: the old ring forgets it after the swap */
    ix_add(ix, nix, k->hash, n);
    n++;
  }
  kiln_keyrec *old = r->ring;
  size_t old_cap = r->cap, old_tail = r->tail, old_used = r->used;
  uint64_t *old_ix = r->ix;
  pthread_mutex_lock(&s->recent_lock);
  r->ring = ring;
  r->cap = cap;
  r->ix = ix;
  r->nix = nix;
  r->tail = 0;
  r->head = r->used = n;
  pthread_mutex_unlock(&s->recent_lock);
  /* No reader is on the old ring now (they read under the lock): the keys
   * moved to the new one are its, not the old ring's to free. Until the
   * swap, readers on other threads still compared them. */
  for (size_t i = 0, at = old_tail; i < old_used; i++, at = at + 1 == old_cap ? 0 : at + 1)
    if (old[at].outcome) old[at].long_key = NULL;
  ring_free(old, old_cap);
  free(old_ix);
  return 1;
}

void kiln__recent_put(kiln_sched *s, const kiln_item *it, int outcome) {
  kiln_recent *r = &s->recent;
  size_t p = ix_find(r, it->hash, it->type_id, it->key, it->key_len);
  if (p != SIZE_MAX) rec_kill(r, ix_slot(r->ix[p])); /* an older outcome is never left */
  /* kiln__recent_room failed, or a key no record can hold: forgotten. */
  if (r->used == r->cap || it->key_len > UINT32_MAX) return;
  kiln_keyrec *k = &r->ring[r->head];
  if (it->key_len > KILN__REC_INLINE) {
    if (k->key_cap < it->key_len) {
      char *b = realloc(k->long_key, it->key_len);
      if (!b) return; /* forgotten */
      k->long_key = b;
      k->key_cap = (uint32_t)it->key_len;
    }
    memcpy(k->long_key, it->key, it->key_len);
  } else {
    memcpy(k->key, it->key, it->key_len);
  }
  k->hash = it->hash;
  k->type_id = it->type_id;
  k->key_len = (uint32_t)it->key_len;
  k->outcome = outcome;
  ix_add(r->ix, r->nix, it->hash, r->head);
  r->head = r->head + 1 == r->cap ? 0 : r->head + 1;
  r->used++;
  r->n++;
  /* The oldest go: dead ones free their slots, live ones past max are
   * forgotten. */
  while (r->used && (r->n > r->max || !r->ring[r->tail].outcome)) {
    if (r->ring[r->tail].outcome) rec_kill(r, r->tail);
    r->tail = r->tail + 1 == r->cap ? 0 : r->tail + 1;
    r->used--;
  }
}

void kiln__recent_forget(kiln_sched *s, uint64_t hash, uint32_t type_id, const char *key, size_t len) {
  /* The main thread is the table's only writer, so its own probe needs no
   * lock: the lock is taken only to drop a record, which readers on other
   * threads (kiln_sched_key_state) must not see half done. Most enqueues
   * name a key with no record and take no lock here. */
  kiln_recent *r = &s->recent;
  size_t p = ix_find(r, hash, type_id, key, len);
  if (p == SIZE_MAX) return;
  pthread_mutex_lock(&s->recent_lock);
  rec_kill(r, ix_slot(r->ix[p]));
  pthread_mutex_unlock(&s->recent_lock);
}

int kiln__recent_get(kiln_sched *s, uint64_t hash, uint32_t type_id, const char *key, size_t len) {
  kiln_recent *r = &s->recent;
  pthread_mutex_lock(&s->recent_lock);
  size_t p = ix_find(r, hash, type_id, key, len);
  int outcome = p == SIZE_MAX ? 0 : r->ring[ix_slot(r->ix[p])].outcome;
  pthread_mutex_unlock(&s->recent_lock);
  return outcome;
}
