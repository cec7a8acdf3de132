#include "kiln_err.h"

#include <stdarg.h>
#include <stdio.h>

const char *kiln_strerror(int code) {
  switch (code) {
#define KILN__ERR_CASE(name, c, msg) case c: return msg;
    KILN_ERR_LIST(KILN__ERR_CASE)
#undef KILN__ERR_CASE
  default: return "unknown error";
  }
}

int kiln_errf(char *msg, int code, const char *fmt, ...) {
  if (msg) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, KILN_ERRMSG_MAX, fmt, ap);
    va_end(ap);
  }
  return code;
}
