#!/bin/sh
# words.sh: word-level helpers of the real-client and seed tests (tests/run-clients.sh,
# tests/run-seed-similarity.sh), with tests/tools/wordsim doing the comparing.
#
#   words.sh pandoc <TEXT    pandoc's plain-text rendering of a .docx, and resc's own text
#   words.sh resc <TEXT      output, rewritten into the same plain layout
#   words.sh diff A B        word diff of two texts, hunk by hunk, each with the lines of
#                            A and B it is on and a few words around it; needs $WORDSIM
#                            and GNU diff
#
# Why the rewriting: the tests check that a client accepting or rejecting resc's tracked
# changes (pandoc --track-changes=accept|reject) reads the same words as resc's
# --changes=accept|reject text. The two writers lay the same words out differently, and
# only the layout is normalized here:
#  - footnotes: pandoc marks a note "[N]" after the word and prints every note at the end of
#    the document as "[N] text"; resc marks it with superscript digits and prints the notes
#    ("¹<TAB>text") after their resolution, numbering them per resolution. Both become a
#    mark " @fn" where the note is referenced, and "@note text" lines moved to the end in
#    order: the place of each mark and the words of each note still count, the numbers
#    (which differ by design in multi-resolution documents) do not.
#  - tables (the document header of a proposal): pandoc draws a grid, wrapping each cell
#    within its column, so two cells' lines interleave; the grid is undone, each row's
#    cells printed one after the other, left to right, as resc prints them.
# Tabs, line wrapping and blank lines need nothing: wordsim compares words.
# Why the diff: a similarity says how much differs, a word diff says what and where.
set -u
mode=${1:?usage: words.sh pandoc|resc <TEXT | words.sh diff A B}

case $mode in
pandoc)
    awk '
    function flush(   c) {
        for (c = 1; c <= ncell; c++) if (cell[c] != "") print cell[c]
        for (c = 1; c <= ncell; c++) cell[c] = ""
        ncell = 0
    }
    # a grid border: +---+---+ or +===+===+
    /^\+[-=:+]+\+[ \t]*$/ { flush(); intable = 1; next }
    intable && /^\|/ {
        n = split($0, f, "|")
        # f[1] is empty (before the first bar), f[n] after the last one
        for (c = 2; c < n; c++) {
            t = f[c]; gsub(/^ +| +$/, "", t)
            if (t != "") cell[c - 1] = cell[c - 1] (cell[c - 1] == "" ? "" : " ") t
        }
        if (n - 2 > ncell) ncell = n - 2
        next
    }
    { if (intable) { flush(); intable = 0 } }
    /^\[[0-9]+\] / { sub(/^\[[0-9]+\] /, "@note "); notes[++nn] = $0; next }
    {
        out = ""
        while (match($0, /[^ \t]\[[0-9]+\]/)) {
            out = out substr($0, 1, RSTART) " @fn"
            $0 = substr($0, RSTART + RLENGTH)
        }
        print out $0
    }
    END { flush(); for (k = 1; k <= nn; k++) print notes[k] }'
    ;;
resc)
    # superscript digits as SOH first: mawk counts bytes, not characters
    soh=$(printf '\001')
    sed -e "s/[⁰¹²³⁴⁵⁶⁷⁸⁹]/${soh}/g" |
    awk '
    /^\001+\t/ { sub(/^\001+\t/, "@note "); notes[++nn] = $0; next }
    { gsub(/\001+/, " @fn"); print }
    END { for (k = 1; k <= nn; k++) print notes[k] }'
    ;;
diff)
    a=${2:?usage: words.sh diff A B} b=${3:?usage: words.sh diff A B}
    : "${WORDSIM:?words.sh diff needs WORDSIM, the path of tests/tools/wordsim}"
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/resc-words.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    "$WORDSIM" -t "$a" >"$tmp/a" && "$WORDSIM" -t "$b" >"$tmp/b" || exit 2
    cut -f2 "$tmp/a" >"$tmp/a.w"
    cut -f2 "$tmp/b" >"$tmp/b.w"
    # one character per step of the edit script: '=' both, '<' only A, '>' only B
    diff --unchanged-line-format='=%c'\''\012'\' --old-line-format='<%c'\''\012'\' \
        --new-line-format='>%c'\''\012'\' "$tmp/a.w" "$tmp/b.w" >"$tmp/ops"
    awk -v ctx=4 -v an="$(basename "$a")" -v bn="$(basename "$b")" '
    FILENAME == ARGV[1] { split($0, f, "\t"); aw[++na] = f[2]; al[na] = f[1]; next }
    FILENAME == ARGV[2] { split($0, f, "\t"); bw[++nb] = f[2]; bl[nb] = f[1]; next }
    { op[++n] = $0 }
    function hunk(   k, s, i, j, ins, del, la, lb) {
        # words before: the last ctx matched words
        s = ""
        for (k = ia0 - ctx; k < ia0; k++) if (k >= 1) s = s aw[k] " "
        del = ""; ins = ""
        i = ia0; j = ib0
        for (k = hs; k <= he; k++) {
            if (op[k] == "<") del = del (del == "" ? "" : " ") aw[i++]
            else ins = ins (ins == "" ? "" : " ") bw[j++]
        }
        la = (ia0 <= na) ? al[ia0] : al[na]
        lb = (ib0 <= nb) ? bl[ib0] : bl[nb]
        printf "%s:%s %s:%s: %s", an, la, bn, lb, s
        if (del != "") printf "[-%s-]", del
        if (ins != "") printf "{+%s+}", ins
        for (k = 0; k < ctx && i + k <= na; k++) printf " %s", aw[i + k]
        printf "\n"
        hunks++
    }
    END {
        ia = 1; ib = 1; hs = 0
        for (k = 1; k <= n; k++) {
            if (op[k] == "=") {
                if (hs) { he = k - 1; hunk(); hs = 0 }
                ia++; ib++
                continue
            }
            if (!hs) { hs = k; ia0 = ia; ib0 = ib }
            if (op[k] == "<") ia++; else ib++
        }
        if (hs) { he = n; hunk() }
        if (!hunks) print "no difference in the words"
    }' "$tmp/a" "$tmp/b" "$tmp/ops"
    ;;
*)
    echo "usage: words.sh pandoc|resc <TEXT | words.sh diff A B" >&2
    exit 2
    ;;
esac
