/* kiln.image's C half: runtime/image.c's functions in the FFI API table
 * (the Lua half, bindings/kiln_image.lua, checks arguments and owns the
 * buffers). */
#include "lkiln_rt.h"

#include "image.h"

static void a_average(const uint8_t *rgba, uint32_t w, uint32_t h, int srgb, double *out) {
  kiln_image_average(rgba, w, h, srgb, out);
}

void kiln__limage_api(kiln_api *a) {
  a->img_png_size = kiln_image_png_size;
  a->img_png_decode = kiln_image_png_decode;
  a->img_read_file = kiln_image_read_file;
  a->img_png_write = kiln_image_png_write;
  a->img_mip_layout = kiln_image_mip_layout;
  a->img_resize = kiln_image_resize;
  a->img_mips = kiln_image_mips;
  a->img_average = a_average;
  a->img_to_linear = kiln_image_to_linear;
  a->img_to_srgb = kiln_image_to_srgb;
  a->img_bc_size = kiln_image_bc_size;
  a->img_compress = kiln_image_compress;
}
