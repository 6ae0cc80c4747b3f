/* expected.c — the theory module as a database producer: the exact expected error of a
 * sampled configuration point, stored beside it (kind = 'expected').
 *
 * Applies to points whose operands are both drawn from uniform-mantissa (the setting of
 * the theory: m-bit mantissas uniform, exponent 0, independent) and whose method is one the
 * theory covers: float with truncation or RNE (operands cut to k bits of the source
 * layout), lmul (operands truncated), lmul-eq1, mitchell, lns.  m is the source's mantissa
 * width.  For m <= MULERR_THEORY_MAX_ENUM_M the five metrics come from exact enumeration
 * over all 4^m pairs (exact rationals, rounded once to binary64); above it, from the closed
 * forms at that m where they exist and from the m -> infinity integral otherwise (whose
 * distance from the finite-m value is O(2^-m)); `how` says which. */
#include "internal.h"
#include "theory.h"

#include <string.h>

static double q_to_d(mpq_t q) {
  mpfr_t t;
  double d;
  mpfr_init2(t, 53);
  mpfr_set_q(t, q, MPFR_RNDN); /* correctly rounded (mpq_get_d truncates) */
  d = mpfr_get_d(t, MPFR_RNDN);
  mpfr_clear(t);
  return d;
}

mulerr_status mulerr_expected(const mulerr_point *p, mulerr_metrics *out, const char **how) {
  if (p->dot.length)
    return mulerr_fail(MULERR_EINVAL, "no theory for dot-product points (their mean error under "
                       "exact accumulation is length times the pair point's bias)");
  mulerr_theory_cfg c;
  double v[MULERR_THEORY_NMETRIC];
  int i, model;
  memset(&c, 0, sizeof c);
  if (p->operands != MULERR_SAMPLED || !p->dist_a.type || !p->dist_b.type || !p->dist_a.type->theory_operands ||
      !p->dist_b.type->theory_operands || p->cfg.format)
    return mulerr_fail(MULERR_EINVAL, "no theory for this point: operands not uniform-mantissa");
  model = p->method->theory ? p->method->theory(&p->cfg) : -1;
  if (model < 0)
    return mulerr_fail(MULERR_EINVAL, "no theory for method %s with rounding %s", p->method->name,
                       mulerr_rounding_name(p->cfg.rounding));
  c.method = (mulerr_theory_method)model;
  c.m = p->cfg.source->mbits;
  c.k = c.method == MULERR_THEORY_LNS ? 0 : p->cfg.k;
  c.l = c.method == MULERR_THEORY_LMUL || c.method == MULERR_THEORY_LMUL_EQ1 ? p->cfg.l : 0;
  c.f = c.method == MULERR_THEORY_LNS ? p->cfg.lns_frac : 0;
  if (mulerr_theory_prepare(&c) != MULERR_OK) return MULERR_EINVAL;
  memset(out, 0, sizeof *out);
  if (c.m <= MULERR_THEORY_MAX_ENUM_M && mulerr_theory_is_rational(c.method)) {
    mulerr_theory_q q;
    mulerr_theory_q_init(&q);
    if (mulerr_theory_enumerate(&c, MULERR_THEORY_ALL, &q) != MULERR_OK) {
      mulerr_theory_q_clear(&q);
      return MULERR_EINVAL;
    }
    for (i = 0; i < MULERR_THEORY_NMETRIC; i++) v[i] = q_to_d(q.v[i]);
    mulerr_theory_q_clear(&q);
    *how = "exact enumeration";
    out->n = out->n_rel = (uint64_t)1 << (2 * c.m);
  } else if (c.m <= 10) { /* LNS: MPFR enumeration (2^L is irrational) */
    mulerr_theory_fr r;
    mulerr_theory_fr_init2(&r, 256);
    if (mulerr_theory_enumerate_fr(&c, MULERR_THEORY_ALL, &r) != MULERR_OK) {
      mulerr_theory_fr_clear(&r);
      return MULERR_EINVAL;
    }
    for (i = 0; i < MULERR_THEORY_NMETRIC; i++) v[i] = mpfr_get_d(r.v[i], MPFR_RNDN);
    mulerr_theory_fr_clear(&r);
    *how = "enumeration in 256-bit MPFR";
    out->n = out->n_rel = (uint64_t)1 << (2 * c.m);
  } else {
    mulerr_theory_q q;
    mulerr_theory_d d;
    mulerr_theory_cfg inf = c;
    unsigned have = 0;
    mulerr_theory_q_init(&q);
    if (mulerr_theory_is_rational(c.method) && mulerr_theory_closed(&c, MULERR_THEORY_ALL, &q) == MULERR_OK) have = q.have;
    for (i = 0; i < MULERR_THEORY_NMETRIC; i++)
      if (have & MULERR_THEORY_BIT(i)) v[i] = q_to_d(q.v[i]);
    mulerr_theory_q_clear(&q);
    inf.m = MULERR_THEORY_M_INF;
    if (have != MULERR_THEORY_ALL) {
      if (mulerr_theory_prepare(&inf) != MULERR_OK ||
          mulerr_theory_integrate(&inf, MULERR_THEORY_ALL & ~have, &d) != MULERR_OK)
        return MULERR_EINVAL;
      for (i = 0; i < MULERR_THEORY_NMETRIC; i++)
        if (!(have & MULERR_THEORY_BIT(i))) v[i] = d.v[i];
    }
    *how = have == MULERR_THEORY_ALL ? "closed forms" : have ? "closed forms where derived, else the m->inf integral" : "m->inf integral";
  }
  out->bias = v[MULERR_THEORY_E];
  out->mae = v[MULERR_THEORY_AE];
  out->mse = v[MULERR_THEORY_E2];
  out->rmse = sqrt(out->mse);
  out->mean_rel = v[MULERR_THEORY_R];
  out->mre = v[MULERR_THEORY_AR];
  out->maxre = out->max_abs = out->ned = out->mean_ulp = out->max_ulp = NAN;
  return MULERR_OK;
}
