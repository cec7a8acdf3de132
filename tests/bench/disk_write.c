/* Durable write throughput of the disk cache against a plain baseline.
 *
 * Content: RGBA8 texture-like images: per-image smooth gradients (R along x,
 * G along y, B diagonal, at 1 level per 4 pixels for 256x256 and per 2
 * pixels for 64x64), opaque alpha, and +-3 noise on about one pixel in eight.
 *
 * kiln:     kiln_disk_write of every image (durability fsync, io_threads N,
 *           defaults otherwise: lz4, checksum, temp + fsync + rename + one
 *           directory fsync per touched directory and group), then
 *           kiln_disk_drain; the clock runs from the first write to the end
 *           of the drain. The caller thread only queues.
 * baseline: the same bytes uncompressed, on N threads (each a contiguous
 *           share): for each image open(temp, O_EXCL) + write + fsync +
 *           close + rename into the same two-level directory layout (no
 *           directory fsync).
 * N = 1 (kiln's default) and N = 2.
 * Runs alternate (kiln, baseline) REPS times in fresh directories; the
 * medians are printed as MB/s of raw payload and their ratio.
 *
 *   build/bench/disk_write [scale]   (scale multiplies the file counts; default 1)
 *   KILN_BENCH_DIR=/path             (default /tmp)
 *   KILN_BENCH_ONLY=kiln|base        (profiling: run one side only) */
#include <fcntl.h>
#include <pthread.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "disk.h"
#include "kiln_err.h"

#define REPS 5

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int rm_cb(const char *p, const struct stat *st, int flag, struct FTW *f) { return remove(p); }

/* Run directories are removed at exit, not between runs: ext4 makes file
 * creation slow right after mass deletion (it scans past recently freed
 * inodes), which would tax whichever side runs next. */
static char *to_remove[256];
static int n_remove;
static void rm_rf(const char *dir) {
  if (n_remove < 256) to_remove[n_remove++] = strdup(dir);
}
static void rm_all(void) {
  for (int i = 0; i < n_remove; i++) {
    nftw(to_remove[i], rm_cb, 16, FTW_DEPTH | FTW_PHYS);
    free(to_remove[i]);
  }
}

static uint8_t *texture(int w, int h, uint32_t seed) {
  uint8_t *p = malloc((size_t)w * (size_t)h * 4);
  if (!p) return NULL;
  uint32_t x = seed * 2654435761u + 1;
  int step = w >= 256 ? 4 : 2;
  for (int j = 0; j < h; j++)
    for (int i = 0; i < w; i++) {
      uint8_t *px = p + ((size_t)j * (size_t)w + (size_t)i) * 4;
      int r = (int)(seed * 37 % 128) + i / step;
      int g = (int)(seed * 91 % 128) + j / step;
      int b = 64 + (i + j) / (2 * step);
      x ^= x << 13; x ^= x >> 17; x ^= x << 5;
      if ((x & 7) == 0) {
        int n = (int)(x >> 8) % 7 - 3;
        r += n, g -= n, b += n;
      }
      px[0] = (uint8_t)(r < 0 ? 0 : r > 255 ? 255 : r);
      px[1] = (uint8_t)(g < 0 ? 0 : g > 255 ? 255 : g);
      px[2] = (uint8_t)(b < 0 ? 0 : b > 255 ? 255 : b);
      px[3] = 255;
    }
  return p;
}

static double run_kiln(const char *base, uint8_t **img, int n, size_t len, int durability,
                       int threads, double *ratio) {
  char dir[512], msg[KILN_ERRMSG_MAX];
  snprintf(dir, sizeof dir, "%s/kiln-bench-XXXXXX", base);
  if (!mkdtemp(dir)) return -1;
  kiln_disk_config cfg = { .cache_dir = dir, .durability = durability, .io_threads = threads };
  kiln_disk *d;
  if (kiln_disk_new(&cfg, &d, msg) != KILN_OK) {
    fprintf(stderr, "%s\n", msg);
    return -1;
  }
  sync(); /* start both contenders from a clean page cache state */
  double t0 = now();
  for (int i = 0; i < n; i++) {
    char key[32];
    snprintf(key, sizeof key, "tex/%d", i);
    kiln_disk_id id = { "texture", 7, key, strlen(key), 1, 42 };
    if (kiln_disk_write(d, &id, 1, img[i], len, NULL, "rgba8", 5, NULL, NULL, msg) != KILN_OK) {
      fprintf(stderr, "%s\n", msg);
      return -1;
    }
  }
  if (kiln_disk_drain(d, -1, msg) != KILN_OK) return -1;
  double t = now() - t0;
  kiln_disk_stats st;
  kiln_disk_stats_get(d, &st);
  if (st.writes_done != (uint64_t)n) return -1;
  *ratio = (double)st.stored_bytes / (double)st.raw_bytes;
  kiln_disk_free(d);
  rm_rf(dir);
  return (double)n * (double)len / t / 1e6;
}

typedef struct base_arg {
  int dfd;
  uint8_t **img;
  int from, to;
  size_t len;
  int failed;
} base_arg;

static void *base_worker(void *arg) {
  base_arg *a = arg;
  for (int i = a->from; i < a->to; i++) {
    char tmp[64], fin[64];
    int s = (int)(((unsigned)i * 2654435761u) >> 28);
    snprintf(tmp, sizeof tmp, "%x/tmp.%d", s, i);
    snprintf(fin, sizeof fin, "%x/%08x.bin", s, i);
    int fd = openat(a->dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) { a->failed = 1; return NULL; }
    size_t off = 0;
    while (off < a->len) {
      ssize_t w = write(fd, a->img[i] + off, a->len - off);
      if (w <= 0) { a->failed = 1; return NULL; }
      off += (size_t)w;
    }
    if (fsync(fd) < 0 || close(fd) < 0 || renameat(a->dfd, tmp, a->dfd, fin) < 0) {
      a->failed = 1;
      return NULL;
    }
  }
  return NULL;
}

/* threads workers, each writing a contiguous share of the images. */
static double run_base(const char *base, uint8_t **img, int n, size_t len, int threads) {
  char dir[512];
  snprintf(dir, sizeof dir, "%s/kiln-bench-XXXXXX", base);
  if (!mkdtemp(dir)) return -1;
  int dfd = open(dir, O_RDONLY | O_DIRECTORY);
  for (int s = 0; s < 16; s++) {
    char sub[4];
    snprintf(sub, sizeof sub, "%x", s);
    mkdirat(dfd, sub, 0755);
  }
  sync();
  base_arg a[8];
  pthread_t tid[8];
  double t0 = now();
  for (int k = 0; k < threads; k++) {
    a[k] = (base_arg){ dfd, img, n * k / threads, n * (k + 1) / threads, len, 0 };
    if (k) pthread_create(&tid[k], NULL, base_worker, &a[k]);
  }
  base_worker(&a[0]);
  for (int k = 1; k < threads; k++) pthread_join(tid[k], NULL);
  double t = now() - t0;
  close(dfd);
  rm_rf(dir);
  for (int k = 0; k < threads; k++)
    if (a[k].failed) return -1;
  return (double)n * (double)len / t / 1e6;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static void bench(const char *base, int w, int h, int n, int threads) {
  size_t len = (size_t)w * (size_t)h * 4;
  uint8_t **img = malloc(sizeof *img * (size_t)n);
  for (int i = 0; i < n; i++) img[i] = texture(w, h, (uint32_t)i);
  double k[REPS], b[REPS], ratio = 0, kr = 0;
  const char *only = getenv("KILN_BENCH_ONLY"); /* "kiln" or "base": for profiling */
  for (int r = 0; r < REPS; r++) {
    k[r] = only && strcmp(only, "kiln") ? 1 : run_kiln(base, img, n, len, KILN_DISK_FSYNC, threads, &ratio);
    b[r] = only && strcmp(only, "base") ? 1 : run_base(base, img, n, len, threads);
  }
  if (threads == 1) kr = run_kiln(base, img, n, len, KILN_DISK_RENAME, 1, &ratio);
  qsort(k, REPS, sizeof k[0], cmp);
  qsort(b, REPS, sizeof b[0], cmp);
  const char *tn = threads == 1 ? "1 thread" : "2 threads";
  printf("disk_write %dx%d rgba8: %d files x %zu bytes, lz4 stored/raw %.3f\n", w, h, n, len, ratio);
  printf("disk_write %dx%d %s kiln fsync: %.1f MB/s (median of %d)\n", w, h, tn, k[REPS / 2], REPS);
  printf("disk_write %dx%d %s baseline write+fsync+rename: %.1f MB/s (median of %d)\n", w, h, tn,
         b[REPS / 2], REPS);
  printf("disk_write %dx%d %s ratio kiln/baseline: %.2fx\n", w, h, tn, k[REPS / 2] / b[REPS / 2]);
  if (threads == 1)
    printf("disk_write %dx%d 1 thread kiln rename (no fsync, for reference): %.1f MB/s\n", w, h, kr);
  for (int i = 0; i < n; i++) free(img[i]);
  free(img);
}

int main(int argc, char **argv) {
  double scale = argc > 1 ? atof(argv[1]) : 1.0;
  if (scale <= 0) scale = 1.0;
  const char *base = getenv("KILN_BENCH_DIR") ? getenv("KILN_BENCH_DIR") : "/tmp";
  printf("disk_write: dir %s; N threads = kiln io_threads N vs the baseline on N threads\n", base);
  for (int threads = 1; threads <= 2; threads++) {
    bench(base, 64, 64, (int)(1000 * scale), threads);
    bench(base, 256, 256, (int)(320 * scale), threads);
  }
  rm_all();
  return 0;
}
