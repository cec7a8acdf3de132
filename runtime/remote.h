/* kiln remote: a shared cache tier over plain HTTP (GET, PUT, HEAD through
 * libcurl), for teams whose machines start warm from one another's bakes.
 * Any server that stores a PUT body and serves it back by path will do:
 * nginx's WebDAV module, any WebDAV server, bazel-remote's /cas/.
 *
 * Objects: the cache file itself (runtime/disk_format.h: header, lz4
 * payload, XXH3 checksum, the full identity inside), at
 *   <url>/<namespace>/k<format>/<aa>/<30 hex>.kiln
 * where the 32 hex digits are XXH3-128 of the identity: kiln's file format
 * version, type name, type version, script hash and key. Everything that
 * invalidates an artifact is in the name, so machines running different
 * script versions never overwrite each other's objects, and "aa" (the
 * first two digits) fans the objects out over 256 directories.
 *
 * Trust: a fetched object is used only once kiln_disk_parse accepts it
 * (exact size, header, padding, checksum) and its stored identity equals
 * the one asked for; anything else is counted as bad and is a miss. The
 * caller decodes the payload before it stores the file locally (a payload
 * that does not decode is bad too: kiln_remote_note_bad).
 *
 * Threads: kiln_remote_get and kiln_remote_exists block on the network and
 * belong on worker or tool threads; with guard_creator they refuse the
 * thread that created the remote (a runtime's render thread) with
 * KILN_THREAD, and for get, which only workers call, test builds
 * (KILN_GL_CHECKS) assert. Uploads run on the remote's own thread
 * from a bounded queue: kiln_remote_upload never blocks and never waits on
 * the network. Every call is bounded by connect_timeout_ms and timeout_ms.
 *
 * Breaker: after breaker_failures consecutive failures (connect, timeout,
 * any status but 200 and 404: a 5xx, or a 403 or redirect from a
 * misconfigured server, which would fail every request alike) the remote
 * is "open": gets and uploads are skipped without
 * a request for breaker_ms (doubling per failed probe up to
 * breaker_max_ms); then one request is let through ("half_open") and its
 * success closes it. A 404 is an answer, not a failure. */
#ifndef KILN_REMOTE_H
#define KILN_REMOTE_H

#include <stddef.h>
#include <stdint.h>

#include "disk.h"

enum { KILN_REMOTE_READ = 1, KILN_REMOTE_READWRITE = 2 };
enum { KILN_REMOTE_CLOSED = 0, KILN_REMOTE_OPEN = 1, KILN_REMOTE_HALF_OPEN = 2 };

#define KILN_REMOTE_URL_MAX 1024
#define KILN_REMOTE_NS_MAX 64

/* Zero means default for every number. */
typedef struct kiln_remote_config {
  const char *url;              /* "http://host:port[/prefix]" (http or https); required */
  int mode;                     /* KILN_REMOTE_READ or KILN_REMOTE_READWRITE (0: readwrite) */
  const char *ns;               /* namespace: 1..64 of [A-Za-z0-9._-], not "." or ".."; NULL: "default" */
  unsigned timeout_ms;          /* whole request; 0: 5000 */
  unsigned connect_timeout_ms;  /* 0: 1000 */
  unsigned upload_queue;        /* uploads queued at most; 0: 256 */
  unsigned breaker_failures;    /* 0: 3 */
  unsigned breaker_ms;          /* 0: 1000 */
  unsigned breaker_max_ms;      /* 0: 30000 */
  size_t max_object;            /* largest object fetched or uploaded; 0: 256 MiB + 128 KiB */
  int guard_creator;            /* 1: get and exists refuse the creating thread (a runtime's
                                   render thread); a tool's planner leaves it 0 */
} kiln_remote_config;

typedef struct kiln_remote kiln_remote;
typedef struct kiln_remote_stats kiln_remote_stats;

/* Checks the configuration and starts the upload thread (readwrite). No
 * network traffic. Errors: KILN_INVAL (msg names the field: a URL that is
 * not http:// or https://, a bad namespace or mode), KILN_NOMEM,
 * KILN_THREAD. Any thread (see guard_creator). */
int kiln_remote_new(const kiln_remote_config *cfg, kiln_remote **out, char *msg);

/* Stops the upload thread: the upload it is sending finishes (bounded by
 * timeout_ms), queued ones are dropped and counted as skipped (call
 * kiln_remote_drain first to send them). final (may be NULL) gets the
 * counters as they end. NULL r is a no-op. */
void kiln_remote_free(kiln_remote *r, kiln_remote_stats *final);

/* "<url>/<ns>/k<format>/<aa>/<30 hex>.kiln" for id into buf. KILN_OK or
 * KILN_TOOBIG. Pure; any thread. */
int kiln_remote_url(const kiln_remote *r, const kiln_disk_id *id, char *buf, size_t cap);

/* Fetches id's object and checks it (see Trust). KILN_OK: *file (malloc'd,
 * the caller's: free()) holds file_len bytes and *view points into them.
 * Misses: KILN_NOTFOUND (404), KILN_CORRUPT / KILN_STALE / KILN_TOOBIG (a
 * bad object, counted), KILN_AGAIN (the breaker is open: no request made),
 * KILN_IO / KILN_TIMEDOUT (transport or server failure, counted in errors
 * and in the breaker), KILN_THREAD, KILN_NOMEM. msg names the URL. */
int kiln_remote_get(kiln_remote *r, const kiln_disk_id *id, uint8_t **file, size_t *file_len,
                    kiln_disk_view *view, char *msg);

/* A fetched object kiln_remote_get accepted turned out unusable (its
 * payload does not decode): counted as bad, not as a hit. Any thread. */
void kiln_remote_note_bad(kiln_remote *r);

/* Queues an upload of the local cache file at path, the artifact id
 * (readwrite only). The file is read and checked when it is sent; one that
 * is gone by then (evicted) is skipped. Returns KILN_OK (queued), KILN_AGAIN
 * (queue full, or the breaker open: skipped and counted), KILN_INVAL (read
 * mode, bad id), KILN_CLOSED, KILN_NOMEM. Never blocks; any thread. */
int kiln_remote_upload(kiln_remote *r, const kiln_disk_id *id, const char *path, char *msg);

/* Waits until every upload queued before the call has been sent or given
 * up. timeout_s < 0: no deadline. KILN_OK or KILN_TIMEDOUT (msg: how many
 * are left; they stay queued). Any thread but the upload thread. */
int kiln_remote_drain(kiln_remote *r, double timeout_s, char *msg);

/* HEADs every id, up to 16 requests at a time on kept-alive connections:
 * out[i] = 1 (present), 0 (absent), -1 (not known: an error or the
 * breaker). Returns the number present, or KILN_THREAD / KILN_NOMEM /
 * KILN_INVAL. Blocking; not on the creating thread. */
int kiln_remote_exists(kiln_remote *r, const kiln_disk_id *ids, size_t n, int8_t *out, char *msg);

struct kiln_remote_stats {
  uint64_t hits;            /* gets that returned an accepted object */
  uint64_t misses;          /* gets answered 404, or skipped while the breaker was open */
  uint64_t bad;             /* objects refused (size, header, identity, checksum, payload) */
  uint64_t uploads;         /* objects stored (2xx to a PUT) */
  uint64_t upload_skipped;  /* queue full, breaker open, file gone or unreadable, freed queued */
  uint64_t upload_failed;   /* sent and refused or cut (also in errors); every upload ends in
                               exactly one of uploads, upload_skipped, upload_failed */
  uint64_t upload_bytes;
  uint64_t errors;          /* transport failures, timeouts, unexpected statuses */
  uint64_t breaker_opens;   /* times the breaker opened */
  uint64_t pending;         /* uploads queued or being sent */
  int state;                /* KILN_REMOTE_CLOSED / OPEN / HALF_OPEN */
  double p50_ms, p99_ms;    /* latency of the last 1024 gets that reached the server */
};

void kiln_remote_stats_get(kiln_remote *r, kiln_remote_stats *out);

/* "closed", "open", "half_open". */
const char *kiln_remote_state_name(int state);

#endif
