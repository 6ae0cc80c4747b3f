/* activations.c — the `activations` distribution: the operand pairs a Llama model really
 * multiplies, from a capture file written by `mulerr model ... --capture FILE` (layout in
 * src/model/model.h, mulerr_model_capture).
 *
 * Syntax (after "activations:"):
 *     FILE[:site=SITE][:layer=N][:model=MODEL][:operand=a|b]
 * SITE is a site of `mulerr model` (attn-score, attn-value, attn, qkv, attn-out, ffn, lm-head,
 * linear, all; default all); layer=N (0-based) keeps that layer's products only (the
 * classifier, which has no layer, is then left out).  Linear sites multiply an activation by
 * a weight: the weights are read from MODEL, the checkpoint the capture was made from (its
 * SHA-256 must be the one the capture records); MODEL is required when the site includes a
 * linear site.  FILE and MODEL cannot contain ':'.
 *
 * The pairs.  The products of one site, all of them, as the reference pass computes them:
 *   qkv       attn_norm_out[t][j] x wq|wk|wv[o][j]       (t token, o output row, j < dim)
 *   attn-out  attn_out[t][j] x wo[o][j]
 *   ffn       ffn_norm_out[t][j] x w1|w3[o][j], ffn_hidden[t][j] x w2[o][j]
 *   lm-head   final_norm_out[t][j] x wcls[o][j]
 *   attn-score  q[t][h hs + i] x k[u][g hs + i]          (u <= t in t's document, head h,
 *   attn-value  attn_prob[t][h][u - start] x v[u][g hs + i]  g = h's KV head, i < hs)
 * A draw is uniform over every product of the selected sites and layers (so a matrix counts in
 * proportion to its products): one mulerr_uniform_u64 per pair.  With a point's two operand
 * distributions the same spec (`--dist activations:...`) the engine asks for pairs
 * (draw_pairs): a is the activation (q, or the probability), b the weight (k, or v).  Used for
 * one operand alone (--dist-a or --dist-b), draw() gives side a of each drawn pair, or side b
 * with operand=b.  Values are the capture's binary32 numbers, then rounded into the point's
 * source format (RNE).
 *
 * Rows, for dot products (draw_row_pairs; --op dot): a row pair is one dot product of the
 * model: (activation row t, weight row o) over j for a linear site; (q of t head h, k of u)
 * over i for attn-score; (probabilities of t head h, column i of v) over the positions u for
 * attn-value.  A row pair is drawn uniformly among those of at least len products, then a
 * start uniformly among its windows of len (two draws per row); the runs are len consecutive
 * products of one real dot product. */
#include "internal.h"
#include "model/model.h"
#include "weights/weights.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { K_LIN, K_SCORE, K_VALUE };

typedef struct comp {
  int kind, layer;
  const mulerr_tensor *act;   /* linear: [T][cols]; score: q; value: attn_prob */
  const mulerr_tensor *other; /* score: k; value: v */
  const float *w;             /* linear: the weight matrix [rows][cols] */
  uint64_t rows, cols;
  uint64_t count;             /* products */
} comp;

typedef struct astate {
  mulerr_weights *cap;
  mulerr_model *model;
  uint64_t T, P, L, dim, kvd, hid, nh, nkv, hs;
  uint64_t *pos, *start; /* per token: position, first token of its document */
  uint64_t *tcum;        /* tcum[t] = sum over tokens before t of (pos + 1) */
  size_t nc;
  comp *c;
  uint64_t *ccum;        /* ccum[k] = products of components before k */
  int operand;
} astate;

static void free_state(astate *s) {
  if (!s) return;
  mulerr_weights_close(s->cap);
  mulerr_model_close(s->model);
  free(s->pos), free(s->start), free(s->tcum), free(s->c), free(s->ccum);
  free(s);
}

static void aclose(mulerr_dist_spec *spec) {
  free_state(spec->state);
  spec->state = NULL;
}

/* The value of a string key of the file's __metadata__ into out ("" if absent).  The capture
 * writer's own strings: a hex digest, no escapes. */
static void meta_get(const mulerr_weights *w, const char *key, char *out, size_t len) {
  uint64_t hl = 0;
  size_t i, kl;
  const char *h, *end, *p;
  char pat[96];
  *out = 0;
  if (w->size < 8) return;
  for (i = 0; i < 8; i++) hl |= (uint64_t)w->map[i] << (8 * i);
  if (hl > w->size - 8) return;
  h = (const char *)w->map + 8, end = h + hl;
  snprintf(pat, sizeof pat, "\"%s\":\"", key);
  kl = strlen(pat);
  for (p = h; p + kl <= end; p++)
    if (!memcmp(p, pat, kl)) {
      const char *v = p + kl, *q = v;
      while (q < end && *q != '"') q++;
      if ((size_t)(q - v) < len) memcpy(out, v, (size_t)(q - v)), out[q - v] = 0;
      return;
    }
}

static const mulerr_tensor *need(const char *all, const mulerr_weights *w, const char *name,
                                 uint64_t d0, uint64_t d1, uint64_t d2, int ndim) {
  const mulerr_tensor *t = mulerr_weights_find(w, name);
  if (!t) {
    mulerr_fail(MULERR_EIO, "distribution '%s': %s is not a capture of `mulerr model --capture` "
                "(no tensor '%s')", all, w->path, name);
    return NULL;
  }
  if (t->dtype != MULERR_WT_F32 || t->ndim != ndim || t->shape[0] != d0 ||
      (ndim > 1 && t->shape[1] != d1) || (ndim > 2 && t->shape[2] != d2)) {
    mulerr_fail(MULERR_EIO, "%s: tensor '%s' is not F32 of the capture's shape", w->path, name);
    return NULL;
  }
  return t;
}

static mulerr_status add_lin(astate *s, const char *all, int l, const char *act, const float *w,
                             uint64_t rows, uint64_t cols) {
  char name[64];
  comp *c = &s->c[s->nc];
  if (l >= 0) snprintf(name, sizeof name, "layers.%d.%s", l, act);
  else snprintf(name, sizeof name, "%s", act);
  if (!(c->act = need(all, s->cap, name, s->T, cols, 0, 2))) return MULERR_EIO;
  c->kind = K_LIN, c->layer = l, c->w = w, c->rows = rows, c->cols = cols;
  c->count = s->T * rows * cols;
  s->nc++;
  return MULERR_OK;
}

static mulerr_status add_att(astate *s, const char *all, int l, int kind) {
  char a[64], b[64];
  comp *c = &s->c[s->nc];
  snprintf(a, sizeof a, "layers.%d.%s", l, kind == K_SCORE ? "q" : "attn_prob");
  snprintf(b, sizeof b, "layers.%d.%s", l, kind == K_SCORE ? "k" : "v");
  if (!(c->act = kind == K_SCORE ? need(all, s->cap, a, s->T, s->dim, 0, 2)
                                 : need(all, s->cap, a, s->T, s->nh, s->P, 3)) ||
      !(c->other = need(all, s->cap, b, s->T, s->kvd, 0, 2)))
    return MULERR_EIO;
  c->kind = kind, c->layer = l, c->count = s->tcum[s->T] * s->nh * s->hs;
  s->nc++;
  return MULERR_OK;
}

static mulerr_status aopen(mulerr_dist_spec *spec, const char *args) {
  const char *all = spec->text;
  char *buf = strdup(args), *opt, *file, *model_path = NULL;
  unsigned sites = MULERR_SITE_ALL;
  long layer = -1;
  astate *s = calloc(1, sizeof *s);
  mulerr_status st = MULERR_OK;
  const mulerr_tensor *t, *q, *hid, *prob;
  uint64_t i, L;
  if (!buf || !s) {
    free(buf), free(s);
    return mulerr_fail(MULERR_ENOMEM, "out of memory");
  }
  file = buf;
  opt = strchr(buf, ':');
  if (opt) *opt++ = 0;
  if (!*file) {
    st = mulerr_fail(MULERR_EINVAL, "distribution 'activations' needs a capture file: "
                     "activations:FILE[:site=SITE][:layer=N][:model=MODEL][:operand=a|b]");
    goto fail;
  }
  while (opt && !st) {
    char *next = strchr(opt, ':'), *eq;
    if (next) *next++ = 0;
    if (!(eq = strchr(opt, '='))) {
      st = mulerr_fail(MULERR_EINVAL, "distribution '%s': '%s' is not key=value (keys: site, layer, "
                       "model, operand)", all, opt);
      break;
    }
    *eq++ = 0;
    if (!strcmp(opt, "site")) {
      if (!(sites = mulerr_site_parse(eq)))
        st = mulerr_fail(MULERR_EINVAL, "distribution '%s': %s", all, mulerr_errmsg());
    } else if (!strcmp(opt, "layer")) {
      if (mulerr_parse_int(eq, 0, 1L << 20, &layer) != MULERR_OK)
        st = mulerr_fail(MULERR_EINVAL, "distribution '%s': layer: %s", all, mulerr_errmsg());
    } else if (!strcmp(opt, "model")) {
      if (!*eq) st = mulerr_fail(MULERR_EINVAL, "distribution '%s': empty model=", all);
      model_path = eq;
    } else if (!strcmp(opt, "operand")) {
      if (!strcmp(eq, "a")) s->operand = 0;
      else if (!strcmp(eq, "b")) s->operand = 1;
      else st = mulerr_fail(MULERR_EINVAL, "distribution '%s': operand must be a or b, not '%s'", all, eq);
    } else
      st = mulerr_fail(MULERR_EINVAL, "distribution '%s': unknown option '%s' (activations takes: "
                       "site, layer, model, operand)", all, opt);
    opt = next;
  }
  if (st || (st = mulerr_weights_open(file, &s->cap))) goto fail;
  /* the capture's shape */
  t = mulerr_weights_find(s->cap, "tokens.pos");
  q = mulerr_weights_find(s->cap, "layers.0.q");
  hid = mulerr_weights_find(s->cap, "layers.0.ffn_hidden");
  prob = mulerr_weights_find(s->cap, "layers.0.attn_prob");
  {
    const mulerr_tensor *k = mulerr_weights_find(s->cap, "layers.0.k");
    if (!t || t->dtype != MULERR_WT_F32 || t->ndim != 1 || !q || q->ndim != 2 || !hid || hid->ndim != 2 ||
        !prob || prob->ndim != 3 || !k || k->ndim != 2 || t->shape[0] == 0) {
      st = mulerr_fail(MULERR_EIO, "distribution '%s': %s is not a capture of `mulerr model --capture` "
                       "(tokens.pos, layers.0.q, .k, .ffn_hidden, .attn_prob)", all, file);
      goto fail;
    }
    s->T = t->shape[0], s->dim = q->shape[1], s->kvd = k->shape[1], s->hid = hid->shape[1];
    s->nh = prob->shape[1], s->P = prob->shape[2];
  }
  for (L = 0;; L++) {
    char name[64];
    snprintf(name, sizeof name, "layers.%llu.q", (unsigned long long)L);
    if (!mulerr_weights_find(s->cap, name)) break;
  }
  s->L = L;
  /* every division below by a checked non-zero: dim = heads x head size, kv_dim = kv heads x
   * head size, heads a multiple of kv heads; at most the model's layer limit */
  if (!s->dim || !s->nh || !s->kvd || !s->hid || !s->P || s->dim % s->nh || !(s->dim / s->nh) ||
      s->kvd % (s->dim / s->nh) || !(s->kvd / (s->dim / s->nh)) || s->nh % (s->kvd / (s->dim / s->nh)) ||
      L > MULERR_MODEL_MAXLAYER) {
    st = mulerr_fail(MULERR_EIO, "%s: inconsistent capture dimensions (dim=%llu, heads=%llu, kv_dim=%llu, "
                     "hidden=%llu, positions=%llu, layers=%llu of at most %d)", file, (unsigned long long)s->dim,
                     (unsigned long long)s->nh, (unsigned long long)s->kvd, (unsigned long long)s->hid,
                     (unsigned long long)s->P, (unsigned long long)L, MULERR_MODEL_MAXLAYER);
    goto fail;
  }
  s->hs = s->dim / s->nh, s->nkv = s->kvd / s->hs;
  if (layer >= 0 && (uint64_t)layer >= L) {
    st = mulerr_fail(MULERR_EINVAL, "distribution '%s': layer %ld out of range (the capture has "
                     "layers 0..%llu)", all, layer, (unsigned long long)L - 1);
    goto fail;
  }
  /* positions and documents */
  s->pos = calloc(s->T, sizeof *s->pos), s->start = calloc(s->T, sizeof *s->start);
  s->tcum = calloc(s->T + 1, sizeof *s->tcum);
  s->c = calloc(9 * L + 1, sizeof *s->c), s->ccum = calloc(9 * L + 2, sizeof *s->ccum);
  if (!s->pos || !s->start || !s->tcum || !s->c || !s->ccum) {
    st = mulerr_fail(MULERR_ENOMEM, "out of memory");
    goto fail;
  }
  for (i = 0; i < s->T; i++) {
    const double p = mulerr_tensor_get(t, i);
    if (!(p >= 0) || p != floor(p) || p >= (double)s->P || (i == 0 ? p != 0 : (p != 0 && p != (double)s->pos[i - 1] + 1))) {
      st = mulerr_fail(MULERR_EIO, "%s: tokens.pos[%llu] = %g is not a document position", file,
                       (unsigned long long)i, p);
      goto fail;
    }
    s->pos[i] = (uint64_t)p;
    s->start[i] = i - s->pos[i];
    s->tcum[i + 1] = s->tcum[i] + s->pos[i] + 1;
  }
  /* the model, for the linear sites */
  if (sites & MULERR_SITE_LINEAR) {
    char want[80];
    const mulerr_model_config *c;
    if (!model_path) {
      st = mulerr_fail(MULERR_EINVAL, "distribution '%s': the linear sites (qkv, attn-out, ffn, lm-head) "
                       "multiply activations by weights: give the model the capture was made from "
                       "with :model=FILE (or choose site=attn)", all);
      goto fail;
    }
    if ((st = mulerr_model_open(model_path, &s->model))) goto fail;
    meta_get(s->cap, "mulerr.model_sha256", want, sizeof want);
    if (strcmp(want, mulerr_weights_sha256(s->model->w))) {
      st = mulerr_fail(MULERR_EINVAL, "distribution '%s': %s is not the model %s was captured from "
                       "(SHA-256 %s, the capture records %s)", all, model_path, file,
                       mulerr_weights_sha256(s->model->w), *want ? want : "none");
      goto fail;
    }
    c = &s->model->c;
    if ((uint64_t)c->dim != s->dim || (uint64_t)c->kv_dim != s->kvd || (uint64_t)c->hidden_dim != s->hid ||
        (uint64_t)c->n_layers != L || (uint64_t)c->n_heads != s->nh) {
      st = mulerr_fail(MULERR_EIO, "%s: the capture's dimensions do not match the model %s", file, model_path);
      goto fail;
    }
  }
  for (i = 0; i < L; i++) {
    const mulerr_model *m = s->model;
    const int l = (int)i;
    const uint64_t D = s->dim, K = s->kvd, H = s->hid;
    if (layer >= 0 && (long)i != layer) continue;
    if (sites & MULERR_SITE_QKV)
      if ((st = add_lin(s, all, l, "attn_norm_out", m->wq + i * D * D, D, D)) ||
          (st = add_lin(s, all, l, "attn_norm_out", m->wk + i * K * D, K, D)) ||
          (st = add_lin(s, all, l, "attn_norm_out", m->wv + i * K * D, K, D)))
        goto fail;
    if (sites & MULERR_SITE_ATTN_SCORE && (st = add_att(s, all, l, K_SCORE))) goto fail;
    if (sites & MULERR_SITE_ATTN_VALUE && (st = add_att(s, all, l, K_VALUE))) goto fail;
    if (sites & MULERR_SITE_ATTN_OUT && (st = add_lin(s, all, l, "attn_out", m->wo + i * D * D, D, D))) goto fail;
    if (sites & MULERR_SITE_FFN)
      if ((st = add_lin(s, all, l, "ffn_norm_out", m->w1 + i * H * D, H, D)) ||
          (st = add_lin(s, all, l, "ffn_norm_out", m->w3 + i * H * D, H, D)) ||
          (st = add_lin(s, all, l, "ffn_hidden", m->w2 + i * D * H, D, H)))
        goto fail;
  }
  if (layer < 0 && sites & MULERR_SITE_LM_HEAD &&
      (st = add_lin(s, all, -1, "final_norm_out", s->model->wcls, (uint64_t)s->model->c.vocab_size, s->dim)))
    goto fail;
  if (!s->nc) {
    st = mulerr_fail(MULERR_EINVAL, "distribution '%s': no products selected (lm-head has no layer)", all);
    goto fail;
  }
  for (i = 0; i < s->nc; i++) {
    uint64_t bad = 0;
    if ((st = mulerr_tensor_nonfinite(s->c[i].act, &bad, NULL)) ||
        (s->c[i].other && !bad && (st = mulerr_tensor_nonfinite(s->c[i].other, &bad, NULL))))
      goto fail;
    if (bad) {
      st = mulerr_fail(MULERR_EIO, "%s: the capture holds non-finite values (tensor %s)", file, s->c[i].act->name);
      goto fail;
    }
    s->ccum[i + 1] = s->ccum[i] + s->c[i].count;
  }
  free(buf);
  spec->state = s;
  return MULERR_OK;
fail:
  free(buf);
  free_state(s);
  return st;
}

/* The token t with tcum[t] <= u < tcum[t + 1]. */
static uint64_t token_of(const astate *s, uint64_t u) {
  uint64_t lo = 0, hi = s->T - 1;
  while (lo < hi) {
    const uint64_t mid = lo + (hi - lo + 1) / 2;
    if (s->tcum[mid] <= u) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/* The pair of product index idx (0 <= idx < ccum[nc]). */
static void pair_at(const astate *s, uint64_t idx, double *a, double *b) {
  size_t lo = 0, hi = s->nc - 1;
  const comp *c;
  while (lo < hi) {
    const size_t mid = lo + (hi - lo + 1) / 2;
    if (s->ccum[mid] <= idx) lo = mid;
    else hi = mid - 1;
  }
  c = &s->c[lo];
  idx -= s->ccum[lo];
  if (c->kind == K_LIN) {
    const uint64_t t = idx / (c->rows * c->cols), rem = idx % (c->rows * c->cols);
    const uint64_t o = rem / c->cols, j = rem % c->cols;
    *a = mulerr_tensor_get(c->act, t * c->cols + j);
    *b = c->w[o * c->cols + j];
  } else {
    const uint64_t nhs = s->nh * s->hs, u = idx / nhs, rem = idx % nhs;
    const uint64_t t = token_of(s, u), off = u - s->tcum[t], h = rem / s->hs, i = rem % s->hs;
    const uint64_t g = h / (s->nh / s->nkv), tu = s->start[t] + off;
    *a = c->kind == K_SCORE ? mulerr_tensor_get(c->act, t * s->dim + h * s->hs + i)
                            : mulerr_tensor_get(c->act, (t * s->nh + h) * s->P + off);
    *b = mulerr_tensor_get(c->other, tu * s->kvd + g * s->hs + i);
  }
}

static void draw_pairs(const mulerr_dist_spec *spec, const mulerr_format *src, gsl_rng *r, size_t n,
                       double *a, double *b) {
  const astate *s = spec->state;
  size_t i;
  for (i = 0; i < n; i++) pair_at(s, mulerr_uniform_u64(r, s->ccum[s->nc]), &a[i], &b[i]);
  mulerr_format_round_n(src, MULERR_RNE, n, a, a);
  mulerr_format_round_n(src, MULERR_RNE, n, b, b);
}

static void draw(const mulerr_dist_spec *spec, const mulerr_format *src, gsl_rng *r, size_t n,
                 double *out) {
  const astate *s = spec->state;
  size_t i;
  for (i = 0; i < n; i++) {
    double a, b;
    pair_at(s, mulerr_uniform_u64(r, s->ccum[s->nc]), &a, &b);
    out[i] = s->operand ? b : a;
  }
  mulerr_format_round_n(src, MULERR_RNE, n, out, out);
}

/* ---------------------------------------------------------------- rows */

/* Row pairs of component c with at least len products. */
static uint64_t rows_of(const astate *s, const comp *c, uint64_t len) {
  uint64_t t, n = 0;
  if (c->kind == K_LIN) return c->cols >= len ? s->T * c->rows : 0;
  if (c->kind == K_SCORE) return s->hs >= len ? s->tcum[s->T] * s->nh : 0;
  for (t = 0; t < s->T; t++) n += s->pos[t] + 1 >= len;
  return n * s->nh * s->hs;
}

static uint64_t row_length(const mulerr_dist_spec *spec) {
  const astate *s = spec->state;
  uint64_t best = 0, t, L;
  size_t k;
  for (k = 0; s && k < s->nc; k++) {
    const comp *c = &s->c[k];
    if (c->kind == K_LIN) L = c->cols;
    else if (c->kind == K_SCORE) L = s->hs;
    else
      for (L = 0, t = 0; t < s->T; t++)
        if (s->pos[t] + 1 > L) L = s->pos[t] + 1;
    if (L > best) best = L;
  }
  return best;
}

static void draw_row_pairs(const mulerr_dist_spec *spec, const mulerr_format *src, gsl_rng *r,
                           size_t nrows, size_t len, double *a, double *b) {
  const astate *s = spec->state;
  uint64_t total = 0, cnt[9 * MULERR_MODEL_MAXLAYER + 1];
  size_t k, j, i;
  for (k = 0; k < s->nc && k < sizeof cnt / sizeof *cnt; k++) total += cnt[k] = rows_of(s, &s->c[k], len);
  for (j = 0; j < nrows; j++) {
    double *pa = a + j * len, *pb = b + j * len;
    uint64_t idx = total ? mulerr_uniform_u64(r, total) : 0;
    const comp *c = NULL;
    for (k = 0; k < s->nc && total; k++) {
      if (idx < cnt[k]) {
        c = &s->c[k];
        break;
      }
      idx -= cnt[k];
    }
    if (!c) { /* no row of len products: the caller checks row_length() first */
      for (i = 0; i < len; i++) pa[i] = pb[i] = NAN;
      continue;
    }
    if (c->kind == K_LIN) {
      const uint64_t t = idx / c->rows, o = idx % c->rows, st = mulerr_uniform_u64(r, c->cols - len + 1);
      mulerr_tensor_read(c->act, t * c->cols + st, len, pa);
      for (i = 0; i < len; i++) pb[i] = c->w[o * c->cols + st + i];
    } else if (c->kind == K_SCORE) {
      const uint64_t u = idx / s->nh, h = idx % s->nh, t = token_of(s, u), tu = s->start[t] + (u - s->tcum[t]);
      const uint64_t g = h / (s->nh / s->nkv), st = mulerr_uniform_u64(r, s->hs - len + 1);
      mulerr_tensor_read(c->act, t * s->dim + h * s->hs + st, len, pa);
      mulerr_tensor_read(c->other, tu * s->kvd + g * s->hs + st, len, pb);
    } else {
      const uint64_t nhs = s->nh * s->hs, e = idx / nhs, h = (idx % nhs) / s->hs, ii = idx % s->hs;
      const uint64_t g = h / (s->nh / s->nkv);
      uint64_t t = 0, seen = 0, st;
      for (t = 0; t < s->T; t++) /* the e-th token with a long enough row */
        if (s->pos[t] + 1 >= len && seen++ == e) break;
      st = mulerr_uniform_u64(r, s->pos[t] + 1 - len + 1);
      mulerr_tensor_read(c->act, (t * s->nh + h) * s->P + st, len, pa);
      for (i = 0; i < len; i++) pb[i] = mulerr_tensor_get(c->other, (s->start[t] + st + i) * s->kvd + g * s->hs + ii);
    }
  }
  mulerr_format_round_n(src, MULERR_RNE, nrows * len, a, a);
  mulerr_format_round_n(src, MULERR_RNE, nrows * len, b, b);
}

/* draw_rows for one operand alone (--dist-b): side b (or a with operand=a) of row pairs. */
static void draw_rows(const mulerr_dist_spec *spec, const mulerr_format *src, gsl_rng *r,
                      size_t nrows, size_t len, double *out) {
  const astate *s = spec->state;
  double *other = malloc((nrows * len + 1) * sizeof *other);
  size_t i;
  if (!other) {
    for (i = 0; i < nrows * len; i++) out[i] = NAN; /* the dot product fails */
    return;
  }
  if (s->operand == 0) draw_row_pairs(spec, src, r, nrows, len, out, other);
  else draw_row_pairs(spec, src, r, nrows, len, other, out);
  free(other);
}

static const mulerr_format *native(const mulerr_dist_spec *spec) {
  (void)spec;
  return mulerr_format_find("fp32");
}

static void inputs(const mulerr_dist_spec *spec,
                   void (*emit)(void *ctx, const char *path, uint64_t size, const char *sha256),
                   void *ctx) {
  astate *s = spec->state;
  if (!s) return;
  emit(ctx, s->cap->path, s->cap->size, mulerr_weights_sha256(s->cap));
  if (s->model) emit(ctx, s->model->w->path, s->model->w->size, mulerr_weights_sha256(s->model->w));
}

const mulerr_dist mulerr_dist_activations = {
    .name = "activations",
    .description = "the operand pairs a Llama model multiplies, from a capture of `mulerr model "
                   "--capture`: activations:FILE[:site=SITE][:layer=N][:model=MODEL][:operand=a|b]; "
                   "uniform over every product of the site (activation x weight for linear sites, "
                   "weights from MODEL; q x k, probability x v for attention); real pairs with "
                   "--dist, one side with --dist-a/--dist-b",
    .draw = draw,
    .open = aopen,
    .close = aclose,
    .native = native,
    .inputs = inputs,
    .row_length = row_length,
    .draw_rows = draw_rows,
    .draw_pairs = draw_pairs,
    .draw_row_pairs = draw_row_pairs};
