/* t_reference.c — the exact reference: the binary64 fast path against MPFR at 300 bits on
 * random and extreme source values of every format the exactness claim admits, and the two
 * evaluation paths (double and MPFR) giving bit-identical metrics. */
#include "internal.h"
#include "tap.h"

#include <gsl/gsl_rng.h>
#include <mpfr.h>
#include <string.h>

/* A random finite value of f, every encoding equally likely (rejecting NaN/Inf). */
static double random_value(const mulerr_format *f, gsl_rng *r) {
  for (;;) {
    int bits = mulerr_format_bits(f);
    uint64_t enc = bits <= 32 ? gsl_rng_get(r) & (((uint64_t)1 << bits) - 1) : 0;
    double v = mulerr_format_decode(f, enc);
    if (isfinite(v)) return v;
  }
}

static void product_exact(const mulerr_format *f, gsl_rng *r) {
  mpfr_t x, y;
  long i, bad = 0;
  double ext[4] = {mulerr_format_max(f), mulerr_format_min_subnormal(f), mulerr_format_min_normal(f), 1};
  mpfr_inits2(300, x, y, (mpfr_ptr)0);
  for (i = 0; i < 200000 + 16; i++) {
    double a = i < 16 ? ext[i % 4] * (i & 4 ? -1 : 1) : random_value(f, r);
    double b = i < 16 ? ext[(i / 4) % 4] * (i & 8 ? -1 : 1) : random_value(f, r);
    mpfr_set_d(x, a, MPFR_RNDN);
    mpfr_mul_d(y, x, b, MPFR_RNDN); /* exact at 300 bits */
    if (mpfr_cmp_d(y, a * b) != 0 && bad++ < 3) diag("%s: %a * %a", f->name, a, b);
  }
  ok(bad == 0, "%s: the binary64 product equals the 300-bit MPFR product on extremes and 200000 random pairs", f->name);
  mpfr_clears(x, y, (mpfr_ptr)0);
}

static void paths_agree_out(const char *method, const char *source, const char *dist, int k, const char *out) {
  mulerr_point p;
  mulerr_metrics md, mm;
  memset(&p, 0, sizeof p);
  p.method = mulerr_method_find(method);
  p.cfg.source = mulerr_format_find(source);
  p.cfg.k = k;
  p.cfg.l = MULERR_L_DEFAULT;
  p.cfg.rounding = MULERR_ROUNDING_DEFAULT;
  if (out) p.cfg.out_format = mulerr_format_find(out);
  mulerr_dist_parse(dist, &p.dist_a);
  p.dist_b = p.dist_a;
  p.samples = 100000;
  p.seed = 3;
  mulerr_method_prepare(p.method, &p.cfg);
  p.reference = MULERR_REF_DOUBLE;
  ok(mulerr_eval(&p, &md, NULL, NULL, NULL) == MULERR_OK, "double path runs");
  p.reference = MULERR_REF_MPFR;
  ok(mulerr_eval(&p, &mm, NULL, NULL, NULL) == MULERR_OK, "mpfr path runs");
  ok(!memcmp(&md, &mm, sizeof md), "%s %s %s k=%d%s%s: double and MPFR reference give bit-identical metrics",
     method, source, dist, k, out ? " out " : "", out ? out : "");
}
static void paths_agree(const char *method, const char *source, const char *dist, int k) {
  paths_agree_out(method, source, dist, k, NULL);
}

/* A made-up method whose approximation is 2^80 times the product: the error then spans
 * more bits than the MPFR path's exact-difference variable holds (2p + 64), so MPFR takes its
 * mpfr_sum fallback for finite approximations; the double path must still agree bit for bit.
 * (This pins the fallback's high parts; a low part 2^-53 below its high part does not reach
 * these metrics' last digit, so the low part's correctness rests on the exactness argument
 * in eval.c.) */
static void far_mul(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b, double *out) {
  size_t i;
  (void)cfg;
  for (i = 0; i < n; i++) out[i] = ldexp(a[i] * b[i], 80);
}
static void far_fallback(void) {
  static const mulerr_method far = {.name = "far", .description = "2^80 a b (test only)", .mul = far_mul};
  mulerr_point p;
  mulerr_metrics md, mm;
  memset(&p, 0, sizeof p);
  p.method = &far;
  p.cfg.source = mulerr_format_find("fp32");
  p.cfg.rounding = MULERR_ROUNDING_DEFAULT;
  mulerr_dist_parse("normal", &p.dist_a);
  p.dist_b = p.dist_a;
  p.samples = 20000;
  p.seed = 4;
  p.reference = MULERR_REF_DOUBLE;
  ok(mulerr_eval(&p, &md, NULL, NULL, NULL) == MULERR_OK, "far: double path runs");
  p.reference = MULERR_REF_MPFR;
  ok(mulerr_eval(&p, &mm, NULL, NULL, NULL) == MULERR_OK, "far: mpfr path runs");
  ok(!memcmp(&md, &mm, sizeof md) && md.mre > 1e24,
     "approximations 2^80 off (MPFR's mpfr_sum fallback): both references give bit-identical metrics (mre %g)", mm.mre);
}

int main(void) {
  gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
  size_t i;
  mulerr_point p;
  mulerr_metrics m;
  mulerr_status st;
  gsl_rng_set(r, 20261123);
  for (i = 0; i < mulerr_format_count(); i++) {
    const mulerr_format *f = mulerr_format_at(i);
    if (mulerr_double_product_exact(f)) product_exact(f, r);
  }
  ok(mulerr_double_product_exact(mulerr_format_find("fp32")), "fp32 products are exact in binary64");
  ok(!mulerr_double_product_exact(mulerr_format_find("e8m30")), "e8m30 (31-bit significands) products are not");
  ok(!mulerr_double_product_exact(mulerr_format_find("e10m10")), "e10m10 (range beyond 2^511) products are not");
  paths_agree("lmul", "fp32", "normal:sigma=0.02", 3);
  paths_agree("float", "bf16", "uniform-mantissa", 4);
  paths_agree("mitchell", "fp16", "normal", 5);
  paths_agree("exact", "fp32", "normal", 0);
  far_fallback();
  /* products that overflow e5m2 to Inf: the MPFR path's fallback for approximations that are
   * not finite (the metrics are then Inf/NaN on both paths, bit for bit) */
  paths_agree_out("float", "fp32", "normal:sigma=300", 10, "e5m2");
  paths_agree_out("float", "fp32", "normal:sigma=0.001", 10, "e5m2"); /* products underflow to 0 */

  /* a source the fast path refuses falls back to MPFR, and `exact` then shows the double
   * product's own rounding error (nonzero), while MPFR's reference stays exact */
  memset(&p, 0, sizeof p);
  p.method = mulerr_method_find("exact");
  p.cfg.source = mulerr_format_find("e8m30");
  mulerr_dist_parse("normal", &p.dist_a);
  p.dist_b = p.dist_a;
  p.samples = 10000;
  p.seed = 1;
  mulerr_method_prepare(p.method, &p.cfg);
  p.reference = MULERR_REF_DOUBLE;
  ok(mulerr_eval(&p, &m, NULL, NULL, NULL) == MULERR_EINVAL, "--reference double refused for e8m30");
  p.reference = MULERR_REF_AUTO;
  st = mulerr_eval(&p, &m, NULL, NULL, NULL);
  ok(st == MULERR_OK && m.n_inexact > 0 && m.maxre <= ldexp(1, -53) && m.maxre > ldexp(1, -60),
     "e8m30: auto uses MPFR; binary64 product errors are seen and within 2^-53 (%g)", m.maxre);
  p.cfg.source = mulerr_format_find("fp32");
  ok(mulerr_eval(&p, &m, NULL, NULL, NULL) == MULERR_OK && m.n_inexact == 0 && m.mse == 0 && m.maxre == 0,
     "fp32: the exact method has zero error");
  gsl_rng_free(r);
  return tap_done();
}
