/* kiln_file: reading a whole file that must be a regular one, for script
 * sources and image files. A FIFO, device or directory is refused at once
 * (opened O_NONBLOCK, checked with fstat), never waited on. */
#ifndef KILN_FILE_H
#define KILN_FILE_H

#include <stddef.h>

#include "kiln_err.h"

enum { KILN_FILE_NOFOLLOW = 1 }; /* kiln_file_read flags: a symlink is refused (KILN_IO) */

/* Reads path whole into *out (malloc'ed, NUL-terminated after *len bytes;
 * free()). max: the most bytes accepted (0: no limit). flags: 0 or
 * KILN_FILE_NOFOLLOW. not_what, when not
 * NULL, ends a refusal of a non-regular file (", not <not_what>"). Errors
 * name the path: KILN_IO (open or read failed, errno text), KILN_INVAL (a
 * directory or other non-regular file), KILN_TOOBIG, KILN_NOMEM. Any
 * thread; blocking file I/O. */
int kiln_file_read(const char *path, size_t max, int flags, const char *not_what, char **out, size_t *len,
                   char *msg);

#endif
