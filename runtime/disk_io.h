/* kiln disk cache: file-system helpers shared by the cache (disk.c) and the
 * `kiln cache` CLI (internal to the disk module). */
#ifndef KILN_DISK_IO_H
#define KILN_DISK_IO_H

#include <stddef.h>
#include <stdint.h>

#include "disk.h"

/* cfg (may be NULL or partly NULL) completed with the POSIX defaults. */
void kiln__disk_io_resolve(const kiln_disk_io *cfg, kiln_disk_io *out);

/* mkdir -p path through io (existing directories are fine); with sync,
 * fsyncs the parent of every directory it creates. Returns KILN_OK or
 * KILN_IO with msg naming the path and the errno text. */
int kiln__disk_mkdir_p(const kiln_disk_io *io, const char *path, int sync, char *msg);

/* Opens <dir>/lock and takes an exclusive flock without waiting. Returns
 * the fd (>= 0) or a negative kiln code (KILN_AGAIN: held elsewhere). */
int kiln__disk_lock(int dirfd, const char *dir, char *msg);

/* Calls fn for every name in every one-hex-digit subdirectory of dirfd
 * (subdirectories that are symlinks are skipped, not followed). fn may
 * unlink the name it is given; a nonzero return stops the walk and is
 * returned. Directory read errors return KILN_IO. */
typedef int (*kiln__disk_walk_fn)(void *ud, int subfd, const char *sub, const char *name);
int kiln__disk_walk(int dirfd, const char *dir, kiln__disk_walk_fn fn, void *ud, char *msg);

/* Reads exactly len bytes at off; returns len, fewer at end of file, or -1
 * (errno set). Retries EINTR and short reads. */
ssize_t kiln__disk_pread_all(const kiln_disk_io *io, int fd, void *buf, size_t len, off_t off);

/* Writes all len bytes; returns 0 or -1 (errno set; a write of 0 bytes is EIO). */
int kiln__disk_write_all(const kiln_disk_io *io, int fd, const void *buf, size_t len);

#endif
