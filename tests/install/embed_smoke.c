/* An engine's own LuaJIT host, built against an installed kiln (pkg-config
 * kiln): opens kiln in its own lua_State, loads a cache type from a string
 * and bakes a few items to disk. Run by tests/suite-install.sh. */
#include <stdio.h>

#include <kiln.h>
#include <lauxlib.h>
#include <lualib.h>

static const char *host =
  "local kiln = require 'kiln'\n"
  "local rt = kiln.runtime { workers = 2, cache_dir = arg_dir }\n"
  "rt:load_string([[\n"
  "  local kiln = require 'kiln'\n"
  "  kiln.artifact { name = 'tile', outputs = { disk = true },\n"
  "    compute = function(ctx, key) return 'baked ' .. key end,\n"
  "    output = function(ctx, key, v) ctx:write_disk(v) end,\n"
  "    apply = function(ctx, key, v) applied = (applied or 0) + 1 end }\n"
  "]], 'engine/tile.lua')\n"
  "for i = 1, 16 do rt:enqueue('tile', 't' .. i) end\n"
  "assert(rt:drain(10), 'drain timed out')\n"
  "assert(rt:close())\n"
  "print(('embed: %d applied, %d written'):format(applied, rt:stats().disk.writes))\n";

int main(int argc, char **argv) {
  if (argc < 2) { fputs("usage: embed_smoke CACHE_DIR\n", stderr); return 2; }
  /* kiln's own constructor: standard libraries plus `kiln` preloaded
   * (examples/embed-c registers luaopen_kiln by hand instead). */
  lua_State *L = kiln_lua_newstate(0);
  if (!L) { fputs("embed: out of memory\n", stderr); return 1; }
  lua_pushstring(L, argv[1]);
  lua_setglobal(L, "arg_dir");
  int rc = luaL_dostring(L, host);
  if (rc != 0) fprintf(stderr, "embed: %s\n", lua_tostring(L, -1));
  lua_close(L);
  return rc != 0;
}
