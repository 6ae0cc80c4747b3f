/* float.c — the `float` method: each operand rounded to the operand format (the source
 * layout cut to k mantissa bits, or --format) with cfg->rounding, then multiplied exactly;
 * with --out-format, the exact product is then rounded into that format.
 *
 * Exactness: operands have at most k+1 <= 26 significant bits (method.c refuses larger k),
 * so their product has at most 52 and is a binary64 exactly; method.c also keeps exponents
 * within +-500 so the product neither overflows nor underflows.
 *
 * The product rounding (--out-format) is ALWAYS round to nearest, ties to even, whatever the
 * operand rounding: --rounding models how operands are made (e.g. cut by truncation), while a
 * multiplier's output rounding is IEEE's default; keeping them apart lets a sweep vary the
 * operand rounding alone.  The choice is recorded in the point's params
 * ("out=e4m3fn,out_rounding=rne").  The product is rounded by mulerr_format_round, exactly,
 * with the format's own overflow rule: formats with infinities (IEEE-style: e5m2, fp16, bf16,
 * ...) overflow to +-Inf, which is returned as it is (the point's metrics then say so);
 * formats without (e4m3fn, fnuz, MX elements) saturate to +-max. */
#include "internal.h"
#include "theory/theory.h"

#include <stdio.h>

/* One chunk: the rounded operands' exact product, rounded into --out-format if given. */
static void float_chunk(const mulerr_method_cfg *cfg, int arg, size_t n, const double *x,
                        const double *y, const double *a, const double *b, double *out) {
  double p[MULERR_CHUNK];
  size_t i;
  (void)arg, (void)a, (void)b;
  if (cfg->out_format) {
    MULERR_SIMD
    for (i = 0; i < n; i++) p[i] = x[i] * y[i];
    mulerr_format_round_n(cfg->out_format, MULERR_RNE, n, p, out);
  } else {
    MULERR_SIMD
    for (i = 0; i < n; i++) out[i] = x[i] * y[i];
  }
}

static void float_mul(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
                      double *out) {
  mulerr_mul_rounded(cfg, 0, n, a, b, out, float_chunk);
}

static mulerr_status float_prepare(mulerr_method_cfg *cfg) {
  const mulerr_format *o = cfg->out_format;
  if (!o) return MULERR_OK; /* exact product: no params, the keys of earlier points */
  if (o->flags & (MULERR_FMT_UNSIGNED | MULERR_FMT_NO_SUBNORMAL) || o->mbits > 52 ||
      mulerr_format_emax(o) > 1023 || mulerr_format_emin(o) - o->mbits < -1074)
    return mulerr_fail(MULERR_EINVAL, "method 'float' cannot round products into out format '%s' "
                       "(it needs a signed format with subnormals inside binary64's range)",
                       o->name ? o->name : "?");
  snprintf(cfg->params, sizeof cfg->params, "out=%s,out_rounding=rne", o->name ? o->name : "?");
  return MULERR_OK;
}

static int float_theory(const mulerr_method_cfg *c) {
  if (c->out_format) return -1;
  return c->rounding == MULERR_RTZ ? MULERR_THEORY_FLOAT_TRUNC : c->rounding == MULERR_RNE ? MULERR_THEORY_FLOAT_RNE : -1;
}

const mulerr_method mulerr_method_float = {
    .name = "float",
    .description = "operands rounded to k mantissa bits (or --format), product exact; with "
                   "--out-format, the product rounded into it (always rne; Inf where the format "
                   "overflows to Inf)",
    .uses = MULERR_USES_K | MULERR_USES_OUT,
    .default_rounding = MULERR_RNE,
    .mul = float_mul,
    .prepare = float_prepare,
    .theory = float_theory};
