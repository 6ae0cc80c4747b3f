/* t_quantile.c — quantiles of |r| and |e| (engine/quantile.c) against the exact order
 * statistics of small known samples, sorted here: the reported q-quantile must lie within
 * 2^-7 relative of the ceil(q n)-th smallest value (0 and Inf exactly); and a point's
 * quantiles through mulerr_eval_pairs equal the sorted errors of its pairs, computed in this
 * file from the method's products, with 1 and 2 threads alike. */
#include "internal.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

static const double qs[4] = {0.5, 0.9, 0.99, 0.999};

static int cmp(const void *x, const void *y) {
  double a = *(const double *)x, b = *(const double *)y;
  return (a > b) - (a < b);
}

/* The ceil(q n)-th smallest of v (sorted). */
static double order_stat(const double *v, size_t n, double q) {
  size_t t = (size_t)ceil(q * (double)n - 1e-9);
  return v[(t ? t : 1) - 1];
}

static int within(double got, double want) {
  if (want == 0 || isinf(want)) return got == want;
  return fabs(got - want) <= 0x1p-7 * want;
}

/* |e| of known values through the histogram, against sorting. */
static void known_sample(void) {
  enum { N = 1000 };
  static double hi[N], ex[N], s[N];
  mulerr_qhist h;
  double rq[4], eq[4];
  size_t i;
  int j, bad = 0;
  for (i = 0; i < N; i++) { /* 1..1000 spread over 3 binades, a few zeros and negative values */
    hi[i] = (i % 7 == 0 ? -1.0 : 1.0) * (double)(i + 1) * (i % 3 == 0 ? 1e-3 : 1.0);
    if (i % 100 == 0) hi[i] = 0;
    ex[i] = 2.0;
    s[i] = fabs(hi[i]);
  }
  qsort(s, N, sizeof *s, cmp);
  ok(mulerr_qhist_init(&h) == 0, "histogram allocates");
  mulerr_qhist_add_err(&h, N, hi, ex);
  mulerr_qhist_quantiles(&h, rq, eq);
  for (j = 0; j < 4; j++) {
    double w = order_stat(s, N, qs[j]);
    if (!within(eq[j], w) || !within(rq[j], w / 2)) {
      bad++;
      diag("q = %g: |e| %.17g want %.17g; |r| %.17g want %.17g", qs[j], eq[j], w, rq[j], w / 2);
    }
  }
  ok(bad == 0, "1000 known |e| and |r|: p50 %.6g, p90 %.6g, p99 %.6g, p99.9 %.6g within 2^-7 of the sorted values",
     eq[0], eq[1], eq[2], eq[3]);
  mulerr_qhist_free(&h);
  /* by hand: 1..10 -> p50 is the 5th (5), p90 the 9th (9), p99 and p99.9 the 10th (10) */
  mulerr_qhist_init(&h);
  for (i = 0; i < 10; i++) hi[i] = (double)(i + 1), ex[i] = 1;
  mulerr_qhist_add_err(&h, 10, hi, ex);
  mulerr_qhist_quantiles(&h, rq, eq);
  ok(within(eq[0], 5) && within(eq[1], 9) && within(eq[2], 10) && within(eq[3], 10) && eq[0] != 5,
     "1..10: p50 %.9g ~ 5, p90 %.9g ~ 9, p99 %.9g ~ 10 (bin midpoints, not the values)", eq[0], eq[1], eq[2]);
  mulerr_qhist_free(&h);
  /* zeros and infinities are reported exactly; an empty |r| histogram gives NaN */
  mulerr_qhist_init(&h);
  for (i = 0; i < 10; i++) hi[i] = i < 6 ? 0.0 : INFINITY, ex[i] = 0;
  mulerr_qhist_add_err(&h, 10, hi, ex);
  mulerr_qhist_quantiles(&h, rq, eq);
  ok(eq[0] == 0 && eq[1] == INFINITY && isnan(rq[0]), "six zeros and four Inf: p50 = 0, p90 = Inf; no |r| counted: NaN");
  mulerr_qhist_free(&h);
}

/* A point's quantiles against its pairs' sorted errors, 1 and 2 threads. */
static void point_quantiles(void) {
  enum { N = 3 * MULERR_BLOCK + 17 };
  double *a = malloc(N * sizeof *a), *b = malloc(N * sizeof *b), *ap = malloc(N * sizeof *ap);
  double *se = malloc(N * sizeof *se), *sr = malloc(N * sizeof *sr);
  mulerr_point p;
  mulerr_metrics m1, m2;
  size_t i, nr = 0;
  int j, bad = 0;
  uint64_t x = 88172645463325252ull;
  memset(&p, 0, sizeof p);
  p.method = mulerr_method_find("lmul");
  p.cfg.source = mulerr_format_find("bf16");
  p.cfg.k = 3, p.cfg.l = MULERR_L_DEFAULT, p.cfg.rounding = MULERR_ROUNDING_DEFAULT;
  mulerr_dist_parse("uniform-mantissa", &p.dist_a);
  p.dist_b = p.dist_a;
  p.samples = N, p.seed = 1;
  mulerr_method_prepare(p.method, &p.cfg);
  for (i = 0; i < N; i++) { /* bf16 values of both signs over many binades, some zeros */
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    a[i] = mulerr_format_decode(p.cfg.source, (x & 0x7fff) % 0x7f00 + (x >> 40 & 0x8000));
    b[i] = mulerr_format_decode(p.cfg.source, (x >> 16 & 0x3fff) + 0x3000);
    if (i % 97 == 0) a[i] = 0;
  }
  p.method->mul(&p.cfg, N, a, b, ap);
  for (i = 0; i < N; i++) {
    double ab = a[i] * b[i], e = ap[i] - ab; /* bf16 products are exact in binary64 */
    se[i] = fabs(e);
    if (ab != 0) sr[nr++] = fabs(e / ab);
  }
  qsort(se, N, sizeof *se, cmp);
  qsort(sr, nr, sizeof *sr, cmp);
#ifdef _OPENMP
  omp_set_num_threads(1);
#endif
  ok(mulerr_eval_pairs(&p, N, a, b, &m1) == MULERR_OK, "eval_pairs runs (1 thread)");
#ifdef _OPENMP
  omp_set_num_threads(2);
#endif
  ok(mulerr_eval_pairs(&p, N, a, b, &m2) == MULERR_OK, "eval_pairs runs (2 threads)");
  for (j = 0; j < 4; j++) {
    double we = order_stat(se, N, qs[j]), wr = order_stat(sr, nr, qs[j]);
    if (!within(m1.e_q[j], we) || !within(m1.r_q[j], wr)) {
      bad++;
      diag("q = %g: |e| %.17g want %.17g; |r| %.17g want %.17g", qs[j], m1.e_q[j], we, m1.r_q[j], wr);
    }
  }
  ok(bad == 0, "lmul k=3 on %d bf16 pairs: quantiles of |r| (p50 %.5g, p99.9 %.5g) and |e| within 2^-7 of the sorted values",
     N, m1.r_q[0], m1.r_q[3]);
  ok(!memcmp(m1.r_q, m2.r_q, sizeof m1.r_q) && !memcmp(m1.e_q, m2.e_q, sizeof m1.e_q) &&
         !memcmp(m1.mre_half, m2.mre_half, sizeof m1.mre_half),
     "quantiles and split-half means are the same with 1 and 2 threads");
  { /* the split halves: blocks 0..1 and 2..3 of the 4 blocks */
    double s0 = 0, s1 = 0;
    size_t n0 = 0, n1 = 0;
    for (i = 0; i < N; i++) {
      double ab = a[i] * b[i];
      if (ab == 0) continue;
      if (i < 2 * MULERR_BLOCK) s0 += fabs((ap[i] - ab) / ab), n0++;
      else s1 += fabs((ap[i] - ab) / ab), n1++;
    }
    ok(fabs(m1.mre_half[0] - s0 / (double)n0) <= 1e-12 * m1.mre_half[0] &&
           fabs(m1.mre_half[1] - s1 / (double)n1) <= 1e-12 * m1.mre_half[1],
       "split-half mre: %.12g and %.12g are the means of blocks 0-1 and 2-3", m1.mre_half[0], m1.mre_half[1]);
  }
  free(a), free(b), free(ap), free(se), free(sr);
}

int main(void) {
  known_sample();
  point_quantiles();
  return tap_done();
}
