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

# ---- a proposal document's DOCX: page header from page 2 on, footnote marks, annexes ----
# LibreOffice follows the locale for its text; the suite sets one it reads as UTF-8.
export LC_ALL=C.UTF-8
lo_pdf() { # DOCX -> PDF beside it
  timeout 180 soffice -env:UserInstallation="file://$dir/lo-profile" --headless \
    --convert-to pdf --outdir "$(dirname "$1")" "$1" >/dev/null 2>&1
}
page_text() { # PDF PAGE
  pdftotext -f "$2" -l "$2" -layout "$1" - 2>/dev/null | sed 's/^ *//; s/ *$//' | grep -v '^$'
}
"$RESC" build $date -o "$dir/nr.docx" "$ex/new-resolution.resc" || bad "build new-resolution.docx"
if have unzip; then
  unzip -p "$dir/nr.docx" word/document.xml >"$dir/nr-doc.xml"
  unzip -p "$dir/nr.docx" word/styles.xml >"$dir/nr-styles.xml"
  unzip -p "$dir/nr.docx" word/header1.xml >"$dir/nr-h1.xml"
  unzip -p "$dir/nr.docx" word/header2.xml >"$dir/nr-h2.xml"
  sect=$(grep -o '<w:sectPr>.*</w:sectPr>' "$dir/nr-doc.xml" | sed 's|</w:sectPr>.*|</w:sectPr>|')
  case $sect in
  '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/><w:headerReference w:type="first" r:id="rIdHeader2"/>'*'<w:titlePg/></w:sectPr>') ok ;;
  *) bad "the first section has no header references and w:titlePg: $sect" ;;
  esac
  [ "$(grep -o '<w:titlePg/>' "$dir/nr-doc.xml" | wc -l)" -eq 1 ] && ok || bad "w:titlePg in a later section"
  grep -q '<w:instrText xml:space="preserve"> PAGE </w:instrText>' "$dir/nr-h1.xml" && ok || bad "the header has no PAGE field"
  grep -q '<w:t xml:space="preserve">WTSA-24/45(Add.3)-E</w:t>' "$dir/nr-h1.xml" && ok || bad "the header has no document number"
  grep -q '<w:t' "$dir/nr-h2.xml" && bad "the first page's header has text" || ok
  unzip -p "$dir/nr.docx" word/_rels/document.xml.rels | grep -q 'Target="header1.xml"' && ok || bad "no relationship to header1.xml"
  fnstyle=$(tr -d '\n' <"$dir/nr-styles.xml" | grep -o '<w:style w:type="character" w:styleId="FootnoteReference">.*' | sed 's|</w:style>.*||')
  case $fnstyle in *'<w:vertAlign w:val="superscript"/>'*) ok ;; *) bad "the footnote mark is not superscript" ;; esac
  case $fnstyle in *'<w:sz '*) bad "the footnote mark has a size of its own" ;; *) ok ;; esac
  annexno=$(tr -d '\n' <"$dir/nr-styles.xml" | grep -o '<w:style w:type="paragraph" w:styleId="AnnexNo">.*' | sed 's|</w:style>.*||')
  case $annexno in *'<w:pageBreakBefore/>'*) ok ;; *) bad "an annex does not start on a new page" ;; esac
  # a document without @document has no header
  "$RESC" build $date -o "$dir/fr.docx" "$srcdir/tests/cases/footnotes-refs.resc"
  unzip -l "$dir/fr.docx" | grep -q header && bad "a header in a document without @document" || ok
fi
if have soffice && have pdftotext; then
  lo_pdf "$dir/nr.docx"
  if [ -s "$dir/nr.pdf" ]; then
    page_text "$dir/nr.pdf" 1 | head -n 2 | grep -q '^- *1 *-$' && bad "page 1 has a page header" || ok
    page_text "$dir/nr.pdf" 1 | grep -q 'WTSA-24/45' && bad "page 1 has the document number" || ok
    page_text "$dir/nr.pdf" 2 | head -n 1 | grep -q '^- *2 *-$' && ok || { bad "page 2 does not start with '- 2 -'"; page_text "$dir/nr.pdf" 2 | head -3; }
    page_text "$dir/nr.pdf" 2 | sed -n 2p | grep -qx 'WTSA-24/45(Add.3)-E' && ok || bad "page 2's header lacks the document number"
  else
    bad "LibreOffice made no PDF of new-resolution.docx"
  fi
  # every annex begins a page
  "$RESC" build $date -o "$dir/annexes.docx" "$srcdir/tests/cases/engines/annexes.resc"
  lo_pdf "$dir/annexes.docx"
  pages=$(pdfinfo "$dir/annexes.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
  starts=0
  for i in $(seq 1 "${pages:-0}"); do
    page_text "$dir/annexes.pdf" "$i" | head -n 1 | grep -q '^ANNEX' && starts=$((starts + 1))
  done
  [ "$starts" -eq 3 ] && ok || bad "3 annexes, $starts begin a page (of ${pages:-no} pages)"
else
  echo "SKIP: soffice or pdftotext missing: the DOCX's pages were not checked in LibreOffice"
fi

echo "styles: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
