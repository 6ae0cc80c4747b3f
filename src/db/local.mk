## src/db/local.mk — build rules of src/db (included from the top Makefile.am): the results
## database (schema, migrations, writes).
libmulerr_la_SOURCES += src/db/db.c src/db/merge.c
noinst_HEADERS += src/db/merge.h
nodist_libmulerr_la_SOURCES += src/db/schema.h
EXTRA_DIST += src/db/schema.sql

# The schema is written once, in schema.sql, and embedded as a C string.
src/db/schema.h: $(top_srcdir)/src/db/schema.sql
	$(AM_V_GEN)$(MKDIR_P) src/db && $(AWK) 'BEGIN { print "static const char mulerr_schema_sql[] =" } \
	  { gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); print "  \"" $$0 "\\n\"" } END { print ";" }' \
	  $(top_srcdir)/src/db/schema.sql > $@.tmp && mv $@.tmp $@
BUILT_SOURCES += src/db/schema.h
CLEANFILES += src/db/schema.h
