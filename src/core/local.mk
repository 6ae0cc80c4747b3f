## src/core/local.mk — build rules of src/core (included from the top Makefile.am): the error
## funnel and the number/list parsers every module uses.
libmulerr_la_SOURCES += src/core/error.c src/core/parse.c src/core/print.c

UNIT_TESTS += tests/unit/t_parse
tests_unit_t_parse_LDADD = $(TEST_LDADD)
