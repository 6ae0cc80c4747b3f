/* accum.c — the accumulator-model registry, parsing, and the roundings the models share.
 *
 * Rounding an exact sum once.  A model that rounds each addition into a format F computes
 * RN_F(x + y) for doubles x, y, where x + y itself may need more than 53 bits (a product
 * of two fp32 values has up to 48 significant bits; the running sum and it differ in
 * exponent).  Rounding x + y to binary64 first and then to F could round twice.  Instead
 * x + y is rounded to odd in binary64 (TwoSum gives s = RN(x + y) and the exact error t;
 * if t != 0 and s is even, s moves one ulp towards t, to the odd neighbour), and that is
 * rounded to F: since 53 >= p_F + 2 for every F of at most 51 mantissa bits, the result is
 * RN_F(x + y) exactly (Boldo & Melquiond, IEEE TC 57(4), 2008, Theorem 2; the odd rounding
 * keeps a sticky bit below F's rounding position).  Within a normal binary64 range
 * (mulerr's sources keep every partial sum there) this holds for F's subnormals too: F's
 * precision at that exponent is smaller still.  For F = fp32 with both x and y fp32 values,
 * x + y rounded to binary64 and then to binary32 is already correct (Figueroa, "When is
 * double rounding innocuous?", SIGNUM 1995: 53 >= 2 24 + 2), which the sequential fp32
 * model uses as its fast path. */
#include "dot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ACCUM(id) extern const mulerr_accum mulerr_accum_##id;
#include "accumulators.def"
#undef ACCUM

static const mulerr_accum *const registry[] = {
#define ACCUM(id) &mulerr_accum_##id,
#include "accumulators.def"
#undef ACCUM
};
#define NREG (sizeof registry / sizeof registry[0])

size_t mulerr_accum_count(void) { return NREG; }
const mulerr_accum *mulerr_accum_at(size_t i) { return i < NREG ? registry[i] : NULL; }

static const char *usage_at(size_t i) { return registry[i]->usage ? registry[i]->usage : registry[i]->name; }

const mulerr_accum *mulerr_accum_find(const char *name) {
  size_t i;
  for (i = 0; i < NREG; i++)
    if (!strcmp(registry[i]->name, name)) return registry[i];
  mulerr_fail_unknown("accumulator", name, usage_at, NREG, NULL);
  return NULL;
}

mulerr_status mulerr_accum_parse(const char *text, mulerr_dot *d) {
  const char *colon = strchr(text, ':');
  size_t len = colon ? (size_t)(colon - text) : strlen(text);
  char *name = strndup(text, len);
  const mulerr_accum *a;
  long v = 0;
  if (!name) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  a = mulerr_accum_find(name);
  free(name);
  if (!a) return MULERR_EINVAL;
  if (!a->param_name && colon)
    return mulerr_fail(MULERR_EINVAL, "accumulator '%s' takes no parameter", a->name);
  if (a->param_name) {
    if (!colon)
      return mulerr_fail(MULERR_EINVAL, "accumulator '%s' needs its %s: '%s:N'", a->name,
                         a->param_name, a->name);
    if (mulerr_parse_int(colon + 1, a->param_min, a->param_max, &v) != MULERR_OK)
      return mulerr_fail(MULERR_EINVAL, "accumulator '%s': %s '%s' is not a whole number in "
                         "%ld..%ld", a->name, a->param_name, colon + 1, a->param_min, a->param_max);
  }
  d->accum = a;
  d->param = (int)v;
  return MULERR_OK;
}

void mulerr_accum_text(const mulerr_dot *d, char *buf, size_t len) {
  if (!d->accum) snprintf(buf, len, "-");
  else if (d->accum->param_name) snprintf(buf, len, "%s:%d", d->accum->name, d->param);
  else snprintf(buf, len, "%s", d->accum->name);
}

mulerr_status mulerr_dot_check(const mulerr_dot *d) {
  if (d->length < 1 || d->length > MULERR_DOT_MAX_LENGTH)
    return mulerr_fail(MULERR_EINVAL, "dot-product length %llu is out of range (1..%u)",
                       (unsigned long long)d->length, MULERR_DOT_MAX_LENGTH);
  if (!d->accum) return mulerr_fail(MULERR_EINVAL, "a dot product needs an accumulator");
  if (d->accum->param_name && (d->param < d->accum->param_min || d->param > d->accum->param_max))
    return mulerr_fail(MULERR_EINVAL, "accumulator '%s': %s %d is out of range (%ld..%ld)",
                       d->accum->name, d->accum->param_name, d->param, d->accum->param_min,
                       d->accum->param_max);
  if (d->promote && !d->accum->promotes)
    return mulerr_fail(MULERR_EINVAL, "accumulator '%s' does not promote (only fixed:W does)",
                       d->accum->name);
  return MULERR_OK;
}

double mulerr_dot_accumulate(const mulerr_dot *d, size_t n, const double *products) {
  return d->accum->sum(d, n, products);
}

void mulerr_dot_accumulate_n(const mulerr_dot *d, size_t ndots, size_t n, const double *products,
                             double *out) {
  size_t j;
  if (d->accum->sum_n) d->accum->sum_n(d, ndots, n, products, out);
  else
    for (j = 0; j < ndots; j++) out[j] = d->accum->sum(d, n, products + j * n);
}

/* x + y rounded to odd in binary64 (see the top of this file): finite x, y. */
static inline double add_odd(double x, double y) {
  const dd st = dd_two_sum(x, y);
  uint64_t u = mulerr_d2u(st.hi);
  if (st.lo == 0 || (u & 1) || !isfinite(st.hi)) return st.hi;
  /* towards st.lo: up in magnitude if st.lo has st.hi's sign (st.hi != 0 as st.lo != 0) */
  u += (st.lo > 0) == (st.hi > 0) ? 1 : (uint64_t)-1;
  return mulerr_u2d(u);
}

double mulerr_add_round(const mulerr_format *f, double x, double y) {
  return mulerr_format_round(f, add_odd(x, y), MULERR_RNE);
}

double mulerr_add_fp32(double x, double y) { return (double)(float)add_odd(x, y); }

double mulerr_sum_sequential(const mulerr_format *f, size_t n, const double *p) {
  double s = 0;
  size_t i;
  for (i = 0; i < n; i++) s = mulerr_add_round(f, s, p[i]);
  return s;
}
