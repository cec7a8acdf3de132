/* Disk cache: every kind of damage done to real files is a miss with the
 * right reason, and a later write repairs the entry. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "disk.h"
#include "disk_format.h"
#include "kiln_err.h"
#include "ktest.h"

static int rm_cb(const char *p, const struct stat *st, int flag, struct FTW *f) { return remove(p); }
static void rm_rf(const char *dir) { nftw(dir, rm_cb, 16, FTW_DEPTH | FTW_PHYS); }

static uint8_t *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  uint8_t *b = malloc((size_t)n + 1);
  if (b && fread(b, 1, (size_t)n, f) != (size_t)n) { free(b); b = NULL; }
  fclose(f);
  *len = (size_t)n;
  return b;
}

static int spit(const char *path, const uint8_t *b, size_t len) {
  FILE *f = fopen(path, "wb");
  if (!f) return -1;
  int ok = fwrite(b, 1, len, f) == len;
  return fclose(f) == 0 && ok ? 0 : -1;
}

static void reseal(uint8_t *b, size_t len) {
  kiln__disk_put64(b + len - 8, XXH3_64bits(b, len - 8));
}

typedef struct fx {
  char dir[64];
  kiln_disk *d;
  kiln_disk_id id;
  char path[256];
  uint8_t payload[20000];
  size_t plen;
  uint8_t *good; /* the file as written */
  size_t good_len;
} fx;

static int write_entry(fx *f) {
  char msg[KILN_ERRMSG_MAX];
  if (kiln_disk_write(f->d, &f->id, 3, f->payload, f->plen, NULL, "meta", 4, NULL, NULL, msg) != KILN_OK)
    return -1;
  return kiln_disk_drain(f->d, -1, msg) == KILN_OK && kiln_disk_has(f->d, &f->id) ? 0 : -1;
}

static int read_ok(fx *f) {
  kiln_disk_blob b;
  char msg[KILN_ERRMSG_MAX];
  int r = kiln_disk_read(f->d, &f->id, &b, msg);
  int ok = r == KILN_OK && b.len == f->plen && memcmp(b.data, f->payload, f->plen) == 0 &&
           b.meta_len == 4 && memcmp(b.meta, "meta", 4) == 0;
  if (!ok) fprintf(stderr, "  read: %s\n", msg);
  kiln_disk_blob_free(&b);
  return ok;
}

static int fx_open(fx *f, int compressible, size_t plen) {
  memset(f, 0, sizeof *f);
  strcpy(f->dir, "/tmp/kiln-disk-XXXXXX");
  if (!mkdtemp(f->dir)) return -1;
  kiln_disk_config cfg = { .cache_dir = f->dir, .durability = KILN_DISK_RENAME };
  char msg[KILN_ERRMSG_MAX];
  if (kiln_disk_new(&cfg, &f->d, msg) != KILN_OK) return -1;
  f->id = (kiln_disk_id){ "tex", 3, "stone/albedo", 12, 4, 0xfeedULL };
  f->plen = plen;
  uint32_t x = 12345;
  for (size_t i = 0; i < plen; i++) {
    x = x * 1103515245u + 12345u;
    f->payload[i] = compressible ? (uint8_t)(i / 50) : (uint8_t)(x >> 16);
  }
  if (kiln_disk_path(f->d, &f->id, f->path, sizeof f->path) != KILN_OK) return -1;
  if (write_entry(f) < 0) return -1;
  f->good = slurp(f->path, &f->good_len);
  return f->good ? 0 : -1;
}

static void fx_close(fx *f) {
  kiln_disk_free(f->d);
  free(f->good);
  rm_rf(f->dir);
}

/* Installs bytes as the entry file, expects a miss with reason why, then a
 * rewrite that reads back fine. */
static int expect_miss(fx *f, const uint8_t *bytes, size_t len, int why, int code) {
  char msg[KILN_ERRMSG_MAX];
  if (spit(f->path, bytes, len) < 0) return 0;
  kiln_disk_blob b;
  int r = kiln_disk_read(f->d, &f->id, &b, msg);
  int ok = r == code && b.miss == why && b.data == NULL && strstr(msg, f->path + strlen(f->dir)) &&
           strstr(msg, "stone/albedo");
  if (!ok)
    fprintf(stderr, "  want %s/%s got %s/%s: %s\n", kiln_disk_miss_name(why), kiln_strerror(code),
            kiln_disk_miss_name(b.miss), kiln_strerror(r), msg);
  ok &= !kiln_disk_has(f->d, &f->id); /* dropped from the index */
  ok &= write_entry(f) == 0 && read_ok(f);
  return ok;
}

static void truncations(int *kt_failed, int compressible, size_t plen) {
  fx f;
  KT_REQUIRE(fx_open(&f, compressible, plen) == 0);
  KT_CHECK(read_ok(&f));
  size_t cuts[] = { 0, 1, 7, 8, 10, 63, 64, 65, 70, 80, 95, 96, 97, f.good_len / 2,
                    f.good_len - 9, f.good_len - 8, f.good_len - 1 };
  for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
    if (cuts[i] >= f.good_len) continue;
    KT_CHECK(expect_miss(&f, f.good, cuts[i], KILN_DISK_MISS_TRUNCATED, KILN_CORRUPT));
  }
  kiln_disk_stats st;
  kiln_disk_stats_get(f.d, &st);
  KT_CHECK(st.read_misses[KILN_DISK_MISS_TRUNCATED] >= 10);
  fx_close(&f);
}

KT_TEST(truncated_lz4) { truncations(kt_failed, 1, 20000); }
KT_TEST(truncated_raw) { truncations(kt_failed, 0, 20000); }
KT_TEST(truncated_empty_payload) { truncations(kt_failed, 0, 0); }

KT_TEST(flipped_bytes) {
  for (int comp = 0; comp < 2; comp++) {
    fx f;
    KT_REQUIRE(fx_open(&f, comp, 5000) == 0);
    uint8_t *b = malloc(f.good_len);
    KT_REQUIRE(b);
    size_t poff = kiln__disk_payload_off(3, 12, 4);
    struct { size_t off; int why; } cases[] = {
      { 0, KILN_DISK_MISS_MAGIC }, { 5, KILN_DISK_MISS_MAGIC },
      { 8, KILN_DISK_MISS_FORMAT }, { 9, KILN_DISK_MISS_FORMAT },
      { 10, KILN_DISK_MISS_HEADER },        /* codec */
      { 11, KILN_DISK_MISS_CHECKSUM },      /* kind */
      { 14, KILN_DISK_MISS_HEADER },        /* reserved */
      { 16, KILN_DISK_MISS_CHECKSUM },      /* version */
      { 24, KILN_DISK_MISS_CHECKSUM },      /* script hash */
      { 55, KILN_DISK_MISS_HEADER },        /* reserved */
      { 63, KILN_DISK_MISS_HEADER },        /* reserved */
      { 64, KILN_DISK_MISS_CHECKSUM },      /* type */
      { 67, KILN_DISK_MISS_CHECKSUM },      /* key */
      { 78, KILN_DISK_MISS_CHECKSUM },      /* key end */
      { 80, KILN_DISK_MISS_CHECKSUM },      /* meta */
      { 84, KILN_DISK_MISS_CHECKSUM },      /* padding */
      { poff, KILN_DISK_MISS_CHECKSUM },    /* payload */
      { f.good_len - 9, KILN_DISK_MISS_CHECKSUM },
      { f.good_len - 8, KILN_DISK_MISS_CHECKSUM }, /* checksum itself */
      { f.good_len - 1, KILN_DISK_MISS_CHECKSUM },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
      memcpy(b, f.good, f.good_len);
      b[cases[i].off] ^= 0x5a;
      if (!expect_miss(&f, b, f.good_len, cases[i].why, KILN_CORRUPT)) {
        fprintf(stderr, "  (flip at %zu, compressed %d)\n", cases[i].off, comp);
        *kt_failed = 1;
      }
    }
    /* Every single-byte flip anywhere is some miss, never a hit. */
    for (size_t off = 0; off < f.good_len; off += 7) {
      memcpy(b, f.good, f.good_len);
      b[off] ^= 0x01;
      KT_REQUIRE(spit(f.path, b, f.good_len) == 0);
      kiln_disk_blob bl;
      char msg[KILN_ERRMSG_MAX];
      KT_CHECK(kiln_disk_read(f.d, &f.id, &bl, msg) != KILN_OK && bl.miss != KILN_DISK_HIT);
      KT_REQUIRE(write_entry(&f) == 0);
    }
    free(b);
    fx_close(&f);
  }
}

KT_TEST(forged_headers) {
  fx f;
  KT_REQUIRE(fx_open(&f, 1, 20000) == 0);
  uint8_t *b = malloc(f.good_len + 64);
  KT_REQUIRE(b);
  /* Wrong magic, even with a valid checksum. */
  memcpy(b, f.good, f.good_len);
  memcpy(b, "NOTKILN!", 8);
  reseal(b, f.good_len);
  KT_CHECK(expect_miss(&f, b, f.good_len, KILN_DISK_MISS_MAGIC, KILN_CORRUPT));
  /* Another format version. */
  memcpy(b, f.good, f.good_len);
  b[8] = KILN_DISK_FORMAT_VERSION + 1;
  reseal(b, f.good_len);
  KT_CHECK(expect_miss(&f, b, f.good_len, KILN_DISK_MISS_FORMAT, KILN_CORRUPT));
  /* Declared raw size above the limit (raw codec so stored == raw). */
  memcpy(b, f.good, f.good_len);
  b[10] = 0;
  kiln__disk_put64(b + 32, (uint64_t)300 << 20);
  kiln__disk_put64(b + 40, (uint64_t)300 << 20);
  reseal(b, f.good_len);
  KT_CHECK(expect_miss(&f, b, f.good_len, KILN_DISK_MISS_TOOBIG, KILN_TOOBIG));
  /* Absurd sizes do not overflow. */
  memcpy(b, f.good, f.good_len);
  kiln__disk_put64(b + 40, UINT64_MAX - 3);
  KT_CHECK(expect_miss(&f, b, f.good_len, KILN_DISK_MISS_HEADER, KILN_CORRUPT));
  memcpy(b, f.good, f.good_len);
  b[12] = 0, b[13] = 0; /* type_len 0 */
  KT_CHECK(expect_miss(&f, b, f.good_len, KILN_DISK_MISS_HEADER, KILN_CORRUPT));
  memcpy(b, f.good, f.good_len);
  b[23] = 0x7f; /* key_len huge */
  KT_CHECK(expect_miss(&f, b, f.good_len, KILN_DISK_MISS_HEADER, KILN_CORRUPT));
  memcpy(b, f.good, f.good_len);
  b[51] = 0x7f; /* meta_len huge */
  KT_CHECK(expect_miss(&f, b, f.good_len, KILN_DISK_MISS_HEADER, KILN_CORRUPT));
  /* Trailing bytes. */
  memcpy(b, f.good, f.good_len);
  memset(b + f.good_len, 0, 64);
  KT_CHECK(expect_miss(&f, b, f.good_len + 64, KILN_DISK_MISS_HEADER, KILN_CORRUPT));
  /* A resealed lz4 block that does not decode. */
  memcpy(b, f.good, f.good_len);
  KT_REQUIRE(b[10] == 1);
  size_t poff = kiln__disk_payload_off(3, 12, 4);
  memset(b + poff, 0xff, f.good_len - 8 - poff);
  reseal(b, f.good_len);
  KT_CHECK(expect_miss(&f, b, f.good_len, KILN_DISK_MISS_DECODE, KILN_CORRUPT));
  /* Another version inside the file than in the index. */
  memcpy(b, f.good, f.good_len);
  b[16] ^= 1;
  reseal(b, f.good_len);
  KT_CHECK(expect_miss(&f, b, f.good_len, KILN_DISK_MISS_STALE, KILN_STALE));
  /* Padding that is not zero, resealed. */
  memcpy(b, f.good, f.good_len);
  b[poff - 1] = 1;
  reseal(b, f.good_len);
  KT_CHECK(expect_miss(&f, b, f.good_len, KILN_DISK_MISS_HEADER, KILN_CORRUPT));
  free(b);
  fx_close(&f);
}

KT_TEST(forged_collision) {
  fx f;
  KT_REQUIRE(fx_open(&f, 1, 1000) == 0);
  /* Another artifact's (valid) file planted under this entry's name. */
  kiln_disk_id other = { "tex", 3, "other-key", 9, 4, 0xfeedULL };
  uint8_t *b;
  size_t n;
  char msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(kiln__disk_encode(&other, 3, f.payload, f.plen, "meta", 4, 1, &b, &n, msg) == KILN_OK);
  KT_CHECK(expect_miss(&f, b, n, KILN_DISK_MISS_COLLISION, KILN_CORRUPT));
  free(b);
  /* After a restart the scan does not index it: the name does not match. */
  KT_REQUIRE(kiln__disk_encode(&other, 3, f.payload, f.plen, "meta", 4, 1, &b, &n, msg) == KILN_OK);
  KT_REQUIRE(spit(f.path, b, n) == 0);
  free(b);
  kiln_disk_free(f.d);
  kiln_disk_config cfg = { .cache_dir = f.dir };
  KT_REQUIRE(kiln_disk_new(&cfg, &f.d, msg) == KILN_OK);
  kiln_disk_stats st;
  kiln_disk_stats_get(f.d, &st);
  KT_CHECK(st.scan_skipped == 1 && st.scan_entries == 0 && !kiln_disk_has(f.d, &f.id));
  fx_close(&f);
}

KT_TEST(not_a_file) {
  fx f;
  KT_REQUIRE(fx_open(&f, 1, 1000) == 0);
  char msg[KILN_ERRMSG_MAX];
  kiln_disk_blob b;
  KT_REQUIRE(unlink(f.path) == 0 && mkdir(f.path, 0755) == 0);
  KT_CHECK(kiln_disk_read(f.d, &f.id, &b, msg) == KILN_IO && b.miss == KILN_DISK_MISS_IO);
  KT_CHECK(strstr(msg, "regular") != NULL);
  KT_REQUIRE(rmdir(f.path) == 0);
  KT_CHECK(write_entry(&f) == 0 && read_ok(&f));
  /* Removed behind the cache's back: absent, and the index forgets it. */
  KT_REQUIRE(unlink(f.path) == 0);
  KT_CHECK(kiln_disk_read(f.d, &f.id, &b, msg) == KILN_NOTFOUND && b.miss == KILN_DISK_MISS_ABSENT);
  KT_CHECK(!kiln_disk_has(f.d, &f.id));
  fx_close(&f);
}

/* Damaged files at start-up are not indexed; good ones are. */
KT_TEST(scan_skips_damage) {
  fx f;
  KT_REQUIRE(fx_open(&f, 1, 3000) == 0);
  char msg[KILN_ERRMSG_MAX];
  kiln_disk_id ids[6];
  char keys[6][16];
  for (int i = 0; i < 6; i++) {
    snprintf(keys[i], sizeof keys[i], "k%d", i);
    ids[i] = (kiln_disk_id){ "mat", 3, keys[i], strlen(keys[i]), 1, 2 };
    KT_REQUIRE(kiln_disk_write(f.d, &ids[i], 0, f.payload, 3000, NULL, NULL, 0, NULL, NULL, msg) == KILN_OK);
  }
  KT_REQUIRE(kiln_disk_drain(f.d, -1, msg) == KILN_OK);
  char p[256];
  size_t n;
  uint8_t *b;
  kiln_disk_path(f.d, &ids[0], p, sizeof p);
  KT_REQUIRE(truncate(p, 30) == 0);             /* short header */
  kiln_disk_path(f.d, &ids[1], p, sizeof p);
  KT_REQUIRE(truncate(p, 200) == 0);            /* short body */
  kiln_disk_path(f.d, &ids[2], p, sizeof p);
  b = slurp(p, &n);
  KT_REQUIRE(b);
  b[8] = 9;                                      /* other format */
  spit(p, b, n);
  free(b);
  kiln_disk_path(f.d, &ids[3], p, sizeof p);
  b = slurp(p, &n);
  KT_REQUIRE(b);
  b[64 + 3] ^= 1;                                /* key byte: name no longer matches */
  spit(p, b, n);
  free(b);
  kiln_disk_free(f.d);
  kiln_disk_config cfg = { .cache_dir = f.dir };
  KT_REQUIRE(kiln_disk_new(&cfg, &f.d, msg) == KILN_OK);
  kiln_disk_stats st;
  kiln_disk_stats_get(f.d, &st);
  KT_CHECK(st.scan_entries == 3 && st.scan_skipped == 4);
  for (int i = 0; i < 4; i++) KT_CHECK(!kiln_disk_has(f.d, &ids[i]));
  for (int i = 4; i < 6; i++) KT_CHECK(kiln_disk_has(f.d, &ids[i]));
  KT_CHECK(kiln_disk_has(f.d, &f.id));
  /* A smaller max_raw_size: entries above it are not indexed. */
  kiln_disk_free(f.d);
  cfg.max_raw_size = 2000;
  KT_REQUIRE(kiln_disk_new(&cfg, &f.d, msg) == KILN_OK);
  KT_CHECK(!kiln_disk_has(f.d, &f.id) && !kiln_disk_has(f.d, &ids[4]));
  fx_close(&f);
}

/* kiln_disk_parse on in-memory files: the fuzzer's entry point. */
KT_TEST(parse_in_memory) {
  kiln_disk_id id = { "t", 1, "k", 1, 9, 77 };
  uint8_t payload[4096];
  for (size_t i = 0; i < sizeof payload; i++) payload[i] = (uint8_t)(i / 16);
  uint8_t *b;
  size_t n;
  char msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(kiln__disk_encode(&id, 5, payload, sizeof payload, "m", 1, 1, &b, &n, msg) == KILN_OK);
  kiln_disk_view v;
  KT_CHECK(kiln_disk_parse(b, n, 1 << 20, &v, msg) == KILN_OK && v.codec == 1 && v.kind == 5 &&
           v.version == 9 && v.script_hash == 77 && v.raw_len == sizeof payload &&
           v.type_len == 1 && v.key_len == 1 && v.meta_len == 1 && v.miss == KILN_DISK_HIT);
  uint8_t out[4096];
  KT_CHECK(kiln_disk_decode(&v, out, sizeof out, msg) == KILN_OK && !memcmp(out, payload, sizeof out));
  KT_CHECK(kiln_disk_decode(&v, out, 10, msg) == KILN_INVAL);
  KT_CHECK(kiln_disk_parse(b, n, 100, &v, msg) == KILN_TOOBIG && v.miss == KILN_DISK_MISS_TOOBIG);
  KT_CHECK(strstr(msg, "raw size") != NULL);
  for (size_t len = 0; len < n; len++)
    KT_CHECK(kiln_disk_parse(b, len, 1 << 20, &v, msg) != KILN_OK && v.miss == KILN_DISK_MISS_TRUNCATED);
  free(b);
  KT_REQUIRE(kiln__disk_encode(&id, 5, payload, 100, NULL, 0, 0, &b, &n, msg) == KILN_OK);
  KT_CHECK(kiln_disk_parse(b, n, 1 << 20, &v, msg) == KILN_OK && v.codec == 0);
  free(b);
  /* Escaping for display. */
  char e[32];
  KT_CHECK(strcmp(kiln__disk_escape("a\0b\n'\\\xff", 7, e, sizeof e), "a\\0b\\n\\'\\\\\\xff") == 0);
  KT_CHECK(strcmp(kiln__disk_escape("abcdefghijklmnopqrstuvwxyz", 26, e, 10), "abcdef...") == 0);
}

/* A read the disk layer served as a hit but whose bytes the caller could
 * not decode (the Lua meta): note_miss moves it from hits to the decode
 * misses and drops the entry, so the item recomputes and rewrites it. */
KT_TEST(caller_detected_miss) {
  fx f;
  KT_REQUIRE(fx_open(&f, 1, 2000) == 0);
  KT_CHECK(read_ok(&f));
  kiln_disk_stats st;
  kiln_disk_stats_get(f.d, &st);
  KT_REQUIRE(st.read_hits == 1 && st.read_misses[KILN_DISK_MISS_DECODE] == 0);
  kiln_disk_note_miss(f.d, &f.id, KILN_DISK_MISS_DECODE);
  kiln_disk_stats_get(f.d, &st);
  KT_CHECK(st.read_hits == 0 && st.read_misses[KILN_DISK_MISS_DECODE] == 1);
  KT_CHECK(!kiln_disk_has(f.d, &f.id));
  /* Counts only, and never below zero hits; a bad reason counts as decode. */
  kiln_disk_note_miss(f.d, NULL, 999);
  kiln_disk_note_miss(NULL, &f.id, KILN_DISK_MISS_DECODE);
  kiln_disk_stats_get(f.d, &st);
  KT_CHECK(st.read_hits == 0 && st.read_misses[KILN_DISK_MISS_DECODE] == 2);
  /* The rewrite is served again. */
  KT_CHECK(write_entry(&f) == 0 && read_ok(&f));
  fx_close(&f);
}

KT_MAIN("disk_corrupt", KT_CASE(caller_detected_miss), KT_CASE(truncated_lz4), KT_CASE(truncated_raw), KT_CASE(truncated_empty_payload),
        KT_CASE(flipped_bytes), KT_CASE(forged_headers), KT_CASE(forged_collision), KT_CASE(not_a_file),
        KT_CASE(scan_skips_damage), KT_CASE(parse_in_memory))
