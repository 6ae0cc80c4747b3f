/* closed.c — closed forms of the expected errors, derived by hand, as exact rationals.
 *
 * Notation (theory.h): N = 2^k, R = 2^r with r = m - k; x_m = x_k + x_r with
 * x_k = a/N, a uniform on {0..N-1}, and x_r = b 2^-m, b uniform on {0..R-1}, a and b
 * independent (i = a R + b is uniform on {0..2^m - 1} exactly when they are).  X = 1 + x_m.
 * e = approx - exact (the paper's sign is the opposite).
 *
 * Moments.  For u uniform on {0, h, ..., (n-1) h}:
 *     E[u] = (n-1) h / 2,   E[u^2] = (n-1)(2n-1) h^2 / 6          (sums of j and j^2).
 * Hence
 *     k1 = E[x_k]   = (N-1)/(2N),       k2 = E[x_k^2] = (N-1)(2N-1)/(6N^2),
 *     R1 = E[x_r]   = (R-1)/(2 2^m),    R2 = E[x_r^2] = (R-1)(2R-1)/(6 4^m),
 *     mu = E[x_m]   = k1 + R1 = (2^m - 1)/2^(m+1),
 *     M2 = E[x_m^2] = k2 + 2 k1 R1 + R2                       (x_k, x_r independent).
 * As m -> infinity (k fixed, R 2^-m = 1/N):  R1 -> 1/(2N), R2 -> 1/(3N^2), mu -> 1/2,
 * M2 -> 1/3; every formula below holds for both with these values, which is how the M_INF
 * case is computed.
 *
 * Every formula was also checked against a brute-force sum in rational arithmetic for m = 2..5,
 * all k, l = 1..6 while it was derived, and is checked against the enumeration of enumerate.c
 * by tests/unit/t_theory.c (exact equality).
 */
#include "internal.h"
#include "theory.h"

/* The operand moments above. */
typedef struct moments {
  mpq_t k1, k2, r1, r2, mu, m2;
} moments;

/* q = num / den, canonicalised. */
static void q_set_zz(mpq_t q, const mpz_t num, const mpz_t den) {
  mpq_set_num(q, num);
  mpq_set_den(q, den);
  mpq_canonicalize(q);
}

/* E[u], E[u^2] for u uniform on {0, h, ..., (n-1)h}, h = 2^-he. */
static void grid_moments(const mpz_t n, int he, mpq_t e1, mpq_t e2) {
  mpz_t num, den, t;
  mpz_inits(num, den, t, (mpz_ptr)0);
  mpz_sub_ui(num, n, 1);      /* n - 1 */
  mpz_set_ui(den, 2);
  q_set_zz(e1, num, den);
  mpq_div_2exp(e1, e1, (mp_bitcnt_t)he);
  mpz_mul_2exp(t, n, 1);
  mpz_sub_ui(t, t, 1);        /* 2n - 1 */
  mpz_mul(num, num, t);
  mpz_set_ui(den, 6);
  q_set_zz(e2, num, den);
  mpq_div_2exp(e2, e2, (mp_bitcnt_t)(2 * he));
  mpz_clears(num, den, t, (mpz_ptr)0);
}

static void moments_init(moments *s, int m, int k) {
  mpz_t n;
  mpq_t t;
  mpq_inits(s->k1, s->k2, s->r1, s->r2, s->mu, s->m2, t, (mpq_ptr)0);
  mpz_init(n);
  mpz_setbit(n, (mp_bitcnt_t)k);
  grid_moments(n, k, s->k1, s->k2);
  if (m == MULERR_THEORY_M_INF) {
    mpq_set_ui(s->r1, 1, 2);
    mpq_div_2exp(s->r1, s->r1, (mp_bitcnt_t)k); /* 1/(2N) */
    mpq_set_ui(s->r2, 1, 3);
    mpq_div_2exp(s->r2, s->r2, (mp_bitcnt_t)(2 * k)); /* 1/(3N^2) */
  } else {
    mpz_set_ui(n, 0);
    mpz_setbit(n, (mp_bitcnt_t)(m - k));
    grid_moments(n, m, s->r1, s->r2);
  }
  mpq_add(s->mu, s->k1, s->r1);
  mpq_mul(t, s->k1, s->r1);
  mpq_mul_2exp(t, t, 1);
  mpq_add(s->m2, s->k2, t);
  mpq_add(s->m2, s->m2, s->r2);
  mpz_clear(n);
  mpq_clear(t);
}
static void moments_clear(moments *s) {
  mpq_clears(s->k1, s->k2, s->r1, s->r2, s->mu, s->m2, (mpq_ptr)0);
}

/* FLOAT_TRUNC.  With X' = 1 + x_k:  e = X'Y' - (X' + x_r)(Y' + y_r)
 *                                    = -(X' y_r + Y' x_r + x_r y_r)  <= 0.
 * Let A1 = E[X'] = 1 + k1, A2 = E[X'^2] = 1 + 2 k1 + k2.  By independence of x_k, x_r, y_k, y_r:
 *   E[e]   = -(2 A1 R1 + R1^2)                          (k = m: R1 = 0, e = 0),
 *   E|e|   = -E[e]                                      (e <= 0 for every pair),
 *   E[e^2] = E[X'^2]E[y_r^2] + E[Y'^2]E[x_r^2] + E[x_r^2]E[y_r^2]
 *            + 2 E[X']E[Y']E[x_r]E[y_r] + 2 E[X']E[x_r]E[y_r^2] + 2 E[Y']E[y_r]E[x_r^2]
 *          = 2 A2 R2 + R2^2 + 2 A1^2 R1^2 + 4 A1 R1 R2.
 * m -> infinity: E[e] = -(3 - 2^-k) 2^-(k+1) - 2^-(2k+2). */
static void float_trunc(const moments *s, unsigned want, mulerr_theory_q *out) {
  mpq_t a1, a2, t;
  mpq_inits(a1, a2, t, (mpq_ptr)0);
  mpq_set_ui(t, 1, 1);
  mpq_add(a1, t, s->k1);
  mpq_mul_2exp(a2, s->k1, 1);
  mpq_add(a2, a2, t);
  mpq_add(a2, a2, s->k2);
  if (want & (MULERR_THEORY_BIT(MULERR_THEORY_E) | MULERR_THEORY_BIT(MULERR_THEORY_AE))) {
    mpq_t *e = &out->v[MULERR_THEORY_E];
    mpq_mul(*e, a1, s->r1);
    mpq_mul_2exp(*e, *e, 1);
    mpq_mul(t, s->r1, s->r1);
    mpq_add(*e, *e, t);
    mpq_neg(*e, *e);
    mpq_neg(out->v[MULERR_THEORY_AE], *e);
    out->have |= want & (MULERR_THEORY_BIT(MULERR_THEORY_E) | MULERR_THEORY_BIT(MULERR_THEORY_AE));
  }
  if (want & MULERR_THEORY_BIT(MULERR_THEORY_E2)) {
    mpq_t *v = &out->v[MULERR_THEORY_E2];
    mpq_mul(*v, a2, s->r2);
    mpq_mul_2exp(*v, *v, 1);             /* 2 A2 R2 */
    mpq_mul(t, s->r2, s->r2);
    mpq_add(*v, *v, t);                  /* + R2^2 */
    mpq_mul(t, a1, s->r1);
    mpq_mul(t, t, t);
    mpq_mul_2exp(t, t, 1);
    mpq_add(*v, *v, t);                  /* + 2 A1^2 R1^2 */
    mpq_mul(t, a1, s->r1);
    mpq_mul(t, t, s->r2);
    mpq_mul_2exp(t, t, 2);
    mpq_add(*v, *v, t);                  /* + 4 A1 R1 R2 */
    out->have |= MULERR_THEORY_BIT(MULERR_THEORY_E2);
  }
  mpq_clears(a1, a2, t, (mpq_ptr)0);
}

/* FLOAT_RNE.  Write the rounded operand X~ = X + d.  With i = a R + b and r >= 1,
 * H = R/2 = 2^(r-1), the rounding error in units of 2^-m is
 *     rho = -b (b < H),   R - b (b > H),   -H (b = H, a even),   +H (b = H, a odd).
 * Mean: sum_{b<H} b = sum_{b>H} (R - b) = H(H-1)/2 cancel, and the tie contributes -H and +H
 * equally often because a runs over N = 2^k >= 2 values, half of them even.  So E[d] = 0,
 * E[X~] = E[X], and as the operands are independent
 *     E[e] = E[X~]E[Y~] - E[X]E[Y] = 0            for every k >= 1 and m (and m -> infinity).
 * Second moments (units 2^-2m):
 *     E[rho^2] = (2 sum_{j<H} j^2 + H^2) / (2H) = (2H^2 + 1)/6,
 *     E[a rho] = (1/(2H)) H E[a (-1)^(a+1)] = 1/4   (only the tie depends on a; pairs
 *                (2t, 2t+1) of a contribute +1 each, N/2 pairs, over N values: 1/2),
 *     E[b rho] = (1/(2H)) (-sum_{b<H} b^2 + sum_{b>H} b (R - b)) = (H^2 - 1)/6,
 * so  D2 = E[d^2] = (2H^2 + 1)/(6 4^m)  and  XD = E[X d] = E[d] + E[x_m d]
 *        = (R E[a rho] + E[b rho]) / 4^m = (3H + H^2 - 1)/(6 4^m)          (r = 0: d = 0).
 * m -> infinity: d = -u or 1/N - u with u uniform on [0, 1/N):  D2 = 1/(12 N^2),
 * XD = E[u d] = 1/(24 N^2) (the limits of the finite values).  Then with e = X d' + Y d + d d',
 *     E[e^2] = 2 E[X^2] D2 + D2^2 + 2 XD^2 + 4 XD D2,     E[X^2] = 1 + 2 mu + M2. */
static void float_rne(const moments *s, int m, int k, unsigned want, mulerr_theory_q *out) {
  if (want & MULERR_THEORY_BIT(MULERR_THEORY_E)) {
    mpq_set_ui(out->v[MULERR_THEORY_E], 0, 1);
    out->have |= MULERR_THEORY_BIT(MULERR_THEORY_E);
  }
  if (want & MULERR_THEORY_BIT(MULERR_THEORY_E2)) {
    mpq_t d2, xd, x2, t;
    mpq_t *v = &out->v[MULERR_THEORY_E2];
    mpq_inits(d2, xd, x2, t, (mpq_ptr)0);
    if (m == MULERR_THEORY_M_INF) {
      mpq_set_ui(d2, 1, 12);
      mpq_div_2exp(d2, d2, (mp_bitcnt_t)(2 * k));
      mpq_set_ui(xd, 1, 24);
      mpq_div_2exp(xd, xd, (mp_bitcnt_t)(2 * k));
    } else if (m > k) {
      mpz_t h, num, den;
      mpz_inits(h, num, den, (mpz_ptr)0);
      mpz_setbit(h, (mp_bitcnt_t)(m - k - 1));
      mpz_mul(num, h, h);
      mpz_mul_2exp(num, num, 1);
      mpz_add_ui(num, num, 1); /* 2H^2 + 1 */
      mpz_set_ui(den, 6);
      q_set_zz(d2, num, den);
      mpq_div_2exp(d2, d2, (mp_bitcnt_t)(2 * m));
      mpz_mul(num, h, h);
      mpz_addmul_ui(num, h, 3);
      mpz_sub_ui(num, num, 1); /* H^2 + 3H - 1 */
      q_set_zz(xd, num, den);
      mpq_div_2exp(xd, xd, (mp_bitcnt_t)(2 * m));
      mpz_clears(h, num, den, (mpz_ptr)0);
    } /* else m == k: d = 0, d2 = xd = 0 */
    mpq_set_ui(x2, 1, 1);
    mpq_mul_2exp(t, s->mu, 1);
    mpq_add(x2, x2, t);
    mpq_add(x2, x2, s->m2);    /* E[X^2] */
    mpq_mul(*v, x2, d2);
    mpq_mul_2exp(*v, *v, 1);   /* 2 E[X^2] D2 */
    mpq_mul(t, d2, d2);
    mpq_add(*v, *v, t);        /* + D2^2 */
    mpq_mul(t, xd, xd);
    mpq_mul_2exp(t, t, 1);
    mpq_add(*v, *v, t);        /* + 2 XD^2 */
    mpq_mul(t, xd, d2);
    mpq_mul_2exp(t, t, 2);
    mpq_add(*v, *v, t);        /* + 4 XD D2 */
    out->have |= MULERR_THEORY_BIT(MULERR_THEORY_E2);
    mpq_clears(d2, xd, x2, t, (mpq_ptr)0);
  }
}

/* LMUL_EQ1.  approx = 1 + x_k + y_k + c with c = 2^-l, so
 *     e = c - S,   S = x_r + y_r + x_m y_m          (x_k = x_m - x_r).
 *     E[S]   = 2 R1 + mu^2,
 *     E[S^2] = E[(x_r + y_r)^2] + 2 E[(x_r + y_r) x_m y_m] + E[x_m^2]^2
 *            = 2 R2 + 2 R1^2 + 4 mu E[x_r x_m] + M2^2,    E[x_r x_m] = k1 R1 + R2,
 *     E[e]   = c - 2 R1 - mu^2,          E[e^2] = c^2 - 2 c E[S] + E[S^2].
 * m -> infinity: E[e] = 2^-l - 2^-k - 1/4 (the missing x_m y_m term, 1/4 on average,
 * dominates; with the paper's l(k) = k for k <= 3 it is exactly -1/4). */
static void lmul_eq1(const moments *s, int l, unsigned want, mulerr_theory_q *out) {
  mpq_t c, es, es2, t;
  mpq_inits(c, es, es2, t, (mpq_ptr)0);
  mpq_set_ui(c, 1, 1);
  mpq_div_2exp(c, c, (mp_bitcnt_t)l);
  mpq_mul_2exp(es, s->r1, 1);
  mpq_mul(t, s->mu, s->mu);
  mpq_add(es, es, t);          /* E[S] */
  if (want & MULERR_THEORY_BIT(MULERR_THEORY_E)) {
    mpq_sub(out->v[MULERR_THEORY_E], c, es);
    out->have |= MULERR_THEORY_BIT(MULERR_THEORY_E);
  }
  if (want & MULERR_THEORY_BIT(MULERR_THEORY_E2)) {
    mpq_t *v = &out->v[MULERR_THEORY_E2];
    mpq_mul_2exp(es2, s->r2, 1);
    mpq_mul(t, s->r1, s->r1);
    mpq_mul_2exp(t, t, 1);
    mpq_add(es2, es2, t);      /* 2 R2 + 2 R1^2 */
    mpq_mul(t, s->k1, s->r1);
    mpq_add(t, t, s->r2);      /* E[x_r x_m] */
    mpq_mul(t, t, s->mu);
    mpq_mul_2exp(t, t, 2);
    mpq_add(es2, es2, t);      /* + 4 mu E[x_r x_m] */
    mpq_mul(t, s->m2, s->m2);
    mpq_add(es2, es2, t);      /* + M2^2 */
    mpq_mul(*v, c, c);
    mpq_mul(t, c, es);
    mpq_mul_2exp(t, t, 1);
    mpq_sub(*v, *v, t);
    mpq_add(*v, *v, es2);
    out->have |= MULERR_THEORY_BIT(MULERR_THEORY_E2);
  }
  mpq_clears(c, es, es2, t, (mpq_ptr)0);
}

/* E[(t - J)^+] for t = a + a', a and a' independent and uniform on {0..N-1}, and an integer J.
 * t has the triangular law P(t = j) = (N - |j - (N-1)|) / N^2 on 0..2N-2.
 *   J >= N-1: with K = 2N-1-J and u = 2N-1-j (so P(t = j) = u/N^2, j - J = K - u),
 *       sum_{u=1}^{K} u (K - u) / N^2 = (K^3 - K) / (6 N^2) = C(2N-J, 3) / N^2;
 *   J <= N-1: (t - J)^+ = (t - J) + (J - t)^+, and t -> 2N-2-t is a symmetry of the law, so
 *       E[(J - t)^+] = E[(t - (2N-2-J))^+] = C(J+2, 3) / N^2 by the first case:
 *       E[(t - J)^+] = N - 1 - J + C(J+2, 3) / N^2.
 * (Both give C(N+1, 3)/N^2 at J = N-1; C(n, 3) = 0 for n < 3 covers J >= 2N-2.) */
static void tri_excess_int(const mpz_t n, const mpz_t j, mpq_t out) {
  mpz_t t, c;
  mpz_inits(t, c, (mpz_ptr)0);
  mpz_sub_ui(t, n, 1);
  if (mpz_cmp(j, t) >= 0) {
    mpz_mul_2exp(t, n, 1);
    mpz_sub(t, t, j);                      /* 2N - J */
    if (mpz_sgn(t) > 0) mpz_bin_ui(c, t, 3); /* else J > 2N: the excess is 0 */
    mpz_mul(t, n, n);
    q_set_zz(out, c, t);
  } else {
    mpq_t lin;
    mpq_init(lin);
    mpz_add_ui(t, j, 2);
    mpz_bin_ui(c, t, 3);
    mpz_mul(t, n, n);
    q_set_zz(out, c, t);
    mpz_sub_ui(t, n, 1);
    mpz_sub(t, t, j);                      /* N - 1 - J */
    mpq_set_z(lin, t);
    mpq_add(out, out, lin);
    mpq_clear(lin);
  }
  mpz_clears(t, c, (mpz_ptr)0);
}

/* E[(t - J)^+] for a rational J = Jc - eps, Jc = ceil(J), 0 <= eps < 1: t is an integer, so
 *     (t - J)^+ = (t - Jc)^+ + eps [t >= Jc],
 *     P(t >= Jc) = E[(t - Jc + 1)^+] - E[(t - Jc)^+]. */
static void tri_excess(const mpz_t n, const mpq_t j, mpq_t out) {
  mpz_t jc;
  mpq_t eps, p;
  mpz_init(jc);
  mpq_inits(eps, p, (mpq_ptr)0);
  mpz_cdiv_q(jc, mpq_numref(j), mpq_denref(j));
  mpq_set_z(eps, jc);
  mpq_sub(eps, eps, j);
  tri_excess_int(n, jc, out);
  if (mpq_sgn(eps) != 0) {
    mpz_sub_ui(jc, jc, 1);
    tri_excess_int(n, jc, p);
    mpq_sub(p, p, out); /* P(t >= Jc) */
    mpq_mul(p, p, eps);
    mpq_add(out, out, p);
  }
  mpz_clear(jc);
  mpq_clears(eps, p, (mpq_ptr)0);
}

/* LMUL (offset c = 2^-l) and MITCHELL (c = 0), the carry into the exponent.  With
 * s = x_k + y_k + c = t/N + c and carry floor(s) in {0, 1, 2} (s < 2 + 1/2):
 *     approx = (1 + s - floor(s)) 2^floor(s) = 1 + s + (s - 1)^+ + 2 (s - 2)^+
 * (check: s < 1 gives 1 + s; 1 <= s < 2 gives 2s; s >= 2 gives 4s - 4 = 4(1 + s - 2)).
 * (s - j)^+ = (t - N(j - c))^+ / N, so with the triangular excess of tri_excess():
 *     E[approx] = 1 + 2 k1 + c + (E[(t - N(1-c))^+] + 2 E[(t - N(2-c))^+]) / N,
 * which depends on k and l only (approx is a function of x_k, y_k), and
 *     E[e] = E[approx] - E[X]^2 = E[approx] - (1 + mu)^2.
 * MITCHELL: E[approx] = 2 - 1/N + (N-1)(N-2)/(6N^2); m, k -> infinity gives
 * 2 + 1/6 - 9/4 = -1/12, the classical mean error of Mitchell's multiplier. */
static void lmul_carry(const moments *s, int k, int l, unsigned want, mulerr_theory_q *out) {
  if (want & MULERR_THEORY_BIT(MULERR_THEORY_E)) {
    mpz_t n;
    mpq_t c, j, ex, ea, t;
    mpz_init(n);
    mpq_inits(c, j, ex, ea, t, (mpq_ptr)0);
    mpz_setbit(n, (mp_bitcnt_t)k);
    if (l > 0) {
      mpq_set_ui(c, 1, 1);
      mpq_div_2exp(c, c, (mp_bitcnt_t)l);
    }
    mpq_set_ui(ea, 1, 1);
    mpq_mul_2exp(t, s->k1, 1);
    mpq_add(ea, ea, t);
    mpq_add(ea, ea, c);            /* E[1 + s] */
    mpq_set_ui(t, 1, 1);
    mpq_sub(j, t, c);              /* 1 - c */
    mpq_set_z(t, n);
    mpq_mul(j, j, t);              /* N (1 - c) */
    tri_excess(n, j, ex);
    mpq_set_ui(t, 2, 1);
    mpq_sub(j, t, c);
    mpq_set_z(t, n);
    mpq_mul(j, j, t);              /* N (2 - c) */
    tri_excess(n, j, t);
    mpq_mul_2exp(t, t, 1);
    mpq_add(ex, ex, t);
    mpq_div_2exp(ex, ex, (mp_bitcnt_t)k);
    mpq_add(ea, ea, ex);           /* E[approx] */
    mpq_set_ui(t, 1, 1);
    mpq_add(t, t, s->mu);
    mpq_mul(t, t, t);
    mpq_sub(out->v[MULERR_THEORY_E], ea, t);
    out->have |= MULERR_THEORY_BIT(MULERR_THEORY_E);
    mpz_clear(n);
    mpq_clears(c, j, ex, ea, t, (mpq_ptr)0);
  }
}

mulerr_status mulerr_theory_closed(const mulerr_theory_cfg *cfg, unsigned want,
                                   mulerr_theory_q *out) {
  mulerr_theory_cfg c = *cfg;
  moments s;
  mulerr_status st = mulerr_theory_prepare(&c);
  if (st != MULERR_OK) return st;
  out->have = 0;
  want &= MULERR_THEORY_ALL;
  if (c.method == MULERR_THEORY_LNS) return MULERR_OK; /* no closed form */
  moments_init(&s, c.m, c.k);
  switch (c.method) {
  case MULERR_THEORY_FLOAT_TRUNC:
    float_trunc(&s, want, out);
    break;
  case MULERR_THEORY_FLOAT_RNE:
    float_rne(&s, c.m, c.k, want, out);
    break;
  case MULERR_THEORY_LMUL_EQ1:
    lmul_eq1(&s, c.l, want, out);
    break;
  case MULERR_THEORY_LMUL:
    lmul_carry(&s, c.k, c.l, want, out);
    break;
  case MULERR_THEORY_MITCHELL: {
    /* MITCHELL: approx <= exact for every pair: 1 + x + y <= (1 + x)(1 + y), and with a carry
     * 2(x + y) - (1 + x)(1 + y) = -(1 - x)(1 - y) <= 0; truncating the operands only lowers
     * approx (it is nondecreasing in each operand).  So E|e| = -E[e]. */
    const unsigned both = MULERR_THEORY_BIT(MULERR_THEORY_E) | MULERR_THEORY_BIT(MULERR_THEORY_AE);
    if (want & both) {
      lmul_carry(&s, c.k, 0, MULERR_THEORY_BIT(MULERR_THEORY_E), out);
      mpq_neg(out->v[MULERR_THEORY_AE], out->v[MULERR_THEORY_E]);
      out->have = want & both;
    }
    break;
  }
  default:
    break;
  }
  moments_clear(&s);
  return MULERR_OK;
}
