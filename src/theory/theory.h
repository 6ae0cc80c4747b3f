/* theory.h — expected errors of cheap multipliers under uniform mantissas (internal header).
 *
 * The setting is the L-Mul paper's error analysis (Luo & Sun, "Addition is All You Need for
 * Energy-efficient Language Models", arXiv 2410.00907, Section 2.3 and Appendix A), re-derived
 * here because the paper's text is not at hand: an operand is
 *
 *     x = 1 + x_m,   x_m = i 2^-m,   i uniform on {0, ..., 2^m - 1},
 *
 * exponent 0, the two operands independent and identically distributed.  With k <= m kept
 * mantissa bits, x_m = x_k + x_r where x_k = floor(x_m 2^k) 2^-k holds the top k bits and
 * x_r = x_m - x_k the remaining r = m - k.  The exact product is P = (1 + x_m)(1 + y_m).
 * m = MULERR_THEORY_M_INF is the continuous limit (x_m uniform on [0, 1)).
 *
 * Error convention (that of mulerr, see mulerr.h): e = approx - exact.  The paper writes
 * exact - approx; every signed quantity here is the negative of the paper's.  r = e / P.
 *
 * The methods, exactly as libmulerr defines them (src/methods/float.c, lmul.c, lmul_eq1.c,
 * mitchell.c, lns.c):
 *   FLOAT_TRUNC  approx = (1 + x_k)(1 + y_k)                                (float, --rounding trunc)
 *   FLOAT_RNE    each operand rounded to k bits, to nearest, ties to even (1 + x_m may become
 *                2.0); approx = the product of the rounded operands              (float, default)
 *   LMUL         s = x_k + y_k + 2^-l, c = floor(s) in {0, 1, 2}; approx = (1 + s - c) 2^c: the
 *                carry goes into the exponent (the integer-adder form of lmul.c)  (lmul, default)
 *   LMUL_EQ1     approx = 1 + x_k + y_k + 2^-l literally, no renormalisation of the carry
 *                (the paper's Equation 1)                                      (lmul-eq1)
 *   MITCHELL     LMUL with no 2^-l term                                    (mitchell, default)
 *   LNS          a logarithmic number system: log2 x rounded to nearest (ties to even; there
 *                are none but x = 1) on the grid 2^-f; approx = 2^(Lx + Ly)          (lns)
 * The default offset is l(k) = mulerr_lmul_default_l(k).
 *
 * Three independent computations of the five metrics E[e], E|e|, E[e^2], E[r], E|r|:
 *   closed.c     closed forms derived by hand (exact rationals), where they exist;
 *   enumerate.c  exact enumeration of all 2^m x 2^m operand pairs: GMP rationals for the
 *                rational methods, MPFR (any method, and the only way for LNS);
 *   integrate.c  the continuous limit by GSL adaptive quadrature over the unit square.
 * tests/unit/t_theory.c checks them against each other and against mulerr_eval().
 */
#ifndef MULERR_THEORY_H
#define MULERR_THEORY_H

#include "mulerr.h"

#include <gmp.h>
#include <mpfr.h>
#include <stdint.h>

typedef enum mulerr_theory_method {
  MULERR_THEORY_FLOAT_TRUNC = 0,
  MULERR_THEORY_FLOAT_RNE,
  MULERR_THEORY_LMUL,
  MULERR_THEORY_LMUL_EQ1,
  MULERR_THEORY_MITCHELL,
  MULERR_THEORY_LNS,
  MULERR_THEORY_METHOD_COUNT
} mulerr_theory_method;

/* "float-trunc", "float-rne", "lmul", "lmul-eq1", "mitchell", "lns"; NULL if out of range. */
const char *mulerr_theory_method_name(mulerr_theory_method m);

/* The metrics, as indices into the value arrays below and as bits of a `want` mask. */
enum {
  MULERR_THEORY_E = 0, /* E[e]    signed mean error (mulerr's bias) */
  MULERR_THEORY_AE,    /* E|e|    mean absolute error (mae) */
  MULERR_THEORY_E2,    /* E[e^2]  mean squared error (mse) */
  MULERR_THEORY_R,     /* E[r]    mean relative error (mean_rel) */
  MULERR_THEORY_AR,    /* E|r|    mean absolute relative error (mre) */
  MULERR_THEORY_NMETRIC
};
#define MULERR_THEORY_BIT(i) (1u << (i))
#define MULERR_THEORY_ALL ((1u << MULERR_THEORY_NMETRIC) - 1)
/* "E[e]", "E|e|", "E[e^2]", "E[r]", "E|r|"; NULL if out of range. */
const char *mulerr_theory_metric_name(int metric);

#define MULERR_THEORY_M_INF (-1)  /* m = infinity: the continuous limit */
#define MULERR_THEORY_L_DEFAULT (-1) /* l = mulerr_lmul_default_l(k) */
#define MULERR_THEORY_MAX_M 60    /* closed forms: 1 <= m <= this, or M_INF */
#define MULERR_THEORY_MAX_ENUM_M 14 /* enumeration: m <= this (4^14 pairs) */
#define MULERR_THEORY_MAX_K 30    /* as libmulerr's l; k <= m as well */
#define MULERR_THEORY_MAX_L 30    /* libmulerr's range of l */
#define MULERR_THEORY_MAX_F 20    /* LNS fractional bits */

/* One configuration. */
typedef struct mulerr_theory_cfg {
  mulerr_theory_method method;
  int m; /* source mantissa bits, >= 1 (>= 0 for LNS), or MULERR_THEORY_M_INF */
  int k; /* kept mantissa bits, 1 <= k <= m; ignored (set to 0) for LNS */
  int l; /* offset exponent of LMUL and LMUL_EQ1, 1..30 or MULERR_THEORY_L_DEFAULT;
          * set to 0 for the other methods */
  int f; /* fractional bits of LNS's logarithm, 0..20; set to 0 for the other methods */
} mulerr_theory_cfg;

/* Validate cfg and resolve its defaults in place (l, and the fields a method ignores), so
 * that equal configurations compare equal.  Every function below calls it on a copy. */
mulerr_status mulerr_theory_prepare(mulerr_theory_cfg *cfg);

/* Is the method's approximation a rational number for every operand pair (all but LNS)? */
int mulerr_theory_is_rational(mulerr_theory_method m);

/* ---------------------------------------------------------------- results */

/* Exact rational values: v[i] is meaningful iff bit i of `have` is set. */
typedef struct mulerr_theory_q {
  mpq_t v[MULERR_THEORY_NMETRIC];
  unsigned have;
} mulerr_theory_q;
void mulerr_theory_q_init(mulerr_theory_q *q);
void mulerr_theory_q_clear(mulerr_theory_q *q);

/* High-precision values (MPFR enumeration). */
typedef struct mulerr_theory_fr {
  mpfr_t v[MULERR_THEORY_NMETRIC];
  unsigned have;
} mulerr_theory_fr;
void mulerr_theory_fr_init2(mulerr_theory_fr *r, mpfr_prec_t prec);
void mulerr_theory_fr_clear(mulerr_theory_fr *r);

/* Double values with an error estimate (integration): |v[i] - true| <~ err[i]. */
typedef struct mulerr_theory_d {
  double v[MULERR_THEORY_NMETRIC];
  double err[MULERR_THEORY_NMETRIC];
  unsigned have;
} mulerr_theory_d;

/* ----------------------------------------------------------------- closed.c */

/* The closed forms derived in closed.c, for finite m or M_INF.  Sets out->have to the
 * metrics of `want` that have a closed form for this method (possibly none) and fills them;
 * at present:  FLOAT_TRUNC  E[e], E|e|, E[e^2];   FLOAT_RNE  E[e], E[e^2];
 *              LMUL  E[e];   LMUL_EQ1  E[e], E[e^2];   MITCHELL  E[e], E|e|;   LNS  none. */
mulerr_status mulerr_theory_closed(const mulerr_theory_cfg *cfg, unsigned want,
                                   mulerr_theory_q *out);

/* -------------------------------------------------------------- enumerate.c */

/* Exact enumeration over all 4^m operand pairs in rational arithmetic, for a rational method
 * and finite m <= MULERR_THEORY_MAX_ENUM_M.  Fills every metric of `want` (out->have = want).
 * E[e], E|e|, E[e^2] visit every pair (O(4^m) integer operations); E[r], E|r| sum over runs
 * of pairs that share the approximation (see enumerate.c): O(2^m (2^k + 1)) multiplications
 * of integers of about 3 2^m bits (m = 12, k = 11 takes seconds; small k is fast). */
mulerr_status mulerr_theory_enumerate(const mulerr_theory_cfg *cfg, unsigned want,
                                      mulerr_theory_q *out);

/* Enumeration over all 4^m pairs in MPFR arithmetic at out's precision (>= 64 bits): any
 * method, the only enumeration for LNS.  Each pair's e and r are rounded once (relative error
 * <= 2^-prec), sums are carried at prec + 64 bits, so every result is within
 * 2^(2 - prec) E[|metric|] + tiny of the exact mean.  O(4^m) MPFR operations. */
mulerr_status mulerr_theory_enumerate_fr(const mulerr_theory_cfg *cfg, unsigned want,
                                         mulerr_theory_fr *out);

/* The method's approximation for the operand pair (1 + i 2^-m, 1 + j 2^-m): the very
 * function the rational enumeration sums (rational methods, finite m, i, j < 2^m). */
mulerr_status mulerr_theory_approx(const mulerr_theory_cfg *cfg, uint64_t i, uint64_t j,
                                   mpq_t out);

/* -------------------------------------------------------------- integrate.c */

/* The continuous limit (cfg->m must be MULERR_THEORY_M_INF) by GSL quadrature, nested 1-D
 * gsl_integration_qag over each cell of the operands' quantisation grid (k <= 10, or for
 * LNS f <= 10), split at every kink.  Target: relative 1e-12 per cell (or its round-off
 * floor); err[i] is the sum of GSL's error estimates.  Not reentrant: it switches GSL's
 * error handler off while it runs and restores it. */
mulerr_status mulerr_theory_integrate(const mulerr_theory_cfg *cfg, unsigned want,
                                      mulerr_theory_d *out);

/* ----------------------------------------------------- shared inside src/theory */

/* The operand's quantisation code for mantissa index i (0 <= i < 2^m, finite m):
 * truncation-based methods: a = floor(i 2^(k-m)), operand 1 + a 2^-k;  FLOAT_RNE: a in
 * 0..2^k, operand 1 + a 2^-k (a = 2^k is 2.0);  LNS: n in 0..2^f, log2 of the operand
 * rounded to n 2^-f.  For LNS tmp[0..2] are caller-initialised scratch MPFR variables. */
long mulerr_theory_code(const mulerr_theory_cfg *cfg, uint64_t i, mpfr_t tmp[3]);

/* Scale exponent q of a rational method: approx 2^q and (finite m) P 2^q are integers;
 * q = max(2m, l) for finite m, max(2k, l) for M_INF. */
int mulerr_theory_scale(const mulerr_theory_cfg *cfg);

/* approx * 2^q for codes cx, cy of a rational method (exact; |result| < 2^(q+3)). */
int64_t mulerr_theory_approx_scaled(const mulerr_theory_cfg *cfg, long cx, long cy, int q);

/* The L-Mul paper's expected-error formula as reconstructed (paper.c): f1(m, k) is the
 * truncated k-bit float's E[exact - approx] for m-bit uniform mantissas, f1 + f2(k, l) that of
 * L-Mul with offset l.  Paper's sign convention (exact - approx). */
double mulerr_paper_f1(int m, int k);
double mulerr_paper_f2(int k, int l);

#endif
