/* kiln gpu textures against a real GL context (Mesa llvmpipe under Xvfb):
 * host-owned (adopted) textures, texture_free with uploads in flight and a
 * freed name made again, the 1d, 1d_array and cube_array kinds and
 * levels = 0 (the full mip chain), on the ring, pbo and direct backends
 * (pbo and direct also without DSA, through legacy_gl). */
#include "test_gpu_common.h"



/* Reads a region back and compares it with the pattern of seed (seed 0:
 * all zero, as tg_tex cleared it). */
static int reads_back(kiln_gpu *gpu, const char *tex, kiln_gpu_format f, kiln_gpu_region r, uint32_t seed) {
  size_t len = tg_bytes(&r, f);
  uint8_t *want = calloc(1, len), *got = calloc(1, len);
  if (seed) tg_fill(want, len, f, seed);
  kiln_gpu_tex id;
  char msg[KILN_ERRMSG_MAX] = "";
  int ok = kiln_gpu_texture_find(gpu, tex, &id) == KILN_OK &&
           kiln_gpu_read_texture(gpu, id, &r, got, len, msg) == KILN_OK && memcmp(want, got, len) == 0;
  if (!ok) fprintf(stderr, "  '%s' region %d,%d,%d %dx%dx%d level %d did not read back %s\n", tex, r.x, r.y, r.z,
                   r.w, r.h, r.d, r.level, msg);
  free(want);
  free(got);
  return ok;
}


/* ------------------------------------------------------------- kinds -- */

static void kinds_on(const struct tg_be *be, int *kt_failed) {
  kiln_gpu *gpu = tg_gpu(be->b, 1 << 20, be->legacy);
  KT_REQUIRE(gpu);
  KT_REQUIRE(tg_tex(gpu, "line", 64, 1, KILN_GPU_RGBA8, KILN_GPU_TEX_1D, 0, 0, 7));
  KT_REQUIRE(tg_tex(gpu, "lines", 32, 0, KILN_GPU_R8, KILN_GPU_TEX_1D_ARRAY, 5, 0, 2));
  KT_REQUIRE(tg_tex(gpu, "cubes", 16, 16, KILN_GPU_RGBA16F, KILN_GPU_TEX_CUBE_ARRAY, 2, 0, 2));
  struct { const char *tex; kiln_gpu_format f; kiln_gpu_region r; } u[] = {
    {"line", KILN_GPU_RGBA8, {3, 0, 0, 20, 1, 1, 0}},
    {"line", KILN_GPU_RGBA8, {0, 0, 0, 16, 1, 1, 2}},
    {"line", KILN_GPU_RGBA8, {0, 0, 0, 1, 1, 1, 6}},
    {"lines", KILN_GPU_R8, {2, 0, 1, 10, 1, 3, 0}},
    {"lines", KILN_GPU_R8, {1, 0, 4, 15, 1, 1, 1}},
    {"cubes", KILN_GPU_RGBA16F, {1, 1, 4, 5, 5, 4, 0}},  /* faces 4, 5 of cube 0 and 0, 1 of cube 1 */
    {"cubes", KILN_GPU_RGBA16F, {0, 0, 11, 8, 8, 1, 1}},
  };
  int n = (int)(sizeof u / sizeof u[0]);
  for (int i = 0; i < n; i++) KT_CHECK(tg_stage_on_worker(gpu, u[i].tex, u[i].f, u[i].r, 100 + (uint32_t)i));
  kiln_gpu_commit_result r;
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 1, &r) == KILN_OK && r.issued == (unsigned)n && r.dropped == 0);
  for (int i = 0; i < n; i++) KT_CHECK(reads_back(gpu, u[i].tex, u[i].f, u[i].r, 100 + (uint32_t)i));
  /* neighbours stay cleared: layer 0 of "lines", face 3 and face 6 of "cubes" */
  KT_CHECK(reads_back(gpu, "lines", KILN_GPU_R8, (kiln_gpu_region){0, 0, 0, 32, 1, 1, 0}, 0));
  KT_CHECK(reads_back(gpu, "cubes", KILN_GPU_RGBA16F, (kiln_gpu_region){0, 0, 3, 16, 16, 1, 0}, 0));
  KT_CHECK(reads_back(gpu, "cubes", KILN_GPU_RGBA16F, (kiln_gpu_region){0, 0, 8, 16, 16, 1, 0}, 0));
  /* GL agrees on the storage */
  kiln_gpu_tex id;
  KT_REQUIRE(kiln_gpu_texture_find(gpu, "cubes", &id) == KILN_OK);
  GLint target = 0, depth = 0;
  glGetTextureParameteriv(kiln_gpu_texture_gl(gpu, id), GL_TEXTURE_TARGET, &target);
  glGetTextureLevelParameteriv(kiln_gpu_texture_gl(gpu, id), 0, GL_TEXTURE_DEPTH, &depth);
  KT_CHECK(target == GL_TEXTURE_CUBE_MAP_ARRAY && depth == 12);
  KT_REQUIRE(kiln_gpu_texture_find(gpu, "lines", &id) == KILN_OK);
  glGetTextureParameteriv(kiln_gpu_texture_gl(gpu, id), GL_TEXTURE_TARGET, &target);
  KT_CHECK(target == GL_TEXTURE_1D_ARRAY);
  KT_CHECK(glGetError() == GL_NO_ERROR);
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.gl_violations == kiln_gpu_gl_violations(NULL));
  tg_drain(gpu, 1);
  kiln_gpu_free(gpu);
}

KT_TEST(kinds_all_backends) {
  for (size_t i = 0; i < TG_NBE; i++) {
    int f = 0;
    kinds_on(&tg_backends[i], &f);
    if (f) { fprintf(stderr, "  ... on backend %s\n", tg_be_name(&tg_backends[i])); *kt_failed = 1; }
  }
}

/* ------------------------------------------------------- levels = 0 -- */

KT_TEST(levels_zero_full_chain) {
  for (size_t i = 0; i < TG_NBE; i++) {
    kiln_gpu *gpu = tg_gpu(tg_backends[i].b, 1 << 20, tg_backends[i].legacy);
    KT_REQUIRE(gpu);
    kiln_gpu_tex id = tg_tex(gpu, "full", 64, 16, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 0);
    KT_REQUIRE(id);
    kiln_gpu_texture_desc d;
    KT_CHECK(kiln_gpu_texture_info(gpu, id, &d) == KILN_OK && d.levels == 7);
    GLint levels = 0;
    glGetTextureParameteriv(kiln_gpu_texture_gl(gpu, id), GL_TEXTURE_IMMUTABLE_LEVELS, &levels);
    KT_CHECK(levels == 7);
    kiln_gpu_tex one = tg_tex(gpu, "one", 64, 16, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1);
    glGetTextureParameteriv(kiln_gpu_texture_gl(gpu, one), GL_TEXTURE_IMMUTABLE_LEVELS, &levels);
    KT_CHECK(levels == 1);
    KT_CHECK(tg_stage_on_worker(gpu, "full", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 1, 1, 1, 6}, 7));
    KT_CHECK(tg_stage_on_worker(gpu, "full", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 8, 2, 1, 3}, 8));
    KT_CHECK(kiln_gpu_commit(gpu, NULL, 1, NULL) == KILN_OK);
    KT_CHECK(reads_back(gpu, "full", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 1, 1, 1, 6}, 7));
    KT_CHECK(reads_back(gpu, "full", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 8, 2, 1, 3}, 8));
    tg_drain(gpu, 1);
    kiln_gpu_free(gpu);
  }
}

/* ---------------------------------------------------- host textures -- */

static GLuint host_texture(GLenum target, int levels, GLenum ifmt, int w, int h, int z) {
  GLuint t = 0;
  GLint prev = 0;
  glGetIntegerv(target == GL_TEXTURE_2D ? GL_TEXTURE_BINDING_2D : target == GL_TEXTURE_2D_ARRAY
                ? GL_TEXTURE_BINDING_2D_ARRAY : GL_TEXTURE_BINDING_CUBE_MAP_ARRAY, &prev);
  glGenTextures(1, &t);
  glBindTexture(target, t);
  if (target == GL_TEXTURE_2D) glTexStorage2D(target, levels, ifmt, w, h);
  else glTexStorage3D(target, levels, ifmt, w, h, z);
  glBindTexture(target, (GLuint)prev);
  return t;
}

static void adopt_on(const struct tg_be *be, int *kt_failed) {
  kiln_gpu *gpu = tg_gpu(be->b, 1 << 20, be->legacy);
  KT_REQUIRE(gpu);
  char msg[KILN_ERRMSG_MAX] = "";
  GLuint h = host_texture(GL_TEXTURE_2D, 2, GL_RGBA8, 32, 32, 1);
  glClearTexImage(h, 0, GL_RGBA, GL_UNSIGNED_BYTE, NULL);
  /* a mutable, unsized one as old code makes them */
  GLuint m = 0;
  glGenTextures(1, &m);
  glBindTexture(GL_TEXTURE_2D, m);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 16, 8, 0, GL_RGBA, GL_UNSIGNED_BYTE, NULL);
  GLuint other = 0;  /* the host's own binding must survive adopt and commit */
  glGenTextures(1, &other);
  glBindTexture(GL_TEXTURE_2D, other);
  KT_REQUIRE(glGetError() == GL_NO_ERROR);

  kiln_gpu_tex id = 0, mid = 0;
  kiln_gpu_texture_desc desc = {.name = "host", .width = 32, .height = 32, .format = KILN_GPU_RGBA8, .levels = 2};
  KT_REQUIRE(kiln_gpu_texture_adopt(gpu, &desc, h, &id, msg) == KILN_OK && id);
  KT_CHECK(kiln_gpu_texture_gl(gpu, id) == h);
  KT_REQUIRE(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "mutable", .width = 16, .height = 8,
                                    .format = KILN_GPU_RGBA8, .levels = 1}, m, &mid, msg) == KILN_OK);
  /* workers stage by name; kiln uploads into the host's texture */
  KT_CHECK(tg_stage_on_worker(gpu, "host", KILN_GPU_RGBA8, (kiln_gpu_region){4, 4, 0, 16, 8, 1, 0}, 61));
  KT_CHECK(tg_stage_on_worker(gpu, "host", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 16, 16, 1, 1}, 62));
  KT_CHECK(tg_stage_on_worker(gpu, "mutable", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 16, 8, 1, 0}, 63));
  kiln_gpu_commit_result r;
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 1, &r) == KILN_OK && r.issued == 3);
  KT_CHECK(reads_back(gpu, "host", KILN_GPU_RGBA8, (kiln_gpu_region){4, 4, 0, 16, 8, 1, 0}, 61));
  KT_CHECK(reads_back(gpu, "host", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 16, 16, 1, 1}, 62));
  KT_CHECK(reads_back(gpu, "mutable", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 16, 8, 1, 0}, 63));
  /* and the host sees them in its own texture */
  uint8_t got[16 * 8 * 4], want[16 * 8 * 4];
  tg_fill(want, sizeof want, KILN_GPU_RGBA8, 61);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glGetTextureSubImage(h, 0, 4, 4, 0, 16, 8, 1, GL_RGBA, GL_UNSIGNED_BYTE, sizeof got, got);
  KT_CHECK(memcmp(got, want, sizeof got) == 0);
  GLint bound = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
  KT_CHECK((GLuint)bound == other);

  /* validation names the field */
  kiln_gpu_tex x;
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "w", .width = 16, .height = 32,
             .format = KILN_GPU_RGBA8, .levels = 1}, host_texture(GL_TEXTURE_2D, 1, GL_RGBA8, 32, 32, 1), &x, msg),
             KILN_INVAL, "texture_adopt: field 'width': GL texture", "is 32 wide, texture 'w' says 16");
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "hh", .width = 32, .height = 16,
             .format = KILN_GPU_RGBA8, .levels = 1}, host_texture(GL_TEXTURE_2D, 1, GL_RGBA8, 32, 32, 1), &x, msg),
             KILN_INVAL, "field 'height'", "texture 'hh' needs 16");
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "f", .width = 32, .height = 32,
             .format = KILN_GPU_R8, .levels = 1}, host_texture(GL_TEXTURE_2D, 1, GL_RGBA8, 32, 32, 1), &x, msg),
             KILN_INVAL, "field 'format': GL texture", "internal format 0x8058, r8 texture 'f' needs 0x8229");
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "l", .width = 32, .height = 32,
             .format = KILN_GPU_RGBA8, .levels = 3}, host_texture(GL_TEXTURE_2D, 2, GL_RGBA8, 32, 32, 1), &x, msg),
             KILN_INVAL, "field 'levels': GL texture", "lacks level 2; texture 'l' has 3 levels");
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "l0", .width = 32, .height = 32,
             .format = KILN_GPU_RGBA8}, host_texture(GL_TEXTURE_2D, 2, GL_RGBA8, 32, 32, 1), &x, msg),
             KILN_INVAL, "field 'levels'", "texture 'l0' has 6 levels");  /* 0: the full chain */
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "k", .width = 32, .height = 32,
             .format = KILN_GPU_RGBA8, .kind = KILN_GPU_TEX_2D_ARRAY, .layers = 1, .levels = 1},
             host_texture(GL_TEXTURE_2D, 1, GL_RGBA8, 32, 32, 1), &x, msg),
             KILN_INVAL, "field 'kind': GL texture", "is not a 2d_array texture (texture 'k')");
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "a", .width = 8, .height = 8,
             .format = KILN_GPU_RGBA8, .kind = KILN_GPU_TEX_2D_ARRAY, .layers = 4, .levels = 1},
             host_texture(GL_TEXTURE_2D_ARRAY, 1, GL_RGBA8, 8, 8, 3), &x, msg),
             KILN_INVAL, "field 'layers': GL texture", "has depth 3, 2d_array texture 'a' needs 4");
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "z", .width = 32, .height = 32,
             .format = KILN_GPU_RGBA8, .levels = 1}, 0, &x, msg),
             KILN_INVAL, "field 'gl': 0 is not a GL texture (texture 'z')");
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "z", .width = 32, .height = 32,
             .format = KILN_GPU_RGBA8, .levels = 1}, 0xdead, &x, msg),
             KILN_INVAL, "field 'gl': 57005 is not a GL texture");
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "again", .width = 32, .height = 32,
             .format = KILN_GPU_RGBA8, .levels = 2}, h, &x, msg),
             KILN_INVAL, "field 'gl': GL texture", "is already texture 'host'");
  /* a cube array of the host's */
  GLuint ca = host_texture(GL_TEXTURE_CUBE_MAP_ARRAY, 1, GL_RGBA8, 8, 8, 12);
  KT_CHECK(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "hc", .width = 8, .height = 8,
           .format = KILN_GPU_RGBA8, .kind = KILN_GPU_TEX_CUBE_ARRAY, .layers = 2, .levels = 1}, ca, &x, msg) == 0);
  KT_CHECK(tg_stage_on_worker(gpu, "hc", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 5, 8, 8, 2, 0}, 64));
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 1, NULL) == KILN_OK);
  KT_CHECK(reads_back(gpu, "hc", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 5, 8, 8, 2, 0}, 64));
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
  KT_CHECK((GLuint)bound == other);
  KT_CHECK(glGetError() == GL_NO_ERROR);

  /* free forgets an adopted texture: the host's stays */
  KT_CHECK(kiln_gpu_texture_free_name(gpu, "host", msg) == KILN_OK);
  KT_CHECK(glIsTexture(h));
  KT_CHECK(kiln_gpu_texture_find(gpu, "host", &x) == KILN_NOTFOUND);
  /* the name can adopt it again; gpu_free then leaves it to the host too */
  KT_CHECK(kiln_gpu_texture_adopt(gpu, &desc, h, &id, msg) == KILN_OK);
  tg_drain(gpu, 1);
  kiln_gpu_free(gpu);
  KT_CHECK(glIsTexture(h) && glIsTexture(m) && glIsTexture(ca));
  glGetTextureSubImage(h, 0, 4, 4, 0, 16, 8, 1, GL_RGBA, GL_UNSIGNED_BYTE, sizeof got, got);
  KT_CHECK(memcmp(got, want, sizeof got) == 0);
  glPixelStorei(GL_PACK_ALIGNMENT, 4);
  glBindTexture(GL_TEXTURE_2D, 0);
  GLuint del[] = {h, m, other, ca};
  glDeleteTextures(4, del);
  while (glGetError() != GL_NO_ERROR) {}
}

KT_TEST(adopt_all_backends) {
  for (size_t i = 0; i < TG_NBE; i++) {
    int f = 0;
    adopt_on(&tg_backends[i], &f);
    if (f) { fprintf(stderr, "  ... on backend %s\n", tg_be_name(&tg_backends[i])); *kt_failed = 1; }
  }
}

/* ------------------------------------------- free with uploads in flight -- */

static void free_on(const struct tg_be *be, int *kt_failed) {
  kiln_gpu *gpu = tg_gpu(be->b, 1 << 20, be->legacy);
  KT_REQUIRE(gpu);
  char msg[KILN_ERRMSG_MAX] = "";
  kiln_gpu_tex old = tg_tex(gpu, "page", 32, 32, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_REQUIRE(old);
  GLuint old_gl = kiln_gpu_texture_gl(gpu, old);
  /* one issued (its fence may be pending on ring), three still staged */
  KT_CHECK(tg_stage_on_worker(gpu, "page", KILN_GPU_RGBA8, (kiln_gpu_region){0, 0, 0, 8, 8, 1, 0}, 70));
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 1, NULL) == KILN_OK);
  for (int i = 0; i < 3; i++)
    KT_CHECK(tg_stage_on_worker(gpu, "page", KILN_GPU_RGBA8, (kiln_gpu_region){8 * i, 8, 0, 8, 8, 1, 0}, 71 + i));
  kiln_gpu_stats st0, st;
  kiln_gpu_stats_get(gpu, &st0);
  KT_CHECK(kiln_gpu_texture_free_name(gpu, "page", msg) == KILN_OK);
  KT_CHECK(!glIsTexture(old_gl));
  EXPECT_ERR(kiln_gpu_stage(gpu, &(kiln_gpu_upload){.texture = "page", .format = KILN_GPU_RGBA8,
             .region = {0, 0, 0, 1, 1, 1, 0}}, "abcd", 4, 1, NULL, msg),
             KILN_NOTFOUND, "stage_texture: field 'texture': no texture named 'page' (it was freed)");
  /* the name again, bigger; GL may well hand out the old GL name again */
  kiln_gpu_tex id = tg_tex(gpu, "page", 64, 64, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 0, 1);
  KT_REQUIRE(id && id != old);
  KT_CHECK(tg_stage_on_worker(gpu, "page", KILN_GPU_RGBA8, (kiln_gpu_region){40, 40, 0, 16, 16, 1, 0}, 80));
  kiln_gpu_commit_result r;
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 1, &r) == KILN_OK && r.dropped == 3 && r.issued == 1);
  tg_drain(gpu, 1);
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.dropped == st0.dropped + 3 && st.ring_used == 0 && st.fences_pending == 0 && st.textures == 1);
  /* only the new upload landed; the stale ones' texels are still clear */
  static uint8_t img[64 * 64 * 4];
  KT_REQUIRE(kiln_gpu_read_texture(gpu, id, &(kiln_gpu_region){0, 0, 0, 64, 64, 1, 0}, img, sizeof img, msg) == 0);
  uint8_t tile[16 * 16 * 4];
  tg_fill(tile, sizeof tile, KILN_GPU_RGBA8, 80);
  int bad = 0;
  for (int y = 0; y < 64; y++)
    for (int x = 0; x < 64; x++)
      for (int c = 0; c < 4; c++) {
        int in = x >= 40 && x < 56 && y >= 40 && y < 56;
        uint8_t want = in ? tile[((y - 40) * 16 + (x - 40)) * 4 + c] : 0;
        bad += img[(y * 64 + x) * 4 + c] != want;
      }
  KT_CHECK(bad == 0);
  KT_CHECK(glGetError() == GL_NO_ERROR);
  kiln_gpu_free(gpu);
}

KT_TEST(free_in_flight_all_backends) {
  for (size_t i = 0; i < TG_NBE; i++) {
    int f = 0;
    free_on(&tg_backends[i], &f);
    if (f) { fprintf(stderr, "  ... on backend %s\n", tg_be_name(&tg_backends[i])); *kt_failed = 1; }
  }
}

int main(int argc, char **argv) {
  if (!tg_open()) { printf("gpu_textures: 0 passed, 1 failed\n"); return 1; }
  static const struct kt_case cases[] = {
    KT_CASE(kinds_all_backends), KT_CASE(levels_zero_full_chain), KT_CASE(adopt_all_backends),
    KT_CASE(free_in_flight_all_backends),
  };
  int rc = kt_run("gpu_textures", cases, sizeof cases / sizeof cases[0], argc, argv);
  tg_close();
  return rc;
}
