/* kiln disk cache: the in-memory index of durable entries (open
 * addressing by name hash, one mutex; per entry its file bytes, last
 * access and read pins), the per-type counters and byte totals kept under
 * the same mutex, and the id checks and descriptions shared by the
 * cache's files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "disk_impl.h"
#include "kiln_err.h"

int kiln__disk_ix_init(kiln__disk_index *t) {
  memset(t, 0, sizeof *t);
  t->cap = 1024;
  t->s = calloc(t->cap, sizeof *t->s);
  if (!t->s) return KILN_NOMEM;
  if (pthread_mutex_init(&t->mu, NULL) != 0) {
    free(t->s);
    return KILN_THREAD;
  }
  return KILN_OK;
}

static size_t ix_home(const kiln__disk_index *t, uint64_t lo) {
  return (size_t)(lo ^ lo >> 29) & (t->cap - 1);
}

/* Slot holding h, or the empty slot where it would go. Under t->mu. */
static size_t ix_probe(const kiln__disk_index *t, kiln__disk_h128 h) {
  size_t i = ix_home(t, h.lo);
  while (t->s[i].gen && (t->s[i].lo != h.lo || t->s[i].hi != h.hi)) i = (i + 1) & (t->cap - 1);
  return i;
}

static int ix_grow(kiln__disk_index *t) {
  size_t ncap = t->cap * 2;
  kiln__disk_ix_slot *ns = calloc(ncap, sizeof *ns);
  if (!ns) return KILN_NOMEM;
  kiln__disk_ix_slot *old = t->s;
  size_t ocap = t->cap;
  t->s = ns;
  t->cap = ncap;
  for (size_t i = 0; i < ocap; i++) {
    if (!old[i].gen) continue;
    kiln__disk_h128 h = { old[i].lo, old[i].hi };
    t->s[ix_probe(t, h)] = old[i];
  }
  free(old);
  return KILN_OK;
}

static uint64_t type_hash(const char *type, size_t len) {
  return XXH3_64bits(type, len);
}

/* Type id of the name; with create, added when new (KILN__DISK_NO_TYPE
 * beyond KILN__DISK_MAX_TYPES or without memory). Under t->mu. Types are
 * few: a linear scan comparing hashes first. */
static uint32_t ix_type(kiln__disk_index *t, const char *type, size_t len, uint64_t hash, int create) {
  for (uint32_t i = 0; i < t->ntypes; i++)
    if (t->types[i].hash == hash && t->types[i].len == len && memcmp(t->types[i].name, type, len) == 0)
      return i;
  if (!create || len == 0 || len > KILN_DISK_TYPE_MAX || t->ntypes >= KILN__DISK_MAX_TYPES)
    return KILN__DISK_NO_TYPE;
  if (t->ntypes == t->types_cap) {
    uint32_t ncap = t->types_cap ? t->types_cap * 2 : 8;
    kiln__disk_type *nt = realloc(t->types, ncap * sizeof *nt);
    if (!nt) return KILN__DISK_NO_TYPE;
    t->types = nt;
    t->types_cap = ncap;
  }
  kiln__disk_type *ty = &t->types[t->ntypes];
  memset(ty, 0, sizeof *ty);
  ty->hash = hash;
  ty->len = (uint32_t)len;
  memcpy(ty->name, type, len);
  return t->ntypes++;
}

static kiln__disk_type *ix_ty(kiln__disk_index *t, uint32_t id) {
  return id < t->ntypes ? &t->types[id] : NULL;
}

/* Takes slot i's bytes out of the totals. Under t->mu. */
static void ix_forget(kiln__disk_index *t, const kiln__disk_ix_slot *e) {
  kiln__disk_type *ty = ix_ty(t, e->type_id);
  t->bytes -= e->bytes;
  if (ty) {
    ty->entries--;
    ty->bytes -= e->bytes;
  }
}

int kiln__disk_ix_set(kiln__disk_index *t, const kiln__disk_ix_slot *e, const char *type,
                      size_t type_len, int store, uint64_t raw, uint64_t *total) {
  uint64_t th = type_hash(type, type_len); /* outside the lock */
  int r = KILN_OK;
  pthread_mutex_lock(&t->mu);
  if ((t->count + 1) * 2 > t->cap) r = ix_grow(t);
  if (r == KILN_OK) {
    kiln__disk_h128 h = { e->lo, e->hi };
    size_t i = ix_probe(t, h);
    if (!t->s[i].gen) t->count++;
    else ix_forget(t, &t->s[i]);
    if (++t->gen == 0) t->gen = 1;
    t->s[i] = *e;
    t->s[i].gen = t->gen;
    t->s[i].pins = 0; /* readers of the old generation unpin nothing */
    t->s[i].type_id = ix_type(t, type, type_len, th, 1);
    kiln__disk_type *ty = ix_ty(t, t->s[i].type_id);
    t->bytes += e->bytes;
    if (ty) {
      ty->entries++;
      ty->bytes += e->bytes;
      if (store) {
        ty->stores++;
        ty->bytes_stored += raw;
      }
    }
  }
  if (total) *total = t->bytes;
  pthread_mutex_unlock(&t->mu);
  return r;
}

int kiln__disk_ix_get(kiln__disk_index *t, kiln__disk_h128 h, kiln__disk_ix_slot *out) {
  pthread_mutex_lock(&t->mu);
  size_t i = ix_probe(t, h);
  int found = t->s[i].gen != 0;
  if (found) *out = t->s[i];
  pthread_mutex_unlock(&t->mu);
  return found;
}

int kiln__disk_ix_pin(kiln__disk_index *t, kiln__disk_h128 h, kiln__disk_ix_slot *out) {
  pthread_mutex_lock(&t->mu);
  size_t i = ix_probe(t, h);
  int found = t->s[i].gen != 0;
  if (found) {
    t->s[i].pins++;
    *out = t->s[i];
  }
  pthread_mutex_unlock(&t->mu);
  return found;
}

void kiln__disk_ix_unpin(kiln__disk_index *t, kiln__disk_h128 h, uint32_t gen, int hit, int64_t now_ns) {
  pthread_mutex_lock(&t->mu);
  size_t i = ix_probe(t, h);
  if (t->s[i].gen && t->s[i].gen == gen) {
    if (t->s[i].pins) t->s[i].pins--;
    if (hit) t->s[i].atime_ns = now_ns;
  }
  pthread_mutex_unlock(&t->mu);
}

/* Backward-shift deletion keeps probe chains intact. Under t->mu. */
static void ix_remove_at(kiln__disk_index *t, size_t i) {
  size_t j = i, mask = t->cap - 1;
  ix_forget(t, &t->s[i]);
  for (;;) {
    j = (j + 1) & mask;
    if (!t->s[j].gen) break;
    size_t k = ix_home(t, t->s[j].lo);
    if (i <= j ? (i < k && k <= j) : (i < k || k <= j)) continue;
    t->s[i] = t->s[j];
    i = j;
  }
  t->s[i].gen = 0;
  t->count--;
}

int kiln__disk_ix_del(kiln__disk_index *t, kiln__disk_h128 h, uint32_t gen, int evict,
                      kiln__disk_ix_slot *out) {
  pthread_mutex_lock(&t->mu);
  size_t i = ix_probe(t, h);
  int hit = t->s[i].gen && (gen == 0 || t->s[i].gen == gen);
  if (hit) {
    kiln__disk_type *ty = ix_ty(t, t->s[i].type_id);
    if (evict && ty) ty->evictions++;
    if (out) *out = t->s[i];
    ix_remove_at(t, i);
  }
  pthread_mutex_unlock(&t->mu);
  return hit;
}

int kiln__disk_ix_evict_lru(kiln__disk_index *t, const kiln__disk_ix_slot *c, uint64_t *total) {
  kiln__disk_h128 h = { c->lo, c->hi };
  pthread_mutex_lock(&t->mu);
  size_t i = ix_probe(t, h);
  const kiln__disk_ix_slot *e = &t->s[i];
  int hit = e->gen && e->gen == c->gen && e->atime_ns == c->atime_ns && e->pins == 0;
  if (hit) {
    kiln__disk_type *ty = ix_ty(t, e->type_id);
    if (ty) ty->evictions++;
    ix_remove_at(t, i);
  }
  *total = t->bytes;
  pthread_mutex_unlock(&t->mu);
  return hit;
}

size_t kiln__disk_ix_count(kiln__disk_index *t) {
  pthread_mutex_lock(&t->mu);
  size_t n = t->count;
  pthread_mutex_unlock(&t->mu);
  return n;
}

uint64_t kiln__disk_ix_bytes(kiln__disk_index *t) {
  pthread_mutex_lock(&t->mu);
  uint64_t n = t->bytes;
  pthread_mutex_unlock(&t->mu);
  return n;
}

void kiln__disk_ix_count_type(kiln__disk_index *t, const char *type, size_t type_len, int what) {
  uint64_t th = type_hash(type, type_len);
  pthread_mutex_lock(&t->mu);
  kiln__disk_type *ty = ix_ty(t, ix_type(t, type, type_len, th, 1));
  if (ty) {
    if (what == KILN__DISK_T_HIT) ty->hits++;
    else if (what == KILN__DISK_T_MISS) ty->misses++;
    else if (ty->hits) ty->hits--; /* KILN__DISK_T_UNHIT */
  }
  pthread_mutex_unlock(&t->mu);
}

void kiln__disk_ix_count_dropped(kiln__disk_index *t, const char *type, size_t type_len, uint64_t raw) {
  uint64_t th = type_hash(type, type_len);
  pthread_mutex_lock(&t->mu);
  kiln__disk_type *ty = ix_ty(t, ix_type(t, type, type_len, th, 1));
  if (ty) {
    ty->stores++;
    ty->bytes_stored += raw;
    ty->evictions++;
  }
  pthread_mutex_unlock(&t->mu);
}

#define EACH_CHUNK 1024

void kiln__disk_ix_each(kiln__disk_index *t, void (*fn)(void *ud, const kiln__disk_ix_slot *e), void *ud) {
  for (size_t at = 0;; at += EACH_CHUNK) {
    pthread_mutex_lock(&t->mu);
    size_t cap = t->cap, end = at + EACH_CHUNK < cap ? at + EACH_CHUNK : cap;
    for (size_t i = at; i < end; i++)
      if (t->s[i].gen) fn(ud, &t->s[i]);
    pthread_mutex_unlock(&t->mu);
    if (end >= cap) return;
  }
}

uint32_t kiln__disk_ix_type_id(kiln__disk_index *t, const char *type, size_t type_len) {
  uint64_t th = type_hash(type, type_len);
  pthread_mutex_lock(&t->mu);
  uint32_t id = ix_type(t, type, type_len, th, 0);
  pthread_mutex_unlock(&t->mu);
  return id;
}

int kiln__disk_ix_type_get(kiln__disk_index *t, uint32_t id, kiln__disk_type *out) {
  pthread_mutex_lock(&t->mu);
  kiln__disk_type *ty = ix_ty(t, id);
  if (ty) *out = *ty;
  pthread_mutex_unlock(&t->mu);
  return ty != NULL;
}

int kiln__disk_ix_clear(kiln__disk_index *t, uint32_t tid, kiln__disk_ix_slot **out, size_t *n) {
  *out = NULL;
  *n = 0;
  pthread_mutex_lock(&t->mu);
  kiln__disk_ix_slot *v = t->count ? malloc(t->count * sizeof *v) : NULL;
  if (t->count && !v) {
    pthread_mutex_unlock(&t->mu);
    return KILN_NOMEM;
  }
  /* After a removal at i the backward shift may move another entry into
   * i: look at i again. One that wraps past the end moves into a slot not
   * yet visited. */
  for (size_t i = 0; i < t->cap;) {
    kiln__disk_ix_slot *e = &t->s[i];
    if (!e->gen || (tid != KILN__DISK_NO_TYPE && e->type_id != tid)) {
      i++;
      continue;
    }
    kiln__disk_type *ty = ix_ty(t, e->type_id);
    if (ty) ty->evictions++;
    v[(*n)++] = *e;
    ix_remove_at(t, i);
  }
  pthread_mutex_unlock(&t->mu);
  *out = v;
  return KILN_OK;
}

void kiln__disk_ix_destroy(kiln__disk_index *t) {
  pthread_mutex_destroy(&t->mu);
  free(t->s);
  free(t->types);
  t->s = NULL;
  t->types = NULL;
}

/* --------------------------------------------------------------- helpers */

int kiln__disk_check_id(const kiln_disk_id *id, char *msg) {
  if (!id || !id->type || id->type_len == 0 || id->type_len > KILN_DISK_TYPE_MAX)
    return kiln_errf(msg, KILN_INVAL, "kiln disk: artifact type must be 1..%u bytes (got %zu)",
                     KILN_DISK_TYPE_MAX, id && id->type ? id->type_len : 0);
  if (id->key_len > KILN_DISK_KEY_MAX || (id->key_len && !id->key))
    return kiln_errf(msg, KILN_INVAL, "kiln disk: key of type '%.*s' must be 0..%u bytes (got %zu)",
                     (int)id->type_len, id->type, KILN_DISK_KEY_MAX, id->key_len);
  return KILN_OK;
}

const char *kiln__disk_describe(char *buf, size_t cap, const char *type, size_t tl,
                                const char *key, size_t kl) {
  char t[96], k[160];
  kiln__disk_escape(type, tl, t, sizeof t);
  kiln__disk_escape(key, kl, k, sizeof k);
  snprintf(buf, cap, "type '%s', key '%s'", t, k);
  return buf;
}
