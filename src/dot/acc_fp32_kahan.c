/* acc_fp32_kahan.c — `fp32-kahan`: Kahan's compensated summation with every operation in fp32
 * (Higham, 2nd ed., Algorithm 4.2): for each product p,
 *     y = RN32(p - c);  t = RN32(s + y);  c = RN32(RN32(t - s) - y);  s = t,
 * from s = c = 0, the product entering y's subtraction exactly. */
#include "dot.h"

static double sum_kahan(const mulerr_dot *d, size_t n, const double *p) {
  double s = 0, c = 0;
  size_t i;
  (void)d;
  for (i = 0; i < n; i++) {
    const double y = mulerr_add_fp32(p[i], -c), t = mulerr_add_fp32(s, y);
    c = mulerr_add_fp32(mulerr_add_fp32(t, -s), -y);
    s = t;
  }
  return s;
}

const mulerr_accum mulerr_accum_fp32_kahan = {
    .name = "fp32-kahan",
    .description = "Kahan compensated summation, every operation in fp32",
    .sum = sum_kahan};
