/* t_parse.c — counts, integer lists and ranges, distribution specs. */
#include "internal.h"
#include "tap.h"

#include <string.h>

int main(void) {
  uint64_t c;
  long v[64];
  size_t n;
  mulerr_dist_spec d;
  ok(mulerr_parse_count("1e6", &c) == MULERR_OK && c == 1000000, "1e6");
  ok(mulerr_parse_count("2^20", &c) == MULERR_OK && c == 1048576, "2^20");
  ok(mulerr_parse_count("12345", &c) == MULERR_OK && c == 12345, "12345");
  ok(mulerr_parse_count("-5", &c) == MULERR_EINVAL, "-5 refused");
  ok(mulerr_parse_count("0", &c) == MULERR_EINVAL, "0 refused");
  ok(mulerr_parse_count("1.5", &c) == MULERR_EINVAL, "1.5 refused");
  ok(mulerr_parse_count("lots", &c) == MULERR_EINVAL && strstr(mulerr_errmsg(), "lots"), "non-numeric refused, named");
  ok(mulerr_parse_count("1e30", &c) == MULERR_EINVAL, "1e30 refused");
  ok(mulerr_parse_int_list("1..7", 1, 64, v, 64, &n) == MULERR_OK && n == 7 && v[0] == 1 && v[6] == 7, "1..7");
  ok(mulerr_parse_int_list("1,3,5", 1, 64, v, 64, &n) == MULERR_OK && n == 3 && v[2] == 5, "1,3,5");
  ok(mulerr_parse_int_list("2..8..3,10", 1, 64, v, 64, &n) == MULERR_OK && n == 4 && v[1] == 5 && v[2] == 8 && v[3] == 10, "2..8..3,10");
  ok(mulerr_parse_int_list("7..1", 1, 64, v, 64, &n) == MULERR_EINVAL, "backwards range refused");
  ok(mulerr_parse_int_list("0..3", 1, 64, v, 64, &n) == MULERR_EINVAL && strstr(mulerr_errmsg(), "0"), "out of range refused");
  ok(mulerr_parse_int_list("1,,2", 1, 64, v, 64, &n) == MULERR_EINVAL, "empty item refused");
  ok(mulerr_parse_int_list("x", 1, 64, v, 64, &n) == MULERR_EINVAL, "non-numeric refused");
  ok(mulerr_dist_parse("normal:sigma=0.02", &d) == MULERR_OK && d.param[1] == 0.02 && d.param[0] == 0 &&
         !strcmp(d.text, "normal:mean=0,sigma=0.02"), "normal:sigma=0.02 -> %s", d.text);
  ok(mulerr_dist_parse("uniform-mantissa", &d) == MULERR_OK && !strcmp(d.text, "uniform-mantissa"), "uniform-mantissa");
  ok(mulerr_dist_parse("normal:sigma=-1", &d) == MULERR_EINVAL, "sigma <= 0 refused");
  ok(mulerr_dist_parse("normal:width=3", &d) == MULERR_EINVAL && strstr(mulerr_errmsg(), "width"), "unknown parameter named");
  ok(mulerr_dist_parse("normal:sigma=abc", &d) == MULERR_EINVAL, "non-numeric parameter refused");
  ok(mulerr_dist_parse("cauchy", &d) == MULERR_EINVAL && strstr(mulerr_errmsg(), "cauchy"), "unknown distribution named");
  ok(mulerr_hash64("") == 14695981039346656037ull && mulerr_hash64("a") == 0xaf63dc4c8601ec8cull, "FNV-1a test vectors");
  ok(mulerr_mix64(0) == 0xe220a8397b1dcdafull, "SplitMix64 first output for state 0");
  return tap_done();
}
