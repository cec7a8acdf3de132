/* kiln.so as a module of a host's own Lua state (the way luajit, busted
 * and LÖVE load it): a worker that a close deadline abandoned returns to
 * kiln's code after the host closed its state, which dlcloses the module.
 * kiln pins itself (lkiln.c, pin_module), so that return is safe. Without
 * the pin this test dies with SIGSEGV. */
#include <lauxlib.h>
#include <lualib.h>
#include <unistd.h>

#include "ktest.h"

static const char *chunk =
  "package.cpath = (os.getenv('BUILD') or 'build') .. '/?.so;' .. package.cpath\n"
  "local kiln = require 'kiln'\n"
  "local rt = kiln.runtime { workers = 1 }\n"
  "rt:load_string([[\n"
  "  local kiln = require 'kiln'\n"
  "  local ffi = require 'ffi'\n"
  "  pcall(ffi.cdef, 'int usleep(unsigned int);')\n"
  "  kiln.artifact { name = 'slow', compute = function(ctx, key, ms)\n"
  "    ffi.C.usleep(ms * 1000) return 1 end }\n"
  "]], 'slow.lua')\n"
  "rt:enqueue('slow', 'k', { args = 300 })\n"
  "local t = os.clock()\n"
  "while rt:stats().in_flight == 0 do end\n"
  "local ok, msg = rt:close { timeout_s = 0.05 }\n"
  "assert(not ok and msg:find('abandoned'), tostring(msg))\n";

KT_TEST(an_abandoned_worker_returns_after_lua_close) {
  lua_State *L = luaL_newstate();
  KT_REQUIRE(L != NULL);
  luaL_openlibs(L);
  if (luaL_dostring(L, chunk) != 0) {
    fprintf(stderr, "  lua: %s\n", lua_tostring(L, -1));
    KT_CHECK(0);
  }
  lua_close(L); /* unloads kiln.so unless it pinned itself */
  usleep(600 * 1000); /* the worker's compute returns meanwhile */
  KT_CHECK(1); /* still here */
}

KT_MAIN("module_unload", KT_CASE(an_abandoned_worker_returns_after_lua_close))
