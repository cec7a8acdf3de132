/* kiln trace, internal: the state trace.c (tracks, lifecycle, emitting)
 * and trace_write.c (stop: the Chrome trace JSON writer) share. Not part
 * of the API.
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
#ifndef KILN_TRACE_INT_H
#define KILN_TRACE_INT_H

#include <pthread.h>
#include <stdalign.h>
#include <stdbool.h>
#include <stdint.h>

#include "trace.h"

enum { ST_IDLE, ST_STARTING, ST_RECORDING, ST_STOPPING };

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

/* Inline: record() looks the track up on every emit. */
static inline struct track *kiln__trace_track_at(kiln_trace *t, int i) {
  return atomic_load_explicit(&t->tracks[i], memory_order_acquire);
}

/* Drops the track's events and nesting; caller holds tr->mu or owns tr. */
void kiln__trace_track_reset(struct track *tr);

#endif
