/* kiln window tests: context, frame buffer read-back, each draw kind at the
 * right pixels, text inside its measured box, graphs, screenshots through
 * libpng, key events, and every error path. Needs an X display. */
#include "ktest.h"

#include "kiln_err.h"
#include "window.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <png.h>

#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <spawn.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#define W 320
#define H 200

static char tmpdir[256];

static const char *tmp_path(const char *name) {
  static char buf[512];
  if (!tmpdir[0]) {
    snprintf(tmpdir, sizeof tmpdir, "/tmp/kiln_window_XXXXXX");
    if (!mkdtemp(tmpdir)) abort();
  }
  snprintf(buf, sizeof buf, "%s/%s", tmpdir, name);
  return buf;
}

static kiln_window *open_window(int *kt_failed, int w, int h) {
  kiln_window_config cfg = {.width = w, .height = h, .title = "kiln test"};
  kiln_window *win = NULL;
  char msg[KILN_ERRMSG_MAX] = "";
  int rc = kiln_window_new(&cfg, &win, msg);
  if (rc) fprintf(stderr, "  kiln_window_new: %s\n", msg);
  KT_CHECK(rc == KILN_OK);
  return win;
}

static const uint8_t *px_at(const uint8_t *px, int w, int x, int y) {
  return px + ((size_t)y * (size_t)w + (size_t)x) * 4;
}

static int px_is(const uint8_t *px, int w, int x, int y, int r, int g, int b) {
  const uint8_t *p = px_at(px, w, x, y);
  return p[0] == r && p[1] == g && p[2] == b;
}

static const kiln_color BLACK = {0, 0, 0, 1};

/* ------------------------------------------------------------- context */

KT_TEST(opens_hidden_with_core_context) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  kiln_window_info info;
  KT_CHECK(kiln_window_info_get(win, &info) == KILN_OK);
  KT_CHECK(info.gl_major > 3 || (info.gl_major == 3 && info.gl_minor >= 3));
  KT_CHECK(info.fb_width == W && info.fb_height == H);
  KT_CHECK(info.gl_version && info.gl_renderer);
  KT_CHECK(info.font_px == 16 && info.line_height >= 16);
  KT_CHECK(!glfwGetWindowAttrib(kiln_window_glfw(win), GLFW_VISIBLE));
  KT_CHECK(kiln_window_getproc() != NULL);
  KT_CHECK(kiln_window_getproc()("glDrawArrays") != NULL);
  if (getenv("KT_VERBOSE"))
    fprintf(stderr, "  GL %d.%d: %s / %s\n", info.gl_major, info.gl_minor, info.gl_version,
            info.gl_renderer);
  int w = 0, h = 0;
  KT_CHECK(kiln_window_framebuffer_size(win, &w, &h) == KILN_OK && w == W && h == H);
  KT_CHECK(kiln_window_should_close(win) == 0);
  kiln_window_set_should_close(win, 1);
  KT_CHECK(kiln_window_should_close(win) == 1);
  double t0 = kiln_window_time(win);
  KT_CHECK(t0 >= 0 && t0 < 60);
  kiln_window_free(win);
  kiln_window_free(NULL);
}

KT_TEST(falls_back_to_3_3_when_the_version_is_unavailable) {
  kiln_window_config cfg = {.width = 64, .height = 64, .gl_major = 9, .gl_minor = 9};
  kiln_window *win = NULL;
  char msg[KILN_ERRMSG_MAX] = "";
  int rc = kiln_window_new(&cfg, &win, msg);
  if (rc) fprintf(stderr, "  %s\n", msg);
  KT_REQUIRE(rc == KILN_OK);
  kiln_window_info info;
  kiln_window_info_get(win, &info);
  KT_CHECK(info.fell_back == 1);
  KT_CHECK(strstr(info.first_error, "9.9") != NULL);
  KT_CHECK(info.gl_major > 3 || (info.gl_major == 3 && info.gl_minor >= 3));
  /* and it draws */
  KT_CHECK(kiln_window_begin_frame(win, BLACK, msg) == KILN_OK);
  KT_CHECK(kiln_window_draw_rect(win, 0, 0, 8, 8, (kiln_color){1, 0, 0, 1}, msg) == KILN_OK);
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  uint8_t *px;
  int w, h;
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  KT_CHECK(px_is(px, w, 4, 4, 255, 0, 0));
  free(px);
  kiln_window_free(win);
}

KT_TEST(visible_window_with_vsync) {
  kiln_window_config cfg = {.width = 96, .height = 64, .visible = 1, .vsync = 1};
  kiln_window *win = NULL;
  char msg[KILN_ERRMSG_MAX] = "";
  KT_REQUIRE(kiln_window_new(&cfg, &win, msg) == KILN_OK);
  KT_CHECK(glfwGetWindowAttrib(kiln_window_glfw(win), GLFW_VISIBLE));
  for (int i = 0; i < 3; i++) {
    KT_CHECK(kiln_window_poll(win) == KILN_OK);
    KT_CHECK(kiln_window_begin_frame(win, (kiln_color){0, 0, 1, 1}, msg) == KILN_OK);
    KT_CHECK(kiln_window_draw_rect(win, 0, 0, 10, 10, (kiln_color){1, 1, 0, 1}, msg) == KILN_OK);
    KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  }
  uint8_t *px;
  int w, h;
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  KT_CHECK(px_is(px, w, 5, 5, 255, 255, 0) && px_is(px, w, 50, 30, 0, 0, 255));
  free(px);
  kiln_window_stats st;
  kiln_window_stats_get(win, &st);
  KT_CHECK(st.frames == 3);
  kiln_window_free(win);
}

KT_TEST(free_keeps_the_other_context_current) {
  kiln_window *a = open_window(kt_failed, 32, 32);
  kiln_window *b = open_window(kt_failed, 32, 32);
  KT_REQUIRE(a && b);
  char msg[KILN_ERRMSG_MAX];
  KT_CHECK(kiln_window_begin_frame(a, BLACK, msg) == KILN_OK);
  KT_CHECK(kiln_window_end_frame(a, msg) == KILN_OK);
  KT_CHECK(glfwGetCurrentContext() == kiln_window_glfw(a));
  kiln_window_free(b);
  KT_CHECK(glfwGetCurrentContext() == kiln_window_glfw(a));
  kiln_window_free(a);
  KT_CHECK(glfwGetCurrentContext() == NULL);
}

KT_TEST(two_windows_at_once) {
  kiln_window *a = open_window(kt_failed, 64, 48);
  kiln_window *b = open_window(kt_failed, 32, 24);
  KT_REQUIRE(a && b);
  char msg[KILN_ERRMSG_MAX];
  KT_CHECK(kiln_window_begin_frame(a, (kiln_color){1, 0, 0, 1}, msg) == KILN_OK);
  KT_CHECK(kiln_window_end_frame(a, msg) == KILN_OK);
  KT_CHECK(kiln_window_begin_frame(b, (kiln_color){0, 0, 1, 1}, msg) == KILN_OK);
  KT_CHECK(kiln_window_end_frame(b, msg) == KILN_OK);
  uint8_t *px;
  int w, h;
  KT_REQUIRE(kiln_window_read_pixels(a, &px, &w, &h, msg) == KILN_OK);
  KT_CHECK(w == 64 && h == 48 && px_is(px, w, 10, 10, 255, 0, 0));
  free(px);
  kiln_window_free(a);
  KT_REQUIRE(kiln_window_read_pixels(b, &px, &w, &h, msg) == KILN_OK);
  KT_CHECK(w == 32 && h == 24 && px_is(px, w, 10, 10, 0, 0, 255));
  free(px);
  kiln_window_free(b);
}

/* ---------------------------------------------------------------- frames */

KT_TEST(clear_colour_reads_back_everywhere) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  char msg[KILN_ERRMSG_MAX];
  uint8_t *px;
  int w, h;
  /* Before any frame: opaque black. */
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  KT_CHECK(px_is(px, w, 0, 0, 0, 0, 0) && px_at(px, w, 0, 0)[3] == 255);
  free(px);
  kiln_color c = {51 / 255.0f, 102 / 255.0f, 153 / 255.0f, 1};
  KT_CHECK(kiln_window_begin_frame(win, c, msg) == KILN_OK);
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  KT_CHECK(w == W && h == H);
  int bad = 0;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      if (!px_is(px, w, x, y, 51, 102, 153) || px_at(px, w, x, y)[3] != 255) bad++;
  KT_CHECK(bad == 0);
  free(px);
  kiln_window_stats st;
  KT_CHECK(kiln_window_stats_get(win, &st) == KILN_OK);
  KT_CHECK(st.frames == 1 && st.draw_calls == 0 && st.vertices == 0);
  kiln_window_free(win);
}

KT_TEST(solid_rect_lands_on_exact_pixels) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  char msg[KILN_ERRMSG_MAX];
  KT_CHECK(kiln_window_begin_frame(win, BLACK, msg) == KILN_OK);
  KT_CHECK(kiln_window_draw_rect(win, 10, 20, 30, 40, (kiln_color){1, 0, 0, 1}, msg) == KILN_OK);
  /* half-transparent white over the right half of it */
  KT_CHECK(kiln_window_draw_rect(win, 25, 20, 15, 40, (kiln_color){1, 1, 1, 0.5f}, msg) == KILN_OK);
  /* degenerate: no error, no pixels */
  KT_CHECK(kiln_window_draw_rect(win, 100, 100, 0, 10, (kiln_color){0, 1, 0, 1}, msg) == KILN_OK);
  KT_CHECK(kiln_window_draw_rect(win, 100, 100, 10, -3, (kiln_color){0, 1, 0, 1}, msg) == KILN_OK);
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  uint8_t *px;
  int w, h;
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  KT_CHECK(px_is(px, w, 10, 20, 255, 0, 0));
  KT_CHECK(px_is(px, w, 24, 59, 255, 0, 0));
  KT_CHECK(px_is(px, w, 9, 20, 0, 0, 0));
  KT_CHECK(px_is(px, w, 10, 19, 0, 0, 0));
  KT_CHECK(px_is(px, w, 40, 40, 0, 0, 0));
  KT_CHECK(px_is(px, w, 20, 60, 0, 0, 0));
  const uint8_t *p = px_at(px, w, 30, 30);
  KT_CHECK(p[0] == 255 && abs(p[1] - 128) <= 1 && abs(p[2] - 128) <= 1 && p[3] == 255);
  KT_CHECK(px_is(px, w, 39, 59, p[0], p[1], p[2]));
  KT_CHECK(px_is(px, w, 105, 105, 0, 0, 0));
  int red = 0;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++) red += px_is(px, w, x, y, 255, 0, 0);
  KT_CHECK(red == 15 * 40);
  free(px);
  kiln_window_stats st;
  kiln_window_stats_get(win, &st);
  KT_CHECK(st.draw_calls == 1 && st.vertices == 12 && st.flushes == 1);
  kiln_window_free(win);
}

/* 2x2 RGBA texture: red, green / blue, white (first row first). */
static GLuint make_texture_2x2(void) {
  static const uint8_t texels[16] = {255, 0, 0, 255, 0, 255, 0, 255,
                                     0, 0, 255, 255, 255, 255, 255, 255};
  GLuint t;
  glGenTextures(1, &t);
  glBindTexture(GL_TEXTURE_2D, t);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, 2, 2, 0, GL_RGBA, GL_UNSIGNED_BYTE, texels);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
  glBindTexture(GL_TEXTURE_2D, 0);
  return t;
}

KT_TEST(textured_quad_uv_and_tint) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  char msg[KILN_ERRMSG_MAX];
  GLuint tex = make_texture_2x2();
  KT_CHECK(kiln_window_begin_frame(win, BLACK, msg) == KILN_OK);
  /* whole texture over 20x20: four 10x10 blocks, first row on top */
  kiln_window_quad q = {.x = 50, .y = 60, .w = 20, .h = 20};
  KT_CHECK(kiln_window_draw_texture(win, tex, &q, msg) == KILN_OK);
  /* only the bottom-right texel, tinted half green */
  kiln_window_quad q2 = {.x = 100, .y = 60, .w = 8, .h = 8, .u0 = 0.5f, .v0 = 0.5f, .u1 = 1,
                         .v1 = 1, .tint = {0, 0.5f, 0, 1}};
  KT_CHECK(kiln_window_draw_texture(win, tex, &q2, msg) == KILN_OK);
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  uint8_t *px;
  int w, h;
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  KT_CHECK(px_is(px, w, 50, 60, 255, 0, 0));
  KT_CHECK(px_is(px, w, 59, 69, 255, 0, 0));
  KT_CHECK(px_is(px, w, 60, 60, 0, 255, 0));
  KT_CHECK(px_is(px, w, 69, 69, 0, 255, 0));
  KT_CHECK(px_is(px, w, 50, 70, 0, 0, 255));
  KT_CHECK(px_is(px, w, 69, 79, 255, 255, 255));
  KT_CHECK(px_is(px, w, 49, 60, 0, 0, 0));
  KT_CHECK(px_is(px, w, 70, 79, 0, 0, 0));
  KT_CHECK(px_is(px, w, 69, 80, 0, 0, 0));
  const uint8_t *p = px_at(px, w, 104, 64);
  KT_CHECK(p[0] == 0 && abs(p[1] - 128) <= 1 && p[2] == 0);
  KT_CHECK(px_is(px, w, 108, 64, 0, 0, 0));
  free(px);
  glDeleteTextures(1, &tex);
  kiln_window_free(win);
}

KT_TEST(array_layer_quad_picks_its_layer) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  char msg[KILN_ERRMSG_MAX];
  uint8_t texels[3][4 * 4 * 4];
  const uint8_t cols[3][4] = {{255, 0, 0, 255}, {0, 255, 0, 255}, {40, 80, 200, 255}};
  for (int l = 0; l < 3; l++)
    for (int i = 0; i < 16; i++) memcpy(texels[l] + i * 4, cols[l], 4);
  GLuint arr;
  glGenTextures(1, &arr);
  glBindTexture(GL_TEXTURE_2D_ARRAY, arr);
  glTexImage3D(GL_TEXTURE_2D_ARRAY, 0, GL_RGBA8, 4, 4, 3, 0, GL_RGBA, GL_UNSIGNED_BYTE, texels);
  glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D_ARRAY, GL_TEXTURE_MAX_LEVEL, 0);
  glBindTexture(GL_TEXTURE_2D_ARRAY, 0);
  GLuint tex = make_texture_2x2();

  KT_CHECK(kiln_window_begin_frame(win, BLACK, msg) == KILN_OK);
  kiln_window_quad q = {.x = 10, .y = 10, .w = 16, .h = 16};
  KT_CHECK(kiln_window_draw_texture_layer(win, arr, 2, &q, msg) == KILN_OK);
  q.x = 40;
  KT_CHECK(kiln_window_draw_texture_layer(win, arr, 1, &q, msg) == KILN_OK);
  q.x = 70; /* a 2D texture and a solid in between share the run */
  KT_CHECK(kiln_window_draw_texture(win, tex, &q, msg) == KILN_OK);
  KT_CHECK(kiln_window_draw_rect(win, 100, 10, 16, 16, (kiln_color){1, 1, 0, 1}, msg) == KILN_OK);
  q.x = 130;
  KT_CHECK(kiln_window_draw_texture_layer(win, arr, 0, &q, msg) == KILN_OK);
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  uint8_t *px;
  int w, h;
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  KT_CHECK(px_is(px, w, 18, 18, 40, 80, 200));
  KT_CHECK(px_is(px, w, 48, 18, 0, 255, 0));
  KT_CHECK(px_is(px, w, 72, 12, 255, 0, 0));
  KT_CHECK(px_is(px, w, 108, 18, 255, 255, 0));
  KT_CHECK(px_is(px, w, 138, 18, 255, 0, 0));
  free(px);
  kiln_window_stats st;
  kiln_window_stats_get(win, &st);
  KT_CHECK(st.draw_calls == 1); /* one array and one 2D texture: no run break */
  glDeleteTextures(1, &arr);
  glDeleteTextures(1, &tex);
  kiln_window_free(win);
}

KT_TEST(texture_changes_break_runs_but_keep_order) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  char msg[KILN_ERRMSG_MAX];
  GLuint a = make_texture_2x2(), b = make_texture_2x2();
  KT_CHECK(kiln_window_begin_frame(win, BLACK, msg) == KILN_OK);
  kiln_window_quad q = {.x = 0, .y = 0, .w = 20, .h = 20};
  for (int i = 0; i < 10; i++) {
    q.x = (float)(i * 25);
    KT_CHECK(kiln_window_draw_texture(win, i % 2 ? b : a, &q, msg) == KILN_OK);
  }
  /* solid over the last quad must stay on top */
  KT_CHECK(kiln_window_draw_rect(win, 225, 0, 20, 20, (kiln_color){1, 0, 1, 1}, msg) == KILN_OK);
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  kiln_window_stats st;
  kiln_window_stats_get(win, &st);
  KT_CHECK(st.draw_calls == 10 && st.flushes == 1);
  uint8_t *px;
  int w, h;
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  KT_CHECK(px_is(px, w, 2, 2, 255, 0, 0));
  KT_CHECK(px_is(px, w, 202, 2, 255, 0, 0));
  KT_CHECK(px_is(px, w, 235, 15, 255, 0, 255));
  free(px);
  glDeleteTextures(1, &a);
  glDeleteTextures(1, &b);
  kiln_window_free(win);
}

KT_TEST(batch_overflow_flushes_and_keeps_everything) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  char msg[KILN_ERRMSG_MAX];
  KT_CHECK(kiln_window_begin_frame(win, BLACK, msg) == KILN_OK);
  /* 30000 1x1 rects = 180000 vertices: three batches */
  int n = 0;
  for (int i = 0; i < 30000; i++) {
    int x = i % W, y = i / W;
    n += kiln_window_draw_rect(win, (float)x, (float)y, 1, 1,
                               (kiln_color){(float)(i & 1), 1, 0, 1}, msg) == KILN_OK;
  }
  KT_CHECK(n == 30000);
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  kiln_window_stats st;
  kiln_window_stats_get(win, &st);
  KT_CHECK(st.vertices == 180000 && st.flushes == 3 && st.draw_calls == 3);
  uint8_t *px;
  int w, h;
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  int ok = 0;
  for (int i = 0; i < 30000; i++)
    ok += px_is(px, w, i % W, i / W, (i & 1) * 255, 255, 0);
  KT_CHECK(ok == 30000);
  KT_CHECK(px_is(px, w, 30000 % W, 30000 / W, 0, 0, 0));
  free(px);
  kiln_window_free(win);
}

/* raw GL between kiln draws: flush keeps painter's order */
KT_TEST(flush_orders_kiln_draws_around_raw_gl) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  char msg[KILN_ERRMSG_MAX];
  KT_CHECK(kiln_window_begin_frame(win, BLACK, msg) == KILN_OK);
  KT_CHECK(kiln_window_draw_rect(win, 0, 0, 50, 50, (kiln_color){1, 0, 0, 1}, msg) == KILN_OK);
  KT_CHECK(kiln_window_flush(win, msg) == KILN_OK);
  glEnable(GL_SCISSOR_TEST); /* the frame buffer is bound: clear a corner raw */
  glScissor(0, H - 10, 10, 10);
  glClearColor(0, 0, 1, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  KT_CHECK(kiln_window_draw_rect(win, 5, 5, 10, 10, (kiln_color){0, 1, 0, 1}, msg) == KILN_OK);
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  uint8_t *px;
  int w, h;
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  KT_CHECK(px_is(px, w, 2, 2, 0, 0, 255));
  KT_CHECK(px_is(px, w, 7, 7, 0, 255, 0));
  KT_CHECK(px_is(px, w, 30, 30, 255, 0, 0));
  free(px);
  kiln_window_free(win);
}

KT_TEST(read_pixels_inside_a_frame_sees_the_batch) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  char msg[KILN_ERRMSG_MAX];
  KT_CHECK(kiln_window_begin_frame(win, BLACK, msg) == KILN_OK);
  KT_CHECK(kiln_window_draw_rect(win, 0, 0, 5, 5, (kiln_color){1, 1, 1, 1}, msg) == KILN_OK);
  uint8_t *px;
  int w, h;
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  KT_CHECK(px_is(px, w, 2, 2, 255, 255, 255));
  free(px);
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  kiln_window_free(win);
}

KT_TEST(resize_follows_the_framebuffer) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  char msg[KILN_ERRMSG_MAX];
  glfwSetWindowSize(kiln_window_glfw(win), 200, 150);
  int w = 0, h = 0;
  for (int i = 0; i < 200 && !(w == 200 && h == 150); i++) { /* X round trip */
    kiln_window_poll(win);
    kiln_window_framebuffer_size(win, &w, &h);
    if (!(w == 200 && h == 150)) usleep(5000);
  }
  KT_CHECK(w == 200 && h == 150);
  KT_CHECK(kiln_window_begin_frame(win, (kiln_color){0, 1, 0, 1}, msg) == KILN_OK);
  KT_CHECK(kiln_window_draw_rect(win, 190, 140, 10, 10, (kiln_color){1, 0, 0, 1}, msg) ==
           KILN_OK);
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  uint8_t *px;
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  KT_CHECK(w == 200 && h == 150);
  KT_CHECK(px_is(px, w, 0, 0, 0, 255, 0));
  KT_CHECK(px_is(px, w, 195, 145, 255, 0, 0));
  KT_CHECK(px_is(px, w, 189, 145, 0, 255, 0));
  free(px);
  kiln_window_free(win);
}

/* ------------------------------------------------------------------ text */

/* Draws s at (x,y) on black and checks: some ink inside the measured box,
 * none outside. */
static void check_text_box(int *kt_failed, kiln_window *win, float x, float y, const char *s) {
  char msg[KILN_ERRMSG_MAX];
  int tw, th;
  kiln_window_text_size(win, s, strlen(s), &tw, &th);
  KT_CHECK(tw > 0 && th > 0);
  KT_CHECK(kiln_window_begin_frame(win, BLACK, msg) == KILN_OK);
  KT_CHECK(kiln_window_draw_text(win, x, y, (kiln_color){1, 1, 1, 1}, s, strlen(s), msg) ==
           KILN_OK);
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  uint8_t *px;
  int w, h;
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  int bx = (int)roundf(x), by = (int)roundf(y);
  int inside = 0, outside = 0, minx = w, maxx = -1, miny = h, maxy = -1;
  for (int py = 0; py < h; py++)
    for (int pxx = 0; pxx < w; pxx++) {
      if (px_is(px, w, pxx, py, 0, 0, 0)) continue;
      if (pxx >= bx && pxx < bx + tw && py >= by && py < by + th) inside++;
      else outside++;
      if (pxx < minx) minx = pxx;
      if (pxx > maxx) maxx = pxx;
      if (py < miny) miny = py;
      if (py > maxy) maxy = py;
    }
  KT_CHECK(inside > 0);
  KT_CHECK(outside == 0);
  /* the box is tight to within a cell: ink reaches near its right and
   * bottom-line edges */
  KT_CHECK(maxx >= bx + tw - 12);
  KT_CHECK(maxy >= by + th - kiln_window_line_height(win));
  if (outside || getenv("KT_VERBOSE"))
    fprintf(stderr, "  text '%s': box %d,%d %dx%d ink %d..%d x %d..%d, %d inside %d outside\n",
            s, bx, by, tw, th, minx, maxx, miny, maxy, inside, outside);
  free(px);
}

KT_TEST(text_ink_stays_inside_its_measured_box) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  check_text_box(kt_failed, win, 33, 47, "Hello, kiln! 0123");
  check_text_box(kt_failed, win, 10.4f, 20.6f, "gjpqy_|[]{}()@WM\nsecond line\n\tTAB");
  check_text_box(kt_failed, win, 5, 5, "caf\xc3\xa9 \xc2\xb5s 16.6 ms \xe2\x82\xac \xff!");
  /* every printable ASCII character, line per 32 */
  char all[128];
  int n = 0;
  for (int c = 32; c < 127; c++) {
    all[n++] = (char)c;
    if (c % 32 == 31) all[n++] = '\n';
  }
  all[n] = 0;
  check_text_box(kt_failed, win, 2, 3, all);
  kiln_window_free(win);
}

KT_TEST(text_measure_rules) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  int lh = kiln_window_line_height(win), w, h, w1, h1, w2, h2;
  kiln_window_text_size(win, "", 0, &w, &h);
  KT_CHECK(w == 0 && h == 0);
  kiln_window_text_size(win, NULL, 0, &w, &h);
  KT_CHECK(w == 0 && h == 0);
  kiln_window_text_size(win, "abcd", 4, &w1, &h1);
  kiln_window_text_size(win, "abcdefgh", 8, &w2, &h2);
  KT_CHECK(h1 == lh && h2 == lh);
  KT_CHECK(w2 > w1 && w2 - w1 >= 4 * 7 && w2 - w1 <= 4 * 12); /* mono: 4 more cells */
  kiln_window_text_size(win, "ab\nabcdefgh\nx", 13, &w, &h);
  KT_CHECK(h == 3 * lh && w == w2);
  kiln_window_text_size(win, "abcd\n", 5, &w, &h);
  KT_CHECK(h == 2 * lh && w == w1);
  /* a length shorter than the string counts, NUL not required */
  kiln_window_text_size(win, "abcdefgh", 4, &w, &h);
  KT_CHECK(w == w1);
  /* one '?' per malformed byte or unknown code point, like '?' itself */
  kiln_window_text_size(win, "?", 1, &w1, &h1);
  kiln_window_text_size(win, "\xe2\x82\xac", 3, &w2, &h2);
  KT_CHECK(w2 == w1);
  kiln_window_text_size(win, "\x80", 1, &w2, &h2);
  KT_CHECK(w2 == w1);
  kiln_window_free(win);
}

KT_TEST(font_size_and_path_from_config_and_env) {
  kiln_window_config cfg = {.width = 64, .height = 64, .font_px = 32};
  kiln_window *win = NULL;
  char msg[KILN_ERRMSG_MAX] = "";
  KT_REQUIRE(kiln_window_new(&cfg, &win, msg) == KILN_OK);
  int w32, h32;
  kiln_window_text_size(win, "M", 1, &w32, &h32);
  KT_CHECK(kiln_window_line_height(win) >= 32);
  kiln_window_free(win);
  /* $KILN_FONT picks another (here: the bold) face */
  setenv("KILN_FONT", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", 1);
  cfg.font_px = 0;
  int rc = kiln_window_new(&cfg, &win, msg);
  unsetenv("KILN_FONT");
  KT_REQUIRE(rc == KILN_OK);
  kiln_window_free(win);
}

/* ----------------------------------------------------------------- graph */

KT_TEST(graph_draws_line_threshold_and_background) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  char msg[KILN_ERRMSG_MAX];
  float vals[11];
  for (int i = 0; i < 11; i++) vals[i] = i < 5 ? 10.0f : 30.0f; /* step up at 4->5 */
  vals[8] = NAN;                                                /* gap */
  kiln_window_graph g = {.values = vals, .count = 11, .x = 20, .y = 40, .w = 200, .h = 100,
                         .min = 0, .max = 40, .color = {0, 1, 0, 1},
                         .background = {0.2f, 0.2f, 0.2f, 1}, .threshold_on = 1,
                         .threshold = 16.6f, .threshold_color = {1, 0, 0, 1}, .thickness = 2};
  KT_CHECK(kiln_window_begin_frame(win, BLACK, msg) == KILN_OK);
  KT_CHECK(kiln_window_draw_graph(win, &g, msg) == KILN_OK);
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  uint8_t *px;
  int w, h;
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  /* inner span: top = 41, span = 98; value v -> 41 + 98 - v/40*98 */
  int y10 = (int)(41 + 98 - 10.0 / 40 * 98), y30 = (int)(41 + 98 - 30.0 / 40 * 98);
  int yth = (int)(41 + 98 - 16.6 / 40 * 98);
  KT_CHECK(px_is(px, w, 40, y10, 0, 255, 0));
  KT_CHECK(px_is(px, w, 150, y30, 0, 255, 0));
  KT_CHECK(px_is(px, w, 60, y30, 51, 51, 51)); /* background above the early flat part */
  KT_CHECK(px_is(px, w, 30, yth, 255, 0, 0));
  KT_CHECK(px_is(px, w, 210, yth, 255, 0, 0));
  /* the gap: segments 7-8 and 8-9 are skipped (x from 159 to 199) */
  int gx = (int)(21 + 198 * 8 / 10.0);
  KT_CHECK(px_is(px, w, gx, y30, 51, 51, 51));
  KT_CHECK(px_is(px, w, 19, 80, 0, 0, 0));  /* outside the rect */
  KT_CHECK(px_is(px, w, 220, 80, 0, 0, 0));
  KT_CHECK(px_is(px, w, 100, 39, 0, 0, 0));
  KT_CHECK(px_is(px, w, 100, 140, 0, 0, 0));
  /* no ink outside the rectangle at all */
  int outside = 0;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      if ((x < 20 || x >= 220 || y < 40 || y >= 140) && !px_is(px, w, x, y, 0, 0, 0)) outside++;
  KT_CHECK(outside == 0);
  free(px);
  kiln_window_free(win);
}

KT_TEST(graph_autoscale_and_edge_counts) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  char msg[KILN_ERRMSG_MAX];
  float vals[3] = {5, 5, 5};
  KT_CHECK(kiln_window_begin_frame(win, BLACK, msg) == KILN_OK);
  kiln_window_graph g = {.values = vals, .count = 3, .x = 0, .y = 0, .w = 100, .h = 50};
  KT_CHECK(kiln_window_draw_graph(win, &g, msg) == KILN_OK); /* flat: centred */
  g.y = 60;
  g.count = 1;
  KT_CHECK(kiln_window_draw_graph(win, &g, msg) == KILN_OK);
  g.y = 120;
  g.count = 0;
  g.values = NULL;
  g.threshold_on = 1;
  g.threshold = 1;
  KT_CHECK(kiln_window_draw_graph(win, &g, msg) == KILN_OK); /* threshold only */
  float nans[2] = {NAN, INFINITY};
  g.values = nans;
  g.count = 2;
  g.threshold_on = 0;
  KT_CHECK(kiln_window_draw_graph(win, &g, msg) == KILN_OK);
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  uint8_t *px;
  int w, h;
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);
  const uint8_t *p = px_at(px, w, 50, 25);
  KT_CHECK(p[1] > 200 && p[0] < 100); /* default green */
  p = px_at(px, w, 50, 85);
  KT_CHECK(p[1] > 200 && p[0] < 100);
  p = px_at(px, w, 50, 145);
  KT_CHECK(p[0] > 200 && p[1] < 100); /* default red threshold, range around 1 */
  free(px);
  kiln_window_free(win);
}

/* ------------------------------------------------------------ screenshot */

KT_TEST(screenshot_png_matches_read_pixels) {
  kiln_window *win = open_window(kt_failed, W, H);
  KT_REQUIRE(win);
  char msg[KILN_ERRMSG_MAX];
  KT_CHECK(kiln_window_begin_frame(win, (kiln_color){0.1f, 0.2f, 0.3f, 1}, msg) == KILN_OK);
  for (int i = 0; i < 8; i++)
    kiln_window_draw_rect(win, (float)(i * 30), (float)(i * 10), 25, 25,
                          (kiln_color){i / 8.0f, 1 - i / 8.0f, 0.5f, 1}, msg);
  kiln_window_draw_text(win, 10, 150, (kiln_color){1, 1, 1, 1}, "screenshot", 10, msg);
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  const char *path = tmp_path("shot.png");
  int rc = kiln_window_screenshot(win, path, msg);
  if (rc) fprintf(stderr, "  %s\n", msg);
  KT_REQUIRE(rc == KILN_OK);
  uint8_t *px;
  int w, h;
  KT_REQUIRE(kiln_window_read_pixels(win, &px, &w, &h, msg) == KILN_OK);

  png_image img;
  memset(&img, 0, sizeof img);
  img.version = PNG_IMAGE_VERSION;
  KT_REQUIRE(png_image_begin_read_from_file(&img, path));
  KT_CHECK(img.width == (unsigned)W && img.height == (unsigned)H);
  KT_CHECK((img.format & PNG_FORMAT_FLAG_ALPHA) == 0 && (img.format & PNG_FORMAT_FLAG_COLOR));
  img.format = PNG_FORMAT_RGBA;
  uint8_t *png = malloc(PNG_IMAGE_SIZE(img));
  KT_REQUIRE(png);
  KT_REQUIRE(png_image_finish_read(&img, NULL, png, 0, NULL));
  int diff = 0;
  for (int i = 0; i < W * H; i++)
    if (memcmp(png + i * 4, px + i * 4, 3) != 0) diff++;
  KT_CHECK(diff == 0);
  free(png);
  free(px);
  /* no temporary left beside it */
  char tmp[600];
  snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
  KT_CHECK(access(tmp, F_OK) != 0);
  /* overwrite in place works too */
  KT_CHECK(kiln_window_screenshot(win, path, msg) == KILN_OK);
  unlink(path);
  kiln_window_free(win);
}

/* ---------------------------------------------------------------- events */

KT_TEST(key_events_queue_in_order) {
  kiln_window *win = open_window(kt_failed, 64, 64);
  KT_REQUIRE(win);
  kiln_window_event ev;
  KT_CHECK(kiln_window_poll(win) == KILN_OK);
  while (kiln_window_next_event(win, &ev)) {
  }
  kiln__window_inject_key(win, GLFW_KEY_R, 27, GLFW_PRESS, 0);
  kiln__window_inject_key(win, GLFW_KEY_R, 27, GLFW_REPEAT, 0);
  kiln__window_inject_key(win, GLFW_KEY_R, 27, GLFW_RELEASE, 0);
  kiln__window_inject_key(win, GLFW_KEY_C, 54, GLFW_PRESS, GLFW_MOD_SHIFT | GLFW_MOD_CONTROL);
  kiln__window_inject_key(win, GLFW_KEY_SPACE, 65, GLFW_PRESS, 0);
  kiln__window_inject_key(win, GLFW_KEY_1, 10, GLFW_PRESS, 0);
  kiln__window_inject_key(win, GLFW_KEY_ESCAPE, 9, GLFW_PRESS, 0);
  kiln__window_inject_key(win, GLFW_KEY_UNKNOWN, 200, GLFW_PRESS, 0);
  const struct { const char *key; int action, mods; } want[] = {
      {"R", KILN_WINDOW_PRESS, 0},     {"R", KILN_WINDOW_REPEAT, 0},
      {"R", KILN_WINDOW_RELEASE, 0},   {"C", KILN_WINDOW_PRESS, 3},
      {"SPACE", KILN_WINDOW_PRESS, 0}, {"1", KILN_WINDOW_PRESS, 0},
      {"ESCAPE", KILN_WINDOW_PRESS, 0}, {"UNKNOWN", KILN_WINDOW_PRESS, 0}};
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    KT_REQUIRE(kiln_window_next_event(win, &ev) == 1);
    KT_CHECK(strcmp(ev.key, want[i].key) == 0);
    KT_CHECK(ev.action == want[i].action);
    KT_CHECK(ev.mods == want[i].mods);
  }
  KT_CHECK(kiln_window_next_event(win, &ev) == 0);
  /* polling with nothing pending leaves the queue empty */
  KT_CHECK(kiln_window_poll(win) == KILN_OK);
  KT_CHECK(kiln_window_next_event(win, &ev) == 0);

  /* overflow drops the newest and counts them */
  for (int i = 0; i < KILN_WINDOW_EVENT_QUEUE + 44; i++)
    kiln__window_inject_key(win, GLFW_KEY_A + i % 26, 0, GLFW_PRESS, 0);
  KT_CHECK(kiln_window_events_dropped(win) == 44);
  int n = 0;
  while (kiln_window_next_event(win, &ev)) {
    if (strcmp(ev.key, kiln_window_key_name(GLFW_KEY_A + n % 26)) != 0) break;
    n++;
  }
  KT_CHECK(n == KILN_WINDOW_EVENT_QUEUE);
  kiln_window_free(win);
}

KT_TEST(key_names) {
  KT_CHECK(strcmp(kiln_window_key_name(GLFW_KEY_A), "A") == 0);
  KT_CHECK(strcmp(kiln_window_key_name(GLFW_KEY_Z), "Z") == 0);
  KT_CHECK(strcmp(kiln_window_key_name(GLFW_KEY_0), "0") == 0);
  KT_CHECK(strcmp(kiln_window_key_name(GLFW_KEY_9), "9") == 0);
  KT_CHECK(strcmp(kiln_window_key_name(GLFW_KEY_F12), "F12") == 0);
  KT_CHECK(strcmp(kiln_window_key_name(GLFW_KEY_KP_7), "KP_7") == 0);
  KT_CHECK(strcmp(kiln_window_key_name(GLFW_KEY_ENTER), "ENTER") == 0);
  KT_CHECK(strcmp(kiln_window_key_name(GLFW_KEY_LEFT), "LEFT") == 0);
  KT_CHECK(strcmp(kiln_window_key_name(GLFW_KEY_LEFT_SHIFT), "LEFT_SHIFT") == 0);
  KT_CHECK(strcmp(kiln_window_key_name(-1), "UNKNOWN") == 0);
  KT_CHECK(strcmp(kiln_window_key_name(100000), "UNKNOWN") == 0);
}

/* ---------------------------------------------------------------- errors */

KT_TEST(bad_window_config_errors) {
  kiln_window *win = (kiln_window *)1;
  char msg[KILN_ERRMSG_MAX] = "";
  KT_CHECK(kiln_window_new(NULL, &win, msg) == KILN_INVAL && win == NULL);
  KT_CHECK(strstr(msg, "config") != NULL);
  kiln_window_config cfg = {.width = 0, .height = 0};
  KT_CHECK(kiln_window_new(&cfg, &win, msg) == KILN_INVAL && win == NULL);
  KT_CHECK(strstr(msg, "0x0") && strstr(msg, "width and height"));
  cfg = (kiln_window_config){.width = 640, .height = -5};
  KT_CHECK(kiln_window_new(&cfg, &win, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "640x-5") != NULL);
  cfg = (kiln_window_config){.width = 100000, .height = 10};
  KT_CHECK(kiln_window_new(&cfg, &win, msg) == KILN_INVAL);
  cfg = (kiln_window_config){.width = 64, .height = 64, .font_px = 2};
  KT_CHECK(kiln_window_new(&cfg, &win, msg) == KILN_INVAL && win == NULL);
  KT_CHECK(strstr(msg, "font size 2 px") != NULL);
  cfg = (kiln_window_config){.width = 64, .height = 64, .font_px = 1000};
  KT_CHECK(kiln_window_new(&cfg, &win, msg) == KILN_INVAL);
  cfg = (kiln_window_config){.width = 64, .height = 64, .gl_major = 2, .gl_minor = 1};
  KT_CHECK(kiln_window_new(&cfg, &win, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "2.1") != NULL);
}

KT_TEST(missing_font_names_the_path_and_its_source) {
  kiln_window *win = NULL;
  char msg[KILN_ERRMSG_MAX] = "";
  kiln_window_config cfg = {.width = 64, .height = 64, .font_path = "/nonexistent/Mono.ttf"};
  KT_CHECK(kiln_window_new(&cfg, &win, msg) == KILN_NOTFOUND && win == NULL);
  KT_CHECK(strstr(msg, "/nonexistent/Mono.ttf") && strstr(msg, "No such file"));
  KT_CHECK(strstr(msg, "config font_path") != NULL);
  setenv("KILN_FONT", "/nonexistent/env.ttf", 1);
  cfg.font_path = NULL;
  KT_CHECK(kiln_window_new(&cfg, &win, msg) == KILN_NOTFOUND);
  KT_CHECK(strstr(msg, "/nonexistent/env.ttf") && strstr(msg, "$KILN_FONT"));
  unsetenv("KILN_FONT");
  /* a directory */
  cfg.font_path = "/tmp";
  KT_CHECK(kiln_window_new(&cfg, &win, msg) == KILN_IO);
  KT_CHECK(strstr(msg, "'/tmp'") && strstr(msg, "not a regular file"));
}

KT_TEST(corrupt_font_file_is_reported) {
  const char *path = tmp_path("bad.ttf");
  FILE *f = fopen(path, "wb");
  KT_REQUIRE(f);
  fputs("this is not a TrueType font, just text\n", f);
  fclose(f);
  kiln_window *win = NULL;
  char msg[KILN_ERRMSG_MAX] = "";
  kiln_window_config cfg = {.width = 64, .height = 64, .font_path = path};
  KT_CHECK(kiln_window_new(&cfg, &win, msg) == KILN_CORRUPT && win == NULL);
  KT_CHECK(strstr(msg, path) && strstr(msg, "FreeType"));
  if (getenv("KT_VERBOSE")) fprintf(stderr, "  %s\n", msg);
  unlink(path);
  /* unreadable */
  const char *p2 = tmp_path("noperm.ttf");
  f = fopen(p2, "wb");
  KT_REQUIRE(f);
  fclose(f);
  chmod(p2, 0);
  if (access(p2, R_OK) != 0) { /* root reads anything */
    cfg.font_path = p2;
    KT_CHECK(kiln_window_new(&cfg, &win, msg) == KILN_IO);
    KT_CHECK(strstr(msg, p2) && strstr(msg, "Permission denied"));
  }
  unlink(p2);
}

/* GLFW stays initialised once a window was made, so the no-display path
 * runs in a fresh copy of this program that has not made one. */
#define CHILD_ENV "KILN_TEST_WINDOW_CHILD"

static void no_display_checks(int *kt_failed) {
  char *old = getenv("DISPLAY") ? strdup(getenv("DISPLAY")) : NULL;
  kiln_window *win = NULL;
  char msg[KILN_ERRMSG_MAX] = "";
  kiln_window_config cfg = {.width = 64, .height = 64};
  setenv("DISPLAY", ":999", 1);
  KT_CHECK(kiln_window_new(&cfg, &win, msg) == KILN_GL && win == NULL);
  KT_CHECK(strstr(msg, "no display") && strstr(msg, ":999"));
  if (getenv("KT_VERBOSE")) fprintf(stderr, "  %s\n", msg);
  unsetenv("DISPLAY");
  KT_CHECK(kiln_window_new(&cfg, &win, msg) == KILN_GL && win == NULL);
  KT_CHECK(strstr(msg, "no display") && strstr(msg, "DISPLAY is not set"));
  if (getenv("KT_VERBOSE")) fprintf(stderr, "  %s\n", msg);
  if (old) setenv("DISPLAY", old, 1);
  free(old);
  /* a failed start is retried: with the display back, a window opens */
  win = open_window(kt_failed, 32, 32);
  kiln_window_free(win);
}

KT_TEST(no_display_is_a_clear_error) {
  if (getenv(CHILD_ENV)) {
    no_display_checks(kt_failed);
    return;
  }
  char *argv[] = {"test_window", "no_display_is_a_clear_error", NULL};
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  /* the child's summary line must not be counted as this suite's */
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  setenv(CHILD_ENV, "1", 1);
  pid_t pid;
  int rc = posix_spawn(&pid, "/proc/self/exe", &fa, NULL, argv, environ);
  unsetenv(CHILD_ENV);
  posix_spawn_file_actions_destroy(&fa);
  KT_REQUIRE(rc == 0);
  int st = 0;
  KT_REQUIRE(waitpid(pid, &st, 0) == pid);
  KT_CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

KT_TEST(bad_screenshot_paths) {
  kiln_window *win = open_window(kt_failed, 32, 32);
  KT_REQUIRE(win);
  char msg[KILN_ERRMSG_MAX] = "";
  KT_CHECK(kiln_window_screenshot(win, "/nonexistent/dir/out.png", msg) == KILN_IO);
  KT_CHECK(strstr(msg, "/nonexistent/dir/out.png") && strstr(msg, "No such file"));
  KT_CHECK(kiln_window_screenshot(win, "", msg) == KILN_INVAL);
  KT_CHECK(kiln_window_screenshot(win, NULL, msg) == KILN_INVAL);
  /* the target is a directory: rename fails, the temporary is removed */
  const char *dir = tmp_path("adir");
  mkdir(dir, 0700);
  KT_CHECK(kiln_window_screenshot(win, dir, msg) == KILN_IO);
  KT_CHECK(strstr(msg, dir) && strstr(msg, "rename"));
  char tmp[600];
  snprintf(tmp, sizeof tmp, "%s.tmp.%ld", dir, (long)getpid());
  KT_CHECK(access(tmp, F_OK) != 0);
  rmdir(dir);
  /* disk full: the temporary name is a symlink to /dev/full, so the
   * create succeeds and the writes fail */
  if (access("/dev/full", W_OK) == 0) {
    const char *full = tmp_path("full.png");
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", full, (long)getpid());
    KT_REQUIRE(symlink("/dev/full", tmp) == 0);
    KT_CHECK(kiln_window_screenshot(win, full, msg) == KILN_IO);
    KT_CHECK(strstr(msg, full) && strstr(msg, "write failed"));
    if (getenv("KT_VERBOSE")) fprintf(stderr, "  %s\n", msg);
    KT_CHECK(access(full, F_OK) != 0);
    struct stat st;
    KT_CHECK(lstat(tmp, &st) != 0); /* the temporary (here: the link) is gone */
    unlink(tmp);
  }
  kiln_window_free(win);
}

KT_TEST(draw_misuse_errors) {
  kiln_window *win = open_window(kt_failed, 64, 64);
  KT_REQUIRE(win);
  char msg[KILN_ERRMSG_MAX] = "";
  kiln_color c = {1, 1, 1, 1};
  kiln_window_quad q = {.w = 4, .h = 4};
  KT_CHECK(kiln_window_draw_rect(win, 0, 0, 4, 4, c, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "draw_rect") && strstr(msg, "outside begin_frame"));
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_INVAL);
  KT_CHECK(kiln_window_flush(win, msg) == KILN_INVAL);
  KT_CHECK(kiln_window_draw_text(win, 0, 0, c, "x", 1, msg) == KILN_INVAL);
  KT_CHECK(kiln_window_draw_texture(win, 1, &q, msg) == KILN_INVAL);
  KT_CHECK(kiln_window_begin_frame(win, BLACK, msg) == KILN_OK);
  KT_CHECK(kiln_window_begin_frame(win, BLACK, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "already inside a frame") != NULL);
  KT_CHECK(kiln_window_draw_rect(win, NAN, 0, 4, 4, c, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "x is not finite") != NULL);
  KT_CHECK(kiln_window_draw_rect(win, 0, 0, INFINITY, 4, c, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "w is not finite") != NULL);
  KT_CHECK(kiln_window_draw_texture(win, 0, &q, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "texture name is 0") != NULL);
  KT_CHECK(kiln_window_draw_texture(win, 1, NULL, msg) == KILN_INVAL);
  KT_CHECK(kiln_window_draw_texture_layer(win, 1, -1, &q, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "layer -1") != NULL);
  q.v1 = NAN;
  KT_CHECK(kiln_window_draw_texture(win, 1, &q, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "v1 is not finite") != NULL);
  KT_CHECK(kiln_window_draw_text(win, 0, NAN, c, "x", 1, msg) == KILN_INVAL);
  KT_CHECK(kiln_window_draw_text(win, 0, 0, c, NULL, 3, msg) == KILN_INVAL);
  KT_CHECK(kiln_window_draw_text(win, 0, 0, c, NULL, 0, msg) == KILN_OK);
  KT_CHECK(kiln_window_draw_graph(win, NULL, msg) == KILN_INVAL);
  kiln_window_graph g = {.count = 3, .w = 10, .h = 10};
  KT_CHECK(kiln_window_draw_graph(win, &g, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "values is NULL") != NULL);
  float v[2] = {1, 2};
  g.values = v;
  g.count = 2;
  g.max = NAN;
  KT_CHECK(kiln_window_draw_graph(win, &g, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "max is not finite") != NULL);
  g.max = 0;
  g.thickness = -1;
  KT_CHECK(kiln_window_draw_graph(win, &g, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "thickness") != NULL);
  g.thickness = 0;
  g.threshold_on = 1;
  g.threshold = INFINITY;
  KT_CHECK(kiln_window_draw_graph(win, &g, msg) == KILN_INVAL);
  KT_CHECK(strstr(msg, "threshold is not finite") != NULL);
  /* none of the rejected calls drew anything */
  KT_CHECK(kiln_window_end_frame(win, msg) == KILN_OK);
  kiln_window_stats st;
  kiln_window_stats_get(win, &st);
  KT_CHECK(st.vertices == 0);
  kiln_window_free(win);
}

struct off_thread {
  kiln_window *win;
  int rc_begin, rc_read, rc_poll, next, closed;
  char msg[KILN_ERRMSG_MAX];
};

static void *off_thread_main(void *p) {
  struct off_thread *t = p;
  uint8_t *px = NULL;
  int w, h;
  kiln_window_event ev;
  t->rc_begin = kiln_window_begin_frame(t->win, BLACK, t->msg);
  t->rc_read = kiln_window_read_pixels(t->win, &px, &w, &h, NULL);
  t->rc_poll = kiln_window_poll(t->win);
  t->next = kiln_window_next_event(t->win, &ev);
  t->closed = kiln_window_should_close(t->win);
  free(px);
  return NULL;
}

KT_TEST(render_thread_only) {
  kiln_window *win = open_window(kt_failed, 64, 64);
  KT_REQUIRE(win);
  kiln__window_inject_key(win, GLFW_KEY_A, 0, GLFW_PRESS, 0);
  kiln_window_set_should_close(win, 1);
  struct off_thread t = {.win = win};
  pthread_t th;
  KT_REQUIRE(pthread_create(&th, NULL, off_thread_main, &t) == 0);
  pthread_join(th, NULL);
  KT_CHECK(t.rc_begin == KILN_THREAD && strstr(t.msg, "render thread"));
  KT_CHECK(t.rc_read == KILN_THREAD && t.rc_poll == KILN_THREAD);
  KT_CHECK(t.next == 0 && t.closed == 0);
  kiln_window_event ev;
  KT_CHECK(kiln_window_next_event(win, &ev) == 1); /* still queued */
  kiln_window_free(win);
}

static void *new_off_main(void *p) {
  char *msg = p;
  kiln_window_config cfg = {.width = 64, .height = 64};
  kiln_window *win = NULL;
  int rc = kiln_window_new(&cfg, &win, msg);
  return (void *)(intptr_t)rc;
}

KT_TEST(new_off_the_main_thread_is_refused) {
  char msg[KILN_ERRMSG_MAX] = "";
  pthread_t th;
  void *ret;
  KT_REQUIRE(pthread_create(&th, NULL, new_off_main, msg) == 0);
  pthread_join(th, &ret);
  KT_CHECK((int)(intptr_t)ret == KILN_THREAD);
  KT_CHECK(strstr(msg, "main thread") != NULL);
}

/* ------------------------------------------------------- sample picture */

/* A HUD like the demo's: text, a frame-time graph, a grid of coloured and
 * textured quads. Returns how many draw calls failed. */
static int draw_hud(kiln_window *win, GLuint tex, int frame) {
  char msg[KILN_ERRMSG_MAX];
  int bad = 0;
  bad += kiln_window_begin_frame(win, (kiln_color){0.08f, 0.09f, 0.11f, 1}, msg) != KILN_OK;
  for (int gy = 0; gy < 6; gy++)
    for (int gx = 0; gx < 7; gx++) {
      float x = 440 + gx * 28.0f, y = 56 + gy * 28.0f;
      if ((gx + gy) % 5 == 0) {
        kiln_window_quad q = {.x = x, .y = y, .w = 24, .h = 24};
        bad += kiln_window_draw_texture(win, tex, &q, msg) != KILN_OK;
      } else {
        bad += kiln_window_draw_rect(win, x, y, 24, 24,
                                     (kiln_color){gx / 6.0f, gy / 5.0f, 1 - gx / 6.0f, 1},
                                     msg) != KILN_OK;
      }
    }
  kiln_window_info info;
  kiln_window_info_get(win, &info);
  char line[256];
  int lh = kiln_window_line_height(win);
  const kiln_color white = {0.95f, 0.95f, 0.95f, 1}, dim = {0.6f, 0.7f, 0.8f, 1};
  snprintf(line, sizeof line, "kiln HUD sample  GL %d.%d", info.gl_major, info.gl_minor);
  bad += kiln_window_draw_text(win, 12, 12, white, line, strlen(line), msg) != KILN_OK;
  snprintf(line, sizeof line, "session 7   frame %-5d  16.4 ms", 1234 + frame);
  const char *rows[] = {line, "queued 12  baking 3  applied 48", "budget 2.0 ms   used 1.7 ms",
                        "R: rebake  C: clear  1-9: scene",
                        "!\"#$%&'()*+,-./0123456789:;<=>?@[\\]^_`{|}~"};
  for (int i = 0; i < 5; i++)
    bad += kiln_window_draw_text(win, 12, 12 + (i + 1.5f) * lh, i == 3 ? dim : white, rows[i],
                                 strlen(rows[i]), msg) != KILN_OK;
  float ft[120];
  for (int i = 0; i < 120; i++)
    ft[i] = 12 + 3 * sinf((i + frame) * 0.2f) + ((i + frame) % 37 == 0 ? 9 : 0);
  kiln_window_graph g = {.values = ft, .count = 120, .x = 12, .y = 250, .w = 600, .h = 120,
                         .min = 0, .max = 33.3f, .background = {0.15f, 0.16f, 0.2f, 1},
                         .threshold_on = 1, .threshold = 16.6f};
  bad += kiln_window_draw_graph(win, &g, msg) != KILN_OK;
  bad += kiln_window_draw_text(win, 16, 254, dim, "frame ms (16.6 line)", 20, msg) != KILN_OK;
  bad += kiln_window_end_frame(win, msg) != KILN_OK;
  return bad;
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Written to $KILN_WINDOW_SAMPLE when set (for a human to look at), else
 * to the test's temporary directory. With KT_VERBOSE, also prints the
 * HUD's cost per frame (information only, not asserted). */
KT_TEST(sample_hud_picture) {
  kiln_window_config cfg = {.width = 640, .height = 400, .title = "kiln sample"};
  kiln_window *win = NULL;
  char msg[KILN_ERRMSG_MAX] = "";
  KT_REQUIRE(kiln_window_new(&cfg, &win, msg) == KILN_OK);
  GLuint tex = make_texture_2x2();
  KT_CHECK(draw_hud(win, tex, 0) == 0);
  const char *out = getenv("KILN_WINDOW_SAMPLE");
  int keep = out && *out;
  if (!keep) out = tmp_path("sample.png");
  KT_CHECK(kiln_window_screenshot(win, out, msg) == KILN_OK);
  kiln_window_stats st;
  kiln_window_stats_get(win, &st);
  /* one user texture: text, graph, solids and the textured quads share a run */
  KT_CHECK(st.draw_calls == 1 && st.flushes == 1);
  if (getenv("KT_VERBOSE")) {
    int frames = 200, bad = 0;
    double t0 = now_ms();
    for (int i = 1; i <= frames; i++) bad += draw_hud(win, tex, i);
    double t1 = now_ms();
    KT_CHECK(bad == 0);
    fprintf(stderr,
            "  sample HUD: %u draw call(s), %u vertices, %u flush(es) per frame; "
            "%.3f ms/frame over %d frames (640x400, swap included) -> %s\n",
            st.draw_calls, st.vertices, st.flushes, (t1 - t0) / frames, frames, out);
  }
  if (!keep) unlink(out);
  glDeleteTextures(1, &tex);
  kiln_window_free(win);
}

static void cleanup(void) {
  if (tmpdir[0]) rmdir(tmpdir);
}

#define CASES                                                                             \
  KT_CASE(opens_hidden_with_core_context), KT_CASE(falls_back_to_3_3_when_the_version_is_unavailable), \
  KT_CASE(visible_window_with_vsync), KT_CASE(free_keeps_the_other_context_current),         \
  KT_CASE(two_windows_at_once), KT_CASE(clear_colour_reads_back_everywhere),              \
  KT_CASE(solid_rect_lands_on_exact_pixels), KT_CASE(textured_quad_uv_and_tint),          \
  KT_CASE(array_layer_quad_picks_its_layer), KT_CASE(texture_changes_break_runs_but_keep_order), \
  KT_CASE(batch_overflow_flushes_and_keeps_everything),                                   \
  KT_CASE(flush_orders_kiln_draws_around_raw_gl), KT_CASE(read_pixels_inside_a_frame_sees_the_batch), \
  KT_CASE(resize_follows_the_framebuffer), KT_CASE(text_ink_stays_inside_its_measured_box), \
  KT_CASE(text_measure_rules), KT_CASE(font_size_and_path_from_config_and_env),           \
  KT_CASE(graph_draws_line_threshold_and_background), KT_CASE(graph_autoscale_and_edge_counts), \
  KT_CASE(screenshot_png_matches_read_pixels), KT_CASE(key_events_queue_in_order),        \
  KT_CASE(key_names), KT_CASE(bad_window_config_errors),                                  \
  KT_CASE(missing_font_names_the_path_and_its_source), KT_CASE(corrupt_font_file_is_reported), \
  KT_CASE(no_display_is_a_clear_error), KT_CASE(bad_screenshot_paths), KT_CASE(draw_misuse_errors), \
  KT_CASE(render_thread_only), KT_CASE(new_off_the_main_thread_is_refused),               \
  KT_CASE(sample_hud_picture)

int main(int argc, char **argv) {
  static const struct kt_case cases[] = {CASES};
  atexit(cleanup);
  return kt_run("window", cases, sizeof cases / sizeof cases[0], argc, argv);
}
