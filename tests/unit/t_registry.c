/* t_registry.c — the generic checks, applied to every registered format, method and
 * distribution (GSL's way of testing every RNG type by the same loop): a new entry in a
 * table gets them without a line of test code of its own. */
#include "config.h"
#include "internal.h"
#include "tap.h"
#include "theory/theory.h"

#include <gsl/gsl_rng.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define N 4096

static void check_formats(void) {
  size_t i, j, n = mulerr_format_count();
  ok(n > 0, "%zu formats registered", n);
  for (i = 0; i < n; i++) {
    const mulerr_format *f = mulerr_format_at(i);
    int bits = mulerr_format_bits(f), bad = 0;
    uint64_t e, ne;
    ok(mulerr_format_find(f->name) == f, "format %s: found by its name", f->name);
    for (j = 0; j < i; j++) bad |= !strcmp(mulerr_format_at(j)->name, f->name);
    ok(!bad && f->description && *f->description, "format %s: a unique name and a description", f->name);
    if (bits > 16) continue;
    /* every finite encoding decodes to a value that encodes back to it and is its own
     * rounding under every deterministic mode */
    ne = (uint64_t)1 << bits;
    for (e = 0; e < ne && !bad; e++) {
      double v = mulerr_format_decode(f, e), r;
      uint64_t back;
      int m;
      if (!isfinite(v)) continue;
      for (m = 0; m < MULERR_ROUNDING_COUNT; m++)
        if ((r = mulerr_format_round(f, v, (mulerr_rounding)m)) != v) bad = 1;
      if (mulerr_format_encode(f, v, &back) != 0 || mulerr_format_decode(f, back) != v ||
          (v != 0 && back != e))
        bad = 2;
      if (bad) diag("format %s: encoding 0x%llx (%.17g) fails (%d)", f->name, (unsigned long long)e, v, bad);
    }
    ok(!bad, "format %s: all %llu encodings decode, encode back and round to themselves", f->name,
       (unsigned long long)ne);
  }
}

/* Operands representable in fp32, |x| in [2^-8, 2^8), both signs, and zeros. */
static void operands(double *a, double *b, gsl_rng *r) {
  const mulerr_format *fp32 = mulerr_format_find("fp32");
  size_t i;
  for (i = 0; i < N; i++) {
    a[i] = mulerr_format_round(fp32, ldexp(1 + gsl_rng_uniform(r), (int)gsl_rng_uniform_int(r, 16) - 8), MULERR_RNE);
    b[i] = mulerr_format_round(fp32, ldexp(1 + gsl_rng_uniform(r), (int)gsl_rng_uniform_int(r, 16) - 8), MULERR_RNE);
    if (gsl_rng_uniform(r) < 0.5) a[i] = -a[i];
    if (gsl_rng_uniform(r) < 0.5) b[i] = -b[i];
  }
  a[7] = 0, b[11] = 0, a[13] = -0.0;
}

/* Equal values with equal signs, or both NaN. */
static int same(double x, double y) { return (isnan(x) && isnan(y)) || (x == y && signbit(x) == signbit(y)); }

static void check_methods(void) {
  size_t i, j, n = mulerr_method_count();
  double *a = malloc(N * sizeof *a), *b = malloc(N * sizeof *b), *ab = malloc(N * sizeof *ab),
         *ba = malloc(N * sizeof *ba), *na = malloc(N * sizeof *na), *nab = malloc(N * sizeof *nab);
  gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
  gsl_rng_set(r, 7);
  operands(a, b, r);
  for (j = 0; j < N; j++) na[j] = -a[j];
  ok(n > 0, "%zu methods registered", n);
  for (i = 0; i < n; i++) {
    const mulerr_method *m = mulerr_method_at(i);
    mulerr_method_cfg cfg;
    size_t bad_comm = 0, bad_sign = 0, bad_zero = 0, bad_finite = 0, dup = 0;
    for (j = 0; j < i; j++) dup |= !strcmp(mulerr_method_at(j)->name, m->name);
    ok(mulerr_method_find(m->name) == m && !dup, "method %s: found by its unique name", m->name);
    ok(m->description && *m->description && m->mul, "method %s: a description and a kernel", m->name);
    memset(&cfg, 0, sizeof cfg);
    cfg.source = mulerr_format_find("fp32");
    cfg.k = 4;
    cfg.l = MULERR_L_DEFAULT;
    cfg.rounding = MULERR_ROUNDING_DEFAULT;
    if (!ok(mulerr_method_prepare(m, &cfg) == MULERR_OK, "method %s: prepares with k = 4 on fp32 (%s)", m->name,
            mulerr_errmsg()))
      continue;
    m->mul(&cfg, N, a, b, ab);
    m->mul(&cfg, N, b, a, ba);
    m->mul(&cfg, N, na, b, nab);
    for (j = 0; j < N; j++) {
      bad_comm += !same(ab[j], ba[j]);
      bad_sign += !same(nab[j], -ab[j]);
      if (m->unguarded && (a[j] == 0 || b[j] == 0)) continue; /* its zeros are its own */
      bad_zero += (a[j] == 0 || b[j] == 0) && ab[j] != 0;
      bad_finite += !isfinite(ab[j]);
    }
    ok(!bad_comm, "method %s: commutative on %d pairs (%zu differ)", m->name, N, bad_comm);
    ok(!bad_sign, "method %s: odd in each operand, (-a) b = -(a b) (%zu differ)", m->name, bad_sign);
    ok(!bad_zero, "method %s: a zero operand gives zero (%zu do not)%s", m->name, bad_zero,
       m->unguarded ? " (unguarded: zero operands left out)" : "");
    ok(!bad_finite, "method %s: finite products of operands in [2^-8, 2^8) (%zu are not)%s", m->name, bad_finite,
       m->unguarded ? " (unguarded: zero operands left out)" : "");
    if (m->theory) { /* where the theory claims the method, the expectation must exist */
      mulerr_point p;
      mulerr_metrics mm;
      const char *how = NULL;
      memset(&p, 0, sizeof p);
      p.method = m;
      p.cfg = cfg;
      p.samples = 1;
      if (mulerr_dist_parse("uniform-mantissa", &p.dist_a) == MULERR_OK) p.dist_b = p.dist_a;
      p.cfg.source = mulerr_format_find("bf16");
      if (mulerr_method_prepare(m, &p.cfg) == MULERR_OK && m->theory(&p.cfg) >= 0)
        ok(mulerr_expected(&p, &mm, &how) == MULERR_OK && isfinite(mm.mre),
           "method %s: its theory model %s gives the expectation on bf16 (%s, mre %.6g)", m->name,
           mulerr_theory_method_name((mulerr_theory_method)m->theory(&p.cfg)), how ? how : mulerr_errmsg(), mm.mre);
    }
  }
  gsl_rng_free(r);
  free(a), free(b), free(ab), free(ba), free(na), free(nab);
}

static void check_dists(void) {
  size_t i, j, n = mulerr_dist_count();
  const mulerr_format *fp32 = mulerr_format_find("fp32");
  double *x = malloc(N * sizeof *x), *y = malloc(N * sizeof *y);
  gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
  ok(n > 0, "%zu distributions registered", n);
  for (i = 0; i < n; i++) {
    const mulerr_dist *d = mulerr_dist_at(i);
    mulerr_dist_spec spec;
    size_t bad = 0, dup = 0, zeros = 0;
    for (j = 0; j < i; j++) dup |= !strcmp(mulerr_dist_name(mulerr_dist_at(j)), mulerr_dist_name(d));
    ok(mulerr_dist_find(mulerr_dist_name(d)) == d && !dup && *mulerr_dist_description(d),
       "distribution %s: found by its unique name, described", mulerr_dist_name(d));
    if (d->open) continue; /* file-backed: the weights tests open real files */
    if (!ok(mulerr_dist_parse(mulerr_dist_name(d), &spec) == MULERR_OK, "distribution %s: parses with its defaults (%s)",
            mulerr_dist_name(d), mulerr_errmsg()))
      continue;
    ok(!strncmp(spec.text, mulerr_dist_name(d), strlen(mulerr_dist_name(d))),
       "distribution %s: canonical text '%s' starts with its name", mulerr_dist_name(d), spec.text);
    gsl_rng_set(r, 11);
    d->draw(&spec, fp32, r, N, x);
    gsl_rng_set(r, 11);
    d->draw(&spec, fp32, r, N, y);
    for (j = 0; j < N; j++) {
      bad += !(isfinite(x[j]) && mulerr_format_round(fp32, x[j], MULERR_RNE) == x[j]) || memcmp(&x[j], &y[j], sizeof x[j]);
      zeros += x[j] == 0;
    }
    ok(!bad, "distribution %s: %d draws are finite fp32 values, the same again from the same seed (%zu not)",
       mulerr_dist_name(d), N, bad);
    ok(zeros < N, "distribution %s: draws are not all zero", mulerr_dist_name(d));
    if (d->theory_operands) {
      for (bad = 0, j = 0; j < N; j++) bad += !(x[j] >= 1 && x[j] < 2);
      ok(!bad, "distribution %s: marked as the theory's operands, every draw is in [1, 2) (%zu not)",
         mulerr_dist_name(d), bad);
    }
    mulerr_dist_close(&spec);
  }
  gsl_rng_free(r);
  free(x), free(y);
}

int main(void) {
  check_formats();
  check_methods();
  check_dists();
  return tap_done();
}
