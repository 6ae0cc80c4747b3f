/* acc_bf16.c — `bf16`: sequential summation, s <- RN(s + p_i) from s = 0, each addition of an
 * exact product rounded once into bf16 (to nearest even; overflow as the format's conversion:
 * Inf), through mulerr_add_round (accum.c). */
#include "dot.h"

static double sum_bf16(const mulerr_dot *d, size_t n, const double *p) {
  static const mulerr_format *f;
  (void)d;
  if (!f) f = mulerr_format_find("bf16"); /* a registry entry: never NULL */
  return mulerr_sum_sequential(f, n, p);
}

const mulerr_accum mulerr_accum_bf16 = {
    .name = "bf16",
    .description = "sequential, each addition rounded to bf16 (to nearest even)",
    .sum = sum_bf16};
