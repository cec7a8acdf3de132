/* kiln_hist: lock-free log-linear latency histograms (about 6% resolution),
 * recorded from any thread with relaxed atomics and read by stats calls. */
#ifndef KILN_STATS_H
#define KILN_STATS_H

#include <stdatomic.h>
#include <stdint.h>
#include <time.h>

#define KILN_HIST_BUCKETS (16 + 60 * 8)

typedef struct kiln_hist {
  _Atomic uint64_t sum_ns, max_ns;
  _Atomic uint64_t b[KILN_HIST_BUCKETS];
} kiln_hist;

typedef struct kiln_hist_summary {
  uint64_t count;
  double avg_ms, p50_ms, p99_ms, max_ms;
} kiln_hist_summary;

/* Any thread. h must be zero-initialised. */
void kiln_hist_record(kiln_hist *h, uint64_t ns);
/* The same, cheaper, for a histogram only the calling thread ever records
 * into (a per-thread shard). */
void kiln_hist_record_own(kiln_hist *h, uint64_t ns);
/* Any thread; a consistent-enough snapshot (counters are read one by one).
 * Summarizes the union of n histograms (per-thread shards of one figure). */
void kiln_hist_summarize(const kiln_hist *const *h, int n, kiln_hist_summary *out);

/* Monotonic clock in nanoseconds. Any thread. */
uint64_t kiln_now_ns(void);

/* The CLOCK_MONOTONIC time s seconds from now (s capped at 1e9), for
 * timed waits on condition variables that run on that clock. */
struct timespec kiln_mono_after(double s);

#endif
