## src/sweep/local.mk — build rules of src/sweep (included from the top Makefile.am).
## The sweep as a library module: the parameter table, the spec, the plan and the run.
CLI_TESTS += tests/cli/sweepspec.sh
EXTRA_DIST += tests/cli/golden
