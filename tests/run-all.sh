#!/bin/bash
# The whole test suite, from a fresh clone on a fresh Debian machine (as root, or with
# the packages already installed): installs what it needs, builds, runs `make check`
# (unit, golden, CLI, schema, documentation and real-client tests), then the same suite
# again under AddressSanitizer/UndefinedBehaviorSanitizer, the fuzzers for a short
# budget, and the golden and command-line tests under valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential autoconf automake libtool pkg-config flex bison
  libxml2-dev libxslt1-dev libzip-dev zlib1g-dev libcmocka-dev libxml2-utils valgrind
  libreoffice-writer-nogui pandoc chromium poppler-utils unzip jq clang libclang-rt-14-dev
  fonts-hosny-amiri fonts-wqy-microhei)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "== installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "== not root: cannot install ${missing[*]}; tests that need them are skipped"
  fi
fi

jobs=$(nproc 2>/dev/null || echo 2)
# The suite builds out of the source tree (_build, _build-san), which autoconf refuses
# once the tree itself is configured, as README's first command leaves it: then the
# suite runs on a copy of the tree, and the build in it stays as it is.
if [ -f config.status ]; then
  copy=$(mktemp -d "${TMPDIR:-/tmp}/resc-suite.XXXXXX")
  echo "== the source tree is configured in place: testing a copy of it in $copy"
  cp -a . "$copy/src"
  # The tests read ../shared (seeds, corpus, OOXML schemas) beside the checkout: the copy
  # gets the same folder beside it.
  if [ -d ../shared ]; then
    ln -s "$(cd ../shared && pwd)" "$copy/shared"
  fi
  cd "$copy/src"
  make maintainer-clean >/dev/null 2>&1 || rm -f config.status Makefile
fi
# The wall time of each phase, printed at the end (and the slowest test programs of
# each make check pass), so that a slow CI run says where its time went.
phase_start=$SECONDS timings=
phase_done() { # phase_done NAME
  timings="$timings$(printf '%6d s  %s' $((SECONDS - phase_start)) "$1")
"
  phase_start=$SECONDS
}
# slowest DIR: the test programs of the make check pass in DIR that took longest (the
# .log is created when a test starts, its .trs written when it ends).
slowest() {
  for trs in "$1"/tests/*.trs "$1"/tests/unit/*.trs; do
    [ -f "$trs" ] || continue
    born=$(stat -c %W "${trs%.trs}.log" 2>/dev/null || echo 0)
    [ "${born:-0}" -gt 0 ] || return 0 # no creation times on this file system
    t=${trs%.trs}
    echo "$(($(stat -c %Y "$trs") - born)) ${t#"$1"/}"
  done | sort -rn | sed -n 1,6p | while read -r s t; do printf '%6d s    %s\n' "$s" "$t"; done
}
# check_tests: the Makefile's TESTS with the slowest (LibreOffice and Chromium) first,
# so that make -j starts them at once and the short ones fill the other processors,
# instead of one long test running alone at the end. Every test of TESTS is kept.
check_tests() {
  all=$(printf 'print-tests:\n\t@echo $(TESTS)\n' | make -s --no-print-directory -f Makefile -f - print-tests)
  first="tests/run-diff.sh tests/run-clients.sh tests/run-styles.sh tests/run-import.sh tests/run-ooxml.sh"
  for t in $first; do
    case " $all " in *" $t "*) printf '%s ' "$t" ;; esac
  done
  for t in $all; do
    case " $first " in *" $t "*) ;; *) printf '%s ' "$t" ;; esac
  done
}

echo "== build"
autoreconf -fi >/dev/null 2>&1 || autoreconf -fi
phase_done autoreconf
# The two trees are configured at the same time: configure runs on one processor.
rm -rf _build _build-san && mkdir _build _build-san
(cd _build-san && ../configure --quiet --enable-sanitizers CFLAGS="-O1 -g -Werror" \
  >configure.out 2>&1) &
san_configure=$!
cd _build
../configure --quiet CFLAGS="-O2 -g -Werror"
san_configured=0
wait $san_configure || san_configured=$?
phase_done "configure (plain and sanitizer trees)"
make -s -j"$jobs"
phase_done "build"
echo "== make check"
make -s -j"$jobs" check TESTS="$(check_tests)" ||
  { cat tests/*.log tests/unit/*.log 2>/dev/null | tail -200; exit 1; }
phase_done "make check"
slowest .
cd ..

echo "== sanitizers (ASan + UBSan)"
cd _build-san
if [ "$san_configured" -ne 0 ]; then
  cat configure.out
  exit 1
fi
make -s -j"$jobs"
phase_done "build (sanitizers)"
# LeakSanitizer is off for the tests that run resc over every file of the repository
# (formatting, OOXML, Akoma Ntoso, import): the fuzzers look for leaks on those paths
# (fuzz_fmt, fuzz_pipeline, fuzz_import), and its check at each exit doubled their time.
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  RESC_SKIP_CLIENTS=1 RESC_DIFF_SEEDS=1 make -s -j"$jobs" check TESTS="$(check_tests)" \
  NO_LEAK_TESTS="tests/run-fmt.sh tests/run-ooxml.sh tests/run-akn.sh tests/run-import.sh" ||
  { cat tests/*.log tests/unit/*.log 2>/dev/null | tail -200; exit 1; }
phase_done "make check (sanitizers)"
slowest .
cd ..

echo "== fuzzing (a short fixed budget per harness; make fuzz runs longer)"
(cd _build && builddir=$PWD srcdir=$PWD/.. FUZZ_ARGS="-timeout=10" FUZZ_JOBS="$jobs" \
  sh ../fuzz/run.sh 20)
phase_done "fuzzing"

echo "== valgrind"
cd _build
cp test-suite.log test-suite-plain.log # the valgrind pass below rewrites test-suite.log
RESC_SKIP_CLIENTS=1 make -s -j"$jobs" check VALGRIND=1 TESTS="tests/run-golden.sh tests/run-cli.sh" ||
  { cat tests/*.log 2>/dev/null | tail -200; exit 1; }
phase_done "valgrind"
cd ..
echo "== time per phase"
printf '%s' "$timings"
# One closing line for CI: the test programs run by the three make check passes
# (plain, sanitizers, valgrind).
pass=0 fail=0
for log in _build/test-suite-plain.log _build-san/test-suite.log _build/test-suite.log; do
  p=$(sed -n 's/^# PASS: *//p' "$log" | head -1)
  f=$(sed -n 's/^# FAIL: *//p' "$log" | head -1)
  pass=$((pass + ${p:-0}))
  fail=$((fail + ${f:-0}))
done
echo "== all tests passed"
echo "$pass passed, $fail failed"
