/* Minimal C test harness: each test file defines tests with KT_TEST and a
 * main() from KT_MAIN; the runner prints "<suite>: N passed, N failed". */
#ifndef KTEST_H
#define KTEST_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*kt_fn)(int *failed);
struct kt_case { const char *name; kt_fn fn; };

#define KT_CHECK(cond) do { if (!(cond)) { \
  fprintf(stderr, "  %s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
  *kt_failed = 1; } } while (0)
#define KT_REQUIRE(cond) do { if (!(cond)) { \
  fprintf(stderr, "  %s:%d: requirement failed: %s\n", __FILE__, __LINE__, #cond); \
  *kt_failed = 1; return; } } while (0)
#define KT_TEST(name) static void name(int *kt_failed)

static inline int kt_run(const char *suite, const struct kt_case *cases, size_t n,
                         int argc, char **argv) {
  int passed = 0, failed = 0;
  for (size_t i = 0; i < n; i++) {
    if (argc > 1 && !strstr(cases[i].name, argv[1])) continue;
    int f = 0;
    cases[i].fn(&f);
    if (f) { failed++; fprintf(stderr, "FAIL %s/%s\n", suite, cases[i].name); }
    else { passed++; if (getenv("KT_VERBOSE")) fprintf(stderr, "ok   %s/%s\n", suite, cases[i].name); }
  }
  printf("%s: %d passed, %d failed\n", suite, passed, failed);
  return failed ? 1 : 0;
}
#define KT_CASE(fn) { #fn, fn }
#define KT_MAIN(suite, ...) \
  int main(int argc, char **argv) { \
    static const struct kt_case kt_cases[] = { __VA_ARGS__ }; \
    return kt_run(suite, kt_cases, sizeof kt_cases / sizeof kt_cases[0], argc, argv); }
#endif
