/* cmd_value.c — `mulerr value FORMAT X...`: X rounded into FORMAT under every rounding mode. */
#include "cli.h"

#include <errno.h>
#include <mpfr.h>
#include <stdlib.h>
#include <string.h>

void help_value(FILE *out) {
  fprintf(out,
          "Usage: mulerr value FORMAT X... [--csv]\n"
          "Round each number X into FORMAT under every rounding mode (rne, trunc, away, up,\n"
          "down, rna) and print the encoding, the value, the rounding error (value - X) and the\n"
          "relative error.  X is decimal or a C99 hexadecimal float (0x1.8p-3), or inf/nan.\n"
          "A decimal X that is not a binary64 number is first rounded to the nearest binary64\n"
          "(a note says so).  Values beyond the format's range follow its overflow rule\n"
          "(Inf where the format has it, else the largest finite value); NaN gives the\n"
          "format's NaN, or an error for a format that has none.\n\n"
          "  --csv       CSV with a header line\n"
          "  -h, --help  show this help\n");
}

int cmd_value(int argc, char **argv) {
  const mulerr_format *f;
  int csv = 0, a, r, rc = 0, npos = 0;
  char **pos = calloc((size_t)argc, sizeof *pos);
  /* Options by hand: numbers such as -3.3 are arguments, not options. */
  for (a = 1; a < argc; a++) {
    if (!strcmp(argv[a], "--csv")) csv = 1;
    else if (!strcmp(argv[a], "--")) {
      while (++a < argc) pos[npos++] = argv[a];
    } else if (argv[a][0] == '-' && argv[a][1] == '-') {
      free(pos);
      return usage_error("value", "unknown option '%s'", argv[a]);
    } else pos[npos++] = argv[a];
  }
  if (npos < 1) {
    free(pos);
    return usage_error("value", "no format given");
  }
  if (!(f = mulerr_format_find(pos[0]))) {
    free(pos);
    return usage_error("value", "%s", mulerr_errmsg());
  }
  if (npos < 2) {
    free(pos);
    return usage_error("value", "no number given");
  }
  argv = pos;
  argc = npos;
  optind = 0;
  if (csv) printf("x,rounding,encoding,value,error,relative_error\n");
  for (a = optind + 1; a < argc; a++) {
    char *end;
    double x;
    errno = 0;
    x = strtod(argv[a], &end);
    if (end == argv[a] || *end || (errno == ERANGE && x == 0)) {
      rc = usage_error("value", "'%s' is not a number", argv[a]);
      break;
    }
    if (isnan(x) && !(f->flags & (MULERR_FMT_NAN_IEEE | MULERR_FMT_NAN_FN | MULERR_FMT_NAN_UZ))) {
      rc = failure("value", "format '%s' has no NaN encoding, so NaN cannot be rounded into it", f->name);
      continue;
    }
    if (!csv) {
      mpfr_t exact;
      mpfr_init2(exact, 4096);
      if (isfinite(x) && (mpfr_strtofr(exact, argv[a], NULL, 0, MPFR_RNDN) != 0 || mpfr_cmp_d(exact, x) != 0))
        printf("note: %s is not a binary64 number; it was first rounded to %a\n", argv[a], x);
      mpfr_clear(exact);
      printf("%s in %s:\n  %-6s %-10s %-24s %-24s %s\n", argv[a], f->name, "mode", "encoding", "value", "error", "relative");
    }
    for (r = 0; r < MULERR_ROUNDING_COUNT; r++) {
      double v = mulerr_format_round(f, x, r), err = v - x;
      /* relative to X = 0 a non-zero value is infinitely wrong (not "0") */
      double rel = x != 0 ? err / x : err == 0 ? 0 : copysign(INFINITY, err);
      uint64_t e = 0;
      int bits = mulerr_format_bits(f);
      char enc[32];
      if (mulerr_format_encode(f, v, &e)) snprintf(enc, sizeof enc, "-");
      else snprintf(enc, sizeof enc, "0x%0*llx", (bits + 3) / 4, (unsigned long long)e);
      if (csv) {
        printf("%s,%s,%s,", argv[a], mulerr_rounding_name(r), enc);
        print_double(stdout, v);
        putchar(',');
        print_double(stdout, err);
        putchar(',');
        print_double(stdout, rel);
        putchar('\n');
      } else {
        char sv[40], se[40];
        FILE *m = fmemopen(sv, sizeof sv, "w");
        print_double(m, v);
        fclose(m);
        m = fmemopen(se, sizeof se, "w");
        print_double(m, err);
        fclose(m);
        printf("  %-6s %-10s %-24s %-24s ", mulerr_rounding_name(r), enc, sv, se);
        print_double(stdout, rel);
        putchar('\n');
      }
    }
    if (!csv && isfinite(x)) { /* stochastic rounding: its two outcomes and their odds */
      double dn = mulerr_format_round(f, x, MULERR_RDN), up = mulerr_format_round(f, x, MULERR_RUP);
      if (dn == up && dn == x) printf("  stochastic: always %.17g (exact)\n", dn);
      else if (dn == up) /* beyond the range, or below it in a format without zero: no choice */
        printf("  stochastic: always %.17g (not exact: %s, error %.17g)\n", dn,
               fabs(x) > mulerr_format_max(f) ? "beyond the format's range"
               : x == 0 ? "the format has no zero" : "the format's nearest value", dn - x);
      else if (isfinite(dn) && isfinite(up))
        printf("  stochastic: %.17g with probability %.6g, %.17g with probability %.6g (unbiased)\n", dn,
               (up - x) / (up - dn), up, (x - dn) / (up - dn));
    }
  }
  free(pos);
  return rc;
}
