/* report.h — figures and the reproduction report from a results database (internal header of
 * libmulerr; the command line writes the files, runs gnuplot and pdflatex).  Every query reads
 * the views of schema.sql (latest_points, latest_batch): the points of each experiment's latest
 * batch. */
#ifndef MULERR_REPORT_H
#define MULERR_REPORT_H

#include "internal.h"

#include <sqlite3.h>
#include <stdio.h>

/* A figure of `mulerr plot`: its data query is plots/NAME.sql (?1 = experiment, the first
 * column names the series), its script plots/NAME.gp. */
typedef struct mulerr_figure {
  const char *name, *experiment, *caption;
} mulerr_figure;
extern const mulerr_figure mulerr_figures[]; /* ends with a NULL name */
const mulerr_figure *mulerr_figure_find(const char *name);

/* Whether the database holds points of the experiment. */
int mulerr_has_experiment(sqlite3 *h, const char *experiment);

/* Fill the connection's temporary table energy(op, bits, pj, source) from data/energy.tsv at
 * path (NULL: the table stays empty, energies are NULL).  The cost model of figure equal-bits
 * and of the report's energy claim. */
mulerr_status mulerr_energy_load(sqlite3 *h, const char *path);

/* The text of the file at path (a figure's SQL; caller frees). */
mulerr_status mulerr_read_text(const char *path, char **text);

/* Run a figure's query sql (?1 bound to its experiment) and write the rows as TSV to path:
 * a comment line, then one block per series (two blank lines between blocks, a header line
 * of column names first), NULL as NaN, reals with every digit they need.  The number of data
 * rows, or -1 (mulerr_errmsg() says why). */
long mulerr_figure_export(sqlite3 *h, const mulerr_figure *fig, const char *sql, const char *path);

/* The reproduction report as Markdown into md and LaTeX into tex (the connection must have
 * table energy, mulerr_energy_load).  table4: data/lmul-table4.tsv, or NULL (that section
 * then says it was not evaluated).  Failed tables are said on stderr and the report goes on;
 * 0 if all went well, else 1. */
int mulerr_report_write(sqlite3 *h, const char *dbpath, FILE *md, FILE *tex, const char *table4);

#endif
