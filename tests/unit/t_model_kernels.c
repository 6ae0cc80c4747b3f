/* t_model_kernels.c — the vector loops of the model's forward pass (src/model/kernels.c)
 * against plain loops written here:
 *  - the reference's kernels (matrix-vector products from panels, attention scores and
 *    values, the scaled softmax) equal the plain left-to-right loops bit for bit, vector
 *    blocks and tails, a head size that is not a multiple of 4, softmax inputs with NaN, Inf
 *    and signed zeros;
 *  - the fused L-Mul/Mitchell kernels (scores, values, weight panels; fp32 and fp64 sums;
 *    plain and masked lanes) equal the sums, written here, of the products the method's own
 *    mul gives, on operands in the operand format with zeros among them; the operand tests
 *    (mulerr_mk_lanes, mulerr_mk_code) on boundary values;
 *  - the forward pass with the fast path equals the method's own path (MULERR_MODEL_NO_FAST)
 *    bit for bit over the first document of the shipped text (where probabilities round to
 *    zero, so the masked value kernel runs) for lmul with fp32 and fp64 sums and mitchell.
 * Data: data/stories260K.gguf, data/tok512.bin, data/tinystories-sample.txt. */
#include "model/model.h"
#include "model/kernels.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static char pathbuf[2][1200];
static const char *data_path(int slot, const char *name) {
  const char *top = getenv("top_srcdir") && *getenv("top_srcdir") ? getenv("top_srcdir") : ".";
  snprintf(pathbuf[slot], sizeof pathbuf[slot], "%s/data/%s", top, name);
  return pathbuf[slot];
}

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void) { /* xorshift64* */
  rng_state ^= rng_state >> 12, rng_state ^= rng_state << 25, rng_state ^= rng_state >> 27;
  return rng_state * 0x2545f4914f6cdd1dull;
}
static double unif(void) { return (double)(rnd() >> 11) / 9007199254740992.0; }
/* a value of random sign and magnitude 2^-12 .. 2^4, one in `zeros` a zero of either sign */
static double val(int zeros) {
  if (zeros && rnd() % (unsigned)zeros == 0) return rnd() & 1 ? -0.0 : 0.0;
  return (rnd() & 1 ? -1 : 1) * ldexp(1 + unif(), (int)(rnd() % 17) - 12);
}
static int same(size_t n, const double *a, const double *b, const char *what) {
  size_t i;
  for (i = 0; i < n; i++)
    if (memcmp(a + i, b + i, sizeof *a)) {
      diag("%s: element %zu: %a, expected %a", what, i, a[i], b[i]);
      return 0;
    }
  return 1;
}

/* ------------------------------------------------------------ reference */

static void reference_kernels(void) {
  enum { S = 80, HS = 8, NH = 4, KVM = 2, KVD = NH / KVM * HS };
  static double q[NH * HS], kT[KVD * S], v[S * KVD], att[NH * S], want[NH * S], xb[NH * HS], xw[NH * HS];
  const size_t nps[] = {1, 3, 4, 31, 32, 33, 70, 80};
  size_t c, i, t, h, good = 1, goodv = 1;
  for (i = 0; i < NH * HS; i++) q[i] = val(0);
  for (i = 0; i < KVD * S; i++) kT[i] = val(0), v[i] = val(0);
  for (c = 0; c < sizeof nps / sizeof *nps; c++) {
    const size_t np = nps[c];
    mulerr_mk_score_ref(q, kT, S, np, NH, KVM, HS, att);
    for (h = 0; h < NH; h++)
      for (t = 0; t < np; t++) {
        double s = 0;
        for (i = 0; i < HS; i++) s += q[h * HS + i] * kT[((h / KVM) * HS + i) * S + t];
        want[h * S + t] = s;
      }
    for (h = 0; h < NH; h++) good &= same(np, att + h * S, want + h * S, "score_ref");
    for (h = 0; h < NH * S; h++) att[h] = unif();
    mulerr_mk_value_ref(att, v, KVD, S, np, NH, KVM, HS, xb);
    for (h = 0; h < NH; h++)
      for (i = 0; i < HS; i++) {
        double s = 0;
        for (t = 0; t < np; t++) s += att[h * S + t] * v[t * KVD + (h / KVM) * HS + i];
        xw[h * HS + i] = s;
      }
    goodv &= same(NH * HS, xb, xw, "value_ref");
    /* a head size of 6: the output-by-output loop */
    mulerr_mk_value_ref(att, v, KVD, S, np, 4, 2, 6, xb);
    for (h = 0; h < 4; h++)
      for (i = 0; i < 6; i++) {
        double s = 0;
        for (t = 0; t < np; t++) s += att[h * S + t] * v[t * KVD + (h / 2) * 6 + i];
        xw[h * 6 + i] = s;
      }
    goodv &= same(24, xb, xw, "value_ref hs 6");
  }
  ok(good, "score kernel = plain loop, bit for bit (positions 1..80: blocks of 32, of 4, tails)");
  ok(goodv, "value kernel = plain loop, bit for bit (head sizes 8 and 6)");

  { /* matvec from panels: 70 rows (a padded panel), 37 columns */
    enum { R = 70, C = 37, NP = (R + 31) / 32 };
    static float w[R * C], panel[NP * 32 * C];
    static double x[C], out[R], o2[R];
    size_t r, j;
    for (i = 0; i < R * C; i++) w[i] = (float)val(0);
    for (i = 0; i < C; i++) x[i] = val(0);
    memset(panel, 0, sizeof panel);
    for (r = 0; r < R; r++)
      for (j = 0; j < C; j++) panel[(r / 32) * 32 * C + j * 32 + r % 32] = w[r * C + j];
    mulerr_mk_matvec_ref(panel, x, R, C, out);
    for (r = 0; r < R; r++) {
      double s = 0;
      for (j = 0; j < C; j++) s += (double)w[r * C + j] * x[j];
      o2[r] = s;
    }
    ok(same(R, out, o2, "matvec_ref"), "matvec kernel = plain loop, bit for bit (70 rows x 37 columns from panels)");
  }

  { /* softmax */
    static const double special[][7] = {
        {-0.0, 0.0, -1, 2, 2, -INFINITY, 0.5}, {0.0, -0.0, 3, NAN, 1, 2, 0}, {NAN, 1, 2, 3, 4, 5, 6},
        {1, INFINITY, 2, 3, 4, 5, 6},          {-INFINITY, -INFINITY, -INFINITY, -INFINITY, -INFINITY, -INFINITY, -INFINITY}};
    double x[100], y[100];
    size_t n, k;
    int good_s = 1;
    for (k = 0; k < 5 + 6; k++) {
      const double scale = sqrt(8.0);
      double mx, sum = 0;
      if (k < 5) n = 7, memcpy(x, special[k], sizeof special[k]);
      else
        for (n = (size_t)(k - 4) * 13 % 100, i = 0; i < n; i++) x[i] = 20 * (unif() - 0.5);
      memcpy(y, x, n * sizeof *x);
      mulerr_mk_softmax(x, n, scale);
      if (!n) continue;
      for (i = 0; i < n; i++) y[i] /= scale;
      mx = y[0];
      for (i = 1; i < n; i++)
        if (y[i] > mx) mx = y[i];
      for (i = 0; i < n; i++) sum += y[i] = exp(y[i] - mx);
      for (i = 0; i < n; i++) y[i] /= sum;
      for (i = 0; i < n; i++)
        if (memcmp(x + i, y + i, sizeof *x) && !(isnan(x[i]) && isnan(y[i]))) {
          diag("softmax case %zu element %zu: %a, expected %a", k, i, x[i], y[i]);
          good_s = 0;
        }
    }
    ok(good_s, "softmax kernel = plain loop (NaN, Inf, signed zeros, lengths 0..91)");
  }
}

/* --------------------------------------------------------------- L-Mul */

typedef struct lm {
  const char *name;
  mulerr_model_arith a;
  uint64_t c;
} lm;

static double mprod(const lm *m, double x, double y) {
  double p;
  m->a.method->mul(&m->a.cfg, 1, &x, &y, &p);
  return p;
}
static double sum_of(int f32, size_t n, const double *p) {
  float sf = 0;
  double sd = 0;
  size_t i;
  for (i = 0; i < n; i++) {
    if (f32) sf += (float)p[i];
    else sd += p[i];
  }
  return f32 ? sf : sd;
}

static void lmul_kernels(const lm *m) {
  enum { S = 80, HS = 8, NH = 4, KVM = 2, KVD = NH / KVM * HS, C = 37 };
  static double q[HS], kT[HS * S], pr[NH * S], v[S * KVD], w[32 * C], x[C], out[NH * S], want[NH * S], prods[S];
  static uint64_t code[2 * NH * S];
  const mulerr_format *f = &m->a.cfg.work;
  const mulerr_rounding rd = m->a.cfg.rounding;
  size_t i, t, h, j;
  int masked, f32, good[3] = {1, 1, 1};
  for (masked = 0; masked < 2; masked++)
    for (f32 = 0; f32 < 2; f32++) {
      const int z = masked ? 5 : 0; /* zeros among the lane operands */
      const size_t np = 70;
      /* scores: q coded (with zeros), keys the lanes */
      for (i = 0; i < HS; i++) q[i] = val(6);
      for (i = 0; i < HS * S; i++) kT[i] = val(z);
      mulerr_format_round_n(f, rd, HS, q, q), mulerr_format_round_n(f, rd, HS * S, kT, kT);
      good[0] &= mulerr_mk_code(m->c, HS, q, code) == 0;
      mulerr_mk_lmul_score(f32, masked, code, kT, S, np, HS, out);
      for (t = 0; t < np; t++) {
        for (i = 0; i < HS; i++) prods[i] = mprod(m, q[i], kT[i * S + t]);
        want[t] = sum_of(f32, HS, prods);
      }
      good[0] &= same(np, out, want, "lmul score");
      /* values: probabilities coded (with zeros), values the lanes */
      for (i = 0; i < NH * S; i++) pr[i] = i % 7 == 3 ? 0 : unif();
      for (i = 0; i < S * KVD; i++) v[i] = val(z);
      mulerr_format_round_n(f, rd, NH * S, pr, pr), mulerr_format_round_n(f, rd, S * KVD, v, v);
      for (h = 0; h < NH; h++) good[1] &= mulerr_mk_code(m->c, np, pr + h * S, code + 2 * h * np) == 0;
      mulerr_mk_lmul_value(f32, masked, code, v, KVD, np, NH, KVM, HS, out);
      for (h = 0; h < NH; h++)
        for (i = 0; i < HS; i++) {
          for (t = 0; t < np; t++) prods[t] = mprod(m, pr[h * S + t], v[t * KVD + (h / KVM) * HS + i]);
          want[h * HS + i] = sum_of(f32, np, prods);
        }
      good[1] &= same(NH * HS, out, want, "lmul value");
      /* a panel: x coded (with zeros), weights the lanes */
      for (i = 0; i < C; i++) x[i] = val(9);
      for (i = 0; i < 32 * C; i++) w[i] = val(z);
      mulerr_format_round_n(f, rd, C, x, x), mulerr_format_round_n(f, rd, 32 * C, w, w);
      good[2] &= mulerr_mk_code(m->c, C, x, code) == 0;
      mulerr_mk_lmul_panel(f32, masked, code, w, C, out);
      for (j = 0; j < 32; j++) {
        for (i = 0; i < C; i++) prods[i] = mprod(m, x[i], w[i * 32 + j]);
        want[j] = sum_of(f32, C, prods);
      }
      good[2] &= same(32, out, want, "lmul panel");
    }
  ok(good[0], "%s: fused scores = sums of the method's products (fp32, fp64; plain, masked)", m->name);
  ok(good[1], "%s: fused values = sums of the method's products (zero probabilities; fp32, fp64; plain, masked)", m->name);
  ok(good[2], "%s: fused weight panel = sums of the method's products (fp32, fp64; plain, masked)", m->name);
}

static void operand_tests(const lm *m) {
  const double lanes[] = {ldexp(1, -500), ldexp(1.75, 500), -ldexp(1, -500), 1, -3};
  const double zeros[] = {0.0, -0.0};
  const double bad[] = {ldexp(1.75, -501), ldexp(1, 501), -ldexp(1, 501), INFINITY, -INFINITY, NAN, 0x1p-1060};
  uint64_t code[32];
  size_t i;
  int good = 1;
  for (i = 0; i < sizeof lanes / sizeof *lanes; i++) good &= mulerr_mk_lanes(1, lanes + i) == 0 && !mulerr_mk_code(m->c, 1, lanes + i, code);
  for (i = 0; i < 2; i++) good &= mulerr_mk_lanes(1, zeros + i) == MULERR_MK_ZERO && !mulerr_mk_code(m->c, 1, zeros + i, code);
  for (i = 0; i < sizeof bad / sizeof *bad; i++) good &= mulerr_mk_lanes(1, bad + i) == MULERR_MK_BAD && mulerr_mk_code(m->c, 1, bad + i, code) == 1;
  good &= mulerr_mk_lanes(5, lanes) == 0 && mulerr_mk_lanes(7, bad) == MULERR_MK_BAD;
  {
    double mix[9];
    memcpy(mix, lanes, 5 * sizeof *mix), mix[5] = 0, mix[6] = 1, mix[7] = NAN, mix[8] = 2;
    good &= mulerr_mk_lanes(9, mix) == (MULERR_MK_ZERO | MULERR_MK_BAD) && mulerr_mk_code(m->c, 9, mix, code) == 1;
  }
  ok(good, "lane operands are [2^-500, 2^501) in magnitude; zeros flagged; Inf, NaN, subnormal, out of range refused");
}

/* ------------------------------------------------------------- forward pass */

static const mulerr_format *prob_work;
static mulerr_rounding prob_rd;
static size_t prob_zero, prob_pos;
static void tap(void *ctx, int what, int layer, const double *p, size_t n) {
  const size_t S = *(const size_t *)ctx;
  size_t h, t;
  (void)layer;
  if (what != MULERR_TAP_PROB) return;
  for (h = 0; h < n / S; h++) /* the probabilities of positions 0..pos, rounded as the site does */
    for (t = 0; t <= prob_pos; t++) prob_zero += mulerr_format_round(prob_work, (float)p[h * S + t], prob_rd) == 0;
}

static void forward_paths(mulerr_model *m, const mulerr_model_text *x) {
  static const struct { const char *method, *acc; int k, l; unsigned sites; } cf[] = {
      {"lmul", "fp32", 3, MULERR_L_DEFAULT, MULERR_SITE_ALL}, {"lmul", "fp64", 4, 5, MULERR_SITE_ATTN},
      {"mitchell", "fp32", 5, 0, MULERR_SITE_ALL}};
  const size_t n = x->len[0], V = (size_t)m->c.vocab_size, LD = (size_t)m->c.n_layers * m->c.dim;
  double *lg[2], *at[2];
  size_t c, j;
  for (j = 0; j < 2; j++) lg[j] = malloc(n * V * sizeof(double)), at[j] = malloc(n * LD * sizeof(double));
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
      good &= !mulerr_model_run_new(m, &a, &r) && !mulerr_model_forward_seq(r, x->tok[0], (int)n, lg[pass], at[pass]);
      mulerr_model_run_free(r);
    }
    unsetenv("MULERR_MODEL_NO_FAST");
    ok(good && same(n * V, lg[0], lg[1], "logits") && same(n * LD, at[0], at[1], "attention"),
       "fast path = the method's path, bit for bit: %s k=%d accumulate %s, sites %#x (document 1: %zu positions)",
       cf[c].method, cf[c].k, cf[c].acc, cf[c].sites, n);
    if (c == 0) { /* the probabilities that round to zero: the masked value kernel ran */
      size_t S = (size_t)m->c.seq_len, pos;
      prob_work = &a.cfg.work, prob_rd = a.cfg.rounding, prob_zero = 0;
      if (!mulerr_model_run_new(m, &a, &r)) {
        mulerr_model_run_set_tap(r, tap, &S);
        for (pos = 0; pos < n; pos++) prob_pos = pos, mulerr_model_forward(r, x->tok[0][pos], (int)pos, NULL);
        mulerr_model_run_free(r);
      }
      ok(prob_zero > 0, "document 1 has probabilities that are zeros in the operand format (%zu)", prob_zero);
    }
  }
  for (j = 0; j < 2; j++) free(lg[j]), free(at[j]);
}

int main(void) {
  static const struct { const char *method; int k, l; } lms[] = {{"lmul", 3, 3}, {"lmul", 7, 9}, {"mitchell", 4, 0}};
  mulerr_model *m = NULL;
  mulerr_tokenizer *t = NULL;
  mulerr_model_text *x = NULL;
  size_t i;
  reference_kernels();
  for (i = 0; i < sizeof lms / sizeof *lms; i++) {
    lm l;
    char name[64];
    memset(&l, 0, sizeof l);
    l.a.sites = MULERR_SITE_ALL, l.a.method = mulerr_method_find(lms[i].method), l.a.source = mulerr_format_find("fp32");
    l.a.cfg.k = lms[i].k, l.a.cfg.l = lms[i].l, l.a.cfg.rounding = MULERR_ROUNDING_DEFAULT, l.a.acc = MULERR_MACC_FP32;
    if (!ok(!mulerr_model_arith_prepare(&l.a), "%s k=%d prepares", lms[i].method, lms[i].k)) continue;
    l.c = (1023ull << 52) - (lms[i].method[0] == 'l' ? 1ull << (52 - l.a.cfg.l) : 0);
    snprintf(name, sizeof name, "%s k=%d l=%d", lms[i].method, lms[i].k, l.a.cfg.l);
    l.name = name;
    lmul_kernels(&l);
    if (i == 0) operand_tests(&l);
  }
  if (mulerr_model_open(data_path(0, "stories260K.gguf"), &m) ||
      mulerr_tokenizer_open(data_path(1, "tok512.bin"), m->c.vocab_size, &t) ||
      mulerr_model_text_load(data_path(1, "tinystories-sample.txt"), t, m->c.seq_len, &x)) {
    printf("Bail out! %s\n", mulerr_errmsg());
    return 1;
  }
  forward_paths(m, x);
  mulerr_model_text_free(x);
  mulerr_tokenizer_close(t);
  mulerr_model_close(m);
  return tap_done();
}
