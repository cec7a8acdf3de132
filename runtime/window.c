/* kiln window: GLFW window + GL context, key event queue, a batched 2D draw
 * layer rendered into an offscreen frame buffer, and PNG screenshots.
 *
 * State: everything lives in struct kiln_window except glfw_ready. GLFW is
 * process-global: the first kiln_window_new initialises it and it stays up
 * until the process exits. Terminating it with the last window would close
 * the X connection and unload the GL driver, so the next window pays for a
 * driver reload, and the driver's global allocations, orphaned by the
 * unload, show up as leaks from an unknown module under LeakSanitizer.
 * glfw_ready is touched on the main thread only: no lock in this file.
 *
 * Drawing: draw calls append quads (6 vertices, two triangles) to a fixed
 * CPU batch and to a run list ("cmd"): consecutive quads share a run while
 * they agree on the user textures they need (solid and text quads need
 * none, so they join any run). A flush uploads the batch into one orphaned
 * streaming VBO and issues one glDrawArrays per run. One shader covers all
 * kinds: a per-vertex mode selects solid, 2D texture, array layer or font
 * coverage. */
#include "window.h"

#include "font.h"
#include "kiln_err.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <png.h>

#include <assert.h>
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_SIDE 16384
#define DEFAULT_FONT_PX 16
#define MAX_CMDS (KILN_WINDOW_BATCH_VERTICES / 6 + 2)

enum { MODE_SOLID = 0, MODE_TEX = 1, MODE_ARRAY = 2, MODE_TEXT = 3 };
enum { UNIT_TEX = 0, UNIT_ARRAY = 1, UNIT_FONT = 2 };

struct vtx {
  float x, y, u, v, layer;
  uint8_t rgba[4];
  uint8_t mode, pad[3];
};

/* A run of vertices drawn with one glDrawArrays; a texture name of 0 means
 * "any": no vertex in the run samples that unit. */
struct cmd {
  GLuint tex, arr;
  uint32_t first, count;
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
  kiln_window_stats cur, last;
  uint64_t frames;

  kiln__font font;
};

static int glfw_ready; /* glfwInit succeeded; main thread only */

static int on_thread(const kiln_window *w) { return pthread_equal(pthread_self(), w->owner); }

#define CHECK_THREAD(win, msg, fn)                                                           \
  do {                                                                                       \
    if (!on_thread(win))                                                                     \
      return kiln_errf(msg, KILN_THREAD, "kiln_window_%s: called off the render thread", fn); \
  } while (0)

static void make_current(kiln_window *win) {
  if (glfwGetCurrentContext() != win->glfw) glfwMakeContextCurrent(win->glfw);
}

/* GLFW reports errors per thread through glfwGetError; copy the text out
 * at once (it lives until the next GLFW error). */
static const char *glfw_error(char *buf, size_t n) {
  const char *desc = NULL;
  int code = glfwGetError(&desc);
  if (code == GLFW_NO_ERROR) snprintf(buf, n, "no GLFW error reported");
  else snprintf(buf, n, "%s (GLFW error 0x%x)", desc ? desc : "no description", code);
  return buf;
}

/* ------------------------------------------------------------------ keys */

const char *kiln_window_key_name(int k) {
  static const char *const letters[26] = {"A", "B", "C", "D", "E", "F", "G", "H", "I",
                                          "J", "K", "L", "M", "N", "O", "P", "Q", "R",
                                          "S", "T", "U", "V", "W", "X", "Y", "Z"};
  static const char *const digits[10] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
  static const char *const kp[10] = {"KP_0", "KP_1", "KP_2", "KP_3", "KP_4",
                                     "KP_5", "KP_6", "KP_7", "KP_8", "KP_9"};
  static const char *const fkeys[25] = {"F1",  "F2",  "F3",  "F4",  "F5",  "F6",  "F7",
                                        "F8",  "F9",  "F10", "F11", "F12", "F13", "F14",
                                        "F15", "F16", "F17", "F18", "F19", "F20", "F21",
                                        "F22", "F23", "F24", "F25"};
  if (k >= GLFW_KEY_A && k <= GLFW_KEY_Z) return letters[k - GLFW_KEY_A];
  if (k >= GLFW_KEY_0 && k <= GLFW_KEY_9) return digits[k - GLFW_KEY_0];
  if (k >= GLFW_KEY_KP_0 && k <= GLFW_KEY_KP_9) return kp[k - GLFW_KEY_KP_0];
  if (k >= GLFW_KEY_F1 && k <= GLFW_KEY_F25) return fkeys[k - GLFW_KEY_F1];
  switch (k) {
  case GLFW_KEY_SPACE: return "SPACE";
  case GLFW_KEY_APOSTROPHE: return "APOSTROPHE";
  case GLFW_KEY_COMMA: return "COMMA";
  case GLFW_KEY_MINUS: return "MINUS";
  case GLFW_KEY_PERIOD: return "PERIOD";
  case GLFW_KEY_SLASH: return "SLASH";
  case GLFW_KEY_SEMICOLON: return "SEMICOLON";
  case GLFW_KEY_EQUAL: return "EQUAL";
  case GLFW_KEY_LEFT_BRACKET: return "LEFT_BRACKET";
  case GLFW_KEY_BACKSLASH: return "BACKSLASH";
  case GLFW_KEY_RIGHT_BRACKET: return "RIGHT_BRACKET";
  case GLFW_KEY_GRAVE_ACCENT: return "GRAVE_ACCENT";
  case GLFW_KEY_ESCAPE: return "ESCAPE";
  case GLFW_KEY_ENTER: return "ENTER";
  case GLFW_KEY_TAB: return "TAB";
  case GLFW_KEY_BACKSPACE: return "BACKSPACE";
  case GLFW_KEY_INSERT: return "INSERT";
  case GLFW_KEY_DELETE: return "DELETE";
  case GLFW_KEY_RIGHT: return "RIGHT";
  case GLFW_KEY_LEFT: return "LEFT";
  case GLFW_KEY_DOWN: return "DOWN";
  case GLFW_KEY_UP: return "UP";
  case GLFW_KEY_PAGE_UP: return "PAGE_UP";
  case GLFW_KEY_PAGE_DOWN: return "PAGE_DOWN";
  case GLFW_KEY_HOME: return "HOME";
  case GLFW_KEY_END: return "END";
  case GLFW_KEY_CAPS_LOCK: return "CAPS_LOCK";
  case GLFW_KEY_SCROLL_LOCK: return "SCROLL_LOCK";
  case GLFW_KEY_NUM_LOCK: return "NUM_LOCK";
  case GLFW_KEY_PRINT_SCREEN: return "PRINT_SCREEN";
  case GLFW_KEY_PAUSE: return "PAUSE";
  case GLFW_KEY_KP_DECIMAL: return "KP_DECIMAL";
  case GLFW_KEY_KP_DIVIDE: return "KP_DIVIDE";
  case GLFW_KEY_KP_MULTIPLY: return "KP_MULTIPLY";
  case GLFW_KEY_KP_SUBTRACT: return "KP_SUBTRACT";
  case GLFW_KEY_KP_ADD: return "KP_ADD";
  case GLFW_KEY_KP_ENTER: return "KP_ENTER";
  case GLFW_KEY_KP_EQUAL: return "KP_EQUAL";
  case GLFW_KEY_LEFT_SHIFT: return "LEFT_SHIFT";
  case GLFW_KEY_LEFT_CONTROL: return "LEFT_CONTROL";
  case GLFW_KEY_LEFT_ALT: return "LEFT_ALT";
  case GLFW_KEY_LEFT_SUPER: return "LEFT_SUPER";
  case GLFW_KEY_RIGHT_SHIFT: return "RIGHT_SHIFT";
  case GLFW_KEY_RIGHT_CONTROL: return "RIGHT_CONTROL";
  case GLFW_KEY_RIGHT_ALT: return "RIGHT_ALT";
  case GLFW_KEY_RIGHT_SUPER: return "RIGHT_SUPER";
  case GLFW_KEY_MENU: return "MENU";
  default: return "UNKNOWN";
  }
}

/* Runs inside glfwPollEvents, i.e. on the render thread, like the readers
 * of the queue: no lock. */
static void key_cb(GLFWwindow *gw, int key, int scancode, int action, int mods) {
  kiln_window *win = glfwGetWindowUserPointer(gw);
  if (!win) return;
  if (win->q_len == KILN_WINDOW_EVENT_QUEUE) {
    win->dropped++;
    return;
  }
  kiln_window_event *ev = &win->queue[(win->q_head + win->q_len) % KILN_WINDOW_EVENT_QUEUE];
  ev->key = kiln_window_key_name(key);
  ev->action = action == GLFW_PRESS ? KILN_WINDOW_PRESS
               : action == GLFW_REPEAT ? KILN_WINDOW_REPEAT : KILN_WINDOW_RELEASE;
  ev->mods = mods & (KILN_WINDOW_MOD_SHIFT | KILN_WINDOW_MOD_CONTROL | KILN_WINDOW_MOD_ALT |
                     KILN_WINDOW_MOD_SUPER);
  ev->glfw_key = key;
  win->q_len++;
}

void kiln__window_inject_key(kiln_window *win, int glfw_key, int scancode, int action, int mods) {
  assert(on_thread(win));
  key_cb(win->glfw, glfw_key, scancode, action, mods);
}

/* ------------------------------------------------------------ GL set-up */

static const char *const VS =
    "#version 330 core\n"
    "layout(location = 0) in vec2 a_pos;\n"
    "layout(location = 1) in vec3 a_uvl;\n"
    "layout(location = 2) in vec4 a_color;\n"
    "layout(location = 3) in uint a_mode;\n"
    "uniform vec2 u_scale;\n"
    "out vec3 v_uvl;\n"
    "out vec4 v_color;\n"
    "flat out uint v_mode;\n"
    "void main() {\n"
    "  gl_Position = vec4(a_pos.x * u_scale.x - 1.0, 1.0 - a_pos.y * u_scale.y, 0.0, 1.0);\n"
    "  v_uvl = a_uvl;\n"
    "  v_color = a_color;\n"
    "  v_mode = a_mode;\n"
    "}\n";

/* Gradients are taken before the mode branch: implicit derivatives inside
 * non-uniform control flow are undefined, and mipmapped user textures need
 * them. */
static const char *const FS =
    "#version 330 core\n"
    "in vec3 v_uvl;\n"
    "in vec4 v_color;\n"
    "flat in uint v_mode;\n"
    "uniform sampler2D u_tex;\n"
    "uniform sampler2DArray u_arr;\n"
    "uniform sampler2D u_font;\n"
    "out vec4 o_color;\n"
    "void main() {\n"
    "  vec2 dx = dFdx(v_uvl.xy), dy = dFdy(v_uvl.xy);\n"
    "  vec4 t = vec4(1.0);\n"
    "  if (v_mode == 1u) t = textureGrad(u_tex, v_uvl.xy, dx, dy);\n"
    "  else if (v_mode == 2u) t = textureGrad(u_arr, v_uvl, dx, dy);\n"
    "  else if (v_mode == 3u) t = vec4(1.0, 1.0, 1.0, textureLod(u_font, v_uvl.xy, 0.0).r);\n"
    "  o_color = t * v_color;\n"
    "}\n";

static int compile(GLenum type, const char *src, GLuint *out, char *msg) {
  GLuint sh = glCreateShader(type);
  GLint ok = 0;
  glShaderSource(sh, 1, &src, NULL);
  glCompileShader(sh);
  glGetShaderiv(sh, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[256] = "";
    glGetShaderInfoLog(sh, sizeof log, NULL, log);
    glDeleteShader(sh);
    return kiln_errf(msg, KILN_GL, "window: %s shader failed to compile: %s",
                     type == GL_VERTEX_SHADER ? "vertex" : "fragment", log);
  }
  *out = sh;
  return KILN_OK;
}

static int build_program(kiln_window *win, char *msg) {
  GLuint vs, fs;
  int rc = compile(GL_VERTEX_SHADER, VS, &vs, msg);
  if (rc) return rc;
  rc = compile(GL_FRAGMENT_SHADER, FS, &fs, msg);
  if (rc) {
    glDeleteShader(vs);
    return rc;
  }
  GLuint p = glCreateProgram();
  glAttachShader(p, vs);
  glAttachShader(p, fs);
  glLinkProgram(p);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(p, GL_LINK_STATUS, &ok);
  if (!ok) {
    char log[256] = "";
    glGetProgramInfoLog(p, sizeof log, NULL, log);
    glDeleteProgram(p);
    return kiln_errf(msg, KILN_GL, "window: shader program failed to link: %s", log);
  }
  win->prog = p;
  win->u_scale = glGetUniformLocation(p, "u_scale");
  glUseProgram(p);
  glUniform1i(glGetUniformLocation(p, "u_tex"), UNIT_TEX);
  glUniform1i(glGetUniformLocation(p, "u_arr"), UNIT_ARRAY);
  glUniform1i(glGetUniformLocation(p, "u_font"), UNIT_FONT);
  glUseProgram(0);
  return KILN_OK;
}

static void build_vertex_stream(kiln_window *win) {
  glGenVertexArrays(1, &win->vao);
  glGenBuffers(1, &win->vbo);
  glBindVertexArray(win->vao);
  glBindBuffer(GL_ARRAY_BUFFER, win->vbo);
  glBufferData(GL_ARRAY_BUFFER, (GLsizeiptr)(KILN_WINDOW_BATCH_VERTICES * sizeof(struct vtx)),
               NULL, GL_STREAM_DRAW);
  GLsizei st = sizeof(struct vtx);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, st, (void *)offsetof(struct vtx, x));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, st, (void *)offsetof(struct vtx, u));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, st, (void *)offsetof(struct vtx, rgba));
  glEnableVertexAttribArray(3);
  glVertexAttribIPointer(3, 1, GL_UNSIGNED_BYTE, st, (void *)offsetof(struct vtx, mode));
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
}

static int upload_font(kiln_window *win, char *msg) {
  GLint max = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &max);
  if (win->font.atlas_w > max || win->font.atlas_h > max)
    return kiln_errf(msg, KILN_TOOBIG, "window: font atlas %dx%d exceeds GL_MAX_TEXTURE_SIZE %d",
                     win->font.atlas_w, win->font.atlas_h, max);
  glGenTextures(1, &win->font_tex);
  glActiveTexture(GL_TEXTURE0 + UNIT_FONT);
  glBindTexture(GL_TEXTURE_2D, win->font_tex);
  /* The window is new: no unpack buffer or row length is set yet, only the
   * default 4-byte alignment needs changing for one-byte texels. */
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, win->font.atlas_w, win->font.atlas_h, 0, GL_RED,
               GL_UNSIGNED_BYTE, win->font.atlas);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glActiveTexture(GL_TEXTURE0);
  /* The atlas lives on in GL; the CPU copy is no longer needed. */
  free(win->font.atlas);
  win->font.atlas = NULL;
  return KILN_OK;
}

/* (Re)allocates the frame buffer's colour storage at w x h. */
static int size_frame_buffer(kiln_window *win, int w, int h, char *msg) {
  GLint max = 0;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max);
  if (w > max || h > max)
    return kiln_errf(msg, KILN_GL, "window: framebuffer %dx%d exceeds GL_MAX_RENDERBUFFER_SIZE %d",
                     w, h, max);
  if (!win->fbo) {
    glGenFramebuffers(1, &win->fbo);
    glGenRenderbuffers(1, &win->color_rb);
  }
  glBindRenderbuffer(GL_RENDERBUFFER, win->color_rb);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
  glBindRenderbuffer(GL_RENDERBUFFER, 0);
  glBindFramebuffer(GL_FRAMEBUFFER, win->fbo);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, win->color_rb);
  GLenum st = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  if (st != GL_FRAMEBUFFER_COMPLETE)
    return kiln_errf(msg, KILN_GL, "window: %dx%d frame buffer incomplete (status 0x%x)", w, h,
                     (unsigned)st);
  win->fb_w = w;
  win->fb_h = h;
  return KILN_OK;
}

static void clear_frame_buffer(kiln_window *win, kiln_color c) {
  glBindFramebuffer(GL_FRAMEBUFFER, win->fbo);
  glViewport(0, 0, win->fb_w, win->fb_h);
  glDisable(GL_SCISSOR_TEST);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  glClearColor(c.r, c.g, c.b, c.a);
  glClear(GL_COLOR_BUFFER_BIT);
}

/* ------------------------------------------------------ create / destroy */

static void destroy(kiln_window *win) {
  if (win->glfw) {
    /* Another window's context stays current for its owner's raw GL. */
    GLFWwindow *prev = glfwGetCurrentContext();
    make_current(win);
    if (win->prog) glDeleteProgram(win->prog);
    if (win->vbo) glDeleteBuffers(1, &win->vbo);
    if (win->vao) glDeleteVertexArrays(1, &win->vao);
    if (win->font_tex) glDeleteTextures(1, &win->font_tex);
    if (win->fbo) glDeleteFramebuffers(1, &win->fbo);
    if (win->color_rb) glDeleteRenderbuffers(1, &win->color_rb);
    glfwMakeContextCurrent(prev != win->glfw ? prev : NULL);
    glfwDestroyWindow(win->glfw);
  }
  kiln__font_release(&win->font);
  free(win->v);
  free(win->cmds);
  free(win);
}

static int glfw_start(char *msg) {
  if (glfw_ready) return KILN_OK;
  if (!glfwInit()) {
    char err[200];
    const char *display = getenv("DISPLAY");
    glfw_error(err, sizeof err);
    if (!display || !*display)
      return kiln_errf(msg, KILN_GL, "no display: DISPLAY is not set, GLFW could not start: %s",
                       err);
    return kiln_errf(msg, KILN_GL, "no display: GLFW could not open X display '%s': %s", display,
                     err);
  }
  glfw_ready = 1;
  return KILN_OK;
}

static GLFWwindow *try_context(const kiln_window_config *cfg, const char *title, int major,
                               int minor) {
  glfwDefaultWindowHints();
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, major);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, minor);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, cfg->visible ? GLFW_TRUE : GLFW_FALSE);
  /* Frames are drawn offscreen and copied: the window needs colour only. */
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  return glfwCreateWindow(cfg->width, cfg->height, title, NULL, NULL);
}

static int create_context(kiln_window *win, const kiln_window_config *cfg, char *msg) {
  const char *title = cfg->title ? cfg->title : "kiln";
  int major = cfg->gl_major ? cfg->gl_major : 4;
  int minor = cfg->gl_major ? cfg->gl_minor : 5;
  char err1[200];
  win->glfw = try_context(cfg, title, major, minor);
  if (win->glfw) {
    win->gl_major = major;
    win->gl_minor = minor;
    return KILN_OK;
  }
  glfw_error(err1, sizeof err1);
  if (major > 3 || (major == 3 && minor > 3)) {
    win->glfw = try_context(cfg, title, 3, 3);
    if (win->glfw) {
      win->fell_back = 1;
      snprintf(win->first_error, sizeof win->first_error, "GL %d.%d core: %s", major, minor,
               err1);
      return KILN_OK;
    }
    char err2[200];
    glfw_error(err2, sizeof err2);
    return kiln_errf(msg, KILN_GL, "no GL context: %d.%d core failed (%s); 3.3 core failed (%s)",
                     major, minor, err1, err2);
  }
  return kiln_errf(msg, KILN_GL, "no GL context: %d.%d core failed (%s)", major, minor, err1);
}

int kiln_window_new(const kiln_window_config *cfg, kiln_window **out, char *msg) {
  assert(out);
  *out = NULL;
  if (!cfg) return kiln_errf(msg, KILN_INVAL, "kiln_window_new: config is NULL");
  if (cfg->width < 1 || cfg->height < 1 || cfg->width > MAX_SIDE || cfg->height > MAX_SIDE)
    return kiln_errf(msg, KILN_INVAL, "window size %dx%d: width and height must be 1..%d",
                     cfg->width, cfg->height, MAX_SIDE);
  if (cfg->gl_major < 0 || cfg->gl_minor < 0 || (cfg->gl_major && cfg->gl_major < 3) ||
      (cfg->gl_major == 3 && cfg->gl_minor < 3))
    return kiln_errf(msg, KILN_INVAL, "window gl version %d.%d: must be 0 (default) or >= 3.3",
                     cfg->gl_major, cfg->gl_minor);
  if (gettid() != getpid())
    return kiln_errf(msg, KILN_THREAD, "kiln_window_new: must run on the main thread (GLFW)");

  kiln_window *win = calloc(1, sizeof *win);
  if (!win) return kiln_errf(msg, KILN_NOMEM, "window: no memory");
  win->owner = pthread_self();
  /* A failure puts back the context that was current (another window's). */
  GLFWwindow *prev_ctx = glfw_ready ? glfwGetCurrentContext() : NULL;

  /* The font first: its errors need no display. */
  const char *source;
  const char *path = kiln__font_path(cfg->font_path, &source);
  int rc = kiln__font_bake(&win->font, path, cfg->font_px ? cfg->font_px : DEFAULT_FONT_PX, msg);
  if (rc) {
    if (msg) {
      size_t n = strlen(msg);
      snprintf(msg + n, KILN_ERRMSG_MAX - n, " (font path from %s)", source);
    }
    free(win);
    return rc;
  }
  win->v = malloc(KILN_WINDOW_BATCH_VERTICES * sizeof *win->v);
  win->cmds = malloc(MAX_CMDS * sizeof *win->cmds);
  if (!win->v || !win->cmds) {
    destroy(win);
    return kiln_errf(msg, KILN_NOMEM, "window: no memory for the draw batch");
  }

  rc = glfw_start(msg);
  if (rc) {
    destroy(win);
    return rc;
  }
  rc = create_context(win, cfg, msg);
  if (rc) goto fail;
  glfwSetWindowUserPointer(win->glfw, win);
  glfwSetKeyCallback(win->glfw, key_cb);
  glfwMakeContextCurrent(win->glfw);
  int version = gladLoadGL(glfwGetProcAddress);
  if (!version) {
    rc = kiln_errf(msg, KILN_GL, "window: glad could not load GL entry points");
    goto fail;
  }
  win->gl_major = GLAD_VERSION_MAJOR(version);
  win->gl_minor = GLAD_VERSION_MINOR(version);
  if (win->gl_major < 3 || (win->gl_major == 3 && win->gl_minor < 3)) {
    rc = kiln_errf(msg, KILN_GL, "window: context is GL %d.%d, 3.3 core needed", win->gl_major,
                   win->gl_minor);
    goto fail;
  }
  glfwSwapInterval(cfg->vsync ? 1 : 0);
  win->gl_version = (const char *)glGetString(GL_VERSION);
  win->gl_renderer = (const char *)glGetString(GL_RENDERER);

  if ((rc = build_program(win, msg)) || (rc = upload_font(win, msg))) goto fail;
  build_vertex_stream(win);
  int fw, fh;
  glfwGetFramebufferSize(win->glfw, &fw, &fh);
  if ((rc = size_frame_buffer(win, fw > 0 ? fw : cfg->width, fh > 0 ? fh : cfg->height, msg)))
    goto fail;
  clear_frame_buffer(win, (kiln_color){0, 0, 0, 1});
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  win->t0 = glfwGetTime();
  *out = win;
  return KILN_OK;

fail:
  destroy(win);
  if (prev_ctx) glfwMakeContextCurrent(prev_ctx);
  return rc;
}

void kiln_window_free(kiln_window *win) {
  if (!win) return;
  assert(on_thread(win) && "kiln_window_free off the render thread");
  destroy(win);
}

int kiln_window_info_get(kiln_window *win, kiln_window_info *info) {
  CHECK_THREAD(win, NULL, "info_get");
  memset(info, 0, sizeof *info);
  info->gl_major = win->gl_major;
  info->gl_minor = win->gl_minor;
  info->fell_back = win->fell_back;
  snprintf(info->first_error, sizeof info->first_error, "%s", win->first_error);
  info->gl_version = win->gl_version ? win->gl_version : "";
  info->gl_renderer = win->gl_renderer ? win->gl_renderer : "";
  glfwGetFramebufferSize(win->glfw, &info->fb_width, &info->fb_height);
  info->font_px = win->font.px;
  info->line_height = win->font.line_height;
  return KILN_OK;
}

kiln_window_getproc_fn kiln_window_getproc(void) { return glfwGetProcAddress; }

void *kiln_window_glfw(kiln_window *win) { return win->glfw; }

/* ---------------------------------------------------------------- events */

int kiln_window_poll(kiln_window *win) {
  CHECK_THREAD(win, NULL, "poll");
  glfwPollEvents();
  return KILN_OK;
}

int kiln_window_next_event(kiln_window *win, kiln_window_event *ev) {
  if (!on_thread(win) || win->q_len == 0) return 0;
  *ev = win->queue[win->q_head];
  win->q_head = (win->q_head + 1) % KILN_WINDOW_EVENT_QUEUE;
  win->q_len--;
  return 1;
}

uint64_t kiln_window_events_dropped(kiln_window *win) { return win->dropped; }

int kiln_window_should_close(kiln_window *win) {
  return on_thread(win) && glfwWindowShouldClose(win->glfw);
}

void kiln_window_set_should_close(kiln_window *win, int close) {
  if (on_thread(win)) glfwSetWindowShouldClose(win->glfw, close ? GLFW_TRUE : GLFW_FALSE);
}

int kiln_window_framebuffer_size(kiln_window *win, int *w, int *h) {
  CHECK_THREAD(win, NULL, "framebuffer_size");
  glfwGetFramebufferSize(win->glfw, w, h);
  return KILN_OK;
}

double kiln_window_time(kiln_window *win) { return glfwGetTime() - win->t0; }

/* ----------------------------------------------------------------- batch */

static void flush_batch(kiln_window *win) {
  if (win->nv == 0) return;
  make_current(win);
  glBindFramebuffer(GL_FRAMEBUFFER, win->fbo);
  glViewport(0, 0, win->fb_w, win->fb_h);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_CULL_FACE);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  /* Colour "over"; alpha accumulates coverage so an opaque clear stays 1. */
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glUseProgram(win->prog);
  glUniform2f(win->u_scale, 2.0f / (float)win->fb_w, 2.0f / (float)win->fb_h);
  glBindVertexArray(win->vao);
  glBindBuffer(GL_ARRAY_BUFFER, win->vbo);
  /* Orphan, then fill: the driver hands out fresh storage instead of
   * waiting for draws still reading the previous batch. */
  glBufferData(GL_ARRAY_BUFFER, (GLsizeiptr)(KILN_WINDOW_BATCH_VERTICES * sizeof(struct vtx)),
               NULL, GL_STREAM_DRAW);
  glBufferSubData(GL_ARRAY_BUFFER, 0, (GLsizeiptr)(win->nv * sizeof(struct vtx)), win->v);
  for (GLuint u = 0; u < 3; u++) glBindSampler(u, 0);
  glActiveTexture(GL_TEXTURE0 + UNIT_FONT);
  glBindTexture(GL_TEXTURE_2D, win->font_tex);
  /* Units the first run does not use get no texture, so a stale binding of
   * an incompatible type (an integer texture, say) is never in play. */
  glActiveTexture(GL_TEXTURE0 + UNIT_ARRAY);
  glBindTexture(GL_TEXTURE_2D_ARRAY, 0);
  glActiveTexture(GL_TEXTURE0 + UNIT_TEX);
  glBindTexture(GL_TEXTURE_2D, 0);
  GLuint bound_tex = 0, bound_arr = 0;
  for (uint32_t i = 0; i < win->ncmd; i++) {
    const struct cmd *c = &win->cmds[i];
    if (c->tex && c->tex != bound_tex) {
      glActiveTexture(GL_TEXTURE0 + UNIT_TEX);
      glBindTexture(GL_TEXTURE_2D, c->tex);
      bound_tex = c->tex;
    }
    if (c->arr && c->arr != bound_arr) {
      glActiveTexture(GL_TEXTURE0 + UNIT_ARRAY);
      glBindTexture(GL_TEXTURE_2D_ARRAY, c->arr);
      bound_arr = c->arr;
    }
    glDrawArrays(GL_TRIANGLES, (GLint)c->first, (GLsizei)c->count);
    win->cur.draw_calls++;
  }
  glActiveTexture(GL_TEXTURE0);
  win->cur.vertices += win->nv;
  win->cur.flushes++;
  win->nv = 0;
  win->ncmd = 0;
}

/* Room for n vertices (a multiple of 6, n <= batch) in the run that fits
 * `mode`/`tex`; flushes first when the batch is full. */
static struct vtx *reserve(kiln_window *win, uint32_t n, int mode, GLuint tex) {
  if (win->nv + n > KILN_WINDOW_BATCH_VERTICES) flush_batch(win);
  struct cmd *c = win->ncmd ? &win->cmds[win->ncmd - 1] : NULL;
  GLuint *slot = NULL;
  if (c) slot = mode == MODE_TEX ? &c->tex : mode == MODE_ARRAY ? &c->arr : NULL;
  if (!c || (slot && *slot && *slot != tex)) {
    assert(win->ncmd < MAX_CMDS);
    c = &win->cmds[win->ncmd++];
    *c = (struct cmd){0, 0, win->nv, 0};
  }
  if (mode == MODE_TEX) c->tex = tex;
  else if (mode == MODE_ARRAY) c->arr = tex;
  c->count += n;
  struct vtx *v = win->v + win->nv;
  win->nv += n;
  return v;
}

static uint8_t unorm8(float f) {
  if (!(f > 0.0f)) return 0; /* NaN too */
  if (f >= 1.0f) return 255;
  return (uint8_t)(f * 255.0f + 0.5f);
}

static void pack_color(uint8_t out[4], kiln_color c) {
  out[0] = unorm8(c.r);
  out[1] = unorm8(c.g);
  out[2] = unorm8(c.b);
  out[3] = unorm8(c.a);
}

static void set_vtx(struct vtx *v, float x, float y, float u, float t, float layer,
                    const uint8_t rgba[4], int mode) {
  v->x = x;
  v->y = y;
  v->u = u;
  v->v = t;
  v->layer = layer;
  memcpy(v->rgba, rgba, 4);
  v->mode = (uint8_t)mode;
}

/* Corners p[0..3] clockwise from top-left on screen, with their uvs. */
static void put_quad(kiln_window *win, const float p[4][2], const float uv[4][2], float layer,
                     const uint8_t rgba[4], int mode, GLuint tex) {
  static const int order[6] = {0, 1, 2, 0, 2, 3};
  struct vtx *v = reserve(win, 6, mode, tex);
  for (int i = 0; i < 6; i++) {
    int k = order[i];
    set_vtx(&v[i], p[k][0], p[k][1], uv[k][0], uv[k][1], layer, rgba, mode);
  }
}

static void put_rect(kiln_window *win, float x0, float y0, float x1, float y1, float u0, float v0,
                     float u1, float v1, float layer, const uint8_t rgba[4], int mode,
                     GLuint tex) {
  const float p[4][2] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
  const float uv[4][2] = {{u0, v0}, {u1, v0}, {u1, v1}, {u0, v1}};
  put_quad(win, p, uv, layer, rgba, mode, tex);
}

static int check_draw(kiln_window *win, const char *fn, char *msg) {
  CHECK_THREAD(win, msg, fn);
  if (!win->in_frame)
    return kiln_errf(msg, KILN_INVAL, "kiln_window_%s: outside begin_frame/end_frame", fn);
  return KILN_OK;
}

static int check_finite(const char *fn, const char *const names[], const float vals[], int n,
                        char *msg) {
  for (int i = 0; i < n; i++)
    if (!isfinite(vals[i]))
      return kiln_errf(msg, KILN_INVAL, "kiln_window_%s: %s is not finite (%g)", fn, names[i],
                       (double)vals[i]);
  return KILN_OK;
}

static int is_zero(kiln_color c) { return c.r == 0 && c.g == 0 && c.b == 0 && c.a == 0; }

/* ----------------------------------------------------------------- frame */

int kiln_window_begin_frame(kiln_window *win, kiln_color clear, char *msg) {
  CHECK_THREAD(win, msg, "begin_frame");
  if (win->in_frame)
    return kiln_errf(msg, KILN_INVAL, "kiln_window_begin_frame: already inside a frame "
                                      "(end_frame was not called)");
  make_current(win);
  int w, h;
  glfwGetFramebufferSize(win->glfw, &w, &h);
  if (w > 0 && h > 0 && (w != win->fb_w || h != win->fb_h)) {
    int rc = size_frame_buffer(win, w, h, msg);
    if (rc) return rc;
  }
  clear_frame_buffer(win, clear);
  win->nv = win->ncmd = 0;
  memset(&win->cur, 0, sizeof win->cur);
  win->in_frame = 1;
  return KILN_OK;
}

int kiln_window_flush(kiln_window *win, char *msg) {
  int rc = check_draw(win, "flush", msg);
  if (rc) return rc;
  flush_batch(win);
  return KILN_OK;
}

int kiln_window_end_frame(kiln_window *win, char *msg) {
  int rc = check_draw(win, "end_frame", msg);
  if (rc) return rc;
  flush_batch(win);
  make_current(win);
  glDisable(GL_SCISSOR_TEST); /* blits honour the scissor */
  glBindFramebuffer(GL_READ_FRAMEBUFFER, win->fbo);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  glBlitFramebuffer(0, 0, win->fb_w, win->fb_h, 0, 0, win->fb_w, win->fb_h, GL_COLOR_BUFFER_BIT,
                    GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glfwSwapBuffers(win->glfw);
  win->in_frame = 0;
  win->last = win->cur;
  win->last.frames = ++win->frames;
  return KILN_OK;
}

int kiln_window_stats_get(kiln_window *win, kiln_window_stats *st) {
  CHECK_THREAD(win, NULL, "stats_get");
  *st = win->last;
  return KILN_OK;
}

/* ------------------------------------------------------------------ draw */

int kiln_window_draw_rect(kiln_window *win, float x, float y, float w, float h, kiln_color c,
                          char *msg) {
  static const char *const names[4] = {"x", "y", "w", "h"};
  const float vals[4] = {x, y, w, h};
  int rc = check_draw(win, "draw_rect", msg);
  if (rc || (rc = check_finite("draw_rect", names, vals, 4, msg))) return rc;
  if (w <= 0 || h <= 0) return KILN_OK;
  uint8_t rgba[4];
  pack_color(rgba, c);
  put_rect(win, x, y, x + w, y + h, 0, 0, 0, 0, 0, rgba, MODE_SOLID, 0);
  return KILN_OK;
}

static int draw_textured(kiln_window *win, const char *fn, int mode, unsigned tex, int layer,
                         const kiln_window_quad *q, char *msg) {
  static const char *const names[8] = {"x", "y", "w", "h", "u0", "v0", "u1", "v1"};
  int rc = check_draw(win, fn, msg);
  if (rc) return rc;
  if (!q) return kiln_errf(msg, KILN_INVAL, "kiln_window_%s: quad is NULL", fn);
  if (tex == 0) return kiln_errf(msg, KILN_INVAL, "kiln_window_%s: texture name is 0", fn);
  if (layer < 0)
    return kiln_errf(msg, KILN_INVAL, "kiln_window_%s: layer %d is negative", fn, layer);
  const float vals[8] = {q->x, q->y, q->w, q->h, q->u0, q->v0, q->u1, q->v1};
  if ((rc = check_finite(fn, names, vals, 8, msg))) return rc;
  if (q->w <= 0 || q->h <= 0) return KILN_OK;
  float u0 = q->u0, v0 = q->v0, u1 = q->u1, v1 = q->v1;
  if (u0 == 0 && v0 == 0 && u1 == 0 && v1 == 0) u1 = v1 = 1;
  uint8_t rgba[4];
  pack_color(rgba, is_zero(q->tint) ? (kiln_color){1, 1, 1, 1} : q->tint);
  put_rect(win, q->x, q->y, q->x + q->w, q->y + q->h, u0, v0, u1, v1, (float)layer, rgba, mode,
           tex);
  return KILN_OK;
}

int kiln_window_draw_texture(kiln_window *win, unsigned tex, const kiln_window_quad *q,
                             char *msg) {
  return draw_textured(win, "draw_texture", MODE_TEX, tex, 0, q, msg);
}

int kiln_window_draw_texture_layer(kiln_window *win, unsigned tex, int layer,
                                   const kiln_window_quad *q, char *msg) {
  return draw_textured(win, "draw_texture_layer", MODE_ARRAY, tex, layer, q, msg);
}

int kiln_window_draw_text(kiln_window *win, float x, float y, kiln_color c, const char *s,
                          size_t len, char *msg) {
  static const char *const names[2] = {"x", "y"};
  const float vals[2] = {x, y};
  int rc = check_draw(win, "draw_text", msg);
  if (rc || (rc = check_finite("draw_text", names, vals, 2, msg))) return rc;
  if (!s && len > 0) return kiln_errf(msg, KILN_INVAL, "kiln_window_draw_text: text is NULL");
  uint8_t rgba[4];
  pack_color(rgba, c);
  const float ox = roundf(x), oy = roundf(y);
  const float iw = 1.0f / (float)win->font.atlas_w, ih = 1.0f / (float)win->font.atlas_h;
  kiln__text_it it;
  const kiln__glyph *g;
  int gx, gy;
  kiln__text_begin(&it, s, len);
  while (kiln__text_next(&win->font, &it, &g, &gx, &gy)) {
    float x0 = ox + (float)gx, y0 = oy + (float)gy;
    put_rect(win, x0, y0, x0 + g->w, y0 + g->h, g->ax * iw, g->ay * ih, (g->ax + g->w) * iw,
             (g->ay + g->h) * ih, 0, rgba, MODE_TEXT, 0);
  }
  return KILN_OK;
}

void kiln_window_text_size(const kiln_window *win, const char *s, size_t len, int *w, int *h) {
  kiln__text_measure(&win->font, s, len, w, h);
}

int kiln_window_line_height(const kiln_window *win) { return win->font.line_height; }

/* A segment as a quad of the given half thickness (no caps or joins: at
 * HUD line widths the seams are invisible). */
static void put_segment(kiln_window *win, float x0, float y0, float x1, float y1, float ht,
                        const uint8_t rgba[4]) {
  float dx = x1 - x0, dy = y1 - y0, len = sqrtf(dx * dx + dy * dy);
  if (!(len > 1e-6f)) return;
  float nx = -dy / len * ht, ny = dx / len * ht;
  const float p[4][2] = {{x0 + nx, y0 + ny}, {x1 + nx, y1 + ny}, {x1 - nx, y1 - ny},
                         {x0 - nx, y0 - ny}};
  static const float uv[4][2] = {{0, 0}, {0, 0}, {0, 0}, {0, 0}};
  put_quad(win, p, uv, 0, rgba, MODE_SOLID, 0);
}

/* Value -> pixel row: lo at the bottom of [top, top+span], hi at the top. */
struct yscale {
  float lo, hi, top;
  double scale;
  float span;
};
static float map_y(const struct yscale *s, float v) {
  float c = v < s->lo ? s->lo : v > s->hi ? s->hi : v;
  return s->top + s->span - (float)(((double)c - s->lo) * s->scale);
}

int kiln_window_draw_graph(kiln_window *win, const kiln_window_graph *g, char *msg) {
  static const char *const names[8] = {"x", "y", "w", "h", "min", "max", "threshold", "thickness"};
  int rc = check_draw(win, "draw_graph", msg);
  if (rc) return rc;
  if (!g) return kiln_errf(msg, KILN_INVAL, "kiln_window_draw_graph: graph is NULL");
  if (!g->values && g->count > 0)
    return kiln_errf(msg, KILN_INVAL, "kiln_window_draw_graph: values is NULL, count is %zu",
                     g->count);
  const float vals[8] = {g->x, g->y, g->w, g->h, g->min, g->max,
                         g->threshold_on ? g->threshold : 0, g->thickness};
  if ((rc = check_finite("draw_graph", names, vals, 8, msg))) return rc;
  if (g->thickness < 0)
    return kiln_errf(msg, KILN_INVAL, "kiln_window_draw_graph: thickness %g is negative",
                     (double)g->thickness);
  if (g->w <= 0 || g->h <= 0) return KILN_OK;

  uint8_t rgba[4];
  if (!is_zero(g->background)) {
    pack_color(rgba, g->background);
    put_rect(win, g->x, g->y, g->x + g->w, g->y + g->h, 0, 0, 0, 0, 0, rgba, MODE_SOLID, 0);
  }
  float lo = g->min, hi = g->max;
  if (!(lo < hi)) { /* the data's own range, threshold included */
    lo = INFINITY;
    hi = -INFINITY;
    for (size_t i = 0; i < g->count; i++) {
      if (!isfinite(g->values[i])) continue;
      if (g->values[i] < lo) lo = g->values[i];
      if (g->values[i] > hi) hi = g->values[i];
    }
    if (g->threshold_on) {
      if (g->threshold < lo) lo = g->threshold;
      if (g->threshold > hi) hi = g->threshold;
    }
    if (!(lo <= hi)) lo = 0, hi = 1; /* no finite data */
    if (lo == hi) lo -= 1, hi += 1;
  }
  /* Line centres stay half a thickness inside the rectangle so the ink does. */
  float th = g->thickness > 0 ? g->thickness : 1.5f, ht = th * 0.5f;
  if (ht * 2 > g->h) ht = g->h * 0.5f;
  float top = g->y + ht, span = g->h - 2 * ht;
  float left = g->x + ht, width = g->w - 2 * ht;
  struct yscale ys = {lo, hi, top, span / ((double)hi - lo), span};
  if (g->threshold_on) {
    float ty = map_y(&ys, g->threshold);
    pack_color(rgba, is_zero(g->threshold_color) ? (kiln_color){1, 0.25f, 0.25f, 1}
                                                 : g->threshold_color);
    put_rect(win, g->x, ty - ht, g->x + g->w, ty + ht, 0, 0, 0, 0, 0, rgba, MODE_SOLID, 0);
  }
  pack_color(rgba, is_zero(g->color) ? (kiln_color){0.3f, 1, 0.4f, 1} : g->color);
  if (g->count == 1 && isfinite(g->values[0])) {
    float y0 = map_y(&ys, g->values[0]);
    put_rect(win, g->x, y0 - ht, g->x + g->w, y0 + ht, 0, 0, 0, 0, 0, rgba, MODE_SOLID, 0);
  }
  float step = g->count > 1 ? width / (float)(g->count - 1) : 0;
  for (size_t i = 0; i + 1 < g->count; i++) {
    float a = g->values[i], b = g->values[i + 1];
    if (!isfinite(a) || !isfinite(b)) continue;
    put_segment(win, left + step * (float)i, map_y(&ys, a), left + step * (float)(i + 1), map_y(&ys, b), ht,
                rgba);
  }
  return KILN_OK;
}

/* -------------------------------------------------------------- read-back */

int kiln_window_read_pixels(kiln_window *win, uint8_t **rgba, int *w, int *h, char *msg) {
  CHECK_THREAD(win, msg, "read_pixels");
  *rgba = NULL;
  if (win->in_frame) flush_batch(win);
  make_current(win);
  size_t row = (size_t)win->fb_w * 4;
  uint8_t *px = malloc(row * ((size_t)win->fb_h + 1)); /* + a spare row for the flip */
  if (!px)
    return kiln_errf(msg, KILN_NOMEM, "kiln_window_read_pixels: no memory for %dx%d pixels",
                     win->fb_w, win->fb_h);
  /* Pack state may belong to the caller (a PBO read-back in flight): read
   * into client memory with defaults, then put it back. */
  GLint pack_buf = 0, align = 4, row_len = 0, skip_r = 0, skip_p = 0, read_fb = 0;
  glGetIntegerv(GL_PIXEL_PACK_BUFFER_BINDING, &pack_buf);
  glGetIntegerv(GL_PACK_ALIGNMENT, &align);
  glGetIntegerv(GL_PACK_ROW_LENGTH, &row_len);
  glGetIntegerv(GL_PACK_SKIP_ROWS, &skip_r);
  glGetIntegerv(GL_PACK_SKIP_PIXELS, &skip_p);
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &read_fb);
  glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
  glPixelStorei(GL_PACK_ALIGNMENT, 4);
  glPixelStorei(GL_PACK_ROW_LENGTH, 0);
  glPixelStorei(GL_PACK_SKIP_ROWS, 0);
  glPixelStorei(GL_PACK_SKIP_PIXELS, 0);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, win->fbo);
  glReadBuffer(GL_COLOR_ATTACHMENT0);
  glReadPixels(0, 0, win->fb_w, win->fb_h, GL_RGBA, GL_UNSIGNED_BYTE, px);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, (GLuint)read_fb);
  glBindBuffer(GL_PIXEL_PACK_BUFFER, (GLuint)pack_buf);
  glPixelStorei(GL_PACK_ALIGNMENT, align);
  glPixelStorei(GL_PACK_ROW_LENGTH, row_len);
  glPixelStorei(GL_PACK_SKIP_ROWS, skip_r);
  glPixelStorei(GL_PACK_SKIP_PIXELS, skip_p);
  /* GL rows run bottom-up; callers and PNG want top-down. */
  uint8_t *spare = px + row * (size_t)win->fb_h;
  for (int top = 0, bot = win->fb_h - 1; top < bot; top++, bot--) {
    uint8_t *a = px + (size_t)top * row, *b = px + (size_t)bot * row;
    memcpy(spare, a, row);
    memcpy(a, b, row);
    memcpy(b, spare, row);
  }
  *rgba = px;
  *w = win->fb_w;
  *h = win->fb_h;
  return KILN_OK;
}

int kiln_window_screenshot(kiln_window *win, const char *path, char *msg) {
  CHECK_THREAD(win, msg, "screenshot");
  if (!path || !*path) return kiln_errf(msg, KILN_INVAL, "kiln_window_screenshot: path is empty");
  uint8_t *px;
  int w, h;
  int rc = kiln_window_read_pixels(win, &px, &w, &h, msg);
  if (rc) return rc;
  for (size_t i = 0, n = (size_t)w * (size_t)h; i < n; i++) memmove(px + i * 3, px + i * 4, 3);

  size_t tlen = strlen(path) + 32;
  char *tmp = malloc(tlen);
  if (!tmp) {
    free(px);
    return kiln_errf(msg, KILN_NOMEM, "screenshot '%s': no memory", path);
  }
  snprintf(tmp, tlen, "%s.tmp.%ld", path, (long)getpid());
  FILE *fp = fopen(tmp, "wb");
  if (!fp) {
    rc = kiln_errf(msg, KILN_IO, "screenshot '%s': cannot create '%s': %s", path, tmp,
                   strerror(errno));
    goto out;
  }
  png_image img;
  memset(&img, 0, sizeof img);
  img.version = PNG_IMAGE_VERSION;
  img.width = (png_uint_32)w;
  img.height = (png_uint_32)h;
  img.format = PNG_FORMAT_RGB;
  int ok = png_image_write_to_stdio(&img, fp, 0, px, (png_int_32)w * 3, NULL);
  int werr = ok ? 0 : 1;
  char pngmsg[sizeof img.message];
  memcpy(pngmsg, img.message, sizeof pngmsg);
  png_image_free(&img);
  int serr = fflush(fp) != 0 || ferror(fp);
  int eno = errno;
  if (fclose(fp) != 0 && !serr) {
    serr = 1;
    eno = errno;
  }
  if (werr || serr) {
    unlink(tmp);
    rc = werr ? kiln_errf(msg, KILN_IO, "screenshot '%s': PNG write failed: %s", path, pngmsg)
              : kiln_errf(msg, KILN_IO, "screenshot '%s': write failed: %s", path,
                          strerror(eno));
    goto out;
  }
  if (rename(tmp, path) != 0) {
    rc = kiln_errf(msg, KILN_IO, "screenshot '%s': cannot rename '%s' into place: %s", path, tmp,
                   strerror(errno));
    unlink(tmp);
    goto out;
  }
  rc = KILN_OK;
out:
  free(tmp);
  free(px);
  return rc;
}
