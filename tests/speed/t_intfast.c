/* t_intfast.c — int's multiply-only product (product_k in src/methods/int.c) against
 * mulerr_int_kernel (MPFR, the definition), bit for bit, for bits 2..16 and blocks 0 (per
 * tensor), 32 and 4096, and with group maxima (--scale): random normal and uniform blocks,
 * zeros, 53-bit significands, whole blocks scaled so that products are subnormal or zero;
 * and products built to sit exactly on a rounding midpoint or within an ulp of one (block 1:
 * q = +-Q, so the product is exactly a b, and binary64 multiplication is an independent
 * oracle): every exact tie must be left by product_k to the exact path
 * (mulerr_int_undecided counts them) and come out as a b rounded to nearest even. */
#define FASTPASS_SEED 0x9e3779b97f4a7c15ull
#include "fastpass.h"

#include <stdlib.h>
#include <string.h>


#define N 8192
static double A[N], B[N], O1[N], O2[N], GA[N], GB[N];

static void fill(double *v) {
  size_t i;
  for (i = 0; i < N; i++) {
    const int blk = (int)(i / 32), kind = (int)(next() % 16);
    double x = 0.02 * sqrt(-2 * log(u01())) * cos(6.283185307179586 * u01()); /* normal */
    if (blk % 4 == 1) x = 2 * u01() - 1;                                         /* uniform */
    x = (float)x;                                                                  /* fp32 source */
    if (kind == 0) x = 0;
    if (kind == 1) x = (2 * u01() - 1) * 0.05; /* 53-bit significand */
    if (blk % 8 == 3) x = ldexp(x, -530);       /* products subnormal or zero */
    if (blk % 8 == 5) x = ldexp(x, 500);        /* large products */
    if (blk % 16 == 7) x = 0;                   /* an all-zero block */
    v[i] = x;
  }
}

int main(void) {
  const mulerr_method *m = mulerr_method_find("int");
  static const int blocks[] = {0, 32, 4096};
  mulerr_method_cfg cfg;
  size_t i, bad, ties = 0, near = 0, u0;
  int bits, k;
  fill(A), fill(B);
  for (bits = 2; bits <= 16; bits++) {
    for (k = 0; k < 3; k++) {
      if (!int_prep(&cfg, bits, blocks[k])) return ok(0, "int bits=%d prepares: %s", bits, mulerr_errmsg()), tap_done();
      m->mul(&cfg, N, A, B, O1), mulerr_int_kernel(&cfg, N, A, B, O2);
      ok(cmp_arrays(A, B, O1, O2, N, "random") == 0, "int bits=%d block=%d: equals the kernel on %d random pairs", bits, blocks[k], N);
    }
    for (i = 0; i < N; i++) { /* group maxima: runs of 8 values (a) and of 16 (b), as --scale gives */
      size_t j;
      GA[i] = GB[i] = 0;
      for (j = i - i % 8; j < i - i % 8 + 8; j++) GA[i] = fabs(A[j]) > GA[i] ? fabs(A[j]) : GA[i];
      for (j = i - i % 16; j < i - i % 16 + 16; j++) GB[i] = fabs(B[j]) > GB[i] ? fabs(B[j]) : GB[i];
    }
    int_prep(&cfg, bits, 0);
    mulerr_int_group_amax(GA, GB);
    m->mul(&cfg, N, A, B, O1), mulerr_int_kernel(&cfg, N, A, B, O2);
    mulerr_int_group_amax(NULL, NULL);
    ok(cmp_arrays(A, B, O1, O2, N, "grouped") == 0, "int bits=%d group maxima: equals the kernel on %d random pairs", bits, N);
  }
  /* midpoints: a = (1 + i 2^-26) 2^x, b = (1 + j 2^-27 + c 2^-52) 2^y, i, j odd < 2^10: a b =
   * (1 + (2i + j) 2^-27 + i j 2^-53 + c a 2^-52) 2^(x+y), below 2 2^(x+y).  c = 0: an exact
   * midpoint (i j odd); c = +-1: within an ulp of one (a 2^-52 = 2^-52 + i 2^-78). */
  for (i = 0; i < N; i++) {
    const uint64_t u = next();
    const int c = (int)(u % 3) - 1, x = (int)((u >> 2) % 200) - 100, y = (int)((u >> 10) % 200) - 100;
    const double ii = (double)((u >> 20) % 1024 | 1), jj = (double)((u >> 30) % 1024 | 1);
    A[i] = ldexp(1 + ii * 0x1p-26, x) * ((u >> 40) & 1 ? -1 : 1);
    B[i] = ldexp(1 + jj * 0x1p-27 + c * 0x1p-52, y);
    if (c == 0) ties++;
    else near++;
  }
  for (bits = 2; bits <= 16; bits++) {
    int_prep(&cfg, bits, 1);
    u0 = mulerr_int_undecided();
    m->mul(&cfg, N, A, B, O1), mulerr_int_kernel(&cfg, N, A, B, O2);
    bad = cmp_arrays(A, B, O1, O2, N, "midpoint");
    for (i = 0; i < N; i++)
      if (mulerr_d2u(O2[i]) != mulerr_d2u(A[i] * B[i]) && bad++ < 3) diag("pair %zu: kernel %a, a b = %a", i, O2[i], A[i] * B[i]);
    ok(bad == 0, "int bits=%d block=1: %zu exact midpoints and %zu near ones equal the kernel and a b", bits, ties, near);
    ok(mulerr_int_undecided() - u0 >= ties, "int bits=%d: the %zu ties went to the exact path (%zu undecided)", bits, ties,
       mulerr_int_undecided() - u0);
  }
  return tap_done();
}
