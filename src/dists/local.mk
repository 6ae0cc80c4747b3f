## src/dists/local.mk — build rules of src/dists (included from the top Makefile.am): the
## operand distributions and their table (the weights distribution is in src/weights/local.mk).
libmulerr_la_SOURCES += src/dists/dist.c src/dists/uniform_mantissa.c src/dists/normal.c \
	src/dists/uniform.c src/dists/laplace.c src/dists/student_t.c src/dists/lognormal.c \
	src/dists/mixture.c
EXTRA_DIST += src/dists/dists.def

UNIT_TESTS += tests/unit/t_dists
tests_unit_t_dists_LDADD = $(TEST_LDADD)
