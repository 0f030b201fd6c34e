#!/bin/sh
# Real-client test: every example, seed and the header/relettering/annex cases is built to
# DOCX, HTML and text, and the files are opened with the programs people will open them
# with (LibreOffice, pandoc, Chromium, poppler) by tests/clients/check-docx-html.sh.
# On top of its checks:
#  - accepting (rejecting) the tracked changes in pandoc gives the same words as resc's
#    --changes=accept (reject) text: tests/clients/words.sh undoes the layout
#    differences of the two writers, and tests/tools/wordsim must find 1.0000;
#  - a clause containing <script> and &amp; comes out as that text in the text output, the
#    HTML as Chromium renders it (text, not an element) and the DOCX as LibreOffice and
#    pandoc read it.
# Why: a DOCX that parses can still lose or invert its revisions in a client, and an HTML
# page can still turn text into markup; only the clients tell. Screenshots (Chromium's of
# the HTML, LibreOffice's first PDF page of the DOCX) are kept in
# $builddir/tests/out/clients/ for a person to look at.
#
# RESC_SKIP_CLIENTS set: skipped (exit 77). A missing client is reported loudly and only
# its checks are skipped; exit 77 when none of soffice, pandoc, chromium is installed.
set -u
# pandoc and LibreOffice read and write text in the locale's encoding: with no locale
# set (a minbase Debian 12 container) pandoc garbles non-ASCII and LibreOffice's text
# export writes U+2011 as '-'. C.UTF-8 is built into glibc on Debian 12, so it exists
# even where no locale package is installed.
LC_ALL=C.UTF-8
export LC_ALL
: "${RESC:=$PWD/resc}" "${srcdir:=.}" "${builddir:=$PWD}"
: "${WORDSIM:=$builddir/tests/tools/wordsim}"

if [ -n "${RESC_SKIP_CLIENTS:-}" ]; then
    echo "SKIP: real clients skipped (RESC_SKIP_CLIENTS)"
    exit 77
fi

missing=0
for tool in soffice pandoc chromium; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        missing=$((missing + 1))
        printf '\n*** SKIP: %s not installed: its client checks are skipped ***\n\n' "$tool"
    fi
done
if [ "$missing" -eq 3 ]; then
    echo "SKIP: no real client installed (soffice, pandoc, chromium)"
    exit 77
fi
if [ ! -x "$WORDSIM" ]; then
    echo "FAIL: $WORDSIM not built (make tests/tools/wordsim)"
    exit 1
fi

srcdir=$(cd "$srcdir" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/resc-run-clients.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
out=$tmp/out
mkdir "$out"
pass=0 fail=0
ok()  { pass=$((pass + 1)); printf 'ok:   %s\n' "$*"; }
bad() { fail=$((fail + 1)); printf 'FAIL: %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

# A clause whose text is markup and an entity reference in HTML and XML: it must stay text.
escape_text='that <script>alert("x")</script> and &amp; & &lt; stay text as written.'
cat >"$tmp/escapes.resc" <<EOF
# written by tests/run-clients.sh
@resolution 1 (Geneva, 2024)
@title Text that looks like <b>markup</b> & entities
@assembly The Assembly,

resolves
- $escape_text
EOF

# --- build: NAME.docx, NAME.html, NAME.txt (markup view), NAME.accept.txt, NAME.reject.txt
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH
for f in "$srcdir"/examples/*.resc "$srcdir"/seeds/*.resc \
         "$srcdir"/tests/cases/relettering.resc "$srcdir"/tests/cases/document-header.resc \
         "$srcdir"/tests/cases/annex-escapes.resc "$tmp/escapes.resc"; do
    [ -f "$f" ] || continue
    name=$(basename "$f" .resc)
    # the seeds keep the lettering and punctuation mistakes of the documents they were
    # transcribed from: those rules are warnings for them
    case $f in
    "$srcdir"/seeds/*) set -- -W lettering=warning -W punctuation=warning ;;
    *) set -- ;;
    esac
    built=1
    for spec in docx:docx:markup html:html:markup text:txt:markup text:accept.txt:accept \
                text:reject.txt:reject; do
        IFS=: read -r fmt ext view <<EOF
$spec
EOF
        if ! "$RESC" build "$@" -f "$fmt" --changes="$view" -o "$out/$name.$ext" "$f" \
                2>"$tmp/build.err"; then
            built=0
            bad "$name: resc build -f $fmt --changes=$view failed: $(tail -n 1 "$tmp/build.err")"
        fi
    done
    [ "$built" -eq 1 ] && ok "$name: built to docx, html, txt (markup, accept, reject)"
done

# --- the checker: package, LibreOffice, pandoc line checks, HTML, Chromium, screenshots
bash "$srcdir/tests/clients/check-docx-html.sh" "$out" >"$tmp/checker.log" 2>&1
cat "$tmp/checker.log"
summary=$(tail -n 1 "$tmp/checker.log")
case $summary in
*" passed, "*" failed, "*" skipped")
    set -- $summary
    pass=$((pass + $1))
    fail=$((fail + $3))
    ;;
*) bad "check-docx-html.sh did not finish: $summary" ;;
esac

shots=$builddir/tests/out/clients
mkdir -p "$shots"
rm -f "$shots"/*.png
if ls "$out"/*.png >/dev/null 2>&1; then
    cp "$out"/*.png "$shots"/
    echo "screenshots: $(ls "$shots"/*.png | wc -l) PNG files in $shots"
fi

# --- pandoc accept/reject = resc accept/reject, word for word
if have pandoc; then
    for docx in "$out"/*.docx; do
        name=$(basename "$docx" .docx)
        for how in accept reject; do
            if ! pandoc -f docx -t plain --wrap=none --track-changes=$how "$docx" \
                    >"$tmp/pandoc.txt" 2>"$tmp/pandoc.err"; then
                bad "$name: pandoc --track-changes=$how failed: $(head -n 1 "$tmp/pandoc.err")"
                continue
            fi
            sh "$srcdir/tests/clients/words.sh" pandoc <"$tmp/pandoc.txt" >"$tmp/a"
            sh "$srcdir/tests/clients/words.sh" resc <"$out/$name.$how.txt" >"$tmp/b"
            sim=$("$WORDSIM" "$tmp/a" "$tmp/b")
            if [ "$sim" = 1.0000 ]; then
                ok "$name: pandoc $how = resc --changes=$how, word for word (wordsim $sim)"
                continue
            fi
            bad "$name: pandoc $how differs from resc --changes=$how (wordsim $sim); word diff, [-pandoc only-] {+resc only+}:"
            cp "$tmp/a" "$tmp/pandoc-$how"
            cp "$tmp/b" "$tmp/resc-$how"
            WORDSIM=$WORDSIM sh "$srcdir/tests/clients/words.sh" diff "$tmp/pandoc-$how" \
                "$tmp/resc-$how" | head -n 20 | sed 's/^/    /'
        done
    done
fi

# --- <script> and &amp; stay text
squeeze() { tr -s ' \t\n' '   ' | sed 's/^ //; s/ $//'; }
want=$(printf '%s\n' "$escape_text" | squeeze)
if grep -qF -- "$escape_text" "$out/escapes.txt"; then
    ok "escapes: text output has the clause as written"
else
    bad "escapes: text output lacks the clause: $(grep resolves -A1 "$out/escapes.txt" | tail -n 1)"
fi
if have chromium; then
    profile=$tmp/chrome
    flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$profile"
    # one start for the DOM and the printed page; the page is printed again alone if missing
    timeout 120 chromium $flags --dump-dom --no-pdf-header-footer \
        --print-to-pdf="$tmp/escapes-html.pdf" "file://$out/escapes.html" >"$tmp/dom" 2>/dev/null
    if grep -q '&lt;script&gt;' "$tmp/dom" && ! grep -qi '<script' "$tmp/dom"; then
        ok "escapes: Chromium's DOM has <script> as text, no <script> element"
    else
        bad "escapes: Chromium's DOM has a <script> element or lost the text"
    fi
    [ -s "$tmp/escapes-html.pdf" ] || timeout 120 chromium $flags --no-pdf-header-footer \
        --print-to-pdf="$tmp/escapes-html.pdf" "file://$out/escapes.html" >/dev/null 2>&1
    if have pdftotext; then
        got=$(pdftotext "$tmp/escapes-html.pdf" - 2>/dev/null | squeeze)
        case $got in
        *"$want"*) ok "escapes: Chromium renders the clause as written (printed to PDF)" ;;
        *) bad "escapes: Chromium's rendering lacks the clause; it shows: $got" ;;
        esac
    else
        printf '\n*** SKIP: pdftotext not installed: Chromium rendering of escapes not read ***\n\n'
    fi
fi
if have soffice; then
    timeout 180 soffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
        --convert-to txt:Text --outdir "$tmp" "$out/escapes.docx" >/dev/null 2>&1
    got=$(squeeze <"$tmp/escapes.txt" 2>/dev/null)
    case $got in
    *"$want"*) ok "escapes: LibreOffice reads the clause from the DOCX as written" ;;
    *) bad "escapes: LibreOffice's text of the DOCX lacks the clause; it shows: $got" ;;
    esac
fi
if have pandoc; then
    got=$(pandoc -f docx -t plain --wrap=none "$out/escapes.docx" 2>/dev/null | squeeze)
    case $got in
    *"$want"*) ok "escapes: pandoc reads the clause from the DOCX as written" ;;
    *) bad "escapes: pandoc's text of the DOCX lacks the clause; it shows: $got" ;;
    esac
fi

# --- a table in an annex: LibreOffice lays the DOCX out as a table (pdftotext -layout
# prints each row's cells on one line, in order), and pandoc reads a table from it
tables=$srcdir/tests/cases/engines/tables.resc
if "$RESC" build -f docx -o "$tmp/tables.docx" "$tables" 2>"$tmp/build.err"; then
    if have soffice && have pdftotext; then
        timeout 180 soffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
            --convert-to pdf --outdir "$tmp" "$tmp/tables.docx" >/dev/null 2>&1
        got=$(pdftotext -layout "$tmp/tables.pdf" - 2>/dev/null)
        if printf '%s\n' "$got" | grep -Eq '^ *Goal +Target +Year *$' &&
            printf '%s\n' "$got" | grep -Eq '^ *Innovation +one hub in each region +2025 *$' &&
            printf '%s\n' "$got" | grep -Eq '^ *Filing +100 *$'; then
            ok "tables: LibreOffice lays out the DOCX's tables, each row's cells on one line"
        else
            bad "tables: LibreOffice's PDF of the DOCX does not show the table rows; it shows: $got"
        fi
    fi
    # a row inserted or deleted whole is a tracked row change in LibreOffice (its row
    # style says text-changes-only="false"), not only a change of the row's text
    if have soffice && have perl; then
        timeout 180 soffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
            --convert-to fodt --outdir "$tmp" "$tmp/tables.docx" >/dev/null 2>&1
        got=$(perl -0ne 'my %row; $row{$1} = 1 while
            /<style:style style:name="([^"]+)" style:family="table-row">\s*<style:table-row-properties[^>]*text-changes-only="false"/g;
            while (/<table:table-row table:style-name="([^"]+)">(.*?)<\/table:table-row>/gs) {
              next unless $row{$1}; my $t = $2; $t =~ s/<[^>]*>//g; $t =~ s/\s+/ /g; print "[$t]" }' \
            "$tmp/tables.fodt" 2>/dev/null)
        case $got in
        "[ Sustainability half of e-waste recycled 2030 ][ Innovation one hub in each region 2025 ]")
            ok "tables: LibreOffice reads the inserted and the deleted row as tracked row changes" ;;
        *) bad "tables: LibreOffice reads no tracked row change for the inserted and deleted rows; rows: $got" ;;
        esac
    fi
    if have pandoc; then
        got=$(pandoc -f docx -t html "$tmp/tables.docx" 2>/dev/null | tr -d '\n')
        case $got in
        *"<th>Goal</th>"*"<td>Partnership</td>"*) ok "tables: pandoc reads the DOCX's table with its header row" ;;
        *) bad "tables: pandoc reads no table with a header row from the DOCX" ;;
        esac
    fi
else
    bad "tables: resc build -f docx failed: $(tail -n 1 "$tmp/build.err")"
fi

echo
echo "clients: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
