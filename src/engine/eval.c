/* eval.c — evaluating one configuration point: the sample stream, the exact reference and
 * the error of every pair.
 *
 * The sample stream.  Samples are drawn in blocks of MULERR_BLOCK pairs.  The stream of a
 * point depends only on the seed, the stream version and the operand configuration (source
 * format and the two distributions with their parameters), not on the method or its
 * parameters: every method and every k at one seed sees the same operand pairs (common random
 * numbers), so differences between methods are measured on identical inputs.  With
 *     K = mix64(seed XOR mix64(fnv1a64("source=S;a=DA;b=DB")))
 * (mix64(x) = fin(x + 0x9E3779B97F4A7C15), fin SplitMix64's output function below; from
 * version 2 on, each file a distribution reads (weights:, activations:, its model=) stands in
 * DA and DB as "sha256=" and the hex SHA-256 of its content instead of its path, so the same
 * file under any path gives the same samples) block i draws from a generator set up for
 * (K, i) by mulerr_stream_block (stream.c):
 *
 * Version 2 (--stream 2, the default).  SplitMix64 as a counter: with
 * gamma = 0x9E3779B97F4A7C15 and
 *     fin(z) = z3 where z1 = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9,
 *                       z2 = (z1 ^ (z1 >> 27)) * 0x94D049BB133111EB, z3 = z2 ^ (z2 >> 31)
 * (all mod 2^64), the j-th 64-bit value (j = 0, 1, ...) of block i is
 *     fin(K + (i 2^32 + j + 1) gamma)  (mod 2^64).
 * gamma is odd, so (i, j) -> K + (i 2^32 + j + 1) gamma is injective for j < 2^32, and fin is
 * a bijection: no two blocks of a point ever share a value's input (a block uses far fewer
 * than 2^32 values).  A GSL sampler reads it as a gsl_rng (stream.c): get() = the next
 * value's high 32 bits, get_double() = its top 53 bits times 2^-53 (min 0, max 2^32 - 1).
 * The fast samplers read the values directly: normal takes one value per ziggurat try
 * (stream.h: low 8 bits the layer, bit 8 the sign, top 55 bits the uniform; wedge and tail
 * one more value per uniform; tables from MPFR, the wedge and tail tests through the C
 * library's exp and log), uniform-mantissa's j is the top m bits of one value, and a
 * uniform index in [0, n) (weights, activations) is Lemire's multiply-shift: the high word
 * of x n, x rejected (the next value taken) while the low word is below 2^64 mod n.
 *
 * Version 1 (--stream 1; every database before schema version 4).  Block i is drawn from a
 * fresh GSL MT19937 generator seeded with
 *     s_i = 1 + ((K + i) mod (2^32 - 1)),
 * which is injective in i for the first 2^32 - 1 blocks (GSL's MT19937 takes a 32-bit seed
 * and maps 0 to 4357; s_i is never 0), so no two blocks of a point share a generator state;
 * samplers use GSL's (gsl_ran_gaussian_ziggurat, gsl_rng_uniform_int).
 *
 * Within a block the generator yields the block's a values first, then its b values.
 * Exhaustive points and caller-given pairs use K = 0 (their generator serves stochastic
 * rounding only).  Each block's metrics are accumulated separately and merged in block
 * order, so the result is the same for any thread count and schedule.
 *
 * The error.  For each pair the exact error e = approx - a b is represented exactly as
 * hi + lo with hi = RN(e) and lo = RN(e - hi) (which is e - hi exactly in the double path).
 * Double path (when mulerr_double_product_exact): the product a*b is exact (reference.c),
 * and Knuth's TwoSum of approx and -a*b gives hi and lo exactly.  MPFR path: the product is
 * computed with precision 2p, which holds the product of two p-bit numbers exactly; e is
 * then formed in precision 2p + 64, which holds it exactly whenever approx and ab are within
 * about 2^63 of each other (MPFR's ternary value says so), and hi = RN(e), lo = RN(e - hi),
 * both exact roundings; otherwise hi is mpfr_sub rounded once to 53 bits and lo is
 * mpfr_sum(approx, -hi, -ab) rounded once.  Either way the two paths give bit-identical
 * (hi, lo) wherever both apply. */
#include "internal.h"
#include "dot/dot.h"
#include "engine/stream.h"

#include <mpfr.h>
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

static const char *const operand_names[] = {"sampled", "all", "positive", "normal", "positive-normal"};
const char *mulerr_operands_name(mulerr_operands o) {
  return o <= MULERR_OPERANDS_POSITIVE_NORMAL ? operand_names[o] : "?";
}
int mulerr_operands_parse(const char *name) {
  int i;
  for (i = 1; i <= (int)MULERR_OPERANDS_POSITIVE_NORMAL; i++)
    if (!strcmp(name, operand_names[i])) return i;
  return -1;
}

mulerr_status mulerr_operand_values(const mulerr_format *f, mulerr_operands o, double **vals,
                                    size_t *n) {
  const int bits = mulerr_format_bits(f);
  const double minn = mulerr_format_min_normal(f);
  uint64_t e, nenc;
  *vals = NULL;
  *n = 0;
  if (bits > MULERR_ENUM_MAX_BITS)
    return mulerr_fail(MULERR_EINVAL, "format '%s' has %d bits: exhaustive enumeration takes "
                       "formats of at most %d bits", f->name, bits, MULERR_ENUM_MAX_BITS);
  nenc = (uint64_t)1 << bits;
  if (!(*vals = malloc(nenc * sizeof **vals))) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  for (e = 0; e < nenc; e++) {
    double v = mulerr_format_decode(f, e);
    if (!isfinite(v)) continue;
    if ((o == MULERR_OPERANDS_POSITIVE || o == MULERR_OPERANDS_POSITIVE_NORMAL) && !(v > 0)) continue;
    if ((o == MULERR_OPERANDS_NORMAL || o == MULERR_OPERANDS_POSITIVE_NORMAL) && fabs(v) < minn) continue;
    (*vals)[(*n)++] = v;
  }
  if (!*n) {
    free(*vals);
    *vals = NULL;
    return mulerr_fail(MULERR_EINVAL, "format '%s' has no %s encodings", f->name, mulerr_operands_name(o));
  }
  return MULERR_OK;
}

/* Version 2 names a distribution's files by content: the files its inputs() reports. */
typedef struct finput {
  const char *path, *sha256;
} finput;
typedef struct finputs {
  finput *v;
  size_t n, cap;
  int oom;
} finputs;

static void collect_input(void *ctx, const char *path, uint64_t size, const char *sha256) {
  finputs *f = ctx;
  (void)size;
  if (f->oom) return;
  if (f->n == f->cap) {
    finput *v = realloc(f->v, (f->cap ? 2 * f->cap : 8) * sizeof *v);
    if (!v) {
      f->oom = 1;
      return;
    }
    f->v = v, f->cap = f->cap ? 2 * f->cap : 8;
  }
  f->v[f->n].path = path, f->v[f->n].sha256 = sha256, f->n++;
}

static uint64_t fnv_bytes(uint64_t h, const char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h;
}

/* FNV-1a of d's text continued from h, each file path that inputs() names (where it stands
 * whole: after ':', '+' or '=', before ':', '+' or the end) fed as "sha256=HEX" instead. */
static uint64_t fnv_dist(uint64_t h, const mulerr_dist_spec *d, const finputs *f) {
  const char *t = d->text;
  size_t i = 0, k;
  while (t[i]) {
    size_t pl = 0;
    for (k = 0; i > 0 && strchr(":+=", t[i - 1]) && k < f->n; k++) {
      pl = strlen(f->v[k].path);
      if (pl && !strncmp(t + i, f->v[k].path, pl) && (t[i + pl] == 0 || t[i + pl] == ':' || t[i + pl] == '+'))
        break;
    }
    if (i > 0 && strchr(":+=", t[i - 1]) && k < f->n) {
      h = fnv_bytes(fnv_bytes(h, "sha256=", 7), f->v[k].sha256, strlen(f->v[k].sha256));
      i += pl;
    } else
      h = fnv_bytes(h, t + i++, 1);
  }
  return h;
}

uint64_t mulerr_stream_key(const mulerr_point *p) {
  char buf[MULERR_KEY_MAX];
  finputs f = {NULL, 0, 0, 0};
  if (mulerr_point_stream(p) != 1) { /* version 2: files by their content */
    if (p->dist_a.type && p->dist_a.type->inputs) p->dist_a.type->inputs(&p->dist_a, collect_input, &f);
    if (p->dist_b.type && p->dist_b.type->inputs) p->dist_b.type->inputs(&p->dist_b, collect_input, &f);
  }
  if (f.n && !f.oom) { /* the bytes of the text below, with the files' paths replaced */
    uint64_t h = fnv_bytes(14695981039346656037ull, "source=", 7);
    h = fnv_bytes(h, p->cfg.source->name, strlen(p->cfg.source->name));
    h = fnv_dist(fnv_bytes(h, ";a=", 3), &p->dist_a, &f);
    h = fnv_dist(fnv_bytes(h, ";b=", 3), &p->dist_b, &f);
    free(f.v);
    return mulerr_mix64(p->seed ^ mulerr_mix64(h));
  }
  free(f.v); /* (out of memory for a few pointers: the text as version 1 hashes it) */
  snprintf(buf, sizeof buf, "source=%s;a=%s;b=%s", p->cfg.source->name, p->dist_a.text,
           p->dist_b.text);
  return mulerr_mix64(p->seed ^ mulerr_mix64(mulerr_hash64(buf)));
}

/* Operand pairs supplied by the caller (mulerr_eval_pairs). */
typedef struct pairs {
  const double *a, *b;
  size_t n;
} pairs;

/* x = v exactly, for a v with at most prec significant bits (prec <= 64): x is made to point
 * at one limb of the caller's holding v's significand, through MPFR's documented custom
 * interface (mpfr_custom_init_set), with no allocation and no rounding.  The limb holds the
 * 53-bit significand M of v = M 2^e shifted up to a set top bit, so its value is
 * limb 2^-64 2^(e + 64 - lz) with lz the shift; the bits below prec are zero because M has at
 * most prec significant bits, as MPFR requires.  Much cheaper than mpfr_set_d into a
 * variable of another precision, which rounds through a temporary. */
#if GMP_NUMB_BITS == 64 && !GMP_NAIL_BITS
#define CUSTOM_LIMB 1
static void set_exact(mpfr_ptr x, mp_limb_t *limb, mpfr_prec_t prec, double v) {
  const uint64_t u = mulerr_d2u(v);
  const int be = (int)((u >> 52) & 0x7ff), neg = (int)(u >> 63);
  uint64_t m = u & 0xfffffffffffffull;
  int lz;
  if (be == 0x7ff) {
    mpfr_custom_init_set(x, m ? MPFR_NAN_KIND : neg ? -MPFR_INF_KIND : MPFR_INF_KIND, 0, prec, limb);
    return;
  }
  if (be == 0 && m == 0) {
    mpfr_custom_init_set(x, neg ? -MPFR_ZERO_KIND : MPFR_ZERO_KIND, 0, prec, limb);
    return;
  }
  if (be) m |= 1ull << 52;
  lz = __builtin_clzll(m);
  limb[0] = (mp_limb_t)(m << lz);
  mpfr_custom_init_set(x, neg ? -MPFR_REGULAR_KIND : MPFR_REGULAR_KIND,
                       (mpfr_exp_t)((be ? be : 1) - 1075 + 64 - lz), prec, limb);
}
#else /* other limb sizes: plain, initialised variables */
#define CUSTOM_LIMB 0
static void set_exact(mpfr_ptr x, mp_limb_t *limb, mpfr_prec_t prec, double v) {
  (void)limb, (void)prec;
  mpfr_set_d(x, v, MPFR_RNDN);
}
#endif

/* Per-thread workspace: buffers and MPFR variables allocated once, never per sample. */
typedef struct work {
  double *a, *b, *approx;
  double *ga, *gb, *sa, *sb; /* scaling: group maxima, then scales; the scaled operands */
  double *ta, *tb;
  const double *xa, *xb; /* the block's operands: a and b, or the caller's pairs */
  gsl_rng *rng;
  mpfr_t ma, mb, mab, mx, mhi, mlo, me;
  mp_limb_t la[1], lb[1], lx[1], lhi[1]; /* ma, mb, mx and mhi's limbs (set_exact) */
  int prec;
  int use_mpfr, use_block;
  int check_runs; /* caller's pairs checked run by run in the fused pass (eval_block), not whole */
  int state; /* 0 not yet set up, 1 ready, -1 out of memory */
  mulerr_qhist qh; /* quantile histograms of this thread's blocks (of the whole point) */
} work;

static int work_init(work *w, int use_mpfr, int use_block, int p, int stream) {
  memset(w, 0, sizeof *w);
  w->a = malloc(9 * MULERR_BLOCK * sizeof(double));
  w->rng = mulerr_stream_alloc(stream);
  if (!w->a || !w->rng || mulerr_qhist_init(&w->qh)) return -1;
  w->b = w->a + MULERR_BLOCK;
  w->approx = w->b + MULERR_BLOCK;
  w->ga = w->approx + MULERR_BLOCK, w->gb = w->ga + MULERR_BLOCK;
  w->sa = w->gb + MULERR_BLOCK, w->sb = w->sa + MULERR_BLOCK;
  w->ta = w->sb + MULERR_BLOCK, w->tb = w->ta + MULERR_BLOCK;
  w->use_mpfr = use_mpfr;
  w->use_block = use_block;
  if (use_mpfr) {
    w->prec = p;
#if CUSTOM_LIMB /* set_exact's variables: custom, on the work's own limbs */
    mpfr_custom_init_set(w->ma, MPFR_ZERO_KIND, 0, p, w->la);
    mpfr_custom_init_set(w->mb, MPFR_ZERO_KIND, 0, p, w->lb);
    mpfr_custom_init_set(w->mx, MPFR_ZERO_KIND, 0, 53, w->lx);
    mpfr_custom_init_set(w->mhi, MPFR_ZERO_KIND, 0, 53, w->lhi);
#else
    mpfr_inits2(53, w->ma, w->mb, w->mx, w->mhi, (mpfr_ptr)0);
    mpfr_set_prec(w->ma, p);
    mpfr_set_prec(w->mb, p);
#endif
    mpfr_init2(w->mlo, 53);
    mpfr_init2(w->mab, 2 * p); /* exact: a p-bit times a p-bit number has at most 2p bits */
    mpfr_init2(w->me, 2 * p + 64); /* approx - ab, exact when their exponents are close */
  }
  return 0;
}

static void work_free(work *w) {
  if (!w->state) return;
  free(w->a);
  mulerr_qhist_free(&w->qh);
  if (w->rng) gsl_rng_free(w->rng);
  if (w->use_mpfr) {
    mpfr_clears(w->mab, w->mlo, w->me, (mpfr_ptr)0);
#if !CUSTOM_LIMB
    mpfr_clears(w->ma, w->mb, w->mx, w->mhi, (mpfr_ptr)0);
#endif
  }
}

/* The grouping a point's operands are scaled by: --scale, or for int per tensor (block 0)
 * the tensor the value came from (the real tensor of a weights distribution; for other
 * operands the sample block, which is what int's own per-tensor scale always used). */
static int effective_scale(const mulerr_point *p) {
  if (p->scale) return p->scale;
  return p->cfg.block == 0 && !strcmp(p->method->name, "int") ? MULERR_SCALE_TENSOR : MULERR_SCALE_NONE;
}

/* The operands of block i (in w->xa, w->xb): drawn from the point's stream, or (exhaustive) the i-th value
 * times every value.  Returns the number of pairs, or 0 if a drawn value was not finite. */
static size_t block_operands(const mulerr_point *p, uint64_t key, const double *vals, size_t nv,
                             const pairs *pr, uint64_t i, work *w) {
  size_t j, n;
  int bad;
  w->xa = w->a, w->xb = w->b;
  if (pr) { /* caller's pairs, used in place: block i is pairs i B .. i B + B - 1 */
    const size_t o = (size_t)i * MULERR_BLOCK;
    n = pr->n - o < MULERR_BLOCK ? pr->n - o : MULERR_BLOCK;
    mulerr_stream_block(w->rng, 0, i); /* for stochastic rounding only */
    w->xa = pr->a + o, w->xb = pr->b + o;
    if (!w->check_runs && (mulerr_format_nonvalues(p->cfg.source, n, w->xa) ||
                           mulerr_format_nonvalues(p->cfg.source, n, w->xb)))
      return 0;
    return n;
  }
  if (p->operands != MULERR_SAMPLED) {
    mulerr_stream_block(w->rng, 0, i); /* for stochastic rounding only */
    for (j = 0; j < nv; j++) w->a[j] = vals[i];
    memcpy(w->b, vals, nv * sizeof *vals);
    return nv;
  }
  n = (size_t)(p->samples - i * MULERR_BLOCK < MULERR_BLOCK ? p->samples - i * MULERR_BLOCK : MULERR_BLOCK);
  mulerr_stream_block(w->rng, key, i);
  /* every value finite (mulerr_any_nonfinite: a vector pass), each operand checked just after
   * its draw, while its values are still in the cache; b is drawn either way */
  if (MULERR_DRAWS_PAIRS(p)) /* real operand pairs (activations); scales from the stream */
    p->dist_a.type->draw_pairs(&p->dist_a, p->cfg.source, w->rng, n, w->a, w->b);
  else if (effective_scale(p) && p->dist_a.type->draw_amax) /* the same draws, with each value's group max */
    p->dist_a.type->draw_amax(&p->dist_a, p->cfg.source, w->rng, n, w->a, effective_scale(p), p->scale_block, w->ga);
  else
    p->dist_a.type->draw(&p->dist_a, p->cfg.source, w->rng, n, w->a);
  bad = mulerr_any_nonfinite(n, w->a);
  if (MULERR_DRAWS_PAIRS(p)) { /* b came with a */
  } else if (effective_scale(p) && p->dist_b.type->draw_amax)
    p->dist_b.type->draw_amax(&p->dist_b, p->cfg.source, w->rng, n, w->b, effective_scale(p), p->scale_block, w->gb);
  else
    p->dist_b.type->draw(&p->dist_b, p->cfg.source, w->rng, n, w->b);
  bad |= mulerr_any_nonfinite(n, w->b);
  return bad ? 0 : n;
}

/* The format whose ulp measures a point's errors: --out-format, else the operand format. */
static const mulerr_format *ulp_format(const mulerr_point *p) {
  return p->cfg.out_format ? p->cfg.out_format : &p->cfg.work;
}

/* The largest finite magnitude of the method's operands (the scale's target). */
static double scale_target(const mulerr_point *p, int *pow2) {
  if (!strcmp(p->method->name, "lns")) { /* products of 53 bits: power-of-two scales only */
    *pow2 = 1;
    /* the product's log must fit the same range as the operands': the group max goes to
     * 2^(2^(i-2) - 1), so that a product of two maxima stays below 2^(2^(i-1) - 2) */
    return p->cfg.lns_int >= 2 ? ldexp(1, (1 << (p->cfg.lns_int - 2)) - 1) : 1;
  }
  *pow2 = p->scale_pow2;
  return mulerr_format_max(&p->cfg.work);
}

/* mul() on scaled operands (scale.c): returns 0, or -1 if a scaled product was not exact. */
static int scaled_mul(const mulerr_point *p, size_t n, work *w) {
  const int sampled = p->operands == MULERR_SAMPLED && w->xa == w->a;
  int pow2, bad = 0;
  const double fmax = scale_target(p, &pow2);
  size_t j;
  if (!(sampled && p->dist_b.type->draw_amax)) mulerr_scale_stream_amax(effective_scale(p), p->scale_block, n, w->xb, w->gb);
  if (p->operands != MULERR_SAMPLED && w->xa == w->a) /* exhaustive: the tensor is every value (b's row) */
    memcpy(w->ga, w->gb, n * sizeof *w->ga);
  else if (!(sampled && p->dist_a.type->draw_amax))
    mulerr_scale_stream_amax(effective_scale(p), p->scale_block, n, w->xa, w->ga);
  mulerr_sr_source(w->rng);
  if (!strcmp(p->method->name, "int")) { /* int scales by itself: hand it the group maxima */
    mulerr_int_group_amax(w->ga, w->gb);
    p->method->mul(&p->cfg, n, w->xa, w->xb, w->approx);
    mulerr_int_group_amax(NULL, NULL);
    mulerr_sr_source(NULL);
    return 0;
  }
  for (j = 0; j < n; j++) {
    w->sa[j] = mulerr_scale_of(w->ga[j], fmax, pow2), w->sb[j] = mulerr_scale_of(w->gb[j], fmax, pow2);
    w->ta[j] = w->xa[j] / w->sa[j], w->tb[j] = w->xb[j] / w->sb[j];
  }
  p->method->mul(&p->cfg, n, w->ta, w->tb, w->approx);
  mulerr_sr_source(NULL);
  for (j = 0; j < n; j++) {
    const double ss = w->sa[j] * w->sb[j]; /* exact: <= 24 significant bits */
    const dd v = dd_two_prod(w->approx[j], ss);
    bad |= isfinite(v.hi) && v.lo != 0;
    w->approx[j] = v.hi;
  }
  return bad ? -1 : 0;
}

/* Whether a block's products may be computed run by run (MULERR_FUSED pairs at a time), each
 * run just before the metrics pass takes it: for methods whose product of a pair depends on
 * that pair alone (and, for mx and int, on its group of `block` pairs, a power of two dividing
 * MULERR_FUSED, so no group straddles two runs), without stochastic rounding (whose draws
 * follow the calls) and without --scale (whose groups span the block).  tests/speed/t_vpass.c
 * checks each fast pass on calls of uneven lengths against its kernel. */
static int fusable(const mulerr_point *p) {
  static const char *const pairwise[] = {"exact", "float", "lmul", "mitchell", "lmul-eq1", "lmul-gpu", "lns"};
  const char *name = p->method->name;
  size_t j;
  if (p->cfg.rounding == MULERR_RSR || effective_scale(p)) return 0;
  if (!strcmp(name, "mx") || !strcmp(name, "int"))
    return p->cfg.block > 0 && MULERR_FUSED % p->cfg.block == 0;
  for (j = 0; j < sizeof pairwise / sizeof *pairwise; j++)
    if (!strcmp(name, pairwise[j])) return 1;
  return 0;
}

typedef struct fill_ctx {
  const mulerr_point *p;
  work *w;
} fill_ctx;

/* One run's products; with check_runs its operands are checked first (the caller's pairs:
 * block_operands left the check to the runs, each of which is then read while in the cache):
 * -1, and the block fails, if one is not a value of the source format.  The block's runs are
 * all checked before it succeeds, so it fails exactly when a whole-block check would. */
static int fill_run(void *ctx, size_t i0, size_t m) {
  const fill_ctx *c = ctx;
  if (c->w->check_runs && (mulerr_format_nonvalues(c->p->cfg.source, m, c->w->xa + i0) ||
                           mulerr_format_nonvalues(c->p->cfg.source, m, c->w->xb + i0)))
    return -1;
  c->p->method->mul(&c->p->cfg, m, c->w->xa + i0, c->w->xb + i0, c->w->approx + i0);
  return 0;
}

/* Evaluate block i into acc; returns 0, or -1 if a source value was not finite. */
static int eval_block(const mulerr_point *p, uint64_t key, const double *vals, size_t nv,
                      const pairs *pr, uint64_t i, work *w, mulerr_acc *acc) {
  const int fused = w->use_block && !w->use_mpfr && fusable(p);
  size_t n, j;
  w->check_runs = fused && pr; /* the caller's pairs: checked run by run (fill_run) */
  if (!(n = block_operands(p, key, vals, nv, pr, i, w))) return -1;
  mulerr_acc_init(acc, ulp_format(p)->mbits, mulerr_format_emin(ulp_format(p)));
  if (fused) { /* products and metrics run by run */
    const fill_ctx c = {p, w};
    return mulerr_acc_add_block_fused(acc, &w->qh, n, w->approx, w->xa, w->xb, fill_run, (void *)&c);
  }
  if (effective_scale(p) && scaled_mul(p, n, w)) return -2;
  if (!effective_scale(p)) {
    mulerr_sr_source(w->rng); /* stochastic rounding continues the block's own stream */
    p->method->mul(&p->cfg, n, w->xa, w->xb, w->approx);
    mulerr_sr_source(NULL);
  }
  if (w->use_block && !w->use_mpfr) /* the metrics and the quantile histograms in one pass */
    mulerr_acc_add_block_q(acc, &w->qh, n, w->approx, w->xa, w->xb);
  else if (!w->use_mpfr) {
    mulerr_qhist_add_approx(&w->qh, n, w->approx, w->xa, w->xb);
    for (j = 0; j < n; j++) {
      double exact = w->xa[j] * w->xb[j]; /* exact: reference.c */
      mulerr_acc_add(acc, dd_two_sum(w->approx[j], -exact), exact);
    }
  } else {
    for (j = 0; j < n; j++) {
      dd err;
      set_exact(w->ma, w->la, w->prec, w->xa[j]); /* exact: source values have <= p bits */
      set_exact(w->mb, w->lb, w->prec, w->xb[j]);
      mpfr_mul(w->mab, w->ma, w->mb, MPFR_RNDN); /* exact (precision 2p) */
      set_exact(w->mx, w->lx, 53, w->approx[j]); /* exact: 53 bits */
      if (isfinite(w->approx[j]) && mpfr_sub(w->me, w->mx, w->mab, MPFR_RNDN) == 0) {
        /* e = approx - ab held exactly (ternary 0); hi = RN(e); e - hi is exact in me's
         * precision (a multiple of e's last place, below hi's), so lo = RN(e - hi) */
        err.hi = mpfr_get_d(w->me, MPFR_RNDN);
        set_exact(w->mhi, w->lhi, 53, err.hi);
        mpfr_sub(w->me, w->me, w->mhi, MPFR_RNDN);
        err.lo = mpfr_get_d(w->me, MPFR_RNDN);
      } else { /* e does not fit me (operands far apart in exponent), or approx not finite */
        mpfr_ptr terms[3];
        mpfr_sub(w->mhi, w->mx, w->mab, MPFR_RNDN);
        err.hi = mpfr_get_d(w->mhi, MPFR_RNDN); /* exact: mhi has 53 bits, in double range */
        mpfr_neg(w->mhi, w->mhi, MPFR_RNDN);
        mpfr_neg(w->mab, w->mab, MPFR_RNDN);
        terms[0] = w->mx, terms[1] = w->mhi, terms[2] = w->mab;
        mpfr_sum(w->mlo, terms, 3, MPFR_RNDN); /* RN(approx - hi - ab), one rounding */
        err.lo = mpfr_get_d(w->mlo, MPFR_RNDN);
        mpfr_neg(w->mab, w->mab, MPFR_RNDN);
      }
      /* the exact product rounded to double, for r and ulps: IEEE 754's product a*b is that
       * correct rounding (mpfr_get_d of the exact product would give the same bits) */
      if (w->use_block) { /* kept for one block pass (a[j], b[j] are read before) */
        const double ab = w->xa[j] * w->xb[j];
        w->a[j] = err.hi, w->b[j] = err.lo, w->approx[j] = ab;
      } else {
        const double ab = w->xa[j] * w->xb[j];
        mulerr_acc_add(acc, err, ab);
        mulerr_qhist_add_err(&w->qh, 1, &err.hi, &ab);
      }
    }
    if (w->use_block) {
      mulerr_acc_add_block_err_q(acc, &w->qh, n, w->a, w->b, w->approx);
    }
  }
  return 0;
}

/* Blocks are evaluated in chunks: in parallel within a chunk, merged in block order. */
#define CHUNK 64

mulerr_status mulerr_fail_operands(const mulerr_point *p, int given) {
  if (given)
    return mulerr_fail(MULERR_EINVAL, "an operand is not a finite value of source format '%s'",
                       p->cfg.source->name);
  return mulerr_fail(MULERR_EINVAL, "distribution '%s' or '%s' produced a value outside the "
                     "finite range of source format '%s'", p->dist_a.text, p->dist_b.text,
                     p->cfg.source->name);
}

static mulerr_status eval_core(const mulerr_point *p, const pairs *pr, mulerr_metrics *out,
                               mulerr_progress_fn progress, void *ctx,
                               volatile sig_atomic_t *stop) {
  const int exhaustive = !pr && p->operands != MULERR_SAMPLED;
  const uint64_t key = exhaustive || pr ? 0 : mulerr_stream_key(p);
  uint64_t nblocks, total_pairs;
  int use_mpfr, use_block;
  mulerr_acc total, chunk_acc[CHUNK], half[2]; /* half: the first and second half of the blocks */
  mulerr_qhist qtotal;
  uint64_t c0;
  int bad = 0, oom = 0, intr = 0, t;
#ifdef _OPENMP
  const int nth = omp_get_max_threads();
#else
  const int nth = 1;
#endif
  work *ws; /* one workspace per thread, set up by its thread once, for every chunk */
  double *vals = NULL;
  size_t nv = 0;
  mulerr_status st;

  if (pr) {
    nblocks = (pr->n + MULERR_BLOCK - 1) / MULERR_BLOCK;
    total_pairs = pr->n;
  } else if (exhaustive) {
    if ((st = mulerr_operand_values(p->cfg.source, p->operands, &vals, &nv)) != MULERR_OK) return st;
    nblocks = nv; /* block i: the i-th value times every value */
    total_pairs = (uint64_t)nv * nv;
  } else {
    nblocks = (p->samples + MULERR_BLOCK - 1) / MULERR_BLOCK;
    total_pairs = p->samples;
  }
  if (total_pairs == 0) return mulerr_fail(MULERR_EINVAL, "a point needs at least one sample");
  if (nblocks >= 4294967295ull)
    return mulerr_fail(MULERR_EINVAL, "%llu samples is more than one stream holds",
                       (unsigned long long)p->samples);
  if ((st = mulerr_scale_check(p)) != MULERR_OK) return st;
  if (mulerr_point_check(p) != MULERR_OK) return MULERR_EINVAL;
  use_mpfr = !strcmp(mulerr_point_reference(p), "mpfr"); /* point.c decides */
  use_block = mulerr_acc_block_applies(p->cfg.source, ulp_format(p)->mbits,
                                       mulerr_format_emin(ulp_format(p)));
  mulerr_acc_init(&total, ulp_format(p)->mbits, mulerr_format_emin(ulp_format(p)));
  half[0] = half[1] = total;
  if (mulerr_qhist_init(&qtotal)) {
    free(vals);
    return mulerr_fail(MULERR_ENOMEM, "out of memory evaluating a point");
  }
  if (!(ws = calloc((size_t)nth, sizeof *ws))) {
    free(vals);
    mulerr_qhist_free(&qtotal);
    return mulerr_fail(MULERR_ENOMEM, "out of memory evaluating a point");
  }

  for (c0 = 0; c0 < nblocks && !bad && !oom && !intr; c0 += CHUNK) {
    const uint64_t cn = nblocks - c0 < CHUNK ? nblocks - c0 : CHUNK;
    if (stop && *stop) {
      intr = 1; /* freed below */
      break;
    }
#pragma omp parallel num_threads(nth) reduction(| : bad, oom)
    {
#ifdef _OPENMP
      work *w = &ws[omp_get_thread_num()];
#else
      work *w = &ws[0];
#endif
      long long b;
      if (!w->state) w->state = work_init(w, use_mpfr, use_block, p->cfg.source->mbits + 1, mulerr_point_stream(p)) == 0 ? 1 : -1;
      if (w->state < 0) oom = 1;
      /* every thread must reach the worksharing loop, even one whose workspace failed */
#pragma omp for schedule(dynamic, 1)
      for (b = 0; b < (long long)cn; b++)
        if (w->state > 0) {
          const int r = eval_block(p, key, vals, nv, pr, c0 + (uint64_t)b, w, &chunk_acc[b]);
          if (r) bad |= r == -2 ? 2 : 1; /* 2: a scaled product was not exact */
        }
    }
    if (!bad && !oom) {
      uint64_t b;
      for (b = 0; b < cn; b++) {
        mulerr_acc_merge(&total, &chunk_acc[b]);
        mulerr_acc_merge(&half[c0 + b >= nblocks / 2], &chunk_acc[b]);
      }
      if (progress) progress(ctx, total.n, total_pairs);
    }
  }
  free(vals);
  for (t = 0; t < nth; t++) { /* integer counts: any order gives the same sums */
    if (ws[t].state > 0 && !oom && !bad && !intr) mulerr_qhist_merge(&qtotal, &ws[t].qh);
    work_free(&ws[t]);
  }
  free(ws);
  if (oom || bad || intr) mulerr_qhist_free(&qtotal);
  if (intr) return mulerr_fail(MULERR_EINTR, "interrupted");
  if (oom) return mulerr_fail(MULERR_ENOMEM, "out of memory evaluating a point");
  if (bad & 2)
    return mulerr_fail(MULERR_EINVAL, "--scale: a product of scaled operands times the scales is not a "
                       "binary64 value exactly (method '%s' on format '%s'); use --scale-pow2",
                       p->method->name, p->cfg.work.name);
  if (bad) return mulerr_fail_operands(p, pr != NULL);
  /* the block passes leave the |r| histogram's bins 1-63 to the merged r counts (acc.c) */
  if (use_block) mulerr_acc_hist_from_q(&total, &qtotal);
  /* an enumeration is exact, unless stochastic rounding made it one random realisation */
  mulerr_acc_finish(&total, exhaustive && p->cfg.rounding != MULERR_RSR, out);
  mulerr_qhist_quantiles(&qtotal, out->r_q, out->e_q);
  mulerr_qhist_free(&qtotal);
  { /* the split-half means (a stability check for the report) */
    int h;
    for (h = 0; h < 2; h++) {
      mulerr_metrics hm;
      mulerr_acc_finish(&half[h], 1, &hm);
      out->mre_half[h] = nblocks >= 2 ? hm.mre : NAN;
      out->mae_half[h] = nblocks >= 2 ? hm.mae : NAN;
    }
  }
  return MULERR_OK;
}

mulerr_status mulerr_eval(const mulerr_point *p, mulerr_metrics *out, mulerr_progress_fn progress,
                          void *ctx, volatile sig_atomic_t *stop) {
  if (p->dot.length) return mulerr_dot_eval(p, out, progress, ctx, stop); /* src/dot/dot_eval.c */
  return eval_core(p, NULL, out, progress, ctx, stop);
}

mulerr_status mulerr_eval_pairs(const mulerr_point *p, size_t n, const double *a, const double *b,
                                mulerr_metrics *out) {
  const pairs pr = {a, b, n};
  return eval_core(p, &pr, out, NULL, NULL, NULL);
}
