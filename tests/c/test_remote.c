/* The remote tier without a server: configuration errors, the object
 * names, a refused port (errors counted, the breaker opening, skipping,
 * half-open after its period), the upload queue's bounds and the render
 * thread guard. Tests against a real server (nginx WebDAV) are in
 * tests/spec/remote_spec.lua. */
#include "ktest.h"

#include "disk_format.h"
#include "kiln_err.h"
#include "remote.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* A loopback port nothing listens on: bound, then closed. */
static int dead_port(void) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
  bind(s, (struct sockaddr *)&a, sizeof a);
  socklen_t l = sizeof a;
  getsockname(s, (struct sockaddr *)&a, &l);
  close(s);
  return ntohs(a.sin_port);
}

static kiln_disk_id ID(const char *type, const char *key) {
  return (kiln_disk_id){ type, strlen(type), key, strlen(key), 3, 0x1234 };
}

KT_TEST(config_errors_name_the_field) {
  char msg[KILN_ERRMSG_MAX];
  kiln_remote *r;
  kiln_remote_config c = { 0 };
  KT_CHECK(kiln_remote_new(&c, &r, msg) == KILN_INVAL && strstr(msg, "'url' is required"));
  c.url = "ftp://host/x";
  KT_CHECK(kiln_remote_new(&c, &r, msg) == KILN_INVAL && strstr(msg, "'url' must be http://"));
  c.url = "http://";
  KT_CHECK(kiln_remote_new(&c, &r, msg) == KILN_INVAL);
  c.url = "http://host/a b";
  KT_CHECK(kiln_remote_new(&c, &r, msg) == KILN_INVAL);
  c.url = "http://host/x?q=1";
  KT_CHECK(kiln_remote_new(&c, &r, msg) == KILN_INVAL);
  c.url = "http://:80/x"; /* no host */
  KT_CHECK(kiln_remote_new(&c, &r, msg) == KILN_INVAL);
  c.url = "http://user:pw@/x";
  KT_CHECK(kiln_remote_new(&c, &r, msg) == KILN_INVAL);
  c.url = "http://127.0.0.1:1/x";
  c.ns = "../etc";
  KT_CHECK(kiln_remote_new(&c, &r, msg) == KILN_INVAL && strstr(msg, "'namespace'"));
  c.ns = "..";
  KT_CHECK(kiln_remote_new(&c, &r, msg) == KILN_INVAL);
  c.ns = "";
  KT_CHECK(kiln_remote_new(&c, &r, msg) == KILN_INVAL);
  c.ns = "proj-1.a_b";
  c.mode = 7;
  KT_CHECK(kiln_remote_new(&c, &r, msg) == KILN_INVAL && strstr(msg, "'mode'"));
  c.mode = KILN_REMOTE_READ;
  KT_REQUIRE(kiln_remote_new(&c, &r, msg) == KILN_OK);
  kiln_disk_id id = ID("albedo", "k");
  KT_CHECK(kiln_remote_upload(r, &id, "/tmp/x", msg) == KILN_INVAL && strstr(msg, "read mode"));
  kiln_remote_free(r, NULL);
}

KT_TEST(names_carry_the_whole_identity) {
  char msg[KILN_ERRMSG_MAX], a[2048], b[2048];
  kiln_remote *r;
  kiln_remote_config c = { .url = "http://127.0.0.1:1/cache///", .ns = "proj", .mode = KILN_REMOTE_READ };
  KT_REQUIRE(kiln_remote_new(&c, &r, msg) == KILN_OK);
  kiln_disk_id id = ID("albedo", "tile 7");
  KT_REQUIRE(kiln_remote_url(r, &id, a, sizeof a) == KILN_OK);
  /* http://127.0.0.1:1/cache/proj/k1/aa/<30 hex>.kiln */
  const char *pre = "http://127.0.0.1:1/cache/proj/k1/";
  KT_CHECK(!strncmp(a, pre, strlen(pre)));
  const char *tail = a + strlen(pre);
  KT_CHECK(strlen(tail) == 2 + 1 + 30 + 5 && tail[2] == '/' && !strcmp(tail + 33, ".kiln"));
  for (int i = 0; i < 33; i++)
    if (i != 2) KT_CHECK(strchr("0123456789abcdef", tail[i]) != NULL);
  /* Each part of the identity changes the name. */
  kiln_disk_id v = id;
  v.version = 4;
  kiln_remote_url(r, &v, b, sizeof b);
  KT_CHECK(strcmp(a, b));
  v = id;
  v.script_hash = 0x1235;
  kiln_remote_url(r, &v, b, sizeof b);
  KT_CHECK(strcmp(a, b));
  v = ID("albedo", "tile 8");
  kiln_remote_url(r, &v, b, sizeof b);
  KT_CHECK(strcmp(a, b));
  v = ID("normal", "tile 7");
  kiln_remote_url(r, &v, b, sizeof b);
  KT_CHECK(strcmp(a, b));
  /* Type and key do not run into each other. */
  kiln_disk_id x = ID("ab", "c"), y = ID("a", "bc");
  kiln_remote_url(r, &x, a, sizeof a);
  kiln_remote_url(r, &y, b, sizeof b);
  KT_CHECK(strcmp(a, b));
  /* The same identity, the same name, on any remote of that namespace. */
  kiln_remote_url(r, &id, a, sizeof a);
  kiln_remote_url(r, &id, b, sizeof b);
  KT_CHECK(!strcmp(a, b));
  kiln_remote_free(r, NULL);
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

KT_TEST(refused_port_opens_the_breaker_and_it_half_opens) {
  char msg[KILN_ERRMSG_MAX], url[64];
  snprintf(url, sizeof url, "http://127.0.0.1:%d", dead_port());
  kiln_remote *r;
  kiln_remote_config c = { .url = url, .mode = KILN_REMOTE_READ, .breaker_failures = 2,
                           .breaker_ms = 150, .connect_timeout_ms = 500, .timeout_ms = 1000 };
  KT_REQUIRE(kiln_remote_new(&c, &r, msg) == KILN_OK);
  kiln_disk_id id = ID("albedo", "k");
  uint8_t *f;
  size_t n;
  kiln_disk_view v;
  KT_CHECK(kiln_remote_get(r, &id, &f, &n, &v, msg) == KILN_IO && strstr(msg, url) && f == NULL);
  KT_CHECK(kiln_remote_get(r, &id, &f, &n, &v, msg) == KILN_IO);
  kiln_remote_stats st;
  kiln_remote_stats_get(r, &st);
  KT_CHECK(st.errors == 2 && st.breaker_opens == 1 && st.state == KILN_REMOTE_OPEN);
  /* Open: no request, a miss at once. */
  double t0 = now_s();
  KT_CHECK(kiln_remote_get(r, &id, &f, &n, &v, msg) == KILN_AGAIN && strstr(msg, "breaker is open"));
  KT_CHECK(now_s() - t0 < 0.05);
  kiln_remote_stats_get(r, &st);
  KT_CHECK(st.errors == 2 && st.misses == 1);
  /* After its period one probe goes out; it fails: open again, for twice as long. */
  usleep(200 * 1000);
  KT_CHECK(kiln_remote_get(r, &id, &f, &n, &v, msg) == KILN_IO);
  kiln_remote_stats_get(r, &st);
  KT_CHECK(st.errors == 3 && st.breaker_opens == 2 && st.state == KILN_REMOTE_OPEN);
  usleep(200 * 1000); /* 150 ms doubled: still open */
  KT_CHECK(kiln_remote_get(r, &id, &f, &n, &v, msg) == KILN_AGAIN);
  KT_CHECK(!strcmp(kiln_remote_state_name(KILN_REMOTE_HALF_OPEN), "half_open"));
  /* exists: nothing known while open. */
  int8_t out[3] = { 5, 5, 5 };
  kiln_disk_id ids[3] = { ID("a", "1"), ID("a", "2"), ID("a", "3") };
  KT_CHECK(kiln_remote_exists(r, ids, 3, out, msg) == 0);
  KT_CHECK(out[0] == -1 && out[1] == -1 && out[2] == -1);
  kiln_remote_free(r, NULL);
}

KT_TEST(messages_never_carry_a_password) {
  char msg[KILN_ERRMSG_MAX], url[96];
  snprintf(url, sizeof url, "http://kiln:s3cret@127.0.0.1:%d/cache", dead_port());
  kiln_remote *r;
  kiln_remote_config c = { .url = url, .mode = KILN_REMOTE_READ, .breaker_failures = 1, .breaker_ms = 60000 };
  KT_REQUIRE(kiln_remote_new(&c, &r, msg) == KILN_OK);
  kiln_disk_id id = ID("albedo", "k");
  uint8_t *f;
  size_t n;
  kiln_disk_view v;
  KT_CHECK(kiln_remote_get(r, &id, &f, &n, &v, msg) == KILN_IO);
  KT_CHECK(!strstr(msg, "s3cret") && strstr(msg, "http://kiln:***@127.0.0.1:"));
  KT_CHECK(kiln_remote_get(r, &id, &f, &n, &v, msg) == KILN_AGAIN); /* the breaker's message too */
  KT_CHECK(!strstr(msg, "s3cret") && strstr(msg, "kiln:***@"));
  kiln_remote_free(r, NULL);
}

KT_TEST(uploads_to_a_dead_server_are_skipped_or_fail_counted) {
  char msg[KILN_ERRMSG_MAX], url[64];
  snprintf(url, sizeof url, "http://127.0.0.1:%d", dead_port());
  kiln_remote *r;
  kiln_remote_config c = { .url = url, .upload_queue = 2, .breaker_failures = 1, .breaker_ms = 60000 };
  KT_REQUIRE(kiln_remote_new(&c, &r, msg) == KILN_OK);
  /* A real cache file to send. */
  kiln_disk_id id = ID("albedo", "k");
  uint8_t *file;
  size_t len;
  KT_REQUIRE(kiln__disk_encode(&id, 0, "payload", 7, NULL, 0, 1, &file, &len, msg) == KILN_OK);
  char path[] = "/tmp/kiln-remote-XXXXXX";
  int fd = mkstemp(path);
  KT_REQUIRE(fd >= 0 && write(fd, file, len) == (ssize_t)len);
  close(fd);
  free(file);
  KT_CHECK(kiln_remote_upload(r, &id, path, msg) == KILN_OK);
  KT_CHECK(kiln_remote_drain(r, 5, msg) == KILN_OK);
  kiln_remote_stats st;
  kiln_remote_stats_get(r, &st);
  KT_CHECK(st.errors == 1 && st.uploads == 0 && st.state == KILN_REMOTE_OPEN && st.pending == 0);
  /* Open: skipped at once, counted. */
  KT_CHECK(kiln_remote_upload(r, &id, path, msg) == KILN_AGAIN && strstr(msg, "breaker"));
  kiln_remote_stats_get(r, &st);
  KT_CHECK(st.upload_skipped == 1);
  unlink(path);
  kiln_remote_free(r, NULL);
}

KT_TEST(upload_queue_is_bounded_and_free_counts_what_it_drops) {
  char msg[KILN_ERRMSG_MAX], url[64];
  snprintf(url, sizeof url, "http://127.0.0.1:%d", dead_port());
  kiln_remote *r;
  kiln_remote_config c = { .url = url, .upload_queue = 3 };
  KT_REQUIRE(kiln_remote_new(&c, &r, msg) == KILN_OK);
  kiln_disk_id id = ID("albedo", "k");
  int ok = 0, again = 0;
  for (int i = 0; i < 50; i++) {
    int rc = kiln_remote_upload(r, &id, "/nonexistent/file.kiln", msg);
    ok += rc == KILN_OK;
    again += rc == KILN_AGAIN;
  }
  KT_CHECK(ok + again == 50 && ok >= 3);
  KT_CHECK(kiln_remote_drain(r, 5, msg) == KILN_OK);
  kiln_remote_stats st;
  kiln_remote_stats_get(r, &st);
  /* Every upload ends in exactly one counter: skipped (queue full, or the
   * file is gone) here, as nothing was sent. */
  KT_CHECK(st.upload_skipped == 50 && st.uploads == 0 && st.errors == 0);
  kiln_remote_free(r, NULL);
}

KT_TEST(upload_sends_only_the_identity_it_was_queued_for) {
  /* The local file is named by type and key alone: by the time its upload
   * runs it may hold another version (a reloaded script recomputed it).
   * That file must not go out under the old version's name; the one that
   * matches is sent (here: refused, so it fails, counted). */
  char msg[KILN_ERRMSG_MAX], url[64];
  snprintf(url, sizeof url, "http://127.0.0.1:%d", dead_port());
  kiln_remote *r;
  kiln_remote_config c = { .url = url, .breaker_failures = 100, .connect_timeout_ms = 500 };
  KT_REQUIRE(kiln_remote_new(&c, &r, msg) == KILN_OK);
  kiln_disk_id v2 = ID("albedo", "k");
  v2.version = 4;
  uint8_t *file;
  size_t len;
  KT_REQUIRE(kiln__disk_encode(&v2, 0, "payload", 7, NULL, 0, 1, &file, &len, msg) == KILN_OK);
  char path[] = "/tmp/kiln-remote-XXXXXX";
  int fd = mkstemp(path);
  KT_REQUIRE(fd >= 0 && write(fd, file, len) == (ssize_t)len);
  close(fd);
  free(file);
  kiln_disk_id v1 = ID("albedo", "k"), other = ID("albedo", "j");
  KT_CHECK(kiln_remote_upload(r, &v1, path, msg) == KILN_OK);
  KT_CHECK(kiln_remote_upload(r, &other, path, msg) == KILN_OK);
  KT_CHECK(kiln_remote_drain(r, 5, msg) == KILN_OK);
  kiln_remote_stats st;
  kiln_remote_stats_get(r, &st);
  KT_CHECK(st.upload_skipped == 2 && st.upload_failed == 0 && st.errors == 0);
  KT_CHECK(kiln_remote_upload(r, &v2, path, msg) == KILN_OK);
  KT_CHECK(kiln_remote_drain(r, 5, msg) == KILN_OK);
  kiln_remote_stats_get(r, &st);
  KT_CHECK(st.upload_skipped == 2 && st.upload_failed == 1 && st.errors == 1);
  unlink(path);
  kiln_remote_free(r, NULL);
}

KT_TEST(render_thread_guard) {
  char msg[KILN_ERRMSG_MAX];
  pid_t pid = fork();
  if (pid == 0) {
    if (!freopen("/dev/null", "w", stderr)) _exit(5); /* the assertion's message is expected */
    kiln_remote *r;
    kiln_remote_config c = { .url = "http://127.0.0.1:1", .mode = KILN_REMOTE_READ, .guard_creator = 1 };
    if (kiln_remote_new(&c, &r, msg) != KILN_OK) _exit(3);
    kiln_disk_id id = ID("albedo", "k");
    uint8_t *f;
    size_t n;
    kiln_disk_view v;
    int rc = kiln_remote_get(r, &id, &f, &n, &v, msg); /* asserts in test builds */
    _exit(rc == KILN_THREAD ? 0 : 4);
  }
  int status = 0;
  waitpid(pid, &status, 0);
#ifdef KILN_GL_CHECKS
  KT_CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
#else
  KT_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
#endif
}

KT_MAIN("remote", KT_CASE(config_errors_name_the_field), KT_CASE(messages_never_carry_a_password), KT_CASE(names_carry_the_whole_identity),
        KT_CASE(refused_port_opens_the_breaker_and_it_half_opens),
        KT_CASE(uploads_to_a_dead_server_are_skipped_or_fail_counted),
        KT_CASE(upload_queue_is_bounded_and_free_counts_what_it_drops),
        KT_CASE(upload_sends_only_the_identity_it_was_queued_for), KT_CASE(render_thread_guard))
