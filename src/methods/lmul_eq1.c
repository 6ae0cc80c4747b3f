/* lmul_eq1.c — `lmul-eq1`: Equation 1 of Luo & Sun, "Addition is All You Need for
 * Energy-efficient Language Models" (arXiv 2410.00907), taken literally.
 *
 * With x = (1 + x_m) 2^x_e and y = (1 + y_m) 2^y_e (x_m, y_m in [0, 1)), the value is
 *
 *     (1 + x_m + y_m + 2^-l) 2^(x_e + y_e)        (sign by XOR)
 *
 * in exact arithmetic, with NO renormalisation of the carry: when s = x_m + y_m + 2^-l >= 1
 * the mantissa factor 1 + s is simply in [2, 4) and stays there.  `lmul` instead moves the
 * carry into the exponent as the integer addition of bit patterns does, giving
 * (1 + s - c) 2^(x_e + y_e + c) with c = floor(s); the two agree exactly when s < 1.  For
 * c = 1 the mantissa factors are 1 + s (here) and 2 s (lmul): Equation 1 is smaller by
 * s - 1 >= 0 (equal only at s = 1); for c = 2 (possible only with l = 1) it is 1 + s against
 * 4 (s - 1), smaller by 3 s - 5 >= 1.  tests/unit/t_methods.c checks the definition bit for bit.
 *
 * Policies, the same as lmul's (lmul.c):
 *  - operands are first rounded to the operand format (the source layout cut to k mantissa
 *    bits, or --format), by default with truncation;
 *  - a zero operand gives a zero product (sign by XOR);
 *  - subnormal operands are renormalised to (1 + m) 2^e, so the exponent is unbounded.
 *
 * Exactness: x_m and y_m are multiples of 2^-k, the offset is 2^-l, k <= 25 and l <= 30, so
 * 1 + x_m + y_m + 2^-l < 4 has at most 2 + 30 significant bits and each double addition
 * below is exact; method.c keeps operand exponents within +-500, so ldexp neither overflows
 * nor underflows (the value lies in [2^-1000, 2^1002)). */
#include "internal.h"
#include "theory/theory.h"

static void eq1_chunk(const mulerr_method_cfg *cfg, int arg, size_t n, const double *xs,
                      const double *ys, const double *a, const double *b, double *out) {
  const double offset = ldexp(1.0, -cfg->l);
  size_t i;
  (void)arg, (void)a, (void)b;
  for (i = 0; i < n; i++) {
    const double x = xs[i], y = ys[i];
    int neg = signbit(x) != signbit(y), ex, ey;
    double fx, fy, v;
    if (x == 0 || y == 0) {
      out[i] = neg ? -0.0 : 0.0;
      continue;
    }
    fx = frexp(fabs(x), &ex); /* |x| = fx 2^ex, fx in [1/2, 1): x_m = 2 fx - 1, x_e = ex - 1 */
    fy = frexp(fabs(y), &ey);
    v = ldexp(1.0 + (2 * fx - 1) + (2 * fy - 1) + offset, (ex - 1) + (ey - 1));
    out[i] = neg ? -v : v;
  }
}

static void lmul_eq1_mul(const mulerr_method_cfg *cfg, size_t n, const double *a,
                         const double *b, double *out) {
  mulerr_mul_rounded(cfg, 0, n, a, b, out, eq1_chunk);
}

static int lmul_eq1_theory(const mulerr_method_cfg *c) {
  return c->rounding == MULERR_RTZ ? MULERR_THEORY_LMUL_EQ1 : -1;
}

const mulerr_method mulerr_method_lmul_eq1 = {
    .name = "lmul-eq1",
    .description = "L-Mul's Equation 1 literally: (1 + x_m + y_m + 2^-l) 2^(x_e+y_e), exact, "
                   "no carry into the exponent (differs from lmul when x_m + y_m + 2^-l >= 1)",
    .uses = MULERR_USES_K | MULERR_USES_L,
    .default_rounding = MULERR_RTZ,
    .mul = lmul_eq1_mul,
    .theory = lmul_eq1_theory};
