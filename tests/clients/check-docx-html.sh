#!/bin/bash
# check-docx-html.sh DIR: open resc's DOCX and HTML output with the real
# clients (LibreOffice, pandoc, Chromium, poppler, xmllint, unzip) and check
# what they see.
#
# Why: a .docx that merely parses can still be refused by LibreOffice, lose
# its tracked changes in pandoc, or print the wrong text; an HTML page can
# still carry broken links or duplicate ids. Only the clients tell. A missing
# tool is reported loudly as "SKIP: <tool> not installed" and only the checks
# that need it are skipped.
#
# DIR holds the files to check:
#   NAME.docx          checked: zip (content types first, every XML part
#                      well-formed), LibreOffice txt and pdf export (first
#                      page rendered to NAME-1.png for a person to look at),
#                      pandoc --track-changes=accept and =reject
#   NAME.txt           optional: resc's text output (markup view) of the same
#                      input; LibreOffice's txt export, which flattens tracked
#                      changes like the seed texts, must equal it with the
#                      CriticMarkup marks removed, comments and footnote lines
#                      dropped, superscript digits as digits, blank lines
#                      ignored
#   NAME.accept.txt    optional: resc's text output with --changes=accept;
#   NAME.reject.txt    every line of it must be in pandoc's accept (reject)
#                      output, and a line only the other version has must not
#   NAME.html          checked: doctype, lang, meta charset, title, unique
#                      ids, every #link has its id, no element that Chromium
#                      parses as <script>; screenshot to NAME.png
#
# Prints one line per check and ends with "N passed, N failed, N skipped".
# Exit status 1 when a check failed.

set -u

dir=${1:?usage: check-docx-html.sh DIR}
pass=0 fail=0 skip=0
work=$(mktemp -d "${TMPDIR:-/tmp}/resc-clients.XXXXXX")
trap 'rm -rf "$work"' EXIT

ok()   { pass=$((pass + 1)); printf 'ok:   %s\n' "$*"; }
bad()  { fail=$((fail + 1)); printf 'FAIL: %s\n' "$*"; }
skipped() { skip=$((skip + 1)); }

have() {
    if command -v "$1" >/dev/null 2>&1; then
        return 0
    fi
    # once per tool, loudly
    if [ ! -e "$work/skip-$1" ]; then
        : >"$work/skip-$1"
        printf '\n*** SKIP: %s not installed ***\n\n' "$1"
        printf 'SKIP: %s not installed\n' "$1" >&2
    fi
    skipped
    return 1
}

# normalize text for comparison: no BOM, no CR, pandoc's [N] footnote marks
# and superscript digits (resc's marks) dropped, tabs and runs of spaces as
# one space, trimmed, blank lines dropped
norm() {
    sed -e 's/^\xEF\xBB\xBF//' -e 's/\r$//' -e 's/[⁰¹²³⁴⁵⁶⁷⁸⁹]//g' |
    awk '{
        gsub(/\[[0-9]+\]/, "")
        gsub(/\t/, " "); gsub(/ +/, " "); sub(/^ /, ""); sub(/ $/, "")
        if ($0 != "") print
    }'
}

# resc's markup-view text as LibreOffice's txt export shows the same
# document: revision marks removed (LibreOffice prints deleted and inserted
# text one after the other), comments and footnote lines (superscript number
# + TAB) dropped, footnote marks as plain digits. LibreOffice numbers
# footnotes through the whole document (it does not import Word's restart in
# each section), so the marks of a later resolution (blocks are separated by
# blank lines) are shifted by the footnotes before it.
flatten_markup() {
    # superscript digits become SOH + digit first: awk then sees ASCII only
    soh=$(printf '\001')
    sed -e "s/⁰/${soh}0/g; s/¹/${soh}1/g; s/²/${soh}2/g; s/³/${soh}3/g; s/⁴/${soh}4/g" \
        -e "s/⁵/${soh}5/g; s/⁶/${soh}6/g; s/⁷/${soh}7/g; s/⁸/${soh}8/g; s/⁹/${soh}9/g" |
    awk '
    {
        while ((i = index($0, "{>>")) > 0) {
            j = index(substr($0, i), "<<}")
            if (j == 0) break
            $0 = substr($0, 1, i - 1) substr($0, i + j + 2)
        }
        gsub(/\{\+\+/, ""); gsub(/\+\+\}/, ""); gsub(/\{--/, ""); gsub(/--\}/, "")
        if ($0 ~ /^(\001[0-9])+\t/) { notes++; next }
        if ($0 == "") { offset += notes; notes = 0; print; next }
        out = ""
        while (match($0, /(\001[0-9])+/)) {
            mark = substr($0, RSTART, RLENGTH)
            gsub(/\001/, "", mark)
            out = out substr($0, 1, RSTART - 1) (mark + offset)
            $0 = substr($0, RSTART + RLENGTH)
        }
        print out $0
    }'
}


# contains FILE-EXPECTED FILE-GOT: each expected line is a line of GOT or
# part of one (a table cell)
missing_lines() {
    awk 'NR == FNR { got[++n] = $0; whole[$0] = 1; next }
         { if ($0 in whole) next
           for (k = 1; k <= n; k++) if (index(got[k], $0)) next
           print }' "$2" "$1"
}

# lines of A that B does not have, found whole in GOT
forbidden_lines() {
    awk 'FILENAME == ARGV[1] { a[$0] = 1; next }
         FILENAME == ARGV[2] { b[$0] = 1; next }
         { if (($0 in a) && !($0 in b)) print }' "$1" "$2" "$3"
}

# attr_values NAME FILE: the values of attribute NAME in the tags of an HTML
# file (either quote style), entity references decoded
attr_values() {
    grep -o '<[a-zA-Z][^>]*>' "$2" |
    grep -o " $1=\"[^\"]*\"\| $1='[^']*'" |
    sed -e "s/^ $1=.//" -e 's/.$//' \
        -e 's/&quot;/"/g' -e "s/&#39;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g'
}

soffice_run() { # soffice_run FORMAT OUTDIR FILE...
    fmt=$1 out=$2
    shift 2
    timeout 600 soffice -env:UserInstallation="file://$work/lo-profile" --headless \
        --convert-to "$fmt" --outdir "$out" "$@" >"$work/soffice.log" 2>&1
}

# LibreOffice converts every file in one start per format: starting it costs seconds, a
# conversion a fraction of one. A file the batch did not convert is tried again alone
# below, so that its own error is the one reported.
mkdir "$work/lo"
if command -v soffice >/dev/null 2>&1 && ls "$dir"/*.docx >/dev/null 2>&1; then
    soffice_run txt:Text "$work/lo" "$dir"/*.docx
    soffice_run pdf "$work/lo" "$dir"/*.docx
fi

for docx in "$dir"/*.docx; do
    [ -e "$docx" ] || break
    name=$(basename "$docx" .docx)
    base=${docx%.docx}

    # --- the package
    if have unzip; then
        first=$(unzip -Z1 "$docx" 2>/dev/null | head -n 1)
        if unzip -tq "$docx" >/dev/null 2>&1 && [ "$first" = "[Content_Types].xml" ]; then
            ok "$name.docx: zip intact, [Content_Types].xml first"
        else
            bad "$name.docx: zip broken or [Content_Types].xml not first (first: $first)"
        fi
        if have xmllint; then
            rm -rf "$work/x" && mkdir "$work/x" && (cd "$work/x" && unzip -q "$docx")
            badparts=$(find "$work/x" -type f \( -name '*.xml' -o -name '*.rels' \) \
                -exec sh -c 'xmllint --noout "$1" 2>/dev/null || echo "$1"' _ {} \; | sed "s|$work/x/||")
            if [ -z "$badparts" ]; then
                ok "$name.docx: every XML part well-formed"
            else
                bad "$name.docx: not well-formed: $badparts"
            fi
        fi
        # Word refuses a document whose revision ids repeat, and a link to a
        # bookmark that does not exist goes nowhere
        unzip -p "$docx" word/document.xml word/footnotes.xml 2>/dev/null |
            grep -o '<w:\(ins\|del\) w:id="[0-9-]*"' | sed 's/.*w:id=//' | sort | uniq -d >"$work/dup"
        if [ -s "$work/dup" ]; then
            bad "$name.docx: revision ids used twice: $(tr '\n' ' ' <"$work/dup")"
        else
            ok "$name.docx: revision ids unique"
        fi
        unzip -p "$docx" word/document.xml >"$work/doc.xml" 2>/dev/null
        grep -o 'w:name="[^"]*"' "$work/doc.xml" | sed 's/^w:name=//' | sort -u >"$work/marks"
        grep -o 'w:anchor="[^"]*"' "$work/doc.xml" | sed 's/^w:anchor=//' | sort -u >"$work/anchors"
        if [ -z "$(comm -23 "$work/anchors" "$work/marks")" ]; then
            ok "$name.docx: every internal link has its bookmark"
        else
            bad "$name.docx: links to missing bookmarks: $(comm -23 "$work/anchors" "$work/marks" | tr '\n' ' ')"
        fi
    fi

    # --- LibreOffice: text and PDF
    if have soffice; then
        if [ -s "$work/lo/$name.txt" ] ||
           { soffice_run txt:Text "$work/lo" "$docx" && [ -s "$work/lo/$name.txt" ]; }; then
            ok "$name.docx: LibreOffice opens it (txt export)"
            if [ -f "$base.txt" ]; then
                flatten_markup <"$base.txt" | norm >"$work/want"
                norm <"$work/lo/$name.txt" >"$work/got"
                if diff -u "$work/want" "$work/got" >"$work/diff"; then
                    ok "$name.docx: LibreOffice txt = resc text with changes flattened"
                else
                    bad "$name.docx: LibreOffice txt differs from $name.txt flattened:"
                    sed 's/^/    /' "$work/diff" | head -n 40
                fi
            fi
        else
            bad "$name.docx: LibreOffice cannot open it: $(tail -n 1 "$work/soffice.log")"
        fi
        if [ -s "$work/lo/$name.pdf" ] ||
           { soffice_run pdf "$work/lo" "$docx" && [ -s "$work/lo/$name.pdf" ]; }; then
            ok "$name.docx: LibreOffice PDF export"
            if have pdftoppm; then
                if pdftoppm -png -r 80 -f 1 -l 1 "$work/lo/$name.pdf" "$base" 2>/dev/null &&
                   ls "$base"-1.png "$base"-01.png 2>/dev/null | grep -q .; then
                    ok "$name.docx: first page rendered to $(ls "$base"-1.png "$base"-01.png 2>/dev/null | head -n 1)"
                else
                    bad "$name.docx: pdftoppm could not render the PDF"
                fi
            fi
        else
            bad "$name.docx: LibreOffice PDF export failed: $(tail -n 1 "$work/soffice.log")"
        fi
    fi

    # --- pandoc: accept and reject the tracked changes
    if have pandoc; then
        for how in accept reject; do
            if ! pandoc -f docx -t plain --wrap=none --track-changes=$how "$docx" >"$work/$how.raw" 2>"$work/pandoc.log"; then
                bad "$name.docx: pandoc --track-changes=$how failed: $(head -n 1 "$work/pandoc.log")"
                continue
            fi
            norm <"$work/$how.raw" >"$work/$how.got"
            if [ -f "$base.$how.txt" ]; then
                norm <"$base.$how.txt" >"$work/$how.want"
                miss=$(missing_lines "$work/$how.want" "$work/$how.got")
                if [ -z "$miss" ]; then
                    ok "$name.docx: pandoc $how gives every line of $name.$how.txt"
                else
                    bad "$name.docx: pandoc $how lacks lines of $name.$how.txt:"
                    printf '%s\n' "$miss" | sed 's/^/    /' | head -n 20
                fi
            else
                ok "$name.docx: pandoc reads it (--track-changes=$how)"
            fi
        done
        for pair in "accept reject" "reject accept"; do
            set -- $pair
            if [ -f "$base.$1.txt" ] && [ -f "$base.$2.txt" ] && [ -f "$work/$1.got" ]; then
                norm <"$base.$2.txt" >"$work/other"
                norm <"$base.$1.txt" >"$work/this"
                extra=$(forbidden_lines "$work/other" "$work/this" "$work/$1.got")
                if [ -z "$extra" ]; then
                    ok "$name.docx: pandoc $1 has none of the lines only $name.$2.txt has"
                else
                    bad "$name.docx: pandoc $1 still has lines of the other version:"
                    printf '%s\n' "$extra" | sed 's/^/    /' | head -n 20
                fi
            fi
        done
    fi
done

for html in "$dir"/*.html; do
    [ -e "$html" ] || break
    name=$(basename "$html" .html)
    base=${html%.html}

    head -c 15 "$html" | grep -qx '<!DOCTYPE html>' &&
        grep -q '<html lang="en"' "$html" && grep -q '<meta charset="utf-8">' "$html" &&
        grep -q '<title>[^<]' "$html" &&
        ok "$name.html: doctype, lang, meta charset, title" ||
        bad "$name.html: doctype, lang, meta charset or title missing"

    attr_values id "$html" >"$work/idlist"
    sort "$work/idlist" | uniq -d >"$work/dupids"
    if [ -s "$work/dupids" ]; then
        bad "$name.html: duplicate ids: $(tr '\n' ' ' <"$work/dupids")"
    else
        ok "$name.html: ids unique"
    fi
    sort -u "$work/idlist" >"$work/ids"
    attr_values href "$html" | sed -n 's/^#//p' | while IFS= read -r h; do
        # browsers also try the percent-decoded fragment
        printf '%s\n' "$h"
        printf '%b\n' "$(printf '%s' "$h" | sed 's/%\([0-9A-Fa-f][0-9A-Fa-f]\)/\\x\1/g')"
    done | paste - - | while IFS="$(printf '\t')" read -r raw dec; do
        grep -qxF -- "$raw" "$work/ids" || grep -qxF -- "$dec" "$work/ids" || printf '%s\n' "$raw"
    done >"$work/dangling"
    if [ ! -s "$work/dangling" ]; then
        ok "$name.html: every #link has its target"
    else
        bad "$name.html: links without target: $(tr '\n' ' ' <"$work/dangling")"
    fi

    if have chromium; then
        profile=$(mktemp -d "$work/chrome.XXXXXX")
        flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$profile"
        url="file://$(realpath "$html")"
        # one start for the DOM and the screenshot (recent Chromium does both in one run);
        # either one missing is tried again alone
        rm -f "$base.png"
        timeout 120 chromium $flags --dump-dom --screenshot="$base.png" --window-size=900,1400 \
            "$url" >"$work/dom" 2>/dev/null
        [ -s "$work/dom" ] || timeout 120 chromium $flags --dump-dom "$url" >"$work/dom" 2>/dev/null
        if [ -s "$work/dom" ]; then
            if grep -qi '<script' "$work/dom"; then
                bad "$name.html: Chromium parsed a <script> element (escaping broken)"
            else
                ok "$name.html: Chromium parses it, no <script> element"
            fi
        else
            bad "$name.html: Chromium could not load it"
        fi
        [ -s "$base.png" ] || timeout 120 chromium $flags --screenshot="$base.png" \
            --window-size=900,1400 "$url" >/dev/null 2>&1
        if [ -s "$base.png" ]; then
            ok "$name.html: screenshot $base.png"
        else
            bad "$name.html: Chromium screenshot failed"
        fi
    fi
done

echo
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
