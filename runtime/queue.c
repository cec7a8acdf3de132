/* Priority FIFO heap and the (type, key) de-dup map. See queue.h. */
#include "queue.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "kiln_err.h"

/* ------------------------------------------------------------------ heap */

/* a runs before b: higher priority first, then older first. */
static int before(const struct kiln_item *a, const struct kiln_item *b) {
  if (a->priority != b->priority) return a->priority > b->priority;
  return a->seq < b->seq;
}

static void place(kiln_heap *h, int i, struct kiln_item *it) {
  h->v[i] = it;
  it->heap_idx = i;
}

static void sift_up(kiln_heap *h, int i) {
  struct kiln_item *it = h->v[i];
  while (i > 0) {
    int p = (i - 1) / 2;
    if (!before(it, h->v[p])) break;
    place(h, i, h->v[p]);
    i = p;
  }
  place(h, i, it);
}

static void sift_down(kiln_heap *h, int i) {
  struct kiln_item *it = h->v[i];
  for (;;) {
    int c = 2 * i + 1;
    if (c >= h->n) break;
    if (c + 1 < h->n && before(h->v[c + 1], h->v[c])) c++;
    if (!before(h->v[c], it)) break;
    place(h, i, h->v[c]);
    i = c;
  }
  place(h, i, it);
}

void kiln_heap_init(kiln_heap *h) { h->v = NULL; h->n = h->cap = 0; }

void kiln_heap_free(kiln_heap *h) { free(h->v); kiln_heap_init(h); }

int kiln_heap_reserve(kiln_heap *h, int n) {
  if (n <= h->cap) return KILN_OK;
  int ncap = h->cap ? h->cap : 64;
  while (ncap < n) ncap *= 2;
  struct kiln_item **nv = realloc(h->v, (size_t)ncap * sizeof *nv);
  if (!nv) return KILN_NOMEM;
  h->v = nv;
  h->cap = ncap;
  return KILN_OK;
}

int kiln_heap_push(kiln_heap *h, struct kiln_item *it) {
  if (h->n == h->cap && kiln_heap_reserve(h, h->n + 1)) return KILN_NOMEM;
  h->v[h->n] = it;
  sift_up(h, h->n++);
  return KILN_OK;
}

struct kiln_item *kiln_heap_peek(const kiln_heap *h) { return h->n ? h->v[0] : NULL; }

void kiln_heap_remove(kiln_heap *h, struct kiln_item *it) {
  int i = it->heap_idx;
  struct kiln_item *last = h->v[--h->n];
  it->heap_idx = -1;
  if (i == h->n) return;
  place(h, i, last);
  sift_down(h, i);
  sift_up(h, last->heap_idx);
}

struct kiln_item *kiln_heap_pop(kiln_heap *h) {
  struct kiln_item *top = kiln_heap_peek(h);
  if (top) kiln_heap_remove(h, top);
  return top;
}

void kiln_heap_raised(kiln_heap *h, struct kiln_item *it) { sift_up(h, it->heap_idx); }

/* ---------------------------------------------------------------- keymap */

uint64_t kiln_keymap_hash(uint32_t type_id, const char *key, size_t len) {
  return XXH3_64bits_withSeed(key, len, (uint64_t)type_id * 0x9E3779B97F4A7C15ull + 1);
}

int kiln_keymap_init(kiln_keymap *m) {
  m->cap = 64;
  m->n = 0;
  m->slots = calloc(m->cap, sizeof *m->slots);
  return m->slots ? KILN_OK : KILN_NOMEM;
}

void kiln_keymap_free(kiln_keymap *m) {
  if (!m->slots) return;
  for (size_t i = 0; i < m->cap; i++) free(m->slots[i]);
  free(m->slots);
  m->slots = NULL;
  m->cap = m->n = 0;
}

static int same(const kiln_qentry *e, uint64_t hash, uint32_t type_id, const char *key,
                size_t len) {
  return e->hash == hash && e->type_id == type_id && e->key_len == len &&
         memcmp(e->key, key, len) == 0;
}

kiln_qentry *kiln_keymap_find(const kiln_keymap *m, uint64_t hash, uint32_t type_id,
                              const char *key, size_t len) {
  size_t mask = m->cap - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    kiln_qentry *e = m->slots[i];
    if (!e) return NULL;
    if (same(e, hash, type_id, key, len)) return e;
  }
}

static void insert_slot(kiln_qentry **slots, size_t cap, kiln_qentry *e) {
  size_t mask = cap - 1;
  size_t i = e->hash & mask;
  while (slots[i]) i = (i + 1) & mask;
  slots[i] = e;
}

kiln_qentry *kiln_keymap_add(kiln_keymap *m, uint64_t hash, uint32_t type_id,
                             const char *key, size_t len) {
  if ((m->n + 1) * 4 > m->cap * 3) { /* keep load under 3/4 */
    size_t ncap = m->cap * 2;
    kiln_qentry **ns = calloc(ncap, sizeof *ns);
    if (!ns) return NULL;
    for (size_t i = 0; i < m->cap; i++)
      if (m->slots[i]) insert_slot(ns, ncap, m->slots[i]);
    free(m->slots);
    m->slots = ns;
    m->cap = ncap;
  }
  kiln_qentry *e = malloc(sizeof *e + len + 1);
  if (!e) return NULL;
  e->hash = hash;
  e->type_id = type_id;
  e->inflight = 0;
  e->queued = NULL;
  e->key_len = len;
  memcpy(e->key, key, len);
  e->key[len] = '\0';
  insert_slot(m->slots, m->cap, e);
  m->n++;
  return e;
}

void kiln_keymap_del(kiln_keymap *m, kiln_qentry *e) {
  size_t mask = m->cap - 1;
  size_t i = e->hash & mask;
  while (m->slots[i] != e) i = (i + 1) & mask;
  m->slots[i] = NULL;
  /* Backward-shift deletion keeps probe chains intact without tombstones. */
  size_t j = i;
  for (;;) {
    j = (j + 1) & mask;
    kiln_qentry *x = m->slots[j];
    if (!x) break;
    size_t home = x->hash & mask;
    /* x may move to i when its home is not cyclically within (i, j]. */
    if ((j > i && (home <= i || home > j)) || (j < i && (home <= i && home > j))) {
      m->slots[i] = x;
      m->slots[j] = NULL;
      i = j;
    }
  }
  m->n--;
  free(e);
}
