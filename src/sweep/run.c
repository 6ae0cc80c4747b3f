/* run.c — running planned points into a database: resume, experiment tags, the signal-stop
 * flag and the end of the run (mulerr_drive, shared with `mulerr model`), and the sweep's own
 * step: evaluate a point, store it, and its expected value. */
#include "config.h"
#include "sweep/sweep.h"

#include <string.h>
#include <time.h>

double mulerr_since(const struct timespec *t0) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)(t.tv_sec - t0->tv_sec) + 1e-9 * (double)(t.tv_nsec - t0->tv_nsec);
}

mulerr_status mulerr_drive_present(const mulerr_drive *d, size_t *present) {
  size_t i;
  *present = 0;
  for (i = 0; i < d->n; i++) {
    char key[MULERR_KEY_MAX];
    int found;
    mulerr_status st;
    d->key(d->ctx, i, key, sizeof key);
    if ((st = d->has(d->db, key, &found)) != MULERR_OK) return st;
    *present += (size_t)found;
  }
  return MULERR_OK;
}

mulerr_status mulerr_drive_run(const mulerr_drive *d) {
  size_t i, done = 0;
  mulerr_status st;
  for (i = 0; i < d->n; i++) {
    char key[MULERR_KEY_MAX];
    int found = 0;
    d->key(d->ctx, i, key, sizeof key);
    if (d->experiment && (st = mulerr_db_tag_point(d->db, d->experiment, d->batch, d->run_id, key)) != MULERR_OK)
      return st;
    if (d->resume && d->has(d->db, key, &found) == MULERR_OK && found) {
      if (d->skipped) d->skipped(d->ctx, i);
      continue;
    }
    if ((st = d->point(d->ctx, i, d->run_id, d->stop)) != MULERR_OK) {
      char *msg = strdup(mulerr_errmsg()); /* the message, whole, past end_run's own */
      mulerr_status s2;
      mulerr_db_end_run(d->db, d->run_id, st == MULERR_EINTR ? "interrupted" : "failed");
      if (st == MULERR_EINTR)
        s2 = mulerr_fail(st, "interrupted: %zu of %zu points stored in %s; rerun with --resume to finish", done,
                         d->n, d->dbpath);
      else s2 = mulerr_fail(st, "%s", msg ? msg : "out of memory");
      free(msg);
      return s2;
    }
    done++;
  }
  return mulerr_db_end_run(d->db, d->run_id, "done");
}

static void sweep_key(void *ctx, size_t i, char *buf, size_t len) {
  const mulerr_sweep_run *r = ctx;
  mulerr_point_key(&r->plan->pts[i], buf, len);
}

static void sweep_skipped(void *ctx, size_t i) {
  const mulerr_sweep_run *r = ctx;
  if (r->skipped) r->skipped(r->ctx, i);
}

static mulerr_status sweep_point(void *ctx, size_t i, int64_t run_id, volatile sig_atomic_t *stop) {
  const mulerr_sweep_run *r = ctx;
  const mulerr_point *p = &r->plan->pts[i];
  struct timespec t0;
  mulerr_metrics m;
  mulerr_status st;
  const char *reference = NULL;
  double secs;
  if (r->started) r->started(r->ctx, i);
  clock_gettime(CLOCK_MONOTONIC, &t0);
  st = mulerr_eval_used(p, &m, &reference, r->progress, r->ctx, stop);
  secs = mulerr_since(&t0);
  if (st == MULERR_OK) st = mulerr_db_put_result(r->db, run_id, p, &m, reference, secs);
  if (st == MULERR_OK && r->expected) { /* the theory's value beside it, where one applies */
    mulerr_metrics em;
    const char *how;
    if (mulerr_expected(p, &em, &how) == MULERR_OK) st = mulerr_db_put_expected(r->db, run_id, p, &em, how);
  }
  if (r->done) r->done(r->ctx, i, st == MULERR_OK ? &m : NULL, secs);
  if (st != MULERR_OK && st != MULERR_EINTR) {
    char *what = mulerr_sweep_describe(p);
    mulerr_status s2 = mulerr_fail(st, "%s: %s", what ? what : p->method->name, mulerr_errmsg());
    free(what);
    return s2;
  }
  return st;
}

void mulerr_sweep_drive(mulerr_sweep_run *r, mulerr_drive *d) {
  memset(d, 0, sizeof *d);
  d->n = r->plan->n;
  d->db = r->db;
  d->ctx = r;
  d->key = sweep_key;
  d->has = mulerr_db_has_point;
  d->skipped = sweep_skipped;
  d->point = sweep_point;
}

typedef struct input_ctx {
  mulerr_db *db;
  int64_t run_id;
  const mulerr_dist_spec *spec;
  mulerr_status status;
} input_ctx;

static void record_input(void *ctx, const char *path, uint64_t size, const char *sha256) {
  input_ctx *ic = ctx;
  if (ic->status == MULERR_OK)
    ic->status = mulerr_db_put_input(ic->db, ic->run_id, ic->spec->text, path, size, sha256);
}

mulerr_status mulerr_sweep_inputs(const mulerr_sweep_spec *s, mulerr_db *db, int64_t run_id) {
  size_t i;
  for (i = 0; i < s->nda + s->ndb; i++) { /* provenance of every file a distribution reads */
    input_ctx ic = {db, run_id, i < s->nda ? &s->da[i] : &s->db[i - s->nda], MULERR_OK};
    if (ic.spec->type->inputs) ic.spec->type->inputs(ic.spec, record_input, &ic);
    if (ic.status != MULERR_OK) return ic.status;
  }
  return MULERR_OK;
}
