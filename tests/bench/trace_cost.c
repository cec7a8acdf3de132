/* Cost per trace event: an empty loop (baseline), emits with the trace off,
 * emits with it on (one thread, then two threads on their own tracks), and
 * the stop that writes the JSON. Prints ns/event and ratios to the
 * baseline measured in the same run; no thresholds are asserted.
 *
 *   trace_cost [events-per-case]   (default 1000000) */
#include "trace.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static long N = 1000000;
static volatile uint64_t g_sink;

static double now_s(void) { return (double)kiln_trace_clock_ns() / 1e9; }

enum kind { K_EMPTY, K_SPAN, K_SPAN_ARGS, K_BEGIN_END, K_INSTANT, K_COUNTER, K_NOW };
static const char *const kind_name[] = {"empty loop", "span (X)", "span (X) + type/key/session",
                                        "begin+end (B,E)", "instant (i)", "counter (C)",
                                        "kiln_trace_now"};

/* Events per iteration, so ns/event is comparable. */
static int per_iter(enum kind k) { return k == K_BEGIN_END ? 2 : 1; }

static void run(kiln_trace *t, int track, enum kind k, long n) {
  static const char key[] = "textures/rock_albedo";
  uint64_t acc = 0;
  for (long i = 0; i < n; i++) {
    kiln_trace_args a = {.type = "texture", .key = key, .key_len = sizeof key - 1,
                         .session = (uint64_t)i >> 10};
    switch (k) {
    case K_EMPTY: __asm__ volatile("" ::: "memory"); break;
    case K_SPAN: kiln_trace_span(t, track, "compute", "lua", (uint64_t)i, (uint64_t)i + 9, NULL); break;
    case K_SPAN_ARGS: kiln_trace_span(t, track, "compute", "lua", (uint64_t)i, (uint64_t)i + 9, &a); break;
    case K_BEGIN_END:
      kiln_trace_begin(t, track, "apply", "render", NULL);
      kiln_trace_end(t, track);
      break;
    case K_INSTANT: kiln_trace_instant(t, track, "bump", "sched", KILN_TRACE_SCOPE_THREAD, &a, NULL); break;
    case K_COUNTER: kiln_trace_counter(t, track, "queue depth", i); break;
    case K_NOW: acc += kiln_trace_now(t); break;
    }
  }
  g_sink = acc;
}

struct job {
  kiln_trace *t;
  int track;
  enum kind k;
  double secs;
};

static void *job_main(void *arg) {
  struct job *j = arg;
  double t0 = now_s();
  run(j->t, j->track, j->k, N);
  j->secs = now_s() - t0;
  return NULL;
}

static void die(const char *what, const char *msg) {
  fprintf(stderr, "trace_cost: %s: %s\n", what, msg);
  exit(1);
}

int main(int argc, char **argv) {
  if (argc > 1) N = atol(argv[1]);
  if (N < 1000) N = 1000;
  char msg[KILN_ERRMSG_MAX], dir[] = "/tmp/kiln-trace-bench-XXXXXX", path[128];
  if (!mkdtemp(dir)) die("mkdtemp", "failed");
  snprintf(path, sizeof path, "%s/bench.json", dir);
  kiln_trace *t;
  kiln_trace_cfg cfg = {.max_events = (size_t)N * 4, .max_bytes = (size_t)N * 512};
  if (kiln_trace_new(&cfg, &t, msg)) die("new", msg);
  int tr[2];
  tr[0] = kiln_trace_track_new(t, "bench 1", msg);
  tr[1] = kiln_trace_track_new(t, "bench 2", msg);

  /* Warm up, then the baseline. */
  run(t, tr[0], K_EMPTY, N);
  double s = now_s();
  run(t, tr[0], K_EMPTY, N);
  double base = (now_s() - s) * 1e9 / (double)N;
  printf("trace_cost: %ld iterations per case\n", N);
  printf("trace_cost: %-34s %8.2f ns/iter\n", "baseline: empty loop", base);

  for (enum kind k = K_SPAN; k <= K_NOW; k++) {
    s = now_s();
    run(t, tr[0], k, N);
    double ns = (now_s() - s) * 1e9 / (double)(N * per_iter(k));
    printf("trace_cost: off %-30s %8.2f ns/event  (baseline %+.2f ns)\n", kind_name[k], ns,
           ns - base);
  }

  for (enum kind k = K_SPAN; k <= K_COUNTER; k++) {
    if (kiln_trace_start(t, path, msg)) die("start", msg);
    s = now_s();
    run(t, tr[0], k, N);
    double ns = (now_s() - s) * 1e9 / (double)(N * per_iter(k));
    kiln_trace_stats st;
    kiln_trace_stats_get(t, &st);
    double w0 = now_s();
    if (kiln_trace_stop(t, msg)) die("stop", msg);
    double ws = now_s() - w0;
    struct stat sb;
    stat(path, &sb);
    printf("trace_cost: on  %-30s %8.2f ns/event  (%.0fx baseline; dropped %llu)\n",
           kind_name[k], ns, ns / base, (unsigned long long)st.dropped);
    printf("trace_cost:     stop wrote %.1f MB in %.3f s: %.0f ns/event, %.0f MB/s\n",
           (double)sb.st_size / 1e6, ws, ws * 1e9 / (double)(N * per_iter(k)),
           (double)sb.st_size / 1e6 / ws);
  }

  /* Two threads, each on its own track: shows the shared counter's cost. */
  if (kiln_trace_start(t, path, msg)) die("start", msg);
  struct job jobs[2];
  pthread_t th[2];
  for (int i = 0; i < 2; i++) {
    jobs[i] = (struct job){t, tr[i], K_SPAN_ARGS, 0};
    pthread_create(&th[i], NULL, job_main, &jobs[i]);
  }
  for (int i = 0; i < 2; i++) pthread_join(th[i], NULL);
  if (kiln_trace_stop(t, msg)) die("stop", msg);
  double worst = jobs[0].secs > jobs[1].secs ? jobs[0].secs : jobs[1].secs;
  printf("trace_cost: on  %-30s %8.2f ns/event per thread (2 threads)\n", kind_name[K_SPAN_ARGS],
         worst * 1e9 / (double)N);

  kiln_trace_free(t);
  unlink(path);
  rmdir(dir);
  return 0;
}
