/* error.c — the one error funnel (a per-thread message) and version strings. */
#define _GNU_SOURCE /* vasprintf */
#include "config.h"
#include "internal.h"
#include "gitrev.h" /* MULERR_GIT_REVISION, regenerated at every build */

#include <gmp.h>
#include <gsl/gsl_version.h>
#include <mpfr.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The message of this thread's last failure, as long as it needs to be: a message that
 * quotes a user's path or list is never cut short. */
static _Thread_local char *errbuf;

const char *mulerr_errmsg(void) { return errbuf ? errbuf : ""; }

mulerr_status mulerr_fail(mulerr_status code, const char *fmt, ...) {
  va_list ap;
  char *msg;
  int n;
  va_start(ap, fmt);
  n = vasprintf(&msg, fmt, ap); /* before the old message goes: fmt's arguments may quote it */
  va_end(ap);
  if (n < 0) msg = NULL;
  free(errbuf);
  errbuf = msg;
  return code;
}

/* The main thread's message is freed at exit (leak checkers see no leak). */
__attribute__((destructor)) static void free_errbuf(void) {
  free(errbuf);
  errbuf = NULL;
}

mulerr_status mulerr_fail_unknown(const char *kind, const char *name, const char *(*name_at)(size_t),
                                  size_t n, const char *extra) {
  size_t i, len = 1;
  char *names, *p;
  for (i = 0; i < n; i++) len += strlen(name_at(i)) + 2;
  if (!(names = p = malloc(len))) return mulerr_fail(MULERR_EINVAL, "unknown %s '%s'", kind, name);
  *p = 0;
  for (i = 0; i < n; i++) p += sprintf(p, "%s%s", i ? ", " : "", name_at(i));
  mulerr_fail(MULERR_EINVAL, "unknown %s '%s' (known: %s%s)", kind, name, names, extra ? extra : "");
  free(names);
  return MULERR_EINVAL;
}

const char *mulerr_version(void) { return PACKAGE_VERSION; }
const char *mulerr_git_revision(void) { return MULERR_GIT_REVISION; }

const char *mulerr_library_versions(void) {
  static _Thread_local char buf[160];
  snprintf(buf, sizeof buf, "mpfr %s, gmp %s, gsl %s, sqlite %s", mpfr_get_version(),
           gmp_version, gsl_version, sqlite3_libversion());
  return buf;
}
