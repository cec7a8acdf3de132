/* Disk cache: the size cap (LRU eviction, kept across a restart, pinned
 * reads), kiln_disk_evict / kiln_disk_clear and their order with queued
 * writes, note_miss healing, note_absent and the per-type stats. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "disk.h"
#include "kiln_err.h"
#include "ktest.h"

static int rm_cb(const char *p, const struct stat *st, int flag, struct FTW *f) { return remove(p); }
static void rm_rf(const char *dir) { nftw(dir, rm_cb, 16, FTW_DEPTH | FTW_PHYS); }

static uint64_t dir_bytes;
static int sum_cb(const char *p, const struct stat *st, int flag, struct FTW *f) {
  size_t n = strlen(p);
  if (flag == FTW_F && n > 5 && strcmp(p + n - 5, ".kiln") == 0) dir_bytes += (uint64_t)st->st_size;
  return 0;
}
/* File bytes of the entry files on disk. */
static uint64_t entry_bytes(const char *dir) {
  dir_bytes = 0;
  nftw(dir, sum_cb, 16, FTW_PHYS);
  return dir_bytes;
}

/* Incompressible payload of n bytes for key number k (xorshift). */
static uint8_t *payload(unsigned k, size_t n) {
  uint8_t *p = malloc(n ? n : 1);
  uint64_t x = 0x9E3779B97F4A7C15ull ^ (k + 1) * 0x2545F4914F6CDD1Dull;
  for (size_t i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    p[i] = (uint8_t)x;
  }
  return p;
}

static kiln_disk_id mkid(const char *type, unsigned k, uint32_t version) {
  static _Thread_local char key[32];
  snprintf(key, sizeof key, "key-%05u", k);
  kiln_disk_id id = { type, strlen(type), key, strlen(key), version, 7 };
  return id;
}

static int put(kiln_disk *d, const char *type, unsigned k, uint32_t v, size_t n) {
  kiln_disk_id id = mkid(type, k, v);
  char msg[KILN_ERRMSG_MAX];
  return kiln_disk_write(d, &id, 1, payload(k, n), n, free, NULL, 0, NULL, NULL, msg);
}

static int has(kiln_disk *d, const char *type, unsigned k, uint32_t v) {
  kiln_disk_id id = mkid(type, k, v);
  return kiln_disk_has(d, &id);
}

static int file_exists(kiln_disk *d, const char *type, unsigned k) {
  kiln_disk_id id = mkid(type, k, 1);
  char path[512];
  struct stat st;
  kiln_disk_path(d, &id, path, sizeof path);
  return lstat(path, &st) == 0;
}

static int read_ok(kiln_disk *d, const char *type, unsigned k, uint32_t v, size_t n) {
  kiln_disk_id id = mkid(type, k, v);
  kiln_disk_blob b;
  char msg[KILN_ERRMSG_MAX];
  int r = kiln_disk_read(d, &id, &b, msg);
  int ok = r == KILN_OK && b.len == n;
  if (ok) {
    uint8_t *want = payload(k, n);
    ok = memcmp(want, b.data, n) == 0;
    free(want);
  }
  kiln_disk_blob_free(&b);
  return ok;
}

static void set_times(kiln_disk *d, const char *type, unsigned k, time_t ago) {
  kiln_disk_id id = mkid(type, k, 1);
  char path[512];
  kiln_disk_path(d, &id, path, sizeof path);
  struct timespec ts[2];
  clock_gettime(CLOCK_REALTIME, &ts[0]);
  ts[0].tv_sec -= ago;
  ts[1] = ts[0];
  utimensat(AT_FDCWD, path, ts, 0);
}

static int open_cache(char *dir, kiln_disk **d, uint64_t max, int threads, const kiln_disk_io *io) {
  char msg[KILN_ERRMSG_MAX];
  kiln_disk_config cfg = { .cache_dir = dir, .durability = KILN_DISK_RENAME, .io_threads = threads,
                           .max_bytes = max, .io = io };
  int r = kiln_disk_new(&cfg, d, msg);
  if (r != KILN_OK) fprintf(stderr, "  kiln_disk_new: %s\n", msg);
  return r;
}

static void mkdir_tmp(char *dir) {
  strcpy(dir, "/tmp/kiln-evict-XXXXXX");
  if (!mkdtemp(dir)) abort();
}

/* Stored size of an n-byte incompressible payload under mkid(type, ...). */
static uint64_t stored_size(kiln_disk *d, const char *type, unsigned k) {
  kiln_disk_id id = mkid(type, k, 1);
  char path[512];
  struct stat st;
  kiln_disk_path(d, &id, path, sizeof path);
  return stat(path, &st) == 0 ? (uint64_t)st.st_size : 0;
}

/* ------------------------------------------------------------- the cap */

/* 2000 artifacts, cap a tenth of their bytes: at or under the cap after
 * drain (index and disk), the keys read all along survive, old untouched
 * ones are gone. */
KT_TEST(cap_lru_many) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  mkdir_tmp(dir);
  enum { N = 2000, SZ = 3000, HOT = 20 };
  uint64_t one = 3000 + 64 + 16 + 8 + 8; /* about: header, type/key pad, sum */
  uint64_t cap = (uint64_t)N * one / 10;
  kiln_disk *d;
  KT_REQUIRE(open_cache(dir, &d, cap, 4, NULL) == KILN_OK);
  for (unsigned k = 0; k < N; k++) {
    KT_REQUIRE(put(d, "tex", k, 1, SZ) == KILN_OK);
    if (k % 100 == 99) {
      KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
      for (unsigned h = 0; h < HOT; h++) KT_CHECK(read_ok(d, "tex", h, 1, SZ));
    }
  }
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.max_bytes == cap && st.total_bytes <= cap && st.total_bytes > 0);
  KT_CHECK(entry_bytes(dir) <= cap);
  KT_CHECK(entry_bytes(dir) == st.total_bytes);
  KT_CHECK(st.evictions >= N - cap / one && st.evictions == st.evictions_cap);
  KT_CHECK(st.index_entries + st.evictions == N);
  for (unsigned h = 0; h < HOT; h++) KT_CHECK(has(d, "tex", h, 1) && read_ok(d, "tex", h, 1, SZ));
  int old = 0;
  for (unsigned k = HOT; k < 1000; k++) old += has(d, "tex", k, 1) + file_exists(d, "tex", k);
  KT_CHECK(old == 0);
  KT_CHECK(has(d, "tex", N - 1, 1)); /* the newest stays */
  kiln_disk_type_stats ts;
  KT_CHECK(kiln_disk_type_stats_get(d, "tex", 3, &ts) == KILN_OK);
  KT_CHECK(ts.entries == st.index_entries && ts.bytes == st.total_bytes && ts.stores == N &&
           ts.evictions == st.evictions && ts.bytes_stored == (uint64_t)N * SZ);
  kiln_disk_free(d);
  rm_rf(dir);
}

typedef struct hammer {
  kiln_disk *d;
  atomic_int stop;
  atomic_int bad, hits, absent;
  int n;
  char why[KILN_ERRMSG_MAX];
} hammer;

static void *reader(void *arg) {
  hammer *h = arg;
  unsigned seed = 12345;
  while (!atomic_load(&h->stop)) {
    seed = seed * 1103515245u + 12345u;
    unsigned k = (seed >> 8) % (unsigned)h->n;
    kiln_disk_id id = mkid("mesh", k, 1);
    kiln_disk_blob b;
    char msg[KILN_ERRMSG_MAX];
    int r = kiln_disk_read(h->d, &id, &b, msg);
    if (r == KILN_OK) {
      uint8_t *want = payload(k, 2000);
      if (b.len != 2000 || memcmp(want, b.data, 2000) != 0) atomic_fetch_add(&h->bad, 1);
      free(want);
      atomic_fetch_add(&h->hits, 1);
    } else if (b.miss == KILN_DISK_MISS_ABSENT) {
      atomic_fetch_add(&h->absent, 1);
    } else if (atomic_fetch_add(&h->bad, 1) == 0) {
      snprintf(h->why, sizeof h->why, "%s", msg);
    }
    kiln_disk_blob_free(&b);
  }
  return NULL;
}

static void *evicter(void *arg) {
  hammer *h = arg;
  unsigned seed = 777;
  while (!atomic_load(&h->stop)) {
    seed = seed * 1103515245u + 12345u;
    kiln_disk_id id = mkid("mesh", (seed >> 8) % (unsigned)h->n, 1);
    kiln_disk_evict(h->d, id.type, id.type_len, id.key, id.key_len, NULL);
    usleep(200);
  }
  return NULL;
}

/* Readers on random keys while writes, the cap and explicit evicts run:
 * every miss is a plain absent one, every hit has the right bytes. */
KT_TEST(readers_during_eviction) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  mkdir_tmp(dir);
  kiln_disk *d;
  uint64_t cap = 60 * 2100;
  KT_REQUIRE(open_cache(dir, &d, cap, 3, NULL) == KILN_OK);
  hammer h = { .d = d, .n = 300 };
  pthread_t r[3], e;
  for (int i = 0; i < 3; i++) KT_REQUIRE(pthread_create(&r[i], NULL, reader, &h) == 0);
  KT_REQUIRE(pthread_create(&e, NULL, evicter, &h) == 0);
  for (int round = 0; round < 8; round++) {
    for (unsigned k = 0; k < (unsigned)h.n; k++) KT_REQUIRE(put(d, "mesh", k, 1, 2000) == KILN_OK);
    if (round % 2) KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  }
  atomic_store(&h.stop, 1);
  for (int i = 0; i < 3; i++) pthread_join(r[i], NULL);
  pthread_join(e, NULL);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  if (atomic_load(&h.bad)) fprintf(stderr, "  first bad read: %s\n", h.why);
  KT_CHECK(atomic_load(&h.bad) == 0);
  KT_CHECK(atomic_load(&h.hits) > 0 && atomic_load(&h.absent) > 0);
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.total_bytes <= cap && entry_bytes(dir) <= cap);
  for (int i = KILN_DISK_MISS_STALE; i < KILN_DISK_MISS__COUNT; i++) KT_CHECK(st.read_misses[i] == 0);
  KT_CHECK(st.evictions_cap > 0 && st.evictions > st.evictions_cap);
  kiln_disk_free(d);
  rm_rf(dir);
}

/* Write A, B, C; read A; reopen with a cap that fits two and a half:
 * B (least recently accessed) goes first, at start-up; D then evicts C,
 * never A, whose read set the file's atime. */
KT_TEST(restart_keeps_lru_order) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  mkdir_tmp(dir);
  kiln_disk *d;
  KT_REQUIRE(open_cache(dir, &d, 0, 1, NULL) == KILN_OK);
  for (unsigned k = 0; k < 3; k++) KT_REQUIRE(put(d, "t", k, 1, 10000) == KILN_OK);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  uint64_t one = stored_size(d, "t", 0);
  set_times(d, "t", 0, 300); /* A, B, C written 300, 200, 100 s ago */
  set_times(d, "t", 1, 200);
  set_times(d, "t", 2, 100);
  kiln_disk_free(d);
  KT_REQUIRE(open_cache(dir, &d, 0, 1, NULL) == KILN_OK);
  KT_CHECK(read_ok(d, "t", 0, 1, 10000)); /* A: accessed now */
  kiln_disk_free(d);

  KT_REQUIRE(open_cache(dir, &d, one * 5 / 2, 1, NULL) == KILN_OK);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  KT_CHECK(has(d, "t", 0, 1) && !has(d, "t", 1, 1) && has(d, "t", 2, 1));
  KT_CHECK(!file_exists(d, "t", 1) && file_exists(d, "t", 0));
  KT_REQUIRE(put(d, "t", 3, 1, 10000) == KILN_OK);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  KT_CHECK(has(d, "t", 0, 1) && !has(d, "t", 2, 1) && has(d, "t", 3, 1));
  KT_CHECK(!file_exists(d, "t", 2) && read_ok(d, "t", 0, 1, 10000));
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.evictions_cap == 2 && st.total_bytes == 2 * one && st.evicted_bytes == 2 * one);
  kiln_disk_free(d);
  rm_rf(dir);
}

/* An artifact larger than the cap is written, then evicted first: the
 * small ones stay. */
KT_TEST(oversize_goes_first) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  mkdir_tmp(dir);
  kiln_disk *d;
  KT_REQUIRE(open_cache(dir, &d, 20000, 1, NULL) == KILN_OK);
  for (unsigned k = 0; k < 3; k++) KT_REQUIRE(put(d, "s", k, 1, 2000) == KILN_OK);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  KT_REQUIRE(put(d, "big", 9, 1, 50000) == KILN_OK);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  KT_CHECK(!has(d, "big", 9, 1) && !file_exists(d, "big", 9));
  for (unsigned k = 0; k < 3; k++) KT_CHECK(has(d, "s", k, 1));
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.writes_done == 4 && st.evictions_cap == 1 && st.total_bytes <= 20000);
  kiln_disk_free(d);
  rm_rf(dir);
}

/* ------------------------------------------------------ injected gates */

typedef struct gate {
  pthread_mutex_t mu;
  pthread_cond_t cv;
  int create_closed;   /* temp file creation waits */
  int read_closed;     /* a whole-file pread waits */
  int done_closed;     /* a write's completion callback waits */
  int waiting;
  int done_waiting;    /* completions waiting at their gate */
} gate;

static gate G = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0, 0, 0, 0 };

static void gate_wait(int *closed) {
  pthread_mutex_lock(&G.mu);
  if (*closed) {
    G.waiting++;
    pthread_cond_broadcast(&G.cv);
    while (*closed) pthread_cond_wait(&G.cv, &G.mu);
    G.waiting--;
  }
  pthread_mutex_unlock(&G.mu);
}

static void gate_set(int *closed, int v) {
  pthread_mutex_lock(&G.mu);
  *closed = v;
  pthread_cond_broadcast(&G.cv);
  pthread_mutex_unlock(&G.mu);
}

static void gate_until_waiting(void) {
  pthread_mutex_lock(&G.mu);
  while (!G.waiting) pthread_cond_wait(&G.cv, &G.mu);
  pthread_mutex_unlock(&G.mu);
}

static int g_openat(void *c, int dirfd, const char *path, int flags, mode_t mode) {
  if (flags & O_CREAT) gate_wait(&G.create_closed);
  return openat(dirfd, path, flags, mode);
}

static ssize_t g_pread(void *c, int fd, void *buf, size_t len, off_t off) {
  if (len > 64) gate_wait(&G.read_closed);
  return pread(fd, buf, len, off);
}

/* A completion held at the gate: the write has landed (and, before the
 * fix for writes in flight, was indexed); what is queued behind it waits. */
static void g_done(void *ud, int status, const char *msg) {
  (void)ud, (void)status, (void)msg;
  pthread_mutex_lock(&G.mu);
  if (G.done_closed) {
    G.done_waiting++;
    pthread_cond_broadcast(&G.cv);
    while (G.done_closed) pthread_cond_wait(&G.cv, &G.mu);
    G.done_waiting--;
  }
  pthread_mutex_unlock(&G.mu);
}

static void gate_until_done_waiting(void) {
  pthread_mutex_lock(&G.mu);
  while (!G.done_waiting) pthread_cond_wait(&G.cv, &G.mu);
  pthread_mutex_unlock(&G.mu);
}

static const kiln_disk_io gated = { .openat = g_openat, .pread = g_pread };

/* evict: has() answers 0 at once; a write queued before it lands and is
 * removed, one queued after stays; NOTFOUND when nothing is there. */
KT_TEST(evict_orders_with_writes) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  mkdir_tmp(dir);
  kiln_disk *d;
  KT_REQUIRE(open_cache(dir, &d, 0, 1, &gated) == KILN_OK);
  KT_REQUIRE(put(d, "e", 1, 1, 500) == KILN_OK);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  KT_CHECK(has(d, "e", 1, 1));
  KT_CHECK(kiln_disk_evict(d, "e", 1, "key-00001", 9, msg) == KILN_OK);
  KT_CHECK(!has(d, "e", 1, 1));
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  KT_CHECK(!file_exists(d, "e", 1));
  KT_CHECK(kiln_disk_evict(d, "e", 1, "key-00001", 9, msg) == KILN_NOTFOUND && strstr(msg, "key-00001"));
  KT_CHECK(kiln_disk_evict(d, "", 0, "k", 1, msg) == KILN_INVAL);

  /* Held at the gate: a write in progress, one queued; evict; one more. */
  gate_set(&G.create_closed, 1);
  KT_REQUIRE(put(d, "e", 2, 1, 500) == KILN_OK);
  gate_until_waiting();
  KT_REQUIRE(put(d, "e", 3, 1, 500) == KILN_OK);
  KT_CHECK(kiln_disk_evict(d, "e", 1, "key-00002", 9, msg) == KILN_OK); /* in progress */
  KT_CHECK(kiln_disk_evict(d, "e", 1, "key-00003", 9, msg) == KILN_OK); /* queued */
  KT_REQUIRE(put(d, "e", 3, 2, 700) == KILN_OK);                        /* after: stays */
  gate_set(&G.create_closed, 0);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  KT_CHECK(!has(d, "e", 2, 1) && !file_exists(d, "e", 2));
  KT_CHECK(!has(d, "e", 3, 1) && has(d, "e", 3, 2) && read_ok(d, "e", 3, 2, 700));
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.evictions == 3 && st.evictions_cap == 0 && st.total_bytes == stored_size(d, "e", 3));
  kiln_disk_type_stats ts;
  KT_CHECK(kiln_disk_type_stats_get(d, "e", 1, &ts) == KILN_OK && ts.evictions == 3 && ts.entries == 1);
  kiln_disk_free(d);
  rm_rf(dir);
}

/* An evict or clear of a write in flight: has() says no from the call on,
 * also once the write has landed and its removal has yet to run (its
 * completion held at the gate here). */
KT_TEST(evict_and_clear_hide_writes_in_flight) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  mkdir_tmp(dir);
  kiln_disk *d;
  KT_REQUIRE(open_cache(dir, &d, 0, 1, &gated) == KILN_OK);
  for (int clear = 0; clear < 2; clear++) {
    const char *type = clear ? "c" : "e";
    gate_set(&G.create_closed, 1);
    gate_set(&G.done_closed, 1);
    kiln_disk_id id = mkid(type, 7, 1);
    KT_REQUIRE(kiln_disk_write(d, &id, 1, payload(7, 500), 500, free, NULL, 0, g_done, NULL, msg) ==
               KILN_OK);
    gate_until_waiting(); /* taken: in flight, not queued */
    if (clear) KT_CHECK(kiln_disk_clear(d, type, 1, msg) == KILN_OK);
    else KT_CHECK(kiln_disk_evict(d, type, 1, "key-00007", 9, msg) == KILN_OK);
    KT_CHECK(!has(d, type, 7, 1));
    gate_set(&G.create_closed, 0);
    gate_until_done_waiting(); /* landed; its removal waits behind it */
    KT_CHECK(!has(d, type, 7, 1));
    gate_set(&G.done_closed, 0);
    KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
    KT_CHECK(!has(d, type, 7, 1) && !file_exists(d, type, 7));
    kiln_disk_type_stats ts;
    KT_CHECK(kiln_disk_type_stats_get(d, type, 1, &ts) == KILN_OK && ts.stores == 1 &&
             ts.evictions == 1 && ts.entries == 0);
  }
  kiln_disk_free(d);
  rm_rf(dir);
}

/* clear: entries and writes queued before it go, writes after it stay;
 * other types are untouched; NULL clears everything. */
KT_TEST(clear_orders_with_writes) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  mkdir_tmp(dir);
  kiln_disk *d;
  KT_REQUIRE(open_cache(dir, &d, 0, 3, &gated) == KILN_OK);
  for (unsigned k = 0; k < 10; k++) KT_REQUIRE(put(d, "a", k, 1, 300) == KILN_OK);
  KT_REQUIRE(put(d, "b", 0, 1, 300) == KILN_OK);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  gate_set(&G.create_closed, 1);
  for (unsigned k = 10; k < 20; k++) KT_REQUIRE(put(d, "a", k, 1, 300) == KILN_OK);
  gate_until_waiting();
  KT_CHECK(kiln_disk_clear(d, "a", 1, msg) == KILN_OK);
  for (unsigned k = 0; k < 10; k++) KT_CHECK(!has(d, "a", k, 1));
  for (unsigned k = 20; k < 25; k++) KT_REQUIRE(put(d, "a", k, 1, 300) == KILN_OK);
  KT_REQUIRE(put(d, "a", 5, 2, 300) == KILN_OK); /* a key cleared, written again after */
  gate_set(&G.create_closed, 0);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  int gone = 0, kept = 0;
  for (unsigned k = 0; k < 20; k++) gone += !has(d, "a", k, 1) && (k == 5 || !file_exists(d, "a", k));
  for (unsigned k = 20; k < 25; k++) kept += has(d, "a", k, 1) && file_exists(d, "a", k);
  KT_CHECK(gone == 20 && kept == 5);
  KT_CHECK(has(d, "a", 5, 2) && read_ok(d, "a", 5, 2, 300) && has(d, "b", 0, 1));
  kiln_disk_type_stats ts;
  KT_CHECK(kiln_disk_type_stats_get(d, "a", 1, &ts) == KILN_OK && ts.evictions == 20 && ts.entries == 6);
  KT_CHECK(kiln_disk_clear(d, "zzz", 3, msg) == KILN_NOTFOUND);
  KT_CHECK(kiln_disk_clear(d, NULL, 0, msg) == KILN_OK);
  KT_CHECK(!has(d, "b", 0, 1) && !has(d, "a", 20, 1));
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.index_entries == 0 && st.total_bytes == 0 && entry_bytes(dir) == 0);
  KT_CHECK(st.evictions == 27);
  KT_CHECK(kiln_disk_clear(d, NULL, 0, msg) == KILN_NOTFOUND);
  kiln_disk_free(d);
  rm_rf(dir);
}

typedef struct rd {
  kiln_disk *d;
  int ok;
} rd;

static void *read_a(void *arg) {
  rd *r = arg;
  r->ok = read_ok(r->d, "p", 0, 1, 10000);
  return NULL;
}

/* A read in progress pins its entry: the cap evicts the next oldest. */
KT_TEST(pinned_while_reading) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  mkdir_tmp(dir);
  kiln_disk *d;
  KT_REQUIRE(open_cache(dir, &d, 0, 1, NULL) == KILN_OK);
  for (unsigned k = 0; k < 2; k++) KT_REQUIRE(put(d, "p", k, 1, 10000) == KILN_OK);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  uint64_t one = stored_size(d, "p", 0);
  set_times(d, "p", 0, 200);
  set_times(d, "p", 1, 100);
  kiln_disk_free(d);
  KT_REQUIRE(open_cache(dir, &d, one * 5 / 2, 1, &gated) == KILN_OK);
  gate_set(&G.read_closed, 1);
  rd r = { d, 0 };
  pthread_t t;
  KT_REQUIRE(pthread_create(&t, NULL, read_a, &r) == 0);
  gate_until_waiting(); /* A is pinned, its whole-file read held */
  KT_REQUIRE(put(d, "p", 2, 1, 10000) == KILN_OK);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  KT_CHECK(has(d, "p", 0, 1) && !has(d, "p", 1, 1) && has(d, "p", 2, 1));
  gate_set(&G.read_closed, 0);
  pthread_join(t, NULL);
  KT_CHECK(r.ok);
  kiln_disk_free(d);
  rm_rf(dir);
}

/* A read whose file an evict unlinks after the open still reads whole. */
KT_TEST(unlinked_while_reading) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  mkdir_tmp(dir);
  kiln_disk *d;
  KT_REQUIRE(open_cache(dir, &d, 0, 1, &gated) == KILN_OK);
  KT_REQUIRE(put(d, "p", 0, 1, 10000) == KILN_OK);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  gate_set(&G.read_closed, 1);
  rd r = { d, 0 };
  pthread_t t;
  KT_REQUIRE(pthread_create(&t, NULL, read_a, &r) == 0);
  gate_until_waiting();
  KT_CHECK(kiln_disk_evict(d, "p", 1, "key-00000", 9, msg) == KILN_OK);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  KT_CHECK(!file_exists(d, "p", 0));
  gate_set(&G.read_closed, 0);
  pthread_join(t, NULL);
  KT_CHECK(r.ok);
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.read_hits == 1);
  kiln_disk_free(d);
  rm_rf(dir);
}

/* ------------------------------------------------- notes and type stats */

KT_TEST(note_miss_heals) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  mkdir_tmp(dir);
  kiln_disk *d;
  KT_REQUIRE(open_cache(dir, &d, 0, 2, NULL) == KILN_OK);
  KT_CHECK(strcmp(kiln_disk_miss_name(KILN_DISK_MISS_LOAD_FAILED), "load_failed") == 0);
  for (unsigned k = 0; k < 3; k++) KT_REQUIRE(put(d, "m", k, 1, 400) == KILN_OK);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  kiln_disk_id id0 = mkid("m", 0, 1);
  KT_CHECK(read_ok(d, "m", 0, 1, 400));
  kiln_disk_note_miss(d, &id0, KILN_DISK_MISS_LOAD_FAILED);
  KT_CHECK(!has(d, "m", 0, 1));
  kiln_disk_id id1 = mkid("m", 1, 1);
  KT_CHECK(read_ok(d, "m", 1, 1, 400));
  kiln_disk_note_miss(d, &id1, KILN_DISK_MISS_DECODE);
  /* Another reason drops the entry but keeps the file (as before). */
  kiln_disk_id id2 = mkid("m", 2, 1);
  KT_CHECK(read_ok(d, "m", 2, 1, 400));
  kiln_disk_note_miss(d, &id2, KILN_DISK_MISS_STALE);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  KT_CHECK(!file_exists(d, "m", 0) && !file_exists(d, "m", 1) && file_exists(d, "m", 2));
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.read_hits == 0 && st.read_misses[KILN_DISK_MISS_LOAD_FAILED] == 1 &&
           st.read_misses[KILN_DISK_MISS_DECODE] == 1 && st.evictions == 0);
  kiln_disk_type_stats ts;
  KT_CHECK(kiln_disk_type_stats_get(d, "m", 1, &ts) == KILN_OK && ts.hits == 0 && ts.misses == 3);

  /* A rewrite queued before the heal runs replaces the file: it stays. */
  KT_REQUIRE(put(d, "m", 0, 1, 400) == KILN_OK);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  KT_CHECK(read_ok(d, "m", 0, 1, 400));
  KT_REQUIRE(put(d, "m", 0, 2, 500) == KILN_OK);
  kiln_disk_note_miss(d, &id0, KILN_DISK_MISS_LOAD_FAILED);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  KT_CHECK(has(d, "m", 0, 2) && read_ok(d, "m", 0, 2, 500));
  kiln_disk_free(d);
  rm_rf(dir);
}

static int n_types;
static char seen[4][16];
static void on_type(void *ud, const char *t, size_t n) {
  if (n_types < 4 && n < 16) {
    memcpy(seen[n_types], t, n);
    seen[n_types][n] = '\0';
  }
  n_types++;
}

KT_TEST(type_stats_two_types) {
  char dir[64], msg[KILN_ERRMSG_MAX];
  mkdir_tmp(dir);
  kiln_disk *d;
  KT_REQUIRE(open_cache(dir, &d, 0, 2, NULL) == KILN_OK);
  kiln_disk_type_stats ts;
  KT_CHECK(kiln_disk_type_stats_get(d, "tex", 3, &ts) == KILN_NOTFOUND && ts.entries == 0 && ts.hits == 0);
  for (unsigned k = 0; k < 3; k++) KT_REQUIRE(put(d, "tex", k, 1, 1000) == KILN_OK);
  for (unsigned k = 0; k < 2; k++) KT_REQUIRE(put(d, "mesh", k, 1, 3000) == KILN_OK);
  KT_REQUIRE(kiln_disk_drain(d, -1, msg) == KILN_OK);
  KT_CHECK(read_ok(d, "tex", 0, 1, 1000) && read_ok(d, "tex", 1, 1, 1000));
  KT_CHECK(!read_ok(d, "mesh", 7, 1, 3000)); /* absent */
  KT_CHECK(!read_ok(d, "mesh", 0, 9, 3000)); /* stale */
  kiln_disk_id nid = mkid("mesh", 8, 1);
  KT_CHECK(!kiln_disk_has(d, &nid));
  kiln_disk_note_absent(d, &nid);
  kiln_disk_id sid = mkid("sound", 1, 1);
  kiln_disk_note_absent(d, &sid); /* a type seen only through a note */
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  KT_CHECK(st.read_misses[KILN_DISK_MISS_ABSENT] == 3 && st.read_misses[KILN_DISK_MISS_STALE] == 1);
  KT_CHECK(kiln_disk_type_stats_get(d, "tex", 3, &ts) == KILN_OK);
  uint64_t tex_bytes = 3 * stored_size(d, "tex", 0);
  KT_CHECK(ts.entries == 3 && ts.bytes == tex_bytes && ts.hits == 2 && ts.misses == 0 &&
           ts.stores == 3 && ts.bytes_stored == 3000 && ts.evictions == 0);
  time_t now = time(NULL);
  KT_CHECK(ts.oldest_access_s > now - 60 && ts.oldest_access_s <= now + 1);
  kiln_disk_type_stats tm;
  KT_CHECK(kiln_disk_type_stats_get(d, "mesh", 4, &tm) == KILN_OK);
  KT_CHECK(tm.entries == 2 && tm.hits == 0 && tm.misses == 3 && tm.stores == 2 && tm.bytes_stored == 6000);
  KT_CHECK(ts.bytes + tm.bytes == st.total_bytes && st.max_bytes == 0);
  KT_CHECK(kiln_disk_type_stats_get(d, "sound", 5, &ts) == KILN_OK && ts.misses == 1 &&
           ts.entries == 0 && ts.oldest_access_s == 0);
  n_types = 0;
  KT_CHECK(kiln_disk_types(d, on_type, NULL) == 3 && n_types == 3);
  KT_CHECK(!strcmp(seen[0], "tex") || !strcmp(seen[0], "mesh"));
  KT_CHECK(!strcmp(seen[2], "sound"));
  kiln_disk_free(d);
  /* After a restart the scan restores entries and bytes per type. */
  KT_REQUIRE(open_cache(dir, &d, 0, 1, NULL) == KILN_OK);
  KT_CHECK(kiln_disk_type_stats_get(d, "tex", 3, &ts) == KILN_OK && ts.entries == 3 && ts.bytes == tex_bytes &&
           ts.stores == 0);
  kiln_disk_free(d);
  rm_rf(dir);
}

KT_MAIN("disk_evict", KT_CASE(cap_lru_many), KT_CASE(readers_during_eviction),
        KT_CASE(restart_keeps_lru_order), KT_CASE(oversize_goes_first),
        KT_CASE(evict_orders_with_writes), KT_CASE(clear_orders_with_writes),
        KT_CASE(evict_and_clear_hide_writes_in_flight),
        KT_CASE(pinned_while_reading), KT_CASE(unlinked_while_reading), KT_CASE(note_miss_heals),
        KT_CASE(type_stats_two_types))
