/* t_lmul.c — L-Mul's integer (bit-pattern) form against its real-arithmetic definition.
 *
 * Oracle: for x = (1 + x_m) 2^x_e and y = (1 + y_m) 2^y_e (normalised, in exact MPFR
 * arithmetic), s = x_m + y_m + 2^-l and c = floor(s) (0, 1, or 2 when l = 1): the L-Mul
 * value is (1 + s - c) 2^(x_e + y_e + c): the mantissa carry c moves into the exponent, as
 * in Mitchell's antilogarithm 2^t ~ 2^floor(t) (1 + frac(t)).  Sign by XOR, zero if either
 * operand is zero.  Mitchell is the same with no 2^-l.  Checked for every
 * ordered pair of encodings of several small formats, and for several offsets l. */
#include "internal.h"
#include "tap.h"

#include <gsl/gsl_rng.h>
#include <mpfr.h>
#include <string.h>

/* Oracle value of L-Mul on two values already in the operand format. */
static double oracle(double x, double y, int l, int with_offset) {
  mpfr_t xm, ym, s, r;
  mpfr_exp_t ex, ey;
  double out;
  int neg = signbit(x) != signbit(y);
  if (x == 0 || y == 0) return neg ? -0.0 : 0.0;
  mpfr_inits2(200, xm, ym, s, r, (mpfr_ptr)0);
  mpfr_set_d(xm, fabs(x), MPFR_RNDN);
  mpfr_set_d(ym, fabs(y), MPFR_RNDN);
  ex = mpfr_get_exp(xm) - 1; /* MPFR mantissas are in [1/2, 1): |x| = (1+x_m) 2^ex */
  ey = mpfr_get_exp(ym) - 1;
  mpfr_set_exp(xm, 1); /* now in [1, 2) */
  mpfr_set_exp(ym, 1);
  mpfr_sub_ui(xm, xm, 1, MPFR_RNDN);
  mpfr_sub_ui(ym, ym, 1, MPFR_RNDN);
  mpfr_add(s, xm, ym, MPFR_RNDN);
  if (with_offset) {
    mpfr_set_ui_2exp(r, 1, -l, MPFR_RNDN);
    mpfr_add(s, s, r, MPFR_RNDN);
  }
  {
    long c = mpfr_get_si(s, MPFR_RNDD); /* floor */
    mpfr_sub_si(r, s, c, MPFR_RNDN);
    mpfr_add_ui(r, r, 1, MPFR_RNDN);
    mpfr_mul_2si(r, r, ex + ey + c, MPFR_RNDN);
  }
  out = mpfr_get_d(r, MPFR_RNDN);
  mpfr_clears(xm, ym, s, r, (mpfr_ptr)0);
  return neg ? -out : out;
}

/* Every ordered pair of finite encodings of layout fmt, through method m with k = mbits. */
static void exhaustive(const char *fmt, const char *method, int l) {
  const mulerr_format *f = mulerr_format_find(fmt);
  const mulerr_method *m = mulerr_method_find(method);
  mulerr_method_cfg cfg;
  uint64_t nenc = (uint64_t)1 << mulerr_format_bits(f), i, j, bad = 0, pairs = 0;
  double *vals = malloc(nenc * sizeof *vals), *b = malloc(nenc * sizeof *b), *out = malloc(nenc * sizeof *out);
  size_t nv = 0;
  for (i = 0; i < nenc; i++) {
    double v = mulerr_format_decode(f, i);
    if (isfinite(v)) vals[nv++] = v;
  }
  memset(&cfg, 0, sizeof cfg);
  cfg.source = f;
  cfg.k = f->mbits;
  cfg.l = l;
  cfg.rounding = MULERR_ROUNDING_DEFAULT;
  ok(mulerr_method_prepare(m, &cfg) == MULERR_OK, "%s prepares on %s (l=%d)", method, fmt, l);
  for (i = 0; i < nv; i++) {
    for (j = 0; j < nv; j++) b[j] = vals[i];
    m->mul(&cfg, nv, b, vals, out); /* vals[i] times every value */
    for (j = 0; j < nv; j++) {
      double want = oracle(vals[i], vals[j], cfg.l, m == mulerr_method_find("lmul"));
      pairs++;
      if (memcmp(&want, &out[j], sizeof want) && !(want == 0 && out[j] == 0 && signbit(want) == signbit(out[j]))) {
        if (bad++ < 5) diag("%s %s l=%d: %a * %a gave %a, want %a", method, fmt, cfg.l, vals[i], vals[j], out[j], want);
      }
    }
  }
  ok(bad == 0, "%s on every ordered pair of %s (%llu pairs, l=%d): integer form == definition",
     method, fmt, (unsigned long long)pairs, cfg.l);
  free(vals);
  free(b);
  free(out);
}

/* Known values worked by hand (k = 3, l = 3, offset 2^-3 = 0.125). */
static void hand_values(void) {
  const mulerr_method *m = mulerr_method_find("lmul");
  mulerr_method_cfg cfg;
  static const double cases[][3] = {
      {1.25, 1.25, 1.625},   /* 1 + .25 + .25 + .125, no carry */
      {1.5, 1.5, 2.25},      /* .5 + .5 + .125 = 1.125 >= 1: carry, 2 * 1.125 */
      {1.875, 1.875, 3.75},  /* .875+.875+.125 = 1.875: carry, 2 * 1.875 */
      {1.0, 1.0, 1.125},     /* 1 + 2^-3 */
      {-1.5, 2.0, -3.25},    /* 2 * (1 + .5 + .125); sign by XOR */
      {0.0, 1.5, 0.0},       /* zero operand: zero */
  };
  size_t i;
  memset(&cfg, 0, sizeof cfg);
  cfg.source = mulerr_format_find("fp32");
  cfg.k = 3;
  cfg.l = 3;
  cfg.rounding = MULERR_ROUNDING_DEFAULT;
  mulerr_method_prepare(m, &cfg);
  ok(cfg.rounding == MULERR_RTZ, "lmul's default rounding is truncation");
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    double out;
    m->mul(&cfg, 1, &cases[i][0], &cases[i][1], &out);
    ok(out == cases[i][2], "lmul k=3 l=3: %g * %g = %g (got %g)", cases[i][0], cases[i][1], cases[i][2], out);
  }
  {
    /* 0.75 = 1.5 2^-1 and 0.375 = 1.5 2^-2: s = 1.125 carries, value 1.125 2^(-3+1) = 0.28125 */
    double a = 0.75, b = 0.375, out;
    m->mul(&cfg, 1, &a, &b, &out);
    ok(out == 0.28125, "lmul k=3 l=3: 0.75 * 0.375 = 0.28125 (got %g)", out);
  }
  {
    /* truncation to k = 3 bits first: 1.3 -> 1.25, 1.99 -> 1.875 */
    double a = 1.3, b = 1.99, out;
    m->mul(&cfg, 1, &a, &b, &out);
    ok(out == oracle(1.25, 1.875, 3, 1), "operands are cut to k bits first (1.3 -> 1.25, 1.99 -> 1.875)");
  }
  ok(mulerr_lmul_default_l(1) == 1 && mulerr_lmul_default_l(2) == 2 && mulerr_lmul_default_l(3) == 3 &&
         mulerr_lmul_default_l(4) == 3 && mulerr_lmul_default_l(5) == 4 && mulerr_lmul_default_l(10) == 4,
     "default l(k): k for k <= 3, 3 for k = 4, 4 for k > 4");
}

/* The vector pass (mulerr_lmul_kernel_fast, what the methods run) against the scalar kernel,
 * bit for bit, on fp32 sources cut to k bits, every deterministic rounding, offsets below,
 * at and above k, with zeros, values that are subnormal or overflow in the operand format,
 * and products far outside it. */
static void fast_vs_kernel(void) {
  enum { N = 20000 };
  static double a[N], b[N], want[N], got[N];
  gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
  const mulerr_format *fp32 = mulerr_format_find("fp32");
  size_t i, bad = 0, cases = 0;
  int k, l, r, offset;
  gsl_rng_set(rng, 7);
  for (i = 0; i < N; i++) {
    int e = -160 + (int)gsl_rng_uniform_int(rng, 300);
    a[i] = mulerr_format_round(fp32, ldexp(1 + gsl_rng_uniform(rng), e) * (gsl_rng_get(rng) & 1 ? -1 : 1), MULERR_RNE);
    b[i] = mulerr_format_round(fp32, ldexp(1 + gsl_rng_uniform(rng), i % 3 ? -(int)gsl_rng_uniform_int(rng, 8) : e / 2), MULERR_RNE);
    if (i % 97 == 0) a[i] = 0;
    if (i % 89 == 0) b[i] = -0.0;
  }
  for (k = 1; k <= 23; k += (k < 4 ? 1 : 5))
    for (l = 1; l <= k + 3; l += 2)
      for (r = 0; r < MULERR_ROUNDING_COUNT; r++)
        for (offset = 0; offset <= 1; offset++) {
          mulerr_method_cfg cfg;
          memset(&cfg, 0, sizeof cfg);
          cfg.source = fp32, cfg.k = k, cfg.l = l, cfg.rounding = r;
          if (mulerr_method_prepare(mulerr_method_find("lmul"), &cfg) != MULERR_OK) continue;
          cases++;
          mulerr_lmul_kernel(&cfg, offset, N, a, b, want);
          mulerr_lmul_kernel_fast(&cfg, offset, N, a, b, got);
          for (i = 0; i < N; i++)
            if (memcmp(&want[i], &got[i], sizeof got[i]) && bad++ < 5)
              diag("k=%d l=%d %s offset %d: %a x %a: fast %a, kernel %a", k, l, mulerr_rounding_name(r), offset, a[i], b[i], got[i], want[i]);
        }
  ok(bad == 0 && cases > 100, "the vector L-Mul/Mitchell pass equals the scalar kernel bit for bit (%zu configurations x %d pairs)", cases, N);
  /* lmul-eq1: the method (its vector pass) against mulerr_lmul_eq1_kernel on the operands
   * rounded by hand, over k, l up to 30, every deterministic rounding, and fp8 formats */
  bad = cases = 0;
  for (k = 1; k <= 24; k += (k < 4 ? 1 : 5))
    for (l = 1; l <= 30; l += (l < 8 ? 1 : 7))
      for (r = 0; r <= MULERR_ROUNDING_COUNT + 2; r++) {
        static double ra[N], rb[N];
        static const char *const fmts[] = {"e4m3fn", "e5m2", "bf16"};
        const mulerr_method *m = mulerr_method_find("lmul-eq1");
        mulerr_method_cfg cfg;
        memset(&cfg, 0, sizeof cfg);
        cfg.source = fp32, cfg.k = k, cfg.l = l, cfg.rounding = r < MULERR_ROUNDING_COUNT ? r : MULERR_RTZ;
        if (r >= MULERR_ROUNDING_COUNT) cfg.format = mulerr_format_find(fmts[r - MULERR_ROUNDING_COUNT]);
        if (mulerr_method_prepare(m, &cfg) != MULERR_OK) continue;
        cases++;
        for (i = 0; i < N; i++) {
          ra[i] = mulerr_format_round(&cfg.work, a[i], cfg.rounding);
          rb[i] = mulerr_format_round(&cfg.work, b[i], cfg.rounding);
        }
        mulerr_lmul_eq1_kernel(&cfg, N, ra, rb, want);
        m->mul(&cfg, N, a, b, got);
        for (i = 0; i < N; i++)
          if (memcmp(&want[i], &got[i], sizeof got[i]) && bad++ < 5)
            diag("lmul-eq1 k=%d l=%d %s %s: %a x %a: fast %a, kernel %a", k, l, mulerr_rounding_name(cfg.rounding),
                 cfg.format ? cfg.format->name : "", a[i], b[i], got[i], want[i]);
      }
  ok(bad == 0 && cases > 200, "lmul-eq1: the vector pass equals the scalar kernel bit for bit (%zu configurations x %d pairs)", cases, N);
  /* lmul-gpu: the method (its vector pass) against mulerr_lmul_gpu_kernel, with every
   * registered signed format of at most 16 bits as --format and fp32 cut to k bits: the
   * operands cover zeros, subnormals, the top binade and results that wrap */
  bad = cases = 0;
  for (i = 0; i < mulerr_format_count() + 8; i++) {
    const mulerr_method *m = mulerr_method_find("lmul-gpu");
    static double ra[N], rb[N];
    mulerr_method_cfg cfg;
    size_t j;
    memset(&cfg, 0, sizeof cfg);
    cfg.source = fp32, cfg.rounding = i % 2 ? MULERR_RTZ : MULERR_RNE;
    if (i < mulerr_format_count()) {
      cfg.format = mulerr_format_at(i);
      if (mulerr_format_bits(cfg.format) > 16) continue;
      cfg.k = cfg.format->mbits, cfg.l = cfg.k > 1 ? cfg.k - 1 : 1;
    } else
      cfg.k = 1 + 3 * (int)(i - mulerr_format_count()), cfg.l = 1 + (int)(i - mulerr_format_count());
    if (mulerr_method_prepare(m, &cfg) != MULERR_OK) continue;
    cases++;
    for (j = 0; j < N; j++) {
      /* scaled into the format's range so that every binade is met */
      double s = ldexp(1.0, cfg.work.bias - 8 * (cfg.work.ebits > 5));
      ra[j] = mulerr_format_round(&cfg.work, a[j] * s, cfg.rounding);
      rb[j] = mulerr_format_round(&cfg.work, b[j], cfg.rounding);
      if (!isfinite(ra[j])) ra[j] = 0;
      if (!isfinite(rb[j])) rb[j] = 0;
    }
    mulerr_lmul_gpu_kernel(&cfg, N, ra, rb, want);
    m->mul(&cfg, N, ra, rb, got);
    for (j = 0; j < N; j++)
      if (memcmp(&want[j], &got[j], sizeof got[j]) && !(isnan(want[j]) && isnan(got[j])) && bad++ < 5)
        diag("lmul-gpu %s k=%d l=%d: %a x %a: fast %a, kernel %a", cfg.work.name ? cfg.work.name : "", cfg.k, cfg.l,
             ra[j], rb[j], got[j], want[j]);
  }
  ok(bad == 0 && cases > 10, "lmul-gpu: the vector pass equals the scalar kernel bit for bit (%zu configurations x %d pairs)", cases, N);
  gsl_rng_free(rng);
}

int main(void) {
  fast_vs_kernel();
  int l;
  hand_values();
  for (l = 1; l <= 6; l++) exhaustive("e4m3", "lmul", l);
  exhaustive("e5m2", "lmul", 2);
  exhaustive("e3m4", "lmul", 3);
  exhaustive("e2m5", "lmul", 4);
  exhaustive("e5m5", "lmul", 4); /* 11 bits: 4 million pairs */
  exhaustive("e4m3", "mitchell", 1);
  exhaustive("e5m2", "mitchell", 1);
  { /* every registered signed format of at most 8 bits, with its default offset */
    size_t i;
    for (i = 0; i < mulerr_format_count(); i++) {
      const mulerr_format *f = mulerr_format_at(i);
      if (mulerr_format_bits(f) > 8 || f->mbits < 1 || (f->flags & MULERR_FMT_UNSIGNED)) continue;
      exhaustive(f->name, "lmul", MULERR_L_DEFAULT);
      exhaustive(f->name, "mitchell", MULERR_L_DEFAULT);
    }
  }
  return tap_done();
}
