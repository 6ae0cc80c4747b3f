/* acc_fp64.c — `fp64`: sequential binary64 summation, s <- RN64(s + p_i) from s = 0. */
#include "dot.h"

static double sum_fp64(const mulerr_dot *d, size_t n, const double *p) {
  double s = 0;
  size_t i;
  (void)d;
  for (i = 0; i < n; i++) s += p[i];
  return s;
}

const mulerr_accum mulerr_accum_fp64 = {
    .name = "fp64",
    .description = "sequential, each addition rounded to binary64 (to nearest even)",
    .sum = sum_fp64};
