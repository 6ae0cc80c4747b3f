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
#ifdef MULERR_V4
#include <immintrin.h>
#endif

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

/* ---------------------------------------------------------------- a block at once
 *
 * mulerr_acc_add_block does what mulerr_acc_add does for every pair of a block, for the
 * double path (reference.c's exact products), in a form a vector unit runs: LANES running
 * sums per metric, pair i going to lane i mod LANES, each lane a Sum2 of its own (the same
 * steps as sum2() above), merged into the block's sums in lane order at the end.  The lane a
 * pair goes to, and every operation on it, are fixed, so the result does not depend on the
 * vector width the processor offers.  What differs from mulerr_acc_add, and why it is safe:
 *  - hi^2 is split exactly by Dekker's product (Veltkamp's splitting), where mulerr_acc_add
 *    uses fma: both give the exact rounding error of hi^2 whenever hi^2 neither overflows nor
 *    underflows, and a vector unit without fma can run Dekker's;
 *  - e^4 and r^2, which only feed standard errors, are rounded once each and summed in
 *    plain binary64 within a lane (at most 2^13 non-negative terms per lane and block:
 *    relative error below 2^13 2^-53 = 2^-40), then merged like the others: far below what
 *    a standard error needs;
 *  - the exponent of the exact product (for ulps) is read from the bits: eval.c uses the
 *    block path only where every nonzero product of two source values rounds to a normal
 *    binary64 and 2^(ulp_mbits - max(e, ulp_emin)) stays a normal binary64
 *    (mulerr_acc_block_applies);
 *  - the running maxima of |e|, |e| / ulp and |r| compare bit patterns as signed 64-bit
 *    integers (vmaxbits): the three are never negative (their sign bit is cleared, or they
 *    are +0 where masked), and on binary64 values with the sign bit clear the integer order
 *    of the bits is the order of the values (+0 lowest, +Inf above every finite value) with
 *    every NaN above +Inf.  So where no NaN is seen the maximum is the same double as
 *    mulerr_acc_add's (x > m replaces m: the same comparison); once a NaN is seen the maximum
 *    is a NaN for good, as in mulerr_acc_add (a NaN replaces it; nothing replaces a NaN but
 *    a NaN).  Which NaN: mulerr_acc_add keeps the last, this the one with the largest
 *    payload; every NaN reaching here is |RN(approx - p)| or a quotient or scaling of it, a
 *    quiet NaN with its sign cleared, and the methods' NaNs are C's NAN or those of invalid
 *    operations, both 0x7ff8000000000000 once the sign is cleared: the same bits.
 * tests/unit/t_metrics.c compares both paths.
 *
 * The quantile histograms (quantile.c) are counted in the same pass: the bins of |e| and |r|
 * are cut from the bits of the very hi and r the lanes compute (hi = RN(x - p), r = RN(hi / p)
 * for p != 0, the operations mulerr_qhist_add_approx and mulerr_qhist_add_err do), packed into
 * one int64 per pair (bits 0-31 the |e| bin, 32-63 the |r| bin), and counted in one scalar
 * scatter per HCHUNK pairs: no second pass over the operands, no second division.  Two
 * values are not scattered but counted in the lanes: |e| = +0 (bin 0 of e: every exact
 * product, the pairs padding a last group) and |r| = +0 (bin 0 of r, with p != 0; a p = 0 has
 * r = 0 too, and no |r|): a run of equal bins makes every increment wait for the one before
 * it (through memory), so those pairs' bins are dump slots, one per lane, past both
 * histograms (quantile.c allocates them, nothing reads them), and the counts are added to
 * bin 0 at the end of the call.  Every other |e| or |r| in bin 0 (subnormals below 2^-1068)
 * is scattered as before.
 *
 * The |r| exponent histogram (acc->hist) is not counted per pair: it is a function of the
 * quantile r histogram's counts.  Its bin of a nonzero |r| (mulerr_acc_add's hist_bin:
 * max(1, ilogb + MULERR_HIST_OFFSET) below 2^13) depends on the biased exponent E alone: bin
 * 1 for E <= 974 (|r| < 2^-48: every subnormal, hence every nonzero value of r's bin 0), bin
 * E - 973 for E in [974, 1035] (|r| in [2^-49, 2^13)), bin 63 for E >= 1036 (|r| >= 2^13,
 * Inf and NaN); r's bin j has E = j >> MULERR_QSUB.  Bin 0 counts |r| = 0, which the
 * lanes count (above): the block calls with a histogram add that count to acc->hist[0] and
 * n_rel (also counted in the lanes) to acc->n_rel, and leave bins 1-63 to
 * mulerr_acc_hist_from_q, called once on the point's merged sums and histograms (eval.c).
 * tests/speed/t_qfast.c compares the counts with the separate pass's, and acc->hist with
 * mulerr_acc_add's. */
#define LANES 8
#define HCHUNK 1024 /* pairs whose histogram bins are gathered before counting */
#if MULERR_FUSED % HCHUNK
#error "MULERR_FUSED must be a multiple of HCHUNK"
#endif
/* The operands a run ahead are prefetched while the pass reads these: the fused pass (eval.c)
 * reads each run's operands first from memory; a prefetch never faults past an array's end. */
#define PREFETCH MULERR_FUSED
#define QSHIFT (52 - MULERR_QSUB) /* quantile.c's bins: the bits above the top QSUB mantissa bits */
#define RDUMP (2 * MULERR_QBINS)             /* r's dump slots, lane by lane (index into r) */
#define EDUMP (MULERR_QBINS + LANES)         /* e's (into e = r + MULERR_QBINS) */
#if MULERR_QDUMP < 2 * LANES
#error "quantile.c must allocate a dump slot per lane for each histogram"
#endif

/* Lanes as GCC vector types of W doubles, or W int64 (a comparison gives -1 or 0 per lane),
 * the pass written once for any W (acc_lanes.h): W = 4 (AVX2; without AVX2 the compiler
 * runs them as pairs of SSE2 operations) and, where the processor has AVX-512, W = 8. */
#pragma GCC diagnostic ignored "-Wpsabi" /* the vector helpers are static: no ABI crosses */

/* The running sums of the LANES lanes, lane l of each in f[l]. */
#define LANE_DOUBLES X(se) X(sel) X(sae) X(sael) X(se2) X(se2l) X(se4) X(sr) X(srl) X(sar) X(sarl) \
  X(sr2) X(su) X(sul) X(mae) X(mre) X(mu)
#define LANE_COUNTS X(ninex) X(nrel) X(nrz) /* a comparison's -1 subtracted: hi != 0; p != 0; p != 0, r = 0 */
typedef struct lanes {
#define X(f) double f[LANES];
  LANE_DOUBLES
#undef X
#define X(f) int64_t f[LANES];
  LANE_COUNTS
#undef X
} lanes;

#define W 4
#include "engine/acc_lanes.h"
#undef W
#ifdef MULERR_V4
#define W 8
#include "engine/acc_lanes.h"
#undef W
#endif

/* the two kinds of input, each a loop of its own */
MULERR_HOT
static void lanes_pass(lanes *s, size_t n, const double *approx, const double *x, const double *y,
                       int64_t *bins, int ulp_mbits, int ulp_emin) {
  lanes_body4(s, n, 0, approx, x, y, bins, ulp_mbits, ulp_emin);
}
MULERR_HOT
static void lanes_pass_err(lanes *s, size_t n, const double *hi, const double *lo, const double *exact,
                           int64_t *bins, int ulp_mbits, int ulp_emin) {
  lanes_body4(s, n, 1, hi, lo, exact, bins, ulp_mbits, ulp_emin);
}
#ifdef MULERR_V4 /* the same passes eight lanes at a time (W = 8), where the processor has AVX-512 */
MULERR_V4_FN
static void lanes_pass8(lanes *s, size_t n, const double *approx, const double *x, const double *y,
                        int64_t *bins, int ulp_mbits, int ulp_emin) {
  lanes_body8(s, n, 0, approx, x, y, bins, ulp_mbits, ulp_emin);
}
MULERR_V4_FN
static void lanes_pass8_err(lanes *s, size_t n, const double *hi, const double *lo, const double *exact,
                            int64_t *bins, int ulp_mbits, int ulp_emin) {
  lanes_body8(s, n, 1, hi, lo, exact, bins, ulp_mbits, ulp_emin);
}
#endif

bool mulerr_acc_block_applies(const mulerr_format *src, int ulp_mbits, int ulp_emin) {
  const int q = mulerr_format_emin(src) - src->mbits; /* the smallest quantum: 2^q */
  const int emax = mulerr_format_emax(src);         /* products are below 2^(2 emax + 2) */
  return 2 * q >= -1022 && 2 * emax + 2 <= 1023 && ulp_mbits - ulp_emin <= 1023 &&
         ulp_mbits - (2 * emax + 1) >= -1022;
}

static int max_width; /* mulerr_acc_set_width: 0 or 4 */
int mulerr_acc_set_width(int w) {
  max_width = w;
#ifdef MULERR_V4
  if (w != 4 && mulerr_have_v4()) return 8;
#endif
  return 4;
}

const char *mulerr_vector_code(void) {
#if defined(MULERR_V4)
  if (mulerr_have_v4()) return "x86-64-v4 (AVX-512)";
#endif
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(MULERR_NO_CLONES)
  if (__builtin_cpu_supports("x86-64-v3")) return "x86-64-v3 (AVX2)";
  return "baseline (no AVX2)";
#else
  return "baseline (built without the vector clones)";
#endif
}

/* The pairs into a's sums and q's counts; a->hist[0] and a->n_rel as described above. */
static int add_block(mulerr_acc *a, mulerr_qhist *q, size_t n, int given, const double *u0,
                     const double *u1, const double *u2, mulerr_block_fill fill, void *ctx) {
  lanes s;
  int64_t bins[HCHUNK];
  uint64_t *const qr = q->r, *const qe = q->e;
  uint64_t ninex = 0, nrel = 0, nrz = 0;
  size_t i0, m, i;
  int l;
#ifdef MULERR_V4
  const int v4 = max_width != 4 && mulerr_have_v4();
#endif
  memset(&s, 0, sizeof s);
  for (i0 = 0; i0 < n; i0 += m) {
    m = n - i0 < HCHUNK ? n - i0 : HCHUNK;
    if (fill && i0 % MULERR_FUSED == 0 && fill(ctx, i0, n - i0 < MULERR_FUSED ? n - i0 : MULERR_FUSED))
      return -1;
#ifdef MULERR_V4
    if (v4 && given) lanes_pass8_err(&s, m, u0 + i0, u1 + i0, u2 + i0, bins, a->ulp_mbits, a->ulp_emin);
    else if (v4) lanes_pass8(&s, m, u0 + i0, u1 + i0, u2 + i0, bins, a->ulp_mbits, a->ulp_emin);
    else
#endif
    if (given) lanes_pass_err(&s, m, u0 + i0, u1 + i0, u2 + i0, bins, a->ulp_mbits, a->ulp_emin);
    else lanes_pass(&s, m, u0 + i0, u1 + i0, u2 + i0, bins, a->ulp_mbits, a->ulp_emin);
    for (i = 0; i < m; i++) { /* r and e are one allocation (quantile.c), dump slots after e */
      const uint64_t b = (uint64_t)bins[i];
      qe[(uint32_t)b]++;
      qr[b >> 32]++;
    }
  }
  for (l = 0; l < LANES; l++) { /* in lane order */
    ninex += (uint64_t)s.ninex[l], nrel += (uint64_t)s.nrel[l], nrz += (uint64_t)s.nrz[l];
    sum2(&a->se, s.se[l], s.sel[l]);
    sum2(&a->sae, s.sae[l], s.sael[l]);
    sum2(&a->se2, s.se2[l], s.se2l[l]);
    sum2(&a->se4, s.se4[l], 0); /* plain lane sums */
    sum2(&a->sulp, s.su[l], s.sul[l]);
    sum2(&a->sr, s.sr[l], s.srl[l]);
    sum2(&a->sar, s.sar[l], s.sarl[l]);
    sum2(&a->sr2, s.sr2[l], 0);
    if (s.mae[l] > a->max_abs || isnan(s.mae[l])) a->max_abs = s.mae[l];
    if (s.mu[l] > a->max_ulp || isnan(s.mu[l])) a->max_ulp = s.mu[l];
    if (s.mre[l] > a->maxre || isnan(s.mre[l])) a->maxre = s.mre[l];
  }
  qe[0] += n - ninex; /* |e| = 0: every pair with hi = 0 (not the padding) */
  qr[0] += nrz;
  a->hist[0] += nrz;
  a->n += n;
  a->n_inexact += ninex;
  a->n_rel += nrel;
  return 0;
}

/* The |r| exponent histogram's bin of r's quantile bin j >= 1 (see above). */
static int hist_of_qbin(size_t j) {
  const int e = (int)(j >> MULERR_QSUB);
  return e >= 1036 ? MULERR_HIST_BINS - 1 : e >= 974 ? e - 973 : 1;
}

void mulerr_acc_hist_from_q(mulerr_acc *a, const mulerr_qhist *q) {
  size_t j;
  a->hist[1] += q->r[0] - a->hist[0]; /* bin 0 of r: the zeros (hist[0]) and subnormals */
  for (j = 1; j < MULERR_QBINS; j++) a->hist[hist_of_qbin(j)] += q->r[j];
}

/* Without a histogram of the caller's: a temporary one, turned into a->hist. */
static int add_block_own(mulerr_acc *a, size_t n, int given, const double *u0, const double *u1,
                         const double *u2) {
  mulerr_acc t = *a;
  mulerr_qhist q;
  if (mulerr_qhist_init(&q)) return -1;
  memset(t.hist, 0, sizeof t.hist);
  add_block(&t, &q, n, given, u0, u1, u2, NULL, NULL);
  mulerr_acc_hist_from_q(&t, &q);
  for (int j = 0; j < MULERR_HIST_BINS; j++) t.hist[j] += a->hist[j];
  *a = t;
  mulerr_qhist_free(&q);
  return 0;
}

int mulerr_acc_add_block(mulerr_acc *a, size_t n, const double *approx, const double *x,
                         const double *y) {
  return add_block_own(a, n, 0, approx, x, y);
}
int mulerr_acc_add_block_err(mulerr_acc *a, size_t n, const double *hi, const double *lo,
                             const double *exact) {
  return add_block_own(a, n, 1, hi, lo, exact);
}
void mulerr_acc_add_block_q(mulerr_acc *a, mulerr_qhist *q, size_t n, const double *approx,
                            const double *x, const double *y) {
  add_block(a, q, n, 0, approx, x, y, NULL, NULL);
}
void mulerr_acc_add_block_err_q(mulerr_acc *a, mulerr_qhist *q, size_t n, const double *hi,
                                const double *lo, const double *exact) {
  add_block(a, q, n, 1, hi, lo, exact, NULL, NULL);
}

/* The same as mulerr_acc_add_block_q, with approx[i0 .. i0 + m) written by fill(ctx, i0, m) just
 * before the pass reaches it, for each run of MULERR_FUSED pairs in turn: the run is still in
 * the cache when its metrics are taken.  The runs are whole HCHUNKs, so the lanes, the order of
 * every operation and the results are those of mulerr_acc_add_block_q on the filled array. */
int mulerr_acc_add_block_fused(mulerr_acc *a, mulerr_qhist *q, size_t n, const double *approx,
                               const double *x, const double *y, mulerr_block_fill fill, void *ctx) {
  return add_block(a, q, n, 0, approx, x, y, fill, ctx);
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
  /* A NaN is reported as C's NAN: which NaN a sum holds (its sign, its payload) depends on the
   * order of the operands of each addition, which the compiler chooses freely for a commutative
   * one (and chooses differently for different vector widths); so the metrics are the same bits
   * whatever code ran.  (SQLite stores every NaN as NULL in any case.) */
  {
    double *const f[] = {&m->bias, &m->bias_se, &m->mae, &m->mae_se, &m->mse, &m->mse_se, &m->rmse, &m->rmse_se,
                         &m->mean_rel, &m->mean_rel_se, &m->mre, &m->mre_se, &m->maxre, &m->max_abs, &m->ned,
                         &m->mean_ulp, &m->max_ulp};
    size_t j;
    for (j = 0; j < sizeof f / sizeof *f; j++)
      if (isnan(*f[j])) *f[j] = NAN;
  }
}
