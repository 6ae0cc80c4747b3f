/* acc_fp32_pairwise.c — `fp32-pairwise`: recursive pairwise (cascade) summation in fp32
 * (Higham, "Accuracy and Stability of Numerical Algorithms", 2nd ed., Section 4.2): the sum
 * of n > 1 terms is RN32(S(first floor(n/2)) + S(the rest)); a single term enters exactly
 * (the exact product), and a lone product is rounded to fp32 on its own. */
#include "dot.h"

static double pairwise(size_t n, const double *p) {
  if (n == 1) return p[0];
  return mulerr_add_fp32(pairwise(n / 2, p), pairwise(n - n / 2, p + n / 2));
}

static double sum_pairwise(const mulerr_dot *d, size_t n, const double *p) {
  (void)d;
  if (n == 0) return 0;
  return n == 1 ? mulerr_add_fp32(0, p[0]) : pairwise(n, p);
}

const mulerr_accum mulerr_accum_fp32_pairwise = {
    .name = "fp32-pairwise",
    .description = "pairwise (cascade) summation, each addition rounded to fp32",
    .sum = sum_pairwise};
