/* kiln gpu upload benchmark (run under Xvfb / any GL 4.5 context).
 *
 * For 64x64 and 256x256 RGBA8 tiles, same run, same-sized 2048x2048
 * textures, same source layout (each tile from its own place in a 16 MiB buffer, so neither side
 * reads from a warm cache the other lacks):
 *   direct   glTextureSubImage2D from client memory, no kiln: the baseline
 *            for render-thread cost;
 *   ring     kiln RING backend: uploads staged into the persistent ring,
 *            the render thread commits frames of FRAME uploads (the cost
 *            per upload includes the fence and state set-up per commit);
 *   memcpy   the machine's single-thread memcpy bandwidth for the same tile
 *            sizes: the limit for worker staging;
 *   raw pbo  (diagnostic) the same uploads from a persistent buffer of the
 *            bench's own, no kiln: the driver's share of the ring's cost.
 * Also the cost of a commit with nothing to do.
 *
 * Prints one line per figure and "ratio" lines with their targets:
 *   ring render-thread cost <= 1.2x direct; worker staging >= 0.5x memcpy;
 *   empty commit < 5 us.
 * Figures are medians of per-frame (render) or per-call (staging, memcpy)
 * samples, as the machine may be shared: a preempted frame then does not
 * move them. Usage: gpu_upload [rounds]  (default 9, plus a warm-up). */
#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <stdint.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gpu.h"

#define SRC_BYTES ((size_t)16 << 20)
#define TEX 2048
#define FRAME 16   /* uploads per commit (one frame's budget) */

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static unsigned char *src;

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Samples of one measured quantity; figures are medians, so a round in
 * which the (shared, 2-core) machine preempted us does not move them. */
struct samples { double *v; size_t n, cap; };

static void add(struct samples *s, double x) {
  if (s->n == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 1024;
    s->v = realloc(s->v, s->cap * sizeof *s->v);
    if (!s->v) { fprintf(stderr, "gpu_upload: out of memory\n"); exit(1); }
  }
  s->v[s->n++] = x;
}

static double med(struct samples *s) { return s->n ? median(s->v, (int)s->n) : 0; }

struct figures {
  struct samples memcpy_us, stage_us, ring_us, direct_us, rawpbo_us;  /* per upload */
};

static size_t src_off(size_t i, size_t tb) { return (i * tb) % (SRC_BYTES - tb + 1); }

/* memcpy of n tiles, source and destination walking 16 MiB, timed per tile
 * like the staging calls it bounds */
static void bench_memcpy(unsigned char *dst, size_t tb, size_t n, struct figures *f) {
  for (size_t i = 0; i < n; i++) {
    double t0 = now();
    memcpy(dst + src_off(i, tb), src + src_off(i, tb), tb);
    add(&f->memcpy_us, (now() - t0) * 1e6);
  }
}

static void tile_xy(size_t i, int tile, int *x, int *y) {
  int per = TEX / tile;
  *x = (int)(i % (size_t)per) * tile;
  *y = (int)(i / (size_t)per % (size_t)per) * tile;
}

static void bench_direct(GLuint tex, int tile, size_t n, struct figures *f) {
  size_t tb = (size_t)tile * tile * 4;
  glBindBuffer(GL_PIXEL_UNPACK_BUFFER, 0);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  for (size_t i = 0; i < n; i += FRAME) {
    double f0 = now();
    size_t k = 0;
    for (size_t j = i; j < i + FRAME && j < n; j++, k++) {
      int x, y;
      tile_xy(j, tile, &x, &y);
      glTextureSubImage2D(tex, 0, x, y, tile, tile, GL_RGBA, GL_UNSIGNED_BYTE, src + src_off(j, tb));
    }
    add(&f->direct_us, (now() - f0) * 1e6 / (double)k);
  }
  glFinish();
}

/* Driver cost alone: the same uploads from a persistent buffer of our own,
 * without kiln (shows what of the ring's cost is the driver's PBO path). */
static GLuint raw_buf;
static unsigned char *raw_map;

static void bench_rawpbo(GLuint tex, int tile, size_t n, struct figures *f) {
  size_t tb = (size_t)tile * tile * 4;
  for (size_t i = 0; i < n; i++) memcpy(raw_map + i * tb, src + src_off(i, tb), tb);
  glBindBuffer(GL_PIXEL_UNPACK_BUFFER, raw_buf);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  for (size_t i = 0; i < n; i += FRAME) {
    double f0 = now();
    size_t k = 0;
    for (size_t j = i; j < i + FRAME && j < n; j++, k++) {
      int x, y;
      tile_xy(j, tile, &x, &y);
      glTextureSubImage2D(tex, 0, x, y, tile, tile, GL_RGBA, GL_UNSIGNED_BYTE, (const void *)(uintptr_t)(j * tb));
    }
    add(&f->rawpbo_us, (now() - f0) * 1e6 / (double)k);
  }
  glBindBuffer(GL_PIXEL_UNPACK_BUFFER, 0);
  glFinish();
}

static void bench_ring(kiln_gpu *gpu, kiln_gpu_tex id, int tile, size_t n, struct figures *f) {
  size_t tb = (size_t)tile * tile * 4;
  /* stage everything first (it fits the ring): the worker side */
  for (size_t i = 0; i < n; i++) {
    int x, y;
    tile_xy(i, tile, &x, &y);
    kiln_gpu_upload up = {.id = id, .format = KILN_GPU_RGBA8, .region = {x, y, 0, tile, tile, 1, 0}};
    char msg[KILN_ERRMSG_MAX];
    double t0 = now();
    if (kiln_gpu_stage(gpu, &up, src + src_off(i, tb), tb, 1, NULL, msg) != KILN_OK) {
      fprintf(stderr, "stage: %s\n", msg);
      exit(1);
    }
    add(&f->stage_us, (now() - t0) * 1e6);
  }
  /* the render thread: one commit per frame */
  size_t done = 0;
  kiln_gpu_budget b = {.max_uploads = FRAME};
  while (done < n) {
    kiln_gpu_commit_result cr;
    double f0 = now();
    kiln_gpu_commit(gpu, &b, 1, &cr);
    double dt = now() - f0;
    if (cr.issued) add(&f->ring_us, dt * 1e6 / cr.issued);
    done += cr.issued;
  }
  glFinish();
  kiln_gpu_commit(gpu, NULL, 1, NULL);  /* retire the fences: the ring is free for the next round */
}

/* Render-thread cost of committing n uploads of w x h in fmt (each split
 * into bands of at most band bytes; 0: whole), staged first: microseconds
 * per whole upload, the median of rounds. */
struct stage_job { kiln_gpu *gpu; kiln_gpu_tex id; kiln_gpu_format fmt; int w, h, n; size_t band; };

/* A worker's side: bands are staged off the render thread (it could not
 * wait for its own commit); everything here fits the ring at once. */
static void *stage_all(void *arg) {
  struct stage_job *j = arg;
  size_t bytes = kiln_gpu_format_size(j->fmt, j->w, j->h, 1);
  for (int i = 0; i < j->n; i++) {
    kiln_gpu_upload up = {.id = j->id, .format = j->fmt, .region = {0, 0, 0, j->w, j->h, 1, 0},
                          .max_band_bytes = j->band};
    char msg[KILN_ERRMSG_MAX];
    if (kiln_gpu_stage(j->gpu, &up, src + (size_t)i * 4096, bytes, 1, NULL, msg) != KILN_OK) {
      fprintf(stderr, "stage: %s\n", msg);
      exit(1);
    }
  }
  return NULL;
}

static double commit_cost(kiln_gpu *gpu, kiln_gpu_tex id, kiln_gpu_format fmt, int w, int h,
                          size_t band, int n, int rounds) {
  struct samples s = {0};
  for (int r = -1; r < rounds; r++) {
    struct stage_job j = {gpu, id, fmt, w, h, n, band};
    pthread_t th;
    pthread_create(&th, NULL, stage_all, &j);
    pthread_join(th, NULL);
    kiln_gpu_budget b = {.max_uploads = 1u << 20};
    kiln_gpu_commit_result cr;
    double t0 = now();
    kiln_gpu_commit(gpu, &b, 1, &cr);
    double dt = now() - t0;
    glFinish();
    kiln_gpu_commit(gpu, NULL, 1, NULL); /* retire: the ring is free for the next round */
    if (r >= 0) add(&s, dt * 1e6 / n);
  }
  double m = med(&s);
  free(s.v);
  return m;
}

/* Issue 11's figures: one 256x256 rgba8 upload split into bands against
 * whole, and compressed (bc1, bc7) 256x256 uploads against rgba8. */
static void bench_bands_and_blocks(kiln_gpu *gpu, int rounds) {
  char msg[KILN_ERRMSG_MAX];
  kiln_gpu_tex t8, tbc1, tbc7;
  if (kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){.name = "b8", .width = 256, .height = 256,
                           .format = KILN_GPU_RGBA8}, &t8, msg) ||
      kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){.name = "bc1", .width = 256, .height = 256,
                           .format = KILN_GPU_BC1}, &tbc1, msg) ||
      kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){.name = "bc7", .width = 256, .height = 256,
                           .format = KILN_GPU_BC7}, &tbc7, msg)) {
    fprintf(stderr, "gpu_upload: %s\n", msg);
    return;
  }
  const int n = 16;
  double whole = commit_cost(gpu, t8, KILN_GPU_RGBA8, 256, 256, 0, n, rounds);
  double banded = commit_cost(gpu, t8, KILN_GPU_RGBA8, 256, 256, 256 * 4 * 32, n, rounds); /* 8 bands */
  double bc1 = commit_cost(gpu, tbc1, KILN_GPU_BC1, 256, 256, 0, n, rounds);
  double bc7 = commit_cost(gpu, tbc7, KILN_GPU_BC7, 256, 256, 0, n, rounds);
  printf("gpu_upload: 256x256 rgba8 render thread: whole %.2f us/upload, in 8 bands %.2f us/upload\n",
         whole, banded);
  printf("gpu_upload: ratio 256x256 banded/whole %.2f (for reference: 8 bands of 32 rows, one commit)\n",
         banded / whole);
  printf("gpu_upload: 256x256 render thread: bc1 %.2f us (32 KiB), bc7 %.2f us (64 KiB), rgba8 %.2f us (256 KiB)\n",
         bc1, bc7, whole);
  printf("gpu_upload: ratio 256x256 bc1/rgba8 %.2f, bc7/rgba8 %.2f (for reference)\n", bc1 / whole,
         bc7 / whole);
}

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) : 9;
  if (rounds < 1) rounds = 1;
  if (!glfwInit()) { fprintf(stderr, "gpu_upload: glfwInit failed (no DISPLAY?)\n"); return 1; }
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 4);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 5);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  GLFWwindow *win = glfwCreateWindow(64, 64, "gpu_upload", NULL, NULL);
  if (!win) { fprintf(stderr, "gpu_upload: no GL 4.5 core context\n"); return 1; }
  glfwMakeContextCurrent(win);

  char msg[KILN_ERRMSG_MAX];
  kiln_gpu *gpu;
  if (kiln_gpu_new(&(kiln_gpu_config){.backend = KILN_GPU_RING, .ring_bytes = (size_t)20 << 20}, &gpu, msg) ||
      kiln_gpu_attach(gpu, glfwGetProcAddress, msg)) {
    fprintf(stderr, "gpu_upload: %s\n", msg);
    return 1;
  }
  printf("gpu_upload: GL %s, renderer %s, backend %s\n", (const char *)glGetString(GL_VERSION),
         (const char *)glGetString(GL_RENDERER), kiln_gpu_backend_name(KILN_GPU_RING));
  kiln_gpu_tex id;
  if (kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){.name = "atlas", .width = TEX, .height = TEX,
                           .format = KILN_GPU_RGBA8}, &id, msg)) {
    fprintf(stderr, "gpu_upload: %s\n", msg);
    return 1;
  }
  GLuint direct_tex;
  glCreateTextures(GL_TEXTURE_2D, 1, &direct_tex);
  glTextureStorage2D(direct_tex, 1, GL_RGBA8, TEX, TEX);

  /* Same relative alignment as staging: a worker's buffer from malloc (16
   * bytes past a page) into page-aligned ring memory. Equal low address
   * bits on both sides would make memcpy pay for 4K aliasing instead. */
  unsigned char *src_mem = aligned_alloc(4096, SRC_BYTES + 4096);
  unsigned char *dst = aligned_alloc(4096, SRC_BYTES);
  if (!src_mem || !dst) return 1;
  src = src_mem + 16;
  for (size_t i = 0; i < SRC_BYTES; i++) src[i] = (unsigned char)(i * 131 + (i >> 12));
  memset(dst, 0, SRC_BYTES);

  const GLbitfield pf = GL_MAP_WRITE_BIT | GL_MAP_PERSISTENT_BIT | GL_MAP_COHERENT_BIT;
  glCreateBuffers(1, &raw_buf);
  glNamedBufferStorage(raw_buf, (GLsizeiptr)SRC_BYTES, NULL, pf);
  raw_map = glMapNamedBufferRange(raw_buf, 0, (GLsizeiptr)SRC_BYTES, pf);
  if (!raw_map) { fprintf(stderr, "gpu_upload: cannot map a persistent buffer\n"); return 1; }

  int fail = 0;
  const int tiles[2] = {64, 256};
  for (int t = 0; t < 2; t++) {
    int tile = tiles[t];
    size_t tb = (size_t)tile * tile * 4;
    size_t n = ((size_t)16 << 20) / tb;  /* 16 MiB per round: 1024 or 64 uploads */
    double mib = (double)tb / 1048576.0;
    struct figures f = {0}, warm = {0};
    /* one warm-up round (page faults, driver caches); ring and direct
     * alternate which goes first */
    for (int r = -1; r < rounds; r++) {
      struct figures *fp = r < 0 ? &warm : &f;
      bench_memcpy(dst, tb, n, fp);
      if (r & 1) { bench_direct(direct_tex, tile, n, fp); bench_ring(gpu, id, tile, n, fp); }
      else { bench_ring(gpu, id, tile, n, fp); bench_direct(direct_tex, tile, n, fp); }
      bench_rawpbo(direct_tex, tile, n, fp);
    }
    double mu = med(&f.memcpy_us), su = med(&f.stage_us), ru = med(&f.ring_us), du = med(&f.direct_us);
    printf("gpu_upload: %dx%d rgba8: memcpy %.0f MB/s, %.2f us/tile (the limit for staging)\n", tile, tile,
           mib / mu * 1e6, mu);
    printf("gpu_upload: %dx%d rgba8: worker staging %.0f MB/s, %.2f us/upload\n", tile, tile, mib / su * 1e6, su);
    printf("gpu_upload: %dx%d rgba8: render thread ring %.2f us/upload (%.0f MB/s), direct %.2f us/upload (%.0f MB/s)\n",
           tile, tile, ru, mib / ru * 1e6, du, mib / du * 1e6);
    printf("gpu_upload: %dx%d rgba8: driver alone from a persistent PBO (no kiln) %.2f us/upload\n", tile, tile,
           med(&f.rawpbo_us));
    double r1 = ru / du, r2 = mu / su;
    printf("gpu_upload: ratio %dx%d render ring/direct %.2f (target <= 1.2) %s\n", tile, tile, r1,
           r1 <= 1.2 ? "ok" : "MISSED");
    printf("gpu_upload: ratio %dx%d staging/memcpy %.2f (target >= 0.5) %s\n", tile, tile, r2,
           r2 >= 0.5 ? "ok" : "MISSED");
    fail |= r1 > 1.2 || r2 < 0.5;
    free(f.memcpy_us.v); free(f.stage_us.v); free(f.ring_us.v); free(f.direct_us.v); free(f.rawpbo_us.v);
    free(warm.memcpy_us.v); free(warm.stage_us.v); free(warm.ring_us.v); free(warm.direct_us.v);
    free(warm.rawpbo_us.v);
  }

  bench_bands_and_blocks(gpu, rounds);

  /* a commit with nothing staged and no fence pending */
  kiln_gpu_commit(gpu, NULL, 1, NULL);
  const int reps = 200000;
  double t0 = now();
  for (int i = 0; i < reps; i++) kiln_gpu_commit(gpu, NULL, 1, NULL);
  double idle_us = (now() - t0) * 1e6 / reps;
  printf("gpu_upload: empty commit %.3f us (target < 5) %s\n", idle_us, idle_us < 5 ? "ok" : "MISSED");
  fail |= idle_us >= 5;

  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  printf("gpu_upload: %llu uploads, %llu stalls, %llu GL thread violations\n", (unsigned long long)st.issued,
         (unsigned long long)st.stalls, (unsigned long long)st.gl_violations);
  glDeleteTextures(1, &direct_tex);
  glDeleteBuffers(1, &raw_buf);
  kiln_gpu_free(gpu);
  free(src_mem);
  free(dst);
  glfwDestroyWindow(win);
  glfwTerminate();
  (void)fail;  /* targets are reported, not asserted */
  return 0;
}
