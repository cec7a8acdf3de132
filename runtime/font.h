/* kiln font baking: rasterizes a monospace TrueType font with FreeType into
 * a one-channel glyph atlas in memory, plus the layout rules that text
 * drawing and text measuring share (so a measured box always holds the ink).
 *
 * Internal to the window module (kiln__ prefix): no GL here, the window
 * uploads the atlas. A baked font is immutable, so reading it (glyph lookup,
 * layout, measuring) is safe from any thread while it is alive. */
#ifndef KILN_FONT_H
#define KILN_FONT_H

#include <stddef.h>
#include <stdint.h>

/* Debian's fonts-dejavu-core path; overridden by $KILN_FONT or a config
 * field (see kiln_window_config.font_path). */
#define KILN__FONT_DEFAULT_PATH "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
#define KILN__FONT_ENV "KILN_FONT"
#define KILN__FONT_PX_MIN 6
#define KILN__FONT_PX_MAX 128

/* Baked code points: printable ASCII and Latin-1 (U+0020..U+007E,
 * U+00A0..U+00FF); anything else draws as '?'. */
#define KILN__FONT_FIRST 32
#define KILN__FONT_LAST 255

typedef struct kiln__glyph {
  uint16_t ax, ay, w, h; /* rectangle in the atlas, texels */
  int16_t left, top;     /* bitmap offset from the pen, top above baseline */
  int16_t advance;       /* whole pixels (hinted metrics) */
  uint8_t baked;         /* 0: this code point falls back to '?' */
} kiln__glyph;

typedef struct kiln__font {
  int px;                /* requested pixel size */
  int ascent, descent;   /* pixels above/below the baseline holding all ink */
  int line_height;       /* distance between baselines, >= ascent + descent */
  int pad_left;          /* shifts the pen so no glyph inks left of x */
  int atlas_w, atlas_h;
  uint8_t *atlas;        /* atlas_w * atlas_h coverage bytes, row 0 first */
  kiln__glyph glyphs[KILN__FONT_LAST - KILN__FONT_FIRST + 1];
} kiln__font;

/* Rasterizes `path` at `px` pixels into *f. Errors: KILN_INVAL (px out of
 * range), KILN_NOTFOUND (file missing), KILN_IO (unreadable), KILN_CORRUPT
 * (not a font FreeType can read, or not scalable), KILN_NOMEM, KILN_TOOBIG
 * (atlas too large). msg names the path. On error *f holds nothing to free. */
int kiln__font_bake(kiln__font *f, const char *path, int px, char *msg);
void kiln__font_release(kiln__font *f);

/* Resolves the font path: cfg_path if non-NULL and non-empty, else
 * $KILN_FONT if set and non-empty, else KILN__FONT_DEFAULT_PATH. The
 * result lives as long as its source (static, environment, caller). */
const char *kiln__font_path(const char *cfg_path, const char **source);

/* Layout iterator over UTF-8 text: '\n' starts a new line, '\t' advances to
 * the next multiple of four cells, '\r' and malformed bytes are skipped or
 * drawn as '?'. Each step yields a glyph and the integer top-left of its
 * bitmap relative to the text box origin. */
typedef struct kiln__text_it {
  const unsigned char *p, *end;
  int pen_x, line;
} kiln__text_it;

void kiln__text_begin(kiln__text_it *it, const char *s, size_t len);
/* Returns 1 and fills *g, *x, *y for the next glyph with ink (w,h > 0), 0
 * at the end of the text. Space and other inkless glyphs are skipped. */
int kiln__text_next(const kiln__font *f, kiln__text_it *it, const kiln__glyph **g, int *x,
                    int *y);

/* Box, in pixels, that holds every glyph of the text laid out from (0,0):
 * the widest line (ink or advance, whichever is further) by the line count
 * times line_height. Empty text measures 0 x 0. */
void kiln__text_measure(const kiln__font *f, const char *s, size_t len, int *w, int *h);

#endif
