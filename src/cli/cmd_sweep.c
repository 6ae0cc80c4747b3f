/* cmd_sweep.c — `mulerr sweep`: the cross product of every listed parameter, one
 * configuration point at a time, each committed to the database as soon as it is done. */
#include "config.h"
#include "cli.h"
#include "dot/dot.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#define MAXLIST 256

void help_sweep(FILE *out) {
  fprintf(out,
          "Usage: mulerr sweep [OPTIONS]\n"
          "Evaluate every combination of the listed parameters and store one row per\n"
          "configuration point in the results database.  Every list option takes\n"
          "comma-separated items; integer options also take ranges A..B and A..B..STEP.\n\n"
          "  -m, --method LIST     multiply methods (default lmul; see 'mulerr list methods')\n"
          "  -k, --mantissa LIST   operand mantissa bits k (default 1..min(7, source bits))\n"
          "  -l, --offset LIST     L-Mul offset exponents l (default the paper's l(k):\n"
          "                        k for k <= 3, 3 for k = 4, 4 for k > 4)\n"
          "  -f, --format LIST     explicit operand formats (e.g. e4m3fn,e5m2) instead of k\n"
          "  -r, --rounding LIST   operand rounding: rne, trunc, away, up, down, rna, stochastic\n"
          "                        (default: the method's own: rne for float, trunc for lmul)\n"
          "      --overflow RULE   operand conversion beyond the format's max: format (its own\n"
          "                        rule: Inf where it has Inf, else saturate), saturate, or\n"
          "                        special (Inf where it has Inf, else NaN)\n"
          "      --subnormals RULE keep (default) or flush (results below the min normal to 0)\n"
          "  -s, --source LIST     formats the source values are representable in (default:\n"
          "                        the format a weights file stores, else fp32)\n"
          "      --out-format LIST float: round each product into this format (default: exact)\n"
          "      --lns-int LIST    lns: integer bits of the log2 (default 5)\n"
          "      --lns-frac LIST   lns: fractional bits of the log2 (default 3)\n"
          "      --lns-saturate    lns: a product below the smallest magnitude is clamped up\n"
          "                        to it (default: it underflows to zero)\n"
          "      --scale RULE      divide each operand by a scale from the max |x| of its group,\n"
          "                        so the group's max lands at the operand format's max: none\n"
          "                        (default), tensor, channel (the real tensor / row of a weights\n"
          "                        distribution) or block:N; the scales multiply the product back\n"
          "                        exactly (float, lmul*, mitchell, lns, int)\n"
          "      --scale-pow2      power-of-two scales (else amax / max, 12 significant bits)\n"
          "      --block LIST      int, mx: elements sharing one scale (default: method's)\n"
          "      --int-bits LIST   int: integer width in bits (default 8)\n"
          "  -d, --dist LIST       operand distributions for both operands, e.g.\n"
          "                        uniform-mantissa,normal:sigma=0.02 (default uniform-mantissa)\n"
          "      --dist-a LIST     distributions of the first operand (overrides --dist)\n"
          "      --dist-b LIST     distributions of the second operand (overrides --dist)\n"
          "  -n, --samples N       operand pairs per point: 1000000, 1e6 or 2^20 (default 1e6;\n"
          "                        with --op dot: dot products per point)\n"
          "      --exhaustive      every ordered pair of finite source encodings instead of\n"
          "                        samples (source of at most 16 bits): exact metrics\n"
          "      --operands LIST   which encodings to enumerate: all (default), positive,\n"
          "                        normal, positive-normal (implies --exhaustive)\n"
          "  -S, --seed N          seed of the sample streams, 0..2^63-1 (default 1)\n"
          "      --db FILE         results database (default results.db)\n"
          "      --resume          skip points the database already holds\n"
          "      --replace         recompute points the database already holds\n"
          "      --reference MODE  exact product: auto (default; binary64 where provably exact,\n"
          "                        else MPFR), mpfr, or double\n"
          "  -j, --threads N       OpenMP threads (results do not depend on it)\n"
          "  -q, --quiet           no progress or per-point lines\n"
          "      --experiment NAME tag the points with an experiment (mulerr run does this)\n"
          "      --batch N         the batch (one mulerr run) the tag belongs to (default: new)\n"
          "      --dry-run         check every option and point, list the points, write nothing\n"
          "      --shard I/N       evaluate only shard I of N (1 <= I <= N): the points whose\n"
          "                        key hashes to I (see Shards below); each shard into its own\n"
          "                        --db, combined afterwards with 'mulerr merge'\n"
          "      --expected        also store the exact expected error (kind 'expected') of every\n"
          "                        point the theory covers (uniform-mantissa operands)\n"
          "      --op OP           pair (default): products of operand pairs; dot: dot\n"
          "                        products, --samples of them, each of --length products\n"
          "      --length LIST     dot: products per dot product K (1..2^20)\n"
          "      --accumulate LIST dot: accumulator models (default fp32): exact, fp64, fp32,\n"
          "                        bf16, fp16, fp32-pairwise, fp32-kahan, fixed:W (W bits\n"
          "                        below the largest exponent seen), block:B (see mulerr(1))\n"
          "      --promote LIST    dot, fixed:W: add the partial sum into an fp32 total every\n"
          "                        N products (0: never, the default)\n"
          "  -h, --help            show this help\n\n"
          "Example:\n"
          "  mulerr sweep --method lmul,float --mantissa 1..7 --source bf16 \\\n"
          "               --dist uniform-mantissa,normal --samples 1e6 --seed 7\n\n"
          "A point's operand pairs depend only on the seed, the source format and the\n"
          "distributions (not on the method or k), so methods are compared on identical\n"
          "operands.  SIGINT stops after the current block; finished points are kept and\n"
          "--resume completes the rest.  Exit status 130 when interrupted.\n\n"
          "Shards: a point belongs to shard 1 + (mix64(fnv1a64(KEY)) mod N), KEY its\n"
          "point key (see SHARDS in mulerr(1)), so a point keeps its shard when list values\n"
          "are added, removed or reordered.  Every shard checks the whole sweep, then\n"
          "evaluates its own points, bit-identical to an unsharded sweep.  As a Slurm job\n"
          "array:\n"
          "  #SBATCH --array=1-8\n"
          "  mulerr sweep ... --shard $SLURM_ARRAY_TASK_ID/8 \\\n"
          "                   --db shard$SLURM_ARRAY_TASK_ID.db\n"
          "with GNU parallel:\n"
          "  parallel mulerr sweep ... --shard {}/8 --db shard{}.db ::: $(seq 8)\n"
          "then: mulerr merge results.db shard*.db\n");
}

static volatile sig_atomic_t stop_flag;
static void on_signal(int sig) {
  (void)sig;
  stop_flag = 1;
}

typedef struct sweep {
  const mulerr_method *methods[MAXLIST];
  size_t nmethods;
  const mulerr_format *sources[MAXLIST], *formats[MAXLIST], *out_formats[MAXLIST];
  size_t nsources, nformats, nout_formats; /* nsources == 0: the distributions' own format */
  long ks[MAXLIST], ls[MAXLIST], lns_ints[MAXLIST], lns_fracs[MAXLIST], blocks[MAXLIST], bits[MAXLIST];
  size_t nks, nls, nlns_ints, nlns_fracs, nblocks, nbits;
  int roundings[MAXLIST];
  size_t nroundings;
  mulerr_dist_spec *da, *db;
  size_t nda, ndb;
  int same_ab; /* one --dist list: each point draws both operands from one distribution */
  int operands[MAXLIST]; /* exhaustive filters (none: sampled) */
  int overflow, flush;   /* operand conversion rules (mulerr_method_cfg) */
  int lns_saturate;      /* --lns-saturate */
  int scale, scale_pow2; /* --scale, --scale-pow2 (mulerr_point) */
  long scale_block;
  size_t noperands;
  uint64_t samples, seed;
  mulerr_reference reference;
  int op_dot;                           /* --op dot */
  long lengths[MAXLIST], promotes[MAXLIST];
  size_t nlengths, npromotes;
  mulerr_dot accums[MAXLIST];           /* --accumulate, parsed */
  size_t naccums;
} sweep;

static int parse_accums(const char *text, sweep *s) {
  char *buf, *items[MAXLIST];
  size_t i;
  mulerr_status st = mulerr_split_list(text, &buf, items, MAXLIST, &s->naccums);
  for (i = 0; st == MULERR_OK && i < s->naccums; i++) st = mulerr_accum_parse(items[i], &s->accums[i]);
  free(buf);
  if (st != MULERR_OK) return usage_error("sweep", "--accumulate: %s", mulerr_errmsg());
  return 0;
}

/* --op dot: every pair point crossed with --length, --accumulate and (for the models that
 * promote) --promote, in that order (the last turns fastest). */
static int expand_dot(const sweep *s, mulerr_point **pts, size_t *npts) {
  const size_t na = s->naccums ? s->naccums : 1, np = s->npromotes ? s->npromotes : 1;
  mulerr_point *out = calloc(*npts * s->nlengths * na * np + 1, sizeof *out);
  size_t i, il, ia, ip, n = 0;
  mulerr_dot fp32 = {0};
  if (!out) return failure("sweep", "out of memory");
  mulerr_accum_parse("fp32", &fp32);
  for (i = 0; i < *npts; i++)
    for (il = 0; il < s->nlengths; il++)
      for (ia = 0; ia < na; ia++)
        for (ip = 0; ip < np; ip++) {
          mulerr_point q = (*pts)[i];
          q.dot = s->naccums ? s->accums[ia] : fp32;
          if (ip && !q.dot.accum->promotes) break; /* --promote crosses only fixed:W */
          q.dot.length = (uint64_t)s->lengths[il];
          q.dot.promote = q.dot.accum->promotes && s->npromotes ? (uint64_t)s->promotes[ip] : 0;
          if (q.operands != MULERR_SAMPLED) {
            free(out);
            return usage_error("sweep", "--op dot: dot products take sampled operands, not --exhaustive");
          }
          if (mulerr_dot_check(&q.dot) != MULERR_OK) {
            free(out);
            return usage_error("sweep", "--op dot: %s", mulerr_errmsg());
          }
          if (q.dist_b.type->row_length && q.dot.length > q.dist_b.type->row_length(&q.dist_b)) {
            unsigned long long rl = (unsigned long long)q.dist_b.type->row_length(&q.dist_b);
            free(out);
            return usage_error("sweep", "--length: %llu is above the longest row (%llu values) of the "
                               "matrices of %s", (unsigned long long)q.dot.length, rl, q.dist_b.text);
          }
          out[n++] = q;
        }
  free(*pts);
  *pts = out;
  *npts = n;
  return 0;
}

/* Parse a distribution list.  Parameters contain commas too, so an item that has '=' but
 * no ':' continues the previous distribution: "mixture:sigma=0.02,frac=0.001,normal". */
static int parse_dists(const char *opt, const char *text, mulerr_dist_spec **out, size_t *n) {
  char *buf, *items[MAXLIST];
  size_t ni, i;
  mulerr_status st = mulerr_split_list(text, &buf, items, MAXLIST, &ni);
  free(*out);
  *out = calloc(ni ? ni : 1, sizeof **out);
  *n = 0;
  if (!*out && st == MULERR_OK) st = mulerr_fail(MULERR_ENOMEM, "out of memory");
  for (i = 0; st == MULERR_OK && i < ni;) {
    size_t j = i + 1;
    while (j < ni && strchr(items[j], '=') && !strchr(items[j], ':')) {
      items[j][-1] = ','; /* join the item back to the previous one (the split's comma) */
      j++;
    }
    st = mulerr_dist_parse(items[i], &(*out)[(*n)++]);
    i = j;
  }
  free(buf);
  if (st != MULERR_OK) return usage_error("sweep", "%s: %s", opt, mulerr_errmsg());
  for (i = 0; i < *n; i++) {
    uint64_t bad = mulerr_dist_nonfinite(&(*out)[i]);
    if (bad)
      fprintf(stderr, "mulerr sweep: warning: %s: %llu non-finite values are excluded from sampling\n",
              (*out)[i].text, (unsigned long long)bad);
  }
  return 0;
}

static int int_list(const char *opt, const char *text, long lo, long hi, long *out, size_t *n) {
  if (mulerr_parse_int_list(text, lo, hi, out, MAXLIST, n) != MULERR_OK)
    return usage_error("sweep", "%s: %s", opt, mulerr_errmsg());
  return 0;
}

static int parse_formats(const char *opt, const char *text, const mulerr_format **out, size_t *n) {
  char *buf, *items[MAXLIST];
  size_t i;
  mulerr_status st = mulerr_split_list(text, &buf, items, MAXLIST, n);
  for (i = 0; st == MULERR_OK && i < *n; i++)
    if (!(out[i] = mulerr_format_find(items[i]))) st = MULERR_EINVAL;
  free(buf);
  if (st != MULERR_OK) return usage_error("sweep", "%s: %s", opt, mulerr_errmsg());
  return 0;
}

static int parse_methods(const char *text, sweep *s) {
  char *buf, *items[MAXLIST];
  size_t i;
  mulerr_status st = mulerr_split_list(text, &buf, items, MAXLIST, &s->nmethods);
  for (i = 0; st == MULERR_OK && i < s->nmethods; i++)
    if (!(s->methods[i] = mulerr_method_find(items[i]))) st = MULERR_EINVAL;
  free(buf);
  if (st != MULERR_OK) return usage_error("sweep", "--method: %s", mulerr_errmsg());
  return 0;
}

static int parse_roundings(const char *text, sweep *s) {
  char *buf, *items[MAXLIST];
  size_t i;
  mulerr_status st = mulerr_split_list(text, &buf, items, MAXLIST, &s->nroundings);
  for (i = 0; st == MULERR_OK && i < s->nroundings; i++)
    if ((s->roundings[i] = mulerr_rounding_parse(items[i])) < 0)
      st = mulerr_fail(MULERR_EINVAL, "unknown rounding '%s' (choices: rne, trunc, away, up, down, rna, stochastic)",
                       items[i]);
  free(buf);
  if (st != MULERR_OK) return usage_error("sweep", "--rounding: %s", mulerr_errmsg());
  return 0;
}

static int parse_operands(const char *text, sweep *s) {
  char *buf, *items[MAXLIST];
  size_t i;
  mulerr_status st = mulerr_split_list(text, &buf, items, MAXLIST, &s->noperands);
  for (i = 0; st == MULERR_OK && i < s->noperands; i++)
    if ((s->operands[i] = mulerr_operands_parse(items[i])) < 0)
      st = mulerr_fail(MULERR_EINVAL, "unknown operand set '%s' (choices: all, positive, normal, "
                       "positive-normal)", items[i]);
  free(buf);
  if (st != MULERR_OK) return usage_error("sweep", "--operands: %s", mulerr_errmsg());
  return 0;
}

/* The keys of the points planned so far: an open-addressing hash set (linear probing, at
 * most half full), so planning N points takes O(N) key comparisons, not O(N^2). */
typedef struct keyset {
  char **slot;
  size_t cap, n;
} keyset;

static void keyset_free(keyset *ks) {
  size_t i;
  for (i = 0; i < ks->cap; i++) free(ks->slot[i]);
  free(ks->slot);
  memset(ks, 0, sizeof *ks);
}

/* Insert key (copied); 1 if it was new, 0 if present, -1 out of memory. */
static int keyset_add(keyset *ks, const char *key) {
  size_t i;
  if (2 * (ks->n + 1) > ks->cap) { /* grow and rehash */
    keyset big = {calloc(ks->cap ? 2 * ks->cap : 1024, sizeof(char *)), ks->cap ? 2 * ks->cap : 1024, ks->n};
    if (!big.slot) return -1;
    for (i = 0; i < ks->cap; i++)
      if (ks->slot[i]) {
        size_t h = (size_t)mulerr_hash64(ks->slot[i]) & (big.cap - 1);
        while (big.slot[h]) h = (h + 1) & (big.cap - 1);
        big.slot[h] = ks->slot[i];
      }
    free(ks->slot);
    *ks = big;
  }
  for (i = (size_t)mulerr_hash64(key) & (ks->cap - 1); ks->slot[i]; i = (i + 1) & (ks->cap - 1))
    if (!strcmp(ks->slot[i], key)) return 0;
  if (!(ks->slot[i] = strdup(key))) return -1;
  ks->n++;
  return 1;
}

/* Append a point after validating it; duplicates (same key) are dropped. */
static int add_point(mulerr_point **pts, size_t *n, size_t *cap, keyset *seen, const mulerr_point *p) {
  char key[MULERR_KEY_MAX];
  int isnew;
  mulerr_point q = *p;
  if (mulerr_method_prepare(q.method, &q.cfg) != MULERR_OK)
    return usage_error("sweep", "%s", mulerr_errmsg());
  mulerr_point_key(&q, key, sizeof key);
  if ((isnew = keyset_add(seen, key)) < 0) return failure("sweep", "out of memory");
  if (!isnew) return 0;
  if (*n == *cap) {
    mulerr_point *np = realloc(*pts, (*cap = *cap ? 2 * *cap : 64) * sizeof *np);
    if (!np) return failure("sweep", "out of memory");
    *pts = np;
  }
  (*pts)[(*n)++] = q;
  return 0;
}

/* The source format of a point when --source is not given: the format the distributions
 * store their values in (both the same), else fp32. */
static const mulerr_format *auto_source(const mulerr_dist_spec *a, const mulerr_dist_spec *b) {
  const mulerr_format *na = mulerr_dist_native(a), *nb = mulerr_dist_native(b);
  if (na && (!nb || na == nb)) return na;
  if (nb && !na) return nb;
  return mulerr_format_find("fp32");
}

/* The cross product of every list, each dimension only for the methods that use it: an
 * odometer over the dimensions below, in this order (the last one turns fastest). */
enum { D_SOURCE, D_K, D_L, D_ROUND, D_OUT, D_LNSI, D_LNSF, D_BLOCK, D_BITS, D_OPS, D_A, D_B, NDIM };

static int build_points_into(const sweep *s, mulerr_point **pts, size_t *npts, keyset *seen) {
  size_t cap = 0, im;
  int rc = 0;
  *pts = NULL;
  *npts = 0;
  for (im = 0; im < s->nmethods; im++) {
    const mulerr_method *m = s->methods[im];
    unsigned u = m->uses;
    size_t cnt[NDIM], idx[NDIM] = {0}, d;
    long defk[MAXLIST];
    cnt[D_SOURCE] = s->nsources ? s->nsources : 1;
    cnt[D_K] = !(u & MULERR_USES_K) ? 1 : s->nformats ? s->nformats : s->nks ? s->nks : 7;
    for (d = 0; d < 7; d++) defk[d] = (long)d + 1; /* default k: 1..7 */
    cnt[D_L] = u & MULERR_USES_L && s->nls ? s->nls : 1;
    cnt[D_ROUND] = u & MULERR_USES_K && s->nroundings ? s->nroundings : 1;
    cnt[D_OUT] = u & MULERR_USES_OUT && s->nout_formats ? s->nout_formats : 1;
    cnt[D_LNSI] = u & MULERR_USES_LNS && s->nlns_ints ? s->nlns_ints : 1;
    cnt[D_LNSF] = u & MULERR_USES_LNS && s->nlns_fracs ? s->nlns_fracs : 1;
    cnt[D_BLOCK] = u & MULERR_USES_BLOCK && s->nblocks ? s->nblocks : 1;
    cnt[D_BITS] = u & MULERR_USES_BITS && s->nbits ? s->nbits : 1;
    cnt[D_OPS] = s->noperands ? s->noperands : 1;
    cnt[D_A] = s->noperands ? 1 : s->nda; /* an enumeration has no distributions */
    cnt[D_B] = s->same_ab || s->noperands ? 1 : s->ndb;
    for (;;) {
      mulerr_point p;
      int skip;
      memset(&p, 0, sizeof p);
      p.method = m;
      p.dist_a = s->da[idx[D_A]];
      p.dist_b = s->same_ab ? p.dist_a : s->db[idx[D_B]];
      p.cfg.source = s->nsources ? s->sources[idx[D_SOURCE]] : auto_source(&p.dist_a, &p.dist_b);
      if (u & MULERR_USES_K) {
        if (s->nformats) p.cfg.format = s->formats[idx[D_K]];
        else p.cfg.k = (int)(s->nks ? s->ks : defk)[idx[D_K]];
      }
      /* the default k list stops at the source's own mantissa width */
      skip = (u & MULERR_USES_K) && !s->nformats && !s->nks && p.cfg.k > p.cfg.source->mbits;
      p.cfg.l = u & MULERR_USES_L && s->nls ? (int)s->ls[idx[D_L]] : MULERR_L_DEFAULT;
      p.cfg.rounding = u & MULERR_USES_K && s->nroundings ? s->roundings[idx[D_ROUND]] : MULERR_ROUNDING_DEFAULT;
      p.cfg.out_format = s->nout_formats ? s->out_formats[idx[D_OUT]] : NULL;
      p.cfg.lns_int = s->nlns_ints ? (int)s->lns_ints[idx[D_LNSI]] : 0;
      p.cfg.lns_frac = s->nlns_fracs ? (int)s->lns_fracs[idx[D_LNSF]] : 0;
      p.cfg.block = s->nblocks ? (int)s->blocks[idx[D_BLOCK]] : 0;
      p.cfg.bits = s->nbits ? (int)s->bits[idx[D_BITS]] : 0;
      p.samples = s->samples;
      p.seed = s->seed;
      p.reference = s->reference;
      p.cfg.overflow = s->overflow;
      p.cfg.flush = s->flush;
      p.cfg.lns_saturate = s->lns_saturate;
      p.scale = s->scale, p.scale_block = s->scale_block, p.scale_pow2 = s->scale_pow2;
      p.operands = s->noperands ? (mulerr_operands)s->operands[idx[D_OPS]] : MULERR_SAMPLED;
      if (p.scale && mulerr_scale_check(&p) != MULERR_OK) return usage_error("sweep", "%s", mulerr_errmsg());
      if (mulerr_point_check(&p) != MULERR_OK) return usage_error("sweep", "%s", mulerr_errmsg());
      if (!skip && (rc = add_point(pts, npts, &cap, seen, &p))) return rc;
      for (d = NDIM; d-- > 0;) { /* advance the odometer */
        if (++idx[d] < cnt[d]) break;
        idx[d] = 0;
      }
      if (d == (size_t)-1) break;
    }
  }
  return 0;
}

static int build_points(const sweep *s, mulerr_point **pts, size_t *npts) {
  keyset seen = {NULL, 0, 0};
  int rc = build_points_into(s, pts, npts, &seen);
  keyset_free(&seen);
  return rc;
}

/* Parse --shard "I/N" (1 <= I <= N <= 2^20); 0 or a usage error naming the option and value. */
static int parse_shard(const char *text, long *i, long *n) {
  const char *slash = strchr(text, '/');
  char num[32];
  if (slash && (size_t)(slash - text) < sizeof num) {
    snprintf(num, sizeof num, "%.*s", (int)(slash - text), text);
    if (strspn(num, "0123456789") == strlen(num) && strspn(slash + 1, "0123456789") == strlen(slash + 1) &&
        mulerr_parse_int(slash + 1, 1, 1L << 20, n) == MULERR_OK &&
        mulerr_parse_int(num, 1, *n, i) == MULERR_OK)
      return 0;
  }
  return usage_error("sweep", "--shard: '%s' is not I/N with whole numbers 1 <= I <= N <= %ld",
                     text, 1L << 20);
}

/* The shard (0..n-1) of a point: by a hash of its key, so that it depends on the point alone,
 * not on its place in the list (adding a value to a list moves no other point). */
static long shard_of(const mulerr_point *p, long n) {
  char key[MULERR_KEY_MAX];
  mulerr_point_key(p, key, sizeof key);
  return (long)(mulerr_mix64(mulerr_hash64(key)) % (uint64_t)n);
}


typedef struct progress {
  size_t index, total;
  struct timespec start;
  int tty;
} progress;

static double since(const struct timespec *t0) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)(t.tv_sec - t0->tv_sec) + 1e-9 * (double)(t.tv_nsec - t0->tv_nsec);
}

static void on_progress(void *ctx, uint64_t done, uint64_t total) {
  progress *pr = ctx;
  double dt = since(&pr->start), rate = dt > 0 ? (double)done / dt : 0;
  if (!pr->tty) return;
  fprintf(stderr, "\r[%zu/%zu] %5.1f%%  %.3g pairs/s  ETA %.0f s   ", pr->index + 1, pr->total,
          100.0 * (double)done / (double)total, rate,
          rate > 0 ? (double)(total - done) / rate : 0.0);
  fflush(stderr);
}

static void describe(const mulerr_point *p, char *buf, size_t len) {
  const mulerr_method_cfg *c = &p->cfg;
  size_t n = (size_t)snprintf(buf, len, "%s source=%s", p->method->name, c->source->name);
  if (c->params[0]) n += (size_t)snprintf(buf + n, len - n, " %s", c->params);
  if (p->method->uses & MULERR_USES_K) {
    if (c->format) n += (size_t)snprintf(buf + n, len - n, " format=%s", c->format->name);
    else n += (size_t)snprintf(buf + n, len - n, " k=%d", c->k);
    if (p->method->uses & MULERR_USES_L) n += (size_t)snprintf(buf + n, len - n, " l=%d", c->l);
    n += (size_t)snprintf(buf + n, len - n, " %s", mulerr_rounding_name(c->rounding));
  }
  if (p->dot.length) { /* a dot point: length and accumulator */
    char acc[64];
    mulerr_accum_text(&p->dot, acc, sizeof acc);
    n += (size_t)snprintf(buf + n, len - n, " dot K=%llu %s", (unsigned long long)p->dot.length, acc);
    if (p->dot.promote) n += (size_t)snprintf(buf + n, len - n, " promote=%llu", (unsigned long long)p->dot.promote);
  }
  if (p->operands != MULERR_SAMPLED)
    snprintf(buf + n, len - n, " exhaustive:%s", mulerr_operands_name(p->operands));
  else if (!strcmp(p->dist_a.text, p->dist_b.text)) snprintf(buf + n, len - n, " %s", p->dist_a.text);
  else snprintf(buf + n, len - n, " a=%s b=%s", p->dist_a.text, p->dist_b.text);
}

typedef struct input_ctx {
  mulerr_db *db;
  int64_t run_id;
  const mulerr_dist_spec *spec;
  mulerr_status status;
} input_ctx;

static void record_input(void *ctx, const char *path, uint64_t size, const char *sha256) {
  input_ctx *ic = ctx;
  if (ic->status == MULERR_OK)
    ic->status = mulerr_db_put_input(ic->db, ic->run_id, ic->spec->text, path, size, sha256);
}

int cmd_sweep(int argc, char **argv) {
  enum { OPT_DB = 256, OPT_RESUME, OPT_REPLACE, OPT_REFERENCE, OPT_DIST_A, OPT_DIST_B, OPT_OUT,
         OPT_LNS_INT, OPT_LNS_FRAC, OPT_BLOCK, OPT_BITS, OPT_EXHAUSTIVE, OPT_OPERANDS,
         OPT_EXPERIMENT, OPT_BATCH, OPT_DRY_RUN, OPT_EXPECTED, OPT_OVERFLOW, OPT_SUBNORMALS,
         OPT_SHARD, OPT_LNS_SATURATE, OPT_SCALE, OPT_SCALE_POW2, OPT_OP, OPT_LENGTH, OPT_ACCUMULATE,
         OPT_PROMOTE };
  static const struct option longopts[] = {
      {"method", required_argument, NULL, 'm'},   {"mantissa", required_argument, NULL, 'k'},
      {"offset", required_argument, NULL, 'l'},   {"format", required_argument, NULL, 'f'},
      {"rounding", required_argument, NULL, 'r'}, {"source", required_argument, NULL, 's'},
      {"dist", required_argument, NULL, 'd'},     {"dist-a", required_argument, NULL, OPT_DIST_A},
      {"dist-b", required_argument, NULL, OPT_DIST_B},
      {"out-format", required_argument, NULL, OPT_OUT},
      {"lns-int", required_argument, NULL, OPT_LNS_INT},
      {"lns-frac", required_argument, NULL, OPT_LNS_FRAC},
      {"block", required_argument, NULL, OPT_BLOCK},
      {"int-bits", required_argument, NULL, OPT_BITS},
      {"exhaustive", no_argument, NULL, OPT_EXHAUSTIVE},
      {"operands", required_argument, NULL, OPT_OPERANDS},
      {"experiment", required_argument, NULL, OPT_EXPERIMENT},
      {"batch", required_argument, NULL, OPT_BATCH},
      {"dry-run", no_argument, NULL, OPT_DRY_RUN},
      {"expected", no_argument, NULL, OPT_EXPECTED},
      {"overflow", required_argument, NULL, OPT_OVERFLOW},
      {"subnormals", required_argument, NULL, OPT_SUBNORMALS},
      {"shard", required_argument, NULL, OPT_SHARD},
      {"lns-saturate", no_argument, NULL, OPT_LNS_SATURATE},
      {"scale", required_argument, NULL, OPT_SCALE},
      {"scale-pow2", no_argument, NULL, OPT_SCALE_POW2},
      {"op", required_argument, NULL, OPT_OP},
      {"length", required_argument, NULL, OPT_LENGTH},
      {"accumulate", required_argument, NULL, OPT_ACCUMULATE},
      {"promote", required_argument, NULL, OPT_PROMOTE},
      {"samples", required_argument, NULL, 'n'},  {"seed", required_argument, NULL, 'S'},
      {"db", required_argument, NULL, OPT_DB},    {"resume", no_argument, NULL, OPT_RESUME},
      {"replace", no_argument, NULL, OPT_REPLACE},
      {"reference", required_argument, NULL, OPT_REFERENCE},
      {"threads", required_argument, NULL, 'j'},  {"quiet", no_argument, NULL, 'q'},
      {"help", no_argument, NULL, 'h'},           {NULL, 0, NULL, 0}};
  sweep s;
  const char *dbpath = "results.db", *dist = "uniform-mantissa", *dist_a = NULL, *dist_b = NULL;
  int resume = 0, replace = 0, quiet = 0, dry_run = 0, expected = 0, c, rc = 0;
  const char *experiment = NULL;
  long batch = 0;
  long threads = 0;
  long shard = 0, nshards = 0; /* --shard I/N; 0/0: every point */
  size_t nall = 0;             /* points of the whole sweep */
  char shard_text[64] = "", of_all[64] = ""; /* "shard I/N: ", " (of M in the sweep)" */
  mulerr_point *pts = NULL;
  size_t npts = 0, i, present = 0, done = 0;
  mulerr_db *db = NULL;
  int64_t run_id = 0;
  char *cmdline = NULL;
  mulerr_status st;
  struct sigaction sa;
  progress pr;

  memset(&s, 0, sizeof s);
  s.samples = 1000000;
  s.seed = 1;
  s.methods[0] = mulerr_method_find("lmul");
  s.nmethods = 1;
  optind = 1;
  opterr = 1;
  while (rc == 0 && (c = getopt_long(argc, argv, "m:k:l:f:r:s:d:n:S:j:qh", longopts, NULL)) != -1) {
    switch (c) {
    case 'm': rc = parse_methods(optarg, &s); break;
    case 'k': rc = int_list("--mantissa", optarg, 1, 52, s.ks, &s.nks); break;
    case 'l': rc = int_list("--offset", optarg, 1, 30, s.ls, &s.nls); break;
    case 'f': rc = parse_formats("--format", optarg, s.formats, &s.nformats); break;
    case OPT_OUT: rc = parse_formats("--out-format", optarg, s.out_formats, &s.nout_formats); break;
    case OPT_LNS_INT: rc = int_list("--lns-int", optarg, 1, 16, s.lns_ints, &s.nlns_ints); break;
    case OPT_LNS_FRAC: rc = int_list("--lns-frac", optarg, 0, 30, s.lns_fracs, &s.nlns_fracs); break;
    case OPT_BLOCK: rc = int_list("--block", optarg, 1, MULERR_BLOCK, s.blocks, &s.nblocks); break;
    case OPT_BITS: rc = int_list("--int-bits", optarg, 2, 24, s.bits, &s.nbits); break;
    case OPT_EXHAUSTIVE:
      if (!s.noperands) s.operands[s.noperands++] = MULERR_OPERANDS_ALL;
      break;
    case OPT_OPERANDS: rc = parse_operands(optarg, &s); break;
    case OPT_EXPERIMENT: experiment = optarg; break;
    case OPT_BATCH:
      if (mulerr_parse_int(optarg, 1, 1L << 40, &batch) != MULERR_OK)
        rc = usage_error("sweep", "--batch: %s", mulerr_errmsg());
      break;
    case OPT_DRY_RUN: dry_run = 1; break;
    case OPT_EXPECTED: expected = 1; break;
    case OPT_OVERFLOW:
      if (!strcmp(optarg, "format")) s.overflow = 0;
      else if (!strcmp(optarg, "saturate")) s.overflow = 1;
      else if (!strcmp(optarg, "special")) s.overflow = 2;
      else rc = usage_error("sweep", "--overflow: unknown rule '%s' (choices: format, saturate, special)", optarg);
      break;
    case OPT_SUBNORMALS:
      if (!strcmp(optarg, "keep")) s.flush = 0;
      else if (!strcmp(optarg, "flush")) s.flush = 1;
      else rc = usage_error("sweep", "--subnormals: unknown rule '%s' (choices: keep, flush)", optarg);
      break;
    case OPT_SHARD: rc = parse_shard(optarg, &shard, &nshards); break;
    case OPT_LNS_SATURATE: s.lns_saturate = 1; break;
    case OPT_SCALE:
      if (mulerr_scale_parse(optarg, &s.scale, &s.scale_block) != MULERR_OK)
        rc = usage_error("sweep", "--scale: %s", mulerr_errmsg());
      break;
    case OPT_SCALE_POW2: s.scale_pow2 = 1; break;
    case OPT_OP:
      if (!strcmp(optarg, "pair") || !strcmp(optarg, "dot")) s.op_dot = !strcmp(optarg, "dot");
      else rc = usage_error("sweep", "--op: unknown operation '%s' (choices: pair, dot)", optarg);
      break;
    case OPT_LENGTH: rc = int_list("--length", optarg, 1, MULERR_DOT_MAX_LENGTH, s.lengths, &s.nlengths); break;
    case OPT_ACCUMULATE: rc = parse_accums(optarg, &s); break;
    case OPT_PROMOTE: rc = int_list("--promote", optarg, 0, MULERR_DOT_MAX_LENGTH, s.promotes, &s.npromotes); break;
    case 'r': rc = parse_roundings(optarg, &s); break;
    case 's': rc = parse_formats("--source", optarg, s.sources, &s.nsources); break;
    case 'd': dist = optarg; break;
    case OPT_DIST_A: dist_a = optarg; break;
    case OPT_DIST_B: dist_b = optarg; break;
    case 'n':
      if (mulerr_parse_count(optarg, &s.samples) != MULERR_OK)
        rc = usage_error("sweep", "--samples: %s", mulerr_errmsg());
      break;
    case 'S':
      if (mulerr_parse_seed(optarg, &s.seed) != MULERR_OK) rc = usage_error("sweep", "--seed: %s", mulerr_errmsg());
      break;
    case OPT_DB:
      dbpath = optarg;
      if (!*dbpath) rc = usage_error("sweep", "--db: an empty path (name a database file)");
      break;
    case OPT_RESUME: resume = 1; break;
    case OPT_REPLACE: replace = 1; break;
    case OPT_REFERENCE:
      if (!strcmp(optarg, "auto")) s.reference = MULERR_REF_AUTO;
      else if (!strcmp(optarg, "mpfr")) s.reference = MULERR_REF_MPFR;
      else if (!strcmp(optarg, "double")) s.reference = MULERR_REF_DOUBLE;
      else rc = usage_error("sweep", "--reference: unknown mode '%s' (choices: auto, mpfr, double)", optarg);
      break;
    case 'j':
      if (mulerr_parse_int(optarg, 1, 1024, &threads) != MULERR_OK)
        rc = usage_error("sweep", "--threads: %s", mulerr_errmsg());
      break;
    case 'q': quiet = 1; break;
    default: rc = bad_option("sweep", c, argv);
    }
  }
  if (rc) goto out;
  if (optind < argc) {
    rc = usage_error("sweep", "unexpected argument '%s'", argv[optind]);
    goto out;
  }
  if (resume && replace) {
    rc = usage_error("sweep", "--resume and --replace exclude each other");
    goto out;
  }
  s.same_ab = !dist_a && !dist_b;
  if ((rc = parse_dists(s.same_ab ? "--dist" : "--dist-a", dist_a ? dist_a : dist, &s.da, &s.nda)) ||
      (!s.same_ab && (rc = parse_dists("--dist-b", dist_b ? dist_b : dist, &s.db, &s.ndb))))
    goto out;
  if (!s.op_dot && (s.nlengths || s.naccums || s.npromotes)) {
    rc = usage_error("sweep", "%s applies to dot products: add --op dot",
                     s.nlengths ? "--length" : s.naccums ? "--accumulate" : "--promote");
    goto out;
  }
  if (s.npromotes) { /* only fixed:W promotes: a --promote nothing uses is a mistake */
    size_t ia, any = 0;
    for (ia = 0; ia < s.naccums; ia++) any += (size_t)s.accums[ia].accum->promotes;
    if (!any) {
      rc = usage_error("sweep", "--promote applies to fixed:W accumulators only (add one to --accumulate)");
      goto out;
    }
  }
  if (s.op_dot && !s.nlengths) {
    rc = usage_error("sweep", "--op dot needs --length (products per dot product)");
    goto out;
  }
  if ((rc = build_points(&s, &pts, &npts))) goto out;
  if (s.op_dot && (rc = expand_dot(&s, &pts, &npts))) goto out;
  nall = npts;
  if (nshards) { /* keep this shard's points, in sweep order */
    size_t j = 0;
    for (i = 0; i < npts; i++)
      if (shard_of(&pts[i], nshards) == shard - 1) pts[j++] = pts[i];
    npts = j;
    snprintf(shard_text, sizeof shard_text, "shard %ld/%ld: ", shard, nshards);
    snprintf(of_all, sizeof of_all, " (of %zu in the sweep)", nall);
  }
#ifdef _OPENMP
  if (threads) omp_set_num_threads((int)threads);
#endif
  if (dry_run) { /* everything is checked; nothing is opened or written */
    if (!quiet && nshards) printf("sweep: %s%zu points%s\n", shard_text, npts, of_all);
    if (!quiet)
      for (i = 0; i < npts; i++) {
        char what[512];
        describe(&pts[i], what, sizeof what);
        printf("[%zu/%zu] %s\n", i + 1, npts, what);
      }
    goto out;
  }

  if ((st = mulerr_db_open(dbpath, &db)) != MULERR_OK) {
    rc = failure("sweep", "%s", mulerr_errmsg());
    goto out;
  }
  for (i = 0; i < npts; i++) {
    char key[MULERR_KEY_MAX];
    int found;
    mulerr_point_key(&pts[i], key, sizeof key);
    if ((st = mulerr_db_has_point(db, key, &found)) != MULERR_OK) {
      rc = failure("sweep", "%s", mulerr_errmsg());
      goto out;
    }
    present += (size_t)found;
  }
  if (present && !resume && !replace) {
    rc = usage_error("sweep", "%s already holds %zu of the %zu points of this sweep; "
                     "--resume skips them, --replace recomputes them", dbpath, present, npts);
    goto out;
  }
  if (resume && present == npts && !experiment) {
    if (!quiet) printf("%sall %zu points%s are already in %s\n", shard_text, npts, of_all, dbpath);
    goto out;
  }
  cmdline = cli_command_line(argc, argv);
  if (!cmdline || (st = mulerr_db_begin_run(db, cmdline, s.seed, &run_id)) != MULERR_OK) {
    rc = failure("sweep", "%s", cmdline ? mulerr_errmsg() : "out of memory");
    goto out;
  }
  for (i = 0; i < s.nda + s.ndb; i++) { /* provenance of every file a distribution reads */
    input_ctx ic = {db, run_id, i < s.nda ? &s.da[i] : &s.db[i - s.nda], MULERR_OK};
    if (ic.spec->type->inputs) ic.spec->type->inputs(ic.spec, record_input, &ic);
    if (ic.status != MULERR_OK) {
      rc = failure("sweep", "%s", mulerr_errmsg());
      goto out;
    }
  }
  if (experiment && !batch) {
    int64_t b;
    if ((st = mulerr_db_next_batch(db, &b)) != MULERR_OK) {
      rc = failure("sweep", "%s", mulerr_errmsg());
      goto out;
    }
    batch = (long)b;
  }
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  pr.total = npts;
  pr.tty = !quiet && isatty(2);
  if (!quiet && s.noperands)
    printf("sweep: %s%zu exhaustive points%s into %s (run %lld)\n", shard_text, npts, of_all, dbpath,
           (long long)run_id);
  else if (!quiet)
    printf("sweep: %s%zu points%s, %llu %s each, seed %llu, into %s (run %lld)\n", shard_text, npts,
           of_all, (unsigned long long)s.samples, s.op_dot ? "dot products" : "pairs",
           (unsigned long long)s.seed, dbpath, (long long)run_id);
  for (i = 0; i < npts; i++) {
    char key[MULERR_KEY_MAX], what[512];
    int found = 0;
    mulerr_metrics m;
    double secs;
    describe(&pts[i], what, sizeof what);
    mulerr_point_key(&pts[i], key, sizeof key);
    if (experiment && (st = mulerr_db_tag_point(db, experiment, batch, run_id, key)) != MULERR_OK) {
      rc = failure("sweep", "%s", mulerr_errmsg());
      goto out;
    }
    if (resume && (st = mulerr_db_has_point(db, key, &found)) == MULERR_OK && found) {
      if (!quiet) printf("[%zu/%zu] %s: already stored, skipped\n", i + 1, npts, what);
      continue;
    }
    pr.index = i;
    clock_gettime(CLOCK_MONOTONIC, &pr.start);
    st = mulerr_eval(&pts[i], &m, on_progress, &pr, &stop_flag);
    secs = since(&pr.start);
    if (pr.tty) fprintf(stderr, "\r%60s\r", "");
    if (st == MULERR_OK) st = mulerr_db_put_result(db, run_id, &pts[i], &m, secs);
    if (st == MULERR_OK && expected) { /* the theory's value beside it, where one applies */
      mulerr_metrics em;
      const char *how;
      if (mulerr_expected(&pts[i], &em, &how) == MULERR_OK)
        st = mulerr_db_put_expected(db, run_id, &pts[i], &em, how);
    }
    if (st != MULERR_OK) {
      mulerr_db_end_run(db, run_id, st == MULERR_EINTR ? "interrupted" : "failed");
      if (st == MULERR_EINTR) {
        failure("sweep", "interrupted: %zu of %zu points stored in %s; rerun with --resume to "
                "finish", done, npts, dbpath);
        rc = EXIT_INTERRUPTED;
      } else
        rc = failure("sweep", "%s: %s", what, mulerr_errmsg());
      goto out;
    }
    done++;
    if (!quiet) {
      printf("[%zu/%zu] %s: n=%llu mse=", i + 1, npts, what, (unsigned long long)m.n);
      print_double(stdout, m.mse);
      printf(" mre=");
      print_double(stdout, m.mre);
      printf(" bias=");
      print_double(stdout, m.bias);
      printf(" (%.2f s)\n", secs);
      fflush(stdout);
    }
  }
  if ((st = mulerr_db_end_run(db, run_id, "done")) != MULERR_OK) rc = failure("sweep", "%s", mulerr_errmsg());
out:
  mulerr_db_close(db);
  free(pts);
  for (i = 0; i < s.nda; i++) mulerr_dist_close(&s.da[i]);
  for (i = 0; i < s.ndb; i++) mulerr_dist_close(&s.db[i]);
  free(s.da);
  free(s.db);
  free(cmdline);
  return rc;
}
