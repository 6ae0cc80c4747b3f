/* cmd_bench.c — `mulerr bench`: throughput of the evaluation engine, in pairs per second,
 * per method, reference path and thread count.  Benchmarks print figures; tests never time. */
#include "config.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef _OPENMP
#include <omp.h>
#endif

void help_bench(FILE *out) {
  fprintf(out,
          "Usage: mulerr bench [OPTIONS]\n"
          "Measure evaluation throughput (pairs per second, and per core) of each method on\n"
          "normal(0, 0.02) fp32 sources with the binary64 and the MPFR reference, with one\n"
          "thread and with every thread, and of an exhaustive all-pairs enumeration.\n"
          "Wall-clock figures: run on an idle machine.\n\n"
          "  -m, --method LIST   methods (default: every registered method that runs on fp32)\n"
          "  -n, --samples N     pairs per measurement (default 4e6; MPFR uses a tenth)\n"
          "  -h, --help          show this help\n");
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* Evaluate p with the given thread count; pairs per second, or -1 if it failed. */
static double rate(mulerr_point *p, int threads) {
  mulerr_metrics m;
  double t0, dt;
#ifdef _OPENMP
  omp_set_num_threads(threads);
#else
  (void)threads;
#endif
  t0 = now();
  if (mulerr_eval(p, &m, NULL, NULL, NULL) != MULERR_OK) return -1;
  dt = now() - t0;
  return (double)m.n / dt;
}

int cmd_bench(int argc, char **argv) {
  static const struct option longopts[] = {{"method", required_argument, NULL, 'm'},
                                           {"samples", required_argument, NULL, 'n'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const char *methods = NULL;
  uint64_t samples = 4000000;
  int c, maxthreads = 1;
  size_t i;
  char *buf = NULL, *items[64];
  size_t nitems = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "m:n:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'm': methods = optarg; break;
    case 'n':
      if (mulerr_parse_count(optarg, &samples) != MULERR_OK) return usage_error("bench", "--samples: %s", mulerr_errmsg());
      break;
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
  printf("mulerr %s (git %s), %d hardware threads; normal(0, 0.02) fp32 sources, k = 3\n",
         mulerr_version(), mulerr_git_revision(), maxthreads);
  printf("%-10s %16s %16s %16s %16s\n", "method", "1 thread", "per core, all", "scaling", "MPFR ref, 1 th");
  for (i = 0; i < (methods ? nitems : mulerr_method_count()); i++) {
    const mulerr_method *m = methods ? mulerr_method_find(items[i]) : mulerr_method_at(i);
    mulerr_point p;
    double r1, rn, rm;
    if (!m) {
      free(buf);
      return usage_error("bench", "--method: %s", mulerr_errmsg());
    }
    memset(&p, 0, sizeof p);
    p.method = m;
    p.cfg.source = mulerr_format_find("fp32");
    p.cfg.k = 3;
    p.cfg.l = MULERR_L_DEFAULT;
    p.cfg.rounding = MULERR_ROUNDING_DEFAULT;
    if (m->uses & MULERR_USES_K && !(m->uses & MULERR_USES_L) && !strcmp(m->name, "mx"))
      p.cfg.format = mulerr_format_find("e4m3fn");
    if (mulerr_method_prepare(m, &p.cfg) != MULERR_OK) {
      printf("%-10s (skipped: %s)\n", m->name, mulerr_errmsg());
      continue;
    }
    mulerr_dist_parse("normal:sigma=0.02", &p.dist_a);
    p.dist_b = p.dist_a;
    p.seed = 1;
    p.samples = samples;
    p.reference = MULERR_REF_DOUBLE;
    r1 = rate(&p, 1);
    rn = rate(&p, maxthreads);
    p.reference = MULERR_REF_MPFR;
    p.samples = samples / 10 ? samples / 10 : 1;
    rm = rate(&p, 1);
    printf("%-10s %12.3g p/s %12.3g p/s %15.2fx %12.3g p/s\n", m->name, r1, rn / maxthreads, rn / r1, rm);
    fflush(stdout);
  }
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
    r = rate(&p, maxthreads);
    printf("exhaustive lmul over every pair of e5m7 (13-bit) encodings, all threads: %.3g pairs/s; "
           "every bf16 pair (2^32) would take about %.0f s\n", r, 4294967296.0 / r);
  }
  { /* the same L-Mul measurement written plainly in NumPy, when python3 has NumPy */
    char script[1024], cmd[1400], line[256];
    FILE *f;
    mulerr_point p;
    double np_rate = 0, np_mse, np_mre, r1, rn;
    static const char *const pythons[] = {"python3", "/usr/bin/python3"};
    const char *py = NULL;
    size_t j;
    for (j = 0; j < 2 && !py; j++) {
      snprintf(cmd, sizeof cmd, "%s -c 'import numpy' >/dev/null 2>&1", pythons[j]);
      if (system(cmd) == 0) py = pythons[j];
    }
    if (py && cli_find_data("src/cli", "bench_numpy.py", script, sizeof script) == 0) {
      snprintf(cmd, sizeof cmd, "%s '%s' %llu", py, script, (unsigned long long)samples);
      if ((f = popen(cmd, "r"))) {
        if (fgets(line, sizeof line, f) && sscanf(line, "%lf %lf %lf", &np_rate, &np_mse, &np_mre) != 3) np_rate = 0;
        pclose(f);
      }
    }
    memset(&p, 0, sizeof p);
    p.method = mulerr_method_find("lmul");
    p.cfg.source = mulerr_format_find("fp32");
    p.cfg.k = 3;
    p.cfg.l = 3;
    p.cfg.rounding = MULERR_ROUNDING_DEFAULT;
    mulerr_method_prepare(p.method, &p.cfg);
    mulerr_dist_parse("normal:sigma=0.02", &p.dist_a);
    p.dist_b = p.dist_a;
    p.seed = 1;
    p.samples = samples;
    if (np_rate > 0) {
      r1 = rate(&p, 1);
      rn = rate(&p, maxthreads);
      printf("NumPy, the same L-Mul measurement (k = 3, l = 3, normal fp32): %.3g pairs/s; mulerr is "
             "%.1fx faster on 1 thread, %.1fx on %d (NumPy's mse %.4g, mre %.4g)\n",
             np_rate, r1 / np_rate, rn / np_rate, maxthreads, np_mse, np_mre);
    } else
      printf("NumPy comparison skipped: python3 with NumPy not found (apt-get install python3-numpy)\n");
  }
  free(buf);
  return 0;
}
