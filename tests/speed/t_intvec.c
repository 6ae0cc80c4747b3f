/* t_intvec.c — int's vector pass (vrun in src/methods/int.c) against mulerr_int_kernel (MPFR,
 * the definition), bit for bit, for every --int-bits 2..16:
 *  - lengths 1..13, 37, 1001 and 4099 (every tail of the four-lane loop), per tensor, --block 8
 *    and 16, and group maxima (--scale) in runs of 1..40 values with their own boundaries on
 *    each side; operands mixing fp32 values, 53-bit significands, +-0, subnormals (with a
 *    normal group maximum: quantised to 0 in the lanes; and whole groups of subnormals),
 *    groups whose products are subnormal, near the top of the range or overflow, maxima at
 *    and just outside the pass's [2^-1000, 2^1000], all-zero groups, values whose x Q / max
 *    lies within a few ulps of a half-integer;
 *  - products on a rounding midpoint and within 2^-21 and 2^-17 of a half-ulp of one, and
 *    powers of two: a group of +-a0 times a group of +-b0 quantises to +-Q on both sides, so
 *    the product is a0 b0, and binary64 multiplication is an independent oracle;
 *  - the pass is used: on fp32 normal values it marks at most 1 pair in 1000, and it marks
 *    every exact midpoint and power of two.
 * (NaN and infinite operands are not values, never reach a method from the engine, and the
 * kernel's integer conversion is undefined for them: not tested.) */
#define FASTPASS_SEED 0x2545f4914f6cdd1dull
#include "fastpass.h"

#include <stdlib.h>
#include <string.h>


#define N 4099
static double A[N], B[N], O1[N], O2[N], GA[N], GB[N];
static int KIND[N];

/* group maxima of v in runs of random lengths 1..40 */
static void groups(const double *v, double *g, size_t n) {
  size_t lo = 0, hi, i;
  while (lo < n) {
    hi = lo + 1 + next() % 40;
    if (hi > n) hi = n;
    double m = 0;
    for (i = lo; i < hi; i++) m = fabs(v[i]) > m ? fabs(v[i]) : m;
    for (i = lo; i < hi; i++) g[i] = m;
    lo = hi;
  }
}

/* random operands in blocks of 16, each block of one kind */
static void fill(double *v, size_t n, int bits) {
  const double Q = ldexp(1, bits - 1) - 1;
  size_t i;
  int kind = 0;
  double top = 1;
  for (i = 0; i < n; i++) {
    double x = 0.02 * sqrt(-2 * log(u01())) * cos(6.283185307179586 * u01());
    if (i % 16 == 0) kind = (int)(next() % 13), top = 0.5 + u01() / 2;
    x = (float)x;
    if (next() % 11 == 0) x = 0;
    if (next() % 13 == 0) x = -0.0;
    if (next() % 7 == 0) x = (2 * u01() - 1) * 0.05; /* 53-bit significand */
    switch (kind) {
    case 1: if (next() % 3 == 0) x = ldexp(x, -1030); break; /* subnormals beside a normal max */
    case 2: x = ldexp(x, -1040); break;                     /* all subnormal */
    case 3: x = ldexp(x, -515); break;                      /* products subnormal */
    case 4: x = ldexp(x, -505); break;                      /* products near the bottom */
    case 5: x = ldexp(x, 505); break;                       /* near the top, and beyond */
    case 6: x = ldexp(x, 514); break;                       /* products overflow */
    case 7: x = (i % 16 == 3) ? ldexp(1, -1000) : ldexp(x, -1001); break; /* max exactly 2^-1000 */
    case 8: x = (i % 16 == 5) ? ldexp(-1, 1000) : ldexp(x, 995); break;  /* max exactly 2^1000 */
    case 9: x = (i % 16 == 3) ? nextafter(ldexp(1, -1000), 0) : ldexp(x, -1006); break; /* just below */
    case 10: x = 0; break;                                                             /* all zero */
    case 11: /* x Q / max within a few ulps of a half-integer (the quantising pass's margin) */
      x = i % 16 == 0 ? top : nextafter((floor(u01() * Q) + 0.5) * top / Q, next() & 1 ? 1 : 0);
      x = next() & 1 ? -x : x;
      break;
    default: break;
    }
    v[i] = x;
  }
}

int main(void) {
  const mulerr_method *m = mulerr_method_find("int");
  static const size_t lens[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 37, 1001, N};
  static const int blocks[] = {0, 8, 16};
  mulerr_method_cfg cfg;
  size_t i, li, bad, ties, pow2, near, far, mk;
  int bits, k;
  for (bits = 2; bits <= 16; bits++) {
    size_t badr = 0, badg = 0;
    if (!int_prep(&cfg, bits, 0)) return ok(0, "int bits=%d prepares: %s", bits, mulerr_errmsg()), tap_done();
    for (li = 0; li < sizeof lens / sizeof *lens; li++) {
      const size_t n = lens[li];
      fill(A, n, bits), fill(B, n, bits);
      for (k = 0; k < 3; k++) {
        int_prep(&cfg, bits, blocks[k]);
        if (blocks[k] && n % (size_t)blocks[k] && n > 13) continue; /* the engine's blocks divide its arrays... */
        m->mul(&cfg, n, A, B, O1), mulerr_int_kernel(&cfg, n, A, B, O2);
        badr += cmp_arrays(A, B, O1, O2, n, "random");
      }
      groups(A, GA, n), groups(B, GB, n);
      int_prep(&cfg, bits, 0);
      mulerr_int_group_amax(GA, GB);
      m->mul(&cfg, n, A, B, O1), mulerr_int_kernel(&cfg, n, A, B, O2);
      mulerr_int_group_amax(NULL, NULL);
      badg += cmp_arrays(A, B, O1, O2, n, "grouped");
    }
    ok(badr == 0, "int bits=%d: equals the kernel on every length 1..13, 37, 1001, %d, per tensor and --block 8, 16", bits, N);
    ok(badg == 0, "int bits=%d: equals the kernel with group maxima in runs of 1..40", bits);
  }
  /* midpoints: runs of 8 values +-a0 and +-b0, a0 = (1 + i 2^-26 + d 2^-52) 2^x, b0 = (1 + j 2^-27)
   * 2^y with i, j odd below 2^10: a0 b0 = (1 + (2i + j) 2^-27 + (i j + 2 d) 2^-53 + d j 2^-79)
   * 2^(x+y), (i j + 2 d) 2^-53 an odd multiple of half an ulp: d = 0 an exact midpoint; d = +-1
   * and j < 64: within j 2^-26 < 2^-20 half-ulps of one (the pass must mark them); d = +-1 and
   * j > 64: farther (the pass may decide them); a0 = 2^x, b0 = 2^y: powers of two. */
  for (i = 0; i < N; i += 8) {
    const uint64_t u = next();
    const int kind = (int)(u % 6), x = (int)((u >> 3) % 200) - 100, y = (int)((u >> 11) % 200) - 100;
    const int d = kind == 0 || kind == 5 ? 0 : kind % 2 ? 1 : -1;
    const double ii = (double)((u >> 20) % 1024 | 1), sg = (u >> 40) & 1 ? -1 : 1;
    const double jj = kind == 1 || kind == 2 ? (double)((u >> 30) % 64 | 1) : kind == 3 || kind == 4 ? (double)((65 + (u >> 30) % 958) | 1)
                                                                                                   : (double)((u >> 30) % 1024 | 1);
    double a0 = ldexp(1 + ii * 0x1p-26 + d * 0x1p-52, x), b0 = ldexp(1 + jj * 0x1p-27, y);
    size_t j;
    if (kind == 5) a0 = ldexp(1, x), b0 = ldexp(1, y);
    for (j = i; j < i + 8 && j < N; j++) {
      A[j] = (next() & 1 ? -a0 : a0) * sg, B[j] = next() & 1 ? -b0 : b0;
      GA[j] = a0, GB[j] = b0, KIND[j] = kind;
    }
  }
  for (bits = 2; bits <= 16; bits++) {
    int_prep(&cfg, bits, 0);
    mulerr_int_group_amax(GA, GB);
    mk = mulerr_int_marked();
    m->mul(&cfg, N, A, B, O1), mulerr_int_kernel(&cfg, N, A, B, O2);
    mk = mulerr_int_marked() - mk;
    mulerr_int_group_amax(NULL, NULL);
    bad = cmp_arrays(A, B, O1, O2, N, "midpoint");
    ties = pow2 = near = far = 0;
    for (i = 0; i < N; i++) {
      if (mulerr_d2u(O2[i]) != mulerr_d2u(A[i] * B[i]) && bad++ < 3) diag("pair %zu: kernel %a, a b = %a", i, O2[i], A[i] * B[i]);
      ties += KIND[i] == 0, near += KIND[i] == 1 || KIND[i] == 2, far += KIND[i] == 3 || KIND[i] == 4, pow2 += KIND[i] == 5;
    }

    ok(bad == 0, "int bits=%d: %zu exact midpoints, %zu within 2^-20 half-ulp, %zu farther, %zu powers of two equal the kernel and a b",
       bits, ties, near, far, pow2);
    ok(mk == ties + pow2 + near, "int bits=%d: the vector pass marked exactly the midpoints, near ones and powers of two (%zu of %d marked)",
       bits, mk, N);
  }
  { /* the engine's group maxima (scale.c, in lanes) against a plain running max: NaN passed
     * over, -0, subnormals, Inf, every length 1..13, 37, 1001, 4099, tensor and block:1..16 */
    size_t badm = 0, b;
    for (li = 0; li < sizeof lens / sizeof *lens; li++) {
      const size_t n = lens[li];
      for (i = 0; i < n; i++) {
        const uint64_t u = next();
        A[i] = u % 9 == 0 ? NAN : u % 9 == 1 ? -0.0 : u % 9 == 2 ? ldexp((double)(u >> 40), -1074) : u % 97 == 3 ? -INFINITY
                                                                                   : ldexp(2 * u01() - 1, (int)(u % 7));
      }
      for (b = 0; b <= 16; b = b ? 2 * b : 1) {
        const size_t g = b ? b : n;
        size_t lo, j;
        mulerr_scale_stream_amax(b ? MULERR_SCALE_BLOCK : MULERR_SCALE_TENSOR, (long)b, n, A, GA);
        for (lo = 0; lo < n; lo += g) {
          double mm = 0;
          for (j = lo; j < n && j < lo + g; j++)
            if (fabs(A[j]) > mm) mm = fabs(A[j]);
          for (j = lo; j < n && j < lo + g; j++)
            if (mulerr_d2u(GA[j]) != mulerr_d2u(mm) && badm++ < 3) diag("n %zu group %zu value %zu: %a, want %a", n, g, j, GA[j], mm);
        }
      }
    }
    ok(badm == 0, "group maxima (mulerr_scale_stream_amax) equal a plain running max, NaN, -0, subnormals, Inf, every length");
  }
  /* the pass is used: fp32 normal operands, per tensor */
  for (i = 0; i < N; i++) A[i] = (float)(0.02 * sqrt(-2 * log(u01())) * cos(6.283185307179586 * u01())), B[i] = (float)(2 * u01() - 1);
  int_prep(&cfg, 8, 0);
  mk = mulerr_int_marked();
  m->mul(&cfg, N, A, B, O1), mulerr_int_kernel(&cfg, N, A, B, O2);
  mk = mulerr_int_marked() - mk;
  ok(cmp_arrays(A, B, O1, O2, N, "normal") == 0 && mk * 1000 <= N, "int bits=8 per tensor: equals the kernel, the vector pass marked %zu of %d pairs", mk, N);
  return tap_done();
}
