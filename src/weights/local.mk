## src/weights/local.mk — build rules of src/weights (included from the top Makefile.am).
