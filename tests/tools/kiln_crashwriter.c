/* Crash-test child for the disk cache (driven by tests/suite-diskcrash.sh).
 *
 *   kiln_crashwriter write <dir> <seed> <durability 0|1>
 *       writes artifacts forever (prints "ready" once the cache is open);
 *       the suite kills it with SIGKILL at a random moment.
 *   kiln_crashwriter check <dir>
 *       every file under a final name must parse, verify, match its name
 *       and carry the payload its meta describes; a new kiln_disk_new must
 *       serve each (has + read), and no temp file may survive it. Exit 0
 *       when all holds. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "disk.h"
#include "disk_format.h"
#include "kiln_err.h"

#define KEYS 600

/* Payload of len bytes from seed: runs and noise, so some compress. */
static void fill(uint8_t *p, size_t len, uint64_t seed) {
  uint64_t x = seed * 0x9E3779B97F4A7C15ull + 1;
  for (size_t i = 0; i < len; i++) {
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    p[i] = (seed & 1) ? (uint8_t)x : (uint8_t)(i / 100 + seed);
  }
}

static int do_write(const char *dir, unsigned seed, int durability) {
  kiln_disk_config cfg = { .cache_dir = dir, .durability = durability, .io_threads = 2 };
  kiln_disk *d;
  char msg[KILN_ERRMSG_MAX];
  int r = kiln_disk_new(&cfg, &d, msg);
  if (r != KILN_OK) {
    fprintf(stderr, "crashwriter: %s\n", msg);
    return 1;
  }
  printf("ready\n");
  fflush(stdout);
  uint64_t x = seed * 2654435761u + 7;
  for (uint64_t i = 0;; i++) {
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    char key[32];
    snprintf(key, sizeof key, "k%llu", (unsigned long long)(x % KEYS));
    size_t len = (size_t)(x >> 20) % 40000;
    uint64_t cseed = x ^ i;
    uint8_t *p = malloc(len ? len : 1);
    if (!p) return 1;
    fill(p, len, cseed);
    uint8_t meta[16];
    memcpy(meta, &cseed, 8);
    uint64_t l64 = len;
    memcpy(meta + 8, &l64, 8);
    kiln_disk_id id = { (x & 4) ? "tex" : "mat", 3, key, strlen(key), (uint32_t)(x >> 40) % 3,
                        (x >> 33) % 2 };
    if (kiln_disk_write(d, &id, (uint8_t)i, p, len, free, meta, sizeof meta, NULL, NULL, msg) != KILN_OK) {
      fprintf(stderr, "crashwriter: %s\n", msg);
      return 1;
    }
    if (i % 40 == 39) kiln_disk_drain(d, -1, msg); /* bound the queue */
  }
}

typedef struct entry {
  char type[8];
  char key[32];
  size_t type_len, key_len;
  uint32_t version;
  uint64_t script_hash;
} entry;

static int payload_ok(const uint8_t *data, size_t len, const uint8_t *meta, size_t meta_len) {
  if (meta_len != 16) return 0;
  uint64_t cseed, l64;
  memcpy(&cseed, meta, 8);
  memcpy(&l64, meta + 8, 8);
  if (l64 != len) return 0;
  uint8_t *want = malloc(len ? len : 1);
  if (!want) return 0;
  fill(want, len, cseed);
  int ok = len == 0 || memcmp(want, data, len) == 0;
  free(want);
  return ok;
}

/* Walks dir: checks entry files, counts temp files; fills entries. */
static int walk(const char *dir, entry *out, int *n, int *temps, int *bad) {
  *n = *temps = *bad = 0;
  for (int s = 0; s < 16; s++) {
    char sub[600];
    snprintf(sub, sizeof sub, "%s/%x", dir, s);
    DIR *dp = opendir(sub);
    if (!dp) continue;
    struct dirent *de;
    while ((de = readdir(dp))) {
      if (de->d_name[0] == '.') continue;
      if (!strncmp(de->d_name, KILN__DISK_TMP_PREFIX, strlen(KILN__DISK_TMP_PREFIX))) {
        (*temps)++;
        continue;
      }
      char path[1200];
      snprintf(path, sizeof path, "%s/%s", sub, de->d_name);
      FILE *f = fopen(path, "rb");
      if (!f) { (*bad)++; fprintf(stderr, "check: cannot open %s\n", path); continue; }
      fseek(f, 0, SEEK_END);
      size_t len = (size_t)ftell(f);
      fseek(f, 0, SEEK_SET);
      uint8_t *b = malloc(len + 1);
      size_t got = b ? fread(b, 1, len, f) : 0;
      fclose(f);
      kiln_disk_view v;
      char msg[KILN_ERRMSG_MAX];
      kiln__disk_h128 h;
      int ok = b && got == len && kiln_disk_parse(b, len, KILN_DISK_DEFAULT_MAX_RAW, &v, msg) == KILN_OK;
      if (!ok) fprintf(stderr, "check: %s: %s\n", path, b ? msg : "read failed");
      if (ok) {
        kiln__disk_h128 fh = kiln__disk_hash(v.type, v.type_len, v.key, v.key_len);
        char sb[3];
        snprintf(sb, sizeof sb, "%x", s);
        ok = kiln__disk_entry_name(sb, de->d_name, &h) && h.lo == fh.lo && h.hi == fh.hi &&
             v.type_len < sizeof out->type && v.key_len < sizeof out->key;
        if (!ok) fprintf(stderr, "check: %s: name does not match its type/key\n", path);
      }
      if (ok) {
        uint8_t *raw = malloc(v.raw_len ? v.raw_len : 1);
        ok = raw && kiln_disk_decode(&v, raw, v.raw_len, msg) == KILN_OK &&
             payload_ok(raw, v.raw_len, v.meta, v.meta_len);
        if (!ok) fprintf(stderr, "check: %s: payload does not match its meta\n", path);
        free(raw);
      }
      if (ok && *n < KEYS * 2) {
        entry *e = &out[(*n)++];
        memcpy(e->type, v.type, v.type_len);
        memcpy(e->key, v.key, v.key_len);
        e->type_len = v.type_len;
        e->key_len = v.key_len;
        e->version = v.version;
        e->script_hash = v.script_hash;
      }
      if (!ok) (*bad)++;
      free(b);
    }
    closedir(dp);
  }
  return *bad == 0;
}

static int do_check(const char *dir) {
  static entry ents[KEYS * 2];
  int n, temps, bad;
  walk(dir, ents, &n, &temps, &bad);
  kiln_disk_config cfg = { .cache_dir = dir };
  kiln_disk *d;
  char msg[KILN_ERRMSG_MAX];
  if (kiln_disk_new(&cfg, &d, msg) != KILN_OK) {
    fprintf(stderr, "check: restart failed: %s\n", msg);
    return 1;
  }
  int served = 0;
  for (int i = 0; i < n; i++) {
    kiln_disk_id id = { ents[i].type, ents[i].type_len, ents[i].key, ents[i].key_len,
                        ents[i].version, ents[i].script_hash };
    kiln_disk_blob b;
    if (!kiln_disk_has(d, &id)) {
      fprintf(stderr, "check: restart does not index %.*s/%.*s\n", (int)id.type_len, id.type,
              (int)id.key_len, id.key);
      bad++;
    } else if (kiln_disk_read(d, &id, &b, msg) != KILN_OK || !payload_ok(b.data, b.len, b.meta, b.meta_len)) {
      fprintf(stderr, "check: restart cannot serve %.*s: %s\n", (int)id.key_len, id.key, msg);
      bad++;
      kiln_disk_blob_free(&b);
    } else {
      served++;
      kiln_disk_blob_free(&b);
    }
  }
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  kiln_disk_free(d);
  int n2, temps2, bad2;
  walk(dir, ents, &n2, &temps2, &bad2);
  if (temps2) {
    fprintf(stderr, "check: %d temp files survived the restart\n", temps2);
    bad++;
  }
  if (st.temps_removed != (uint64_t)temps) {
    fprintf(stderr, "check: %d temp files found, restart removed %llu\n", temps,
            (unsigned long long)st.temps_removed);
    bad++;
  }
  printf("check: %d entries verified and served, %d temp files removed, %d bad\n", served, temps, bad);
  return bad ? 1 : 0;
}

int main(int argc, char **argv) {
  if (argc == 5 && !strcmp(argv[1], "write"))
    return do_write(argv[2], (unsigned)strtoul(argv[3], NULL, 10), atoi(argv[4]));
  if (argc == 3 && !strcmp(argv[1], "check")) return do_check(argv[2]);
  fprintf(stderr, "usage: kiln_crashwriter write <dir> <seed> <0|1> | check <dir>\n");
  return 2;
}
