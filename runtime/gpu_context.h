/* kiln gpu, internal: the GL loader for whatever context is current on the
 * render thread, the identity of the context kiln attached to, and the
 * host's pixel-store state around kiln's GL calls. Included by
 * runtime/gpu*.c and by tests; not part of the public API. */
#ifndef KILN_GPU_CONTEXT_H
#define KILN_GPU_CONTEXT_H

#include <stdbool.h>

#include "gpu.h"

/* The window-system APIs whose current context kiln can see. */
typedef enum kiln_gpu_ctx_api {
  KILN_GPU_CTX_UNKNOWN = 0, /* no getter knew the context: it is not checked */
  KILN_GPU_CTX_GLX,
  KILN_GPU_CTX_EGL,
  KILN_GPU_CTX_GLFW,
  KILN_GPU_CTX_API_COUNT
} kiln_gpu_ctx_api;

typedef struct kiln_gpu_glctx {
  kiln_gpu_ctx_api api;
  void *(*current)(void);   /* that API's current-context getter */
  void *id;                 /* what it returned at attach */
  /* GLFW's getter when GLFW also knew the context at attach: a TLS load,
   * where libglvnd's glXGetCurrentContext/eglGetCurrentContext make a
   * getpid() syscall (its fork check). Checked first, and alone by
   * kiln_gpu_ctx_check_fast. */
  void *(*fast)(void);
  void *fast_id;
} kiln_gpu_glctx;

/* How attach loads GL. At most one of getproc, proc and fn is set by the
 * caller; none means "detect" (kiln_gpu_ctx_resolve fills getproc). */
typedef struct kiln_gpu_loader {
  kiln_gpu_getproc_fn getproc;
  kiln_gpu_proc_fn proc;
  kiln_gpu_loader_fn fn;
  void *ud;
  bool egl;                 /* eglGetProcAddress may miss core GL 1.x names */
} kiln_gpu_loader;

/* Render thread, at attach. With no loader set: finds the first API in
 * order (NULL: GLX, EGL, GLFW; ends at UNKNOWN or after
 * KILN_GPU_CTX_API_COUNT - 1 entries) that has a current context and takes
 * its loader; KILN_GL when none has one. With a loader: records whichever
 * API knows the current context (or UNKNOWN). Fills *ctx either way. */
int kiln_gpu_ctx_resolve(kiln_gpu_loader *ld, kiln_gpu_glctx *ctx, const kiln_gpu_ctx_api *order,
                         char *msg);

/* Render thread: gladLoadGL through ld; the GL version as glad gives it,
 * 0 on failure. */
int kiln_gpu_ctx_load_gl(kiln_gpu_loader *ld);

/* The API's name ("glx", "egl", "glfw", "unknown"). */
const char *kiln_gpu_ctx_api_name(kiln_gpu_ctx_api api);

/* Slow path of the checks: formats the error (now: what api's getter
 * returned, id: what it returned at attach). */
int kiln_gpu_ctx_mismatch(kiln_gpu_ctx_api api, void *now, void *id, const char *op, char *msg);

/* Render thread: KILN_OK when GLFW (if it knew the context at attach) still
 * has it current: catches a GLFW host's switch for the cost of a TLS load. */
static inline int kiln_gpu_ctx_check_fast(const kiln_gpu_glctx *c, const char *op, char *msg) {
  if (!c->fast) return KILN_OK;
  void *now = c->fast();
  return now == c->fast_id ? KILN_OK : kiln_gpu_ctx_mismatch(KILN_GPU_CTX_GLFW, now, c->fast_id, op, msg);
}

/* Render thread: KILN_OK when the attached context is current (the fast
 * check, then one call to the API's getter), else KILN_THREAD naming both
 * contexts. */
static inline int kiln_gpu_ctx_check(const kiln_gpu_glctx *c, const char *op, char *msg) {
  int rc = kiln_gpu_ctx_check_fast(c, op, msg);
  if (rc != KILN_OK || !c->current) return rc;
  void *now = c->current();
  return now == c->id ? KILN_OK : kiln_gpu_ctx_mismatch(c->api, now, c->id, op, msg);
}

/* The host's pixel-store state, saved around kiln's uploads and reads. */
typedef struct kiln_gpu_pixstore {
  int buf, align, row_length, image_height, skip_pixels, skip_rows, skip_images;
} kiln_gpu_pixstore;

/* Render thread, before uploads: saves the host's unpack state into *host,
 * binds buf to GL_PIXEL_UNPACK_BUFFER and zeroes row length, image height
 * and skips (only those that differ). GL_UNPACK_ALIGNMENT is left as the
 * host had it (host->align) for the caller to set per upload. */
void kiln_gpu_unpack_enter(kiln_gpu_pixstore *host, unsigned buf);
/* After uploads: restores *host; align is the alignment kiln left set. */
void kiln_gpu_unpack_leave(const kiln_gpu_pixstore *host, int align);

/* Render thread, around a read-back: the same for the pack state
 * (GL_PIXEL_PACK_BUFFER and GL_PACK_*); the read may then set the pack
 * buffer and alignment freely. */
void kiln_gpu_pack_enter(kiln_gpu_pixstore *host);
void kiln_gpu_pack_leave(const kiln_gpu_pixstore *host);

/* Defined in gpu.c: attach through a resolved or explicit loader. */
int kiln_gpu_attach_impl(kiln_gpu *gpu, kiln_gpu_loader *ld, char *msg);

#endif
