/* kiln_file: see file.h. */
#include "file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int kiln_file_read(const char *path, size_t max, int flags, const char *not_what, char **out, size_t *len,
                   char *msg) {
  *out = NULL;
  *len = 0;
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (flags & KILN_FILE_NOFOLLOW ? O_NOFOLLOW : 0));
  if (fd < 0) return kiln_errf(msg, KILN_IO, "cannot open '%s': %s", path, strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    int dir = S_ISDIR(st.st_mode);
    close(fd);
    return kiln_errf(msg, KILN_INVAL, "'%s' is %s%s%s", path, dir ? "a directory" : "not a regular file",
                     not_what ? ", not " : "", not_what ? not_what : "");
  }
  if (max && (size_t)st.st_size > max) {
    close(fd);
    return kiln_errf(msg, KILN_TOOBIG, "'%s' is %lld bytes, more than the %zu allowed", path,
                     (long long)st.st_size, max);
  }
  char *buf = malloc((size_t)st.st_size + 1);
  size_t got = 0;
  while (buf && got < (size_t)st.st_size) {
    ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += (size_t)n;
  }
  int err = errno;
  close(fd);
  if (!buf) return kiln_errf(msg, KILN_NOMEM, "'%s': out of memory", path);
  if (got < (size_t)st.st_size) {
    free(buf);
    return kiln_errf(msg, KILN_IO, "cannot read '%s': %s", path, err ? strerror(err) : "short read");
  }
  buf[got] = '\0';
  *out = buf;
  *len = got;
  return KILN_OK;
}
