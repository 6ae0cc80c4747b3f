/* cmd_bench.c — `mulerr bench`: throughput of the evaluation engine, in pairs per second,
 * per method, reference path and thread count.  Benchmarks print figures; tests never time. */
#include "config.h"
#include "cli.h"
#include "dot/dot.h"
#include "engine/stream.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#ifdef _OPENMP
#include <omp.h>
#endif

void help_bench(FILE *out) {
  fprintf(out,
          "Usage: mulerr bench [OPTIONS]\n"
          "Measure evaluation throughput (pairs per second per core) of each method (and of\n"
          "float on fp8 operands) on normal(0, 0.02) fp32 sources: sampled (drawing included)\n"
          "and on operands already in memory (mulerr_eval_pairs), with the binary64 and the\n"
          "MPFR reference, with one thread and with every thread; on rows of the bf16 all-pairs\n"
          "enumeration (every thread), with the time every bf16 pair would take, and the same\n"
          "estimate for every fp16 pair (from rows of the fp16 enumeration); of an\n"
          "exhaustive enumeration.  Beside the 1-thread sampled and in-memory figures: the\n"
          "same measurement written plainly in NumPy (bench_numpy.py; drawing included, and\n"
          "with the operands in memory) and the ratio, when python3 has NumPy.  In the\n"
          "same table: dot products (lmul (k = 3) x fp32-sequential accumulation with the\n"
          "exact reference, K = 4096, operands in memory, multiply-accumulates per second per\n"
          "core, beside NumPy's) and the model (stories260K, multiply-adds per second).\n"
          "Below it: lmul and float e4m3fn sampled from normal, uniform-mantissa and the\n"
          "stories260K weights on sample streams 2 and 1 (1 thread), and each sampler alone\n"
          "(samples per second).  Wall-clock figures: run on an idle machine.\n\n"
          "  -m, --method LIST   methods (default: every registered method that runs on fp32)\n"
          "  -n, --samples N     pairs per measurement (default 4e6; MPFR uses a tenth)\n"
          "  -r, --repeat N      report the best of N runs of each measurement (default 3)\n"
          "      --full-bf16     also time lmul over every pair of bf16 encodings (2^32)\n"
          "  -h, --help          show this help\n");
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* Set the thread count for what follows. */
static void threads(int n) {
#ifdef _OPENMP
  omp_set_num_threads(n);
#else
  (void)n;
#endif
}

/* The processor (/proc/cpuinfo's model name, family and model, where it has them) and the
 * vector code the hot loops run on it: the figures belong to both. */
static void cpu_line(void) {
  char line[512], name[256] = "", fam[32] = "", mod[32] = "";
  FILE *f = fopen("/proc/cpuinfo", "r");
  while (f && fgets(line, sizeof line, f) && !(name[0] && fam[0] && mod[0])) {
    const char *v = strchr(line, ':');
    if (!v) continue;
    v += strspn(v + 1, " \t") + 1;
    if (!name[0] && !strncmp(line, "model name", 10)) snprintf(name, sizeof name, "%.*s", (int)strcspn(v, "\n"), v);
    else if (!fam[0] && !strncmp(line, "cpu family", 10)) snprintf(fam, sizeof fam, "%.*s", (int)strcspn(v, "\n"), v);
    else if (!mod[0] && !strncmp(line, "model\t", 6)) snprintf(mod, sizeof mod, "%.*s", (int)strcspn(v, "\n"), v);
  }
  if (f) fclose(f);
  printf("processor: %s%s%s%s%s%s; vector code: %s\n", name[0] ? name : "unknown", fam[0] ? " (family " : "", fam,
         fam[0] && mod[0] ? ", model " : "", mod, fam[0] ? ")" : "", mulerr_vector_code());
}

static int repeats = 3; /* each figure is the best of this many runs */

/* Evaluate p (on the pairs a, b if given) with n threads; pairs per second (the best of
 * `repeats` runs: what the code can do, less what other load on the machine took), or -1. */
static double rate(mulerr_point *p, int n, size_t npairs, const double *a, const double *b) {
  mulerr_metrics m;
  double best = -1;
  int k;
  threads(n);
  for (k = 0; k < repeats; k++) {
    const double t0 = now();
    double r;
    if ((a ? mulerr_eval_pairs(p, npairs, a, b, &m) : mulerr_eval(p, &m, NULL, NULL, NULL)) != MULERR_OK)
      return -1;
    r = (double)m.n / (now() - t0);
    if (r > best) best = r;
  }
  return best;
}

/* Rows of the bf16 (and fp16) enumeration in memory: GRID_ROWS values spread over the finite
 * encodings, each times every finite value, as the exhaustive enumeration's blocks are. */
#define GRID_ROWS 64
static double *grid_a, *grid_b, *grid16_a, *grid16_b;
static size_t grid_n, bf16_n, grid16_n, fp16_n;

static int make_grid_of(const char *fmt, double **ga, double **gb, size_t *gn, size_t *nvals) {
  double *vals;
  size_t r, j;
  if (mulerr_operand_values(mulerr_format_find(fmt), MULERR_OPERANDS_ALL, &vals, nvals) != MULERR_OK) return -1;
  *gn = GRID_ROWS * *nvals;
  *ga = malloc(*gn * sizeof **ga), *gb = malloc(*gn * sizeof **gb);
  if (!*ga || !*gb) {
    free(vals), free(*ga), free(*gb);
    *ga = *gb = NULL; /* the rows then print no figure for this format */
    return -1;
  }
  for (r = 0; r < GRID_ROWS; r++)
    for (j = 0; j < *nvals; j++) {
      (*ga)[r * *nvals + j] = vals[(r * *nvals) / GRID_ROWS + *nvals / (2 * GRID_ROWS)];
      (*gb)[r * *nvals + j] = vals[j];
    }
  free(vals);
  return 0;
}

static int make_grid(void) {
  return make_grid_of("bf16", &grid_a, &grid_b, &grid_n, &bf16_n) | make_grid_of("fp16", &grid16_a, &grid16_b, &grid16_n, &fp16_n);
}

/* The python3 that has NumPy (NULL if none). */
static const char *numpy_python(void) {
  static const char *const pythons[] = {"python3", "/usr/bin/python3"};
  size_t j;
  for (j = 0; j < 2; j++) {
    char *args[] = {(char *)pythons[j], (char *)"-c", (char *)"import numpy", NULL};
    if (cli_spawn("bench", NULL, args, "/dev/null") == 0) return pythons[j];
  }
  return NULL;
}

/* Run the shipped NumPy script NAME (src/cli) with py, arguments a1 and a2 (a2 may be NULL),
 * without a shell, and read the first line of its output holding nv numbers into v.
 * 0 on success, -1 when py is NULL, the script is missing, or no such line came. */
static int numpy_line(const char *py, const char *name, const char *a1, const char *a2, double *v, int nv) {
  char *script, line[256], out[] = "/tmp/mulerr-bench-XXXXXX";
  FILE *f;
  int fd, got = -1;
  if (!py || !(script = cli_find_data("src/cli", name))) return -1;
  if ((fd = mkstemp(out)) >= 0) {
    char *args[] = {(char *)py, script, (char *)a1, (char *)a2, NULL};
    close(fd);
    if (cli_spawn("bench", NULL, args, out) == 0 && (f = fopen(out, "r"))) {
      while (got < 0 && fgets(line, sizeof line, f)) /* stderr shares the file: skip its lines */
        if (sscanf(line, "%lf %lf %lf %lf", &v[0], &v[1], &v[2], &v[3]) >= nv) got = 0;
      fclose(f);
    }
    unlink(out);
  }
  free(script);
  return got;
}

/* Figures printed under the table (filled by the dot and model rows). */
static double dot_mre, dot_np_mre;
static size_t dot_n, dot_k;
static char *model_notes;
static void model_notes_add(const char *line) {
  const size_t have = model_notes ? strlen(model_notes) : 0;
  char *p = realloc(model_notes, have + strlen(line) + 1);
  if (!p) return;
  strcpy(p + have, line);
  model_notes = p;
}

/* One table cell: v in %W.3g, or "-" where there is no figure (v < 0 or NaN). */
static void cell(double v, int w, const char *suffix) {
  if (v >= 0 && isfinite(v)) printf(" %*.3g%s", w, v, suffix);
  else printf(" %*s%s", w, "-", suffix);
}

/* One row of the table: every figure of a method (a negative value prints "-"). */
typedef struct trow {
  double r1, np, rn, rmem1, npmem, rmemn, rm, rbf, bf_s, fp16_s;
} trow;
#define TROW_NONE {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1}

static void ratio(double num, double den) {
  if (num > 0 && den > 0) printf(" %7.1fx", num / den);
  else printf(" %8s", "-");
}

static void table_row(const char *label, const trow *t) {
  printf("%-16s", label);
  cell(t->r1, 11, ""), cell(t->np, 9, ""), ratio(t->r1, t->np);
  cell(t->rn, 11, ""), cell(t->rmem1, 11, ""), cell(t->npmem, 9, ""), ratio(t->rmem1, t->npmem);
  cell(t->rmemn, 11, "");
  if (t->rmem1 > 0 && t->rmemn > 0) printf(" %7.2fx", t->rmemn / t->rmem1);
  else printf(" %8s", "-");
  cell(t->rm, 11, ""), cell(t->rbf, 9, ""), cell(t->bf_s, 6, ""), cell(t->fp16_s, 6, "\n");
}

/* One benchmark row: method m (with operand format fmt, or k = 3 cut from fp32). */
static void row(const mulerr_method *m, const char *fmt, uint64_t samples, const double *a,
               const double *b, int maxthreads, const char *py) {
  mulerr_point p;
  double rbf, r16, np[4] = {-1, 0, 0, -1};
  trow t = TROW_NONE;
  char label[64], npname[64], count[32];
  memset(&p, 0, sizeof p);
  p.method = m;
  p.cfg.source = mulerr_format_find("fp32");
  p.cfg.k = 3;
  p.cfg.l = MULERR_L_DEFAULT;
  p.cfg.rounding = MULERR_ROUNDING_DEFAULT;
  if (fmt) p.cfg.format = mulerr_format_find(fmt);
  snprintf(label, sizeof label, "%s%s%s", m->name, fmt ? " " : "", fmt ? fmt : "");
  if (mulerr_method_prepare(m, &p.cfg) != MULERR_OK) {
    printf("%-16s (skipped: %s)\n", label, mulerr_errmsg());
    return;
  }
  mulerr_dist_parse("normal:sigma=0.02", &p.dist_a);
  p.dist_b = p.dist_a;
  p.seed = 1;
  p.samples = samples;
  p.reference = MULERR_REF_DOUBLE;
  t.r1 = rate(&p, 1, 0, NULL, NULL);
  t.rn = rate(&p, maxthreads, 0, NULL, NULL) / maxthreads;
  t.rmem1 = rate(&p, 1, samples, a, b);
  t.rmemn = rate(&p, maxthreads, samples, a, b) / maxthreads;
  p.reference = MULERR_REF_MPFR;
  p.samples = samples / 10 ? samples / 10 : 1;
  t.rm = rate(&p, 1, 0, NULL, NULL);
  /* the bf16 enumeration: the same method on bf16 operands (k = 3 cut from bf16) */
  p.cfg.source = mulerr_format_find("bf16");
  p.reference = MULERR_REF_AUTO;
  rbf = grid_a && mulerr_method_prepare(m, &p.cfg) == MULERR_OK ? rate(&p, maxthreads, grid_n, grid_a, grid_b) : -1;
  p.cfg.source = mulerr_format_find("fp16"); /* the same on fp16 rows */
  r16 = grid16_a && mulerr_method_prepare(m, &p.cfg) == MULERR_OK ? rate(&p, maxthreads, grid16_n, grid16_a, grid16_b) : -1;
  /* the same measurement in NumPy (bench_numpy.py, drawing included as in `sampled`) */
  snprintf(npname, sizeof npname, "%s%s%s", m->name, fmt && strcmp(m->name, "mx") ? "-" : "",
           fmt && strcmp(m->name, "mx") ? fmt : "");
  snprintf(count, sizeof count, "%llu", (unsigned long long)samples);
  if (numpy_line(py, "bench_numpy.py", count, npname, np, 4) == 0) t.np = np[0], t.npmem = np[3];
  t.rbf = rbf / maxthreads;
  t.bf_s = rbf > 0 ? (double)bf16_n * (double)bf16_n / rbf : -1;
  t.fp16_s = r16 > 0 ? (double)fp16_n * (double)fp16_n / r16 : -1;
  table_row(label, &t);
  fflush(stdout);
}

/* The bench's L-Mul point: lmul, k = l = 3, truncation, normal(0, 0.02) fp32 operands. */
static void lmul3_point(mulerr_point *p) {
  memset(p, 0, sizeof *p);
  p->method = mulerr_method_find("lmul");
  p->cfg.source = mulerr_format_find("fp32");
  p->cfg.k = 3;
  p->cfg.l = 3;
  p->cfg.rounding = MULERR_ROUNDING_DEFAULT;
  mulerr_method_prepare(p->method, &p->cfg);
  mulerr_dist_parse("normal:sigma=0.02", &p->dist_a);
}

/* Dot products: lmul (k = 3) x fp32 sequential accumulation, exact reference, K = 4096,
 * operands in memory (mulerr_dot_eval_pairs), in multiply-accumulates per second per core;
 * beside it bench_dot_numpy.py, the same measurement written plainly in NumPy. */
static void bench_dot(uint64_t samples, int maxthreads) {
  enum { K = 4096 };
  const size_t dots = samples / K > 16 ? (size_t)(samples / K) : 16, n = dots * K;
  double *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b), r1 = -1, rn = -1, np_rate = 0, np_mre = NAN;
  gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
  mulerr_point p;
  mulerr_metrics m;
  const char *py = numpy_python();
  int t, k;
  if (!a || !b || !r) {
    printf("dot products: skipped (out of memory)\n");
    free(a), free(b);
    if (r) gsl_rng_free(r);
    return;
  }
  lmul3_point(&p);
  p.dist_a.type->draw(&p.dist_a, p.cfg.source, r, n, a);
  p.dist_a.type->draw(&p.dist_a, p.cfg.source, r, n, b);
  gsl_rng_free(r);
  p.dot.length = K;
  mulerr_accum_parse("fp32", &p.dot);
  for (t = 0; t < 2; t++) {
    const int nt = t ? maxthreads : 1;
    double best = -1;
    threads(nt);
    for (k = 0; k < repeats; k++) {
      const double t0 = now();
      if (mulerr_dot_eval_pairs(&p, n, a, b, &m) != MULERR_OK) break;
      if ((double)n / (now() - t0) / nt > best) best = (double)n / (now() - t0) / nt;
    }
    *(t ? &rn : &r1) = best;
  }
  free(a), free(b);
  {
    char ndots[32], klen[32];
    double v[3];
    snprintf(ndots, sizeof ndots, "%zu", dots);
    snprintf(klen, sizeof klen, "%d", K);
    if (numpy_line(py, "bench_dot_numpy.py", ndots, klen, v, 2) == 0) np_rate = v[0], np_mre = v[1];
  }
  { /* a row of the table: MAC/s in memory in the in-memory columns, NumPy's beside them */
    trow tr = TROW_NONE;
    tr.rmem1 = r1, tr.npmem = np_rate > 0 ? np_rate : -1, tr.rmemn = rn;
    table_row("dot lmul x fp32", &tr);
  }
  dot_mre = m.mre, dot_np_mre = np_rate > 0 ? np_mre : NAN, dot_n = dots, dot_k = K;
}

/* The model's figures (cli_bench_model, cmd_model.c) as rows of the table: its output is
 * caught in a temporary file and its rates read back; its lines are also printed as they came,
 * under the table. */
static void bench_model_rows(void) {
  char path[] = "/tmp/mulerr-bench-model-XXXXXX", line[512];
  const int fd = mkstemp(path);
  int saved;
  FILE *f;
  if (fd < 0 || (fflush(stdout), saved = dup(1)) < 0) {
    if (fd >= 0) close(fd), unlink(path);
    cli_bench_model();
    return;
  }
  dup2(fd, 1);
  cli_bench_model();
  fflush(stdout);
  dup2(saved, 1);
  close(saved), close(fd);
  if (!(f = fopen(path, "r"))) {
    unlink(path);
    return;
  }
  while (fgets(line, sizeof line, f)) {
    const char *t = strstr(line, "tokens/s, ");
    model_notes_add(line); /* every line also under the table, as cli_bench_model wrote it */
    char site[16];
    double secs, toks, rate;
    if (!strncmp(line, "model stories260K", 17) && t && sscanf(t + 10, "%lf multiply-adds/s", &rate) == 1) {
      trow tr = TROW_NONE;
      tr.rmem1 = rate;
      table_row("model ref fp64", &tr);
    } else if (sscanf(line, " lmul k=3 at site %15[a-z] : %lf s (%*fx the reference pass), %lf tokens/s, %lf emulated", site,
                      &secs, &toks, &rate) == 4) {
      char label[32];
      trow tr = TROW_NONE;
      snprintf(label, sizeof label, "model lmul %s", site);
      tr.rmem1 = rate;
      table_row(label, &tr);
    }
  }
  fclose(f);
  unlink(path);
}

/* Sampled rows by distribution (issue 15): lmul (k = 3) and float e4m3fn on fp32 sources
 * drawn from normal(0, 0.02), uniform-mantissa and the stories260K weights (data/), each on
 * sample stream 2 (the default) and stream 1 (MT19937, as before schema 4), pairs/s on 1
 * thread; and the drawing alone, samples/s of the distribution's sampler on 1 thread (the
 * values of whole blocks, rounding to the source included). */
static double draw_rate(const mulerr_dist_spec *d, int stream, uint64_t samples) {
  const size_t n = MULERR_BLOCK;
  const uint64_t nb = samples / n ? samples / n : 1;
  double *o = malloc(n * sizeof *o), best = -1;
  gsl_rng *r = mulerr_stream_alloc(stream);
  int k;
  uint64_t i;
  if (!o || !r) {
    free(o);
    if (r) gsl_rng_free(r);
    return -1;
  }
  for (k = 0; k < repeats; k++) {
    const double t0 = now();
    for (i = 0; i < nb; i++) {
      mulerr_stream_block(r, 12345, i);
      d->type->draw(d, mulerr_format_find("fp32"), r, n, o);
    }
    if ((double)(nb * n) / (now() - t0) > best) best = (double)(nb * n) / (now() - t0);
  }
  free(o);
  gsl_rng_free(r);
  return best;
}

static void bench_sampled_dists(uint64_t samples) {
  static const char *const methods[][2] = {{"lmul", NULL}, {"float", "e4m3fn"}};
  char *wpath = cli_find_data("data", "stories260K.gguf"), *wdist = NULL;
  const char *dists[3] = {"normal:sigma=0.02", "uniform-mantissa", NULL};
  static const char *const names[3] = {"normal(0, 0.02)", "uniform-mantissa", "weights (gguf)"};
  size_t im, id;
  if (wpath && (wdist = malloc(strlen(wpath) + 9))) sprintf(wdist, "weights:%s", wpath), dists[2] = wdist;
  printf("\nsampled by distribution, fp32 sources, 1 thread: pairs/s on sample stream 2 (the default) and 1\n"
         "(MT19937, as before schema 4); drawing alone: samples/s of the sampler (rounding included)\n");
  printf("%-16s %-18s %11s %11s %7s %11s %11s %7s\n", "method", "distribution", "stream 2", "stream 1", "2/1",
         "draw 2", "draw 1", "2/1");
  threads(1);
  for (id = 0; id < 3; id++) {
    mulerr_dist_spec d;
    double d2 = -1, d1 = -1;
    if (!dists[id] || mulerr_dist_parse(dists[id], &d) != MULERR_OK) {
      printf("%-16s %-18s (skipped: %s)\n", "", names[id],
             dists[id] ? mulerr_errmsg() : "data/stories260K.gguf not found");
      continue;
    }
    d2 = draw_rate(&d, 2, samples), d1 = draw_rate(&d, 1, samples);
    for (im = 0; im < 2; im++) {
      mulerr_point p;
      double r2, r1;
      char label[32];
      memset(&p, 0, sizeof p);
      p.method = mulerr_method_find(methods[im][0]);
      p.cfg.source = mulerr_format_find("fp32");
      p.cfg.k = 3;
      p.cfg.l = MULERR_L_DEFAULT;
      p.cfg.rounding = MULERR_ROUNDING_DEFAULT;
      if (methods[im][1]) p.cfg.format = mulerr_format_find(methods[im][1]);
      if (!p.method || mulerr_method_prepare(p.method, &p.cfg) != MULERR_OK) continue;
      p.dist_a = p.dist_b = d;
      p.seed = 1;
      p.samples = samples;
      p.reference = MULERR_REF_DOUBLE;
      p.stream = 2;
      r2 = rate(&p, 1, 0, NULL, NULL);
      p.stream = 1;
      r1 = rate(&p, 1, 0, NULL, NULL);
      snprintf(label, sizeof label, "%s%s%s", methods[im][0], methods[im][1] ? " " : "",
               methods[im][1] ? methods[im][1] : "");
      printf("%-16s %-18s", label, names[id]);
      cell(r2, 11, ""), cell(r1, 11, "");
      if (r2 > 0 && r1 > 0) printf(" %6.1fx", r2 / r1);
      else printf(" %7s", "-");
      cell(im ? -1 : d2, 11, ""), cell(im ? -1 : d1, 11, "");
      if (!im && d2 > 0 && d1 > 0) printf(" %6.1fx\n", d2 / d1);
      else printf(" %7s\n", "-");
      fflush(stdout);
    }
    mulerr_dist_close(&d);
  }
  free(wdist);
  free(wpath);
}

int cmd_bench(int argc, char **argv) {
  static const struct option longopts[] = {{"method", required_argument, NULL, 'm'},
                                           {"samples", required_argument, NULL, 'n'},
                                           {"full-bf16", no_argument, NULL, 'F'},
                                           {"repeat", required_argument, NULL, 'r'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const char *methods = NULL;
  uint64_t samples = 4000000;
  int c, maxthreads = 1, full = 0;
  size_t i;
  char *buf = NULL, *items[64];
  size_t nitems = 0;
  double *a = NULL, *b = NULL;
  const char *py;
  double load0[1];
  optind = 1;
  while ((c = getopt_long(argc, argv, "m:n:r:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'm': methods = optarg; break;
    case 'n':
      if (mulerr_parse_count(optarg, &samples) != MULERR_OK) return usage_error("bench", "--samples: %s", mulerr_errmsg());
      break;
    case 'F': full = 1; break;
    case 'r': {
      long v;
      if (mulerr_parse_int(optarg, 1, 100, &v) != MULERR_OK) return usage_error("bench", "--repeat: %s", mulerr_errmsg());
      repeats = (int)v;
      break;
    }
    default: return bad_option("bench", c, argv);
    }
  }
#ifdef _OPENMP
  maxthreads = omp_get_num_procs();
#endif
  if (methods && mulerr_split_list(methods, &buf, items, 64, &nitems) != MULERR_OK) {
    free(buf);
    return usage_error("bench", "--method: %s", mulerr_errmsg());
  }
  for (i = 0; i < (methods ? nitems : 0); i++)
    if (!mulerr_method_find(items[i])) {
      free(buf);
      return usage_error("bench", "--method: %s", mulerr_errmsg());
    }
  { /* in-memory operands: the same normal(0, 0.02) fp32 values, drawn once */
    mulerr_dist_spec d;
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    a = malloc(samples * sizeof *a), b = malloc(samples * sizeof *b);
    if (!a || !b || !r) {
      free(a), free(b), free(buf);
      if (r) gsl_rng_free(r);
      return failure("bench", "out of memory for %llu operand pairs", (unsigned long long)samples);
    }
    mulerr_dist_parse("normal:sigma=0.02", &d);
    d.type->draw(&d, mulerr_format_find("fp32"), r, samples, a);
    d.type->draw(&d, mulerr_format_find("fp32"), r, samples, b);
    gsl_rng_free(r);
  }
  py = numpy_python();
  if (getloadavg(load0, 1) != 1) load0[0] = -1;
  printf("mulerr %s (git %s), %d hardware threads; normal(0, 0.02) fp32 sources, k = 3 (or the\n"
         "fp8 format named), double reference; pairs per second per core, best of %d runs\n",
         mulerr_version(), mulerr_git_revision(), maxthreads, repeats);
  cpu_line();
  if (make_grid())
    printf("(bf16 enumeration columns skipped: out of memory)\n");
  printf("%-16s %11s %9s %8s %11s %11s %9s %8s %11s %8s %11s %9s %6s %6s\n", "", "sampled", "NumPy", "mulerr/", "sampled",
         "in-memory", "NumPy", "mulerr/", "in-memory", "in-mem", "MPFR ref,", "bf16 all", "bf16", "fp16");
  printf("%-16s %11s %9s %8s %11s %11s %9s %8s %11s %8s %11s %9s %6s %6s\n", "method", "1 thread", "1 thread", "NumPy",
         "all, /core", "1 thread", "in-mem", "NumPy", "all, /core", "scaling", "sampled 1th", "all,/core", "all s", "all s");
  for (i = 0; i < (methods ? nitems : mulerr_method_count()); i++) {
    const mulerr_method *m = methods ? mulerr_method_find(items[i]) : mulerr_method_at(i);
    row(m, !strcmp(m->name, "mx") ? "e4m3fn" : NULL, samples, a, b, maxthreads, py);
    if (!strcmp(m->name, "float")) { /* fp8 operands */
      row(m, "e4m3fn", samples, a, b, maxthreads, py);
      row(m, "e5m2", samples, a, b, maxthreads, py);
    }
  }
  free(a);
  free(b);
  free(grid_a);
  free(grid_b);
  free(grid16_a);
  free(grid16_b);
  bench_dot(samples, maxthreads); /* the dot-product and model rows of the same table */
  bench_model_rows();
  printf("NumPy: the same measurement written plainly in NumPy (src/cli/bench_numpy.py), drawing included as in\n"
         "'sampled' (NumPy 1 thread) and with the operands already in memory as in 'in-memory' (NumPy in-mem);\n"
         "mulerr/NumPy is the mulerr figure to its left over it; '-': no NumPy version or no NumPy.\n");
  printf("dot lmul x fp32: lmul (k = 3) products summed sequentially in fp32 against the exact sum, K = %zu,\n"
         "%zu dot products in memory, multiply-accumulates/s (mre %.4g; NumPy's %.4g on its own operands,\n"
         "bench_dot_numpy.py, in the NumPy in-mem column).\n", dot_k, dot_n, dot_mre, dot_np_mre);
  printf("model rows: stories260K (cli_bench_model), multiply-adds/s on 1 thread: the binary64 reference pass,\n"
         "and lmul k = 3 emulated at the attention sites and at every site (metrics included).\n");
  if (model_notes) {
    fputs(model_notes, stdout);
    free(model_notes);
    model_notes = NULL;
  }
  if (!py) printf("NumPy columns empty: python3 with NumPy not found (apt-get install python3-numpy)\n");
  bench_sampled_dists(samples); /* sampled rows by distribution and stream, drawing alone */
  {
    mulerr_point p;
    double r;
    memset(&p, 0, sizeof p);
    p.method = mulerr_method_find("lmul");
    p.cfg.source = mulerr_format_find("e5m7");
    p.cfg.k = 3;
    p.cfg.l = MULERR_L_DEFAULT;
    p.cfg.rounding = MULERR_ROUNDING_DEFAULT;
    p.operands = MULERR_OPERANDS_ALL;
    mulerr_method_prepare(p.method, &p.cfg);
    r = rate(&p, maxthreads, 0, NULL, NULL);
    printf("exhaustive lmul over every pair of e5m7 (13-bit) encodings, all threads: %.3g pairs/s; "
           "every bf16 pair (2^32) would take about %.0f s\n", r, 4294967296.0 / r);
    if (full) { /* the real thing: every ordered pair of finite bf16 encodings */
      double t0 = now();
      mulerr_metrics mm;
      p.cfg.source = mulerr_format_find("bf16");
      mulerr_method_prepare(p.method, &p.cfg);
      threads(maxthreads);
      if (mulerr_eval(&p, &mm, NULL, NULL, NULL) == MULERR_OK)
        printf("exhaustive lmul over every pair of finite bf16 encodings (%.4g pairs), all threads: "
               "%.1f s, %.3g pairs/s (mre %.6g)\n", (double)mm.n, now() - t0, (double)mm.n / (now() - t0), mm.mre);
    }
  }
  { /* whether the machine was idle: other load lowers every wall-clock figure above */
    double load1[1];
    if (load0[0] >= 0 && getloadavg(load1, 1) == 1)
      printf("load average (1 minute) at the start %.2f, at the end %.2f, on %d hardware threads%s\n", load0[0],
             load1[0], maxthreads, load0[0] > 0.5 || load1[0] > maxthreads + 0.5 ? ": the machine was not idle (the 1-minute average lags), so the figures may be low" : "");
  }
  free(buf);
  return 0;
}
