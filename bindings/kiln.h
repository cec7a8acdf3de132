/* kiln's public C API, for engines that embed LuaJIT themselves.
 *
 * kiln is driven from Lua: open the module in your own lua_State and use
 * `require "kiln"` as the README shows. Link with `pkg-config --libs kiln`
 * (static: libkiln.a) or load kiln.so as a Lua C module.
 *
 *   lua_State *L = luaL_newstate();
 *   luaL_openlibs(L);
 *   luaL_requiref-style:  lua_pushcfunction(L, luaopen_kiln); lua_call(L, 0, 1);
 *   or preload it:        package.preload.kiln = luaopen_kiln
 *
 * Threads: the thread that creates a runtime (kiln.runtime) is its render
 * thread; kiln starts its own worker and I/O threads, each with its own
 * Lua state. */
#ifndef KILN_H
#define KILN_H

#include <lua.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Opens the `kiln` module: pushes its table (a lua_CFunction). */
int luaopen_kiln(lua_State *L);

/* A new Lua state with the standard libraries and `kiln` preloaded (for
 * require), or NULL when out of memory. jit_off: the interpreter only. */
lua_State *kiln_lua_newstate(int jit_off);

#ifdef __cplusplus
}
#endif

#endif
