/* dot.h — dot products: accumulator models and the exact sum (internal header of src/dot).
 *
 * A dot product of length K multiplies K operand pairs by any registered method and sums the
 * K products under an accumulator model.  The models are constant descriptors gathered in a
 * registry (accumulators.def), as formats and methods are.  What a caller needs:
 *
 *     mulerr_dot d;                         (mulerr.h: length, accumulator, parameter, promote)
 *     mulerr_accum_parse("fixed:13", &d);   the accumulator and its parameter from text
 *     double s = mulerr_dot_accumulate(&d, K, products);
 *
 * mulerr_dot_accumulate sums products[0..K) (doubles, each the method's exact approximate
 * product) under the model; the `exact` model returns the exact sum rounded once to binary64.
 * The exact sum itself (for errors) is kept in a superaccumulator (superacc.c). */
#ifndef MULERR_DOT_H
#define MULERR_DOT_H

#include "internal.h"

/* An accumulator model. */
struct mulerr_accum {
  const char *name;        /* registry name, e.g. "fp32-kahan"; "fixed" takes ":W" */
  const char *description; /* one line */
  const char *param_name;  /* NULL: no parameter; else what ":N" means ("bits W", "terms B") */
  const char *usage;       /* with a parameter: how a list writes it ("fixed:N"); NULL: name */
  long param_min, param_max;
  int promotes;            /* 1: --promote applies (fixed) */
  int exact;               /* 1: the exact sum (eval.c keeps it exactly, not rounded) */
  /* Sum p[0..n) under the model with d's parameter and promotion; the result is a double
   * (a value of the model's output format, or +-Inf/NaN after an overflow). */
  double (*sum)(const mulerr_dot *d, size_t n, const double *p);
  /* Optional, faster for many dot products: out[j] = sum(d, n, p + j n) for j < ndots, the
   * same values bit for bit (mulerr_dot_accumulate_n uses sum() where this is NULL). */
  void (*sum_n)(const mulerr_dot *d, size_t ndots, size_t n, const double *p, double *out);
};

size_t mulerr_accum_count(void);
const mulerr_accum *mulerr_accum_at(size_t i);
/* By registry name; NULL with mulerr_errmsg set (naming the known ones) if unknown. */
const mulerr_accum *mulerr_accum_find(const char *name);
/* Parse "fp32", "fixed:13", "block:32" into d->accum and d->param (d->length, d->promote are
 * left alone).  MULERR_EINVAL (message set) on an unknown model or a bad parameter. */
mulerr_status mulerr_accum_parse(const char *text, mulerr_dot *d);
/* Canonical text of d's accumulator: "fp32", "fixed:13" (into buf, at most len bytes). */
void mulerr_accum_text(const mulerr_dot *d, char *buf, size_t len);
/* Check d (length 1..MULERR_DOT_MAX_LENGTH, accumulator and parameter, promote only where it
 * applies). */
mulerr_status mulerr_dot_check(const mulerr_dot *d);
#define MULERR_DOT_MAX_LENGTH (1u << 20)

/* Sum products[0..n) under d's accumulator model. */
double mulerr_dot_accumulate(const mulerr_dot *d, size_t n, const double *products);
/* ndots dot products at once: out[j] = mulerr_dot_accumulate(d, n, products + j n). */
void mulerr_dot_accumulate_n(const mulerr_dot *d, size_t ndots, size_t n, const double *products,
                             double *out);

/* Evaluate dot-product point p on the caller's operand pairs (a[i], b[i]), i < n, n a multiple
 * of p->dot.length: dot product j is pairs j K .. j K + K - 1 (p's distributions, samples and
 * seed are not used).  Blocks, order and metrics as for a sampled dot point (results do not
 * depend on the thread count); every value must be a finite value of p's source format. */
mulerr_status mulerr_dot_eval_pairs(const mulerr_point *p, size_t n, const double *a,
                                    const double *b, mulerr_metrics *out);

/* ------------------------------------------------- helpers shared by the models (accum.c) */

/* RN_f(x + y), the exact sum rounded once to nearest-even into format f (x, y finite
 * doubles whose exact sum is within binary64's normal range or zero; f of at most 51
 * mantissa bits): x + y rounded to odd in binary64, then to f (see accum.c). */
double mulerr_add_round(const mulerr_format *f, double x, double y);
/* The same for f = fp32, through the hardware conversion. */
double mulerr_add_fp32(double x, double y);
/* Sequential summation, each addition rounded into f, from 0. */
double mulerr_sum_sequential(const mulerr_format *f, size_t n, const double *p);

/* ------------------------------------------------------------- the exact sum (superacc.c) */

/* A superaccumulator: the exact sum of doubles that are multiples of 2^MULERR_SA_BASE and
 * below 2^MULERR_SA_TOP in magnitude, as signed 32-bit digits held in int64 chunks (carries
 * are resolved only when read).  Exact for up to 2^30 additions. */
#define MULERR_SA_BASE (-1120)
#define MULERR_SA_CHUNKS 70 /* bits MULERR_SA_BASE .. MULERR_SA_BASE + 32 * 70 = 1120 */
typedef struct mulerr_superacc {
  int64_t c[MULERR_SA_CHUNKS];
  int lo, hi; /* chunks lo..hi may be nonzero (lo > hi: none) */
  int special; /* 0, or set by a non-finite addend: sum is then `inf_nan` */
  double inf_nan;
} mulerr_superacc;

void mulerr_sa_init(mulerr_superacc *s);
/* Add x exactly (x finite, a multiple of 2^MULERR_SA_BASE; a non-finite x makes the sum
 * that value, as IEEE addition would). */
void mulerr_sa_add(mulerr_superacc *s, double x);
/* Add n values. */
void mulerr_sa_add_n(mulerr_superacc *s, size_t n, const double *x);
/* The exact sum rounded to nearest, ties to even, to binary64 (overflow gives +-Inf). */
double mulerr_sa_round(const mulerr_superacc *s);
/* The exact sum as hi + lo with hi = RN(sum), lo = RN(sum - hi). */
dd mulerr_sa_dd(const mulerr_superacc *s);

#endif
