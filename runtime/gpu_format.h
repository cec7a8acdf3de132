/* kiln gpu: format helpers internal to the runtime (gpu.c). */
#ifndef KILN_GPU_FORMAT_H
#define KILN_GPU_FORMAT_H

#include "gpu.h"

/* Render thread, context current: the GL extension format f needs and the
 * context lacks, or NULL when f is usable. */
const char *kiln_gpu_format_missing_ext(kiln_gpu_format f);

/* Converts n texels of data format from into texture format to (a pair
 * kiln_gpu_format_converts allows) as GL would store them: float32 <->
 * float16 (round to nearest even), else a copy. For the NULL backend's
 * CPU copies. */
void kiln_gpu_format_convert(kiln_gpu_format from, kiln_gpu_format to, const void *src, void *dst,
                             size_t n);

#endif
