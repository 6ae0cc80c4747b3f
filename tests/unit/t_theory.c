/* t_theory.c — the theory module (src/theory) against itself, against hand-worked values and
 * against libmulerr's sampled measurement.
 *
 * What is checked, and against what:
 *  1. hand values: every pair of the k = 1, m = 2 setting worked out by hand below (no code);
 *  2. k = m: float-trunc and float-rne have zero error, every metric, enumerated and closed;
 *  3. naive brute force (m = 3, 4): each definition written out literally in rational
 *     arithmetic pair by pair, in this file, against mulerr_theory_enumerate: all five metrics,
 *     exactly, all methods, all k, l = 1..8;
 *  4. closed forms == enumeration exactly (mpq_equal) for every k = 1..m, l = 1..8, m = 7, 10;
 *     closed forms at m = 60 within 2^-56 of the closed forms at m = infinity;
 *  5. closed forms at m = infinity against GSL integration (1e-10 relative, 1e-13 absolute);
 *     float's E[r] against its 1-D logarithmic form, and E|.| = -E[.] where e <= 0;
 *  6. enumeration at m = 12 (LNS: m = 10) against the integral, within a bound derived below;
 *  7. the MPFR enumeration against the rational one (rational methods) and against separable
 *     identities (LNS), and LNS's integral against a 1-D separable form;
 *  8. libmulerr itself: its float/lmul/mitchell multiply equals mulerr_theory_approx on every
 *     operand pair of bf16 (and of fp16 for a few k), and mulerr_eval's sampled bias, mae,
 *     mse, mean_rel and mre on uniform-mantissa bf16 and fp16 lie within 4 standard errors of
 *     the exact enumeration.
 */
#include "internal.h"
#include "tap.h"
#include "theory.h"

#include <stdlib.h>
#include <string.h>

#define TRUNC MULERR_THEORY_FLOAT_TRUNC
#define RNE MULERR_THEORY_FLOAT_RNE
#define LMUL MULERR_THEORY_LMUL
#define EQ1 MULERR_THEORY_LMUL_EQ1
#define MITCHELL MULERR_THEORY_MITCHELL
#define LNS MULERR_THEORY_LNS
#define ALL MULERR_THEORY_ALL
#define BIT(i) MULERR_THEORY_BIT(i)
#define ABSOLUTE (BIT(MULERR_THEORY_E) | BIT(MULERR_THEORY_AE) | BIT(MULERR_THEORY_E2))

static mulerr_theory_cfg cfg(int method, int m, int k, int l, int f) {
  mulerr_theory_cfg c;
  c.method = (mulerr_theory_method)method, c.m = m, c.k = k, c.l = l, c.f = f;
  return c;
}

static const char *cfg_text(const mulerr_theory_cfg *c) {
  static char buf[128];
  char ms[16];
  if (c->m == MULERR_THEORY_M_INF) strcpy(ms, "inf");
  else snprintf(ms, sizeof ms, "%d", c->m);
  if (c->method == LNS) snprintf(buf, sizeof buf, "lns m=%s f=%d", ms, c->f);
  else snprintf(buf, sizeof buf, "%s m=%s k=%d l=%d", mulerr_theory_method_name(c->method), ms, c->k, c->l);
  return buf;
}

/* ------------------------------------------------------------ 1. hand values */

/* k = 1, m = 2.  x_m in {0, 1/4, 1/2, 3/4}; I = 4 X in {4, 5, 6, 7}; in sixteenths,
 * 16 P = I J.  Truncation to k = 1 bit: I' = 4, 4, 6, 6.  Below, 16 e = 16 approx - I J.
 *
 * float-trunc, 16 approx = I' J':                    lmul, l = 1: s = x_k + y_k + 1/2,
 *   J:    4    5    6    7                            codes 00: s = 1/2, approx 3/2 (24/16)
 *   I=4:  0   -4    0   -4                            01, 10: s = 1, carry: 2 (32/16)
 *   I=5: -4   -9   -6  -11                            11: s = 3/2, carry: 3 (48/16)
 *   I=6:  0   -6    0   -6                              J:   4   5   6   7
 *   I=7: -4  -11   -6  -13                              I=4:  8   4   8   4
 *   sum -84, sum of squares 700:                        I=5:  4  -1   2  -3
 *   E[e] = -84/256 = -21/64, E|e| = 21/64,              I=6:  8   2  12   6
 *   E[e^2] = 700/4096 = 175/1024;                       I=7:  4  -3   6  -1
 *   r = I'J'/(IJ) - 1, sum_I I'/I = 128/35:             sum 60, |.| 76, squares 500:
 *   E[r] = ((128/35)^2 - 16)/16 = -201/1225,            E[e] = 15/64, E|e| = 19/64,
 *   E|r| = 201/1225 (every e <= 0).                     E[e^2] = 125/1024; r = 16e/(IJ):
 *                                                       sum r = 43/50 + 32/35 + 88/147
 * float-rne: i = 2a + b; i = 1, 3 are ties:              = 17441/7350, sum |r| = 20849/7350,
 *   I~ = 4, 4, 6, 8 (a = 0 even stays, a = 1 odd up);   E[r] = 17441/117600,
 *   J:    4    5    6    7                              E|r| = 20849/117600.
 *   I=4:  0   -4    0    4
 *   I=5: -4   -9   -6   -3                            lns, f = 0: log2 X = 0, .32, .58, .81
 *   I=6:  0   -6    0    6                            rounds to 0, 0, 1, 1: 16 v = 16, 16,
 *   I=7:  4   -3    6   15                            32, 32; 16 approx = 16 v v' / 16:
 *   sum 0, |.| 70, squares 532:                         J:   4   5   6   7
 *   E[e] = 0, E|e| = 35/128, E[e^2] = 133/1024.         I=4:  0  -4   8   4
 *                                                       I=5: -4  -9   2  -3
 * mitchell, k = 1, m = infinity: s = x_k + y_k in      I=6:  8   2  28  22
 *   {0, 1/2, 1} w.p. 1/4, 1/2, 1/4; approx 1, 3/2, 2    I=7:  4  -3  22  15
 *   (s = 1 carries: 2 * 1): E[approx] = 3/2,           sum 92, |.| 138, squares 2276:
 *   E[e] = 3/2 - (3/2)^2 = -3/4.                        E[e] = 23/64, E|e| = 69/128,
 * lmul-eq1, m = infinity, l = k: E[e] = -1/4.           E[e^2] = 569/1024.
 */
static void want_q(const mulerr_theory_q *got, int metric, const char *value, const char *what) {
  mpq_t w;
  mpq_init(w);
  mpq_set_str(w, value, 10);
  mpq_canonicalize(w);
  ok((got->have & BIT(metric)) && mpq_equal(got->v[metric], w), "%s: %s = %s", what,
     mulerr_theory_metric_name(metric), value);
  if (!(got->have & BIT(metric))) diag("  not computed");
  else if (!mpq_equal(got->v[metric], w)) gmp_printf("#   got %Qd\n", got->v[metric]);
  mpq_clear(w);
}

static void hand_values(void) {
  static const struct {
    int method, l;
    const char *v[MULERR_THEORY_NMETRIC];
  } t[] = {
      {TRUNC, 0, {"-21/64", "21/64", "175/1024", "-201/1225", "201/1225"}},
      {LMUL, 1, {"15/64", "19/64", "125/1024", "17441/117600", "20849/117600"}},
      {RNE, 0, {"0", "35/128", "133/1024", NULL, NULL}},
  };
  size_t i;
  int mt;
  mulerr_theory_q q;
  mulerr_theory_q_init(&q);
  for (i = 0; i < sizeof t / sizeof t[0]; i++) {
    mulerr_theory_cfg c = cfg(t[i].method, 2, 1, t[i].l, 0);
    char what[96];
    ok(mulerr_theory_enumerate(&c, ALL, &q) == MULERR_OK, "enumerate %s", cfg_text(&c));
    snprintf(what, sizeof what, "hand, enumerated %s", cfg_text(&c));
    for (mt = 0; mt < MULERR_THEORY_NMETRIC; mt++)
      if (t[i].v[mt]) want_q(&q, mt, t[i].v[mt], what);
    ok(mulerr_theory_closed(&c, ALL, &q) == MULERR_OK, "closed %s", cfg_text(&c));
    snprintf(what, sizeof what, "hand, closed form %s", cfg_text(&c));
    for (mt = 0; mt < MULERR_THEORY_NMETRIC; mt++)
      if (t[i].v[mt] && (q.have & BIT(mt))) want_q(&q, mt, t[i].v[mt], what);
  }
  {
    mulerr_theory_cfg c = cfg(MITCHELL, MULERR_THEORY_M_INF, 1, 0, 0);
    mulerr_theory_closed(&c, ALL, &q);
    want_q(&q, MULERR_THEORY_E, "-3/4", "hand, closed form mitchell k=1 m=inf");
    want_q(&q, MULERR_THEORY_AE, "3/4", "hand, closed form mitchell k=1 m=inf");
    for (i = 1; i <= 3; i++) {
      c = cfg(EQ1, MULERR_THEORY_M_INF, (int)i, (int)i, 0);
      mulerr_theory_closed(&c, ALL, &q);
      want_q(&q, MULERR_THEORY_E, "-1/4", cfg_text(&c));
    }
  }
  { /* LNS f = 0: every value is dyadic, so e and its sums are exact in MPFR */
    mulerr_theory_cfg c = cfg(LNS, 2, 0, 0, 0);
    mulerr_theory_fr r;
    static const char *const v[] = {"23/64", "69/128", "569/1024"};
    mulerr_theory_fr_init2(&r, 256);
    ok(mulerr_theory_enumerate_fr(&c, ALL, &r) == MULERR_OK, "enumerate_fr %s", cfg_text(&c));
    for (mt = 0; mt < 3; mt++) {
      mpq_t w;
      mpq_init(w);
      mpq_set_str(w, v[mt], 10);
      ok(mpfr_cmp_q(r.v[mt], w) == 0, "hand, enumerated lns m=2 f=0: %s = %s (got %.17g)",
         mulerr_theory_metric_name(mt), v[mt], mpfr_get_d(r.v[mt], MPFR_RNDN));
      mpq_clear(w);
    }
    mulerr_theory_fr_clear(&r);
  }
  mulerr_theory_q_clear(&q);
}

/* ------------------------------------------------------------ 2. k = m */

static void zero_at_full_width(void) {
  int m, mt, method, bad = 0, n = 0;
  mulerr_theory_q q, z;
  mulerr_theory_q_init(&q);
  mulerr_theory_q_init(&z);
  for (m = 1; m <= 10; m++)
    for (method = TRUNC; method <= RNE; method++) {
      mulerr_theory_cfg c = cfg(method, m, m, 0, 0);
      if (mulerr_theory_enumerate(&c, ALL, &q) != MULERR_OK ||
          mulerr_theory_closed(&c, ALL, &z) != MULERR_OK) {
        bad++;
        continue;
      }
      for (mt = 0; mt < MULERR_THEORY_NMETRIC; mt++) {
        n++;
        if (mpq_sgn(q.v[mt]) != 0 || ((z.have & BIT(mt)) && mpq_sgn(z.v[mt]) != 0)) {
          if (bad++ < 5) diag("%s: %s not 0", cfg_text(&c), mulerr_theory_metric_name(mt));
        }
      }
    }
  ok(bad == 0, "k = m (no cut): float-trunc and float-rne have zero error (%d values, m = 1..10)", n);
  mulerr_theory_q_clear(&q);
  mulerr_theory_q_clear(&z);
}

/* ------------------------------------------------------------ 3. naive brute force */

/* The definitions, literally, in rationals: x_m = i/2^m; operand cut to k bits. */
static void naive_operand(int method, int m, int k, uint64_t i, mpq_t out) {
  mpq_t t;
  mpz_t fl;
  mpq_init(t);
  mpz_init(fl);
  mpq_set_ui(t, (unsigned long)i, 1);
  mpq_div_2exp(t, t, (mp_bitcnt_t)m);        /* x_m */
  mpq_mul_2exp(t, t, (mp_bitcnt_t)k);        /* x_m 2^k */
  mpz_fdiv_q(fl, mpq_numref(t), mpq_denref(t)); /* floor */
  if (method == RNE) {
    mpq_t frac, half;
    mpq_inits(frac, half, (mpq_ptr)0);
    mpq_set_z(frac, fl);
    mpq_sub(frac, t, frac);
    mpq_set_ui(half, 1, 2);
    if (mpq_cmp(frac, half) > 0 || (mpq_equal(frac, half) && mpz_odd_p(fl))) mpz_add_ui(fl, fl, 1);
    mpq_clears(frac, half, (mpq_ptr)0);
  }
  mpq_set_z(out, fl);
  mpq_div_2exp(out, out, (mp_bitcnt_t)k);    /* x_k (or rounded) */
  mpq_clear(t);
  mpz_clear(fl);
}

static void naive_approx(int method, int k, int l, const mpq_t xk, const mpq_t yk, mpq_t out) {
  mpq_t s, one;
  mpz_t c;
  mpq_inits(s, one, (mpq_ptr)0);
  mpz_init(c);
  mpq_set_ui(one, 1, 1);
  if (method == TRUNC || method == RNE) {
    mpq_add(s, one, xk);
    mpq_add(out, one, yk);
    mpq_mul(out, out, s);
  } else {
    mpq_add(s, xk, yk);
    if (method != MITCHELL) {
      mpq_t off;
      mpq_init(off);
      mpq_set_ui(off, 1, 1);
      mpq_div_2exp(off, off, (mp_bitcnt_t)l);
      mpq_add(s, s, off);
      mpq_clear(off);
    }
    if (method == EQ1) mpq_add(out, one, s); /* 1 + x_k + y_k + 2^-l */
    else {                                   /* (1 + s - c) 2^c, c = floor(s) */
      mpz_fdiv_q(c, mpq_numref(s), mpq_denref(s));
      mpq_set_z(out, c);
      mpq_sub(out, s, out);
      mpq_add(out, out, one);
      mpq_mul_2exp(out, out, mpz_get_ui(c));
    }
  }
  (void)k;
  mpq_clears(s, one, (mpq_ptr)0);
  mpz_clear(c);
}

static void naive_metrics(int method, int m, int k, int l, mpq_t v[MULERR_THEORY_NMETRIC]) {
  const uint64_t n = UINT64_C(1) << m;
  uint64_t i, j;
  int mt;
  mpq_t xk, yk, x, y, a, p, e, t;
  mpq_inits(xk, yk, x, y, a, p, e, t, (mpq_ptr)0);
  for (mt = 0; mt < MULERR_THEORY_NMETRIC; mt++) mpq_set_ui(v[mt], 0, 1);
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++) {
      naive_operand(method, m, k, i, xk);
      naive_operand(method, m, k, j, yk);
      naive_approx(method, k, l, xk, yk, a);
      mpq_set_ui(x, (unsigned long)(n + i), (unsigned long)n); /* X = 1 + i/2^m */
      mpq_set_ui(y, (unsigned long)(n + j), (unsigned long)n);
      mpq_canonicalize(x);
      mpq_canonicalize(y);
      mpq_mul(p, x, y);
      mpq_sub(e, a, p);
      mpq_add(v[0], v[0], e);
      mpq_abs(t, e);
      mpq_add(v[1], v[1], t);
      mpq_mul(t, e, e);
      mpq_add(v[2], v[2], t);
      mpq_div(t, e, p);
      mpq_add(v[3], v[3], t);
      mpq_abs(t, t);
      mpq_add(v[4], v[4], t);
    }
  for (mt = 0; mt < MULERR_THEORY_NMETRIC; mt++) mpq_div_2exp(v[mt], v[mt], (mp_bitcnt_t)(2 * m));
  mpq_clears(xk, yk, x, y, a, p, e, t, (mpq_ptr)0);
}

static void naive_bruteforce(void) {
  int m, k, l, method, mt;
  mpq_t v[MULERR_THEORY_NMETRIC];
  mulerr_theory_q q, z;
  mulerr_theory_q_init(&q);
  mulerr_theory_q_init(&z);
  for (mt = 0; mt < MULERR_THEORY_NMETRIC; mt++) mpq_init(v[mt]);
  for (method = TRUNC; method <= MITCHELL; method++) {
    int bad = 0, n = 0, nclosed = 0;
    for (m = 3; m <= 4; m++)
      for (k = 1; k <= m; k++) {
        const int lmax = method == LMUL || method == EQ1 ? 8 : 0;
        for (l = lmax ? 1 : 0; l <= lmax; l++) {
          mulerr_theory_cfg c = cfg(method, m, k, l, 0);
          naive_metrics(method, m, k, l, v);
          if (mulerr_theory_enumerate(&c, ALL, &q) != MULERR_OK ||
              mulerr_theory_closed(&c, ALL, &z) != MULERR_OK) {
            bad++;
            continue;
          }
          for (mt = 0; mt < MULERR_THEORY_NMETRIC; mt++) {
            n++;
            if (!mpq_equal(v[mt], q.v[mt]) && bad++ < 5)
              gmp_printf("# %s %s: naive %Qd, enumerated %Qd\n", cfg_text(&c),
                         mulerr_theory_metric_name(mt), v[mt], q.v[mt]);
            if (z.have & BIT(mt)) {
              nclosed++;
              if (!mpq_equal(v[mt], z.v[mt]) && bad++ < 5)
                gmp_printf("# %s %s: naive %Qd, closed %Qd\n", cfg_text(&c),
                           mulerr_theory_metric_name(mt), v[mt], z.v[mt]);
            }
          }
        }
      }
    ok(bad == 0, "%s: naive brute force == enumeration (%d values) and == closed form (%d), m = 3, 4, "
       "all k%s", mulerr_theory_method_name(method), n, nclosed,
       method == LMUL || method == EQ1 ? ", l = 1..8" : "");
  }
  for (mt = 0; mt < MULERR_THEORY_NMETRIC; mt++) mpq_clear(v[mt]);
  mulerr_theory_q_clear(&q);
  mulerr_theory_q_clear(&z);
}

/* ------------------------------------------------------------ 4. closed == enumeration */

static void closed_vs_enumeration(void) {
  static const int ms[] = {7, 10};
  size_t im;
  int method, k, l, mt;
  mulerr_theory_q q, z;
  mulerr_theory_q_init(&q);
  mulerr_theory_q_init(&z);
  for (im = 0; im < sizeof ms / sizeof ms[0]; im++) {
    const int m = ms[im];
    for (method = TRUNC; method <= MITCHELL; method++) {
      int bad = 0, n = 0;
      for (k = 1; k <= m; k++) {
        const int lmax = method == LMUL || method == EQ1 ? 8 : 0;
        for (l = lmax ? 1 : 0; l <= lmax; l++) {
          mulerr_theory_cfg c = cfg(method, m, k, l, 0);
          if (mulerr_theory_closed(&c, ALL, &z) != MULERR_OK ||
              mulerr_theory_enumerate(&c, z.have, &q) != MULERR_OK || !(z.have & BIT(MULERR_THEORY_E))) {
            bad++;
            continue;
          }
          for (mt = 0; mt < MULERR_THEORY_NMETRIC; mt++)
            if (z.have & BIT(mt)) {
              n++;
              if (!mpq_equal(q.v[mt], z.v[mt]) && bad++ < 5)
                gmp_printf("# %s %s: closed %Qd, enumerated %Qd\n", cfg_text(&c),
                           mulerr_theory_metric_name(mt), z.v[mt], q.v[mt]);
            }
        }
      }
      ok(bad == 0, "%s m=%d: closed form == enumeration exactly, k = 1..%d%s (%d values)",
         mulerr_theory_method_name(method), m, m,
         method == LMUL || method == EQ1 ? ", l = 1..8" : "", n);
    }
  }
  /* m -> infinity: every closed form is a polynomial in the moments, which move by O(2^-m). */
  for (method = TRUNC; method <= MITCHELL; method++) {
    int bad = 0;
    for (k = 1; k <= 12; k++) {
      mulerr_theory_cfg cf = cfg(method, 60, k, MULERR_THEORY_L_DEFAULT, 0);
      mulerr_theory_cfg ci = cfg(method, MULERR_THEORY_M_INF, k, MULERR_THEORY_L_DEFAULT, 0);
      mulerr_theory_closed(&cf, ALL, &q);
      mulerr_theory_closed(&ci, ALL, &z);
      for (mt = 0; mt < MULERR_THEORY_NMETRIC; mt++)
        if (z.have & BIT(mt)) {
          mpq_t d;
          mpq_init(d);
          mpq_sub(d, q.v[mt], z.v[mt]);
          mpq_abs(d, d);
          mpq_mul_2exp(d, d, 56);
          if (q.have != z.have || mpq_cmp_ui(d, 1, 1) > 0) bad++;
          mpq_clear(d);
        }
    }
    ok(bad == 0, "%s: closed form at m = 60 is within 2^-56 of m = infinity, k = 1..12",
       mulerr_theory_method_name(method));
  }
  mulerr_theory_q_clear(&q);
  mulerr_theory_q_clear(&z);
}

/* ------------------------------------------------------------ 5. closed forms vs integral */

static void closed_vs_integral(void) {
  int method, k, l, mt;
  mulerr_theory_q z;
  mulerr_theory_d d;
  mulerr_theory_q_init(&z);
  for (method = TRUNC; method <= MITCHELL; method++) {
    int bad = 0, n = 0;
    double worst = 0;
    for (k = 1; k <= 6; k++) {
      const int lmax = method == LMUL || method == EQ1 ? 8 : 0;
      for (l = lmax ? 1 : 0; l <= lmax; l++) {
        mulerr_theory_cfg c = cfg(method, MULERR_THEORY_M_INF, k, l, 0);
        mulerr_theory_closed(&c, ALL, &z);
        if (mulerr_theory_integrate(&c, z.have, &d) != MULERR_OK) {
          if (bad++ < 5) diag("%s: %s", cfg_text(&c), mulerr_errmsg());
          continue;
        }
        for (mt = 0; mt < MULERR_THEORY_NMETRIC; mt++)
          if (z.have & BIT(mt)) {
            const double want = mpq_get_d(z.v[mt]), diff = fabs(d.v[mt] - want);
            const double tol = 1e-10 * fabs(want) + 1e-13;
            n++;
            if (diff / tol > worst) worst = diff / tol;
            if ((diff > tol || d.err[mt] > tol) && bad++ < 5)
              diag("%s %s: closed %.17g, integral %.17g +- %.2g", cfg_text(&c),
                   mulerr_theory_metric_name(mt), want, d.v[mt], d.err[mt]);
          }
      }
    }
    ok(bad == 0, "%s m=inf: GSL integral == closed form within 1e-10 rel + 1e-13 abs, k = 1..6%s "
       "(%d values; worst %.2g of the tolerance)", mulerr_theory_method_name(method),
       method == LMUL || method == EQ1 ? ", l = 1..8" : "", n, worst);
  }
  mulerr_theory_q_clear(&z);
}

/* The relative metrics at m = infinity have no rational closed form, but for float the
 * operands are independent and r = (X~/X)(Y~/Y) - 1, so E[r] = E[X~/X]^2 - 1 with the 1-D
 *     E[X~/X] = sum over cells [lo, hi) of value v:  v ln((1 + hi)/(1 + lo))
 * (float-trunc: cells [a/N, (a+1)/N), v = 1 + a/N; float-rne: [(a - 1/2)/N, (a + 1/2)/N)
 * clipped, v = 1 + a/N).  And where e <= 0 for every pair (float-trunc, mitchell) E|r| = -E[r]
 * and E|e| = -E[e]: a check of the kink handling of |.| in integrate.c. */
static void relative_integrals(void) {
  int method, k, bad = 0, n = 0;
  double worst = 0;
  for (method = TRUNC; method <= MITCHELL; method++) {
    if (method == LMUL || method == EQ1) continue;
    for (k = 1; k <= 6; k++) {
      mulerr_theory_cfg c = cfg(method, MULERR_THEORY_M_INF, k, 0, 0);
      mulerr_theory_d d;
      const int nn = 1 << k;
      int a;
      double s = 0;
      if (mulerr_theory_integrate(&c, ALL, &d) != MULERR_OK) {
        bad++;
        continue;
      }
      if (method != MITCHELL) {
        double want, tol;
        for (a = 0; a <= nn; a++) {
          double lo = method == TRUNC ? (double)a / nn : a == 0 ? 0 : (a - 0.5) / nn;
          double hi = method == TRUNC ? (a + 1.0) / nn : a == nn ? 1 : (a + 0.5) / nn;
          if (method == TRUNC && a == nn) break;
          s += (1 + (double)a / nn) * log1p((hi - lo) / (1 + lo));
        }
        want = s * s - 1, tol = 1e-10 * fabs(want) + 1e-14;
        n++;
        if (fabs(d.v[MULERR_THEORY_R] - want) / tol > worst) worst = fabs(d.v[MULERR_THEORY_R] - want) / tol;
        if (fabs(d.v[MULERR_THEORY_R] - want) > tol && bad++ < 5)
          diag("%s: integral E[r] %.17g, 1-D form %.17g", cfg_text(&c), d.v[MULERR_THEORY_R], want);
      }
      if (method != RNE) {
        n += 2;
        if ((fabs(d.v[MULERR_THEORY_AR] + d.v[MULERR_THEORY_R]) > 1e-10 * d.v[MULERR_THEORY_AR] ||
             fabs(d.v[MULERR_THEORY_AE] + d.v[MULERR_THEORY_E]) > 1e-10 * d.v[MULERR_THEORY_AE]) &&
            bad++ < 5)
          diag("%s: E|r| %.17g, E[r] %.17g, E|e| %.17g, E[e] %.17g", cfg_text(&c), d.v[MULERR_THEORY_AR],
               d.v[MULERR_THEORY_R], d.v[MULERR_THEORY_AE], d.v[MULERR_THEORY_E]);
      }
    }
  }
  ok(bad == 0, "m=inf, k = 1..6: float's integral E[r] == E[X~/X]^2 - 1 (1-D log form) within 1e-10 "
     "rel; E|r| = -E[r], E|e| = -E[e] for float-trunc and mitchell (%d values; worst %.2g of the tolerance)",
     n, worst);
}

/* ------------------------------------------------------------ 6. enumeration -> integral */

/* How far the mean over the 2^-m grid may be from the integral.  The grid mean is the
 * average of g at the lower-left corners of the h x h squares (h = 2^-m).  Where g is
 * Lipschitz on a square with constants Lx, Ly, |g(corner) - mean of g on the square|
 * <= (Lx + Ly) h / 2 (the mean of |x - x0| over the square is h/2).  For the rational
 * methods every cell edge (a/N; (a +- 1/2)/N for rne) is on the grid, so each square lies in
 * one cell, where A is constant and
 *     |de/dx| = 1 + y <= 2,  |d(e^2)/dx| <= 4 emax,  |dr/dx| = A/(P(1 + x)) <= rhomax,
 * giving 2h for E[e] and E|e|, 4 emax h for E[e^2], rhomax h for E[r], E|r| (emax = sup|e|,
 * rhomax = sup A/P).  Two further terms where a sample is assigned to a cell other than
 * its square's:
 *   rne: a tie sample (a + 1/2)/N rounds to even a while its square lies in cell a + 1: for
 *     a even, N/2 columns (and rows) of width h, across which A changes by at most
 *     (1 + y)/N <= 2/N: at most 2 (N/2) h (2/N) = 2h for e and r, 2h 2 emax for e^2;
 *   lns: the cell edges 2^((n + 1/2)/F) - 1 are not on the grid: each of the F edges per
 *     axis puts one column of width h on the wrong side, A jumps by at most
 *     J = 4 (2^(1/F) - 1): at most 2 F h J for e and r (P >= 1), 2 F h J 2 emax for e^2.
 * emax and rhomax are computed from the cells' corners: on a cell, e = A - P and A/P
 * decrease in x and y, so their extremes are at the lower-left and upper-right corners. */
static void cell_edges(const mulerr_theory_cfg *c, long code, double *lo, double *hi) {
  const int n = c->method == LNS ? 1 << c->f : 1 << c->k;
  if (c->method == LNS) {
    *lo = code == 0 ? 0 : exp2((code - 0.5) / n) - 1;
    *hi = code == n ? 1 : exp2((code + 0.5) / n) - 1;
  } else if (c->method == RNE) {
    *lo = code == 0 ? 0 : (code - 0.5) / n;
    *hi = code == n ? 1 : (code + 0.5) / n;
  } else
    *lo = (double)code / n, *hi = (code + 1.0) / n;
}

static void tolerances(const mulerr_theory_cfg *c, int m, double tol[MULERR_THEORY_NMETRIC]) {
  const long ncode = c->method == LNS ? (1L << c->f) + 1 : c->method == RNE ? (1L << c->k) + 1 : 1L << c->k;
  const double h = ldexp(1.0, -m);
  const int q = mulerr_theory_scale(c);
  double emax = 0, rhomax = 0, jump_e = 0, jump_r = 0, jump_e2;
  long cx, cy;
  for (cx = 0; cx < ncode; cx++)
    for (cy = 0; cy < ncode; cy++) {
      double xl, xh, yl, yh, a;
      cell_edges(c, cx, &xl, &xh);
      cell_edges(c, cy, &yl, &yh);
      a = c->method == LNS ? exp2((double)(cx + cy) / (1 << c->f))
                           : ldexp((double)mulerr_theory_approx_scaled(c, cx, cy, q), -q);
      emax = fmax(emax, fmax(fabs(a - (1 + xl) * (1 + yl)), fabs(a - (1 + xh) * (1 + yh))));
      rhomax = fmax(rhomax, a / ((1 + xl) * (1 + yl)));
    }
  emax *= 1 + 1e-12, rhomax *= 1 + 1e-12; /* the double rounding above */
  if (c->method == RNE) jump_e = jump_r = 2 * h;
  if (c->method == LNS) jump_e = jump_r = 2 * (1 << c->f) * h * 4 * (exp2(1.0 / (1 << c->f)) - 1);
  jump_e2 = jump_e * 2 * emax;
  tol[MULERR_THEORY_E] = tol[MULERR_THEORY_AE] = 2 * h + jump_e;
  tol[MULERR_THEORY_E2] = 4 * emax * h + jump_e2;
  tol[MULERR_THEORY_R] = tol[MULERR_THEORY_AR] = rhomax * h + jump_r;
}

static void enumeration_vs_integral(void) {
  static const struct { int method, m, k, l, f; } t[] = {
      {TRUNC, 12, 4, 0, 0}, {RNE, 12, 4, 0, 0}, {LMUL, 12, 3, -1, 0}, {LMUL, 12, 5, -1, 0},
      {EQ1, 12, 3, 3, 0},   {MITCHELL, 12, 3, 0, 0}, {LMUL, 12, 2, 1, 0},
      {LNS, 10, 0, 0, 2},   {LNS, 10, 0, 0, 4},
  };
  size_t i;
  int mt;
  mulerr_theory_q q;
  mulerr_theory_fr fr;
  mulerr_theory_d d;
  mulerr_theory_q_init(&q);
  mulerr_theory_fr_init2(&fr, 256);
  for (i = 0; i < sizeof t / sizeof t[0]; i++) {
    mulerr_theory_cfg c = cfg(t[i].method, t[i].m, t[i].k, t[i].l, t[i].f);
    mulerr_theory_cfg ci = cfg(t[i].method, MULERR_THEORY_M_INF, t[i].k, t[i].l, t[i].f);
    double tol[MULERR_THEORY_NMETRIC], v[MULERR_THEORY_NMETRIC], worst = 0;
    int bad = 0, rc;
    mulerr_theory_prepare(&c);
    mulerr_theory_prepare(&ci);
    rc = t[i].method == LNS ? mulerr_theory_enumerate_fr(&c, ALL, &fr) : mulerr_theory_enumerate(&c, ALL, &q);
    if (rc != MULERR_OK || mulerr_theory_integrate(&ci, ALL, &d) != MULERR_OK) {
      ok(0, "%s: enumerate and integrate run (%s)", cfg_text(&c), mulerr_errmsg());
      continue;
    }
    tolerances(&ci, c.m, tol);
    for (mt = 0; mt < MULERR_THEORY_NMETRIC; mt++) {
      const double g = t[i].method == LNS ? mpfr_get_d(fr.v[mt], MPFR_RNDN) : mpq_get_d(q.v[mt]);
      v[mt] = g - d.v[mt];
      if (fabs(v[mt]) / tol[mt] > worst) worst = fabs(v[mt]) / tol[mt];
      if (!(fabs(v[mt]) <= tol[mt] + 1e-12)) bad++;
    }
    ok(bad == 0, "%s: |enumerated - integral (m = inf)| within the O(2^-m) bound (worst %.2f of it)",
       cfg_text(&c), worst);
    for (mt = 0; mt < MULERR_THEORY_NMETRIC; mt++)
      diag("  %-6s enum - integral = %+.3e  (bound %.3e; integral %.12g)", mulerr_theory_metric_name(mt),
           v[mt], tol[mt], d.v[mt]);
  }
  mulerr_theory_q_clear(&q);
  mulerr_theory_fr_clear(&fr);
}

/* ------------------------------------------------------------ 7. MPFR enumeration */

static void mpfr_enumeration(void) {
  static const struct { int method, m, k, l; } t[] = {
      {TRUNC, 7, 3, 0}, {RNE, 7, 2, 0}, {LMUL, 7, 3, -1}, {LMUL, 7, 4, 1}, {EQ1, 7, 5, 2},
      {MITCHELL, 7, 6, 0}, {LMUL, 10, 5, -1},
  };
  size_t i;
  int mt, f;
  mulerr_theory_q q;
  mulerr_theory_fr fr;
  mpfr_t d, s;
  mulerr_theory_q_init(&q);
  mulerr_theory_fr_init2(&fr, 256);
  mpfr_inits2(256, d, s, (mpfr_ptr)0);
  /* Rational methods: MPFR at 256 bits within 2^-240 E|.| of the exact rationals. */
  for (i = 0; i < sizeof t / sizeof t[0]; i++) {
    mulerr_theory_cfg c = cfg(t[i].method, t[i].m, t[i].k, t[i].l, 0);
    int bad = 0;
    mulerr_theory_prepare(&c);
    mulerr_theory_enumerate(&c, ALL, &q);
    mulerr_theory_enumerate_fr(&c, ALL, &fr);
    for (mt = 0; mt < MULERR_THEORY_NMETRIC; mt++) {
      const int ref = mt == MULERR_THEORY_E ? MULERR_THEORY_AE : mt == MULERR_THEORY_R ? MULERR_THEORY_AR : mt;
      mpfr_sub_q(d, fr.v[mt], q.v[mt], MPFR_RNDN);
      mpfr_abs(d, d, MPFR_RNDN);
      mpfr_set_q(s, q.v[ref], MPFR_RNDN);
      mpfr_mul_2si(s, s, -240, MPFR_RNDN);
      if (mpfr_cmp(d, s) > 0) bad++;
    }
    ok(bad == 0, "%s: MPFR enumeration within 2^-240 of the rational one, all metrics", cfg_text(&c));
  }
  /* LNS: the operands are independent, so E[e] = E[V]^2 - E[X]^2 and E[r] = E[V/X]^2 - 1 with
   * V = 2^(L), L = RNE(2^f log2 X) 2^-f, written here from the definition. */
  for (f = 0; f <= 5; f++) {
    const int m = 8;
    const unsigned long n = 1ul << m;
    mulerr_theory_cfg c = cfg(LNS, m, 0, 0, f);
    mpfr_t x, v, ev, evx, ex, tmp[3];
    unsigned long i2;
    int bad = 0;
    mpfr_inits2(256, x, v, ev, evx, ex, tmp[0], tmp[1], tmp[2], (mpfr_ptr)0);
    mpfr_set_ui(ev, 0, MPFR_RNDN);
    mpfr_set_ui(evx, 0, MPFR_RNDN);
    mpfr_set_ui(ex, 0, MPFR_RNDN);
    for (i2 = 0; i2 < n; i2++) {
      mpfr_set_ui(x, n + i2, MPFR_RNDN);
      mpfr_div_2ui(x, x, m, MPFR_RNDN); /* X */
      mpfr_log2(v, x, MPFR_RNDN);
      mpfr_mul_2ui(v, v, f, MPFR_RNDN);
      mpfr_rint(v, v, MPFR_RNDN);
      if (mpfr_get_si(v, MPFR_RNDN) != mulerr_theory_code(&c, i2, tmp)) bad++;
      mpfr_div_2ui(v, v, f, MPFR_RNDN);
      mpfr_exp2(v, v, MPFR_RNDN); /* V */
      mpfr_add(ev, ev, v, MPFR_RNDN);
      mpfr_add(ex, ex, x, MPFR_RNDN);
      mpfr_div(v, v, x, MPFR_RNDN);
      mpfr_add(evx, evx, v, MPFR_RNDN);
    }
    mpfr_div_2ui(ev, ev, m, MPFR_RNDN);
    mpfr_div_2ui(ex, ex, m, MPFR_RNDN);
    mpfr_div_2ui(evx, evx, m, MPFR_RNDN);
    mpfr_sqr(ev, ev, MPFR_RNDN);
    mpfr_sqr(ex, ex, MPFR_RNDN);
    mpfr_sub(ev, ev, ex, MPFR_RNDN);  /* E[e] */
    mpfr_sqr(evx, evx, MPFR_RNDN);
    mpfr_sub_ui(evx, evx, 1, MPFR_RNDN); /* E[r] */
    mulerr_theory_enumerate_fr(&c, ALL, &fr);
    /* |difference| <= 2^-230 E|e| (resp. E|r|): far above 256-bit rounding, far below anything else */
    mpfr_sub(d, fr.v[MULERR_THEORY_E], ev, MPFR_RNDN);
    mpfr_mul_2si(s, fr.v[MULERR_THEORY_AE], -230, MPFR_RNDN);
    if (mpfr_cmpabs(d, s) > 0) bad++;
    mpfr_sub(d, fr.v[MULERR_THEORY_R], evx, MPFR_RNDN);
    mpfr_mul_2si(s, fr.v[MULERR_THEORY_AR], -230, MPFR_RNDN);
    if (mpfr_cmpabs(d, s) > 0) bad++;
    ok(bad == 0, "lns m=%d f=%d: codes == RNE(2^f log2 X); enumerated E[e], E[r] == separable "
       "E[V]^2 - E[X]^2, E[V/X]^2 - 1 (to 2^-230 E|.|)", m, f);
    mpfr_clears(x, v, ev, evx, ex, tmp[0], tmp[1], tmp[2], (mpfr_ptr)0);
  }
  mpfr_clears(d, s, (mpfr_ptr)0);
  mulerr_theory_q_clear(&q);
  mulerr_theory_fr_clear(&fr);
}

/* LNS's integral against 1-D forms: with cells [lo_n, hi_n) of value V = 2^(n/F),
 * E[V] = sum_n 2^(n/F) (hi_n - lo_n), E[V/X] = sum_n 2^(n/F) ln((1 + hi_n)/(1 + lo_n)),
 * E[e] = E[V]^2 - 9/4, E[r] = E[V/X]^2 - 1. */
static void lns_integral(void) {
  int f;
  for (f = 0; f <= 6; f++) {
    mulerr_theory_cfg c = cfg(LNS, MULERR_THEORY_M_INF, 0, 0, f);
    mulerr_theory_d d;
    double ev = 0, evx = 0, we, wr;
    long n;
    for (n = 0; n <= (1L << f); n++) {
      double lo, hi;
      cell_edges(&c, n, &lo, &hi);
      ev += exp2((double)n / (1 << f)) * (hi - lo);
      evx += exp2((double)n / (1 << f)) * log((1 + hi) / (1 + lo));
    }
    we = ev * ev - 2.25, wr = evx * evx - 1;
    if (mulerr_theory_integrate(&c, BIT(MULERR_THEORY_E) | BIT(MULERR_THEORY_R), &d) != MULERR_OK)
      d.v[MULERR_THEORY_E] = d.v[MULERR_THEORY_R] = NAN;
    ok(fabs(d.v[MULERR_THEORY_E] - we) <= 1e-12 && fabs(d.v[MULERR_THEORY_R] - wr) <= 1e-12,
       "lns m=inf f=%d: integral E[e] = %.15g, E[r] = %.15g match the 1-D forms %.15g, %.15g", f,
       d.v[MULERR_THEORY_E], d.v[MULERR_THEORY_R], we, wr);
  }
}

/* ------------------------------------------------------------ 8. the library */

/* libmulerr's method and configuration for a theory configuration (NULL: not in the library). */
static const mulerr_method *lib_method(const mulerr_theory_cfg *c, mulerr_method_cfg *mc,
                                       const mulerr_format *src) {
  const mulerr_method *m;
  memset(mc, 0, sizeof *mc);
  mc->source = src;
  mc->k = c->k;
  mc->l = c->l ? c->l : MULERR_L_DEFAULT;
  mc->rounding = MULERR_ROUNDING_DEFAULT;
  switch (c->method) {
  case TRUNC: m = mulerr_method_find("float"), mc->rounding = MULERR_RTZ; break;
  case RNE: m = mulerr_method_find("float"), mc->rounding = MULERR_RNE; break;
  case LMUL: m = mulerr_method_find("lmul"); break;
  case MITCHELL: m = mulerr_method_find("mitchell"); break;
  default: return NULL;
  }
  if (mulerr_method_prepare(m, mc) != MULERR_OK) return NULL;
  return m;
}

/* The library's multiply == the theory's approximation, on every operand pair of src. */
static void library_pairs(const char *src_name, const mulerr_theory_cfg *c0) {
  const mulerr_format *src = mulerr_format_find(src_name);
  mulerr_theory_cfg c = *c0;
  mulerr_method_cfg mc;
  const mulerr_method *m;
  const uint64_t n = UINT64_C(1) << src->mbits;
  double *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b), *out = malloc(n * sizeof *out);
  uint64_t i, j, bad = 0;
  int q;
  c.m = src->mbits;
  mulerr_theory_prepare(&c);
  m = lib_method(&c, &mc, src);
  q = mulerr_theory_scale(&c);
  for (i = 0; i < n; i++) b[i] = 1 + ldexp((double)i, -src->mbits);
  for (i = 0; i < n; i++) {
    const long ci = mulerr_theory_code(&c, i, NULL);
    for (j = 0; j < n; j++) a[j] = b[i];
    m->mul(&mc, n, a, b, out);
    for (j = 0; j < n; j++) {
      const double want = ldexp((double)mulerr_theory_approx_scaled(&c, ci, mulerr_theory_code(&c, j, NULL), q), -q);
      if (out[j] != want && bad++ < 3)
        diag("%s: %a * %a: library %a, theory %a", cfg_text(&c), a[j], b[j], out[j], want);
    }
  }
  ok(m && bad == 0, "%s on %s: the library's multiply == the theory's approx on all %llu pairs",
     cfg_text(&c), src_name, (unsigned long long)(n * n));
  free(a);
  free(b);
  free(out);
}

/* mulerr_eval's sampled metrics within 4 standard errors of the exact expectation. */
static int library_sampled(const char *src_name, const mulerr_theory_cfg *c0, uint64_t samples,
                           double *worst) {
  const mulerr_format *src = mulerr_format_find(src_name);
  mulerr_theory_cfg c = *c0;
  mulerr_point p;
  mulerr_metrics mt;
  mulerr_theory_q q;
  int bad = 0, i;
  c.m = src->mbits;
  mulerr_theory_prepare(&c);
  memset(&p, 0, sizeof p);
  p.method = lib_method(&c, &p.cfg, src);
  mulerr_dist_parse("uniform-mantissa", &p.dist_a);
  mulerr_dist_parse("uniform-mantissa", &p.dist_b);
  p.samples = samples;
  p.seed = 20241015;
  p.reference = MULERR_REF_AUTO;
  mulerr_theory_q_init(&q);
  if (!p.method || mulerr_eval(&p, &mt, NULL, NULL, NULL) != MULERR_OK ||
      mulerr_theory_enumerate(&c, ALL, &q) != MULERR_OK) {
    diag("%s: %s", cfg_text(&c), mulerr_errmsg());
    mulerr_theory_q_clear(&q);
    mulerr_dist_close(&p.dist_a);
    mulerr_dist_close(&p.dist_b);
    return 1;
  }
  {
    const double got[] = {mt.bias, mt.mae, mt.mse, mt.mean_rel, mt.mre};
    const double se[] = {mt.bias_se, mt.mae_se, mt.mse_se, mt.mean_rel_se, mt.mre_se};
    for (i = 0; i < MULERR_THEORY_NMETRIC; i++) {
      const double want = mpq_get_d(q.v[i]), z = se[i] > 0 ? fabs(got[i] - want) / se[i] : 0;
      const int fail = se[i] > 0 ? z > 4 : got[i] != want; /* se = 0: every sample equal */
      if (z > *worst) *worst = z;
      if (fail) {
        bad++;
        diag("%s on %s: %s sampled %.10g +- %.3g, exact %.17g (%.2f se)", cfg_text(&c), src_name,
             mulerr_theory_metric_name(i), got[i], se[i], want, z);
      }
    }
  }
  mulerr_theory_q_clear(&q);
  mulerr_dist_close(&p.dist_a);
  mulerr_dist_close(&p.dist_b);
  return bad;
}

static void library_checks(void) {
  static const int methods[] = {TRUNC, RNE, LMUL, MITCHELL};
  static const int fp16_k[] = {1, 2, 3, 4, 5, 7, 9, 10};
  size_t im, ik;
  int k, l;
  for (im = 0; im < 4; im++) {
    const int method = methods[im];
    for (k = 1; k <= 7; k++) {
      if (method == LMUL)
        for (l = 1; l <= 8; l++) {
          mulerr_theory_cfg c = cfg(method, 7, k, l, 0);
          library_pairs("bf16", &c);
        }
      else {
        mulerr_theory_cfg c = cfg(method, 7, k, 0, 0);
        library_pairs("bf16", &c);
      }
    }
    {
      mulerr_theory_cfg c = cfg(method, 10, 4, MULERR_THEORY_L_DEFAULT, 0);
      library_pairs("fp16", &c);
    }
  }
  for (im = 0; im < 4; im++) {
    const int method = methods[im];
    int bad = 0, n = 0;
    double worst = 0;
    for (k = 1; k <= 7; k++) {
      mulerr_theory_cfg c = cfg(method, 7, k, MULERR_THEORY_L_DEFAULT, 0);
      bad += library_sampled("bf16", &c, 200000, &worst), n++;
    }
    for (ik = 0; ik < sizeof fp16_k / sizeof fp16_k[0]; ik++) {
      mulerr_theory_cfg c = cfg(method, 10, fp16_k[ik], MULERR_THEORY_L_DEFAULT, 0);
      bad += library_sampled("fp16", &c, 200000, &worst), n++;
    }
    ok(bad == 0, "%s: mulerr_eval (2e5 samples, seed 20241015) within 4 se of the exact "
       "enumeration, 5 metrics, bf16 k = 1..7, fp16 %d k's (%d points; largest |z| %.2f)",
       mulerr_theory_method_name(method), (int)(sizeof fp16_k / sizeof fp16_k[0]), n, worst);
  }
}

/* ------------------------------------------------------------ argument checks */

static void bad_arguments(void) {
  mulerr_theory_q q;
  mulerr_theory_d d;
  mulerr_theory_cfg c;
  mulerr_theory_q_init(&q);
  c = cfg(TRUNC, 4, 5, 0, 0);
  ok(mulerr_theory_closed(&c, ALL, &q) == MULERR_EINVAL, "k > m is refused");
  c = cfg(TRUNC, 4, 0, 0, 0);
  ok(mulerr_theory_closed(&c, ALL, &q) == MULERR_EINVAL, "k = 0 is refused");
  c = cfg(LMUL, 4, 2, 31, 0);
  ok(mulerr_theory_closed(&c, ALL, &q) == MULERR_EINVAL, "l = 31 is refused");
  c = cfg(LNS, 4, 0, 0, 0);
  ok(mulerr_theory_enumerate(&c, ALL, &q) == MULERR_EINVAL, "rational enumeration of lns is refused");
  c = cfg(TRUNC, 15, 3, 0, 0);
  ok(mulerr_theory_enumerate(&c, ALL, &q) == MULERR_EINVAL, "enumeration at m = 15 is refused");
  c = cfg(TRUNC, 8, 3, 0, 0);
  ok(mulerr_theory_integrate(&c, ALL, &d) == MULERR_EINVAL, "integration at finite m is refused");
  c = cfg(LMUL, 4, 2, MULERR_THEORY_L_DEFAULT, 0);
  ok(mulerr_theory_prepare(&c) == MULERR_OK && c.l == 2, "default l(2) = 2 resolved by prepare");
  mulerr_theory_q_clear(&q);
}

/* The paper's reconstructed formula (paper.c): the numbers the paper states, and agreement
 * with the exact closed forms of this module, which identifies the variant it describes:
 * f1 + f2 = -E[e] of LMUL_EQ1 and f1 = -E[e] of FLOAT_TRUNC (to double rounding), while
 * LMUL (integer adder) and MITCHELL differ. */
static void paper_formula(void) {
  static const int ms[] = {7, 10, 23};
  size_t i;
  int k, bad = 0, differs = 0, n = 0;
  ok(fabs(mulerr_paper_f1(23, 3) + mulerr_paper_f2(3, 3) - 0.25) < 5e-7, "paper: m = 23, k = 3 L-Mul: %.7f (stated 0.25)",
     mulerr_paper_f1(23, 3) + mulerr_paper_f2(3, 3));
  ok(fabs(mulerr_paper_f1(23, 2) - 0.359) < 5e-4, "paper: m = 23, k = 2 float: %.6f (stated 0.359)", mulerr_paper_f1(23, 2));
  ok(fabs(mulerr_paper_f1(23, 4) + mulerr_paper_f2(4, 3) - 0.1875) < 5e-7, "paper: m = 23, k = 4 L-Mul (l = 3): %.7f (stated 0.1875)",
     mulerr_paper_f1(23, 4) + mulerr_paper_f2(4, 3));
  ok(fabs(mulerr_paper_f1(23, 3) - 0.1836) < 5e-5, "paper: m = 23, k = 3 float: %.6f (stated 0.1836)", mulerr_paper_f1(23, 3));
  for (i = 0; i < sizeof ms / sizeof *ms; i++)
    for (k = 1; k <= 8 && k <= ms[i]; k++) {
      mulerr_theory_cfg c = {MULERR_THEORY_LMUL_EQ1, ms[i], k, MULERR_THEORY_L_DEFAULT, 0};
      mulerr_theory_q q;
      const int l = mulerr_lmul_default_l(k);
      double eq1, tr, lm;
      mulerr_theory_q_init(&q);
      mulerr_theory_closed(&c, MULERR_THEORY_BIT(MULERR_THEORY_E), &q);
      eq1 = -mpq_get_d(q.v[MULERR_THEORY_E]);
      c.method = MULERR_THEORY_FLOAT_TRUNC, c.l = 0;
      mulerr_theory_closed(&c, MULERR_THEORY_BIT(MULERR_THEORY_E), &q);
      tr = -mpq_get_d(q.v[MULERR_THEORY_E]);
      c.method = MULERR_THEORY_LMUL, c.l = MULERR_THEORY_L_DEFAULT;
      mulerr_theory_closed(&c, MULERR_THEORY_BIT(MULERR_THEORY_E), &q);
      lm = -mpq_get_d(q.v[MULERR_THEORY_E]);
      mulerr_theory_q_clear(&q);
      n++;
      if (fabs(mulerr_paper_f1(ms[i], k) + mulerr_paper_f2(k, l) - eq1) > 1e-15 || fabs(mulerr_paper_f1(ms[i], k) - tr) > 1e-15) {
        if (bad++ < 3)
          diag("m = %d, k = %d: f1 + f2 = %.17g, -E[e] lmul-eq1 %.17g; f1 = %.17g, -E[e] float-trunc %.17g", ms[i], k,
               mulerr_paper_f1(ms[i], k) + mulerr_paper_f2(k, l), eq1, mulerr_paper_f1(ms[i], k), tr);
      }
      differs += fabs(mulerr_paper_f1(ms[i], k) + mulerr_paper_f2(k, l) - lm) > 1e-6;
    }
  ok(bad == 0, "paper: f1 + f2 = -E[e] of lmul-eq1 and f1 = -E[e] of truncated float (closed forms) at all %d (m, k)", n);
  ok(differs >= n / 2, "paper: f1 + f2 is not lmul's (integer adder) -E[e] (%d of %d differ)", differs, n);
}

int main(void) {
  paper_formula();
  hand_values();
  zero_at_full_width();
  naive_bruteforce();
  closed_vs_enumeration();
  closed_vs_integral();
  relative_integrals();
  enumeration_vs_integral();
  mpfr_enumeration();
  lns_integral();
  library_checks();
  bad_arguments();
  return tap_done();
}
