/* The worker states' allocator (bindings/lkiln_alloc.c): big blocks a
 * state frees serve its next allocation of the same size, within the
 * block and byte bounds; closing gives everything back (ASan and valgrind
 * see a leak otherwise). Strings of one size stand in for the string
 * table a worker resizes. */
#include <lauxlib.h>
#include <lualib.h>

#include "ktest.h"
#include "lkiln_alloc.h"

static lua_State *state(kiln_lalloc_counters *c) {
  lua_State *L = luaL_newstate();
  if (!L) return NULL;
  luaL_openlibs(L);
  if (kiln_lalloc_attach(L, c) != 0) {
    lua_close(L);
    return NULL;
  }
  return L;
}

/* Runs chunk in L; 0 on success. */
static int run(lua_State *L, const char *chunk) {
  if (luaL_dostring(L, chunk) == 0) return 0;
  fprintf(stderr, "  lua: %s\n", lua_tostring(L, -1));
  lua_pop(L, 1);
  return 1;
}

KT_TEST(a_freed_big_block_serves_the_next_of_its_size) {
  kiln_lalloc_counters c = { 0 };
  lua_State *L = state(&c);
  KT_REQUIRE(L != NULL);
  /* 200,000 bytes: over KILN_LALLOC_BIG, a block of its own. */
  KT_REQUIRE(run(L, "s = string.rep('a', 200000) s = nil collectgarbage() collectgarbage()") == 0);
  uint64_t kept = atomic_load(&c.kept_bytes);
  KT_CHECK(kept > 200000 && kept < 201000);
  KT_CHECK(atomic_load(&c.reused) == 0);
  KT_REQUIRE(run(L, "s = string.rep('b', 200000) assert(#s == 200000 and s:sub(-1) == 'b')") == 0);
  KT_CHECK(atomic_load(&c.reused) == 1);
  KT_CHECK(atomic_load(&c.kept_bytes) == 0);
  /* Another size finds nothing to reuse. */
  KT_REQUIRE(run(L, "s = nil collectgarbage() t = string.rep('c', 300000)") == 0);
  KT_CHECK(atomic_load(&c.reused) == 1);
  kiln_lalloc_close(L);
  KT_CHECK(atomic_load(&c.kept_bytes) == 0);
}

KT_TEST(small_blocks_stay_with_luajit) {
  kiln_lalloc_counters c = { 0 };
  lua_State *L = state(&c);
  KT_REQUIRE(L != NULL);
  KT_REQUIRE(run(L, "for i = 1, 20000 do local s = string.rep('x', 1000) .. i end collectgarbage()") == 0);
  KT_CHECK(atomic_load(&c.kept_bytes) == 0);
  KT_CHECK(atomic_load(&c.reused) == 0);
  kiln_lalloc_close(L);
}

KT_TEST(it_keeps_at_most_its_blocks_and_bytes) {
  kiln_lalloc_counters c = { 0 };
  lua_State *L = state(&c);
  KT_REQUIRE(L != NULL);
  /* Eight blocks of eight sizes: only the last KILN_LALLOC_KEEP freed stay. */
  KT_REQUIRE(run(L, "t = {} for i = 1, 8 do t[i] = string.rep('x', 100000 + i * 1000) end "
                    "t = nil collectgarbage() collectgarbage()") == 0);
  uint64_t kept = atomic_load(&c.kept_bytes);
  KT_CHECK(kept > (uint64_t)KILN_LALLOC_KEEP * 100000);
  KT_CHECK(kept < (uint64_t)KILN_LALLOC_KEEP * 109000);
  /* A block over the byte bound is never kept, and does not push the others out. */
  KT_REQUIRE(run(L, "s = string.rep('y', 40 * 1024 * 1024) s = nil collectgarbage() collectgarbage()") == 0);
  KT_CHECK(atomic_load(&c.kept_bytes) == kept);
  /* Two states adding to the same counters. */
  lua_State *L2 = state(&c);
  KT_REQUIRE(L2 != NULL);
  KT_REQUIRE(run(L2, "s = string.rep('z', 150000) s = nil collectgarbage() collectgarbage()") == 0);
  KT_CHECK(atomic_load(&c.kept_bytes) > kept + 150000);
  kiln_lalloc_close(L2);
  KT_CHECK(atomic_load(&c.kept_bytes) == kept);
  kiln_lalloc_close(L);
  KT_CHECK(atomic_load(&c.kept_bytes) == 0);
}

KT_TEST(close_takes_a_plain_state_and_null) {
  lua_State *L = luaL_newstate();
  KT_REQUIRE(L != NULL);
  kiln_lalloc_close(L); /* never attached: a plain lua_close */
  kiln_lalloc_close(NULL);
}

KT_MAIN("lalloc",
        KT_CASE(a_freed_big_block_serves_the_next_of_its_size),
        KT_CASE(small_blocks_stay_with_luajit),
        KT_CASE(it_keeps_at_most_its_blocks_and_bytes),
        KT_CASE(close_takes_a_plain_state_and_null))
