/* fuzz_parse.c — libFuzzer target: the command-line list and number parsers of
 * src/core/parse.c (counts, whole numbers, comma lists, integer ranges A..B..STEP).
 *
 * The first byte picks the parser and its bounds, the rest is the text (cut at the first
 * NUL).  Beyond not crashing, every accepted value must satisfy the parser's contract:
 * counts in 1..2^62, integers inside [lo, hi], at most cap list items, none empty and none
 * holding a comma. */
#include "config.h"
#include "internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* the bounds mulerr's callers pass, and wider ones; hi - lo + 1 must fit in a long (the
     range step is checked against it), which holds for every caller */
  static const long bounds[][2] = {{1, 52}, {1, 30}, {0, 30}, {2, 24}, {1, 1L << 40}, {-5, 5}, {0, 0},
                                   {-(1L << 40), 1L << 40}};
  char *text;
  unsigned sel;
  long lo, hi;
  if (size < 1) return 0;
  sel = data[0];
  lo = bounds[(sel >> 2) % 8][0];
  hi = bounds[(sel >> 2) % 8][1];
  if (!(text = malloc(size))) abort();
  memcpy(text, data + 1, size - 1);
  text[size - 1] = 0;
  switch (sel & 3) {
  case 0: {
    uint64_t n = 0;
    if (mulerr_parse_count(text, &n) == MULERR_OK && (n < 1 || n > (uint64_t)1 << 62)) abort();
    break;
  }
  case 1: {
    long v = lo - 1;
    if (mulerr_parse_int(text, lo, hi, &v) == MULERR_OK && (v < lo || v > hi)) abort();
    break;
  }
  case 2: {
    char *buf = NULL, *items[16];
    size_t n = 0, i, cap = 1 + (sel >> 5);
    if (mulerr_split_list(text, &buf, items, cap, &n) == MULERR_OK) {
      if (n < 1 || n > cap) abort();
      for (i = 0; i < n; i++)
        if (!*items[i] || strchr(items[i], ',')) abort();
    }
    free(buf);
    break;
  }
  default: {
    long out[256];
    size_t n = 0, i, cap = (sel >> 5) == 7 ? 256 : 1 + (sel >> 5) * 8;
    if (mulerr_parse_int_list(text, lo, hi, out, cap, &n) == MULERR_OK) {
      if (n < 1 || n > cap) abort();
      for (i = 0; i < n; i++)
        if (out[i] < lo || out[i] > hi) abort();
    }
    break;
  }
  }
  free(text);
  return 0;
}
