/* kiln gpu: the worker side: ring reservation, bands, stage, release_after,
 * the release callback and seq queries. */
#include "gpu_int.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* Deque growth (under mu; rare, amortised). */
int kiln__gpu_grow(void **buf, size_t *cap, size_t *start, size_t count, size_t elem) {
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

/* ------------------------------------------------------------- worker -- */

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
  size_t n = kiln__gpu_round_up(len, STAGE_ALIGN);
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
             kiln__gpu_grow((void **)&gpu->rec, &gpu->rec_cap, &gpu->rec_start, gpu->rec_count, sizeof *gpu->rec) != KILN_OK) {
    rc = kiln_errf(msg, KILN_NOMEM, "%s: out of memory", op);
    gpu->serving++;
  } else {
    gpu->head = begin + n;
    gpu->serving++;
    struct rec *r = kiln__gpu_rec_at(gpu, gpu->rec_count++);
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
  kiln__gpu_rec_at(gpu, (size_t)(my_seq - kiln__gpu_rec_at(gpu, 0)->seq))->ready = true;
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
  if (kiln__gpu_is_gl(gpu->backend) && !gpu->attached) {
    pthread_mutex_unlock(&gpu->mu);
    return kiln_errf(msg, KILN_AGAIN, "%s: gpu is not attached to a GL context yet", op);
  }
  struct tex *tp = up->id ? kiln__gpu_tex_get(gpu, up->id) : up->texture ? kiln__gpu_tex_find(gpu, up->texture) : NULL;
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
    id = kiln__gpu_tex_id(gpu, tp);
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
  int rc = kiln__gpu_check_region(op, "data", &td, up->format, rg,
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
    rc = kiln__gpu_grow((void **)&gpu->rel, &gpu->rel_cap, &gpu->rel_start, gpu->rel_count, sizeof *gpu->rel);
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

uint64_t kiln_gpu_issued_seq(const kiln_gpu *gpu) {
  return atomic_load_explicit(&((kiln_gpu *)gpu)->issued_seq, memory_order_acquire);
}

int kiln_gpu_seq_issued(kiln_gpu *gpu, uint64_t seq) {
  assert(gpu);
  if (seq <= kiln_gpu_issued_seq(gpu)) return 1;
  pthread_mutex_lock(&gpu->mu);
  int done;
  uint64_t first = gpu->rec_count ? kiln__gpu_rec_at(gpu, 0)->seq : gpu->next_seq;
  if (seq >= gpu->next_seq) done = 0;  /* not staged yet */
  else if (seq < first) done = 1;      /* popped: taken and everything before it */
  else done = kiln__gpu_rec_at(gpu, (size_t)(seq - first))->taken;
  pthread_mutex_unlock(&gpu->mu);
  return done;
}
