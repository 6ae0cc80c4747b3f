/* cmd_table.c — `mulerr table FORMAT`: every encoding of a format of at most 16 bits with its
 * class and value. */
#include "cli.h"

#include <string.h>

void help_table(FILE *out) {
  fprintf(out,
          "Usage: mulerr table FORMAT [--csv]\n"
          "Print every encoding of FORMAT (at most 16 bits): the encoding in hex and in bits\n"
          "(sign.exponent.mantissa), its class (zero, subnormal, normal, inf, nan) and its\n"
          "value as a hexadecimal float and in decimal (shortest digits that read back\n"
          "exactly).\n\n"
          "  --csv       CSV with a header line\n"
          "  -h, --help  show this help\n");
}

static const char *classify(const mulerr_format *f, uint64_t e, double v) {
  int E = (int)((e >> f->mbits) & ((1u << f->ebits) - 1));
  if (isnan(v)) return "nan";
  if (isinf(v)) return "inf";
  if (v == 0) return "zero";
  if (E == 0 && !(f->flags & MULERR_FMT_NO_SUBNORMAL)) return "subnormal";
  return "normal";
}

int cmd_table(int argc, char **argv) {
  static const struct option longopts[] = {{"csv", no_argument, NULL, 'c'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const mulerr_format *f;
  int c, csv = 0, bits, i;
  uint64_t e, n;
  optind = 1;
  while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
    if (c == 'c') csv = 1;
    else return bad_option("table", c, argv);
  }
  if (optind != argc - 1) return usage_error("table", optind >= argc ? "no format given" : "one format at a time");
  if (!(f = mulerr_format_find(argv[optind]))) return usage_error("table", "%s", mulerr_errmsg());
  bits = mulerr_format_bits(f);
  if (bits > MULERR_ENUM_MAX_BITS)
    return usage_error("table", "format '%s' has %d bits; table prints formats of at most %d bits", f->name, bits,
                       MULERR_ENUM_MAX_BITS);
  n = (uint64_t)1 << bits;
  printf(csv ? "encoding,bits,class,hex,value\n" : "%-8s %-20s %-10s %-26s %s\n", "encoding", "bits", "class", "hex", "value");
  for (e = 0; e < n; e++) {
    double v = mulerr_format_decode(f, e);
    char b[80], hex[40];
    size_t k = 0;
    for (i = bits - 1; i >= 0; i--) {
      b[k++] = (char)('0' + ((e >> i) & 1));
      if (i && (i == f->ebits + f->mbits || i == f->mbits) && !(i == f->ebits + f->mbits && f->flags & MULERR_FMT_UNSIGNED))
        b[k++] = '.';
    }
    b[k] = 0;
    snprintf(hex, sizeof hex, "%a", v);
    printf(csv ? "0x%0*llx,%s,%s,%s," : "0x%0*llx %-20s %-10s %-26s ", (bits + 3) / 4, (unsigned long long)e, b,
           classify(f, e, v), hex);
    print_double(stdout, v);
    putchar('\n');
  }
  return 0;
}
