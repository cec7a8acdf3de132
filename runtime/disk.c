/* kiln disk cache: the I/O threads and the write path (queue, lifecycle
 * and drain: disk_life.c; removals and the size cap: disk_evict.c).
 *
 * State and locks:
 *   d->mu    guards every shard's queue, busy mark and taken groups,
 *            next_seq, abandon_seq, closing, pending_*, evict_*. Held for a
 *            few instructions; no I/O and no callback runs under it.
 *   ix.mu    guards the index table, its byte total and the per-type
 *            counters. Never held together with d->mu.
 *   stats    relaxed atomics (read on any thread).
 *
 * Jobs are sharded by name hash over the I/O threads: each thread has its
 * own FIFO, so two writes of one artifact are applied in submission order.
 * A thread takes a group of queued jobs and writes all temp files
 * (starting writeback); if more jobs are queued it takes and writes the
 * next group before finishing this one, so writeback overlaps encoding.
 * Finishing fsyncs the temp files, renames them in order, fsyncs each
 * touched directory once, updates the index and runs the callbacks. A job whose
 * step fails with a transient errno is redone alone, in order, after a
 * backoff (a timed condvar wait that drain deadlines and free cut short).
 *
 * Full disk: ENOSPC/EDQUOT is not transient (a backoff would stall every
 * queued job for seconds while nothing frees space). It marks the cache
 * full (d->full_*, atomics); while full, a job touches the disk only if it
 * wins the one probe per full_probe_ms (a CAS on full_next_probe_ns), and
 * the others fail at once. A probe whose temp file is written clears it.
 *
 * Removal jobs (evict, clear, the cap, heal) share the queues so they stay
 * ordered with the writes of their key; a thread runs one alone once the
 * writes queued before it have landed (disk_evict.c).
 *
 * Every job ends in exactly one callback: on its I/O thread (OK, IO, or a
 * retry cut short), on the draining thread (TIMEDOUT while still queued) or
 * on the freeing thread (CANCELED while still queued). */
#include "disk_impl.h"
#include "stats.h"

#include <errno.h>
#include <fcntl.h>
#include <lz4.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#include "disk_io.h"
#include "kiln_err.h"

#define GROUP_BYTES ((size_t)64 << 20) /* raw bytes per group, beyond the first job */
#define TEMP_TRIES 16
#define KEEP_BUF ((size_t)4 << 20)     /* per-thread encode buffer kept between groups */

typedef kiln__disk_job job;
typedef kiln__disk_slot slot;
typedef kiln__disk_group group;
typedef kiln__disk_shard shard;
enum { S_WRITTEN = KILN__S_WRITTEN, S_SYNCED = KILN__S_SYNCED, S_RETRY = KILN__S_RETRY,
       S_DONE = KILN__S_DONE, S_FAILED = KILN__S_FAILED };

const char *kiln__disk_job_desc(const job *j, char *buf, size_t cap) {
  return kiln__disk_describe(buf, cap, j->type, j->type_len, j->key, j->key_len);
}

int kiln__disk_init_mono_cond(pthread_cond_t *cv) {
  pthread_condattr_t a;
  if (pthread_condattr_init(&a) != 0) return -1;
  pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
  int r = pthread_cond_init(cv, &a);
  pthread_condattr_destroy(&a);
  return r;
}

static int transient(int e) {
  return e == EIO || e == ENOENT || e == EMFILE || e == ENFILE || e == ENOMEM || e == EAGAIN;
}

/* ------------------------------------------------------------ full disk */

static int full_errno(int e) { return e == ENOSPC || e == EDQUOT; }

int64_t kiln__disk_wall_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void full_set(kiln_disk *d, int e) {
  uint64_t now = now_ns();
  if (atomic_exchange(&d->full_errno, e) == 0) atomic_store(&d->full_since_ns, now);
  atomic_store(&d->full_next_probe_ns, now + (uint64_t)d->full_probe_ms * 1000000u);
}

/* 1 if the job may touch the disk: not full, or it is this interval's
 * probe (then s->probe). 0: it is failed at once. */
static int full_admit(kiln_disk *d, slot *s) {
  if (!atomic_load(&d->full_errno)) return 1;
  uint64_t now = now_ns(), next = atomic_load(&d->full_next_probe_ns);
  if (now >= next && atomic_compare_exchange_strong(&d->full_next_probe_ns, &next,
                                                    now + (uint64_t)d->full_probe_ms * 1000000u)) {
    s->probe = 1;
    return 1;
  }
  s->state = S_FAILED;
  s->full_skip = 1;
  s->err = atomic_load(&d->full_errno);
  if (!s->err) s->err = ENOSPC; /* cleared meanwhile: still report why */
  return 0;
}

/* The state after a failed step: records a full disk, then retry or fail. */
static int after_error(kiln_disk *d, int e) {
  if (full_errno(e)) full_set(d, e);
  return transient(e) ? S_RETRY : S_FAILED;
}

void kiln__disk_complete(job *j, int status, const char *msg) {
  if (j->payload_free) j->payload_free(j->payload);
  if (j->done) j->done(j->ud, status, msg);
  free(j);
}

/* ------------------------------------------------------------ write path */

/* Opens subdirectory sub (O_NOFOLLOW), creating it, or replacing a symlink
 * or file planted under its name. Returns fd or -1 with s->op/err set. */
static int open_sub(kiln_disk *d, int sub, slot *s) {
  char name[3];
  snprintf(name, sizeof name, "%x", sub);
  for (int tries = 0; tries < 4; tries++) {
    int fd = d->io.openat(d->io.ctx, d->dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC, 0);
    if (fd >= 0) return fd;
    int e = errno;
    if (e == ENOENT) {
      if (d->io.mkdirat(d->io.ctx, d->dirfd, name, 0755) < 0 && errno != EEXIST) {
        s->op = "mkdir";
        s->err = errno;
        return -1;
      }
      if (d->durability == KILN_DISK_FSYNC && d->io.fsync(d->io.ctx, d->dirfd) < 0) {
        s->op = "fsync cache dir";
        s->err = errno;
        return -1;
      }
    } else if (e == ELOOP || e == ENOTDIR) {
      if (d->io.unlinkat(d->io.ctx, d->dirfd, name, 0) < 0 && errno != ENOENT) {
        s->op = "remove non-directory";
        s->err = errno;
        return -1;
      }
    } else {
      s->op = "open dir";
      s->err = e;
      return -1;
    }
  }
  s->op = "open dir";
  s->err = ELOOP;
  return -1;
}

static int fail_step(kiln_disk *d, slot *s, int subfd, const char *op) {
  s->op = op;
  s->err = errno;
  if (s->fd >= 0) {
    d->io.close(d->io.ctx, s->fd);
    s->fd = -1;
  }
  if (s->tmp[0]) {
    d->io.unlinkat(d->io.ctx, subfd, s->tmp, 0);
    s->tmp[0] = '\0';
  }
  s->state = after_error(d, s->err);
  return -1;
}

static int ensure_cap(shard *sh, size_t n) {
  if (sh->cap >= n) return 0;
  uint8_t *nb = malloc(n);
  if (!nb) return -1;
  free(sh->buf);
  sh->buf = nb;
  sh->cap = n;
  return 0;
}

/* Creates the temp file of slot s in subfd (its name in s->tmp). */
static int open_temp(shard *sh, slot *s, int subfd) {
  kiln_disk *d = sh->d;
  for (int t = 0; t < TEMP_TRIES; t++) {
    snprintf(s->tmp, sizeof s->tmp, KILN__DISK_TMP_PREFIX "%ld.%d.%llu", (long)d->pid, sh->idx,
             (unsigned long long)sh->tmp_counter++);
    s->fd = d->io.openat(d->io.ctx, subfd, s->tmp,
                         O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
    if (s->fd >= 0 || errno != EEXIST) break;
  }
  if (s->fd < 0) {
    s->tmp[0] = '\0'; /* not ours: never unlink a name we did not create */
    return fail_step(d, s, subfd, "create temp file");
  }
  return 0;
}

/* A file that arrived whole (a shared cache's object, checked by
 * kiln_disk_write_file): written byte for byte. */
static int write_prebuilt(shard *sh, slot *s, int subfd) {
  kiln_disk *d = sh->d;
  job *j = s->j;
  s->file_len = j->file_len;
  if (open_temp(sh, s, subfd) < 0) return -1;
  if (kiln__disk_write_all(&d->io, s->fd, j->payload, j->file_len) < 0)
    return fail_step(d, s, subfd, "write temp file");
  if (d->durability == KILN_DISK_FSYNC) d->io.writeback(d->io.ctx, s->fd);
  s->state = S_WRITTEN;
  return 0;
}

/* Encodes the job and writes it to a new temp file in subfd; leaves the fd
 * open (S_WRITTEN) for sync_temp and commit. */
static int write_temp(shard *sh, slot *s, int subfd) {
  kiln_disk *d = sh->d;
  job *j = s->j;
  if (j->file_len) return write_prebuilt(sh, s, subfd);
  kiln__disk_hdr h = { .format = KILN_DISK_FORMAT_VERSION, .codec = KILN__DISK_RAW,
                       .kind = j->kind, .type_len = j->type_len, .key_len = j->key_len,
                       .meta_len = j->meta_len, .version = j->version,
                       .script_hash = j->script_hash, .raw_len = j->len, .stored_len = j->len };
  h.payload_off = kiln__disk_payload_off(j->type_len, j->key_len, j->meta_len);
  size_t bound = 0;
  if (j->len > 0 && j->len <= LZ4_MAX_INPUT_SIZE) bound = (size_t)LZ4_compressBound((int)j->len);
  if (ensure_cap(sh, h.payload_off + bound + KILN__DISK_SUM) < 0) {
    errno = ENOMEM;
    return fail_step(d, s, subfd, "allocate encode buffer");
  }
  if (bound) {
    int n = LZ4_compress_default(j->payload, (char *)sh->buf + h.payload_off, (int)j->len,
                                 (int)bound);
    if (n > 0 && (size_t)n < j->len) {
      h.codec = KILN__DISK_LZ4;
      h.stored_len = (size_t)n;
    }
  }
  kiln__disk_put_prefix(sh->buf, &h, j->type, j->key, j->meta);
  size_t body = h.payload_off + (size_t)h.stored_len;
  uint8_t sum[KILN__DISK_SUM];
  if (h.codec == KILN__DISK_LZ4) {
    kiln__disk_put64(sh->buf + body, XXH3_64bits(sh->buf, body));
  } else {
    XXH3_64bits_reset(sh->xs);
    XXH3_64bits_update(sh->xs, sh->buf, h.payload_off);
    if (j->len) XXH3_64bits_update(sh->xs, j->payload, j->len);
    kiln__disk_put64(sum, XXH3_64bits_digest(sh->xs));
  }
  s->file_len = body + KILN__DISK_SUM;

  if (open_temp(sh, s, subfd) < 0) return -1;
  int w;
  if (h.codec == KILN__DISK_LZ4) {
    w = kiln__disk_write_all(&d->io, s->fd, sh->buf, s->file_len);
  } else {
    w = kiln__disk_write_all(&d->io, s->fd, sh->buf, h.payload_off);
    if (w == 0 && j->len) w = kiln__disk_write_all(&d->io, s->fd, j->payload, j->len);
    if (w == 0) w = kiln__disk_write_all(&d->io, s->fd, sum, sizeof sum);
  }
  if (w < 0) return fail_step(d, s, subfd, "write temp file");
  if (d->durability == KILN_DISK_FSYNC) d->io.writeback(d->io.ctx, s->fd);
  s->state = S_WRITTEN;
  return 0;
}

/* fsync (durable mode) of a written temp file: S_WRITTEN -> S_SYNCED. */
static int sync_temp(shard *sh, slot *s, int subfd) {
  kiln_disk *d = sh->d;
  if (d->durability == KILN_DISK_FSYNC) {
    int r;
    while ((r = d->io.fsync(d->io.ctx, s->fd)) < 0 && errno == EINTR) {}
    if (r < 0) return fail_step(d, s, subfd, "fsync temp file");
  }
  s->state = S_SYNCED;
  return 0;
}

/* Close and rename a synced temp file over the entry's final name. */
static int commit(shard *sh, slot *s, int subfd) {
  kiln_disk *d = sh->d;
  int fd = s->fd;
  s->fd = -1;
  if (d->io.close(d->io.ctx, fd) < 0 && errno != EINTR) return fail_step(d, s, subfd, "close temp file");
  char sub[3], file[KILN__DISK_FILE_LEN + 1];
  kiln__disk_names(s->j->h, sub, file);
  if (d->io.renameat(d->io.ctx, subfd, s->tmp, subfd, file) < 0) {
    /* A directory at the entry path: an empty one is kiln's to remove (the
     * path is an entry's, in a marked cache); a full one fails, by name. */
    int e = errno;
    if (e != EISDIR || d->io.unlinkat(d->io.ctx, subfd, file, AT_REMOVEDIR) < 0 ||
        d->io.renameat(d->io.ctx, subfd, s->tmp, subfd, file) < 0) {
      errno = e;
      return fail_step(d, s, subfd, "rename");
    }
  }
  s->tmp[0] = '\0';
  s->state = S_DONE;
  return 0;
}

static int fsync_dir(kiln_disk *d, int fd) {
  int r;
  while ((r = d->io.fsync(d->io.ctx, fd)) < 0 && errno == EINTR) {}
  return r;
}

/* Timed wait before a retry. 0 when it is time to retry, else the code
 * that ends the job: KILN_CANCELED (free) or KILN_TIMEDOUT (drain deadline). */
static int backoff(shard *sh, job *j, int attempt) {
  kiln_disk *d = sh->d;
  unsigned ms = d->retry_base_ms;
  for (int i = 1; i < attempt && ms < d->retry_cap_ms; i++) ms *= 2;
  if (ms > d->retry_cap_ms) ms = d->retry_cap_ms;
  struct timespec until = kiln_mono_after(ms / 1000.0);
  int r = 0;
  pthread_mutex_lock(&d->mu);
  for (;;) {
    if (d->closing) { r = KILN_CANCELED; break; }
    if (j->seq <= d->abandon_seq) { r = KILN_TIMEDOUT; break; }
    if (pthread_cond_timedwait(&sh->cv, &d->mu, &until) == ETIMEDOUT) break;
  }
  pthread_mutex_unlock(&d->mu);
  return r;
}

/* Redoes one job alone (own dir fd, dir fsync) until it lands, fails for
 * good, runs out of retries or is cut short. */
static void retry_job(shard *sh, slot *s) {
  kiln_disk *d = sh->d;
  while (s->state == S_RETRY) {
    if (s->attempts > d->retry_max) {
      s->state = S_FAILED;
      break;
    }
    int cut = backoff(sh, s->j, s->attempts);
    if (cut) {
      s->state = S_FAILED;
      s->status = cut;
      break;
    }
    if (!full_admit(d, s)) break;
    ADD(d->n_retries, 1);
    s->attempts++;
    int subfd = open_sub(d, s->sub, s);
    if (subfd < 0) {
      s->state = after_error(d, s->err);
      continue;
    }
    int wrote = write_temp(sh, s, subfd) == 0;
    if (wrote && s->probe) atomic_store(&d->full_errno, 0); /* space is back */
    if (wrote && sync_temp(sh, s, subfd) == 0 && commit(sh, s, subfd) == 0 &&
        d->durability == KILN_DISK_FSYNC && fsync_dir(d, subfd) < 0) {
      s->op = "fsync dir";
      s->err = errno;
      s->state = after_error(d, s->err);
    }
    d->io.close(d->io.ctx, subfd);
  }
}

/* Phase 1 of a group: encode and write every temp file, starting their
 * writeback, with no fsync yet. */
static void group_write(shard *sh, group *g) {
  kiln_disk *d = sh->d;
  for (int i = 0; i < KILN__DISK_NSUB; i++) g->subfd[i] = -1;
  for (int i = 0; i < g->n; i++) {
    slot *s = &g->slots[i];
    s->sub = kiln__disk_sub(s->j->h);
    if (!full_admit(d, s)) continue;
    if (g->subfd[s->sub] < 0) g->subfd[s->sub] = open_sub(d, s->sub, s);
    if (g->subfd[s->sub] < 0) {
      s->state = after_error(d, s->err);
      continue;
    }
    /* A probe's temp file landed: there is space again, let the rest try. */
    if (write_temp(sh, s, g->subfd[s->sub]) == 0 && s->probe) atomic_store(&d->full_errno, 0);
  }
  if (sh->cap > KEEP_BUF) {
    free(sh->buf);
    sh->buf = NULL;
    sh->cap = 0;
  }
}

/* Phases 2-5: fsync, rename, directory fsync, index, callbacks. Runs after
 * the next group's phase 1 when more jobs are queued, so that writeback of
 * this group overlaps the encoding of the next and the fsyncs mostly find
 * their data already written. Returns the group's payload bytes. */
static uint64_t group_finish(shard *sh, group *g) {
  kiln_disk *d = sh->d;
  int n = g->n;
  /* Phase 2: fsync every temp file; no rename sits between them, so after
   * the first journal commit the others mostly wait for their own data. */
  for (int i = 0; i < n; i++)
    if (g->slots[i].state == S_WRITTEN) sync_temp(sh, &g->slots[i], g->subfd[g->slots[i].sub]);
  /* Phase 3: in submission order, rename, or redo a failed job before any
   * later one so the last write of an artifact wins. */
  for (int i = 0; i < n; i++) {
    slot *s = &g->slots[i];
    if (s->state == S_SYNCED) commit(sh, s, g->subfd[s->sub]);
    if (s->state == S_RETRY) retry_job(sh, s);
  }
  /* Phase 4: one fsync per touched directory makes the renames durable
   * (jobs redone alone fsynced their directory themselves). */
  if (d->durability == KILN_DISK_FSYNC) {
    for (int sub = 0; sub < KILN__DISK_NSUB; sub++) {
      if (g->subfd[sub] < 0) continue;
      int any = 0;
      for (int i = 0; i < n; i++)
        any |= g->slots[i].sub == sub && g->slots[i].state == S_DONE && g->slots[i].attempts == 1;
      if (!any || fsync_dir(d, g->subfd[sub]) == 0) continue;
      int e = errno;
      for (int i = 0; i < n; i++) {
        slot *s = &g->slots[i];
        if (s->sub != sub || s->state != S_DONE || s->attempts != 1) continue;
        s->op = "fsync dir";
        s->err = e;
        s->state = after_error(d, e);
        retry_job(sh, s);
      }
    }
  }
  for (int i = 0; i < KILN__DISK_NSUB; i++)
    if (g->subfd[i] >= 0) d->io.close(d->io.ctx, g->subfd[i]);
  /* Phase 5: index, stats, callbacks; no lock held. */
  uint64_t bytes = 0;
  for (int i = 0; i < n; i++) {
    slot *s = &g->slots[i];
    job *j = s->j;
    bytes += j->len;
    char desc[300];
    if (s->state == S_DONE) {
      kiln__disk_ix_slot e = { .lo = j->h.lo, .hi = j->h.hi, .script_hash = j->script_hash,
                               .bytes = s->file_len, .atime_ns = kiln__disk_wall_ns(),
                               .version = j->version };
      /* Under d->mu, as evict and clear drop entries and mark the writes in
       * flight: an evict or clear is wholly before this (the entry goes
       * with it) or wholly after (dropped: never indexed, so rt:cached
       * says false from the call on). */
      pthread_mutex_lock(&d->mu);
      int dropped = s->dropped;
      if (!dropped) kiln__disk_ix_set(&d->ix, &e, j->type, j->type_len, 1, j->len, NULL);
      pthread_mutex_unlock(&d->mu);
      if (dropped) {
        ADD(d->n_evictions, 1);
        ADD(d->n_evicted_bytes, s->file_len);
        kiln__disk_ix_count_dropped(&d->ix, j->type, j->type_len, j->len);
      }
      ADD(d->n_done, 1);
      ADD(d->n_raw, j->len);
      ADD(d->n_stored, s->file_len);
      kiln__disk_complete(j, KILN_OK, "written");
      continue;
    }
    char sub[3], file[KILN__DISK_FILE_LEN + 1];
    kiln__disk_names(j->h, sub, file);
    if (s->status == KILN_CANCELED || s->status == KILN_TIMEDOUT) {
      ADD(*(s->status == KILN_CANCELED ? &d->n_canceled : &d->n_timedout), 1);
      kiln_errf(sh->msg, s->status,
                "kiln disk: write of %s to '%s/%s/%s' %s while retrying after %s: %s",
                kiln__disk_job_desc(j, desc, sizeof desc), d->dir, sub, file,
                s->status == KILN_CANCELED ? "canceled (cache closed)" : "missed the drain deadline",
                s->op, strerror(s->err));
    } else if (s->full_skip) {
      s->status = KILN_IO;
      ADD(d->n_failed, 1);
      ADD(d->n_full_skips, 1);
      double ago = (double)(now_ns() - atomic_load(&d->full_since_ns)) / 1e9;
      kiln_errf(sh->msg, KILN_IO,
                "kiln disk: disk full: write of %s to '%s/%s/%s' not attempted: cache dir '%s' "
                "had no space left (%s) %.1f s ago; one write per %u ms tries again",
                kiln__disk_job_desc(j, desc, sizeof desc), d->dir, sub, file, d->dir, strerror(s->err),
                ago < 0 ? 0.0 : ago, d->full_probe_ms);
    } else if (full_errno(s->err)) {
      s->status = KILN_IO;
      ADD(d->n_failed, 1);
      kiln_errf(sh->msg, KILN_IO,
                "kiln disk: disk full: cannot write '%s/%s/%s' (%s): %s: %s; until space is freed "
                "in cache dir '%s', further writes fail at once",
                d->dir, sub, file, kiln__disk_job_desc(j, desc, sizeof desc), s->op, strerror(s->err), d->dir);
    } else if (s->err == EISDIR) {
      s->status = KILN_IO;
      ADD(d->n_failed, 1);
      kiln_errf(sh->msg, KILN_IO,
                "kiln disk: cannot write %s: '%s/%s/%s' is a directory, not a cache file: remove "
                "it by hand (kiln cache gc removes it when empty)",
                kiln__disk_job_desc(j, desc, sizeof desc), d->dir, sub, file);
    } else {
      s->status = KILN_IO;
      ADD(d->n_failed, 1);
      kiln_errf(sh->msg, KILN_IO,
                "kiln disk: cannot write '%s/%s/%s' (%s): %s: %s (%d attempt%s)", d->dir, sub,
                file, kiln__disk_job_desc(j, desc, sizeof desc), s->op, strerror(s->err), s->attempts,
                s->attempts == 1 ? "" : "s");
    }
    kiln__disk_complete(j, s->status, sh->msg);
  }
  g->n = 0;
  /* Before group_done: a drain waiting on these writes waits for the cap too. */
  if (d->max_bytes) kiln__disk_evict_maybe(d, 0);
  return bytes;
}

/* Accounts a finished group and wakes drains. Under d->mu. */
static void group_done(shard *sh, group *g, group *g_next, int n, uint64_t bytes) {
  kiln_disk *d = sh->d;
  d->pending_jobs -= (uint64_t)n;
  d->pending_bytes -= bytes;
  g->taken = 0;
  sh->busy_min = g_next ? g_next->slots[0].j->seq : UINT64_MAX;
  pthread_cond_broadcast(&d->idle_cv);
}

/* Finishes group g (prev when next is the group written meanwhile). Called
 * and returns under d->mu. */
static void finish_unlocked(shard *sh, group *g, group *next) {
  kiln_disk *d = sh->d;
  int n = g->n;
  pthread_mutex_unlock(&d->mu);
  uint64_t bytes = group_finish(sh, g);
  pthread_mutex_lock(&d->mu);
  group_done(sh, g, next, n, bytes);
}

void *kiln__disk_io_main(void *arg) {
  shard *sh = arg;
  kiln_disk *d = sh->d;
  group *prev = NULL; /* written, not yet finished */
  if (sh->idx == 0 && d->max_bytes) kiln__disk_evict_maybe(d, 1); /* kiln_disk_new counted it */
  pthread_mutex_lock(&d->mu);
  for (;;) {
    while (!d->closing && !sh->head && !prev) pthread_cond_wait(&sh->cv, &d->mu);
    if (d->closing) break;
    if (sh->head && sh->head->op != KILN__DISK_OP_WRITE) {
      /* A removal runs alone, after every write queued before it landed. */
      if (prev) {
        finish_unlocked(sh, prev, NULL);
        prev = NULL;
      }
      job *j = sh->head;
      sh->head = j->next;
      if (!sh->head) sh->tail = NULL;
      sh->busy_min = j->seq;
      pthread_mutex_unlock(&d->mu);
      kiln__disk_run_op(d, j);
      pthread_mutex_lock(&d->mu);
      sh->busy_min = UINT64_MAX;
      d->evict_inflight--;
      pthread_cond_broadcast(&d->idle_cv);
      continue;
    }
    group *g = NULL;
    if (sh->head) {
      g = prev == &sh->g[0] ? &sh->g[1] : &sh->g[0];
      size_t bytes = 0;
      g->n = 0;
      while (sh->head && sh->head->op == KILN__DISK_OP_WRITE && g->n < d->batch_max &&
             (g->n == 0 || bytes < GROUP_BYTES)) {
        job *j = sh->head;
        sh->head = j->next;
        if (!sh->head) sh->tail = NULL;
        bytes += j->len;
        g->slots[g->n++] = (slot){ .j = j, .h = j->h, .tyh = XXH3_64bits(j->type, j->type_len),
                                   .state = S_FAILED, .fd = -1, .attempts = 1, .status = KILN_OK };
      }
      g->taken = g->n;
      if (!prev) sh->busy_min = g->slots[0].j->seq;
      pthread_mutex_unlock(&d->mu);
      group_write(sh, g);
      pthread_mutex_lock(&d->mu);
    }
    if (prev) {
      finish_unlocked(sh, prev, g);
      prev = NULL;
    }
    if (g) {
      if (sh->head && !d->closing) {
        prev = g; /* finish it after the next group is written */
        continue;
      }
      finish_unlocked(sh, g, NULL);
    }
  }
  if (prev) finish_unlocked(sh, prev, NULL);
  pthread_mutex_unlock(&d->mu);
  return NULL;
}

/* Under d->mu: the queue, then the groups taken from it. */
int kiln__disk_write_drop(kiln_disk *d, kiln__disk_h128 h) {
  shard *sh = &d->shards[h.lo % (uint64_t)d->nthreads];
  int pending = 0;
  for (job *j = sh->head; j && !pending; j = j->next)
    pending = j->op == KILN__DISK_OP_WRITE && j->h.lo == h.lo && j->h.hi == h.hi;
  for (int k = 0; k < 2; k++)
    for (int i = 0; i < sh->g[k].taken; i++)
      if (sh->g[k].slots[i].h.lo == h.lo && sh->g[k].slots[i].h.hi == h.hi) {
        sh->g[k].slots[i].dropped = 1;
        pending = 1;
      }
  return pending;
}
