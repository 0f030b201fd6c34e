# Benchmark targets (make bench): why here is that the speed targets of the "Speed" issue
# (one resolution to DOCX in 5 ms, MB/s on a 10 MB corpus, memory, growth to 50 MB) need
# corpora far larger than the repository's, and timings that CI must never take. `make
# bench` builds the corpus generator (bench/gencorpus.c), writes the corpora into
# bench/corpus/ of the build tree, times resc (and pandoc when installed) with
# bench/run.sh, profiles resc, and rewrites bench/RESULTS.md in the source tree. Nothing
# here is part of `make all` or `make check`. Knobs: BENCH_RUNS (most runs of one
# command), BENCH_TIMEOUT (seconds before one run is abandoned), BENCH_PROFILE=0 (no
# profiles), BENCH_SIZES (corpora to use, default "12k 1m 10m 50m"; "12k 1m" for a quick
# look), BENCH_REPORT_ONLY=1 (rewrite RESULTS.md from the last run, measuring nothing).
# bench/gencorpus is also a check program (see Makefile.am), so that `make check`
# keeps it compiling.
bench_gencorpus_SOURCES = bench/gencorpus.c
bench_gencorpus_LDADD =

BENCH_RUNS = 20
BENCH_TIMEOUT = 30
BENCH_PROFILE = 1
BENCH_SIZES = 12k 1m 10m 50m
BENCH_SHELL = bash

bench: resc$(EXEEXT) bench/gencorpus$(EXEEXT)
	RESC=$(abs_builddir)/resc$(EXEEXT) GENCORPUS=$(abs_builddir)/bench/gencorpus$(EXEEXT) \
	  srcdir=$(abs_srcdir) builddir=$(abs_builddir) BENCH_CFLAGS="$(CFLAGS)" \
	  BENCH_RUNS="$(BENCH_RUNS)" BENCH_TIMEOUT="$(BENCH_TIMEOUT)" \
	  BENCH_PROFILE="$(BENCH_PROFILE)" BENCH_SIZES="$(BENCH_SIZES)" \
	  $(BENCH_SHELL) $(srcdir)/bench/run.sh

bench-clean:
	rm -rf bench/corpus bench/out bench/prof bench/results.tsv bench/probe.* bench/hyperfine.json \
	  bench/gencorpus$(EXEEXT)

.PHONY: bench bench-clean

EXTRA_DIST += bench/gencorpus.c bench/run.sh bench/recommendations.md bench/RESULTS.md
