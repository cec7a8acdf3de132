/* kiln disk cache file format: header, names, parse, decode, encode.
 * Everything here is pure so the fuzzer drives it directly; every length
 * read from a file is checked before it is used as an offset. */
#include "disk_format.h"

#include <lz4.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "kiln_err.h"

static const char *const miss_names[KILN_DISK_MISS__COUNT] = {
  "hit", "absent", "stale", "truncated", "magic", "format", "header",
  "checksum", "collision", "toobig", "decode", "io", "nomem", "load_failed",
};

const char *kiln_disk_miss_name(int reason) {
  if (reason < 0 || reason >= KILN_DISK_MISS__COUNT) return "unknown";
  return miss_names[reason];
}

static uint16_t le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t le32(const uint8_t *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static void put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static void put32(uint8_t *p, uint32_t v) {
  for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> (8 * i));
}

kiln__disk_h128 kiln__disk_hash(const char *type, size_t type_len, const char *key,
                                size_t key_len) {
  XXH64_hash_t seed = XXH3_64bits(type ? type : "", type_len);
  XXH128_hash_t h = XXH3_128bits_withSeed(key ? key : "", key_len, seed);
  kiln__disk_h128 r = { h.low64, h.high64 };
  return r;
}

void kiln__disk_names(kiln__disk_h128 h, char sub[3], char file[KILN__DISK_FILE_LEN + 1]) {
  char hex[33];
  snprintf(hex, sizeof hex, "%016llx%016llx", (unsigned long long)h.hi,
           (unsigned long long)h.lo);
  sub[0] = hex[0];
  sub[1] = '\0';
  memcpy(file, hex + 1, 31);
  memcpy(file + 31, ".kiln", 6);
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

int kiln__disk_entry_name(const char *sub, const char *name, kiln__disk_h128 *h) {
  if (strlen(sub) != 1 || strlen(name) != KILN__DISK_FILE_LEN) return 0;
  if (strcmp(name + 31, ".kiln") != 0) return 0;
  char hex[32];
  hex[0] = sub[0];
  memcpy(hex + 1, name, 31);
  uint64_t v[2] = { 0, 0 };
  for (int i = 0; i < 32; i++) {
    int x = hexval(hex[i]);
    if (x < 0) return 0;
    v[i / 16] = v[i / 16] << 4 | (uint64_t)x;
  }
  h->hi = v[0];
  h->lo = v[1];
  return 1;
}

size_t kiln__disk_payload_off(size_t type_len, size_t key_len, size_t meta_len) {
  size_t n = KILN__DISK_HDR + type_len + key_len + meta_len;
  return (n + 15) & ~(size_t)15;
}

void kiln__disk_put_prefix(uint8_t *dst, const kiln__disk_hdr *h, const char *type,
                           const char *key, const void *meta) {
  memset(dst, 0, KILN__DISK_HDR);
  memcpy(dst, KILN__DISK_MAGIC, 8);
  put16(dst + 8, h->format);
  dst[10] = h->codec;
  dst[11] = h->kind;
  put16(dst + 12, (uint16_t)h->type_len);
  put32(dst + 16, h->version);
  put32(dst + 20, h->key_len);
  kiln__disk_put64(dst + 24, h->script_hash);
  kiln__disk_put64(dst + 32, h->raw_len);
  kiln__disk_put64(dst + 40, h->stored_len);
  put32(dst + 48, h->meta_len);
  size_t o = KILN__DISK_HDR;
  memcpy(dst + o, type, h->type_len);
  o += h->type_len;
  if (h->key_len) memcpy(dst + o, key, h->key_len);
  o += h->key_len;
  if (h->meta_len) memcpy(dst + o, meta, h->meta_len);
  o += h->meta_len;
  memset(dst + o, 0, h->payload_off - o);
}

static int bad(int *miss, int why, int code, char *msg, const char *fmt, unsigned long long a,
               unsigned long long b) {
  *miss = why;
  char detail[160];
  snprintf(detail, sizeof detail, fmt, a, b);
  return kiln_errf(msg, code, "%s: %s", kiln_disk_miss_name(why), detail);
}

int kiln__disk_hdr_parse(const uint8_t *b, size_t avail, size_t max_raw, kiln__disk_hdr *h,
                         int *miss, char *msg) {
  memset(h, 0, sizeof *h);
  if (avail < KILN__DISK_HDR)
    return bad(miss, KILN_DISK_MISS_TRUNCATED, KILN_CORRUPT, msg,
               "%llu bytes, shorter than the %llu-byte header", avail, KILN__DISK_HDR);
  if (memcmp(b, KILN__DISK_MAGIC, 8) != 0)
    return bad(miss, KILN_DISK_MISS_MAGIC, KILN_CORRUPT, msg,
               "magic %016llx is not a kiln cache file%.0llu", kiln__disk_le64(b), 0);
  h->format = le16(b + 8);
  if (h->format != KILN_DISK_FORMAT_VERSION)
    return bad(miss, KILN_DISK_MISS_FORMAT, KILN_CORRUPT, msg,
               "format version %llu, this kiln reads %llu", h->format,
               KILN_DISK_FORMAT_VERSION);
  h->codec = b[10];
  h->kind = b[11];
  h->type_len = le16(b + 12);
  h->version = le32(b + 16);
  h->key_len = le32(b + 20);
  h->script_hash = kiln__disk_le64(b + 24);
  h->raw_len = kiln__disk_le64(b + 32);
  h->stored_len = kiln__disk_le64(b + 40);
  h->meta_len = le32(b + 48);
  if (le16(b + 14) != 0 || le32(b + 52) != 0 || kiln__disk_le64(b + 56) != 0)
    return bad(miss, KILN_DISK_MISS_HEADER, KILN_CORRUPT, msg,
               "reserved header bytes are not zero%.0llu%.0llu", 0, 0);
  if (h->codec > KILN__DISK_LZ4)
    return bad(miss, KILN_DISK_MISS_HEADER, KILN_CORRUPT, msg, "unknown codec %llu%.0llu",
               h->codec, 0);
  if (h->type_len == 0 || h->type_len > KILN_DISK_TYPE_MAX)
    return bad(miss, KILN_DISK_MISS_HEADER, KILN_CORRUPT, msg,
               "type_len %llu outside 1..%llu", h->type_len, KILN_DISK_TYPE_MAX);
  if (h->key_len > KILN_DISK_KEY_MAX)
    return bad(miss, KILN_DISK_MISS_HEADER, KILN_CORRUPT, msg, "key_len %llu above %llu",
               h->key_len, KILN_DISK_KEY_MAX);
  if (h->meta_len > KILN_DISK_META_MAX)
    return bad(miss, KILN_DISK_MISS_HEADER, KILN_CORRUPT, msg, "meta_len %llu above %llu",
               h->meta_len, KILN_DISK_META_MAX);
  if (h->codec == KILN__DISK_RAW && h->stored_len != h->raw_len)
    return bad(miss, KILN_DISK_MISS_HEADER, KILN_CORRUPT, msg,
               "raw codec with stored size %llu != raw size %llu", h->stored_len, h->raw_len);
  if (h->raw_len > max_raw)
    return bad(miss, KILN_DISK_MISS_TOOBIG, KILN_TOOBIG, msg,
               "declared raw size %llu above the limit %llu", h->raw_len, max_raw);
  if (h->codec == KILN__DISK_LZ4) {
    if (h->raw_len > LZ4_MAX_INPUT_SIZE || h->stored_len == 0 || h->stored_len >= h->raw_len)
      return bad(miss, KILN_DISK_MISS_HEADER, KILN_CORRUPT, msg,
                 "lz4 codec with stored size %llu for raw size %llu", h->stored_len,
                 h->raw_len);
  }
  h->payload_off = kiln__disk_payload_off(h->type_len, h->key_len, h->meta_len);
  if (h->stored_len > SIZE_MAX - h->payload_off - KILN__DISK_SUM)
    return bad(miss, KILN_DISK_MISS_HEADER, KILN_CORRUPT, msg,
               "stored size %llu does not fit in memory%.0llu", h->stored_len, 0);
  h->file_len = h->payload_off + (size_t)h->stored_len + KILN__DISK_SUM;
  *miss = KILN_DISK_HIT;
  return KILN_OK;
}

int kiln_disk_parse(const uint8_t *bytes, size_t len, size_t max_raw, kiln_disk_view *out,
                    char *msg) {
  memset(out, 0, sizeof *out);
  kiln__disk_hdr h;
  int r = kiln__disk_hdr_parse(bytes, len, max_raw, &h, &out->miss, msg);
  if (r != KILN_OK) return r;
  if (len < h.file_len)
    return bad(&out->miss, KILN_DISK_MISS_TRUNCATED, KILN_CORRUPT, msg,
               "%llu bytes, the header describes %llu", len, h.file_len);
  if (len > h.file_len)
    return bad(&out->miss, KILN_DISK_MISS_HEADER, KILN_CORRUPT, msg,
               "%llu bytes, the header describes %llu (trailing bytes)", len, h.file_len);
  size_t body = h.payload_off + (size_t)h.stored_len;
  uint64_t want = kiln__disk_le64(bytes + body);
  uint64_t got = XXH3_64bits(bytes, body);
  if (want != got)
    return bad(&out->miss, KILN_DISK_MISS_CHECKSUM, KILN_CORRUPT, msg,
               "checksum %016llx stored, %016llx computed", want, got);
  for (size_t i = KILN__DISK_HDR + h.type_len + h.key_len + h.meta_len; i < h.payload_off; i++)
    if (bytes[i] != 0)
      return bad(&out->miss, KILN_DISK_MISS_HEADER, KILN_CORRUPT, msg,
                 "padding byte at offset %llu is not zero%.0llu", i, 0);
  out->format = h.format;
  out->codec = h.codec;
  out->kind = h.kind;
  out->version = h.version;
  out->script_hash = h.script_hash;
  out->type = (const char *)bytes + KILN__DISK_HDR;
  out->type_len = h.type_len;
  out->key = out->type + h.type_len;
  out->key_len = h.key_len;
  out->meta = (const uint8_t *)out->key + h.key_len;
  out->meta_len = h.meta_len;
  out->stored = bytes + h.payload_off;
  out->stored_len = (size_t)h.stored_len;
  out->raw_len = (size_t)h.raw_len;
  out->miss = KILN_DISK_HIT;
  return KILN_OK;
}

int kiln_disk_view_match(const kiln_disk_view *v, const kiln_disk_id *id) {
  if (v->type_len != id->type_len || memcmp(v->type, id->type, v->type_len) != 0 ||
      v->key_len != id->key_len || (v->key_len && memcmp(v->key, id->key, v->key_len) != 0))
    return KILN_DISK_MISS_COLLISION;
  if (v->version != id->version || v->script_hash != id->script_hash) return KILN_DISK_MISS_STALE;
  return KILN_DISK_HIT;
}

int kiln_disk_decode(const kiln_disk_view *v, uint8_t *dst, size_t dst_len, char *msg) {
  if (dst_len != v->raw_len)
    return kiln_errf(msg, KILN_INVAL, "decode: buffer of %zu bytes for a %zu-byte payload",
                     dst_len, v->raw_len);
  if (v->codec == KILN__DISK_RAW) {
    if (v->stored_len != v->raw_len)
      return kiln_errf(msg, KILN_CORRUPT, "decode: raw payload of %zu bytes, expected %zu",
                       v->stored_len, v->raw_len);
    if (dst_len) memcpy(dst, v->stored, dst_len);
    return KILN_OK;
  }
  if (v->codec != KILN__DISK_LZ4 || v->stored_len > INT32_MAX || v->raw_len > INT32_MAX)
    return kiln_errf(msg, KILN_CORRUPT, "decode: codec %u with %zu stored bytes unsupported",
                     v->codec, v->stored_len);
  int n = LZ4_decompress_safe((const char *)v->stored, (char *)dst, (int)v->stored_len,
                              (int)dst_len);
  if (n < 0 || (size_t)n != dst_len)
    return kiln_errf(msg, KILN_CORRUPT,
                     "decode: lz4 block of %zu bytes decodes to %d, expected %zu bytes",
                     v->stored_len, n, dst_len);
  return KILN_OK;
}

int kiln__disk_encode(const kiln_disk_id *id, uint8_t kind, const void *payload, size_t len,
                      const void *meta, size_t meta_len, int try_lz4, uint8_t **out,
                      size_t *out_len, char *msg) {
  *out = NULL;
  *out_len = 0;
  if (id->type_len == 0 || id->type_len > KILN_DISK_TYPE_MAX || id->key_len > KILN_DISK_KEY_MAX ||
      meta_len > KILN_DISK_META_MAX)
    return kiln_errf(msg, KILN_INVAL, "encode: type, key or meta length out of range");
  kiln__disk_hdr h = { .format = KILN_DISK_FORMAT_VERSION, .codec = KILN__DISK_RAW,
                       .kind = kind, .type_len = (uint32_t)id->type_len,
                       .key_len = (uint32_t)id->key_len, .meta_len = (uint32_t)meta_len,
                       .version = id->version, .script_hash = id->script_hash,
                       .raw_len = len, .stored_len = len };
  h.payload_off = kiln__disk_payload_off(id->type_len, id->key_len, meta_len);
  size_t bound = len;
  if (try_lz4 && len > 0 && len <= LZ4_MAX_INPUT_SIZE) bound = (size_t)LZ4_compressBound((int)len);
  if (bound > SIZE_MAX - h.payload_off - KILN__DISK_SUM)
    return kiln_errf(msg, KILN_TOOBIG, "encode: %zu-byte payload too large", len);
  uint8_t *buf = malloc(h.payload_off + bound + KILN__DISK_SUM);
  if (!buf) return kiln_errf(msg, KILN_NOMEM, "encode: no memory for %zu bytes", bound);
  size_t stored = len;
  if (try_lz4 && len > 0 && len <= LZ4_MAX_INPUT_SIZE) {
    int n = LZ4_compress_default(payload, (char *)buf + h.payload_off, (int)len, (int)bound);
    if (n > 0 && (size_t)n < len) {
      h.codec = KILN__DISK_LZ4;
      stored = (size_t)n;
    }
  }
  h.stored_len = stored;
  if (h.codec == KILN__DISK_RAW && len) memcpy(buf + h.payload_off, payload, len);
  kiln__disk_put_prefix(buf, &h, id->type, id->key, meta);
  size_t body = h.payload_off + stored;
  kiln__disk_put64(buf + body, XXH3_64bits(buf, body));
  *out = buf;
  *out_len = body + KILN__DISK_SUM;
  return KILN_OK;
}

char *kiln__disk_escape(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  if (cap == 0) return out;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    char tmp[5];
    size_t k;
    switch (c) {
    case '\\': memcpy(tmp, "\\\\", 2); k = 2; break;
    case '\'': memcpy(tmp, "\\'", 2); k = 2; break;
    case '\n': memcpy(tmp, "\\n", 2); k = 2; break;
    case '\r': memcpy(tmp, "\\r", 2); k = 2; break;
    case '\t': memcpy(tmp, "\\t", 2); k = 2; break;
    case '\0': memcpy(tmp, "\\0", 2); k = 2; break;
    default:
      if (c >= 0x20 && c < 0x7f) { tmp[0] = (char)c; k = 1; }
      else { snprintf(tmp, sizeof tmp, "\\x%02x", c); k = 4; }
    }
    /* Room for this piece and, if more follows, for "...". */
    size_t need = o + k + (i + 1 < n ? 3 : 0) + 1;
    if (need > cap) {
      if (o + 4 <= cap) { memcpy(out + o, "...", 3); o += 3; }
      break;
    }
    memcpy(out + o, tmp, k);
    o += k;
  }
  out[o] = '\0';
  return out;
}
