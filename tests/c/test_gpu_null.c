/* kiln gpu with the NULL backend: no GL, textures are CPU copies. Covers
 * staging from worker threads, validation (each error names its field),
 * budgets, stale drops, ordering (issued_seq), releases, ring wrap-around
 * and blocking, cancellation. */
#include "gpu.h"
#include "ktest.h"

#include <pthread.h>
#include <unistd.h>
#include <stdint.h>

static uint8_t pat(uint32_t seed, uint32_t i) {
  uint32_t h = seed * 2654435761u ^ (i + 0x9e3779b9u) * 40503u;
  h ^= h >> 15; h *= 2246822519u; h ^= h >> 13;
  return (uint8_t)(h >> 7);
}

static void fill(uint8_t *p, size_t n, uint32_t seed) {
  for (size_t i = 0; i < n; i++) p[i] = pat(seed, (uint32_t)i);
}

static kiln_gpu *null_gpu(size_t ring) {
  kiln_gpu *gpu = NULL;
  char msg[KILN_ERRMSG_MAX];
  kiln_gpu_config cfg = {.backend = KILN_GPU_NULL, .ring_bytes = ring};
  if (kiln_gpu_new(&cfg, &gpu, msg) != KILN_OK) { fprintf(stderr, "gpu_new: %s\n", msg); return NULL; }
  return gpu;
}

static kiln_gpu_tex mk_tex(kiln_gpu *gpu, const char *name, int w, int h, kiln_gpu_format f,
                           kiln_gpu_kind k, int layers, int depth, int levels) {
  kiln_gpu_texture_desc d = {.name = name, .width = w, .height = h, .format = f, .kind = k,
                             .layers = layers, .depth = depth, .levels = levels};
  kiln_gpu_tex id = 0;
  char msg[KILN_ERRMSG_MAX];
  if (kiln_gpu_texture_new(gpu, &d, &id, msg) != KILN_OK) fprintf(stderr, "texture_new: %s\n", msg);
  return id;
}

static int commit_all(kiln_gpu *gpu, uint64_t session) {
  kiln_gpu_commit_result r;
  return kiln_gpu_commit(gpu, NULL, session, &r);
}

/* ------------------------------------------------ end to end, threads -- */

struct job { kiln_gpu *gpu; const char *tex; kiln_gpu_format fmt; kiln_gpu_region r; uint32_t seed; int rc; uint64_t seq; };

static size_t region_bytes(const kiln_gpu_region *r, kiln_gpu_format f) {
  return (size_t)r->w * r->h * (r->d ? r->d : 1) * kiln_gpu_format_bytes(f);
}

static void *stage_thread(void *arg) {
  struct job *j = arg;
  size_t n = region_bytes(&j->r, j->fmt);
  uint8_t *buf = malloc(n);
  fill(buf, n, j->seed);
  kiln_gpu_upload up = {.texture = j->tex, .format = j->fmt, .region = j->r};
  char msg[KILN_ERRMSG_MAX];
  j->rc = kiln_gpu_stage(j->gpu, &up, buf, n, 1, &j->seq, msg);
  if (j->rc) fprintf(stderr, "stage: %s\n", msg);
  free(buf);
  return NULL;
}

static int roundtrip(kiln_gpu *gpu, const char *tex, kiln_gpu_format f, kiln_gpu_region r, uint32_t seed) {
  struct job j = {gpu, tex, f, r, seed, -1, 0};
  pthread_t th;
  pthread_create(&th, NULL, stage_thread, &j);
  pthread_join(th, NULL);
  if (j.rc != KILN_OK) return 0;
  if (commit_all(gpu, 1) != KILN_OK) return 0;
  if (kiln_gpu_issued_seq(gpu) < j.seq) return 0;
  kiln_gpu_tex id;
  if (kiln_gpu_texture_find(gpu, tex, &id) != KILN_OK) return 0;
  size_t n = region_bytes(&r, f);
  uint8_t *want = malloc(n), *got = malloc(n);
  fill(want, n, seed);
  char msg[KILN_ERRMSG_MAX];
  int ok = kiln_gpu_read_texture(gpu, id, &r, got, n, msg) == KILN_OK && memcmp(want, got, n) == 0;
  free(want);
  free(got);
  return ok;
}

KT_TEST(e2e_kinds_formats) {
  kiln_gpu *gpu = null_gpu(1 << 20);
  KT_REQUIRE(gpu);
  KT_REQUIRE(mk_tex(gpu, "t2d", 64, 32, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 3));
  KT_REQUIRE(mk_tex(gpu, "arr", 16, 16, KILN_GPU_RGBA16F, KILN_GPU_TEX_2D_ARRAY, 5, 0, 1));
  KT_REQUIRE(mk_tex(gpu, "vol", 8, 8, KILN_GPU_RGBA8, KILN_GPU_TEX_3D, 0, 8, 2));
  KT_REQUIRE(mk_tex(gpu, "cube", 16, 16, KILN_GPU_RGBA16F, KILN_GPU_TEX_CUBE, 0, 0, 1));
  KT_REQUIRE(mk_tex(gpu, "r8", 37, 19, KILN_GPU_R8, KILN_GPU_TEX_2D, 0, 0, 1));
  KT_REQUIRE(mk_tex(gpu, "f32", 9, 9, KILN_GPU_R32F, KILN_GPU_TEX_2D, 0, 0, 1));
  KT_CHECK(roundtrip(gpu, "t2d", KILN_GPU_RGBA8, (kiln_gpu_region){3, 5, 0, 17, 9, 1, 0}, 1));
  KT_CHECK(roundtrip(gpu, "t2d", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 16, 8, 0, 2}, 2));
  KT_CHECK(roundtrip(gpu, "arr", KILN_GPU_RGBA16F, (kiln_gpu_region){1, 2, 1, 7, 5, 3, 0}, 3));
  KT_CHECK(roundtrip(gpu, "vol", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 2, 8, 8, 4, 0}, 4));
  KT_CHECK(roundtrip(gpu, "vol", KILN_GPU_RGBA8, (kiln_gpu_region){1, 1, 3, 3, 3, 1, 1}, 5));
  KT_CHECK(roundtrip(gpu, "cube", KILN_GPU_RGBA16F, (kiln_gpu_region){0, 0, 4, 16, 16, 1, 0}, 6));
  KT_CHECK(roundtrip(gpu, "cube", KILN_GPU_RGBA16F, (kiln_gpu_region){2, 2, 1, 5, 5, 2, 0}, 7));
  KT_CHECK(roundtrip(gpu, "r8", KILN_GPU_R8, (kiln_gpu_region){1, 1, 0, 33, 15, 1, 0}, 8));
  KT_CHECK(roundtrip(gpu, "f32", KILN_GPU_R32F, (kiln_gpu_region){0, 0, 0, 9, 9, 1, 0}, 9));
  /* untouched texels stay zero (CPU copies start cleared) */
  uint8_t px[4] = {1, 1, 1, 1};
  kiln_gpu_tex id;
  KT_REQUIRE(kiln_gpu_texture_find(gpu, "t2d", &id) == KILN_OK);
  KT_CHECK(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){63, 31, 0, 1, 1, 1, 0}, px, 4, NULL) == KILN_OK);
  KT_CHECK(px[0] == 0 && px[3] == 0);
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.backend == KILN_GPU_NULL && st.staged == 9 && st.issued == 9 && st.ring_used == 0);
  KT_CHECK(st.textures == 6);
  KT_CHECK(kiln_gpu_texture_gl(gpu, id) == 0);
  kiln_gpu_free(gpu);
}

/* ----------------------------------------------------------- validation -- */

static int stage_err(kiln_gpu *gpu, const char *tex, kiln_gpu_format f, kiln_gpu_region r, size_t len,
                     char *msg) {
  static uint8_t buf[1 << 16];
  kiln_gpu_upload up = {.texture = tex, .format = f, .region = r};
  return kiln_gpu_stage(gpu, &up, buf, len, 1, NULL, msg);
}

#define EXPECT_ERR(call, code, ...) do { \
    char msg[KILN_ERRMSG_MAX] = ""; int rc_ = (call); \
    KT_CHECK(rc_ == (code)); \
    const char *subs_[] = {__VA_ARGS__}; \
    for (size_t i_ = 0; i_ < sizeof subs_ / sizeof subs_[0]; i_++) \
      if (!strstr(msg, subs_[i_])) { fprintf(stderr, "  message '%s' lacks '%s'\n", msg, subs_[i_]); KT_CHECK(0); } \
  } while (0)

KT_TEST(stage_validation) {
  kiln_gpu *gpu = null_gpu(64 << 10);
  KT_REQUIRE(gpu);
  KT_REQUIRE(mk_tex(gpu, "atlas", 2048, 64, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 2));
  KT_REQUIRE(mk_tex(gpu, "arr", 8, 8, KILN_GPU_R8, KILN_GPU_TEX_2D_ARRAY, 4, 0, 1));
  KT_REQUIRE(mk_tex(gpu, "cube", 8, 8, KILN_GPU_R8, KILN_GPU_TEX_CUBE, 0, 0, 1));
  KT_REQUIRE(mk_tex(gpu, "vol", 8, 8, KILN_GPU_R8, KILN_GPU_TEX_3D, 0, 4, 2));
  kiln_gpu_region ok = {0, 0, 0, 16, 16, 1, 0};

  EXPECT_ERR(stage_err(gpu, "nope", KILN_GPU_RGBA8, ok, 1024, msg), KILN_NOTFOUND,
             "stage_texture: field 'texture'", "'nope'");
  EXPECT_ERR(stage_err(gpu, NULL, KILN_GPU_RGBA8, ok, 1024, msg), KILN_NOTFOUND, "field 'texture'");
  {
    char msg[KILN_ERRMSG_MAX] = "";
    kiln_gpu_upload up = {.id = 0x7777, .format = KILN_GPU_RGBA8, .region = ok};
    KT_CHECK(kiln_gpu_stage(gpu, &up, msg, 1024, 1, NULL, msg) == KILN_NOTFOUND && strstr(msg, "field 'texture'"));
  }
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_RGBA8, (kiln_gpu_region){2040, 0, 0, 16, 16, 1, 0}, 1024, msg),
             KILN_INVAL, "stage_texture: field 'x': region 2040+16 exceeds width 2048 of texture 'atlas'");
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_RGBA8, (kiln_gpu_region){1020, 0, 0, 16, 16, 1, 1}, 1024, msg),
             KILN_INVAL, "field 'x': region 1020+16 exceeds width 1024", "level 1");
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_RGBA8, (kiln_gpu_region){0, 50, 0, 16, 16, 1, 0}, 1024, msg),
             KILN_INVAL, "field 'y': region 50+16 exceeds height 64");
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_RGBA8, (kiln_gpu_region){-1, 0, 0, 16, 16, 1, 0}, 1024, msg),
             KILN_INVAL, "field 'x': -1 is negative");
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_RGBA8, (kiln_gpu_region){0, -2, 0, 16, 16, 1, 0}, 1024, msg),
             KILN_INVAL, "field 'y': -2 is negative");
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, -1, 16, 16, 1, 0}, 1024, msg),
             KILN_INVAL, "field 'z': -1 is negative");
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 0, 16, 1, 0}, 0, msg),
             KILN_INVAL, "field 'w': 0 is not positive");
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 16, -3, 1, 0}, 0, msg),
             KILN_INVAL, "field 'h': -3 is not positive");
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 16, 16, -1, 0}, 0, msg),
             KILN_INVAL, "field 'd'");
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 16, 16, 1, 2}, 1024, msg),
             KILN_INVAL, "field 'level': 2 out of range 0..1 of texture 'atlas'");
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 16, 16, 1, -1}, 1024, msg),
             KILN_INVAL, "field 'level'");
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 1, 16, 16, 1, 0}, 1024, msg),
             KILN_INVAL, "field 'z': region 1+1 exceeds the 1 images of 2d texture 'atlas'");
  EXPECT_ERR(stage_err(gpu, "arr", KILN_GPU_R8, (kiln_gpu_region){0, 0, 3, 8, 8, 2, 0}, 128, msg),
             KILN_INVAL, "field 'z': region 3+2 exceeds the 4 layers");
  EXPECT_ERR(stage_err(gpu, "cube", KILN_GPU_R8, (kiln_gpu_region){0, 0, 6, 8, 8, 1, 0}, 64, msg),
             KILN_INVAL, "field 'z': region 6+1 exceeds the 6 faces");
  EXPECT_ERR(stage_err(gpu, "vol", KILN_GPU_R8, (kiln_gpu_region){0, 0, 1, 4, 4, 2, 1}, 32, msg),
             KILN_INVAL, "field 'z': region 1+2 exceeds the 2 slices", "level 1");
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_RGBA8, ok, 1000, msg), KILN_INVAL,
             "field 'data': 1000 bytes, but region 16x16x1 of rgba8 needs 1024");
  EXPECT_ERR(stage_err(gpu, "atlas", (kiln_gpu_format)99, ok, 1024, msg), KILN_INVAL,
             "field 'format': unknown format 99");
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_FORMAT_NONE, ok, 1024, msg), KILN_INVAL, "field 'format'");
  EXPECT_ERR(stage_err(gpu, "atlas", KILN_GPU_RGBA16F, ok, 2048, msg), KILN_INVAL,
             "field 'format': rgba16f does not match format rgba8 of texture 'atlas'");
  {
    char msg[KILN_ERRMSG_MAX] = "";
    kiln_gpu_upload up = {.texture = "atlas", .format = KILN_GPU_RGBA8, .region = ok};
    KT_CHECK(kiln_gpu_stage(gpu, &up, NULL, 1024, 1, NULL, msg) == KILN_INVAL && strstr(msg, "field 'data': NULL"));
  }
  /* 128 KiB upload into a 64 KiB ring fails at once */
  static uint8_t big[128 << 10];
  {
    char msg[KILN_ERRMSG_MAX] = "";
    kiln_gpu_upload up = {.texture = "atlas", .format = KILN_GPU_RGBA8, .region = {0, 0, 0, 512, 64, 1, 0}};
    KT_CHECK(kiln_gpu_stage(gpu, &up, big, sizeof big, 1, NULL, msg) == KILN_TOOBIG);
    KT_CHECK(strstr(msg, "field 'data'") && strstr(msg, "65536-byte staging ring"));
  }
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.staged == 0 && st.ring_used == 0);
  /* read_texture validates the same way */
  kiln_gpu_tex id;
  KT_REQUIRE(kiln_gpu_texture_find(gpu, "atlas", &id) == KILN_OK);
  EXPECT_ERR(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){0, 0, 0, 4, 4, 1, 0}, big, 10, msg), KILN_INVAL,
             "read_texture: field 'out': 10 bytes");
  EXPECT_ERR(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){2047, 0, 0, 4, 4, 1, 0}, big, 64, msg), KILN_INVAL,
             "read_texture: field 'x'");
  EXPECT_ERR(kiln_gpu_read_texture(gpu, 12345, &(kiln_gpu_region){0, 0, 0, 4, 4, 1, 0}, big, 64, msg),
             KILN_NOTFOUND, "field 'texture'");
  EXPECT_ERR(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){0, 0, 0, 4, 4, 1, 0}, NULL, 64, msg),
             KILN_INVAL, "field 'out': NULL");
  kiln_gpu_free(gpu);
}

KT_TEST(texture_validation) {
  kiln_gpu *gpu = null_gpu(0);
  KT_REQUIRE(gpu);
  KT_CHECK(kiln_gpu_capacity(gpu) == (size_t)32 << 20);
  kiln_gpu_tex id;
  char msg[KILN_ERRMSG_MAX];
#define NEWT(...) kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){__VA_ARGS__}, &id, msg)
  EXPECT_ERR(NEWT(.name = NULL, .width = 4, .height = 4, .format = KILN_GPU_RGBA8), KILN_INVAL,
             "texture_new: field 'name': missing");
  EXPECT_ERR(NEWT(.name = "", .width = 4, .height = 4, .format = KILN_GPU_RGBA8), KILN_INVAL, "field 'name'");
  EXPECT_ERR(NEWT(.name = "0123456789012345678901234567890123456789012345678901234567890123456789",
                  .width = 4, .height = 4, .format = KILN_GPU_RGBA8), KILN_INVAL, "field 'name'", "longer than 63");
  EXPECT_ERR(NEWT(.name = "a", .width = 0, .height = 4, .format = KILN_GPU_RGBA8), KILN_INVAL,
             "field 'width': 0 is not positive (texture 'a')");
  EXPECT_ERR(NEWT(.name = "a", .width = 4, .height = -1, .format = KILN_GPU_RGBA8), KILN_INVAL, "field 'height'");
  EXPECT_ERR(NEWT(.name = "a", .width = 99999, .height = 4, .format = KILN_GPU_RGBA8), KILN_INVAL,
             "field 'width': 99999 exceeds the GL limit");
  EXPECT_ERR(NEWT(.name = "a", .width = 4, .height = 4, .format = (kiln_gpu_format)42), KILN_INVAL,
             "field 'format': unknown format 42");
  EXPECT_ERR(NEWT(.name = "a", .width = 4, .height = 4, .format = KILN_GPU_RGBA8, .kind = (kiln_gpu_kind)9),
             KILN_INVAL, "field 'kind': unknown kind 9");
  EXPECT_ERR(NEWT(.name = "a", .width = 8, .height = 4, .format = KILN_GPU_RGBA8, .kind = KILN_GPU_TEX_CUBE),
             KILN_INVAL, "field 'height': cube texture 'a' needs width == height");
  EXPECT_ERR(NEWT(.name = "a", .width = 4, .height = 4, .format = KILN_GPU_RGBA8, .layers = 3), KILN_INVAL,
             "field 'layers': 3 given for 2d texture 'a'");
  EXPECT_ERR(NEWT(.name = "a", .width = 4, .height = 4, .format = KILN_GPU_RGBA8, .kind = KILN_GPU_TEX_2D_ARRAY,
                  .layers = -2), KILN_INVAL, "field 'layers': -2 out of range");
  EXPECT_ERR(NEWT(.name = "a", .width = 4, .height = 4, .format = KILN_GPU_RGBA8, .depth = 3), KILN_INVAL,
             "field 'depth': 3 given for 2d texture");
  EXPECT_ERR(NEWT(.name = "a", .width = 4, .height = 4, .format = KILN_GPU_RGBA8, .kind = KILN_GPU_TEX_3D,
                  .depth = 100000), KILN_INVAL, "field 'depth': 100000 out of range");
  EXPECT_ERR(NEWT(.name = "a", .width = 16, .height = 4, .format = KILN_GPU_RGBA8, .levels = 6), KILN_INVAL,
             "field 'levels': 6 out of range 1..5");
  EXPECT_ERR(NEWT(.name = "a", .width = 16, .height = 4, .format = KILN_GPU_RGBA8, .levels = -1), KILN_INVAL,
             "field 'levels'");
  KT_CHECK(NEWT(.name = "a", .width = 16, .height = 4, .format = KILN_GPU_RGBA8, .levels = 5) == KILN_OK);
  kiln_gpu_tex first = id;
  EXPECT_ERR(NEWT(.name = "a", .width = 4, .height = 4, .format = KILN_GPU_RGBA8), KILN_EXISTS,
             "field 'name': texture 'a' exists");
  /* handles detect reuse of a freed slot */
  kiln_gpu_texture_free(gpu, first);
  KT_CHECK(NEWT(.name = "a", .width = 4, .height = 4, .format = KILN_GPU_R8) == KILN_OK);
  KT_CHECK(id != first);
  kiln_gpu_texture_desc d;
  KT_CHECK(kiln_gpu_texture_info(gpu, first, &d) == KILN_NOTFOUND);
  KT_CHECK(kiln_gpu_texture_info(gpu, id, &d) == KILN_OK && d.format == KILN_GPU_R8 && strcmp(d.name, "a") == 0);
  KT_CHECK(d.levels == 3 && d.layers == 1 && d.depth == 1);  /* levels 0: the full chain of 4x4 */
  kiln_gpu_texture_free(gpu, first);  /* stale handle: ignored */
  KT_CHECK(kiln_gpu_texture_find(gpu, "a", &id) == KILN_OK);
#undef NEWT
  kiln_gpu *bad = NULL;
  EXPECT_ERR(kiln_gpu_new(&(kiln_gpu_config){.backend = (kiln_gpu_backend)17}, &bad, msg), KILN_INVAL,
             "field 'backend'");
  (void)msg;
  KT_CHECK(bad == NULL);
  kiln_gpu_free(NULL);
  kiln_gpu_free(gpu);
}

KT_TEST(formats) {
  static const char *const names[] = {"r8", "rg8", "rgba8", "r16f", "rg16f", "rgba16f", "r32f", "rg32f", "rgba32f"};
  static const size_t bytes[] = {1, 2, 4, 2, 4, 8, 4, 8, 16};
  for (int i = 0; i < 9; i++) {
    kiln_gpu_format f = kiln_gpu_format_from_name(names[i]);
    KT_CHECK(f != KILN_GPU_FORMAT_NONE && strcmp(kiln_gpu_format_name(f), names[i]) == 0);
    KT_CHECK(kiln_gpu_format_bytes(f) == bytes[i]);
    unsigned a = 0, b = 0, c = 0;
    KT_CHECK(kiln_gpu_format_gl(f, &a, &b, &c) == KILN_OK && a && b && c);
  }
  KT_CHECK(kiln_gpu_format_from_name("bgra9") == KILN_GPU_FORMAT_NONE);
  KT_CHECK(kiln_gpu_format_from_name(NULL) == KILN_GPU_FORMAT_NONE);
  KT_CHECK(kiln_gpu_format_bytes((kiln_gpu_format)77) == 0 && kiln_gpu_format_name(KILN_GPU_FORMAT_NONE) == NULL);
  KT_CHECK(kiln_gpu_format_gl((kiln_gpu_format)77, NULL, NULL, NULL) == KILN_INVAL);
  KT_CHECK(strcmp(kiln_gpu_kind_name(KILN_GPU_TEX_CUBE), "cube") == 0 && !kiln_gpu_kind_name((kiln_gpu_kind)8));
  KT_CHECK(strcmp(kiln_gpu_backend_name(KILN_GPU_RING), "ring") == 0);
}

/* -------------------------------------------------- budgets, sessions -- */

static int stage_tile(kiln_gpu *gpu, const char *tex, int x, int y, int w, int h, uint64_t session,
                      uint32_t seed, uint64_t *seq) {
  size_t n = (size_t)w * h * 4;
  uint8_t *buf = malloc(n);
  fill(buf, n, seed);
  kiln_gpu_upload up = {.texture = tex, .format = KILN_GPU_RGBA8, .region = {x, y, 0, w, h, 1, 0}};
  char msg[KILN_ERRMSG_MAX];
  int rc = kiln_gpu_stage(gpu, &up, buf, n, session, seq, msg);
  if (rc) fprintf(stderr, "stage: %s\n", msg);
  free(buf);
  return rc;
}

KT_TEST(budgets) {
  kiln_gpu *gpu = null_gpu(1 << 20);
  KT_REQUIRE(gpu);
  KT_REQUIRE(mk_tex(gpu, "t", 256, 256, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1));
  uint64_t seqs[20];
  for (int i = 0; i < 20; i++) KT_REQUIRE(stage_tile(gpu, "t", (i % 16) * 16, (i / 16) * 16, 16, 16, 1, i, &seqs[i]) == 0);
  for (int i = 1; i < 20; i++) KT_CHECK(seqs[i] == seqs[i - 1] + 1);
  kiln_gpu_commit_result r;
  /* count budget */
  KT_CHECK(kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_uploads = 3}, 1, &r) == KILN_OK);
  KT_CHECK(r.issued == 3 && r.bytes == 3 * 1024 && !r.oversized);
  KT_CHECK(kiln_gpu_issued_seq(gpu) == seqs[2]);
  /* byte budget: 2.5 tiles worth -> 2 */
  KT_CHECK(kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_upload_bytes = 2560}, 1, &r) == KILN_OK);
  KT_CHECK(r.issued == 2 && r.bytes == 2048);
  KT_CHECK(kiln_gpu_issued_seq(gpu) == seqs[4]);
  /* both: the tighter wins */
  KT_CHECK(kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_upload_bytes = 1 << 20, .max_uploads = 4}, 1, &r) == KILN_OK);
  KT_CHECK(r.issued == 4);
  KT_CHECK(kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_upload_bytes = 3 * 1024, .max_uploads = 10}, 1, &r) == KILN_OK);
  KT_CHECK(r.issued == 3 && r.bytes == 3072);
  /* an upload larger than the byte budget goes alone, first in the call */
  KT_CHECK(kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_upload_bytes = 100}, 1, &r) == KILN_OK);
  KT_CHECK(r.issued == 1 && r.oversized == 1 && r.bytes == 1024);
  /* the rest, no budget */
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 1, &r) == KILN_OK);
  KT_CHECK(r.issued == 7 && kiln_gpu_issued_seq(gpu) == seqs[19]);
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 1, &r) == KILN_OK && r.issued == 0 && r.dropped == 0);
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.issued == 20 && st.bytes_issued == 20 * 1024 && st.ring_used == 0);
  /* all texels arrived */
  kiln_gpu_tex id;
  kiln_gpu_texture_find(gpu, "t", &id);
  for (int i = 0; i < 20; i++) {
    uint8_t want[1024], got[1024];
    fill(want, sizeof want, i);
    KT_CHECK(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){(i % 16) * 16, (i / 16) * 16, 0, 16, 16, 1, 0},
                                   got, sizeof got, NULL) == KILN_OK);
    KT_CHECK(memcmp(want, got, sizeof got) == 0);
  }
  kiln_gpu_free(gpu);
}

KT_TEST(stale_drop) {
  kiln_gpu *gpu = null_gpu(64 << 10);
  KT_REQUIRE(gpu);
  kiln_gpu_tex id = mk_tex(gpu, "t", 64, 64, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_REQUIRE(id);
  KT_REQUIRE(stage_tile(gpu, "t", 0, 0, 16, 16, 5, 100, NULL) == 0);
  KT_REQUIRE(commit_all(gpu, 5) == 0);
  uint64_t s1, s2, s3;
  KT_REQUIRE(stage_tile(gpu, "t", 0, 0, 16, 16, 5, 200, &s1) == 0);   /* old session */
  KT_REQUIRE(stage_tile(gpu, "t", 16, 0, 16, 16, 6, 300, &s2) == 0);  /* current */
  KT_REQUIRE(stage_tile(gpu, "t", 32, 0, 16, 16, 4, 400, &s3) == 0);  /* older */
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.ring_used == 3 * 1024);
  kiln_gpu_commit_result r;
  KT_CHECK(kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_uploads = 1}, 6, &r) == KILN_OK);
  KT_CHECK(r.issued == 1 && r.dropped == 2);  /* drops do not count against the budget */
  KT_CHECK(kiln_gpu_issued_seq(gpu) == s3);
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.ring_used == 0 && st.dropped == 2);
  uint8_t want[1024], got[1024];
  fill(want, sizeof want, 100);  /* old contents kept */
  KT_CHECK(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){0, 0, 0, 16, 16, 1, 0}, got, 1024, NULL) == 0);
  KT_CHECK(memcmp(want, got, 1024) == 0);
  fill(want, sizeof want, 300);
  KT_CHECK(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){16, 0, 0, 16, 16, 1, 0}, got, 1024, NULL) == 0);
  KT_CHECK(memcmp(want, got, 1024) == 0);
  memset(want, 0, sizeof want);
  KT_CHECK(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){32, 0, 0, 16, 16, 1, 0}, got, 1024, NULL) == 0);
  KT_CHECK(memcmp(want, got, 1024) == 0);
  /* uploads for a texture freed after staging are dropped too */
  KT_REQUIRE(stage_tile(gpu, "t", 0, 0, 16, 16, 6, 500, NULL) == 0);
  kiln_gpu_texture_free(gpu, id);
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 6, &r) == 0 && r.dropped == 1 && r.issued == 0);
  kiln_gpu_free(gpu);
}

/* ------------------------------------------------------------ releases -- */

static size_t released;
static void on_release(void *ud, size_t bytes) { *(size_t *)ud += bytes; }

KT_TEST(release_after) {
  kiln_gpu *gpu = null_gpu(64 << 10);
  KT_REQUIRE(gpu);
  released = 0;
  kiln_gpu_set_release_cb(gpu, on_release, &released);
  KT_REQUIRE(mk_tex(gpu, "t", 64, 64, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1));
  /* nothing staged: released at the next commit */
  KT_CHECK(kiln_gpu_release_after(gpu, 10) == KILN_OK);
  KT_CHECK(released == 0);
  KT_REQUIRE(commit_all(gpu, 1) == 0);
  KT_CHECK(released == 10);
  KT_REQUIRE(stage_tile(gpu, "t", 0, 0, 16, 16, 1, 1, NULL) == 0);
  KT_REQUIRE(stage_tile(gpu, "t", 16, 0, 16, 16, 1, 2, NULL) == 0);
  KT_CHECK(kiln_gpu_release_after(gpu, 2048) == KILN_OK);
  KT_REQUIRE(stage_tile(gpu, "t", 32, 0, 16, 16, 1, 3, NULL) == 0);
  KT_CHECK(kiln_gpu_release_after(gpu, 1024) == KILN_OK);
  kiln_gpu_commit_result r;
  KT_CHECK(kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_uploads = 1}, 1, &r) == 0);
  KT_CHECK(released == 10);  /* the first release waits for both of its uploads */
  KT_CHECK(kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_uploads = 1}, 1, &r) == 0);
  KT_CHECK(released == 10 + 2048);
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 1, &r) == 0);
  KT_CHECK(released == 10 + 2048 + 1024);
  /* without a callback, releases are consumed silently */
  kiln_gpu_set_release_cb(gpu, NULL, NULL);
  KT_CHECK(kiln_gpu_release_after(gpu, 5) == KILN_OK);
  KT_CHECK(commit_all(gpu, 1) == 0 && released == 3082);
  kiln_gpu_free(gpu);
}

/* ------------------------------------------- ring blocking, cancel -- */

struct waiter { kiln_gpu *gpu; int n; int rc; int done; pthread_mutex_t mu; };

static void *stage_many(void *arg) {
  struct waiter *w = arg;
  int rc = 0;
  for (int i = 0; i < w->n && rc == 0; i++)
    rc = stage_tile(w->gpu, "t", (i % 4) * 16, (i / 4 % 4) * 16, 16, 16, 1, (uint32_t)i, NULL);
  pthread_mutex_lock(&w->mu);
  w->rc = rc;
  w->done = 1;
  pthread_mutex_unlock(&w->mu);
  return NULL;
}

KT_TEST(ring_blocks_then_flows) {
  /* 4 KiB ring, 1 KiB uploads: the worker must wait for commits. */
  kiln_gpu *gpu = null_gpu(4096);
  KT_REQUIRE(gpu);
  KT_REQUIRE(mk_tex(gpu, "t", 64, 64, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1));
  struct waiter w = {gpu, 200, -1, 0, PTHREAD_MUTEX_INITIALIZER};
  pthread_t th;
  pthread_create(&th, NULL, stage_many, &w);
  /* Commit nothing until the stager has blocked on the full ring, so the
   * wait is certain rather than a matter of scheduling (test-only wait,
   * bounded at 10 s). */
  kiln_gpu_stats st;
  for (int t = 0; t < 100000; t++) {
    kiln_gpu_stats_get(gpu, &st);
    if (st.stalls > 0) break;
    usleep(100);
  }
  uint64_t issued = 0;
  for (int spins = 0; spins < 1000000; spins++) {
    kiln_gpu_commit_result r;
    kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_uploads = 2}, 1, &r);
    issued += r.issued;
    pthread_mutex_lock(&w.mu);
    int done = w.done;
    pthread_mutex_unlock(&w.mu);
    if (done && issued == 200) break;
    if (r.issued == 0) sched_yield();
  }
  pthread_join(th, NULL);
  KT_CHECK(w.rc == 0 && issued == 200);
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.stalls > 0);
  KT_CHECK(st.ring_used == 0 && st.ring_capacity == 4096);
  /* 16 last tiles: pattern seeds 184..199 cover the 4x4 grid */
  kiln_gpu_tex id;
  kiln_gpu_texture_find(gpu, "t", &id);
  for (int i = 184; i < 200; i++) {
    uint8_t want[1024], got[1024];
    fill(want, sizeof want, (uint32_t)i);
    kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){(i % 4) * 16, (i / 4 % 4) * 16, 0, 16, 16, 1, 0}, got, 1024, NULL);
    KT_CHECK(memcmp(want, got, 1024) == 0);
  }
  kiln_gpu_free(gpu);
}

KT_TEST(wrap_padding) {
  /* 3 KiB uploads in a 4 KiB ring: each one after the first must skip the
   * ring's end, so only one fits at a time. */
  kiln_gpu *gpu = null_gpu(4096);
  KT_REQUIRE(gpu);
  KT_REQUIRE(mk_tex(gpu, "t", 64, 64, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1));
  for (int i = 0; i < 5; i++) {
    KT_REQUIRE(stage_tile(gpu, "t", 0, 0, 16, 48, 1, (uint32_t)i, NULL) == 0);
    kiln_gpu_stats st;
    kiln_gpu_stats_get(gpu, &st);
    KT_CHECK(st.ring_used == 3072);
    KT_REQUIRE(commit_all(gpu, 1) == 0);
  }
  /* an upload of exactly the ring size fits an empty ring */
  KT_REQUIRE(stage_tile(gpu, "t", 0, 0, 16, 64, 1, 9, NULL) == 0);
  KT_REQUIRE(commit_all(gpu, 1) == 0);
  uint8_t want[4096], got[4096];
  fill(want, sizeof want, 9);
  kiln_gpu_tex id;
  kiln_gpu_texture_find(gpu, "t", &id);
  KT_CHECK(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){0, 0, 0, 16, 64, 1, 0}, got, 4096, NULL) == 0);
  KT_CHECK(memcmp(want, got, 4096) == 0);
  kiln_gpu_free(gpu);
}

KT_TEST(render_thread_never_blocks) {
  /* staging on the thread that commits cannot wait for its own commit */
  kiln_gpu *gpu = null_gpu(4096);
  KT_REQUIRE(gpu);
  KT_REQUIRE(mk_tex(gpu, "t", 64, 64, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1));
  for (int i = 0; i < 4; i++) KT_REQUIRE(stage_tile(gpu, "t", i * 16, 0, 16, 16, 1, (uint32_t)i, NULL) == 0);
  char msg[KILN_ERRMSG_MAX] = "";
  static uint8_t buf[1024];
  kiln_gpu_upload up = {.texture = "t", .format = KILN_GPU_RGBA8, .region = {0, 16, 0, 16, 16, 1, 0}};
  KT_CHECK(kiln_gpu_stage(gpu, &up, buf, sizeof buf, 1, NULL, msg) == KILN_AGAIN);
  KT_CHECK(strstr(msg, "staging ring full (4096 of 4096 bytes in use)") != NULL);
  KT_CHECK(commit_all(gpu, 1) == KILN_OK);
  KT_CHECK(kiln_gpu_stage(gpu, &up, buf, sizeof buf, 1, NULL, msg) == KILN_OK);
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.stalls == 0 && st.staged == 5);
  kiln_gpu_free(gpu);
}

KT_TEST(shutdown_wakes_waiters) {
  kiln_gpu *gpu = null_gpu(4096);
  KT_REQUIRE(gpu);
  KT_REQUIRE(mk_tex(gpu, "t", 64, 64, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1));
  struct waiter w = {gpu, 100, -1, 0, PTHREAD_MUTEX_INITIALIZER};
  pthread_t th;
  pthread_create(&th, NULL, stage_many, &w);
  /* wait until the worker is blocked (ring full, no commit) */
  for (;;) {
    kiln_gpu_stats st;
    kiln_gpu_stats_get(gpu, &st);
    if (st.stalls > 0) break;
    sched_yield();
  }
  kiln_gpu_shutdown_waiters(gpu);
  pthread_join(th, NULL);
  KT_CHECK(w.rc == KILN_CANCELED);
  char msg[KILN_ERRMSG_MAX];
  kiln_gpu_upload up = {.texture = "t", .format = KILN_GPU_RGBA8, .region = {0, 0, 0, 1, 1, 1, 0}};
  KT_CHECK(kiln_gpu_stage(gpu, &up, "abcd", 4, 1, NULL, msg) == KILN_CANCELED);
  /* commit still drains what was staged */
  kiln_gpu_commit_result r;
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 1, &r) == KILN_OK && r.issued == 4);
  kiln_gpu_free(gpu);
}

KT_TEST(free_wakes_waiters) {
  kiln_gpu *gpu = null_gpu(4096);
  KT_REQUIRE(gpu);
  KT_REQUIRE(mk_tex(gpu, "t", 64, 64, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1));
  struct waiter w = {gpu, 100, -1, 0, PTHREAD_MUTEX_INITIALIZER};
  pthread_t th;
  pthread_create(&th, NULL, stage_many, &w);
  for (;;) {
    kiln_gpu_stats st;
    kiln_gpu_stats_get(gpu, &st);
    if (st.stalls > 0) break;
    sched_yield();
  }
  /* free returns once the blocked worker has left stage; the worker then
   * returns CANCELED without touching gpu again. */
  kiln_gpu_free(gpu);
  pthread_join(th, NULL);
  KT_CHECK(w.rc == KILN_CANCELED);
}

/* ------------------------------------------------------ threaded soak -- */

struct soak { kiln_gpu *gpu; int first, count; int rc; };

static void *soak_worker(void *arg) {
  struct soak *s = arg;
  for (int i = s->first; i < s->first + s->count && s->rc == 0; i++) {
    int w = 1 + i % 13, h = 1 + i % 7;
    size_t n = (size_t)w * h;
    uint8_t buf[13 * 7];
    fill(buf, n, (uint32_t)i);
    kiln_gpu_upload up = {.texture = "r8", .format = KILN_GPU_R8, .region = {(i % 64) * 16, (i / 64) * 8, 0, w, h, 1, 0}};
    char msg[KILN_ERRMSG_MAX];
    uint64_t seq;
    s->rc = kiln_gpu_stage(s->gpu, &up, buf, n, 1, &seq, msg);
    if (s->rc) fprintf(stderr, "soak stage: %s\n", msg);
  }
  return NULL;
}

KT_TEST(threaded_soak) {
  kiln_gpu *gpu = null_gpu(8192);
  KT_REQUIRE(gpu);
  kiln_gpu_tex id = mk_tex(gpu, "r8", 1024, 512, KILN_GPU_R8, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_REQUIRE(id);
  enum { N = 4000 };
  struct soak s[2] = {{gpu, 0, N / 2, 0}, {gpu, N / 2, N / 2, 0}};
  pthread_t th[2];
  for (int i = 0; i < 2; i++) pthread_create(&th[i], NULL, soak_worker, &s[i]);
  uint64_t issued = 0, last_seq = 0;
  while (issued < N) {
    kiln_gpu_commit_result r;
    KT_REQUIRE(kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_uploads = 37}, 1, &r) == KILN_OK);
    KT_CHECK(r.issued <= 37);
    issued += r.issued;
    uint64_t s2 = kiln_gpu_issued_seq(gpu);
    KT_CHECK(s2 >= last_seq);
    last_seq = s2;
    if (r.issued == 0) sched_yield();
  }
  for (int i = 0; i < 2; i++) pthread_join(th[i], NULL);
  KT_CHECK(s[0].rc == 0 && s[1].rc == 0 && last_seq == N);
  uint8_t *img = malloc(1024 * 512);
  KT_REQUIRE(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){0, 0, 0, 1024, 512, 1, 0}, img, 1024 * 512, NULL) == 0);
  int bad = 0;
  for (int i = 0; i < N; i++) {
    int w = 1 + i % 13, h = 1 + i % 7, x0 = (i % 64) * 16, y0 = (i / 64) * 8;
    for (int y = 0; y < h; y++)
      for (int x = 0; x < w; x++)
        bad += img[(y0 + y) * 1024 + x0 + x] != pat((uint32_t)i, (uint32_t)(y * w + x));
  }
  KT_CHECK(bad == 0);
  free(img);
  kiln_gpu_free(gpu);
}

KT_TEST(wrong_backend_calls) {
  /* a GL backend before attach: no GL, clear errors */
  kiln_gpu *gpu = NULL;
  char msg[KILN_ERRMSG_MAX];
  KT_REQUIRE(kiln_gpu_new(&(kiln_gpu_config){.backend = KILN_GPU_RING}, &gpu, msg) == KILN_OK);
  kiln_gpu_tex id;
  EXPECT_ERR(kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){.name = "t", .width = 4, .height = 4,
                                  .format = KILN_GPU_RGBA8}, &id, msg), KILN_AGAIN, "not attached");
  EXPECT_ERR(stage_err(gpu, "t", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 1, 1, 1, 0}, 4, msg), KILN_AGAIN,
             "stage_texture", "not attached");
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 0, NULL) == KILN_AGAIN);
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.backend == KILN_GPU_AUTO);
  kiln_gpu_free(gpu);
  /* NULL backend attach needs no loader; a second attach is refused */
  gpu = null_gpu(0);
  KT_REQUIRE(gpu);
  KT_CHECK(kiln_gpu_attach(gpu, NULL, msg) == KILN_OK);
  EXPECT_ERR(kiln_gpu_attach(gpu, NULL, msg), KILN_EXISTS, "already attached");
  kiln_gpu_free(gpu);
}

/* ------------------------------------- kinds, levels, adopt, free -- */

KT_TEST(new_kinds) {
  kiln_gpu *gpu = null_gpu(1 << 20);
  KT_REQUIRE(gpu);
  char msg[KILN_ERRMSG_MAX];
  KT_CHECK(strcmp(kiln_gpu_kind_name(KILN_GPU_TEX_1D), "1d") == 0);
  KT_CHECK(strcmp(kiln_gpu_kind_name(KILN_GPU_TEX_1D_ARRAY), "1d_array") == 0);
  KT_CHECK(strcmp(kiln_gpu_kind_name(KILN_GPU_TEX_CUBE_ARRAY), "cube_array") == 0);
  KT_CHECK(kiln_gpu_kind_name(KILN_GPU_KIND_COUNT) == NULL);
  KT_REQUIRE(mk_tex(gpu, "line", 64, 0, KILN_GPU_RGBA8, KILN_GPU_TEX_1D, 0, 0, 0));
  KT_REQUIRE(mk_tex(gpu, "lines", 32, 1, KILN_GPU_R8, KILN_GPU_TEX_1D_ARRAY, 5, 0, 2));
  KT_REQUIRE(mk_tex(gpu, "cubes", 16, 16, KILN_GPU_RG16F, KILN_GPU_TEX_CUBE_ARRAY, 2, 0, 2));
  kiln_gpu_tex id;
  kiln_gpu_texture_desc d;
  KT_REQUIRE(kiln_gpu_texture_find(gpu, "line", &id) == KILN_OK && kiln_gpu_texture_info(gpu, id, &d) == KILN_OK);
  KT_CHECK(d.kind == KILN_GPU_TEX_1D && d.height == 1 && d.levels == 7 && d.layers == 1);
  KT_CHECK(roundtrip(gpu, "line", KILN_GPU_RGBA8, (kiln_gpu_region){3, 0, 0, 20, 1, 1, 0}, 21));
  KT_CHECK(roundtrip(gpu, "line", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 16, 1, 1, 2}, 22));
  KT_CHECK(roundtrip(gpu, "line", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 1, 1, 1, 6}, 23));
  KT_CHECK(roundtrip(gpu, "lines", KILN_GPU_R8, (kiln_gpu_region){2, 0, 1, 10, 1, 3, 0}, 24));
  KT_CHECK(roundtrip(gpu, "lines", KILN_GPU_R8, (kiln_gpu_region){0, 0, 4, 16, 1, 1, 1}, 25));
  KT_CHECK(roundtrip(gpu, "cubes", KILN_GPU_RG16F, (kiln_gpu_region){1, 1, 4, 5, 5, 4, 0}, 26));  /* across cubes */
  KT_CHECK(roundtrip(gpu, "cubes", KILN_GPU_RG16F, (kiln_gpu_region){0, 0, 11, 8, 8, 1, 1}, 27));
  /* neighbours of an upload stay untouched: layer 0 of "lines" is still zero */
  uint8_t z[32] = {1};
  KT_REQUIRE(kiln_gpu_texture_find(gpu, "lines", &id) == KILN_OK);
  KT_CHECK(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){0, 0, 0, 32, 1, 1, 0}, z, 32, NULL) == KILN_OK);
  int nz = 0;
  for (int i = 0; i < 32; i++) nz += z[i] != 0;
  KT_CHECK(nz == 0);
  /* region checks name the field and the kind's images */
  EXPECT_ERR(stage_err(gpu, "line", KILN_GPU_RGBA8, (kiln_gpu_region){0, 1, 0, 4, 1, 1, 0}, 16, msg),
             KILN_INVAL, "field 'y': region 1+1 exceeds height 1 of texture 'line'");
  EXPECT_ERR(stage_err(gpu, "line", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 1, 4, 1, 1, 0}, 16, msg),
             KILN_INVAL, "field 'z': region 1+1 exceeds the 1 images of 1d texture 'line'");
  EXPECT_ERR(stage_err(gpu, "line", KILN_GPU_RGBA8, (kiln_gpu_region){60, 0, 0, 8, 1, 1, 0}, 32, msg),
             KILN_INVAL, "field 'x': region 60+8 exceeds width 64 of texture 'line'");
  EXPECT_ERR(stage_err(gpu, "lines", KILN_GPU_R8, (kiln_gpu_region){0, 0, 4, 4, 1, 2, 0}, 8, msg),
             KILN_INVAL, "field 'z': region 4+2 exceeds the 5 layers of 1d_array texture 'lines'");
  EXPECT_ERR(stage_err(gpu, "lines", KILN_GPU_R8, (kiln_gpu_region){0, 0, 0, 4, 2, 1, 0}, 8, msg),
             KILN_INVAL, "field 'y': region 0+2 exceeds height 1 of texture 'lines'");
  EXPECT_ERR(stage_err(gpu, "cubes", KILN_GPU_RG16F, (kiln_gpu_region){0, 0, 10, 4, 4, 3, 0}, 192, msg),
             KILN_INVAL, "field 'z': region 10+3 exceeds the 12 layer-faces of cube_array texture 'cubes'");
  EXPECT_ERR(stage_err(gpu, "cubes", KILN_GPU_RG16F, (kiln_gpu_region){0, 0, 0, 9, 9, 1, 1}, 324, msg),
             KILN_INVAL, "field 'x': region 0+9 exceeds width 8 of texture 'cubes' at level 1");
  /* descriptions */
#define NEWT(...) kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){__VA_ARGS__}, &id, msg)
  EXPECT_ERR(NEWT(.name = "b", .width = 8, .height = 4, .format = KILN_GPU_R8, .kind = KILN_GPU_TEX_1D),
             KILN_INVAL, "texture_new: field 'height': 4 given for 1d texture 'b'");
  EXPECT_ERR(NEWT(.name = "b", .width = 8, .height = 2, .format = KILN_GPU_R8, .kind = KILN_GPU_TEX_1D_ARRAY,
                  .layers = 3), KILN_INVAL, "field 'height': 2 given for 1d_array texture 'b'");
  EXPECT_ERR(NEWT(.name = "b", .width = 8, .format = KILN_GPU_R8, .kind = KILN_GPU_TEX_1D, .layers = 3),
             KILN_INVAL, "field 'layers': 3 given for 1d texture 'b'");
  EXPECT_ERR(NEWT(.name = "b", .width = 8, .height = 4, .format = KILN_GPU_R8, .kind = KILN_GPU_TEX_CUBE_ARRAY,
                  .layers = 2), KILN_INVAL, "field 'height': cube_array texture 'b' needs width == height");
  EXPECT_ERR(NEWT(.name = "b", .width = 8, .height = 8, .format = KILN_GPU_R8, .kind = KILN_GPU_TEX_CUBE_ARRAY,
                  .layers = 100000), KILN_INVAL, "field 'layers': 100000 out of range 1..");
  EXPECT_ERR(NEWT(.name = "b", .width = 8, .height = 8, .format = KILN_GPU_R8, .kind = KILN_GPU_TEX_CUBE_ARRAY,
                  .depth = 2), KILN_INVAL, "field 'depth': 2 given for cube_array texture 'b'");
  EXPECT_ERR(NEWT(.name = "b", .width = 8, .format = KILN_GPU_R8, .kind = KILN_GPU_TEX_1D, .levels = 5),
             KILN_INVAL, "field 'levels': 5 out of range 1..4");
  EXPECT_ERR(NEWT(.name = "b", .width = 8, .height = 8, .format = KILN_GPU_R8, .kind = (kiln_gpu_kind)7),
             KILN_INVAL, "field 'kind': unknown kind 7");
  KT_CHECK(NEWT(.name = "b", .width = 8, .height = 8, .format = KILN_GPU_R8, .kind = KILN_GPU_TEX_CUBE_ARRAY) == 0);
  KT_CHECK(kiln_gpu_texture_info(gpu, id, &d) == KILN_OK && d.layers == 1 && d.levels == 4);
#undef NEWT
  kiln_gpu_free(gpu);
}

KT_TEST(levels_zero_full_chain) {
  kiln_gpu *gpu = null_gpu(1 << 20);
  KT_REQUIRE(gpu);
  kiln_gpu_tex id = mk_tex(gpu, "full", 64, 16, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 0);
  KT_REQUIRE(id);
  kiln_gpu_texture_desc d;
  KT_CHECK(kiln_gpu_texture_info(gpu, id, &d) == KILN_OK && d.levels == 7);
  KT_CHECK(roundtrip(gpu, "full", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 1, 1, 1, 6}, 31));
  KT_CHECK(roundtrip(gpu, "full", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 16, 4, 1, 2}, 32));
  EXPECT_ERR(stage_err(gpu, "full", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 1, 1, 1, 7}, 4, msg),
             KILN_INVAL, "field 'level': 7 out of range 0..6 of texture 'full'");
  id = mk_tex(gpu, "vol", 8, 8, KILN_GPU_R8, KILN_GPU_TEX_3D, 0, 32, 0);
  KT_CHECK(id && kiln_gpu_texture_info(gpu, id, &d) == KILN_OK && d.levels == 6);
  KT_CHECK(roundtrip(gpu, "vol", KILN_GPU_R8, (kiln_gpu_region){0, 0, 0, 1, 1, 1, 5}, 33));
  id = mk_tex(gpu, "arr", 8, 2, KILN_GPU_R8, KILN_GPU_TEX_2D_ARRAY, 40, 0, 0);  /* layers are no dimension */
  KT_CHECK(id && kiln_gpu_texture_info(gpu, id, &d) == KILN_OK && d.levels == 4);
  id = mk_tex(gpu, "one", 64, 64, KILN_GPU_R8, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_CHECK(id && kiln_gpu_texture_info(gpu, id, &d) == KILN_OK && d.levels == 1);
  kiln_gpu_free(gpu);
}

KT_TEST(adopt_null) {
  kiln_gpu *gpu = null_gpu(1 << 20);
  KT_REQUIRE(gpu);
  char msg[KILN_ERRMSG_MAX];
  kiln_gpu_tex id = 0;
  kiln_gpu_texture_desc desc = {.name = "host", .width = 32, .height = 16, .format = KILN_GPU_RGBA8, .levels = 1};
  KT_REQUIRE(kiln_gpu_texture_adopt(gpu, &desc, 0, &id, msg) == KILN_OK && id);
  KT_CHECK(kiln_gpu_texture_gl(gpu, id) == 0);  /* no GL on the NULL backend */
  KT_CHECK(roundtrip(gpu, "host", KILN_GPU_RGBA8, (kiln_gpu_region){4, 2, 0, 8, 8, 1, 0}, 41));
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &desc, 0, &id, msg), KILN_EXISTS,
             "texture_adopt: field 'name': texture 'host' exists");
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "h2", .width = 0, .height = 4,
                                    .format = KILN_GPU_R8}, 0, &id, msg),
             KILN_INVAL, "texture_adopt: field 'width': 0 is not positive (texture 'h2')");
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.textures == 1);
  KT_CHECK(kiln_gpu_texture_free_name(gpu, "host", msg) == KILN_OK);
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.textures == 0);
  EXPECT_ERR(kiln_gpu_texture_free_name(gpu, "host", msg), KILN_NOTFOUND,
             "texture_free: field 'name': no texture named 'host'");
  EXPECT_ERR(kiln_gpu_texture_free_name(gpu, NULL, msg), KILN_NOTFOUND, "field 'name'");
  kiln_gpu_free(gpu);
}

KT_TEST(free_then_recreate) {
  kiln_gpu *gpu = null_gpu(1 << 20);
  KT_REQUIRE(gpu);
  char msg[KILN_ERRMSG_MAX];
  kiln_gpu_tex old = mk_tex(gpu, "page", 32, 32, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_REQUIRE(old);
  uint8_t buf[16 * 16 * 4];
  fill(buf, sizeof buf, 51);
  kiln_gpu_upload up = {.texture = "page", .format = KILN_GPU_RGBA8, .region = {0, 0, 0, 16, 16, 1, 0}};
  KT_REQUIRE(kiln_gpu_stage(gpu, &up, buf, sizeof buf, 1, NULL, msg) == KILN_OK);
  up.region.x = 16;
  KT_REQUIRE(kiln_gpu_stage(gpu, &up, buf, sizeof buf, 1, NULL, msg) == KILN_OK);
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.ring_used > 0);
  KT_CHECK(kiln_gpu_texture_free_name(gpu, "page", msg) == KILN_OK);
  /* staging into the freed name fails and says so */
  EXPECT_ERR(kiln_gpu_stage(gpu, &up, buf, sizeof buf, 1, NULL, msg), KILN_NOTFOUND,
             "stage_texture: field 'texture': no texture named 'page' (it was freed)");
  EXPECT_ERR(kiln_gpu_stage(gpu, &(kiln_gpu_upload){.id = old, .format = KILN_GPU_RGBA8,
                            .region = {0, 0, 0, 16, 16, 1, 0}}, buf, sizeof buf, 1, NULL, msg),
             KILN_NOTFOUND, "field 'texture': no texture with id");
  /* the same name again, bigger (an atlas page resized) */
  kiln_gpu_tex id = mk_tex(gpu, "page", 64, 64, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_REQUIRE(id && id != old);
  fill(buf, sizeof buf, 52);
  up.region = (kiln_gpu_region){40, 40, 0, 16, 16, 1, 0};
  KT_REQUIRE(kiln_gpu_stage(gpu, &up, buf, sizeof buf, 1, NULL, msg) == KILN_OK);
  kiln_gpu_commit_result r;
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 1, &r) == KILN_OK && r.dropped == 2 && r.issued == 1);
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.dropped == 2 && st.issued == 1 && st.ring_used == 0 && st.textures == 1);
  /* only the new upload landed: the old ones' texels are zero */
  static uint8_t img[64 * 64 * 4];
  KT_REQUIRE(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){0, 0, 0, 64, 64, 1, 0}, img, sizeof img, msg) == 0);
  int bad = 0;
  for (int y = 0; y < 64; y++)
    for (int x = 0; x < 64; x++)
      for (int c = 0; c < 4; c++) {
        int in = x >= 40 && x < 56 && y >= 40 && y < 56;
        uint8_t want = in ? pat(52, (uint32_t)(((y - 40) * 16 + (x - 40)) * 4 + c)) : 0;
        bad += img[(y * 64 + x) * 4 + c] != want;
      }
  KT_CHECK(bad == 0);
  kiln_gpu_free(gpu);
}

/* ------------------------------- sub-rects, bands, priority, time -- */

/* Texels of a w x h (x d) rgba8 source image, as the region (x, y, z,
 * rw, rh, rd) packs them: what read_texture returns. */
static void crop(const uint8_t *src, int w, int h, int x, int y, int z, int rw, int rh, int rd, size_t bpp,
                 uint8_t *out) {
  for (int k = 0; k < rd; k++)
    for (int j = 0; j < rh; j++)
      memcpy(out + (((size_t)k * rh + j) * rw) * bpp,
             src + ((((size_t)(z + k) * h) + (size_t)(y + j)) * w + (size_t)x) * bpp, (size_t)rw * bpp);
}

static int read_eq(kiln_gpu *gpu, kiln_gpu_tex id, kiln_gpu_region r, const uint8_t *want, size_t n) {
  uint8_t *got = malloc(n);
  char msg[KILN_ERRMSG_MAX] = "";
  int ok = kiln_gpu_read_texture(gpu, id, &r, got, n, msg) == KILN_OK && memcmp(want, got, n) == 0;
  if (!ok) fprintf(stderr, "  read back differs %s\n", msg);
  free(got);
  return ok;
}

KT_TEST(subrect_offset_row_length) {
  kiln_gpu *gpu = null_gpu(1 << 20);
  KT_REQUIRE(gpu);
  kiln_gpu_tex id = mk_tex(gpu, "t", 64, 64, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1);
  kiln_gpu_tex vol = mk_tex(gpu, "vol", 8, 8, KILN_GPU_R8, KILN_GPU_TEX_3D, 0, 4, 1);
  KT_REQUIRE(id && vol);
  enum { SW = 100, SH = 80 };
  static uint8_t src[SW * SH * 4];
  fill(src, sizeof src, 42);
  /* region 20x10 at (5,7) from source texel (13,21) */
  kiln_gpu_upload up = {.texture = "t", .format = KILN_GPU_RGBA8, .region = {5, 7, 0, 20, 10, 1, 0},
                        .offset = (21 * SW + 13) * 4, .row_length = SW};
  char msg[KILN_ERRMSG_MAX] = "";
  KT_CHECK(kiln_gpu_stage(gpu, &up, src, sizeof src, 1, NULL, msg) == KILN_OK);
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.bytes_staged == 20 * 10 * 4 && st.ring_used == 832);  /* packed in the ring */
  KT_REQUIRE(commit_all(gpu, 1) == KILN_OK);
  uint8_t want[20 * 10 * 4];
  crop(src, SW, SH, 13, 21, 0, 20, 10, 1, 4, want);
  KT_CHECK(read_eq(gpu, id, (kiln_gpu_region){5, 7, 0, 20, 10, 1, 0}, want, sizeof want));
  /* the last row ends exactly at the data's end */
  up.region = (kiln_gpu_region){0, 0, 0, 4, 3, 1, 0};
  up.offset = ((SH - 3) * SW + SW - 4) * 4;
  KT_CHECK(kiln_gpu_stage(gpu, &up, src, sizeof src, 1, NULL, msg) == KILN_OK);
  KT_REQUIRE(commit_all(gpu, 1) == KILN_OK);
  uint8_t want2[4 * 3 * 4];
  crop(src, SW, SH, SW - 4, SH - 3, 0, 4, 3, 1, 4, want2);
  KT_CHECK(read_eq(gpu, id, up.region, want2, sizeof want2));
  /* 3d: row_length and image_height; slices 1..3 of a 10x9x5 r8 source at (2,1) */
  static uint8_t vsrc[10 * 9 * 5];
  fill(vsrc, sizeof vsrc, 7);
  kiln_gpu_upload vu = {.texture = "vol", .format = KILN_GPU_R8, .region = {0, 0, 1, 8, 8, 3, 0},
                        .offset = 1 * 90 + 1 * 10 + 2, .row_length = 10, .image_height = 9};
  KT_CHECK(kiln_gpu_stage(gpu, &vu, vsrc, sizeof vsrc, 1, NULL, msg) == KILN_OK);
  KT_REQUIRE(commit_all(gpu, 1) == KILN_OK);
  uint8_t vwant[8 * 8 * 3];
  crop(vsrc, 10, 9, 2, 1, 1, 8, 8, 3, 1, vwant);
  KT_CHECK(read_eq(gpu, vol, (kiln_gpu_region){0, 0, 1, 8, 8, 3, 0}, vwant, sizeof vwant));
  /* validation names the field */
  up.region = (kiln_gpu_region){0, 0, 0, 20, 10, 1, 0};
  up.offset = 0;
  up.row_length = 19;
  EXPECT_ERR(kiln_gpu_stage(gpu, &up, src, sizeof src, 1, NULL, msg), KILN_INVAL,
             "field 'row_length': 19 is less than the region's w 20");
  up.row_length = -1;
  EXPECT_ERR(kiln_gpu_stage(gpu, &up, src, sizeof src, 1, NULL, msg), KILN_INVAL, "field 'row_length'");
  up.row_length = SW;
  up.offset = sizeof src;
  EXPECT_ERR(kiln_gpu_stage(gpu, &up, src, sizeof src, 1, NULL, msg), KILN_INVAL,
             "field 'offset': 32000 is past the end of the 32000-byte data");
  up.offset = ((SH - 9) * SW) * 4;  /* 10 rows from row 71 of 80: one row short */
  EXPECT_ERR(kiln_gpu_stage(gpu, &up, src, sizeof src, 1, NULL, msg), KILN_INVAL, "field 'row_length'",
             "32080 of the 32000-byte data");
  up.row_length = 0;
  up.offset = sizeof src - 20 * 10 * 4 + 4;  /* packed, 4 bytes short */
  EXPECT_ERR(kiln_gpu_stage(gpu, &up, src, sizeof src, 1, NULL, msg), KILN_INVAL, "field 'offset'", "needs 800");
  vu.image_height = 7;
  EXPECT_ERR(kiln_gpu_stage(gpu, &vu, vsrc, sizeof vsrc, 1, NULL, msg), KILN_INVAL,
             "field 'image_height': 7 is less than the region's h 8");
  vu.image_height = 9;
  vu.offset = 2 * 90;  /* slices 2..4 of 5, then 8 rows of 10 in the last: fits; one more slice does not */
  KT_CHECK(kiln_gpu_stage(gpu, &vu, vsrc, sizeof vsrc, 1, NULL, msg) == KILN_OK);
  vu.offset = 3 * 90;
  EXPECT_ERR(kiln_gpu_stage(gpu, &vu, vsrc, sizeof vsrc, 1, NULL, msg), KILN_INVAL, "field 'row_length'");
  KT_REQUIRE(commit_all(gpu, 1) == KILN_OK);
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.ring_used == 0 && st.staged == 4 && st.issued == 4);
  kiln_gpu_free(gpu);
}

KT_TEST(mip_chain_one_buffer) {
  kiln_gpu *gpu = null_gpu(1 << 20);
  KT_REQUIRE(gpu);
  kiln_gpu_tex id = mk_tex(gpu, "mips", 32, 16, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 0);
  KT_REQUIRE(id);
  size_t off[6], total = 0;
  for (int l = 0; l < 6; l++) {
    off[l] = total;
    total += (size_t)(32 >> l ? 32 >> l : 1) * (size_t)(16 >> l ? 16 >> l : 1) * 4;
  }
  uint8_t *chain = malloc(total);
  fill(chain, total, 99);
  char msg[KILN_ERRMSG_MAX] = "";
  for (int l = 0; l < 6; l++) {
    int w = 32 >> l ? 32 >> l : 1, h = 16 >> l ? 16 >> l : 1;
    kiln_gpu_upload up = {.texture = "mips", .format = KILN_GPU_RGBA8, .region = {0, 0, 0, w, h, 1, l},
                          .offset = off[l]};
    KT_CHECK(kiln_gpu_stage(gpu, &up, chain, total, 1, NULL, msg) == KILN_OK);
  }
  KT_REQUIRE(commit_all(gpu, 1) == KILN_OK);
  for (int l = 0; l < 6; l++) {
    int w = 32 >> l ? 32 >> l : 1, h = 16 >> l ? 16 >> l : 1;
    KT_CHECK(read_eq(gpu, id, (kiln_gpu_region){0, 0, 0, w, h, 1, l}, chain + off[l], (size_t)w * h * 4));
  }
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.bytes_staged == total && st.ring_used == 0);
  free(chain);
  kiln_gpu_free(gpu);
}

/* A worker stages one big upload (and hands back its reservation, as the
 * runtime does after an item's last upload); the render thread commits a
 * band at a time, checking that the apply gate opens only after the last. */
struct big { kiln_gpu *gpu; kiln_gpu_upload up; const uint8_t *data; size_t len; int rc; uint64_t seq;
             _Atomic int done; };

static void *stage_big(void *arg) {
  struct big *b = arg;
  char msg[KILN_ERRMSG_MAX] = "";
  b->rc = kiln_gpu_stage(b->gpu, &b->up, b->data, b->len, 1, &b->seq, msg);
  if (b->rc) fprintf(stderr, "stage big: %s\n", msg);
  if (b->rc == KILN_OK) kiln_gpu_release_after(b->gpu, b->up.max_band_bytes ? b->up.max_band_bytes : 64 << 10);
  b->done = 1;
  return NULL;
}

/* Returns the number of bands issued; *gate_early is set when the gate
 * (kiln_gpu_seq_issued on the returned seq, and issued_seq) opened before
 * every band was issued. */
static unsigned run_big(kiln_gpu *gpu, struct big *b, int *gate_early) {
  pthread_t th;
  b->gpu = gpu;
  b->done = 0;
  pthread_create(&th, NULL, stage_big, b);
  unsigned issued = 0;
  uint64_t seen_issued_seq[4096];
  unsigned nseen = 0;
  for (long spins = 0; spins < 10000000; spins++) {
    kiln_gpu_commit_result r;
    kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_uploads = 1}, 1, &r);
    issued += r.issued;
    if (r.issued && nseen < 4096) seen_issued_seq[nseen++] = kiln_gpu_issued_seq(gpu);
    if (b->done) {
      kiln_gpu_stats st;
      kiln_gpu_stats_get(gpu, &st);
      if (st.issued == st.staged) break;
    }
    if (!r.issued) sched_yield();
  }
  pthread_join(th, NULL);
  *gate_early = 0;
  for (unsigned i = 0; i + 1 < nseen; i++)
    if (seen_issued_seq[i] >= b->seq) *gate_early = 1;
  if (nseen && seen_issued_seq[nseen - 1] != b->seq) *gate_early = 1;
  return issued;
}

KT_TEST(upload_4x_ring_in_bands) {
  kiln_gpu *gpu = null_gpu(64 << 10);
  KT_REQUIRE(gpu);
  released = 0;
  kiln_gpu_set_release_cb(gpu, on_release, &released);
  kiln_gpu_tex id = mk_tex(gpu, "big", 256, 256, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_REQUIRE(id);
  size_t len = 256 * 256 * 4;  /* 4x the ring */
  uint8_t *data = malloc(len);
  fill(data, len, 5);
  struct big b = {.up = {.texture = "big", .format = KILN_GPU_RGBA8, .region = {0, 0, 0, 256, 256, 1, 0}},
                  .data = data, .len = len};
  int early = 1;
  unsigned bands = run_big(gpu, &b, &early);
  KT_CHECK(b.rc == KILN_OK);
  KT_CHECK(bands == 4 && b.seq == 4 && !early);
  KT_CHECK(kiln_gpu_seq_issued(gpu, b.seq) && kiln_gpu_issued_seq(gpu) == b.seq);
  KT_CHECK(read_eq(gpu, id, (kiln_gpu_region){0, 0, 0, 256, 256, 1, 0}, data, len));
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.bytes_staged == len && st.bytes_issued == len && st.ring_used == 0);
  KT_CHECK(commit_all(gpu, 1) == 0 && released == 64 << 10);  /* the reservation came back whole */

  /* a band limit below the ring (the item's reservation), a sub-rect
   * source and a height that is not a multiple of the band */
  enum { SW = 150, SH = 130 };
  uint8_t *src = malloc(SW * SH * 4);
  fill(src, SW * SH * 4, 6);
  b.up = (kiln_gpu_upload){.texture = "big", .format = KILN_GPU_RGBA8, .region = {3, 1, 0, 120, 125, 1, 0},
                           .offset = (4 * SW + 9) * 4, .row_length = SW, .max_band_bytes = 10000};
  b.data = src;
  b.len = SW * SH * 4;
  uint64_t before = st.staged;
  bands = run_big(gpu, &b, &early);
  KT_CHECK(b.rc == KILN_OK && !early);
  KT_CHECK(bands == 7 && b.seq == before + 7);  /* 20 rows of 480 bytes a band, 125 rows */
  uint8_t *want = malloc(120 * 125 * 4);
  crop(src, SW, SH, 9, 4, 0, 120, 125, 1, 4, want);
  KT_CHECK(read_eq(gpu, id, b.up.region, want, 120 * 125 * 4));
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.ring_used == 0 && st.bytes_staged == len + 120 * 125 * 4);
  KT_CHECK(commit_all(gpu, 1) == 0 && released == (64 << 10) + 10000);

  /* arrays: whole layers per band when one fits, else rows of one layer */
  kiln_gpu_tex arr = mk_tex(gpu, "arr", 64, 64, KILN_GPU_RGBA8, KILN_GPU_TEX_2D_ARRAY, 6, 0, 1);
  KT_REQUIRE(arr);
  size_t alen = 64 * 64 * 4 * 6;
  uint8_t *adata = malloc(alen);
  fill(adata, alen, 8);
  b.up = (kiln_gpu_upload){.texture = "arr", .format = KILN_GPU_RGBA8, .region = {0, 0, 0, 64, 64, 6, 0},
                           .max_band_bytes = 40000};  /* 2 layers of 16 KiB a band */
  b.data = adata;
  b.len = alen;
  bands = run_big(gpu, &b, &early);
  KT_CHECK(b.rc == KILN_OK && bands == 3 && !early);
  KT_CHECK(read_eq(gpu, arr, b.up.region, adata, alen));
  b.up.max_band_bytes = 1100;  /* 4 rows of 256 bytes: 16 bands a layer */
  fill(adata, alen, 9);
  bands = run_big(gpu, &b, &early);
  KT_CHECK(b.rc == KILN_OK && bands == 96 && !early);
  KT_CHECK(read_eq(gpu, arr, b.up.region, adata, alen));
  /* one row larger than a band cannot be split */
  b.up.max_band_bytes = 200;
  char msg[KILN_ERRMSG_MAX] = "";
  KT_CHECK(kiln_gpu_stage(gpu, &b.up, adata, alen, 1, NULL, msg) == KILN_TOOBIG &&
           strstr(msg, "field 'w'") && strstr(msg, "max_band_bytes"));
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.ring_used == 0 && st.staged == st.issued);
  free(adata);
  free(want);
  free(src);
  free(data);
  kiln_gpu_free(gpu);
}

static int stage_prio(kiln_gpu *gpu, int x, int prio, uint32_t seed, uint64_t *seq) {
  uint8_t buf[16 * 16 * 4];
  fill(buf, sizeof buf, seed);
  kiln_gpu_upload up = {.texture = "t", .format = KILN_GPU_RGBA8, .region = {x, 0, 0, 16, 16, 1, 0},
                        .priority = prio};
  char msg[KILN_ERRMSG_MAX];
  int rc = kiln_gpu_stage(gpu, &up, buf, sizeof buf, 1, seq, msg);
  if (rc) fprintf(stderr, "stage: %s\n", msg);
  return rc;
}

static int tile_is(kiln_gpu *gpu, kiln_gpu_tex id, int x, uint32_t seed) {
  uint8_t want[16 * 16 * 4];
  if (seed) fill(want, sizeof want, seed);
  else memset(want, 0, sizeof want);
  return read_eq(gpu, id, (kiln_gpu_region){x, 0, 0, 16, 16, 1, 0}, want, sizeof want);
}

KT_TEST(priority_order) {
  kiln_gpu *gpu = null_gpu(1 << 20);
  KT_REQUIRE(gpu);
  kiln_gpu_tex id = mk_tex(gpu, "t", 128, 16, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_REQUIRE(id);
  uint64_t lo1, hi1, hi2, lo2, mid;
  KT_REQUIRE(stage_prio(gpu, 0, 0, 11, &lo1) == 0);
  KT_REQUIRE(stage_prio(gpu, 16, 5, 12, &hi1) == 0);
  KT_REQUIRE(stage_prio(gpu, 32, 0, 13, &lo2) == 0);
  KT_REQUIRE(stage_prio(gpu, 48, 5, 14, &hi2) == 0);
  KT_REQUIRE(stage_prio(gpu, 64, -3, 15, &mid) == 0);  /* negative: below the default */
  kiln_gpu_commit_result r;
  const kiln_gpu_budget one = {.max_uploads = 1};
  kiln_gpu_stats st;
  /* high first, FIFO within it; issued_seq waits for the low one before */
  KT_CHECK(kiln_gpu_commit(gpu, &one, 1, &r) == 0 && r.issued == 1);
  KT_CHECK(tile_is(gpu, id, 16, 12) && tile_is(gpu, id, 0, 0) && tile_is(gpu, id, 48, 0));
  KT_CHECK(kiln_gpu_issued_seq(gpu) == 0 && kiln_gpu_seq_issued(gpu, hi1) && !kiln_gpu_seq_issued(gpu, lo1));
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.ring_used == 5 * 1024);  /* its space waits for the earlier record */
  KT_CHECK(kiln_gpu_commit(gpu, &one, 1, &r) == 0 && r.issued == 1);
  KT_CHECK(tile_is(gpu, id, 48, 14) && tile_is(gpu, id, 0, 0) && kiln_gpu_seq_issued(gpu, hi2));
  KT_CHECK(kiln_gpu_commit(gpu, &one, 1, &r) == 0 && r.issued == 1);
  KT_CHECK(tile_is(gpu, id, 0, 11) && tile_is(gpu, id, 32, 0));
  KT_CHECK(kiln_gpu_issued_seq(gpu) == hi1);  /* lo1, hi1 popped; lo2 next */
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.ring_used == 3 * 1024);
  KT_CHECK(kiln_gpu_commit(gpu, &one, 1, &r) == 0 && r.issued == 1);
  KT_CHECK(tile_is(gpu, id, 32, 13) && tile_is(gpu, id, 64, 0) && kiln_gpu_issued_seq(gpu) == hi2);
  KT_CHECK(kiln_gpu_commit(gpu, &one, 1, &r) == 0 && r.issued == 1);
  KT_CHECK(tile_is(gpu, id, 64, 15) && kiln_gpu_issued_seq(gpu) == mid && kiln_gpu_seq_issued(gpu, mid));
  KT_CHECK(!kiln_gpu_seq_issued(gpu, mid + 1) && kiln_gpu_seq_issued(gpu, 0));
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.ring_used == 0 && st.issued == 5);
  /* stale ones drop whatever their priority, without using the budget */
  KT_REQUIRE(stage_prio(gpu, 0, 9, 21, &lo1) == 0);
  uint8_t buf[1024];
  fill(buf, sizeof buf, 22);
  kiln_gpu_upload up = {.texture = "t", .format = KILN_GPU_RGBA8, .region = {16, 0, 0, 16, 16, 1, 0}, .priority = 1};
  KT_REQUIRE(kiln_gpu_stage(gpu, &up, buf, sizeof buf, 2, NULL, NULL) == 0);
  KT_CHECK(kiln_gpu_commit(gpu, &one, 2, &r) == 0 && r.issued == 1 && r.dropped == 1);
  KT_CHECK(tile_is(gpu, id, 16, 22) && tile_is(gpu, id, 0, 11));
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.ring_used == 0);
  kiln_gpu_free(gpu);
}

KT_TEST(priority_yields_to_a_crowded_ring) {
  /* The oldest upload holds more than half the ring: it goes first, or
   * the ring could fill with issued uploads that cannot free behind it. */
  kiln_gpu *gpu = null_gpu(64 << 10);
  KT_REQUIRE(gpu);
  kiln_gpu_tex id = mk_tex(gpu, "t", 128, 128, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_REQUIRE(id);
  static uint8_t big[128 * 80 * 4];
  fill(big, sizeof big, 31);
  kiln_gpu_upload up = {.texture = "t", .format = KILN_GPU_RGBA8, .region = {0, 16, 0, 128, 80, 1, 0}};
  KT_REQUIRE(kiln_gpu_stage(gpu, &up, big, sizeof big, 1, NULL, NULL) == 0);
  KT_REQUIRE(stage_prio(gpu, 0, 5, 32, NULL) == 0);
  kiln_gpu_commit_result r;
  KT_CHECK(kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_uploads = 1}, 1, &r) == 0 && r.issued == 1);
  KT_CHECK(tile_is(gpu, id, 0, 0) && kiln_gpu_issued_seq(gpu) == 1);
  KT_CHECK(kiln_gpu_commit(gpu, &(kiln_gpu_budget){.max_uploads = 1}, 1, &r) == 0 && r.issued == 1);
  KT_CHECK(tile_is(gpu, id, 0, 32));
  kiln_gpu_free(gpu);
}

KT_TEST(time_budget) {
  kiln_gpu *gpu = null_gpu(16 << 20);
  KT_REQUIRE(gpu);
  KT_REQUIRE(mk_tex(gpu, "t", 512, 512, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1));
  static uint8_t buf[512 * 32 * 4];
  for (int i = 0; i < 16; i++) {
    fill(buf, sizeof buf, (uint32_t)i);
    kiln_gpu_upload up = {.texture = "t", .format = KILN_GPU_RGBA8, .region = {0, i * 32, 0, 512, 32, 1, 0}};
    KT_REQUIRE(kiln_gpu_stage(gpu, &up, buf, sizeof buf, 1, NULL, NULL) == 0);
  }
  kiln_gpu_commit_result r;
  /* spent at once: still one upload, so work progresses */
  KT_CHECK(kiln_gpu_commit_ns(gpu, NULL, 1, 1, &r) == 0 && r.issued == 1);
  KT_CHECK(kiln_gpu_commit_ns(gpu, &(kiln_gpu_budget){.max_uploads = 8}, 1, 1, &r) == 0 && r.issued == 1);
  /* a generous one does not limit; the count budget still does */
  KT_CHECK(kiln_gpu_commit_ns(gpu, &(kiln_gpu_budget){.max_uploads = 3}, 10ull * 1000000000, 1, &r) == 0 &&
           r.issued == 3);
  KT_CHECK(kiln_gpu_commit_ns(gpu, NULL, 10ull * 1000000000, 1, &r) == 0 && r.issued == 11);
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.issued == 16 && st.ring_used == 0);
  kiln_gpu_free(gpu);
}

/* ------------------------------------- issue 11 formats, NULL backend -- */

static int stage_data(kiln_gpu *gpu, const char *tex, kiln_gpu_format f, kiln_gpu_region r, const void *data,
                      size_t len) {
  char msg[KILN_ERRMSG_MAX] = "";
  kiln_gpu_upload up = {.texture = tex, .format = f, .region = r};
  int rc = kiln_gpu_stage(gpu, &up, data, len, 1, NULL, msg);
  if (rc) fprintf(stderr, "  stage '%s': %s\n", tex, msg);
  return rc;
}

KT_TEST(formats_issue11) {
  static const struct { const char *name; size_t bytes; int block; } f[] = {
    {"rgb8", 3, 0}, {"srgb8", 3, 0}, {"srgb8_alpha8", 4, 0}, {"r16", 2, 0}, {"rg16", 4, 0}, {"rgba16", 8, 0},
    {"rgb16f", 6, 0}, {"rgb32f", 12, 0}, {"r8ui", 1, 0}, {"r32ui", 4, 0}, {"bc1", 8, 1}, {"bc1_srgb", 8, 1},
    {"bc3", 16, 1}, {"bc3_srgb", 16, 1}, {"bc4", 8, 1}, {"bc5", 16, 1}, {"bc7", 16, 1}, {"bc7_srgb", 16, 1},
  };
  for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
    kiln_gpu_format x = kiln_gpu_format_from_name(f[i].name);
    KT_CHECK(x != KILN_GPU_FORMAT_NONE && strcmp(kiln_gpu_format_name(x), f[i].name) == 0);
    KT_CHECK(kiln_gpu_format_bytes(x) == f[i].bytes && kiln_gpu_format_compressed(x) == f[i].block);
    unsigned a = 0, b = 1, c = 1;
    KT_CHECK(kiln_gpu_format_gl(x, &a, &b, &c) == KILN_OK && a && (f[i].block ? !b && !c : b && c));
    /* a 5x3 region: 15 texels, or 2x1 blocks */
    KT_CHECK(kiln_gpu_format_size(x, 5, 3, 2) == (f[i].block ? 2 * 1 * 2 : 15 * 2) * f[i].bytes);
  }
  KT_CHECK(kiln_gpu_format_size(KILN_GPU_BC1, 1, 1, 1) == 8 && kiln_gpu_format_size(KILN_GPU_BC7, 8, 8, 1) == 64);
  KT_CHECK(kiln_gpu_format_size(KILN_GPU_RGBA8, 0, 1, 1) == 0 && kiln_gpu_format_size(KILN_GPU_FORMAT_NONE, 1, 1, 1) == 0);
  unsigned a, b, c;
  kiln_gpu_format_gl(KILN_GPU_R32UI, &a, &b, &c);
  KT_CHECK(a == 0x8236 && b == 0x8D94 && c == 0x1405);  /* GL_R32UI, GL_RED_INTEGER, GL_UNSIGNED_INT */
  kiln_gpu_format_gl(KILN_GPU_BC1, &a, NULL, NULL);
  KT_CHECK(a == 0x83F1);                                /* GL_COMPRESSED_RGBA_S3TC_DXT1_EXT */
  kiln_gpu_format_gl(KILN_GPU_BC7_SRGB, &a, NULL, NULL);
  KT_CHECK(a == 0x8E8D);                                /* GL_COMPRESSED_SRGB_ALPHA_BPTC_UNORM */
  /* allowed and refused data -> texture pairs */
  static const struct { kiln_gpu_format d, t; int ok; } p[] = {
    {KILN_GPU_RGBA32F, KILN_GPU_RGBA16F, 1}, {KILN_GPU_RGB32F, KILN_GPU_RGB16F, 1}, {KILN_GPU_R16F, KILN_GPU_R32F, 1},
    {KILN_GPU_RGBA8, KILN_GPU_SRGB8_ALPHA8, 1}, {KILN_GPU_RGB8, KILN_GPU_SRGB8, 1}, {KILN_GPU_SRGB8, KILN_GPU_RGB8, 1},
    {KILN_GPU_RG16, KILN_GPU_RG16, 1}, {KILN_GPU_BC5, KILN_GPU_BC5, 1}, {KILN_GPU_R8UI, KILN_GPU_R8UI, 1},
    {KILN_GPU_RGB32F, KILN_GPU_RGBA16F, 0}, {KILN_GPU_RGBA32F, KILN_GPU_RGBA8, 0}, {KILN_GPU_RGBA8, KILN_GPU_RGBA16, 0},
    {KILN_GPU_R16, KILN_GPU_R16F, 0}, {KILN_GPU_R8, KILN_GPU_R8UI, 0}, {KILN_GPU_R8UI, KILN_GPU_R8, 0},
    {KILN_GPU_R8UI, KILN_GPU_R32UI, 0}, {KILN_GPU_BC1, KILN_GPU_BC1_SRGB, 0}, {KILN_GPU_BC3, KILN_GPU_BC7, 0},
    {KILN_GPU_RGBA8, KILN_GPU_BC1, 0}, {KILN_GPU_FORMAT_NONE, KILN_GPU_R8, 0},
  };
  for (size_t i = 0; i < sizeof p / sizeof p[0]; i++) {
    if (kiln_gpu_format_converts(p[i].d, p[i].t) != p[i].ok)
      fprintf(stderr, "  %s -> %s: expected %d\n", kiln_gpu_format_name(p[i].d), kiln_gpu_format_name(p[i].t), p[i].ok);
    KT_CHECK(kiln_gpu_format_converts(p[i].d, p[i].t) == p[i].ok);
  }
  KT_CHECK(strcmp(kiln_gpu_filter_name(KILN_GPU_FILTER_TRILINEAR), "trilinear") == 0 &&
           strcmp(kiln_gpu_wrap_name(KILN_GPU_WRAP_MIRROR), "mirror") == 0 && !kiln_gpu_wrap_name((kiln_gpu_wrap)9));
  KT_CHECK(kiln_gpu_filter_from_name("nearest") == KILN_GPU_FILTER_NEAREST &&
           kiln_gpu_wrap_from_name("clamp") == KILN_GPU_WRAP_CLAMP && kiln_gpu_wrap_from_name("bogus") == 0 &&
           kiln_gpu_filter_from_name(NULL) == 0);
}

static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

/* float32 data into float16 textures round to nearest even (and float16
 * data into float32 textures widen exactly), on the CPU copy. */
KT_TEST(null_float_conversion) {
  kiln_gpu *gpu = null_gpu(64 << 10);
  KT_REQUIRE(gpu);
  kiln_gpu_tex h = mk_tex(gpu, "h", 4, 3, KILN_GPU_RGBA16F, KILN_GPU_TEX_2D, 0, 0, 1);
  kiln_gpu_tex h3 = mk_tex(gpu, "h3", 4, 1, KILN_GPU_RGB16F, KILN_GPU_TEX_2D, 0, 0, 1);
  kiln_gpu_tex f = mk_tex(gpu, "f", 2, 2, KILN_GPU_RGBA32F, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_REQUIRE(h && h3 && f);
  static const struct { uint32_t in; uint16_t out; } v[] = {
    {0x3f800000, 0x3c00},               /* 1 */
    {0x3f801000, 0x3c00},               /* 1 + 2^-11: a tie, to even */
    {0x3f803000, 0x3c02},               /* 1 + 3 * 2^-11: a tie, to even (up) */
    {0x3f801001, 0x3c01},               /* just above the tie */
    {0x3f802000, 0x3c01},               /* 1 + 2^-10: exact */
    {0x477fe000, 0x7bff},               /* 65504: the largest half */
    {0x49742400, 0x7c00},               /* 1e6: overflows to infinity */
    {0x33800000, 0x0001},               /* 2^-24: the smallest subnormal */
    {0x33000000, 0x0000},               /* 2^-25: a tie, to even (zero) */
    {0x33c00000, 0x0002},               /* 3 * 2^-25: a tie, to even (up) */
    {0x387fc000, 0x03ff},               /* the largest subnormal */
    {0xc0000000, 0xc000},               /* -2 */
  };
  float in[12];
  for (int i = 0; i < 12; i++) memcpy(&in[i], &v[i].in, 4);
  KT_REQUIRE(stage_data(gpu, "h", KILN_GPU_RGBA32F, (kiln_gpu_region){0, 0, 0, 3, 1, 1, 0}, in, sizeof in) == KILN_OK);
  KT_REQUIRE(stage_data(gpu, "h3", KILN_GPU_RGB32F, (kiln_gpu_region){0, 0, 0, 4, 1, 1, 0}, in, sizeof in) == KILN_OK);
  uint16_t half[16] = {0x3c00, 0x3555, 0x0001, 0x8400, 0x7bff, 0x7c00, 0xfc00, 0x0200,
                       0x3c01, 0x4000, 0x0000, 0x8000, 0x5640, 0x03ff, 0x0400, 0xc100};
  KT_REQUIRE(stage_data(gpu, "f", KILN_GPU_RGBA16F, (kiln_gpu_region){0, 0, 0, 2, 2, 1, 0}, half, sizeof half) == KILN_OK);
  KT_REQUIRE(commit_all(gpu, 1) == KILN_OK);
  uint16_t got[12], got3[12];
  char msg[KILN_ERRMSG_MAX] = "";
  KT_REQUIRE(kiln_gpu_read_texture(gpu, h, &(kiln_gpu_region){0, 0, 0, 3, 1, 1, 0}, got, sizeof got, msg) == KILN_OK);
  KT_REQUIRE(kiln_gpu_read_texture(gpu, h3, &(kiln_gpu_region){0, 0, 0, 4, 1, 1, 0}, got3, sizeof got3, msg) == KILN_OK);
  for (int i = 0; i < 12; i++) {
    if (got[i] != v[i].out) fprintf(stderr, "  0x%08x -> 0x%04x, want 0x%04x\n", v[i].in, got[i], v[i].out);
    KT_CHECK(got[i] == v[i].out && got3[i] == v[i].out);
  }
  float wide[16];
  KT_REQUIRE(kiln_gpu_read_texture(gpu, f, &(kiln_gpu_region){0, 0, 0, 2, 2, 1, 0}, wide, sizeof wide, msg) == KILN_OK);
  static const float want[16] = {1.0f, 0.333251953125f, 5.9604644775390625e-8f, -6.103515625e-5f, 65504.0f, 0, 0,
                                 3.0517578125e-5f, 1.0009765625f, 2.0f, 0.0f, -0.0f, 100.0f,
                                 6.0975551605224609375e-5f, 6.103515625e-5f, -2.5f};
  for (int i = 0; i < 16; i++) {
    if (i == 5 || i == 6) continue;
    KT_CHECK(fbits(wide[i]) == fbits(want[i]));
  }
  KT_CHECK(fbits(wide[5]) == 0x7f800000 && fbits(wide[6]) == 0xff800000);  /* infinities */
  kiln_gpu_free(gpu);
}

KT_TEST(null_unorm_srgb_integer) {
  kiln_gpu *gpu = null_gpu(64 << 10);
  KT_REQUIRE(gpu);
  static const struct { const char *n; kiln_gpu_format data, tex; } c[] = {
    {"s", KILN_GPU_RGBA8, KILN_GPU_SRGB8_ALPHA8}, {"s3", KILN_GPU_RGB8, KILN_GPU_SRGB8},
    {"u16", KILN_GPU_RGBA16, KILN_GPU_RGBA16}, {"rg16", KILN_GPU_RG16, KILN_GPU_RG16},
    {"i", KILN_GPU_R8UI, KILN_GPU_R8UI}, {"i32", KILN_GPU_R32UI, KILN_GPU_R32UI}, {"r16", KILN_GPU_R16, KILN_GPU_R16},
  };
  kiln_gpu_region r = {1, 2, 0, 5, 3, 1, 0};
  for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
    kiln_gpu_tex id = mk_tex(gpu, c[i].n, 7, 6, c[i].tex, KILN_GPU_TEX_2D, 0, 0, 1);
    KT_REQUIRE(id);
    size_t n = kiln_gpu_format_size(c[i].data, r.w, r.h, 1);
    uint8_t src[256];
    fill(src, n, 40 + (uint32_t)i);
    KT_REQUIRE(stage_data(gpu, c[i].n, c[i].data, r, src, n) == KILN_OK);
    KT_REQUIRE(commit_all(gpu, 1) == KILN_OK);
    KT_CHECK(read_eq(gpu, id, r, src, n));  /* stored as given */
  }
  kiln_gpu_tex id;
  char msg0[KILN_ERRMSG_MAX];
  EXPECT_ERR(stage_err(gpu, "i", KILN_GPU_R8, r, 15, msg), KILN_INVAL,
             "field 'format': r8 does not match format r8ui of texture 'i'");
  EXPECT_ERR(stage_err(gpu, "s", KILN_GPU_RGBA32F, r, 240, msg), KILN_INVAL,
             "field 'format': rgba32f does not match format srgb8_alpha8 of texture 's'");
  EXPECT_ERR(stage_err(gpu, "u16", KILN_GPU_RGBA16F, r, 120, msg), KILN_INVAL, "rgba16f does not match format rgba16");
  /* sampler state: stored, and in texture_info */
  KT_CHECK(kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){.name = "smp", .width = 4, .height = 4,
           .format = KILN_GPU_RGBA8, .filter = KILN_GPU_FILTER_TRILINEAR, .wrap = KILN_GPU_WRAP_MIRROR}, &id,
           msg0) == KILN_OK);
  kiln_gpu_texture_desc d;
  KT_CHECK(kiln_gpu_texture_info(gpu, id, &d) == KILN_OK && d.filter == KILN_GPU_FILTER_TRILINEAR &&
           d.wrap == KILN_GPU_WRAP_MIRROR);
  EXPECT_ERR(kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){.name = "x", .width = 4, .height = 4,
             .format = KILN_GPU_R8UI, .filter = KILN_GPU_FILTER_TRILINEAR}, &id, msg), KILN_INVAL,
             "field 'filter': trilinear on integer format r8ui texture 'x'");
  EXPECT_ERR(kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){.name = "x", .width = 4, .height = 4,
             .format = KILN_GPU_R8, .filter = (kiln_gpu_filter)7}, &id, msg), KILN_INVAL,
             "field 'filter': unknown filter 7 for texture 'x'");
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "x", .width = 4, .height = 4,
             .format = KILN_GPU_R8, .wrap = KILN_GPU_WRAP_REPEAT}, 0, &id, msg), KILN_INVAL,
             "field 'wrap': adopted texture 'x' keeps the host's sampler state");
  kiln_gpu_free(gpu);
}

/* Compressed textures keep whole blocks: staged, stored and read back
 * block for block; regions and sizes in 4x4 blocks. */
KT_TEST(null_compressed) {
  kiln_gpu *gpu = null_gpu(64 << 10);
  KT_REQUIRE(gpu);
  kiln_gpu_tex id = mk_tex(gpu, "b", 20, 12, KILN_GPU_BC1, KILN_GPU_TEX_2D, 0, 0, 3);
  kiln_gpu_tex cid = mk_tex(gpu, "c", 8, 8, KILN_GPU_BC7, KILN_GPU_TEX_CUBE_ARRAY, 2, 0, 2);
  KT_REQUIRE(id && cid);
  /* level 0: 5x3 blocks in one upload, then one block rewritten */
  uint8_t all[15 * 8], one[8], lvl2[16];
  fill(all, sizeof all, 70);
  fill(one, sizeof one, 71);
  fill(lvl2, sizeof lvl2, 72);
  KT_REQUIRE(stage_data(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){0, 0, 0, 20, 12, 1, 0}, all, sizeof all) == KILN_OK);
  KT_REQUIRE(stage_data(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){8, 4, 0, 4, 4, 1, 0}, one, 8) == KILN_OK);
  /* level 2 is 5x3: 2x1 blocks, the second partial */
  KT_REQUIRE(stage_data(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){0, 0, 0, 5, 3, 1, 2}, lvl2, 16) == KILN_OK);
  uint8_t faces[4 * 4 * 16];  /* level 0 of the cube array: 2x2 blocks, faces 5..8 */
  fill(faces, sizeof faces, 73);
  KT_REQUIRE(stage_data(gpu, "c", KILN_GPU_BC7, (kiln_gpu_region){0, 0, 5, 8, 8, 4, 0}, faces, sizeof faces) == KILN_OK);
  uint8_t tiny[16];  /* level 1 (4x4): one block */
  fill(tiny, sizeof tiny, 74);
  KT_REQUIRE(stage_data(gpu, "c", KILN_GPU_BC7, (kiln_gpu_region){0, 0, 11, 4, 4, 1, 1}, tiny, 16) == KILN_OK);
  KT_REQUIRE(commit_all(gpu, 1) == KILN_OK);
  memcpy(all + (1 * 5 + 2) * 8, one, 8);
  KT_CHECK(read_eq(gpu, id, (kiln_gpu_region){0, 0, 0, 20, 12, 1, 0}, all, sizeof all));
  uint8_t want[2 * 2 * 8];  /* blocks (1..2, 1..2) */
  for (int y = 0; y < 2; y++) memcpy(want + y * 16, all + ((1 + y) * 5 + 1) * 8, 16);
  KT_CHECK(read_eq(gpu, id, (kiln_gpu_region){4, 4, 0, 8, 8, 1, 0}, want, sizeof want));
  KT_CHECK(read_eq(gpu, id, (kiln_gpu_region){16, 8, 0, 4, 4, 1, 0}, all + 14 * 8, 8));
  KT_CHECK(read_eq(gpu, id, (kiln_gpu_region){0, 0, 0, 5, 3, 1, 2}, lvl2, 16));
  KT_CHECK(read_eq(gpu, id, (kiln_gpu_region){4, 0, 0, 1, 3, 1, 2}, lvl2 + 8, 8));  /* the partial block */
  KT_CHECK(read_eq(gpu, cid, (kiln_gpu_region){0, 0, 5, 8, 8, 4, 0}, faces, sizeof faces));
  KT_CHECK(read_eq(gpu, cid, (kiln_gpu_region){4, 4, 6, 4, 4, 1, 0}, faces + 1 * 64 + 3 * 16, 16));
  KT_CHECK(read_eq(gpu, cid, (kiln_gpu_region){0, 0, 11, 4, 4, 1, 1}, tiny, 16));
  /* errors in blocks, naming the field */
  EXPECT_ERR(stage_err(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){1, 0, 0, 4, 4, 1, 0}, 8, msg), KILN_INVAL,
             "field 'x': 1 is not a multiple of 4 (4x4 blocks of bc1 texture 'b')");
  EXPECT_ERR(stage_err(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){0, 6, 0, 4, 4, 1, 0}, 8, msg), KILN_INVAL,
             "field 'y': 6 is not a multiple of 4");
  EXPECT_ERR(stage_err(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){4, 0, 0, 5, 4, 1, 0}, 16, msg), KILN_INVAL,
             "field 'w': 5 is not a multiple of 4 and 4+5 does not end at width 20");
  EXPECT_ERR(stage_err(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){0, 0, 0, 4, 2, 1, 1}, 8, msg), KILN_INVAL,
             "field 'h': 2 is not a multiple of 4 and 0+2 does not end at height 6", "at level 1");
  EXPECT_ERR(stage_err(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){0, 0, 0, 8, 4, 1, 0}, 8, msg), KILN_INVAL,
             "field 'data': 8 bytes, but region 8x4x1 of bc1 needs 16");
  EXPECT_ERR(stage_err(gpu, "b", KILN_GPU_BC3, (kiln_gpu_region){0, 0, 0, 4, 4, 1, 0}, 16, msg), KILN_INVAL,
             "field 'format': bc3 does not match format bc1 of texture 'b'");
  uint8_t out[32];
  EXPECT_ERR(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){0, 0, 0, 8, 4, 1, 0}, out, 32, msg), KILN_INVAL,
             "field 'out': 32 bytes, but region 8x4x1 of bc1 needs 16 (2x1x1 blocks of 8 bytes)");
  kiln_gpu_tex x;
  EXPECT_ERR(kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){.name = "v", .width = 8, .height = 8,
             .format = KILN_GPU_BC4, .kind = KILN_GPU_TEX_3D, .depth = 4}, &x, msg), KILN_INVAL,
             "field 'kind': compressed format bc4 needs a 2d, 2d_array, cube or cube_array texture, not 3d");
  kiln_gpu_free(gpu);
}

KT_MAIN("gpu_null",
        KT_CASE(e2e_kinds_formats), KT_CASE(stage_validation), KT_CASE(texture_validation), KT_CASE(formats),
        KT_CASE(budgets), KT_CASE(stale_drop), KT_CASE(release_after), KT_CASE(ring_blocks_then_flows),
        KT_CASE(wrap_padding), KT_CASE(render_thread_never_blocks), KT_CASE(shutdown_wakes_waiters), KT_CASE(free_wakes_waiters),
        KT_CASE(threaded_soak), KT_CASE(wrong_backend_calls), KT_CASE(new_kinds),
        KT_CASE(levels_zero_full_chain), KT_CASE(adopt_null), KT_CASE(free_then_recreate),
        KT_CASE(subrect_offset_row_length), KT_CASE(mip_chain_one_buffer), KT_CASE(upload_4x_ring_in_bands),
        KT_CASE(priority_order), KT_CASE(priority_yields_to_a_crowded_ring), KT_CASE(time_budget),
        KT_CASE(formats_issue11), KT_CASE(null_float_conversion), KT_CASE(null_unorm_srgb_integer),
        KT_CASE(null_compressed))
