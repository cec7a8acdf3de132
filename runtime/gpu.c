/* kiln gpu: lifetime (new, attach, free, shutdown), the GL thread check,
 * stats and small queries. The state and its locking: gpu_int.h. */
#include "gpu_int.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef KILN_GL_CHECKS
#define KILN_GL_CHECKS 0
#endif

/* ---------------------------------------------------- GL thread check -- */

/* glad's function table and hooks are process-wide, so the check is too.
 * A thread is allowed GL once it has attached a kiln_gpu. */
static _Thread_local bool gl_thread_ok;
static _Atomic uint64_t gl_events;
static pthread_mutex_t gl_msg_mu = PTHREAD_MUTEX_INITIALIZER;
static char gl_msg[KILN_ERRMSG_MAX];

static void gl_event(const char *fmt, const char *name, unsigned arg) {
  char buf[KILN_ERRMSG_MAX];
  snprintf(buf, sizeof buf, fmt, name, arg);
  pthread_mutex_lock(&gl_msg_mu);
  memcpy(gl_msg, buf, sizeof buf);
  pthread_mutex_unlock(&gl_msg_mu);
  if (atomic_fetch_add(&gl_events, 1) == 0) fprintf(stderr, "kiln gpu: %s\n", buf);
}

#if KILN_GL_CHECKS
static void gl_pre_check(const char *name, GLADapiproc proc, int nargs, ...) {
  if (__builtin_expect(!gl_thread_ok, 0))
    gl_event("GL call %s on thread %u, which is not a render thread", name,
             (unsigned)gettid());
}
#endif

static void gl_pre_nop(const char *name, GLADapiproc proc, int nargs, ...) {}
static void gl_post_nop(void *ret, const char *name, GLADapiproc proc, int nargs, ...) {}

static void gl_post_errors(void *ret, const char *name, GLADapiproc proc, int nargs, ...) {
  if (!gl_thread_ok || strcmp(name, "glGetError") == 0) return;
  GLenum e = glad_glGetError();
  if (e != GL_NO_ERROR) gl_event("GL error in %s: 0x%04x", name, e);
}

static void gl_install_hooks(bool debug) {
#if KILN_GL_CHECKS
  gladInstallGLDebug();
  gladSetGLPreCallback(gl_pre_check);
  gladSetGLPostCallback(debug ? gl_post_errors : gl_post_nop);
#else
  if (debug) {
    gladInstallGLDebug();
    gladSetGLPreCallback(gl_pre_nop);
    gladSetGLPostCallback(gl_post_errors);
  } else {
    gladUninstallGLDebug();  /* calls go straight to the driver */
  }
#endif
  (void)gl_pre_nop;  /* one of the two is unused, depending on KILN_GL_CHECKS */
  (void)gl_post_nop;
}

uint64_t kiln_gpu_gl_violations(char *msg) {
  if (msg) {
    pthread_mutex_lock(&gl_msg_mu);
    memcpy(msg, gl_msg, KILN_ERRMSG_MAX);
    pthread_mutex_unlock(&gl_msg_mu);
  }
  return atomic_load(&gl_events);
}

/* ----------------------------------------------------------- helpers -- */

/* Render-thread affinity for "render thread only" functions. */
int kiln__gpu_check_render(kiln_gpu *gpu, const char *op, bool committing, char *msg) {
  pthread_mutex_lock(&gpu->mu);
  bool null = gpu->backend == KILN_GPU_NULL, attached = gpu->attached;
  bool self = attached && pthread_equal(pthread_self(), gpu->render);
  if (null && !attached && committing) {  /* the NULL backend's render thread commits */
    gpu->render = pthread_self();
    gpu->render_known = true;
  }
  pthread_mutex_unlock(&gpu->mu);
  if (null) return KILN_OK;
  if (!attached)
    return kiln_errf(msg, KILN_AGAIN, "%s: gpu is not attached to a GL context yet", op);
  if (!self) return kiln_errf(msg, KILN_THREAD, "%s: called off the render thread", op);
  /* commit runs the full check itself, only when it may issue GL */
  return committing ? kiln_gpu_ctx_check_fast(&gpu->glctx, op, msg) : kiln_gpu_ctx_check(&gpu->glctx, op, msg);
}

/* ----------------------------------------------------------- lifetime -- */

int kiln_gpu_new(const kiln_gpu_config *cfg, kiln_gpu **out, char *msg) {
  assert(out);
  *out = NULL;
  kiln_gpu_config c = cfg ? *cfg : (kiln_gpu_config){0};
  if ((unsigned)c.backend > KILN_GPU_NULL)
    return kiln_errf(msg, KILN_INVAL, "gpu_new: field 'backend': unknown backend %d", (int)c.backend);
  if (c.ring_bytes == 0) c.ring_bytes = RING_DEFAULT;
  if (c.ring_bytes > SIZE_MAX / 2)
    return kiln_errf(msg, KILN_TOOBIG, "gpu_new: field 'ring_bytes': %zu is too large", c.ring_bytes);
  c.ring_bytes = kiln__gpu_round_up(c.ring_bytes, RING_GRAIN);

  kiln_gpu *gpu = calloc(1, sizeof *gpu);
  if (!gpu) return kiln_errf(msg, KILN_NOMEM, "gpu_new: out of memory");
  gpu->cfg = c;
  gpu->cap = c.ring_bytes;
  gpu->backend = c.backend == KILN_GPU_NULL ? KILN_GPU_NULL : KILN_GPU_AUTO;
  gpu->next_seq = 1;
  gpu->lim = (struct limits){16384, 2048, 2048, 16384};
  if (pthread_mutex_init(&gpu->mu, NULL) != 0) { free(gpu); return kiln_errf(msg, KILN_NOMEM, "gpu_new: mutex"); }
  if (pthread_cond_init(&gpu->space, NULL) != 0) goto fail_space;
  if (pthread_cond_init(&gpu->idle, NULL) != 0) goto fail_idle;
  if (gpu->backend == KILN_GPU_NULL) {
    gpu->ring = aligned_alloc(STAGE_ALIGN, gpu->cap);
    if (!gpu->ring) goto fail_ring;
    gpu->render = pthread_self();  /* until a commit elsewhere says otherwise */
    gpu->render_known = true;
  }
  *out = gpu;
  return KILN_OK;
fail_ring:
  pthread_cond_destroy(&gpu->idle);
fail_idle:
  pthread_cond_destroy(&gpu->space);
fail_space:
  pthread_mutex_destroy(&gpu->mu);
  free(gpu);
  return kiln_errf(msg, KILN_NOMEM, "gpu_new: out of memory for a %zu-byte ring", c.ring_bytes);
}

static int attach_gl(kiln_gpu *gpu, kiln_gpu_loader *ld, kiln_gpu_backend *chosen,
                     unsigned char **ring, char *msg) {
  int rc = kiln_gpu_ctx_resolve(ld, &gpu->glctx, NULL, msg);
  if (rc != KILN_OK) return rc;
  int ver = kiln_gpu_ctx_load_gl(ld);
  if (!ver)
    return kiln_errf(msg, KILN_GL, "gpu_attach: could not load OpenGL (is a context current on this thread?)");
  gl_thread_ok = true;
  gl_install_hooks(gpu->cfg.gl_debug != 0);
  int major = GLAD_VERSION_MAJOR(ver), minor = GLAD_VERSION_MINOR(ver);
  bool legacy = gpu->cfg.legacy_gl != 0;
  bool storage = !legacy && (GLAD_GL_VERSION_4_4 || GLAD_GL_ARB_buffer_storage);
  gpu->dsa = !legacy && GLAD_GL_VERSION_4_5;
  if (!glad_glTexStorage2D || !glad_glTexStorage3D || !glad_glFenceSync)
    return kiln_errf(msg, KILN_GL, "gpu_attach: GL %d.%d lacks glTexStorage or sync objects (needs GL 4.2)",
                     major, minor);
  kiln_gpu_backend b = gpu->cfg.backend;
  if (b == KILN_GPU_RING && !storage)
    return kiln_errf(msg, KILN_GL, "gpu_attach: backend 'ring' needs GL 4.4 or GL_ARB_buffer_storage; "
                     "the context has GL %d.%d%s", major, minor, legacy ? " (legacy_gl set)" : "");
  if (b == KILN_GPU_AUTO) b = storage ? KILN_GPU_RING : KILN_GPU_PBO;

  GLint v;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &v); gpu->lim.tex2d = v;
  glGetIntegerv(GL_MAX_3D_TEXTURE_SIZE, &v); gpu->lim.tex3d = v;
  glGetIntegerv(GL_MAX_ARRAY_TEXTURE_LAYERS, &v); gpu->lim.layers = v;
  glGetIntegerv(GL_MAX_CUBE_MAP_TEXTURE_SIZE, &v); gpu->lim.cube = v;

  if (b == KILN_GPU_RING) {
    const GLbitfield flags = GL_MAP_WRITE_BIT | GL_MAP_PERSISTENT_BIT | GL_MAP_COHERENT_BIT;
    while (glGetError() != GL_NO_ERROR) {}
    GLint host_buf = 0;  /* the host's binding survives attach */
    glGetIntegerv(GL_PIXEL_UNPACK_BUFFER_BINDING, &host_buf);
    glGenBuffers(1, &gpu->ring_buf);
    glBindBuffer(GL_PIXEL_UNPACK_BUFFER, gpu->ring_buf);
    glBufferStorage(GL_PIXEL_UNPACK_BUFFER, (GLsizeiptr)gpu->cap, NULL, flags);
    void *p = glMapBufferRange(GL_PIXEL_UNPACK_BUFFER, 0, (GLsizeiptr)gpu->cap, flags);
    glBindBuffer(GL_PIXEL_UNPACK_BUFFER, (GLuint)host_buf);
    GLenum e = glGetError();
    if (!p || e != GL_NO_ERROR) {
      glDeleteBuffers(1, &gpu->ring_buf);
      gpu->ring_buf = 0;
      if (gpu->cfg.backend == KILN_GPU_RING)
        return kiln_errf(msg, KILN_GL, "gpu_attach: mapping a %zu-byte persistent ring failed (GL error 0x%04x)",
                         gpu->cap, e);
      b = KILN_GPU_PBO;  /* AUTO: fall back */
    } else {
      *ring = p;
    }
  }
  if (b != KILN_GPU_RING) {
    *ring = aligned_alloc(STAGE_ALIGN, gpu->cap);
    if (!*ring) return kiln_errf(msg, KILN_NOMEM, "gpu_attach: out of memory for a %zu-byte ring", gpu->cap);
  }
  if (b == KILN_GPU_PBO) glGenBuffers(PBO_POOL, gpu->pbo);
  *chosen = b;
  return KILN_OK;
}

int kiln_gpu_attach_impl(kiln_gpu *gpu, kiln_gpu_loader *ld, char *msg) {
  assert(gpu);
  pthread_mutex_lock(&gpu->mu);
  bool already = gpu->attached;
  pthread_mutex_unlock(&gpu->mu);
  if (already) return kiln_errf(msg, KILN_EXISTS, "gpu_attach: already attached");
  kiln_gpu_backend b = KILN_GPU_NULL;
  unsigned char *ring = NULL;
  if (gpu->cfg.backend == KILN_GPU_NULL) {
    gl_thread_ok = true;
  } else {
    int rc = attach_gl(gpu, ld, &b, &ring, msg);
    if (rc != KILN_OK) return rc;
  }
  pthread_mutex_lock(&gpu->mu);
  gpu->render = pthread_self();
  gpu->render_known = true;
  if (b != KILN_GPU_NULL) {
    gpu->backend = b;
    gpu->ring = ring;
  }
  gpu->attached = true;
  pthread_mutex_unlock(&gpu->mu);
  return KILN_OK;
}

int kiln_gpu_context_check(kiln_gpu *gpu, char *msg) {
  return kiln__gpu_check_render(gpu, "gl_context", false, msg);
}

const char *kiln_gpu_context_api(kiln_gpu *gpu) {
  pthread_mutex_lock(&gpu->mu);
  kiln_gpu_ctx_api api = gpu->attached ? gpu->glctx.api : KILN_GPU_CTX_UNKNOWN;
  pthread_mutex_unlock(&gpu->mu);
  return kiln_gpu_ctx_api_name(api);
}

void kiln_gpu_shutdown_waiters(kiln_gpu *gpu) {
  if (!gpu) return;
  pthread_mutex_lock(&gpu->mu);
  gpu->closed = true;
  pthread_cond_broadcast(&gpu->space);
  pthread_mutex_unlock(&gpu->mu);
}

void kiln_gpu_free(kiln_gpu *gpu) {
  if (!gpu) return;
  kiln_gpu_shutdown_waiters(gpu);
  pthread_mutex_lock(&gpu->mu);
  while (gpu->users > 0) pthread_cond_wait(&gpu->idle, &gpu->mu);
  pthread_mutex_unlock(&gpu->mu);

  bool gl = kiln__gpu_is_gl(gpu->backend) && gpu->attached && pthread_equal(pthread_self(), gpu->render) &&
            kiln_gpu_ctx_check(&gpu->glctx, "free", NULL) == KILN_OK;  /* else leak, never hit the host's names */
  if (gl) {
    for (unsigned i = 0; i < gpu->ntex; i++)
      if (gpu->tex[i].live && gpu->tex[i].gl && !gpu->tex[i].adopted) glDeleteTextures(1, &gpu->tex[i].gl);
    for (size_t i = 0; i < gpu->mk_count; i++) {
      GLsync s = gpu->mk[(gpu->mk_start + i) & (gpu->mk_cap - 1)].sync;
      if (s) glDeleteSync(s);
    }
    if (gpu->ring_buf) glDeleteBuffers(1, &gpu->ring_buf);  /* unmaps it */
    if (gpu->backend == KILN_GPU_PBO) glDeleteBuffers(PBO_POOL, gpu->pbo);
  }
  for (unsigned i = 0; i < gpu->ntex; i++) free(gpu->tex[i].cpu);
  if (gpu->backend != KILN_GPU_RING) free(gpu->ring);
  free(gpu->tex);
  free(gpu->rec);
  free(gpu->rel);
  free(gpu->mk);
  free(gpu->cand);
  pthread_cond_destroy(&gpu->idle);
  pthread_cond_destroy(&gpu->space);
  pthread_mutex_destroy(&gpu->mu);
  free(gpu);
}

/* ------------------------------------------------------------- queries -- */

size_t kiln_gpu_capacity(const kiln_gpu *gpu) { return gpu->cap; }

void kiln_gpu_stats_get(kiln_gpu *gpu, kiln_gpu_stats *st) {
  assert(gpu && st);
  pthread_mutex_lock(&gpu->mu);
  *st = (kiln_gpu_stats){
    .backend = gpu->backend, .ring_capacity = gpu->cap, .ring_used = (size_t)(gpu->head - gpu->tail),
    .staged = gpu->st.staged, .issued = gpu->st.issued, .dropped = gpu->st.dropped,
    .bytes_staged = gpu->st.bytes_staged, .bytes_issued = gpu->st.bytes_issued,
    .stalls = gpu->st.stalls, .fences_pending = gpu->st.fences, .textures = gpu->tex_live,
  };
  pthread_mutex_unlock(&gpu->mu);
  st->gl_violations = kiln_gpu_gl_violations(NULL);
}
