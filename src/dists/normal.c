/* normal.c — normal(mean, sigma) values (GSL's ziggurat sampler) rounded to the nearest
 * source-format value (ties to even). */
#include "internal.h"

#include <gsl/gsl_randist.h>

static const char *const names[] = {"mean", "sigma"};
static const double defaults[] = {0.0, 1.0};

static mulerr_status check(const mulerr_dist_spec *spec) {
  if (!(spec->param[1] > 0))
    return mulerr_fail(MULERR_EINVAL, "distribution normal: sigma must be > 0 (got %g)", spec->param[1]);
  return MULERR_OK;
}

static void draw(const mulerr_dist_spec *spec, const mulerr_format *src, gsl_rng *r, size_t n,
                 double *out) {
  size_t i;
  for (i = 0; i < n; i++)
    out[i] = spec->param[0] + gsl_ran_gaussian_ziggurat(r, spec->param[1]);
  mulerr_format_round_n(src, MULERR_RNE, n, out, out); /* to the nearest source value */
}

const mulerr_dist mulerr_dist_normal = {
    .name = "normal",
    .description = "normal(mean, sigma), rounded to the source format",
    .nparam = 2,
    .param_names = names,
    .param_defaults = defaults,
    .check = check,
    .draw = draw};
