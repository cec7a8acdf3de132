/* kiln_image: the pixel work a texture cache type needs, in C, on plain
 * byte arrays (the Lua side passes kiln buffers): PNG decode and encode
 * (libpng's simplified API), resize, a mip chain filtered in linear light,
 * the average colour, and BC1/BC3/BC4/BC5 block compression (stb_dxt from
 * Debian's libstb). Every function is pure apart from the file calls, never
 * keeps a pointer, and may run on any thread at once.
 *
 * Pixels are RGBA8, rows tightly packed, top row first. "srgb": the bytes
 * are sRGB-encoded colour (alpha is always linear); filtering and averages
 * then decode to linear light first and encode the result back. */
#ifndef KILN_IMAGE_H
#define KILN_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "kiln_err.h"

#define KILN_IMAGE_MAX_DIM 32768u                  /* per side */
#define KILN_IMAGE_MAX_FILE ((size_t)256 << 20)     /* PNG bytes read */
#define KILN_IMAGE_MAX_LEVELS 16

/* Reads the PNG header: width and height. KILN_CORRUPT (not a PNG, bad
 * header: msg says why), KILN_TOOBIG (a side over KILN_IMAGE_MAX_DIM). */
int kiln_image_png_size(const uint8_t *png, size_t len, uint32_t *w, uint32_t *h, char *msg);

/* Decodes any PNG (gray, gray+alpha, palette, RGB, RGBA; 1 to 16 bits;
 * tRNS) to RGBA8 in dst (w * h * 4 bytes, w and h from
 * kiln_image_png_size). 16-bit samples are rounded to 8 bits. Errors:
 * KILN_CORRUPT with libpng's reason. */
int kiln_image_png_decode(const uint8_t *png, size_t len, uint8_t *dst, size_t dst_len, char *msg);

/* kiln_file_read (file.h) for an image: at most KILN_IMAGE_MAX_FILE
 * bytes; *out is malloc'ed (free()). */
int kiln_image_read_file(const char *path, uint8_t **out, size_t *len, char *msg);

/* Encodes RGBA8 as a PNG file at path (written to a temp name, then
 * renamed). KILN_IO naming the path. */
int kiln_image_png_write(const char *path, const uint8_t *rgba, uint32_t w, uint32_t h, char *msg);

/* Mip chain sizes: level 0 is w x h, each next one max(1, floor(side / 2)),
 * down to 1 x 1 (or max_levels levels). Fills off/wd/ht/size per level
 * (offsets into one buffer holding every level, RGBA8) and returns the
 * level count; *total gets the buffer size. */
int kiln_image_mip_layout(uint32_t w, uint32_t h, int max_levels, size_t off[], uint32_t wd[],
                          uint32_t ht[], size_t size[], size_t *total);

/* Area-weighted box resize of RGBA8 (each output pixel is the average of
 * the source area it covers, in linear light with srgb); upscaling with
 * "nearest" keeps texels sharp (pixel art), "linear" interpolates. */
enum { KILN_IMAGE_BOX = 0, KILN_IMAGE_NEAREST = 1, KILN_IMAGE_LINEAR = 2 };
int kiln_image_resize(const uint8_t *src, uint32_t sw, uint32_t sh, uint8_t *dst, uint32_t dw,
                      uint32_t dh, int filter, int srgb, char *msg);

/* Fills every level after the first of a buffer laid out by
 * kiln_image_mip_layout: each level is the box resize of the one above
 * (a 2x2 box; at an odd side, the box weights the three source texels it
 * covers by area), in linear light with srgb. */
int kiln_image_mips(uint8_t *chain, uint32_t w, uint32_t h, int levels, int srgb, char *msg);

/* Average colour, r g b in linear light (decoded with srgb), a as stored,
 * each 0..1. */
void kiln_image_average(const uint8_t *rgba, uint32_t w, uint32_t h, int srgb, double out[4]);

/* sRGB <-> linear on the r, g, b bytes (alpha untouched), in place. */
void kiln_image_to_linear(uint8_t *rgba, size_t npix);
void kiln_image_to_srgb(uint8_t *rgba, size_t npix);

/* Block compression of RGBA8 (w x h, any size: edge blocks repeat the
 * last row and column). bc1: RGB (+1-bit alpha dropped), 8 bytes a
 * block; bc3: RGBA, 16; bc4: the R channel, 8; bc5: R and G, 16.
 * quality 1: stb_dxt's high-quality mode (two refinement passes), 0:
 * normal. dst holds kiln_image_bc_size bytes. */
enum { KILN_IMAGE_BC1 = 1, KILN_IMAGE_BC3 = 3, KILN_IMAGE_BC4 = 4, KILN_IMAGE_BC5 = 5 };
size_t kiln_image_bc_size(int format, uint32_t w, uint32_t h);
int kiln_image_compress(const uint8_t *rgba, uint32_t w, uint32_t h, int format, int quality,
                        uint8_t *dst, size_t dst_len, char *msg);

#endif
