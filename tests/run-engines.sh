#!/bin/bash
# The built-in renderers against the built-in stylesheets: for every example, seed,
# test case and fuzz regression input, in the three --changes views, `resc build` to
# text, HTML and DOCX must give the same bytes (and the same exit status) with and
# without --xslt. The stylesheets are the definition a house style starts from; this
# keeps the fast path from drifting away from them. ENGINES_ONLY=text|html|docx limits
# the run to one format.
set -u
: "${RESC:=$PWD/resc}" "${srcdir:=.}"
cd "$srcdir" || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1700000000
pass=0
fail=0
formats=${ENGINES_ONLY:-text html docx}

# Shows where two DOCX packages differ: the first entry whose bytes differ, as a diff
# of its XML with one element per line.
docx_diff() {
  mkdir -p "$tmp/a" "$tmp/b"
  rm -rf "$tmp/a/"* "$tmp/b/"*
  (cd "$tmp/a" && unzip -qo "$1") 2>/dev/null
  (cd "$tmp/b" && unzip -qo "$2") 2>/dev/null
  for e in $(cd "$tmp/a" && find . -type f | sort); do
    if ! cmp -s "$tmp/a/$e" "$tmp/b/$e"; then
      echo "  first differing entry: $e"
      diff <(sed 's/></>\n</g' "$tmp/a/$e") <(sed 's/></>\n</g' "$tmp/b/$e") | head -20
      return
    fi
  done
  echo "  entries equal; zip bytes differ"
}

# A generated corpus of several resolutions (bench/gencorpus), large enough that the
# renderers' output streams to its file in many pieces.
corpus=
if [ -x "${GENCORPUS:-}" ] && "$GENCORPUS" -b 300000 -s 7 "$tmp/corpus.resc" "$tmp/corpus.md" >/dev/null; then
  corpus=$tmp/corpus.resc
fi

for f in examples/*.resc seeds/*.resc tests/cases/*.resc tests/cases/*/*.resc \
  tests/fuzz-regress/*.resc $corpus; do
  [ -f "$f" ] || continue
  for view in markup accept reject; do
    for fmt in $formats; do
      ext=$fmt
      [ "$fmt" = text ] && ext=txt
      args=(build -W lettering=warning -W punctuation=warning --changes=$view -f "$fmt")
      "$RESC" "${args[@]}" -o "$tmp/native.$ext" "$f" >/dev/null 2>&1
      rn=$?
      "$RESC" "${args[@]}" --xslt -o "$tmp/xslt.$ext" "$f" >/dev/null 2>&1
      rx=$?
      if [ "$rn" != "$rx" ]; then
        echo "FAIL: $f $view $fmt: exit $rn with the renderer, $rx with the stylesheet"
        fail=$((fail + 1))
      elif [ "$rn" != 0 ]; then
        pass=$((pass + 1))
      elif cmp -s "$tmp/native.$ext" "$tmp/xslt.$ext"; then
        pass=$((pass + 1))
      else
        echo "FAIL: $f $view $fmt: the renderer and the stylesheet differ"
        if [ "$fmt" = docx ]; then
          docx_diff "$tmp/native.$ext" "$tmp/xslt.$ext"
        else
          diff "$tmp/xslt.$ext" "$tmp/native.$ext" | head -20
        fi
        fail=$((fail + 1))
      fi
      rm -f "$tmp/native.$ext" "$tmp/xslt.$ext"
    done
  done
done

# Revision ids of a large document pass 2^31: they stay integers (XPath's string()
# would write 2.147490001e+09, which Word does not take for an id).
if [ -n "$corpus" ] && "$GENCORPUS" -b 10000000 -s 3 "$tmp/big.resc" "$tmp/big.md" >/dev/null &&
  "$RESC" build -o "$tmp/big.docx" "$tmp/big.resc" >/dev/null 2>&1; then
  unzip -p "$tmp/big.docx" word/document.xml | grep -o 'w:id="[^"]*"' | sort -u >"$tmp/ids"
  if grep -q '[^0-9"=a-z:-]' "$tmp/ids" || grep -q 'e+' "$tmp/ids"; then
    echo "FAIL: a revision id of a large DOCX is not an integer: $(grep -m1 'e+\|\.' "$tmp/ids")"
    fail=$((fail + 1))
  elif ! tr -dc '0-9\n' <"$tmp/ids" | awk '$1 > 2147483647 { found = 1 } END { exit !found }'; then
    echo "FAIL: the large DOCX has no id past 2^31 (the test no longer reaches the case)"
    fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
fi

echo "engines: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
