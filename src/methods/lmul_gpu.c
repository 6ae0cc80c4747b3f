/* lmul_gpu.c — `lmul-gpu`: L-Mul exactly as an unguarded integer adder computes it on the
 * operand format's own bit patterns, wrap-around and all.
 *
 * What it mirrors.  The integer form of L-Mul (Luo & Sun, arXiv 2410.00907, Figure 2; the
 * same form lmul.c computes with an unbounded adder) as a GPU kernel writes it for fp32 with
 * l = 4.  The expression below is the one in the public CUDA re-implementation
 * Kushagra481/Lmul (kernels/1_naive_lmul.cuh), without the zero guard that kernel adds;
 * the paper's own listing could not be consulted for this file, so the correspondence is to
 * the Figure 2 form as lmul.c documents it:
 *
 *     uint32_t r = ((x & 0x7FFFFFFF) + (y & 0x7FFFFFFF) - 0x3F780000) & 0x7FFFFFFF;
 *     r |= (x ^ y) & 0x80000000;
 *
 * where 0x3F780000 = 127 * 2^23 - 2^(23-4) is the exponent bias minus the 2^-l offset in
 * mantissa units.  Here the same expression is evaluated on the patterns of the operand
 * format F (the source layout cut to k mantissa bits, or --format; e.g. the 32-bit pattern
 * for fp32 with k = 23, the 16-bit one for bf16 with k = 7), with W = ebits + k magnitude
 * bits:
 *
 *     P = E 2^k + M                      (the magnitude bits of an operand, as stored)
 *     C = bias 2^k - 2^(k-l)             (requires l <= k: the adder has no lower bit)
 *     R = (P_x + P_y - C) mod 2^W        (the mask drops the carry out and wraps a borrow)
 *     result = the value of the F pattern  sign_x XOR sign_y | R  (F's own decoding).
 *
 * So, unlike `lmul`:
 *  - there is NO zero guard: a zero operand has P = 0 and gives whatever the adder gives
 *    (e.g. fp32 0 * 1 = 2^-130, 0 * 0 = 4.25);
 *  - subnormal operands are NOT renormalised: their stored pattern is added as it is;
 *  - the exponent field is F's own width: a sum below C (underflow) wraps to a large
 *    pattern, a sum of 2^W or more (overflow) loses its carry and wraps to a small one, and
 *    a result pattern in F's Inf/NaN encodings decodes to Inf or NaN, returned as such (the
 *    point's metrics then become Inf or NaN, which is what this method is for showing);
 *  - l > k is refused (lmul uses G = l - k extra adder bits instead).
 * Operands are first rounded to F as in lmul (default truncation).  Every returned value is
 * a value of F, so a double exactly. */
#include "internal.h"

/* The adder pair by pair through the format's own encoder and decoder: the definition, and
 * the reference of the pass below. */
void mulerr_lmul_gpu_kernel(const mulerr_method_cfg *cfg, size_t n, const double *xs, const double *ys,
                            double *out) {
  const mulerr_format *f = &cfg->work;
  const int k = cfg->k, w = f->ebits + k;
  const uint64_t mask = ((uint64_t)1 << w) - 1;
  const uint64_t c = ((uint64_t)f->bias << k) - ((uint64_t)1 << (k - cfg->l)); /* mod 2^64 */
  size_t i;
  for (i = 0; i < n; i++) {
    uint64_t x = 0, y = 0, r; /* the stored patterns, as the kernel reads them from memory */
    mulerr_format_encode(f, xs[i], &x); /* never fails: values of f */
    mulerr_format_encode(f, ys[i], &y);
    r = ((x & mask) + (y & mask) - c) & mask; /* unsigned: wraps modulo 2^64, then 2^w */
    out[i] = mulerr_format_decode(f, ((x ^ y) & ~mask) | r);
  }
}

/* The hot path: the same adder with the encoding and decoding done on binary64 patterns.  An
 * operand that is a normal value of F with biased F exponent E in 1..2^ebits - 2 is the
 * binary64 with exponent field E - bias + 1023 and mantissa field M 2^(52-k) (F's k stored
 * bits M at the top, the rest zero: it is a value of F), so its F pattern without the sign
 * is P = E 2^k + M = ((exponent field - 1023 + bias) << k) | (mantissa field >> (52 - k)).
 * The adder's R = (P_x + P_y - c) mod 2^w is then formed exactly as the kernel forms it, and
 * where its exponent part E_R = R >> k is again in 1..2^ebits - 2 the pattern decodes, in every
 * signed format with a sign bit above w (IEEE, fn and fnuz alike), to the normal value
 * (1 + M_R 2^-k) 2^(E_R - bias), the binary64 with exponent field E_R - bias + 1023 and
 * mantissa field M_R 2^(52-k), sign x XOR y.  Every other pair (zeros, subnormals, F's top
 * binade, results in F's zero, subnormal or top binade: the adder's specials) is marked NaN,
 * a value the pass never produces, and the kernel redoes it.  tests/unit/t_lmul.c compares
 * the method with the kernel bit for bit. */
MULERR_HOT
static size_t gpu_pass(size_t n, const double *x, const double *y, double *out, int k, int64_t bias,
                       int64_t emax, uint64_t c, uint64_t mask) {
  const uint64_t mk = ((uint64_t)1 << k) - 1;
  size_t i, bad = 0;
  MULERR_SIMD_COUNT(bad)
  for (i = 0; i < n; i++) {
    const uint64_t ux = mulerr_d2u(x[i]), uy = mulerr_d2u(y[i]);
    const int64_t ex = (int64_t)((ux >> 52) & 0x7ff) - 1023 + bias, ey = (int64_t)((uy >> 52) & 0x7ff) - 1023 + bias;
    const uint64_t px = ((uint64_t)ex << k) | ((ux & 0x000fffffffffffffull) >> (52 - k));
    const uint64_t py = ((uint64_t)ey << k) | ((uy & 0x000fffffffffffffull) >> (52 - k));
    const uint64_t r = (px + py - c) & mask;
    const int64_t er = (int64_t)(r >> k);
    const int ok = ex >= 1 && ex <= emax && ey >= 1 && ey <= emax && er >= 1 && er <= emax;
    const uint64_t bits = ((uint64_t)(er - bias + 1023) << 52) | ((r & mk) << (52 - k)) | ((ux ^ uy) & MULERR_SIGN_BIT);
    out[i] = ok ? mulerr_u2d(bits) : NAN;
    bad += !ok;
  }
  return bad;
}

static void gpu_chunk(const mulerr_method_cfg *cfg, int arg, size_t n, const double *xs,
                      const double *ys, const double *a, const double *b, double *out) {
  const mulerr_format *f = &cfg->work;
  const int k = cfg->k, w = f->ebits + k;
  const uint64_t c = ((uint64_t)f->bias << k) - ((uint64_t)1 << (k - cfg->l));
  size_t i;
  (void)arg, (void)a, (void)b;
  if (gpu_pass(n, xs, ys, out, k, f->bias, ((int64_t)1 << f->ebits) - 2, c, ((uint64_t)1 << w) - 1))
    for (i = 0; i < n; i++)
      if (isnan(out[i])) mulerr_lmul_gpu_kernel(cfg, 1, xs + i, ys + i, out + i);
}

static void gpu_kernel_chunk(const mulerr_method_cfg *cfg, int arg, size_t n, const double *xs,
                             const double *ys, const double *a, const double *b, double *out) {
  (void)arg, (void)a, (void)b;
  mulerr_lmul_gpu_kernel(cfg, n, xs, ys, out);
}

static void lmul_gpu_mul(const mulerr_method_cfg *cfg, size_t n, const double *a,
                         const double *b, double *out) {
  const mulerr_format *f = &cfg->work;
  const int fast = f->mbits == cfg->k && cfg->k >= 1 && cfg->k <= 52 && f->ebits >= 2 &&
                   f->ebits + cfg->k <= 62 && !(f->flags & MULERR_FMT_UNSIGNED);
  mulerr_mul_rounded(cfg, 0, n, a, b, out, fast ? gpu_chunk : gpu_kernel_chunk);
}

static mulerr_status lmul_gpu_prepare(mulerr_method_cfg *cfg) {
  if (cfg->l > cfg->k)
    return mulerr_fail(MULERR_EINVAL, "method 'lmul-gpu': offset l = %d is below the last mantissa "
                       "bit of a k = %d operand pattern (the adder has no such bit): use l <= k",
                       cfg->l, cfg->k);
  if (cfg->work.flags & MULERR_FMT_NO_SUBNORMAL)
    return mulerr_fail(MULERR_EINVAL, "method 'lmul-gpu' needs an operand format with the IEEE "
                       "zero/subnormal encoding");
  return MULERR_OK;
}

const mulerr_method mulerr_method_lmul_gpu = {
    .name = "lmul-gpu",
    .description = "L-Mul as the unguarded GPU integer adder on the operand format's own bit "
                   "patterns: no zero guard, subnormals as stored, exponent wrap-around, l <= k",
    .uses = MULERR_USES_K | MULERR_USES_L,
    .default_rounding = MULERR_RTZ,
    .mul = lmul_gpu_mul,
    .prepare = lmul_gpu_prepare,
    .unguarded = 1};
