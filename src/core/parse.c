/* parse.c — numbers, counts, lists and ranges as users type them on the command line. */
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

mulerr_status mulerr_parse_count(const char *s, uint64_t *out) {
  const double limit = 4611686018427387904.0; /* 2^62 */
  char *end;
  double v;
  if (!s || !*s) return mulerr_fail(MULERR_EINVAL, "empty count");
  if (!strchr("0123456789.", s[0]) || strpbrk(s, "xXpP \t\n"))
    return mulerr_fail(MULERR_EINVAL, "'%s' is not a positive whole number of at most 2^62", s);
  if (s[0] == '2' && s[1] == '^') {
    long e;
    if (mulerr_parse_int(s + 2, 0, 62, &e) != MULERR_OK)
      return mulerr_fail(MULERR_EINVAL, "'%s' is not a count (2^N needs N in 0..62)", s);
    *out = (uint64_t)1 << e;
    return MULERR_OK;
  }
  errno = 0;
  v = strtod(s, &end);
  if (end == s || *end || errno == ERANGE || !(v >= 1) || v > limit || v != floor(v))
    return mulerr_fail(MULERR_EINVAL, "'%s' is not a positive whole number of at most 2^62", s);
  *out = (uint64_t)v;
  return MULERR_OK;
}

mulerr_status mulerr_parse_seed(const char *s, uint64_t *out) {
  char *end;
  unsigned long long v;
  /* decimal digits only: no sign, no space, no hex; a leading 0 is not octal */
  if (!s || !*s || strspn(s, "0123456789") != strlen(s))
    return mulerr_fail(MULERR_EINVAL, "'%s' is not a seed: decimal digits 0..9 only, 0 to %lld", s ? s : "",
                       (long long)INT64_MAX);
  errno = 0;
  v = strtoull(s, &end, 10);
  if (errno == ERANGE || v > (unsigned long long)INT64_MAX)
    return mulerr_fail(MULERR_EINVAL, "seed %s is too large: seeds are 0 to %lld, the integers a "
                       "SQLite database stores exactly", s, (long long)INT64_MAX);
  *out = (uint64_t)v;
  return MULERR_OK;
}

mulerr_status mulerr_parse_int(const char *s, long lo, long hi, long *out) {
  char *end;
  long v;
  if (!s || !*s) return mulerr_fail(MULERR_EINVAL, "empty number");
  if (strspn(s + (s[0] == '-' || s[0] == '+'), "0123456789") != strlen(s + (s[0] == '-' || s[0] == '+')))
    return mulerr_fail(MULERR_EINVAL, "'%s' is not a whole number", s);
  errno = 0;
  v = strtol(s, &end, 10);
  if (end == s || *end || errno == ERANGE)
    return mulerr_fail(MULERR_EINVAL, "'%s' is not a whole number", s);
  if (v < lo || v > hi)
    return mulerr_fail(MULERR_EINVAL, "%ld is out of range (%ld..%ld)", v, lo, hi);
  *out = v;
  return MULERR_OK;
}

mulerr_status mulerr_split_list(const char *s, char **buf, char **items, size_t cap, size_t *n) {
  char *copy = strdup(s ? s : ""), *p, *next;
  *n = 0;
  *buf = copy;
  if (!copy) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  for (p = copy;; p = next + 1) {
    next = strchr(p, ',');
    if (next) *next = 0;
    if (!*p) return mulerr_fail(MULERR_EINVAL, "empty item in list '%s'", s);
    if (*n == cap) return mulerr_fail(MULERR_EINVAL, "list '%s' has more than %zu items", s, cap);
    items[(*n)++] = p;
    if (!next) break;
  }
  return MULERR_OK;
}

mulerr_status mulerr_parse_int_list(const char *s, long lo, long hi, long *out, size_t cap,
                                    size_t *n) {
  char *buf, *items[256];
  size_t ni, i;
  mulerr_status st = mulerr_split_list(s, &buf, items, 256, &ni);
  *n = 0;
  for (i = 0; st == MULERR_OK && i < ni; i++) {
    char *dots = strstr(items[i], "..");
    long a, b, step = 1, v;
    if (!dots) {
      st = mulerr_parse_int(items[i], lo, hi, &a);
      b = a;
    } else {
      char *dots2;
      *dots = 0;
      dots2 = strstr(dots + 2, "..");
      if (dots2) *dots2 = 0;
      st = mulerr_parse_int(items[i], lo, hi, &a);
      if (st == MULERR_OK) st = mulerr_parse_int(dots + 2, lo, hi, &b);
      if (st == MULERR_OK && dots2) st = mulerr_parse_int(dots2 + 2, 1, hi - lo + 1, &step);
      if (st == MULERR_OK && b < a)
        st = mulerr_fail(MULERR_EINVAL, "range %ld..%ld runs backwards", a, b);
    }
    for (v = a; st == MULERR_OK && v <= b; v += step) {
      if (*n == cap) st = mulerr_fail(MULERR_EINVAL, "list '%s' has more than %zu values", s, cap);
      else out[(*n)++] = v;
    }
  }
  if (st != MULERR_OK && strncmp(mulerr_errmsg(), "list", 4) && !strstr(mulerr_errmsg(), s)) {
    char msg[512];
    snprintf(msg, sizeof msg, "%s", mulerr_errmsg());
    st = mulerr_fail(st, "in '%s': %s", s, msg);
  }
  free(buf);
  return st;
}

uint64_t mulerr_hash64(const char *s) {
  uint64_t h = 14695981039346656037ull;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h;
}

uint64_t mulerr_mix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}
