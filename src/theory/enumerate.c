/* enumerate.c — exact expected errors by enumerating all 2^m x 2^m operand pairs.
 *
 * Rational methods (mulerr_theory_enumerate).  With q = mulerr_theory_scale(), every
 * approximation A and every exact product P = I J / 4^m (I = 2^m + i, J = 2^m + j) is an
 * integer multiple of 2^-q, so the scaled error E_ij = (A - P) 2^q is an int64 (|E| < 2^33),
 * and
 *     E[e] = sum E / (2^q 4^m),   E|e| = sum |E| / (2^q 4^m),   E[e^2] = sum E^2 / (4^q 4^m),
 * summed exactly in 128-bit integers (at most 4^14 terms below 2^66 each).
 *
 * Relative errors r_ij = (A - P) / P = E_ij / (2^q I J).  With L = lcm(2^m, ..., 2^(m+1) - 1),
 *     E[r] = (1 / 4^m) sum_ij r_ij = sum_i (L/I) sum_j E_ij (L/J) / (2^q L^2),
 * a sum of integers over one denominator.  The inner sum is not taken pair by pair: for a
 * fixed i, the approximation is constant, A_u, on each run u = [lo, hi) of j sharing one
 * quantisation code (codes are nondecreasing in j), and there
 *     E_j = A_u 2^q - I J 2^(q-2m)   is decreasing in J, and   (L/J) J = L,
 * so with prefix sums PS[j] = sum_{t<j} L/(2^m + t):
 *     sum_{j in [a, b)} E_j (L/J) = A_u 2^q (PS[b] - PS[a]) - I 2^(q-2m) L (b - a).
 * For |r| each run is split at the first j with E_j < 0, J_z = floor(A_u 2^q / (I 2^(q-2m))) + 1.
 * This is O(2^m x runs) multiplications of integers of |L| bits (|L| = 11796 bits, about
 * 2.9 2^m, at m = 12) instead of O(4^m).
 *
 * MPFR (mulerr_theory_enumerate_fr): every pair, every method; see theory.h for accuracy.
 */
#include "internal.h"
#include "theory.h"

#include <stdlib.h>

#ifndef __SIZEOF_INT128__
#error "enumerate.c sums in 128-bit integers (__int128); this compiler has none"
#endif
typedef __int128 i128;
typedef unsigned __int128 u128;
/* |E| < 2^33 is passed to GMP as an unsigned long. */
_Static_assert(sizeof(unsigned long) >= 8, "enumerate.c needs a 64-bit unsigned long");

/* z = v (GMP has no 128-bit setter: two halves). */
static void mpz_set_u128(mpz_t z, u128 v) {
  mpz_set_ui(z, (unsigned long)(uint64_t)(v >> 64));
  mpz_mul_2exp(z, z, 64);
  mpz_add_ui(z, z, (unsigned long)(uint64_t)v);
}
static void mpz_set_i128(mpz_t z, i128 v) {
  mpz_set_u128(z, v < 0 ? -(u128)v : (u128)v);
  if (v < 0) mpz_neg(z, z);
}
/* z += x v for a signed v. */
static void mpz_addmul_si(mpz_t z, const mpz_t x, long v) {
  if (v >= 0) mpz_addmul_ui(z, x, (unsigned long)v);
  else mpz_submul_ui(z, x, -(unsigned long)v);
}

/* Common checks; fills c with the prepared configuration. */
static mulerr_status check(const mulerr_theory_cfg *cfg, mulerr_theory_cfg *c, const char *who) {
  mulerr_status st;
  *c = *cfg;
  if ((st = mulerr_theory_prepare(c)) != MULERR_OK) return st;
  if (c->m == MULERR_THEORY_M_INF || c->m > MULERR_THEORY_MAX_ENUM_M)
    return mulerr_fail(MULERR_EINVAL, "theory: %s needs a finite m <= %d (got %d)", who,
                       MULERR_THEORY_MAX_ENUM_M, c->m);
  return MULERR_OK;
}

mulerr_status mulerr_theory_approx(const mulerr_theory_cfg *cfg, uint64_t i, uint64_t j, mpq_t out) {
  mulerr_theory_cfg c;
  mulerr_status st = check(cfg, &c, "approx");
  int q;
  if (st != MULERR_OK) return st;
  if (!mulerr_theory_is_rational(c.method))
    return mulerr_fail(MULERR_EINVAL, "theory: approx: %s is not a rational method",
                       mulerr_theory_method_name(c.method));
  if (i >> c.m || j >> c.m)
    return mulerr_fail(MULERR_EINVAL, "theory: approx: mantissa index out of range for m = %d", c.m);
  q = mulerr_theory_scale(&c);
  mpq_set_si(out, mulerr_theory_approx_scaled(&c, mulerr_theory_code(&c, i, NULL),
                                              mulerr_theory_code(&c, j, NULL), q), 1);
  mpq_div_2exp(out, out, (mp_bitcnt_t)q);
  return MULERR_OK;
}

/* sum / 2^e into q. */
static void q_set_z_2exp(mpq_t q, const mpz_t sum, mp_bitcnt_t e) {
  mpq_set_z(q, sum);
  mpq_div_2exp(q, q, e);
}

/* E[r] and E|r| by runs of equal code (see the top of the file). */
static mulerr_status relative(const mulerr_theory_cfg *c, const long *code, int q, unsigned want,
                              mulerr_theory_q *out) {
  const uint64_t msize = UINT64_C(1) << c->m;
  const int sh = q - 2 * c->m;
  mpz_t *ps = malloc((msize + 1) * sizeof *ps);
  uint64_t *lo = malloc((msize + 1) * sizeof *lo), nrun = 0, i, u;
  mpz_t lcm, t, sr, sar, rowr, rowar;
  if (!ps || !lo) {
    free(ps);
    free(lo);
    return mulerr_fail(MULERR_ENOMEM, "theory: out of memory enumerating m = %d", c->m);
  }
  mpz_inits(lcm, t, sr, sar, rowr, rowar, (mpz_ptr)0);
  mpz_set_ui(lcm, 1);
  for (i = 0; i < msize; i++) mpz_lcm_ui(lcm, lcm, (unsigned long)(msize + i));
  mpz_init_set_ui(ps[0], 0);
  for (i = 0; i < msize; i++) {
    mpz_init(ps[i + 1]);
    mpz_divexact_ui(t, lcm, (unsigned long)(msize + i));
    mpz_add(ps[i + 1], ps[i], t);
  }
  for (i = 0; i < msize; i++) /* run starts; lo[nrun] = msize closes the last run */
    if (i == 0 || code[i] != code[i - 1]) lo[nrun++] = i;
  lo[nrun] = msize;

  for (i = 0; i < msize; i++) {
    const uint64_t ii = msize + i;
    const int64_t ish = (int64_t)(ii << sh); /* I 2^(q-2m) < 2^(m+1+q-2m) <= 2^31 */
    int64_t cnt_r = 0, cnt_ar = 0;           /* coefficients of -L, |.| < 2^(31 + m) */
    mpz_set_ui(rowr, 0);
    mpz_set_ui(rowar, 0);
    for (u = 0; u < nrun; u++) {
      const uint64_t a = lo[u], b = lo[u + 1];
      const int64_t aq = mulerr_theory_approx_scaled(c, code[i], code[a], q); /* > 0 */
      uint64_t jz = (uint64_t)(aq / ish) + 1; /* first J with E < 0 */
      jz = jz < msize + a ? a : jz > msize + b ? b : jz - msize;
      /* signed:  A (PS[b] - PS[a]) - I 2^sh L (b - a) */
      mpz_addmul_si(rowr, ps[b], aq);
      mpz_addmul_si(rowr, ps[a], -aq);
      cnt_r += ish * (int64_t)(b - a);
      /* absolute: + on [a, jz), - on [jz, b) */
      if (want & MULERR_THEORY_BIT(MULERR_THEORY_AR)) {
        mpz_addmul_si(rowar, ps[jz], 2 * aq);
        mpz_addmul_si(rowar, ps[a], -aq);
        mpz_addmul_si(rowar, ps[b], -aq);
        cnt_ar += ish * ((int64_t)(jz - a) - (int64_t)(b - jz));
      }
    }
    mpz_addmul_si(rowr, lcm, -cnt_r);
    mpz_addmul_si(rowar, lcm, -cnt_ar);
    mpz_sub(t, ps[i + 1], ps[i]); /* L / I */
    mpz_addmul(sr, rowr, t);
    mpz_addmul(sar, rowar, t);
  }
  mpz_mul(t, lcm, lcm);
  mpz_mul_2exp(t, t, (mp_bitcnt_t)q);
  if (want & MULERR_THEORY_BIT(MULERR_THEORY_R)) {
    mpq_set_num(out->v[MULERR_THEORY_R], sr);
    mpq_set_den(out->v[MULERR_THEORY_R], t);
    mpq_canonicalize(out->v[MULERR_THEORY_R]);
  }
  if (want & MULERR_THEORY_BIT(MULERR_THEORY_AR)) {
    mpq_set_num(out->v[MULERR_THEORY_AR], sar);
    mpq_set_den(out->v[MULERR_THEORY_AR], t);
    mpq_canonicalize(out->v[MULERR_THEORY_AR]);
  }
  for (i = 0; i <= msize; i++) mpz_clear(ps[i]);
  free(ps);
  free(lo);
  mpz_clears(lcm, t, sr, sar, rowr, rowar, (mpz_ptr)0);
  return MULERR_OK;
}

mulerr_status mulerr_theory_enumerate(const mulerr_theory_cfg *cfg, unsigned want,
                                      mulerr_theory_q *out) {
  const unsigned absolute = MULERR_THEORY_BIT(MULERR_THEORY_E) |
                            MULERR_THEORY_BIT(MULERR_THEORY_AE) | MULERR_THEORY_BIT(MULERR_THEORY_E2);
  mulerr_theory_cfg c;
  mulerr_status st = check(cfg, &c, "enumerate");
  uint64_t msize, i, j;
  long *code;
  int q, sh;
  if (st != MULERR_OK) return st;
  if (!mulerr_theory_is_rational(c.method))
    return mulerr_fail(MULERR_EINVAL, "theory: %s is not rational: use mulerr_theory_enumerate_fr",
                       mulerr_theory_method_name(c.method));
  want &= MULERR_THEORY_ALL;
  out->have = 0;
  msize = UINT64_C(1) << c.m;
  q = mulerr_theory_scale(&c);
  sh = q - 2 * c.m;
  if (!(code = malloc(msize * sizeof *code)))
    return mulerr_fail(MULERR_ENOMEM, "theory: out of memory enumerating m = %d", c.m);
  for (i = 0; i < msize; i++) code[i] = mulerr_theory_code(&c, i, NULL);

  if (want & absolute) {
    i128 se = 0;
    u128 sae = 0, se2 = 0;
    mpz_t z;
    mpz_init(z);
    for (i = 0; i < msize; i++) {
      const int64_t ish = (int64_t)((msize + i) << sh);
      for (j = 0; j < msize; j++) {
        const int64_t e = mulerr_theory_approx_scaled(&c, code[i], code[j], q) -
                          ish * (int64_t)(msize + j);
        const uint64_t ae = (uint64_t)(e < 0 ? -e : e);
        se += e;
        sae += ae;
        se2 += (u128)ae * ae;
      }
    }
    mpz_set_i128(z, se);
    q_set_z_2exp(out->v[MULERR_THEORY_E], z, (mp_bitcnt_t)(q + 2 * c.m));
    mpz_set_u128(z, sae);
    q_set_z_2exp(out->v[MULERR_THEORY_AE], z, (mp_bitcnt_t)(q + 2 * c.m));
    mpz_set_u128(z, se2);
    q_set_z_2exp(out->v[MULERR_THEORY_E2], z, (mp_bitcnt_t)(2 * q + 2 * c.m));
    mpz_clear(z);
  }
  if (want & (MULERR_THEORY_BIT(MULERR_THEORY_R) | MULERR_THEORY_BIT(MULERR_THEORY_AR)))
    st = relative(&c, code, q, want, out);
  free(code);
  if (st == MULERR_OK) out->have = want;
  return st;
}

mulerr_status mulerr_theory_enumerate_fr(const mulerr_theory_cfg *cfg, unsigned want,
                                         mulerr_theory_fr *out) {
  mulerr_theory_cfg c;
  mulerr_status st = check(cfg, &c, "enumerate_fr");
  const mpfr_prec_t prec = mpfr_get_prec(out->v[0]);
  uint64_t msize, i, j;
  long *code = NULL;
  mpfr_t *approx = NULL, tmp[3], sum[MULERR_THEORY_NMETRIC], p, e, r, x;
  size_t napprox;
  int q = 0, t;
  if (st != MULERR_OK) return st;
  if (prec < 64) return mulerr_fail(MULERR_EINVAL, "theory: enumerate_fr needs >= 64 bits");
  want &= MULERR_THEORY_ALL;
  out->have = 0;
  msize = UINT64_C(1) << c.m;
  for (t = 0; t < 3; t++) mpfr_init2(tmp[t], 128);
  /* LNS: approx = 2^(s 2^-f) for s = nx + ny in 0..2^(f+1), one correctly rounded table. */
  napprox = c.method == MULERR_THEORY_LNS ? ((size_t)2 << c.f) + 1 : 0;
  code = malloc(msize * sizeof *code);
  approx = napprox ? malloc(napprox * sizeof *approx) : NULL;
  if (!code || (napprox && !approx)) {
    free(code);
    free(approx);
    for (t = 0; t < 3; t++) mpfr_clear(tmp[t]);
    return mulerr_fail(MULERR_ENOMEM, "theory: out of memory enumerating m = %d", c.m);
  }
  for (i = 0; i < msize; i++) code[i] = mulerr_theory_code(&c, i, tmp);
  for (i = 0; i < napprox; i++) {
    mpfr_init2(approx[i], prec);
    mpfr_set_ui(tmp[0], (unsigned long)i, MPFR_RNDN);
    mpfr_div_2si(tmp[0], tmp[0], c.f, MPFR_RNDN); /* exact */
    mpfr_exp2(approx[i], tmp[0], MPFR_RNDN);
  }
  if (!napprox) q = mulerr_theory_scale(&c);
  for (t = 0; t < MULERR_THEORY_NMETRIC; t++) {
    mpfr_init2(sum[t], prec + 64);
    mpfr_set_ui(sum[t], 0, MPFR_RNDN);
  }
  mpfr_inits2(prec, e, r, x, (mpfr_ptr)0);
  mpfr_init2(p, 2 * c.m + 2); /* I J, exactly */
  for (i = 0; i < msize; i++) {
    for (j = 0; j < msize; j++) {
      mpfr_srcptr a;
      mpfr_set_ui(p, (unsigned long)((msize + i) * (msize + j)), MPFR_RNDN);
      mpfr_div_2si(p, p, 2 * c.m, MPFR_RNDN); /* P, exact */
      if (napprox)
        a = approx[code[i] + code[j]];
      else {
        mpfr_set_si_2exp(x, mulerr_theory_approx_scaled(&c, code[i], code[j], q), -q, MPFR_RNDN);
        a = x; /* exact: < 2^33 2^-q */
      }
      mpfr_sub(e, a, p, MPFR_RNDN); /* one rounding */
      mpfr_add(sum[MULERR_THEORY_E], sum[MULERR_THEORY_E], e, MPFR_RNDN);
      if (mpfr_sgn(e) >= 0) mpfr_add(sum[MULERR_THEORY_AE], sum[MULERR_THEORY_AE], e, MPFR_RNDN);
      else mpfr_sub(sum[MULERR_THEORY_AE], sum[MULERR_THEORY_AE], e, MPFR_RNDN);
      if (want & MULERR_THEORY_BIT(MULERR_THEORY_E2)) {
        mpfr_sqr(r, e, MPFR_RNDN);
        mpfr_add(sum[MULERR_THEORY_E2], sum[MULERR_THEORY_E2], r, MPFR_RNDN);
      }
      if (want & (MULERR_THEORY_BIT(MULERR_THEORY_R) | MULERR_THEORY_BIT(MULERR_THEORY_AR))) {
        mpfr_div(r, e, p, MPFR_RNDN);
        mpfr_add(sum[MULERR_THEORY_R], sum[MULERR_THEORY_R], r, MPFR_RNDN);
        if (mpfr_sgn(r) >= 0) mpfr_add(sum[MULERR_THEORY_AR], sum[MULERR_THEORY_AR], r, MPFR_RNDN);
        else mpfr_sub(sum[MULERR_THEORY_AR], sum[MULERR_THEORY_AR], r, MPFR_RNDN);
      }
    }
  }
  for (t = 0; t < MULERR_THEORY_NMETRIC; t++)
    if (want & MULERR_THEORY_BIT(t)) mpfr_div_2si(out->v[t], sum[t], 2 * c.m, MPFR_RNDN);
  out->have = want;
  for (t = 0; t < MULERR_THEORY_NMETRIC; t++) mpfr_clear(sum[t]);
  for (i = 0; i < napprox; i++) mpfr_clear(approx[i]);
  for (t = 0; t < 3; t++) mpfr_clear(tmp[t]);
  mpfr_clears(p, e, r, x, (mpfr_ptr)0);
  free(code);
  free(approx);
  return MULERR_OK;
}
