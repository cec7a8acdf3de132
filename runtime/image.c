/* kiln_image: PNG through libpng's simplified API, filters in linear
 * light, block compression through stb_dxt. See image.h. */
#include "image.h"

#include <errno.h>
#include <math.h>
#include <png.h>
#include <setjmp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "file.h"
#include "stb_dxt.h"

/* ------------------------------------------------------------- sRGB */

static float srgb_to_lin[256];     /* byte -> linear 0..1 */
static uint8_t lin_to_srgb[4096];  /* linear in 1/4095 steps -> byte, rounded */
static pthread_once_t lut_once = PTHREAD_ONCE_INIT;

static void lut_init(void) {
  for (int i = 0; i < 256; i++) {
    double c = i / 255.0;
    srgb_to_lin[i] = (float)(c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4));
  }
  for (int i = 0; i < 4096; i++) {
    double l = i / 4095.0;
    double s = l <= 0.0031308 ? l * 12.92 : 1.055 * pow(l, 1.0 / 2.4) - 0.055;
    lin_to_srgb[i] = (uint8_t)lrint(s * 255.0);
  }
}

static inline uint8_t encode_lin(float l) {
  if (!(l > 0.0f)) return 0;
  if (l >= 1.0f) return 255;
  /* Below about 0.0008 the 4096-step table is too coarse for 8-bit sRGB:
   * the exact curve there is linear anyway. */
  if (l < 0.0031308f) return (uint8_t)lrintf(l * 12.92f * 255.0f);
  return lin_to_srgb[(int)lrintf(l * 4095.0f)];
}

static inline uint8_t encode_unit(float v) {
  if (!(v > 0.0f)) return 0;
  if (v >= 1.0f) return 255;
  return (uint8_t)lrintf(v * 255.0f);
}

void kiln_image_to_linear(uint8_t *p, size_t npix) {
  pthread_once(&lut_once, lut_init);
  for (size_t i = 0; i < npix * 4; i += 4)
    for (int c = 0; c < 3; c++) p[i + c] = encode_unit(srgb_to_lin[p[i + c]]);
}

void kiln_image_to_srgb(uint8_t *p, size_t npix) {
  pthread_once(&lut_once, lut_init);
  for (size_t i = 0; i < npix * 4; i += 4)
    for (int c = 0; c < 3; c++) p[i + c] = encode_lin(p[i + c] / 255.0f);
}

/* ------------------------------------------------------------- PNG */

int kiln_image_png_size(const uint8_t *png, size_t len, uint32_t *w, uint32_t *h, char *msg) {
  png_image img;
  memset(&img, 0, sizeof img);
  img.version = PNG_IMAGE_VERSION;
  if (len < 8 || png_sig_cmp(png, 0, 8) != 0)
    return kiln_errf(msg, KILN_CORRUPT, "not a PNG file (no PNG signature)");
  if (!png_image_begin_read_from_memory(&img, png, len))
    return kiln_errf(msg, KILN_CORRUPT, "bad PNG: %s", img.message);
  *w = img.width;
  *h = img.height;
  png_image_free(&img);
  if (*w > KILN_IMAGE_MAX_DIM || *h > KILN_IMAGE_MAX_DIM)
    return kiln_errf(msg, KILN_TOOBIG, "PNG of %ux%u is larger than %u on a side", *w, *h,
                     KILN_IMAGE_MAX_DIM);
  return KILN_OK;
}

/* libpng's classic API: its simplified one reads 16-bit samples as
 * linear light and re-encodes them as sRGB, where every other tool (and
 * an artist's 16-bit sRGB texture) means the same encoding as 8-bit. */
typedef struct png_src { const uint8_t *p; size_t len, pos; } png_src;
typedef struct png_err { jmp_buf jb; char text[200]; } png_err;

static void png_read_cb(png_structp png, png_bytep out, size_t n) {
  png_src *s = png_get_io_ptr(png);
  if (n > s->len - s->pos) png_error(png, "file cut short");
  memcpy(out, s->p + s->pos, n);
  s->pos += n;
}

static void png_error_cb(png_structp png, png_const_charp text) {
  png_err *e = png_get_error_ptr(png);
  snprintf(e->text, sizeof e->text, "%s", text);
  longjmp(e->jb, 1);
}

static void png_warn_cb(png_structp png, png_const_charp text) { (void)png; (void)text; }

int kiln_image_png_decode(const uint8_t *bytes, size_t len, uint8_t *dst, size_t dst_len, char *msg) {
  if (len < 8 || png_sig_cmp(bytes, 0, 8) != 0)
    return kiln_errf(msg, KILN_CORRUPT, "not a PNG file (no PNG signature)");
  png_src src = { bytes, len, 0 };
  png_err err;
  err.text[0] = '\0';
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &err, png_error_cb, png_warn_cb);
  png_infop info = png ? png_create_info_struct(png) : NULL;
  if (!png || !info) {
    png_destroy_read_struct(&png, &info, NULL);
    return kiln_errf(msg, KILN_NOMEM, "PNG decode: out of memory");
  }
  png_bytep *rows = NULL;
  /* volatile: read after a longjmp back here. */
  png_bytep *volatile rows_v = NULL;
  if (setjmp(err.jb)) {
    free(rows_v);
    png_destroy_read_struct(&png, &info, NULL);
    return kiln_errf(msg, KILN_CORRUPT, "bad PNG: %s", err.text);
  }
  png_set_read_fn(png, &src, png_read_cb);
  png_set_user_limits(png, KILN_IMAGE_MAX_DIM, KILN_IMAGE_MAX_DIM);
  png_read_info(png, info);
  uint32_t w = png_get_image_width(png, info), h = png_get_image_height(png, info);
  int ct = png_get_color_type(png, info), depth = png_get_bit_depth(png, info);
  if ((size_t)w * h * 4 != dst_len) {
    png_destroy_read_struct(&png, &info, NULL);
    return kiln_errf(msg, KILN_INVAL, "PNG decode: %zu bytes given for %ux%u RGBA8", dst_len, w, h);
  }
  /* Everything to 8-bit RGBA, samples scaled as stored (no gamma). */
  if (depth == 16) png_set_scale_16(png);
  if (ct == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(png);
  if (ct == PNG_COLOR_TYPE_GRAY && depth < 8) png_set_expand_gray_1_2_4_to_8(png);
  if (png_get_valid(png, info, PNG_INFO_tRNS)) png_set_tRNS_to_alpha(png);
  if (ct == PNG_COLOR_TYPE_GRAY || ct == PNG_COLOR_TYPE_GRAY_ALPHA) png_set_gray_to_rgb(png);
  if (!(ct & PNG_COLOR_MASK_ALPHA) && !png_get_valid(png, info, PNG_INFO_tRNS))
    png_set_filler(png, 0xff, PNG_FILLER_AFTER);
  png_set_interlace_handling(png);
  png_read_update_info(png, info);
  if (png_get_rowbytes(png, info) != (size_t)w * 4) png_error(png, "unexpected row size");
  rows = malloc(h * sizeof *rows);
  rows_v = rows;
  if (!rows) png_error(png, "out of memory");
  for (uint32_t y = 0; y < h; y++) rows[y] = dst + (size_t)y * w * 4;
  png_read_image(png, rows);
  png_read_end(png, NULL);
  free(rows);
  png_destroy_read_struct(&png, &info, NULL);
  return KILN_OK;
}

int kiln_image_read_file(const char *path, uint8_t **out, size_t *len, char *msg) {
  return kiln_file_read(path, KILN_IMAGE_MAX_FILE, 0, NULL, (char **)out, len, msg);
}

int kiln_image_png_write(const char *path, const uint8_t *rgba, uint32_t w, uint32_t h, char *msg) {
  png_image img;
  memset(&img, 0, sizeof img);
  img.version = PNG_IMAGE_VERSION;
  img.width = w;
  img.height = h;
  img.format = PNG_FORMAT_RGBA;
  char tmp[4096];
  if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid()) >= sizeof tmp)
    return kiln_errf(msg, KILN_INVAL, "path too long: '%s'", path);
  if (!png_image_write_to_file(&img, tmp, 0, rgba, 0, NULL)) {
    int rc = kiln_errf(msg, KILN_IO, "cannot write '%s': %s", path, img.message);
    unlink(tmp);
    return rc;
  }
  if (rename(tmp, path) != 0) {
    int rc = kiln_errf(msg, KILN_IO, "cannot write '%s': %s", path, strerror(errno));
    unlink(tmp);
    return rc;
  }
  return KILN_OK;
}

/* --------------------------------------------------------- filtering */

int kiln_image_mip_layout(uint32_t w, uint32_t h, int max_levels, size_t off[], uint32_t wd[],
                          uint32_t ht[], size_t size[], size_t *total) {
  if (max_levels <= 0 || max_levels > KILN_IMAGE_MAX_LEVELS) max_levels = KILN_IMAGE_MAX_LEVELS;
  size_t o = 0;
  int n = 0;
  for (;;) {
    off[n] = o;
    wd[n] = w;
    ht[n] = h;
    size[n] = (size_t)w * h * 4;
    o += size[n];
    n++;
    if ((w == 1 && h == 1) || n == max_levels) break;
    w = w > 1 ? w / 2 : 1;
    h = h > 1 ? h / 2 : 1;
  }
  *total = o;
  return n;
}

/* One output position's source texels and their area weights. */
typedef struct span { uint32_t first, n; float w[4]; } span;

/* Fills spans for an area-weighted box from sn source to dn output
 * texels; at most 4 taps (downscale by 2 or less per pass, or upscale).
 * Returns 0, or -1 when a pass shrinks by more than 2 (the caller halves
 * first). */
static int box_spans(uint32_t sn, uint32_t dn, span *sp) {
  double scale = (double)sn / dn;
  for (uint32_t i = 0; i < dn; i++) {
    double a = i * scale, b = (i + 1) * scale;
    uint32_t first = (uint32_t)floor(a), last = (uint32_t)ceil(b) - 1;
    if (last >= sn) last = sn - 1;
    if (last - first + 1 > 4) return -1;
    sp[i].first = first;
    sp[i].n = last - first + 1;
    for (uint32_t k = 0; k < sp[i].n; k++) {
      double lo = first + k > a ? first + k : a, hi = first + k + 1 < b ? first + k + 1 : b;
      sp[i].w[k] = (float)((hi - lo) / scale);
    }
  }
  return 0;
}

/* Box pass from src (sw x sh, float RGBA) to dst (dw x dh): separable. */
static int box_pass(const float *src, uint32_t sw, uint32_t sh, float *dst, uint32_t dw, uint32_t dh) {
  span *sx = malloc(dw * sizeof *sx), *sy = malloc(dh * sizeof *sy);
  float *tmp = malloc((size_t)dw * sh * 4 * sizeof *tmp);
  int rc = KILN_NOMEM;
  if (!sx || !sy || !tmp) goto out;
  rc = KILN_INVAL;
  if (box_spans(sw, dw, sx) || box_spans(sh, dh, sy)) goto out;
  for (uint32_t y = 0; y < sh; y++) {
    const float *row = src + (size_t)y * sw * 4;
    float *t = tmp + (size_t)y * dw * 4;
    for (uint32_t x = 0; x < dw; x++) {
      float acc[4] = { 0, 0, 0, 0 };
      for (uint32_t k = 0; k < sx[x].n; k++) {
        const float *p = row + (size_t)(sx[x].first + k) * 4;
        for (int c = 0; c < 4; c++) acc[c] += p[c] * sx[x].w[k];
      }
      memcpy(t + (size_t)x * 4, acc, sizeof acc);
    }
  }
  for (uint32_t y = 0; y < dh; y++) {
    float *d = dst + (size_t)y * dw * 4;
    memset(d, 0, (size_t)dw * 4 * sizeof *d);
    for (uint32_t k = 0; k < sy[y].n; k++) {
      const float *t = tmp + (size_t)(sy[y].first + k) * dw * 4;
      float wt = sy[y].w[k];
      for (size_t i = 0; i < (size_t)dw * 4; i++) d[i] += t[i] * wt;
    }
  }
  rc = KILN_OK;
out:
  free(sx);
  free(sy);
  free(tmp);
  return rc;
}

static float *to_float(const uint8_t *p, size_t npix, int srgb) {
  pthread_once(&lut_once, lut_init);
  float *f = malloc(npix * 4 * sizeof *f);
  if (!f) return NULL;
  for (size_t i = 0; i < npix * 4; i += 4) {
    for (int c = 0; c < 3; c++) f[i + c] = srgb ? srgb_to_lin[p[i + c]] : p[i + c] / 255.0f;
    f[i + 3] = p[i + 3] / 255.0f;
  }
  return f;
}

static void from_float(const float *f, uint8_t *p, size_t npix, int srgb) {
  for (size_t i = 0; i < npix * 4; i += 4) {
    for (int c = 0; c < 3; c++) p[i + c] = srgb ? encode_lin(f[i + c]) : encode_unit(f[i + c]);
    p[i + 3] = encode_unit(f[i + 3]);
  }
}

/* Box resize in float, halving first while the scale passes 2. */
static int box_resize(float *cur, uint32_t w, uint32_t h, uint32_t dw, uint32_t dh, float **out) {
  for (;;) {
    uint32_t nw = w > 2 * dw ? (w + 1) / 2 : dw, nh = h > 2 * dh ? (h + 1) / 2 : dh;
    float *nxt = malloc((size_t)nw * nh * 4 * sizeof *nxt);
    if (!nxt) { free(cur); return KILN_NOMEM; }
    int rc = box_pass(cur, w, h, nxt, nw, nh);
    free(cur);
    if (rc != KILN_OK) { free(nxt); return rc; }
    cur = nxt;
    w = nw;
    h = nh;
    if (w == dw && h == dh) break;
  }
  *out = cur;
  return KILN_OK;
}

int kiln_image_resize(const uint8_t *src, uint32_t sw, uint32_t sh, uint8_t *dst, uint32_t dw,
                      uint32_t dh, int filter, int srgb, char *msg) {
  if (!sw || !sh || !dw || !dh || dw > KILN_IMAGE_MAX_DIM || dh > KILN_IMAGE_MAX_DIM)
    return kiln_errf(msg, KILN_INVAL, "resize: sizes must be 1 to %u, got %ux%u to %ux%u",
                     KILN_IMAGE_MAX_DIM, sw, sh, dw, dh);
  if (filter == KILN_IMAGE_NEAREST) {
    for (uint32_t y = 0; y < dh; y++) {
      uint32_t sy = (uint32_t)(((uint64_t)y * 2 + 1) * sh / (2 * (uint64_t)dh));
      for (uint32_t x = 0; x < dw; x++) {
        uint32_t sx = (uint32_t)(((uint64_t)x * 2 + 1) * sw / (2 * (uint64_t)dw));
        memcpy(dst + ((size_t)y * dw + x) * 4, src + ((size_t)sy * sw + sx) * 4, 4);
      }
    }
    return KILN_OK;
  }
  float *f = to_float(src, (size_t)sw * sh, srgb), *r = NULL;
  if (!f) return kiln_errf(msg, KILN_NOMEM, "resize: out of memory");
  if (filter == KILN_IMAGE_LINEAR) {
    r = malloc((size_t)dw * dh * 4 * sizeof *r);
    if (!r) { free(f); return kiln_errf(msg, KILN_NOMEM, "resize: out of memory"); }
    for (uint32_t y = 0; y < dh; y++) {
      double fy = (y + 0.5) * sh / dh - 0.5;
      if (fy < 0) fy = 0;
      uint32_t y0 = (uint32_t)fy, y1 = y0 + 1 < sh ? y0 + 1 : y0;
      float ty = (float)(fy - y0);
      for (uint32_t x = 0; x < dw; x++) {
        double fx = (x + 0.5) * sw / dw - 0.5;
        if (fx < 0) fx = 0;
        uint32_t x0 = (uint32_t)fx, x1 = x0 + 1 < sw ? x0 + 1 : x0;
        float tx = (float)(fx - x0);
        for (int c = 0; c < 4; c++) {
          float a = f[((size_t)y0 * sw + x0) * 4 + c], b = f[((size_t)y0 * sw + x1) * 4 + c];
          float cc = f[((size_t)y1 * sw + x0) * 4 + c], d = f[((size_t)y1 * sw + x1) * 4 + c];
          r[((size_t)y * dw + x) * 4 + c] = (a + (b - a) * tx) * (1 - ty) + (cc + (d - cc) * tx) * ty;
        }
      }
    }
    free(f);
  } else {
    int rc = box_resize(f, sw, sh, dw, dh, &r);
    if (rc != KILN_OK) return kiln_errf(msg, rc, "resize: out of memory");
  }
  from_float(r, dst, (size_t)dw * dh, srgb);
  free(r);
  return KILN_OK;
}

int kiln_image_mips(uint8_t *chain, uint32_t w, uint32_t h, int levels, int srgb, char *msg) {
  size_t off[KILN_IMAGE_MAX_LEVELS], size[KILN_IMAGE_MAX_LEVELS], total;
  uint32_t wd[KILN_IMAGE_MAX_LEVELS], ht[KILN_IMAGE_MAX_LEVELS];
  int n = kiln_image_mip_layout(w, h, levels, off, wd, ht, size, &total);
  /* Each level from the float image of the one above: no requantization
   * drift down the chain. */
  float *cur = to_float(chain, (size_t)w * h, srgb);
  if (!cur) return kiln_errf(msg, KILN_NOMEM, "mips: out of memory");
  for (int i = 1; i < n; i++) {
    float *nxt = malloc((size_t)wd[i] * ht[i] * 4 * sizeof *nxt);
    int rc = nxt ? box_pass(cur, wd[i - 1], ht[i - 1], nxt, wd[i], ht[i]) : KILN_NOMEM;
    free(cur);
    if (rc != KILN_OK) { free(nxt); return kiln_errf(msg, rc, "mips: out of memory"); }
    from_float(nxt, chain + off[i], (size_t)wd[i] * ht[i], srgb);
    cur = nxt;
  }
  free(cur);
  return KILN_OK;
}

void kiln_image_average(const uint8_t *p, uint32_t w, uint32_t h, int srgb, double out[4]) {
  pthread_once(&lut_once, lut_init);
  double acc[4] = { 0, 0, 0, 0 };
  size_t n = (size_t)w * h;
  for (size_t i = 0; i < n * 4; i += 4) {
    for (int c = 0; c < 3; c++) acc[c] += srgb ? srgb_to_lin[p[i + c]] : p[i + c] / 255.0;
    acc[3] += p[i + 3] / 255.0;
  }
  for (int c = 0; c < 4; c++) out[c] = n ? acc[c] / (double)n : 0.0;
}

/* ------------------------------------------------------ compression */

static size_t block_bytes(int format) {
  return format == KILN_IMAGE_BC1 || format == KILN_IMAGE_BC4 ? 8
       : format == KILN_IMAGE_BC3 || format == KILN_IMAGE_BC5 ? 16 : 0;
}

size_t kiln_image_bc_size(int format, uint32_t w, uint32_t h) {
  return (size_t)((w + 3) / 4) * ((h + 3) / 4) * block_bytes(format);
}

int kiln_image_compress(const uint8_t *rgba, uint32_t w, uint32_t h, int format, int quality,
                        uint8_t *dst, size_t dst_len, char *msg) {
  size_t bb = block_bytes(format);
  if (!bb) return kiln_errf(msg, KILN_INVAL, "compress: unknown format %d", format);
  if (!w || !h) return kiln_errf(msg, KILN_INVAL, "compress: empty image %ux%u", w, h);
  if (dst_len != kiln_image_bc_size(format, w, h))
    return kiln_errf(msg, KILN_INVAL, "compress: %zu bytes given for %zu", dst_len,
                     kiln_image_bc_size(format, w, h));
  int mode = quality ? STB_DXT_HIGHQUAL : STB_DXT_NORMAL;
  uint8_t blk[64], ch[32];
  for (uint32_t by = 0; by < h; by += 4) {
    for (uint32_t bx = 0; bx < w; bx += 4) {
      /* Edge blocks repeat the last row and column. */
      for (int y = 0; y < 4; y++) {
        uint32_t sy = by + (uint32_t)y < h ? by + (uint32_t)y : h - 1;
        for (int x = 0; x < 4; x++) {
          uint32_t sx = bx + (uint32_t)x < w ? bx + (uint32_t)x : w - 1;
          memcpy(blk + (y * 4 + x) * 4, rgba + ((size_t)sy * w + sx) * 4, 4);
        }
      }
      switch (format) {
      case KILN_IMAGE_BC1: stb_compress_dxt_block(dst, blk, 0, mode); break;
      case KILN_IMAGE_BC3: stb_compress_dxt_block(dst, blk, 1, mode); break;
      case KILN_IMAGE_BC4:
        for (int i = 0; i < 16; i++) ch[i] = blk[i * 4];
        stb_compress_bc4_block(dst, ch);
        break;
      default:
        for (int i = 0; i < 16; i++) { ch[i * 2] = blk[i * 4]; ch[i * 2 + 1] = blk[i * 4 + 1]; }
        stb_compress_bc5_block(dst, ch);
        break;
      }
      dst += bb;
    }
  }
  return KILN_OK;
}
