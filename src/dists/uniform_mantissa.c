/* uniform_mantissa.c — the setting of the L-Mul paper's error analysis: positive values with
 * exponent 0 whose m-bit mantissa is uniform over the source format's whole grid, i.e.
 * x = 1 + j 2^-m with j uniform on {0, ..., 2^m - 1}: on a version-2 stream the top m bits of
 * one value (m <= 52), on version 1 gsl_rng_uniform_int. */
#include "internal.h"
#include "engine/stream.h"

#include <gsl/gsl_rng.h>

static void draw(const mulerr_dist_spec *spec, const mulerr_format *src, gsl_rng *r, size_t n,
                 double *out) {
  const int m = src->mbits;
  mulerr_sm64 *g = mulerr_stream_state(r);
  size_t i;
  (void)spec;
  if (g) {
    if (m == 0)
      for (i = 0; i < n; i++) out[i] = 1;
    else
      mulerr_mantissa_fill(g, n, m, out); /* 1 + (top m bits) 2^-m, exact */
    return;
  }
  for (i = 0; i < n; i++) {
    uint64_t j;
    if (m <= 31) /* gsl_rng_uniform_int needs n <= the generator's range (2^32 - 1 for MT) */
      j = m ? gsl_rng_uniform_int(r, 1ul << m) : 0;
    else
      j = ((uint64_t)gsl_rng_uniform_int(r, 1ul << (m - 26)) << 26) | gsl_rng_uniform_int(r, 1ul << 26);
    out[i] = 1 + ldexp((double)j, -m);
  }
}

const mulerr_dist mulerr_dist_uniform_mantissa = {
    .name = "uniform-mantissa",
    .description = "positive, exponent 0, mantissa uniform over the source grid (the paper's analysis)",
    .draw = draw,
    .theory_operands = 1};
