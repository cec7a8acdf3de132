/* kiln gpu: the texel format table (bytes per texel or block, GL enums,
 * names, conversion classes), float16 conversion for the NULL backend's
 * CPU copies, and the sampler state names. */
#include "gpu_format.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include <glad/gl.h>

/* S3TC is an extension glad was not generated with (not core GL). */
#ifndef GL_COMPRESSED_RGBA_S3TC_DXT1_EXT
#define GL_COMPRESSED_RGBA_S3TC_DXT1_EXT 0x83F1
#define GL_COMPRESSED_RGBA_S3TC_DXT5_EXT 0x83F3
#endif
#ifndef GL_COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT
#define GL_COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT 0x8C4D
#define GL_COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT 0x8C4F
#endif

/* Conversion classes: GL converts between formats of one class with the
 * same channel count (kiln_gpu_format_converts). */
enum fclass { C_FLOAT = 1, C_UNORM8, C_UNORM16, C_UINT, C_BLOCK };

#define S3TC "GL_EXT_texture_compression_s3tc"

static const struct {
  const char *name;
  unsigned bytes;               /* per texel; C_BLOCK: per 4x4 block */
  unsigned char channels, cls;
  GLenum internal, format, type;
  const char *ext;              /* extension needed beyond GL 4.2, or NULL */
} formats[KILN_GPU_FORMAT_COUNT] = {
  [KILN_GPU_R8]      = {"r8",      1, 1, C_UNORM8, GL_R8,      GL_RED,  GL_UNSIGNED_BYTE, NULL},
  [KILN_GPU_RG8]     = {"rg8",     2, 2, C_UNORM8, GL_RG8,     GL_RG,   GL_UNSIGNED_BYTE, NULL},
  [KILN_GPU_RGBA8]   = {"rgba8",   4, 4, C_UNORM8, GL_RGBA8,   GL_RGBA, GL_UNSIGNED_BYTE, NULL},
  [KILN_GPU_R16F]    = {"r16f",    2, 1, C_FLOAT,  GL_R16F,    GL_RED,  GL_HALF_FLOAT, NULL},
  [KILN_GPU_RG16F]   = {"rg16f",   4, 2, C_FLOAT,  GL_RG16F,   GL_RG,   GL_HALF_FLOAT, NULL},
  [KILN_GPU_RGBA16F] = {"rgba16f", 8, 4, C_FLOAT,  GL_RGBA16F, GL_RGBA, GL_HALF_FLOAT, NULL},
  [KILN_GPU_R32F]    = {"r32f",    4, 1, C_FLOAT,  GL_R32F,    GL_RED,  GL_FLOAT, NULL},
  [KILN_GPU_RG32F]   = {"rg32f",   8, 2, C_FLOAT,  GL_RG32F,   GL_RG,   GL_FLOAT, NULL},
  [KILN_GPU_RGBA32F] = {"rgba32f", 16, 4, C_FLOAT, GL_RGBA32F, GL_RGBA, GL_FLOAT, NULL},
  [KILN_GPU_RGB8]    = {"rgb8",    3, 3, C_UNORM8, GL_RGB8,    GL_RGB,  GL_UNSIGNED_BYTE, NULL},
  [KILN_GPU_SRGB8]   = {"srgb8",   3, 3, C_UNORM8, GL_SRGB8,   GL_RGB,  GL_UNSIGNED_BYTE, NULL},
  [KILN_GPU_SRGB8_ALPHA8] = {"srgb8_alpha8", 4, 4, C_UNORM8, GL_SRGB8_ALPHA8, GL_RGBA, GL_UNSIGNED_BYTE, NULL},
  [KILN_GPU_R16]     = {"r16",     2, 1, C_UNORM16, GL_R16,    GL_RED,  GL_UNSIGNED_SHORT, NULL},
  [KILN_GPU_RG16]    = {"rg16",    4, 2, C_UNORM16, GL_RG16,   GL_RG,   GL_UNSIGNED_SHORT, NULL},
  [KILN_GPU_RGBA16]  = {"rgba16",  8, 4, C_UNORM16, GL_RGBA16, GL_RGBA, GL_UNSIGNED_SHORT, NULL},
  [KILN_GPU_RGB16F]  = {"rgb16f",  6, 3, C_FLOAT,  GL_RGB16F,  GL_RGB,  GL_HALF_FLOAT, NULL},
  [KILN_GPU_RGB32F]  = {"rgb32f", 12, 3, C_FLOAT,  GL_RGB32F,  GL_RGB,  GL_FLOAT, NULL},
  [KILN_GPU_R8UI]    = {"r8ui",    1, 1, C_UINT,   GL_R8UI,    GL_RED_INTEGER, GL_UNSIGNED_BYTE, NULL},
  [KILN_GPU_R32UI]   = {"r32ui",   4, 1, C_UINT,   GL_R32UI,   GL_RED_INTEGER, GL_UNSIGNED_INT, NULL},
  [KILN_GPU_BC1]     = {"bc1",     8, 4, C_BLOCK,  GL_COMPRESSED_RGBA_S3TC_DXT1_EXT, 0, 0, S3TC},
  [KILN_GPU_BC1_SRGB] = {"bc1_srgb", 8, 4, C_BLOCK, GL_COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT, 0, 0, S3TC},
  [KILN_GPU_BC3]     = {"bc3",    16, 4, C_BLOCK,  GL_COMPRESSED_RGBA_S3TC_DXT5_EXT, 0, 0, S3TC},
  [KILN_GPU_BC3_SRGB] = {"bc3_srgb", 16, 4, C_BLOCK, GL_COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT, 0, 0, S3TC},
  [KILN_GPU_BC4]     = {"bc4",     8, 1, C_BLOCK,  GL_COMPRESSED_RED_RGTC1, 0, 0, NULL},
  [KILN_GPU_BC5]     = {"bc5",    16, 2, C_BLOCK,  GL_COMPRESSED_RG_RGTC2, 0, 0, NULL},
  [KILN_GPU_BC7]     = {"bc7",    16, 4, C_BLOCK,  GL_COMPRESSED_RGBA_BPTC_UNORM, 0, 0, NULL},
  [KILN_GPU_BC7_SRGB] = {"bc7_srgb", 16, 4, C_BLOCK, GL_COMPRESSED_SRGB_ALPHA_BPTC_UNORM, 0, 0, NULL},
};

static int known(kiln_gpu_format f) {
  return f > KILN_GPU_FORMAT_NONE && f < KILN_GPU_FORMAT_COUNT;
}

size_t kiln_gpu_format_bytes(kiln_gpu_format f) {
  return known(f) ? formats[f].bytes : 0;
}

int kiln_gpu_format_compressed(kiln_gpu_format f) {
  return known(f) && formats[f].cls == C_BLOCK;
}

size_t kiln_gpu_format_size(kiln_gpu_format f, int w, int h, int d) {
  if (!known(f) || w < 1 || h < 1 || d < 1) return 0;
  if (formats[f].cls == C_BLOCK) { w = (w + 3) / 4; h = (h + 3) / 4; }
  return (size_t)w * (size_t)h * (size_t)d * formats[f].bytes;
}

int kiln_gpu_format_converts(kiln_gpu_format data, kiln_gpu_format tex) {
  if (!known(data) || !known(tex)) return 0;
  if (data == tex) return 1;
  unsigned c = formats[data].cls;
  if (c == C_UINT || c == C_BLOCK) return 0;  /* GL converts neither */
  return c == formats[tex].cls && formats[data].channels == formats[tex].channels;
}

const char *kiln_gpu_format_name(kiln_gpu_format f) {
  return known(f) ? formats[f].name : NULL;
}

kiln_gpu_format kiln_gpu_format_from_name(const char *name) {
  if (!name) return KILN_GPU_FORMAT_NONE;
  for (int f = KILN_GPU_FORMAT_NONE + 1; f < KILN_GPU_FORMAT_COUNT; f++)
    if (strcmp(formats[f].name, name) == 0) return (kiln_gpu_format)f;
  return KILN_GPU_FORMAT_NONE;
}

int kiln_gpu_format_gl(kiln_gpu_format f, unsigned *internal_format, unsigned *format,
                       unsigned *type) {
  if (!known(f)) return KILN_INVAL;
  if (internal_format) *internal_format = formats[f].internal;
  if (format) *format = formats[f].format;
  if (type) *type = formats[f].type;
  return KILN_OK;
}

static bool has_ext(const char *name) {
  GLint n = 0;
  glGetIntegerv(GL_NUM_EXTENSIONS, &n);
  for (GLint i = 0; i < n; i++) {
    const char *e = (const char *)glGetStringi(GL_EXTENSIONS, (GLuint)i);
    if (e && strcmp(e, name) == 0) return true;
  }
  return false;
}

const char *kiln_gpu_format_missing_ext(kiln_gpu_format f) {
  if (!known(f) || !formats[f].ext) return NULL;
  if (!has_ext(formats[f].ext)) return formats[f].ext;
  /* sRGB S3TC came with EXT_texture_sRGB; newer drivers name it apart */
  if ((f == KILN_GPU_BC1_SRGB || f == KILN_GPU_BC3_SRGB) && !has_ext("GL_EXT_texture_sRGB") &&
      !has_ext("GL_EXT_texture_compression_s3tc_srgb"))
    return "GL_EXT_texture_sRGB";
  return NULL;
}

/* IEEE binary32 -> binary16, round to nearest even, as GL stores floats
 * into a 16f texture (overflow to infinity, NaN stays NaN). */
static uint16_t f32_to_f16(uint32_t x) {
  uint16_t sign = (uint16_t)((x >> 16) & 0x8000);
  int e = (int)((x >> 23) & 0xff);
  uint32_t m = x & 0x7fffff;
  if (e == 0xff) return (uint16_t)(sign | 0x7c00 | (m ? 0x200 | (m >> 13) : 0));
  int he = e - 127 + 15;
  if (he >= 31) return (uint16_t)(sign | 0x7c00);
  if (he <= 0) {  /* a half subnormal, or zero */
    if (he < -10) return sign;
    m |= 0x800000;
    int shift = 14 - he;
    uint32_t hm = m >> shift, rem = m & ((1u << shift) - 1), half = 1u << (shift - 1);
    if (rem > half || (rem == half && (hm & 1))) hm++;  /* may carry into the first normal */
    return (uint16_t)(sign | hm);
  }
  uint16_t h = (uint16_t)(sign | (uint32_t)he << 10 | m >> 13);
  uint32_t rem = m & 0x1fff;
  if (rem > 0x1000 || (rem == 0x1000 && (h & 1))) h++;  /* a carry bumps the exponent: still right */
  return h;
}

static uint32_t f16_to_f32(uint16_t h) {
  uint32_t sign = (uint32_t)(h & 0x8000) << 16, m = h & 0x3ff;
  int e = (h >> 10) & 0x1f;
  if (e == 0x1f) return sign | 0x7f800000u | m << 13;
  if (e == 0) {
    if (!m) return sign;
    e = 1;
    while (!(m & 0x400)) { m <<= 1; e--; }  /* normalise the subnormal */
    m &= 0x3ff;
  }
  return sign | (uint32_t)(e + 112) << 23 | m << 13;
}

void kiln_gpu_format_convert(kiln_gpu_format from, kiln_gpu_format to, const void *src, void *dst,
                             size_t n) {
  size_t fb = formats[from].bytes, tb = formats[to].bytes;
  if (fb == tb) { memcpy(dst, src, n * fb); return; }
  /* float class, same channels: 4-byte <-> 2-byte components */
  size_t comps = n * formats[from].channels;
  const unsigned char *s = src;
  unsigned char *o = dst;
  for (size_t i = 0; i < comps; i++) {
    if (fb > tb) {
      uint32_t x;
      memcpy(&x, s + 4 * i, 4);
      uint16_t h = f32_to_f16(x);
      memcpy(o + 2 * i, &h, 2);
    } else {
      uint16_t h;
      memcpy(&h, s + 2 * i, 2);
      uint32_t x = f16_to_f32(h);
      memcpy(o + 4 * i, &x, 4);
    }
  }
}

const char *kiln_gpu_kind_name(kiln_gpu_kind k) {
  static const char *const names[KILN_GPU_KIND_COUNT] = {"2d", "2d_array", "3d", "cube",
                                                              "1d", "1d_array", "cube_array"};
  return (unsigned)k < KILN_GPU_KIND_COUNT ? names[k] : NULL;
}

const char *kiln_gpu_backend_name(kiln_gpu_backend b) {
  static const char *const names[] = {"auto", "ring", "pbo", "direct", "null"};
  return (unsigned)b < sizeof names / sizeof names[0] ? names[b] : "unknown";
}

static const char *const filter_names[KILN_GPU_FILTER_COUNT] = {"default", "nearest", "linear", "trilinear"};
static const char *const wrap_names[KILN_GPU_WRAP_COUNT] = {"default", "repeat", "clamp", "mirror"};

const char *kiln_gpu_filter_name(kiln_gpu_filter f) {
  return (unsigned)f < KILN_GPU_FILTER_COUNT ? filter_names[f] : NULL;
}

const char *kiln_gpu_wrap_name(kiln_gpu_wrap w) {
  return (unsigned)w < KILN_GPU_WRAP_COUNT ? wrap_names[w] : NULL;
}

kiln_gpu_filter kiln_gpu_filter_from_name(const char *name) {
  for (int i = 1; name && i < KILN_GPU_FILTER_COUNT; i++)
    if (strcmp(filter_names[i], name) == 0) return (kiln_gpu_filter)i;
  return KILN_GPU_FILTER_DEFAULT;
}

kiln_gpu_wrap kiln_gpu_wrap_from_name(const char *name) {
  for (int i = 1; name && i < KILN_GPU_WRAP_COUNT; i++)
    if (strcmp(wrap_names[i], name) == 0) return (kiln_gpu_wrap)i;
  return KILN_GPU_WRAP_DEFAULT;
}
