/* normal.c — normal(mean, sigma) values rounded to the nearest source-format value (ties to
 * even): mean + sigma z with z from the stream's sampler, version 2's own 256-layer ziggurat
 * (engine/stream.h) or, on a version-1 stream, GSL's ziggurat sampler. */
#include "internal.h"
#include "engine/stream.h"

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
  mulerr_sm64 *g = mulerr_stream_state(r);
  const double mean = spec->param[0], sigma = spec->param[1];
  size_t i;
  if (g) { /* version 2: mean + sigma mulerr_zig_normal() in vector passes (stream_vec.c) */
    const int fp32 = src == mulerr_format_find("fp32"); /* the cast is fp32's RNE (t_stream checks it) */
    mulerr_zig_fill(g, n, mean, sigma, fp32, out);
    if (fp32) return;
  } else
    for (i = 0; i < n; i++)
      out[i] = mean + gsl_ran_gaussian_ziggurat(r, sigma);
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
