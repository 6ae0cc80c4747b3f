/* error.c — the one error funnel (a per-thread message) and version strings. */
#include "config.h"
#include "internal.h"
#include "gitrev.h" /* MULERR_GIT_REVISION, regenerated at every build */

#include <gmp.h>
#include <gsl/gsl_version.h>
#include <mpfr.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>

static _Thread_local char errbuf[1024];

const char *mulerr_errmsg(void) { return errbuf; }

mulerr_status mulerr_fail(mulerr_status code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(errbuf, sizeof errbuf, fmt, ap);
  va_end(ap);
  return code;
}

const char *mulerr_version(void) { return PACKAGE_VERSION; }
const char *mulerr_git_revision(void) { return MULERR_GIT_REVISION; }

const char *mulerr_library_versions(void) {
  static _Thread_local char buf[160];
  snprintf(buf, sizeof buf, "mpfr %s, gmp %s, gsl %s, sqlite %s", mpfr_get_version(),
           gmp_version, gsl_version, sqlite3_libversion());
  return buf;
}
