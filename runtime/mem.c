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

/* The header sits in the KILN_MEM_ALIGN bytes before the user's pointer. */
typedef struct block {
  struct block *next; /* in its class cache */
  size_t cap;         /* usable bytes */
  int cls;            /* size class, -1 when never cached */
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

static struct {
  pthread_mutex_t mu;
  block *head;
} classes[NCLASS];

static pthread_once_t once = PTHREAD_ONCE_INIT;
static _Atomic uint64_t cached_bytes, reused, fresh;
static _Atomic uint64_t limit = KILN_MEM_DEFAULT_LIMIT;

static void init_classes(void) {
  for (int i = 0; i < NCLASS; i++) pthread_mutex_init(&classes[i].mu, NULL);
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

static block *pop(int cls) {
  pthread_mutex_lock(&classes[cls].mu);
  block *b = classes[cls].head;
  if (b) classes[cls].head = b->next;
  pthread_mutex_unlock(&classes[cls].mu);
  if (b) atomic_fetch_sub_explicit(&cached_bytes, b->cap, memory_order_relaxed);
  return b;
}

void *kiln_mem_alloc(size_t n) {
  if (n > SIZE_MAX - 2 * HDR) return NULL;
  pthread_once(&once, init_classes);
  size_t cap;
  int cls = class_of(n, &cap);
  block *b = cls >= 0 ? pop(cls) : NULL;
  if (b) {
    atomic_fetch_add_explicit(&reused, 1, memory_order_relaxed);
    UNPOISON((char *)b + HDR, b->cap);
    return (char *)b + HDR;
  }
  void *raw = NULL;
  if (posix_memalign(&raw, KILN_MEM_ALIGN, HDR + cap) != 0) return NULL;
  b = raw;
  b->next = NULL;
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
      pthread_mutex_lock(&classes[b->cls].mu);
      b->next = classes[b->cls].head;
      classes[b->cls].head = b;
      pthread_mutex_unlock(&classes[b->cls].mu);
      return;
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
      block *b = pop(c);
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
  out->reused = atomic_load_explicit(&reused, memory_order_relaxed);
  out->fresh = atomic_load_explicit(&fresh, memory_order_relaxed);
}
