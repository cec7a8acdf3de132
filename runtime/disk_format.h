/* kiln disk cache: the file format (internal to the disk module, its tests
 * and fuzzer). Pure functions: no I/O, no threads.
 *
 * A cache file, all integers little-endian:
 *   off  size  field
 *     0     8  magic "\x89KILN\r\n\x1a" (binary, catches text-mode mangling)
 *     8     2  format version (KILN_DISK_FORMAT_VERSION)
 *    10     1  codec: 0 raw, 1 lz4 block
 *    11     1  payload kind (opaque to the cache)
 *    12     2  type_len (1..KILN_DISK_TYPE_MAX)
 *    14     2  reserved, 0
 *    16     4  artifact version
 *    20     4  key_len (0..KILN_DISK_KEY_MAX)
 *    24     8  script hash
 *    32     8  raw size (decoded payload)
 *    40     8  stored size (payload bytes in the file)
 *    48     4  meta_len (0..KILN_DISK_META_MAX)
 *    52    12  reserved, 0
 *    64        type, key, meta bytes, then zeros up to a multiple of 16
 *  P=pad16     payload (stored size bytes); P is 16-aligned so a read into a
 *              malloc'd buffer hands out an aligned raw payload
 *  P+stored 8  XXH3-64 (seed 0) of bytes [0, P+stored)
 */
#ifndef KILN_DISK_FORMAT_H
#define KILN_DISK_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "disk.h"

#define KILN__DISK_MAGIC "\x89KILN\r\n\x1a"
#define KILN__DISK_HDR 64u
#define KILN__DISK_SUM 8u
enum { KILN__DISK_RAW = 0, KILN__DISK_LZ4 = 1 };

/* Entry path: "<cache_dir>/a/bcdef....kiln": the first of the 32 hex digits
 * names one of 16 subdirectories (few enough that one group of writes
 * fsyncs few directories, many enough to keep each directory moderate),
 * the other 31 + ".kiln" the file. */
#define KILN__DISK_NSUB 16
#define KILN__DISK_FILE_LEN 36
#define KILN__DISK_TMP_PREFIX "tmp."

typedef struct kiln__disk_hdr {
  uint16_t format;
  uint8_t codec, kind;
  uint32_t type_len, key_len, meta_len, version;
  uint64_t script_hash;
  uint64_t raw_len, stored_len;
  size_t payload_off;  /* P above */
  size_t file_len;     /* P + stored + 8 */
} kiln__disk_hdr;

typedef struct kiln__disk_h128 { uint64_t lo, hi; } kiln__disk_h128;

/* Name hash of (type, key): XXH3-128 of key seeded with XXH3-64 of type. */
kiln__disk_h128 kiln__disk_hash(const char *type, size_t type_len, const char *key,
                                size_t key_len);

/* Subdirectory index (0..KILN__DISK_NSUB-1) of a hash. */
static inline int kiln__disk_sub(kiln__disk_h128 h) { return (int)(h.hi >> 60); }

/* sub: 1 hex + NUL; file: 31 hex + ".kiln" + NUL. */
void kiln__disk_names(kiln__disk_h128 h, char sub[3], char file[KILN__DISK_FILE_LEN + 1]);

/* 1 if name is "<31 hex>.kiln" (an entry), and then the hash it encodes
 * with the hex digit of sub. */
int kiln__disk_entry_name(const char *sub, const char *name, kiln__disk_h128 *h);

/* Offset of the payload for these lengths (header + strings, padded to 16). */
size_t kiln__disk_payload_off(size_t type_len, size_t key_len, size_t meta_len);

/* Writes header, type, key, meta and padding into dst (payload_off bytes). */
void kiln__disk_put_prefix(uint8_t *dst, const kiln__disk_hdr *h, const char *type,
                           const char *key, const void *meta);

/* Checks the 64-byte header at b (avail bytes available, may be fewer) and
 * fills h (payload_off, file_len derived). Returns KILN_OK, or an error code
 * with *miss and msg naming the field. */
int kiln__disk_hdr_parse(const uint8_t *b, size_t avail, size_t max_raw, kiln__disk_hdr *h,
                         int *miss, char *msg);

/* Whole file in memory (malloc'd into *out): what the writer would write.
 * try_lz4 = 0 forces the raw codec. For tests, seeds and tools. */
int kiln__disk_encode(const kiln_disk_id *id, uint8_t kind, const void *payload, size_t len,
                      const void *meta, size_t meta_len, int try_lz4, uint8_t **out,
                      size_t *out_len, char *msg);

/* Escapes bytes for display: printable ASCII as is, \\ \' \n \r \t \0 and
 * \xNN otherwise; cut with "..." when longer than cap allows. Returns out. */
char *kiln__disk_escape(const char *s, size_t n, char *out, size_t cap);

/* Little-endian helpers. */
static inline uint64_t kiln__disk_le64(const uint8_t *p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--) v = v << 8 | p[i];
  return v;
}
static inline void kiln__disk_put64(uint8_t *p, uint64_t v) {
  for (int i = 0; i < 8; i++) p[i] = (uint8_t)(v >> (8 * i));
}

#endif
