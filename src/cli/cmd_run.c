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
#include "config.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

void help_run(FILE *out) {
  fprintf(out,
          "Usage: mulerr run [OPTIONS] EXPERIMENT...\n"
          "Run experiment files into a database (resumable: finished points are kept and\n"
          "skipped).  EXPERIMENT is a file, or a name looked up in experiments/ (with or\n"
          "without .exp); 'all' runs every experiment shipped.\n\n"
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
    "operands", NULL};

static const char *const model_keys[] = {
    "model", "tokenizer", "text", "site", "method", "mantissa", "offset", "format", "source",
    "accumulate", "max-docs", "max-tokens", NULL};

/* The experiments shipped, in the order `all` runs them. */
const char *const mulerr_experiments[] = {"theory-vs-sampled", "offset-grid", "fp8-vs-lmul",
                                          "fp8-layouts-exhaustive", "equal-bits", "attention-grid",
                                          "model-quality", NULL};

typedef struct sweep_line {
  char *argv[48];
  int argc;
  char where[600];
} sweep_line;

typedef struct experiment {
  char name[512], path[512], title[256], question[1024];
  sweep_line *lines;
  size_t nlines;
} experiment;

static void free_experiment(experiment *e) {
  size_t i;
  int j;
  for (i = 0; i < e->nlines; i++)
    for (j = 0; j < e->lines[i].argc; j++) free(e->lines[i].argv[j]);
  free(e->lines);
  e->lines = NULL;
  e->nlines = 0;
}

/* Copy text to out with every "@data/NAME" replaced by the path of the shipped data file
 * NAME (found like experiments: $MULERR_DATADIR, the source tree, the installed data), so
 * experiment files name shipped weights wherever mulerr runs. */
static int expand_data(const char *file, int line, const char *text, char *out, size_t len) {
  size_t o = 0;
  while (*text && o + 1 < len) {
    if (!strncmp(text, "@data/", 6)) {
      char name[512], path[1024];
      size_t n = strcspn(text + 6, ":+,|");
      snprintf(name, sizeof name, "%.*s", (int)n, text + 6);
      if (cli_find_data("data", name, path, sizeof path)) {
        usage_error("run", "%s:%d: no shipped data file '%s' (looked in data/)", file, line, name);
        return -1;
      }
      o += (size_t)snprintf(out + o, len - o, "%s", path);
      text += 6 + n;
    } else
      out[o++] = *text++;
  }
  if (o >= len - 1) {
    usage_error("run", "%s:%d: value too long", file, line);
    return -1;
  }
  out[o] = 0;
  return 0;
}

/* Parse one file into e; messages name FILE:LINE. */
static int parse_experiment(const char *arg, experiment *e, uint64_t cap) {
  char line[4096], *base;
  FILE *f;
  int lineno = 0, rc = 0;
  char name[256];
  e->name[0] = 0;
  e->lines = NULL;
  e->nlines = 0;
  e->title[0] = e->question[0] = 0;
  snprintf(name, sizeof name, "%s%s", arg, strchr(arg, '/') || strstr(arg, ".exp") ? "" : ".exp");
  if (cli_find_data("experiments", name, e->path, sizeof e->path))
    return usage_error("run", "no experiment '%s' (a file, or a name in experiments/)", arg);
  base = strrchr(e->path, '/');
  snprintf(e->name, sizeof e->name, "%s", base ? base + 1 : e->path);
  if (strlen(e->name) > 4 && !strcmp(e->name + strlen(e->name) - 4, ".exp")) e->name[strlen(e->name) - 4] = 0;
  if (!(f = fopen(e->path, "r"))) return failure("run", "%s: cannot read", e->path);
  while (!rc && fgets(line, sizeof line, f)) {
    char *p = line, *word, *save = NULL, *hash;
    lineno++;
    if (!strchr(line, '\n') && !feof(f)) {
      rc = usage_error("run", "%s:%d: line too long", e->path, lineno);
      break;
    }
    if ((hash = strchr(p, '#'))) *hash = 0;
    p[strcspn(p, "\r\n")] = 0;
    word = strtok_r(p, " \t", &save);
    if (!word) continue;
    if (!strcmp(word, "title") || !strcmp(word, "question")) {
      char *rest = save ? save + strspn(save, " \t") : NULL;
      char *dst = word[0] == 't' ? e->title : e->question;
      size_t size = word[0] == 't' ? sizeof e->title : sizeof e->question, len = strlen(dst);
      if (!rest || !*rest) {
        rc = usage_error("run", "%s:%d: '%s' needs text", e->path, lineno, word);
        break;
      }
      snprintf(dst + len, size - len, "%s%s", len ? " " : "", rest);
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
      snprintf(sl->where, sizeof sl->where, "%s:%d", e->path, lineno);
      sl->argv[sl->argc++] = strdup(word);
      while (!rc && (kv = strtok_r(NULL, " \t", &save))) {
        char *eq = strchr(kv, '='), opt[2200], value[2048];
        const char *key = kv;
        int i;
        if (eq) *eq = 0;
        if (!strcmp(key, "k")) key = "mantissa";
        if (!strcmp(key, "l")) key = "offset";
        if (!is_model && (!strcmp(key, "exhaustive") || !strcmp(key, "expected")) && !eq) {
          snprintf(opt, sizeof opt, "--%s", key);
          sl->argv[sl->argc++] = strdup(opt);
          continue;
        }
        for (i = 0; keys[i] && strcmp(keys[i], key); i++) continue;
        if (is_model && !keys[i]) {
          rc = usage_error("run", "%s:%d: unknown model key '%s' (keys: model, tokenizer, text, site, "
                           "method, mantissa/k, offset/l, format, source, accumulate, max-docs, max-tokens)",
                           e->path, lineno, kv);
          break;
        }
        if (!keys[i]) {
          rc = usage_error("run", "%s:%d: unknown sweep key '%s' (keys: method, mantissa/k, offset/l, "
                           "format, rounding, source, dist, dist-a, dist-b, samples, seed, reference, "
                           "out-format, lns-int, lns-frac, block, int-bits, operands, exhaustive, expected)",
                           e->path, lineno, kv);
          break;
        }
        if (!eq || !eq[1]) {
          rc = usage_error("run", "%s:%d: '%s' needs a value (%s=...)", e->path, lineno, key, key);
          break;
        }
        if (sl->argc >= 40) {
          rc = usage_error("run", "%s:%d: too many keys", e->path, lineno);
          break;
        }
        if (is_model && cap && (!strcmp(key, "max-docs") || !strcmp(key, "max-tokens")))
          continue; /* the quick run's own below */
        if (!is_model && !strcmp(key, "samples")) {
          uint64_t n;
          has_samples = 1;
          if (cap && mulerr_parse_count(eq + 1, &n) == MULERR_OK && n > cap) {
            snprintf(opt, sizeof opt, "--samples=%llu", (unsigned long long)cap);
            sl->argv[sl->argc++] = strdup(opt);
            continue;
          }
        }
        if (expand_data(e->path, lineno, eq + 1, value, sizeof value)) {
          rc = EXIT_USAGE;
          break;
        }
        if (is_model && !strcmp(key, "model")) snprintf(opt, sizeof opt, "%s", value); /* positional */
        else snprintf(opt, sizeof opt, "--%s=%s", key, value);
        sl->argv[sl->argc++] = strdup(opt);
      }
      if (!rc && is_model && cap) { /* a quick run: the first 8 tokens of the first document */
        sl->argv[sl->argc++] = strdup("--max-docs=1");
        sl->argv[sl->argc++] = strdup("--max-tokens=8");
      }
      if (!rc && !is_model && cap && !has_samples) {
        char opt[64];
        snprintf(opt, sizeof opt, "--samples=%llu", (unsigned long long)(cap < 1000000 ? cap : 1000000));
        sl->argv[sl->argc++] = strdup(opt);
      }
    } else
      rc = usage_error("run", "%s:%d: unknown statement '%s' (title, question, sweep or model)", e->path, lineno, word);
  }
  fclose(f);
  if (!rc && e->nlines == 0) rc = usage_error("run", "%s: no sweep or model statements", e->path);
  return rc;
}

/* Run (or with check, only validate) one sweep line. */
static int run_line(const experiment *e, sweep_line *sl, const char *db, const char *threads, int check,
                    int quiet, const char *batch) {
  char *argv[64];
  int argc = 0, i, rc;
  for (i = 0; i < sl->argc; i++) argv[argc++] = sl->argv[i];
  argv[argc++] = (char *)"--db";
  argv[argc++] = (char *)db;
  argv[argc++] = (char *)"--experiment";
  argv[argc++] = (char *)e->name;
  if (check) argv[argc++] = (char *)"--dry-run", argv[argc++] = (char *)"-q";
  else argv[argc++] = (char *)"--resume", argv[argc++] = (char *)"--batch", argv[argc++] = (char *)batch;
  if (quiet) argv[argc++] = (char *)"-q";
  if (threads) argv[argc++] = (char *)"--threads", argv[argc++] = (char *)threads;
  argv[argc] = NULL;
  cli_context = sl->where;
  rc = strcmp(argv[0], "model") ? cmd_sweep(argc, argv) : cmd_model(argc, argv);
  cli_context = NULL;
  return rc;
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
  experiment *ex;
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
  ex = calloc(64, sizeof *ex);
  for (a = optind; a < argc && !rc; a++) {
    if (!strcmp(argv[a], "all")) {
      for (i = 0; mulerr_experiments[i] && !rc; i++)
        if (nex < 64) rc = parse_experiment(mulerr_experiments[i], &ex[nex++], cap);
    } else if (nex < 64)
      rc = parse_experiment(argv[a], &ex[nex++], cap);
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
    if (!quiet) printf("== experiment %s: %s\n", ex[i].name, ex[i].title);
    for (j = 0; j < ex[i].nlines && !rc; j++) rc = run_line(&ex[i], &ex[i].lines[j], db, threads, 0, quiet, batch);
  }
  if (!rc && check) printf("%zu experiment file(s) checked: ok\n", nex);
  for (i = 0; i < nex; i++) free_experiment(&ex[i]);
  free(ex);
  return rc;
}
