/* Buffers and payloads: kiln.buffer memory (runtime/mem.c) and the
 * payloads values cross Lua states in. */
#include "lkiln_rt.h"

#include <stdio.h>

#include <lauxlib.h>
#include <luajit.h>
#include <lualib.h>
#include <xxhash.h>

#include "mem.h"
#include "scheduler.h"
#include "stats.h"
#include "window.h"

/* ---------------------------------------------------------------- buffers */

/* Buffer bytes come from kiln_mem (runtime/mem.h): 64-byte aligned for FFI
 * pixel loops and memcpy, and recycled, so a tile freed after apply is the
 * next compute's tile without a trip through malloc and page faults. The
 * kiln_buf structs themselves are GC-owned cdata (bindings/kiln.lua). */
static uint8_t *mem_alloc(size_t n) { return kiln_mem_alloc(n); }

static void mem_stats(kiln_memstats *out) {
  kiln_mem_stats m;
  kiln_mem_stats_get(&m);
  out->cached_bytes = m.cached_bytes;
  out->limit = m.limit;
  out->reused = m.reused;
  out->fresh = m.fresh;
}

static void mem_set_limit(double bytes) { kiln_mem_set_limit((size_t)bytes); }

/* ---------------------------------------------------------------- payloads */

typedef struct payload_one { kiln_payload p; kiln_pbuf slot; } payload_one;

static kiln_payload *payload_new(int kind, double num, const void *data, size_t len, int nbufs) {
  kiln_payload *p = calloc(1, sizeof(payload_one));
  if (!p) return NULL;
  p->kind = kind;
  p->num = num;
  if (len) {
    p->data = malloc(len);
    if (!p->data) { free(p); return NULL; }
    memcpy(p->data, data, len);
    p->len = len;
  }
  if (nbufs == 1) { /* the common case, a single tile: its slot is inline */
    p->bufs = &((payload_one *)p)->slot;
    p->nbufs = 1;
  } else if (nbufs > 1) {
    p->bufs = calloc((size_t)nbufs, sizeof *p->bufs);
    if (!p->bufs) { free(p->data); free(p); return NULL; }
    p->nbufs = nbufs;
  }
  return p;
}

/* Moves b's bytes into slot i; b is left empty and marked moved. A buffer
 * moved earlier travels as a moved buffer. */
static int payload_move_buf(kiln_payload *p, int i, kiln_buf *b) {
  if (i < 0 || i >= p->nbufs) return -1;
  if (b->flags & KILN_BUF_MOVED) {
    p->bufs[i].moved = 1;
    return 0;
  }
  p->bufs[i].data = b->data;
  p->bufs[i].size = b->size;
  b->data = NULL;
  b->size = 0;
  b->flags |= KILN_BUF_MOVED;
  return 0;
}


void kiln__lerrpl_free(kiln_errpl *e) {
  free(e->type);
  free(e->key);
  free(e->message);
  free(e->traceback);
  free(e);
}

uint64_t kiln__lpayload_bytes(const kiln_payload *p) {
  if (!p || KILN_PL_INLINE(p) || p->kind == KILN_PL_ERROR) return 0;
  uint64_t n = sizeof(payload_one) + p->len;
  if (p->nbufs > 1) n += (uint64_t)p->nbufs * sizeof *p->bufs;
  for (int i = 0; i < p->nbufs; i++) n += p->bufs[i].size;
  return n;
}

void kiln__lpayload_free(kiln_payload *p) {
  if (((uintptr_t)p & 15u) == KILN_PL_TAG_BUF) {
    kiln_mem_free((char *)p - KILN_PL_TAG_BUF);
    return;
  }
  if (!p || KILN_PL_INLINE(p)) return;
  if (p->kind == KILN_PL_ERROR) { kiln__lerrpl_free((kiln_errpl *)p); return; }
  for (int i = 0; i < p->nbufs; i++) kiln_mem_free(p->bufs[i].data);
  if (p->bufs != &((payload_one *)p)->slot) free(p->bufs);
  free(p->data);
  free(p);
}

void kiln__lsched_payload_free(void *ud, void *p) { kiln__lpayload_free(p); }


void kiln__lvalue_api(kiln_api *a) {
  a->payload_new = payload_new;
  a->payload_move_buf = payload_move_buf;
  a->mem_stats = mem_stats;
  a->mem_set_limit = mem_set_limit;
  a->mem_alloc = mem_alloc;
}
