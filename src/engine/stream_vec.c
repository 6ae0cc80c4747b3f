/* stream_vec.c — stream version 2 drawn a buffer at a time: the same values as the
 * one-at-a-time definition (stream.h, eval.c's top comment), only computed in vector passes.
 *
 * The counter makes value j of a state c equal fin(c + (j + 1) gamma), so a run of raw values
 * is one loop without a carried dependence (mulerr_sm64_fill).  The normal sampler then works
 * in two passes over such a run: a vector pass computes, for every raw value v, the fast try's
 * result as if taken (the candidate z = RN(v >> 9) w[v & 511], then mean + sigma z and, for an
 * fp32 source, its rounding to float) and whether it is taken ((v >> 9) < k[v & 511]); a scalar
 * walk then takes the candidates in order and, at a try not taken, runs the one-at-a-time slow
 * path (mulerr_zig_slow) on a generator set to that very value's counter, so the slow path
 * reads exactly the values that follow it, inside the run or past its end; the walk goes on at
 * the first value the slow path did not read (the counter difference times gamma's inverse
 * mod 2^64).  The conversion RN(u) of u = v >> 9 < 2^55 is formed as
 * (2^84 + hi 2^32 - 2^84) + (2^52 + lo - 2^52) with hi, lo its two 32-bit halves (both
 * parentheses exact), one rounding: (double)(int64_t)u under round-to-nearest.  t_stream
 * compares every path with the one-at-a-time definition value for value. */
#include "internal.h"
#include "engine/stream.h"

#include <string.h>

#define GAMMA_INV 0xf1de83e19937733dull /* gamma^-1 mod 2^64 */
_Static_assert(MULERR_SM64_GAMMA * GAMMA_INV == 1, "gamma's inverse");

#define RUN MULERR_STREAM_RUN

MULERR_HOT void mulerr_sm64_fill(uint64_t c, size_t n, uint64_t *out) {
  size_t j;
  MULERR_SIMD
  for (j = 0; j < n; j++) out[j] = mulerr_sm64_fin(c + (uint64_t)(j + 1) * MULERR_SM64_GAMMA);
}

static inline double as_double(uint64_t b) {
  double d;
  memcpy(&d, &b, sizeof d);
  return d;
}

/* RN(u) for u < 2^64 - 2^32 of 55 bits or fewer: see the top comment */
static inline double rn_u55(uint64_t u) {
  const double hi = as_double(0x4530000000000000ull | (u >> 32)) - 0x1p84;        /* hi 2^32, exact */
  const double lo = as_double(0x4330000000000000ull | (u & 0xffffffffull)) - 0x1p52; /* lo, exact */
  return hi + lo;
}

/* The fast try of every raw value: y[j] its value if taken, ok[j] nonzero if taken. */
MULERR_HOT static void zig_pass(size_t n, const uint64_t *v, double mean, double sigma, int fp32, double *y,
                                int64_t *ok) {
  const mulerr_zig *z = &mulerr_zig_tab;
  size_t j;
  if (fp32) {
    MULERR_SIMD
    for (j = 0; j < n; j++) {
      const uint64_t u = v[j] >> 9, i = v[j] & 511;
      ok[j] = (int64_t)u < (int64_t)z->k[i]; /* both below 2^55 */
      y[j] = (double)(float)(mean + sigma * (rn_u55(u) * z->w[i]));
    }
  } else {
    MULERR_SIMD
    for (j = 0; j < n; j++) {
      const uint64_t u = v[j] >> 9, i = v[j] & 511;
      ok[j] = (int64_t)u < (int64_t)z->k[i];
      y[j] = mean + sigma * (rn_u55(u) * z->w[i]);
    }
  }
}

void mulerr_zig_fill(mulerr_sm64 *g, size_t n, double mean, double sigma, int fp32, double *out) {
  uint64_t v[RUN], c = g->c;
  double y[RUN];
  int64_t ok[RUN];
  size_t i = 0;
  mulerr_zig_init();
  while (i < n) {
    const size_t m = n - i < RUN ? n - i : RUN; /* every output reads at least one value */
    size_t j = 0;
    mulerr_sm64_fill(c, m, v);
    zig_pass(m, v, mean, sigma, fp32, y, ok);
    while (j < m && i < n) {
      if (ok[j]) {
        out[i++] = y[j++];
      } else { /* the slow path, from the value after v[j] on */
        const uint64_t cj = c + (uint64_t)(j + 1) * MULERR_SM64_GAMMA;
        mulerr_sm64 s = {cj};
        const double x = mean + sigma * mulerr_zig_slow(&s, v[j]);
        out[i++] = fp32 ? (double)(float)x : x;
        j += 1 + (size_t)((s.c - cj) * GAMMA_INV);
      }
    }
    c += (uint64_t)j * MULERR_SM64_GAMMA;
  }
  g->c = c;
}

/* uniform-mantissa: 1 + (top m bits) 2^-m, for 1 <= m <= 52, built from its bits (exact) */
MULERR_HOT static void mantissa_pass(size_t n, const uint64_t *v, int m, double *out) {
  size_t j;
  MULERR_SIMD
  for (j = 0; j < n; j++) out[j] = as_double(0x3ff0000000000000ull | (v[j] >> (64 - m) << (52 - m)));
}

void mulerr_mantissa_fill(mulerr_sm64 *g, size_t n, int m, double *out) {
  uint64_t v[RUN];
  size_t i;
  for (i = 0; i < n; i += RUN) {
    const size_t r = n - i < RUN ? n - i : RUN;
    mulerr_sm64_fill(g->c, r, v);
    g->c += (uint64_t)r * MULERR_SM64_GAMMA;
    mantissa_pass(r, v, m, out + i);
  }
}
