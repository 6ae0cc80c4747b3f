/* exact.c — the `exact` method: the source values' product in binary64.  It is exact for
 * every source of at most 26 significant bits (see reference.c), so its measured error must
 * be zero: a sanity check of the whole pipeline. */
#include "internal.h"

static void exact_mul(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
                      double *out) {
  size_t i;
  (void)cfg;
  for (i = 0; i < n; i++) out[i] = a[i] * b[i];
}

const mulerr_method mulerr_method_exact = {
    .name = "exact",
    .description = "binary64 product of the source values (zero error: a sanity check)",
    .uses = 0,
    .default_rounding = MULERR_RNE,
    .mul = exact_mul};
