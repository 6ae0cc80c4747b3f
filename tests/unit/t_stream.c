/* t_stream.c — sample stream version 2 (src/engine/stream.c, the definition at the top of
 * src/engine/eval.c) against independent slow implementations written here: SplitMix64's
 * published first outputs, the block layout, the GSL face, the ziggurat's tables against
 * their defining equations, the normal sampler against the normal CDF (chi-square) and its
 * moments, uniform-mantissa and weights draws value by value, the fp32 cast against the
 * format's RNE, and version 1's seeding. */
#include "../tap.h"
#include "internal.h"
#include "engine/stream.h"
#include "weights/weights.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <stdlib.h>

#define G 0x9E3779B97F4A7C15ull

/* SplitMix64's output function, written out from the definition in eval.c. */
static uint64_t fin(uint64_t z) {
  uint64_t z1 = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  uint64_t z2 = (z1 ^ (z1 >> 27)) * 0x94D049BB133111EBull;
  return z2 ^ (z2 >> 31);
}
/* Value j of block i of key K. */
static uint64_t val(uint64_t K, uint64_t i, uint64_t j) { return fin(K + (i * 4294967296ull + j + 1) * G); }

/* Lemire's bounded index, written with a division-free reference: x n / 2^64 by 128-bit
 * arithmetic, rejection by the definition (low word < 2^64 mod n). */
static uint64_t below(uint64_t K, uint64_t i, uint64_t *j, uint64_t n) {
  for (;;) {
    const unsigned __int128 m = (unsigned __int128)val(K, i, (*j)++) * n;
    if ((uint64_t)m >= ((unsigned __int128)1 << 64) % n) return (uint64_t)(m >> 64);
  }
}

static void test_generator(void) {
  mulerr_sm64 g;
  gsl_rng *r = mulerr_stream_alloc(2), *mt = mulerr_stream_alloc(1), *ref = gsl_rng_alloc(gsl_rng_mt19937);
  uint64_t i, j, bad = 0;
  /* Vigna's splitmix64.c from state 0: the published first outputs */
  mulerr_sm64_seek(&g, 0, 0);
  ok(mulerr_sm64_next(&g) == 0xE220A8397B1DCDAFull && mulerr_sm64_next(&g) == 0x6E789E6AA1B965F4ull &&
     mulerr_sm64_next(&g) == 0x06C45D188009454Full, "SplitMix64 from state 0: e220a8397b1dcdaf 6e789e6aa1b965f4 "
     "06c45d188009454f");
  for (i = 0; i < 4; i++) { /* the block layout, blocks 0, 1, 2 and 2^32 - 2 */
    const uint64_t blk = i < 3 ? i : 4294967294ull, K = 0x0123456789abcdefull * (i + 1);
    mulerr_sm64_seek(&g, K, blk);
    for (j = 0; j < 1000; j++) bad += mulerr_sm64_next(&g) != val(K, blk, j);
  }
  ok(bad == 0, "value j of block i is fin(K + (i 2^32 + j + 1) gamma) (%llu differ)", (unsigned long long)bad);
  ok(!strcmp(gsl_rng_name(r), "mulerr-sm64") && gsl_rng_min(r) == 0 && gsl_rng_max(r) == 4294967295ul,
     "GSL face: name mulerr-sm64, min 0, max 2^32 - 1");
  mulerr_stream_block(r, 77, 5);
  ok(mulerr_stream_state(r) && mulerr_stream_state(mt) == NULL, "mulerr_stream_state: version 2 only");
  for (j = 0, bad = 0; j < 3000; j += 3) {
    bad += gsl_rng_get(r) != val(77, 5, j) >> 32;
    bad += gsl_rng_uniform(r) != (double)(val(77, 5, j + 1) >> 11) * 0x1p-53;
    bad += mulerr_sm64_below(mulerr_stream_state(r), 1000003) != (val(77, 5, j + 2) * (unsigned __int128)1000003) >> 64;
  }
  ok(bad == 0, "get() = high 32 bits, get_double() = top 53 bits 2^-53, one value each (%llu differ)",
     (unsigned long long)bad);
  { /* Lemire: with n = 2^63 + 1 about half the values are rejected */
    uint64_t jj = 0, n = (1ull << 63) + 1, k;
    mulerr_stream_block(r, 9, 3);
    for (k = 0, bad = 0; k < 2000; k++) bad += mulerr_sm64_below(mulerr_stream_state(r), n) != below(9, 3, &jj, n);
    ok(bad == 0 && mulerr_stream_state(r)->c == 9 + (3ull << 32) * G + jj * G,
       "Lemire's index with rejection, n = 2^63 + 1: %llu values for 2000 draws", (unsigned long long)jj);
  }
  /* version 1: MT19937 seeded 1 + ((K + i) mod (2^32 - 1)) */
  mulerr_stream_block(mt, 4294967290ull, 9);
  gsl_rng_set(ref, 1 + (4294967290ull + 9) % 4294967295ull);
  for (j = 0, bad = 0; j < 100; j++) bad += gsl_rng_get(mt) != gsl_rng_get(ref);
  ok(bad == 0 && !strcmp(gsl_rng_name(mt), "mt19937"), "version 1: MT19937 seeded 1 + ((K + i) mod (2^32 - 1))");
  gsl_rng_free(r), gsl_rng_free(mt), gsl_rng_free(ref);
}

static void test_tables(void) {
  const mulerr_zig *z = &mulerr_zig_tab;
  const double r = 3.6541528853610088;
  const double v = r * exp(-r * r / 2) + sqrt(M_PI / 2) * erfc(r / sqrt(2));
  double worst = 0, wf = 0;
  int i, kbad = 0;
  mulerr_zig_init();
  ok(z->x[1] == r && z->x[256] == 0 && fabs(z->x[0] * exp(-r * r / 2) / v - 1) < 1e-14,
     "x[1] = r, x[256] = 0, x[0] f(r) = v");
  for (i = 1; i < 256; i++) { /* every layer has area v */
    const double a = z->x[i] * (exp(-z->x[i + 1] * z->x[i + 1] / 2) - exp(-z->x[i] * z->x[i] / 2));
    if (fabs(a / v - 1) > worst) worst = fabs(a / v - 1);
  }
  ok(worst < 1e-12, "layers 1..255 have area v within %.2g (relative)", worst);
  for (i = 0; i <= 256; i++)
    if (fabs(z->f[i] - exp(-z->x[i] * z->x[i] / 2)) / z->f[i] > wf) wf = fabs(z->f[i] - exp(-z->x[i] * z->x[i] / 2)) / z->f[i];
  for (i = 0; i < 256; i++) {
    const long double q = (long double)z->x[i + 1] / z->x[i] * 0x1p55L;
    kbad += z->k[i + 256] != z->k[i] || z->w[i + 256] != -z->w[i];
    kbad += fabsl((long double)z->k[i] - floorl(q)) > 1 || z->w[i] != z->x[i] * 0x1p-55 || (i < 255 && (z->k[i] & 1023) == 0);
  }
  ok(wf < 1e-15, "f[i] = exp(-x[i]^2 / 2) (libm within %.2g)", wf);
  ok(kbad == 0 && z->k[255] == 0, "k[i] = floor(x[i + 1] / x[i] 2^55), w[i] = x[i] 2^-55");
}

/* The normal sampler against the normal CDF: N draws into 256 equiprobable bins (chi-square
 * with 255 degrees of freedom), the tails beyond r, and the moments. */
static void test_normal(void) {
  enum { N = 4000000, BINS = 256 };
  static double edge[BINS - 1];
  static long cnt[BINS];
  mulerr_sm64 g;
  double s1 = 0, s2 = 0, s4 = 0, chi = 0, mean, var, kurt, e = (double)N / BINS;
  long tail = 0, i;
  int b;
  mulerr_zig_init();
  for (b = 0; b < BINS - 1; b++) edge[b] = gsl_cdf_ugaussian_Pinv((double)(b + 1) / BINS);
  mulerr_sm64_seek(&g, 20251202, 0);
  for (i = 0; i < N; i++) {
    const double x = mulerr_zig_normal(&g);
    int lo = 0, hi = BINS - 1;
    while (lo < hi) { /* the bin: the first edge above x */
      const int mid = (lo + hi) / 2;
      if (x < edge[mid]) hi = mid;
      else lo = mid + 1;
    }
    cnt[lo]++;
    s1 += x, s2 += x * x, s4 += x * x * x * x;
    tail += fabs(x) > mulerr_zig_tab.x[1];
  }
  for (b = 0; b < BINS; b++) chi += (cnt[b] - e) * (cnt[b] - e) / e;
  ok(gsl_cdf_chisq_Q(chi, BINS - 1) > 1e-4, "normal: chi-square %.1f on %d equiprobable bins (p = %.3g)", chi,
     BINS, gsl_cdf_chisq_Q(chi, BINS - 1));
  {
    const double pt = 2 * gsl_cdf_ugaussian_Q(mulerr_zig_tab.x[1]), et = N * pt, sd = sqrt(N * pt * (1 - pt));
    ok(fabs(tail - et) < 5 * sd, "normal: %ld beyond |r| (expected %.1f +- %.1f)", tail, et, sd);
  }
  mean = s1 / N, var = s2 / N - mean * mean, kurt = s4 / N / (var * var);
  ok(fabs(mean) < 5 / sqrt(N) && fabs(var - 1) < 5 * sqrt(2.0 / N) && fabs(kurt - 3) < 5 * sqrt(96.0 / N),
     "normal: mean %.5f, variance %.5f, kurtosis %.4f", mean, var, kurt);
}

/* The distributions on a version-2 generator, value by value against the definition. */
static void test_dists(void) {
  mulerr_dist_spec d;
  gsl_rng *r = mulerr_stream_alloc(2);
  const mulerr_format *fp32 = mulerr_format_find("fp32"), *e4 = mulerr_format_find("e4m3fn");
  double *out = malloc(70000 * sizeof *out), *ref = malloc(70000 * sizeof *ref);
  uint64_t j, bad = 0;
  int m;
  for (m = 0; m <= 52; m += m < 10 ? 1 : 7) { /* uniform-mantissa: the top m bits of one value */
    mulerr_format f = *fp32;
    f.mbits = m;
    mulerr_dist_parse("uniform-mantissa", &d);
    mulerr_stream_block(r, 5, 1);
    d.type->draw(&d, &f, r, 1000, out);
    for (j = 0; j < 1000; j++) bad += out[j] != 1 + (m ? ldexp((double)(val(5, 1, j) >> (64 - m)), -m) : 0);
  }
  ok(bad == 0, "uniform-mantissa: 1 + (top m bits) 2^-m, m = 0..52");
  { /* normal: mean + sigma z, then RNE to the source (fp32 through the cast) */
    mulerr_sm64 g;
    int k;
    for (k = 0; k < 2; k++) {
      const mulerr_format *f = k ? e4 : fp32;
      mulerr_dist_parse(k ? "normal:mean=1:sigma=3" : "normal:sigma=1e-38", &d); /* fp32 subnormals */
      mulerr_stream_block(r, 11, 7);
      d.type->draw(&d, f, r, 65536, out);
      mulerr_sm64_seek(&g, 11, 7);
      for (j = 0; j < 65536; j++) ref[j] = d.param[0] + d.param[1] * mulerr_zig_normal(&g);
      mulerr_format_round_n(f, MULERR_RNE, 65536, ref, ref);
      for (j = 0, bad = 0; j < 65536; j++) bad += mulerr_d2u(out[j]) != mulerr_d2u(ref[j]);
      ok(bad == 0 && mulerr_stream_state(r)->c == g.c, "normal on %s: mean + sigma z rounded RNE (%llu differ)",
         f->name, (unsigned long long)bad);
    }
  }
  { /* the fp32 cast is the format's RNE: ties, subnormals, overflow */
    static const double x[] = {1 + 0x1p-24, 1 + 0x3p-24, 0x1p-149 * 1.5, 0x1p-149 * 2.5, 0x1p-150, 0x1.000001p-150,
                               0x1.fffffefffffffp127, 0x1.ffffffp127, 1e39, -1e39, -0x1p-149 * 0.5, 3.4e38};
    for (j = 0, bad = 0; j < sizeof x / sizeof *x; j++)
      bad += mulerr_d2u((double)(float)x[j]) != mulerr_d2u(mulerr_format_round(fp32, x[j], MULERR_RNE));
    ok(bad == 0, "fp32: the cast equals the format's RNE on ties, subnormals and overflow");
  }
  { /* weights: Lemire's index over the finite values of the file, in tensor order */
    const char *top = getenv("top_srcdir") && *getenv("top_srcdir") ? getenv("top_srcdir") : ".";
    char spec[4096];
    snprintf(spec, sizeof spec, "weights:%s/data/stories260K.gguf+%s/data/stories260K.gguf:tensors=blk.1.*:weight=3",
             top, top);
    if (ok(mulerr_dist_parse(spec, &d) == MULERR_OK, "weights: %s", spec)) {
      mulerr_weights *w[2];
      size_t *idx[2], nt[2];
      uint64_t tot[2] = {0, 0}, jj = 0;
      int s;
      for (s = 0; s < 2; s++) {
        char path[4096];
        size_t k;
        snprintf(path, sizeof path, "%s/data/stories260K.gguf", top);
        mulerr_weights_open(path, &w[s]);
        mulerr_weights_select(w[s], s ? "blk.1.*" : NULL, 0, &idx[s], &nt[s]);
        for (k = 0; k < nt[s]; k++) tot[s] += w[s]->tensors[idx[s][k]].count; /* no non-finite values */
      }
      mulerr_stream_block(r, 3, 2);
      d.type->draw(&d, fp32, r, 20000, out);
      for (j = 0, bad = 0; j < 20000; j++) {
        const double u = (double)(val(3, 2, jj++) >> 11) * 0x1p-53 * 4;
        uint64_t e;
        size_t k;
        s = u < 1 ? 0 : 1;
        e = below(3, 2, &jj, tot[s]);
        for (k = 0; e >= w[s]->tensors[idx[s][k]].count; k++) e -= w[s]->tensors[idx[s][k]].count;
        bad += out[j] != mulerr_tensor_get(&w[s]->tensors[idx[s][k]], e);
      }
      ok(bad == 0, "weights (two sources, weights 1 and 3): source by u 4 < 1, index by Lemire (%llu differ)",
         (unsigned long long)bad);
      { /* the same from a counter whose value number z is 0 (fin(0) = 0): where z is an index's
         * value it is rejected (the low word 0 is below 2^64 mod n), and after that the pairs
         * straddle the runs of 512 values; z at a run's end, start and inside */
        static const uint64_t zpos[] = {1, 5, 510, 511, 512, 513, 1023, 1024, 2999};
        uint64_t rejected = 0;
        size_t z;
        for (z = 0, bad = 0; z < sizeof zpos / sizeof *zpos; z++) {
          const uint64_t c0 = 0 - (zpos[z] + 1) * G;
          jj = 0;
          mulerr_stream_state(r)->c = c0;
          d.type->draw(&d, fp32, r, 3000, out);
          for (j = 0; j < 3000; j++) {
            const double u = (double)(fin(c0 + ++jj * G) >> 11) * 0x1p-53 * 4;
            const uint64_t j0 = jj;
            uint64_t e;
            size_t k;
            s = u < 1 ? 0 : 1;
            for (;;) {
              const unsigned __int128 pr = (unsigned __int128)fin(c0 + ++jj * G) * tot[s];
              if ((uint64_t)pr >= ((unsigned __int128)1 << 64) % tot[s]) {
                e = (uint64_t)(pr >> 64);
                break;
              }
            }
            rejected += jj - j0 - 1;
            for (k = 0; e >= w[s]->tensors[idx[s][k]].count; k++) e -= w[s]->tensors[idx[s][k]].count;
            bad += out[j] != mulerr_tensor_get(&w[s]->tensors[idx[s][k]], e);
          }
          bad += mulerr_stream_state(r)->c != c0 + jj * G;
        }
        ok(bad == 0 && rejected >= 4, "weights (two sources): rejected indices at run ends and inside, pairs "
           "straddling runs (%llu differ, %llu rejected)", (unsigned long long)bad, (unsigned long long)rejected);
      }
      for (s = 0; s < 2; s++) free(idx[s]), mulerr_weights_close(w[s]);
      mulerr_dist_close(&d);
    }
  }
  free(out), free(ref);
  gsl_rng_free(r);
}

/* The vector passes (stream_vec.c) against the one-at-a-time definition, value for value:
 * runs of raw values, normal (fp32 and plain) with its slow tries inside runs and past their
 * ends, uniform-mantissa over several runs (odd lengths: the C tail after the
 * AVX2 quads), Lemire's index with half the values rejected, and weights' f[index] with
 * rejections placed inside, at the end and at the start of runs. */
/* The code the vector passes should run here: AVX-512 where the processor is x86-64-v4 (unless
 * built with MULERR_NO_V4), else AVX2 where it has it, C in a MULERR_NO_CLONES build. */
static const char *isa_expected(void) {
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(MULERR_NO_CLONES)
#ifndef MULERR_NO_V4
  if (__builtin_cpu_supports("x86-64-v4")) return "avx512";
#endif
  if (__builtin_cpu_supports("avx2")) return "avx2";
#endif
  return "c";
}

static void test_runs(void) {
  double *out = malloc(5000 * sizeof *out);
  uint64_t raw[1000], bad = 0;
  size_t t, j;
  int q;
  ok(!strcmp(mulerr_stream_isa(), isa_expected()), "the vector passes run the %s code (expected on this processor "
     "and build: %s)", mulerr_stream_isa(), isa_expected());
  mulerr_sm64_fill(123456789, 999, raw);
  for (j = 0; j < 999; j++) bad += raw[j] != fin(123456789 + (j + 1) * G);
  ok(bad == 0, "mulerr_sm64_fill: value j is fin(c + (j + 1) gamma)");
  { /* normal in runs (mulerr_zig_fill): fp32 cast and plain, lengths around the run size (the C
     * tail after the AVX2 quads), slow tries counted, and those that read past their run's end
     * (the run layout: a run starts where the reading stopped and holds
     * min(outputs due, MULERR_STREAM_RUN) values) */
    static const size_t lens[] = {1, 2, 3, 5, 511, 512, 513, 1025, 65536, 400000};
    const size_t nmax = 400000;
    double *o = malloc(nmax * sizeof *o);
    uint64_t slow = 0, tails = 0, past = 0, past_tail = 0, ginv = G, lane[64] = {0}, lmin = ~0ull;
    for (q = 0; q < 6; q++) ginv *= 2 - G * ginv; /* Newton: gamma's inverse mod 2^64 */
    mulerr_zig_init();
    for (t = 0, bad = 0; t < sizeof lens / sizeof *lens; t++)
      for (q = 0; q < 4; q++) {
        static const double means[] = {-1, 0.25, 0, 0}, sigmas[] = {0.02, 3, 1, 1e-30};
        const size_t n = lens[t];
        mulerr_sm64 g, h;
        size_t rs = 0, rm = 0, p = 0;
        mulerr_sm64_seek(&g, 99 + t, 5 + (uint64_t)q);
        h = g;
        mulerr_zig_fill(&g, n, means[q], sigmas[q], q & 1, o);
        for (j = 0; j < n; j++) {
          const uint64_t c0 = h.c, v = fin(c0 + G);
          double x = means[q] + sigmas[q] * mulerr_zig_normal(&h);
          size_t len;
          if (q & 1) x = (double)(float)x;
          bad += mulerr_d2u(o[j]) != mulerr_d2u(x);
          len = (size_t)((h.c - c0) * ginv);
          if (p >= rs + rm) rs = p, rm = n - j < MULERR_STREAM_RUN ? n - j : MULERR_STREAM_RUN;
          if (len > 1) {
            slow++, lane[(p - rs) % 64]++;
            tails += (v & 255) == 0;
            if (p + len > rs + rm) past++, past_tail += (v & 255) == 0;
          }
          p += len;
        }
        bad += g.c != h.c;
      }
    ok(ginv * G == 1 && bad == 0,
       "normal in runs = one at a time, fp32 and plain, 4 means/sigmas, 10 lengths (%llu differ; %llu slow tries, "
       "%llu tails)", (unsigned long long)bad, (unsigned long long)slow, (unsigned long long)tails);
    ok(slow > 1000 && tails > 10 && past > 5,
       "the walk met slow tries reading past a run's end: %llu (of them tails: %llu)", (unsigned long long)past,
       (unsigned long long)past_tail);
    for (j = 0; j < 64; j++) lmin = lane[j] < lmin ? lane[j] : lmin;
    ok(lmin >= 100, "slow tries at every position of a run mod 64 (every lane, every bit of the pass's mask words): "
       "at least %llu each", (unsigned long long)lmin);
    free(o);
  }
  for (q = 1, bad = 0; q <= 52; q += 3) {
    mulerr_sm64 g;
    mulerr_sm64_seek(&g, 77, (uint64_t)q);
    mulerr_mantissa_fill(&g, 1501, q, out);
    for (j = 0; j < 1501; j++) bad += out[j] != 1 + ldexp((double)(val(77, (uint64_t)q, j) >> (64 - q)), -q);
    bad += g.c != 77 + ((uint64_t)q * 4294967296ull + 1501) * G;
  }
  ok(bad == 0, "uniform-mantissa in runs: 1 + (top m bits) 2^-m over 3 runs, m = 1..52");
  { /* Lemire's index in runs; n near 2^63 makes half the values rejected (runs end mid-rejection) */
    static const uint64_t nn[] = {1, 3, 1000, 260000, 0x8000000000000001ull, 0xc000000000000000ull, ~0ull};
    uint64_t *idx = malloc(5000 * sizeof *idx), rejected = 0;
    for (t = 0, bad = 0; t < sizeof nn / sizeof *nn; t++) {
      mulerr_sm64 g;
      uint64_t jj = 0;
      mulerr_sm64_seek(&g, 31, t);
      mulerr_below_fill(&g, 5000, nn[t], idx);
      for (j = 0; j < 5000; j++) {
        const uint64_t j0 = jj;
        bad += idx[j] != below(31, t, &jj, nn[t]);
        rejected += jj - j0 - 1;
      }
      bad += g.c != 31 + (t * 4294967296ull + jj) * G;
    }
    ok(bad == 0 && rejected > 1000, "Lemire's index in runs = the definition (%llu rejected values)",
       (unsigned long long)rejected);
    free(idx);
  }
  { /* f[Lemire's index] (weights): f[k] = k; a counter whose value number z is 0 (fin(0) = 0: the
     * low word 0 is below n, and rejected unless n is a power of 2) puts a rejection at z,
     * inside a run, at a chunk's last and first value, at a run's last and first value and at
     * the call's last value */
    static const uint64_t nn[] = {1, 3, 1000, 65536, 16777213};
    static const size_t zpos[] = {5, 63, 64, 511, 512, 1023, 4999};
    float *f = malloc(16777216 * sizeof *f);
    uint64_t zeros = 0;
    for (j = 0; j < 16777216; j++) f[j] = (float)j;
    for (t = 0, bad = 0; t < 2 * sizeof nn / sizeof *nn; t++) {
      const size_t len = t % 2 ? 4998 : 5000; /* the last run in whole quads, and not */
      size_t z;
      for (z = 0; z < sizeof zpos / sizeof *zpos; z++) {
        mulerr_sm64 g = {0 - (zpos[z] + 1) * G}, h = g;
        mulerr_pick_f32(&g, len, nn[t / 2], f, out);
        for (j = 0; j < len; j++) {
          zeros += fin(h.c + G) == 0;
          bad += out[j] != (double)mulerr_sm64_below(&h, nn[t / 2]);
        }
        bad += g.c != h.c;
      }
    }
    ok(bad == 0 && zeros == 65, "f[Lemire's index] in runs = the definition, rejections at run ends (%llu differ)",
       (unsigned long long)bad);
    free(f);
  }
  free(out);
}

/* mulerr_any_nonfinite (block_operands' check; AVX-512 sixteen or AVX2 eight at a time, then C)
 * against isfinite(): every length to 40 with one NaN (quiet, negative, signaling), Inf or -Inf
 * at every position, and the finite extremes */
static void test_nonfinite(void) {
  static const double fin_x[] = {0, -0.0, 0x1p-1074, -0x1p-1074, 0x1p-1022, 1.7976931348623157e308,
                                 -1.7976931348623157e308, 1, -3.5};
  double x[40] = {0}, snan;
  uint64_t bad = 0, calls = 0, snan_bits = 0x7ff0000000000001ull; /* a signaling NaN */
  size_t n, at, k, j;
  memcpy(&snan, &snan_bits, sizeof snan);
  for (n = 0; n <= 40; n++) {
    for (j = 0; j < n; j++) x[j] = fin_x[j % (sizeof fin_x / sizeof *fin_x)];
    bad += mulerr_any_nonfinite(n, x) != 0, calls++;
    for (at = 0; at < n; at++)
      for (k = 0; k < 5; k++) {
        const double keep = x[at];
        x[at] = k == 0 ? NAN : k == 1 ? INFINITY : k == 2 ? -INFINITY : k == 3 ? snan : -NAN;
        bad += mulerr_any_nonfinite(n, x) != !isfinite(x[at]), calls++;
        x[at] = keep;
      }
  }
  ok(bad == 0, "mulerr_any_nonfinite = some !isfinite(x[i]): %llu calls, lengths 0..40, NaN (quiet, -, signaling)/"
     "Inf/-Inf at every position, finite extremes (%llu differ)", (unsigned long long)calls, (unsigned long long)bad);
}

int main(void) {
  test_generator();
  test_tables();
  test_normal();
  test_dists();
  test_runs();
  test_nonfinite();
  return tap_done();
}
