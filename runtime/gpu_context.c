/* kiln gpu: finding the GL loader for whatever context is current (GLX,
 * EGL or GLFW, looked up at run time so kiln needs none of them linked),
 * the context identity checked before every GL entry point, the public
 * attach variants, and saving the host's pixel-store state.
 *
 * Symbols come from the global scope first (dlsym(RTLD_DEFAULT)), then from
 * libraries the process already loaded privately (GLFW and SDL dlopen
 * libGLX/libEGL with RTLD_LOCAL): dlopen with RTLD_NOLOAD, since a library
 * nobody loaded cannot have a context current, and loading one would only
 * cost start-up time. The handles are kept open so the getter stays valid. */
#include "gpu_context.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#include <glad/gl.h>

struct api_desc {
  const char *name;
  const char *getter;             /* current-context getter */
  const char *loader[2];          /* GetProcAddress, first found wins */
  const char *libs[3];
};

static const struct api_desc apis[KILN_GPU_CTX_API_COUNT] = {
  [KILN_GPU_CTX_UNKNOWN] = {"unknown", NULL, {NULL, NULL}, {NULL}},
  [KILN_GPU_CTX_GLX] = {"glx", "glXGetCurrentContext", {"glXGetProcAddressARB", "glXGetProcAddress"},
                        {"libGL.so.1", "libGLX.so.0", NULL}},
  [KILN_GPU_CTX_EGL] = {"egl", "eglGetCurrentContext", {"eglGetProcAddress", NULL}, {"libEGL.so.1", NULL}},
  [KILN_GPU_CTX_GLFW] = {"glfw", "glfwGetCurrentContext", {"glfwGetProcAddress", NULL},
                         {"libglfw.so.3", NULL}},
};

/* Object and function pointers have one representation on every platform
 * with dlsym (POSIX requires it); the unions say so without a cast warning. */
static void *(*to_getter(void *p))(void) {
  union { void *p; void *(*f)(void); } u = {.p = p};
  return u.f;
}
static kiln_gpu_getproc_fn to_getproc(void *p) {
  union { void *p; kiln_gpu_getproc_fn f; } u = {.p = p};
  return u.f;
}
static GLADapiproc to_apiproc(void *p) {
  union { void *p; GLADapiproc f; } u = {.p = p};
  return u.f;
}

/* name from the global scope, else from an already loaded library. */
static void *find_sym(const char *const *libs, const char *name) {
  void *p = dlsym(RTLD_DEFAULT, name);
  for (int i = 0; !p && libs[i]; i++) {
    void *h = dlopen(libs[i], RTLD_LAZY | RTLD_LOCAL | RTLD_NOLOAD);
    if (!h) continue;
    p = dlsym(h, name);
    if (!p) dlclose(h);  /* kept open (never closed) when it served a symbol */
  }
  return p;
}

const char *kiln_gpu_ctx_api_name(kiln_gpu_ctx_api api) {
  return (unsigned)api < KILN_GPU_CTX_API_COUNT ? apis[api].name : "unknown";
}

int kiln_gpu_ctx_resolve(kiln_gpu_loader *ld, kiln_gpu_glctx *ctx, const kiln_gpu_ctx_api *order,
                         char *msg) {
  static const kiln_gpu_ctx_api dflt[KILN_GPU_CTX_API_COUNT - 1] = {
    KILN_GPU_CTX_GLX, KILN_GPU_CTX_EGL, KILN_GPU_CTX_GLFW};
  bool given = ld->getproc || ld->proc || ld->fn;
  if (!order || given) order = dflt;
  *ctx = (kiln_gpu_glctx){0};
  for (int i = 0; i < KILN_GPU_CTX_API_COUNT - 1 && order[i] != KILN_GPU_CTX_UNKNOWN; i++) {
    kiln_gpu_ctx_api a = order[i];
    if ((unsigned)a >= KILN_GPU_CTX_API_COUNT) continue;
    const struct api_desc *d = &apis[a];
    void *(*cur)(void) = to_getter(find_sym(d->libs, d->getter));
    void *id = cur ? cur() : NULL;
    if (!id) continue;
    if (!given) {
      void *lp = find_sym(d->libs, d->loader[0]);
      if (!lp && d->loader[1]) lp = find_sym(d->libs, d->loader[1]);
      if (!lp) continue;  /* a context without a loader: try the next API */
      ld->getproc = to_getproc(lp);
      ld->egl = a == KILN_GPU_CTX_EGL;
    }
    *ctx = (kiln_gpu_glctx){a, cur, id, NULL, NULL};
    if (a != KILN_GPU_CTX_GLFW) {
      void *(*glfw)(void) = to_getter(find_sym(apis[KILN_GPU_CTX_GLFW].libs, apis[KILN_GPU_CTX_GLFW].getter));
      void *win = glfw ? glfw() : NULL;
      if (win) { ctx->fast = glfw; ctx->fast_id = win; }
    }
    return KILN_OK;
  }
  if (given) return KILN_OK;  /* the caller's loader; the context goes unchecked */
  return kiln_errf(msg, KILN_GL, "gpu_attach: no GL context is current on this thread: make the "
                   "renderer's context current before rt:gl_attach");
}

/* eglGetProcAddress before EGL 1.5 (without EGL_KHR_get_all_proc_addresses)
 * returns only extension functions: core ones come from the GL library. */
static void *core_sym(const char *name) {
  static const char *const libs[] = {"libOpenGL.so.0", "libGL.so.1", "libGLESv2.so.2", NULL};
  return find_sym(libs, name);
}

static GLADapiproc load_one(void *ud, const char *name) {
  const kiln_gpu_loader *ld = ud;
  GLADapiproc f = NULL;
  void *p = NULL;
  if (ld->getproc) f = ld->getproc(name);
  else if (ld->proc) p = ld->proc(name);
  else if (ld->fn) p = ld->fn(ld->ud, name);
  if (!f && !p && ld->egl) p = core_sym(name);
  return f ? f : to_apiproc(p);
}

int kiln_gpu_ctx_load_gl(kiln_gpu_loader *ld) { return gladLoadGLUserPtr(load_one, ld); }

int kiln_gpu_ctx_mismatch(kiln_gpu_ctx_api api, void *now, void *id, const char *op, char *msg) {
  const char *name = kiln_gpu_ctx_api_name(api);
  if (!now)
    return kiln_errf(msg, KILN_THREAD, "%s: no GL context is current on this thread (kiln attached to %s "
                     "context %p): make that context current again; no GL was issued", op, name, id);
  return kiln_errf(msg, KILN_THREAD, "%s: a different GL context is current on this thread (%s context %p, "
                   "kiln attached to %p): make the attached context current again; no GL was issued",
                   op, name, now, id);
}

/* ------------------------------------------------------------ attach -- */

int kiln_gpu_attach(kiln_gpu *gpu, kiln_gpu_getproc_fn getproc, char *msg) {
  kiln_gpu_loader ld = {.getproc = getproc};
  return kiln_gpu_attach_impl(gpu, &ld, msg);
}

int kiln_gpu_attach_proc(kiln_gpu *gpu, kiln_gpu_proc_fn get_proc_address, char *msg) {
  kiln_gpu_loader ld = {.proc = get_proc_address};
  return kiln_gpu_attach_impl(gpu, &ld, msg);
}

int kiln_gpu_attach_loader(kiln_gpu *gpu, kiln_gpu_loader_fn loader, void *ud, char *msg) {
  kiln_gpu_loader ld = {.fn = loader, .ud = ud};
  return kiln_gpu_attach_impl(gpu, &ld, msg);
}

/* ------------------------------------------------------- pixel store -- */

static void pix_save(kiln_gpu_pixstore *s, GLenum buf, const GLenum p[6]) {
  glGetIntegerv(buf, &s->buf);
  glGetIntegerv(p[0], &s->align);
  glGetIntegerv(p[1], &s->row_length);
  glGetIntegerv(p[2], &s->image_height);
  glGetIntegerv(p[3], &s->skip_pixels);
  glGetIntegerv(p[4], &s->skip_rows);
  glGetIntegerv(p[5], &s->skip_images);
}

/* Sets (zero = true) or restores the five layout parameters, touching
 * only those the host had nonzero. */
static void pix_layout(const kiln_gpu_pixstore *s, const GLenum p[6], bool zero) {
  const int v[5] = {s->row_length, s->image_height, s->skip_pixels, s->skip_rows, s->skip_images};
  for (int i = 0; i < 5; i++)
    if (v[i]) glPixelStorei(p[i + 1], zero ? 0 : v[i]);
}

static const GLenum unpack_p[6] = {GL_UNPACK_ALIGNMENT, GL_UNPACK_ROW_LENGTH, GL_UNPACK_IMAGE_HEIGHT,
                                   GL_UNPACK_SKIP_PIXELS, GL_UNPACK_SKIP_ROWS, GL_UNPACK_SKIP_IMAGES};
static const GLenum pack_p[6] = {GL_PACK_ALIGNMENT, GL_PACK_ROW_LENGTH, GL_PACK_IMAGE_HEIGHT,
                                 GL_PACK_SKIP_PIXELS, GL_PACK_SKIP_ROWS, GL_PACK_SKIP_IMAGES};

void kiln_gpu_unpack_enter(kiln_gpu_pixstore *host, unsigned buf) {
  pix_save(host, GL_PIXEL_UNPACK_BUFFER_BINDING, unpack_p);
  if ((GLuint)host->buf != buf) glBindBuffer(GL_PIXEL_UNPACK_BUFFER, buf);
  pix_layout(host, unpack_p, true);
}

void kiln_gpu_unpack_leave(const kiln_gpu_pixstore *host, int align) {
  /* unconditional: the PBO backend rebinds its pool buffers per batch */
  glBindBuffer(GL_PIXEL_UNPACK_BUFFER, (GLuint)host->buf);
  if (align != host->align) glPixelStorei(GL_UNPACK_ALIGNMENT, host->align);
  pix_layout(host, unpack_p, false);
}

void kiln_gpu_pack_enter(kiln_gpu_pixstore *host) {
  pix_save(host, GL_PIXEL_PACK_BUFFER_BINDING, pack_p);
  pix_layout(host, pack_p, true);
}

void kiln_gpu_pack_leave(const kiln_gpu_pixstore *host) {
  glBindBuffer(GL_PIXEL_PACK_BUFFER, (GLuint)host->buf);
  glPixelStorei(GL_PACK_ALIGNMENT, host->align);
  pix_layout(host, pack_p, false);
}
