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
#include <string.h>

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

void mulerr_int_kernel(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
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

/* ---------------------------------------------------------------- the fast path
 *
 * int_mul computes mulerr_int_kernel's values with no MPFR and no 128-bit division in the
 * common case, and hands every pair it cannot prove to the kernel's own steps.  Why the bits
 * are the kernel's:
 *  - q = RNE(|x| Q / amax), the kernel's exact definition.  When the significand of x has
 *    its low 15 bits zero (at most 38 significant bits: every source format), |x| Q is exact
 *    (Q < 2^15), and t = RN(|x| Q / amax) is within ulp(t)/2 <= 2^-53 Q < 2^-38 of the exact
 *    u = |x| Q / amax (t <= Q; also where t is subnormal, the error is below 2^-1074).  The
 *    nearest integer to u changes only at half-integers, and t's fractional part fr = t -
 *    floor(t) (exact) is taken only when |fr - 1/2| > 2^-36: then u lies strictly inside the
 *    same interval (k - 1/2, k + 1/2) as t, and q = floor(t) + (fr > 1/2).  Otherwise (within
 *    2^-36 of a tie, an exact tie included), or when |x| Q is not exact or t is not finite,
 *    the kernel's quantise() decides.  The clamp to Q is the kernel's.  Only a normal x is
 *    taken (so |x| Q is normal; t may be subnormal, and flushed to 0 under FTZ, only when u is
 *    below 2^-1022 2^15 and q = 0 either way; an amax read as 0 under DAZ gives t = Inf or
 *    NaN, which is not taken): the result does not depend on DAZ or FTZ.
 *  - the product RN(|q_a q_b| A_a A_b 2^(e_a + e_b) / Q^2): with A = a' 2^z (a' odd), the
 *    integer N = |q_a q_b| a' b' is exact in 128 bits when bitlen(a') + bitlen(b') <= 56
 *    (then N < 2^86; every source format has at most 24-bit significands), else the kernel's
 *    rn_product runs.  N is shifted up by sh to [2^115, 2^116) and divided by Q^2 < 2^30:
 *    quotient qt (86 to 116 bits) and remainder rem, exact.  W = qt + rem / Q^2 lies in
 *    [qt, qt + 1) and has qt's bit length Lq, so its 53 leading bits are M = qt >> drop,
 *    drop = Lq - 53 >= 33, and the rest R = (qt mod 2^drop) + rem / Q^2 is compared with
 *    half = 2^(drop - 1): above if qt's dropped bits exceed half, or equal half with rem != 0;
 *    a tie exactly when they equal half and rem = 0, then to even; M = 2^53 after rounding up
 *    becomes 2^52 with drop + 1.  The value M 2^(drop - sh + z_a + z_b + e_a + e_b) is built
 *    from its bits when it is a normal binary64, i.e. RN of the exact product (a scaling by a
 *    power of two does not change a normal rounding); else (subnormal or beyond the range)
 *    the kernel's rn_product runs.
 *  - zeros, signs and the group maxima (--scale) as in the kernel.
 * tests/speed/t_vpass.c compares both bit for bit. */
static inline int64_t quantise_fast(double x, double amax, uint64_t A, int ea, uint64_t Q) {
  const uint64_t u = mulerr_d2u(x);
  if (x == 0) return 0;
  if ((u & 0x7fff) == 0 && (u & 0x7ff0000000000000ull)) { /* x normal: no DAZ question */
    const double t = fabs(x) * (double)Q / amax;
    if (t <= (double)Q) { /* also false for NaN */
      const double fl = floor(t), fr = t - fl;
      if (fabs(fr - 0.5) > 0x1p-36) {
        uint64_t q = (uint64_t)fl + (fr > 0.5);
        if (q > Q) q = Q;
        return x < 0 ? -(int64_t)q : (int64_t)q;
      }
    }
  }
  return quantise(x, A, ea, Q);
}

static inline int bitlen(u128 v) {
  const uint64_t hi = (uint64_t)(v >> 64), lo = (uint64_t)v;
  return hi ? 128 - __builtin_clzll(hi) : lo ? 64 - __builtin_clzll(lo) : 0;
}

/* RN(s Aa Ab 2^e / Q2) as the kernel's rn_product, s > 0; NaN where it cannot tell. */
static inline double product_fast(uint64_t s, uint64_t Aa, uint64_t Ab, int e, uint64_t Q2) {
  const int za = __builtin_ctzll(Aa), zb = __builtin_ctzll(Ab);
  const uint64_t a1 = Aa >> za, b1 = Ab >> zb;
  u128 N, qt, rbits, half;
  uint64_t rem, M;
  int sh, drop, ex;
  if (bitlen(a1) + bitlen(b1) > 56) return NAN;
  N = (u128)s * a1 * b1; /* < 2^30 2^56 */
  sh = 116 - bitlen(N);
  N <<= sh;
  qt = N / Q2, rem = (uint64_t)(N - qt * Q2);
  drop = bitlen(qt) - 53;
  M = (uint64_t)(qt >> drop);
  rbits = qt & (((u128)1 << drop) - 1), half = (u128)1 << (drop - 1);
  M += rbits > half || (rbits == half && (rem != 0 || (M & 1)));
  if (M >> 53) M >>= 1, drop++;
  ex = drop - sh + za + zb + e + 52 + 1023; /* the biased exponent of M 2^(...) */
  if (ex < 1 || ex > 2046) return NAN;
  return mulerr_u2d((uint64_t)ex << 52 | (M & 0xfffffffffffffull));
}

/* ---------------------------------------------------------------- the multiply-only product
 *
 * Within a block the maxima are constant, so the product is s K 2^e with s = |q_a q_b| < 2^30
 * an integer and K = A_a A_b / Q^2 a per-block rational.  kconst_set computes, once per block
 * (or per change of group maxima), with exact integer arithmetic, k and
 *     Kf = floor(K 2^k) in [2^127, 2^128):  q1 = floor(N / Q^2), r1 = N mod Q^2 for N = A_a A_b
 *     (exact, N in [2^104, 2^106)); q1 >= 2^104 / 2^30, so its bit length Lq >= 75; k = 128 - Lq;
 *     Kf = (q1 << k) + floor((r1 << k) / Q^2) (r1 << k < 2^30 2^53: exact), which is
 *     floor(N 2^k / Q^2) since N 2^k / Q^2 = q1 2^k + r1 2^k / Q^2, and below (q1 + 1) 2^k <= 2^128.
 * Per pair, with Kf = Kh 2^64 + Kl and delta = K 2^k - Kf in [0, 1):
 *     Y = s K 2^k / 2^64 = s Kh + s Kl / 2^64 + s delta / 2^64,
 *     T = s Kh + floor(s Kl / 2^64)      (two 64 x 64 -> 128-bit products, exact),
 * so Y - T = frac(s Kl / 2^64) + s delta / 2^64 lies in [0, 2) (s < 2^30).  T >= Kh >= 2^63.
 * Let L = bitlen(T), d = L - 53 >= 11, M = T >> d, r = T mod 2^d, half = 2^(d-1).  Then
 * Y in [M 2^d + r, M 2^d + r + 2), in units where the doubles near Y (binade [2^(L-1), 2^L))
 * are spaced 2^d and the rounding boundaries (midpoints) sit at M 2^d + half + j 2^d:
 *  - r <= half - 2: Y < M 2^d + half, and Y >= M 2^d: RN(Y) = M 2^d (Y >= 2^(L-1), the same
 *    binade; a tie is impossible: Y is strictly below the midpoint);
 *  - r > half: Y in (M 2^d + half, (M + 1) 2^d + half) (r + 2 <= 2^d + half as d >= 11):
 *    RN(Y) = (M + 1) 2^d; if M + 1 = 2^53 the next double above 2^L is 2^L + 2^(d+1), so the
 *    next midpoint is further still and RN(Y) = 2^L: M = 2^52 with d + 1;
 *  - r in {half - 1, half}: within 2 of a midpoint (exact ties included): undecided, and the
 *    exact product_fast / rn_product (the kernel's rounding) decides.
 * The product s K 2^e = Y 2^(64 - k + e), so the result is M 2^(d + 64 - k + e): scaling by a
 * power of two does not change a rounding when the result is a normal binary64; a biased
 * exponent outside [1, 2046] (subnormal or beyond the range) also goes to the exact path.
 * Integer operations only: the AVX2 and baseline builds agree digit for digit. */
static _Thread_local size_t int_undecided; /* pairs product_k left to the exact path (tests) */
static _Thread_local size_t int_marked;    /* pairs the vector pass marked (tests) */

typedef struct {
  uint64_t kh, kl;
  int sc; /* 64 - k + e + 52 + 1023: the biased exponent of M 2^(d + 64 - k + e) less d */
} kconst;

static void kconst_set(kconst *kc, uint64_t Aa, uint64_t Ab, int e, uint64_t Q2) {
  const u128 N = (u128)Aa * Ab, q1 = N / Q2;
  const uint64_t r1 = (uint64_t)(N - q1 * Q2);
  const int k = 128 - bitlen(q1);
  const u128 Kf = (q1 << k) + (((u128)r1 << k) / Q2);
  kc->kh = (uint64_t)(Kf >> 64), kc->kl = (uint64_t)Kf;
  kc->sc = 64 - k + e + 52 + 1023;
}

/* RN(s K 2^e) from kc, s in [1, 2^30); NaN where it cannot tell (near a midpoint, or not a
 * normal result). */
static inline double product_k(uint64_t s, const kconst *kc) {
  const u128 T = (u128)s * kc->kh + (((u128)s * kc->kl) >> 64);
  const uint64_t hi = (uint64_t)(T >> 64), lo = (uint64_t)T;
  const int L = hi ? 128 - __builtin_clzll(hi) : 64 - __builtin_clzll(lo);
  int d = L - 53, ex;
  uint64_t M = (uint64_t)(T >> d);
  const uint64_t r = lo & (((uint64_t)1 << d) - 1), half = (uint64_t)1 << (d - 1);
  if (r + 2 > half && r <= half) return NAN;
  M += r > half;
  if (M >> 53) M >>= 1, d++;
  ex = d + kc->sc;
  if (ex < 1 || ex > 2046) return NAN;
  return mulerr_u2d((uint64_t)ex << 52 | (M & 0xfffffffffffffull));
}

/* The block [lo, hi)'s max |a| and max |b| and their 53-bit splits (zero for an all-zero side). */
static void block_scale(const double *a, const double *b, size_t lo, size_t hi, double *ma, double *mb, uint64_t *Aa,
                        uint64_t *Ab, int *ea, int *eb) {
  *ma = block_amax(a, lo, hi), *mb = block_amax(b, lo, hi);
  *Aa = *Ab = 0, *ea = *eb = 0;
  if (*ma > 0) split53(*ma, Aa, ea);
  if (*mb > 0) split53(*mb, Ab, eb);
}

/* ---------------------------------------------------------------- the vector pass
 *
 * int_mul runs each run of pairs that share their maxima (a block without --scale; with the
 * engine's group maxima, a run of equal ga[i] and equal gb[i]) through vrun: both operands
 * quantised and the product rounded in binary64 lanes, with no division and no branch; every
 * pair it cannot prove is marked (a NaN) and the scalar steps above redo it.  The proof that
 * an unmarked value is the kernel's, for maxima ma, mb in [2^-1000, 2^1000] (vconst_set
 * refuses the run otherwise) and Q = 2^(b-1) - 1 < 2^15:
 *
 * Quantising, x = a[i] (b[i] alike), u = |x| Q / ma exactly; the kernel's q is RNE(u)
 * clamped to Q.  qr = RN(Q / ma) is a normal binary64 (Q / ma in [2^-1000, 2^1015]), so
 * qr = (Q / ma)(1 + e1), |e1| <= 2^-53, and t = RN(|x| qr) = u (1 + e1)(1 + e2) (|e2| <=
 * 2^-53; or, t subnormal, within 2^-1074 of u (1 + e1)).  A lane is accepted only when
 * t <= Q + 1/4: then u < 2^15 and |t - u| < 2^15 2^-52 (1 + 2^-52) + 2^-1074 < 2^-36.  For
 * 0 <= t < 2^52, r = (t + 2^52) - 2^52 = RNE(t) (t + 2^52 lies in [2^52, 2^53), where the
 * doubles are the integers; the subtraction is exact), and |t - r| <= 1/2 is exact (t >= 1:
 * both multiples of ulp(t), the difference below 2^51 ulp(t); t < 1: r = 0, or r = 1 and t
 * in [1/2, 1], Sterbenz).  Accepted only when also |t - r| < 1/2 - 2^-36: t is then farther
 * than 2^-36 from every half-integer, u (within 2^-36 of t) lies strictly inside the same
 * (r - 1/2, r + 1/2), and RNE(u) = r; r <= Q (t <= Q + 1/4), so the clamp is a no-op: q = r.
 * NaN x gives a NaN t and fails both tests; an infinite x makes its maximum infinite, which
 * vconst_set refuses.  x = +-0 gives t = 0, q = 0.  The pass needs no particular treatment of
 * subnormals: a subnormal x (as an operand read as zero under DAZ, or a t flushed to zero
 * under FTZ) has u < 2^-1022 2^15 / 2^-1000 = 2^-7, so q = 0 however it is read; qr, ma, mb
 * and every quantity of the product below are normal.
 *
 * The product.  With s = q_a q_b (an integer below 2^30, exact as a double), the kernel
 * returns RN(s K), K = A_a A_b 2^(e_a + e_b) / Q^2 (ma = A_a 2^e_a, A_a in [2^52, 2^53)).
 * vconst_set forms Kf = floor(A_a A_b 2^k / Q^2) in [2^127, 2^128) by kconst_set's exact
 * integer steps, so K = K' 2^E with K' = (Kf + delta) 2^-127 in [1, 2), delta in [0, 1),
 * E = 127 - k + e_a + e_b; and splits K' = k1 + k2 + tail: k1 = Kf's top 23 bits (bits
 * 105..127, in [1, 2)), k2 = the next 23 (bits 82..104, below 2^-22), k3 = bits 29..81 (a
 * 53-bit integer times 2^-98, below 2^-45), so |tail - k3| < 2^-98 + 2^-127 < 2^-97.  Per
 * lane, v = s K' (>= s >= 1 when s != 0):
 *  - p1 = s k1 and p2 = s k2 are exact (30-bit times 23-bit significands); hi = RN(p1 + p2)
 *    and lo = p2 - (hi - p1) give hi + lo = p1 + p2 exactly (Fast2Sum, |p1| >= |p2|);
 *  - p3 = RN(s k3) differs from s k3 by at most 2^-53 s k3 <= 2^-98 v, and s k3 from s tail
 *    by s 2^-97 <= 2^-97 v; lo2 = RN(lo + p3), |lo + p3| <= (2^-53 + 2^-45) v (1 + 2^-52),
 *    so its rounding error is below 2^-97 v;
 *  - r = RN(hi + lo2) and e = lo2 - (r - hi) give r + e = hi + lo2 exactly (Fast2Sum);
 *  - so v = r + e + d with |d| < (2^-97 + 2^-98 + 2^-97) v < 2^-95 v <= 2^-94 r.
 *  With r = 2^Er (1 + f), h = 2^(Er - 53) = ulp(r) / 2 (built from r's exponent field): when
 *  r is not a power of two (f != 0) its neighbours are r -+ 2h and the rounding boundaries
 *  r -+ h; a lane is accepted only when f != 0 and |e| < h (1 - 2^-20) (h (1 - 2^-20) is
 *  exact); then |e + d| < h - h 2^-20 + 2^-94 r < h (h 2^-20 >= 2^-74 r), v lies strictly
 *  between the boundaries, and RN(v) = r: no tie reaches a value (exact ties and products
 *  within 2^-20 h of one are marked, as are powers of two).
 *  Then RN(s K) = RN(v 2^E) = r 2^E when r 2^E is a normal binary64 (scaling by a power of
 *  two does not change a rounding in the normal range): r in [1, 2^31), with r = 2^31 a power
 *  of two and marked, has Er in [0, 30], and vconst_set refuses E unless 1023 + E >= 1 and
 *  1023 + 30 + E <= 2046; so adding E to r's exponent field (an integer add on its bits)
 *  gives the kernel's magnitude.
 *  - s = 0 (q_a or q_b zero): the kernel's signed zero.  The sign is the XOR of the operands'
 *    sign bits, as the kernel's signbit test.
 * Every operation is an IEEE binary64 add, subtract or multiply in round to nearest (or a
 * bit operation), none contracted (-ffp-contract=off): the AVX2 clone and the baseline code
 * give the same lanes.  tests/speed/t_intfast.c and t_vpass.c compare int_mul with the kernel
 * bit for bit. */
#pragma GCC diagnostic ignored "-Wpsabi" /* the vector helpers are static: no ABI crosses */
typedef double v2d __attribute__((vector_size(16)));
typedef int64_t v2i __attribute__((vector_size(16)));
typedef double v2d_u __attribute__((vector_size(16), aligned(8))); /* unaligned loads and stores */
typedef double v4d __attribute__((vector_size(32)));
typedef int64_t v4i __attribute__((vector_size(32)));
typedef uint64_t v4u __attribute__((vector_size(32)));
typedef uint64_t v4u_u __attribute__((vector_size(32), aligned(8), may_alias));

#define VRUN_MIN 8 /* shorter runs go to the scalar steps (vconst_set costs four divisions) */

typedef struct {
  double qra, qrb, qlim; /* RN(Q / ma), RN(Q / mb), Q + 1/4 */
  double k1, k2, k3;     /* K' = k1 + k2 + k3 + (less than 2^-97) */
  uint64_t esh;          /* E << 52, two's complement */
} vconst;

/* The run's constants for maxima ma, mb (both > 0); 0 if the vector pass may not run. */
static int vconst_set(vconst *c, double ma, double mb, uint64_t Q) {
  uint64_t Aa, Ab, r1;
  int ea, eb, k, E;
  u128 N, q1, Kf;
  if (!(ma >= 0x1p-1000 && ma <= 0x1p1000 && mb >= 0x1p-1000 && mb <= 0x1p1000)) return 0;
  split53(ma, &Aa, &ea), split53(mb, &Ab, &eb);
  N = (u128)Aa * Ab, q1 = N / (Q * Q), r1 = (uint64_t)(N - q1 * (Q * Q));
  k = 128 - bitlen(q1);
  Kf = (q1 << k) + (((u128)r1 << k) / (Q * Q)); /* as kconst_set */
  E = 127 - k + ea + eb;
  if (1023 + E < 1 || 1023 + 30 + E > 2046) return 0;
  c->qra = (double)Q / ma, c->qrb = (double)Q / mb, c->qlim = (double)Q + 0.25;
  c->k1 = (double)(uint64_t)(Kf >> 105) * 0x1p-22;
  c->k2 = (double)((uint64_t)(Kf >> 82) & 0x7fffff) * 0x1p-45;
  c->k3 = (double)((uint64_t)(Kf >> 29) & 0x1fffffffffffffull) * 0x1p-98;
  c->esh = (uint64_t)(int64_t)E << 52;
  return 1;
}

/* Four pairs: the kernel's bits, or a NaN (and -1 in *bad's lane) where the lane is not proved. */
static inline __attribute__((always_inline)) v4u vlanes(const vconst *c, v4u ua, v4u ub, v4i *bad) {
  const v4u absm = ua - ua + MULERR_ABS_BITS, expm = absm - absm + 0x7ff0000000000000ull;
  const v4d ta = (v4d)(ua & absm) * c->qra, tb = (v4d)(ub & absm) * c->qrb;
  const v4d ra = (ta + 0x1p52) - 0x1p52, rb = (tb + 0x1p52) - 0x1p52;
  const v4i qok = (ta <= c->qlim) & ((v4d)((v4u)(ta - ra) & absm) < 0.5 - 0x1p-36) & (tb <= c->qlim) &
                  ((v4d)((v4u)(tb - rb) & absm) < 0.5 - 0x1p-36);
  const v4d s = ra * rb, p1 = s * c->k1, p2 = s * c->k2, hi = p1 + p2, lo = p2 - (hi - p1);
  const v4d lo2 = lo + s * c->k3, r = hi + lo2, e = lo2 - (r - hi);
  const v4u ur = (v4u)r;
  const v4d h = (v4d)((ur & expm) - (53ull << 52)) * (1 - 0x1p-20);
  const v4i zero = s == 0.0;
  const v4i dec = ((v4d)((v4u)e & absm) < h) & ((v4d)((ur & 0xfffffffffffffull) | 0x3ff0000000000000ull) != 1.0);
  const v4u okm = (v4u)(qok & (dec | zero));
  const v4u val = ((ur + c->esh) & ~(v4u)zero) | ((ua ^ ub) & ~absm);
  *bad -= (v4i)~okm;
  return (val & okm) | (~okm & 0x7ff8000000000000ull);
}

/* The run [0, n) with constants c; returns how many pairs it marked. */
MULERR_HOT
static size_t vrun(const vconst *c, size_t n, const double *a, const double *b, double *out) {
  v4i bad = {0, 0, 0, 0};
  size_t i;
  for (i = 0; i + 4 <= n; i += 4)
    *(v4u_u *)(out + i) = vlanes(c, *(const v4u_u *)(a + i), *(const v4u_u *)(b + i), &bad);
  if (i < n) { /* the last 1..3 pairs, padded with zeros (a zero pair is never marked) */
    uint64_t ta[4] = {0, 0, 0, 0}, tb[4] = {0, 0, 0, 0}, to[4];
    memcpy(ta, a + i, (n - i) * sizeof *a), memcpy(tb, b + i, (n - i) * sizeof *b);
    *(v4u_u *)to = vlanes(c, *(const v4u_u *)ta, *(const v4u_u *)tb, &bad);
    memcpy(out + i, to, (n - i) * sizeof *out);
  }
  return (size_t)(bad[0] + bad[1] + bad[2] + bad[3]);
}

/* block_amax's value (the largest |v[i]| not below 0, NaN ignored: a maximum, the same in any
 * order) with two running maxima in SSE2 lanes. */
static double block_amax_fast(const double *v, size_t lo, size_t hi) {
  const v2i absm = {INT64_MAX, INT64_MAX};
  v2d m2 = {0, 0};
  double m = 0;
  size_t i;
  for (i = lo; i + 2 <= hi; i += 2) {
    const v2d x = (v2d)((v2i)*(const v2d_u *)(v + i) & absm);
    const v2i gt = x > m2;
    m2 = (v2d)(((v2i)x & gt) | ((v2i)m2 & ~gt));
  }
  if (m2[0] > m) m = m2[0];
  if (m2[1] > m) m = m2[1];
  for (; i < hi; i++)
    if (fabs(v[i]) > m) m = fabs(v[i]);
  return m;
}

/* The end of the run of group maxima from lo: the first hi > lo where ga[hi] or gb[hi] has
 * other bits than ga[lo], gb[lo] (equal bits: the same maxima), or n.  Eight at a time by an OR
 * of XORs (vector lanes), then one at a time. */
MULERR_HOT
static size_t run_end(const double *ga, const double *gb, size_t lo, size_t n) {
  const uint64_t ua = mulerr_d2u(ga[lo]), ub = mulerr_d2u(gb[lo]);
  size_t hi = lo + 1;
  while (hi + 8 <= n) {
    const v4u d = (*(const v4u_u *)(ga + hi) ^ ua) | (*(const v4u_u *)(gb + hi) ^ ub) |
                  (*(const v4u_u *)(ga + hi + 4) ^ ua) | (*(const v4u_u *)(gb + hi + 4) ^ ub);
    if (d[0] | d[1] | d[2] | d[3]) break;
    hi += 8;
  }
  while (hi < n && mulerr_d2u(ga[hi]) == ua && mulerr_d2u(gb[hi]) == ub) hi++;
  return hi;
}

/* The pairs [lo, hi) with maxima ma, mb: the vector pass, the kernel's signed zeros for a zero
 * maximum (the kernel quantises to 0 unless the maximum is > 0), else marked; returns how
 * many pairs were marked. */
static size_t run_pass(double ma, double mb, uint64_t Q, size_t lo, size_t hi, const double *a, const double *b,
                       double *out) {
  vconst vc;
  size_t i;
  if (!(ma > 0 && mb > 0)) {
    for (i = lo; i < hi; i++) out[i] = signbit(a[i]) != signbit(b[i]) ? -0.0 : 0.0;
    return 0;
  }
  if (hi - lo >= VRUN_MIN && vconst_set(&vc, ma, mb, Q)) return vrun(&vc, hi - lo, a + lo, b + lo, out + lo);
  for (i = lo; i < hi; i++) out[i] = NAN;
  return hi - lo;
}

/* One pair by the scalar steps (quantise_fast, product_k, product_fast) with the maxima's
 * splits and kc; NaN where only the kernel's MPFR product can tell. */
static double pair_scalar(double x, double y, double ma, double mb, uint64_t Aa, uint64_t Ab, int ea, int eb,
                          const kconst *kc, uint64_t Q, size_t *undecided) {
  const int neg = signbit(x) != signbit(y);
  const int64_t qa = ma > 0 ? quantise_fast(x, ma, Aa, ea, Q) : 0, qb = mb > 0 ? quantise_fast(y, mb, Ab, eb, Q) : 0;
  uint64_t s;
  double v;
  if (qa == 0 || qb == 0) return neg ? -0.0 : 0.0;
  s = (uint64_t)(qa < 0 ? -qa : qa) * (uint64_t)(qb < 0 ? -qb : qb);
  v = product_k(s, kc);
  if (isnan(v)) ++*undecided, v = product_fast(s, Aa, Ab, ea + eb, Q * Q);
  return isnan(v) ? v : neg ? -v : v;
}

static void int_mul(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
                    double *out) {
  const uint64_t Q = ((uint64_t)1 << (cfg->bits - 1)) - 1;
  const size_t blk = cfg->block ? (size_t)cfg->block : n;
  const double *ga, *gb;
  const int grouped = mulerr_int_group_amax_get(&ga, &gb);
  size_t lo, hi, i, marked = 0, slow = 0, undecided = 0;
  double ma = 0, mb = 0;
  uint64_t Aa = 0, Ab = 0;
  int ea = 0, eb = 0;
  kconst kc = {0, 0, 0};
  for (lo = 0; lo < n; lo = hi) { /* the vector pass, run by run */
    if (grouped) {
      ma = ga[lo], mb = gb[lo];
      hi = run_end(ga, gb, lo, n);
    } else {
      hi = n - lo < blk ? n : lo + blk;
      ma = block_amax_fast(a, lo, hi), mb = block_amax_fast(b, lo, hi);
    }
    marked += run_pass(ma, mb, Q, lo, hi, a, b, out);
  }
  int_marked += marked;
  if (!marked) return;
  {
    size_t cb = (size_t)-1; /* the block whose maxima bma, bmb are */
    double bma = 0, bmb = 0;
    int have = 0;           /* ma, mb, Aa, ... kc hold some maxima's splits */
    for (i = 0; i < n; i++) { /* the marked pairs by the scalar steps, each with its maxima */
      double na, nb;
      if (!isnan(out[i])) continue;
      if (grouped) na = ga[i], nb = gb[i];
      else {
        if (i / blk != cb) {
          cb = i / blk, lo = cb * blk, hi = n - lo < blk ? n : lo + blk;
          bma = block_amax_fast(a, lo, hi), bmb = block_amax_fast(b, lo, hi);
        }
        na = bma, nb = bmb;
      }
      if (!have || na != ma || nb != mb) {
        have = 1;
      ma = na, mb = nb, Aa = Ab = 0, ea = eb = 0;
      if (ma > 0) split53(ma, &Aa, &ea);
      if (mb > 0) split53(mb, &Ab, &eb);
      if (ma > 0 && mb > 0) kconst_set(&kc, Aa, Ab, ea + eb, Q * Q);
      }
      out[i] = pair_scalar(a[i], b[i], ma, mb, Aa, Ab, ea, eb, &kc, Q, &undecided);
      slow += isnan(out[i]);
    }
  }
  if (slow) { /* pairs product_fast could not prove: the kernel's MPFR product */
    mpfr_t num, res;
    mpfr_inits2(192, num, res, (mpfr_ptr)0);
    for (lo = 0; lo < n; lo += blk) {
      const size_t end = n - lo < blk ? n : lo + blk;
      if (!grouped) block_scale(a, b, lo, end, &ma, &mb, &Aa, &Ab, &ea, &eb);
      for (i = lo; i < end; i++) {
        int64_t qa, qb;
        double v;
        if (!isnan(out[i])) continue;
        if (grouped) {
          ma = ga[i], mb = gb[i], Aa = Ab = 0, ea = eb = 0;
          if (ma > 0) split53(ma, &Aa, &ea);
          if (mb > 0) split53(mb, &Ab, &eb);
        }
        qa = quantise_fast(a[i], ma, Aa, ea, Q), qb = quantise_fast(b[i], mb, Ab, eb, Q);
        v = rn_product((uint64_t)(qa < 0 ? -qa : qa) * (uint64_t)(qb < 0 ? -qb : qb), Aa, Ab, ea + eb,
                       (unsigned long)(Q * Q), num, res);
        out[i] = signbit(a[i]) != signbit(b[i]) ? -v : v;
      }
    }
    mpfr_clears(num, res, (mpfr_ptr)0);
  }
  int_undecided += undecided;
}

size_t mulerr_int_undecided(void) { return int_undecided; }
size_t mulerr_int_marked(void) { return int_marked; }

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
