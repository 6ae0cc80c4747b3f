/* stream.h — sample stream version 2 (definition: the comment at the top of eval.c): a
 * counter-based SplitMix64 generator with random access, read directly by the fast samplers
 * (normal, uniform-mantissa, weights) and, for every other sampler, through the GSL generator
 * type mulerr_rng_sm64 (stream.c), on one and the same state. */
#ifndef MULERR_STREAM_H
#define MULERR_STREAM_H

#include <gsl/gsl_rng.h>
#include <stdint.h>

#define MULERR_SM64_GAMMA 0x9e3779b97f4a7c15ull
#define MULERR_SM64_GAMMA_INV 0xf1de83e19937733dull /* gamma^-1 mod 2^64: counter steps to values */

/* The state of a block: the counter c; the next value is fin(c + GAMMA), after which
 * c = c + GAMMA (mod 2^64). */
typedef struct mulerr_sm64 {
  uint64_t c;
} mulerr_sm64;

/* SplitMix64's output function (Stafford's variant 13): a bijection of 64-bit words. */
static inline uint64_t mulerr_sm64_fin(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

static inline uint64_t mulerr_sm64_next(mulerr_sm64 *g) {
  g->c += MULERR_SM64_GAMMA;
  return mulerr_sm64_fin(g->c);
}

/* Block i of the stream of key K: value j (j = 0, 1, ...) is fin(K + (i 2^32 + j + 1) GAMMA). */
static inline void mulerr_sm64_seek(mulerr_sm64 *g, uint64_t key, uint64_t block) {
  g->c = key + (block << 32) * MULERR_SM64_GAMMA;
}

/* The next value's top 53 bits times 2^-53: uniform on [0, 1). */
static inline double mulerr_sm64_double(mulerr_sm64 *g) {
  return (double)(int64_t)(mulerr_sm64_next(g) >> 11) * 0x1p-53;
}

/* Uniform on {0, ..., n - 1} (n >= 1), without bias: Lemire's multiply-shift with rejection
 * (the high word of x n; x is rejected when the low word is below 2^64 mod n). */
static inline uint64_t mulerr_sm64_below(mulerr_sm64 *g, uint64_t n) {
  unsigned __int128 m = (unsigned __int128)mulerr_sm64_next(g) * n;
  uint64_t lo = (uint64_t)m;
  if (lo < n) {
    const uint64_t t = (0 - n) % n;
    while (lo < t) {
      m = (unsigned __int128)mulerr_sm64_next(g) * n;
      lo = (uint64_t)m;
    }
  }
  return (uint64_t)(m >> 64);
}

/* The GSL face of the generator: get() is the high 32 bits of the next value, get_double()
 * its top 53 bits times 2^-53; min 0, max 2^32 - 1; set(s) seeks to block 0 of key s. */
extern const gsl_rng_type *mulerr_rng_sm64;

/* The state of r if r is a version-2 generator, else NULL (a version-1 MT19937). */
static inline mulerr_sm64 *mulerr_stream_state(const gsl_rng *r) {
  return r->type == mulerr_rng_sm64 ? (mulerr_sm64 *)r->state : NULL;
}

/* A generator of stream version v (1: GSL MT19937, 2: mulerr_rng_sm64); NULL if out of memory. */
gsl_rng *mulerr_stream_alloc(int version);
/* Set r to the start of block i of the stream of key K: version 1 seeds MT19937 with
 * 1 + ((K + i) mod (2^32 - 1)), version 2 seeks (mulerr_sm64_seek). */
void mulerr_stream_block(gsl_rng *r, uint64_t key, uint64_t i);

/* The 256-layer ziggurat for the standard normal (stream.c): layer widths x[0..256] and
 * f[i] = exp(-x[i]^2 / 2); k[i] = floor(x[i + 1] / x[i] 2^55), w[i] = x[i] 2^-55 (i < 256), and
 * for the negative half k[i + 256] = k[i], w[i + 256] = -w[i].  Set up
 * by mulerr_zig_init() (idempotent, thread-safe) from MPFR, correctly rounded. */
typedef struct mulerr_zig {
  double x[257], f[257], w[512]; /* w[i + 256] = -w[i], k[i + 256] = k[i]: indexed by layer and sign */
  uint64_t k[512];
  /* the same k[i] and w[i] side by side (one 16-byte load a try, for the vector pass) */
  struct mulerr_zig_kw {
    uint64_t k;
    double w;
  } __attribute__((aligned(16))) kw[512];
} mulerr_zig;
extern mulerr_zig mulerr_zig_tab;
void mulerr_zig_init(void);
double mulerr_zig_slow(mulerr_sm64 *g, uint64_t v); /* the wedge and tail of a rejected try */

/* One standard normal: one 64-bit value per try; its low 8 bits are the layer, bit 8 the
 * sign, the top 55 bits the uniform u; the try is taken at once when u < k[layer]. */
static inline double mulerr_zig_normal(mulerr_sm64 *g) {
  const uint64_t v = mulerr_sm64_next(g), u = v >> 9;
  const unsigned i = (unsigned)(v & 511); /* layer and sign: the signed tables */
  if (u < mulerr_zig_tab.k[i]) return (double)(int64_t)u * mulerr_zig_tab.w[i]; /* u < 2^55: signed conversion */
  return mulerr_zig_slow(g, v);
}

/* Vector passes (stream_vec.c), value for value the one-at-a-time calls above, in runs of at
 * most MULERR_STREAM_RUN values. */
#define MULERR_STREAM_RUN 512
/* out[j] = fin(c + (j + 1) gamma), j < n: the next n values of a state with counter c */
void mulerr_sm64_fill(uint64_t c, size_t n, uint64_t *out);
/* out[i] = mean + sigma mulerr_zig_normal(g), i < n, rounded to float (and back) if fp32 */
void mulerr_zig_fill(mulerr_sm64 *g, size_t n, double mean, double sigma, int fp32, double *out);
/* out[i] = 1 + (mulerr_sm64_next(g) >> (64 - m)) 2^-m, i < n (1 <= m <= 52) */
void mulerr_mantissa_fill(mulerr_sm64 *g, size_t n, int m, double *out);
/* idx[i] = mulerr_sm64_below(g, nn), i < n (nn >= 1) */
void mulerr_below_fill(mulerr_sm64 *g, size_t n, uint64_t nn, uint64_t *idx);
/* out[i] = f[mulerr_sm64_below(g, nn)], i < n (nn >= 1) */
void mulerr_pick_f32(mulerr_sm64 *g, size_t n, uint64_t nn, const float *f, double *out);
/* Whether some x[i], i < n, is not finite (its exponent field all ones): one pass */
int mulerr_any_nonfinite(size_t n, const double *x);
/* The code the passes above run on this processor in this build: "avx512" (mulerr_sm64_fill,
 * mulerr_zig_fill and mulerr_any_nonfinite; the rest AVX2), "avx2" or "c" (t_stream reports
 * and checks it) */
const char *mulerr_stream_isa(void);

#endif
