/* t_dot.c — dot products: the exact sum against MPFR on adversarial cancelling sums, every
 * accumulator model against a slow, independent recomputation written here (MPFR arithmetic
 * rounded step by step, GMP integers for the fixed-point model), and whole dot-product
 * points recomputed from the documented stream: errors, relative and condition-relative
 * metrics, exact zero for exact x exact, one thread against two, and the theory (the mean
 * error of an exactly accumulated dot product is K times the per-product bias). */
#include "dot/dot.h"
#include "theory/theory.h"
#include "weights/weights.h"
#include "tap.h"
#include "engine/stream.h"

#include <gmp.h>
#include <gsl/gsl_rng.h>
#include <mpfr.h>
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

static int close_rel(double got, double want, double tol) {
  return got == want || fabs(got - want) <= tol * fabs(want);
}

/* ------------------------------------------------------------- the exact sum vs MPFR */

/* A random double over (almost) the whole binary64 range, subnormals included. */
static double wild(gsl_rng *r) {
  uint64_t u = ((uint64_t)gsl_rng_get(r) << 32) ^ gsl_rng_get(r);
  double x = mulerr_u2d(u);
  return isfinite(x) ? ldexp(x, -(int)gsl_rng_uniform_int(r, 3)) : 1.5;
}

static void exact_sum_vs_mpfr(void) {
  gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
  enum { N = 2600 }; /* above 1024 values: the superaccumulator's bins are flushed mid-sum */
  double x[N];
  mpfr_t v[N], s, hi;
  mpfr_ptr ptr[N + 1];
  int t, i, bad_round = 0, bad_lo = 0;
  gsl_rng_set(r, 20261202);
  mpfr_init2(s, 53);
  mpfr_init2(hi, 53);
  for (i = 0; i < N; i++) mpfr_init2(v[i], 53);
  for (t = 0; t < 3000; t++) {
    mulerr_superacc sa;
    mpfr_t negh;
    dd got;
    int n = 1 + (int)gsl_rng_uniform_int(r, t % 7 ? 200 : N / 2), kind = t % 5;
    for (i = 0; i < n; i++) {
      switch (kind) {
      case 0: x[i] = wild(r); break;                                  /* everything */
      case 1: x[i] = ldexp(gsl_rng_uniform(r) - 0.5, (int)gsl_rng_uniform_int(r, 120) - 60); break;
      case 2: x[i] = ldexp(1.0 + gsl_rng_uniform(r), (int)gsl_rng_uniform_int(r, 2098) - 1074); break;
      default: x[i] = ldexp(gsl_rng_uniform_pos(r), (int)gsl_rng_uniform_int(r, 200) - 100); break;
      }
      if (gsl_rng_uniform(r) < 0.5) x[i] = -x[i];
    }
    if (kind >= 3) { /* cancelling: every value again, negated, plus tiny residues and ties */
      int m = n;
      for (i = 0; i < m && n < N - 3; i++) x[n++] = -x[i] * (kind == 4 ? 1 + 0x1p-52 : 1);
      x[n++] = 0x1p-1074;
      x[n++] = ldexp(1, (int)gsl_rng_uniform_int(r, 100) - 50);
      x[n++] = ldexp(1, (int)gsl_rng_uniform_int(r, 100) - 103); /* a tie below it, sometimes */
      for (i = n - 1; i > 0; i--) { /* shuffle */
        int j = (int)gsl_rng_uniform_int(r, (unsigned long)i + 1);
        double tmp = x[i];
        x[i] = x[j], x[j] = tmp;
      }
    }
    mulerr_sa_init(&sa);
    mulerr_sa_add_n(&sa, (size_t)n, x);
    for (i = 0; i < n; i++) mpfr_set_d(v[i], x[i], MPFR_RNDN), ptr[i] = v[i];
    mpfr_sum(s, ptr, (unsigned long)n, MPFR_RNDN); /* correctly rounded to 53 bits */
    got = mulerr_sa_dd(&sa);
    if (mpfr_get_d(s, MPFR_RNDN) != got.hi) {
      if (bad_round++ < 3) diag("round: %a vs MPFR %a (case %d)", got.hi, mpfr_get_d(s, MPFR_RNDN), kind);
      continue;
    }
    /* lo = RN(sum - hi): MPFR's sum of the values and -hi */
    if (!isfinite(got.hi)) continue; /* an overflow: lo is 0 by definition */
    mpfr_init2(negh, 53);
    mpfr_set_d(negh, -got.hi, MPFR_RNDN);
    ptr[n] = negh;
    mpfr_sum(hi, ptr, (unsigned long)n + 1, MPFR_RNDN);
    if (mpfr_get_d(hi, MPFR_RNDN) != got.lo && bad_lo++ < 3)
      diag("lo: %a vs MPFR %a", got.lo, mpfr_get_d(hi, MPFR_RNDN));
    mpfr_clear(negh);
  }
  ok(!bad_round, "superaccumulator: RN(sum) equals mpfr_sum on 3000 sums (wide, subnormal, cancelling) (%d differ)", bad_round);
  ok(!bad_lo, "superaccumulator: RN(sum - RN(sum)) equals mpfr_sum (%d differ)", bad_lo);
  {
    mulerr_superacc sa;
    const double big = 0x1.fffffffffffffp1023;
    mulerr_sa_init(&sa);
    mulerr_sa_add(&sa, big), mulerr_sa_add(&sa, big), mulerr_sa_add(&sa, -big);
    ok(mulerr_sa_round(&sa) == big, "max + max - max = max exactly (no intermediate overflow)");
    mulerr_sa_add(&sa, big);
    ok(mulerr_sa_round(&sa) == INFINITY, "2 max rounds to +Inf");
    mulerr_sa_init(&sa);
    mulerr_sa_add(&sa, 1), mulerr_sa_add(&sa, 0x1p-53);
    ok(mulerr_sa_round(&sa) == 1, "1 + 2^-53: a tie, to even (1)");
    mulerr_sa_add(&sa, 0x1p-1074);
    ok(mulerr_sa_round(&sa) == 1 + 0x1p-52, "1 + 2^-53 + 2^-1074: above the tie, up");
  }
  for (i = 0; i < N; i++) mpfr_clear(v[i]);
  mpfr_clears(s, hi, (mpfr_ptr)0);
  gsl_rng_free(r);
}

/* ------------------------------------------------- slow models (independent of the library) */

#define SP 2000 /* MPFR precision of exact intermediate sums: enough for any sum here */

/* A format for the slow models: p significant bits, smallest normal exponent emin (the
 * grid below 2^emin is fixed, 2^(emin - p + 1)), largest finite value max (beyond it after
 * rounding: Inf).  emin = 0 and max = 0: no limits (binary64 sums here stay normal). */
typedef struct slowfmt { int p, emin; double max; } slowfmt;
static const slowfmt F64 = {53, 0, 0}, F32 = {24, -126, 0x1.fffffep127}, B16 = {8, -126, 0x1.fep127},
                     H16 = {11, -14, 65504};

/* x = RN_f(x), x exact in SP bits. */
static void slow_round(mpfr_t x, const slowfmt *f) {
  if (f->max && !mpfr_zero_p(x) && mpfr_get_exp(x) <= f->emin) {
    /* below 2^emin: to the nearest multiple of 2^(emin - p + 1), ties to even */
    mpfr_mul_2si(x, x, f->p - 1 - f->emin, MPFR_RNDN);
    mpfr_rint(x, x, MPFR_RNDN);
    mpfr_mul_2si(x, x, f->emin - f->p + 1, MPFR_RNDN);
  } else {
    mpfr_prec_round(x, f->p, MPFR_RNDN);
    mpfr_prec_round(x, SP, MPFR_RNDN); /* exact: widening */
  }
  if (f->max && mpfr_cmp_d(x, f->max) > 0) mpfr_set_inf(x, 1);
  if (f->max && mpfr_cmp_d(x, -f->max) < 0) mpfr_set_inf(x, -1);
}

/* Sequential: s = RN_f(s + x_i) from 0. */
static double slow_seq(const slowfmt *f, size_t n, const double *x) {
  mpfr_t s;
  double r;
  size_t i;
  mpfr_init2(s, SP);
  mpfr_set_zero(s, 1);
  for (i = 0; i < n; i++) {
    mpfr_add_d(s, s, x[i], MPFR_RNDN); /* exact */
    slow_round(s, f);
  }
  r = mpfr_get_d(s, MPFR_RNDN);
  mpfr_clear(s);
  return r;
}

/* RN32(a + b), the exact sum rounded once. */
static double slow_add32(double a, double b) {
  mpfr_t s;
  double r;
  mpfr_init2(s, SP);
  mpfr_set_d(s, a, MPFR_RNDN);
  mpfr_add_d(s, s, b, MPFR_RNDN); /* exact */
  slow_round(s, &F32);
  r = mpfr_get_d(s, MPFR_RNDN);
  mpfr_clear(s);
  return r;
}

static double slow_pairwise(size_t n, const double *x) {
  if (n == 1) return x[0];
  return slow_add32(slow_pairwise(n / 2, x), slow_pairwise(n - n / 2, x + n / 2));
}

static double slow_kahan(size_t n, const double *x) {
  double s = 0, c = 0;
  size_t i;
  for (i = 0; i < n; i++) {
    double y = slow_add32(x[i], -c), t = slow_add32(s, y);
    c = slow_add32(slow_add32(t, -s), -y);
    s = t;
  }
  return s;
}

static double slow_block(size_t b, size_t n, const double *x) {
  double total = 0;
  size_t i0;
  for (i0 = 0; i0 < n; i0 += b) total = slow_add32(total, slow_seq(&F32, (n - i0 < b ? n - i0 : b), x + i0));
  return total;
}

/* The fixed-point model as the text in acc_fixed.c states it, on GMP integers in units of
 * 2^-U (every double here is a multiple of it). */
#define U 1200
static void to_z(mpz_t z, double x) {
  mpfr_t t;
  mpfr_init2(t, 64);
  mpfr_set_d(t, x, MPFR_RNDN);
  mpfr_mul_2si(t, t, U, MPFR_RNDN);
  mpfr_get_z(z, t, MPFR_RNDN); /* exact: an integer */
  mpfr_clear(t);
}
static long zexp(const mpz_t z) { return (long)mpz_sizeinbase(z, 2) - 1 - U; } /* floor(log2|z 2^-U|) */
static double z_to_d(const mpz_t z) {
  mpfr_t t;
  double r;
  mpfr_init2(t, SP);
  mpfr_set_z(t, z, MPFR_RNDN);
  mpfr_div_2si(t, t, U, MPFR_RNDN);
  r = mpfr_get_d(t, MPFR_RNDN);
  mpfr_clear(t);
  return r;
}
static double slow_fixed(int w, size_t promote, size_t n, const double *x) {
  mpz_t s, p, q;
  double total = 0;
  long e = 0;
  int have = 0;
  size_t i, since = 0;
  mpz_inits(s, p, q, NULL);
  for (i = 0; i < n; i++) {
    to_z(p, x[i]);
    if (mpz_sgn(p) && (!have || zexp(p) > e)) e = zexp(p), have = 1;
    if (mpz_sgn(s) && (!have || zexp(s) > e)) e = zexp(s), have = 1;
    if (have) { /* truncate both toward zero to multiples of 2^(e - w), then add */
      mpz_tdiv_q_2exp(s, s, (mp_bitcnt_t)(e - w + U));
      mpz_tdiv_q_2exp(p, p, (mp_bitcnt_t)(e - w + U));
      mpz_add(s, s, p);
      mpz_mul_2exp(s, s, (mp_bitcnt_t)(e - w + U));
    }
    if (promote && ++since == promote) {
      total = slow_add32(total, z_to_d(s));
      mpz_set_ui(s, 0), have = 0, since = 0;
    }
  }
  if (!promote || since) total = slow_add32(total, z_to_d(s));
  mpz_clears(s, p, q, NULL);
  return total;
}

/* The slow value of model `text` (promote N) on x[0..n); NAN for a model not covered. */
static double slow_model(const mulerr_dot *d, size_t n, const double *x) {
  const char *m = d->accum->name;
  if (!strcmp(m, "fp64")) return slow_seq(&F64, n, x);
  if (!strcmp(m, "fp32")) return slow_seq(&F32, n, x);
  if (!strcmp(m, "bf16")) return slow_seq(&B16, n, x);
  if (!strcmp(m, "fp16")) return slow_seq(&H16, n, x);
  if (!strcmp(m, "fp32-pairwise")) return n == 1 ? slow_add32(0, x[0]) : slow_pairwise(n, x);
  if (!strcmp(m, "fp32-kahan")) return slow_kahan(n, x);
  if (!strcmp(m, "block")) return slow_block((size_t)d->param, n, x);
  if (!strcmp(m, "fixed")) return slow_fixed(d->param, (size_t)d->promote, n, x);
  if (!strcmp(m, "exact")) {
    mpfr_t s;
    double r;
    size_t i;
    mpfr_init2(s, SP);
    mpfr_set_zero(s, 1);
    for (i = 0; i < n; i++) mpfr_add_d(s, s, x[i], MPFR_RNDN);
    r = mpfr_get_d(s, MPFR_RNDN);
    mpfr_clear(s);
    return r;
  }
  return NAN;
}

static const char *const model_texts[] = {"exact", "fp64", "fp32", "bf16", "fp16", "fp32-pairwise",
                                          "fp32-kahan", "fixed:13", "fixed:25", "fixed:3", "block:32",
                                          "block:7", NULL};

/* Every model on random product-like vectors (products of two fp32 values of mixed sign and
 * spread exponent, and of two bf16 values), against the slow models. */
static void models_vs_slow(void) {
  gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
  const mulerr_format *f32 = mulerr_format_find("fp32"), *b16 = mulerr_format_find("bf16");
  static const size_t lens[] = {1, 2, 3, 17, 128, 300};
  static const uint64_t promotes[] = {0, 0, 0, 0, 0, 0, 0, 16, 0, 5, 0, 0};
  double x[300];
  int mi, t;
  size_t li, i;
  gsl_rng_set(r, 7);
  for (mi = 0; model_texts[mi]; mi++) {
    mulerr_dot d;
    int bad = 0, runs = 0, pr;
    memset(&d, 0, sizeof d);
    ok(mulerr_accum_parse(model_texts[mi], &d) == MULERR_OK, "parse '%s'", model_texts[mi]);
    for (pr = 0; pr < 2; pr++) {
      d.promote = pr ? promotes[mi] : 0;
      if (pr && !d.promote) continue;
      for (li = 0; li < sizeof lens / sizeof *lens; li++)
        for (t = 0; t < 12; t++) {
          const mulerr_format *f = t % 3 == 2 ? b16 : f32;
          double got, want;
          for (i = 0; i < lens[li]; i++) {
            x[i] = mulerr_format_round(f, ldexp(gsl_rng_uniform(r) - 0.3, (int)gsl_rng_uniform_int(r, t < 6 ? 4 : 30) - 2), MULERR_RNE) *
                   mulerr_format_round(f, ldexp(gsl_rng_uniform(r) - 0.5, (int)gsl_rng_uniform_int(r, 6)), MULERR_RNE);
          }
          got = mulerr_dot_accumulate(&d, lens[li], x);
          want = slow_model(&d, lens[li], x);
          runs++;
          if (got != want && !(isnan(got) && isnan(want))) {
            if (bad++ < 3) diag("%s promote %llu n=%zu: %a, slow %a", model_texts[mi],
                                (unsigned long long)d.promote, lens[li], got, want);
          }
        }
    }
    ok(!bad, "%s: equals the slow recomputation on %d vectors", model_texts[mi], runs);
  }
  gsl_rng_free(r);
}

/* ------------------------------------------------------------------- whole points */

static void make_point(mulerr_point *p, const char *method, int k, const char *source,
                       const char *dist, const char *accum, uint64_t promote, uint64_t len,
                       uint64_t dots, uint64_t seed) {
  memset(p, 0, sizeof *p);
  p->method = mulerr_method_find(method);
  p->cfg.source = mulerr_format_find(source);
  p->cfg.k = k;
  p->cfg.l = MULERR_L_DEFAULT;
  p->cfg.rounding = MULERR_ROUNDING_DEFAULT;
  mulerr_dist_parse(dist, &p->dist_a);
  p->dist_b = p->dist_a;
  p->samples = dots;
  p->seed = seed;
  mulerr_method_prepare(p->method, &p->cfg);
  p->dot.length = len;
  if (accum) mulerr_accum_parse(accum, &p->dot);
  p->dot.promote = promote;
}

/* Replay the point's stream from its documented definition (dot/eval.c, engine/eval.c) and
 * recompute every dot product's error and the metrics in MPFR. */
static void point_vs_slow(const char *method, int k, const char *accum, uint64_t promote,
                          uint64_t len, uint64_t dots) {
  mulerr_point p;
  mulerr_metrics m, m2;
  char key[MULERR_KEY_MAX];
  const uint64_t per = len <= MULERR_BLOCK ? MULERR_BLOCK / len : 1;
  uint64_t K, blk, nb = (dots + per - 1) / per, j, i;
  gsl_rng *r = mulerr_stream_alloc(MULERR_STREAM_DEFAULT); /* the default stream (t_stream checks it) */
  double *a = malloc(per * len * sizeof *a), *b = malloc(per * len * sizeof *b);
  double *ap = malloc(per * len * sizeof *ap), maxre = 0, maxrc = 0;
  mpfr_t S, C, e, t, se, sae, se2, sr, sar, sc, sac;
  make_point(&p, method, k, "fp32", "normal:sigma=0.5", accum, promote, len, dots, 99);
  ok(mulerr_eval(&p, &m, NULL, NULL, NULL) == MULERR_OK, "eval %s x %s (promote %llu), K=%llu, %llu dot products",
     method, accum, (unsigned long long)promote, (unsigned long long)len, (unsigned long long)dots);
  mpfr_inits2(SP, S, C, e, t, se, sae, se2, sr, sar, sc, sac, (mpfr_ptr)0);
  mpfr_set_zero(se, 1), mpfr_set_zero(sae, 1), mpfr_set_zero(se2, 1), mpfr_set_zero(sr, 1);
  mpfr_set_zero(sar, 1), mpfr_set_zero(sc, 1), mpfr_set_zero(sac, 1);
  snprintf(key, sizeof key, "source=fp32;a=%s;b=%s", p.dist_a.text, p.dist_b.text);
  K = mulerr_mix64(p.seed ^ mulerr_mix64(mulerr_hash64(key)));
  for (blk = 0; blk < nb; blk++) {
    const uint64_t nd = dots - blk * per < per ? dots - blk * per : per;
    mulerr_stream_block(r, K, blk);
    p.dist_a.type->draw(&p.dist_a, p.cfg.source, r, nd * len, a);
    p.dist_b.type->draw(&p.dist_b, p.cfg.source, r, nd * len, b);
    p.method->mul(&p.cfg, nd * len, a, b, ap);
    for (j = 0; j < nd; j++) {
      const double *x = ap + j * len;
      double rr;
      mpfr_set_zero(S, 1), mpfr_set_zero(C, 1);
      for (i = j * len; i < (j + 1) * len; i++) {
        mpfr_set_d(t, a[i], MPFR_RNDN);
        mpfr_mul_d(t, t, b[i], MPFR_RNDN); /* exact */
        mpfr_add(S, S, t, MPFR_RNDN);      /* exact at SP bits */
        mpfr_abs(t, t, MPFR_RNDN);
        mpfr_add(C, C, t, MPFR_RNDN);
      }
      if (p.dot.accum->exact) { /* the exact sum of the approximate products */
        mpfr_set_zero(e, 1);
        for (i = 0; i < len; i++) mpfr_add_d(e, e, x[i], MPFR_RNDN);
      } else
        mpfr_set_d(e, slow_model(&p.dot, len, x), MPFR_RNDN);
      mpfr_sub(e, e, S, MPFR_RNDN);
      mpfr_add(se, se, e, MPFR_RNDN);
      mpfr_abs(t, e, MPFR_RNDN);
      mpfr_add(sae, sae, t, MPFR_RNDN);
      mpfr_sqr(t, e, MPFR_RNDN);
      mpfr_add(se2, se2, t, MPFR_RNDN);
      mpfr_div(t, e, S, MPFR_RNDN);
      rr = mpfr_get_d(t, MPFR_RNDN);
      mpfr_add_d(sr, sr, rr, MPFR_RNDN);
      mpfr_add_d(sar, sar, fabs(rr), MPFR_RNDN);
      if (fabs(rr) > maxre) maxre = fabs(rr);
      mpfr_div(t, e, C, MPFR_RNDN);
      rr = mpfr_get_d(t, MPFR_RNDN);
      mpfr_add_d(sc, sc, rr, MPFR_RNDN);
      mpfr_add_d(sac, sac, fabs(rr), MPFR_RNDN);
      if (fabs(rr) > maxrc) maxrc = fabs(rr);
    }
  }
  mpfr_div_ui(se, se, dots, MPFR_RNDN), mpfr_div_ui(sae, sae, dots, MPFR_RNDN);
  mpfr_div_ui(se2, se2, dots, MPFR_RNDN), mpfr_div_ui(sr, sr, dots, MPFR_RNDN);
  mpfr_div_ui(sar, sar, dots, MPFR_RNDN), mpfr_div_ui(sc, sc, dots, MPFR_RNDN);
  mpfr_div_ui(sac, sac, dots, MPFR_RNDN);
  ok(m.n == dots && m.n_rel == dots, "  n = %llu dot products", (unsigned long long)m.n);
  ok(close_rel(m.bias, mpfr_get_d(se, MPFR_RNDN), 1e-12) && close_rel(m.mae, mpfr_get_d(sae, MPFR_RNDN), 1e-14) &&
     close_rel(m.mse, mpfr_get_d(se2, MPFR_RNDN), 1e-14),
     "  bias, mae, mse agree with the recomputation (%.17g vs %.17g; mae %.17g vs %.17g)", m.bias,
     mpfr_get_d(se, MPFR_RNDN), m.mae, mpfr_get_d(sae, MPFR_RNDN));
  ok(close_rel(m.mean_rel, mpfr_get_d(sr, MPFR_RNDN), 1e-12) && close_rel(m.mre, mpfr_get_d(sar, MPFR_RNDN), 1e-13) &&
     close_rel(m.maxre, maxre, 1e-15), "  relative to |exact|: mean, mean |r|, max agree (%.17g vs %.17g)", m.mre,
     mpfr_get_d(sar, MPFR_RNDN));
  ok(close_rel(m.cond_mean_rel, mpfr_get_d(sc, MPFR_RNDN), 1e-11) && close_rel(m.cond_mre, mpfr_get_d(sac, MPFR_RNDN), 1e-11) &&
     close_rel(m.cond_maxre, maxrc, 1e-11), "  relative to sum |a_i b_i|: mean, mean |rc|, max agree (%.17g vs %.17g)",
     m.cond_mre, mpfr_get_d(sac, MPFR_RNDN));
#ifdef _OPENMP
  {
    int nt = omp_get_max_threads();
    omp_set_num_threads(nt == 1 ? 2 : 1);
    ok(mulerr_eval(&p, &m2, NULL, NULL, NULL) == MULERR_OK && !memcmp(&m, &m2, sizeof m),
       "  bit-identical with %d and %d threads", nt, nt == 1 ? 2 : 1);
    omp_set_num_threads(nt);
  }
#else
  (void)m2;
#endif
  mpfr_clears(S, C, e, t, se, sae, se2, sr, sar, sc, sac, (mpfr_ptr)0);
  gsl_rng_free(r);
  free(a), free(b), free(ap);
}

static void exact_is_zero(void) {
  mulerr_point p;
  mulerr_metrics m;
  make_point(&p, "exact", 0, "fp32", "normal:sigma=0.02", "exact", 0, 4096, 40, 3);
  ok(mulerr_eval(&p, &m, NULL, NULL, NULL) == MULERR_OK && m.n == 40 && m.n_inexact == 0 && m.mae == 0 &&
     m.max_abs == 0 && m.maxre == 0 && m.cond_maxre == 0,
     "method exact x accumulator exact: every dot-product error is exactly zero (K = 4096)");
  make_point(&p, "exact", 0, "bf16", "normal:sigma=3", "exact", 0, 1000, 70, 3);
  ok(mulerr_eval(&p, &m, NULL, NULL, NULL) == MULERR_OK && m.n == 70 && m.n_inexact == 0 && m.max_abs == 0,
     "the same on bf16 operands, K = 1000 (blocks of 65 dot products)");
}

/* For exact accumulation the error of a dot product is the sum of its products' errors: with
 * K dividing MULERR_BLOCK the dot products are made of exactly the pair point's pairs, so
 * the mean dot error is K times the pair point's bias (up to the accumulators' ~2^-100);
 * and its expectation is K times the per-pair exact expectation of the theory. */
static void theory(void) {
  static const int ks[] = {3, 4, 7};
  size_t i;
  for (i = 0; i < 3; i++) {
    mulerr_point pp, pd;
    mulerr_metrics mp, md, ex;
    const char *how = "none";
    const uint64_t K = 16, D = 20000;
    make_point(&pp, "lmul", ks[i], "fp32", "uniform-mantissa", NULL, 0, 0, K * D, 5);
    make_point(&pd, "lmul", ks[i], "fp32", "uniform-mantissa", "exact", 0, K, D, 5);
    ok(mulerr_eval(&pp, &mp, NULL, NULL, NULL) == MULERR_OK && mulerr_eval(&pd, &md, NULL, NULL, NULL) == MULERR_OK,
       "lmul k=%d: pair point and dot point (K = 16, exact accumulation)", ks[i]);
    ok(close_rel(md.bias, (double)K * mp.bias, 1e-13),
       "  mean dot error %.17g = K x mean pair error on the same pairs %.17g", md.bias, (double)K * mp.bias);
    if (mulerr_expected(&pp, &ex, &how) != MULERR_OK) {
      ok(0, "  the theory's expectation: %s", mulerr_errmsg());
      continue;
    }
    ok(fabs(md.bias - (double)K * ex.bias) <= 4 * md.bias_se,
       "  = K x the theory's exact per-pair bias %.6g (%s) within 4 se: %.6g +- %.2g", (double)K * ex.bias, how,
       md.bias, md.bias_se);
  }
}

static void registry_and_parsing(void) {
  size_t i;
  mulerr_dot d;
  char buf[64];
  for (i = 0; i < mulerr_accum_count(); i++) {
    const mulerr_accum *a = mulerr_accum_at(i);
    double one = 1.5, r;
    memset(&d, 0, sizeof d);
    d.accum = a;
    d.param = a->param_name ? (int)(a->param_min > 8 ? a->param_min : 8) : 0;
    d.length = 1;
    r = mulerr_dot_accumulate(&d, 1, &one);
    ok(mulerr_dot_check(&d) == MULERR_OK && r == 1.5 && mulerr_accum_find(a->name) == a,
       "registry: %s found by name, sums {1.5} to 1.5", a->name);
  }
  { /* mulerr_dot_accumulate_n equals one mulerr_dot_accumulate per dot product, every model */
    enum { ND = 7, NP = 33 };
    double p[ND * NP], out[ND];
    size_t j, bad = 0;
    for (j = 0; j < ND * NP; j++) /* fp32 values (the fast paths), then one that is not */
      p[j] = ldexp((double)((j * 2654435761u) % 1000) - 500, -(int)(j % 17));
    for (i = 0; i < mulerr_accum_count(); i++) {
      int pass;
      memset(&d, 0, sizeof d);
      d.accum = mulerr_accum_at(i);
      d.param = d.accum->param_name ? 8 : 0;
      for (pass = 0; pass < 2; pass++) {
        if (pass) p[3 * NP + 5] = 1 + 0x1p-40;
        mulerr_dot_accumulate_n(&d, ND, NP, p, out);
        for (j = 0; j < ND; j++) bad += out[j] != mulerr_dot_accumulate(&d, NP, p + j * NP);
      }
    }
    ok(!bad, "accumulate_n equals accumulate per dot product for every model (%zu differ)", bad);
  }
  memset(&d, 0, sizeof d);
  ok(mulerr_accum_parse("fixed:0", &d) == MULERR_EINVAL && strstr(mulerr_errmsg(), "fixed"), "fixed:0 refused: %s", mulerr_errmsg());
  ok(mulerr_accum_parse("fixed", &d) == MULERR_EINVAL, "fixed without W refused: %s", mulerr_errmsg());
  ok(mulerr_accum_parse("fp32:3", &d) == MULERR_EINVAL, "fp32:3 refused: %s", mulerr_errmsg());
  ok(mulerr_accum_parse("fp8", &d) == MULERR_EINVAL && strstr(mulerr_errmsg(), "known"), "unknown model refused: %s", mulerr_errmsg());
  ok(mulerr_accum_parse("block:32", &d) == MULERR_OK && d.param == 32, "block:32 parsed");
  mulerr_accum_text(&d, buf, sizeof buf);
  ok(!strcmp(buf, "block:32"), "canonical text block:32");
  d.length = 0;
  ok(mulerr_dot_check(&d) == MULERR_EINVAL, "length 0 refused: %s", mulerr_errmsg());
  d.length = 8, d.promote = 4;
  ok(mulerr_dot_check(&d) == MULERR_EINVAL, "promote on block refused: %s", mulerr_errmsg());
}

/* A weights distribution as b: every dot product's b values are K consecutive values of one
 * row of a real matrix (checked against the file read directly), and a whole dot point on
 * them equals the slow recomputation of its own operands' exact sum. */
static void weight_rows(void) {
  char spec_text[1200], path[1100];
  const char *top = getenv("top_srcdir") && *getenv("top_srcdir") ? getenv("top_srcdir") : ".";
  mulerr_dist_spec spec;
  mulerr_weights *w;
  const mulerr_tensor *t;
  gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
  enum { ROWS = 40, LEN = 50 };
  double out[ROWS * LEN];
  int j, contiguous = 0;
  snprintf(path, sizeof path, "%s/data/stories260K.gguf", top);
  snprintf(spec_text, sizeof spec_text, "weights:%s:tensors=blk.0.ffn_down.weight", path);
  if (mulerr_dist_parse(spec_text, &spec) != MULERR_OK || mulerr_weights_open(path, &w) != MULERR_OK) {
    ok(0, "weights rows: %s", mulerr_errmsg());
    gsl_rng_free(r);
    return;
  }
  t = mulerr_weights_find(w, "blk.0.ffn_down.weight"); /* 64 x 172 */
  ok(spec.type->row_length && spec.type->row_length(&spec) == 172, "weights: the longest row of ffn_down is 172");
  spec.type->draw_rows(&spec, mulerr_format_find("fp32"), r, ROWS, LEN, out);
  for (j = 0; j < ROWS; j++) { /* some row, some start: the run equals the file's values there */
    uint64_t row, st;
    int found = 0;
    for (row = 0; row < 64 && !found; row++)
      for (st = 0; st + LEN <= 172 && !found; st++) {
        int i;
        for (i = 0; i < LEN && mulerr_tensor_get(t, row * 172 + st + (uint64_t)i) == out[j * LEN + i]; i++) continue;
        found = i == LEN;
      }
    contiguous += found;
  }
  ok(contiguous == ROWS, "weights rows: each of %d runs of %d values is a contiguous piece of a matrix row (%d)",
     ROWS, LEN, contiguous);
  spec.type->draw_rows(&spec, mulerr_format_find("fp32"), r, 1, 172, out);
  {
    int i, same = 1;
    uint64_t row = 64;
    for (i = 0; i < 64; i++)
      if (mulerr_tensor_get(t, (uint64_t)i * 172) == out[0]) row = (uint64_t)i;
    for (i = 0; i < 172 && row < 64; i++) same &= mulerr_tensor_get(t, row * 172 + (uint64_t)i) == out[i];
    ok(row < 64 && same, "weights rows: K = the row length gives a whole row");
  }
  {
    mulerr_point p;
    mulerr_metrics m;
    make_point(&p, "exact", 0, "fp32", "normal:sigma=1", "exact", 0, 173, 10, 1);
    p.dist_b = spec;
    ok(mulerr_eval(&p, &m, NULL, NULL, NULL) == MULERR_EINVAL && strstr(mulerr_errmsg(), "longest row"),
       "K = 173 above the longest row is refused: %s", mulerr_errmsg());
    make_point(&p, "exact", 0, "fp32", "normal:sigma=1", "exact", 0, 172, 300, 1);
    p.dist_b = spec;
    ok(mulerr_eval(&p, &m, NULL, NULL, NULL) == MULERR_OK && m.n == 300 && m.max_abs == 0,
       "exact x exact on weight rows: 300 dot products, zero error");
  }
  mulerr_dist_close(&spec);
  mulerr_weights_close(w);
  gsl_rng_free(r);
}

int main(void) {
  exact_sum_vs_mpfr();
  registry_and_parsing();
  models_vs_slow();
  exact_is_zero();
  point_vs_slow("exact", 0, "fp32", 0, 100, 1500);
  point_vs_slow("exact", 0, "bf16", 0, 64, 300);
  point_vs_slow("exact", 0, "fixed:13", 0, 64, 300);
  point_vs_slow("exact", 0, "fixed:13", 32, 200, 300);
  point_vs_slow("exact", 0, "fp32-pairwise", 0, 100, 300);
  point_vs_slow("exact", 0, "fp32-kahan", 0, 100, 300);
  point_vs_slow("exact", 0, "block:32", 0, 100, 300);
  point_vs_slow("lmul", 3, "fp32", 0, 256, 300);
  point_vs_slow("lmul", 4, "exact", 0, 50, 2000);
  theory();
  weight_rows();
  return tap_done();
}
