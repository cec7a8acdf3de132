/* kiln disk cache: the start-up scan (crash leftovers, entry headers into
 * the index) and the subdirectories. Runs in kiln_disk_new, under the
 * cache lock, once kiln__disk_claim has shown the directory is kiln's. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "disk_impl.h"
#include "disk_io.h"
#include "kiln_err.h"

#define SCAN_READ 4096 /* first read of each entry at start-up */

typedef struct scan_ctx {
  kiln_disk *d;
  uint8_t *buf; /* header + longest type + longest key */
  size_t cap;
} scan_ctx;

static int scan_one(void *ud, int subfd, const char *sub, const char *name) {
  scan_ctx *c = ud;
  kiln_disk *d = c->d;
  if (kiln__disk_temp_name(name)) {
    /* Under the cache lock no live writer owns a temp file: a crash left
     * it, if it is one kiln wrote (a user's file of that name is kept). */
    if (kiln__disk_temp_leftover(&d->io, subfd, name) && d->io.unlinkat(d->io.ctx, subfd, name, 0) == 0)
      ADD(d->n_temps, 1);
    return 0;
  }
  kiln__disk_h128 h;
  if (!kiln__disk_entry_name(sub, name, &h)) return 0;
  struct stat st;
  const char *why;
  int fd = kiln__disk_open_regular(&d->io, subfd, name, &st, &why);
  int ok = 0;
  if (fd >= 0) {
    /* The header, type and key only: one small read for usual keys. */
    size_t want = (size_t)st.st_size < SCAN_READ ? (size_t)st.st_size : SCAN_READ;
    ssize_t got = kiln__disk_pread_all(&d->io, fd, c->buf, want, 0);
    kiln__disk_hdr hd;
    int miss;
    size_t need = 0;
    if (got >= (ssize_t)KILN__DISK_HDR &&
        kiln__disk_hdr_parse(c->buf, (size_t)got, d->max_raw, &hd, &miss, NULL) == KILN_OK &&
        hd.file_len == (size_t)st.st_size) {
      need = KILN__DISK_HDR + hd.type_len + hd.key_len; /* <= c->cap by the header checks */
      if ((size_t)got < need) {
        ssize_t more = kiln__disk_pread_all(&d->io, fd, c->buf + got, need - (size_t)got, got);
        got = more < 0 ? -1 : got + more;
      }
    }
    if (need && got >= (ssize_t)need) {
      const char *type = (const char *)c->buf + KILN__DISK_HDR;
      kiln__disk_h128 fh = kiln__disk_hash(type, hd.type_len, type + hd.type_len, hd.key_len);
      /* Last access: atime, or mtime when later (a noatime mount). */
      int64_t at = (int64_t)st.st_atim.tv_sec * 1000000000 + st.st_atim.tv_nsec;
      int64_t mt = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
      kiln__disk_ix_slot e = { .lo = h.lo, .hi = h.hi, .script_hash = hd.script_hash,
                               .bytes = (uint64_t)st.st_size, .atime_ns = at > mt ? at : mt,
                               .version = hd.version };
      if (fh.lo == h.lo && fh.hi == h.hi &&
          kiln__disk_ix_set(&d->ix, &e, type, hd.type_len, 0, 0, NULL) == KILN_OK)
        ok = 1;
    }
    d->io.close(d->io.ctx, fd);
  }
  ADD(*(ok ? &d->n_scan : &d->n_scan_skipped), 1);
  return 0;
}

int kiln__disk_scan(kiln_disk *d, char *msg) {
  scan_ctx c = { d, NULL, KILN__DISK_HDR + KILN_DISK_TYPE_MAX + KILN_DISK_KEY_MAX };
  c.buf = malloc(c.cap);
  if (!c.buf) return kiln_errf(msg, KILN_NOMEM, "kiln disk: no memory to scan '%s'", d->dir);
  int r = kiln__disk_walk(d->dirfd, d->dir, scan_one, &c, msg);
  free(c.buf);
  return r;
}

/* The subdirectories are made once, here, so writes do not pay a
 * mkdir and a cache-dir fsync each time they reach a new one. A write
 * still recreates one that went missing (open_sub in disk.c). */
int kiln__disk_make_subdirs(kiln_disk *d, char *msg) {
  int made = 0;
  for (int i = 0; i < KILN__DISK_NSUB; i++) {
    char name[3];
    snprintf(name, sizeof name, "%x", i);
    if (d->io.mkdirat(d->io.ctx, d->dirfd, name, 0755) == 0) made++;
    else if (errno != EEXIST)
      return kiln_errf(msg, KILN_IO, "kiln disk: cannot create directory '%s/%s': %s", d->dir, name,
                       strerror(errno));
  }
  if (made && d->durability == KILN_DISK_FSYNC && d->io.fsync(d->io.ctx, d->dirfd) < 0)
    return kiln_errf(msg, KILN_IO, "kiln disk: fsync of cache dir '%s': %s", d->dir, strerror(errno));
  return KILN_OK;
}
