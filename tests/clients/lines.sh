#!/bin/sh
# lines.sh A B: the lines of two plain texts compared after the normalization under which
# a rebuilt ITU text must equal its original (tests/run-corpus.sh): white space collapsed
# (a TAB after a label, a no-break space are spaces), a dash label at the start of a line
# written as resc prints it (ITU's Word files also type U+2212 or a hyphen), blank lines
# dropped, typographic quotes and apostrophes made plain (characters matched whole, not
# as bytes, so that it means the same in any locale), superscript footnote marks made digits (extracted text has
# `countries1` where resc prints `countries¹`), the number line compared without case
# (the PP collection prints it in capitals). Prints a unified diff of what still differs;
# exit 0 when nothing does.
set -u
norm() {
  sed -e 's/\xC2\xA0/ /g' -e 's/[[:space:]][[:space:]]*/ /g' -e 's/^ //' -e 's/ $//' \
      -e 's/^− /– /' -e 's/^- /– /' \
      -e 's/“/"/g; s/”/"/g; s/„/"/g' -e "s/‘/'/g; s/’/'/g; s/‚/'/g" \
      -e 's/¹/1/g; s/²/2/g; s/³/3/g; s/⁴/4/g; s/⁵/5/g; s/⁶/6/g; s/⁷/7/g; s/⁸/8/g; s/⁹/9/g; s/⁰/0/g' \
      "$1" | awk 'NF { if (!seen++) $0 = toupper($0); print }'
}
a=$(mktemp) b=$(mktemp)
trap 'rm -f "$a" "$b"' EXIT
norm "$1" >"$a"
norm "$2" >"$b"
diff -u "$a" "$b"
