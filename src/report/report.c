/* report.c — the reproduction report (`mulerr report`): the L-Mul paper's error claims,
 * claim by claim, from the results database alone, as Markdown and LaTeX side by side.  Every
 * table is an SQL query over the view latest_points (the points of each experiment's latest
 * batch) printed beside its table.  The command line (src/cli/cmd_report.c) opens the files,
 * renames them into place and runs pdflatex. */
#include "config.h"
#include "internal.h"
#include "report/report.h"
#include "theory.h"

#include <errno.h>
#include <math.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "mulerr report: message" on stderr (the report goes on past a failed table); returns 1. */
static int report_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int report_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("mulerr report: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  return 1;
}

/* ------------------------------------------------------------- two outputs */

typedef struct doc {
  FILE *md, *tex;
  const char *table4; /* data/lmul-table4.tsv, or NULL */
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
  if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK) return report_error("query failed: %s", sqlite3_errmsg(h));
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
  if (rc != SQLITE_DONE) return report_error("query failed: %s", sqlite3_errmsg(h));
  fprintf(d->md, "<sub>%d rows; SQL: `%s`%s%s</sub>\n\n", rows, sql, bind ? " with ?1 = " : "", bind ? bind : "");
  fputs("{\\scriptsize SQL: \\texttt{", d->tex);
  tex_text(d->tex, sql);
  fputs("}}\n\n", d->tex);
  return 0;
}

/* ------------------------------------------------------------- the numbers */

/* The points of the latest batch of experiment ?1 (as in mulerr plot). */
#define POINTS "WITH r AS (SELECT * FROM latest_points WHERE experiment = ?1 AND kind != 'expected') "

/* A mean with its standard error, its point's median (NaN if not stored) and whether the mean
 * is stable enough to rank (see STABILITY). */
typedef struct value { double v, se; int found; double median; int unstable; } value;

/* The stability check of a sampled mean, in SQL over one point's row: the mean is UNSTABLE if
 * its largest single term is more than 1% of the sum (maxre / (n_rel mre), max_abs / (n mae),
 * max_abs^2 / (n mse)): one pair in a hundred thousand then moves it visibly, the mark of a
 * heavy tail whose mean has not settled; or if the means of the first and second half of the
 * point's blocks differ by more than 4 standard errors of their difference (2 se of the whole,
 * each half having sqrt(2) se).  Exhaustive points (se 0) are exact means, always stable. */
#define STABILITY_SQL(m, share, half)                                                            \
  "(" m "_se > 0 AND ((" share ") > 0.01 OR coalesce(abs(" half ") > 8 * " m "_se, 0)))"

static const char *stability_sql(const char *m) {
  if (!strcmp(m, "mre")) return STABILITY_SQL("mre", "maxre / (n_rel * mre)", "mre_h1 - mre_h2");
  if (!strcmp(m, "mae")) return STABILITY_SQL("mae", "max_abs / (n * mae)", "mae_h1 - mae_h2");
  if (!strcmp(m, "mse")) return STABILITY_SQL("mse", "max_abs * max_abs / (n * mse)", "NULL");
  return "0";
}

static const char *median_sql(const char *m) {
  return !strcmp(m, "mre") ? "r_p50" : !strcmp(m, "mae") ? "e_p50" : !strcmp(m, "mse") ? "e_p50 * e_p50" : "NULL";
}

/* One metric of one point of an experiment's latest batch, selected by a WHERE clause. */
static value metric(sqlite3 *h, const char *experiment, const char *metric_name, const char *where,
                    const char *dist) {
  char sql[2048];
  sqlite3_stmt *st;
  value out = {NAN, NAN, 0, NAN, 0};
  snprintf(sql, sizeof sql, POINTS "SELECT %s, %s_se, %s, %s FROM r WHERE %s LIMIT 1", metric_name, metric_name,
           median_sql(metric_name), stability_sql(metric_name), where);
  if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK) return out;
  sqlite3_bind_text(st, 1, experiment, -1, SQLITE_STATIC);
  if (dist) sqlite3_bind_text(st, 2, dist, -1, SQLITE_STATIC);
  if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
    out.v = sqlite3_column_double(st, 0);
    out.se = sqlite3_column_type(st, 1) == SQLITE_NULL ? 0 : sqlite3_column_double(st, 1);
    out.median = sqlite3_column_type(st, 2) == SQLITE_NULL ? NAN : sqlite3_column_double(st, 2);
    out.unstable = sqlite3_column_int(st, 3);
    out.found = 1;
  }
  sqlite3_finalize(st);
  return out;
}

/* One column (no standard error) of one point of an experiment's latest batch. */
static value metric_noerr(sqlite3 *h, const char *experiment, const char *col, const char *where, const char *arg) {
  char sql[2048];
  sqlite3_stmt *st;
  value out = {NAN, NAN, 0, NAN, 0};
  snprintf(sql, sizeof sql, POINTS "SELECT %s FROM r WHERE %s LIMIT 1", col, where);
  if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK) return out;
  sqlite3_bind_text(st, 1, experiment, -1, SQLITE_STATIC);
  if (arg) sqlite3_bind_text(st, 2, arg, -1, SQLITE_STATIC);
  if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
    out.v = sqlite3_column_double(st, 0), out.se = 0, out.found = 1;
  sqlite3_finalize(st);
  return out;
}

static const char *beats(value a, value b) {
  double s = 2 * sqrt(a.se * a.se + b.se * b.se);
  if (!a.found || !b.found) return "not measured";
  if (a.unstable || b.unstable) return "not ranked: unstable mean";
  if (a.v < b.v - s) return "holds";
  if (a.v > b.v + s) return "fails";
  return "inconclusive";
}

static const char *matches(value a, value b) {
  double s = 2 * sqrt(a.se * a.se + b.se * b.se);
  if (!a.found || !b.found) return "not measured";
  if (a.unstable || b.unstable) return "not ranked: unstable mean";
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

/* The verdict summary: every verdict the report writes, counted by (claim, variant, data);
 * printed at the top as one line per key. */
typedef struct verdict_key {
  char claim[64], variant[16], data[48];
  int holds, fails, other, unstable;
} verdict_key;
static verdict_key verdicts[256];
static int nverdicts;

static void record_verdict(const char *claim, const char *variant, const char *data, const char *verdict) {
  int i;
  for (i = 0; i < nverdicts; i++)
    if (!strcmp(verdicts[i].claim, claim) && !strcmp(verdicts[i].variant, variant) && !strcmp(verdicts[i].data, data)) break;
  if (i == nverdicts) {
    if (nverdicts == (int)(sizeof verdicts / sizeof *verdicts)) return;
    memset(&verdicts[i], 0, sizeof verdicts[i]);
    snprintf(verdicts[i].claim, sizeof verdicts[i].claim, "%s", claim);
    snprintf(verdicts[i].variant, sizeof verdicts[i].variant, "%s", variant);
    snprintf(verdicts[i].data, sizeof verdicts[i].data, "%s", data);
    nverdicts++;
  }
  if (!strncmp(verdict, "holds", 5)) verdicts[i].holds++;
  else if (!strncmp(verdict, "fails", 5)) verdicts[i].fails++;
  else if (strstr(verdict, "unstable")) verdicts[i].unstable++;
  else verdicts[i].other++;
}

/* The data label of a distribution: uniform mantissas, a model's file, or pooled. */
static void data_label(const char *dist, char *out, size_t len) {
  char buf[512], *p;
  if (!strcmp(dist, "uniform-mantissa")) {
    snprintf(out, len, "uniform mantissas");
    return;
  }
  if (strchr(dist, '+')) {
    snprintf(out, len, "pooled models");
    return;
  }
  if (!strncmp(dist, "activations:", 12)) { /* the real pairs of one site of a captured model */
    const char *site = strstr(dist, ":site=");
    site = site ? site + 6 : "";
    snprintf(out, len, "%s", !strncmp(site, "attn-score", 10) ? "real q x k pairs"
                             : !strncmp(site, "attn-value", 10) ? "real p x v pairs"
                             : !strncmp(site, "linear", 6) ? "real activation x weight pairs" : "real pairs");
    return;
  }
  shorten(dist, buf, sizeof buf);
  p = strncmp(buf, "weights:", 8) ? buf : buf + 8;
  p[strcspn(p, ":")] = 0;
  snprintf(out, len, "%.47s", p);
}

static const char *const metrics[] = {"mre", "mse", "mae"};
static const char *const variants[] = {"lmul", "lmul-eq1", "mitchell"};

/* Claims 1 and 2 on one experiment (uniform or weights): a table of verdicts. */
static void claim_fp8(doc *d, sqlite3 *h, const char *experiment, int k, const char *fp8, int match, const char *fp8_scale) {
  const int ablation = !strcmp(fp8_scale, "none") && strcmp(experiment, "offset-grid");
  char dists[16][512], where[1400];
  int nd = distinct(h, experiment, "dist", strcmp(experiment, "offset-grid") ? "format IS NULL AND method = 'lmul'"
                   : "format IS NULL AND method = 'lmul' AND dist = 'uniform-mantissa'", dists, 16), i, v, m;
  for (i = 0; i < nd; i++) {
    char label[64], title[256];
    data_label(dists[i], label, sizeof label);
    snprintf(title, sizeof title, "Claim %d%s, %s%s", k == 3 ? 1 : 2, ablation ? " (ablation)" : "",
             !strcmp(label, "uniform mantissas") ? "uniform mantissas" : label,
             !strcmp(label, "uniform mantissas") || !strncmp(label, "real ", 5) ? "" : " (weight x weight products)");
    heading(d, 2, title);
    fprintf(d->md, "| distribution | variant | metric | L-Mul k=%d | fp8 %s%s | verdict |\n|---|---|---|---:|---:|---|\n", k, fp8,
            !strcmp(fp8_scale, "none") ? (ablation ? " UNSCALED (ablation)" : "")
            : !strcmp(experiment, "real-operands") ? " scaled per sample block" : " scaled per tensor");
    fprintf(d->tex, "\\begin{center}\\scriptsize\\begin{tabular}{>{\\raggedright\\arraybackslash}p{5.2cm}llrrl}\\hline distribution & variant & metric & L-Mul k=%d & fp8 %s & verdict \\\\ \\hline\n", k, fp8);
    for (v = 0; v < 3; v++)
      for (m = 0; m < 3; m++) {
        value a, b;
        const char *verdict;
        if (!strcmp(variants[v], "mitchell"))
          snprintf(where, sizeof where, "method = 'mitchell' AND k = %d AND dist = ?2", k);
        else
          snprintf(where, sizeof where, "method = '%s' AND k = %d AND format IS NULL AND dist = ?2 AND "
                   "l = mulerr_default_l(k)", variants[v], k);
        a = metric(h, experiment, metrics[m], where, dists[i]);
        if (!a.found) continue;
        snprintf(where, sizeof where, "method = 'float' AND format = '%s' AND dist = ?2 AND scale = '%s'", fp8, fp8_scale);
        b = metric(h, experiment, metrics[m], where, dists[i]);
        if (!b.found) continue;
        verdict = match ? matches(a, b) : beats(a, b);
        record_verdict(k == 3 ? (ablation ? "1 (ablation: fp8 unscaled)" : "1: 3-bit L-Mul beats fp8 e5m2")
                              : (ablation ? "2 (ablation: fp8 unscaled)" : "2: 4-bit L-Mul matches fp8 e4m3"),
                       variants[v], label, verdict);
        fputs("| ", d->md);
        md_cell(d->md, dists[i]);
        fprintf(d->md, " | %s | %s | %.4g ± %.2g%s (median %.3g) | %.4g ± %.2g%s (median %.3g) | %s |\n", variants[v], metrics[m],
                a.v, a.se, a.unstable ? " UNSTABLE" : "", a.median, b.v, b.se, b.unstable ? " UNSTABLE" : "", b.median, verdict);
        tex_cell(d->tex, dists[i]);
        fprintf(d->tex, " & %s & %s & %.4g $\\pm$ %.2g%s (median %.3g) & %.4g $\\pm$ %.2g%s (median %.3g) & ", variants[v], metrics[m],
                a.v, a.se, a.unstable ? " UNSTABLE" : "", a.median, b.v, b.se, b.unstable ? " UNSTABLE" : "", b.median);
        tex_text(d->tex, verdict);
        fputs(" \\\\\n", d->tex);
      }
    fputs("\n", d->md);
    fputs("\\hline\\end{tabular}\\end{center}\n", d->tex);
  }
}

/* Claim 4: the best l for each k on the offset grid of one variant, per metric and per
 * distribution of the grid (uniform mantissas, and the real weights). */
static void claim_offset(doc *d, sqlite3 *h, const char *variant, const char *dist_where, const char *dist_label) {
  int m, k;
  fputs("| metric | k | paper's l(k) | best l | verdict |\n|---|---:|---:|---:|---|\n", d->md);
  fputs("\\begin{center}\\small\\begin{tabular}{lrrrl}\\hline metric & k & l(k) & best l & verdict \\\\ \\hline\n", d->tex);
  for (m = 0; m < 2; m++)
    for (k = 1; k <= 8; k++) {
      char where[256];
      int l, best = 0, lk = mulerr_lmul_default_l(k);
      value vb = {INFINITY, 0, 0, NAN, 0}, vk;
      const char *verdict;
      int unstable = 0;
      for (l = 1; l <= 8; l++) {
        value v;
        snprintf(where, sizeof where, "method = '%s' AND %s AND k = %d AND l = %d", variant, dist_where, k, l);
        v = metric(h, "offset-grid", metrics[m], where, NULL);
        if (v.found && v.v < vb.v) vb = v, best = l;
        unstable |= v.found && v.unstable;
      }
      if (!best) continue;
      snprintf(where, sizeof where, "method = '%s' AND %s AND k = %d AND l = %d", variant, dist_where, k, lk);
      vk = metric(h, "offset-grid", metrics[m], where, NULL);
      verdict = unstable ? "not ranked: unstable mean"
                : best == lk ? "holds" : vk.found && vk.v <= vb.v + 2 * sqrt(vk.se * vk.se + vb.se * vb.se) ? "holds (tie within 2 se)" : "fails";
      record_verdict("4: l(k) is the best offset", variant, dist_label, verdict);
      fprintf(d->md, "| %s | %d | %d | %d | %s |\n", metrics[m], k, lk, best, verdict);
      fprintf(d->tex, "%s & %d & %d & %d & ", metrics[m], k, lk, best);
      tex_text(d->tex, verdict);
      fputs(" \\\\\n", d->tex);
    }
  fputs("\n", d->md);
  fputs("\\hline\\end{tabular}\\end{center}\n", d->tex);
}

/* Energy per operation from table energy (data/energy.tsv, mulerr_energy_load). */
static double energy(sqlite3 *h, const char *op) {
  sqlite3_stmt *st;
  double pj = NAN;
  if (sqlite3_prepare_v2(h, "SELECT pj FROM temp.energy WHERE op = ?1", -1, &st, NULL) != SQLITE_OK) return NAN;
  sqlite3_bind_text(st, 1, op, -1, SQLITE_STATIC);
  if (sqlite3_step(st) == SQLITE_ROW) pj = sqlite3_column_double(st, 0);
  sqlite3_finalize(st);
  return pj;
}

static void claim_energy(doc *d, sqlite3 *h) {
  double fm = energy(h, "fp32-mul"), fa = energy(h, "fp32-add"), ia = energy(h, "int32-add");
  double hm = energy(h, "fp16-mul"), ha = energy(h, "fp16-add"), i8a = energy(h, "int16-add");
  if (isnan(fm) || isnan(ia)) {
    para(d, "Not evaluated: data/energy.tsv was not found.");
    return;
  }
  para(d, "From data/energy.tsv (Horowitz, ISSCC 2014, 45 nm): an fp32 multiply costs %g pJ and an "
       "int32 add %g pJ, so replacing the multiply of an element-wise product by an integer add saves "
       "1 - %g/%g = %.1f%% (the paper: about 95%%). A dot-product step is a multiply and an add: "
       "fp32 %g + %g pJ against L-Mul's int32 add plus the fp32 accumulate, %g + %g pJ, a saving of "
       "%.1f%% (the paper: about 80%%). At 16 bits: fp16 multiply %g pJ against an int16 add %g pJ "
       "(not in Horowitz's table: data/energy.tsv's estimate, half the int32 add) saves %.1f%% element-wise; with the fp16 add "
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

/* ------------------------------------------- science sections (issue 12) */

/* One metric of the expected (kind = 'expected') or sampled row of a uniform-mantissa point:
 * method, source, k, truncated operands, the paper's l(k) for the L-Mul forms. */
static value point_metric(sqlite3 *h, const char *kind, const char *method, const char *source, int k,
                          const char *metric_name) {
  char sql[1024];
  sqlite3_stmt *st;
  value out = {NAN, NAN, 0, NAN, 0};
  snprintf(sql, sizeof sql, "SELECT %s, %s FROM results WHERE kind = ?1 AND method = ?2 AND source = ?3 AND k = ?4 "
           "AND format IS NULL AND rounding = 'trunc' AND dist = 'uniform-mantissa' AND "
           "(method NOT IN ('lmul', 'lmul-eq1') OR l = mulerr_default_l(k)) "
           "ORDER BY id DESC LIMIT 1", metric_name, !strcmp(kind, "expected") ? "NULL" : "bias_se");
  if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK) return out;
  sqlite3_bind_text(st, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, 2, method, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, 3, source, -1, SQLITE_STATIC);
  sqlite3_bind_int(st, 4, k);
  if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
    out.v = sqlite3_column_double(st, 0);
    out.se = sqlite3_column_type(st, 1) == SQLITE_NULL ? 0 : sqlite3_column_double(st, 1);
    out.found = 1;
  }
  sqlite3_finalize(st);
  return out;
}

static void cell_md_tex(doc *d, const char *text, int last) {
  fprintf(d->md, " %s |", text);
  tex_text(d->tex, text);
  fputs(last ? " \\\n" : " & ", d->tex);
}

/* Claim 3 (b): the paper's reconstructed formula beside each variant's exact expectation and
 * sampled mean error, in the paper's sign convention (exact - approx, i.e. -bias). */
static void paper_formula(doc *d, sqlite3 *h) {
  static const char *const sources[] = {"bf16", "fp16", "fp32"};
  static const char *const head[] = {"m", "k", "l(k)", "paper f1+f2", "lmul-eq1 -E[e]", "lmul-eq1 -bias sampled",
                                     "lmul -E[e]", "mitchell -E[e]", "paper f1", "float trunc -E[e]",
                                     "lmul-eq1 mae", "formula is"};
  const int ncol = (int)(sizeof head / sizeof *head);
  int si, k, i, rows = 0, match_eq1 = 0, match_lmul = 0, match_float = 0;
  double f3 = NAN, f2b = NAN, ae3 = NAN;
  fputs("|", d->md);
  fputs("\\begin{center}\\scriptsize\\begin{tabular}{rrrrrrrrrrrl}\\hline ", d->tex);
  for (i = 0; i < ncol; i++) cell_md_tex(d, head[i], i == ncol - 1);
  fputs("\n|", d->md);
  for (i = 0; i < ncol; i++) fputs(i == ncol - 1 ? "---|" : "---:|", d->md);
  fputs("\n", d->md);
  fputs("\\hline\n", d->tex);
  for (si = 0; si < 3; si++) {
    const int m = mulerr_format_find(sources[si])->mbits;
    for (k = 1; k <= 10 && k < m; k++) {
      const int l = mulerr_lmul_default_l(k);
      const double f1 = mulerr_paper_f1(m, k), fl = f1 + mulerr_paper_f2(k, l);
      value eq1 = point_metric(h, "expected", "lmul-eq1", sources[si], k, "bias");
      value eq1s = point_metric(h, "sampled", "lmul-eq1", sources[si], k, "bias");
      value lm = point_metric(h, "expected", "lmul", sources[si], k, "bias");
      value mi = point_metric(h, "expected", "mitchell", sources[si], k, "bias");
      value tr = point_metric(h, "expected", "float", sources[si], k, "bias");
      value ae = point_metric(h, "expected", "lmul-eq1", sources[si], k, "mae");
      char c[12][64];
      const char *what;
      int is_eq1 = eq1.found && fabs(fl + eq1.v) <= 1e-12 * fabs(fl) + 1e-15;
      int is_tr = tr.found && fabs(f1 + tr.v) <= 1e-12 * f1 + 1e-15;
      if (!eq1.found && !eq1s.found) continue;
      rows += eq1.found;
      match_eq1 += is_eq1, match_float += is_tr;
      match_lmul += lm.found && fabs(fl + lm.v) <= 1e-12 * fabs(fl) + 1e-15;
      if (m == 23 && k == 3) f3 = fl, ae3 = ae.v;
      if (m == 23 && k == 2) f2b = f1;
      what = !eq1.found ? "no exact row" : is_eq1 && is_tr ? "lmul-eq1's (and f1 float's)" : is_eq1 ? "lmul-eq1's" : "none";
      snprintf(c[0], 64, "%d", m);
      snprintf(c[1], 64, "%d", k);
      snprintf(c[2], 64, "%d", l);
      snprintf(c[3], 64, "%.6g", fl);
      snprintf(c[4], 64, eq1.found ? "%.6g" : "-", -eq1.v);
      if (eq1s.found) snprintf(c[5], 64, "%.4g ± %.2g", -eq1s.v, eq1s.se);
      else snprintf(c[5], 64, "-");
      snprintf(c[6], 64, lm.found ? "%.6g" : "-", -lm.v);
      snprintf(c[7], 64, mi.found ? "%.6g" : "-", -mi.v);
      snprintf(c[8], 64, "%.6g", f1);
      snprintf(c[9], 64, tr.found ? "%.6g" : "-", -tr.v);
      snprintf(c[10], 64, ae.found ? "%.6g" : "-", ae.v);
      snprintf(c[11], 64, "%s", what);
      fputs("|", d->md);
      for (i = 0; i < ncol; i++) cell_md_tex(d, c[i], i == ncol - 1);
      fputs("\n", d->md);
    }
  }
  fputs("\n", d->md);
  fputs("\\hline\\end{tabular}\\end{center}\n", d->tex);
  record_verdict("3: the paper's expected-error formula", "lmul-eq1", "uniform mantissas",
                 rows && match_eq1 == rows ? "holds (it is this variant's)" : "fails");
  record_verdict("3: the paper's expected-error formula", "lmul", "uniform mantissas", rows && match_lmul == rows ? "holds" : "fails (not this variant's)");
  record_verdict("3: the paper's expected-error formula", "mitchell", "uniform mantissas", "fails (not this variant's)");
  para(d, "In %d of the %d rows with an exact expectation the paper's f1 + f2 equals mulerr's exact -E[e] of lmul-eq1 (to 12 digits), and in %d "
       "f1 equals the truncated float's exact -E[e]; it equals lmul's (the integer-adder form) in %d rows. "
       "Verdict: the paper's analysis describes the signed mean error of Equation 1 taken literally (lmul-eq1) "
       "and of the truncated float; it does not describe lmul, whose carry into the exponent changes the mean "
       "error, nor Mitchell's multiply, nor any mean |error|. Its comparison is of signed means: at m = 23 "
       "L-Mul k = 3 has E[exact - approx] = %.4g against %.4g for the k = 2 truncated float, but lmul-eq1's "
       "mean |error| at k = 3 is %.4g, and the float's error has one sign (its mean |error| equals f1) while "
       "L-Mul's does not; the mean-|error| and relative-error comparisons are those of Claims 1 and 2.",
       match_eq1, rows, match_float, match_lmul, f3, f2b, ae3);
}

/* Does v, rounded as the published text p is printed, give p's value?  p's precision is what
 * its digits say: in exponent form ("2.1e15", "2e33") its significant digits, else its
 * decimal places ("0.001", "90.7", "141": the table prints fixed-point numbers to a number
 * of decimals, so "0.001" means [0.0005, 0.0015)). */
static int same_at_precision(double v, const char *p) {
  char a[64], b[64];
  const char *e = strpbrk(p, "eE"), *dot = strchr(p, '.'), *s;
  int n = 0;
  if (e) { /* significant digits of the mantissa */
    int lead = 1;
    for (s = p; s < e; s++)
      if (*s >= '0' && *s <= '9' && !(*s == '0' && lead)) lead = 0, n++;
    if (n < 1) n = 1;
    snprintf(a, sizeof a, "%.*e", n - 1, v);
    snprintf(b, sizeof b, "%.*e", n - 1, strtod(p, NULL));
  } else {
    if (dot) n = (int)strspn(dot + 1, "0123456789");
    snprintf(a, sizeof a, "%.*f", n, v);
    snprintf(b, sizeof b, "%.*f", n, strtod(p, NULL));
  }
  return !strcmp(a, b);
}

/* One table row given as "cell | cell | ...": a Markdown line, and the LaTeX row (cells
 * escaped, joined by &).  row is cut apart in place. */
static void row_md_tex(doc *d, char *row) {
  char *p = row, *bar;
  fprintf(d->md, "| %s |\n", row);
  while ((bar = strstr(p, " | "))) {
    *bar = 0;
    tex_text(d->tex, p);
    fputs(" & ", d->tex);
    p = bar + 3;
  }
  tex_text(d->tex, p);
  fputs(" \\\\\n", d->tex);
}

/* Published Table IV of arXiv 2412.18948 (data/lmul-table4.tsv) against the exhaustive
 * values of experiment fp8-layouts-exhaustive, cell by cell. */
static void published_table4(doc *d, sqlite3 *h) {
  char *path = NULL, line[512];
  FILE *f;
  int cells = 0, by_eq1 = 0, lineno = 0;
  char missed[512] = "";
  if (!d->table4 || !(path = strdup(d->table4)) || !(f = fopen(path, "r"))) {
    para(d, "Not evaluated: data/lmul-table4.tsv was not found.");
    free(path);
    return;
  }
  fputs("| layout | metric | published | lmul-eq1 | lmul | mitchell | reproduced by | verdict |\n"
        "|---|---|---:|---:|---:|---:|---|---|\n", d->md);
  fputs("\\begin{center}\\scriptsize\\begin{tabular}{llrrrrll}\\hline layout & metric & published & lmul-eq1 & lmul & "
        "mitchell & reproduced by & verdict \\\\ \\hline\n", d->tex);
  while (fgets(line, sizeof line, f)) {
    char paper[32], source[32], col[32], pub[32], by[64] = "", cellv[3][32], row[512];
    const char *verdict;
    int v;
    lineno++;
    if (line[0] == '#' || sscanf(line, "%31s %31s %31s %31s", paper, source, col, pub) != 4) continue;
    if (strcmp(col, "err_prob") && strcmp(col, "mae") && strcmp(col, "mre") && strcmp(col, "mse") && strcmp(col, "ned")) {
      fprintf(stderr, "mulerr report: %s:%d: unknown metric '%s' (ignored)\n", path, lineno, col);
      continue;
    }
    for (v = 0; v < 3; v++) {
      char where[256];
      value x;
      snprintf(where, sizeof where, "method = '%s' AND source = ?2", variants[v]);
      x = metric_noerr(h, "fp8-layouts-exhaustive", col, where, source);
      if (!x.found) {
        snprintf(cellv[v], sizeof cellv[v], "-");
        continue;
      }
      snprintf(cellv[v], sizeof cellv[v], "%.4g", x.v);
      if (same_at_precision(x.v, pub)) {
        if (*by) strcat(by, ", ");
        strcat(by, variants[v]);
        if (v == 1) by_eq1++;
      }
    }
    cells++;
    verdict = !strcmp(cellv[1], "-") ? "not measured" : strstr(by, "lmul-eq1") ? "reproduced (lmul-eq1)" : *by ? "reproduced by another variant only" : "differs";
    if (!strstr(by, "lmul-eq1") && strlen(missed) + strlen(paper) + strlen(col) + 4 < sizeof missed)
      snprintf(missed + strlen(missed), sizeof missed - strlen(missed), "%s%s %s", *missed ? ", " : "", paper, col);
    snprintf(row, sizeof row, "%s | %s | %s | %s | %s | %s | %s | %s", paper, col, pub, cellv[1], cellv[0], cellv[2], *by ? by : "none", verdict);
    row_md_tex(d, row);
  }
  fclose(f);
  free(path);
  fputs("\n", d->md);
  fputs("\\hline\\end{tabular}\\end{center}\n", d->tex);
  para(d, "%d of %d published cells are reproduced by mulerr's lmul-eq1 (the paper's Equation 1 taken literally, "
       "the form its Eq. 4-5 describe) at the published precision (mulerr's exact value rounded to the digits "
       "printed). %s%s%s Verdict: Table IV is L-Mul in its Equation-1 form on all positive normal encodings; "
       "it is not the integer-adder form (lmul) nor Mitchell's multiply.",
       by_eq1, cells, *missed ? "Not reproduced at the printed digits: " : "Every cell is reproduced.", missed,
       *missed ? " (mulerr's exact values are in the table; the published digit differs from the correctly "
       "rounded exact value, a difference this report cannot attribute: rounding or a definitional detail in "
       "the source)." : "");
}

/* The summary line of one (claim, variant, data) key. */
static void verdict_line(doc *d, const verdict_key *k) {
  const char *v = k->holds && !k->fails && !k->unstable && !k->other ? "holds"
                  : k->fails && !k->holds && !k->unstable && !k->other ? "fails"
                  : !k->holds && !k->fails && !k->unstable ? "not measured"
                  : k->unstable && !k->holds && !k->fails ? "not ranked (unstable means)"
                  : k->holds && !k->fails ? "holds where ranked (some means unstable or inconclusive)"
                  : !k->holds && k->fails ? "fails where ranked (some means unstable or inconclusive)"
                  : "mixed: depends on the metric";
  char row[512];
  snprintf(row, sizeof row, "%.63s | %.15s | %.47s | %.80s | %d / %d / %d / %d", k->claim, k->variant, k->data, v, k->holds,
           k->fails, k->unstable, k->other);
  row_md_tex(d, row);
}

/* Every key's line, grouped by claim: the groups in the order the report first meets them,
 * each group's lines in the order they were recorded (a claim's verdicts on the real pairs
 * come after its ablation's tables in the text, but belong beside the claim's other lines). */
static void verdict_summary(doc *d) {
  int g, i, j;
  fputs("| claim | variant | data | verdict | rows: holds / fails / unstable / other |\n|---|---|---|---|---|\n", d->md);
  fputs("\\begin{center}\\scriptsize\\begin{tabular}{lllll}\\hline claim & variant & data & verdict & holds/fails/unstable/other \\\\ \\hline\n", d->tex);
  for (g = 0; g < nverdicts; g++) {
    for (j = 0; j < g && strcmp(verdicts[j].claim, verdicts[g].claim); j++) continue;
    if (j < g) continue; /* not its claim's first line: printed with that one */
    for (i = g; i < nverdicts; i++)
      if (!strcmp(verdicts[i].claim, verdicts[g].claim)) verdict_line(d, &verdicts[i]);
  }
  fputs("\n", d->md);
  fputs("\\hline\\end{tabular}\\end{center}\n", d->tex);
}

/* The series name of a dot point of experiment dot-accumulation (SQL over table r). */
#define DOT_SERIES "CASE WHEN method = 'exact' THEN 'fp32' WHEN method = 'float' THEN format ELSE " \
                   "'lmul k=' || k END || ' x ' || accumulate || CASE WHEN promote > 0 THEN ' promote ' " \
                   "|| promote ELSE '' END"

/* Dot products: does L-Mul's error grow with K, and how does it compare with an fp8 tensor
 * core's accumulator; accumulation error alone against Higham's bounds. */
static void dot_section(doc *d, sqlite3 *h) {
  static const char *const ex = "dot-accumulation";
  static const char *const who[][2] = {
      {"L-Mul k = 3, fp32 accumulation", "method = 'lmul' AND k = 3 AND accumulate = 'fp32'"},
      {"L-Mul k = 4, fp32 accumulation", "method = 'lmul' AND k = 4 AND accumulate = 'fp32'"},
      {"fp8 e4m3fn, fixed:13 accumulator", "format = 'e4m3fn' AND accumulate = 'fixed:13' AND promote = 0"},
      {"fp8 e4m3fn, fixed:13 promoted every 128", "format = 'e4m3fn' AND accumulate = 'fixed:13' AND promote = 128"},
      {"fp8 e4m3fn, fp32 accumulation", "format = 'e4m3fn' AND accumulate = 'fp32'"},
      {"exact fp32 products, fixed:13 accumulator", "method = 'exact' AND accumulate = 'fixed:13' AND promote = 0"}};
  size_t i;
  heading(d, 1, "Dot products: multiplier x accumulator");
  if (!metric(h, ex, "cond_mre", "op = 'dot' AND length = 4096", NULL).found) {
    para(d, "Not evaluated: the database holds no points of experiment %s (mulerr run %s).", ex, ex);
    return;
  }
  para(d, "Experiment %s: dot products of length K, each of the K products by a multiplier and the "
       "products summed by an accumulator model, against the exact sum of the exact products (a "
       "superaccumulator: no rounding). Operands are normal(0, 1) fp32 values (unit scale, so fp8 formats "
       "see values in their normal range). cond_mre is the mean of |e| / sum |a_i b_i|, the relative error "
       "numerical analysts bound (Higham, ch. 3); cond_mean_rel its signed mean (a bias shows there); mre "
       "the mean |e / exact|, large where the exact sum nearly cancels. fixed:W keeps W bits below the "
       "largest exponent seen and truncates (the tensor-core model of mulerr(1)); promote 128 adds its "
       "partial sum into an fp32 total every 128 products.", ex);
  for (i = 0; i < sizeof who / sizeof *who; i++) {
    char w16[512], w4096[512];
    value a, b, bias;
    snprintf(w16, sizeof w16, "op = 'dot' AND length = 16 AND %s", who[i][1]);
    snprintf(w4096, sizeof w4096, "op = 'dot' AND length = 4096 AND %s", who[i][1]);
    a = metric(h, ex, "cond_mre", w16, NULL);
    b = metric(h, ex, "cond_mre", w4096, NULL);
    bias = metric(h, ex, "cond_mean_rel", w4096, NULL);
    if (a.found && b.found)
      para(d, "%s: cond_mre %.3g ± %.2g at K = 16, %.3g ± %.2g at K = 4096 (a factor %.3g: product errors "
           "that are independent and of random sign give 1/16 = sqrt(16/4096) relative to sum |a_i b_i|; a "
           "bias that does not cancel, or accumulation error growing with the partial sums, gives about 1); signed mean at K = 4096: %.3g ± %.2g.",
           who[i][0], a.v, a.se, b.v, b.se, b.v / a.v, bias.v, bias.se);
  }
  para(d, "Mean |e| / sum |a_i b_i| of every series against K:");
  sql_table(d, h, POINTS "SELECT " DOT_SERIES " AS series, max(CASE WHEN length = 16 THEN cond_mre END) AS K16, "
            "max(CASE WHEN length = 64 THEN cond_mre END) AS K64, max(CASE WHEN length = 256 THEN cond_mre END) AS K256, "
            "max(CASE WHEN length = 1024 THEN cond_mre END) AS K1024, max(CASE WHEN length = 4096 THEN cond_mre END) AS K4096, "
            "max(CASE WHEN length = 4096 THEN cond_mean_rel END) AS signed4096, "
            "max(CASE WHEN length = 4096 THEN mre END) AS mre4096 FROM r WHERE op = 'dot' AND accumulate != 'exact' "
            "OR (op = 'dot' AND method != 'exact') GROUP BY series ORDER BY series", ex);
  figure(d, "dot-multipliers", "Dot-product error of each multiplier x accumulator against the length K.");
  para(d, "Accumulation alone (exact fp32 products) against Higham's bound for recursive summation, "
       "|e| <= gamma_(K-1) sum |a_i b_i| with gamma_n = n u / (1 - n u) (u = 2^-24 fp32, 2^-11 fp16, 2^-8 "
       "bf16; no bound where n u >= 1): the largest sampled ratio max |e| / sum |a_i b_i| and the bound.");
  sql_table(d, h, POINTS ", b AS (SELECT accumulate, length, cond_maxre, cond_mre, CASE accumulate WHEN 'fp32' THEN "
            "5.9604644775390625e-08 WHEN 'fp16' THEN 0.00048828125 ELSE 0.00390625 END AS u FROM r "
            "WHERE op = 'dot' AND method = 'exact' AND accumulate IN ('fp32', 'fp16', 'bf16')) "
            "SELECT accumulate, length AS K, cond_mre, cond_maxre, CASE WHEN (length - 1) * u < 1 THEN "
            "(length - 1) * u / (1 - (length - 1) * u) END AS gamma_bound, CASE WHEN (length - 1) * u < 1 THEN "
            "cond_maxre / ((length - 1) * u / (1 - (length - 1) * u)) END AS max_over_bound FROM b "
            "ORDER BY accumulate, length", ex);
  figure(d, "dot-accumulation", "Accumulation error alone against K, with Higham's bounds for fp32.");
}

/* The points of the latest batch of a model experiment ?1 (table model_results), as r. */
#define MODEL_POINTS                                                                             \
  "WITH r AS (SELECT model_results.* FROM latest_batch JOIN model_results USING (point_key) "   \
  "WHERE experiment = ?1) "

/* The paper's in-model claim, judged on stories260K (experiments model-quality and
 * attention-grid; nothing when neither ran). */
static int claim_model(doc *d, sqlite3 *h) {
  const int quality = mulerr_has_experiment(h, "model-quality"), grid = mulerr_has_experiment(h, "attention-grid");
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
    if (sql_table(d, h, MODEL_POINTS "SELECT method, coalesce(format, '') || CASE WHEN scale = 'tensor' THEN ' scaled' "
                  "ELSE '' END AS format, CASE WHEN method IN ('lmul', "
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
    if (sql_table(d, h, MODEL_POINTS "SELECT method, coalesce(format, '') || CASE WHEN scale = 'tensor' THEN ' scaled' "
                  "ELSE '' END AS format, k, l, attn_mse, attn_rel_mse, "
                  "100 * (perplexity / ref_perplexity - 1) AS ppl_change_pct, top1 FROM r WHERE format IS NOT NULL "
                  "OR l = mulerr_default_l(k) ORDER BY method, k", "attention-grid"))
      return 1;
    figure(d, "attention-grid", "Attention-output MSE of stories260K with L-Mul in attention over (k, l).");
  }
  return 0;
}

static int write_body(sqlite3 *h, doc *d);

static int write_report(sqlite3 *h, const char *dbpath, doc *out) {
  doc body;
  char *bmd = NULL, *btex = NULL;
  size_t lmd = 0, ltex = 0;
  int rc;
  fputs("# Reproduction report: the error claims of *Addition is All You Need for Energy-efficient "
        "Language Models* (Luo & Sun, arXiv 2410.00907)\n\n", out->md);
  fputs("\\documentclass[10pt]{article}\n\\usepackage[margin=2cm]{geometry}\n\\usepackage{graphicx}\n\\usepackage{array}\n"
        "\\usepackage[T1]{fontenc}\n\\IfFileExists{lmodern.sty}{\\usepackage{lmodern}}{}\n\\title{Reproduction report: the error claims of \\emph{Addition is All You "
        "Need for Energy-efficient Language Models} (Luo \\& Sun, arXiv 2410.00907)}\n\\author{generated by mulerr "
        "report}\n\\date{}\n\\begin{document}\n\\maketitle\n", out->tex);
  para(out, "Every number below is generated by mulerr from its results database; every table gives the "
       "SQL that produced it, so 'mulerr query' on the same database prints the same numbers (with all "
       "digits). Errors are e = approximate - exact with the exact product computed exactly; mre is the "
       "mean |e / exact|, mse the mean e^2, mae the mean |e|; '±' is one standard error, 'median' the "
       "point's median |r|, |e| or e^2 (stored quantiles, within 2^-7). L-Mul operands "
       "are truncated to k mantissa bits and use the paper's offset l(k) = k (k <= 3), 3 (k = 4), 4 (k > 4). "
       "Variants: lmul is the integer-adder form (a mantissa carry flows into the exponent), lmul-eq1 the "
       "paper's Equation 1 taken literally, mitchell L-Mul without the offset. Real-weight rows multiply "
       "weights by weights (two weights drawn from the model's matrices): these are not the products a "
       "model computes (weight x activation), only operands with the models' value distributions. "
       "A mean is UNSTABLE, and is not ranked, when its largest term is more than 1%% of its sum or the "
       "means of the two halves of its sample blocks differ by more than 4 standard errors of their "
       "difference: a heavy-tailed mean that has not settled is not a result.");
  provenance(out, h, dbpath);
  nverdicts = 0;
  body.table4 = out->table4;
  body.md = open_memstream(&bmd, &lmd);
  body.tex = open_memstream(&btex, &ltex);
  if (!body.md || !body.tex) {
    if (body.md) fclose(body.md);
    if (body.tex) fclose(body.tex);
    free(bmd), free(btex);
    return report_error("out of memory");
  }
  rc = write_body(h, &body);
  fclose(body.md);
  fclose(body.tex);
  heading(out, 1, "Summary: claim x variant x data");
  para(out, "Each line gathers the verdicts of the tables below for one claim, one L-Mul variant and one "
       "kind of operands (uniform mantissas, each model's weights, both models pooled); 'rows' counts the "
       "table rows (metrics, and for Claim 4 values of k) behind it.");
  verdict_summary(out);
  fwrite(bmd, 1, lmd, out->md);
  fwrite(btex, 1, ltex, out->tex);
  free(bmd), free(btex);
  return rc;
}

static int write_body(sqlite3 *h, doc *d) {
  const char *const uniform = "offset-grid", *const weights = "fp8-vs-lmul";
  int nth = theory_rows(h);

  heading(d, 1, "Claim 1: 3-bit L-Mul is more accurate than fp8 e5m2");
  para(d, "On uniform mantissas (experiment %s; values in [1, 2), where fp8 needs no scaling) and on "
       "real weights (experiment %s; weight x weight products), where fp8 runs scaled per tensor as "
       "inference runs it. L-Mul at k bits keeps fp32's exponent range and needs no scale.", uniform, weights);
  claim_fp8(d, h, uniform, 3, "e5m2", 0, "none");
  claim_fp8(d, h, weights, 3, "e5m2", 0, "tensor");
  heading(d, 2, "Claim 1, ablation: fp8 unscaled (as in the paper's comparison)");
  para(d, "The same L-Mul rows against fp8 applied to the raw weights: about 12%% of weights of size ~0.02 "
       "are subnormal in e4m3fn and many products underflow, so fp8 looks worse than it is in use. "
       "Not a verdict on the claim; kept to show what scaling changes.");
  claim_fp8(d, h, weights, 3, "e5m2", 0, "none");
  heading(d, 1, "Claim 2: 4-bit L-Mul matches fp8 e4m3");
  claim_fp8(d, h, uniform, 4, "e4m3fn", 1, "none");
  claim_fp8(d, h, weights, 4, "e4m3fn", 1, "tensor");
  heading(d, 2, "Claim 2, ablation: fp8 unscaled");
  claim_fp8(d, h, weights, 4, "e4m3fn", 1, "none");
  para(d, "Where the verdict differs between rows, it depends on the variant, the metric or the operand "
       "distribution: read the claim as holding only for the rows that say so.");
  figure(d, "fp8-vs-lmul", "L-Mul and Mitchell at each k against fp8 e4m3fn and e5m2 on the same operands.");
  heading(d, 2, "Claims 1 and 2 on the pairs a model really multiplies");
  para(d, "The tables above multiply weights by weights. Here the operands are the pairs stories260K "
       "multiplies on the shipped text (experiment real-operands, data/stories260K-capture.safetensors): "
       "attention scores q x k and attention values p x v (activation x activation) and every linear "
       "layer's activation x weight. fp8 is scaled per sample block of 65536 pairs, each operand side by "
       "its own max |value| (a per-tensor scale of the captured tensors). stories260K is a 260K-parameter "
       "model: its activations need not look like those of a billion-parameter model.");
  claim_fp8(d, h, "real-operands", 3, "e5m2", 0, "tensor");
  claim_fp8(d, h, "real-operands", 4, "e4m3fn", 1, "tensor");
  figure(d, "real-operands", "The same on the pairs stories260K really multiplies (experiment real-operands): "
         "q x k, p x v and activation x weight, one panel each.");

  heading(d, 1, "Claim 3 (a): sampling check -- the sampler agrees with mulerr's exact expectations");
  para(d, "This check validates mulerr's sampler against mulerr's own exact expectation of the same method; "
       "it says nothing about the paper. The paper's formula is tested in Claim 3 (b).");
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

  heading(d, 1, "Claim 3 (b): the paper's expected-error formula");
  para(d, "The paper's expected-error analysis (Section 2.3) is known here only as a reconstruction that "
       "reproduces every number the paper states: E[e] = f1(m, k) + f2(k) with f1(m, k) = (2^-k - 2^-m)(1 + "
       "(1 - 2^-k)/2) + (2^-k - 2^-m)^2/4 and f2(k) = ((1 - 2^-k)/2)^2 - 2^-l(k); the truncated float is f1 "
       "alone (m = 23: L-Mul 0.25 at k = 3 against 0.359 for k = 2; 0.1875 at k = 4 against 0.1836 at k = 3). "
       "Its sign convention is exact - approx, so it is compared with -E[e] = -bias of mulerr. Uniform "
       "mantissas, operands truncated to k bits, m = 7 (bf16), 10 (fp16), 23 (fp32); exact columns from "
       "mulerr's theory module, the sampled column from experiment theory-vs-sampled.");
  paper_formula(d, h);

  heading(d, 1, "Claim 4: l(k) is the right offset");
  para(d, "For each k, the offset l in 1..8 with the smallest error, each variant on its own (k, l) grid "
       "(experiment offset-grid); Mitchell's multiply has no offset, so the claim does not apply to it.");
  {
    static const struct { const char *where, *label, *title; } grids[] = {
        {"dist = 'uniform-mantissa'", "uniform mantissas", "uniform mantissas"},
        {"weights_model = 'pooled'", "pooled models", "real weights (both models pooled; weight x weight products)"}};
    int v, g;
    for (v = 0; v < 2; v++)
      for (g = 0; g < 2; g++) {
        char title[160];
        snprintf(title, sizeof title, "Claim 4, %s, %s", variants[v], grids[g].title);
        heading(d, 2, title);
        claim_offset(d, h, variants[v], grids[g].where, grids[g].label);
      }
  }
  figure(d, "offset-grid", "L-Mul error over the (k, l) grid; cells marked against fp8 e4m3fn and e5m2.");

  heading(d, 1, "Claim 5: the energy savings");
  claim_energy(d, h);

  heading(d, 1, "Exact all-pairs errors of every 8-bit layout");
  sql_table(d, h, POINTS "SELECT method, source AS layout, k, l, n, err_prob, mae, mre, mse, ned FROM r ORDER BY method, source",
            "fp8-layouts-exhaustive");
  figure(d, "fp8-layouts-exhaustive", "Exact mean |relative error| per 8-bit layout.");

  heading(d, 1, "Published Table IV (Chen et al., arXiv 2412.18948) reproduced cell by cell");
  para(d, "Chen, Lyu, Bao and da Silva, 'A Power-Efficient Hardware Implementation of L-Mul' (arXiv 2412.18948, "
       "Table IV) publish the exact all-pairs EP, MAE, MRE, MSE and NED of L-Mul on the 8-bit layouts E1M6 ... "
       "E6M1. The published values (data/lmul-table4.tsv, transcribed by hand) beside mulerr's exhaustive values "
       "of each variant (experiment fp8-layouts-exhaustive, every ordered pair of positive normal encodings):");
  published_table4(d, h);

  heading(d, 1, "Equal storage bits");
  sql_table(d, h, POINTS "SELECT method, coalesce(format, '') AS format, k, l, params, dist, n, mre, mre_se, "
                  "r_p50 AS median_re, CASE WHEN " STABILITY_SQL("mre", "maxre / (n_rel * mre)", "mre_h1 - mre_h2")
                  " THEN 'UNSTABLE' ELSE 'stable' END AS mre_is, mse FROM r ORDER BY method, k",
            "equal-bits");

  dot_section(d, h);

  if (claim_model(d, h)) return 1;

  heading(d, 1, "How to reproduce");
  code(d, "./setup.sh run            # or: mulerr reproduce\nmulerr query results.db --report summary --csv");
  fputs("\\end{document}\n", d->tex);
  return 0;
}

int mulerr_report_write(sqlite3 *h, const char *dbpath, FILE *md, FILE *tex, const char *table4) {
  doc d;
  d.md = md, d.tex = tex, d.table4 = table4;
  return write_report(h, dbpath, &d);
}
