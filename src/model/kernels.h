/* kernels.h — the vector loops of the model's forward pass (kernels.c; used by forward.c,
 * internal to libmulerr).
 *
 * Every loop here computes the same IEEE operations, in the same order for each output, as
 * the plain loop its comment states: outputs are computed side by side in vector lanes, each
 * lane's sum running in its own order, so the results do not depend on the vector width nor
 * on which clone (MULERR_HOT) runs.
 *
 * The L-Mul/Mitchell kernels ("mk_lmul_*") work on operands already rounded into the
 * method's operand format.  For two such operands x, y that are normal binary64 numbers of
 * magnitude in [2^-500, 2^501) ("lane operands"), the method's product is the bit pattern
 * (|x| + |y| - c) with the sign of x XOR y (src/methods/lmul.c, lmul_pass: its exponent stays
 * within 23..2025, so every test of that pass holds); a zero operand gives a zero
 * (mulerr_lmul_kernel).  One operand of each product is "coded" (mulerr_mk_code) as two words
 * (A, M) so that the product with a lane operand of pattern u is (u & M) + A (mod 2^64):
 *     x a lane operand:  A = |x| - c + sign(x), M = ~0  (adding 2^63 is XOR-ing the sign; u's
 *                        sign stays: u + |x| - c has no carry out of the 63 low bits)
 *     x = +-0:           A = 0, M = 0                    (the product +0)
 * A zero product of either sign changes no sum: the sums start at +0 and add in round to
 * nearest, so they are never -0, and s + (+-0) = s for any s other than -0 (a product a sum
 * converts to binary32 may become -0 by underflow, and it too changes nothing).  So the
 * kernels give +0 for every product with a zero operand: the "masked" kernels also take zero
 * lane operands (at a cost), which the plain ones must not be given. */
#ifndef MULERR_MODEL_KERNELS_H
#define MULERR_MODEL_KERNELS_H

#include "internal.h"

/* ---------------------------------------------------------------- reference */

/* out[o] = W[o] . x, o < rows, W in panel layout (model.h): each row's sum
 * s = 0; s += w[i] * x[i] (i = 0, 1, ...) in binary64, the weights widened exactly. */
void mulerr_mk_matvec_ref(const float *panel, const double *x, size_t rows, size_t cols, double *out);

/* att[h S + t] = sum over i < hs of q[h hs + i] kT[((h / kv_mul) hs + i) S + t], for every
 * head h < nh and position t < np (s = 0; s += q k, i = 0, 1, ...): kT is the key cache
 * transposed (element j of position t at kT[j S + t]). */
void mulerr_mk_score_ref(const double *q, const double *kT, size_t S, size_t np, size_t nh, size_t kv_mul,
                         size_t hs, double *att);

/* xb[h hs + i] = sum over t < np of att[h S + t] v[t kvd + (h / kv_mul) hs + i], for every
 * head h < nh and i < hs (s = 0; s += p v, t = 0, 1, ...). */
void mulerr_mk_value_ref(const double *att, const double *v, size_t kvd, size_t S, size_t np, size_t nh,
                         size_t kv_mul, size_t hs, double *xb);

/* x[i] /= scale for i < n, then the softmax of x[0..n) in place: m = the largest x[i],
 * e_i = exp(x[i] - m), sum = e_0 + e_1 + ... (left to right), x[i] = e_i / sum. */
void mulerr_mk_softmax(double *x, size_t n, double scale);

/* ------------------------------------------------------------------ L-Mul */

/* The lane-operand test of x[0..n): MULERR_MK_ZERO if a value is a zero, | MULERR_MK_BAD if
 * a value is neither a zero nor a lane operand. */
enum { MULERR_MK_ZERO = 1, MULERR_MK_BAD = 2 };
int mulerr_mk_lanes(size_t n, const double *x);

/* Code x[0..n) (operand-format values) as the multiplier of the fused kernels:
 * code[2 i] = A, code[2 i + 1] = M (above), for the method's constant c
 * (1023 2^52 - 2^(52 - l) for L-Mul, 1023 2^52 for Mitchell).  Returns how many x[i] can not
 * be coded (neither lane operands nor zeros: coded as zeros, to be computed otherwise). */
size_t mulerr_mk_code(uint64_t c, size_t n, const double *x, uint64_t *code);

/* The sums, f32 != 0: s = 0.0f; s += (float)p for each product p in order (the model's fp32
 * accumulation); f32 == 0: s = 0.0; s += p in binary64.  A NaN sum can be an overflow: redo it.
 * masked != 0: the lane operands may be zeros.
 *
 * score: out[t] = sum over i < hs of product(q coded by qc[2 i ..], kT[i S + t]), t < np
 * (the head's keys transposed, lane operands). */
void mulerr_mk_lmul_score(int f32, int masked, const uint64_t *qc, const double *kT, size_t S, size_t np, size_t hs,
                          double *out);
/* value: xb[h hs + i] = sum over t < np of product(P[h][t] coded by pc[2 (h np + t) ..],
 * v[t kvd + (h / kv_mul) hs + i]) for h < nh, i < hs (values: lane operands).  hs must be a
 * multiple of 4. */
void mulerr_mk_lmul_value(int f32, int masked, const uint64_t *pc, const double *v, size_t kvd, size_t np, size_t nh,
                          size_t kv_mul, size_t hs, double *xb);
/* panel: out[j] = sum over i < cols of product(x[i] coded by xc[2 i ..], w[i MULERR_MK_PANEL + j])
 * for j < MULERR_MK_PANEL: a panel of rows stored column by column (lane operands). */
#define MULERR_MK_PANEL 32
void mulerr_mk_lmul_panel(int f32, int masked, const uint64_t *xc, const double *w, size_t cols, double *out);

#endif
