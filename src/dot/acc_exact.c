/* acc_exact.c — `exact`: the exact sum of the products (the reference).  As a model it returns
 * the exact sum rounded once to binary64; a dot-product point with this accumulator keeps the
 * sum exactly (eval.c), so its error is the products' error alone. */
#include "dot.h"

static double sum_exact(const mulerr_dot *d, size_t n, const double *p) {
  mulerr_superacc s;
  (void)d;
  mulerr_sa_init(&s);
  mulerr_sa_add_n(&s, n, p);
  return mulerr_sa_round(&s);
}

const mulerr_accum mulerr_accum_exact = {
    .name = "exact",
    .description = "the exact sum of the products (superaccumulator): the products' error alone",
    .exact = 1,
    .sum = sum_exact};
