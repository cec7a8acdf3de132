/* kiln window, draw layer: the shader and vertex stream, the CPU batch and
 * its flush, and the draw calls (rectangles, textured quads, text, graphs).
 * How batching works is in window_int.h. */
#include "window_int.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ GL set-up */

static const char *const VS =
    "#version 330 core\n"
    "layout(location = 0) in vec2 a_pos;\n"
    "layout(location = 1) in vec3 a_uvl;\n"
    "layout(location = 2) in vec4 a_color;\n"
    "layout(location = 3) in uvec4 a_kind;\n" /* mode, level, flags, 0 */
    "uniform vec2 u_scale;\n"
    "out vec3 v_uvl;\n"
    "out vec4 v_color;\n"
    "flat out uvec4 v_kind;\n"
    "void main() {\n"
    "  gl_Position = vec4(a_pos.x * u_scale.x - 1.0, 1.0 - a_pos.y * u_scale.y, 0.0, 1.0);\n"
    "  v_uvl = a_uvl;\n"
    "  v_color = a_color;\n"
    "  v_kind = a_kind;\n"
    "}\n";

/* Gradients are taken before the mode branch: implicit derivatives inside
 * non-uniform control flow are undefined, and mipmapped user textures need
 * them. A VTX_LEVEL quad fetches texels of one level instead of sampling,
 * so the texture's own filters cannot blend levels or neighbours; its
 * coordinates and layer are clamped because an out-of-range texelFetch is
 * undefined (the level was checked on the CPU). The layer rounds as
 * texture() rounds it. */
static const char *const FS =
    "#version 330 core\n"
    "in vec3 v_uvl;\n"
    "in vec4 v_color;\n"
    "flat in uvec4 v_kind;\n"
    "uniform sampler2D u_tex;\n"
    "uniform sampler2DArray u_arr;\n"
    "uniform sampler2D u_font;\n"
    "out vec4 o_color;\n"
    "ivec2 texel(ivec2 size) {\n"
    "  return clamp(ivec2(floor(v_uvl.xy * vec2(size))), ivec2(0), size - 1);\n"
    "}\n"
    "void main() {\n"
    "  vec2 dx = dFdx(v_uvl.xy), dy = dFdy(v_uvl.xy);\n"
    "  uint mode = v_kind.x, flags = v_kind.z;\n"
    "  int lv = int(v_kind.y);\n"
    "  bool fetch = (flags & 1u) != 0u;\n"
    "  vec4 t = vec4(1.0);\n"
    "  if (mode == 1u && fetch) t = texelFetch(u_tex, texel(textureSize(u_tex, lv)), lv);\n"
    "  else if (mode == 1u) t = textureGrad(u_tex, v_uvl.xy, dx, dy);\n"
    "  else if (mode == 2u && fetch) {\n"
    "    ivec3 n = textureSize(u_arr, lv);\n"
    "    int layer = clamp(int(floor(v_uvl.z + 0.5)), 0, n.z - 1);\n"
    "    t = texelFetch(u_arr, ivec3(texel(n.xy), layer), lv);\n"
    "  } else if (mode == 2u) t = textureGrad(u_arr, v_uvl, dx, dy);\n"
    "  else if (mode == 3u) t = vec4(1.0, 1.0, 1.0, textureLod(u_font, v_uvl.xy, 0.0).r);\n"
    "  if ((flags & 2u) != 0u) {\n"
    "    vec2 n = t.rg * 2.0 - 1.0;\n"
    "    t = vec4(vec3(n, sqrt(max(0.0, 1.0 - dot(n, n)))) * 0.5 + 0.5, 1.0);\n"
    "  }\n"
    "  o_color = t * v_color;\n"
    "}\n";

static int compile(GLenum type, const char *src, GLuint *out, char *msg) {
  GLuint sh = glCreateShader(type);
  GLint ok = 0;
  glShaderSource(sh, 1, &src, NULL);
  glCompileShader(sh);
  glGetShaderiv(sh, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[256] = "";
    glGetShaderInfoLog(sh, sizeof log, NULL, log);
    glDeleteShader(sh);
    return kiln_errf(msg, KILN_GL, "window: %s shader failed to compile: %s",
                     type == GL_VERTEX_SHADER ? "vertex" : "fragment", log);
  }
  *out = sh;
  return KILN_OK;
}

static int build_program(kiln_window *win, char *msg) {
  GLuint vs, fs;
  int rc = compile(GL_VERTEX_SHADER, VS, &vs, msg);
  if (rc) return rc;
  rc = compile(GL_FRAGMENT_SHADER, FS, &fs, msg);
  if (rc) {
    glDeleteShader(vs);
    return rc;
  }
  GLuint p = glCreateProgram();
  glAttachShader(p, vs);
  glAttachShader(p, fs);
  glLinkProgram(p);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(p, GL_LINK_STATUS, &ok);
  if (!ok) {
    char log[256] = "";
    glGetProgramInfoLog(p, sizeof log, NULL, log);
    glDeleteProgram(p);
    return kiln_errf(msg, KILN_GL, "window: shader program failed to link: %s", log);
  }
  win->prog = p;
  win->u_scale = glGetUniformLocation(p, "u_scale");
  glUseProgram(p);
  glUniform1i(glGetUniformLocation(p, "u_tex"), UNIT_TEX);
  glUniform1i(glGetUniformLocation(p, "u_arr"), UNIT_ARRAY);
  glUniform1i(glGetUniformLocation(p, "u_font"), UNIT_FONT);
  glUseProgram(0);
  return KILN_OK;
}

static void build_vertex_stream(kiln_window *win) {
  glGenVertexArrays(1, &win->vao);
  glGenBuffers(1, &win->vbo);
  glBindVertexArray(win->vao);
  glBindBuffer(GL_ARRAY_BUFFER, win->vbo);
  glBufferData(GL_ARRAY_BUFFER, (GLsizeiptr)(KILN_WINDOW_BATCH_VERTICES * sizeof(struct vtx)),
               NULL, GL_STREAM_DRAW);
  GLsizei st = sizeof(struct vtx);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, st, (void *)offsetof(struct vtx, x));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, st, (void *)offsetof(struct vtx, u));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, st, (void *)offsetof(struct vtx, rgba));
  glEnableVertexAttribArray(3);
  glVertexAttribIPointer(3, 4, GL_UNSIGNED_BYTE, st, (void *)offsetof(struct vtx, mode));
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
}

static int upload_font(kiln_window *win, char *msg) {
  GLint max = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max);
  if (win->font.atlas_w > max || win->font.atlas_h > max)
    return kiln_errf(msg, KILN_TOOBIG, "window: font atlas %dx%d exceeds GL_MAX_TEXTURE_SIZE %d",
                     win->font.atlas_w, win->font.atlas_h, max);
  glGenTextures(1, &win->font_tex);
  glActiveTexture(GL_TEXTURE0 + UNIT_FONT);
  glBindTexture(GL_TEXTURE_2D, win->font_tex);
  /* The window is new: no unpack buffer or row length is set yet, only the
   * default 4-byte alignment needs changing for one-byte texels. */
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, win->font.atlas_w, win->font.atlas_h, 0, GL_RED,
               GL_UNSIGNED_BYTE, win->font.atlas);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glActiveTexture(GL_TEXTURE0);
  /* The atlas lives on in GL; the CPU copy is no longer needed. */
  free(win->font.atlas);
  win->font.atlas = NULL;
  return KILN_OK;
}

int kiln__window_draw_init(kiln_window *win, char *msg) {
  int rc = build_program(win, msg);
  if (rc || (rc = upload_font(win, msg))) return rc;
  build_vertex_stream(win);
  return KILN_OK;
}

void kiln__window_draw_release(kiln_window *win) {
  if (win->prog) glDeleteProgram(win->prog);
  if (win->vbo) glDeleteBuffers(1, &win->vbo);
  if (win->vao) glDeleteVertexArrays(1, &win->vao);
  if (win->font_tex) glDeleteTextures(1, &win->font_tex);
  win->prog = win->vbo = win->vao = win->font_tex = 0;
}

/* ----------------------------------------------------------------- batch */

void kiln__window_batch_reset(kiln_window *win) {
  win->nv = win->ncmd = win->n_level_cache = 0;
}

void kiln__window_flush_batch(kiln_window *win) {
  if (win->nv == 0) return;
  kiln__window_make_current(win);
  glBindFramebuffer(GL_FRAMEBUFFER, win->fbo);
  glViewport(0, 0, win->fb_w, win->fb_h);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_CULL_FACE);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  /* Colour "over"; alpha accumulates coverage so an opaque clear stays 1. */
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glUseProgram(win->prog);
  glUniform2f(win->u_scale, 2.0f / (float)win->fb_w, 2.0f / (float)win->fb_h);
  glBindVertexArray(win->vao);
  glBindBuffer(GL_ARRAY_BUFFER, win->vbo);
  /* Orphan, then fill: the driver hands out fresh storage instead of
   * waiting for draws still reading the previous batch. */
  glBufferData(GL_ARRAY_BUFFER, (GLsizeiptr)(KILN_WINDOW_BATCH_VERTICES * sizeof(struct vtx)),
               NULL, GL_STREAM_DRAW);
  glBufferSubData(GL_ARRAY_BUFFER, 0, (GLsizeiptr)(win->nv * sizeof(struct vtx)), win->v);
  for (GLuint u = 0; u < 3; u++) glBindSampler(u, 0);
  glActiveTexture(GL_TEXTURE0 + UNIT_FONT);
  glBindTexture(GL_TEXTURE_2D, win->font_tex);
  /* Units the first run does not use get no texture, so a stale binding of
   * an incompatible type (an integer texture, say) is never in play. */
  glActiveTexture(GL_TEXTURE0 + UNIT_ARRAY);
  glBindTexture(GL_TEXTURE_2D_ARRAY, 0);
  glActiveTexture(GL_TEXTURE0 + UNIT_TEX);
  glBindTexture(GL_TEXTURE_2D, 0);
  GLuint bound_tex = 0, bound_arr = 0;
  for (uint32_t i = 0; i < win->ncmd; i++) {
    const struct cmd *c = &win->cmds[i];
    if (c->tex && c->tex != bound_tex) {
      glActiveTexture(GL_TEXTURE0 + UNIT_TEX);
      glBindTexture(GL_TEXTURE_2D, c->tex);
      bound_tex = c->tex;
    }
    if (c->arr && c->arr != bound_arr) {
      glActiveTexture(GL_TEXTURE0 + UNIT_ARRAY);
      glBindTexture(GL_TEXTURE_2D_ARRAY, c->arr);
      bound_arr = c->arr;
    }
    glDrawArrays(GL_TRIANGLES, (GLint)c->first, (GLsizei)c->count);
    win->cur.draw_calls++;
  }
  glActiveTexture(GL_TEXTURE0);
  win->cur.vertices += win->nv;
  win->cur.flushes++;
  kiln__window_batch_reset(win);
}

/* Room for n vertices (a multiple of 6, n <= batch) in the run that fits
 * `mode`/`tex`; flushes first when the batch is full. */
static struct vtx *reserve(kiln_window *win, uint32_t n, int mode, GLuint tex) {
  if (win->nv + n > KILN_WINDOW_BATCH_VERTICES) kiln__window_flush_batch(win);
  struct cmd *c = win->ncmd ? &win->cmds[win->ncmd - 1] : NULL;
  GLuint *slot = NULL;
  if (c) slot = mode == MODE_TEX ? &c->tex : mode == MODE_ARRAY ? &c->arr : NULL;
  if (!c || (slot && *slot && *slot != tex)) {
    assert(win->ncmd < KILN__WINDOW_MAX_CMDS);
    c = &win->cmds[win->ncmd++];
    *c = (struct cmd){0, 0, win->nv, 0};
  }
  if (mode == MODE_TEX) c->tex = tex;
  else if (mode == MODE_ARRAY) c->arr = tex;
  c->count += n;
  struct vtx *v = win->v + win->nv;
  win->nv += n;
  return v;
}

static uint8_t unorm8(float f) {
  if (!(f > 0.0f)) return 0; /* NaN too */
  if (f >= 1.0f) return 255;
  return (uint8_t)(f * 255.0f + 0.5f);
}

static void pack_color(uint8_t out[4], kiln_color c) {
  out[0] = unorm8(c.r);
  out[1] = unorm8(c.g);
  out[2] = unorm8(c.b);
  out[3] = unorm8(c.a);
}

static void set_vtx(struct vtx *v, float x, float y, float u, float t, float layer,
                    const uint8_t rgba[4], int mode) {
  v->x = x;
  v->y = y;
  v->u = u;
  v->v = t;
  v->layer = layer;
  memcpy(v->rgba, rgba, 4);
  v->mode = (uint8_t)mode;
  v->level = v->flags = v->pad = 0;
}

/* Corners p[0..3] clockwise from top-left on screen, with their uvs. */
static void put_quad(kiln_window *win, const float p[4][2], const float uv[4][2], float layer,
                     const uint8_t rgba[4], int mode, GLuint tex) {
  static const int order[6] = {0, 1, 2, 0, 2, 3};
  struct vtx *v = reserve(win, 6, mode, tex);
  for (int i = 0; i < 6; i++) {
    int k = order[i];
    set_vtx(&v[i], p[k][0], p[k][1], uv[k][0], uv[k][1], layer, rgba, mode);
  }
}

static void put_rect(kiln_window *win, float x0, float y0, float x1, float y1, float u0, float v0,
                     float u1, float v1, float layer, const uint8_t rgba[4], int mode,
                     GLuint tex) {
  const float p[4][2] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
  const float uv[4][2] = {{u0, v0}, {u1, v0}, {u1, v1}, {u0, v1}};
  put_quad(win, p, uv, layer, rgba, mode, tex);
}

static int check_finite(const char *fn, const char *const names[], const float vals[], int n,
                        char *msg) {
  for (int i = 0; i < n; i++)
    if (!isfinite(vals[i]))
      return kiln_errf(msg, KILN_INVAL, "kiln_window_%s: %s is not finite (%g)", fn, names[i],
                       (double)vals[i]);
  return KILN_OK;
}

static int is_zero(kiln_color c) { return c.r == 0 && c.g == 0 && c.b == 0 && c.a == 0; }

/* ------------------------------------------------------------------ draw */

int kiln_window_draw_rect(kiln_window *win, float x, float y, float w, float h, kiln_color c,
                          char *msg) {
  static const char *const names[4] = {"x", "y", "w", "h"};
  const float vals[4] = {x, y, w, h};
  int rc = kiln__window_check_draw(win, "draw_rect", msg);
  if (rc || (rc = check_finite("draw_rect", names, vals, 4, msg))) return rc;
  if (w <= 0 || h <= 0) return KILN_OK;
  uint8_t rgba[4];
  pack_color(rgba, c);
  put_rect(win, x, y, x + w, y + h, 0, 0, 0, 0, 0, rgba, MODE_SOLID, 0);
  return KILN_OK;
}

/* The levels a level_on draw may fetch from tex, counted from its base
 * level: texelFetch outside [base, q] is undefined, so those draws are
 * refused. Kept until the next flush (see struct level_range). Reading the
 * numbers needs tex bound; the active unit's binding is put back. Returns
 * -1 when tex names no texture. */
static int level_count(kiln_window *win, GLuint tex, int array) {
  for (uint32_t i = 0; i < win->n_level_cache; i++) {
    const struct level_range *r = &win->level_cache[i];
    if (r->tex == tex && r->array == array) return r->count;
  }
  kiln__window_make_current(win);
  if (!glIsTexture(tex)) return -1;
  GLenum target = array ? GL_TEXTURE_2D_ARRAY : GL_TEXTURE_2D;
  GLint prev = 0, base = 0, max = 0, immutable = 0, n = 0, count = 0;
  glGetIntegerv(array ? GL_TEXTURE_BINDING_2D_ARRAY : GL_TEXTURE_BINDING_2D, &prev);
  glBindTexture(target, tex);
  glGetTexParameteriv(target, GL_TEXTURE_BASE_LEVEL, &base);
  glGetTexParameteriv(target, GL_TEXTURE_MAX_LEVEL, &max);
  glGetTexParameteriv(target, GL_TEXTURE_IMMUTABLE_FORMAT, &immutable);
  if (immutable) { /* GL clamps base and max into the storage's levels */
    glGetTexParameteriv(target, GL_TEXTURE_IMMUTABLE_LEVELS, &n);
    if (n > 0) {
      if (base > n - 1) base = n - 1;
      if (max > n - 1) max = n - 1;
      count = max < base ? 1 : max - base + 1;
    }
  } else { /* the levels defined from base on; 32 is past any texture size */
    for (GLint l = base; l <= max && count < 32; l++, count++) {
      GLint w = 0;
      glGetTexLevelParameteriv(target, l, GL_TEXTURE_WIDTH, &w);
      if (w <= 0) break;
    }
  }
  glBindTexture(target, (GLuint)prev);
  if (win->n_level_cache < KILN__WINDOW_LEVEL_CACHE)
    win->level_cache[win->n_level_cache++] = (struct level_range){tex, (uint8_t)array, (int)count};
  return count;
}

static int draw_textured(kiln_window *win, const char *fn, int mode, unsigned tex, int layer,
                         const kiln_window_quad *q, char *msg) {
  static const char *const names[8] = {"x", "y", "w", "h", "u0", "v0", "u1", "v1"};
  int rc = kiln__window_check_draw(win, fn, msg);
  if (rc) return rc;
  if (!q) return kiln_errf(msg, KILN_INVAL, "kiln_window_%s: quad is NULL", fn);
  if (tex == 0) return kiln_errf(msg, KILN_INVAL, "kiln_window_%s: texture name is 0", fn);
  if (layer < 0)
    return kiln_errf(msg, KILN_INVAL, "kiln_window_%s: layer %d is negative", fn, layer);
  const float vals[8] = {q->x, q->y, q->w, q->h, q->u0, q->v0, q->u1, q->v1};
  if ((rc = check_finite(fn, names, vals, 8, msg))) return rc;
  if (q->level_on) {
    if (q->level < 0)
      return kiln_errf(msg, KILN_INVAL, "kiln_window_%s: level %d is negative", fn, q->level);
    int n = level_count(win, tex, mode == MODE_ARRAY);
    if (n < 0)
      return kiln_errf(msg, KILN_INVAL, "kiln_window_%s: %u is not a GL texture (level %d asked)",
                       fn, tex, q->level);
    if (q->level >= n)
      return kiln_errf(msg, KILN_INVAL,
                       "kiln_window_%s: level %d is beyond the texture's %d level%s", fn,
                       q->level, n, n == 1 ? "" : "s");
  }
  if (q->w <= 0 || q->h <= 0) return KILN_OK;
  float u0 = q->u0, v0 = q->v0, u1 = q->u1, v1 = q->v1;
  if (u0 == 0 && v0 == 0 && u1 == 0 && v1 == 0) u1 = v1 = 1;
  uint8_t rgba[4];
  pack_color(rgba, is_zero(q->tint) ? (kiln_color){1, 1, 1, 1} : q->tint);
  put_rect(win, q->x, q->y, q->x + q->w, q->y + q->h, u0, v0, u1, v1, (float)layer, rgba, mode,
           tex);
  /* The options ride in the quad's six vertices, just appended. */
  uint8_t flags = (uint8_t)((q->level_on ? VTX_LEVEL : 0) | (q->normal ? VTX_NORMAL : 0));
  for (struct vtx *v = win->v + win->nv - 6; v < win->v + win->nv; v++) {
    v->level = (uint8_t)(q->level_on ? q->level : 0);
    v->flags = flags;
  }
  return KILN_OK;
}

int kiln_window_draw_texture(kiln_window *win, unsigned tex, const kiln_window_quad *q,
                             char *msg) {
  return draw_textured(win, "draw_texture", MODE_TEX, tex, 0, q, msg);
}

int kiln_window_draw_texture_layer(kiln_window *win, unsigned tex, int layer,
                                   const kiln_window_quad *q, char *msg) {
  return draw_textured(win, "draw_texture_layer", MODE_ARRAY, tex, layer, q, msg);
}

int kiln_window_draw_text(kiln_window *win, float x, float y, kiln_color c, const char *s,
                          size_t len, char *msg) {
  static const char *const names[2] = {"x", "y"};
  const float vals[2] = {x, y};
  int rc = kiln__window_check_draw(win, "draw_text", msg);
  if (rc || (rc = check_finite("draw_text", names, vals, 2, msg))) return rc;
  if (!s && len > 0) return kiln_errf(msg, KILN_INVAL, "kiln_window_draw_text: text is NULL");
  uint8_t rgba[4];
  pack_color(rgba, c);
  const float ox = roundf(x), oy = roundf(y);
  const float iw = 1.0f / (float)win->font.atlas_w, ih = 1.0f / (float)win->font.atlas_h;
  kiln__text_it it;
  const kiln__glyph *g;
  int gx, gy;
  kiln__text_begin(&it, s, len);
  while (kiln__text_next(&win->font, &it, &g, &gx, &gy)) {
    float x0 = ox + (float)gx, y0 = oy + (float)gy;
    put_rect(win, x0, y0, x0 + g->w, y0 + g->h, g->ax * iw, g->ay * ih, (g->ax + g->w) * iw,
             (g->ay + g->h) * ih, 0, rgba, MODE_TEXT, 0);
  }
  return KILN_OK;
}

void kiln_window_text_size(const kiln_window *win, const char *s, size_t len, int *w, int *h) {
  kiln__text_measure(&win->font, s, len, w, h);
}

int kiln_window_line_height(const kiln_window *win) { return win->font.line_height; }

/* A segment as a quad of the given half thickness (no caps or joins: at
 * HUD line widths the seams are invisible). */
static void put_segment(kiln_window *win, float x0, float y0, float x1, float y1, float ht,
                        const uint8_t rgba[4]) {
  float dx = x1 - x0, dy = y1 - y0, len = sqrtf(dx * dx + dy * dy);
  if (!(len > 1e-6f)) return;
  float nx = -dy / len * ht, ny = dx / len * ht;
  const float p[4][2] = {{x0 + nx, y0 + ny}, {x1 + nx, y1 + ny}, {x1 - nx, y1 - ny},
                         {x0 - nx, y0 - ny}};
  static const float uv[4][2] = {{0, 0}, {0, 0}, {0, 0}, {0, 0}};
  put_quad(win, p, uv, 0, rgba, MODE_SOLID, 0);
}

/* Value -> pixel row: lo at the bottom of [top, top+span], hi at the top. */
struct yscale {
  float lo, hi, top;
  double scale;
  float span;
};
static float map_y(const struct yscale *s, float v) {
  float c = v < s->lo ? s->lo : v > s->hi ? s->hi : v;
  return s->top + s->span - (float)(((double)c - s->lo) * s->scale);
}

int kiln_window_draw_graph(kiln_window *win, const kiln_window_graph *g, char *msg) {
  static const char *const names[8] = {"x", "y", "w", "h", "min", "max", "threshold", "thickness"};
  int rc = kiln__window_check_draw(win, "draw_graph", msg);
  if (rc) return rc;
  if (!g) return kiln_errf(msg, KILN_INVAL, "kiln_window_draw_graph: graph is NULL");
  if (!g->values && g->count > 0)
    return kiln_errf(msg, KILN_INVAL, "kiln_window_draw_graph: values is NULL, count is %zu",
                     g->count);
  const float vals[8] = {g->x, g->y, g->w, g->h, g->min, g->max,
                         g->threshold_on ? g->threshold : 0, g->thickness};
  if ((rc = check_finite("draw_graph", names, vals, 8, msg))) return rc;
  if (g->thickness < 0)
    return kiln_errf(msg, KILN_INVAL, "kiln_window_draw_graph: thickness %g is negative",
                     (double)g->thickness);
  if (g->w <= 0 || g->h <= 0) return KILN_OK;

  uint8_t rgba[4];
  if (!is_zero(g->background)) {
    pack_color(rgba, g->background);
    put_rect(win, g->x, g->y, g->x + g->w, g->y + g->h, 0, 0, 0, 0, 0, rgba, MODE_SOLID, 0);
  }
  float lo = g->min, hi = g->max;
  if (!(lo < hi)) { /* the data's own range, threshold included */
    lo = INFINITY;
    hi = -INFINITY;
    for (size_t i = 0; i < g->count; i++) {
      if (!isfinite(g->values[i])) continue;
      if (g->values[i] < lo) lo = g->values[i];
      if (g->values[i] > hi) hi = g->values[i];
    }
    if (g->threshold_on) {
      if (g->threshold < lo) lo = g->threshold;
      if (g->threshold > hi) hi = g->threshold;
    }
    if (!(lo <= hi)) lo = 0, hi = 1; /* no finite data */
    if (lo == hi) lo -= 1, hi += 1;
  }
  /* Line centres stay half a thickness inside the rectangle so the ink does. */
  float th = g->thickness > 0 ? g->thickness : 1.5f, ht = th * 0.5f;
  if (ht * 2 > g->h) ht = g->h * 0.5f;
  float top = g->y + ht, span = g->h - 2 * ht;
  float left = g->x + ht, width = g->w - 2 * ht;
  struct yscale ys = {lo, hi, top, span / ((double)hi - lo), span};
  if (g->threshold_on) {
    float ty = map_y(&ys, g->threshold);
    pack_color(rgba, is_zero(g->threshold_color) ? (kiln_color){1, 0.25f, 0.25f, 1}
                                                 : g->threshold_color);
    put_rect(win, g->x, ty - ht, g->x + g->w, ty + ht, 0, 0, 0, 0, 0, rgba, MODE_SOLID, 0);
  }
  pack_color(rgba, is_zero(g->color) ? (kiln_color){0.3f, 1, 0.4f, 1} : g->color);
  if (g->count == 1 && isfinite(g->values[0])) {
    float y0 = map_y(&ys, g->values[0]);
    put_rect(win, g->x, y0 - ht, g->x + g->w, y0 + ht, 0, 0, 0, 0, 0, rgba, MODE_SOLID, 0);
  }
  float step = g->count > 1 ? width / (float)(g->count - 1) : 0;
  for (size_t i = 0; i + 1 < g->count; i++) {
    float a = g->values[i], b = g->values[i + 1];
    if (!isfinite(a) || !isfinite(b)) continue;
    put_segment(win, left + step * (float)i, map_y(&ys, a), left + step * (float)(i + 1), map_y(&ys, b), ht,
                rgba);
  }
  return KILN_OK;
}
