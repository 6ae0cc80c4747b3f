/* stream_vec.c — stream version 2 drawn a buffer at a time: the same values as the
 * one-at-a-time definition (stream.h, eval.c's top comment), only computed in vector passes.
 *
 * The counter makes value j of a state c equal fin(c + (j + 1) gamma), so a run of raw values
 * is one loop without a carried dependence (mulerr_sm64_fill; AVX-512 where the processor has
 * it, else AVX2 with the 64-bit multiplies from 32-bit ones).  Uniform-mantissa builds its
 * values from the bits in the generator's pass.  The normal sampler works in two passes over such a run: a vector
 * pass computes, for every raw value v, the fast try's result as if taken (mean + sigma
 * RN(v >> 9) w[v & 511], rounded to float and back for an fp32 source) and, as a bitmask,
 * whether it is not ((v >> 9) >= k[v & 511]); the wedge tests of the tries not taken are then
 * decided all at once (mulerr_zig_slow's step, written out), and a walk copies the taken tries
 * span by span, takes a wedge try as decided, and runs any other try not taken (layer 0, or a
 * height past the run) through the one-at-a-time definition on a generator set to that very
 * value's counter.  Weights' index (Lemire's) is the high word of v n: a pass computes it for
 * every value of a run with the low word, the value looked up (the table lines prefetched a
 * chunk ahead of the loads; written straight into the output) and, as a bitmask, where the
 * low word is below n (the value may be rejected); a walk then moves the values span by span
 * and decides each flagged one by the one-at-a-time definition on a generator set to that
 * value's counter (several sources: src/dists/weights.c, over runs of mulerr_sm64_fill).  So a slow try or a rejection reads exactly the values that follow it,
 * inside the run or past its end, and the walk goes on at the first value the definition did
 * not read (the counter difference times gamma's inverse mod 2^64).  With AVX-512 the normal's
 * walk copies no spans: the tries not taken are decided in order into a mask of the values
 * that go out, and the pass's results are compacted by it (zig_fill_avx512).  t_stream
 * compares every path with the one-at-a-time definition value for value (and checks which
 * code runs), and the AVX-512, the AVX2 and the baseline code compute the same integers and
 * the same floating-point operations in the same order (no fma).
 *
 * History (development machine, AMD EPYC Zen 3): the normal's pass with AVX2 gathers for the
 * tables ran at 0.85x of the one-at-a-time loop and a scalar pass over the AVX2 run at 0.94x
 * (branch stream3); the pass here, with (k, w) read side by side by plain 16-byte loads and the
 * cheaper 64-bit multiply, is the first to beat it (about 1.2x the sampler, thread CPU time).
 * Tried and dropped, no faster: the fp32 rounding on the bits (integer RNE) instead of the two
 * conversions, an inline AVX2 copy for the walk's spans, a branch-free compaction of the run
 * (permutation table) instead of the walk, and deciding most wedge tests without exp by the
 * tangent and the chord of e^t in t = -x^2 / 2 (provably the same answers, but its branches
 * cost more than the batched exp calls: 2.11 against 2.01 ns a sample).
 *
 * With AVX-512 (x86-64-v4; not in a MULERR_NO_V4 build), measured on an AMD Zen 5 VM (2
 * cores, noisy: best of many runs, CPU time): the generator eight lanes at a time with the
 * native 64-bit multiply (fill_avx512), and for the normal a pass of eight lanes (zig_avx512:
 * the tables by 16-byte loads at byte offsets computed by vector; AVX-512 gathers of k and w
 * ran at about 0.55x of it) and a walk that copies no spans (zig_fill_avx512: the tries not
 * taken decided into a mask of the values that go out, y compacted by it with vcompresspd).
 * mulerr_zig_fill for normal(0, 0.02) on fp32, blocks of 65536: 0.65-0.7e9 samples/s with
 * the AVX2 pass and walk, 0.92e9 with the AVX-512 pass and the same walk, 1.25-1.45e9 with the
 * compacting walk (where memmove and the walk had taken over a third of the time); bench's
 * "draw 2" about 0.7e9 -> 1.0-1.5e9, sampled lmul and float e4m3fn pairs about 1.3e8 -> 1.65e8
 * (prof, CPU time); mulerr_any_nonfinite by vfpclasspd 1.5e10 -> 2.2e10 values/s (a block in
 * L2); mulerr_sm64_fill 2.4e9 -> 9e9 values/s (runs of 512).  Tried for the compaction and
 * not kept: in the sampler no faster within the noise, a branch to a plain store for the groups
 * whose eight values all go out, a whole word (64 values) copied at once when all go out, a
 * store of the kept lanes only (masked) throughout; alone, over masks with 2.2% of the values
 * dropped (a microbenchmark: vcompresspd 6.0e9 values/s), vpermpd by indices from a 256-entry
 * table 6.8e9 (not worth a second proof), the branch 3.8e9 (mispredicted). */
#include "internal.h"
#include "engine/stream.h"

#include <string.h>

#define GAMMA_INV MULERR_SM64_GAMMA_INV
_Static_assert(MULERR_SM64_GAMMA * GAMMA_INV == 1, "gamma's inverse");

#define RUN MULERR_STREAM_RUN
#ifndef PICK_CHUNK
#define PICK_CHUNK 64 /* weights: indices computed (their table lines prefetched) this many at a time */
#endif
_Static_assert(PICK_CHUNK % 64 == 0 && RUN % PICK_CHUNK == 0, "whole words of rej per chunk");

static inline double as_double(uint64_t b) {
  double d;
  memcpy(&d, &b, sizeof d);
  return d;
}

/* The passes, each over the n values after counter c (n a multiple of 4):
 *   fill:     v[j] = fin(c + (j + 1) gamma);
 *   mantissa: out[j] = 1 + (top m bits) 2^-m built from its bits (exact), 1 <= m <= 52;
 *   pick:     (n < 2^32) y[j] = f[high word of v n], bit j % 64 of rej[j / 64] set where the
 *             low word is below n (rej cleared before).
 * In C, and on x86-64 with AVX2 four lanes at a time (the same integer operations and the
 * same floating-point operations in the same order, no fma: bit-identical), chosen at run
 * time; the MULERR_NO_CLONES build (check-sanitize) runs the C. */
static void fill_c(uint64_t c, size_t n, uint64_t *v) {
  size_t j;
  for (j = 0; j < n; j++) v[j] = mulerr_sm64_fin(c + (uint64_t)(j + 1) * MULERR_SM64_GAMMA);
}

/* zig: y[j] = the fast try of value j as if taken, (mean + sigma RN(u) w[i]) with u = v >> 9,
 * i = v & 511 (rounded to float and back if fp32), and bit j % 64 of rej[j / 64] set where it
 * is not taken (u >= k[i]) */
static inline __attribute__((always_inline)) void zig_t(uint64_t c, size_t n, double mean, double sigma, const int fp32,
                                                         uint64_t *raw, double *y, uint64_t *rej) {
  const mulerr_zig *z = &mulerr_zig_tab;
  size_t j;
  for (j = 0; j < n; j++) {
    const uint64_t v = raw[j] = mulerr_sm64_fin(c + (uint64_t)(j + 1) * MULERR_SM64_GAMMA), u = v >> 9;
    const unsigned i = (unsigned)(v & 511);
    const double x = mean + sigma * ((double)(int64_t)u * z->w[i]); /* u < 2^55: signed conversion */
    rej[j / 64] |= (uint64_t)(u >= z->k[i]) << (j % 64);
    y[j] = fp32 ? (double)(float)x : x;
  }
}

static void zig_c(uint64_t c, size_t n, double mean, double sigma, int fp32, uint64_t *raw, double *y, uint64_t *rej) {
  if (fp32) zig_t(c, n, mean, sigma, 1, raw, y, rej);
  else zig_t(c, n, mean, sigma, 0, raw, y, rej);
}

/* no exponent field all ones: no carry into bit 63 when 2^52 is added to it (no branch, no compare) */
static int nonfinite_c(size_t n, const double *x) {
  uint64_t bad = 0, b;
  size_t j;
  for (j = 0; j < n; j++) {
    memcpy(&b, x + j, sizeof b);
    bad |= (b & 0x7ff0000000000000ull) + 0x0010000000000000ull;
  }
  return (int)(bad >> 63);
}

static void mantissa_c(uint64_t c, size_t n, int m, double *out) {
  size_t j;
  for (j = 0; j < n; j++)
    out[j] = as_double(0x3ff0000000000000ull |
                       (mulerr_sm64_fin(c + (uint64_t)(j + 1) * MULERR_SM64_GAMMA) >> (64 - m) << (52 - m)));
}

static void pick_c(uint64_t c, size_t n, uint64_t nn, const float *f, double *y, uint64_t *rej) {
  size_t j;
  for (j = 0; j < n; j++) {
    const unsigned __int128 p = (unsigned __int128)mulerr_sm64_fin(c + (uint64_t)(j + 1) * MULERR_SM64_GAMMA) * nn;
    rej[j / 64] |= (uint64_t)((uint64_t)p < nn) << (j % 64);
    y[j] = f[(uint64_t)(p >> 64)];
  }
}

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(MULERR_NO_CLONES)
#include <immintrin.h>
#define STREAM_AVX2 1
#define AVX2 __attribute__((target("avx2")))

/* a b mod 2^64 per lane for a constant b: lo(a) lo(b) + ((lo(a) hi(b) + hi(a) lo(b)) mod 2^32) 2^32.
 * bsw holds b with its halves swapped, so one 32-bit multiply (vpmulld, the low 32 bits of each
 * product) gives p = (lo(a) hi(b) mod 2^32) + (hi(a) lo(b) mod 2^32) 2^32 per lane; then
 * (p << 32) + (p & (2^64 - 2^32)) is the cross sum times 2^32 mod 2^64.  One vpmulld and one
 * vpmuludq instead of three vpmuludq: 1.4x the generator's rate on the development machine. */
AVX2 static inline __m256i mul64(__m256i a, __m256i blo, __m256i bsw) {
  const __m256i p = _mm256_mullo_epi32(a, bsw), hi = _mm256_set1_epi64x((long long)0xffffffff00000000ull);
  return _mm256_add_epi64(_mm256_add_epi64(_mm256_mul_epu32(a, blo), _mm256_slli_epi64(p, 32)), _mm256_and_si256(p, hi));
}

AVX2 static inline __m256i fin4(__m256i z) {
  z = _mm256_xor_si256(z, _mm256_srli_epi64(z, 30));
  z = mul64(z, _mm256_set1_epi64x(0x1ce4e5b9), _mm256_set1_epi64x(0x1ce4e5b9bf58476dll));
  z = _mm256_xor_si256(z, _mm256_srli_epi64(z, 27));
  z = mul64(z, _mm256_set1_epi64x(0x133111eb), _mm256_set1_epi64x(0x133111eb94d049bbll));
  return _mm256_xor_si256(z, _mm256_srli_epi64(z, 31));
}

/* the counters c + (j + 1) gamma of lanes j = 0..3 */
AVX2 static inline __m256i counters(uint64_t c) {
  const uint64_t g = MULERR_SM64_GAMMA;
  return _mm256_set_epi64x((long long)(c + 4 * g), (long long)(c + 3 * g), (long long)(c + 2 * g), (long long)(c + g));
}

AVX2 static void fill_avx2(uint64_t c, size_t n, uint64_t *v) {
  const __m256i step = _mm256_set1_epi64x((long long)(4 * MULERR_SM64_GAMMA));
  __m256i k = counters(c);
  size_t j;
  for (j = 0; j < n; j += 4, k = _mm256_add_epi64(k, step)) _mm256_storeu_si256((__m256i *)(v + j), fin4(k));
}

/* The fast tries four at a time.  The tables are read by plain 16-byte loads of (k[i], w[i])
 * (AVX2 gathers measured slower on the development machine's AMD EPYC), lanes 0 and 2 in one
 * register, 1 and 3 in another, so that unpacking gives k and w in lane order.  RN(u) of
 * u = v >> 9 < 2^55 is formed as (hi 2^32 + 2^84 - 2^84) + (lo + 2^52 - 2^52) with hi, lo its
 * two 32-bit halves: both parentheses are exact (their bit patterns built directly), so the sum
 * is the one rounding of u, (double)(int64_t)u under round to nearest.  Then the C pass's
 * operations in its order: RN(RN(u) w), RN(sigma that), RN(mean + that), and for fp32 the
 * rounding to float (RNE, as the cast) and back; no fma. */
static inline __attribute__((always_inline, target("avx2"))) void zig_avx2_t(uint64_t c, size_t n, double mean,
                                                                               double sigma, const int fp32, uint64_t *v,
                                                                               double *y, uint64_t *rej) {
  const struct mulerr_zig_kw *kw = mulerr_zig_tab.kw;
  const __m256i step = _mm256_set1_epi64x((long long)(4 * MULERR_SM64_GAMMA));
  const __m256i m32 = _mm256_set1_epi64x(0xffffffffll);
  const __m256i ehi = _mm256_set1_epi64x(0x4530000000000000ll), elo = _mm256_set1_epi64x(0x4330000000000000ll);
  const __m256d bhi = _mm256_set1_pd(0x1p84), blo = _mm256_set1_pd(0x1p52);
  const __m256d vm = _mm256_set1_pd(mean), vs = _mm256_set1_pd(sigma);
  const __m256i ones = _mm256_set1_epi64x(-1);
  __m256i ctr = counters(c);
  uint64_t bits = 0; /* the current word of rej, in a register */
  size_t j;
  for (j = 0; j < n; j += 4, ctr = _mm256_add_epi64(ctr, step)) _mm256_storeu_si256((__m256i *)(v + j), fin4(ctr));
  for (j = 0; j < n; j += 4) {
    const __m256i u = _mm256_srli_epi64(_mm256_loadu_si256((const __m256i *)(v + j)), 9);
    const __m256d p02 = _mm256_insertf128_pd(_mm256_castpd128_pd256(_mm_load_pd((const double *)&kw[v[j] & 511])),
                                             _mm_load_pd((const double *)&kw[v[j + 2] & 511]), 1);
    const __m256d p13 = _mm256_insertf128_pd(_mm256_castpd128_pd256(_mm_load_pd((const double *)&kw[v[j + 1] & 511])),
                                             _mm_load_pd((const double *)&kw[v[j + 3] & 511]), 1);
    const __m256i k = _mm256_castpd_si256(_mm256_unpacklo_pd(p02, p13)); /* k[i] of lanes 0..3 */
    const __m256d hi = _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(ehi, _mm256_srli_epi64(u, 32))), bhi);
    const __m256d lo = _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(elo, _mm256_and_si256(u, m32))), blo);
    __m256d r = _mm256_add_pd(vm, _mm256_mul_pd(vs, _mm256_mul_pd(_mm256_add_pd(hi, lo), _mm256_unpackhi_pd(p02, p13))));
    /* flagged: not taken, u >= k, i.e. not k > u (both below 2^63: a signed compare) */
    const __m256i flag = _mm256_xor_si256(_mm256_cmpgt_epi64(k, u), ones);
    if (fp32) r = _mm256_cvtps_pd(_mm256_cvtpd_ps(r)); /* RNE, as the cast */
    _mm256_storeu_pd(y + j, r);
    bits |= (uint64_t)(_mm256_movemask_pd(_mm256_castsi256_pd(flag)) & 15) << (j % 64);
    if (j % 64 == 60) rej[j / 64] = bits, bits = 0;
  }
  if (n % 64) rej[n / 64] = bits;
}

AVX2 static void zig_avx2(uint64_t c, size_t n, double mean, double sigma, int fp32, uint64_t *raw, double *y,
                          uint64_t *rej) {
  if (fp32) zig_avx2_t(c, n, mean, sigma, 1, raw, y, rej);
  else zig_avx2_t(c, n, mean, sigma, 0, raw, y, rej);
}

AVX2 static void mantissa_avx2(uint64_t c, size_t n, int m, double *out) {
  const __m256i step = _mm256_set1_epi64x((long long)(4 * MULERR_SM64_GAMMA));
  const __m256i one = _mm256_set1_epi64x(0x3ff0000000000000ll);
  const __m128i sr = _mm_cvtsi32_si128(64 - m), sl = _mm_cvtsi32_si128(52 - m);
  __m256i k = counters(c);
  size_t j;
  for (j = 0; j < n; j += 4, k = _mm256_add_epi64(k, step))
    _mm256_storeu_si256((__m256i *)(out + j), _mm256_or_si256(one, _mm256_sll_epi64(_mm256_srl_epi64(fin4(k), sr), sl)));
}
/* v nn = (hi(v) nn) 2^32 + lo(v) nn with both products exact (nn < 2^32): with
 * a = lo(v) nn, b = hi(v) nn + (a >> 32), the high word is b >> 32 and the low word
 * (b << 32) | (a & (2^32 - 1)) */
AVX2 static void pick_avx2(uint64_t c, size_t n, uint64_t nn, const float *f, double *y, uint64_t *rej) {
  const __m256i step = _mm256_set1_epi64x((long long)(4 * MULERR_SM64_GAMMA)), vn = _mm256_set1_epi64x((long long)nn);
  const __m256i m32 = _mm256_set1_epi64x(0xffffffffll), sign = _mm256_set1_epi64x((long long)0x8000000000000000ull);
  const __m256i nflip = _mm256_xor_si256(vn, sign);
  __m256i ctr = counters(c);
  uint64_t bits = 0; /* the current word of rej, in a register */
  uint64_t ix[PICK_CHUNK];
  size_t j, q;
  for (q = 0; q < n; q += PICK_CHUNK) {
    const size_t e = n - q < PICK_CHUNK ? n - q : PICK_CHUNK;
    /* the indices of a chunk, each table line prefetched; then the loads */
    for (j = 0; j < e; j += 4, ctr = _mm256_add_epi64(ctr, step)) {
      const __m256i v = fin4(ctr), a = _mm256_mul_epu32(v, vn);
      const __m256i b = _mm256_add_epi64(_mm256_mul_epu32(_mm256_srli_epi64(v, 32), vn), _mm256_srli_epi64(a, 32));
      const __m256i lo = _mm256_or_si256(_mm256_slli_epi64(b, 32), _mm256_and_si256(a, m32));
      const __m256i sus = _mm256_cmpgt_epi64(nflip, _mm256_xor_si256(lo, sign)); /* lo < nn, unsigned */
      _mm256_storeu_si256((__m256i *)(ix + j), _mm256_srli_epi64(b, 32));
      _mm_prefetch((const char *)(f + ix[j]), _MM_HINT_T0), _mm_prefetch((const char *)(f + ix[j + 1]), _MM_HINT_T0);
      _mm_prefetch((const char *)(f + ix[j + 2]), _MM_HINT_T0), _mm_prefetch((const char *)(f + ix[j + 3]), _MM_HINT_T0);
      bits |= (uint64_t)(_mm256_movemask_pd(_mm256_castsi256_pd(sus)) & 15) << ((q + j) % 64);
      if ((q + j) % 64 == 60) rej[(q + j) / 64] = bits, bits = 0;
    }
    for (j = 0; j < e; j++) y[q + j] = f[ix[j]];
  }
  if (n % 64) rej[n / 64] = bits;
}
/* the exponent field all ones in some lane: (x & e) == e */
AVX2 static int nonfinite_avx2(size_t n, const double *x) {
  const __m256i e = _mm256_set1_epi64x(0x7ff0000000000000ll);
  __m256i bad = _mm256_setzero_si256();
  size_t j;
  for (j = 0; j + 8 <= n; j += 8) {
    const __m256i p = _mm256_and_si256(_mm256_loadu_si256((const __m256i *)(x + j)), e);
    const __m256i q = _mm256_and_si256(_mm256_loadu_si256((const __m256i *)(x + j + 4)), e);
    bad = _mm256_or_si256(bad, _mm256_or_si256(_mm256_cmpeq_epi64(p, e), _mm256_cmpeq_epi64(q, e)));
  }
  return !_mm256_testz_si256(bad, bad) || nonfinite_c(n - j, x + j);
}
#define DISPATCH(f, ...)                                                                                              \
  do {                                                                                                                \
    if (__builtin_cpu_supports("avx2")) f##_avx2(__VA_ARGS__);                                                        \
    else f##_c(__VA_ARGS__);                                                                                          \
  } while (0)

#ifdef MULERR_V4 /* the AVX-512 code, where the metrics' eight lanes run too (internal.h) */
#define STREAM_AVX512 1
#define AVX512 __attribute__((target("avx512f,avx512dq,avx512vl,avx512bw")))
#define has_avx512 mulerr_have_v4 /* x86-64-v4: F, BW, CD, DQ and VL */

/* fin of eight lanes: the 64-bit multiplies native (vpmullq, the low 64 bits of the product) */
AVX512 static inline __m512i fin8(__m512i z) {
  z = _mm512_xor_si512(z, _mm512_srli_epi64(z, 30));
  z = _mm512_mullo_epi64(z, _mm512_set1_epi64((long long)0xbf58476d1ce4e5b9ull));
  z = _mm512_xor_si512(z, _mm512_srli_epi64(z, 27));
  z = _mm512_mullo_epi64(z, _mm512_set1_epi64((long long)0x94d049bb133111ebull));
  return _mm512_xor_si512(z, _mm512_srli_epi64(z, 31));
}

/* the counters c + (j + 1) gamma of lanes j = 0..7 */
AVX512 static inline __m512i counters8(uint64_t c) {
  const uint64_t g = MULERR_SM64_GAMMA;
  return _mm512_set_epi64((long long)(c + 8 * g), (long long)(c + 7 * g), (long long)(c + 6 * g),
                          (long long)(c + 5 * g), (long long)(c + 4 * g), (long long)(c + 3 * g),
                          (long long)(c + 2 * g), (long long)(c + g));
}

AVX512 static void fill_avx512(uint64_t c, size_t n, uint64_t *v) {
  const __m512i step = _mm512_set1_epi64((long long)(8 * MULERR_SM64_GAMMA));
  __m512i k = counters8(c);
  size_t j;
  for (j = 0; j + 8 <= n; j += 8, k = _mm512_add_epi64(k, step)) _mm512_storeu_si512(v + j, fin8(k));
  if (j < n) _mm512_mask_storeu_epi64(v + j, (__mmask8)((1u << (n - j)) - 1), fin8(k));
}

/* The fast tries eight at a time, as zig_avx2_t four at a time: the same values as zig_t,
 * operation for operation.  The values: fin8 computes fin's integer steps lane for lane (the
 * shifts, xors and the low 64 bits of the products, vpmullq, are fin's operations mod 2^64),
 * lane l of a group of values j..j + 7 from the counter c + (j + l + 1) gamma.  The tables: the
 * byte offset of (k[i], w[i]) in kw, 16 i with i = v & 511 (< 2^13, exact in the 32-bit lanes
 * vpmovqd keeps), computed by vector and stored beside v; then plain 16-byte loads, lanes 0, 2,
 * 4, 6 into one register's 128-bit blocks and 1, 3, 5, 7 into another's, so that unpacking
 * gives k (low halves) and w (high halves) in lane order (block b holds lanes 2b and 2b + 1).
 * AVX-512 gathers of k and w measured at about half this pass's rate here.  The arithmetic:
 * u = v >> 9 (< 2^55); RN(u) by vcvtqq2pd, the conversion of the signed 64-bit integer u under
 * the rounding mode, which is what the C conversion (double)(int64_t)u is (both round to
 * nearest under the default MXCSR); then RN(RN(u) w), RN(sigma that), RN(mean + that), three
 * separate vector operations in zig_t's order (no fma), and for fp32 vcvtpd2ps, the rounding
 * to float under the MXCSR's mode (RNE, as the cast), and vcvtps2pd back (exact).  rej: the
 * unsigned compare u >= k[i] of each lane into a mask register whose bit l is lane l, shifted
 * to bit (j + l) % 64 of word (j + l) / 64, as zig_t sets it. */
_Static_assert(sizeof(struct mulerr_zig_kw) == 16, "kw's entries 16 bytes apart");
AVX512 static inline __attribute__((always_inline)) __mmask8 zig8(__m512i v, const uint32_t *off, __m512d vm,
                                                                  __m512d vs, const int fp32, __m512d *out) {
  const char *kw = (const char *)mulerr_zig_tab.kw;
  const __m512i u = _mm512_srli_epi64(v, 9);
  __m512d p0 = _mm512_castpd128_pd512(_mm_load_pd((const double *)(kw + off[0])));
  __m512d p1 = _mm512_castpd128_pd512(_mm_load_pd((const double *)(kw + off[1])));
  __m512d r;
  p0 = _mm512_insertf64x2(p0, _mm_load_pd((const double *)(kw + off[2])), 1);
  p1 = _mm512_insertf64x2(p1, _mm_load_pd((const double *)(kw + off[3])), 1);
  p0 = _mm512_insertf64x2(p0, _mm_load_pd((const double *)(kw + off[4])), 2);
  p1 = _mm512_insertf64x2(p1, _mm_load_pd((const double *)(kw + off[5])), 2);
  p0 = _mm512_insertf64x2(p0, _mm_load_pd((const double *)(kw + off[6])), 3);
  p1 = _mm512_insertf64x2(p1, _mm_load_pd((const double *)(kw + off[7])), 3);
  r = _mm512_add_pd(vm, _mm512_mul_pd(vs, _mm512_mul_pd(_mm512_cvtepi64_pd(u), _mm512_unpackhi_pd(p0, p1))));
  if (fp32) r = _mm512_cvtps_pd(_mm512_cvtpd_ps(r));
  *out = r;
  return _mm512_cmpge_epu64_mask(u, _mm512_castpd_si512(_mm512_unpacklo_pd(p0, p1)));
}

/* the values of a group (stored by the caller) and the byte offsets of their (k, w) in kw, 16 (v & 511) */
AVX512 static inline __m512i fin8_off(__m512i ctr, uint32_t *off) {
  const __m512i x = fin8(ctr);
  const __m512i o = _mm512_slli_epi64(_mm512_and_si512(x, _mm512_set1_epi64(511)), 4);
  _mm256_storeu_si256((__m256i *)off, _mm512_cvtepi64_epi32(o));
  return x;
}

/* n a multiple of 8, at most RUN */
static inline __attribute__((always_inline, target("avx512f,avx512dq,avx512vl,avx512bw"))) void
zig_avx512_t(uint64_t c, size_t n, double mean, double sigma, const int fp32, uint64_t *v, double *y, uint64_t *rej) {
  const __m512i step = _mm512_set1_epi64((long long)(8 * MULERR_SM64_GAMMA));
  const __m512d vm = _mm512_set1_pd(mean), vs = _mm512_set1_pd(sigma);
  uint64_t bits = 0; /* the current word of rej */
  uint32_t off[RUN];
  __m512i ctr = counters8(c);
  __m512d r;
  size_t j;
  for (j = 0; j < n; j += 8, ctr = _mm512_add_epi64(ctr, step)) _mm512_storeu_si512(v + j, fin8_off(ctr, off + j));
  for (j = 0; j < n; j += 8) {
    bits |= (uint64_t)zig8(_mm512_loadu_si512(v + j), off + j, vm, vs, fp32, &r) << (j % 64);
    _mm512_storeu_pd(y + j, r);
    if (j % 64 == 56) rej[j / 64] = bits, bits = 0;
  }
  if (n % 64) rej[n / 64] = bits;
}

AVX512 static void zig_avx512(uint64_t c, size_t n, double mean, double sigma, int fp32, uint64_t *raw, double *y,
                              uint64_t *rej) {
  if (fp32) zig_avx512_t(c, n, mean, sigma, 1, raw, y, rej);
  else zig_avx512_t(c, n, mean, sigma, 0, raw, y, rej);
}

/* some lane a NaN or an infinity (vfpclasspd: QNaN 0x01, +Inf 0x08, -Inf 0x10, SNaN 0x80), the
 * exponent field all ones as in nonfinite_avx2 */
AVX512 static int nonfinite_avx512(size_t n, const double *x) {
  __mmask8 bad = 0;
  size_t j;
  for (j = 0; j + 16 <= n; j += 16)
    bad |= _mm512_fpclass_pd_mask(_mm512_loadu_pd(x + j), 0x99) |
           _mm512_fpclass_pd_mask(_mm512_loadu_pd(x + j + 8), 0x99);
  return bad != 0 || nonfinite_c(n - j, x + j);
}

/* f##_avx512 where the processor has it, else as DISPATCH */
#define DISPATCH4(f, ...)                                                                                             \
  do {                                                                                                                \
    if (has_avx512()) f##_avx512(__VA_ARGS__);                                                                        \
    else DISPATCH(f, __VA_ARGS__);                                                                                    \
  } while (0)
#else
#define DISPATCH4 DISPATCH
#endif
#else
#define DISPATCH(f, ...) f##_c(__VA_ARGS__)
#define DISPATCH4 DISPATCH
#endif

void mulerr_sm64_fill(uint64_t c, size_t n, uint64_t *out) {
  const size_t n4 = n & ~(size_t)3;
  DISPATCH4(fill, c, n4, out);
  if (n > n4) fill_c(c + n4 * MULERR_SM64_GAMMA, n - n4, out + n4);
}

/* The first j' >= j whose bit is set in rej (some bit at or after j is). */
static inline size_t next_rej(const uint64_t *rej, size_t j) {
  uint64_t b = rej[j / 64] >> (j % 64) << (j % 64);
  while (!b) b = rej[(j = (j / 64 + 1) * 64) / 64];
  return j / 64 * 64 + (size_t)__builtin_ctzll(b);
}

void mulerr_mantissa_fill(mulerr_sm64 *g, size_t n, int m, double *out) {
  const size_t n4 = n & ~(size_t)3;
  DISPATCH(mantissa, g->c, n4, m, out);
  if (n > n4) mantissa_c(g->c + n4 * MULERR_SM64_GAMMA, n - n4, m, out + n4);
  g->c += n * MULERR_SM64_GAMMA;
}

/* The walk over a run of m values (m <= RUN) whose pass left the raw values v, y and rej: the
 * taken tries are copied span by span; a try not taken goes through the one-at-a-time
 * definition from that value on, on a generator set to its counter, so it reads exactly the
 * values that follow it, inside the run or past its end; the walk goes on at the first value
 * the definition did not read (the counter difference times gamma's inverse mod 2^64).
 *
 * The wedge tests are decided before the walk, all at once (their exp calls independent of one
 * another): for every try p not taken whose layer i = v[p] & 255 is not 0 and whose next value
 * is in the run, mulerr_zig_slow's wedge step, written out as there: x = RN(u) w[i] with
 * u = v[p] >> 9, the height U from value p + 1 (mulerr_sm64_double), accepted when
 * f[i] + U (f[i + 1] - f[i]) < exp(-0.5 x x), then giving +-x by bit 8 (y[p] then holds
 * mean + sigma (+-x), cast as the fast tries); else mulerr_zig_slow goes on with a new try
 * from value p + 2 (its loop), which is what the walk does next.  The walk takes such a p
 * without a call: y[p] if accepted, nothing if not, and two values read either way.  Layer 0
 * (the base strip and the tail) and a p whose height lies past the run take the definition. */
#ifdef STREAM_AVX512
/* mulerr_zig_fill with AVX-512: the same outputs, no spans copied.  A run of m values (as
 * below: m = min(outputs due, RUN), starting at the first value not yet read) goes through
 * zig_avx512 (m rounded up to whole groups; the values past m are the stream's next values,
 * never taken here).  Then a mask keep of the run's values says whose y goes out: at first
 * the taken tries (rej clear).  The tries not taken are visited in order, with pos the first
 * value not yet read by the definition: a try p < pos was read by an earlier try (a height or
 * a tail's uniform) and is passed over; a wedge try p (layer li = v[p] & 255 not 0, p + 1 < m)
 * is decided by mulerr_zig_slow's wedge step written out as in mulerr_zig_fill below (the same
 * expressions, the height from value p + 1) and kept if accepted, its height p + 1 dropped,
 * pos = p + 2; any other try (layer 0, or a height past the run) runs the one-at-a-time
 * definition on a generator at its counter, y[p] its output (as below), kept, the values it
 * read after p dropped, pos = p + the number it read.  An accepted wedge's output is y[p] as
 * the pass left it: the wedge gives mean + sigma (+-x) with x = RN(RN(u) w[li]), the pass
 * mean + sigma RN(RN(u) w[v[p] & 511]), and w[li + 256] = -w[li] (t_stream checks it) with
 * round to nearest symmetric, so RN(RN(u) w[v[p] & 511]) = +-x exactly (the sign bit 8), then
 * the same operations and cast.  So the values kept are, in order, exactly the outputs the
 * one-at-a-time definition gives from the run's first value on: a taken try is one output and
 * one value; a try not taken is what the definition does with it and the values after it (and
 * the walk below, which is checked against it, does the same).  out is y compacted by keep, eight
 * lanes at a time: vcompresspd packs the kept lanes of a group in order into the low lanes of
 * a register, stored at the next output; a whole store when the run is made of whole groups
 * (m = m8: the output index o <= i + q, so o + 8 <= i + m <= n; its lanes past the kept ones
 * are written over by the next group's, or the next run's, store, and every output's last
 * write is its own), a store of the kept lanes only (masked) otherwise.  The run read
 * max(m, pos) values; its outputs are at most its m <= n - i values, so the last run gives
 * exactly the outputs due, and ends where the definition stops reading.  The exp calls stay
 * independent of one another: keep takes an acceptance as a bit, and pos does not depend on
 * it. */
static void __attribute__((target("avx512f,avx512dq,avx512vl,avx512bw")))
zig_fill_avx512(mulerr_sm64 *g, size_t n, double mean, double sigma, int fp32, double *out) {
  const mulerr_zig *z = &mulerr_zig_tab;
  uint64_t c = g->c, rej[RUN / 64], keep[RUN / 64], v[RUN];
  double y[RUN];
  size_t i = 0;
  while (i < n) {
    const size_t m = n - i < RUN ? n - i : RUN, m8 = (m + 7) & ~(size_t)7; /* every output reads at least one value */
    size_t q, pos = 0, o;
    zig_avx512(c, m8, mean, sigma, fp32, v, y, rej);
    for (q = 0; q < m8 / 64 + (m8 % 64 != 0); q++) { /* bits at and past m never taken */
      const uint64_t live = q < m / 64 ? ~0ull : (1ull << (m % 64)) - 1;
      rej[q] &= live, keep[q] = ~rej[q] & live;
    }
    for (q = 0; q < m8 / 64 + (m8 % 64 != 0); q++) {
      uint64_t b = rej[q];
      while (b) {
        const size_t p = q * 64 + (size_t)__builtin_ctzll(b);
        const unsigned li = (unsigned)(v[p] & 255);
        b &= b - 1;
        if (p < pos) continue; /* read by an earlier try */
        if (li != 0 && p + 1 < m) { /* the wedge: as mulerr_zig_fill's step */
          const double x = (double)(int64_t)(v[p] >> 9) * z->w[li];
          const double uu = (double)(int64_t)(v[p + 1] >> 11) * 0x1p-53;
          const uint64_t ok = z->f[li] + uu * (z->f[li + 1] - z->f[li]) < exp(-0.5 * x * x);
          keep[q] |= ok << (p % 64); /* y[p] already +-x as the wedge gives it (see above) */
          keep[(p + 1) / 64] &= ~(1ull << ((p + 1) % 64));
          pos = p + 2;
        } else { /* the definition from value p on */
          const uint64_t cp = c + (uint64_t)p * MULERR_SM64_GAMMA;
          mulerr_sm64 s = {cp};
          const double x = mean + sigma * mulerr_zig_normal(&s);
          size_t e;
          y[p] = fp32 ? (double)(float)x : x;
          keep[q] |= 1ull << (p % 64);
          pos = p + (size_t)((s.c - cp) * GAMMA_INV);
          for (e = p + 1; e < pos && e < m; e++) keep[e / 64] &= ~(1ull << (e % 64));
        }
      }
    }
    for (q = 0, o = i; q < m8; q += 8) { /* y compacted by keep into out */
      const __mmask8 k = (__mmask8)(keep[q / 64] >> (q % 64));
      const __m512d t = _mm512_maskz_compress_pd(k, _mm512_loadu_pd(y + q));
      const unsigned cnt = (unsigned)__builtin_popcount(k);
      if (m == m8) _mm512_storeu_pd(out + o, t); /* o + 8 <= i + q + 8 <= i + m <= n; lanes past cnt rewritten */
      else _mm512_mask_storeu_pd(out + o, (__mmask8)((1u << cnt) - 1), t);
      o += cnt;
    }
    i = o;
    c += (uint64_t)(pos > m ? pos : m) * MULERR_SM64_GAMMA;
  }
  g->c = c;
}
#endif

void mulerr_zig_fill(mulerr_sm64 *g, size_t n, double mean, double sigma, int fp32, double *out) {
  const mulerr_zig *z = &mulerr_zig_tab;
  uint64_t c = g->c, rej[RUN / 64 + 1], wedge[RUN / 64 + 1], acc[RUN / 64 + 1], v[RUN];
  double y[RUN];
  size_t i = 0;
  mulerr_zig_init();
#ifdef STREAM_AVX512
  if (has_avx512()) {
    zig_fill_avx512(g, n, mean, sigma, fp32, out);
    return;
  }
#endif
  while (i < n) {
    const size_t m = n - i < RUN ? n - i : RUN; /* every output reads at least one value */
    size_t j = 0, q;
    memset(rej, 0, sizeof rej);
    DISPATCH(zig, c, (m + 3) & ~(size_t)3, mean, sigma, fp32, v, y, rej); /* whole quads; the rest never taken */
    for (q = 0; q <= m / 64; q++) { /* the wedge tests of the tries not taken */
      uint64_t b = q < m / 64 ? rej[q] : rej[q] & ((1ull << (m % 64)) - 1), wb = 0, ab = 0;
      while (b) {
        const size_t p = q * 64 + (size_t)__builtin_ctzll(b);
        const unsigned li = (unsigned)(v[p] & 255);
        b &= b - 1;
        if (li != 0 && p + 1 < m) {
          const double x = (double)(int64_t)(v[p] >> 9) * z->w[li];
          const double uu = (double)(int64_t)(v[p + 1] >> 11) * 0x1p-53;
          const uint64_t ok = z->f[li] + uu * (z->f[li + 1] - z->f[li]) < exp(-0.5 * x * x);
          const double r = mean + sigma * (v[p] & 256 ? -x : x);
          y[p] = fp32 ? (double)(float)r : r;
          wb |= 1ull << (p % 64), ab |= ok << (p % 64);
        }
      }
      wedge[q] = wb, acc[q] = ab;
    }
    rej[m / 64] |= 1ull << (m % 64); /* a sentinel: the run's end */
    for (;;) {
      const size_t r = next_rej(rej, j), t = r - j < n - i ? r - j : n - i; /* the taken tries before it */
      memcpy(out + i, y + j, t * sizeof *out);
      i += t, j += t;
      if (i == n || j >= m) break;
      if (wedge[j / 64] >> (j % 64) & 1) { /* decided above: y[j] if accepted; two values read */
        out[i] = y[j];
        i += acc[j / 64] >> (j % 64) & 1;
        j += 2;
      } else { /* the definition from value j on */
        const uint64_t cj = c + (uint64_t)j * MULERR_SM64_GAMMA;
        mulerr_sm64 s = {cj};
        const double x = mean + sigma * mulerr_zig_normal(&s);
        out[i++] = fp32 ? (double)(float)x : x;
        j += (size_t)((s.c - cj) * GAMMA_INV);
      }
      if (i == n || j >= m) break;
    }
    c += (uint64_t)j * MULERR_SM64_GAMMA;
  }
  g->c = c;
}

void mulerr_below_fill(mulerr_sm64 *g, size_t n, uint64_t nn, uint64_t *idx) {
  uint64_t v[RUN], c = g->c;
  size_t i = 0;
  while (i < n) {
    const size_t m = n - i < RUN ? n - i : RUN; /* every index reads at least one value */
    size_t j = 0;
    mulerr_sm64_fill(c, m, v);
    while (j < m) {
      const unsigned __int128 p = (unsigned __int128)v[j] * nn;
      if ((uint64_t)p >= nn) { /* never rejected: the high word */
        idx[i++] = (uint64_t)(p >> 64);
        j++;
      } else { /* perhaps rejected: the definition, from value j on */
        const uint64_t cj = c + (uint64_t)j * MULERR_SM64_GAMMA;
        mulerr_sm64 s = {cj};
        idx[i++] = mulerr_sm64_below(&s, nn);
        j += (size_t)((s.c - cj) * GAMMA_INV);
      }
    }
    c += (uint64_t)j * MULERR_SM64_GAMMA;
  }
  g->c = c;
}

void mulerr_pick_f32(mulerr_sm64 *g, size_t n, uint64_t nn, const float *f, double *out) {
  uint64_t c = g->c, rej[RUN / 64 + 1];
  double y[RUN];
  size_t i = 0;
  if (nn >> 32) { /* Lemire's index by the 128-bit product */
    uint64_t idx[RUN];
    for (i = 0; i < n; i += RUN) {
      const size_t m = n - i < RUN ? n - i : RUN;
      size_t k;
      mulerr_below_fill(g, m, nn, idx);
      for (k = 0; k < m; k++) out[i + k] = f[idx[k]];
    }
    return;
  }
  while (i < n) {
    const size_t m = n - i < RUN ? n - i : RUN, m4 = (m + 3) & ~(size_t)3; /* every output reads at least one value */
    /* the pass writes straight into out where its whole quads fit: value j at out[i + j]; an
     * output never lands past the values it read, so the walk's spans move left (memmove), and
     * not at all before the first value that may be rejected (nearly always the whole run) */
    double *yy = i + m4 <= n ? out + i : y;
    size_t j = 0;
    memset(rej, 0, sizeof rej);
    DISPATCH(pick, c, m4, nn, f, yy, rej); /* whole quads; the rest never taken */
    rej[m / 64] |= 1ull << (m % 64); /* a sentinel: the run's end */
    for (;;) {
      const size_t r = next_rej(rej, j), t = r - j < n - i ? r - j : n - i; /* the values never rejected */
      if (out + i != yy + j) memmove(out + i, yy + j, t * sizeof *out);
      i += t, j += t;
      if (i == n || j >= m) break;
      { /* value j may be rejected: the definition, from value j on */
        const uint64_t cj = c + (uint64_t)j * MULERR_SM64_GAMMA;
        mulerr_sm64 s = {cj};
        out[i++] = f[mulerr_sm64_below(&s, nn)];
        j += (size_t)((s.c - cj) * GAMMA_INV);
        if (i == n || j >= m) break;
      }
    }
    c += (uint64_t)j * MULERR_SM64_GAMMA;
  }
  g->c = c;
}

int mulerr_any_nonfinite(size_t n, const double *x) {
#ifdef STREAM_AVX512
  if (has_avx512()) return nonfinite_avx512(n, x);
#endif
#ifdef STREAM_AVX2
  if (__builtin_cpu_supports("avx2")) return nonfinite_avx2(n, x);
#endif
  return nonfinite_c(n, x);
}

const char *mulerr_stream_isa(void) {
#ifdef STREAM_AVX512
  if (has_avx512()) return "avx512";
#endif
#ifdef STREAM_AVX2
  if (__builtin_cpu_supports("avx2")) return "avx2";
#endif
  return "c";
}
