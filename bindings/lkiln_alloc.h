/* The allocator of kiln's worker Lua states: LuaJIT's own, except that a
 * big block the state frees is kept for the state's next allocation of the
 * same size instead of going back to the system.
 *
 * Why: LuaJIT's allocator maps every block of 128 KB or more on its own and
 * unmaps it when freed. A worker interns one new key string per item, so
 * its string table grows between garbage collections and is shrunk again
 * after each one; every resize mapped a fresh table, and each of its pages
 * faulted on first touch (7 of every 10 page faults a trivial item cost).
 * The sizes that come back are the same few, cycle after cycle.
 *
 * Bounds: at most KILN_LALLOC_KEEP blocks and KILN_LALLOC_KEEP_BYTES per
 * state; the oldest kept block is freed to make room. Only blocks of at
 * least KILN_LALLOC_BIG bytes are kept: smaller ones stay in LuaJIT's
 * arenas anyway.
 *
 * Threads: a state's allocator runs on whichever thread runs the state,
 * one at a time, as the state itself. The counters it adds to are atomic
 * (and change only on big blocks): any thread may read them, and several
 * states may share them.
 *
 * Lifetime: kiln_lalloc_close must close the state (it frees the kept
 * blocks and gives LuaJIT back its own allocator first, which lua_close
 * needs to release the state's arenas). */
#ifndef KILN_LALLOC_H
#define KILN_LALLOC_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include <lua.h>

#define KILN_LALLOC_BIG ((size_t)64 << 10)
#define KILN_LALLOC_KEEP 4
#define KILN_LALLOC_KEEP_BYTES ((size_t)32 << 20)

/* What the states attached with the same counters did, summed. */
typedef struct kiln_lalloc_counters {
  _Atomic uint64_t reused;     /* big allocations served from a kept block */
  _Atomic uint64_t kept_bytes; /* held now for reuse */
} kiln_lalloc_counters;

/* Puts the keeping allocator in front of L's; it adds to *sum, which must
 * outlive L. Returns 0, or -1 when out of memory (L is left as it was).
 * Call once, right after the state is made. */
int kiln_lalloc_attach(lua_State *L, kiln_lalloc_counters *sum);

/* Closes L (attached or not): frees its kept blocks, restores LuaJIT's
 * allocator, lua_close. NULL is a no-op. */
void kiln_lalloc_close(lua_State *L);

#endif
