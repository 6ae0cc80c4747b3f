/* lns.c — `lns`: a logarithmic number system with a fixed-point log2.
 *
 * Representation (i = lns_int, f = lns_frac; 0 in either field selects its default, 5 and 3,
 * so f = 0 cannot be asked for through mulerr_method_cfg).  A nonzero x is stored as its sign and
 * n = round(2^f log2|x|), an (i + f)-bit two's complement integer, so the log L = n 2^-f lies
 * on the grid 2^-f in [-2^(i-1), 2^(i-1) - 2^-f]: |x| in [2^-2^(i-1), 2^(2^(i-1) - 2^-f)]
 * (i = 5, f = 3: L in [-16, 15.875]).  Zero is a flagged special outside the log codes.
 *  - rounding of the log: to nearest.  Ties cannot occur: 2^f log2|x| is a half-integer only
 *    if |x| = 2^(odd/2^(f+1)), which is irrational, and every x here is a double; so ties to
 *    even and ties away give the same n.  Only cfg->rounding = rne is accepted.
 *  - operands: a log outside the range is clamped to the nearest end (an |x| too small
 *    becomes 2^-2^(i-1), never zero; too large, 2^(2^(i-1) - 2^-f)).
 *  - the product's log n_x + n_y (on the same grid) is put back into the format: above the
 *    range it saturates to the largest magnitude (the format has no infinity); below it the
 *    product UNDERFLOWS TO ZERO (signed), as a float's product below its smallest value does:
 *    2^-2^(i-1) is not a rounding of a product many binades smaller, and saturating up to it
 *    turns every tiny product into a relative error of up to 2^2^(i-1) (this made the 8-bit
 *    LNS mean relative error a number that changed with the seed).  params says
 *    underflow=zero.  cfg->lns_saturate = 1 (--lns-saturate) keeps the old rule, the
 *    product's log clamped up to the smallest magnitude (params underflow=saturate).
 *  - multiply: n_xy = n_x + n_y, sign by XOR; a zero operand gives zero (sign by XOR).
 *  - the result 2^(n_xy 2^-f) is irrational unless n_xy 2^-f is an integer; the method returns
 *    it CORRECTLY ROUNDED TO BINARY64 (round to nearest), so the returned value differs from
 *    the LNS value by at most 2^-53 relative.  With n_xy = q 2^f + r, 0 <= r < 2^f,
 *    RN(2^(q + r 2^-f)) = 2^q RN(2^(r 2^-f)) because scaling by 2^q is exact (no overflow or
 *    underflow: i <= 10 keeps |q| <= 512), so a table of RN(2^(r 2^-f)), computed once by
 *    MPFR's correctly rounded mpfr_exp2 (never libm's exp2), composes exactly.
 *
 * Exact conversion.  With |x| = m 2^e, m in [1, 2), n = e 2^f + j where j is the integer
 * nearest to 2^f log2 m, i.e. the number of thresholds t_j = 2^((2j+1)/2^(f+1)) (j in
 * [0, 2^f)) below m.  Each t_j is irrational, so for a 53-bit m: m > t_j iff m > RD(t_j),
 * RD(t_j) being t_j rounded down to 53 bits (no 53-bit number lies in (RD(t_j), t_j]).  The
 * thresholds are tabulated rounded down by mpfr_exp2 and j is found by binary search: exact,
 * with no MPFR in the per-sample loop.
 *
 * Tables: 2 * 2^f doubles per f (16 MiB at f = 20, the largest allowed), built on first use
 * under a lock and kept for the life of the process. */
#include "internal.h"
#include "theory/theory.h"

#include <mpfr.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define LNS_INT_DEFAULT 5
#define LNS_FRAC_DEFAULT 3
#define LNS_INT_MAX 10  /* |log2| <= 512: every product is a normal binary64 */
#define LNS_FRAC_MAX 20 /* tables of 2^20 entries */

#define LNS_BUCKET_FMAX 12 /* buckets for f <= 12: 2^(f+1) entries of 12 bytes */

typedef struct lns_table {
  double *antilog; /* [r] = RN(2^(r 2^-f)), r in [0, 2^f) */
  double *thr;     /* [j] = RD(2^((2j+1) 2^-(f+1))), j in [0, 2^f) */
  /* the buckets (NULL when f > LNS_BUCKET_FMAX): m in [1, 2) cut into 2^(f+1) buckets of
   * width 2^-(f+1) by its top f+1 mantissa bits; [k] = the thresholds below the bucket's
   * start, and the one threshold inside it (2.0, above every m, if none) */
  uint32_t *below;
  double *inside;
  /* the same buckets packed for the four-lane pass (lns_code4p; f <= 11, NULL otherwise):
   * [k] = below[k] << 52 | the low 51 - f mantissa bits of inside[k], or 2^(51-f) if the
   * bucket holds no threshold */
  uint64_t *packed;
} lns_table;

static lns_table *tables[LNS_FRAC_MAX + 1];
static pthread_mutex_t tables_lock = PTHREAD_MUTEX_INITIALIZER;

static lns_table *build(int f) {
  const unsigned long size = 1ul << f;
  lns_table *t = malloc(sizeof *t);
  double *mem = malloc(2 * size * sizeof(double));
  mpfr_t u, v;
  unsigned long j;
  if (!t || !mem) {
    free(t);
    free(mem);
    return NULL;
  }
  t->antilog = mem;
  t->thr = mem + size;
  mpfr_init2(u, 64); /* holds (2j+1) 2^-(f+1) exactly: at most f + 1 <= 21 bits */
  mpfr_init2(v, 53);
  for (j = 0; j < size; j++) {
    mpfr_set_ui_2exp(u, j, -f, MPFR_RNDN);
    mpfr_exp2(v, u, MPFR_RNDN);
    t->antilog[j] = mpfr_get_d(v, MPFR_RNDN); /* exact: v has 53 bits, in [1, 2) */
    mpfr_set_ui_2exp(u, 2 * j + 1, -(f + 1), MPFR_RNDN);
    mpfr_exp2(v, u, MPFR_RNDD);
    t->thr[j] = mpfr_get_d(v, MPFR_RNDN); /* exact, as above */
  }
  mpfr_clears(u, v, (mpfr_ptr)0);
  mpfr_free_cache();
  t->below = NULL, t->inside = NULL, t->packed = NULL;
  if (f <= LNS_BUCKET_FMAX) { /* buckets: see lns_code below */
    const unsigned long nb = 2 * size;
    uint32_t *below = malloc(nb * sizeof *below);
    double *inside = malloc(nb * sizeof *inside);
    int one_each = below && inside;
    unsigned long k;
    for (k = 0, j = 0; one_each && k < nb; k++) {
      const double start = 1 + ldexp((double)k, -(f + 1)), end = 1 + ldexp((double)(k + 1), -(f + 1)); /* exact */
      while (j < size && t->thr[j] < start) j++;
      below[k] = (uint32_t)j;
      inside[k] = j < size && t->thr[j] < end ? t->thr[j] : 2.0;
      if (j + 1 < size && t->thr[j + 1] < end) one_each = 0; /* two in one bucket: never (see lns_code) */
    }
    uint64_t *packed = one_each && f <= 11 ? malloc(nb * sizeof *packed) : NULL; /* below[k] <= 2^f: f + 1 <= 12 bits */
    if (one_each && !packed) t->below = below, t->inside = inside;
    else if (packed) {
      const uint64_t low = ((uint64_t)1 << (51 - f)) - 1;
      for (k = 0; k < nb; k++)
        packed[k] = (uint64_t)below[k] << 52 | (inside[k] < 2 ? mulerr_d2u(inside[k]) & low : low + 1);
      t->below = below, t->inside = inside, t->packed = packed;
    } else
      free(below), free(inside);
  }
  return t;
}

/* The tables for f, built if needed; NULL if out of memory. */
static const lns_table *table(int f) {
  lns_table *t = __atomic_load_n(&tables[f], __ATOMIC_ACQUIRE);
  if (t) return t;
  pthread_mutex_lock(&tables_lock);
  if (!(t = tables[f]) && (t = build(f))) __atomic_store_n(&tables[f], t, __ATOMIC_RELEASE);
  pthread_mutex_unlock(&tables_lock);
  return t;
}

/* n = round(2^f log2|x|) for x != 0, not yet saturated. */
static int64_t log_code(const lns_table *t, int f, double x) {
  int e;
  double m = 2 * frexp(fabs(x), &e); /* |x| = m 2^(e-1), m in [1, 2): exact */
  size_t lo = 0, hi = (size_t)1 << f;
  while (lo < hi) { /* j = number of thresholds below m */
    size_t mid = lo + (hi - lo) / 2;
    if (t->thr[mid] < m) lo = mid + 1;
    else hi = mid;
  }
  return (int64_t)(e - 1) * ((int64_t)1 << f) + (int64_t)lo;
}

static int64_t sat(int64_t n, int64_t lo, int64_t hi) { return n < lo ? lo : n > hi ? hi : n; }

void mulerr_lns_kernel(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
                       double *out) {
  const int f = cfg->lns_frac;
  const int64_t one = (int64_t)1 << f, nmax = ((int64_t)1 << (cfg->lns_int - 1 + f)) - 1,
                nmin = -nmax - 1;
  const lns_table *t = table(f);
  size_t i;
  for (i = 0; i < n; i++) {
    int neg = signbit(a[i]) != signbit(b[i]);
    int64_t s, r;
    double v;
    if (a[i] == 0 || b[i] == 0 || !t) { /* !t: out of memory (prepare reported it) */
      out[i] = t ? (neg ? -0.0 : 0.0) : NAN;
      continue;
    }
    s = sat(log_code(t, f, a[i]), nmin, nmax) + sat(log_code(t, f, b[i]), nmin, nmax);
    if (s < nmin && !cfg->lns_saturate) { /* below the smallest magnitude: underflow to zero */
      out[i] = neg ? -0.0 : 0.0;
      continue;
    }
    s = sat(s, nmin, nmax);
    r = s & (one - 1); /* s = q 2^f + r, 0 <= r < 2^f (two's complement) */
    v = ldexp(t->antilog[r], (int)((s - r) / one));
    out[i] = neg ? -v : v;
  }
}

/* ---------------------------------------------------------------- the branch-free pass
 *
 * lns_pass computes mulerr_lns_kernel's values with no library call and no data-dependent
 * branch (the compiler may run it in vector lanes; the table reads are gathers).  Why each
 * step gives the kernel's bits, for x = a[i] or b[i] with biased exponent field E:
 *  - E = 0 and a nonzero significand (a subnormal binary64, only from a binary64-sized
 *    source) and E = 2047 (Inf, NaN: never a source value) are not handled: the pair is
 *    marked (NaN) and the kernel redoes it.  Zeros are handled by the sign rule below.
 *  - otherwise |x| = m 2^(E - 1023) with m = the significand bits under the exponent field of
 *    1.0, in [1, 2): the same m and exponent frexp gives the kernel (|x| = 2 f 2^(e - 1)).
 *  - j = the number of thresholds thr[0 .. 2^f) below m, by the branch-free lower bound: pos
 *    moves up by step = 2^(f-1), ..., 1 while thr[pos + step - 1] < m (the thresholds
 *    increase), which keeps thr[0 .. pos) < m and leaves one candidate, thr[pos], counted
 *    last.  The kernel's binary search counts the same set, so j is equal.
 *  - the code (E - 1023) 2^f + j, both operands' codes clamped to [nmin, nmax], summed, the
 *    underflow rule (s < nmin and not lns_saturate: zero), the clamp of s, r = s mod 2^f: the
 *    kernel's integer operations; q = (s - r) >> f is (s - r) / 2^f exactly (an exact
 *    multiple, arithmetic shift).
 *  - the value antilog[r] 2^q: 2^q is built from its bits ((q + 1023) << 52, a normal
 *    binary64 since |q| <= 2^(LNS_INT_MAX - 1) + 1 = 513) and antilog[r] is in [1, 2), so
 *    the product is exact and equals the kernel's ldexp(antilog[r], q).
 *  - the sign: XOR of the operands' sign bits, put on v, on +0 for a zero operand or an
 *    underflow: the kernel's neg ? -v : v and neg ? -0.0 : 0.0.
 * tests/speed/t_vpass.c compares it with the kernel bit for bit. */
static inline int64_t lns_code(const double *thr, int f, uint64_t u) {
  const double m = mulerr_u2d((u & 0xfffffffffffffull) | 0x3ff0000000000000ull);
  size_t pos = 0, step;
  for (step = ((size_t)1 << f) >> 1; step; step >>= 1) pos += thr[pos + step - 1] < m ? step : 0;
  pos += thr[pos] < m;
  return ((int64_t)((u >> 52) & 0x7ff) - 1023) * ((int64_t)1 << f) + (int64_t)pos;
}

/* The same j from the buckets (f <= LNS_BUCKET_FMAX), with no loop: m lies in bucket k = its
 * top f+1 mantissa bits, [1 + k 2^-(f+1), 1 + (k+1) 2^-(f+1)); every threshold in a lower
 * bucket is below m and every one in a higher bucket above it, so j = below[k] + (the
 * threshold inside bucket k, if any, < m).  A bucket holds at most one threshold: consecutive
 * t_j differ by t_j (2^(2^-f) - 1) >= ln(2) 2^-f > 2^-(f+1), the bucket width, and their
 * 53-bit roundings down by less than 2^-52 more; build() checks it and keeps no buckets if
 * not.  So j is the kernel's count. */
static inline int64_t lns_code_b(const lns_table *t, int f, uint64_t u) {
  const double m = mulerr_u2d((u & 0xfffffffffffffull) | 0x3ff0000000000000ull);
  const size_t k = (size_t)((u & 0xfffffffffffffull) >> (51 - f));
  const int64_t pos = (int64_t)t->below[k] + (t->inside[k] < m);
  return ((int64_t)((u >> 52) & 0x7ff) - 1023) * ((int64_t)1 << f) + pos;
}

static inline __attribute__((always_inline)) size_t lns_pass_body(const lns_table *t, int f, int64_t nmin,
                                                                   int64_t nmax, int satur, size_t n, const double *a,
                                                                   const double *b, double *out, int buckets) {
  size_t i, marked = 0;
  for (i = 0; i < n; i++) {
    const uint64_t ua = mulerr_d2u(a[i]), ub = mulerr_d2u(b[i]);
    const uint64_t ma = ua & MULERR_ABS_BITS, mb = ub & MULERR_ABS_BITS;
    const int zero = ma == 0 || mb == 0;
    const int sub = (ma != 0 && ma < 0x0010000000000000ull) || (mb != 0 && mb < 0x0010000000000000ull) ||
                    ma >= 0x7ff0000000000000ull || mb >= 0x7ff0000000000000ull; /* Inf, NaN: not values */
    int64_t ca = buckets ? lns_code_b(t, f, ua) : lns_code(t->thr, f, ua);
    int64_t cb = buckets ? lns_code_b(t, f, ub) : lns_code(t->thr, f, ub), s, r;
    double v;
    ca = ca < nmin ? nmin : ca > nmax ? nmax : ca;
    cb = cb < nmin ? nmin : cb > nmax ? nmax : cb;
    s = ca + cb;
    const int under = s < nmin && !satur;
    s = s < nmin ? nmin : s > nmax ? nmax : s;
    r = s & (((int64_t)1 << f) - 1);
    v = t->antilog[r] * mulerr_u2d((uint64_t)(((s - r) >> f) + 1023) << 52);
    v = zero || under ? 0.0 : v;
    v = mulerr_u2d(mulerr_d2u(v) | ((ua ^ ub) & ~MULERR_ABS_BITS));
    out[i] = sub ? NAN : v;
    marked += sub;
  }
  return marked;
}

/* Four pairs of lns_pass_body (buckets) at once, in GCC vector lanes: lane for lane the same
 * integer and binary64 operations, written so that a vector unit runs them: the table reads
 * are gathers of four; unsigned lanes where a shift or a wrap is involved (AVX2 has no 64-bit
 * arithmetic shift), with q = (s - r) / 2^f taken as ((s + 2^50) >> f) - 2^(50 - f), exact
 * since s + 2^50 > 0 (|s| < 2^31) and s - r, 2^50 are multiples of 2^f; the exponent
 * (E - 1023) 2^f as an unsigned product, whose wrap is the two's complement value. */
#pragma GCC diagnostic ignored "-Wpsabi" /* static helpers only: no ABI crosses */
typedef int64_t v4i __attribute__((vector_size(32)));
typedef uint64_t v4u __attribute__((vector_size(32)));
typedef double v4d __attribute__((vector_size(32)));
typedef uint64_t v4u_u __attribute__((vector_size(32), aligned(8), may_alias));

/* lns_code_b's j from one packed entry: inside[k] lies in bucket k, so its top f + 1 mantissa
 * bits are k, as m's are, and inside[k] < m iff its low 51 - f mantissa bits are below m's
 * (both in [1, 2): the same exponent); with no threshold in the bucket the entry's low part
 * 2^(51-f) is above every m's low bits.  So j = (entry >> 52) + (m's low bits > the entry's
 * low 52 bits), below[k] + (inside[k] < m) as in lns_code_b; below[k] <= 2^f takes f + 1 <= 12
 * bits above bit 52 (f <= 11). */
static inline __attribute__((always_inline)) v4i lns_code4(const lns_table *t, int f, v4u u) {
  const v4u mant = u & 0xfffffffffffffull, k = mant >> (51 - f);
  const v4d m = (v4d)(mant | 0x3ff0000000000000ull);
  const v4i below = {t->below[k[0]], t->below[k[1]], t->below[k[2]], t->below[k[3]]};
  const v4d inside = {t->inside[k[0]], t->inside[k[1]], t->inside[k[2]], t->inside[k[3]]};
  const v4u e = ((u >> 52) & 0x7ff) - 1023;
  return (v4i)(e << f) + below - (v4i)(inside < m); /* a comparison is -1 where true */
}

static inline __attribute__((always_inline)) v4i lns_code4p(const lns_table *t, int f, v4u u) {
  const v4u mant = u & 0xfffffffffffffull, k = mant >> (51 - f), ml = mant & ((((uint64_t)1) << (51 - f)) - 1);
  const v4u pk = {t->packed[k[0]], t->packed[k[1]], t->packed[k[2]], t->packed[k[3]]};
  const v4u e = ((u >> 52) & 0x7ff) - 1023;
  return (v4i)(e << f) + (v4i)(pk >> 52) - ((v4i)ml > (v4i)(pk & 0xfffffffffffffull)); /* -1 where true */
}

static inline __attribute__((always_inline)) v4i vclamp(v4i x, int64_t lo, int64_t hi) {
  const v4i l = x - x + lo, h = x - x + hi, below = x < l;
  x = (below & l) | (~below & x);
  return ((x > h) & h) | (~(x > h) & x);
}

static inline __attribute__((always_inline)) size_t lns_pass4(const lns_table *t, int f, int64_t nmin, int64_t nmax, int satur, size_t n,
                        const double *a, const double *b, double *out, int packed) {
  const uint64_t minnorm = 0x0010000000000000ull, inf = 0x7ff0000000000000ull, off = 1ull << 50;
  v4i marked = {0, 0, 0, 0};
  size_t i;
  for (i = 0; i + 4 <= n; i += 4) {
    const v4u ua = *(const v4u_u *)(a + i), ub = *(const v4u_u *)(b + i);
    const v4u ma = ua & MULERR_ABS_BITS, mb = ub & MULERR_ABS_BITS, z = ma - ma;
    const v4i zero = (ma == z) | (mb == z);
    const v4i sub = ((ma != z) & (ma < minnorm)) | ((mb != z) & (mb < minnorm)) | (ma >= inf) | (mb >= inf);
    const v4i ca = vclamp(packed ? lns_code4p(t, f, ua) : lns_code4(t, f, ua), nmin, nmax);
    const v4i cb = vclamp(packed ? lns_code4p(t, f, ub) : lns_code4(t, f, ub), nmin, nmax);
    const v4i s0 = ca + cb, under = (s0 < nmin) & (satur ? 0 : -1), s = vclamp(s0, nmin, nmax);
    const v4i r = s & (((int64_t)1 << f) - 1);
    const v4u q = (((v4u)(s + (int64_t)off)) >> f) - (off >> f); /* (s - r) / 2^f, two's complement */
    const v4d al = {t->antilog[r[0]], t->antilog[r[1]], t->antilog[r[2]], t->antilog[r[3]]};
    const v4d v = al * (v4d)((q + 1023) << 52);
    const v4u vb = ((v4u)v & ~(v4u)(zero | under)) | ((ua ^ ub) & ~MULERR_ABS_BITS);
    *(v4u_u *)(out + i) = (vb & ~(v4u)sub) | ((v4u)sub & 0x7ff8000000000000ull);
    marked -= sub;
  }
  return (size_t)(marked[0] + marked[1] + marked[2] + marked[3]) +
         (i < n ? lns_pass_body(t, f, nmin, nmax, satur, n - i, a + i, b + i, out + i, 1) : 0);
}

MULERR_HOT
static size_t lns_pass(const lns_table *t, int f, int64_t nmin, int64_t nmax, int satur, size_t n,
                       const double *a, const double *b, double *out) {
  return t->packed ? lns_pass4(t, f, nmin, nmax, satur, n, a, b, out, 1)
         : t->below ? lns_pass4(t, f, nmin, nmax, satur, n, a, b, out, 0)
                    : lns_pass_body(t, f, nmin, nmax, satur, n, a, b, out, 0);
}

static void lns_mul(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
                    double *out) {
  const int f = cfg->lns_frac;
  const int64_t nmax = ((int64_t)1 << (cfg->lns_int - 1 + f)) - 1, nmin = -nmax - 1;
  const lns_table *t = table(f);
  size_t i;
  if (!t) { /* out of memory (prepare reported it): the kernel's NaNs */
    mulerr_lns_kernel(cfg, n, a, b, out);
    return;
  }
  if (lns_pass(t, f, nmin, nmax, cfg->lns_saturate, n, a, b, out))
    for (i = 0; i < n; i++)
      if (isnan(out[i])) mulerr_lns_kernel(cfg, 1, a + i, b + i, out + i);
}

static mulerr_status lns_prepare(mulerr_method_cfg *cfg) {
  if (cfg->lns_int == 0) cfg->lns_int = LNS_INT_DEFAULT;
  if (cfg->lns_frac == 0) cfg->lns_frac = LNS_FRAC_DEFAULT;
  if (cfg->lns_int < 1 || cfg->lns_int > LNS_INT_MAX)
    return mulerr_fail(MULERR_EINVAL, "method 'lns': lns_int = %d is out of range (1..%d, 0 "
                       "selects the default %d; beyond %d the logs leave binary64's range)",
                       cfg->lns_int, LNS_INT_MAX, LNS_INT_DEFAULT, LNS_INT_MAX);
  if (cfg->lns_frac < 0 || cfg->lns_frac > LNS_FRAC_MAX)
    return mulerr_fail(MULERR_EINVAL, "method 'lns': lns_frac = %d is out of range (1..%d; 0 "
                       "selects the default %d)", cfg->lns_frac, LNS_FRAC_MAX, LNS_FRAC_DEFAULT);
  if (cfg->rounding != MULERR_RNE)
    return mulerr_fail(MULERR_EINVAL, "method 'lns': rounding '%s' is not supported (the log is "
                       "rounded to nearest: rne)", mulerr_rounding_name(cfg->rounding));
  if (!table(cfg->lns_frac))
    return mulerr_fail(MULERR_ENOMEM, "method 'lns': out of memory for the 2^%d-entry tables",
                       cfg->lns_frac);
  snprintf(cfg->params, sizeof cfg->params, "int=%d,frac=%d,underflow=%s", cfg->lns_int, cfg->lns_frac,
           cfg->lns_saturate ? "saturate" : "zero");
  return MULERR_OK;
}

static int lns_theory(const mulerr_method_cfg *c) { return c->lns_frac <= MULERR_THEORY_MAX_F ? MULERR_THEORY_LNS : -1; }

static int lns_operand_bits(const mulerr_method_cfg *cfg) { return 1 + cfg->lns_int + cfg->lns_frac; }

const mulerr_method mulerr_method_lns = {
    .name = "lns",
    .description = "logarithmic number system: sign + log2|x| in (lns_int).(lns_frac) two's "
                   "complement fixed point, rounded to nearest, operands saturating; zero flagged; "
                   "product = sum of logs, zero below the range (--lns-saturate: clamped), 2^L returned correctly rounded (<= 2^-53 relative)",
    .uses = MULERR_USES_LNS,
    .default_rounding = MULERR_RNE,
    .mul = lns_mul,
    .prepare = lns_prepare,
    .theory = lns_theory,
    .operand_bits = lns_operand_bits};
