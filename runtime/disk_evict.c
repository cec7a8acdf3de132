/* kiln disk cache: the size cap (least recently accessed entries evicted
 * on the I/O threads), explicit removal (kiln_disk_evict, kiln_disk_clear),
 * healing of artifacts the caller could not load, and per-type stats.
 *
 * Every removal of a file is a job on the key's I/O shard, so it is
 * ordered with that key's writes: a thread runs it alone, after every
 * write queued before it has landed and before any queued after it starts
 * renaming. The index entry goes at once (has() answers 0); the unlink
 * follows on the I/O thread. Files are only ever unlinked, never
 * truncated, so a reader that opened one first still reads it whole, and
 * one that comes later finds no name: a plain absent miss. Removals are
 * not fsynced: an unlink lost to a power cut leaves a valid entry. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "disk_impl.h"
#include "kiln_err.h"

typedef kiln__disk_job job;

static job *new_op(int op, kiln__disk_h128 h) {
  job *j = calloc(1, sizeof *j);
  if (j) {
    j->op = op;
    j->h = h;
  }
  return j;
}

void kiln__disk_free_op(job *j) {
  free(j->hs);
  free(j);
}

/* Appends a removal to its shard's queue. Under d->mu; 0 (j freed) once
 * kiln_disk_free has begun: the file then stays, the index entry is gone
 * for this run. */
static int enqueue_locked(kiln_disk *d, job *j) {
  if (d->closing) {
    kiln__disk_free_op(j);
    return 0;
  }
  kiln__disk_shard *sh = &d->shards[j->h.lo % (uint64_t)d->nthreads];
  j->seq = ++d->next_seq;
  j->next = NULL;
  if (sh->tail) sh->tail->next = j;
  else sh->head = j;
  sh->tail = j;
  d->evict_inflight++; /* until it ran: drain waits for it */
  pthread_cond_signal(&sh->cv);
  return 1;
}

static void enqueue(kiln_disk *d, job *j) {
  pthread_mutex_lock(&d->mu);
  enqueue_locked(d, j);
  pthread_mutex_unlock(&d->mu);
}

static void count_eviction(kiln_disk *d, uint64_t bytes, int cap) {
  ADD(d->n_evictions, 1);
  ADD(d->n_evicted_bytes, bytes);
  if (cap) ADD(d->n_evictions_cap, 1);
}

/* Unlinks h's file if there is one; a name that is not there, or a
 * directory at it, is left alone. */
static void unlink_entry(kiln_disk *d, kiln__disk_h128 h) {
  char sub[3], file[KILN__DISK_FILE_LEN + 1];
  kiln__disk_names(h, sub, file);
  int sfd = d->io.openat(d->io.ctx, d->dirfd, sub, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC, 0);
  if (sfd < 0) return;
  d->io.unlinkat(d->io.ctx, sfd, file, 0);
  d->io.close(d->io.ctx, sfd);
}

typedef struct collect {
  kiln__disk_ix_slot *v;
  size_t n, cap;
  uint32_t tid;          /* KILN__DISK_NO_TYPE: any */
  int shard, nthreads;   /* shard < 0: any */
} collect;

static void collect_one(void *ud, const kiln__disk_ix_slot *e) {
  collect *c = ud;
  if (c->n == c->cap) return; /* sized beforehand; newer ones are skipped */
  if (c->tid != KILN__DISK_NO_TYPE && e->type_id != c->tid) return;
  if (c->shard >= 0 && (int)(e->lo % (uint64_t)c->nthreads) != c->shard) return;
  c->v[c->n++] = *e;
}

/* Snapshot of the entries c selects (c->v malloc'd). -1 without memory. */
static int collect_entries(kiln_disk *d, collect *c) {
  size_t n = kiln__disk_ix_count(&d->ix);
  c->cap = n + n / 8 + 64;
  c->n = 0;
  if (!(c->v = malloc(c->cap * sizeof *c->v))) return -1;
  kiln__disk_ix_each(&d->ix, collect_one, c);
  return 0;
}

void kiln__disk_run_op(kiln_disk *d, job *j) {
  kiln__disk_ix_slot e;
  switch (j->op) {
  case KILN__DISK_OP_UNLINK_IF_ABSENT:
    /* Present again: a write queued before this removal landed since the
     * entry was dropped; its file is the one at the name now. */
    if (!kiln__disk_ix_get(&d->ix, j->h, &e)) unlink_entry(d, j->h);
    break;
  case KILN__DISK_OP_UNLINK:
    /* A write queued before the evict call landed since: it goes too. */
    if (kiln__disk_ix_del(&d->ix, j->h, 0, 1, &e)) count_eviction(d, e.bytes, 0);
    unlink_entry(d, j->h);
    break;
  case KILN__DISK_OP_CLEAR: {
    /* Entries of this shard (and type) indexed now landed from writes
     * queued before the clear call: they go too. */
    collect c = { .tid = KILN__DISK_NO_TYPE, .shard = (int)j->h.lo, .nthreads = d->nthreads };
    int any_type = j->type_len == 0;
    if (!any_type) c.tid = kiln__disk_ix_type_id(&d->ix, j->type, j->type_len);
    if ((any_type || c.tid != KILN__DISK_NO_TYPE) && collect_entries(d, &c) == 0) {
      for (size_t i = 0; i < c.n; i++) {
        kiln__disk_h128 h = { c.v[i].lo, c.v[i].hi };
        if (kiln__disk_ix_del(&d->ix, h, c.v[i].gen, 1, &e)) {
          count_eviction(d, e.bytes, 0);
          unlink_entry(d, h);
        }
      }
    }
    free(c.v);
    for (size_t i = 0; i < j->nh; i++) unlink_entry(d, j->hs[i]);
    break;
  }
  default:
    break;
  }
  kiln__disk_free_op(j);
}

void kiln__disk_heal(kiln_disk *d, kiln__disk_h128 h) {
  job *j = new_op(KILN__DISK_OP_UNLINK_IF_ABSENT, h);
  if (j) enqueue(d, j); /* without memory the file stays: the next write replaces it */
}

/* ------------------------------------------------------------------ cap */

/* Entries that can never fit go first, then the least recently accessed. */
static int lru_cmp(const void *a, const void *b, void *cap) {
  const kiln__disk_ix_slot *x = a, *y = b;
  uint64_t max = *(const uint64_t *)cap;
  int bx = x->bytes > max, by = y->bytes > max;
  if (bx != by) return by - bx;
  if (x->atime_ns != y->atime_ns) return x->atime_ns < y->atime_ns ? -1 : 1;
  return x->gen < y->gen ? -1 : x->gen > y->gen;
}

/* One pass: evicts down to the low-water mark (7/8 of the cap) so a
 * stream of writes pays a pass per ~cap/8 bytes, not per write. */
static void evict_pass(kiln_disk *d) {
  uint64_t max = d->max_bytes, low = max - max / 8;
  uint64_t total = kiln__disk_ix_bytes(&d->ix);
  if (total <= max) return;
  collect c = { .tid = KILN__DISK_NO_TYPE, .shard = -1, .nthreads = d->nthreads };
  if (collect_entries(d, &c) < 0) return; /* no memory: the next write tries again */
  qsort_r(c.v, c.n, sizeof *c.v, lru_cmp, &max);
  for (size_t i = 0; i < c.n && total > low; i++) {
    /* Skipped when pinned by a read, accessed since the snapshot, or
     * rewritten (another generation). */
    if (!kiln__disk_ix_evict_lru(&d->ix, &c.v[i], &total)) continue;
    count_eviction(d, c.v[i].bytes, 1);
    job *j = new_op(KILN__DISK_OP_UNLINK_IF_ABSENT, (kiln__disk_h128){ c.v[i].lo, c.v[i].hi });
    if (j) enqueue(d, j);
  }
  free(c.v);
}

void kiln__disk_evict_maybe(kiln_disk *d, int held) {
  if (!held) {
    if (kiln__disk_ix_bytes(&d->ix) <= d->max_bytes) return;
    pthread_mutex_lock(&d->mu);
    if (d->evict_running) {
      d->evict_again = 1; /* the running pass looks again when done */
      pthread_mutex_unlock(&d->mu);
      return;
    }
    d->evict_running = 1;
    d->evict_inflight++;
    pthread_mutex_unlock(&d->mu);
  }
  for (;;) {
    pthread_mutex_lock(&d->mu);
    d->evict_again = 0;
    pthread_mutex_unlock(&d->mu);
    evict_pass(d);
    pthread_mutex_lock(&d->mu);
    int again = d->evict_again;
    if (!again) {
      d->evict_running = 0;
      d->evict_inflight--;
      pthread_cond_broadcast(&d->idle_cv);
    }
    pthread_mutex_unlock(&d->mu);
    if (!again) return;
  }
}

/* ------------------------------------------------------- evict and clear */

static int check_type(const char *type, size_t type_len, char *msg) {
  if (!type || type_len == 0 || type_len > KILN_DISK_TYPE_MAX)
    return kiln_errf(msg, KILN_INVAL, "kiln disk: artifact type must be 1..%u bytes (got %zu)",
                     KILN_DISK_TYPE_MAX, type ? type_len : 0);
  return KILN_OK;
}

int kiln_disk_evict(kiln_disk *d, const char *type, size_t type_len, const char *key, size_t key_len,
                    char *msg) {
  if (!d) return kiln_errf(msg, KILN_INVAL, "kiln disk: evict on a NULL cache");
  kiln_disk_id id = { .type = type, .type_len = type_len, .key = key, .key_len = key_len };
  int r = kiln__disk_check_id(&id, msg);
  if (r != KILN_OK) return r;
  kiln__disk_h128 h = kiln__disk_hash(type, type_len, key, key_len);
  char desc[300];
  kiln__disk_describe(desc, sizeof desc, type, type_len, key, key_len);
  job *j = new_op(KILN__DISK_OP_UNLINK, h);
  if (!j) return kiln_errf(msg, KILN_NOMEM, "kiln disk: no memory to evict %s", desc);
  kiln__disk_ix_slot e;
  /* One d->mu section: the entry goes, writes of the key in flight are
   * marked (they land unindexed), and the unlink queues behind them. */
  pthread_mutex_lock(&d->mu);
  int had = kiln__disk_ix_del(&d->ix, h, 0, 1, &e);
  int pending = kiln__disk_write_drop(d, h);
  int queued = enqueue_locked(d, j);
  pthread_mutex_unlock(&d->mu);
  if (had) count_eviction(d, e.bytes, 0);
  if (!queued) return kiln_errf(msg, KILN_CLOSED, "kiln disk: evict of %s after kiln_disk_free began", desc);
  if (!had && !pending) return kiln_errf(msg, KILN_NOTFOUND, "kiln disk: no entry or queued write for %s", desc);
  return KILN_OK;
}

int kiln_disk_clear(kiln_disk *d, const char *type, size_t type_len, char *msg) {
  if (!d) return kiln_errf(msg, KILN_INVAL, "kiln disk: clear on a NULL cache");
  if (type) {
    int r = check_type(type, type_len, msg);
    if (r != KILN_OK) return r;
  }
  char tname[96] = "every type";
  if (type) {
    char esc[80];
    snprintf(tname, sizeof tname, "type '%s'", kiln__disk_escape(type, type_len, esc, sizeof esc));
  }
  /* One marker per shard, allocated first: the clear cannot fail halfway. */
  job **mk = calloc((size_t)d->nthreads, sizeof *mk);
  int ok = mk != NULL;
  for (int i = 0; ok && i < d->nthreads; i++) {
    ok = (mk[i] = calloc(1, sizeof(job) + (type ? type_len : 0))) != NULL;
    if (!ok) break;
    mk[i]->op = KILN__DISK_OP_CLEAR;
    mk[i]->h.lo = (uint64_t)i; /* queued on shard i */
    if (type) {
      mk[i]->type = (char *)(mk[i] + 1);
      mk[i]->type_len = (uint32_t)type_len;
      memcpy(mk[i]->type, type, type_len);
    }
  }
  uint32_t tid = type ? kiln__disk_ix_type_id(&d->ix, type, type_len) : KILN__DISK_NO_TYPE;
  uint64_t tyh = type ? XXH3_64bits(type, type_len) : 0;
  kiln__disk_ix_slot *v = NULL;
  size_t n = 0;
  int pending = 0, queued = 1;
  /* One d->mu section: the entries go, writes of the type in flight are
   * marked (they land unindexed, and their files go with the markers
   * queued behind them), and the markers queue. A write that lands is
   * either indexed before this (removed here) or sees its mark. */
  pthread_mutex_lock(&d->mu);
  if (ok && (!type || tid != KILN__DISK_NO_TYPE)) ok = kiln__disk_ix_clear(&d->ix, tid, &v, &n) == KILN_OK;
  size_t nfly = 0;
  for (int i = 0; ok && i < d->nthreads; i++) {
    kiln__disk_shard *sh = &d->shards[i];
    for (job *j = sh->head; j && !pending; j = j->next)
      pending = j->op == KILN__DISK_OP_WRITE &&
                (!type || (j->type_len == type_len && memcmp(j->type, type, type_len) == 0));
    for (int k = 0; k < 2; k++)
      for (int s = 0; s < sh->g[k].taken; s++) nfly += !type || sh->g[k].slots[s].tyh == tyh;
  }
  if (!ok) { /* out of memory before anything changed */
    pthread_mutex_unlock(&d->mu);
    for (int i = 0; mk && i < d->nthreads; i++)
      if (mk[i]) kiln__disk_free_op(mk[i]);
    free(mk);
    free(v);
    return kiln_errf(msg, KILN_NOMEM, "kiln disk: no memory to clear %s", tname);
  }
  /* The hashes each shard's marker unlinks: the entries removed now and
   * the writes in flight. Without memory for the list those files stay,
   * unindexed, until the next scan finds them (the index, and so
   * rt:cached, is right now). */
  kiln__disk_h128 *all = n + nfly ? malloc((n + nfly) * sizeof *all) : NULL;
  size_t na = 0;
  for (size_t i = 0; all && i < n; i++) all[na++] = (kiln__disk_h128){ v[i].lo, v[i].hi };
  for (int i = 0; i < d->nthreads; i++) {
    kiln__disk_shard *sh = &d->shards[i];
    for (int k = 0; k < 2; k++)
      for (int s = 0; s < sh->g[k].taken; s++) {
        kiln__disk_slot *sl = &sh->g[k].slots[s];
        if (type && sl->tyh != tyh) continue;
        sl->dropped = 1;
        pending = 1;
        if (all) all[na++] = sl->h;
      }
  }
  /* Hand each shard's marker its hashes (a shard's are those with
   * lo % nthreads == shard). */
  for (int i = 0; i < d->nthreads; i++) {
    size_t c = 0;
    for (size_t m = 0; m < na; m++) c += (int)(all[m].lo % (uint64_t)d->nthreads) == i;
    if (!c) continue;
    kiln__disk_h128 *hs = malloc(c * sizeof *hs);
    if (!hs) continue; /* those files stay (not indexed); the next scan finds them */
    c = 0;
    for (size_t m = 0; m < na; m++)
      if ((int)(all[m].lo % (uint64_t)d->nthreads) == i) hs[c++] = all[m];
    mk[i]->hs = hs;
    mk[i]->nh = c;
  }
  for (int i = 0; i < d->nthreads; i++) queued &= enqueue_locked(d, mk[i]);
  pthread_mutex_unlock(&d->mu);
  free(all);
  for (size_t i = 0; i < n; i++) count_eviction(d, v[i].bytes, 0);
  free(v);
  free(mk);
  if (!queued) return kiln_errf(msg, KILN_CLOSED, "kiln disk: clear of %s after kiln_disk_free began", tname);
  if (!n && !pending) return kiln_errf(msg, KILN_NOTFOUND, "kiln disk: no entry or queued write of %s", tname);
  return KILN_OK;
}

/* ------------------------------------------------------------ per type */

void kiln_disk_note_absent(kiln_disk *d, const kiln_disk_id *id) {
  if (!d || kiln__disk_check_id(id, NULL) != KILN_OK) return;
  ADD(d->n_miss[KILN_DISK_MISS_ABSENT], 1);
  kiln__disk_ix_count_type(&d->ix, id->type, id->type_len, KILN__DISK_T_MISS);
}

typedef struct oldest {
  uint32_t tid;
  int64_t min_ns;
  int any;
} oldest;

static void oldest_one(void *ud, const kiln__disk_ix_slot *e) {
  oldest *o = ud;
  if (e->type_id != o->tid) return;
  if (!o->any || e->atime_ns < o->min_ns) o->min_ns = e->atime_ns;
  o->any = 1;
}

int kiln_disk_type_stats_get(kiln_disk *d, const char *type, size_t type_len, kiln_disk_type_stats *out) {
  if (!out) return KILN_INVAL;
  memset(out, 0, sizeof *out);
  if (!d || check_type(type, type_len, NULL) != KILN_OK) return KILN_INVAL;
  kiln__disk_type ty;
  uint32_t tid = kiln__disk_ix_type_id(&d->ix, type, type_len);
  if (tid == KILN__DISK_NO_TYPE || !kiln__disk_ix_type_get(&d->ix, tid, &ty)) return KILN_NOTFOUND;
  *out = (kiln_disk_type_stats){ .entries = ty.entries, .bytes = ty.bytes, .hits = ty.hits,
                                 .misses = ty.misses, .stores = ty.stores,
                                 .evictions = ty.evictions, .bytes_stored = ty.bytes_stored };
  oldest o = { .tid = tid };
  if (ty.entries) kiln__disk_ix_each(&d->ix, oldest_one, &o);
  if (o.any) {
    out->oldest_access_s = o.min_ns / 1000000000;
    if (out->oldest_access_s <= 0) out->oldest_access_s = 1; /* 0 means "no entry" */
  }
  return KILN_OK;
}

int kiln_disk_types(kiln_disk *d, kiln_disk_type_fn fn, void *ud) {
  if (!d || !fn) return KILN_INVAL;
  /* Names copied first: fn runs with no lock held. */
  uint32_t n;
  for (;;) {
    pthread_mutex_lock(&d->ix.mu);
    n = d->ix.ntypes;
    pthread_mutex_unlock(&d->ix.mu);
    kiln__disk_type *v = n ? malloc(n * sizeof *v) : NULL;
    if (n && !v) return KILN_NOMEM;
    pthread_mutex_lock(&d->ix.mu);
    int same = d->ix.ntypes == n;
    if (same && n) memcpy(v, d->ix.types, n * sizeof *v);
    pthread_mutex_unlock(&d->ix.mu);
    if (!same) {
      free(v);
      continue; /* a type was added meanwhile */
    }
    for (uint32_t i = 0; i < n; i++) fn(ud, v[i].name, v[i].len);
    free(v);
    return (int)n;
  }
}
