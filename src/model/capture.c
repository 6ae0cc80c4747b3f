/* capture.c — `mulerr model --capture`: the operands a Llama model's sites multiply on a text,
 * written as F32 tensors of a safetensors file (layout in model.h, mulerr_model_capture), for
 * the `activations` distribution (src/dists/activations.c).
 *
 * The reference pass (binary64, no site active) runs one position at a time with a tap
 * (forward.c) that copies each operand vector into its tensor's row of the token; the values
 * are rounded to binary32 (RNE) when stored, which is what an fp32 source does with them at a
 * site.  The file is written to a temporary file in the target's directory and renamed over
 * the target, so a reader never sees half a file.  Nothing in it depends on the time, the
 * path or the mulerr version: the same model, text and options give the same bytes. */
#include "model/model.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { T_ID, T_POS, T_COUNT_FIXED };

typedef struct cap {
  const mulerr_model_config *c;
  size_t T, P, t;      /* tokens, longest document, the current token */
  size_t pos;          /* its position */
  float *buf[MULERR_TAP_COUNT]; /* [L][T][width] (final: [T][dim]) */
  size_t width[MULERR_TAP_COUNT];
  float *id, *posv;
} cap;

static void tap(void *ctx, int what, int layer, const double *v, size_t n) {
  cap *k = ctx;
  const size_t w = k->width[what], l = layer < 0 ? 0 : (size_t)layer;
  float *row = k->buf[what] + (l * k->T + k->t) * w;
  size_t i, h;
  if (what == MULERR_TAP_PROB) { /* [n_heads][seq_len] -> [n_heads][P], zero past pos */
    const size_t S = (size_t)k->c->seq_len, nh = (size_t)k->c->n_heads;
    (void)n;
    for (h = 0; h < nh; h++)
      for (i = 0; i < k->P; i++) row[h * k->P + i] = i <= k->pos ? (float)v[h * S + i] : 0.0f;
    return;
  }
  for (i = 0; i < n && i < w; i++) row[i] = (float)v[i];
}

static const char *const tap_name[MULERR_TAP_COUNT] = {
    "attn_norm_out", "q", "k", "v", "attn_prob", "attn_out", "ffn_norm_out", "ffn_hidden",
    "final_norm_out"};

static const char *base(const char *p) {
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}

/* A JSON string (the names are file base names: escape what JSON needs). */
static void jstr(FILE *f, const char *s) {
  fputc('"', f);
  for (; *s; s++) {
    const unsigned char ch = (unsigned char)*s;
    if (ch == '"' || ch == '\\') fprintf(f, "\\%c", ch);
    else if (ch < 0x20) fprintf(f, "\\u%04x", ch);
    else fputc(ch, f);
  }
  fputc('"', f);
}

typedef struct tdesc {
  char name[64];
  int ndim;
  size_t shape[3];
  const float *data;
} tdesc;

static size_t tcount(const tdesc *d) {
  size_t n = 1;
  int i;
  for (i = 0; i < d->ndim; i++) n *= d->shape[i];
  return n;
}

static int write_le_floats(FILE *f, const float *v, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    uint32_t u;
    unsigned char b[4];
    memcpy(&u, &v[i], 4);
    b[0] = (unsigned char)u, b[1] = (unsigned char)(u >> 8), b[2] = (unsigned char)(u >> 16),
    b[3] = (unsigned char)(u >> 24);
    if (fwrite(b, 1, 4, f) != 4) return -1;
  }
  return 0;
}

static mulerr_status write_file(const char *path, const tdesc *t, size_t nt, const char *meta) {
  char *hdr = NULL, *tmp = NULL;
  size_t hlen = 0, off = 0, i;
  FILE *h = open_memstream(&hdr, &hlen), *f = NULL;
  int fd, bad = 0;
  if (!h) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  fprintf(h, "{\"__metadata__\":%s", meta);
  for (i = 0; i < nt; i++) {
    const size_t bytes = tcount(&t[i]) * 4;
    int d;
    fputc(',', h);
    jstr(h, t[i].name);
    fputs(":{\"dtype\":\"F32\",\"shape\":[", h);
    for (d = 0; d < t[i].ndim; d++) fprintf(h, "%s%zu", d ? "," : "", t[i].shape[d]);
    fprintf(h, "],\"data_offsets\":[%zu,%zu]}", off, off + bytes);
    off += bytes;
  }
  fputc('}', h);
  while ((ftell(h) % 8) != 0) fputc(' ', h); /* the data starts 8-byte aligned */
  if (fclose(h)) {
    free(hdr);
    return mulerr_fail(MULERR_ENOMEM, "out of memory");
  }
  if (!(tmp = malloc(strlen(path) + 16))) {
    free(hdr);
    return mulerr_fail(MULERR_ENOMEM, "out of memory");
  }
  sprintf(tmp, "%s.tmp.XXXXXX", path);
  if ((fd = mkstemp(tmp)) >= 0) { /* mkstemp makes it 0600: the mode a new file gets */
    const mode_t um = umask(022);
    umask(um);
    if (fchmod(fd, 0666 & ~um)) { /* harmless: the file stays private */
    }
  }
  if (fd < 0 || !(f = fdopen(fd, "wb"))) {
    const int e = errno;
    if (fd >= 0) close(fd), unlink(tmp);
    free(hdr);
    mulerr_fail(MULERR_EIO, "%s: cannot create a temporary file beside it: %s", path, strerror(e));
    free(tmp);
    return MULERR_EIO;
  }
  {
    unsigned char le[8];
    uint64_t n = hlen;
    for (i = 0; i < 8; i++) le[i] = (unsigned char)(n >> (8 * i));
    bad = fwrite(le, 1, 8, f) != 8 || fwrite(hdr, 1, hlen, f) != hlen;
  }
  for (i = 0; i < nt && !bad; i++) bad = write_le_floats(f, t[i].data, tcount(&t[i])) != 0;
  free(hdr);
  if (fflush(f) || fsync(fileno(f))) bad = 1;
  if (fclose(f)) bad = 1;
  if (bad || rename(tmp, path)) {
    const int e = errno;
    unlink(tmp);
    mulerr_fail(MULERR_EIO, "%s: cannot write the capture: %s", path, strerror(e));
    free(tmp);
    return MULERR_EIO;
  }
  free(tmp);
  return MULERR_OK;
}

mulerr_status mulerr_model_capture(const mulerr_model *m, const mulerr_model_text *x,
                                   const char *model_name, const char *tokenizer_sha256,
                                   const char *text_name, const char *path) {
  const mulerr_model_config *c = &m->c;
  const size_t L = (size_t)c->n_layers;
  cap k;
  mulerr_model_run *run = NULL;
  mulerr_model_arith ref = {0};
  tdesc *td = NULL;
  size_t nt = 0, d, i, w;
  char *meta = NULL;
  size_t mlen = 0;
  FILE *mf;
  mulerr_status st = MULERR_OK;
  memset(&k, 0, sizeof k);
  k.c = c;
  for (d = 0; d < x->ndocs; d++) {
    k.T += x->len[d];
    if (x->len[d] > k.P) k.P = x->len[d];
  }
  k.width[MULERR_TAP_ATTN_NORM] = k.width[MULERR_TAP_Q] = k.width[MULERR_TAP_ATTN_OUT] =
      k.width[MULERR_TAP_FFN_NORM] = k.width[MULERR_TAP_FINAL_NORM] = (size_t)c->dim;
  k.width[MULERR_TAP_K] = k.width[MULERR_TAP_V] = (size_t)c->kv_dim;
  k.width[MULERR_TAP_PROB] = (size_t)c->n_heads * k.P;
  k.width[MULERR_TAP_HIDDEN] = (size_t)c->hidden_dim;
  for (i = 0; i < MULERR_TAP_COUNT; i++)
    if (!(k.buf[i] = calloc((i == MULERR_TAP_FINAL_NORM ? 1 : L) * k.T * k.width[i] + 1, sizeof(float))))
      st = mulerr_fail(MULERR_ENOMEM, "out of memory for the capture");
  if (!st && (!(k.id = calloc(k.T + 1, sizeof(float))) || !(k.posv = calloc(k.T + 1, sizeof(float)))))
    st = mulerr_fail(MULERR_ENOMEM, "out of memory for the capture");
  if (!st) st = mulerr_model_run_new(m, &ref, &run);
  if (!st) {
    mulerr_model_run_set_tap(run, tap, &k);
    for (d = 0, k.t = 0; d < x->ndocs; d++)
      for (i = 0; i < x->len[d]; i++, k.t++) {
        k.pos = i;
        k.id[k.t] = (float)x->tok[d][i];
        k.posv[k.t] = (float)i;
        mulerr_model_forward(run, x->tok[d][i], (int)i, NULL);
      }
  }
  if (!st && !(td = calloc(2 + L * (MULERR_TAP_COUNT - 1) + 1, sizeof *td)))
    st = mulerr_fail(MULERR_ENOMEM, "out of memory");
  if (!st) {
    snprintf(td[nt].name, sizeof td[nt].name, "tokens.id");
    td[nt].ndim = 1, td[nt].shape[0] = k.T, td[nt++].data = k.id;
    snprintf(td[nt].name, sizeof td[nt].name, "tokens.pos");
    td[nt].ndim = 1, td[nt].shape[0] = k.T, td[nt++].data = k.posv;
    for (i = 0; i < L; i++)
      for (w = 0; w < MULERR_TAP_FINAL_NORM; w++) {
        tdesc *t = &td[nt++];
        snprintf(t->name, sizeof t->name, "layers.%zu.%s", i, tap_name[w]);
        t->shape[0] = k.T;
        if (w == MULERR_TAP_PROB) t->ndim = 3, t->shape[1] = (size_t)c->n_heads, t->shape[2] = k.P;
        else t->ndim = 2, t->shape[1] = k.width[w];
        t->data = k.buf[w] + i * k.T * k.width[w];
      }
    snprintf(td[nt].name, sizeof td[nt].name, "final_norm_out");
    td[nt].ndim = 2, td[nt].shape[0] = k.T, td[nt].shape[1] = (size_t)c->dim;
    td[nt++].data = k.buf[MULERR_TAP_FINAL_NORM];
    /* provenance: every value a string, as safetensors requires */
    if (!(mf = open_memstream(&meta, &mlen))) st = mulerr_fail(MULERR_ENOMEM, "out of memory");
    else {
      fputs("{\"mulerr.capture\":\"1\",\"mulerr.model\":", mf);
      jstr(mf, base(model_name));
      fputs(",\"mulerr.model_sha256\":", mf);
      jstr(mf, mulerr_weights_sha256(m->w));
      fputs(",\"mulerr.tokenizer_sha256\":", mf);
      jstr(mf, tokenizer_sha256 ? tokenizer_sha256 : "");
      fputs(",\"mulerr.text\":", mf);
      jstr(mf, base(text_name));
      fputs(",\"mulerr.text_sha256\":", mf);
      jstr(mf, x->sha256);
      fprintf(mf, ",\"mulerr.documents\":\"%zu\",\"mulerr.tokens\":\"%zu\"", x->ndocs, k.T);
      fprintf(mf, ",\"mulerr.config\":\"dim=%d hidden_dim=%d n_layers=%d n_heads=%d n_kv_heads=%d "
              "vocab_size=%d seq_len=%d\"", c->dim, c->hidden_dim, c->n_layers, c->n_heads,
              c->n_kv_heads, c->vocab_size, c->seq_len);
      fputs(",\"mulerr.protocol\":\"each non-empty line of the text one document: BOS + its "
            "encoding (llama2.c rules), cut to seq_len (and --max-tokens), the first --max-docs "
            "documents; the binary64 reference pass, one position at a time, each operand vector "
            "rounded to binary32 (RNE); q and k after RoPE; attn_prob zero past the position\"",
            mf);
      fputs(",\"format\":\"pt\"}", mf);
      if (fclose(mf)) st = mulerr_fail(MULERR_ENOMEM, "out of memory");
    }
  }
  if (!st) st = write_file(path, td, nt, meta);
  free(meta);
  free(td);
  mulerr_model_run_free(run);
  for (i = 0; i < MULERR_TAP_COUNT; i++) free(k.buf[i]);
  free(k.id);
  free(k.posv);
  return st;
}
