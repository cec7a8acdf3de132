/* Priority FIFO levels and the (type, key) owner map. See queue.h. */
#include "queue.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "kiln_err.h"

/* ------------------------------------------------------------ levels */

void kiln_pq_init(kiln_pq *q) { memset(q, 0, sizeof *q); }

void kiln_pq_free(kiln_pq *q) { free(q->lv); kiln_pq_init(q); }

/* Index of the level with priority p, or where it would be inserted. */
static int find_level(const kiln_pq *q, int p, int *found) {
  int lo = 0, hi = q->nlv;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (q->lv[mid].priority > p) lo = mid + 1;
    else hi = mid;
  }
  *found = lo < q->nlv && q->lv[lo].priority == p;
  return lo;
}

int kiln_pq_reserve(kiln_pq *q, int nlevels) {
  if (nlevels <= q->caplv) return KILN_OK;
  int ncap = q->caplv ? q->caplv : 8;
  while (ncap < nlevels) ncap *= 2;
  kiln_pq_level *nl = realloc(q->lv, (size_t)ncap * sizeof *nl);
  if (!nl) return KILN_NOMEM;
  q->lv = nl;
  q->caplv = ncap;
  return KILN_OK;
}

/* The level for it's priority, created if needed; NULL: out of memory. */
static kiln_pq_level *level_for(kiln_pq *q, const struct kiln_item *it) {
  int found;
  int i = find_level(q, it->priority, &found);
  if (!found) {
    if (q->nlv == q->caplv && kiln_pq_reserve(q, q->nlv + 1)) return NULL;
    memmove(&q->lv[i + 1], &q->lv[i], (size_t)(q->nlv - i) * sizeof *q->lv);
    q->nlv++;
    q->lv[i].priority = it->priority;
    q->lv[i].head = q->lv[i].tail = NULL;
  }
  return &q->lv[i];
}

int kiln_pq_push(kiln_pq *q, struct kiln_item *it) {
  kiln_pq_level *l = level_for(q, it);
  if (!l) return KILN_NOMEM;
  it->qnext = NULL;
  it->qprev = l->tail;
  if (l->tail) l->tail->qnext = it;
  else l->head = it;
  l->tail = it;
  q->n++;
  return KILN_OK;
}

int kiln_pq_push_front(kiln_pq *q, struct kiln_item *it) {
  kiln_pq_level *l = level_for(q, it);
  if (!l) return KILN_NOMEM;
  it->qprev = NULL;
  it->qnext = l->head;
  if (l->head) l->head->qprev = it;
  else l->tail = it;
  l->head = it;
  q->n++;
  return KILN_OK;
}

struct kiln_item *kiln_pq_peek(const kiln_pq *q) { return q->nlv ? q->lv[0].head : NULL; }

void kiln_pq_remove(kiln_pq *q, struct kiln_item *it) {
  int found;
  int i = find_level(q, it->priority, &found);
  kiln_pq_level *l = &q->lv[i];
  if (it->qprev) it->qprev->qnext = it->qnext;
  else l->head = it->qnext;
  if (it->qnext) it->qnext->qprev = it->qprev;
  else l->tail = it->qprev;
  it->qnext = it->qprev = NULL;
  q->n--;
  if (!l->head) { /* drop the empty level: pop never skips levels */
    memmove(&q->lv[i], &q->lv[i + 1], (size_t)(q->nlv - i - 1) * sizeof *q->lv);
    q->nlv--;
  }
}

struct kiln_item *kiln_pq_pop(kiln_pq *q) {
  struct kiln_item *it = kiln_pq_peek(q);
  if (it) kiln_pq_remove(q, it);
  return it;
}

/* ------------------------------------------------------------ keymap */

uint64_t kiln_keymap_hash(uint32_t type_id, const char *key, size_t len) {
  uint64_t h = XXH3_64bits_withSeed(key, len, (uint64_t)type_id * 0x9E3779B97F4A7C15ull + 1);
  return h ? h : 1; /* 0 never names a key: cheap empty-slot tests stay possible */
}

int kiln_keymap_init(kiln_keymap *m) {
  m->cap = 64;
  m->n = 0;
  m->slots = calloc(m->cap, sizeof *m->slots);
  return m->slots ? KILN_OK : KILN_NOMEM;
}

void kiln_keymap_free(kiln_keymap *m) {
  free(m->slots);
  m->slots = NULL;
  m->cap = m->n = 0;
}

static int same(const struct kiln_item *it, uint32_t type_id, const char *key, size_t len) {
  return it->type_id == type_id && it->key_len == len && memcmp(it->key, key, len) == 0;
}

static size_t slot_of(const kiln_keymap *m, const struct kiln_item *it) {
  size_t mask = m->cap - 1;
  size_t i = it->hash & mask;
  while (m->slots[i].item != it) i = (i + 1) & mask;
  return i;
}

struct kiln_item *kiln_keymap_lookup(const kiln_keymap *m, uint64_t hash, uint32_t type_id,
                                     const char *key, size_t len, size_t *hint) {
  size_t mask = m->cap - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const kiln_keyslot *s = &m->slots[i];
    if (!s->item) {
      if (hint) *hint = i;
      return NULL;
    }
    if (s->hash == hash && same(s->item, type_id, key, len)) return s->item;
  }
}


static void insert_slot(kiln_keyslot *slots, size_t cap, uint64_t hash, struct kiln_item *it) {
  size_t mask = cap - 1;
  size_t i = hash & mask;
  while (slots[i].item) i = (i + 1) & mask;
  slots[i].hash = hash;
  slots[i].item = it;
}

int kiln_keymap_add(kiln_keymap *m, struct kiln_item *it) {
  if ((m->n + 1) * 4 > m->cap * 3) { /* keep the load under 3/4 */
    size_t ncap = m->cap * 2;
    kiln_keyslot *ns = calloc(ncap, sizeof *ns);
    if (!ns) return KILN_NOMEM;
    for (size_t i = 0; i < m->cap; i++)
      if (m->slots[i].item) insert_slot(ns, ncap, m->slots[i].hash, m->slots[i].item);
    free(m->slots);
    m->slots = ns;
    m->cap = ncap;
  }
  insert_slot(m->slots, m->cap, it->hash, it);
  m->n++;
  return KILN_OK;
}

int kiln_keymap_add_at(kiln_keymap *m, struct kiln_item *it, size_t hint) {
  if ((m->n + 1) * 4 > m->cap * 3 || hint >= m->cap || m->slots[hint].item)
    return kiln_keymap_add(m, it); /* growing rehashes: the hint is void */
  m->slots[hint].hash = it->hash;
  m->slots[hint].item = it;
  m->n++;
  return KILN_OK;
}

void kiln_keymap_replace(kiln_keymap *m, struct kiln_item *cur, struct kiln_item *next) {
  m->slots[slot_of(m, cur)].item = next;
}

void kiln_keymap_del(kiln_keymap *m, struct kiln_item *it) {
  size_t mask = m->cap - 1;
  size_t i = slot_of(m, it);
  m->slots[i].item = NULL;
  /* Backward-shift deletion keeps probe chains whole without tombstones. */
  size_t j = i;
  for (;;) {
    j = (j + 1) & mask;
    kiln_keyslot *x = &m->slots[j];
    if (!x->item) break;
    size_t home = x->hash & mask;
    /* x may move to i unless its home lies cyclically in (i, j]. */
    int between = i <= j ? (home > i && home <= j) : (home > i || home <= j);
    if (!between) {
      m->slots[i] = *x;
      x->item = NULL;
      i = j;
    }
  }
  m->n--;
}
