/* fuzz_exp.h — the body of the experiment-file fuzz targets (fuzz_exp.c, fuzz_exp_check.c).
 *
 * The parser is the library's (mulerr_exp_parse, src/sweep/exp.c), called through
 * src/cli/cmd_run.c, which is compiled into the target here (its statement runner is static
 * there).  The input bytes are written to a scratch file, NAME.exp, and parsed as `mulerr run`
 * parses it; a file that parses must give statements whose sweep keys are rows of the
 * parameter table that a file may set (flags without a value, other keys with one) and whose
 * model keys have values.  With FUZZ_EXP_CHECK every statement then goes through `mulerr run
 * --check` (a sweep's keys into its spec, the spec finished and planned: every option, list,
 * distribution and point is checked; a model statement through `mulerr model --dry-run`),
 * which must write nothing: the database it names must not appear. */
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
  size_t i, j;
  unlink(fuzz_path);
  if (!(f = fopen(fuzz_path, "wb")) || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0)
    abort();
  memset(&e, 0, sizeof e);
  if (parse_experiment(fuzz_path, &e, 0) == 0) {
    if (e.x.nstmts == 0 || strcmp(e.name, "fuzz") != 0) abort();
    for (i = 0; i < e.x.nstmts; i++) {
      const mulerr_exp_stmt *sl = &e.x.stmts[i];
      for (j = 0; j < sl->nkv; j++) {
        const mulerr_exp_kv *kv = &sl->kv[j];
        if (!kv->key || (sl->model ? (kv->param || !kv->value || !*kv->value)
                                   : (!kv->param || !kv->param->exp || strcmp(kv->param->name, kv->key) ||
                                      !mulerr_param_has_arg(kv->param) != !kv->value)))
          abort();
      }
    }
#ifdef FUZZ_EXP_CHECK
    for (i = 0; i < e.x.nstmts; i++) {
      struct stat sb;
      run_stmt_at(&e, i, fuzz_db, NULL, 1, 1, NULL);
      if (stat(fuzz_db, &sb) == 0) abort(); /* a dry run wrote a database */
    }
#endif
  }
  free_experiment(&e);
  return 0;
}

#endif
