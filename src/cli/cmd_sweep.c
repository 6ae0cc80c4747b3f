/* cmd_sweep.c — `mulerr sweep`: the options of the parameter table (src/sweep/params.def)
 * into a sweep spec, the plan and the run by src/sweep, and what they print.  Shared with
 * `mulerr run` (cli_sweep_execute). */
#include "config.h"
#include "cli.h"
#include "sweep/sweep.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#ifdef _OPENMP
#include <omp.h>
#endif

/* The option lines of a command's --help from the parameter table: "  -X, --NAME ARG  HELP". */
void cli_param_help(FILE *out) {
  size_t i;
  for (i = 0; i < MULERR_NPARAMS; i++) {
    const mulerr_param *pa = &mulerr_params[i];
    const char *h = pa->help, *nl;
    char opt[64];
    snprintf(opt, sizeof opt, "--%s%s%s", pa->name, pa->arg[0] ? " " : "", pa->arg);
    if (pa->shortopt) fprintf(out, "  -%c, %-18s", pa->shortopt, opt);
    else fprintf(out, "      %-18s", opt);
    if (strlen(opt) >= 18) fputc(' ', out);
    for (; (nl = strchr(h, '\n')); h = nl + 1) fprintf(out, "%.*s\n%24s", (int)(nl - h), h, "");
    fprintf(out, "%s\n", h);
  }
}

void help_sweep(FILE *out) {
  fprintf(out,
          "Usage: mulerr sweep [OPTIONS]\n"
          "Evaluate every combination of the listed parameters and store one row per\n"
          "configuration point in the results database.  Every list option takes\n"
          "comma-separated items; integer options also take ranges A..B and A..B..STEP.\n\n");
  cli_param_help(out);
  fprintf(out,
          "\n"
          "Example:\n"
          "  mulerr sweep --method lmul,float --mantissa 1..7 --source bf16 \\\n"
          "               --dist uniform-mantissa,normal --samples 1e6 --seed 7\n\n"
          "A point's operand pairs depend only on the seed, the source format and the\n"
          "distributions (not on the method or k), so methods are compared on identical\n"
          "operands.  SIGINT stops after the current block; finished points are kept and\n"
          "--resume completes the rest.  Exit status 130 when interrupted.\n\n"
          "Shards: a point belongs to shard 1 + (mix64(fnv1a64(KEY)) mod N), KEY its\n"
          "point key (see SHARDS in mulerr(1)), so a point keeps its shard when list values\n"
          "are added, removed or reordered.  Every shard checks the whole sweep, then\n"
          "evaluates its own points, bit-identical to an unsharded sweep.  As a Slurm job\n"
          "array:\n"
          "  #SBATCH --array=1-8\n"
          "  mulerr sweep ... --shard $SLURM_ARRAY_TASK_ID/8 \\\n"
          "                   --db shard$SLURM_ARRAY_TASK_ID.db\n"
          "with GNU parallel:\n"
          "  parallel mulerr sweep ... --shard {}/8 --db shard{}.db ::: $(seq 8)\n"
          "then: mulerr merge results.db shard*.db\n");
}

/* What a running sweep prints: the progress line on a terminal, one line per point. */
typedef struct sweep_out {
  const mulerr_sweep_plan *plan;
  size_t index;
  struct timespec start;
  int tty, quiet;
} sweep_out;

static void on_started(void *ctx, size_t i) {
  sweep_out *o = ctx;
  o->index = i;
  clock_gettime(CLOCK_MONOTONIC, &o->start);
}

static void on_progress(void *ctx, uint64_t done, uint64_t total) {
  sweep_out *o = ctx;
  double dt = mulerr_since(&o->start), rate = dt > 0 ? (double)done / dt : 0;
  if (!o->tty) return;
  fprintf(stderr, "\r[%zu/%zu] %5.1f%%  %.3g pairs/s  ETA %.0f s   ", o->index + 1, o->plan->n,
          100.0 * (double)done / (double)total, rate, rate > 0 ? (double)(total - done) / rate : 0.0);
  fflush(stderr);
}

static void on_done(void *ctx, size_t i, const mulerr_metrics *m, double secs) {
  sweep_out *o = ctx;
  if (o->tty) fprintf(stderr, "\r%60s\r", "");
  if (!m || o->quiet) return;
  printf("[%zu/%zu] ", i + 1, o->plan->n);
  mulerr_sweep_print(stdout, &o->plan->pts[i]);
  printf(": n=%llu mse=", (unsigned long long)m->n);
  print_double(stdout, m->mse);
  printf(" mre=");
  print_double(stdout, m->mre);
  printf(" bias=");
  print_double(stdout, m->bias);
  printf(" (%.2f s)\n", secs);
  fflush(stdout);
}

static void on_skipped(void *ctx, size_t i) {
  sweep_out *o = ctx;
  if (o->quiet) return;
  printf("[%zu/%zu] ", i + 1, o->plan->n);
  mulerr_sweep_print(stdout, &o->plan->pts[i]);
  printf(": already stored, skipped\n");
}

static void on_warning(void *ctx, const char *msg) { fprintf(stderr, "mulerr %s: warning: %s\n", (const char *)ctx, msg); }

int cli_sweep_check(const char *who, mulerr_sweep_spec *s, mulerr_sweep_plan *plan) {
  mulerr_status st;
  if ((st = mulerr_sweep_finish(s, on_warning, (void *)"sweep")) != MULERR_OK ||
      (st = mulerr_sweep_plan_build(s, plan)) != MULERR_OK)
    return status_exit(who, st);
  return 0;
}

int cli_sweep_execute(const char *who, const mulerr_sweep_spec *s, const mulerr_sweep_plan *plan,
                      const char *cmdline) {
  const mulerr_sweep_value *v = s->v;
  const char *dbpath = v[MULERR_P_DB].n ? v[MULERR_P_DB].text : "results.db";
  const int quiet = v[MULERR_P_QUIET].n != 0, resume = v[MULERR_P_RESUME].n != 0;
  const long shard = v[MULERR_P_SHARD].n ? v[MULERR_P_SHARD].i[0] : 0, nshards = v[MULERR_P_SHARD].n ? v[MULERR_P_SHARD].i[1] : 0;
  char shard_text[64] = "", of_all[64] = ""; /* "shard I/N: ", " (of M in the sweep)" */
  sweep_out o = {plan, 0, {0, 0}, 0, quiet};
  mulerr_sweep_run r = {plan, NULL, v[MULERR_P_EXPECTED].n != 0, on_progress, on_started, on_done, on_skipped, &o};
  mulerr_drive d;
  size_t i, present;
  mulerr_status st;
  int rc = 0;
  if (nshards) {
    snprintf(shard_text, sizeof shard_text, "shard %ld/%ld: ", shard, nshards);
    snprintf(of_all, sizeof of_all, " (of %zu in the sweep)", plan->nall);
  }
#ifdef _OPENMP
  if (v[MULERR_P_THREADS].n) omp_set_num_threads((int)v[MULERR_P_THREADS].i[0]);
#endif
  if (v[MULERR_P_DRY_RUN].n) { /* everything is checked; nothing is opened or written */
    if (!quiet && nshards) printf("sweep: %s%zu points%s\n", shard_text, plan->n, of_all);
    for (i = 0; i < plan->n && !quiet; i++) {
      printf("[%zu/%zu] ", i + 1, plan->n);
      mulerr_sweep_print(stdout, &plan->pts[i]);
      putchar('\n');
    }
    return 0;
  }
  if ((st = mulerr_db_open(dbpath, &r.db)) != MULERR_OK) return failure(who, "%s", mulerr_errmsg());
  mulerr_sweep_drive(&r, &d);
  d.dbpath = dbpath, d.experiment = v[MULERR_P_EXPERIMENT].text, d.resume = resume, d.stop = &cli_stop_flag;
  d.batch = v[MULERR_P_BATCH].n ? v[MULERR_P_BATCH].i[0] : 0;
  if ((st = mulerr_drive_present(&d, &present)) != MULERR_OK) {
    rc = failure(who, "%s", mulerr_errmsg());
  } else if (present && !resume && !v[MULERR_P_REPLACE].n) {
    rc = usage_error(who, "%s already holds %zu of the %zu points of this sweep; "
                     "--resume skips them, --replace recomputes them", dbpath, present, plan->n);
  } else if (resume && present == plan->n && !d.experiment) {
    if (!quiet) printf("%sall %zu points%s are already in %s\n", shard_text, plan->n, of_all, dbpath);
  } else if (!cmdline || (st = mulerr_db_begin_run(r.db, cmdline, v[MULERR_P_SEED].n ? v[MULERR_P_SEED].u : 1, &d.run_id)) != MULERR_OK ||
             (st = mulerr_sweep_inputs(s, r.db, d.run_id)) != MULERR_OK ||
             (d.experiment && !d.batch && (st = mulerr_db_next_batch(r.db, &d.batch)) != MULERR_OK)) {
    rc = failure(who, "%s", cmdline ? mulerr_errmsg() : "out of memory");
  } else {
    cli_catch_signals();
    o.tty = !quiet && isatty(2);
    if (!quiet && (v[MULERR_P_EXHAUSTIVE].n || v[MULERR_P_OPERANDS].n))
      printf("sweep: %s%zu exhaustive points%s into %s (run %lld)\n", shard_text, plan->n, of_all, dbpath,
             (long long)d.run_id);
    else if (!quiet)
      printf("sweep: %s%zu points%s, %llu %s each, seed %llu, into %s (run %lld)\n", shard_text, plan->n, of_all,
             (unsigned long long)(v[MULERR_P_SAMPLES].n ? v[MULERR_P_SAMPLES].u : 1000000),
             v[MULERR_P_OP].n && v[MULERR_P_OP].i[0] ? "dot products" : "pairs",
             (unsigned long long)(v[MULERR_P_SEED].n ? v[MULERR_P_SEED].u : 1), dbpath, (long long)d.run_id);
    if ((st = mulerr_drive_run(&d)) != MULERR_OK) rc = status_exit(who, st == MULERR_EINVAL ? MULERR_EIO : st);
  }
  mulerr_db_close(r.db);
  return rc;
}

int cmd_sweep(int argc, char **argv) {
  struct option longopts[MULERR_NPARAMS + 1];
  char shortopts[2 * MULERR_NPARAMS + 1];
  size_t i, ns = 0;
  int c, rc = 0;
  mulerr_sweep_spec s;
  mulerr_sweep_plan plan = {NULL, 0, 0};
  char *cmdline = NULL;
  mulerr_sweep_init(&s);
  for (i = 0; i < MULERR_NPARAMS; i++) { /* the options, from the table */
    const mulerr_param *pa = &mulerr_params[i];
    longopts[i].name = pa->name;
    longopts[i].has_arg = mulerr_param_has_arg(pa) ? required_argument : no_argument;
    longopts[i].flag = NULL;
    longopts[i].val = 256 + (int)i;
    if (pa->shortopt) {
      shortopts[ns++] = (char)pa->shortopt;
      if (mulerr_param_has_arg(pa)) shortopts[ns++] = ':';
    }
  }
  memset(&longopts[MULERR_NPARAMS], 0, sizeof longopts[0]);
  shortopts[ns] = 0;
  optind = 1;
  opterr = 1;
  while (rc == 0 && (c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
    mulerr_status st;
    if (c < 256)
      for (i = 0; i < MULERR_NPARAMS; i++)
        if (mulerr_params[i].shortopt == c) c = 256 + (int)i;
    if (c < 256 || c == 256 + MULERR_P_HELP) rc = bad_option("sweep", c < 256 ? c : 'h', argv);
    else if ((st = mulerr_sweep_set(&s, (mulerr_param_id)(c - 256), optarg)) != MULERR_OK) rc = status_exit("sweep", st);
  }
  if (!rc && optind < argc) rc = usage_error("sweep", "unexpected argument '%s'", argv[optind]);
  if (!rc) rc = cli_sweep_check("sweep", &s, &plan);
  if (!rc && !s.v[MULERR_P_DRY_RUN].n && !(cmdline = cli_command_line(argc, argv))) rc = failure("sweep", "out of memory");
  if (!rc) rc = cli_sweep_execute("sweep", &s, &plan, cmdline);
  mulerr_sweep_plan_free(&plan);
  mulerr_sweep_free(&s);
  free(cmdline);
  return rc;
}
