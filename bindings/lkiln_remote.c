/* The shared cache tier of a runtime (runtime/remote.h): opened with the
 * runtime, asked by a worker when the local cache misses, fed by the disk
 * writer once a computed artifact is durable, drained by close. The render
 * thread only reads its counters. */
#include "lkiln_rt.h"

#include <stdio.h>

#include "mem.h"
#include "remote.h"

/* Main thread, in kiln.runtime: the runtime's remote, or none (url NULL). */
static int a_remote_open(struct kiln_rt *rt, const char *url, int mode, const char *ns,
                         double timeout_ms, double connect_timeout_ms, double upload_queue,
                         double breaker_failures, double breaker_ms, int tool, char *msg) {
  if (!url) return KILN_OK;
  kiln_remote_config c = { .url = url, .mode = mode, .ns = ns, .timeout_ms = (unsigned)timeout_ms,
                           .connect_timeout_ms = (unsigned)connect_timeout_ms,
                           .upload_queue = (unsigned)upload_queue,
                           .breaker_failures = (unsigned)breaker_failures,
                           .breaker_ms = (unsigned)breaker_ms, .guard_creator = !tool };
  kiln_remote *r;
  int rc = kiln_remote_new(&c, &r, msg);
  if (rc != KILN_OK) return rc;
  pthread_mutex_lock(&rt->lock);
  rt->remote = r;
  pthread_mutex_unlock(&rt->lock);
  return KILN_OK;
}

/* Worker, on a local miss: the remote's object for item, checked, its
 * payload decoded into kiln buffer memory (out->data, as a local read
 * hands it), its file queued into the local cache. KILN_OK: a hit, used
 * as a local one. Anything else is a miss; the item computes. */
static int a_remote_fetch(struct kiln_rt *rt, void *item, uint32_t version, uint64_t hash,
                          kiln_blob *out, char *msg) {
  memset(out, 0, sizeof *out);
  kiln_remote *r = rt->remote;
  kiln_disk *d = kiln__lrt_disk(rt);
  if (!r || !d) return kiln_errf(msg, KILN_NOTFOUND, "no remote");
  size_t klen;
  const char *key = kiln_item_key(item, &klen);
  kiln_disk_id id;
  char name[256];
  if (!kiln__ldisk_id(rt, kiln_item_type(item), key, klen, &id, name))
    return kiln_errf(msg, KILN_INVAL, "no such type");
  id.version = version; /* the code the worker ran: its state may hold an older script */
  id.script_hash = hash;
  uint8_t *file;
  size_t flen;
  kiln_disk_view v;
  int rc = kiln_remote_get(r, &id, &file, &flen, &v, msg);
  if (rc != KILN_OK) return rc;
  uint8_t *data = kiln_mem_alloc(v.raw_len ? v.raw_len : 1);
  uint8_t *meta = v.meta_len ? malloc(v.meta_len) : NULL;
  if (!data || (v.meta_len && !meta)) {
    kiln_mem_free(data);
    free(meta);
    free(file);
    return kiln_errf(msg, KILN_NOMEM, "remote: out of memory");
  }
  if (kiln_disk_decode(&v, data, v.raw_len, msg) != KILN_OK) {
    kiln_remote_note_bad(r); /* a checksummed payload that is no lz4 block: crafted */
    kiln_mem_free(data);
    free(meta);
    free(file);
    return KILN_CORRUPT;
  }
  if (v.meta_len) memcpy(meta, v.meta, v.meta_len);
  out->data = data;
  out->len = v.raw_len;
  out->meta = meta;
  out->meta_len = v.meta_len;
  out->kind = v.kind;
  out->owner_ = meta;
  out->release_ = kiln_mem_free;
  /* The checked file goes into the local cache as it is; a failure to
   * queue it costs the next run a fetch, never this item its value. */
  char wmsg[KILN_ERRMSG_MAX];
  if (kiln_disk_write_file(d, &id, file, flen, free, NULL, NULL, wmsg) != KILN_OK) free(file);
  return KILN_OK;
}

/* I/O thread, a computed artifact is durable: share it (readwrite). */
void kiln__lremote_stored(struct kiln_rt *rt, const kiln_disk_id *id) {
  kiln_remote *r = rt->remote;
  kiln_disk *d = r ? kiln__lrt_disk(rt) : NULL;
  if (!r || !d) return;
  char path[4096], msg[KILN_ERRMSG_MAX];
  if (kiln_disk_path(d, id, path, sizeof path) == KILN_OK) kiln_remote_upload(r, id, path, msg);
}

static int a_remote_on(struct kiln_rt *rt) { return rt->remote != NULL; }

static void a_remote_bad(struct kiln_rt *rt) {
  if (rt->remote) kiln_remote_note_bad(rt->remote);
}

static void a_remote_stats(struct kiln_rt *rt, kiln_remotestats *o) {
  memset(o, 0, sizeof *o);
  kiln_remote_stats s;
  if (rt->remote) kiln_remote_stats_get(rt->remote, &s);
  else if (rt->remote_final_valid) s = rt->remote_final; /* after close */
  else return;
  o->on = 1;
  o->hits = s.hits;
  o->misses = s.misses;
  o->bad = s.bad;
  o->uploads = s.uploads;
  o->upload_skipped = s.upload_skipped;
  o->upload_failed = s.upload_failed;
  o->upload_bytes = s.upload_bytes;
  o->errors = s.errors;
  o->breaker_opens = s.breaker_opens;
  o->pending = s.pending;
  o->state = s.state;
  o->p50_ms = s.p50_ms;
  o->p99_ms = s.p99_ms;
}

/* The object URL of (type, key) under the type's current identity. */
static int a_remote_url(struct kiln_rt *rt, uint32_t tid, const char *key, size_t klen, char *buf,
                        size_t cap) {
  if (!rt->remote) return KILN_NOTFOUND;
  kiln_disk_id id;
  char name[256];
  if (!kiln__ldisk_id(rt, tid, key, klen, &id, name)) return KILN_INVAL;
  return kiln_remote_url(rt->remote, &id, buf, cap);
}

/* Tools (kiln bake): which of n keys of type tid the remote holds. */
static int a_remote_exists(struct kiln_rt *rt, uint32_t tid, const char **keys, const size_t *lens,
                           size_t n, int8_t *out, char *msg) {
  if (!rt->remote) return kiln_errf(msg, KILN_NOTFOUND, "no remote is configured");
  kiln_disk_id *ids = calloc(n ? n : 1, sizeof *ids);
  if (!ids) return kiln_errf(msg, KILN_NOMEM, "out of memory");
  char name[256];
  kiln_disk_id tmpl;
  if (!kiln__ldisk_id(rt, tid, "", 0, &tmpl, name)) {
    free(ids);
    return kiln_errf(msg, KILN_INVAL, "no type #%u", (unsigned)tid);
  }
  for (size_t i = 0; i < n; i++) {
    ids[i] = tmpl;
    ids[i].key = keys[i];
    ids[i].key_len = lens[i];
  }
  int rc = kiln_remote_exists(rt->remote, ids, n, out, msg);
  free(ids);
  return rc;
}

/* close: the uploads queued so far get until the deadline. */
int kiln__lremote_drain(struct kiln_rt *rt, double timeout_s, char *msg) {
  return rt->remote ? kiln_remote_drain(rt->remote, timeout_s, msg) : KILN_OK;
}

void kiln__lremote_free(struct kiln_rt *rt) {
  pthread_mutex_lock(&rt->lock);
  kiln_remote *r = rt->remote;
  rt->remote = NULL;
  pthread_mutex_unlock(&rt->lock);
  if (!r) return;
  kiln_remote_free(r, &rt->remote_final); /* what it drops counts as skipped */
  rt->remote_final_valid = 1;
}

void kiln__lremote_api(kiln_api *a) {
  a->remote_open = a_remote_open;
  a->remote_on = a_remote_on;
  a->remote_bad = a_remote_bad;
  a->remote_fetch = a_remote_fetch;
  a->remote_stats = a_remote_stats;
  a->remote_url = a_remote_url;
  a->remote_exists = a_remote_exists;
}
