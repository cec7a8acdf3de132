/* kiln trace: Chrome trace-event JSON (opens in Perfetto and chrome://tracing).
 *
 * One kiln_trace records, between kiln_trace_start and kiln_trace_stop, the
 * events that worker, I/O and render threads emit on their tracks; stop
 * writes {"traceEvents":[...],"displayTimeUnit":"ms","otherData":{...}} to a
 * temporary file and renames it over the target path.
 *
 * Cost model. Every emit function is a static inline wrapper around one
 * relaxed atomic load: while the trace is off an emit costs that load and one
 * predictable branch (no call, no lock). While on, an event costs one
 * uncontended per-track mutex, one shared atomic add, a clock read for the
 * events that are stamped "now" and a bounded memcpy of its strings into
 * per-track 64 KiB chunks (one malloc per chunk, never per event). Note that
 * arguments are evaluated before the check: compute expensive ones under
 * `if (kiln_trace_on(t))`, and take span start times with kiln_trace_now(),
 * which reads no clock while off.
 *
 * Memory is bounded by kiln_trace_cfg.max_events and .max_bytes; events past
 * either limit are dropped and counted. The count appears in otherData
 * ("dropped_events") and, when nonzero, as a final global instant event. The
 * end of a begin/end pair whose begin was recorded is never dropped, and
 * stop closes every begin still open, so every span in the file is closed.
 *
 * Tracks are Chrome "threads" (tid = track id) named by thread_name metadata.
 * Track 0 (KILN_TRACE_TRACK_GLOBAL, named "trace") exists from _new on, for
 * threads without a track of their own. A track may be shared by threads
 * (its mutex keeps the buffer consistent) but begin/end nesting only makes
 * sense when one thread owns it.
 *
 * Strings (name, category, type, key, message, track name) are copied when
 * emitted, truncated at the KILN_TRACE_*_MAX bytes below with the marker
 * "...[truncated]"; a truncated key also gets "key_bytes" (its full length)
 * in args. Everything is JSON-escaped when written: '"', '\\', control bytes
 * and NUL as escapes, and each byte that is not part of a valid UTF-8
 * sequence as \u00XX (the byte's Latin-1 reading), so keys may be arbitrary
 * bytes and the file stays valid UTF-8 JSON.
 *
 * Timestamps are CLOCK_MONOTONIC nanoseconds (kiln_trace_clock_ns) and are
 * written as microseconds, with three decimals, relative to the start of the
 * recording. otherData carries "start_monotonic_ns" to line traces up with
 * other logs.
 *
 * Threads: emit functions and kiln_trace_track_new, any thread, concurrently.
 * kiln_trace_start/stop, any thread; calls are serialized internally.
 * kiln_trace_new/free, one thread, with no other call in flight.
 */
#ifndef KILN_TRACE_H
#define KILN_TRACE_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "kiln_err.h"

#define KILN_TRACE_DEFAULT_MAX_EVENTS 1000000u
#define KILN_TRACE_DEFAULT_MAX_BYTES  ((size_t)256 << 20)
#define KILN_TRACE_CHUNK_BYTES        ((size_t)64 << 10)  /* also the smallest max_bytes */
#define KILN_TRACE_MAX_TRACKS         1024   /* including track 0 */
#define KILN_TRACE_TRACK_GLOBAL       0

/* Bytes kept of each string (longer ones are truncated with a marker). */
#define KILN_TRACE_NAME_MAX   128  /* event and counter names, track names */
#define KILN_TRACE_CAT_MAX     64
#define KILN_TRACE_TYPE_MAX   128
#define KILN_TRACE_KEY_MAX    256
#define KILN_TRACE_MSG_MAX    512

typedef struct kiln_trace kiln_trace;

/* Zero (or a NULL cfg) means the default for each field. */
typedef struct kiln_trace_cfg {
  size_t max_events;  /* events kept per recording; default 1,000,000 */
  size_t max_bytes;   /* event buffer memory per recording; default 256 MiB,
                         at least KILN_TRACE_CHUNK_BYTES */
} kiln_trace_cfg;

/* Optional arguments of spans and instants, written into the event's "args".
 * All pointers are read during the call only. */
typedef struct kiln_trace_args {
  const char *type;    /* artifact type, NUL-terminated; NULL: omitted */
  const void *key;     /* artifact key, any bytes; NULL: omitted */
  size_t key_len;
  uint64_t session;    /* always written */
} kiln_trace_args;

typedef enum kiln_trace_scope {
  KILN_TRACE_SCOPE_THREAD = 0,  /* drawn on the event's track */
  KILN_TRACE_SCOPE_GLOBAL = 1   /* drawn across the whole timeline */
} kiln_trace_scope;

typedef struct kiln_trace_stats {
  int recording;     /* 1 between a successful start and the next stop */
  uint64_t events;   /* events kept (recording: approximate; else exact for
                        the last recording) */
  uint64_t dropped;  /* events dropped by the limits or a failed allocation */
} kiln_trace_stats;

/* ----------------------------------------------------------- lifecycle -- */

/* Creates a stopped trace with track 0. cfg may be NULL. Allocates no event
 * memory until events arrive. Errors: KILN_INVAL (max_bytes below
 * KILN_TRACE_CHUNK_BYTES, named in msg), KILN_NOMEM, KILN_THREAD (mutex
 * init). *out is set on success only. Any thread. */
int kiln_trace_new(const kiln_trace_cfg *cfg, kiln_trace **out, char *msg);

/* Frees the trace; a recording in progress is discarded (its temporary file
 * removed, nothing written at path). NULL is a no-op. No other call on t may
 * be in flight or follow, so join emitting threads first. */
void kiln_trace_free(kiln_trace *t);

/* Starts recording to path (copied). Creates the temporary file
 * "<path>.<pid>.tmp" now, so a bad directory fails here; the file appears at
 * path only at stop. Events and drop counts of any earlier recording are
 * gone. Errors: KILN_INVAL (NULL/empty path, or already recording: msg names
 * the current path), KILN_AGAIN (a stop is still writing), KILN_IO (msg has
 * the path and errno text), KILN_NOMEM. Any thread. */
int kiln_trace_start(kiln_trace *t, const char *path, char *msg);

/* Stops recording, closes begins still open (at the stop time), writes the
 * JSON to the temporary file, fsyncs it and renames it to path. Emits racing
 * with stop land in this recording or are ignored, never half-written. The
 * event memory is freed whether or not the write succeeds. Errors:
 * KILN_INVAL (not recording), KILN_AGAIN (another stop is writing), KILN_IO
 * (write/fsync/rename failed, e.g. disk full or the directory removed: msg
 * names the path and the errno text; the temporary file is removed). The
 * file is written without holding any lock, but on the calling thread:
 * about 0.1-0.25 us per event (tests/bench/trace_cost), so a 1M-event trace
 * blocks the caller for a few tenths of a second. Any thread; prefer one
 * that is not inside a frame. */
int kiln_trace_stop(kiln_trace *t, char *msg);

/* Creates a track named name (copied, truncated at KILN_TRACE_NAME_MAX) and
 * returns its id (>= 1), used as the tid; keep it (e.g. thread-local). Works
 * whether or not recording; a track lives until kiln_trace_free. Errors
 * (negative): KILN_INVAL (NULL name), KILN_TOOBIG (KILN_TRACE_MAX_TRACKS
 * reached), KILN_NOMEM, KILN_THREAD. Any thread. */
int kiln_trace_track_new(kiln_trace *t, const char *name, char *msg);

/* Counters of the current or last recording. Any thread. */
void kiln_trace_stats_get(kiln_trace *t, kiln_trace_stats *out);

/* CLOCK_MONOTONIC in nanoseconds. Any thread. */
uint64_t kiln_trace_clock_ns(void);

/* ------------------------------------------------------------- emitting --
 * All: any thread; t must not be NULL; strings are copied; a track id that
 * was not returned by kiln_trace_track_new (nor 0) drops the event and is
 * counted in otherData "invalid_track_events". NULL name writes "?", NULL
 * category writes "kiln". */

/* Private: only the "on" flag is visible, so the off check inlines. */
struct kiln__trace_head {
  atomic_int on;
};

/* 1 while recording. One relaxed load: a racing start/stop may be seen late,
 * which costs at most an ignored call. */
static inline int kiln_trace_on(const kiln_trace *t) {
  /* Cast away const: older compilers reject atomic loads through const. */
  struct kiln__trace_head *h = (struct kiln__trace_head *)(uintptr_t)t;
  return atomic_load_explicit(&h->on, memory_order_relaxed);
}

/* The clock while recording, else 0 without reading it: for span starts. */
static inline uint64_t kiln_trace_now(const kiln_trace *t) {
  return kiln_trace_on(t) ? kiln_trace_clock_ns() : 0;
}

void kiln__trace_span(kiln_trace *t, int track, const char *name, const char *cat,
                      uint64_t start_ns, uint64_t end_ns, const kiln_trace_args *args);
void kiln__trace_begin(kiln_trace *t, int track, const char *name, const char *cat,
                       const kiln_trace_args *args);
void kiln__trace_end(kiln_trace *t, int track);
void kiln__trace_instant(kiln_trace *t, int track, const char *name, const char *cat,
                         kiln_trace_scope scope, const kiln_trace_args *args,
                         const char *msg);
void kiln__trace_counter(kiln_trace *t, int track, const char *name, int64_t value);

/* Complete span ("X") from start_ns to end_ns (kiln_trace_now/_clock_ns
 * values). A start before the recording (or 0: the trace was off at the
 * start) is clipped to the recording's start; end < start gives duration 0.
 * args may be NULL. */
static inline void kiln_trace_span(kiln_trace *t, int track, const char *name,
                                   const char *cat, uint64_t start_ns, uint64_t end_ns,
                                   const kiln_trace_args *args) {
  if (kiln_trace_on(t)) kiln__trace_span(t, track, name, cat, start_ns, end_ns, args);
}

/* Begin ("B") and end ("E") now, nesting per track (deeper than 64 levels is
 * dropped). An end with nothing open in this recording is ignored and
 * counted in otherData "unmatched_ends". args may be NULL. */
static inline void kiln_trace_begin(kiln_trace *t, int track, const char *name,
                                    const char *cat, const kiln_trace_args *args) {
  if (kiln_trace_on(t)) kiln__trace_begin(t, track, name, cat, args);
}
static inline void kiln_trace_end(kiln_trace *t, int track) {
  if (kiln_trace_on(t)) kiln__trace_end(t, track);
}

/* Instant ("i") now: session bumps, failures. msg (NULL: none) goes into
 * args "msg", args (NULL: none) as for spans. */
static inline void kiln_trace_instant(kiln_trace *t, int track, const char *name,
                                      const char *cat, kiln_trace_scope scope,
                                      const kiln_trace_args *args, const char *msg) {
  if (kiln_trace_on(t)) kiln__trace_instant(t, track, name, cat, scope, args, msg);
}

/* Counter ("C") sample now: args {"value": value}. Counters are per process
 * in the viewers; the track only orders the sample. */
static inline void kiln_trace_counter(kiln_trace *t, int track, const char *name,
                                      int64_t value) {
  if (kiln_trace_on(t)) kiln__trace_counter(t, track, name, value);
}

/* Testing only: chunk allocations fail after `after` more successes (a
 * negative value turns failures off). Any thread. */
void kiln__trace_fail_allocs(kiln_trace *t, int after);

#endif
