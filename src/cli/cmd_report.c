/* cmd_report.c — `mulerr report`: the reproduction report, written from the database alone as
 * Markdown (always) and LaTeX (built to PDF when pdflatex is present).  Every table says the
 * SQL behind it, so `mulerr query` on the same database gives the same numbers. */
#define _GNU_SOURCE /* asprintf */
#include "config.h"
#include "cli.h"
#include "report/report.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

void help_report(FILE *out) {
  fprintf(out,
          "Usage: mulerr report [OPTIONS]\n"
          "Write the reproduction report from the database: OUT/report.md and OUT/report.tex\n"
          "(and OUT/report.pdf when pdflatex is installed), with tables generated from the\n"
          "database, the figures of 'mulerr plot' (OUT/figures), and a verdict per claim of\n"
          "the L-Mul paper, per L-Mul variant and per metric.\n\n"
          "      --db FILE   results database (default results.db)\n"
          "  -o, --out DIR   output folder (default paper)\n"
          "  -h, --help      show this help\n\n"
          "Verdicts: 'A beats B' holds when A's metric is below B's by more than two combined\n"
          "standard errors, fails when above by more than two, and is inconclusive between;\n"
          "'A matches B' holds when A is at most 10%% above B (or beats it).\n");
}

int mulerr_write_report(const char *dbpath, const char *outdir) {
  mulerr_db *db;
  struct { FILE *md, *tex; } d;
  char *energy = NULL, *table4 = NULL;
  char *md = NULL, *tex = NULL, *mdtmp = NULL, *textmp = NULL, *pdf = NULL, *pdftmp = NULL, *log = NULL;
  int rc;
  if ((rc = cli_check_out("report", "--out", outdir))) return rc;
  if (mulerr_db_open_readonly(dbpath, &db) != MULERR_OK) return failure("report", "%s", mulerr_errmsg());
  mkdir(outdir, 0777);
  if (asprintf(&md, "%s/report.md", outdir) < 0 || asprintf(&tex, "%s/report.tex", outdir) < 0 ||
      asprintf(&mdtmp, "%s/.report.md.tmp", outdir) < 0 || asprintf(&textmp, "%s/.report.tex.tmp", outdir) < 0 ||
      asprintf(&pdf, "%s/report.pdf", outdir) < 0 || asprintf(&pdftmp, "%s/report-tmp.pdf", outdir) < 0 ||
      asprintf(&log, "%s/report.log", outdir) < 0) {
    mulerr_db_close(db);
    rc = failure("report", "out of memory");
    goto done;
  }
  /* written beside the old report and renamed over it only when complete */
  d.md = fopen(mdtmp, "w");
  d.tex = fopen(textmp, "w");
  if (!d.md || !d.tex) {
    rc = failure("report", "%s: cannot write the report: %s", d.md ? textmp : mdtmp, strerror(errno));
    if (d.md) fclose(d.md);
    if (d.tex) fclose(d.tex);
    mulerr_db_close(db);
    unlink(mdtmp), unlink(textmp);
    goto done;
  }
  energy = cli_find_data("data", "energy.tsv"), table4 = cli_find_data("data", "lmul-table4.tsv");
  rc = mulerr_energy_load(mulerr_db_handle(db), energy) != MULERR_OK ? failure("report", "%s", mulerr_errmsg())
       : mulerr_report_write(mulerr_db_handle(db), dbpath, d.md, d.tex, table4);
  /* fflush first: it retries what is buffered, so errno names the cause (EFBIG, ENOSPC) */
  if (!rc && (fflush(d.md) != 0 || ferror(d.md)))
    rc = failure("report", "%s: write failed: %s", mdtmp, strerror(errno));
  if (!rc && (fflush(d.tex) != 0 || ferror(d.tex)))
    rc = failure("report", "%s: write failed: %s", textmp, strerror(errno));
  if ((fclose(d.md) | fclose(d.tex)) != 0 && !rc) rc = failure("report", "%s: write failed: %s", outdir, strerror(errno));
  mulerr_db_close(db);
  if (!rc) rc = cli_rename("report", mdtmp, md) || cli_rename("report", textmp, tex);
  unlink(mdtmp), unlink(textmp);
  if (rc) goto done;
  printf("%s %s\n", md, tex);
  {
    char *argv[] = {(char *)"pdflatex", (char *)"-interaction=nonstopmode", (char *)"-halt-on-error",
                    (char *)"-jobname=report-tmp", (char *)"report.tex", NULL};
    int st = cli_spawn("report", outdir, argv, log);
    if (st == 127) /* no pdflatex: the Markdown and LaTeX reports are complete */
      unlink(log);
    else if (st == 0 && !cli_rename("report", pdftmp, pdf))
      printf("%s\n", pdf);
    else
      fprintf(stderr, "mulerr report: pdflatex failed (see %s); the Markdown report is complete\n", log);
    /* pdflatex's side files of the temporary job name */
    free(pdftmp);
    pdftmp = NULL;
    if (asprintf(&pdftmp, "%s/report-tmp.aux", outdir) >= 0) unlink(pdftmp);
    free(pdftmp);
    pdftmp = NULL;
    if (asprintf(&pdftmp, "%s/report-tmp.log", outdir) >= 0) unlink(pdftmp);
  }
done:
  free(md), free(tex), free(mdtmp), free(textmp), free(pdf), free(pdftmp), free(log), free(energy), free(table4);
  return rc;
}

int cmd_report(int argc, char **argv) {
  enum { OPT_DB = 256 };
  static const struct option longopts[] = {{"db", required_argument, NULL, OPT_DB},
                                           {"out", required_argument, NULL, 'o'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const char *db = "results.db", *out = "paper";
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
    switch (c) {
    case OPT_DB: db = optarg; break;
    case 'o': out = optarg; break;
    default: return bad_option("report", c, argv);
    }
  }
  if (optind < argc) return usage_error("report", "unexpected argument '%s'", argv[optind]);
  if ((c = cli_check_out("report", "--out", out))) return c;
  return mulerr_write_report(db, out);
}
