/* cli.h — what the mulerr subcommands share: the command table and message helpers.
 * Exit codes: 0 success, 1 failure, 2 usage error, 130 interrupted. */
#ifndef MULERR_CLI_H
#define MULERR_CLI_H

#include "internal.h"
#include <getopt.h>
#include <signal.h>
#include <stdio.h>

enum { EXIT_USAGE = 2, EXIT_INTERRUPTED = 130 };

typedef struct command {
  const char *name;
  const char *summary;
  int (*run)(int argc, char **argv); /* argv[0] is "mulerr COMMAND" */
  void (*help)(FILE *out);
} command;

#define COMMAND(id, summary) int cmd_##id(int argc, char **argv); void help_##id(FILE *out);
#include "commands.def"
#undef COMMAND

/* "mulerr CMD: message" and "Try 'mulerr CMD --help'." on stderr; returns EXIT_USAGE. */
int usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "mulerr CMD: message" on stderr; returns 1. */
int failure(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Report a library status: EINVAL is a usage error (2), EINTR 130, others 1. */
int status_exit(const char *cmd, mulerr_status st);
/* Handle --help / unknown options uniformly inside a getopt_long loop. */
int bad_option(const char *cmd, int c, char **argv);

/* The message helpers above take a place "FILE:LINE" (of an experiment file) for CMD too:
 * "mulerr: FILE:LINE: message", no hint. */

/* The sweep's front end (cmd_sweep.c), shared with mulerr run: the option lines of the
 * parameter table for --help; finish and plan a spec (0, or the exit code, message printed
 * naming who); run a planned spec (its --db, --resume, --dry-run, ... options) recording
 * cmdline as the run's command line. */
struct mulerr_sweep_spec;
struct mulerr_sweep_plan;
void cli_param_help(FILE *out);
int cli_sweep_check(const char *who, struct mulerr_sweep_spec *s, struct mulerr_sweep_plan *plan);
int cli_sweep_execute(const char *who, const struct mulerr_sweep_spec *s, const struct mulerr_sweep_plan *plan,
                      const char *cmdline);
/* The signal-stop flag of a run (sweep, model): set by SIGINT and SIGTERM once
 * cli_catch_signals() is called; the evaluation polls it between blocks. */
extern volatile sig_atomic_t cli_stop_flag;
void cli_catch_signals(void);
/* mulerr model with messages naming who ("model", or FILE:LINE of an experiment file). */
int cli_model_main(int argc, char **argv, const char *who);
/* Find the shipped data file NAME in folder DIR ("experiments", "plots", "data") of the first
 * of $MULERR_DATADIR, the source tree mulerr was built from, and the installed package data.
 * NAME is a name inside DIR (it may hold '/' for a subfolder, never '..' or a leading '/'),
 * never a path of the user's.  Returns the path of a readable regular file (caller frees) or
 * NULL. */
char *cli_find_data(const char *dir, const char *name);
/* Run argv[0] (searched in PATH) with argv, in folder dir (NULL: here), stdout and stderr into
 * the file log (NULL: inherited); no shell is involved.  Returns its exit status, 128+signal,
 * 127 when it cannot be run, or -1 (message printed) when no process could be started. */
int cli_spawn(const char *cmd, const char *dir, char *const argv[], const char *log);
/* The one gnuplot launcher: $MULERR_GNUPLOT, else the gnuplot found at configure time, else
 * gnuplot in PATH, run in folder dir on the files style (may be NULL) and script after the
 * commands vars (-e; NULL for none), which must hold no text of the user's.  0, or 1 with a
 * message saying why. */
int cli_gnuplot(const char *cmd, const char *dir, const char *vars, const char *style, const char *script);
/* Refuse an empty output path given to option opt: returns EXIT_USAGE (message printed) or 0. */
int cli_check_out(const char *cmd, const char *opt, const char *path);
/* rename(tmp, final), or a message naming both and the cause, tmp removed, and 1. */
int cli_rename(const char *cmd, const char *tmp, const char *final);

/* The experiments shipped, in the order `mulerr run all` runs them (NULL-terminated). */
extern const char *const mulerr_experiments[];
/* Draw the named figures (all with nnames = 0) from dbpath into outdir; *made counts them. */
int mulerr_plot_figures(const char *dbpath, const char *outdir, char **names, int nnames, int *made);

/* Write the report from dbpath into outdir (cmd_report.c); 0 on success. */
int mulerr_write_report(const char *dbpath, const char *outdir);

/* mulerr bench's model figures (cmd_model.c): tokens per second of the binary64 reference
 * and of L-Mul at sites attn and all on the shipped stories260K and text, one thread. */
void cli_bench_model(void);

/* "ARGV[0] ARGV[1]...": argv[0] ("mulerr COMMAND") as it is, each further argument
 * shell-quoted where needed, for provenance (caller frees). */
char *cli_command_line(int argc, char **argv);

/* One CSV field, RFC 4180: quoted (quotes doubled) when it holds a comma, quote or newline. */
void cli_csv_field(FILE *out, const char *s);
/* A JSON string literal: quote, backslash and control characters escaped. */
void cli_json_string(FILE *out, const char *s);

/* Print a double so that it reads back to the same value (shortest of %.15g..%.17g). */
void print_double(FILE *out, double v);
#endif
