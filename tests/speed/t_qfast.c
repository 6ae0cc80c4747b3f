/* t_qfast.c — the quantile histograms counted in the metrics' block pass (acc.c,
 * mulerr_acc_add_block_q / _err_q) against the separate pass they replaced, kept here as the
 * slow reference: every count of both histograms must be equal, so every stored quantile is
 * bit-identical to the old code's.  On arrays with specials (zero products, zero, Inf and NaN
 * approximations, errors of every magnitude down to subnormal) at lengths around the lanes'
 * and the gather chunk's sizes; and end to end, points of several methods and formats through
 * mulerr_eval_pairs with 1 and 2 threads, whose quantiles must equal those of a histogram
 * built here by the old per-pair code from the method's own products, and whose |r| exponent
 * histogram (derived from the r counts: acc.c) must equal one counted here pair by pair. */
#include "internal.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#define QSHIFT (52 - MULERR_QSUB)

/* The old code of quantile.c: one pass of its own, bin by bin. */
static size_t old_qbin(double v) { return (size_t)((mulerr_d2u(v) & MULERR_ABS_BITS) >> QSHIFT); }
static void old_add_approx(mulerr_qhist *h, size_t n, const double *approx, const double *x,
                           const double *y) {
  size_t i;
  for (i = 0; i < n; i++) {
    const double ab = x[i] * y[i], e = approx[i] - ab;
    h->e[old_qbin(e)]++;
    if (ab != 0) h->r[old_qbin(e / ab)]++;
  }
}
static void old_add_err(mulerr_qhist *h, size_t n, const double *hi, const double *exact) {
  size_t i;
  for (i = 0; i < n; i++) {
    h->e[old_qbin(hi[i])]++;
    if (exact[i] != 0) h->r[old_qbin(hi[i] / exact[i])]++;
  }
}

/* The |r| exponent histogram's bin by its definition (mulerr.h), from frexp. */
static int def_hist_bin(double r) {
  int e;
  const double ar = fabs(r);
  if (ar == 0) return 0;
  if (!(ar < 0x1p13)) return MULERR_HIST_BINS - 1;
  if (ar < 0x1p-48) return 1;
  frexp(ar, &e);
  return e - 1 + MULERR_HIST_OFFSET;
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t next(void) {
  rng_state ^= rng_state << 13, rng_state ^= rng_state >> 7, rng_state ^= rng_state << 17;
  return rng_state;
}
/* A binary64 value with a 24-bit significand and exponent in [emin, emin + span). */
static double val24(int emin, int span) {
  const uint64_t r = next();
  const double m = (double)((r & 0xffffff) | 0x800000) * 0x1p-23;
  return ldexp(r >> 63 ? -m : m, emin + (int)((r >> 24) % (uint64_t)span));
}

static int same_hist(const mulerr_qhist *a, const mulerr_qhist *b) {
  return !memcmp(a->r, b->r, 2 * MULERR_QBINS * sizeof *a->r);
}
static int same_metrics(const mulerr_acc *a, const mulerr_acc *b) {
  mulerr_metrics ma, mb;
  mulerr_acc_finish(a, 0, &ma);
  mulerr_acc_finish(b, 0, &mb);
  return !memcmp(&ma, &mb, sizeof ma);
}

/* Arrays of n pairs with specials; both fused entries against the old passes. */
static void arrays(size_t n) {
  double *x = malloc(n * sizeof *x), *y = malloc(n * sizeof *y), *ap = malloc(n * sizeof *ap);
  double *hi = malloc(n * sizeof *hi), *lo = malloc(n * sizeof *lo), *ex = malloc(n * sizeof *ex);
  mulerr_qhist hq, ho, hs;
  mulerr_acc a1, a2;
  size_t i;
  int ok1, ok2;
  for (i = 0; i < n; i++) {
    const uint64_t k = next() % 16;
    x[i] = val24(-60, 120), y[i] = val24(-60, 120);
    ap[i] = x[i] * y[i] * (1 + ldexp((double)(int)(next() % 64) - 32, -(int)(next() % 60))); /* errors 2^-1..2^-60 relative */
    if (k == 0) x[i] = 0;                              /* zero product: no |r| */
    if (k == 1) y[i] = -0.0;
    if (k == 2) ap[i] = 0;                             /* |r| = 1 */
    if (k == 3) ap[i] = x[i] * y[i];                   /* e = 0 */
    if (k == 4) ap[i] = next() & 1 ? INFINITY : -INFINITY;
    if (k == 5) ap[i] = NAN;
    if (k == 6) { /* subnormal and tiny errors: a product near the bottom of binary64 */
      x[i] = val24(-540, 3), y[i] = val24(-500, 3);
      ap[i] = x[i] * y[i] + ldexp((double)(int)(next() % 9) - 4, -1074);
    }
    if (k == 7) ap[i] = nextafter(x[i] * y[i], 0); /* one ulp */
    hi[i] = ap[i] - x[i] * y[i];
    lo[i] = isfinite(hi[i]) ? (ap[i] - (hi[i] + x[i] * y[i])) * 0 : 0; /* the lo part does not bin */
    ex[i] = x[i] * y[i];
  }
  mulerr_qhist_init(&hq), mulerr_qhist_init(&ho), mulerr_qhist_init(&hs);
  mulerr_acc_init(&a1, 23, -126), mulerr_acc_init(&a2, 23, -126);
  mulerr_acc_add_block_q(&a1, &hq, n, ap, x, y);
  mulerr_acc_hist_from_q(&a1, &hq);
  mulerr_acc_add_block(&a2, n, ap, x, y);
  old_add_approx(&ho, n, ap, x, y);
  mulerr_qhist_add_approx(&hs, n, ap, x, y);
  ok1 = same_hist(&hq, &ho) && same_hist(&hs, &ho);
  ok(ok1 && same_metrics(&a1, &a2), "%zu pairs: the block pass's histograms equal the old separate pass's, count for count; its metrics are unchanged", n);
  memset(hq.r, 0, 2 * MULERR_QBINS * sizeof *hq.r), memset(ho.r, 0, 2 * MULERR_QBINS * sizeof *ho.r);
  mulerr_acc_init(&a1, 23, -126), mulerr_acc_init(&a2, 23, -126);
  mulerr_acc_add_block_err_q(&a1, &hq, n, hi, lo, ex);
  mulerr_acc_hist_from_q(&a1, &hq);
  mulerr_acc_add_block_err(&a2, n, hi, lo, ex);
  old_add_err(&ho, n, hi, ex);
  ok2 = same_hist(&hq, &ho);
  ok(ok2 && same_metrics(&a1, &a2), "%zu errors given: the same for the MPFR path's block pass", n);
  mulerr_qhist_free(&hq), mulerr_qhist_free(&ho), mulerr_qhist_free(&hs);
  free(x), free(y), free(ap), free(hi), free(lo), free(ex);
}

/* A point through mulerr_eval_pairs (1 and 2 threads) against the old code's histogram. */
static void point(const char *method, const char *source, const char *format, int k, const char *ref) {
  enum { N = 2 * MULERR_BLOCK + 4099 };
  double *a = malloc(N * sizeof *a), *b = malloc(N * sizeof *b), *ap = malloc(N * sizeof *ap);
  double rq[4], eq[4];
  mulerr_point p;
  mulerr_metrics m1, m2;
  mulerr_qhist h;
  uint64_t hist[MULERR_HIST_BINS] = {0}, nrel = 0;
  size_t i;
  int st;
  memset(&p, 0, sizeof p);
  p.method = mulerr_method_find(method);
  p.cfg.source = mulerr_format_find(source);
  if (format) p.cfg.format = mulerr_format_find(format);
  p.cfg.k = k, p.cfg.l = MULERR_L_DEFAULT, p.cfg.rounding = MULERR_ROUNDING_DEFAULT;
  p.reference = !strcmp(ref, "mpfr") ? MULERR_REF_MPFR : MULERR_REF_AUTO;
  mulerr_dist_parse("normal", &p.dist_a);
  p.dist_b = p.dist_a, p.samples = N, p.seed = 1;
  if (mulerr_method_prepare(p.method, &p.cfg) != MULERR_OK) {
    ok(0, "%s prepares: %s", method, mulerr_errmsg());
    return;
  }
  for (i = 0; i < N; i++) { /* values of the source format over many binades, some zeros */
    a[i] = mulerr_format_round(p.cfg.source, val24(-20, 24), MULERR_RNE);
    b[i] = mulerr_format_round(p.cfg.source, val24(-12, 14), MULERR_RNE);
    if (i % 101 == 0) a[i] = 0;
  }
  p.method->mul(&p.cfg, N, a, b, ap);
  mulerr_qhist_init(&h);
  old_add_approx(&h, N, ap, a, b); /* these sources' products are exact in binary64 */
  mulerr_qhist_quantiles(&h, rq, eq);
  mulerr_qhist_free(&h);
  for (i = 0; i < N; i++) /* the exponent histogram, pair by pair */
    if (a[i] * b[i] != 0) nrel++, hist[def_hist_bin((ap[i] - a[i] * b[i]) / (a[i] * b[i]))]++;
#ifdef _OPENMP
  omp_set_num_threads(1);
#endif
  st = mulerr_eval_pairs(&p, N, a, b, &m1);
#ifdef _OPENMP
  omp_set_num_threads(2);
#endif
  st |= mulerr_eval_pairs(&p, N, a, b, &m2);
  ok(st == MULERR_OK && !memcmp(m1.r_q, rq, sizeof rq) && !memcmp(m1.e_q, eq, sizeof eq) &&
         !memcmp(&m1, &m2, sizeof m1) && !memcmp(m1.hist, hist, sizeof hist) && m1.n_rel == nrel,
     "%s on %s%s%s (%s reference): quantiles (|r| p50 %a, |e| p99.9 %a) bit-identical to the old pass's, "
     "the |r| histogram and n_rel its definition's, 1 and 2 threads alike", method, source, format ? " as " : "", format ? format : "", ref, m1.r_q[0], m1.e_q[3]);
  free(a), free(b), free(ap);
}

int main(void) {
  static const size_t lens[] = {1, 7, 8, 9, 1023, 1024, 1025, 3000, MULERR_BLOCK};
  size_t i;
  for (i = 0; i < sizeof lens / sizeof *lens; i++) arrays(lens[i]);
  point("lmul", "fp32", NULL, 3, "auto");
  point("lmul", "bf16", NULL, 3, "auto");
  point("lmul", "fp32", NULL, 3, "mpfr");
  point("float", "fp32", "e4m3fn", 3, "auto");
  point("lmul-eq1", "fp16", NULL, 4, "auto");
  point("lns", "bf16", NULL, 3, "auto");
  return tap_done();
}
