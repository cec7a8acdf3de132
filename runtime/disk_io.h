/* kiln disk cache: file-system helpers shared by the cache (disk.c) and the
 * `kiln cache` CLI (internal to the disk module). */
#ifndef KILN_DISK_IO_H
#define KILN_DISK_IO_H

#include <stddef.h>
#include <stdint.h>

#include <sys/stat.h>

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

/* 1 if s is one lowercase hex digit: the name of a subdirectory. */
int kiln__disk_sub_name(const char *s);

/* NULL for a regular file's mode, else "not a regular file (a FIFO)" etc. */
const char *kiln__disk_not_regular(mode_t mode);

/* Opens name in dirfd read-only without ever blocking or following a
 * symlink, and only if it is a regular file: fstatat first (a FIFO,
 * socket, device, directory or symlink is never opened), then
 * O_NONBLOCK|O_NOFOLLOW open and fstat again (the name may have been
 * swapped). Returns the fd with *st set, or -1: *why names a non-regular
 * file ("not a regular file (a FIFO)"), else NULL and errno is set. */
int kiln__disk_open_regular(const kiln_disk_io *io, int dirfd, const char *name, struct stat *st,
                            const char **why);

/* 1 if name is exactly a kiln temp name, "tmp.<pid>.<thread>.<counter>". */
int kiln__disk_temp_name(const char *name);

/* 1 if subfd/name is provably a temp file a kiln writer left: a strict
 * temp name, a regular file, and either shorter than a header (64
 * bytes: a torn first write) or starting with the magic's "\x89KILN".
 * Only then may it be removed (under the cache lock, in a marked cache). */
int kiln__disk_temp_leftover(const kiln_disk_io *io, int subfd, const char *name);

/* Makes sure dirfd (named dir) is a kiln cache before anything is written
 * into it. Marked (KILN_DISK_MARKER written by kiln): KILN_OK. Empty, or
 * holding nothing but kiln's own layout (lock file, one-hex-digit
 * directories of entry and temp names: a cache made before the marker;
 * and directories that are marked kiln caches themselves): KILN_OK, and
 * with adopt the marker is written (fsynced with sync). Anything else:
 * KILN_INVAL, msg naming dir and the first foreign name, and nothing is
 * written. KILN_IO when it cannot list or write. */
int kiln__disk_claim(int dirfd, const char *dir, int adopt, int sync, char *msg);

/* Reads exactly len bytes at off; returns len, fewer at end of file, or -1
 * (errno set). Retries EINTR and short reads. */
ssize_t kiln__disk_pread_all(const kiln_disk_io *io, int fd, void *buf, size_t len, off_t off);

/* Writes all len bytes; returns 0 or -1 (errno set; a write of 0 bytes is EIO). */
int kiln__disk_write_all(const kiln_disk_io *io, int fd, const void *buf, size_t len);

#endif
