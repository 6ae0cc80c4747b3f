/* merge.h — combining mulerr databases (src/db/merge.c; internal header of libmulerr). */
#ifndef MULERR_MERGE_H
#define MULERR_MERGE_H

#include "internal.h"

typedef struct mulerr_merge_stats {
  int model;                                   /* an input held model results */
  int64_t runs_added;                          /* runs added to OUT */
  int64_t results_added, results_identical;    /* results added; staged ones OUT already held */
  int64_t model_added, model_identical;        /* the same for model_results */
} mulerr_merge_stats;

/* Merge the nin databases in[] (opened read-only, never changed) into out (created if
 * missing), in one transaction on out or not at all: runs renumbered after out's own,
 * every run_id remapped, points held twice with different values an error (each conflict
 * said on stderr, at most five).  The caller checks that no file is given twice (out
 * included).  MULERR_OK with *stats, or an error with mulerr_errmsg(). */
mulerr_status mulerr_db_merge(const char *out, char *const *in, int nin, mulerr_merge_stats *stats);

#endif
