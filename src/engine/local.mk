## src/engine/local.mk — build rules of src/engine (included from the top Makefile.am): the
## evaluation of one point (sampling, reference, metrics, quantiles, operand scaling).
libmulerr_la_SOURCES += src/engine/acc.c src/engine/eval.c src/engine/reference.c src/engine/quantile.c \
	src/engine/scale.c src/engine/stream.c src/engine/stream_vec.c

UNIT_TESTS += tests/unit/t_metrics tests/unit/t_reference tests/unit/t_quantile tests/unit/t_scale
tests_unit_t_metrics_LDADD = $(TEST_LDADD)
tests_unit_t_reference_LDADD = $(TEST_LDADD)
tests_unit_t_quantile_LDADD = $(TEST_LDADD)
tests_unit_t_scale_LDADD = $(TEST_LDADD)
noinst_HEADERS += src/engine/stream.h src/engine/acc_lanes.h
UNIT_TESTS += tests/unit/t_stream
tests_unit_t_stream_LDADD = $(TEST_LDADD)
