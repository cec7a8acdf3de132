/* The disk output: the cache opened for a runtime, artifact writes queued
 * from output, reads of cache hits, and late write failures. */
#include "lkiln_rt.h"

#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>

#include <lauxlib.h>
#include <luajit.h>
#include <lualib.h>
#include <xxhash.h>

#include "mem.h"
#include "scheduler.h"
#include "stats.h"
#include "window.h"

/* ------------------------------------------------------------------ disk */

/* Main thread, at rt:load of the first type with outputs.disk: opens the
 * cache (scans its index, removes crash leftovers, takes its lock). */
static int a_disk_open(struct kiln_rt *rt, char *msg) {
  if (rt->disk) return KILN_OK;
  kiln_disk *d;
  int rc = kiln_disk_new(&rt->disk_cfg, &d, msg);
  if (rc != KILN_OK) return rc;
  pthread_mutex_lock(&rt->lock);
  rt->disk = d;
  pthread_mutex_unlock(&rt->lock);
  return KILN_OK;
}

kiln_disk *kiln__lrt_disk(struct kiln_rt *rt) {
  pthread_mutex_lock(&rt->lock);
  kiln_disk *d = rt->disk;
  pthread_mutex_unlock(&rt->lock);
  return d;
}

/* Fills id for type tid; the name is copied into name (256 bytes). A
 * worker passes the version and script hash of the code it ran (its state
 * may still hold the previous script): an artifact is stored under the
 * identity of the code that made it, never the newest registered one. */
int kiln__ldisk_id(struct kiln_rt *rt, uint32_t tid, const char *key, size_t klen,
                   kiln_disk_id *id, char *name) {
  pthread_mutex_lock(&rt->lock);
  int ok = tid < (uint32_t)rt->ntypes;
  if (ok) {
    snprintf(name, 256, "%s", rt->types[tid].name);
    id->version = rt->types[tid].version;
    id->script_hash = rt->types[tid].script_hash;
  }
  pthread_mutex_unlock(&rt->lock);
  id->type = name;
  id->type_len = strlen(name);
  id->key = key;
  id->key_len = klen;
  return ok;
}

/* The disk tokens of an item whose output writes more than one artifact:
 * shared by its writes, given back when the last one is durable. The
 * worker holds a reference through output (disk_release_item drops it), so
 * an early write landing cannot give them back while output may write more. */
typedef struct disk_tokens {
  _Atomic int refs;
  uint64_t tokens;
  struct kiln_rt *rt;
} disk_tokens;

/* The worker thread's current item and its shared tokens. */
static _Thread_local void *tl_tok_item;
static _Thread_local disk_tokens *tl_tok;

static void tokens_unref(disk_tokens *t) {
  if (!t || atomic_fetch_sub_explicit(&t->refs, 1, memory_order_acq_rel) != 1) return;
  kiln_sched_release(t->rt->sched, KILN_POOL_DISK, t->tokens);
  free(t);
}

typedef struct disk_job {
  struct kiln_rt *rt;
  uint64_t t0;               /* trace: submitted at */
  disk_tokens *tokens;       /* NULL: a write that holds none (rt:store) */
  uint64_t session;
  uint32_t version;          /* the identity written, for the shared tier's upload */
  uint64_t hash;
  size_t key_len;
  char type[256];
  char key[];
} disk_job;

/* I/O thread: the write is durable (or failed for good). The disk token
 * comes back only now; a failure fails the item after the fact. */
static void disk_done(void *ud, int status, const char *msg) {
  disk_job *j = ud;
  struct kiln_rt *rt = j->rt;
  if (kiln_trace_on(rt->trace)) {
    kiln_trace_args a = { j->type, j->key, j->key_len, j->session };
    kiln_trace_span(rt->trace, rt->track_disk, status == KILN_OK ? "disk write" : "disk write failed",
                    "disk", j->t0, kiln_trace_clock_ns(), &a);
  }
  if (status != KILN_OK) {
    char m[KILN_ERRMSG_MAX];
    snprintf(m, sizeof m, "disk write failed: %s", msg ? msg : kiln_strerror(status));
    /* The item itself already ended (completed): a late failure is counted
     * in stats().disk.write_failures and reported, not counted twice. */
    kiln__lrecord_error(rt, j->type, j->key, j->key_len, j->session, KILN_STAGE_DISK, m, "");
    late_err *le = calloc(1, sizeof *le);
    if (le) {
      le->e.kind = KILN_PL_ERROR;
      le->e.stage = KILN_STAGE_DISK;
      le->e.session = j->session;
      le->e.type = dups(j->type);
      le->e.key = dupn(j->key, j->key_len);
      le->e.key_len = j->key_len;
      le->e.message = dups(m);
      le->e.traceback = dups("");
      pthread_mutex_lock(&rt->lock);
      if (rt->late_tail) ((late_err *)rt->late_tail)->next = le;
      else rt->late_head = &le->e;
      rt->late_tail = &le->e;
      pthread_mutex_unlock(&rt->lock);
    }
  }
  else if (rt->remote) {
    /* Durable here first: only now may the team see it (readwrite). */
    kiln_disk_id id = { j->type, strlen(j->type), j->key, j->key_len, j->version, j->hash };
    kiln__lremote_stored(rt, &id);
  }
  tokens_unref(j->tokens);
  free(j);
}

/* Main thread: the next disk failure to hand to on_error, or NULL. */
static kiln_errpl *a_late_error(struct kiln_rt *rt) {
  pthread_mutex_lock(&rt->lock);
  kiln_errpl *e = rt->late_head;
  if (e) {
    rt->late_head = (kiln_errpl *)((late_err *)e)->next;
    if (!rt->late_head) rt->late_tail = NULL;
  }
  pthread_mutex_unlock(&rt->lock);
  return e;
}

/* Worker, at the end of output: its own reference on the item's shared
 * tokens goes (the writes still queued hold theirs). Also called with no
 * write made: then it only forgets the item. */
static void a_disk_release_item(struct kiln_rt *rt, void *item) {
  (void)rt;
  if (tl_tok_item != item) return;
  disk_tokens *t = tl_tok;
  tl_tok_item = NULL;
  tl_tok = NULL;
  tokens_unref(t);
}

/* The tokens a write by item shares (a new reference), or NULL when it
 * holds none. *err on out of memory. */
static disk_tokens *item_tokens_ref(struct kiln_rt *rt, void *item, int *err) {
  *err = 0;
  if (!item) return NULL;
  if (tl_tok_item != item) {
    if (tl_tok_item) a_disk_release_item(rt, tl_tok_item); /* an item that never ended output */
    disk_tokens *t = calloc(1, sizeof *t);
    if (!t) { *err = 1; return NULL; }
    t->rt = rt;
    t->tokens = kiln_item_take_tokens(item, KILN_POOL_DISK);
    atomic_init(&t->refs, 1); /* the worker's, until output ends */
    tl_tok_item = item;
    tl_tok = t;
  }
  atomic_fetch_add_explicit(&tl_tok->refs, 1, memory_order_relaxed);
  return tl_tok;
}

/* Queues the artifact write of (type tid, key) under the identity
 * (version, hash): from a worker's output (item: the item writing, whose
 * disk tokens its writes share) or from the render thread (item NULL:
 * rt:store, which holds no tokens). data is taken over when moved (a
 * kiln.buffer's memory), else copied. */
static int a_disk_write(struct kiln_rt *rt, void *item, uint32_t tid, const char *key,
                        size_t klen, uint32_t version, uint64_t hash, int kind, void *data,
                        size_t len, int moved, const void *meta, size_t meta_len, char *msg) {
  kiln_disk *d = kiln__lrt_disk(rt);
  const char *who = item ? "ctx:write_disk" : "rt:store";
  disk_job *j = d ? calloc(1, sizeof *j + klen + 1) : NULL;
  if (!d || !j) {
    if (moved) kiln_mem_free(data);
    free(j);
    return kiln_errf(msg, d ? KILN_NOMEM : KILN_INVAL,
                     d ? "%s: out of memory" : "%s: no cache is open", who);
  }
  kiln_disk_id id;
  if (!kiln__ldisk_id(rt, tid, key, klen, &id, j->type)) {
    if (moved) kiln_mem_free(data);
    free(j);
    return kiln_errf(msg, KILN_INVAL, "%s: no type #%u", who, (unsigned)tid);
  }
  id.version = version;
  id.script_hash = hash;
  void *payload = moved ? data : NULL; /* a borrowed string is never handed on */
  if (!moved && len) {
    payload = kiln_mem_alloc(len);
    if (!payload) { free(j); return kiln_errf(msg, KILN_NOMEM, "%s: out of memory", who); }
    memcpy(payload, data, len);
  }
  int terr;
  j->rt = rt;
  j->t0 = kiln_trace_now(rt->trace);
  j->session = item ? kiln_item_session(item) : kiln_sched_session(rt->sched);
  j->key_len = klen;
  memcpy(j->key, key, klen);
  j->version = version;
  j->hash = hash;
  j->tokens = item_tokens_ref(rt, item, &terr);
  if (terr) {
    kiln_mem_free(payload);
    free(j);
    return kiln_errf(msg, KILN_NOMEM, "%s: out of memory", who);
  }
  int rc = kiln_disk_write(d, &id, (uint8_t)kind, payload, len, kiln_mem_free, meta, meta_len,
                           disk_done, j, msg);
  if (rc != KILN_OK) {
    kiln_mem_free(payload);
    tokens_unref(j->tokens);
    free(j);
  }
  return rc;
}

static int a_disk_has(struct kiln_rt *rt, uint32_t tid, const char *key, size_t klen) {
  kiln_disk *d = kiln__lrt_disk(rt);
  if (!d) return 0;
  kiln_disk_id id;
  char name[256];
  if (!kiln__ldisk_id(rt, tid, key, klen, &id, name)) return 0;
  return kiln_disk_has(d, &id);
}

/* item's identity as the code that ran it sees it (name: 256 bytes). */
static void item_disk_id(struct kiln_rt *rt, void *item, uint32_t version, uint64_t hash,
                         kiln_disk_id *id, char *name) {
  size_t klen;
  const char *key = kiln_item_key(item, &klen);
  kiln__ldisk_id(rt, kiln_item_type(item), key, klen, id, name);
  id->version = version;
  id->script_hash = hash;
}

static int a_disk_read(struct kiln_rt *rt, void *item, uint32_t version, uint64_t hash,
                       kiln_blob *out, char *msg) {
  kiln_disk *d = kiln__lrt_disk(rt);
  memset(out, 0, sizeof *out);
  if (!d) return kiln_errf(msg, KILN_NOTFOUND, "no cache is open");
  kiln_disk_id id;
  char name[256];
  item_disk_id(rt, item, version, hash, &id, name);
  /* Buffer memory: the worker's kiln.buffer takes the bytes as they are. */
  return kiln_disk_read_into(d, &id, (kiln_disk_blob *)out, msg, kiln_mem_alloc, kiln_mem_free);
}

/* Worker: a hit whose bytes could not be used (meta that does not decode)
 * is a miss after all; the entry leaves the index so the item's write
 * replaces it. */
static void a_disk_miss(struct kiln_rt *rt, void *item, uint32_t version, uint64_t hash,
                        int reason) {
  kiln_disk *d = kiln__lrt_disk(rt);
  if (!d) return;
  kiln_disk_id id;
  char name[256];
  item_disk_id(rt, item, version, hash, &id, name);
  kiln_disk_note_miss(d, &id, reason);
}

/* kiln_blob (the FFI's view) is kiln_disk_blob. */
_Static_assert(sizeof(kiln_blob) == sizeof(kiln_disk_blob) &&
                   offsetof(kiln_blob, release_) == offsetof(kiln_disk_blob, release_),
               "kiln_blob must match kiln_disk_blob");

static void a_disk_blob_free(kiln_blob *b) { kiln_disk_blob_free((kiln_disk_blob *)b); }

static int a_disk_drain(struct kiln_rt *rt, double timeout_s, char *msg) {
  kiln_disk *d = kiln__lrt_disk(rt);
  return d ? kiln_disk_drain(d, timeout_s, msg) : KILN_OK;
}

static void a_count_hit(struct kiln_rt *rt) {
  pthread_mutex_lock(&rt->lock);
  rt->cache_hits++;
  pthread_mutex_unlock(&rt->lock);
}

/* Main thread: count a lookup that found nothing (an enqueue that will
 * compute the key). rt:cached counts nothing. */
static void a_disk_note_absent(struct kiln_rt *rt, uint32_t tid, const char *key, size_t klen) {
  kiln_disk *d = kiln__lrt_disk(rt);
  kiln_disk_id id;
  char name[256];
  if (d && kiln__ldisk_id(rt, tid, key, klen, &id, name)) kiln_disk_note_absent(d, &id);
}

/* Main thread: rt:evict. The unlink runs on the I/O side. */
static int a_disk_evict(struct kiln_rt *rt, uint32_t tid, const char *key, size_t klen,
                        char *msg) {
  kiln_disk *d = kiln__lrt_disk(rt);
  kiln_disk_id id;
  char name[256];
  if (!d) return KILN_NOTFOUND;
  if (!kiln__ldisk_id(rt, tid, key, klen, &id, name)) return kiln_errf(msg, KILN_INVAL, "no type #%u", tid);
  return kiln_disk_evict(d, id.type, id.type_len, key, klen, msg);
}

/* Main thread: rt:clear (tid < 0: every type). */
static int a_disk_clear(struct kiln_rt *rt, int tid, char *msg) {
  kiln_disk *d = kiln__lrt_disk(rt);
  if (!d) return KILN_OK;
  if (tid < 0) return kiln_disk_clear(d, NULL, 0, msg);
  kiln_disk_id id;
  char name[256];
  if (!kiln__ldisk_id(rt, (uint32_t)tid, "", 0, &id, name)) return kiln_errf(msg, KILN_INVAL, "no type #%d", tid);
  return kiln_disk_clear(d, id.type, id.type_len, msg);
}

/* Any thread: the cache's counters for type tid (after close: as close
 * left them). 0 when the cache holds nothing of it. */
static int a_disk_type_stats(struct kiln_rt *rt, uint32_t tid, kiln_dtstats *o) {
  memset(o, 0, sizeof *o);
  kiln_disk *d = kiln__lrt_disk(rt);
  kiln_disk_type_stats st;
  memset(&st, 0, sizeof st);
  pthread_mutex_lock(&rt->lock);
  int ok = tid < (uint32_t)rt->ntypes;
  char name[256] = "";
  if (ok) {
    snprintf(name, sizeof name, "%s", rt->types[tid].name);
    if (!d) st = rt->types[tid].dfinal;
  }
  pthread_mutex_unlock(&rt->lock);
  if (!ok) return 0;
  if (d) kiln_disk_type_stats_get(d, name, strlen(name), &st);
  o->entries = st.entries;
  o->bytes = st.bytes;
  o->hits = st.hits;
  o->misses = st.misses;
  o->stores = st.stores;
  o->evictions = st.evictions;
  o->bytes_stored = st.bytes_stored;
  o->oldest_access_s = st.oldest_access_s;
  return 1;
}

static void a_disk_stats(struct kiln_rt *rt, kiln_diskstats *o) {
  memset(o, 0, sizeof *o);
  kiln_disk *d = kiln__lrt_disk(rt);
  pthread_mutex_lock(&rt->lock);
  o->cache_hits = rt->cache_hits;
  pthread_mutex_unlock(&rt->lock);
  kiln_disk_stats st;
  if (d) kiln_disk_stats_get(d, &st);
  else if (rt->disk_final_valid) st = rt->disk_final;
  else return;
  o->open = 1;
  o->writes_done = st.writes_done;
  o->write_failures = st.write_failures;
  o->writes_timedout = st.writes_timedout;
  o->writes_canceled = st.writes_canceled;
  o->raw_bytes = st.raw_bytes;
  o->stored_bytes = st.stored_bytes;
  o->retries = st.retries;
  o->pending_jobs = st.pending_jobs;
  o->pending_bytes = st.pending_bytes;
  o->read_hits = st.read_hits;
  for (int i = 0; i < KILN_DISK_MISS__COUNT; i++) o->read_misses[i] = st.read_misses[i];
  o->index_entries = st.index_entries;
  o->scan_entries = st.scan_entries;
  o->scan_skipped = st.scan_skipped;
  o->temps_removed = st.temps_removed;
  o->full_skips = st.full_skips;
  o->disk_full = (uint64_t)st.disk_full;
  o->evictions = st.evictions;
  o->evicted_bytes = st.evicted_bytes;
  o->total_bytes = st.total_bytes;
  o->max_bytes = st.max_bytes;
}


void kiln__ldisk_api(kiln_api *a) {
  a->disk_miss = a_disk_miss;
  a->disk_open = a_disk_open;
  a->disk_write = a_disk_write;
  a->disk_has = a_disk_has;
  a->disk_read = a_disk_read;
  a->disk_blob_free = a_disk_blob_free;
  a->disk_drain = a_disk_drain;
  a->disk_stats = a_disk_stats;
  a->late_error = a_late_error;
  a->count_hit = a_count_hit;
  a->disk_release_item = a_disk_release_item;
  a->disk_note_absent = a_disk_note_absent;
  a->disk_evict = a_disk_evict;
  a->disk_clear = a_disk_clear;
  a->disk_type_stats = a_disk_type_stats;
}
