/* t_round_flags.c — the vector rounding pass (mulerr_format_round_n) against
 * mulerr_format_round, bit for bit, on the conversion rules the methods set on an operand
 * format (method.c: overflow=saturate, overflow=special (NaN for formats without Inf),
 * subnormals=flush) as well as the plain formats, for every deterministic rounding: the pass
 * gives overflowing values (Inf included) their saturated, infinite or directed result
 * itself, so every rule must match.  Values: every encoding of the 8-bit formats and 4096 of
 * each wider one with both neighbours, the midpoints, and random values from far below the
 * smallest subnormal to far beyond the largest value (products of two values of a wider
 * source format), signed zeros, Inf, NaN. */
#include "internal.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static uint64_t st = 0x243f6a8885a308d3ull;
static uint64_t next(void) {
  st ^= st << 13, st ^= st >> 7, st ^= st << 17;
  return st;
}

static int same(double x, double y) { return (isnan(x) && isnan(y)) || mulerr_d2u(x) == mulerr_d2u(y); }

enum { N = 60000 };
static double in[N], out[N];

static void check(const mulerr_format *f0, unsigned add, unsigned clear, const char *what) {
  mulerr_format f = *f0;
  const int bits = mulerr_format_bits(&f);
  const uint64_t nenc = (uint64_t)1 << (bits > 12 ? 12 : bits);
  size_t n = 0, i, bad = 0, off;
  uint64_t e;
  int r;
  f.flags = (f.flags | add) & ~clear;
  in[n++] = 0.0, in[n++] = -0.0, in[n++] = INFINITY, in[n++] = -INFINITY, in[n++] = NAN;
  for (e = 0; e < nenc; e++) {
    const double v = mulerr_format_decode(f0, bits > 12 ? e << (bits - 12) | (next() & ((1u << (bits - 12)) - 1)) : e);
    if (!isfinite(v)) continue;
    in[n++] = v, in[n++] = nextafter(v, INFINITY), in[n++] = nextafter(v, -INFINITY);
    in[n++] = v + (mulerr_format_round(f0, nextafter(v, INFINITY), MULERR_RUP) - v) / 2;
  }
  while (n < N) {
    const uint64_t u = next();
    const int lo = mulerr_format_emin(&f) - f.mbits - 8, hi = mulerr_format_emax(&f) + 40;
    in[n++] = ldexp(1 + (double)(u >> 12) * 0x1p-52, lo + (int)(u % (uint64_t)(hi - lo))) * (u >> 11 & 1 ? -1 : 1);
  }
  for (r = 0; r < MULERR_RSR; r++) {
    if (r == MULERR_RNTA) continue; /* no vector form: the scalar code itself */
    for (off = 0; off < 4; off++) { /* every alignment of the groups of 4 and the tail */
      mulerr_format_round_n(&f, (mulerr_rounding)r, n - off, in + off, out);
      for (i = 0; i < n - off; i++)
        if (!same(out[i], mulerr_format_round(&f, in[off + i], (mulerr_rounding)r)) && bad++ < 4)
          diag("%s %s %s: round_n(%a) = %a, round %a", f0->name, what, mulerr_rounding_name((mulerr_rounding)r),
               in[off + i], out[i], mulerr_format_round(&f, in[off + i], (mulerr_rounding)r));
    }
  }
  ok(bad == 0, "%s %s: the vector pass equals mulerr_format_round on %zu values x 5 rules x 4 alignments", f0->name,
     what, n);
}

int main(void) {
  static const char *const fmts[] = {"e4m3fn", "e5m2", "e4m3", "e3m4", "e5m2fnuz", "e2m1fn", "fp16", "bf16", "e8m3", "e6m1"};
  size_t i;
  for (i = 0; i < sizeof fmts / sizeof *fmts; i++) {
    const mulerr_format *f = mulerr_format_find(fmts[i]);
    if (!ok(f != NULL, "format %s", fmts[i])) continue;
    check(f, 0, 0, "as is");
    check(f, MULERR_FMT_SATURATE, 0, "saturating");
    check(f, MULERR_FMT_FLUSH, 0, "flushing");
    check(f, MULERR_FMT_SATURATE | MULERR_FMT_FLUSH, 0, "saturating, flushing");
    check(f, MULERR_FMT_OVERFLOW_NAN, MULERR_FMT_SATURATE | MULERR_FMT_INF, "overflow to NaN");
  }
  return tap_done();
}
