#!/bin/sh
# Builds the libFuzzer harnesses and runs each for a fixed budget, so CI (and
# `make fuzz`) can look for crashes, leaks, UBSan reports, hangs (> 2 s per input) and
# memory blow-ups (> 2 GB) without anyone remembering the libFuzzer options. Clang is
# optional for the project: without its fuzzer runtime this script says SKIP and
# succeeds (unless FUZZ_STRICT=1), so nothing else ever depends on it.
#
# Usage: fuzz/run.sh [SECONDS]   (per harness; default 60)
# Environment: srcdir (default: this script's parent), builddir (default: .: a
# configured build directory, or one holding the generated grammar/*.c and
# src/stylesheets_data.c),
# FUZZ_CC (default clang), FUZZ_STRICT, FUZZ_TARGETS (default: every fuzz/fuzz_*.c),
# FUZZ_ARGS (more libFuzzer options), FUZZ_JOBS (harnesses run at once, and parallel
# compiles).
# First replays tests/fuzz-regress/*.resc through each harness (an input that still
# fails fails the run; see below for the limits), then fuzzes. Leaves: $builddir/fuzz/corpus-NAME (kept between
# runs), fuzz/NAME.log, and any failing input as $builddir/fuzz/artifacts/NAME-crash-*
# (or leak-, timeout-, oom-; minimize with `fuzz/NAME -minimize_crash=1 FILE`).
set -u
seconds=${1:-60}
: "${srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${builddir:=.}"
: "${FUZZ_STRICT:=0}"
: "${FUZZ_ARGS:=}"
export srcdir builddir

case $seconds in '' | *[!0-9]*) echo "usage: fuzz/run.sh [SECONDS]" >&2; exit 2 ;; esac

if ! sh "$srcdir/fuzz/build.sh" probe; then
  echo "SKIP: clang/libFuzzer not available (${FUZZ_CC:-clang} -fsanitize=fuzzer cannot link)"
  [ "$FUZZ_STRICT" = 1 ] && exit 1
  exit 0
fi
# The generated sources, brought up to date with the grammar and the stylesheets.
if [ -f "$builddir/Makefile" ]; then
  ${MAKE:-make} -C "$builddir" grammar/parser.c grammar/lexer.c src/stylesheets_data.c \
    >/dev/null || exit 1
fi
sh "$srcdir/fuzz/build.sh" || exit 1

out=$builddir/fuzz
mkdir -p "$out/artifacts"

# Writes the files named PATTERN under the SOURCE-DIRs into DIR, each preceded by
# PREFIX, the harness's options byte: 0x1c asks fuzz_pipeline for every output of the
# markup view (all three views of a large seed would come near the 2 s limit); for
# fuzz_import 0 is plain text, 1 a .docx as it is, 2 the parts of one.
copy_inputs() { # DIR PREFIX PATTERN SOURCE-DIR...
  dir=$1 prefix=$2 pattern=$3
  shift 3
  mkdir -p "$dir"
  find "$@" -name "$pattern" -type f 2>/dev/null | while read -r f; do
    n=$(printf '%s' "${f#"$srcdir"/}" | tr '/' '_')
    # shellcheck disable=SC2059 # the prefix is an escape such as \037
    { printf "$prefix"; cat "$f"; } >"$dir/$n"
  done
}

# fuzz_import's seeds: texts, the .docx files of tests/cases/import, and their parts
# (document, footnotes, comments, NUL-separated) when unzip is there to take them out.
import_seeds() { # DIR
  copy_inputs "$1" '\000' '*.resc' "$srcdir/seeds" "$srcdir/examples"
  copy_inputs "$1" '\000' '*.txt' "$srcdir/tests/cases/import"
  copy_inputs "$1" '\001' '*.docx' "$srcdir/tests/cases/import"
  command -v unzip >/dev/null 2>&1 || return 0
  for f in "$srcdir"/tests/cases/import/*.docx; do
    [ -f "$f" ] || continue
    {
      printf '\002'
      unzip -p "$f" word/document.xml 2>/dev/null
      printf '\000'
      unzip -p "$f" word/footnotes.xml 2>/dev/null
      printf '\000'
      unzip -p "$f" word/comments.xml 2>/dev/null
    } >"$1/parts_$(basename "$f" .docx)"
  done
}

# The harnesses' scratch files (DOCX written and read back) stay in the build tree,
# also when a crash keeps a harness from removing them.
TMPDIR=$out/tmp
export TMPDIR
rm -rf "$TMPDIR"
mkdir -p "$TMPDIR"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# -timeout: a hang is > 2 s; -rss_limit_mb: memory > 2 GB; leaks are detected by ASan.
limits="-timeout=2 -rss_limit_mb=2048"

targets=${FUZZ_TARGETS:-$(for h in "$srcdir"/fuzz/fuzz_*.c; do basename "$h" .c; done)}
# run_target NAME: replays the past failures through harness NAME, then fuzzes it for
# the budget; what it says goes to stdout, and $out/NAME.failed is left when it fails.
run_target() {
  t=$1
  status=0
  case $t in fuzz_pipeline) prefix='\034' ;; *) prefix= ;; esac
  dict=$srcdir/fuzz/resc.dict
  if [ "$t" = fuzz_import ]; then
    cat "$srcdir/fuzz/resc.dict" "$srcdir/fuzz/docx.dict" >"$out/import.dict"
    dict=$out/import.dict
  fi
  # First the inputs of past failures (tests/fuzz-regress/*.resc), each in a process of
  # its own, so one that still fails is named and does not keep the fuzzer from
  # starting. As in tests/run-fuzz-regress.sh, each output is tried on its own (for
  # fuzz_pipeline: text in all three views, html, docx, XML, akn, the source) and a
  # hang is more than 10 s: a large input is slow under the sanitizers without being
  # a bug, and these inputs are large on purpose when they were about time.
  rm -rf "$out/regress-$t"
  mkdir -p "$out/regress-$t"
  case $t in
  fuzz_pipeline) prefixes='\004 \005 \006 \010 \014 \020 \024 \030' ;;
  fuzz_import) prefixes='\000' ;;
  *) prefixes='' ;;
  esac
  for f in "$srcdir"/tests/fuzz-regress/*.resc; do
    [ -f "$f" ] || continue
    name=$(basename "$f" .resc)
    set --
    for p in ${prefixes:-none}; do
      c=$out/regress-$t/$name.${p#?}
      if [ "$p" = none ]; then
        p=''
        c=$out/regress-$t/$name
      fi
      # shellcheck disable=SC2059 # the prefix is an escape such as \037
      { printf "$p"; cat "$f"; } >"$c"
      set -- "$@" "$c"
    done
    if ! "$out/$t" -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$out/regress-$t/" "$@" \
      >"$out/$t-regress.log" 2>&1; then
      status=1
      echo "FAIL: $t still fails on tests/fuzz-regress/$name.resc"
      grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|fuzz_fmt:)' "$out/$t-regress.log" |
        head -3 | sed 's/^/  /'
    fi
  done
  # Then fuzzing, seeded with every source in the repository, fresh from the tree.
  rm -rf "$out/seeds-$t"
  if [ "$t" = fuzz_import ]; then
    import_seeds "$out/seeds-$t"
  else
    copy_inputs "$out/seeds-$t" "$prefix" '*.resc' "$srcdir/seeds" "$srcdir/examples" "$srcdir/tests/cases"
  fi
  mkdir -p "$out/corpus-$t"
  echo "fuzz: $t for ${seconds}s"
  # shellcheck disable=SC2086
  "$out/$t" -max_total_time="$seconds" $limits -print_final_stats=1 \
    -dict="$dict" -artifact_prefix="$out/artifacts/$t-" $FUZZ_ARGS \
    "$out/corpus-$t" "$out/seeds-$t" >"$out/$t.log" 2>&1
  rc=$?
  grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::slowest_unit_time_sec|stat::peak_rss_mb|#[0-9]+[[:space:]]+DONE)' \
    "$out/$t.log" | sed 's/^/  /'
  if [ $rc -ne 0 ]; then
    status=1
    echo "FAIL: $t (exit $rc); see $out/$t.log"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|fuzz_fmt:|artifact_prefix|Test unit written)' \
      "$out/$t.log" | head -5 | sed 's/^/  /'
  fi
  [ $status -eq 0 ] || : >"$out/$t.failed"
}

# The harnesses run FUZZ_JOBS at a time (default: the number of processors), each for
# its full budget: one after the other they left a processor idle for the whole budget.
# Each one's report is printed when it is done, in the order of the targets.
: "${FUZZ_JOBS:=$(nproc 2>/dev/null || echo 1)}"
running=0 started=
for t in $targets; do
  rm -f "$out/$t.failed" "$out/$t.report"
  run_target "$t" >"$out/$t.report" 2>&1 &
  started="$started $t"
  running=$((running + 1))
  if [ "$running" -ge "$FUZZ_JOBS" ]; then
    wait
    running=0
  fi
done
wait
status=0
for t in $started; do
  cat "$out/$t.report"
  [ -f "$out/$t.failed" ] && status=1
done

# A sample of fuzz_pipeline's corpus built to DOCX and checked as Word would read it
# (fuzz/validate-sample.sh; FUZZ_OOXML_SAMPLE inputs, default 200).
if [ -f "$builddir/Makefile" ]; then
  ${MAKE:-make} -C "$builddir" resc tests/tools/docx_lint >/dev/null 2>&1
fi
if [ -x "$builddir/resc" ] && [ -x "$builddir/tests/tools/docx_lint" ] && [ -d "$out/corpus-fuzz_pipeline" ]; then
  sh "$srcdir/fuzz/validate-sample.sh" -p "${FUZZ_OOXML_SAMPLE:-200}" "$out/corpus-fuzz_pipeline" || status=1
else
  echo "SKIP: DOCX sample (needs a configured build for resc and tests/tools/docx_lint, and fuzz_pipeline's corpus)"
fi
exit $status
