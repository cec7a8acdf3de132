/* Buffer memory: 64-byte aligned blocks, recycled by size class.
 *
 * A pipeline makes a steady stream of same-sized blocks (tiles filled on a
 * worker, freed on the render thread after apply). Handing them back to
 * malloc makes the next allocation fault its pages in again once glibc
 * trims its heap; a bounded per-class cache keeps them warm instead.
 *
 * Blocks of 2 KiB or less and above 64 MiB are not cached (malloc serves
 * them well, or they are too rare to keep). Any thread may allocate or free;
 * each size class has its own lock, held for a few instructions. */
#ifndef KILN_MEM_H
#define KILN_MEM_H

#include <stddef.h>
#include <stdint.h>

#define KILN_MEM_ALIGN 64
#define KILN_MEM_DEFAULT_LIMIT ((size_t)64 << 20)

/* n bytes (n may be 0), KILN_MEM_ALIGN-aligned, contents unspecified. NULL
 * when out of memory. Free with kiln_mem_free, never free(). */
void *kiln_mem_alloc(size_t n);

/* Returns p to its class cache, or to the system when the cache is at its
 * limit. NULL is ignored. */
void kiln_mem_free(void *p);

/* Bytes the cache may hold (default KILN_MEM_DEFAULT_LIMIT); lowering it
 * frees cached blocks down to the new limit. 0 turns caching off. */
void kiln_mem_set_limit(size_t bytes);

/* Frees every cached block. */
void kiln_mem_trim(void);

typedef struct kiln_mem_stats {
  uint64_t cached_bytes;  /* held in the cache now (block capacities) */
  uint64_t limit;
  uint64_t reused;        /* allocations served from the cache */
  uint64_t fresh;         /* allocations that went to the system */
} kiln_mem_stats;

void kiln_mem_stats_get(kiln_mem_stats *out);

#endif
