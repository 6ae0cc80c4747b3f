/* stream.c — sample stream version 2 (defined at the top of eval.c): the GSL generator type
 * over the SplitMix64 counter of stream.h, the per-block set-up shared by both versions, and
 * the tables and slow path of the 256-layer ziggurat normal sampler (Marsaglia and Tsang,
 * "The ziggurat method for generating random variables", J. Stat. Softw. 5(8), 2000). */
#include "internal.h"
#include "engine/stream.h"

#include <mpfr.h>
#include <pthread.h>

static void sm_set(void *state, unsigned long s) { mulerr_sm64_seek(state, s, 0); }
static unsigned long sm_get(void *state) { return (unsigned long)(mulerr_sm64_next(state) >> 32); }
static double sm_get_double(void *state) { return mulerr_sm64_double(state); }

static const gsl_rng_type sm64_type = {"mulerr-sm64", 0xffffffffUL, 0, sizeof(mulerr_sm64), sm_set, sm_get,
                                       sm_get_double};
const gsl_rng_type *mulerr_rng_sm64 = &sm64_type;

gsl_rng *mulerr_stream_alloc(int version) {
  return gsl_rng_alloc(version == 1 ? gsl_rng_mt19937 : mulerr_rng_sm64);
}

void mulerr_stream_block(gsl_rng *r, uint64_t key, uint64_t i) {
  mulerr_sm64 *g = mulerr_stream_state(r);
  if (g) mulerr_sm64_seek(g, key, i);
  else gsl_rng_set(r, (unsigned long)(1 + (key + i) % 4294967295ull));
}

/* The ziggurat.  With f(x) = exp(-x^2/2), the tail start r = 3.6541528853610088 (Marsaglia
 * and Tsang's, taken as this binary64 number) and the layer area
 * v = r f(r) + sqrt(pi/2) erfc(r / sqrt 2) (the base strip with the tail), the widths are
 * x[0] = v / f(r), x[1] = r, x[i + 1] = sqrt(-2 ln(f(x[i]) + v / x[i])) (i = 1..254),
 * x[256] = 0, computed in 256-bit MPFR arithmetic and each rounded once to binary64; f[i],
 * k[i] and w[i] are then computed from those binary64 widths (f[i] and k[i] correctly
 * rounded, w[i] exact), so the tables are the same on every machine. */
mulerr_zig mulerr_zig_tab;
static pthread_once_t zig_once = PTHREAD_ONCE_INIT;

static void zig_build(void) {
  mulerr_zig *z = &mulerr_zig_tab;
  mpfr_t r, fr, v, t, u, x;
  int i;
  mpfr_inits2(256, r, fr, v, t, u, x, (mpfr_ptr)0);
  mpfr_set_d(r, 3.6541528853610088, MPFR_RNDN);
  mpfr_sqr(fr, r, MPFR_RNDN); /* f(r) */
  mpfr_div_2ui(fr, fr, 1, MPFR_RNDN);
  mpfr_neg(fr, fr, MPFR_RNDN);
  mpfr_exp(fr, fr, MPFR_RNDN);
  mpfr_sqrt_ui(t, 2, MPFR_RNDN); /* v */
  mpfr_div(t, r, t, MPFR_RNDN);
  mpfr_erfc(t, t, MPFR_RNDN);
  mpfr_const_pi(u, MPFR_RNDN);
  mpfr_div_2ui(u, u, 1, MPFR_RNDN);
  mpfr_sqrt(u, u, MPFR_RNDN);
  mpfr_mul(t, t, u, MPFR_RNDN);
  mpfr_mul(v, r, fr, MPFR_RNDN);
  mpfr_add(v, v, t, MPFR_RNDN);
  mpfr_div(t, v, fr, MPFR_RNDN);
  z->x[0] = mpfr_get_d(t, MPFR_RNDN);
  z->x[1] = 3.6541528853610088;
  mpfr_set(x, r, MPFR_RNDN);
  for (i = 1; i <= 254; i++) { /* x = x[i] -> x[i + 1] */
    mpfr_sqr(t, x, MPFR_RNDN);
    mpfr_div_2ui(t, t, 1, MPFR_RNDN);
    mpfr_neg(t, t, MPFR_RNDN);
    mpfr_exp(t, t, MPFR_RNDN);
    mpfr_div(u, v, x, MPFR_RNDN);
    mpfr_add(t, t, u, MPFR_RNDN);
    mpfr_log(t, t, MPFR_RNDN);
    mpfr_mul_si(t, t, -2, MPFR_RNDN);
    mpfr_sqrt(x, t, MPFR_RNDN);
    z->x[i + 1] = mpfr_get_d(x, MPFR_RNDN);
  }
  z->x[256] = 0;
  for (i = 0; i <= 256; i++) {
    mpfr_set_d(t, z->x[i], MPFR_RNDN);
    mpfr_sqr(t, t, MPFR_RNDN);
    mpfr_div_2ui(t, t, 1, MPFR_RNDN);
    mpfr_neg(t, t, MPFR_RNDN);
    mpfr_exp(t, t, MPFR_RNDN);
    z->f[i] = mpfr_get_d(t, MPFR_RNDN);
  }
  for (i = 0; i < 256; i++) {
    mpfr_set_d(t, z->x[i + 1], MPFR_RNDN);
    mpfr_div_d(t, t, z->x[i], MPFR_RNDN);
    mpfr_mul_2ui(t, t, 55, MPFR_RNDN);
    mpfr_floor(t, t); /* < 2^55: read in two 32-bit halves, each exact */
    mpfr_div_2ui(u, t, 32, MPFR_RNDN);
    mpfr_floor(u, u);
    z->k[i] = (uint64_t)mpfr_get_ui(u, MPFR_RNDN) << 32;
    mpfr_mul_2ui(u, u, 32, MPFR_RNDN);
    mpfr_sub(t, t, u, MPFR_RNDN);
    z->k[i] |= (uint64_t)mpfr_get_ui(t, MPFR_RNDN);
    z->w[i] = z->x[i] * 0x1p-55;
    z->k[i + 256] = z->k[i];
    z->w[i + 256] = -z->w[i];
  }
  for (i = 0; i < 512; i++) z->kw[i].k = z->k[i], z->kw[i].w = z->w[i];
  mpfr_clears(r, fr, v, t, u, x, (mpfr_ptr)0);
  mpfr_free_cache();
}

void mulerr_zig_init(void) { pthread_once(&zig_once, zig_build); }

/* Uniform on (0, 1]: the next value's top 53 bits plus 1, times 2^-53. */
static double open01(mulerr_sm64 *g) { return (double)((mulerr_sm64_next(g) >> 11) + 1) * 0x1p-53; }

/* A try v was not taken at once: the wedge of its layer (a uniform height from the next value
 * against f(x)), or for layer 0 the tail beyond r by Marsaglia's method (a = -ln(U1) / r,
 * b = -ln(U2) until 2b >= a^2; r + a), then new tries from the next values. */
double mulerr_zig_slow(mulerr_sm64 *g, uint64_t v) {
  const mulerr_zig *z = &mulerr_zig_tab;
  for (;;) {
    const uint64_t u = v >> 9;
    const unsigned i = (unsigned)(v & 255);
    double x;
    if (u < z->k[i]) {
      x = (double)(int64_t)u * z->w[i];
      return v & 256 ? -x : x;
    }
    if (i == 0) {
      double a, b;
      do {
        a = -log(open01(g)) / z->x[1];
        b = -log(open01(g));
      } while (b + b < a * a);
      x = z->x[1] + a;
      return v & 256 ? -x : x;
    }
    x = (double)(int64_t)u * z->w[i];
    if (z->f[i] + mulerr_sm64_double(g) * (z->f[i + 1] - z->f[i]) < exp(-0.5 * x * x)) return v & 256 ? -x : x;
    v = mulerr_sm64_next(g);
  }
}
