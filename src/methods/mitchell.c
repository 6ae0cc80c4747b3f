/* mitchell.c — Mitchell's logarithmic multiply (1962): L-Mul with no offset term, i.e.
 * (1 + x_m)(1 + y_m) replaced by 1 + x_m + y_m, carry into the exponent. */
#include "internal.h"
#include "theory/theory.h"

static void mitchell_mul(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
                         double *out) {
  mulerr_lmul_kernel_fast(cfg, 0, n, a, b, out);
}

static int mitchell_theory(const mulerr_method_cfg *c) { return c->rounding == MULERR_RTZ ? MULERR_THEORY_MITCHELL : -1; }

const mulerr_method mulerr_method_mitchell = {
    .name = "mitchell",
    .description = "Mitchell's logarithmic multiply: L-Mul without the 2^-l offset",
    .uses = MULERR_USES_K,
    .default_rounding = MULERR_RTZ,
    .mul = mitchell_mul,
    .theory = mitchell_theory};
