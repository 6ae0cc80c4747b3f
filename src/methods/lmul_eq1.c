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

/* The definition, pair by pair (frexp/ldexp): the reference of the pass below. */
void mulerr_lmul_eq1_kernel(const mulerr_method_cfg *cfg, size_t n, const double *xs, const double *ys,
                            double *out) {
  const double offset = ldexp(1.0, -cfg->l);
  size_t i;
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

/* The hot path: Equation 1 on the binary64 patterns.  For normal binary64 operands x, y
 * (sign cleared: D = E 2^52 + M, E the biased exponent, M the 52-bit mantissa field, so
 * x_m = M_x 2^-52 and x_e = E_x - 1023), let S = M_x + M_y + O with O = 2^(52-l), i.e.
 * S = s 2^52 for s = x_m + y_m + 2^-l < 3.  The value (1 + s) 2^(x_e + y_e) is
 *   - for S < 2^52 (s < 1): the binary64 with exponent field E_x + E_y - 1023 and mantissa
 *     field S;
 *   - for S >= 2^52 (1 + s in [2, 4)): (1 + s)/2 2^(x_e + y_e + 1) = (1 + (S - 2^52)/2^53)
 *     2^(...), the binary64 with exponent field E_x + E_y - 1022 and mantissa field
 *     (S - 2^52)/2, which is a whole number: an operand of the work format (at most 51
 *     mantissa bits: the pass's condition) has M even, and so has O for l <= 51.
 * Both are exact integer operations; the pass keeps the pairs whose operands are normal,
 * nonzero binary64s and whose result exponent field is 1..2046 (always, for the operand
 * exponents method.c allows, but checked), marks every other pair NaN (a value it never
 * produces), and the kernel redoes those.  tests/unit/t_lmul.c compares it with the kernel
 * bit for bit. */
/* Four pairs at a time in GCC vector types (a comparison gives -1/0 masks; without AVX2 the
 * compiler runs them as SSE2 or scalar operations, with the same results): the steps above,
 * the carry as a mask (so "+ carry" is "- mask"), the shifts on unsigned lanes. */
#pragma GCC diagnostic ignored "-Wpsabi" /* static helpers only: no ABI crosses */
typedef int64_t v4i __attribute__((vector_size(32)));
typedef int64_t v4i_u __attribute__((vector_size(32), aligned(8), may_alias));
typedef uint64_t v4u __attribute__((vector_size(32)));
static inline __attribute__((always_inline)) v4i eq1_4(v4i ux, v4i uy, int64_t off, v4i *badv) {
  const int64_t m52 = 0x000fffffffffffffll, one = 1ll << 52, minnorm = 0x0010000000000000ll, inf = 0x7ff0000000000000ll;
  const v4i ax = ux & (int64_t)MULERR_ABS_BITS, ay = uy & (int64_t)MULERR_ABS_BITS;
  const v4i zero = ux - ux, s = (ax & m52) + (ay & m52) + off, carry = s > one - 1;
  const v4i mant = (carry & (v4i)((v4u)(s - one) >> 1)) | (~carry & s);
  const v4i e = (v4i)((v4u)ax >> 52) + (v4i)((v4u)ay >> 52) - 1023 - carry;
  /* strict comparisons, the constant on the left of < (one AVX2 comparison each) */
  const v4i ok = (ax > minnorm - 1) & (zero + inf > ax) & (ay > minnorm - 1) & (zero + inf > ay) & (e > 0) & (zero + 2047 > e);
  const v4i res = (v4i)((v4u)e << 52) | mant | ((ux ^ uy) & (int64_t)MULERR_SIGN_BIT);
  *badv -= ~ok;
  return (ok & res) | (~ok & (int64_t)0x7ff8000000000000ll);
}

MULERR_HOT
static size_t eq1_pass(size_t n, const double *x, const double *y, double *out, uint64_t off) {
  v4i badv = {0, 0, 0, 0};
  size_t i;
  for (i = 0; i + 4 <= n; i += 4) *(v4i_u *)(out + i) = eq1_4(*(const v4i_u *)(x + i), *(const v4i_u *)(y + i), (int64_t)off, &badv);
  if (i < n) { /* the last 1 to 3, padded with 1.0 (whose results are dropped) */
    double px[4] = {1, 1, 1, 1}, py[4] = {1, 1, 1, 1}, po[4];
    memcpy(px, x + i, (n - i) * sizeof *px), memcpy(py, y + i, (n - i) * sizeof *py);
    *(v4i_u *)po = eq1_4(*(const v4i_u *)px, *(const v4i_u *)py, (int64_t)off, &badv);
    memcpy(out + i, po, (n - i) * sizeof *po);
  }
  return (size_t)(badv[0] + badv[1] + badv[2] + badv[3]);
}

static void eq1_chunk(const mulerr_method_cfg *cfg, int arg, size_t n, const double *xs,
                      const double *ys, const double *a, const double *b, double *out) {
  size_t i;
  (void)arg, (void)a, (void)b;
  if (eq1_pass(n, xs, ys, out, 1ull << (52 - cfg->l)))
    for (i = 0; i < n; i++)
      if (isnan(out[i])) mulerr_lmul_eq1_kernel(cfg, 1, xs + i, ys + i, out + i);
}

/* The kernel on operands already rounded, chunk by chunk (stochastic rounding keeps its draw
 * order through mulerr_mul_rounded either way). */
static void eq1_kernel_chunk(const mulerr_method_cfg *cfg, int arg, size_t n, const double *xs,
                             const double *ys, const double *a, const double *b, double *out) {
  (void)arg, (void)a, (void)b;
  mulerr_lmul_eq1_kernel(cfg, n, xs, ys, out);
}

static void lmul_eq1_mul(const mulerr_method_cfg *cfg, size_t n, const double *a,
                         const double *b, double *out) {
  const int fast = cfg->work.mbits <= 51 && cfg->l >= 1 && cfg->l <= 51;
  mulerr_mul_rounded(cfg, 0, n, a, b, out, fast ? eq1_chunk : eq1_kernel_chunk);
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
