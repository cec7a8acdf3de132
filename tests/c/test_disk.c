/* Disk cache: round trips, index, restart scan, hostile keys, symlinks,
 * argument errors. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <unistd.h>

#include "disk.h"
#include "disk_format.h"
#include "kiln_err.h"
#include "ktest.h"

/* ------------------------------------------------------------- helpers */

static int rm_cb(const char *p, const struct stat *st, int flag, struct FTW *f) {
  return remove(p);
}
static void rm_rf(const char *dir) { nftw(dir, rm_cb, 16, FTW_DEPTH | FTW_PHYS); }

static char *tmpdir(char *buf) {
  strcpy(buf, "/tmp/kiln-disk-XXXXXX");
  return mkdtemp(buf);
}

typedef struct done_log {
  atomic_int ok, bad, calls;
  int last_status;
  char last_msg[KILN_ERRMSG_MAX];
  pthread_mutex_t mu;
} done_log;

static void on_done(void *ud, int status, const char *msg) {
  done_log *l = ud;
  atomic_fetch_add(&l->calls, 1);
  atomic_fetch_add(status == KILN_OK ? &l->ok : &l->bad, 1);
  pthread_mutex_lock(&l->mu);
  l->last_status = status;
  snprintf(l->last_msg, sizeof l->last_msg, "%s", msg);
  pthread_mutex_unlock(&l->mu);
}

static void log_init(done_log *l) {
  memset(l, 0, sizeof *l);
  pthread_mutex_init(&l->mu, NULL);
}

static kiln_disk_id mkid(const char *type, const char *key, size_t key_len, uint32_t v) {
  kiln_disk_id id = { type, strlen(type), key, key_len, v, 0x1234abcdULL };
  return id;
}

static uint8_t *gen(size_t n, uint32_t seed, int noisy) {
  uint8_t *p = malloc(n ? n : 1);
  uint32_t x = seed * 2654435761u + 1;
  for (size_t i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    p[i] = noisy ? (uint8_t)x : (uint8_t)((i / 64) + (x % 3 == 0));
  }
  return p;
}

/* Writes with a fresh copy (kiln takes it), drains, checks the callback. */
static int put(kiln_disk *d, const kiln_disk_id *id, const uint8_t *data, size_t n,
               const void *meta, size_t meta_len) {
  done_log l;
  log_init(&l);
  uint8_t *copy = malloc(n ? n : 1);
  if (n) memcpy(copy, data, n);
  char msg[KILN_ERRMSG_MAX];
  int r = kiln_disk_write(d, id, 7, copy, n, free, meta, meta_len, on_done, &l, msg);
  if (r != KILN_OK) { free(copy); fprintf(stderr, "  write: %s\n", msg); return r; }
  r = kiln_disk_drain(d, -1, msg);
  if (r != KILN_OK) return r;
  if (l.calls != 1 || l.ok != 1) { fprintf(stderr, "  done: %s\n", l.last_msg); return KILN_IO; }
  return KILN_OK;
}

static int same(kiln_disk *d, const kiln_disk_id *id, const uint8_t *data, size_t n,
                const void *meta, size_t meta_len) {
  kiln_disk_blob b;
  char msg[KILN_ERRMSG_MAX];
  int r = kiln_disk_read(d, id, &b, msg);
  if (r != KILN_OK) { fprintf(stderr, "  read: %s\n", msg); return 0; }
  int ok = b.len == n && (n == 0 || memcmp(b.data, data, n) == 0) && b.meta_len == meta_len &&
           (meta_len == 0 || memcmp(b.meta, meta, meta_len) == 0) && b.kind == 7 &&
           b.data != NULL && ((uintptr_t)b.data & 15) == 0;
  kiln_disk_blob_free(&b);
  return ok;
}

static int count_files(const char *dir, const char *prefix) {
  char cmd[1024];
  snprintf(cmd, sizeof cmd, "find '%s' -type f -name '%s*' | wc -l", dir, prefix);
  FILE *p = popen(cmd, "r");
  int n = -1;
  if (p) { if (fscanf(p, "%d", &n) != 1) n = -1; pclose(p); }
  return n;
}

/* --------------------------------------------------------------- tests */

static void round_trips(int *kt_failed, int durability) {
  char dir[64];
  KT_REQUIRE(tmpdir(dir));
  kiln_disk_config cfg = { .cache_dir = dir, .durability = durability };
  kiln_disk *d;
  char msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  size_t sizes[] = { 0, 1, 16384, 4u << 20 };
  for (size_t i = 0; i < 4; i++) {
    for (int noisy = 0; noisy < 2; noisy++) {
      char key[32];
      snprintf(key, sizeof key, "k%zu-%d", sizes[i], noisy);
      kiln_disk_id id = mkid("tex", key, strlen(key), 3);
      uint8_t *p = gen(sizes[i], (uint32_t)i, noisy);
      const char meta[] = "w=64;h=64;fmt=rgba8";
      KT_CHECK(!kiln_disk_has(d, &id));
      KT_CHECK(put(d, &id, p, sizes[i], meta, sizeof meta) == KILN_OK);
      KT_CHECK(kiln_disk_has(d, &id));
      KT_CHECK(same(d, &id, p, sizes[i], meta, sizeof meta));
      free(p);
    }
  }
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.writes_done == 8 && st.read_hits == 8 && st.pending_jobs == 0);
  KT_CHECK(st.stored_bytes < st.raw_bytes); /* the smooth 4 MiB payload compressed */
  KT_CHECK(st.index_entries == 8);
  kiln_disk_free(d);
  /* Restart: the scan indexes what is on disk. */
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.scan_entries == 8 && st.scan_skipped == 0 && st.index_entries == 8);
  uint8_t *p = gen(16384, 2, 1);
  kiln_disk_id id = mkid("tex", "k16384-1", 8, 3);
  KT_CHECK(kiln_disk_has(d, &id) && same(d, &id, p, 16384, "w=64;h=64;fmt=rgba8", 20));
  free(p);
  kiln_disk_free(d);
  rm_rf(dir);
}

KT_TEST(round_trip_fsync) { round_trips(kt_failed, KILN_DISK_FSYNC); }
KT_TEST(round_trip_rename) { round_trips(kt_failed, KILN_DISK_RENAME); }

KT_TEST(versions_and_overwrite) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(tmpdir(dir));
  kiln_disk_config cfg = { .cache_dir = dir, .durability = KILN_DISK_RENAME };
  kiln_disk *d;
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  kiln_disk_id v1 = mkid("mat", "stone", 5, 1), v2 = v1;
  v2.version = 2;
  KT_CHECK(put(d, &v1, (const uint8_t *)"one", 3, NULL, 0) == KILN_OK);
  KT_CHECK(kiln_disk_has(d, &v1) && !kiln_disk_has(d, &v2));
  kiln_disk_blob b;
  KT_CHECK(kiln_disk_read(d, &v2, &b, msg) == KILN_STALE && b.miss == KILN_DISK_MISS_STALE);
  KT_CHECK(strstr(msg, "stone") != NULL);
  kiln_disk_id other = v1;
  other.script_hash++;
  KT_CHECK(!kiln_disk_has(d, &other));
  KT_CHECK(kiln_disk_read(d, &other, &b, msg) == KILN_STALE);
  KT_CHECK(put(d, &v2, (const uint8_t *)"two!", 4, NULL, 0) == KILN_OK);
  KT_CHECK(!kiln_disk_has(d, &v1) && kiln_disk_has(d, &v2));
  KT_CHECK(same(d, &v2, (const uint8_t *)"two!", 4, NULL, 0));
  kiln_disk_id none = mkid("mat", "nothing", 7, 1);
  KT_CHECK(kiln_disk_read(d, &none, &b, msg) == KILN_NOTFOUND && b.miss == KILN_DISK_MISS_ABSENT);
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.read_misses[KILN_DISK_MISS_STALE] == 2 && st.read_misses[KILN_DISK_MISS_ABSENT] == 1);
  /* Same key under two types: two entries. */
  kiln_disk_id t2 = mkid("tex", "stone", 5, 2);
  KT_CHECK(put(d, &t2, (const uint8_t *)"tex", 3, NULL, 0) == KILN_OK);
  KT_CHECK(same(d, &v2, (const uint8_t *)"two!", 4, NULL, 0));
  KT_CHECK(same(d, &t2, (const uint8_t *)"tex", 3, NULL, 0));
  kiln_disk_free(d);
  rm_rf(dir);
}

/* Many writes of one artifact in a row, several I/O threads: the last wins. */
KT_TEST(last_write_wins) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(tmpdir(dir));
  kiln_disk_config cfg = { .cache_dir = dir, .durability = KILN_DISK_RENAME, .io_threads = 3 };
  kiln_disk *d;
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  static uint32_t vals[200];
  for (uint32_t i = 0; i < 200; i++) {
    vals[i] = i;
    kiln_disk_id id = mkid("seq", "same", 4, 1);
    KT_CHECK(kiln_disk_write(d, &id, 7, &vals[i], 4, NULL, NULL, 0, NULL, NULL, msg) == KILN_OK);
  }
  KT_CHECK(kiln_disk_drain(d, -1, msg) == KILN_OK);
  kiln_disk_id id = mkid("seq", "same", 4, 1);
  KT_CHECK(same(d, &id, (const uint8_t *)&vals[199], 4, NULL, 0));
  kiln_disk_free(d);
  rm_rf(dir);
}

KT_TEST(hostile_keys_stay_inside) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(tmpdir(dir));
  char inner[96];
  snprintf(inner, sizeof inner, "%s/cache", dir);
  kiln_disk_config cfg = { .cache_dir = inner };
  kiln_disk *d;
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  char *big = malloc(10 * 1024);
  memset(big, '/', 10 * 1024);
  memcpy(big, "../../", 6);
  const struct { const char *k; size_t n; } keys[] = {
    { "../../x", 7 }, { "a\0b", 3 }, { "line\nbreak\r\n", 12 }, { "/abs", 4 }, { "/etc/passwd", 11 },
    { "..", 2 }, { "", 0 }, { big, 10 * 1024 }, { "%s%n", 4 },
  };
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
    kiln_disk_id id = mkid("../type/..", keys[i].k, keys[i].n, 1);
    uint8_t v = (uint8_t)i;
    KT_CHECK(put(d, &id, &v, 1, keys[i].k, keys[i].n < 100 ? keys[i].n : 100) == KILN_OK);
    KT_CHECK(kiln_disk_has(d, &id));
    KT_CHECK(same(d, &id, &v, 1, keys[i].k, keys[i].n < 100 ? keys[i].n : 100));
    char path[256];
    KT_CHECK(kiln_disk_path(d, &id, path, sizeof path) == KILN_OK);
    KT_CHECK(strncmp(path, inner, strlen(inner)) == 0 && !strstr(path + strlen(inner), ".."));
  }
  /* a\0b and a\0c differ: NUL is part of the key, not its end. */
  kiln_disk_id ac = mkid("../type/..", "a\0c", 3, 1);
  KT_CHECK(!kiln_disk_has(d, &ac));
  /* The start-up scan indexes every one again (the 10 KB key too). */
  kiln_disk_free(d);
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
    kiln_disk_id id = mkid("../type/..", keys[i].k, keys[i].n, 1);
    KT_CHECK(kiln_disk_has(d, &id));
  }
  kiln_disk_free(d);
  /* Nothing was created outside the cache dir. */
  KT_CHECK(count_files(dir, "") == count_files(inner, ""));
  char outside[128];
  snprintf(outside, sizeof outside, "%s/x", dir);
  KT_CHECK(access(outside, F_OK) != 0);
  free(big);
  rm_rf(dir);
}

KT_TEST(symlinks_not_followed) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(tmpdir(dir));
  char cache[96], victim_dir[96], victim[128];
  snprintf(cache, sizeof cache, "%s/cache", dir);
  snprintf(victim_dir, sizeof victim_dir, "%s/victim", dir);
  snprintf(victim, sizeof victim, "%s/victim/file", dir);
  KT_REQUIRE(mkdir(victim_dir, 0755) == 0);
  FILE *f = fopen(victim, "w");
  KT_REQUIRE(f);
  fputs("precious", f);
  fclose(f);
  kiln_disk_config cfg = { .cache_dir = cache };
  kiln_disk *d;
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  /* Final path planted as a symlink to the victim file. */
  kiln_disk_id id = mkid("tex", "planted", 7, 1);
  char path[256], sub[256];
  KT_REQUIRE(kiln_disk_path(d, &id, path, sizeof path) == KILN_OK);
  snprintf(sub, sizeof sub, "%.*s", (int)(strrchr(path, '/') - path), path);
  KT_REQUIRE(mkdir(sub, 0755) == 0 || errno == EEXIST);
  KT_REQUIRE(symlink(victim, path) == 0);
  kiln_disk_blob b;
  /* Not indexed (planted after the scan): a miss with no I/O; after a
   * restart the scan skips the symlink. */
  KT_CHECK(kiln_disk_read(d, &id, &b, msg) == KILN_NOTFOUND);
  kiln_disk_free(d);
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  KT_CHECK(!kiln_disk_has(d, &id));
  /* A write replaces the link itself; the victim is untouched. */
  KT_CHECK(put(d, &id, (const uint8_t *)"new", 3, NULL, 0) == KILN_OK);
  struct stat st;
  KT_CHECK(lstat(path, &st) == 0 && S_ISREG(st.st_mode));
  KT_CHECK(same(d, &id, (const uint8_t *)"new", 3, NULL, 0));
  /* The entry replaced by a symlink after indexing: read refuses it. */
  KT_REQUIRE(unlink(path) == 0 && symlink(victim, path) == 0);
  KT_CHECK(kiln_disk_read(d, &id, &b, msg) == KILN_IO && b.miss == KILN_DISK_MISS_IO);
  KT_CHECK(!kiln_disk_has(d, &id)); /* dropped from the index */
  /* Directory level: the subdirectory becomes a symlink to victim_dir. */
  KT_CHECK(put(d, &id, (const uint8_t *)"again", 5, NULL, 0) == KILN_OK);
  char cmd[1024];
  snprintf(cmd, sizeof cmd, "rm -rf '%s' && ln -s '%s' '%s'", sub, victim_dir, sub);
  KT_REQUIRE(system(cmd) == 0);
  KT_CHECK(kiln_disk_read(d, &id, &b, msg) != KILN_OK);
  KT_CHECK(put(d, &id, (const uint8_t *)"third", 5, NULL, 0) == KILN_OK);
  KT_CHECK(lstat(sub, &st) == 0 && S_ISDIR(st.st_mode)); /* link replaced by a directory */
  KT_CHECK(same(d, &id, (const uint8_t *)"third", 5, NULL, 0));
  kiln_disk_free(d);
  /* The victim directory holds only its own file. */
  KT_CHECK(count_files(victim_dir, "") == 1);
  f = fopen(victim, "r");
  char got[16] = "";
  KT_CHECK(f && fgets(got, sizeof got, f) && strcmp(got, "precious") == 0);
  if (f) fclose(f);
  /* Restart with a symlinked subdirectory: the scan does not follow it. */
  snprintf(cmd, sizeof cmd, "rm -rf '%s' && ln -s '%s' '%s'", sub, victim_dir, sub);
  KT_REQUIRE(system(cmd) == 0);
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  kiln_disk_stats st2;
  kiln_disk_stats_get(d, &st2);
  KT_CHECK(st2.scan_entries == 0);
  kiln_disk_free(d);
  rm_rf(dir);
}

KT_TEST(argument_errors) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(tmpdir(dir));
  kiln_disk *d = (kiln_disk *)1;
  kiln_disk_config bad = { .cache_dir = dir, .durability = 7 };
  KT_CHECK(kiln_disk_new(&bad, &d, msg) == KILN_INVAL && d == NULL && strstr(msg, "durability"));
  bad = (kiln_disk_config){ .cache_dir = dir, .io_threads = -1 };
  KT_CHECK(kiln_disk_new(&bad, &d, msg) == KILN_INVAL && strstr(msg, "io_threads"));
  bad = (kiln_disk_config){ .cache_dir = dir, .batch_max = 5000 };
  KT_CHECK(kiln_disk_new(&bad, &d, msg) == KILN_INVAL && strstr(msg, "batch_max"));
  bad = (kiln_disk_config){ .cache_dir = "" };
  KT_CHECK(kiln_disk_new(&bad, &d, msg) == KILN_INVAL);
  /* cache_dir below a regular file cannot be created. */
  char file[96], under[128];
  snprintf(file, sizeof file, "%s/plainfile", dir);
  FILE *f = fopen(file, "w");
  KT_REQUIRE(f);
  fclose(f);
  snprintf(under, sizeof under, "%s/sub", file);
  bad = (kiln_disk_config){ .cache_dir = under };
  KT_CHECK(kiln_disk_new(&bad, &d, msg) == KILN_IO && strstr(msg, "plainfile"));

  /* dir now holds plainfile: not a cache dir kiln may take. */
  char cache[96];
  snprintf(cache, sizeof cache, "%s/cache", dir);
  kiln_disk_config cfg = { .cache_dir = cache, .max_raw_size = 1000 };
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  /* A second kiln on the same dir is refused. */
  kiln_disk *d2 = NULL;
  KT_CHECK(kiln_disk_new(&cfg, &d2, msg) == KILN_AGAIN && d2 == NULL && strstr(msg, "in use"));
  uint8_t buf[2000] = { 0 };
  kiln_disk_id id = mkid("tex", "k", 1, 1);
  KT_CHECK(kiln_disk_write(d, &id, 0, buf, 1001, NULL, NULL, 0, NULL, NULL, msg) == KILN_TOOBIG);
  KT_CHECK(strstr(msg, "max_raw_size") != NULL);
  kiln_disk_id empty = mkid("", "k", 1, 1);
  KT_CHECK(kiln_disk_write(d, &empty, 0, buf, 1, NULL, NULL, 0, NULL, NULL, msg) == KILN_INVAL);
  char longtype[300];
  memset(longtype, 't', sizeof longtype - 1);
  longtype[299] = 0;
  kiln_disk_id lt = mkid(longtype, "k", 1, 1);
  KT_CHECK(kiln_disk_write(d, &lt, 0, buf, 1, NULL, NULL, 0, NULL, NULL, msg) == KILN_INVAL);
  kiln_disk_id lk = mkid("tex", "k", KILN_DISK_KEY_MAX + 1, 1);
  KT_CHECK(kiln_disk_write(d, &lk, 0, buf, 1, NULL, NULL, 0, NULL, NULL, msg) == KILN_INVAL);
  KT_CHECK(kiln_disk_write(d, &id, 0, buf, 1, NULL, buf, KILN_DISK_META_MAX + 1, NULL, NULL, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "meta") != NULL);
  KT_CHECK(kiln_disk_write(d, &id, 0, NULL, 5, NULL, NULL, 0, NULL, NULL, msg) == KILN_INVAL);
  KT_CHECK(kiln_disk_read(d, &lk, &(kiln_disk_blob){ 0 }, msg) == KILN_INVAL);
  KT_CHECK(!kiln_disk_has(d, &lk) && !kiln_disk_has(d, &empty));
  KT_CHECK(kiln_disk_path(d, &id, (char *)buf, 10) == KILN_TOOBIG);
  KT_CHECK(strcmp(kiln_disk_miss_name(KILN_DISK_MISS_CHECKSUM), "checksum") == 0);
  KT_CHECK(strcmp(kiln_disk_miss_name(99), "unknown") == 0);
  kiln_disk_free(d);
  kiln_disk_free(NULL);
  kiln_disk_blob_free(NULL);
  /* The lock is released by free. */
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  kiln_disk_free(d);
  rm_rf(dir);
}

KT_TEST(default_dir_and_null_config) {
  char dir[64], old[512], msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(tmpdir(dir) && getcwd(old, sizeof old));
  KT_REQUIRE(chdir(dir) == 0);
  kiln_disk *d;
  KT_CHECK(kiln_disk_new(NULL, &d, msg) == KILN_OK);
  kiln_disk_id id = mkid("t", "k", 1, 0);
  KT_CHECK(put(d, &id, (const uint8_t *)"x", 1, NULL, 0) == KILN_OK);
  kiln_disk_free(d);
  KT_CHECK(access(KILN_DISK_DEFAULT_DIR "/lock", F_OK) == 0);
  KT_REQUIRE(chdir(old) == 0);
  rm_rf(dir);
}

/* Callbacks may queue more writes; payload_free runs once per job. */
static atomic_int frees;
static void count_free(void *p) { atomic_fetch_add(&frees, 1); free(p); }
typedef struct chain { kiln_disk *d; atomic_int left; done_log log; } chain;
static void chain_done(void *ud, int status, const char *msg) {
  chain *c = ud;
  on_done(&c->log, status, msg);
  if (atomic_fetch_sub(&c->left, 1) > 1) {
    char m[KILN_ERRMSG_MAX], key[16];
    snprintf(key, sizeof key, "c%d", atomic_load(&c->left));
    kiln_disk_id id = mkid("chain", key, strlen(key), 1);
    uint8_t *p = malloc(8);
    memset(p, 1, 8);
    if (kiln_disk_write(c->d, &id, 0, p, 8, count_free, NULL, 0, chain_done, c, m) != KILN_OK) free(p);
    /* drain from a callback is refused, not a deadlock */
    if (kiln_disk_drain(c->d, 1, m) != KILN_THREAD) atomic_fetch_add(&c->log.bad, 100);
  }
}

KT_TEST(callback_requeues) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(tmpdir(dir));
  kiln_disk_config cfg = { .cache_dir = dir, .durability = KILN_DISK_RENAME };
  chain c;
  memset(&c, 0, sizeof c);
  log_init(&c.log);
  KT_REQUIRE(kiln_disk_new(&cfg, &c.d, msg) == KILN_OK);
  atomic_store(&c.left, 10);
  atomic_store(&frees, 0);
  kiln_disk_id id = mkid("chain", "start", 5, 1);
  uint8_t *p = malloc(8);
  memset(p, 1, 8);
  KT_REQUIRE(kiln_disk_write(c.d, &id, 0, p, 8, count_free, NULL, 0, chain_done, &c, msg) == KILN_OK);
  /* Each drain waits for what was queued at its call; chained writes follow. */
  for (int i = 0; i < 20 && atomic_load(&c.left) > 0; i++) KT_CHECK(kiln_disk_drain(c.d, -1, msg) == KILN_OK);
  KT_CHECK(atomic_load(&c.log.ok) == 10 && atomic_load(&c.log.bad) == 0);
  KT_CHECK(atomic_load(&frees) == 10);
  kiln_disk_free(c.d);
  rm_rf(dir);
}

/* read_into: the bytes land in the caller's memory (decoded straight into
 * it, or copied for a stored payload); a caller that takes them sets data
 * to NULL, else kiln_disk_blob_free gives them back. */
static atomic_int into_live;
static void *into_alloc(size_t n) {
  atomic_fetch_add(&into_live, 1);
  return aligned_alloc(64, (n + 63) & ~(size_t)63);
}
static void into_release(void *p) {
  atomic_fetch_sub(&into_live, 1);
  free(p);
}

KT_TEST(read_into_caller_memory) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(tmpdir(dir));
  kiln_disk_config cfg = { .cache_dir = dir, .durability = KILN_DISK_RENAME };
  kiln_disk *d;
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  size_t sizes[] = { 0, 1, 16384, 4u << 20 };
  for (size_t i = 0; i < 4; i++) {
    for (int noisy = 0; noisy < 2; noisy++) {
      char key[32];
      snprintf(key, sizeof key, "k%zu-%d", sizes[i], noisy);
      kiln_disk_id id = mkid("tex", key, strlen(key), 3);
      uint8_t *p = gen(sizes[i], (uint32_t)i, noisy);
      const char meta[] = "fmt=bc1";
      KT_REQUIRE(put(d, &id, p, sizes[i], meta, sizeof meta) == KILN_OK);
      for (int take = 0; take < 2; take++) {
        kiln_disk_blob b;
        KT_CHECK(kiln_disk_read_into(d, &id, &b, msg, into_alloc, into_release) == KILN_OK);
        KT_CHECK(b.len == sizes[i] && b.data && (sizes[i] == 0 || memcmp(b.data, p, sizes[i]) == 0));
        KT_CHECK(b.meta_len == sizeof meta && memcmp(b.meta, meta, sizeof meta) == 0 && b.kind == 7);
        KT_CHECK(atomic_load(&into_live) == (sizes[i] > 0));
        uint8_t *kept = take ? b.data : NULL;
        if (take) b.data = NULL;
        kiln_disk_blob_free(&b);
        KT_CHECK(atomic_load(&into_live) == (take && sizes[i] > 0));
        if (kept && sizes[i] > 0) into_release(kept);
      }
      free(p);
    }
  }
  /* Both or neither. */
  kiln_disk_id id = mkid("tex", "k1-0", 4, 3);
  kiln_disk_blob b;
  KT_CHECK(kiln_disk_read_into(d, &id, &b, msg, into_alloc, NULL) == KILN_INVAL);
  kiln_disk_free(d);
  rm_rf(dir);
}

/* Reads keep the subdirectories open: one removed (and made again by a
 * later write) is looked up anew, well past the fds kept for replaced
 * ones; a file removed behind the cache's back is still an absent miss. */
KT_TEST(subdir_replaced_under_reads) {
  char dir[64], msg[KILN_ERRMSG_MAX], path[512], sub[512], cmd[1100];
  KT_REQUIRE(tmpdir(dir));
  kiln_disk_config cfg = { .cache_dir = dir, .durability = KILN_DISK_RENAME };
  kiln_disk *d;
  KT_REQUIRE(kiln_disk_new(&cfg, &d, msg) == KILN_OK);
  kiln_disk_id id = mkid("tex", "again", 5, 1);
  KT_REQUIRE(kiln_disk_path(d, &id, path, sizeof path) == KILN_OK);
  snprintf(sub, sizeof sub, "%.*s", (int)(strrchr(path, '/') - path), path);
  uint8_t *p = gen(4096, 9, 0);
  for (int round = 0; round < 70; round++) {
    KT_REQUIRE(put(d, &id, p, 4096, NULL, 0) == KILN_OK);
    KT_CHECK(same(d, &id, p, 4096, NULL, 0));
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", sub);
    KT_REQUIRE(system(cmd) == 0);
  }
  kiln_disk_blob b;
  KT_CHECK(kiln_disk_read(d, &id, &b, msg) != KILN_OK); /* written, then its directory went */
  KT_REQUIRE(put(d, &id, p, 4096, NULL, 0) == KILN_OK);
  KT_CHECK(same(d, &id, p, 4096, NULL, 0));
  KT_REQUIRE(unlink(path) == 0);
  KT_CHECK(kiln_disk_read(d, &id, &b, msg) == KILN_NOTFOUND && b.miss == KILN_DISK_MISS_ABSENT);
  free(p);
  kiln_disk_free(d);
  rm_rf(dir);
}

KT_MAIN("disk",
        KT_CASE(round_trip_fsync), KT_CASE(round_trip_rename), KT_CASE(versions_and_overwrite),
        KT_CASE(last_write_wins), KT_CASE(hostile_keys_stay_inside), KT_CASE(symlinks_not_followed),
        KT_CASE(argument_errors), KT_CASE(default_dir_and_null_config), KT_CASE(callback_requeues),
        KT_CASE(read_into_caller_memory), KT_CASE(subdir_replaced_under_reads))
