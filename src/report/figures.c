/* figures.c — the data behind each figure of `mulerr plot`: the figure table, the query of
 * plots/NAME.sql run over the database and written as gnuplot TSV blocks, and the energy
 * cost model (data/energy.tsv) as a table of the connection.  gnuplot itself is run by the
 * command line (src/cli/cmd_plot.c). */
#include "config.h"
#include "internal.h"
#include "report/report.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

/* Every figure of `mulerr plot`, in order: name, experiment, caption (the report's figure
 * captions are its own).  The data query of each is plots/NAME.sql. */
const mulerr_figure mulerr_figures[] = {
    {"theory-vs-sampled", "theory-vs-sampled",
     "Mean |relative error| of the product against operand mantissa bits k on uniform "
     "mantissas, for m = 7, 10, 23 source bits; points: sampled (error bars: 1 standard error), "
     "dashed: exact expectation where available."},
    {"offset-grid", "offset-grid",
     "L-Mul mean |relative error| on the (k, l) grid, uniform mantissas of fp32 sources; "
     "cells marked e4 (e5) are below fp8 e4m3fn (e5m2) on the same operands; boxed cells are "
     "the paper's default l(k)."},
    {"fp8-vs-lmul", "fp8-vs-lmul",
     "Mean |relative error| of L-Mul and Mitchell at each operand mantissa width k, with fp8 "
     "e4m3fn and e5m2 (constant in k) on the same operands, scaled per tensor and (ablation) "
     "unscaled; weight x weight products; error bars: 1 standard error."},
    {"real-operands", "real-operands",
     "Mean |relative error| of L-Mul and Mitchell at each k, with fp8 e4m3fn and e5m2 (constant in k; "
     "scaled per sample block, and unscaled as an ablation), on the operand pairs stories260K multiplies "
     "on the shipped text: q x k, p x v and every linear layer's activation x weight, one panel each. Error bars: 1 standard error."},
    {"fp8-layouts-exhaustive", "fp8-layouts-exhaustive",
     "Exact mean |relative error| over all ordered pairs of positive normal encodings of each "
     "8-bit layout (no sampling error)."},
    {"equal-bits", "equal-bits",
     "Mean |relative error| against energy per multiply at 8 and 16 storage bits, normal(0, 0.02) "
     "operands; fp8, L-Mul on fp8 layouts and 8-bit LNS scaled per sample block (unscaled: the ablation, labelled). Energy "
     "per row of data/energy.tsv, each row naming its source (Horowitz, ISSCC 2014, 45 nm, or a "
     "stated estimate): fp8, MX and INT8 multiplies at fp8-mul/int8-mul, 16-bit floats at "
     "fp16-mul/bf16-mul, L-Mul and LNS an integer add of their width (int8-add, int16-add), "
     "INT16 at int16-mul."},
    {"dot-accumulation", "dot-accumulation",
     "Accumulation error alone: mean |e| / sum |a_i b_i| of dot products of exact fp32 products "
     "(normal(0, 1) operands) under each accumulator model against the length K, with Higham's "
     "bounds for fp32 (dashed: gamma_(K-1); dotted: pairwise, gamma_(ceil log2 K); sqrt(K) u: the "
     "probabilistic rule). Error bars: 1 standard error."},
    {"dot-multipliers", "dot-accumulation",
     "Dot-product error of each multiplier x accumulator (normal(0, 1) operands): mean |e| / "
     "sum |a_i b_i| against the length K. fp8 products under fixed-point accumulators keeping 13 or 25 "
     "bits below the largest exponent seen (promote 128: added into fp32 every 128 products) and "
     "fp32; L-Mul with fp32 accumulation. Error bars: 1 standard error."},
    {"attention-grid", "attention-grid",
     "Attention-output MSE (the heads' concatenated output before the output projection, mean "
     "over layers) of stories260K with L-Mul at site attn (Q.K^T and P.V), over (k, l), fp32 "
     "operands, binary32 sums; cells marked e4 (e5) are below fp8 e4m3fn (e5m2, scaled per tensor where run) at the same site; "
     "boxed cells are the paper's default l(k)."},
    {"model-quality", "model-quality",
     "Mean KL(reference || approximate) of stories260K's next-token distributions when the "
     "products at site attn, linear (every weight matrix) or all are computed by each method "
     "(fp32 operands, binary32 sums), against the binary64 reference."},
    {NULL, NULL, NULL}};

const mulerr_figure *mulerr_figure_find(const char *name) {
  size_t i;
  for (i = 0; mulerr_figures[i].name; i++)
    if (!strcmp(mulerr_figures[i].name, name)) return &mulerr_figures[i];
  return NULL;
}

int mulerr_has_experiment(sqlite3 *h, const char *experiment) {
  sqlite3_stmt *st;
  int has = 0;
  if (sqlite3_prepare_v2(h, "SELECT 1 FROM experiment_points WHERE experiment = ?1", -1, &st, NULL) == SQLITE_OK) {
    sqlite3_bind_text(st, 1, experiment, -1, SQLITE_STATIC);
    has = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
  }
  return has;
}

mulerr_status mulerr_read_text(const char *path, char **text) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  size_t len = 0, cap = 0, n;
  *text = NULL;
  if (!f) return mulerr_fail(MULERR_EIO, "%s: cannot read: %s", path, strerror(errno));
  do {
    if (len + 4096 + 1 > cap) {
      char *grown = realloc(buf, cap = 2 * cap + 4096 + 1);
      if (!grown) {
        free(buf);
        fclose(f);
        return mulerr_fail(MULERR_ENOMEM, "out of memory");
      }
      buf = grown;
    }
    len += n = fread(buf + len, 1, 4096, f);
  } while (n > 0);
  if (ferror(f)) {
    free(buf);
    fclose(f);
    return mulerr_fail(MULERR_EIO, "%s: cannot read: %s", path, strerror(errno));
  }
  fclose(f);
  buf[len] = 0;
  *text = buf;
  return MULERR_OK;
}

mulerr_status mulerr_energy_load(sqlite3 *h, const char *path) {
  char *line = NULL;
  size_t cap = 0;
  FILE *f;
  sqlite3_stmt *st = NULL;
  int lineno = 0;
  mulerr_status rc = MULERR_OK;
  if (sqlite3_exec(h, "CREATE TEMP TABLE IF NOT EXISTS energy(op TEXT PRIMARY KEY, bits INTEGER, pj REAL, source TEXT)",
                   NULL, NULL, NULL) != SQLITE_OK)
    return mulerr_fail(MULERR_EDB, "cannot create the energy table: %s", sqlite3_errmsg(h));
  if (!path || !(f = fopen(path, "r"))) return MULERR_OK; /* no cost model: energies are NULL */
  if (sqlite3_prepare_v2(h, "INSERT OR REPLACE INTO temp.energy VALUES(?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK) {
    fclose(f);
    return mulerr_fail(MULERR_EDB, "cannot fill the energy table: %s", sqlite3_errmsg(h));
  }
  while (rc == MULERR_OK && getline(&line, &cap, f) >= 0) { /* lines of any length */
    char *op, *bits, *pj, *src, *end;
    lineno++;
    if (line[0] == '#' || line[0] == '\n') continue;
    line[strcspn(line, "\n")] = 0;
    op = strtok(line, "\t"), bits = strtok(NULL, "\t"), pj = strtok(NULL, "\t"), src = strtok(NULL, "\t");
    if (!op || !bits || !pj || !src || (strtod(pj, &end), *end)) {
      rc = mulerr_fail(MULERR_EINVAL, "%s:%d: expected 'operation<TAB>bits<TAB>pJ<TAB>source'", path, lineno);
      break;
    }
    sqlite3_bind_text(st, 1, op, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 2, atoi(bits));
    sqlite3_bind_double(st, 3, strtod(pj, NULL));
    sqlite3_bind_text(st, 4, src, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) != SQLITE_DONE) rc = mulerr_fail(MULERR_EDB, "cannot fill the energy table: %s", sqlite3_errmsg(h));
    sqlite3_reset(st);
  }
  free(line);
  sqlite3_finalize(st);
  fclose(f);
  return rc;
}

long mulerr_figure_export(sqlite3 *h, const mulerr_figure *fig, const char *sql, const char *path) {
  sqlite3_stmt *st;
  FILE *f;
  char *prev = NULL; /* the series of the block being written (any length) */
  long rows = 0;
  int ncol, i, rc;
  if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK) {
    mulerr_fail(MULERR_EDB, "%s: query failed: %s", fig->name, sqlite3_errmsg(h));
    return -1;
  }
  sqlite3_bind_text(st, 1, fig->experiment, -1, SQLITE_STATIC);
  if (!(f = fopen(path, "w"))) {
    sqlite3_finalize(st);
    mulerr_fail(MULERR_EIO, "%s: cannot write: %s", path, strerror(errno));
    return -1;
  }
  ncol = sqlite3_column_count(st);
  fprintf(f, "# data/%s.tsv: data of figure %s (experiment %s), written by mulerr plot\n", fig->name, fig->name, fig->experiment);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    const char *series = (const char *)sqlite3_column_text(st, 0);
    if (!series) series = "?";
    if (!prev || strcmp(series, prev)) { /* a new block: two blank lines, then a header line */
      if (rows) fputs("\n\n", f);
      fputs(series, f);
      for (i = 1; i < ncol; i++) fprintf(f, "\t%s", sqlite3_column_name(st, i));
      fputc('\n', f);
      free(prev);
      if (!(prev = strdup(series))) {
        rc = SQLITE_NOMEM;
        break;
      }
    }
    for (i = 1; i < ncol; i++) {
      if (i > 1) fputc('\t', f);
      switch (sqlite3_column_type(st, i)) {
      case SQLITE_NULL: fputs("NaN", f); break;
      case SQLITE_FLOAT: mulerr_fprint_double(f, sqlite3_column_double(st, i)); break;
      default: fputs((const char *)sqlite3_column_text(st, i), f);
      }
    }
    fputc('\n', f);
    rows++;
  }
  free(prev);
  sqlite3_finalize(st);
  if ((ferror(f) | fclose(f)) != 0 || rc != SQLITE_DONE) {
    mulerr_fail(MULERR_EDB, "%s: %s", rc != SQLITE_DONE ? fig->name : path,
                rc == SQLITE_NOMEM ? "out of memory" : rc != SQLITE_DONE ? sqlite3_errmsg(h) : strerror(errno));
    return -1;
  }
  return rows;
}
