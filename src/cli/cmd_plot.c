/* cmd_plot.c — `mulerr plot`: every figure regenerated from the database alone through
 * gnuplot (PNG and PDF).  Each figure is a query over the points of the latest run of one
 * experiment, written as a TSV data file, and a script in plots/ (with plots/style.gp). */
#define _GNU_SOURCE /* memmem */
#include "config.h"
#include "cli.h"

#include <errno.h>
#include <limits.h>
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
            "l = mulerr_default_l(k) AS is_default "
            "FROM r WHERE method = 'lmul' AND dist = 'uniform-mantissa' ORDER BY k, l"},
    {"fp8-vs-lmul", "fp8-vs-lmul",
     "Mean |relative error| of L-Mul and Mitchell at each operand mantissa width k, with fp8 "
     "e4m3fn and e5m2 (constant in k) on the same operands, scaled per tensor and (ablation) "
     "unscaled; weight x weight products; error bars: 1 standard error.",
     POINTS "SELECT series, k, mre, mre_se FROM ("
            "SELECT " MODEL "dist AS d)) || ': ' || method AS series, k, mre, mre_se FROM r WHERE format IS NULL "
            "UNION ALL SELECT " MODEL "f.dist AS d)) || ': fp8 ' || f.format || CASE WHEN f.scale = 'none' "
            "THEN ' unscaled (ablation)' ELSE ' scaled per ' || f.scale END, ks.k, f.mre, f.mre_se FROM r f "
            "JOIN (SELECT DISTINCT k FROM r WHERE format IS NULL) ks WHERE f.format IS NOT NULL) "
            "ORDER BY series, k"},
    {"real-operands", "real-operands",
     "Mean |relative error| of L-Mul and Mitchell at each k, with fp8 e4m3fn and e5m2 (constant in k; "
     "scaled per sample block, and unscaled as an ablation), on the operand pairs stories260K multiplies "
     "on the shipped text: q x k, p x v and every linear layer's activation x weight. Error bars: 1 standard error.",
     POINTS ", s(dist, site) AS (SELECT DISTINCT dist, CASE WHEN dist LIKE '%site=attn-score%' THEN 'q x k' "
            "WHEN dist LIKE '%site=attn-value%' THEN 'p x v' WHEN dist LIKE '%site=linear%' THEN 'act x weight' "
            "ELSE dist END FROM r) "
            "SELECT series, k, mre, mre_se FROM (SELECT s.site || ': ' || method AS series, k, mre, mre_se "
            "FROM r JOIN s USING (dist) WHERE format IS NULL UNION ALL SELECT s.site || ': fp8 ' || f.format || "
            "CASE WHEN f.scale = 'none' THEN ' unscaled' ELSE ' scaled' END, ks.k, f.mre, f.mre_se FROM r f "
            "JOIN s USING (dist) JOIN (SELECT DISTINCT k FROM r WHERE format IS NULL) ks WHERE f.format IS NOT NULL) "
            "ORDER BY series, k"},
    {"fp8-layouts-exhaustive", "fp8-layouts-exhaustive",
     "Exact mean |relative error| over all ordered pairs of positive normal encodings of each "
     "8-bit layout (no sampling error).",
     POINTS "SELECT method AS series, CAST(substr(source, 2, 1) AS INTEGER) - 1 AS idx, "
            "upper(substr(source, 1, 4)) AS layout, mre, err_prob FROM r "
            "WHERE kind = 'exhaustive' ORDER BY series, idx"},
    {"equal-bits", "equal-bits",
     "Mean |relative error| against energy per multiply at 8 and 16 storage bits, normal(0, 0.02) "
     "operands; fp8, L-Mul on fp8 layouts and 8-bit LNS scaled per sample block (unscaled: the ablation, labelled). Energy "
     "per row of data/energy.tsv, each row naming its source (Horowitz, ISSCC 2014, 45 nm, or a "
     "stated estimate): fp8, MX and INT8 multiplies at fp8-mul/int8-mul, 16-bit floats at "
     "fp16-mul/bf16-mul, L-Mul and LNS an integer add of their width (int8-add, int16-add), "
     "INT16 at int16-mul.",
     POINTS ", en(op, pj) AS (SELECT op, pj FROM temp.energy), "
            "e AS (SELECT series, energy, mre, label FROM (SELECT CASE WHEN format IN ('e4m3fn', 'e5m2') OR "
            "params LIKE 'bits=8,%' OR params LIKE 'int=5,frac=2%' OR method = 'mx' THEN '8 bits' ELSE '16 bits' END "
            "AS series, (SELECT pj FROM en WHERE op = CASE WHEN method IN ('lmul', 'lns') THEN (CASE WHEN format IN "
            "('e4m3fn', 'e5m2') OR params LIKE 'int=5,frac=2%' THEN 'int8-add' ELSE 'int16-add' END) "
            "WHEN method = 'int' AND params LIKE 'bits=16,%' THEN 'int16-mul' WHEN method = 'int' THEN 'int8-mul' "
            "WHEN format = 'bf16' THEN 'bf16-mul' WHEN format = 'fp16' THEN 'fp16-mul' ELSE 'fp8-mul' END) AS energy, mre, "
            "method || CASE WHEN format IS NOT NULL THEN ' ' || format ELSE '' END || "
            "CASE WHEN params != '' THEN ' ' || params ELSE '' END || "
            "CASE WHEN scale = 'none' AND (format IN ('e4m3fn', 'e5m2') AND method != 'mx' OR params LIKE 'int=5,%') "
            "THEN ' (unscaled)' ELSE '' END AS label FROM r)) "
            /* on the Pareto front: no point of the same storage width is cheaper and more
             * accurate (at least as cheap and strictly more accurate) */
            "SELECT series, energy, mre, label, NOT EXISTS (SELECT 1 FROM e f WHERE f.series = e.series "
            "AND f.energy <= e.energy AND f.mre < e.mre) AS front FROM e ORDER BY series, front DESC, energy, mre"},
    {"dot-accumulation", "dot-accumulation",
     "Accumulation error alone: mean |e| / sum |a_i b_i| of dot products of exact fp32 products "
     "(normal(0, 1) operands) under each accumulator model against the length K, with Higham's "
     "bounds for fp32 (dashed: gamma_(K-1); dotted: pairwise, gamma_(ceil log2 K); sqrt(K) u: the "
     "probabilistic rule). Error bars: 1 standard error.",
     POINTS "SELECT accumulate || CASE WHEN promote > 0 THEN ' promote ' || promote ELSE '' END AS series, "
            "length AS K, cond_mre, cond_mre_se, cond_maxre FROM r WHERE op = 'dot' AND method = 'exact' "
            "AND accumulate != 'exact' ORDER BY series, K"},
    {"dot-multipliers", "dot-accumulation",
     "Dot-product error of each multiplier x accumulator (normal(0, 1) operands): mean |e| / "
     "sum |a_i b_i| against the length K. fp8 products under fixed-point accumulators keeping 13 or 25 "
     "bits below the largest exponent seen (promote 128: added into fp32 every 128 products) and "
     "fp32; L-Mul with fp32 accumulation. Error bars: 1 standard error.",
     POINTS "SELECT CASE WHEN method = 'exact' THEN 'fp32' WHEN method = 'float' THEN format "
            "ELSE 'lmul k=' || k END || ' x ' || accumulate || CASE WHEN promote > 0 THEN ' promote ' || promote "
            "ELSE '' END AS series, length AS K, cond_mre, cond_mre_se FROM r WHERE op = 'dot' AND ("
            "(method = 'float' AND format IN ('e4m3fn', 'e5m2') AND accumulate IN ('fixed:13', 'fixed:25', 'fp32') "
            "AND (promote = 0 OR accumulate = 'fixed:13')) OR (accumulate = 'fp32' AND (method IN ('exact', 'lmul') "
            "OR format = 'bf16'))) ORDER BY series, K"},
    {"attention-grid", "attention-grid",
     "Attention-output MSE (the heads' concatenated output before the output projection, mean "
     "over layers) of stories260K with L-Mul at site attn (Q.K^T and P.V), over (k, l), fp32 "
     "operands, binary32 sums; cells marked e4 (e5) are below fp8 e4m3fn (e5m2, scaled per tensor where run) at the same site; "
     "boxed cells are the paper's default l(k).",
     MODEL_POINTS "SELECT 'grid' AS series, k, l, attn_mse, printf('%.2g', attn_mse) || CASE "
                  "WHEN attn_mse < (SELECT f.attn_mse FROM r f WHERE f.format = 'e4m3fn' ORDER BY f.scale = 'tensor' DESC) THEN ' e4' "
                  "WHEN attn_mse < (SELECT f.attn_mse FROM r f WHERE f.format = 'e5m2' ORDER BY f.scale = 'tensor' DESC) THEN ' e5' "
                  "ELSE '' END AS label, l = mulerr_default_l(k) "
                  "AS is_default FROM r WHERE method = 'lmul' ORDER BY k, l"},
    {"model-quality", "model-quality",
     "Mean KL(reference || approximate) of stories260K's next-token distributions when the "
     "products at site attn, linear (every weight matrix) or all are computed by each method "
     "(fp32 operands, binary32 sums), against the binary64 reference.",
     MODEL_POINTS ", q AS (SELECT r.*, method || CASE WHEN format IS NOT NULL THEN ' ' || format "
                  "WHEN method IN ('lmul', 'lmul-eq1', 'mitchell') THEN ' k=' || k ELSE '' END || "
                  "CASE WHEN scale = 'tensor' THEN ' scaled' ELSE '' END AS label "
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
    failure("plot", "%s: cannot write: %s", path, strerror(errno));
    return -1;
  }
  ncol = sqlite3_column_count(st);
  fprintf(f, "# data/%s.tsv: data of figure %s (experiment %s), written by mulerr plot\n", fig->name, fig->name, fig->experiment);
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
  if ((ferror(f) | fclose(f)) != 0 || rc != SQLITE_DONE) {
    failure("plot", "%s: %s", rc != SQLITE_DONE ? fig->name : path, rc != SQLITE_DONE ? sqlite3_errmsg(h) : strerror(errno));
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

/* Run gnuplot on style.gp and the figure's script in the output folder, on the data file
 * data/NAME.tsv there, into .NAME.tmp.png and .pdf, renamed to NAME.png and NAME.pdf when
 * complete.  No text of the user's (folder or file names) reaches gnuplot's command parser:
 * the scripts are file arguments, and the names in the -e string are the figure's own.
 * 0 on success. */
static int run_gnuplot(const plot_figure *fig, const char *outdir) {
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

/* data/energy.tsv as the temporary table energy(op, bits, pj, source) of the connection (the
 * cost model of the equal-bits figure is read from the file, never written into SQL). */
static int load_energy(sqlite3 *h) {
  char *path = NULL, line[1024];
  FILE *f;
  sqlite3_stmt *st = NULL;
  int lineno = 0, rc = 0;
  if (sqlite3_exec(h, "CREATE TEMP TABLE IF NOT EXISTS energy(op TEXT PRIMARY KEY, bits INTEGER, pj REAL, source TEXT)",
                   NULL, NULL, NULL) != SQLITE_OK)
    return failure("plot", "cannot create the energy table: %s", sqlite3_errmsg(h));
  if (!(path = cli_find_data("data", "energy.tsv")) || !(f = fopen(path, "r"))) {
    free(path);
    return 0; /* no cost model: the equal-bits figure's energies are NULL */
  }
  if (sqlite3_prepare_v2(h, "INSERT OR REPLACE INTO temp.energy VALUES(?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK) {
    fclose(f);
    free(path);
    return failure("plot", "cannot fill the energy table: %s", sqlite3_errmsg(h));
  }
  while (!rc && fgets(line, sizeof line, f)) {
    char *op, *bits, *pj, *src, *end;
    lineno++;
    if (line[0] == '#' || line[0] == '\n') continue;
    line[strcspn(line, "\n")] = 0;
    op = strtok(line, "\t"), bits = strtok(NULL, "\t"), pj = strtok(NULL, "\t"), src = strtok(NULL, "\t");
    if (!op || !bits || !pj || !src || (strtod(pj, &end), *end)) {
      rc = failure("plot", "%s:%d: expected 'operation<TAB>bits<TAB>pJ<TAB>source'", path, lineno);
      break;
    }
    sqlite3_bind_text(st, 1, op, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 2, atoi(bits));
    sqlite3_bind_double(st, 3, strtod(pj, NULL));
    sqlite3_bind_text(st, 4, src, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) != SQLITE_DONE) rc = failure("plot", "cannot fill the energy table: %s", sqlite3_errmsg(h));
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  fclose(f);
  free(path);
  return rc;
}

int mulerr_plot_figures(const char *dbpath, const char *outdir, char **names, int nnames, int *made) {
  mulerr_db *db;
  int rc = 0, i, j;
  char *datadir = NULL;
  *made = 0;
  for (j = 0; j < nnames; j++) {
    for (i = 0; mulerr_figures[i].name && strcmp(mulerr_figures[i].name, names[j]); i++) continue;
    if (!mulerr_figures[i].name) return usage_error("plot", "unknown figure '%s' (see mulerr plot --help)", names[j]);
  }
  if ((rc = cli_check_out("plot", "--out", outdir))) return rc;
  if (mulerr_db_open_readonly(dbpath, &db) != MULERR_OK) return failure("plot", "%s", mulerr_errmsg());
  if ((rc = load_energy(mulerr_db_handle(db)))) {
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
    const plot_figure *fig = &mulerr_figures[i];
    char *data = NULL, *tmp = NULL;
    long rows;
    int wanted = nnames == 0;
    for (j = 0; j < nnames; j++) wanted |= !strcmp(names[j], fig->name);
    if (!wanted) continue;
    if (asprintf(&data, "%s/%s.tsv", datadir, fig->name) < 0 || asprintf(&tmp, "%s/.%s.tsv.tmp", datadir, fig->name) < 0) {
      free(data);
      rc = failure("plot", "out of memory");
      break;
    }
    { /* a figure whose experiment the database does not hold is skipped before its query runs
       * (a model figure's query needs the model tables) */
      sqlite3_stmt *q;
      int has = 0;
      if (sqlite3_prepare_v2(mulerr_db_handle(db), "SELECT 1 FROM experiment_points WHERE experiment = ?1",
                             -1, &q, NULL) == SQLITE_OK) {
        sqlite3_bind_text(q, 1, fig->experiment, -1, SQLITE_STATIC);
        has = sqlite3_step(q) == SQLITE_ROW;
        sqlite3_finalize(q);
      }
      rows = has ? export_data(mulerr_db_handle(db), fig, tmp) : 0;
    }
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
