/* model_db.h — storing `mulerr model` points in a results database (table model_results;
 * see model_db.c and mulerr(1)). */
#ifndef MULERR_MODEL_DB_H
#define MULERR_MODEL_DB_H

#include "model/model.h"

/* One configuration point of a model run: the arithmetic, its site list item and the files. */
typedef struct mulerr_model_point {
  mulerr_model_arith arith;
  char site[32];
  const char *model_path, *tokenizer_path, *text_path;
  const char *model_sha256, *tokenizer_sha256, *text_sha256;
  long max_docs;   /* only the first max_docs documents (0: all) */
  long max_tokens; /* each document cut to max_tokens tokens (0: seq_len) */
} mulerr_model_point;

/* The DDL of model_results ("CREATE TABLE IF NOT EXISTS model_results (...)"): the one
 * definition, run by mulerr_model_db_put and by `mulerr merge` when an input holds the table. */
extern const char mulerr_model_schema[];
/* A model_results table made before its later columns (scale) gets them, every existing row
 * unscaled; nothing when the table does not exist.  Runs inside the caller's transaction:
 * when a point is stored and in the database migration (so readers find every column).
 * 0, or -1 with the connection's error set. */
struct sqlite3;
int mulerr_model_table_upgrade(struct sqlite3 *h);
/* The canonical text of a point (MULERR_KEY_MAX bytes hold it): the identity for --resume. */
void mulerr_model_point_key(const mulerr_model_point *p, char *buf, size_t len);
/* Is a point with this key stored? */
mulerr_status mulerr_model_db_has(mulerr_db *db, const char *key, int *found);
/* Store one point's metrics in its own transaction (creating the table if needed). */
mulerr_status mulerr_model_db_put(mulerr_db *db, int64_t run_id, const mulerr_model_point *p,
                                  const mulerr_model_metrics *m, double seconds);

#endif
