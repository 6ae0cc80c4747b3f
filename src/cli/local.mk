## src/cli/local.mk — build rules of src/cli (included from the top Makefile.am): the `mulerr`
## program (option parsing and output over libmulerr), its man page and its shell tests.
bin_PROGRAMS = mulerr
mulerr_CPPFLAGS = $(AM_CPPFLAGS) -DMULERR_SRCDIR='"$(abs_top_srcdir)"' -DMULERR_PKGDATADIR='"$(pkgdatadir)"'
mulerr_SOURCES = src/cli/main.c src/cli/cmd_sweep.c src/cli/cmd_query.c src/cli/cmd_list.c \
	src/cli/cmd_table.c src/cli/cmd_value.c src/cli/cmd_run.c \
	src/cli/cmd_plot.c src/cli/cmd_report.c src/cli/cmd_reproduce.c \
	src/cli/cmd_bench.c src/cli/cmd_merge.c src/cli/cmd_weights.c
mulerr_LDADD = libmulerr.la $(LIBADD_ALL)
mulerr_LDFLAGS = $(OPENMP_CFLAGS)
noinst_HEADERS += src/cli/cli.h
EXTRA_DIST += src/cli/commands.def
nobase_dist_pkgdata_DATA += src/cli/bench_numpy.py
dist_man_MANS = doc/mulerr.1

CLI_TESTS = tests/cli/basics.sh tests/cli/sweep.sh tests/cli/badinput.sh tests/cli/kill.sh \
	tests/cli/formats.sh tests/cli/reproduce.sh tests/cli/methods.sh tests/cli/shards.sh \
	tests/cli/hardening.sh tests/fuzz/check_known.sh tests/cli/table4.sh tests/cli/quantiles.sh tests/cli/scale.sh \
	tests/cli/schema.sh tests/cli/stream.sh tests/cli/bench.sh
EXTRA_DIST += tests/cli/schema-v2.sql tests/cli/schema-v3.sql tests/cli/model-results-v2.sql
dist_noinst_SCRIPTS += $(CLI_TESTS) tests/cli/lib.sh
TESTS += $(CLI_TESTS)
