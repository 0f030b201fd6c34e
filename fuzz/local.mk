# Fuzzing targets (make fuzz): why here is that the harnesses are built with clang and
# libFuzzer, apart from the configured compiler, by fuzz/build.sh (called through
# fuzz/run.sh), so nothing else in the build depends on clang. `make fuzz` builds every
# fuzz/fuzz_*.c harness and runs each for FUZZ_SECONDS with fuzz/resc.dict (and
# fuzz/docx.dict for import) and the repository's sources as seeds; it fails when
# clang's fuzzer runtime is missing, when an input of tests/fuzz-regress still fails,
# or when a harness finds a crash, a leak, an UBSan report, a hang or a memory blow-up.
FUZZ_SECONDS = 60
FUZZ_CC = clang

fuzz: grammar/parser.c grammar/lexer.c src/stylesheets_data.c
	srcdir=$(abs_srcdir) builddir=$(abs_builddir) FUZZ_CC="$(FUZZ_CC)" FUZZ_STRICT=1 \
	  $(SHELL) $(srcdir)/fuzz/run.sh $(FUZZ_SECONDS)

fuzz-clean:
	rm -rf fuzz/obj fuzz/fuzz_pipeline fuzz/fuzz_check fuzz/fuzz_fmt fuzz/fuzz_import \
	  fuzz/seeds-* fuzz/regress-* fuzz/tmp fuzz/import.dict fuzz/*.log

.PHONY: fuzz fuzz-clean

EXTRA_DIST += fuzz/build.sh fuzz/run.sh fuzz/resc.dict fuzz/docx.dict fuzz/fuzz_pipeline.c \
  fuzz/fuzz_check.c fuzz/fuzz_fmt.c fuzz/fuzz_import.c
EXTRA_DIST += fuzz/validate-sample.sh
