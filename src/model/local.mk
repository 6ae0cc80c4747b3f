## src/model/local.mk — build rules of src/model (included from the top Makefile.am): a Llama
## model run inside mulerr (loader, tokenizer, forward pass with replaceable arithmetic at
## sites, the perplexity/KL/top-1 protocol), `mulerr model`, its tests and data.
AM_CPPFLAGS += -I$(top_srcdir)/src/model
# the tokenizer and the evaluation text (mulerr finds them as @data/NAME)
nobase_dist_pkgdata_DATA += data/tok512.bin data/tinystories-sample.txt data/stories260K-capture.safetensors
libmulerr_la_SOURCES += src/model/model.c src/model/tokenizer.c src/model/forward.c \
	src/model/eval.c src/model/model_db.c src/model/capture.c src/dists/activations.c \
	src/model/kernels.c
noinst_HEADERS += src/model/model.h src/model/model_db.h src/model/kernels.h
mulerr_SOURCES += src/cli/cmd_model.c

## tests: C (TAP) and shell
check_PROGRAMS += tests/unit/t_model
tests_unit_t_model_LDADD = $(TEST_LDADD)
TESTS += tests/unit/t_model
check_PROGRAMS += tests/unit/t_activations
tests_unit_t_activations_LDADD = $(TEST_LDADD)
TESTS += tests/unit/t_activations
check_PROGRAMS += tests/unit/t_model_arith
tests_unit_t_model_arith_LDADD = $(TEST_LDADD)
TESTS += tests/unit/t_model_arith
check_PROGRAMS += tests/unit/t_model_kernels
tests_unit_t_model_kernels_LDADD = $(TEST_LDADD)
TESTS += tests/unit/t_model_kernels
MODEL_CLI_TESTS = tests/cli/model.sh tests/cli/model_merge.sh tests/cli/activations.sh
TESTS += $(MODEL_CLI_TESTS)
dist_noinst_SCRIPTS += $(MODEL_CLI_TESTS)
# the experiments and figures of the model runs
nobase_dist_pkgdata_DATA += experiments/attention-grid.exp experiments/model-quality.exp \
	plots/attention-grid.gp plots/model-quality.gp
# fp8 against L-Mul on the pairs the model multiplies (the captured sample)
nobase_dist_pkgdata_DATA += experiments/real-operands.exp plots/real-operands.gp
