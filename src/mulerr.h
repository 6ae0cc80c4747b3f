/* mulerr.h — the public API of libmulerr: number formats, multiply methods, operand
 * distributions, exact error measurement and the SQLite results database.
 *
 * A configuration point (mulerr_point) names a multiply method with its parameters, the
 * source format the operands are representable in, and the operand distributions.  mulerr_eval()
 * draws the operand pairs from a stream that is a pure function of (seed, operand
 * configuration, block index), multiplies every pair through the method and through an exact
 * reference, and accumulates the error metrics (mulerr_metrics).  mulerr_db_* stores them
 * with full provenance.
 *
 * Conventions: functions that can fail return a mulerr_status; the message that goes with a
 * failure is in mulerr_errmsg() (one per thread).  Nothing here prints.
 */
#ifndef MULERR_H
#define MULERR_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- status */

typedef enum mulerr_status {
  MULERR_OK = 0,
  MULERR_EINVAL,  /* a bad argument or configuration (a usage error at the CLI) */
  MULERR_ENOMEM,  /* out of memory */
  MULERR_EIO,     /* a file could not be read or written */
  MULERR_EDB,     /* the results database refused an operation */
  MULERR_EINTR    /* stopped on request (SIGINT) before finishing */
} mulerr_status;

/* The message describing the last failure in this thread ("" if none). */
const char *mulerr_errmsg(void);
/* Record a failure message (printf-style) and return code: the one error funnel. */
mulerr_status mulerr_fail(mulerr_status code, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Version strings of mulerr, its git revision, and of the libraries it runs with. */
const char *mulerr_version(void);
const char *mulerr_git_revision(void);
/* "mpfr 4.2.0, gmp 6.2.1, gsl 2.7.1, sqlite 3.40.1" as linked at run time. */
const char *mulerr_library_versions(void);

/* --------------------------------------------------------------- rounding */

typedef enum mulerr_rounding {
  MULERR_RNE = 0, /* to nearest, ties to even */
  MULERR_RTZ,     /* toward zero (truncation) */
  MULERR_RNA,     /* away from zero (a directed rounding; named "away") */
  MULERR_RUP,     /* toward +infinity */
  MULERR_RDN,     /* toward -infinity */
  MULERR_RNTA,    /* to nearest, ties away from zero ("rna", IEEE 754 roundTiesToAway) */
  MULERR_ROUNDING_COUNT,       /* the deterministic modes are 0 .. COUNT-1 */
  MULERR_RSR = MULERR_ROUNDING_COUNT, /* stochastic: up with probability (x - down)/(up - down) */
  MULERR_ROUNDING_DEFAULT = -1 /* the method's own default */
} mulerr_rounding;

/* Stochastic rounding draws u = gsl_rng_uniform() (a multiple of 2^-32 in [0, 1)) from the
 * calling thread's random source and rounds up iff u < frac, so a value rounds up with
 * probability ceil(frac 2^32) 2^-32, within 2^-32 of frac.  mulerr_eval points it at the
 * block's own generator (after the block's operands are drawn), which keeps results a pure
 * function of (seed, configuration, block).  Set it with mulerr_sr_source(r) (a gsl_rng *);
 * without one, a fixed-seed MT19937 of the thread is used. */
void mulerr_sr_source(void *gsl_rng_ptr);

const char *mulerr_rounding_name(mulerr_rounding r); /* "rne", "trunc", "away", "up", "down", "rna" */
/* Parse a rounding name; returns -1 (MULERR_ROUNDING_DEFAULT) if unknown. */
int mulerr_rounding_parse(const char *name);

/* ---------------------------------------------------------------- formats */

/* Format flags: how the all-ones exponent and the sign are used. */
enum {
  MULERR_FMT_INF = 1u << 0,      /* all-ones exponent, zero mantissa is +-Inf */
  MULERR_FMT_NAN_IEEE = 1u << 1, /* all-ones exponent, nonzero mantissa is NaN */
  MULERR_FMT_NAN_FN = 1u << 2,   /* only S.all-ones.all-ones is NaN (OCP "fn") */
  MULERR_FMT_NAN_UZ = 1u << 3,   /* only the negative-zero pattern is NaN ("fnuz") */
  MULERR_FMT_NO_SUBNORMAL = 1u << 4, /* zero exponent field means 2^emin (no subnormals) */
  MULERR_FMT_UNSIGNED = 1u << 5, /* no sign bit */
  MULERR_FMT_SATURATE = 1u << 6, /* conversion clamps to the max finite value */
  MULERR_FMT_OVERFLOW_NAN = 1u << 7, /* conversion overflows to NaN (a format without Inf) */
  MULERR_FMT_FLUSH = 1u << 8     /* conversion flushes results below the min normal to zero */
};
#define MULERR_FMT_IEEE (MULERR_FMT_INF | MULERR_FMT_NAN_IEEE)

/* A binary floating-point format described as data.  Value of a finite encoding with
 * exponent field E and mantissa field M: (-1)^S 2^(E-bias) (1 + M 2^-mbits) if E > 0,
 * (-1)^S 2^(1-bias) M 2^-mbits if E = 0 (subnormal). */
typedef struct mulerr_format {
  const char *name;        /* registry name, e.g. "bf16" */
  const char *description; /* one line */
  int ebits;               /* exponent field width, 1..11 */
  int mbits;               /* stored mantissa bits, 0..52 */
  int bias;                /* exponent bias */
  unsigned flags;          /* MULERR_FMT_* */
} mulerr_format;

/* Look a format up by registry name, or parse a layout "eXmY" (IEEE-style, bias 2^(X-1)-1).
 * A parsed layout is kept in a small per-process table; NULL (with mulerr_errmsg set)
 * if the name is unknown or the layout impossible. */
const mulerr_format *mulerr_format_find(const char *name);
size_t mulerr_format_count(void);
const mulerr_format *mulerr_format_at(size_t i);

int mulerr_format_bits(const mulerr_format *f);   /* total width in bits */
int mulerr_format_emin(const mulerr_format *f);   /* exponent of the smallest normal */
int mulerr_format_emax(const mulerr_format *f);   /* exponent of the largest finite */
double mulerr_format_max(const mulerr_format *f); /* largest finite value */
double mulerr_format_min_normal(const mulerr_format *f);
double mulerr_format_min_subnormal(const mulerr_format *f); /* min normal if no subnormals */

/* Value of an encoding (NaN and +-Inf as C's NAN and INFINITY). */
double mulerr_format_decode(const mulerr_format *f, uint64_t bits);
/* Round a double into the format's value set under mode r; overflow gives +-Inf where the
 * format has infinities and is not saturating, else +-max; NaN in gives NaN.  Exact: every
 * step is a scaling by a power of two or an integer rounding. */
double mulerr_format_round(const mulerr_format *f, double x, mulerr_rounding r);

/* The encoding of v, a value of the format (NaN: the format's canonical NaN; zero: +0 where
 * the format has no -0).  Returns 0, or -1 if v is not a value of f (nothing stored). */
int mulerr_format_encode(const mulerr_format *f, double v, uint64_t *bits);

/* Round x to p significant bits (p >= 1) with no exponent limit below emin_q, where
 * emin_q is the exponent of the smallest quantum (values below 2^(emin_q+p-1) are
 * rounded on the fixed grid 2^emin_q, as subnormals are); emin_q = INT32_MIN means none. */
double mulerr_round_sig(double x, int p, int emin_q, mulerr_rounding r);

/* ---------------------------------------------------------------- methods */

typedef struct mulerr_method mulerr_method;

#define MULERR_L_DEFAULT (-1) /* the paper's l(k) */

/* Parameters of a multiply method at one configuration point. */
typedef struct mulerr_method_cfg {
  int k;                      /* mantissa bits the operands are cut to */
  int l;                      /* L-Mul offset exponent; MULERR_L_DEFAULT for l(k) */
  mulerr_rounding rounding;   /* operand conversion */
  const mulerr_format *source; /* format the source values are representable in */
  const mulerr_format *format; /* operand format; NULL: the source's layout cut to k bits */
  const mulerr_format *out_format; /* float: round the product into it (NULL: exact) */
  int lns_int, lns_frac;      /* lns: integer and fractional bits of log2|x| (0: default) */
  int lns_saturate;           /* lns: 1 clamps a product's log below the range up to the
                               * smallest magnitude (the old rule); 0 (default) gives zero */
  int block;                  /* int, mx: elements sharing one scale (0: method default) */
  int bits;                   /* int: integer width in bits (0: default) */
  int overflow;               /* operand conversion overflow: 0 the format's own rule,
                               * 1 saturate to the max finite, 2 Inf (or NaN without Inf) */
  int flush;                  /* 1: operand conversion flushes subnormal results to zero */
  /* Derived by mulerr_method_prepare(): */
  mulerr_format work;         /* the method's operand format */
  char params[64];            /* canonical text of the method-specific fields ("" if none) */
} mulerr_method_cfg;

struct mulerr_method {
  const char *name;
  const char *description;
  unsigned uses;                  /* MULERR_USES_K | MULERR_USES_L */
  mulerr_rounding default_rounding;
  /* Multiply n pairs: out[i] = approximate product of a[i] and b[i], the source values.
   * Every approximation this returns is a double exactly (no rounding here). */
  void (*mul)(const mulerr_method_cfg *cfg, size_t n, const double *a, const double *b,
              double *out);
  /* Optional: validate the method-specific fields of cfg (after the common checks), fill
   * their defaults and write cfg->params; return a failure through mulerr_fail(). */
  mulerr_status (*prepare)(mulerr_method_cfg *cfg);
  /* Optional: which model of the theory module (a mulerr_theory_method, src/theory/theory.h)
   * gives this method's exact expected error under cfg, or -1 where none does. */
  int (*theory)(const mulerr_method_cfg *cfg);
  /* Set for a method that, like the hardware it models, gives zero and special operands no
   * treatment of their own (lmul-gpu): zero times x need not be zero, nor finite. */
  int unguarded;
  /* Optional: the bits one stored operand takes (int: its integer width; lns: sign and log
   * bits); NULL: the operand format's 1 + ebits + mbits.  Read by
   * mulerr_method_operand_bits(). */
  int (*operand_bits)(const mulerr_method_cfg *cfg);
};
/* Which configuration fields a method uses (the sweep crosses only those). */
enum {
  MULERR_USES_K = 1u << 0,     /* k or --format */
  MULERR_USES_L = 1u << 1,     /* l */
  MULERR_USES_OUT = 1u << 2,   /* out_format */
  MULERR_USES_LNS = 1u << 3,   /* lns_int, lns_frac */
  MULERR_USES_BLOCK = 1u << 4, /* block */
  MULERR_USES_BITS = 1u << 5   /* bits */
};

const mulerr_method *mulerr_method_find(const char *name);
size_t mulerr_method_count(void);
const mulerr_method *mulerr_method_at(size_t i);
/* Validate cfg for method m and fill its derived fields (resolves l(k), default rounding). */
mulerr_status mulerr_method_prepare(const mulerr_method *m, mulerr_method_cfg *cfg);
/* Storage bits of one operand under a prepared cfg (stored in results.operand_bits; an MX
 * block's shared scale is not counted). */
int mulerr_method_operand_bits(const mulerr_method *m, const mulerr_method_cfg *cfg);
/* The paper's default offset: l(k) = k for k <= 3, 3 for k = 4, 4 for k > 4. */
int mulerr_lmul_default_l(int k);

/* ---------------------------------------------------------- distributions */

typedef struct mulerr_dist mulerr_dist;

#define MULERR_DIST_MAXPARAM 8
/* A distribution with its parameters, parsed from "name:key=value,key=value". */
typedef struct mulerr_dist_spec {
  const mulerr_dist *type;
  double param[MULERR_DIST_MAXPARAM];
  char text[512]; /* canonical "name:key=value,..." with every parameter, %.17g */
  void *state;    /* what an opened distribution holds (files), else NULL */
} mulerr_dist_spec;

const mulerr_dist *mulerr_dist_find(const char *name);
size_t mulerr_dist_count(void);
const mulerr_dist *mulerr_dist_at(size_t i);
const char *mulerr_dist_name(const mulerr_dist *d);
const char *mulerr_dist_description(const mulerr_dist *d);
/* Parse "normal:sigma=0.02"; every unspecified parameter takes its default.  A distribution
 * that reads files opens them here: release with mulerr_dist_close(). */
mulerr_status mulerr_dist_parse(const char *text, mulerr_dist_spec *out);
void mulerr_dist_close(mulerr_dist_spec *spec);
/* Values a file-backed distribution skipped because they were not finite (0 for others). */
uint64_t mulerr_dist_nonfinite(const mulerr_dist_spec *spec);
/* The format a distribution's values are stored in (NULL if it has none: parametric). */
const mulerr_format *mulerr_dist_native(const mulerr_dist_spec *spec);

/* ---------------------------------------------------------------- metrics */

/* Error e = approximate - exact; relative error r = e / exact over pairs whose exact
 * product is nonzero.  Every mean comes with its standard error (sample standard deviation
 * over sqrt(n)); for an exhaustive enumeration the means are exact and se is 0. */
typedef struct mulerr_metrics {
  uint64_t n;         /* pairs evaluated */
  uint64_t n_rel;     /* pairs with nonzero exact product (used for relative metrics) */
  uint64_t n_inexact; /* pairs whose approximation differs from the exact product */
  double bias, bias_se;         /* mean e */
  double mae, mae_se;           /* mean |e| */
  double mse, mse_se;           /* mean e^2 */
  double rmse, rmse_se;         /* sqrt(mse); se by the delta method */
  double mean_rel, mean_rel_se; /* mean r */
  double mre, mre_se;           /* mean |r| */
  double maxre;                 /* max |r| */
  double max_abs;               /* max |e| */
  double ned;                   /* mae / max_abs: normalised mean error distance */
  double mean_ulp, max_ulp;     /* |e| in units in the last place of the exact product in
                                 * the method's operand format (ulp_mbits, ulp_emin) */
  uint64_t hist[64];            /* counts of |r| by binary exponent: hist[0] counts r = 0,
                                 * hist[1] 0 < |r| < 2^-48, hist[j] 2^(j-50) <= |r| < 2^(j-49)
                                 * for 2 <= j <= 62, hist[63] |r| >= 2^13 or NaN */
  /* schema v2: quantiles and split-half means (sampled and exhaustive points; NaN otherwise) */
  double r_q[4], e_q[4];        /* p50, p90, p99, p99.9 of |r| and of |e|: the ceil(q n)-th
                                 * smallest, within 2^-7 relative (engine/quantile.c) */
  double mre_half[2], mae_half[2]; /* mre and mae of the first and the second half of the
                                 * point's blocks (NaN with fewer than 2 blocks) */
  /* Dot products only (not set for pairs): the error relative to the condition sum
   * c = sum_i |a_i b_i| of the exact products, rc = e / c (dot products with c = 0 left out) */
  double cond_mean_rel, cond_mean_rel_se; /* mean rc */
  double cond_mre, cond_mre_se;           /* mean |rc| */
  double cond_maxre;                      /* max |rc| */
} mulerr_metrics;
#define MULERR_HIST_BINS 64
#define MULERR_HIST_OFFSET 50

/* ------------------------------------------------------------------ points */

typedef enum mulerr_reference {
  MULERR_REF_AUTO = 0, /* double product where provably exact, else MPFR */
  MULERR_REF_MPFR,     /* MPFR for every pair */
  MULERR_REF_DOUBLE    /* double product; refused where it is not provably exact */
} mulerr_reference;

typedef enum mulerr_operands {
  MULERR_SAMPLED = 0,         /* pairs drawn from the distributions */
  MULERR_OPERANDS_ALL,        /* every finite encoding (both zeros where the format has them) */
  MULERR_OPERANDS_POSITIVE,   /* finite encodings > 0 */
  MULERR_OPERANDS_NORMAL,     /* finite normal encodings, either sign */
  MULERR_OPERANDS_POSITIVE_NORMAL /* normal encodings > 0 */
} mulerr_operands;

/* A dot-product point (src/dot/dot.h): `samples` dot products of `length` products each,
 * every product by the point's method, summed by an accumulator model.  length = 0 (the
 * default) is a pair point. */
typedef struct mulerr_accum mulerr_accum; /* an accumulator model (src/dot/dot.h) */
typedef struct mulerr_dot {
  uint64_t length;           /* K, products per dot product; 0: a pair point */
  const mulerr_accum *accum; /* the accumulator model */
  int param;                 /* its parameter: fixed:W bits, block:B terms (0 if none) */
  uint64_t promote;          /* fixed: add the partial sum into fp32 every N products (0: never) */
} mulerr_dot;

typedef struct mulerr_point {
  const mulerr_method *method;
  mulerr_method_cfg cfg;
  mulerr_dist_spec dist_a, dist_b; /* operand distributions (b may equal a) */
  uint64_t samples;                /* pairs to draw (sampled points); dot products (dot) */
  uint64_t seed;
  mulerr_reference reference;
  mulerr_operands operands;        /* MULERR_SAMPLED, or which encodings to enumerate */
  /* Operand scaling (engine/scale.c): MULERR_SCALE_NONE (0), or each operand divided by a
   * scale from the max |x| of its group before the method converts it, the scales multiplied
   * back into the product exactly; scale_block is N of block:N; scale_pow2 = 1 for
   * power-of-two scales.  Part of the point key only when not none. */
  int scale;
  long scale_block;
  int scale_pow2;
  mulerr_dot dot;                  /* dot products (length > 0), else a pair point */
  /* The sample stream's version (src/engine/eval.c): 1 (GSL MT19937 per block, the only one
   * before schema 4) or 2 (SplitMix64 counter); 0 means MULERR_STREAM_DEFAULT.  Part of the
   * point key only when not 1. */
  int stream;
} mulerr_point;
#define MULERR_STREAM_DEFAULT 2
int mulerr_point_stream(const mulerr_point *p); /* p->stream, or the default for 0 */
enum { MULERR_SCALE_NONE = 0, MULERR_SCALE_TENSOR, MULERR_SCALE_CHANNEL, MULERR_SCALE_BLOCK };
/* Parse "none", "tensor", "channel" or "block:N" (N a power of two dividing MULERR_BLOCK). */
mulerr_status mulerr_scale_parse(const char *text, int *scale, long *block);
/* The canonical text of a point's scaling: "none", "tensor", "channel", "block:32", with
 * ",pow2" appended for power-of-two scales. */
void mulerr_scale_text(const mulerr_point *p, char *buf, size_t len);

/* Which ordered pairs of source encodings an exhaustive point enumerates (NaN and Inf
 * encodings are always left out); a point is exhaustive iff operands != MULERR_SAMPLED. */
const char *mulerr_operands_name(mulerr_operands o);
int mulerr_operands_parse(const char *name); /* -1 if unknown */
/* The finite source values an exhaustive point uses, in encoding order (caller frees);
 * refuses formats wider than 16 bits. */
mulerr_status mulerr_operand_values(const mulerr_format *f, mulerr_operands o, double **vals,
                                    size_t *n);

/* Samples are drawn in blocks of this many pairs; block i of a point draws from a GSL
 * MT19937 generator seeded from (seed, operand configuration, i): see src/engine/eval.c. */
#define MULERR_BLOCK 65536

/* Canonical text of the point: the identity used by --resume and stored in the database.
 * A dot point's key is its pair key followed by ";op=dot;length=K;accumulate=A;promote=N".
 * MULERR_KEY_MAX bytes always hold it. */
#define MULERR_KEY_MAX 2048
void mulerr_point_key(const mulerr_point *p, char *buf, size_t len);

/* Progress callback: done and total pairs; called between blocks. */
typedef void (*mulerr_progress_fn)(void *ctx, uint64_t done, uint64_t total);

/* Formats of at most this many bits are enumerated encoding by encoding (exhaustive points,
 * `mulerr table`, the special encodings of `mulerr list`). */
#define MULERR_ENUM_MAX_BITS 16
/* What makes a point impossible before any work: an enumeration of a format wider than
 * MULERR_ENUM_MAX_BITS, or --reference double where the binary64 product is not provably
 * exact.  mulerr_eval() checks it; a planner can check every point first.  MULERR_EINVAL
 * with the reason, or MULERR_OK. */
mulerr_status mulerr_point_check(const mulerr_point *p);

/* Evaluate a point.  stop, if not NULL, is polled between blocks: when it becomes nonzero
 * the evaluation returns MULERR_EINTR and out is left unspecified. */
mulerr_status mulerr_eval(const mulerr_point *p, mulerr_metrics *out,
                          mulerr_progress_fn progress, void *ctx,
                          volatile sig_atomic_t *stop);
/* What computes a point's exact reference: "double" (the binary64 product, provably exact),
 * "mpfr", or "superacc" (dot products).  The engine decides by it (src/engine/point.c). */
const char *mulerr_point_reference(const mulerr_point *p);
/* mulerr_eval, also saying which reference it used (*reference, on success). */
mulerr_status mulerr_eval_used(const mulerr_point *p, mulerr_metrics *out, const char **reference,
                               mulerr_progress_fn progress, void *ctx, volatile sig_atomic_t *stop);

/* Evaluate p's method and reference on the caller's operand pairs (a[i], b[i]), i < n,
 * instead of a sample stream or an enumeration (p's distributions, samples, seed and operands
 * are not used).  Every value must be a finite value of p's source format (MULERR_EINVAL
 * otherwise).  Blocks, merging order and metrics are those of mulerr_eval, so the result does
 * not depend on the thread count; the metrics are sample metrics (standard errors set). */
mulerr_status mulerr_eval_pairs(const mulerr_point *p, size_t n, const double *a, const double *b,
                                mulerr_metrics *out);

/* The exact expected metrics of a sampled point under the theory's setting (both operands
 * uniform-mantissa; float trunc/RNE, lmul, lmul-eq1, mitchell, lns): means in out, standard
 * errors 0, how = the computation used.  MULERR_EINVAL where no theory applies. */
mulerr_status mulerr_expected(const mulerr_point *p, mulerr_metrics *out, const char **how);

/* ---------------------------------------------------------------- database */

typedef struct mulerr_db mulerr_db;

#define MULERR_DB_SCHEMA_VERSION 4

/* Open (creating if needed) a results database for writing.  Refuses a file that is not
 * SQLite or not a mulerr database, without changing it. */
mulerr_status mulerr_db_open(const char *path, mulerr_db **out);
/* Open an existing database read-only. */
mulerr_status mulerr_db_open_readonly(const char *path, mulerr_db **out);
void mulerr_db_close(mulerr_db *db);
/* The underlying sqlite3 handle (for queries). */
struct sqlite3 *mulerr_db_handle(mulerr_db *db);

/* Start a run row; returns its id. */
mulerr_status mulerr_db_begin_run(mulerr_db *db, const char *command_line, uint64_t seed,
                                  int64_t *run_id);
/* Mark a run finished ("done") or interrupted ("interrupted"). */
mulerr_status mulerr_db_end_run(mulerr_db *db, int64_t run_id, const char *status);
/* Is a sampled result with this point key already stored? */
mulerr_status mulerr_db_has_point(mulerr_db *db, const char *key, int *found);
/* Record a file a distribution of this run read (its own transaction). */
mulerr_status mulerr_db_put_input(mulerr_db *db, int64_t run_id, const char *dist, const char *path,
                                  uint64_t size, const char *sha256);
/* Record that batch `batch` (one `mulerr run`) of an experiment used the point with this
 * key, stored or skipped, in run run_id. */
mulerr_status mulerr_db_tag_point(mulerr_db *db, const char *experiment, int64_t batch,
                                  int64_t run_id, const char *key);
/* The number of a new batch: one more than any so far. */
mulerr_status mulerr_db_next_batch(mulerr_db *db, int64_t *batch);
/* Store a point's expected metrics (kind 'expected', reference = how) in its own transaction. */
mulerr_status mulerr_db_put_expected(mulerr_db *db, int64_t run_id, const mulerr_point *p,
                                     const mulerr_metrics *m, const char *how);
/* Store one point's metrics in its own transaction, with the reference the engine used
 * (mulerr_eval_used). */
mulerr_status mulerr_db_put_result(mulerr_db *db, int64_t run_id, const mulerr_point *p,
                                   const mulerr_metrics *m, const char *reference, double seconds);

#ifdef __cplusplus
}
#endif
#endif /* MULERR_H */
