/* An engine that embeds LuaJIT and owns its window, GL context and
 * textures, with kiln streaming baked tiles into one of its textures.
 *
 * The engine: a GLFW window, a GL texture it made with glTexImage2D, its
 * own lua_State and frame loop. kiln: opened in that lua_State (kiln.h),
 * attached to the engine's current context (rt:gl_attach), adopting the
 * engine's texture (rt:texture { gl = ... }), pumped once per frame.
 *
 *   cc -o embed main.c $(pkg-config --cflags kiln glfw3 gl) $(pkg-config --static --libs kiln) -lGL
 *   ./embed [--check]   (--check: read the texture back, verify it, exit)
 *
 * Headless: run under Xvfb (tests/suite-install.sh does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <GL/gl.h>
#include <GLFW/glfw3.h>
#include <kiln.h>
#include <lauxlib.h>
#include <lualib.h>

#define ATLAS 256 /* 4 x 4 tiles of 64 x 64 */
#define TILE 64

/* The engine's Lua side: the cache type and the kiln runtime. A real
 * engine would keep these in its game scripts. */
static const char *engine_lua =
  "local kiln = require 'kiln'\n"
  "local TILE = ...\n"
  "rt = kiln.runtime { workers = 2, cache_dir = os.getenv('EMBED_CACHE') or '.kiln-cache/embed' }\n"
  "rt:gl_attach()  -- the engine's context is current on this thread\n"
  "rt:texture { name = 'atlas', gl = atlas_gl, width = 256, height = 256 }\n"
  "rt:load_string([[\n"
  "  local kiln = require 'kiln'\n"
  "  kiln.artifact { name = 'swatch', outputs = { gpu = true }, gpu_bytes = 64 * 64 * 4,\n"
  "    compute = function(ctx, key, n)\n"
  "      local b = kiln.buffer(64 * 64 * 4, false)\n"
  "      for i = 0, 64 * 64 - 1 do\n"
  "        b.ptr[i * 4], b.ptr[i * 4 + 1], b.ptr[i * 4 + 2], b.ptr[i * 4 + 3] = n * 16, 255 - n * 16, 128, 255\n"
  "      end\n"
  "      return b\n"
  "    end,\n"
  "    output = function(ctx, key, b)\n"
  "      local n = ctx.args\n"
  "      ctx:stage_texture { texture = 'atlas', x = n % 4 * 64, y = (n - n % 4) / 4 * 64, w = 64, h = 64, data = b }\n"
  "    end,\n"
  "    apply = function(ctx, key) tiles_done = (tiles_done or 0) + 1 end }\n"
  "]], 'engine/swatch.lua')\n"
  "for n = 0, 15 do rt:enqueue('swatch', 'swatch/' .. n, { args = n }) end\n"
  "function frame() rt:pump { max_ms = 2 }; return tiles_done or 0 end\n";

static int check_atlas(GLuint tex) {
  unsigned char *px = malloc(ATLAS * ATLAS * 4);
  glBindTexture(GL_TEXTURE_2D, tex);
  glGetTexImage(GL_TEXTURE_2D, 0, GL_RGBA, GL_UNSIGNED_BYTE, px);
  int bad = 0;
  for (int n = 0; n < 16; n++) {
    int x = n % 4 * TILE + TILE / 2, y = n / 4 * TILE + TILE / 2;
    const unsigned char *p = px + (y * ATLAS + x) * 4;
    if (p[0] != n * 16 || p[1] != 255 - n * 16 || p[2] != 128) bad++;
  }
  free(px);
  return bad;
}

int main(int argc, char **argv) {
  int check = argc > 1 && strcmp(argv[1], "--check") == 0;
  if (!glfwInit()) { fputs("embed: no display\n", stderr); return 1; }
  glfwWindowHint(GLFW_VISIBLE, check ? GLFW_FALSE : GLFW_TRUE);
  GLFWwindow *win = glfwCreateWindow(ATLAS, ATLAS, "engine + kiln", NULL, NULL);
  if (!win) { fputs("embed: no GL window\n", stderr); return 1; }
  glfwMakeContextCurrent(win);

  /* The engine's texture, made the engine's way. */
  GLuint atlas;
  glGenTextures(1, &atlas);
  glBindTexture(GL_TEXTURE_2D, atlas);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, ATLAS, ATLAS, 0, GL_RGBA, GL_UNSIGNED_BYTE, NULL);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);

  lua_State *L = luaL_newstate();
  luaL_openlibs(L);
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "preload");
  lua_pushcfunction(L, luaopen_kiln);
  lua_setfield(L, -2, "kiln");
  lua_pop(L, 2);
  lua_pushinteger(L, (lua_Integer)atlas);
  lua_setglobal(L, "atlas_gl");
  if (luaL_loadstring(L, engine_lua) || (lua_pushinteger(L, TILE), lua_pcall(L, 1, 0, 0))) {
    fprintf(stderr, "embed: %s\n", lua_tostring(L, -1));
    return 1;
  }

  int done = 0, rc = 0;
  for (int frame = 0; frame < 2000 && !glfwWindowShouldClose(win); frame++) {
    glfwPollEvents();
    lua_getglobal(L, "frame");
    if (lua_pcall(L, 0, 1, 0) != 0) { fprintf(stderr, "embed: %s\n", lua_tostring(L, -1)); rc = 1; break; }
    done = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    glClear(GL_COLOR_BUFFER_BIT); /* the engine draws as it always does (the atlas, here) */
    glfwSwapBuffers(win);
    if (check && done == 16) break;
    glfwWaitEventsTimeout(0.005);
  }
  if (check && rc == 0) {
    int bad = check_atlas(atlas);
    printf("embed: %d/16 tiles applied, %d wrong in the engine's texture\n", done, bad);
    rc = done == 16 && bad == 0 ? 0 : 1;
  }
  lua_close(L); /* closes the runtime (its GL objects go while the context lives) */
  glDeleteTextures(1, &atlas);
  glfwDestroyWindow(win);
  glfwTerminate();
  return rc;
}
