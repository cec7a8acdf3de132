/* Buffer memory recycled by size class. See mem.h. */
#include "mem.h"

#include <assert.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define KILN__ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KILN__ASAN 1
#endif
#endif
#ifdef KILN__ASAN
/* A cached block is poisoned, so a use after kiln_mem_free still trips
 * ASan as it would after free(). */
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

/* The header sits in the KILN_MEM_ALIGN bytes before the user's pointer.
 * It is written once, when the block is made: a cached block is found
 * through its class's array, so neither side of a hand-off (a worker's
 * alloc, the render thread's free) writes a line the other must fetch. */
typedef struct block {
  size_t cap; /* usable bytes */
  int cls;    /* size class, -1 when never cached */
  uint32_t magic;
} block;

#define HDR KILN_MEM_ALIGN
#define MAGIC 0x6b6d656du /* "kmem" */
_Static_assert(sizeof(block) <= HDR, "block header must fit before the aligned data");

/* Four classes per power of two (at most 25% slack), from above 2 KiB up to
 * 64 MiB. */
#define MIN_SHIFT 11
#define MAX_SHIFT 25
#define NCLASS ((MAX_SHIFT - MIN_SHIFT + 1) * 4)
/* Blocks a class holds at most (the byte limit usually binds first): 64
 * MiB of 16 KiB tiles. The arrays are zero pages until a class is used. */
#define CLASS_SLOTS 4096

static struct {
  _Alignas(64) pthread_mutex_t mu; /* a class's lock, count and top slots share no line with another's */
  int n;
  uint64_t reused; /* under mu: a shared counter would bounce between workers */
  block *v[CLASS_SLOTS];
} classes[NCLASS];

/* Each on a line of its own: cached_bytes changes at every alloc and free,
 * on every thread, and a read-mostly neighbour (once, read at every alloc;
 * limit, at every free; a class's lock) would miss with it. */
static _Alignas(64) pthread_once_t once = PTHREAD_ONCE_INIT;
static _Alignas(64) _Atomic uint64_t limit = KILN_MEM_DEFAULT_LIMIT;
static _Alignas(64) _Atomic uint64_t cached_bytes;
static _Alignas(64) _Atomic uint64_t fresh;

/* Adaptive: a class lock is held for a few instructions, so a thread that
 * finds it taken spins briefly rather than sleeping in the kernel (a futex
 * wait and wake cost more than the whole hand-off on a VM). */
static void init_classes(void) {
  pthread_mutexattr_t ma;
  pthread_mutexattr_init(&ma);
  pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ADAPTIVE_NP);
  for (int i = 0; i < NCLASS; i++) pthread_mutex_init(&classes[i].mu, &ma);
  pthread_mutexattr_destroy(&ma);
}

/* The class for n bytes and its capacity, or -1 (capacity n). */
static int class_of(size_t n, size_t *cap) {
  *cap = n;
  if (n <= ((size_t)1 << MIN_SHIFT) || n > ((size_t)1 << (MAX_SHIFT + 1))) return -1;
  int e = 63 - __builtin_clzll((unsigned long long)(n - 1)); /* 2^e < n <= 2^(e+1) */
  size_t step = (size_t)1 << (e - 2);
  size_t c = (n + step - 1) & ~(step - 1);
  *cap = c;
  return (e - MIN_SHIFT) * 4 + (int)(c / step) - 5;
}

/* The capacity of class cls's blocks (class_of's inverse). */
static size_t class_cap(int cls) {
  return (size_t)(cls % 4 + 5) << (cls / 4 + MIN_SHIFT - 2);
}

/* A cached block of class cls (capacity cap), or NULL; reuse says it
 * serves an allocation (counted), not a shrink. */
static block *pop(int cls, size_t cap, int reuse) {
  pthread_mutex_lock(&classes[cls].mu);
  block *b = NULL;
  if (classes[cls].n) {
    b = classes[cls].v[--classes[cls].n];
    classes[cls].reused += (uint64_t)reuse;
  }
  pthread_mutex_unlock(&classes[cls].mu);
  if (b) atomic_fetch_sub_explicit(&cached_bytes, cap, memory_order_relaxed);
  return b;
}

void *kiln_mem_alloc(size_t n) {
  if (n > SIZE_MAX - 2 * HDR) return NULL;
  pthread_once(&once, init_classes);
  size_t cap;
  int cls = class_of(n, &cap);
  block *b = cls >= 0 ? pop(cls, cap, 1) : NULL;
  if (b) {
    UNPOISON((char *)b + HDR, cap);
    return (char *)b + HDR;
  }
  void *raw = NULL;
  if (posix_memalign(&raw, KILN_MEM_ALIGN, HDR + cap) != 0) return NULL;
  b = raw;
  b->cap = cap;
  b->cls = cls;
  b->magic = MAGIC;
  atomic_fetch_add_explicit(&fresh, 1, memory_order_relaxed);
  return (char *)b + HDR;
}

void kiln_mem_free(void *p) {
  if (!p) return;
  block *b = (block *)((char *)p - HDR);
  assert(b->magic == MAGIC && "kiln_mem_free: not a kiln_mem_alloc block");
  if (b->cls >= 0) {
    uint64_t lim = atomic_load_explicit(&limit, memory_order_relaxed);
    uint64_t now = atomic_fetch_add_explicit(&cached_bytes, b->cap, memory_order_relaxed) + b->cap;
    if (now <= lim) {
      POISON(p, b->cap);
      int kept = 0;
      pthread_mutex_lock(&classes[b->cls].mu);
      if (classes[b->cls].n < CLASS_SLOTS) {
        classes[b->cls].v[classes[b->cls].n++] = b;
        kept = 1;
      }
      pthread_mutex_unlock(&classes[b->cls].mu);
      if (kept) return;
      UNPOISON(p, b->cap);
    }
    atomic_fetch_sub_explicit(&cached_bytes, b->cap, memory_order_relaxed);
  }
  free(b);
}

/* Frees cached blocks, largest classes first, until at most keep bytes
 * remain cached. */
static void shrink_to(uint64_t keep) {
  pthread_once(&once, init_classes);
  for (int c = NCLASS - 1; c >= 0; c--) {
    while (atomic_load_explicit(&cached_bytes, memory_order_relaxed) > keep) {
      block *b = pop(c, class_cap(c), 0);
      if (!b) break;
      free(b);
    }
  }
}

void kiln_mem_set_limit(size_t bytes) {
  atomic_store_explicit(&limit, bytes, memory_order_relaxed);
  shrink_to(bytes);
}

void kiln_mem_trim(void) { shrink_to(0); }

void kiln_mem_stats_get(kiln_mem_stats *out) {
  out->cached_bytes = atomic_load_explicit(&cached_bytes, memory_order_relaxed);
  out->limit = atomic_load_explicit(&limit, memory_order_relaxed);
  uint64_t reused = 0;
  pthread_once(&once, init_classes);
  for (int c = 0; c < NCLASS; c++) {
    pthread_mutex_lock(&classes[c].mu);
    reused += classes[c].reused;
    pthread_mutex_unlock(&classes[c].mu);
  }
  out->reused = reused;
  out->fresh = atomic_load_explicit(&fresh, memory_order_relaxed);
}
