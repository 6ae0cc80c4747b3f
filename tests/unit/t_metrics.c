/* t_metrics.c — the metrics: a tiny sample worked by hand, and a whole point recomputed
 * independently (stream replayed from its documented definition, L-Mul from its
 * definition, errors and means in 256-bit MPFR arithmetic). */
#include "internal.h"
#include "tap.h"
#include "engine/stream.h"

#include <gsl/gsl_rng.h>
#include <mpfr.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

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
  mulerr_acc_init(&a, 2, -100); /* ulps of a 2-bit-mantissa format: ulp(2) = 1/2, ulp(4) = ulp(6) = 1 */
  mulerr_acc_add(&a, (dd){1, 0}, 2);
  mulerr_acc_add(&a, (dd){-2, 0}, 4);
  mulerr_acc_init(&b, 2, -100);
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
  ok(close_rel(m.mean_ulp, 7.0 / 3, 1e-15) && m.max_ulp == 3, "ulp errors {2, 2, 3}: mean 7/3, max 3");
  ok(m.ned == 2.0 / 3, "NED = mae / max |e| = 2/3");
  ok(m.hist[MULERR_HIST_OFFSET - 1] == 3, "|r| = 1/2 three times: bin 2^-1");
  /* exact zero errors and a zero exact product: r is left out, counts say so */
  mulerr_acc_init(&a, 52, -1022);
  mulerr_acc_add(&a, (dd){0, 0}, 0);
  mulerr_acc_add(&a, (dd){0, 0}, 5);
  mulerr_acc_finish(&a, 0, &m);
  ok(m.n == 2 && m.n_rel == 1 && m.n_inexact == 0 && m.mse == 0 && m.mre == 0, "zero product excluded from r");
  /* cancellation that a plain double sum gets wrong: 1e16 + 1 - 1e16 */
  mulerr_acc_init(&a, 52, -1022);
  mulerr_acc_add(&a, (dd){1e16, 0}, 1);
  mulerr_acc_add(&a, (dd){1, 0}, 1);
  mulerr_acc_add(&a, (dd){-1e16, 0}, 1);
  mulerr_acc_finish(&a, 0, &m);
  ok(m.bias == 1.0 / 3, "double-double sums: (1e16 + 1 - 1e16)/3 = 1/3 exactly rounded (%.17g)", m.bias);
}

/* Version 2's value j of block blk of key K, written out from eval.c's definition. */
static uint64_t v2_value(uint64_t K, uint64_t blk, uint64_t j) {
  uint64_t z = K + (blk * 4294967296ull + j + 1) * 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

/* Replay a point from the documented stream definition (version 1 or 2) and recompute every
 * metric. */
static void whole_point(const char *source, int k, uint64_t seed, uint64_t samples, int stream) {
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
  p.stream = stream;
  mulerr_method_prepare(p.method, &p.cfg);
  ok(mulerr_eval(&p, &m, NULL, NULL, NULL) == MULERR_OK, "eval lmul %s k=%d n=%llu, stream %d", source, k,
     (unsigned long long)samples, stream);

  mpfr_inits2(256, se, sae, se2, sr, sar, e, t, ex, (mpfr_ptr)0);
  mpfr_set_zero(se, 1), mpfr_set_zero(sae, 1), mpfr_set_zero(se2, 1);
  mpfr_set_zero(sr, 1), mpfr_set_zero(sar, 1);
  snprintf(key, sizeof key, "source=%s;a=%s;b=%s", source, p.dist_a.text, p.dist_b.text);
  K = mulerr_mix64(seed ^ mulerr_mix64(mulerr_hash64(key)));
  for (blk = 0; blk < nb; blk++) {
    uint64_t n = samples - blk * MULERR_BLOCK < MULERR_BLOCK ? samples - blk * MULERR_BLOCK : MULERR_BLOCK;
    gsl_rng_set(r, (unsigned long)(1 + (K + blk) % 4294967295ull));
    for (i = 0; i < n; i++) /* version 2: the top m bits of value i (a), of value n + i (b) */
      a[i] = 1 + ldexp((double)(stream == 2 ? v2_value(K, blk, i) >> (64 - src->mbits)
                                            : gsl_rng_uniform_int(r, 1ul << src->mbits)), -src->mbits);
    for (i = 0; i < n; i++)
      b[i] = 1 + ldexp((double)(stream == 2 ? v2_value(K, blk, n + i) >> (64 - src->mbits)
                                            : gsl_rng_uniform_int(r, 1ul << src->mbits)), -src->mbits);
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

/* An exhaustive point recomputed independently: every ordered pair of the format's
 * selected encodings through the oracle definition of L-Mul (carry into the exponent),
 * sums in 256-bit MPFR, and the metrics compared exactly where they are exact. */
static void exhaustive_point(const char *fmt, mulerr_operands ops, int l) {
  const mulerr_format *f = mulerr_format_find(fmt);
  mulerr_point p;
  mulerr_metrics m;
  double *v;
  size_t nv, i, j;
  uint64_t n = 0, ninexact = 0, nrel = 0;
  double maxabs = 0, maxulp = 0;
  mpfr_t se, sae, se2, sar, sulp, e, t, ex;
  memset(&p, 0, sizeof p);
  p.method = mulerr_method_find("lmul");
  p.cfg.source = f;
  p.cfg.k = f->mbits;
  p.cfg.l = l;
  p.cfg.rounding = MULERR_ROUNDING_DEFAULT;
  p.operands = ops;
  mulerr_method_prepare(p.method, &p.cfg);
  ok(mulerr_eval(&p, &m, NULL, NULL, NULL) == MULERR_OK, "exhaustive lmul on %s (%s)", fmt, mulerr_operands_name(ops));
  ok(mulerr_operand_values(f, ops, &v, &nv) == MULERR_OK, "operand values of %s", fmt);
  mpfr_inits2(256, se, sae, se2, sar, sulp, e, t, ex, (mpfr_ptr)0);
  mpfr_set_zero(se, 1), mpfr_set_zero(sae, 1), mpfr_set_zero(se2, 1), mpfr_set_zero(sar, 1), mpfr_set_zero(sulp, 1);
  for (i = 0; i < nv; i++)
    for (j = 0; j < nv; j++) {
      double x = v[i], y = v[j], approx;
      int ex_x, ex_y, c;
      double fx, fy, s;
      n++;
      if (x == 0 || y == 0) approx = 0;
      else { /* L-Mul by definition: s = x_m + y_m + 2^-l, carry c = floor(s) */
        fx = frexp(fabs(x), &ex_x) * 2 - 1;
        fy = frexp(fabs(y), &ex_y) * 2 - 1;
        s = fx + fy + ldexp(1, -l);
        c = (int)floor(s);
        approx = ldexp(1 + s - c, ex_x - 1 + ex_y - 1 + c) * ((x < 0) != (y < 0) ? -1 : 1);
      }
      mpfr_set_d(ex, x, MPFR_RNDN);
      mpfr_mul_d(ex, ex, y, MPFR_RNDN);
      mpfr_set_d(e, approx, MPFR_RNDN);
      mpfr_sub(e, e, ex, MPFR_RNDN);
      if (!mpfr_zero_p(e)) ninexact++;
      mpfr_add(se, se, e, MPFR_RNDN);
      mpfr_abs(t, e, MPFR_RNDN);
      mpfr_add(sae, sae, t, MPFR_RNDN);
      if (mpfr_get_d(t, MPFR_RNDN) > maxabs) maxabs = mpfr_get_d(t, MPFR_RNDN);
      mpfr_sqr(t, e, MPFR_RNDN);
      mpfr_add(se2, se2, t, MPFR_RNDN);
      if (!mpfr_zero_p(ex)) {
        /* ulp of the exact product in the operand format: 2^(max(floor(log2|p|), emin) - m) */
        long ee = mpfr_get_exp(ex) - 1, emin = mulerr_format_emin(f);
        double u;
        nrel++;
        mpfr_div(t, e, ex, MPFR_RNDN);
        mpfr_add_d(sar, sar, fabs(mpfr_get_d(t, MPFR_RNDN)), MPFR_RNDN);
        mpfr_abs(t, e, MPFR_RNDN);
        mpfr_mul_2si(t, t, f->mbits - (ee > emin ? ee : emin), MPFR_RNDN);
        u = mpfr_get_d(t, MPFR_RNDN);
        mpfr_add_d(sulp, sulp, u, MPFR_RNDN);
        if (u > maxulp) maxulp = u;
      }
    }
  mpfr_div_ui(se, se, n, MPFR_RNDN);
  mpfr_div_ui(sae, sae, n, MPFR_RNDN);
  mpfr_div_ui(se2, se2, n, MPFR_RNDN);
  mpfr_div_ui(sar, sar, nrel, MPFR_RNDN);
  mpfr_div_ui(sulp, sulp, nrel, MPFR_RNDN);
  ok(m.n == n && m.n_rel == nrel && m.n_inexact == ninexact, "%s: counts n=%llu n_rel=%llu inexact=%llu", fmt,
     (unsigned long long)n, (unsigned long long)nrel, (unsigned long long)ninexact);
  ok(m.bias == mpfr_get_d(se, MPFR_RNDN) || fabs(m.bias - mpfr_get_d(se, MPFR_RNDN)) <= 1e-15 * mpfr_get_d(sae, MPFR_RNDN),
     "%s: exact bias %.17g", fmt, mpfr_get_d(se, MPFR_RNDN));
  ok(close_rel(m.mae, mpfr_get_d(sae, MPFR_RNDN), 1e-15), "%s: exact mae", fmt);
  ok(close_rel(m.mse, mpfr_get_d(se2, MPFR_RNDN), 1e-15), "%s: exact mse", fmt);
  ok(close_rel(m.mre, mpfr_get_d(sar, MPFR_RNDN), 1e-14), "%s: exact mre", fmt);
  ok(close_rel(m.mean_ulp, mpfr_get_d(sulp, MPFR_RNDN), 1e-14) && m.max_ulp == maxulp, "%s: mean and max ulp error", fmt);
  ok(m.max_abs == maxabs && close_rel(m.ned, m.mae / maxabs, 1e-15), "%s: max |e| and NED = mae / max |e|", fmt);
  ok(m.bias_se == 0 && m.mse_se == 0 && m.mre_se == 0, "%s: an enumeration has no sampling error", fmt);
  {
    uint64_t tot = 0;
    int b;
    for (b = 0; b < MULERR_HIST_BINS; b++) tot += m.hist[b];
    ok(tot == nrel && m.hist[0] == nrel - ninexact + (n - nrel) * 0, "%s: histogram holds every relative error, r = 0 in bin 0", fmt);
  }
  mpfr_clears(se, sae, se2, sar, sulp, e, t, ex, (mpfr_ptr)0);
  free(v);
}

static int same_or_nan(double a, double b) { return a == b || (isnan(a) && isnan(b)); }
/* close, or NaN on both sides (a mean over no pairs, or one an Inf or NaN made) */
static int close_nan(double got, double want, double tol) { return same_or_nan(got, want) || close_rel(got, want, tol); }

/* The block accumulator (vector lanes, acc.c) against the per-pair one on the same pairs:
 * counts, histogram and maxima identical; means within 2^-50 relative (or NaN on both sides) (the two sum in
 * different orders, each to about twice the working precision); standard errors to 1e-12.
 * Block sizes below, at and above the lane count and the histogram chunk; pairs with zero
 * products, exact approximations, huge and tiny errors, and (second set) Inf and NaN. */
static void block_vs_pairs(void) {
  enum { N = 5000 };
  static double x[N], y[N], ap[N];
  const size_t sizes[] = {1, 7, 8, 9, 1023, 1024, 1025, N};
  gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
  const mulerr_format *fp32 = mulerr_format_find("fp32");
  size_t i, si;
  int withspecial;
  gsl_rng_set(r, 3);
  for (withspecial = 0; withspecial <= 1; withspecial++) {
    for (i = 0; i < N; i++) {
      double p;
      x[i] = mulerr_format_round(fp32, ldexp(gsl_rng_uniform_pos(r), -(int)gsl_rng_uniform_int(r, 60)) * (i % 3 ? 1 : -1), MULERR_RNE);
      y[i] = mulerr_format_round(fp32, ldexp(gsl_rng_uniform_pos(r), 30 - (int)gsl_rng_uniform_int(r, 60)), MULERR_RNE);
      if (i % 41 == 0) x[i] = 0;
      p = x[i] * y[i];
      ap[i] = i % 5 == 0 ? p : mulerr_format_round(mulerr_format_find("e8m3"), p * (1 + 0.1 * gsl_rng_uniform(r)), MULERR_RTZ);
      if (i % 53 == 0) ap[i] = p * 1e6;
      if (i % 59 == 0) ap[i] = 0;
      if (withspecial && i % 613 == 7) ap[i] = i % 2 ? INFINITY : NAN;
    }
    for (si = 0; si < sizeof sizes / sizeof *sizes; si++) {
      const size_t n = sizes[si];
      mulerr_acc A, B;
      mulerr_metrics ma, mb;
      int hist_same = 1, j;
      mulerr_acc_init(&A, 3, -126);
      mulerr_acc_init(&B, 3, -126);
      mulerr_acc_add_block(&A, n, ap, x, y);
      for (i = 0; i < n; i++) mulerr_acc_add(&B, dd_two_sum(ap[i], -(x[i] * y[i])), x[i] * y[i]);
      mulerr_acc_finish(&A, 0, &ma);
      mulerr_acc_finish(&B, 0, &mb);
      for (j = 0; j < MULERR_HIST_BINS; j++) hist_same &= ma.hist[j] == mb.hist[j];
      ok(ma.n == mb.n && ma.n_rel == mb.n_rel && ma.n_inexact == mb.n_inexact && hist_same,
         "block vs pairs (n=%zu%s): counts and histogram equal", n, withspecial ? ", Inf/NaN" : "");
      ok(same_or_nan(ma.max_abs, mb.max_abs) && same_or_nan(ma.maxre, mb.maxre) && same_or_nan(ma.max_ulp, mb.max_ulp),
         "block vs pairs (n=%zu%s): maxima identical (%g %g %g)", n, withspecial ? ", Inf/NaN" : "", ma.max_abs, ma.maxre, ma.max_ulp);
      ok(close_nan(ma.bias, mb.bias, 0x1p-50) && close_nan(ma.mae, mb.mae, 0x1p-50) && close_nan(ma.mse, mb.mse, 0x1p-50) &&
             close_nan(ma.mean_rel, mb.mean_rel, 0x1p-50) && close_nan(ma.mre, mb.mre, 0x1p-50) && close_nan(ma.mean_ulp, mb.mean_ulp, 0x1p-50),
         "block vs pairs (n=%zu%s): means agree to 2^-50 (mse %.17g / %.17g)", n, withspecial ? ", Inf/NaN" : "", ma.mse, mb.mse);
      ok((n < 2 && isnan(ma.bias_se) && isnan(mb.bias_se)) ||
             (close_nan(ma.bias_se, mb.bias_se, 1e-12) && close_nan(ma.mse_se, mb.mse_se, 1e-12) && close_nan(ma.mre_se, mb.mre_se, 1e-12)),
         "block vs pairs (n=%zu%s): standard errors agree to 1e-12", n, withspecial ? ", Inf/NaN" : "");
    }
  }
  gsl_rng_free(r);
}

/* The |r| histogram's bin by its definition (mulerr.h), written here from frexp: bin 0 for
 * r = 0, 1 for 0 < |r| < 2^-48, j - 50 = floor(log2 |r|) for 2^-48 <= |r| < 2^13, 63 from 2^13
 * up and for NaN. */
static int def_hist_bin(double r) {
  int e;
  const double ar = fabs(r);
  if (ar == 0) return 0;
  if (!(ar < 0x1p13)) return 63;
  if (ar < 0x1p-48) return 1;
  frexp(ar, &e); /* ar = f 2^e, f in [1/2, 1): floor(log2 ar) = e - 1 */
  return e - 1 + 50;
}

/* The block pass on given errors (hi, lo, exact: the MPFR path's entry) at the corners of
 * what it derives from bits, against mulerr_acc_add pair by pair and the histogram's
 * definition: r = +-0 with p != 0 (hi = 0, and a tiny hi whose quotient underflows to 0),
 * subnormal r (in the quantile histogram's bin 0 and above it), r at and around 2^-49,
 * 2^-48, 2^12 and 2^13 (the exponent histogram's edges), Inf and NaN errors, p = 0, exact
 * products at the bottom and the top of the range the block path takes, and ulp formats with
 * emin far below, inside and above the products' exponents.  Counts, the histogram (through
 * mulerr_acc_hist_from_q) and the three maxima must be identical bit for bit (a NaN on both
 * sides: NaN). */
static void block_err_corners(void) {
  enum { N = 3000 };
  static double hi[N], lo[N], ex[N], hf[N];
  static const double rs[] = {0x1p-49, 0x1.fffffffffffffp-50, 0x1p-48, 0x1.fffffffffffffp-49, 0x1p12,
                              0x1.fffffffffffffp12, 0x1p13, 0x1.fffffffffffffp13, 0x1p-1, 1, 0x1.8p-30, 0x1p-60};
  static const int ulps[][2] = {{23, -126}, {3, -6}, {10, -14}, {52, -960}, {7, -126}, {2, 200}, {0, -30}};
  static const size_t lens[] = {1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 1023, 1024, 1025, 2049, N};
  uint64_t st = 0x2545f4914f6cdd1dull;
  size_t i, u, k;
  int fin;
  for (i = 0; i < N; i++) {
    double p, r;
    st ^= st << 13, st ^= st >> 7, st ^= st << 17;
    p = ldexp(1 + (double)(st >> 40) * 0x1p-24, (int)(st % 600) - 300) * (st >> 63 ? -1 : 1);
    r = rs[(st >> 20) % (sizeof rs / sizeof *rs)] * ((st >> 30) & 1 ? -1 : 1);
    hi[i] = r * p, lo[i] = 0; /* r times a power-of-two-free p: hi / p rounds back to r or next to it */
    switch ((st >> 8) % 16) {
    case 0: hi[i] = 0; break;                                             /* r = 0 */
    case 1: hi[i] = -0.0; break;                                          /* r = -0 */
    case 2: hi[i] = 0x1p-1074, p = ldexp(1.5, 300); break;                /* r underflows to 0 */
    case 3: hi[i] = -0x1p-1070, p = 0x1p-60; break;                       /* r subnormal, q bin 0 */
    case 4: hi[i] = 0x1.8p-1000, p = 0x1p40; break;                       /* r subnormal, above q bin 0 */
    case 5: hi[i] = 0x1p-1030, p = 0x1p-20; break;                        /* r just below 2^-1022 */
    case 6: hi[i] = (st >> 12) & 1 ? INFINITY : -INFINITY; break;         /* r = +-Inf */
    case 7: hi[i] = NAN; break;                                           /* r NaN */
    case 8: p = 0; break;                                                 /* no r */
    case 9: hi[i] = ldexp(1, -(int)((st >> 12) % 40)), lo[i] = hi[i] * 0x1p-60; break;
    case 10: p = ldexp(1.25, -1022 + (int)((st >> 12) % 8)), hi[i] = r * p; break; /* p near 2^-1022 */
    case 11: p = ldexp(1.75, 1000 + (int)((st >> 12) % 20)), hi[i] = r * p; break;  /* p near the top */
    default: break;
    }
    ex[i] = p;
    hf[i] = isnan(hi[i]) ? 1.5 : isinf(hi[i]) ? 0x1p-3 : hi[i]; /* the finite set */
  }
  for (fin = 0; fin < 2; fin++)
  for (u = 0; u < sizeof ulps / sizeof *ulps; u++)
    for (k = 0; k < sizeof lens / sizeof *lens; k++) {
      const size_t nn = lens[k];
      const double *const h = fin ? hf : hi;
      mulerr_acc A, B, C;
      mulerr_qhist q;
      mulerr_metrics ma, mb, mc;
      uint64_t hist[MULERR_HIST_BINS] = {0}, nrel = 0, ninex = 0;
      int j, same = 1;
      mulerr_acc_init(&A, ulps[u][0], ulps[u][1]);
      B = C = A;
      mulerr_qhist_init(&q);
      mulerr_acc_add_block_err(&A, nn, h, lo, ex);
      mulerr_acc_add_block_err_q(&C, &q, nn, h, lo, ex);
      mulerr_acc_hist_from_q(&C, &q);
      for (i = 0; i < nn; i++) {
        mulerr_acc_add(&B, (dd){h[i], lo[i]}, ex[i]);
        if (ex[i] != 0) nrel++, hist[def_hist_bin(h[i] / ex[i])]++;
        ninex += h[i] != 0;
      }
      mulerr_acc_finish(&A, 0, &ma), mulerr_acc_finish(&B, 0, &mb), mulerr_acc_finish(&C, 0, &mc);
      for (j = 0; j < MULERR_HIST_BINS; j++) same &= ma.hist[j] == hist[j] && mb.hist[j] == hist[j] && mc.hist[j] == hist[j];
      same &= ma.n_rel == nrel && mb.n_rel == nrel && mc.n_rel == nrel && ma.n_inexact == ninex && mc.n_inexact == ninex;
      same &= !memcmp(&ma.hist, &mc.hist, sizeof ma.hist);
#define SAMEBITS(x, y) ((isnan(x) && isnan(y)) || !memcmp(&(x), &(y), sizeof(double)))
      same &= SAMEBITS(ma.maxre, mb.maxre) && SAMEBITS(ma.max_abs, mb.max_abs) && SAMEBITS(ma.max_ulp, mb.max_ulp);
      same &= SAMEBITS(mc.maxre, mb.maxre) && SAMEBITS(mc.max_abs, mb.max_abs) && SAMEBITS(mc.max_ulp, mb.max_ulp);
      if (nn == N || !same)
        ok(same, "block pass on given %s errors, ulps of m%d emin %d, %zu pairs: counts, |r| histogram (bin 0 %llu, "
           "1 %llu, 62 %llu, 63 %llu) and maxima (%a %a %a) as pair by pair and by definition", fin ? "finite" : "Inf/NaN", ulps[u][0], ulps[u][1],
           nn, (unsigned long long)hist[0], (unsigned long long)hist[1], (unsigned long long)hist[62],
           (unsigned long long)hist[63], ma.maxre, ma.max_abs, ma.max_ulp);
      mulerr_qhist_free(&q);
      if (!same) break;
    }
}

/* mulerr_eval_pairs on the very pairs a point's stream draws gives that point's metrics bit
 * for bit (same blocks, same order), with 1 and 2 threads; a pair that is not a value of the
 * source format is refused. */
static void eval_pairs_matches(void) {
  const uint64_t samples = 2 * MULERR_BLOCK + 999;
  const uint64_t nb = (samples + MULERR_BLOCK - 1) / MULERR_BLOCK;
  double *a = malloc(samples * sizeof *a), *b = malloc(samples * sizeof *b);
  mulerr_point p;
  mulerr_metrics m1, m2, m3;
  char key[MULERR_KEY_MAX];
  uint64_t K, blk;
  gsl_rng *r = mulerr_stream_alloc(MULERR_STREAM_DEFAULT);
  memset(&p, 0, sizeof p);
  p.method = mulerr_method_find("lmul");
  p.cfg.source = mulerr_format_find("fp32");
  p.cfg.k = 3, p.cfg.l = MULERR_L_DEFAULT, p.cfg.rounding = MULERR_ROUNDING_DEFAULT;
  mulerr_dist_parse("normal:sigma=0.02", &p.dist_a);
  p.dist_b = p.dist_a;
  p.samples = samples, p.seed = 11;
  mulerr_method_prepare(p.method, &p.cfg);
  snprintf(key, sizeof key, "source=fp32;a=%s;b=%s", p.dist_a.text, p.dist_b.text);
  K = mulerr_mix64(p.seed ^ mulerr_mix64(mulerr_hash64(key)));
  for (blk = 0; blk < nb; blk++) {
    uint64_t o = blk * MULERR_BLOCK, n = samples - o < MULERR_BLOCK ? samples - o : MULERR_BLOCK;
    mulerr_stream_block(r, K, blk);
    p.dist_a.type->draw(&p.dist_a, p.cfg.source, r, n, a + o);
    p.dist_b.type->draw(&p.dist_b, p.cfg.source, r, n, b + o);
  }
  ok(mulerr_eval(&p, &m1, NULL, NULL, NULL) == MULERR_OK, "eval_pairs: the sampled point runs");
#ifdef _OPENMP
  omp_set_num_threads(1);
#endif
  ok(mulerr_eval_pairs(&p, samples, a, b, &m2) == MULERR_OK, "eval_pairs runs (1 thread)");
#ifdef _OPENMP
  omp_set_num_threads(2);
#endif
  ok(mulerr_eval_pairs(&p, samples, a, b, &m3) == MULERR_OK, "eval_pairs runs (2 threads)");
  ok(!memcmp(&m1, &m2, sizeof m1) && !memcmp(&m1, &m3, sizeof m1),
     "eval_pairs on the stream's own pairs equals the sampled point bit for bit (mre %.17g)", m2.mre);
  a[MULERR_BLOCK + 5] = 0.1; /* not a binary32 value */
  ok(mulerr_eval_pairs(&p, samples, a, b, &m2) == MULERR_EINVAL && strstr(mulerr_errmsg(), "fp32"),
     "eval_pairs refuses a value outside the source format: %s", mulerr_errmsg());
  gsl_rng_free(r);
  free(a);
  free(b);
}

int main(void) {
  eval_pairs_matches();
  block_vs_pairs();
  block_err_corners();
  hand_sample();
  exhaustive_point("e4m3", MULERR_OPERANDS_POSITIVE_NORMAL, 3);
  exhaustive_point("e4m3", MULERR_OPERANDS_ALL, 2);
  exhaustive_point("e2m1fn", MULERR_OPERANDS_ALL, 1);
  exhaustive_point("e3m4fn", MULERR_OPERANDS_NORMAL, 4);
  whole_point("bf16", 3, 1, 1000, 1);
  whole_point("bf16", 4, 7, 3 * MULERR_BLOCK + 17, 1); /* several blocks, a partial last one */
  whole_point("fp16", 2, 12345, 5000, 1);
  whole_point("bf16", 3, 1, 1000, 2);
  whole_point("bf16", 4, 7, 3 * MULERR_BLOCK + 17, 2);
  whole_point("fp16", 2, 12345, 5000, 2);
  return tap_done();
}
