/* Buffer memory (runtime/mem.c): alignment, reuse by size class, the cache
 * limit, trimming, and blocks crossing threads. The cache is process-wide,
 * so each test starts from a trimmed cache at the default limit. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "ktest.h"
#include "mem.h"

static void reset(void) {
  kiln_mem_set_limit(KILN_MEM_DEFAULT_LIMIT);
  kiln_mem_trim();
}

KT_TEST(blocks_are_aligned_and_writable_at_every_size) {
  reset();
  size_t sizes[] = { 0, 1, 63, 64, 2048, 2049, 4096, 16384, 16385, 100000, (size_t)1 << 20 };
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    uint8_t *p = kiln_mem_alloc(sizes[i]);
    KT_REQUIRE(p != NULL);
    KT_CHECK(((uintptr_t)p & (KILN_MEM_ALIGN - 1)) == 0);
    if (sizes[i]) {
      memset(p, 0xab, sizes[i]);
      KT_CHECK(p[sizes[i] - 1] == 0xab);
    }
    kiln_mem_free(p);
  }
  kiln_mem_free(NULL); /* ignored */
}

KT_TEST(a_freed_block_serves_the_next_allocation_of_its_class) {
  reset();
  kiln_mem_stats s0, s1;
  kiln_mem_stats_get(&s0);
  void *a = kiln_mem_alloc(16384);
  kiln_mem_free(a);
  kiln_mem_stats_get(&s1);
  KT_CHECK(s1.cached_bytes == 16384);
  void *b = kiln_mem_alloc(16000); /* same class: 14337..16384 bytes */
  KT_CHECK(b == a);
  kiln_mem_stats_get(&s1);
  KT_CHECK(s1.reused == s0.reused + 1);
  KT_CHECK(s1.fresh == s0.fresh + 1);
  KT_CHECK(s1.cached_bytes == 0);
  void *c = kiln_mem_alloc(20000); /* another class: a fresh block */
  KT_CHECK(c != a);
  kiln_mem_free(b);
  kiln_mem_free(c);
  kiln_mem_stats_get(&s1);
  KT_CHECK(s1.cached_bytes == 16384 + 20480); /* classes round up by at most 25% */
  kiln_mem_trim();
  kiln_mem_stats_get(&s1);
  KT_CHECK(s1.cached_bytes == 0);
}

KT_TEST(small_and_huge_blocks_are_never_cached) {
  reset();
  kiln_mem_stats s;
  kiln_mem_free(kiln_mem_alloc(2048));
  kiln_mem_free(kiln_mem_alloc(((size_t)64 << 20) + 1));
  kiln_mem_stats_get(&s);
  KT_CHECK(s.cached_bytes == 0);
}

KT_TEST(the_cache_never_holds_more_than_its_limit) {
  reset();
  kiln_mem_set_limit(100000);
  void *p[10];
  for (int i = 0; i < 10; i++) KT_REQUIRE((p[i] = kiln_mem_alloc(16384)) != NULL);
  for (int i = 0; i < 10; i++) kiln_mem_free(p[i]);
  kiln_mem_stats s;
  kiln_mem_stats_get(&s);
  KT_CHECK(s.limit == 100000);
  KT_CHECK(s.cached_bytes == 6 * 16384); /* the seventh would pass the limit */
  uint64_t reused = s.reused;
  kiln_mem_set_limit(40000);             /* lowering it frees down to it */
  kiln_mem_stats_get(&s);
  KT_CHECK(s.cached_bytes == 2 * 16384);
  KT_CHECK(s.reused == reused);          /* blocks freed are not reused ones */
  kiln_mem_set_limit(0);                 /* off */
  void *q = kiln_mem_alloc(16384);
  kiln_mem_free(q);
  kiln_mem_stats_get(&s);
  KT_CHECK(s.cached_bytes == 0);
  reset();
}

/* A class holds at most 4096 blocks (its array), whatever the byte limit
 * leaves room for: the 4097th freed goes back to the system. */
KT_TEST(a_class_holds_at_most_4096_blocks) {
  reset();
  enum { N = 4100 };
  static void *p[N];
  for (int i = 0; i < N; i++) KT_REQUIRE((p[i] = kiln_mem_alloc(2560)) != NULL);
  for (int i = 0; i < N; i++) kiln_mem_free(p[i]);
  kiln_mem_stats s;
  kiln_mem_stats_get(&s);
  KT_CHECK(s.cached_bytes == (uint64_t)4096 * 2560);
  /* The newest freed come back first, and every cached block is served. */
  for (int i = 0; i < 4096; i++) KT_REQUIRE((p[i] = kiln_mem_alloc(2560)) != NULL);
  kiln_mem_stats_get(&s);
  KT_CHECK(s.cached_bytes == 0);
  for (int i = 0; i < 4096; i++) kiln_mem_free(p[i]);
  reset();
}

/* Workers allocate, the main thread frees: the render-thread pattern. Run
 * under TSan by make check-tsan. */
#define ROUNDS 2000
static void *slots[2][ROUNDS];

static void *producer(void *arg) {
  void **out = arg;
  for (int i = 0; i < ROUNDS; i++) {
    uint8_t *p = kiln_mem_alloc(16384);
    if (p) memset(p, i & 0xff, 16384);
    out[i] = p;
  }
  return NULL;
}

KT_TEST(blocks_cross_threads) {
  reset();
  for (int round = 0; round < 3; round++) {
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, producer, slots[i]);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < 2; i++)
      for (int j = 0; j < ROUNDS; j++) {
        uint8_t *p = slots[i][j];
        KT_REQUIRE(p != NULL);
        KT_CHECK(p[16383] == (j & 0xff));
        kiln_mem_free(p);
      }
  }
  kiln_mem_stats s;
  kiln_mem_stats_get(&s);
  KT_CHECK(s.reused >= 2 * ROUNDS); /* later rounds ran on recycled blocks */
  KT_CHECK(s.cached_bytes <= s.limit);
  kiln_mem_trim();
}

KT_MAIN("mem",
        KT_CASE(blocks_are_aligned_and_writable_at_every_size),
        KT_CASE(a_freed_block_serves_the_next_allocation_of_its_class),
        KT_CASE(small_and_huge_blocks_are_never_cached),
        KT_CASE(the_cache_never_holds_more_than_its_limit),
        KT_CASE(a_class_holds_at_most_4096_blocks),
        KT_CASE(blocks_cross_threads))
