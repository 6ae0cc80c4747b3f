/* acc_fp16.c — `fp16`: sequential summation, s <- RN(s + p_i) from s = 0, each addition of an
 * exact product rounded once into fp16 (to nearest even; overflow as the format's conversion:
 * Inf), through mulerr_add_round (accum.c). */
#include "dot.h"

static double sum_fp16(const mulerr_dot *d, size_t n, const double *p) {
  (void)d; /* looked up per call: a lazily set static would be a data race between threads */
  return mulerr_sum_sequential(mulerr_format_find("fp16"), n, p); /* a registry entry: never NULL */
}

const mulerr_accum mulerr_accum_fp16 = {
    .name = "fp16",
    .description = "sequential, each addition rounded to fp16 (to nearest even)",
    .sum = sum_fp16};
