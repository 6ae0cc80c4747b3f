## src/report/local.mk — build rules of src/report (included from the top Makefile.am): the
## data of every figure (the queries in plots/*.sql) and the reproduction report.
libmulerr_la_SOURCES += src/report/figures.c src/report/report.c
noinst_HEADERS += src/report/report.h
nobase_dist_pkgdata_DATA += plots/theory-vs-sampled.sql plots/offset-grid.sql plots/fp8-vs-lmul.sql \
	plots/fp8-layouts-exhaustive.sql plots/equal-bits.sql plots/dot-accumulation.sql \
	plots/dot-multipliers.sql plots/attention-grid.sql plots/model-quality.sql \
	plots/real-operands.sql
