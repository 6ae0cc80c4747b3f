/* model_db.c — the model_results table of a results database: one row per configuration
 * point of `mulerr model`, each in its own transaction, with the run's provenance in runs
 * (mulerr_db_begin_run) and the files read in inputs (mulerr_db_put_input).
 *
 * The table is created by the first point stored (CREATE TABLE IF NOT EXISTS, inside that
 * point's transaction), so a database that never held a model run is exactly what the rest of
 * mulerr writes (schema version 1 unchanged).  `mulerr merge` creates it in its output from the
 * same DDL (mulerr_model_schema), so there is one definition. */
#include "model/model_db.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char mulerr_model_schema[] =
    "CREATE TABLE IF NOT EXISTS model_results (\n"
    "  id             INTEGER PRIMARY KEY,\n"
    "  run_id         INTEGER NOT NULL REFERENCES runs(id),\n"
    "  point_key      TEXT NOT NULL UNIQUE, -- canonical configuration text: the identity for --resume\n"
    "  method         TEXT NOT NULL,\n"
    "  site           TEXT NOT NULL,    -- attn-score | attn-value | attn | qkv | attn-out | ffn | lm-head | linear | all\n"
    "  source         TEXT NOT NULL,    -- operands rounded to it (RNE); fp64: left in binary64\n"
    "  format         TEXT,             -- explicit operand format, NULL if the source cut to k bits\n"
    "  k              INTEGER,\n"
    "  l              INTEGER,\n"
    "  rounding       TEXT NOT NULL,\n"
    "  params         TEXT NOT NULL,\n"
    "  accumulate     TEXT NOT NULL,    -- fp32 | fp64 | exact\n"
    "  model          TEXT NOT NULL,    -- path as given\n"
    "  model_sha256   TEXT NOT NULL,\n"
    "  tokenizer      TEXT NOT NULL,\n"
    "  tokenizer_sha256 TEXT NOT NULL,\n"
    "  text           TEXT NOT NULL,\n"
    "  text_sha256    TEXT NOT NULL,\n"
    "  docs           INTEGER NOT NULL, -- documents (non-empty lines)\n"
    "  tokens         INTEGER NOT NULL, -- predicted tokens\n"
    "  perplexity     REAL,\n"
    "  ref_perplexity REAL,             -- the binary64 reference on the same text\n"
    "  nll            REAL,             -- mean negative log-likelihood (nats)\n"
    "  ref_nll        REAL,\n"
    "  kl             REAL,             -- mean KL(reference || approximate)\n"
    "  top1           REAL,             -- fraction of predictions whose argmax agrees\n"
    "  attn_mse       REAL,             -- attention output MSE, mean over layers\n"
    "  attn_rel_mse   REAL,             -- sum of squared errors / sum of squared reference values, mean over layers\n"
    "  layer_mse      TEXT NOT NULL,    -- JSON [per layer]\n"
    "  layer_rel_mse  TEXT NOT NULL,    -- JSON [per layer]\n"
    "  greedy         INTEGER NOT NULL, -- tokens generated from BOS before the first disagreement (<= 64)\n"
    "  seconds        REAL,\n"
    "  created        TEXT NOT NULL,\n"
    "  -- added with --scale (a table without it gets it, 'none', when a point is stored)\n"
    "  scale          TEXT NOT NULL DEFAULT 'none' -- none | tensor: operands scaled per tensor at the sites\n"
    ")";

int mulerr_model_table_upgrade(sqlite3 *h) {
  sqlite3_stmt *st;
  int has = 0, rc;
  if (sqlite3_prepare_v2(h, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'model_results'", -1, &st,
                         NULL) != SQLITE_OK)
    return -1;
  rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc == SQLITE_DONE) return 0; /* no table: nothing to bring up to date */
  if (rc != SQLITE_ROW) return -1;
  if (sqlite3_prepare_v2(h, "SELECT 1 FROM pragma_table_info('model_results') WHERE name = 'scale'", -1, &st,
                         NULL) != SQLITE_OK)
    return -1;
  rc = sqlite3_step(st);
  has = rc == SQLITE_ROW;
  sqlite3_finalize(st);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return -1;
  if (has) return 0;
  return sqlite3_exec(h, "ALTER TABLE model_results ADD COLUMN scale TEXT NOT NULL DEFAULT 'none'", NULL, NULL,
                      NULL) == SQLITE_OK ? 0 : -1;
}

static mulerr_status dbfail(sqlite3 *h, const char *what) {
  return mulerr_fail(MULERR_EDB, "%s: %s", what, sqlite3_errmsg(h));
}

void mulerr_model_point_key(const mulerr_model_point *p, char *buf, size_t len) {
  const mulerr_model_arith *a = &p->arith;
  const mulerr_method_cfg *c = &a->cfg;
  size_t n;
  n = (size_t)snprintf(buf, len,
           "model;method=%s;site=%s;source=%s;format=%s;k=%d;l=%d;rounding=%s;params=%s;"
           "accumulate=%s;model=%s;tokenizer=%s;text=%s",
           a->method->name, p->site, a->source ? a->source->name : "fp64",
           c->format ? c->format->name : "-", c->k, c->l, mulerr_rounding_name(c->rounding), c->params,
           mulerr_model_acc_name(a->acc), p->model_sha256, p->tokenizer_sha256, p->text_sha256);
  if (p->max_docs && n < len) n += (size_t)snprintf(buf + n, len - n, ";max_docs=%ld", p->max_docs);
  if (p->max_tokens && n < len) n += (size_t)snprintf(buf + n, len - n, ";max_tokens=%ld", p->max_tokens);
  if (a->scale && n < len) snprintf(buf + n, len - n, ";scale=tensor");
}

mulerr_status mulerr_model_db_has(mulerr_db *db, const char *key, int *found) {
  sqlite3 *h = mulerr_db_handle(db);
  sqlite3_stmt *st;
  int rc;
  *found = 0;
  if (sqlite3_prepare_v2(h, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'model_results'",
                         -1, &st, NULL) != SQLITE_OK)
    return dbfail(h, "cannot look a point up");
  rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc == SQLITE_DONE) return MULERR_OK; /* no model point stored yet */
  if (rc != SQLITE_ROW) return dbfail(h, "cannot look a point up");
  if (sqlite3_prepare_v2(h, "SELECT 1 FROM model_results WHERE point_key = ?", -1, &st, NULL) != SQLITE_OK)
    return dbfail(h, "cannot look a point up");
  sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return dbfail(h, "cannot look a point up");
  *found = rc == SQLITE_ROW;
  return MULERR_OK;
}

static void bind_real(sqlite3_stmt *st, int i, double v) {
  if (isnan(v)) sqlite3_bind_null(st, i);
  else sqlite3_bind_double(st, i, v);
}

/* A JSON array of n doubles, %.17g (caller frees); non-finite values as null. */
static char *json_array(const double *v, int n) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  int i;
  if (!f) return NULL;
  fputc('[', f);
  for (i = 0; i < n; i++) {
    if (i) fputs(", ", f);
    if (isfinite(v[i])) fprintf(f, "%.17g", v[i]);
    else fputs("null", f);
  }
  fputc(']', f);
  fclose(f);
  return buf;
}

mulerr_status mulerr_model_db_put(mulerr_db *db, int64_t run_id, const mulerr_model_point *p,
                                  const mulerr_model_metrics *m, double seconds) {
  sqlite3 *h = mulerr_db_handle(db);
  sqlite3_stmt *st;
  const mulerr_model_arith *a = &p->arith;
  char key[MULERR_KEY_MAX], now[64];
  char *lm = json_array(m->layer_mse, m->n_layers), *lr = json_array(m->layer_rel_mse, m->n_layers);
  struct timespec ts;
  struct tm tm;
  int i = 1, rc;
  if (!lm || !lr) {
    free(lm);
    free(lr);
    return mulerr_fail(MULERR_ENOMEM, "out of memory");
  }
  clock_gettime(CLOCK_REALTIME, &ts);
  gmtime_r(&ts.tv_sec, &tm);
  snprintf(now, sizeof now, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900, tm.tm_mon + 1,
           tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, (long)(ts.tv_nsec / 1000000) % 1000);
  mulerr_model_point_key(p, key, sizeof key);
  if (sqlite3_exec(h, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
    free(lm);
    free(lr);
    return dbfail(h, "cannot start a transaction");
  }
  if (sqlite3_exec(h, mulerr_model_schema, NULL, NULL, NULL) != SQLITE_OK || mulerr_model_table_upgrade(h) ||
      sqlite3_prepare_v2(h,
                         "INSERT OR REPLACE INTO model_results(run_id, point_key, method, site, source, "
                         "format, k, l, rounding, params, accumulate, model, model_sha256, tokenizer, "
                         "tokenizer_sha256, text, text_sha256, docs, tokens, perplexity, ref_perplexity, "
                         "nll, ref_nll, kl, top1, attn_mse, attn_rel_mse, layer_mse, layer_rel_mse, "
                         "greedy, seconds, created, scale) "
                         "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         -1, &st, NULL) != SQLITE_OK) {
    mulerr_status s = dbfail(h, "cannot store a model result");
    sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
    free(lm);
    free(lr);
    return s;
  }
  sqlite3_bind_int64(st, i++, run_id);
  sqlite3_bind_text(st, i++, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, i++, a->method->name, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, i++, p->site, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, i++, a->source ? a->source->name : "fp64", -1, SQLITE_STATIC);
  if (a->cfg.format) sqlite3_bind_text(st, i++, a->cfg.format->name, -1, SQLITE_STATIC);
  else sqlite3_bind_null(st, i++);
  sqlite3_bind_int(st, i++, a->cfg.k);
  sqlite3_bind_int(st, i++, a->cfg.l);
  sqlite3_bind_text(st, i++, mulerr_rounding_name(a->cfg.rounding), -1, SQLITE_STATIC);
  sqlite3_bind_text(st, i++, a->cfg.params, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, i++, mulerr_model_acc_name(a->acc), -1, SQLITE_STATIC);
  sqlite3_bind_text(st, i++, p->model_path, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, i++, p->model_sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, i++, p->tokenizer_path, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, i++, p->tokenizer_sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, i++, p->text_path, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, i++, p->text_sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, i++, (sqlite3_int64)m->docs);
  sqlite3_bind_int64(st, i++, (sqlite3_int64)m->tokens);
  bind_real(st, i++, m->perplexity);
  bind_real(st, i++, m->ref_perplexity);
  bind_real(st, i++, m->nll);
  bind_real(st, i++, m->ref_nll);
  bind_real(st, i++, m->kl);
  bind_real(st, i++, m->top1);
  bind_real(st, i++, m->attn_mse);
  bind_real(st, i++, m->attn_rel_mse);
  sqlite3_bind_text(st, i++, lm, -1, free);
  sqlite3_bind_text(st, i++, lr, -1, free);
  sqlite3_bind_int(st, i++, m->greedy);
  bind_real(st, i++, seconds);
  sqlite3_bind_text(st, i++, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, i++, a->scale ? "tensor" : "none", -1, SQLITE_STATIC);
  rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE || sqlite3_exec(h, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
    mulerr_status s = dbfail(h, "cannot store a model result");
    sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
    return s;
  }
  return MULERR_OK;
}
