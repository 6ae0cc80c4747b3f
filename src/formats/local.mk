## src/formats/local.mk — build rules of src/formats (included from the top Makefile.am): the
## table of number formats.
libmulerr_la_SOURCES += src/formats/format.c
EXTRA_DIST += src/formats/formats.def

UNIT_TESTS += tests/unit/t_formats
tests_unit_t_formats_LDADD = $(TEST_LDADD)
