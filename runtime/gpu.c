/* kiln gpu: staging ring, texture table, commit and the GL thread check.
 *
 * State (see struct kiln_gpu):
 *   under gpu->mu     ring counters (head, tail), reservation tickets, the
 *                     staged-record deque, release deque, texture table,
 *                     stats, closed/users;
 *   render thread     fence markers, commit scratch, GL objects;
 *   atomic            issued_seq.
 * One mutex, no nesting (gl_msg_mu, for the process-wide GL check, is a
 * leaf taken alone). GL calls, memcpy and the release callback run with no
 * lock held.
 *
 * Ring accounting uses two monotonic byte counters: head (next reservation)
 * and tail (everything below it is free). Offsets are counter % cap. A
 * reservation that would straddle the end starts at the next multiple of
 * cap, the skipped tail counting as used until it retires. Space is freed
 * strictly in FIFO order: uploads are issued in seq order (= ring order),
 * each commit's batch is one marker {fence, end counter, last seq}, and
 * markers retire in order. */
#include "gpu.h"
#include "gpu_context.h"

#include <assert.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>

#include <glad/gl.h>

#define RING_DEFAULT   ((size_t)32 << 20)
#define RING_GRAIN     ((size_t)4096)
#define STAGE_ALIGN    ((size_t)64)      /* cache line; >= any texel type size */
#define BATCH          64                /* uploads taken per lock round in commit */
#define PBO_POOL       4
#define TEX_NAME_MAX   64
#define TEX_MAX_LEVELS 16
#define TEX_MAX_SLOTS  0xffffu

#ifndef KILN_GL_CHECKS
#define KILN_GL_CHECKS 0
#endif

/* ------------------------------------------------------------ types -- */

struct tex {
  uint16_t gen;                 /* bumped on free; part of the handle */
  bool live;
  bool adopted;                 /* the host's GL texture: never deleted */
  uint32_t hash;
  char name[TEX_NAME_MAX];
  kiln_gpu_texture_desc desc;   /* desc.name points at name */
  GLuint gl;
  unsigned char *cpu;           /* NULL backend: every level, tightly packed */
  size_t level_off[TEX_MAX_LEVELS];
};

struct rec {                    /* one staged upload */
  uint64_t seq, session;
  uint64_t begin, end;          /* ring counters */
  size_t len;
  kiln_gpu_tex id;
  kiln_gpu_format format;
  kiln_gpu_region r;            /* d normalised to >= 1 */
  bool ready;                   /* copy finished */
};

struct job {                    /* a record taken by commit */
  struct rec rec;
  bool drop;
  GLuint gl;
  kiln_gpu_kind kind;
  size_t bpp;
  unsigned char *cpu_level;     /* NULL backend: the level's base */
  int lw, lh;                   /* level size (NULL backend) */
  size_t pbo_off;
};

struct marker { GLsync sync; uint64_t end, last_seq; };
struct release { uint64_t after_seq; size_t bytes; };

struct limits { int tex2d, tex3d, layers, cube; };

struct kiln_gpu {
  kiln_gpu_config cfg;
  size_t cap;

  pthread_mutex_t mu;
  pthread_cond_t space;         /* ring space freed, ticket served, closed */
  pthread_cond_t idle;          /* users dropped to 0 after close */

  /* --- under mu --- */
  kiln_gpu_backend backend;     /* AUTO until attach (NULL: at new) */
  bool attached, closed;
  unsigned users;               /* threads inside kiln_gpu_stage */
  unsigned waiters;
  unsigned char *ring;          /* mapped GL buffer or CPU memory */
  uint64_t head, tail;
  uint64_t next_ticket, serving;
  uint64_t next_seq, retired_seq;
  struct rec *rec;              /* deque, capacity a power of two */
  size_t rec_cap, rec_start, rec_count;
  struct release *rel;          /* deque, ordered by after_seq */
  size_t rel_cap, rel_start, rel_count;
  struct tex *tex;
  unsigned ntex, tex_cap, tex_live;
  kiln_gpu_release_fn release_fn;
  void *release_ud;
  struct limits lim;
  struct {
    uint64_t staged, issued, dropped, bytes_staged, bytes_issued, stalls;
    unsigned fences;
  } st;

  pthread_t render;             /* attach; NULL backend: creator, then last committer */
  bool render_known;

  _Atomic uint64_t issued_seq;

  /* --- render thread --- */
  bool dsa;
  GLuint ring_buf, pbo[PBO_POOL];
  unsigned pbo_next;
  struct marker *mk;
  size_t mk_cap, mk_start, mk_count;
  struct job jobs[BATCH];
  int unpack_align;
  GLint saved_bind[KILN_GPU_KIND_COUNT];

  /* --- render thread: the context attach found current, checked before
   * every GL entry point, and the host's unpack state saved by a commit
   * that issues (gpu_context.c) --- */
  kiln_gpu_glctx glctx;
  kiln_gpu_pixstore host_unpack;
};

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

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint32_t hash_name(const char *s) {  /* FNV-1a */
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static size_t round_up(size_t n, size_t a) { return (n + a - 1) / a * a; }
static int imax(int a, int b) { return a > b ? a : b; }

static bool is_gl(kiln_gpu_backend b) { return b != KILN_GPU_NULL; }

/* Render-thread affinity for "render thread only" functions. */
static int check_render(kiln_gpu *gpu, const char *op, bool committing, char *msg) {
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

static struct tex *tex_get(kiln_gpu *gpu, kiln_gpu_tex id) {  /* under mu */
  unsigned idx = (id & 0xffffu);
  if (idx == 0 || idx > gpu->ntex) return NULL;
  struct tex *t = &gpu->tex[idx - 1];
  return t->live && t->gen == (id >> 16) ? t : NULL;
}

static kiln_gpu_tex tex_id(kiln_gpu *gpu, const struct tex *t) {
  return ((kiln_gpu_tex)t->gen << 16) | (kiln_gpu_tex)(t - gpu->tex + 1);
}

static struct tex *tex_find(kiln_gpu *gpu, const char *name) {  /* under mu */
  uint32_t h = hash_name(name);
  for (unsigned i = 0; i < gpu->ntex; i++) {
    struct tex *t = &gpu->tex[i];
    if (t->live && t->hash == h && strcmp(t->name, name) == 0) return t;
  }
  return NULL;
}

/* Images in z at a level: layers, cube faces or 3d slices. */
static int level_images(const kiln_gpu_texture_desc *d, int level) {
  switch (d->kind) {
  case KILN_GPU_TEX_2D_ARRAY: case KILN_GPU_TEX_1D_ARRAY: return d->layers;
  case KILN_GPU_TEX_CUBE: return 6;
  case KILN_GPU_TEX_CUBE_ARRAY: return 6 * d->layers;
  case KILN_GPU_TEX_3D: return imax(1, d->depth >> level);
  default: return 1;
  }
}

static GLenum gl_target(kiln_gpu_kind k) {
  static const GLenum t[KILN_GPU_KIND_COUNT] = {GL_TEXTURE_2D, GL_TEXTURE_2D_ARRAY,
                                                GL_TEXTURE_3D, GL_TEXTURE_CUBE_MAP,
                                                GL_TEXTURE_1D, GL_TEXTURE_1D_ARRAY,
                                                GL_TEXTURE_CUBE_MAP_ARRAY};
  return t[k];
}

static const GLenum binding_of[KILN_GPU_KIND_COUNT] = {
  GL_TEXTURE_BINDING_2D, GL_TEXTURE_BINDING_2D_ARRAY, GL_TEXTURE_BINDING_3D,
  GL_TEXTURE_BINDING_CUBE_MAP, GL_TEXTURE_BINDING_1D, GL_TEXTURE_BINDING_1D_ARRAY,
  GL_TEXTURE_BINDING_CUBE_MAP_ARRAY};

/* Checks a region, its format and its byte size against a texture. op and
 * the data field name ("data", "out") go into the message. */
static int check_region(const char *op, const char *datafield, const kiln_gpu_texture_desc *t,
                        kiln_gpu_format fmt, const kiln_gpu_region *r, size_t len,
                        int *d_out, size_t *need_out, char *msg) {
  const char *tn = t->name;
  size_t bpp = kiln_gpu_format_bytes(fmt);
  if (!bpp)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'format': unknown format %d", op, (int)fmt);
  if (fmt != t->format)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'format': %s does not match format %s of texture '%s'",
                     op, kiln_gpu_format_name(fmt), kiln_gpu_format_name(t->format), tn);
  if (r->level < 0 || r->level >= t->levels)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'level': %d out of range 0..%d of texture '%s'",
                     op, r->level, t->levels - 1, tn);
  int lw = imax(1, t->width >> r->level), lh = imax(1, t->height >> r->level);
  int lz = level_images(t, r->level);
  int d = r->d == 0 ? 1 : r->d;
  char lvl[32] = "";
  if (r->level > 0) snprintf(lvl, sizeof lvl, " at level %d", r->level);
  if (r->w < 1) return kiln_errf(msg, KILN_INVAL, "%s: field 'w': %d is not positive", op, r->w);
  if (r->h < 1) return kiln_errf(msg, KILN_INVAL, "%s: field 'h': %d is not positive", op, r->h);
  if (d < 1) return kiln_errf(msg, KILN_INVAL, "%s: field 'd': %d is not positive", op, r->d);
  if (r->x < 0) return kiln_errf(msg, KILN_INVAL, "%s: field 'x': %d is negative", op, r->x);
  if (r->y < 0) return kiln_errf(msg, KILN_INVAL, "%s: field 'y': %d is negative", op, r->y);
  if (r->z < 0) return kiln_errf(msg, KILN_INVAL, "%s: field 'z': %d is negative", op, r->z);
  if ((int64_t)r->x + r->w > lw)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'x': region %d+%d exceeds width %d of texture '%s'%s",
                     op, r->x, r->w, lw, tn, lvl);
  if ((int64_t)r->y + r->h > lh)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'y': region %d+%d exceeds height %d of texture '%s'%s",
                     op, r->y, r->h, lh, tn, lvl);
  if ((int64_t)r->z + d > lz) {
    static const char *const what[KILN_GPU_KIND_COUNT] = {"images", "layers", "slices", "faces",
                                                           "images", "layers", "layer-faces"};
    return kiln_errf(msg, KILN_INVAL, "%s: field 'z': region %d+%d exceeds the %d %s of %s texture '%s'%s",
                     op, r->z, d, lz, what[t->kind], kiln_gpu_kind_name(t->kind), tn, lvl);
  }
  size_t need = (size_t)r->w * (size_t)r->h * (size_t)d * bpp;
  if (len != need)
    return kiln_errf(msg, KILN_INVAL, "%s: field '%s': %zu bytes, but region %dx%dx%d of %s needs %zu",
                     op, datafield, len, r->w, r->h, d, kiln_gpu_format_name(fmt), need);
  *d_out = d;
  if (need_out) *need_out = need;
  return KILN_OK;
}

/* Deque growth (under mu; rare, amortised). */
static int grow(void **buf, size_t *cap, size_t *start, size_t count, size_t elem) {
  size_t ncap = *cap ? *cap * 2 : 64;
  unsigned char *nb = malloc(ncap * elem);
  if (!nb) return KILN_NOMEM;
  for (size_t i = 0; i < count; i++)
    memcpy(nb + i * elem, (unsigned char *)*buf + ((*start + i) & (*cap - 1)) * elem, elem);
  free(*buf);
  *buf = nb;
  *cap = ncap;
  *start = 0;
  return KILN_OK;
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
  c.ring_bytes = round_up(c.ring_bytes, RING_GRAIN);

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
  return check_render(gpu, "gl_context", false, msg);
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

  bool gl = is_gl(gpu->backend) && gpu->attached && pthread_equal(pthread_self(), gpu->render) &&
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
  pthread_cond_destroy(&gpu->idle);
  pthread_cond_destroy(&gpu->space);
  pthread_mutex_destroy(&gpu->mu);
  free(gpu);
}

/* ----------------------------------------------------------- textures -- */

static int check_desc(kiln_gpu *gpu, const char *op, const kiln_gpu_texture_desc *in,
                      kiln_gpu_texture_desc *d, char *msg) {
  *d = *in;
  if (!d->name || !d->name[0]) return kiln_errf(msg, KILN_INVAL, "%s: field 'name': missing", op);
  if (strlen(d->name) >= TEX_NAME_MAX)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'name': '%.40s...' is longer than %d bytes", op,
                     d->name, TEX_NAME_MAX - 1);
  const char *n = d->name;
  if ((unsigned)d->kind >= KILN_GPU_KIND_COUNT)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'kind': unknown kind %d for texture '%s'", op, (int)d->kind, n);
  if (!kiln_gpu_format_bytes(d->format))
    return kiln_errf(msg, KILN_INVAL, "%s: field 'format': unknown format %d for texture '%s'", op,
                     (int)d->format, n);
  bool cube = d->kind == KILN_GPU_TEX_CUBE || d->kind == KILN_GPU_TEX_CUBE_ARRAY;
  bool one_d = d->kind == KILN_GPU_TEX_1D || d->kind == KILN_GPU_TEX_1D_ARRAY;
  bool layered = d->kind == KILN_GPU_TEX_2D_ARRAY || d->kind == KILN_GPU_TEX_1D_ARRAY ||
                 d->kind == KILN_GPU_TEX_CUBE_ARRAY;
  int maxdim = d->kind == KILN_GPU_TEX_3D ? gpu->lim.tex3d : cube ? gpu->lim.cube : gpu->lim.tex2d;
  if (one_d && d->height == 0) d->height = 1;  /* 1d kinds have no height to give */
  if (d->width < 1) return kiln_errf(msg, KILN_INVAL, "%s: field 'width': %d is not positive (texture '%s')", op, d->width, n);
  if (d->height < 1) return kiln_errf(msg, KILN_INVAL, "%s: field 'height': %d is not positive (texture '%s')", op, d->height, n);
  if (d->width > maxdim)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'width': %d exceeds the GL limit %d for texture '%s'", op, d->width, maxdim, n);
  if (d->height > maxdim)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'height': %d exceeds the GL limit %d for texture '%s'", op, d->height, maxdim, n);
  if (cube && d->width != d->height)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'height': %s texture '%s' needs width == height (%d != %d)",
                     op, kiln_gpu_kind_name(d->kind), n, d->width, d->height);
  if (one_d && d->height != 1)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'height': %d given for %s texture '%s' (must be 0 or 1)",
                     op, d->height, kiln_gpu_kind_name(d->kind), n);
  if (d->layers == 0) d->layers = 1;
  if (d->depth == 0) d->depth = 1;
  if (layered) {
    /* a cube array's GL layers are its layer-faces */
    int maxl = d->kind == KILN_GPU_TEX_CUBE_ARRAY ? gpu->lim.layers / 6 : gpu->lim.layers;
    if (d->layers < 1 || d->layers > maxl)
      return kiln_errf(msg, KILN_INVAL, "%s: field 'layers': %d out of range 1..%d for texture '%s'", op,
                       d->layers, maxl, n);
  } else if (d->layers != 1) {
    return kiln_errf(msg, KILN_INVAL, "%s: field 'layers': %d given for %s texture '%s' (only 2d_array, "
                     "1d_array and cube_array have layers)", op, d->layers, kiln_gpu_kind_name(d->kind), n);
  }
  if (d->kind == KILN_GPU_TEX_3D) {
    if (d->depth < 1 || d->depth > gpu->lim.tex3d)
      return kiln_errf(msg, KILN_INVAL, "%s: field 'depth': %d out of range 1..%d for texture '%s'", op,
                       d->depth, gpu->lim.tex3d, n);
  } else if (d->depth != 1) {
    return kiln_errf(msg, KILN_INVAL, "%s: field 'depth': %d given for %s texture '%s' (only 3d has depth)",
                     op, d->depth, kiln_gpu_kind_name(d->kind), n);
  }
  int big = imax(d->width, d->height);
  if (d->kind == KILN_GPU_TEX_3D) big = imax(big, d->depth);
  int chain = 1;
  while (big >> chain) chain++;
  if (d->levels == 0) d->levels = chain;
  if (d->levels < 1 || d->levels > chain)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'levels': %d out of range 1..%d (the mip chain) for texture '%s'",
                     op, d->levels, chain, n);
  return KILN_OK;
}

/* GL's view of a texture's storage: 1, 2 or 3 dimensions, and its height
 * and depth there (1d arrays keep layers in height, cube arrays count
 * layer-faces). */
static int storage_dims(const kiln_gpu_texture_desc *d, int *h, int *z) {
  *h = d->height;
  *z = 1;
  switch (d->kind) {
  case KILN_GPU_TEX_1D: return 1;
  case KILN_GPU_TEX_1D_ARRAY: *h = d->layers; return 2;
  case KILN_GPU_TEX_2D: case KILN_GPU_TEX_CUBE: return 2;
  case KILN_GPU_TEX_3D: *z = d->depth; return 3;
  case KILN_GPU_TEX_CUBE_ARRAY: *z = 6 * d->layers; return 3;
  default: *z = d->layers; return 3;
  }
}

static int create_gl_texture(kiln_gpu *gpu, const kiln_gpu_texture_desc *d, GLuint *out, char *msg) {
  unsigned ifmt;
  kiln_gpu_format_gl(d->format, &ifmt, NULL, NULL);
  GLenum target = gl_target(d->kind);
  GLuint t = 0;
  int sh, sz, dims = storage_dims(d, &sh, &sz);
  for (int i = 0; i < 16 && glGetError() != GL_NO_ERROR; i++) {}  /* errors not ours */
  if (gpu->dsa) {
    glCreateTextures(target, 1, &t);
    if (dims == 1) glTextureStorage1D(t, d->levels, ifmt, d->width);
    else if (dims == 2) glTextureStorage2D(t, d->levels, ifmt, d->width, sh);
    else glTextureStorage3D(t, d->levels, ifmt, d->width, sh, sz);
  } else {
    GLint prev = 0;
    glGetIntegerv(binding_of[d->kind], &prev);
    glGenTextures(1, &t);
    glBindTexture(target, t);
    if (dims == 1) glTexStorage1D(target, d->levels, ifmt, d->width);
    else if (dims == 2) glTexStorage2D(target, d->levels, ifmt, d->width, sh);
    else glTexStorage3D(target, d->levels, ifmt, d->width, sh, sz);
    glBindTexture(target, (GLuint)prev);
  }
  GLenum e = glGetError();
  if (e != GL_NO_ERROR || !t) {
    if (t) glDeleteTextures(1, &t);
    return kiln_errf(msg, KILN_GL, "texture_new: GL error 0x%04x creating %dx%d %s %s storage for texture '%s'",
                     e, d->width, d->height, kiln_gpu_format_name(d->format), kiln_gpu_kind_name(d->kind), d->name);
  }
  *out = t;
  return KILN_OK;
}

static int alloc_cpu_copy(const kiln_gpu_texture_desc *d, unsigned char **out, size_t *level_off) {
  size_t bpp = kiln_gpu_format_bytes(d->format), total = 0;
  for (int l = 0; l < d->levels; l++) {
    level_off[l] = total;
    total += (size_t)imax(1, d->width >> l) * (size_t)imax(1, d->height >> l) *
             (size_t)level_images(d, l) * bpp;
  }
  *out = calloc(1, total);
  return *out ? KILN_OK : KILN_NOMEM;
}

/* Render thread: checks that the host's GL texture matches its description
 * (kind by binding it to the kind's target, then level 0's size and
 * internal format, then that the levels exist). Leaves bindings as found. */
static int check_host_texture(kiln_gpu *gpu, const kiln_gpu_texture_desc *d, GLuint name, char *msg) {
  const char *op = "texture_adopt", *n = d->name, *k = kiln_gpu_kind_name(d->kind);
  if (!name) return kiln_errf(msg, KILN_INVAL, "%s: field 'gl': 0 is not a GL texture (texture '%s')", op, n);
  while (glGetError() != GL_NO_ERROR) {}  /* errors not ours */
  if (!glIsTexture(name))
    return kiln_errf(msg, KILN_INVAL, "%s: field 'gl': %u is not a GL texture (created and bound?) for texture '%s'",
                     op, name, n);
  GLenum target = gl_target(d->kind);
  GLint prev = 0;
  glGetIntegerv(binding_of[d->kind], &prev);
  glBindTexture(target, name);
  if (glGetError() != GL_NO_ERROR)  /* a texture's target is fixed at its first binding */
    return kiln_errf(msg, KILN_INVAL, "%s: field 'kind': GL texture %u is not a %s texture (texture '%s')",
                     op, name, k, n);
  GLenum q = d->kind == KILN_GPU_TEX_CUBE ? GL_TEXTURE_CUBE_MAP_POSITIVE_X : target;
  GLint w = 0, h = 0, z = 0, ifmt = 0, immutable = 0, ilevels = 0, lw = 0;
  glGetTexLevelParameteriv(q, 0, GL_TEXTURE_WIDTH, &w);
  glGetTexLevelParameteriv(q, 0, GL_TEXTURE_HEIGHT, &h);
  glGetTexLevelParameteriv(q, 0, GL_TEXTURE_DEPTH, &z);
  glGetTexLevelParameteriv(q, 0, GL_TEXTURE_INTERNAL_FORMAT, &ifmt);
  glGetTexLevelParameteriv(q, d->levels - 1, GL_TEXTURE_WIDTH, &lw);
  glGetTexParameteriv(target, GL_TEXTURE_IMMUTABLE_FORMAT, &immutable);
  if (immutable) glGetTexParameteriv(target, GL_TEXTURE_IMMUTABLE_LEVELS, &ilevels);
  glBindTexture(target, (GLuint)prev);
  GLenum e = glGetError();
  if (e != GL_NO_ERROR)
    return kiln_errf(msg, KILN_GL, "%s: GL error 0x%04x querying GL texture %u for texture '%s'", op, e, name, n);
  int sh, sz;
  storage_dims(d, &sh, &sz);
  const char *hf = d->kind == KILN_GPU_TEX_1D_ARRAY ? "layers" : "height";
  const char *zf = d->kind == KILN_GPU_TEX_3D ? "depth" : "layers";
  if (w != d->width)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'width': GL texture %u is %d wide, texture '%s' says %d",
                     op, name, w, n, d->width);
  if (h != sh)
    return kiln_errf(msg, KILN_INVAL, "%s: field '%s': GL texture %u has height %d, %s texture '%s' needs %d",
                     op, hf, name, h, k, n, sh);
  if (z != sz)
    return kiln_errf(msg, KILN_INVAL, "%s: field '%s': GL texture %u has depth %d, %s texture '%s' needs %d",
                     op, zf, name, z, k, n, sz);
  unsigned want, base;
  kiln_gpu_format_gl(d->format, &want, &base, NULL);
  bool unorm8 = d->format == KILN_GPU_R8 || d->format == KILN_GPU_RG8 || d->format == KILN_GPU_RGBA8;
  if ((unsigned)ifmt != want && !(unorm8 && (unsigned)ifmt == base))  /* glTexImage2D(GL_RGBA) */
    return kiln_errf(msg, KILN_INVAL, "%s: field 'format': GL texture %u has internal format 0x%04x, %s "
                     "texture '%s' needs 0x%04x", op, name, (unsigned)ifmt, kiln_gpu_format_name(d->format), n, want);
  if (immutable ? ilevels < d->levels : lw != imax(1, d->width >> (d->levels - 1)))
    return kiln_errf(msg, KILN_INVAL, "%s: field 'levels': GL texture %u lacks level %d; texture '%s' has %d levels",
                     op, name, d->levels - 1, n, d->levels);
  return KILN_OK;
}

/* Creates a texture, or adopts the host's (adopt: host is its GL name). */
static int texture_add(kiln_gpu *gpu, const kiln_gpu_texture_desc *desc, bool adopt, GLuint host,
                       kiln_gpu_tex *id, char *msg) {
  const char *op = adopt ? "texture_adopt" : "texture_new";
  assert(gpu && desc && id);
  *id = 0;
  int rc = check_render(gpu, op, false, msg);
  if (rc != KILN_OK) return rc;
  kiln_gpu_texture_desc d;
  if ((rc = check_desc(gpu, op, desc, &d, msg)) != KILN_OK) return rc;

  pthread_mutex_lock(&gpu->mu);
  bool taken = tex_find(gpu, d.name) != NULL;
  pthread_mutex_unlock(&gpu->mu);
  if (taken) return kiln_errf(msg, KILN_EXISTS, "%s: field 'name': texture '%s' exists", op, d.name);

  /* Build everything outside the lock, then publish in one step. */
  GLuint gl = 0;
  unsigned char *cpu = NULL;
  size_t level_off[TEX_MAX_LEVELS] = {0};
  if (gpu->backend == KILN_GPU_NULL) {
    if (alloc_cpu_copy(&d, &cpu, level_off) != KILN_OK)
      return kiln_errf(msg, KILN_NOMEM, "%s: out of memory for texture '%s'", op, d.name);
  } else if (adopt) {
    if ((rc = check_host_texture(gpu, &d, host, msg)) != KILN_OK) return rc;
  } else if ((rc = create_gl_texture(gpu, &d, &gl, msg)) != KILN_OK) {
    return rc;
  }
  if (!is_gl(gpu->backend)) host = 0;  /* NULL backend: no GL name to keep */

  pthread_mutex_lock(&gpu->mu);
  struct tex *t = NULL;
  if (tex_find(gpu, d.name)) {  /* NULL backend: another thread won the race */
    rc = kiln_errf(msg, KILN_EXISTS, "%s: field 'name': texture '%s' exists", op, d.name);
    goto out;
  }
  for (unsigned i = 0; adopt && host && i < gpu->ntex; i++)
    if (gpu->tex[i].live && gpu->tex[i].gl == host) {  /* two owners would free it twice */
      rc = kiln_errf(msg, KILN_INVAL, "%s: field 'gl': GL texture %u is already texture '%s' (adopting '%s')",
                     op, host, gpu->tex[i].name, d.name);
      goto out;
    }
  for (unsigned i = 0; i < gpu->ntex; i++)
    if (!gpu->tex[i].live) { t = &gpu->tex[i]; break; }
  if (!t) {
    if (gpu->ntex == TEX_MAX_SLOTS) {
      rc = kiln_errf(msg, KILN_TOOBIG, "%s: more than %u textures", op, TEX_MAX_SLOTS);
      goto out;
    }
    if (gpu->ntex == gpu->tex_cap) {
      unsigned ncap = gpu->tex_cap ? gpu->tex_cap * 2 : 16;
      struct tex *nt = realloc(gpu->tex, ncap * sizeof *nt);
      if (!nt) { rc = kiln_errf(msg, KILN_NOMEM, "%s: out of memory", op); goto out; }
      gpu->tex = nt;
      gpu->tex_cap = ncap;
    }
    t = &gpu->tex[gpu->ntex++];
    memset(t, 0, sizeof *t);
  }
  uint16_t gen = (uint16_t)(t->gen + 1);
  if (gen == 0) gen = 1;
  memset(t, 0, sizeof *t);
  t->gen = gen;
  t->live = true;
  snprintf(t->name, sizeof t->name, "%s", d.name);
  t->hash = hash_name(t->name);
  t->desc = d;
  t->desc.name = t->name;
  t->gl = adopt ? host : gl;
  t->adopted = adopt;
  t->cpu = cpu;
  memcpy(t->level_off, level_off, sizeof level_off);
  gpu->tex_live++;
  *id = tex_id(gpu, t);
  gl = 0;
  cpu = NULL;
  /* desc.name pointers of other live textures moved with a realloc */
  for (unsigned i = 0; i < gpu->ntex; i++) gpu->tex[i].desc.name = gpu->tex[i].name;
out:
  pthread_mutex_unlock(&gpu->mu);
  if (gl) glDeleteTextures(1, &gl);
  free(cpu);
  return rc;
}

int kiln_gpu_texture_new(kiln_gpu *gpu, const kiln_gpu_texture_desc *desc, kiln_gpu_tex *id, char *msg) {
  return texture_add(gpu, desc, false, 0, id, msg);
}

int kiln_gpu_texture_adopt(kiln_gpu *gpu, const kiln_gpu_texture_desc *desc, unsigned gl_name,
                           kiln_gpu_tex *id, char *msg) {
  return texture_add(gpu, desc, true, gl_name, id, msg);
}

void kiln_gpu_texture_free(kiln_gpu *gpu, kiln_gpu_tex id) {
  assert(gpu);
  if (check_render(gpu, "texture_free", false, NULL) != KILN_OK) return;
  pthread_mutex_lock(&gpu->mu);
  struct tex *t = tex_get(gpu, id);
  GLuint gl = 0;
  unsigned char *cpu = NULL;
  if (t) {
    gl = t->adopted ? 0 : t->gl;  /* the host's texture stays the host's */
    cpu = t->cpu;
    t->live = false;
    t->gl = 0;
    t->cpu = NULL;
    gpu->tex_live--;
  }
  pthread_mutex_unlock(&gpu->mu);
  if (gl) glDeleteTextures(1, &gl);
  free(cpu);
}

int kiln_gpu_texture_free_name(kiln_gpu *gpu, const char *name, char *msg) {
  assert(gpu);
  int rc = check_render(gpu, "texture_free", false, msg);
  if (rc != KILN_OK) return rc;
  kiln_gpu_tex id;
  if (!name) return kiln_errf(msg, KILN_NOTFOUND, "texture_free: field 'name': missing");
  if (kiln_gpu_texture_find(gpu, name, &id) != KILN_OK)
    return kiln_errf(msg, KILN_NOTFOUND, "texture_free: field 'name': no texture named '%s'", name);
  kiln_gpu_texture_free(gpu, id);
  return KILN_OK;
}

int kiln_gpu_texture_find(kiln_gpu *gpu, const char *name, kiln_gpu_tex *id) {
  assert(gpu && id);
  *id = 0;
  if (!name) return KILN_NOTFOUND;
  pthread_mutex_lock(&gpu->mu);
  struct tex *t = tex_find(gpu, name);
  if (t) *id = tex_id(gpu, t);
  pthread_mutex_unlock(&gpu->mu);
  return t ? KILN_OK : KILN_NOTFOUND;
}

int kiln_gpu_texture_info(kiln_gpu *gpu, kiln_gpu_tex id, kiln_gpu_texture_desc *desc) {
  assert(gpu && desc);
  pthread_mutex_lock(&gpu->mu);
  struct tex *t = tex_get(gpu, id);
  if (t) *desc = t->desc;
  pthread_mutex_unlock(&gpu->mu);
  return t ? KILN_OK : KILN_NOTFOUND;
}

unsigned kiln_gpu_texture_gl(kiln_gpu *gpu, kiln_gpu_tex id) {
  assert(gpu);
  if (check_render(gpu, "texture_gl", false, NULL) != KILN_OK) return 0;
  pthread_mutex_lock(&gpu->mu);
  struct tex *t = tex_get(gpu, id);
  unsigned gl = t ? t->gl : 0;
  pthread_mutex_unlock(&gpu->mu);
  return gl;
}

/* Copies a region between a packed buffer and a level of a CPU copy. */
static void cpu_copy(unsigned char *level, int lw, int lh, const kiln_gpu_region *r, int d,
                     size_t bpp, unsigned char *packed, bool to_level) {
  size_t row = (size_t)r->w * bpp;
  for (int z = 0; z < d; z++)
    for (int y = 0; y < r->h; y++) {
      unsigned char *tp = level + (((size_t)(r->z + z) * lh + (size_t)(r->y + y)) * lw + (size_t)r->x) * bpp;
      unsigned char *pp = packed + ((size_t)z * r->h + (size_t)y) * row;
      if (to_level) memcpy(tp, pp, row);
      else memcpy(pp, tp, row);
    }
}

static int read_gl(kiln_gpu *gpu, const struct tex *t, const kiln_gpu_region *r, int d,
                   void *out, size_t len, char *msg) {
  const kiln_gpu_texture_desc *td = &t->desc;
  unsigned fmt, type;
  kiln_gpu_format_gl(td->format, NULL, &fmt, &type);
  size_t bpp = kiln_gpu_format_bytes(td->format);
  while (glGetError() != GL_NO_ERROR) {}
  glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  if (gpu->dsa && td->kind == KILN_GPU_TEX_1D_ARRAY) {  /* layers are GL's rows */
    glGetTextureSubImage(t->gl, r->level, r->x, r->z, 0, r->w, d, 1, fmt, type, (GLsizei)len, out);
  } else if (gpu->dsa) {
    glGetTextureSubImage(t->gl, r->level, r->x, r->y, r->z, r->w, r->h, d, fmt, type, (GLsizei)len, out);
  } else {
    /* glGetTexImage reads whole images: read the level, then crop. */
    int lw = imax(1, td->width >> r->level), lh = imax(1, td->height >> r->level);
    bool cube = td->kind == KILN_GPU_TEX_CUBE;
    int images = cube ? 1 : level_images(td, r->level);
    size_t img = (size_t)lw * lh * bpp;
    unsigned char *tmp = malloc(img * (size_t)images);
    if (!tmp) return kiln_errf(msg, KILN_NOMEM, "read_texture: out of memory");
    GLenum target = gl_target(td->kind);
    GLint prev = 0;
    glGetIntegerv(binding_of[td->kind], &prev);
    glBindTexture(target, t->gl);
    for (int z = 0; z < d; z++) {
      if (cube) glGetTexImage(GL_TEXTURE_CUBE_MAP_POSITIVE_X + (GLenum)(r->z + z), r->level, fmt, type, tmp);
      else if (z == 0) glGetTexImage(target, r->level, fmt, type, tmp);
      kiln_gpu_region one = *r;
      one.z = cube ? 0 : r->z + z;
      one.d = 1;
      cpu_copy(tmp, lw, lh, &one, 1, bpp,
               (unsigned char *)out + (size_t)z * r->w * r->h * bpp, false);
    }
    glBindTexture(target, (GLuint)prev);
    free(tmp);
  }
  glPixelStorei(GL_PACK_ALIGNMENT, 4);
  GLenum e = glGetError();
  if (e != GL_NO_ERROR)
    return kiln_errf(msg, KILN_GL, "read_texture: GL error 0x%04x reading texture '%s'", e, td->name);
  return KILN_OK;
}

int kiln_gpu_read_texture(kiln_gpu *gpu, kiln_gpu_tex id, const kiln_gpu_region *region,
                          void *out, size_t len, char *msg) {
  assert(gpu && region);
  int rc = check_render(gpu, "read_texture", false, msg);
  if (rc != KILN_OK) return rc;
  pthread_mutex_lock(&gpu->mu);
  struct tex *tp = tex_get(gpu, id);
  struct tex t;
  if (tp) t = *tp;
  pthread_mutex_unlock(&gpu->mu);
  if (!tp) return kiln_errf(msg, KILN_NOTFOUND, "read_texture: field 'texture': no texture with id 0x%x", id);
  t.desc.name = t.name;
  int d;
  if ((rc = check_region("read_texture", "out", &t.desc, t.desc.format, region, len, &d, NULL, msg)) != KILN_OK)
    return rc;
  if (!out) return kiln_errf(msg, KILN_INVAL, "read_texture: field 'out': NULL");
  if (gpu->backend != KILN_GPU_NULL) {
    kiln_gpu_pixstore host;  /* read_gl sets pack state: give the host its own back */
    kiln_gpu_pack_enter(&host);
    rc = read_gl(gpu, &t, region, d, out, len, msg);
    kiln_gpu_pack_leave(&host);
    return rc;
  }
  int l = region->level;
  cpu_copy(t.cpu + t.level_off[l], imax(1, t.desc.width >> l), imax(1, t.desc.height >> l), region, d,
           kiln_gpu_format_bytes(t.desc.format), out, false);
  return KILN_OK;
}

/* ------------------------------------------------------------- worker -- */

static struct rec *rec_at(kiln_gpu *gpu, size_t i) {
  return &gpu->rec[(gpu->rec_start + i) & (gpu->rec_cap - 1)];
}

/* Under mu: the ring counters for n bytes, or false when they do not fit. */
static bool ring_fit(kiln_gpu *gpu, size_t n, uint64_t *begin) {
  if (gpu->head == gpu->tail) {  /* empty: restart at offset 0 */
    uint64_t b = (gpu->head + gpu->cap - 1) / gpu->cap * gpu->cap;
    gpu->head = gpu->tail = b;
  }
  uint64_t b = gpu->head;
  if (b % gpu->cap + n > gpu->cap) b = (b / gpu->cap + 1) * gpu->cap;  /* skip the end */
  if (b + n - gpu->tail > gpu->cap) return false;
  *begin = b;
  return true;
}

int kiln_gpu_stage(kiln_gpu *gpu, const kiln_gpu_upload *up, const void *data, size_t len,
                   uint64_t session, uint64_t *seq, char *msg) {
  const char *op = "stage_texture";
  assert(gpu && up);
  if (seq) *seq = 0;

  pthread_mutex_lock(&gpu->mu);
  if (gpu->closed) {
    pthread_mutex_unlock(&gpu->mu);
    return kiln_errf(msg, KILN_CANCELED, "%s: gpu is shutting down", op);
  }
  if (is_gl(gpu->backend) && !gpu->attached) {
    pthread_mutex_unlock(&gpu->mu);
    return kiln_errf(msg, KILN_AGAIN, "%s: gpu is not attached to a GL context yet", op);
  }
  struct tex *tp = up->id ? tex_get(gpu, up->id) : up->texture ? tex_find(gpu, up->texture) : NULL;
  kiln_gpu_texture_desc td;
  char tname[TEX_NAME_MAX];
  kiln_gpu_tex id = 0;
  bool freed = false;  /* a dead slot keeps its name until reused */
  for (unsigned i = 0; !tp && up->texture && i < gpu->ntex && !freed; i++)
    freed = !gpu->tex[i].live && strcmp(gpu->tex[i].name, up->texture) == 0;
  if (tp) {
    td = tp->desc;
    memcpy(tname, tp->name, sizeof tname);
    td.name = tname;
    id = tex_id(gpu, tp);
  }
  pthread_mutex_unlock(&gpu->mu);
  if (!tp) {
    if (up->id)
      return kiln_errf(msg, KILN_NOTFOUND, "%s: field 'texture': no texture with id 0x%x (freed?)", op, up->id);
    if (!up->texture) return kiln_errf(msg, KILN_NOTFOUND, "%s: field 'texture': missing", op);
    return kiln_errf(msg, KILN_NOTFOUND, "%s: field 'texture': no texture named '%s'%s", op, up->texture,
                     freed ? " (it was freed)" : "");
  }
  int d;
  int rc = check_region(op, "data", &td, up->format, &up->region, len, &d, NULL, msg);
  if (rc != KILN_OK) return rc;
  if (!data) return kiln_errf(msg, KILN_INVAL, "%s: field 'data': NULL", op);
  size_t n = round_up(len, STAGE_ALIGN);
  if (n > gpu->cap)
    return kiln_errf(msg, KILN_TOOBIG, "%s: field 'data': %zu-byte upload to texture '%s' exceeds the %zu-byte staging ring",
                     op, len, tname, gpu->cap);

  /* Reserve: tickets serve reservations in arrival order, so a large
   * upload is not starved by a stream of small ones. */
  pthread_mutex_lock(&gpu->mu);
  gpu->users++;
  uint64_t begin = 0;
  if (gpu->render_known && pthread_equal(pthread_self(), gpu->render)) {
    /* Only commit frees space, and it runs on this thread: never wait. */
    if (!gpu->closed && (gpu->next_ticket != gpu->serving || !ring_fit(gpu, n, &begin))) {
      rc = kiln_errf(msg, KILN_AGAIN, "%s: staging ring full (%zu of %zu bytes in use) and the render thread "
                     "cannot wait for its own commit", op, (size_t)(gpu->head - gpu->tail), gpu->cap);
      goto unlock;
    }
    gpu->next_ticket++;
  } else {
    uint64_t ticket = gpu->next_ticket++;
    bool waited = false;
    while (!gpu->closed && (ticket != gpu->serving || !ring_fit(gpu, n, &begin))) {
      if (!waited) { gpu->st.stalls++; waited = true; }
      gpu->waiters++;
      pthread_cond_wait(&gpu->space, &gpu->mu);
      gpu->waiters--;
    }
  }
  if (gpu->closed) {
    rc = kiln_errf(msg, KILN_CANCELED, "%s: gpu shut down while waiting for ring space", op);
  } else if (gpu->rec_count == gpu->rec_cap &&
             grow((void **)&gpu->rec, &gpu->rec_cap, &gpu->rec_start, gpu->rec_count, sizeof *gpu->rec) != KILN_OK) {
    rc = kiln_errf(msg, KILN_NOMEM, "%s: out of memory", op);
    gpu->serving++;
  } else {
    gpu->head = begin + n;
    gpu->serving++;
    struct rec *r = rec_at(gpu, gpu->rec_count++);
    *r = (struct rec){.seq = gpu->next_seq++, .session = session, .begin = begin, .end = begin + n,
                      .len = len, .id = id, .format = up->format, .r = up->region, .ready = false};
    r->r.d = d;
    if (seq) *seq = r->seq;
    gpu->st.staged++;
    gpu->st.bytes_staged += len;
  }
  if (gpu->waiters) pthread_cond_broadcast(&gpu->space);  /* next ticket may fit */
  if (rc != KILN_OK) {
  unlock:
    if (--gpu->users == 0 && gpu->closed) pthread_cond_broadcast(&gpu->idle);
    pthread_mutex_unlock(&gpu->mu);
    return rc;
  }
  unsigned char *dst = gpu->ring + begin % gpu->cap;
  uint64_t my_seq = gpu->next_seq - 1;
  pthread_mutex_unlock(&gpu->mu);

  memcpy(dst, data, len);

  pthread_mutex_lock(&gpu->mu);
  /* commit pops only ready records, so ours is still in the deque */
  rec_at(gpu, (size_t)(my_seq - rec_at(gpu, 0)->seq))->ready = true;
  if (--gpu->users == 0 && gpu->closed) pthread_cond_broadcast(&gpu->idle);
  pthread_mutex_unlock(&gpu->mu);
  return KILN_OK;
}

int kiln_gpu_release_after(kiln_gpu *gpu, size_t bytes) {
  assert(gpu);
  pthread_mutex_lock(&gpu->mu);
  int rc = KILN_OK;
  if (gpu->rel_count == gpu->rel_cap)
    rc = grow((void **)&gpu->rel, &gpu->rel_cap, &gpu->rel_start, gpu->rel_count, sizeof *gpu->rel);
  if (rc == KILN_OK) {
    gpu->rel[(gpu->rel_start + gpu->rel_count++) & (gpu->rel_cap - 1)] =
        (struct release){gpu->next_seq - 1, bytes};
  }
  pthread_mutex_unlock(&gpu->mu);
  return rc;
}

void kiln_gpu_set_release_cb(kiln_gpu *gpu, kiln_gpu_release_fn fn, void *ud) {
  assert(gpu);
  pthread_mutex_lock(&gpu->mu);
  gpu->release_fn = fn;
  gpu->release_ud = ud;
  pthread_mutex_unlock(&gpu->mu);
}

size_t kiln_gpu_capacity(const kiln_gpu *gpu) { return gpu->cap; }

uint64_t kiln_gpu_issued_seq(const kiln_gpu *gpu) {
  return atomic_load_explicit(&((kiln_gpu *)gpu)->issued_seq, memory_order_acquire);
}

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

/* ------------------------------------------------------------- commit -- */

/* Render thread: frees ring space up to (end, seq) and wakes workers. */
static void retire_to(kiln_gpu *gpu, uint64_t end, uint64_t seq, unsigned fences_done) {
  pthread_mutex_lock(&gpu->mu);
  if (end > gpu->tail) gpu->tail = end;
  if (seq > gpu->retired_seq) gpu->retired_seq = seq;
  gpu->st.fences -= fences_done;
  if (gpu->waiters) pthread_cond_broadcast(&gpu->space);
  pthread_mutex_unlock(&gpu->mu);
}

/* Render thread: pops markers from the front whose fence has signalled
 * (zero timeout; poll=false only pops fence-less markers). */
static unsigned retire_markers(kiln_gpu *gpu, bool poll) {
  uint64_t end = 0, seq = 0;
  unsigned fences = 0;
  bool any = false;
  GLbitfield flush = GL_SYNC_FLUSH_COMMANDS_BIT;  /* so an old fence cannot stay unsubmitted */
  while (gpu->mk_count) {
    struct marker *m = &gpu->mk[gpu->mk_start];
    if (m->sync) {
      if (!poll) break;
      GLenum s = glClientWaitSync(m->sync, flush, 0);
      flush = 0;
      if (s == GL_TIMEOUT_EXPIRED) break;
      /* SIGNALED, or WAIT_FAILED (a lost context will never signal) */
      glDeleteSync(m->sync);
      fences++;
    }
    end = m->end;
    seq = m->last_seq;
    any = true;
    gpu->mk_start = (gpu->mk_start + 1) & (gpu->mk_cap - 1);
    gpu->mk_count--;
  }
  if (any) retire_to(gpu, end, seq, fences);
  return fences;
}

static int push_marker(kiln_gpu *gpu, GLsync sync, uint64_t end, uint64_t seq) {
  if (gpu->mk_count == gpu->mk_cap &&
      grow((void **)&gpu->mk, &gpu->mk_cap, &gpu->mk_start, gpu->mk_count, sizeof *gpu->mk) != KILN_OK)
    return KILN_NOMEM;
  gpu->mk[(gpu->mk_start + gpu->mk_count++) & (gpu->mk_cap - 1)] = (struct marker){sync, end, seq};
  return KILN_OK;
}

/* Only once something is issued: an empty commit queries no state. */
static void gl_setup(kiln_gpu *gpu) {
  kiln_gpu_unpack_enter(&gpu->host_unpack, gpu->backend == KILN_GPU_RING ? gpu->ring_buf : 0);
  gpu->unpack_align = gpu->host_unpack.align;
  if (!gpu->dsa)
    for (int k = 0; k < KILN_GPU_KIND_COUNT; k++) glGetIntegerv(binding_of[k], &gpu->saved_bind[k]);
}

static void gl_teardown(kiln_gpu *gpu) {
  kiln_gpu_unpack_leave(&gpu->host_unpack, gpu->unpack_align);
  if (!gpu->dsa)
    for (int k = 0; k < KILN_GPU_KIND_COUNT; k++)
      glBindTexture(gl_target((kiln_gpu_kind)k), (GLuint)gpu->saved_bind[k]);
}

static void gl_issue(kiln_gpu *gpu, const struct job *j, const unsigned char *src) {
  const kiln_gpu_region *r = &j->rec.r;
  unsigned fmt, type;
  kiln_gpu_format_gl(j->rec.format, NULL, &fmt, &type);
  size_t row = (size_t)r->w * j->bpp;
  int align = row % 8 == 0 ? 8 : row % 4 == 0 ? 4 : row % 2 == 0 ? 2 : 1;
  if (align != gpu->unpack_align) {
    glPixelStorei(GL_UNPACK_ALIGNMENT, align);
    gpu->unpack_align = align;
  }
  if (gpu->dsa) {
    if (j->kind == KILN_GPU_TEX_2D)
      glTextureSubImage2D(j->gl, r->level, r->x, r->y, r->w, r->h, fmt, type, src);
    else if (j->kind == KILN_GPU_TEX_1D)
      glTextureSubImage1D(j->gl, r->level, r->x, r->w, fmt, type, src);
    else if (j->kind == KILN_GPU_TEX_1D_ARRAY)  /* layers are GL's rows */
      glTextureSubImage2D(j->gl, r->level, r->x, r->z, r->w, r->d, fmt, type, src);
    else  /* cube faces are layers to the DSA entry points */
      glTextureSubImage3D(j->gl, r->level, r->x, r->y, r->z, r->w, r->h, r->d, fmt, type, src);
    return;
  }
  GLenum target = gl_target(j->kind);
  glBindTexture(target, j->gl);
  switch (j->kind) {
  case KILN_GPU_TEX_2D:
    glTexSubImage2D(target, r->level, r->x, r->y, r->w, r->h, fmt, type, src);
    break;
  case KILN_GPU_TEX_1D:
    glTexSubImage1D(target, r->level, r->x, r->w, fmt, type, src);
    break;
  case KILN_GPU_TEX_1D_ARRAY:
    glTexSubImage2D(target, r->level, r->x, r->z, r->w, r->d, fmt, type, src);
    break;
  case KILN_GPU_TEX_CUBE:
    for (int f = 0; f < r->d; f++)
      glTexSubImage2D(GL_TEXTURE_CUBE_MAP_POSITIVE_X + (GLenum)(r->z + f), r->level, r->x, r->y, r->w, r->h,
                      fmt, type, src + (size_t)f * row * (size_t)r->h);
    break;
  default:
    glTexSubImage3D(target, r->level, r->x, r->y, r->z, r->w, r->h, r->d, fmt, type, src);
  }
}

/* Issues (or drops) n taken jobs; no lock held. */
static void issue_jobs(kiln_gpu *gpu, struct job *jobs, unsigned n, bool *setup) {
  if (gpu->backend == KILN_GPU_NULL) {
    for (unsigned i = 0; i < n; i++)
      if (!jobs[i].drop)
        cpu_copy(jobs[i].cpu_level, jobs[i].lw, jobs[i].lh, &jobs[i].rec.r, jobs[i].rec.r.d, jobs[i].bpp,
                 gpu->ring + jobs[i].rec.begin % gpu->cap, true);
    return;
  }
  bool any = false;
  for (unsigned i = 0; i < n && !any; i++) any = !jobs[i].drop;
  if (!any) return;
  if (!*setup) { gl_setup(gpu); *setup = true; }
  if (gpu->backend == KILN_GPU_PBO) {
    /* One orphaned buffer per batch: the driver hands out fresh storage
     * instead of waiting for uploads still reading the old one. */
    size_t total = 0;
    for (unsigned i = 0; i < n; i++)
      if (!jobs[i].drop) { jobs[i].pbo_off = total; total += round_up(jobs[i].rec.len, STAGE_ALIGN); }
    glBindBuffer(GL_PIXEL_UNPACK_BUFFER, gpu->pbo[gpu->pbo_next]);
    gpu->pbo_next = (gpu->pbo_next + 1) % PBO_POOL;
    glBufferData(GL_PIXEL_UNPACK_BUFFER, (GLsizeiptr)total, NULL, GL_STREAM_DRAW);
    for (unsigned i = 0; i < n; i++)
      if (!jobs[i].drop)
        glBufferSubData(GL_PIXEL_UNPACK_BUFFER, (GLintptr)jobs[i].pbo_off, (GLsizeiptr)jobs[i].rec.len,
                        gpu->ring + jobs[i].rec.begin % gpu->cap);
  }
  for (unsigned i = 0; i < n; i++) {
    const struct job *j = &jobs[i];
    if (j->drop) continue;
    const unsigned char *src;
    switch (gpu->backend) {
    case KILN_GPU_RING: src = (const unsigned char *)(uintptr_t)(j->rec.begin % gpu->cap); break;
    case KILN_GPU_PBO: src = (const unsigned char *)(uintptr_t)j->pbo_off; break;
    default: src = gpu->ring + j->rec.begin % gpu->cap; break;
    }
    gl_issue(gpu, j, src);
  }
}

/* Render thread: a fence to poll or an upload to take. libglvnd's
 * glXGetCurrentContext costs a getpid() syscall: an idle commit skips it. */
static bool commit_may_gl(kiln_gpu *gpu) {
  if (gpu->mk_count) return true;
  pthread_mutex_lock(&gpu->mu);
  bool work = gpu->rec_count && rec_at(gpu, 0)->ready;
  pthread_mutex_unlock(&gpu->mu);
  return work;
}

int kiln_gpu_commit(kiln_gpu *gpu, const kiln_gpu_budget *budget, uint64_t current_session,
                    kiln_gpu_commit_result *res) {
  assert(gpu);
  uint64_t t0 = now_ns();
  kiln_gpu_commit_result out = {0};
  int rc = check_render(gpu, "commit", true, NULL);
  if (rc == KILN_OK && is_gl(gpu->backend) && commit_may_gl(gpu))
    rc = kiln_gpu_ctx_check(&gpu->glctx, "commit", NULL);
  if (rc != KILN_OK) {
    if (res) *res = out;
    return rc;
  }
  bool ring = gpu->backend == KILN_GPU_RING;
  if (ring) out.fences_retired = retire_markers(gpu, true);

  unsigned max_n = budget && budget->max_uploads ? budget->max_uploads : UINT_MAX;
  size_t max_b = budget && budget->max_upload_bytes ? budget->max_upload_bytes : SIZE_MAX;
  bool stop = false, setup = false, any = false;
  uint64_t last_end = 0, last_seq = 0;
  while (!stop) {
    unsigned n = 0;
    pthread_mutex_lock(&gpu->mu);
    while (n < BATCH && gpu->rec_count && rec_at(gpu, 0)->ready) {
      struct rec *r = rec_at(gpu, 0);
      struct tex *t = tex_get(gpu, r->id);
      bool drop = !t || r->session < current_session;
      if (!drop) {
        if (out.issued == max_n || (out.issued > 0 && r->len > max_b - out.bytes)) { stop = true; break; }
        if (out.issued == 0 && r->len > max_b) { out.oversized = 1; stop = true; }
        out.issued++;
        out.bytes += r->len;
      } else {
        out.dropped++;
      }
      struct job *j = &gpu->jobs[n++];
      j->rec = *r;
      j->drop = drop;
      if (!drop) {
        j->gl = t->gl;
        j->kind = t->desc.kind;
        j->bpp = kiln_gpu_format_bytes(t->desc.format);
        j->lw = imax(1, t->desc.width >> r->r.level);
        j->lh = imax(1, t->desc.height >> r->r.level);
        j->cpu_level = t->cpu ? t->cpu + t->level_off[r->r.level] : NULL;
      }
      gpu->rec_start = (gpu->rec_start + 1) & (gpu->rec_cap - 1);
      gpu->rec_count--;
      if (stop) break;
    }
    if (n < BATCH) stop = true;  /* queue empty, budget spent or a copy in progress */
    pthread_mutex_unlock(&gpu->mu);
    if (n == 0) break;

    issue_jobs(gpu, gpu->jobs, n, &setup);
    any = true;
    last_end = gpu->jobs[n - 1].rec.end;
    last_seq = gpu->jobs[n - 1].rec.seq;
    atomic_store_explicit(&gpu->issued_seq, last_seq, memory_order_release);
    /* Without a GPU-visible ring the copy is done once the call returns. */
    if (!ring) retire_to(gpu, last_end, last_seq, 0);
  }
  if (ring && any) {
    GLsync s = out.issued ? glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0) : 0;
    if (push_marker(gpu, s, last_end, last_seq) != KILN_OK) {
      /* Cannot track it: wait it out rather than lose ring space. Only on
       * allocation failure, never in normal running. */
      if (s) { glClientWaitSync(s, GL_SYNC_FLUSH_COMMANDS_BIT, UINT64_MAX); glDeleteSync(s); }
      retire_to(gpu, last_end, last_seq, 0);
      rc = KILN_NOMEM;
    } else if (s) {
      pthread_mutex_lock(&gpu->mu);
      gpu->st.fences++;
      pthread_mutex_unlock(&gpu->mu);
    }
  }
  if (setup) gl_teardown(gpu);
  if (ring) retire_markers(gpu, false);  /* drops-only batches free at once */

  /* Stats and releases in one locked step; the callback runs unlocked. */
  size_t released = 0;
  pthread_mutex_lock(&gpu->mu);
  gpu->st.issued += out.issued;
  gpu->st.dropped += out.dropped;
  gpu->st.bytes_issued += out.bytes;
  while (gpu->rel_count && gpu->rel[gpu->rel_start].after_seq <= gpu->retired_seq) {
    released += gpu->rel[gpu->rel_start].bytes;
    gpu->rel_start = (gpu->rel_start + 1) & (gpu->rel_cap - 1);
    gpu->rel_count--;
  }
  kiln_gpu_release_fn fn = gpu->release_fn;
  void *ud = gpu->release_ud;
  pthread_mutex_unlock(&gpu->mu);
  if (released && fn) fn(ud, released);

  out.ns = now_ns() - t0;
  if (res) *res = out;
  return rc;
}
