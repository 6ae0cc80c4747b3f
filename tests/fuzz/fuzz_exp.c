/* fuzz_exp.c — libFuzzer target: the experiment-file parser of `mulerr run` (fuzz_exp.h). */
#include "fuzz_exp.h"
