/* kiln disk cache: one checksummed, lz4-compressed file per artifact.
 *
 * Layout: <cache_dir>/a/bcdef....kiln (16 subdirectories), the 32 hex
 * digits being XXH3-128 of (type, key), so no key can name a path outside
 * cache_dir; the file stores type and key again, and a differing stored
 * pair is a collision (a miss).
 * File: 64-byte little-endian header, type, key, meta, zero pad to 16,
 * payload (lz4 block, or raw when lz4 does not shrink it), XXH3-64 of all
 * preceding bytes. See runtime/disk_format.h for the byte offsets.
 *
 * Writes are queued and run on C I/O threads (temp file, write, fsync,
 * rename, directory fsync), in groups of up to batch_max jobs that share
 * their directory fsyncs; each I/O thread holds up to 2 * batch_max temp
 * file descriptors open while it works. Every queued write ends in exactly
 * one call of its completion callback: written, failed, timed out by a
 * drain deadline, or canceled by kiln_disk_free. Nothing is dropped
 * silently. Reads verify everything and turn any damage into a miss
 * with a reason (kiln_disk_miss) counted in the stats.
 *
 * One process per cache_dir: kiln_disk_new takes an exclusive flock on
 * <cache_dir>/lock, so it may remove temp files left by a crash.
 *
 * Ownership: kiln writes into a directory only once it is marked as a kiln
 * cache by the file KILN_DISK_MARKER (a CACHEDIR.TAG, so backup tools skip
 * it). kiln_disk_new marks a new or empty directory, and adopts one that
 * holds nothing but kiln's own layout (a cache made before the marker, or
 * marked kiln caches nested in it); any other non-empty directory is
 * refused untouched. A crash leftover is removed only when kiln provably
 * wrote it: a regular file with the exact temp-name pattern, starting with
 * the file magic (or shorter than a header), in a marked cache. No cache
 * file is ever opened unless fstatat shows a regular file, and then with
 * O_NONBLOCK|O_NOFOLLOW: a FIFO, device, socket, directory or symlink at
 * an entry path is a miss, never a hang.
 *
 * Full disk: ENOSPC or EDQUOT is not retried. It fails that write and
 * marks the cache full; while full, queued writes fail at once (through
 * their callbacks, with a "disk full" message naming the cache dir) except
 * one probe write per full_probe_ms, whose success clears the state.
 *
 * Size cap (max_bytes): the cache's size is the file bytes (headers
 * included) of the indexed entries (kiln_disk_stats.total_bytes). When a
 * durable write brings it above max_bytes, the I/O thread that landed the
 * write (never the caller of write/has/read/stats) evicts the least
 * recently accessed entries, oldest first, down to 7/8 of the cap (a
 * low-water mark, so a stream of writes pays one pass per ~cap/8 bytes).
 * kiln_disk_new does the same on an I/O thread when the scan finds the
 * cache above a (smaller) cap. kiln_disk_drain returns only after the
 * evictions the drained writes triggered have run, so the cache is at or
 * under the cap once writes are drained. An entry's last access is the
 * later of its file's st_atime and st_mtime at start-up, now when a write
 * lands, and now on every hit of kiln_disk_read, which also sets the
 * file's atime (futimens on the fd it has open: metadata only, never an
 * fsync), so the order survives a restart. An entry larger than the cap
 * on its own can never stay: its write lands (callback KILN_OK) and the
 * pass it triggers evicts it first, before any older entry, so one
 * oversized artifact does not flush the cache. The cap never evicts an
 * entry while a kiln_disk_read has it pinned (looked up and being read),
 * nor one read or rewritten since the pass looked; when every other entry
 * is pinned the cache stays above the cap until the next write's pass.
 * Removal (by the cap, kiln_disk_evict, kiln_disk_clear, or a bad
 * artifact healed by kiln_disk_note_miss) drops the index entry at once
 * and queues the unlink on the key's I/O thread, in order with that key's
 * writes: a write queued before a cap removal lands and stays (the unlink
 * is skipped), so the cap never removes the file of a queued or in-progress
 * write. Files are only ever unlinked, never truncated: a reader that
 * opened one still reads it whole (POSIX), one that comes later misses with
 * KILN_DISK_MISS_ABSENT, never as corrupt. Unlinks are not fsynced (an
 * unlink lost to a power cut leaves a valid entry). */
#ifndef KILN_DISK_H
#define KILN_DISK_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define KILN_DISK_FORMAT_VERSION 1
#define KILN_DISK_TYPE_MAX 255u             /* bytes of a type name (>= 1) */
#define KILN_DISK_KEY_MAX (64u * 1024u)     /* bytes of a key (may be 0) */
#define KILN_DISK_META_MAX (64u * 1024u)    /* bytes of meta */
#define KILN_DISK_DEFAULT_DIR ".kiln-cache"
#define KILN_DISK_DEFAULT_MAX_RAW ((size_t)256 << 20)
#define KILN_DISK_MARKER "CACHEDIR.TAG"     /* in cache_dir: kiln owns the directory */

/* kiln_disk_config.durability */
enum {
  KILN_DISK_FSYNC = 0,  /* temp, write, fsync, rename, fsync dir: survives power loss */
  KILN_DISK_RENAME = 1  /* temp, write, rename: survives a process crash only */
};

/* Why a read missed (kiln_disk_blob.miss, kiln_disk_view.miss, stats). */
typedef enum kiln_disk_miss {
  KILN_DISK_HIT = 0,
  KILN_DISK_MISS_ABSENT,    /* no such entry (KILN_NOTFOUND) */
  KILN_DISK_MISS_STALE,     /* other version or script hash (KILN_STALE) */
  KILN_DISK_MISS_TRUNCATED, /* shorter than its header says (KILN_CORRUPT) */
  KILN_DISK_MISS_MAGIC,     /* not a kiln cache file (KILN_CORRUPT) */
  KILN_DISK_MISS_FORMAT,    /* other format version (KILN_CORRUPT) */
  KILN_DISK_MISS_HEADER,    /* inconsistent header fields, trailing bytes (KILN_CORRUPT) */
  KILN_DISK_MISS_CHECKSUM,  /* XXH3 mismatch (KILN_CORRUPT) */
  KILN_DISK_MISS_COLLISION, /* stored type/key differ from the request (KILN_CORRUPT) */
  KILN_DISK_MISS_TOOBIG,    /* declared raw size above max_raw_size (KILN_TOOBIG) */
  KILN_DISK_MISS_DECODE,    /* lz4 block does not decode to raw size, or the caller could
                               not decode the artifact (kiln_disk_note_miss) (KILN_CORRUPT) */
  KILN_DISK_MISS_IO,        /* open/read failed, not a regular file, symlink (KILN_IO) */
  KILN_DISK_MISS_NOMEM,     /* no memory for the file (KILN_NOMEM) */
  KILN_DISK_MISS_LOAD_FAILED, /* the caller read a hit but could not load the bytes
                                 (kiln_disk_note_miss) ("load_failed") */
  KILN_DISK_MISS__COUNT
} kiln_disk_miss;

/* Static name of a miss reason ("absent", "checksum", ...); never NULL. Any thread. */
const char *kiln_disk_miss_name(int reason);

/* Identity of an artifact. Pointers are borrowed for the duration of a call;
 * type and key are bytes (NUL, '/', newlines allowed). */
typedef struct kiln_disk_id {
  const char *type;
  size_t type_len;      /* 1..KILN_DISK_TYPE_MAX */
  const char *key;
  size_t key_len;       /* 0..KILN_DISK_KEY_MAX */
  uint32_t version;     /* artifact type version */
  uint64_t script_hash; /* hash of the script that produced it */
} kiln_disk_id;

/* Injectable I/O layer: POSIX semantics (return -1 and set errno). ctx is
 * passed back to every call. A NULL member uses the POSIX default, so a test
 * overrides only what it breaks. Directory listing (fdopendir/readdir),
 * fstat and flock are not routed through it. */
typedef struct kiln_disk_io {
  void *ctx;
  int (*openat)(void *ctx, int dirfd, const char *path, int flags, mode_t mode);
  int (*close)(void *ctx, int fd);
  ssize_t (*write)(void *ctx, int fd, const void *buf, size_t len);
  ssize_t (*pread)(void *ctx, int fd, void *buf, size_t len, off_t off);
  int (*fsync)(void *ctx, int fd);
  /* Starts writeback before a later fsync (sync_file_range); a hint whose
   * failure is ignored. */
  int (*writeback)(void *ctx, int fd);
  int (*renameat)(void *ctx, int olddirfd, const char *oldpath, int newdirfd,
                  const char *newpath);
  int (*unlinkat)(void *ctx, int dirfd, const char *path, int flags);
  int (*mkdirat)(void *ctx, int dirfd, const char *path, mode_t mode);
} kiln_disk_io;

/* The default POSIX layer (static, never NULL). Any thread. */
const kiln_disk_io *kiln_disk_io_posix(void);

/* Zero means default for every field. */
typedef struct kiln_disk_config {
  const char *cache_dir;      /* NULL: KILN_DISK_DEFAULT_DIR; created (mkdir -p) if missing;
                                 must be new, empty or a kiln cache (see Ownership) */
  int durability;             /* KILN_DISK_FSYNC (default) or KILN_DISK_RENAME */
  int io_threads;             /* 0: 1. Jobs are sharded by (type, key), so writes of
                                 one artifact stay in submission order */
  size_t max_raw_size;        /* 0: 256 MiB; larger writes fail, larger files miss */
  int retry_max;              /* retries after EIO and other transient errors; 0: 8; <0: none.
                                 ENOSPC/EDQUOT are never retried (see Full disk) */
  unsigned retry_base_ms;     /* first backoff; doubles per retry; 0: 10 ms */
  unsigned retry_cap_ms;      /* backoff ceiling; 0: 1000 ms */
  int batch_max;              /* jobs per directory-fsync group; 0: 64 */
  const kiln_disk_io *io;     /* NULL: kiln_disk_io_posix(); borrowed until free */
  unsigned full_probe_ms;     /* while the disk is full, one write per interval tries it; 0: 1000 ms */
  uint64_t max_bytes;         /* size cap in file bytes (see Size cap); 0: unbounded */
} kiln_disk_config;

typedef struct kiln_disk kiln_disk;

/* Opens (creating if needed) the cache directory, takes its lock, removes
 * temp files left by a crash, scans every entry header into the in-memory
 * index and starts the I/O threads. cfg may be NULL (all defaults).
 * Thread: any (it does disk I/O: call it at start-up, not inside a frame).
 * Errors: KILN_INVAL (bad config, or cache_dir is a non-empty directory
 * that is not a kiln cache: msg names it and the first foreign name, and
 * nothing is written into it), KILN_IO (directory cannot be created,
 * opened or marked; msg names it and the errno text), KILN_AGAIN (another
 * kiln holds the lock), KILN_NOMEM, KILN_THREAD (pthread_create failed).
 * On error *out is NULL and nothing is left behind. */
int kiln_disk_new(const kiln_disk_config *cfg, kiln_disk **out, char *msg);

/* Stops the I/O threads once the jobs they have taken from the queue are
 * finished (a job waiting in a retry backoff completes as KILN_CANCELED),
 * joins them, then completes every still-queued job with KILN_CANCELED on
 * the calling thread. Call kiln_disk_drain first to land pending writes.
 * NULL is a no-op.
 * Thread: any but an I/O thread (not from a completion callback). */
void kiln_disk_free(kiln_disk *d);

/* Completion of a write: status KILN_OK (durable and indexed), KILN_IO
 * (failed; msg names the path and the errno text; "disk full" and the
 * cache dir when the disk is full), KILN_TIMEDOUT (missed a
 * drain deadline, not written), KILN_CANCELED (kiln_disk_free before it was
 * written). msg is a NUL-terminated text valid during the call only.
 * Called exactly once per accepted job, with no kiln lock held, on an I/O
 * thread; TIMEDOUT jobs taken from the queue are completed on the thread
 * calling kiln_disk_drain and CANCELED ones on the thread calling
 * kiln_disk_free. It may call kiln_disk_write/has/read/stats, never
 * kiln_disk_drain or kiln_disk_free. */
typedef void (*kiln_disk_done_fn)(void *ud, int status, const char *msg);

/* Queues a write of payload (len raw bytes) under id and returns at once;
 * compression, checksum and I/O happen on an I/O thread. On KILN_OK the
 * payload is handed over, not copied: kiln calls payload_free(payload) once
 * it no longer needs it (after the write or its failure), or, if
 * payload_free is NULL, the caller keeps the bytes valid and unchanged until
 * done runs. id, type, key and meta are copied. kind is opaque (stored and
 * returned by read). done (may be NULL) runs exactly once, see above.
 * Thread: any. Never blocks on I/O.
 * Errors (nothing taken, done never called): KILN_INVAL (empty or too long
 * type, too long key or meta, NULL payload with len > 0), KILN_TOOBIG
 * (len > max_raw_size), KILN_CLOSED (kiln_disk_free has begun), KILN_NOMEM. */
int kiln_disk_write(kiln_disk *d, const kiln_disk_id *id, uint8_t kind, void *payload,
                    size_t len, void (*payload_free)(void *), const void *meta,
                    size_t meta_len, kiln_disk_done_fn done, void *ud, char *msg);

/* Queues a write of a whole cache file that arrived as it is (a shared
 * cache's object): it is parsed and checked first (kiln_disk_parse, and
 * its stored identity must equal id), then written byte for byte, as
 * durably as kiln_disk_write and with the same completion rules. On
 * KILN_OK the file is handed over (file_free(file) once written or
 * failed; NULL: the caller keeps it valid until done runs). Errors
 * (nothing taken): KILN_CORRUPT / KILN_TOOBIG (msg names the check),
 * KILN_INVAL, KILN_CLOSED, KILN_NOMEM. Any thread; never blocks on I/O. */
int kiln_disk_write_file(kiln_disk *d, const kiln_disk_id *id, void *file, size_t file_len,
                         void (*file_free)(void *), kiln_disk_done_fn done, void *ud, char *msg);

/* 1 if the index holds a durable entry for id with the same version and
 * script hash, else 0. A queued write shows up only once it is durable.
 * A 1 is a strong hint, not a promise: the file may have been damaged since
 * (kiln_disk_read then misses). No I/O, O(1), any thread. */
int kiln_disk_has(kiln_disk *d, const kiln_disk_id *id);

/* A read artifact. data is 16-byte aligned, len raw bytes (data is not
 * NULL even when len is 0); meta/meta_len as written; kind as written.
 * On a miss, miss holds the reason. Owned by the caller: kiln_disk_blob_free. */
typedef struct kiln_disk_blob {
  uint8_t *data;
  size_t len;
  const uint8_t *meta;
  size_t meta_len;
  uint8_t kind;
  int miss;          /* kiln_disk_miss; KILN_DISK_HIT on success */
  void *owner_;      /* private: the allocation behind data and meta */
  void (*release_)(void *); /* private: frees data when it is the caller's (read_into) */
} kiln_disk_blob;

/* Reads, verifies (checksum, stored type/key, version, script hash, sizes)
 * and decompresses the artifact. Returns KILN_OK (a hit) or a miss:
 * KILN_NOTFOUND, KILN_STALE, KILN_CORRUPT, KILN_TOOBIG, KILN_IO, KILN_NOMEM,
 * with out->miss set and msg naming the file and the failed check. An id
 * the index does not hold is a miss without I/O; a damaged file is dropped
 * from the index so has() stops answering 1 for it. Every outcome is
 * counted in the stats. Never crashes on any file content.
 * Thread: any (meant for workers; it does blocking file I/O). */
int kiln_disk_read(kiln_disk *d, const kiln_disk_id *id, kiln_disk_blob *out, char *msg);

/* kiln_disk_read with data (when len > 0) in memory from alloc(len),
 * decoded straight into it, so a caller keeps the bytes without a copy:
 * it takes them by setting data to NULL before kiln_disk_blob_free, which
 * otherwise gives them back with release. Both NULL: kiln_disk_read. */
int kiln_disk_read_into(kiln_disk *d, const kiln_disk_id *id, kiln_disk_blob *out, char *msg,
                        void *(*alloc)(size_t), void (*release)(void *));

/* Counts a read that kiln_disk_read returned as a hit (KILN_OK) but whose
 * bytes the caller could not use (e.g. the meta does not decode as a Lua
 * value) as a miss instead: read_hits goes down by one (never below 0) and
 * read_misses[reason] up by one (reason: a kiln_disk_miss; anything
 * outside MISS_ABSENT..MISS__COUNT-1 counts as KILN_DISK_MISS_DECODE).
 * With id (may be NULL), the same is counted for id's type, and its entry
 * is dropped from the index if it still has id's version and script hash,
 * so has() answers 0 and the item recomputes. With reason
 * KILN_DISK_MISS_DECODE or KILN_DISK_MISS_LOAD_FAILED the dropped entry's
 * file is removed too (queued on the key's I/O thread; skipped if a write
 * of the key queued before lands first, as that write replaced it), so a
 * bad artifact heals instead of failing on every later run; it counts as
 * no eviction. Call it at most once per such read. No I/O; any thread.
 * NULL d is a no-op. */
void kiln_disk_note_miss(kiln_disk *d, const kiln_disk_id *id, int reason);

/* Counts a miss with reason KILN_DISK_MISS_ABSENT (read_misses and id's
 * type) for a lookup the caller made with kiln_disk_has, found nothing
 * for, and will compute (kiln_disk_has itself counts nothing). No I/O;
 * any thread. NULL d or a bad id is a no-op. */
void kiln_disk_note_absent(kiln_disk *d, const kiln_disk_id *id);

/* Removes (type, key)'s entry, of any version and script hash: dropped
 * from the index at once (has() answers 0 on return), its file unlinked
 * on the key's I/O thread in order with the key's writes: a write queued
 * before the call lands and is then removed, one queued after stays.
 * Counted as an eviction (stats, and the type's). Returns KILN_OK if an
 * entry or a queued or in-progress write of the key existed, else
 * KILN_NOTFOUND; KILN_INVAL (bad lengths), KILN_NOMEM, KILN_CLOSED
 * (kiln_disk_free has begun; the entry is gone from the index but the
 * file stays). msg names the type and key. Never blocks on I/O (it
 * looks through the writes queued on the key's I/O thread); any thread,
 * including completion callbacks. */
int kiln_disk_evict(kiln_disk *d, const char *type, size_t type_len, const char *key,
                    size_t key_len, char *msg);

/* kiln_disk_evict for every entry of type (type NULL: of every type).
 * Everything durable or queued when clear is called is removed: entries
 * now (has() answers 0 on return), and writes queued or in progress at
 * the call are removed once they land. Writes queued after the call stay.
 * Returns KILN_OK if an entry or a queued write of the type (any write,
 * for NULL) existed, else KILN_NOTFOUND; KILN_INVAL, KILN_NOMEM (nothing
 * removed), KILN_CLOSED. Unlike every other call it holds the index lock
 * for one pass over the index (O(entries)): not for the render thread of
 * a huge cache. Never blocks on I/O; any thread. */
int kiln_disk_clear(kiln_disk *d, const char *type, size_t type_len, char *msg);

/* Counters of one artifact type since kiln_disk_new. */
typedef struct kiln_disk_type_stats {
  uint64_t entries, bytes;   /* indexed entries now and their file bytes */
  uint64_t hits;             /* successful reads (less kiln_disk_note_miss take-backs) */
  uint64_t misses;           /* read misses of every reason, note_miss and note_absent */
  uint64_t stores;           /* durable writes */
  uint64_t evictions;        /* entries removed by the cap, kiln_disk_evict or kiln_disk_clear */
  uint64_t bytes_stored;     /* raw payload bytes of the durable writes */
  int64_t oldest_access_s;   /* unix seconds of the least recent access; 0 when no entry */
} kiln_disk_type_stats;

/* Fills *out for the type. KILN_OK, or KILN_NOTFOUND (the type was never
 * seen: no entry, read, note or write of it; *out all zero), KILN_INVAL.
 * Counters are kept for the first 4096 types seen. O(entries) for
 * oldest_access_s, with the index lock taken per chunk. Any thread. */
int kiln_disk_type_stats_get(kiln_disk *d, const char *type, size_t type_len,
                             kiln_disk_type_stats *out);

/* Calls fn(ud, type, type_len) for every type seen (as type_stats_get
 * knows them), in first-seen order, with no kiln lock held (fn may call
 * kiln_disk_type_stats_get). type is bytes, not NUL-terminated, valid
 * during the call. Returns the number of types, or KILN_INVAL / KILN_NOMEM.
 * Any thread. */
typedef void (*kiln_disk_type_fn)(void *ud, const char *type, size_t type_len);
int kiln_disk_types(kiln_disk *d, kiln_disk_type_fn fn, void *ud);

/* Frees a blob's memory and zeroes it; a zeroed or freed blob is a no-op. Any thread. */
void kiln_disk_blob_free(kiln_disk_blob *b);

/* Waits until every write queued before the call has completed (its
 * callback has returned). timeout_s < 0: no deadline. If the deadline
 * passes first, every such job still queued is completed with
 * KILN_TIMEDOUT on this thread before return (its callback message names
 * the type and key) and is not written; jobs an I/O thread is writing at
 * that moment complete on their own (one waiting in a retry backoff gives
 * up as KILN_TIMEDOUT). Returns KILN_OK or KILN_TIMEDOUT (msg: how many
 * missed and the first key), KILN_THREAD from an I/O thread (a callback).
 * Writes queued by other threads during the call are not waited for.
 * It also waits for every cap pass and removal (evict, clear) queued or
 * running (see Size cap); one still running at the deadline is not
 * cancelled (KILN_TIMEDOUT, msg says so).
 * Thread: any but an I/O thread. */
int kiln_disk_drain(kiln_disk *d, double timeout_s, char *msg);

typedef struct kiln_disk_stats {
  uint64_t writes_done;      /* durable writes */
  uint64_t write_failures;   /* jobs completed with KILN_IO */
  uint64_t writes_timedout;  /* jobs completed with KILN_TIMEDOUT */
  uint64_t writes_canceled;  /* jobs completed with KILN_CANCELED */
  uint64_t raw_bytes;        /* payload bytes of durable writes */
  uint64_t stored_bytes;     /* file bytes of durable writes (headers included) */
  uint64_t retries;          /* write attempts repeated after ENOSPC/EIO/EDQUOT */
  uint64_t pending_jobs;     /* accepted, callback not yet returned */
  uint64_t pending_bytes;    /* their payload bytes */
  uint64_t read_hits;
  uint64_t read_misses[KILN_DISK_MISS__COUNT]; /* by kiln_disk_miss; [0] unused */
  uint64_t index_entries;
  uint64_t scan_entries;     /* entries indexed by kiln_disk_new */
  uint64_t scan_skipped;     /* entry files kiln_disk_new could not index (bad header) */
  uint64_t temps_removed;    /* crash leftovers removed by kiln_disk_new */
  uint64_t full_skips;       /* writes failed without touching the disk, as it was full */
  int disk_full;             /* 1 while the last write attempt found the disk full */
  uint64_t evictions;        /* entries removed by the cap, kiln_disk_evict or kiln_disk_clear */
  uint64_t evictions_cap;    /* of which by the cap */
  uint64_t evicted_bytes;    /* their file bytes */
  uint64_t total_bytes;      /* file bytes of the indexed entries now */
  uint64_t max_bytes;        /* the cap (kiln_disk_config.max_bytes); 0: none */
} kiln_disk_stats;

/* Snapshot of the counters (each exact; not one atomic snapshot). Any thread. */
void kiln_disk_stats_get(kiln_disk *d, kiln_disk_stats *out);

/* Writes "<cache_dir>/a/bcdef....kiln" for id into buf (cap bytes).
 * Returns KILN_OK or KILN_TOOBIG. No I/O. Any thread. */
int kiln_disk_path(const kiln_disk *d, const kiln_disk_id *id, char *buf, size_t cap);

/* A parsed file: pointers into the bytes given to kiln_disk_parse. */
typedef struct kiln_disk_view {
  uint16_t format;
  uint8_t codec;            /* 0 raw, 1 lz4 block */
  uint8_t kind;
  uint32_t version;
  uint64_t script_hash;
  const char *type;
  size_t type_len;
  const char *key;
  size_t key_len;
  const uint8_t *meta;
  size_t meta_len;
  const uint8_t *stored;    /* payload as stored */
  size_t stored_len;
  size_t raw_len;           /* payload after decoding */
  int miss;                 /* kiln_disk_miss when parse fails */
} kiln_disk_view;

/* Parses and verifies a whole cache file held in memory: magic, format
 * version, header fields, sizes (exactly len bytes), zero padding, raw size
 * <= max_raw, checksum. Does not decode the payload. Returns KILN_OK, or
 * KILN_CORRUPT / KILN_TOOBIG with out->miss and msg naming the field.
 * Pure: no I/O, no allocation, never reads outside bytes[0..len). Any thread. */
int kiln_disk_parse(const uint8_t *bytes, size_t len, size_t max_raw, kiln_disk_view *out,
                    char *msg);

/* How a parsed file's identity compares with id: KILN_DISK_HIT (the same),
 * KILN_DISK_MISS_COLLISION (another type or key) or KILN_DISK_MISS_STALE
 * (the same type and key, another version or script hash). Pure. Any
 * thread. */
int kiln_disk_view_match(const kiln_disk_view *v, const kiln_disk_id *id);

/* Decodes a parsed view's payload into dst (dst_len must equal
 * v->raw_len). Returns KILN_OK or KILN_CORRUPT (lz4 block invalid or of
 * another size) / KILN_INVAL (dst_len). Pure. Any thread. */
int kiln_disk_decode(const kiln_disk_view *v, uint8_t *dst, size_t dst_len, char *msg);

/* `kiln cache ls|verify|gc|stats [dir]` and `kiln cache prune --max-bytes
 * N [dir]`: argv[0] is the command, then its options and the optional
 * cache dir (default KILN_DISK_DEFAULT_DIR). ls lists entries
 * (type, escaped key, version, raw and stored sizes, age); verify checks
 * every file (checksum, name, lz4 stream); gc takes the cache lock and
 * removes crash leftovers (see Ownership), files of another format
 * version, damaged files (a FIFO or other non-regular file, an empty
 * directory at an entry path) and, per type, entries whose (version,
 * script hash) is not the one of that type's newest file (by mtime); a
 * non-empty directory at an entry path is reported for removal by hand.
 * prune takes the cache lock (refused, naming the dir, while a kiln holds
 * it) and removes entry files, unreadable ones first and then the least
 * recently accessed (the later of st_atime and st_mtime, as the start-up
 * scan orders them), until the entry files' bytes are at or under N; N is
 * bytes, or a number with a K, M or G suffix (KiB, MiB, GiB: 1K = 1024;
 * "KiB" etc. accepted too); it prints each removed file and a summary
 * line ("prune: removed ..."); crash leftovers and directories are gc's.
 * stats is read-only (no lock): per type one line with entries, bytes and
 * the age of the oldest access, then a total line ("stats: ..."). All
 * refuse a directory that is not a kiln cache (as kiln_disk_new); gc and
 * prune mark an adoptable one. No file is opened unless it is regular, and
 * then with O_NOATIME where allowed (looking is no access). Results go to
 * stdout, errors and tty progress to stderr, one summary line last.
 * Returns the process exit code: 0 ok, 1 bad entries found (verify), an
 * entry gc or prune could not remove, a refused or locked directory or an
 * I/O error, 2 usage error (unknown command or option, extra argument,
 * missing or bad --max-bytes value: the message names it).
 * Thread: any (blocking I/O; not for the render thread). */
int kiln_disk_cli(int argc, char **argv);

#endif
