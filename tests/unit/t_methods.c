/* t_methods.c — lmul-eq1, lmul-gpu, lns, int, mx and float --out-format against their
 * definitions.
 *
 * Oracles.  For the element-wise methods (lmul-eq1, lns, float with --out-format) every
 * ordered pair of finite encodings of every format of at most 8 bits in the registry (and the
 * layouts e2m5 and e1m6fn) goes through the method and through an independent evaluation of
 * the method's definition written here, in exact arithmetic with MPFR at 200-300 bits, using
 * none of the library's rounding helpers (only mulerr_format_decode, to list a format's
 * values); the results must agree bit for bit, the sign of zero included.  For lmul-gpu,
 * int and mx the expected values are worked by hand from the definitions (the working is in
 * the comments); int is also checked against an exact rational (GMP mpq) evaluation on a
 * pseudo-random tensor.  Then the bad-input cases: each must fail with a message naming the
 * field and its value. */
#include "internal.h"
#include "tap.h"

#include <gmp.h>
#include <mpfr.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ------------------------------------------------------------------ helpers */

static const mulerr_method *M(const char *name) { return mulerr_method_find(name); }
static const mulerr_format *F(const char *name) { return mulerr_format_find(name); }

static mulerr_method_cfg base_cfg(const char *source) {
  mulerr_method_cfg c;
  memset(&c, 0, sizeof c);
  c.source = F(source);
  c.k = c.source->mbits;
  c.l = MULERR_L_DEFAULT;
  c.rounding = MULERR_ROUNDING_DEFAULT;
  return c;
}

/* Bitwise equality, so that -0 and +0 differ (and NaN equals the same NaN). */
static int same(double x, double y) { return !memcmp(&x, &y, sizeof x); }

/* The finite values of every encoding of f, in encoding order. */
static size_t finite_values(const mulerr_format *f, double *out) {
  uint64_t i, nenc = (uint64_t)1 << mulerr_format_bits(f);
  size_t n = 0;
  for (i = 0; i < nenc; i++) {
    double v = mulerr_format_decode(f, i);
    if (isfinite(v)) out[n++] = v;
  }
  return n;
}

/* The formats the exhaustive tests run over: the registry's formats of at most 8 bits, and
 * two layouts with extreme exponent widths. */
static size_t small_formats(const mulerr_format **out) {
  size_t i, n = 0;
  for (i = 0; i < mulerr_format_count(); i++)
    if (mulerr_format_bits(mulerr_format_at(i)) <= 8) out[n++] = mulerr_format_at(i);
  out[n++] = F("e2m5");
  out[n++] = F("e1m6fn");
  return n;
}

/* Run method m (cfg prepared) on every ordered pair of vals; want(i, j) gives the oracle. */
typedef double (*want_fn)(void *ctx, size_t i, size_t j);
static void all_pairs(const char *label, const mulerr_method *m, const mulerr_method_cfg *cfg,
                      const double *vals, size_t nv, want_fn want, void *ctx) {
  double *a = malloc(nv * sizeof *a), *out = malloc(nv * sizeof *out);
  size_t i, j;
  uint64_t bad = 0;
  for (i = 0; i < nv; i++) {
    for (j = 0; j < nv; j++) a[j] = vals[i];
    m->mul(cfg, nv, a, vals, out);
    for (j = 0; j < nv; j++) {
      double w = want(ctx, i, j);
      if (!same(w, out[j]) && bad++ < 5)
        diag("%s: %a * %a gave %a, want %a", label, vals[i], vals[j], out[j], w);
    }
  }
  ok(bad == 0, "%s: every ordered pair (%zu x %zu) agrees bit for bit with the definition", label,
     nv, nv);
  free(a);
  free(out);
}

/* ---------------------------------------------------------------- lmul-eq1 */

/* (1 + x_m + y_m + 2^-l) 2^(x_e + y_e), sign by XOR, zero if an operand is zero. */
typedef struct eq1_ctx { const double *v; int l; } eq1_ctx;
static double eq1_want(void *vctx, size_t i, size_t j) {
  eq1_ctx *c = vctx;
  double x = c->v[i], y = c->v[j], out;
  int neg = signbit(x) != signbit(y);
  mpfr_t xm, ym, s;
  mpfr_exp_t ex, ey;
  if (x == 0 || y == 0) return neg ? -0.0 : 0.0;
  mpfr_inits2(200, xm, ym, s, (mpfr_ptr)0);
  mpfr_set_d(xm, fabs(x), MPFR_RNDN);
  mpfr_set_d(ym, fabs(y), MPFR_RNDN);
  ex = mpfr_get_exp(xm) - 1; /* MPFR significands are in [1/2, 1) */
  ey = mpfr_get_exp(ym) - 1;
  mpfr_set_exp(xm, 1); /* [1, 2) */
  mpfr_set_exp(ym, 1);
  mpfr_sub_ui(xm, xm, 1, MPFR_RNDN); /* x_m */
  mpfr_sub_ui(ym, ym, 1, MPFR_RNDN); /* y_m */
  mpfr_set_ui_2exp(s, 1, -c->l, MPFR_RNDN);
  mpfr_add(s, s, xm, MPFR_RNDN);
  mpfr_add(s, s, ym, MPFR_RNDN);
  mpfr_add_ui(s, s, 1, MPFR_RNDN);
  mpfr_mul_2si(s, s, ex + ey, MPFR_RNDN);
  out = mpfr_get_d(s, MPFR_RNDN); /* exact: 200 bits hold it, and so does a double */
  mpfr_clears(xm, ym, s, (mpfr_ptr)0);
  return neg ? -out : out;
}

static void test_lmul_eq1(void) {
  const mulerr_format *fm[32];
  size_t nf = small_formats(fm), i;
  double *vals = malloc(65536 * sizeof *vals);
  for (i = 0; i < nf; i++) {
    const mulerr_format *f = fm[i];
    int ls[3], nl, li;
    if (f->mbits < 1 || f->flags & MULERR_FMT_UNSIGNED) continue; /* no k >= 1 operand format */
    ls[0] = MULERR_L_DEFAULT, ls[1] = 1, ls[2] = f->mbits + 2;
    nl = 3;
    for (li = 0; li < nl; li++) {
      mulerr_method_cfg cfg = base_cfg(f->name);
      eq1_ctx c;
      char label[96];
      size_t nv = finite_values(f, vals);
      cfg.l = ls[li];
      if (mulerr_method_prepare(M("lmul-eq1"), &cfg) != MULERR_OK) {
        ok(0, "lmul-eq1 prepares on %s: %s", f->name, mulerr_errmsg());
        continue;
      }
      c.v = vals, c.l = cfg.l;
      snprintf(label, sizeof label, "lmul-eq1 %s l=%d", f->name, cfg.l);
      all_pairs(label, M("lmul-eq1"), &cfg, vals, nv, eq1_want, &c);
    }
  }
  free(vals);
  { /* by hand, k = 3, l = 3: 1.5 * 1.5: .5 + .5 + .125 = 1.125 >= 1: Equation 1 keeps
       (1 + 1.125) 2^0 = 2.125, where lmul carries: 2 * 1.125 = 2.25 */
    mulerr_method_cfg cfg = base_cfg("fp32");
    double x = 1.5, out, out_lmul;
    cfg.k = 3, cfg.l = 3;
    mulerr_method_prepare(M("lmul-eq1"), &cfg);
    M("lmul-eq1")->mul(&cfg, 1, &x, &x, &out);
    M("lmul")->mul(&cfg, 1, &x, &x, &out_lmul);
    ok(out == 2.125 && out_lmul == 2.25, "lmul-eq1 1.5 * 1.5 = 2.125 (lmul: 2.25), got %g, %g", out,
       out_lmul);
  }
}

/* ---------------------------------------------------------------------- lns */

/* n = the integer nearest to 2^f log2|x| (300-bit MPFR; ties cannot occur), and a check that
 * the 300-bit value is far enough from a half-integer for that rounding to be certain. */
static long lns_code_oracle(double x, int f, int *certain) {
  mpfr_t t, r, d;
  long n;
  mpfr_inits2(300, t, r, d, (mpfr_ptr)0);
  mpfr_set_d(t, fabs(x), MPFR_RNDN);
  mpfr_log2(t, t, MPFR_RNDN);
  mpfr_mul_2si(t, t, f, MPFR_RNDN);
  mpfr_rint(r, t, MPFR_RNDN);
  mpfr_sub(d, t, r, MPFR_RNDN);
  mpfr_abs(d, d, MPFR_RNDN);
  mpfr_ui_sub(d, 1, d, MPFR_RNDN);
  mpfr_mul_2si(d, d, 1, MPFR_RNDN); /* 1 - 2|t - r| must not be tiny */
  *certain = mpfr_zero_p(d) == 0 && mpfr_get_exp(d) > -250;
  n = mpfr_get_si(r, MPFR_RNDN);
  mpfr_clears(t, r, d, (mpfr_ptr)0);
  return n;
}

/* RN(2^(s / 2^f)) by MPFR's correctly rounded exp2. */
static double exp2_rn(long s, int f) {
  mpfr_t u, v;
  double out;
  mpfr_init2(u, 128);
  mpfr_init2(v, 53);
  mpfr_set_si_2exp(u, s, -f, MPFR_RNDN);
  mpfr_exp2(v, u, MPFR_RNDN);
  out = mpfr_get_d(v, MPFR_RNDN);
  mpfr_clears(u, v, (mpfr_ptr)0);
  return out;
}

typedef struct lns_ctx {
  const double *v;
  long *code; /* per value, saturated */
  int f;
  long nmin, nmax;
  int saturate;      /* --lns-saturate: a product's log below nmin is clamped, else zero */
  double *pow_cache; /* indexed by s - nmin */
} lns_ctx;
static double lns_want(void *vctx, size_t i, size_t j) {
  lns_ctx *c = vctx;
  double x = c->v[i], y = c->v[j], r;
  int neg = signbit(x) != signbit(y);
  long s;
  if (x == 0 || y == 0) return neg ? -0.0 : 0.0;
  s = c->code[i] + c->code[j];
  if (s < c->nmin && !c->saturate) return neg ? -0.0 : 0.0; /* underflow */
  s = s < c->nmin ? c->nmin : s > c->nmax ? c->nmax : s;
  if (c->pow_cache[s - c->nmin] == 0) c->pow_cache[s - c->nmin] = exp2_rn(s, c->f);
  r = c->pow_cache[s - c->nmin];
  return neg ? -r : r;
}

static void test_lns_exhaustive(void) {
  static const int cfgs[][3] = {{5, 3, 0}, {3, 1, 0}, {4, 6, 0}, {8, 16, 0}, {3, 1, 1}, {4, 6, 1}};
  const mulerr_format *fm[32];
  size_t nf = small_formats(fm), i, ci;
  double *vals = malloc(65536 * sizeof *vals);
  long *code = malloc(65536 * sizeof *code);
  for (ci = 0; ci < sizeof cfgs / sizeof cfgs[0]; ci++) {
    const int li = cfgs[ci][0], lf = cfgs[ci][1];
    lns_ctx c;
    c.f = lf;
    c.saturate = cfgs[ci][2];
    c.nmax = (1L << (li - 1 + lf)) - 1; /* L in [-2^(i-1), 2^(i-1) - 2^-f] */
    c.nmin = -(1L << (li - 1 + lf));
    c.pow_cache = calloc((size_t)(c.nmax - c.nmin + 1), sizeof(double));
    for (i = 0; i < nf; i++) {
      mulerr_method_cfg cfg = base_cfg(fm[i]->name);
      size_t nv = finite_values(fm[i], vals), j;
      int certain_all = 1;
      char label[96];
      cfg.lns_int = li, cfg.lns_frac = lf, cfg.lns_saturate = c.saturate;
      if (mulerr_method_prepare(M("lns"), &cfg) != MULERR_OK) {
        ok(0, "lns prepares: %s", mulerr_errmsg());
        continue;
      }
      for (j = 0; j < nv; j++) {
        int certain = 1;
        long n = vals[j] == 0 ? 0 : lns_code_oracle(vals[j], lf, &certain);
        certain_all &= certain;
        code[j] = n < c.nmin ? c.nmin : n > c.nmax ? c.nmax : n;
      }
      if (!certain_all) diag("lns oracle: a log within 2^-250 of a rounding boundary on %s", fm[i]->name);
      c.v = vals, c.code = code;
      snprintf(label, sizeof label, "lns int=%d frac=%d%s on %s", li, lf, c.saturate ? " saturating" : "", fm[i]->name);
      all_pairs(label, M("lns"), &cfg, vals, nv, lns_want, &c);
    }
    free(c.pow_cache);
  }
  free(vals);
  free(code);
}

static double lns1s(int i, int f, int saturate, double x, double y) {
  mulerr_method_cfg cfg = base_cfg("fp32");
  double out;
  cfg.lns_int = i, cfg.lns_frac = f, cfg.lns_saturate = saturate;
  if (mulerr_method_prepare(M("lns"), &cfg) != MULERR_OK) return NAN;
  M("lns")->mul(&cfg, 1, &x, &y, &out);
  return out;
}
static double lns1(int i, int f, double x, double y) { return lns1s(i, f, 0, x, y); }

static void test_lns_hand(void) {
  double v;
  mulerr_method_cfg cfg = base_cfg("fp32");
  ok(mulerr_method_prepare(M("lns"), &cfg) == MULERR_OK && cfg.lns_int == 5 && cfg.lns_frac == 3 &&
         !strcmp(cfg.params, "int=5,frac=3,underflow=zero") && cfg.rounding == MULERR_RNE,
     "lns defaults: int 5, frac 3, rne, params 'int=5,frac=3,underflow=zero' (got '%s')", cfg.params);
  /* f = 3: log2 2 = 1 -> 8/8; log2 3 = 1.58496... -> 12.68/8 -> 13/8 = 1.625; the product's
     log is 1 + 1.625 = 2.625, and 2^2.625 = 6.16884... (RN by MPFR's exp2 of 21/8) */
  v = lns1(5, 3, 2, 3);
  ok(v == exp2_rn(21, 3) && fabs(v - 6.1688433016) < 1e-9, "lns 5.3: 2 * 3 = RN(2^2.625) = %.17g", v);
  /* 3 * 3: 13/8 + 13/8 = 26/8 = 3.25: 2^3.25 = 9.5136...; sign by XOR */
  v = lns1(5, 3, -3, 3);
  ok(v == -exp2_rn(26, 3) && fabs(v + 9.5136569200) < 1e-9, "lns 5.3: -3 * 3 = -RN(2^3.25) = %.17g", v);
  /* powers of two are exact: 8 * 2^-5 = 2^-2 */
  ok(lns1(5, 3, 8, 0x1p-5) == 0.25, "lns 5.3: 8 * 2^-5 = 0.25 exactly");
  /* saturation, int = 2, frac = 3: L in [-2, 1.875].  4 -> log 2 saturates to 1.875; the
     product's log 3.75 saturates to 1.875: 2^1.875 */
  ok(lns1(2, 3, 4, 4) == exp2_rn(15, 3), "lns 2.3: 4 * 4 saturates to 2^1.875");
  /* 0.01 -> log -6.64 saturates to -2 (not to zero): 2^-2 * 1 = 0.25; 2^-2 * 2^-2 -> -4 -> -2 */
  ok(lns1(2, 3, 0.01, 1) == 0.25, "lns 2.3: 0.01 * 1 = 0.25 (operand log saturates at -2)");
  /* the product's log below the range: zero by default (an underflow), clamped with
     --lns-saturate */
  ok(same(lns1(2, 3, 0.25, 0.25), 0.0) && same(lns1(2, 3, -0.25, 0.25), -0.0),
     "lns 2.3: 0.25 * 0.25 = 0 (product log -4 below -2: underflow to zero, signed)");
  ok(lns1s(2, 3, 1, 0.25, 0.25) == 0.25, "lns 2.3 --lns-saturate: 0.25 * 0.25 = 0.25 (product log clamped at -2)");
  ok(lns1(2, 3, 0.5, 0.5) == 0.25 && lns1(5, 3, 0x1p-8, 0x1p-8) == 0x1p-16 && same(lns1(5, 3, 0x1p-8, 0x1.1p-9), 0.0),
     "lns: a product log exactly at the bottom of the range is kept (0.5 * 0.5 = 0.25 in 2.3, 2^-8 * 2^-8 = 2^-16 in 5.3), "
     "one step below underflows");
  {
    mulerr_method_cfg c2 = base_cfg("fp32");
    c2.lns_saturate = 1;
    ok(mulerr_method_prepare(M("lns"), &c2) == MULERR_OK && !strcmp(c2.params, "int=5,frac=3,underflow=saturate"),
       "--lns-saturate is part of the point's identity (params '%s')", c2.params);
  }
  /* zero is a flag: zero times anything is zero, signed by XOR */
  ok(same(lns1(5, 3, 0, 5), 0.0) && same(lns1(5, 3, -0.0, 5), -0.0) && same(lns1(5, 3, 0, -5), -0.0) &&
         same(lns1(5, 3, 1e30, 0), 0.0),
     "lns: zero times anything is zero (sign by XOR)");
  { /* doubles adjacent to a rounding threshold t_j = 2^((2j+1)/2^(f+1)): d = t_j rounded down
       to 53 bits is below t_j, so its log rounds to j/2^f; the next double up is above t_j
       and rounds to (j+1)/2^f.  x * 1 returns RN(2^(n/2^f)) with the code n of x. */
    static const int fs[] = {3, 10};
    mpfr_t u, t;
    size_t fi;
    int bad_n = 0, checked = 0;
    mpfr_init2(u, 128);
    mpfr_init2(t, 53);
    for (fi = 0; fi < 2; fi++) {
      const int f = fs[fi];
      long j;
      for (j = 0; j < (1L << f); j += f == 3 ? 1 : 37) {
        double lo, hi;
        int c1, c2;
        mpfr_set_si_2exp(u, 2 * j + 1, -(f + 1), MPFR_RNDN);
        mpfr_exp2(t, u, MPFR_RNDD);
        lo = mpfr_get_d(t, MPFR_RNDN);
        hi = nextafter(lo, 2);
        if (lns1(5, f, lo, 1) != exp2_rn(lns_code_oracle(lo, f, &c1), f) || lns_code_oracle(lo, f, &c1) != j ||
            lns1(5, f, hi, 1) != exp2_rn(lns_code_oracle(hi, f, &c2), f) || lns_code_oracle(hi, f, &c2) != j + 1 ||
            !c1 || !c2)
          bad_n++;
        checked++;
      }
    }
    mpfr_clears(u, t, (mpfr_ptr)0);
    ok(bad_n == 0, "lns: the doubles on either side of %d rounding thresholds (f = 3, 10) get "
       "codes j and j + 1", checked);
  }
  { /* the largest table, f = 20: 3 * 3 against MPFR, and how long the tables take */
    clock_t t0 = clock();
    int certain;
    long n = lns_code_oracle(3, 20, &certain);
    v = lns1(10, 20, 3, 3);
    ok(certain && v == exp2_rn(2 * n, 20), "lns 10.20: 3 * 3 = RN(2^(2 round(2^20 log2 3) / 2^20))");
    diag("lns frac=20 tables and one product: %.2f s", (double)(clock() - t0) / CLOCKS_PER_SEC);
  }
}

/* ------------------------------------------------------------ float --out-format */

/* A format's nonnegative finite values in increasing order, with their encodings. */
typedef struct valset { size_t n; double *v; uint64_t *pat; } valset;
static valset positive_values(const mulerr_format *f) {
  valset s;
  uint64_t i, nenc = (uint64_t)1 << (f->ebits + f->mbits); /* sign bit clear */
  s.v = malloc(nenc * sizeof *s.v);
  s.pat = malloc(nenc * sizeof *s.pat);
  s.n = 0;
  for (i = 0; i < nenc; i++) { /* magnitude patterns increase with the value */
    double v = mulerr_format_decode(f, i);
    if (isfinite(v)) s.v[s.n] = v, s.pat[s.n++] = i;
  }
  return s;
}

/* Round the exact p into out format o by the definition: the nearest value of o, ties to the
 * one with the even encoding; beyond the largest finite value max: a format with infinities
 * rounds as if its exponent were unbounded and gives Inf when that exceeds max; one without
 * saturates to max.  A zero keeps p's sign, except in a format with no negative zero. */
static double round_out(const mulerr_format *o, const valset *s, mpfr_srcptr p) {
  int neg = mpfr_signbit(p) != 0;
  size_t lo = 0, hi = s->n - 1;
  double r;
  mpfr_t a, mid;
  mpfr_inits2(256, a, mid, (mpfr_ptr)0);
  mpfr_abs(a, p, MPFR_RNDN);
  if (mpfr_cmp_d(a, s->v[s->n - 1]) > 0) { /* above max */
    if (o->flags & MULERR_FMT_INF) {
      /* the next value would be max + 2^(emax - mbits) */
      mpfr_set_d(mid, s->v[s->n - 1], MPFR_RNDN);
      mpfr_set_ui_2exp(a, 1, mulerr_format_emax(o) - o->mbits - 1, MPFR_RNDN);
      mpfr_add(mid, mid, a, MPFR_RNDN); /* the midpoint */
      mpfr_abs(a, p, MPFR_RNDN);
      {
        int c = mpfr_cmp(a, mid);
        r = c < 0 || (c == 0 && (s->pat[s->n - 1] & 1) == 0) ? s->v[s->n - 1] : INFINITY;
      }
    } else
      r = s->v[s->n - 1];
  } else {
    while (hi - lo > 1) { /* s->v[lo] <= a <= s->v[hi] */
      size_t m = lo + (hi - lo) / 2;
      if (mpfr_cmp_d(a, s->v[m]) >= 0) lo = m;
      else hi = m;
    }
    if (mpfr_cmp_d(a, s->v[lo]) == 0) r = s->v[lo];
    else if (mpfr_cmp_d(a, s->v[hi]) == 0) r = s->v[hi];
    else {
      int c;
      mpfr_set_d(mid, s->v[lo], MPFR_RNDN);
      mpfr_add_d(mid, mid, s->v[hi], MPFR_RNDN);
      mpfr_div_2ui(mid, mid, 1, MPFR_RNDN);
      c = mpfr_cmp(a, mid);
      r = c < 0 ? s->v[lo] : c > 0 ? s->v[hi] : (s->pat[lo] & 1) == 0 ? s->v[lo] : s->v[hi];
    }
  }
  mpfr_clears(a, mid, (mpfr_ptr)0);
  if (r == 0 && o->flags & MULERR_FMT_NAN_UZ) return 0.0;
  return neg ? -r : r;
}

/* x cut to k mantissa bits by truncation in a layout with smallest normal exponent emin. */
static double cut_trunc(double x, int k, int emin) {
  int e;
  if (x == 0) return x;
  frexp(x, &e); /* |x| in [2^(e-1), 2^e) */
  e = (e - 1 < emin ? emin : e - 1) - k; /* the quantum 2^e */
  return ldexp(trunc(ldexp(x, -e)), e);
}

typedef struct out_ctx {
  const double *v;
  const mulerr_format *o, *src;
  const valset *s;
  int k; /* k < src->mbits: operands cut by truncation first */
} out_ctx;
static double out_want(void *vctx, size_t i, size_t j) {
  out_ctx *c = vctx;
  double x = c->v[i], y = c->v[j], r;
  mpfr_t p, t;
  if (c->k < c->src->mbits) {
    x = cut_trunc(x, c->k, mulerr_format_emin(c->src));
    y = cut_trunc(y, c->k, mulerr_format_emin(c->src));
  }
  mpfr_inits2(200, p, t, (mpfr_ptr)0);
  mpfr_set_d(p, x, MPFR_RNDN);
  mpfr_set_d(t, y, MPFR_RNDN);
  mpfr_mul(p, p, t, MPFR_RNDN); /* exact */
  r = round_out(c->o, c->s, p);
  mpfr_clears(p, t, (mpfr_ptr)0);
  return r;
}

static void test_float_out(void) {
  static const char *const outs[] = {"e4m3fn", "e5m2", "e2m1fn", "e5m2fnuz", "bf16"};
  const mulerr_format *fm[32];
  size_t nf = small_formats(fm), i, oi;
  double *vals = malloc(65536 * sizeof *vals);
  for (oi = 0; oi < sizeof outs / sizeof outs[0]; oi++) {
    const mulerr_format *o = F(outs[oi]);
    valset s = positive_values(o);
    for (i = 0; i < nf; i++) {
      mulerr_method_cfg cfg = base_cfg(fm[i]->name);
      out_ctx c;
      char label[96];
      size_t nv;
      if (fm[i]->mbits < 1 || fm[i]->flags & MULERR_FMT_UNSIGNED) continue;
      cfg.out_format = o;
      if (mulerr_method_prepare(M("float"), &cfg) != MULERR_OK) {
        ok(0, "float prepares with out format %s: %s", o->name, mulerr_errmsg());
        continue;
      }
      nv = finite_values(fm[i], vals);
      c.v = vals, c.o = o, c.src = fm[i], c.s = &s, c.k = cfg.k;
      snprintf(label, sizeof label, "float %s --out-format %s", fm[i]->name, o->name);
      all_pairs(label, M("float"), &cfg, vals, nv, out_want, &c);
    }
    free(s.v);
    free(s.pat);
  }
  { /* operands cut by truncation, product still rounded to nearest even */
    static const char *const cases[][2] = {{"e4m3", "e2m1fn"}, {"e5m2", "e4m3fn"}, {"e3m4", "e3m2fn"}};
    size_t ci;
    for (ci = 0; ci < 3; ci++) {
      mulerr_method_cfg cfg = base_cfg(cases[ci][0]);
      valset s = positive_values(F(cases[ci][1]));
      out_ctx c;
      char label[96];
      size_t nv = finite_values(F(cases[ci][0]), vals);
      cfg.k = cfg.source->mbits - 1;
      cfg.rounding = MULERR_RTZ;
      cfg.out_format = F(cases[ci][1]);
      mulerr_method_prepare(M("float"), &cfg);
      c.v = vals, c.o = cfg.out_format, c.src = cfg.source, c.s = &s, c.k = cfg.k;
      snprintf(label, sizeof label, "float %s k=%d trunc --out-format %s", cases[ci][0], cfg.k,
               cases[ci][1]);
      all_pairs(label, M("float"), &cfg, vals, nv, out_want, &c);
      free(s.v);
      free(s.pat);
    }
  }
  free(vals);
  { /* by hand: fp32 k = 3 truncation, out e2m1fn (values 1, 1.5, 2 near here): 1.75 * 1 =
       1.75 is the midpoint of 1.5 (mantissa 1, odd) and 2 (mantissa 0, even): RNE gives 2,
       where truncation would give 1.5 */
    mulerr_method_cfg cfg = base_cfg("fp32");
    double x = 1.75, y = 1.0, out;
    cfg.k = 3, cfg.rounding = MULERR_RTZ, cfg.out_format = F("e2m1fn");
    ok(mulerr_method_prepare(M("float"), &cfg) == MULERR_OK &&
           !strcmp(cfg.params, "out=e2m1fn,out_rounding=rne"),
       "float --out-format e2m1fn: params 'out=e2m1fn,out_rounding=rne' (got '%s')", cfg.params);
    M("float")->mul(&cfg, 1, &x, &y, &out);
    ok(out == 2.0, "float trunc operands, out e2m1fn: 1.75 * 1 rounds to nearest even, 2 (got %g)", out);
    x = 300, y = 300; /* 90000 > e5m2's max 57344: e5m2 overflows to Inf, e4m3fn saturates */
    cfg.out_format = F("e5m2");
    mulerr_method_prepare(M("float"), &cfg);
    M("float")->mul(&cfg, 1, &x, &y, &out);
    ok(isinf(out) && out > 0, "float out e5m2: 288 * 288 (operands cut to k=3) overflows to +Inf");
    cfg.out_format = F("e4m3fn");
    mulerr_method_prepare(M("float"), &cfg);
    M("float")->mul(&cfg, 1, &x, &y, &out);
    ok(out == 448, "float out e4m3fn: 288 * 288 saturates to 448 (got %g)", out);
    cfg.out_format = NULL;
    mulerr_method_prepare(M("float"), &cfg);
    ok(cfg.params[0] == 0, "float without --out-format has empty params (earlier points' keys)");
  }
}

/* ------------------------------------------------------------------ lmul-gpu */

static double gpu1(const char *source, int k, int l, double x, double y) {
  mulerr_method_cfg cfg = base_cfg(source);
  double out;
  cfg.k = k, cfg.l = l;
  if (mulerr_method_prepare(M("lmul-gpu"), &cfg) != MULERR_OK) return -999;
  M("lmul-gpu")->mul(&cfg, 1, &x, &y, &out);
  return out;
}

static void test_lmul_gpu(void) {
  double v;
  /* e4m3 (IEEE-style: bias 7, k = 3, 7 magnitude bits), l = 3: C = 7*8 - 2^0 = 55.
     Patterns P = E*8 + M. */
  /* 1.5 = 1.100b 2^0: E = 7, M = 4, P = 60.  60 + 60 - 55 = 65 = E 8, M 1: 2 * 1.125 */
  ok(gpu1("e4m3", 3, 3, 1.5, 1.5) == 2.25, "lmul-gpu e4m3: 1.5 * 1.5 = 2.25 (as lmul)");
  ok(gpu1("e4m3", 3, 3, -1.5, 1.5) == -2.25, "lmul-gpu e4m3: -1.5 * 1.5 = -2.25 (sign XOR)");
  /* zero: P = 0.  0 + 60 - 55 = 5 = E 0, M 5: subnormal 5 * 2^(1-7-3) = 5/512 */
  ok(gpu1("e4m3", 3, 3, 0, 1.5) == 5.0 / 512, "lmul-gpu e4m3: 0 * 1.5 = 5/512 (no zero guard)");
  /* 0 + 0 - 55 = -55 = 73 mod 128 = E 9, M 1: 4 * 1.125 = 4.5 */
  ok(gpu1("e4m3", 3, 3, 0, 0) == 4.5, "lmul-gpu e4m3: 0 * 0 = 4.5");
  /* underflow wraps: 2^-6 = E 1, M 0, P = 8.  8 + 8 - 55 = -39 = 89 mod 128 = E 11, M 1:
     2^4 * 1.125 = 18 (the exact product is 2^-12) */
  ok(gpu1("e4m3", 3, 3, 0x1p-6, 0x1p-6) == 18, "lmul-gpu e4m3: 2^-6 * 2^-6 wraps to 18");
  /* overflow wraps: 240 = E 14, M 7, P = 119.  238 - 55 = 183 = 55 mod 128 = E 6, M 7:
     2^-1 * 1.875 = 0.9375 */
  ok(gpu1("e4m3", 3, 3, 240, 240) == 0.9375, "lmul-gpu e4m3: 240 * 240 wraps to 0.9375");
  /* into the Inf/NaN encodings: 16 = E 11, M 0 (P 88); 15 = E 10, M 7 (P 87): 88 + 87 - 55 =
     120 = E 15, M 0: +Inf.  16 * 16: 121 = E 15, M 1: NaN */
  v = gpu1("e4m3", 3, 3, 16, 15);
  ok(isinf(v) && v > 0, "lmul-gpu e4m3: 16 * 15 gives the Inf pattern");
  ok(isnan(gpu1("e4m3", 3, 3, 16, 16)), "lmul-gpu e4m3: 16 * 16 gives a NaN pattern");
  /* a subnormal is added as stored: 2^-8 = E 0, M 2 (P 2); 1 = P 56: 2 + 56 - 55 = 3: 3/512.
     lmul renormalises 2^-8 = 1.0 2^-8 and gives 1.125 2^-8 */
  ok(gpu1("e4m3", 3, 3, 0x1p-8, 1) == 3.0 / 512, "lmul-gpu e4m3: subnormal 2^-8 * 1 = 3/512");
  /* fp32, k = 23, l = 4: C = 127 * 2^23 - 2^19 = 0x3F780000.  1 * 1: 0x3F800000 * 2 - C =
     0x3F880000 = 1.0625; 0 * 1: 0x00080000 = 2^19 2^-149 = 2^-130; 0 * 0: -C mod 2^31 =
     0x40880000 = 2^2 * 1.0625 = 4.25 */
  ok(gpu1("fp32", 23, 4, 1, 1) == 1.0625, "lmul-gpu fp32 l=4: 1 * 1 = 1.0625");
  ok(gpu1("fp32", 23, 4, 0, 1) == 0x1p-130, "lmul-gpu fp32 l=4: 0 * 1 = 2^-130");
  ok(gpu1("fp32", 23, 4, 0, 0) == 4.25, "lmul-gpu fp32 l=4: 0 * 0 = 4.25");
  ok(same(gpu1("fp32", 23, 4, -0.0, 0), -4.25), "lmul-gpu fp32 l=4: -0 * 0 = -4.25 (sign XOR)");
  { /* where nothing wraps it equals lmul: every pair of normal e4m3 values whose lmul product
       is a normal e4m3 value */
    const mulerr_format *f = F("e4m3");
    double vals[256], a[256], out[256], ref[256];
    size_t nv = finite_values(f, vals), i, j, bad = 0, n = 0;
    mulerr_method_cfg cg = base_cfg("e4m3"), cl = base_cfg("e4m3");
    mulerr_method_prepare(M("lmul-gpu"), &cg);
    mulerr_method_prepare(M("lmul"), &cl);
    for (i = 0; i < nv; i++) {
      if (fabs(vals[i]) < 0x1p-6) continue;
      for (j = 0; j < nv; j++) a[j] = vals[i];
      M("lmul-gpu")->mul(&cg, nv, a, vals, out);
      M("lmul")->mul(&cl, nv, a, vals, ref);
      for (j = 0; j < nv; j++)
        if (fabs(vals[j]) >= 0x1p-6 && fabs(ref[j]) >= 0x1p-6 && fabs(ref[j]) <= 240) {
          n++;
          if (!same(out[j], ref[j])) bad++;
        }
    }
    ok(bad == 0 && n > 10000, "lmul-gpu == lmul on the %zu e4m3 pairs that neither wrap nor "
       "involve zero or subnormals", n);
  }
}

/* ------------------------------------------------------------------------ int */

static mulerr_status int_run(int bits, int block, size_t n, const double *a, const double *b,
                             double *out) {
  mulerr_method_cfg cfg = base_cfg("fp32");
  mulerr_status st;
  cfg.bits = bits, cfg.block = block;
  if ((st = mulerr_method_prepare(M("int"), &cfg)) != MULERR_OK) return st;
  M("int")->mul(&cfg, n, a, b, out);
  return MULERR_OK;
}

/* Exact rational oracle: q = RNE(x Q / amax) with mpq, product q_a q_b amax_a amax_b / Q^2
 * rounded once to double by mpfr_set_q (on 53 bits) then mpfr_get_d. */
static void int_oracle(int bits, size_t blk, size_t n, const double *a, const double *b, double *out) {
  const long Q = (1L << (bits - 1)) - 1;
  size_t lo, i, side;
  mpq_t amax[2], r, t;
  mpz_t q, rem, den2;
  mpfr_t f;
  mpq_inits(amax[0], amax[1], r, t, (mpq_ptr)0);
  mpz_inits(q, rem, den2, (mpz_ptr)0);
  mpfr_init2(f, 53);
  for (lo = 0; lo < n; lo += blk) {
    size_t hi = lo + blk < n ? lo + blk : n;
    for (side = 0; side < 2; side++) {
      const double *v = side ? b : a;
      double m = 0;
      for (i = lo; i < hi; i++) m = fabs(v[i]) > m ? fabs(v[i]) : m;
      mpq_set_d(amax[side], m);
    }
    for (i = lo; i < hi; i++) {
      long qq[2];
      for (side = 0; side < 2; side++) {
        const double x = side ? b[i] : a[i];
        if (mpq_sgn(amax[side]) == 0) { qq[side] = 0; continue; }
        mpq_set_d(r, fabs(x));
        mpq_set_si(t, Q, 1);
        mpq_mul(r, r, t);
        mpq_div(r, r, amax[side]); /* |x| Q / amax */
        mpz_fdiv_qr(q, rem, mpq_numref(r), mpq_denref(r));
        mpz_mul_2exp(rem, rem, 1); /* compare 2 rem with the denominator */
        {
          int c = mpz_cmp(rem, mpq_denref(r));
          if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
        }
        qq[side] = mpz_get_si(q) * (x < 0 ? -1 : 1);
      }
      if (qq[0] == 0 || qq[1] == 0) {
        out[i] = signbit(a[i]) != signbit(b[i]) ? -0.0 : 0.0;
        continue;
      }
      mpq_mul(r, amax[0], amax[1]);
      mpq_set_si(t, qq[0] * qq[1], (unsigned long)(Q * Q));
      mpq_canonicalize(t);
      mpq_mul(r, r, t);
      mpfr_set_q(f, r, MPFR_RNDN); /* one rounding, to 53 bits (normal range here) */
      out[i] = mpfr_get_d(f, MPFR_RNDN);
    }
  }
  mpq_clears(amax[0], amax[1], r, t, (mpq_ptr)0);
  mpz_clears(q, rem, den2, (mpz_ptr)0);
  mpfr_clear(f);
}

static void test_int(void) {
  double out[8], want[8];
  size_t i;
  {
    mulerr_method_cfg cfg = base_cfg("fp32");
    ok(mulerr_method_prepare(M("int"), &cfg) == MULERR_OK && cfg.bits == 8 && cfg.block == 0 &&
           !strcmp(cfg.params, "bits=8,scale=tensor"),
       "int defaults: bits 8, per tensor, params 'bits=8,scale=tensor' (got '%s')", cfg.params);
  }
  { /* all zeros: every product zero */
    static const double a[4] = {0, 0, -0.0, 0}, b[4] = {1, 2, 3, 4};
    int_run(8, 0, 4, a, b, out);
    ok(same(out[0], 0.0) && same(out[2], -0.0) && out[1] == 0 && out[3] == 0,
       "int: an all-zero block gives zero products");
  }
  { /* INT8 per tensor, amax 1, scale 1/127: q(1) = 127 (the max: value 1 exactly),
       q(0.5) = RNE(63.5) = 64 (tie to even), q(-0.25) = RNE(-31.75) = -32, q(0.3) =
       RNE(38.1) = 38.  b = all ones quantises to exactly 1, so the products are q/127,
       correctly rounded: IEEE division gives exactly that */
    static const double a[4] = {1, 0.5, -0.25, 0.3}, b[4] = {1, 1, 1, 1};
    int_run(8, 0, 4, a, b, out);
    ok(out[0] == 1 && out[1] == 64.0 / 127 && out[2] == -32.0 / 127 && out[3] == 38.0 / 127,
       "int8: 1, 0.5, -0.25, 0.3 -> 127, 64, -32, 38 (/127), products correctly rounded");
  }
  { /* INT4 (Q = 7), amax 7, scale 1: ties to even: 3.5 -> 4, 2.5 -> 2, 1.5 -> 2, -0.5 -> 0,
       0.5 -> 0, 6.5 -> 6, 5.5 -> 6; b all 7 -> 7 */
    static const double a[8] = {7, 3.5, 2.5, 1.5, -0.5, 0.5, 6.5, 5.5}, b[8] = {7, 7, 7, 7, 7, 7, 7, 7};
    static const double w[8] = {49, 28, 14, 14, -0.0, 0, 42, 42};
    int bad = 0;
    int_run(4, 0, 8, a, b, out);
    for (i = 0; i < 8; i++) bad += !same(out[i], w[i]);
    ok(bad == 0, "int4: ties round to even (3.5 -> 4, 2.5 -> 2, 1.5 -> 2, +-0.5 -> 0, 6.5, 5.5 -> 6)");
  }
  { /* one outlier, per tensor vs per block of 2: a = {100, 1 | 1, 1}, b = ones.
       Per tensor: scale 100/127, q(1) = RNE(1.27) = 1, value 100/127.
       Per block: the second block has amax 1, q = 127, value 1. */
    static const double a[4] = {100, 1, 1, 1}, b[4] = {1, 1, 1, 1};
    int_run(8, 0, 4, a, b, out);
    ok(out[0] == 100 && out[1] == 100.0 / 127 && out[2] == 100.0 / 127,
       "int8 per tensor: the outlier 100 makes 1 -> 100/127");
    int_run(8, 2, 4, a, b, out);
    ok(out[0] == 100 && out[1] == 100.0 / 127 && out[2] == 1 && out[3] == 1,
       "int8 per block of 2: the second block keeps 1 exactly");
  }
  { /* both operands scaled: a = {3, 1}, b = {5, 2} per tensor INT8: q_a = {127, RNE(42.33)
       = 42}, q_b = {127, RNE(50.8) = 51}; products q_a q_b 3 * 5 / 127^2: 15 exactly,
       and RN(42 * 51 * 15 / 16129) */
    static const double a[2] = {3, 1}, b[2] = {5, 2};
    int_run(8, 0, 2, a, b, out);
    int_oracle(8, 2, 2, a, b, want);
    ok(out[0] == 15 && out[1] == want[1] && fabs(out[1] - 42.0 * 51 * 15 / 16129) < 1e-15,
       "int8: {3, 1} * {5, 2} = {15, RN(32130/16129)} (got %.17g)", out[1]);
  }
  { /* a pseudo-random tensor against the exact rational oracle, several bits and blocks */
    enum { N = 4096 };
    static double a[N], b[N], got[N], ref[N];
    static const int bs[][2] = {{8, 0}, {8, 32}, {4, 0}, {4, 64}, {2, 16}, {16, 0}, {12, 1}};
    uint64_t st = 12345;
    size_t ci;
    for (i = 0; i < N; i++) { /* values with 24-bit mantissas over a wide range */
      st = mulerr_mix64(st + i);
      a[i] = ldexp((double)(st >> 40), (int)(st % 40) - 44) * (st & 1 ? -1 : 1);
      st = mulerr_mix64(st);
      b[i] = ldexp((double)(st >> 40), (int)(st % 9) - 24) * (st & 2 ? -1 : 1);
    }
    a[7] = 0, b[9] = 0;
    for (ci = 0; ci < sizeof bs / sizeof bs[0]; ci++) {
      size_t bad = 0;
      int_run(bs[ci][0], bs[ci][1], N, a, b, got);
      int_oracle(bs[ci][0], bs[ci][1] ? (size_t)bs[ci][1] : N, N, a, b, ref);
      for (i = 0; i < N; i++)
        if (!same(got[i], ref[i]) && bad++ < 3) diag("int %d/%d: [%zu] %a * %a gave %a, want %a",
                                                     bs[ci][0], bs[ci][1], i, a[i], b[i], got[i], ref[i]);
      ok(bad == 0, "int bits=%d block=%d: %d pairs == exact rational evaluation (mpq), correctly rounded",
         bs[ci][0], bs[ci][1], N);
    }
  }
}

/* ------------------------------------------------------------------------- mx */

static mulerr_status mx_run(const char *elem, int bits, int block, mulerr_rounding r, size_t n,
                            const double *a, const double *b, double *out) {
  mulerr_method_cfg cfg = base_cfg("fp32");
  mulerr_status st;
  cfg.k = 1;
  cfg.format = elem ? F(elem) : NULL;
  cfg.bits = bits, cfg.block = block, cfg.rounding = r;
  if ((st = mulerr_method_prepare(M("mx"), &cfg)) != MULERR_OK) return st;
  M("mx")->mul(&cfg, n, a, b, out);
  return MULERR_OK;
}

static int all_same(const double *got, const double *want, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (!same(got[i], want[i])) {
      diag("  [%zu] got %a, want %a", i, got[i], want[i]);
      return 0;
    }
  return 1;
}

static void test_mx(void) {
  static const double ones[8] = {1, 1, 1, 1, 1, 1, 1, 1};
  double out[8];
  {
    mulerr_method_cfg cfg = base_cfg("fp32");
    cfg.k = 3;
    ok(mulerr_method_prepare(M("mx"), &cfg) == MULERR_OK && cfg.block == 32 && cfg.format == F("e4m3fn") &&
           cfg.rounding == MULERR_RNE && !strcmp(cfg.params, "elem=e4m3fn,block=32"),
       "mx defaults: block 32, element e4m3fn, rne, params 'elem=e4m3fn,block=32' (got '%s')", cfg.params);
  }
  /* (b = ones: amax 1, X = 2^(0 - emax), 1/X a power of two in range: b dequantises to 1) */
  { /* all zeros */
    static const double a[4] = {0, -0.0, 0, 0}, w[4] = {0, -0.0, 0, 0};
    mx_run("e4m3fn", 0, 4, MULERR_RNE, 4, a, ones, out);
    ok(all_same(out, w, 4), "mx e4m3fn: an all-zero block gives zeros");
  }
  { /* e4m3fn (emax 8, max 448, subnormals k 2^-9), block 4, one outlier: {1000, 1, 0.01, -3}:
       floor(log2 1000) = 9, X = 2^(9-8) = 2, scaled {500, 0.5, 0.005, -1.5}: 500 clamps to
       448; 0.005 = 2.56 2^-9 rounds to the subnormal 3 2^-9; dequantised {896, 1,
       0.01171875, -3} */
    static const double a[4] = {1000, 1, 0.01, -3}, w[4] = {896, 1, 0.01171875, -3};
    mx_run("e4m3fn", 0, 4, MULERR_RNE, 4, a, ones, out);
    ok(all_same(out, w, 4), "mx e4m3fn: outlier 1000 -> 896 (clamped to 448 X), 0.01 -> subnormal 3 2^-9 X");
  }
  { /* values at the element max: amax 448 -> X = 1, 448 stays; 480 (X = 1 too) saturates */
    static const double a[4] = {448, 224, 1, 0}, w[4] = {448, 224, 1, 0};
    static const double a2[4] = {480, -480, 464, 1}, w2[4] = {448, -448, 448, 1};
    mx_run("e4m3fn", 0, 4, MULERR_RNE, 4, a, ones, out);
    ok(all_same(out, w, 4), "mx e4m3fn: 448 (the element max at X = 1) is kept");
    mx_run("e4m3fn", 0, 4, MULERR_RNE, 4, a2, ones, out);
    ok(all_same(out, w2, 4), "mx e4m3fn: 480 and 464 saturate to 448");
  }
  { /* e5m2 (emax 15, max 57344, has Inf): {62000, 1, 1, 1}: floor(log2 62000) = 15, X = 1:
       62000 is past the midpoint 61440 of 57344 and 65536, so it rounds to 65536, which is
       Inf in e5m2; clamped to 57344 */
    static const double a[4] = {62000, 1, 1, 1}, w[4] = {57344, 1, 1, 1};
    mx_run("e5m2", 0, 4, MULERR_RNE, 4, a, ones, out);
    ok(all_same(out, w, 4), "mx e5m2: 62000 -> 57344 (clamped, not Inf)");
  }
  { /* ties, e2m1fn (values 0 .5 1 1.5 2 3 4 6; emax 2): {5, 2.5, 0.25, -5}: floor(log2 5) =
       2, X = 1.  RNE: 5 -> 4 (M even), 2.5 -> 2, 0.25 -> 0, -5 -> -4.  Ties away: 6, 3, 0.5, -6 */
    static const double a[4] = {5, 2.5, 0.25, -5}, wr[4] = {4, 2, 0, -4}, wa[4] = {6, 3, 0.5, -6};
    mx_run("e2m1fn", 0, 4, MULERR_RNE, 4, a, ones, out);
    ok(all_same(out, wr, 4), "mx e2m1fn rne: 5, 2.5, 0.25, -5 -> 4, 2, 0, -4");
    mx_run("e2m1fn", 0, 4, MULERR_RNA, 4, a, ones, out);
    ok(all_same(out, wa, 4), "mx e2m1fn --rounding away: 5, 2.5, 0.25, -5 -> 6, 3, 0.5, -6");
  }
  { /* per-block scale: {1000, 1, 1, 1, 0.01 x4}.  Block 8: X = 2 for all, 0.01 -> 3 2^-9 X =
       0.01171875.  Block 4: the second block has amax 0.01, floor(log2 0.01) = -7, X = 2^-15,
       0.01 / X = 327.68 -> 320 (e4m3fn spacing 32 there): 320 2^-15 = 0.009765625 */
    static const double a[8] = {1000, 1, 1, 1, 0.01, 0.01, 0.01, 0.01};
    mx_run("e4m3fn", 0, 8, MULERR_RNE, 8, a, ones, out);
    ok(out[0] == 896 && out[4] == 0.01171875 && out[7] == 0.01171875, "mx e4m3fn block 8: one scale");
    mx_run("e4m3fn", 0, 4, MULERR_RNE, 8, a, ones, out);
    ok(out[0] == 896 && out[4] == 0.009765625 && out[7] == 0.009765625, "mx e4m3fn block 4: the second block has its own scale");
  }
  { /* E8M0's floor: {2^-136, 2^-137, 0, 0}: floor(log2) - 8 = -144 clamps to -127, so X =
       2^-127: 2^-136 / X = 2^-9 is the smallest subnormal (kept); 2^-137 / X = 2^-10 is the
       tie between 0 and 2^-9: RNE 0, away 2^-9 X = 2^-136 */
    static const double a[4] = {0x1p-136, 0x1p-137, 0, 0}, wr[4] = {0x1p-136, 0, 0, 0},
                        wa[4] = {0x1p-136, 0x1p-136, 0, 0};
    mx_run("e4m3fn", 0, 4, MULERR_RNE, 4, a, ones, out);
    ok(all_same(out, wr, 4), "mx e4m3fn: scale clamped at 2^-127; 2^-137 rounds to 0 (rne)");
    mx_run("e4m3fn", 0, 4, MULERR_RNA, 4, a, ones, out);
    ok(all_same(out, wa, 4), "mx e4m3fn: scale clamped at 2^-127; 2^-137 rounds to 2^-136 (away)");
  }
  { /* MXINT8: 8-bit two's complement, 2^-6 grid, [-2, 127/64], emax 0.  {1.5, -1.999, 0.01,
       1.999}: floor(log2 1.999) = 0, X = 1: 1.5 = 96/64; -1.999 * 64 = -127.936 -> -128 = -2
       (representable); 0.01 * 64 = 0.64 -> 1/64; 127.936 -> 128 clamps to 127/64 */
    static const double a[4] = {1.5, -1.999, 0.01, 1.999}, w[4] = {1.5, -2, 1.0 / 64, 127.0 / 64};
    mulerr_method_cfg cfg = base_cfg("fp32");
    cfg.k = 1, cfg.bits = 8;
    ok(mulerr_method_prepare(M("mx"), &cfg) == MULERR_OK && !strcmp(cfg.params, "elem=int8,block=32"),
       "mx --int-bits 8: params 'elem=int8,block=32' (got '%s')", cfg.params);
    mx_run(NULL, 8, 4, MULERR_RNE, 4, a, ones, out);
    ok(all_same(out, w, 4), "mxint8: 1.5, -1.999, 0.01, 1.999 -> 1.5, -2, 1/64, 127/64");
  }
  { /* MXINT8 ties: {1, 1/128, 3/128, -1/128}: X = 1, scaled by 64: 0.5, 1.5, -0.5: RNE 0, 2,
       -0; away 1, 2, -1 (units of 1/64) */
    static const double a[4] = {1, 1.0 / 128, 3.0 / 128, -1.0 / 128};
    static const double wr[4] = {1, 0, 2.0 / 64, -0.0}, wa[4] = {1, 1.0 / 64, 2.0 / 64, -1.0 / 64};
    mx_run(NULL, 8, 4, MULERR_RNE, 4, a, ones, out);
    ok(all_same(out, wr, 4), "mxint8 rne: 1/128, 3/128, -1/128 -> 0, 2/64, -0");
    mx_run(NULL, 8, 4, MULERR_RNA, 4, a, ones, out);
    ok(all_same(out, wa, 4), "mxint8 away: 1/128, 3/128, -1/128 -> 1/64, 2/64, -1/64");
  }
  { /* both operands quantised, and a partial last block: n = 6 with block 4: a = {3, 0.1, 7,
       1, 5, 0.3}, b = {1, 1, 1, 1, 1, 1} in e2m1fn.  Block 1: amax 7, X = 2^(2-2) = 1: 3 -> 3,
       0.1 -> 0, 7 -> 6, 1 -> 1.  Block 2 (partial, {5, 0.3}): X = 1: 5 -> 4, 0.3 -> 0.5. */
    static const double a[6] = {3, 0.1, 7, 1, 5, 0.3}, w[6] = {3, 0, 6, 1, 4, 0.5};
    mx_run("e2m1fn", 0, 4, MULERR_RNE, 6, a, ones, out);
    ok(all_same(out, w, 6), "mx e2m1fn block 4 over 6 values: the partial last block has its own scale");
  }
}

/* ------------------------------------------------------------------ bad input */

static void bad(const char *method, mulerr_method_cfg cfg, const char *want, const char *what) {
  mulerr_status st = mulerr_method_prepare(M(method), &cfg);
  ok(st == MULERR_EINVAL && strstr(mulerr_errmsg(), want), "%s: %s is refused, naming it ('%s')",
     method, what, mulerr_errmsg());
}

static void test_bad_input(void) {
  mulerr_method_cfg c;
  c = base_cfg("fp32"), c.lns_frac = 21;
  bad("lns", c, "lns_frac = 21", "lns_frac 21");
  c = base_cfg("fp32"), c.lns_frac = -1;
  bad("lns", c, "lns_frac = -1", "lns_frac -1");
  c = base_cfg("fp32"), c.lns_int = 11;
  bad("lns", c, "lns_int = 11", "lns_int 11");
  c = base_cfg("fp32"), c.lns_int = -3;
  bad("lns", c, "lns_int = -3", "lns_int -3");
  c = base_cfg("fp32"), c.rounding = MULERR_RTZ;
  bad("lns", c, "rounding 'trunc'", "rounding trunc");
  c = base_cfg("fp32"), c.bits = 17;
  bad("int", c, "bits = 17", "bits 17");
  c = base_cfg("fp32"), c.bits = 1;
  bad("int", c, "bits = 1", "bits 1");
  c = base_cfg("fp32"), c.block = 48;
  bad("int", c, "block = 48", "a block (48) that does not divide 65536");
  c = base_cfg("fp32"), c.rounding = MULERR_RNA;
  bad("int", c, "rounding 'away'", "rounding away");
  c = base_cfg("fp32"), c.format = F("e4m3");
  bad("mx", c, "cannot use format 'e4m3' as its element format", "element format e4m3");
  c = base_cfg("fp32"), c.format = F("fp16");
  bad("mx", c, "cannot use format 'fp16'", "element format fp16");
  c = base_cfg("fp32"), c.format = F("e8m0fnu");
  bad("mx", c, "cannot use format 'e8m0fnu'", "element format e8m0fnu");
  c = base_cfg("fp32"), c.format = F("e4m3fn"), c.bits = 8;
  bad("mx", c, "not both (format 'e4m3fn', bits = 8)", "--format with --int-bits");
  c = base_cfg("fp32"), c.k = 3, c.bits = 20;
  bad("mx", c, "bits = 20", "integer element bits 20");
  c = base_cfg("fp32"), c.format = F("e4m3fn"), c.block = 48;
  bad("mx", c, "block = 48", "a block (48) that does not divide 65536");
  c = base_cfg("fp32"), c.format = F("e4m3fn"), c.block = 131072;
  bad("mx", c, "block = 131072", "a block above 65536");
  c = base_cfg("fp32"), c.k = 3, c.l = 5;
  bad("lmul-gpu", c, "offset l = 5", "l = 5 > k = 3");
  c = base_cfg("fp32"), c.k = 3, c.out_format = F("e8m0fnu");
  bad("float", c, "out format 'e8m0fnu'", "out format e8m0fnu");
  { /* fields a method does not use are cleared, so they cannot enter its identity */
    mulerr_method_cfg d = base_cfg("fp32");
    d.k = 3, d.lns_int = 4, d.bits = 8, d.block = 16, d.out_format = F("e5m2");
    mulerr_method_prepare(M("lmul-eq1"), &d);
    ok(d.lns_int == 0 && d.bits == 0 && d.block == 0 && !d.out_format && d.params[0] == 0,
       "lmul-eq1 clears lns, bits, block and out format");
  }
}

int main(void) {
  clock_t t0 = clock();
  test_bad_input();
  test_lmul_gpu();
  test_lns_hand();
  test_int();
  test_mx();
  test_lmul_eq1();
  test_lns_exhaustive();
  test_float_out();
  diag("t_methods: %.1f s of CPU", (double)(clock() - t0) / CLOCKS_PER_SEC);
  return tap_done();
}
