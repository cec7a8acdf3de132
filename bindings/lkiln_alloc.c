/* The worker states' allocator: see lkiln_alloc.h. */
#include "lkiln_alloc.h"

#include <stdlib.h>

typedef struct kept {
  void *p;
  size_t n;
} kept;

typedef struct kiln_lalloc {
  lua_Alloc orig; /* LuaJIT's allocator and its state */
  void *orig_ud;
  kept keep[KILN_LALLOC_KEEP]; /* oldest first */
  int nkeep;
  size_t kept_bytes;
  kiln_lalloc_counters *sum;
} kiln_lalloc;

static void drop_oldest(kiln_lalloc *a) {
  kept k = a->keep[0];
  for (int i = 1; i < a->nkeep; i++) a->keep[i - 1] = a->keep[i];
  a->nkeep--;
  a->kept_bytes -= k.n;
  atomic_fetch_sub_explicit(&a->sum->kept_bytes, k.n, memory_order_relaxed);
  a->orig(a->orig_ud, k.p, k.n, 0);
}

/* A freed big block: kept (the oldest goes when full). */
static void keep_block(kiln_lalloc *a, void *p, size_t n) {
  if (n > KILN_LALLOC_KEEP_BYTES) {
    a->orig(a->orig_ud, p, n, 0);
    return;
  }
  while (a->nkeep > 0 && (a->nkeep == KILN_LALLOC_KEEP || a->kept_bytes + n > KILN_LALLOC_KEEP_BYTES))
    drop_oldest(a);
  a->keep[a->nkeep++] = (kept){ p, n };
  a->kept_bytes += n;
  atomic_fetch_add_explicit(&a->sum->kept_bytes, n, memory_order_relaxed);
}

/* A kept block of exactly n bytes (the newest such), or NULL. Exact: the
 * state frees and reallocates it with the size it asked for, which is the
 * size LuaJIT's allocator gave it. */
static void *take_block(kiln_lalloc *a, size_t n) {
  for (int i = a->nkeep - 1; i >= 0; i--) {
    if (a->keep[i].n != n) continue;
    void *p = a->keep[i].p;
    for (int j = i + 1; j < a->nkeep; j++) a->keep[j - 1] = a->keep[j];
    a->nkeep--;
    a->kept_bytes -= n;
    atomic_fetch_sub_explicit(&a->sum->kept_bytes, n, memory_order_relaxed);
    atomic_fetch_add_explicit(&a->sum->reused, 1, memory_order_relaxed);
    return p;
  }
  return NULL;
}

/* lua_Alloc: small blocks and reallocations go straight to LuaJIT's. */
static void *lalloc_f(void *ud, void *ptr, size_t osize, size_t nsize) {
  kiln_lalloc *a = ud;
  if (nsize >= KILN_LALLOC_BIG && !ptr) {
    void *p = take_block(a, nsize);
    if (p) return p;
  } else if (nsize == 0 && ptr && osize >= KILN_LALLOC_BIG) {
    keep_block(a, ptr, osize);
    return NULL;
  }
  return a->orig(a->orig_ud, ptr, osize, nsize);
}

int kiln_lalloc_attach(lua_State *L, kiln_lalloc_counters *sum) {
  kiln_lalloc *a = calloc(1, sizeof *a);
  if (!a) return -1;
  a->orig = lua_getallocf(L, &a->orig_ud);
  a->sum = sum;
  lua_setallocf(L, lalloc_f, a);
  return 0;
}

void kiln_lalloc_close(lua_State *L) {
  if (!L) return;
  void *ud;
  if (lua_getallocf(L, &ud) == lalloc_f) {
    kiln_lalloc *a = ud;
    while (a->nkeep > 0) drop_oldest(a);
    /* lua_close releases LuaJIT's arenas only through its own allocator. */
    lua_setallocf(L, a->orig, a->orig_ud);
    free(a);
  }
  lua_close(L);
}
