/* cmd_query.c — `mulerr query DB [SQL]`: read-only SQL or a named report, printed as an
 * aligned table, CSV (RFC 4180) or JSON. */
#include "cli.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

/* Named reports.  The first columns of "summary" are a stable interface (scripts read them);
 * more columns may be appended. */
static const char *const reports[][3] = {
    {"summary", "one row per stored point: configuration and the main metrics",
     "SELECT run_id AS run, method, source, k, l, rounding, dist, n, bias, mae, mse, rmse, mre, "
     "maxre, kind, format, dist_b, samples, seed, bias_se, mae_se, mse_se, rmse_se, mre_se, "
     "mean_rel, mean_rel_se, err_prob, max_abs, ned, mean_ulp, max_ulp, params, reference, "
     "op, length, accumulate, promote, stream "
     "FROM results ORDER BY id"},
    {"model", "one row per mulerr model point: configuration and what the model loses",
     "SELECT method, site, k, l, perplexity, ref_perplexity, kl, top1, attn_mse, attn_rel_mse, "
     "greedy, format, source, rounding, params, accumulate, docs, tokens, nll, ref_nll, "
     "layer_mse, layer_rel_mse, model, model_sha256, tokenizer_sha256, text_sha256, "
     "run_id AS run, seconds, scale FROM model_results ORDER BY id"},
    {"runs", "every run with its provenance",
     "SELECT id AS run, status, started, finished, seed, host, threads, mulerr_version, "
     "git_revision, library_versions, command_line FROM runs ORDER BY id"},
};
#define NREPORTS (sizeof reports / sizeof reports[0])

void help_query(FILE *out) {
  size_t i;
  fprintf(out,
          "Usage: mulerr query DB [SQL] [OPTIONS]\n"
          "Print results from a mulerr database, opened read-only: the SQL statement given\n"
          "(one, and it must not write), or a named report (default: summary).  The one\n"
          "write: a hot journal left by a killed writer is rolled back first (the last\n"
          "committed state; said on stderr; see 'Files, paths and failures' in mulerr(1)).\n\n"
          "  -r, --report NAME   a named report instead of SQL\n"
          "      --csv           CSV with a header line (RFC 4180 quoting)\n"
          "      --json          a JSON array of objects\n"
          "  -h, --help          show this help\n\n"
          "Reports:\n");
  for (i = 0; i < NREPORTS; i++) fprintf(out, "  %-9s %s\n", reports[i][0], reports[i][1]);
  fprintf(out, "\nReal numbers print with as many digits as they need to read back exactly;\n"
               "tables are in mulerr(1) (results, runs).\n");
}

typedef enum { OUT_TABLE, OUT_CSV, OUT_JSON } outfmt;

/* Text of one cell for table and CSV output (caller frees). */
static char *cell_text(sqlite3_stmt *st, int i) {
  char *buf;
  size_t len;
  FILE *f;
  switch (sqlite3_column_type(st, i)) {
  case SQLITE_NULL: return strdup("");
  case SQLITE_FLOAT:
    f = open_memstream(&buf, &len);
    print_double(f, sqlite3_column_double(st, i));
    fclose(f);
    return buf;
  default: return strdup((const char *)sqlite3_column_text(st, i));
  }
}

static void json_value(sqlite3_stmt *st, int i) {
  double v;
  switch (sqlite3_column_type(st, i)) {
  case SQLITE_NULL: fputs("null", stdout); break;
  case SQLITE_INTEGER: printf("%lld", (long long)sqlite3_column_int64(st, i)); break;
  case SQLITE_FLOAT:
    v = sqlite3_column_double(st, i);
    if (isfinite(v)) print_double(stdout, v);
    else cli_json_string(stdout, isnan(v) ? "nan" : v > 0 ? "inf" : "-inf"); /* JSON has no Inf/NaN */
    break;
  default: cli_json_string(stdout, (const char *)sqlite3_column_text(st, i));
  }
}

static int run_query(const char *dbpath, sqlite3 *h, const char *sql, outfmt fmt) {
  sqlite3_stmt *st;
  const char *tail;
  int ncol, i, rc;
  char ***rows = NULL;
  size_t nrows = 0, cap = 0, r;
  size_t *width;
  if (sqlite3_prepare_v2(h, sql, -1, &st, &tail) != SQLITE_OK)
    return usage_error("query", "%s: %s", dbpath, sqlite3_errmsg(h));
  if (!st) return usage_error("query", "no SQL statement given");
  while (*tail == ' ' || *tail == '\n' || *tail == '\t' || *tail == ';' || *tail == '\r') tail++;
  if (*tail) {
    sqlite3_finalize(st);
    return usage_error("query", "one SQL statement at a time (extra text: '%.30s')", tail);
  }
  if (!sqlite3_stmt_readonly(st)) {
    sqlite3_finalize(st);
    return usage_error("query", "only read-only SQL is allowed; '%.60s' would change the database", sql);
  }
  ncol = sqlite3_column_count(st);
  width = calloc((size_t)ncol + 1, sizeof *width);
  if (fmt == OUT_JSON) putchar('[');
  if (fmt == OUT_CSV)
    for (i = 0; i < ncol; i++) {
      if (i) putchar(',');
      cli_csv_field(stdout, sqlite3_column_name(st, i));
    }
  if (fmt == OUT_CSV) putchar('\n');
  for (i = 0; i < ncol; i++) width[i] = strlen(sqlite3_column_name(st, i));
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    if (fmt == OUT_JSON) {
      printf("%s\n  {", nrows ? "," : "");
      for (i = 0; i < ncol; i++) {
        if (i) fputs(", ", stdout);
        cli_json_string(stdout, sqlite3_column_name(st, i));
        fputs(": ", stdout);
        json_value(st, i);
      }
      putchar('}');
    } else if (fmt == OUT_CSV) {
      for (i = 0; i < ncol; i++) {
        char *t = cell_text(st, i);
        if (i) putchar(',');
        cli_csv_field(stdout, t);
        free(t);
      }
      putchar('\n');
    } else {
      if (nrows == cap) rows = realloc(rows, (cap = cap ? 2 * cap : 64) * sizeof *rows);
      rows[nrows] = malloc((size_t)ncol * sizeof **rows);
      for (i = 0; i < ncol; i++) {
        rows[nrows][i] = cell_text(st, i);
        if (strlen(rows[nrows][i]) > width[i]) width[i] = strlen(rows[nrows][i]);
      }
    }
    nrows++;
  }
  if (fmt == OUT_JSON) fputs(nrows ? "\n]\n" : "]\n", stdout);
  if (fmt == OUT_TABLE) {
    for (i = 0; i < ncol; i++) printf("%s%-*s", i ? "  " : "", (int)width[i], sqlite3_column_name(st, i));
    putchar('\n');
    for (r = 0; r < nrows; r++) {
      for (i = 0; i < ncol; i++) {
        printf("%s%-*s", i ? "  " : "", (int)width[i], rows[r][i]);
        free(rows[r][i]);
      }
      putchar('\n');
      free(rows[r]);
    }
  }
  free(rows);
  free(width);
  if (rc != SQLITE_DONE) {
    int e = failure("query", "%s: %s", dbpath, sqlite3_errmsg(h));
    sqlite3_finalize(st);
    return e;
  }
  sqlite3_finalize(st);
  return 0;
}

int cmd_query(int argc, char **argv) {
  enum { OPT_CSV = 256, OPT_JSON };
  static const struct option longopts[] = {{"report", required_argument, NULL, 'r'},
                                           {"csv", no_argument, NULL, OPT_CSV},
                                           {"json", no_argument, NULL, OPT_JSON},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const char *report = NULL, *sql = NULL, *dbpath;
  outfmt fmt = OUT_TABLE;
  mulerr_db *db;
  size_t i;
  int c, rc;
  optind = 1;
  while ((c = getopt_long(argc, argv, "r:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'r': report = optarg; break;
    case OPT_CSV: fmt = OUT_CSV; break;
    case OPT_JSON: fmt = OUT_JSON; break;
    default: return bad_option("query", c, argv);
    }
  }
  if (optind >= argc) return usage_error("query", "no database given");
  dbpath = argv[optind++];
  if (optind < argc) sql = argv[optind++];
  if (optind < argc) return usage_error("query", "unexpected argument '%s' (quote the SQL as one argument)", argv[optind]);
  if (sql && report) return usage_error("query", "give SQL or --report, not both");
  if (!sql) {
    if (!report) report = "summary";
    for (i = 0; i < NREPORTS && strcmp(reports[i][0], report); i++) continue;
    if (i == NREPORTS) {
      char names[256] = "";
      for (i = 0; i < NREPORTS; i++) {
        strcat(names, i ? ", " : "");
        strcat(names, reports[i][0]);
      }
      return usage_error("query", "unknown report '%s' (choices: %s)", report, names);
    }
    sql = reports[i][2];
  }
  if (mulerr_db_open_readonly(dbpath, &db) != MULERR_OK) return failure("query", "%s", mulerr_errmsg());
  rc = run_query(dbpath, mulerr_db_handle(db), sql, fmt);
  mulerr_db_close(db);
  return rc;
}
