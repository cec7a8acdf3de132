/* kiln window, read-back: the frame buffer's pixels and PNG screenshots of
 * them (libpng's simplified API, written to a temporary file and renamed). */
#include "window_int.h"

#include <errno.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int kiln_window_read_pixels(kiln_window *win, uint8_t **rgba, int *w, int *h, char *msg) {
  KILN__WINDOW_CHECK_THREAD(win, msg, "read_pixels");
  *rgba = NULL;
  if (win->in_frame) kiln__window_flush_batch(win);
  kiln__window_make_current(win);
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
  KILN__WINDOW_CHECK_THREAD(win, msg, "screenshot");
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
