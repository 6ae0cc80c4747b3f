/* acc.c — accumulation of error metrics.
 *
 * How the harness's own rounding is kept out of the reported digits: each error e arrives
 * as an exact double-double (hi + lo == approx - exact, see eval.c); e^2 and e^4 are formed
 * as double-double products (relative error ~2^-104).  Within a block (at most 2^16 pairs)
 * every sum is Ogita, Rump and Oishi's Sum2 ("Accurate sum and dot product", SIAM J. Sci.
 * Comput. 26(6), 2005, Alg. 4.4): the high parts are added with TwoSum and every rounding
 * error and low part is gathered in a second double, so the pair (s, c) is the sum as if
 * computed in twice the working precision: |s + c - sum| <= 2^-53 |sum| + gamma_n^2 sum|x_i|
 * with gamma_n^2 < 2^-74 for n <= 2^16 (and the low parts' own error below 2^-90 sum|x_i|).
 * Blocks are merged by double-double additions (~2^-104 each), in block order.  Relative
 * errors r = RN(hi / exact) carry one rounding of 2^-53 relative each.  A reported mean is
 * the double nearest to the double-double sum divided by n: its own rounding (<= 2^-52
 * relative, or 2^-52 of mean |e| for the signed bias) is orders of magnitude below any
 * sampling standard error. */
#include "internal.h"

#include <string.h>

void mulerr_acc_init(mulerr_acc *a, int ulp_mbits, int ulp_emin) {
  memset(a, 0, sizeof *a);
  a->ulp_mbits = ulp_mbits;
  a->ulp_emin = ulp_emin;
}

/* Histogram bin of |r|: by its binary exponent (exact, no rounding involved). */
static int hist_bin(double ar) {
  int j;
  if (ar == 0) return 0;
  if (!(ar < 0x1p13)) return MULERR_HIST_BINS - 1; /* also NaN */
  j = ilogb(ar) + MULERR_HIST_OFFSET;
  return j < 1 ? 1 : j;
}

/* Sum2's step: add x + xlo to the unnormalised pair (hi, lo). */
static inline void sum2(dd *a, double x, double xlo) {
  dd t = dd_two_sum(a->hi, x);
  a->hi = t.hi;
  a->lo += t.lo + xlo;
}

/* A block's unnormalised pair as a proper double-double. */
static inline dd norm(dd a) { return dd_two_sum(a.hi, a.lo); }

void mulerr_acc_add(mulerr_acc *a, dd err, double exact) {
  /* e^2 = hi^2 + 2 hi lo (+ lo^2, below 2^-106 of it): hi^2 exactly by TwoProduct */
  double e2 = err.hi * err.hi, e2lo = fma(err.hi, err.hi, -e2) + 2 * err.hi * err.lo;
  double e4 = e2 * e2, e4lo = fma(e2, e2, -e4) + 2 * e2 * e2lo;
  double ae = fabs(err.hi);
  a->n++;
  if (err.hi != 0) a->n_inexact++;
  sum2(&a->se, err.hi, err.lo);
  sum2(&a->sae, ae, err.hi < 0 ? -err.lo : err.lo);
  sum2(&a->se2, e2, e2lo);
  sum2(&a->se4, e4, e4lo);
  if (ae > a->max_abs || isnan(ae)) a->max_abs = ae;
  if (exact != 0 && isfinite(exact)) {
    /* |e| / ulp: ulp(exact) = 2^(max(ilogb, emin) - mbits), so the quotient is a scaling
     * of |e.hi| by a power of two: exact unless it leaves binary64's range. */
    int ex = ilogb(exact);
    double u = ae * mulerr_pow2(a->ulp_mbits - (ex > a->ulp_emin ? ex : a->ulp_emin));
    sum2(&a->sulp, u, 0);
    if (u > a->max_ulp || isnan(u)) a->max_ulp = u;
  }
  if (exact != 0) {
    double r = err.hi / exact, ar = fabs(r), r2 = r * r;
    a->n_rel++;
    sum2(&a->sr, r, 0);
    sum2(&a->sar, ar, 0);
    sum2(&a->sr2, r2, fma(r, r, -r2));
    if (ar > a->maxre || isnan(ar)) a->maxre = ar;
    a->hist[hist_bin(ar)]++;
  }
}

void mulerr_acc_merge(mulerr_acc *into, const mulerr_acc *from) {
  into->n += from->n;
  into->n_rel += from->n_rel;
  into->n_inexact += from->n_inexact;
  into->se = dd_add(norm(into->se), norm(from->se));
  into->sae = dd_add(norm(into->sae), norm(from->sae));
  into->se2 = dd_add(norm(into->se2), norm(from->se2));
  into->se4 = dd_add(norm(into->se4), norm(from->se4));
  into->sr = dd_add(norm(into->sr), norm(from->sr));
  into->sar = dd_add(norm(into->sar), norm(from->sar));
  into->sr2 = dd_add(norm(into->sr2), norm(from->sr2));
  if (from->max_abs > into->max_abs || isnan(from->max_abs)) into->max_abs = from->max_abs;
  if (from->maxre > into->maxre || isnan(from->maxre)) into->maxre = from->maxre;
  into->sulp = dd_add(norm(into->sulp), norm(from->sulp));
  if (from->max_ulp > into->max_ulp || isnan(from->max_ulp)) into->max_ulp = from->max_ulp;
  for (int j = 0; j < MULERR_HIST_BINS; j++) into->hist[j] += from->hist[j];
}

/* Mean of n values with sum s, and the standard error of that mean from the sum of squares
 * s2: sqrt((s2 - s^2/n) / (n - 1) / n).  NaN for n < 2 (undefined), 0 when exact. */
static void mean_se(dd s, dd s2, uint64_t n, int exact, double *mean, double *se) {
  dd var;
  if (n == 0) {
    *mean = NAN, *se = NAN;
    return;
  }
  *mean = dd_to_d(dd_div_d(s, (double)n));
  if (exact) {
    *se = 0;
    return;
  }
  if (n < 2) {
    *se = NAN;
    return;
  }
  var = dd_add(s2, dd_neg(dd_div_d(dd_mul(s, s), (double)n)));
  *se = var.hi <= 0 ? 0 : sqrt(dd_to_d(var) / (double)(n - 1) / (double)n);
}

void mulerr_acc_finish(const mulerr_acc *in, int exact, mulerr_metrics *m) {
  mulerr_acc norm_acc = *in, *a = &norm_acc;
  a->se = norm(a->se), a->sae = norm(a->sae), a->se2 = norm(a->se2), a->se4 = norm(a->se4);
  a->sr = norm(a->sr), a->sar = norm(a->sar), a->sr2 = norm(a->sr2), a->sulp = norm(a->sulp);
  memset(m, 0, sizeof *m);
  m->n = a->n;
  m->n_rel = a->n_rel;
  m->n_inexact = a->n_inexact;
  mean_se(a->se, a->se2, a->n, exact, &m->bias, &m->bias_se);
  mean_se(a->sae, a->se2, a->n, exact, &m->mae, &m->mae_se);
  mean_se(a->se2, a->se4, a->n, exact, &m->mse, &m->mse_se);
  m->rmse = sqrt(m->mse);
  m->rmse_se = exact ? 0 : m->rmse > 0 ? m->mse_se / (2 * m->rmse) : (a->n >= 2 ? 0 : NAN);
  mean_se(a->sr, a->sr2, a->n_rel, exact, &m->mean_rel, &m->mean_rel_se);
  mean_se(a->sar, a->sr2, a->n_rel, exact, &m->mre, &m->mre_se);
  m->maxre = a->n_rel ? a->maxre : NAN;
  m->max_abs = a->n ? a->max_abs : NAN;
  m->ned = a->n && m->max_abs > 0 ? m->mae / m->max_abs : a->n ? 0 : NAN;
  m->mean_ulp = a->n_rel ? dd_to_d(dd_div_d(a->sulp, (double)a->n_rel)) : NAN;
  m->max_ulp = a->n_rel ? a->max_ulp : NAN;
  memcpy(m->hist, a->hist, sizeof m->hist);
}
