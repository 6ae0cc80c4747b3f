/* theory.c — configurations, result containers and the per-operand definitions shared by the
 * three computations of src/theory (closed.c, enumerate.c, integrate.c).
 *
 * The definitions of the methods live here once, as integer arithmetic on quantisation codes,
 * so that the enumeration sums exactly the function that tests/unit/t_theory.c compares,
 * pair by pair, with libmulerr's own multiply. */
#include "internal.h"
#include "theory.h"

static const char *const method_names[MULERR_THEORY_METHOD_COUNT] = {
    "float-trunc", "float-rne", "lmul", "lmul-eq1", "mitchell", "lns"};
static const char *const metric_names[MULERR_THEORY_NMETRIC] = {"E[e]", "E|e|", "E[e^2]",
                                                                "E[r]", "E|r|"};

const char *mulerr_theory_method_name(mulerr_theory_method m) {
  return (int)m >= 0 && m < MULERR_THEORY_METHOD_COUNT ? method_names[m] : NULL;
}
const char *mulerr_theory_metric_name(int metric) {
  return metric >= 0 && metric < MULERR_THEORY_NMETRIC ? metric_names[metric] : NULL;
}
int mulerr_theory_is_rational(mulerr_theory_method m) { return m != MULERR_THEORY_LNS; }

static int uses_l(mulerr_theory_method m) {
  return m == MULERR_THEORY_LMUL || m == MULERR_THEORY_LMUL_EQ1;
}

mulerr_status mulerr_theory_prepare(mulerr_theory_cfg *c) {
  const char *name = mulerr_theory_method_name(c->method);
  if (!name) return mulerr_fail(MULERR_EINVAL, "theory: method %d is not a method", (int)c->method);
  if (c->m != MULERR_THEORY_M_INF && (c->m < 0 || c->m > MULERR_THEORY_MAX_M))
    return mulerr_fail(MULERR_EINVAL, "theory: m = %d is out of range (0..%d or infinity)", c->m,
                       MULERR_THEORY_MAX_M);
  if (c->method == MULERR_THEORY_LNS) {
    if (c->f < 0 || c->f > MULERR_THEORY_MAX_F)
      return mulerr_fail(MULERR_EINVAL, "theory: lns needs 0 <= f <= %d (got %d)",
                         MULERR_THEORY_MAX_F, c->f);
    c->k = 0, c->l = 0;
    return MULERR_OK;
  }
  c->f = 0;
  if (c->k < 1 || c->k > MULERR_THEORY_MAX_K || (c->m != MULERR_THEORY_M_INF && c->k > c->m))
    return mulerr_fail(MULERR_EINVAL, "theory: %s needs 1 <= k <= min(m, %d) (k = %d, m = %d)",
                       name, MULERR_THEORY_MAX_K, c->k, c->m);
  if (uses_l(c->method)) {
    if (c->l == MULERR_THEORY_L_DEFAULT) c->l = mulerr_lmul_default_l(c->k);
    if (c->l < 1 || c->l > MULERR_THEORY_MAX_L)
      return mulerr_fail(MULERR_EINVAL, "theory: offset l = %d is out of range (1..%d)", c->l,
                         MULERR_THEORY_MAX_L);
  } else
    c->l = 0;
  return MULERR_OK;
}

void mulerr_theory_q_init(mulerr_theory_q *q) {
  int i;
  for (i = 0; i < MULERR_THEORY_NMETRIC; i++) mpq_init(q->v[i]);
  q->have = 0;
}
void mulerr_theory_q_clear(mulerr_theory_q *q) {
  int i;
  for (i = 0; i < MULERR_THEORY_NMETRIC; i++) mpq_clear(q->v[i]);
}
void mulerr_theory_fr_init2(mulerr_theory_fr *r, mpfr_prec_t prec) {
  int i;
  for (i = 0; i < MULERR_THEORY_NMETRIC; i++) mpfr_init2(r->v[i], prec);
  r->have = 0;
}
void mulerr_theory_fr_clear(mulerr_theory_fr *r) {
  int i;
  for (i = 0; i < MULERR_THEORY_NMETRIC; i++) mpfr_clear(r->v[i]);
}

/* Round-to-nearest-even of the log of 1 + i 2^-m onto the grid 2^-f: n = RNE(2^f log2 X).
 * log2 X is irrational unless X = 1 (i = 0), so a tie is impossible, but 2^f log2 X can
 * lie arbitrarily close to a half-integer: the rounding is certified by enclosing
 * 2^f log2 X between directed roundings and raising the precision until both ends round
 * to the same integer (MPFR's rint is ties-to-even, matching the definition at X = 1). */
static long lns_code(int m, int f, uint64_t i, mpfr_t tmp[3]) {
  mpfr_prec_t prec;
  for (prec = 128;; prec *= 2) {
    long lo, hi;
    mpfr_set_prec(tmp[0], prec);
    mpfr_set_prec(tmp[1], prec);
    mpfr_set_prec(tmp[2], prec);
    mpfr_set_ui_2exp(tmp[2], (unsigned long)i, -m, MPFR_RNDN); /* exact: i < 2^m <= 2^60 */
    mpfr_add_ui(tmp[2], tmp[2], 1, MPFR_RNDN);                   /* exact: prec >= m + 1 */
    mpfr_log2(tmp[0], tmp[2], MPFR_RNDD);
    mpfr_log2(tmp[1], tmp[2], MPFR_RNDU);
    mpfr_mul_2si(tmp[0], tmp[0], f, MPFR_RNDN); /* exact */
    mpfr_mul_2si(tmp[1], tmp[1], f, MPFR_RNDN);
    mpfr_rint(tmp[0], tmp[0], MPFR_RNDN);
    mpfr_rint(tmp[1], tmp[1], MPFR_RNDN);
    lo = mpfr_get_si(tmp[0], MPFR_RNDN);
    hi = mpfr_get_si(tmp[1], MPFR_RNDN);
    if (lo == hi) return lo;
  }
}

long mulerr_theory_code(const mulerr_theory_cfg *c, uint64_t i, mpfr_t tmp[3]) {
  const int r = c->m - c->k;
  switch (c->method) {
  case MULERR_THEORY_LNS:
    return lns_code(c->m, c->f, i, tmp);
  case MULERR_THEORY_FLOAT_RNE: {
    uint64_t a, b, half;
    if (r == 0) return (long)i;
    a = i >> r, b = i & ((UINT64_C(1) << r) - 1), half = UINT64_C(1) << (r - 1);
    /* i 2^-r = a + b 2^-r: up if the dropped part b 2^-r exceeds 1/2, or equals it and a is odd */
    return (long)(a + (b > half || (b == half && (a & 1))));
  }
  default:
    return (long)(i >> r); /* truncation: the top k bits */
  }
}

int mulerr_theory_scale(const mulerr_theory_cfg *c) {
  int q = c->m == MULERR_THEORY_M_INF ? 2 * c->k : 2 * c->m;
  return c->l > q ? c->l : q;
}

/* approx 2^q from the codes.  With N = 2^k and operands 1 + cx/N, 1 + cy/N:
 *   float:    (N + cx)(N + cy) / N^2;
 *   L-Mul family, at the adder width w = max(k, l) (w = k without offset): the mantissa sum
 *   s = x_k + y_k [+ 2^-l] is S / 2^w with S = (cx + cy) 2^(w-k) [+ 2^(w-l)], an integer;
 *   eq1: 1 + s = (2^w + S) / 2^w;  with carry c = floor(s) = S >> w:
 *   (1 + s - c) 2^c = ((2^w + S - c 2^w) << c) / 2^w.
 * Bounds: s < 2 + 1/2, so approx < 6 and approx 2^q < 2^(q+3) <= 2^33 for q <= 30. */
int64_t mulerr_theory_approx_scaled(const mulerr_theory_cfg *c, long cx, long cy, int q) {
  const int k = c->k;
  switch (c->method) {
  case MULERR_THEORY_FLOAT_TRUNC:
  case MULERR_THEORY_FLOAT_RNE: {
    const int64_t n = INT64_C(1) << k;
    return ((n + cx) * (n + cy)) << (q - 2 * k);
  }
  default: {
    const int offset = c->method != MULERR_THEORY_MITCHELL;
    const int w = offset && c->l > k ? c->l : k;
    const int64_t s = ((int64_t)(cx + cy) << (w - k)) + (offset ? INT64_C(1) << (w - c->l) : 0);
    int64_t a;
    if (c->method == MULERR_THEORY_LMUL_EQ1)
      a = (INT64_C(1) << w) + s;
    else {
      const int carry = (int)(s >> w);
      a = ((INT64_C(1) << w) + s - ((int64_t)carry << w)) << carry;
    }
    return a << (q - w);
  }
  }
}
