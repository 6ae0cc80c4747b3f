/* forward.c — the Llama forward pass in binary64 with replaceable products at sites.
 *
 * The reference (no site active) computes every dot product in binary64, left to right
 * (s = 0; s += a[i] * b[i]), with the weights' binary32 values widened exactly.  At an active
 * site, each dot product's operand pairs go through dot_site(): both operands rounded to the
 * source format (RNE), the method's products, then the accumulation of the arithmetic
 * (accumulate()).  RMSNorm, RoPE, softmax, the 1/sqrt(head size) scaling, SiLU and the
 * gating product, and the residual additions always stay binary64. */
#include "model/model.h"

#include "dot/dot.h"
#include "model/kernels.h"

#include <mpfr.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ sites */

static const struct { const char *name; unsigned bits; } site_table[] = {
    {"attn-score", MULERR_SITE_ATTN_SCORE}, {"attn-value", MULERR_SITE_ATTN_VALUE},
    {"attn", MULERR_SITE_ATTN},             {"qkv", MULERR_SITE_QKV},
    {"attn-out", MULERR_SITE_ATTN_OUT},     {"ffn", MULERR_SITE_FFN},
    {"lm-head", MULERR_SITE_LM_HEAD},       {"linear", MULERR_SITE_LINEAR},
    {"all", MULERR_SITE_ALL}};
#define NSITES (sizeof site_table / sizeof site_table[0])

const char *mulerr_site_names(void) {
  return "attn-score, attn-value, attn, qkv, attn-out, ffn, lm-head, linear, all";
}

unsigned mulerr_site_parse(const char *name) {
  size_t i;
  for (i = 0; i < NSITES; i++)
    if (!strcmp(site_table[i].name, name)) return site_table[i].bits;
  mulerr_fail(MULERR_EINVAL, "unknown site '%s' (choices: %s)", name, mulerr_site_names());
  return 0;
}

static const char *const acc_names[MULERR_MACC_COUNT] = {"fp32", "fp64", "exact"};

/* The accumulator models of the dot-product registry (src/dot/accumulators.def) a run has
 * named, each once, as ids MULERR_MACC_COUNT + i (never freed: a few per process). */
#define MAX_REG_ACC 64
static struct {
  mulerr_dot dot;
  char name[64];
} reg_acc[MAX_REG_ACC];
static int n_reg_acc;
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;

static const mulerr_dot *reg_dot(mulerr_model_acc a) {
  const int i = (int)a - MULERR_MACC_COUNT;
  return i >= 0 && i < __atomic_load_n(&n_reg_acc, __ATOMIC_ACQUIRE) ? &reg_acc[i].dot : NULL;
}

const char *mulerr_model_acc_name(mulerr_model_acc a) {
  if ((unsigned)a < MULERR_MACC_COUNT) return acc_names[a];
  return reg_dot(a) ? reg_acc[(int)a - MULERR_MACC_COUNT].name : "?";
}

int mulerr_model_acc_parse(const char *name) {
  mulerr_dot d;
  char text[64];
  int i, id = -1;
  for (i = 0; i < MULERR_MACC_COUNT; i++)
    if (!strcmp(acc_names[i], name)) return i;
  memset(&d, 0, sizeof d);
  if (mulerr_accum_parse(name, &d) != MULERR_OK) return -1;
  d.length = 1;
  if (mulerr_dot_check(&d) != MULERR_OK) return -1;
  mulerr_accum_text(&d, text, sizeof text);
  pthread_mutex_lock(&reg_lock);
  for (i = 0; i < n_reg_acc && id < 0; i++)
    if (!strcmp(reg_acc[i].name, text)) id = MULERR_MACC_COUNT + i;
  if (id < 0 && n_reg_acc < MAX_REG_ACC) {
    reg_acc[n_reg_acc].dot = d;
    strcpy(reg_acc[n_reg_acc].name, text);
    id = MULERR_MACC_COUNT + n_reg_acc;
    __atomic_store_n(&n_reg_acc, n_reg_acc + 1, __ATOMIC_RELEASE);
  } else if (id < 0)
    mulerr_fail(MULERR_EINVAL, "too many accumulator models in one run (at most %d)", MAX_REG_ACC);
  pthread_mutex_unlock(&reg_lock);
  return id;
}

mulerr_status mulerr_model_arith_prepare(mulerr_model_arith *a) {
  if (!a->sites) return MULERR_OK;
  if (!a->method) return mulerr_fail(MULERR_EINVAL, "no method");
  if ((unsigned)a->acc >= MULERR_MACC_COUNT && !reg_dot(a->acc)) return mulerr_fail(MULERR_EINVAL, "bad accumulation");
  if (!a->source) {
    if (a->scale != MULERR_SCALE_NONE)
      return mulerr_fail(MULERR_EINVAL, "--scale needs a source format (not fp64)");
    if (strcmp(a->method->name, "exact"))
      return mulerr_fail(MULERR_EINVAL, "source fp64 (operands left in binary64) is only for method "
                         "'exact': method '%s' needs operands in a format of at most 26 bits",
                         a->method->name);
    return MULERR_OK;
  }
  a->cfg.source = a->source;
  if (a->scale != MULERR_SCALE_NONE) {
    static const char *const ok[] = {"float", "lmul", "lmul-eq1", "lmul-gpu", "mitchell"};
    size_t i;
    if (a->scale != MULERR_SCALE_TENSOR)
      return mulerr_fail(MULERR_EINVAL, "--scale: a model run scales per tensor only (none or tensor)");
    for (i = 0; i < sizeof ok / sizeof *ok && strcmp(ok[i], a->method->name); i++) continue;
    if (i == sizeof ok / sizeof *ok)
      return mulerr_fail(MULERR_EINVAL, "--scale: method '%s' is not scaled in a model run (scaling "
                         "applies to float, lmul, lmul-eq1, lmul-gpu, mitchell; int and mx have their own "
                         "scales)", a->method->name);
  }
  if (a->cfg.rounding == MULERR_RSR)
    return mulerr_fail(MULERR_EINVAL, "stochastic rounding is not available in a model run");
  {
    mulerr_status st = mulerr_method_prepare(a->method, &a->cfg);
    int bits;
    if (st != MULERR_OK || a->scale == MULERR_SCALE_NONE) return st;
    /* products_scaled multiplies the two scales (12 significant bits each) back into each
     * product exactly: a product of at most 53 - 24 = 29 significant bits.  float: two
     * operands of mbits + 1 bits (or the output format's precision); the L-Mul family and
     * Mitchell: the operand mantissa or the offset term, a carry and the hidden bit. */
    if (!strcmp(a->method->name, "float")) {
      bits = 2 * (a->cfg.work.mbits + 1);
      if (a->cfg.out_format && a->cfg.out_format->mbits + 1 < bits) bits = a->cfg.out_format->mbits + 1;
    } else
      bits = (a->cfg.work.mbits > a->cfg.l ? a->cfg.work.mbits : a->cfg.l) + 2;
    if (bits > 29)
      return mulerr_fail(MULERR_EINVAL, "--scale: method '%s' with operands of %d stored mantissa bits gives "
                         "products of up to %d significant bits, too many for the scales to be multiplied back "
                         "exactly (at most 29; use a narrower format, or no --scale)",
                         a->method->name, a->cfg.work.mbits, bits);
    return MULERR_OK;
  }
}

/* ------------------------------------------------------------ run state */

struct mulerr_model_run {
  const mulerr_model *m;
  mulerr_model_arith a;
  /* weights rounded to the source format, as doubles, for the active linear sites (NULL
   * where the site is inactive or the source is binary64) */
  double *rwq, *rwk, *rwv, *rwo, *rw1, *rw2, *rw3, *rwcls;
  double *x, *xb, *xb2, *hb, *hb2, *q, *att, *logits, *tmp;
  double *kc, *vc; /* caches: keys [L][kv_dim][seq] (transposed), values [L][seq][kv_dim]; at
                    * an active attention site, rounded values */
  double *kbuf;    /* the new key */
  /* dot_site workspace */
  double *pa, *pb, *pp;
  double *ta, *tb; /* --scale: the operands divided by their scales */
  /* The L-Mul/Mitchell fast path (fast_products): offset 1 (lmul) or 0 (mitchell), -1 off;
   * the activation rounded into the operand format (cap values), and each weight matrix
   * rounded into it once, found by its source-rounded copy (wkey[i] -> wval[i]): row by row,
   * or, for the fused kernels, in panels of MULERR_MK_PANEL rows (wok[i][p]: mulerr_mk_lanes
   * of panel p). */
  int fast;
  int fused; /* fast, with the fp32 or fp64 sums: the fused kernels (kernels.h) */
  uint64_t fast_c;
  double *xa, *xbw, *xq, *xp; /* operand-format copies: a, b of one call; q, P of one position */
  double *ps;                 /* P of one position, every head, rounded to the source */
  double *kcw, *vcw; /* the key and value caches rounded into the operand format: keys
                      * [L][kv_dim][seq] (transposed), values [L][seq][kv_dim] */
  size_t *kcnt, *vcnt; /* [L][seq][2]: how many of the positions 0..t have a key (value) with
                        * an operand neither a lane operand nor a zero ([0]), with a zero ([1]) */
  uint64_t *qcode, *pcode, *xcode; /* mulerr_mk_code of q (dim), P (n_heads seq), a (cap) */
  const double **wkey;
  double **wval;
  unsigned char **wok;
  size_t nw, capw;
  double *rope; /* [seq][head_size / 2][2]: cos and sin of RoPE's angles */
  double fmax;     /* --scale: the largest value of the method's operand format */
  size_t cap;
  mpfr_t *mp;    /* exact accumulation: cap values, 53 bits */
  mpfr_ptr *mpp;
  mpfr_t msum;
  mulerr_model_tap_fn tap; /* capture.c: the operands of each site, per position */
  void *tap_ctx;
};

void mulerr_model_run_set_tap(mulerr_model_run *r, mulerr_model_tap_fn fn, void *ctx) {
  r->tap = fn, r->tap_ctx = ctx;
}
#define TAP(r, what, l, v, n) \
  do { \
    if ((r)->tap) (r)->tap((r)->tap_ctx, (what), (l), (v), (n)); \
  } while (0)

static double *alloc_d(size_t n) { return calloc(n ? n : 1, sizeof(double)); }

void mulerr_model_run_free(mulerr_model_run *r) {
  size_t i;
  if (!r) return;
  free(r->rwq), free(r->rwk), free(r->rwv), free(r->rwo), free(r->rw1), free(r->rw2), free(r->rw3);
  free(r->rwcls);
  free(r->x), free(r->xb), free(r->xb2), free(r->hb), free(r->hb2), free(r->q), free(r->att), free(r->kbuf);
  free(r->logits), free(r->tmp), free(r->kc), free(r->vc), free(r->pa), free(r->pb), free(r->pp);
  free(r->ta), free(r->tb), free(r->xa), free(r->xbw), free(r->xq), free(r->xp), free(r->kcw), free(r->vcw);
  free(r->ps), free(r->kcnt), free(r->vcnt), free(r->qcode), free(r->pcode), free(r->xcode), free(r->rope);
  for (i = 0; i < r->nw; i++) free(r->wval[i]), free(r->wok[i]);
  free(r->wkey), free(r->wval), free(r->wok);
  if (r->mp) {
    for (i = 0; i < r->cap; i++) mpfr_clear(r->mp[i]);
    mpfr_clear(r->msum);
  }
  free(r->mp);
  free(r->mpp);
  free(r);
}

/* A weight matrix rounded to the source format (a copy in doubles). */
static double *rounded(const mulerr_model_run *r, const float *w, size_t n) {
  double *d = alloc_d(n);
  size_t i;
  if (!d) return NULL;
  for (i = 0; i < n; i++) d[i] = w[i];
  mulerr_format_round_n(r->a.source, MULERR_RNE, n, d, d);
  return d;
}

mulerr_status mulerr_model_run_new(const mulerr_model *m, const mulerr_model_arith *a,
                                   mulerr_model_run **out) {
  const mulerr_model_config *c = &m->c;
  mulerr_model_run *r = calloc(1, sizeof *r);
  size_t L = (size_t)c->n_layers, dim = (size_t)c->dim, hid = (size_t)c->hidden_dim;
  size_t kv = (size_t)c->kv_dim, V = (size_t)c->vocab_size, S = (size_t)c->seq_len, i;
  unsigned s = a->sites;
  int ok = 1;
  *out = NULL;
  if (!r) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  r->m = m;
  r->a = *a;
  /* the longest dot product, or attention's all positions of one head */
  r->cap = hid > dim ? hid : dim;
  if (S * (size_t)c->head_size > r->cap) r->cap = S * (size_t)c->head_size;
  ok = (r->rope = alloc_d(S * (size_t)c->head_size)) && (r->x = alloc_d(dim)) && (r->xb = alloc_d(dim)) && (r->xb2 = alloc_d(dim)) &&
       (r->hb = alloc_d(hid)) && (r->hb2 = alloc_d(hid)) && (r->q = alloc_d(dim)) &&
       (r->att = alloc_d(S * (size_t)c->n_heads)) && (r->kbuf = alloc_d(kv)) && (r->logits = alloc_d(V)) && (r->tmp = alloc_d(r->cap)) &&
       (r->kc = alloc_d(L * S * kv)) && (r->vc = alloc_d(L * S * kv));
  if (ok && s) ok = (r->pa = alloc_d(r->cap)) && (r->pb = alloc_d(r->cap)) && (r->pp = alloc_d(r->cap));
  r->fast = -1;
  if (ok && s && a->source && !a->scale && (!strcmp(a->method->name, "lmul") || !strcmp(a->method->name, "mitchell")) &&
      a->cfg.rounding != MULERR_RSR && a->cfg.k <= 52 && a->cfg.work.mbits == a->cfg.k &&
      (a->method->name[0] == 'm' || (a->cfg.l >= 1 && a->cfg.l <= 52)) && !getenv("MULERR_MODEL_NO_FAST")) {
    r->fast = a->method->name[0] == 'l';
    r->fast_c = (1023ull << 52) - (r->fast ? 1ull << (52 - a->cfg.l) : 0);
    r->fused = a->acc == MULERR_MACC_FP32 || a->acc == MULERR_MACC_FP64;
    r->capw = 8 * L + 8;
    ok = (r->xa = alloc_d(r->cap)) && (r->wkey = calloc(r->capw, sizeof *r->wkey)) &&
         (r->wval = calloc(r->capw, sizeof *r->wval)) && (r->wok = calloc(r->capw, sizeof *r->wok)) &&
         (r->xbw = alloc_d(r->cap)) && (r->xq = alloc_d(dim)) && (r->xp = alloc_d(S * (size_t)c->n_heads)) &&
         (r->ps = alloc_d(S * (size_t)c->n_heads)) && (r->kcw = alloc_d(L * S * kv)) && (r->vcw = alloc_d(L * S * kv)) &&
         (r->kcnt = calloc(2 * L * S, sizeof *r->kcnt)) && (r->vcnt = calloc(2 * L * S, sizeof *r->vcnt)) &&
         (r->qcode = calloc(2 * dim, sizeof *r->qcode)) && (r->pcode = calloc(2 * S * (size_t)c->n_heads, sizeof *r->pcode)) &&
         (r->xcode = calloc(2 * r->cap, sizeof *r->xcode));
  }
  if (ok && s && a->scale) {
    ok = (r->ta = alloc_d(r->cap)) && (r->tb = alloc_d(r->cap));
    r->fmax = mulerr_format_max(&a->cfg.work);
  }
  if (ok && s && a->source) {
    if (s & MULERR_SITE_QKV)
      ok = (r->rwq = rounded(r, m->wq, L * dim * dim)) && (r->rwk = rounded(r, m->wk, L * kv * dim)) &&
           (r->rwv = rounded(r, m->wv, L * kv * dim));
    if (ok && s & MULERR_SITE_ATTN_OUT) ok = !!(r->rwo = rounded(r, m->wo, L * dim * dim));
    if (ok && s & MULERR_SITE_FFN)
      ok = (r->rw1 = rounded(r, m->w1, L * hid * dim)) && (r->rw2 = rounded(r, m->w2, L * dim * hid)) &&
           (r->rw3 = rounded(r, m->w3, L * hid * dim));
    if (ok && s & MULERR_SITE_LM_HEAD) ok = !!(r->rwcls = rounded(r, m->wcls, V * dim));
  }
  if (ok && s && a->acc == MULERR_MACC_EXACT) {
    ok = (r->mp = malloc(r->cap * sizeof *r->mp)) && (r->mpp = malloc(r->cap * sizeof *r->mpp));
    if (ok) {
      for (i = 0; i < r->cap; i++) {
        mpfr_init2(r->mp[i], 53);
        r->mpp[i] = r->mp[i];
      }
      mpfr_init2(r->msum, 53);
    } else {
      free(r->mp);
      r->mp = NULL;
    }
  }
  if (!ok) {
    mulerr_model_run_free(r);
    return mulerr_fail(MULERR_ENOMEM, "out of memory for a forward pass");
  }
  { /* RoPE's rotations, the same for every layer: position p, pair i (elements 2i, 2i + 1 of a head) */
    const int hs = c->head_size;
    int p, hd;
    for (p = 0; p < c->seq_len; p++)
      for (hd = 0; hd < hs; hd += 2) {
        const double freq = pow(c->rope_theta, -(double)hd / hs), val = p * freq;
        r->rope[(size_t)p * hs + hd] = cos(val);
        r->rope[(size_t)p * hs + hd + 1] = sin(val);
      }
  }
  *out = r;
  return MULERR_OK;
}

/* ----------------------------------------------------------- arithmetic */

/* The sum of p[0..n) by the arithmetic's accumulation (the one function to swap for an
 * accumulator registry). */
static double accumulate(mulerr_model_run *r, size_t n, const double *p) {
  size_t i;
  if ((unsigned)r->a.acc >= MULERR_MACC_COUNT) { /* a model of the dot-product registry */
    mulerr_dot d = *reg_dot(r->a.acc);
    d.length = n;
    return n ? mulerr_dot_accumulate(&d, n, p) : 0;
  }
  switch (r->a.acc) {
  case MULERR_MACC_FP32: {
    float s = 0;
    for (i = 0; i < n; i++) s += (float)p[i];
    return s;
  }
  case MULERR_MACC_EXACT:
    if (n == 0) return 0;
    for (i = 0; i < n; i++) mpfr_set_d(r->mp[i], p[i], MPFR_RNDN); /* exact: 53 bits */
    mpfr_sum(r->msum, r->mpp, (unsigned long)n, MPFR_RNDN);
    return mpfr_get_d(r->msum, MPFR_RNDN);
  default: {
    double s = 0;
    for (i = 0; i < n; i++) s += p[i];
    return s;
  }
  }
}

/* out[k] = the sum of p[k n .. k n + n) by the accumulation, k < nr: the same sums as
 * accumulate(), eight of them side by side for binary32 and binary64. */
MULERR_HOT static void accumulate_rows(mulerr_model_run *r, size_t nr, size_t n, const double *p, double *out) {
  size_t k = 0, i, j;
  if ((unsigned)r->a.acc >= MULERR_MACC_COUNT && n) {
    mulerr_dot d = *reg_dot(r->a.acc);
    d.length = n;
    mulerr_dot_accumulate_n(&d, nr, n, p, out);
    return;
  }
  if (r->a.acc == MULERR_MACC_FP32)
    for (; k + 8 <= nr; k += 8) {
      float s[8] = {0};
      for (i = 0; i < n; i++)
        for (j = 0; j < 8; j++) s[j] += (float)p[(k + j) * n + i];
      for (j = 0; j < 8; j++) out[k + j] = s[j];
    }
  else if (r->a.acc == MULERR_MACC_FP64)
    for (; k + 8 <= nr; k += 8) {
      double s[8] = {0};
      for (i = 0; i < n; i++)
        for (j = 0; j < 8; j++) s[j] += p[(k + j) * n + i];
      for (j = 0; j < 8; j++) out[k + j] = s[j];
    }
  for (; k < nr; k++) out[k] = accumulate(r, n, p + k * n);
}

/* accumulate_rows() of the rows of the transposed products: out[t] = the sum over i < n of
 * q[i nr + t] (in the order i = 0, 1, ...), t < nr.  The model's fp32 and fp64 sums run the
 * rows side by side (the same additions in the same order as accumulate()); others go
 * through the transpose in scratch (nr n values). */
MULERR_HOT static void accumulate_cols(mulerr_model_run *r, size_t nr, size_t n, const double *q, double *scratch,
                                       double *out) {
  size_t t, i;
  if (r->a.acc == MULERR_MACC_FP32) {
    float s[512];
    size_t t0, m;
    for (t0 = 0; t0 < nr; t0 += m) {
      m = nr - t0 < 512 ? nr - t0 : 512;
      for (t = 0; t < m; t++) s[t] = 0;
      for (i = 0; i < n; i++)
        for (t = 0; t < m; t++) s[t] += (float)q[i * nr + t0 + t];
      for (t = 0; t < m; t++) out[t0 + t] = s[t];
    }
    return;
  }
  if (r->a.acc == MULERR_MACC_FP64) {
    for (t = 0; t < nr; t++) out[t] = 0;
    for (i = 0; i < n; i++)
      for (t = 0; t < nr; t++) out[t] += q[i * nr + t];
    return;
  }
  for (t = 0; t < nr; t++)
    for (i = 0; i < n; i++) scratch[t * n + i] = q[i * nr + t];
  accumulate_rows(r, nr, n, scratch, out);
}

/* The products a[i] * b[i], i < n, of operands already in the source format. */
static void products(const mulerr_model_run *r, size_t n, const double *a, const double *b,
                     double *p) {
  size_t i;
  if (!r->a.source) /* binary64 operands, method exact */
    for (i = 0; i < n; i++) p[i] = a[i] * b[i];
  else
    r->a.method->mul(&r->a.cfg, n, a, b, p);
}

/* products() of operands scaled as --scale does (model.h): a / sa and b / sb (each rounded
 * once in binary64) multiplied by the method, then sa sb multiplied back in (exact: sa and sb
 * have at most 12 significant bits each, the methods' products at most 29; checked). */
static void products_scaled(mulerr_model_run *r, size_t n, const double *a, const double *b,
                            double amax_a, double amax_b, double *p) {
  double sa, sb, ss;
  size_t i;
  if (!r->a.scale) {
    products(r, n, a, b, p);
    return;
  }
  sa = mulerr_scale_of(amax_a, r->fmax, 0), sb = mulerr_scale_of(amax_b, r->fmax, 0), ss = sa * sb;
  for (i = 0; i < n; i++) r->ta[i] = a[i] / sa, r->tb[i] = b[i] / sb;
  r->a.method->mul(&r->a.cfg, n, r->ta, r->tb, p);
  for (i = 0; i < n; i++) {
    const double v = p[i] * ss;
    p[i] = isfinite(p[i]) && fma(p[i], ss, -v) != 0 ? NAN : v; /* an inexact rescaling poisons the sum */
  }
}

/* The L-Mul (Mitchell) fast path of a model run: the method's own computation
 * (src/methods/lmul.c, mulerr_lmul_kernel_fast: the operands rounded into the operand format,
 * the one addition of binary64 patterns for normal operands and results (fast1), the method
 * itself for every other pair (slow1)), with the operands rounded into the operand format
 * beforehand: a weight matrix once per run, an activation once per matrix-vector product,
 * keys and values once when cached.  The method's product depends on its operands only
 * through their rounding into the operand format, and rounding an operand-format value again
 * leaves it as it is, so every product is the one method->mul gives on the source operands
 * (t_model_arith compares the two paths bit for bit; MULERR_MODEL_NO_FAST=1 turns this
 * off). */
static inline double fast1(uint64_t c, double x, double y) {
  const int64_t minnorm = 0x0010000000000000ll, inf = 0x7ff0000000000000ll;
  const uint64_t ux = mulerr_d2u(x), uy = mulerr_d2u(y);
  const uint64_t mx = ux & MULERR_ABS_BITS, my = uy & MULERR_ABS_BITS, d = mx + my - c;
  const int64_t e = (int64_t)(d >> 52);
  const int ok = (int64_t)mx >= minnorm && (int64_t)mx < inf && (int64_t)my >= minnorm &&
                 (int64_t)my < inf && e >= 1 && e <= 2046;
  return ok ? mulerr_u2d(d | ((ux ^ uy) & MULERR_SIGN_BIT)) : NAN;
}
/* p[k cols + j] = fast1(x[j], w[k cols + j]) for k < nr, j < cols; the number of NaNs. */
MULERR_HOT static size_t fast_rows(uint64_t c, size_t nr, size_t cols, const double *x, const double *w, double *p) {
  size_t k, j, bad = 0;
  for (k = 0; k < nr; k++) {
    MULERR_SIMD_COUNT(bad)
    for (j = 0; j < cols; j++) {
      const double v = fast1(c, x[j], w[k * cols + j]);
      p[k * cols + j] = v;
      bad += v != v;
    }
  }
  return bad;
}
/* p[i] = fast1(s, v[i]) for i < n; the number of NaNs. */
MULERR_HOT static size_t fast_scalar(uint64_t c, size_t n, double s, const double *v, double *p) {
  size_t i, bad = 0;
  MULERR_SIMD_COUNT(bad)
  for (i = 0; i < n; i++) {
    const double r = fast1(c, s, v[i]);
    p[i] = r;
    bad += r != r;
  }
  return bad;
}

/* p[i] = fast1(x[i], y[i]) for i < n; the number of NaNs. */
MULERR_HOT static size_t fast_vec(uint64_t c, size_t n, const double *x, const double *y, double *p) {
  size_t i, bad = 0;
  MULERR_SIMD_COUNT(bad)
  for (i = 0; i < n; i++) {
    const double r = fast1(c, x[i], y[i]);
    p[i] = r;
    bad += r != r;
  }
  return bad;
}

/* A pair fast1 left (NaN: a zero, subnormal or out-of-range operand or result): the method. */
static inline double slow1(const mulerr_model_run *r, double x, double y) {
  double p;
  r->a.method->mul(&r->a.cfg, 1, &x, &y, &p);
  return p;
}

/* The weight matrix rw ([rows][cols], source-rounded) rounded into the operand format, made
 * on first use: row by row, or (r->fused) in panels of MULERR_MK_PANEL rows stored column by
 * column, the last padded with rows of 1, and *ok the panels' mulerr_mk_lanes.  NULL if out
 * of memory (the caller then takes the method's own path). */
static const double *fast_weights(mulerr_model_run *r, const double *rw, size_t rows, size_t cols,
                                  const unsigned char **ok) {
  const size_t P = MULERR_MK_PANEL, np = (rows + P - 1) / P, n = rows * cols;
  double *w, *tmp;
  unsigned char *f = NULL;
  size_t i, p, j;
  for (i = 0; i < r->nw; i++)
    if (r->wkey[i] == rw) {
      *ok = r->wok[i];
      return r->wval[i];
    }
  if (r->nw == r->capw) return NULL;
  if (!r->fused) {
    if (!(w = malloc(n * sizeof *w))) return NULL;
    mulerr_format_round_n(&r->a.cfg.work, r->a.cfg.rounding, n, rw, w);
  } else {
    w = malloc(np * P * cols * sizeof *w), f = malloc(np), tmp = malloc(n * sizeof *tmp);
    if (!w || !f || !tmp) {
      free(w), free(f), free(tmp);
      return NULL;
    }
    mulerr_format_round_n(&r->a.cfg.work, r->a.cfg.rounding, n, rw, tmp);
    for (p = 0; p < np; p++) {
      double *wp = w + p * P * cols;
      for (i = 0; i < cols; i++)
        for (j = 0; j < P; j++) wp[i * P + j] = p * P + j < rows ? tmp[(p * P + j) * cols + i] : 1;
      f[p] = (unsigned char)mulerr_mk_lanes(P * cols, wp);
    }
    free(tmp);
  }
  r->wkey[r->nw] = rw, r->wok[r->nw] = f, *ok = f;
  return r->wval[r->nw++] = w;
}

/* The fused kernel's out[o] = W[o] . x (o < rows) of the method's products summed in
 * binary32 or binary64, x (cols values) rounded to the source in r->pa: 0 when it does not
 * apply (x has an operand the kernel does not code, or no memory), and the caller computes
 * otherwise.  Panels holding a weight neither a lane operand nor a zero, and rows whose sum is
 * NaN, are the method's products (products()) summed by accumulate(). */
static int matvec_fused(mulerr_model_run *r, const double *rw, size_t rows, size_t cols, double *out) {
  const size_t P = MULERR_MK_PANEL;
  const unsigned char *ok;
  const double *wk = fast_weights(r, rw, rows, cols, &ok);
  double o[MULERR_MK_PANEL];
  size_t p, j;
  if (!wk) return 0;
  mulerr_format_round_n(&r->a.cfg.work, r->a.cfg.rounding, cols, r->pa, r->xa);
  if (mulerr_mk_code(r->fast_c, cols, r->xa, r->xcode)) return 0;
  for (p = 0; p * P < rows; p++) {
    const size_t nr = rows - p * P < P ? rows - p * P : P;
    const int bad = ok[p] & MULERR_MK_BAD;
    if (!bad)
      mulerr_mk_lmul_panel(r->a.acc == MULERR_MACC_FP32, ok[p] & MULERR_MK_ZERO, r->xcode, wk + p * P * cols, cols, o);
    for (j = 0; j < nr; j++) {
      if (bad || isnan(o[j])) {
        products(r, cols, r->pa, rw + (p * P + j) * cols, r->pp);
        o[j] = accumulate(r, cols, r->pp);
      }
      out[p * P + j] = o[j];
    }
  }
  return 1;
}

/* max |x[i]|, i < n */
static double amax_of(size_t n, const double *x) {
  double m = 0;
  size_t i;
  for (i = 0; i < n; i++)
    if (fabs(x[i]) > m) m = fabs(x[i]);
  return m;
}

/* Round x[0..n) to the source format into out (a copy when the source is binary64). */
static void to_source(const mulerr_model_run *r, size_t n, const double *x, double *out) {
  if (r->a.source) mulerr_format_round_n(r->a.source, MULERR_RNE, n, x, out);
  else if (out != x) memcpy(out, x, n * sizeof *out);
}

/* out[o] = W[o] . x for o < rows, W [rows][cols] (binary32 values; panel the same in panel
 * layout); at an active site with rw the matrix rounded to the source (NULL: the source is
 * binary64, use W). */
static int blockwise(const mulerr_model_run *r);

static void matvec(mulerr_model_run *r, unsigned site, const float *W, const float *panel,
                   const double *rw, const double *x, size_t rows, size_t cols, double *out) {
  size_t o, i;
  if (!(r->a.sites & site)) {
    mulerr_mk_matvec_ref(panel, x, rows, cols, out);
    return;
  }
  /* the activation rounded once and repeated, so that one call multiplies many rows */
  {
    const size_t batch = blockwise(r) ? 1 : r->cap / cols;
    size_t k;
    double ax = 0, aw = 0;
    to_source(r, cols, x, r->pa);
    if (r->a.scale) ax = amax_of(cols, r->pa), aw = amax_of(rows * cols, rw);
    if (r->fast >= 0 && rw && r->fused && matvec_fused(r, rw, rows, cols, out)) return;
    if (r->fast >= 0 && rw && !r->fused) {
      const unsigned char *ok;
      const double *wk = fast_weights(r, rw, rows, cols, &ok);
      if (wk) {
        const uint64_t c = r->fast_c;
        const double *xa = r->xa;
        mulerr_format_round_n(&r->a.cfg.work, r->a.cfg.rounding, cols, r->pa, r->xa);
        for (o = 0; o < rows; o += batch) {
          const size_t nr = rows - o < batch ? rows - o : batch;
          const double *w = wk + o * cols;
          double *pp = r->pp;
          size_t j;
          if (fast_rows(c, nr, cols, xa, w, pp))
            for (k = 0; k < nr; k++)
              for (j = 0; j < cols; j++)
                if (isnan(pp[k * cols + j])) pp[k * cols + j] = slow1(r, xa[j], w[k * cols + j]);
          accumulate_rows(r, nr, cols, r->pp, out + o);
        }
        return;
      }
    }
    for (k = 1; k < batch; k++) memcpy(r->pa + k * cols, r->pa, cols * sizeof *r->pa);
    for (o = 0; o < rows; o += batch) {
      const size_t nr = rows - o < batch ? rows - o : batch;
      const double *b;
      if (rw) b = rw + o * cols;
      else {
        for (i = 0; i < nr * cols; i++) r->pb[i] = W[o * cols + i];
        b = r->pb;
      }
      products_scaled(r, nr * cols, r->pa, b, ax, aw, r->pp);
      accumulate_rows(r, nr, cols, r->pp, out + o);
    }
  }
}

/* Does the method treat a call's pairs as blocks sharing a scale (int, mx)?  Then each dot
 * product is its own call, so that no block spans two of them. */
static int blockwise(const mulerr_model_run *r) {
  return r->a.source && (r->a.method->uses & MULERR_USES_BLOCK);
}

static void rmsnorm(double *o, const double *x, const float *w, int n, double eps) {
  double ss = 0;
  int i;
  for (i = 0; i < n; i++) ss += x[i] * x[i];
  ss = 1 / sqrt(ss / n + eps);
  for (i = 0; i < n; i++) o[i] = w[i] * (ss * x[i]);
}

/* The layer's matrices, for matvec and proj: W, its panels and its rounded copy. */
typedef struct layer_mats {
  const float *w[7];
  const float *p[7];
  const double *rw[7];
} layer_mats;
enum { MQ, MK, MV, MO, M1, M2, M3 };

static void layer_matrices(const mulerr_model_run *r, int l, layer_mats *lm) {
  const mulerr_model *m = r->m;
  const size_t dim = (size_t)m->c.dim, kvd = (size_t)m->c.kv_dim, hid = (size_t)m->c.hidden_dim;
  const size_t lo = (size_t)l * dim * dim, lk = (size_t)l * kvd * dim, lh = (size_t)l * hid * dim;
  lm->w[MQ] = m->wq + lo, lm->p[MQ] = m->pq + l * mulerr_panel_size(dim, dim), lm->rw[MQ] = r->rwq ? r->rwq + lo : NULL;
  lm->w[MK] = m->wk + lk, lm->p[MK] = m->pk + l * mulerr_panel_size(kvd, dim), lm->rw[MK] = r->rwk ? r->rwk + lk : NULL;
  lm->w[MV] = m->wv + lk, lm->p[MV] = m->pv + l * mulerr_panel_size(kvd, dim), lm->rw[MV] = r->rwv ? r->rwv + lk : NULL;
  lm->w[MO] = m->wo + lo, lm->p[MO] = m->po + l * mulerr_panel_size(dim, dim), lm->rw[MO] = r->rwo ? r->rwo + lo : NULL;
  lm->w[M1] = m->w1 + lh, lm->p[M1] = m->p1 + l * mulerr_panel_size(hid, dim), lm->rw[M1] = r->rw1 ? r->rw1 + lh : NULL;
  lm->w[M2] = m->w2 + lh, lm->p[M2] = m->p2 + l * mulerr_panel_size(dim, hid), lm->rw[M2] = r->rw2 ? r->rw2 + lh : NULL;
  lm->w[M3] = m->w3 + lh, lm->p[M3] = m->p3 + l * mulerr_panel_size(hid, dim), lm->rw[M3] = r->rw3 ? r->rw3 + lh : NULL;
}

/* RoPE at position pos on q (dim) and k (kv_dim): adjacent pairs of each head (llama2.c; GGUF's
 * llama layout is the same), with the rotations of r->rope. */
static void rope(const mulerr_model_run *r, int pos, double *q, double *k) {
  const mulerr_model_config *c = &r->m->c;
  const double *rot = r->rope + (size_t)pos * c->head_size;
  int i;
  for (i = 0; i < c->dim; i += 2) {
    const int hd = i % c->head_size;
    const double fr = rot[hd], fi = rot[hd + 1];
    double v0 = q[i], v1 = q[i + 1];
    q[i] = v0 * fr - v1 * fi;
    q[i + 1] = v0 * fi + v1 * fr;
    if (i < c->kv_dim) {
      v0 = k[i], v1 = k[i + 1];
      k[i] = v0 * fr - v1 * fi;
      k[i + 1] = v0 * fi + v1 * fr;
    }
  }
}

/* After the projections at position pos: RoPE, the rounding of what the attention products
 * take at an active site, and the key stored in the transposed cache of layer l (v is already
 * in place in the value cache). */
static void store_kv(mulerr_model_run *r, int l, int pos, double *q, double *k, double *v) {
  const mulerr_model_config *c = &r->m->c;
  const int kvd = c->kv_dim, S = c->seq_len;
  double *kT = r->kc + ((size_t)l * S) * kvd;
  int i;
  rope(r, pos, q, k);
  if (r->a.sites & MULERR_SITE_ATTN_SCORE) {
    to_source(r, (size_t)kvd, k, k);
    to_source(r, (size_t)c->dim, q, q);
  }
  if (r->a.sites & MULERR_SITE_ATTN_VALUE) to_source(r, (size_t)kvd, v, v);
  for (i = 0; i < kvd; i++) kT[(size_t)i * S + (size_t)pos] = k[i];
  if (r->fast >= 0 && (r->a.sites & MULERR_SITE_ATTN)) { /* the operand-format copies of the caches */
    const size_t at = ((size_t)l * S) * kvd, lp = (size_t)l * S + (size_t)pos;
    double *kw = r->kcw + at, *vw = r->vcw + at + (size_t)pos * kvd; /* keys transposed: [kv_dim][seq] */
    int fk, fv;
    mulerr_format_round_n(&r->a.cfg.work, r->a.cfg.rounding, (size_t)kvd, k, r->xq);
    for (i = 0; i < kvd; i++) kw[(size_t)i * S + (size_t)pos] = r->xq[i];
    mulerr_format_round_n(&r->a.cfg.work, r->a.cfg.rounding, (size_t)kvd, v, vw);
    /* running counts: the fused kernels take positions 0..t when every key (value) among them
     * is made of lane operands and zeros, the masked kernels when there is a zero */
    fk = mulerr_mk_lanes((size_t)kvd, r->xq), fv = mulerr_mk_lanes((size_t)kvd, vw);
    r->kcnt[2 * lp] = (pos ? r->kcnt[2 * lp - 2] : 0) + !!(fk & MULERR_MK_BAD);
    r->kcnt[2 * lp + 1] = (pos ? r->kcnt[2 * lp - 1] : 0) + !!(fk & MULERR_MK_ZERO);
    r->vcnt[2 * lp] = (pos ? r->vcnt[2 * lp - 2] : 0) + !!(fv & MULERR_MK_BAD);
    r->vcnt[2 * lp + 1] = (pos ? r->vcnt[2 * lp - 1] : 0) + !!(fv & MULERR_MK_ZERO);
  }
}

static int any_nan(size_t n, const double *x) {
  size_t i;
  for (i = 0; i < n; i++)
    if (isnan(x[i])) return 1;
  return 0;
}

/* The fast path's scores of layer l at position pos: att[h][t] for every head, from q and the
 * keys in the operand format.  The fused kernel (kernels.h) where the head's q codes and the
 * keys 0..pos are lane operands or zeros (a head with a NaN sum redone), else the products of
 * fast1 and slow1 summed by the arithmetic's accumulation. */
static void score_fast(mulerr_model_run *r, int l, int pos, const double *qv) {
  const mulerr_model_config *c = &r->m->c;
  const size_t kvd = (size_t)c->kv_dim, hs = (size_t)c->head_size, S = (size_t)c->seq_len, np = (size_t)pos + 1;
  const size_t kv_mul = (size_t)(c->n_heads / c->n_kv_heads);
  const double *kw = r->kcw + (size_t)l * S * kvd;
  const size_t *cnt = r->kcnt + 2 * ((size_t)l * S + (size_t)pos);
  const int fused = r->fused && !cnt[0];
  size_t h, i, t;
  mulerr_format_round_n(&r->a.cfg.work, r->a.cfg.rounding, (size_t)c->dim, qv, r->xq);
  for (h = 0; h < (size_t)c->n_heads; h++) {
    const double *qw = r->xq + h * hs, *kh = kw + (h / kv_mul) * hs * S; /* transposed: [i][t] */
    double *att = r->att + h * S;
    size_t bad = 0;
    if (fused && !mulerr_mk_code(r->fast_c, hs, qw, r->qcode)) {
      mulerr_mk_lmul_score(r->a.acc == MULERR_MACC_FP32, cnt[1] > 0, r->qcode, kh, S, np, hs, att);
      if (!any_nan(np, att)) continue;
    }
    for (i = 0; i < hs; i++) bad += fast_scalar(r->fast_c, np, qw[i], kh + i * S, r->xbw + i * np);
    if (bad)
      for (i = 0; i < hs; i++)
        for (t = 0; t < np; t++)
          if (isnan(r->xbw[i * np + t])) r->xbw[i * np + t] = slow1(r, qw[i], kh[i * S + t]);
    accumulate_cols(r, np, hs, r->xbw, r->pp, att);
  }
}

/* The fast path's attention outputs of layer l at position pos into xb (every head), from the
 * probabilities r->att and the values in the operand format: the fused kernel where every
 * probability codes and the values 0..pos are lane operands or zeros (heads with a NaN sum
 * redone), else the products of fast1 and slow1 summed by the arithmetic's accumulation. */
static void value_fast(mulerr_model_run *r, int l, int pos, double *xb) {
  const mulerr_model_config *c = &r->m->c;
  const size_t kvd = (size_t)c->kv_dim, hs = (size_t)c->head_size, S = (size_t)c->seq_len, np = (size_t)pos + 1;
  const size_t nh = (size_t)c->n_heads, kv_mul = (size_t)(c->n_heads / c->n_kv_heads);
  const double *vw = r->vcw + (size_t)l * S * kvd; /* [seq][kv_dim] */
  const size_t *cnt = r->vcnt + 2 * ((size_t)l * S + (size_t)pos);
  int redo_all = 1;
  size_t h, i, t;
  for (h = 0; h < nh; h++) memcpy(r->ps + h * np, r->att + h * S, np * sizeof *r->ps);
  to_source(r, nh * np, r->ps, r->ps);
  mulerr_format_round_n(&r->a.cfg.work, r->a.cfg.rounding, nh * np, r->ps, r->xp);
  if (r->fused && hs % 4 == 0 && !cnt[0] && !mulerr_mk_code(r->fast_c, nh * np, r->xp, r->pcode)) {
    mulerr_mk_lmul_value(r->a.acc == MULERR_MACC_FP32, cnt[1] > 0, r->pcode, vw, kvd, np, nh, kv_mul, hs, xb);
    redo_all = 0;
  }
  for (h = 0; h < nh; h++) {
    const size_t ko = (h / kv_mul) * hs;
    const double *pw = r->xp + h * np;
    size_t bad = 0;
    if (!redo_all && !any_nan(hs, xb + h * hs)) continue;
    for (i = 0; i < hs; i++) { /* output i: P with column i of V */
      double *col = r->xbw + i * np;
      for (t = 0; t < np; t++) col[t] = vw[t * kvd + ko + i];
      bad += fast_vec(r->fast_c, np, pw, col, r->pp + i * np);
    }
    if (bad)
      for (i = 0; i < hs; i++)
        for (t = 0; t < np; t++)
          if (isnan(r->pp[i * np + t])) r->pp[i * np + t] = slow1(r, pw[t], r->xbw[i * np + t]);
    accumulate_rows(r, hs, np, r->pp, xb + h * hs);
  }
}

/* The attention of layer l at position pos (caches filled up to pos): q (rotated, rounded
 * where the site is active) in, the heads' concatenated output into xb. */
static void attention(mulerr_model_run *r, int l, int pos, const double *qv, double *xb_all) {
  const mulerr_model_config *c = &r->m->c;
  const int kvd = c->kv_dim, hs = c->head_size, kv_mul = c->n_heads / c->n_kv_heads, S = c->seq_len;
  const unsigned sites = r->a.sites;
  const double scale = sqrt((double)hs);
  const double *kT = r->kc + ((size_t)l * S) * kvd, *vc = r->vc + ((size_t)l * S) * kvd;
  const size_t np = (size_t)pos + 1;
  double aq = 0, ak = 0, ap = 0, av = 0; /* --scale: the tensors' max |value| */
  int h, i, t;
  if (r->a.scale && (sites & MULERR_SITE_ATTN_SCORE)) {
    aq = amax_of((size_t)c->dim, qv);
    for (i = 0; i < kvd; i++) {
      const double m = amax_of(np, kT + (size_t)i * S);
      if (m > ak) ak = m;
    }
  }
  if (!(sites & MULERR_SITE_ATTN_SCORE))
    mulerr_mk_score_ref(qv, kT, (size_t)S, np, (size_t)c->n_heads, (size_t)kv_mul, (size_t)hs, r->att);
  else if (r->fast >= 0)
    score_fast(r, l, pos, qv);
  else
    for (h = 0; h < c->n_heads; h++) {
      const double *q = qv + (size_t)h * hs;
      const size_t ko = (size_t)(h / kv_mul) * hs;
      /* every position's pairs in one call (q repeated), then the sums */
      for (t = 0; t <= pos; t++)
        for (i = 0; i < hs; i++) {
          r->pa[(size_t)t * hs + i] = q[i];
          r->pb[(size_t)t * hs + i] = kT[(ko + (size_t)i) * S + (size_t)t];
        }
      if (blockwise(r))
        for (t = 0; t <= pos; t++)
          products(r, (size_t)hs, r->pa + (size_t)t * hs, r->pb + (size_t)t * hs, r->pp + (size_t)t * hs);
      else
        products_scaled(r, np * hs, r->pa, r->pb, aq, ak, r->pp);
      accumulate_rows(r, np, (size_t)hs, r->pp, r->att + (size_t)h * S);
    }
  for (h = 0; h < c->n_heads; h++) mulerr_mk_softmax(r->att + (size_t)h * S, np, scale);
  if (!(sites & MULERR_SITE_ATTN_VALUE))
    mulerr_mk_value_ref(r->att, vc, (size_t)kvd, (size_t)S, np, (size_t)c->n_heads, (size_t)kv_mul,
                        (size_t)hs, xb_all);
  else if (r->fast >= 0)
    value_fast(r, l, pos, xb_all);
  else {
    if (r->a.scale) { /* every head's probabilities (rounded: rounding keeps the order), the values 0..pos */
      for (h = 0; h < c->n_heads; h++) {
        const double m = amax_of(np, r->att + (size_t)h * S);
        if (m > ap) ap = m;
      }
      to_source(r, 1, &ap, &ap);
      av = amax_of(np * (size_t)kvd, vc);
    }
    for (h = 0; h < c->n_heads; h++) {
      const size_t ko = (size_t)(h / kv_mul) * hs;
      double *xb = xb_all + (size_t)h * hs;
      /* output i is the dot product of att[0..pos] with column i of V: operands laid out one
       * output after the other */
      to_source(r, np, r->att + (size_t)h * S, r->tmp);
      for (i = 0; i < hs; i++)
        for (t = 0; t <= pos; t++) {
          r->pa[(size_t)i * np + t] = r->tmp[t];
          r->pb[(size_t)i * np + t] = vc[(size_t)t * kvd + ko + i];
        }
      if (blockwise(r))
        for (i = 0; i < hs; i++)
          products(r, np, r->pa + (size_t)i * np, r->pb + (size_t)i * np, r->pp + (size_t)i * np);
      else
        products_scaled(r, np * hs, r->pa, r->pb, ap, av, r->pp);
      accumulate_rows(r, (size_t)hs, np, r->pp, xb);
    }
  }
}

static void swiglu(double *hb, const double *hb2, int n) {
  int i;
  for (i = 0; i < n; i++) hb[i] = hb[i] / (1 + exp(-hb[i])) * hb2[i];
}

const double *mulerr_model_forward(mulerr_model_run *r, int token, int pos, double *attn_out) {
  const mulerr_model *m = r->m;
  const mulerr_model_config *c = &m->c;
  const int dim = c->dim, kvd = c->kv_dim, hid = c->hidden_dim, S = c->seq_len;
  double *x = r->x;
  layer_mats lm;
  int l, i;
  for (i = 0; i < dim; i++) x[i] = m->tok_emb[(size_t)token * dim + i];
  for (l = 0; l < c->n_layers; l++) {
    double *v = r->vc + ((size_t)l * S + (size_t)pos) * kvd;
    layer_matrices(r, l, &lm);
    rmsnorm(r->xb, x, m->rms_att + (size_t)l * dim, dim, c->rms_eps);
    matvec(r, MULERR_SITE_QKV, lm.w[MQ], lm.p[MQ], lm.rw[MQ], r->xb, (size_t)dim, (size_t)dim, r->q);
    matvec(r, MULERR_SITE_QKV, lm.w[MK], lm.p[MK], lm.rw[MK], r->xb, (size_t)kvd, (size_t)dim, r->kbuf);
    matvec(r, MULERR_SITE_QKV, lm.w[MV], lm.p[MV], lm.rw[MV], r->xb, (size_t)kvd, (size_t)dim, v);
    store_kv(r, l, pos, r->q, r->kbuf, v);
    TAP(r, MULERR_TAP_ATTN_NORM, l, r->xb, (size_t)dim);
    TAP(r, MULERR_TAP_Q, l, r->q, (size_t)dim);
    TAP(r, MULERR_TAP_K, l, r->kbuf, (size_t)kvd);
    TAP(r, MULERR_TAP_V, l, v, (size_t)kvd);
    attention(r, l, pos, r->q, r->xb);
    TAP(r, MULERR_TAP_PROB, l, r->att, (size_t)c->n_heads * (size_t)S);
    TAP(r, MULERR_TAP_ATTN_OUT, l, r->xb, (size_t)dim);
    if (attn_out) memcpy(attn_out + (size_t)l * dim, r->xb, (size_t)dim * sizeof *attn_out);
    matvec(r, MULERR_SITE_ATTN_OUT, lm.w[MO], lm.p[MO], lm.rw[MO], r->xb, (size_t)dim, (size_t)dim, r->xb2);
    for (i = 0; i < dim; i++) x[i] += r->xb2[i];
    rmsnorm(r->xb, x, m->rms_ffn + (size_t)l * dim, dim, c->rms_eps);
    TAP(r, MULERR_TAP_FFN_NORM, l, r->xb, (size_t)dim);
    matvec(r, MULERR_SITE_FFN, lm.w[M1], lm.p[M1], lm.rw[M1], r->xb, (size_t)hid, (size_t)dim, r->hb);
    matvec(r, MULERR_SITE_FFN, lm.w[M3], lm.p[M3], lm.rw[M3], r->xb, (size_t)hid, (size_t)dim, r->hb2);
    swiglu(r->hb, r->hb2, hid);
    TAP(r, MULERR_TAP_HIDDEN, l, r->hb, (size_t)hid);
    matvec(r, MULERR_SITE_FFN, lm.w[M2], lm.p[M2], lm.rw[M2], r->hb, (size_t)dim, (size_t)hid, r->xb);
    for (i = 0; i < dim; i++) x[i] += r->xb[i];
  }
  rmsnorm(x, x, m->rms_final, dim, c->rms_eps);
  TAP(r, MULERR_TAP_FINAL_NORM, -1, x, (size_t)dim);
  matvec(r, MULERR_SITE_LM_HEAD, m->wcls, m->pcls, r->rwcls, x, (size_t)c->vocab_size, (size_t)dim, r->logits);
  return r->logits;
}

/* The matrix products of n positions: out[t] = W . x[t] for t < n.  The reference runs panel
 * by panel with every position inside (the panel stays in the cache); the sums are those of
 * matvec. */
static void proj(mulerr_model_run *r, unsigned site, const float *W, const float *panel, const double *rw,
                 const double *x, size_t n, size_t rows, size_t cols, double *out) {
  size_t t, p;
  if (r->a.sites & site) {
    for (t = 0; t < n; t++) matvec(r, site, W, panel, rw, x + t * cols, rows, cols, out + t * rows);
    return;
  }
  for (p = 0; p * MULERR_PANEL < rows; p++) {
    const size_t nr = rows - p * MULERR_PANEL < MULERR_PANEL ? rows - p * MULERR_PANEL : MULERR_PANEL;
    double o[MULERR_PANEL];
    for (t = 0; t < n; t++) {
      mulerr_mk_matvec_ref(panel + p * MULERR_PANEL * cols, x + t * cols, nr, cols, o);
      memcpy(out + t * rows + p * MULERR_PANEL, o, nr * sizeof *o);
    }
  }
}

mulerr_status mulerr_model_forward_seq(mulerr_model_run *r, const int *tok, int n, double *logits,
                                       double *attn_out) {
  const mulerr_model *m = r->m;
  const mulerr_model_config *c = &m->c;
  const size_t dim = (size_t)c->dim, kvd = (size_t)c->kv_dim, hid = (size_t)c->hidden_dim;
  const size_t S = (size_t)c->seq_len, L = (size_t)c->n_layers, N = (size_t)n;
  double *X = malloc(N * dim * sizeof *X), *XB = malloc(N * dim * sizeof *XB);
  double *Q = malloc(N * dim * sizeof *Q), *K = malloc(N * kvd * sizeof *K);
  double *H1 = malloc(N * hid * sizeof *H1), *H2 = malloc(N * hid * sizeof *H2);
  layer_mats lm;
  size_t t, i;
  int l;
  if (!X || !XB || !Q || !K || !H1 || !H2) {
    free(X), free(XB), free(Q), free(K), free(H1), free(H2);
    return mulerr_fail(MULERR_ENOMEM, "out of memory for a forward pass");
  }
  for (t = 0; t < N; t++)
    for (i = 0; i < dim; i++) X[t * dim + i] = m->tok_emb[(size_t)tok[t] * dim + i];
  for (l = 0; l < c->n_layers; l++) {
    double *vc = r->vc + (size_t)l * S * kvd;
    layer_matrices(r, l, &lm);
    for (t = 0; t < N; t++) rmsnorm(XB + t * dim, X + t * dim, m->rms_att + (size_t)l * dim, (int)dim, c->rms_eps);
    proj(r, MULERR_SITE_QKV, lm.w[MQ], lm.p[MQ], lm.rw[MQ], XB, N, dim, dim, Q);
    proj(r, MULERR_SITE_QKV, lm.w[MK], lm.p[MK], lm.rw[MK], XB, N, kvd, dim, K);
    proj(r, MULERR_SITE_QKV, lm.w[MV], lm.p[MV], lm.rw[MV], XB, N, kvd, dim, vc); /* rows = positions */
    for (t = 0; t < N; t++) store_kv(r, l, (int)t, Q + t * dim, K + t * kvd, vc + t * kvd);
    for (t = 0; t < N; t++) {
      attention(r, l, (int)t, Q + t * dim, XB + t * dim);
      if (attn_out) memcpy(attn_out + (t * L + (size_t)l) * dim, XB + t * dim, dim * sizeof *attn_out);
    }
    proj(r, MULERR_SITE_ATTN_OUT, lm.w[MO], lm.p[MO], lm.rw[MO], XB, N, dim, dim, Q); /* Q: scratch */
    for (t = 0; t < N * dim; t++) X[t] += Q[t];
    for (t = 0; t < N; t++) rmsnorm(XB + t * dim, X + t * dim, m->rms_ffn + (size_t)l * dim, (int)dim, c->rms_eps);
    proj(r, MULERR_SITE_FFN, lm.w[M1], lm.p[M1], lm.rw[M1], XB, N, hid, dim, H1);
    proj(r, MULERR_SITE_FFN, lm.w[M3], lm.p[M3], lm.rw[M3], XB, N, hid, dim, H2);
    swiglu(H1, H2, (int)(N * hid));
    proj(r, MULERR_SITE_FFN, lm.w[M2], lm.p[M2], lm.rw[M2], H1, N, dim, hid, XB);
    for (t = 0; t < N * dim; t++) X[t] += XB[t];
  }
  for (t = 0; t < N; t++) rmsnorm(X + t * dim, X + t * dim, m->rms_final, (int)dim, c->rms_eps);
  proj(r, MULERR_SITE_LM_HEAD, m->wcls, m->pcls, r->rwcls, X, N, (size_t)c->vocab_size, dim, logits);
  free(X), free(XB), free(Q), free(K), free(H1), free(H2);
  return MULERR_OK;
}

static int argmax(const double *x, int n) {
  int i, best = 0;
  for (i = 1; i < n; i++)
    if (x[i] > x[best]) best = i;
  return best;
}

size_t mulerr_model_generate(mulerr_model_run *r, size_t n, int *ids) {
  int token = 1, pos;
  size_t got = 0;
  for (pos = 0; got < n && pos < r->m->c.seq_len; pos++) {
    const double *logits = mulerr_model_forward(r, token, pos, NULL);
    int next = argmax(logits, r->m->c.vocab_size);
    if (next == 1) break;
    ids[got++] = next;
    token = next;
  }
  return got;
}
