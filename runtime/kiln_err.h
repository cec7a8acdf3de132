/* kiln error codes: one list, one message table (see kiln_strerror).
 * Codes carry the kind of failure; the detail (which item, file or field)
 * travels in a caller-supplied message buffer of KILN_ERRMSG_MAX bytes. */
#ifndef KILN_ERR_H
#define KILN_ERR_H

#include <stddef.h>

#define KILN_ERRMSG_MAX 512

#define KILN_ERR_LIST(X)                                              \
  X(OK,        0, "success")                                          \
  X(NOMEM,    -1, "out of memory")                                    \
  X(INVAL,    -2, "invalid argument")                                 \
  X(AGAIN,    -3, "resource temporarily unavailable")                 \
  X(CLOSED,   -4, "runtime is closed")                                \
  X(TIMEDOUT, -5, "timed out")                                        \
  X(IO,       -6, "input/output error")                               \
  X(CORRUPT,  -7, "corrupt data")                                     \
  X(NOTFOUND, -8, "not found")                                        \
  X(STALE,    -9, "result of an older session")                       \
  X(THREAD,  -10, "called from the wrong thread")                     \
  X(LUA,     -11, "Lua error")                                        \
  X(GL,      -12, "OpenGL error")                                     \
  X(TOOBIG,  -13, "too large")                                        \
  X(CANCELED,-14, "canceled")                                         \
  X(EXISTS,  -15, "already exists")

typedef enum kiln_err {
#define KILN__ERR_ENUM(name, code, msg) KILN_##name = code,
  KILN_ERR_LIST(KILN__ERR_ENUM)
#undef KILN__ERR_ENUM
} kiln_err;

/* Static message for a code; never NULL. Any thread. */
const char *kiln_strerror(int code);

/* Formats into msg (KILN_ERRMSG_MAX bytes, may be NULL) and returns code,
 * so error paths read `return kiln_errf(msg, KILN_INVAL, "...", ...)`. */
int kiln_errf(char *msg, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
