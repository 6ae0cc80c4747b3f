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
 * quotes a user's path or list is never cut short.  The pointer mulerr_errmsg() returns stays
 * valid for the thread's lifetime (callers pass it along while the next failure is being
 * made, e.g. as an argument evaluated before the call that fails): a message that fits is
 * copied into the current buffer; a longer one gets a new buffer, and the old one is retired,
 * not freed. */
typedef struct errbuf {
  struct errbuf *older;
  size_t cap;
  char text[];
} errbuf;
static _Thread_local char first[1024];
static _Thread_local errbuf *heap; /* the current buffer when a message outgrew `first` */

const char *mulerr_errmsg(void) { return heap ? heap->text : first; }

mulerr_status mulerr_fail(mulerr_status code, const char *fmt, ...) {
  va_list ap;
  char *msg;
  size_t len, cap = heap ? heap->cap : sizeof first;
  va_start(ap, fmt);
  if (vasprintf(&msg, fmt, ap) < 0) msg = NULL;
  va_end(ap);
  if (!msg) return code; /* out of memory: the previous message stays */
  len = strlen(msg);
  if (len >= cap) {
    errbuf *grown = malloc(sizeof *grown + len + 1);
    if (!grown) {
      free(msg);
      return code;
    }
    grown->older = heap, grown->cap = len + 1;
    heap = grown;
  }
  memcpy(heap ? heap->text : first, msg, len + 1);
  free(msg);
  return code;
}

/* The main thread's buffers are freed at exit (leak checkers see no leak). */
__attribute__((destructor)) static void free_errbuf(void) {
  while (heap) {
    errbuf *older = heap->older;
    free(heap);
    heap = older;
  }
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
