/* uniform.c — uniform(a, b) values (GSL's gsl_ran_flat) rounded to the nearest source-format
 * value (ties to even).
 *
 * gsl_ran_flat returns a (1 - u) + b u with u = gsl_rng_uniform(r), one generator output
 * per value; for MT19937 u is a multiple of 2^-32 in [0, 1), so the unrounded values lie on
 * a grid of step about (b - a) 2^-32 in [a, b).  Where the source format is finer than that
 * grid (near zero when a < 0 < b) not every source value can occur, and where the grid has
 * only a few points per source ulp, ties to even favour even last bits: for uniform:a=-1,b=1
 * in fp32, values with |x| in [0.1, 1) end in a 0 bit 50.7% of the time (measured, 18e6
 * draws); below 2^-8 the grid (2^-31) is coarser than fp32's ulp and the last bit is always
 * 0, one more bit for each halving.  This matters only to a method that reads the source's
 * last bits.  After rounding, the values lie in [RN(a), RN(b)]: b itself can be reached by
 * rounding up. */
#include "internal.h"

#include <gsl/gsl_randist.h>

static const char *const names[] = {"a", "b"};
static const double defaults[] = {-1.0, 1.0};

/* Require a < b (both are finite: the parser refuses anything else). */
static mulerr_status check(const mulerr_dist_spec *spec) {
  if (!(spec->param[0] < spec->param[1]))
    return mulerr_fail(MULERR_EINVAL, "distribution uniform: a must be < b (got a=%.17g, b=%.17g)",
                       spec->param[0], spec->param[1]);
  return MULERR_OK;
}

static void draw(const mulerr_dist_spec *spec, const mulerr_format *src, gsl_rng *r, size_t n,
                 double *out) {
  size_t i;
  for (i = 0; i < n; i++)
    out[i] = gsl_ran_flat(r, spec->param[0], spec->param[1]);
  mulerr_format_round_n(src, MULERR_RNE, n, out, out); /* to the nearest source value */
}

const mulerr_dist mulerr_dist_uniform = {
    .name = "uniform",
    .description = "uniform on [a, b], rounded to the source format",
    .nparam = 2,
    .param_names = names,
    .param_defaults = defaults,
    .check = check,
    .draw = draw};
