/* build/kiln: runs a Lua script with kiln preloaded, like `luajit script.lua
 * args`. Exits nonzero, with the message and a traceback, when the script
 * fails to load or raises. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <luajit.h>
#include <lualib.h>

#include "bake_lua.h"
#include "farm_lua.h"
#include "disk.h"
#include "lkiln.h"

static const char usage[] =
  "usage: kiln SCRIPT.lua [args...]   run a Lua script with the kiln module preloaded\n"
  "       kiln cache ls|verify|gc|stats [DIR]\n"
  "                                   list, verify, clean or sum up a cache directory\n"
  "       kiln cache prune --max-bytes N [DIR]\n"
  "                                   evict least recently used artifacts down to N bytes\n"
  "       kiln bake SCRIPT --type T (--keys FILE | --range A..B) [--workers N] [--force]\n"
  "                 [--cache DIR] [--args LUA_EXPR]   bake artifacts without a window\n"
  "                                   (default .kiln-cache)\n"
  "       kiln bake ... --queue redis://HOST:PORT/NAME [--timeout S]\n"
  "                                   plan a distributed bake: queue the keys for workers\n"
  "       kiln worker --queue redis://HOST:PORT/NAME [--remote URL] [--cache DIR] SCRIPT\n"
  "                                   bake queued jobs (any machine; see README)\n"
  "       kiln --trace OUT.json SCRIPT.lua [args...]\n"
  "                                   also record a Chrome/Perfetto trace of every runtime\n"
  "       kiln --version\n";

static int traceback(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (!msg) msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  /* Messages from rt:load already carry a traceback; do not stack two. */
  if (strstr(msg, "stack traceback:")) return 1;
  lua_getglobal(L, "debug");
  lua_getfield(L, -1, "traceback");
  lua_pushstring(L, msg);
  lua_pushinteger(L, 2);
  lua_call(L, 2, 1);
  return 1;
}

/* The script's arguments as the global `arg`, numbered like luajit's. */
static void set_args(lua_State *L, int argc, char **argv, int script) {
  lua_createtable(L, argc - script - 1, script + 1);
  for (int i = 0; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - script);
  }
  lua_setglobal(L, "arg");
}

int main(int argc, char **argv) {
  if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
    fputs(usage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  if (strcmp(argv[1], "cache") == 0) {
    if (argc < 3) {
      fputs(usage, stderr);
      return 2;
    }
    return kiln_disk_cli(argc - 2, argv + 2);
  }
  if (strcmp(argv[1], "--version") == 0) {
    printf("kiln 0.1.0 (%s)\n", LUAJIT_VERSION);
    return 0;
  }
  /* --trace PATH: every runtime the script creates records into PATH. */
  int script = 1;
  if (strcmp(argv[1], "--trace") == 0) {
    if (argc < 4) {
      fputs(usage, stderr);
      return 2;
    }
    setenv("KILN_TRACE", argv[2], 1);
    script = 3;
  }
  lua_State *L = kiln_lua_newstate(0);
  if (!L) {
    fputs("kiln: cannot create a Lua state (out of memory)\n", stderr);
    return 1;
  }
  set_args(L, argc, argv, script);
  /* os.exit closes the state first (as os.exit(code, true) would), so the
   * runtimes a script leaves open finish and their queued writes land. */
  if (luaL_dostring(L, "local exit = os.exit\n"
                       "os.exit = function(code) return exit(code, true) end") != 0) {
    fprintf(stderr, "kiln: %s\n", lua_tostring(L, -1));
    lua_close(L);
    return 1;
  }

  int status = 0;
  lua_pushcfunction(L, traceback);
  int bake = strcmp(argv[script], "bake") == 0;
  int worker = strcmp(argv[script], "worker") == 0; /* farm: kiln worker */
  if (bake || worker) { /* farm: the planner and the worker, as require "kiln.farm" */
    lua_getglobal(L, "package");
    lua_getfield(L, -1, "preload");
    if (luaL_loadbuffer(L, (const char *)luaJIT_BC_farm, luaJIT_BC_farm_SIZE, "=farm") != 0) {
      fprintf(stderr, "kiln: %s\n", lua_tostring(L, -1));
      lua_close(L);
      return 1;
    }
    lua_setfield(L, -2, "kiln.farm");
    lua_pop(L, 2);
  }
  int loaded = bake     ? luaL_loadbuffer(L, (const char *)luaJIT_BC_bake, luaJIT_BC_bake_SIZE, "=bake")
               : worker ? luaL_loadstring(L, "return require('kiln.farm').worker(...)")
                        : luaL_loadfile(L, argv[script]);
  if (loaded != 0) {
    fprintf(stderr, "kiln: %s\n", lua_tostring(L, -1));
    status = 1;
  } else {
    int nargs = argc - script - 1;
    for (int i = script + 1; i < argc; i++) lua_pushstring(L, argv[i]);
    if (lua_pcall(L, nargs, 0, -nargs - 2) != 0) {
      fprintf(stderr, "kiln: %s\n", lua_tostring(L, -1));
      status = 1;
    }
  }
  lua_close(L); /* runs __gc: runtimes finish their work and join */
  return status;
}
