/* merge.c — combine results databases (the shards of a sweep, `mulerr sweep --shard I/N`) into
 * one holding what one unsharded sweep would have stored (`mulerr merge`, src/cli/cmd_merge.c).
 *
 * How.  Every input is first checked (a mulerr database of this schema version) and then
 * copied, through SQLite's ATTACH opened read-only (URI mode=ro, so an input can never be
 * written), into TEMP staging tables tagged with the input's number; inputs are attached one
 * at a time, so there is no limit on their number (SQLite attaches at most 10 at once).
 * Then, in one IMMEDIATE transaction on OUT, all of this or nothing:
 *   0. model_results (`mulerr model`, created lazily) is created in OUT from the one DDL,
 *      mulerr_model_schema, if an input holds it; inputs without it add no model rows;
 *   1. conflicts: two rows of results with the same (point_key, kind), or of model_results
 *      with the same point_key, in OUT or in any two inputs, that differ in any column but
 *      id, run_id, seconds and created, are an error naming the point, the column and both
 *      files; identical duplicates are kept once (the first: OUT's own, else the earliest
 *      input on the command line);
 *   2. runs: each input's runs are appended to OUT in input order, renumbered after OUT's
 *      largest id; a run equal to one OUT already holds (every column but id, finished and
 *      status: same version, revision, libraries, command line, seed, host, threads and start
 *      time to the millisecond) is the same run merged before, and maps to it, so merging
 *      twice changes nothing (a 'running' copy takes the finished status of a later copy);
 *   3. results, inputs, experiment_points and model_results are appended with run_id
 *      remapped, skipping rows whose key (point_key+kind; run_id+dist+path;
 *      experiment+batch+point_key; point_key) OUT already holds.
 * Column lists are read from OUT's schema (PRAGMA table_info), so a column added to the
 * schema is carried and compared without a change here. */
#define _GNU_SOURCE /* vasprintf */
#include "config.h"
#include "internal.h"
#include "db/merge.h"
#include "model/model_db.h"

#include <stdarg.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A failure of the merge, for mulerr_errmsg(); returns 1. */
static int merge_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int merge_fail(const char *fmt, ...) {
  char *msg = NULL;
  va_list ap;
  va_start(ap, fmt);
  if (vasprintf(&msg, fmt, ap) < 0) msg = NULL;
  va_end(ap);
  mulerr_fail(MULERR_EDB, "%s", msg ? msg : "out of memory");
  free(msg);
  return 1;
}

/* The column names of SCHEMA.TABLE minus those in skip (NULL-terminated); *n of them.  The
 * names come from our own schema; the caller frees each and the array. */
static char **schema_columns(sqlite3 *h, const char *schema, const char *table,
                             const char *const *skip, size_t *n) {
  char sql[128], **cols = NULL;
  sqlite3_stmt *st;
  size_t cap = 0;
  *n = 0;
  snprintf(sql, sizeof sql, "PRAGMA %s.table_info(%s)", schema, table);
  if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK) return NULL;
  while (sqlite3_step(st) == SQLITE_ROW) {
    const char *name = (const char *)sqlite3_column_text(st, 1);
    const char *const *s;
    for (s = skip; *s && strcmp(*s, name); s++) continue;
    if (*s) continue;
    if (*n == cap) {
      char **grown = realloc(cols, (cap = cap ? 2 * cap : 64) * sizeof *cols);
      if (!grown) break;
      cols = grown;
    }
    if (!(cols[*n] = strdup(name))) break;
    ++*n;
  }
  sqlite3_finalize(st);
  return cols;
}

/* The column names of main.TABLE (OUT's schema) minus those in skip. */
static char **table_columns(sqlite3 *h, const char *table, const char *const *skip, size_t *n) {
  return schema_columns(h, "main", table, skip, n);
}

static void free_columns(char **cols, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) free(cols[i]);
  free(cols);
}

/* cols joined: each as fmt with the name in place of every %1$s, separated by sep. */
static void put_columns(FILE *f, char **cols, size_t n, const char *fmt, const char *sep) {
  size_t i;
  for (i = 0; i < n; i++) {
    if (i) fputs(sep, f);
    fprintf(f, fmt, cols[i]);
  }
}

typedef struct merger {
  sqlite3 *h;
  const char *out;  /* OUT's path: file 0 */
  char **in;        /* the inputs: file k is in[k - 1] */
  int nin;
  int model;        /* an input holds model_results: staged in temp.m_model_results */
} merger;

static const char *file_name(const merger *m, int k) { return k ? m->in[k - 1] : m->out; }

static int sql_failure(const merger *m, const char *what) {
  return merge_fail("%s: %s: %s", m->out, what, sqlite3_errmsg(m->h));
}

static int exec(const merger *m, const char *sql, const char *what) {
  return sqlite3_exec(m->h, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : sql_failure(m, what);
}

/* Run sql (which may use ?1 for k) once; the rows it changed in *changes if not NULL. */
static int exec_k(const merger *m, const char *sql, int k, const char *what, int64_t *changes) {
  sqlite3_stmt *st;
  int rc;
  if (sqlite3_prepare_v2(m->h, sql, -1, &st, NULL) != SQLITE_OK) return sql_failure(m, what);
  if (sqlite3_bind_parameter_count(st) >= 1) sqlite3_bind_int(st, 1, k);
  rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return sql_failure(m, what);
  if (changes) *changes += sqlite3_changes(m->h);
  return 0;
}

/* An SQLite URI opening path read-only: "file:PATH?mode=ro", PATH percent-encoded. */
static char *readonly_uri(const char *path) {
  char *buf = malloc(3 * strlen(path) + 32), *p = buf;
  if (!buf) return NULL;
  p += sprintf(p, "file:%s", path[0] == '/' ? "//" : "");
  for (; *path; path++) {
    unsigned char c = (unsigned char)*path;
    if (strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-~", c) && c)
      *p++ = (char)c;
    else
      p += sprintf(p, "%%%02X", c);
  }
  strcpy(p, "?mode=ro");
  return buf;
}

/* The tables merged.  model_results (`mulerr model`) is created lazily, so an input or OUT
 * may lack it: it is staged only from the inputs that hold it, into a staging table shaped
 * after the first of them, and created in OUT (mulerr_model_schema) inside the merge's
 * transaction when any input holds it. */
static const char *const tables[] = {"runs", "results", "inputs", "experiment_points", "model_results"};
#define NTABLES 5
#define MODEL 4 /* tables[MODEL] */

/* Does the attached input hold model_results?  1 yes, 0 no, -1 an error. */
static int input_has_model(const merger *m) {
  sqlite3_stmt *st;
  int rc;
  if (sqlite3_prepare_v2(m->h, "SELECT 1 FROM mergein.sqlite_master WHERE type = 'table' AND "
                         "name = 'model_results'", -1, &st, NULL) != SQLITE_OK)
    return -1;
  rc = sqlite3_step(st);
  sqlite3_finalize(st);
  return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* Copy input k's tables into the TEMP staging tables m_<table>, tagged m_src = k, in one read
 * transaction (a consistent snapshot of the input). */
static int stage_input(merger *m, int k) {
  static const char *const none[] = {NULL}, *const no_src[] = {"m_src", NULL};
  const char *path = m->in[k - 1];
  char *uri = readonly_uri(path), *sql = NULL;
  sqlite3_stmt *st;
  size_t len, n;
  int rc, t;
  if (!uri) return merge_fail("out of memory");
  if (sqlite3_prepare_v2(m->h, "ATTACH ?1 AS mergein", -1, &st, NULL) != SQLITE_OK) {
    free(uri);
    return sql_failure(m, "cannot attach an input");
  }
  sqlite3_bind_text(st, 1, uri, -1, SQLITE_TRANSIENT);
  free(uri);
  rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return merge_fail("%s: cannot attach: %s", path, sqlite3_errmsg(m->h));
  rc = exec(m, "BEGIN", "cannot start reading an input");
  for (t = 0; !rc && t < NTABLES; t++) {
    char **cols;
    FILE *f;
    if (t == MODEL) {
      int has = input_has_model(m);
      if (has < 0) {
        rc = merge_fail("%s: cannot read its schema: %s", path, sqlite3_errmsg(m->h));
        break;
      }
      if (!has) continue;
      if (!m->model &&
          (rc = exec(m, "CREATE TEMP TABLE m_model_results AS SELECT 0 AS m_src, * FROM "
                        "mergein.model_results WHERE 0", "cannot create a staging table")))
        break;
      m->model = 1;
      cols = schema_columns(m->h, "temp", "m_model_results", no_src, &n);
    } else
      cols = table_columns(m->h, tables[t], none, &n);
    f = cols ? open_memstream(&sql, &len) : NULL;
    if (!f) {
      free_columns(cols, n);
      rc = merge_fail("out of memory");
      break;
    }
    fprintf(f, "INSERT INTO temp.m_%s(m_src, ", tables[t]);
    put_columns(f, cols, n, "\"%s\"", ", ");
    fputs(") SELECT ?1, ", f);
    put_columns(f, cols, n, "\"%s\"", ", ");
    fprintf(f, " FROM mergein.%s ORDER BY rowid", tables[t]);
    fclose(f);
    free_columns(cols, n);
    if (sqlite3_prepare_v2(m->h, sql, -1, &st, NULL) != SQLITE_OK) /* a column or table missing */
      rc = merge_fail("%s: table %s is not as mulerr writes it: %s", path, tables[t],
                   sqlite3_errmsg(m->h));
    else {
      sqlite3_bind_int(st, 1, k);
      if (sqlite3_step(st) != SQLITE_DONE)
        rc = merge_fail("%s: cannot read table %s: %s", path, tables[t], sqlite3_errmsg(m->h));
      sqlite3_finalize(st);
    }
    free(sql);
    sql = NULL;
  }
  if (!rc) rc = exec(m, "COMMIT", "cannot finish reading an input");
  else sqlite3_exec(m->h, "ROLLBACK", NULL, NULL, NULL);
  if (sqlite3_exec(m->h, "DETACH mergein", NULL, NULL, NULL) != SQLITE_OK && !rc)
    rc = sql_failure(m, "cannot detach an input");
  return rc;
}

/* Print a cell of st for a message: reals so they read back exactly. */
static void put_cell(FILE *f, sqlite3_stmt *st, int i) {
  switch (sqlite3_column_type(st, i)) {
  case SQLITE_NULL: fputs("NULL", f); break;
  case SQLITE_FLOAT: mulerr_fprint_double(f, sqlite3_column_double(st, i)); break;
  case SQLITE_INTEGER: fprintf(f, "%lld", (long long)sqlite3_column_int64(st, i)); break;
  default: fprintf(f, "'%.60s'", (const char *)sqlite3_column_text(st, i));
  }
}

/* Step 1: every point of table (results: point_key and kind; model_results: point_key) held
 * twice with different values; 1 if any. */
static int check_conflicts(const merger *m, const char *table) {
  static const char *const skip[] = {"id", "run_id", "seconds", "created", "point_key", "kind", NULL};
  const int model = !strcmp(table, "model_results");
  const char *kind = model ? "NULL AS kind" : "kind";
  size_t n, len;
  char **cols = table_columns(m->h, table, skip, &n), *sql = NULL;
  FILE *f = open_memstream(&sql, &len);
  sqlite3_stmt *st;
  int rc, nconf = 0;
  if (!cols || !f) {
    if (f) fclose(f);
    free(sql);
    free_columns(cols, n);
    return merge_fail("out of memory");
  }
  fprintf(f, "WITH allr AS (SELECT 0 AS m_src, point_key, %s, ", kind);
  put_columns(f, cols, n, "\"%s\"", ", ");
  fprintf(f, " FROM main.%s UNION ALL SELECT m_src, point_key, %s, ", table, kind);
  put_columns(f, cols, n, "\"%s\"", ", ");
  fprintf(f, " FROM temp.m_%s) SELECT a.m_src, b.m_src, a.point_key, a.kind, CASE", table);
  put_columns(f, cols, n, " WHEN a.\"%1$s\" IS NOT b.\"%1$s\" THEN '%1$s'", "");
  fputs(" END, CASE", f);
  put_columns(f, cols, n, " WHEN a.\"%1$s\" IS NOT b.\"%1$s\" THEN a.\"%1$s\"", "");
  fputs(" END, CASE", f);
  put_columns(f, cols, n, " WHEN a.\"%1$s\" IS NOT b.\"%1$s\" THEN b.\"%1$s\"", "");
  fputs(" END FROM allr a JOIN allr b ON a.point_key = b.point_key AND a.kind IS b.kind "
        "AND a.m_src < b.m_src WHERE NOT (", f);
  put_columns(f, cols, n, "a.\"%1$s\" IS b.\"%1$s\"", " AND ");
  fputs(") ORDER BY a.point_key, a.kind, a.m_src, b.m_src", f);
  fclose(f);
  free_columns(cols, n);
  rc = sqlite3_prepare_v2(m->h, sql, -1, &st, NULL);
  free(sql);
  if (rc != SQLITE_OK) return sql_failure(m, "cannot compare the results");
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    if (++nconf > 5) continue;
    fprintf(stderr, "mulerr merge: conflict: %s and %s hold different values for %spoint '%s'",
            file_name(m, sqlite3_column_int(st, 0)), file_name(m, sqlite3_column_int(st, 1)),
            model ? "model " : "", (const char *)sqlite3_column_text(st, 2));
    if (!model) fprintf(stderr, " (kind %s)", (const char *)sqlite3_column_text(st, 3));
    fprintf(stderr, ": %s ", (const char *)sqlite3_column_text(st, 4));
    put_cell(stderr, st, 5);
    fputs(" vs ", stderr);
    put_cell(stderr, st, 6);
    fputc('\n', stderr);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return sql_failure(m, "cannot compare the results");
  if (nconf > 5) fprintf(stderr, "mulerr merge: ... and %d more conflicts\n", nconf - 5);
  if (nconf)
    return merge_fail("%d conflicting %sresult%s; nothing written to %s", nconf,
                   model ? "model " : "", nconf == 1 ? "" : "s", m->out);
  return 0;
}

/* Every staged row of results, inputs, experiment_points and model_results must name a run of
 * its own file. */
static int check_run_ids(const merger *m) {
  int t, rc = 0;
  for (t = 1; !rc && t < NTABLES; t++) {
    char sql[256];
    sqlite3_stmt *st;
    if (t == MODEL && !m->model) continue;
    snprintf(sql, sizeof sql, "SELECT r.m_src, r.run_id FROM temp.m_%s r WHERE NOT EXISTS (SELECT 1 "
             "FROM temp.m_runs x WHERE x.m_src = r.m_src AND x.id = r.run_id) LIMIT 1", tables[t]);
    if (sqlite3_prepare_v2(m->h, sql, -1, &st, NULL) != SQLITE_OK)
      return sql_failure(m, "cannot check the run ids");
    if (sqlite3_step(st) == SQLITE_ROW)
      rc = merge_fail("%s: table %s names run %lld, which its runs table lacks",
                   file_name(m, sqlite3_column_int(st, 0)), tables[t],
                   (long long)sqlite3_column_int64(st, 1));
    sqlite3_finalize(st);
  }
  return rc;
}

/* Steps 2 and 3; the numbers of rows added in added[table]. */
static int append_all(const merger *m, int64_t added[NTABLES]) {
  static const char *const no_id[] = {"id", NULL}, *const run_skip[] = {"id", "finished", "status", NULL},
                           *const none[] = {NULL};
  static const char *const keys[NTABLES][4] = {
      {NULL}, {"point_key", "kind", NULL}, {"run_id", "dist", "path", NULL},
      {"experiment", "batch", "point_key", NULL}, {"point_key", NULL}};
  size_t nr, ni, len;
  char **rcols = table_columns(m->h, "runs", no_id, &nr), **ident = table_columns(m->h, "runs", run_skip, &ni);
  char *sql = NULL, *match = NULL;
  FILE *f;
  int rc = 0, k, t;
  if (!rcols || !ident) {
    rc = merge_fail("out of memory");
    goto out;
  }
  /* the identity of a run: m (in OUT) equals r (staged) */
  if (!(f = open_memstream(&match, &len))) {
    rc = merge_fail("out of memory");
    goto out;
  }
  put_columns(f, ident, ni, "m.\"%1$s\" IS r.\"%1$s\"", " AND ");
  fclose(f);
  /* runs, one input at a time so that a run held by two inputs is added once */
  if (!(f = open_memstream(&sql, &len))) {
    rc = merge_fail("out of memory");
    goto out;
  }
  fputs("INSERT INTO main.runs(", f);
  put_columns(f, rcols, nr, "\"%s\"", ", ");
  fputs(") SELECT ", f);
  put_columns(f, rcols, nr, "r.\"%s\"", ", ");
  fprintf(f, " FROM temp.m_runs r WHERE r.m_src = ?1 AND NOT EXISTS (SELECT 1 FROM main.runs m "
          "WHERE %s) ORDER BY r.id", match);
  fclose(f);
  for (k = 1; !rc && k <= m->nin; k++) rc = exec_k(m, sql, k, "cannot add the runs", &added[0]);
  free(sql);
  sql = NULL;
  if (rc) goto out;
  if (!(f = open_memstream(&sql, &len))) {
    rc = merge_fail("out of memory");
    goto out;
  }
  fprintf(f, "INSERT INTO temp.m_runmap SELECT r.m_src, r.id, (SELECT min(m.id) FROM main.runs m "
          "WHERE %s) FROM temp.m_runs r", match);
  fclose(f);
  rc = exec(m, sql, "cannot renumber the runs");
  free(sql);
  sql = NULL;
  if (!rc)
    rc = exec(m, "UPDATE main.runs SET (finished, status) = (SELECT r.finished, r.status FROM "
              "temp.m_runs r JOIN temp.m_runmap p ON p.m_src = r.m_src AND p.old_id = r.id WHERE "
              "p.new_id = runs.id AND r.status != 'running' ORDER BY r.m_src LIMIT 1) "
              "WHERE status = 'running' AND id IN (SELECT p.new_id FROM temp.m_runmap p JOIN "
              "temp.m_runs r ON p.m_src = r.m_src AND p.old_id = r.id WHERE r.status != 'running')",
              "cannot update the status of a run");
  /* results, inputs, experiment_points, model_results: run_id remapped, rows whose key OUT
   * holds skipped */
  for (t = 1; !rc && t < NTABLES; t++) {
    size_t n, i;
    char **cols;
    if (t == MODEL && !m->model) continue;
    cols = table_columns(m->h, tables[t], t == 1 || t == MODEL ? no_id : none, &n);
    if (!cols || !(f = open_memstream(&sql, &len))) {
      free_columns(cols, n);
      rc = merge_fail("out of memory");
      break;
    }
    fprintf(f, "INSERT INTO main.%s(", tables[t]);
    put_columns(f, cols, n, "\"%s\"", ", ");
    fputs(") SELECT ", f);
    for (i = 0; i < n; i++)
      fprintf(f, "%s%s%s%s", i ? ", " : "", strcmp(cols[i], "run_id") ? "r.\"" : "p.new_id",
              strcmp(cols[i], "run_id") ? cols[i] : "", strcmp(cols[i], "run_id") ? "\"" : "");
    fprintf(f, " FROM temp.m_%s r JOIN temp.m_runmap p ON p.m_src = r.m_src AND p.old_id = r.run_id "
            "WHERE r.m_src = ?1 AND NOT EXISTS (SELECT 1 FROM main.%s x WHERE ", tables[t], tables[t]);
    for (i = 0; keys[t][i]; i++)
      fprintf(f, "%sx.\"%s\" = %s%s%s", i ? " AND " : "", keys[t][i],
              strcmp(keys[t][i], "run_id") ? "r.\"" : "p.new_id",
              strcmp(keys[t][i], "run_id") ? keys[t][i] : "", strcmp(keys[t][i], "run_id") ? "\"" : "");
    fputs(") ORDER BY r.rowid", f);
    fclose(f);
    free_columns(cols, n);
    for (k = 1; !rc && k <= m->nin; k++)
      rc = exec_k(m, sql, k, t == MODEL ? "cannot add the model results" : "cannot add the rows", &added[t]);
    free(sql);
    sql = NULL;
  }
out:
  free(match);
  free_columns(rcols, nr);
  free_columns(ident, ni);
  return rc;
}

/* Note every staged run that did not finish: its sweep may lack points. */
static void note_unfinished(const merger *m) {
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(m->h, "SELECT m_src, id, status FROM temp.m_runs WHERE status != 'done' "
                         "ORDER BY m_src, id", -1, &st, NULL) != SQLITE_OK)
    return;
  while (sqlite3_step(st) == SQLITE_ROW)
    fprintf(stderr, "mulerr merge: note: %s: run %lld is '%s', so its sweep may lack points\n",
            file_name(m, sqlite3_column_int(st, 0)), (long long)sqlite3_column_int64(st, 1),
            (const char *)sqlite3_column_text(st, 2));
  sqlite3_finalize(st);
}

static int64_t count_rows(const merger *m, const char *sql) {
  sqlite3_stmt *st;
  int64_t n = -1;
  if (sqlite3_prepare_v2(m->h, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return n;
}

/* The whole merge on an open OUT: stage every input, then one transaction. */
static int merge(merger *m, mulerr_merge_stats *stats) {
  int64_t added[NTABLES] = {0}, staged, staged_model = 0;
  int rc, k;
  rc = exec(m, "CREATE TEMP TABLE m_runs AS SELECT 0 AS m_src, * FROM main.runs WHERE 0;"
               "CREATE TEMP TABLE m_results AS SELECT 0 AS m_src, * FROM main.results WHERE 0;"
               "CREATE TEMP TABLE m_inputs AS SELECT 0 AS m_src, * FROM main.inputs WHERE 0;"
               "CREATE TEMP TABLE m_experiment_points AS SELECT 0 AS m_src, * FROM "
               "main.experiment_points WHERE 0;"
               "CREATE TEMP TABLE m_runmap(m_src INTEGER, old_id INTEGER, new_id INTEGER, "
               "PRIMARY KEY (m_src, old_id));",
            "cannot create the staging tables");
  for (k = 1; !rc && k <= m->nin; k++) rc = stage_input(m, k);
  if (!rc)
    rc = exec(m, "CREATE INDEX temp.m_results_point ON m_results(point_key, kind);"
                 "CREATE INDEX temp.m_runs_id ON m_runs(m_src, id)", "cannot index the staging tables");
  if (!rc && m->model)
    rc = exec(m, "CREATE INDEX temp.m_model_results_point ON m_model_results(point_key)",
              "cannot index the staging tables");
  if (rc) return rc;
  note_unfinished(m);
  if ((rc = exec(m, "BEGIN IMMEDIATE", "cannot start the transaction"))) return rc;
  /* OUT gets model_results (if it lacks it) from the one DDL, inside the transaction */
  if (m->model) rc = exec(m, mulerr_model_schema, "cannot create table model_results");
  if (!rc && !(rc = check_run_ids(m)) && !(rc = check_conflicts(m, "results")) &&
      !(rc = m->model ? check_conflicts(m, "model_results") : 0) && !(rc = append_all(m, added)))
    rc = exec(m, "COMMIT", "cannot commit");
  if (rc) {
    sqlite3_exec(m->h, "ROLLBACK", NULL, NULL, NULL);
    return rc;
  }
  staged = count_rows(m, "SELECT count(*) FROM temp.m_results");
  if (m->model) staged_model = count_rows(m, "SELECT count(*) FROM temp.m_model_results");
  stats->model = m->model;
  stats->runs_added = added[0];
  stats->results_added = added[1], stats->results_identical = staged - added[1];
  stats->model_added = added[MODEL], stats->model_identical = staged_model - added[MODEL];
  return 0;
}

mulerr_status mulerr_db_merge(const char *out, char *const *in, int nin, mulerr_merge_stats *stats) {
  merger m;
  mulerr_db *db;
  int i, rc = 0;
  memset(stats, 0, sizeof *stats);
  memset(&m, 0, sizeof m);
  m.out = out, m.in = (char **)in, m.nin = nin;
  for (i = 0; i < nin; i++) { /* a mulerr database of this schema version, readable */
    mulerr_status st = mulerr_db_open_readonly(in[i], &db);
    if (st != MULERR_OK) return st;
    mulerr_db_close(db);
  }
  /* OUT: checked (and given the schema if new) by the library, then opened with URIs enabled
   * so that the inputs can be attached read-only */
  {
    mulerr_status st = mulerr_db_open(out, &db);
    if (st != MULERR_OK) return st;
    mulerr_db_close(db);
  }
  if (sqlite3_open_v2(out, &m.h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    rc = sql_failure(&m, "cannot open");
  else {
    sqlite3_busy_timeout(m.h, 10000);
    rc = merge(&m, stats);
  }
  sqlite3_close(m.h);
  return rc ? MULERR_EDB : MULERR_OK;
}
