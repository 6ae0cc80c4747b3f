/* main.c — `mulerr COMMAND [OPTIONS]`: dispatch through the command table. */
#define _GNU_SOURCE /* asprintf */
#include "config.h"
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

static const command commands[] = {
#define COMMAND(id, summary) {#id, summary, cmd_##id, help_##id},
#include "commands.def"
#undef COMMAND
};
#define NCMD (sizeof commands / sizeof commands[0])

static const char *command_at(size_t i) { return commands[i].name; }

static void main_help(FILE *out) {
  size_t i;
  fprintf(out,
          "Usage: mulerr COMMAND [OPTIONS]\n"
          "Measure the error of approximate and low-precision multipliers (L-Mul, fp8, ...)\n"
          "against an exact MPFR reference, and store every result with its provenance.\n\n"
          "Commands:\n");
  for (i = 0; i < NCMD; i++) fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fprintf(out,
          "\nOptions:\n"
          "  -h, --help     show this help (mulerr COMMAND --help for a command's)\n"
          "  -V, --version  show the version and the library versions\n\n"
          "Exit status: 0 success, 1 failure, 2 usage error, 130 interrupted.\n"
          "See mulerr(1) for the database schema and examples.\n");
}

/* "mulerr CMD: message", with "Try 'mulerr CMD --help'." after a usage error; where CMD is
 * a place in an experiment file ("FILE:LINE", a command name never has ':'), "mulerr:
 * FILE:LINE: message" and no hint. */
static void vmessage(const char *cmd, int usage, const char *fmt, va_list ap) {
  const int place = cmd && strchr(cmd, ':');
  fprintf(stderr, "mulerr%s%s: ", cmd ? (place ? ": " : " ") : "", cmd ? cmd : "");
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  if (usage && !place) fprintf(stderr, "Try 'mulerr%s%s --help'.\n", cmd ? " " : "", cmd ? cmd : "");
}

volatile sig_atomic_t cli_stop_flag;
static void on_signal(int sig) {
  (void)sig;
  cli_stop_flag = 1;
}

void cli_catch_signals(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
}

int usage_error(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vmessage(cmd, 1, fmt, ap);
  va_end(ap);
  return EXIT_USAGE;
}

int failure(const char *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vmessage(cmd, 0, fmt, ap);
  va_end(ap);
  return EXIT_FAILURE;
}

int status_exit(const char *cmd, mulerr_status st) {
  if (st == MULERR_EINVAL) return usage_error(cmd, "%s", mulerr_errmsg());
  if (st == MULERR_EINTR) {
    failure(cmd, "%s", mulerr_errmsg());
    return EXIT_INTERRUPTED;
  }
  return failure(cmd, "%s", mulerr_errmsg());
}

/* The full command line, each argument after argv[0] ("mulerr COMMAND") shell-quoted where
 * needed, for the runs table. */
char *cli_command_line(int argc, char **argv) {
  size_t len = 16, i;
  char *buf, *p;
  for (i = 0; i < (size_t)argc; i++) len += 4 * strlen(argv[i]) + 3;
  if (!(buf = malloc(len))) return NULL;
  p = buf + sprintf(buf, "%s", argc > 0 ? argv[0] : "mulerr"); /* "mulerr COMMAND" */
  for (i = 1; i < (size_t)argc; i++) {
    const char *a = argv[i];
    int plain = *a != 0 && strspn(a, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                     "0123456789-_.,:=/+^@%") == strlen(a);
    *p++ = ' ';
    if (plain) p += sprintf(p, "%s", a);
    else {
      *p++ = '\'';
      for (; *a; a++) {
        if (*a == '\'') p += sprintf(p, "'\\''");
        else *p++ = *a;
      }
      *p++ = '\'';
    }
  }
  *p = 0;
  return buf;
}

char *cli_find_data(const char *dir, const char *name) {
  const char *env = getenv("MULERR_DATADIR");
  const char *roots[3];
  size_t i;
  roots[0] = env;
  roots[1] = MULERR_SRCDIR;
  roots[2] = MULERR_PKGDATADIR;
  /* a name, not a path: no absolute names and no way out of DIR */
  if (!*name || name[0] == '/' || !strcmp(name, "..") || !strncmp(name, "../", 3) || strstr(name, "/../") ||
      (strlen(name) >= 3 && !strcmp(name + strlen(name) - 3, "/..")))
    return NULL;
  for (i = 0; i < 3; i++) {
    char *path;
    struct stat sb;
    if (!roots[i] || !*roots[i]) continue;
    if (asprintf(&path, "%s/%s/%s", roots[i], dir, name) < 0) return NULL;
    if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode) && access(path, R_OK) == 0) return path;
    free(path);
  }
  return NULL;
}

int cli_spawn(const char *cmd, const char *dir, char *const argv[], const char *log) {
  pid_t pid;
  int status;
  fflush(NULL);
  pid = fork();
  if (pid == 0) {
    if (log) { /* log is a path from here, before the chdir */
      int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0666);
      if (fd < 0 || dup2(fd, 1) < 0 || dup2(fd, 2) < 0) _exit(126);
      close(fd);
    }
    if (dir && chdir(dir) != 0) _exit(126);
    execvp(argv[0], argv);
    _exit(127);
  }
  if (pid < 0) {
    failure(cmd, "cannot start %s: %s", argv[0], strerror(errno));
    return -1;
  }
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

int cli_gnuplot(const char *cmd, const char *dir, const char *vars, const char *style, const char *script) {
  const char *env = getenv("MULERR_GNUPLOT");
  const char *gp = env && *env ? env : MULERR_GNUPLOT;
  char *argv[6];
  int n = 0, st;
  argv[n++] = (char *)gp;
  if (vars) argv[n++] = (char *)"-e", argv[n++] = (char *)vars;
  if (style) argv[n++] = (char *)style;
  argv[n++] = (char *)script;
  argv[n] = NULL;
  setenv("SOURCE_DATE_EPOCH", "0", 1); /* no creation date in a PDF: byte-stable */
  st = cli_spawn(cmd, dir, argv, NULL);
  if (st == 127 && !(env && *env) && strcmp(gp, "gnuplot")) { /* moved since configure: try PATH */
    argv[0] = (char *)"gnuplot";
    st = cli_spawn(cmd, dir, argv, NULL);
  }
  if (st == 127)
    return failure(cmd, "cannot run gnuplot ('%s'): install it (apt-get install gnuplot-nox) or set "
                   "MULERR_GNUPLOT", gp);
  if (st == 126) return failure(cmd, "cannot run gnuplot in %s", dir ? dir : ".");
  if (st > 0) return failure(cmd, "gnuplot ('%s') failed (exit status %d)", gp, st);
  return st < 0 ? 1 : 0;
}

int cli_check_out(const char *cmd, const char *opt, const char *path) {
  if (!path || !*path) return usage_error(cmd, "%s: an empty path (name an output folder, e.g. '%s .')", opt, opt);
  return 0;
}

int cli_rename(const char *cmd, const char *tmp, const char *final) {
  if (rename(tmp, final) == 0) return 0;
  failure(cmd, "%s: cannot replace it with %s: %s", final, tmp, strerror(errno));
  unlink(tmp);
  return 1;
}

int bad_option(const char *cmd, int c, char **argv) {
  (void)argv;
  if (c == '?') { /* getopt_long already printed what was wrong */
    fprintf(stderr, "Try 'mulerr %s --help'.\n", cmd);
    return EXIT_USAGE;
  }
  return usage_error(cmd, "option -%c is not handled", c);
}

void cli_csv_field(FILE *out, const char *s) {
  if (!strpbrk(s, ",\"\n\r")) {
    fputs(s, out);
    return;
  }
  putc('"', out);
  for (; *s; s++) {
    if (*s == '"') putc('"', out);
    putc(*s, out);
  }
  putc('"', out);
}

void cli_json_string(FILE *out, const char *s) { mulerr_fprint_json_string(out, s); }

void print_double(FILE *out, double v) { mulerr_fprint_double(out, v); }

int main(int argc, char **argv) {
  size_t i;
  /* A file-size limit (ulimit -f) makes write() fail with EFBIG, reported with the file's
   * name, instead of killing mulerr silently with SIGXFSZ. */
  signal(SIGXFSZ, SIG_IGN);
  if (argc < 2) {
    main_help(stderr);
    return EXIT_USAGE;
  }
  if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
    if (argc > 2 && strcmp(argv[1], "help") == 0) {
      for (i = 0; i < NCMD; i++)
        if (!strcmp(argv[2], commands[i].name)) {
          commands[i].help(stdout);
          return 0;
        }
      return usage_error(NULL, "unknown command '%s'", argv[2]);
    }
    main_help(stdout);
    return 0;
  }
  if (!strcmp(argv[1], "-V") || !strcmp(argv[1], "--version")) {
    printf("mulerr %s (git %s)\n%s\n", mulerr_version(), mulerr_git_revision(),
           mulerr_library_versions());
    return 0;
  }
  for (i = 0; i < NCMD; i++)
    if (!strcmp(argv[1], commands[i].name)) {
      int j;
      for (j = 2; j < argc && strcmp(argv[j], "--"); j++)
        if (!strcmp(argv[j], "--help") || !strcmp(argv[j], "-h")) {
          commands[i].help(stdout);
          return 0;
        }
      /* argv[0] of a command is "mulerr COMMAND": getopt's messages then read
       * "mulerr weights: invalid option", and the provenance command line starts with it */
      {
        char *self;
        int rc;
        if (asprintf(&self, "mulerr %s", commands[i].name) < 0) return failure(NULL, "out of memory");
        argv[1] = self;
        rc = commands[i].run(argc - 1, argv + 1);
        free(self);
        return rc;
      }
    }
  mulerr_fail_unknown("command", argv[1], command_at, NCMD, NULL);
  return usage_error(NULL, "%s", mulerr_errmsg());
}
