/* method.c — the multiply-method registry and the checks common to every method. */
#include "internal.h"

#include <stdio.h>
#include <string.h>

#define METHOD(id) extern const mulerr_method mulerr_method_##id;
#include "methods.def"
#undef METHOD

static const mulerr_method *const registry[] = {
#define METHOD(id) &mulerr_method_##id,
#include "methods.def"
#undef METHOD
};
#define NREG (sizeof registry / sizeof registry[0])

size_t mulerr_method_count(void) { return NREG; }
const mulerr_method *mulerr_method_at(size_t i) { return i < NREG ? registry[i] : NULL; }

static const char *name_at(size_t i) { return registry[i]->name; }

const mulerr_method *mulerr_method_find(const char *name) {
  size_t i;
  for (i = 0; i < NREG; i++)
    if (!strcmp(registry[i]->name, name)) return registry[i];
  mulerr_fail_unknown("method", name, name_at, NREG, NULL);
  return NULL;
}

int mulerr_lmul_default_l(int k) { return k <= 3 ? k : k == 4 ? 3 : 4; }

/* The largest exponent magnitude a working format may have so that a product of two of its
 * values (or of two source values) is a normal double: 2^(2*500) < 2^1023 and
 * 2^(-2*500 - 2*53) > 2^-1022-52 (binary64's smallest subnormal is 2^-1074). */
#define EXP_LIMIT 500

static int in_double_range(const mulerr_format *f) {
  return mulerr_format_emax(f) <= EXP_LIMIT && mulerr_format_emin(f) - f->mbits >= -EXP_LIMIT;
}

/* Clear the fields m does not use (so they cannot leak into a point's identity), then let
 * the method check its own. */
static mulerr_status prepare_rest(const mulerr_method *m, mulerr_method_cfg *cfg) {
  if (!(m->uses & MULERR_USES_OUT)) cfg->out_format = NULL;
  if (!(m->uses & MULERR_USES_LNS)) cfg->lns_int = cfg->lns_frac = cfg->lns_saturate = 0;
  if (!(m->uses & MULERR_USES_BLOCK)) cfg->block = 0;
  if (!(m->uses & MULERR_USES_BITS)) cfg->bits = 0;
  cfg->params[0] = 0;
  if (!(m->uses & MULERR_USES_K)) cfg->overflow = cfg->flush = 0;
  if (cfg->overflow < 0 || cfg->overflow > 2)
    return mulerr_fail(MULERR_EINVAL, "overflow rule %d is not one of 0 (format), 1 (saturate), 2 (special)", cfg->overflow);
  /* the operand conversion's overflow and subnormal rules, on the operand format */
  if (cfg->overflow == 1) cfg->work.flags |= MULERR_FMT_SATURATE;
  if (cfg->overflow == 2) {
    cfg->work.flags &= ~MULERR_FMT_SATURATE;
    if (!(cfg->work.flags & MULERR_FMT_INF) && (cfg->work.flags & (MULERR_FMT_NAN_FN | MULERR_FMT_NAN_UZ | MULERR_FMT_NAN_IEEE)))
      cfg->work.flags |= MULERR_FMT_OVERFLOW_NAN;
  }
  if (cfg->flush) cfg->work.flags |= MULERR_FMT_FLUSH;
  if (m->prepare) {
    mulerr_status st = m->prepare(cfg);
    if (st != MULERR_OK) return st;
  }
  if (cfg->overflow || cfg->flush) { /* part of the point's identity */
    size_t len = strlen(cfg->params);
    snprintf(cfg->params + len, sizeof cfg->params - len, "%s%s%s%s", len ? "," : "",
             cfg->overflow == 1 ? "overflow=saturate" : cfg->overflow == 2 ? "overflow=special" : "",
             cfg->overflow && cfg->flush ? "," : "", cfg->flush ? "subnormals=flush" : "");
  }
  return MULERR_OK;
}

mulerr_status mulerr_method_prepare(const mulerr_method *m, mulerr_method_cfg *cfg) {
  const mulerr_format *src = cfg->source;
  if (!src) return mulerr_fail(MULERR_EINVAL, "no source format");
  if (src->mbits > 52 || !in_double_range(src))
    return mulerr_fail(MULERR_EINVAL, "source format '%s' is too wide for mulerr's sources "
                       "(mantissa <= 52 bits, exponents within +-%d)", src->name, EXP_LIMIT);
  if (cfg->rounding == MULERR_ROUNDING_DEFAULT) cfg->rounding = m->default_rounding;
  if (cfg->rounding < 0 || cfg->rounding > MULERR_RSR)
    return mulerr_fail(MULERR_EINVAL, "rounding %d is not a rounding mode", (int)cfg->rounding);
  if (!(m->uses & MULERR_USES_K)) {
    cfg->k = src->mbits, cfg->l = 0;
    cfg->work = *src;
    return prepare_rest(m, cfg);
  }
  if (cfg->format) {
    if (!in_double_range(cfg->format) || cfg->format->flags & MULERR_FMT_UNSIGNED)
      return mulerr_fail(MULERR_EINVAL, "method '%s' cannot use format '%s' as its operand format",
                         m->name, cfg->format->name);
    cfg->work = *cfg->format;
    cfg->k = cfg->format->mbits;
  } else {
    if (cfg->k < 1 || cfg->k > src->mbits)
      return mulerr_fail(MULERR_EINVAL, "mantissa bits k = %d is out of range for source '%s' "
                         "(1..%d)", cfg->k, src->name, src->mbits);
    cfg->work = *src;
    cfg->work.mbits = cfg->k;
    cfg->work.name = NULL;
    cfg->work.description = "the source layout cut to k mantissa bits";
  }
  if (cfg->k > 25)
    return mulerr_fail(MULERR_EINVAL, "method '%s': k = %d is above 25, where a product of two "
                       "operands is no longer exact in binary64", m->name, cfg->k);
  if (m->uses & MULERR_USES_L) {
    if (cfg->l == MULERR_L_DEFAULT) cfg->l = mulerr_lmul_default_l(cfg->k);
    if (cfg->l < 1 || cfg->l > 30)
      return mulerr_fail(MULERR_EINVAL, "offset l = %d is out of range (1..30)", cfg->l);
  } else
    cfg->l = 0;
  return prepare_rest(m, cfg);
}

/* Operands rounded into cfg->work in chunks that stay in the first-level cache: by the vector
 * pass (mulerr_format_round_n), or for stochastic rounding pair by pair, a then b, so the
 * random draws come in the order the scalar code takes them. */
void mulerr_mul_rounded(const mulerr_method_cfg *cfg, int arg, size_t n, const double *a,
                        const double *b, double *out, mulerr_rounded_fn fn) {
  double x[MULERR_CHUNK], y[MULERR_CHUNK];
  size_t i0, m, j;
  for (i0 = 0; i0 < n; i0 += m) {
    m = n - i0 < MULERR_CHUNK ? n - i0 : MULERR_CHUNK;
    if (cfg->rounding == MULERR_RSR)
      for (j = 0; j < m; j++) {
        x[j] = mulerr_format_round(&cfg->work, a[i0 + j], cfg->rounding);
        y[j] = mulerr_format_round(&cfg->work, b[i0 + j], cfg->rounding);
      }
    else {
      mulerr_format_round_n(&cfg->work, cfg->rounding, m, a + i0, x);
      mulerr_format_round_n(&cfg->work, cfg->rounding, m, b + i0, y);
    }
    fn(cfg, arg, m, x, y, a + i0, b + i0, out + i0);
  }
}

int mulerr_method_operand_bits(const mulerr_method *m, const mulerr_method_cfg *cfg) {
  return m->operand_bits ? m->operand_bits(cfg) : 1 + cfg->work.ebits + cfg->work.mbits;
}
