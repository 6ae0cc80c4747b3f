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
   * rounded into it once, found by its source-rounded copy (wkey[i] -> wval[i]). */
  int fast;
  uint64_t fast_c;
  double *xa, *xbw, *xq, *xp; /* operand-format copies: a, b of one call; q, P of one position */
  double *kcw, *vcw;      /* the key and value caches rounded into the operand format */
  const double **wkey;
  double **wval;
  size_t nw, capw;
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
  for (i = 0; i < r->nw; i++) free(r->wval[i]);
  free(r->wkey), free(r->wval);
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
  ok = (r->x = alloc_d(dim)) && (r->xb = alloc_d(dim)) && (r->xb2 = alloc_d(dim)) &&
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
    r->capw = 8 * L + 8;
    ok = (r->xa = alloc_d(r->cap)) && (r->wkey = calloc(r->capw, sizeof *r->wkey)) &&
         (r->wval = calloc(r->capw, sizeof *r->wval)) && (r->xbw = alloc_d(r->cap)) && (r->xq = alloc_d(dim)) && (r->xp = alloc_d(S)) &&
         (r->kcw = alloc_d(L * S * kv)) && (r->vcw = alloc_d(L * S * kv));
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

/* The weight matrix rw (n values, source-rounded) rounded into the operand format, made on
 * first use; NULL if out of memory (the caller then takes the method's own path). */
static const double *fast_weights(mulerr_model_run *r, const double *rw, size_t n) {
  size_t i;
  for (i = 0; i < r->nw; i++)
    if (r->wkey[i] == rw) return r->wval[i];
  if (r->nw == r->capw || !(r->wval[r->nw] = malloc(n * sizeof(double)))) return NULL;
  mulerr_format_round_n(&r->a.cfg.work, r->a.cfg.rounding, n, rw, r->wval[r->nw]);
  r->wkey[r->nw] = rw;
  return r->wval[r->nw++];
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

/* Four binary64 lanes (GCC vector extension: lane-independent IEEE operations, so the
 * result is the same on any instruction set). */
#pragma GCC diagnostic ignored "-Wpsabi" /* the vector helpers are static: no ABI crosses */
typedef double v4d __attribute__((vector_size(32)));
typedef float v4f_u __attribute__((vector_size(16), aligned(4))); /* unaligned loads */
typedef float v4f __attribute__((vector_size(16)));
/* four binary32 values widened (exactly) to binary64 */
static inline v4d load4(const float *p) { return __builtin_convertvector((v4f)*(const v4f_u *)p, v4d); }

/* The reference's out[o] = W[o] . x, o < rows, from W in panel layout (model.h): each row's
 * sum left to right in binary64, the panel's 32 rows side by side in eight 4-lane sums. */
MULERR_HOT static void matvec_ref(const float *panel, const double *x, size_t rows, size_t cols,
                                  double *out) {
  size_t p, i, j;
  for (p = 0; p * MULERR_PANEL < rows; p++) {
    const float *w = panel + p * MULERR_PANEL * cols;
    v4d s0 = {0}, s1 = {0}, s2 = {0}, s3 = {0}, s4 = {0}, s5 = {0}, s6 = {0}, s7 = {0};
    double s[MULERR_PANEL];
    for (i = 0; i < cols; i++, w += MULERR_PANEL) {
      const v4d xi = {x[i], x[i], x[i], x[i]};
      s0 += load4(w) * xi;
      s1 += load4(w + 4) * xi;
      s2 += load4(w + 8) * xi;
      s3 += load4(w + 12) * xi;
      s4 += load4(w + 16) * xi;
      s5 += load4(w + 20) * xi;
      s6 += load4(w + 24) * xi;
      s7 += load4(w + 28) * xi;
    }
    memcpy(s, &s0, sizeof s0), memcpy(s + 4, &s1, sizeof s1), memcpy(s + 8, &s2, sizeof s2);
    memcpy(s + 12, &s3, sizeof s3), memcpy(s + 16, &s4, sizeof s4), memcpy(s + 20, &s5, sizeof s5);
    memcpy(s + 24, &s6, sizeof s6), memcpy(s + 28, &s7, sizeof s7);
    for (j = 0; j < MULERR_PANEL && p * MULERR_PANEL + j < rows; j++) out[p * MULERR_PANEL + j] = s[j];
  }
}

/* out[o] = W[o] . x for o < rows, W [rows][cols] (binary32 values; panel the same in panel
 * layout); at an active site with rw the matrix rounded to the source (NULL: the source is
 * binary64, use W). */
static int blockwise(const mulerr_model_run *r);

static void matvec(mulerr_model_run *r, unsigned site, const float *W, const float *panel,
                   const double *rw, const double *x, size_t rows, size_t cols, double *out) {
  size_t o, i;
  if (!(r->a.sites & site)) {
    matvec_ref(panel, x, rows, cols, out);
    return;
  }
  /* the activation rounded once and repeated, so that one call multiplies many rows */
  {
    const size_t batch = blockwise(r) ? 1 : r->cap / cols;
    size_t k;
    double ax = 0, aw = 0;
    to_source(r, cols, x, r->pa);
    if (r->a.scale) ax = amax_of(cols, r->pa), aw = amax_of(rows * cols, rw);
    if (r->fast >= 0 && rw && !blockwise(r)) {
      const double *wk = fast_weights(r, rw, rows * cols);
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

/* The reference's att[h][t] = q_h . k_t for every head h and t < np, each sum left to right
 * over the head's elements, the positions side by side (kT: the key cache transposed,
 * element j of position t at kT[j * S + t]). */
MULERR_HOT static void attn_score_ref(const double *q, const double *kT, size_t S, size_t np,
                                      size_t nh, size_t kv_mul, size_t hs, double *att) {
  size_t h, i, t;
  for (h = 0; h < nh; h++) {
    double *a = att + h * S;
    const double *qh = q + h * hs, *kh = kT + (h / kv_mul) * hs * S;
    for (t = 0; t < np; t++) a[t] = 0;
    for (i = 0; i < hs; i++) {
      const double qi = qh[i], *kr = kh + i * S;
      MULERR_SIMD
      for (t = 0; t < np; t++) a[t] += qi * kr[t];
    }
  }
}

/* The reference's xb[h hs + i] = sum over t < np of att[h][t] v_t[kv head of h][i]: each
 * output's sum left to right over t, every head's outputs side by side. */
MULERR_HOT static void attn_value_ref(const double *att, const double *v, size_t kvd, size_t S,
                                      size_t np, size_t nh, size_t kv_mul, size_t hs, double *xb) {
  size_t h, i, t;
  for (i = 0; i < nh * hs; i++) xb[i] = 0;
  for (t = 0; t < np; t++)
    for (h = 0; h < nh; h++) {
      const double a = att[h * S + t], *vt = v + t * kvd + (h / kv_mul) * hs;
      double *o = xb + h * hs;
      MULERR_SIMD
      for (i = 0; i < hs; i++) o[i] += a * vt[i];
    }
}

static void rmsnorm(double *o, const double *x, const float *w, int n, double eps) {
  double ss = 0;
  int i;
  for (i = 0; i < n; i++) ss += x[i] * x[i];
  ss = 1 / sqrt(ss / n + eps);
  for (i = 0; i < n; i++) o[i] = w[i] * (ss * x[i]);
}

static void softmax(double *x, int n) {
  double mx = x[0], sum = 0;
  int i;
  for (i = 1; i < n; i++)
    if (x[i] > mx) mx = x[i];
  for (i = 0; i < n; i++) sum += x[i] = exp(x[i] - mx);
  for (i = 0; i < n; i++) x[i] /= sum;
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
 * llama layout is the same). */
static void rope(const mulerr_model_config *c, int pos, double *q, double *k) {
  int i;
  for (i = 0; i < c->dim; i += 2) {
    const int hd = i % c->head_size;
    const double freq = pow(c->rope_theta, -(double)hd / c->head_size), val = pos * freq;
    const double fr = cos(val), fi = sin(val);
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
  rope(c, pos, q, k);
  if (r->a.sites & MULERR_SITE_ATTN_SCORE) {
    to_source(r, (size_t)kvd, k, k);
    to_source(r, (size_t)c->dim, q, q);
  }
  if (r->a.sites & MULERR_SITE_ATTN_VALUE) to_source(r, (size_t)kvd, v, v);
  for (i = 0; i < kvd; i++) kT[(size_t)i * S + (size_t)pos] = k[i];
  if (r->fast >= 0) { /* the operand-format copies of the caches (fast_products) */
    const size_t at = ((size_t)l * S) * kvd;
    double *kw = r->kcw + at, *vw = r->vcw + at; /* both transposed: [kv_dim][seq] */
    mulerr_format_round_n(&r->a.cfg.work, r->a.cfg.rounding, (size_t)kvd, k, r->xq);
    for (i = 0; i < kvd; i++) kw[(size_t)i * S + (size_t)pos] = r->xq[i];
    mulerr_format_round_n(&r->a.cfg.work, r->a.cfg.rounding, (size_t)kvd, v, r->xq);
    for (i = 0; i < kvd; i++) vw[(size_t)i * S + (size_t)pos] = r->xq[i];
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
    attn_score_ref(qv, kT, (size_t)S, np, (size_t)c->n_heads, (size_t)kv_mul, (size_t)hs, r->att);
  for (h = 0; h < c->n_heads; h++) {
    const double *q = qv + (size_t)h * hs;
    const size_t ko = (size_t)(h / kv_mul) * hs;
    double *att = r->att + (size_t)h * S;
    if (sites & MULERR_SITE_ATTN_SCORE) {
      /* every position's pairs in one call (q repeated), then the sums */
      if (r->fast >= 0) {
        const double *kw = r->kcw + ((size_t)l * S) * kvd, *qw = r->xq + (size_t)h * hs;
        size_t bad = 0;
        if (h == 0) mulerr_format_round_n(&r->a.cfg.work, r->a.cfg.rounding, (size_t)c->dim, qv, r->xq);
        for (i = 0; i < hs; i++) /* transposed: [i][t] */
          bad += fast_scalar(r->fast_c, np, qw[i], kw + (ko + (size_t)i) * S, r->xbw + (size_t)i * np);
        if (bad)
          for (i = 0; i < hs; i++)
            for (t = 0; t <= pos; t++)
              if (isnan(r->xbw[(size_t)i * np + t]))
                r->xbw[(size_t)i * np + t] = slow1(r, qw[i], kw[(ko + (size_t)i) * S + (size_t)t]);
        accumulate_cols(r, np, (size_t)hs, r->xbw, r->pp, att);
      } else {
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
      accumulate_rows(r, np, (size_t)hs, r->pp, att);
      }
    }
    for (t = 0; t <= pos; t++) att[t] /= scale;
    softmax(att, pos + 1);
  }
  if (!(sites & MULERR_SITE_ATTN_VALUE))
    attn_value_ref(r->att, vc, (size_t)kvd, (size_t)S, np, (size_t)c->n_heads, (size_t)kv_mul,
                   (size_t)hs, xb_all);
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
      if (r->fast >= 0) {
        const double *vT = r->vcw + ((size_t)l * kvd + ko) * S; /* transposed: [kv_dim][seq] */
        size_t bad = 0;
        mulerr_format_round_n(&r->a.cfg.work, r->a.cfg.rounding, np, r->tmp, r->xp);
        for (i = 0; i < hs; i++)
          bad += fast_vec(r->fast_c, np, r->xp, vT + (size_t)i * S, r->pp + (size_t)i * np);
        if (bad)
          for (i = 0; i < hs; i++)
            for (t = 0; t <= pos; t++)
              if (isnan(r->pp[(size_t)i * np + t]))
                r->pp[(size_t)i * np + t] = slow1(r, r->xp[t], vT[(size_t)i * S + (size_t)t]);
      } else {
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
      }
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
      matvec_ref(panel + p * MULERR_PANEL * cols, x + t * cols, nr, cols, o);
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
