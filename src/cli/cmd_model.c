/* cmd_model.c — `mulerr model`: run a Llama model with chosen arithmetic at chosen sites and
 * store what it loses (perplexity, KL, top-1, attention error, greedy agreement) against the
 * binary64 reference, one configuration point at a time; or print a greedy continuation.
 * The work is in src/model; this file parses options and crosses the lists. */
#include "config.h"
#include "cli.h"
#include "model/model.h"
#include "model/model_db.h"
#include "sweep/sweep.h"

#include <ctype.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#define MAXLIST 256

void help_model(FILE *out) {
  fprintf(out,
          "Usage: mulerr model MODEL [OPTIONS]\n"
          "Run a Llama-architecture model (llama2.c .bin, or GGUF of the llama architecture;\n"
          "F32, F16, BF16 or Q8_0 tensors) with every product at the chosen sites computed by\n"
          "a multiply method, and store, per configuration point, what it loses against the\n"
          "binary64 reference on a text: perplexity, mean KL(reference || approximate), top-1\n"
          "agreement, the attention output's MSE and relative MSE per layer, and greedy\n"
          "agreement.  List options take comma-separated items (integers also A..B) and are\n"
          "crossed as in 'mulerr sweep'.\n\n"
          "      --tokenizer FILE  llama2.c tokenizer file (e.g. data/tok512.bin); required\n"
          "      --text FILE       evaluation text: each non-empty line is one document\n"
          "      --site LIST       where products are replaced (default attn): attn-score (Q.K^T),\n"
          "                        attn-value (P.V), attn (both), qkv, attn-out, ffn, lm-head,\n"
          "                        linear (every weight matrix), all\n"
          "  -m, --method LIST     multiply methods (default lmul; see 'mulerr list methods')\n"
          "  -k, --mantissa LIST   operand mantissa bits k (default 3)\n"
          "  -l, --offset LIST     L-Mul offset exponents l (default the paper's l(k))\n"
          "  -f, --format LIST     explicit operand formats (e.g. e4m3fn,e5m2) instead of k\n"
          "  -s, --source LIST     format every operand is first rounded to, RNE (default fp32);\n"
          "                        fp64 leaves operands in binary64 (method exact only)\n"
          "      --accumulate LIST how each dot product's products are summed: fp32 (default:\n"
          "                        each product rounded to binary32, summed left to right in\n"
          "                        binary32), fp64 (left to right in binary64, the reference's\n"
          "                        order), exact (the exact sum, rounded once), or any other\n"
          "                        accumulator model of 'mulerr list accumulators' (fixed:13, ...)\n"
          "      --db FILE         results database (default results.db); table model_results\n"
          "      --resume          skip points the database already holds\n"
          "      --shard I/N       evaluate only shard I of N (the points whose key hashes to I)\n"
          "      --max-docs N      only the first N documents of the text (part of the point key)\n"
          "      --max-tokens N    each document cut to its first N tokens (BOS included), greedy\n"
          "                        agreement counted up to N (part of the point key)\n"
          "      --experiment NAME tag the points with an experiment (mulerr run does this)\n"
          "      --batch N         the batch (one mulerr run) the tag belongs to (default: new)\n"
          "      --dry-run         check every option and file, list the points, write nothing\n"
          "      --scale tensor    at the sites, each operand scaled by its tensor's max |value|\n"
          "                        (activation vector, weight matrix; q, keys; P, values) to the\n"
          "                        format's largest value, as fp8 inference does (default none)\n"
          "      --capture FILE    write the operands every site multiplies in the binary64\n"
          "                        reference pass over the text (after --max-docs/--max-tokens)\n"
          "                        as F32 tensors of a safetensors FILE, for the distribution\n"
          "                        activations:FILE; nothing is measured or stored\n"
          "      --generate N      print a greedy continuation of N tokens from BOS (with each\n"
          "                        point's arithmetic if --method or --site is given, else the\n"
          "                        binary64 reference) instead of measuring; nothing is stored\n"
          "  -j, --threads N       OpenMP threads over documents (results do not depend on it)\n"
          "  -q, --quiet           no progress or per-point lines\n"
          "  -h, --help            show this help\n\n"
          "Protocol: each non-empty line of the text is a document of tokens BOS + its\n"
          "encoding (llama2.c's rules), cut to the model's seq_len; perplexity is\n"
          "exp(mean negative log-likelihood over tokens 1..n-1 of every document).  See\n"
          "MODEL in mulerr(1).\n\n"
          "Examples:\n"
          "  mulerr model data/stories260K.gguf --tokenizer data/tok512.bin --generate 40\n"
          "  mulerr model data/stories260K.gguf --tokenizer data/tok512.bin \\\n"
          "               --text data/tinystories-sample.txt --site attn --method lmul -k 3 -l 3\n"
          "  mulerr query results.db --report model --csv\n");
}

/* The lists: method, mantissa, offset and format read by the sweep's parameter table (the
 * one list parser, src/sweep/spec.c), the model's own here. */
typedef struct lists {
  mulerr_sweep_spec sp;
  const mulerr_format *sources[MAXLIST]; /* sources[i] NULL: fp64 */
  unsigned sites[MAXLIST];
  char *site_names[MAXLIST];
  int accs[MAXLIST];
  int scale; /* --scale: MULERR_SCALE_NONE or _TENSOR, for every point */
  size_t nsources, nsites, naccs;
} lists;

static int split(const char *who, const char *opt, const char *text, char **buf, char **items, size_t *n) {
  free(*buf); /* the option given again: the last one counts */
  *buf = NULL;
  if (mulerr_split_list(text, buf, items, MAXLIST, n) != MULERR_OK)
    return usage_error(who, "%s: %s", opt, mulerr_errmsg());
  return 0;
}

static int parse_lists(const char *who, int c, const char *arg, lists *s, char **bufs) {
  char *items[MAXLIST];
  size_t n, i;
  int rc;
  switch (c) {
  case 's':
    if ((rc = split(who, "--source", arg, &bufs[1], items, &n))) return rc;
    for (i = 0; i < n; i++)
      if (strcmp(items[i], "fp64") && !(s->sources[i] = mulerr_format_find(items[i])))
        return usage_error(who, "--source: %s", mulerr_errmsg());
      else if (!strcmp(items[i], "fp64"))
        s->sources[i] = NULL;
    s->nsources = n;
    return 0;
  case 'S':
    if ((rc = split(who, "--site", arg, &bufs[3], items, &n))) return rc;
    for (i = 0; i < n; i++) {
      if (!(s->sites[i] = mulerr_site_parse(items[i])))
        return usage_error(who, "--site: %s", mulerr_errmsg());
      s->site_names[i] = items[i];
    }
    s->nsites = n;
    return 0;
  case 'A':
    if ((rc = split(who, "--accumulate", arg, &bufs[4], items, &n))) return rc;
    for (i = 0; i < n; i++)
      if ((s->accs[i] = mulerr_model_acc_parse(items[i])) < 0)
        return usage_error(who, "--accumulate: '%s': %s (or the model's fp32, fp64, exact)", items[i],
                           mulerr_errmsg());
    s->naccs = n;
    return 0;
  case 'm': case 'k': case 'l': case 'f': {
    mulerr_status st = mulerr_sweep_set(&s->sp, c == 'm' ? MULERR_P_METHOD : c == 'k' ? MULERR_P_MANTISSA
                                                : c == 'l' ? MULERR_P_OFFSET : MULERR_P_FORMAT, arg);
    return st == MULERR_OK ? 0 : status_exit(who, st);
  }
  }
  return usage_error(who, "internal: list option %c", c);
}

/* The cross product: method, source, k (or format), l, site, accumulation. */
static int build_points(const char *who, const lists *s, mulerr_model_point **pts, size_t *npts) {
  size_t cap = 0, im, is, ik, il, isite, ia;
  const mulerr_format *fp32 = mulerr_format_find("fp32");
  *pts = NULL;
  *npts = 0;
  const mulerr_sweep_value *methods = &s->sp.v[MULERR_P_METHOD], *formats = &s->sp.v[MULERR_P_FORMAT],
                           *ks = &s->sp.v[MULERR_P_MANTISSA], *ls = &s->sp.v[MULERR_P_OFFSET];
  for (im = 0; im < (methods->n ? methods->n : 1); im++) {
    const mulerr_method *m = methods->n ? methods->p[im] : mulerr_method_find("lmul"); /* default lmul */
    const int usk = !!(m->uses & MULERR_USES_K), usl = !!(m->uses & MULERR_USES_L);
    const size_t nk = usk ? (formats->n ? formats->n : ks->n ? ks->n : 1) : 1;
    const size_t nl = usl && ls->n ? ls->n : 1;
    for (is = 0; is < (s->nsources ? s->nsources : 1); is++)
      for (ik = 0; ik < nk; ik++)
        for (il = 0; il < nl; il++)
          for (isite = 0; isite < s->nsites; isite++)
            for (ia = 0; ia < (s->naccs ? s->naccs : 1); ia++) {
              mulerr_model_point p;
              char key[MULERR_KEY_MAX], other[MULERR_KEY_MAX];
              size_t j;
              int dup = 0;
              memset(&p, 0, sizeof p);
              p.arith.method = m;
              p.arith.sites = s->sites[isite];
              snprintf(p.site, sizeof p.site, "%s", s->site_names[isite]);
              p.arith.source = s->nsources ? s->sources[is] : fp32;
              p.arith.acc = s->naccs ? (mulerr_model_acc)s->accs[ia] : MULERR_MACC_FP32;
              p.arith.scale = s->scale;
              p.arith.cfg.rounding = MULERR_ROUNDING_DEFAULT;
              p.arith.cfg.l = usl && ls->n ? (int)ls->i[il] : MULERR_L_DEFAULT;
              if (usk) {
                if (formats->n) p.arith.cfg.format = formats->p[ik];
                else p.arith.cfg.k = ks->n ? (int)ks->i[ik] : 3;
              }
              if (mulerr_model_arith_prepare(&p.arith) != MULERR_OK)
                return usage_error(who, "%s", mulerr_errmsg());
              p.model_sha256 = p.tokenizer_sha256 = p.text_sha256 = "";
              mulerr_model_point_key(&p, key, sizeof key);
              for (j = 0; j < *npts && !dup; j++) {
                mulerr_model_point_key(&(*pts)[j], other, sizeof other);
                dup = !strcmp(key, other);
              }
              if (dup) continue;
              if (*npts == cap) {
                mulerr_model_point *np = realloc(*pts, (cap = cap ? 2 * cap : 16) * sizeof *np);
                if (!np) return failure(who, "out of memory");
                *pts = np;
              }
              (*pts)[(*npts)++] = p;
            }
  }
  return 0;
}

static void describe(const mulerr_model_point *p, char *buf, size_t len) {
  const mulerr_model_arith *a = &p->arith;
  size_t n = (size_t)snprintf(buf, len, "%s site=%s source=%s", a->method->name, p->site,
                              a->source ? a->source->name : "fp64");
  if (a->method->uses & MULERR_USES_K) {
    if (a->cfg.format) n += (size_t)snprintf(buf + n, len - n, " format=%s", a->cfg.format->name);
    else n += (size_t)snprintf(buf + n, len - n, " k=%d", a->cfg.k);
    if (a->method->uses & MULERR_USES_L) n += (size_t)snprintf(buf + n, len - n, " l=%d", a->cfg.l);
  }
  if (a->cfg.params[0]) n += (size_t)snprintf(buf + n, len - n, " %s", a->cfg.params);
  snprintf(buf + n, len - n, " accumulate=%s", mulerr_model_acc_name(a->acc));
}

/* What a running model prints, and what its points need (mulerr_drive's context). */
typedef struct progress {
  size_t index, total;
  struct timespec start;
  int tty, quiet;
  mulerr_model_point *pts;
  const mulerr_model *m;
  const mulerr_model_text *text;
  mulerr_model_ref *ref; /* the reference pass, made when the first point needs it */
  mulerr_db *db;
} progress;

static void on_progress(void *ctx, size_t done, size_t total) {
  progress *pr = ctx;
  double dt = mulerr_since(&pr->start);
  if (!pr->tty) return;
  fprintf(stderr, "\r[%zu/%zu] %zu/%zu documents  ETA %.0f s   ", pr->index + 1, pr->total, done,
          total, done ? dt / (double)done * (double)(total - done) : 0.0);
  fflush(stderr);
}

static void model_key(void *ctx, size_t i, char *buf, size_t len) {
  progress *pr = ctx;
  mulerr_model_point_key(&pr->pts[i], buf, len);
}

static void model_skipped(void *ctx, size_t i) {
  progress *pr = ctx;
  char what[512];
  if (pr->quiet) return;
  describe(&pr->pts[i], what, sizeof what);
  printf("[%zu/%zu] %s: already stored, skipped\n", i + 1, pr->total, what);
}

/* Evaluate and store point i (mulerr_drive's step), the reference pass first if not made. */
static mulerr_status model_point(void *ctx, size_t i, int64_t run_id, volatile sig_atomic_t *stop) {
  progress *pr = ctx;
  mulerr_model_metrics mm;
  mulerr_status st;
  char what[512];
  double secs;
  describe(&pr->pts[i], what, sizeof what);
  if (!pr->ref) { /* the reference pass, once, when the first point needs it */
    clock_gettime(CLOCK_MONOTONIC, &pr->start);
    if ((st = mulerr_model_reference(pr->m, pr->text, &pr->ref)) != MULERR_OK) return st;
    if (!pr->quiet) printf("reference pass: %.2f s\n", mulerr_since(&pr->start));
  }
  pr->index = i;
  clock_gettime(CLOCK_MONOTONIC, &pr->start);
  st = mulerr_model_evaluate(pr->m, pr->text, pr->ref, &pr->pts[i].arith, &mm, on_progress, pr, stop);
  secs = mulerr_since(&pr->start);
  if (pr->tty) fprintf(stderr, "\r%70s\r", "");
  if (st == MULERR_OK) st = mulerr_model_db_put(pr->db, run_id, &pr->pts[i], &mm, secs);
  if (st != MULERR_OK) return st == MULERR_EINTR ? st : mulerr_fail(st, "%s: %s", what, mulerr_errmsg());
  if (!pr->quiet) {
    printf("[%zu/%zu] %s: perplexity=", i + 1, pr->total, what);
    print_double(stdout, mm.perplexity);
    printf(" (reference ");
    print_double(stdout, mm.ref_perplexity);
    printf(") kl=");
    print_double(stdout, mm.kl);
    printf(" top1=");
    print_double(stdout, mm.top1);
    printf(" attn_mse=");
    print_double(stdout, mm.attn_mse);
    printf(" greedy=%d (%.2f s)\n", mm.greedy, secs);
    fflush(stdout);
  }
  return MULERR_OK;
}

/* Print a generated piece as llama2.c does: single bytes that are neither printable nor
 * white space are left out. */
static void print_piece(const char *s, size_t len) {
  if (len == 1 && !isprint((unsigned char)s[0]) && !isspace((unsigned char)s[0])) return;
  fwrite(s, 1, len, stdout);
}

static int generate(const char *who, const mulerr_model *m, const mulerr_tokenizer *tok, const mulerr_model_arith *a,
                    long n) {
  mulerr_model_run *run;
  int *ids = malloc((size_t)n * sizeof *ids), prev = 1;
  size_t got, i;
  if (!ids || mulerr_model_run_new(m, a, &run) != MULERR_OK) {
    free(ids);
    return failure(who, "%s", mulerr_errmsg());
  }
  got = mulerr_model_generate(run, (size_t)n, ids);
  for (i = 0; i < got; i++) {
    size_t len;
    const char *s = mulerr_tokenizer_decode(tok, prev, ids[i], &len);
    print_piece(s, len);
    prev = ids[i];
  }
  putchar('\n');
  fflush(stdout);
  mulerr_model_run_free(run);
  free(ids);
  return 0;
}

int cmd_model(int argc, char **argv) { return cli_model_main(argc, argv, "model"); }

int cli_model_main(int argc, char **argv, const char *who) {
  enum { OPT_TOKENIZER = 256, OPT_TEXT, OPT_DB, OPT_RESUME, OPT_GENERATE, OPT_SHARD, OPT_MAXDOCS,
         OPT_EXPERIMENT, OPT_BATCH, OPT_DRY_RUN, OPT_MAXTOKENS, OPT_CAPTURE, OPT_SCALE };
  static const struct option longopts[] = {
      {"tokenizer", required_argument, NULL, OPT_TOKENIZER}, {"text", required_argument, NULL, OPT_TEXT},
      {"site", required_argument, NULL, 'S'},          {"method", required_argument, NULL, 'm'},
      {"mantissa", required_argument, NULL, 'k'},      {"offset", required_argument, NULL, 'l'},
      {"format", required_argument, NULL, 'f'},        {"source", required_argument, NULL, 's'},
      {"accumulate", required_argument, NULL, 'A'},    {"db", required_argument, NULL, OPT_DB},
      {"resume", no_argument, NULL, OPT_RESUME},       {"generate", required_argument, NULL, OPT_GENERATE},
      {"shard", required_argument, NULL, OPT_SHARD},   {"threads", required_argument, NULL, 'j'},
      {"max-docs", required_argument, NULL, OPT_MAXDOCS},
      {"max-tokens", required_argument, NULL, OPT_MAXTOKENS},
      {"experiment", required_argument, NULL, OPT_EXPERIMENT},
      {"batch", required_argument, NULL, OPT_BATCH},   {"dry-run", no_argument, NULL, OPT_DRY_RUN},
      {"quiet", no_argument, NULL, 'q'},               {"help", no_argument, NULL, 'h'},
      {"capture", required_argument, NULL, OPT_CAPTURE}, {"scale", required_argument, NULL, OPT_SCALE},
      {NULL, 0, NULL, 0}};
  const char *capture = NULL; /* --capture FILE: write the sites' operands (capture.c) */
  lists s;
  char *bufs[5] = {NULL, NULL, NULL, NULL, NULL};
  const char *model_path = NULL, *tok_path = NULL, *text_path = NULL, *dbpath = "results.db";
  int resume = 0, quiet = 0, c, rc = 0, arith_given = 0;
  const char *measure_opt = NULL; /* the first option that only a measuring run uses */
  long gen = 0, threads = 0, shard = 0, nshards = 0, max_docs = 0, max_tokens = 0, batch = 0;
  const char *experiment = NULL;
  int dry_run = 0;
  mulerr_model_point *pts = NULL;
  size_t npts = 0, i, present = 0;
  mulerr_model *m = NULL;
  mulerr_tokenizer *tok = NULL;
  mulerr_model_text *text = NULL;
  mulerr_db *db = NULL;
  char *cmdline = NULL;
  mulerr_status st;
  progress pr = {0};
  mulerr_drive dr;

  memset(&s, 0, sizeof s);
  mulerr_sweep_init(&s.sp);
  s.sites[0] = MULERR_SITE_ATTN;
  s.site_names[0] = (char *)"attn";
  s.nsites = 1;
  optind = 0; /* 0: getopt starts afresh (no state kept from an earlier argv, since freed) */
  opterr = 1;
  while (rc == 0 && (c = getopt_long(argc, argv, "m:k:l:f:s:j:qh", longopts, NULL)) != -1) {
    switch (c) {
    case 'm': case 'k': case 'l': case 'f': case 's': case 'S': case 'A':
      arith_given |= c == 'm' || c == 'S';
      if (!measure_opt) measure_opt = c == 'm' ? "--method" : c == 'k' ? "--mantissa" : c == 'l' ? "--offset" : c == 'f' ? "--format"
                                      : c == 's' ? "--source" : c == 'S' ? "--site" : "--accumulate";
      rc = parse_lists(who, c, optarg, &s, bufs);
      break;
    case OPT_TOKENIZER: tok_path = optarg; break;
    case OPT_TEXT: text_path = optarg; break;
    case OPT_DB: dbpath = optarg; if (!measure_opt) measure_opt = "--db"; break;
    case OPT_RESUME: resume = 1; if (!measure_opt) measure_opt = "--resume"; break;
    case OPT_GENERATE:
      if (mulerr_parse_int(optarg, 1, 1L << 20, &gen) != MULERR_OK)
        rc = usage_error(who, "--generate: %s", mulerr_errmsg());
      break;
    case OPT_SHARD:
      if (!measure_opt) measure_opt = "--shard";
      if (mulerr_shard_parse(optarg, &shard, &nshards) != MULERR_OK) rc = usage_error(who, "%s", mulerr_errmsg());
      break;
    case OPT_MAXDOCS:
      if (mulerr_parse_int(optarg, 1, 1L << 30, &max_docs) != MULERR_OK)
        rc = usage_error(who, "--max-docs: %s", mulerr_errmsg());
      break;
    case OPT_MAXTOKENS:
      if (mulerr_parse_int(optarg, 2, 1L << 30, &max_tokens) != MULERR_OK)
        rc = usage_error(who, "--max-tokens: %s", mulerr_errmsg());
      break;
    case OPT_EXPERIMENT: experiment = optarg; if (!measure_opt) measure_opt = "--experiment"; break;
    case OPT_BATCH:
      if (!measure_opt) measure_opt = "--batch";
      if (mulerr_parse_int(optarg, 1, 1L << 40, &batch) != MULERR_OK)
        rc = usage_error(who, "--batch: %s", mulerr_errmsg());
      break;
    case OPT_DRY_RUN: dry_run = 1; if (!measure_opt) measure_opt = "--dry-run"; break;
    case OPT_CAPTURE: capture = optarg; break;
    case OPT_SCALE:
      if (!measure_opt) measure_opt = "--scale";
      if (!strcmp(optarg, "tensor") || !strcmp(optarg, "none")) s.scale = optarg[0] == 't' ? MULERR_SCALE_TENSOR : MULERR_SCALE_NONE;
      else rc = usage_error(who, "--scale: '%s': a model run scales per tensor or not at all (tensor, none)", optarg);
      break;
    case 'j':
      if (mulerr_parse_int(optarg, 1, 1024, &threads) != MULERR_OK)
        rc = usage_error(who, "--threads: %s", mulerr_errmsg());
      break;
    case 'q': quiet = 1; break;
    default: rc = bad_option("model", c, argv);
    }
  }
  if (rc) goto out;
  if (optind >= argc) {
    rc = usage_error(who, "no model file given");
    goto out;
  }
  model_path = argv[optind++];
  if (optind < argc) {
    rc = usage_error(who, "unexpected argument '%s'", argv[optind]);
    goto out;
  }
  if (!tok_path) {
    rc = usage_error(who, "--tokenizer FILE is required (e.g. data/tok512.bin)");
    goto out;
  }
  if (gen && text_path) {
    rc = usage_error(who, "--generate and --text exclude each other");
    goto out;
  }
  if (!gen && !text_path) {
    rc = usage_error(who, "--text FILE (what to measure on) or --generate N is required");
    goto out;
  }
  if ((rc = build_points(who, &s, &pts, &npts))) goto out;
#ifdef _OPENMP
  if (threads) omp_set_num_threads((int)threads);
#endif
  /* every file is read and checked before the database is opened */
  if ((st = mulerr_model_open(model_path, &m)) != MULERR_OK ||
      (st = mulerr_tokenizer_open(tok_path, m->c.vocab_size, &tok)) != MULERR_OK) {
    rc = failure(who, "%s", mulerr_errmsg());
    goto out;
  }
  if (gen) {
    if (!arith_given) {
      mulerr_model_arith ref_arith = {0};
      rc = generate(who, m, tok, &ref_arith, gen);
    } else
      for (i = 0; i < npts && !rc; i++) {
        char what[512];
        describe(&pts[i], what, sizeof what);
        if (!quiet) printf("[%s]\n", what);
        rc = generate(who, m, tok, &pts[i].arith, gen);
      }
    goto out;
  }
  if ((st = mulerr_model_text_load(text_path, tok, m->c.seq_len, &text)) != MULERR_OK) {
    rc = failure(who, "%s", mulerr_errmsg());
    goto out;
  }
  if (max_docs && (size_t)max_docs < text->ndocs) { /* the first max_docs documents */
    size_t d;
    for (d = (size_t)max_docs; d < text->ndocs; d++) {
      text->ntokens -= text->len[d];
      text->npredicted -= text->len[d] - 1;
      free(text->tok[d]);
    }
    text->ndocs = (size_t)max_docs;
  }
  if (max_tokens) { /* each document cut to max_tokens tokens; greedy agreement as far */
    size_t d;
    text->greedy_max = (size_t)max_tokens;
    for (d = 0; d < text->ndocs; d++)
      if (text->len[d] > (size_t)max_tokens) {
        text->ntokens -= text->len[d] - (size_t)max_tokens;
        text->npredicted -= text->len[d] - (size_t)max_tokens;
        text->len[d] = (size_t)max_tokens;
      }
  }
  if (capture) { /* the reference's operands on the text, instead of measuring */
    if (measure_opt) rc = usage_error(who, "--capture records the binary64 reference: %s measures a model "
                                      "run and has no meaning with it", measure_opt);
    else if ((st = mulerr_model_capture(m, text, model_path, tok->sha256, text_path, capture)) != MULERR_OK)
      rc = failure(who, "%s", mulerr_errmsg());
    else if (!quiet) printf("%s: the operands of every site on %zu tokens of %zu documents\n", capture,
                            text->ntokens, text->ndocs);
    goto out;
  }
  for (i = 0; i < npts; i++) {
    pts[i].model_path = model_path, pts[i].tokenizer_path = tok_path, pts[i].text_path = text_path;
    pts[i].model_sha256 = mulerr_weights_sha256(m->w);
    pts[i].tokenizer_sha256 = tok->sha256;
    pts[i].text_sha256 = text->sha256;
    pts[i].max_docs = max_docs;
    pts[i].max_tokens = max_tokens;
  }
  if (nshards) {
    size_t j = 0;
    for (i = 0; i < npts; i++) {
      char key[MULERR_KEY_MAX];
      mulerr_model_point_key(&pts[i], key, sizeof key);
      if (mulerr_shard_of(key, nshards) == shard - 1) pts[j++] = pts[i];
    }
    npts = j;
  }
  if (dry_run) { /* everything is checked; nothing is opened or written */
    if (!quiet)
      for (i = 0; i < npts; i++) {
        char what[512];
        describe(&pts[i], what, sizeof what);
        printf("[%zu/%zu] %s\n", i + 1, npts, what);
      }
    goto out;
  }
  if ((st = mulerr_db_open(dbpath, &db)) != MULERR_OK) {
    rc = failure(who, "%s", mulerr_errmsg());
    goto out;
  }
  pr.pts = pts, pr.m = m, pr.text = text, pr.db = db, pr.total = npts, pr.quiet = quiet;
  memset(&dr, 0, sizeof dr);
  dr.n = npts, dr.db = db, dr.dbpath = dbpath, dr.experiment = experiment, dr.resume = resume;
  dr.stop = &cli_stop_flag, dr.ctx = &pr, dr.key = model_key, dr.has = mulerr_model_db_has;
  dr.skipped = model_skipped, dr.point = model_point;
  if ((st = mulerr_drive_present(&dr, &present)) != MULERR_OK) {
    rc = failure(who, "%s: %s", dbpath, mulerr_errmsg());
    goto out;
  }
  if (present && !resume) {
    rc = usage_error(who, "%s already holds %zu of the %zu points of this run; --resume skips them",
                     dbpath, present, npts);
    goto out;
  }
  if (present == npts && !experiment) {
    if (!quiet) printf("model: all %zu points are already in %s\n", npts, dbpath);
    goto out;
  }
  cmdline = cli_command_line(argc, argv);
  if (!cmdline || (st = mulerr_db_begin_run(db, cmdline, 0, &dr.run_id)) != MULERR_OK ||
      (st = mulerr_db_put_input(db, dr.run_id, "model", model_path, m->w->size, mulerr_weights_sha256(m->w))) ||
      (st = mulerr_db_put_input(db, dr.run_id, "tokenizer", tok_path, tok->size, tok->sha256)) ||
      (st = mulerr_db_put_input(db, dr.run_id, "text", text_path, text->size, text->sha256)) ||
      (experiment && !(dr.batch = batch) && (st = mulerr_db_next_batch(db, &dr.batch)) != MULERR_OK)) {
    rc = failure(who, "%s", cmdline ? mulerr_errmsg() : "out of memory");
    goto out;
  }
  cli_catch_signals();
  pr.tty = !quiet && isatty(2);
  if (!quiet)
    printf("model: %s (dim %d, %d layers, %d heads, %d kv heads, vocab %d, seq_len %d), %zu "
           "documents, %zu predicted tokens; %zu points into %s (run %lld)\n", model_path, m->c.dim,
           m->c.n_layers, m->c.n_heads, m->c.n_kv_heads, m->c.vocab_size, m->c.seq_len, text->ndocs,
           text->npredicted, npts, dbpath, (long long)dr.run_id);
  if ((st = mulerr_drive_run(&dr)) != MULERR_OK) {
    rc = failure(who, "%s", mulerr_errmsg());
    if (st == MULERR_EINTR) rc = EXIT_INTERRUPTED;
  }
out:
  mulerr_db_close(db);
  mulerr_model_ref_free(pr.ref);
  mulerr_model_text_free(text);
  mulerr_tokenizer_close(tok);
  mulerr_model_close(m);
  free(pts);
  free(cmdline);
  for (i = 0; i < 5; i++) free(bufs[i]);
  mulerr_sweep_free(&s.sp);
  return rc;
}

/* Products per forward pass over a text: every weight matrix once per token, and the
 * attention's 2 * n_heads * head_size * (pos + 1) per layer at position pos. */
static double count_macs(const mulerr_model *m, const mulerr_model_text *x, unsigned sites) {
  const mulerr_model_config *c = &m->c;
  double lin = 0, att = 0;
  size_t d, i;
  if (sites & MULERR_SITE_QKV) lin += (double)c->n_layers * ((double)c->dim + 2.0 * c->kv_dim) * c->dim;
  if (sites & MULERR_SITE_ATTN_OUT) lin += (double)c->n_layers * c->dim * c->dim;
  if (sites & MULERR_SITE_FFN) lin += 3.0 * c->n_layers * c->hidden_dim * c->dim;
  if (sites & MULERR_SITE_LM_HEAD) lin += (double)c->vocab_size * c->dim;
  for (d = 0; d < x->ndocs; d++)
    for (i = 0; i < x->len[d]; i++)
      att += ((sites & MULERR_SITE_ATTN_SCORE ? 1.0 : 0) + (sites & MULERR_SITE_ATTN_VALUE ? 1.0 : 0)) *
             c->n_layers * c->n_heads * c->head_size * (double)(i + 1);
  return lin * (double)x->ntokens + att;
}

void cli_bench_model(void) {
  char *mp = cli_find_data("data", "stories260K.gguf"), *tp = cli_find_data("data", "tok512.bin"),
       *xp = cli_find_data("data", "tinystories-sample.txt");
  mulerr_model *m = NULL;
  mulerr_tokenizer *t = NULL;
  mulerr_model_text *x = NULL;
  mulerr_model_ref *ref = NULL;
  struct timespec t0;
  double secs, ref_secs;
  unsigned s;
  if (!mp || !tp || !xp) {
    printf("model figures skipped: the shipped model, tokenizer or text is not found\n");
    goto out;
  }
  if (mulerr_model_open(mp, &m) ||
      mulerr_tokenizer_open(tp, m->c.vocab_size, &t) || mulerr_model_text_load(xp, t, m->c.seq_len, &x)) {
    printf("model figures skipped: %s\n", mulerr_errmsg());
    goto out;
  }
#ifdef _OPENMP
  omp_set_num_threads(1);
#endif
  clock_gettime(CLOCK_MONOTONIC, &t0);
  if (mulerr_model_reference(m, x, &ref)) {
    printf("model figures skipped: %s\n", mulerr_errmsg());
    goto out;
  }
  secs = ref_secs = mulerr_since(&t0);
  printf("model stories260K on data/tinystories-sample.txt (%zu tokens), 1 thread: binary64 reference "
         "pass %.2f s, %.4g tokens/s, %.3g multiply-adds/s (kept: logits, attention outputs)\n",
         x->ntokens, secs, (double)x->ntokens / secs, count_macs(m, x, MULERR_SITE_ALL) / secs);
  for (s = 0; s < 2; s++) {
    mulerr_model_arith a;
    mulerr_model_metrics mm;
    memset(&a, 0, sizeof a);
    a.sites = s ? MULERR_SITE_ALL : MULERR_SITE_ATTN;
    a.method = mulerr_method_find("lmul");
    a.source = mulerr_format_find("fp32");
    a.cfg.k = 3, a.cfg.l = MULERR_L_DEFAULT, a.cfg.rounding = MULERR_ROUNDING_DEFAULT;
    a.acc = MULERR_MACC_FP32;
    mulerr_model_arith_prepare(&a);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (mulerr_model_evaluate(m, x, ref, &a, &mm, NULL, NULL, NULL)) break;
    secs = mulerr_since(&t0);
    printf("  lmul k=3 at site %-4s: %.2f s (%.2fx the reference pass), %.4g tokens/s, %.3g emulated "
           "multiply-adds/s at the site (metrics included; perplexity %.4g, reference %.4g)\n", s ? "all" : "attn",
           secs, secs / ref_secs, (double)x->ntokens / secs, count_macs(m, x, a.sites) / secs, mm.perplexity,
           mm.ref_perplexity);
  }
out:
  mulerr_model_ref_free(ref);
  mulerr_model_text_free(x);
  mulerr_tokenizer_close(t);
  mulerr_model_close(m);
  free(mp), free(tp), free(xp);
}
