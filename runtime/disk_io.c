/* kiln disk cache: the default POSIX I/O layer, safe opens, directory
 * walking, the cache lock and the cache-dir marker (shared by the cache
 * and the `kiln cache` command line, disk_cli.c). */
#include "disk_io.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <lz4.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "disk_format.h"
#include "kiln_err.h"

/* ------------------------------------------------------------ POSIX layer */

static int px_openat(void *c, int dirfd, const char *path, int flags, mode_t mode) {
  return openat(dirfd, path, flags, mode);
}
static int px_close(void *c, int fd) { return close(fd); }
static ssize_t px_write(void *c, int fd, const void *buf, size_t len) {
  return write(fd, buf, len);
}
static ssize_t px_pread(void *c, int fd, void *buf, size_t len, off_t off) {
  return pread(fd, buf, len, off);
}
static int px_fsync(void *c, int fd) { return fsync(fd); }
static int px_writeback(void *c, int fd) {
  return sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
}
static int px_renameat(void *c, int od, const char *op, int nd, const char *np) {
  return renameat(od, op, nd, np);
}
static int px_unlinkat(void *c, int dirfd, const char *path, int flags) {
  return unlinkat(dirfd, path, flags);
}
static int px_mkdirat(void *c, int dirfd, const char *path, mode_t mode) {
  return mkdirat(dirfd, path, mode);
}

static const kiln_disk_io posix_io = {
  NULL, px_openat, px_close, px_write, px_pread, px_fsync, px_writeback,
  px_renameat, px_unlinkat, px_mkdirat,
};

const kiln_disk_io *kiln_disk_io_posix(void) { return &posix_io; }

void kiln__disk_io_resolve(const kiln_disk_io *cfg, kiln_disk_io *out) {
  *out = posix_io;
  if (!cfg) return;
  out->ctx = cfg->ctx;
#define TAKE(f) if (cfg->f) out->f = cfg->f
  TAKE(openat); TAKE(close); TAKE(write); TAKE(pread); TAKE(fsync); TAKE(writeback);
  TAKE(renameat); TAKE(unlinkat); TAKE(mkdirat);
#undef TAKE
}

ssize_t kiln__disk_pread_all(const kiln_disk_io *io, int fd, void *buf, size_t len, off_t off) {
  size_t got = 0;
  while (got < len) {
    ssize_t n = io->pread(io->ctx, fd, (char *)buf + got, len - got, off + (off_t)got);
    if (n < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if (n == 0) break;
    got += (size_t)n;
  }
  return (ssize_t)got;
}

int kiln__disk_write_all(const kiln_disk_io *io, int fd, const void *buf, size_t len) {
  const char *p = buf;
  while (len > 0) {
    ssize_t n = io->write(io->ctx, fd, p, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if (n == 0) { errno = EIO; return -1; }
    p += n;
    len -= (size_t)n;
  }
  return 0;
}

int kiln__disk_mkdir_p(const kiln_disk_io *io, const char *path, int sync, char *msg) {
  size_t n = strlen(path);
  if (n == 0) return kiln_errf(msg, KILN_INVAL, "kiln disk: empty cache_dir");
  char *p = malloc(n + 1);
  if (!p) return kiln_errf(msg, KILN_NOMEM, "kiln disk: no memory for the path '%s'", path);
  memcpy(p, path, n + 1);
  int r = KILN_OK;
  for (size_t i = 1; i <= n && r == KILN_OK; i++) {
    if (p[i] != '/' && p[i] != '\0') continue;
    char c = p[i];
    p[i] = '\0';
    if (io->mkdirat(io->ctx, AT_FDCWD, p, 0755) == 0) {
      if (sync) {
        /* The new directory entry lives in the parent: make it durable. */
        char *slash = strrchr(p, '/');
        const char *parent = slash ? (slash == p ? "/" : p) : ".";
        if (slash && slash != p) *slash = '\0';
        int fd = io->openat(io->ctx, AT_FDCWD, parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
        if (fd < 0 || io->fsync(io->ctx, fd) < 0)
          r = kiln_errf(msg, KILN_IO, "kiln disk: fsync of directory '%s': %s", parent,
                        strerror(errno));
        if (fd >= 0) io->close(io->ctx, fd);
        if (slash && slash != p) *slash = '/';
      }
    } else if (errno != EEXIST) {
      r = kiln_errf(msg, KILN_IO, "kiln disk: cannot create directory '%s': %s", p,
                    strerror(errno));
    }
    p[i] = c;
  }
  free(p);
  return r;
}

int kiln__disk_lock(int dirfd, const char *dir, char *msg) {
  /* O_NONBLOCK: a FIFO planted as "lock" must not stall start-up. */
  int fd = openat(dirfd, "lock", O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0644);
  if (fd < 0)
    return kiln_errf(msg, KILN_IO, "kiln disk: cannot open the lock file '%s/lock': %s", dir,
                     strerror(errno));
  struct stat st;
  if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return kiln_errf(msg, KILN_IO, "kiln disk: the lock file '%s/lock' is not a regular file; remove it",
                     dir);
  }
  while (flock(fd, LOCK_EX | LOCK_NB) < 0) {
    if (errno == EINTR) continue;
    int e = errno;
    close(fd);
    if (e == EWOULDBLOCK)
      return kiln_errf(msg, KILN_AGAIN,
                       "kiln disk: cache dir '%s' is in use by another kiln (lock '%s/lock')",
                       dir, dir);
    return kiln_errf(msg, KILN_IO, "kiln disk: cannot lock '%s/lock': %s", dir, strerror(e));
  }
  return fd;
}

int kiln__disk_sub_name(const char *s) {
  return strlen(s) == 1 && ((s[0] >= '0' && s[0] <= '9') || (s[0] >= 'a' && s[0] <= 'f'));
}

int kiln__disk_walk(int topfd, const char *dir, kiln__disk_walk_fn fn, void *ud, char *msg) {
  int top = openat(topfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  DIR *dp = top >= 0 ? fdopendir(top) : NULL;
  if (!dp) {
    int e = errno;
    if (top >= 0) close(top);
    return kiln_errf(msg, KILN_IO, "kiln disk: cannot list '%s': %s", dir, strerror(e));
  }
  /* Collect the subdirectory names first so fn may create or remove
   * entries of the top directory without disturbing this listing. */
  char subs[KILN__DISK_NSUB][2];
  int nsub = 0, r = KILN_OK;
  struct dirent *de;
  errno = 0;
  while ((de = readdir(dp)) != NULL) {
    if (kiln__disk_sub_name(de->d_name) && nsub < KILN__DISK_NSUB) memcpy(subs[nsub++], de->d_name, 2);
    errno = 0;
  }
  if (errno != 0)
    r = kiln_errf(msg, KILN_IO, "kiln disk: cannot list '%s': %s", dir, strerror(errno));
  closedir(dp);
  for (int i = 0; i < nsub && r == KILN_OK; i++) {
    int sfd = openat(topfd, subs[i], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (sfd < 0) continue; /* a symlink or vanished: not ours to follow */
    DIR *sp = fdopendir(sfd);
    if (!sp) {
      close(sfd);
      r = kiln_errf(msg, KILN_IO, "kiln disk: cannot list '%s/%s': %s", dir, subs[i],
                    strerror(errno));
      break;
    }
    errno = 0;
    while ((de = readdir(sp)) != NULL) {
      if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) {
        r = fn(ud, dirfd(sp), subs[i], de->d_name);
        if (r != 0) break;
      }
      errno = 0;
    }
    if (r == KILN_OK && errno != 0)
      r = kiln_errf(msg, KILN_IO, "kiln disk: cannot list '%s/%s': %s", dir, subs[i],
                    strerror(errno));
    closedir(sp);
  }
  return r;
}

/* ------------------------------------------------------------ safe opens */

const char *kiln__disk_not_regular(mode_t mode) {
  if (S_ISREG(mode)) return NULL;
  if (S_ISFIFO(mode)) return "not a regular file (a FIFO)";
  if (S_ISSOCK(mode)) return "not a regular file (a socket)";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "not a regular file (a device)";
  if (S_ISDIR(mode)) return "not a regular file (a directory)";
  if (S_ISLNK(mode)) return "not a regular file (a symlink)";
  return "not a regular file";
}

int kiln__disk_open_regular(const kiln_disk_io *io, int dirfd, const char *name, struct stat *st,
                            const char **why) {
  *why = NULL;
  /* Look before opening: opening a FIFO or a device can block or act. */
  if (fstatat(dirfd, name, st, AT_SYMLINK_NOFOLLOW) < 0) return -1;
  if ((*why = kiln__disk_not_regular(st->st_mode))) return -1;
  /* O_NOATIME: looking at a file (scan, CLI) is no access for the size
   * cap's LRU order; a read hit sets the atime itself. Not allowed on
   * another user's file (EPERM): then without. */
  int flags = O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC;
  int fd = io->openat(io->ctx, dirfd, name, flags | O_NOATIME, 0);
  if (fd < 0 && errno == EPERM) fd = io->openat(io->ctx, dirfd, name, flags, 0);
  if (fd < 0) {
    if (errno == ELOOP) *why = kiln__disk_not_regular(S_IFLNK);
    return -1;
  }
  /* The name may have been swapped since the fstatat. */
  struct stat st2;
  if (fstat(fd, &st2) < 0 || (*why = kiln__disk_not_regular(st2.st_mode))) {
    if (!*why) *why = "cannot stat";
    io->close(io->ctx, fd);
    return -1;
  }
  *st = st2;
  return fd;
}

int kiln__disk_temp_name(const char *name) {
  size_t n = strlen(KILN__DISK_TMP_PREFIX);
  if (strncmp(name, KILN__DISK_TMP_PREFIX, n) != 0) return 0;
  /* "tmp.<pid>.<thread>.<counter>": three decimal fields, nothing else. */
  const char *p = name + n;
  for (int field = 0; field < 3; field++) {
    int digits = 0;
    while (*p >= '0' && *p <= '9') { p++; digits++; }
    if (digits < 1 || digits > 20) return 0;
    if (field < 2 && *p++ != '.') return 0;
  }
  return *p == '\0';
}

int kiln__disk_temp_leftover(const kiln_disk_io *io, int subfd, const char *name) {
  if (!kiln__disk_temp_name(name)) return 0;
  struct stat st;
  const char *why;
  int fd = kiln__disk_open_regular(io, subfd, name, &st, &why);
  if (fd < 0) return 0;
  /* A writer puts the header first, so a leftover as long as a header
   * starts with the magic's signature "\x89KILN"; a shorter one may be a
   * torn first write and is judged by its name alone. */
  enum { SIG = 5 };
  int ours = st.st_size < (off_t)KILN__DISK_HDR;
  if (!ours) {
    char b[SIG];
    ours = kiln__disk_pread_all(io, fd, b, SIG, 0) == SIG && memcmp(b, KILN__DISK_MAGIC, SIG) == 0;
  }
  io->close(io->ctx, fd);
  return ours;
}

/* ----------------------------------------------------------- dir marker */

#define MARKER_SIG "Signature: 8a477f597d28d172789f06886806bc55\n"
static const char marker_text[] =
    MARKER_SIG
    "# This file is a cache directory tag created by kiln (a cache-baking runtime).\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
    "kiln-cache-format 1\n";

enum { MARK_NONE, MARK_PARTIAL, MARK_OK, MARK_FOREIGN };

/* State of dir's marker file. A strict prefix of kiln's text (a crash
 * while writing it) is MARK_PARTIAL: kiln's own, to be rewritten. */
static int marker_state(int dirfd) {
  struct stat st;
  const char *why;
  int fd = kiln__disk_open_regular(kiln_disk_io_posix(), dirfd, KILN_DISK_MARKER, &st, &why);
  if (fd < 0) return errno == ENOENT && !why ? MARK_NONE : MARK_FOREIGN;
  char b[1024];
  ssize_t n = kiln__disk_pread_all(kiln_disk_io_posix(), fd, b, sizeof b - 1, 0);
  close(fd);
  if (n < 0) return MARK_FOREIGN;
  b[n] = '\0';
  if ((size_t)n < sizeof marker_text - 1 && memcmp(b, marker_text, (size_t)n) == 0) return MARK_PARTIAL;
  if (strncmp(b, MARKER_SIG, strlen(MARKER_SIG)) == 0 && strstr(b, "\nkiln-cache-format ")) return MARK_OK;
  return MARK_FOREIGN;
}

/* 1 if dirfd/name is itself a marked kiln cache (the demo keeps its caches
 * in .kiln-cache/demo, .kiln-cache/hello, ...). */
static int marked_subdir(int dirfd, const char *name) {
  int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return 0;
  int ok = marker_state(fd) == MARK_OK;
  close(fd);
  return ok;
}

/* First name in dirfd that is not kiln's own layout (lock file, marker,
 * one-hex-digit directories holding only entry and temp names, marked
 * kiln caches nested in it), as "name" or "sub/name" in bad; 0 when there
 * is none, -1 on a listing error. */
static int foreign_name(int dirfd, char *bad, size_t cap) {
  int fd = openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  DIR *dp = fd >= 0 ? fdopendir(fd) : NULL;
  if (!dp) {
    if (fd >= 0) close(fd);
    return -1;
  }
  int found = 0;
  struct dirent *de;
  while (!found && (de = readdir(dp)) != NULL) {
    const char *n = de->d_name;
    struct stat st;
    if (!strcmp(n, ".") || !strcmp(n, "..") || !strcmp(n, KILN_DISK_MARKER)) continue;
    if (fstatat(dirfd, n, &st, AT_SYMLINK_NOFOLLOW) < 0) continue; /* vanished */
    if (!strcmp(n, "lock") && S_ISREG(st.st_mode)) continue;
    if (!kiln__disk_sub_name(n) && S_ISDIR(st.st_mode) && marked_subdir(dirfd, n)) continue;
    if (!kiln__disk_sub_name(n) || !S_ISDIR(st.st_mode)) {
      snprintf(bad, cap, "%s", n);
      found = 1;
      break;
    }
    int sfd = openat(dirfd, n, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    DIR *sp = sfd >= 0 ? fdopendir(sfd) : NULL;
    if (!sp) {
      if (sfd >= 0) close(sfd);
      snprintf(bad, cap, "%s", n);
      found = 1;
      break;
    }
    struct dirent *e;
    kiln__disk_h128 h;
    while ((e = readdir(sp)) != NULL) {
      if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
      if (kiln__disk_entry_name(n, e->d_name, &h) || kiln__disk_temp_name(e->d_name)) continue;
      if (snprintf(bad, cap, "%s/%s", n, e->d_name) < 0) bad[0] = 0;
      found = 1;
      break;
    }
    closedir(sp);
  }
  closedir(dp);
  return found;
}

static int write_marker(int dirfd, const char *dir, int sync, char *msg) {
  int fd = openat(dirfd, KILN_DISK_MARKER,
                  O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644);
  int e = 0;
  if (fd < 0) e = errno;
  else if (kiln__disk_write_all(kiln_disk_io_posix(), fd, marker_text, sizeof marker_text - 1) < 0 ||
           (sync && fsync(fd) < 0))
    e = errno;
  if (fd >= 0) close(fd);
  if (!e && sync && fsync(dirfd) < 0) e = errno;
  if (e)
    return kiln_errf(msg, KILN_IO, "kiln disk: cannot write the cache marker '%s/" KILN_DISK_MARKER "': %s",
                     dir, strerror(e));
  return KILN_OK;
}

int kiln__disk_claim(int dirfd, const char *dir, int adopt, int sync, char *msg) {
  int m = marker_state(dirfd);
  if (m == MARK_OK) return KILN_OK;
  char bad[300] = "";
  int f = m == MARK_FOREIGN ? (snprintf(bad, sizeof bad, "%s", KILN_DISK_MARKER), 1)
                            : foreign_name(dirfd, bad, sizeof bad);
  if (f < 0)
    return kiln_errf(msg, KILN_IO, "kiln disk: cannot list cache dir '%s': %s", dir, strerror(errno));
  if (f)
    return kiln_errf(msg, KILN_INVAL,
                     "kiln disk: cache_dir '%s' is not empty and is not a kiln cache (it has no "
                     KILN_DISK_MARKER " written by kiln; found '%s'); kiln does not write into it: "
                     "choose another cache_dir, or a new or empty directory", dir, bad);
  /* Empty, or nothing but the layout of a kiln from before the marker. */
  return adopt ? write_marker(dirfd, dir, sync, msg) : KILN_OK;
}
