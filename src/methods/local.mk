## src/methods/local.mk — build rules of src/methods (included from the top Makefile.am): the
## multipliers, one file each, and their table.
libmulerr_la_SOURCES += src/methods/method.c src/methods/exact.c src/methods/float.c src/methods/lmul.c \
	src/methods/mitchell.c src/methods/lmul_eq1.c src/methods/lmul_gpu.c src/methods/lns.c \
	src/methods/int.c src/methods/mx.c
EXTRA_DIST += src/methods/methods.def

UNIT_TESTS += tests/unit/t_lmul tests/unit/t_methods
tests_unit_t_lmul_LDADD = $(TEST_LDADD)
tests_unit_t_methods_LDADD = $(TEST_LDADD)
