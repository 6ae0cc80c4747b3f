/* fuzz_exp.h — the body of the experiment-file fuzz targets (fuzz_exp.c, fuzz_exp_check.c).
 *
 * The parser of `mulerr run` is static in src/cli/cmd_run.c, so that file is compiled into
 * the target here (until the parser moves into the library).  The input bytes are written
 * to a scratch file, NAME.exp, and parsed as `mulerr run` parses it; a file that parses
 * must give NULL-terminated lines, each "mulerr sweep" (or "mulerr model" with at most one
 * positional model file) followed by "--KEY..." options
 * (issue 10's defect 1, an overflow of a fixed argv, is fixed: no filter any more).  With FUZZ_EXP_CHECK every sweep line then goes through `mulerr run --check`,
 * that is `mulerr sweep --dry-run` (every option, list, distribution and point is
 * checked), which must write nothing: the database it names must not appear. */
#ifndef MULERR_FUZZ_EXP_H
#define MULERR_FUZZ_EXP_H

#include "cmd_run.c"

#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char fuzz_dir[512], fuzz_path[600], fuzz_db[600];

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  const char *tmp = getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
  (void)argc, (void)argv;
  snprintf(fuzz_dir, sizeof fuzz_dir, "%s/mulerr-fuzz-exp-XXXXXX", tmp);
  if (!mkdtemp(fuzz_dir)) abort();
  snprintf(fuzz_path, sizeof fuzz_path, "%s/fuzz.exp", fuzz_dir);
  snprintf(fuzz_db, sizeof fuzz_db, "%s/never.db", fuzz_dir);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  experiment e;
  FILE *f;
  size_t i;
  int j;
  unlink(fuzz_path);
  if (!(f = fopen(fuzz_path, "wb")) || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0)
    abort();
  memset(&e, 0, sizeof e);
  if (parse_experiment(fuzz_path, &e, 0) == 0) {
    if (e.nlines == 0 || strcmp(e.name, "fuzz") != 0) abort();
    for (i = 0; i < e.nlines; i++) {
      sweep_line *sl = &e.lines[i];
      int model = sl->argc >= 1 && !strcmp(sl->argv[0], "mulerr model"), positional = 0;
      if (sl->argc < 1 || sl->argv[sl->argc] != NULL || (!model && strcmp(sl->argv[0], "mulerr sweep") != 0)) abort();
      for (j = 1; j < sl->argc; j++) /* options only; a model statement also names its model file */
        if (!sl->argv[j] || (strncmp(sl->argv[j], "--", 2) != 0 && (!model || positional++))) abort();
    }
#ifdef FUZZ_EXP_CHECK
    for (i = 0; i < e.nlines; i++) {
      struct stat sb;
      run_line(&e, &e.lines[i], fuzz_db, NULL, 1, 1, NULL);
      if (stat(fuzz_db, &sb) == 0) abort(); /* a dry run wrote a database */
    }
#endif
  }
  free_experiment(&e);
  return 0;
}

#endif
