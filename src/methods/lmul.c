/* lmul.c — L-Mul, the linear-complexity multiply of Luo & Sun, "Addition is All You Need
 * for Energy-efficient Language Models" (arXiv 2410.00907).
 *
 * With x = (1 + x_m) 2^x_e and y = (1 + y_m) 2^y_e, L-Mul replaces the mantissa product
 * (1 + x_m)(1 + y_m) by 1 + x_m + y_m + 2^-l.  As the paper's Figure 2 does, it is computed
 * as ONE integer addition of the operands' bit patterns P = (E + bias) 2^k + M:
 *
 *     P_xy = P_x + P_y - (bias 2^k - 2^(k-l))
 *
 * so that a mantissa carry (x_m + y_m + 2^-l >= 1) flows into the exponent field: with
 * s = x_m + y_m + 2^-l and c = floor(s), the value is (1 + s - c) 2^(x_e + y_e + c), i.e.
 * Mitchell's antilogarithm 2^t ~ 2^floor(t) (1 + frac(t)).  (c = 2 is possible only for
 * l = 1.)  When
 * l > k the offset is below the last mantissa bit, so the addition is done on patterns with
 * G = l - k extra low bits (a wider adder); the value is the same as the real-arithmetic
 * definition with the carry, which tests/unit/t_lmul.c checks exhaustively.
 *
 * Policy of this implementation (the values are exact in binary64):
 *  - operands are first rounded to the operand format (default: truncation, "cut to k
 *    bits", as the paper's analysis does); NaN/Inf sources never occur (distributions are
 *    finite);
 *  - a zero operand gives a zero product (sign by XOR); the paper's unguarded code does not;
 *  - subnormal operands are renormalised, and the exponent field is unbounded: the adder is
 *    as wide as needed, so there is no underflow or overflow (an int64 pattern holds any
 *    exponent a binary64 can have).
 * Two variants make the other readings measurable: `lmul-eq1` (lmul_eq1.c) evaluates
 * Equation 1 with no carry into the exponent, and `lmul-gpu` (lmul_gpu.c) runs the unguarded
 * adder on the operand format's own patterns: no zero guard, subnormals as stored, wrap-around
 * at the format's width, and l <= k only. */
#include "internal.h"
#include "theory/theory.h"

/* Split a nonzero finite v with at most k+1 significant bits into its biased-exponent and
 * mantissa fields relative to format bias `bias`: |v| = (1 + M 2^-k) 2^(E - bias). */
static void fields(double v, int k, int bias, int64_t *E, int64_t *M) {
  uint64_t b;
  int be;
  memcpy(&b, &v, sizeof b);
  be = (int)((b >> 52) & 0x7ff);
  if (be == 0) { /* a subnormal binary64 (never a value of mulerr's formats): the slow form */
    int e;
    double f = frexp(fabs(v), &e);           /* |v| = f 2^e, f in [0.5, 1) */
    *E = (int64_t)(e - 1) + bias;
    *M = (int64_t)ldexp(2 * f - 1, k);        /* exact: v has <= k+1 significant bits */
    return;
  }
  *E = (int64_t)(be - 1023) + bias;
  *M = (int64_t)((b & 0xfffffffffffffull) >> (52 - k)); /* exact: the low 52-k bits are 0 */
}

/* The shared kernel: offset = 1 adds 2^-l (L-Mul), offset = 0 adds nothing (Mitchell). */
void mulerr_lmul_kernel(const mulerr_method_cfg *cfg, int offset, size_t n, const double *a,
                        const double *b, double *out) {
  const int k = cfg->k, l = cfg->l, g = offset && l > k ? l - k : 0, w = k + g;
  const int bias = cfg->work.bias;
  const int64_t unit = (int64_t)1 << w; /* one unit of the exponent field */
  const int64_t c = (int64_t)bias * unit - (offset ? (int64_t)1 << (w - l) : 0);
  size_t i;
  for (i = 0; i < n; i++) {
    double x = mulerr_format_round(&cfg->work, a[i], cfg->rounding);
    double y = mulerr_format_round(&cfg->work, b[i], cfg->rounding);
    int neg = signbit(x) != signbit(y);
    int64_t ex, mx, ey, my, p, e;
    if (x == 0 || y == 0) {
      out[i] = neg ? -0.0 : 0.0;
      continue;
    }
    fields(x, k, bias, &ex, &mx);
    fields(y, k, bias, &ey, &my);
    /* Patterns of renormalised subnormals can have a negative exponent field, so they are
     * formed with multiplications (a left shift of a negative value is undefined in C). */
    p = (ex * unit + mx * ((int64_t)1 << g)) + (ey * unit + my * ((int64_t)1 << g)) - c; /* the one addition */
    e = p >= 0 ? p / unit : -((-p + unit - 1) / unit); /* floor(p / 2^w) */
    out[i] = (double)(unit + (p - e * unit)) * mulerr_pow2((int)(e - bias - w)); /* exact */
    if (neg) out[i] = -out[i];
  }
}

/* The hot path: the same addition on the binary64 patterns.  For a normal binary64 x with at
 * most k+1 significant bits, its pattern (sign cleared) is D_x = (E_x - bias + 1023) 2^52 +
 * M_x 2^(52-k) = P_x 2^(52-w) + (1023 - bias) 2^52, with P_x the kernel's pattern above.  So
 *     D_x + D_y - (1023 2^52 - [offset] 2^(52-l)) = P_xy 2^(52-w) + (1023 - bias) 2^52,
 * the kernel's one addition scaled by 2^(52-w) (exact, and carries flow the same way): read
 * as a binary64 it is (1 + frac) 2^(e - bias), the kernel's value, whenever its exponent field
 * is 1..2046.  The pass takes operands already rounded to the operand format and does that
 * for pairs of normal, nonzero operands whose result is a normal binary64; it marks every
 * other pair NaN (a value it never produces), and the scalar kernel redoes those.  Needs
 * k, l <= 52.  tests/unit/t_lmul.c compares it with the scalar kernel. */
MULERR_HOT
static size_t lmul_pass(size_t n, const double *x, const double *y, double *out, uint64_t c) {
  const int64_t minnorm = 0x0010000000000000ll, inf = 0x7ff0000000000000ll;
  size_t i, bad = 0;
  MULERR_SIMD_COUNT(bad)
  for (i = 0; i < n; i++) {
    const uint64_t ux = mulerr_d2u(x[i]), uy = mulerr_d2u(y[i]);
    const uint64_t mx = ux & MULERR_ABS_BITS, my = uy & MULERR_ABS_BITS, d = mx + my - c;
    const int64_t e = (int64_t)(d >> 52); /* 4095 down if the sum went below c */
    const int ok = (int64_t)mx >= minnorm && (int64_t)mx < inf && (int64_t)my >= minnorm &&
                   (int64_t)my < inf && e >= 1 && e <= 2046;
    out[i] = ok ? mulerr_u2d(d | ((ux ^ uy) & MULERR_SIGN_BIT)) : NAN;
    bad += !ok;
  }
  return bad;
}

/* One chunk of the hot path: the vector pass, then the kernel for the pairs it marked. */
static void lmul_chunk(const mulerr_method_cfg *cfg, int offset, size_t n, const double *x,
                       const double *y, const double *a, const double *b, double *out) {
  const uint64_t c = (1023ull << 52) - (offset ? 1ull << (52 - cfg->l) : 0);
  size_t i;
  if (lmul_pass(n, x, y, out, c))
    for (i = 0; i < n; i++)
      if (isnan(out[i])) mulerr_lmul_kernel(cfg, offset, 1, a + i, b + i, out + i);
}

void mulerr_lmul_kernel_fast(const mulerr_method_cfg *cfg, int offset, size_t n, const double *a,
                             const double *b, double *out) {
  /* stochastic rounding: the kernel, whose redone pairs would otherwise draw twice */
  if (cfg->rounding == MULERR_RSR || cfg->k > 52 || (offset && (cfg->l > 52 || cfg->l < 1)) ||
      cfg->work.mbits != cfg->k) {
    mulerr_lmul_kernel(cfg, offset, n, a, b, out);
    return;
  }
  mulerr_mul_rounded(cfg, offset, n, a, b, out, lmul_chunk);
}

static void lmul_mul(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
                     double *out) {
  mulerr_lmul_kernel_fast(cfg, 1, n, a, b, out);
}

static int lmul_theory(const mulerr_method_cfg *c) { return c->rounding == MULERR_RTZ ? MULERR_THEORY_LMUL : -1; }

const mulerr_method mulerr_method_lmul = {
    .name = "lmul",
    .description = "L-Mul (Luo & Sun 2024): integer addition of the bit patterns plus 2^-l, carry into the exponent",
    .uses = MULERR_USES_K | MULERR_USES_L,
    .default_rounding = MULERR_RTZ,
    .mul = lmul_mul,
    .theory = lmul_theory};
