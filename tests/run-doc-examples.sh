#!/bin/sh
# Every example in doc/language.md between "~~~ resc" and "~~~" must pass resc check;
# every "~~~ resc fail" example must be rejected with exit status 1. The language
# reference cannot drift from the compiler.
. "${srcdir:-.}/tests/lib.sh"
awk -v dir="$dir" '
  /^~~~ resc( fail)?$/ { n++; kind = ($3 == "fail") ? "fail" : "ok"; f = sprintf("%s/%03d-%s.resc", dir, n, kind); inside = 1; next }
  /^~~~$/ && inside { inside = 0; close(f); next }
  inside { print > f }
' "$srcdir/doc/language.md"
for f in "$dir"/*.resc; do
  [ -f "$f" ] || continue
  "$RESC" check "$f" >"$f.log" 2>&1
  rc=$?
  case "$f" in
  *-ok.resc) want=0 ;;
  *) want=1 ;;
  esac
  if [ "$rc" -eq "$want" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: example $(basename "$f") of doc/language.md: exit $rc, expected $want"
    sed 's/^/  /' "$f.log"
    sed 's/^/  | /' "$f"
  fi
done
finish "doc examples"
