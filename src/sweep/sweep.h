/* sweep.h — the sweep as a library module: a spec filled from the parameter table
 * (params.def), the plan (the cross product of its lists: points, deduplicated, sharded) and
 * the run (resume, tags, evaluation, expected values, database writes).  The command line
 * (cmd_sweep.c, cmd_run.c) only turns options or experiment-file statements into a spec and
 * prints; every failure comes back through mulerr_fail() (mulerr_errmsg()). */
#ifndef MULERR_SWEEP_H
#define MULERR_SWEEP_H

#include "internal.h"
#include "dot/dot.h"

#include <stdio.h>

#define MULERR_SWEEP_MAXLIST 256

typedef enum mulerr_param_id {
#define PARAM(id, ...) MULERR_P_##id,
#include "sweep/params.def"
#undef PARAM
  MULERR_NPARAMS
} mulerr_param_id;

typedef enum mulerr_param_kind {
  MULERR_PK_METHODS, MULERR_PK_INTS, MULERR_PK_FORMATS, MULERR_PK_ROUNDINGS, MULERR_PK_OPERANDS,
  MULERR_PK_DISTS, MULERR_PK_ACCUMS, MULERR_PK_CHOICE, MULERR_PK_FLAG, MULERR_PK_COUNT,
  MULERR_PK_SEED, MULERR_PK_INT, MULERR_PK_PATH, MULERR_PK_TEXT, MULERR_PK_SCALE,
  MULERR_PK_SHARD, MULERR_PK_HELP
} mulerr_param_kind;

#define MULERR_NOFIELD ((size_t)-1)
/* One row of params.def. */
typedef struct mulerr_param {
  const char *name;    /* --name; the .exp key */
  int shortopt;        /* -X or 0 */
  const char *alias;   /* another .exp key or NULL */
  mulerr_param_kind kind;
  size_t field;        /* offset of its member in mulerr_point, or MULERR_NOFIELD */
  unsigned uses;       /* MULERR_USES_* of the methods that use it; 0: every method */
  const char *usename; /* its name in list methods' USES column, or NULL */
  long lo, hi;         /* range of each integer */
  int exp;             /* 1: a key of an experiment file's sweep statement */
  const char *choices; /* CHOICE: "noun|a|b|c" */
  const char *arg, *help;
} mulerr_param;
extern const mulerr_param mulerr_params[MULERR_NPARAMS];
/* The parameter named name (its long name, or its alias when alias is 1); NULL if none. */
const mulerr_param *mulerr_param_find(const char *name, int alias);
/* Does the parameter take a value (every kind but FLAG and HELP)? */
int mulerr_param_has_arg(const mulerr_param *p);

/* The value of one parameter in a spec: n items (0: not given), in the arrays of its kind. */
typedef struct mulerr_sweep_value {
  size_t n;
  long *i;          /* INTS, ROUNDINGS, OPERANDS; CHOICE and INT: i[0]; SHARD: i[0]/i[1] */
  const void **p;   /* METHODS, FORMATS */
  mulerr_dot *dots; /* ACCUMS */
  uint64_t u;       /* COUNT, SEED */
  char *text;       /* DISTS, PATH, TEXT (a copy) */
} mulerr_sweep_value;

/* A sweep: every parameter's value, then (mulerr_sweep_finish) the distributions parsed. */
typedef struct mulerr_sweep_spec {
  mulerr_sweep_value v[MULERR_NPARAMS];
  int scale, scale_pow2; /* --scale */
  long scale_block;
  mulerr_dist_spec *da, *db; /* after finish: the operand distributions */
  size_t nda, ndb;
  int same_ab;           /* one --dist list: both operands from one distribution */
} mulerr_sweep_spec;

void mulerr_sweep_init(mulerr_sweep_spec *s);
void mulerr_sweep_free(mulerr_sweep_spec *s);
/* Set parameter id from text (NULL for a flag); a value given again replaces the earlier one.
 * Failures name the option: "--mantissa: 0 is out of range (1..52)". */
mulerr_status mulerr_sweep_set(mulerr_sweep_spec *s, mulerr_param_id id, const char *text);
/* Check the options together and parse the distributions; warn (may be NULL) is told of
 * distributions whose non-finite values sampling excludes. */
mulerr_status mulerr_sweep_finish(mulerr_sweep_spec *s, void (*warn)(void *ctx, const char *msg),
                                  void *ctx);
/* Shorthands for a parameter's value. */
#define MULERR_SWEEP_GIVEN(s, id) ((s)->v[MULERR_P_##id].n != 0)

/* The plan: every point of the cross product, in sweep order, duplicates (same key) dropped,
 * each checked (mulerr_point_check); with shard i of n (n > 0), only the points of that shard.
 * nall counts the points of the whole sweep. */
typedef struct mulerr_sweep_plan {
  mulerr_point *pts;
  size_t n, nall;
} mulerr_sweep_plan;
mulerr_status mulerr_sweep_plan_build(const mulerr_sweep_spec *s, mulerr_sweep_plan *plan);
void mulerr_sweep_plan_free(mulerr_sweep_plan *plan);
/* One line describing a point ("lmul source=bf16 k=3 l=3 trunc uniform-mantissa"). */
void mulerr_sweep_print(FILE *f, const mulerr_point *p);
/* The same as a string of its own (caller frees; NULL when out of memory): never cut. */
char *mulerr_sweep_describe(const mulerr_point *p);

/* Shards: "I/N" with whole numbers 1 <= I <= N <= 2^20 (failure names --shard), and the shard
 * (0..n-1) of a point key: 1 + (mix64(fnv1a64(KEY)) mod N) is its number. */
mulerr_status mulerr_shard_parse(const char *text, long *i, long *n);
long mulerr_shard_of(const char *key, long n);

/* The run of a plan, shared by the sweep and the model: a caller's points, each with a key,
 * run in order into an open database.  For each point: tag it with the experiment (if any),
 * skip it with resume when has() finds its key, else point() evaluates and stores it. */
typedef struct mulerr_drive {
  size_t n;                      /* points */
  mulerr_db *db;
  const char *dbpath;            /* for messages */
  int64_t run_id, batch;         /* batch: of the experiment tag */
  const char *experiment;        /* NULL: no tags */
  int resume;
  volatile sig_atomic_t *stop;   /* the signal-stop flag, polled by point() */
  void *ctx;
  void (*key)(void *ctx, size_t i, char *buf, size_t len);
  mulerr_status (*has)(mulerr_db *db, const char *key, int *found);
  void (*skipped)(void *ctx, size_t i);
  /* Evaluate and store point i; a failure message says which point. */
  mulerr_status (*point)(void *ctx, size_t i, int64_t run_id, volatile sig_atomic_t *stop);
} mulerr_drive;
/* How many of the points the database holds already. */
mulerr_status mulerr_drive_present(const mulerr_drive *d, size_t *present);
/* Run every point; the run is ended ("done", "interrupted", "failed").  Interrupted:
 * MULERR_EINTR, "interrupted: D of N points stored in DB; rerun with --resume to finish". */
mulerr_status mulerr_drive_run(const mulerr_drive *d);

/* The sweep's own point(): evaluate (progress to the caller), store, and with expected also
 * the theory's value.  done() is told of each stored point's metrics and seconds. */
typedef struct mulerr_sweep_run {
  const mulerr_sweep_plan *plan;
  mulerr_db *db;
  int expected;
  mulerr_progress_fn progress; /* with ctx; index is the point's */
  void (*started)(void *ctx, size_t i);
  void (*done)(void *ctx, size_t i, const mulerr_metrics *m, double secs);
  void (*skipped)(void *ctx, size_t i);
  void *ctx;
} mulerr_sweep_run;
/* A drive over the sweep's plan (fill dbpath, run_id, batch, experiment, resume, stop). */
void mulerr_sweep_drive(mulerr_sweep_run *r, mulerr_drive *d);
/* Record every file the spec's distributions read as inputs of run_id. */
mulerr_status mulerr_sweep_inputs(const mulerr_sweep_spec *s, mulerr_db *db, int64_t run_id);

/* Seconds since t0 (CLOCK_MONOTONIC). */
double mulerr_since(const struct timespec *t0);

/* ---------------------------------------------------------------- experiment files */

/* One key=value (value NULL for a flag) of a statement, with @data/ names resolved. */
typedef struct mulerr_exp_kv {
  const mulerr_param *param; /* sweep statements */
  char *key, *value;         /* model statements: as written (key canonical: mantissa, offset) */
} mulerr_exp_kv;
typedef struct mulerr_exp_stmt {
  int model;                 /* 0: sweep, 1: model */
  char *where;               /* FILE:LINE */
  mulerr_exp_kv *kv;
  size_t nkv;
} mulerr_exp_stmt;
typedef struct mulerr_experiment {
  char *name, *path, *title, *question;
  mulerr_exp_stmt *stmts;
  size_t nstmts;
} mulerr_experiment;
/* Parse the experiment file path (its name: name) into e.  cap > 0 (a quick run): at most cap
 * samples a sweep point (1e6 where samples is not given), and a model statement's first 8
 * tokens of one document.  find_data(dir, name) resolves "@data/NAME" (NULL: not found; the
 * caller frees).  Failures: "FILE:LINE: ..." (MULERR_EINVAL) or an I/O failure. */
mulerr_status mulerr_exp_parse(const char *path, const char *name, uint64_t cap,
                               char *(*find_data)(const char *dir, const char *name),
                               mulerr_experiment *e);
void mulerr_exp_free(mulerr_experiment *e);
/* Fill s from a sweep statement (s initialised; mulerr_sweep_finish not called). */
mulerr_status mulerr_exp_spec(const mulerr_exp_stmt *st, mulerr_sweep_spec *s);

#endif
