/* kiln gpu: the render-thread commit: collect by priority, issue per
 * backend, fences and markers, retire, budgets, and the host's GL state
 * saved and restored around it. */
#include "gpu_int.h"

#include <assert.h>
#include <limits.h>
#include <stdlib.h>
#include <time.h>

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
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
      kiln__gpu_grow((void **)&gpu->mk, &gpu->mk_cap, &gpu->mk_start, gpu->mk_count, sizeof *gpu->mk) != KILN_OK)
    return KILN_NOMEM;
  gpu->mk[(gpu->mk_start + gpu->mk_count++) & (gpu->mk_cap - 1)] = (struct marker){sync, end, seq};
  return KILN_OK;
}

/* Only once something is issued: an empty commit queries no state. */
static void gl_setup(kiln_gpu *gpu) {
  kiln_gpu_unpack_enter(&gpu->host_unpack, gpu->backend == KILN_GPU_RING ? gpu->ring_buf : 0);
  gpu->unpack_align = gpu->host_unpack.align;
  if (!gpu->dsa)
    for (int k = 0; k < KILN_GPU_KIND_COUNT; k++) glGetIntegerv(kiln__gpu_binding_of[k], &gpu->saved_bind[k]);
}

static void gl_teardown(kiln_gpu *gpu) {
  kiln_gpu_unpack_leave(&gpu->host_unpack, gpu->unpack_align);
  if (!gpu->dsa)
    for (int k = 0; k < KILN_GPU_KIND_COUNT; k++)
      glBindTexture(kiln__gpu_gl_target((kiln_gpu_kind)k), (GLuint)gpu->saved_bind[k]);
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
  GLenum target = kiln__gpu_gl_target(j->kind);
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
  GLenum target = kiln__gpu_gl_target(j->kind);
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
        kiln__gpu_cpu_store(&jobs[i], gpu->ring + jobs[i].rec.begin % gpu->cap);
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
      if (!jobs[i].drop) { jobs[i].pbo_off = total; total += kiln__gpu_round_up(jobs[i].rec.len, STAGE_ALIGN); }
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
 * accounting in gpu_int.h), then priority, higher first, seq order within one. */
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
    struct rec *r = kiln__gpu_rec_at(gpu, i);
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
    if (!kiln__gpu_tex_get(gpu, r->id) || r->session < current_session) key = INT_MAX;  /* a drop: order is moot */
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
  int rc = kiln__gpu_check_render(gpu, "commit", true, NULL);
  if (rc == KILN_OK && kiln__gpu_is_gl(gpu->backend) && commit_may_gl(gpu))
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
      struct rec *r = kiln__gpu_rec_at(gpu, gpu->cand[k].idx);
      struct tex *t = kiln__gpu_tex_get(gpu, r->id);
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
        j->lw = kiln__gpu_imax(1, t->desc.width >> r->r.level);
        j->lh = kiln__gpu_imax(1, t->desc.height >> r->r.level);
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
  while (gpu->rec_count && kiln__gpu_rec_at(gpu, 0)->taken) {
    struct rec *r = kiln__gpu_rec_at(gpu, 0);
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
