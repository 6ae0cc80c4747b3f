/* mixture.c — an outlier mixture: normal(0, sigma) with probability 1 - frac, normal(0,
 * sigma scale) with probability frac, rounded to the nearest source-format value (ties to
 * even).  Defaults: a unit bulk with the outlier shape of the example
 * (mixture:sigma=0.02,frac=0.001,scale=50).
 *
 * Each value uses the stream in a fixed order: first u = gsl_rng_uniform(r), then one GSL
 * ziggurat gaussian (the sampler normal.c uses), with standard deviation sigma scale if
 * u < frac and sigma otherwise.  u is a multiple of 2^-32 in [0, 1), so the outlier
 * probability is ceil(frac 2^32) 2^-32, within 2^-32 of frac; frac = 0 gives no outliers and
 * frac = 1 only outliers.  Since the ziggurat's use of the stream does not depend on its
 * sigma, two mixtures that differ only in frac or scale see the same u and the same gaussian
 * for every value at one seed: raising frac only turns bulk values into outliers. */
#include "internal.h"

#include <gsl/gsl_randist.h>

static const char *const names[] = {"sigma", "frac", "scale"};
static const double defaults[] = {1.0, 0.001, 50.0};

/* Require sigma > 0, 0 <= frac <= 1, scale > 0 and a finite outlier deviation sigma scale. */
static mulerr_status check(const mulerr_dist_spec *spec) {
  const double sigma = spec->param[0], frac = spec->param[1], scale = spec->param[2];
  if (!(sigma > 0))
    return mulerr_fail(MULERR_EINVAL, "distribution mixture: sigma must be > 0 (got %.17g)", sigma);
  if (!(frac >= 0 && frac <= 1))
    return mulerr_fail(MULERR_EINVAL, "distribution mixture: frac must be in [0, 1] (got %.17g)",
                       frac);
  if (!(scale > 0))
    return mulerr_fail(MULERR_EINVAL, "distribution mixture: scale must be > 0 (got %.17g)", scale);
  if (!isfinite(sigma * scale))
    return mulerr_fail(MULERR_EINVAL,
                       "distribution mixture: sigma * scale overflows (sigma=%.17g, scale=%.17g)",
                       sigma, scale);
  return MULERR_OK;
}

static void draw(const mulerr_dist_spec *spec, const mulerr_format *src, gsl_rng *r, size_t n,
                 double *out) {
  const double sigma = spec->param[0], frac = spec->param[1], wide = sigma * spec->param[2];
  size_t i;
  for (i = 0; i < n; i++) {
    const double u = gsl_rng_uniform(r);
    out[i] = gsl_ran_gaussian_ziggurat(r, u < frac ? wide : sigma);
  }
  mulerr_format_round_n(src, MULERR_RNE, n, out, out); /* to the nearest source value */
}

const mulerr_dist mulerr_dist_mixture = {
    .name = "mixture",
    .description = "normal(0, sigma) with a fraction frac of outliers from normal(0, sigma*scale)",
    .nparam = 3,
    .param_names = names,
    .param_defaults = defaults,
    .check = check,
    .draw = draw};
