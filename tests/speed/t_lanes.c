/* t_lanes.c — the metrics' block pass eight lanes at a time (AVX-512, acc_lanes.h with W = 8)
 * against the same pass four lanes at a time (W = 4: the AVX2 code, itself compared with the
 * baseline build by isa_same.sh and with the per-pair accumulator by t_metrics): every sum,
 * count, maximum and histogram count must be the same bits.  On pairs with every kind of
 * special (zero operands and products, Inf and NaN approximations, errors of every magnitude
 * down to subnormal, products at the edges of binary64's range), at lengths around the lane
 * count, the gather chunk and the fused run (the maxima compared bit for bit, the sums too
 * except that any NaN equals any NaN, and the finished metrics bit for bit), for both entries (approximations, and errors
 * given as hi, lo and the exact product) and several ulp formats.  Skipped where the
 * processor has no AVX-512 (both runs would take the four-lane code). */
#include "internal.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static uint64_t rs = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void) { /* xorshift64* */
  rs ^= rs >> 12, rs ^= rs << 25, rs ^= rs >> 27;
  return rs * 0x2545f4914f6cdd1dull;
}
static double unit(void) { return (double)(rnd() >> 11) * 0x1p-53; }

/* x[i], y[i] and approx[i] (or hi, lo, exact): mostly ordinary pairs, with specials mixed in */
static void make(size_t n, int given, double *u0, double *u1, double *u2) {
  size_t i;
  for (i = 0; i < n; i++) {
    const unsigned kind = (unsigned)(rnd() % 16);
    double x = (unit() + 0.5) * ldexp(1, (int)(rnd() % 40) - 20) * (rnd() & 1 ? -1 : 1);
    double y = (unit() + 0.5) * ldexp(1, (int)(rnd() % 40) - 20) * (rnd() & 1 ? -1 : 1);
    double ab, ap;
    if (kind == 0) x = 0;
    if (kind == 1) y = -0.0;
    if (kind == 2) x = ldexp(x, 480), y = ldexp(y, 480);   /* products near the top */
    if (kind == 3) x = ldexp(x, -500), y = ldexp(y, -500); /* products near the bottom, subnormal */
    ab = x * y;
    ap = ab * (1 + (unit() - 0.5) * ldexp(1, -(int)(rnd() % 50)));
    if (kind == 4) ap = ab;                              /* exact */
    if (kind == 5) ap = rnd() & 1 ? INFINITY : -INFINITY;
    if (kind == 6) ap = NAN;
    if (kind == 7) ap = -ap;
    if (kind == 8) ap = ab + ldexp(ab, -52);             /* an ulp off */
    if (kind == 11) x = 0, ab = 0, ap = ldexp(y, -30);   /* a zero product approximated by a nonzero */
    if (!given) {
      u0[i] = ap, u1[i] = x, u2[i] = y;
    } else {
      const double hi = ap - ab;
      u0[i] = hi;
      u1[i] = kind == 9 ? 0 : ldexp(hi, -60) * (unit() - 0.5); /* lo below hi's last place */
      u2[i] = ab;
      if (kind == 10) u0[i] = NAN;
    }
  }
}

/* the same bits, or both NaN: which NaN a sum holds depends on the order of the operands of
 * its additions, which the compiler picks (mulerr_acc_finish reports every NaN as C's NAN) */
static int same(double a, double b) { return !memcmp(&a, &b, sizeof a) || (isnan(a) && isnan(b)); }
static int same_dd(dd a, dd b) { return same(a.hi, b.hi) && same(a.lo, b.lo); }
static int same_acc(const mulerr_acc *a, const mulerr_acc *b) {
  return a->n == b->n && a->n_rel == b->n_rel && a->n_inexact == b->n_inexact && same_dd(a->se, b->se) &&
         same_dd(a->sae, b->sae) && same_dd(a->se2, b->se2) && same_dd(a->se4, b->se4) && same_dd(a->sr, b->sr) &&
         same_dd(a->sar, b->sar) && same_dd(a->sr2, b->sr2) && same_dd(a->sulp, b->sulp) &&
         !memcmp(&a->maxre, &b->maxre, sizeof a->maxre) && !memcmp(&a->max_abs, &b->max_abs, sizeof a->max_abs) &&
         !memcmp(&a->max_ulp, &b->max_ulp, sizeof a->max_ulp) && !memcmp(a->hist, b->hist, sizeof a->hist);
}

/* the pass at width w (0: the widest, 4: four lanes) into a fresh accumulator and histogram */
static int pass(int w, size_t n, int given, const double *u0, const double *u1, const double *u2, int mb, int emin,
                mulerr_acc *a, mulerr_qhist *q) {
  mulerr_acc_set_width(w);
  mulerr_acc_init(a, mb, emin);
  if (mulerr_qhist_init(q)) return -1;
  if (given) mulerr_acc_add_block_err_q(a, q, n, u0, u1, u2);
  else mulerr_acc_add_block_q(a, q, n, u0, u1, u2);
  mulerr_acc_set_width(0);
  return 0;
}

int main(void) {
  static const size_t lens[] = {1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 31, 1023, 1024, 1031, 4096, 4103, 9000};
  static const int ulps[][2] = {{23, -126}, {3, -6}, {52, -1022}, {10, -14}, {7, -126}};
  const size_t nl = sizeof lens / sizeof *lens, nu = sizeof ulps / sizeof *ulps, qn = 2 * MULERR_QBINS + MULERR_QDUMP;
  double *u0, *u1, *u2;
  size_t il, iu;
  int given;
  if (mulerr_acc_set_width(0) != 8) {
    ok(1, "eight lanes against four # SKIP the processor has no AVX-512 (both would run four lanes)");
    return tap_done();
  }
  u0 = malloc(9000 * sizeof *u0), u1 = malloc(9000 * sizeof *u1), u2 = malloc(9000 * sizeof *u2);
  if (!u0 || !u1 || !u2) return 99;
  for (given = 0; given < 2; given++)
    for (iu = 0; iu < nu; iu++) {
      size_t differ = 0, runs = 0;
      for (il = 0; il < nl; il++) {
        mulerr_acc a8, a4;
        mulerr_metrics m8, m4;
        mulerr_qhist q8, q4;
        make(lens[il], given, u0, u1, u2);
        if (pass(0, lens[il], given, u0, u1, u2, ulps[iu][0], ulps[iu][1], &a8, &q8) ||
            pass(4, lens[il], given, u0, u1, u2, ulps[iu][0], ulps[iu][1], &a4, &q4))
          return 99;
        runs++;
        mulerr_acc_finish(&a8, 0, &m8), mulerr_acc_finish(&a4, 0, &m4);
        if (!same_acc(&a8, &a4) || memcmp(&m8, &m4, sizeof m8) || memcmp(q8.r, q4.r, qn * sizeof *q8.r)) {
          differ++;
          diag("differ: %s, ulps of m%d emin %d, %zu pairs (mae %a / %a, bias %a / %a)", given ? "given" : "approx",
               ulps[iu][0], ulps[iu][1], lens[il], a8.sae.hi, a4.sae.hi, a8.se.hi, a4.se.hi);
        }
        mulerr_qhist_free(&q8);
        mulerr_qhist_free(&q4);
      }
      ok(differ == 0, "%s, ulps of m%d emin %d: eight lanes = four lanes, every sum, count, maximum, bin and metric, %zu lengths",
         given ? "errors given" : "approximations", ulps[iu][0], ulps[iu][1], runs);
    }
  free(u0), free(u1), free(u2);
  return tap_done();
}
