/* acc_block.c — `block:B`: blocked summation in fp32 (FABsum-style, Blanchard, Higham and
 * Mary, "A class of fast and accurate summation algorithms", SIAM J. Sci. Comput. 42(3),
 * 2020, with an fp32 outer sum): the products are cut into consecutive blocks of B (the last
 * may be shorter); each block is summed sequentially in fp32 from 0, and the block sums are
 * summed sequentially in fp32 from 0. */
#include "dot.h"

static double sum_block(const mulerr_dot *d, size_t n, const double *p) {
  const size_t b = (size_t)d->param;
  double total = 0;
  size_t i0, i;
  for (i0 = 0; i0 < n; i0 += b) {
    double s = 0;
    for (i = i0; i < n && i < i0 + b; i++) s = mulerr_add_fp32(s, p[i]);
    total = mulerr_add_fp32(total, s);
  }
  return total;
}

const mulerr_accum mulerr_accum_block = {
    .name = "block",
    .description = "fp32 sums of B consecutive products, then those summed in fp32",
    .param_name = "block size B",
    .usage = "block:N",
    .param_min = 1,
    .param_max = 1 << 20,
    .sum = sum_block};
