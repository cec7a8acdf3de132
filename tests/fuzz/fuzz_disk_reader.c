/* libFuzzer target for the disk cache reader: kiln_disk_parse,
 * kiln_disk_decode and the header check used by the start-up scan, on
 * arbitrary bytes held in an allocation of exactly their size (so ASan sees
 * any read past the end).
 *
 * Input byte 0 selects a mode: bit 0 reseals the checksum (so mutations get
 * past it into the header, padding and lz4 checks), bit 1 lowers max_raw to
 * 1 MiB. With KILN_FUZZ_SEEDS=<dir> in the environment, initialization
 * writes valid files into dir as seeds (libFuzzer then loads that corpus). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "disk.h"
#include "disk_format.h"
#include "kiln_err.h"

static void seed(const char *dir, int n, const kiln_disk_id *id, const void *payload, size_t len,
                 const char *meta, int lz4) {
  uint8_t *b;
  size_t blen;
  char msg[KILN_ERRMSG_MAX], path[1024];
  if (kiln__disk_encode(id, 1, payload, len, meta, meta ? strlen(meta) : 0, lz4, &b, &blen, msg) != KILN_OK)
    return;
  for (int mode = 0; mode < 2; mode++) {
    snprintf(path, sizeof path, "%s/seed-%d-%d", dir, n, mode);
    FILE *f = fopen(path, "wb");
    if (f) {
      uint8_t m = (uint8_t)mode;
      fwrite(&m, 1, 1, f);
      fwrite(b, 1, blen, f);
      fclose(f);
    }
  }
  free(b);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  const char *dir = getenv("KILN_FUZZ_SEEDS");
  if (!dir) return 0;
  static uint8_t smooth[3000], noise[300];
  for (size_t i = 0; i < sizeof smooth; i++) smooth[i] = (uint8_t)(i / 40);
  uint32_t x = 1;
  for (size_t i = 0; i < sizeof noise; i++) noise[i] = (uint8_t)((x = x * 1103515245u + 12345u) >> 16);
  kiln_disk_id a = { "tex", 3, "stone/albedo", 12, 3, 0x1122334455667788ull };
  kiln_disk_id b = { "m", 1, "", 0, 0, 0 };
  kiln_disk_id c = { "mat", 3, "a\0b\n", 4, 9, 1 };
  seed(dir, 0, &a, smooth, sizeof smooth, "w=16;h=16", 1);
  seed(dir, 1, &a, noise, sizeof noise, NULL, 1);
  seed(dir, 2, &b, NULL, 0, NULL, 1);
  seed(dir, 3, &c, smooth, 100, "meta", 0);
  seed(dir, 4, &c, smooth, 1, NULL, 1);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  uint8_t mode = data[0];
  data++, size--;
  uint8_t *buf = malloc(size ? size : 1);
  if (!buf) return 0;
  if (size) memcpy(buf, data, size);
  if ((mode & 1) && size >= KILN__DISK_SUM)
    kiln__disk_put64(buf + size - KILN__DISK_SUM, XXH3_64bits(buf, size - KILN__DISK_SUM));
  size_t max_raw = (mode & 2) ? (size_t)1 << 20 : KILN_DISK_DEFAULT_MAX_RAW;
  char msg[KILN_ERRMSG_MAX];
  kiln_disk_view v;
  int r = kiln_disk_parse(buf, size, max_raw, &v, msg);
  if (r == KILN_OK) {
    /* Invariants of an accepted file: everything lies inside the buffer. */
    if (v.miss != KILN_DISK_HIT || v.raw_len > max_raw || (const uint8_t *)v.type < buf ||
        v.stored + v.stored_len > buf + size || v.meta + v.meta_len > v.stored)
      __builtin_trap();
    uint8_t *raw = malloc(v.raw_len ? v.raw_len : 1);
    if (raw) {
      if (kiln_disk_decode(&v, raw, v.raw_len, msg) == KILN_OK && v.codec == 0 &&
          memcmp(raw, v.stored, v.raw_len) != 0)
        __builtin_trap();
      free(raw);
    }
    char esc[128];
    kiln__disk_escape(v.key, v.key_len, esc, sizeof esc);
  } else if (v.miss == KILN_DISK_HIT || v.miss >= KILN_DISK_MISS__COUNT) {
    __builtin_trap(); /* a refusal always names its reason */
  }
  kiln__disk_hdr h;
  int miss;
  kiln__disk_hdr_parse(buf, size, max_raw, &h, &miss, NULL);
  free(buf);
  return 0;
}
