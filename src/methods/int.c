/* int.c — `int`: symmetric integer quantisation of each operand with a max-abs scale, then
 * the product of the dequantised values.
 *
 * Definition (b = bits, Q = 2^(b-1) - 1; INT8: b = 8, Q = 127; INT4: b = 4, Q = 7).  Each
 * operand array is cut into blocks of `block` consecutive elements (block = 0: per tensor:
 * the engine hands mul() each value's tensor max (mulerr_int_group_amax): the real tensor
 * the value came from for a weights distribution, else the sample block of at most 65536
 * values, the whole array passed to one mul() call, as before).  The two operands are
 * quantised independently, each with its own scales.  For a block with amax = max |x|:
 *
 *     scale = amax / Q                    (an exact rational, NOT rounded to a float)
 *     q     = RNE(x / scale) = RNE(x Q / amax), clamped to [-Q, Q] (a no-op: |x| <= amax)
 *     value = q scale = q amax / Q
 *
 * and an all-zero block quantises to zeros.  The method returns the exact product of the
 * dequantised values, q_a q_b amax_a amax_b / Q^2, CORRECTLY ROUNDED to binary64 (round to
 * nearest even, subnormal range included): it is a rational with denominator Q^2, generally
 * not a double, so the returned value carries a relative rounding error of at most 2^-53
 * (normal range) that is not part of the method; it is far below the quantisation error
 * being measured (about 2^-8 relative for INT8) but is there, and results should say so.
 * A zero q gives a zero product, signed by XOR of the source signs.
 *
 * Exactness of the implementation:
 *  - q: with |x| = X 2^ex and amax = A 2^ea (X, A integers in [2^52, 2^53), so ex <= ea),
 *    x Q / amax = X Q / (A 2^d), d = ea - ex >= 0.  For d >= 17 it is below 2^(53+15-52-17)
 *    = 1/2, so q = 0; otherwise numerator and denominator are below 2^69 and the quotient
 *    and remainder are exact 128-bit integer arithmetic; RNE is decided on 2 rem vs A 2^d.
 *  - the product: N = |q_a q_b| A_a A_b < 2^136 is formed exactly in a 192-bit MPFR number,
 *    divided by Q^2 with rounding to odd at 192 bits, scaled by 2^(ea_a + ea_b) (exact), and
 *    rounded once to a double by mpfr_get_d: rounding to odd at p >= 53 + 2 bits followed by
 *    round to nearest equals a single round to nearest (Boldo & Melquiond 2008), also where
 *    the target is subnormal.  MPFR variables are initialised once per mul() call. */
#include "internal.h"

#include <mpfr.h>
#include <stdio.h>

#define INT_BITS_DEFAULT 8
#define INT_BITS_MIN 2
#define INT_BITS_MAX 16

#ifndef __SIZEOF_INT128__
#error "int.c needs a compiler with unsigned __int128 (GCC or Clang on a 64-bit target)"
#endif
typedef unsigned __int128 u128;

/* |v| = *m 2^*e with *m an integer in [2^52, 2^53), for finite v != 0. */
static void split53(double v, uint64_t *m, int *e) {
  int x;
  double f = frexp(fabs(v), &x); /* f in [1/2, 1) */
  *m = (uint64_t)ldexp(f, 53);   /* exact */
  *e = x - 53;
}

/* q = RNE(x Q / amax), with amax = A 2^ea >= |x|. */
static int64_t quantise(double x, uint64_t A, int ea, uint64_t Q) {
  uint64_t X;
  int ex, d;
  u128 num, den, q, rem;
  if (x == 0) return 0;
  split53(x, &X, &ex);
  d = ea - ex;
  if (d >= 17) return 0; /* x Q / amax < 1/2 */
  num = (u128)X * Q;
  den = (u128)A << d;
  q = num / den;
  rem = num - q * den;
  if (2 * rem > den || (2 * rem == den && (q & 1))) q++;
  if (q > Q) q = Q; /* cannot happen (|x| <= amax); kept as the definition's clamp */
  return x < 0 ? -(int64_t)q : (int64_t)q;
}

/* RN(s Aa Ab 2^e / Q2) as a double, s > 0; num and res are 192-bit scratch variables. */
static double rn_product(uint64_t s, uint64_t Aa, uint64_t Ab, int e, unsigned long Q2,
                         mpfr_ptr num, mpfr_ptr res) {
  mpfr_set_ui(num, s, MPFR_RNDN);            /* exact: < 2^30 */
  mpfr_mul_ui(num, num, Aa, MPFR_RNDN);      /* exact: < 2^83 */
  mpfr_mul_ui(num, num, Ab, MPFR_RNDN);      /* exact: < 2^136 */
  if (mpfr_div_ui(res, num, Q2, MPFR_RNDZ) != 0 && mpfr_min_prec(res) < mpfr_get_prec(res))
    mpfr_nextabove(res);                     /* inexact and even: round to odd */
  mpfr_mul_2si(res, res, e, MPFR_RNDN);      /* exact */
  return mpfr_get_d(res, MPFR_RNDN);         /* the one rounding to binary64 */
}

static double block_amax(const double *v, size_t lo, size_t hi) {
  double m = 0;
  size_t i;
  for (i = lo; i < hi; i++)
    if (fabs(v[i]) > m) m = fabs(v[i]);
  return m;
}

static void int_mul(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
                    double *out) {
  const uint64_t Q = ((uint64_t)1 << (cfg->bits - 1)) - 1;
  const size_t blk = cfg->block ? (size_t)cfg->block : n;
  size_t lo, i;
  mpfr_t num, res;
  const double *ga, *gb;
  mpfr_inits2(192, num, res, (mpfr_ptr)0);
  if (mulerr_int_group_amax_get(&ga, &gb)) { /* --scale: each value's amax is its group's (the real
                                               * tensor, row or block the engine names) */
    for (i = 0; i < n; i++) {
      uint64_t Aa = 0, Ab = 0;
      int ea = 0, eb = 0, neg = signbit(a[i]) != signbit(b[i]);
      int64_t qa, qb;
      double v;
      if (ga[i] > 0) split53(ga[i], &Aa, &ea);
      if (gb[i] > 0) split53(gb[i], &Ab, &eb);
      qa = ga[i] > 0 ? quantise(a[i], Aa, ea, Q) : 0;
      qb = gb[i] > 0 ? quantise(b[i], Ab, eb, Q) : 0;
      if (qa == 0 || qb == 0) {
        out[i] = neg ? -0.0 : 0.0;
        continue;
      }
      v = rn_product((uint64_t)(qa < 0 ? -qa : qa) * (uint64_t)(qb < 0 ? -qb : qb), Aa, Ab, ea + eb,
                     (unsigned long)(Q * Q), num, res);
      out[i] = neg ? -v : v;
    }
    mpfr_clears(num, res, (mpfr_ptr)0);
    return;
  }
  for (lo = 0; lo < n; lo += blk) {
    const size_t hi = n - lo < blk ? n : lo + blk;
    double ma = block_amax(a, lo, hi), mb = block_amax(b, lo, hi);
    uint64_t Aa = 0, Ab = 0;
    int ea = 0, eb = 0;
    if (ma > 0) split53(ma, &Aa, &ea);
    if (mb > 0) split53(mb, &Ab, &eb);
    for (i = lo; i < hi; i++) {
      int64_t qa = ma > 0 ? quantise(a[i], Aa, ea, Q) : 0;
      int64_t qb = mb > 0 ? quantise(b[i], Ab, eb, Q) : 0;
      int neg = signbit(a[i]) != signbit(b[i]);
      double v;
      if (qa == 0 || qb == 0) {
        out[i] = neg ? -0.0 : 0.0;
        continue;
      }
      v = rn_product((uint64_t)(qa < 0 ? -qa : qa) * (uint64_t)(qb < 0 ? -qb : qb), Aa, Ab,
                     ea + eb, (unsigned long)(Q * Q), num, res);
      out[i] = neg ? -v : v;
    }
  }
  mpfr_clears(num, res, (mpfr_ptr)0);
}

static mulerr_status int_prepare(mulerr_method_cfg *cfg) {
  if (cfg->bits == 0) cfg->bits = INT_BITS_DEFAULT;
  if (cfg->bits < INT_BITS_MIN || cfg->bits > INT_BITS_MAX)
    return mulerr_fail(MULERR_EINVAL, "method 'int': bits = %d is out of range (%d..%d)",
                       cfg->bits, INT_BITS_MIN, INT_BITS_MAX);
  if (cfg->block < 0 || cfg->block > MULERR_BLOCK || (cfg->block && MULERR_BLOCK % cfg->block))
    return mulerr_fail(MULERR_EINVAL, "method 'int': block = %d does not divide the %d values of "
                       "an engine sample block (use 0 for per-tensor, or a power of two up to %d)",
                       cfg->block, MULERR_BLOCK, MULERR_BLOCK);
  if (cfg->rounding != MULERR_RNE)
    return mulerr_fail(MULERR_EINVAL, "method 'int': rounding '%s' is not supported (values are "
                       "quantised with round to nearest even: rne)",
                       mulerr_rounding_name(cfg->rounding));
  if (cfg->block) snprintf(cfg->params, sizeof cfg->params, "bits=%d,block=%d", cfg->bits, cfg->block);
  else snprintf(cfg->params, sizeof cfg->params, "bits=%d,scale=tensor", cfg->bits);
  return MULERR_OK;
}

static int int_operand_bits(const mulerr_method_cfg *cfg) { return cfg->bits; }

const mulerr_method mulerr_method_int = {
    .name = "int",
    .description = "symmetric integer quantisation (--int-bits, default 8): per --block (default "
                   "per tensor) scale max|x|/(2^(bits-1)-1) exact, q = RNE; product of the "
                   "dequantised values correctly rounded to binary64",
    .uses = MULERR_USES_BLOCK | MULERR_USES_BITS,
    .default_rounding = MULERR_RNE,
    .mul = int_mul,
    .prepare = int_prepare,
    .operand_bits = int_operand_bits};
