/* cmd_weights.c — `mulerr weights FILE`: the tensors of a checkpoint with statistics of their
 * values, a histogram (text or gnuplot PNG); `mulerr weights sample FILE... -o OUT`: a
 * stratified sample of the selected tensors as a safetensors file with its provenance. */
#define _GNU_SOURCE /* asprintf */
#include "config.h"
#include "cli.h"
#include "weights/weights.h"

#include <ctype.h>
#include <errno.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_histogram.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define DEFAULT_BINS 40
#define DEFAULT_PER_TENSOR 10000

void help_weights(FILE *out) {
  fprintf(out,
          "Usage: mulerr weights FILE [OPTIONS]\n"
          "       mulerr weights sample FILE... -o OUT.safetensors [OPTIONS]\n"
          "List the tensors of a checkpoint with statistics of their values, or write a\n"
          "stratified sample of them.  Containers: safetensors (F32, F16, BF16), GGUF v2/v3\n"
          "(F32, F16, BF16, Q8_0 dequantised exactly as d*q) and the llama2.c legacy .bin\n"
          "(fp32; its tensors take the GGUF names: token_embd.weight, blk.N.attn_q.weight,\n"
          "..., output_norm.weight).  Shapes are outermost dimension first in every container.\n\n"
          "Listing:\n"
          "  -t, --tensors GLOB    only tensors whose names match GLOB: shell patterns joined\n"
          "                        by '|', e.g. 'blk.*.attn_*|output_norm.*' (default: all)\n"
          "      --csv             CSV (RFC 4180) with a header line, one row per tensor\n"
          "      --json            a JSON array of objects, one per tensor\n"
          "      --hist[=N]        also a text histogram of all selected values on [min, max],\n"
          "                        N bins (default %d; '--hist N' works too)\n"
          "      --plot FILE.png   draw that histogram (log-scale counts) with gnuplot into\n"
          "                        FILE.png (the program: $MULERR_GNUPLOT, else %s)\n"
          "Columns: name, dtype, shape, count (elements), nonfinite (NaN or Inf: excluded from\n"
          "the rest), mean, std (sqrt of the mean squared deviation: the tensor is the whole\n"
          "population), min, max, kurtosis (excess: m4/m2^2 - 3), beyond6 (fraction of the\n"
          "values with |x - mean| > 6 std).  Sums are accumulated in double-double, so the\n"
          "numbers are the exact ones rounded to double (to a few ulps).  The table ends with\n"
          "a row '(all)' for the selected tensors together; CSV and JSON print every number\n"
          "so that it reads back exactly.  Tensors of a dtype mulerr cannot read are listed\n"
          "with empty statistics.\n\n"
          "Sample (writes one tensor per selected source tensor, in the stored dtype; Q8_0 as\n"
          "F32, exact; named FILE/TENSOR, FILE the base name, when several files are given):\n"
          "  -t, --tensors GLOB    the tensors to sample, as above (every file must match)\n"
          "  -n, --samples N       values per tensor (default %d): drawn uniformly without\n"
          "                        replacement from its finite values, kept in file order; a\n"
          "                        tensor with fewer finite values gives all of them\n"
          "      --proportional    N is the total instead, split among the tensors in\n"
          "                        proportion to their finite values (largest remainders)\n"
          "  -S, --seed N          seed (default 1); each tensor's MT19937 generator is seeded\n"
          "                        from (seed, file base name, tensor name), so a tensor's\n"
          "                        sample does not depend on which others are selected\n"
          "  -o, --output FILE     the safetensors file to write (required; replaced\n"
          "                        atomically).  Its __metadata__ records the sources (base\n"
          "                        name, size, SHA-256), the command line, the seed, the\n"
          "                        tensor pattern, each tensor's population and the mulerr\n"
          "                        version.\n"
          "  -h, --help            show this help\n\n"
          "Non-finite stored values are counted and reported on stderr as a warning.\n"
          "Examples:\n"
          "  mulerr weights model.gguf --tensors 'blk.*.attn_*' --hist\n"
          "  mulerr weights sample gpt2.safetensors -t 'h.*.attn.c_*.weight' -n 12500 -o s.safetensors\n",
          DEFAULT_BINS, MULERR_GNUPLOT, DEFAULT_PER_TENSOR);
}

typedef enum { OUT_TABLE, OUT_CSV, OUT_JSON } outfmt;

static void shape_text(const mulerr_tensor *t, char *buf, size_t len) {
  size_t n = 0;
  int i;
  snprintf(buf, len, "%s", t->ndim ? "" : "scalar");
  for (i = 0; i < t->ndim && n < len; i++)
    n += (size_t)snprintf(buf + n, len - n, "%s%llu", i ? "x" : "", (unsigned long long)t->shape[i]);
}


static const char *base_name(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

/* ------------------------------------------------------------------ listing */

static const char *const stat_keys[6] = {"mean", "std", "min", "max", "kurtosis", "beyond6"};

static void stat_values(const mulerr_wstats *s, double v[6]) {
  v[0] = s->mean, v[1] = s->std, v[2] = s->min, v[3] = s->max, v[4] = s->kurtosis, v[5] = s->beyond6;
}

/* One row: t is the tensor (NULL for the "(all)" row), s its statistics (NULL if unreadable). */
static void print_row(outfmt fmt, const char *name, const mulerr_tensor *t, const mulerr_wstats *s,
                      uint64_t count, int first, int wname, int wshape) {
  char shape[256] = "";
  double v[6];
  int i;
  if (s) stat_values(s, v);
  if (t) shape_text(t, shape, sizeof shape);
  if (fmt == OUT_CSV) {
    cli_csv_field(stdout, name);
    printf(",%s,%s,%llu,", t ? t->dtype_name : "", shape, (unsigned long long)count);
    if (s) printf("%llu", (unsigned long long)s->nonfinite);
    for (i = 0; i < 6; i++) {
      putchar(',');
      if (s && !isnan(v[i])) print_double(stdout, v[i]);
    }
    putchar('\n');
  } else if (fmt == OUT_JSON) {
    printf("%s\n  {\"name\": ", first ? "" : ",");
    cli_json_string(stdout, name);
    printf(", \"dtype\": \"%s\", \"shape\": [", t->dtype_name);
    for (i = 0; i < t->ndim; i++) printf("%s%llu", i ? ", " : "", (unsigned long long)t->shape[i]);
    printf("], \"count\": %llu, \"nonfinite\": ", (unsigned long long)count);
    if (s) printf("%llu", (unsigned long long)s->nonfinite);
    else fputs("null", stdout);
    for (i = 0; i < 6; i++) {
      printf(", \"%s\": ", stat_keys[i]);
      if (s && isfinite(v[i])) print_double(stdout, v[i]);
      else fputs("null", stdout); /* JSON has no NaN */
    }
    putchar('}');
  } else {
    char nf[24] = "-";
    if (s) snprintf(nf, sizeof nf, "%llu", (unsigned long long)s->nonfinite);
    printf("%-*s  %-5s  %-*s  %10llu  %9s", wname, name, t ? t->dtype_name : "", wshape, shape,
           (unsigned long long)count, nf);
    for (i = 0; i < 6; i++) {
      char num[40] = "-";
      if (s && !isnan(v[i])) snprintf(num, sizeof num, "%.6g", v[i]);
      printf("  %12s", num);
    }
    putchar('\n');
  }
}

/* A histogram of the finite values of the tensors on [min, max] (max in the last bin). */
static gsl_histogram *histogram(const mulerr_tensor *const *t, size_t nt, const mulerr_wstats *all,
                                size_t bins) {
  gsl_histogram *h = gsl_histogram_alloc(bins);
  double *buf = malloc(65536 * sizeof *buf), lo = all->min, hi = all->max;
  size_t k;
  if (!h || !buf) {
    if (h) gsl_histogram_free(h);
    free(buf);
    return NULL;
  }
  if (!(lo < hi)) { /* one value: an interval around it */
    double d = lo != 0 ? fabs(lo) / 1024 : 0.5;
    lo -= d, hi += d;
  }
  if (gsl_histogram_set_ranges_uniform(h, lo, hi) != GSL_SUCCESS) {
    gsl_histogram_free(h);
    free(buf);
    return NULL;
  }
  for (k = 0; k < nt; k++) {
    uint64_t start;
    for (start = 0; start < t[k]->count; start += 65536) {
      size_t n = t[k]->count - start < 65536 ? (size_t)(t[k]->count - start) : 65536, j;
      mulerr_tensor_read(t[k], start, n, buf);
      for (j = 0; j < n; j++)
        if (isfinite(buf[j]) && gsl_histogram_increment(h, buf[j]) != 0)
          h->bin[bins - 1] += 1; /* x == max: GSL's bins are half-open */
    }
  }
  free(buf);
  return h;
}

static void print_histogram(const gsl_histogram *h, const mulerr_wstats *all, size_t nt) {
  size_t i, n = gsl_histogram_bins(h);
  double most = gsl_histogram_max_val(h);
  printf("\nhistogram of %llu finite values in %zu tensor%s, %zu bins:\n",
         (unsigned long long)all->n, nt, nt == 1 ? "" : "s", n);
  for (i = 0; i < n; i++) {
    double lo, hi, c = gsl_histogram_get(h, i);
    int bar = most > 0 ? (int)(50 * c / most + 0.5) : 0;
    gsl_histogram_get_range(h, i, &lo, &hi);
    printf("[%13.6g, %13.6g%s %10.0f ", lo, hi, i + 1 == n ? "]" : ")", c);
    if (c > 0 && bar == 0) bar = 1; /* every nonempty bin shows */
    while (bar-- > 0) putchar('#');
    putchar('\n');
  }
}

/* Single-quoted gnuplot string: a quote is doubled, nothing else is special. */
/* A gnuplot single-quoted string (a quote doubled; control characters, which a title needs
 * none of, as '?'). */
static void gp_string(FILE *f, const char *s) {
  putc('\'', f);
  for (; *s; s++) {
    if (*s == '\'') putc('\'', f);
    putc((unsigned char)*s < 0x20 || *s == 0x7f ? '?' : *s, f);
  }
  putc('\'', f);
}

/* Draw the histogram into png: gnuplot runs in a fresh folder beside png on files it names
 * itself (hist.dat, plot.gp, out.png), and out.png is renamed to png when complete, so the
 * user's path never reaches gnuplot and a failed drawing leaves an old png intact. */
static int plot(const gsl_histogram *h, const char *png, const char *file, const char *patterns,
                const mulerr_wstats *all) {
  char *dir = NULL, *path = NULL, *title = NULL;
  const char *slash = strrchr(png, '/');
  FILE *f = NULL;
  int rc = 1;
  size_t i;
  if (!*png || (slash && !slash[1])) return usage_error("weights", "--plot: '%s' is not a file name", png);
  if (asprintf(&dir, "%.*s.mulerr-plot-XXXXXX", slash ? (int)(slash - png + 1) : 0, png) < 0) dir = NULL;
  if (!dir || !mkdtemp(dir)) {
    rc = failure("weights", "--plot: cannot make a temporary folder beside %s: %s", png, strerror(errno));
    free(dir);
    return rc;
  }
  if (asprintf(&path, "%s/hist.dat", dir) < 0 || !(f = fopen(path, "w"))) {
    rc = failure("weights", "--plot: cannot write in %s: %s", dir, strerror(errno));
    goto done;
  }
  for (i = 0; i < gsl_histogram_bins(h); i++) {
    double lo, hi;
    gsl_histogram_get_range(h, i, &lo, &hi);
    fprintf(f, "%.17g %.17g %.17g\n", (lo + hi) / 2, hi - lo, gsl_histogram_get(h, i));
  }
  if ((fflush(f) != 0) | (fclose(f) != 0)) {
    f = NULL;
    rc = failure("weights", "--plot: cannot write %s: %s", path, strerror(errno));
    goto done;
  }
  free(path);
  if (asprintf(&path, "%s/plot.gp", dir) < 0 || !(f = fopen(path, "w"))) {
    rc = failure("weights", "--plot: cannot write in %s: %s", dir, strerror(errno));
    goto done;
  }
  if (asprintf(&title, "%s%s%s%s: %llu values", base_name(file), patterns ? " (" : "", patterns ? patterns : "",
               patterns ? ")" : "", (unsigned long long)all->n) < 0)
    title = NULL;
  fputs("set terminal pngcairo size 1000,600 noenhanced\nset output 'out.png'\nset title ", f);
  gp_string(f, title ? title : "");
  fputs("\nset xlabel 'value'\nset ylabel 'count (log scale)'\nset logscale y\n"
        "set yrange [0.5:*]\n" /* boxes rise from 0.5, so a bin holding 1 value shows */
        "set style fill solid 0.6 border -1\nset key off\nset grid\n"
        "plot 'hist.dat' using 1:($3 > 0 ? $3 : 1/0):2 with boxes\n", f);
  if ((fflush(f) != 0) | (fclose(f) != 0)) {
    f = NULL;
    rc = failure("weights", "--plot: cannot write %s: %s", path, strerror(errno));
    goto done;
  }
  f = NULL;
  if (cli_gnuplot("weights", dir, NULL, NULL, "plot.gp")) goto done;
  free(path);
  if (asprintf(&path, "%s/out.png", dir) < 0) goto done;
  if (!(rc = cli_rename("weights", path, png))) printf("plot written to %s\n", png);
done:
  if (path) free(path);
  path = NULL;
  if (asprintf(&path, "%s/hist.dat", dir) >= 0) unlink(path), free(path);
  if (asprintf(&path, "%s/plot.gp", dir) >= 0) unlink(path), free(path);
  if (asprintf(&path, "%s/out.png", dir) >= 0) unlink(path), free(path);
  rmdir(dir);
  free(dir), free(title);
  return rc;
}

static int list(const char *file, const char *patterns, outfmt fmt, long bins, const char *png) {
  mulerr_weights *w;
  size_t *idx = NULL, n, k, nread = 0;
  const mulerr_tensor **readable = NULL;
  mulerr_wstats *st = NULL, all;
  int wname = 4, wshape = 5, rc = 0;
  uint64_t nonfinite = 0;
  mulerr_status s;
  if ((s = mulerr_weights_open(file, &w)) != MULERR_OK) return status_exit("weights", s);
  if ((s = mulerr_weights_select(w, patterns, 1, &idx, &n)) != MULERR_OK) {
    mulerr_weights_close(w);
    return status_exit("weights", s);
  }
  st = calloc(n, sizeof *st);
  readable = calloc(n, sizeof *readable);
  if (!st || !readable) {
    rc = failure("weights", "out of memory");
    goto out;
  }
  for (k = 0; k < n; k++) {
    const mulerr_tensor *t = &w->tensors[idx[k]];
    char shape[256];
    shape_text(t, shape, sizeof shape);
    if ((int)strlen(t->name) > wname) wname = (int)strlen(t->name);
    if ((int)strlen(shape) > wshape) wshape = (int)strlen(shape);
    if (t->dtype == MULERR_WT_UNSUPPORTED) {
      fprintf(stderr, "mulerr weights: warning: %s: tensor '%s' has dtype %s, which mulerr cannot "
              "read; its statistics are left empty\n", file, t->name, t->dtype_name);
      continue;
    }
    readable[nread++] = t;
    if ((s = mulerr_tensors_stats(&t, 1, &st[k])) != MULERR_OK) {
      rc = status_exit("weights", s);
      goto out;
    }
    nonfinite += st[k].nonfinite;
  }
  memset(&all, 0, sizeof all);
  if (nread && (fmt == OUT_TABLE || bins > 0 || png) &&
      (s = mulerr_tensors_stats(readable, nread, &all)) != MULERR_OK) {
    rc = status_exit("weights", s);
    goto out;
  }
  if (fmt == OUT_CSV) printf("name,dtype,shape,count,nonfinite,mean,std,min,max,kurtosis,beyond6\n");
  if (fmt == OUT_JSON) putchar('[');
  if (fmt == OUT_TABLE) {
    int i;
    printf("%s (%s, %llu bytes, %zu of %zu tensors)\n", file, w->container,
           (unsigned long long)w->size, n, w->ntensors);
    printf("%-*s  %-5s  %-*s  %10s  %9s", wname, "NAME", "DTYPE", wshape, "SHAPE", "COUNT", "NONFINITE");
    for (i = 0; i < 6; i++) {
      char up[16];
      size_t j;
      for (j = 0; stat_keys[i][j]; j++) up[j] = (char)toupper((unsigned char)stat_keys[i][j]);
      up[j] = 0;
      printf("  %12s", up);
    }
    putchar('\n');
  }
  for (k = 0; k < n; k++) {
    const mulerr_tensor *t = &w->tensors[idx[k]];
    print_row(fmt, t->name, t, t->dtype == MULERR_WT_UNSUPPORTED ? NULL : &st[k], t->count, k == 0,
              wname, wshape);
  }
  if (fmt == OUT_TABLE && nread) {
    char label[64];
    snprintf(label, sizeof label, "(all %zu)", nread);
    print_row(fmt, label, NULL, &all, all.count, 0, wname, wshape);
  }
  if (fmt == OUT_JSON) fputs(n ? "\n]\n" : "]\n", stdout);
  if (nonfinite)
    fprintf(stderr, "mulerr weights: warning: %s: %llu non-finite values (NaN or Inf) in the selected "
            "tensors, left out of the statistics\n", file, (unsigned long long)nonfinite);
  if ((bins > 0 || png) && all.n > 0) {
    gsl_histogram *h = histogram(readable, nread, &all, (size_t)(bins > 0 ? bins : DEFAULT_BINS));
    if (!h) rc = failure("weights", "%s: cannot make a histogram on [%g, %g] (out of memory?)", file,
                         all.min, all.max);
    else {
      if (bins > 0) print_histogram(h, &all, nread);
      if (png) rc = plot(h, png, file, patterns, &all);
      gsl_histogram_free(h);
    }
  } else if (bins > 0 || png)
    rc = failure("weights", "%s: no finite values to draw a histogram of", file);
out:
  free(st);
  free(readable);
  free(idx);
  mulerr_weights_close(w);
  return rc;
}

/* ------------------------------------------------------------------ command */

int cmd_weights(int argc, char **argv) {
  enum { OPT_CSV = 256, OPT_JSON, OPT_HIST, OPT_PLOT, OPT_PROP };
  static const struct option longopts[] = {
      {"tensors", required_argument, NULL, 't'}, {"csv", no_argument, NULL, OPT_CSV},
      {"json", no_argument, NULL, OPT_JSON},     {"hist", optional_argument, NULL, OPT_HIST},
      {"plot", required_argument, NULL, OPT_PLOT}, {"samples", required_argument, NULL, 'n'},
      {"proportional", no_argument, NULL, OPT_PROP}, {"seed", required_argument, NULL, 'S'},
      {"output", required_argument, NULL, 'o'},  {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  const char *patterns = NULL, *png = NULL, *out = NULL;
  outfmt fmt = OUT_TABLE;
  long bins = 0;
  uint64_t per = DEFAULT_PER_TENSOR, seed = 1;
  int c, is_sample, proportional = 0, have_n = 0, have_seed = 0, rc;
  char *cmdline = cli_command_line(argc, argv);
  if (!cmdline) return failure("weights", "out of memory");
  gsl_set_error_handler_off(); /* GSL reports through return codes here, never aborts */
  is_sample = argc > 1 && !strcmp(argv[1], "sample");
  optind = is_sample ? 2 : 1;
  opterr = 1;
  while ((c = getopt_long(argc, argv, "t:n:S:o:h", longopts, NULL)) != -1) {
    switch (c) {
    case 't': patterns = optarg; break;
    case OPT_CSV: fmt = OUT_CSV; break;
    case OPT_JSON: fmt = OUT_JSON; break;
    case OPT_HIST: {
      const char *a = optarg;
      if (!a && optind < argc && argv[optind][0] >= '0' && argv[optind][0] <= '9' &&
          strspn(argv[optind], "0123456789") == strlen(argv[optind]))
        a = argv[optind++]; /* "--hist N" */
      bins = DEFAULT_BINS;
      if (a && mulerr_parse_int(a, 1, 100000, &bins) != MULERR_OK) {
        free(cmdline);
        return usage_error("weights", "--hist: %s", mulerr_errmsg());
      }
      break;
    }
    case OPT_PLOT: png = optarg; break;
    case 'n':
      have_n = 1;
      if (mulerr_parse_count(optarg, &per) != MULERR_OK) {
        free(cmdline);
        return usage_error("weights", "--samples: %s", mulerr_errmsg());
      }
      break;
    case OPT_PROP: proportional = 1; break;
    case 'S':
      have_seed = 1;
      if (mulerr_parse_seed(optarg, &seed) != MULERR_OK) {
        free(cmdline);
        return usage_error("weights", "--seed: %s", mulerr_errmsg());
      }
      break;
    case 'o': out = optarg; break;
    default: free(cmdline); return bad_option("weights", c, argv);
    }
  }
  if (is_sample) {
    if (fmt != OUT_TABLE || bins || png)
      rc = usage_error("weights", "sample: --csv, --json, --hist and --plot are for listing");
    else if (optind >= argc) rc = usage_error("weights", "sample: no input file given");
    else if (!out) rc = usage_error("weights", "sample: no output file given (-o OUT.safetensors)");
    else {
      uint64_t values = 0;
      size_t tensors = 0;
      mulerr_status s = mulerr_weights_sample(argc - optind, argv + optind, patterns, per, proportional, seed, out,
                                              cmdline, &values, &tensors);
      rc = s != MULERR_OK ? status_exit("weights", s) : 0;
      if (!rc)
        printf("%s: %llu values from %zu tensors of %d file%s (seed %llu)\n", out, (unsigned long long)values,
               tensors, argc - optind, argc - optind == 1 ? "" : "s", (unsigned long long)seed);
    }
  } else {
    if (have_n || have_seed || proportional || out)
      rc = usage_error("weights", "-n, --seed, --proportional and -o are for 'mulerr weights sample'");
    else if (optind >= argc) rc = usage_error("weights", "no file given");
    else if (optind + 1 < argc)
      rc = usage_error("weights", "one file at a time (unexpected '%s')", argv[optind + 1]);
    else rc = list(argv[optind], patterns, fmt, bins, png);
  }
  free(cmdline);
  return rc;
}
