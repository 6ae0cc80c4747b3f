/* print.c — a double printed with as many digits as it needs to read back exactly (15 to 17
 * significant digits): the TSV data of figures and every number `mulerr query` prints; a
 * string as a JSON string literal. */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

void mulerr_fprint_double(FILE *out, double v) {
  char buf[40];
  int prec;
  if (isnan(v)) {
    fputs("nan", out);
    return;
  }
  if (isinf(v)) {
    fputs(v > 0 ? "inf" : "-inf", out);
    return;
  }
  for (prec = 15; prec <= 17; prec++) {
    snprintf(buf, sizeof buf, "%.*g", prec, v);
    if (strtod(buf, NULL) == v) break;
  }
  fputs(buf, out);
}

void mulerr_fprint_json_string(FILE *out, const char *s) {
  putc('"', out);
  for (; *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch == '"' || ch == '\\') fprintf(out, "\\%c", ch);
    else if (ch == '\n') fputs("\\n", out);
    else if (ch == '\t') fputs("\\t", out);
    else if (ch < 0x20 || ch == 0x7f) fprintf(out, "\\u%04x", ch);
    else putc(ch, out);
  }
  putc('"', out);
}
