## src/theory/local.mk — build rules of src/theory (included from the top Makefile.am).
## Expected errors under uniform mantissas: closed forms, exact enumeration, integration.
AM_CPPFLAGS += -I$(top_srcdir)/src/theory
libmulerr_la_SOURCES += src/theory/theory.c src/theory/closed.c src/theory/enumerate.c \
	src/theory/integrate.c src/theory/expected.c src/theory/paper.c
noinst_HEADERS += src/theory/theory.h

check_PROGRAMS += tests/unit/t_theory
TESTS += tests/unit/t_theory
tests_unit_t_theory_LDADD = $(TEST_LDADD)
