/* t_metrics.c — the metrics: a tiny sample worked by hand, and a whole point recomputed
 * independently (stream replayed from its documented definition, L-Mul from its
 * definition, errors and means in 256-bit MPFR arithmetic). */
#include "internal.h"
#include "tap.h"

#include <gsl/gsl_rng.h>
#include <mpfr.h>
#include <string.h>

static int close_rel(double got, double want, double tol) {
  return got == want || fabs(got - want) <= tol * fabs(want);
}

/* errors {1, -2, 3} with exact products {2, 4, -6}: by hand,
 * bias = 2/3, mae = 2, mse = 14/3, r = {1/2, -1/2, -1/2}: mean_rel = -1/6, mre = 1/2,
 * se(bias) = sqrt((14 - 4/3) / 2 / 3) = sqrt(19)/3, se(mae) = sqrt((14 - 12)/2/3) = 1/sqrt(3),
 * se(mse) from e^4 = {1, 16, 81}: sqrt((98 - 196/3)/2/3) = sqrt(49/9) = 7/3,
 * se(mre) = 0 (all |r| equal), se(mean_rel) = sqrt((3/4 - 1/12)/2/3) = 1/3. */
static void hand_sample(void) {
  mulerr_acc a, b;
  mulerr_metrics m;
  mulerr_acc_init(&a);
  mulerr_acc_add(&a, (dd){1, 0}, 2);
  mulerr_acc_add(&a, (dd){-2, 0}, 4);
  mulerr_acc_init(&b);
  mulerr_acc_add(&b, (dd){3, 0}, -6);
  mulerr_acc_merge(&a, &b);
  mulerr_acc_finish(&a, 0, &m);
  ok(m.n == 3 && m.n_rel == 3 && m.n_inexact == 3, "counts");
  ok(close_rel(m.bias, 2.0 / 3, 1e-15), "bias = 2/3 (%.17g)", m.bias);
  ok(m.mae == 2, "mae = 2");
  ok(close_rel(m.mse, 14.0 / 3, 1e-15), "mse = 14/3");
  ok(close_rel(m.rmse, sqrt(14.0 / 3), 1e-15), "rmse = sqrt(14/3)");
  ok(close_rel(m.mean_rel, -1.0 / 6, 1e-15), "mean relative error = -1/6");
  ok(m.mre == 0.5 && m.maxre == 0.5 && m.max_abs == 3, "mre = maxre = 1/2, max |e| = 3");
  ok(close_rel(m.bias_se, sqrt(19.0) / 3, 1e-14), "se(bias) = sqrt(19)/3 (%.17g)", m.bias_se);
  ok(close_rel(m.mae_se, 1 / sqrt(3.0), 1e-14), "se(mae) = 1/sqrt(3)");
  ok(close_rel(m.mse_se, 7.0 / 3, 1e-14), "se(mse) = 7/3 (%.17g)", m.mse_se);
  ok(close_rel(m.mean_rel_se, 1.0 / 3, 1e-14), "se(mean_rel) = 1/3");
  ok(m.mre_se == 0, "se(mre) = 0");
  ok(close_rel(m.rmse_se, (7.0 / 3) / (2 * sqrt(14.0 / 3)), 1e-14), "se(rmse) by the delta method");
  /* exact zero errors and a zero exact product: r is left out, counts say so */
  mulerr_acc_init(&a);
  mulerr_acc_add(&a, (dd){0, 0}, 0);
  mulerr_acc_add(&a, (dd){0, 0}, 5);
  mulerr_acc_finish(&a, 0, &m);
  ok(m.n == 2 && m.n_rel == 1 && m.n_inexact == 0 && m.mse == 0 && m.mre == 0, "zero product excluded from r");
  /* cancellation that a plain double sum gets wrong: 1e16 + 1 - 1e16 */
  mulerr_acc_init(&a);
  mulerr_acc_add(&a, (dd){1e16, 0}, 1);
  mulerr_acc_add(&a, (dd){1, 0}, 1);
  mulerr_acc_add(&a, (dd){-1e16, 0}, 1);
  mulerr_acc_finish(&a, 0, &m);
  ok(m.bias == 1.0 / 3, "double-double sums: (1e16 + 1 - 1e16)/3 = 1/3 exactly rounded (%.17g)", m.bias);
}

/* Replay a point from the documented stream definition and recompute every metric. */
static void whole_point(const char *source, int k, uint64_t seed, uint64_t samples) {
  mulerr_point p;
  mulerr_metrics m;
  char key[MULERR_KEY_MAX];
  uint64_t K, i, nb = (samples + MULERR_BLOCK - 1) / MULERR_BLOCK, blk;
  const mulerr_format *src = mulerr_format_find(source);
  gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
  mpfr_t se, sae, se2, sr, sar, e, t, ex;
  double *a = malloc(MULERR_BLOCK * sizeof *a), *b = malloc(MULERR_BLOCK * sizeof *b);
  double maxre = 0;

  memset(&p, 0, sizeof p);
  p.method = mulerr_method_find("lmul");
  p.cfg.source = src;
  p.cfg.k = k;
  p.cfg.l = MULERR_L_DEFAULT;
  p.cfg.rounding = MULERR_ROUNDING_DEFAULT;
  mulerr_dist_parse("uniform-mantissa", &p.dist_a);
  p.dist_b = p.dist_a;
  p.samples = samples;
  p.seed = seed;
  mulerr_method_prepare(p.method, &p.cfg);
  ok(mulerr_eval(&p, &m, NULL, NULL, NULL) == MULERR_OK, "eval lmul %s k=%d n=%llu", source, k,
     (unsigned long long)samples);

  mpfr_inits2(256, se, sae, se2, sr, sar, e, t, ex, (mpfr_ptr)0);
  mpfr_set_zero(se, 1), mpfr_set_zero(sae, 1), mpfr_set_zero(se2, 1);
  mpfr_set_zero(sr, 1), mpfr_set_zero(sar, 1);
  snprintf(key, sizeof key, "source=%s;a=%s;b=%s", source, p.dist_a.text, p.dist_b.text);
  K = mulerr_mix64(seed ^ mulerr_mix64(mulerr_hash64(key)));
  for (blk = 0; blk < nb; blk++) {
    uint64_t n = samples - blk * MULERR_BLOCK < MULERR_BLOCK ? samples - blk * MULERR_BLOCK : MULERR_BLOCK;
    gsl_rng_set(r, (unsigned long)(1 + (K + blk) % 4294967295ull));
    for (i = 0; i < n; i++) a[i] = 1 + ldexp((double)gsl_rng_uniform_int(r, 1ul << src->mbits), -src->mbits);
    for (i = 0; i < n; i++) b[i] = 1 + ldexp((double)gsl_rng_uniform_int(r, 1ul << src->mbits), -src->mbits);
    for (i = 0; i < n; i++) {
      /* L-Mul by definition on operands truncated to k bits (exponent 0 here) */
      double xk = ldexp(floor(ldexp(a[i] - 1, k)), -k), yk = ldexp(floor(ldexp(b[i] - 1, k)), -k);
      double s = xk + yk + ldexp(1, -p.cfg.l), approx = s < 1 ? 1 + s : 2 * s, rr;
      mpfr_set_d(ex, a[i], MPFR_RNDN);
      mpfr_mul_d(ex, ex, b[i], MPFR_RNDN); /* exact at 256 bits */
      mpfr_set_d(e, approx, MPFR_RNDN);
      mpfr_sub(e, e, ex, MPFR_RNDN);       /* exact */
      mpfr_add(se, se, e, MPFR_RNDN);
      mpfr_abs(t, e, MPFR_RNDN);
      mpfr_add(sae, sae, t, MPFR_RNDN);
      mpfr_sqr(t, e, MPFR_RNDN);
      mpfr_add(se2, se2, t, MPFR_RNDN);
      mpfr_div(t, e, ex, MPFR_RNDN);
      rr = mpfr_get_d(t, MPFR_RNDN);
      mpfr_add_d(sr, sr, rr, MPFR_RNDN);
      mpfr_add_d(sar, sar, fabs(rr), MPFR_RNDN);
      if (fabs(rr) > maxre) maxre = fabs(rr);
    }
  }
  mpfr_div_ui(se, se, samples, MPFR_RNDN);
  mpfr_div_ui(sae, sae, samples, MPFR_RNDN);
  mpfr_div_ui(se2, se2, samples, MPFR_RNDN);
  mpfr_div_ui(sr, sr, samples, MPFR_RNDN);
  mpfr_div_ui(sar, sar, samples, MPFR_RNDN);
  ok(m.n == samples && m.n_rel == samples, "n");
  ok(close_rel(m.bias, mpfr_get_d(se, MPFR_RNDN), 1e-13), "bias agrees with MPFR recomputation (%.17g vs %.17g)",
     m.bias, mpfr_get_d(se, MPFR_RNDN));
  ok(close_rel(m.mae, mpfr_get_d(sae, MPFR_RNDN), 1e-15), "mae agrees");
  ok(close_rel(m.mse, mpfr_get_d(se2, MPFR_RNDN), 1e-15), "mse agrees");
  ok(close_rel(m.mean_rel, mpfr_get_d(sr, MPFR_RNDN), 1e-13), "mean_rel agrees");
  ok(close_rel(m.mre, mpfr_get_d(sar, MPFR_RNDN), 1e-14), "mre agrees");
  ok(m.maxre == maxre, "maxre agrees");
  mpfr_clears(se, sae, se2, sr, sar, e, t, ex, (mpfr_ptr)0);
  gsl_rng_free(r);
  free(a);
  free(b);
}

int main(void) {
  hand_sample();
  whole_point("bf16", 3, 1, 1000);
  whole_point("bf16", 4, 7, 3 * MULERR_BLOCK + 17); /* several blocks, a partial last one */
  whole_point("fp16", 2, 12345, 5000);
  return tap_done();
}
