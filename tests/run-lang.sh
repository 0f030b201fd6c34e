#!/bin/sh
# The six languages end to end: @language and detection, the validator in each
# language, and the outputs in the language's words and direction. The sources are
# tests/cases/lang/*.resc; each assertion names what it checks.
set -u
: "${RESC:=$PWD/resc}" "${srcdir:=.}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cases=$srcdir/tests/cases/lang
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
# has FILE STRING DESCRIPTION: FILE holds STRING (fixed string).
has() { if grep -qF -- "$2" "$1"; then ok; else bad "$3"; sed -n 1,20p "$1"; fi; }
hasnt() { if grep -qF -- "$2" "$1"; then bad "$3"; sed -n 1,20p "$1"; else ok; fi; }

# A stated language is kept by fmt (first line), and fmt is idempotent on it.
"$RESC" fmt "$cases/fr-stated.resc" >"$dir/fmt1.resc" 2>"$dir/err" && ok || bad "fmt fr-stated"
[ "$(grep -v '^#' "$dir/fmt1.resc" | head -1)" = "@language fr" ] && ok || bad "fmt keeps @language"
"$RESC" fmt "$dir/fmt1.resc" >"$dir/fmt2.resc" 2>&1 && cmp -s "$dir/fmt1.resc" "$dir/fmt2.resc" &&
  ok || bad "fmt idempotent with @language"

# The language in the XML (stated or detected), valid against resc.rng; English unstated
# has none, as before.
for f in fr-stated fr-detected es-detected ru-detected zh-detected ar-detected; do
  want=${f%%-*}
  "$RESC" build -f xml -o "$dir/$f.xml" "$cases/$f.resc" 2>"$dir/err" || bad "build $f.xml"
  has "$dir/$f.xml" "xml:lang=\"$want\"" "$f: xml:lang=\"$want\""
  xmllint --noout --relaxng "$srcdir/stylesheets/resc.rng" "$dir/$f.xml" 2>"$dir/err" &&
    ok || bad "$f.xml against resc.rng: $(cat "$dir/err")"
  # Each section gets its kind from the language's phrases.
  has "$dir/$f.xml" 'kind="operative"' "$f: an operative section"
  [ "$want" = ar ] || has "$dir/$f.xml" 'kind="preamble"' "$f: a preamble section"
done
"$RESC" build -f xml -o "$dir/en.xml" "$srcdir/tests/cases/subclauses.resc" || bad "build en.xml"
hasnt "$dir/en.xml" "xml:lang" "English unstated has no xml:lang"

echo "lang: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
