/* t_rpass.c — the pairwise methods' own vector passes against their scalar definitions, bit
 * for bit (NaN bits included: every NaN either path returns is the same NAN):
 *  - mulerr_format_round_n (round_pass: groups of 16 by the lean normal and subnormal steps,
 *    round4 for the rest, the scalar code for what it marks) against mulerr_format_round, on
 *    arrays whose groups mix normal values, subnormals of the format, zeros, values below its
 *    smallest subnormal, overflow, Inf and NaN in varying proportions, for every format of the
 *    registry and some layouts, with and without flush and saturation, every deterministic
 *    rule, at uneven lengths and offsets;
 *  - lmul-gpu (gpu_pass: F's encoding and decoding on binary64 patterns) against the operands
 *    rounded by mulerr_format_round and mulerr_lmul_gpu_kernel (F's own encoder, adder and
 *    decoder), over every ordered pair of encodings of every signed format of at most 8 bits
 *    (NaN and Inf included: zeros, subnormals, the top binade, wrap-around both ways), every
 *    offset l <= k, several rules, with flush; and over every bf16 and fp16 encoding against
 *    shuffled partners, cut to k = 3 and at full width;
 *  - lmul, mitchell, lmul-eq1 and float (with --out-format) on the same operand sets against
 *    mulerr_lmul_kernel, mulerr_lmul_eq1_kernel and x * y rounded by mulerr_format_round.
 * Calls are of uneven lengths (1 .. 1500), so partial vectors, groups and chunks are met. */
#include "internal.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static uint64_t st = 0x9e3779b97f4a7c15ull;
static uint64_t next(void) {
  st ^= st << 13, st ^= st >> 7, st ^= st << 17;
  return st;
}
static int same(double x, double y) { return mulerr_d2u(x) == mulerr_d2u(y); }

enum { NMAX = 1 << 18 };
static double A[NMAX], B[NMAX], RA[NMAX], RB[NMAX], O1[NMAX], O2[NMAX];
static size_t nops;

/* ---------------------------------------------------------------- round_n */

/* A value of class c around format f: 0 normal, 1 subnormal of f, 2 zero, 3 below the
 * smallest subnormal, 4 beyond max, 5 Inf, 6 NaN; random sign, off f's grid mostly. */
static double value_of(const mulerr_format *f, int c) {
  const uint64_t u = next();
  const int emin = mulerr_format_emin(f), emax = mulerr_format_emax(f);
  const double frac = 1 + (double)(u >> 12) * 0x1p-52; /* [1, 2), 52 random bits */
  double v;
  switch (c) {
  case 0: v = ldexp(frac, emin + (int)(u % (uint64_t)(emax - emin + 1))); break;
  case 1: v = ldexp(frac, emin - 1 - (int)(u % (uint64_t)(f->mbits + 1))); break;
  case 2: v = 0; break;
  case 3: v = ldexp(frac, emin - f->mbits - 2 - (int)(u % 40)); break;
  case 4: v = ldexp(frac, emax + 1 + (int)(u % 8)); break;
  case 5: v = INFINITY; break;
  default: v = NAN;
  }
  if (u & 1 && (u >> 1) % 4 == 0) { /* a grid value or a midpoint between two, exactly */
    const double r = mulerr_format_round(f, v, MULERR_RTZ);
    if (isfinite(r) && r != 0 && (u >> 3) & 1) {
      int e;
      frexp(r, &e); /* |r| in [2^(e-1), 2^e) */
      v = r + (fabs(r) >= mulerr_format_min_normal(f) ? ldexp(1.0, e - 2 - f->mbits) : mulerr_format_min_subnormal(f) / 2);
    } else if (isfinite(r) && r != 0)
      v = r;
  }
  return u >> 63 ? -v : v;
}

static size_t check_round(const mulerr_format *f) {
  static const mulerr_rounding rules[] = {MULERR_RNE, MULERR_RTZ, MULERR_RNA, MULERR_RUP, MULERR_RDN, MULERR_RNTA};
  /* mixes: the classes a value is drawn from, as weights */
  static const int mix[][7] = {{1, 0, 0, 0, 0, 0, 0}, {3, 1, 0, 0, 0, 0, 0}, {1, 3, 1, 1, 0, 0, 0},
                               {20, 2, 1, 1, 1, 0, 0}, {6, 2, 1, 1, 1, 1, 1}, {200, 1, 0, 0, 0, 0, 0},
                               {0, 1, 0, 0, 0, 0, 0}, {100, 0, 0, 0, 1, 0, 0}, {100, 0, 0, 0, 0, 0, 1}};
  const size_t n = 20000;
  size_t bad = 0, mi, ri, i;
  for (mi = 0; mi < sizeof mix / sizeof *mix; mi++) {
    int tot = 0, c;
    for (c = 0; c < 7; c++) tot += mix[mi][c];
    for (i = 0; i < n; i++) {
      int w = (int)(next() % (uint64_t)tot);
      for (c = 0; w >= mix[mi][c]; c++) w -= mix[mi][c];
      A[i] = value_of(f, c);
    }
    for (ri = 0; ri < sizeof rules / sizeof *rules; ri++) {
      size_t i0, len;
      for (i0 = 0; i0 < n; i0 += len) { /* uneven lengths and offsets */
        len = 1 + next() % 1500;
        if (len > n - i0) len = n - i0;
        mulerr_format_round_n(f, rules[ri], len, A + i0, O1 + i0);
      }
      for (i = 0; i < n; i++) {
        const double want = mulerr_format_round(f, A[i], rules[ri]);
        if (!same(O1[i], want) && bad++ < 3)
          diag("%s e%dm%d flags %#x %s: round_n(%a) = %a, round %a", f->name ? f->name : "", f->ebits, f->mbits,
               f->flags, mulerr_rounding_name(rules[ri]), A[i], O1[i], want);
      }
    }
  }
  return bad;
}

/* ---------------------------------------------------------------- methods */

typedef struct {
  const char *method, *format, *source, *out;
  int k, l, flush;
  mulerr_rounding r;
} conf;

/* The scalar definition of cfg's method on the operand set, into O2. */
static void reference(const mulerr_method *m, const mulerr_method_cfg *cfg) {
  size_t i;
  if (!strcmp(m->name, "lmul") || !strcmp(m->name, "mitchell")) {
    mulerr_lmul_kernel(cfg, !strcmp(m->name, "lmul"), nops, A, B, O2);
    return;
  }
  for (i = 0; i < nops; i++) {
    RA[i] = mulerr_format_round(&cfg->work, A[i], cfg->rounding);
    RB[i] = mulerr_format_round(&cfg->work, B[i], cfg->rounding);
  }
  if (!strcmp(m->name, "lmul-gpu")) mulerr_lmul_gpu_kernel(cfg, nops, RA, RB, O2);
  else if (!strcmp(m->name, "lmul-eq1")) mulerr_lmul_eq1_kernel(cfg, nops, RA, RB, O2);
  else
    for (i = 0; i < nops; i++) {
      O2[i] = RA[i] * RB[i]; /* exact (method.c's limits) */
      if (cfg->out_format) O2[i] = mulerr_format_round(cfg->out_format, O2[i], MULERR_RNE);
    }
}

/* The method's mul (its vector pass) against the reference: the number of differing pairs
 * (the NaN x NaN products of float, whose NaN IEEE 754 leaves open, are compared as NaN). */
static size_t check_method(const conf *c, size_t *cases) {
  const mulerr_method *m = mulerr_method_find(c->method);
  mulerr_method_cfg cfg;
  size_t i, i0, len, bad = 0;
  memset(&cfg, 0, sizeof cfg);
  cfg.k = c->k, cfg.l = c->l, cfg.rounding = c->r, cfg.flush = c->flush;
  cfg.source = mulerr_format_find(c->source);
  cfg.format = c->format ? mulerr_format_find(c->format) : NULL;
  cfg.out_format = c->out ? mulerr_format_find(c->out) : NULL;
  if (mulerr_method_prepare(m, &cfg) != MULERR_OK) return 0;
  ++*cases;
  for (i0 = 0; i0 < nops; i0 += len) {
    len = 1 + next() % 1500;
    if (len > nops - i0) len = nops - i0;
    m->mul(&cfg, len, A + i0, B + i0, O1 + i0);
  }
  reference(m, &cfg);
  for (i = 0; i < nops; i++)
    if (!same(O1[i], O2[i]) && !(strcmp(c->method, "lmul-gpu") && isnan(O1[i]) && isnan(O2[i]) && isnan(A[i]) && isnan(B[i])) &&
        bad++ < 3)
      diag("%s %s k=%d l=%d %s%s: %a x %a: pass %a, reference %a", c->method, cfg.work.name ? cfg.work.name : "",
           cfg.k, cfg.l, mulerr_rounding_name(c->r), c->flush ? " flush" : "", A[i], B[i], O1[i], O2[i]);
  return bad;
}

/* Every ordered pair of f's encodings (all of them: NaN and Inf too). */
static void all_pairs(const mulerr_format *f) {
  const uint64_t nenc = (uint64_t)1 << mulerr_format_bits(f);
  uint64_t i, j;
  nops = 0;
  for (i = 0; i < nenc; i++)
    for (j = 0; j < nenc; j++) A[nops] = mulerr_format_decode(f, i), B[nops] = mulerr_format_decode(f, j), nops++;
}

/* Every finite encoding of a 16-bit format against a random finite partner, twice. */
static void sixteen(const mulerr_format *f) {
  uint64_t i, r;
  nops = 0;
  for (r = 0; r < 2; r++)
    for (i = 0; i < 65536; i++) {
      double y;
      do y = mulerr_format_decode(f, next() & 0xffff);
      while (!isfinite(y));
      if (!isfinite(mulerr_format_decode(f, i))) continue;
      A[nops] = mulerr_format_decode(f, i), B[nops] = y, nops++;
    }
}

int main(void) {
  static const char *const layouts[] = {"e5m3", "e8m3", "e2m5", "e3m2fnuz", "e6m1", "e4m2fn"};
  static const mulerr_rounding rules[] = {MULERR_RTZ, MULERR_RNE, MULERR_RNA, MULERR_RUP, MULERR_RDN};
  size_t i, bad = 0, cases = 0;
  int flags;
  /* round_n */
  for (i = 0; i < mulerr_format_count() + sizeof layouts / sizeof *layouts; i++) {
    const mulerr_format *f0 = i < mulerr_format_count() ? mulerr_format_at(i) : mulerr_format_find(layouts[i - mulerr_format_count()]);
    for (flags = 0; flags < 3; flags++) {
      mulerr_format f = *f0;
      if (flags == 1) f.flags |= MULERR_FMT_FLUSH;
      if (flags == 2) f.flags |= MULERR_FMT_SATURATE;
      bad += check_round(&f), cases++;
    }
  }
  ok(bad == 0, "round_n equals mulerr_format_round bit for bit (%zu formats x 9 mixes x 6 rules)", cases);
  /* lmul-gpu over every pair of 8-bit (and smaller) encodings */
  bad = cases = 0;
  for (i = 0; i < mulerr_format_count() + sizeof layouts / sizeof *layouts; i++) {
    const mulerr_format *f = i < mulerr_format_count() ? mulerr_format_at(i) : mulerr_format_find(layouts[i - mulerr_format_count()]);
    int l, fl;
    size_t ri;
    if (mulerr_format_bits(f) > 8 || (f->flags & (MULERR_FMT_UNSIGNED | MULERR_FMT_NO_SUBNORMAL))) continue;
    all_pairs(f);
    for (l = 1; l <= f->mbits; l++)
      for (ri = 0; ri < 3; ri++)
        for (fl = 0; fl < 2; fl++) {
          const conf c = {"lmul-gpu", f->name, "fp32", NULL, f->mbits, l, fl, rules[(ri + (size_t)l) % 5]};
          bad += check_method(&c, &cases);
        }
  }
  ok(bad == 0 && cases > 40, "lmul-gpu: the vector pass equals the kernel on every pair of encodings (%zu configurations)", cases);
  /* the other pairwise methods on the same sets (e4m3fn, e5m2, e3m2fnuz) */
  bad = cases = 0;
  {
    static const char *const fmts[] = {"e4m3fn", "e5m2", "e3m2fnuz"};
    static const char *const meths[] = {"lmul", "mitchell", "lmul-eq1", "float"};
    size_t fi, mi, ri;
    for (fi = 0; fi < 3; fi++) {
      all_pairs(mulerr_format_find(fmts[fi]));
      for (mi = 0; mi < 4; mi++)
        for (ri = 0; ri < 5; ri++) {
          const conf c = {meths[mi], fmts[fi], "fp32", NULL, 3, 2, (int)ri == 4, rules[ri]};
          bad += check_method(&c, &cases);
        }
    }
  }
  ok(bad == 0 && cases >= 50, "lmul, mitchell, lmul-eq1, float equal their definitions on every pair of 8-bit encodings (%zu configurations)", cases);
  /* every bf16 and fp16 encoding: cut to k = 3 (the bench's all-pairs tables) and full width */
  bad = cases = 0;
  {
    static const char *const srcs[] = {"bf16", "fp16"};
    static const char *const meths[] = {"lmul-gpu", "lmul", "mitchell", "lmul-eq1", "float"};
    size_t si, mi, ri;
    for (si = 0; si < 2; si++) {
      sixteen(mulerr_format_find(srcs[si]));
      for (mi = 0; mi < 5; mi++)
        for (ri = 0; ri < 3; ri++) {
          const int full = si == 0 ? 7 : 10;
          const conf c3 = {meths[mi], NULL, srcs[si], NULL, 3, 3, 0, rules[ri]};
          const conf cf = {meths[mi], NULL, srcs[si], NULL, full, 2 + (int)ri, 0, rules[ri]};
          bad += check_method(&c3, &cases) + check_method(&cf, &cases);
        }
    }
  }
  ok(bad == 0 && cases >= 50, "every bf16 and fp16 encoding, k = 3 and full width: the passes equal their definitions (%zu configurations)", cases);
  /* float's product rounding (--out-format) */
  bad = cases = 0;
  {
    static const char *const outs[] = {"e4m3fn", "e5m2", "bf16", "e2m1fn", "fp16"};
    size_t oi;
    sixteen(mulerr_format_find("bf16"));
    for (oi = 0; oi < 5; oi++) {
      const conf c = {"float", NULL, "bf16", outs[oi], 3, 3, 0, MULERR_RNE};
      bad += check_method(&c, &cases);
    }
  }
  ok(bad == 0 && cases == 5, "float --out-format: the product rounding equals mulerr_format_round (%zu out formats)", cases);
  return tap_done();
}
