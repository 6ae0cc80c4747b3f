/* acc_fixed.c — `fixed:W` (with --promote N): the aligned fixed-point accumulator of a
 * matrix unit, the model of an fp8 tensor core's limited accumulation precision.
 *
 * What is reported.  Tensor cores compute the products exactly, align them (and the running
 * sum) to the largest exponent among them and keep a fixed number of bits below it, the bits
 * shifted out being truncated (Fasi, Higham, Mikaitis and Pranesh, "Numerical behavior of
 * NVIDIA tensor cores", PeerJ Comput. Sci. 7:e330, 2021, for fp16/bf16 inputs).  For fp8
 * inputs on Hopper, DeepSeek-V3's technical report (arXiv 2412.19437, Section 3.3.2) measures
 * "only about 14 bits" of accumulation precision, and works around it by promoting the partial
 * sum into an fp32 register on CUDA cores every N_C = 128 products.  W = 13 (about 14 bits
 * with the leading one) and W = 25 (fp32's 24 bits and one more) are the settings the
 * dot-accumulation experiment studies.  Real units align per block-FMA of 4..32 products;
 * this model aligns per product.
 *
 * The model, exactly.  A register s (exact, no width limit above) and a running exponent E,
 * the largest binary exponent (floor(log2|x|)) of any nonzero product and any nonzero value
 * of s since the last promotion (none: E undefined).  For each product p in order:
 *     E <- max(E, exp(p), exp(s));   s <- T(s) + T(p),   T(x) = x truncated toward zero to
 *                                                            a multiple of 2^(E - W);
 * the addition is exact (both terms are below 2^(E+1), multiples of 2^(E-W)).  So the
 * register keeps W bits below the largest exponent seen, and a product far below it loses
 * its low bits (or all of them).  With --promote N, after every N products s is added into
 * an fp32 total, RN32(total + s), and s and E start afresh; the last partial sum is added at
 * the end.  Without promotion the result is RN32(s) (the unit's fp32 output).  W is at most
 * 50, so s (at most W + 2 significant bits) is a binary64 value. */
#include "dot.h"

/* x truncated toward zero to a multiple of 2^q (x finite; exact: scalings by powers of two
 * in range, an integer truncation). */
static double trunc_to(double x, int q) {
  if (q <= -1074) return x; /* every double is a multiple of 2^-1074 */
  return ldexp(trunc(ldexp(x, -q)), q);
}

static double sum_fixed(const mulerr_dot *d, size_t n, const double *p) {
  const int w = d->param;
  const size_t every = d->promote ? (size_t)d->promote : n + 1;
  double total = 0, s = 0;
  int have = 0, e = 0; /* have: E defined */
  size_t i, since = 0;
  for (i = 0; i < n; i++) {
    const double x = p[i];
    if (!isfinite(x) || !isfinite(s)) {
      s += x; /* Inf or NaN propagates as in IEEE addition */
    } else {
      if (x != 0 && (!have || ilogb(x) > e)) e = ilogb(x), have = 1;
      if (s != 0 && (!have || ilogb(s) > e)) e = ilogb(s), have = 1;
      if (have) s = trunc_to(s, e - w) + trunc_to(x, e - w);
    }
    if (++since == every) {
      total = mulerr_add_fp32(total, s);
      s = 0, have = 0, since = 0;
    }
  }
  if (since || !d->promote) total = mulerr_add_fp32(total, s);
  return total;
}

const mulerr_accum mulerr_accum_fixed = {
    .name = "fixed",
    .description = "aligned fixed point, W bits below the largest exponent seen, truncating; "
                   "--promote N adds it into fp32 every N products",
    .param_name = "bits W",
    .usage = "fixed:N",
    .param_min = 1,
    .param_max = 50,
    .promotes = 1,
    .sum = sum_fixed};
