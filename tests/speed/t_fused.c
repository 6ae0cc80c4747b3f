/* t_fused.c — the engine's fused evaluation (eval.c: products computed run by run just
 * before the metrics pass takes them, mulerr_acc_add_block_fused) against the plain one (the
 * method's mul over the whole block, then mulerr_acc_add_block_q): the accumulator and both
 * quantile histograms must be identical bit for bit, for every method the engine fuses, on a
 * whole 65536-pair block and on a partial one whose length is not a multiple of a run, of
 * the metrics' chunk or of the lanes.  The operands: normal(0, 0.02) fp32 values with zeros,
 * a few values near fp32's extremes (products far outside the operand formats: overflow,
 * flush, saturation) and subnormal fp32 values. */
#include "internal.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

static uint64_t st = 0x9e3779b97f4a7c15ull;
static uint64_t next(void) {
  st ^= st << 13, st ^= st >> 7, st ^= st << 17;
  return st;
}

#define N MULERR_BLOCK
static double A[N], B[N], O[N];

typedef struct ctx {
  const mulerr_method *m;
  const mulerr_method_cfg *cfg;
  size_t calls;
} ctx;

static int fill(void *c_, size_t i0, size_t m) {
  ctx *c = c_;
  c->m->mul(c->cfg, m, A + i0, B + i0, O + i0);
  c->calls++;
  return 0;
}

static void one(const char *method, const char *fmt, int block, size_t n) {
  const mulerr_method *m = mulerr_method_find(method);
  const mulerr_format *src = mulerr_format_find("fp32");
  mulerr_method_cfg cfg;
  mulerr_acc a1, a2;
  mulerr_qhist q1, q2;
  ctx c;
  memset(&cfg, 0, sizeof cfg);
  cfg.source = src, cfg.k = 3, cfg.l = MULERR_L_DEFAULT, cfg.rounding = MULERR_ROUNDING_DEFAULT, cfg.block = block;
  if (fmt) cfg.format = mulerr_format_find(fmt);
  if (!ok(mulerr_method_prepare(m, &cfg) == MULERR_OK, "%s %s prepares: %s", method, fmt ? fmt : "", mulerr_errmsg()))
    return;
  if (mulerr_qhist_init(&q1) || mulerr_qhist_init(&q2)) {
    printf("Bail out! out of memory\n");
    exit(1);
  }
  mulerr_acc_init(&a1, cfg.work.mbits, mulerr_format_emin(&cfg.work));
  mulerr_acc_init(&a2, cfg.work.mbits, mulerr_format_emin(&cfg.work));
  m->mul(&cfg, n, A, B, O);
  mulerr_acc_add_block_q(&a1, &q1, n, O, A, B);
  memset(O, 0, sizeof O);
  c.m = m, c.cfg = &cfg, c.calls = 0;
  mulerr_acc_add_block_fused(&a2, &q2, n, O, A, B, fill, &c);
  ok(c.calls == (n + MULERR_FUSED - 1) / MULERR_FUSED && memcmp(&a1, &a2, sizeof a1) == 0 &&
         memcmp(q1.r, q2.r, 2 * MULERR_QBINS * sizeof *q1.r) == 0,
     "%s%s%s n=%zu: fused (%zu runs) equals the whole-block pass bit for bit (n_rel %llu, mre sum %a)", method,
     fmt ? " " : "", fmt ? fmt : "", n, c.calls, (unsigned long long)a1.n_rel, a1.sar.hi);
  mulerr_qhist_free(&q1), mulerr_qhist_free(&q2);
}

/* A fill that fails stops the pass: -1, and no run after it is filled. */
typedef struct stopper {
  size_t calls, fail_at;
} stopper;
static int fill_stop(void *c_, size_t i0, size_t m) {
  stopper *c = c_;
  (void)m;
  c->calls++;
  return i0 / MULERR_FUSED == c->fail_at ? -1 : 0;
}
static void stops(void) {
  static const size_t at[] = {0, 1, 7, 15, 99};
  size_t k;
  int good = 1;
  for (k = 0; k < sizeof at / sizeof *at; k++) {
    mulerr_acc a;
    mulerr_qhist q;
    stopper c = {0, at[k]};
    int r;
    mulerr_qhist_init(&q);
    mulerr_acc_init(&a, 23, -126);
    r = mulerr_acc_add_block_fused(&a, &q, N, O, A, B, fill_stop, &c);
    good &= at[k] < N / MULERR_FUSED ? r == -1 && c.calls == at[k] + 1 : r == 0 && c.calls == N / MULERR_FUSED;
    mulerr_qhist_free(&q);
  }
  ok(good, "a fill returning nonzero stops the fused pass at that run, which returns -1 (0 when none does)");
}

/* The caller's pairs are checked for non-values run by run in the fused pass (eval.c): a
 * NaN, an Inf or a value outside the source format at a run's first or last pair, in the
 * first, a middle or the last (partial) run of the first or a later block, in a or in b,
 * fails the point with the message of the whole-block check, with 1 and 2 threads, for a
 * fused method and for one the engine does not fuse (stochastic rounding: the whole-block
 * check), and a point without one runs. */
static void nonvalues(void) {
  enum { M = 2 * MULERR_BLOCK + 5003 };
  static const size_t pos[] = {0, 1, MULERR_FUSED - 1, MULERR_FUSED, 5 * MULERR_FUSED + 17, MULERR_BLOCK - 1,
                               MULERR_BLOCK, MULERR_BLOCK + MULERR_FUSED, M - 5003, M - 1};
  static const double bad[] = {NAN, INFINITY, -INFINITY, 0.1, 0x1p-150};
  static const char *const rnd[] = {"rne", "stochastic"};
  const char *want = "an operand is not a finite value of source format 'fp32'";
  double *a = malloc(M * sizeof *a), *b = malloc(M * sizeof *b);
  mulerr_point p;
  mulerr_metrics m;
  size_t i, k, r;
  int th, good = 1, runs = 0;
  for (i = 0; i < M; i++) a[i] = A[i % N], b[i] = B[(i * 7) % N];
  for (r = 0; r < 2; r++) {
    memset(&p, 0, sizeof p);
    p.method = mulerr_method_find("lmul");
    p.cfg.source = mulerr_format_find("fp32");
    p.cfg.k = 3, p.cfg.l = MULERR_L_DEFAULT, p.cfg.rounding = mulerr_rounding_parse(rnd[r]);
    mulerr_dist_parse("normal", &p.dist_a);
    p.dist_b = p.dist_a, p.samples = M, p.seed = 1;
    mulerr_method_prepare(p.method, &p.cfg);
    for (th = 1; th <= 2; th++) {
#ifdef _OPENMP
      omp_set_num_threads(th);
#endif
      runs += mulerr_eval_pairs(&p, M, a, b, &m) == MULERR_OK && m.n == M;
      for (k = 0; k < sizeof pos / sizeof *pos; k++) {
        double *v = k % 2 ? b : a;
        const double keep = v[pos[k]];
        v[pos[k]] = bad[(k + r + th) % (sizeof bad / sizeof *bad)];
        good &= mulerr_eval_pairs(&p, M, a, b, &m) == MULERR_EINVAL && !strcmp(mulerr_errmsg(), want);
        v[pos[k]] = keep;
      }
    }
  }
  ok(runs == 4, "lmul on %d in-memory pairs, fused and not, 1 and 2 threads: runs", M);
  ok(good, "a non-value of fp32 anywhere among the caller's pairs (a run's edges, any block, a or b) fails the point "
     "with the whole-block check's message, fused or not, 1 and 2 threads");
  free(a), free(b);
}

/* mulerr_format_nonvalues (the check run by run above) against its definition (finite and
 * rounds to itself) on groups of the format's normal values with +0, -0, subnormals, values
 * off the grid, Inf and NaN sprinkled at every rate, for formats with and without -0 or a
 * zero at all. */
static void nonvalues_def(void) {
  static const char *const fmts[] = {"fp32", "bf16", "fp16", "e4m3fn", "e4m3fnuz", "e5m2", "e2m1fn", "e8m0fnu"};
  enum { L = 64 * 40 + 7 };
  static double v[L];
  size_t fi, i;
  for (fi = 0; fi < sizeof fmts / sizeof *fmts; fi++) {
    const mulerr_format *f = mulerr_format_find(fmts[fi]);
    const double mn = mulerr_format_min_normal(f), mx = mulerr_format_max(f);
    size_t want = 0, got, rate;
    int good = 1;
    for (rate = 1; rate <= 4096; rate *= 4) {
      want = 0;
      for (i = 0; i < L; i++) {
        const uint64_t u = next();
        double x = mulerr_format_round(f, mn * (1 + (double)(u % 1000) * (mx / mn - 1) / 1000 * ((u >> 10) % 7 == 0)) * (1 + (double)((u >> 20) % 64) / 64), MULERR_RTZ);
        if ((u >> 40) % rate == 0) { /* a special, one of eight */
          const int k = (int)((u >> 50) % 8);
          x = k == 0 ? 0.0 : k == 1 ? -0.0 : k == 2 ? mn / 2 : k == 3 ? mn * 0.375 : k == 4 ? INFINITY : k == 5 ? NAN : k == 6 ? mx * 1.0001 : 1 + 0x1p-30;
        }
        if ((u >> 60) & 1 && !(f->flags & MULERR_FMT_UNSIGNED)) x = -x;
        v[i] = x;
        want += !(isfinite(x) && mulerr_format_round(f, x, MULERR_RNE) == x);
      }
      got = mulerr_format_nonvalues(f, L, v);
      if (got != want) {
        good = 0;
        diag("%s, one special in %zu: nonvalues %zu, by definition %zu", f->name, rate, got, want);
      }
    }
    ok(good, "%s: mulerr_format_nonvalues equals its definition on values with zeros, subnormals and non-values at every rate", f->name);
  }
}

int main(void) {
  static const char *const plain[] = {"exact", "lmul", "mitchell", "lmul-eq1", "lmul-gpu", "lns", "float"};
  const mulerr_format *f32 = mulerr_format_find("fp32");
  size_t i, j;
  for (i = 0; i < N; i++) {
    const uint64_t u = next();
    double *v[2] = {&A[i], &B[i]};
    for (j = 0; j < 2; j++) {
      const uint64_t w = j ? u >> 32 : u & 0xffffffff;
      double x = mulerr_format_round(f32, 0.02 * ((double)(w % 100003) / 25000.0 - 2.0), MULERR_RNE);
      if (w % 97 == 0) x = 0;
      if (w % 89 == 0) x = ldexp(1.5, 100 + (int)(w % 27));  /* near fp32's top */
      if (w % 83 == 0) x = ldexp(1.25, -130 - (int)(w % 15)); /* fp32 subnormals */
      *v[j] = (w >> 31) & 1 ? -x : x;
    }
  }
  for (j = 0; j < 2; j++) {
    const size_t n = j ? 10007 : N;
    for (i = 0; i < sizeof plain / sizeof *plain; i++) one(plain[i], NULL, 0, n);
    one("float", "e4m3fn", 0, n), one("float", "e5m2", 0, n);
    one("mx", "e4m3fn", 32, n), one("mx", "e5m2", 4096, n);
    one("int", NULL, 32, n), one("int", NULL, 1024, n);
  }
  stops();
  nonvalues();
  nonvalues_def();
  return tap_done();
}
