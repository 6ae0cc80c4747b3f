## src/theory/local.mk — build rules of src/theory (included from the top Makefile.am).
