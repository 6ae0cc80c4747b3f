/* lognormal.c — lognormal values exp(zeta + sigma Z), Z standard normal (GSL's
 * gsl_ran_lognormal), with a sign, rounded to the nearest source-format value (ties to even).
 *
 * sign = 1 gives the positive lognormal, sign = -1 its negative, sign = 0 a symmetric one:
 * each value is negative with probability 1/2.  For sign = 0 each value takes one
 * gsl_rng_uniform(r) first (negative if it is < 1/2: exactly half of MT19937's 2^32 outputs)
 * and then its lognormal draw, so the stream is used in a fixed order. */
#include "internal.h"

#include <gsl/gsl_randist.h>

static const char *const names[] = {"zeta", "sigma", "sign"};
static const double defaults[] = {0.0, 1.0, 1.0};

/* Require sigma > 0 and sign in {-1, 0, 1}. */
static mulerr_status check(const mulerr_dist_spec *spec) {
  const double sign = spec->param[2];
  if (!(spec->param[1] > 0))
    return mulerr_fail(MULERR_EINVAL, "distribution lognormal: sigma must be > 0 (got %.17g)",
                       spec->param[1]);
  if (sign != -1 && sign != 0 && sign != 1)
    return mulerr_fail(MULERR_EINVAL,
                       "distribution lognormal: sign must be 1 (positive), -1 (negative) or 0 "
                       "(either, with probability 1/2) (got %.17g)", sign);
  return MULERR_OK;
}

static void draw(const mulerr_dist_spec *spec, const mulerr_format *src, gsl_rng *r, size_t n,
                 double *out) {
  const double zeta = spec->param[0], sigma = spec->param[1], sign = spec->param[2];
  size_t i;
  for (i = 0; i < n; i++) {
    double s = sign;
    if (s == 0) s = gsl_rng_uniform(r) < 0.5 ? -1 : 1;
    out[i] = s * gsl_ran_lognormal(r, zeta, sigma);
  }
  mulerr_format_round_n(src, MULERR_RNE, n, out, out); /* to the nearest source value */
}

const mulerr_dist mulerr_dist_lognormal = {
    .name = "lognormal",
    .description =
        "sign * exp(zeta + sigma Z), sign 1, -1 or 0 (random), rounded to the source format",
    .nparam = 3,
    .param_names = names,
    .param_defaults = defaults,
    .check = check,
    .draw = draw};
