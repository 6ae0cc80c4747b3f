/* student_t.c — location-scale Student-t values mu + sigma T with T ~ t(nu) (GSL's
 * gsl_ran_tdist), rounded to the nearest source-format value (ties to even).
 *
 * sigma is the scale, not the standard deviation: that is sigma sqrt(nu / (nu - 2)) and
 * exists only for nu > 2 (the mean needs nu > 1, the kurtosis nu > 4).  Very small nu gives
 * values beyond any format's range; the engine reports those. */
#include "internal.h"

#include <gsl/gsl_randist.h>

static const char *const names[] = {"nu", "mu", "sigma"};
static const double defaults[] = {5.0, 0.0, 1.0};

/* Require nu > 0 and sigma > 0. */
static mulerr_status check(const mulerr_dist_spec *spec) {
  if (!(spec->param[0] > 0))
    return mulerr_fail(MULERR_EINVAL, "distribution student-t: nu must be > 0 (got %.17g)",
                       spec->param[0]);
  if (!(spec->param[2] > 0))
    return mulerr_fail(MULERR_EINVAL, "distribution student-t: sigma must be > 0 (got %.17g)",
                       spec->param[2]);
  return MULERR_OK;
}

static void draw(const mulerr_dist_spec *spec, const mulerr_format *src, gsl_rng *r, size_t n,
                 double *out) {
  const double nu = spec->param[0], mu = spec->param[1], sigma = spec->param[2];
  size_t i;
  for (i = 0; i < n; i++)
    out[i] = mu + sigma * gsl_ran_tdist(r, nu);
  mulerr_format_round_n(src, MULERR_RNE, n, out, out); /* to the nearest source value */
}

const mulerr_dist mulerr_dist_student_t = {
    .name = "student-t",
    .description =
        "mu + sigma T, T Student-t with nu degrees of freedom, rounded to the source format",
    .nparam = 3,
    .param_names = names,
    .param_defaults = defaults,
    .check = check,
    .draw = draw};
