## tests/fuzz/local.mk — the libFuzzer targets (included from the top Makefile.am).
##   make fuzz [FUZZ_TIME=S] [FUZZ_TARGETS='gguf exp ...']  fuzz each target for S seconds
##   make fuzz-replay   every corpus file through every target, then a short run of each,
##                      under ASan + UBSan (what CI runs; about a minute)
##   make fuzz-corpus   minimise what `make fuzz` found into tests/fuzz/corpus (to commit)
## They need clang with libFuzzer (Debian: clang, libclang-rt-14-dev; `./setup.sh fuzz`
## installs them); the normal build does not.  Everything is built in _fuzz/.
FUZZ_CC = @FUZZ_CC@
FUZZ_TIME = 60
FUZZ_TARGETS = gguf safetensors llama2c parse dist exp exp_check
FUZZ_HARNESS_FILES = tests/fuzz/fuzz_weights.h tests/fuzz/fuzz_gguf.c tests/fuzz/fuzz_safetensors.c \
	tests/fuzz/fuzz_llama2c.c tests/fuzz/fuzz_parse.c tests/fuzz/fuzz_dist.c tests/fuzz/fuzz_exp.h \
	tests/fuzz/fuzz_exp.c tests/fuzz/fuzz_exp_check.c
EXTRA_DIST += $(FUZZ_HARNESS_FILES) tests/fuzz/fuzz.mk tests/fuzz/run.sh tests/fuzz/README.md \
	tests/fuzz/mkseeds.py tests/fuzz/corpus tests/fuzz/dict tests/fuzz/known \
	tests/fuzz/crashes
.PHONY: fuzz fuzz-build fuzz-replay fuzz-corpus
fuzz-build: $(BUILT_SOURCES)
	@cc='$(FUZZ_CC)'; test -n "$$cc" || cc=clang; \
	if ! command -v "$$cc" >/dev/null 2>&1; then \
	  echo "make fuzz: no clang found (configure looked for clang, clang-14..19): install the Debian" >&2; \
	  echo "make fuzz: packages clang and libclang-rt-14-dev (./setup.sh fuzz does), or name one with FUZZ_CC=..." >&2; \
	  exit 1; \
	fi; \
	printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { return d && n; }\n' > _fuzz-probe.c; \
	if ! "$$cc" -fsanitize=fuzzer,address,undefined -o _fuzz-probe _fuzz-probe.c >/dev/null 2>&1; then \
	  rm -f _fuzz-probe _fuzz-probe.c; \
	  echo "make fuzz: $$cc cannot link libFuzzer with ASan and UBSan: install the Debian package" >&2; \
	  echo "make fuzz: libclang-rt-14-dev (the runtime of clang 14; ./setup.sh fuzz does)" >&2; \
	  exit 1; \
	fi; \
	rm -f _fuzz-probe _fuzz-probe.c; \
	$(MAKE) --no-print-directory -f '$(top_srcdir)/tests/fuzz/fuzz.mk' FUZZ_CC="$$cc" FUZZ_OUT=_fuzz \
	  FUZZ_SRCDIR='$(abs_top_srcdir)' FUZZ_PKGDATADIR='$(pkgdatadir)' \
	  FUZZ_CPPFLAGS='$(DEFS) $(DEFAULT_INCLUDES) $(AM_CPPFLAGS) $(CPPFLAGS) $(MPFR_CFLAGS) $(GMP_CFLAGS) $(GSL_CFLAGS) $(SQLITE_CFLAGS) $(NETTLE_CFLAGS)' \
	  FUZZ_LIBS='$(LIBADD_ALL)' FUZZ_LIB_SOURCES='$(libmulerr_la_SOURCES)' FUZZ_CLI_SOURCES='$(mulerr_SOURCES)'
fuzz: fuzz-build
	MULERR_SHARED="$${MULERR_SHARED:-$(abs_top_srcdir)/../shared}" $(SHELL) '$(top_srcdir)/tests/fuzz/run.sh' fuzz _fuzz '$(FUZZ_TIME)' $(FUZZ_TARGETS)
fuzz-replay: fuzz-build
	MULERR_SHARED="$${MULERR_SHARED:-$(abs_top_srcdir)/../shared}" $(SHELL) '$(top_srcdir)/tests/fuzz/run.sh' replay _fuzz 6 $(FUZZ_TARGETS)
fuzz-corpus: fuzz-build
	$(SHELL) '$(top_srcdir)/tests/fuzz/run.sh' merge _fuzz 0 $(FUZZ_TARGETS)
clean-local: clean-fuzz
clean-fuzz:
	rm -rf _fuzz
.PHONY: clean-fuzz
