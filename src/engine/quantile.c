/* quantile.c — quantiles of |r| and |e| from a fixed, mergeable histogram.
 *
 * A mean of a heavy-tailed error (relative errors of products near zero, flushing or
 * saturating methods) may not settle; quantiles always do.  Every |r| (pairs with a nonzero
 * exact product) and every |e| is counted in a histogram whose bins are the binary64 bit
 * patterns cut after the exponent and the top MULERR_QSUB = 6 mantissa bits: bin j holds
 * [u2d(j 2^46), u2d((j + 1) 2^46)), 64 bins per binade (linear below 2^-1022), 2^17 bins
 * from 0 to Inf/NaN.  Counts are integers, so merging histograms in any order gives the same
 * histogram: the quantiles are the same for any thread count and schedule.
 *
 * The q-quantile is the ceil(q n)-th smallest value (n the count).  It is reported as the
 * midpoint of its bin, so it lies within 2^-7 relative of the exact order statistic; in the
 * first bin ([0, 2^-1028)) it is reported as 0, in the Inf/NaN bins as +Inf.  The values
 * counted are |RN(e)| and |RN(RN(e) / RN(ab))|, e = approx - ab exactly (eval.c), the
 * roundings of the metrics' own r (acc.c); a rounding moves a value across a bin edge only
 * within 2 ulps of it, far below the bins' resolution. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#define QSHIFT (52 - MULERR_QSUB)

static inline size_t qbin(double v) { return (size_t)((mulerr_d2u(v) & MULERR_ABS_BITS) >> QSHIFT); }

int mulerr_qhist_init(mulerr_qhist *h) {
  h->r = calloc(2 * MULERR_QBINS + MULERR_QDUMP, sizeof *h->r); /* acc.c's dump slots, never read */
  h->e = h->r ? h->r + MULERR_QBINS : NULL;
  return h->r ? 0 : -1;
}

void mulerr_qhist_free(mulerr_qhist *h) {
  free(h->r);
  h->r = h->e = NULL;
}

MULERR_HOT
void mulerr_qhist_add_err(mulerr_qhist *h, size_t n, const double *hi, const double *exact) {
  size_t i;
  for (i = 0; i < n; i++) {
    h->e[qbin(hi[i])]++;
    if (exact[i] != 0) h->r[qbin(hi[i] / exact[i])]++;
  }
}

MULERR_HOT
void mulerr_qhist_add_approx(mulerr_qhist *h, size_t n, const double *approx, const double *x,
                             const double *y) {
  size_t i;
  for (i = 0; i < n; i++) {
    const double ab = x[i] * y[i], e = approx[i] - ab; /* ab exact (double path): e = RN(e) */
    h->e[qbin(e)]++;
    if (ab != 0) h->r[qbin(e / ab)]++;
  }
}

void mulerr_qhist_merge(mulerr_qhist *into, const mulerr_qhist *from) {
  size_t j;
  for (j = 0; j < 2 * MULERR_QBINS; j++) into->r[j] += from->r[j];
}

/* The quantiles q[i] / 1000 of one histogram. */
static void quantiles(const uint64_t *c, const int *permille, int nq, double *out) {
  uint64_t n = 0, cum = 0;
  size_t j = 0;
  int i;
  for (j = 0; j < MULERR_QBINS; j++) n += c[j];
  for (i = 0; i < nq; i++) out[i] = NAN;
  if (!n) return;
  for (i = 0, j = 0; i < nq; i++) {
    const uint64_t t = (n * (uint64_t)permille[i] + 999) / 1000; /* ceil(q n), >= 1 */
    double lo, hi;
    while (cum + c[j] < (t ? t : 1)) cum += c[j++];
    lo = mulerr_u2d((uint64_t)j << QSHIFT), hi = mulerr_u2d((uint64_t)(j + 1) << QSHIFT);
    if (j == 0) out[i] = 0;
    else if (!isfinite(lo) || !isfinite(hi)) out[i] = INFINITY;
    else out[i] = lo + (hi - lo) / 2; /* exact: both in one binade, or adjacent */
  }
}

void mulerr_qhist_quantiles(const mulerr_qhist *h, double r_q[4], double e_q[4]) {
  static const int permille[4] = {500, 900, 990, 999};
  quantiles(h->r, permille, 4, r_q);
  quantiles(h->e, permille, 4, e_q);
}
