/* t_vpass.c — the fast passes of lns (branch-free), mx (vector rounding) and int (integer
 * rounding without MPFR) against their scalar kernels (mulerr_lns_kernel, mulerr_mx_kernel,
 * mulerr_int_kernel), bit for bit: every ordered pair of
 * e4m3fn and of e5m2 encodings, every bf16 encoding against shuffled bf16 partners, and
 * random binary64 operands with specials (signed zeros, binary64 subnormals, Inf, NaN,
 * magnitudes far beyond every format's range: saturation and underflow; for NaN times NaN
 * only NaN-ness is compared, IEEE 754 leaving open which NaN a product returns), for several
 * parameter sets of each method.  Lengths are not multiples of the chunk or the block, so
 * partial chunks and blocks are compared too. */
#include "internal.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static uint64_t st = 0x2545f4914f6cdd1dull;
static uint64_t next(void) {
  st ^= st << 13, st ^= st >> 7, st ^= st << 17;
  return st;
}

static size_t nops; /* the operand set: a[i], b[i], i < nops */
static double *A, *B, *O1, *O2;

static void add(double x, double y) { A[nops] = x, B[nops] = y, nops++; }

static void build(void) {
  const mulerr_format *f8[2] = {mulerr_format_find("e4m3fn"), mulerr_format_find("e5m2")};
  const mulerr_format *bf = mulerr_format_find("bf16");
  size_t i, j, r;
  int k;
  for (k = 0; k < 2; k++) /* every ordered pair of fp8 encodings (non-values included) */
    for (i = 0; i < 256; i++)
      for (j = 0; j < 256; j++) add(mulerr_format_decode(f8[k], i), mulerr_format_decode(f8[k], j));
  for (r = 0; r < 2; r++) /* every bf16 encoding, each against a random bf16 encoding */
    for (i = 0; i < 65536; i++) add(mulerr_format_decode(bf, i), mulerr_format_decode(bf, next() & 0xffff));
  for (i = 0; i < 200000; i++) { /* random binary64 with specials */
    double v[2];
    for (k = 0; k < 2; k++) {
      const uint64_t u = next(), c = u % 16;
      v[k] = ldexp((double)((u >> 8) | 1) * 0x1p-56, (int)((u >> 4) % 80) - 40); /* 56-bit significands */
      if (c == 0) v[k] = 0;
      if (c == 1) v[k] = -0.0;
      if (c == 2) v[k] = ldexp((double)(u >> 12), -1074 - (int)(u % 40)); /* subnormal */
      if (c == 3) v[k] = u & 1 ? INFINITY : -INFINITY;
      if (c == 4) v[k] = NAN;
      if (c == 5) v[k] = ldexp(1.5, (int)(u % 2000) - 1000); /* far out of range */
      if (c == 6) v[k] = mulerr_format_decode(bf, u >> 48);
      if (u >> 63) v[k] = -v[k];
    }
    add(v[0], v[1]);
  }
}

/* n pairs from the set through the method's mul and through the kernel: identical bits. */
static size_t compare(const mulerr_method *m, const mulerr_method_cfg *cfg,
                      void (*kernel)(const mulerr_method_cfg *, size_t, const double *, const double *, double *)) {
  size_t i, bad = 0, len;
  for (i = 0; i < nops; i += len) { /* calls of uneven lengths, as the engine's blocks */
    len = 1 + next() % 70000;
    if (len > nops - i) len = nops - i;
    m->mul(cfg, len, A + i, B + i, O1 + i);
    kernel(cfg, len, A + i, B + i, O2 + i);
  }
  for (i = 0; i < nops; i++) /* NaN x NaN: IEEE 754 leaves which NaN (and sign) open */
    if (mulerr_d2u(O1[i]) != mulerr_d2u(O2[i]) && !(isnan(A[i]) && isnan(B[i]) && isnan(O1[i]) && isnan(O2[i])) &&
        bad++ < 3)
      diag("pair %zu: %a * %a: pass %a, kernel %a", i, A[i], B[i], O1[i], O2[i]);
  return bad;
}

static void lns(int in, int fr, int satur) {
  const mulerr_method *m = mulerr_method_find("lns");
  mulerr_method_cfg cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.k = 3, cfg.rounding = MULERR_RNE, cfg.lns_int = in, cfg.lns_frac = fr, cfg.lns_saturate = satur;
  cfg.source = mulerr_format_find("fp32");
  if (!ok(mulerr_method_prepare(m, &cfg) == MULERR_OK, "lns %d.%d prepares", in, fr)) return;
  ok(compare(m, &cfg, mulerr_lns_kernel) == 0, "lns int=%d frac=%d%s: the branch-free pass equals the kernel on %zu pairs",
     in, fr, satur ? " (saturating)" : "", nops);
}

static void mx(const char *elem, int block, mulerr_rounding r) {
  const mulerr_method *m = mulerr_method_find("mx");
  mulerr_method_cfg cfg;
  memset(&cfg, 0, sizeof cfg);
  cfg.rounding = r, cfg.block = block, cfg.format = mulerr_format_find(elem), cfg.work = *cfg.format;
  cfg.source = mulerr_format_find("fp32");
  if (!ok(mulerr_method_prepare(m, &cfg) == MULERR_OK, "mx %s prepares: %s", elem, mulerr_errmsg())) return;
  ok(compare(m, &cfg, mulerr_mx_kernel) == 0, "mx %s block=%d rounding %s: the vector pass equals the kernel on %zu pairs",
     elem, block, mulerr_rounding_name(r), nops);
}

/* int: the same comparison on the finite operands only (the kernel's frexp split of an
 * infinite max is not defined; the engine never passes non-values); per block, per tensor,
 * and with group maxima handed over as the engine does for --scale. */
static void intq(int bits, int block, int grouped) {
  const mulerr_method *m = mulerr_method_find("int");
  mulerr_method_cfg cfg;
  size_t saved = nops, i, j = 0, bad;
  double *ga = malloc(saved * sizeof *ga), *gb = malloc(saved * sizeof *gb);
  memset(&cfg, 0, sizeof cfg);
  cfg.rounding = MULERR_RNE, cfg.bits = bits, cfg.block = block, cfg.k = 3, cfg.source = mulerr_format_find("fp32");
  if (!ok(mulerr_method_prepare(m, &cfg) == MULERR_OK, "int %d prepares: %s", bits, mulerr_errmsg())) return;
  for (i = 0; i < saved; i++) /* compact the finite pairs to the front (restored below) */
    if (isfinite(A[i]) && isfinite(B[i])) O1[j] = A[i], O2[j] = B[i], j++;
  memcpy(ga, A, saved * sizeof *A), memcpy(gb, B, saved * sizeof *B);
  memcpy(A, O1, j * sizeof *A), memcpy(B, O2, j * sizeof *B);
  nops = j;
  if (grouped) { /* group maxima: of runs of 8 values, as a --scale grouping would give */
    double *xa = malloc(j * sizeof *xa), *xb = malloc(j * sizeof *xb);
    for (i = 0; i < j; i++) {
      size_t k, g = i - i % 8;
      xa[i] = xb[i] = 0;
      for (k = g; k < g + 8 && k < j; k++) {
        if (fabs(A[k]) > xa[i]) xa[i] = fabs(A[k]);
        if (fabs(B[k]) > xb[i]) xb[i] = fabs(B[k]);
      }
    }
    mulerr_int_group_amax(xa, xb);
    m->mul(&cfg, j, A, B, O1); /* one call: the group maxima are indexed from the start */
    mulerr_int_kernel(&cfg, j, A, B, O2);
    mulerr_int_group_amax(NULL, NULL);
    for (i = 0, bad = 0; i < j; i++)
      if (mulerr_d2u(O1[i]) != mulerr_d2u(O2[i]) && bad++ < 3) diag("pair %zu: %a * %a: %a vs %a", i, A[i], B[i], O1[i], O2[i]);
    free(xa), free(xb);
  } else
    bad = compare(m, &cfg, mulerr_int_kernel);
  ok(bad == 0, "int bits=%d %s%s: the fast path equals the kernel on %zu finite pairs", bits,
     grouped ? "group maxima" : block ? "block=" : "per tensor", grouped || !block ? "" : (block == 32 ? "32" : "1"), j);
  memcpy(A, ga, saved * sizeof *A), memcpy(B, gb, saved * sizeof *B);
  nops = saved;
  free(ga), free(gb);
}

int main(void) {
  static const char *const elems[] = {"e4m3fn", "e5m2", "e2m3fn", "e3m2fn", "e2m1fn"};
  static const int blocks[] = {32, 1, 2, 512, 1024, 65536};
  size_t cap = 2 * 65536 + 2 * 65536 + 200000, i;
  int r;
  A = malloc(cap * sizeof *A), B = malloc(cap * sizeof *B), O1 = malloc(cap * sizeof *O1), O2 = malloc(cap * sizeof *O2);
  build();
  lns(5, 3, 0), lns(5, 3, 1), lns(4, 2, 0), lns(8, 7, 0), lns(1, 1, 0), lns(10, 12, 1), lns(3, 20, 0);
  for (i = 0; i < sizeof elems / sizeof *elems; i++) mx(elems[i], 32, MULERR_RNE);
  for (i = 1; i < sizeof blocks / sizeof *blocks; i++) mx("e4m3fn", blocks[i], MULERR_RNE);
  for (r = MULERR_RTZ; r <= MULERR_RNTA; r++) mx(r % 2 ? "e2m1fn" : "e5m2", 32, (mulerr_rounding)r);
  { /* integer elements and stochastic rounding run the kernel itself: still equal */
    const mulerr_method *m = mulerr_method_find("mx");
    mulerr_method_cfg cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.rounding = MULERR_RNE, cfg.bits = 8, cfg.k = 3, cfg.source = mulerr_format_find("fp32");
    if (ok(mulerr_method_prepare(m, &cfg) == MULERR_OK, "mx int8 prepares: %s", mulerr_errmsg()))
      ok(compare(m, &cfg, mulerr_mx_kernel) == 0, "mx int8: equals the kernel on %zu pairs", nops);
  }
  intq(8, 0, 0), intq(8, 32, 0), intq(4, 1, 0), intq(16, 0, 0), intq(2, 32, 0), intq(8, 0, 1), intq(16, 0, 1);
  free(A), free(B), free(O1), free(O2);
  return tap_done();
}
