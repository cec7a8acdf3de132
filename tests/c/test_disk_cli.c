/* `kiln cache ls|verify|gc|stats [dir]` and `kiln cache prune --max-bytes
 * N [dir]` (kiln_disk_cli): output, exit codes, what gc and prune remove
 * and keep. */
#include <fcntl.h>
#include <signal.h>
#include <time.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

#include "disk.h"
#include "kiln_err.h"
#include "ktest.h"

static int rm_cb(const char *p, const struct stat *st, int flag, struct FTW *f) { return remove(p); }
static void rm_rf(const char *dir) { nftw(dir, rm_cb, 16, FTW_DEPTH | FTW_PHYS); }

static char out[1 << 16];

/* Runs the CLI with stdout captured into out; returns its exit code. */
static int cli(const char *cmd, const char *dir) {
  char path[] = "/tmp/kiln-cli-out-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return -100;
  fflush(stdout);
  int saved = dup(1);
  dup2(fd, 1);
  char *argv[3] = { (char *)cmd, (char *)dir, NULL };
  int rc = kiln_disk_cli(dir ? 2 : (cmd ? 1 : 0), argv);
  fflush(stdout);
  dup2(saved, 1);
  close(saved);
  ssize_t n = pread(fd, out, sizeof out - 1, 0);
  out[n > 0 ? n : 0] = '\0';
  close(fd);
  unlink(path);
  return rc;
}

static char err[1 << 14];

/* Runs the CLI on argv (NULL-terminated) with stdout in out, stderr in err. */
static int cliv(char **argv) {
  char po[] = "/tmp/kiln-cli-out-XXXXXX", pe[] = "/tmp/kiln-cli-err-XXXXXX";
  int fo = mkstemp(po), fe = mkstemp(pe);
  if (fo < 0 || fe < 0) return -100;
  int argc = 0;
  while (argv[argc]) argc++;
  fflush(stdout);
  fflush(stderr);
  int so = dup(1), se = dup(2);
  dup2(fo, 1);
  dup2(fe, 2);
  int rc = kiln_disk_cli(argc, argv);
  fflush(stdout);
  fflush(stderr);
  dup2(so, 1);
  dup2(se, 2);
  close(so);
  close(se);
  ssize_t n = pread(fo, out, sizeof out - 1, 0);
  out[n > 0 ? n : 0] = '\0';
  n = pread(fe, err, sizeof err - 1, 0);
  err[n > 0 ? n : 0] = '\0';
  close(fo);
  close(fe);
  unlink(po);
  unlink(pe);
  return rc;
}

static int write_one(kiln_disk *d, const char *type, const char *key, size_t klen, uint32_t v,
                     size_t len) {
  static uint8_t buf[50000];
  for (size_t i = 0; i < sizeof buf; i++) buf[i] = (uint8_t)(i / 200);
  kiln_disk_id id = { type, strlen(type), key, klen, v, 5 };
  char msg[KILN_ERRMSG_MAX];
  if (kiln_disk_write(d, &id, 0, buf, len, NULL, NULL, 0, NULL, NULL, msg) != KILN_OK) return -1;
  return kiln_disk_drain(d, -1, msg);
}

static void age(kiln_disk *d, const char *type, const char *key, size_t klen, uint32_t v,
                time_t secs) {
  kiln_disk_id id = { type, strlen(type), key, klen, v, 5 };
  char path[256];
  kiln_disk_path(d, &id, path, sizeof path);
  struct timespec ts[2];
  clock_gettime(CLOCK_REALTIME, &ts[0]);
  ts[0].tv_sec -= secs;
  ts[1] = ts[0];
  utimensat(AT_FDCWD, path, ts, 0);
}

KT_TEST(ls_verify_gc) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  strcpy(dir, "/tmp/kiln-disk-XXXXXX");
  KT_REQUIRE(mkdtemp(dir));
  kiln_disk_config cfg = { .cache_dir = dir, .durability = KILN_DISK_RENAME };
  kiln_disk *d;
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  KT_REQUIRE(write_one(d, "tex", "old-a", 5, 1, 20000) == 0);
  KT_REQUIRE(write_one(d, "tex", "old-b", 5, 1, 100) == 0);
  KT_REQUIRE(write_one(d, "tex", "new\n\0x", 7, 2, 30000) == 0);
  KT_REQUIRE(write_one(d, "mat", "m", 1, 7, 0) == 0);
  age(d, "tex", "old-a", 5, 1, 3600);
  age(d, "tex", "old-b", 5, 1, 7200);
  age(d, "mat", "m", 1, 7, 86400 * 3);
  /* gc refuses while a kiln holds the cache. */
  KT_CHECK(cli("gc", dir) == 1);
  kiln_disk_free(d);

  KT_CHECK(cli("ls", dir) == 0);
  KT_CHECK(strstr(out, "TYPE") && strstr(out, "new\\n\\0x") && strstr(out, "old-a"));
  KT_CHECK(strstr(out, "ls: 4 entries") && strstr(out, " 30000 ") && strstr(out, "3d"));
  KT_CHECK(strstr(out, "1h") && strstr(out, "2h"));
  KT_CHECK(cli("verify", dir) == 0 && strstr(out, "verify: 4 entries, 4 ok, 0 bad, 0 temp files"));

  /* Damage: a flipped byte, another format version, a temp file. */
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  char p_old[256], p_m[256], p_tmp[300];
  kiln_disk_id ida = { "tex", 3, "old-a", 5, 1, 5 }, idm = { "mat", 3, "m", 1, 7, 5 };
  kiln_disk_path(d, &ida, p_old, sizeof p_old);
  kiln_disk_path(d, &idm, p_m, sizeof p_m);
  kiln_disk_free(d);
  int fd = open(p_old, O_RDWR);
  KT_REQUIRE(fd >= 0);
  KT_REQUIRE(pwrite(fd, "X", 1, 200) == 1);
  close(fd);
  fd = open(p_m, O_RDWR);
  KT_REQUIRE(fd >= 0);
  KT_REQUIRE(pwrite(fd, "\x09", 1, 8) == 1);
  close(fd);
  snprintf(p_tmp, sizeof p_tmp, "%.*s/tmp.1.0.0", (int)(strrchr(p_m, '/') - p_m), p_m);
  fd = open(p_tmp, O_CREAT | O_WRONLY, 0644);
  KT_REQUIRE(fd >= 0);
  close(fd);

  KT_CHECK(cli("verify", dir) == 1);
  KT_CHECK(strstr(out, "BAD") && strstr(out, p_old + strlen(dir)) && strstr(out, "checksum"));
  KT_CHECK(strstr(out, "format version 9") && strstr(out, "temp ") &&
           strstr(out, "verify: 4 entries, 2 ok, 2 bad, 1 temp files"));
  KT_CHECK(cli("ls", dir) == 0 && strstr(out, "unreadable") && strstr(out, "ls: 3 entries"));

  /* gc: temp, other format, damaged, and tex version 1 (older than v2). */
  KT_CHECK(cli("gc", dir) == 0);
  KT_CHECK(strstr(out, "gc: removed 4 files") && strstr(out, "1 temp, 1 other format, 1 damaged, 1 stale; kept 1 entries"));
  KT_CHECK(access(p_tmp, F_OK) != 0 && access(p_old, F_OK) != 0 && access(p_m, F_OK) != 0);
  KT_CHECK(cli("verify", dir) == 0 && strstr(out, "verify: 1 entries, 1 ok, 0 bad, 0 temp files"));
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  kiln_disk_id idn = { "tex", 3, "new\n\0x", 7, 2, 5 };
  KT_CHECK(kiln_disk_has(d, &idn));
  kiln_disk_free(d);
  rm_rf(dir);
}

KT_TEST(usage_errors) {
  KT_CHECK(cli(NULL, NULL) == 2);
  KT_CHECK(cli("frobnicate", NULL) == 2);
  KT_CHECK(cli("ls", "/nonexistent/kiln/cache") == 1);
  /* Default directory: .kiln-cache in the working directory. */
  char dir[64], old[512];
  strcpy(dir, "/tmp/kiln-disk-XXXXXX");
  KT_REQUIRE(mkdtemp(dir) && getcwd(old, sizeof old));
  KT_REQUIRE(chdir(dir) == 0);
  KT_CHECK(cli("verify", NULL) == 1); /* no cache yet */
  KT_REQUIRE(mkdir(KILN_DISK_DEFAULT_DIR, 0755) == 0);
  KT_CHECK(cli("verify", NULL) == 0 && strstr(out, "verify: 0 entries"));
  KT_CHECK(cli("gc", NULL) == 0 && strstr(out, "gc: removed 0 files"));
  KT_REQUIRE(chdir(old) == 0);
  rm_rf(dir);
}

/* A regression (a blocking open of a FIFO) fails the run instead of hanging it. */
static void on_alarm(int sig) {
  static const char m[] = "FAIL disk_cli: timed out (blocked on a FIFO?)\n";
  if (write(2, m, sizeof m - 1) < 0) {}
  _exit(1);
}

static int exists(const char *dir, const char *rel) {
  char p[512];
  struct stat st;
  snprintf(p, sizeof p, "%s/%s", dir, rel);
  return lstat(p, &st) == 0;
}

/* FIFOs at an entry path and a temp name: ls, verify and gc report them
 * (by path) instead of blocking; gc removes the one at the entry path and
 * keeps the temp-named one (kiln never writes FIFOs). */
KT_TEST(fifo_entries) {
  signal(SIGALRM, on_alarm);
  alarm(20);
  char dir[64], msg[KILN_ERRMSG_MAX], p[256], tmp[300];
  strcpy(dir, "/tmp/kiln-disk-XXXXXX");
  KT_REQUIRE(mkdtemp(dir));
  kiln_disk_config cfg = { .cache_dir = dir, .durability = KILN_DISK_RENAME };
  kiln_disk *d;
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  KT_REQUIRE(write_one(d, "tex", "good", 4, 1, 100) == 0);
  KT_REQUIRE(write_one(d, "tex", "piped", 5, 1, 100) == 0);
  kiln_disk_id id = { "tex", 3, "piped", 5, 1, 5 };
  kiln_disk_path(d, &id, p, sizeof p);
  kiln_disk_free(d);
  KT_REQUIRE(unlink(p) == 0 && mkfifo(p, 0644) == 0);
  snprintf(tmp, sizeof tmp, "%.*s/tmp.1.0.0", (int)(strrchr(p, '/') - p), p);
  KT_REQUIRE(mkfifo(tmp, 0644) == 0);
  KT_CHECK(cli("ls", dir) == 0 && strstr(out, p) && strstr(out, "not a regular file") && strstr(out, "ls: 1 entries"));
  KT_CHECK(cli("verify", dir) == 1 && strstr(out, "BAD") && strstr(out, p) && strstr(out, "not a regular file"));
  KT_CHECK(cli("gc", dir) == 0 && strstr(out, "1 damaged"));
  struct stat st;
  KT_CHECK(lstat(p, &st) != 0 && lstat(tmp, &st) == 0 && S_ISFIFO(st.st_mode));
  KT_CHECK(cli("verify", dir) == 0);
  rm_rf(dir);
  alarm(0);
}

/* Directories at entry paths: gc removes an empty one and reports a
 * non-empty one, with its path, for removal by hand. */
KT_TEST(gc_heals_dirs) {
  char dir[64], msg[KILN_ERRMSG_MAX], p1[256], p2[256], keep[300];
  strcpy(dir, "/tmp/kiln-disk-XXXXXX");
  KT_REQUIRE(mkdtemp(dir));
  kiln_disk_config cfg = { .cache_dir = dir, .durability = KILN_DISK_RENAME };
  kiln_disk *d;
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  kiln_disk_id a = { "tex", 3, "a", 1, 1, 5 }, b = { "tex", 3, "b", 1, 1, 5 };
  kiln_disk_path(d, &a, p1, sizeof p1);
  kiln_disk_path(d, &b, p2, sizeof p2);
  kiln_disk_free(d);
  KT_REQUIRE(mkdir(p1, 0755) == 0 && mkdir(p2, 0755) == 0);
  snprintf(keep, sizeof keep, "%s/mine", p2);
  int fd = open(keep, O_CREAT | O_WRONLY, 0644);
  KT_REQUIRE(fd >= 0);
  close(fd);
  KT_CHECK(cli("gc", dir) == 1);
  KT_CHECK(strstr(out, p2) && strstr(out, "remove it by hand") && !strstr(out, p1));
  struct stat st;
  KT_CHECK(lstat(p1, &st) != 0 && lstat(keep, &st) == 0);
  rm_rf(dir);
}

/* gc on a directory that is not a kiln cache: refused, nothing touched. */
KT_TEST(gc_refuses_foreign) {
  char dir[64], sub[96];
  strcpy(dir, "/tmp/kiln-disk-XXXXXX");
  KT_REQUIRE(mkdtemp(dir));
  snprintf(sub, sizeof sub, "%s/0", dir);
  KT_REQUIRE(mkdir(sub, 0755) == 0);
  snprintf(sub, sizeof sub, "%s/0/tmp.1.0.0", dir);
  int fd = open(sub, O_CREAT | O_WRONLY, 0644);
  KT_REQUIRE(fd >= 0 && write(fd, "user", 4) == 4);
  close(fd);
  snprintf(sub, sizeof sub, "%s/todo.txt", dir);
  fd = open(sub, O_CREAT | O_WRONLY, 0644);
  KT_REQUIRE(fd >= 0);
  close(fd);
  KT_CHECK(cli("gc", dir) == 1);
  KT_CHECK(exists(dir, "0/tmp.1.0.0") && exists(dir, "todo.txt") && !exists(dir, "lock") &&
           !exists(dir, "CACHEDIR.TAG"));
  KT_CHECK(cli("verify", dir) == 1 && !exists(dir, "lock"));
  rm_rf(dir);
}

/* atime and mtime of an entry set apart: atime_ago, mtime_ago seconds. */
static void times2(kiln_disk *d, const char *type, const char *key, time_t atime_ago, time_t mtime_ago) {
  kiln_disk_id id = { type, strlen(type), key, strlen(key), 1, 5 };
  char path[256];
  kiln_disk_path(d, &id, path, sizeof path);
  struct timespec ts[2];
  clock_gettime(CLOCK_REALTIME, &ts[0]);
  ts[1] = ts[0];
  ts[0].tv_sec -= atime_ago;
  ts[1].tv_sec -= mtime_ago;
  utimensat(AT_FDCWD, path, ts, 0);
}

static uint64_t entry_files_bytes(const char *dir) {
  char cmd[256];
  snprintf(cmd, sizeof cmd, "find '%s' -name '*.kiln' -printf '%%s\\n' | awk '{s+=$1} END {print s+0}'", dir);
  FILE *p = popen(cmd, "r");
  unsigned long long n = 0;
  if (p) { if (fscanf(p, "%llu", &n) != 1) n = 0; pclose(p); }
  return n;
}

static int has_key(const char *dir, const char *type, const char *key) {
  char msg[KILN_ERRMSG_MAX];
  kiln_disk_config cfg = { .cache_dir = dir, .durability = KILN_DISK_RENAME };
  kiln_disk *d;
  if (kiln_disk_new(&cfg, &d, msg) != KILN_OK) return -1;
  kiln_disk_id id = { type, strlen(type), key, strlen(key), 1, 5 };
  int h = kiln_disk_has(d, &id);
  kiln_disk_free(d);
  return h;
}

/* stats per type; prune by last access (atime, or mtime when later),
 * refused while a kiln holds the cache; bad arguments are usage errors. */
KT_TEST(prune_and_stats) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  strcpy(dir, "/tmp/kiln-disk-XXXXXX");
  KT_REQUIRE(mkdtemp(dir));
  kiln_disk_config cfg = { .cache_dir = dir, .durability = KILN_DISK_RENAME };
  kiln_disk *d;
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  char key[16];
  for (int i = 0; i < 10; i++) {
    snprintf(key, sizeof key, "t%d", i);
    KT_REQUIRE(write_one(d, "tex", key, strlen(key), 1, 5000) == 0);
    times2(d, "tex", key, 10000 - i * 100, 10000 - i * 100); /* t0 oldest */
  }
  for (int i = 0; i < 5; i++) {
    snprintf(key, sizeof key, "m%d", i);
    KT_REQUIRE(write_one(d, "mesh", key, strlen(key), 1, 2000) == 0);
    times2(d, "mesh", key, 5000, 5000);
  }
  times2(d, "tex", "t1", 10, 9900); /* read 10 s ago: recent despite its mtime */
  times2(d, "tex", "t2", 9800, 60); /* atime older than mtime: mtime counts */

  /* stats needs no lock: fine while the cache is open. */
  char *st_argv[] = { "stats", dir, NULL };
  KT_CHECK(cliv(st_argv) == 0);
  KT_CHECK(strstr(out, "TYPE") && strstr(out, "stats: 15 entries") && strstr(out, "2 types"));
  char *line = strstr(out, "\ntex ");
  KT_CHECK(line && strstr(line, " 10 ") && strstr(line, "2h"));
  line = strstr(out, "\nmesh ");
  KT_CHECK(line && strstr(line, " 5 ") && strstr(line, "1h"));

  uint64_t before = entry_files_bytes(dir);
  char half[32], maxline[48];
  snprintf(half, sizeof half, "%llu", (unsigned long long)before / 2);
  snprintf(maxline, sizeof maxline, "(max %llu)", (unsigned long long)before / 2);
  char *pr_argv[] = { "prune", "--max-bytes", half, dir, NULL };
  KT_CHECK(cliv(pr_argv) == 1 && strstr(err, dir) && strstr(err, "in use"));
  KT_CHECK(entry_files_bytes(dir) == before);
  kiln_disk_free(d);

  KT_CHECK(cliv(pr_argv) == 0);
  KT_CHECK(strstr(out, "prune: removed") && strstr(out, maxline) && strstr(out, "key 't0'"));
  KT_CHECK(entry_files_bytes(dir) <= before / 2 && entry_files_bytes(dir) > 0);
  /* Oldest access first: t0, t3, t4...; t1 (read lately) and t2 (mtime
   * lately) and the mesh entries (1.4 h) stay. */
  KT_CHECK(has_key(dir, "tex", "t0") == 0 && has_key(dir, "tex", "t3") == 0 &&
           has_key(dir, "tex", "t1") == 1 && has_key(dir, "tex", "t2") == 1 &&
           has_key(dir, "mesh", "m0") == 1);
  /* Already under: nothing removed. */
  KT_CHECK(cliv(pr_argv) == 0 && strstr(out, "prune: removed 0 files"));
  char *pr0[] = { "prune", "--max-bytes=0", dir, NULL };
  KT_CHECK(cliv(pr0) == 0 && entry_files_bytes(dir) == 0);
  char *st2[] = { "stats", dir, NULL };
  KT_CHECK(cliv(st2) == 0 && strstr(out, "stats: 0 entries"));

  char *bad1[] = { "prune", dir, NULL };
  char *bad2[] = { "prune", "--max-bytes", "12X", dir, NULL };
  char *bad3[] = { "prune", "--max-bytes", NULL };
  char *bad4[] = { "stats", "--frob", dir, NULL };
  char *bad5[] = { "ls", dir, "extra", NULL };
  char *bad6[] = { "prune", "--max-bytes", "-5", dir, NULL };
  KT_CHECK(cliv(bad1) == 2 && strstr(err, "--max-bytes") && strstr(err, "usage"));
  KT_CHECK(cliv(bad2) == 2 && strstr(err, "'12X'"));
  KT_CHECK(cliv(bad3) == 2 && strstr(err, "needs a value"));
  KT_CHECK(cliv(bad4) == 2 && strstr(err, "'--frob'"));
  KT_CHECK(cliv(bad5) == 2 && strstr(err, "'extra'"));
  KT_CHECK(cliv(bad6) == 2 && strstr(err, "'-5'"));
  char *ok1[] = { "prune", "--max-bytes", "1G", dir, NULL };
  char *ok2[] = { "prune", "--max-bytes", "10KiB", dir, NULL };
  KT_CHECK(cliv(ok1) == 0 && strstr(out, "max 1073741824"));
  KT_CHECK(cliv(ok2) == 0 && strstr(out, "max 10240"));
  rm_rf(dir);
}

KT_MAIN("disk_cli", KT_CASE(ls_verify_gc), KT_CASE(usage_errors), KT_CASE(fifo_entries),
        KT_CASE(gc_heals_dirs), KT_CASE(gc_refuses_foreign), KT_CASE(prune_and_stats))
