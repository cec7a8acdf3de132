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
 * strictly in FIFO order: uploads may be issued out of seq (= ring) order
 * by priority, but a commit pops only the prefix of records that were all
 * issued or dropped, as one marker {fence, end counter, last seq}, and
 * markers retire in order. */
#include "gpu.h"
#include "gpu_context.h"
#include "gpu_format.h"

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
  int priority;                 /* commit issues higher first */
  bool ready;                   /* copy finished */
  bool taken;                   /* issued or dropped; popped once all before it are */
  bool issued;                  /* taken and handed to GL (needs a fence) */
};

struct cand { int priority; uint32_t idx; };  /* commit: a ready record, by deque index */

struct job {                    /* a record taken by commit */
  struct rec rec;
  bool drop;
  GLuint gl;
  kiln_gpu_kind kind;
  size_t bpp;
  kiln_gpu_format tfmt;         /* the texture's (rec.format is the data's) */
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
  size_t rec_ready;             /* ready and not taken: an idle commit checks only this */
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
  struct cand *cand;            /* commit scratch: ready records in issue order */
  size_t cand_cap;
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
  if (!kiln_gpu_format_bytes(fmt))
    return kiln_errf(msg, KILN_INVAL, "%s: field 'format': unknown format %d", op, (int)fmt);
  if (!kiln_gpu_format_converts(fmt, t->format))
    return kiln_errf(msg, KILN_INVAL, "%s: field 'format': %s does not match format %s of texture '%s' "
                     "(GL converts only float to float, 8-bit unorm to unorm/sRGB, 16-bit unorm to 16-bit "
                     "unorm of the same channel count; integer and compressed data only to their own format)",
                     op, kiln_gpu_format_name(fmt), kiln_gpu_format_name(t->format), tn);
  bool block = kiln_gpu_format_compressed(fmt);
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
  if (block) {  /* GL takes whole 4x4 blocks; only the level's last ones may be partial */
    const char *fn = kiln_gpu_format_name(fmt);
    if (r->x % 4) return kiln_errf(msg, KILN_INVAL, "%s: field 'x': %d is not a multiple of 4 (4x4 blocks "
                                   "of %s texture '%s')%s", op, r->x, fn, tn, lvl);
    if (r->y % 4) return kiln_errf(msg, KILN_INVAL, "%s: field 'y': %d is not a multiple of 4 (4x4 blocks "
                                   "of %s texture '%s')%s", op, r->y, fn, tn, lvl);
    if (r->w % 4 && r->x + r->w != lw)
      return kiln_errf(msg, KILN_INVAL, "%s: field 'w': %d is not a multiple of 4 and %d+%d does not end at "
                       "width %d (4x4 blocks of %s texture '%s')%s", op, r->w, r->x, r->w, lw, fn, tn, lvl);
    if (r->h % 4 && r->y + r->h != lh)
      return kiln_errf(msg, KILN_INVAL, "%s: field 'h': %d is not a multiple of 4 and %d+%d does not end at "
                       "height %d (4x4 blocks of %s texture '%s')%s", op, r->h, r->y, r->h, lh, fn, tn, lvl);
  }
  size_t need = kiln_gpu_format_size(fmt, r->w, r->h, d);
  if (len != need) {
    char blocks[64] = "";
    if (block) snprintf(blocks, sizeof blocks, " (%dx%dx%d blocks of %zu bytes)", (r->w + 3) / 4,
                        (r->h + 3) / 4, d, kiln_gpu_format_bytes(fmt));
    return kiln_errf(msg, KILN_INVAL, "%s: field '%s': %zu bytes, but region %dx%dx%d of %s needs %zu%s",
                     op, datafield, len, r->w, r->h, d, kiln_gpu_format_name(fmt), need, blocks);
  }
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
  free(gpu->cand);
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
  if (kiln_gpu_format_compressed(d->format) && d->kind != KILN_GPU_TEX_2D && d->kind != KILN_GPU_TEX_2D_ARRAY &&
      d->kind != KILN_GPU_TEX_CUBE && d->kind != KILN_GPU_TEX_CUBE_ARRAY)  /* GL has no 1d or 3d S3TC/RGTC */
    return kiln_errf(msg, KILN_INVAL, "%s: field 'kind': compressed format %s needs a 2d, 2d_array, cube or "
                     "cube_array texture, not %s (texture '%s')", op, kiln_gpu_format_name(d->format),
                     kiln_gpu_kind_name(d->kind), n);
  if ((unsigned)d->filter >= KILN_GPU_FILTER_COUNT)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'filter': unknown filter %d for texture '%s'", op, (int)d->filter, n);
  if ((unsigned)d->wrap >= KILN_GPU_WRAP_COUNT)
    return kiln_errf(msg, KILN_INVAL, "%s: field 'wrap': unknown wrap %d for texture '%s'", op, (int)d->wrap, n);
  if ((d->format == KILN_GPU_R8UI || d->format == KILN_GPU_R32UI) &&
      (d->filter == KILN_GPU_FILTER_LINEAR || d->filter == KILN_GPU_FILTER_TRILINEAR))  /* else incomplete */
    return kiln_errf(msg, KILN_INVAL, "%s: field 'filter': %s on integer format %s texture '%s' (integer "
                     "textures sample only with nearest)", op, kiln_gpu_filter_name(d->filter),
                     kiln_gpu_format_name(d->format), n);
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

/* Render thread: the desc's sampler state on texture t (bound to target
 * unless dsa); a 0 field leaves GL's default. */
static void set_sampler(GLuint t, GLenum target, bool dsa, const kiln_gpu_texture_desc *d) {
  static const GLint minf[KILN_GPU_FILTER_COUNT] = {0, GL_NEAREST, GL_LINEAR, GL_LINEAR_MIPMAP_LINEAR};
  static const GLint magf[KILN_GPU_FILTER_COUNT] = {0, GL_NEAREST, GL_LINEAR, GL_LINEAR};
  static const GLint wrap[KILN_GPU_WRAP_COUNT] = {0, GL_REPEAT, GL_CLAMP_TO_EDGE, GL_MIRRORED_REPEAT};
  GLenum pn[5] = {GL_TEXTURE_MIN_FILTER, GL_TEXTURE_MAG_FILTER, GL_TEXTURE_WRAP_S, GL_TEXTURE_WRAP_T,
                  GL_TEXTURE_WRAP_R};
  GLint v[5] = {minf[d->filter], magf[d->filter], wrap[d->wrap], wrap[d->wrap], wrap[d->wrap]};
  for (int i = 0; i < 5; i++) {
    if (!v[i]) continue;
    if (dsa) glTextureParameteri(t, pn[i], v[i]);
    else glTexParameteri(target, pn[i], v[i]);
  }
}

static int create_gl_texture(kiln_gpu *gpu, const kiln_gpu_texture_desc *d, GLuint *out, char *msg) {
  unsigned ifmt;
  kiln_gpu_format_gl(d->format, &ifmt, NULL, NULL);
  const char *ext = kiln_gpu_format_missing_ext(d->format);
  if (ext)
    return kiln_errf(msg, KILN_GL, "texture_new: field 'format': %s needs %s, which this GL context lacks "
                     "(texture '%s')", kiln_gpu_format_name(d->format), ext, d->name);
  GLenum target = gl_target(d->kind);
  GLuint t = 0;
  int sh, sz, dims = storage_dims(d, &sh, &sz);
  for (int i = 0; i < 16 && glGetError() != GL_NO_ERROR; i++) {}  /* errors not ours */
  if (gpu->dsa) {
    glCreateTextures(target, 1, &t);
    if (dims == 1) glTextureStorage1D(t, d->levels, ifmt, d->width);
    else if (dims == 2) glTextureStorage2D(t, d->levels, ifmt, d->width, sh);
    else glTextureStorage3D(t, d->levels, ifmt, d->width, sh, sz);
    set_sampler(t, target, true, d);
  } else {
    GLint prev = 0;
    glGetIntegerv(binding_of[d->kind], &prev);
    glGenTextures(1, &t);
    glBindTexture(target, t);
    if (dims == 1) glTexStorage1D(target, d->levels, ifmt, d->width);
    else if (dims == 2) glTexStorage2D(target, d->levels, ifmt, d->width, sh);
    else glTexStorage3D(target, d->levels, ifmt, d->width, sh, sz);
    set_sampler(t, target, false, d);
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
  size_t total = 0;
  for (int l = 0; l < d->levels; l++) {  /* compressed: whole blocks, as GL keeps them */
    level_off[l] = total;
    total += kiln_gpu_format_size(d->format, imax(1, d->width >> l), imax(1, d->height >> l),
                                  level_images(d, l));
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
  bool unorm8 = d->format == KILN_GPU_R8 || d->format == KILN_GPU_RG8 || d->format == KILN_GPU_RGB8 ||
                d->format == KILN_GPU_RGBA8;
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
  if (adopt && (d.filter || d.wrap))  /* the host's texture, the host's sampler state */
    return kiln_errf(msg, KILN_INVAL, "%s: field '%s': adopted texture '%s' keeps the host's sampler state "
                     "(leave it 0)", op, d.filter ? "filter" : "wrap", d.name);

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

/* A region of a compressed level in blocks, and the level's size in blocks
 * (*lw, *lh), so cpu_copy moves whole blocks. */
static kiln_gpu_region block_region(const kiln_gpu_region *r, int *lw, int *lh) {
  kiln_gpu_region b = *r;
  b.x = r->x / 4;
  b.y = r->y / 4;
  b.w = (r->w + 3) / 4;
  b.h = (r->h + 3) / 4;
  *lw = (*lw + 3) / 4;
  *lh = (*lh + 3) / 4;
  return b;
}

/* NULL backend: stores a job's packed data into its texture's CPU copy as
 * GL would: whole blocks for compressed formats, float data converted to
 * the texture's float width. */
static void cpu_store(const struct job *j, const unsigned char *src) {
  kiln_gpu_region r = j->rec.r;
  int lw = j->lw, lh = j->lh;
  if (kiln_gpu_format_compressed(j->tfmt)) r = block_region(&j->rec.r, &lw, &lh);
  size_t sbpp = kiln_gpu_format_bytes(j->rec.format);
  if (sbpp == j->bpp) {  /* same bytes: no conversion (unorm8 into sRGB is stored as given) */
    cpu_copy(j->cpu_level, lw, lh, &r, r.d, j->bpp, (unsigned char *)(uintptr_t)src, true);
    return;
  }
  for (int z = 0; z < r.d; z++)
    for (int y = 0; y < r.h; y++)
      kiln_gpu_format_convert(j->rec.format, j->tfmt, src + ((size_t)z * r.h + (size_t)y) * r.w * sbpp,
                              j->cpu_level + (((size_t)(r.z + z) * lh + (size_t)(r.y + y)) * lw + (size_t)r.x) * j->bpp,
                              (size_t)r.w);
}

/* read_gl for compressed textures: the blocks as stored. false: no memory. */
static bool read_gl_blocks(kiln_gpu *gpu, const struct tex *t, const kiln_gpu_region *r, int d,
                           void *out, size_t len) {
  const kiln_gpu_texture_desc *td = &t->desc;
  if (gpu->dsa) {
    glGetCompressedTextureSubImage(t->gl, r->level, r->x, r->y, r->z, r->w, r->h, d, (GLsizei)len, out);
    return true;
  }
  /* glGetCompressedTexImage reads whole images: read the level, then crop. */
  int lw = imax(1, td->width >> r->level), lh = imax(1, td->height >> r->level);
  bool cube = td->kind == KILN_GPU_TEX_CUBE;
  int images = cube ? 1 : level_images(td, r->level);
  size_t bb = kiln_gpu_format_bytes(td->format);
  unsigned char *tmp = malloc(kiln_gpu_format_size(td->format, lw, lh, images));
  if (!tmp) return false;
  kiln_gpu_region br = block_region(r, &lw, &lh);
  GLenum target = gl_target(td->kind);
  GLint prev = 0;
  glGetIntegerv(binding_of[td->kind], &prev);
  glBindTexture(target, t->gl);
  for (int z = 0; z < d; z++) {
    if (cube) glGetCompressedTexImage(GL_TEXTURE_CUBE_MAP_POSITIVE_X + (GLenum)(r->z + z), r->level, tmp);
    else if (z == 0) glGetCompressedTexImage(target, r->level, tmp);
    kiln_gpu_region one = br;
    one.z = cube ? 0 : br.z + z;
    one.d = 1;
    cpu_copy(tmp, lw, lh, &one, 1, bb, (unsigned char *)out + (size_t)z * br.w * br.h * bb, false);
  }
  glBindTexture(target, (GLuint)prev);
  free(tmp);
  return true;
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
  if (kiln_gpu_format_compressed(td->format)) {
    if (!read_gl_blocks(gpu, t, r, d, out, len)) return kiln_errf(msg, KILN_NOMEM, "read_texture: out of memory");
  } else if (gpu->dsa && td->kind == KILN_GPU_TEX_1D_ARRAY) {  /* layers are GL's rows */
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
  int l = region->level, lw = imax(1, t.desc.width >> l), lh = imax(1, t.desc.height >> l);
  kiln_gpu_region r = *region;
  if (kiln_gpu_format_compressed(t.desc.format)) r = block_region(region, &lw, &lh);
  cpu_copy(t.cpu + t.level_off[l], lw, lh, &r, d, kiln_gpu_format_bytes(t.desc.format), out, false);
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

/* One band: reserves ring space (tickets serve reservations in arrival
 * order, so a large upload is not starved by a stream of small ones),
 * copies nrows unit rows of each of br->d images from src into it, packed,
 * and marks it ready. The caller holds a users count. */
static int stage_band(kiln_gpu *gpu, const char *op, kiln_gpu_tex id, kiln_gpu_format fmt,
                      const kiln_gpu_region *br, int priority, uint64_t session, bool self,
                      const unsigned char *src, size_t row, int nrows, size_t src_row, size_t src_img,
                      uint64_t *seq, char *msg) {
  size_t img = row * (size_t)nrows, len = img * (size_t)br->d;
  size_t n = round_up(len, STAGE_ALIGN);
  int rc = KILN_OK;
  uint64_t begin = 0;
  pthread_mutex_lock(&gpu->mu);
  if (self) {
    /* Only commit frees space, and it runs on this thread: never wait. */
    if (!gpu->closed && (gpu->next_ticket != gpu->serving || !ring_fit(gpu, n, &begin))) {
      rc = kiln_errf(msg, KILN_AGAIN, "%s: staging ring full (%zu of %zu bytes in use) and the render thread "
                     "cannot wait for its own commit", op, (size_t)(gpu->head - gpu->tail), gpu->cap);
      pthread_mutex_unlock(&gpu->mu);
      return rc;
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
                      .len = len, .id = id, .format = fmt, .r = *br, .priority = priority};
    if (seq) *seq = r->seq;
    gpu->st.staged++;
    gpu->st.bytes_staged += len;
  }
  if (gpu->waiters) pthread_cond_broadcast(&gpu->space);  /* next ticket may fit */
  if (rc != KILN_OK) {
    pthread_mutex_unlock(&gpu->mu);
    return rc;
  }
  unsigned char *dst = gpu->ring + begin % gpu->cap;
  uint64_t my_seq = gpu->next_seq - 1;
  pthread_mutex_unlock(&gpu->mu);

  if (src_row == row && (br->d == 1 || src_img == img)) {
    memcpy(dst, src, len);
  } else {
    for (int z = 0; z < br->d; z++)
      for (int y = 0; y < nrows; y++)
        memcpy(dst + (size_t)z * img + (size_t)y * row, src + (size_t)z * src_img + (size_t)y * src_row, row);
  }

  pthread_mutex_lock(&gpu->mu);
  /* commit pops only taken records, and takes only ready ones: ours is still in the deque */
  rec_at(gpu, (size_t)(my_seq - rec_at(gpu, 0)->seq))->ready = true;
  gpu->rec_ready++;
  pthread_mutex_unlock(&gpu->mu);
  return KILN_OK;
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
  /* Source layout. A unit row is a row of texels, or of 4x4 blocks for
   * compressed data; the ring holds unit rows packed. */
  const kiln_gpu_region *rg = &up->region;
  int d;
  size_t need = 0;
  int rc = check_region(op, "data", &td, up->format, rg,
                        kiln_gpu_format_size(up->format, rg->w, rg->h, rg->d ? rg->d : 1), &d, &need, msg);
  if (rc != KILN_OK) return rc;
  if (!data) return kiln_errf(msg, KILN_INVAL, "%s: field 'data': NULL", op);
  const char *fname = kiln_gpu_format_name(up->format);
  if (up->row_length < 0 || (up->row_length && up->row_length < rg->w))
    return kiln_errf(msg, KILN_INVAL, "%s: field 'row_length': %d is less than the region's w %d (texture '%s')",
                     op, up->row_length, rg->w, tname);
  if (up->image_height < 0 || (up->image_height && up->image_height < rg->h))
    return kiln_errf(msg, KILN_INVAL, "%s: field 'image_height': %d is less than the region's h %d (texture '%s')",
                     op, up->image_height, rg->h, tname);
  int bdim = kiln_gpu_format_compressed(up->format) ? 4 : 1;
  size_t ubytes = kiln_gpu_format_bytes(up->format);
  size_t row = (size_t)((rg->w + bdim - 1) / bdim) * ubytes;
  int rows = (rg->h + bdim - 1) / bdim;
  assert(row * (size_t)rows * (size_t)d == need);
  int rl = up->row_length ? up->row_length : rg->w, ih = up->image_height ? up->image_height : rg->h;
  size_t src_row = (size_t)((rl + bdim - 1) / bdim) * ubytes;
  size_t src_img = (size_t)((ih + bdim - 1) / bdim) * src_row;
  /* one past the last byte read: offset + (d-1) images + (rows-1) rows + a row */
  size_t a1, a2, end = SIZE_MAX;
  if (!__builtin_mul_overflow((size_t)(d - 1), src_img, &a1) &&
      !__builtin_mul_overflow((size_t)(rows - 1), src_row, &a2) && !__builtin_add_overflow(a1, a2, &a1) &&
      !__builtin_add_overflow(a1, row, &a1) && !__builtin_add_overflow(a1, up->offset, &a1))
    end = a1;
  if (end > len) {
    bool strided = rl != rg->w || (d > 1 && ih != rg->h);
    if (up->offset && up->offset >= len)
      return kiln_errf(msg, KILN_INVAL, "%s: field 'offset': %zu is past the end of the %zu-byte data (texture '%s')",
                       op, up->offset, len, tname);
    if (strided)
      return kiln_errf(msg, KILN_INVAL, "%s: field 'row_length': region %dx%dx%d of %s with row_length %d, "
                       "image_height %d from offset %zu reads up to byte %zu of the %zu-byte data (texture '%s')",
                       op, rg->w, rg->h, d, fname, rl, ih, up->offset, end, len, tname);
    if (up->offset)
      return kiln_errf(msg, KILN_INVAL, "%s: field 'offset': region %dx%dx%d of %s needs %zu bytes from offset %zu, "
                       "but the data has %zu (texture '%s')", op, rg->w, rg->h, d, fname, need, up->offset, len, tname);
    return kiln_errf(msg, KILN_INVAL, "%s: field 'data': %zu bytes, but region %dx%dx%d of %s needs %zu",
                     op, len, rg->w, rg->h, d, fname, need);
  }

  /* Bands: whole images when one fits, else unit rows of one image. Each
   * fits the ring and the caller's reservation, so every reservation can
   * be served once commits retire what is ahead of it. */
  bool capped = up->max_band_bytes && up->max_band_bytes < gpu->cap;
  size_t limit = (capped ? up->max_band_bytes : gpu->cap) / STAGE_ALIGN * STAGE_ALIGN;
  size_t img = row * (size_t)rows;
  int zs = d, ys = rows;
  if (need > limit) {
    if (img <= limit) zs = (int)(limit / img);
    else if (row <= limit) { zs = 1; ys = (int)(limit / row); }
    else
      return kiln_errf(msg, KILN_TOOBIG, "%s: field 'w': one row of region w %d of %s is %zu bytes, more than the "
                       "%zu-byte %s (texture '%s')", op, rg->w, fname, row, limit,
                       capped ? "max_band_bytes" : "staging ring", tname);
  }
  bool banded = zs < d || ys < rows;

  pthread_mutex_lock(&gpu->mu);
  gpu->users++;  /* across all bands: free waits for us */
  bool self = gpu->render_known && pthread_equal(pthread_self(), gpu->render);
  pthread_mutex_unlock(&gpu->mu);
  if (banded && self) {
    /* Only commit frees space, and it runs on this thread: a second band could never be waited for. */
    rc = kiln_errf(msg, KILN_TOOBIG, "%s: field 'data': %zu-byte upload to texture '%s' exceeds the %zu-byte staging "
                   "ring%s: split into bands, it must be staged from a worker", op, need, tname, gpu->cap,
                   capped ? " or max_band_bytes" : "");
  }
  for (int z0 = 0; z0 < d && rc == KILN_OK; z0 += zs)
    for (int y0 = 0; y0 < rows && rc == KILN_OK; y0 += ys) {
      kiln_gpu_region br = *rg;
      int nrows = ys < rows - y0 ? ys : rows - y0;
      br.z = rg->z + z0;
      br.d = zs < d - z0 ? zs : d - z0;
      br.y = rg->y + y0 * bdim;
      br.h = y0 + nrows == rows ? rg->h - y0 * bdim : nrows * bdim;  /* partial blocks only at the end */
      const unsigned char *src = (const unsigned char *)data + up->offset + (size_t)z0 * src_img + (size_t)y0 * src_row;
      rc = stage_band(gpu, op, id, up->format, &br, up->priority, session, self, src, row, nrows, src_row, src_img,
                      seq, msg);
    }
  pthread_mutex_lock(&gpu->mu);
  if (--gpu->users == 0 && gpu->closed) pthread_cond_broadcast(&gpu->idle);
  pthread_mutex_unlock(&gpu->mu);
  return rc;
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

int kiln_gpu_seq_issued(kiln_gpu *gpu, uint64_t seq) {
  assert(gpu);
  if (seq <= kiln_gpu_issued_seq(gpu)) return 1;
  pthread_mutex_lock(&gpu->mu);
  int done;
  uint64_t first = gpu->rec_count ? rec_at(gpu, 0)->seq : gpu->next_seq;
  if (seq >= gpu->next_seq) done = 0;  /* not staged yet */
  else if (seq < first) done = 1;      /* popped: taken and everything before it */
  else done = rec_at(gpu, (size_t)(seq - first))->taken;
  pthread_mutex_unlock(&gpu->mu);
  return done;
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

/* gl_issue for compressed formats: whole blocks, sized in bytes (unpack
 * alignment does not apply). */
static void gl_issue_blocks(kiln_gpu *gpu, const struct job *j, const unsigned char *src) {
  const kiln_gpu_region *r = &j->rec.r;
  unsigned ifmt;
  kiln_gpu_format_gl(j->rec.format, &ifmt, NULL, NULL);
  GLsizei img = (GLsizei)kiln_gpu_format_size(j->rec.format, r->w, r->h, 1);
  if (gpu->dsa) {
    if (j->kind == KILN_GPU_TEX_2D) {
      glCompressedTextureSubImage2D(j->gl, r->level, r->x, r->y, r->w, r->h, ifmt, img, src);
    } else if (j->kind == KILN_GPU_TEX_CUBE) {  /* Mesa garbles faces after the first in one call */
      for (int f = 0; f < r->d; f++)
        glCompressedTextureSubImage3D(j->gl, r->level, r->x, r->y, r->z + f, r->w, r->h, 1, ifmt, img,
                                      src + (size_t)f * (size_t)img);
    } else {  /* cube array layer-faces are layers to the DSA entry points */
      glCompressedTextureSubImage3D(j->gl, r->level, r->x, r->y, r->z, r->w, r->h, r->d, ifmt, img * r->d, src);
    }
    return;
  }
  GLenum target = gl_target(j->kind);
  glBindTexture(target, j->gl);
  if (j->kind == KILN_GPU_TEX_2D) {
    glCompressedTexSubImage2D(target, r->level, r->x, r->y, r->w, r->h, ifmt, img, src);
  } else if (j->kind == KILN_GPU_TEX_CUBE) {
    for (int f = 0; f < r->d; f++)
      glCompressedTexSubImage2D(GL_TEXTURE_CUBE_MAP_POSITIVE_X + (GLenum)(r->z + f), r->level, r->x, r->y, r->w,
                                r->h, ifmt, img, src + (size_t)f * (size_t)img);
  } else {
    glCompressedTexSubImage3D(target, r->level, r->x, r->y, r->z, r->w, r->h, r->d, ifmt, img * r->d, src);
  }
}

static void gl_issue(kiln_gpu *gpu, const struct job *j, const unsigned char *src) {
  const kiln_gpu_region *r = &j->rec.r;
  if (kiln_gpu_format_compressed(j->rec.format)) { gl_issue_blocks(gpu, j, src); return; }
  unsigned fmt, type;
  kiln_gpu_format_gl(j->rec.format, NULL, &fmt, &type);
  size_t row = (size_t)r->w * kiln_gpu_format_bytes(j->rec.format);  /* the data's, not the texture's */
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
        cpu_store(&jobs[i], gpu->ring + jobs[i].rec.begin % gpu->cap);
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
  bool work = gpu->rec_ready > 0;
  pthread_mutex_unlock(&gpu->mu);
  return work;
}

/* Issue order: drops first (no GL, they free space), then the ring's
 * oldest record when it holds the ring more than half full (an upload
 * issued ahead of it keeps its space until it goes: see the ring
 * accounting above), then priority, higher first, seq order within one. */
static int cand_cmp(const void *a, const void *b) {
  const struct cand *x = a, *y = b;
  if (x->priority != y->priority) return x->priority > y->priority ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Under mu: the records commit may take now, in issue order, into
 * gpu->cand; returns how many. Within a priority a copy still in progress
 * holds back the records after it, so FIFO holds. */
static size_t collect(kiln_gpu *gpu, uint64_t current_session) {
  if (gpu->cand_cap < gpu->rec_count) {
    size_t ncap = gpu->rec_count * 2;
    struct cand *nc = realloc(gpu->cand, ncap * sizeof *nc);
    if (nc) { gpu->cand = nc; gpu->cand_cap = ncap; }
  }
  int blocked[16];
  unsigned nblocked = 0;
  size_t n = 0;
  bool crowded = (gpu->head - gpu->tail) * 2 > gpu->cap;
  for (size_t i = 0; i < gpu->rec_count && n < gpu->cand_cap; i++) {
    struct rec *r = rec_at(gpu, i);
    if (r->taken) continue;
    bool held = false;
    for (unsigned b = 0; b < nblocked && !held; b++) held = blocked[b] == r->priority;
    if (!r->ready) {
      if (held) continue;
      if (nblocked == 16) break;  /* many priorities mid-copy: the rest waits a frame */
      blocked[nblocked++] = r->priority;
      continue;
    }
    int key = r->priority;
    if (!tex_get(gpu, r->id) || r->session < current_session) key = INT_MAX;  /* a drop: order is moot */
    else if (held) continue;
    else if (i == 0 && crowded) key = INT_MAX - 1;
    else if (key >= INT_MAX - 1) key = INT_MAX - 2;
    gpu->cand[n++] = (struct cand){key, (uint32_t)i};
  }
  qsort(gpu->cand, n, sizeof *gpu->cand, cand_cmp);
  return n;
}

int kiln_gpu_commit(kiln_gpu *gpu, const kiln_gpu_budget *budget, uint64_t current_session,
                    kiln_gpu_commit_result *res) {
  return kiln_gpu_commit_ns(gpu, budget, 0, current_session, res);
}

int kiln_gpu_commit_ns(kiln_gpu *gpu, const kiln_gpu_budget *budget, uint64_t max_ns,
                       uint64_t current_session, kiln_gpu_commit_result *res) {
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
  bool stop = false, setup = false;
  size_t ncand = 0, k = 0;
  pthread_mutex_lock(&gpu->mu);
  if (gpu->rec_ready) ncand = collect(gpu, current_session);
  pthread_mutex_unlock(&gpu->mu);
  while (!stop && k < ncand) {
    unsigned n = 0, take = BATCH, took = 0;
    if (max_ns) {  /* time budget: take what the rest affords at the rate so far */
      uint64_t spent = now_ns() - t0;
      if (out.issued && spent >= max_ns) break;
      uint64_t fit = out.issued ? (max_ns - spent) / (spent / out.issued + 1) : 1;
      take = fit < 1 ? 1 : fit < BATCH ? (unsigned)fit : BATCH;
    }
    pthread_mutex_lock(&gpu->mu);
    while (n < BATCH && k < ncand) {
      struct rec *r = rec_at(gpu, gpu->cand[k].idx);
      struct tex *t = tex_get(gpu, r->id);
      bool drop = !t || r->session < current_session;
      if (!drop) {
        if (took == take) break;
        if (out.issued == max_n || (out.issued > 0 && r->len > max_b - out.bytes)) { stop = true; break; }
        if (out.issued == 0 && r->len > max_b) { out.oversized = 1; stop = true; }
        out.issued++;
        out.bytes += r->len;
        took++;
      } else {
        out.dropped++;
      }
      k++;
      r->taken = true;
      r->issued = !drop;
      gpu->rec_ready--;
      struct job *j = &gpu->jobs[n++];
      j->rec = *r;
      j->drop = drop;
      if (!drop) {
        j->gl = t->gl;
        j->kind = t->desc.kind;
        j->bpp = kiln_gpu_format_bytes(t->desc.format);
        j->tfmt = t->desc.format;
        j->lw = imax(1, t->desc.width >> r->r.level);
        j->lh = imax(1, t->desc.height >> r->r.level);
        j->cpu_level = t->cpu ? t->cpu + t->level_off[r->r.level] : NULL;
      }
      if (stop) break;
    }
    pthread_mutex_unlock(&gpu->mu);
    if (n == 0) break;
    issue_jobs(gpu, gpu->jobs, n, &setup);
  }

  /* Ring space frees in ring order: pop the taken prefix. Its uploads were
   * all issued by now, so one fence after them covers them all. */
  bool fence = false, popped = false;
  uint64_t last_end = 0, last_seq = 0;
  pthread_mutex_lock(&gpu->mu);
  while (gpu->rec_count && rec_at(gpu, 0)->taken) {
    struct rec *r = rec_at(gpu, 0);
    fence |= r->issued;
    last_end = r->end;
    last_seq = r->seq;
    popped = true;
    gpu->rec_start = (gpu->rec_start + 1) & (gpu->rec_cap - 1);
    gpu->rec_count--;
  }
  pthread_mutex_unlock(&gpu->mu);
  if (popped) {
    atomic_store_explicit(&gpu->issued_seq, last_seq, memory_order_release);
    /* Without a GPU-visible ring the copy is done once the call returns. */
    if (!ring) retire_to(gpu, last_end, last_seq, 0);
  }
  if (ring && popped) {
    GLsync s = fence ? glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0) : 0;
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
