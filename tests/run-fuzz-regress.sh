#!/bin/sh
# Replays the inputs the fuzzers found (tests/fuzz-regress/NAME.resc or NAME.docx, each
# described in NAME.txt) through the real program, so a crash, a sanitizer report or a
# hang that was fixed once stays fixed, with or without clang. A command may reject the
# input (exit 1, or 2): only an exit status above 2, a signal or a hang fails.
. "${srcdir:-.}/tests/lib.sh"
# A hang is a run past LIMIT seconds: the quadratic inputs took a minute or more when
# they were quadratic and take under a second now; a sanitizer build (run-all.sh sets
# ASAN_OPTIONS for it) is about 15 times slower, more on a loaded machine.
limit=10
[ -n "${ASAN_OPTIONS:-}" ] && limit=40
# Sanitizer builds (--enable-sanitizers): an ASan report must not pass for exit 1.
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}exitcode=99
export ASAN_OPTIONS
V=
if [ -n "${VALGRIND:-}" ]; then
  V="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect"
  limit=120
fi
for f in "$srcdir"/tests/fuzz-regress/*.resc "$srcdir"/tests/fuzz-regress/*.docx; do
  [ -f "$f" ] || continue
  name=$(basename "$f")
  name=${name%.*}
  bad=
  case $f in
  *.docx) cmds="import -f docx" ;;
  *) cmds="check|build -f text|build -f html|build -o OUT.docx|build -f akn|build -f text --changes=accept|build -f text --changes=reject|fmt|import -f text" ;;
  esac
  IFS='|'
  # shellcheck disable=SC2086
  set -- $cmds
  unset IFS
  for cmd in "$@"; do
    args=$(printf '%s' "$cmd" | sed "s|OUT|$dir/OUT|")
    # shellcheck disable=SC2086
    timeout "$limit" $V "$RESC" $args "$f" >"$dir/out" 2>"$dir/err"
    rc=$?
    if [ $rc -eq 124 ]; then
      bad="$bad; resc $cmd: no answer in ${limit}s"
    elif [ $rc -ge 128 ]; then
      bad="$bad; resc $cmd: killed by signal $((rc - 128))"
    elif [ $rc -gt 2 ]; then
      bad="$bad; resc $cmd: exit $rc"
    fi
    [ $rc -gt 2 ] && head -5 "$dir/err" | sed 's/^/    /' >>"$dir/why"
    rm -f "$dir/OUT.docx"
  done
  if [ -n "$bad" ]; then
    fail=$((fail + 1))
    what=$(sed -n '1s/^# *//p' "$srcdir/tests/fuzz-regress/$name.txt" 2>/dev/null)
    echo "FAIL: $name${bad}"
    [ -n "$what" ] && echo "  ($what)"
    cat "$dir/why" 2>/dev/null
  else
    pass=$((pass + 1))
  fi
  rm -f "$dir/why"
done
finish "fuzz-regress"
