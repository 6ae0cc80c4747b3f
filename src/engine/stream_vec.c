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

/* The fast try of every raw value: y[j] its value if taken; bit j % 64 of rej[j / 64] set if
 * not taken (n a multiple of 4, rej's words cleared). */
static void zig_pass_c(size_t n, const uint64_t *v, double mean, double sigma, int fp32, double *y, uint64_t *rej) {
  const mulerr_zig *z = &mulerr_zig_tab;
  size_t j;
  for (j = 0; j < n; j++) {
    const uint64_t u = v[j] >> 9, i = v[j] & 511;
    const double x = mean + sigma * (rn_u55(u) * z->w[i]);
    rej[j / 64] |= (uint64_t)(u >= z->k[i]) << (j % 64);
    y[j] = fp32 ? (double)(float)x : x;
  }
}

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(MULERR_NO_CLONES)
#include <immintrin.h>
#define ZIG_AVX2 1
/* The same four lanes at a time with AVX2 (gathers for the tables; the same operations in the
 * same order, no fma: bit-identical to zig_pass_c). */
__attribute__((target("avx2"))) static void zig_pass_avx2(size_t n, const uint64_t *v, double mean, double sigma,
                                                            int fp32, double *y, uint64_t *rej) {
  const mulerr_zig *z = &mulerr_zig_tab;
  const __m256i m511 = _mm256_set1_epi64x(511), m32 = _mm256_set1_epi64x(0xffffffffll);
  const __m256i ehi = _mm256_set1_epi64x(0x4530000000000000ll), elo = _mm256_set1_epi64x(0x4330000000000000ll);
  const __m256d bhi = _mm256_set1_pd(0x1p84), blo = _mm256_set1_pd(0x1p52);
  const __m256d vm = _mm256_set1_pd(mean), vs = _mm256_set1_pd(sigma);
  size_t j;
  for (j = 0; j < n; j += 4) {
    const __m256i x = _mm256_loadu_si256((const __m256i *)(v + j)), u = _mm256_srli_epi64(x, 9);
    const __m256i i = _mm256_and_si256(x, m511);
    const __m256i k = _mm256_i64gather_epi64((const long long *)z->k, i, 8);
    const __m256d w = _mm256_i64gather_pd(z->w, i, 8);
    const __m256d hi = _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(ehi, _mm256_srli_epi64(u, 32))), bhi);
    const __m256d lo = _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(elo, _mm256_and_si256(u, m32))), blo);
    const __m256i ok = _mm256_cmpgt_epi64(k, u); /* u < k, both below 2^55 */
    __m256d r = _mm256_add_pd(vm, _mm256_mul_pd(vs, _mm256_mul_pd(_mm256_add_pd(hi, lo), w)));
    if (fp32) r = _mm256_cvtps_pd(_mm256_cvtpd_ps(r));
    _mm256_storeu_pd(y + j, r);
    rej[j / 64] |= (uint64_t)(~_mm256_movemask_pd(_mm256_castsi256_pd(ok)) & 15) << (j % 64);
  }
}
#endif

static void zig_pass(size_t n, const uint64_t *v, double mean, double sigma, int fp32, double *y, uint64_t *rej) {
#ifdef ZIG_AVX2
  if (__builtin_cpu_supports("avx2")) {
    zig_pass_avx2(n, v, mean, sigma, fp32, y, rej);
    return;
  }
#endif
  zig_pass_c(n, v, mean, sigma, fp32, y, rej);
}

/* The first j' >= j whose bit is set in rej (some bit at or after j is). */
static inline size_t next_rej(const uint64_t *rej, size_t j) {
  uint64_t b = rej[j / 64] >> (j % 64) << (j % 64);
  while (!b) b = rej[(j = (j / 64 + 1) * 64) / 64];
  return j / 64 * 64 + (size_t)__builtin_ctzll(b);
}

void mulerr_zig_fill(mulerr_sm64 *g, size_t n, double mean, double sigma, int fp32, double *out) {
  uint64_t v[RUN], c = g->c;
  double y[RUN];
  uint64_t rej[RUN / 64 + 1];
  size_t i = 0;
  mulerr_zig_init();
  while (i < n) {
    const size_t m = n - i < RUN ? n - i : RUN; /* every output reads at least one value */
    size_t j = 0;
    mulerr_sm64_fill(c, (m + 3) & ~(size_t)3, v); /* whole quads; the rest is never taken */
    memset(rej, 0, sizeof rej);
    zig_pass((m + 3) & ~(size_t)3, v, mean, sigma, fp32, y, rej);
    rej[m / 64] |= 1ull << (m % 64); /* a sentinel: the run's end */
    for (;;) {
      const size_t r = next_rej(rej, j), t = r - j < n - i ? r - j : n - i; /* the taken tries before it */
      memcpy(out + i, y + j, t * sizeof *out);
      i += t, j += t;
      if (i == n || j >= m) break;
      { /* v[j] not taken: the slow path, from the value after v[j] on */
        const uint64_t cj = c + (uint64_t)(j + 1) * MULERR_SM64_GAMMA;
        mulerr_sm64 s = {cj};
        const double x = mean + sigma * mulerr_zig_slow(&s, v[j]);
        out[i++] = fp32 ? (double)(float)x : x;
        j += 1 + (size_t)((s.c - cj) * GAMMA_INV);
        if (i == n || j >= m) break;
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
