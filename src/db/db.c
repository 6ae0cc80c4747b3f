/* db.c — the SQLite results database: schema, runs with provenance, one transaction per
 * finished point.  A crash or SIGKILL at any moment leaves a valid database holding every
 * committed point (SQLite's rollback journal); nothing is written until a point is done. */
#define _GNU_SOURCE /* strcasestr */
#include "config.h"
#include "internal.h"
#include "dot/dot.h"
#include "model/model_db.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "schema.h" /* static const char mulerr_schema_sql[] generated from schema.sql */

struct mulerr_db {
  sqlite3 *h;
  char *path;
};

struct sqlite3 *mulerr_db_handle(mulerr_db *db) { return db->h; }

/* SQLite's message, with the operating system's cause where there is one ("disk I/O error:
 * File too large", "...: No space left on device"). */
static const char *db_errmsg(sqlite3 *h, char *buf, size_t len) {
  /* SQLite keeps the failing call's errno for some errors only; errno itself, read before
   * anything else runs, still holds it for a failed write (EFBIG, ENOSPC). */
  int saved = errno, e = sqlite3_system_errno(h), code = sqlite3_errcode(h) & 0xff;
  if (!e) e = saved;
  if (e && (code == SQLITE_IOERR || code == SQLITE_FULL || code == SQLITE_CANTOPEN))
    snprintf(buf, len, "%s (%s)", sqlite3_errmsg(h), strerror(e));
  else
    snprintf(buf, len, "%s", sqlite3_errmsg(h));
  return buf;
}

static mulerr_status dbfail(mulerr_db *db, const char *what) {
  char msg[512];
  return mulerr_fail(MULERR_EDB, "%s: %s: %s", db->path, what, db_errmsg(db->h, msg, sizeof msg));
}

void mulerr_db_close(mulerr_db *db) {
  if (!db) return;
  sqlite3_close(db->h);
  free(db->path);
  free(db);
}

/* The one integer the query sql returns (its first row's first column), in *out. */
static int query_int(sqlite3 *h, const char *sql, int *out) {
  sqlite3_stmt *st;
  int rc = sqlite3_prepare_v2(h, sql, -1, &st, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
    *out = sqlite3_column_int(st, 0);
    rc = SQLITE_OK;
  }
  sqlite3_finalize(st);
  return rc;
}

static int count_tables(sqlite3 *h, int *n) { return query_int(h, "SELECT count(*) FROM sqlite_master", n); }
static int user_version(sqlite3 *h, int *v) { return query_int(h, "PRAGMA user_version", v); }

/* Schema v2's columns, appended to results by a version-1 database's migration. */
static const char *const v2_columns[] = {"r_p50 REAL", "r_p90 REAL", "r_p99 REAL", "r_p999 REAL",
                                         "e_p50 REAL", "e_p90 REAL", "e_p99 REAL", "e_p999 REAL",
                                         "mre_h1 REAL", "mre_h2 REAL", "mae_h1 REAL", "mae_h2 REAL",
                                         "scale TEXT NOT NULL DEFAULT 'none'",
                                         /* dot products (issue 13): version-1 rows are pair points */
                                         "op TEXT NOT NULL DEFAULT 'pair'", "length INTEGER", "accumulate TEXT",
                                         "promote INTEGER", "cond_mean_rel REAL", "cond_mean_rel_se REAL",
                                         "cond_mre REAL", "cond_mre_se REAL", "cond_maxre REAL"};

/* Schema v3's columns, appended to results by a version-1 or -2 database's migration. */
static const char *const v3_columns[] = {"source_e INTEGER", "source_m INTEGER", "weights_model TEXT",
                                         "dist_site TEXT", "operand_bits INTEGER"};

/* Schema v3's columns from what a row already holds (the source format's name, the text of
 * its distribution), by the SQL functions of register_functions: run on every row when a
 * database is migrated and, with a WHERE naming the row, at insert time (put_row), so the
 * two can never disagree. */
#define V3_FILL                                                                                  \
  "UPDATE results SET source_e = mulerr_format_e(source), source_m = mulerr_format_m(source), "  \
  "weights_model = mulerr_weights_model(dist), "                                                  \
  "dist_site = mulerr_dist_site(dist), "                                                          \
  "operand_bits = mulerr_operand_bits(method, source, format, k, params)"

/* Bring a version-1, -2 or -3 database to the current version in one transaction: the columns
 * of each later version appended (version-1 rows get NULLs or defaults for v2's), v3's filled
 * in, the views created, v4's stream set to 1.  *from is set to the version found under the write lock. */
static void register_functions(sqlite3 *h);
static int migrate(sqlite3 *h, int *from, char **err) {
  size_t i;
  int rc = sqlite3_exec(h, "BEGIN IMMEDIATE", NULL, NULL, err);
  /* under the write lock, look again: another process may have migrated it meanwhile */
  if (rc == SQLITE_OK && (rc = user_version(h, from)) == SQLITE_OK && (*from < 1 || *from >= 4))
    return sqlite3_exec(h, "COMMIT", NULL, NULL, err);
  if (rc == SQLITE_OK && *from == 3) goto v4; /* only schema 4's column */
  for (i = 0; rc == SQLITE_OK && *from == 1 && i < sizeof v2_columns / sizeof *v2_columns; i++) {
    char sql[128];
    snprintf(sql, sizeof sql, "ALTER TABLE results ADD COLUMN %s", v2_columns[i]);
    rc = sqlite3_exec(h, sql, NULL, NULL, err);
  }
  for (i = 0; rc == SQLITE_OK && i < sizeof v3_columns / sizeof *v3_columns; i++) {
    char sql[128];
    snprintf(sql, sizeof sql, "ALTER TABLE results ADD COLUMN %s", v3_columns[i]);
    rc = sqlite3_exec(h, sql, NULL, NULL, err);
  }
  if (rc == SQLITE_OK) register_functions(h), rc = sqlite3_exec(h, V3_FILL, NULL, NULL, err);
  if (rc == SQLITE_OK && mulerr_model_table_upgrade(h)) { /* model_results of a v2 database: column scale */
    rc = sqlite3_errcode(h);
    *err = sqlite3_mprintf("%s", sqlite3_errmsg(h));
  }
  if (rc == SQLITE_OK) { /* the views: the end of schema.sql, from its version-3 line */
    const char *views = strstr(mulerr_schema_sql, "-- schema version 3: views");
    rc = views ? sqlite3_exec(h, views, NULL, NULL, err) : SQLITE_INTERNAL;
  }
v4: /* schema 4: the sample stream's version; every older row was drawn from version 1 */
  if (rc == SQLITE_OK) rc = sqlite3_exec(h, "ALTER TABLE results ADD COLUMN stream INTEGER NOT NULL DEFAULT 1", NULL, NULL, err);
  if (rc == SQLITE_OK) rc = sqlite3_exec(h, "PRAGMA user_version = 4; COMMIT", NULL, NULL, err);
  if (rc != SQLITE_OK) sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
  return rc;
}


/* SQL function mulerr_default_l(k): the paper's offset l(k), from the one definition
 * (mulerr_lmul_default_l), for figure and report queries and users' SQL alike. */
static void sql_default_l(sqlite3_context *cx, int argc, sqlite3_value **argv) {
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) sqlite3_result_null(cx);
  else sqlite3_result_int(cx, mulerr_lmul_default_l(sqlite3_value_int(argv[0])));
}

/* SQL functions mulerr_format_e(name), mulerr_format_m(name): the exponent and stored
 * mantissa bits of a format (registry name or layout eXmY); NULL if it names none. */
static void sql_format_bits(sqlite3_context *cx, int argc, sqlite3_value **argv) {
  const char *name = (const char *)sqlite3_value_text(argv[0]);
  const mulerr_format *f = name ? mulerr_format_find(name) : NULL;
  (void)argc;
  if (!f) sqlite3_result_null(cx);
  else sqlite3_result_int(cx, sqlite3_user_data(cx) ? f->mbits : f->ebits);
}

/* SQL function mulerr_weights_model(dist): the model a weights distribution reads, by the
 * shipped checkpoints its text names (data/README.md): 'pooled' if it names both, NULL for
 * any other distribution (figures then label it by its own text). */
static void sql_weights_model(sqlite3_context *cx, int argc, sqlite3_value **argv) {
  const char *d = (const char *)sqlite3_value_text(argv[0]);
  int stories, gpt2;
  (void)argc;
  if (!d || strncasecmp(d, "weights:", 8)) {
    sqlite3_result_null(cx);
    return;
  }
  stories = strcasestr(d, "stories260K") != NULL, gpt2 = strcasestr(d, "gpt2") != NULL;
  if (stories || gpt2)
    sqlite3_result_text(cx, stories && gpt2 ? "pooled" : stories ? "TinyStories-260K" : "GPT-2 attention", -1,
                        SQLITE_STATIC);
  else sqlite3_result_null(cx);
}

/* SQL function mulerr_dist_site(dist): the site of an activations distribution
 * (activations:FILE[:site=SITE]...; all when it names none), NULL for every other one. */
static void sql_dist_site(sqlite3_context *cx, int argc, sqlite3_value **argv) {
  const char *d = (const char *)sqlite3_value_text(argv[0]), *p;
  (void)argc;
  if (!d || strncmp(d, "activations:", 12)) {
    sqlite3_result_null(cx);
    return;
  }
  for (p = strchr(d + 12, ':'); p && strncmp(p, ":site=", 6); p = strchr(p + 1, ':')) continue;
  if (!p) sqlite3_result_text(cx, "all", -1, SQLITE_STATIC);
  else sqlite3_result_text(cx, p + 6, (int)strcspn(p + 6, ":"), SQLITE_TRANSIENT);
}

/* SQL function mulerr_operand_bits(method, source, format, k, params): the storage bits of
 * one operand of a row's configuration (mulerr_method_operand_bits), the configuration rebuilt
 * from the row: the registry's method and formats, k, and the method fields its params text
 * holds (int: bits=N; lns: int=I,frac=F); NULL where it cannot be rebuilt. */
static void sql_operand_bits(sqlite3_context *cx, int argc, sqlite3_value **argv) {
  const char *method = (const char *)sqlite3_value_text(argv[0]), *source = (const char *)sqlite3_value_text(argv[1]),
             *format = (const char *)sqlite3_value_text(argv[2]), *params = (const char *)sqlite3_value_text(argv[4]);
  const mulerr_method *m = method ? mulerr_method_find(method) : NULL;
  mulerr_method_cfg cfg;
  (void)argc;
  memset(&cfg, 0, sizeof cfg);
  if (!m || !source || !(cfg.source = mulerr_format_find(source)) || (format && !(cfg.format = mulerr_format_find(format)))) {
    sqlite3_result_null(cx);
    return;
  }
  cfg.k = sqlite3_value_int(argv[3]);
  cfg.l = MULERR_L_DEFAULT;
  cfg.rounding = m->default_rounding;
  if (params && sscanf(params, "bits=%d", &cfg.bits) != 1) cfg.bits = 0;
  if (params && sscanf(params, "int=%d,frac=%d", &cfg.lns_int, &cfg.lns_frac) != 2) cfg.lns_int = cfg.lns_frac = 0;
  if (mulerr_method_prepare(m, &cfg) != MULERR_OK) {
    sqlite3_result_null(cx);
    return;
  }
  sqlite3_result_int(cx, mulerr_method_operand_bits(m, &cfg));
}

static void register_functions(sqlite3 *h) {
  static int mantissa = 1;
  sqlite3_create_function(h, "mulerr_default_l", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_default_l, NULL, NULL);
  sqlite3_create_function(h, "mulerr_format_e", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_format_bits, NULL, NULL);
  sqlite3_create_function(h, "mulerr_format_m", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, &mantissa, sql_format_bits, NULL,
                          NULL);
  sqlite3_create_function(h, "mulerr_dist_site", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_dist_site, NULL,
                          NULL);
  sqlite3_create_function(h, "mulerr_operand_bits", 5, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_operand_bits,
                          NULL, NULL);
  sqlite3_create_function(h, "mulerr_weights_model", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_weights_model,
                          NULL, NULL);
}

/* Open path with flags and check that it is an empty file or a mulerr database of the
 * current schema; with create set, give an empty database the schema. */
static mulerr_status open_db(const char *path, int flags, int create, mulerr_db **out) {
  mulerr_db *db = calloc(1, sizeof *db);
  int ntab = 0, ver = 0, rc;
  *out = NULL;
  if (!db || !(db->path = strdup(path))) {
    free(db);
    return mulerr_fail(MULERR_ENOMEM, "out of memory");
  }
  rc = sqlite3_open_v2(path, &db->h, flags, NULL);
  if (rc != SQLITE_OK) {
    mulerr_status st = mulerr_fail(MULERR_EDB, "%s: cannot open database: %s", path,
                                   db->h ? sqlite3_errmsg(db->h) : sqlite3_errstr(rc));
    mulerr_db_close(db);
    return st;
  }
  sqlite3_busy_timeout(db->h, 10000);
  sqlite3_extended_result_codes(db->h, 1);
  if (count_tables(db->h, &ntab) == SQLITE_READONLY_ROLLBACK && !(flags & SQLITE_OPEN_READWRITE)) {
    /* A writer was killed mid-transaction and left a hot journal, which a read-only
     * connection cannot roll back.  Rolling it back restores the last committed state (it
     * is what any writer would do first); then read-only again. */
    sqlite3 *rw = NULL;
    int ok = sqlite3_open_v2(path, &rw, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
             count_tables(rw, &ntab) == SQLITE_OK;
    sqlite3_close(rw);
    sqlite3_close(db->h);
    db->h = NULL;
    if (!ok || sqlite3_open_v2(path, &db->h, flags, NULL) != SQLITE_OK) {
      mulerr_status st = mulerr_fail(MULERR_EDB, "%s: an interrupted transaction must be rolled "
                                     "back, which needs write access to the file and its folder", path);
      mulerr_db_close(db);
      return st;
    }
    fprintf(stderr, "mulerr: note: %s: rolled back a transaction left unfinished by an "
                    "interrupted writer\n", path);
  }
  register_functions(db->h); /* on the connection finally used */
  if (count_tables(db->h, &ntab) != SQLITE_OK || user_version(db->h, &ver) != SQLITE_OK) {
    mulerr_status st = mulerr_fail(MULERR_EDB, "%s: not a SQLite database (%s)", path,
                                   sqlite3_errmsg(db->h));
    mulerr_db_close(db);
    return st;
  }
  if (ntab == 0 && ver == 0 && create) {
    /* Another process may be creating the schema at this moment: take the write lock, look
     * again inside the transaction, and create the schema only if it is still missing. */
    char *err = NULL;
    if (sqlite3_exec(db->h, "BEGIN IMMEDIATE", NULL, NULL, &err) != SQLITE_OK ||
        count_tables(db->h, &ntab) != SQLITE_OK || user_version(db->h, &ver) != SQLITE_OK ||
        (ntab == 0 && ver == 0 && (sqlite3_exec(db->h, mulerr_schema_sql, NULL, NULL, &err) != SQLITE_OK ||
                                   sqlite3_exec(db->h, "PRAGMA user_version = 4", NULL, NULL, &err) != SQLITE_OK)) ||
        sqlite3_exec(db->h, "COMMIT", NULL, NULL, &err) != SQLITE_OK) {
      char msg[512];
      mulerr_status st = mulerr_fail(MULERR_EDB, "%s: cannot create the schema: %s", path,
                                     db_errmsg(db->h, msg, sizeof msg));
      sqlite3_free(err);
      sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
      mulerr_db_close(db);
      return st;
    }
    if (ntab == 0 && ver == 0) ver = MULERR_DB_SCHEMA_VERSION; /* ours; else as found */
  } else if (ntab == 0 && ver == 0) {
    mulerr_db_close(db);
    return mulerr_fail(MULERR_EDB, "%s: empty database, no mulerr results in it", path);
  }
  if (ver >= 1 && ver <= 3 && ntab > 0) { /* migrate (a read-only opener through a writable connection) */
    sqlite3 *rw = db->h;
    char *err = NULL;
    int from = ver, rc2 = (flags & SQLITE_OPEN_READWRITE) ? SQLITE_OK : sqlite3_open_v2(path, &rw, SQLITE_OPEN_READWRITE, NULL);
    if (rc2 == SQLITE_OK) sqlite3_busy_timeout(rw, 10000), rc2 = migrate(rw, &from, &err);
    if (rw != db->h) sqlite3_close(rw);
    if (rc2 != SQLITE_OK) {
      mulerr_status st = mulerr_fail(MULERR_EDB, "%s: mulerr schema version %d must be migrated to version %d "
                                     "(new result columns), which needs write access: %s", path, ver,
                                     MULERR_DB_SCHEMA_VERSION, err ? err : "cannot open it for writing");
      sqlite3_free(err);
      mulerr_db_close(db);
      return st;
    }
    if (from == 1)
      fprintf(stderr, "mulerr: note: %s: migrated from schema version 1 to 2 (quantile, scaling and "
                      "dot-product columns added; older rows have them NULL or their defaults)\n", path);
    if (from == 1 || from == 2)
      fprintf(stderr, "mulerr: note: %s: migrated from schema version 2 to 3 (source layout and "
                      "weights-model columns added and filled; views latest_batch and latest_points)\n", path);
    if (from >= 1 && from <= 3)
      fprintf(stderr, "mulerr: note: %s: migrated from schema version 3 to 4 (column stream added: every "
                      "older row was drawn from sample stream version 1)\n", path);
    ver = from < 1 || from > 3 ? from : 4;
  }
  if (ver != MULERR_DB_SCHEMA_VERSION) {
    mulerr_db_close(db);
    if (ver == 0)
      return mulerr_fail(MULERR_EDB, "%s: a SQLite database, but not a mulerr one (no schema version)", path);
    return mulerr_fail(MULERR_EDB, "%s: mulerr schema version %d; this mulerr reads version %d",
                       path, ver, MULERR_DB_SCHEMA_VERSION);
  }
  *out = db;
  return MULERR_OK;
}

/* A path that exists must be a regular file: a folder gives SQLite's "disk I/O error", and
 * reading a FIFO would wait for a writer forever. */
static mulerr_status check_regular(const char *path, int must_exist) {
  struct stat sb;
  if (!*path) return mulerr_fail(MULERR_EINVAL, "an empty database path");
  if (stat(path, &sb) != 0)
    return must_exist || errno != ENOENT ? mulerr_fail(MULERR_EIO, "%s: cannot read: %s", path, strerror(errno))
                                         : MULERR_OK;
  if (S_ISDIR(sb.st_mode)) return mulerr_fail(MULERR_EIO, "%s: a folder, not a database file", path);
  if (!S_ISREG(sb.st_mode)) return mulerr_fail(MULERR_EIO, "%s: not a regular file (a database is a plain file)", path);
  return MULERR_OK;
}

mulerr_status mulerr_db_open(const char *path, mulerr_db **out) {
  struct stat sb;
  mulerr_status st;
  *out = NULL;
  if ((st = check_regular(path, 0)) != MULERR_OK) return st;
  /* An existing file that is not a database must be refused without being touched:
   * SQLite opens anything lazily, so check the header before it can write. */
  if (stat(path, &sb) == 0 && sb.st_size > 0) {
    FILE *f = fopen(path, "rb");
    char magic[16] = {0};
    if (!f) return mulerr_fail(MULERR_EIO, "%s: cannot read: %s", path, strerror(errno));
    if (fread(magic, 1, 16, f) != 16 || memcmp(magic, "SQLite format 3", 16)) {
      fclose(f);
      return mulerr_fail(MULERR_EDB, "%s: not a SQLite database", path);
    }
    fclose(f);
  }
  return open_db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, 1, out);
}

mulerr_status mulerr_db_open_readonly(const char *path, mulerr_db **out) {
  mulerr_status st;
  *out = NULL;
  if ((st = check_regular(path, 1)) != MULERR_OK) return st;
  if (access(path, R_OK) != 0)
    return mulerr_fail(MULERR_EIO, "%s: cannot read: %s", path, strerror(errno));
  return open_db(path, SQLITE_OPEN_READONLY, 0, out);
}

static void utc_now(char *buf, size_t len) {
  struct timespec ts;
  struct tm tm;
  clock_gettime(CLOCK_REALTIME, &ts);
  gmtime_r(&ts.tv_sec, &tm);
  snprintf(buf, len, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900, tm.tm_mon + 1,
           tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, (long)(ts.tv_nsec / 1000000) % 1000);
}

mulerr_status mulerr_db_begin_run(mulerr_db *db, const char *command_line, uint64_t seed,
                                  int64_t *run_id) {
  sqlite3_stmt *st;
  char host[256] = "unknown", now[64];
  int threads = 1;
#ifdef _OPENMP
  threads = omp_get_max_threads();
#endif
  gethostname(host, sizeof host - 1);
  utc_now(now, sizeof now);
  if (sqlite3_prepare_v2(db->h,
                         "INSERT INTO runs(mulerr_version, git_revision, library_versions, "
                         "command_line, seed, host, threads, started, status) "
                         "VALUES(?,?,?,?,?,?,?,?,'running')", -1, &st, NULL) != SQLITE_OK)
    return dbfail(db, "cannot record the run");
  sqlite3_bind_text(st, 1, mulerr_version(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 2, mulerr_git_revision(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 3, mulerr_library_versions(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 4, command_line, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, 5, (sqlite3_int64)seed);
  sqlite3_bind_text(st, 6, host, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int(st, 7, threads);
  sqlite3_bind_text(st, 8, now, -1, SQLITE_TRANSIENT);
  if (sqlite3_step(st) != SQLITE_DONE) {
    sqlite3_finalize(st);
    return dbfail(db, "cannot record the run");
  }
  sqlite3_finalize(st);
  *run_id = sqlite3_last_insert_rowid(db->h);
  return MULERR_OK;
}

mulerr_status mulerr_db_end_run(mulerr_db *db, int64_t run_id, const char *status) {
  sqlite3_stmt *st;
  char now[64];
  int rc;
  utc_now(now, sizeof now);
  if (sqlite3_prepare_v2(db->h, "UPDATE runs SET finished = ?, status = ? WHERE id = ?", -1, &st,
                         NULL) != SQLITE_OK)
    return dbfail(db, "cannot close the run");
  sqlite3_bind_text(st, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 2, status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, 3, run_id);
  rc = sqlite3_step(st);
  sqlite3_finalize(st);
  return rc == SQLITE_DONE ? MULERR_OK : dbfail(db, "cannot close the run");
}

mulerr_status mulerr_db_has_point(mulerr_db *db, const char *key, int *found) {
  sqlite3_stmt *st;
  int rc;
  if (sqlite3_prepare_v2(db->h, "SELECT 1 FROM results WHERE point_key = ? AND kind != 'expected'",
                         -1, &st, NULL) != SQLITE_OK)
    return dbfail(db, "cannot look a point up");
  sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return dbfail(db, "cannot look a point up");
  *found = rc == SQLITE_ROW;
  return MULERR_OK;
}

/* Bind a double, storing NaN (undefined, e.g. a standard error of one sample) as NULL. */
static void bind_real(sqlite3_stmt *st, int i, double v) {
  if (isnan(v)) sqlite3_bind_null(st, i);
  else sqlite3_bind_double(st, i, v);
}

/* The nonzero histogram bins as JSON [[lo, hi, count], ...] (caller frees): [0, 0] is r = 0,
 * hi = null the open last bin (|r| >= 2^13 or NaN). */
static char *hist_json(const mulerr_metrics *m) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  int j, first = 1;
  if (!f) return NULL;
  fputc('[', f);
  for (j = 0; j < MULERR_HIST_BINS; j++) {
    unsigned long long c = (unsigned long long)m->hist[j];
    if (!c) continue;
    fputs(first ? "[" : ", [", f);
    if (j == 0) fprintf(f, "0, 0, %llu]", c);
    else if (j == MULERR_HIST_BINS - 1) fprintf(f, "%.17g, null, %llu]", ldexp(1, j - MULERR_HIST_OFFSET), c);
    else fprintf(f, "%.17g, %.17g, %llu]", j == 1 ? 0 : ldexp(1, j - MULERR_HIST_OFFSET),
                 ldexp(1, j + 1 - MULERR_HIST_OFFSET), c);
    first = 0;
  }
  fputc(']', f);
  fclose(f);
  return buf;
}

static mulerr_status put_row(mulerr_db *db, int64_t run_id, const mulerr_point *p,
                             const mulerr_metrics *m, double seconds, const char *reference, int expected);

mulerr_status mulerr_db_put_result(mulerr_db *db, int64_t run_id, const mulerr_point *p,
                                   const mulerr_metrics *m, const char *reference, double seconds) {
  return put_row(db, run_id, p, m, seconds, reference, 0);
}

mulerr_status mulerr_db_put_expected(mulerr_db *db, int64_t run_id, const mulerr_point *p,
                                     const mulerr_metrics *m, const char *how) {
  return put_row(db, run_id, p, m, 0, how, 1);
}

/* A dot point's own columns (schema version 2), in put_row's transaction; SQLITE_DONE if stored. */
static int put_dot(mulerr_db *db, const mulerr_point *p, const mulerr_metrics *m, const char *key) {
  sqlite3_stmt *st;
  char acc[64];
  int rc, i = 1;
  mulerr_accum_text(&p->dot, acc, sizeof acc);
  if ((rc = sqlite3_prepare_v2(db->h, "UPDATE results SET op = 'dot', length = ?, accumulate = ?, "
                               "promote = ?, cond_mean_rel = ?, cond_mean_rel_se = ?, cond_mre = ?, "
                               "cond_mre_se = ?, cond_maxre = ? "
                               "WHERE point_key = ? AND kind = 'sampled'", -1, &st, NULL)) != SQLITE_OK)
    return rc;
  sqlite3_bind_int64(st, i++, (sqlite3_int64)p->dot.length);
  sqlite3_bind_text(st, i++, acc, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, i++, (sqlite3_int64)p->dot.promote);
  bind_real(st, i++, m->cond_mean_rel);
  bind_real(st, i++, m->cond_mean_rel_se);
  bind_real(st, i++, m->cond_mre);
  bind_real(st, i++, m->cond_mre_se);
  bind_real(st, i++, m->cond_maxre);
  sqlite3_bind_text(st, i++, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step(st);
  sqlite3_finalize(st);
  return rc;
}

/* Schema v3's columns of the row just inserted, by the statement that fills old rows. */
static int put_v3(mulerr_db *db, const char *key, const char *kind) {
  sqlite3_stmt *st;
  int rc;
  if ((rc = sqlite3_prepare_v2(db->h, V3_FILL " WHERE point_key = ? AND kind = ?", -1, &st, NULL)) != SQLITE_OK)
    return rc;
  sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
  rc = sqlite3_step(st);
  sqlite3_finalize(st);
  return rc;
}

/* One results row: sampled or exhaustive, or expected; reference: what computed it (the
 * engine's reference, or the expectation's computation). */
static mulerr_status put_row(mulerr_db *db, int64_t run_id, const mulerr_point *p,
                             const mulerr_metrics *m, double seconds, const char *reference, int expected) {
  sqlite3_stmt *st;
  char key[MULERR_KEY_MAX], now[64], dist[64];
  int i = 1, rc;
  const int exhaustive = p->operands != MULERR_SAMPLED;
  char *hist = hist_json(m);
  const mulerr_method_cfg *c = &p->cfg;
  if (!hist) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  snprintf(dist, sizeof dist, "exhaustive:%s", mulerr_operands_name(p->operands));
  mulerr_point_key(p, key, sizeof key);
  utc_now(now, sizeof now);
  if (sqlite3_exec(db->h, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    return dbfail(db, "cannot start a transaction");
  rc = sqlite3_prepare_v2(
      db->h,
      "INSERT OR REPLACE INTO results(run_id, point_key, kind, method, source, format, k, l, "
      "rounding, params, dist, dist_b, samples, seed, reference, block, n, n_rel, n_inexact, err_prob, "
      "bias, bias_se, mae, mae_se, mse, mse_se, rmse, rmse_se, mean_rel, mean_rel_se, mre, "
      "mre_se, maxre, max_abs, ned, mean_ulp, max_ulp, hist_rel, seconds, created, "
      "r_p50, r_p90, r_p99, r_p999, e_p50, e_p90, e_p99, e_p999, mre_h1, mre_h2, mae_h1, mae_h2, scale, "
      "stream) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
      "?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
      -1, &st, NULL);
  if (rc != SQLITE_OK) {
    mulerr_status s = dbfail(db, "cannot store a result");
    sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
    return s;
  }
  sqlite3_bind_int64(st, i++, run_id);
  sqlite3_bind_text(st, i++, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, i++, expected ? "expected" : exhaustive ? "exhaustive" : "sampled", -1, SQLITE_STATIC);
  sqlite3_bind_text(st, i++, p->method->name, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, i++, c->source->name, -1, SQLITE_STATIC);
  if (c->format) sqlite3_bind_text(st, i++, c->format->name, -1, SQLITE_STATIC);
  else sqlite3_bind_null(st, i++);
  sqlite3_bind_int(st, i++, c->k);
  sqlite3_bind_int(st, i++, c->l);
  sqlite3_bind_text(st, i++, mulerr_rounding_name(c->rounding), -1, SQLITE_STATIC);
  sqlite3_bind_text(st, i++, c->params, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, i++, exhaustive ? dist : p->dist_a.text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, i++, exhaustive ? dist : p->dist_b.text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, i++, (sqlite3_int64)(exhaustive ? m->n : p->samples));
  sqlite3_bind_int64(st, i++, (sqlite3_int64)(exhaustive ? 0 : p->seed));
  sqlite3_bind_text(st, i++, reference, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int(st, i++, MULERR_BLOCK);
  sqlite3_bind_int64(st, i++, (sqlite3_int64)m->n);
  sqlite3_bind_int64(st, i++, (sqlite3_int64)m->n_rel);
  sqlite3_bind_int64(st, i++, (sqlite3_int64)m->n_inexact);
  bind_real(st, i++, m->n ? (double)m->n_inexact / (double)m->n : NAN);
  bind_real(st, i++, m->bias);
  bind_real(st, i++, m->bias_se);
  bind_real(st, i++, m->mae);
  bind_real(st, i++, m->mae_se);
  bind_real(st, i++, m->mse);
  bind_real(st, i++, m->mse_se);
  bind_real(st, i++, m->rmse);
  bind_real(st, i++, m->rmse_se);
  bind_real(st, i++, m->mean_rel);
  bind_real(st, i++, m->mean_rel_se);
  bind_real(st, i++, m->mre);
  bind_real(st, i++, m->mre_se);
  bind_real(st, i++, m->maxre);
  bind_real(st, i++, m->max_abs);
  bind_real(st, i++, m->ned);
  bind_real(st, i++, m->mean_ulp);
  bind_real(st, i++, m->max_ulp);
  sqlite3_bind_text(st, i++, hist, -1, free);
  hist = NULL;
  bind_real(st, i++, seconds);
  sqlite3_bind_text(st, i++, now, -1, SQLITE_TRANSIENT);
  { /* schema v2: quantiles and split-half means (none for expected rows) */
    const double v2[12] = {m->r_q[0], m->r_q[1], m->r_q[2], m->r_q[3], m->e_q[0], m->e_q[1], m->e_q[2], m->e_q[3],
                           m->mre_half[0], m->mre_half[1], m->mae_half[0], m->mae_half[1]};
    int j;
    char scale[64];
    for (j = 0; j < 12; j++) bind_real(st, i++, expected ? NAN : v2[j]);
    mulerr_scale_text(p, scale, sizeof scale);
    sqlite3_bind_text(st, i++, scale, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, i++, mulerr_point_stream(p)); /* schema v4 */
  }
  rc = sqlite3_step(st);
  sqlite3_finalize(st);
  free(hist);
  if (rc == SQLITE_DONE && p->dot.length) rc = put_dot(db, p, m, key);
  if (rc == SQLITE_DONE) rc = put_v3(db, key, expected ? "expected" : exhaustive ? "exhaustive" : "sampled");
  if (rc != SQLITE_DONE) {
    mulerr_status s = dbfail(db, "cannot store a result");
    sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
    return s;
  }
  if (sqlite3_exec(db->h, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
    mulerr_status s = dbfail(db, "cannot commit a result");
    sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
    return s;
  }
  return MULERR_OK;
}

mulerr_status mulerr_db_put_input(mulerr_db *db, int64_t run_id, const char *dist, const char *path,
                                  uint64_t size, const char *sha256) {
  sqlite3_stmt *st;
  int rc;
  if (sqlite3_prepare_v2(db->h, "INSERT OR IGNORE INTO inputs(run_id, dist, path, size, sha256) "
                         "VALUES(?,?,?,?,?)", -1, &st, NULL) != SQLITE_OK)
    return dbfail(db, "cannot record an input file");
  sqlite3_bind_int64(st, 1, run_id);
  sqlite3_bind_text(st, 2, dist, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 3, path, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, 4, (sqlite3_int64)size);
  sqlite3_bind_text(st, 5, sha256, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step(st);
  sqlite3_finalize(st);
  return rc == SQLITE_DONE ? MULERR_OK : dbfail(db, "cannot record an input file");
}

mulerr_status mulerr_db_tag_point(mulerr_db *db, const char *experiment, int64_t batch,
                                  int64_t run_id, const char *key) {
  sqlite3_stmt *st;
  int rc;
  if (sqlite3_prepare_v2(db->h, "INSERT OR IGNORE INTO experiment_points(experiment, batch, run_id, "
                         "point_key) VALUES(?,?,?,?)", -1, &st, NULL) != SQLITE_OK)
    return dbfail(db, "cannot tag a point");
  sqlite3_bind_text(st, 1, experiment, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, 2, batch);
  sqlite3_bind_int64(st, 3, run_id);
  sqlite3_bind_text(st, 4, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step(st);
  sqlite3_finalize(st);
  return rc == SQLITE_DONE ? MULERR_OK : dbfail(db, "cannot tag a point");
}

mulerr_status mulerr_db_next_batch(mulerr_db *db, int64_t *batch) {
  sqlite3_stmt *st;
  int rc;
  if (sqlite3_prepare_v2(db->h, "SELECT coalesce(max(batch), 0) + 1 FROM experiment_points", -1, &st,
                         NULL) != SQLITE_OK)
    return dbfail(db, "cannot number the batch");
  rc = sqlite3_step(st);
  *batch = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return rc == SQLITE_ROW ? MULERR_OK : dbfail(db, "cannot number the batch");
}
