#!/bin/sh
# One definition of each output, and the house style as data: the Flat OPC form comes
# from the same DOCX renderer as the .docx (and needs no XML library); a house
# stylesheet (examples/plain-html.xsl) runs over the intermediate XML and writes what it
# should; --css and --reference-doc replace the built-in CSS and Word styles; a
# proposal's DOCX has ITU's page header, footnote marks and annex page breaks.
. "${srcdir:-.}/tests/lib.sh"
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
lo_pdf() { # DOCX... -> PDFs beside the first (one LibreOffice start for them all)
  timeout 180 soffice -env:UserInstallation="file://$dir/lo-profile" --headless \
    --convert-to pdf --outdir "$(dirname "$1")" "$@" >/dev/null 2>&1
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
  "$RESC" build $date -o "$dir/annexes.docx" "$srcdir/tests/cases/engines/annexes.resc"
  lo_pdf "$dir/nr.docx" "$dir/annexes.docx"
  if [ -s "$dir/nr.pdf" ]; then
    page_text "$dir/nr.pdf" 1 | head -n 2 | grep -q '^- *1 *-$' && bad "page 1 has a page header" || ok
    page_text "$dir/nr.pdf" 1 | grep -q 'WTSA-24/45' && bad "page 1 has the document number" || ok
    page_text "$dir/nr.pdf" 2 | head -n 1 | grep -q '^- *2 *-$' && ok || { bad "page 2 does not start with '- 2 -'"; page_text "$dir/nr.pdf" 2 | head -3; }
    page_text "$dir/nr.pdf" 2 | sed -n 2p | grep -qx 'WTSA-24/45(Add.3)-E' && ok || bad "page 2's header lacks the document number"
  else
    bad "LibreOffice made no PDF of new-resolution.docx"
  fi
  # every annex begins a page
  pages=$(pdfinfo "$dir/annexes.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
  starts=0
  for i in $(seq 1 "${pages:-0}"); do
    page_text "$dir/annexes.pdf" "$i" | head -n 1 | grep -q '^ANNEX' && starts=$((starts + 1))
  done
  [ "$starts" -eq 3 ] && ok || bad "3 annexes, $starts begin a page (of ${pages:-no} pages)"
else
  echo "SKIP: soffice or pdftotext missing: the DOCX's pages were not checked in LibreOffice"
fi

# ---- --reference-doc: a Word file's styles, page set-up, headers and footers ----
: "${MKZIP:=${builddir:-$PWD}/tests/tools/mkzip}"
mkdocx() { # DIR OUT.docx: the parts of DIR, under their paths, in a zip
  _d=$1 _out=$2
  set --
  for _p in $(cd "$_d" && find . -type f | sed 's|^\./||' | sort); do set -- "$@" "$_p=$_d/$_p"; done
  "$MKZIP" "$_out" "$@"
}
ref=$srcdir/tests/cases/reference/letter.docx.d
if [ -x "$MKZIP" ] && have unzip; then
  mkdocx "$ref" "$dir/letter.docx"
  if "$RESC" build $date --reference-doc "$dir/letter.docx" -o "$dir/ref.docx" "$ex/new-resolution.resc" 2>"$dir/err"; then ok; else
    bad "--reference-doc"; cat "$dir/err"
  fi
  unzip -p "$dir/ref.docx" word/styles.xml >"$dir/ref-styles.xml"
  unzip -p "$dir/ref.docx" word/document.xml >"$dir/ref-doc.xml"
  unzip -p "$dir/ref.docx" word/_rels/document.xml.rels >"$dir/ref-rels.xml"
  style() { tr -d '\n' <"$1" | grep -o "<w:style [^>]*w:styleId=\"$2\">" | wc -l; }
  tr -d '\n' <"$dir/ref-styles.xml" | grep -q '<w:style w:type="paragraph" w:styleId="Call">.*<w:color w:val="C00000"/>' &&
    ok || bad "the reference's Call style is not the one used"
  grep -q 'w:ascii="DejaVu Sans"' "$dir/ref-styles.xml" && ok || bad "the reference's Normal style is not the one used"
  [ "$(style "$dir/ref-styles.xml" Restitle)" -eq 1 ] && ok || bad "Restitle, missing from the reference, was not added"
  # Word's style ids are case-sensitive: the reference's Enumlev1 (LibreOffice's id) is
  # the one style, under the id resc's paragraphs name (docx_lint checks every reference)
  [ "$(style "$dir/ref-styles.xml" enumlev1)" -eq 1 ] && [ "$(style "$dir/ref-styles.xml" Enumlev1)" -eq 0 ] &&
    ok || bad "the reference's Enumlev1 is not the one enumlev1"
  [ "$(style "$dir/ref-styles.xml" Normal)" -eq 1 ] && ok || bad "two Normal styles"
  sect=$(grep -o '<w:sectPr>.*</w:sectPr>' "$dir/ref-doc.xml" | sed 's|</w:sectPr>.*|</w:sectPr>|')
  case $sect in
  '<w:sectPr><w:headerReference w:type="default" r:id="rIdReference1"/><w:footerReference w:type="default" r:id="rIdReference2"/>'*'<w:pgSz w:w="12240" w:h="15840"/>'*) ok ;;
  *) bad "the section lacks the reference's headers or page size: $sect" ;;
  esac
  case $sect in *titlePg*) bad "w:titlePg from nowhere" ;; *) ok ;; esac
  grep -q 'rIdHeader' "$dir/ref-doc.xml" && bad "the built-in header stayed" || ok
  grep -q 'Id="rIdReference1" Type="[^"]*/header" Target="header1.xml"' "$dir/ref-rels.xml" && ok || bad "no relationship to the reference's header"
  unzip -p "$dir/ref.docx" word/header1.xml | grep -q 'HOUSE HEADER' && ok || bad "the reference's header part"
  unzip -p "$dir/ref.docx" '\[Content_Types\].xml' | grep -q 'PartName="/word/fontTable.xml"' && ok || bad "the font table's content type"
  if have soffice && have pdftotext; then
    lo_pdf "$dir/ref.docx"
    pdfinfo "$dir/ref.pdf" 2>/dev/null | grep -q 'Page size: *612 x 792' && ok || bad "LibreOffice's page is not US Letter"
    page_text "$dir/ref.pdf" 1 | head -n 1 | grep -qx 'HOUSE HEADER' && ok || bad "LibreOffice shows no reference header on page 1"
    page_text "$dir/ref.pdf" 1 | grep -qx 'House footer' && ok || bad "LibreOffice shows no reference footer"
    pdffonts "$dir/ref.pdf" 2>/dev/null | grep -q 'DejaVuSans' && ok || bad "LibreOffice does not use the reference's font"
    pdftotext "$dir/ref.pdf" - | grep -q 'Digital twins for smart sustainable cities' && ok || bad "the text is not in LibreOffice's PDF"
    timeout 180 soffice -env:UserInstallation="file://$dir/lo-profile" --headless \
      --convert-to txt:Text --outdir "$dir" "$dir/ref.docx" >/dev/null 2>&1
    grep -q 'to develop ITU.T Recommendations on digital twin systems' "$dir/ref.txt" && ok || bad "LibreOffice's text export of the DOCX"
  fi
  # untrusted files: not a zip, no styles, a DOCTYPE; nothing written
  echo "not a zip" >"$dir/bad.docx"
  "$RESC" build --reference-doc "$dir/bad.docx" -o "$dir/none.docx" "$ex/new-resolution.resc" 2>"$dir/err"
  [ $? -eq 2 ] && [ ! -e "$dir/none.docx" ] && grep -q "reference-doc: cannot open" "$dir/err" && ok || bad "a reference that is no zip"
  cp -r "$ref" "$dir/dtd.d"
  printf '<?xml version="1.0"?>\n<!DOCTYPE w:styles [<!ENTITY x "X">]>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&x;</w:styles>\n' >"$dir/dtd.d/word/styles.xml"
  mkdocx "$dir/dtd.d" "$dir/dtd.docx"
  "$RESC" build --reference-doc "$dir/dtd.docx" -o "$dir/none.docx" "$ex/new-resolution.resc" 2>"$dir/err"
  [ $? -eq 2 ] && [ ! -e "$dir/none.docx" ] && grep -q "DOCTYPE" "$dir/err" && ok || { bad "a reference with a DOCTYPE"; cat "$dir/err"; }
  "$RESC" build --reference-doc "$dir/letter.docx" -f html "$ex/new-resolution.resc" >/dev/null 2>&1
  [ $? -eq 2 ] && ok || bad "--reference-doc with -f html is not refused"
else
  echo "SKIP: tests/tools/mkzip or unzip missing: --reference-doc not tested"
fi

# ---- --css: the user's CSS in place of the built-in one, still one page ----
cat >"$dir/house.css" <<'CSS'
/* a house style for the web */
body { font-family: "DejaVu Sans Mono", monospace; }
.ResNo { color: #123456; }
CSS
if "$RESC" build --css "$dir/house.css" -o "$dir/css.html" "$ex/new-resolution.resc" 2>"$dir/err"; then ok; else bad "--css"; cat "$dir/err"; fi
grep -q '<style>/\* a house style for the web \*/' "$dir/css.html" && ok || bad "--css: the page lacks the CSS"
grep -q 'Times New Roman' "$dir/css.html" && bad "--css: the built-in CSS is still there" || ok
grep -qi '<link' "$dir/css.html" && bad "--css: the page refers to another file" || ok
printf 'p { color: red; }\n</style><script>alert(1)</script>\n' >"$dir/evil.css"
"$RESC" build --css "$dir/evil.css" -o "$dir/evil.html" "$ex/new-resolution.resc" 2>"$dir/err"
[ $? -eq 2 ] && [ ! -e "$dir/evil.html" ] && ok || bad "--css that closes <style> is not refused"
"$RESC" build --css "$dir/house.css" -f docx -o "$dir/none.docx" "$ex/new-resolution.resc" 2>/dev/null
[ $? -eq 2 ] && ok || bad "--css with -f docx is not refused"
"$RESC" build --css "$dir/missing.css" -f html "$ex/new-resolution.resc" >/dev/null 2>&1
[ $? -eq 2 ] && ok || bad "--css with a missing file"
if have chromium && have pdffonts; then
  flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$dir/chrome"
  timeout 120 chromium $flags --no-pdf-header-footer --print-to-pdf="$dir/css.pdf" "file://$dir/css.html" >/dev/null 2>&1
  pdffonts "$dir/css.pdf" 2>/dev/null | grep -q 'DejaVuSansMono' && ok || bad "Chromium does not use the --css font"
  "$RESC" build -o "$dir/plain.html" "$ex/new-resolution.resc"
  timeout 120 chromium $flags --no-pdf-header-footer --print-to-pdf="$dir/plain.pdf" "file://$dir/plain.html" >/dev/null 2>&1
  pdffonts "$dir/plain.pdf" 2>/dev/null | grep -q 'DejaVuSansMono' && bad "the built-in CSS gives the --css font" || ok
else
  echo "SKIP: chromium or pdffonts missing: --css not seen in a browser"
fi

finish "styles"
