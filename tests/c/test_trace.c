/* Trace module: file shape (checked by python3's json module and by exact
 * text), escaping, limits, begin/end closure, errors, threads. */
#include "ktest.h"
#include "trace.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* ------------------------------------------------------------ helpers -- */

static char g_dir[64];

static void rm_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *de;
  char p[512];
  while ((de = readdir(d))) {
    if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
    snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
    unlink(p);
  }
  closedir(d);
  rmdir(dir);
}

static void cleanup(void) { if (g_dir[0]) rm_dir(g_dir); }

static const char *tpath(const char *name) {
  static char p[256];
  if (!g_dir[0]) {
    strcpy(g_dir, "/tmp/kiln-trace-test-XXXXXX");
    if (!mkdtemp(g_dir)) { perror("mkdtemp"); exit(2); }
    atexit(cleanup);
  }
  snprintf(p, sizeof p, "%s/%s", g_dir, name);
  return p;
}

static int n_files(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return -1;
  int n = 0;
  struct dirent *de;
  while ((de = readdir(d)))
    if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) n++;
  closedir(d);
  return n;
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *b = malloc((size_t)n + 1);
  if (b && fread(b, 1, (size_t)n, f) != (size_t)n) { free(b); b = NULL; }
  if (b) b[n] = 0;
  if (len) *len = (size_t)n;
  fclose(f);
  return b;
}

/* A plain loop: sanitizer strstr/memmem interceptors check the whole
 * haystack on every call, which makes counting in a big file quadratic. */
static int count(const char *hay, const char *needle) {
  int n = 0;
  size_t nl = strlen(needle);
  for (const char *p = hay; *p; p++)
    if (*p == *needle && !strncmp(p, needle, nl)) n++, p += nl - 1;
  return n;
}

/* Counts events of phase ph ('X', 'B', ...) in the file text. A quote inside
 * a JSON string is always escaped, so the pattern cannot match inside one. */
static int n_ph(const char *json, char ph) {
  char pat[16];
  snprintf(pat, sizeof pat, "{\"ph\":\"%c\"", ph);
  return count(json, pat);
}

/* A number from otherData. */
static long long other(const char *json, const char *field) {
  const char *o = strstr(json, "\"otherData\":");
  char pat[64];
  snprintf(pat, sizeof pat, "\"%s\":", field);
  const char *p = o ? strstr(o, pat) : NULL;
  return p ? strtoll(p + strlen(pat), NULL, 10) : -1;
}

/* Structure check in python3: strict UTF-8, json.load, every event well
 * formed, B/E balanced and ordered per tid, every used tid named, the drop
 * instant present when events were dropped. With keyhex, the one event
 * named "hostile" must carry that key (invalid UTF-8 bytes read as U+00XX). */
static const char PY_CHECK[] =
    "import json, sys, codecs\n"
    "with open(sys.argv[1], encoding='utf-8', errors='strict') as f:\n"
    "    doc = json.load(f)\n"
    "assert isinstance(doc, dict) and doc['displayTimeUnit'] == 'ms'\n"
    "ev = doc['traceEvents']; od = doc['otherData']\n"
    "assert isinstance(ev, list) and isinstance(od['dropped_events'], int)\n"
    "names, stacks, used = {}, {}, set()\n"
    "for e in ev:\n"
    "    ph = e['ph']; assert ph in ('M','X','B','E','i','C'), e\n"
    "    assert isinstance(e['pid'], int) and isinstance(e['tid'], int), e\n"
    "    if ph == 'M':\n"
    "        if e['name'] == 'thread_name': names[e['tid']] = e['args']['name']\n"
    "        continue\n"
    "    used.add(e['tid']); ts = e['ts']\n"
    "    assert isinstance(ts, (int, float)) and ts >= 0, e\n"
    "    if ph != 'E': assert isinstance(e['name'], str) and isinstance(e['cat'] if ph != 'C' else '', str), e\n"
    "    if ph == 'X': assert e['dur'] >= 0, e\n"
    "    if ph == 'i': assert e['s'] in ('t', 'g'), e\n"
    "    if ph == 'C': assert isinstance(e['args']['value'], int), e\n"
    "    st = stacks.setdefault(e['tid'], [])\n"
    "    if ph == 'B': st.append(ts)\n"
    "    if ph == 'E': assert st, 'E without B on tid %d' % e['tid']; assert ts >= st.pop(), e\n"
    "for tid, st in stacks.items(): assert not st, 'unclosed B on tid %d' % tid\n"
    "for tid in used: assert tid in names, 'tid %d has no thread_name' % tid\n"
    "if od['dropped_events']:\n"
    "    assert [e for e in ev if e['ph'] == 'i' and e['name'] == 'trace events dropped'\n"
    "            and e['args']['dropped_events'] == od['dropped_events']]\n"
    "if len(sys.argv) > 2:\n"
    "    codecs.register_error('kilnbyte', lambda x: (''.join(chr(b) for b in x.object[x.start:x.end]), x.end))\n"
    "    want = bytes.fromhex(sys.argv[2]).decode('utf-8', 'kilnbyte')\n"
    "    got = [e['args']['key'] for e in ev if e.get('name') == 'hostile']\n"
    "    assert got == [want], (got, want)\n";

static int py_check(const char *path, const char *keyhex) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "python3 - '%s' %s", path, keyhex ? keyhex : "");
  fflush(NULL);
  FILE *p = popen(cmd, "w");
  if (!p) return 0;
  fputs(PY_CHECK, p);
  int st = pclose(p);
  if (st != 0) fprintf(stderr, "  python3 check of %s failed (status %d)\n", path, st);
  return st == 0;
}

static kiln_trace *mk(size_t max_events, size_t max_bytes) {
  kiln_trace *t = NULL;
  char msg[KILN_ERRMSG_MAX];
  kiln_trace_cfg cfg = {.max_events = max_events, .max_bytes = max_bytes};
  if (kiln_trace_new(&cfg, &t, msg) != KILN_OK) {
    fprintf(stderr, "kiln_trace_new: %s\n", msg);
    exit(2);
  }
  return t;
}

/* -------------------------------------------------------------- tests -- */

KT_TEST(new_free_and_cfg) {
  char msg[KILN_ERRMSG_MAX];
  kiln_trace *t = NULL;
  KT_REQUIRE(kiln_trace_new(NULL, &t, msg) == KILN_OK && t);
  KT_CHECK(!kiln_trace_on(t));
  KT_CHECK(kiln_trace_now(t) == 0);
  kiln_trace_free(t);
  kiln_trace_free(NULL);

  kiln_trace *bad = NULL;
  kiln_trace_cfg cfg = {.max_bytes = 1000};
  KT_CHECK(kiln_trace_new(&cfg, &bad, msg) == KILN_INVAL);
  KT_CHECK(bad == NULL);
  KT_CHECK(strstr(msg, "max_bytes") && strstr(msg, "1000"));
}

KT_TEST(off_mode_emits_nothing) {
  kiln_trace *t = mk(0, 0);
  char msg[KILN_ERRMSG_MAX];
  int tr = kiln_trace_track_new(t, "worker 1", msg);
  KT_REQUIRE(tr == 1);
  kiln_trace_args a = {.type = "tex", .key = "k", .key_len = 1, .session = 1};
  /* Off before the first start. */
  kiln_trace_span(t, tr, "early", NULL, 1, 2, &a);
  kiln_trace_begin(t, tr, "early", NULL, NULL);
  kiln_trace_instant(t, tr, "early", NULL, KILN_TRACE_SCOPE_GLOBAL, NULL, "m");
  kiln_trace_counter(t, tr, "early", 5);
  const char *p1 = tpath("off1.json");
  KT_REQUIRE(kiln_trace_start(t, p1, msg) == KILN_OK);
  KT_CHECK(kiln_trace_on(t));
  KT_CHECK(kiln_trace_now(t) != 0);
  kiln_trace_end(t, tr);  /* its begin came while off: unmatched, not written */
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);
  KT_CHECK(!kiln_trace_on(t));
  /* Off after a stop. */
  kiln_trace_span(t, tr, "late", NULL, 1, 2, &a);
  kiln_trace_instant(t, tr, "late", NULL, KILN_TRACE_SCOPE_THREAD, NULL, NULL);
  kiln_trace_counter(t, tr, "late", 5);
  const char *p2 = tpath("off2.json");
  KT_REQUIRE(kiln_trace_start(t, p2, msg) == KILN_OK);
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);

  for (int i = 0; i < 2; i++) {
    const char *p = i ? tpath("off2.json") : tpath("off1.json");
    char *j = slurp(p, NULL);
    KT_REQUIRE(j);
    KT_CHECK(n_ph(j, 'X') + n_ph(j, 'B') + n_ph(j, 'E') + n_ph(j, 'i') + n_ph(j, 'C') == 0);
    KT_CHECK(n_ph(j, 'M') == 5);  /* process name, 2 x (name, sort index) */
    KT_CHECK(other(j, "recorded_events") == 0);
    KT_CHECK(other(j, "dropped_events") == 0);
    KT_CHECK(other(j, "unmatched_ends") == (i ? 0 : 1));
    KT_CHECK(!strstr(j, "early") && !strstr(j, "late"));
    KT_CHECK(py_check(p, NULL));
    free(j);
  }
  kiln_trace_free(t);
}

struct worker {
  kiln_trace *t;
  int n, idx, track;
  int ok;
};

static void *worker_main(void *arg) {
  struct worker *w = arg;
  char name[32], msg[KILN_ERRMSG_MAX];
  snprintf(name, sizeof name, "worker %d", w->idx);
  w->track = kiln_trace_track_new(w->t, name, msg);  /* concurrently with others */
  if (w->track < 1) return NULL;
  for (int i = 0; i < w->n; i++) {
    char key[32];
    int kl = snprintf(key, sizeof key, "tex/%d/%d", w->idx, i);
    kiln_trace_args a = {.type = "texture", .key = key, .key_len = (size_t)kl,
                         .session = (uint64_t)(i / 100 + 1)};
    kiln_trace_begin(w->t, w->track, "job", "sched", &a);
    uint64_t s = kiln_trace_now(w->t);
    kiln_trace_span(w->t, w->track, "compute", "lua", s, kiln_trace_now(w->t), &a);
    kiln_trace_counter(w->t, w->track, "queue depth", w->n - i);
    if (i % 100 == 0)
      kiln_trace_instant(w->t, w->track, "session bump", "sched", KILN_TRACE_SCOPE_GLOBAL, &a,
                         NULL);
    kiln_trace_end(w->t, w->track);
  }
  w->ok = 1;
  return NULL;
}

KT_TEST(threads_spans_instants_counters) {
  enum { NW = 4, N = 2000 };
  kiln_trace *t = mk(0, 0);
  char msg[KILN_ERRMSG_MAX];
  const char *p = tpath("threads.json");
  KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
  int render = kiln_trace_track_new(t, "render", msg);
  KT_REQUIRE(render >= 1);
  struct worker w[NW];
  pthread_t th[NW];
  for (int i = 0; i < NW; i++) {
    w[i] = (struct worker){.t = t, .n = N, .idx = i + 1};
    KT_REQUIRE(pthread_create(&th[i], NULL, worker_main, &w[i]) == 0);
  }
  for (int f = 0; f < 200; f++) {  /* the render thread meanwhile */
    uint64_t s = kiln_trace_now(t);
    kiln_trace_span(t, render, "apply", "render", s, kiln_trace_now(t), NULL);
    kiln_trace_counter(t, render, "ring bytes", f * 4096);
  }
  kiln_trace_instant(t, KILN_TRACE_TRACK_GLOBAL, "failure", "kiln", KILN_TRACE_SCOPE_GLOBAL,
                     NULL, "compute failed: boom");
  for (int i = 0; i < NW; i++) pthread_join(th[i], NULL);
  for (int i = 0; i < NW; i++) KT_CHECK(w[i].ok);
  kiln_trace_stats st;
  kiln_trace_stats_get(t, &st);
  KT_CHECK(st.recording && st.dropped == 0);
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);
  kiln_trace_stats_get(t, &st);
  int total = NW * N * 4 + NW * (N / 100) + 200 * 2 + 1;
  KT_CHECK(!st.recording && st.events == (uint64_t)total && st.dropped == 0);

  char *j = slurp(p, NULL);
  KT_REQUIRE(j);
  KT_CHECK(n_ph(j, 'X') == NW * N + 200);
  KT_CHECK(n_ph(j, 'B') == NW * N);
  KT_CHECK(n_ph(j, 'E') == NW * N);
  KT_CHECK(n_ph(j, 'C') == NW * N + 200);
  KT_CHECK(n_ph(j, 'i') == NW * N / 100 + 1);
  KT_CHECK(other(j, "recorded_events") == total);
  KT_CHECK(other(j, "dropped_events") == 0);
  KT_CHECK(other(j, "tracks") == NW + 2);
  KT_CHECK(strstr(j, "\"displayTimeUnit\":\"ms\""));
  KT_CHECK(strstr(j, "\"name\":\"thread_name\",\"args\":{\"name\":\"render\"}"));
  for (int i = 1; i <= NW; i++) {
    char pat[96];
    snprintf(pat, sizeof pat, "\"name\":\"thread_name\",\"args\":{\"name\":\"worker %d\"}", i);
    KT_CHECK(strstr(j, pat));
  }
  KT_CHECK(strstr(j, "\"args\":{\"session\":20,\"type\":\"texture\",\"key\":\"tex/3/1999\"}"));
  KT_CHECK(strstr(j, "\"s\":\"g\",\"name\":\"failure\",\"cat\":\"kiln\","
                     "\"args\":{\"msg\":\"compute failed: boom\"}"));
  KT_CHECK(strstr(j, "\"name\":\"ring bytes\",\"args\":{\"value\":815104}"));
  KT_CHECK(py_check(p, NULL));
  free(j);
  kiln_trace_free(t);
}

static void hexify(const unsigned char *s, size_t n, char *out) {
  for (size_t i = 0; i < n; i++) sprintf(out + 2 * i, "%02x", s[i]);
  out[2 * n] = 0;
}

KT_TEST(hostile_strings_escaped) {
  static const unsigned char key[] =
      "q\"b\\s/\nn\r\t\b\f\x01\x1f\x7f" /* ASCII specials */
      "\0z\xff\xfe"                      /* NUL, bytes never in UTF-8 */
      "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80" /* valid: e-acute, euro, emoji */
      "\xc0\xaf"                         /* overlong '/' */
      "\xed\xa0\x80"                     /* UTF-16 surrogate */
      "\xf4\x90\x80\x80"                 /* above U+10FFFF */
      "\x80!"                            /* lone continuation */
      "\xe2\x82";                        /* truncated sequence at the end */
  size_t kl = sizeof key - 1;
  const char *want =
      "\"key\":\"q\\\"b\\\\s/\\nn\\r\\t\\b\\f\\u0001\\u001f\x7f"
      "\\u0000z\\u00ff\\u00fe"
      "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"
      "\\u00c0\\u00af"
      "\\u00ed\\u00a0\\u0080"
      "\\u00f4\\u0090\\u0080\\u0080"
      "\\u0080!"
      "\\u00e2\\u0082\"";

  kiln_trace *t = mk(0, 0);
  char msg[KILN_ERRMSG_MAX];
  int tr = kiln_trace_track_new(t, "io \"1\"\n\xff", msg);
  KT_REQUIRE(tr >= 1);
  const char *p = tpath("hostile.json");
  KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
  kiln_trace_args a = {.type = "ty\"pe\\", .key = key, .key_len = kl, .session = 7};
  kiln_trace_span(t, tr, "hostile", "c\"at", kiln_trace_now(t), kiln_trace_now(t), &a);
  kiln_trace_instant(t, tr, "fail\n", NULL, KILN_TRACE_SCOPE_THREAD, NULL,
                     "error: \"x\" \\ \x01 \xff");
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);

  char *j = slurp(p, NULL);
  KT_REQUIRE(j);
  KT_CHECK(strstr(j, want));
  KT_CHECK(strstr(j, "\"type\":\"ty\\\"pe\\\\\""));
  KT_CHECK(strstr(j, "\"cat\":\"c\\\"at\""));
  KT_CHECK(strstr(j, "\"name\":\"fail\\n\""));
  KT_CHECK(strstr(j, "\"msg\":\"error: \\\"x\\\" \\\\ \\u0001 \\u00ff\""));
  KT_CHECK(strstr(j, "\"args\":{\"name\":\"io \\\"1\\\"\\n\\u00ff\"}"));
  char hex[2 * sizeof key + 1];
  hexify(key, kl, hex);
  KT_CHECK(py_check(p, hex));
  free(j);
  kiln_trace_free(t);
}

KT_TEST(long_strings_truncated) {
  char big[3000];
  memset(big, 'k', sizeof big);
  big[sizeof big - 1] = 0;
  kiln_trace *t = mk(0, 0);
  char msg[KILN_ERRMSG_MAX];
  int tr = kiln_trace_track_new(t, big, msg);
  KT_REQUIRE(tr >= 1);
  const char *p = tpath("long.json");
  KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
  kiln_trace_args a = {.type = big, .key = big, .key_len = 1000, .session = 1};
  kiln_trace_span(t, tr, big, big, 0, 0, &a);
  kiln_trace_instant(t, tr, "m", NULL, KILN_TRACE_SCOPE_THREAD, NULL, big);
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);
  char *j = slurp(p, NULL);
  KT_REQUIRE(j);
  char pat[1200];
  int n = snprintf(pat, sizeof pat, "\"key\":\"%.*s...[truncated]\",\"key_bytes\":1000",
                   KILN_TRACE_KEY_MAX, big);
  KT_CHECK(n > 0 && strstr(j, pat));
  snprintf(pat, sizeof pat, "\"name\":\"%.*s...[truncated]\"", KILN_TRACE_NAME_MAX, big);
  KT_CHECK(count(j, pat) == 2);  /* the span and the track */
  snprintf(pat, sizeof pat, "\"cat\":\"%.*s...[truncated]\"", KILN_TRACE_CAT_MAX, big);
  KT_CHECK(strstr(j, pat));
  snprintf(pat, sizeof pat, "\"type\":\"%.*s...[truncated]\"", KILN_TRACE_TYPE_MAX, big);
  KT_CHECK(strstr(j, pat));
  snprintf(pat, sizeof pat, "\"msg\":\"%.*s...[truncated]\"", KILN_TRACE_MSG_MAX, big);
  KT_CHECK(strstr(j, pat));
  KT_CHECK(!strstr(j, "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
                      "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
                      "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
                      "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
                      "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
                      "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
                      "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
                      "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"));
  KT_CHECK(py_check(p, NULL));
  free(j);
  kiln_trace_free(t);
}

KT_TEST(event_limit_drops_and_counts) {
  kiln_trace *t = mk(100, 0);
  char msg[KILN_ERRMSG_MAX];
  int tr = kiln_trace_track_new(t, "w", msg);
  const char *p = tpath("limit.json");
  KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
  kiln_trace_begin(t, tr, "outer", NULL, NULL);       /* kept: 1 */
  for (int i = 0; i < 249; i++)                       /* kept: 99, dropped 150 */
    kiln_trace_instant(t, tr, "tick", NULL, KILN_TRACE_SCOPE_THREAD, NULL, NULL);
  kiln_trace_begin(t, tr, "late", NULL, NULL);        /* dropped */
  kiln_trace_end(t, tr);                              /* its end: omitted */
  kiln_trace_end(t, tr);                              /* closes "outer": kept */
  kiln_trace_stats st;
  kiln_trace_stats_get(t, &st);
  KT_CHECK(st.recording && st.events == 100 && st.dropped == 151);
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);
  kiln_trace_stats_get(t, &st);
  KT_CHECK(!st.recording && st.events == 101 && st.dropped == 151);
  char *j = slurp(p, NULL);
  KT_REQUIRE(j);
  KT_CHECK(n_ph(j, 'B') == 1 && n_ph(j, 'E') == 1);
  KT_CHECK(n_ph(j, 'i') == 99 + 1);
  KT_CHECK(strstr(j, "\"name\":\"trace events dropped\",\"cat\":\"kiln\","
                     "\"args\":{\"dropped_events\":151}"));
  KT_CHECK(other(j, "dropped_events") == 151);
  KT_CHECK(other(j, "recorded_events") == 101);
  KT_CHECK(other(j, "max_events") == 100);
  KT_CHECK(!strstr(j, "\"late\""));
  KT_CHECK(py_check(p, NULL));
  free(j);

  /* The next recording starts with fresh counts. */
  KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
  kiln_trace_counter(t, tr, "c", 1);
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);
  j = slurp(p, NULL);
  KT_REQUIRE(j);
  KT_CHECK(other(j, "dropped_events") == 0 && other(j, "recorded_events") == 1);
  KT_CHECK(!strstr(j, "trace events dropped"));
  free(j);
  kiln_trace_free(t);
}

KT_TEST(byte_limit_drops) {
  kiln_trace *t = mk(0, KILN_TRACE_CHUNK_BYTES);  /* one chunk in all */
  char msg[KILN_ERRMSG_MAX];
  int tr = kiln_trace_track_new(t, "w", msg);
  const char *p = tpath("bytes.json");
  char key[KILN_TRACE_KEY_MAX];
  memset(key, 'x', sizeof key);
  KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
  kiln_trace_args a = {.key = key, .key_len = sizeof key};
  for (int i = 0; i < 1000; i++) kiln_trace_span(t, tr, "s", NULL, 0, 0, &a);
  /* The other track has no chunk and gets none. */
  kiln_trace_counter(t, 0, "c", 1);
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);
  kiln_trace_stats st;
  kiln_trace_stats_get(t, &st);
  KT_CHECK(st.events > 100 && st.events < 300);
  KT_CHECK(st.events + st.dropped == 1001);
  char *j = slurp(p, NULL);
  KT_REQUIRE(j);
  KT_CHECK(n_ph(j, 'X') == (int)st.events && n_ph(j, 'C') == 0);
  KT_CHECK(other(j, "dropped_events") == (long long)st.dropped);
  KT_CHECK(py_check(p, NULL));
  free(j);
  kiln_trace_free(t);
}

KT_TEST(unclosed_begins_closed_at_stop) {
  kiln_trace *t = mk(0, 0);
  char msg[KILN_ERRMSG_MAX];
  int a = kiln_trace_track_new(t, "a", msg), b = kiln_trace_track_new(t, "b", msg);
  const char *p = tpath("unclosed.json");
  KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
  kiln_trace_begin(t, a, "l1", NULL, NULL);
  kiln_trace_begin(t, a, "l2", NULL, NULL);
  kiln_trace_begin(t, a, "l3", NULL, NULL);
  kiln_trace_end(t, a);
  kiln_trace_begin(t, b, "b1", NULL, NULL);
  kiln_trace_end(t, b);
  kiln_trace_end(t, b);  /* one too many */
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);
  char *j = slurp(p, NULL);
  KT_REQUIRE(j);
  KT_CHECK(n_ph(j, 'B') == 4 && n_ph(j, 'E') == 4);
  KT_CHECK(other(j, "unmatched_ends") == 1);
  KT_CHECK(other(j, "recorded_events") == 8);
  KT_CHECK(py_check(p, NULL));
  free(j);

  /* Spans still open from the last recording do not leak into the next. */
  KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
  kiln_trace_end(t, a);
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);
  j = slurp(p, NULL);
  KT_REQUIRE(j);
  KT_CHECK(n_ph(j, 'E') == 0 && other(j, "unmatched_ends") == 1);
  free(j);

  /* Deeper than 64 levels: the extra levels are dropped, all ends match. */
  KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
  for (int i = 0; i < 70; i++) kiln_trace_begin(t, a, "deep", NULL, NULL);
  for (int i = 0; i < 69; i++) kiln_trace_end(t, a);
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);
  j = slurp(p, NULL);
  KT_REQUIRE(j);
  KT_CHECK(n_ph(j, 'B') == 64 && n_ph(j, 'E') == 64);
  KT_CHECK(other(j, "dropped_events") == 6);
  KT_CHECK(py_check(p, NULL));
  free(j);
  kiln_trace_free(t);
}

KT_TEST(restart_and_state_errors) {
  kiln_trace *t = mk(0, 0);
  char msg[KILN_ERRMSG_MAX];
  const char *p1 = tpath("r1.json");
  char p1c[256];
  snprintf(p1c, sizeof p1c, "%s", p1);
  KT_CHECK(kiln_trace_stop(t, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "without a recording"));
  KT_REQUIRE(kiln_trace_start(t, p1c, msg) == KILN_OK);
  KT_CHECK(kiln_trace_start(t, tpath("r2.json"), msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "already recording") && strstr(msg, p1c));
  kiln_trace_instant(t, 0, "first", NULL, KILN_TRACE_SCOPE_GLOBAL, NULL, NULL);
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);
  KT_CHECK(kiln_trace_stop(t, msg) == KILN_INVAL);

  const char *p2 = tpath("r2.json");
  KT_REQUIRE(kiln_trace_start(t, p2, msg) == KILN_OK);
  kiln_trace_instant(t, 0, "second", NULL, KILN_TRACE_SCOPE_GLOBAL, NULL, NULL);
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);

  char *j1 = slurp(p1c, NULL), *j2 = slurp(tpath("r2.json"), NULL);
  KT_REQUIRE(j1 && j2);
  KT_CHECK(strstr(j1, "\"first\"") && !strstr(j1, "\"second\""));
  KT_CHECK(strstr(j2, "\"second\"") && !strstr(j2, "\"first\""));
  KT_CHECK(py_check(p1c, NULL) && py_check(tpath("r2.json"), NULL));
  free(j1);
  free(j2);
  kiln_trace_free(t);
}

KT_TEST(bad_paths) {
  kiln_trace *t = mk(0, 0);
  char msg[KILN_ERRMSG_MAX];
  KT_CHECK(kiln_trace_start(t, NULL, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "path"));
  KT_CHECK(kiln_trace_start(t, "", msg) == KILN_INVAL);
  const char *bad = "/nonexistent-kiln-dir/sub/trace.json";
  KT_CHECK(kiln_trace_start(t, bad, msg) == KILN_IO);
  KT_CHECK(strstr(msg, bad) && strstr(msg, strerror(ENOENT)));
  KT_CHECK(!kiln_trace_on(t));

  /* The directory disappears while recording: stop names the path. */
  char dir[256];
  snprintf(dir, sizeof dir, "%s", tpath("gone"));
  KT_REQUIRE(mkdir(dir, 0777) == 0);
  char p[300];
  snprintf(p, sizeof p, "%s/t.json", dir);
  KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
  KT_CHECK(n_files(dir) == 1);  /* the temporary file */
  kiln_trace_instant(t, 0, "x", NULL, KILN_TRACE_SCOPE_GLOBAL, NULL, NULL);
  rm_dir(dir);
  KT_CHECK(kiln_trace_stop(t, msg) == KILN_IO);
  KT_CHECK(strstr(msg, p) && strstr(msg, strerror(ENOENT)));
  KT_CHECK(access(p, F_OK) != 0);

  /* Usable afterwards. */
  const char *ok = tpath("after-bad.json");
  KT_REQUIRE(kiln_trace_start(t, ok, msg) == KILN_OK);
  KT_CHECK(kiln_trace_stop(t, msg) == KILN_OK);
  KT_CHECK(access(tpath("after-bad.json"), F_OK) == 0);
  kiln_trace_free(t);
}

/* Disk full, simulated with RLIMIT_FSIZE in a child process. */
KT_TEST(write_error_reported) {
  const char *p = tpath("full.json");
  char path[256];
  snprintf(path, sizeof path, "%s", p);
  fflush(NULL);
  pid_t pid = fork();
  KT_REQUIRE(pid >= 0);
  if (pid == 0) {
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit rl = {.rlim_cur = 8192, .rlim_max = RLIM_INFINITY};
    setrlimit(RLIMIT_FSIZE, &rl);
    kiln_trace *t = mk(0, 0);
    char msg[KILN_ERRMSG_MAX];
    if (kiln_trace_start(t, path, msg) != KILN_OK) _exit(10);
    for (int i = 0; i < 2000; i++)
      kiln_trace_instant(t, 0, "fill", NULL, KILN_TRACE_SCOPE_GLOBAL, NULL, "some text");
    int rc = kiln_trace_stop(t, msg);
    kiln_trace_free(t);
    if (rc != KILN_IO) _exit(11);
    if (!strstr(msg, path) || !strstr(msg, strerror(EFBIG))) {
      fprintf(stderr, "  unexpected message: %s\n", msg);
      _exit(12);
    }
    _exit(0);
  }
  int st = 0;
  KT_REQUIRE(waitpid(pid, &st, 0) == pid);
  KT_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
  KT_CHECK(access(path, F_OK) != 0);
  char tmp[300];
  snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)pid);
  KT_CHECK(access(tmp, F_OK) != 0);  /* removed after the failure */
}

KT_TEST(free_while_recording_discards) {
  kiln_trace *t = mk(0, 0);
  char msg[KILN_ERRMSG_MAX];
  char dir[256], p[300];
  snprintf(dir, sizeof dir, "%s", tpath("discard"));
  KT_REQUIRE(mkdir(dir, 0777) == 0);
  snprintf(p, sizeof p, "%s/t.json", dir);
  KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
  int tr = kiln_trace_track_new(t, "w", msg);
  kiln_trace_begin(t, tr, "open", NULL, NULL);
  for (int i = 0; i < 3000; i++) kiln_trace_counter(t, tr, "c", i);
  kiln_trace_free(t);
  KT_CHECK(n_files(dir) == 0);
  rmdir(dir);
}

KT_TEST(tracks) {
  kiln_trace *t = mk(0, 0);
  char msg[KILN_ERRMSG_MAX];
  KT_CHECK(kiln_trace_track_new(t, NULL, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "NULL"));
  const char *p = tpath("tracks.json");
  KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
  /* Unknown ids: dropped and counted. */
  kiln_trace_counter(t, 1, "c", 1);
  kiln_trace_counter(t, -1, "c", 1);
  kiln_trace_counter(t, KILN_TRACE_MAX_TRACKS, "c", 1);
  int last = 0;
  for (int i = 1; i < KILN_TRACE_MAX_TRACKS; i++) {
    char name[16];
    snprintf(name, sizeof name, "t%d", i);
    last = kiln_trace_track_new(t, name, msg);  /* while recording */
    if (last != i) break;
  }
  KT_CHECK(last == KILN_TRACE_MAX_TRACKS - 1);
  KT_CHECK(kiln_trace_track_new(t, "one more", msg) == KILN_TOOBIG);
  KT_CHECK(strstr(msg, "one more") && strstr(msg, "1024"));
  kiln_trace_counter(t, last, "on the last track", INT64_MIN);
  kiln_trace_counter(t, last, "max", INT64_MAX);
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);
  char *j = slurp(p, NULL);
  KT_REQUIRE(j);
  KT_CHECK(other(j, "invalid_track_events") == 3);
  KT_CHECK(other(j, "tracks") == KILN_TRACE_MAX_TRACKS);
  KT_CHECK(n_ph(j, 'C') == 2);
  KT_CHECK(strstr(j, "\"tid\":1023,\"ts\":"));
  KT_CHECK(strstr(j, "{\"value\":-9223372036854775808}"));
  KT_CHECK(strstr(j, "{\"value\":9223372036854775807}"));
  KT_CHECK(strstr(j, "{\"name\":\"t1023\"}"));
  KT_CHECK(py_check(p, NULL));
  free(j);
  kiln_trace_free(t);
}

KT_TEST(span_times) {
  kiln_trace *t = mk(0, 0);
  char msg[KILN_ERRMSG_MAX];
  uint64_t before = kiln_trace_clock_ns();
  const char *p = tpath("times.json");
  KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
  uint64_t now = kiln_trace_now(t);
  KT_CHECK(now >= before);
  kiln_trace_span(t, 0, "clipped", NULL, 0, now + 5000000, NULL);      /* starts at 0 */
  kiln_trace_span(t, 0, "backwards", NULL, now + 10, now, NULL);       /* dur 0 */
  kiln_trace_span(t, 0, "exact", NULL, now + 1234567, now + 1234567 + 2500, NULL);
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);
  char *j = slurp(p, NULL);
  KT_REQUIRE(j);
  KT_CHECK(strstr(j, "\"ts\":0.000,\"dur\":"));
  KT_CHECK(strstr(j, ",\"dur\":0.000,\"name\":\"backwards\""));
  KT_CHECK(strstr(j, ",\"dur\":2.500,\"name\":\"exact\""));
  /* exact's ts is (now - t0) + 1234.567 us; t0 <= now so it is >= 1234.567 */
  const char *e = strstr(j, ",\"dur\":2.500,\"name\":\"exact\"");
  const char *ts = e;
  while (ts > j && strncmp(ts, "\"ts\":", 5)) ts--;
  KT_CHECK(strtod(ts + 5, NULL) >= 1234.567);
  KT_CHECK(py_check(p, NULL));
  free(j);
  kiln_trace_free(t);
}

/* A failed chunk allocation drops events; when the end of a stored begin
 * cannot be stored, the track freezes and stop closes the begin. */
KT_TEST(allocation_failures) {
  kiln_trace *t = mk(0, 0);
  char msg[KILN_ERRMSG_MAX];
  int a = kiln_trace_track_new(t, "a", msg), b = kiln_trace_track_new(t, "b", msg);
  const char *p = tpath("alloc.json");
  KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
  kiln__trace_fail_allocs(t, 0);
  kiln_trace_counter(t, b, "c", 1);                /* dropped */
  kiln__trace_fail_allocs(t, 1);
  kiln_trace_begin(t, a, NULL, NULL, NULL);        /* gets the one chunk */
  kiln_trace_stats st;
  uint64_t fill = 0;
  for (;;) {  /* same record size as an end: the chunk fills up exactly */
    kiln_trace_instant(t, a, NULL, NULL, KILN_TRACE_SCOPE_THREAD, NULL, NULL);
    kiln_trace_stats_get(t, &st);
    if (st.dropped == 2) break;
    KT_REQUIRE(++fill < 10000);
  }
  kiln_trace_end(t, a);                            /* cannot be stored: freeze */
  kiln_trace_begin(t, a, "after", NULL, NULL);     /* frozen: dropped */
  kiln_trace_end(t, a);
  kiln__trace_fail_allocs(t, -1);
  kiln_trace_counter(t, b, "ok", 2);               /* other tracks go on */
  kiln_trace_instant(t, a, "frozen", NULL, KILN_TRACE_SCOPE_THREAD, NULL, NULL);
  KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);
  char *j = slurp(p, NULL);
  KT_REQUIRE(j);
  KT_CHECK(n_ph(j, 'B') == 1 && n_ph(j, 'E') == 1);  /* the end comes from stop */
  KT_CHECK(n_ph(j, 'i') == (int)fill + 1);           /* + the drop instant */
  KT_CHECK(n_ph(j, 'C') == 1 && strstr(j, "\"ok\""));
  KT_CHECK(!strstr(j, "\"after\"") && !strstr(j, "\"frozen\""));
  KT_CHECK(other(j, "dropped_events") == 4);
  KT_CHECK(strstr(j, "\"name\":\"?\",\"cat\":\"kiln\"}"));
  KT_CHECK(py_check(p, NULL));
  free(j);
  kiln_trace_free(t);
}

/* Start and stop while threads keep emitting: every file is whole. */
struct spinner {
  kiln_trace *t;
  int idx;
  atomic_int *quit;
  pthread_mutex_t *mu;
  pthread_cond_t *cv;
  long *progress;
};

static void *spinner_main(void *arg) {
  struct spinner *s = arg;
  char name[16];
  snprintf(name, sizeof name, "spin %d", s->idx);
  int tr = kiln_trace_track_new(s->t, name, NULL);
  if (tr < 1) return NULL;
  for (long i = 0; !atomic_load(s->quit); i++) {
    kiln_trace_begin(s->t, tr, "outer", "spin", NULL);
    uint64_t st = kiln_trace_now(s->t);
    kiln_trace_begin(s->t, tr, "inner", "spin", NULL);
    kiln_trace_counter(s->t, tr, "i", i);
    kiln_trace_end(s->t, tr);
    kiln_trace_span(s->t, tr, "x", "spin", st, kiln_trace_now(s->t), NULL);
    kiln_trace_end(s->t, tr);
    if (i % 64 == 0) {
      pthread_mutex_lock(s->mu);
      *s->progress += 64;
      pthread_cond_broadcast(s->cv);
      pthread_mutex_unlock(s->mu);
    }
  }
  return NULL;
}

KT_TEST(start_stop_while_emitting) {
  enum { NS = 3, ROUNDS = 6 };
  kiln_trace *t = mk(20000, 0);  /* some rounds hit the limit mid-span */
  char msg[KILN_ERRMSG_MAX];
  atomic_int quit = 0;
  pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
  long progress = 0;
  struct spinner s[NS];
  pthread_t th[NS];
  for (int i = 0; i < NS; i++) {
    s[i] = (struct spinner){t, i + 1, &quit, &mu, &cv, &progress};
    KT_REQUIRE(pthread_create(&th[i], NULL, spinner_main, &s[i]) == 0);
  }
  int with_events = 0, with_drops = 0;
  for (int r = 0; r < ROUNDS; r++) {
    char name[32];
    snprintf(name, sizeof name, "spin%d.json", r);
    char p[256];
    snprintf(p, sizeof p, "%s", tpath(name));
    KT_REQUIRE(kiln_trace_start(t, p, msg) == KILN_OK);
    pthread_mutex_lock(&mu);  /* let the spinners emit a while, rounds vary */
    long until = progress + 2000 * (r + 1);
    while (progress < until) pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    KT_REQUIRE(kiln_trace_stop(t, msg) == KILN_OK);
    char *j = slurp(p, NULL);
    KT_REQUIRE(j);
    if (n_ph(j, 'B') > 0) with_events++;
    if (other(j, "dropped_events") > 0) with_drops++;
    KT_CHECK(n_ph(j, 'B') == n_ph(j, 'E'));
    KT_CHECK(py_check(p, NULL));
    free(j);
  }
  atomic_store(&quit, 1);
  for (int i = 0; i < NS; i++) pthread_join(th[i], NULL);
  KT_CHECK(with_events == ROUNDS);
  KT_CHECK(with_drops > 0);
  kiln_trace_free(t);
}

KT_MAIN("trace",
        KT_CASE(new_free_and_cfg),
        KT_CASE(off_mode_emits_nothing),
        KT_CASE(threads_spans_instants_counters),
        KT_CASE(hostile_strings_escaped),
        KT_CASE(long_strings_truncated),
        KT_CASE(event_limit_drops_and_counts),
        KT_CASE(byte_limit_drops),
        KT_CASE(unclosed_begins_closed_at_stop),
        KT_CASE(restart_and_state_errors),
        KT_CASE(bad_paths),
        KT_CASE(write_error_reported),
        KT_CASE(free_while_recording_discards),
        KT_CASE(tracks),
        KT_CASE(span_times),
        KT_CASE(allocation_failures),
        KT_CASE(start_stop_while_emitting))
