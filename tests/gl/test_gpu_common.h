/* Shared helpers for the kiln gpu GL tests: a hidden GLFW window whose GL
 * 4.5 core context is current on the main thread (the render thread), and
 * texel patterns that survive a round trip through any of the formats. */
#ifndef TEST_GPU_COMMON_H
#define TEST_GPU_COMMON_H

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "gpu.h"
#include "ktest.h"

/* Mesa and X11 keep a few allocations for the life of the process. Mesa
 * is built without frame pointers, so only the slow unwinder gets far
 * enough up their stacks for these suppressions to match. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "fast_unwind_on_malloc=0"; }
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) {
  return "leak:libGLX_mesa.so\nleak:swrast_dri.so\nleak:libX11.so\nleak:libglfw.so\nleak:libLLVM\n"
         "leak:libGLdispatch.so\nleak:libdrm\nleak:libxcb\n";
}

static GLFWwindow *tg_window;

static inline int tg_open(void) {
  if (!glfwInit()) { fprintf(stderr, "glfwInit failed (DISPLAY=%s)\n", getenv("DISPLAY")); return 0; }
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 4);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 5);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  tg_window = glfwCreateWindow(64, 64, "kiln gpu test", NULL, NULL);
  if (!tg_window) { fprintf(stderr, "no GL 4.5 core context\n"); glfwTerminate(); return 0; }
  glfwMakeContextCurrent(tg_window);
  return 1;
}

/* Under ASan the window is left to process exit: glfwTerminate unloads the
 * Mesa driver, whose leftovers would then show as leaks from an unknown
 * module that no suppression can name. */
static inline void tg_close(void) {
#ifndef KILN_SANITIZE
  if (tg_window) glfwDestroyWindow(tg_window);
  glfwTerminate();
#endif
}

static inline kiln_gpu *tg_gpu(kiln_gpu_backend b, size_t ring, int legacy) {
  kiln_gpu *gpu = NULL;
  char msg[KILN_ERRMSG_MAX];
  kiln_gpu_config cfg = {.backend = b, .ring_bytes = ring, .legacy_gl = legacy};
  if (kiln_gpu_new(&cfg, &gpu, msg) != KILN_OK) { fprintf(stderr, "gpu_new: %s\n", msg); return NULL; }
  if (b != KILN_GPU_NULL && kiln_gpu_attach(gpu, glfwGetProcAddress, msg) != KILN_OK) {
    fprintf(stderr, "gpu_attach: %s\n", msg);
    kiln_gpu_free(gpu);
    return NULL;
  }
  return gpu;
}

static inline kiln_gpu_tex tg_tex(kiln_gpu *gpu, const char *name, int w, int h, kiln_gpu_format f, kiln_gpu_kind k,
                           int layers, int depth, int levels) {
  kiln_gpu_texture_desc d = {.name = name, .width = w, .height = h, .format = f, .kind = k,
                             .layers = layers, .depth = depth, .levels = levels};
  kiln_gpu_tex id = 0;
  char msg[KILN_ERRMSG_MAX];
  if (kiln_gpu_texture_new(gpu, &d, &id, msg) != KILN_OK) { fprintf(stderr, "texture_new: %s\n", msg); return 0; }
  /* immutable storage starts undefined: clear every level to zero */
  unsigned gl = kiln_gpu_texture_gl(gpu, id);
  if (gl) {
    unsigned fmt, type;
    kiln_gpu_format_gl(f, NULL, &fmt, &type);
    for (int l = 0; l < (levels ? levels : 1); l++) glClearTexImage(gl, l, fmt, type, NULL);
  }
  return id;
}

static inline uint32_t tg_hash(uint32_t seed, uint32_t i) {
  uint32_t h = seed * 2654435761u ^ (i + 0x9e3779b9u) * 40503u;
  h ^= h >> 15; h *= 2246822519u; h ^= h >> 13;
  return h;
}

static inline int tg_is_half(kiln_gpu_format f) {
  return f == KILN_GPU_R16F || f == KILN_GPU_RG16F || f == KILN_GPU_RGBA16F || f == KILN_GPU_RGB16F;
}
static inline int tg_is_float(kiln_gpu_format f) {
  return f == KILN_GPU_R32F || f == KILN_GPU_RG32F || f == KILN_GPU_RGBA32F || f == KILN_GPU_RGB32F;
}

/* Fills n bytes of texels (or blocks) of format f: halves and floats get
 * finite values in [1, 2) so no driver canonicalises them on the way; any
 * bytes are valid unorm, integer and block data. */
static inline void tg_fill(void *p, size_t n, kiln_gpu_format f, uint32_t seed) {
  if (tg_is_half(f)) {
    uint16_t *q = p;
    for (size_t i = 0; i < n / 2; i++) q[i] = (uint16_t)(0x3c00 | (tg_hash(seed, (uint32_t)i) & 0x3ff));
  } else if (tg_is_float(f)) {
    uint32_t *q = p;
    for (size_t i = 0; i < n / 4; i++) q[i] = 0x3f800000u | (tg_hash(seed, (uint32_t)i) & 0x7fffff);
  } else {
    uint8_t *q = p;
    for (size_t i = 0; i < n; i++) q[i] = (uint8_t)(tg_hash(seed, (uint32_t)i) >> 7);
  }
}

/* Bytes of region r in format f (whole blocks for compressed formats). */
static inline size_t tg_bytes(const kiln_gpu_region *r, kiln_gpu_format f) {
  return kiln_gpu_format_size(f, r->w, r->h, r->d ? r->d : 1);
}

/* Commits until nothing is staged or in flight (test helper: glFinish makes
 * the fences signal, so this ends). */
static inline void tg_drain(kiln_gpu *gpu, uint64_t session) {
  for (int i = 0; i < 1000; i++) {
    kiln_gpu_commit(gpu, NULL, session, NULL);
    kiln_gpu_stats st;
    kiln_gpu_stats_get(gpu, &st);
    if (st.ring_used == 0 && st.fences_pending == 0) return;
    if (gpu && st.backend != KILN_GPU_NULL) glFinish();
  }
}

/* The GL backends the format and texture tests run on (pbo and direct
 * also without DSA, through legacy_gl). */
struct tg_be { kiln_gpu_backend b; int legacy; };
static const struct tg_be tg_backends[] __attribute__((unused)) = {
  {KILN_GPU_RING, 0}, {KILN_GPU_PBO, 0}, {KILN_GPU_PBO, 1}, {KILN_GPU_DIRECT, 0}, {KILN_GPU_DIRECT, 1},
};
#define TG_NBE (sizeof tg_backends / sizeof tg_backends[0])

static inline const char *tg_be_name(const struct tg_be *b) {
  static char s[32];
  snprintf(s, sizeof s, "%s%s", kiln_gpu_backend_name(b->b), b->legacy ? "/legacy" : "");
  return s;
}

/* KT_CHECKs that call returns code and that msg holds every substring. */
#define EXPECT_ERR(call, code, ...) do { \
    char msg[KILN_ERRMSG_MAX] = ""; int rc_ = (call); \
    if (rc_ != (code)) fprintf(stderr, "  rc %d, message '%s'\n", rc_, msg); \
    KT_CHECK(rc_ == (code)); \
    const char *subs_[] = {__VA_ARGS__}; \
    for (size_t i_ = 0; i_ < sizeof subs_ / sizeof subs_[0]; i_++) \
      if (!strstr(msg, subs_[i_])) { fprintf(stderr, "  message '%s' lacks '%s'\n", msg, subs_[i_]); KT_CHECK(0); } \
  } while (0)

struct tg_up { kiln_gpu *gpu; const char *tex; kiln_gpu_format f; kiln_gpu_region r; uint32_t seed; int rc; };

static inline void *tg_stage_thread(void *arg) {
  struct tg_up *u = arg;
  size_t n = tg_bytes(&u->r, u->f);
  void *buf = malloc(n);
  tg_fill(buf, n, u->f, u->seed);
  kiln_gpu_upload up = {.texture = u->tex, .format = u->f, .region = u->r};
  char msg[KILN_ERRMSG_MAX];
  u->rc = kiln_gpu_stage(u->gpu, &up, buf, n, 1, NULL, msg);
  if (u->rc) fprintf(stderr, "  stage %s: %s\n", u->tex, msg);
  free(buf);
  return NULL;
}

/* Stages one upload of the tg_fill pattern of seed from a worker thread
 * (workers never call GL); 1 when it was staged. */
static inline int tg_stage_on_worker(kiln_gpu *gpu, const char *tex, kiln_gpu_format f, kiln_gpu_region r,
                                     uint32_t seed) {
  struct tg_up u = {gpu, tex, f, r, seed, -1};
  pthread_t th;
  pthread_create(&th, NULL, tg_stage_thread, &u);
  pthread_join(th, NULL);
  return u.rc == KILN_OK;
}

#endif
