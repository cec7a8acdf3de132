/* kiln window, internal: the state shared by runtime/window*.c (window.c
 * create/destroy, events and frames; window_draw.c the draw pipeline, batch
 * and draw calls; window_shot.c read-back and screenshots). Not part of the
 * public API.
 *
 * State: everything lives in struct kiln_window; the one process-wide
 * variable (glfw_ready) is static in window.c. Every field is touched on the
 * render thread only, so there is no lock.
 *
 * Drawing: draw calls append quads (6 vertices, two triangles) to a fixed
 * CPU batch and to a run list ("cmd"): consecutive quads share a run while
 * they agree on the user textures they need (solid and text quads need
 * none, so they join any run). A flush uploads the batch into one orphaned
 * streaming VBO and issues one glDrawArrays per run. One shader covers all
 * kinds: a per-vertex mode selects solid, 2D texture, array layer or font
 * coverage, and per-vertex flags pick an exact mip level or normal-map
 * display for the textured modes. */
#ifndef KILN_WINDOW_INT_H
#define KILN_WINDOW_INT_H

#include "window.h"

#include "font.h"
#include "kiln_err.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <pthread.h>
#include <stdint.h>

#define KILN__WINDOW_MAX_CMDS (KILN_WINDOW_BATCH_VERTICES / 6 + 2)
#define KILN__WINDOW_LEVEL_CACHE 16

enum { MODE_SOLID = 0, MODE_TEX = 1, MODE_ARRAY = 2, MODE_TEXT = 3 };
enum { UNIT_TEX = 0, UNIT_ARRAY = 1, UNIT_FONT = 2 };
/* struct vtx flags; the shader tests the same bits. */
enum { VTX_LEVEL = 1, VTX_NORMAL = 2 };

/* 24 bytes. mode, level and flags reach the shader as one uvec4, so the
 * options ride in what used to be padding. */
struct vtx {
  float x, y, u, v, layer;
  uint8_t rgba[4];
  uint8_t mode, level, flags, pad;
};

/* A run of vertices drawn with one glDrawArrays; a texture name of 0 means
 * "any": no vertex in the run samples that unit. */
struct cmd {
  GLuint tex, arr;
  uint32_t first, count;
};

/* A user texture's usable mip range, looked up for `level =` draws. Kept
 * only until the next flush: a texture drawn in the batch must stay alive
 * until then, so its name cannot be reused for another texture meanwhile. */
struct level_range {
  GLuint tex;
  uint8_t array;
  int count; /* texelFetch levels 0..count-1 (counted from the base level) */
};

struct kiln_window {
  GLFWwindow *glfw;
  pthread_t owner;
  double t0;
  int gl_major, gl_minor, fell_back;
  char first_error[256];
  const char *gl_version, *gl_renderer; /* glGetString: live with the context */

  kiln_window_event queue[KILN_WINDOW_EVENT_QUEUE];
  unsigned q_head, q_len;
  uint64_t dropped;

  int in_frame;
  GLuint fbo, color_rb;
  int fb_w, fb_h; /* frame buffer size */
  GLuint prog, vao, vbo, font_tex;
  GLint u_scale;
  struct vtx *v;
  uint32_t nv;
  struct cmd *cmds;
  uint32_t ncmd;
  struct level_range level_cache[KILN__WINDOW_LEVEL_CACHE];
  uint32_t n_level_cache;
  kiln_window_stats cur, last;
  uint64_t frames;

  kiln__font font;
};

static inline int kiln__window_on_thread(const kiln_window *w) {
  return pthread_equal(pthread_self(), w->owner);
}

#define KILN__WINDOW_CHECK_THREAD(win, msg, fn)                                              \
  do {                                                                                       \
    if (!kiln__window_on_thread(win))                                                        \
      return kiln_errf(msg, KILN_THREAD, "kiln_window_%s: called off the render thread", fn); \
  } while (0)

/* window.c */
void kiln__window_make_current(kiln_window *win);
/* KILN_THREAD off the render thread, KILN_INVAL outside a frame. */
int kiln__window_check_draw(kiln_window *win, const char *fn, char *msg);

/* window_draw.c. draw_init builds the shader, vertex stream and font atlas
 * (the context is current; on failure the caller's destroy releases what
 * was made); draw_release deletes them (the context is current). */
int kiln__window_draw_init(kiln_window *win, char *msg);
void kiln__window_draw_release(kiln_window *win);
/* Empties the batch without drawing it (a new frame). */
void kiln__window_batch_reset(kiln_window *win);
/* Draws and empties the batch; leaves the GL state window.h lists. */
void kiln__window_flush_batch(kiln_window *win);

#endif
