/* t_model.c — the model module against independent implementations written here:
 *  - the tokenizer: known encodings checked by hand (byte fallback ids are byte + 3; the
 *    pieces spell the text) and a slow BPE (its own file reader, linear searches over the
 *    vocabulary, strings rebuilt every step) on every line of the shipped text;
 *  - the forward pass: a slow Llama written here in another structure (the whole sequence
 *    layer by layer, no cache, weights read element by element through the weights reader,
 *    attention recomputed from scratch for every position), logits and attention outputs;
 *  - the protocol: `exact` with binary64 operands and binary64 accumulation at site all
 *    reproduces the reference exactly (perplexity, KL 0, top-1 1, attention MSE 0, greedy 64);
 *    results of an L-Mul point are bit-identical on 1 and 2 threads; the exact accumulation
 *    is within rounding of binary64's; the llama2.c .bin and the GGUF of stories260K give
 *    identical logits (when ../shared is present).
 * Data: data/stories260K.gguf, data/tok512.bin, data/tinystories-sample.txt. */
#include "model/model.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef _OPENMP
#include <omp.h>
#endif

static char pathbuf[4][1200];
static const char *data_path(int slot, const char *name) {
  const char *top = getenv("top_srcdir") && *getenv("top_srcdir") ? getenv("top_srcdir") : ".";
  snprintf(pathbuf[slot], sizeof pathbuf[slot], "%s/data/%s", top, name);
  return pathbuf[slot];
}

/* ---------------------------------------------------------- slow tokenizer */

typedef struct slow_vocab {
  int n;
  char **piece;
  int *len;
  float *score;
} slow_vocab;

static int slow_read(const char *path, int n, slow_vocab *v) {
  FILE *f = fopen(path, "rb");
  int i, maxlen;
  if (!f || fread(&maxlen, 4, 1, f) != 1) return -1;
  v->n = n;
  v->piece = calloc((size_t)n, sizeof *v->piece);
  v->len = calloc((size_t)n, sizeof *v->len);
  v->score = calloc((size_t)n, sizeof *v->score);
  for (i = 0; i < n; i++) {
    if (fread(&v->score[i], 4, 1, f) != 1 || fread(&v->len[i], 4, 1, f) != 1) return -1;
    v->piece[i] = calloc((size_t)v->len[i] + 1, 1);
    if (fread(v->piece[i], 1, (size_t)v->len[i], f) != (size_t)v->len[i]) return -1;
  }
  fclose(f);
  return 0;
}

static int slow_find(const slow_vocab *v, const char *s, size_t len) {
  int i;
  for (i = 0; i < v->n; i++)
    if ((size_t)v->len[i] == len && !memcmp(v->piece[i], s, len)) return i;
  return -1;
}

/* BOS, dummy space, characters or bytes, then merges: rebuilt strings, linear search. */
static size_t slow_encode(const slow_vocab *v, const char *text, int *out) {
  size_t n = 0, i, tl = strlen(text);
  char buf[4096];
  out[n++] = 1;
  if (tl) out[n++] = slow_find(v, " ", 1);
  for (i = 0; i < tl;) {
    size_t j = i + 1, k;
    int id;
    while (j < tl && j - i < 4 && ((unsigned char)text[j] & 0xC0) == 0x80) j++;
    id = slow_find(v, text + i, j - i);
    if (id >= 0) out[n++] = id;
    else
      for (k = i; k < j; k++) out[n++] = (unsigned char)text[k] + 3;
    i = j;
  }
  for (;;) {
    int best = -1;
    size_t at = 0;
    for (i = 0; i + 1 < n; i++) {
      size_t la = (size_t)v->len[out[i]], lb = (size_t)v->len[out[i + 1]];
      int id;
      memcpy(buf, v->piece[out[i]], la);
      memcpy(buf + la, v->piece[out[i + 1]], lb);
      id = slow_find(v, buf, la + lb);
      if (id >= 0 && (best < 0 || v->score[id] > v->score[best])) best = id, at = i;
    }
    if (best < 0) break;
    out[at] = best;
    for (i = at + 1; i + 1 < n; i++) out[i] = out[i + 1];
    n--;
  }
  return n;
}

static void test_tokenizer(const mulerr_tokenizer *t) {
  slow_vocab v;
  int *ids, want[8192];
  size_t n, i, lines = 0, agree = 0;
  FILE *f;
  char line[8192];
  /* by hand: BOS alone; bytes outside the vocabulary are byte + 3 (U+1F600 is F0 9F 98 80) */
  mulerr_tokenizer_encode(t, "", 1, &ids, &n);
  ok(n == 1 && ids[0] == 1, "empty text: BOS only");
  free(ids);
  mulerr_tokenizer_encode(t, "\xF0\x9F\x98\x80", 0, &ids, &n);
  ok(n == 5 && t->len[ids[0]] == 1 && t->vocab[ids[0]][0] == ' ' && ids[1] == 0xF0 + 3 &&
         ids[2] == 0x9F + 3 && ids[3] == 0x98 + 3 && ids[4] == 0x80 + 3,
     "emoji: dummy space, then byte fallback <0xF0><0x9F><0x98><0x80> = 243 162 155 131");
  ok(!strcmp(t->vocab[243], "<0xF0>") && !strcmp(t->vocab[13], "<0x0A>"), "byte tokens are <0xXX> at byte + 3");
  free(ids);
  /* by hand: the pieces of "Once upon a time" are the four words with their spaces */
  mulerr_tokenizer_encode(t, "Once upon a time", 1, &ids, &n);
  ok(n == 5 && ids[0] == 1 && !strcmp(t->vocab[ids[1]], " Once") && !strcmp(t->vocab[ids[2]], " upon") &&
         !strcmp(t->vocab[ids[3]], " a") && !strcmp(t->vocab[ids[4]], " time"),
     "'Once upon a time' = BOS ' Once' ' upon' ' a' ' time' (ids %d %d %d %d)", n > 4 ? ids[1] : -1,
     n > 4 ? ids[2] : -1, n > 4 ? ids[3] : -1, n > 4 ? ids[4] : -1);
  free(ids);
  {
    size_t len;
    const char *s = mulerr_tokenizer_decode(t, 1, 403, &len);
    ok(len == 4 && !memcmp(s, "Once", 4), "decode after BOS drops the leading space");
    s = mulerr_tokenizer_decode(t, 5, 13, &len);
    ok(len == 1 && s[0] == '\n', "decode <0x0A> is a newline byte");
  }
  if (slow_read(data_path(0, "tok512.bin"), 512, &v)) {
    ok(0, "slow reader reads tok512.bin");
    return;
  }
  {
    const char *extra[] = {"é€😀 caf\xC3\xA9", "  two  spaces ", "x", "\x01\x7f", "Lily's ball.",
                           "a\xCC\x81\xCC\x81\xCC\x81\xCC\x81\xCC\x81" /* five combining marks */};
    for (i = 0; i < sizeof extra / sizeof *extra; i++) {
      size_t m = slow_encode(&v, extra[i], want);
      mulerr_tokenizer_encode(t, extra[i], 1, &ids, &n);
      ok(n == m && !memcmp(ids, want, n * sizeof *ids), "slow BPE agrees on '%s' (%zu tokens)", extra[i], m);
      free(ids);
    }
  }
  f = fopen(data_path(0, "tinystories-sample.txt"), "r");
  while (f && fgets(line, sizeof line, f)) {
    size_t m;
    line[strcspn(line, "\r\n")] = 0;
    if (!*line) continue;
    line[300] = 0; /* the slow BPE is quadratic: the first 300 bytes (ASCII text) */
    m = slow_encode(&v, line, want);
    mulerr_tokenizer_encode(t, line, 1, &ids, &n);
    lines++;
    agree += n == m && !memcmp(ids, want, n * sizeof *ids);
    free(ids);
  }
  if (f) fclose(f);
  ok(lines == 19 && agree == lines, "slow BPE agrees on the first 300 bytes of every line of the text (%zu of %zu)", agree, lines);
  for (i = 0; i < (size_t)v.n; i++) free(v.piece[i]);
  free(v.piece), free(v.len), free(v.score);
}

/* ---------------------------------------------------------- slow forward */

/* element (r, c) of tensor name ([rows][cols]) or of a vector (c = 0) */
static double W(const mulerr_weights *w, const char *name, size_t r, size_t c, size_t cols) {
  return mulerr_tensor_get(mulerr_weights_find(w, name), r * cols + c);
}
static double WL(const mulerr_weights *w, int l, const char *part, size_t r, size_t c, size_t cols) {
  char name[64];
  snprintf(name, sizeof name, "blk.%d.%s.weight", l, part);
  return W(w, name, r, c, cols);
}

/* The whole sequence tok[0..n) layer by layer: logits [n][V] and attention outputs [n][L][D]. */
static void slow_forward(const mulerr_weights *w, const int *tok, int n, double *logits, double *attn) {
  enum { D = 64, H = 8, KVH = 4, HS = 8, HID = 172, L = 5, V = 512, KV = KVH * HS };
  static double X[64][D], XN[64][D], Q[64][D], K[64][KV], Vv[64][KV], O[64][D], G[64][HID];
  int t, l, i, j, h, s;
  for (t = 0; t < n; t++)
    for (i = 0; i < D; i++) X[t][i] = W(w, "token_embd.weight", (size_t)tok[t], (size_t)i, D);
  for (l = 0; l < L; l++) {
    for (t = 0; t < n; t++) {
      double ss = 0;
      for (i = 0; i < D; i++) ss += X[t][i] * X[t][i];
      ss = 1 / sqrt(ss / D + (double)1e-5f);
      for (i = 0; i < D; i++) XN[t][i] = WL(w, l, "attn_norm", 0, (size_t)i, 0) * (ss * X[t][i]);
    }
    for (t = 0; t < n; t++) {
      for (j = 0; j < D; j++) {
        double a = 0;
        for (i = 0; i < D; i++) a += WL(w, l, "attn_q", (size_t)j, (size_t)i, D) * XN[t][i];
        Q[t][j] = a;
      }
      for (j = 0; j < KV; j++) {
        double a = 0, b = 0;
        for (i = 0; i < D; i++) a += WL(w, l, "attn_k", (size_t)j, (size_t)i, D) * XN[t][i];
        for (i = 0; i < D; i++) b += WL(w, l, "attn_v", (size_t)j, (size_t)i, D) * XN[t][i];
        K[t][j] = a, Vv[t][j] = b;
      }
      for (j = 0; j < D; j += 2) { /* rotate adjacent pairs by t * 10000^(-(j mod HS)/HS) */
        double ang = t * pow(10000.0, -(double)(j % HS) / HS), c = cos(ang), sn = sin(ang), a, b;
        a = Q[t][j], b = Q[t][j + 1];
        Q[t][j] = a * c - b * sn, Q[t][j + 1] = a * sn + b * c;
        if (j < KV) {
          a = K[t][j], b = K[t][j + 1];
          K[t][j] = a * c - b * sn, K[t][j + 1] = a * sn + b * c;
        }
      }
    }
    for (t = 0; t < n; t++)
      for (h = 0; h < H; h++) {
        double p[64], mx = -INFINITY, sum = 0;
        const int kh = h / (H / KVH);
        for (s = 0; s <= t; s++) {
          double a = 0;
          for (i = 0; i < HS; i++) a += Q[t][h * HS + i] * K[s][kh * HS + i];
          p[s] = a / sqrt((double)HS);
          if (p[s] > mx) mx = p[s];
        }
        for (s = 0; s <= t; s++) sum += p[s] = exp(p[s] - mx);
        for (i = 0; i < HS; i++) {
          double a = 0;
          for (s = 0; s <= t; s++) a += p[s] / sum * Vv[s][kh * HS + i];
          O[t][h * HS + i] = a;
        }
      }
    for (t = 0; t < n; t++) {
      double y[D];
      for (i = 0; i < D; i++) attn[((size_t)t * L + l) * D + i] = O[t][i];
      for (j = 0; j < D; j++) {
        double a = 0;
        for (i = 0; i < D; i++) a += WL(w, l, "attn_output", (size_t)j, (size_t)i, D) * O[t][i];
        y[j] = a;
      }
      for (j = 0; j < D; j++) X[t][j] += y[j];
    }
    for (t = 0; t < n; t++) {
      double ss = 0, y[D];
      for (i = 0; i < D; i++) ss += X[t][i] * X[t][i];
      ss = 1 / sqrt(ss / D + (double)1e-5f);
      for (i = 0; i < D; i++) XN[t][i] = WL(w, l, "ffn_norm", 0, (size_t)i, 0) * (ss * X[t][i]);
      for (j = 0; j < HID; j++) {
        double a = 0, b = 0;
        for (i = 0; i < D; i++) a += WL(w, l, "ffn_gate", (size_t)j, (size_t)i, D) * XN[t][i];
        for (i = 0; i < D; i++) b += WL(w, l, "ffn_up", (size_t)j, (size_t)i, D) * XN[t][i];
        G[t][j] = a / (1 + exp(-a)) * b;
      }
      for (j = 0; j < D; j++) {
        double a = 0;
        for (i = 0; i < HID; i++) a += WL(w, l, "ffn_down", (size_t)j, (size_t)i, HID) * G[t][i];
        y[j] = a;
      }
      for (j = 0; j < D; j++) X[t][j] += y[j];
    }
  }
  for (t = 0; t < n; t++) {
    double ss = 0, xn[D];
    for (i = 0; i < D; i++) ss += X[t][i] * X[t][i];
    ss = 1 / sqrt(ss / D + (double)1e-5f);
    for (i = 0; i < D; i++) xn[i] = W(w, "output_norm.weight", 0, (size_t)i, 0) * (ss * X[t][i]);
    for (j = 0; j < V; j++) {
      double a = 0;
      for (i = 0; i < D; i++) a += W(w, "token_embd.weight", (size_t)j, (size_t)i, D) * xn[i];
      logits[(size_t)t * V + j] = a;
    }
  }
}

static void test_forward(const mulerr_model *m, const mulerr_tokenizer *t) {
  int *ids;
  size_t n, i;
  const int N = 24;
  double *slow = malloc((size_t)N * 512 * sizeof *slow), *sattn = malloc((size_t)N * 5 * 64 * sizeof *sattn);
  double attn[5 * 64], dl = 0, da = 0, maxl = 0;
  mulerr_model_arith ref = {0};
  mulerr_model_run *run;
  mulerr_tokenizer_encode(t, "Tom and his dog Max went to the park. \xE2\x80\x9CLook!\xE2\x80\x9D said Tom.", 1, &ids, &n);
  ok(n >= (size_t)N, "test sentence has at least %d tokens (%zu)", N, n);
  slow_forward(m->w, ids, N, slow, sattn);
  mulerr_model_run_new(m, &ref, &run);
  for (i = 0; i < (size_t)N; i++) {
    const double *lg = mulerr_model_forward(run, ids[i], (int)i, attn);
    size_t j;
    for (j = 0; j < 512; j++) {
      double d = fabs(lg[j] - slow[i * 512 + j]);
      if (d > dl) dl = d;
      if (fabs(lg[j]) > maxl) maxl = fabs(lg[j]);
    }
    for (j = 0; j < 5 * 64; j++) {
      double d = fabs(attn[j] - sattn[i * 5 * 64 + j]);
      if (d > da) da = d;
    }
  }
  { /* the layer-by-layer driver gives the token-by-token numbers, bit for bit, for the
       reference and for L-Mul at every site */
    mulerr_model_arith lm = {0};
    int k, same = 1;
    double *lg = malloc((size_t)N * 512 * sizeof *lg), *at = malloc((size_t)N * 5 * 64 * sizeof *at);
    lm.sites = MULERR_SITE_ALL, lm.method = mulerr_method_find("lmul"), lm.source = mulerr_format_find("bf16");
    lm.cfg.k = 4, lm.cfg.l = MULERR_L_DEFAULT, lm.cfg.rounding = MULERR_ROUNDING_DEFAULT, lm.acc = MULERR_MACC_FP32;
    mulerr_model_arith_prepare(&lm);
    for (k = 0; k < 2; k++) {
      mulerr_model_run *r1, *r2;
      mulerr_model_run_new(m, k ? &lm : &ref, &r1);
      mulerr_model_run_new(m, k ? &lm : &ref, &r2);
      mulerr_model_forward_seq(r2, ids, N, lg, at);
      for (i = 0; i < (size_t)N; i++) {
        const double *l1 = mulerr_model_forward(r1, ids[i], (int)i, attn);
        same &= !memcmp(l1, lg + i * 512, 512 * sizeof *l1) && !memcmp(attn, at + i * 5 * 64, sizeof attn);
      }
      mulerr_model_run_free(r1);
      mulerr_model_run_free(r2);
    }
    ok(same, "sequence forward = token-by-token forward, bit for bit (reference; lmul k=4 bf16 at all)");
    free(lg);
    free(at);
  }
  ok(dl <= 1e-12 * maxl && maxl > 1, "forward pass = slow layer-by-layer Llama: logits within %.3g (max |logit| %.3g)", dl, maxl);
  ok(da <= 1e-12, "attention outputs within %.3g", da);
  mulerr_model_run_free(run);
  free(ids);
  free(slow);
  free(sattn);
}

/* ----------------------------------------------------------- protocol */

static int same_metrics(const mulerr_model_metrics *a, const mulerr_model_metrics *b) {
  int l;
  if (memcmp(&a->perplexity, &b->perplexity, sizeof(double)) || memcmp(&a->kl, &b->kl, sizeof(double)) ||
      memcmp(&a->top1, &b->top1, sizeof(double)) || memcmp(&a->attn_mse, &b->attn_mse, sizeof(double)) ||
      a->greedy != b->greedy)
    return 0;
  for (l = 0; l < a->n_layers; l++)
    if (memcmp(&a->layer_rel_mse[l], &b->layer_rel_mse[l], sizeof(double))) return 0;
  return 1;
}

static void test_protocol(const mulerr_model *m, const mulerr_tokenizer *t) {
  char tmp[] = "/tmp/t_model_XXXXXX";
  int fd = mkstemp(tmp);
  FILE *f = fdopen(fd, "w");
  mulerr_model_text *x;
  mulerr_model_ref *ref;
  mulerr_model_metrics a, b, c;
  mulerr_model_arith ex = {0}, lm = {0}, acc = {0};
  fputs("Once upon a time, there was a big dog.\n\nThe dog liked to run and play.\r\n"
        "Sue saw a bird in the sky. It was blue!", f);
  fclose(f);
  if (mulerr_model_text_load(tmp, t, m->c.seq_len, &x)) {
    ok(0, "text loads: %s", mulerr_errmsg());
    return;
  }
  remove(tmp);
  ok(x->ndocs == 3 && x->npredicted == x->ntokens - 3, "3 documents (the empty line skipped, CRLF ok)");
  if (mulerr_model_reference(m, x, &ref)) {
    ok(0, "reference: %s", mulerr_errmsg());
    return;
  }
  ex.sites = MULERR_SITE_ALL, ex.method = mulerr_method_find("exact"), ex.source = NULL;
  ex.acc = MULERR_MACC_FP64;
  ok(!mulerr_model_arith_prepare(&ex), "exact, source fp64, accumulate fp64 prepares");
  mulerr_model_evaluate(m, x, ref, &ex, &a, NULL, NULL, NULL);
  ok(a.perplexity == a.ref_perplexity && a.kl == 0 && a.top1 == 1 && a.attn_mse == 0 &&
         a.attn_rel_mse == 0 && a.greedy == MULERR_GREEDY_MAX,
     "exact at site all reproduces the reference: perplexity %.17g = %.17g, KL %g, top-1 %g, greedy %d",
     a.perplexity, a.ref_perplexity, a.kl, a.top1, a.greedy);
  ok(a.ref_perplexity > 1 && a.ref_perplexity < 30, "reference perplexity %.6g is that of a trained model", a.ref_perplexity);
  /* source fp64 is refused for any other method */
  lm = ex;
  lm.method = mulerr_method_find("lmul");
  ok(mulerr_model_arith_prepare(&lm) == MULERR_EINVAL, "source fp64 with lmul is refused: %s", mulerr_errmsg());
  lm.source = mulerr_format_find("fp32");
  lm.cfg.k = 3, lm.cfg.l = 3, lm.cfg.rounding = MULERR_ROUNDING_DEFAULT, lm.acc = MULERR_MACC_FP32;
  lm.sites = MULERR_SITE_ATTN;
  ok(!mulerr_model_arith_prepare(&lm), "lmul k=3 l=3 at attn prepares");
#ifdef _OPENMP
  omp_set_num_threads(1);
#endif
  mulerr_model_evaluate(m, x, ref, &lm, &b, NULL, NULL, NULL);
#ifdef _OPENMP
  omp_set_num_threads(2);
#endif
  mulerr_model_evaluate(m, x, ref, &lm, &c, NULL, NULL, NULL);
  ok(same_metrics(&b, &c), "lmul at attn: bit-identical metrics on 1 and 2 threads");
  ok(b.perplexity != b.ref_perplexity && b.kl > 1e-3 && b.top1 < 1 && b.attn_mse > 1e-4 && b.greedy < MULERR_GREEDY_MAX,
     "lmul k=3 at attn changes the model: perplexity %.6g (reference %.6g), KL %.3g, top-1 %.4g, attention MSE %.3g, greedy %d",
     b.perplexity, b.ref_perplexity, b.kl, b.top1, b.attn_mse, b.greedy);
  /* accumulations: exact vs binary64 sums of the same binary64 products */
  acc = ex;
  acc.acc = MULERR_MACC_EXACT;
  mulerr_model_evaluate(m, x, ref, &acc, &c, NULL, NULL, NULL);
  ok(fabs(c.perplexity / c.ref_perplexity - 1) < 1e-12 && c.kl < 1e-20 && c.attn_rel_mse < 1e-26,
     "exact accumulation is within binary64 rounding of the reference (perplexity ratio - 1 = %.3g, KL %.3g)",
     c.perplexity / c.ref_perplexity - 1, c.kl);
  acc.acc = MULERR_MACC_FP32;
  mulerr_model_evaluate(m, x, ref, &acc, &c, NULL, NULL, NULL);
  ok(c.attn_rel_mse > 1e-16 && c.attn_rel_mse < 1e-11 && fabs(c.perplexity / c.ref_perplexity - 1) < 1e-5,
     "binary32 accumulation: attention relative MSE %.3g (binary32 rounding, ~2^-48), perplexity ratio - 1 = %.3g",
     c.attn_rel_mse, c.perplexity / c.ref_perplexity - 1);
  mulerr_model_ref_free(ref);
  mulerr_model_text_free(x);
}

/* The llama2.c .bin and the GGUF of stories260K (../shared) give identical logits. */
static void test_shared(const mulerr_model *g) {
  const char *sh = getenv("MULERR_SHARED");
  char path[1200];
  mulerr_model *b;
  mulerr_model_run *rb, *rg;
  mulerr_model_arith ref = {0};
  int pos, same = 1, token = 1;
  if (!sh || !*sh) {
    diag("MULERR_SHARED unset: .bin vs GGUF comparison skipped");
    return;
  }
  snprintf(path, sizeof path, "%s/weights/stories260K.bin", sh);
  if (access(path, R_OK)) {
    diag("%s absent: .bin vs GGUF comparison skipped", path);
    return;
  }
  if (mulerr_model_open(path, &b)) {
    ok(0, "%s opens: %s", path, mulerr_errmsg());
    return;
  }
  ok(b->c.dim == 64 && b->c.n_kv_heads == 4 && b->c.seq_len == 512 && b->c.shared_classifier,
     "stories260K.bin: dim 64, 4 kv heads, seq_len 512, shared classifier");
  mulerr_model_run_new(b, &ref, &rb);
  mulerr_model_run_new(g, &ref, &rg);
  for (pos = 0; pos < 48; pos++) {
    const double *lb = mulerr_model_forward(rb, token, pos, NULL), *lg = mulerr_model_forward(rg, token, pos, NULL);
    int j, best = 0;
    same &= !memcmp(lb, lg, 512 * sizeof *lb);
    for (j = 1; j < 512; j++)
      if (lg[j] > lg[best]) best = j;
    token = best;
  }
  ok(same, "llama2.c .bin and GGUF: identical logits over 48 greedy positions (no q/k permutation)");
  mulerr_model_run_free(rb);
  mulerr_model_run_free(rg);
  mulerr_model_close(b);
}

int main(void) {
  mulerr_model *m;
  mulerr_tokenizer *t;
  if (mulerr_model_open(data_path(1, "stories260K.gguf"), &m) ||
      mulerr_tokenizer_open(data_path(2, "tok512.bin"), 512, &t)) {
    printf("Bail out! %s\n", mulerr_errmsg());
    return 1;
  }
  ok(m->c.dim == 64 && m->c.hidden_dim == 172 && m->c.n_layers == 5 && m->c.n_heads == 8 &&
         m->c.n_kv_heads == 4 && m->c.vocab_size == 512 && m->c.seq_len == 512 && m->c.shared_classifier,
     "stories260K.gguf: the configuration of its README");
  test_tokenizer(t);
  test_forward(m, t);
  test_protocol(m, t);
  test_shared(m);
  mulerr_tokenizer_close(t);
  mulerr_model_close(m);
  return tap_done();
}
