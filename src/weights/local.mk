## src/weights/local.mk — build rules of src/weights (included from the top Makefile.am):
## the checkpoint readers, the `weights` distribution, the sampler of `mulerr weights sample`
## (the command itself is in src/cli/local.mk), their tests and the
## shipped weights in data/.
AM_CFLAGS += $(NETTLE_CFLAGS)
libmulerr_la_SOURCES += src/weights/weights.c src/weights/safetensors.c src/weights/gguf.c \
	src/weights/llama2c.c src/weights/sample.c src/dists/weights.c
EXTRA_DIST += src/weights/readers.def
noinst_HEADERS += src/weights/weights.h
# installed with the experiments that read them (mulerr finds them as @data/NAME)
nobase_dist_pkgdata_DATA += data/README.md data/stories260K.gguf data/gpt2-attn-sample.safetensors

## tests: C (TAP) and shell
WEIGHTS_UNIT_TESTS = tests/unit/t_weights tests/unit/t_weights_shared tests/unit/t_weights_stats
check_PROGRAMS += $(WEIGHTS_UNIT_TESTS)
tests_unit_t_weights_LDADD = $(TEST_LDADD)
tests_unit_t_weights_shared_LDADD = $(TEST_LDADD)
tests_unit_t_weights_stats_LDADD = $(TEST_LDADD)
noinst_HEADERS += tests/unit/t_weights_util.h
TESTS += $(WEIGHTS_UNIT_TESTS)
WEIGHTS_CLI_TESTS = tests/cli/weights.sh tests/cli/weights_bad.sh
TESTS += $(WEIGHTS_CLI_TESTS)
dist_noinst_SCRIPTS += $(WEIGHTS_CLI_TESTS)
