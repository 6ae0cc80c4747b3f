/* cmd_run.c — `mulerr run EXPERIMENT...`: run experiment files into a database.
 *
 * An experiment file (experiments/NAME.exp) is plain text, one statement a line:
 *   # ...                      a comment (also after a statement); blank lines are ignored
 *   title TEXT                 a one-line title (figure captions and the report use it)
 *   question TEXT              what the experiment answers (may repeat: lines are joined)
 *   sweep KEY=VALUE ...        one `mulerr sweep` over the given lists: KEY is a long option
 *                              of mulerr sweep without its dashes (method, mantissa or k,
 *                              offset or l, format, rounding, source, dist, dist-a, dist-b,
 *                              samples, seed, reference, out-format, lns-int, lns-frac,
 *                              block, int-bits, operands) or the flags `exhaustive` and
 *                              `expected` (store the exact expectation beside each point)
 *   model KEY=VALUE ...        one `mulerr model` run: KEY is model (the checkpoint), tokenizer,
 *                              text, site, method, mantissa or k, offset or l, format, source,
 *                              accumulate, max-docs or max-tokens (a quick run keeps the first
 *                              8 tokens of the first document)
 * Values contain no spaces; "@data/NAME" in a value names a data file shipped with mulerr.  Every sweep is checked (unknown keys, bad values and ranges:
 * FILE:LINE in the message) before anything runs; then each runs with --resume into the
 * database, and the points are tagged with the experiment name. */
#define _GNU_SOURCE /* asprintf, getline, strndup */
#include "config.h"
#include "cli.h"

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
          "max-docs, max-tokens (--samples-cap keeps 8 tokens of one document).  See mulerr(1).\n");
}

static const char *const sweep_keys[] = {
    "method", "mantissa", "offset", "format", "rounding", "source", "dist", "dist-a", "dist-b",
    "samples", "seed", "reference", "out-format", "lns-int", "lns-frac", "block", "int-bits",
    "operands", "scale", "op", "length", "accumulate", "promote", NULL};

static const char *const model_keys[] = {
    "model", "tokenizer", "text", "site", "method", "mantissa", "offset", "format", "source",
    "accumulate", "max-docs", "max-tokens", "scale", NULL};

/* The experiments shipped, in the order `all` runs them. */
const char *const mulerr_experiments[] = {"theory-vs-sampled", "offset-grid", "fp8-vs-lmul",
                                          "fp8-layouts-exhaustive", "equal-bits", "dot-accumulation",
                                          "attention-grid", "model-quality", "real-operands", NULL};

typedef struct sweep_line {
  char **argv; /* NULL-terminated, grown as needed */
  int argc, cap;
  char *where; /* FILE:LINE */
} sweep_line;

typedef struct experiment {
  char *name, *path, *title, *question;
  int shipped; /* 1: found among the shipped experiments, 0: a file the user named */
  sweep_line *lines;
  size_t nlines;
} experiment;

static void free_experiment(experiment *e) {
  size_t i;
  int j;
  for (i = 0; i < e->nlines; i++) {
    for (j = 0; j < e->lines[i].argc; j++) free(e->lines[i].argv[j]);
    free(e->lines[i].argv);
    free(e->lines[i].where);
  }
  free(e->lines), free(e->name), free(e->path), free(e->title), free(e->question);
  memset(e, 0, sizeof *e);
}

/* Append an argument (taken over) to the sweep line; 0, or -1 out of memory (arg freed). */
static int push_arg(sweep_line *sl, char *arg) {
  if (!arg) return -1;
  if (sl->argc + 1 >= sl->cap) {
    int cap = sl->cap ? 2 * sl->cap : 16;
    char **grown = realloc(sl->argv, (size_t)cap * sizeof *grown);
    if (!grown) {
      free(arg);
      return -1;
    }
    sl->argv = grown, sl->cap = cap;
  }
  sl->argv[sl->argc++] = arg;
  sl->argv[sl->argc] = NULL;
  return 0;
}

/* Append " text" (or "text" to an empty string) to *dst; 0 or -1. */
static int append_text(char **dst, const char *text) {
  char *joined;
  if (asprintf(&joined, "%s%s%s", *dst ? *dst : "", *dst && **dst ? " " : "", text) < 0) return -1;
  free(*dst);
  *dst = joined;
  return 0;
}

/* text with every "@data/NAME" replaced by the path of the shipped data file NAME (found like
 * experiments: $MULERR_DATADIR, the source tree, the installed data; NAME may name a file in a
 * subfolder of data/, never one outside it), so experiment files name shipped weights
 * wherever mulerr runs.  NULL (message printed) on error; the caller frees. */
static char *expand_data(const char *file, int line, const char *text) {
  char *out = strdup(""), *next;
  while (out && *text) {
    const char *at = strstr(text, "@data/");
    size_t n = at ? (size_t)(at - text) : strlen(text);
    if (asprintf(&next, "%s%.*s", out, (int)n, text) < 0) next = NULL;
    free(out);
    out = next;
    text += n;
    if (out && at) {
      size_t len = strcspn(at + 6, ":+,|");
      char *name = strndup(at + 6, len), *path = name ? cli_find_data("data", name) : NULL;
      if (!path) {
        if (name) usage_error("run", "%s:%d: no shipped data file '%s' (looked in data/)", file, line, name);
        free(name), free(out);
        return NULL;
      }
      if (asprintf(&next, "%s%s", out, path) < 0) next = NULL;
      free(out), free(name), free(path);
      out = next;
      text = at + 6 + len;
    }
  }
  if (!out) failure("run", "out of memory");
  return out;
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
  char *line = NULL;
  size_t linecap = 0;
  ssize_t got;
  FILE *f;
  int lineno = 0, rc;
  memset(e, 0, sizeof *e);
  if ((rc = locate_experiment(arg, e))) return rc;
  if (!(f = fopen(e->path, "r"))) return failure("run", "%s: cannot read: %s", e->path, strerror(errno));
  while (!rc && (got = getline(&line, &linecap, f)) >= 0) {
    char *p = line, *word, *save = NULL, *hash;
    lineno++;
    if ((size_t)got != strlen(line)) {
      rc = usage_error("run", "%s:%d: a NUL byte in the line", e->path, lineno);
      break;
    }
    if (lineno == 1 && !strncmp(p, "\xEF\xBB\xBF", 3)) p += 3; /* a UTF-8 byte-order mark */
    if ((hash = strchr(p, '#'))) *hash = 0;
    p[strcspn(p, "\r\n")] = 0;
    word = strtok_r(p, " \t", &save);
    if (!word) continue;
    if (!strcmp(word, "title") || !strcmp(word, "question")) {
      char *rest = save ? save + strspn(save, " \t") : NULL;
      if (!rest || !*rest) {
        rc = usage_error("run", "%s:%d: '%s' needs text", e->path, lineno, word);
        break;
      }
      if (append_text(word[0] == 't' ? &e->title : &e->question, rest)) rc = failure("run", "out of memory");
    } else if (!strcmp(word, "sweep") || !strcmp(word, "model")) {
      sweep_line *sl;
      char *kv;
      int has_samples = 0, is_model = word[0] == 'm';
      const char *const *keys = is_model ? model_keys : sweep_keys;
      sweep_line *grown = realloc(e->lines, (e->nlines + 1) * sizeof *e->lines);
      if (!grown) {
        rc = failure("run", "out of memory");
        break;
      }
      e->lines = grown;
      sl = &e->lines[e->nlines++];
      memset(sl, 0, sizeof *sl);
      if (asprintf(&sl->where, "%s:%d", e->path, lineno) < 0 ||
          push_arg(sl, strdup(is_model ? "mulerr model" : "mulerr sweep"))) {
        sl->where = NULL;
        rc = failure("run", "out of memory");
        break;
      }
      while (!rc && (kv = strtok_r(NULL, " \t", &save))) {
        char *eq = strchr(kv, '='), *opt, *value;
        const char *key = kv;
        int i;
        if (eq) *eq = 0;
        if (!strcmp(key, "k")) key = "mantissa";
        if (!strcmp(key, "l")) key = "offset";
        if (!is_model && (!strcmp(key, "exhaustive") || !strcmp(key, "expected") || !strcmp(key, "lns-saturate") ||
                          !strcmp(key, "scale-pow2")) && !eq) {
          if (asprintf(&opt, "--%s", key) < 0 || push_arg(sl, opt)) rc = failure("run", "out of memory");
          continue;
        }
        for (i = 0; keys[i] && strcmp(keys[i], key); i++) continue;
        if (is_model && !keys[i]) {
          rc = usage_error("run", "%s:%d: unknown model key '%s' (keys: model, tokenizer, text, site, "
                           "method, mantissa/k, offset/l, format, source, accumulate, max-docs, max-tokens, scale)",
                           e->path, lineno, kv);
          break;
        }
        if (!keys[i]) {
          rc = usage_error("run", "%s:%d: unknown sweep key '%s' (keys: method, mantissa/k, offset/l, "
                           "format, rounding, source, dist, dist-a, dist-b, samples, seed, reference, "
                           "out-format, lns-int, lns-frac, block, int-bits, operands, scale, op, length, accumulate, "
                           "promote, exhaustive, expected, lns-saturate, scale-pow2)",
                           e->path, lineno, kv);
          break;
        }
        if (!eq || !eq[1]) {
          rc = usage_error("run", "%s:%d: '%s' needs a value (%s=...)", e->path, lineno, key, key);
          break;
        }
        if (is_model && cap && (!strcmp(key, "max-docs") || !strcmp(key, "max-tokens")))
          continue; /* the quick run's own below */
        if (!is_model && !strcmp(key, "samples")) {
          uint64_t n;
          has_samples = 1;
          if (cap && mulerr_parse_count(eq + 1, &n) == MULERR_OK && n > cap) {
            if (asprintf(&opt, "--samples=%llu", (unsigned long long)cap) < 0 || push_arg(sl, opt))
              rc = failure("run", "out of memory");
            continue;
          }
        }
        if (!(value = expand_data(e->path, lineno, eq + 1))) {
          rc = EXIT_USAGE;
          break;
        }
        if (is_model && !strcmp(key, "model")) opt = value, value = NULL; /* positional */
        else if (asprintf(&opt, "--%s=%s", key, value) < 0) opt = NULL;
        if (push_arg(sl, opt)) rc = failure("run", "out of memory");
        free(value);
      }
      if (!rc && is_model && cap && /* a quick run: the first 8 tokens of the first document */
          (push_arg(sl, strdup("--max-docs=1")) || push_arg(sl, strdup("--max-tokens=8"))))
        rc = failure("run", "out of memory");
      if (!rc && !is_model && cap && !has_samples) {
        char *opt;
        if (asprintf(&opt, "--samples=%llu", (unsigned long long)(cap < 1000000 ? cap : 1000000)) < 0 || push_arg(sl, opt))
          rc = failure("run", "out of memory");
      }
    } else
      rc = usage_error("run", "%s:%d: unknown statement '%s' (title, question, sweep or model)", e->path, lineno, word);
  }
  if (!rc && ferror(f)) rc = failure("run", "%s: read error: %s", e->path, strerror(errno));
  free(line);
  fclose(f);
  if (!rc && e->nlines == 0) rc = usage_error("run", "%s: no sweep or model statements", e->path);
  if (!e->title && !rc && !(e->title = strdup(""))) rc = failure("run", "out of memory");
  return rc;
}

/* Run (or with check, only validate) one sweep line. */
static int run_line(const experiment *e, sweep_line *sl, const char *db, const char *threads, int check,
                    int quiet, const char *batch) {
  char **argv = malloc(((size_t)sl->argc + 16) * sizeof *argv);
  int argc = 0, i, rc;
  if (!argv) return failure("run", "out of memory");
  for (i = 0; i < sl->argc; i++) argv[argc++] = sl->argv[i];
  argv[argc++] = (char *)"--db";
  argv[argc++] = (char *)db;
  argv[argc++] = (char *)"--experiment";
  argv[argc++] = e->name;
  if (check) argv[argc++] = (char *)"--dry-run", argv[argc++] = (char *)"-q";
  else argv[argc++] = (char *)"--resume", argv[argc++] = (char *)"--batch", argv[argc++] = (char *)batch;
  if (quiet) argv[argc++] = (char *)"-q";
  if (threads) argv[argc++] = (char *)"--threads", argv[argc++] = (char *)threads;
  argv[argc] = NULL;
  cli_context = sl->where;
  rc = strcmp(argv[0], "mulerr model") ? cmd_sweep(argc, argv) : cmd_model(argc, argv);
  cli_context = NULL;
  free(argv);
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
    for (j = 0; j < ex[i].nlines && !rc; j++) rc = run_line(&ex[i], &ex[i].lines[j], db, threads, 1, 1, NULL);
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
      printf("== experiment %s (%s %s): %s\n", ex[i].name, ex[i].shipped ? "shipped:" : "file:", ex[i].path, ex[i].title);
    for (j = 0; j < ex[i].nlines && !rc; j++) rc = run_line(&ex[i], &ex[i].lines[j], db, threads, 0, quiet, batch);
  }
  if (!rc && check) {
    for (i = 0; i < nex; i++) printf("%s: %s experiment %s, %zu sweep(s): ok\n", ex[i].path, ex[i].shipped ? "shipped" : "the file's", ex[i].name, ex[i].nlines);
    printf("%zu experiment file(s) checked: ok\n", nex);
  }
  for (i = 0; i < nex; i++) free_experiment(&ex[i]);
  free(ex);
  return rc;
}
