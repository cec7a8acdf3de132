/* kiln gpu formats against a real GL context (Mesa llvmpipe under Xvfb):
 * the uncompressed formats added for issue 11 (rgb8, srgb8, srgb8_alpha8,
 * r16, rg16, rgba16, rgb16f, rgb32f, r8ui, r32ui) with texels read back;
 * data formats GL converts on upload (float32 into float16 textures and
 * back, 8-bit unorm into sRGB), compared with what the NULL backend's CPU
 * copy holds; the block-compressed formats (bc1, bc3, bc4, bc5, bc7 and
 * the sRGB forms) uploaded with glCompressedTexSubImage* and read back
 * block for block; region and size errors in blocks; refused conversions;
 * filter and wrap queried back from GL. Ring, pbo and direct backends
 * (pbo and direct also without DSA, through legacy_gl). */
#include "test_gpu_common.h"


#define FOR_BACKENDS(fn) \
  for (size_t i_ = 0; i_ < TG_NBE; i_++) { \
    int f_ = 0; \
    fn(&tg_backends[i_], &f_); \
    if (f_) { fprintf(stderr, "  ... on backend %s\n", tg_be_name(&tg_backends[i_])); *kt_failed = 1; } \
  }




/* Reads a region back in the texture's format. */
static uint8_t *read_region(kiln_gpu *gpu, const char *tex, kiln_gpu_format tf, kiln_gpu_region r, size_t *len) {
  *len = tg_bytes(&r, tf);
  uint8_t *got = calloc(1, *len);
  kiln_gpu_tex id;
  char msg[KILN_ERRMSG_MAX] = "";
  if (kiln_gpu_texture_find(gpu, tex, &id) != KILN_OK || kiln_gpu_read_texture(gpu, id, &r, got, *len, msg) != KILN_OK) {
    fprintf(stderr, "  read_texture '%s': %s\n", tex, msg);
    free(got);
    return NULL;
  }
  return got;
}

/* The region reads back as the pattern of seed (same format in and out). */
static int reads_back(kiln_gpu *gpu, const char *tex, kiln_gpu_format f, kiln_gpu_region r, uint32_t seed) {
  size_t len;
  uint8_t *got = read_region(gpu, tex, f, r, &len), *want = malloc(len);
  tg_fill(want, len, f, seed);
  int ok = got && memcmp(want, got, len) == 0;
  if (!ok) fprintf(stderr, "  '%s' (%s) region %d,%d,%d %dx%dx%d level %d did not read back\n", tex,
                   kiln_gpu_format_name(f), r.x, r.y, r.z, r.w, r.h, r.d, r.level);
  free(want);
  free(got);
  return ok;
}

/* A kiln-made texture; uncompressed ones are cleared to zero (immutable
 * storage starts undefined), compressed ones are written whole by the test. */
static kiln_gpu_tex mk_tex(kiln_gpu *gpu, const char *name, int w, int h, kiln_gpu_format f, kiln_gpu_kind k,
                           int layers, int levels) {
  kiln_gpu_texture_desc d = {.name = name, .width = w, .height = h, .format = f, .kind = k, .layers = layers,
                             .levels = levels};
  kiln_gpu_tex id = 0;
  char msg[KILN_ERRMSG_MAX];
  if (kiln_gpu_texture_new(gpu, &d, &id, msg) != KILN_OK) { fprintf(stderr, "texture_new: %s\n", msg); return 0; }
  unsigned gl = kiln_gpu_texture_gl(gpu, id), fmt, type;
  kiln_gpu_format_gl(f, NULL, &fmt, &type);
  if (gl && !kiln_gpu_format_compressed(f))
    for (int l = 0; l < levels; l++) glClearTexImage(gl, l, fmt, type, NULL);
  return id;
}

/* ------------------------------------------------- uncompressed formats -- */

static const kiln_gpu_format new_plain[] = {
  KILN_GPU_RGB8, KILN_GPU_SRGB8, KILN_GPU_SRGB8_ALPHA8, KILN_GPU_R16, KILN_GPU_RG16, KILN_GPU_RGBA16,
  KILN_GPU_RGB16F, KILN_GPU_RGB32F, KILN_GPU_R8UI, KILN_GPU_R32UI,
};
#define NPLAIN (sizeof new_plain / sizeof new_plain[0])

static void plain_on(const struct tg_be *be, int *kt_failed) {
  kiln_gpu *gpu = tg_gpu(be->b, 1 << 20, be->legacy);
  KT_REQUIRE(gpu);
  /* odd widths: rows of 3-, 6- and 12-byte texels are not 4-aligned */
  static const kiln_gpu_region rs[] = {{1, 2, 0, 7, 5, 1, 0}, {0, 0, 0, 13, 1, 1, 0}, {1, 1, 0, 5, 3, 1, 1}};
  for (size_t i = 0; i < NPLAIN; i++) {
    kiln_gpu_format f = new_plain[i];
    const char *n = kiln_gpu_format_name(f);
    KT_REQUIRE(n);
    KT_REQUIRE(mk_tex(gpu, n, 13, 9, f, KILN_GPU_TEX_2D, 0, 2));
    for (int k = 0; k < 3; k++) KT_CHECK(tg_stage_on_worker(gpu, n, f, rs[k], 10 * (uint32_t)i + (uint32_t)k + 1));
  }
  /* layered kinds too */
  KT_REQUIRE(mk_tex(gpu, "arr", 6, 6, KILN_GPU_RGB8, KILN_GPU_TEX_2D_ARRAY, 3, 1));
  KT_REQUIRE(mk_tex(gpu, "cube", 8, 8, KILN_GPU_RGB16F, KILN_GPU_TEX_CUBE, 0, 1));
  KT_CHECK(tg_stage_on_worker(gpu, "arr", KILN_GPU_RGB8, (kiln_gpu_region){1, 0, 1, 5, 6, 2, 0}, 500));
  KT_CHECK(tg_stage_on_worker(gpu, "cube", KILN_GPU_RGB16F, (kiln_gpu_region){0, 1, 2, 7, 3, 3, 0}, 501));
  kiln_gpu_commit_result res;
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 1, &res) == KILN_OK && res.issued == 3 * NPLAIN + 2);
  for (size_t i = 0; i < NPLAIN; i++)
    for (int k = 0; k < 3; k++)
      KT_CHECK(reads_back(gpu, kiln_gpu_format_name(new_plain[i]), new_plain[i], rs[k], 10 * (uint32_t)i + (uint32_t)k + 1));
  KT_CHECK(reads_back(gpu, "arr", KILN_GPU_RGB8, (kiln_gpu_region){1, 0, 1, 5, 6, 2, 0}, 500));
  KT_CHECK(reads_back(gpu, "cube", KILN_GPU_RGB16F, (kiln_gpu_region){0, 1, 2, 7, 3, 3, 0}, 501));
  /* GL made the storage we asked for */
  static const GLenum want[NPLAIN] = {GL_RGB8, GL_SRGB8, GL_SRGB8_ALPHA8, GL_R16, GL_RG16, GL_RGBA16,
                                      GL_RGB16F, GL_RGB32F, GL_R8UI, GL_R32UI};
  for (size_t i = 0; i < NPLAIN; i++) {
    kiln_gpu_tex id;
    KT_REQUIRE(kiln_gpu_texture_find(gpu, kiln_gpu_format_name(new_plain[i]), &id) == KILN_OK);
    GLint ifmt = 0;
    glGetTextureLevelParameteriv(kiln_gpu_texture_gl(gpu, id), 0, GL_TEXTURE_INTERNAL_FORMAT, &ifmt);
    if ((GLenum)ifmt != want[i]) fprintf(stderr, "  %s: internal format 0x%x\n", kiln_gpu_format_name(new_plain[i]), ifmt);
    KT_CHECK((GLenum)ifmt == want[i]);
  }
  KT_CHECK(glGetError() == GL_NO_ERROR);
  tg_drain(gpu, 1);
  kiln_gpu_free(gpu);
}

KT_TEST(plain_formats_all_backends) { FOR_BACKENDS(plain_on) }

/* ---------------------------------------------------------- conversions -- */

/* data format -> texture format pairs GL converts (or stores as given) */
static const struct { kiln_gpu_format data, tex; } conv[] = {
  {KILN_GPU_RGBA32F, KILN_GPU_RGBA16F}, {KILN_GPU_RGB32F, KILN_GPU_RGB16F}, {KILN_GPU_R32F, KILN_GPU_R16F},
  {KILN_GPU_RGBA16F, KILN_GPU_RGBA32F}, {KILN_GPU_RG16F, KILN_GPU_RG32F},
  {KILN_GPU_RGBA8, KILN_GPU_SRGB8_ALPHA8}, {KILN_GPU_RGB8, KILN_GPU_SRGB8}, {KILN_GPU_SRGB8_ALPHA8, KILN_GPU_RGBA8},
};
#define NCONV (sizeof conv / sizeof conv[0])

/* Stages the same data into gpu's textures c0..cN; commits. */
static void stage_conversions(kiln_gpu *gpu, const kiln_gpu_region *r, int *kt_failed) {
  for (size_t i = 0; i < NCONV; i++) {
    char n[16];
    snprintf(n, sizeof n, "c%zu", i);
    KT_REQUIRE(mk_tex(gpu, n, 11, 7, conv[i].tex, KILN_GPU_TEX_2D, 0, 1));
    KT_CHECK(tg_stage_on_worker(gpu, n, conv[i].data, *r, 700 + (uint32_t)i));
  }
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 1, NULL) == KILN_OK);
}

static void conv_on(const struct tg_be *be, int *kt_failed) {
  kiln_gpu *gpu = tg_gpu(be->b, 1 << 20, be->legacy), *ref = tg_gpu(KILN_GPU_NULL, 1 << 20, 0);
  KT_REQUIRE(gpu && ref);
  kiln_gpu_region r = {2, 1, 0, 9, 5, 1, 0};
  stage_conversions(gpu, &r, kt_failed);
  stage_conversions(ref, &r, kt_failed);
  for (size_t i = 0; i < NCONV; i++) {
    char n[16];
    snprintf(n, sizeof n, "c%zu", i);
    size_t len, rlen;
    uint8_t *got = read_region(gpu, n, conv[i].tex, r, &len), *cpu = read_region(ref, n, conv[i].tex, r, &rlen);
    KT_REQUIRE(got && cpu && len == rlen);
    /* GL stores what the NULL backend's CPU copy holds. Narrowing float32
     * to float16 may round either way (GL leaves the rounding to the
     * driver; Mesa truncates for rgba, rounds to nearest for rgb and r,
     * kiln rounds to nearest even): one ulp apart at most, and the values
     * here are positive, so compare the bits as integers. */
    int narrow = kiln_gpu_format_bytes(conv[i].data) > kiln_gpu_format_bytes(conv[i].tex);
    int same = 1;
    for (size_t b = 0; b + 1 < len; b += 2) {
      int g = got[b] | got[b + 1] << 8, c = cpu[b] | cpu[b + 1] << 8;
      if (narrow ? abs(g - c) > 1 : g != c) {
        fprintf(stderr, "  %s data into %s: GL has 0x%04x at byte %zu, the NULL backend 0x%04x\n",
                kiln_gpu_format_name(conv[i].data), kiln_gpu_format_name(conv[i].tex), g, b, c);
        same = 0;
        break;
      }
    }
    KT_CHECK(same);
    /* widening and same-width pairs keep the data exactly */
    if (kiln_gpu_format_bytes(conv[i].data) <= kiln_gpu_format_bytes(conv[i].tex) && !tg_is_half(conv[i].data)) {
      uint8_t *want = malloc(len);
      tg_fill(want, len, conv[i].data, 700 + (uint32_t)i);
      KT_CHECK(memcmp(want, got, len) == 0);
      free(want);
    }
    free(got);
    free(cpu);
  }
  KT_CHECK(glGetError() == GL_NO_ERROR);
  tg_drain(gpu, 1);
  kiln_gpu_free(gpu);
  kiln_gpu_free(ref);
}

KT_TEST(conversions_all_backends) { FOR_BACKENDS(conv_on) }

static int stage_err(kiln_gpu *gpu, const char *tex, kiln_gpu_format f, kiln_gpu_region r, size_t len, char *msg) {
  uint8_t *buf = calloc(1, len ? len : 1);
  kiln_gpu_upload up = {.texture = tex, .format = f, .region = r};
  int rc = kiln_gpu_stage(gpu, &up, buf, len, 1, NULL, msg);
  free(buf);
  return rc;
}

KT_TEST(refused_conversions) {
  kiln_gpu *gpu = tg_gpu(KILN_GPU_RING, 1 << 20, 0);
  KT_REQUIRE(gpu);
  KT_REQUIRE(mk_tex(gpu, "u8", 8, 8, KILN_GPU_RGBA8, KILN_GPU_TEX_2D, 0, 1));
  KT_REQUIRE(mk_tex(gpu, "h", 8, 8, KILN_GPU_RGBA16F, KILN_GPU_TEX_2D, 0, 1));
  KT_REQUIRE(mk_tex(gpu, "i", 8, 8, KILN_GPU_R8UI, KILN_GPU_TEX_2D, 0, 1));
  KT_REQUIRE(mk_tex(gpu, "n", 8, 8, KILN_GPU_R8, KILN_GPU_TEX_2D, 0, 1));
  KT_REQUIRE(mk_tex(gpu, "b1", 8, 8, KILN_GPU_BC1, KILN_GPU_TEX_2D, 0, 1));
  KT_REQUIRE(mk_tex(gpu, "r16", 8, 8, KILN_GPU_R16, KILN_GPU_TEX_2D, 0, 1));
  kiln_gpu_region r = {0, 0, 0, 4, 4, 1, 0};
  EXPECT_ERR(stage_err(gpu, "u8", KILN_GPU_RGBA32F, r, 256, msg), KILN_INVAL,
             "stage_texture: field 'format': rgba32f does not match format rgba8 of texture 'u8'");
  EXPECT_ERR(stage_err(gpu, "h", KILN_GPU_RGB32F, r, 192, msg), KILN_INVAL,
             "field 'format': rgb32f does not match format rgba16f of texture 'h'");  /* channels */
  EXPECT_ERR(stage_err(gpu, "h", KILN_GPU_RGBA16, r, 128, msg), KILN_INVAL, "field 'format': rgba16 ", "rgba16f");
  EXPECT_ERR(stage_err(gpu, "i", KILN_GPU_R8, r, 16, msg), KILN_INVAL, "field 'format': r8 ", "r8ui", "'i'");
  EXPECT_ERR(stage_err(gpu, "n", KILN_GPU_R8UI, r, 16, msg), KILN_INVAL, "field 'format': r8ui ", "format r8 ");
  EXPECT_ERR(stage_err(gpu, "b1", KILN_GPU_BC3, r, 16, msg), KILN_INVAL, "field 'format': bc3 ", "bc1");
  EXPECT_ERR(stage_err(gpu, "b1", KILN_GPU_RGBA8, r, 64, msg), KILN_INVAL, "field 'format': rgba8 ", "bc1");
  EXPECT_ERR(stage_err(gpu, "u8", KILN_GPU_BC1, r, 8, msg), KILN_INVAL, "field 'format': bc1 ", "rgba8");
  EXPECT_ERR(stage_err(gpu, "r16", KILN_GPU_R16F, r, 32, msg), KILN_INVAL, "field 'format': r16f ", "r16");
  EXPECT_ERR(stage_err(gpu, "r16", KILN_GPU_R8, r, 16, msg), KILN_INVAL, "field 'format': r8 ", "r16");
  kiln_gpu_stats st;
  kiln_gpu_stats_get(gpu, &st);
  KT_CHECK(st.staged == 0);
  kiln_gpu_free(gpu);
}

/* ----------------------------------------------------------- compressed -- */

static const kiln_gpu_format block_fmts[] = {
  KILN_GPU_BC1, KILN_GPU_BC1_SRGB, KILN_GPU_BC3, KILN_GPU_BC3_SRGB, KILN_GPU_BC4, KILN_GPU_BC5,
  KILN_GPU_BC7, KILN_GPU_BC7_SRGB,
};
#define NBLOCK (sizeof block_fmts / sizeof block_fmts[0])

/* 20x12 with 3 levels: 5x3 blocks, then 10x6 (3x2, partial at the edges),
 * then 5x3 (2x1, partial). Every block is written once. */
static const kiln_gpu_region block_rs[] = {
  {0, 0, 0, 12, 12, 1, 0}, {12, 0, 0, 8, 8, 1, 0}, {12, 8, 0, 8, 4, 1, 0},
  {0, 0, 0, 8, 6, 1, 1}, {8, 0, 0, 2, 4, 1, 1}, {8, 4, 0, 2, 2, 1, 1},
  {0, 0, 0, 5, 3, 1, 2},
};
#define NBR (sizeof block_rs / sizeof block_rs[0])

static void blocks_on(const struct tg_be *be, int *kt_failed) {
  kiln_gpu *gpu = tg_gpu(be->b, 1 << 20, be->legacy);
  KT_REQUIRE(gpu);
  for (size_t i = 0; i < NBLOCK; i++) {
    const char *n = kiln_gpu_format_name(block_fmts[i]);
    KT_REQUIRE(n);
    KT_REQUIRE(mk_tex(gpu, n, 20, 12, block_fmts[i], KILN_GPU_TEX_2D, 0, 3));
    for (size_t k = 0; k < NBR; k++)
      KT_CHECK(tg_stage_on_worker(gpu, n, block_fmts[i], block_rs[k], 30 * (uint32_t)i + (uint32_t)k + 1));
  }
  /* layered kinds: a bc7 array (layers 1, 2) and bc1 cube faces 2..4 */
  KT_REQUIRE(mk_tex(gpu, "arr", 8, 8, KILN_GPU_BC7, KILN_GPU_TEX_2D_ARRAY, 3, 1));
  KT_REQUIRE(mk_tex(gpu, "cube", 16, 16, KILN_GPU_BC1, KILN_GPU_TEX_CUBE, 0, 1));
  KT_REQUIRE(mk_tex(gpu, "cubes", 8, 8, KILN_GPU_BC4, KILN_GPU_TEX_CUBE_ARRAY, 2, 1));
  kiln_gpu_region ra = {0, 0, 1, 8, 8, 2, 0}, rc = {4, 8, 2, 8, 8, 3, 0}, rca = {4, 0, 4, 4, 8, 4, 0};
  KT_CHECK(tg_stage_on_worker(gpu, "arr", KILN_GPU_BC7, ra, 900));
  KT_CHECK(tg_stage_on_worker(gpu, "cube", KILN_GPU_BC1, rc, 901));
  KT_CHECK(tg_stage_on_worker(gpu, "cubes", KILN_GPU_BC4, rca, 902));
  kiln_gpu_commit_result res;
  KT_CHECK(kiln_gpu_commit(gpu, NULL, 1, &res) == KILN_OK && res.issued == NBLOCK * NBR + 3);
  /* 23 blocks a format (3 of 8 bytes, 5 of 16), 8 bc7, 12 bc1 and 8 bc4 blocks */
  KT_CHECK(res.bytes == 3 * 23 * 8 + 5 * 23 * 16 + 8 * 16 + 12 * 8 + 8 * 8);
  for (size_t i = 0; i < NBLOCK; i++) {
    const char *n = kiln_gpu_format_name(block_fmts[i]);
    for (size_t k = 0; k < NBR; k++)
      KT_CHECK(reads_back(gpu, n, block_fmts[i], block_rs[k], 30 * (uint32_t)i + (uint32_t)k + 1));
  }
  KT_CHECK(reads_back(gpu, "arr", KILN_GPU_BC7, ra, 900));
  KT_CHECK(reads_back(gpu, "cube", KILN_GPU_BC1, rc, 901));
  KT_CHECK(reads_back(gpu, "cubes", KILN_GPU_BC4, rca, 902));
  /* a sub-rectangle of an upload reads back as the matching blocks */
  {
    size_t len;
    uint8_t *got = read_region(gpu, "bc3", KILN_GPU_BC3, (kiln_gpu_region){4, 4, 0, 8, 4, 1, 0}, &len);
    uint8_t all[9 * 16];
    tg_fill(all, sizeof all, KILN_GPU_BC3, 30 * 2 + 1);  /* region 0 of bc3 (index 2): 3x3 blocks */
    KT_CHECK(got && len == 32 && memcmp(got, all + (1 * 3 + 1) * 16, 32) == 0);
    free(got);
  }
  for (size_t i = 0; i < NBLOCK; i++) {  /* GL holds them compressed */
    kiln_gpu_tex id;
    KT_REQUIRE(kiln_gpu_texture_find(gpu, kiln_gpu_format_name(block_fmts[i]), &id) == KILN_OK);
    GLint c = 0, ifmt = 0;
    unsigned want;
    kiln_gpu_format_gl(block_fmts[i], &want, NULL, NULL);
    glGetTextureLevelParameteriv(kiln_gpu_texture_gl(gpu, id), 0, GL_TEXTURE_COMPRESSED, &c);
    glGetTextureLevelParameteriv(kiln_gpu_texture_gl(gpu, id), 0, GL_TEXTURE_INTERNAL_FORMAT, &ifmt);
    KT_CHECK(c == GL_TRUE && (unsigned)ifmt == want);
  }
  KT_CHECK(glGetError() == GL_NO_ERROR);
  tg_drain(gpu, 1);
  kiln_gpu_free(gpu);
}

KT_TEST(compressed_all_backends) { FOR_BACKENDS(blocks_on) }

KT_TEST(compressed_errors) {
  kiln_gpu *gpu = tg_gpu(KILN_GPU_RING, 1 << 20, 0);
  KT_REQUIRE(gpu);
  KT_REQUIRE(mk_tex(gpu, "b", 20, 12, KILN_GPU_BC1, KILN_GPU_TEX_2D, 0, 2));
  KT_REQUIRE(mk_tex(gpu, "s", 16, 16, KILN_GPU_BC7, KILN_GPU_TEX_2D, 0, 1));
  EXPECT_ERR(stage_err(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){2, 0, 0, 4, 4, 1, 0}, 8, msg), KILN_INVAL,
             "field 'x': 2 is not a multiple of 4", "texture 'b'");
  EXPECT_ERR(stage_err(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){0, 5, 0, 4, 4, 1, 0}, 8, msg), KILN_INVAL,
             "field 'y': 5 is not a multiple of 4");
  EXPECT_ERR(stage_err(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){0, 0, 0, 6, 4, 1, 0}, 16, msg), KILN_INVAL,
             "field 'w': 6 is not a multiple of 4", "width 20");
  EXPECT_ERR(stage_err(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){0, 0, 0, 4, 3, 1, 0}, 8, msg), KILN_INVAL,
             "field 'h': 3 is not a multiple of 4", "height 12");
  EXPECT_ERR(stage_err(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){0, 4, 0, 4, 5, 1, 1}, 16, msg), KILN_INVAL,
             "field 'y': region 4+5 exceeds height 6");
  EXPECT_ERR(stage_err(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){0, 0, 0, 8, 8, 1, 0}, 16, msg), KILN_INVAL,
             "field 'data': 16 bytes, but region 8x8x1 of bc1 needs 32");
  EXPECT_ERR(stage_err(gpu, "s", KILN_GPU_BC7, (kiln_gpu_region){0, 0, 0, 4, 4, 1, 0}, 8, msg), KILN_INVAL,
             "region 4x4x1 of bc7 needs 16");
  {  /* read-back sizes count blocks too */
    kiln_gpu_tex s;
    uint8_t out[64];
    KT_REQUIRE(kiln_gpu_texture_find(gpu, "s", &s) == KILN_OK);
    EXPECT_ERR(kiln_gpu_read_texture(gpu, s, &(kiln_gpu_region){4, 0, 0, 8, 4, 1, 0}, out, 64, msg), KILN_INVAL,
               "field 'out': 64 bytes, but region 8x4x1 of bc7 needs 32 (2x1x1 blocks of 16 bytes)");
    EXPECT_ERR(kiln_gpu_read_texture(gpu, s, &(kiln_gpu_region){4, 2, 0, 8, 4, 1, 0}, out, 32, msg), KILN_INVAL,
               "read_texture: field 'y': 2 is not a multiple of 4");
  }
  /* partial blocks only at the level's edge: 20x12 level 1 is 10x6 */
  KT_CHECK(stage_err(gpu, "b", KILN_GPU_BC1, (kiln_gpu_region){8, 4, 0, 2, 2, 1, 1}, 8, NULL) == KILN_OK);
  char m[KILN_ERRMSG_MAX];
  kiln_gpu_tex id;
  EXPECT_ERR(kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){.name = "v", .width = 8, .height = 8,
             .format = KILN_GPU_BC1, .kind = KILN_GPU_TEX_3D, .depth = 2, .levels = 1}, &id, msg),
             KILN_INVAL, "field 'kind': compressed format bc1 needs a 2d", "not 3d", "texture 'v'");
  EXPECT_ERR(kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){.name = "l", .width = 8, .height = 1,
             .format = KILN_GPU_BC4, .kind = KILN_GPU_TEX_1D, .levels = 1}, &id, msg),
             KILN_INVAL, "field 'kind'", "not 1d");
  (void)m;
  tg_drain(gpu, 1);
  kiln_gpu_free(gpu);
}

/* ------------------------------------------------------ sampler state -- */

static void sampler_on(const struct tg_be *be, int *kt_failed) {
  kiln_gpu *gpu = tg_gpu(be->b, 1 << 20, be->legacy);
  KT_REQUIRE(gpu);
  static const struct {
    kiln_gpu_filter f; kiln_gpu_wrap w; kiln_gpu_kind k; GLint min, mag, wrap;
  } c[] = {
    {KILN_GPU_FILTER_NEAREST, KILN_GPU_WRAP_CLAMP, KILN_GPU_TEX_2D, GL_NEAREST, GL_NEAREST, GL_CLAMP_TO_EDGE},
    {KILN_GPU_FILTER_LINEAR, KILN_GPU_WRAP_MIRROR, KILN_GPU_TEX_2D_ARRAY, GL_LINEAR, GL_LINEAR, GL_MIRRORED_REPEAT},
    {KILN_GPU_FILTER_TRILINEAR, KILN_GPU_WRAP_REPEAT, KILN_GPU_TEX_3D, GL_LINEAR_MIPMAP_LINEAR, GL_LINEAR, GL_REPEAT},
    {KILN_GPU_FILTER_NEAREST, KILN_GPU_WRAP_MIRROR, KILN_GPU_TEX_CUBE, GL_NEAREST, GL_NEAREST, GL_MIRRORED_REPEAT},
    /* 0: GL's defaults untouched */
    {KILN_GPU_FILTER_DEFAULT, KILN_GPU_WRAP_DEFAULT, KILN_GPU_TEX_2D, GL_NEAREST_MIPMAP_LINEAR, GL_LINEAR, GL_REPEAT},
    {KILN_GPU_FILTER_LINEAR, KILN_GPU_WRAP_DEFAULT, KILN_GPU_TEX_2D, GL_LINEAR, GL_LINEAR, GL_REPEAT},
  };
  GLint host_bind = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &host_bind);
  for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
    char n[16];
    snprintf(n, sizeof n, "s%zu", i);
    kiln_gpu_texture_desc d = {.name = n, .width = 8, .height = 8, .format = KILN_GPU_RGBA8, .kind = c[i].k,
                               .layers = c[i].k == KILN_GPU_TEX_2D_ARRAY ? 2 : 0,
                               .depth = c[i].k == KILN_GPU_TEX_3D ? 4 : 0, .filter = c[i].f, .wrap = c[i].w};
    kiln_gpu_tex id = 0;
    char msg[KILN_ERRMSG_MAX];
    int rc = kiln_gpu_texture_new(gpu, &d, &id, msg);
    if (rc) fprintf(stderr, "  texture_new: %s\n", msg);
    KT_REQUIRE(rc == KILN_OK);
    GLuint gl = kiln_gpu_texture_gl(gpu, id);
    GLint min = 0, mag = 0, ws = 0, wt = 0, wr = 0;
    glGetTextureParameteriv(gl, GL_TEXTURE_MIN_FILTER, &min);
    glGetTextureParameteriv(gl, GL_TEXTURE_MAG_FILTER, &mag);
    glGetTextureParameteriv(gl, GL_TEXTURE_WRAP_S, &ws);
    glGetTextureParameteriv(gl, GL_TEXTURE_WRAP_T, &wt);
    glGetTextureParameteriv(gl, GL_TEXTURE_WRAP_R, &wr);
    if (min != c[i].min || mag != c[i].mag || ws != c[i].wrap || wt != c[i].wrap || wr != c[i].wrap)
      fprintf(stderr, "  %s: min 0x%x mag 0x%x wrap 0x%x 0x%x 0x%x\n", n, min, mag, ws, wt, wr);
    KT_CHECK(min == c[i].min && mag == c[i].mag && ws == c[i].wrap && wt == c[i].wrap && wr == c[i].wrap);
    kiln_gpu_texture_desc info;
    KT_CHECK(kiln_gpu_texture_info(gpu, id, &info) == KILN_OK && info.filter == c[i].f && info.wrap == c[i].w);
  }
  GLint after = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &after);
  KT_CHECK(after == host_bind);
  /* adopted textures keep the host's sampler state; integer textures
   * cannot filter linearly */
  GLuint h = 0;
  glCreateTextures(GL_TEXTURE_2D, 1, &h);
  glTextureStorage2D(h, 1, GL_RGBA8, 8, 8);
  glTextureParameteri(h, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  kiln_gpu_tex id;
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "h", .width = 8, .height = 8,
             .format = KILN_GPU_RGBA8, .levels = 1, .filter = KILN_GPU_FILTER_LINEAR}, h, &id, msg),
             KILN_INVAL, "field 'filter'", "adopted texture 'h'");
  EXPECT_ERR(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "h", .width = 8, .height = 8,
             .format = KILN_GPU_RGBA8, .levels = 1, .wrap = KILN_GPU_WRAP_CLAMP}, h, &id, msg),
             KILN_INVAL, "field 'wrap'", "adopted texture 'h'");
  KT_CHECK(kiln_gpu_texture_adopt(gpu, &(kiln_gpu_texture_desc){.name = "h", .width = 8, .height = 8,
           .format = KILN_GPU_RGBA8, .levels = 1}, h, &id, NULL) == KILN_OK);
  GLint min = 0;
  glGetTextureParameteriv(h, GL_TEXTURE_MIN_FILTER, &min);
  KT_CHECK(min == GL_NEAREST);
  EXPECT_ERR(kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){.name = "iu", .width = 8, .height = 8,
             .format = KILN_GPU_R32UI, .levels = 1, .filter = KILN_GPU_FILTER_LINEAR}, &id, msg),
             KILN_INVAL, "field 'filter': linear on integer format r32ui texture 'iu'");
  EXPECT_ERR(kiln_gpu_texture_new(gpu, &(kiln_gpu_texture_desc){.name = "bad", .width = 8, .height = 8,
             .format = KILN_GPU_RGBA8, .levels = 1, .wrap = (kiln_gpu_wrap)9}, &id, msg),
             KILN_INVAL, "field 'wrap': unknown wrap 9");
  KT_CHECK(glGetError() == GL_NO_ERROR);
  kiln_gpu_free(gpu);
  glDeleteTextures(1, &h);
}

KT_TEST(sampler_state_all_backends) { FOR_BACKENDS(sampler_on) }

int main(int argc, char **argv) {
  if (!tg_open()) { printf("gpu_formats: 0 passed, 1 failed\n"); return 1; }
  static const struct kt_case cases[] = {
    KT_CASE(plain_formats_all_backends), KT_CASE(conversions_all_backends), KT_CASE(refused_conversions),
    KT_CASE(compressed_all_backends), KT_CASE(compressed_errors), KT_CASE(sampler_state_all_backends),
  };
  int rc = kt_run("gpu_formats", cases, sizeof cases / sizeof cases[0], argc, argv);
  tg_close();
  return rc;
}
