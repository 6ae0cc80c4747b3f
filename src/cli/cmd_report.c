/* cmd_report.c — `mulerr report`: the reproduction report, written from the database alone as
 * Markdown (always) and LaTeX (built to PDF when pdflatex is present).  Every table says the
 * SQL behind it, so `mulerr query` on the same database gives the same numbers. */
#include "config.h"
#include "cli.h"

#include <sqlite3.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

void help_report(FILE *out) {
  fprintf(out,
          "Usage: mulerr report [OPTIONS]\n"
          "Write the reproduction report from the database: OUT/report.md and OUT/report.tex\n"
          "(and OUT/report.pdf when pdflatex is installed), with tables generated from the\n"
          "database, the figures of 'mulerr plot' (OUT/figures), and a verdict per claim of\n"
          "the L-Mul paper, per L-Mul variant and per metric.\n\n"
          "      --db FILE   results database (default results.db)\n"
          "  -o, --out DIR   output folder (default paper)\n"
          "  -h, --help      show this help\n\n"
          "Verdicts: 'A beats B' holds when A's metric is below B's by more than two combined\n"
          "standard errors, fails when above by more than two, and is inconclusive between;\n"
          "'A matches B' holds when A is at most 10%% above B (or beats it).\n");
}

/* ------------------------------------------------------------- two outputs */

typedef struct doc {
  FILE *md, *tex;
} doc;

/* LaTeX-escape s into f. */
static void tex_text(FILE *f, const char *s) {
  for (; *s; s++) switch (*s) {
    case '%': case '$': case '#': case '_': case '&': case '{': case '}': fprintf(f, "\\%c", *s); break;
    case '~': fputs("\\textasciitilde{}", f); break;
    case '^': fputs("\\textasciicircum{}", f); break;
    case '\\': fputs("\\textbackslash{}", f); break;
    case '|': fputs("\\textbar{}", f); break;
    case '<': fputs("\\textless{}", f); break;
    case '>': fputs("\\textgreater{}", f); break;
    default: fputc(*s, f);
    }
}

/* A distribution or path shortened for a table cell: in every ':'- or '+'-separated
 * component, directories are dropped from file names (the database has them in full). */
static void shorten(const char *s, char *out, size_t len) {
  size_t o = 0;
  const char *p = s;
  while (*p && o + 1 < len) {
    const char *end = p + strcspn(p, ":+"), *q, *base = p;
    for (q = p; q < end; q++)
      if (*q == '/') base = q + 1;
    for (q = base; q < end && o + 1 < len; q++) out[o++] = *q;
    if (!*end || o + 1 >= len) break;
    out[o++] = *end;
    p = end + 1;
  }
  out[o] = 0;
}

static void md_cell(FILE *f, const char *s) {
  char buf[1024], *p;
  shorten(s, buf, sizeof buf);
  for (p = buf; *p; p++) {
    if (*p == '|') fputc('\\', f); /* a '|' would end the Markdown cell */
    fputc(*p, f);
  }
}

static void tex_cell(FILE *f, const char *s) {
  char buf[1024], one[2] = {0, 0}, *p;
  shorten(s, buf, sizeof buf);
  for (p = buf; *p; p++) { /* a long distribution may break after its separators */
    one[0] = *p;
    tex_text(f, one);
    if (strchr(":+|,", *p)) fputs("\\allowbreak{}", f);
  }
}

static void heading(doc *d, int level, const char *text) {
  fprintf(d->md, "\n%.*s %s\n\n", level + 1, "####", text);
  fputs(level == 1 ? "\\section{" : "\\subsection{", d->tex);
  tex_text(d->tex, text);
  fputs("}\n", d->tex);
}

static void para(doc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void para(doc *d, const char *fmt, ...) {
  char buf[4096];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  fprintf(d->md, "%s\n\n", buf);
  tex_text(d->tex, buf);
  fputs("\n\n", d->tex);
}

static void code(doc *d, const char *text) {
  fprintf(d->md, "```\n%s\n```\n\n", text);
  fprintf(d->tex, "\\begin{verbatim}\n%s\n\\end{verbatim}\n", text);
}

static void figure(doc *d, const char *name, const char *caption) {
  fprintf(d->md, "![%s](figures/%s.png)\n\n*Figure: %s*\n\n", name, name, caption);
  fprintf(d->tex, "\\begin{figure}[htbp]\\centering\\IfFileExists{figures/%s.pdf}{\\includegraphics[width=\\textwidth]{figures/%s.pdf}}{\\fbox{figure %s missing}}\n\\caption{", name, name, name);
  tex_text(d->tex, caption);
  fputs("}\n\\end{figure}\n", d->tex);
}

/* A table straight from SQL: column names as the header, numbers with 4 significant digits
 * (the CSV of `mulerr query` has them all). */
static int sql_table(doc *d, sqlite3 *h, const char *sql, const char *bind) {
  sqlite3_stmt *st;
  int ncol, i, rc, rows = 0;
  if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK) return failure("report", "query failed: %s", sqlite3_errmsg(h));
  if (bind) sqlite3_bind_text(st, 1, bind, -1, SQLITE_STATIC);
  ncol = sqlite3_column_count(st);
  fputs("|", d->md);
  fputs("\\begin{center}\\small\\begin{tabular}{", d->tex);
  for (i = 0; i < ncol; i++) fputs(i ? "r" : "l", d->tex);
  fputs("}\\hline\n", d->tex);
  for (i = 0; i < ncol; i++) {
    fprintf(d->md, " %s |", sqlite3_column_name(st, i));
    if (i) fputs(" & ", d->tex);
    tex_text(d->tex, sqlite3_column_name(st, i));
  }
  fputs("\n|", d->md);
  for (i = 0; i < ncol; i++) fputs(i ? "---:|" : "---|", d->md);
  fputs("\n", d->md);
  fputs(" \\\\ \\hline\n", d->tex);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    fputs("|", d->md);
    for (i = 0; i < ncol; i++) {
      char cell[128];
      switch (sqlite3_column_type(st, i)) {
      case SQLITE_NULL: snprintf(cell, sizeof cell, "-"); break;
      case SQLITE_FLOAT: snprintf(cell, sizeof cell, "%.4g", sqlite3_column_double(st, i)); break;
      default: snprintf(cell, sizeof cell, "%s", (const char *)sqlite3_column_text(st, i));
      }
      fputc(' ', d->md);
      md_cell(d->md, cell);
      fputs(" |", d->md);
      if (i) fputs(" & ", d->tex);
      tex_cell(d->tex, cell);
    }
    fputs("\n", d->md);
    fputs(" \\\\\n", d->tex);
    rows++;
  }
  fputs("\n", d->md);
  fputs("\\hline\\end{tabular}\\end{center}\n", d->tex);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return failure("report", "query failed: %s", sqlite3_errmsg(h));
  fprintf(d->md, "<sub>%d rows; SQL: `%s`%s%s</sub>\n\n", rows, sql, bind ? " with ?1 = " : "", bind ? bind : "");
  fputs("{\\scriptsize SQL: \\texttt{", d->tex);
  tex_text(d->tex, sql);
  fputs("}}\n\n", d->tex);
  return 0;
}

/* ------------------------------------------------------------- the numbers */

/* The points of the latest batch of experiment ?1 (as in mulerr plot). */
#define POINTS                                                                                   \
  "WITH pts AS (SELECT point_key FROM experiment_points WHERE experiment = ?1 AND batch = "       \
  "(SELECT max(batch) FROM experiment_points WHERE experiment = ?1)), "                          \
  "r AS (SELECT results.* FROM results JOIN pts USING (point_key) WHERE kind != 'expected') "

typedef struct value { double v, se; int found; } value;

/* One metric of one point of an experiment's latest batch, selected by a WHERE clause. */
static value metric(sqlite3 *h, const char *experiment, const char *metric_name, const char *where,
                    const char *dist) {
  char sql[2048];
  sqlite3_stmt *st;
  value out = {NAN, NAN, 0};
  snprintf(sql, sizeof sql, POINTS "SELECT %s, %s_se FROM r WHERE %s LIMIT 1", metric_name, metric_name, where);
  if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK) return out;
  sqlite3_bind_text(st, 1, experiment, -1, SQLITE_STATIC);
  if (dist) sqlite3_bind_text(st, 2, dist, -1, SQLITE_STATIC);
  if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
    out.v = sqlite3_column_double(st, 0);
    out.se = sqlite3_column_type(st, 1) == SQLITE_NULL ? 0 : sqlite3_column_double(st, 1);
    out.found = 1;
  }
  sqlite3_finalize(st);
  return out;
}

static const char *beats(value a, value b) {
  double s = 2 * sqrt(a.se * a.se + b.se * b.se);
  if (!a.found || !b.found) return "not measured";
  if (a.v < b.v - s) return "holds";
  if (a.v > b.v + s) return "fails";
  return "inconclusive";
}

static const char *matches(value a, value b) {
  double s = 2 * sqrt(a.se * a.se + b.se * b.se);
  if (!a.found || !b.found) return "not measured";
  if (a.v < b.v - s) return "holds (more accurate)";
  if (a.v <= 1.1 * b.v + s) return "holds (within 10%)";
  return "fails";
}

/* Distinct values of a column in an experiment's latest batch. */
static int distinct(sqlite3 *h, const char *experiment, const char *col, const char *where, char out[][512], int cap) {
  char sql[2048];
  sqlite3_stmt *st;
  int n = 0;
  snprintf(sql, sizeof sql, POINTS "SELECT DISTINCT %s FROM r WHERE %s ORDER BY 1", col, where);
  if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK) return 0;
  sqlite3_bind_text(st, 1, experiment, -1, SQLITE_STATIC);
  while (n < cap && sqlite3_step(st) == SQLITE_ROW)
    snprintf(out[n++], 512, "%s", (const char *)sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  return n;
}

static const char *const metrics[] = {"mre", "mse", "mae"};
static const char *const variants[] = {"lmul", "lmul-eq1", "mitchell"};

/* Claims 1 and 2 on one experiment (uniform or weights): a table of verdicts. */
static void claim_fp8(doc *d, sqlite3 *h, const char *experiment, int k, const char *fp8, int match) {
  char dists[16][512], where[1400];
  int nd = distinct(h, experiment, "dist", "format IS NULL AND method = 'lmul'", dists, 16), i, v, m;
  fprintf(d->md, "| distribution | variant | metric | L-Mul k=%d | fp8 %s | verdict |\n|---|---|---|---:|---:|---|\n", k, fp8);
  fprintf(d->tex, "\\begin{center}\\scriptsize\\begin{tabular}{>{\\raggedright\\arraybackslash}p{5.2cm}llrrl}\\hline distribution & variant & metric & L-Mul k=%d & fp8 %s & verdict \\\\ \\hline\n", k, fp8);
  for (i = 0; i < nd; i++)
    for (v = 0; v < 3; v++)
      for (m = 0; m < 3; m++) {
        value a, b;
        const char *verdict;
        if (!strcmp(variants[v], "mitchell"))
          snprintf(where, sizeof where, "method = 'mitchell' AND k = %d AND dist = ?2", k);
        else
          snprintf(where, sizeof where, "method = '%s' AND k = %d AND format IS NULL AND dist = ?2 AND "
                   "l = CASE WHEN k <= 3 THEN k WHEN k = 4 THEN 3 ELSE 4 END", variants[v], k);
        a = metric(h, experiment, metrics[m], where, dists[i]);
        if (!a.found) continue;
        snprintf(where, sizeof where, "method = 'float' AND format = '%s' AND dist = ?2", fp8);
        b = metric(h, experiment, metrics[m], where, dists[i]);
        verdict = match ? matches(a, b) : beats(a, b);
        fputs("| ", d->md);
        md_cell(d->md, dists[i]);
        fprintf(d->md, " | %s | %s | %.4g ± %.2g | %.4g ± %.2g | %s |\n", variants[v], metrics[m],
                a.v, a.se, b.v, b.se, verdict);
        tex_cell(d->tex, dists[i]);
        fprintf(d->tex, " & %s & %s & %.4g $\\pm$ %.2g & %.4g $\\pm$ %.2g & ", variants[v], metrics[m], a.v, a.se, b.v, b.se);
        tex_text(d->tex, verdict);
        fputs(" \\\\\n", d->tex);
      }
  fputs("\n", d->md);
  fputs("\\hline\\end{tabular}\\end{center}\n", d->tex);
}

/* Claim 4: the best l for each k on the offset grid, per metric. */
static void claim_offset(doc *d, sqlite3 *h) {
  int m, k;
  fputs("| metric | k | paper's l(k) | best l | verdict |\n|---|---:|---:|---:|---|\n", d->md);
  fputs("\\begin{center}\\small\\begin{tabular}{lrrrl}\\hline metric & k & l(k) & best l & verdict \\\\ \\hline\n", d->tex);
  for (m = 0; m < 2; m++)
    for (k = 1; k <= 8; k++) {
      char where[256];
      int l, best = 0, lk = mulerr_lmul_default_l(k);
      value vb = {INFINITY, 0, 0}, vk;
      const char *verdict;
      for (l = 1; l <= 8; l++) {
        value v;
        snprintf(where, sizeof where, "method = 'lmul' AND dist = 'uniform-mantissa' AND k = %d AND l = %d", k, l);
        v = metric(h, "offset-grid", metrics[m], where, NULL);
        if (v.found && v.v < vb.v) vb = v, best = l;
      }
      if (!best) continue;
      snprintf(where, sizeof where, "method = 'lmul' AND dist = 'uniform-mantissa' AND k = %d AND l = %d", k, lk);
      vk = metric(h, "offset-grid", metrics[m], where, NULL);
      verdict = best == lk ? "holds" : vk.found && vk.v <= vb.v + 2 * sqrt(vk.se * vk.se + vb.se * vb.se) ? "holds (tie within 2 se)" : "fails";
      fprintf(d->md, "| %s | %d | %d | %d | %s |\n", metrics[m], k, lk, best, verdict);
      fprintf(d->tex, "%s & %d & %d & %d & ", metrics[m], k, lk, best);
      tex_text(d->tex, verdict);
      fputs(" \\\\\n", d->tex);
    }
  fputs("\n", d->md);
  fputs("\\hline\\end{tabular}\\end{center}\n", d->tex);
}

/* Energy per operation from data/energy.tsv. */
static double energy(const char *op) {
  char path[1024], line[256], name[64];
  double pj = NAN, v;
  int bits;
  FILE *f;
  if (cli_find_data("data", "energy.tsv", path, sizeof path) || !(f = fopen(path, "r"))) return NAN;
  while (fgets(line, sizeof line, f))
    if (line[0] != '#' && sscanf(line, "%63s %d %lf", name, &bits, &v) == 3 && !strcmp(name, op)) pj = v;
  fclose(f);
  return pj;
}

static void claim_energy(doc *d) {
  double fm = energy("fp32-mul"), fa = energy("fp32-add"), ia = energy("int32-add");
  double hm = energy("fp16-mul"), ha = energy("fp16-add"), i8a = energy("int8-add");
  if (isnan(fm) || isnan(ia)) {
    para(d, "Not evaluated: data/energy.tsv was not found.");
    return;
  }
  para(d, "From data/energy.tsv (Horowitz, ISSCC 2014, 45 nm): an fp32 multiply costs %g pJ and an "
       "int32 add %g pJ, so replacing the multiply of an element-wise product by an integer add saves "
       "1 - %g/%g = %.1f%% (the paper: about 95%%). A dot-product step is a multiply and an add: "
       "fp32 %g + %g pJ against L-Mul's int32 add plus the fp32 accumulate, %g + %g pJ, a saving of "
       "%.1f%% (the paper: about 80%%). At 16 bits: fp16 multiply %g pJ against an int8 add %g pJ "
       "(the table has no int16 add; int8 is a lower bound) saves %.1f%% element-wise; with the fp16 add "
       "(%g pJ) accumulating, %.1f%% per dot-product step. Verdict: the 95%% / 80%% figures are "
       "consistent with this table for fp32 (%.0f%% / %.0f%%); they count the multiplier only, not "
       "operand movement, which dominates energy in practice.",
       fm, ia, ia, fm, 100 * (1 - ia / fm), fm, fa, ia, fa, 100 * (1 - (ia + fa) / (fm + fa)), hm, i8a,
       100 * (1 - i8a / hm), ha, 100 * (1 - (i8a + ha) / (hm + ha)), 100 * (1 - ia / fm),
       100 * (1 - (ia + fa) / (fm + fa)));
}

static int theory_rows(sqlite3 *h) {
  sqlite3_stmt *st;
  int n = 0;
  if (sqlite3_prepare_v2(h, "SELECT count(*) FROM results WHERE kind = 'expected'", -1, &st, NULL) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    n = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  return n;
}

static void provenance(doc *d, sqlite3 *h, const char *dbpath) {
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(h, "SELECT count(*), min(started), max(finished), group_concat(DISTINCT mulerr_version), "
                         "group_concat(DISTINCT git_revision), group_concat(DISTINCT library_versions), "
                         "group_concat(DISTINCT seed) FROM runs", -1, &st, NULL) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    para(d, "Database %s: %d runs from %s to %s; mulerr %s (git %s); %s; seeds %s.", dbpath,
         sqlite3_column_int(st, 0), sqlite3_column_text(st, 1) ? (const char *)sqlite3_column_text(st, 1) : "-",
         sqlite3_column_text(st, 2) ? (const char *)sqlite3_column_text(st, 2) : "-",
         sqlite3_column_text(st, 3) ? (const char *)sqlite3_column_text(st, 3) : "-",
         sqlite3_column_text(st, 4) ? (const char *)sqlite3_column_text(st, 4) : "-",
         sqlite3_column_text(st, 5) ? (const char *)sqlite3_column_text(st, 5) : "-",
         sqlite3_column_text(st, 6) ? (const char *)sqlite3_column_text(st, 6) : "-");
  }
  sqlite3_finalize(st);
}

/* The points of the latest batch of a model experiment ?1 (table model_results), as r. */
#define MODEL_POINTS                                                                             \
  "WITH pts AS (SELECT point_key FROM experiment_points WHERE experiment = ?1 AND batch = "       \
  "(SELECT max(batch) FROM experiment_points WHERE experiment = ?1)), "                          \
  "r AS (SELECT model_results.* FROM model_results JOIN pts USING (point_key)) "

static int has_experiment(sqlite3 *h, const char *experiment) {
  sqlite3_stmt *st;
  int has = 0;
  if (sqlite3_prepare_v2(h, "SELECT 1 FROM experiment_points WHERE experiment = ?1", -1, &st, NULL) == SQLITE_OK) {
    sqlite3_bind_text(st, 1, experiment, -1, SQLITE_STATIC);
    has = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
  }
  return has;
}

/* The paper's in-model claim, judged on stories260K (experiments model-quality and
 * attention-grid; nothing when neither ran). */
static int claim_model(doc *d, sqlite3 *h) {
  const int quality = has_experiment(h, "model-quality"), grid = has_experiment(h, "attention-grid");
  sqlite3_stmt *st;
  if (!quality && !grid) return 0;
  heading(d, 1, "In a real model: stories260K");
  {
    long docs = 0, tokens = 0;
    if (sqlite3_prepare_v2(h, MODEL_POINTS "SELECT docs, tokens FROM r LIMIT 1", -1, &st, NULL) == SQLITE_OK) {
      sqlite3_bind_text(st, 1, quality ? "model-quality" : "attention-grid", -1, SQLITE_STATIC);
      if (sqlite3_step(st) == SQLITE_ROW) docs = sqlite3_column_int(st, 0), tokens = sqlite3_column_int(st, 1);
      sqlite3_finalize(st);
    }
    para(d, "mulerr model runs TinyStories-260K (Karpathy's stories260K: dim 64, 5 layers, 8 heads, 4 KV heads, "
         "vocabulary 512; 260,032 weights) in binary64 and replaces every product at a site by the method: "
         "operands rounded to fp32, then the method, the products of each dot product summed in binary32. "
         "Text: the first %ld document(s) (lines) of data/tinystories-sample.txt, each BOS + its tokens, %ld "
         "predicted tokens; perplexity = exp(mean negative log-likelihood), KL = mean KL(reference || "
         "approximate) of the next-token distributions, top-1 = fraction of predictions whose argmax agrees "
         "with the binary64 reference. Caveat: this model is about 30,000 times smaller than the paper's "
         "7B-parameter models and is measured on little text; its losses are the same kind of measurement, "
         "not a prediction of a large model's.", docs, tokens);
  }
  if (quality) {
    if (sqlite3_prepare_v2(h, MODEL_POINTS "SELECT k, 100 * (perplexity / ref_perplexity - 1), 100 * (1 - top1), kl "
                           "FROM r WHERE method = 'lmul' AND site = 'attn' AND k IN (3, 4) ORDER BY k", -1, &st, NULL) == SQLITE_OK) {
      sqlite3_bind_text(st, 1, "model-quality", -1, SQLITE_STATIC);
      while (sqlite3_step(st) == SQLITE_ROW) {
        const double dp = sqlite3_column_double(st, 1), dt = sqlite3_column_double(st, 2);
        para(d, "Claim: 'L-Mul in attention costs about 0.07%% of accuracy'. With L-Mul at k = %d (l(k)) on every "
             "product of the attention (Q.K^T and P.V), perplexity changes by %+.3g%% against the binary64 "
             "reference, %.3g%% of the next-token argmaxes change, mean KL %.3g nats: %s on this model.",
             sqlite3_column_int(st, 0), dp, dt, sqlite3_column_double(st, 3),
             fabs(dp) <= 0.07 && dt <= 0.07 ? "consistent with the claim" : "far above 0.07%, so not supported");
      }
      sqlite3_finalize(st);
    }
    if (sql_table(d, h, MODEL_POINTS "SELECT method, coalesce(format, '') AS format, CASE WHEN method IN ('lmul', "
                  "'lmul-eq1', 'mitchell') THEN k ELSE '' END AS k, site, 100 * (perplexity / ref_perplexity - 1) "
                  "AS ppl_change_pct, kl, top1, attn_rel_mse, greedy FROM r ORDER BY method, format, k, "
                  "CASE site WHEN 'attn' THEN 0 WHEN 'linear' THEN 1 ELSE 2 END", "model-quality"))
      return 1;
    figure(d, "model-quality", "Mean next-token KL of stories260K against its binary64 reference, per method and site.");
  }
  if (grid) {
    para(d, "The paper's Figure 3 quantity inside the model: the mean squared error of the attention output "
         "(the heads' concatenated output before the output projection, averaged over the 5 layers) with "
         "L-Mul at site attn, over the (k, l) grid, against fp8 e4m3fn and e5m2 at the same site.");
    if (sql_table(d, h, MODEL_POINTS "SELECT method, coalesce(format, '') AS format, k, l, attn_mse, attn_rel_mse, "
                  "100 * (perplexity / ref_perplexity - 1) AS ppl_change_pct, top1 FROM r WHERE format IS NOT NULL "
                  "OR l = CASE WHEN k <= 3 THEN k WHEN k = 4 THEN 3 ELSE 4 END ORDER BY method, k", "attention-grid"))
      return 1;
    figure(d, "attention-grid", "Attention-output MSE of stories260K with L-Mul in attention over (k, l).");
  }
  return 0;
}

static int write_report(sqlite3 *h, const char *dbpath, doc *d) {
  const char *const uniform = "offset-grid", *const weights = "fp8-vs-lmul";
  int nth = theory_rows(h);
  fputs("# Reproduction report: the error claims of *Addition is All You Need for Energy-efficient "
        "Language Models* (Luo & Sun, arXiv 2410.00907)\n\n", d->md);
  fputs("\\documentclass[10pt]{article}\n\\usepackage[margin=2cm]{geometry}\n\\usepackage{graphicx}\n\\usepackage{array}\n"
        "\\usepackage[T1]{fontenc}\n\\IfFileExists{lmodern.sty}{\\usepackage{lmodern}}{}\n\\title{Reproduction report: the error claims of \\emph{Addition is All You "
        "Need for Energy-efficient Language Models} (Luo \\& Sun, arXiv 2410.00907)}\n\\author{generated by mulerr "
        "report}\n\\date{}\n\\begin{document}\n\\maketitle\n", d->tex);
  para(d, "Every number below is generated by mulerr from its results database; every table gives the "
       "SQL that produced it, so 'mulerr query' on the same database prints the same numbers (with all "
       "digits). Errors are e = approximate - exact with the exact product computed exactly; mre is the "
       "mean |e / exact|, mse the mean e^2, mae the mean |e|; '±' is one standard error. L-Mul operands "
       "are truncated to k mantissa bits and use the paper's offset l(k) = k (k <= 3), 3 (k = 4), 4 (k > 4). "
       "Variants: lmul is the integer-adder form (a mantissa carry flows into the exponent), lmul-eq1 the "
       "paper's Equation 1 taken literally, mitchell L-Mul without the offset.");
  provenance(d, h, dbpath);

  heading(d, 1, "Claim 1: 3-bit L-Mul is more accurate than fp8 e5m2");
  para(d, "On uniform mantissas (experiment %s) and on weight-like operands (experiment %s):", uniform, weights);
  claim_fp8(d, h, uniform, 3, "e5m2", 0);
  claim_fp8(d, h, weights, 3, "e5m2", 0);
  heading(d, 1, "Claim 2: 4-bit L-Mul matches fp8 e4m3");
  claim_fp8(d, h, uniform, 4, "e4m3fn", 1);
  claim_fp8(d, h, weights, 4, "e4m3fn", 1);
  para(d, "Where the verdict differs between rows, it depends on the variant, the metric or the operand "
       "distribution: read the claim as holding only for the rows that say so.");
  figure(d, "fp8-vs-lmul", "L-Mul and Mitchell at each k against fp8 e4m3fn and e5m2 on the same operands.");

  heading(d, 1, "Claim 3: the expected-error analysis agrees with experiment");
  if (nth == 0)
    para(d, "Not evaluated: the database holds no expected-error rows (kind = 'expected'). The figure "
         "shows the sampled errors only.");
  else {
    sqlite3_stmt *st;
    int n = 0, within = 0, metricsn = 0;
    /* every metric with a standard error: bias, mae, mse, mre of each sampled point */
    if (sqlite3_prepare_v2(h, "SELECT abs(s.bias - e.bias) <= 4 * s.bias_se, abs(s.mae - e.mae) <= 4 * s.mae_se, "
                           "abs(s.mse - e.mse) <= 4 * s.mse_se, abs(s.mre - e.mre) <= 4 * s.mre_se FROM results s "
                           "JOIN results e ON e.point_key = s.point_key AND e.kind = 'expected' AND s.kind = 'sampled'",
                           -1, &st, NULL) == SQLITE_OK) {
      while (sqlite3_step(st) == SQLITE_ROW) {
        int j;
        n++;
        for (j = 0; j < 4; j++) metricsn++, within += sqlite3_column_int(st, j);
      }
      sqlite3_finalize(st);
    }
    para(d, "%d sampled points have an exact expectation beside them; %d of their %d metrics (bias, mae, mse, "
         "mre) lie within 4 standard errors of it. Verdict: %s. Expected values come from exact enumeration "
         "over all 4^m operand pairs (m = 7, 10), or from closed forms and the m -> infinity integral (m = 23); "
         "the reference column says which. The mean |relative error| of each point:",
         n, within, metricsn, n == 0 ? "not evaluated" : within == metricsn ? "holds"
         : within >= metricsn - metricsn / 1000 - 1 ? "holds (the few outliers are what 4-se bounds allow by chance)" : "fails");
    sql_table(d, h, "SELECT s.method, s.source, s.k, s.l, s.rounding, s.mre AS sampled, s.mre_se AS se, e.mre AS expected, "
                    "round((s.mre - e.mre) / s.mre_se, 2) AS z, e.reference AS how FROM results s JOIN results e ON "
                    "e.point_key = s.point_key AND e.kind = 'expected' AND s.kind = 'sampled' "
                    "ORDER BY s.method, s.source, s.rounding, s.k", NULL);
  }
  figure(d, "theory-vs-sampled", "Mean |relative error| against k on uniform mantissas for m = 7, 10, 23.");

  heading(d, 1, "Claim 4: l(k) is the right offset");
  para(d, "For each k, the offset l in 1..8 with the smallest error on uniform mantissas (experiment offset-grid):");
  claim_offset(d, h);
  figure(d, "offset-grid", "L-Mul error over the (k, l) grid; cells marked against fp8 e4m3fn and e5m2.");

  heading(d, 1, "Claim 5: the energy savings");
  claim_energy(d);

  heading(d, 1, "Exact all-pairs errors of every 8-bit layout");
  sql_table(d, h, POINTS "SELECT method, source AS layout, k, l, n, err_prob, mae, mre, mse, ned FROM r ORDER BY method, source",
            "fp8-layouts-exhaustive");
  figure(d, "fp8-layouts-exhaustive", "Exact mean |relative error| per 8-bit layout.");

  heading(d, 1, "Equal storage bits");
  sql_table(d, h, POINTS "SELECT method, coalesce(format, '') AS format, k, l, params, dist, n, mre, mre_se, mse FROM r ORDER BY method, k",
            "equal-bits");

  if (claim_model(d, h)) return 1;

  heading(d, 1, "How to reproduce");
  code(d, "./setup.sh run            # or: mulerr reproduce\nmulerr query results.db --report summary --csv");
  fputs("\\end{document}\n", d->tex);
  return 0;
}

int mulerr_write_report(const char *dbpath, const char *outdir) {
  mulerr_db *db;
  doc d;
  char md[1200], tex[1200];
  int rc;
  struct stat sb;
  if (mulerr_db_open_readonly(dbpath, &db) != MULERR_OK) return failure("report", "%s", mulerr_errmsg());
  mkdir(outdir, 0777);
  snprintf(md, sizeof md, "%s/report.md", outdir);
  snprintf(tex, sizeof tex, "%s/report.tex", outdir);
  d.md = fopen(md, "w");
  d.tex = fopen(tex, "w");
  if (!d.md || !d.tex) {
    if (d.md) fclose(d.md);
    if (d.tex) fclose(d.tex);
    mulerr_db_close(db);
    return failure("report", "%s: cannot write the report", outdir);
  }
  rc = write_report(mulerr_db_handle(db), dbpath, &d);
  if ((fclose(d.md) | fclose(d.tex)) != 0 && !rc) rc = failure("report", "%s: write failed", outdir);
  mulerr_db_close(db);
  if (rc) return rc;
  printf("%s %s\n", md, tex);
  if (system("command -v pdflatex >/dev/null 2>&1") == 0) {
    char cmd[2600];
    snprintf(cmd, sizeof cmd, "cd '%s' && pdflatex -interaction=nonstopmode -halt-on-error report.tex >report.log 2>&1", outdir);
    if (system(cmd) == 0 && (snprintf(cmd, sizeof cmd, "%s/report.pdf", outdir), stat(cmd, &sb) == 0))
      printf("%s\n", cmd);
    else
      fprintf(stderr, "mulerr report: pdflatex failed (see %s/report.log); the Markdown report is complete\n", outdir);
  }
  return 0;
}

int cmd_report(int argc, char **argv) {
  enum { OPT_DB = 256 };
  static const struct option longopts[] = {{"db", required_argument, NULL, OPT_DB},
                                           {"out", required_argument, NULL, 'o'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  const char *db = "results.db", *out = "paper";
  int c;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
    switch (c) {
    case OPT_DB: db = optarg; break;
    case 'o': out = optarg; break;
    default: return bad_option("report", c, argv);
    }
  }
  if (optind < argc) return usage_error("report", "unexpected argument '%s'", argv[optind]);
  return mulerr_write_report(db, out);
}
