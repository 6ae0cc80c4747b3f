/* t_mxvec.c — mx's RNE block pass (mx_rne in src/methods/mx.c) against mulerr_mx_kernel, bit
 * for bit, for every float element format (e4m3fn, e5m2, e2m3fn, e3m2fn, e2m1fn) and blocks
 * 4, 8, 32, 64 and 4096 on lengths with and without a partial last block: operands mixing
 * normal values, +-0, elements on and one binary64 ulp beside the midpoints of the element
 * grid (normal and subnormal elements), elements between the largest finite element and the
 * top of the binade (they clamp), blocks whose scale clamps to 2^127 and 2^-127, binary64
 * subnormals, all-zero blocks, and NaN and Inf operands (whose blocks the kernel redoes).  On
 * normal fp32 operands the pass must leave no pair to the kernel; the other roundings, int
 * elements and blocks of 1 and 2 take the old paths (t_vpass). */
#define FASTPASS_SEED 0x5851f42d4c957f2dull
#include "fastpass.h"

#include <string.h>


#define N 8200
static double A[N], B[N], O1[N], O2[N];

/* operands in runs of 4 of one kind; g = the element grid's quantum at the top binade / 2^k */
static void fill(double *v, size_t n, const mulerr_format *f) {
  const int emax = mulerr_format_emax(f), emin = mulerr_format_emin(f), m = f->mbits;
  const double max = mulerr_format_max(f);
  size_t i;
  int kind = 0, sc = 0;
  for (i = 0; i < n; i++) {
    double x = (float)(sqrt(-2 * log(u01())) * cos(6.283185307179586 * u01()));
    if (i % 4 == 0) kind = (int)(next() % 14), sc = (int)(next() % 40) - 20;
    switch (kind) {
    case 1: x = 0; break;
    case 2: x = next() & 1 ? -0.0 : 0.0; break;
    case 3: /* a midpoint of the normal element grid, or one binary64 ulp beside it */
    case 4: {
      const int e = emin + (int)(next() % (unsigned)(emax - emin + 1));
      const double g = ldexp(1, e - m), y = ldexp(1, e) + ((double)(next() % (1u << m)) + 0.5) * g;
      x = kind == 3 ? y : nextafter(y, next() & 1 ? 0 : 1e300);
      break;
    }
    case 5: /* the subnormal element grid */
      x = ((double)(next() % (1u << m)) + 0.5) * ldexp(1, emin - m);
      if (next() & 1) x = nextafter(x, next() & 1 ? 0 : 1);
      break;
    case 6: x = max + u01() * (ldexp(1, emax + 1) - max); break; /* beyond the largest element */
    case 7: x = ldexp(x, 300); break;                          /* scale clamped to 2^127 */
    case 8: x = ldexp(x, -300); break;                         /* scale clamped to 2^-127 */
    case 9: x = ldexp(x, -1060); break;                        /* binary64 subnormals */
    case 10: x = next() % 8 ? x : next() & 1 ? NAN : -INFINITY; break;
    case 11: x = (2 * u01() - 1) * 0.3; break; /* 53-bit significands */
    default: break;
    }
    if (kind >= 3 && kind <= 6) x = ldexp(next() & 1 ? -x : x, sc); /* any block scale */
    v[i] = x;
  }
}

int main(void) {
  static const char *const elems[] = {"e4m3fn", "e5m2", "e2m3fn", "e3m2fn", "e2m1fn"};
  static const int blocks[] = {4, 8, 32, 64, 4096};
  static const size_t lens[] = {N, 8192, 4, 37, 4099};
  const mulerr_method *m = mulerr_method_find("mx");
  size_t e, k, l, i, bad, mk;
  for (e = 0; e < sizeof elems / sizeof *elems; e++) {
    mulerr_method_cfg cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.rounding = MULERR_RNE, cfg.format = mulerr_format_find(elems[e]), cfg.work = *cfg.format, cfg.block = 32;
    cfg.source = mulerr_format_find("fp32");
    if (!ok(mulerr_method_prepare(m, &cfg) == MULERR_OK, "mx %s prepares: %s", elems[e], mulerr_errmsg())) continue;
    for (k = 0; k < sizeof blocks / sizeof *blocks; k++) {
      cfg.block = blocks[k];
      bad = 0;
      for (l = 0; l < sizeof lens / sizeof *lens; l++) {
        fill(A, lens[l], &cfg.work), fill(B, lens[l], &cfg.work);
        m->mul(&cfg, lens[l], A, B, O1), mulerr_mx_kernel(&cfg, lens[l], A, B, O2);
        for (i = 0; i < lens[l]; i++)
          if (mulerr_d2u(O1[i]) != mulerr_d2u(O2[i]) && bad++ < 3)
            diag("%s block %d pair %zu: %a * %a: %a vs kernel %a", elems[e], blocks[k], i, A[i], B[i], O1[i], O2[i]);
      }
      ok(bad == 0, "mx %s block=%d: equals the kernel on lengths 8200, 8192, 4, 37, 4099", elems[e], blocks[k]);
    }
    for (i = 0; i < N; i++) A[i] = (float)(0.02 * sqrt(-2 * log(u01())) * cos(6.283185307179586 * u01())), B[i] = (float)(2 * u01() - 1);
    cfg.block = 32;
    mk = mulerr_mx_marked();
    m->mul(&cfg, 8192, A, B, O1), mulerr_mx_kernel(&cfg, 8192, A, B, O2);
    mk = mulerr_mx_marked() - mk;
    ok(mk == 0 && !memcmp(O1, O2, 8192 * sizeof *O1), "mx %s: fp32 normal operands, none left to the kernel (%zu), equal", elems[e], mk);
  }
  return tap_done();
}
