/* acc.c — accumulation of error metrics.
 *
 * How the harness's own rounding is kept out of the reported digits: each error e arrives
 * as an exact double-double (hi + lo == approx - exact, see eval.c); e^2 and e^4 are formed
 * as double-double products (relative error ~2^-104) and every sum is a double-double sum
 * (relative error ~2^-104 per addition, so below 2^-70 of the sum of magnitudes for any
 * n < 2^33 per block and any number of blocks merged).  Relative errors r = RN(hi / exact)
 * carry one rounding of 2^-53 relative each.  A reported mean is the double nearest to the
 * double-double sum divided by n: its own rounding (<= 2^-52 relative, or 2^-52 of mean |e|
 * for the signed bias) is orders of magnitude below any sampling standard error. */
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

void mulerr_acc_add(mulerr_acc *a, dd err, double exact) {
  dd e2 = dd_mul(err, err);
  double ae = fabs(err.hi);
  a->n++;
  if (err.hi != 0) a->n_inexact++;
  a->se = dd_add(a->se, err);
  a->sae = dd_add(a->sae, dd_abs(err));
  a->se2 = dd_add(a->se2, e2);
  a->se4 = dd_add(a->se4, dd_mul(e2, e2));
  if (ae > a->max_abs || isnan(ae)) a->max_abs = ae;
  if (exact != 0 && isfinite(exact)) {
    /* |e| / ulp: ulp(exact) = 2^(max(ilogb, emin) - mbits), so the quotient is a scaling
     * of |e.hi| by a power of two: exact unless it leaves binary64's range. */
    int ex = ilogb(exact);
    double u = ldexp(ae, a->ulp_mbits - (ex > a->ulp_emin ? ex : a->ulp_emin));
    a->sulp = dd_add(a->sulp, (dd){u, 0});
    if (u > a->max_ulp || isnan(u)) a->max_ulp = u;
  }
  if (exact != 0) {
    double r = err.hi / exact, ar = fabs(r);
    a->n_rel++;
    a->sr = dd_add(a->sr, (dd){r, 0});
    a->sar = dd_add(a->sar, (dd){ar, 0});
    a->sr2 = dd_add(a->sr2, dd_two_prod(r, r));
    if (ar > a->maxre || isnan(ar)) a->maxre = ar;
    a->hist[hist_bin(ar)]++;
  }
}

void mulerr_acc_merge(mulerr_acc *into, const mulerr_acc *from) {
  into->n += from->n;
  into->n_rel += from->n_rel;
  into->n_inexact += from->n_inexact;
  into->se = dd_add(into->se, from->se);
  into->sae = dd_add(into->sae, from->sae);
  into->se2 = dd_add(into->se2, from->se2);
  into->se4 = dd_add(into->se4, from->se4);
  into->sr = dd_add(into->sr, from->sr);
  into->sar = dd_add(into->sar, from->sar);
  into->sr2 = dd_add(into->sr2, from->sr2);
  if (from->max_abs > into->max_abs || isnan(from->max_abs)) into->max_abs = from->max_abs;
  if (from->maxre > into->maxre || isnan(from->maxre)) into->maxre = from->maxre;
  into->sulp = dd_add(into->sulp, from->sulp);
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

void mulerr_acc_finish(const mulerr_acc *a, int exact, mulerr_metrics *m) {
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
