/* kiln disk cache: lookups (has, path), reads with every check (pinning
 * the entry against the cap, refreshing its access time on a hit), misses
 * the caller detects (note_miss), and the stats snapshot. Reads run on any
 * thread with no cache lock held; only the index mutex is taken. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "disk_impl.h"
#include "disk_io.h"
#include "kiln_err.h"

/* Entries up to this size are read with one pread (see read_entry). */
#define READ_WHOLE_MAX (256 * 1024)

int kiln_disk_has(kiln_disk *d, const kiln_disk_id *id) {
  if (!d || kiln__disk_check_id(id, NULL) != KILN_OK) return 0;
  kiln__disk_ix_slot e;
  kiln__disk_h128 h = kiln__disk_hash(id->type, id->type_len, id->key, id->key_len);
  return kiln__disk_ix_get(&d->ix, h, &e) && e.version == id->version && e.script_hash == id->script_hash;
}

int kiln_disk_path(const kiln_disk *d, const kiln_disk_id *id, char *buf, size_t cap) {
  if (!d || kiln__disk_check_id(id, NULL) != KILN_OK || !buf) return KILN_INVAL;
  char sub[3], file[KILN__DISK_FILE_LEN + 1];
  kiln__disk_names(kiln__disk_hash(id->type, id->type_len, id->key, id->key_len), sub, file);
  int n = snprintf(buf, cap, "%s/%s/%s", d->dir, sub, file);
  return n < 0 || (size_t)n >= cap ? KILN_TOOBIG : KILN_OK;
}

static int miss_code(int why) {
  switch (why) {
  case KILN_DISK_MISS_ABSENT: return KILN_NOTFOUND;
  case KILN_DISK_MISS_STALE: return KILN_STALE;
  case KILN_DISK_MISS_TOOBIG: return KILN_TOOBIG;
  case KILN_DISK_MISS_IO: return KILN_IO;
  case KILN_DISK_MISS_NOMEM: return KILN_NOMEM;
  default: return KILN_CORRUPT;
  }
}

static int read_miss(kiln_disk *d, const kiln_disk_id *id, kiln_disk_blob *out, int why,
                     const kiln__disk_ix_slot *drop, kiln__disk_h128 h, char *msg, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));

static int read_miss(kiln_disk *d, const kiln_disk_id *id, kiln_disk_blob *out, int why,
                     const kiln__disk_ix_slot *drop, kiln__disk_h128 h, char *msg, const char *fmt, ...) {
  out->miss = why;
  ADD(d->n_miss[why], 1);
  kiln__disk_ix_count_type(&d->ix, id->type, id->type_len, KILN__DISK_T_MISS);
  if (drop) kiln__disk_ix_del(&d->ix, h, drop->gen, 0, NULL);
  if (msg) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, KILN_ERRMSG_MAX, fmt, ap);
    va_end(ap);
  }
  return miss_code(why);
}

static int open_sub(kiln_disk *d, const char *sub) {
  return d->io.openat(d->io.ctx, d->dirfd, sub, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC, 0);
}

/* The subdirectory fd reads use, opened on first use and kept: an openat
 * and a close less per hit. -1 with errno when it cannot be opened. */
static int read_sub(kiln_disk *d, int si, const char *sub) {
  int fd = atomic_load_explicit(&d->rsub[si], memory_order_acquire);
  if (fd >= 0) return fd;
  int nfd = open_sub(d, sub);
  if (nfd < 0) return -1;
  int cur = -1;
  if (atomic_compare_exchange_strong_explicit(&d->rsub[si], &cur, nfd, memory_order_acq_rel,
                                              memory_order_acquire))
    return nfd;
  d->io.close(d->io.ctx, nfd); /* another reader opened it first */
  return cur;
}

/* Opens entry file in subdirectory si (kiln__disk_open_regular's result,
 * errno and *not_reg). */
static int open_entry(kiln_disk *d, int si, const char *sub, const char *file, struct stat *st,
                      const char **not_reg) {
  *not_reg = NULL;
  int sfd = read_sub(d, si, sub);
  if (sfd < 0) return -1;
  int fd = kiln__disk_open_regular(&d->io, sfd, file, st, not_reg);
  if (fd >= 0 || *not_reg || errno != ENOENT) return fd;
  /* Not there: the kept fd may be of a subdirectory removed (or renamed)
   * since, and another made in its place. The name is looked up as it is
   * now, as a read did before fds were kept; failing to open it is this
   * read's error. */
  int nfd = open_sub(d, sub);
  if (nfd < 0) return -1;
  struct stat a, b;
  if (fstat(sfd, &a) == 0 && fstat(nfd, &b) == 0 && a.st_nlink > 0 && a.st_dev == b.st_dev &&
      a.st_ino == b.st_ino) {
    d->io.close(d->io.ctx, nfd); /* the same directory: the file is absent */
    errno = ENOENT;
    return -1;
  }
  fd = kiln__disk_open_regular(&d->io, nfd, file, st, not_reg);
  int e = errno;
  /* Keep the new fd; the old one is retired, not closed: another reader
   * may be using it. With the retired list full, this read's fd goes. */
  int slot = atomic_load_explicit(&d->n_rretired, memory_order_relaxed) < KILN__DISK_RETIRE_MAX
                 ? atomic_fetch_add_explicit(&d->n_rretired, 1, memory_order_relaxed)
                 : KILN__DISK_RETIRE_MAX;
  int cur = sfd;
  if (slot < KILN__DISK_RETIRE_MAX &&
      atomic_compare_exchange_strong_explicit(&d->rsub[si], &cur, nfd, memory_order_acq_rel,
                                              memory_order_acquire))
    d->rretired[slot] = sfd;
  else
    d->io.close(d->io.ctx, nfd);
  errno = e;
  return fd;
}

/* The read of a pinned entry e (see kiln_disk_read). */
static int read_entry(kiln_disk *d, const kiln_disk_id *id, kiln__disk_h128 h,
                      const kiln__disk_ix_slot *ep, kiln_disk_blob *out, char *msg,
                      void *(*alloc)(size_t), void (*release)(void *)) {
  kiln__disk_ix_slot e = *ep;
  /* The escaped type and key, for a miss's message only: a hit skips it. */
  char desc[300];
#define DESC() kiln__disk_describe(desc, sizeof desc, id->type, id->type_len, id->key, id->key_len)
  if (e.version != id->version || e.script_hash != id->script_hash)
    return read_miss(d, id, out, KILN_DISK_MISS_STALE, NULL, h, msg,
                     "kiln disk: %s is cached for version %u script %016llx, wanted version %u script %016llx",
                     DESC(), e.version, (unsigned long long)e.script_hash, id->version,
                     (unsigned long long)id->script_hash);
  char sub[3], file[KILN__DISK_FILE_LEN + 1];
  kiln__disk_names(h, sub, file);
  struct stat st;
  const char *not_reg;
  int fd = open_entry(d, (int)(h.hi >> 60), sub, file, &st, &not_reg);
  int e_open = errno;
  if (fd < 0)
    return read_miss(d, id, out, !not_reg && e_open == ENOENT ? KILN_DISK_MISS_ABSENT : KILN_DISK_MISS_IO,
                     &e, h, msg, "kiln disk: cannot open '%s/%s/%s' (%s): %s", d->dir, sub, file,
                     DESC(), not_reg ? not_reg : strerror(e_open));
  uint8_t *buf = NULL;
  int why = KILN_DISK_HIT;
  char detail[KILN_ERRMSG_MAX] = "";
  kiln__disk_hdr hd;
  kiln_disk_view v;
  uint8_t hb[KILN__DISK_HDR];
  size_t size = (size_t)st.st_size;
  /* A usual entry is read whole in one pread and its header checked from
   * that; a big one has its header read and checked first, so a damaged
   * one allocates nothing. */
  int whole = size <= READ_WHOLE_MAX;
  uint8_t *head = whole ? NULL : hb;
  ssize_t got = -1;
  if (whole && !(head = buf = malloc(size ? size : 1))) {
    why = KILN_DISK_MISS_NOMEM;
    snprintf(detail, sizeof detail, "no memory for %zu bytes", size);
  } else if ((got = kiln__disk_pread_all(&d->io, fd, head, whole || size < sizeof hb ? size : sizeof hb,
                                         0)) < 0) {
    why = KILN_DISK_MISS_IO;
    snprintf(detail, sizeof detail, "read: %s", strerror(errno));
  } else if (kiln__disk_hdr_parse(head, (size_t)got, d->max_raw, &hd, &why, detail) != KILN_OK) {
    /* why and detail set */
  } else if (hd.file_len != size) {
    why = hd.file_len > size ? KILN_DISK_MISS_TRUNCATED : KILN_DISK_MISS_HEADER;
    snprintf(detail, sizeof detail, "%s: %lld bytes, the header describes %zu",
             kiln_disk_miss_name(why), (long long)st.st_size, hd.file_len);
  } else if (!whole && !(buf = malloc(hd.file_len))) {
    why = KILN_DISK_MISS_NOMEM;
    snprintf(detail, sizeof detail, "no memory for %zu bytes", hd.file_len);
  } else if (!whole && (got = kiln__disk_pread_all(&d->io, fd, buf, hd.file_len, 0)) < 0) {
    why = KILN_DISK_MISS_IO;
    snprintf(detail, sizeof detail, "read: %s", strerror(errno));
  } else if (kiln_disk_parse(buf, (size_t)got, d->max_raw, &v, detail) != KILN_OK) {
    why = v.miss;
  } else if ((why = kiln_disk_view_match(&v, id)) == KILN_DISK_MISS_COLLISION) {
    char other[300];
    snprintf(detail, sizeof detail, "collision: the file holds %s",
             kiln__disk_describe(other, sizeof other, v.type, v.type_len, v.key, v.key_len));
  } else if (why == KILN_DISK_MISS_STALE) {
    snprintf(detail, sizeof detail, "stale: the file holds version %u script %016llx", v.version,
             (unsigned long long)v.script_hash);
  }
  if (why == KILN_DISK_HIT) {
    /* The access time that orders the cap's evictions, kept across runs:
     * a metadata update on the fd we hold, never an fsync. Best effort. */
    const struct timespec ts[2] = { { 0, UTIME_NOW }, { 0, UTIME_OMIT } };
    futimens(fd, ts);
  }
  d->io.close(d->io.ctx, fd);
  if (why != KILN_DISK_HIT) {
    free(buf);
    return read_miss(d, id, out, why, why == KILN_DISK_MISS_NOMEM ? NULL : &e, h, msg,
                     "kiln disk: miss for %s in '%s/%s/%s': %s", DESC(), d->dir, sub, file, detail);
  }
  if (alloc && v.raw_len > 0) {
    /* The caller's memory for the bytes, decoded (or copied) straight into
     * it; meta stays in the file buffer, which the blob keeps. */
    uint8_t *raw = alloc(v.raw_len);
    if (!raw) {
      free(buf);
      return read_miss(d, id, out, KILN_DISK_MISS_NOMEM, NULL, h, msg,
                       "kiln disk: no memory to decode %s (%zu bytes)", DESC(), v.raw_len);
    }
    if (v.codec == KILN__DISK_RAW) {
      memcpy(raw, v.stored, v.raw_len);
    } else if (kiln_disk_decode(&v, raw, v.raw_len, detail) != KILN_OK) {
      release(raw);
      free(buf);
      return read_miss(d, id, out, KILN_DISK_MISS_DECODE, &e, h, msg,
                       "kiln disk: miss for %s in '%s/%s/%s': %s", DESC(), d->dir, sub, file, detail);
    }
    out->owner_ = buf;
    out->data = raw;
    out->meta = v.meta;
    out->release_ = release;
  } else if (v.codec == KILN__DISK_RAW) {
    /* The payload sits 16-aligned inside the file buffer: hand it out as is. */
    out->owner_ = buf;
    out->data = (uint8_t *)v.stored;
    out->meta = v.meta;
  } else {
    uint8_t *raw = malloc(v.raw_len + v.meta_len + 1);
    if (!raw) {
      free(buf);
      return read_miss(d, id, out, KILN_DISK_MISS_NOMEM, NULL, h, msg,
                       "kiln disk: no memory to decode %s (%zu bytes)", DESC(), v.raw_len);
    }
    if (kiln_disk_decode(&v, raw, v.raw_len, detail) != KILN_OK) {
      free(raw);
      free(buf);
      return read_miss(d, id, out, KILN_DISK_MISS_DECODE, &e, h, msg,
                       "kiln disk: miss for %s in '%s/%s/%s': %s", DESC(), d->dir, sub, file, detail);
    }
    if (v.meta_len) memcpy(raw + v.raw_len, v.meta, v.meta_len);
    out->owner_ = raw;
    out->data = raw;
    out->meta = raw + v.raw_len;
    free(buf);
  }
  out->len = v.raw_len;
  out->meta_len = v.meta_len;
  out->kind = v.kind;
  out->miss = KILN_DISK_HIT;
  ADD(d->n_hits, 1);
  kiln__disk_ix_count_type(&d->ix, id->type, id->type_len, KILN__DISK_T_HIT);
  return KILN_OK;
}
#undef DESC

int kiln_disk_read(kiln_disk *d, const kiln_disk_id *id, kiln_disk_blob *out, char *msg) {
  return kiln_disk_read_into(d, id, out, msg, NULL, NULL);
}

int kiln_disk_read_into(kiln_disk *d, const kiln_disk_id *id, kiln_disk_blob *out, char *msg,
                        void *(*alloc)(size_t), void (*release)(void *)) {
  if (!out) return kiln_errf(msg, KILN_INVAL, "kiln disk: read into a NULL blob");
  memset(out, 0, sizeof *out);
  if (!alloc != !release) return kiln_errf(msg, KILN_INVAL, "kiln disk: read with alloc or release alone");
  if (!d) return kiln_errf(msg, KILN_INVAL, "kiln disk: read on a NULL cache");
  int r = kiln__disk_check_id(id, msg);
  if (r != KILN_OK) return r;
  kiln__disk_h128 h = kiln__disk_hash(id->type, id->type_len, id->key, id->key_len);
  kiln__disk_ix_slot e;
  /* Pinned while read: the cap does not pick it meanwhile. An explicit
   * evict may unlink it: an open fd still reads, a name gone before the
   * open is a plain absent miss. */
  if (!kiln__disk_ix_pin(&d->ix, h, &e)) {
    char desc[300];
    kiln__disk_describe(desc, sizeof desc, id->type, id->type_len, id->key, id->key_len);
    return read_miss(d, id, out, KILN_DISK_MISS_ABSENT, NULL, h, msg, "kiln disk: no entry for %s", desc);
  }
  r = read_entry(d, id, h, &e, out, msg, alloc, release);
  kiln__disk_ix_unpin(&d->ix, h, e.gen, r == KILN_OK, kiln__disk_wall_ns());
  return r;
}

void kiln_disk_note_miss(kiln_disk *d, const kiln_disk_id *id, int reason) {
  if (!d) return;
  if (reason <= KILN_DISK_HIT || reason >= KILN_DISK_MISS__COUNT) reason = KILN_DISK_MISS_DECODE;
  /* Take back the hit kiln_disk_read counted; never below zero. */
  uint64_t hits = GET(d->n_hits);
  while (hits > 0 && !atomic_compare_exchange_weak_explicit(&d->n_hits, &hits, hits - 1,
                                                            memory_order_relaxed, memory_order_relaxed)) {}
  ADD(d->n_miss[reason], 1);
  if (!id || kiln__disk_check_id(id, NULL) != KILN_OK) return;
  kiln__disk_ix_count_type(&d->ix, id->type, id->type_len, KILN__DISK_T_UNHIT);
  kiln__disk_ix_count_type(&d->ix, id->type, id->type_len, KILN__DISK_T_MISS);
  /* Drop the entry unless a rewrite with another identity replaced it. */
  kiln__disk_h128 h = kiln__disk_hash(id->type, id->type_len, id->key, id->key_len);
  kiln__disk_ix_slot e;
  if (kiln__disk_ix_get(&d->ix, h, &e) && e.version == id->version && e.script_hash == id->script_hash &&
      kiln__disk_ix_del(&d->ix, h, e.gen, 0, NULL) &&
      (reason == KILN_DISK_MISS_DECODE || reason == KILN_DISK_MISS_LOAD_FAILED))
    kiln__disk_heal(d, h); /* the bad file goes too, so it does not fail every run */
}

void kiln_disk_blob_free(kiln_disk_blob *b) {
  if (!b) return;
  if (b->release_ && b->data) b->release_(b->data);
  free(b->owner_);
  memset(b, 0, sizeof *b);
}

/* ----------------------------------------------------------------- stats */

void kiln_disk_stats_get(kiln_disk *d, kiln_disk_stats *out) {
  memset(out, 0, sizeof *out);
  if (!d) return;
  pthread_mutex_lock(&d->mu);
  out->pending_jobs = d->pending_jobs;
  out->pending_bytes = d->pending_bytes;
  pthread_mutex_unlock(&d->mu);
  out->writes_done = GET(d->n_done);
  out->write_failures = GET(d->n_failed);
  out->writes_timedout = GET(d->n_timedout);
  out->writes_canceled = GET(d->n_canceled);
  out->raw_bytes = GET(d->n_raw);
  out->stored_bytes = GET(d->n_stored);
  out->retries = GET(d->n_retries);
  out->read_hits = GET(d->n_hits);
  for (int i = 1; i < KILN_DISK_MISS__COUNT; i++) out->read_misses[i] = GET(d->n_miss[i]);
  out->index_entries = kiln__disk_ix_count(&d->ix);
  out->scan_entries = GET(d->n_scan);
  out->scan_skipped = GET(d->n_scan_skipped);
  out->temps_removed = GET(d->n_temps);
  out->full_skips = GET(d->n_full_skips);
  out->disk_full = atomic_load_explicit(&d->full_errno, memory_order_relaxed) != 0;
  out->evictions = GET(d->n_evictions);
  out->evictions_cap = GET(d->n_evictions_cap);
  out->evicted_bytes = GET(d->n_evicted_bytes);
  out->total_bytes = kiln__disk_ix_bytes(&d->ix);
  out->max_bytes = d->max_bytes;
}
