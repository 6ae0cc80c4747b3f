/* eval.c — the evaluation protocol of `mulerr model`: documents from a text, the reference
 * pass kept once, and the metrics of an arithmetic against it.
 *
 * Protocol (mulerr(1), MODEL): each non-empty line of the text is one document; its tokens
 * are BOS followed by the tokenizer's encoding of the line (llama2.c's rules), cut to the
 * model's seq_len.  Each document runs from position 0 with an empty cache.  The position
 * i < n-1 predicts token i+1: perplexity = exp(mean over every such prediction of every
 * document of -log p(token i+1)); KL(reference || approximate) and top-1 agreement are
 * averaged over the same predictions; the attention-output errors over every position of
 * every document.  Every sum is kept per document, left to right, and the documents' sums are
 * added in document order, so the numbers do not depend on the thread count. */
#include "model/model.h"

#include <errno.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

void mulerr_model_text_free(mulerr_model_text *x) {
  size_t d;
  if (!x) return;
  for (d = 0; d < x->ndocs; d++) free(x->tok[d]);
  free(x->tok);
  free(x->len);
  free(x);
}

mulerr_status mulerr_model_text_load(const char *path, const mulerr_tokenizer *t, int seq_len,
                                     mulerr_model_text **out) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL, *p, *end;
  long size;
  size_t cap = 0, line = 0;
  mulerr_model_text *x;
  struct sha256_ctx sha;
  uint8_t dig[SHA256_DIGEST_SIZE];
  int i;
  *out = NULL;
  if (!f) return mulerr_fail(MULERR_EIO, "%s: cannot open the text: %s", path, strerror(errno));
  if (fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) ||
      !(buf = malloc((size_t)size + 1)) || fread(buf, 1, (size_t)size, f) != (size_t)size) {
    fclose(f);
    free(buf);
    return mulerr_fail(MULERR_EIO, "%s: cannot read the text", path);
  }
  fclose(f);
  buf[size] = 0;
  if (!(x = calloc(1, sizeof *x))) {
    free(buf);
    return mulerr_fail(MULERR_ENOMEM, "out of memory");
  }
  sha256_init(&sha);
  sha256_update(&sha, (size_t)size, (const uint8_t *)buf);
  sha256_digest(&sha, sizeof dig, dig);
  for (i = 0; i < 32; i++) sprintf(x->sha256 + 2 * i, "%02x", dig[i]);
  x->size = (uint64_t)size;
  for (p = buf, end = buf + size; p < end;) {
    char *nl = memchr(p, '\n', (size_t)(end - p)), *e = nl ? nl : end;
    int *ids;
    size_t n;
    mulerr_status st;
    line++;
    if (memchr(p, 0, (size_t)(e - p))) {
      mulerr_model_text_free(x);
      free(buf);
      return mulerr_fail(MULERR_EIO, "%s:%zu: the line holds a NUL byte (not text)", path, line);
    }
    if (e > p && e[-1] == '\r') e[-1] = 0;
    *e = 0;
    if (*p) {
      if ((st = mulerr_tokenizer_encode(t, p, 1, &ids, &n))) {
        mulerr_model_text_free(x);
        free(buf);
        return st;
      }
      if (n > (size_t)seq_len) n = (size_t)seq_len;
      if (x->ndocs == cap) {
        int **nt = realloc(x->tok, (cap = cap ? 2 * cap : 16) * sizeof *nt);
        size_t *nl2 = nt ? realloc(x->len, cap * sizeof *nl2) : NULL;
        if (nt) x->tok = nt;
        if (nl2) x->len = nl2;
        if (!nt || !nl2) {
          free(ids);
          mulerr_model_text_free(x);
          free(buf);
          return mulerr_fail(MULERR_ENOMEM, "out of memory");
        }
      }
      x->tok[x->ndocs] = ids;
      x->len[x->ndocs++] = n;
      x->ntokens += n;
      x->npredicted += n - 1;
    }
    p = e + 1;
  }
  free(buf);
  if (!x->npredicted) {
    mulerr_model_text_free(x);
    return mulerr_fail(MULERR_EINVAL, "%s: the text has no non-empty line with a token to predict: "
                       "nothing to measure", path);
  }
  *out = x;
  return MULERR_OK;
}

/* ------------------------------------------------------------ reference */

struct mulerr_model_ref {
  size_t ndocs;
  double **logp;  /* [d][(len-1) * vocab]: log-probabilities at each predicting position */
  double **attn;  /* [d][len * L * dim]: attention outputs */
  int **top;      /* [d][len-1]: argmax */
  double *nll;    /* [d]: sum of -log p over the document's predictions */
  int greedy[MULERR_GREEDY_MAX];
  size_t ngreedy;
};

void mulerr_model_ref_free(mulerr_model_ref *r) {
  size_t d;
  if (!r) return;
  for (d = 0; d < r->ndocs; d++) {
    if (r->logp) free(r->logp[d]);
    if (r->attn) free(r->attn[d]);
    if (r->top) free(r->top[d]);
  }
  free(r->logp);
  free(r->attn);
  free(r->top);
  free(r->nll);
  free(r);
}

/* log-softmax of logits[0..n) into out; returns the argmax (lowest index on ties). */
static int log_softmax(const double *logits, int n, double *out) {
  double mx = logits[0], sum = 0, lse;
  int i, best = 0;
  for (i = 1; i < n; i++)
    if (logits[i] > mx) mx = logits[i], best = i;
  for (i = 0; i < n; i++) sum += exp(logits[i] - mx);
  lse = mx + log(sum);
  for (i = 0; i < n; i++) out[i] = logits[i] - lse;
  return best;
}

/* Greedy tokens from BOS, BOS included as an ordinary token (for the agreement metric). */
static size_t greedy_all(mulerr_model_run *r, const mulerr_model *m, size_t max, int *ids) {
  size_t n = max && max < MULERR_GREEDY_MAX ? max : MULERR_GREEDY_MAX, i;
  int token = 1;
  double *lp = malloc((size_t)m->c.vocab_size * sizeof *lp);
  if ((size_t)m->c.seq_len < n) n = (size_t)m->c.seq_len;
  if (!lp) return 0;
  for (i = 0; i < n; i++) {
    token = log_softmax(mulerr_model_forward(r, token, (int)i, NULL), m->c.vocab_size, lp);
    ids[i] = token;
  }
  free(lp);
  return n;
}

mulerr_status mulerr_model_reference(const mulerr_model *m, const mulerr_model_text *x,
                                     mulerr_model_ref **out) {
  mulerr_model_ref *r = calloc(1, sizeof *r);
  const size_t V = (size_t)m->c.vocab_size, LD = (size_t)m->c.n_layers * (size_t)m->c.dim;
  mulerr_model_arith ref = {0};
  int failed = 0;
  long d;
  *out = NULL;
  if (!r || !(r->logp = calloc(x->ndocs, sizeof *r->logp)) || !(r->attn = calloc(x->ndocs, sizeof *r->attn)) ||
      !(r->top = calloc(x->ndocs, sizeof *r->top)) || !(r->nll = calloc(x->ndocs, sizeof *r->nll))) {
    mulerr_model_ref_free(r);
    return mulerr_fail(MULERR_ENOMEM, "out of memory");
  }
  r->ndocs = x->ndocs;
  {
    mulerr_model_run *run;
    if (mulerr_model_run_new(m, &ref, &run)) {
      mulerr_model_ref_free(r);
      return MULERR_ENOMEM;
    }
    r->ngreedy = greedy_all(run, m, x->greedy_max, r->greedy);
    mulerr_model_run_free(run);
  }
#ifdef _OPENMP
#pragma omp parallel reduction(| : failed)
#endif
  {
    mulerr_model_run *run = NULL;
    if (mulerr_model_run_new(m, &ref, &run)) failed = 1;
#ifdef _OPENMP
#pragma omp for schedule(dynamic, 1)
#endif
    for (d = 0; d < (long)x->ndocs; d++) {
      const size_t n = x->len[d];
      size_t i;
      double nll = 0, *lg = NULL;
      if (failed || !(r->logp[d] = malloc(((n - 1) * V + 1) * sizeof(double))) ||
          !(r->attn[d] = malloc(n * LD * sizeof(double))) || !(r->top[d] = malloc(n * sizeof(int)))) {
        failed = 1;
        continue;
      }
      if (!(lg = malloc(n * V * sizeof *lg)) || mulerr_model_forward_seq(run, x->tok[d], (int)n, lg, r->attn[d])) {
        free(lg);
        lg = NULL;
        failed = 1;
        continue;
      }
      for (i = 0; i + 1 < n; i++) {
        r->top[d][i] = log_softmax(lg + i * V, (int)V, r->logp[d] + i * V);
        nll -= r->logp[d][i * V + (size_t)x->tok[d][i + 1]];
      }
      free(lg);
      lg = NULL;
      r->nll[d] = nll;
    }
    mulerr_model_run_free(run);
  }
  if (failed) {
    mulerr_model_ref_free(r);
    return mulerr_fail(MULERR_ENOMEM, "out of memory for the reference pass");
  }
  *out = r;
  return MULERR_OK;
}

/* ------------------------------------------------------------ evaluation */

typedef struct doc_sums {
  double nll, kl;
  uint64_t top1;
  double *sq, *ref_sq; /* per layer: sums of squared errors and of squared reference values */
} doc_sums;

mulerr_status mulerr_model_evaluate(const mulerr_model *m, const mulerr_model_text *x,
                                    const mulerr_model_ref *ref, const mulerr_model_arith *a,
                                    mulerr_model_metrics *out, mulerr_model_progress_fn progress,
                                    void *ctx, volatile sig_atomic_t *stop) {
  const size_t V = (size_t)m->c.vocab_size, L = (size_t)m->c.n_layers, dim = (size_t)m->c.dim;
  const size_t LD = L * dim;
  doc_sums *ds = calloc(x->ndocs ? x->ndocs : 1, sizeof *ds);
  double *sqbuf = calloc(2 * x->ndocs * L + 1, sizeof *sqbuf);
  int failed = 0, stopped = 0;
  size_t done = 0, d, l;
  long dl;
  memset(out, 0, sizeof *out);
  if (!ds || !sqbuf) {
    free(ds);
    free(sqbuf);
    return mulerr_fail(MULERR_ENOMEM, "out of memory");
  }
  for (d = 0; d < x->ndocs; d++) ds[d].sq = sqbuf + 2 * d * L, ds[d].ref_sq = ds[d].sq + L;
#ifdef _OPENMP
#pragma omp parallel reduction(| : failed, stopped)
#endif
  {
    mulerr_model_run *run = NULL;
    const size_t S = (size_t)m->c.seq_len;
    double *attn = malloc(S * LD * sizeof *attn), *lp = malloc(V * sizeof *lp), *lg_all = malloc(S * V * sizeof *lg_all);
    if (!attn || !lp || !lg_all || mulerr_model_run_new(m, a, &run)) failed = 1;
#ifdef _OPENMP
#pragma omp for schedule(dynamic, 1)
#endif
    for (dl = 0; dl < (long)x->ndocs; dl++) {
      const size_t n = x->len[dl];
      size_t i, j, ll;
      doc_sums *s = &ds[dl];
      if (failed || stopped || (stop && *stop)) {
        stopped |= stop && *stop;
        continue;
      }
      if (mulerr_model_forward_seq(run, x->tok[dl], (int)n, lg_all, attn)) {
        failed = 1;
        continue;
      }
      for (i = 0; i < n; i++) {
        const double *logits = lg_all + i * V, *ra = ref->attn[dl] + i * LD, *aa = attn + i * LD;
        for (ll = 0; ll < L; ll++) {
          double sq = 0, rsq = 0;
          for (j = 0; j < dim; j++) {
            const double e = aa[ll * dim + j] - ra[ll * dim + j];
            sq += e * e;
            rsq += ra[ll * dim + j] * ra[ll * dim + j];
          }
          s->sq[ll] += sq;
          s->ref_sq[ll] += rsq;
        }
        if (i + 1 < n) {
          const double *rl = ref->logp[dl] + i * V;
          double kl = 0;
          int top = log_softmax(logits, (int)V, lp);
          s->nll -= lp[x->tok[dl][i + 1]];
          for (j = 0; j < V; j++) kl += exp(rl[j]) * (rl[j] - lp[j]);
          s->kl += kl;
          s->top1 += top == ref->top[dl][i];
        }
      }
#ifdef _OPENMP
#pragma omp critical(mulerr_model_progress)
#endif
      {
        done++;
        if (progress) progress(ctx, done, x->ndocs);
      }
    }
    mulerr_model_run_free(run);
    free(attn);
    free(lp);
    free(lg_all);
  }
  if (!failed && !stopped) { /* greedy agreement: one generation */
    mulerr_model_run *run;
    int ids[MULERR_GREEDY_MAX];
    size_t n, k = 0;
    if (mulerr_model_run_new(m, a, &run)) failed = 1;
    else {
      n = greedy_all(run, m, x->greedy_max, ids);
      while (k < n && k < ref->ngreedy && ids[k] == ref->greedy[k]) k++;
      out->greedy = (int)k;
      mulerr_model_run_free(run);
    }
  }
  if (failed || stopped) {
    free(ds);
    free(sqbuf);
    return stopped && !failed ? mulerr_fail(MULERR_EINTR, "interrupted")
                              : mulerr_fail(MULERR_ENOMEM, "out of memory for a forward pass");
  }
  {
    double nll = 0, rnll = 0, kl = 0, sq[MULERR_MODEL_MAXLAYER] = {0}, rsq[MULERR_MODEL_MAXLAYER] = {0};
    uint64_t top1 = 0;
    const double np = (double)x->npredicted, npos = (double)x->ntokens;
    for (d = 0; d < x->ndocs; d++) { /* in document order */
      nll += ds[d].nll;
      rnll += ref->nll[d];
      kl += ds[d].kl;
      top1 += ds[d].top1;
      for (l = 0; l < L; l++) sq[l] += ds[d].sq[l], rsq[l] += ds[d].ref_sq[l];
    }
    out->nll = nll / np;
    out->ref_nll = rnll / np;
    out->perplexity = exp(out->nll);
    out->ref_perplexity = exp(out->ref_nll);
    out->kl = kl / np;
    out->top1 = (double)top1 / np;
    out->n_layers = (int)L;
    for (l = 0; l < L; l++) {
      out->layer_mse[l] = sq[l] / (npos * (double)dim);
      out->layer_rel_mse[l] = rsq[l] > 0 ? sq[l] / rsq[l] : 0;
      out->attn_mse += out->layer_mse[l];
      out->attn_rel_mse += out->layer_rel_mse[l];
    }
    out->attn_mse /= (double)L;
    out->attn_rel_mse /= (double)L;
    out->tokens = x->npredicted;
    out->docs = x->ndocs;
  }
  free(ds);
  free(sqbuf);
  return MULERR_OK;
}
