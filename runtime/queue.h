/* kiln_queue: the priority FIFO with per-key de-duplication.
 *
 * Ready items sit in a binary heap ordered by (priority desc, seq asc), so
 * higher priority runs first and equal priorities run in enqueue order.
 * Parked items (waiting for reservation tokens) sit in one such heap per
 * pool. A hash map from (type, key) to an entry says whether the key is
 * queued and/or in flight, which is how de-duplication works.
 *
 * Not thread-safe: the scheduler calls all of it under its one lock. */
#ifndef KILN_QUEUE_H
#define KILN_QUEUE_H

#include <stddef.h>
#include <stdint.h>

#include "item.h"

typedef struct kiln_heap {
  struct kiln_item **v;
  int n, cap;
} kiln_heap;

void kiln_heap_init(kiln_heap *h);
void kiln_heap_free(kiln_heap *h);
/* Grows storage so n items fit; pushes within it never fail. */
int  kiln_heap_reserve(kiln_heap *h, int n);                 /* KILN_OK | KILN_NOMEM */
int  kiln_heap_push(kiln_heap *h, struct kiln_item *it);   /* KILN_OK | KILN_NOMEM */
struct kiln_item *kiln_heap_peek(const kiln_heap *h);
struct kiln_item *kiln_heap_pop(kiln_heap *h);
void kiln_heap_remove(kiln_heap *h, struct kiln_item *it);
/* Re-establish order after it->priority rose. */
void kiln_heap_raised(kiln_heap *h, struct kiln_item *it);

/* One entry per (type, key) that is queued, parked, pending or in flight. */
typedef struct kiln_qentry {
  uint64_t hash;
  uint32_t type_id;
  int inflight;               /* a worker runs this key now */
  struct kiln_item *queued;   /* the one waiting run, or NULL */
  size_t key_len;
  char key[];
} kiln_qentry;

typedef struct kiln_keymap {
  kiln_qentry **slots;        /* open addressing, linear probing */
  size_t cap, n;
} kiln_keymap;

uint64_t kiln_keymap_hash(uint32_t type_id, const char *key, size_t len);
int  kiln_keymap_init(kiln_keymap *m);
void kiln_keymap_free(kiln_keymap *m);  /* frees the entries too */
kiln_qentry *kiln_keymap_find(const kiln_keymap *m, uint64_t hash, uint32_t type_id,
                              const char *key, size_t len);
/* Creates and inserts a new entry; NULL when out of memory. */
kiln_qentry *kiln_keymap_add(kiln_keymap *m, uint64_t hash, uint32_t type_id,
                             const char *key, size_t len);
/* Removes and frees e. */
void kiln_keymap_del(kiln_keymap *m, kiln_qentry *e);

#endif
