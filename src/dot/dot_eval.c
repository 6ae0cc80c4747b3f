/* dot_eval.c — evaluating a dot-product point: samples = D dot products of length K.
 *
 * Operands.  The point's sample stream is the pair stream of eval.c (src/engine), drawn in
 * blocks: block i holds nd = max(1, floor(MULERR_BLOCK / K)) dot products (the last block
 * fewer), i.e. n = nd K pairs, drawn from MT19937 seeded 1 + ((key + i) mod (2^32 - 1)),
 * the n a values first, then the n b values; dot product j of the block uses pairs
 * jK .. jK + K - 1.  A b distribution with rows (weights) draws the block's b values as nd
 * runs of K consecutive values of real matrix rows (draw_rows, src/dists/weights.c).  So when K divides MULERR_BLOCK the dot products are made of exactly the
 * operand pairs of the pair point with the same seed, source and distributions (common random
 * numbers across K, methods and accumulators).  Blocks are evaluated in parallel and their
 * metrics merged in block order: results do not depend on the thread count.
 *
 * Error.  The approximation is the accumulator model applied to the method's K products
 * (dot.h); the exact value is S = sum_i a_i b_i of the exact products of the source values.
 * e = approx - S is formed exactly in a superaccumulator (superacc.c): -a_i b_i for every
 * pair (each product a binary64 value when reference.c's claim holds for the source, else
 * the exact pair hi + lo of TwoProduct: mulerr's sources are within 2^+-500, so neither part
 * underflows), then + approx; for the `exact` model + every approximate product instead, so
 * that e is the exact sum of the products' errors.  e is read as hi + lo = RN(e) + RN(e - hi)
 * and accumulated like a pair's error (acc.c) against S rounded to binary64 (r = e / S; dot
 * products with S = 0 are left out of the relative metrics), and a second time against the
 * condition sum c = sum |a_i b_i| (the cond_* metrics).  c is summed in binary64 in 8 lanes:
 * its relative error is below K 2^-53, far below any reported digit. */
#include "dot.h"
#include "engine/stream.h"

#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#define CHUNK 16 /* blocks evaluated in parallel between merges */

typedef struct dwork {
  double *a, *b, *approx;    /* buffers: drawn operands, approximate products */
  const double *xa, *xb;     /* the block's operands: a and b, or the caller's pairs */
  double *ex;                /* K exact products (their high parts) */
  double *sums;              /* the accumulator model's result of each dot product */
  gsl_rng *rng;
} dwork;

/* c = sum |x_i| in 8 fixed lanes, merged in lane order (deterministic on any vector width). */
static double abs_sum(size_t n, const double *x) {
  double l[8] = {0};
  size_t i;
  int j;
  for (i = 0; i + 8 <= n; i += 8)
    for (j = 0; j < 8; j++) l[j] += fabs(x[i + (size_t)j]);
  for (; i < n; i++) l[0] += fabs(x[i]);
  return ((l[0] + l[1]) + (l[2] + l[3])) + ((l[4] + l[5]) + (l[6] + l[7]));
}

/* One block: nd dot products from pairs xa, xb (n = nd K), approximations in approx. */
static void dot_block(const mulerr_point *p, int exact_products, size_t nd, const dwork *w,
                      mulerr_acc *acc, mulerr_acc *accc) {
  const size_t k = (size_t)p->dot.length;
  double *ex = w->ex;
  size_t j, i;
  if (!p->dot.accum->exact) mulerr_dot_accumulate_n(&p->dot, nd, k, w->approx, w->sums);
  for (j = 0; j < nd; j++) {
    const double *a = w->xa + j * k, *b = w->xb + j * k, *ap = w->approx + j * k;
    mulerr_superacc sa;
    double s;
    dd err;
    mulerr_sa_init(&sa);
    if (exact_products) { /* -sum a_i b_i, exactly */
      MULERR_SIMD
      for (i = 0; i < k; i++) ex[i] = -(a[i] * b[i]); /* exact: reference.c */
      mulerr_sa_add_n(&sa, k, ex);
    } else
      for (i = 0; i < k; i++) {
        const dd t = dd_two_prod(a[i], b[i]);
        mulerr_sa_add(&sa, -t.hi);
        mulerr_sa_add(&sa, -t.lo);
        ex[i] = t.hi; /* |t.lo| <= ulp(t.hi)/2: c's own rounding covers it */
      }
    s = -mulerr_sa_round(&sa); /* S rounded to binary64 */
    if (p->dot.accum->exact) mulerr_sa_add_n(&sa, k, ap);
    else mulerr_sa_add(&sa, w->sums[j]);
    err = mulerr_sa_dd(&sa);
    mulerr_acc_add(acc, err, s);
    mulerr_acc_add(accc, err, abs_sum(k, ex)); /* c = sum |a_i b_i| */
  }
}

/* The caller's operands (mulerr_dot_eval_pairs): pairs a[i], b[i], i < dots K. */
typedef struct dpairs {
  const double *a, *b;
} dpairs;

static mulerr_status dot_core(const mulerr_point *p, const dpairs *pr, uint64_t dots,
                              mulerr_metrics *out, mulerr_progress_fn progress, void *ctx,
                              volatile sig_atomic_t *stop) {
  const uint64_t k = p->dot.length;
  const uint64_t per = k <= MULERR_BLOCK ? MULERR_BLOCK / k : 1; /* dot products per block */
  const mulerr_format *uf = p->cfg.out_format ? p->cfg.out_format : &p->cfg.work;
  const int exact_products = mulerr_double_product_exact(p->cfg.source);
  const uint64_t key = pr ? 0 : mulerr_stream_key(p);
  uint64_t nblocks, c0;
  mulerr_acc total, totalc, acc[CHUNK], accc[CHUNK];
  mulerr_metrics mc;
  int bad = 0, oom = 0;
  mulerr_status st;
  if ((st = mulerr_dot_check(&p->dot)) != MULERR_OK) return st;
  if (p->operands != MULERR_SAMPLED)
    return mulerr_fail(MULERR_EINVAL, "dot products take sampled operands, not an enumeration");
  if (dots == 0) return mulerr_fail(MULERR_EINVAL, "a point needs at least one sample");
  if (!pr && p->dist_b.type->row_length && p->dist_b.type->row_length(&p->dist_b) < k)
    return mulerr_fail(MULERR_EINVAL, "dot-product length %llu is above the longest row (%llu values) "
                       "of distribution '%s'", (unsigned long long)k,
                       (unsigned long long)p->dist_b.type->row_length(&p->dist_b), p->dist_b.text);
  nblocks = (dots + per - 1) / per;
  if (nblocks >= 4294967295ull || dots > (1ull << 62) / k)
    return mulerr_fail(MULERR_EINVAL, "%llu dot products of length %llu is more than one stream "
                       "holds", (unsigned long long)dots, (unsigned long long)k);
  mulerr_acc_init(&total, uf->mbits, mulerr_format_emin(uf));
  mulerr_acc_init(&totalc, uf->mbits, mulerr_format_emin(uf));
  for (c0 = 0; c0 < nblocks && !bad && !oom; c0 += CHUNK) {
    const uint64_t cn = nblocks - c0 < CHUNK ? nblocks - c0 : CHUNK;
    if (stop && *stop) return mulerr_fail(MULERR_EINTR, "interrupted");
#pragma omp parallel reduction(| : bad, oom)
    {
      dwork w;
      long long bi;
      const size_t cap = (size_t)(per * k);
      double *buf = malloc(((pr ? 1 : 3) * cap + (size_t)k + (size_t)per) * sizeof *buf);
      w.a = pr ? NULL : buf;
      w.rng = mulerr_stream_alloc(mulerr_point_stream(p));
      if (!buf || !w.rng) oom = 1;
      w.b = buf && !pr ? buf + cap : NULL;
      w.approx = buf ? buf + (pr ? 0 : 2 * cap) : NULL;
      w.ex = buf ? w.approx + cap : NULL;
      w.sums = buf ? w.ex + k : NULL;
#pragma omp for schedule(dynamic, 1)
      for (bi = 0; bi < (long long)cn; bi++) {
        const uint64_t i = c0 + (uint64_t)bi;
        const size_t nd = (size_t)(dots - i * per < per ? dots - i * per : per), n = nd * (size_t)k;
        size_t j;
        mulerr_acc_init(&acc[bi], uf->mbits, mulerr_format_emin(uf));
        mulerr_acc_init(&accc[bi], uf->mbits, mulerr_format_emin(uf));
        if (!buf || !w.rng) continue;
        if (pr) { /* the caller's pairs, read in place; the generator for stochastic rounding */
          mulerr_stream_block(w.rng, 0, i);
          w.xa = pr->a + i * per * k, w.xb = pr->b + i * per * k;
          if (mulerr_format_nonvalues(p->cfg.source, n, w.xa) || mulerr_format_nonvalues(p->cfg.source, n, w.xb)) {
            bad = 1;
            continue;
          }
        } else {
          mulerr_stream_block(w.rng, key, i);
          w.xa = w.a, w.xb = w.b;
          if (MULERR_DRAWS_PAIRS(p)) /* runs of real dot products' operand pairs (activations) */
            p->dist_a.type->draw_row_pairs(&p->dist_a, p->cfg.source, w.rng, nd, (size_t)k, w.a, w.b);
          else
            p->dist_a.type->draw(&p->dist_a, p->cfg.source, w.rng, n, w.a);
          if (MULERR_DRAWS_PAIRS(p)) { /* b came with a */
          } else if (p->dist_b.type->draw_rows) /* b: runs of real matrix rows, one per dot product */
            p->dist_b.type->draw_rows(&p->dist_b, p->cfg.source, w.rng, nd, (size_t)k, w.b);
          else
            p->dist_b.type->draw(&p->dist_b, p->cfg.source, w.rng, n, w.b);
          for (j = 0; j < n; j++)
            if (!isfinite(w.a[j]) || !isfinite(w.b[j])) break;
          if (j < n) {
            bad = 1;
            continue;
          }
        }
        mulerr_sr_source(w.rng); /* stochastic rounding continues the block's own stream */
        p->method->mul(&p->cfg, n, w.xa, w.xb, w.approx);
        mulerr_sr_source(NULL);
        dot_block(p, exact_products, nd, &w, &acc[bi], &accc[bi]);
      }
      free(buf);
      if (w.rng) gsl_rng_free(w.rng);
    }
    if (!bad && !oom) {
      uint64_t b;
      for (b = 0; b < cn; b++) {
        mulerr_acc_merge(&total, &acc[b]);
        mulerr_acc_merge(&totalc, &accc[b]);
      }
      if (progress) progress(ctx, total.n, dots);
    }
  }
  if (oom) return mulerr_fail(MULERR_ENOMEM, "out of memory evaluating a dot-product point");
  if (bad) return mulerr_fail_operands(p, pr != NULL);
  mulerr_acc_finish(&total, 0, out);
  mulerr_acc_finish(&totalc, 0, &mc);
  out->cond_mean_rel = mc.mean_rel, out->cond_mean_rel_se = mc.mean_rel_se;
  out->cond_mre = mc.mre, out->cond_mre_se = mc.mre_se;
  out->cond_maxre = mc.maxre;
  return MULERR_OK;
}

mulerr_status mulerr_dot_eval(const mulerr_point *p, mulerr_metrics *out,
                              mulerr_progress_fn progress, void *ctx, volatile sig_atomic_t *stop) {
  return dot_core(p, NULL, p->samples, out, progress, ctx, stop);
}

mulerr_status mulerr_dot_eval_pairs(const mulerr_point *p, size_t n, const double *a,
                                    const double *b, mulerr_metrics *out) {
  const dpairs pr = {a, b};
  if (!p->dot.length || n % p->dot.length)
    return mulerr_fail(MULERR_EINVAL, "%zu operand pairs are not a whole number of dot products "
                       "of length %llu", n, (unsigned long long)p->dot.length);
  return dot_core(p, &pr, n / p->dot.length, out, NULL, NULL, NULL);
}
