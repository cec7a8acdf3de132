/* kiln disk cache: the state shared by the cache's own files (internal to
 * the disk module): disk.c (write queue, I/O threads, drain, lifecycle),
 * disk_read.c (lookups, reads, stats), disk_index.c (in-memory index),
 * disk_scan.c (start-up scan). Locks and what they guard: see disk.c. */
#ifndef KILN_DISK_IMPL_H
#define KILN_DISK_IMPL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "disk.h"
#include "disk_format.h"

/* ---------------------------------------------------------------- index */

typedef struct kiln__disk_ix_slot {
  uint64_t lo, hi, script_hash;
  uint32_t version, gen; /* gen 0: empty */
} kiln__disk_ix_slot;

/* Open-addressing table of the durable entries, by name hash. */
typedef struct kiln__disk_index {
  pthread_mutex_t mu;
  kiln__disk_ix_slot *s;
  size_t cap, count;
  uint32_t gen;
} kiln__disk_index;

int kiln__disk_ix_init(kiln__disk_index *t);
void kiln__disk_ix_destroy(kiln__disk_index *t);
/* Inserts or replaces h with a new generation. KILN_OK or KILN_NOMEM. */
int kiln__disk_ix_set(kiln__disk_index *t, kiln__disk_h128 h, uint32_t version, uint64_t script_hash);
/* 1 and the entry if present. */
int kiln__disk_ix_get(kiln__disk_index *t, kiln__disk_h128 h, kiln__disk_ix_slot *out);
/* Removes h if its entry is still generation gen (not rewritten since). */
void kiln__disk_ix_del(kiln__disk_index *t, kiln__disk_h128 h, uint32_t gen);
size_t kiln__disk_ix_count(kiln__disk_index *t);

/* ------------------------------------------------------------- the cache */

struct kiln__disk_shard;

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
  int have_mu, have_idle, have_ix;
  /* Disk-full state (see disk.c, "Full disk"): the errno that made it
   * full (0: not full), since when, and the earliest next probe. */
  _Atomic int full_errno;
  _Atomic uint64_t full_since_ns, full_next_probe_ns;
  _Atomic uint64_t n_done, n_failed, n_timedout, n_canceled, n_raw, n_stored, n_retries;
  _Atomic uint64_t n_full_skips;
  _Atomic uint64_t n_hits, n_miss[KILN_DISK_MISS__COUNT];
  _Atomic uint64_t n_scan, n_scan_skipped, n_temps;
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

#endif
