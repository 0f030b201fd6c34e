#!/bin/sh
# The intermediate XML of every example, seed and test case, in each view, validates
# against stylesheets/resc.rng, the contract with the stylesheets.
. "${srcdir:-.}/tests/lib.sh"
if ! command -v xmllint >/dev/null 2>&1; then
  echo "SKIP: xmllint not installed (apt-get install libxml2-utils)"
  exit 77
fi
for f in "$srcdir"/examples/*.resc "$srcdir"/seeds/*.resc "$srcdir"/tests/cases/*.resc; do
  [ -f "$f" ] || continue
  for view in markup accept reject; do
    if ! "$RESC" build -f xml --changes=$view -o "$dir/x.xml" "$f" 2>"$dir/err"; then
      # Seeds keep some real mistakes on purpose; their XML is still checked below.
      "$RESC" build -f xml --changes=$view -W lettering=warning -W punctuation=warning -o "$dir/x.xml" "$f" 2>/dev/null || {
        fail=$((fail + 1)); echo "FAIL: $f ($view) does not build"; cat "$dir/err"; continue; }
    fi
    if xmllint --noout --relaxng "$srcdir/stylesheets/resc.rng" "$dir/x.xml" 2>"$dir/err"; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL: $f ($view) is not valid against resc.rng"
      head -5 "$dir/err"
    fi
  done
done
finish "schema"
