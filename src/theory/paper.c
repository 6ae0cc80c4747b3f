/* paper.c — the L-Mul paper's own expected-error formula, as reconstructed.
 *
 * Luo & Sun (arXiv 2410.00907, Section 2.3) compare L-Mul with a float multiply whose
 * operands are truncated to k mantissa bits through an expected error E[e] on uniform
 * mantissas.  Their derivation is not reproduced in full in the paper; the formula below is a
 * reconstruction that gives every number the paper states (at m = 23: L-Mul 0.25 at k = 3
 * against 0.359 for the k = 2 float; 0.1875 at k = 4 against 0.1836 for k = 3):
 *
 *     f1(m, k) = (2^-k - 2^-m)(1 + (1 - 2^-k)/2) + (2^-k - 2^-m)^2 / 4
 *     f2(k)    = ((1 - 2^-k)/2)^2 - 2^-l(k)
 *     E[e_float-trunc] = f1(m, k),   E[e_L-Mul] = f1(m, k) + f2(k)
 *
 * Its sign convention is the paper's, e = exact - approx (mulerr's e is approx - exact, so
 * the formula is to be compared with -bias).  f1 is E[(1+x)(1+y) - (1+x_k)(1+y_k)] (the
 * truncation loss, x_k the top k bits of an m-bit uniform mantissa: E[x - x_k] = d/2, d =
 * 2^-k - 2^-m); f2 is E[x_k y_k] - 2^-l, the mean of the mantissa product that Equation 1
 * replaces by 2^-l.  It is therefore the signed mean error of the literal Equation 1
 * (mulerr's lmul-eq1), not of the integer-adder form (lmul: a carry renormalises the sum) nor
 * of Mitchell's multiply, and not a mean |error|: theory/closed.c, enumerate.c and
 * integrate.c compute those exactly; the report puts them side by side. */
#include "internal.h"
#include "theory.h"

#include <math.h>

double mulerr_paper_f1(int m, int k) {
  const double d = ldexp(1, -k) - ldexp(1, -m);
  return d * (1 + (1 - ldexp(1, -k)) / 2) + d * d / 4;
}

double mulerr_paper_f2(int k, int l) {
  const double h = (1 - ldexp(1, -k)) / 2;
  return h * h - ldexp(1, -l);
}
