/* fastpass.h — what the fast-pass tests (t_intfast, t_intvec, t_mxvec) share: their operand
 * source, a xorshift64 generator (each test defines FASTPASS_SEED before including this), and
 * for int the comparison of a pass with the kernel and the method's set-up. */
#ifndef FASTPASS_H
#define FASTPASS_H

#include <stdint.h>
#include <string.h>

#include "internal.h"
#include "tap.h"

static uint64_t st = FASTPASS_SEED;
static uint64_t next(void) {
  st ^= st << 13, st ^= st >> 7, st ^= st << 17;
  return st;
}
static double u01(void) { return ((next() >> 11) + 0.5) * 0x1p-53; }

/* How many of got[0..n) differ in their bits from the kernel's want[0..n) (the first three told). */
static inline size_t cmp_arrays(const double *a, const double *b, const double *got, const double *want,
                                size_t n, const char *what) {
  size_t i, bad = 0;
  for (i = 0; i < n; i++)
    if (mulerr_d2u(got[i]) != mulerr_d2u(want[i]) && bad++ < 3)
      diag("%s pair %zu: %a * %a: %a vs kernel %a", what, i, a[i], b[i], got[i], want[i]);
  return bad;
}

/* int with `bits` and `block` on fp32 sources, rne; 0 if it does not prepare. */
static inline int int_prep(mulerr_method_cfg *cfg, int bits, int block) {
  memset(cfg, 0, sizeof *cfg);
  cfg->rounding = MULERR_RNE, cfg->bits = bits, cfg->block = block, cfg->k = 3, cfg->source = mulerr_format_find("fp32");
  return mulerr_method_prepare(mulerr_method_find("int"), cfg) == MULERR_OK;
}

#endif
