/* kiln trace, recording side: tracks, the lifecycle (new, free, start,
 * stats) and emitting events into per-track chunks. trace_write.c writes
 * them out at stop; trace_int.h holds the state both share. */
#include "trace_int.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_DEPTH 64

uint64_t kiln_trace_clock_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* ------------------------------------------------------------ tracks -- */

static size_t bounded(const char *s, size_t max, bool *trunc) {
  size_t n = s ? strnlen(s, max + 1) : 0;
  *trunc = n > max;
  return *trunc ? max : n;
}

static void *alloc_aligned(size_t size) {
  size = (size + CACHE_LINE - 1) / CACHE_LINE * CACHE_LINE;
  void *p = aligned_alloc(CACHE_LINE, size);
  if (p) memset(p, 0, size);
  return p;
}

static int track_make(kiln_trace *t, int id, const char *name, struct track **out,
                      char *msg) {
  struct track *tr = alloc_aligned(sizeof *tr);
  if (!tr) return kiln_errf(msg, KILN_NOMEM, "trace: no memory for track '%s'", name);
  if (pthread_mutex_init(&tr->mu, NULL) != 0) {
    free(tr);
    return kiln_errf(msg, KILN_THREAD, "trace: cannot create the mutex of track '%s'", name);
  }
  tr->id = id;
  tr->name_len = (uint16_t)bounded(name, sizeof tr->name, &tr->name_trunc);
  memcpy(tr->name, name, tr->name_len);
  *out = tr;
  return KILN_OK;
}

static void chunks_free(struct chunk *c) {
  while (c) {
    struct chunk *next = c->next;
    free(c);
    c = next;
  }
}

/* Drops the track's events and nesting; caller holds tr->mu or owns tr. */
void kiln__trace_track_reset(struct track *tr) {
  chunks_free(tr->head);
  tr->head = tr->tail = NULL;
  tr->kept = 0;
  tr->depth = 0;
  tr->stored_bits = 0;
  tr->stream_open = 0;
  tr->frozen = false;
}

int kiln_trace_track_new(kiln_trace *t, const char *name, char *msg) {
  if (!name) return kiln_errf(msg, KILN_INVAL, "trace: track name is NULL");
  struct track *tr;
  int rc;
  /* Built before taking the lock; the id is patched in under it. */
  if ((rc = track_make(t, 0, name, &tr, msg)) != KILN_OK) return rc;
  pthread_mutex_lock(&t->mu);
  int id = atomic_load_explicit(&t->n_tracks, memory_order_relaxed);
  if (id >= KILN_TRACE_MAX_TRACKS) {
    pthread_mutex_unlock(&t->mu);
    pthread_mutex_destroy(&tr->mu);
    free(tr);
    return kiln_errf(msg, KILN_TOOBIG, "trace: cannot add track '%s': all %d tracks in use",
                     name, KILN_TRACE_MAX_TRACKS);
  }
  tr->id = id;
  tr->recording = t->state == ST_RECORDING;
  atomic_store_explicit(&t->tracks[id], tr, memory_order_release);
  atomic_store_explicit(&t->n_tracks, id + 1, memory_order_release);
  pthread_mutex_unlock(&t->mu);
  return id;
}

/* ---------------------------------------------------------- lifecycle -- */

int kiln_trace_new(const kiln_trace_cfg *cfg, kiln_trace **out, char *msg) {
  kiln_trace_cfg c = cfg ? *cfg : (kiln_trace_cfg){0};
  if (!c.max_events) c.max_events = KILN_TRACE_DEFAULT_MAX_EVENTS;
  if (!c.max_bytes) c.max_bytes = KILN_TRACE_DEFAULT_MAX_BYTES;
  if (c.max_bytes < KILN_TRACE_CHUNK_BYTES)
    return kiln_errf(msg, KILN_INVAL, "trace: cfg.max_bytes %zu is below the chunk size %zu",
                     c.max_bytes, KILN_TRACE_CHUNK_BYTES);
  kiln_trace *t = alloc_aligned(sizeof *t);
  if (!t) return kiln_errf(msg, KILN_NOMEM, "trace: no memory for the trace");
  t->max_events = c.max_events;
  t->max_bytes = c.max_bytes;
  t->max_chunks = c.max_bytes / KILN_TRACE_CHUNK_BYTES;
  t->fd = -1;
  t->state = ST_IDLE;
  atomic_init(&t->fail_after, -1);
  if (pthread_mutex_init(&t->mu, NULL) != 0) {
    free(t);
    return kiln_errf(msg, KILN_THREAD, "trace: cannot create the trace mutex");
  }
  struct track *tr;
  int rc = track_make(t, KILN_TRACE_TRACK_GLOBAL, "trace", &tr, msg);
  if (rc != KILN_OK) {
    pthread_mutex_destroy(&t->mu);
    free(t);
    return rc;
  }
  atomic_init(&t->tracks[0], tr);
  atomic_init(&t->n_tracks, 1);
  *out = t;
  return KILN_OK;
}

static void discard_file(kiln_trace *t) {
  if (t->fd >= 0) close(t->fd);
  if (t->tmp) unlink(t->tmp);
  t->fd = -1;
  free(t->path);
  free(t->tmp);
  t->path = t->tmp = NULL;
}

void kiln_trace_free(kiln_trace *t) {
  if (!t) return;
  int n = atomic_load(&t->n_tracks);
  for (int i = 0; i < n; i++) {
    struct track *tr = kiln__trace_track_at(t, i);
    kiln__trace_track_reset(tr);
    pthread_mutex_destroy(&tr->mu);
    free(tr);
  }
  discard_file(t);
  pthread_mutex_destroy(&t->mu);
  free(t);
}

void kiln__trace_fail_allocs(kiln_trace *t, int after) {
  atomic_store(&t->fail_after, after);
}

void kiln_trace_stats_get(kiln_trace *t, kiln_trace_stats *out) {
  pthread_mutex_lock(&t->mu);
  if (t->state == ST_RECORDING) {
    uint64_t n = atomic_load(&t->n_events);
    out->recording = 1;
    out->events = n < t->max_events ? n : t->max_events;
    out->dropped = atomic_load(&t->dropped);
  } else {
    *out = t->last;
  }
  pthread_mutex_unlock(&t->mu);
}

int kiln_trace_start(kiln_trace *t, const char *path, char *msg) {
  if (!path || !*path) return kiln_errf(msg, KILN_INVAL, "trace: start needs a file path");
  pthread_mutex_lock(&t->mu);
  if (t->state != ST_IDLE) {
    int rc = t->state == ST_RECORDING
                 ? kiln_errf(msg, KILN_INVAL, "trace: already recording to '%s'", t->path)
                 : kiln_errf(msg, KILN_AGAIN, "trace: a start or stop is in progress");
    pthread_mutex_unlock(&t->mu);
    return rc;
  }
  t->state = ST_STARTING;  /* ours now: the file is opened unlocked */
  pthread_mutex_unlock(&t->mu);

  int rc = KILN_OK;
  size_t n = strlen(path) + 32;
  t->path = strdup(path);
  t->tmp = malloc(n);
  if (!t->path || !t->tmp) {
    rc = kiln_errf(msg, KILN_NOMEM, "trace: no memory to start '%s'", path);
  } else {
    snprintf(t->tmp, n, "%s.%ld.tmp", path, (long)getpid());
    t->fd = open(t->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (t->fd < 0) {
      rc = kiln_errf(msg, KILN_IO, "trace: cannot create '%s' (for '%s'): %s", t->tmp, path,
                     strerror(errno));
      free(t->tmp);  /* not ours to unlink */
      t->tmp = NULL;
    }
  }

  pthread_mutex_lock(&t->mu);
  if (rc != KILN_OK) {
    discard_file(t);
    t->state = ST_IDLE;
    pthread_mutex_unlock(&t->mu);
    return rc;
  }
  /* Emitters are all out: every track stopped recording at the last stop. */
  atomic_store(&t->n_events, 0);
  atomic_store(&t->dropped, 0);
  atomic_store(&t->invalid_track, 0);
  atomic_store(&t->unmatched_ends, 0);
  atomic_store(&t->n_chunks, 0);
  t->t0 = kiln_trace_clock_ns();
  int nt = atomic_load_explicit(&t->n_tracks, memory_order_relaxed);
  for (int i = 0; i < nt; i++) {
    struct track *tr = kiln__trace_track_at(t, i);
    pthread_mutex_lock(&tr->mu);
    kiln__trace_track_reset(tr);
    tr->recording = true;
    pthread_mutex_unlock(&tr->mu);
  }
  t->state = ST_RECORDING;
  atomic_store_explicit(&t->head.on, 1, memory_order_release);
  pthread_mutex_unlock(&t->mu);
  return KILN_OK;
}

/* ------------------------------------------------------------ emitting -- */

struct ev {
  char ph;
  uint16_t flags;
  const char *name, *cat, *type, *msg;
  const void *key;
  size_t key_len;
  uint64_t ts, session;
  uint64_t u;  /* X: duration; C: value bits */
};

static unsigned char *chunk_room(kiln_trace *t, struct track *tr, size_t size, bool bypass) {
  struct chunk *c = tr->tail;
  if (c && CHUNK_CAP - c->used >= size) goto have;
  /* The end of a stored begin (bypass) may exceed max_bytes by a chunk per
   * track: without it the file would hold an unclosed span. */
  if (atomic_fetch_add(&t->n_chunks, 1) >= t->max_chunks && !bypass) {
    atomic_fetch_sub(&t->n_chunks, 1);
    return NULL;
  }
  int fa = atomic_load_explicit(&t->fail_after, memory_order_relaxed);
  while (fa >= 0) {
    if (fa == 0) goto fail;
    if (atomic_compare_exchange_weak(&t->fail_after, &fa, fa - 1)) break;
  }
  if (!(c = malloc(KILN_TRACE_CHUNK_BYTES))) goto fail;
  c->next = NULL;
  c->used = 0;
  if (tr->tail) tr->tail->next = c;
  else tr->head = c;
  tr->tail = c;
have:;
  unsigned char *p = c->data + c->used;
  c->used += size;
  return p;
fail:
  atomic_fetch_sub(&t->n_chunks, 1);
  return NULL;
}

static size_t copy_str(unsigned char **p, const void *s, size_t n) {
  if (n) memcpy(*p, s, n);
  *p += n;
  return n;
}

static void record(kiln_trace *t, int id, struct ev *e) {
  if ((unsigned)id >= KILN_TRACE_MAX_TRACKS || !kiln__trace_track_at(t, id)) {
    atomic_fetch_add_explicit(&t->invalid_track, 1, memory_order_relaxed);
    return;
  }
  struct track *tr = kiln__trace_track_at(t, id);

  /* Sizes before the lock: the lock covers the copy only. */
  bool tr_name = false, tr_cat = false, tr_type = false, tr_msg = false;
  size_t name_len = bounded(e->name, KILN_TRACE_NAME_MAX, &tr_name);
  size_t cat_len = bounded(e->cat, KILN_TRACE_CAT_MAX, &tr_cat);
  size_t type_len = bounded(e->type, KILN_TRACE_TYPE_MAX, &tr_type);
  size_t msg_len = bounded(e->msg, KILN_TRACE_MSG_MAX, &tr_msg);
  size_t key_len = e->key ? e->key_len : 0;
  bool tr_key = key_len > KILN_TRACE_KEY_MAX;
  if (tr_key) key_len = KILN_TRACE_KEY_MAX;
  uint16_t flags = e->flags | (tr_name ? F_NAME_TRUNC : 0) | (tr_cat ? F_CAT_TRUNC : 0) |
                   (tr_type ? F_TYPE_TRUNC : 0) | (tr_key ? F_KEY_TRUNC : 0) |
                   (tr_msg ? F_MSG_TRUNC : 0) | (e->cat ? F_HAS_CAT : 0) |
                   (e->type ? F_HAS_TYPE : 0) | (e->key ? F_HAS_KEY : 0) |
                   (e->msg ? F_HAS_MSG : 0);
  size_t size = sizeof(struct rec) + name_len + cat_len + type_len + key_len + msg_len;
  size = (size + 7) & ~(size_t)7;

  pthread_mutex_lock(&tr->mu);
  if (!tr->recording) goto out;
  bool bypass = false;
  if (e->ph == 'E') {
    if (tr->depth == 0) {
      atomic_fetch_add_explicit(&t->unmatched_ends, 1, memory_order_relaxed);
      goto out;
    }
    int lvl = --tr->depth;
    bool stored = lvl < MAX_DEPTH && (tr->stored_bits >> lvl & 1);
    if (lvl < MAX_DEPTH) tr->stored_bits &= ~((uint64_t)1 << lvl);
    if (!stored || tr->frozen) goto out;  /* dropped begin, or closed at stop */
    bypass = true;
  } else if (tr->frozen || (e->ph == 'B' && tr->depth >= MAX_DEPTH)) {
    goto drop;
  } else if (atomic_fetch_add_explicit(&t->n_events, 1, memory_order_relaxed) >=
             t->max_events) {
    goto drop;
  }

  unsigned char *p = chunk_room(t, tr, size, bypass);
  if (!p) {
    if (bypass) {
      tr->frozen = true;  /* stop closes the begin; nothing after it is kept */
      goto out;
    }
    atomic_fetch_sub_explicit(&t->n_events, 1, memory_order_relaxed);
    goto drop;
  }
  struct rec *r = (struct rec *)p;
  r->ts = e->ts;
  r->u.dur = e->u;
  r->session = e->session;
  r->key_full = e->key ? e->key_len : 0;
  r->size = (uint32_t)size;
  r->flags = flags;
  r->ph = e->ph;
  p += sizeof *r;
  r->name_len = (uint16_t)copy_str(&p, e->name, name_len);
  r->cat_len = (uint16_t)copy_str(&p, e->cat, cat_len);
  r->type_len = (uint16_t)copy_str(&p, e->type, type_len);
  r->key_len = (uint16_t)copy_str(&p, e->key, key_len);
  r->msg_len = (uint16_t)copy_str(&p, e->msg, msg_len);
  tr->kept++;
  if (e->ph == 'B') {
    tr->stored_bits |= (uint64_t)1 << tr->depth;
    tr->depth++;
    tr->stream_open++;
  } else if (e->ph == 'E') {
    tr->stream_open--;
  }
  goto out;

drop:
  atomic_fetch_add_explicit(&t->dropped, 1, memory_order_relaxed);
  if (e->ph == 'B') tr->depth++;  /* its bit stays 0: the end is dropped too */
out:
  pthread_mutex_unlock(&tr->mu);
}

static void set_args(struct ev *e, const kiln_trace_args *a) {
  if (!a) return;
  e->flags |= F_ARGS;
  e->type = a->type;
  e->key = a->key;
  e->key_len = a->key_len;
  e->session = a->session;
}

void kiln__trace_span(kiln_trace *t, int track, const char *name, const char *cat,
                      uint64_t start_ns, uint64_t end_ns, const kiln_trace_args *args) {
  struct ev e = {.ph = 'X', .name = name, .cat = cat, .ts = start_ns,
                 .u = end_ns > start_ns ? end_ns - start_ns : 0};
  set_args(&e, args);
  record(t, track, &e);
}

void kiln__trace_begin(kiln_trace *t, int track, const char *name, const char *cat,
                       const kiln_trace_args *args) {
  struct ev e = {.ph = 'B', .name = name, .cat = cat, .ts = kiln_trace_clock_ns()};
  set_args(&e, args);
  record(t, track, &e);
}

void kiln__trace_end(kiln_trace *t, int track) {
  struct ev e = {.ph = 'E', .ts = kiln_trace_clock_ns()};
  record(t, track, &e);
}

void kiln__trace_instant(kiln_trace *t, int track, const char *name, const char *cat,
                         kiln_trace_scope scope, const kiln_trace_args *args,
                         const char *msg) {
  struct ev e = {.ph = 'i', .name = name, .cat = cat, .msg = msg,
                 .flags = scope == KILN_TRACE_SCOPE_GLOBAL ? F_GLOBAL : 0,
                 .ts = kiln_trace_clock_ns()};
  set_args(&e, args);
  record(t, track, &e);
}

void kiln__trace_counter(kiln_trace *t, int track, const char *name, int64_t value) {
  struct ev e = {.ph = 'C', .name = name, .ts = kiln_trace_clock_ns(), .u = (uint64_t)value};
  record(t, track, &e);
}
