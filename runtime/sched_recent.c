/* Recent outcomes: the APPLIED / FAILED outcome of the keys that ended
 * last, at most max of them, the least recently ended forgotten first
 * (what kiln_sched_key_state reports once an item is gone).
 *
 * A hash table of records chained by key and linked from oldest to newest
 * ended. Every put is a constant amount of work, whatever max is: the
 * render thread writes here for every ended item and must never pause for
 * the table's size. (A ring of records written in order of ending, tried
 * for its fewer cache misses, had to be compacted now and then, which
 * with recent_keys = 100,000 stalled a frame for 24 ms.)
 *
 * Records are allocated on the main thread outside the lock
 * (kiln__recent_take) and reused. The main thread is the table's only
 * writer: it changes it under recent_lock, which readers on any thread
 * take, and reads it without. */
#include "sched_int.h"

#include <stdlib.h>
#include <string.h>

#define KILN__RECENT_DEFAULT 1024
#define KILN__REC_SMALL_KEY 64 /* records come in one size up to this: reused */

int kiln__recent_init(kiln_sched *s, int recent_keys) {
  kiln_recent *r = &s->recent;
  memset(r, 0, sizeof *r);
  r->max = recent_keys > 0 ? (size_t)recent_keys : KILN__RECENT_DEFAULT;
  for (r->nb = 16; r->nb < 2 * r->max; r->nb *= 2) {} /* short chains: a walk per put */
  r->b = calloc(r->nb, sizeof *r->b);
  if (pthread_mutex_init(&s->recent_lock, NULL) != 0) {
    free(r->b);
    r->b = NULL;
    return KILN_NOMEM;
  }
  return r->b ? KILN_OK : KILN_NOMEM;
}

void kiln__recent_free(kiln_sched *s) {
  kiln_recent *r = &s->recent;
  for (kiln_keyrec *k = r->oldest, *n; k; k = n) { n = k->newer; free(k); }
  for (kiln_keyrec *k = r->spare, *n; k; k = n) { n = k->hnext; free(k); }
  free(r->b);
  memset(r, 0, sizeof *r);
  pthread_mutex_destroy(&s->recent_lock);
}

static kiln_keyrec **rec_slot(kiln_recent *r, uint64_t hash, uint32_t type_id, const char *key,
                              size_t len) {
  kiln_keyrec **p = &r->b[hash & (r->nb - 1)];
  for (; *p; p = &(*p)->hnext) {
    kiln_keyrec *k = *p;
    if (k->hash == hash && k->type_id == type_id && k->key_len == len && memcmp(k->key, key, len) == 0)
      break;
  }
  return p;
}

static void lru_unlink(kiln_recent *r, kiln_keyrec *k) {
  if (k->older) k->older->newer = k->newer;
  else r->oldest = k->newer;
  if (k->newer) k->newer->older = k->older;
  else r->newest = k->older;
  k->older = k->newer = NULL;
}

static void lru_push(kiln_recent *r, kiln_keyrec *k) {
  k->older = r->newest;
  k->newer = NULL;
  if (r->newest) r->newest->newer = k;
  else r->oldest = k;
  r->newest = k;
}

/* Unlinks k (from the hash chain and the LRU) onto the spare list. */
static void rec_drop(kiln_recent *r, kiln_keyrec *k) {
  *k->hpp = k->hnext;
  if (k->hnext) k->hnext->hpp = k->hpp;
  lru_unlink(r, k);
  r->n--;
  k->hnext = r->spare;
  r->spare = k;
}

kiln_keyrec *kiln__recent_take(kiln_sched *s, size_t key_len) {
  kiln_recent *r = &s->recent;
  kiln_keyrec *k = r->spare;
  if (k && k->key_cap >= key_len) {
    r->spare = k->hnext;
    return k;
  }
  size_t cap = key_len > KILN__REC_SMALL_KEY ? key_len : KILN__REC_SMALL_KEY;
  k = malloc(sizeof *k + cap + 1);
  if (k) k->key_cap = cap;
  return k;
}

void kiln__recent_put(kiln_sched *s, const kiln_item *it, int outcome, kiln_keyrec *rec) {
  kiln_recent *r = &s->recent;
  kiln_keyrec **p = rec_slot(r, it->hash, it->type_id, it->key, it->key_len);
  kiln_keyrec *k = *p;
  if (!rec) { /* out of memory: forgotten, and so is an older outcome */
    if (k) rec_drop(r, k);
    return;
  }
  if (k) {
    lru_unlink(r, k);
    rec->hnext = r->spare; /* not needed: back to the spares */
    r->spare = rec;
  } else {
    k = rec;
    k->hash = it->hash;
    k->type_id = it->type_id;
    k->key_len = it->key_len;
    memcpy(k->key, it->key, it->key_len);
    k->hnext = *p;
    if (k->hnext) k->hnext->hpp = &k->hnext;
    k->hpp = p;
    *p = k;
    r->n++;
  }
  k->outcome = outcome;
  lru_push(r, k);
  while (r->n > r->max) rec_drop(r, r->oldest);
}

void kiln__recent_forget(kiln_sched *s, uint64_t hash, uint32_t type_id, const char *key, size_t len) {
  /* The main thread is the table's only writer, so its own probe needs no
   * lock: the lock is taken only to drop a record, which readers on other
   * threads (kiln_sched_key_state) must not see half done. Most enqueues
   * name a key with no record and take no lock here. */
  if (!*rec_slot(&s->recent, hash, type_id, key, len)) return;
  pthread_mutex_lock(&s->recent_lock);
  kiln_keyrec **p = rec_slot(&s->recent, hash, type_id, key, len);
  if (*p) rec_drop(&s->recent, *p);
  pthread_mutex_unlock(&s->recent_lock);
}

int kiln__recent_get(kiln_sched *s, uint64_t hash, uint32_t type_id, const char *key, size_t len) {
  pthread_mutex_lock(&s->recent_lock);
  kiln_keyrec *k = *rec_slot(&s->recent, hash, type_id, key, len);
  int outcome = k ? k->outcome : 0;
  pthread_mutex_unlock(&s->recent_lock);
  return outcome;
}
