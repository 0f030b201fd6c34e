#!/bin/sh
# Real ITU texts: every file of ../shared/corpus (plain-text extractions and ITU's own Word
# file; $RESC_CORPUS_DIR overrides) goes through what a secretariat would do with it:
# `resc import`, `resc check`, and, when check finds no error, `resc build -f text
# --changes=accept`, whose words are compared with the original (tests/tools/wordsim; at
# least 0.99) and then its lines (tests/clients/lines.sh: the same lines after white
# space, quotes, footnote marks and the number line's case are normalized; no line may
# differ). A Word file is compared with the text named in tests/corpus/expected.
#
# Why: the seeds were chosen for resc; these texts were not. An adopted ITU text that resc
# rejects is resc's mistake, not the text's.
#
# tests/corpus/expected holds, for each file, the number of errors `resc check` still
# reports on it (0: it must check clean and rebuild with its words), then, for a file
# that checks clean, the number of lines (- and + lines of lines.sh's diff) that still
# differ from the original (0 when left out), then, for a Word file, the text its
# words and lines are compared with. The test fails when a
# file gets MORE errors (a regression) and also when it gets FEWER (lower the number in
# the table: the table always says where resc stands). Every file of the corpus must be in
# the table. No corpus: skipped, loudly.
set -u
: "${RESC:=$PWD/resc}" "${srcdir:=.}" "${builddir:=$PWD}"
: "${WORDSIM:=$builddir/tests/tools/wordsim}"
srcdir=$(cd "$srcdir" && pwd)
corpus=${RESC_CORPUS_DIR:-$srcdir/../shared/corpus}
table=$srcdir/tests/corpus/expected
min=0.99

if [ ! -f "$corpus/README.md" ]; then
    printf '\n*** SKIP: the corpus of real ITU texts is not in %s (set RESC_CORPUS_DIR) ***\n\n' "$corpus"
    echo "SKIP: corpus not found"
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/resc-corpus.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok()  { pass=$((pass + 1)); printf 'ok:   %s\n' "$*"; }
bad() { fail=$((fail + 1)); printf 'FAIL: %s\n' "$*"; }

# expected FILE -> "ERRORS [TEXT]" from the table (comments and blank lines skipped)
expected() { sed -n "s/^$1[[:space:]]\{1,\}//p" "$table" | head -n 1; }

printf '%-30s %6s %6s %8s %7s %6s\n' file import errors warnings words lines
for f in "$corpus"/*.txt "$corpus"/*.docx; do
    [ -f "$f" ] || continue
    name=$(basename "$f")
    want=$(expected "$name")
    if [ -z "$want" ]; then
        bad "$name: not in tests/corpus/expected"
        continue
    fi
    set -- $want
    want_errors=$1 want_lines=${2:-0}
    original=$f
    [ $# -ge 3 ] && original=$corpus/$3

    "$RESC" import -o "$tmp/$name.resc" "$f" 2>"$tmp/$name.import"
    import_status=$?
    "$RESC" check --max-diagnostics 100000 "$tmp/$name.resc" >"$tmp/$name.check" 2>&1
    errors=$(grep -c ': error:' "$tmp/$name.check")
    warnings=$(grep -c ': warning:' "$tmp/$name.check")
    words=- lines=-
    if [ "$errors" -eq 0 ] && [ "$import_status" -eq 0 ]; then
        if "$RESC" build -f text --changes=accept -o "$tmp/$name.out.txt" "$tmp/$name.resc" \
            2>"$tmp/$name.build"; then
            words=$("$WORDSIM" "$tmp/$name.out.txt" "$original")
            sh "$srcdir/tests/clients/lines.sh" "$tmp/$name.out.txt" "$original" >"$tmp/$name.lines"
            lines=$(grep -c '^[-+][^-+]' "$tmp/$name.lines")
        else
            words=build-failed
        fi
    fi
    printf '%-30s %6s %6s %8s %7s %6s\n' "$name" "$import_status" "$errors" "$warnings" "$words" "$lines"

    if [ "$errors" -gt "$want_errors" ]; then
        bad "$name: $errors errors, $want_errors expected (a regression):"
        grep ': error:' "$tmp/$name.check" | head -n 10 | sed 's/^/    /'
    elif [ "$errors" -lt "$want_errors" ]; then
        bad "$name: $errors errors, fewer than the $want_errors in tests/corpus/expected: lower it"
    else
        ok "$name: $errors errors, as expected"
    fi
    if [ "$want_errors" -eq 0 ]; then
        [ "$import_status" -eq 0 ] || bad "$name: import exited $import_status"
        case $words in
        [0-9]*)
            if awk -v s="$words" -v m="$min" 'BEGIN { exit !(s + 0 >= m + 0) }'; then
                ok "$name: rebuilt with the original's words ($words >= $min)"
            else
                bad "$name: rebuilt text's words $words < $min"
                sh "$srcdir/tests/clients/words.sh" diff "$tmp/$name.out.txt" "$original" |
                    head -n 20 | sed 's/^/    /'
            fi ;;
        *) bad "$name: not rebuilt ($words): $(tail -n 1 "$tmp/$name.build" 2>/dev/null)" ;;
        esac
        if [ "$lines" = "$want_lines" ]; then
            ok "$name: rebuilt line for line ($lines lines differ, as expected)"
        elif [ "$lines" != - ]; then
            bad "$name: $lines lines of the rebuilt text differ from the original's, $want_lines expected:"
            grep -a '^[-+][^-+]' "$tmp/$name.lines" | head -n 20 | cut -c1-200 | sed 's/^/    /'
        fi
    fi
done
# every row of the table names a file of the corpus
for name in $(sed -n 's/^\([^#[:space:]][^[:space:]]*\).*/\1/p' "$table"); do
    [ -f "$corpus/$name" ] || bad "tests/corpus/expected names $name, which the corpus lacks"
done

echo "corpus: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
