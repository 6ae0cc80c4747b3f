/* reference.c — when is the binary64 product of two source values exact?
 *
 * Claim: if the source format has p = mbits + 1 <= 26 significant bits, its smallest
 * quantum 2^q satisfies 2q >= -1074, and its largest value is below 2^512, then for any two
 * finite source values a, b the product a*b computed in binary64 (round to nearest) is
 * exact.
 * Proof: a = A 2^qa and b = B 2^qb with integers |A|, |B| < 2^p and qa, qb >= q, so
 * a b = (A B) 2^(qa+qb) with |A B| < 2^(2p) <= 2^52: the product has at most 52
 * significant bits and is an integer multiple of 2^(2q) >= 2^-1074.  Every such number of
 * magnitude below 2^1024 is a binary64 value (binary64 represents every multiple of 2^-1074
 * with at most 53 significant bits, normal or subnormal).  |a b| < 2^512 2^512 = 2^1024.
 * So the correctly rounded product equals a b.  tests/unit/t_reference.c checks the double
 * path against MPFR on every source format the claim admits. */
#include "internal.h"

bool mulerr_double_product_exact(const mulerr_format *src) {
  int p = src->mbits + 1;
  int q = mulerr_format_emin(src) - src->mbits;
  if (src->flags & MULERR_FMT_NO_SUBNORMAL) q = mulerr_format_emin(src) - src->mbits;
  return p <= 26 && 2 * q >= -1074 && mulerr_format_emax(src) < 511;
}
