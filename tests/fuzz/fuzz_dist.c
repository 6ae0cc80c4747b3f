/* fuzz_dist.c — libFuzzer target: the distribution spec parser of src/dists/dist.c
 * ("name:key=value,...", and the file-backed "weights:FILE:tensors=...").
 *
 * The input (cut at the first NUL) is one spec.  A spec that parses must have a canonical
 * text that parses again to the very same distribution (same type, same parameters bit for
 * bit, same text), and its sampler must fill a block without failing. */
#include "config.h"
#include "internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static gsl_rng *r;
  mulerr_dist_spec a, b;
  char *text;
  if (!r && !(r = gsl_rng_alloc(gsl_rng_mt19937))) abort();
  if (!(text = malloc(size + 1))) abort();
  memcpy(text, data, size);
  text[size] = 0;
  if (mulerr_dist_parse(text, &a) == MULERR_OK) {
    if (!a.type->open) { /* key=value numbers: the canonical text is a fixed point */
      double out[64];
      if (mulerr_dist_parse(a.text, &b) != MULERR_OK || b.type != a.type ||
          memcmp(a.param, b.param, sizeof a.param) != 0 || strcmp(a.text, b.text) != 0)
        abort();
      mulerr_dist_close(&b);
      gsl_rng_set(r, 1);
      a.type->draw(&a, mulerr_format_find("fp32"), r, 64, out);
    }
    mulerr_dist_close(&a);
  }
  free(text);
  return 0;
}
