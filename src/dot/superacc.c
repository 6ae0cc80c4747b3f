/* superacc.c — the exact sum of doubles: a superaccumulator (a long fixed-point number).
 *
 * Claim: mulerr_sa_add_n(s, n, x) followed by mulerr_sa_round(s) returns the exact sum of the
 * x[i] rounded once (to nearest, ties to even) to binary64, for any n <= 2^30 finite doubles.
 * Proof.  Every finite double is an integer multiple of 2^-1074, hence of 2^B with
 * B = MULERR_SA_BASE = -1120.  A double x = +-M 2^e (M < 2^53 an integer, e >= -1074, so
 * pos = e - B >= 46) is, with pos = 32 k + sh (0 <= sh < 32), +-(M 2^sh) 2^(32 k + B), and
 * M 2^sh < 2^84 splits exactly into three 32-bit digits d0 + d1 2^32 + d2 2^64.  Adding
 * +-d_j to chunk k + j (an int64 whose weight is 2^(32 (k + j) + B)) keeps the represented
 * value sum_k c[k] 2^(32 k + B) equal to the exact sum of everything added, as long as no
 * chunk overflows: every addition changes a chunk by less than 2^32 in magnitude, so after
 * n <= 2^30 additions |c[k]| < 2^62.  The largest double's top digit lands in chunk
 * (971 - B + 52) / 32 = 67 < MULERR_SA_CHUNKS, and the carries of a normalisation (below)
 * of a sum below 2^(1024 + 30) stay within the 70 chunks.  So the superaccumulator holds
 * the sum exactly: integer arithmetic, no rounding.
 * Reading it: carries are propagated from the lowest chunk up (floor division by 2^32, an
 * arithmetic shift), leaving digits in [0, 2^32) and a signed top chunk: the two's-complement
 * digits of the sum.  A negative sum is negated chunk by chunk first (exact), so we always
 * read a magnitude.  Its top 64 significant bits T, with a sticky bit (any lower bit set)
 * ORed into the last bit, is the magnitude rounded to odd at 64 bits; since 64 >= 53 + 2,
 * rounding that to 53 bits to nearest-even (the hardware conversion of an unsigned 64-bit
 * integer to double) gives the correctly rounded magnitude (Boldo & Melquiond, "Emulation of
 * FMA and correctly rounded sums: proved algorithms using rounding to odd", IEEE TC 2008).
 * Scaling by 2^(position) is then exact, except that it overflows to Inf exactly when the
 * rounded value is 2^1024 or more (round to nearest's overflow rule), and that a result below
 * 2^-1022 is exact already (a multiple of 2^-1074 below 2^-1022 is a subnormal double, and
 * has at most 52 significant bits, so T held it without a sticky bit).
 * tests/unit/t_dot.c checks the sum against MPFR's mpfr_sum on adversarial cancelling sums. */
#include "dot.h"

#include <string.h>

void mulerr_sa_init(mulerr_superacc *s) {
  memset(s->c, 0, sizeof s->c);
  s->lo = MULERR_SA_CHUNKS, s->hi = -1;
  s->special = 0, s->inf_nan = 0;
}

/* Add x exactly into the chunks c (range lo..hi updated); a non-finite x is left to the caller. */
static inline __attribute__((always_inline)) void add_chunks(int64_t *c, int *lo, int *hi, uint64_t u) {
  const int be = (int)((u >> 52) & 0x7ff);
  const int64_t neg = -(int64_t)(u >> 63); /* 0 or -1: d -> (d ^ neg) - neg negates, branch-free */
  const uint64_t m = (u & 0xfffffffffffffull) | (uint64_t)(be != 0) << 52;
  const int pos = (be ? be : 1) - 1075 - MULERR_SA_BASE; /* x = M 2^(pos + B); a zero adds zeros */
  const int k = pos >> 5;
  const unsigned __int128 v = (unsigned __int128)m << (pos & 31);
  c[k] += ((int64_t)(uint64_t)(v & 0xffffffffu) ^ neg) - neg;
  c[k + 1] += ((int64_t)(uint64_t)((v >> 32) & 0xffffffffu) ^ neg) - neg;
  c[k + 2] += ((int64_t)(uint64_t)(v >> 64) ^ neg) - neg;
  if (k < *lo) *lo = k;
  if (k + 2 > *hi) *hi = k + 2;
}

static void add_special(mulerr_superacc *s, double x) {
  s->inf_nan = s->special ? s->inf_nan + x : x; /* what IEEE addition would make the sum */
  s->special = 1;
}

static inline void sa_add1(mulerr_superacc *s, double x) {
  const uint64_t u = mulerr_d2u(x);
  if (__builtin_expect(((u >> 52) & 0x7ff) == 0x7ff, 0)) add_special(s, x);
  else add_chunks(s->c, &s->lo, &s->hi, u);
}

void mulerr_sa_add(mulerr_superacc *s, double x) { sa_add1(s, x); }

/* Many values: first gathered by binary64 exponent field (the bins), then each bin added to
 * the chunks.  A finite double with exponent field be is +-M 2^((be ? be : 1) - 1075), M an
 * integer below 2^53, so bin be holds an exact integer sum of +-M; after at most 1024 values
 * |bin| < 2^10 2^53 = 2^63, no overflow.  Every 1024 values the nonzero bins are added to the
 * chunks like a double (an integer below 2^63 shifted by < 32 bits splits into three 32-bit
 * digits), exactly.  One memory update per value instead of three, and consecutive values
 * rarely share a bin, so the updates do not wait on each other. */
#define NBINS 2048
#define BIN_FLUSH 1024

static void add_bin(mulerr_superacc *s, int64_t v, int be) {
  const int pos = (be ? be : 1) - 1075 - MULERR_SA_BASE, k = pos >> 5;
  const int64_t neg = v < 0 ? -1 : 0;
  const unsigned __int128 w = (unsigned __int128)(uint64_t)(v < 0 ? -v : v) << (pos & 31);
  s->c[k] += ((int64_t)(uint64_t)(w & 0xffffffffu) ^ neg) - neg;
  s->c[k + 1] += ((int64_t)(uint64_t)((w >> 32) & 0xffffffffu) ^ neg) - neg;
  s->c[k + 2] += ((int64_t)(uint64_t)(w >> 64) ^ neg) - neg;
  if (k < s->lo) s->lo = k;
  if (k + 2 > s->hi) s->hi = k + 2;
}

void mulerr_sa_add_n(mulerr_superacc *s, size_t n, const double *x) {
  int64_t bins[NBINS];
  size_t i0, i, m;
  int b;
  if (n < 64) {
    for (i = 0; i < n; i++) sa_add1(s, x[i]);
    return;
  }
  memset(bins, 0, sizeof bins);
  for (i0 = 0; i0 < n; i0 += m) {
    int bmin = NBINS, bmax = -1;
    m = n - i0 < BIN_FLUSH ? n - i0 : BIN_FLUSH;
    for (i = i0; i < i0 + m; i++) {
      const uint64_t u = mulerr_d2u(x[i]);
      const int be = (int)((u >> 52) & 0x7ff);
      const int64_t neg = -(int64_t)(u >> 63);
      const int64_t mm = (int64_t)((u & 0xfffffffffffffull) | (uint64_t)(be != 0) << 52);
      if (__builtin_expect(be == 0x7ff, 0)) {
        add_special(s, x[i]);
        continue;
      }
      bins[be] += (mm ^ neg) - neg;
      bmin = be < bmin ? be : bmin;
      bmax = be > bmax ? be : bmax;
    }
    for (b = bmin; b <= bmax; b++)
      if (bins[b]) {
        add_bin(s, bins[b], b);
        bins[b] = 0;
      }
  }
}

/* Propagate carries over c[lo..MULERR_SA_CHUNKS): digits in [0, 2^32), signed top chunk. */
static void normalise(int64_t *c, int lo) {
  int k;
  for (k = lo; k < MULERR_SA_CHUNKS - 1; k++) {
    const int64_t carry = c[k] >> 32; /* floor(c / 2^32): GCC's >> on int64 is arithmetic */
    c[k] -= carry * ((int64_t)1 << 32);
    c[k + 1] += carry;
  }
}

double mulerr_sa_round(const mulerr_superacc *s) {
  int64_t c[MULERR_SA_CHUNKS];
  int k, t, neg, z;
  unsigned __int128 v;
  uint64_t top;
  double r;
  if (s->special) return s->inf_nan;
  if (s->lo > s->hi) return 0.0;
  memcpy(c, s->c, sizeof c);
  normalise(c, s->lo);
  neg = c[MULERR_SA_CHUNKS - 1] < 0;
  if (neg) {
    for (k = s->lo; k < MULERR_SA_CHUNKS; k++) c[k] = -c[k];
    normalise(c, s->lo);
  }
  for (t = MULERR_SA_CHUNKS - 1; t >= s->lo && c[t] == 0; t--) continue;
  if (t < s->lo) return 0.0;
  /* the top three digits (96 bits, at least 65 significant), then the sticky bit */
  v = (unsigned __int128)(uint64_t)c[t] << 64;
  if (t - 1 >= 0) v |= (unsigned __int128)(uint64_t)c[t - 1] << 32;
  if (t - 2 >= 0) v |= (uint64_t)c[t - 2];
  z = __builtin_clzll((uint64_t)c[t]); /* v's top bit is 127 - z */
  v <<= z;
  top = (uint64_t)(v >> 64);
  {
    int sticky = (uint64_t)v != 0;
    for (k = t - 3; k >= 0 && k >= s->lo && !sticky; k--) sticky = c[k] != 0;
    top |= (uint64_t)sticky;
  }
  /* magnitude = top 2^(32 (t - 2) + B + 64 - z), top rounded to odd */
  r = ldexp((double)top, 32 * (t - 2) + MULERR_SA_BASE + 64 - z);
  return neg ? -r : r;
}

dd mulerr_sa_dd(const mulerr_superacc *s) {
  mulerr_superacc t;
  dd r;
  r.hi = mulerr_sa_round(s);
  if (!isfinite(r.hi)) return (dd){r.hi, 0};
  t = *s;
  sa_add1(&t, -r.hi);
  r.lo = mulerr_sa_round(&t);
  return r;
}
