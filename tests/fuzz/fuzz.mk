# fuzz.mk — builds the libFuzzer targets of tests/fuzz with clang, outside automake (the
# normal build stays with the configured compiler).  Called by `make fuzz-build` from the
# top build directory, which passes the variables below; every object goes to $(FUZZ_OUT).
#
#   FUZZ_CC          a clang with libFuzzer (Debian: clang and libclang-rt-14-dev)
#   FUZZ_OUT         output directory (_fuzz)
#   FUZZ_SRCDIR      top source directory
#   FUZZ_PKGDATADIR  installed data directory (for @data/ lookups, as in mulerr)
#   FUZZ_CPPFLAGS    the preprocessor flags of the normal build
#   FUZZ_LIBS        the libraries libmulerr links
#   FUZZ_LIB_SOURCES the sources of libmulerr, FUZZ_CLI_SOURCES those of the mulerr program
#
# Library and CLI code is instrumented for coverage (-fsanitize=fuzzer-no-link) and built
# with AddressSanitizer and UBSan, like `make check-sanitize`, without OpenMP (the fuzzed
# code is serial) and with the baseline code paths only (MULERR_NO_CLONES).

FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_CFLAGS = -g -O1 -std=gnu11 -ffp-contract=off -fno-omit-frame-pointer $(FUZZ_SAN) \
	-Wall -Wno-unknown-pragmas -Wno-unused-parameter -DMULERR_NO_CLONES -MMD -MP
FUZZ_DEFS = -DMULERR_SRCDIR='"$(FUZZ_SRCDIR)"' -DMULERR_PKGDATADIR='"$(FUZZ_PKGDATADIR)"'
FUZZ_ALL_CPPFLAGS = $(FUZZ_CPPFLAGS) -I$(FUZZ_SRCDIR)/tests/fuzz $(FUZZ_DEFS)

# the program's sources without main() (libFuzzer has its own) and without cmd_run.c
# (compiled into the experiment targets, whose statement runner is static there)
CLI_SOURCES = $(filter-out src/cli/main.c src/cli/cmd_run.c,$(FUZZ_CLI_SOURCES))
LIB_OBJS = $(patsubst %.c,$(FUZZ_OUT)/obj/%.o,$(FUZZ_LIB_SOURCES))
CLI_OBJS = $(patsubst %.c,$(FUZZ_OUT)/obj/%.o,$(CLI_SOURCES)) $(FUZZ_OUT)/obj/cli_main.o

WEIGHT_TARGETS = fuzz_gguf fuzz_safetensors fuzz_llama2c
LIB_TARGETS = $(WEIGHT_TARGETS) fuzz_parse fuzz_dist
CLI_TARGETS = fuzz_exp fuzz_exp_check
TARGETS = $(LIB_TARGETS) $(CLI_TARGETS)

all: $(addprefix $(FUZZ_OUT)/,$(TARGETS))

$(FUZZ_OUT)/obj/%.o: $(FUZZ_SRCDIR)/%.c
	@mkdir -p $(dir $@)
	@echo "  FUZZCC   $*.c"
	@$(FUZZ_CC) $(FUZZ_ALL_CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

# main.c without its main(): usage_error(), cli_find_data(), ... for the experiment targets
$(FUZZ_OUT)/obj/cli_main.o: $(FUZZ_SRCDIR)/src/cli/main.c
	@mkdir -p $(dir $@)
	@echo "  FUZZCC   src/cli/main.c (no main)"
	@$(FUZZ_CC) $(FUZZ_ALL_CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -Dmain=mulerr_cli_main -c -o $@ $<

$(FUZZ_OUT)/obj/%.o: $(FUZZ_SRCDIR)/tests/fuzz/%.c
	@mkdir -p $(dir $@)
	@echo "  FUZZCC   tests/fuzz/$*.c"
	@$(FUZZ_CC) $(FUZZ_ALL_CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer -c -o $@ $<

$(addprefix $(FUZZ_OUT)/,$(LIB_TARGETS)): $(FUZZ_OUT)/%: $(FUZZ_OUT)/obj/%.o $(LIB_OBJS)
	@echo "  FUZZLD   $@"
	@$(FUZZ_CC) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $^ $(FUZZ_LIBS)

$(addprefix $(FUZZ_OUT)/,$(CLI_TARGETS)): $(FUZZ_OUT)/%: $(FUZZ_OUT)/obj/%.o $(CLI_OBJS) $(LIB_OBJS)
	@echo "  FUZZLD   $@"
	@$(FUZZ_CC) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $^ $(FUZZ_LIBS)

-include $(LIB_OBJS:.o=.d) $(CLI_OBJS:.o=.d) $(patsubst %,$(FUZZ_OUT)/obj/%.d,$(TARGETS))

.PHONY: all
