#!/bin/sh
# The command line as a user and a CI job meet it: help and version, exit statuses,
# format from the output extension, standard input, and atomic output (a failed run
# leaves no file and never clobbers an existing one).
. "${srcdir:-.}/tests/lib.sh"
V=
[ -n "${VALGRIND:-}" ] && V="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect"
# Under valgrind (VALGRIND=1), the runs expected to end in a usage error (exit 2) run
# without it: they stop at the options, before any input is read, and the sanitizer pass
# of run-all.sh runs them with AddressSanitizer and LeakSanitizer.
expect_rc() { # want description command...
  want=$1 desc=$2
  shift 2
  if [ "$want" -eq 2 ]; then "$@" >"$dir/out" 2>"$dir/err"; else $V "$@" >"$dir/out" 2>"$dir/err"; fi
  rc=$?
  if [ "$rc" -eq "$want" ]; then ok; else bad "$desc: exit $rc, expected $want"; cat "$dir/err"; fi
}

good=$srcdir/tests/cases/subclauses.resc
broken=$srcdir/tests/cases/errors/syntax.resc

expect_rc 0 "--help" "$RESC" --help
grep -q "Usage: resc COMMAND" "$dir/out" && ok || bad "--help text"
expect_rc 0 "--version" "$RESC" --version
grep -q "^resc [0-9]" "$dir/out" && ok || bad "--version text"
expect_rc 0 "help build" "$RESC" help build
grep -q "changes VIEW" "$dir/out" && ok || bad "help build text"
expect_rc 0 "build --help" "$RESC" build --help
expect_rc 0 "check --help" "$RESC" check --help
expect_rc 2 "no command" "$RESC"
expect_rc 2 "unknown command" "$RESC" frobnicate
expect_rc 2 "unknown option" "$RESC" build --frob "$good"
expect_rc 2 "unknown format" "$RESC" build -f pdf "$good"
expect_rc 2 "bad --changes" "$RESC" build --changes=maybe "$good"
expect_rc 2 "bad --date" "$RESC" build --date=yesterday "$good"
expect_rc 2 "two inputs" "$RESC" build "$good" "$good"
expect_rc 2 "missing file" "$RESC" build "$dir/nope.resc"
grep -q "nope.resc: error: cannot open" "$dir/err" && ok || bad "missing file message"
expect_rc 2 "missing file (check)" "$RESC" check "$dir/nope.resc"
expect_rc 1 "syntax errors" "$RESC" build "$broken"
expect_rc 0 "check good" "$RESC" check "$good"
expect_rc 1 "check broken" "$RESC" check "$broken"
expect_rc 2 "bad -W" "$RESC" check -W no-such-rule "$good"

# Standard input.
$V "$RESC" build -f text - <"$good" >"$dir/stdin.txt" 2>"$dir/err" && ok || bad "build from stdin"
$V "$RESC" build -f text "$good" >"$dir/file.txt" 2>"$dir/err"
cmp -s "$dir/stdin.txt" "$dir/file.txt" && ok || bad "stdin and file give the same text"

# Format from the -o extension.
$V "$RESC" build -o "$dir/a.html" "$good" && grep -q "<!DOCTYPE html" "$dir/a.html" && ok || bad "-o .html gives HTML"
$V "$RESC" build -o "$dir/a.xml" "$good" && grep -q 'xmlns="urn:x-resc:1"' "$dir/a.xml" && ok || bad "-o .xml gives XML"
$V "$RESC" build -o "$dir/a.txt" "$good" && cmp -s "$dir/a.txt" "$dir/file.txt" && ok || bad "-o .txt gives text"
$V "$RESC" build -o "$dir/a.docx" "$good" && [ "$(head -c 2 "$dir/a.docx")" = "PK" ] && ok || bad "-o .docx gives a zip"

# A failed build neither writes nor clobbers.
$V "$RESC" build -o "$dir/new.txt" "$broken" 2>/dev/null
[ ! -e "$dir/new.txt" ] && ok || bad "failed build left a file"
echo keep >"$dir/keep.txt"
$V "$RESC" build -o "$dir/keep.txt" "$broken" 2>/dev/null
[ "$(cat "$dir/keep.txt")" = keep ] && ok || bad "failed build clobbered an existing file"
ls "$dir" | grep -q tmp- && bad "temporary file left behind" || ok

# Errors from the system: a missing directory, a full disk.
expect_rc 2 "missing output directory" "$RESC" build -o "$dir/no/such/dir/x.txt" "$good"
if [ -w /dev/full ]; then
  $V "$RESC" build -f text "$good" >/dev/full 2>"$dir/err"
  rc=$?
  [ "$rc" -eq 2 ] && grep -q "cannot write" "$dir/err" && ok || bad "/dev/full: exit $rc"
fi

# Unreadable input and input past the size limit.
expect_rc 2 "a directory as input" "$RESC" build "$dir"
grep -q "cannot read: Is a directory \[io\]" "$dir/err" && ok || bad "unreadable input message"
head -c 67108865 /dev/zero | tr '\0' a >"$dir/huge.resc"
expect_rc 1 "input over 64 MiB" "$RESC" check "$dir/huge.resc"
grep -q "input larger than 64 MiB \[limit\]" "$dir/err" && ok || bad "input size limit message"
rm -f "$dir/huge.resc"

# Reproducible DOCX: same input and date, same bytes.
SOURCE_DATE_EPOCH=1700000000 $V "$RESC" build -o "$dir/r1.docx" "$good"
SOURCE_DATE_EPOCH=1700000000 $V "$RESC" build -o "$dir/r2.docx" "$good"
cmp -s "$dir/r1.docx" "$dir/r2.docx" && ok || bad "DOCX output is not reproducible"

# Permissions of a replaced file are kept.
echo old >"$dir/perm.txt"
chmod 640 "$dir/perm.txt"
$V "$RESC" build -o "$dir/perm.txt" "$good"
[ "$(stat -c %a "$dir/perm.txt")" = 640 ] && ok || bad "permissions of a replaced file not kept"

# A house style reads no file unless --allow-read names its directory, and even then
# nothing outside it.
mkdir -p "$dir/house/data"
echo '<x>PRIVATE</x>' >"$dir/house/data/s.xml"
echo '<x>OUTSIDE</x>' >"$dir/house/o.xml"
cat >"$dir/house/style.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text"/>
<xsl:param name="f" select="'data/s.xml'"/>
<xsl:template match="/">[<xsl:value-of select="document($f)/x"/>]</xsl:template>
</xsl:stylesheet>
XSL
expect_rc 2 "house style reading a file without --allow-read" "$RESC" build --stylesheet "$dir/house/style.xsl" "$good"
grep -q "refused\|denied" "$dir/err" && ok || bad "refused read is explained"
expect_rc 0 "house style with --allow-read" "$RESC" build --allow-read "$dir/house/data" --stylesheet "$dir/house/style.xsl" "$good"
grep -q "PRIVATE" "$dir/out" && ok || bad "--allow-read lets the stylesheet read its data"
sed 's|data/s.xml|data/../o.xml|' "$dir/house/style.xsl" >"$dir/house/escape.xsl"
expect_rc 2 "--allow-read does not reach outside its directory" "$RESC" build --allow-read "$dir/house/data" --stylesheet "$dir/house/escape.xsl" "$good"

# At most 200 diagnostics are printed, then a count of the rest; all are counted.
{ echo "@assembly The Assembly (Geneva, 2024),"; echo; echo resolves; i=0; while [ $i -lt 250 ]; do echo "- to x,"; i=$((i + 1)); done; echo "- to act."; } >"$dir/many.resc"
expect_rc 1 "many diagnostics" "$RESC" check "$dir/many.resc"
grep -q "^resc: 50 more diagnostics not shown$" "$dir/err" && ok || bad "diagnostics past 200 are summarized"
grep -q "^250 errors, 0 warnings$" "$dir/err" && ok || bad "every diagnostic is counted"

# check --fix: the fixable errors are gone afterwards, a second run changes nothing,
# and in a revision-marked text the fixes are themselves revision marks.
for f in tests/cases/errors/punctuation.resc tests/cases/errors/eur-duplicate-e.resc seeds/002-eur-38a31-1.resc; do
  cp "$srcdir/$f" "$dir/fix.resc"
  chmod 640 "$dir/fix.resc"
  $V "$RESC" check --fix "$dir/fix.resc" >/dev/null 2>&1
  if $V "$RESC" check "$dir/fix.resc" >"$dir/out" 2>&1; then ok; else bad "check after --fix on $f"; cat "$dir/out"; fi
  cp "$dir/fix.resc" "$dir/fix1.resc"
  $V "$RESC" check --fix "$dir/fix.resc" >/dev/null 2>&1
  cmp -s "$dir/fix.resc" "$dir/fix1.resc" && ok || bad "--fix is not idempotent on $f"
  [ "$(stat -c %a "$dir/fix.resc")" = 640 ] && ok || bad "--fix changed the permissions of $f"
done
grep -q 'study groups{++;++}' "$dir/fix.resc" && ok || bad "--fix in a proposal writes a revision mark"
grep -q '^- Recommendation ITU' "$dir/fix.resc" && ok || bad "--fix in a proposal leaves labels to resc"

# --- A new user's mistakes. has DESCRIPTION TEXT: $dir/err holds TEXT (a fixed string).
has() { grep -qF -- "$2" "$dir/err" && ok || { bad "$1: no '$2' in:"; cat "$dir/err"; }; }
mod=$srcdir/examples/mod-proposal.resc

# --- -o extensions: any case; an extension resc does not write is refused, nothing written
expect_rc 0 "-o OUT.DOCX" "$RESC" build -o "$dir/OUT.DOCX" "$good"
[ "$(head -c 2 "$dir/OUT.DOCX")" = PK ] && ok || bad "-o OUT.DOCX is not a zip"
expect_rc 0 "-o Out.Html" "$RESC" build -o "$dir/Out.Html" "$good"
grep -q "<!DOCTYPE html" "$dir/Out.Html" && ok || bad "-o Out.Html is not HTML"
for ext in pdf odt md DOC; do
  expect_rc 2 "build -o x.$ext" "$RESC" build -o "$dir/x.$ext" "$good"
  [ ! -e "$dir/x.$ext" ] && ok || bad "build -o x.$ext wrote a file"
  has "build -o x.$ext" "resc does not write .$ext files; name the output .txt, .html, .htm, .docx, .xml, .akn or .resc, or give -f FORMAT"
done
expect_rc 2 "synopsis -o x.pdf" "$RESC" synopsis -o "$dir/x.pdf" "$mod"
[ ! -e "$dir/x.pdf" ] && ok || bad "synopsis -o x.pdf wrote a file"
has "synopsis -o x.pdf" "name the output .html, .htm or .docx"
expect_rc 2 "diff -o x.odt" "$RESC" diff -o "$dir/x.odt" "$good" "$good"
[ ! -e "$dir/x.odt" ] && ok || bad "diff -o x.odt wrote a file"
expect_rc 0 "diff -o X.DOCX gives a DOCX" "$RESC" diff -o "$dir/X.DOCX" "$good" "$good"
[ "$(head -c 2 "$dir/X.DOCX")" = PK ] && ok || bad "diff -o X.DOCX is not a zip"
# an explicit -f that the -o name contradicts is refused, nothing written; agreeing ones pass
expect_rc 2 "build -f html -o x.docx" "$RESC" build -f html -o "$dir/fx.docx" "$good"
[ ! -e "$dir/fx.docx" ] && ok || bad "build -f html -o x.docx wrote a file"
has "build -f html -o x.docx" "resc build: -f html contradicts the name '$dir/fx.docx', which says docx: name the file for what it holds, or leave out -f"
expect_rc 2 "diff -f text -o x.html" "$RESC" diff -f text -o "$dir/fx.html" "$good" "$good"
[ ! -e "$dir/fx.html" ] && ok || bad "diff -f text -o x.html wrote a file"
expect_rc 0 "build -f ast -o x.txt" "$RESC" build -f ast -o "$dir/fx.txt" "$good"
expect_rc 0 "build -f docx-xml -o x.xml" "$RESC" build -f docx-xml -o "$dir/fx.xml" "$good"
expect_rc 0 "build -f docx -o x.bin (a name that says nothing)" "$RESC" build -f docx -o "$dir/fx.bin" "$good"
printf 'resolves\n1\tto act.\n' >"$dir/pasted.txt"
expect_rc 2 "import -o x.docx" "$RESC" import -o "$dir/x.docx" "$dir/pasted.txt"
[ ! -e "$dir/x.docx" ] && ok || bad "import -o x.docx wrote a file"
has "import -o x.docx" "name the output .resc"
expect_rc 0 "import -o X.RESC" "$RESC" import -o "$dir/X.RESC" "$dir/pasted.txt"
mkdir "$dir/v1.pdf"
expect_rc 0 "a dot in a directory name is no extension" "$RESC" build -o "$dir/v1.pdf/notes" "$good"

# --- binary output to a file or a pipe is fine; only a terminal is refused
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH
expect_rc 0 "build -f docx to a file" "$RESC" build -f docx "$good"
[ "$(head -c 2 "$dir/out")" = PK ] && ok || bad "build -f docx > file is not a zip"
"$RESC" build -o "$dir/ref.docx" "$good"
cmp -s "$dir/out" "$dir/ref.docx" && ok || bad "-f docx to standard output differs from -o"
"$RESC" build -f docx - <"$good" | cat >"$dir/pipe.docx"
cmp -s "$dir/pipe.docx" "$dir/ref.docx" && ok || bad "-f docx - to a pipe differs from -o"
expect_rc 0 "synopsis -f docx to a file" "$RESC" synopsis -f docx "$mod"
[ "$(head -c 2 "$dir/out")" = PK ] && ok || bad "synopsis -f docx > file is not a zip"
if command -v script >/dev/null 2>&1; then
  script -qec "$RESC build -f docx $good" /dev/null >"$dir/tty" 2>&1
  grep -q "not written to a terminal" "$dir/tty" && ok || { bad "docx to a terminal:"; cat "$dir/tty"; }
else
  echo "SKIP: no script(1): DOCX to a terminal is not tested"
fi
unset SOURCE_DATE_EPOCH

# --- a misspelt command gets the nearest one; so does a misspelt -W rule
expect_rc 2 "resc bild" "$RESC" bild "$good"
has "resc bild" "resc: unknown command 'bild'; did you mean 'build'?"
expect_rc 2 "resc help chek" "$RESC" help chek
has "resc help chek" "did you mean 'check'?"
expect_rc 2 "resc frobnicate" "$RESC" frobnicate
has "resc frobnicate" "resc: unknown command 'frobnicate' (try 'resc --help')"
expect_rc 2 "-W no-puntuation" "$RESC" check -W no-puntuation "$good"
has "-W no-puntuation" "did you mean the rule 'punctuation'?"

# --- errors that mean "not understood" cannot be lowered or silenced
for w in no-syntax syntax=warning no-encoding encoding=warning no-io no-limit no-structure directive=warning; do
  expect_rc 2 "build -W $w" "$RESC" build -W "$w" -o "$dir/w.txt" "$broken"
  [ ! -e "$dir/w.txt" ] && ok || bad "build -W $w wrote a file"
  has "-W $w" "cannot be lowered or silenced"
  expect_rc 2 "check -W $w" "$RESC" check -W "$w" "$broken"
done
expect_rc 1 "-W syntax=error is allowed" "$RESC" check -W syntax=error "$broken"
printf 'resolves\n- to act\377.\n' >"$dir/latin.resc"
expect_rc 1 "check of invalid UTF-8" "$RESC" check -W no-punctuation "$dir/latin.resc"
has "invalid UTF-8" "[encoding]"

# --- messages quote whole characters, and JSON and SARIF are valid UTF-8
utf8_ok() { iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1; }
printf '@resolution 1\n@title T\n@assembly The Assembly,\n\nresolves\n- to act as \342\200\234they say\342\200\235\n' >"$dir/quote.resc"
expect_rc 1 "clause ending in a curly quote" "$RESC" check "$dir/quote.resc"
has "clause ending in a curly quote" "has no final punctuation; expected '.'"
for f in json sarif; do
  "$RESC" check --diagnostics-format=$f "$dir/quote.resc" >"$dir/q.$f" 2>/dev/null
  utf8_ok "$dir/q.$f" && ok || bad "$f output is not UTF-8"
  if command -v jq >/dev/null 2>&1; then
    jq -e . "$dir/q.$f" >/dev/null 2>&1 && ok || bad "$f output is not JSON"
  fi
done
grep -qF "has no final punctuation" "$dir/q.json" && ok || bad "JSON message lost the punctuation finding"
cp "$dir/quote.resc" "$dir/caf$(printf '\351').resc"
"$RESC" check --diagnostics-format=json "$dir/caf$(printf '\351').resc" >"$dir/q2.json" 2>/dev/null
utf8_ok "$dir/q2.json" && ok || bad "JSON of a Latin-1 file name is not UTF-8"
{ printf '@resolution 1\n@title T\n@assembly The Assembly,\n\nx'; i=0; while [ $i -lt 40 ]; do printf '\303\251'; i=$((i + 1)); done
  printf '\n- to act.\n'; } >"$dir/phrase.resc"
"$RESC" check --diagnostics-format=json "$dir/phrase.resc" >"$dir/q3.json" 2>/dev/null
utf8_ok "$dir/q3.json" && grep -q "unknown section phrase" "$dir/q3.json" && ok || bad "a cut phrase is not UTF-8"

# --- a file that is not UTF-8: what it probably is and how to save it as UTF-8
enc() { # description file-content-as-printf-arg expected-text
  printf "$2" >"$dir/enc.resc"
  expect_rc 1 "$1" "$RESC" check "$dir/enc.resc"
  has "$1" "$3"
  utf8_ok "$dir/err" && ok || bad "$1: the message is not UTF-8"
}
enc "Windows-1252" 'resolves\r\n- to act \223now\224.\r\n' \
  "invalid UTF-8 byte 0x93 at byte offset 18; the file is probably Windows-1252 (the Windows \"ANSI\" encoding): save it as UTF-8 (Save As, Encoding: UTF-8) or convert it with 'iconv -f WINDOWS-1252 -t UTF-8' [encoding]"
enc "Latin-1" 'resolves\n- to act caf\351.\n' "the file is probably Latin-1 (ISO-8859-1) or Windows-1252: save it as UTF-8"
enc "UTF-16 with BOM" '\377\376r\000e\000s\000\n\000' "the file is probably UTF-16 (little-endian, with a byte-order mark): save it as UTF-8 (Save As, Encoding: UTF-8) or convert it with 'iconv -f UTF-16 -t UTF-8'"
enc "UTF-16BE without BOM" '\000r\000e\000s\000o\000l\000v\000e\000s\000\n' "NUL byte in the input; the file is probably UTF-16 (big-endian, without byte-order mark)"
enc "one stray byte in UTF-8" 'resolves\n- to act caf\303\251 \351.\n' "the rest of the file is UTF-8: this byte was probably pasted from a text in another encoding"
grep -q '^    2 | - to act café �\.$' "$dir/err" && ok || { bad "a stray byte is quoted as U+FFFD"; cat "$dir/err"; }
printf '\357\273\277@resolution 1\n@title T\n@assembly The Assembly,\n\nresolves\n- to act.\n' >"$dir/bom.resc"
expect_rc 0 "a UTF-8 byte-order mark is accepted" "$RESC" check "$dir/bom.resc"

# --- a quoted line is cut around the caret: never megabytes on standard error
{ printf 'resolves\n- to act '; head -c 4500000 /dev/zero | tr '\0' a; printf '.\n'; } >"$dir/huge-line.resc"
expect_rc 1 "a line over the limit" "$RESC" check "$dir/huge-line.resc"
has "a line over the limit" "line longer than 4 MiB [limit]"
[ "$(wc -c <"$dir/err")" -lt 1000 ] && ok || bad "a [limit] on a long line printed $(wc -c <"$dir/err") bytes"
rm -f "$dir/huge-line.resc"
{ printf '@resolution 1\n@title T\n@assembly The Assembly,\n\nresolves\n- to act '
  i=10; while [ $i -lt 40 ]; do printf 'word%s \342\200\234x\342\200\235 ' $i; i=$((i + 1)); done; printf 'end\n'; } >"$dir/long.resc"
expect_rc 1 "a long line" "$RESC" check "$dir/long.resc"
grep -qx '    6 | … word33 “x” word34 “x” word35 “x” word36 “x” word37 “x” word38 “x” word39 “x” end' "$dir/err" &&
  grep -qx '      |                                                                                  ^' "$dir/err" &&
  ok || { bad "a long line is cut around the caret"; cat "$dir/err"; }

# --- resc's output and messages are the same bytes whatever the locale
for args in "build -f text $srcdir/seeds/004-rcc-res98.resc" "build -f html $srcdir/examples/mod-proposal.resc" \
    "check $dir/quote.resc" "check $dir/enc.resc" "check --diagnostics-format=json $dir/long.resc" "bild"; do
  n=0
  for loc in unset C C.UTF-8 POSIX; do
    if [ $loc = unset ]; then env -u LANG -u LC_ALL -u LC_CTYPE -u LC_MESSAGES $RESC $args >"$dir/l.$n" 2>&1
    else env LANG=$loc LC_ALL=$loc $RESC $args >"$dir/l.$n" 2>&1; fi
    n=$((n + 1))
  done
  cmp -s "$dir/l.0" "$dir/l.1" && cmp -s "$dir/l.0" "$dir/l.2" && cmp -s "$dir/l.0" "$dir/l.3" && ok ||
    bad "resc $args depends on the locale"
done
SOURCE_DATE_EPOCH=1700000000 LC_ALL=C "$RESC" build -o "$dir/c.docx" "$mod"
SOURCE_DATE_EPOCH=1700000000 LC_ALL=C.UTF-8 "$RESC" build -o "$dir/u.docx" "$mod"
cmp -s "$dir/c.docx" "$dir/u.docx" && ok || bad "DOCX depends on the locale"

# --- the old or new text of a proposal, as a source, is a clean resolution
for f in examples/mod-proposal.resc seeds/004-rcc-res98.resc seeds/002-eur-38a31-1.resc; do
  for v in reject accept; do
    "$RESC" build -f resc --changes=$v -W lettering=warning -W punctuation=warning "$srcdir/$f" >"$dir/clean.resc" 2>/dev/null
    grep -q '^@proposal\|^@reasons\|^@document\|^@source' "$dir/clean.resc" && bad "$f --changes=$v keeps the proposal's lines" || ok
    grep -q '^@resolution' "$dir/clean.resc" && ok || bad "$f --changes=$v has no resolution"
    "$RESC" check -W no-revision "$dir/clean.resc" >/dev/null 2>"$dir/err"
    grep -q "\[revision\]\|\[header\]" "$dir/err" && { bad "$f --changes=$v: check of the clean text:"; cat "$dir/err"; } || ok
  done
done
expect_rc 0 "check of the clean old text of the example" sh -c "'$RESC' build -f resc --changes=reject '$mod' | '$RESC' check -"
[ ! -s "$dir/err" ] && ok || { bad "the clean old text of the example is not clean:"; cat "$dir/err"; }

# --- check --fix says what it changed, and removes the label of a lone clause
printf '@resolution 1\n@title T\n@assembly The Assembly,\n\nconsidering\na) that x,\n\nresolves\n1 to act;\n3 to act,\n- to act again;\n' >"$dir/fixme.resc"
expect_rc 0 "check --fix" "$RESC" check --fix "$dir/fixme.resc"
printf '%s\n' "$dir/fixme.resc:6:1: fixed: replaced 'a)' with '-' [single-label]" \
  "$dir/fixme.resc:10:1: fixed: replaced '3' with '2' [numbering]" \
  "$dir/fixme.resc:10:9: fixed: replaced ',' with ';' [punctuation]" \
  "$dir/fixme.resc:11:15: fixed: replaced ';' with '.' [punctuation]" >"$dir/want"
cmp -s "$dir/want" "$dir/err" && ok || { bad "check --fix does not say what it changed:"; diff "$dir/want" "$dir/err"; }
grep -qx -- '- that x,' "$dir/fixme.resc" && ok || bad "check --fix left the label of a lone clause"
expect_rc 0 "check after --fix" "$RESC" check "$dir/fixme.resc"
[ ! -s "$dir/err" ] && ok || { bad "warnings left after --fix:"; cat "$dir/err"; }

# --- every help text fits an 80-column terminal, and the man page names every option
for c in build check fmt diff synopsis import; do
  "$RESC" help $c >"$dir/help" 2>&1
  for o in $(grep -o -- '--[a-z][a-z-]*' "$dir/help" | sort -u); do
    grep -qF -- "$(echo "$o" | sed 's/-/\\-/g')" "$srcdir/doc/resc.1" && ok || bad "doc/resc.1 does not name $c $o"
  done
  [ -z "$(LC_ALL=C.UTF-8 awk 'length($0) > 79' "$dir/help")" ] && ok || { bad "resc help $c is wider than 79 columns:"; LC_ALL=C.UTF-8 awk 'length($0) > 79' "$dir/help"; }
done

# resc and resc-xml: resc itself links none of the XML libraries (so it starts fast),
# hands what needs them to resc-xml with the same arguments, standard input included,
# and says so clearly when resc-xml cannot be found.
if command -v ldd >/dev/null 2>&1; then
  ldd "$RESC" | grep -Eq 'libxml2|libxslt|libzip' && bad "resc links an XML library" || ok
fi
"$RESC" build -f xml - <"$good" >"$dir/xml.out" 2>"$dir/err" && grep -q '<document xmlns="urn:x-resc:1"' "$dir/xml.out" &&
  ok || bad "-f xml from standard input through resc-xml"
mkdir "$dir/alone" && cp "$RESC" "$dir/alone/resc"
expect_rc 2 "resc-xml missing" "$dir/alone/resc" build -f xml "$good"
grep -q "^resc: this needs resc-xml (resc with the XML libraries): cannot run .*resc-xml: " "$dir/err" &&
  ok || bad "resc-xml missing: message"
expect_rc 0 "text without resc-xml" "$dir/alone/resc" build -f text "$good"
expect_rc 0 "DOCX without resc-xml" "$dir/alone/resc" build -o "$dir/alone/x.docx" "$good"

# --- each command's options are one list: what its help shows (printed from the table
# of options), what the man page's synopsis gives it and what it accepts
man_opts() { # COMMAND: the options of doc/resc.1's SYNOPSIS lines of COMMAND, one a line
  sed -n '/^\.SH SYNOPSIS/,/^\.SH DESCRIPTION/p' "$srcdir/doc/resc.1" |
    awk -v c="$1" '/^\.B resc/ { cur = $3 } cur == c' |
    grep -o '\\-\(\\-\)\?[A-Za-z][A-Za-z\\-]*' | sed 's/\\-/-/g; s/^-Werror$/-W/' | sort -u
}
help_rows() { # COMMAND: its help's options, one a line: "-f,--format ARG", "--fix", "-W ARG"
  "$RESC" help "$1" | grep -oE '^  -[A-Za-z](, --[a-z-]+)?( [A-Z"][^ ]*)?|^      --[a-z-]+( [A-Z"][^ ]*)?' |
    sed 's/^ *//; s/, /,/; s/ .*/ ARG/'
}
all_opts=$(for c in build check fmt diff synopsis import; do help_rows $c; done | sed 's/ ARG//' | tr ',' '\n' | sort -u)
for c in build check fmt diff synopsis import; do
  help_rows $c >"$dir/rows"
  man_opts $c >"$dir/man"
  [ -s "$dir/rows" ] && [ -s "$dir/man" ] && ok || bad "$c: no options in its help or in doc/resc.1"
  while read -r names arg; do
    [ "$names" = "-h,--help" ] && continue
    found=
    for o in $(echo "$names" | tr ',' ' '); do grep -qx -- "$o" "$dir/man" && found=1; done
    [ -n "$found" ] && ok || bad "$c $names is in resc help $c but not in the synopsis of doc/resc.1"
    long=${names#*,}
    if [ -n "$arg" ]; then "$RESC" $c "$long" x --help >"$dir/out" 2>"$dir/err"; else "$RESC" $c "$long" --help >"$dir/out" 2>"$dir/err"; fi
    [ $? -eq 0 ] && grep -q "^Usage: resc $c" "$dir/out" && ok || { bad "resc $c does not accept $long, which its help lists:"; cat "$dir/err"; }
  done <"$dir/rows"
  tr ',' '\n' <"$dir/rows" | sed 's/ ARG//' >"$dir/help"
  while read -r o; do
    grep -qx -- "$o" "$dir/help" && ok || bad "doc/resc.1 gives $c $o, which resc help $c does not list"
  done <"$dir/man"
  for o in $all_opts; do
    grep -qx -- "$o" "$dir/help" && continue
    "$RESC" $c "$o" x "$good" >"$dir/out" 2>"$dir/err"
    rc=$?
    [ $rc -eq 2 ] && grep -q "^resc $c: [a-z ]* option '$o'" "$dir/err" && ok || { bad "resc $c $o, an option of another command: exit $rc"; head -n 2 "$dir/err"; }
  done
done

# --- an option misspelt by a letter or two gets the nearest one of the command
expect_rc 2 "build --fromat" "$RESC" build --fromat html "$good"
has "build --fromat" "resc build: unknown or incomplete option '--fromat'; did you mean '--format'?"
expect_rc 0 "a prefix that names one option: check --max-diag=3" "$RESC" check --max-diag=3 "$good"
expect_rc 2 "check --paralel" "$RESC" check --paralel "$good" "$good"
has "check --paralel" "resc check: unknown or incomplete option '--paralel'; did you mean '--parallel'?"

# --- a usage error is one, whatever follows it: --help or --list-rules do not make it exit 0
expect_rc 2 "build --frob --help" "$RESC" build --frob --help "$good"
expect_rc 2 "check --frob --list-rules" "$RESC" check --frob --list-rules
expect_rc 0 "build -h after good options" "$RESC" build -f html -h
# --- an option given twice is refused, not the first one silently dropped (-W adds up)
expect_rc 2 "build -o a -o b" "$RESC" build -o "$dir/twice1.txt" -o "$dir/twice2.txt" "$good"
has "build -o a -o b" "resc build: --output given twice ('$dir/twice1.txt', then '$dir/twice2.txt'); give it once"
[ ! -e "$dir/twice1.txt" ] && [ ! -e "$dir/twice2.txt" ] && ok || bad "build -o a -o b wrote a file"
expect_rc 2 "diff -f html --format text" "$RESC" diff -f html --format text "$good" "$good"
has "diff -f html --format text" "resc diff: --format given twice ('html', then 'text'); give it once"
expect_rc 0 "-W twice" "$RESC" check -W no-no-assembly -W punctuation=warning "$good"
[ ! -s "$dir/err" ] && ok || { bad "check -W twice: the first -W was lost:"; cat "$dir/err"; }
# --- an option the output has no use for is refused, not silently ignored
expect_rc 2 "diff --stylesheet to resc" "$RESC" diff --stylesheet "$dir/house/style.xsl" "$good" "$good"
has "diff --stylesheet to resc" "resc diff: --stylesheet does not apply to resc output"
[ ! -s "$dir/out" ] && ok || bad "diff --stylesheet to resc wrote output"
expect_rc 2 "build -f ast --author" "$RESC" build -f ast --author X "$good"
has "build -f ast --author" "resc build: --author does not apply to ast output"
expect_rc 2 "build -f resc --date" "$RESC" build -f resc --date 2024-01-01 "$good"
expect_rc 2 "build --allow-read without --stylesheet" "$RESC" build --allow-read "$dir/house/data" "$good"
has "build --allow-read without --stylesheet" "resc build: --allow-read lets a --stylesheet read files: give one"
expect_rc 0 "diff -f docx --author --date" "$RESC" diff -f docx --author X --date 2024-01-01 -o "$dir/ad.docx" "$good" "$good"
# --- check --annotate without -o is a usage error before anything is checked
expect_rc 2 "check --annotate without -o" "$RESC" check --annotate "$good"
printf 'resc check: --annotate and -o FILE.docx go together\n' >"$dir/want"
cmp -s "$dir/want" "$dir/err" && ok || { bad "check --annotate without -o: checked first:"; cat "$dir/err"; }
# --- "--" ends the options; "-o -" is standard output
cp "$good" "$dir/-f.resc"
(cd "$dir" && $V "$RESC" build -f text -- -f.resc >"$dir/dashdash.txt" 2>/dev/null) && cmp -s "$dir/dashdash.txt" "$dir/file.txt" && ok || bad "build -- -f.resc"
$V "$RESC" build -o - "$good" >"$dir/dash.txt" 2>/dev/null && cmp -s "$dir/dash.txt" "$dir/file.txt" && [ ! -e ./- ] && ok || bad "build -o - is not standard output"

# --- the -o file is no input: an existing Word file there is written again without
# resc-xml; a Word document as input, or as --base, still goes to resc-xml
expect_rc 0 "DOCX again over the last one without resc-xml" "$dir/alone/resc" build -o "$dir/alone/x.docx" "$good"
expect_rc 0 "diff to an existing DOCX without resc-xml" "$dir/alone/resc" diff -o "$dir/alone/x.docx" "$good" "$good"
for args in "check $dir/alone/x.docx" "check --base=$dir/alone/x.docx $good" "check --base $dir/alone/x.docx $good" "build -f text $dir/alone/x.docx"; do
  expect_rc 2 "resc $args without resc-xml" "$dir/alone/resc" $args
  has "resc $args without resc-xml" "resc: this needs resc-xml (resc with the XML libraries)"
done

finish "cli"
