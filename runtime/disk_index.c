/* kiln disk cache: the in-memory index of durable entries (open
 * addressing by name hash, one mutex) and the id checks and descriptions
 * shared by the cache's files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "disk_impl.h"
#include "kiln_err.h"

int kiln__disk_ix_init(kiln__disk_index *t) {
  t->cap = 1024;
  t->count = 0;
  t->gen = 0;
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

int kiln__disk_ix_set(kiln__disk_index *t, kiln__disk_h128 h, uint32_t version,
                      uint64_t script_hash) {
  int r = KILN_OK;
  pthread_mutex_lock(&t->mu);
  if ((t->count + 1) * 2 > t->cap) r = ix_grow(t);
  if (r == KILN_OK) {
    size_t i = ix_probe(t, h);
    if (!t->s[i].gen) t->count++;
    if (++t->gen == 0) t->gen = 1;
    t->s[i] = (kiln__disk_ix_slot){ h.lo, h.hi, script_hash, version, t->gen };
  }
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

/* Backward-shift deletion keeps probe chains intact. */
void kiln__disk_ix_del(kiln__disk_index *t, kiln__disk_h128 h, uint32_t gen) {
  pthread_mutex_lock(&t->mu);
  size_t i = ix_probe(t, h), mask = t->cap - 1;
  if (t->s[i].gen && t->s[i].gen == gen) {
    size_t j = i;
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
  pthread_mutex_unlock(&t->mu);
}

size_t kiln__disk_ix_count(kiln__disk_index *t) {
  pthread_mutex_lock(&t->mu);
  size_t n = t->count;
  pthread_mutex_unlock(&t->mu);
  return n;
}
void kiln__disk_ix_destroy(kiln__disk_index *t) {
  pthread_mutex_destroy(&t->mu);
  free(t->s);
  t->s = NULL;
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
