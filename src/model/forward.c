/* forward.c — the Llama forward pass in binary64 with replaceable products at sites.
 *
 * The reference (no site active) computes every dot product in binary64, left to right
 * (s = 0; s += a[i] * b[i]), with the weights' binary32 values widened exactly.  At an active
 * site, each dot product's operand pairs go through dot_site(): both operands rounded to the
 * source format (RNE), the method's products, then the accumulation of the arithmetic
 * (accumulate()).  RMSNorm, RoPE, softmax, the 1/sqrt(head size) scaling, SiLU and the
 * gating product, and the residual additions always stay binary64. */
#include "model/model.h"

#include <mpfr.h>
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
const char *mulerr_model_acc_name(mulerr_model_acc a) {
  return (unsigned)a < MULERR_MACC_COUNT ? acc_names[a] : "?";
}
int mulerr_model_acc_parse(const char *name) {
  int i;
  for (i = 0; i < MULERR_MACC_COUNT; i++)
    if (!strcmp(acc_names[i], name)) return i;
  return -1;
}

mulerr_status mulerr_model_arith_prepare(mulerr_model_arith *a) {
  if (!a->sites) return MULERR_OK;
  if (!a->method) return mulerr_fail(MULERR_EINVAL, "no method");
  if ((unsigned)a->acc >= MULERR_MACC_COUNT) return mulerr_fail(MULERR_EINVAL, "bad accumulation");
  if (!a->source) {
    if (strcmp(a->method->name, "exact"))
      return mulerr_fail(MULERR_EINVAL, "source fp64 (operands left in binary64) is only for method "
                         "'exact': method '%s' needs operands in a format of at most 26 bits",
                         a->method->name);
    return MULERR_OK;
  }
  a->cfg.source = a->source;
  if (a->cfg.rounding == MULERR_RSR)
    return mulerr_fail(MULERR_EINVAL, "stochastic rounding is not available in a model run");
  return mulerr_method_prepare(a->method, &a->cfg);
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
  size_t cap;
  mpfr_t *mp;    /* exact accumulation: cap values, 53 bits */
  mpfr_ptr *mpp;
  mpfr_t msum;
};

static double *alloc_d(size_t n) { return calloc(n ? n : 1, sizeof(double)); }

void mulerr_model_run_free(mulerr_model_run *r) {
  size_t i;
  if (!r) return;
  free(r->rwq), free(r->rwk), free(r->rwv), free(r->rwo), free(r->rw1), free(r->rw2), free(r->rw3);
  free(r->rwcls);
  free(r->x), free(r->xb), free(r->xb2), free(r->hb), free(r->hb2), free(r->q), free(r->att), free(r->kbuf);
  free(r->logits), free(r->tmp), free(r->kc), free(r->vc), free(r->pa), free(r->pb), free(r->pp);
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
static void accumulate_rows(mulerr_model_run *r, size_t nr, size_t n, const double *p, double *out) {
  size_t k = 0, i, j;
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

/* The products a[i] * b[i], i < n, of operands already in the source format. */
static void products(const mulerr_model_run *r, size_t n, const double *a, const double *b,
                     double *p) {
  size_t i;
  if (!r->a.source) /* binary64 operands, method exact */
    for (i = 0; i < n; i++) p[i] = a[i] * b[i];
  else
    r->a.method->mul(&r->a.cfg, n, a, b, p);
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
typedef double v4d_u __attribute__((vector_size(32), aligned(8))); /* unaligned loads */
static inline v4d load4(const double *p) { return *(const v4d_u *)p; }

/* The reference's out[o] = W[o] . x, o < rows, from W in panel layout (model.h): each row's
 * sum left to right in binary64, the panel's 32 rows side by side in eight 4-lane sums. */
MULERR_HOT static void matvec_ref(const double *panel, const double *x, size_t rows, size_t cols,
                                  double *out) {
  size_t p, i, j;
  for (p = 0; p * MULERR_PANEL < rows; p++) {
    const double *w = panel + p * MULERR_PANEL * cols;
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

static void matvec(mulerr_model_run *r, unsigned site, const float *W, const double *panel,
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
    to_source(r, cols, x, r->pa);
    for (k = 1; k < batch; k++) memcpy(r->pa + k * cols, r->pa, cols * sizeof *r->pa);
    for (o = 0; o < rows; o += batch) {
      const size_t nr = rows - o < batch ? rows - o : batch;
      const double *b;
      if (rw) b = rw + o * cols;
      else {
        for (i = 0; i < nr * cols; i++) r->pb[i] = W[o * cols + i];
        b = r->pb;
      }
      products(r, nr * cols, r->pa, b, r->pp);
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

const double *mulerr_model_forward(mulerr_model_run *r, int token, int pos, double *attn_out) {
  const mulerr_model *m = r->m;
  const mulerr_model_config *c = &m->c;
  const int dim = c->dim, kvd = c->kv_dim, hs = c->head_size, hid = c->hidden_dim;
  const int kv_mul = c->n_heads / c->n_kv_heads, S = c->seq_len;
  const unsigned sites = r->a.sites;
  const double scale = sqrt((double)hs);
  double *x = r->x;
  int l, i, h, t;
  for (i = 0; i < dim; i++) x[i] = m->tok_emb[(size_t)token * dim + i];
  for (l = 0; l < c->n_layers; l++) {
    const size_t lo = (size_t)l * dim * dim, lk = (size_t)l * kvd * dim, lh = (size_t)l * hid * dim;
    double *kT = r->kc + ((size_t)l * S) * kvd, *vc = r->vc + ((size_t)l * S) * kvd;
    double *k = r->kbuf, *v = vc + (size_t)pos * kvd;
    const size_t np = (size_t)pos + 1;
    rmsnorm(r->xb, x, m->rms_att + (size_t)l * dim, dim, c->rms_eps);
    matvec(r, MULERR_SITE_QKV, m->wq + lo, m->pq + l * mulerr_panel_size((size_t)dim, (size_t)dim), r->rwq ? r->rwq + lo : NULL, r->xb, (size_t)dim, (size_t)dim, r->q);
    matvec(r, MULERR_SITE_QKV, m->wk + lk, m->pk + l * mulerr_panel_size((size_t)kvd, (size_t)dim), r->rwk ? r->rwk + lk : NULL, r->xb, (size_t)kvd, (size_t)dim, k);
    matvec(r, MULERR_SITE_QKV, m->wv + lk, m->pv + l * mulerr_panel_size((size_t)kvd, (size_t)dim), r->rwv ? r->rwv + lk : NULL, r->xb, (size_t)kvd, (size_t)dim, v);
    /* RoPE on adjacent pairs of each head (llama2.c; GGUF's llama layout is the same) */
    for (i = 0; i < dim; i += 2) {
      const int hd = i % hs;
      const double freq = pow(c->rope_theta, -(double)hd / hs), val = pos * freq;
      const double fr = cos(val), fi = sin(val);
      double v0 = r->q[i], v1 = r->q[i + 1];
      r->q[i] = v0 * fr - v1 * fi;
      r->q[i + 1] = v0 * fi + v1 * fr;
      if (i < kvd) {
        v0 = k[i], v1 = k[i + 1];
        k[i] = v0 * fr - v1 * fi;
        k[i + 1] = v0 * fi + v1 * fr;
      }
    }
    /* the caches hold what the attention products take: rounded at an active site */
    if (sites & MULERR_SITE_ATTN_SCORE) {
      to_source(r, (size_t)kvd, k, k);
      to_source(r, (size_t)dim, r->q, r->q);
    }
    if (sites & MULERR_SITE_ATTN_VALUE) to_source(r, (size_t)kvd, v, v);
    for (i = 0; i < kvd; i++) kT[(size_t)i * S + (size_t)pos] = k[i];
    if (!(sites & MULERR_SITE_ATTN_SCORE))
      attn_score_ref(r->q, kT, (size_t)S, np, (size_t)c->n_heads, (size_t)kv_mul, (size_t)hs, r->att);
    for (h = 0; h < c->n_heads; h++) {
      const double *q = r->q + (size_t)h * hs;
      const size_t ko = (size_t)(h / kv_mul) * hs;
      double *att = r->att + (size_t)h * S;
      if (sites & MULERR_SITE_ATTN_SCORE) {
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
          products(r, np * hs, r->pa, r->pb, r->pp);
        accumulate_rows(r, np, (size_t)hs, r->pp, att);
      }
      for (t = 0; t <= pos; t++) att[t] /= scale;
      softmax(att, pos + 1);
    }
    if (!(sites & MULERR_SITE_ATTN_VALUE))
      attn_value_ref(r->att, vc, (size_t)kvd, (size_t)S, np, (size_t)c->n_heads, (size_t)kv_mul,
                     (size_t)hs, r->xb);
    else
      for (h = 0; h < c->n_heads; h++) {
        const size_t ko = (size_t)(h / kv_mul) * hs;
        double *xb = r->xb + (size_t)h * hs;
        /* output i is the dot product of att[0..pos] with column i of V: operands laid out
         * one output after the other */
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
          products(r, np * hs, r->pa, r->pb, r->pp);
        accumulate_rows(r, (size_t)hs, np, r->pp, xb);
      }
    if (attn_out) memcpy(attn_out + (size_t)l * dim, r->xb, (size_t)dim * sizeof *attn_out);
    matvec(r, MULERR_SITE_ATTN_OUT, m->wo + lo, m->po + l * mulerr_panel_size((size_t)dim, (size_t)dim), r->rwo ? r->rwo + lo : NULL, r->xb, (size_t)dim, (size_t)dim, r->xb2);
    for (i = 0; i < dim; i++) x[i] += r->xb2[i];
    rmsnorm(r->xb, x, m->rms_ffn + (size_t)l * dim, dim, c->rms_eps);
    matvec(r, MULERR_SITE_FFN, m->w1 + lh, m->p1 + l * mulerr_panel_size((size_t)hid, (size_t)dim), r->rw1 ? r->rw1 + lh : NULL, r->xb, (size_t)hid, (size_t)dim, r->hb);
    matvec(r, MULERR_SITE_FFN, m->w3 + lh, m->p3 + l * mulerr_panel_size((size_t)hid, (size_t)dim), r->rw3 ? r->rw3 + lh : NULL, r->xb, (size_t)hid, (size_t)dim, r->hb2);
    for (i = 0; i < hid; i++) r->hb[i] = r->hb[i] / (1 + exp(-r->hb[i])) * r->hb2[i];
    matvec(r, MULERR_SITE_FFN, m->w2 + lh, m->p2 + l * mulerr_panel_size((size_t)dim, (size_t)hid), r->rw2 ? r->rw2 + lh : NULL, r->hb, (size_t)dim, (size_t)hid, r->xb);
    for (i = 0; i < dim; i++) x[i] += r->xb[i];
  }
  rmsnorm(x, x, m->rms_final, dim, c->rms_eps);
  matvec(r, MULERR_SITE_LM_HEAD, m->wcls, m->pcls, r->rwcls, x, (size_t)c->vocab_size, (size_t)dim, r->logits);
  return r->logits;
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
