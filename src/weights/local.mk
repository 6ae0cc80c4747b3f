## src/weights/local.mk — build rules of src/weights (included from the top Makefile.am):
## the checkpoint readers, the `weights` distribution, `mulerr weights`, their tests and the
## shipped weights in data/.
AM_CFLAGS += $(NETTLE_CFLAGS)
libmulerr_la_SOURCES += src/weights/weights.c src/weights/safetensors.c src/weights/gguf.c \
	src/weights/llama2c.c src/dists/weights.c
noinst_HEADERS += src/weights/weights.h
mulerr_SOURCES += src/cli/cmd_weights.c
EXTRA_DIST += data/README.md data/stories260K.gguf data/gpt2-attn-sample.safetensors
