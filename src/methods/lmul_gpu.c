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

/* The hot path: the same adder, four pairs at a time, with F's encoding and decoding done on
 * binary64 patterns (GCC vector types, which a comparison turns into -1/0 masks; without
 * AVX2 the compiler runs them as SSE2 or scalar operations, with the same results).  With
 * B = (1023 - bias) 2^52 and sh = 52 - k:
 *
 * Encoding (mulerr_format_encode on an operand, a value of F, the sign apart).  With ax its
 * binary64 magnitude pattern:
 *  - min_normal <= |x| <= max (lo <= ax <= hi): the binary64 has exponent field E - bias +
 *    1023 and mantissa field M 2^sh (F's k stored bits M at the top, the rest zero: it is a
 *    value of F), so ax = P 2^sh + B with P = E 2^k + M, F's pattern: P = (ax - B) >> sh;
 *    E runs up to F's top exponent field where that holds finite values;
 *  - |x| < min_normal (zero or a subnormal of F): E = 0 and |x| = M 2^(1-bias-k), so M =
 *    |x| 2^(bias-1+k), exact (a power-of-two scaling, S = 2^(bias-1+k) a normal binary64 and
 *    M < 2^k an integer), read off as the low bits of M + 2^52 (exact: M < 2^52);
 *  - +-Inf (formats with Inf): P = (2^ebits - 1) 2^k, the all-ones exponent field;
 *  - NaN, anything beyond max, and in a format that flushes, a nonzero value below
 *    min_normal (not a value of it: encode fails there and the kernel adds 0): the pair is
 *    marked (MARK below) and the kernel redoes it;
 *  - the sign bit sits above the w magnitude bits, set for x < 0 and for -0, except in a
 *    format with no negative zero (fnuz), whose zero encodes with the sign clear.
 * The adder: R = (P_x + P_y - c) mod 2^w, exactly the kernel's (unsigned, wrapping), and the
 * result pattern is (sign_x XOR sign_y) above R, as the kernel's ((x ^ y) & ~mask) | r.
 * Decoding (mulerr_format_decode), with E_R = R >> k, M_R = R mod 2^k, s the sign:
 *  - E_R = 0 (R < 2^k): NaN if F has no negative zero and s and M_R = 0; else M_R
 *    2^(1-bias-k), exact (M_R read as a double as the low bits of 2^52 + M_R, then a
 *    power-of-two scaling by the normal binary64 Q = 2^(1-bias-k)), negated if s (so -0 for
 *    s and M_R = 0);
 *  - 1 <= E_R <= 2^ebits - 2, and E_R = 2^ebits - 1 in formats without IEEE specials (fn, but
 *    not its NaN pattern M_R = 2^k - 1; fnuz; none): (1 + M_R 2^-k) 2^(E_R - bias), the
 *    binary64 with exponent field E_R - bias + 1023 (in 1..2046: the pass's conditions) and
 *    mantissa field M_R 2^sh, i.e. the pattern R 2^sh + B, sign s;
 *  - E_R = 2^ebits - 1 (R >= that times 2^k) in IEEE formats: +-Inf (sign s) for M_R = 0
 *    where F has Inf, else NaN; the fn NaN pattern: NaN.  decode's NaN is NAN, +quiet with no
 *    payload: the same bits (nan_bits).
 * The marker of a pair to redo is a NaN with a payload (MARK) that the kernel never returns.
 *
 * The common case first (gpu_lean), in groups of 16 pairs: both operands normal values of F
 * below its top binade (lo <= ax < top, top the pattern of 2^(2^ebits - 1 - bias)) and a
 * result with 1 <= E_R <= 2^ebits - 2.  There ax = P_x 2^sh + B, so
 *     ax + ay - (2B + c 2^sh) = (P_x + P_y - c) 2^sh   (mod 2^64),
 * and the mask mod 2^w is the and with mask 2^sh (w + sh = ebits + 52 <= 64): d = that + B is
 * R 2^sh + B, the decoded pattern, and 1 <= E_R <= 2^ebits - 2 iff lo <= d < top.  A group
 * where a lane is not in the case is done four at a time by the general steps.
 * tests/unit/t_lmul.c and tests/speed/t_rpass.c compare the method with the kernel bit for
 * bit, over every pair of encodings of the 8-bit formats (zeros, subnormals, Inf, NaN,
 * wrap-around) and of bf16 and fp16 encodings. */
#pragma GCC diagnostic ignored "-Wpsabi" /* static helpers only: no ABI crosses */
typedef int64_t v4i __attribute__((vector_size(32)));
typedef int64_t v4i_u __attribute__((vector_size(32), aligned(8), may_alias));
typedef uint64_t v4u __attribute__((vector_size(32)));
typedef double v4d __attribute__((vector_size(32)));
static inline v4i vsel(v4i m, v4i a, v4i b) { return (m & a) | (~m & b); }
#define MARK 0x7ff4000000000001ll
#define TWO52 0x4330000000000000ll /* the pattern of 2^52 */

typedef struct gpu_consts {
  int k, sh;
  int64_t eall, mall, lo, hi, top, c, mask, mask_sh, b, k2, s_bits, q_bits, nan_bits;
  int64_t has_inf, ieee_top, fn_top, no_negzero, flush;
} gpu_consts;

/* The common case (above): the result pattern, *okm -1 where the case holds. */
static inline __attribute__((always_inline)) v4i gpu_lean(v4i ux, v4i uy, const gpu_consts *g, v4i *okm) {
  const v4i ax = ux & (int64_t)MULERR_ABS_BITS, ay = uy & (int64_t)MULERR_ABS_BITS;
  const v4i d = (v4i)(((v4u)ax + (v4u)ay - (uint64_t)g->k2) & (uint64_t)g->mask_sh) + g->b;
  const v4i lo1 = (ax - ax) + (g->lo - 1), top = (ax - ax) + g->top; /* strict comparisons: one AVX2 op each */
  *okm = (ax > lo1) & (top > ax) & (ay > lo1) & (top > ay) & (d > lo1) & (top > d);
  return d | ((ux ^ uy) & (int64_t)MULERR_SIGN_BIT);
}

/* One operand's F pattern (magnitude), its sign bit as F stores it, -1 where encodable. */
static inline __attribute__((always_inline)) v4i gpu_encode(v4i u, const gpu_consts *g, int kind, int flush, v4i *sign,
                                                            v4i *okm) {
  const v4i zero = u - u, inf = zero + 0x7ff0000000000000ll;
  const v4i ax = u & (int64_t)MULERR_ABS_BITS, small = ax < g->lo;
  const v4i pn = (v4i)((v4u)(ax - g->b) >> g->sh);
  const v4i ps = (v4i)((v4d)ax * (v4d)(zero + g->s_bits) + (v4d)(zero + TWO52)) - TWO52;
  v4i p = vsel(small, ps, pn);
  *sign = u & (int64_t)MULERR_SIGN_BIT;
  if (kind == 2) *sign &= ~(ax == zero);
  *okm = ax <= g->hi;
  if (kind == 0 && g->has_inf) {
    const v4i isinf = ax == inf;
    *okm |= isinf;
    p = vsel(isinf, zero + (g->eall << g->k), p);
  }
  if (flush) *okm &= ~small | (ax == zero);
  return p;
}

/* The general steps on four pairs (ux, uy); *badv counts the marked lanes. */
static inline __attribute__((always_inline)) v4i gpu_general(v4i ux, v4i uy, const gpu_consts *g, int kind, int flush,
                                                             v4i *badv) {
  v4i sx, sy, okx, oky;
  const v4i zero = ux - ux, px = gpu_encode(ux, g, kind, flush, &sx, &okx),
            py = gpu_encode(uy, g, kind, flush, &sy, &oky);
  const v4i r = (v4i)(((v4u)px + (v4u)py - (uint64_t)g->c) & (uint64_t)g->mask);
  const v4i mr = r & g->mall, s = sx ^ sy, nan = zero + g->nan_bits;
  const v4i normal = ((r << g->sh) + g->b) | s;
  v4i sub = (v4i)(((v4d)(mr | TWO52) - (v4d)(zero + TWO52)) * (v4d)(zero + g->q_bits)) | s, top, ok;
  if (kind == 0) top = vsel((mr == zero) & (zero - g->has_inf), (zero + 0x7ff0000000000000ll) | s, nan);
  else if (kind == 1) top = vsel(mr == g->mall, nan, normal);
  else top = normal;
  if (kind == 2) sub = vsel((s != zero) & (mr == zero), nan, sub);
  ok = okx & oky;
  *badv -= ~ok;
  return vsel(ok, vsel(r <= g->mall, sub, vsel(r >= (g->eall << g->k), top, normal)), zero + MARK);
}

/* The pass for one kind of format (0 IEEE specials, 1 fn, 2 fnuz, 3 none) and flush rule,
 * constants where it is inlined. */
static inline __attribute__((always_inline)) size_t gpu_pass_of(size_t n, const double *x, const double *y, double *out,
                                                                const gpu_consts *gp, int kind, int flush) {
  const gpu_consts g = *gp;
  v4i badv = {0, 0, 0, 0};
  size_t i0, i;
  for (i0 = 0; i0 + 16 <= n; i0 += 16) {
    v4i all = {-1, -1, -1, -1}, res[4];
    for (i = 0; i < 4; i++) {
      v4i okm;
      res[i] = gpu_lean(*(const v4i_u *)(x + i0 + 4 * i), *(const v4i_u *)(y + i0 + 4 * i), &g, &okm);
      all &= okm;
    }
    if (all[0] & all[1] & all[2] & all[3])
      for (i = 0; i < 4; i++) *(v4i_u *)(out + i0 + 4 * i) = res[i];
    else
      for (i = i0; i < i0 + 16; i += 4) *(v4i_u *)(out + i) = gpu_general(*(const v4i_u *)(x + i), *(const v4i_u *)(y + i), &g, kind, flush, &badv);
  }
  for (i = i0; i + 4 <= n; i += 4) *(v4i_u *)(out + i) = gpu_general(*(const v4i_u *)(x + i), *(const v4i_u *)(y + i), &g, kind, flush, &badv);
  if (i < n) { /* the last 1 to 3, padded with 1.0 (whose results are dropped; a mark there costs a look) */
    double px[4] = {1, 1, 1, 1}, py[4] = {1, 1, 1, 1}, po[4];
    memcpy(px, x + i, (n - i) * sizeof *px), memcpy(py, y + i, (n - i) * sizeof *py);
    *(v4i_u *)po = gpu_general(*(const v4i_u *)px, *(const v4i_u *)py, &g, kind, flush, &badv);
    memcpy(out + i, po, (n - i) * sizeof *po);
  }
  return (size_t)(badv[0] + badv[1] + badv[2] + badv[3]);
}

MULERR_HOT
static size_t gpu_pass(size_t n, const double *x, const double *y, double *out, const gpu_consts *g) {
  const int kind = g->ieee_top ? 0 : g->fn_top ? 1 : g->no_negzero ? 2 : 3;
  switch (kind + 4 * (int)g->flush) {
  case 0: return gpu_pass_of(n, x, y, out, g, 0, 0);
  case 1: return gpu_pass_of(n, x, y, out, g, 1, 0);
  case 2: return gpu_pass_of(n, x, y, out, g, 2, 0);
  case 3: return gpu_pass_of(n, x, y, out, g, 3, 0);
  case 4: return gpu_pass_of(n, x, y, out, g, 0, 1);
  case 5: return gpu_pass_of(n, x, y, out, g, 1, 1);
  case 6: return gpu_pass_of(n, x, y, out, g, 2, 1);
  default: return gpu_pass_of(n, x, y, out, g, 3, 1);
  }
}

/* The pass's constants for cfg, or 0 if F is outside its conditions: a signed format with
 * 1 <= k = mbits <= 52, ebits >= 2, w = ebits + k <= 62, the zero/subnormal encoding, every
 * finite exponent 1 - bias .. 2^ebits - 1 - bias and the subnormal quantum 2^(1-bias-k)
 * inside binary64's normal range, S = 2^(bias-1+k) a normal binary64, and one NaN rule. */
static int gpu_setup(const mulerr_method_cfg *cfg, gpu_consts *g) {
  const mulerr_format *f = &cfg->work;
  const int k = cfg->k, w = f->ebits + k;
  if (f->mbits != k || k < 1 || k > 52 || f->ebits < 2 || w > 62 || (f->flags & (MULERR_FMT_UNSIGNED | MULERR_FMT_NO_SUBNORMAL)) ||
      cfg->l < 1 || cfg->l > k || ((f->flags & MULERR_FMT_NAN_UZ) && (f->flags & (MULERR_FMT_IEEE | MULERR_FMT_NAN_FN))) ||
      1 - f->bias - k < -1022 || ((1 << f->ebits) - 1) - f->bias > 1023 || f->bias - 1 + k > 1023)
    return 0;
  g->k = k, g->sh = 52 - k;
  g->eall = ((int64_t)1 << f->ebits) - 1;
  g->mall = ((int64_t)1 << k) - 1;
  g->lo = (int64_t)mulerr_d2u(mulerr_format_min_normal(f));
  g->hi = (int64_t)mulerr_d2u(mulerr_format_max(f));
  g->top = (int64_t)mulerr_d2u(mulerr_pow2((int)g->eall - f->bias));
  g->c = (int64_t)(((uint64_t)f->bias << k) - ((uint64_t)1 << (k - cfg->l)));
  g->mask = (int64_t)(((uint64_t)1 << w) - 1);
  g->mask_sh = (int64_t)((uint64_t)g->mask << g->sh);
  g->b = (int64_t)((uint64_t)(1023 - f->bias) << 52);
  g->k2 = (int64_t)(2 * (uint64_t)g->b + ((uint64_t)g->c << g->sh));
  g->s_bits = (int64_t)mulerr_d2u(mulerr_pow2(f->bias - 1 + k));
  g->q_bits = (int64_t)mulerr_d2u(mulerr_pow2(1 - f->bias - k));
  g->nan_bits = (int64_t)mulerr_d2u(NAN);
  g->has_inf = (f->flags & MULERR_FMT_INF) != 0;
  g->ieee_top = (f->flags & (MULERR_FMT_INF | MULERR_FMT_NAN_IEEE)) != 0;
  g->fn_top = !g->ieee_top && (f->flags & MULERR_FMT_NAN_FN);
  g->no_negzero = (f->flags & MULERR_FMT_NAN_UZ) != 0;
  g->flush = (f->flags & MULERR_FMT_FLUSH) != 0;
  return 1;
}

static void gpu_chunk(const mulerr_method_cfg *cfg, int arg, size_t n, const double *xs,
                      const double *ys, const double *a, const double *b, double *out) {
  gpu_consts g;
  size_t i;
  (void)arg, (void)a, (void)b;
  if (!gpu_setup(cfg, &g)) {
    mulerr_lmul_gpu_kernel(cfg, n, xs, ys, out);
    return;
  }
  if (gpu_pass(n, xs, ys, out, &g))
    for (i = 0; i < n; i++)
      if (mulerr_d2u(out[i]) == (uint64_t)MARK) mulerr_lmul_gpu_kernel(cfg, 1, xs + i, ys + i, out + i);
}

static void lmul_gpu_mul(const mulerr_method_cfg *cfg, size_t n, const double *a,
                         const double *b, double *out) {
  mulerr_mul_rounded(cfg, 0, n, a, b, out, gpu_chunk);
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
