/* t_lnsvec.c — lns's four-lane pass (lns_pass4 in src/methods/lns.c: two bucket tables for
 * f = 12, one packed table for f <= 11, the binary search beyond) against mulerr_lns_kernel,
 * bit for bit, for every lns_frac 1..13 and 20 with lns_int 1, 5 and 10, underflow to zero and
 * saturating: operands whose significand lies within two binary64 ulps of every rounding
 * threshold 2^((2j+1)/2^(f+1)) (exp2 in binary64 lands within an ulp of it) and of every bucket
 * boundary 1 + k 2^-(f+1), with random exponents (saturating codes, underflowing products)
 * and signs, +-0, binary64 subnormals, NaN and Inf (which the pass leaves to the kernel), on
 * an uneven length (the scalar tail). */
#include "internal.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static uint64_t st = 0x853c49e6748fea9bull;
static uint64_t next(void) {
  st ^= st << 13, st ^= st >> 7, st ^= st << 17;
  return st;
}

static double *A, *B, *O1, *O2;

static double special(void) {
  switch (next() % 6) {
  case 0: return next() & 1 ? -0.0 : 0.0;
  case 1: return ldexp((double)(next() % 1000 + 1), -1074); /* binary64 subnormal */
  case 2: return next() & 1 ? NAN : -INFINITY;
  default: return ldexp(1 + (double)(next() >> 12) * 0x1p-52, (int)(next() % 80) - 40);
  }
}

int main(void) {
  static const int fracs[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 20};
  static const int ints[] = {1, 5, 10};
  const mulerr_method *m = mulerr_method_find("lns");
  size_t fi, ii, i, n, cap = 0;
  int sat;
  for (fi = 0; fi < sizeof fracs / sizeof *fracs; fi++) {
    const int f = fracs[fi];
    const size_t nt = f > 13 ? 4096 : (size_t)1 << f; /* thresholds or bucket starts tested */
    n = 0;
    cap = nt * 2 * 10 + 1003;
    A = realloc(A, cap * sizeof *A), B = realloc(B, cap * sizeof *B);
    O1 = realloc(O1, cap * sizeof *O1), O2 = realloc(O2, cap * sizeof *O2);
    for (i = 0; i < nt; i++) {
      const size_t j = f > 13 ? next() % ((size_t)1 << f) : i;
      const double thr = exp2((2.0 * (double)j + 1) / ldexp(1, f + 1)), bnd = 1 + ldexp((double)(2 * j + next() % 2), -(f + 1));
      int d;
      for (d = -2; d <= 2; d++) {
        const double t1 = d < 0 ? nextafter(thr, 0) : d > 0 ? nextafter(thr, 2) : thr, t = d == -2 ? nextafter(t1, 0) : d == 2 ? nextafter(t1, 2) : t1;
        const double b = d < 0 ? nextafter(bnd, 0) : d > 0 ? nextafter(bnd, 2) : bnd;
        const int e1 = (int)(next() % 2400) - 1200, e2 = (int)(next() % 2400) - 1200;
        A[n] = ldexp(t, (int)(next() % 40) - 20) * (next() & 1 ? -1 : 1), B[n] = ldexp(b, e1 % 40);
        n++;
        A[n] = ldexp(b, e2 % 700) * (next() & 1 ? -1 : 1), B[n] = ldexp(t, e1 % 700);
        n++;
      }
    }
    for (i = 0; i < 1003; i++) A[n] = next() % 3 ? special() : A[next() % n], B[n] = next() % 3 ? special() : B[next() % n], n++;
    for (ii = 0; ii < sizeof ints / sizeof *ints; ii++)
      for (sat = 0; sat <= 1; sat++) {
        mulerr_method_cfg cfg;
        size_t bad = 0;
        memset(&cfg, 0, sizeof cfg);
        cfg.k = 3, cfg.rounding = MULERR_RNE, cfg.lns_int = ints[ii], cfg.lns_frac = f, cfg.lns_saturate = sat;
        cfg.source = mulerr_format_find("fp32");
        if (!ok(mulerr_method_prepare(m, &cfg) == MULERR_OK, "lns %d.%d prepares", ints[ii], f)) continue;
        m->mul(&cfg, n, A, B, O1), mulerr_lns_kernel(&cfg, n, A, B, O2);
        for (i = 0; i < n; i++)
          if (mulerr_d2u(O1[i]) != mulerr_d2u(O2[i]) && bad++ < 3)
            diag("lns %d.%d pair %zu: %a * %a: %a vs kernel %a", ints[ii], f, i, A[i], B[i], O1[i], O2[i]);
        ok(bad == 0, "lns int=%d frac=%d%s: equals the kernel on %zu pairs at thresholds and bucket boundaries", ints[ii], f,
           sat ? " saturating" : "", n);
      }
  }
  free(A), free(B), free(O1), free(O2);
  return tap_done();
}
