#!/bin/sh
# One definition of each output, and the house style as data: the Flat OPC form comes
# from the same DOCX renderer as the .docx (and needs no XML library); a house
# stylesheet (examples/plain-html.xsl) runs over the intermediate XML and writes what it
# should; --css and --reference-doc replace the built-in CSS and Word styles; a
# proposal's DOCX has ITU's page header, footnote marks and annex page breaks.
set -u
: "${RESC:=$PWD/resc}" "${srcdir:=.}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
have() { command -v "$1" >/dev/null 2>&1; }
ex=$srcdir/examples
date=--date=2024-10-15

# ---- Flat OPC: the built-in renderer's parts, without resc-xml ----
mkdir "$dir/alone" && cp "$RESC" "$dir/alone/resc"
if "$dir/alone/resc" build -f docx-xml $date -o "$dir/flat.xml" "$ex/mod-proposal.resc" 2>"$dir/err"; then
  ok
else
  bad "-f docx-xml needs resc-xml"; cat "$dir/err"
fi
"$RESC" build $date -o "$dir/mod.docx" "$ex/mod-proposal.resc" || bad "build mod-proposal.docx"
if have xmllint && have unzip; then
  xmllint --noout "$dir/flat.xml" && ok || bad "the Flat OPC is not well-formed"
  # the document part of the Flat OPC is the .docx's word/document.xml
  xmllint --xpath '//*[local-name()="part"][@*[local-name()="name"]="/word/document.xml"]/*/*' \
    "$dir/flat.xml" | xmllint --format --encode UTF-8 - | tail -n +2 >"$dir/flat-doc.xml"
  unzip -p "$dir/mod.docx" word/document.xml | xmllint --format --encode UTF-8 - | tail -n +2 >"$dir/zip-doc.xml"
  diff -u "$dir/zip-doc.xml" "$dir/flat-doc.xml" >/dev/null && ok ||
    bad "-f docx-xml and -f docx differ in word/document.xml"
  for part in /_rels/.rels /word/styles.xml /word/settings.xml /word/footnotes.xml /docProps/core.xml; do
    grep -q "pkg:name=\"$part\"" "$dir/flat.xml" && ok || bad "Flat OPC lacks $part"
  done
else
  echo "SKIP: xmllint or unzip missing: Flat OPC parts not compared"
fi

# ---- the built-in renderers are the only definition: --xslt is gone ----
"$RESC" build --xslt "$ex/mod-proposal.resc" >/dev/null 2>&1
[ $? -eq 2 ] && ok || bad "--xslt is still accepted"

# ---- a house stylesheet: examples/plain-html.xsl ----
for f in "$ex"/new-resolution.resc "$ex"/mod-proposal.resc "$srcdir"/tests/cases/footnotes-refs.resc; do
  name=$(basename "$f" .resc)
  out=$dir/$name.plain.html
  if "$RESC" build --stylesheet "$ex/plain-html.xsl" -o "$out" "$f" 2>"$dir/err"; then ok; else
    bad "plain-html.xsl on $name"; cat "$dir/err"; continue
  fi
  "$RESC" build -f xml -o "$dir/$name.xml" "$f"
  # every clause of the XML is a paragraph with its id, in the same number
  want=$(grep -o '<clause id="[^"]*"' "$dir/$name.xml" | sed 's/<clause //' | sort)
  got=$(grep -o '<p id="[^"]*" class="level' "$out" | sed 's/<p //; s/ class="level//' | sort)
  [ -n "$want" ] && [ "$want" = "$got" ] && ok || bad "plain-html.xsl: the clauses of $name"
  # every link points at an id of the page, and no id is given twice
  grep -o 'id="[^"]*"' "$out" | sed 's/^id="//; s/"$//' | sort >"$dir/ids"
  [ -z "$(uniq -d "$dir/ids")" ] && ok || bad "plain-html.xsl: an id given twice in $name"
  missing=
  for h in $(grep -o 'href="#[^"]*"' "$out" | sed 's/^href="#//; s/"$//' | sort -u); do
    grep -qx "$h" "$dir/ids" || missing="$missing $h"
  done
  [ -z "$missing" ] && ok || bad "plain-html.xsl: links to nothing in $name:$missing"
  if have xmllint; then
    xmllint --html --noout "$out" 2>"$dir/err" && ok || { bad "plain-html.xsl: HTML of $name"; cat "$dir/err"; }
  fi
done
grep -q '<h1>Resolution 98 (Rev. <del>Geneva, 2022</del><ins>New Delhi, 2024</ins>)' "$dir/mod-proposal.plain.html" &&
  ok || bad "plain-html.xsl: the revision-marked number line"
grep -q '<sup><a href="#r2-fn1">1</a></sup>' "$dir/footnotes-refs.plain.html" &&
  grep -q '<li id="r2-fn1">Smart <b>sustainable</b> cities.</li>' "$dir/footnotes-refs.plain.html" &&
  ok || bad "plain-html.xsl: the footnotes of the second resolution"

echo "styles: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
