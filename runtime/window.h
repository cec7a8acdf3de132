/* kiln window: a GLFW window with a GL context, key events, and a small
 * batched 2D draw layer (solid rectangles, textured quads, HUD text, line
 * graphs) for the demo scene, plus screenshots.
 *
 * Threads: the thread that calls kiln_window_new is the window's render
 * thread (it must be the process main thread, as GLFW requires). Every
 * function below is "render thread only" unless it says otherwise. From
 * another thread, functions returning a KILN_* code return KILN_THREAD and
 * touch nothing; next_event and should_close return 0, set_should_close
 * does nothing; kiln_window_free asserts. GL state is only ever touched on
 * the render thread, with the window's context made current first.
 *
 * Coordinates are framebuffer pixels, origin top-left, y down. Colours are
 * straight (non-premultiplied) RGBA floats in 0..1, blended "over".
 *
 * Frames: kiln_window_begin_frame .. draws .. kiln_window_end_frame. The
 * frame is rendered into an offscreen colour buffer owned by the window and
 * copied to the window at end_frame, so screenshots and read-backs see the
 * same pixels whether the window is visible, hidden or covered.
 *
 * Draw calls only append vertices to a CPU batch; the batch is uploaded
 * into one streamed VBO and drawn (one draw call per run of draws sharing
 * the same user texture) at kiln_window_flush / end_frame, or when it
 * reaches KILN_WINDOW_BATCH_VERTICES. Raw GL drawn between kiln draws must
 * call kiln_window_flush first to keep painter's order. A flush sets (and
 * leaves) this GL state: draw framebuffer = the window's frame buffer,
 * viewport, program, vertex array, GL_ARRAY_BUFFER, textures and samplers on
 * units 0..2, active texture unit 0, blend on (src-alpha over), depth,
 * stencil, scissor, cull off, colour mask all on.
 *
 * Errors: KILN_* codes from kiln_err.h; the detail goes into msg
 * (KILN_ERRMSG_MAX bytes, may be NULL). */
#ifndef KILN_WINDOW_H
#define KILN_WINDOW_H

#include <stddef.h>
#include <stdint.h>

typedef struct kiln_window kiln_window;

typedef struct kiln_color {
  float r, g, b, a;
} kiln_color;

/* 0xRRGGBBAA -> colour; handy for constants and for the Lua side. */
static inline kiln_color kiln_color_hex(uint32_t rgba) {
  kiln_color c = {(float)(rgba >> 24 & 255) / 255.0f, (float)(rgba >> 16 & 255) / 255.0f,
                  (float)(rgba >> 8 & 255) / 255.0f, (float)(rgba & 255) / 255.0f};
  return c;
}

/* Zero means default for every field but width and height. */
typedef struct kiln_window_config {
  int width, height;     /* window size in screen coordinates, 1..16384; required */
  const char *title;     /* NULL: "kiln"; copied */
  int visible;           /* 0: hidden (tests, headless); nonzero: shown */
  int vsync;             /* 0: swap at once; nonzero: swap interval 1 */
  const char *font_path; /* NULL: $KILN_FONT, else Debian's
                          * /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf */
  int font_px;           /* HUD font pixel size, 6..128; 0: 16 */
  int gl_major, gl_minor; /* context version tried first; 0: 4.5 core. When it
                           * cannot be created, 3.3 core is tried. */
} kiln_window_config;

typedef struct kiln_window_info {
  int gl_major, gl_minor; /* version of the context actually created */
  int fell_back;          /* 1 when the first request failed and 3.3 was used */
  const char *gl_version; /* GL_VERSION / GL_RENDERER strings, valid until */
  const char *gl_renderer; /* kiln_window_free */
  char first_error[256];  /* why the first request failed, when fell_back */
  int fb_width, fb_height; /* framebuffer size now, pixels */
  int font_px, line_height; /* HUD font metrics, pixels */
} kiln_window_info;

/* Creates the window and its GL context, makes the context current on the
 * calling thread, loads GL through glad (gladLoadGL), bakes the HUD font
 * into an atlas texture and builds the draw pipeline. The frame buffer
 * starts cleared to opaque black.
 * Errors: KILN_INVAL (size out of range, font_px out of range, NULL cfg),
 * KILN_GL (no display: "no display: GLFW could not open X display ...";
 * no GL 3.3 core context; glad load, shader or framebuffer failure),
 * KILN_NOTFOUND / KILN_IO / KILN_CORRUPT (font file, msg names the path and
 * where it came from), KILN_NOMEM. On error *out is NULL and nothing is
 * left behind. GLFW is initialised by the first call that gets that far and
 * stays up (a failed start, e.g. no display, is retried on the next call).
 * Main thread only; it becomes the render thread. */
int kiln_window_new(const kiln_window_config *cfg, kiln_window **out, char *msg);

/* Destroys GL objects owned by the window, then the window and its context
 * (the caller must have deleted its own GL objects in that context first).
 * Afterwards the context that was current before the call is current again,
 * or none if that was this window's. GLFW itself stays initialised until the
 * process exits (re-initialising reloads the GL driver). NULL is a no-op.
 * Render thread only (asserted). */
void kiln_window_free(kiln_window *win);

/* Context version, GL strings, framebuffer size and font metrics. */
int kiln_window_info_get(kiln_window *win, kiln_window_info *info);

/* The GL loader (glfwGetProcAddress), for a module that loads GL itself;
 * glad's GLADloadfunc has the same type. kiln_window_new has already run
 * gladLoadGL for the glad linked into libkiln. The loader needs a window's
 * context current on the calling thread, i.e. the render thread. */
typedef void (*kiln_window_glproc)(void);
typedef kiln_window_glproc (*kiln_window_getproc_fn)(const char *name);
kiln_window_getproc_fn kiln_window_getproc(void);

/* The GLFWwindow, as an escape hatch (cast to GLFWwindow *). Owned by win. */
void *kiln_window_glfw(kiln_window *win);

/* ----------------------------------------------------------------- events */

enum { KILN_WINDOW_RELEASE = 0, KILN_WINDOW_PRESS = 1, KILN_WINDOW_REPEAT = 2 };
enum { /* modifier bits, same values as GLFW's */
  KILN_WINDOW_MOD_SHIFT = 1, KILN_WINDOW_MOD_CONTROL = 2, KILN_WINDOW_MOD_ALT = 4,
  KILN_WINDOW_MOD_SUPER = 8
};
#define KILN_WINDOW_EVENT_QUEUE 256

typedef struct kiln_window_event {
  const char *key; /* static name: "A".."Z", "0".."9", "SPACE", "ESCAPE",
                    * "ENTER", "LEFT", "F1", "KP_1", ... "UNKNOWN" */
  int action;      /* KILN_WINDOW_PRESS / RELEASE / REPEAT */
  int mods;        /* KILN_WINDOW_MOD_* bits */
  int glfw_key;    /* GLFW_KEY_* (US layout position) */
} kiln_window_event;

/* Processes pending window-system events (glfwPollEvents): key events are
 * queued on their window, framebuffer size and close flags update. Never
 * blocks. When a window's queue is full (KILN_WINDOW_EVENT_QUEUE) new
 * events are dropped and counted. */
int kiln_window_poll(kiln_window *win);

/* Pops the oldest queued key event into *ev: returns 1, or 0 when the queue
 * is empty (or on the wrong thread). */
int kiln_window_next_event(kiln_window *win, kiln_window_event *ev);

/* Events dropped because the queue was full, since creation. */
uint64_t kiln_window_events_dropped(kiln_window *win);

/* Static name for a GLFW key code ("UNKNOWN" for unknown codes). Any thread. */
const char *kiln_window_key_name(int glfw_key);

/* Close requested (window manager close button or set_should_close). */
int kiln_window_should_close(kiln_window *win);
void kiln_window_set_should_close(kiln_window *win, int close);

/* Current framebuffer size in pixels. */
int kiln_window_framebuffer_size(kiln_window *win, int *w, int *h);

/* Seconds since the window was created (monotonic, GLFW timer). Any thread. */
double kiln_window_time(kiln_window *win);

/* ------------------------------------------------------------------ frame */

/* Makes the context current, resizes the frame buffer to the framebuffer
 * size when that changed (and is not zero, e.g. minimized), binds it and
 * clears it to `clear`. Errors: KILN_INVAL (already inside a frame),
 * KILN_GL (frame buffer incomplete after a resize). */
int kiln_window_begin_frame(kiln_window *win, kiln_color clear, char *msg);

/* Flushes the batch, copies the frame to the window and swaps buffers
 * (waits for vblank when vsync is on). Errors: KILN_INVAL (not in a frame). */
int kiln_window_end_frame(kiln_window *win, char *msg);

/* Draws everything batched so far, now. Inside a frame only. */
int kiln_window_flush(kiln_window *win, char *msg);

typedef struct kiln_window_stats {
  uint32_t draw_calls; /* glDrawArrays calls in the last completed frame */
  uint32_t flushes;    /* batch uploads in the last completed frame */
  uint32_t vertices;   /* vertices drawn in the last completed frame */
  uint64_t frames;     /* frames completed since creation */
} kiln_window_stats;
int kiln_window_stats_get(kiln_window *win, kiln_window_stats *st);

/* ------------------------------------------------------------------- draw */
/* All draw calls: inside a frame only (else KILN_INVAL), non-finite
 * coordinates give KILN_INVAL naming the field; a rectangle with w <= 0
 * or h <= 0 draws nothing and is not an error. */

#define KILN_WINDOW_BATCH_VERTICES 65536

int kiln_window_draw_rect(kiln_window *win, float x, float y, float w, float h, kiln_color c,
                          char *msg);

/* A textured quad. uv (0,0) is the first texel row of the texture's data
 * and is drawn at the top of the rectangle. Zero means default: all-zero uv
 * is the whole texture (0,0)-(1,1), an all-zero tint is opaque white, and
 * the texture is sampled with its own filter state over all its levels. */
typedef struct kiln_window_quad {
  float x, y, w, h;       /* destination rectangle, pixels */
  float u0, v0, u1, v1;   /* source rectangle, normalized texture coords */
  kiln_color tint;        /* multiplies the texel */
  int level_on;           /* nonzero: show exactly mip level `level`, texel
                           * for texel (nearest, no filtering; uv outside 0..1
                           * clamps to the edge texel) */
  int level;              /* 0 = the texture's base level (normally level 0) */
  int normal;             /* nonzero: red and green hold a tangent-space
                           * normal's x and y (as BC5 or RG8 store it); drawn
                           * as rgb = (x, y, z) * 0.5 + 0.5 with x, y = rg * 2 - 1,
                           * z = sqrt(max(0, 1 - x^2 - y^2)), alpha 1 (before
                           * the tint) */
} kiln_window_quad;

/* tex: a GL_TEXTURE_2D name of a colour texture (normalized or float
 * format) in this context, sampled with its own filter state; must stay
 * alive until the next flush. Errors: KILN_INVAL (tex 0, bad numbers; with
 * level_on: tex not a texture, level negative or not below the texture's
 * level count, counted from its base level up to its max level, e.g.
 * "level 9 is beyond the texture's 7 levels"). With level_on the level
 * count is read from GL once per texture per batch (a bind and rebind of
 * tex on the active unit; the binding is restored). */
int kiln_window_draw_texture(kiln_window *win, unsigned tex, const kiln_window_quad *q,
                             char *msg);
/* Layer `layer` (>= 0) of a GL_TEXTURE_2D_ARRAY texture; same rules. */
int kiln_window_draw_texture_layer(kiln_window *win, unsigned tex, int layer,
                                   const kiln_window_quad *q, char *msg);

/* HUD text (UTF-8; code points outside U+0020..U+00FF draw as '?'; '\n'
 * starts a line, '\t' jumps to the next 4-cell stop). (x, y) is the top-left
 * of the text box, rounded to whole pixels; s need not be NUL-terminated. */
int kiln_window_draw_text(kiln_window *win, float x, float y, kiln_color c, const char *s,
                          size_t len, char *msg);

/* Size of the box kiln_window_draw_text fills: every inked pixel lies in
 * [x, x+w) x [y, y+h). h is lines * line_height. Any thread while win lives
 * (the font is immutable). */
void kiln_window_text_size(const kiln_window *win, const char *s, size_t len, int *w, int *h);
int kiln_window_line_height(const kiln_window *win);

/* A line graph of count values spread evenly over the rectangle's width;
 * a value maps min -> bottom edge, max -> top edge (clamped). NaN values
 * leave gaps. Zero means default for the colours and thickness. */
typedef struct kiln_window_graph {
  const float *values;        /* count values, read during the call only */
  size_t count;
  float x, y, w, h;           /* rectangle, pixels */
  float min, max;             /* value range; min >= max: the data's range */
  kiln_color color;           /* all zero: green */
  kiln_color background;      /* all zero: none */
  int threshold_on;           /* nonzero: draw a horizontal line at threshold */
  float threshold;            /* e.g. 16.6 (ms) */
  kiln_color threshold_color; /* all zero: red */
  float thickness;            /* line width in pixels, 0: 1.5 */
} kiln_window_graph;

/* Errors: KILN_INVAL (NULL graph, values NULL with count > 0, non-finite
 * rectangle/range/threshold). */
int kiln_window_draw_graph(kiln_window *win, const kiln_window_graph *g, char *msg);

/* ------------------------------------------------------------- read-back */

/* The frame buffer's pixels: inside a frame, what was drawn so far (the
 * batch is flushed first); outside, the last completed frame. *rgba gets a
 * malloc'd w*h*4 bytes, rows top-down, RGBA8; the caller frees it with
 * free(). Errors: KILN_NOMEM. */
int kiln_window_read_pixels(kiln_window *win, uint8_t **rgba, int *w, int *h, char *msg);

/* Writes those pixels as an 8-bit RGB PNG (alpha dropped: what the window
 * shows). Written to a temporary file beside `path` and renamed, so `path`
 * is either the old file or the complete new one. Errors: KILN_INVAL
 * (NULL/empty path), KILN_IO (cannot create/write/rename; msg names the
 * path and errno text), KILN_NOMEM. */
int kiln_window_screenshot(kiln_window *win, const char *path, char *msg);

/* Testing only: feeds a key event through the window's GLFW key callback,
 * as the window system would. */
void kiln__window_inject_key(kiln_window *win, int glfw_key, int scancode, int action, int mods);

#endif
