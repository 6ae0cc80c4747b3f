/* cmd_run.c — `mulerr run EXPERIMENT...`: run experiment files into a database.
 *
 * The file grammar and its parser are in src/sweep/exp.c (mulerr_exp_parse): each sweep
 * statement's keys are parameters of the sweep's table, set straight into a sweep spec here;
 * a model statement runs `mulerr model` with its keys as options.  Every statement of every
 * file is checked (unknown keys, bad values and ranges: FILE:LINE in the message) before
 * anything runs; then each runs with --resume into the database, and the points are tagged
 * with the experiment name. */
#define _GNU_SOURCE /* asprintf */
#include "config.h"
#include "cli.h"
#include "sweep/sweep.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <string.h>

void help_run(FILE *out) {
  fprintf(out,
          "Usage: mulerr run [OPTIONS] EXPERIMENT...\n"
          "Run experiment files into a database (resumable: finished points are kept and\n"
          "skipped).  EXPERIMENT is a path: a file that exists is that file; any other\n"
          "name without '/' is a shipped experiment (with or without .exp); 'all' runs\n"
          "every experiment shipped.  Each experiment says which file it came from.\n\n"
          "      --db FILE         results database (default results.db)\n"
          "      --samples-cap N   at most N samples per point (a quick run)\n"
          "  -j, --threads N       OpenMP threads\n"
          "      --check           check the files only; run nothing\n"
          "  -q, --quiet           no per-point lines\n"
          "  -h, --help            show this help\n\n"
          "File grammar (one statement a line, # comments):\n"
          "  title TEXT | question TEXT | sweep KEY=VALUE ... | model KEY=VALUE ...\n"
          "where KEY is a long option of 'mulerr sweep' without dashes (k and l stand for\n"
          "mantissa and offset) or the flags 'exhaustive' and 'expected'; for model: model\n"
          "(the checkpoint), tokenizer, text, site, method, k, l, format, source, accumulate,\n"
          "max-docs, max-tokens, scale (--samples-cap keeps 8 tokens of one document).  See mulerr(1).\n");
}

/* The experiments shipped, in the order `all` runs them. */
const char *const mulerr_experiments[] = {"theory-vs-sampled", "offset-grid", "fp8-vs-lmul",
                                          "fp8-layouts-exhaustive", "equal-bits", "dot-accumulation",
                                          "attention-grid", "model-quality", "real-operands", NULL};

/* A statement checked: a sweep's spec and plan (a model statement has neither). */
typedef struct run_stmt {
  mulerr_sweep_spec spec;
  mulerr_sweep_plan plan;
} run_stmt;

typedef struct experiment {
  char *name, *path; /* of the file found (locate_experiment) */
  int shipped;       /* 1: found among the shipped experiments, 0: a file the user named */
  mulerr_experiment x;
  run_stmt *st;      /* one per statement of x */
} experiment;

static void free_experiment(experiment *e) {
  size_t i;
  for (i = 0; e->st && i < e->x.nstmts; i++) mulerr_sweep_plan_free(&e->st[i].plan), mulerr_sweep_free(&e->st[i].spec);
  free(e->st);
  mulerr_exp_free(&e->x);
  free(e->name), free(e->path);
  memset(e, 0, sizeof *e);
}

/* Find experiment ARG: a path that exists is that file (it must be a regular file); any
 * other ARG without '/' is the name of a shipped experiment (".exp" optional). */
static int locate_experiment(const char *arg, experiment *e) {
  struct stat sb;
  const char *base;
  size_t len;
  if (!*arg) return usage_error("run", "an empty experiment name");
  if (stat(arg, &sb) == 0) {
    if (!S_ISREG(sb.st_mode)) return usage_error("run", "%s: not a regular file", arg);
    e->path = strdup(arg);
    e->shipped = 0;
  } else if (strchr(arg, '/')) {
    return usage_error("run", "%s: %s", arg, strerror(errno));
  } else {
    char *name;
    len = strlen(arg);
    if (asprintf(&name, "%s%s", arg, len > 4 && !strcmp(arg + len - 4, ".exp") ? "" : ".exp") < 0)
      return failure("run", "out of memory");
    e->path = cli_find_data("experiments", name);
    free(name);
    if (!e->path)
      return usage_error("run", "no experiment '%s': neither a file nor a shipped experiment (mulerr run --help "
                         "lists them)", arg);
    e->shipped = 1;
  }
  if (!e->path) return failure("run", "out of memory");
  base = strrchr(e->path, '/');
  e->name = strdup(base ? base + 1 : e->path);
  if (!e->name) return failure("run", "out of memory");
  len = strlen(e->name);
  if (len > 4 && !strcmp(e->name + len - 4, ".exp")) e->name[len - 4] = 0;
  return 0;
}

/* Parse one file into e; messages name FILE:LINE. */
static int parse_experiment(const char *arg, experiment *e, uint64_t cap) {
  mulerr_status st;
  size_t i;
  int rc;
  memset(e, 0, sizeof *e);
  if ((rc = locate_experiment(arg, e))) return rc;
  if ((st = mulerr_exp_parse(e->path, e->name, cap, cli_find_data, &e->x)) != MULERR_OK) return status_exit("run", st);
  if (!(e->st = calloc(e->x.nstmts, sizeof *e->st))) return failure("run", "out of memory");
  for (i = 0; i < e->x.nstmts; i++) mulerr_sweep_init(&e->st[i].spec);
  return 0;
}

/* The command line of a statement as mulerr sweep or mulerr model would take it, with the
 * options run adds (--db, --experiment, ... in extra): the model statement's argv, and for
 * a sweep the command line its run records (caller frees argv and, for a sweep, *cmdline). */
static char **stmt_argv(const mulerr_exp_stmt *sl, char **extra, int *argc) {
  size_t i, nextra = 0;
  char **argv;
  while (extra[nextra]) nextra++;
  if (!(argv = calloc(sl->nkv + nextra + 2, sizeof *argv))) return NULL;
  *argc = 0;
  argv[(*argc)++] = strdup(sl->model ? "mulerr model" : "mulerr sweep");
  for (i = 0; i < sl->nkv; i++) {
    const mulerr_exp_kv *kv = &sl->kv[i];
    if (sl->model && !strcmp(kv->key, "model")) argv[(*argc)++] = strdup(kv->value); /* positional */
    else if (!kv->value) {
      if (asprintf(&argv[(*argc)++], "--%s", kv->key) < 0) argv[*argc - 1] = NULL;
    } else if (asprintf(&argv[(*argc)++], "--%s=%s", kv->key, kv->value) < 0)
      argv[*argc - 1] = NULL;
  }
  for (i = 0; i < nextra; i++) argv[(*argc)++] = strdup(extra[i]);
  for (i = 0; i < (size_t)*argc; i++)
    if (!argv[i]) break;
  if (i < (size_t)*argc) {
    for (i = 0; i < (size_t)*argc; i++) free(argv[i]);
    free(argv);
    return NULL;
  }
  return argv;
}

static void free_argv(int argc, char **argv) {
  int i;
  for (i = 0; argv && i < argc; i++) free(argv[i]);
  free(argv);
}

/* Check (check = 1) or run statement i of e. */
static int run_stmt_at(experiment *e, size_t i, const char *db, const char *threads, int check, int quiet,
                       const char *batch) {
  const mulerr_exp_stmt *sl = &e->x.stmts[i];
  run_stmt *rs = &e->st[i];
  char *extra[12];
  int n = 0, argc = 0, rc;
  char **argv;
  extra[n++] = (char *)"--db", extra[n++] = (char *)db, extra[n++] = (char *)"--experiment", extra[n++] = e->name;
  if (check) extra[n++] = (char *)"--dry-run", extra[n++] = (char *)"-q";
  else extra[n++] = (char *)"--resume", extra[n++] = (char *)"--batch", extra[n++] = (char *)batch;
  if (quiet) extra[n++] = (char *)"-q";
  if (threads) extra[n++] = (char *)"--threads", extra[n++] = (char *)threads;
  extra[n] = NULL;
  if (!(argv = stmt_argv(sl, extra, &argc))) return failure("run", "out of memory");
  if (sl->model) {
    rc = cli_model_main(argc, argv, sl->where);
  } else if (check) { /* the statement's keys straight into its spec, then the run's options */
    mulerr_status st = mulerr_exp_spec(sl, &rs->spec);
    if (st == MULERR_OK) st = mulerr_sweep_set(&rs->spec, MULERR_P_DB, db);
    if (st == MULERR_OK) st = mulerr_sweep_set(&rs->spec, MULERR_P_EXPERIMENT, e->name);
    if (st == MULERR_OK && threads) st = mulerr_sweep_set(&rs->spec, MULERR_P_THREADS, threads);
    rc = st != MULERR_OK ? status_exit(sl->where, st) : cli_sweep_check(sl->where, &rs->spec, &rs->plan);
  } else {
    char *cmdline = cli_command_line(argc, argv);
    mulerr_status st = mulerr_sweep_set(&rs->spec, MULERR_P_RESUME, NULL);
    if (st == MULERR_OK) st = mulerr_sweep_set(&rs->spec, MULERR_P_BATCH, batch);
    if (st == MULERR_OK && quiet) st = mulerr_sweep_set(&rs->spec, MULERR_P_QUIET, NULL);
    rc = st != MULERR_OK ? status_exit(sl->where, st)
         : !cmdline ? failure("run", "out of memory") : cli_sweep_execute(sl->where, &rs->spec, &rs->plan, cmdline);
    free(cmdline);
  }
  free_argv(argc, argv);
  return rc;
}

/* Parse arg into a new element of *ex (grown); rc as parse_experiment. */
static int add_experiment(experiment **ex, size_t *nex, const char *arg, uint64_t cap) {
  experiment *grown = realloc(*ex, (*nex + 1) * sizeof **ex);
  if (!grown) return failure("run", "out of memory");
  *ex = grown;
  return parse_experiment(arg, &grown[(*nex)++], cap);
}

int cmd_run(int argc, char **argv) {
  enum { OPT_DB = 256, OPT_CAP, OPT_CHECK };
  static const struct option longopts[] = {{"db", required_argument, NULL, OPT_DB},
                                           {"samples-cap", required_argument, NULL, OPT_CAP},
                                           {"threads", required_argument, NULL, 'j'},
                                           {"check", no_argument, NULL, OPT_CHECK},
                                           {"quiet", no_argument, NULL, 'q'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const char *db = "results.db", *threads = NULL;
  uint64_t cap = 0;
  int c, check = 0, quiet = 0, rc = 0, a;
  experiment *ex = NULL;
  size_t nex = 0, i, j;
  char batch[32] = "";
  optind = 1;
  while ((c = getopt_long(argc, argv, "j:qh", longopts, NULL)) != -1) {
    switch (c) {
    case OPT_DB: db = optarg; break;
    case OPT_CAP:
      if (mulerr_parse_count(optarg, &cap) != MULERR_OK) return usage_error("run", "--samples-cap: %s", mulerr_errmsg());
      break;
    case 'j': threads = optarg; break;
    case OPT_CHECK: check = 1; break;
    case 'q': quiet = 1; break;
    default: return bad_option("run", c, argv);
    }
  }
  if (optind >= argc) return usage_error("run", "no experiment given (try 'all')");
  for (a = optind; a < argc && !rc; a++) {
    if (!strcmp(argv[a], "all")) {
      for (i = 0; mulerr_experiments[i] && !rc; i++) rc = add_experiment(&ex, &nex, mulerr_experiments[i], cap);
    } else
      rc = add_experiment(&ex, &nex, argv[a], cap);
  }
  /* check every sweep of every file before running any */
  for (i = 0; i < nex && !rc; i++)
    for (j = 0; j < ex[i].x.nstmts && !rc; j++) rc = run_stmt_at(&ex[i], j, db, threads, 1, 1, NULL);
  if (!rc && !check) { /* one batch number for this whole invocation */
    mulerr_db *h;
    int64_t b;
    if (mulerr_db_open(db, &h) != MULERR_OK || mulerr_db_next_batch(h, &b) != MULERR_OK)
      rc = failure("run", "%s", mulerr_errmsg());
    else
      snprintf(batch, sizeof batch, "%lld", (long long)b);
    mulerr_db_close(h);
  }
  for (i = 0; i < nex && !rc && !check; i++) {
    if (!quiet)
      printf("== experiment %s (%s %s): %s\n", ex[i].name, ex[i].shipped ? "shipped:" : "file:", ex[i].path, ex[i].x.title);
    for (j = 0; j < ex[i].x.nstmts && !rc; j++) rc = run_stmt_at(&ex[i], j, db, threads, 0, quiet, batch);
  }
  if (!rc && check) {
    for (i = 0; i < nex; i++) printf("%s: %s experiment %s, %zu sweep(s): ok\n", ex[i].path, ex[i].shipped ? "shipped" : "the file's", ex[i].name, ex[i].x.nstmts);
    printf("%zu experiment file(s) checked: ok\n", nex);
  }
  for (i = 0; i < nex; i++) free_experiment(&ex[i]);
  free(ex);
  return rc;
}
