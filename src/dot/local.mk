## src/dot/local.mk — build rules of src/dot (included from the top Makefile.am).
## Dot products: accumulator models (accumulators.def), the exact sum, dot-product points.
libmulerr_la_SOURCES += src/dot/accum.c src/dot/superacc.c src/dot/dot_eval.c \
	src/dot/acc_exact.c src/dot/acc_fp64.c src/dot/acc_fp32.c src/dot/acc_bf16.c \
	src/dot/acc_fp16.c src/dot/acc_fp32_pairwise.c src/dot/acc_fp32_kahan.c \
	src/dot/acc_fixed.c src/dot/acc_block.c
noinst_HEADERS += src/dot/dot.h
EXTRA_DIST += src/dot/accumulators.def

check_PROGRAMS += tests/unit/t_dot
TESTS += tests/unit/t_dot
tests_unit_t_dot_LDADD = $(TEST_LDADD)

CLI_TESTS += tests/cli/dot.sh
EXTRA_DIST += tests/cli/schema-v1.sql
nobase_dist_pkgdata_DATA += src/cli/bench_dot_numpy.py
nobase_dist_pkgdata_DATA += experiments/dot-accumulation.exp plots/dot-accumulation.gp plots/dot-multipliers.gp
