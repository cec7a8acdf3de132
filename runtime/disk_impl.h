/* kiln disk cache: the state shared by the cache's own files (internal to
 * the disk module): disk.c (I/O threads: the write path), disk_life.c
 * (lifecycle, write queue, drain), disk_read.c (lookups, reads, stats),
 * disk_index.c (in-memory index, per-type counters), disk_scan.c
 * (start-up scan), disk_evict.c (size cap, evict, clear, per-type stats).
 * Locks and what they guard: see disk.c. */
#ifndef KILN_DISK_IMPL_H
#define KILN_DISK_IMPL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>
#include <xxhash.h>

#include "disk.h"
#include "disk_format.h"
#include "kiln_err.h"

/* ---------------------------------------------------------------- index */

typedef struct kiln__disk_ix_slot {
  uint64_t lo, hi, script_hash;
  uint64_t bytes;        /* file bytes (header included) */
  int64_t atime_ns;      /* last access, unix ns: scan, write, hit */
  uint32_t version, gen; /* gen 0: empty */
  uint32_t type_id;      /* into kiln__disk_index.types; KILN__DISK_NO_TYPE: untracked */
  uint32_t pins;         /* reads in progress: the cap never evicts a pinned entry */
} kiln__disk_ix_slot;

#define KILN__DISK_NO_TYPE UINT32_MAX
#define KILN__DISK_MAX_TYPES 4096 /* per-type counters beyond this are not kept */

/* Counters of one type (what kiln_disk_type_stats reports but oldest). */
typedef struct kiln__disk_type {
  uint64_t hash;         /* of the name, to compare fast */
  uint32_t len;
  char name[KILN_DISK_TYPE_MAX];
  uint64_t entries, bytes, hits, misses, stores, evictions, bytes_stored;
} kiln__disk_type;

/* Open-addressing table of the durable entries, by name hash, with the
 * per-type counters and the total file bytes; all under mu. */
typedef struct kiln__disk_index {
  pthread_mutex_t mu;
  kiln__disk_ix_slot *s;
  size_t cap, count;
  uint32_t gen;
  uint64_t bytes;        /* sum of the entries' bytes */
  kiln__disk_type *types;
  uint32_t ntypes, types_cap;
} kiln__disk_index;

/* Per-type counter bumped by kiln__disk_ix_count_type. */
enum { KILN__DISK_T_HIT, KILN__DISK_T_UNHIT, KILN__DISK_T_MISS };

int kiln__disk_ix_init(kiln__disk_index *t);
void kiln__disk_ix_destroy(kiln__disk_index *t);
/* Inserts or replaces e's entry (lo, hi, version, script_hash, bytes,
 * atime_ns taken from e) of type (type, type_len) with a new generation;
 * with store, counts a durable write of raw bytes for the type. *total (may
 * be NULL) gets the index's bytes after. KILN_OK or KILN_NOMEM. */
int kiln__disk_ix_set(kiln__disk_index *t, const kiln__disk_ix_slot *e, const char *type,
                      size_t type_len, int store, uint64_t raw, uint64_t *total);
/* 1 and the entry if present. */
int kiln__disk_ix_get(kiln__disk_index *t, kiln__disk_h128 h, kiln__disk_ix_slot *out);
/* As get, and pins the entry (a read in progress). */
int kiln__disk_ix_pin(kiln__disk_index *t, kiln__disk_h128 h, kiln__disk_ix_slot *out);
/* Unpins h if it is still generation gen; with hit, sets its access time
 * to now_ns and counts a hit for its type. */
void kiln__disk_ix_unpin(kiln__disk_index *t, kiln__disk_h128 h, uint32_t gen, int hit, int64_t now_ns);
/* Removes h if its entry is generation gen (gen 0: any). With evict, counts
 * an eviction for its type. 1 (and the removed entry in *out, may be NULL)
 * if removed. */
int kiln__disk_ix_del(kiln__disk_index *t, kiln__disk_h128 h, uint32_t gen, int evict,
                      kiln__disk_ix_slot *out);
/* The cap's removal: removes c's entry (counted as an eviction) only if it
 * is still c's generation, unpinned and not accessed since (same atime).
 * 1 if removed; *total gets the index's bytes after. */
int kiln__disk_ix_evict_lru(kiln__disk_index *t, const kiln__disk_ix_slot *c, uint64_t *total);
size_t kiln__disk_ix_count(kiln__disk_index *t);
uint64_t kiln__disk_ix_bytes(kiln__disk_index *t);
/* A write of type that landed after an evict or clear dropped it: counted
 * as stored and evicted (raw payload bytes), as if indexed and removed. */
void kiln__disk_ix_count_dropped(kiln__disk_index *t, const char *type, size_t type_len, uint64_t raw);
/* Bumps a per-type counter (KILN__DISK_T_*), creating the type. */
void kiln__disk_ix_count_type(kiln__disk_index *t, const char *type, size_t type_len, int what);
/* Calls fn for every entry, the lock taken per chunk of slots and released
 * between chunks (fn runs under it: a few instructions, no locking, no
 * I/O). Entries moved by concurrent changes may be seen twice or missed:
 * callers re-check what they act on. */
void kiln__disk_ix_each(kiln__disk_index *t, void (*fn)(void *ud, const kiln__disk_ix_slot *e), void *ud);
/* Type id of the name, or KILN__DISK_NO_TYPE if never seen. */
uint32_t kiln__disk_ix_type_id(kiln__disk_index *t, const char *type, size_t type_len);
/* kiln_disk_clear: removes every entry of type tid (KILN__DISK_NO_TYPE:
 * all), counted as evictions, in one pass under the lock (so has() answers
 * 0 for all of them at once); *out (malloc'd, *n) gets them. KILN_OK or
 * KILN_NOMEM (nothing removed). */
int kiln__disk_ix_clear(kiln__disk_index *t, uint32_t tid, kiln__disk_ix_slot **out, size_t *n);
/* Copy of type id's counters. 1 if it exists. */
int kiln__disk_ix_type_get(kiln__disk_index *t, uint32_t id, kiln__disk_type *out);

/* ------------------------------------------------------------- the cache */

/* What a queued job does. Removals run on the key's I/O thread, in queue
 * order with that key's writes, alone (never inside a write group). */
enum {
  KILN__DISK_OP_WRITE = 0,
  KILN__DISK_OP_UNLINK_IF_ABSENT, /* cap / heal: unlink h unless a write queued before landed */
  KILN__DISK_OP_UNLINK,           /* evict: drop h's entry (landed since) and unlink */
  KILN__DISK_OP_CLEAR             /* clear: hs, then the shard's entries of type (all: no type) */
};

typedef struct kiln__disk_job {
  struct kiln__disk_job *next;
  uint64_t seq;
  kiln__disk_h128 h;
  uint32_t version;
  uint64_t script_hash;
  uint8_t kind;
  void *payload;
  size_t len;            /* raw payload bytes (stats, index) */
  size_t file_len;       /* a prebuilt file (kiln_disk_write_file): payload is the whole
                            file, checked, written as it is; 0: encode payload */
  void (*payload_free)(void *);
  kiln_disk_done_fn done;
  void *ud;
  uint32_t type_len, key_len, meta_len;
  char *type, *key; /* into the same allocation, after the struct */
  uint8_t *meta;
  int op;                /* KILN__DISK_OP_*: a write, or a removal (disk_evict.c) */
  kiln__disk_h128 *hs;   /* OP_CLEAR: entries dropped from the index by the call */
  size_t nh;
} kiln__disk_job;

enum { KILN__S_WRITTEN, KILN__S_SYNCED, KILN__S_RETRY, KILN__S_DONE, KILN__S_FAILED };

/* One job of a group, private to its I/O thread. */
typedef struct kiln__disk_slot {
  kiln__disk_job *j;
  kiln__disk_h128 h; /* j->h, readable under d->mu while j may be freed */
  uint64_t tyh;      /* XXH3 of j's type, likewise (a clear by type asks) */
  int dropped;       /* d->mu: evicted or cleared while in flight: it lands, unindexed,
                        and the removal queued behind it unlinks the file */
  int state;
  int fd;          /* open temp file while S_WRITTEN or S_SYNCED */
  int sub;         /* subdirectory index 0..KILN__DISK_NSUB-1 */
  int attempts;
  int err;         /* errno of the last failure */
  const char *op;  /* step of the last failure */
  int status;      /* final kiln code */
  int probe;       /* admitted while the disk was full: its temp file landing clears it */
  int full_skip;   /* failed without touching the disk: it was full */
  size_t file_len;
  char tmp[64];
} kiln__disk_slot;

/* Jobs taken from the queue together, with the subdirectories they use. */
typedef struct kiln__disk_group {
  kiln__disk_slot *slots;
  int n;
  int taken;             /* d->mu: slots taken from the queue, not yet done (0: idle) */
  int subfd[KILN__DISK_NSUB];
} kiln__disk_group;

typedef struct kiln__disk_shard {
  struct kiln_disk *d;
  int idx;
  pthread_t thr;
  int started;
  pthread_cond_t cv;     /* queue not empty, closing, abandon (with d->mu) */
  kiln__disk_job *head, *tail; /* d->mu */
  uint64_t busy_min;     /* d->mu: first seq of the oldest group in progress, or UINT64_MAX */
  /* Thread-private. */
  uint8_t *buf;
  size_t cap;
  XXH3_state_t *xs;
  uint64_t tmp_counter;
  kiln__disk_group g[2]; /* one being written while the other is finished */
  char msg[KILN_ERRMSG_MAX];
} kiln__disk_shard;

#define KILN__DISK_RETIRE_MAX 64

struct kiln_disk {
  kiln_disk_io io;
  char *dir;
  int dirfd, lockfd;
  int durability, nthreads, retry_max, batch_max;
  unsigned retry_base_ms, retry_cap_ms, full_probe_ms;
  size_t max_raw;
  pid_t pid;             /* temp file names */
  pthread_mutex_t mu;
  pthread_cond_t idle_cv; /* a group completed (drain waits) */
  struct kiln__disk_shard *shards;
  uint64_t next_seq, abandon_seq;
  int closing;
  uint64_t pending_jobs, pending_bytes;
  kiln__disk_index ix;
  uint64_t max_bytes;    /* 0: no cap */
  /* d->mu: a cap pass runs / must run again; removals queued or a pass
   * running (drain waits for them to reach 0). */
  int evict_running, evict_again;
  uint64_t evict_inflight;
  int have_mu, have_idle, have_ix;
  /* Disk-full state (see disk.c, "Full disk"): the errno that made it
   * full (0: not full), since when, and the earliest next probe. */
  _Atomic int full_errno;
  _Atomic uint64_t full_since_ns, full_next_probe_ns;
  _Atomic uint64_t n_done, n_failed, n_timedout, n_canceled, n_raw, n_stored, n_retries;
  _Atomic uint64_t n_full_skips;
  _Atomic uint64_t n_hits, n_miss[KILN_DISK_MISS__COUNT];
  _Atomic uint64_t n_scan, n_scan_skipped, n_temps;
  _Atomic uint64_t n_evictions, n_evictions_cap, n_evicted_bytes;
  /* Reads (disk_read.c) keep each subdirectory open: -1 until first used.
   * A subdirectory removed and made again has its fd replaced; the old one
   * stays open until the cache closes (another reader may be using it),
   * KILN__DISK_RETIRE_MAX at most, then reads open the new one each time. */
  _Atomic int rsub[KILN__DISK_NSUB];
  _Atomic int n_rretired;
  int rretired[KILN__DISK_RETIRE_MAX];
};

#define ADD(ctr, v) atomic_fetch_add_explicit(&(ctr), (v), memory_order_relaxed)
#define GET(ctr) atomic_load_explicit(&(ctr), memory_order_relaxed)

/* KILN_OK or KILN_INVAL with msg naming the bad length (msg may be NULL). */
int kiln__disk_check_id(const kiln_disk_id *id, char *msg);

/* "type 'x', key 'y'" escaped and shortened, for messages. Returns buf. */
const char *kiln__disk_describe(char *buf, size_t cap, const char *type, size_t tl,
                                const char *key, size_t kl);

/* Start-up scan (disk_scan.c): removes provable crash leftovers and
 * indexes every entry header. Under the cache lock, in a marked cache. */
int kiln__disk_scan(kiln_disk *d, char *msg);

/* Creates the 16 subdirectories that are missing (disk_scan.c). */
int kiln__disk_make_subdirs(kiln_disk *d, char *msg);

/* disk.c: the I/O thread body, shared helpers. */
void *kiln__disk_io_main(void *arg);
const char *kiln__disk_job_desc(const kiln__disk_job *j, char *buf, size_t cap);
int kiln__disk_init_mono_cond(pthread_cond_t *cv);
/* Frees the payload, runs the callback, frees j (a write job). */
void kiln__disk_complete(kiln__disk_job *j, int status, const char *msg);
/* Unix time in ns (CLOCK_REALTIME): access times. */
int64_t kiln__disk_wall_ns(void);

/* disk_evict.c. On an I/O thread after writes landed: runs a cap pass
 * if the index is above max_bytes (held: the caller already counted the
 * pass in evict_inflight and set evict_running). */
void kiln__disk_evict_maybe(kiln_disk *d, int held);
/* Runs a removal job (not a write) on its shard's I/O thread, frees it. */
void kiln__disk_run_op(kiln_disk *d, kiln__disk_job *j);
/* Queues the removal of h's file on its shard, unless a write queued
 * before it lands (kiln_disk_note_miss of a bad artifact). Any thread. */
void kiln__disk_heal(kiln_disk *d, kiln__disk_h128 h);
/* Frees a removal job that never ran (kiln_disk_free). */
void kiln__disk_free_op(kiln__disk_job *j);
/* For an evict of h, under d->mu: 1 if a write of h is queued or in
 * progress on its shard; those in progress are marked dropped (they land
 * unindexed, and the removal queued behind them unlinks the file). */
int kiln__disk_write_drop(kiln_disk *d, kiln__disk_h128 h);

#endif
