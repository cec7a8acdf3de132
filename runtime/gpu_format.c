/* kiln gpu: the texel format table (bytes per texel, GL enums, names). */
#include "gpu.h"

#include <string.h>

#include <glad/gl.h>

static const struct {
  const char *name;
  unsigned bytes;
  GLenum internal, format, type;
} formats[KILN_GPU_FORMAT_COUNT] = {
  [KILN_GPU_R8]      = {"r8",      1, GL_R8,      GL_RED,  GL_UNSIGNED_BYTE},
  [KILN_GPU_RG8]     = {"rg8",     2, GL_RG8,     GL_RG,   GL_UNSIGNED_BYTE},
  [KILN_GPU_RGBA8]   = {"rgba8",   4, GL_RGBA8,   GL_RGBA, GL_UNSIGNED_BYTE},
  [KILN_GPU_R16F]    = {"r16f",    2, GL_R16F,    GL_RED,  GL_HALF_FLOAT},
  [KILN_GPU_RG16F]   = {"rg16f",   4, GL_RG16F,   GL_RG,   GL_HALF_FLOAT},
  [KILN_GPU_RGBA16F] = {"rgba16f", 8, GL_RGBA16F, GL_RGBA, GL_HALF_FLOAT},
  [KILN_GPU_R32F]    = {"r32f",    4, GL_R32F,    GL_RED,  GL_FLOAT},
  [KILN_GPU_RG32F]   = {"rg32f",   8, GL_RG32F,   GL_RG,   GL_FLOAT},
  [KILN_GPU_RGBA32F] = {"rgba32f", 16, GL_RGBA32F, GL_RGBA, GL_FLOAT},
};

static int known(kiln_gpu_format f) {
  return f > KILN_GPU_FORMAT_NONE && f < KILN_GPU_FORMAT_COUNT;
}

size_t kiln_gpu_format_bytes(kiln_gpu_format f) {
  return known(f) ? formats[f].bytes : 0;
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

const char *kiln_gpu_kind_name(kiln_gpu_kind k) {
  static const char *const names[KILN_GPU_KIND_COUNT] = {"2d", "2d_array", "3d", "cube",
                                                              "1d", "1d_array", "cube_array"};
  return (unsigned)k < KILN_GPU_KIND_COUNT ? names[k] : NULL;
}

const char *kiln_gpu_backend_name(kiln_gpu_backend b) {
  static const char *const names[] = {"auto", "ring", "pbo", "direct", "null"};
  return (unsigned)b < sizeof names / sizeof names[0] ? names[b] : "unknown";
}
