/* t_model_arith.c — the model's arithmetic options against sums written here:
 *  - --accumulate with a model of the dot-product registry (fp32-kahan, fixed:13, bf16): the
 *    classifier's logits at site lm-head (method exact, fp32 operands) are, bit for bit, the
 *    registry's sums of the products x_j w_oj computed here from the final RMSNorm output;
 *  - --scale tensor: at site lm-head with float e4m3fn and binary64 sums, every logit is
 *    sum_j RN_e4m3(x_j / s_x) RN_e4m3(w_oj / s_w) s_x s_w, left to right, with s_x, s_w the
 *    scales of the activation vector's and the classifier matrix's max |value|;
 *  - the names and point keys of these options;
 *  - the L-Mul/Mitchell fast path (forward.c) gives the logits and attention outputs of the
 *    method's own path (MULERR_MODEL_NO_FAST=1) bit for bit.
 * Data: data/stories260K.gguf, data/tok512.bin. */
#include "model/model.h"
#include "model/model_db.h"
#include "dot/dot.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static char pathbuf[1200];
static const char *data_path(const char *name) {
  const char *top = getenv("top_srcdir") && *getenv("top_srcdir") ? getenv("top_srcdir") : ".";
  snprintf(pathbuf, sizeof pathbuf, "%s/data/%s", top, name);
  return pathbuf;
}

static double final_x[4096];
static void tap(void *ctx, int what, int layer, const double *v, size_t n) {
  (void)ctx, (void)layer;
  if (what == MULERR_TAP_FINAL_NORM) memcpy(final_x, v, n * sizeof *v);
}

static const int toks[] = {1, 403, 407, 261, 378, 291};
#define NT (sizeof toks / sizeof *toks)

int main(void) {
  mulerr_model *m = NULL;
  const char *accs[] = {"fp32-kahan", "fixed:13", "bf16"};
  size_t ia;
  int V, D, t, o, j;
  if (mulerr_model_open(data_path("stories260K.gguf"), &m)) {
    printf("Bail out! %s\n", mulerr_errmsg());
    return 1;
  }
  V = m->c.vocab_size, D = m->c.dim;
  for (ia = 0; ia < sizeof accs / sizeof *accs; ia++) {
    mulerr_model_arith a = {0};
    mulerr_model_run *r = NULL;
    mulerr_dot d;
    int id = mulerr_model_acc_parse(accs[ia]), same = 1;
    double *p = malloc((size_t)D * sizeof *p);
    memset(&d, 0, sizeof d);
    ok(id >= MULERR_MACC_COUNT && !strcmp(mulerr_model_acc_name((mulerr_model_acc)id), accs[ia]),
       "--accumulate %s is a registry model, named back as given", accs[ia]);
    ok(mulerr_model_acc_parse(accs[ia]) == id, "%s parsed twice gives the same id", accs[ia]);
    if (mulerr_accum_parse(accs[ia], &d)) continue;
    a.sites = MULERR_SITE_LM_HEAD, a.method = mulerr_method_find("exact"), a.source = mulerr_format_find("fp32");
    a.acc = (mulerr_model_acc)id, a.cfg.rounding = MULERR_ROUNDING_DEFAULT;
    if (!ok(!mulerr_model_arith_prepare(&a) && !mulerr_model_run_new(m, &a, &r), "lm-head, exact, %s prepares", accs[ia]))
      continue;
    mulerr_model_run_set_tap(r, tap, NULL);
    for (t = 0; t < (int)NT && same; t++) {
      const double *lg = mulerr_model_forward(r, toks[t], t, NULL);
      for (o = 0; o < V && same; o++) {
        double want;
        for (j = 0; j < D; j++) p[j] = (double)(float)final_x[j] * m->wcls[(size_t)o * D + j]; /* exact */
        d.length = (uint64_t)D;
        want = mulerr_dot_accumulate(&d, (size_t)D, p);
        if (!(lg[o] == want)) {
          diag("position %d logit %d: model %.17g, registry sum %.17g", t, o, lg[o], want);
          same = 0;
        }
      }
    }
    ok(same, "--accumulate %s: every logit of %zu positions is the registry's sum of the products", accs[ia], NT);
    mulerr_model_run_free(r);
    free(p);
  }
  ok(mulerr_model_acc_parse("no-such") < 0, "an unknown accumulator is refused");

  { /* --scale tensor at lm-head */
    const mulerr_format *e4 = mulerr_format_find("e4m3fn");
    const double F = mulerr_format_max(e4);
    mulerr_model_arith a = {0}, u;
    mulerr_model_run *r = NULL;
    double wmax = 0, *wq = malloc((size_t)V * D * sizeof *wq), xs[4096];
    int same = 1;
    a.sites = MULERR_SITE_LM_HEAD, a.method = mulerr_method_find("float"), a.source = mulerr_format_find("fp32");
    a.cfg.format = e4, a.cfg.rounding = MULERR_ROUNDING_DEFAULT, a.acc = MULERR_MACC_FP64, a.scale = MULERR_SCALE_TENSOR;
    if (ok(!mulerr_model_arith_prepare(&a) && !mulerr_model_run_new(m, &a, &r), "lm-head, float e4m3fn, scale tensor prepares")) {
      double sw;
      mulerr_model_run_set_tap(r, tap, NULL);
      for (j = 0; j < V * D; j++)
        if (fabs(m->wcls[j]) > wmax) wmax = fabs(m->wcls[j]);
      sw = mulerr_scale_of(wmax, F, 0);
      for (j = 0; j < V * D; j++) wq[j] = m->wcls[j] / sw;
      mulerr_format_round_n(e4, MULERR_RNE, (size_t)V * D, wq, wq);
      for (t = 0; t < (int)NT && same; t++) {
        const double *lg = mulerr_model_forward(r, toks[t], t, NULL);
        double xmax = 0, sx;
        for (j = 0; j < D; j++) {
          xs[j] = (float)final_x[j];
          if (fabs(xs[j]) > xmax) xmax = fabs(xs[j]);
        }
        sx = mulerr_scale_of(xmax, F, 0);
        for (j = 0; j < D; j++) xs[j] /= sx;
        mulerr_format_round_n(e4, MULERR_RNE, (size_t)D, xs, xs);
        for (o = 0; o < V && same; o++) {
          double s = 0;
          for (j = 0; j < D; j++) s += xs[j] * wq[(size_t)o * D + j] * (sx * sw);
          if (!(lg[o] == s)) {
            diag("position %d logit %d: model %.17g, here %.17g", t, o, lg[o], s);
            same = 0;
          }
        }
      }
      ok(same, "--scale tensor: every logit of %zu positions is the sum of the scaled e4m3fn products", NT);
      mulerr_model_run_free(r);
    }
    free(wq);
    { /* keys */
      mulerr_model_point p;
      char k1[MULERR_KEY_MAX], k2[MULERR_KEY_MAX];
      memset(&p, 0, sizeof p);
      p.arith = a;
      snprintf(p.site, sizeof p.site, "lm-head");
      p.model_sha256 = p.tokenizer_sha256 = p.text_sha256 = "";
      mulerr_model_point_key(&p, k1, sizeof k1);
      p.arith.scale = MULERR_SCALE_NONE;
      mulerr_model_point_key(&p, k2, sizeof k2);
      ok(strstr(k1, ";scale=tensor") && !strstr(k2, "scale"), "the point key holds scale=tensor only when scaled");
    }
    u = a;
    u.method = mulerr_method_find("int");
    ok(mulerr_model_arith_prepare(&u) != MULERR_OK && strstr(mulerr_errmsg(), "int"), "--scale with int is refused");
    u = a;
    u.method = mulerr_method_find("exact"), u.source = NULL, u.cfg.format = NULL;
    ok(mulerr_model_arith_prepare(&u) != MULERR_OK, "--scale with binary64 operands is refused");
  }
  { /* the L-Mul/Mitchell fast path against the method's own path, bit for bit */
    static const struct { const char *method, *acc; int k, l; unsigned sites; } cf[] = {
        {"lmul", "fp32", 3, MULERR_L_DEFAULT, MULERR_SITE_ALL}, {"lmul", "fp64", 7, 9, MULERR_SITE_ALL},
        {"lmul", "fp32-kahan", 2, 1, MULERR_SITE_ATTN}, {"mitchell", "fp32", 4, 0, MULERR_SITE_ALL},
        {"lmul", "fp32", 3, 3, MULERR_SITE_ATTN_VALUE | MULERR_SITE_FFN}};
    const int n = 48;
    int tok[48];
    size_t c;
    const size_t LD = (size_t)m->c.n_layers * D;
    double *lg[2], *at[2];
    for (t = 0; t < n; t++) tok[t] = t ? 3 + (t * 37) % (V - 3) : 1;
    for (j = 0; j < 2; j++) lg[j] = malloc((size_t)n * V * sizeof(double)), at[j] = malloc((size_t)n * LD * sizeof(double));
    for (c = 0; c < sizeof cf / sizeof *cf; c++) {
      mulerr_model_arith a = {0};
      mulerr_model_run *r;
      int pass, good = 1;
      a.sites = cf[c].sites, a.method = mulerr_method_find(cf[c].method), a.source = mulerr_format_find("fp32");
      a.cfg.k = cf[c].k, a.cfg.l = cf[c].l, a.cfg.rounding = MULERR_ROUNDING_DEFAULT;
      a.acc = (mulerr_model_acc)mulerr_model_acc_parse(cf[c].acc);
      if (mulerr_model_arith_prepare(&a)) {
        ok(0, "%s prepares: %s", cf[c].method, mulerr_errmsg());
        continue;
      }
      for (pass = 0; pass < 2; pass++) {
        if (pass) setenv("MULERR_MODEL_NO_FAST", "1", 1);
        else unsetenv("MULERR_MODEL_NO_FAST");
        good &= !mulerr_model_run_new(m, &a, &r) && !mulerr_model_forward_seq(r, tok, n, lg[pass], at[pass]);
        mulerr_model_run_free(r);
      }
      unsetenv("MULERR_MODEL_NO_FAST");
      ok(good && !memcmp(lg[0], lg[1], (size_t)n * V * sizeof(double)) && !memcmp(at[0], at[1], (size_t)n * LD * sizeof(double)),
         "fast path = the method's path, bit for bit: %s k=%d l=%d accumulate %s, sites %#x (%d positions: logits, attention)",
         cf[c].method, cf[c].k, cf[c].l, cf[c].acc, cf[c].sites, n);
    }
    for (j = 0; j < 2; j++) free(lg[j]), free(at[j]);
  }
  mulerr_model_close(m);
  return tap_done();
}
