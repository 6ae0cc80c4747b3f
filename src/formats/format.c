/* format.c — binary floating-point formats as data: registry, decoding and exact rounding.
 *
 * Rounding never goes through a floating-point operation that can round: x is scaled by a
 * power of two so that its quantum becomes 1 (exact), rounded to an integer by an explicit
 * rule (exact), and scaled back (exact).  Valid for any format whose values are doubles:
 * mbits <= 52 and an exponent range inside binary64's. */
#include "internal.h"

#include <gsl/gsl_rng.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const mulerr_format registry[] = {
#define FORMAT(id, name, e, m, bias, flags, desc) {name, desc, e, m, bias, flags},
#include "formats.def"
#undef FORMAT
};
#define NREG (sizeof registry / sizeof registry[0])

size_t mulerr_format_count(void) { return NREG; }
const mulerr_format *mulerr_format_at(size_t i) { return i < NREG ? &registry[i] : NULL; }

/* Layouts parsed from names ("e2m5", "e3m4fn", "e5m2fnuz") live here for the process. */
#define NPARSED 64
static struct { char name[16]; mulerr_format f; } parsed[NPARSED];
static size_t nparsed;

static mulerr_status layout_check(int e, int m, const char *name) {
  if (e < 1 || e > 11)
    return mulerr_fail(MULERR_EINVAL, "format '%s': exponent width %d is impossible (1..11)", name, e);
  if (m < 0 || m > 52)
    return mulerr_fail(MULERR_EINVAL, "format '%s': mantissa width %d is impossible (0..52)", name, m);
  if (1 + e + m > 64)
    return mulerr_fail(MULERR_EINVAL, "format '%s': %d bits is too wide (at most 64)", name, 1 + e + m);
  return MULERR_OK;
}

static const char *name_at(size_t i) { return registry[i].name; }

const mulerr_format *mulerr_format_find(const char *name) {
  size_t i;
  int e, m, len = 0;
  char suffix[8] = "";
  mulerr_format f;
  if (!name) return NULL;
  for (i = 0; i < NREG; i++)
    if (!strcmp(registry[i].name, name)) return &registry[i];
  for (i = 0; i < nparsed; i++)
    if (!strcmp(parsed[i].name, name)) return &parsed[i].f;
  if (sscanf(name, "e%dm%d%n%7s", &e, &m, &len, suffix) < 2 || strlen(name) > 15 ||
      (suffix[0] && strcmp(suffix, "fn") && strcmp(suffix, "fnuz")) ||
      (len > 0 && name[len] && !suffix[0])) {
    mulerr_fail_unknown("format", name, name_at, NREG, "; or a layout eXmY[fn|fnuz]");
    return NULL;
  }
  if (layout_check(e, m, name) != MULERR_OK) return NULL;
  if (!strcmp(suffix, "fn") && m == 0 && e == 1) {
    mulerr_fail(MULERR_EINVAL, "format '%s': with one encoding per sign there is no room for NaN", name);
    return NULL;
  }
  f.name = NULL;
  f.description = NULL;
  f.ebits = e;
  f.mbits = m;
  f.bias = (1 << (e - 1)) - 1;
  f.flags = MULERR_FMT_IEEE;
  if (!strcmp(suffix, "fn")) f.flags = MULERR_FMT_NAN_FN;
  if (!strcmp(suffix, "fnuz")) f.flags = MULERR_FMT_NAN_UZ, f.bias += 1;
  if (f.flags == MULERR_FMT_IEEE && e == 1) {
    mulerr_fail(MULERR_EINVAL, "format '%s': an IEEE-style layout needs 2 or more exponent bits "
                "(use %sfn)", name, name);
    return NULL;
  }
  if (nparsed == NPARSED) {
    mulerr_fail(MULERR_EINVAL, "too many distinct format layouts in one process");
    return NULL;
  }
  snprintf(parsed[nparsed].name, sizeof parsed[nparsed].name, "%s", name);
  f.name = parsed[nparsed].name;
  f.description = "layout given by name";
  parsed[nparsed].f = f;
  return &parsed[nparsed++].f;
}

int mulerr_format_bits(const mulerr_format *f) {
  return (f->flags & MULERR_FMT_UNSIGNED ? 0 : 1) + f->ebits + f->mbits;
}
int mulerr_format_emin(const mulerr_format *f) { return f->flags & MULERR_FMT_NO_SUBNORMAL ? -f->bias : 1 - f->bias; }

/* Largest finite encoding's exponent field E and mantissa field M. */
static void max_fields(const mulerr_format *f, int *E, uint64_t *M) {
  int eall = (1 << f->ebits) - 1;
  uint64_t mall = ((uint64_t)1 << f->mbits) - 1;
  if (f->flags & (MULERR_FMT_INF | MULERR_FMT_NAN_IEEE)) *E = eall - 1, *M = mall;
  else if (f->flags & MULERR_FMT_NAN_FN) {
    if (f->mbits == 0) *E = eall - 1, *M = 0;
    else *E = eall, *M = mall - 1;
  } else *E = eall, *M = mall;
}
int mulerr_format_emax(const mulerr_format *f) {
  int E;
  uint64_t M;
  max_fields(f, &E, &M);
  return E - f->bias;
}
double mulerr_format_max(const mulerr_format *f) {
  int E;
  uint64_t M;
  max_fields(f, &E, &M);
  return (double)(((uint64_t)1 << f->mbits) + M) * mulerr_pow2(E - f->bias - f->mbits); /* exact */
}
double mulerr_format_min_normal(const mulerr_format *f) { return mulerr_pow2(mulerr_format_emin(f)); }
double mulerr_format_min_subnormal(const mulerr_format *f) {
  if (f->flags & MULERR_FMT_NO_SUBNORMAL || f->mbits == 0) return mulerr_format_min_normal(f);
  return ldexp(1.0, 1 - f->bias - f->mbits);
}

double mulerr_format_decode(const mulerr_format *f, uint64_t bits) {
  int eall = (1 << f->ebits) - 1;
  uint64_t mall = ((uint64_t)1 << f->mbits) - 1;
  int s = f->flags & MULERR_FMT_UNSIGNED ? 0 : (int)((bits >> (f->ebits + f->mbits)) & 1);
  int E = (int)((bits >> f->mbits) & (uint64_t)eall);
  uint64_t M = bits & mall;
  double v;
  if ((f->flags & MULERR_FMT_NAN_UZ) && s && E == 0 && M == 0) return NAN;
  if ((f->flags & MULERR_FMT_NAN_FN) && E == eall && M == mall) return NAN;
  if ((f->flags & (MULERR_FMT_INF | MULERR_FMT_NAN_IEEE)) && E == eall) {
    if (M == 0 && (f->flags & MULERR_FMT_INF)) return s ? -INFINITY : INFINITY;
    return NAN;
  }
  if (E == 0 && !(f->flags & MULERR_FMT_NO_SUBNORMAL))
    v = ldexp((double)M, 1 - f->bias - f->mbits);
  else
    v = ldexp((double)((mall + 1) + M), E - f->bias - f->mbits);
  return s ? -v : v;
}

/* The stochastic-rounding source of this thread (see mulerr.h). */
static _Thread_local gsl_rng *sr_rng, *sr_default;
void mulerr_sr_source(void *r) { sr_rng = r; }
static double sr_uniform(void) {
  if (!sr_rng) {
    if (!sr_default) sr_default = gsl_rng_alloc(gsl_rng_mt19937); /* seeded with GSL's default */
    sr_rng = sr_default;
  }
  return gsl_rng_uniform(sr_rng);
}

/* Round the integer-valued-or-not y (|y| < 2^53) to an integer under rule r. */
static double round_int(double y, mulerr_rounding r) {
  double t = trunc(y), frac = y - t; /* both exact */
  switch (r) {
  case MULERR_RSR: { /* floor(y) + 1 with probability y - floor(y) */
    double fl = floor(y);
    return y == fl ? y : sr_uniform() < y - fl ? fl + 1 : fl;
  }
  case MULERR_RTZ: return t;
  case MULERR_RUP: return frac > 0 ? t + 1 : t;
  case MULERR_RDN: return frac < 0 ? t - 1 : t;
  case MULERR_RNA: return frac == 0 ? t : t + (y > 0 ? 1 : -1);
  case MULERR_RNTA: return fabs(frac) >= 0.5 ? t + (y > 0 ? 1 : -1) : t;
  default: { /* MULERR_RNE */
    double af = fabs(frac);
    if (af > 0.5 || (af == 0.5 && fmod(t, 2.0) != 0)) return t + (y > 0 ? 1 : -1);
    return t;
  }
  }
}

/* The reference form: scale, round to an integer, scale back (each step exact). */
static double round_sig_slow(double x, int p, int emin_q, mulerr_rounding r) {
  int e, q;
  frexp(x, &e);       /* |x| in [2^(e-1), 2^e) */
  q = e - p;          /* quantum exponent for p significant bits */
  if (emin_q != INT32_MIN && q < emin_q) q = emin_q;
  return ldexp(round_int(ldexp(x, -q), r), q);
}

/* The same on the bits of a normal binary64 (the hot path): with x = M 2^(E-52), M the
 * 53-bit significand, the quantum 2^q leaves M_hi = floor(M / 2^s), s = q - (E - 52) bits
 * dropped, and the rule decides from the dropped bits whether to add one.  M_hi 2^q is then
 * exact (M_hi < 2^54 and 2^q a normal binary64).  Equal to round_sig_slow on every input:
 * tests/unit/t_formats.c compares both with MPFR over every format's boundary values. */
double mulerr_round_sig(double x, int p, int emin_q, mulerr_rounding r) {
  uint64_t bits, m, low, half, hi;
  int be, e, q, s, neg, inc;
  double pow2;
  if (x == 0 || !isfinite(x)) return x;
  memcpy(&bits, &x, sizeof bits);
  be = (int)((bits >> 52) & 0x7ff);
  if (be == 0 || r == MULERR_RSR) return round_sig_slow(x, p, emin_q, r); /* subnormal double */
  e = be - 1023; /* |x| in [2^e, 2^(e+1)) */
  q = e + 1 - p;
  if (emin_q != INT32_MIN && q < emin_q) q = emin_q;
  s = q - (e - 52);
  if (s <= 0) return x; /* already on the grid */
  if (q < -1022 || q > 1023) return round_sig_slow(x, p, emin_q, r);
  neg = (int)(bits >> 63);
  m = (bits & 0xfffffffffffffull) | (1ull << 52);
  if (s > 62) s = 62; /* M < 2^53 <= half: every rule decides as for any s > 53 */
  low = m & ((1ull << s) - 1);
  half = 1ull << (s - 1);
  hi = m >> s;
  switch (r) {
  case MULERR_RTZ: inc = 0; break;
  case MULERR_RNA: inc = low != 0; break;
  case MULERR_RUP: inc = low != 0 && !neg; break;
  case MULERR_RDN: inc = low != 0 && neg; break;
  case MULERR_RNTA: inc = low >= half; break;
  default: inc = low > half || (low == half && (hi & 1)); /* MULERR_RNE */
  }
  hi += (uint64_t)inc;
  bits = (uint64_t)(q + 1023) << 52;
  memcpy(&pow2, &bits, sizeof pow2);
  x = (double)hi * pow2;
  return neg ? -x : x;
}

double mulerr_format_round(const mulerr_format *f, double x, mulerr_rounding r) {
  double v, max;
  if (isnan(x)) return x;
  if (f->flags & MULERR_FMT_UNSIGNED && x < 0) return NAN;
  if (isinf(x)) v = x;
  else if (f->flags & MULERR_FMT_NO_SUBNORMAL) {
    double minn = mulerr_format_min_normal(f);
    v = mulerr_round_sig(x, f->mbits + 1, INT32_MIN, r);
    if (fabs(v) < minn) v = copysign(minn, x); /* no zero, no subnormals: clamp up */
  } else
    v = mulerr_round_sig(x, f->mbits + 1, mulerr_format_emin(f) - f->mbits, r);
  if ((f->flags & MULERR_FMT_FLUSH) && fabs(v) < mulerr_format_min_normal(f)) v = copysign(0.0, x);
  /* only values in the top binade or beyond can overflow: the max is computed just there */
  if (fabs(v) >= mulerr_pow2(mulerr_format_emax(f)) && fabs(v) > (max = mulerr_format_max(f))) {
    int up = x > 0;
    if (f->flags & MULERR_FMT_OVERFLOW_NAN) v = NAN;
    else if (!(f->flags & MULERR_FMT_INF) || (f->flags & MULERR_FMT_SATURATE)) v = up ? max : -max;
    else if (r == MULERR_RNE || r == MULERR_RNTA || r == MULERR_RNA || r == MULERR_RSR) v = up ? INFINITY : -INFINITY;
    else if (r == MULERR_RTZ) v = up ? max : -max;
    else if (r == MULERR_RUP) v = up ? INFINITY : -max;
    else v = up ? max : -INFINITY;
  }
  if (v == 0 && (f->flags & MULERR_FMT_NAN_UZ)) v = 0.0; /* no negative zero */
  return v;
}

/* mulerr_format_round over an array.  The vector pass handles every finite x whose rounding
 * stays <= max under a deterministic rule, in a format with subnormals and no flush (other
 * formats: min_normal <= |x| only).  With e the binary64 exponent of x, the quantum is
 * 2^max(e - mbits, q) (q = emin - mbits, the subnormal grid), so sh = 52 - mbits +
 * max(0, emin - e) low bits of x's pattern are dropped:
 *  - sh <= 52 (|x| >= 2^q): the rule is one integer addition to the magnitude's bits before
 *    those bits are cleared: nothing (trunc), 2^sh - 1 (away, and up/down on the side they
 *    move away from zero), or 2^(sh-1) - 1 + (the kept last bit) (ties to even: the sum
 *    carries out of the dropped bits iff they exceed half, or equal it with the last kept bit
 *    odd; at sh = 52 the kept last bit is the implicit 1).  A carry out of the mantissa moves
 *    to the next binade with mantissa zero, which is the rounded value;
 *  - sh > 52 (|x| < 2^q): the neighbours are 0 and 2^q; ties to even gives 2^q iff
 *    |x| > 2^(q-1), the directed rules 2^q iff they move away from zero and x != 0.
 * Bit order is value order for non-negative doubles, so range tests compare patterns.  Every
 * other element (overflow, NaN, Inf, a negative value of an unsigned format, and for formats
 * without subnormals or with flush anything below min_normal) is marked NaN, a value the
 * pass never produces, and redone by mulerr_format_round; a zero result of a format with no
 * negative zero is made +0 as there.  tests/unit/t_formats.c compares both on every format
 * and rule, bit for bit. */
typedef struct round_consts {
  int64_t s, emin;
  uint64_t add_pos, add_neg, rne, lo, hi, allow_neg, sub_ok, q_bits, halfq_bits, no_negzero;
  uint64_t sub_lean, c_bits; /* the sub form of round4_lean applies; 2^(q + 52) */
  int64_t ov_on, ov_pos, ov_neg; /* overflow: -1 if the pass gives it, the magnitudes for x > 0 and x < 0 */
} round_consts;

/* 4 lanes of int64 (GCC vector types, which a comparison turns into -1/0 masks); may_alias,
 * so double arrays can be read and written through them.  Without AVX2 the compiler runs
 * them as SSE2 or scalar operations, with the same results. */
#pragma GCC diagnostic ignored "-Wpsabi" /* static helpers only: no ABI crosses */
typedef int64_t v4i __attribute__((vector_size(32)));
typedef int64_t v4i_u __attribute__((vector_size(32), aligned(8), may_alias));
typedef uint64_t v4u __attribute__((vector_size(32))); /* logical shifts */
static inline v4i vsel(v4i m, v4i a, v4i b) { return (m & a) | (~m & b); }

/* Four elements of the vector pass; *bad counts those marked NaN. */
static inline __attribute__((always_inline)) v4i round4(v4i u, const round_consts *k, v4i *bad) {
  const v4i zero = u - u, one = zero + 1, c52 = zero + 52;
  const v4i mag = u & (int64_t)MULERR_ABS_BITS, negm = u < zero; /* -1 where negative */
  /* mag, lowm >= 0: their shifts are logical ones (AVX2 has no 64-bit arithmetic shift) */
  const v4i e = (v4i)((v4u)mag >> 52) - 1023, d = k->emin - e, extra = vsel(d > zero, d, zero);
  const v4i sh = k->s + extra, shc = vsel(sh < c52, sh, c52);
  const v4i lowm = (one << shc) - 1, dir = vsel(negm, zero + (int64_t)k->add_neg, zero + (int64_t)k->add_pos);
  const v4i lsb = vsel(shc == c52, one, (v4i)((v4u)mag >> (v4u)shc) & 1);
  const v4i ma = (mag + (k->rne ? (v4i)((v4u)lowm >> 1) + lsb : dir & lowm)) & ~lowm;
  const v4i upb = k->rne ? (mag > (int64_t)k->halfq_bits) : ((dir != zero) & (mag != zero));
  const v4i m = vsel(sh <= c52, ma, upb & (int64_t)k->q_bits);
  const v4i base = ((zero - (int64_t)k->allow_neg) | ~negm) & ((zero - (int64_t)k->sub_ok) | (mag >= (int64_t)k->lo)) &
                  (mag <= (int64_t)0x7ff0000000000000ll); /* not NaN (also: mag + the addition cannot wrap) */
  const v4i ok = (m <= (int64_t)k->hi) & base, ov = (m > (int64_t)k->hi) & base & k->ov_on;
  const v4i sign = vsel((zero - (int64_t)k->no_negzero) & (m == zero), zero, u & (int64_t)MULERR_SIGN_BIT);
  const v4i ovm = vsel(negm, zero + k->ov_neg, zero + k->ov_pos) | (u & (int64_t)MULERR_SIGN_BIT);
  *bad -= ~(ok | ov);
  return vsel(ok, m | sign, vsel(ov, ovm, zero + (int64_t)0x7ff8000000000000ll));
}

/* The common cases, four at a time, in a format whose negative values are allowed: every
 * lane finite with its rounding <= max and, in the `sub` form, either at least min_normal
 * (lo) or below it in a format with subnormals (sub_ok), else at least min_normal.
 *  - mag >= lo: round4 takes extra = 0 (e >= emin), sh = s (1 <= s <= 51: mbits >= 1), the
 *    kept last bit (mag >> s) & 1, m = ma, base = -1 and ok = -1, so its result is
 *    m | (the sign of u): the steps below, with the rule's addition chosen by the constant
 *    `rule` (0 trunc, 1 ties to even, 2 the directed ones by sign, as dir);
 *  - mag < lo (the `sub` form): the result is v = |x| rounded to a multiple of the subnormal
 *    quantum 2^q (q = emin - mbits, lo = 2^(q + mbits) <= 2^(q + 51)), which is what round4
 *    computes there (sh <= 52: the rule on the dropped bits; sh > 52, v < 2^q: 0 or 2^q).
 *    With C = 2^(q + 52) (a normal binary64: c_bits), v + C lies in [2^(q+52), 2^(q+53)),
 *    whose spacing is 2^q, so IEEE 754's addition (the default rounding, to nearest even)
 *    gives C + N 2^q with N 2^q the nearest multiple of 2^q to v, ties to the even N (C's
 *    low bits are zero: the last bit of the sum is N's); the subtraction of C is then exact
 *    (Sterbenz), rs = N 2^q.  Truncation is rs - 2^q where rs > v (|rs - v| <= 2^(q-1) < 2^q
 *    makes rs the floor otherwise), away from zero rs + 2^q where rs < v, and the directed
 *    rules one of the two by sign as dir says; each addition exact (multiples of 2^q below
 *    2^(q+53)).  Zero gives 0.  A zero result takes u's sign, as in round4, but +0 in a
 *    format with no negative zero (no_negzero).
 *  - overflow, m > max (Inf included: its m is Inf's pattern or beyond), in the `ov` form, as
 *    round4: where the pass gives it (ov_on) the rule's result ov_pos or ov_neg by the sign
 *    of u, with u's sign; else (and in the other form) the lane is not the case.
 * *okm gets -1 in the lanes where the case holds: mag <= Inf's pattern (not NaN: then
 * mag + the addition < 2^63 cannot wrap; round4's base), m <= max (or overflow, given), and
 * mag >= lo unless `sub` (round4's base for formats without subnormals).  Non-negative doubles
 * compare as their patterns. */
typedef double v4d __attribute__((vector_size(32)));
static inline __attribute__((always_inline)) v4i round4_lean(v4i u, const round_consts *k, int rule, int sub, int ov,
                                                             v4i *okm) {
  const v4i zero = u - u;
  const v4i mag = u & (int64_t)MULERR_ABS_BITS;
  const int64_t lowm = ((int64_t)1 << k->s) - 1;
  const v4i dir = rule == 2 ? vsel(u < zero, zero + (int64_t)k->add_neg, zero + (int64_t)k->add_pos) : zero;
  const v4i big = mag > (int64_t)k->lo - 1, hi1 = zero + ((int64_t)k->hi + 1), inf1 = zero + 0x7ff0000000000001ll;
  v4i m, sign = u & (int64_t)MULERR_SIGN_BIT;
  if (rule == 0) m = mag & ~lowm;
  else if (rule == 1) m = (mag + ((lowm >> 1) + (v4i)(((v4u)mag >> k->s) & 1))) & ~lowm;
  else m = (mag + (dir & lowm)) & ~lowm;
  if (sub) {
    const v4d c = (v4d)(zero + (int64_t)k->c_bits), qd = (v4d)(zero + (int64_t)k->q_bits), v = (v4d)mag;
    v4d rs = (v + c) - c;
    v4i ms;
    if (rule == 0) rs -= (v4d)(((v4i)rs > mag) & (v4i)qd);
    else if (rule == 2) rs = rs + (v4d)(dir & ((v4i)rs < mag) & (v4i)qd) - (v4d)(~dir & ((v4i)rs > mag) & (v4i)qd);
    ms = (v4i)rs;
    m = vsel(big, m, ms);
    if (k->no_negzero) sign &= ~(m == zero);
  }
  /* strict comparisons: one AVX2 op each */
  *okm = inf1 > mag;
  if (!sub) *okm &= big;
  if (ov) {
    const v4i inr = hi1 > m, ovm = vsel(u < zero, zero + k->ov_neg, zero + k->ov_pos);
    *okm &= inr | k->ov_on;
    return vsel(inr, m, ovm) | sign;
  }
  *okm &= hi1 > m;
  return m | sign;
}

/* Groups of 16: the lean steps for all four vectors, their masks and-ed and looked at once.
 * A group where some lane is not the case of the first form (normal, no overflow) is tried in
 * the second (overflow, and subnormals where the format has the sub form; from then on it
 * alone), then redone by round4 (every lane: the general
 * steps are exact everywhere), which counts its NaN marks.  The results do not depend on the
 * form: each equals round4 where it passes. */
#define ROUND_GROUP 16
static inline __attribute__((always_inline)) int round_group(const double *in, double *out, const round_consts *k,
                                                             int rule, int sub, int ov) {
  v4i all = {-1, -1, -1, -1};
  size_t i;
  for (i = 0; i < ROUND_GROUP; i += 4) {
    v4i okm;
    *(v4i_u *)(out + i) = round4_lean(*(const v4i_u *)(in + i), k, rule, sub, ov, &okm);
    all &= okm;
  }
  return (all[0] & all[1] & all[2] & all[3]) != 0;
}
static inline __attribute__((always_inline)) void round_groups(size_t n, const double *in, double *out,
                                                               const round_consts *k, int rule, v4i *bad) {
  size_t i0, i;
  int wide = 0; /* the second form takes every lane the first one takes: once needed, kept */
  for (i0 = 0; i0 + ROUND_GROUP <= n; i0 += ROUND_GROUP) {
    if (!wide && round_group(in + i0, out + i0, k, rule, 0, 0)) continue;
    if (k->sub_lean ? round_group(in + i0, out + i0, k, rule, 1, 1) : round_group(in + i0, out + i0, k, rule, 0, 1)) {
      wide = 1;
      continue;
    }
    for (i = i0; i < i0 + ROUND_GROUP; i += 4) *(v4i_u *)(out + i) = round4(*(const v4i_u *)(in + i), k, bad);
  }
}

/* The vector pass: rounded values, NaN where the pass does not apply; returns how many.
 * Signed formats (every one the pass is used for but e8m0fnu, which has no mantissa bits and
 * goes to the scalar code): groups of the lean steps, the rule's branch taken once outside
 * the loop; otherwise round4 on every vector.  The last n mod 16 go through round4, the last
 * n mod 4 padded with 1.0 (whose result is dropped). */
MULERR_HOT
static size_t round_pass(size_t n, const double *in, double *out, const round_consts *kp) {
  const round_consts k = *kp;
  v4i bad = {0, 0, 0, 0};
  size_t i = 0;
  if (k.allow_neg) {
    const int rule = k.rne ? 1 : k.add_pos | k.add_neg ? 2 : 0;
    if (rule == 0) round_groups(n, in, out, &k, 0, &bad);
    else if (rule == 1) round_groups(n, in, out, &k, 1, &bad);
    else round_groups(n, in, out, &k, 2, &bad);
    i = n - n % ROUND_GROUP;
  }
  for (; i + 4 <= n; i += 4) *(v4i_u *)(out + i) = round4(*(const v4i_u *)(in + i), &k, &bad);
  if (i < n) {
    double pin[4] = {1, 1, 1, 1}, pout[4];
    memcpy(pin, in + i, (n - i) * sizeof *pin);
    *(v4i_u *)pout = round4(*(const v4i_u *)pin, &k, &bad);
    memcpy(out + i, pout, (n - i) * sizeof *pout);
  }
  return (size_t)(bad[0] + bad[1] + bad[2] + bad[3]);
}

/* How many of x[0..n) are not finite values of f.  Vector test: a normal value's pattern
 * has its s = 52 - mbits low bits clear and lies in [min_normal, max]; anything else (zero,
 * subnormal, a value of another grid, NaN, Inf) is decided by mulerr_format_round: x is a
 * value of f iff it is finite and rounds to itself.  A group with an element the vector test
 * does not pass is taken element by element: the vector test's elements pass (as they do in
 * a group where all pass), the rest (a subnormal among normal values, say) take the full test. */
MULERR_HOT
size_t mulerr_format_nonvalues(const mulerr_format *f, size_t n, const double *x) {
  const int s = 52 - f->mbits;
  const int64_t lowm = s >= 1 && s <= 52 ? ((int64_t)1 << s) - 1 : -1; /* -1: every lane to the slow test */
  const int64_t lo = (int64_t)mulerr_d2u(mulerr_format_min_normal(f));
  const int64_t hi = (int64_t)mulerr_d2u(mulerr_format_max(f)), neg_ok = f->flags & MULERR_FMT_UNSIGNED ? 0 : -1;
  /* zeros pass the lanes' test where the full test passes both +0 and -0 (a zero among normal
   * values is common; a format without a zero sends them to the full test) */
  const double pz = mulerr_format_round(f, 0.0, MULERR_RNE), nz = mulerr_format_round(f, -0.0, MULERR_RNE);
  const int64_t zok = isfinite(pz) && pz == 0.0 && isfinite(nz) && nz == -0.0 ? -1 : 0;
  size_t i, i0, j, bad = 0;
  /* groups of 64: the lanes' tests are and-ed through the group and looked at once (a group
   * with a lane that fails is then counted element by element, by the full test) */
  for (i0 = 0; i0 + 64 <= n; i0 += 64) {
    v4i all = {-1, -1, -1, -1};
    for (i = i0; i < i0 + 64; i += 4) {
      const v4i u = *(const v4i_u *)(x + i), mag = u & (int64_t)MULERR_ABS_BITS, zero = u - u;
      all &= (((mag & lowm) == zero) & (mag >= lo) & (mag <= hi) & ((u >= zero) | neg_ok)) | ((mag == zero) & zok);
    }
    if (!(all[0] & all[1] & all[2] & all[3]))
      for (j = i0; j < i0 + 64; j++) { /* the lanes' test element by element, then the full one */
        const int64_t u = (int64_t)mulerr_d2u(x[j]), mag = u & (int64_t)MULERR_ABS_BITS;
        if (!(((mag & lowm) == 0 && mag >= lo && mag <= hi && (u >= 0 || neg_ok)) || (mag == 0 && zok)))
          bad += !(isfinite(x[j]) && mulerr_format_round(f, x[j], MULERR_RNE) == x[j]);
      }
  }
  i = i0;
  for (; i < n; i++) bad += !(isfinite(x[i]) && mulerr_format_round(f, x[i], MULERR_RNE) == x[i]);
  return bad;
}

void mulerr_format_round_n(const mulerr_format *f, mulerr_rounding r, size_t n, const double *in,
                           double *out) {
  const int s = 52 - f->mbits, q = mulerr_format_emin(f) - f->mbits;
  uint64_t ones = ~0ull;
  round_consts k;
  size_t i;
  /* mbits 0: the kept last bit is the implicit 1; ties away (rna) has no vector form here */
  if (r == MULERR_RSR || r == MULERR_RNTA || s < 1 || f->mbits < 1) {
    for (i = 0; i < n; i++) out[i] = mulerr_format_round(f, in[i], r);
    return;
  }
  if (in == out) { /* in place: the fix-ups need the inputs, so go through a copy */
    double tmp[MULERR_CHUNK];
    size_t i0, m;
    for (i0 = 0; i0 < n; i0 += m) {
      m = n - i0 < MULERR_CHUNK ? n - i0 : MULERR_CHUNK;
      memcpy(tmp, in + i0, m * sizeof *tmp);
      mulerr_format_round_n(f, r, m, tmp, out + i0);
    }
    return;
  }
  k.s = s, k.emin = mulerr_format_emin(f);
  k.rne = r == MULERR_RNE;
  k.add_pos = r == MULERR_RNA || r == MULERR_RUP ? ones : 0;
  k.add_neg = r == MULERR_RNA || r == MULERR_RDN ? ones : 0;
  k.lo = mulerr_d2u(mulerr_format_min_normal(f));
  k.hi = mulerr_d2u(mulerr_format_max(f));
  k.allow_neg = !(f->flags & MULERR_FMT_UNSIGNED);
  k.sub_ok = !(f->flags & (MULERR_FMT_NO_SUBNORMAL | MULERR_FMT_FLUSH)) && q - 1 >= -1022;
  k.q_bits = k.sub_ok ? mulerr_d2u(mulerr_pow2(q)) : 0;
  k.halfq_bits = k.sub_ok ? mulerr_d2u(mulerr_pow2(q - 1)) : 0;
  k.sub_lean = k.sub_ok && q + 52 <= 1023;
  k.c_bits = k.sub_lean ? mulerr_d2u(mulerr_pow2(q + 52)) : 0;
  k.no_negzero = (f->flags & MULERR_FMT_NAN_UZ) != 0;
  { /* overflow (|RN-unbounded(x)| > max, Inf included), mulerr_format_round's rules */
    const int64_t mx = (int64_t)k.hi, inf = 0x7ff0000000000000ll;
    const int sat = !(f->flags & MULERR_FMT_INF) || (f->flags & MULERR_FMT_SATURATE);
    k.ov_on = f->flags & MULERR_FMT_OVERFLOW_NAN ? 0 : -1; /* NaN: left to the scalar code */
    k.ov_pos = sat || r == MULERR_RTZ || r == MULERR_RDN ? mx : inf;
    k.ov_neg = sat || r == MULERR_RTZ || r == MULERR_RUP ? mx : inf;
  }
  if (round_pass(n, in, out, &k))
    for (i = 0; i < n; i++)
      if (isnan(out[i])) out[i] = mulerr_format_round(f, in[i], r);
}

static const char *const rounding_names[MULERR_ROUNDING_COUNT + 1] = {"rne", "trunc", "away", "up", "down",
                                                                     "rna", "stochastic"};
const char *mulerr_rounding_name(mulerr_rounding r) {
  return r >= 0 && r <= MULERR_RSR ? rounding_names[r] : "default";
}
int mulerr_rounding_parse(const char *name) {
  int i;
  for (i = 0; i <= MULERR_RSR; i++)
    if (!strcmp(name, rounding_names[i])) return i;
  if (!strcmp(name, "rtz")) return MULERR_RTZ;
  return -1;
}

int mulerr_format_encode(const mulerr_format *f, double v, uint64_t *bits) {
  const int eall = (1 << f->ebits) - 1;
  const uint64_t mall = ((uint64_t)1 << f->mbits) - 1;
  const uint64_t sbit = f->flags & MULERR_FMT_UNSIGNED ? 0 : (uint64_t)1 << (f->ebits + f->mbits);
  uint64_t s = signbit(v) && sbit ? sbit : 0, M;
  int e, E;
  double a;
  if (isnan(v)) {
    if (f->flags & MULERR_FMT_NAN_UZ) *bits = sbit;
    else if (f->flags & MULERR_FMT_NAN_FN) *bits = ((uint64_t)eall << f->mbits) | mall;
    else if (f->flags & MULERR_FMT_NAN_IEEE && f->mbits > 0)
      *bits = ((uint64_t)eall << f->mbits) | ((uint64_t)1 << (f->mbits - 1)); /* quiet NaN */
    else return -1;
    return 0;
  }
  if (signbit(v) && !sbit && v != 0) return -1;
  if (isinf(v)) {
    if (!(f->flags & MULERR_FMT_INF)) return -1;
    *bits = s | ((uint64_t)eall << f->mbits);
    return 0;
  }
  if (v == 0) {
    if (f->flags & MULERR_FMT_NO_SUBNORMAL) return -1;
    *bits = f->flags & MULERR_FMT_NAN_UZ ? 0 : s;
    return 0;
  }
  if (mulerr_format_round(f, v, MULERR_RTZ) != v) return -1; /* not a value of the format */
  a = fabs(v);
  frexp(a, &e);
  E = e - 1 + f->bias; /* biased exponent if normal */
  if (E >= 1 || (f->flags & MULERR_FMT_NO_SUBNORMAL)) M = (uint64_t)ldexp(a, f->mbits - (e - 1)) - (mall + 1);
  else E = 0, M = (uint64_t)ldexp(a, f->mbits - mulerr_format_emin(f));
  *bits = s | ((uint64_t)E << f->mbits) | M;
  return 0;
}
