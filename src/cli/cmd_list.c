/* cmd_list.c — `mulerr list [formats|methods|dists|metrics|reports]`. */
#include "cli.h"
#include "dot/dot.h"
#include "sweep/sweep.h"

#include <string.h>

void help_list(FILE *out) {
  fprintf(out,
          "Usage: mulerr list [WHAT...]\n"
          "List what mulerr knows, with one-line descriptions.  WHAT is any of\n"
          "  formats   number formats: layout, bias, max, min normal, min subnormal, specials\n"
          "  methods   multiply methods and the parameters they use\n"
          "  dists     operand distributions and their parameters (defaults shown)\n"
          "  metrics   the error metrics stored per configuration point\n"
          "  roundings operand rounding modes\n"
          "  accumulators dot-product accumulator models (sweep --op dot --accumulate)\n"
          "Without WHAT, everything.\n");
}

/* The special encodings of a format of at most 16 bits, listed: "Inf 0x7c,0xfc; NaN 0x7f,0xff". */
static void special_encodings(const mulerr_format *f, char *buf, size_t len) {
  int bits = mulerr_format_bits(f), width = (bits + 3) / 4 & 7;
  uint64_t e, n = (uint64_t)1 << bits, ninf = 0, nnan = 0;
  size_t o = 0;
  char infs[64] = "", nans[64] = "";
  for (e = 0; e < n; e++) {
    double v = mulerr_format_decode(f, e);
    char one[40];
    snprintf(one, sizeof one, "0x%0*llx", width, (unsigned long long)e);
    if (isinf(v) && ninf++ < 2) snprintf(infs + strlen(infs), sizeof infs - strlen(infs), "%s%s", ninf > 1 ? "," : "", one);
    if (isnan(v) && nnan++ < 2) snprintf(nans + strlen(nans), sizeof nans - strlen(nans), "%s%s", nnan > 1 ? "," : "", one);
  }
  if (ninf) o += (size_t)snprintf(buf + o, len - o, "Inf %s", infs);
  if (nnan) o += (size_t)snprintf(buf + o, len - o, "%sNaN %s%s (%llu)", o ? "; " : "", nans, nnan > 2 ? ",..." : "",
                                  (unsigned long long)nnan);
  if (!ninf && !nnan) snprintf(buf, len, "no Inf or NaN");
}

static void specials(const mulerr_format *f, char *buf, size_t len) {
  const char *s = "none (all encodings finite)";
  if ((f->flags & MULERR_FMT_INF) && (f->flags & MULERR_FMT_NAN_IEEE)) s = "Inf and NaN at the all-ones exponent";
  else if (f->flags & MULERR_FMT_NAN_FN) s = f->mbits ? "NaN only at all-ones exponent and mantissa; no Inf" : "NaN at all-ones; no Inf, no zero";
  else if (f->flags & MULERR_FMT_NAN_UZ) s = "NaN only at the -0 pattern (0x80..); no Inf, no -0";
  snprintf(buf, len, "%s", s);
}

static void list_formats(void) {
  size_t i;
  printf("%-12s %-5s %4s %5s %-13s %-13s %-13s %s\n", "FORMAT", "BITS", "E/M", "BIAS", "MAX",
         "MIN_NORMAL", "MIN_SUBNORM", "SPECIALS / DESCRIPTION");
  for (i = 0; i < mulerr_format_count(); i++) {
    const mulerr_format *f = mulerr_format_at(i);
    char em[16], sp[80];
    snprintf(em, sizeof em, "%d/%d", f->ebits, f->mbits);
    specials(f, sp, sizeof sp);
    printf("%-12s %-5d %4s %5d %-13.6g %-13.6g %-13.6g %s\n", f->name, mulerr_format_bits(f), em,
           f->bias, mulerr_format_max(f), mulerr_format_min_normal(f),
           mulerr_format_min_subnormal(f), sp);
    printf("%-12s %s", "", f->description);
    if (mulerr_format_bits(f) <= MULERR_ENUM_MAX_BITS) {
      char enc[512];
      special_encodings(f, enc, sizeof enc);
      printf(" [%s]", enc);
    }
    putchar('\n');
  }
  printf("Any layout eXmY (IEEE-style, bias 2^(X-1)-1), eXmYfn (OCP-style: only all-ones is NaN)\n"
         "or eXmYfnuz (bias 2^(X-1): only the -0 pattern is NaN) is accepted by name too.\n");
}

/* The USES column and its legend come from the sweep's parameter table (params.def): a
 * method uses a name when it has the flag of a parameter of that name. */
static void list_methods(void) {
  size_t i, j, col;
  printf("%-10s %-12s %-9s %s\n", "METHOD", "USES", "ROUNDING", "DESCRIPTION");
  for (i = 0; i < mulerr_method_count(); i++) {
    const mulerr_method *m = mulerr_method_at(i);
    char uses[128] = "";
    for (j = 0; j < MULERR_NPARAMS; j++) {
      const mulerr_param *pa = &mulerr_params[j];
      size_t k;
      if (!pa->usename || !(m->uses & pa->uses)) continue;
      for (k = 0; k < j && !(mulerr_params[k].usename && !strcmp(mulerr_params[k].usename, pa->usename)); k++) continue;
      if (k == j) snprintf(uses + strlen(uses), sizeof uses - strlen(uses), "%s%s", uses[0] ? "," : "", pa->usename);
    }
    printf("%-10s %-12s %-9s %s\n", m->name, uses[0] ? uses : "-", mulerr_rounding_name(m->default_rounding), m->description);
  }
  /* "(k: --mantissa or --format; l: --offset; ...)": a name's options joined by "or" where they
   * are alternatives (a list of another kind), else by commas */
  {
    char items[MULERR_NPARAMS][256];
    size_t n = 0, k, len;
    for (j = 0; j < MULERR_NPARAMS; j++) {
      const mulerr_param *pa = &mulerr_params[j];
      for (k = 0; k < j && !(pa->usename && mulerr_params[k].usename && !strcmp(mulerr_params[k].usename, pa->usename)); k++)
        continue;
      if (!pa->usename || k < j) continue; /* the name's first parameter lists them all */
      len = (size_t)snprintf(items[n], sizeof items[n], "%s: --%s", pa->usename, pa->name);
      for (k = j + 1; k < MULERR_NPARAMS; k++)
        if (mulerr_params[k].usename && !strcmp(mulerr_params[k].usename, pa->usename))
          len += (size_t)snprintf(items[n] + len, sizeof items[n] - len, "%s--%s",
                                  mulerr_params[k].kind != pa->kind ? " or " : ", ", mulerr_params[k].name);
      n++;
    }
    for (col = 0, k = 0; k < n; k++) {
      if (col && col + strlen(items[k]) + 2 > 90) printf("\n"), col = 0;
      col += (size_t)printf("%s%s%s", !k ? "(" : " ", items[k], k + 1 < n ? ";" : ")\n");
    }
  }
}

static void list_dists(void) {
  size_t i;
  printf("%-18s %-28s %s\n", "DISTRIBUTION", "PARAMETERS (defaults)", "DESCRIPTION");
  for (i = 0; i < mulerr_dist_count(); i++) {
    const mulerr_dist *d = mulerr_dist_at(i);
    char params[128] = "-";
    int j;
    size_t len = 0;
    for (j = 0; j < d->nparam; j++)
      len += (size_t)snprintf(params + len, sizeof params - len, "%s%s=%g", j ? "," : "",
                              d->param_names[j], d->param_defaults[j]);
    printf("%-18s %-28s %s\n", d->name, params, d->description);
  }
}

static const char *const metrics[][2] = {
    {"n", "pairs evaluated"},
    {"n_rel", "pairs with a nonzero exact product (the relative metrics' sample)"},
    {"err_prob", "fraction of pairs whose product is inexact"},
    {"bias", "mean error, e = approximate - exact (bias_se: its standard error)"},
    {"mae", "mean |e| (mae_se)"},
    {"mse", "mean e^2 (mse_se)"},
    {"rmse", "sqrt(mse) (rmse_se, by the delta method)"},
    {"mean_rel", "mean relative error r = e / exact (mean_rel_se)"},
    {"mre", "mean |r| (mre_se)"},
    {"maxre", "max |r|"},
    {"max_abs", "max |e|"},
};

static void list_metrics(void) {
  size_t i;
  printf("%-9s %s\n", "METRIC", "MEANING (units: those of the product; r is dimensionless)");
  for (i = 0; i < sizeof metrics / sizeof metrics[0]; i++)
    printf("%-9s %s\n", metrics[i][0], metrics[i][1]);
}

static void list_roundings(void) {
  static const char *const what[] = {"to nearest, ties to even", "toward zero (truncation)",
                                     "away from zero (directed: every inexact value moves out)", "toward +infinity", "toward -infinity",
                                     "to nearest, ties away from zero (IEEE 754 roundTiesToAway; microxcaling's 'nearest')",
                                     "stochastic: up with probability (x - down)/(up - down), from the seeded stream"};
  int i;
  for (i = 0; i <= MULERR_RSR; i++) printf("%-10s %s\n", mulerr_rounding_name(i), what[i]);
}

static void list_accumulators(void) {
  size_t i;
  for (i = 0; i < mulerr_accum_count(); i++) {
    const mulerr_accum *a = mulerr_accum_at(i);
    char name[64];
    snprintf(name, sizeof name, "%s%s", a->name, !a->param_name ? "" : !strcmp(a->name, "fixed") ? ":W" : ":B");
    printf("%-14s %s", name, a->description);
    if (a->param_name) printf(" (%s %ld..%ld)", a->param_name, a->param_min, a->param_max);
    printf("\n");
  }
}

int cmd_list(int argc, char **argv) {
  static const struct { const char *name; void (*fn)(void); } what[] = {
      {"formats", list_formats}, {"methods", list_methods}, {"dists", list_dists},
      {"metrics", list_metrics}, {"roundings", list_roundings}, {"accumulators", list_accumulators}};
  const size_t nwhat = sizeof what / sizeof what[0];
  size_t i;
  int a;
  if (argc > 1 && argv[1][0] == '-' && strcmp(argv[1], "--"))
    return usage_error("list", "unknown option '%s'", argv[1]);
  if (argc < 2) {
    for (i = 0; i < nwhat; i++) {
      printf("%s%s:\n", i ? "\n" : "", what[i].name);
      what[i].fn();
    }
    return 0;
  }
  for (a = 1; a < argc; a++) {
    const char *w = argv[a];
    if (!strcmp(w, "distributions")) w = "dists";
    for (i = 0; i < nwhat && strcmp(w, what[i].name); i++) continue;
    if (i == nwhat)
      return usage_error("list", "cannot list '%s' (choices: formats, methods, dists, metrics, roundings, accumulators)", argv[a]);
  }
  for (a = 1; a < argc; a++) {
    const char *w = !strcmp(argv[a], "distributions") ? "dists" : argv[a];
    for (i = 0; strcmp(w, what[i].name); i++) continue;
    what[i].fn();
  }
  return 0;
}
