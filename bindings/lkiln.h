/* The C side of the `kiln` Lua module.
 *
 * The hot paths (enqueue, the worker runner, pump, buffers, the value codec)
 * are Lua code in bindings/kiln.lua that calls C through LuaJIT's FFI. The
 * FFI sees exactly the declarations in KILN_FFI_DEFS below: they are both
 * compiled here and handed to ffi.cdef as a string, so the two cannot drift.
 * Functions reach Lua as a table of function pointers (kiln_api), which
 * works the same whether kiln is linked into build/kiln or loaded as
 * build/kiln.so. */
#ifndef KILN_LKILN_H
#define KILN_LKILN_H

#include <stddef.h>
#include <stdint.h>

#include <lua.h>

#define KILN__STR(...) #__VA_ARGS__
#define KILN__XSTR(...) KILN__STR(__VA_ARGS__)

/* Payload kinds: how a value crosses from one Lua state to another. */
#define KILN_PL_NIL 0
#define KILN_PL_FALSE 1
#define KILN_PL_TRUE 2
#define KILN_PL_NUMBER 3
#define KILN_PL_STRING 4
#define KILN_PL_BUFFER 5  /* a single kiln.buffer, moved */
#define KILN_PL_ENCODED 6 /* string.buffer encoding; bufs[] hold moved buffers */
#define KILN_PL_ERROR 100

/* Integers and booleans travel inline in the payload pointer (real
 * payloads are malloc'd, so 16-byte aligned): low nibble 1 = integer
 * (value << 4), 2 = true, 3 = false. Never dereference or free those. */
#define KILN_PL_INLINE(p) (((uintptr_t)(p) & 15u) != 0)
/* A result that is one live kiln.buffer travels as its bytes' pointer
 * (kiln_mem blocks are 64-byte aligned) tagged 4, its length in the item
 * (kiln_item_set_result_aux): no payload to allocate on the worker and free
 * on the render thread. Freeing it frees the bytes. Results only: args
 * may be decoded again by a rerun, and a bare pointer cannot say it was
 * taken. */
#define KILN_PL_TAG_BUF 4u

#define KILN_BUF_MOVED 1u

#define KILN_FFI_DEFS                                                                     \
  typedef struct kiln_buf { uint8_t *data; size_t size; uint32_t flags, fin; } kiln_buf;  \
  typedef struct kiln_pbuf { uint8_t *data; size_t size; uint32_t moved; } kiln_pbuf;     \
  typedef struct kiln_payload {                                                           \
    int32_t kind; int32_t nbufs; double num; size_t len; uint8_t *data; kiln_pbuf *bufs;  \
  } kiln_payload;                                                                         \
  typedef struct kiln_errpl {                                                             \
    int32_t kind; int32_t stage; uint64_t session; char *type; char *key; size_t key_len; \
    char *message; char *traceback;                                                       \
  } kiln_errpl;                                                                           \
  typedef struct kiln_summary { uint64_t count; double avg_ms, p50_ms, p99_ms, max_ms; }  \
    kiln_summary;                                                                         \
  typedef struct kiln_counts {                                                            \
    uint64_t session, queued, deferred, in_flight, done_waiting;                          \
    uint64_t enqueued, coalesced, completed, failed, stale_dropped, canceled;             \
    uint64_t pool_used[2], pool_capacity[2], pool_peak[2];                                \
    uint64_t parks, wakeups;                                                              \
    uint64_t backlog_bytes, backlog_limit, backlog_peak, backlog_holds;                   \
    uint64_t lua_reused, lua_kept_bytes;                                                  \
    int workers;                                                                          \
  } kiln_counts;                                                                          \
  typedef struct kiln_upload_result { uint32_t issued, dropped; uint64_t bytes, ns; }      \
    kiln_upload_result;                                                                   \
  typedef struct kiln_remotestats {                                                       \
    int32_t on, state; uint64_t hits, misses, bad, uploads, upload_skipped, upload_failed, \
      upload_bytes,                                                                       \
      errors, breaker_opens, pending; double p50_ms, p99_ms;                              \
  } kiln_remotestats;                                                                     \
  typedef struct kiln_blob {                                                              \
    uint8_t *data; size_t len; const uint8_t *meta; size_t meta_len; uint8_t kind;        \
    int miss; void *owner_; void (*release_)(void *);                                     \
  } kiln_blob;                                                                            \
  typedef struct kiln_diskstats {                                                         \
    uint64_t writes_done, write_failures, writes_timedout, writes_canceled, raw_bytes,     \
      stored_bytes, retries, pending_jobs, pending_bytes, read_hits, read_misses[14],     \
      index_entries, scan_entries, scan_skipped, temps_removed, cache_hits, open,         \
      full_skips, disk_full, evictions, evicted_bytes, total_bytes, max_bytes;            \
  } kiln_diskstats;                                                                       \
  typedef struct kiln_type_counts {                                                       \
    uint64_t enqueued, coalesced, completed, failed, stale_dropped, canceled;             \
    uint64_t queued, deferred, running, waiting_apply;                                    \
  } kiln_type_counts;                                                                     \
  typedef struct kiln_dtstats {                                                           \
    uint64_t entries, bytes, hits, misses, stores, evictions, bytes_stored;               \
    int64_t oldest_access_s;                                                              \
  } kiln_dtstats;                                                                         \
  typedef struct kiln_done_view {                                                         \
    const char *key; size_t key_len; uint64_t session, gpu_seq; kiln_payload *result;     \
    double result_aux; /* kiln_item_result_aux: a bare buffer's length */                 \
    int32_t status; uint32_t type;                                                        \
    double serial; /* kiln_item_serial, exact below 2^53 */                               \
  } kiln_done_view;                                                                       \
  typedef struct kiln_memstats { uint64_t cached_bytes, limit, reused, fresh; }           \
    kiln_memstats;                                                                        \
  struct kiln_rt;                                                                         \
  struct kiln_lworker;                                                                    \
  typedef struct kiln_api {                                                               \
    kiln_payload *(*payload_new)(int kind, double num, const void *data, size_t len,      \
                                 int nbufs);                                              \
    int (*payload_move_buf)(kiln_payload *p, int i, kiln_buf *b);                         \
    void (*payload_free)(kiln_payload *p);                                                \
    const char *(*item_key)(void *item, size_t *len);                                     \
    uint64_t (*item_session)(void *item);                                                 \
    uint32_t (*item_type)(void *item);                                                    \
    uint32_t (*item_flags)(void *item);                                                   \
    int (*item_status)(void *item);                                                       \
    kiln_payload *(*item_args)(void *item);                                               \
    kiln_payload *(*item_result)(void *item);                                             \
    void (*item_set_result)(void *item, kiln_payload *p);                                 \
    void (*item_set_stale)(void *item);                                                   \
    void (*item_fail)(struct kiln_rt *rt, void *item, int stage, const char *msg,         \
                      const char *tb);                                                    \
    kiln_errpl *(*item_error)(void *item);                                                \
    uint64_t (*session)(struct kiln_rt *rt);                                              \
    uint64_t (*bump_session)(struct kiln_rt *rt, int requeue);                            \
    int (*enqueue)(struct kiln_rt *rt, uint32_t type, const char *key, size_t klen,      \
                   int prio, uint32_t flags, uint64_t need_disk, uint64_t need_gpu,       \
                   kiln_payload *args, int64_t args_inline, int *result,                  \
                   double *serial, char *msg);                                            \
    void *(*next_done)(struct kiln_rt *rt);                                               \
    void (*unget_done)(struct kiln_rt *rt, void *item);                                   \
    void (*finish)(struct kiln_rt *rt, void *item);                                       \
    int (*wait)(struct kiln_rt *rt, double timeout_s, int min_done);                      \
    void (*observe)(struct kiln_rt *rt, int stage, uint64_t ns);                          \
    uint64_t (*now_ns)(void);                                                             \
    uint64_t (*hash64)(const void *data, size_t len);                                     \
    void (*deadline_set)(struct kiln_lworker *w, double ms);                              \
    void (*deadline_clear)(struct kiln_lworker *w);                                       \
    void (*record_error)(struct kiln_rt *rt, const char *type, const char *key,           \
                         size_t klen, uint64_t session, int stage, const char *msg,       \
                         const char *tb);                                                 \
    int (*type_register)(struct kiln_rt *rt, const char *name, uint32_t version,          \
                         uint64_t script_hash, int timeout_ms, int has_output,            \
                         int has_apply, char *msg);                                       \
    int (*type_lookup)(struct kiln_rt *rt, const char *name);                             \
    int (*script_add)(struct kiln_rt *rt, const char *path, const char *src, size_t len,  \
                      char *msg);                                                         \
    void (*counts)(struct kiln_rt *rt, kiln_counts *out);                                 \
    void (*stage_summary)(struct kiln_rt *rt, int stage, kiln_summary *out);              \
    int (*close)(struct kiln_rt *rt, int cancel, double timeout_s, char *msg);            \
    int (*worker_index)(struct kiln_lworker *w);                                          \
    void (*count_failure)(struct kiln_rt *rt);                                            \
    int (*gpu_stage)(struct kiln_rt *rt, void *item, const char *texture,                 \
                     const char *format, int x, int y, int z, int w, int h, int d,        \
                     int level, const void *data, size_t len, double offset,              \
                     int row_length, int image_height, char *msg);                        \
    void (*gpu_release_item)(struct kiln_rt *rt, void *item);                             \
    int (*gpu_commit)(struct kiln_rt *rt, size_t max_bytes, unsigned max_uploads,         \
                      double max_ms, kiln_upload_result *out);                            \
    uint64_t (*gpu_issued)(struct kiln_rt *rt);                                           \
    uint64_t (*item_gpu_seq)(void *item);                                                 \
    uint64_t (*gpu_capacity)(struct kiln_rt *rt);                                         \
    uint64_t (*gpu_default_bytes)(struct kiln_rt *rt);                                    \
    int (*disk_open)(struct kiln_rt *rt, char *msg);                                      \
    int (*disk_write)(struct kiln_rt *rt, void *item, uint32_t type, const char *key,     \
                      size_t klen, uint32_t version, uint64_t hash, int kind, void *data, \
                      size_t len, int moved, const void *meta, size_t meta_len,           \
                      char *msg);                                                         \
    int (*disk_has)(struct kiln_rt *rt, uint32_t type, const char *key, size_t klen);     \
    int (*disk_read)(struct kiln_rt *rt, void *item, uint32_t version, uint64_t hash,     \
                     kiln_blob *out, char *msg);                                          \
    void (*disk_miss)(struct kiln_rt *rt, void *item, uint32_t version, uint64_t hash,    \
                      int reason);                                                        \
    void (*disk_blob_free)(kiln_blob *b);                                                 \
    int (*disk_drain)(struct kiln_rt *rt, double timeout_s, char *msg);                   \
    void (*disk_stats)(struct kiln_rt *rt, kiln_diskstats *out);                          \
    kiln_errpl *(*late_error)(struct kiln_rt *rt);                                        \
    void (*count_hit)(struct kiln_rt *rt);                                                \
    int (*trace_on)(struct kiln_rt *rt);                                                  \
    void (*trace_span)(struct kiln_rt *rt, struct kiln_lworker *w, const char *name,      \
                       uint64_t t0, uint64_t t1, void *item);                             \
    void (*trace_counters)(struct kiln_rt *rt);                                           \
    int (*trace_start)(struct kiln_rt *rt, const char *path, char *msg);                  \
    int (*trace_stop)(struct kiln_rt *rt, char *msg);                                     \
    int (*worker_batch)(struct kiln_lworker *w, void **done, int ndone, void **out,       \
                        int max, int *control);                                           \
    int (*script_count)(struct kiln_rt *rt);                                              \
    const char *(*script_get)(struct kiln_rt *rt, int i, size_t *len, const char **path); \
    void (*worker_guarded)(struct kiln_lworker *w);                                       \
    void (*run_guarded)(struct kiln_lworker *w, void *item);                              \
    uint64_t (*item_admitted)(void *item);                                                \
    uint64_t (*gpu_ring_used)(struct kiln_rt *rt);                                        \
    void *(*next_done_view)(struct kiln_rt *rt, kiln_done_view *v);                       \
    void (*mem_stats)(kiln_memstats *out);                                                \
    void (*mem_set_limit)(double bytes);                                                  \
    uint8_t *(*mem_alloc)(size_t n);                                                      \
    void (*mem_free)(void *p);                                                            \
    void (*item_set_result_aux)(void *item, kiln_payload *p, double aux);                 \
    kiln_payload *(*item_take_result)(void *item);                                        \
    void (*discard)(struct kiln_rt *rt, void *item);                                      \
    uint64_t (*item_tokens)(void *item, int pool);                                        \
    int (*script_read)(const char *path, char **src, size_t *len, char *msg);             \
    void (*free)(void *p);                                                                \
    int (*types_of_script)(struct kiln_rt *rt, uint64_t hash, int *out, int max);         \
    int (*deadline_expired)(struct kiln_lworker *w);                                      \
    void (*worker_return)(struct kiln_lworker *w, void **items, int n);                   \
    const char *(*gpu_error)(struct kiln_rt *rt);                                         \
    int (*key_state)(struct kiln_rt *rt, uint32_t type, const char *key, size_t klen);    \
    int (*cancel)(struct kiln_rt *rt, uint32_t type, const char *key, size_t klen);       \
    int (*item_canceled)(void *item);                                                     \
    void (*item_set_canceled)(void *item);                                                \
    void (*pause)(struct kiln_rt *rt, int paused);                                        \
    int (*paused)(struct kiln_rt *rt);                                                    \
    int (*set_type_limit)(struct kiln_rt *rt, uint32_t type, int n);                      \
    void (*type_counts)(struct kiln_rt *rt, uint32_t type, kiln_type_counts *out);        \
    int (*item_begin)(struct kiln_lworker *w, void *item);                                \
    void (*worker_publish)(struct kiln_lworker *w, void *item);                           \
    int (*disk_evict)(struct kiln_rt *rt, uint32_t type, const char *key, size_t klen,    \
                      char *msg);                                                         \
    int (*disk_clear)(struct kiln_rt *rt, int type, char *msg);                           \
    int (*disk_type_stats)(struct kiln_rt *rt, uint32_t type, kiln_dtstats *out);         \
    void (*disk_note_absent)(struct kiln_rt *rt, uint32_t type, const char *key,          \
                             size_t klen);                                                \
    void (*disk_release_item)(struct kiln_rt *rt, void *item);                            \
    int (*img_png_size)(const uint8_t *png, size_t len, uint32_t *w, uint32_t *h,         \
                        char *msg);                                                       \
    int (*img_png_decode)(const uint8_t *png, size_t len, uint8_t *dst, size_t dst_len,   \
                          char *msg);                                                     \
    int (*img_read_file)(const char *path, uint8_t **out, size_t *len, char *msg);        \
    int (*img_png_write)(const char *path, const uint8_t *rgba, uint32_t w, uint32_t h,   \
                         char *msg);                                                      \
    int (*img_mip_layout)(uint32_t w, uint32_t h, int max_levels, size_t *off,           \
                          uint32_t *wd, uint32_t *ht, size_t *size, size_t *total);       \
    int (*img_resize)(const uint8_t *src, uint32_t sw, uint32_t sh, uint8_t *dst,         \
                      uint32_t dw, uint32_t dh, int filter, int srgb, char *msg);         \
    int (*img_mips)(uint8_t *chain, uint32_t w, uint32_t h, int levels, int srgb,         \
                    char *msg);                                                           \
    void (*img_average)(const uint8_t *rgba, uint32_t w, uint32_t h, int srgb,            \
                        double *out);                                                     \
    void (*img_to_linear)(uint8_t *rgba, size_t npix);                                    \
    void (*img_to_srgb)(uint8_t *rgba, size_t npix);                                      \
    size_t (*img_bc_size)(int format, uint32_t w, uint32_t h);                            \
    int (*img_compress)(const uint8_t *rgba, uint32_t w, uint32_t h, int format,          \
                        int quality, uint8_t *dst, size_t dst_len, char *msg);            \
    int (*remote_open)(struct kiln_rt *rt, const char *url, int mode, const char *ns,     \
                       double timeout_ms, double connect_timeout_ms, double upload_queue, \
                       double breaker_failures, double breaker_ms, int tool, char *msg);  \
    int (*remote_on)(struct kiln_rt *rt);                                                 \
    int (*remote_fetch)(struct kiln_rt *rt, void *item, uint32_t version, uint64_t hash,  \
                        kiln_blob *out, char *msg);                                       \
    void (*remote_bad)(struct kiln_rt *rt);                                               \
    void (*remote_stats)(struct kiln_rt *rt, kiln_remotestats *out);                      \
    int (*remote_url)(struct kiln_rt *rt, uint32_t type, const char *key, size_t klen,    \
                      char *buf, size_t cap);                                             \
    int (*remote_exists)(struct kiln_rt *rt, uint32_t type, const char **keys,            \
                         const size_t *lens, size_t n, int8_t *out, char *msg);           \
  } kiln_api;

KILN_FFI_DEFS

#include "kiln.h" /* luaopen_kiln, kiln_lua_newstate: the public API */
/* Pushes the kiln.window constructor (bindings/lwindow.c). */
int kiln__lwindow_open(lua_State *L);
/* Pushes the kiln.watch constructor (bindings/lwatch.c). */
int kiln__lwatch_open(lua_State *L);
/* Pushes the kiln.redis constructor (bindings/lredis.c): the farm's queue client. */
int kiln__lredis_open(lua_State *L);

#endif
