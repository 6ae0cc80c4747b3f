/* t_activations.c — `mulerr model --capture` and the activations distribution, against
 * checks written here:
 *  - the capture reads back with the safetensors reader: every tensor's name and shape, the
 *    metadata's SHA-256s; its numbers are the model's: softmax(q.k / sqrt(hs)) recomputed here
 *    from the captured q and k gives the captured probabilities, sum(p v) the captured head
 *    outputs, final_norm_out x the classifier the reference logits;
 *  - every pair the distribution draws, for every site, occurs among the site's products
 *    (found by a slow scan over the captured tensors and the checkpoint's matrices read through
 *    the weights reader); every run of draw_row_pairs is a window of one real dot product;
 *  - draws are a function of the generator; bad options and files give errors naming them.
 * Data: data/stories260K.gguf, data/tok512.bin, data/tinystories-sample.txt. */
#include "model/model.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char pathbuf[4][1200];
static const char *data_path(int slot, const char *name) {
  const char *top = getenv("top_srcdir") && *getenv("top_srcdir") ? getenv("top_srcdir") : ".";
  snprintf(pathbuf[slot], sizeof pathbuf[slot], "%s/data/%s", top, name);
  return pathbuf[slot];
}

/* A whole tensor as doubles (NULL if absent). */
static double *load(const mulerr_weights *w, const char *name, uint64_t *count) {
  const mulerr_tensor *t = mulerr_weights_find(w, name);
  double *v;
  if (!t) return NULL;
  v = malloc(t->count * sizeof *v);
  mulerr_tensor_read(t, 0, t->count, v);
  if (count) *count = t->count;
  return v;
}
static double *loadf(const mulerr_weights *w, const char *fmt, int l, uint64_t *count) {
  char name[128];
  snprintf(name, sizeof name, fmt, l);
  return load(w, name, count);
}

typedef struct cap {
  mulerr_weights *w, *mw;
  int L, T, P, dim, kvd, hid, nh, hs, kv_mul, V;
  int *pos;
} cap;

/* Is (a, b) a product act[t][j] * W[o][j] (act [T][cols], W [rows][cols])? */
static int lin_has(const double *act, const double *W, int T, int rows, int cols, double a, double b) {
  int j, t, o;
  for (j = 0; j < cols; j++) {
    for (t = 0; t < T && act[(size_t)t * cols + j] != a; t++) continue;
    if (t == T) continue;
    for (o = 0; o < rows; o++)
      if (W[(size_t)o * cols + j] == b) return 1;
  }
  return 0;
}

/* Is (a, b) a product of the site at layer l (l = -1: the classifier)? */
static int site_has(const cap *c, const char *site, int l, double a, double b) {
  int found = 0, t, u, h, i;
  if (!strcmp(site, "lm-head")) {
    double *x = load(c->w, "final_norm_out", NULL), *W = load(c->mw, "output.weight", NULL);
    if (!W) W = load(c->mw, "token_embd.weight", NULL);
    found = lin_has(x, W, c->T, c->V, c->dim, a, b);
    free(x), free(W);
  } else if (!strcmp(site, "qkv") || !strcmp(site, "attn-out") || !strcmp(site, "ffn")) {
    static const struct { const char *site, *act, *w; int rows, cols; } m[] = {
        {"qkv", "layers.%d.attn_norm_out", "blk.%d.attn_q.weight", 0, 0},
        {"qkv", "layers.%d.attn_norm_out", "blk.%d.attn_k.weight", 1, 0},
        {"qkv", "layers.%d.attn_norm_out", "blk.%d.attn_v.weight", 1, 0},
        {"attn-out", "layers.%d.attn_out", "blk.%d.attn_output.weight", 0, 0},
        {"ffn", "layers.%d.ffn_norm_out", "blk.%d.ffn_gate.weight", 2, 0},
        {"ffn", "layers.%d.ffn_norm_out", "blk.%d.ffn_up.weight", 2, 0},
        {"ffn", "layers.%d.ffn_hidden", "blk.%d.ffn_down.weight", 0, 2}};
    size_t k;
    for (k = 0; k < sizeof m / sizeof *m && !found; k++) {
      const int dims[3] = {c->dim, c->kvd, c->hid};
      double *x, *W;
      if (strcmp(m[k].site, site)) continue;
      x = loadf(c->w, m[k].act, l, NULL), W = loadf(c->mw, m[k].w, l, NULL);
      found = lin_has(x, W, c->T, dims[m[k].rows], dims[m[k].cols], a, b);
      free(x), free(W);
    }
  } else {
    const int score = !strcmp(site, "attn-score");
    double *A = loadf(c->w, score ? "layers.%d.q" : "layers.%d.attn_prob", l, NULL);
    double *B = loadf(c->w, score ? "layers.%d.k" : "layers.%d.v", l, NULL);
    for (t = 0; t < c->T && !found; t++)
      for (u = t - c->pos[t]; u <= t && !found; u++)
        for (h = 0; h < c->nh && !found; h++)
          for (i = 0; i < c->hs && !found; i++) {
            const double av = score ? A[(size_t)t * c->dim + h * c->hs + i]
                                    : A[((size_t)t * c->nh + h) * c->P + (u - (t - c->pos[t]))];
            found = av == a && B[(size_t)u * c->kvd + (h / c->kv_mul) * c->hs + i] == b;
          }
    free(A), free(B);
  }
  return found;
}

/* Is a[0..len) x b[0..len) a window of one dot product of the site at layer l? */
static int row_has(const cap *c, const char *site, int l, const double *a, const double *b, int len) {
  int found = 0, t, u, h, i, s, j;
  if (!strcmp(site, "qkv")) {
    double *x = loadf(c->w, "layers.%d.attn_norm_out", l, NULL), *W = loadf(c->mw, "blk.%d.attn_k.weight", l, NULL);
    double *Q = loadf(c->mw, "blk.%d.attn_q.weight", l, NULL), *Vw = loadf(c->mw, "blk.%d.attn_v.weight", l, NULL);
    const double *mats[3] = {Q, W, Vw};
    const int rows[3] = {c->dim, c->kvd, c->kvd};
    int k, o;
    for (k = 0; k < 3 && !found; k++)
      for (t = 0; t < c->T && !found; t++)
        for (o = 0; o < rows[k] && !found; o++)
          for (s = 0; s + len <= c->dim && !found; s++) {
            for (j = 0; j < len && x[(size_t)t * c->dim + s + j] == a[j] &&
                        mats[k][(size_t)o * c->dim + s + j] == b[j]; j++) continue;
            found = j == len;
          }
    free(x), free(W), free(Q), free(Vw);
  } else {
    const int score = !strcmp(site, "attn-score");
    double *A = loadf(c->w, score ? "layers.%d.q" : "layers.%d.attn_prob", l, NULL);
    double *B = loadf(c->w, score ? "layers.%d.k" : "layers.%d.v", l, NULL);
    for (t = 0; t < c->T && !found; t++)
      for (h = 0; h < c->nh && !found; h++) {
        const int g = h / c->kv_mul, st = t - c->pos[t];
        if (score)
          for (u = st; u <= t && !found; u++)
            for (s = 0; s + len <= c->hs && !found; s++) {
              for (j = 0; j < len && A[(size_t)t * c->dim + h * c->hs + s + j] == a[j] &&
                          B[(size_t)u * c->kvd + g * c->hs + s + j] == b[j]; j++) continue;
              found = j == len;
            }
        else
          for (i = 0; i < c->hs && !found; i++)
            for (s = 0; s + len <= c->pos[t] + 1 && !found; s++) {
              for (j = 0; j < len && A[((size_t)t * c->nh + h) * c->P + s + j] == a[j] &&
                          B[(size_t)(st + s + j) * c->kvd + g * c->hs + i] == b[j]; j++) continue;
              found = j == len;
            }
      }
    free(A), free(B);
  }
  return found;
}

static int dist_fails(const char *text, const char *needle) {
  mulerr_dist_spec d;
  int bad = mulerr_dist_parse(text, &d) != MULERR_OK;
  if (!bad) {
    mulerr_dist_close(&d);
    return 0;
  }
  if (!strstr(mulerr_errmsg(), needle)) diag("message: %s", mulerr_errmsg());
  return strstr(mulerr_errmsg(), needle) != NULL;
}

int main(void) {
  mulerr_model *m = NULL;
  mulerr_tokenizer *tok = NULL;
  mulerr_model_text *x = NULL;
  char capfile[] = "t_activations_XXXXXX";
  char spec[3000];
  const char *model_path = data_path(0, "stories260K.gguf");
  cap c;
  int fd, i, l, t, h;
  size_t d;
  const char *sites[] = {"attn-score", "attn-value", "qkv", "attn-out", "ffn", "lm-head"};
  const mulerr_format *fp32 = mulerr_format_find("fp32");

  if (mulerr_model_open(model_path, &m) || mulerr_tokenizer_open(data_path(1, "tok512.bin"), m->c.vocab_size, &tok) ||
      mulerr_model_text_load(data_path(2, "tinystories-sample.txt"), tok, m->c.seq_len, &x)) {
    printf("Bail out! cannot open the shipped model data: %s\n", mulerr_errmsg());
    return 1;
  }
  /* two documents of 9 and 7 tokens */
  for (d = 2; d < x->ndocs; d++) free(x->tok[d]);
  x->ndocs = 2, x->len[0] = 9, x->len[1] = 7, x->ntokens = 16, x->npredicted = 14;
  if ((fd = mkstemp(capfile)) < 0) return 1;
  close(fd);
  ok(mulerr_model_capture(m, x, model_path, tok->sha256, "text.txt", capfile) == MULERR_OK, "capture written");

  /* ------------------------------------------------------------ read back */
  memset(&c, 0, sizeof c);
  c.L = m->c.n_layers, c.T = 16, c.P = 9, c.dim = m->c.dim, c.kvd = m->c.kv_dim, c.hid = m->c.hidden_dim;
  c.nh = m->c.n_heads, c.hs = m->c.head_size, c.kv_mul = m->c.n_heads / m->c.n_kv_heads, c.V = m->c.vocab_size;
  if (!ok(mulerr_weights_open(capfile, &c.w) == MULERR_OK && mulerr_weights_open(model_path, &c.mw) == MULERR_OK,
          "the capture opens with the safetensors reader")) {
    printf("Bail out! %s\n", mulerr_errmsg());
    return 1;
  }
  ok(!strcmp(c.w->container, "safetensors") && c.w->ntensors == 2 + 8 * (size_t)c.L + 1,
     "safetensors with 2 + 8 L + 1 tensors (%zu)", c.w->ntensors);
  {
    static const struct { const char *name; int d1, d2; } shp[] = {
        {"layers.%d.attn_norm_out", 0, 0}, {"layers.%d.q", 0, 0}, {"layers.%d.k", 1, 0},
        {"layers.%d.v", 1, 0}, {"layers.%d.attn_prob", 3, 4}, {"layers.%d.attn_out", 0, 0},
        {"layers.%d.ffn_norm_out", 0, 0}, {"layers.%d.ffn_hidden", 2, 0}};
    const int dims[5] = {c.dim, c.kvd, c.hid, c.nh, c.P};
    int good = 1;
    size_t k;
    for (l = 0; l < c.L; l++)
      for (k = 0; k < sizeof shp / sizeof *shp; k++) {
        char name[64];
        const mulerr_tensor *tt;
        snprintf(name, sizeof name, shp[k].name, l);
        tt = mulerr_weights_find(c.w, name);
        if (!tt || tt->dtype != MULERR_WT_F32 || (int)tt->shape[0] != c.T || (int)tt->shape[1] != dims[shp[k].d1] ||
            (shp[k].d2 && (tt->ndim != 3 || (int)tt->shape[2] != dims[shp[k].d2])) || (!shp[k].d2 && tt->ndim != 2)) {
          diag("tensor %s missing or of the wrong shape", name);
          good = 0;
        }
      }
    ok(good, "every layer tensor is F32 of shape [T, width] ([T, n_heads, P] for attn_prob)");
  }
  {
    const char *h0 = (const char *)c.w->map + 8;
    char want[128];
    snprintf(want, sizeof want, "\"mulerr.model_sha256\":\"%s\"", mulerr_weights_sha256(m->w));
    ok(strstr(h0, want) != NULL, "__metadata__ records the model's SHA-256");
    snprintf(want, sizeof want, "\"mulerr.text_sha256\":\"%s\"", x->sha256);
    ok(strstr(h0, want) != NULL, "__metadata__ records the text's SHA-256");
    ok(strstr(h0, "\"mulerr.protocol\":\"") != NULL, "__metadata__ records the protocol");
  }
  c.pos = malloc(c.T * sizeof *c.pos);
  {
    double *pv = load(c.w, "tokens.pos", NULL), *id = load(c.w, "tokens.id", NULL);
    int good = 1;
    for (t = 0; t < c.T; t++) {
      c.pos[t] = (int)pv[t];
      good &= pv[t] == (t < 9 ? t : t - 9) && id[t] == x->tok[t < 9 ? 0 : 1][t < 9 ? t : t - 9];
    }
    ok(good, "tokens.pos and tokens.id are the documents' positions and tokens");
    free(pv), free(id);
  }
  /* the captured numbers are the model's: recomputed here from the captured operands */
  {
    double worst_p = 0, worst_o = 0, zero_past = 1;
    for (l = 0; l < c.L; l++) {
      double *q = loadf(c.w, "layers.%d.q", l, NULL), *k = loadf(c.w, "layers.%d.k", l, NULL);
      double *v = loadf(c.w, "layers.%d.v", l, NULL), *p = loadf(c.w, "layers.%d.attn_prob", l, NULL);
      double *o = loadf(c.w, "layers.%d.attn_out", l, NULL);
      for (t = 0; t < c.T; t++)
        for (h = 0; h < c.nh; h++) {
          const int st = t - c.pos[t], g = h / c.kv_mul;
          double s[16], mx = -1e300, sum = 0;
          int u;
          for (u = 0; u <= c.pos[t]; u++) {
            double dot = 0;
            for (i = 0; i < c.hs; i++) dot += q[t * c.dim + h * c.hs + i] * k[(st + u) * c.kvd + g * c.hs + i];
            s[u] = dot / sqrt((double)c.hs);
            if (s[u] > mx) mx = s[u];
          }
          for (u = 0; u <= c.pos[t]; u++) sum += s[u] = exp(s[u] - mx);
          for (u = 0; u < c.P; u++) {
            const double cp = p[(t * c.nh + h) * c.P + u];
            if (u <= c.pos[t]) {
              const double e = fabs(cp - s[u] / sum);
              if (e > worst_p) worst_p = e;
            } else if (cp != 0)
              zero_past = 0;
          }
          for (i = 0; i < c.hs; i++) {
            double acc = 0, e;
            for (u = 0; u <= c.pos[t]; u++) acc += p[(t * c.nh + h) * c.P + u] * v[(st + u) * c.kvd + g * c.hs + i];
            e = fabs(acc - o[t * c.dim + h * c.hs + i]) / (1 + fabs(acc));
            if (e > worst_o) worst_o = e;
          }
        }
      free(q), free(k), free(v), free(p), free(o);
    }
    ok(worst_p < 1e-4, "softmax(q.k/sqrt(hs)) from the captured q, k gives the captured probabilities (max error %.3g)", worst_p);
    ok(zero_past, "the probabilities are zero past each position");
    ok(worst_o < 1e-5, "sum(p v) gives the captured head outputs (max relative error %.3g)", worst_o);
  }
  {
    mulerr_model_arith ref = {0};
    mulerr_model_run *run;
    double *fx = load(c.w, "final_norm_out", NULL), worst = 0;
    int good = mulerr_model_run_new(m, &ref, &run) == MULERR_OK;
    for (t = 0; good && t < 9; t++) {
      const double *lg = mulerr_model_forward(run, x->tok[0][t], t, NULL);
      int o;
      for (o = 0; o < c.V; o++) {
        double s = 0, e;
        for (i = 0; i < c.dim; i++) s += fx[t * c.dim + i] * m->wcls[(size_t)o * c.dim + i];
        e = fabs(s - lg[o]) / (1 + fabs(lg[o]));
        if (e > worst) worst = e;
      }
    }
    ok(good && worst < 1e-5, "final_norm_out x the classifier gives the reference logits (max relative error %.3g)", worst);
    mulerr_model_run_free(run);
    free(fx);
  }

  /* ------------------------------------------------------------ pairs */
  {
    size_t s;
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    for (s = 0; s < sizeof sites / sizeof *sites; s++) {
      mulerr_dist_spec ds;
      const int layer = s % 2 ? -1 : (int)s % c.L, n = 60;
      double a[60], b[60], a2[60], b2[60];
      int good = 1, j, lay;
      if (layer >= 0 && strcmp(sites[s], "lm-head"))
        snprintf(spec, sizeof spec, "activations:%s:site=%s:layer=%d:model=%s", capfile, sites[s], layer, model_path);
      else
        snprintf(spec, sizeof spec, "activations:%s:site=%s:model=%s", capfile, sites[s], model_path);
      if (!ok(mulerr_dist_parse(spec, &ds) == MULERR_OK && ds.type->draw_pairs, "%s opens", spec)) {
        diag("%s", mulerr_errmsg());
        continue;
      }
      gsl_rng_set(r, 7);
      ds.type->draw_pairs(&ds, fp32, r, (size_t)n, a, b);
      for (j = 0; j < n; j++) {
        int f = 0;
        if (!strcmp(sites[s], "lm-head")) f = site_has(&c, sites[s], -1, a[j], b[j]);
        else
          for (lay = 0; lay < c.L && !f; lay++)
            if ((layer < 0 || lay == layer || !strcmp(sites[s], "lm-head")) && site_has(&c, sites[s], lay, a[j], b[j]))
              f = 1;
        if (!f) {
          diag("%s: pair %d (%.9g, %.9g) is not a product of the site", sites[s], j, a[j], b[j]);
          good = 0;
          break;
        }
      }
      ok(good, "site %s%s: every one of %d drawn pairs is one of the site's products (slow scan)", sites[s],
         layer >= 0 && strcmp(sites[s], "lm-head") ? " (one layer)" : "", n);
      gsl_rng_set(r, 7);
      ds.type->draw_pairs(&ds, fp32, r, (size_t)n, a2, b2);
      ok(!memcmp(a, a2, sizeof a) && !memcmp(b, b2, sizeof b), "site %s: the same generator state gives the same pairs", sites[s]);
      gsl_rng_set(r, 7);
      ds.type->draw(&ds, fp32, r, (size_t)n, a2);
      ok(!memcmp(a, a2, sizeof a), "site %s: draw() gives side a of the same pairs", sites[s]);
      if (!strcmp(sites[s], "qkv") || !strcmp(sites[s], "attn-score") || !strcmp(sites[s], "attn-value")) {
        const int len = 4, nr = 10;
        double ra[40], rb[40];
        int lrow = layer < 0 ? 0 : layer;
        ok(ds.type->row_length(&ds) == (uint64_t)(!strcmp(sites[s], "qkv") ? c.dim : !strcmp(sites[s], "attn-score") ? c.hs : c.P),
           "site %s: row_length is its dot products' length", sites[s]);
        gsl_rng_set(r, 3);
        ds.type->draw_row_pairs(&ds, fp32, r, (size_t)nr, (size_t)len, ra, rb);
        for (good = 1, j = 0; j < nr && good; j++) {
          int f = 0;
          for (lay = layer < 0 ? 0 : lrow; lay < (layer < 0 ? c.L : lrow + 1) && !f; lay++)
            f = row_has(&c, sites[s], lay, ra + j * len, rb + j * len, len);
          if (!f) diag("%s: row pair %d is not a window of a dot product", sites[s], j);
          good &= f;
        }
        ok(good, "site %s: each of %d runs of %d row pairs is a window of one real dot product", sites[s], nr, len);
      }
      mulerr_dist_close(&ds);
    }
    gsl_rng_free(r);
  }

  /* ------------------------------------------------------------ errors */
  snprintf(spec, sizeof spec, "activations:%s:site=qkv", capfile);
  ok(dist_fails(spec, "model=FILE"), "a linear site without model= is refused, naming model=");
  snprintf(spec, sizeof spec, "activations:%s:site=nowhere", capfile);
  ok(dist_fails(spec, "unknown site 'nowhere'"), "an unknown site is refused");
  snprintf(spec, sizeof spec, "activations:%s:site=attn:layer=%d", capfile, c.L);
  ok(dist_fails(spec, "out of range"), "a layer out of range is refused");
  snprintf(spec, sizeof spec, "activations:%s:colour=red", capfile);
  ok(dist_fails(spec, "unknown option 'colour'"), "an unknown key is refused");
  snprintf(spec, sizeof spec, "activations:%s:operand=c:site=attn", capfile);
  ok(dist_fails(spec, "operand must be a or b"), "operand=c is refused");
  snprintf(spec, sizeof spec, "activations:%s:site=lm-head:layer=1:model=%s", capfile, model_path);
  ok(dist_fails(spec, "no products selected"), "lm-head with a layer selects nothing: refused");
  snprintf(spec, sizeof spec, "activations:%s", data_path(3, "gpt2-attn-sample.safetensors"));
  ok(dist_fails(spec, "is not a capture"), "a safetensors file that is not a capture is refused");
  snprintf(spec, sizeof spec, "activations:%s:site=ffn:model=%s", capfile, capfile);
  ok(dist_fails(spec, capfile), "a model that is not a checkpoint is refused, naming the file");
  { /* the model with one weight's last bit changed: a valid checkpoint, another SHA-256 */
    char other[] = "t_activations_model_XXXXXX";
    FILE *in = fopen(model_path, "rb"), *out;
    int ch, ofd = mkstemp(other);
    long n = 0, size = 0;
    out = ofd >= 0 ? fdopen(ofd, "wb") : NULL;
    if (in && !fseek(in, 0, SEEK_END)) size = ftell(in), rewind(in);
    while (in && out && (ch = getc(in)) != EOF) /* the last value's lowest byte, bit 0 flipped */
      putc(n++ == size - 4 ? ch ^ 1 : ch, out);
    if (in) fclose(in);
    if (out) fclose(out);
    snprintf(spec, sizeof spec, "activations:%s:site=ffn:model=%s", capfile, other);
    ok(dist_fails(spec, "is not the model"), "a model other than the captured one is refused (SHA-256)");
    unlink(other);
  }
  ok(dist_fails("activations:/nonexistent/cap.safetensors:site=attn", "/nonexistent/cap.safetensors"),
     "a missing capture file is refused, naming it");
  ok(dist_fails("activations", "needs a capture file"), "no file: refused");

  unlink(capfile);
  free(c.pos);
  mulerr_weights_close(c.w);
  mulerr_weights_close(c.mw);
  mulerr_model_text_free(x);
  mulerr_tokenizer_close(tok);
  mulerr_model_close(m);
  return tap_done();
}
