#!/bin/sh
# resc import: (1) round trip: every example and seed built to DOCX and imported back
# gives the same tree as its source (resc build -f ast, locations stripped), or failing
# that, the same text output in all three views; (2) each seed text (NNN_*.txt in
# $RESC_SEEDS_DIR or $srcdir/../shared/seeds) imported as plain text gives a source whose
# text output has the seed's words (wordsim >= 0.98, CriticMarkup marks stripped);
# (3) import then check on clean resolutions reports no error; (4) the small cases in
# tests/cases/import/*.txt import to tests/golden/import/*.resc exactly.
set -u
: "${RESC:=$PWD/resc}" "${srcdir:=.}" "${builddir:=$PWD}"
: "${WORDSIM:=$builddir/tests/tools/wordsim}"
srcdir=$(cd "$srcdir" && pwd)
seeds=${RESC_SEEDS_DIR:-$srcdir/../shared/seeds}
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

# --- (1) DOCX round trip
# What a DOCX cannot carry, for the second tier: whether a deletion next to an insertion
# was typed as one {~~a~>b~~} (the subst flag), footnote and anchor ids (Word numbers
# them), and typed labels (import writes '- ' where the label is the computed one).
loose() {
    sed 's/ @[0-9]*:[0-9]*-[0-9]*:[0-9]*$//; s/ subst$//; s/ typed=[^ ]*//; s/ id=[^ ]*//
         s/^\( *\)fnref ".*"/\1fnref/; s/^\( *\)ref ".*"/\1ref/; s/^\( *\)anchor ".*"/\1anchor/
         s/^\( *\)footnote-def ".*"/\1footnote-def/; s/^\( *\)footnote ".*"/\1footnote/' "$1"
}
exact=0 near=0 textonly=0
for f in "$srcdir"/examples/*.resc "$srcdir"/seeds/*.resc "$srcdir"/tests/cases/*.resc; do
    name=$(basename "$f" .resc)
    if ! "$RESC" build $W -o "$tmp/x.docx" "$f" 2>"$tmp/err"; then
        bad "$name: resc build failed: $(tail -n 1 "$tmp/err")"; continue
    fi
    if ! "$RESC" import -o "$tmp/y.resc" "$tmp/x.docx" 2>"$tmp/err"; then
        bad "$name: import of its DOCX failed: $(tail -n 1 "$tmp/err")"; continue
    fi
    "$RESC" build $W -f ast -o "$tmp/a.ast" "$f" 2>/dev/null
    "$RESC" build $W -f ast -o "$tmp/b.ast" "$tmp/y.resc" 2>"$tmp/err"
    strip "$tmp/a.ast" >"$tmp/a.tree"
    strip "$tmp/b.ast" >"$tmp/b.tree"
    if cmp -s "$tmp/a.tree" "$tmp/b.tree"; then
        exact=$((exact + 1)); ok "$name: DOCX round trip gives the same tree"; continue
    fi
    loose "$tmp/a.ast" >"$tmp/a.loose"
    loose "$tmp/b.ast" >"$tmp/b.loose"
    same=1
    for v in markup accept reject; do
        "$RESC" build $W -f text --changes=$v -o "$tmp/a.txt" "$f" 2>/dev/null
        "$RESC" build $W -f text --changes=$v -o "$tmp/b.txt" "$tmp/y.resc" 2>/dev/null
        cmp -s "$tmp/a.txt" "$tmp/b.txt" || { same=0; echo "  $v view differs:"; diff "$tmp/a.txt" "$tmp/b.txt" | head -n 6 | sed 's/^/    /'; }
    done
    if [ $same = 1 ] && cmp -s "$tmp/a.loose" "$tmp/b.loose"; then
        near=$((near + 1))
        ok "$name: DOCX round trip: same text in all three views, same tree but for ids, typed labels, {~~~>~~}"
    elif [ $same = 1 ]; then
        textonly=$((textonly + 1))
        ok "$name: DOCX round trip gives the same text in all three views (tree differs)"
        diff "$tmp/a.loose" "$tmp/b.loose" | head -n 6 | sed 's/^/    /'
    else
        bad "$name: DOCX round trip differs"
        diff "$tmp/a.tree" "$tmp/b.tree" | head -n 8 | sed 's/^/    /'
    fi
done

echo "round trip: $exact exact trees, $near same but for ids/labels/substitutions, $textonly same text only"

# --- (2) seed texts imported as plain text
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

# --- (3) import then check on clean resolutions: no error
for f in "$srcdir"/examples/new-resolution.resc "$srcdir"/examples/eur-38a31-1-corrected.resc \
         "$srcdir"/tests/cases/import/clean-*.txt; do
    [ -f "$f" ] || continue
    name=$(basename "$f")
    case $f in
    *.resc) "$RESC" build -o "$tmp/c.docx" "$f" 2>/dev/null; in=$tmp/c.docx ;;
    *) in=$f ;;
    esac
    if "$RESC" import -o "$tmp/c.resc" "$in" 2>"$tmp/err" && "$RESC" check "$tmp/c.resc" >"$tmp/err" 2>&1; then
        ok "$name: import then check reports no error"
    else
        bad "$name: import then check: $(grep -m1 error "$tmp/err")"
    fi
done

# --- (4) goldens for the small plain-text cases
for f in "$srcdir"/tests/cases/import/*.txt "$srcdir"/tests/cases/import/plain-styles.docx; do
    [ -f "$f" ] || continue
    name=$(basename "$f"); name=${name%.*}
    g="$srcdir/tests/golden/import/$name.resc"
    "$RESC" import -o "$tmp/g.resc" "$f" 2>"$tmp/err"
    if [ -f "$g" ] && cmp -s "$g" "$tmp/g.resc"; then
        ok "$name: golden"
    else
        bad "$name: differs from its golden"; diff "$g" "$tmp/g.resc" 2>&1 | head -n 8 | sed 's/^/    /'
    fi
done

# --- (5) safety and usage: a file that is not a Word document, a missing file
printf 'PK\003\004garbage' >"$tmp/bad.docx"
if "$RESC" import "$tmp/bad.docx" >/dev/null 2>"$tmp/err"; then bad "garbage zip accepted"; else ok "garbage zip rejected: $(head -n 1 "$tmp/err")"; fi
if "$RESC" import "$tmp/none.txt" >/dev/null 2>&1; then bad "missing file accepted"; else ok "missing file rejected"; fi
for f in not-word entity; do
    if "$RESC" import "$srcdir/tests/cases/import/$f.docx" >/dev/null 2>"$tmp/err"; then
        bad "$f.docx accepted"
    else
        ok "$f.docx rejected: $(head -n 1 "$tmp/err")"
    fi
done
# -f text on a DOCX reads it as text: a clear refusal (NUL bytes), not garbage
if "$RESC" import -f text "$srcdir/tests/cases/import/not-word.docx" >/dev/null 2>&1; then
    bad "-f text accepted a zip"; else ok "-f text refuses a zip"; fi

echo
echo "import: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
