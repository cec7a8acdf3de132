/* kiln font baking: FreeType renders each code point once, at window
 * creation, into a shelf-packed coverage atlas; FreeType state does not
 * outlive kiln__font_bake. Layout is integer pixels (hinted advances, pen
 * positions rounded) so text lands on texel centres and stays crisp with
 * nearest sampling. */
#include "font.h"

#include "kiln_err.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <ft2build.h>
#include FT_FREETYPE_H

#define ATLAS_W 1024
#define ATLAS_MAX_H 4096
#define GLYPH_PAD 1 /* empty texels between glyphs */

/* FreeType is built without FT_Error_String; fterrors.h generates the table
 * when FT_ERRORDEF is defined (see its header comment). */
static const char *ft_strerror(FT_Error e) {
#undef FTERRORS_H_
#define FT_ERROR_START_LIST switch (e) {
#define FT_ERRORDEF(sym, val, str) case val: return str;
#define FT_ERROR_END_LIST }
#include FT_ERRORS_H
  return "unknown FreeType error";
}

const char *kiln__font_path(const char *cfg_path, const char **source) {
  const char *env = getenv(KILN__FONT_ENV);
  if (cfg_path && *cfg_path) {
    if (source) *source = "config font_path";
    return cfg_path;
  }
  if (env && *env) {
    if (source) *source = "$" KILN__FONT_ENV;
    return env;
  }
  if (source) *source = "default";
  return KILN__FONT_DEFAULT_PATH;
}

void kiln__font_release(kiln__font *f) {
  if (!f) return;
  free(f->atlas);
  f->atlas = NULL;
}

/* Checks the file before FreeType sees it: FreeType folds "missing" and
 * "unreadable" into one error, the caller deserves errno's detail. */
static int check_file(const char *path, char *msg) {
  struct stat st;
  if (stat(path, &st) != 0) {
    int code = (errno == ENOENT || errno == ENOTDIR) ? KILN_NOTFOUND : KILN_IO;
    return kiln_errf(msg, code, "font file '%s': %s", path, strerror(errno));
  }
  if (!S_ISREG(st.st_mode))
    return kiln_errf(msg, KILN_IO, "font file '%s': not a regular file", path);
  FILE *fp = fopen(path, "rb");
  if (!fp) return kiln_errf(msg, KILN_IO, "font file '%s': %s", path, strerror(errno));
  fclose(fp);
  return KILN_OK;
}

static int bake_face(kiln__font *f, FT_Face face, const char *path, char *msg) {
  int px = f->px;
  FT_Error fe = FT_Set_Pixel_Sizes(face, 0, (FT_UInt)px);
  if (fe)
    return kiln_errf(msg, KILN_CORRUPT, "font file '%s': cannot set size %d px: %s", path, px,
                     ft_strerror(fe));

  /* Pass 1: metrics, ink extents and the packed atlas height. */
  int ascent = (int)((face->size->metrics.ascender + 63) >> 6);
  int descent = (int)((-face->size->metrics.descender + 63) >> 6);
  int height = (int)((face->size->metrics.height + 63) >> 6);
  int min_left = 0, x = GLYPH_PAD, y = GLYPH_PAD, shelf = 0;
  for (int cp = KILN__FONT_FIRST; cp <= KILN__FONT_LAST; cp++) {
    kiln__glyph *g = &f->glyphs[cp - KILN__FONT_FIRST];
    memset(g, 0, sizeof *g);
    if (cp > 126 && cp < 160) continue; /* C1 controls */
    FT_UInt gi = FT_Get_Char_Index(face, (FT_ULong)cp);
    if (gi == 0 && cp != ' ') continue;
    if (FT_Load_Glyph(face, gi, FT_LOAD_RENDER)) continue;
    FT_GlyphSlot s = face->glyph;
    if (s->bitmap.pixel_mode != FT_PIXEL_MODE_GRAY && s->bitmap.rows > 0) continue;
    int w = (int)s->bitmap.width, h = (int)s->bitmap.rows;
    g->baked = 1;
    g->advance = (int16_t)((s->advance.x + 32) >> 6);
    g->left = (int16_t)s->bitmap_left;
    g->top = (int16_t)s->bitmap_top;
    g->w = (uint16_t)w;
    g->h = (uint16_t)h;
    if (w == 0 || h == 0) continue;
    if (g->top > ascent) ascent = g->top;
    if (h - g->top > descent) descent = h - g->top;
    if (g->left < min_left) min_left = g->left;
    if (x + w + GLYPH_PAD > ATLAS_W) {
      x = GLYPH_PAD;
      y += shelf + GLYPH_PAD;
      shelf = 0;
    }
    if (w + 2 * GLYPH_PAD > ATLAS_W)
      return kiln_errf(msg, KILN_TOOBIG, "font file '%s': glyph U+%04X is %d px wide at %d px",
                       path, (unsigned)cp, w, px);
    g->ax = (uint16_t)x;
    g->ay = (uint16_t)y;
    x += w + GLYPH_PAD;
    if (h > shelf) shelf = h;
  }
  if (!f->glyphs['?' - KILN__FONT_FIRST].baked || !f->glyphs[' ' - KILN__FONT_FIRST].baked)
    return kiln_errf(msg, KILN_CORRUPT, "font file '%s': has no glyph for '?' or ' '", path);
  int atlas_h = y + shelf + GLYPH_PAD;
  if (atlas_h > ATLAS_MAX_H)
    return kiln_errf(msg, KILN_TOOBIG, "font file '%s': atlas at %d px needs %d rows (max %d)",
                     path, px, atlas_h, ATLAS_MAX_H);

  f->ascent = ascent;
  f->descent = descent;
  f->line_height = height > ascent + descent ? height : ascent + descent;
  f->pad_left = -min_left;
  f->atlas_w = ATLAS_W;
  f->atlas_h = atlas_h;
  f->atlas = calloc((size_t)ATLAS_W * (size_t)atlas_h, 1);
  if (!f->atlas)
    return kiln_errf(msg, KILN_NOMEM, "font file '%s': no memory for a %dx%d atlas", path,
                     ATLAS_W, atlas_h);

  /* Pass 2: render again and copy into the slots chosen above (re-rendering
   * ~190 glyphs once is cheaper than keeping their bitmaps around). */
  for (int cp = KILN__FONT_FIRST; cp <= KILN__FONT_LAST; cp++) {
    kiln__glyph *g = &f->glyphs[cp - KILN__FONT_FIRST];
    if (!g->baked || g->w == 0 || g->h == 0) continue;
    FT_UInt gi = FT_Get_Char_Index(face, (FT_ULong)cp);
    if (FT_Load_Glyph(face, gi, FT_LOAD_RENDER)) {
      kiln__font_release(f);
      return kiln_errf(msg, KILN_CORRUPT, "font file '%s': glyph U+%04X failed to render twice",
                       path, (unsigned)cp);
    }
    const FT_Bitmap *bm = &face->glyph->bitmap;
    if ((int)bm->width != g->w || (int)bm->rows != g->h) {
      kiln__font_release(f);
      return kiln_errf(msg, KILN_CORRUPT, "font file '%s': glyph U+%04X changed size", path,
                       (unsigned)cp);
    }
    for (int r = 0; r < g->h; r++)
      memcpy(f->atlas + (size_t)(g->ay + r) * ATLAS_W + g->ax,
             bm->buffer + (ptrdiff_t)r * bm->pitch, g->w);
  }
  return KILN_OK;
}

int kiln__font_bake(kiln__font *f, const char *path, int px, char *msg) {
  memset(f, 0, sizeof *f);
  if (px < KILN__FONT_PX_MIN || px > KILN__FONT_PX_MAX)
    return kiln_errf(msg, KILN_INVAL, "font size %d px: must be %d..%d", px, KILN__FONT_PX_MIN,
                     KILN__FONT_PX_MAX);
  int rc = check_file(path, msg);
  if (rc) return rc;
  f->px = px;

  FT_Library lib;
  FT_Error fe = FT_Init_FreeType(&lib);
  if (fe)
    return kiln_errf(msg, fe == FT_Err_Out_Of_Memory ? KILN_NOMEM : KILN_IO,
                     "FreeType init failed: %s", ft_strerror(fe));
  FT_Face face;
  fe = FT_New_Face(lib, path, 0, &face);
  if (fe) {
    FT_Done_FreeType(lib);
    return kiln_errf(msg, fe == FT_Err_Out_Of_Memory ? KILN_NOMEM : KILN_CORRUPT,
                     "font file '%s': FreeType cannot load it: %s", path, ft_strerror(fe));
  }
  if (!FT_IS_SCALABLE(face)) {
    rc = kiln_errf(msg, KILN_CORRUPT, "font file '%s': not a scalable (outline) font", path);
  } else {
    rc = bake_face(f, face, path, msg);
  }
  FT_Done_Face(face);
  FT_Done_FreeType(lib);
  if (rc) kiln__font_release(f);
  return rc;
}

/* ---------------------------------------------------------------- layout */

static const kiln__glyph *glyph_for(const kiln__font *f, uint32_t cp) {
  if (cp >= KILN__FONT_FIRST && cp <= KILN__FONT_LAST && f->glyphs[cp - KILN__FONT_FIRST].baked)
    return &f->glyphs[cp - KILN__FONT_FIRST];
  return &f->glyphs['?' - KILN__FONT_FIRST];
}

/* Decodes one UTF-8 sequence; malformed input yields '?' for one byte so
 * bad text still draws something visible instead of failing. */
static uint32_t next_cp(kiln__text_it *it) {
  const unsigned char *p = it->p;
  unsigned c = *p;
  int n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
  if (n < 0 || it->end - p <= n) {
    it->p = p + 1;
    return c < 0x80 ? c : '?';
  }
  uint32_t cp = n == 0 ? c : c & (0x3Fu >> n);
  for (int i = 1; i <= n; i++) {
    if ((p[i] & 0xC0) != 0x80) {
      it->p = p + 1;
      return '?';
    }
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  it->p = p + 1 + n;
  return cp;
}

void kiln__text_begin(kiln__text_it *it, const char *s, size_t len) {
  it->p = (const unsigned char *)s;
  it->end = it->p + (s ? len : 0);
  it->pen_x = 0;
  it->line = 0;
}

/* One layout step shared by drawing and measuring; returns the glyph that
 * occupies the pen (NULL for line breaks and skipped bytes). */
static const kiln__glyph *step(const kiln__font *f, kiln__text_it *it, int *gx) {
  uint32_t cp = next_cp(it);
  int cell = f->glyphs[' ' - KILN__FONT_FIRST].advance;
  if (cp == '\n') {
    it->pen_x = 0;
    it->line++;
    return NULL;
  }
  if (cp == '\t') {
    int tab = 4 * (cell > 0 ? cell : 1);
    it->pen_x = (it->pen_x / tab + 1) * tab;
    return NULL;
  }
  if (cp < 32) return NULL; /* '\r' and other C0 controls take no space */
  const kiln__glyph *g = glyph_for(f, cp);
  *gx = it->pen_x;
  it->pen_x += g->advance;
  return g;
}

int kiln__text_next(const kiln__font *f, kiln__text_it *it, const kiln__glyph **g, int *x,
                    int *y) {
  while (it->p < it->end) {
    int pen;
    const kiln__glyph *gl = step(f, it, &pen);
    if (!gl || gl->w == 0 || gl->h == 0) continue;
    *g = gl;
    *x = f->pad_left + pen + gl->left;
    *y = it->line * f->line_height + f->ascent - gl->top;
    return 1;
  }
  return 0;
}

void kiln__text_measure(const kiln__font *f, const char *s, size_t len, int *w, int *h) {
  kiln__text_it it;
  int width = 0;
  kiln__text_begin(&it, s, len);
  if (!s || len == 0) {
    *w = *h = 0;
    return;
  }
  while (it.p < it.end) {
    int pen;
    const kiln__glyph *g = step(f, &it, &pen);
    int right = f->pad_left + it.pen_x; /* advance reached so far, tabs included */
    if (g && g->w > 0 && f->pad_left + pen + g->left + g->w > right)
      right = f->pad_left + pen + g->left + g->w;
    if (right > width) width = right;
  }
  *w = width;
  *h = (it.line + 1) * f->line_height;
}
