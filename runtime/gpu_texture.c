/* kiln gpu: the texture table: storage creation, adopting the host's
 * textures, free, find/info/gl, region checks, the NULL backend's CPU
 * copies and read-back. */
#include "gpu_int.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ----------------------------------------------------------- helpers -- */

static uint32_t hash_name(const char *s) {  /* FNV-1a */
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

struct tex *kiln__gpu_tex_find(kiln_gpu *gpu, const char *name) {  /* under mu */
  uint32_t h = hash_name(name);
  for (unsigned i = 0; i < gpu->ntex; i++) {
    struct tex *t = &gpu->tex[i];
    if (t->live && t->hash == h && strcmp(t->name, name) == 0) return t;
  }
  return NULL;
}

/* Images in z at a level: layers, cube faces or 3d slices. */
static int level_images(const kiln_gpu_texture_desc *d, int level) {
  switch (d->kind) {
  case KILN_GPU_TEX_2D_ARRAY: case KILN_GPU_TEX_1D_ARRAY: return d->layers;
  case KILN_GPU_TEX_CUBE: return 6;
  case KILN_GPU_TEX_CUBE_ARRAY: return 6 * d->layers;
  case KILN_GPU_TEX_3D: return kiln__gpu_imax(1, d->depth >> level);
  default: return 1;
  }
}

GLenum kiln__gpu_gl_target(kiln_gpu_kind k) {
  static const GLenum t[KILN_GPU_KIND_COUNT] = {GL_TEXTURE_2D, GL_TEXTURE_2D_ARRAY,
                                                GL_TEXTURE_3D, GL_TEXTURE_CUBE_MAP,
                                                GL_TEXTURE_1D, GL_TEXTURE_1D_ARRAY,
                                                GL_TEXTURE_CUBE_MAP_ARRAY};
  return t[k];
}

const GLenum kiln__gpu_binding_of[KILN_GPU_KIND_COUNT] = {
  GL_TEXTURE_BINDING_2D, GL_TEXTURE_BINDING_2D_ARRAY, GL_TEXTURE_BINDING_3D,
  GL_TEXTURE_BINDING_CUBE_MAP, GL_TEXTURE_BINDING_1D, GL_TEXTURE_BINDING_1D_ARRAY,
  GL_TEXTURE_BINDING_CUBE_MAP_ARRAY};

/* Checks a region, its format and its byte size against a texture. op and
 * the data field name ("data", "out") go into the message. */
int kiln__gpu_check_region(const char *op, const char *datafield, const kiln_gpu_texture_desc *t,
                           kiln_gpu_format fmt, const kiln_gpu_region *r, size_t len,
                           int *d_out, size_t *need_out, char *msg) {
  const char *tn = t->name;
  if (!kiln_gpu_format_bytes(fmt))
    return kiln_errf(msg, KILN_INVAL, "%s: field 'format': unknown format %d", op, (int)fmt);
  if (!kiln_gpu_format_converts(fmt, t->format))
    return kiln_errf(msg, KILN_INVAL, "%s: field 'format': %s does not match format %s of texture '%s' "
                     "(GL converts only float to float, 8-bit unorm to unorm/sRGB, 16-bit unorm to 16-bit "
                     "unorm of the same channel count; integer and compressed data only to their own format)",
                     op, kiln_gpu_format_name(fmt), kiln_gpu_format_name(t->format), tn);
  bool block = kiln_gpu_format_compressed(fmt);
  if (r->level < 0 || r->level >= t->levels)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'level': %d out of range 0..%d of texture '%s'",
                     op, r->level, t->levels - 1, tn);
  int lw = kiln__gpu_imax(1, t->width >> r->level), lh = kiln__gpu_imax(1, t->height >> r->level);
  int lz = level_images(t, r->level);
  int d = r->d == 0 ? 1 : r->d;
  char lvl[32] = "";
  if (r->level > 0) snprintf(lvl, sizeof lvl, " at level %d", r->level);
  if (r->w < 1) return kiln_errf(msg, KILN_INVAL, "%s: field 'w': %d is not positive", op, r->w);
  if (r->h < 1) return kiln_errf(msg, KILN_INVAL, "%s: field 'h': %d is not positive", op, r->h);
  if (d < 1) return kiln_errf(msg, KILN_INVAL, "%s: field 'd': %d is not positive", op, r->d);
  if (r->x < 0) return kiln_errf(msg, KILN_INVAL, "%s: field 'x': %d is negative", op, r->x);
  if (r->y < 0) return kiln_errf(msg, KILN_INVAL, "%s: field 'y': %d is negative", op, r->y);
  if (r->z < 0) return kiln_errf(msg, KILN_INVAL, "%s: field 'z': %d is negative", op, r->z);
  if ((int64_t)r->x + r->w > lw)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'x': region %d+%d exceeds width %d of texture '%s'%s",
                     op, r->x, r->w, lw, tn, lvl);
  if ((int64_t)r->y + r->h > lh)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'y': region %d+%d exceeds height %d of texture '%s'%s",
                     op, r->y, r->h, lh, tn, lvl);
  if ((int64_t)r->z + d > lz) {
    static const char *const what[KILN_GPU_KIND_COUNT] = {"images", "layers", "slices", "faces",
                                                           "images", "layers", "layer-faces"};
    return kiln_errf(msg, KILN_INVAL, "%s: field 'z': region %d+%d exceeds the %d %s of %s texture '%s'%s",
                     op, r->z, d, lz, what[t->kind], kiln_gpu_kind_name(t->kind), tn, lvl);
  }
  if (block) {  /* GL takes whole 4x4 blocks; only the level's last ones may be partial */
    const char *fn = kiln_gpu_format_name(fmt);
    if (r->x % 4) return kiln_errf(msg, KILN_INVAL, "%s: field 'x': %d is not a multiple of 4 (4x4 blocks "
                                   "of %s texture '%s')%s", op, r->x, fn, tn, lvl);
    if (r->y % 4) return kiln_errf(msg, KILN_INVAL, "%s: field 'y': %d is not a multiple of 4 (4x4 blocks "
                                   "of %s texture '%s')%s", op, r->y, fn, tn, lvl);
    if (r->w % 4 && r->x + r->w != lw)
      return kiln_errf(msg, KILN_INVAL, "%s: field 'w': %d is not a multiple of 4 and %d+%d does not end at "
                       "width %d (4x4 blocks of %s texture '%s')%s", op, r->w, r->x, r->w, lw, fn, tn, lvl);
    if (r->h % 4 && r->y + r->h != lh)
      return kiln_errf(msg, KILN_INVAL, "%s: field 'h': %d is not a multiple of 4 and %d+%d does not end at "
                       "height %d (4x4 blocks of %s texture '%s')%s", op, r->h, r->y, r->h, lh, fn, tn, lvl);
  }
  size_t need = kiln_gpu_format_size(fmt, r->w, r->h, d);
  if (len != need) {
    char blocks[64] = "";
    if (block) snprintf(blocks, sizeof blocks, " (%dx%dx%d blocks of %zu bytes)", (r->w + 3) / 4,
                        (r->h + 3) / 4, d, kiln_gpu_format_bytes(fmt));
    return kiln_errf(msg, KILN_INVAL, "%s: field '%s': %zu bytes, but region %dx%dx%d of %s needs %zu%s",
                     op, datafield, len, r->w, r->h, d, kiln_gpu_format_name(fmt), need, blocks);
  }
  *d_out = d;
  if (need_out) *need_out = need;
  return KILN_OK;
}

/* ----------------------------------------------------------- textures -- */

static int check_desc(kiln_gpu *gpu, const char *op, const kiln_gpu_texture_desc *in,
                      kiln_gpu_texture_desc *d, char *msg) {
  *d = *in;
  if (!d->name || !d->name[0]) return kiln_errf(msg, KILN_INVAL, "%s: field 'name': missing", op);
  if (strlen(d->name) >= TEX_NAME_MAX)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'name': '%.40s...' is longer than %d bytes", op,
                     d->name, TEX_NAME_MAX - 1);
  const char *n = d->name;
  if ((unsigned)d->kind >= KILN_GPU_KIND_COUNT)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'kind': unknown kind %d for texture '%s'", op, (int)d->kind, n);
  if (!kiln_gpu_format_bytes(d->format))
    return kiln_errf(msg, KILN_INVAL, "%s: field 'format': unknown format %d for texture '%s'", op,
                     (int)d->format, n);
  if (kiln_gpu_format_compressed(d->format) && d->kind != KILN_GPU_TEX_2D && d->kind != KILN_GPU_TEX_2D_ARRAY &&
      d->kind != KILN_GPU_TEX_CUBE && d->kind != KILN_GPU_TEX_CUBE_ARRAY)  /* GL has no 1d or 3d S3TC/RGTC */
    return kiln_errf(msg, KILN_INVAL, "%s: field 'kind': compressed format %s needs a 2d, 2d_array, cube or "
                     "cube_array texture, not %s (texture '%s')", op, kiln_gpu_format_name(d->format),
                     kiln_gpu_kind_name(d->kind), n);
  if ((unsigned)d->filter >= KILN_GPU_FILTER_COUNT)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'filter': unknown filter %d for texture '%s'", op, (int)d->filter, n);
  if ((unsigned)d->wrap >= KILN_GPU_WRAP_COUNT)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'wrap': unknown wrap %d for texture '%s'", op, (int)d->wrap, n);
  if ((d->format == KILN_GPU_R8UI || d->format == KILN_GPU_R32UI) &&
      (d->filter == KILN_GPU_FILTER_LINEAR || d->filter == KILN_GPU_FILTER_TRILINEAR))  /* else incomplete */
    return kiln_errf(msg, KILN_INVAL, "%s: field 'filter': %s on integer format %s texture '%s' (integer "
                     "textures sample only with nearest)", op, kiln_gpu_filter_name(d->filter),
                     kiln_gpu_format_name(d->format), n);
  bool cube = d->kind == KILN_GPU_TEX_CUBE || d->kind == KILN_GPU_TEX_CUBE_ARRAY;
  bool one_d = d->kind == KILN_GPU_TEX_1D || d->kind == KILN_GPU_TEX_1D_ARRAY;
  bool layered = d->kind == KILN_GPU_TEX_2D_ARRAY || d->kind == KILN_GPU_TEX_1D_ARRAY ||
                 d->kind == KILN_GPU_TEX_CUBE_ARRAY;
  int maxdim = d->kind == KILN_GPU_TEX_3D ? gpu->lim.tex3d : cube ? gpu->lim.cube : gpu->lim.tex2d;
  if (one_d && d->height == 0) d->height = 1;  /* 1d kinds have no height to give */
  if (d->width < 1) return kiln_errf(msg, KILN_INVAL, "%s: field 'width': %d is not positive (texture '%s')", op, d->width, n);
  if (d->height < 1) return kiln_errf(msg, KILN_INVAL, "%s: field 'height': %d is not positive (texture '%s')", op, d->height, n);
  if (d->width > maxdim)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'width': %d exceeds the GL limit %d for texture '%s'", op, d->width, maxdim, n);
  if (d->height > maxdim)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'height': %d exceeds the GL limit %d for texture '%s'", op, d->height, maxdim, n);
  if (cube && d->width != d->height)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'height': %s texture '%s' needs width == height (%d != %d)",
                     op, kiln_gpu_kind_name(d->kind), n, d->width, d->height);
  if (one_d && d->height != 1)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'height': %d given for %s texture '%s' (must be 0 or 1)",
                     op, d->height, kiln_gpu_kind_name(d->kind), n);
  if (d->layers == 0) d->layers = 1;
  if (d->depth == 0) d->depth = 1;
  if (layered) {
    /* a cube array's GL layers are its layer-faces */
    int maxl = d->kind == KILN_GPU_TEX_CUBE_ARRAY ? gpu->lim.layers / 6 : gpu->lim.layers;
    if (d->layers < 1 || d->layers > maxl)
      return kiln_errf(msg, KILN_INVAL, "%s: field 'layers': %d out of range 1..%d for texture '%s'", op,
                       d->layers, maxl, n);
  } else if (d->layers != 1) {
    return kiln_errf(msg, KILN_INVAL, "%s: field 'layers': %d given for %s texture '%s' (only 2d_array, "
                     "1d_array and cube_array have layers)", op, d->layers, kiln_gpu_kind_name(d->kind), n);
  }
  if (d->kind == KILN_GPU_TEX_3D) {
    if (d->depth < 1 || d->depth > gpu->lim.tex3d)
      return kiln_errf(msg, KILN_INVAL, "%s: field 'depth': %d out of range 1..%d for texture '%s'", op,
                       d->depth, gpu->lim.tex3d, n);
  } else if (d->depth != 1) {
    return kiln_errf(msg, KILN_INVAL, "%s: field 'depth': %d given for %s texture '%s' (only 3d has depth)",
                     op, d->depth, kiln_gpu_kind_name(d->kind), n);
  }
  int big = kiln__gpu_imax(d->width, d->height);
  if (d->kind == KILN_GPU_TEX_3D) big = kiln__gpu_imax(big, d->depth);
  int chain = 1;
  while (big >> chain) chain++;
  if (d->levels == 0) d->levels = chain;
  if (d->levels < 1 || d->levels > chain)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'levels': %d out of range 1..%d (the mip chain) for texture '%s'",
                     op, d->levels, chain, n);
  return KILN_OK;
}

/* GL's view of a texture's storage: 1, 2 or 3 dimensions, and its height
 * and depth there (1d arrays keep layers in height, cube arrays count
 * layer-faces). */
static int storage_dims(const kiln_gpu_texture_desc *d, int *h, int *z) {
  *h = d->height;
  *z = 1;
  switch (d->kind) {
  case KILN_GPU_TEX_1D: return 1;
  case KILN_GPU_TEX_1D_ARRAY: *h = d->layers; return 2;
  case KILN_GPU_TEX_2D: case KILN_GPU_TEX_CUBE: return 2;
  case KILN_GPU_TEX_3D: *z = d->depth; return 3;
  case KILN_GPU_TEX_CUBE_ARRAY: *z = 6 * d->layers; return 3;
  default: *z = d->layers; return 3;
  }
}

/* Render thread: the desc's sampler state on texture t (bound to target
 * unless dsa); a 0 field leaves GL's default. */
static void set_sampler(GLuint t, GLenum target, bool dsa, const kiln_gpu_texture_desc *d) {
  static const GLint minf[KILN_GPU_FILTER_COUNT] = {0, GL_NEAREST, GL_LINEAR, GL_LINEAR_MIPMAP_LINEAR};
  static const GLint magf[KILN_GPU_FILTER_COUNT] = {0, GL_NEAREST, GL_LINEAR, GL_LINEAR};
  static const GLint wrap[KILN_GPU_WRAP_COUNT] = {0, GL_REPEAT, GL_CLAMP_TO_EDGE, GL_MIRRORED_REPEAT};
  GLenum pn[5] = {GL_TEXTURE_MIN_FILTER, GL_TEXTURE_MAG_FILTER, GL_TEXTURE_WRAP_S, GL_TEXTURE_WRAP_T,
                  GL_TEXTURE_WRAP_R};
  GLint v[5] = {minf[d->filter], magf[d->filter], wrap[d->wrap], wrap[d->wrap], wrap[d->wrap]};
  for (int i = 0; i < 5; i++) {
    if (!v[i]) continue;
    if (dsa) glTextureParameteri(t, pn[i], v[i]);
    else glTexParameteri(target, pn[i], v[i]);
  }
}

static int create_gl_texture(kiln_gpu *gpu, const kiln_gpu_texture_desc *d, GLuint *out, char *msg) {
  unsigned ifmt;
  kiln_gpu_format_gl(d->format, &ifmt, NULL, NULL);
  const char *ext = kiln_gpu_format_missing_ext(d->format);
  if (ext)
    return kiln_errf(msg, KILN_GL, "texture_new: field 'format': %s needs %s, which this GL context lacks "
                     "(texture '%s')", kiln_gpu_format_name(d->format), ext, d->name);
  GLenum target = kiln__gpu_gl_target(d->kind);
  GLuint t = 0;
  int sh, sz, dims = storage_dims(d, &sh, &sz);
  for (int i = 0; i < 16 && glGetError() != GL_NO_ERROR; i++) {}  /* errors not ours */
  if (gpu->dsa) {
    glCreateTextures(target, 1, &t);
    if (dims == 1) glTextureStorage1D(t, d->levels, ifmt, d->width);
    else if (dims == 2) glTextureStorage2D(t, d->levels, ifmt, d->width, sh);
    else glTextureStorage3D(t, d->levels, ifmt, d->width, sh, sz);
    set_sampler(t, target, true, d);
  } else {
    GLint prev = 0;
    glGetIntegerv(kiln__gpu_binding_of[d->kind], &prev);
    glGenTextures(1, &t);
    glBindTexture(target, t);
    if (dims == 1) glTexStorage1D(target, d->levels, ifmt, d->width);
    else if (dims == 2) glTexStorage2D(target, d->levels, ifmt, d->width, sh);
    else glTexStorage3D(target, d->levels, ifmt, d->width, sh, sz);
    set_sampler(t, target, false, d);
    glBindTexture(target, (GLuint)prev);
  }
  GLenum e = glGetError();
  if (e != GL_NO_ERROR || !t) {
    if (t) glDeleteTextures(1, &t);
    return kiln_errf(msg, KILN_GL, "texture_new: GL error 0x%04x creating %dx%d %s %s storage for texture '%s'",
                     e, d->width, d->height, kiln_gpu_format_name(d->format), kiln_gpu_kind_name(d->kind), d->name);
  }
  *out = t;
  return KILN_OK;
}

static int alloc_cpu_copy(const kiln_gpu_texture_desc *d, unsigned char **out, size_t *level_off) {
  size_t total = 0;
  for (int l = 0; l < d->levels; l++) {  /* compressed: whole blocks, as GL keeps them */
    level_off[l] = total;
    total += kiln_gpu_format_size(d->format, kiln__gpu_imax(1, d->width >> l), kiln__gpu_imax(1, d->height >> l),
                                  level_images(d, l));
  }
  *out = calloc(1, total);
  return *out ? KILN_OK : KILN_NOMEM;
}

/* Render thread: checks that the host's GL texture matches its description
 * (kind by binding it to the kind's target, then level 0's size and
 * internal format, then that the levels exist). Leaves bindings as found. */
static int check_host_texture(kiln_gpu *gpu, const kiln_gpu_texture_desc *d, GLuint name, char *msg) {
  const char *op = "texture_adopt", *n = d->name, *k = kiln_gpu_kind_name(d->kind);
  if (!name) return kiln_errf(msg, KILN_INVAL, "%s: field 'gl': 0 is not a GL texture (texture '%s')", op, n);
  while (glGetError() != GL_NO_ERROR) {}  /* errors not ours */
  if (!glIsTexture(name))
    return kiln_errf(msg, KILN_INVAL, "%s: field 'gl': %u is not a GL texture (created and bound?) for texture '%s'",
                     op, name, n);
  GLenum target = kiln__gpu_gl_target(d->kind);
  GLint prev = 0;
  glGetIntegerv(kiln__gpu_binding_of[d->kind], &prev);
  glBindTexture(target, name);
  if (glGetError() != GL_NO_ERROR)  /* a texture's target is fixed at its first binding */
    return kiln_errf(msg, KILN_INVAL, "%s: field 'kind': GL texture %u is not a %s texture (texture '%s')",
                     op, name, k, n);
  GLenum q = d->kind == KILN_GPU_TEX_CUBE ? GL_TEXTURE_CUBE_MAP_POSITIVE_X : target;
  GLint w = 0, h = 0, z = 0, ifmt = 0, immutable = 0, ilevels = 0, lw = 0;
  glGetTexLevelParameteriv(q, 0, GL_TEXTURE_WIDTH, &w);
  glGetTexLevelParameteriv(q, 0, GL_TEXTURE_HEIGHT, &h);
  glGetTexLevelParameteriv(q, 0, GL_TEXTURE_DEPTH, &z);
  glGetTexLevelParameteriv(q, 0, GL_TEXTURE_INTERNAL_FORMAT, &ifmt);
  glGetTexLevelParameteriv(q, d->levels - 1, GL_TEXTURE_WIDTH, &lw);
  glGetTexParameteriv(target, GL_TEXTURE_IMMUTABLE_FORMAT, &immutable);
  if (immutable) glGetTexParameteriv(target, GL_TEXTURE_IMMUTABLE_LEVELS, &ilevels);
  glBindTexture(target, (GLuint)prev);
  GLenum e = glGetError();
  if (e != GL_NO_ERROR)
    return kiln_errf(msg, KILN_GL, "%s: GL error 0x%04x querying GL texture %u for texture '%s'", op, e, name, n);
  int sh, sz;
  storage_dims(d, &sh, &sz);
  const char *hf = d->kind == KILN_GPU_TEX_1D_ARRAY ? "layers" : "height";
  const char *zf = d->kind == KILN_GPU_TEX_3D ? "depth" : "layers";
  if (w != d->width)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'width': GL texture %u is %d wide, texture '%s' says %d",
                     op, name, w, n, d->width);
  if (h != sh)
    return kiln_errf(msg, KILN_INVAL, "%s: field '%s': GL texture %u has height %d, %s texture '%s' needs %d",
                     op, hf, name, h, k, n, sh);
  if (z != sz)
    return kiln_errf(msg, KILN_INVAL, "%s: field '%s': GL texture %u has depth %d, %s texture '%s' needs %d",
                     op, zf, name, z, k, n, sz);
  unsigned want, base;
  kiln_gpu_format_gl(d->format, &want, &base, NULL);
  bool unorm8 = d->format == KILN_GPU_R8 || d->format == KILN_GPU_RG8 || d->format == KILN_GPU_RGB8 ||
                d->format == KILN_GPU_RGBA8;
  if ((unsigned)ifmt != want && !(unorm8 && (unsigned)ifmt == base))  /* glTexImage2D(GL_RGBA) */
    return kiln_errf(msg, KILN_INVAL, "%s: field 'format': GL texture %u has internal format 0x%04x, %s "
                     "texture '%s' needs 0x%04x", op, name, (unsigned)ifmt, kiln_gpu_format_name(d->format), n, want);
  if (immutable ? ilevels < d->levels : lw != kiln__gpu_imax(1, d->width >> (d->levels - 1)))
    return kiln_errf(msg, KILN_INVAL, "%s: field 'levels': GL texture %u lacks level %d; texture '%s' has %d levels",
                     op, name, d->levels - 1, n, d->levels);
  return KILN_OK;
}

/* Creates a texture, or adopts the host's (adopt: host is its GL name). */
static int texture_add(kiln_gpu *gpu, const kiln_gpu_texture_desc *desc, bool adopt, GLuint host,
                       kiln_gpu_tex *id, char *msg) {
  const char *op = adopt ? "texture_adopt" : "texture_new";
  assert(gpu && desc && id);
  *id = 0;
  int rc = kiln__gpu_check_render(gpu, op, false, msg);
  if (rc != KILN_OK) return rc;
  kiln_gpu_texture_desc d;
  if ((rc = check_desc(gpu, op, desc, &d, msg)) != KILN_OK) return rc;
  if (adopt && (d.filter || d.wrap))  /* the host's texture, the host's sampler state */
    return kiln_errf(msg, KILN_INVAL, "%s: field '%s': adopted texture '%s' keeps the host's sampler state "
                     "(leave it 0)", op, d.filter ? "filter" : "wrap", d.name);

  pthread_mutex_lock(&gpu->mu);
  bool taken = kiln__gpu_tex_find(gpu, d.name) != NULL;
  pthread_mutex_unlock(&gpu->mu);
  if (taken) return kiln_errf(msg, KILN_EXISTS, "%s: field 'name': texture '%s' exists", op, d.name);

  /* Build everything outside the lock, then publish in one step. */
  GLuint gl = 0;
  unsigned char *cpu = NULL;
  size_t level_off[TEX_MAX_LEVELS] = {0};
  if (gpu->backend == KILN_GPU_NULL) {
    if (alloc_cpu_copy(&d, &cpu, level_off) != KILN_OK)
      return kiln_errf(msg, KILN_NOMEM, "%s: out of memory for texture '%s'", op, d.name);
  } else if (adopt) {
    if ((rc = check_host_texture(gpu, &d, host, msg)) != KILN_OK) return rc;
  } else if ((rc = create_gl_texture(gpu, &d, &gl, msg)) != KILN_OK) {
    return rc;
  }
  if (!kiln__gpu_is_gl(gpu->backend)) host = 0;  /* NULL backend: no GL name to keep */

  pthread_mutex_lock(&gpu->mu);
  struct tex *t = NULL;
  if (kiln__gpu_tex_find(gpu, d.name)) {  /* NULL backend: another thread won the race */
    rc = kiln_errf(msg, KILN_EXISTS, "%s: field 'name': texture '%s' exists", op, d.name);
    goto out;
  }
  for (unsigned i = 0; adopt && host && i < gpu->ntex; i++)
    if (gpu->tex[i].live && gpu->tex[i].gl == host) {  /* two owners would free it twice */
      rc = kiln_errf(msg, KILN_INVAL, "%s: field 'gl': GL texture %u is already texture '%s' (adopting '%s')",
                     op, host, gpu->tex[i].name, d.name);
      goto out;
    }
  for (unsigned i = 0; i < gpu->ntex; i++)
    if (!gpu->tex[i].live) { t = &gpu->tex[i]; break; }
  if (!t) {
    if (gpu->ntex == TEX_MAX_SLOTS) {
      rc = kiln_errf(msg, KILN_TOOBIG, "%s: more than %u textures", op, TEX_MAX_SLOTS);
      goto out;
    }
    if (gpu->ntex == gpu->tex_cap) {
      unsigned ncap = gpu->tex_cap ? gpu->tex_cap * 2 : 16;
      struct tex *nt = realloc(gpu->tex, ncap * sizeof *nt);
      if (!nt) { rc = kiln_errf(msg, KILN_NOMEM, "%s: out of memory", op); goto out; }
      gpu->tex = nt;
      gpu->tex_cap = ncap;
    }
    t = &gpu->tex[gpu->ntex++];
    memset(t, 0, sizeof *t);
  }
  uint16_t gen = (uint16_t)(t->gen + 1);
  if (gen == 0) gen = 1;
  memset(t, 0, sizeof *t);
  t->gen = gen;
  t->live = true;
  snprintf(t->name, sizeof t->name, "%s", d.name);
  t->hash = hash_name(t->name);
  t->desc = d;
  t->desc.name = t->name;
  t->gl = adopt ? host : gl;
  t->adopted = adopt;
  t->cpu = cpu;
  memcpy(t->level_off, level_off, sizeof level_off);
  gpu->tex_live++;
  *id = kiln__gpu_tex_id(gpu, t);
  gl = 0;
  cpu = NULL;
  /* desc.name pointers of other live textures moved with a realloc */
  for (unsigned i = 0; i < gpu->ntex; i++) gpu->tex[i].desc.name = gpu->tex[i].name;
out:
  pthread_mutex_unlock(&gpu->mu);
  if (gl) glDeleteTextures(1, &gl);
  free(cpu);
  return rc;
}

int kiln_gpu_texture_new(kiln_gpu *gpu, const kiln_gpu_texture_desc *desc, kiln_gpu_tex *id, char *msg) {
  return texture_add(gpu, desc, false, 0, id, msg);
}

int kiln_gpu_texture_adopt(kiln_gpu *gpu, const kiln_gpu_texture_desc *desc, unsigned gl_name,
                           kiln_gpu_tex *id, char *msg) {
  return texture_add(gpu, desc, true, gl_name, id, msg);
}

void kiln_gpu_texture_free(kiln_gpu *gpu, kiln_gpu_tex id) {
  assert(gpu);
  if (kiln__gpu_check_render(gpu, "texture_free", false, NULL) != KILN_OK) return;
  pthread_mutex_lock(&gpu->mu);
  struct tex *t = kiln__gpu_tex_get(gpu, id);
  GLuint gl = 0;
  unsigned char *cpu = NULL;
  if (t) {
    gl = t->adopted ? 0 : t->gl;  /* the host's texture stays the host's */
    cpu = t->cpu;
    t->live = false;
    t->gl = 0;
    t->cpu = NULL;
    gpu->tex_live--;
  }
  pthread_mutex_unlock(&gpu->mu);
  if (gl) glDeleteTextures(1, &gl);
  free(cpu);
}

int kiln_gpu_texture_free_name(kiln_gpu *gpu, const char *name, char *msg) {
  assert(gpu);
  int rc = kiln__gpu_check_render(gpu, "texture_free", false, msg);
  if (rc != KILN_OK) return rc;
  kiln_gpu_tex id;
  if (!name) return kiln_errf(msg, KILN_NOTFOUND, "texture_free: field 'name': missing");
  if (kiln_gpu_texture_find(gpu, name, &id) != KILN_OK)
    return kiln_errf(msg, KILN_NOTFOUND, "texture_free: field 'name': no texture named '%s'", name);
  kiln_gpu_texture_free(gpu, id);
  return KILN_OK;
}

int kiln_gpu_texture_find(kiln_gpu *gpu, const char *name, kiln_gpu_tex *id) {
  assert(gpu && id);
  *id = 0;
  if (!name) return KILN_NOTFOUND;
  pthread_mutex_lock(&gpu->mu);
  struct tex *t = kiln__gpu_tex_find(gpu, name);
  if (t) *id = kiln__gpu_tex_id(gpu, t);
  pthread_mutex_unlock(&gpu->mu);
  return t ? KILN_OK : KILN_NOTFOUND;
}

int kiln_gpu_texture_info(kiln_gpu *gpu, kiln_gpu_tex id, kiln_gpu_texture_desc *desc) {
  assert(gpu && desc);
  pthread_mutex_lock(&gpu->mu);
  struct tex *t = kiln__gpu_tex_get(gpu, id);
  if (t) *desc = t->desc;
  pthread_mutex_unlock(&gpu->mu);
  return t ? KILN_OK : KILN_NOTFOUND;
}

unsigned kiln_gpu_texture_gl(kiln_gpu *gpu, kiln_gpu_tex id) {
  assert(gpu);
  if (kiln__gpu_check_render(gpu, "texture_gl", false, NULL) != KILN_OK) return 0;
  pthread_mutex_lock(&gpu->mu);
  struct tex *t = kiln__gpu_tex_get(gpu, id);
  unsigned gl = t ? t->gl : 0;
  pthread_mutex_unlock(&gpu->mu);
  return gl;
}

/* Copies a region between a packed buffer and a level of a CPU copy. */
static void cpu_copy(unsigned char *level, int lw, int lh, const kiln_gpu_region *r, int d,
                     size_t bpp, unsigned char *packed, bool to_level) {
  size_t row = (size_t)r->w * bpp;
  for (int z = 0; z < d; z++)
    for (int y = 0; y < r->h; y++) {
      unsigned char *tp = level + (((size_t)(r->z + z) * lh + (size_t)(r->y + y)) * lw + (size_t)r->x) * bpp;
      unsigned char *pp = packed + ((size_t)z * r->h + (size_t)y) * row;
      if (to_level) memcpy(tp, pp, row);
      else memcpy(pp, tp, row);
    }
}

/* A region of a compressed level in blocks, and the level's size in blocks
 * (*lw, *lh), so cpu_copy moves whole blocks. */
static kiln_gpu_region block_region(const kiln_gpu_region *r, int *lw, int *lh) {
  kiln_gpu_region b = *r;
  b.x = r->x / 4;
  b.y = r->y / 4;
  b.w = (r->w + 3) / 4;
  b.h = (r->h + 3) / 4;
  *lw = (*lw + 3) / 4;
  *lh = (*lh + 3) / 4;
  return b;
}

/* NULL backend: stores a job's packed data into its texture's CPU copy as
 * GL would: whole blocks for compressed formats, float data converted to
 * the texture's float width. */
void kiln__gpu_cpu_store(const struct job *j, const unsigned char *src) {
  kiln_gpu_region r = j->rec.r;
  int lw = j->lw, lh = j->lh;
  if (kiln_gpu_format_compressed(j->tfmt)) r = block_region(&j->rec.r, &lw, &lh);
  size_t sbpp = kiln_gpu_format_bytes(j->rec.format);
  if (sbpp == j->bpp) {  /* same bytes: no conversion (unorm8 into sRGB is stored as given) */
    cpu_copy(j->cpu_level, lw, lh, &r, r.d, j->bpp, (unsigned char *)(uintptr_t)src, true);
    return;
  }
  for (int z = 0; z < r.d; z++)
    for (int y = 0; y < r.h; y++)
      kiln_gpu_format_convert(j->rec.format, j->tfmt, src + ((size_t)z * r.h + (size_t)y) * r.w * sbpp,
                              j->cpu_level + (((size_t)(r.z + z) * lh + (size_t)(r.y + y)) * lw + (size_t)r.x) * j->bpp,
                              (size_t)r.w);
}

/* read_gl for compressed textures: the blocks as stored. false: no memory. */
static bool read_gl_blocks(kiln_gpu *gpu, const struct tex *t, const kiln_gpu_region *r, int d,
                           void *out, size_t len) {
  const kiln_gpu_texture_desc *td = &t->desc;
  if (gpu->dsa) {
    glGetCompressedTextureSubImage(t->gl, r->level, r->x, r->y, r->z, r->w, r->h, d, (GLsizei)len, out);
    return true;
  }
  /* glGetCompressedTexImage reads whole images: read the level, then crop. */
  int lw = kiln__gpu_imax(1, td->width >> r->level), lh = kiln__gpu_imax(1, td->height >> r->level);
  bool cube = td->kind == KILN_GPU_TEX_CUBE;
  int images = cube ? 1 : level_images(td, r->level);
  size_t bb = kiln_gpu_format_bytes(td->format);
  unsigned char *tmp = malloc(kiln_gpu_format_size(td->format, lw, lh, images));
  if (!tmp) return false;
  kiln_gpu_region br = block_region(r, &lw, &lh);
  GLenum target = kiln__gpu_gl_target(td->kind);
  GLint prev = 0;
  glGetIntegerv(kiln__gpu_binding_of[td->kind], &prev);
  glBindTexture(target, t->gl);
  for (int z = 0; z < d; z++) {
    if (cube) glGetCompressedTexImage(GL_TEXTURE_CUBE_MAP_POSITIVE_X + (GLenum)(r->z + z), r->level, tmp);
    else if (z == 0) glGetCompressedTexImage(target, r->level, tmp);
    kiln_gpu_region one = br;
    one.z = cube ? 0 : br.z + z;
    one.d = 1;
    cpu_copy(tmp, lw, lh, &one, 1, bb, (unsigned char *)out + (size_t)z * br.w * br.h * bb, false);
  }
  glBindTexture(target, (GLuint)prev);
  free(tmp);
  return true;
}

static int read_gl(kiln_gpu *gpu, const struct tex *t, const kiln_gpu_region *r, int d,
                   void *out, size_t len, char *msg) {
  const kiln_gpu_texture_desc *td = &t->desc;
  unsigned fmt, type;
  kiln_gpu_format_gl(td->format, NULL, &fmt, &type);
  size_t bpp = kiln_gpu_format_bytes(td->format);
  while (glGetError() != GL_NO_ERROR) {}
  glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  if (kiln_gpu_format_compressed(td->format)) {
    if (!read_gl_blocks(gpu, t, r, d, out, len)) return kiln_errf(msg, KILN_NOMEM, "read_texture: out of memory");
  } else if (gpu->dsa && td->kind == KILN_GPU_TEX_1D_ARRAY) {  /* layers are GL's rows */
    glGetTextureSubImage(t->gl, r->level, r->x, r->z, 0, r->w, d, 1, fmt, type, (GLsizei)len, out);
  } else if (gpu->dsa) {
    glGetTextureSubImage(t->gl, r->level, r->x, r->y, r->z, r->w, r->h, d, fmt, type, (GLsizei)len, out);
  } else {
    /* glGetTexImage reads whole images: read the level, then crop. */
    int lw = kiln__gpu_imax(1, td->width >> r->level), lh = kiln__gpu_imax(1, td->height >> r->level);
    bool cube = td->kind == KILN_GPU_TEX_CUBE;
    int images = cube ? 1 : level_images(td, r->level);
    size_t img = (size_t)lw * lh * bpp;
    unsigned char *tmp = malloc(img * (size_t)images);
    if (!tmp) return kiln_errf(msg, KILN_NOMEM, "read_texture: out of memory");
    GLenum target = kiln__gpu_gl_target(td->kind);
    GLint prev = 0;
    glGetIntegerv(kiln__gpu_binding_of[td->kind], &prev);
    glBindTexture(target, t->gl);
    for (int z = 0; z < d; z++) {
      if (cube) glGetTexImage(GL_TEXTURE_CUBE_MAP_POSITIVE_X + (GLenum)(r->z + z), r->level, fmt, type, tmp);
      else if (z == 0) glGetTexImage(target, r->level, fmt, type, tmp);
      kiln_gpu_region one = *r;
      one.z = cube ? 0 : r->z + z;
      one.d = 1;
      cpu_copy(tmp, lw, lh, &one, 1, bpp,
               (unsigned char *)out + (size_t)z * r->w * r->h * bpp, false);
    }
    glBindTexture(target, (GLuint)prev);
    free(tmp);
  }
  glPixelStorei(GL_PACK_ALIGNMENT, 4);
  GLenum e = glGetError();
  if (e != GL_NO_ERROR)
    return kiln_errf(msg, KILN_GL, "read_texture: GL error 0x%04x reading texture '%s'", e, td->name);
  return KILN_OK;
}

int kiln_gpu_read_texture(kiln_gpu *gpu, kiln_gpu_tex id, const kiln_gpu_region *region,
                          void *out, size_t len, char *msg) {
  assert(gpu && region);
  int rc = kiln__gpu_check_render(gpu, "read_texture", false, msg);
  if (rc != KILN_OK) return rc;
  pthread_mutex_lock(&gpu->mu);
  struct tex *tp = kiln__gpu_tex_get(gpu, id);
  struct tex t;
  if (tp) t = *tp;
  pthread_mutex_unlock(&gpu->mu);
  if (!tp) return kiln_errf(msg, KILN_NOTFOUND, "read_texture: field 'texture': no texture with id 0x%x", id);
  t.desc.name = t.name;
  int d;
  if ((rc = kiln__gpu_check_region("read_texture", "out", &t.desc, t.desc.format, region, len, &d, NULL, msg)) != KILN_OK)
    return rc;
  if (!out) return kiln_errf(msg, KILN_INVAL, "read_texture: field 'out': NULL");
  if (gpu->backend != KILN_GPU_NULL) {
    kiln_gpu_pixstore host;  /* read_gl sets pack state: give the host its own back */
    kiln_gpu_pack_enter(&host);
    rc = read_gl(gpu, &t, region, d, out, len, msg);
    kiln_gpu_pack_leave(&host);
    return rc;
  }
  int l = region->level, lw = kiln__gpu_imax(1, t.desc.width >> l), lh = kiln__gpu_imax(1, t.desc.height >> l);
  kiln_gpu_region r = *region;
  if (kiln_gpu_format_compressed(t.desc.format)) r = block_region(region, &lw, &lh);
  cpu_copy(t.cpu + t.level_off[l], lw, lh, &r, d, kiln_gpu_format_bytes(t.desc.format), out, false);
  return KILN_OK;
}
