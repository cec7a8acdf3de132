/* kiln gpu, internal: the state shared by runtime/gpu*.c (gpu.c lifetime
 * and GL thread check, gpu_texture.c textures, gpu_stage.c the worker
 * side, gpu_commit.c the render-thread commit). Not part of the public API.
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
#ifndef KILN_GPU_INT_H
#define KILN_GPU_INT_H

#include "gpu.h"
#include "gpu_context.h"
#include "gpu_format.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <pthread.h>

#include <glad/gl.h>

#define RING_DEFAULT   ((size_t)32 << 20)
#define RING_GRAIN     ((size_t)4096)
#define STAGE_ALIGN    ((size_t)64)      /* cache line; >= any texel type size */
#define BATCH          64                /* uploads taken per lock round in commit */
#define PBO_POOL       4
#define TEX_NAME_MAX   64
#define TEX_MAX_LEVELS 16
#define TEX_MAX_SLOTS  0xffffu

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

/* ----------------------------------------------------------- helpers -- */

static inline size_t kiln__gpu_round_up(size_t n, size_t a) { return (n + a - 1) / a * a; }
static inline int kiln__gpu_imax(int a, int b) { return a > b ? a : b; }

static inline bool kiln__gpu_is_gl(kiln_gpu_backend b) { return b != KILN_GPU_NULL; }

static inline struct tex *kiln__gpu_tex_get(kiln_gpu *gpu, kiln_gpu_tex id) {  /* under mu */
  unsigned idx = (id & 0xffffu);
  if (idx == 0 || idx > gpu->ntex) return NULL;
  struct tex *t = &gpu->tex[idx - 1];
  return t->live && t->gen == (id >> 16) ? t : NULL;
}

static inline kiln_gpu_tex kiln__gpu_tex_id(kiln_gpu *gpu, const struct tex *t) {
  return ((kiln_gpu_tex)t->gen << 16) | (kiln_gpu_tex)(t - gpu->tex + 1);
}

static inline struct rec *kiln__gpu_rec_at(kiln_gpu *gpu, size_t i) {
  return &gpu->rec[(gpu->rec_start + i) & (gpu->rec_cap - 1)];
}

/* gpu.c: render-thread affinity for "render thread only" functions. */
int kiln__gpu_check_render(kiln_gpu *gpu, const char *op, bool committing, char *msg);

/* gpu_texture.c: the texture named name (under mu); GL's texture target
 * and binding query per kind; region checks; the NULL backend's store. */
struct tex *kiln__gpu_tex_find(kiln_gpu *gpu, const char *name);
GLenum kiln__gpu_gl_target(kiln_gpu_kind k);
extern const GLenum kiln__gpu_binding_of[KILN_GPU_KIND_COUNT];
int kiln__gpu_check_region(const char *op, const char *datafield, const kiln_gpu_texture_desc *t,
                           kiln_gpu_format fmt, const kiln_gpu_region *r, size_t len,
                           int *d_out, size_t *need_out, char *msg);
void kiln__gpu_cpu_store(const struct job *j, const unsigned char *src);

/* gpu_stage.c: deque growth (under mu; rare, amortised). */
int kiln__gpu_grow(void **buf, size_t *cap, size_t *start, size_t count, size_t elem);

#endif
