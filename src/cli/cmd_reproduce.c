/* cmd_reproduce.c — `mulerr reproduce`: every experiment, every figure, the report. */
#define _GNU_SOURCE /* asprintf */
#include "config.h"
#include "cli.h"

#include <string.h>

void help_reproduce(FILE *out) {
  fprintf(out,
          "Usage: mulerr reproduce [OPTIONS]\n"
          "Run every experiment of experiments/ into the database (resumable), draw every\n"
          "figure and write the report: the L-Mul paper's error analysis re-derived and its\n"
          "error experiments re-run, claim by claim.  A few minutes on 2 cores.\n\n"
          "      --db FILE    results database (default results.db; with --quick quick.db)\n"
          "  -o, --out DIR    report folder (default paper; figures in DIR/figures)\n"
          "      --quick      at most 20000 samples per point (about a minute): a smoke run\n"
          "  -j, --threads N  OpenMP threads\n"
          "  -h, --help       show this help\n");
}


int cmd_reproduce(int argc, char **argv) {
  enum { OPT_DB = 256, OPT_QUICK };
  static const struct option longopts[] = {{"db", required_argument, NULL, OPT_DB},
                                           {"out", required_argument, NULL, 'o'},
                                           {"quick", no_argument, NULL, OPT_QUICK},
                                           {"threads", required_argument, NULL, 'j'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const char *db = NULL, *out = "paper", *threads = NULL;
  char *figures = NULL;
  char *run_argv[16];
  int c, quick = 0, rc, made, n = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:j:h", longopts, NULL)) != -1) {
    switch (c) {
    case OPT_DB: db = optarg; break;
    case 'o': out = optarg; break;
    case OPT_QUICK: quick = 1; break;
    case 'j': threads = optarg; break;
    default: return bad_option("reproduce", c, argv);
    }
  }
  if (optind < argc) return usage_error("reproduce", "unexpected argument '%s'", argv[optind]);
  if (!db) db = quick ? "quick.db" : "results.db";
  if ((rc = cli_check_out("reproduce", "--out", out))) return rc;
  run_argv[n++] = (char *)"mulerr run";
  run_argv[n++] = (char *)"--db";
  run_argv[n++] = (char *)db;
  run_argv[n++] = (char *)"-q";
  if (quick) run_argv[n++] = (char *)"--samples-cap", run_argv[n++] = (char *)"20000";
  if (threads) run_argv[n++] = (char *)"--threads", run_argv[n++] = (char *)threads;
  run_argv[n++] = (char *)"all";
  run_argv[n] = NULL;
  printf("reproduce: running every experiment into %s%s\n", db, quick ? " (quick: at most 20000 samples a point)" : "");
  fflush(stdout);
  if ((rc = cmd_run(n, run_argv))) return rc;
  if (asprintf(&figures, "%s/figures", out) < 0) return failure("reproduce", "out of memory");
  printf("reproduce: drawing the figures into %s\n", figures);
  fflush(stdout);
  rc = mulerr_plot_figures(db, figures, NULL, 0, &made);
  free(figures);
  if (rc) return rc;
  printf("reproduce: writing the report into %s\n", out);
  fflush(stdout);
  return mulerr_write_report(db, out);
}
