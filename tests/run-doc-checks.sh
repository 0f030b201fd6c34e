#!/bin/sh
# The examples of doc/checks.md, run: each "~~~ resc wrong" file must make `resc check`
# print exactly the diagnostic lines of the "~~~ diagnostics" block after it (the lines
# that start with the file name; the quoted source lines are left out of the page), and
# each "~~~ resc right" file must check with no diagnostic and exit 0.
. "${srcdir:-.}/tests/lib.sh"
awk -v dir="$dir" '
  /^~~~ (resc wrong|resc right|diagnostics)$/ {
    if ($2 == "diagnostics") f = sprintf("%s/%03d.expected", dir, n)
    else { n++; f = sprintf("%s/%03d.%s", dir, n, $3) }
    inside = 1; printf "" > f; next
  }
  /^~~~$/ && inside { inside = 0; close(f); next }
  inside { print > f }
' "$srcdir/doc/checks.md"
for f in "$dir"/*.wrong "$dir"/*.right; do
  [ -f "$f" ] || continue
  n=${f%.*}
  mkdir -p "$n.d"
  cp "$f" "$n.d/example.resc"
  (cd "$n.d" && "$RESC" check example.resc) >"$n.log" 2>&1
  rc=$?
  grep '^example\.resc:' "$n.log" >"$n.got"
  case "$f" in
  *.wrong)
    if [ -f "$n.expected" ] && cmp -s "$n.expected" "$n.got" && [ "$rc" -le 1 ]; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL: wrong example $(basename "$n") of doc/checks.md: the diagnostics differ"
      diff -u "$n.expected" "$n.got" 2>&1 | sed 's/^/  /'
      sed 's/^/  | /' "$f"
    fi ;;
  *)
    if [ "$rc" -eq 0 ] && [ ! -s "$n.got" ]; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL: right example $(basename "$n") of doc/checks.md: exit $rc"
      sed 's/^/  /' "$n.log"
      sed 's/^/  | /' "$f"
    fi ;;
  esac
done
echo "doc/checks.md examples: $pass passed, $fail failed"
[ "$pass" -ge 40 ] && [ "$fail" -eq 0 ]
