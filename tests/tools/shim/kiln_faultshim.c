/* LD_PRELOAD fault injection for runtime-level disk tests (built by
 * tests/faults.mk into $(BUILD)/tools/kiln_faultshim.so; not in tests/tools/
 * itself, whose *.c files are built as programs).
 *
 * Makes write(), pwrite(), pwrite64() and writev() on files under a
 * directory (except the cache-dir marker CACHEDIR.TAG) fail with an errno,
 * N times then succeed, or always:
 *   KILN_FAULT_DIR     directory (absolute, as /proc/self/fd shows it);
 *                      required, else the shim does nothing
 *   KILN_FAULT_ERRNO   ENOSPC (default), EIO, EDQUOT, EROFS, EFBIG or a number
 *   KILN_FAULT_COUNT   failures to inject, then succeed; -1: always (default 1)
 *   KILN_FAULT_MATCH   optional: only writes whose bytes contain this text
 *                      (a cache key: kiln writes it in the file's first write)
 *   KILN_FAULT_REPORT  optional file: "injected N" and the first path are
 *                      written there at exit, so a test can prove the faults
 *                      happened
 *   KILN_FAULT_DELAY_MS optional: a fault is this long a wait, and the write
 *                      then succeeds (a slow disk, holding a write in an
 *                      I/O thread while the test acts)
 * Matching writes are counted across threads; the decision is one atomic
 * increment, so exactly COUNT writes fail. */
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

typedef ssize_t (*write_fn)(int, const void *, size_t);
typedef ssize_t (*pwrite_fn)(int, const void *, size_t, off_t);
typedef ssize_t (*writev_fn)(int, const struct iovec *, int);

static char dir[PATH_MAX];
static size_t dir_len;
static int fail_errno = ENOSPC;
static long long fail_count = 1;
static const char *match;
static size_t match_len;
static const char *report;
static long delay_ms;
static atomic_llong seen;     /* matching writes so far */
static atomic_llong injected;
static char first_path[PATH_MAX];
static atomic_int have_first;

static int errno_from(const char *s) {
  static const struct { const char *name; int e; } names[] = {
    { "ENOSPC", ENOSPC }, { "EIO", EIO }, { "EDQUOT", EDQUOT }, { "EROFS", EROFS },
    { "EFBIG", EFBIG }, { "EACCES", EACCES },
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(s, names[i].name) == 0) return names[i].e;
  int n = atoi(s);
  return n > 0 ? n : ENOSPC;
}

__attribute__((constructor)) static void shim_init(void) {
  const char *d = getenv("KILN_FAULT_DIR");
  if (!d || !*d) return;
  if (!realpath(d, dir)) snprintf(dir, sizeof dir, "%s", d); /* may not exist yet */
  dir_len = strlen(dir);
  while (dir_len > 1 && dir[dir_len - 1] == '/') dir[--dir_len] = '\0';
  const char *e = getenv("KILN_FAULT_ERRNO");
  if (e && *e) fail_errno = errno_from(e);
  const char *c = getenv("KILN_FAULT_COUNT");
  if (c && *c) fail_count = atoll(c);
  match = getenv("KILN_FAULT_MATCH");
  if (match && !*match) match = NULL;
  if (match) match_len = strlen(match);
  report = getenv("KILN_FAULT_REPORT");
  const char *w = getenv("KILN_FAULT_DELAY_MS");
  if (w && *w) delay_ms = atol(w);
}

/* The fault for a write should_fail chose: fails it (returns 1, errno set)
 * or, with KILN_FAULT_DELAY_MS, waits and lets it through (returns 0). */
static int fault(void) {
  if (delay_ms > 0) {
    int saved = errno;
    usleep((useconds_t)(delay_ms * 1000));
    errno = saved;
    return 0;
  }
  errno = fail_errno;
  return 1;
}

__attribute__((destructor)) static void shim_fini(void) {
  if (!report || !*report) return;
  FILE *f = fopen(report, "w");
  if (!f) return;
  fprintf(f, "injected %lld\nerrno %d\nfirst %s\n", (long long)atomic_load(&injected), fail_errno,
          atomic_load(&have_first) ? first_path : "");
  fclose(f);
}

/* 1 when this write must fail: fd names a file under dir, the bytes match,
 * and the failure budget is not spent. */
static int should_fail(int fd, const void *buf, size_t len) {
  if (!dir_len || fd < 0) return 0;
  char link[64], path[PATH_MAX];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  int saved = errno;
  ssize_t n = readlink(link, path, sizeof path - 1);
  errno = saved;
  if (n <= 0) return 0;
  path[n] = '\0';
  if ((size_t)n <= dir_len || strncmp(path, dir, dir_len) != 0 || path[dir_len] != '/') return 0;
  /* The cache-dir marker is written once at start-up, not an artifact:
   * faults aimed at cache writes must not turn into a failed start. */
  const char *base = strrchr(path, '/');
  if (base && strcmp(base + 1, "CACHEDIR.TAG") == 0) return 0;
  if (match && (!buf || !memmem(buf, len, match, match_len))) return 0;
  long long i = atomic_fetch_add(&seen, 1);
  if (fail_count >= 0 && i >= fail_count) return 0;
  atomic_fetch_add(&injected, 1);
  int expected = 0;
  if (atomic_compare_exchange_strong(&have_first, &expected, 2)) {
    snprintf(first_path, sizeof first_path, "%s", path);
    atomic_store(&have_first, 1);
  }
  return 1;
}

ssize_t write(int fd, const void *buf, size_t len) {
  static write_fn real;
  if (!real) real = (write_fn)dlsym(RTLD_NEXT, "write");
  if (should_fail(fd, buf, len) && fault()) return -1;
  return real(fd, buf, len);
}

ssize_t pwrite(int fd, const void *buf, size_t len, off_t off) {
  static pwrite_fn real;
  if (!real) real = (pwrite_fn)dlsym(RTLD_NEXT, "pwrite");
  if (should_fail(fd, buf, len) && fault()) return -1;
  return real(fd, buf, len, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t len, off_t off) {
  static pwrite_fn real;
  if (!real) real = (pwrite_fn)dlsym(RTLD_NEXT, "pwrite64");
  if (should_fail(fd, buf, len) && fault()) return -1;
  return real(fd, buf, len, off);
}

ssize_t writev(int fd, const struct iovec *iov, int cnt) {
  static writev_fn real;
  if (!real) real = (writev_fn)dlsym(RTLD_NEXT, "writev");
  if (should_fail(fd, cnt > 0 ? iov[0].iov_base : NULL, cnt > 0 ? iov[0].iov_len : 0) && fault()) return -1;
  return real(fd, iov, cnt);
}
