/* cmd_merge.c — `mulerr merge OUT IN...`: combine results databases (the shards of a sweep,
 * `mulerr sweep --shard I/N`) into one holding what one unsharded sweep would have stored.
 * The merge itself is in the library: src/db/merge.c. */
#include "config.h"
#include "cli.h"
#include "db/merge.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void help_merge(FILE *out) {
  fprintf(out,
          "Usage: mulerr merge [OPTIONS] OUT IN...\n"
          "Combine mulerr databases (the shards of 'mulerr sweep --shard I/N' or\n"
          "'mulerr model --shard I/N') into OUT, which may exist (then the inputs are added\n"
          "to it) or is created.  OUT then holds every result, model result, run, input\n"
          "file record and experiment tag of the inputs, the runs renumbered after OUT's\n"
          "own and every run_id remapped to match.  The inputs are opened read-only and\n"
          "never changed (except that a hot journal left by a killed writer is rolled back\n"
          "first, as any SQLite reader must; said on stderr); OUT changes in one\n"
          "transaction, or not at all.  An input without model results (no table\n"
          "model_results) adds none; OUT gets the table when an input has it.\n\n"
          "  -q, --quiet   no summary line\n"
          "  -h, --help    show this help\n\n"
          "A point (point_key and kind; of model_results, point_key) held by two files must\n"
          "have identical values (every column but id, run_id, seconds and created): it is\n"
          "then kept once; different values are an error naming the point, the column and\n"
          "both files, and nothing is written.\n"
          "A run already in OUT (same command line, host, start time, ...) is not added\n"
          "again, so merging the same shard twice changes nothing.\n\n"
          "Example:\n"
          "  mulerr merge results.db shard1.db shard2.db shard3.db\n\n"
          "Exit status: 0 merged, 1 an unusable input or OUT or a conflict, 2 usage error.\n");
}

int cmd_merge(int argc, char **argv) {
  static const struct option longopts[] = {{"quiet", no_argument, NULL, 'q'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  int c, quiet = 0, rc = 0, i, j, existed, nin;
  struct stat *sb = NULL, osb;
  mulerr_merge_stats st;
  const char *out;
  char **in;
  optind = 1;
  while ((c = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
    switch (c) {
    case 'q': quiet = 1; break;
    default: return bad_option("merge", c, argv);
    }
  }
  if (optind >= argc) return usage_error("merge", "no output database given");
  if (optind + 1 >= argc) return usage_error("merge", "no input database given");
  out = argv[optind];
  in = argv + optind + 1;
  nin = argc - optind - 1;
  if (!(sb = calloc((size_t)nin, sizeof *sb))) return failure("merge", "out of memory");
  existed = stat(out, &osb) == 0;
  /* the same file twice would add its runs twice; OUT as an input would be written */
  for (i = 0; i < nin && !rc; i++) {
    if (stat(in[i], &sb[i]) != 0) {
      rc = failure("merge", "%s: cannot read: %s", in[i], strerror(errno));
      break;
    }
    if (existed && sb[i].st_dev == osb.st_dev && sb[i].st_ino == osb.st_ino)
      rc = usage_error("merge", "'%s' is both the output and an input", in[i]);
    for (j = 0; j < i && !rc; j++)
      if (sb[i].st_dev == sb[j].st_dev && sb[i].st_ino == sb[j].st_ino)
        rc = usage_error("merge", "'%s' and '%s' are the same file", in[j], in[i]);
  }
  free(sb);
  if (rc) return rc;
  if (mulerr_db_merge(out, in, nin, &st) != MULERR_OK) {
    if (!existed) unlink(out); /* a failed merge leaves no new file behind */
    return failure("merge", "%s", mulerr_errmsg());
  }
  if (!quiet) {
    printf("merge: %d file%s into %s: %lld results added, %lld identical ones already there; ",
           nin, nin == 1 ? "" : "s", out, (long long)st.results_added, (long long)st.results_identical);
    if (st.model)
      printf("%lld model results added, %lld identical ones already there; ", (long long)st.model_added,
             (long long)st.model_identical);
    printf("%lld run%s added\n", (long long)st.runs_added, st.runs_added == 1 ? "" : "s");
  }
  return 0;
}
