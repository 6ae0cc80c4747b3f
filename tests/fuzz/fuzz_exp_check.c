/* fuzz_exp_check.c — libFuzzer target: the .exp statement grammar end to end, as
 * `mulerr run --check FILE` checks it: the file parser, then every sweep statement through
 * `mulerr sweep --dry-run` (options, lists, distributions, points; fuzz_exp.h). */
#define FUZZ_EXP_CHECK 1
#include "fuzz_exp.h"
