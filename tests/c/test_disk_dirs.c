/* Disk cache: what sits in and around cache_dir. Non-regular files at
 * entry paths (FIFOs, directories) never hang or wedge the cache; a
 * cache_dir that is not kiln's is refused and left untouched; crash
 * leftovers are removed only when kiln provably wrote them. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "disk.h"
#include "disk_format.h"
#include "kiln_err.h"
#include "ktest.h"

static int rm_cb(const char *p, const struct stat *st, int flag, struct FTW *f) { return remove(p); }
static void rm_rf(const char *dir) { nftw(dir, rm_cb, 16, FTW_DEPTH | FTW_PHYS); }

/* A regression (a blocking open of a FIFO) fails the run instead of hanging it. */
static const char *volatile current = "?";
static void on_alarm(int sig) {
  static const char m[] = "FAIL disk_dirs: timed out (blocked on a FIFO?) in ";
  if (write(2, m, sizeof m - 1) < 0 || write(2, current, strlen(current)) < 0 || write(2, "\n", 1) < 0) {}
  _exit(1);
}
static void guard(const char *name, unsigned s) {
  current = name;
  signal(SIGALRM, on_alarm);
  alarm(s);
}

static int exists(const char *dir, const char *rel) {
  char p[512];
  struct stat st;
  snprintf(p, sizeof p, "%s/%s", dir, rel);
  return lstat(p, &st) == 0;
}

static int touch(const char *dir, const char *rel, const void *bytes, size_t n) {
  char p[512];
  snprintf(p, sizeof p, "%s/%s", dir, rel);
  int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return -1;
  int ok = n == 0 || write(fd, bytes, n) == (ssize_t)n;
  close(fd);
  return ok ? 0 : -1;
}

static kiln_disk_id the_id(void) {
  kiln_disk_id id = { "tex", 3, "stone", 5, 1, 42 };
  return id;
}

static int put(kiln_disk *d, const kiln_disk_id *id) {
  char msg[KILN_ERRMSG_MAX];
  static const char data[] = "some payload bytes";
  if (kiln_disk_write(d, id, 0, (void *)data, sizeof data, NULL, NULL, 0, NULL, NULL, msg) != KILN_OK)
    return -1;
  return kiln_disk_drain(d, 10, msg);
}

typedef struct last { int calls, status; char msg[KILN_ERRMSG_MAX]; } last;
static void on_done(void *ud, int status, const char *msg) {
  last *l = ud;
  l->calls++;
  l->status = status;
  snprintf(l->msg, sizeof l->msg, "%s", msg);
}

static kiln_disk *open_dir(const char *dir, char *msg) {
  kiln_disk_config cfg = { .cache_dir = dir, .durability = KILN_DISK_RENAME };
  kiln_disk *d = NULL;
  return kiln_disk_new(&cfg, &d, msg) == KILN_OK ? d : NULL;
}

/* ------------------------------------------------------- non-regular files */

/* A FIFO replaces an indexed entry: the read is an I/O miss naming the
 * path, at once; the index forgets the entry. */
KT_TEST(fifo_at_entry_read) {
  guard("fifo_at_entry_read", 10);
  char dir[64] = "/tmp/kiln-disk-XXXXXX", msg[KILN_ERRMSG_MAX], path[256];
  KT_REQUIRE(mkdtemp(dir));
  kiln_disk *d = open_dir(dir, msg);
  KT_REQUIRE(d);
  kiln_disk_id id = the_id();
  KT_REQUIRE(put(d, &id) == KILN_OK && kiln_disk_has(d, &id));
  KT_REQUIRE(kiln_disk_path(d, &id, path, sizeof path) == KILN_OK);
  KT_REQUIRE(unlink(path) == 0 && mkfifo(path, 0644) == 0);
  kiln_disk_blob b;
  KT_CHECK(kiln_disk_read(d, &id, &b, msg) == KILN_IO && b.miss == KILN_DISK_MISS_IO);
  KT_CHECK(strstr(msg, path) && strstr(msg, "not a regular file"));
  KT_CHECK(!kiln_disk_has(d, &id));
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.read_misses[KILN_DISK_MISS_IO] == 1 && st.read_hits == 0);
  /* A write replaces the FIFO with the entry. */
  KT_CHECK(put(d, &id) == KILN_OK && kiln_disk_read(d, &id, &b, msg) == KILN_OK);
  kiln_disk_blob_free(&b);
  kiln_disk_free(d);
  rm_rf(dir);
  alarm(0);
}

/* FIFOs at an entry path and at a temp-file name: the start-up scan
 * skips them (counted) instead of blocking. */
KT_TEST(fifo_at_entry_scan) {
  guard("fifo_at_entry_scan", 10);
  char dir[64] = "/tmp/kiln-disk-XXXXXX", msg[KILN_ERRMSG_MAX], path[256], tmp[300];
  KT_REQUIRE(mkdtemp(dir));
  kiln_disk *d = open_dir(dir, msg);
  KT_REQUIRE(d);
  kiln_disk_id id = the_id();
  KT_REQUIRE(put(d, &id) == KILN_OK);
  KT_REQUIRE(kiln_disk_path(d, &id, path, sizeof path) == KILN_OK);
  kiln_disk_free(d);
  KT_REQUIRE(unlink(path) == 0 && mkfifo(path, 0644) == 0);
  snprintf(tmp, sizeof tmp, "%.*s/tmp.7.0.1", (int)(strrchr(path, '/') - path), path);
  KT_REQUIRE(mkfifo(tmp, 0644) == 0);
  d = open_dir(dir, msg);
  KT_REQUIRE(d);
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.scan_skipped == 1 && st.scan_entries == 0 && !kiln_disk_has(d, &id));
  /* Not a file kiln wrote: kept. */
  struct stat ls;
  KT_CHECK(lstat(tmp, &ls) == 0 && S_ISFIFO(ls.st_mode) && st.temps_removed == 0);
  kiln_disk_free(d);
  rm_rf(dir);
  alarm(0);
}

/* -------------------------------------------------------- foreign dirs */

/* A non-empty directory that is not a kiln cache is refused and left
 * exactly as it was: no subdirectories, no lock, no marker, user files kept. */
KT_TEST(foreign_dir_refused) {
  char dir[64] = "/tmp/kiln-disk-XXXXXX", msg[KILN_ERRMSG_MAX] = "";
  KT_REQUIRE(mkdtemp(dir));
  KT_REQUIRE(touch(dir, "notes.txt", "hello", 5) == 0);
  char sub[128];
  snprintf(sub, sizeof sub, "%s/0", dir);
  KT_REQUIRE(mkdir(sub, 0755) == 0);
  KT_REQUIRE(touch(dir, "0/tmp.x", "mine", 4) == 0);
  KT_REQUIRE(touch(dir, "0/tmp.1.0.0", "mine too", 8) == 0);
  kiln_disk_config cfg = { .cache_dir = dir };
  kiln_disk *d = (kiln_disk *)1;
  int rc = kiln_disk_new(&cfg, &d, msg);
  KT_CHECK(rc == KILN_INVAL && d == NULL);
  KT_CHECK(strstr(msg, dir) && strstr(msg, "not a kiln cache") && strstr(msg, "choose another cache_dir"));
  KT_CHECK(exists(dir, "notes.txt") && exists(dir, "0/tmp.x") && exists(dir, "0/tmp.1.0.0"));
  KT_CHECK(!exists(dir, "lock") && !exists(dir, "1") && !exists(dir, "f") && !exists(dir, "CACHEDIR.TAG"));
  if (rc == KILN_OK) kiln_disk_free(d);
  /* Another tool's cache tag is not kiln's. */
  KT_REQUIRE(unlink(strcat(strcpy(sub, dir), "/notes.txt")) == 0);
  KT_REQUIRE(touch(dir, "CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n", 44) == 0);
  d = NULL;
  rc = kiln_disk_new(&cfg, &d, msg);
  KT_CHECK(rc == KILN_INVAL && strstr(msg, "not a kiln cache") && !exists(dir, "lock"));
  if (rc == KILN_OK) kiln_disk_free(d);
  rm_rf(dir);
}

/* cache_dir is a symlink to someone's directory: refused the same way. */
KT_TEST(symlink_to_foreign_refused) {
  char dir[64] = "/tmp/kiln-disk-XXXXXX", msg[KILN_ERRMSG_MAX] = "", home[128], link[128];
  KT_REQUIRE(mkdtemp(dir));
  snprintf(home, sizeof home, "%s/home", dir);
  snprintf(link, sizeof link, "%s/cache", dir);
  KT_REQUIRE(mkdir(home, 0755) == 0 && touch(home, "a", "x", 1) == 0 && symlink(home, link) == 0);
  kiln_disk_config cfg = { .cache_dir = link };
  kiln_disk *d = NULL;
  int rc = kiln_disk_new(&cfg, &d, msg);
  KT_CHECK(rc == KILN_INVAL && strstr(msg, link) && strstr(msg, "not a kiln cache"));
  KT_CHECK(!exists(home, "lock") && !exists(home, "0") && !exists(home, "CACHEDIR.TAG"));
  if (rc == KILN_OK) kiln_disk_free(d);
  rm_rf(dir);
}

static int has_marker(const char *dir) {
  char p[512], buf[256] = "";
  snprintf(p, sizeof p, "%s/CACHEDIR.TAG", dir);
  FILE *f = fopen(p, "r");
  if (!f) return 0;
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = '\0';
  fclose(f);
  return strncmp(buf, "Signature: 8a477f597d28d172789f06886806bc55", 43) == 0 && strstr(buf, "kiln") != NULL;
}

/* New and empty directories get kiln's marker; a marked cache reopens,
 * with any extra files in it. */
KT_TEST(fresh_dir_gets_marker) {
  char dir[64] = "/tmp/kiln-disk-XXXXXX", msg[KILN_ERRMSG_MAX], fresh[128];
  KT_REQUIRE(mkdtemp(dir));
  kiln_disk *d = open_dir(dir, msg); /* empty */
  KT_REQUIRE(d);
  kiln_disk_free(d);
  KT_CHECK(has_marker(dir));
  snprintf(fresh, sizeof fresh, "%s/a/b", dir); /* missing */
  d = open_dir(fresh, msg);
  KT_REQUIRE(d);
  kiln_disk_id id = the_id();
  KT_CHECK(put(d, &id) == KILN_OK);
  kiln_disk_free(d);
  KT_CHECK(has_marker(fresh));
  KT_REQUIRE(touch(fresh, "README", "mine", 4) == 0);
  d = open_dir(fresh, msg);
  KT_REQUIRE(d);
  KT_CHECK(kiln_disk_has(d, &id));
  kiln_disk_free(d);
  rm_rf(dir);
}

/* A cache made before the marker existed (16 subdirs, lock, entries, a
 * crash leftover, nothing else) is adopted; with a foreign file in it, it
 * is not. */
KT_TEST(legacy_cache_adopted) {
  char dir[64] = "/tmp/kiln-disk-XXXXXX", msg[KILN_ERRMSG_MAX], p[256];
  KT_REQUIRE(mkdtemp(dir));
  kiln_disk *d = open_dir(dir, msg);
  KT_REQUIRE(d);
  kiln_disk_id id = the_id();
  KT_REQUIRE(put(d, &id) == KILN_OK);
  KT_REQUIRE(kiln_disk_path(d, &id, p, sizeof p) == KILN_OK);
  kiln_disk_free(d);
  snprintf(p, sizeof p, "%s/CACHEDIR.TAG", dir);
  unlink(p); /* what the old code left */
  KT_REQUIRE(touch(dir, "3/tmp.99.0.5", KILN__DISK_MAGIC "partial", 15) == 0);
  d = open_dir(dir, msg);
  KT_REQUIRE(d);
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(kiln_disk_has(d, &id) && st.temps_removed == 1 && !exists(dir, "3/tmp.99.0.5"));
  kiln_disk_free(d);
  KT_CHECK(has_marker(dir));
  /* The same layout with a stranger in a subdirectory: refused, untouched. */
  KT_REQUIRE(unlink(p) == 0);
  KT_REQUIRE(touch(dir, "3/tmp.99.0.6", KILN__DISK_MAGIC "partial", 15) == 0);
  KT_REQUIRE(touch(dir, "5/holiday.jpg", "jpeg", 4) == 0);
  d = NULL;
  int rc = kiln_disk_new(&(kiln_disk_config){ .cache_dir = dir }, &d, msg);
  KT_CHECK(rc == KILN_INVAL && strstr(msg, "holiday.jpg"));
  KT_CHECK(exists(dir, "3/tmp.99.0.6") && exists(dir, "5/holiday.jpg") && !exists(dir, "CACHEDIR.TAG"));
  if (rc == KILN_OK) kiln_disk_free(d);
  rm_rf(dir);
}

/* In a marked cache, only a regular file with kiln's exact temp-name
 * pattern and kiln's magic (or shorter than a header) is a crash leftover. */
KT_TEST(temp_cleanup_is_strict) {
  char dir[64] = "/tmp/kiln-disk-XXXXXX", msg[KILN_ERRMSG_MAX], p[256];
  KT_REQUIRE(mkdtemp(dir));
  kiln_disk *d = open_dir(dir, msg);
  KT_REQUIRE(d);
  kiln_disk_free(d);
  KT_REQUIRE(touch(dir, "0/tmp.notes", "user", 4) == 0);            /* loose name */
  KT_REQUIRE(touch(dir, "0/tmp.1.0.0.bak", "user", 4) == 0);        /* trailing junk */
  static const char text[] = "plain text, long enough to hold a kiln header, and not one at all";
  KT_REQUIRE(touch(dir, "0/tmp.2.0.0", text, sizeof text - 1) == 0); /* no magic */
  KT_REQUIRE(touch(dir, "0/tmp.3.0.0", KILN__DISK_MAGIC "body", 12) == 0); /* ours */
  KT_REQUIRE(touch(dir, "0/tmp.4.1.7", "", 0) == 0);                /* ours, empty */
  snprintf(p, sizeof p, "%s/0/tmp.5.0.0", dir);
  KT_REQUIRE(symlink("/etc/hostname", p) == 0);                     /* a link */
  d = open_dir(dir, msg);
  KT_REQUIRE(d);
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.temps_removed == 2);
  KT_CHECK(exists(dir, "0/tmp.notes") && exists(dir, "0/tmp.1.0.0.bak") && exists(dir, "0/tmp.2.0.0"));
  KT_CHECK(!exists(dir, "0/tmp.3.0.0") && !exists(dir, "0/tmp.4.1.7") && exists(dir, "0/tmp.5.0.0"));
  kiln_disk_free(d);
  rm_rf(dir);
}

/* ----------------------------------------------- directories at entries */

/* A write whose final path is a directory: an empty one (kiln's entry
 * path) is removed and the write lands; a non-empty one fails at once
 * with a message naming the path. */
KT_TEST(dir_at_entry_write) {
  guard("dir_at_entry_write", 20);
  char dir[64] = "/tmp/kiln-disk-XXXXXX", msg[KILN_ERRMSG_MAX], path[256];
  KT_REQUIRE(mkdtemp(dir));
  kiln_disk *d = open_dir(dir, msg);
  KT_REQUIRE(d);
  kiln_disk_id id = the_id();
  KT_REQUIRE(kiln_disk_path(d, &id, path, sizeof path) == KILN_OK);
  KT_REQUIRE(mkdir(path, 0755) == 0);
  KT_CHECK(put(d, &id) == KILN_OK && kiln_disk_has(d, &id));
  struct stat st;
  KT_CHECK(lstat(path, &st) == 0 && S_ISREG(st.st_mode));
  KT_REQUIRE(unlink(path) == 0 && mkdir(path, 0755) == 0);
  KT_REQUIRE(touch(path, "keep", "x", 1) == 0);
  last l = { 0 };
  static const char data[] = "abc";
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  KT_REQUIRE(kiln_disk_write(d, &id, 0, (void *)data, 3, NULL, NULL, 0, on_done, &l, msg) == KILN_OK);
  KT_CHECK(kiln_disk_drain(d, 10, msg) == KILN_OK);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  KT_CHECK(l.calls == 1 && l.status == KILN_IO);
  KT_CHECK(strstr(l.msg, path) && strstr(l.msg, "is a directory") && strstr(l.msg, "remove it"));
  KT_CHECK(t1.tv_sec - t0.tv_sec < 2);
  kiln_disk_stats ks;
  kiln_disk_stats_get(d, &ks);
  KT_CHECK(ks.retries == 0);
  KT_CHECK(exists(path, "keep"));
  kiln_disk_free(d);
  rm_rf(dir);
  alarm(0);
}

/* A FIFO planted as the lock file: refused by name, not waited on. */
KT_TEST(fifo_lock_refused) {
  guard("fifo_lock_refused", 10);
  char dir[64] = "/tmp/kiln-disk-XXXXXX", msg[KILN_ERRMSG_MAX] = "", p[128];
  KT_REQUIRE(mkdtemp(dir));
  kiln_disk *d = open_dir(dir, msg);
  KT_REQUIRE(d);
  kiln_disk_free(d);
  snprintf(p, sizeof p, "%s/lock", dir);
  KT_REQUIRE(unlink(p) == 0 && mkfifo(p, 0644) == 0);
  d = open_dir(dir, msg);
  KT_CHECK(d == NULL && strstr(msg, p) && strstr(msg, "not a regular file"));
  kiln_disk_free(d);
  rm_rf(dir);
  alarm(0);
}

/* A directory holding only kiln caches (the demo's .kiln-cache/demo and
 * .kiln-cache/hello) is kiln's own: it may become a cache itself. */
KT_TEST(nested_caches_adopted) {
  char dir[64] = "/tmp/kiln-disk-XXXXXX", msg[KILN_ERRMSG_MAX], sub[128];
  KT_REQUIRE(mkdtemp(dir));
  snprintf(sub, sizeof sub, "%s/demo", dir);
  kiln_disk *d = open_dir(sub, msg);
  KT_REQUIRE(d);
  kiln_disk_free(d);
  d = open_dir(dir, msg);
  KT_CHECK(d != NULL && has_marker(dir));
  kiln_disk_free(d);
  rm_rf(dir);
}

KT_MAIN("disk_dirs", KT_CASE(fifo_at_entry_read), KT_CASE(fifo_at_entry_scan),
        KT_CASE(foreign_dir_refused), KT_CASE(symlink_to_foreign_refused),
        KT_CASE(fresh_dir_gets_marker), KT_CASE(legacy_cache_adopted), KT_CASE(temp_cleanup_is_strict),
        KT_CASE(dir_at_entry_write), KT_CASE(fifo_lock_refused),
        KT_CASE(nested_caches_adopted))
