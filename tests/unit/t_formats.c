/* t_formats.c — number formats: decoding against constants written down by hand from the
 * specifications, round trips of every encoding, and rounding against MPFR's
 * (mpfr_subnormalize emulation of the format) for every encoding's neighbourhood and random
 * values, under every rounding mode.  Loops over the whole registry, so a new format gets
 * these tests by being registered. */
#include "internal.h"
#include "tap.h"

#include <gsl/gsl_rng.h>
#include <mpfr.h>
#include <stdlib.h>
#include <string.h>

/* From the specs (OCP OFP8 rev 1.0 tables; MX v1.0 section 5.3; IEEE 754; ml_dtypes). */
static const struct {
  const char *name;
  double max, min_normal, min_sub;
  uint32_t nan_enc, inf_enc; /* 0 if none */
} spec[] = {
    {"e4m3fn", 448, 0x1p-6, 0x1p-9, 0x7f, 0},
    {"e5m2", 57344, 0x1p-14, 0x1p-16, 0x7f, 0x7c},
    {"e4m3fnuz", 240, 0x1p-7, 0x1p-10, 0x80, 0},
    {"e5m2fnuz", 57344, 0x1p-15, 0x1p-17, 0x80, 0},
    {"e4m3b11fnuz", 30, 0x1p-10, 0x1p-13, 0x80, 0},
    {"e4m3", 240, 0x1p-6, 0x1p-9, 0x7f, 0x78},
    {"e3m4", 15.5, 0x1p-2, 0x1p-6, 0x7f, 0x70},
    {"e3m4fn", 30, 0x1p-2, 0x1p-6, 0x7f, 0},
    {"e2m3fn", 7.5, 1, 0.125, 0, 0},
    {"e3m2fn", 28, 0x1p-2, 0x1p-4, 0, 0},
    {"e2m1fn", 6, 1, 0.5, 0, 0},
    {"fp16", 65504, 0x1p-14, 0x1p-24, 0x7e00, 0x7c00},
    {"bf16", 0x1.fep127, 0x1p-126, 0x1p-133, 0x7fc0, 0x7f80},
    {"fp32", 0x1.fffffep127, 0x1p-126, 0x1p-149, 0x7fc00000, 0x7f800000},
    {"tf32", 0x1.ffcp127, 0x1p-126, 0x1p-136, 0x3fe00, 0x3fc00},
    {"e8m0fnu", 0x1p127, 0x1p-127, 0x1p-127, 0xff, 0},
};

static void spec_constants(void) {
  size_t i;
  for (i = 0; i < sizeof spec / sizeof spec[0]; i++) {
    const mulerr_format *f = mulerr_format_find(spec[i].name);
    if (!f) {
      ok(0, "%s is registered", spec[i].name);
      continue;
    }
    ok(mulerr_format_max(f) == spec[i].max, "%s: max = %a (got %a)", f->name, spec[i].max, mulerr_format_max(f));
    ok(mulerr_format_min_normal(f) == spec[i].min_normal, "%s: min normal = %a", f->name, spec[i].min_normal);
    ok(mulerr_format_min_subnormal(f) == spec[i].min_sub, "%s: min subnormal = %a", f->name, spec[i].min_sub);
    if (spec[i].nan_enc) ok(isnan(mulerr_format_decode(f, spec[i].nan_enc)), "%s: %#x is NaN", f->name, spec[i].nan_enc);
    if (spec[i].inf_enc) ok(mulerr_format_decode(f, spec[i].inf_enc) == INFINITY, "%s: %#x is +Inf", f->name, spec[i].inf_enc);
  }
  /* single encodings by hand */
  ok(mulerr_format_decode(mulerr_format_find("e4m3fn"), 0x7e) == 448, "e4m3fn 0x7e = 448");
  ok(mulerr_format_decode(mulerr_format_find("e4m3fn"), 0xfe) == -448, "e4m3fn 0xfe = -448");
  ok(isnan(mulerr_format_decode(mulerr_format_find("e4m3fn"), 0xff)), "e4m3fn 0xff is NaN");
  ok(mulerr_format_decode(mulerr_format_find("e4m3fn"), 0x78) == 256, "e4m3fn 0x78 = 256 (not Inf)");
  ok(mulerr_format_decode(mulerr_format_find("e4m3fn"), 0x01) == 0x1p-9, "e4m3fn 0x01 = 2^-9");
  ok(mulerr_format_decode(mulerr_format_find("e5m2"), 0x7b) == 57344, "e5m2 0x7b = 57344");
  ok(mulerr_format_decode(mulerr_format_find("e5m2"), 0xfc) == -INFINITY, "e5m2 0xfc = -Inf");
  ok(mulerr_format_decode(mulerr_format_find("e4m3fnuz"), 0x00) == 0 && isnan(mulerr_format_decode(mulerr_format_find("e4m3fnuz"), 0x80)),
     "e4m3fnuz: 0x00 = 0, 0x80 = NaN");
  ok(mulerr_format_decode(mulerr_format_find("e2m1fn"), 0x7) == 6 && mulerr_format_decode(mulerr_format_find("e2m1fn"), 0x1) == 0.5 &&
         mulerr_format_decode(mulerr_format_find("e2m1fn"), 0xf) == -6, "e2m1fn: 0x7 = 6, 0x1 = 0.5, 0xf = -6");
  ok(mulerr_format_decode(mulerr_format_find("e8m0fnu"), 127) == 1 && mulerr_format_decode(mulerr_format_find("e8m0fnu"), 0) == 0x1p-127,
     "e8m0fnu: 127 = 1, 0 = 2^-127");
  ok(mulerr_format_decode(mulerr_format_find("bf16"), 0x3f80) == 1 && mulerr_format_decode(mulerr_format_find("bf16"), 0xc000) == -2,
     "bf16: 0x3f80 = 1, 0xc000 = -2");
  ok(mulerr_format_decode(mulerr_format_find("fp16"), 0x3c00) == 1 && mulerr_format_decode(mulerr_format_find("fp16"), 0x0001) == 0x1p-24,
     "fp16: 0x3c00 = 1, 0x0001 = 2^-24");
  ok(mulerr_format_find("e0m3") == NULL && strstr(mulerr_errmsg(), "exponent"), "e0m3 refused with a message about the exponent");
  ok(mulerr_format_find("e8m60") == NULL, "e8m60 refused (too wide)");
  ok(mulerr_format_find("fp7") == NULL && strstr(mulerr_errmsg(), "fp7"), "unknown name refused, named");
  ok(mulerr_format_find("e2m5") != NULL && mulerr_format_find("e2m5")->bias == 1, "e2m5 parses, bias 1");
}

static mpfr_rnd_t mpfr_mode(mulerr_rounding r) {
  static const mpfr_rnd_t m[] = {MPFR_RNDN, MPFR_RNDZ, MPFR_RNDA, MPFR_RNDU, MPFR_RNDD};
  return m[r];
}

/* MPFR's rounding of x into f (finite, signed formats with subnormals), with the format's
 * overflow rule applied on top: the oracle. */
/* x rounded by MPFR into f's precision and subnormal grid, with no overflow. */
static double mpfr_round_into(const mulerr_format *f, double x, mpfr_rnd_t mode) {
  mpfr_exp_t emin0 = mpfr_get_emin(), emax0 = mpfr_get_emax();
  mpfr_t y;
  int inex;
  double v;
  /* MPFR exponents: value in [2^(e-1), 2^e).  Smallest subnormal 2^(emin - mbits) has MPFR
   * exponent emin - mbits + 1; the largest binade before overflow ends at 2^(emax + 1). */
  mpfr_set_emin(mulerr_format_emin(f) - f->mbits + 1);
  mpfr_set_emax(1 - f->bias + (1 << f->ebits)); /* generous: overflow handled by the caller */
  mpfr_init2(y, f->mbits + 1);
  inex = mpfr_set_d(y, x, mode);
  inex = mpfr_subnormalize(y, inex, mode);
  v = mpfr_get_d(y, MPFR_RNDN);
  mpfr_clear(y);
  mpfr_set_emin(emin0);
  mpfr_set_emax(emax0);
  return v;
}

/* Ties away (rna), which MPFR's conversions do not offer (MPFR_RNDNA is only for
 * mpfr_round_nearest_away): MPFR's two directed neighbours, and the nearer of them, the one
 * of larger magnitude on a tie.  The distances are exact (x and both neighbours are doubles
 * of nearby exponents; their differences fit in 53 bits). */
static double mpfr_rna(const mulerr_format *f, double x) {
  double dn = mpfr_round_into(f, x, MPFR_RNDD), up = mpfr_round_into(f, x, MPFR_RNDU);
  double ddn = x - dn, dup = up - x;
  if (ddn < dup) return dn;
  if (dup < ddn) return up;
  return x > 0 ? up : dn; /* the tie (or dn == up): away from zero */
}

/* MPFR's rounding of x into f (finite, signed formats with subnormals), with the format's
 * overflow rule applied on top: the oracle. */
static double oracle_round(const mulerr_format *f, double x, mulerr_rounding r) {
  double v = r == MULERR_RNTA ? mpfr_rna(f, x) : mpfr_round_into(f, x, mpfr_mode(r)), max = mulerr_format_max(f);
  if (fabs(v) > max) {
    int up = x > 0;
    if (!(f->flags & MULERR_FMT_INF)) v = up ? max : -max;
    else if (r == MULERR_RNE || r == MULERR_RNA || r == MULERR_RNTA) v = up ? INFINITY : -INFINITY;
    else if (r == MULERR_RTZ) v = up ? max : -max;
    else if (r == MULERR_RUP) v = up ? INFINITY : -max;
    else v = up ? max : -INFINITY;
  }
  if (v == 0 && (f->flags & MULERR_FMT_NAN_UZ)) v = 0.0;
  return v;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static int same(double a, double b) { return !memcmp(&a, &b, sizeof a) || (isnan(a) && isnan(b)); }

static void check_format(const mulerr_format *f, gsl_rng *rng) {
  int bits = mulerr_format_bits(f);
  uint64_t nenc = (uint64_t)1 << (bits > 16 ? 16 : bits), enc, bad_rt = 0, bad = 0, nchk = 0;
  int r, i;
  for (enc = 0; enc < nenc; enc++) {
    /* for wider formats, sample encodings spread over the whole space */
    uint64_t e = bits > 16 ? (enc << (bits - 16)) | (gsl_rng_get(rng) & ((1u << (bits - 16)) - 1)) : enc;
    double v = mulerr_format_decode(f, e);
    if (!isfinite(v)) continue;
    {
      uint64_t back;
      if (mulerr_format_encode(f, v, &back) || (back != e && !(v == 0 && mulerr_format_decode(f, back) == 0)))
        if (bad_rt++ < 3) diag("%s: encoding %#llx = %a encodes back to %#llx", f->name, (unsigned long long)e, v, (unsigned long long)back);
    }
    for (r = 0; r < MULERR_ROUNDING_COUNT; r++)
      if (!same(mulerr_format_round(f, v, r), v) && !(v == 0 && mulerr_format_round(f, v, r) == 0) && bad_rt++ < 3)
        diag("%s: encoding %#llx = %a does not round-trip under %s", f->name, (unsigned long long)e, v, mulerr_rounding_name(r));
    if (f->flags & MULERR_FMT_NO_SUBNORMAL) continue;
    /* the neighbourhood of v: v itself, v +- tiny, the midpoint to the next value, +- tiny */
    {
      double ulp = ldexp(1, (v == 0 ? mulerr_format_emin(f) : ilogb(v) < mulerr_format_emin(f) ? mulerr_format_emin(f) : ilogb(v)) - f->mbits);
      double probes[7] = {v, nextafter(v, INFINITY), nextafter(v, -INFINITY), v + ulp / 2,
                          nextafter(v + ulp / 2, INFINITY), nextafter(v + ulp / 2, -INFINITY), v + ulp * 0.75};
      for (i = 0; i < 7; i++)
        for (r = 0; r < MULERR_ROUNDING_COUNT; r++) {
          double got = mulerr_format_round(f, probes[i], r), want = oracle_round(f, probes[i], r);
          nchk++;
          if (!same(got, want) && bad++ < 5)
            diag("%s %s: round(%a) = %a, MPFR says %a", f->name, mulerr_rounding_name(r), probes[i], got, want);
        }
    }
  }
  ok(bad_rt == 0, "%s: every finite encoding%s decodes, encodes back, and round-trips under every rounding mode", f->name, bits > 16 ? " (sampled)" : "");
  if (f->flags & MULERR_FMT_NO_SUBNORMAL) return;
  for (i = 0; i < 100000; i++) { /* random doubles across the range and beyond it */
    int e = mulerr_format_emin(f) - f->mbits - 3 + (int)gsl_rng_uniform_int(rng, (unsigned long)(mulerr_format_emax(f) - mulerr_format_emin(f) + f->mbits + 6));
    double x = ldexp(1 + gsl_rng_uniform(rng), e) * (gsl_rng_get(rng) & 1 ? -1 : 1);
    for (r = 0; r < MULERR_ROUNDING_COUNT; r++) {
      double got = mulerr_format_round(f, x, r), want = oracle_round(f, x, r);
      nchk++;
      if (!same(got, want) && bad++ < 5)
        diag("%s %s: round(%a) = %a, MPFR says %a", f->name, mulerr_rounding_name(r), x, got, want);
    }
  }
  ok(bad == 0, "%s: rounding agrees with MPFR on %llu boundary and random values x 6 modes", f->name, (unsigned long long)nchk);
}

/* mulerr_format_round_n (a vector pass plus scalar fix-ups) against mulerr_format_round,
 * element for element, bit for bit: every finite encoding's value and its neighbours, the
 * midpoints, random values over and beyond the range, zeros, subnormal doubles, Inf, NaN. */
static void check_round_n(const mulerr_format *f, gsl_rng *rng) {
  enum { N = 40000 };
  static double in[N], out[N];
  size_t n = 0, i, bad = 0;
  int bits = mulerr_format_bits(f), r;
  uint64_t nenc = (uint64_t)1 << (bits > 12 ? 12 : bits), enc;
  const double specials[] = {0.0, -0.0, INFINITY, -INFINITY, NAN, 0x1p-1074, -0x1p-1060, 0x1p-1022, 1.0, -1.0, 0x1.fffffffffffffp1023};
  for (i = 0; i < sizeof specials / sizeof *specials; i++) in[n++] = specials[i];
  for (enc = 0; enc < nenc; enc++) {
    uint64_t e = bits > 12 ? (enc << (bits - 12)) | (gsl_rng_get(rng) & ((1u << (bits - 12)) - 1)) : enc;
    double v = mulerr_format_decode(f, e), v2;
    if (!isfinite(v)) continue;
    v2 = nextafter(v, INFINITY);
    in[n++] = v, in[n++] = v2, in[n++] = nextafter(v, -INFINITY);
    v2 = v + (mulerr_format_round(f, v2, MULERR_RUP) - v) / 2; /* the midpoint */
    in[n++] = v2, in[n++] = -v2;
  }
  { /* on-grid values just outside the range: above max, and below the smallest subnormal */
    const double big[] = {2 * mulerr_format_max(f), ldexp(1, mulerr_format_emax(f) + 1),
                          ldexp(1, mulerr_format_emax(f) + 2), ldexp(1, mulerr_format_emin(f) - f->mbits - 1),
                          ldexp(1, mulerr_format_emin(f) - f->mbits - 2)};
    for (i = 0; i < sizeof big / sizeof *big; i++) in[n++] = big[i], in[n++] = -big[i];
  }
  while (n < N) {
    int e = mulerr_format_emin(f) - f->mbits - 3 + (int)gsl_rng_uniform_int(rng, (unsigned long)(mulerr_format_emax(f) - mulerr_format_emin(f) + f->mbits + 6));
    in[n++] = ldexp(1 + gsl_rng_uniform(rng), e) * (gsl_rng_get(rng) & 1 ? -1 : 1);
  }
  for (r = 0; r < MULERR_ROUNDING_COUNT; r++) {
    mulerr_format_round_n(f, r, n, in, out);
    for (i = 0; i < n; i++)
      if (!same(out[i], mulerr_format_round(f, in[i], r)) && bad++ < 5)
        diag("%s %s: round_n(%a) = %a, round gives %a", f->name, mulerr_rounding_name(r), in[i], out[i], mulerr_format_round(f, in[i], r));
  }
  ok(bad == 0, "%s: the vector rounding equals mulerr_format_round bit for bit on %zu values x 6 modes", f->name, n);
  { /* the vector representability test against its definition: finite and rounds to itself */
    size_t want = 0, off;
    for (i = 0; i < n; i++) {
      double v = mulerr_format_round(f, in[i], MULERR_RNE);
      want += !(isfinite(in[i]) && v == in[i]);
    }
    bad = 0;
    for (off = 0; off < 4; off++) { /* every alignment of the 4-wide groups and the tail */
      size_t w2 = 0;
      for (i = 0; i < off; i++) w2 += !(isfinite(in[i]) && mulerr_format_round(f, in[i], MULERR_RNE) == in[i]);
      bad += mulerr_format_nonvalues(f, n - off, in + off) + w2 != want;
    }
    ok(bad == 0 && want > 0 && want < n, "%s: mulerr_format_nonvalues counts the %zu non-values among %zu exactly", f->name, want, n);
  }
}

/* Stochastic rounding: every result is one of the two neighbours, and the mean of many
 * roundings is x within 4 standard errors (the outcome is Bernoulli with p = frac). */
static void stochastic(const char *fmt, double x, gsl_rng *rng) {
  const mulerr_format *f = mulerr_format_find(fmt);
  double dn = mulerr_format_round(f, x, MULERR_RDN), up = mulerr_format_round(f, x, MULERR_RUP);
  double p = (x - dn) / (up - dn), sum = 0, se;
  long i, n = 200000, bad = 0, nup = 0;
  mulerr_sr_source(rng);
  for (i = 0; i < n; i++) {
    double v = mulerr_format_round(f, x, MULERR_RSR);
    if (v != dn && v != up) bad++;
    nup += v == up;
    sum += v;
  }
  mulerr_sr_source(NULL);
  se = (up - dn) * sqrt(p * (1 - p) / (double)n);
  ok(bad == 0, "%s: stochastic rounding of %a gives only %a or %a", fmt, x, dn, up);
  ok(fabs(sum / (double)n - x) <= 4 * se, "%s: stochastic rounding of %a is unbiased: mean %.9g, within 4 se (%.3g) "
     "of x (p(up) = %.4f observed %.4f)", fmt, x, sum / (double)n, se, p, (double)nup / (double)n);
}

/* rna: every midpoint between consecutive finite values of an 8-bit-or-smaller format
 * rounds to the one of larger magnitude, on both signs, in the scalar and the vector
 * rounding, and a hair below it rounds to the nearer one.  Exhaustive over the midpoints;
 * the expected value is read off the encodings (independent of the rounding code). */
static void rna_ties(const mulerr_format *f) {
  const int bits = mulerr_format_bits(f);
  const uint64_t nenc = (uint64_t)1 << bits;
  static double vals[256], mids[2 * 256], out[2 * 256];
  size_t nv = 0, nm = 0, i, bad = 0;
  uint64_t e;
  if (bits > 8) return;
  for (e = 0; e < nenc; e++) { /* the non-negative finite values, ascending */
    double v = mulerr_format_decode(f, e);
    if (isfinite(v) && !signbit(v)) vals[nv++] = v;
  }
  qsort(vals, nv, sizeof *vals, cmp_double);
  for (i = 0; i + 1 < nv; i++) {
    double lo = vals[i], hi = vals[i + 1], m = lo + (hi - lo) / 2; /* exact: few bits */
    if (lo == hi) continue;
    mids[nm++] = m;
    if (!(f->flags & MULERR_FMT_UNSIGNED)) mids[nm++] = -m;
    if (mulerr_format_round(f, m, MULERR_RNTA) != hi || mulerr_format_round(f, nextafter(m, 0), MULERR_RNTA) != lo ||
        (!(f->flags & MULERR_FMT_UNSIGNED) && mulerr_format_round(f, -m, MULERR_RNTA) != -hi))
      if (bad++ < 3) diag("%s: rna(%a) = %a, want %a", f->name, m, mulerr_format_round(f, m, MULERR_RNTA), hi);
    if (f->flags & MULERR_FMT_NO_SUBNORMAL) continue;
    if (mulerr_format_round(f, m, MULERR_RNTA) != oracle_round(f, m, MULERR_RNTA) && bad++ < 3)
      diag("%s: rna(%a) = %a, MPFR's neighbours say %a", f->name, m, mulerr_format_round(f, m, MULERR_RNTA), oracle_round(f, m, MULERR_RNTA));
  }
  mulerr_format_round_n(f, MULERR_RNTA, nm, mids, out);
  for (i = 0; i < nm; i++)
    if (out[i] != mulerr_format_round(f, mids[i], MULERR_RNTA) && bad++ < 3)
      diag("%s: rna round_n(%a) = %a", f->name, mids[i], out[i]);
  ok(bad == 0 && nm > 0, "%s: rna sends all %zu midpoints away from zero (scalar, vector%s)", f->name, nm,
     f->flags & MULERR_FMT_NO_SUBNORMAL ? "" : ", MPFR");
}

int main(void) {
  gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
  size_t i;
  const char *layouts[] = {"e2m5", "e6m1", "e3m4fn", "e5m2fnuz", "e1m6fn", "e8m3", "e5m10"};
  gsl_rng_set(rng, 1);
  spec_constants();
  for (i = 0; i < mulerr_format_count(); i++) check_format(mulerr_format_at(i), rng);
  for (i = 0; i < mulerr_format_count(); i++) check_round_n(mulerr_format_at(i), rng);
  for (i = 0; i < sizeof layouts / sizeof layouts[0]; i++) {
    const mulerr_format *f = mulerr_format_find(layouts[i]);
    ok(f != NULL, "layout %s parses", layouts[i]);
    if (f) check_format(f, rng), check_round_n(f, rng);
  }
  for (i = 0; i < mulerr_format_count(); i++) rna_ties(mulerr_format_at(i));
  { /* every 8-bit layout E1M6 .. E6M1, IEEE and fn styles */
    const char *l8[] = {"e1m6fn", "e2m5fn", "e3m4fn", "e4m3fn", "e5m2", "e6m1", "e2m5", "e3m4", "e4m3", "e5m2fnuz"};
    for (i = 0; i < sizeof l8 / sizeof *l8; i++)
      if (mulerr_format_find(l8[i])) rna_ties(mulerr_format_find(l8[i]));
  }
  ok(mulerr_format_round(mulerr_format_find("e2m1fn"), 2.5, MULERR_RNTA) == 3 &&
         mulerr_format_round(mulerr_format_find("e2m1fn"), 2.5, MULERR_RNE) == 2 &&
         mulerr_format_round(mulerr_format_find("e2m1fn"), 2.1, MULERR_RNTA) == 2 &&
         mulerr_format_round(mulerr_format_find("e2m1fn"), 0.1, MULERR_RNTA) == 0 &&
         mulerr_format_round(mulerr_format_find("e2m1fn"), 2.1, MULERR_RNA) == 3,
     "e2m1fn: rna 2.5 -> 3 (rne 2), rna 2.1 -> 2, rna 0.1 -> 0; away (directed) 2.1 -> 3");
  ok(mulerr_format_round(mulerr_format_find("e4m3fn"), 1000, MULERR_RNE) == 448, "e4m3fn saturates: 1000 -> 448");
  ok(mulerr_format_round(mulerr_format_find("e5m2"), 1e6, MULERR_RNE) == INFINITY, "e5m2 overflows to Inf under RNE");
  ok(mulerr_format_round(mulerr_format_find("e5m2"), 1e6, MULERR_RTZ) == 57344, "e5m2 overflows to max under truncation");
  ok(mulerr_format_round(mulerr_format_find("bf16"), 1.00390625, MULERR_RNE) == 1, "bf16: 1 + 2^-8 ties to even -> 1");
  ok(mulerr_format_round(mulerr_format_find("bf16"), 1.01171875, MULERR_RNE) == 1.015625, "bf16: 1 + 3 2^-8 ties to even -> 1 + 2^-6");
  ok(mulerr_format_round(mulerr_format_find("bf16"), 1.01171875, MULERR_RTZ) == 1.0078125, "bf16: truncation");
  stochastic("e4m3fn", 0.1, rng);
  stochastic("bf16", 1.0 + 0x1p-9, rng);
  stochastic("e2m1fn", -2.7, rng);
  stochastic("e5m2", 0x1.3p-15, rng); /* subnormal range */
  {
    mulerr_format f = *mulerr_format_find("e4m3fn");
    f.flags |= MULERR_FMT_FLUSH;
    ok(mulerr_format_round(&f, 0x1p-8, MULERR_RNE) == 0 && mulerr_format_round(&f, 0x1p-6, MULERR_RNE) == 0x1p-6 &&
           signbit(mulerr_format_round(&f, -0x1p-8, MULERR_RNE)),
       "flush: e4m3fn subnormal 2^-8 becomes 0 (sign kept), min normal 2^-6 stays");
    f = *mulerr_format_find("e4m3fn");
    f.flags |= MULERR_FMT_OVERFLOW_NAN;
    ok(isnan(mulerr_format_round(&f, 1000, MULERR_RNE)) && mulerr_format_round(&f, 460, MULERR_RNE) == 448,
       "overflow to NaN: e4m3fn 1000 -> NaN (as ml_dtypes), 460 -> 448 (rounds down, no overflow)");
    f = *mulerr_format_find("e5m2");
    f.flags |= MULERR_FMT_SATURATE;
    ok(mulerr_format_round(&f, 1e6, MULERR_RNE) == 57344 && mulerr_format_round(&f, -1e6, MULERR_RNE) == -57344,
       "saturating e5m2: +-1e6 -> +-57344");
  }
  {
    mulerr_method_cfg c;
    memset(&c, 0, sizeof c);
    c.source = mulerr_format_find("bf16");
    c.format = mulerr_format_find("e4m3fn");
    c.rounding = MULERR_ROUNDING_DEFAULT;
    c.overflow = 2;
    c.flush = 1;
    ok(mulerr_method_prepare(mulerr_method_find("float"), &c) == MULERR_OK &&
           (c.work.flags & MULERR_FMT_OVERFLOW_NAN) && (c.work.flags & MULERR_FMT_FLUSH) &&
           !strcmp(c.params, "overflow=special,subnormals=flush"),
       "--overflow special --subnormals flush reach the operand format and the point's identity (%s)", c.params);
  }
  gsl_rng_free(rng);
  return tap_done();
}
