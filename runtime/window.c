/* kiln window: GLFW window + GL context, key event queue, the offscreen
 * frame buffer and frames. The draw layer is window_draw.c, read-back and
 * screenshots window_shot.c; the state they share is in window_int.h.
 *
 * State: everything lives in struct kiln_window except glfw_ready. GLFW is
 * process-global: the first kiln_window_new initialises it and it stays up
 * until the process exits. Terminating it with the last window would close
 * the X connection and unload the GL driver, so the next window pays for a
 * driver reload, and the driver's global allocations, orphaned by the
 * unload, show up as leaks from an unknown module under LeakSanitizer.
 * glfw_ready is touched on the main thread only: no lock in this file. */
#include "window_int.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_SIDE 16384
#define DEFAULT_FONT_PX 16

static int glfw_ready; /* glfwInit succeeded; main thread only */

void kiln__window_make_current(kiln_window *win) {
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
  assert(kiln__window_on_thread(win));
  key_cb(win->glfw, glfw_key, scancode, action, mods);
}

/* ------------------------------------------------------------ frame buffer */

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
    kiln__window_make_current(win);
    kiln__window_draw_release(win);
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
  win->cmds = malloc(KILN__WINDOW_MAX_CMDS * sizeof *win->cmds);
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

  if ((rc = kiln__window_draw_init(win, msg))) goto fail;
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
  assert(kiln__window_on_thread(win) && "kiln_window_free off the render thread");
  destroy(win);
}

int kiln_window_info_get(kiln_window *win, kiln_window_info *info) {
  KILN__WINDOW_CHECK_THREAD(win, NULL, "info_get");
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
  KILN__WINDOW_CHECK_THREAD(win, NULL, "poll");
  glfwPollEvents();
  return KILN_OK;
}

int kiln_window_next_event(kiln_window *win, kiln_window_event *ev) {
  if (!kiln__window_on_thread(win) || win->q_len == 0) return 0;
  *ev = win->queue[win->q_head];
  win->q_head = (win->q_head + 1) % KILN_WINDOW_EVENT_QUEUE;
  win->q_len--;
  return 1;
}

uint64_t kiln_window_events_dropped(kiln_window *win) { return win->dropped; }

int kiln_window_should_close(kiln_window *win) {
  return kiln__window_on_thread(win) && glfwWindowShouldClose(win->glfw);
}

void kiln_window_set_should_close(kiln_window *win, int close) {
  if (kiln__window_on_thread(win))
    glfwSetWindowShouldClose(win->glfw, close ? GLFW_TRUE : GLFW_FALSE);
}

int kiln_window_framebuffer_size(kiln_window *win, int *w, int *h) {
  KILN__WINDOW_CHECK_THREAD(win, NULL, "framebuffer_size");
  glfwGetFramebufferSize(win->glfw, w, h);
  return KILN_OK;
}

double kiln_window_time(kiln_window *win) { return glfwGetTime() - win->t0; }

/* ----------------------------------------------------------------- frame */

int kiln__window_check_draw(kiln_window *win, const char *fn, char *msg) {
  KILN__WINDOW_CHECK_THREAD(win, msg, fn);
  if (!win->in_frame)
    return kiln_errf(msg, KILN_INVAL, "kiln_window_%s: outside begin_frame/end_frame", fn);
  return KILN_OK;
}

int kiln_window_begin_frame(kiln_window *win, kiln_color clear, char *msg) {
  KILN__WINDOW_CHECK_THREAD(win, msg, "begin_frame");
  if (win->in_frame)
    return kiln_errf(msg, KILN_INVAL, "kiln_window_begin_frame: already inside a frame "
                                      "(end_frame was not called)");
  kiln__window_make_current(win);
  int w, h;
  glfwGetFramebufferSize(win->glfw, &w, &h);
  if (w > 0 && h > 0 && (w != win->fb_w || h != win->fb_h)) {
    int rc = size_frame_buffer(win, w, h, msg);
    if (rc) return rc;
  }
  clear_frame_buffer(win, clear);
  kiln__window_batch_reset(win);
  memset(&win->cur, 0, sizeof win->cur);
  win->in_frame = 1;
  return KILN_OK;
}

int kiln_window_flush(kiln_window *win, char *msg) {
  int rc = kiln__window_check_draw(win, "flush", msg);
  if (rc) return rc;
  kiln__window_flush_batch(win);
  return KILN_OK;
}

int kiln_window_end_frame(kiln_window *win, char *msg) {
  int rc = kiln__window_check_draw(win, "end_frame", msg);
  if (rc) return rc;
  kiln__window_flush_batch(win);
  kiln__window_make_current(win);
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
  KILN__WINDOW_CHECK_THREAD(win, NULL, "stats_get");
  *st = win->last;
  return KILN_OK;
}
