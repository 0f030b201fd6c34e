#!/bin/sh
# Builds the libFuzzer harnesses (fuzz/fuzz_*.c) with clang. Why a script and not the
# autotools library: the harnesses need every object instrumented for libFuzzer,
# ASan and UBSan, whatever compiler and flags the project was configured with, so the
# project's sources are compiled here directly: src/*/*.c except main.c and
# xml_gate_exec.c (the harnesses have the XML libraries linked in, as resc-xml does),
# and the generated grammar/*.c and src/stylesheets_data.c from the build directory.
#
# Environment: srcdir (default: this script's parent), builddir (default: .),
# FUZZ_CC (default: clang), FUZZ_EXTRA_CFLAGS, FUZZ_JOBS (parallel compiles). Output: $builddir/fuzz/fuzz_NAME.
# Exit status 77 when clang or its fuzzer runtime is missing; `build.sh probe` only
# checks that.
# shellcheck disable=SC2086 # flag lists are split on purpose
set -u
: "${srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${builddir:=.}"
: "${FUZZ_CC:=clang}"
: "${FUZZ_EXTRA_CFLAGS:=}"
out=$builddir/fuzz
obj=$out/obj
mkdir -p "$obj" || exit 1

SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
CFLAGS="-std=c11 -g -O1 -D_POSIX_C_SOURCE=200809L -DRESC_DEBUG $SAN $FUZZ_EXTRA_CFLAGS"
WARN="-Wall -Wextra"

# Is there a clang that can link a libFuzzer program?
probe=$obj/probe
printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
  'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);' \
  'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' \
  >"$probe.c"
if ! command -v "$FUZZ_CC" >/dev/null 2>&1 ||
  ! "$FUZZ_CC" -fsanitize=fuzzer,address,undefined "$probe.c" -o "$probe" >/dev/null 2>&1; then
  rm -f "$probe.c" "$probe"
  exit 77
fi
rm -f "$probe.c" "$probe"
[ "${1:-}" = probe ] && exit 0

if ! LIBS=$(pkg-config --libs libxml-2.0 libxslt libzip zlib) ||
  ! PKG_CFLAGS=$(pkg-config --cflags libxml-2.0 libxslt libzip); then
  echo "fuzz/build.sh: pkg-config cannot find libxml-2.0, libxslt or libzip" >&2
  exit 1
fi
INC="-I$srcdir/src"
for d in base front check render package xml diff cli; do INC="$INC -I$srcdir/src/$d"; done
INC="$INC -I$builddir/grammar -I$builddir/src $PKG_CFLAGS"

for g in grammar/parser.c grammar/lexer.c src/stylesheets_data.c; do
  if [ ! -f "$builddir/$g" ]; then
    echo "fuzz/build.sh: $builddir/$g is missing: run make in the build directory first" >&2
    exit 1
  fi
done

# Is file $1 missing, or older than any of the others?
stale() {
  t=$1
  shift
  [ ! -f "$t" ] || [ -n "$(find "$@" -newer "$t" 2>/dev/null | head -1)" ]
}

# Compiles $1 into $2 unless $2 is newer than it and than every header.
compile() {
  src=$1 o=$2
  shift 2
  if ! stale "$o" "$src" && [ -z "$(find "$srcdir/src" "$builddir/grammar" \
    \( -name '*.h' -o -name '*.def' \) -newer "$o" 2>/dev/null | head -1)" ]; then
    return 0
  fi
  echo "  CC(fuzz) $src"
  "$FUZZ_CC" $CFLAGS -fsanitize=fuzzer-no-link $INC "$@" -c "$src" -o "$o"
}

# The objects compile FUZZ_JOBS at a time (default: the number of processors): one by
# one, instrumented, they took longer than the fuzzing budget of a CI run.
: "${FUZZ_JOBS:=$(nproc 2>/dev/null || echo 1)}"
running=0 failed=$obj/failed
rm -f "$failed"
compile_bg() { # compile_bg SOURCE OBJECT FLAGS...: compile in the background
  { compile "$@" || : >"$failed"; } &
  running=$((running + 1))
  if [ "$running" -ge "$FUZZ_JOBS" ]; then
    wait
    running=0
  fi
}
objs=
for f in "$srcdir"/src/*/*.c; do
  case $f in */src/cli/main.c | */src/cli/xml_gate_exec.c) continue ;; esac
  [ -f "$f" ] || continue
  rel=${f#"$srcdir"/}
  o=$obj/$(printf '%s' "${rel%.c}" | tr '/' '_').o
  compile_bg "$f" "$o" $WARN
  objs="$objs $o"
done
# flex's and bison's output: the warnings it cannot avoid off, as in Makefile.am.
for f in "$builddir"/grammar/parser.c "$builddir"/grammar/lexer.c "$builddir"/src/stylesheets_data.c; do
  o=$obj/gen_$(basename "$f" .c).o
  compile_bg "$f" "$o" $WARN -Wno-unused-parameter -Wno-sign-compare -Wno-unused-function
  objs="$objs $o"
done
wait
[ -f "$failed" ] && exit 1

status=0
for h in "$srcdir"/fuzz/fuzz_*.c; do
  name=$(basename "$h" .c)
  o=$obj/$name.o
  compile "$h" "$o" $WARN -Werror || { status=1; continue; }
  bin=$out/$name
  if stale "$bin" $o $objs; then
    echo "  LD(fuzz) $bin"
    "$FUZZ_CC" $SAN -fsanitize=fuzzer "$o" $objs $LIBS -o "$bin" || status=1
  fi
done
exit $status
