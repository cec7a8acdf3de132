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

KT_MAIN("gpu_null",
        KT_CASE(e2e_kinds_formats), KT_CASE(stage_validation), KT_CASE(texture_validation), KT_CASE(formats),
        KT_CASE(budgets), KT_CASE(stale_drop), KT_CASE(release_after), KT_CASE(ring_blocks_then_flows),
        KT_CASE(wrap_padding), KT_CASE(render_thread_never_blocks), KT_CASE(shutdown_wakes_waiters), KT_CASE(free_wakes_waiters),
        KT_CASE(threaded_soak), KT_CASE(wrong_backend_calls), KT_CASE(new_kinds),
        KT_CASE(levels_zero_full_chain), KT_CASE(adopt_null), KT_CASE(free_then_recreate))
