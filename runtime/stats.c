#include "stats.h"

#include <time.h>

uint64_t kiln_now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

struct timespec kiln_mono_after(double s) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  if (s > 1e9) s = 1e9;
  time_t whole = (time_t)s;
  long ns = (long)((s - (double)whole) * 1e9);
  ts.tv_sec += whole;
  ts.tv_nsec += ns;
  if (ts.tv_nsec >= 1000000000L) {
    ts.tv_sec++;
    ts.tv_nsec -= 1000000000L;
  }
  return ts;
}

static int bucket_of(uint64_t v) {
  if (v < 16) return (int)v;
  int e = 63 - __builtin_clzll(v);          /* e >= 4 */
  int sub = (int)((v >> (e - 3)) & 7);
  return 16 + (e - 4) * 8 + sub;
}

/* Middle of a bucket's range, for percentiles. */
static double bucket_mid(int b) {
  if (b < 16) return b;
  int e = (b - 16) / 8 + 4, sub = (b - 16) % 8;
  double lo = (double)(1ull << e) + (double)sub * (double)(1ull << (e - 3));
  return lo + (double)(1ull << (e - 3)) / 2;
}

/* One writer: plain loads and stores (still atomic, so a reader on another
 * thread never sees a torn value), no locked instructions. */
void kiln_hist_record_own(kiln_hist *h, uint64_t ns) {
  atomic_store_explicit(&h->sum_ns, atomic_load_explicit(&h->sum_ns, memory_order_relaxed) + ns,
                        memory_order_relaxed);
  _Atomic uint64_t *b = &h->b[bucket_of(ns)];
  atomic_store_explicit(b, atomic_load_explicit(b, memory_order_relaxed) + 1, memory_order_relaxed);
  if (ns > atomic_load_explicit(&h->max_ns, memory_order_relaxed))
    atomic_store_explicit(&h->max_ns, ns, memory_order_relaxed);
}

void kiln_hist_record(kiln_hist *h, uint64_t ns) {
  /* The count is the buckets' sum: one atomic less on a hot path. */
  atomic_fetch_add_explicit(&h->sum_ns, ns, memory_order_relaxed);
  atomic_fetch_add_explicit(&h->b[bucket_of(ns)], 1, memory_order_relaxed);
  uint64_t m = atomic_load_explicit(&h->max_ns, memory_order_relaxed);
  while (ns > m && !atomic_compare_exchange_weak_explicit(&h->max_ns, &m, ns,
                                                          memory_order_relaxed,
                                                          memory_order_relaxed)) {
  }
}

/* The q-quantile of buckets b[] holding total samples. */
static double pct(const uint64_t *b, uint64_t total, double q) {
  uint64_t want = (uint64_t)((double)total * q + 0.999999), seen = 0;
  if (want == 0) want = 1;
  for (int i = 0; i < KILN_HIST_BUCKETS; i++) {
    seen += b[i];
    if (seen >= want) return bucket_mid(i);
  }
  return 0;
}

void kiln_hist_summarize(const kiln_hist *const *h, int n, kiln_hist_summary *out) {
  uint64_t b[KILN_HIST_BUCKETS] = { 0 }, total = 0, sum = 0, max = 0;
  for (int k = 0; k < n; k++) {
    for (int i = 0; i < KILN_HIST_BUCKETS; i++)
      b[i] += atomic_load_explicit(&h[k]->b[i], memory_order_relaxed);
    sum += atomic_load_explicit(&h[k]->sum_ns, memory_order_relaxed);
    uint64_t m = atomic_load_explicit(&h[k]->max_ns, memory_order_relaxed);
    if (m > max) max = m;
  }
  for (int i = 0; i < KILN_HIST_BUCKETS; i++) total += b[i];
  out->count = total;
  if (!total) { out->avg_ms = out->p50_ms = out->p99_ms = out->max_ms = 0; return; }
  out->avg_ms = (double)sum / (double)total / 1e6;
  out->p50_ms = pct(b, total, 0.50) / 1e6;
  out->p99_ms = pct(b, total, 0.99) / 1e6;
  out->max_ms = (double)max / 1e6;
}
