/* model.c — loading a Llama-architecture checkpoint (llama2.c .bin or GGUF "llama") through
 * the weights readers, with its configuration checked against every tensor's shape. */
#include "model/model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void mulerr_model_close(mulerr_model *m) {
  if (!m) return;
  free(m->tok_emb);
  free(m->rms_att);
  free(m->rms_ffn);
  free(m->wq);
  free(m->wk);
  free(m->wv);
  free(m->wo);
  free(m->w1);
  free(m->w2);
  free(m->w3);
  free(m->rms_final);
  if (m->wcls != m->tok_emb) free(m->wcls);
  free(m->pq), free(m->pk), free(m->pv), free(m->po), free(m->p1), free(m->p2), free(m->p3);
  free(m->pcls);
  mulerr_weights_close(m->w);
  free(m);
}

/* A GGUF integer key into *v: required (fails naming the key) or optional (v untouched). */
static mulerr_status gguf_int(const mulerr_weights *w, const char *key, int required, int *v) {
  mulerr_gguf_value g;
  mulerr_status st = mulerr_gguf_meta(w, key, &g);
  if (st) return st;
  if (!g.found) {
    if (required) return mulerr_fail(MULERR_EIO, "%s: GGUF metadata has no '%s'", w->path, key);
    return MULERR_OK;
  }
  if (!g.is_int || g.integer <= 0 || g.integer > (1 << 30))
    return mulerr_fail(MULERR_EIO, "%s: GGUF metadata '%s' is not a positive integer below 2^30",
                       w->path, key);
  *v = (int)g.integer;
  return MULERR_OK;
}

static mulerr_status gguf_real(const mulerr_weights *w, const char *key, double *v) {
  mulerr_gguf_value g;
  mulerr_status st = mulerr_gguf_meta(w, key, &g);
  if (st || !g.found) return st;
  if (!g.is_num || !(g.num > 0) || !isfinite(g.num))
    return mulerr_fail(MULERR_EIO, "%s: GGUF metadata '%s' is not a positive number", w->path, key);
  *v = g.num;
  return MULERR_OK;
}

/* The configuration a GGUF states, with its architecture checked. */
static mulerr_status gguf_config(const mulerr_weights *w, mulerr_model_config *c) {
  mulerr_gguf_value g;
  mulerr_status st = mulerr_gguf_meta(w, "general.architecture", &g);
  int rope_dims = 0;
  if (st) return st;
  if (!g.found || g.type != 8)
    return mulerr_fail(MULERR_EIO, "%s: GGUF metadata has no general.architecture string", w->path);
  if (g.len != 5 || memcmp(g.str, "llama", 5))
    return mulerr_fail(MULERR_EIO, "%s: architecture '%.*s' is not supported (mulerr model runs "
                       "the 'llama' architecture)", w->path, (int)(g.len > 64 ? 64 : g.len), g.str);
  if ((st = gguf_int(w, "llama.embedding_length", 1, &c->dim)) ||
      (st = gguf_int(w, "llama.feed_forward_length", 1, &c->hidden_dim)) ||
      (st = gguf_int(w, "llama.block_count", 1, &c->n_layers)) ||
      (st = gguf_int(w, "llama.attention.head_count", 1, &c->n_heads)) ||
      (st = gguf_int(w, "llama.context_length", 1, &c->seq_len)))
    return st;
  c->n_kv_heads = c->n_heads;
  if ((st = gguf_int(w, "llama.attention.head_count_kv", 0, &c->n_kv_heads)) ||
      (st = gguf_real(w, "llama.attention.layer_norm_rms_epsilon", &c->rms_eps)) ||
      (st = gguf_real(w, "llama.rope.freq_base", &c->rope_theta)) ||
      (st = gguf_int(w, "llama.rope.dimension_count", 0, &rope_dims)))
    return st;
  if (c->dim % c->n_heads == 0 && rope_dims && rope_dims != c->dim / c->n_heads)
    return mulerr_fail(MULERR_EIO, "%s: llama.rope.dimension_count = %d, but the head size is %d "
                       "(partial rotary embeddings are not supported)", w->path, rope_dims,
                       c->dim / c->n_heads);
  c->vocab_size = 0; /* from the embedding's shape */
  return MULERR_OK;
}

/* The tensor name, required with this shape (cols 0: a vector of rows). */
static mulerr_status load(const mulerr_model *m, const char *name, uint64_t rows, uint64_t cols,
                          float *dst) {
  const mulerr_tensor *t = mulerr_weights_find(m->w, name);
  uint64_t i, n = cols ? rows * cols : rows;
  double buf[256];
  if (!t) return mulerr_fail(MULERR_EIO, "%s: missing tensor '%s'", m->w->path, name);
  if (cols ? t->ndim != 2 || t->shape[0] != rows || t->shape[1] != cols
           : !(t->ndim == 1 && t->shape[0] == rows))
    return mulerr_fail(MULERR_EIO, "%s: tensor '%s' has shape %s[%llu%s%llu], but the configuration "
                       "(dim %d, hidden_dim %d, n_heads %d, n_kv_heads %d, vocab %d) needs [%llu%s%.0llu]",
                       m->w->path, name, t->ndim > 2 ? "(more dimensions) " : "",
                       (unsigned long long)(t->ndim ? t->shape[0] : 1), t->ndim > 1 ? "][" : "",
                       (unsigned long long)(t->ndim > 1 ? t->shape[1] : 0), m->c.dim, m->c.hidden_dim,
                       m->c.n_heads, m->c.n_kv_heads, m->c.vocab_size, (unsigned long long)rows,
                       cols ? "][" : "", (unsigned long long)cols);
  if (!t->data)
    return mulerr_fail(MULERR_EIO, "%s: tensor '%s' has dtype %s, which mulerr cannot read (F32, "
                       "F16, BF16, Q8_0)", m->w->path, name, t->dtype_name);
  for (i = 0; i < n; i += 256) {
    size_t k = n - i < 256 ? (size_t)(n - i) : 256, j;
    mulerr_tensor_read(t, i, k, buf);
    for (j = 0; j < k; j++) {
      if (!isfinite(buf[j]))
        return mulerr_fail(MULERR_EIO, "%s: tensor '%s' holds a non-finite value at element %llu",
                           m->w->path, name, (unsigned long long)(i + j));
      dst[i + j] = (float)buf[j]; /* exact: every readable dtype's values are binary32 values */
    }
  }
  return MULERR_OK;
}

/* The per-layer tensors blk.N.part.weight, stacked. */
static mulerr_status load_layers(const mulerr_model *m, const char *part, uint64_t rows,
                                 uint64_t cols, float *dst) {
  int l;
  char name[96];
  mulerr_status st;
  for (l = 0; l < m->c.n_layers; l++) {
    snprintf(name, sizeof name, "blk.%d.%s.weight", l, part);
    if ((st = load(m, name, rows, cols, dst + (size_t)l * (cols ? rows * cols : rows)))) return st;
  }
  return MULERR_OK;
}

/* count [rows][cols] matrices in panel layout (see model.h); NULL if out of memory. */
static float *panels(const float *w, size_t count, size_t rows, size_t cols) {
  const size_t per = mulerr_panel_size(rows, cols);
  float *p = calloc(count * per > 0 ? count * per : 1, sizeof *p);
  size_t c, r, i;
  if (!p) return NULL;
  for (c = 0; c < count; c++)
    for (r = 0; r < rows; r++)
      for (i = 0; i < cols; i++)
        p[c * per + (r / MULERR_PANEL) * MULERR_PANEL * cols + i * MULERR_PANEL + r % MULERR_PANEL] =
            w[(c * rows + r) * cols + i];
  return p;
}

static float *alloc_f(size_t n) { return malloc((n ? n : 1) * sizeof(float)); }

mulerr_status mulerr_model_open(const char *path, mulerr_model **out) {
  mulerr_model *m;
  mulerr_model_config *c;
  const mulerr_tensor *emb, *cls;
  mulerr_status st;
  size_t L, dim, hid, kv, V;
  *out = NULL;
  if (!(m = calloc(1, sizeof *m))) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  c = &m->c;
  if ((st = mulerr_weights_open(path, &m->w))) {
    free(m);
    return st;
  }
  c->rms_eps = (double)1e-5f; /* llama2.c's constant (a binary32 literal) */
  c->rope_theta = 10000;
  if (!strcmp(m->w->container, "llama2c")) {
    int i, h[7];
    for (i = 0; i < 7; i++) h[i] = (int32_t)mulerr_le32(m->w->map + 4 * i);
    c->dim = h[0], c->hidden_dim = h[1], c->n_layers = h[2], c->n_heads = h[3];
    c->n_kv_heads = h[4], c->vocab_size = h[5] < 0 ? -h[5] : h[5], c->seq_len = h[6];
  } else if (!strcmp(m->w->container, "gguf")) {
    if ((st = gguf_config(m->w, c))) goto fail;
  } else {
    st = mulerr_fail(MULERR_EIO, "%s: a %s file has no model configuration; mulerr model reads "
                     "llama2.c .bin and GGUF checkpoints", path, m->w->container);
    goto fail;
  }
  if (c->n_heads <= 0 || c->n_kv_heads <= 0 || c->dim % c->n_heads || c->n_heads % c->n_kv_heads ||
      (c->dim / c->n_heads) % 2) {
    st = mulerr_fail(MULERR_EIO, "%s: inconsistent configuration: dim %d must be a multiple of "
                     "n_heads %d, n_heads of n_kv_heads %d, and the head size even", path, c->dim,
                     c->n_heads, c->n_kv_heads);
    goto fail;
  }
  if (c->n_layers > MULERR_MODEL_MAXLAYER) {
    st = mulerr_fail(MULERR_EIO, "%s: %d layers (mulerr model takes at most %d)", path, c->n_layers,
                     MULERR_MODEL_MAXLAYER);
    goto fail;
  }
  c->head_size = c->dim / c->n_heads;
  c->kv_dim = c->dim / c->n_heads * c->n_kv_heads;
  if (!(emb = mulerr_weights_find(m->w, "token_embd.weight"))) {
    st = mulerr_fail(MULERR_EIO, "%s: missing tensor 'token_embd.weight'", path);
    goto fail;
  }
  if (emb->ndim != 2 || emb->shape[1] != (uint64_t)c->dim || emb->shape[0] < 3 ||
      emb->shape[0] > (1u << 24) || (c->vocab_size && emb->shape[0] != (uint64_t)c->vocab_size)) {
    st = mulerr_fail(MULERR_EIO, "%s: tensor 'token_embd.weight' has shape [%llu][%llu], but the "
                     "configuration needs [vocab %d][dim %d]", path,
                     (unsigned long long)(emb->ndim ? emb->shape[0] : 0),
                     (unsigned long long)(emb->ndim > 1 ? emb->shape[1] : 0), c->vocab_size, c->dim);
    goto fail;
  }
  c->vocab_size = (int)emb->shape[0];
  cls = mulerr_weights_find(m->w, "output.weight");
  c->shared_classifier = !cls;
  L = (size_t)c->n_layers, dim = (size_t)c->dim, hid = (size_t)c->hidden_dim, kv = (size_t)c->kv_dim;
  V = (size_t)c->vocab_size;
  if (!(m->tok_emb = alloc_f(V * dim)) || !(m->rms_att = alloc_f(L * dim)) ||
      !(m->rms_ffn = alloc_f(L * dim)) || !(m->wq = alloc_f(L * dim * dim)) ||
      !(m->wk = alloc_f(L * kv * dim)) || !(m->wv = alloc_f(L * kv * dim)) ||
      !(m->wo = alloc_f(L * dim * dim)) || !(m->w1 = alloc_f(L * hid * dim)) ||
      !(m->w2 = alloc_f(L * dim * hid)) || !(m->w3 = alloc_f(L * hid * dim)) ||
      !(m->rms_final = alloc_f(dim)) || (cls && !(m->wcls = alloc_f(V * dim)))) {
    st = mulerr_fail(MULERR_ENOMEM, "%s: out of memory for the weights", path);
    goto fail;
  }
  if (!cls) m->wcls = m->tok_emb;
  if ((st = load(m, "token_embd.weight", V, dim, m->tok_emb)) ||
      (st = load_layers(m, "attn_norm", dim, 0, m->rms_att)) ||
      (st = load_layers(m, "attn_q", dim, dim, m->wq)) ||
      (st = load_layers(m, "attn_k", kv, dim, m->wk)) ||
      (st = load_layers(m, "attn_v", kv, dim, m->wv)) ||
      (st = load_layers(m, "attn_output", dim, dim, m->wo)) ||
      (st = load_layers(m, "ffn_norm", dim, 0, m->rms_ffn)) ||
      (st = load_layers(m, "ffn_gate", hid, dim, m->w1)) ||
      (st = load_layers(m, "ffn_down", dim, hid, m->w2)) ||
      (st = load_layers(m, "ffn_up", hid, dim, m->w3)) ||
      (st = load(m, "output_norm.weight", dim, 0, m->rms_final)) ||
      (cls && (st = load(m, "output.weight", V, dim, m->wcls))))
    goto fail;
  if (!(m->pq = panels(m->wq, L, dim, dim)) || !(m->pk = panels(m->wk, L, kv, dim)) ||
      !(m->pv = panels(m->wv, L, kv, dim)) || !(m->po = panels(m->wo, L, dim, dim)) ||
      !(m->p1 = panels(m->w1, L, hid, dim)) || !(m->p2 = panels(m->w2, L, dim, hid)) ||
      !(m->p3 = panels(m->w3, L, hid, dim)) || !(m->pcls = panels(m->wcls, 1, V, dim))) {
    st = mulerr_fail(MULERR_ENOMEM, "%s: out of memory for the weights", path);
    goto fail;
  }
  *out = m;
  return MULERR_OK;
fail:
  mulerr_model_close(m);
  return st;
}
