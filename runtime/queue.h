/* kiln_queue: the priority FIFO with per-key de-duplication.
 *
 * kiln_pq: items sit in one FIFO list per priority level (intrusive, doubly
 * linked); the levels are kept in a small array sorted by priority, highest
 * first. Push, pop and remove touch only the item and its neighbours, so a
 * queue of 100,000 items costs what a queue of ten does: cheap critical
 * sections for the scheduler lock. Higher priority runs first, FIFO within a
 * priority; raising an item's priority re-queues it at the tail of the new
 * level (the raise counts as an enqueue at that priority).
 *
 * kiln_keymap: (type, key) -> the item that owns the key (the one in
 * flight, else the queued one). Open addressing with the hash kept in the
 * slot, so probes rarely touch an item.
 *
 * Not thread-safe: the scheduler calls all of it under its one lock. */
#ifndef KILN_QUEUE_H
#define KILN_QUEUE_H

#include <stddef.h>
#include <stdint.h>

#include "item.h"

typedef struct kiln_pq_level {
  int priority;
  struct kiln_item *head, *tail;
} kiln_pq_level;

typedef struct kiln_pq {
  kiln_pq_level *lv;  /* sorted by priority, descending; never empty levels */
  int nlv, caplv;
  int n;              /* items in the queue */
} kiln_pq;

void kiln_pq_init(kiln_pq *q);
void kiln_pq_free(kiln_pq *q);      /* the items are the caller's */
/* Grows the level array so n distinct priorities fit; pushes within that
 * never fail. */
int  kiln_pq_reserve(kiln_pq *q, int nlevels);
/* Appends it at the tail of its priority's level. KILN_OK | KILN_NOMEM
 * (only when a new level must grow the level array). */
int  kiln_pq_push(kiln_pq *q, struct kiln_item *it);
/* Puts it at the head of its priority's level (an admitted item given
 * back, ahead of the items queued behind it). Fails as kiln_pq_push. */
int  kiln_pq_push_front(kiln_pq *q, struct kiln_item *it);
struct kiln_item *kiln_pq_peek(const kiln_pq *q);
struct kiln_item *kiln_pq_pop(kiln_pq *q);
void kiln_pq_remove(kiln_pq *q, struct kiln_item *it);

typedef struct kiln_keyslot {
  uint64_t hash;
  struct kiln_item *item; /* NULL: empty */
} kiln_keyslot;

typedef struct kiln_keymap {
  kiln_keyslot *slots;    /* open addressing, linear probing */
  size_t cap, n;
} kiln_keymap;

uint64_t kiln_keymap_hash(uint32_t type_id, const char *key, size_t len);
int  kiln_keymap_init(kiln_keymap *m);
void kiln_keymap_free(kiln_keymap *m);
/* The item owning (type_id, key), or NULL; on a miss *hint (may be NULL)
 * names the empty slot where the key would go (valid until the map
 * changes), for kiln_keymap_add_at. */
struct kiln_item *kiln_keymap_lookup(const kiln_keymap *m, uint64_t hash, uint32_t type_id,
                                     const char *key, size_t len, size_t *hint);
/* Inserts it (its hash, type and key) as the owner; KILN_NOMEM. */
int  kiln_keymap_add(kiln_keymap *m, struct kiln_item *it);
/* The same, into the slot a kiln_keymap_lookup miss named (one probe, not
 * two) unless the map must grow first. */
int  kiln_keymap_add_at(kiln_keymap *m, struct kiln_item *it, size_t hint);
/* Starts loading the slot where hash's probe begins (for a batch of
 * inserts: the next ones' slots arrive while this one is made). */
static inline void kiln_keymap_prefetch(const kiln_keymap *m, uint64_t hash) {
  __builtin_prefetch(&m->slots[hash & (m->cap - 1)], 1);
}
/* Makes next the owner in place of cur (same key). */
void kiln_keymap_replace(kiln_keymap *m, struct kiln_item *cur, struct kiln_item *next);
void kiln_keymap_del(kiln_keymap *m, struct kiln_item *it);

#endif
