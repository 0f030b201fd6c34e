#!/bin/sh
# resc import:
# (1) DOCX round trip: every example, seed and test case that builds (and the sources
#     of tests/cases/import/roundtrip, for what the others do not show), built to DOCX and
#     imported back, gives the source's tree under the comparison of tests/tools/astcmp
#     (typed labels equal to the computed ones count as '- ', {--a--}{++b++} as
#     {~~a~>b~~}; footnote definitions compared too), and the same text in all three
#     views. A file whose DOCX cannot carry something of its source has the difference
#     it is allowed in tests/golden/import/roundtrip/NAME.diff, with the reason; any
#     other difference fails. The counts of plain `resc build -f ast` equality and of
#     the normalized one are printed;
# (2) astcmp itself, on the pairs of tests/cases/import/compare/pairs;
# (3) each seed text (NNN_*.txt in $RESC_SEEDS_DIR or $srcdir/../shared/seeds) imported
#     as plain text gives a source whose text output has the seed's words (wordsim >=
#     0.98, CriticMarkup marks stripped);
# (4) import then check on clean resolutions reports no error;
# (5) the small cases of tests/cases/import (NAME.txt, and NAME.docx.d: the parts of a
#     .docx as XML files, zipped by tests/tools/mkzip) import to
#     tests/golden/import/NAME.resc exactly;
# (6) hostile and broken input is refused with a message.
set -u
: "${RESC:=$PWD/resc}" "${srcdir:=.}" "${builddir:=$PWD}"
: "${WORDSIM:=$builddir/tests/tools/wordsim}"
: "${ASTCMP:=$builddir/tests/tools/astcmp}" "${MKZIP:=$builddir/tests/tools/mkzip}"
srcdir=$(cd "$srcdir" && pwd)
seeds=${RESC_SEEDS_DIR:-$srcdir/../shared/seeds}
cases=$srcdir/tests/cases/import
golden=$srcdir/tests/golden/import
W="-W lettering=warning -W punctuation=warning"
W2="-W numbering=warning -W sub-labelling=warning -W order=warning -W footnote=warning -W reference=warning"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/resc-import.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok()  { pass=$((pass + 1)); printf 'ok:   %s\n' "$*"; }
bad() { fail=$((fail + 1)); printf 'FAIL: %s\n' "$*"; }
strip() { sed 's/ @[0-9]*:[0-9]*-[0-9]*:[0-9]*$//' "$1"; }
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH

# mkdocx DIR OUT: zips the files below DIR under their paths relative to DIR.
mkdocx() {
    set -- "$1" "$2" "$(cd "$1" && find . -type f | sed 's|^\./||' | sort)"
    _dir=$1 _out=$2 _list=$3
    set --
    while IFS= read -r _f; do set -- "$@" "$_f=$_dir/$_f"; done <<EOF
$_list
EOF
    "$MKZIP" "$_out" "$@"
}

# --- (1) DOCX round trip
files=0 plain=0 normalized=0 known=0
for f in "$srcdir"/examples/*.resc "$srcdir"/seeds/*.resc "$srcdir"/tests/cases/*.resc \
         "$srcdir"/tests/cases/base/*.resc "$srcdir"/tests/cases/diff/*.resc \
         "$srcdir"/tests/cases/errors/*.resc "$cases"/roundtrip/*.resc; do
    name=$(basename "$f" .resc)
    if ! "$RESC" build $W -o "$tmp/x.docx" "$f" 2>"$tmp/err"; then
        case $f in
        */tests/cases/*) echo "skip: $name does not build (a case of errors)"; continue ;;
        esac
        bad "$name: resc build failed: $(tail -n 1 "$tmp/err")"; continue
    fi
    files=$((files + 1))
    if ! "$RESC" import -o "$tmp/y.resc" "$tmp/x.docx" 2>"$tmp/err"; then
        bad "$name: import of its DOCX failed: $(tail -n 1 "$tmp/err")"; continue
    fi
    "$RESC" build $W -f ast -o "$tmp/a.ast" "$f" 2>/dev/null
    "$RESC" build $W -f ast -o "$tmp/b.ast" "$tmp/y.resc" 2>/dev/null
    strip "$tmp/a.ast" >"$tmp/a.tree"
    strip "$tmp/b.ast" >"$tmp/b.tree"
    cmp -s "$tmp/a.tree" "$tmp/b.tree" && plain=$((plain + 1))
    same=1
    for v in markup accept reject; do
        "$RESC" build $W -f text --changes=$v -o "$tmp/a.txt" "$f" 2>/dev/null
        "$RESC" build $W -f text --changes=$v -o "$tmp/b.txt" "$tmp/y.resc" 2>/dev/null
        cmp -s "$tmp/a.txt" "$tmp/b.txt" || { same=0; echo "  $v view differs:"; diff "$tmp/a.txt" "$tmp/b.txt" | head -n 6 | sed 's/^/    /'; }
    done
    if [ $same = 0 ]; then
        bad "$name: DOCX round trip gives another text"; continue
    fi
    if "$ASTCMP" "$f" "$tmp/y.resc" >"$tmp/cmp" 2>&1; then
        normalized=$((normalized + 1))
        if [ -f "$golden/roundtrip/$name.diff" ]; then
            bad "$name: the round trip is exact now: remove $name.diff"
        else
            ok "$name: DOCX round trip gives the same tree"
        fi
        continue
    fi
    "$ASTCMP" --dump "$f" >"$tmp/a.norm" 2>&1
    "$ASTCMP" --dump "$tmp/y.resc" >"$tmp/b.norm" 2>&1
    # the number in a bookmark's name ("resc42") depends on the layout of the DOCX; the hunk lines, on that of the dump
    diff "$tmp/a.norm" "$tmp/b.norm" | grep '^[<>]' | sed 's/resc[0-9][0-9]*/resc<n>/g' >"$tmp/d"
    g=$golden/roundtrip/$name.diff
    if [ -f "$g" ] && grep -v '^#' "$g" | cmp -s - "$tmp/d"; then
        known=$((known + 1))
        ok "$name: DOCX round trip gives the same tree but for what $(basename "$g") explains"
    else
        bad "$name: DOCX round trip gives another tree"
        sed 's/^/    /' "$tmp/cmp"
        head -n 12 "$tmp/d" | sed 's/^/    /'
    fi
done
echo "round trip: $files files; the same tree of resc build -f ast: $plain;" \
     "the same tree under the round-trip comparison: $normalized; known differences: $known"

# --- (1b) text round trip: what `resc build -f text` prints, in each view, imports back
#      as a source that checks with no error and prints the same text: revision marks
#      (CriticMarkup, a wholly inserted clause an inserted clause), footnotes printed
#      before the reasons, the six languages (an Arabic preamble phrase that no table
#      knows among them), tables (aligned columns), appendices; and the DOCX of each
#      language example gives its text again
for f in "$srcdir"/examples/mod-proposal*.resc "$srcdir"/examples/languages/*.resc "$cases"/roundtrip/*.resc; do
    name=$(basename "$f" .resc)
    for v in markup accept reject; do
        "$RESC" build -f text --changes=$v -o "$tmp/t.txt" "$f" 2>/dev/null
        "$RESC" import -f text -o "$tmp/t.resc" "$tmp/t.txt" 2>"$tmp/err"; rc=$?
        "$RESC" check "$tmp/t.resc" >"$tmp/chk" 2>&1; crc=$?
        "$RESC" build -f text -o "$tmp/t2.txt" "$tmp/t.resc" 2>/dev/null
        if [ $rc = 0 ] && [ $crc = 0 ] && cmp -s "$tmp/t.txt" "$tmp/t2.txt"; then
            ok "$name: text round trip ($v view)"
        else
            bad "$name: text round trip ($v view; import $rc, check $crc): $(grep -m1 error "$tmp/err" "$tmp/chk")"
            diff "$tmp/t.txt" "$tmp/t2.txt" 2>&1 | head -n 6 | sed 's/^/    /'
        fi
    done
done
for f in "$srcdir"/examples/languages/*.resc; do
    name=$(basename "$f" .resc)
    "$RESC" build -f docx -o "$tmp/l.docx" "$f" 2>/dev/null
    "$RESC" build -f text -o "$tmp/l.txt" "$f" 2>/dev/null
    "$RESC" import -o "$tmp/l.resc" "$tmp/l.docx" 2>"$tmp/err"; rc=$?
    "$RESC" build -f text -o "$tmp/l2.txt" "$tmp/l.resc" 2>/dev/null
    if [ $rc = 0 ] && [ -s "$tmp/l.txt" ] && cmp -s "$tmp/l.txt" "$tmp/l2.txt"; then
        ok "$name: DOCX round trip gives its text"
    else
        bad "$name: DOCX round trip gives another text (import $rc)"
        diff "$tmp/l.txt" "$tmp/l2.txt" 2>&1 | head -n 6 | sed 's/^/    /'
    fi
done

# --- (2) the comparison itself
while read -r kind a b; do
    case $kind in '#'* | '') continue ;; esac
    if [ "$kind" = exact-different ]; then
        "$ASTCMP" --exact "$cases/compare/$a" "$cases/compare/$b" >/dev/null 2>&1; rc=$?
    else
        "$ASTCMP" "$cases/compare/$a" "$cases/compare/$b" >/dev/null 2>&1; rc=$?
    fi
    want=1; [ "$kind" = same ] && want=0
    if [ $rc = $want ]; then ok "astcmp: $a and $b: $kind"; else bad "astcmp: $a and $b: not $kind (exit $rc)"; fi
done <"$cases/compare/pairs"

# --- (3) seed texts imported as plain text
if ls "$seeds"/[0-9][0-9][0-9]_*.txt >/dev/null 2>&1 && [ -x "$WORDSIM" ]; then
    for seed in "$seeds"/[0-9][0-9][0-9]_*.txt; do
        nnn=$(basename "$seed" | cut -c1-3)
        if ! "$RESC" import -o "$tmp/s.resc" "$seed" 2>"$tmp/err"; then
            bad "seed $nnn: import failed: $(tail -n 1 "$tmp/err")"; continue
        fi
        if ! "$RESC" build $W $W2 -f text -o "$tmp/s.txt" "$tmp/s.resc" 2>"$tmp/err"; then
            bad "seed $nnn: imported source does not build: $(grep -m1 error "$tmp/err")"; continue
        fi
        # the marks are CriticMarkup in text output: drop them, keep both texts
        sed 's/{++//g; s/++}//g; s/{--//g; s/--}//g; s/{~~//g; s/~>//g; s/~~}//g' "$tmp/s.txt" >"$tmp/s.plain"
        sim=$("$WORDSIM" "$tmp/s.plain" "$seed")
        if awk -v s="$sim" 'BEGIN { exit !(s + 0 >= 0.98) }'; then
            ok "seed $nnn: plain-text import has the seed's words ($sim)"
        else
            bad "seed $nnn: plain-text import similarity $sim < 0.98"
        fi
    done
else
    echo "skip: seed texts or wordsim not found: plain-text seeds not imported"
fi

# --- (4) import then check on clean resolutions: no error
for f in "$srcdir"/examples/new-resolution.resc "$srcdir"/examples/eur-38a31-1-corrected.resc \
         "$cases"/clean-*.txt "$cases"/numbered-itu.docx.d "$cases"/numbered-plain.docx.d; do
    [ -e "$f" ] || continue
    name=$(basename "$f")
    case $f in
    *.resc) "$RESC" build -o "$tmp/c.docx" "$f" 2>/dev/null; in=$tmp/c.docx ;;
    *.docx.d) mkdocx "$f" "$tmp/c.docx"; in=$tmp/c.docx ;;
    *) in=$f ;;
    esac
    if "$RESC" import -o "$tmp/c.resc" "$in" 2>"$tmp/err" && "$RESC" check "$tmp/c.resc" >"$tmp/err" 2>&1; then
        ok "$name: import then check reports no error"
    else
        bad "$name: import then check: $(grep -m1 error "$tmp/err")"
    fi
done

# --- (4b) ITU's own Word file (cover page, foreword, ITU styles by name, bold numbers
#      with an italic bis, custom footnote marks) imports with no syntax or structure error
itu=$srcdir/../shared/corpus/T-RES-T.1-2016-MSW-E.docx
if [ -f "$itu" ]; then
    "$RESC" import -o "$tmp/t1.resc" "$itu" 2>"$tmp/err"; rc=$?
    "$RESC" check "$tmp/t1.resc" >>"$tmp/err" 2>&1
    if [ $rc = 0 ] && ! grep -q 'syntax\]\|structure\]' "$tmp/err" &&
       grep -q '^@assembly The World' "$tmp/t1.resc" && ! grep -q '^@abstract' "$tmp/t1.resc"; then
        ok "T-RES-T.1 (ITU's Word file) imports with no syntax or structure error"
    else
        bad "T-RES-T.1 import: $(grep -m1 'syntax\]\|structure\]' "$tmp/err")"
    fi
else
    echo "SKIP (LOUD): ../shared/corpus/T-RES-T.1-2016-MSW-E.docx not found: ITU's Word file not imported"
fi

# --- (4c) nested bold and italic import as markup that parses (the goldens are in (5))
for f in word-slips emphasis; do
    mkdocx "$cases/$f.docx.d" "$tmp/$f.docx"
    if "$RESC" import -o "$tmp/$f.resc" "$tmp/$f.docx" 2>"$tmp/err"; then
        ok "$f.docx imports as a source that parses"
    else
        bad "$f.docx: the source imported does not parse: $(head -n 1 "$tmp/err")"
    fi
done

# --- (5) goldens for the small cases
for f in "$cases"/*.txt "$cases"/*.docx.d; do
    [ -e "$f" ] || continue
    name=$(basename "$f"); name=${name%.d}; name=${name%.*}
    case $name in entity | not-word) continue ;; esac
    in=$f
    case $f in *.docx.d) mkdocx "$f" "$tmp/g.docx"; in=$tmp/g.docx ;; esac
    g="$golden/$name.resc"
    "$RESC" import -o "$tmp/g.resc" "$in" 2>"$tmp/err"
    if [ -f "$g" ] && cmp -s "$g" "$tmp/g.resc"; then
        ok "$name: golden"
    else
        bad "$name: differs from its golden"; diff "$g" "$tmp/g.resc" 2>&1 | head -n 8 | sed 's/^/    /'
    fi
done

# --- (6) safety and usage: a file that is not a Word document, a missing file
printf 'PK\003\004garbage' >"$tmp/bad.docx"
if "$RESC" import "$tmp/bad.docx" >/dev/null 2>"$tmp/err"; then bad "garbage zip accepted"; else ok "garbage zip rejected: $(head -n 1 "$tmp/err")"; fi
if "$RESC" import "$tmp/none.txt" >/dev/null 2>&1; then bad "missing file accepted"; else ok "missing file rejected"; fi
for f in not-word entity; do
    mkdocx "$cases/$f.docx.d" "$tmp/$f.docx"
    if "$RESC" import "$tmp/$f.docx" >/dev/null 2>"$tmp/err"; then
        bad "$f.docx accepted"
    else
        ok "$f.docx rejected: $(head -n 1 "$tmp/err")"
    fi
done
# -f text on a DOCX reads it as text: a clear refusal (NUL bytes), not garbage
if "$RESC" import -f text "$tmp/not-word.docx" >/dev/null 2>&1; then
    bad "-f text accepted a zip"; else ok "-f text refuses a zip"; fi

# --- (7) check, build, diff, synopsis and --base read a Word document, recognized by
#     its content (the name here has no .docx), through the importer
mkdocx "$cases/word-slips.docx.d" "$tmp/word.bin"
cp "$tmp/word.bin" "$tmp/word.keep"
"$RESC" check "$tmp/word.bin" >"$tmp/out" 2>&1; rc=$?
if [ $rc = 1 ] && grep -q "clause lettered 'd)' is the third clause of \*considering\*" "$tmp/out" &&
   ! grep -q 'syntax\]\|encoding\]' "$tmp/out"; then
    ok "check reads a Word document by its content and reports its slip"
else
    bad "check of a Word document (exit $rc): $(head -n 3 "$tmp/out")"
fi
# the findings located as a Word user finds them: paragraph, clause, first words
"$RESC" check "$tmp/word.bin" 2>&1 | sed "s|^$tmp/||" >"$tmp/got"
if cmp -s "$golden/word-slips.check" "$tmp/got"; then
    ok "check of a Word document: findings at their paragraphs"
else
    bad "check of a Word document: places differ"; diff "$golden/word-slips.check" "$tmp/got" | head -n 8 | sed 's/^/    /'
fi
for fmt in json sarif; do
    "$RESC" check --diagnostics-format=$fmt "$tmp/word.bin" >"$tmp/out.$fmt" 2>/dev/null
done
if command -v jq >/dev/null 2>&1; then
    j=$(jq -r '.[2] | "\(.paragraph) \(.clause) \(.excerpt)"' "$tmp/out.json" 2>&1)
    sf=$(jq -r '.runs[0].results[2].locations[0].logicalLocations[0] | "\(.name) \(.fullyQualifiedName) \(.properties.excerpt)"' "$tmp/out.sarif" 2>&1)
    if [ "$j" = "12 considering d) that fields give their result: page 3,…" ] &&
       [ "$sf" = "paragraph 12 considering d) that fields give their result: page 3,…" ]; then
        ok "JSON and SARIF give the paragraph, clause and first words"
    else
        bad "JSON/SARIF places: '$j' / '$sf'"
    fi
else
    echo "SKIP (LOUD): jq not found: JSON and SARIF places of a Word document not checked"
fi
"$RESC" check --fix "$tmp/word.bin" >/dev/null 2>&1
if cmp -s "$tmp/word.bin" "$tmp/word.keep"; then ok "check --fix leaves a Word document as it is"; else bad "check --fix rewrote a Word document"; fi
for f in "$srcdir"/examples/new-resolution.resc "$srcdir"/tests/cases/diff/synopsis-a.resc "$srcdir"/tests/cases/diff/relabel.old.resc "$srcdir"/tests/cases/diff/relabel.new.resc; do
    n=$(basename "$f" .resc)
    "$RESC" build -o "$tmp/$n.docx" "$f" 2>/dev/null
    cp "$tmp/$n.docx" "$tmp/$n.word"
done
"$RESC" build -f text -o "$tmp/a.txt" "$srcdir/examples/new-resolution.resc"
"$RESC" build -f text -o "$tmp/b.txt" "$tmp/new-resolution.word" 2>"$tmp/err"
if cmp -s "$tmp/a.txt" "$tmp/b.txt"; then ok "build of a Word document gives its source's text"; else bad "build of a Word document: $(head -n 2 "$tmp/err")"; fi
"$RESC" diff -o "$tmp/d1.resc" "$srcdir/tests/cases/diff/relabel.old.resc" "$srcdir/tests/cases/diff/relabel.new.resc" 2>/dev/null
"$RESC" diff -o "$tmp/d2.resc" "$tmp/relabel.old.word" "$tmp/relabel.new.word" 2>"$tmp/err"
"$RESC" build -f text -o "$tmp/d1.txt" "$tmp/d1.resc" 2>/dev/null
"$RESC" build -f text -o "$tmp/d2.txt" "$tmp/d2.resc" 2>/dev/null
if [ -s "$tmp/d2.txt" ] && cmp -s "$tmp/d1.txt" "$tmp/d2.txt"; then ok "diff of two Word documents"; else bad "diff of two Word documents: $(head -n 2 "$tmp/err")"; fi
# the Word Compare that knows clauses: two Word documents in, a Word document with the
# relettering and the words as tracked changes out (the format from -o's extension)
if "$RESC" diff -o "$tmp/marked.docx" "$tmp/relabel.old.word" "$tmp/relabel.new.word" 2>"$tmp/err" &&
   "$RESC" build -f docx -o "$tmp/d1.docx" "$tmp/d1.resc" 2>/dev/null &&
   [ "$(unzip -p "$tmp/marked.docx" word/document.xml | grep -o '<w:ins \|<w:del ' | sort | uniq -c)" = \
     "$(unzip -p "$tmp/d1.docx" word/document.xml | grep -o '<w:ins \|<w:del ' | sort | uniq -c)" ] &&
   unzip -p "$tmp/marked.docx" word/document.xml | grep -q '<w:delText[^>]*>c</w:delText>'; then
    ok "diff OLD.docx NEW.docx -o marked.docx: tracked changes, the relettering among them"
else
    bad "diff of two Word documents to marked.docx: $(head -n 2 "$tmp/err")"
fi
if "$RESC" check --base "$tmp/relabel.old.word" "$srcdir/tests/cases/diff/relabel.old.resc" >"$tmp/out" 2>&1; then
    ok "check --base reads a Word document"
else
    bad "check --base with a Word document: $(head -n 2 "$tmp/out")"
fi
if "$RESC" check --base="$tmp/relabel.old.word" "$srcdir/tests/cases/diff/relabel.old.resc" >"$tmp/out" 2>&1; then
    ok "check --base=FILE reads a Word document"
else
    bad "check --base=FILE with a Word document: $(head -n 2 "$tmp/out")"
fi
if "$RESC" synopsis -f html -o "$tmp/syn.txt" "$tmp/synopsis-a.word" 2>"$tmp/err" && grep -q . "$tmp/syn.txt"; then
    ok "synopsis reads a Word document"
else
    bad "synopsis of a Word document: $(head -n 2 "$tmp/err")"
fi
mkdocx "$cases/not-word.docx.d" "$tmp/nw.docx"
"$RESC" check "$tmp/nw.docx" >"$tmp/out" 2>&1; rc=$?
if [ $rc = 1 ] && grep -q 'not a Word document.*\[encoding\]' "$tmp/out"; then
    ok "check refuses a zip that is not a Word document: $(head -n 1 "$tmp/out")"
else
    bad "check of a zip that is not Word (exit $rc): $(head -n 1 "$tmp/out")"
fi

# --- (8) the review copy: a Word-style document (resc's DOCX with resc's bookmarks
#     removed, a label retyped wrong) is checked directly and annotated; the copy keeps
#     every other part byte for byte, document.xml gains only the comment anchors, and
#     LibreOffice, pandoc and the OOXML schemas read it
mkdir -p "$tmp/ws/x"
"$RESC" build -o "$tmp/ws/nr.docx" "$srcdir/examples/new-resolution.resc"
(cd "$tmp/ws/x" && unzip -q ../nr.docx)
sed -i '0,/>b)</s//>c)</; s/<w:bookmarkStart [^>]*\/>//g; s/<w:bookmarkEnd [^>]*\/>//g' "$tmp/ws/x/word/document.xml"
mkdocx "$tmp/ws/x" "$tmp/ws/word.docx"
"$RESC" check "$tmp/ws/word.docx" >"$tmp/out" 2>&1; rc=$?
if [ $rc = 1 ] && grep -q "word.docx: ¶ 16 (recalling c), \"Resolution 98 (Rev. Geneva, 2022) of…\"): error: clause lettered 'c)' is the second clause of \*recalling\*: expected 'b)' \[lettering\]" "$tmp/out" &&
   [ "$(grep -c error: "$tmp/out")" = 1 ]; then
    ok "a Word-style document: the retyped label reported at its paragraph"
else
    bad "a Word-style document (exit $rc): $(head -n 3 "$tmp/out")"
fi
SOURCE_DATE_EPOCH=1700000000 "$RESC" check --annotate -o "$tmp/ws/review.docx" "$tmp/ws/word.docx" >"$tmp/out" 2>&1; rc=$?
mkdir -p "$tmp/ws/r" && (cd "$tmp/ws/r" && unzip -q ../review.docx 2>/dev/null)
same=1
for f in $(cd "$tmp/ws/x" && find . -type f | sed 's|^\./||'); do
    case $f in word/document.xml | word/_rels/document.xml.rels | '[Content_Types].xml') continue ;; esac
    cmp -s "$tmp/ws/x/$f" "$tmp/ws/r/$f" || { same=0; echo "  changed: $f"; }
done
sed 's|<w:commentRangeStart w:id="[0-9]*"/>||g; s|<w:commentRangeEnd w:id="[0-9]*"/><w:r><w:commentReference w:id="[0-9]*"/></w:r>||g' \
    "$tmp/ws/r/word/document.xml" | cmp -s - "$tmp/ws/x/word/document.xml" || { same=0; echo "  document.xml: more than comment anchors changed"; }
if [ $rc = 1 ] && [ $same = 1 ] && grep -q 'w:author="resc" w:date="2023-11-14T22:13:20Z" w:initials="rc"><w:p><w:r><w:t xml:space="preserve">\[lettering\] clause lettered' "$tmp/ws/r/word/comments.xml" &&
   [ "$(grep -o '<w:commentRangeStart' "$tmp/ws/r/word/document.xml" | wc -l)" = 1 ] &&
   grep -q 'relationships/comments" Target="comments.xml"' "$tmp/ws/r/word/_rels/document.xml.rels" &&
   grep -q 'PartName="/word/comments.xml"' "$tmp/ws/r/[Content_Types].xml"; then
    ok "check --annotate: the user's document with one comment by resc, nothing else changed"
else
    bad "check --annotate (exit $rc): $(tail -n 1 "$tmp/out")"
fi
if command -v pandoc >/dev/null 2>&1; then
    pandoc -f docx -t markdown --wrap=none --track-changes=all "$tmp/ws/review.docx" 2>&1 | tr '\n' ' ' >"$tmp/out"
    if grep -q "lettering.*is the second clause of recalling: expected .*b).*comment-start id=\"0\" author=\"resc\".*Resolution 98" "$tmp/out"; then
        ok "pandoc reads the review copy and its comment at the paragraph"
    else
        bad "pandoc does not show resc's comment: $(head -c 300 "$tmp/out")"
    fi
else
    echo "SKIP (LOUD): pandoc not installed: the review copy not read by pandoc"
fi
if [ -z "${RESC_SKIP_CLIENTS:-}" ] && command -v soffice >/dev/null 2>&1; then
    LC_ALL=C.UTF-8 timeout 180 soffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
        --convert-to odt --outdir "$tmp/ws/lo" "$tmp/ws/review.docx" >/dev/null 2>&1
    if unzip -p "$tmp/ws/lo/review.odt" content.xml 2>/dev/null |
       grep -q '<office:annotation[^>]*><dc:creator>resc</dc:creator>.*\[lettering\] clause lettered'; then
        ok "LibreOffice converts the review copy and keeps resc's comment"
    else
        bad "LibreOffice: no comment by resc in the converted review copy"
    fi
else
    echo "SKIP (LOUD): soffice not installed (or RESC_SKIP_CLIENTS): the review copy not opened in LibreOffice"
fi
S=$srcdir/../shared/reference/ooxml-schemas
if [ -f "$S/wml-validate.xsd" ] && command -v xmllint >/dev/null 2>&1; then
    if xmllint --noout --schema "$S/wml-validate.xsd" "$tmp/ws/r/word/comments.xml" "$tmp/ws/r/word/document.xml" >"$tmp/out" 2>&1 &&
       xmllint --noout --schema "$S/opc/opc-relationships.xsd" "$tmp/ws/r/word/_rels/document.xml.rels" >>"$tmp/out" 2>&1 &&
       xmllint --noout --schema "$S/opc/opc-contentTypes.xsd" "$tmp/ws/r/[Content_Types].xml" >>"$tmp/out" 2>&1; then
        ok "the parts written validate against the OOXML schemas"
    else
        bad "the parts written do not validate: $(grep -v validates "$tmp/out" | head -n 3)"
    fi
else
    echo "SKIP (LOUD): ../shared/reference/ooxml-schemas or xmllint absent: the parts written not validated"
fi
# an existing comments.xml is extended: the ids go on from the largest
"$RESC" check --annotate -o "$tmp/ws/review2.docx" "$tmp/ws/review.docx" >/dev/null 2>&1
if unzip -p "$tmp/ws/review2.docx" word/comments.xml | grep -q 'w:comment w:id="0".*w:comment w:id="1"' &&
   [ "$(unzip -p "$tmp/ws/review2.docx" word/_rels/document.xml.rels | grep -o 'relationships/comments"' | wc -l)" = 1 ]; then
    ok "check --annotate of a document with comments adds to them"
else
    bad "check --annotate of a document with comments"
fi
# --fix: the safe fixes (the retyped label, an end punctuation typed wrong) as tracked
# changes by resc; accepted, the text checks clean; the parts still validate
sed -i '0,/and communities;<\/w:t>/s//and communities.<\/w:t>/' "$tmp/ws/x/word/document.xml"
mkdocx "$tmp/ws/x" "$tmp/ws/word2.docx"
SOURCE_DATE_EPOCH=1700000000 "$RESC" check --annotate --fix -o "$tmp/ws/fixed.docx" "$tmp/ws/word2.docx" >/dev/null 2>&1
"$RESC" import -o "$tmp/ws/f.resc" "$tmp/ws/fixed.docx" 2>/dev/null
"$RESC" build -f resc --changes=accept -o "$tmp/ws/acc.resc" "$tmp/ws/f.resc" 2>/dev/null
unzip -p "$tmp/ws/fixed.docx" word/document.xml >"$tmp/ws/fixed.xml" 2>/dev/null
if "$RESC" check "$tmp/ws/word2.docx" 2>&1 | grep -q '2 errors' && "$RESC" check "$tmp/ws/acc.resc" >"$tmp/out" 2>&1 &&
   grep -q '<w:del w:id="[0-9]*" w:author="resc" w:date="2023-11-14T22:13:20Z"><w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:delText xml:space="preserve">c)</w:delText>' "$tmp/ws/fixed.xml" &&
   grep -q 'w:author="resc"[^>]*><w:r><w:t xml:space="preserve">;</w:t></w:r></w:ins>' "$tmp/ws/fixed.xml"; then
    ok "check --annotate --fix: the fixes as tracked changes by resc; accepted, the text checks clean"
else
    bad "check --annotate --fix: $(head -n 2 "$tmp/out")"
fi
if [ -f "$S/wml-validate.xsd" ] && command -v xmllint >/dev/null 2>&1; then
    if xmllint --noout --schema "$S/wml-validate.xsd" "$tmp/ws/fixed.xml" >"$tmp/out" 2>&1; then
        ok "the tracked changes written validate against the OOXML schemas"
    else
        bad "the tracked changes written do not validate: $(head -n 2 "$tmp/out")"
    fi
fi
if "$RESC" check --annotate "$tmp/ws/word.docx" >/dev/null 2>&1 || "$RESC" check --annotate -o "$tmp/none.docx" "$srcdir/examples/new-resolution.resc" >/dev/null 2>&1 ||
   [ -e "$tmp/none.docx" ]; then
    bad "check --annotate without -o, or of a .resc, accepted"
else
    ok "check --annotate needs -o and a Word document"
fi

echo
echo "import: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
