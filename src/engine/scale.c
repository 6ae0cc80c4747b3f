/* scale.c — operand scaling, as low-precision inference does it: each operand is divided by
 * a scale taken from the max |x| of its group (its tensor, its tensor's row, or a block of N
 * elements) so that the group's largest magnitude lands at the operand format's largest
 * value, converted by the method, and the scales are multiplied back into the product.
 *
 * The scale of a group with max |x| = amax, the format's largest finite value F:
 *  - power of two (--scale-pow2, and always for lns, whose products carry 53 bits; for lns F
 *    is 2^(2^(i-2) - 1), so that products of two group maxima stay inside the log range):
 *    s = 2^ceil(log2(amax / F)), the smallest power of two with amax / s <= F;
 *  - otherwise s = amax / F rounded up to 12 significant bits (and raised by one step of
 *    that grid if amax / s still rounds above F), so the group's max lands at or just below F.
 * An all-zero group has s = 1.  The operand the method sees is RN(x / s) (one binary64
 * rounding before the format's own); the product is approx' s_a s_b, which is exact: s_a s_b
 * has at most 24 significant bits, and approx' at most 29 for every method this applies to
 * (operand formats of at most 11 mantissa bits give products of at most 24; lns uses powers
 * of two) — eval.c checks it pair by pair and fails the point otherwise.
 *
 * Groups.  A weights distribution knows each value's tensor (draw_amax): tensor, channel
 * (the row: the tensor's outermost index) and block:N (N consecutive elements of the tensor
 * in storage order) are those of the real tensor.  For the other distributions and for
 * caller-given pairs there is no tensor: block:N takes N consecutive operands of the
 * engine's sample block, tensor the whole sample block (65536 values, or fewer in the last),
 * and channel is refused.  An exhaustive enumeration's tensor is the set of every encoding
 * (one scale for all; block:N and channel are refused). */
#include "internal.h"

#include <stdio.h>
#include <string.h>

mulerr_status mulerr_scale_parse(const char *text, int *scale, long *block) {
  *block = 0;
  if (!strcmp(text, "none")) *scale = MULERR_SCALE_NONE;
  else if (!strcmp(text, "tensor")) *scale = MULERR_SCALE_TENSOR;
  else if (!strcmp(text, "channel")) *scale = MULERR_SCALE_CHANNEL;
  else if (!strncmp(text, "block:", 6)) {
    long n;
    if (mulerr_parse_int(text + 6, 1, MULERR_BLOCK, &n) != MULERR_OK || (n & (n - 1)))
      return mulerr_fail(MULERR_EINVAL, "scale '%s': N of block:N must be a power of two from 1 to %d",
                         text, MULERR_BLOCK);
    *scale = MULERR_SCALE_BLOCK, *block = n;
  } else
    return mulerr_fail(MULERR_EINVAL, "unknown scale '%s' (choices: none, tensor, channel, block:N)", text);
  return MULERR_OK;
}

void mulerr_scale_text(const mulerr_point *p, char *buf, size_t len) {
  static const char *const names[] = {"none", "tensor", "channel", "block"};
  if (p->scale == MULERR_SCALE_BLOCK)
    snprintf(buf, len, "block:%ld%s", p->scale_block, p->scale_pow2 ? ",pow2" : "");
  else
    snprintf(buf, len, "%s%s", names[p->scale >= 0 && p->scale <= 3 ? p->scale : 0],
             p->scale && p->scale_pow2 ? ",pow2" : "");
}

/* The scale of a group with max |x| = amax into a format whose largest value is fmax. */
double mulerr_scale_of(double amax, double fmax, int pow2) {
  double s;
  int e;
  if (!(amax > 0) || !isfinite(amax)) return 1;
  if (pow2) {
    double f = frexp(amax / fmax, &e); /* amax / fmax = f 2^e, f in [1/2, 1) */
    s = ldexp(1, f == 0.5 ? e - 1 : e);
    while (amax / s > fmax) s *= 2;
    return s;
  }
  s = mulerr_round_sig(amax / fmax, 12, INT32_MIN, MULERR_RUP);
  while (amax / s > fmax) s = mulerr_round_sig(nextafter(s, INFINITY), 12, INT32_MIN, MULERR_RUP);
  return s;
}

/* max(m, the largest |v[i]|, i < n), a NaN passed over: a maximum, the same in any order,
 * here in four running lanes (vector code) and then across them. */
#pragma GCC diagnostic ignored "-Wpsabi" /* static helper only: no ABI crosses */
typedef double amax_v4d __attribute__((vector_size(32)));
typedef uint64_t amax_v4u __attribute__((vector_size(32)));
typedef uint64_t amax_v4u_u __attribute__((vector_size(32), aligned(8), may_alias));
MULERR_HOT
static double amax_run(const double *v, size_t n, double m) {
  amax_v4d m4 = {m, m, m, m};
  size_t i;
  for (i = 0; i + 4 <= n; i += 4) {
    const amax_v4d x = (amax_v4d)(*(const amax_v4u_u *)(v + i) & 0x7fffffffffffffffull);
    const amax_v4u gt = (amax_v4u)(x > m4);
    m4 = (amax_v4d)((gt & (amax_v4u)x) | (~gt & (amax_v4u)m4));
  }
  for (; i < n; i++) m = fabs(v[i]) > m ? fabs(v[i]) : m;
  for (i = 0; i < 4; i++) m = m4[i] > m ? m4[i] : m;
  return m;
}

/* x[0..n) = m, four at a time. */
MULERR_HOT
static void amax_fill(double *x, size_t n, double m) {
  const amax_v4d m4 = {m, m, m, m};
  size_t i;
  for (i = 0; i + 4 <= n; i += 4) *(amax_v4u_u *)(x + i) = (amax_v4u)m4;
  for (; i < n; i++) x[i] = m;
}

/* Group maxima of operands that come without a tensor: N-blocks of v (tensor: all of v). */
void mulerr_scale_stream_amax(int group, long blk, size_t n, const double *v, double *amax) {
  const size_t b = group == MULERR_SCALE_BLOCK ? (size_t)blk : n;
  size_t lo;
  for (lo = 0; lo < n; lo += b) {
    const size_t hi = n - lo < b ? n : lo + b;
    amax_fill(amax + lo, hi - lo, amax_run(v + lo, hi - lo, 0));
  }
}

/* Can point p be scaled as asked?  (Methods that convert operands into a narrower format;
 * channel needs a distribution that knows its tensors.) */
mulerr_status mulerr_scale_check(const mulerr_point *p) {
  static const char *const ok[] = {"float", "lmul", "lmul-eq1", "lmul-gpu", "mitchell", "lns", "int"};
  size_t i;
  if (p->scale == MULERR_SCALE_NONE) return MULERR_OK;
  for (i = 0; i < sizeof ok / sizeof *ok && strcmp(ok[i], p->method->name); i++) continue;
  if (i == sizeof ok / sizeof *ok)
    return mulerr_fail(MULERR_EINVAL, "--scale: method '%s' does not convert its operands into a narrower "
                       "format by itself (scaling applies to float, lmul, lmul-eq1, lmul-gpu, mitchell, lns, int; "
                       "mx has its own block scales)", p->method->name);
  if (p->scale == MULERR_SCALE_BLOCK && p->operands != MULERR_SAMPLED)
    return mulerr_fail(MULERR_EINVAL, "--scale block:N: an exhaustive enumeration has no blocks of operands "
                       "(use tensor: one scale for every encoding)");
  if (p->scale == MULERR_SCALE_CHANNEL &&
      (p->operands != MULERR_SAMPLED || !p->dist_a.type->draw_amax || !p->dist_b.type->draw_amax))
    return mulerr_fail(MULERR_EINVAL, "--scale channel needs operands drawn from real tensors (a weights "
                       "distribution): '%s' has no channels", p->operands != MULERR_SAMPLED ? "exhaustive"
                       : !p->dist_a.type->draw_amax ? p->dist_a.text : p->dist_b.text);
  return MULERR_OK;
}

/* The int method's per-value group maxima, set by the engine around one mul() call. */
static _Thread_local const double *int_ga, *int_gb;
void mulerr_int_group_amax(const double *ga, const double *gb) { int_ga = ga, int_gb = gb; }
int mulerr_int_group_amax_get(const double **ga, const double **gb) {
  *ga = int_ga, *gb = int_gb;
  return int_ga != NULL;
}
