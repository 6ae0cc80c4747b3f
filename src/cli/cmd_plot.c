/* cmd_plot.c — `mulerr plot`: every figure regenerated from the database alone through
 * gnuplot (PNG and PDF).  Each figure is a query over the points of the latest run of one
 * experiment, written as a TSV data file, and a script in plots/ (with plots/style.gp). */
#define _GNU_SOURCE /* memmem */
#include "config.h"
#include "cli.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* The points of the latest batch (mulerr run) of experiment ?1, as table r (every results column). */
#define POINTS                                                                                   \
  "WITH pts AS (SELECT point_key FROM experiment_points WHERE experiment = ?1 AND batch = "       \
  "(SELECT max(batch) FROM experiment_points WHERE experiment = ?1)), "                          \
  "r AS (SELECT results.* FROM results JOIN pts USING (point_key) WHERE kind != 'expected') "

/* The same for `mulerr model` points (table model_results), as table r. */
#define MODEL_POINTS                                                                             \
  "WITH pts AS (SELECT point_key FROM experiment_points WHERE experiment = ?1 AND batch = "       \
  "(SELECT max(batch) FROM experiment_points WHERE experiment = ?1)), "                          \
  "r AS (SELECT model_results.* FROM model_results JOIN pts USING (point_key)) "

/* A short name for an operand distribution: the model a weights distribution reads (both
 * shipped models pooled: "pooled"), else the distribution's own text.  Used as MODEL(col). */
#define MODEL "(SELECT CASE WHEN d LIKE 'weights:%stories260K%' AND d LIKE '%gpt2%' THEN 'pooled' " \
              "WHEN d LIKE 'weights:%stories260K%' THEN 'TinyStories-260K' WHEN d LIKE 'weights:%gpt2%' " \
              "THEN 'GPT-2 attention' ELSE d END FROM (SELECT "
/* Used as MODEL "column AS d))". */

/* A figure: its data query returns a series name first; rows are grouped into one gnuplot
 * data block per series (in query order). */
const plot_figure mulerr_figures[] = {
    {"theory-vs-sampled", "theory-vs-sampled",
     "Mean |relative error| of the product against operand mantissa bits k on uniform "
     "mantissas, for m = 7, 10, 23 source bits; points: sampled (error bars: 1 standard error), "
     "dashed: exact expectation where available.",
     POINTS "SELECT CASE WHEN format IS NOT NULL THEN 'fp8 ' || format WHEN method = 'float' "
            "THEN 'float-' || rounding ELSE method END AS series, "
            "CASE source WHEN 'bf16' THEN 7 WHEN 'fp16' THEN 10 WHEN 'fp32' THEN 23 END AS m, k, mre, "
            "mre_se, (SELECT e.mre FROM results e WHERE e.kind = 'expected' AND e.method = r.method "
            "AND e.source = r.source AND e.k = r.k AND e.l = r.l AND e.rounding = r.rounding "
            "AND e.dist = r.dist) AS expected FROM r WHERE kind = 'sampled' ORDER BY series, m, k"},
    {"offset-grid", "offset-grid",
     "L-Mul mean |relative error| on the (k, l) grid, uniform mantissas of fp32 sources; "
     "cells marked e4 (e5) are below fp8 e4m3fn (e5m2) on the same operands; boxed cells are "
     "the paper's default l(k).",
     POINTS "SELECT 'grid' AS series, k, l, mre, printf('%.2g%%', 100 * mre) || CASE "
            "WHEN mre < (SELECT f.mre FROM r f WHERE f.format = 'e4m3fn' AND f.dist = r.dist AND "
            "f.source = r.source) THEN ' e4' WHEN mre < (SELECT f.mre FROM r f WHERE f.format = "
            "'e5m2' AND f.dist = r.dist AND f.source = r.source) THEN ' e5' ELSE '' END AS label, "
            "l = CASE WHEN k <= 3 THEN k WHEN k = 4 THEN 3 ELSE 4 END AS is_default "
            "FROM r WHERE method = 'lmul' AND dist = 'uniform-mantissa' ORDER BY k, l"},
    {"fp8-vs-lmul", "fp8-vs-lmul",
     "Mean |relative error| of L-Mul and Mitchell at each operand mantissa width k, with fp8 "
     "e4m3fn and e5m2 (constant in k) on the same operands; error bars: 1 standard error.",
     POINTS "SELECT series, k, mre, mre_se FROM ("
            "SELECT " MODEL "dist AS d)) || ': ' || method AS series, k, mre, mre_se FROM r WHERE format IS NULL "
            "UNION ALL SELECT " MODEL "f.dist AS d)) || ': fp8 ' || f.format, ks.k, f.mre, f.mre_se FROM r f "
            "JOIN (SELECT DISTINCT k FROM r WHERE format IS NULL) ks WHERE f.format IS NOT NULL) "
            "ORDER BY series, k"},
    {"fp8-layouts-exhaustive", "fp8-layouts-exhaustive",
     "Exact mean |relative error| over all ordered pairs of positive normal encodings of each "
     "8-bit layout (no sampling error).",
     POINTS "SELECT method AS series, CAST(substr(source, 2, 1) AS INTEGER) - 1 AS idx, "
            "upper(substr(source, 1, 4)) AS layout, mre, err_prob FROM r "
            "WHERE kind = 'exhaustive' ORDER BY series, idx"},
    {"equal-bits", "equal-bits",
     "Mean |relative error| against energy per multiply at 8 and 16 storage bits, normal(0, 0.02) "
     "operands without scaling. Energy: Horowitz (ISSCC 2014, 45 nm) via data/energy.tsv, with "
     "these cost-model assumptions: an 8-bit float, MX or INT8 multiply costs an int8 multiply "
     "(0.2 pJ); a 16-bit float multiply an fp16 multiply (1.1 pJ); L-Mul and LNS an integer add of "
     "their width (int8 add 0.03 pJ; at 16 bits the int32 add, 0.1 pJ, as the table has no int16 "
     "add); INT16 an int32 multiply (3.1 pJ). Upper bounds where the table lacks the exact width.",
     POINTS ", e AS (SELECT series, energy, mre, label FROM (SELECT CASE WHEN format IN ('e4m3fn', 'e5m2') OR "
            "params LIKE 'bits=8,%' OR params = 'int=5,frac=2' OR method = 'mx' THEN '8 bits' ELSE '16 bits' END "
            "AS series, CASE WHEN method IN ('lmul', 'lns') THEN (CASE WHEN format IN ('e4m3fn', 'e5m2') OR "
            "params = 'int=5,frac=2' THEN 0.03 ELSE 0.1 END) WHEN method = 'int' AND params LIKE 'bits=16,%' "
            "THEN 3.1 WHEN format IN ('bf16', 'fp16') THEN 1.1 ELSE 0.2 END AS energy, mre, "
            "method || CASE WHEN format IS NOT NULL THEN ' ' || format ELSE '' END || "
            "CASE WHEN params != '' THEN ' ' || params ELSE '' END AS label FROM r)) "
            /* on the Pareto front: no point of the same storage width is cheaper and more
             * accurate (at least as cheap and strictly more accurate) */
            "SELECT series, energy, mre, label, NOT EXISTS (SELECT 1 FROM e f WHERE f.series = e.series "
            "AND f.energy <= e.energy AND f.mre < e.mre) AS front FROM e ORDER BY series, front DESC, energy, mre"},
    {"attention-grid", "attention-grid",
     "Attention-output MSE (the heads' concatenated output before the output projection, mean "
     "over layers) of stories260K with L-Mul at site attn (Q.K^T and P.V), over (k, l), fp32 "
     "operands, binary32 sums; cells marked e4 (e5) are below fp8 e4m3fn (e5m2) at the same site; "
     "boxed cells are the paper's default l(k).",
     MODEL_POINTS "SELECT 'grid' AS series, k, l, attn_mse, printf('%.2g', attn_mse) || CASE "
                  "WHEN attn_mse < (SELECT f.attn_mse FROM r f WHERE f.format = 'e4m3fn') THEN ' e4' "
                  "WHEN attn_mse < (SELECT f.attn_mse FROM r f WHERE f.format = 'e5m2') THEN ' e5' "
                  "ELSE '' END AS label, l = CASE WHEN k <= 3 THEN k WHEN k = 4 THEN 3 ELSE 4 END "
                  "AS is_default FROM r WHERE method = 'lmul' ORDER BY k, l"},
    {"model-quality", "model-quality",
     "Mean KL(reference || approximate) of stories260K's next-token distributions when the "
     "products at site attn, linear (every weight matrix) or all are computed by each method "
     "(fp32 operands, binary32 sums), against the binary64 reference.",
     MODEL_POINTS ", q AS (SELECT r.*, method || CASE WHEN format IS NOT NULL THEN ' ' || format "
                  "WHEN method IN ('lmul', 'lmul-eq1', 'mitchell') THEN ' k=' || k ELSE '' END AS label "
                  "FROM r) SELECT site AS series, DENSE_RANK() OVER (ORDER BY label) - 1 AS idx, label, kl, "
                  "100 * (perplexity / ref_perplexity - 1) AS ppl_pct, top1 FROM q ORDER BY "
                  "CASE site WHEN 'attn' THEN 0 WHEN 'linear' THEN 1 ELSE 2 END, idx"},
    {NULL, NULL, NULL, NULL}};

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

/* Write the figure's data as TSV blocks; returns rows written, or -1 on error. */
static long export_data(sqlite3 *h, const plot_figure *fig, const char *path) {
  sqlite3_stmt *st;
  FILE *f;
  char prev[256] = "";
  long rows = 0;
  int ncol, i, rc;
  if (sqlite3_prepare_v2(h, fig->sql, -1, &st, NULL) != SQLITE_OK) {
    failure("plot", "%s: query failed: %s", fig->name, sqlite3_errmsg(h));
    return -1;
  }
  sqlite3_bind_text(st, 1, fig->experiment, -1, SQLITE_STATIC);
  if (!(f = fopen(path, "w"))) {
    sqlite3_finalize(st);
    failure("plot", "%s: cannot write", path);
    return -1;
  }
  ncol = sqlite3_column_count(st);
  fprintf(f, "# %s: data of figure %s (experiment %s), written by mulerr plot\n", path, fig->name, fig->experiment);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    const char *series = (const char *)sqlite3_column_text(st, 0);
    if (!series) series = "?";
    if (strcmp(series, prev)) { /* a new block: two blank lines, then a header line */
      if (rows) fputs("\n\n", f);
      fputs(series, f);
      for (i = 1; i < ncol; i++) fprintf(f, "\t%s", sqlite3_column_name(st, i));
      fputc('\n', f);
      snprintf(prev, sizeof prev, "%s", series);
    }
    for (i = 1; i < ncol; i++) {
      if (i > 1) fputc('\t', f);
      switch (sqlite3_column_type(st, i)) {
      case SQLITE_NULL: fputs("NaN", f); break;
      case SQLITE_FLOAT: print_double(f, sqlite3_column_double(st, i)); break;
      default: fputs((const char *)sqlite3_column_text(st, i), f);
      }
    }
    fputc('\n', f);
    rows++;
  }
  sqlite3_finalize(st);
  if (fclose(f) != 0 || rc != SQLITE_DONE) {
    failure("plot", "%s: %s", fig->name, rc != SQLITE_DONE ? sqlite3_errmsg(h) : "write failed");
    return -1;
  }
  return rows;
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

/* Run gnuplot on style.gp and the figure's script; 0 on success. */
static int run_gnuplot(const plot_figure *fig, const char *data, const char *outbase) {
  char style[1024], name[256], script[1024], vars[4096];
  pid_t pid;
  int status;
  snprintf(name, sizeof name, "%s.gp", fig->name);
  if (cli_find_data("plots", "style.gp", style, sizeof style) ||
      cli_find_data("plots", name, script, sizeof script))
    return failure("plot", "cannot find plots/style.gp or plots/%s.gp", fig->name);
  snprintf(vars, sizeof vars, "datafile='%s'; outbase='%s'", data, outbase);
  fflush(NULL);
  pid = fork();
  if (pid == 0) {
    setenv("SOURCE_DATE_EPOCH", "0", 1); /* no creation date in the PDF: byte-stable */
    execlp(MULERR_GNUPLOT, MULERR_GNUPLOT, "-e", vars, style, script, (char *)NULL);
    execlp("gnuplot", "gnuplot", "-e", vars, style, script, (char *)NULL);
    fprintf(stderr, "mulerr plot: cannot run gnuplot (install it: apt-get install gnuplot-nox)\n");
    _exit(127);
  }
  if (pid < 0 || waitpid(pid, &status, 0) < 0) return failure("plot", "cannot start gnuplot");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return WIFEXITED(status) && WEXITSTATUS(status) == 127 ? 1 : failure("plot", "%s: gnuplot failed", fig->name);
  snprintf(vars, sizeof vars, "%s.pdf", outbase);
  if (fix_pdf_date(vars)) return failure("plot", "%s: cannot fix the creation date", vars);
  return 0;
}

static int mkdirs(const char *path) {
  char buf[2048];
  size_t i;
  snprintf(buf, sizeof buf, "%s", path);
  for (i = 1; buf[i]; i++)
    if (buf[i] == '/') {
      buf[i] = 0;
      mkdir(buf, 0777);
      buf[i] = '/';
    }
  return mkdir(buf, 0777) == 0 || access(buf, W_OK) == 0 ? 0 : -1;
}

int mulerr_plot_figures(const char *dbpath, const char *outdir, char **names, int nnames, int *made) {
  mulerr_db *db;
  int rc = 0, i, j;
  char data[1200], outbase[1200], datadir[1100];
  *made = 0;
  for (j = 0; j < nnames; j++) {
    for (i = 0; mulerr_figures[i].name && strcmp(mulerr_figures[i].name, names[j]); i++) continue;
    if (!mulerr_figures[i].name) return usage_error("plot", "unknown figure '%s' (see mulerr plot --help)", names[j]);
  }
  if (mulerr_db_open_readonly(dbpath, &db) != MULERR_OK) return failure("plot", "%s", mulerr_errmsg());
  snprintf(datadir, sizeof datadir, "%s/data", outdir);
  if (mkdirs(datadir)) {
    mulerr_db_close(db);
    return failure("plot", "%s: cannot create the folder", datadir);
  }
  for (i = 0; mulerr_figures[i].name && !rc; i++) {
    const plot_figure *fig = &mulerr_figures[i];
    long rows;
    int wanted = nnames == 0;
    for (j = 0; j < nnames; j++) wanted |= !strcmp(names[j], fig->name);
    if (!wanted) continue;
    snprintf(data, sizeof data, "%s/%s.tsv", datadir, fig->name);
    snprintf(outbase, sizeof outbase, "%s/%s", outdir, fig->name);
    {
      sqlite3_stmt *q;
      int has = 0;
      if (sqlite3_prepare_v2(mulerr_db_handle(db), "SELECT 1 FROM experiment_points WHERE experiment = ?1",
                             -1, &q, NULL) == SQLITE_OK) {
        sqlite3_bind_text(q, 1, fig->experiment, -1, SQLITE_STATIC);
        has = sqlite3_step(q) == SQLITE_ROW;
        sqlite3_finalize(q);
      }
      rows = has ? export_data(mulerr_db_handle(db), fig, data) : 0;
    }
    if (rows < 0) rc = 1;
    else if (rows == 0) {
      if (nnames) rc = failure("plot", "%s: the database has no points of experiment '%s' (mulerr run %s)",
                               fig->name, fig->experiment, fig->experiment);
    } else if (!(rc = run_gnuplot(fig, data, outbase))) {
      printf("%s.png %s.pdf (%ld data rows)\n", outbase, outbase, rows);
      (*made)++;
    }
  }
  mulerr_db_close(db);
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
  rc = mulerr_plot_figures(db, out, argv + optind, argc - optind, &made);
  if (!rc && !made) rc = failure("plot", "%s holds no experiment with a figure (run: mulerr run all)", db);
  return rc;
}
