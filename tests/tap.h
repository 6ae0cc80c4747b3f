/* tap.h — a minimal TAP producer for the C unit tests (run by automake's tap-driver.sh). */
#ifndef MULERR_TAP_H
#define MULERR_TAP_H
#include <stdarg.h>
#include <stdio.h>

static int tap_count, tap_failed;

/* Report one test; returns cond, so a test can guard what depends on it. */
static int tap_ok(int cond, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int tap_ok(int cond, const char *file, int line, const char *fmt, ...) {
  va_list ap;
  printf("%sok %d - ", cond ? "" : "not ", ++tap_count);
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
  printf("\n");
  if (!cond) {
    printf("#   failed at %s:%d\n", file, line);
    tap_failed++;
  }
  fflush(stdout);
  return cond;
}
#define ok(cond, ...) tap_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
/* Print a diagnostic line. */
#define diag(...) (printf("# "), printf(__VA_ARGS__), printf("\n"))

static int tap_done(void) {
  printf("1..%d\n", tap_count);
  return tap_failed ? 1 : 0;
}
#endif
