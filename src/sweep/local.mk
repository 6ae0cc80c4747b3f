## src/sweep/local.mk — build rules of src/sweep (included from the top Makefile.am).
## The sweep as a library module: the parameter table, the spec, the plan and the run.
# The point key and point checks (below engine and db; listed here so no other module's
# list changes).
libmulerr_la_SOURCES += src/engine/point.c
libmulerr_la_SOURCES += src/sweep/spec.c src/sweep/plan.c src/sweep/run.c src/sweep/exp.c
noinst_HEADERS += src/sweep/sweep.h
EXTRA_DIST += src/sweep/params.def
CLI_TESTS += tests/cli/sweepspec.sh tests/cli/params.sh
EXTRA_DIST += tests/cli/golden
