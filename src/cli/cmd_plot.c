/* cmd_plot.c — `mulerr plot`: every figure regenerated from the database alone through
 * gnuplot (PNG and PDF).  Each figure is a query, plots/NAME.sql, over the points of the latest
 * run of one experiment, written as a TSV data file by the library (src/report/figures.c), and
 * a script in plots/ (with plots/style.gp). */
#define _GNU_SOURCE /* memmem */
#include "config.h"
#include "cli.h"
#include "report/report.h"

#include <errno.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

void help_plot(FILE *out) {
  size_t i;
  fprintf(out,
          "Usage: mulerr plot [OPTIONS] [FIGURE...]\n"
          "Regenerate figures from the database alone through gnuplot, as PNG and PDF (with\n"
          "the data behind each figure as TSV).  Without FIGURE, every figure whose\n"
          "experiment is in the database.  Output is byte-stable for the same data.\n\n"
          "      --db FILE     results database (default results.db)\n"
          "  -o, --out DIR     output folder (default paper/figures)\n"
          "  -h, --help        show this help\n\nFigures:\n");
  for (i = 0; mulerr_figures[i].name; i++) fprintf(out, "  %s\n", mulerr_figures[i].name);
}

/* Cairo 1.16 writes the wall-clock time into the PDF's /CreationDate (it ignores
 * SOURCE_DATE_EPOCH), which would make the PDF differ on every run.  Overwrite the date in
 * place with a fixed one of the same length, so every byte offset in the file stays valid. */
static int fix_pdf_date(const char *path) {
  static const char key[] = "/CreationDate (D:", fixed[] = "19700101000000Z";
  FILE *f = fopen(path, "r+b");
  char *buf;
  long len;
  int rc = -1;
  if (!f) return -1;
  if (fseek(f, 0, SEEK_END) == 0 && (len = ftell(f)) > 0 && (buf = malloc((size_t)len + 1))) {
    rewind(f);
    if (fread(buf, 1, (size_t)len, f) == (size_t)len) {
      char *p;
      buf[len] = 0;
      rc = 0;
      for (p = buf; (p = memmem(p, (size_t)(buf + len - p), key, sizeof key - 1)); p += sizeof key - 1) {
        char *d = p + sizeof key - 1;
        if (d + 15 <= buf + len && d[14] == 'Z' && fseek(f, d - buf, SEEK_SET) == 0)
          rc |= fwrite(fixed, 1, 15, f) == 15 ? 0 : -1;
      }
    }
    free(buf);
  }
  return fclose(f) == 0 ? rc : -1;
}

/* Run gnuplot on style.gp and the figure's script in the output folder, on the data file
 * data/NAME.tsv there, into .NAME.tmp.png and .pdf, renamed to NAME.png and NAME.pdf when
 * complete.  No text of the user's (folder or file names) reaches gnuplot's command parser:
 * the scripts are file arguments, and the names in the -e string are the figure's own.
 * 0 on success. */
static int run_gnuplot(const mulerr_figure *fig, const char *outdir) {
  char *style = NULL, *script = NULL, *gp = NULL, *vars = NULL, *tmp[2] = {NULL, NULL}, *fin[2] = {NULL, NULL};
  char *sa = NULL, *sb = NULL;
  int rc = 1, i;
  if (asprintf(&gp, "%s.gp", fig->name) < 0) return failure("plot", "out of memory");
  sa = cli_find_data("plots", "style.gp");
  sb = cli_find_data("plots", gp);
  if (!sa || !sb) {
    rc = failure("plot", "cannot find plots/style.gp or plots/%s", gp);
    goto done;
  }
  if (!(style = realpath(sa, NULL)) || !(script = realpath(sb, NULL))) {
    rc = failure("plot", "%s: %s", style ? sb : sa, strerror(errno));
    goto done;
  }
  if (asprintf(&vars, "datafile='data/%s.tsv'; outbase='.%s.tmp'", fig->name, fig->name) < 0) goto done;
  for (i = 0; i < 2; i++)
    if (asprintf(&tmp[i], "%s/.%s.tmp.%s", outdir, fig->name, i ? "pdf" : "png") < 0 ||
        asprintf(&fin[i], "%s/%s.%s", outdir, fig->name, i ? "pdf" : "png") < 0)
      goto done;
  if (cli_gnuplot("plot", outdir, vars, style, script)) goto done;
  if (fix_pdf_date(tmp[1])) {
    rc = failure("plot", "%s: cannot fix the creation date: %s", tmp[1], strerror(errno));
    goto done;
  }
  rc = cli_rename("plot", tmp[0], fin[0]) || cli_rename("plot", tmp[1], fin[1]);
done:
  for (i = 0; i < 2; i++) {
    if (tmp[i] && rc) unlink(tmp[i]);
    free(tmp[i]), free(fin[i]);
  }
  free(style), free(script), free(gp), free(vars), free(sa), free(sb);
  return rc;
}

/* mkdir -p path. */
static int mkdirs(const char *path) {
  char *buf = strdup(path);
  size_t i;
  int rc;
  if (!buf) return -1;
  for (i = 1; buf[i]; i++)
    if (buf[i] == '/') {
      buf[i] = 0;
      mkdir(buf, 0777);
      buf[i] = '/';
    }
  rc = mkdir(buf, 0777) == 0 || access(buf, W_OK) == 0 ? 0 : -1;
  free(buf);
  return rc;
}

int mulerr_plot_figures(const char *dbpath, const char *outdir, char **names, int nnames, int *made) {
  mulerr_db *db;
  int rc = 0, i, j;
  char *datadir = NULL;
  *made = 0;
  for (j = 0; j < nnames; j++) {
    if (!mulerr_figure_find(names[j])) return usage_error("plot", "unknown figure '%s' (see mulerr plot --help)", names[j]);
  }
  if ((rc = cli_check_out("plot", "--out", outdir))) return rc;
  if (mulerr_db_open_readonly(dbpath, &db) != MULERR_OK) return failure("plot", "%s", mulerr_errmsg());
  { /* the cost model of figure equal-bits */
    char *energy = cli_find_data("data", "energy.tsv");
    rc = mulerr_energy_load(mulerr_db_handle(db), energy) != MULERR_OK ? failure("plot", "%s", mulerr_errmsg()) : 0;
    free(energy);
  }
  if (rc) {
    mulerr_db_close(db);
    return rc;
  }
  if (asprintf(&datadir, "%s/data", outdir) < 0 || mkdirs(datadir)) {
    rc = failure("plot", "%s: cannot create the folder: %s", datadir ? datadir : outdir, strerror(errno));
    mulerr_db_close(db);
    free(datadir);
    return rc;
  }
  for (i = 0; mulerr_figures[i].name && !rc; i++) {
    const mulerr_figure *fig = &mulerr_figures[i];
    char *data = NULL, *tmp = NULL, *sqlname = NULL, *sqlpath = NULL, *sql = NULL;
    long rows = 0;
    int wanted = nnames == 0;
    for (j = 0; j < nnames; j++) wanted |= !strcmp(names[j], fig->name);
    if (!wanted) continue;
    if (asprintf(&data, "%s/%s.tsv", datadir, fig->name) < 0 || asprintf(&tmp, "%s/.%s.tsv.tmp", datadir, fig->name) < 0 ||
        asprintf(&sqlname, "%s.sql", fig->name) < 0) {
      free(data), free(tmp);
      rc = failure("plot", "out of memory");
      break;
    }
    /* a figure whose experiment the database does not hold is skipped before its query runs
     * (a model figure's query needs the model tables) */
    if (mulerr_has_experiment(mulerr_db_handle(db), fig->experiment)) {
      if (!(sqlpath = cli_find_data("plots", sqlname))) rows = -1, failure("plot", "cannot find plots/%s", sqlname);
      else if (mulerr_read_text(sqlpath, &sql) != MULERR_OK ||
               (rows = mulerr_figure_export(mulerr_db_handle(db), fig, sql, tmp)) < 0)
        rows = -1, failure("plot", "%s", mulerr_errmsg());
    }
    free(sqlname), free(sqlpath), free(sql);
    if (rows < 0) rc = 1;
    else if (rows == 0) {
      if (nnames) rc = failure("plot", "%s: the database has no points of experiment '%s' (mulerr run %s)",
                               fig->name, fig->experiment, fig->experiment);
    } else if (!(rc = cli_rename("plot", tmp, data)) && !(rc = run_gnuplot(fig, outdir))) {
      printf("%s/%s.png %s/%s.pdf (%ld data rows)\n", outdir, fig->name, outdir, fig->name, rows);
      (*made)++;
    }
    unlink(tmp);
    free(data), free(tmp);
  }
  mulerr_db_close(db);
  free(datadir);
  return rc;
}

int cmd_plot(int argc, char **argv) {
  enum { OPT_DB = 256 };
  static const struct option longopts[] = {{"db", required_argument, NULL, OPT_DB},
                                           {"out", required_argument, NULL, 'o'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const char *db = "results.db", *out = "paper/figures";
  int c, made, rc;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
    switch (c) {
    case OPT_DB: db = optarg; break;
    case 'o': out = optarg; break;
    default: return bad_option("plot", c, argv);
    }
  }
  if ((rc = cli_check_out("plot", "--out", out))) return rc;
  rc = mulerr_plot_figures(db, out, argv + optind, argc - optind, &made);
  if (!rc && !made) rc = failure("plot", "%s holds no experiment with a figure (run: mulerr run all)", db);
  return rc;
}
