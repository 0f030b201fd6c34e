#!/bin/sh
# Akoma Ntoso output (-f akn). Every example, seed and test case, in each --changes view,
# must validate against the official Akoma Ntoso 3.0 schema vendored in tests/akn/ (no
# network: xml.xsd is local too), its references must point at eIds that exist, and its
# identifiers must not depend on the build date. Three outputs are compared with goldens
# in tests/akn/golden/; UPDATE=1 rewrites them: read every change before committing it.
. "${srcdir:-.}/tests/lib.sh"
if ! command -v xmllint >/dev/null 2>&1; then
  echo "SKIP: xmllint not installed (apt-get install libxml2-utils)"
  exit 77
fi
schema=$srcdir/tests/akn/akomantoso30.xsd
golden=$srcdir/tests/akn/golden
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

VALGRIND_CMD=
if [ -n "${VALGRIND:-}" ]; then
  VALGRIND_CMD="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect"
fi

# build OUT FILE ARGS...: -f akn, with the seeds' kept mistakes made warnings.
build() {
  b_out=$1 b_in=$2
  shift 2
  $VALGRIND_CMD "$RESC" build -f akn "$@" -o "$b_out" "$b_in" 2>"$dir/err" ||
    $VALGRIND_CMD "$RESC" build -f akn -W lettering=warning -W punctuation=warning "$@" -o "$b_out" "$b_in" 2>"$dir/err"
}

# Every ref href="#id" names an eId of the same file.
refs_resolve() {
  grep -o '<ref href="#[^"]*"' "$1" | sed 's/.*#//; s/"$//' | sort -u | while read -r id; do
    grep -q "eId=\"$id\"" "$1" || { echo "  no eId $id"; return 1; }
  done
}

mkdir "$dir/out"
for f in "$srcdir"/examples/*.resc "$srcdir"/seeds/*.resc "$srcdir"/tests/cases/*.resc \
  "$srcdir"/tests/cases/engines/tables.resc; do
  [ -f "$f" ] || continue
  name=$(basename "$f" .resc)
  for view in markup accept reject; do
    out=$dir/out/$name.$view.xml
    if ! build "$out" "$f" --changes=$view; then
      ko "$f ($view) does not build"; head -5 "$dir/err"; rm -f "$out"; continue
    fi
    if refs_resolve "$out"; then ok; else ko "$f ($view): a reference points nowhere"; fi
  done
  # Only the manifestation's generation date may follow the build date.
  build "$dir/a.xml" "$f" --date 2024-01-01 && build "$dir/b.xml" "$f" --date 2031-12-31 &&
    grep -v 'name="generation"' "$dir/a.xml" >"$dir/a.txt" &&
    grep -v 'name="generation"' "$dir/b.xml" >"$dir/b.txt"
  if cmp -s "$dir/a.txt" "$dir/b.txt"; then ok; else
    ko "$f: output depends on the build date"; diff "$dir/a.txt" "$dir/b.txt" | head -10
  fi
done

# The hand-written intermediate XML samples, where xsltproc runs the stylesheet.
if command -v xsltproc >/dev/null 2>&1; then
  for x in "$srcdir"/tests/xml/*.xml; do
    [ -f "$x" ] || continue
    out=$dir/out/sample-$(basename "$x")
    xsltproc --stringparam date 2024-01-01T00:00:00Z -o "$out" "$srcdir/stylesheets/akn.xsl" "$x" 2>"$dir/err" ||
      { ko "$x: the stylesheet fails"; head -5 "$dir/err"; rm -f "$out"; }
  done
fi

# Validation, all files in one run (the schema is parsed once).
xmllint --nonet --noout --schema "$schema" "$dir"/out/*.xml >"$dir/valid" 2>&1
for out in "$dir"/out/*.xml; do
  if grep -qxF "$out validates" "$dir/valid"; then ok; else
    ko "$(basename "$out") is not valid Akoma Ntoso"
    grep -F "$out" "$dir/valid" | head -5
  fi
done

# Goldens: a new draft resolution (ADD), a MOD with relettering, a seed proposal, a PP
# history line printed after the body.
for f in examples/new-resolution.resc examples/mod-proposal.resc seeds/002-apt-37a28-1.resc \
    tests/cases/history-at-end.resc tests/cases/star-footnotes.resc tests/cases/rules-body.resc \
    tests/cases/dotted-provisions.resc; do
  name=$(basename "$f" .resc)
  exp=$golden/$name.akn.xml
  if ! build "$dir/g.xml" "$srcdir/$f" --date 2024-10-15; then
    ko "$f does not build"; head -5 "$dir/err"; continue
  fi
  if [ -n "${UPDATE:-}" ]; then
    mkdir -p "$golden"
    cp "$dir/g.xml" "$exp"
  fi
  if diff -u "$exp" "$dir/g.xml" >"$dir/diff" 2>&1; then ok; else
    ko "$exp"; head -40 "$dir/diff"
  fi
done

# The annotated example of doc/akn.md is what resc writes.
if [ -f "$srcdir/doc/akn.md" ]; then
  awk -v dir="$dir" '
    /^~~~ (resc|xml)$/ { f = dir "/doc." $2; inside = !seen[$2]++; next }
    /^~~~$/ { inside = 0; next }
    inside { print > f }
  ' "$srcdir/doc/akn.md"
  if [ -s "$dir/doc.resc" ] && build "$dir/doc.out" "$dir/doc.resc" --date 2024-10-15 &&
    diff -u "$dir/doc.xml" "$dir/doc.out" >"$dir/diff" 2>&1; then ok; else
    ko "the example in doc/akn.md is not what resc writes"; head -20 "$dir/diff"
  fi
fi

# The tables case keeps every cell: 5 header cells (th) and 17 others (td), the
# caption, and the rows inserted and deleted in the markup view.
t=$dir/out/tables.markup.xml
if [ "$(grep -o '<th>' "$t" | wc -l)" -eq 5 ] && [ "$(grep -o '<td>' "$t" | wc -l)" -eq 17 ] &&
  grep -q '<caption>Table 1 – Strategic <i>targets</i>' "$t" &&
  grep -q '<tr class="inserted">' "$t" && grep -q '<tr class="deleted">' "$t"; then ok; else
  ko "the tables of tests/cases/engines/tables.resc are not all in its AKN"
fi

finish "akn"
