/* mx.c — `mx`: OCP Microscaling (MX) block quantisation of each operand (OCP Microscaling
 * Formats (MX) Specification v1.0), then the exact product of the dequantised values.
 *
 * Each operand array is cut into blocks of `block` consecutive elements (default 32, the
 * spec's k); the two operands are quantised independently.  For a block V:
 *
 *     X   = 2^s,  s = floor(log2(max |V_i|)) - emax_elem, clamped to E8M0's [-127, 127]
 *     P_i = V_i / X rounded into the element format with cfg->rounding, then clamped to
 *           +-(the element's largest finite value)
 *     value_i = X P_i
 *
 * An all-zero block quantises to zeros (its scale is irrelevant; gfloat records 2^-127).
 * The element format:
 *  - float elements, --format: e4m3fn (MXFP8 E4M3, emax 8), e5m2 (MXFP8 E5M2, emax 15),
 *    e2m3fn (MXFP6, emax 2), e3m2fn (MXFP6, emax 4), e2m1fn (MXFP4, emax 2); subnormal
 *    elements are used; e5m2's Inf is never produced (clamped).  Without --format: e4m3fn.
 *  - integer elements, --int-bits b (MXINT8 is b = 8): a b-bit two's complement integer
 *    with an implicit scale 2^-(b-2) ("1.6" fixed point for b = 8), emax_elem = 0, values
 *    [-2, 2 - 2^-(b-2)] on the grid 2^-(b-2).  The spec defines only b = 8; other b are
 *    the same construction.  -2 (the pattern 0x80) is a value, so a scaled element in
 *    (-2, -2 + 2^-(b-1)] rounds to -2 while its mirror image clamps to 2 - 2^-(b-2);
 *    Microsoft's microxcaling emulator clamps symmetrically to +-(2 - 2^-(b-2)) instead.
 *    --format and --int-bits together are refused.  mx ignores k.
 *  - rounding (cfg->rounding, --rounding): default rne (round to nearest, ties to even, as
 *    the spec's conversion and gfloat do); --rounding rna gives to nearest with ties away
 *    from zero, the default ("nearest") of microxcaling; trunc, away, up and down are
 *    directed roundings (away moves every inexact value out: e2m1fn 2.1 -> 3, 0.1 -> 0.5).
 *  - the scale: s above 127 (only for |x| >= 2^(127 + emax_elem), never for fp32, bf16 or
 *    fp16 sources) is clamped to 127 and the elements saturate (gfloat clips the same way;
 *    microxcaling makes the block NaN); below -127 it is clamped to -127 (both libraries do).
 *  - blocks: `block` must divide the engine's 65536-value sample block (a power of two), so
 *    blocks never straddle the arrays mul() receives; a point whose sample count is not a
 *    multiple of `block` ends with one partial block (the zero padding microxcaling uses does
 *    not change a block's max, so the partial block quantises the same).
 *
 * Exactness: V_i / X and X P_i are scalings by powers of two that stay inside binary64's
 * normal range (method.c bounds source exponents by +-500 and |s| <= 500), the element
 * rounding is mulerr_format_round's (exact) or, for integers, mulerr_round_sig on the grid
 * 2^-(b-2) (exact); a dequantised value has at most 16 significant bits and magnitude in
 * [2^-143, 2^501), so the product of two is a binary64 exactly and the method's result is
 * the exact product of the dequantised operands. */
#include "internal.h"

#include <stdio.h>
#include <string.h>

#define MX_BLOCK_DEFAULT 32
#define MX_SCALE_EMAX 127 /* E8M0: 2^-127 .. 2^127 */
#define MX_INT_BITS_MIN 2
#define MX_INT_BITS_MAX 16

static const char *const float_elements[] = {"e4m3fn", "e5m2", "e2m3fn", "e3m2fn", "e2m1fn"};
#define NFLOAT (sizeof float_elements / sizeof float_elements[0])

static _Thread_local size_t mx_marked; /* pairs the RNE block pass left to the kernel (tests) */
size_t mulerr_mx_marked(void) { return mx_marked; }

/* The shared scale exponent s of the block v[lo, hi); 0 (unused) if the block is all zero. */
static int block_scale(const mulerr_method_cfg *cfg, const double *v, size_t lo, size_t hi) {
  const int emax = cfg->bits ? 0 : mulerr_format_emax(&cfg->work);
  double amax = 0;
  size_t i;
  int s;
  for (i = lo; i < hi; i++) /* no branch (a NaN is passed over as by an if): runs in vector lanes */
    amax = fabs(v[i]) > amax ? fabs(v[i]) : amax;
  if (amax == 0) return 0; /* every element is zero and stays zero under any scale */
  frexp(amax, &s);          /* amax in [2^(s-1), 2^s): floor(log2 amax) = s - 1 */
  s = s - 1 - emax;
  return s > MX_SCALE_EMAX ? MX_SCALE_EMAX : s < -MX_SCALE_EMAX ? -MX_SCALE_EMAX : s;
}

/* The dequantised value X P of x in a block with scale X = 2^s. */
static double dequantise(const mulerr_method_cfg *cfg, double x, int s, double max) {
  const int b = cfg->bits; /* 0: float elements */
  double y = ldexp(x, -s), p; /* exact */
  if (b) {
    p = mulerr_round_sig(y, 53, -(b - 2), cfg->rounding); /* on the grid 2^-(b-2) */
    if (p > max) p = max;
    if (p < -2) p = -2;
  } else {
    p = mulerr_format_round(&cfg->work, y, cfg->rounding);
    if (fabs(p) > max) p = copysign(max, p); /* also e5m2's Inf */
  }
  return ldexp(p, s); /* exact */
}

void mulerr_mx_kernel(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
                      double *out) {
  const size_t blk = (size_t)cfg->block;
  const double max = cfg->bits ? 2 - ldexp(1.0, -(cfg->bits - 2)) : mulerr_format_max(&cfg->work);
  size_t lo, i;
  for (lo = 0; lo < n; lo += blk) {
    const size_t hi = n - lo < blk ? n : lo + blk;
    const int sa = block_scale(cfg, a, lo, hi), sb = block_scale(cfg, b, lo, hi);
    for (i = lo; i < hi; i++) /* exact product of the dequantised values (see above) */
      out[i] = dequantise(cfg, a[i], sa, max) * dequantise(cfg, b[i], sb, max);
  }
}

/* ---------------------------------------------------------------- the vector pass
 *
 * For float elements under every rounding but stochastic, mx_mul computes mulerr_mx_kernel's
 * values a chunk of MULERR_CHUNK pairs at a time: each operand's chunk is scaled by its
 * block's 2^-s, rounded into the element format by mulerr_format_round_n (format.c's
 * bit-level vector pass), clamped, scaled back by 2^s and multiplied.  Why the bits are the
 * kernel's:
 *  - the block scales s are block_scale's, computed once per block (blocks start at
 *    multiples of `block` from the start of the arrays, as in the kernel);
 *  - y = x * 2^-s: 2^-s is a binary64 (|s| <= 127) and IEEE multiplication rounds x 2^-s
 *    once to nearest, which is what ldexp(x, -s) returns; likewise p * 2^s and ldexp(p, s);
 *  - mulerr_format_round_n equals mulerr_format_round element for element (its contract,
 *    tested in t_formats), under any rounding it is given;
 *  - the clamp is the kernel's expression (a NaN passes through both);
 *  - the product of the two dequantised values is the kernel's product.  (Only for NaN
 *    times NaN, from operands that are not values and never reach a method from the engine,
 *    may the NaN's sign differ: IEEE 754 does not say which operand's NaN a product passes
 *    on, and the compiler may order a commutative multiply either way.)
 * Stochastic rounding draws one number per rounding, in the kernel's order a[0], b[0], a[1],
 * ...; a pass that rounds a chunk of a and then one of b would draw them in another order,
 * so that rounding, and integer elements (mulerr_round_sig), run the kernel.
 * tests/speed/t_vpass.c compares both bit for bit. */
MULERR_HOT
static void dequantise_chunk(const mulerr_method_cfg *cfg, const double *x, size_t i0, size_t m,
                             size_t *blk_of, int *s_of, size_t n, double max, double *v) {
  const size_t blk = (size_t)cfg->block; /* a power of two (prepare) */
  double y[MULERR_CHUNK] = {0}, r[MULERR_CHUNK]; /* y: every element is set below; the zeros quiet -Wmaybe-uninitialized at -O1 */
  size_t j, jj, jend;
  for (j = 0; j < m; j = jend) { /* the run of the chunk inside one block */
    const size_t k = (i0 + j) / blk;
    double down, up;
    if (k != *blk_of) { /* a new block: its scale, once */
      const size_t lo = k * blk;
      *blk_of = k;
      *s_of = block_scale(cfg, x, lo, n - lo < blk ? n : lo + blk);
    }
    jend = (k + 1) * blk - i0 < m ? (k + 1) * blk - i0 : m;
    down = mulerr_pow2(-*s_of), up = mulerr_pow2(*s_of);
    for (jj = j; jj < jend; jj++) {
      y[jj] = x[i0 + jj] * down;
      v[jj] = up; /* kept for the way back */
    }
  }
  mulerr_format_round_n(&cfg->work, cfg->rounding, m, y, r); /* not in place: no copy */
  for (j = 0; j < m; j++) {
    double p = r[j];
    if (fabs(p) > max) p = copysign(max, p); /* also e5m2's Inf */
    v[j] = p * v[j];
  }
}

/* ---------------------------------------------------------------- the RNE block pass
 *
 * For float elements under rne (the default), with `block` a multiple of 4, mx_rne computes
 * mulerr_mx_kernel's values block by block in four binary64 lanes, with no call: the block's
 * max by lanes, its scale, and per element y = x 2^-s, the element rounding, the clamp, the
 * scaling back and the product.  Why each step gives the kernel's bits:
 *  - the max: the kernel's running max (NaN passed over, `|v| > m ? |v| : m`) in four lanes
 *    and then across them: a maximum, the same in any order.  s = floor(log2 amax) - emax:
 *    for a normal amax floor(log2 amax) is its exponent field less 1023, as frexp gives; a
 *    subnormal amax (field 0) gives -1023 - emax, below -127 as its true floor is, so both
 *    clamp to -127; amax = 0 gives s = 0 as in the kernel (every element is then +-0, and any
 *    scale keeps it so).
 *  - y = x * 2^-s and p * 2^s: the kernel's (and dequantise_chunk's) operations, see there.
 *  - the rounding: the element format (mx_rne_ok: subnormals, no flush, signed, -0 kept) and
 *    the kernel's mulerr_format_round(y, rne) is mulerr_round_sig(|y|, m + 1, emin - m, rne)
 *    with y's sign, then its overflow rule; the clamp that follows makes every overflow
 *    +-max (the rule gives +-max or +-Inf, never NaN: mx_rne_ok refuses OVERFLOW_NAN), so
 *    p = sign(y) min(RNE_g(|y|), max) with g = 2^max(e - m, emin - m), e = floor(log2 |y|).
 *    With P = 2^max(e, emin) (y's exponent field as a double, 0 for a subnormal y, then the
 *    larger of it and 2^emin: a power of two) and C = P 2^(52 - m), |y| < 2P <= C, and the
 *    doubles of [C, 2C) are the multiples of g = C 2^-52; so RN(|y| + C) = C + RNE_g(|y|)
 *    (ties to even: C's last bit is 0, the sum's is the parity of the multiple of g), which
 *    stays below 2C (RNE_g(|y|) <= 2P = C 2^(m - 51) < C as m <= 50), and the subtraction
 *    of C is exact.  C is finite: unless s is clamped to 127, |y| <= amax 2^-s <
 *    2^(emax + 1) (also when s is clamped to -127, which makes |y| smaller); clamped to 127,
 *    |y| < 2^1024 2^-127; so e <= 896 and C <= 2^(948 - m).  Lanes with r > max 2^60 (only
 *    possible in a block whose scale was clamped to 127) are marked all the same, as a
 *    safety net.
 *  - the sign: OR of y's sign bit onto the magnitude (the kernel's copysign / round_sig's
 *    neg ? -x : x, also for a zero result: -0 for a negative y).
 *  - x NaN or infinite (never a source value) and any lane whose r is not finite are
 *    marked (NaN) and redone by the kernel's dequantise with the block's scales.
 * The product va * vb is the kernel's.  Every operation is an IEEE add, subtract, multiply,
 * compare or bit operation, none contracted: the AVX2 clone and the baseline code agree.
 * tests/speed/t_mxvec.c compares mx_rne with the kernel bit for bit. */
#pragma GCC diagnostic ignored "-Wpsabi" /* static helpers only: no ABI crosses */
typedef double v4d __attribute__((vector_size(32)));
typedef int64_t v4i __attribute__((vector_size(32)));
typedef uint64_t v4u __attribute__((vector_size(32)));
typedef uint64_t v4u_u __attribute__((vector_size(32), aligned(8), may_alias));
typedef double v4d_u __attribute__((vector_size(32), aligned(8), may_alias));

static int mx_rne_ok(const mulerr_method_cfg *cfg) {
  const unsigned bad = MULERR_FMT_NO_SUBNORMAL | MULERR_FMT_FLUSH | MULERR_FMT_UNSIGNED | MULERR_FMT_NAN_UZ |
                       MULERR_FMT_OVERFLOW_NAN;
  return !cfg->bits && cfg->rounding == MULERR_RNE && cfg->block % 4 == 0 && !(cfg->work.flags & bad) &&
         cfg->work.mbits >= 1 && cfg->work.mbits <= 50;
}

/* The kernel's block_scale from the block's max. */
static inline int scale_of(double amax, int emax) {
  int s;
  if (amax == 0) return 0;
  s = (int)(mulerr_d2u(amax) >> 52) - 1023 - emax;
  return s > MX_SCALE_EMAX ? MX_SCALE_EMAX : s < -MX_SCALE_EMAX ? -MX_SCALE_EMAX : s;
}

static inline __attribute__((always_inline)) double vmax_abs(const double *v, size_t m) {
  const v4u absm = {MULERR_ABS_BITS, MULERR_ABS_BITS, MULERR_ABS_BITS, MULERR_ABS_BITS};
  v4d mx = {0, 0, 0, 0};
  double r;
  size_t j;
  for (j = 0; j < m; j += 4) {
    const v4d x = (v4d)(*(const v4u_u *)(v + j) & absm);
    mx = (v4d)(((v4u)(x > mx) & (v4u)x) | (~(v4u)(x > mx) & (v4u)mx));
  }
  r = mx[0] > mx[1] ? mx[0] : mx[1];
  r = mx[2] > r ? mx[2] : r;
  return mx[3] > r ? mx[3] : r;
}

/* Four dequantised values; *bad gets -1 in a lane to be redone. */
static inline __attribute__((always_inline)) v4d vdeq(v4d x, double down, double up, double pmin, double cmul,
                                                      double max, v4i *bad) {
  const v4u absm = {MULERR_ABS_BITS, MULERR_ABS_BITS, MULERR_ABS_BITS, MULERR_ABS_BITS};
  const v4u expm = absm - absm + 0x7ff0000000000000ull;
  const v4d y = x * down;
  const v4d ay = (v4d)((v4u)y & absm), p2 = (v4d)((v4u)y & expm);
  const v4d c = (v4d)(((v4u)(p2 > pmin) & (v4u)p2) | (~(v4u)(p2 > pmin) & (v4u)(p2 - p2 + pmin))) * cmul;
  const v4d r = (ay + c) - c;
  const v4i fin = r <= max * 0x1p60; /* r finite (also false for NaN) */
  const v4d p = (v4d)((((v4u)(r > max) & (v4u)(r - r + max)) | (~(v4u)(r > max) & (v4u)r)) | ((v4u)y & ~absm));
  *bad |= ~fin | ((x - x) != 0.0); /* x - x: 0 for finite x, NaN for NaN and Inf */
  return p * up;
}

MULERR_HOT
static size_t mx_rne(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b, double *out) {
  const size_t blk = (size_t)cfg->block;
  const int emax = mulerr_format_emax(&cfg->work), m = cfg->work.mbits;
  const double max = mulerr_format_max(&cfg->work), pmin = mulerr_pow2(mulerr_format_emin(&cfg->work)),
               cmul = mulerr_pow2(52 - m);
  size_t lo, j, marked = 0;
  for (lo = 0; lo + blk <= n; lo += blk) {
    const int sa = scale_of(vmax_abs(a + lo, blk), emax), sb = scale_of(vmax_abs(b + lo, blk), emax);
    const double da = mulerr_pow2(-sa), ua = mulerr_pow2(sa), db = mulerr_pow2(-sb), ub = mulerr_pow2(sb);
    v4i bad = {0, 0, 0, 0};
    for (j = lo; j < lo + blk; j += 4) {
      const v4d va = vdeq(*(const v4d_u *)(a + j), da, ua, pmin, cmul, max, &bad);
      const v4d vb = vdeq(*(const v4d_u *)(b + j), db, ub, pmin, cmul, max, &bad);
      *(v4d_u *)(out + j) = va * vb;
    }
    if (bad[0] | bad[1] | bad[2] | bad[3]) { /* rare: the block by the kernel */
      mulerr_mx_kernel(cfg, blk, a + lo, b + lo, out + lo);
      marked += blk;
    }
  }
  if (lo < n) mulerr_mx_kernel(cfg, n - lo, a + lo, b + lo, out + lo); /* a last partial block */
  return marked;
}

static void mx_mul(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
                   double *out) {
  const double max = mulerr_format_max(&cfg->work);
  double va[MULERR_CHUNK], vb[MULERR_CHUNK];
  int s_a = 0, s_b = 0;
  size_t i0, m, j, ka = (size_t)-1, kb = (size_t)-1;
  if (cfg->bits || cfg->rounding == MULERR_RSR) {
    mulerr_mx_kernel(cfg, n, a, b, out);
    return;
  }
  if (mx_rne_ok(cfg)) {
    mx_marked += mx_rne(cfg, n, a, b, out);
    return;
  }
  for (i0 = 0; i0 < n; i0 += m) {
    m = n - i0 < MULERR_CHUNK ? n - i0 : MULERR_CHUNK;
    dequantise_chunk(cfg, a, i0, m, &ka, &s_a, n, max, va);
    dequantise_chunk(cfg, b, i0, m, &kb, &s_b, n, max, vb);
    for (j = 0; j < m; j++) out[i0 + j] = va[j] * vb[j];
  }
}

static int float_element(const mulerr_format *f) {
  size_t i;
  for (i = 0; i < NFLOAT; i++)
    if (f->name && !strcmp(f->name, float_elements[i])) return 1;
  return 0;
}

static mulerr_status mx_prepare(mulerr_method_cfg *cfg) {
  if (cfg->block == 0) cfg->block = MX_BLOCK_DEFAULT;
  if (cfg->block < 0 || cfg->block > MULERR_BLOCK || MULERR_BLOCK % cfg->block)
    return mulerr_fail(MULERR_EINVAL, "method 'mx': block = %d does not divide the %d values of "
                       "an engine sample block (use a power of two up to %d)", cfg->block,
                       MULERR_BLOCK, MULERR_BLOCK);
  if (cfg->bits) {
    if (cfg->format)
      return mulerr_fail(MULERR_EINVAL, "method 'mx': give either an element --format (MXFP) or "
                         "--int-bits (MXINT), not both (format '%s', bits = %d)",
                         cfg->format->name, cfg->bits);
    if (cfg->bits < MX_INT_BITS_MIN || cfg->bits > MX_INT_BITS_MAX)
      return mulerr_fail(MULERR_EINVAL, "method 'mx': integer element bits = %d is out of range "
                         "(%d..%d; MXINT8 is 8)", cfg->bits, MX_INT_BITS_MIN, MX_INT_BITS_MAX);
    cfg->k = cfg->bits - 2; /* fraction bits of the element; the key's k */
    snprintf(cfg->params, sizeof cfg->params, "elem=int%d,block=%d", cfg->bits, cfg->block);
    return MULERR_OK;
  }
  if (!cfg->format) { /* k is not used: the default element format */
    cfg->format = mulerr_format_find("e4m3fn");
    cfg->work = *cfg->format;
    cfg->k = cfg->format->mbits;
  }
  if (!float_element(cfg->format))
    return mulerr_fail(MULERR_EINVAL, "method 'mx' cannot use format '%s' as its element format "
                       "(MX elements: e4m3fn, e5m2, e2m3fn, e3m2fn, e2m1fn; or --int-bits 8 for "
                       "MXINT8)", cfg->format->name ? cfg->format->name : "?");
  snprintf(cfg->params, sizeof cfg->params, "elem=%s,block=%d", cfg->format->name, cfg->block);
  return MULERR_OK;
}

const mulerr_method mulerr_method_mx = {
    .name = "mx",
    .description = "OCP MX v1.0 block quantisation: per --block (default 32) E8M0 scale "
                   "2^(floor(log2 max|x|) - emax_elem), elements --format (default e4m3fn; "
                   "e5m2, e2m3fn, e3m2fn, e2m1fn) or --int-bits 8 (MXINT8), --rounding "
                   "(default rne; rna = microxcaling's nearest), clamped; product exact",
    .uses = MULERR_USES_K | MULERR_USES_BLOCK | MULERR_USES_BITS,
    .default_rounding = MULERR_RNE,
    .mul = mx_mul,
    .prepare = mx_prepare};
