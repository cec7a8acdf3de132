/* kiln trace, writer side: kiln_trace_stop and the Chrome trace-event JSON
 * it writes from the tracks' chunks (buffered, escaped, no printf so no
 * locale), then the temporary file's rename over the target path. */
#include "trace_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define TRUNC_MARK "...[truncated]"

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
    struct track *tr = kiln__trace_track_at(t, i);
    write_meta(&o, i, "thread_name", "name", tr->name, tr->name_len, tr->name_trunc);
    write_meta(&o, i, "thread_sort_index", "sort_index", NULL, 0, false);
  }
  for (int i = 0; i < tot->n_tracks; i++) {
    struct track *tr = kiln__trace_track_at(t, i);
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
    struct track *tr = kiln__trace_track_at(t, i);
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
    struct track *tr = kiln__trace_track_at(t, i);
    pthread_mutex_lock(&tr->mu);
    kiln__trace_track_reset(tr);
    pthread_mutex_unlock(&tr->mu);
  }
  t->last = (kiln_trace_stats){.recording = 0, .events = tot.kept, .dropped = tot.dropped};
  t->state = ST_IDLE;
  pthread_mutex_unlock(&t->mu);
  return rc;
}
