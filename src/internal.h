/* internal.h — declarations shared inside libmulerr and its CLI, not installed. */
#ifndef MULERR_INTERNAL_H
#define MULERR_INTERNAL_H

#include "mulerr.h"
#include <gsl/gsl_rng.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------ distributions */

/* A registered distribution.  draw() fills out[0..n) with source values (already in the
 * source format's value set) from r.  Parameters are positional, named by param_names. */
struct mulerr_dist {
  const char *name;
  const char *description;
  int nparam;
  const char *const *param_names;
  const double *param_defaults;
  /* Check parameter values; return MULERR_OK or a failure through mulerr_fail(). */
  mulerr_status (*check)(const mulerr_dist_spec *spec);
  void (*draw)(const mulerr_dist_spec *spec, const mulerr_format *source, gsl_rng *r, size_t n,
               double *out);
  /* Optional, for a distribution whose argument is not key=value numbers (files, tensor
   * patterns): parse args (the text after "name:", "" if none), open what it names and keep
   * it in spec->state; nparam must be 0 and check is not called.  close() releases it. */
  mulerr_status (*open)(mulerr_dist_spec *spec, const char *args);
  void (*close)(mulerr_dist_spec *spec);
  /* Optional: the format the values are stored in (a BF16 checkpoint gives bf16), the
   * source format of a point when --source is not given. */
  const mulerr_format *(*native)(const mulerr_dist_spec *spec);
  /* Optional: report every input file for provenance: path, size in bytes, SHA-256 (hex). */
  void (*inputs)(const mulerr_dist_spec *spec,
                 void (*emit)(void *ctx, const char *path, uint64_t size, const char *sha256),
                 void *ctx);
  /* Set where the draws are the theory module's operands: positive, exponent 0, mantissas
   * uniform over the source grid (src/theory; mulerr_expected). */
  int theory_operands;
  /* Optional: values of the opened files skipped because they were not finite. */
  uint64_t (*nonfinite)(const mulerr_dist_spec *spec);
  /* Optional (scale.c): draw exactly as draw() does (the same values, the same generator
   * draws) and give each value the max |value| of its scaling group in the source it came
   * from: group MULERR_SCALE_TENSOR its tensor, CHANNEL its tensor's row (outermost index),
   * BLOCK the block of `blk` consecutive elements of its tensor that holds it.  Every amax is
   * rounded into the source format as the values are. */
  void (*draw_amax)(const mulerr_dist_spec *spec, const mulerr_format *source, gsl_rng *r, size_t n,
                    double *out, int group, long blk, double *amax);
  /* Optional, for dot products (src/dot/dot_eval.c), a distribution with rows (weights): the
   * longest row it has (0: none), and nrows runs of len consecutive values of rows at least
   * len long, each run drawn from r, into out (nrows len values, in the source format). */
  uint64_t (*row_length)(const mulerr_dist_spec *spec);
  void (*draw_rows)(const mulerr_dist_spec *spec, const mulerr_format *source, gsl_rng *r,
                    size_t nrows, size_t len, double *out);
  /* Optional, for a distribution of operand PAIRS (activations: the products a model
   * computes): used instead of draw()/draw_rows() for a and b when a point's two operand
   * distributions are one spec (the same state): n pairs, or nrows pairs of runs of len
   * products of one real dot product, drawn from r, in the source format. */
  void (*draw_pairs)(const mulerr_dist_spec *spec, const mulerr_format *source, gsl_rng *r,
                     size_t n, double *a, double *b);
  void (*draw_row_pairs)(const mulerr_dist_spec *spec, const mulerr_format *source, gsl_rng *r,
                         size_t nrows, size_t len, double *a, double *b);
};
/* Are a point's operands drawn as pairs (one spec with draw_pairs)? */
#define MULERR_DRAWS_PAIRS(p) \
  ((p)->dist_a.type->draw_pairs && (p)->dist_a.state && (p)->dist_a.state == (p)->dist_b.state)

/* ---------------------------------------------------------- double-double */

/* An unevaluated sum hi + lo with |lo| <= ulp(hi)/2: about 106 significant bits.  Used to
 * accumulate error sums so that the harness's own rounding stays ~2^-100 relative. */
typedef struct dd { double hi, lo; } dd;

/* Knuth's TwoSum: s + e == a + b exactly (round-to-nearest, no overflow). */
static inline dd dd_two_sum(double a, double b) {
  double s = a + b, bb = s - a, e = (a - (s - bb)) + (b - bb);
  return (dd){s, e};
}
/* a * b == p + e exactly (fma is exact up to one final rounding). */
static inline dd dd_two_prod(double a, double b) {
  double p = a * b;
  return (dd){p, fma(a, b, -p)};
}
static inline dd dd_add(dd a, dd b) {
  dd s = dd_two_sum(a.hi, b.hi), t = dd_two_sum(a.lo, b.lo);
  s.lo += t.hi;
  s = dd_two_sum(s.hi, s.lo);
  s.lo += t.lo;
  return dd_two_sum(s.hi, s.lo);
}
static inline dd dd_mul(dd a, dd b) {
  dd p = dd_two_prod(a.hi, b.hi);
  p.lo += a.hi * b.lo + a.lo * b.hi;
  return dd_two_sum(p.hi, p.lo);
}
static inline dd dd_abs(dd a) { return a.hi < 0 || (a.hi == 0 && a.lo < 0) ? (dd){-a.hi, -a.lo} : a; }
static inline double dd_to_d(dd a) { return a.hi + a.lo; }

/* ------------------------------------------------------------- powers of two */

/* 2^e as a binary64, exactly: built from its bits for the normal range (the hot path),
 * through ldexp outside it. */
static inline double mulerr_pow2(int e) {
  if (e >= -1022 && e <= 1023) {
    uint64_t b = (uint64_t)(e + 1023) << 52;
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
  }
  return ldexp(1.0, e);
}

/* ------------------------------------------------------- bit-level helpers */

/* The bits of a double and back (through a union, which C11 defines and which vectorises,
 * where a memcpy into a local defeats GCC's vectoriser inside `omp simd` loops). */
typedef union mulerr_pun { double d; uint64_t u; } mulerr_pun;
static inline uint64_t mulerr_d2u(double d) { return (mulerr_pun){.d = d}.u; }
static inline double mulerr_u2d(uint64_t u) { return (mulerr_pun){.u = u}.d; }
#define MULERR_SIGN_BIT 0x8000000000000000ull
#define MULERR_ABS_BITS 0x7fffffffffffffffull

/* Ask for a loop to be vectorised.  Only lane-independent loops carry it (no floating-point
 * reduction across iterations), so the vector width cannot change any result: every lane
 * does the same IEEE operations in the same order whatever the instruction set. */
#define MULERR_PRAGMA(x) _Pragma(#x)
#ifdef _OPENMP
#define MULERR_SIMD _Pragma("omp simd")
/* the same, counting into the integer v (an integer sum does not depend on order) */
#define MULERR_SIMD_COUNT(v) MULERR_PRAGMA(omp simd reduction(+ : v))
#else
#define MULERR_SIMD
#define MULERR_SIMD_COUNT(v)
#endif

/* A hot loop's function, compiled three times on x86-64 with GCC: for x86-64-v4 (AVX-512),
 * for x86-64-v3 (AVX2, whose 64-bit integer compares the bit-level loops need to vectorise)
 * and for the baseline, the processor choosing at load time.  All run the same C, lane for
 * lane, and no loop contracts a*b+c into an fma (-ffp-contract=off), so all give
 * bit-identical results; check-sanitize builds with MULERR_NO_CLONES (the baseline code only)
 * and with MULERR_NO_V4 (AVX2 and baseline), so the test suite runs every version. */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__ELF__) && \
    !defined(MULERR_NO_CLONES) && !defined(MULERR_NO_V4)
#define MULERR_HOT __attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#elif defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__ELF__) && \
    !defined(MULERR_NO_CLONES)
#define MULERR_HOT __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define MULERR_HOT
#endif

/* Passes written for eight lanes (AVX-512: x86-64-v4), beside their four-lane and baseline
 * forms and called instead of them where the processor has it (mulerr_have_v4), with the same
 * operations lane for lane: the same bits.  A build with MULERR_NO_V4 (check-sanitize's second
 * build) keeps to the AVX2 and baseline code, so CI compares the three. */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(MULERR_NO_CLONES) && \
    !defined(MULERR_NO_V4)
#define MULERR_V4 1
#define MULERR_V4_FN __attribute__((target("arch=x86-64-v4")))
static inline int mulerr_have_v4(void) { return __builtin_cpu_supports("x86-64-v4"); }
#endif

/* How many of x[0..n) are not finite values of f (format.c). */
size_t mulerr_format_nonvalues(const mulerr_format *f, size_t n, const double *x);

/* Round in[0..n) into f under r, into out (or in place, in == out): element for element equal to
 * mulerr_format_round (format.c: a bit-level vector pass, scalar for the rare rest). */
void mulerr_format_round_n(const mulerr_format *f, mulerr_rounding r, size_t n, const double *in,
                           double *out);

/* ------------------------------------------------------------- accumulator */

/* Running sums of one point's errors: merged in a fixed order, so the result does not depend
 * on how blocks were scheduled. */
typedef struct mulerr_acc {
  uint64_t n, n_rel, n_inexact;
  dd se, sae, se2, se4; /* sums of e, |e|, e^2, e^4 */
  dd sr, sar, sr2;      /* sums of r, |r|, r^2 */
  dd sulp;              /* sum of |e| / ulp(exact) */
  double maxre, max_abs, max_ulp;
  int ulp_mbits, ulp_emin; /* the format whose ulp measures errors */
  uint64_t hist[MULERR_HIST_BINS];
} mulerr_acc;

/* Start empty sums; ulps are those of a format with mbits stored mantissa bits and
 * smallest normal exponent emin. */
void mulerr_acc_init(mulerr_acc *a, int ulp_mbits, int ulp_emin);
/* Add one pair: err is the exact error approx - exact as a double-double, exact the exact
 * product rounded to double (its sign and magnitude for r). */
void mulerr_acc_add(mulerr_acc *a, dd err, double exact);
/* Add n pairs at once, approx[i] against the exact product x[i] y[i] (the double path: the
 * product must be exact), under the conditions in acc.c (mulerr_acc_block_applies). */
int mulerr_acc_add_block(mulerr_acc *a, size_t n, const double *approx, const double *x,
                         const double *y); /* 0, or -1 out of memory */
/* The same from errors already formed: hi[i] + lo[i] exact, exact[i] the product rounded. */
int mulerr_acc_add_block_err(mulerr_acc *a, size_t n, const double *hi, const double *lo,
                             const double *exact);
bool mulerr_acc_block_applies(const mulerr_format *source, int ulp_mbits, int ulp_emin);
void mulerr_acc_merge(mulerr_acc *into, const mulerr_acc *from);
/* Turn sums into means and standard errors (exact = 1 sets every se to 0). */
void mulerr_acc_finish(const mulerr_acc *a, int exact, mulerr_metrics *m);

/* Operand scaling (scale.c). */
double mulerr_scale_of(double amax, double fmax, int pow2);
void mulerr_scale_stream_amax(int group, long blk, size_t n, const double *v, double *amax);
mulerr_status mulerr_scale_check(const mulerr_point *p);
/* int with scaling: its quantisation scale per value from these group maxima (NULL: its own
 * blocks); set by the engine around one mul() call, per thread. */
void mulerr_int_group_amax(const double *ga, const double *gb);
int mulerr_int_group_amax_get(const double **ga, const double **gb);

/* Quantiles of |r| and |e| (quantile.c): integer counts in 2^17 fixed bins (64 per binade),
 * mergeable in any order; r and e point into one allocation of 2 MULERR_QBINS counts. */
#define MULERR_QSUB 6
#define MULERR_QBINS ((size_t)1 << (11 + MULERR_QSUB))
typedef struct mulerr_qhist {
  uint64_t *r, *e;
} mulerr_qhist;
int mulerr_qhist_init(mulerr_qhist *h); /* zeroed; -1 if out of memory */
void mulerr_qhist_free(mulerr_qhist *h);
/* n pairs from their errors hi[i] = RN(e) and exact products exact[i] = RN(ab). */
void mulerr_qhist_add_err(mulerr_qhist *h, size_t n, const double *hi, const double *exact);
/* n pairs of the double path (x[i] y[i] exact in binary64). */
void mulerr_qhist_add_approx(mulerr_qhist *h, size_t n, const double *approx, const double *x,
                             const double *y);
void mulerr_qhist_merge(mulerr_qhist *into, const mulerr_qhist *from);
/* p50, p90, p99, p99.9 of |r| and of |e| (NaN where nothing was counted). */
void mulerr_qhist_quantiles(const mulerr_qhist *h, double r_q[4], double e_q[4]);
/* mulerr_acc_add_block(_err) that also count the n pairs in q, as mulerr_qhist_add_approx
 * (_err) would, in the same pass (acc.c).  The allocation holds MULERR_QDUMP more counts after
 * e's: slots the pass writes and nothing reads.  These (and _fused) add to a->hist only the
 * count of r = 0 (bin 0): the other bins are a function of q's r counts, added by
 * mulerr_acc_hist_from_q(a, q) once every pair of q went through these calls into a (or into
 * accumulators merged into a) and a's histogram holds nothing else. */
#define MULERR_QDUMP 16
void mulerr_acc_hist_from_q(mulerr_acc *a, const mulerr_qhist *q);
/* The widest lanes the block passes may use (acc.c), for tests: 0 (the default) the widest the
 * processor runs, 4 the four-lane code (AVX2 or baseline) even where it has AVX-512.  Returns
 * the width they then use: 8 or 4. */
int mulerr_acc_set_width(int w);
/* The vector code the hot loops run on this processor, in words (for the bench's header). */
const char *mulerr_vector_code(void);
void mulerr_acc_add_block_q(mulerr_acc *a, mulerr_qhist *q, size_t n, const double *approx,
                            const double *x, const double *y);
void mulerr_acc_add_block_err_q(mulerr_acc *a, mulerr_qhist *q, size_t n, const double *hi,
                                const double *lo, const double *exact);
/* mulerr_acc_add_block_q whose approx[i0 .. i0 + m) is written by fill(ctx, i0, m) run by run
 * (MULERR_FUSED pairs, the last run shorter) just before the pass takes it (acc.c).  A fill
 * returning nonzero stops the pass, which returns -1 (a and q then hold part of the block:
 * the caller discards them); else 0. */
#define MULERR_FUSED 4096
typedef int (*mulerr_block_fill)(void *ctx, size_t i0, size_t m);
int mulerr_acc_add_block_fused(mulerr_acc *a, mulerr_qhist *q, size_t n, const double *approx,
                               const double *x, const double *y, mulerr_block_fill fill, void *ctx);

static inline dd dd_div_d(dd a, double b) {
  double q1 = a.hi / b;
  dd p = dd_two_prod(q1, b);
  double q2 = ((a.hi - p.hi) - p.lo + a.lo) / b;
  return dd_two_sum(q1, q2);
}
static inline dd dd_neg(dd a) { return (dd){-a.hi, -a.lo}; }

/* -------------------------------------------------------------- methods */

/* Run fn on chunks of at most MULERR_CHUNK pairs: x, y the operands rounded into cfg->work
 * under cfg->rounding, a, b the same pairs as given, out where the chunk's results go; arg is
 * passed through (method.c). */
#define MULERR_CHUNK 512
typedef void (*mulerr_rounded_fn)(const mulerr_method_cfg *cfg, int arg, size_t n, const double *x,
                                  const double *y, const double *a, const double *b, double *out);
void mulerr_mul_rounded(const mulerr_method_cfg *cfg, int arg, size_t n, const double *a,
                        const double *b, double *out, mulerr_rounded_fn fn);

/* The scalar kernels of lns, mx and int (lns.c, mx.c, int.c): the definitions their fast passes are
 * tested against bit for bit (tests/speed/t_vpass.c). */
void mulerr_lns_kernel(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
                       double *out);
void mulerr_mx_kernel(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
                      double *out);
/* Pairs the int fast product left to its exact path so far in this thread (tests). */
size_t mulerr_int_undecided(void);
/* Pairs the int vector pass marked for the scalar steps so far in this thread (tests). */
size_t mulerr_int_marked(void);
/* Pairs the mx RNE block pass left to its kernel so far in this thread (tests). */
size_t mulerr_mx_marked(void);
void mulerr_int_kernel(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
                       double *out);
/* The L-Mul / Mitchell kernel (lmul.c): offset = 1 adds 2^-l, offset = 0 nothing. */
void mulerr_lmul_kernel(const mulerr_method_cfg *cfg, int offset, size_t n, const double *a,
                        const double *b, double *out);
/* The same values, faster (a vector pass for the common case, the kernel for the rest). */
void mulerr_lmul_kernel_fast(const mulerr_method_cfg *cfg, int offset, size_t n, const double *a,
                             const double *b, double *out);

/* lmul-eq1's definition pair by pair on operands already in the operand format (lmul_eq1.c);
 * the method's vector pass equals it bit for bit (tests/unit/t_lmul.c). */
void mulerr_lmul_eq1_kernel(const mulerr_method_cfg *cfg, size_t n, const double *x, const double *y,
                            double *out);

/* lmul-gpu's adder pair by pair through the format's encoder and decoder, on operands already
 * in the operand format (lmul_gpu.c); the method's vector pass equals it bit for bit. */
void mulerr_lmul_gpu_kernel(const mulerr_method_cfg *cfg, size_t n, const double *x, const double *y,
                            double *out);

/* -------------------------------------------------------------- reference */

/* The key K of a point's sample stream (eval.c): block i draws from MT19937 seeded with
 * 1 + ((K + i) mod (2^32 - 1)), its a values first, then its b values. */
uint64_t mulerr_stream_key(const mulerr_point *p);
/* The failure of a point some operand of which is not a finite value of its source format:
 * given (the caller's pairs) or drawn from the point's distributions (engine and dot
 * products share the message). */
mulerr_status mulerr_fail_operands(const mulerr_point *p, int given);
/* Evaluate a dot-product point (p->dot.length > 0; src/dot/dot_eval.c). */
mulerr_status mulerr_dot_eval(const mulerr_point *p, mulerr_metrics *out,
                              mulerr_progress_fn progress, void *ctx, volatile sig_atomic_t *stop);

/* Is the double product of two values of format src always exact?  See reference.c. */
bool mulerr_double_product_exact(const mulerr_format *src);

/* ---------------------------------------------------------------- registries */

/* Fail with "unknown KIND 'NAME' (known: A, B, C[EXTRA])", the names being name_at(0..n-1):
 * the one message of every registry (formats, methods, distributions, accumulators). */
mulerr_status mulerr_fail_unknown(const char *kind, const char *name, const char *(*name_at)(size_t),
                                  size_t n, const char *extra);

/* ---------------------------------------------------------------- printing */
/* v with as many significant digits (15 to 17) as it needs to read back exactly; nan, inf,
 * -inf (core/print.c). */
void mulerr_fprint_double(FILE *out, double v);
/* s as a JSON string literal: quotes, backslashes and control characters escaped. */
void mulerr_fprint_json_string(FILE *out, const char *s);

/* ---------------------------------------------------------------- parsing */

/* Parse a count such as "1000000", "1e6", "2^20" into a positive integer <= 2^62. */
mulerr_status mulerr_parse_count(const char *s, uint64_t *out);
/* Parse a seed: decimal digits only, 0 to INT64_MAX (what SQLite stores exactly). */
mulerr_status mulerr_parse_seed(const char *s, uint64_t *out);
/* Parse a whole number in [lo, hi]: an optional sign and decimal digits, nothing else. */
mulerr_status mulerr_parse_int(const char *s, long lo, long hi, long *out);
/* Parse a list of integers "1..7", "1,3,5", "2..8..2" into out (at most cap entries). */
mulerr_status mulerr_parse_int_list(const char *s, long lo, long hi, long *out, size_t cap,
                                    size_t *n);
/* Split a comma-separated list into at most cap pointers into a copy owned by the caller
 * (*buf, to be freed). Empty items are an error. */
mulerr_status mulerr_split_list(const char *s, char **buf, char **items, size_t cap, size_t *n);

/* Hash text to 64 bits (FNV-1a) and mix 64 bits (SplitMix64 finaliser). */
uint64_t mulerr_hash64(const char *s);
uint64_t mulerr_mix64(uint64_t x);

#endif
