/* kiln trace: per-track event buffers, written as Chrome trace JSON by stop.
 *
 * State:
 *   kiln_trace.mu   control: state, path, fd, t0, the track registry. Held
 *                   for bookkeeping only, never across file I/O.
 *   track.mu        one per track: its chunk list and begin/end nesting.
 *                   Lock order: kiln_trace.mu, then track.mu.
 *   head.on         relaxed flag read by the inline emit check; the truth is
 *                   track.recording, read under track.mu, so an emit that
 *                   saw a stale "on" is dropped, never half-recorded.
 *
 * An event is a variable-length record (fixed header, then its strings)
 * appended to the track's current 64 KiB chunk. Stop flips every track's
 * recording flag under its mutex; after that emitters leave the chunks
 * alone, so stop serializes them without locks and frees them. */
#include "trace.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdalign.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { ST_IDLE, ST_STARTING, ST_RECORDING, ST_STOPPING };

#define MAX_DEPTH 64
#define TRUNC_MARK "...[truncated]"
#define CACHE_LINE 64

/* Record flags. The low five bits say which string was truncated. */
enum {
  F_NAME_TRUNC = 1 << 0,
  F_CAT_TRUNC = 1 << 1,
  F_TYPE_TRUNC = 1 << 2,
  F_KEY_TRUNC = 1 << 3,
  F_MSG_TRUNC = 1 << 4,
  F_ARGS = 1 << 5,     /* type/key/session present */
  F_GLOBAL = 1 << 6,   /* instant scope "g" */
  F_HAS_TYPE = 1 << 7,
  F_HAS_KEY = 1 << 8,
  F_HAS_MSG = 1 << 9,
  F_HAS_CAT = 1 << 10,
};

struct rec {
  uint64_t ts;        /* absolute CLOCK_MONOTONIC ns */
  union {
    uint64_t dur;     /* X */
    int64_t value;    /* C */
  } u;
  uint64_t session;
  uint64_t key_full;  /* key length before truncation */
  uint32_t size;      /* whole record, multiple of 8 */
  uint16_t flags;
  uint16_t name_len, cat_len, type_len, key_len, msg_len;
  char ph;
  /* name, cat, type, key, msg bytes follow */
};

struct chunk {
  struct chunk *next;
  size_t used;
  alignas(8) unsigned char data[];
};
#define CHUNK_CAP (KILN_TRACE_CHUNK_BYTES - offsetof(struct chunk, data))

struct track {
  pthread_mutex_t mu;
  /* Under mu. */
  bool recording;
  bool frozen;             /* an end could not be stored: keep nothing more */
  struct chunk *head, *tail;
  uint64_t kept;
  int depth;               /* begin nesting, including dropped levels */
  uint64_t stored_bits;    /* bit i: the begin at level i was stored */
  uint32_t stream_open;    /* stored begins minus stored ends */
  /* Immutable after creation. */
  int id;
  uint16_t name_len;
  bool name_trunc;
  char name[KILN_TRACE_NAME_MAX];
};

struct kiln_trace {
  struct kiln__trace_head head;  /* first: kiln_trace_on reads it */
  size_t max_events, max_bytes, max_chunks;

  pthread_mutex_t mu;
  /* Under mu. */
  int state;
  char *path, *tmp;
  int fd;
  uint64_t t0;
  kiln_trace_stats last;         /* exact counts of the last recording */

  atomic_int n_tracks;
  _Atomic(struct track *) tracks[KILN_TRACE_MAX_TRACKS];

  /* Touched by every emit: kept off the lines above. */
  alignas(CACHE_LINE) atomic_uint_fast64_t n_events;
  atomic_uint_fast64_t dropped;
  atomic_uint_fast64_t invalid_track;
  atomic_uint_fast64_t unmatched_ends;
  atomic_size_t n_chunks;
  atomic_int fail_after;         /* test hook; -1: off */
};

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
static void track_reset(struct track *tr) {
  chunks_free(tr->head);
  tr->head = tr->tail = NULL;
  tr->kept = 0;
  tr->depth = 0;
  tr->stored_bits = 0;
  tr->stream_open = 0;
  tr->frozen = false;
}

static struct track *track_at(kiln_trace *t, int i) {
  return atomic_load_explicit(&t->tracks[i], memory_order_acquire);
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
    struct track *tr = track_at(t, i);
    track_reset(tr);
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
    struct track *tr = track_at(t, i);
    pthread_mutex_lock(&tr->mu);
    track_reset(tr);
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
  if ((unsigned)id >= KILN_TRACE_MAX_TRACKS || !track_at(t, id)) {
    atomic_fetch_add_explicit(&t->invalid_track, 1, memory_order_relaxed);
    return;
  }
  struct track *tr = track_at(t, id);

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

/* -------------------------------------------------------------- writer -- */

struct w {
  int fd;
  int err;   /* first errno; later writes are skipped */
  size_t n;
  char buf[16384];
};

static void w_flush(struct w *w) {
  size_t off = 0;
  while (!w->err && off < w->n) {
    ssize_t k = write(w->fd, w->buf + off, w->n - off);
    if (k < 0) {
      if (errno != EINTR) w->err = errno;
    } else {
      off += (size_t)k;
    }
  }
  w->n = 0;
}

static void w_put(struct w *w, const void *p, size_t n) {
  const char *s = p;
  while (n) {
    if (w->n == sizeof w->buf) w_flush(w);
    size_t k = sizeof w->buf - w->n;
    if (k > n) k = n;
    memcpy(w->buf + w->n, s, k);
    w->n += k;
    s += k;
    n -= k;
  }
}

/* A macro so strlen of a literal folds to a constant. */
#define w_lit(w, s) w_put((w), (s), strlen(s))

static void w_u64(struct w *w, uint64_t v) {
  char b[24], *p = b + sizeof b;
  do *--p = (char)('0' + v % 10); while (v /= 10);
  w_put(w, p, (size_t)(b + sizeof b - p));
}

static void w_i64(struct w *w, int64_t v) {
  if (v < 0) {
    w_put(w, "-", 1);
    w_u64(w, 0 - (uint64_t)v);
  } else {
    w_u64(w, (uint64_t)v);
  }
}

/* Nanoseconds as microseconds with three decimals; no printf, so no locale. */
static void w_us(struct w *w, uint64_t ns) {
  char b[4] = {'.', (char)('0' + ns / 100 % 10), (char)('0' + ns / 10 % 10),
               (char)('0' + ns % 10)};
  w_u64(w, ns / 1000);
  w_put(w, b, 4);
}

/* Length of the valid UTF-8 sequence at s (RFC 3629: no overlongs, no
 * surrogates, nothing above U+10FFFF), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  size_t len;
  unsigned lo = 0x80, hi = 0xBF;  /* range of the second byte */
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (n < len || s[1] < lo || s[1] > hi) return 0;
  for (size_t i = 2; i < len; i++)
    if ((s[i] & 0xC0) != 0x80) return 0;
  return len;
}

/* JSON string body: escapes quotes, backslashes, control bytes and each byte
 * outside a valid UTF-8 sequence (as \u00XX). */
static void w_esc(struct w *w, const void *p, size_t n) {
  static const char hex[] = "0123456789abcdef";
  const unsigned char *s = p;
  size_t i = 0, run = 0;  /* s[run..i) is pending verbatim output */
  while (i < n) {
    unsigned c = s[i];
    size_t len = 1;
    char e[6];
    size_t elen = 0;
    if (c >= 0x80) {
      if (!(len = utf8_len(s + i, n - i))) {
        len = 1;
        elen = 6;
      }
    } else if (c == '"' || c == '\\') {
      e[0] = '\\', e[1] = (char)c, elen = 2;
    } else if (c < 0x20) {
      const char *named = c == '\n' ? "n" : c == '\t' ? "t" : c == '\r' ? "r"
                        : c == '\b' ? "b" : c == '\f' ? "f" : NULL;
      if (named) e[0] = '\\', e[1] = *named, elen = 2;
      else elen = 6;
    }
    if (elen == 6) {
      e[0] = '\\', e[1] = 'u', e[2] = '0', e[3] = '0';
      e[4] = hex[c >> 4], e[5] = hex[c & 15];
    }
    if (elen) {
      w_put(w, s + run, i - run);
      w_put(w, e, elen);
      run = i + len;
    }
    i += len;
  }
  w_put(w, s + run, n - run);
}

static void w_field(struct w *w, const char *key, const void *s, size_t n, bool trunc) {
  w_lit(w, key);
  w_put(w, "\"", 1);
  w_esc(w, s, n);
  if (trunc) w_lit(w, TRUNC_MARK);
  w_put(w, "\"", 1);
}

struct out_ctx {
  struct w *w;
  uint64_t t0;
  long pid;
  bool first;
};

/* Starts an event object: separator, phase, pid, tid. */
static void ev_open(struct out_ctx *o, char ph, int tid) {
  char p[2] = {ph, 0};
  w_lit(o->w, o->first ? "\n{\"ph\":\"" : ",\n{\"ph\":\"");
  o->first = false;
  w_lit(o->w, p);
  w_lit(o->w, "\",\"pid\":");
  w_i64(o->w, o->pid);
  w_lit(o->w, ",\"tid\":");
  w_i64(o->w, tid);
}

static void ev_ts(struct out_ctx *o, uint64_t ts) {
  w_lit(o->w, ",\"ts\":");
  w_us(o->w, ts > o->t0 ? ts - o->t0 : 0);
}

static void write_meta(struct out_ctx *o, int tid, const char *what, const char *key,
                       const char *s, size_t n, bool trunc) {
  ev_open(o, 'M', tid);
  w_lit(o->w, ",\"name\":\"");
  w_lit(o->w, what);
  w_lit(o->w, "\",\"args\":{\"");
  w_lit(o->w, key);
  w_lit(o->w, "\":");
  if (s) {
    w_field(o->w, "", s, n, trunc);
  } else {
    w_u64(o->w, (uint64_t)tid);  /* sort index */
  }
  w_lit(o->w, "}}");
}

static void write_rec(struct out_ctx *o, int tid, const struct rec *r) {
  struct w *w = o->w;
  const char *s = (const char *)(r + 1);
  const char *name = s, *cat = name + r->name_len, *type = cat + r->cat_len;
  const char *key = type + r->type_len, *msg = key + r->key_len;
  uint64_t ts = r->ts, dur = r->u.dur;

  ev_open(o, r->ph, tid);
  if (r->ph == 'X' && ts < o->t0) {  /* clip a span that began before us */
    uint64_t cut = o->t0 - ts;
    ts = o->t0;
    dur = dur > cut ? dur - cut : 0;
  }
  ev_ts(o, ts);
  if (r->ph == 'E') {
    w_lit(w, "}");
    return;
  }
  if (r->ph == 'X') {
    w_lit(w, ",\"dur\":");
    w_us(w, dur);
  }
  if (r->ph == 'i') w_lit(w, r->flags & F_GLOBAL ? ",\"s\":\"g\"" : ",\"s\":\"t\"");
  if (r->name_len) w_field(w, ",\"name\":", name, r->name_len, r->flags & F_NAME_TRUNC);
  else w_lit(w, ",\"name\":\"?\"");
  if (r->ph == 'C') {
    w_lit(w, ",\"args\":{\"value\":");
    w_i64(w, r->u.value);
    w_lit(w, "}}");
    return;
  }
  if (r->flags & F_HAS_CAT) w_field(w, ",\"cat\":", cat, r->cat_len, r->flags & F_CAT_TRUNC);
  else w_lit(w, ",\"cat\":\"kiln\"");
  if (r->flags & (F_ARGS | F_HAS_MSG)) {
    const char *sep = "";
    w_lit(w, ",\"args\":{");
    if (r->flags & F_ARGS) {
      w_lit(w, "\"session\":");
      w_u64(w, r->session);
      sep = ",";
      if (r->flags & F_HAS_TYPE) {
        w_lit(w, ",");
        w_field(w, "\"type\":", type, r->type_len, r->flags & F_TYPE_TRUNC);
      }
      if (r->flags & F_HAS_KEY) {
        w_lit(w, ",");
        w_field(w, "\"key\":", key, r->key_len, r->flags & F_KEY_TRUNC);
        if (r->flags & F_KEY_TRUNC) {
          w_lit(w, ",\"key_bytes\":");
          w_u64(w, r->key_full);
        }
      }
    }
    if (r->flags & F_HAS_MSG) {
      w_lit(w, sep);
      w_field(w, "\"msg\":", msg, r->msg_len, r->flags & F_MSG_TRUNC);
    }
    w_lit(w, "}");
  }
  w_lit(w, "}");
}

struct totals {
  uint64_t kept, dropped, invalid, unmatched, stop;
  int n_tracks;
};

static void write_json(kiln_trace *t, struct w *w, const struct totals *tot) {
  struct out_ctx o = {.w = w, .t0 = t->t0, .pid = (long)getpid(), .first = true};
  w_lit(w, "{\"traceEvents\":[");
  write_meta(&o, 0, "process_name", "name", "kiln", 4, false);
  for (int i = 0; i < tot->n_tracks; i++) {
    struct track *tr = track_at(t, i);
    write_meta(&o, i, "thread_name", "name", tr->name, tr->name_len, tr->name_trunc);
    write_meta(&o, i, "thread_sort_index", "sort_index", NULL, 0, false);
  }
  for (int i = 0; i < tot->n_tracks; i++) {
    struct track *tr = track_at(t, i);
    for (struct chunk *c = tr->head; c; c = c->next)
      for (size_t off = 0; off < c->used;) {
        const struct rec *r = (const struct rec *)(c->data + off);
        write_rec(&o, i, r);
        off += r->size;
      }
    for (uint32_t k = 0; k < tr->stream_open; k++) {  /* close what is open */
      ev_open(&o, 'E', i);
      ev_ts(&o, tot->stop);
      w_lit(w, "}");
    }
  }
  if (tot->dropped) {
    ev_open(&o, 'i', 0);
    ev_ts(&o, tot->stop);
    w_lit(w, ",\"s\":\"g\",\"name\":\"trace events dropped\",\"cat\":\"kiln\","
             "\"args\":{\"dropped_events\":");
    w_u64(w, tot->dropped);
    w_lit(w, "}}");
  }
  w_lit(w, "\n],\n\"displayTimeUnit\":\"ms\",\n\"otherData\":{\"version\":\"kiln trace 1\","
           "\"clock\":\"CLOCK_MONOTONIC\",\"start_monotonic_ns\":");
  w_u64(w, t->t0);
  w_lit(w, ",\"duration_us\":");
  w_us(w, tot->stop - t->t0);
  w_lit(w, ",\"recorded_events\":");
  w_u64(w, tot->kept);
  w_lit(w, ",\"dropped_events\":");
  w_u64(w, tot->dropped);
  w_lit(w, ",\"max_events\":");
  w_u64(w, t->max_events);
  w_lit(w, ",\"max_bytes\":");
  w_u64(w, t->max_bytes);
  w_lit(w, ",\"invalid_track_events\":");
  w_u64(w, tot->invalid);
  w_lit(w, ",\"unmatched_ends\":");
  w_u64(w, tot->unmatched);
  w_lit(w, ",\"tracks\":");
  w_u64(w, (uint64_t)tot->n_tracks);
  w_lit(w, "}}\n");
  w_flush(w);
}

int kiln_trace_stop(kiln_trace *t, char *msg) {
  struct totals tot = {0};
  pthread_mutex_lock(&t->mu);
  if (t->state != ST_RECORDING) {
    int rc = t->state == ST_IDLE
                 ? kiln_errf(msg, KILN_INVAL, "trace: stop without a recording")
                 : kiln_errf(msg, KILN_AGAIN, "trace: a start or stop is in progress");
    pthread_mutex_unlock(&t->mu);
    return rc;
  }
  t->state = ST_STOPPING;
  atomic_store_explicit(&t->head.on, 0, memory_order_relaxed);
  tot.n_tracks = atomic_load_explicit(&t->n_tracks, memory_order_relaxed);
  for (int i = 0; i < tot.n_tracks; i++) {
    struct track *tr = track_at(t, i);
    pthread_mutex_lock(&tr->mu);
    tr->recording = false;  /* from here on the chunks are ours */
    tot.kept += tr->kept + tr->stream_open;
    pthread_mutex_unlock(&tr->mu);
  }
  /* Read after the last event went in (emitters read the clock before the
   * track lock), so the ends stop adds never precede their begins. */
  tot.stop = kiln_trace_clock_ns();
  /* Counters settle once every track stopped recording. */
  tot.dropped = atomic_load(&t->dropped);
  tot.invalid = atomic_load(&t->invalid_track);
  tot.unmatched = atomic_load(&t->unmatched_ends);
  char *path = t->path, *tmp = t->tmp;
  int fd = t->fd;
  t->path = t->tmp = NULL;
  t->fd = -1;
  pthread_mutex_unlock(&t->mu);

  /* Unlocked: the write may be long. STOPPING keeps start and stop out. */
  int rc = KILN_OK;
  struct w *w = malloc(sizeof *w);
  if (!w) {
    rc = kiln_errf(msg, KILN_NOMEM, "trace: no memory to write '%s'", path);
  } else {
    w->fd = fd;
    w->err = 0;
    w->n = 0;
    write_json(t, w, &tot);
    if (w->err)
      rc = kiln_errf(msg, KILN_IO, "trace: cannot write '%s' (via '%s'): %s", path, tmp,
                     strerror(w->err));
    else if (fsync(fd) != 0)
      rc = kiln_errf(msg, KILN_IO, "trace: cannot sync '%s' (via '%s'): %s", path, tmp,
                     strerror(errno));
    free(w);
  }
  if (close(fd) != 0 && rc == KILN_OK)
    rc = kiln_errf(msg, KILN_IO, "trace: cannot close '%s' (via '%s'): %s", path, tmp,
                   strerror(errno));
  if (rc == KILN_OK && rename(tmp, path) != 0)
    rc = kiln_errf(msg, KILN_IO, "trace: cannot rename '%s' to '%s': %s", tmp, path,
                   strerror(errno));
  if (rc != KILN_OK) unlink(tmp);
  free(path);
  free(tmp);

  pthread_mutex_lock(&t->mu);
  for (int i = 0; i < tot.n_tracks; i++) {
    struct track *tr = track_at(t, i);
    pthread_mutex_lock(&tr->mu);
    track_reset(tr);
    pthread_mutex_unlock(&tr->mu);
  }
  t->last = (kiln_trace_stats){.recording = 0, .events = tot.kept, .dropped = tot.dropped};
  t->state = ST_IDLE;
  pthread_mutex_unlock(&t->mu);
  return rc;
}
