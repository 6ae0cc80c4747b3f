/* float.c — the `float` method: each operand rounded to the operand format (the source
 * layout cut to k mantissa bits, or --format), then multiplied exactly.
 *
 * Exactness: operands have at most k+1 <= 26 significant bits (method.c refuses larger k),
 * so their product has at most 52 and is a binary64 exactly; method.c also keeps exponents
 * within +-500 so the product neither overflows nor underflows. */
#include "internal.h"

static void float_mul(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
                      double *out) {
  size_t i;
  for (i = 0; i < n; i++)
    out[i] = mulerr_format_round(&cfg->work, a[i], cfg->rounding) *
             mulerr_format_round(&cfg->work, b[i], cfg->rounding);
}

const mulerr_method mulerr_method_float = {
    .name = "float",
    .description = "operands rounded to k mantissa bits (or --format), product exact",
    .uses = MULERR_USES_K,
    .default_rounding = MULERR_RNE,
    .mul = float_mul};
