/* t_scale.c — operand scaling (engine/scale.c): the scale rules, and that scaling is divided
 * out of the product exactly: operands that are a power of two times values of the operand
 * format come back from a power-of-two-scaled float multiply with no error at all (the scale
 * leaves each exactly representable value unchanged), while the same operands unscaled lose
 * bits in e4m3fn's subnormal range. */
#include "internal.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static void scale_rules(void) {
  int bad = 0, i;
  for (i = 0; i < 2000; i++) {
    const double amax = ldexp(1 + (double)i / 2000, i % 60 - 40), fmax = i % 2 ? 448 : 57344;
    const double s2 = mulerr_scale_of(amax, fmax, 1), s = mulerr_scale_of(amax, fmax, 0);
    int e;
    if (frexp(s2, &e) != 0.5 || amax / s2 > fmax || amax / (s2 / 2) <= fmax) bad++;
    if (amax / s > fmax || mulerr_round_sig(s, 12, INT32_MIN, MULERR_RNE) != s || amax / s < fmax * (1 - 0x1p-10)) bad++;
  }
  ok(bad == 0, "scales: pow2 is the smallest power of two with amax / s <= max; else 12 significant bits, "
     "amax / s within 2^-10 below max");
  ok(mulerr_scale_of(0, 448, 1) == 1 && mulerr_scale_of(0, 448, 0) == 1, "an all-zero group has scale 1");
}

static void point(const char *fmt, int scale, int pow2, const double *a, const double *b, size_t n, mulerr_metrics *m) {
  mulerr_point p;
  memset(&p, 0, sizeof p);
  p.method = mulerr_method_find("float");
  p.cfg.source = mulerr_format_find("fp32");
  p.cfg.format = mulerr_format_find(fmt);
  p.cfg.l = MULERR_L_DEFAULT, p.cfg.rounding = MULERR_ROUNDING_DEFAULT;
  mulerr_dist_parse("uniform-mantissa", &p.dist_a);
  p.dist_b = p.dist_a;
  p.samples = n, p.seed = 1;
  p.scale = scale, p.scale_block = 64, p.scale_pow2 = pow2;
  mulerr_method_prepare(p.method, &p.cfg);
  ok(mulerr_eval_pairs(&p, n, a, b, m) == MULERR_OK, "float %s scale %d pow2 %d runs: %s", fmt, scale, pow2,
     mulerr_errmsg());
}

static void exact_division(void) {
  enum { N = 4096 };
  const mulerr_format *f = mulerr_format_find("e4m3fn");
  double *a = malloc(N * sizeof *a), *b = malloc(N * sizeof *b);
  mulerr_metrics m;
  size_t i;
  for (i = 0; i < N; i++) { /* e4m3fn values times 2^-12, including the max 448 in every block of 64 */
    double va = mulerr_format_decode(f, (uint64_t)(i * 37 % 0x7f)), vb = mulerr_format_decode(f, (uint64_t)(i * 11 % 0x7f));
    a[i] = ldexp(i % 64 == 0 ? 448 : va, -12);
    b[i] = ldexp(i % 64 == 1 ? -448 : -vb, -12);
  }
  point("e4m3fn", MULERR_SCALE_TENSOR, 1, a, b, N, &m);
  ok(m.n_inexact == 0 && m.mae == 0 && m.max_abs == 0,
     "pow2 tensor scale 2^-12: every e4m3fn value x 2^-12 is unchanged, every product exact (inexact %llu, max |e| %g)",
     (unsigned long long)m.n_inexact, m.max_abs);
  point("e4m3fn", MULERR_SCALE_BLOCK, 1, a, b, N, &m);
  ok(m.n_inexact == 0 && m.max_abs == 0, "the same with pow2 scales per block of 64 (inexact %llu)", (unsigned long long)m.n_inexact);
  point("e4m3fn", MULERR_SCALE_NONE, 0, a, b, N, &m);
  ok(m.n_inexact > 0, "unscaled, the same operands lose bits in e4m3fn (%llu of %d products inexact)",
     (unsigned long long)m.n_inexact, N);
  point("e4m3fn", MULERR_SCALE_TENSOR, 0, a, b, N, &m);
  ok(m.max_abs < 448.0 * 448 * 0x1p-24 * 0x1p-2, "non-pow2 tensor scale: products back at the right magnitude (max |e| %g)", m.max_abs);
  free(a);
  free(b);
}

int main(void) {
  scale_rules();
  exact_division();
  return tap_done();
}
