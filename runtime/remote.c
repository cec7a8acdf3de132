/* kiln remote: the shared HTTP cache tier (see remote.h).
 *
 * State: one mutex (r->mu) guards the handle pool, the breaker, the
 * latency ring, the upload queue and the counters; it is held for a few
 * instructions, never across a request. Gets and heads take an easy
 * handle from the pool (so each keeps its connection alive between
 * requests) and give it back; the upload thread owns one handle. */
#include "remote.h"

#include "disk_format.h"
#include "file.h"
#include "kiln_err.h"
#include "stats.h"

#include <assert.h>
#include <curl/curl.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xxhash.h>

#define LAT_N 1024
#define EXISTS_PARALLEL 16

typedef struct upload_job {
  struct upload_job *next;
  uint64_t seq;
  char *url, *path; /* one allocation with the job */
} upload_job;

struct kiln_remote {
  char url[KILN_REMOTE_URL_MAX]; /* without a trailing slash */
  char shown[KILN_REMOTE_URL_MAX]; /* url for messages: a password in it reads "***" */
  char ns[KILN_REMOTE_NS_MAX + 1];
  int mode;
  long timeout_ms, connect_timeout_ms;
  unsigned upload_max;
  unsigned br_failures, br_ms, br_max_ms;
  size_t max_object;
  pthread_t creator;
  int guard_creator;

  pthread_mutex_t mu;
  CURL **pool; /* idle easy handles */
  size_t npool, cpool;

  /* breaker */
  int state;
  unsigned fails;
  unsigned backoff_ms;
  uint64_t open_until_ns;

  double lat[LAT_N];
  uint64_t nlat;

  /* uploads */
  pthread_t thread;
  int started;
  pthread_cond_t cv, idle_cv;
  upload_job *head, *tail;
  unsigned queued;
  uint64_t seq_in, seq_done;
  int closing;
  _Atomic int stopping; /* free: cut the upload in flight */

  kiln_remote_stats st;
};

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static CURLcode curl_init_rc;
static void curl_init(void) { curl_init_rc = curl_global_init(CURL_GLOBAL_DEFAULT); }

const char *kiln_remote_state_name(int state) {
  return state == KILN_REMOTE_OPEN ? "open" : state == KILN_REMOTE_HALF_OPEN ? "half_open" : "closed";
}

/* ---------------------------------------------------------------- config */

static int ns_ok(const char *s) {
  size_t n = strlen(s);
  if (n < 1 || n > KILN_REMOTE_NS_MAX || !strcmp(s, ".") || !strcmp(s, "..")) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
          c == '_' || c == '-'))
      return 0;
  }
  return 1;
}

static int url_ok(const char *u) {
  if (strncmp(u, "http://", 7) && strncmp(u, "https://", 8)) return 0;
  const char *host = u + (u[4] == 's' ? 8 : 7);
  const char *at = strchr(host, '@'), *slash = strchr(host, '/');
  if (at && (!slash || at < slash)) host = at + 1; /* user:pass@host */
  if (!*host || *host == '/' || *host == ':' || *host == '@') return 0;
  for (const char *p = u; *p; p++)
    if ((unsigned char)*p <= ' ' || *p == '?' || *p == '#' || (unsigned char)*p >= 0x7f) return 0;
  return 1;
}

static void *upload_main(void *arg);

/* "http://user:secret@host/p" -> "http://user:***@host/p": errors and
 * logs never carry a password. */
static void redact(const char *url, char *out, size_t cap) {
  const char *host = strstr(url, "://");
  host = host ? host + 3 : url;
  const char *at = strchr(host, '@'), *slash = strchr(host, '/');
  const char *colon = at ? memchr(host, ':', (size_t)(at - host)) : NULL;
  if (!at || (slash && slash < at) || !colon) {
    snprintf(out, cap, "%s", url);
    return;
  }
  snprintf(out, cap, "%.*s:***%s", (int)(colon - url), url, at);
}

/* An object URL for a message: the base shown redacted. */
static const char *shown(const kiln_remote *r, const char *url, char *buf, size_t cap) {
  size_t n = strlen(r->url);
  if (strncmp(url, r->url, n)) return url;
  snprintf(buf, cap, "%s%s", r->shown, url + n);
  return buf;
}

int kiln_remote_new(const kiln_remote_config *cfg, kiln_remote **out, char *msg) {
  *out = NULL;
  if (!cfg || !cfg->url) return kiln_errf(msg, KILN_INVAL, "remote: field 'url' is required");
  if (strlen(cfg->url) >= KILN_REMOTE_URL_MAX - 128)
    return kiln_errf(msg, KILN_INVAL, "remote: field 'url' is longer than %d bytes", KILN_REMOTE_URL_MAX - 128);
  if (!url_ok(cfg->url))
    return kiln_errf(msg, KILN_INVAL,
                     "remote: field 'url' must be http://host[:port][/prefix] or https://..., "
                     "without spaces, query or fragment; got '%.200s'", cfg->url);
  const char *ns = cfg->ns ? cfg->ns : "default";
  if (!ns_ok(ns))
    return kiln_errf(msg, KILN_INVAL,
                     "remote: field 'namespace' must be 1..%d of A-Z a-z 0-9 . _ - (not . or ..); got '%.80s'",
                     KILN_REMOTE_NS_MAX, ns);
  if (cfg->mode && cfg->mode != KILN_REMOTE_READ && cfg->mode != KILN_REMOTE_READWRITE)
    return kiln_errf(msg, KILN_INVAL, "remote: field 'mode' must be read or readwrite");
  pthread_once(&curl_once, curl_init);
  if (curl_init_rc != CURLE_OK)
    return kiln_errf(msg, KILN_IO, "remote: libcurl did not initialise: %s", curl_easy_strerror(curl_init_rc));

  kiln_remote *r = calloc(1, sizeof *r);
  if (!r) return kiln_errf(msg, KILN_NOMEM, "remote: out of memory");
  snprintf(r->url, sizeof r->url, "%s", cfg->url);
  for (size_t n = strlen(r->url); n > 0 && r->url[n - 1] == '/'; n--) r->url[n - 1] = '\0';
  redact(r->url, r->shown, sizeof r->shown);
  snprintf(r->ns, sizeof r->ns, "%s", ns);
  r->mode = cfg->mode ? cfg->mode : KILN_REMOTE_READWRITE;
  r->timeout_ms = cfg->timeout_ms ? (long)cfg->timeout_ms : 5000;
  r->connect_timeout_ms = cfg->connect_timeout_ms ? (long)cfg->connect_timeout_ms : 1000;
  if (r->connect_timeout_ms > r->timeout_ms) r->connect_timeout_ms = r->timeout_ms;
  r->upload_max = cfg->upload_queue ? cfg->upload_queue : 256;
  r->br_failures = cfg->breaker_failures ? cfg->breaker_failures : 3;
  r->br_ms = cfg->breaker_ms ? cfg->breaker_ms : 1000;
  r->br_max_ms = cfg->breaker_max_ms ? cfg->breaker_max_ms : 30000;
  if (r->br_max_ms < r->br_ms) r->br_max_ms = r->br_ms;
  r->backoff_ms = r->br_ms;
  r->max_object = cfg->max_object ? cfg->max_object : ((size_t)256 << 20) + ((size_t)128 << 10);
  r->creator = pthread_self();
  r->guard_creator = cfg->guard_creator;
  pthread_mutex_init(&r->mu, NULL);
  pthread_cond_init(&r->cv, NULL);
  pthread_cond_init(&r->idle_cv, NULL);
  if (r->mode == KILN_REMOTE_READWRITE) {
    if (pthread_create(&r->thread, NULL, upload_main, r) != 0) {
      pthread_cond_destroy(&r->idle_cv);
      pthread_cond_destroy(&r->cv);
      pthread_mutex_destroy(&r->mu);
      free(r);
      return kiln_errf(msg, KILN_THREAD, "remote: cannot start the upload thread");
    }
    r->started = 1;
  }
  *out = r;
  return KILN_OK;
}

void kiln_remote_free(kiln_remote *r, kiln_remote_stats *final) {
  if (!r) return;
  pthread_mutex_lock(&r->mu);
  r->closing = 1;
  pthread_cond_broadcast(&r->cv);
  pthread_mutex_unlock(&r->mu);
  atomic_store(&r->stopping, 1);
  if (r->started) pthread_join(r->thread, NULL);
  for (upload_job *j = r->head, *n; j; j = n) { /* never sent: counted */
    n = j->next;
    r->st.upload_skipped++;
    free(j);
  }
  r->head = r->tail = NULL;
  r->queued = 0;
  if (final) kiln_remote_stats_get(r, final);
  for (size_t i = 0; i < r->npool; i++) curl_easy_cleanup(r->pool[i]);
  free(r->pool);
  pthread_cond_destroy(&r->idle_cv);
  pthread_cond_destroy(&r->cv);
  pthread_mutex_destroy(&r->mu);
  free(r);
}

/* ------------------------------------------------------------------ names */

static kiln__disk_h128 remote_hash(const kiln_disk_id *id) {
  /* The fixed fields, then type and key, each length-prefixed, hashed as
   * one canonical byte string (a domain tag first: these names never equal
   * local cache names). The key may be 64 KiB: hashed in place, chained
   * through the seed instead of copied. */
  uint8_t b[12 + 5 * 8 + KILN_DISK_TYPE_MAX];
  memcpy(b, "kiln-remote", 12);
  kiln__disk_put64(b + 12, KILN_DISK_FORMAT_VERSION);
  kiln__disk_put64(b + 20, id->version);
  kiln__disk_put64(b + 28, id->script_hash);
  kiln__disk_put64(b + 36, id->key_len);
  kiln__disk_put64(b + 44, id->type_len);
  memcpy(b + 52, id->type, id->type_len);
  XXH64_hash_t seed = XXH3_64bits(b, 52 + id->type_len);
  XXH128_hash_t h = XXH3_128bits_withSeed(id->key_len ? id->key : "", id->key_len, seed);
  return (kiln__disk_h128){ h.low64, h.high64 };
}

int kiln_remote_url(const kiln_remote *r, const kiln_disk_id *id, char *buf, size_t cap) {
  kiln__disk_h128 h = remote_hash(id);
  int n = snprintf(buf, cap, "%s/%s/k%d/%02x/%014llx%016llx.kiln", r->url, r->ns,
                   KILN_DISK_FORMAT_VERSION, (unsigned)(h.hi >> 56),
                   (unsigned long long)(h.hi & 0x00ffffffffffffffull), (unsigned long long)h.lo);
  return n > 0 && (size_t)n < cap ? KILN_OK : KILN_TOOBIG;
}

static int id_ok(const kiln_disk_id *id) {
  return id && id->type && id->type_len >= 1 && id->type_len <= KILN_DISK_TYPE_MAX &&
         (id->key || !id->key_len) && id->key_len <= KILN_DISK_KEY_MAX;
}

/* ---------------------------------------------------------------- breaker */

/* 1 when a request may go out now (in half_open: this caller is the probe). */
static int breaker_allow(kiln_remote *r) {
  int ok;
  pthread_mutex_lock(&r->mu);
  if (r->state == KILN_REMOTE_CLOSED) ok = 1;
  else if (r->state == KILN_REMOTE_OPEN && kiln_now_ns() >= r->open_until_ns) {
    r->state = KILN_REMOTE_HALF_OPEN;
    ok = 1;
  } else ok = 0;
  pthread_mutex_unlock(&r->mu);
  return ok;
}

static void breaker_report(kiln_remote *r, int success) {
  pthread_mutex_lock(&r->mu);
  if (success) {
    r->state = KILN_REMOTE_CLOSED;
    r->fails = 0;
    r->backoff_ms = r->br_ms;
  } else {
    r->st.errors++;
    r->fails++;
    if (r->state == KILN_REMOTE_HALF_OPEN || (r->state == KILN_REMOTE_CLOSED && r->fails >= r->br_failures)) {
      if (r->state == KILN_REMOTE_HALF_OPEN) {
        r->backoff_ms = r->backoff_ms * 2 > r->br_max_ms ? r->br_max_ms : r->backoff_ms * 2;
      }
      r->state = KILN_REMOTE_OPEN;
      r->open_until_ns = kiln_now_ns() + (uint64_t)r->backoff_ms * 1000000u;
      r->st.breaker_opens++;
    }
  }
  pthread_mutex_unlock(&r->mu);
}

/* A request allowed by breaker_allow that never went out (no memory):
 * a half-open probe is handed back, so the next caller probes instead of
 * the breaker staying half open for good. */
static void breaker_unused(kiln_remote *r) {
  pthread_mutex_lock(&r->mu);
  if (r->state == KILN_REMOTE_HALF_OPEN) r->state = KILN_REMOTE_OPEN; /* open_until has passed */
  pthread_mutex_unlock(&r->mu);
}

/* ---------------------------------------------------------------- handles */

static CURL *handle_take(kiln_remote *r) {
  CURL *h = NULL;
  pthread_mutex_lock(&r->mu);
  if (r->npool) h = r->pool[--r->npool];
  pthread_mutex_unlock(&r->mu);
  if (!h) h = curl_easy_init();
  return h;
}

static void handle_give(kiln_remote *r, CURL *h) {
  if (!h) return;
  curl_easy_reset(h); /* keeps the connection cache */
  pthread_mutex_lock(&r->mu);
  if (r->npool == r->cpool) {
    size_t nc = r->cpool ? r->cpool * 2 : 8;
    CURL **np = realloc(r->pool, nc * sizeof *np);
    if (np) {
      r->pool = np;
      r->cpool = nc;
    }
  }
  if (r->npool < r->cpool) {
    r->pool[r->npool++] = h;
    h = NULL;
  }
  pthread_mutex_unlock(&r->mu);
  if (h) curl_easy_cleanup(h);
}

static void setup(kiln_remote *r, CURL *h, const char *url, char *errbuf) {
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L); /* threads: no SIGALRM for DNS timeouts */
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, r->timeout_ms);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, r->connect_timeout_ms);
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
#endif
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(h, CURLOPT_USERAGENT, "kiln");
  curl_easy_setopt(h, CURLOPT_BUFFERSIZE, 256L * 1024); /* as the curl tool does: fewer reads */
  errbuf[0] = '\0';
}

static const char *curl_why(CURLcode c, const char *errbuf) {
  return errbuf && errbuf[0] ? errbuf : curl_easy_strerror(c);
}

/* get is only ever called by workers: on the render thread it is a bug,
 * and test builds abort; exists is an API a host may misuse, and gets an
 * error. */
static int creator_refused(kiln_remote *r, const char *fn, int bug, char *msg) {
  if (!r->guard_creator || !pthread_equal(pthread_self(), r->creator)) return 0;
#ifdef KILN_GL_CHECKS
  assert(!bug && "kiln remote: network call on the render thread");
#else
  (void)bug;
#endif
  kiln_errf(msg, KILN_THREAD, "remote: %s on the render thread (it blocks on the network)", fn);
  return 1;
}

/* -------------------------------------------------------------------- get */

typedef struct sink {
  uint8_t *p;
  size_t n, cap, max;
  int toobig;
  CURL *h;
} sink;

static size_t sink_write(char *data, size_t size, size_t nmemb, void *ud) {
  sink *s = ud;
  size_t n = size * nmemb;
  if (s->n + n > s->max) {
    s->toobig = 1;
    return 0; /* aborts the transfer */
  }
  if (!s->p) {
    /* One allocation of the announced size: growing by doubling copied a
     * 1 MiB object about twice over and faulted in every new block. */
    curl_off_t cl = -1;
    curl_easy_getinfo(s->h, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &cl);
    if (cl > (curl_off_t)s->max) {
      s->toobig = 1;
      return 0;
    }
    if (cl > 0 && (size_t)cl >= n) {
      s->p = malloc((size_t)cl);
      if (!s->p) return 0;
      s->cap = (size_t)cl;
    }
  }
  if (s->n + n > s->cap) {
    size_t nc = s->cap ? s->cap : 64 * 1024;
    while (nc < s->n + n) nc *= 2;
    if (nc > s->max) nc = s->max;
    uint8_t *np = realloc(s->p, nc);
    if (!np) return 0;
    s->p = np;
    s->cap = nc;
  }
  memcpy(s->p + s->n, data, n);
  s->n += n;
  return n;
}

static void note_latency(kiln_remote *r, uint64_t t0) {
  double ms = (double)(kiln_now_ns() - t0) / 1e6;
  pthread_mutex_lock(&r->mu);
  r->lat[r->nlat++ % LAT_N] = ms;
  pthread_mutex_unlock(&r->mu);
}

static void count(kiln_remote *r, uint64_t *field) {
  pthread_mutex_lock(&r->mu);
  (*field)++;
  pthread_mutex_unlock(&r->mu);
}

void kiln_remote_note_bad(kiln_remote *r) {
  pthread_mutex_lock(&r->mu);
  r->st.bad++;
  if (r->st.hits) r->st.hits--; /* it was counted as a hit by get */
  pthread_mutex_unlock(&r->mu);
}

int kiln_remote_get(kiln_remote *r, const kiln_disk_id *id, uint8_t **file, size_t *file_len,
                    kiln_disk_view *view, char *msg) {
  *file = NULL;
  *file_len = 0;
  if (creator_refused(r, "get", 1, msg)) return KILN_THREAD;
  if (!id_ok(id)) return kiln_errf(msg, KILN_INVAL, "remote: get: bad artifact id");
  char url[KILN_REMOTE_URL_MAX + 256];
  if (kiln_remote_url(r, id, url, sizeof url) != KILN_OK)
    return kiln_errf(msg, KILN_TOOBIG, "remote: URL too long");
  if (!breaker_allow(r)) {
    count(r, &r->st.misses);
    return kiln_errf(msg, KILN_AGAIN, "remote %s: not asked, the breaker is open", r->shown);
  }
  CURL *h = handle_take(r);
  if (!h) {
    breaker_unused(r);
    return kiln_errf(msg, KILN_NOMEM, "remote: out of memory");
  }
  char errbuf[CURL_ERROR_SIZE];
  sink s = { .max = r->max_object, .h = h };
  setup(r, h, url, errbuf);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, sink_write);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &s);
  uint64_t t0 = kiln_now_ns();
  CURLcode c = curl_easy_perform(h);
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  handle_give(r, h);
  char sbuf[KILN_REMOTE_URL_MAX + 256];
  const char *su = shown(r, url, sbuf, sizeof sbuf);
  int rc;
  if (s.toobig) {
    note_latency(r, t0);
    breaker_report(r, 1);
    count(r, &r->st.bad);
    rc = kiln_errf(msg, KILN_TOOBIG, "remote %s: object larger than %zu bytes", su, r->max_object);
  } else if (c != CURLE_OK) {
    breaker_report(r, 0);
    rc = kiln_errf(msg, c == CURLE_OPERATION_TIMEDOUT ? KILN_TIMEDOUT : KILN_IO, "remote %s: %s", su,
                   curl_why(c, errbuf));
  } else if (status == 404) {
    note_latency(r, t0);
    breaker_report(r, 1);
    count(r, &r->st.misses);
    rc = kiln_errf(msg, KILN_NOTFOUND, "remote %s: not there (404)", su);
  } else if (status != 200) {
    note_latency(r, t0);
    breaker_report(r, 0);
    rc = kiln_errf(msg, KILN_IO, "remote %s: HTTP status %ld", su, status);
  } else {
    note_latency(r, t0);
    breaker_report(r, 1);
    char why[KILN_ERRMSG_MAX];
    rc = kiln_disk_parse(s.p ? s.p : (const uint8_t *)"", s.n, r->max_object, view, why);
    if (rc != KILN_OK) {
      rc = kiln_errf(msg, rc, "remote %s: bad object: %s", su, why);
    } else if ((rc = kiln_disk_view_match(view, id)) == KILN_DISK_MISS_COLLISION) {
      rc = kiln_errf(msg, KILN_CORRUPT, "remote %s: bad object: it holds another type or key", su);
    } else if (rc == KILN_DISK_MISS_STALE) {
      rc = kiln_errf(msg, KILN_STALE, "remote %s: bad object: another version or script", su);
    }
    if (rc == KILN_OK) {
      count(r, &r->st.hits);
      *file = s.p;
      *file_len = s.n;
      return KILN_OK;
    }
    count(r, &r->st.bad);
  }
  free(s.p);
  return rc;
}

/* ----------------------------------------------------------------- upload */

int kiln_remote_upload(kiln_remote *r, const kiln_disk_id *id, const char *path, char *msg) {
  if (r->mode != KILN_REMOTE_READWRITE) return kiln_errf(msg, KILN_INVAL, "remote: upload in read mode");
  if (!id_ok(id) || !path) return kiln_errf(msg, KILN_INVAL, "remote: upload: bad artifact id or path");
  char url[KILN_REMOTE_URL_MAX + 256];
  if (kiln_remote_url(r, id, url, sizeof url) != KILN_OK) return kiln_errf(msg, KILN_TOOBIG, "remote: URL too long");
  size_t ul = strlen(url) + 1, pl = strlen(path) + 1;
  pthread_mutex_lock(&r->mu);
  int state = r->state, full = r->queued >= r->upload_max, closing = r->closing;
  if (closing || full || (state == KILN_REMOTE_OPEN && kiln_now_ns() < r->open_until_ns)) {
    if (!closing) r->st.upload_skipped++;
    pthread_mutex_unlock(&r->mu);
    if (closing) return kiln_errf(msg, KILN_CLOSED, "remote: closed");
    return kiln_errf(msg, KILN_AGAIN, "remote %s: upload skipped (%s)", r->shown,
                     full ? "queue full" : "the breaker is open");
  }
  pthread_mutex_unlock(&r->mu);
  upload_job *j = malloc(sizeof *j + ul + pl);
  if (!j) return kiln_errf(msg, KILN_NOMEM, "remote: out of memory");
  j->next = NULL;
  j->url = (char *)(j + 1);
  j->path = j->url + ul;
  memcpy(j->url, url, ul);
  memcpy(j->path, path, pl);
  pthread_mutex_lock(&r->mu);
  if (r->closing) {
    pthread_mutex_unlock(&r->mu);
    free(j);
    return kiln_errf(msg, KILN_CLOSED, "remote: closed");
  }
  if (r->queued >= r->upload_max) { /* filled while the job was built */
    r->st.upload_skipped++;
    pthread_mutex_unlock(&r->mu);
    free(j);
    return kiln_errf(msg, KILN_AGAIN, "remote %s: upload skipped (queue full)", r->shown);
  }
  j->seq = ++r->seq_in;
  if (r->tail) r->tail->next = j;
  else r->head = j;
  r->tail = j;
  r->queued++;
  pthread_cond_signal(&r->cv);
  pthread_mutex_unlock(&r->mu);
  return KILN_OK;
}

typedef struct source {
  const uint8_t *p;
  size_t n, off;
} source;

static size_t source_read(char *dst, size_t size, size_t nmemb, void *ud) {
  source *s = ud;
  size_t n = size * nmemb;
  if (n > s->n - s->off) n = s->n - s->off;
  memcpy(dst, s->p + s->off, n);
  s->off += n;
  return n;
}

/* Progress callback of uploads: kiln_remote_free cuts the one in flight
 * (libcurl calls this at least once a second, also while stalled). */
static int upload_progress(void *ud, curl_off_t dt, curl_off_t dn, curl_off_t ut, curl_off_t un) {
  (void)dt;
  (void)dn;
  (void)ut;
  (void)un;
  return atomic_load_explicit((_Atomic int *)ud, memory_order_relaxed);
}

static size_t discard(char *d, size_t size, size_t nmemb, void *ud) {
  (void)d;
  (void)ud;
  return size * nmemb;
}

/* 1 if the parsed file's own identity names url: the local file is named
 * by type and key only, so by the time the upload runs it may hold another
 * version of the artifact (a reloaded script recomputed it), which must
 * not be stored under the old version's name. */
static int file_is_for(const kiln_remote *r, const kiln_disk_view *v, const char *url) {
  if (v->format != KILN_DISK_FORMAT_VERSION) return 0;
  kiln_disk_id id = { v->type, v->type_len, v->key, v->key_len, v->version, v->script_hash };
  char mine[KILN_REMOTE_URL_MAX + 256];
  return id_ok(&id) && kiln_remote_url(r, &id, mine, sizeof mine) == KILN_OK && !strcmp(mine, url);
}

/* Sends one upload. Only a file kiln_disk_parse accepts, holding the
 * identity the upload was queued for, leaves the machine. */
static void send_one(kiln_remote *r, CURL *h, const upload_job *j) {
  size_t n = 0;
  char *f = NULL, why[KILN_ERRMSG_MAX];
  /* Gone (evicted), replaced by a link, or unreadable: skipped. */
  kiln_file_read(j->path, r->max_object, KILN_FILE_NOFOLLOW, NULL, &f, &n, why);
  uint8_t *p = (uint8_t *)f;
  kiln_disk_view v;
  if (!p || kiln_disk_parse(p, n, r->max_object, &v, why) != KILN_OK || !file_is_for(r, &v, j->url) ||
      !breaker_allow(r)) {
    free(p);
    count(r, &r->st.upload_skipped);
    return;
  }
  char errbuf[CURL_ERROR_SIZE];
  source src = { p, n, 0 };
  setup(r, h, j->url, errbuf);
  curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(h, CURLOPT_READFUNCTION, source_read);
  curl_easy_setopt(h, CURLOPT_READDATA, &src);
  curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, (curl_off_t)n);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard);
  curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, upload_progress);
  curl_easy_setopt(h, CURLOPT_XFERINFODATA, (void *)&r->stopping);
  CURLcode c = curl_easy_perform(h);
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_reset(h);
  free(p);
  int ok = c == CURLE_OK && status >= 200 && status < 300;
  breaker_report(r, ok);
  pthread_mutex_lock(&r->mu);
  if (ok) {
    r->st.uploads++;
    r->st.upload_bytes += n;
  } else {
    r->st.upload_failed++;
  }
  pthread_mutex_unlock(&r->mu);
}

static void *upload_main(void *arg) {
  kiln_remote *r = arg;
  CURL *h = curl_easy_init();
  pthread_mutex_lock(&r->mu);
  for (;;) {
    while (!r->head && !r->closing) pthread_cond_wait(&r->cv, &r->mu);
    if (r->closing) break;
    upload_job *j = r->head;
    r->head = j->next;
    if (!r->head) r->tail = NULL;
    pthread_mutex_unlock(&r->mu);
    if (h) send_one(r, h, j);
    else count(r, &r->st.upload_skipped);
    pthread_mutex_lock(&r->mu);
    r->queued--;
    r->seq_done = j->seq;
    free(j);
    pthread_cond_broadcast(&r->idle_cv);
  }
  pthread_mutex_unlock(&r->mu);
  if (h) curl_easy_cleanup(h);
  return NULL;
}

int kiln_remote_drain(kiln_remote *r, double timeout_s, char *msg) {
  struct timespec until = kiln_mono_after(timeout_s < 0 ? 0 : timeout_s);
  int rc = KILN_OK;
  pthread_mutex_lock(&r->mu);
  uint64_t want = r->seq_in;
  while (r->started && r->seq_done < want && !r->closing) {
    if (timeout_s < 0) {
      pthread_cond_wait(&r->idle_cv, &r->mu);
    } else if (pthread_cond_clockwait(&r->idle_cv, &r->mu, CLOCK_MONOTONIC, &until) == ETIMEDOUT) {
      rc = kiln_errf(msg, KILN_TIMEDOUT, "remote %s: %llu uploads still queued at the deadline", r->shown,
                     (unsigned long long)(want - r->seq_done));
      break;
    }
  }
  pthread_mutex_unlock(&r->mu);
  return rc;
}

/* ----------------------------------------------------------------- exists */

int kiln_remote_exists(kiln_remote *r, const kiln_disk_id *ids, size_t n, int8_t *out, char *msg) {
  if (creator_refused(r, "exists", 0, msg)) return KILN_THREAD;
  if (n && (!ids || !out)) return kiln_errf(msg, KILN_INVAL, "remote: exists: no ids");
  for (size_t i = 0; i < n; i++) {
    out[i] = -1;
    if (!id_ok(&ids[i])) return kiln_errf(msg, KILN_INVAL, "remote: exists: bad artifact id #%zu", i);
  }
  CURLM *m = curl_multi_init();
  if (!m) return kiln_errf(msg, KILN_NOMEM, "remote: out of memory");
  curl_multi_setopt(m, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)EXISTS_PARALLEL);
  CURL *hs[EXISTS_PARALLEL] = { 0 };
  size_t at[EXISTS_PARALLEL];
  char urls[EXISTS_PARALLEL][KILN_REMOTE_URL_MAX + 256];
  char errs[EXISTS_PARALLEL][CURL_ERROR_SIZE];
  int present = 0, running = 0, rc = KILN_OK;
  size_t next = 0, done = 0;
  while (done < n) {
    for (int k = 0; k < EXISTS_PARALLEL && next < n; k++) {
      if (hs[k]) continue;
      if (!breaker_allow(r)) { /* the rest is not known */
        done += n - next;
        next = n;
        break;
      }
      if (!hs[k]) hs[k] = handle_take(r);
      if (!hs[k]) {
        breaker_unused(r);
        rc = kiln_errf(msg, KILN_NOMEM, "remote: out of memory");
        break;
      }
      kiln_remote_url(r, &ids[next], urls[k], sizeof urls[k]);
      setup(r, hs[k], urls[k], errs[k]);
      curl_easy_setopt(hs[k], CURLOPT_NOBODY, 1L);
      curl_easy_setopt(hs[k], CURLOPT_PRIVATE, (void *)(uintptr_t)k);
      at[k] = next++;
      curl_multi_add_handle(m, hs[k]);
      running++;
    }
    if (rc != KILN_OK || (!running && next >= n)) break;
    int still = 0;
    curl_multi_perform(m, &still);
    CURLMsg *cm;
    int left;
    while ((cm = curl_multi_info_read(m, &left))) {
      if (cm->msg != CURLMSG_DONE) continue;
      void *pk = NULL;
      curl_easy_getinfo(cm->easy_handle, CURLINFO_PRIVATE, (char **)&pk);
      int k = (int)(uintptr_t)pk;
      long status = 0;
      curl_easy_getinfo(hs[k], CURLINFO_RESPONSE_CODE, &status);
      int ok = cm->data.result == CURLE_OK && (status == 200 || status == 404);
      breaker_report(r, ok);
      if (ok) out[at[k]] = status == 200;
      present += out[at[k]] == 1;
      curl_multi_remove_handle(m, hs[k]);
      curl_easy_reset(hs[k]);
      handle_give(r, hs[k]);
      hs[k] = NULL;
      running--;
      done++;
    }
    if (running) curl_multi_poll(m, NULL, 0, 100, NULL);
  }
  for (int k = 0; k < EXISTS_PARALLEL; k++) {
    if (!hs[k]) continue;
    curl_multi_remove_handle(m, hs[k]);
    handle_give(r, hs[k]);
  }
  curl_multi_cleanup(m);
  return rc == KILN_OK ? present : rc;
}

/* ------------------------------------------------------------------ stats */

static int cmp_d(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

void kiln_remote_stats_get(kiln_remote *r, kiln_remote_stats *out) {
  double tmp[LAT_N];
  pthread_mutex_lock(&r->mu);
  *out = r->st;
  out->pending = r->queued;
  out->state = r->state;
  size_t n = r->nlat < LAT_N ? (size_t)r->nlat : LAT_N;
  memcpy(tmp, r->lat, n * sizeof *tmp);
  pthread_mutex_unlock(&r->mu);
  qsort(tmp, n, sizeof *tmp, cmp_d);
  out->p50_ms = n ? tmp[(n - 1) / 2] : 0;
  out->p99_ms = n ? tmp[(size_t)((double)(n - 1) * 0.99)] : 0;
}
