/* acc_fp32.c — `fp32`: sequential binary32 summation, s <- RN32(s + p_i) from s = 0, each
 * product entering exactly (as a fused multiply-add into an fp32 register does).
 *
 * When every product is itself an fp32 value (L-Mul and float products of operands of at
 * most 12 significant bits, within fp32's range), each step is one binary32 addition: the
 * hardware's RN32(s + p) (Figueroa's double-rounding theorem, see accum.c, would allow the
 * binary64 route too).  Otherwise every step rounds s + p to odd in binary64, then to fp32. */
#include "dot.h"

static double sum_fp32(const mulerr_dot *d, size_t n, const double *p) {
  size_t i, bad = 0;
  (void)d;
  MULERR_SIMD_COUNT(bad)
  for (i = 0; i < n; i++) bad += (double)(float)p[i] != p[i];
  if (!bad) {
    float s = 0;
    for (i = 0; i < n; i++) s += (float)p[i];
    return s;
  } else {
    double s = 0;
    for (i = 0; i < n; i++) s = mulerr_add_fp32(s, p[i]);
    return s;
  }
}

/* Four dot products at a time when every product of the batch is an fp32 value: four
 * independent chains of binary32 additions (each chain the same additions in the same order
 * as sum_fp32's, so the same values), which the processor overlaps. */
static void sum_n_fp32(const mulerr_dot *d, size_t ndots, size_t n, const double *p, double *out) {
  size_t i, j = 0, bad = 0;
  MULERR_SIMD_COUNT(bad)
  for (i = 0; i < ndots * n; i++) bad += (double)(float)p[i] != p[i];
  if (!bad)
    for (; j + 4 <= ndots; j += 4) {
      const double *p0 = p + j * n, *p1 = p0 + n, *p2 = p1 + n, *p3 = p2 + n;
      float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (i = 0; i < n; i++) {
        s0 += (float)p0[i];
        s1 += (float)p1[i];
        s2 += (float)p2[i];
        s3 += (float)p3[i];
      }
      out[j] = s0, out[j + 1] = s1, out[j + 2] = s2, out[j + 3] = s3;
    }
  for (; j < ndots; j++) out[j] = sum_fp32(d, n, p + j * n);
}

const mulerr_accum mulerr_accum_fp32 = {
    .name = "fp32",
    .description = "sequential, each addition of an exact product rounded to fp32 (to nearest even)",
    .sum = sum_fp32,
    .sum_n = sum_n_fp32};
