#!/bin/sh
# Seed similarity: each seed text (a text extraction of a real Word document, in
# $RESC_SEEDS_DIR or else $srcdir/../shared/seeds, named NNN_*.txt) is compared word by word
# with what Word users get from its transcription, seeds/NNN-*.resc: resc builds the DOCX,
# LibreOffice exports it to text (which, like the extraction, prints deleted then inserted
# text run together), and tests/tools/wordsim compares the words. Below 0.99 fails. A word
# diff shows every difference left, with the lines of the export and of the seed text.
# Also, every seed file round-trips through pandoc: accepting its DOCX's tracked changes
# gives the same words as resc --changes=accept (wordsim 1.0000).
#
# Why: the seeds are the real documents resc is for; a transcription that drifts from its
# seed, or a DOCX that loses or garbles text on the way to Word users, shows here.
#
# What is normalized, and why each is fair (the rest is in wordsim's header):
#  - wordsim drops the extraction's artefacts on both sides ([bookmark: ...],
#    [footnoteRef:N], the inlined footnote text [N: N ...]), folds the lost non-breaking
#    hyphens (ITUT = ITU-T, "ICTaccessible") and the Markdown markers of seed 003;
#  - footnote marks: LibreOffice prints a mark as plain digits glued to its word
#    ("countries1"), the way the seed prints it once "[footnoteRef:1]" is dropped: nothing
#    to do, the mark counts;
#  - footnote texts: LibreOffice's text export leaves them out, and the seed's inlined copy
#    is dropped, so they are compared on their own: the seed's "[N: N text]" notes against
#    resc's footnote lines ("¹<TAB>text"), which must reach 0.99 too;
#  - labels and tabs: LibreOffice writes "a)<TAB>text" as the seed does; wordsim splits
#    "a)" into "a" ")" on both sides: nothing to do, labels count (resc computes them, so a
#    seed whose original forgot to reletter differs there, and the diff shows it).
# Seeds with deliberate mistakes are built with -W lettering=warning -W punctuation=warning.
# No soffice: skipped (exit 77); no pandoc: the round trip is skipped, loudly.
set -u
# pandoc and LibreOffice read and write text in the locale's encoding: with no locale
# set (a minbase Debian 12 container) pandoc garbles non-ASCII and LibreOffice's text
# export writes U+2011 as '-'. C.UTF-8 is built into glibc on Debian 12, so it exists
# even where no locale package is installed.
LC_ALL=C.UTF-8
export LC_ALL
: "${RESC:=$PWD/resc}" "${srcdir:=.}" "${builddir:=$PWD}"
: "${WORDSIM:=$builddir/tests/tools/wordsim}"
srcdir=$(cd "$srcdir" && pwd)
seeds=${RESC_SEEDS_DIR:-$srcdir/../shared/seeds}
min=0.99

if ! ls "$seeds"/[0-9][0-9][0-9]_*.txt >/dev/null 2>&1; then
    printf '\n*** SKIP: seed texts not found in %s (set RESC_SEEDS_DIR) ***\n\n' "$seeds"
    echo "SKIP: seed texts not found"
    exit 77
fi
if ! command -v soffice >/dev/null 2>&1; then
    printf '\n*** SKIP: soffice not installed: seed similarity needs LibreOffice ***\n\n'
    echo "SKIP: soffice not installed"
    exit 77
fi
if [ ! -x "$WORDSIM" ]; then
    echo "FAIL: $WORDSIM not built (make tests/tools/wordsim)"
    exit 1
fi
export WORDSIM

tmp=$(mktemp -d "${TMPDIR:-/tmp}/resc-seed-sim.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok()  { pass=$((pass + 1)); printf 'ok:   %s\n' "$*"; }
bad() { fail=$((fail + 1)); printf 'FAIL: %s\n' "$*"; }

# The .resc files of seed NNN, in the order of the original document. Seed 002 (a
# side-by-side compilation) is transcribed as several files; any other seed is one file.
parts() {
    case $1 in
    002) echo "002-side-by-side 002-apt-37a28-1 002-eur-38a31-1 002-iap-39a23-1" ;;
    *) for f in "$srcdir/seeds/$1"-*.resc; do [ -f "$f" ] && basename "$f" .resc; done ;;
    esac
}

# --- build every seed file to DOCX (markup view) and text (markup and accept views)
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH
W="-W lettering=warning -W punctuation=warning"
mkdir "$tmp/docx" "$tmp/lo"
for f in "$srcdir"/seeds/*.resc; do
    name=$(basename "$f" .resc)
    if "$RESC" build $W -o "$tmp/docx/$name.docx" "$f" 2>"$tmp/err" &&
       "$RESC" build $W -f text -o "$tmp/$name.markup.txt" "$f" 2>"$tmp/err" &&
       "$RESC" build $W -f text --changes=accept -o "$tmp/$name.accept.txt" "$f" 2>"$tmp/err"; then
        :
    else
        bad "$name: resc build failed: $(tail -n 1 "$tmp/err")"
    fi
done
# every seed file belongs to a seed text, and is listed in parts() when the seed is split
for f in "$srcdir"/seeds/*.resc; do
    name=$(basename "$f" .resc)
    nnn=${name%%-*}
    parts "$nnn" | tr ' ' '\n' | grep -qx "$name" ||
        bad "$name: not among the parts of seed $nnn (parts() in this script)"
done

# --- LibreOffice: every DOCX to text in one start (starting it costs seconds)
timeout 600 soffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
    --convert-to txt:Text --outdir "$tmp/lo" "$tmp"/docx/*.docx >"$tmp/soffice.log" 2>&1

# --- each seed: its parts' exports concatenated, against the seed text
for seed in "$seeds"/[0-9][0-9][0-9]_*.txt; do
    nnn=$(basename "$seed" | cut -c1-3)
    list=$(parts "$nnn")
    if [ -z "$list" ]; then
        bad "seed $nnn: no transcription seeds/$nnn-*.resc"
        continue
    fi
    : >"$tmp/$nnn.export.txt"
    : >"$tmp/$nnn.notes.resc"
    missing=
    for name in $list; do
        if [ -s "$tmp/lo/$name.txt" ]; then
            cat "$tmp/lo/$name.txt" >>"$tmp/$nnn.export.txt"
        else
            missing="$missing $name"
        fi
        # resc's footnote lines: superscript mark(s), TAB, text
        sed -n 's/^[⁰¹²³⁴⁵⁶⁷⁸⁹]\{1,\}\t//p' "$tmp/$name.markup.txt" >>"$tmp/$nnn.notes.resc" \
            2>/dev/null
    done
    if [ -n "$missing" ]; then
        bad "seed $nnn: LibreOffice did not export$missing: $(tail -n 1 "$tmp/soffice.log")"
        continue
    fi
    sim=$("$WORDSIM" "$tmp/$nnn.export.txt" "$seed")
    echo "seed $nnn: $sim"
    if awk -v s="$sim" -v m="$min" 'BEGIN { exit !(s + 0 >= m + 0) }'; then
        ok "seed $nnn: LibreOffice's text of the DOCX has the seed's words ($sim >= $min)"
    else
        bad "seed $nnn: similarity $sim < $min"
    fi
    if [ "$sim" != 1.0000 ]; then
        echo "  word diff, [-resc's DOCX only-] {+seed only+} (export:line seed:line: words):"
        cp "$tmp/$nnn.export.txt" "$tmp/$nnn-docx.txt"
        sh "$srcdir/tests/clients/words.sh" diff "$tmp/$nnn-docx.txt" "$seed" | sed 's/^/    /'
    fi
    # footnote texts, which neither side above carries
    grep -o '\[[0-9][0-9]*: [0-9][0-9]* [^]]*\]' "$seed" |
        sed 's/^\[[0-9]*: [0-9]* *//; s/\]$//' >"$tmp/$nnn.notes.seed"
    if [ -s "$tmp/$nnn.notes.seed" ] || [ -s "$tmp/$nnn.notes.resc" ]; then
        nsim=$("$WORDSIM" "$tmp/$nnn.notes.resc" "$tmp/$nnn.notes.seed")
        echo "seed $nnn footnotes: $nsim"
        if awk -v s="$nsim" -v m="$min" 'BEGIN { exit !(s + 0 >= m + 0) }'; then
            ok "seed $nnn: footnote texts match the seed's ($nsim >= $min)"
        else
            bad "seed $nnn: footnote texts: similarity $nsim < $min"
            sh "$srcdir/tests/clients/words.sh" diff "$tmp/$nnn.notes.resc" \
                "$tmp/$nnn.notes.seed" | sed 's/^/    /'
        fi
    fi
done

# --- pandoc round trip: accepting the DOCX's changes = resc --changes=accept
if command -v pandoc >/dev/null 2>&1; then
    for f in "$srcdir"/seeds/*.resc; do
        name=$(basename "$f" .resc)
        [ -f "$tmp/docx/$name.docx" ] || continue
        if ! pandoc -f docx -t plain --wrap=none --track-changes=accept \
                "$tmp/docx/$name.docx" >"$tmp/pandoc.txt" 2>"$tmp/err"; then
            bad "$name: pandoc failed: $(head -n 1 "$tmp/err")"
            continue
        fi
        sh "$srcdir/tests/clients/words.sh" pandoc <"$tmp/pandoc.txt" >"$tmp/$name.pandoc"
        sh "$srcdir/tests/clients/words.sh" resc <"$tmp/$name.accept.txt" >"$tmp/$name.resc"
        sim=$("$WORDSIM" "$tmp/$name.pandoc" "$tmp/$name.resc")
        echo "pandoc accept $name: $sim"
        if [ "$sim" = 1.0000 ]; then
            ok "$name: pandoc --track-changes=accept = resc --changes=accept"
        else
            bad "$name: pandoc --track-changes=accept differs from resc --changes=accept ($sim):"
            sh "$srcdir/tests/clients/words.sh" diff "$tmp/$name.pandoc" "$tmp/$name.resc" |
                head -n 20 | sed 's/^/    /'
        fi
    done
else
    printf '\n*** SKIP: pandoc not installed: the pandoc round trip is skipped ***\n\n'
fi

echo
echo "seed-similarity: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
