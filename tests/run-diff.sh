#!/bin/sh
# resc diff. Property tests on every pair of versions in the repository (the old and
# the new text of every source with revision marks) and on deterministic random edits
# of them: the reject view of diff(a, b) is a, its accept view is b, diff(a, a) has no
# mark, a one-word edit is one small mark and a clause inserted or deleted is one block
# revision. Then goldens (read them by eye; UPDATE=1 rewrites them) and error cases.
# resc synopsis: HTML and DOCX goldens, the DOCX package (landscape, unique revision
# ids, resc build's styles, same bytes for the same date), and the clients: LibreOffice
# opens the synopsis and a diff DOCX, pandoc's reject view of the synopsis is the
# current text in every column and its accept view each proposal's new words. A client
# that is not installed is skipped with a message.
. "${srcdir:-.}/tests/lib.sh"
# pandoc and LibreOffice read and write text in the locale's encoding: with no locale
# set (a minbase Debian 12 container) pandoc garbles non-ASCII and LibreOffice's text
# export writes U+2011 as '-'. C.UTF-8 is built into glibc on Debian 12, so it exists
# even where no locale package is installed.
LC_ALL=C.UTF-8
export LC_ALL
cd "$srcdir" || exit 2
skip=0
# The versions are compared as built text; a few rules that an old text may break
# (seeds keep their real mistakes) are not errors here. "-W no-no-operative" silences
# the rule no-operative ("no-operative=warning" reads as "no-" + a rule name).
W="-W lettering=warning -W punctuation=warning -W no-no-operative"
VALGRIND_CMD=
if [ -n "${VALGRIND:-}" ]; then
  VALGRIND_CMD="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect"
fi

ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
text() { "$RESC" build -f text $W "$@" 2>/dev/null; }
texterr() { "$RESC" build -f text $W "$@" 2>&1 >/dev/null; }
marks() { grep -o '{++\|{--\|{~~' "$1" | wc -l | tr -d ' '; }

# check OLD NEW LABEL [EXPECTED-MARKS]: diff OLD NEW, and the views of the result.
check() {
  if ! $VALGRIND_CMD "$RESC" diff $W "$1" "$2" >"$dir/m.resc" 2>"$dir/err"; then
    ko "diff $3: exit status"; cat "$dir/err"; return
  fi
  if ! text "$1" >"$dir/old.txt" || ! text "$2" >"$dir/new.txt"; then
    skip=$((skip + 1)); return # a version that does not build has no text to compare
  fi
  if ! text --changes=reject "$dir/m.resc" >"$dir/rej.txt" ||
    ! text --changes=accept "$dir/m.resc" >"$dir/acc.txt"; then
    ko "diff $3: the marked source does not build"; texterr "$dir/m.resc" | head -5
  elif ! cmp -s "$dir/old.txt" "$dir/rej.txt"; then
    ko "diff $3: the reject view is not the old text"; diff "$dir/old.txt" "$dir/rej.txt" | head -10
  elif ! cmp -s "$dir/new.txt" "$dir/acc.txt"; then
    ko "diff $3: the accept view is not the new text"; diff "$dir/new.txt" "$dir/acc.txt" | head -10
  elif ! "$RESC" fmt --check "$dir/m.resc" >/dev/null 2>&1; then
    ko "diff $3: the output is not in the canonical layout"; "$RESC" fmt "$dir/m.resc" | diff "$dir/m.resc" - | head -10
  elif [ -n "${4:-}" ] && [ "$(marks "$dir/m.resc")" != "$4" ]; then
    ko "diff $3: $(marks "$dir/m.resc") marks, expected $4"; grep -n '{++\|{--\|{~~' "$dir/m.resc" | head -10
  else
    ok
  fi
}

# edit SEED OP FILE: a deterministic random edit of a clean source (awk, no state):
# op 0 deletes a word, 1 inserts one, 2 deletes a clause, 3 inserts a clause. Only
# level-1 clauses followed by another clause of their section are touched, and only
# plain words, so the result is always a valid source. Prints nothing when the file
# has no place for the edit.
edit() {
  awk -v seed="$1" -v op="$2" '
    { line[NR] = $0 }
    function plain(w) { return w ~ /^[A-Za-z]+$/ }
    function block_end(i,   j) { # last line of the clause starting at i
      for (j = i + 1; j <= NR && line[j] ~ /^ / && line[j] !~ /^ +- / && line[j] !~ /^ +[a-z]+\) /; j++);
      return j - 1
    }
    END {
      n = 0
      for (i = 1; i <= NR; i++) {
        if (line[i] !~ /^- / || line[i] ~ /[{][#]/) continue
        e = block_end(i)
        if (e + 1 > NR || line[e + 1] !~ /^- /) continue
        if (op < 2) { nw = split(line[i], w, " "); good = 0
          for (k = 3; k < nw; k++) if (plain(w[k])) good = 1
          if (!good) continue }
        cand[n++] = i
      }
      if (n == 0) exit
      x = (seed * 1103515245 + 12345) % 2147483648
      pick = cand[x % n]
      e = block_end(pick)
      for (i = 1; i <= NR; i++) {
        if (i == pick && op == 2) { i = e; continue }
        if (i == pick && op < 2) {
          nw = split(line[i], w, " "); m = 0
          for (k = 3; k < nw; k++) if (plain(w[k])) pos[m++] = k
          p = pos[int(x / 7) % m]; out = "-"
          for (k = 2; k <= nw; k++) {
            if (k == p && op == 0) continue
            out = out " " w[k]
            if (k == p && op == 1) out = out " quux"
          }
          print out; continue
        }
        print line[i]
        if (i == e && op == 3) print "- that an inserted test clause;"
      }
    }' "$3"
}

# Six random edits of each kind per file; the sanitizer pass of run-all.sh asks for one
# (RESC_DIFF_SEEDS), as each costs a dozen runs of resc under ASan and the plain pass
# makes all six.
edit_seeds=${RESC_DIFF_SEEDS:-1 2 3 4 5 6}
n=0
for f in examples/*.resc seeds/*.resc tests/cases/*.resc; do
  [ -f "$f" ] || continue
  "$RESC" build -f ast "$f" >/dev/null 2>&1 || continue
  name=$(basename "$f" .resc)
  "$RESC" build -f resc --changes=reject "$f" >"$dir/$name.a.resc" 2>/dev/null
  "$RESC" build -f resc --changes=accept "$f" >"$dir/$name.b.resc" 2>/dev/null
  a=$dir/$name.a.resc
  b=$dir/$name.b.resc
  if grep -q '{++\|{--\|{~~' "$f"; then
    check "$a" "$b" "$name (old→new)"
    check "$b" "$a" "$name (new→old)"
  fi
  check "$a" "$a" "$name (identical)" 0
  for s in $edit_seeds; do
    for op in 0 1 2 3; do
      n=$((n + 1))
      edit $((s * 7919 + n)) $op "$b" >"$dir/e.resc"
      [ -s "$dir/e.resc" ] || continue
      check "$b" "$dir/e.resc" "$name edit $op seed $s" 1
      # a one-word edit is a small mark: the word and a space
      if [ "$op" -lt 2 ] && [ -s "$dir/m.resc" ]; then
        big=$(grep -o '{++[^}]*++}\|{--[^}]*--}\|{~~[^}]*~~}' "$dir/m.resc" | awk 'length > 32')
        [ -z "$big" ] && ok || ko "diff $name edit $op seed $s: a large mark: $big"
      fi
    done
  done
done

# Goldens: diffs read by eye.
for c in tests/cases/diff/*.old.resc; do
  [ -f "$c" ] || continue
  name=$(basename "$c" .old.resc)
  new=tests/cases/diff/$name.new.resc
  exp=tests/golden/diff/$name.resc
  args=
  [ -f "tests/cases/diff/$name.args" ] && args=$(cat "tests/cases/diff/$name.args")
  eval "\"\$RESC\" diff $args \"\$c\" \"\$new\"" >"$dir/out" 2>&1
  printf '[exit %d]\n' $? >>"$dir/out"
  [ -n "${UPDATE:-}" ] && { mkdir -p tests/golden/diff; cp "$dir/out" "$exp"; }
  if cmp -s "$exp" "$dir/out"; then ok; else ko "golden $exp"; diff -u "$exp" "$dir/out" | head -30; fi
  check "$c" "$new" "golden $name"
done

# An input that resc build rejects is refused, and its errors name the real file: diff
# writes no temporary file, and builds the marked text in memory.
printf '@resolution 1\n@title T\n@assembly The Assembly,\n\nresolves\n- to act;\n- to act again.\n' >"$dir/ok.resc"
printf '@resolution 1\n@title T\n@assembly The Assembly,\n\nresolves\n1 to act;\n3 to act again.\n' >"$dir/typo.resc"
mkdir -p "$dir/tmpdir"
for f in resc text docx; do
  TMPDIR=$dir/tmpdir "$RESC" diff -f $f "$dir/ok.resc" "$dir/typo.resc" >"$dir/out" 2>"$dir/err"
  st=$?
  [ $st -eq 1 ] && ok || ko "diff -f $f of a NEW that build rejects: exit $st, expected 1"
  [ ! -s "$dir/out" ] && ok || ko "diff -f $f of a NEW that build rejects wrote output"
  grep -q "^$dir/typo.resc:7:1: error: .*\[numbering\]" "$dir/err" && ok || { ko "diff -f $f: the error does not name NEW:"; cat "$dir/err"; }
  grep -q "resc-diff-" "$dir/err" && ko "diff -f $f names a temporary file: $(cat "$dir/err")" || ok
  TMPDIR=$dir/tmpdir "$RESC" diff -f $f "$dir/typo.resc" "$dir/ok.resc" >/dev/null 2>&1
  [ $? -eq 1 ] && ok || ko "diff -f $f of an OLD that build rejects: exit status 1 expected"
  TMPDIR=$dir/tmpdir "$RESC" diff -f $f -W numbering=warning "$dir/ok.resc" "$dir/typo.resc" >/dev/null 2>&1
  [ $? -eq 0 ] && ok || ko "diff -f $f -W numbering=warning: exit status 0 expected"
done
[ -z "$(ls "$dir/tmpdir")" ] && ok || ko "diff left files in TMPDIR: $(ls "$dir/tmpdir")"

# Errors: an input with a syntax error, a missing file, a bad --proposal.
printf 'resolves\n- {--to act.\n' >"$dir/bad.resc"
"$RESC" diff "$dir/bad.resc" examples/new-resolution.resc >/dev/null 2>&1
[ $? -eq 1 ] && ok || ko "diff of a source with errors: exit status 1 expected"
"$RESC" diff "$dir/none.resc" examples/new-resolution.resc >/dev/null 2>&1
[ $? -eq 2 ] && ok || ko "diff of a missing file: exit status 2 expected"
"$RESC" diff --proposal MOD examples/new-resolution.resc examples/new-resolution.resc >/dev/null 2>&1
[ $? -eq 2 ] && ok || ko "diff --proposal without an id: exit status 2 expected"
# A DOCX with tracked changes, through resc build.
if "$RESC" diff -f docx -o "$dir/m.docx" "$dir/mod-proposal.a.resc" "$dir/mod-proposal.b.resc" 2>/dev/null &&
  [ -s "$dir/m.docx" ]; then ok; else ko "diff -f docx"; fi

# resc synopsis: seed 002's three proposals side by side (a golden read by eye), a small
# pair that exercises references, sub-clauses, an annex and a label that appears, and
# proposals that modify different texts (an error naming the first divergence).
golden() { # golden-file command...
  exp=$1
  shift
  $VALGRIND_CMD "$@" >"$dir/out" 2>&1
  printf '[exit %d]\n' $? >>"$dir/out"
  [ -n "${UPDATE:-}" ] && { mkdir -p "$(dirname "$exp")"; cp "$dir/out" "$exp"; }
  if cmp -s "$exp" "$dir/out"; then ok; else ko "golden $exp"; diff -u "$exp" "$dir/out" | head -30; fi
}
seed002="seeds/002-apt-37a28-1.resc seeds/002-eur-38a31-1.resc seeds/002-iap-39a23-1.resc"
small="tests/cases/diff/synopsis-a.resc tests/cases/diff/synopsis-b.resc"
golden tests/golden/diff/synopsis-002.html "$RESC" synopsis $seed002
golden tests/golden/diff/synopsis-small.html "$RESC" synopsis $small
# The history line that all three proposals insert is one row, not three.
n=$("$RESC" synopsis $seed002 2>/dev/null | grep -c '^<tr class="inserted">.*Hammamet, 2016; Geneva, 2022')
[ "$n" = 1 ] && ok || ko "synopsis: the same inserted history line is in $n rows, expected 1"
golden tests/golden/diff/synopsis-diverge.err "$RESC" synopsis seeds/002-apt-37a28-1.resc \
  examples/mod-proposal.resc
golden tests/golden/diff/synopsis-not-mod.err "$RESC" synopsis seeds/001-res-197.resc

# expect_error STATUS MESSAGE COMMAND...: the exit status and standard error, exactly,
# and nothing on standard output.
expect_error() {
  st=$1 msg=$2
  shift 2
  "$@" >"$dir/out" 2>"$dir/err"
  got=$?
  if [ "$got" -eq "$st" ] && [ "$(cat "$dir/err")" = "$msg" ] && [ ! -s "$dir/out" ]; then ok; else
    ko "$*: expected exit $st and '$msg', got exit $got:"; cat "$dir/err"
  fi
}
expect_error 2 "resc synopsis: cannot tell what to write to '$dir/s.PDF': resc does not write .PDF files; name the output .html, .htm or .docx, or give -f FORMAT" \
  "$RESC" synopsis -o "$dir/s.PDF" $seed002
expect_error 2 "resc synopsis: unknown format 'pdf' (html, docx)" "$RESC" synopsis -f pdf $seed002
# A failed run leaves an existing file as it was: proposals that disagree, a bad date,
# a directory that does not exist.
echo old >"$dir/keep.docx"
expect_error 1 "$(cat tests/golden/diff/synopsis-diverge.err | sed '$d')" \
  "$RESC" synopsis -o "$dir/keep.docx" seeds/002-apt-37a28-1.resc examples/mod-proposal.resc
[ "$(cat "$dir/keep.docx")" = old ] && ok || ko "synopsis of diverging proposals clobbered the old file"
SOURCE_DATE_EPOCH=yesterday expect_error 2 \
  'resc synopsis: SOURCE_DATE_EPOCH is not a number of seconds' "$RESC" synopsis -o "$dir/keep.docx" $seed002
[ "$(cat "$dir/keep.docx")" = old ] && ok || ko "synopsis with a bad date clobbered the old file"
expect_error 2 "resc synopsis: cannot create $dir/none/s.docx: No such file or directory" \
  "$RESC" synopsis -o "$dir/none/s.docx" $seed002
[ -z "$(ls "$dir" | grep '\.tmp-')" ] && ok || ko "synopsis left a temporary file: $(ls "$dir" | grep '\.tmp-')"

# The DOCX: -o FILE.docx picks the format. Its document.xml is a golden (read by eye),
# its package is checked part by part, and two builds with the same date are the same
# bytes.
if command -v unzip >/dev/null 2>&1 && command -v xmllint >/dev/null 2>&1; then
  SOURCE_DATE_EPOCH=1700000000 "$RESC" build -o "$dir/one.docx" examples/new-resolution.resc 2>/dev/null
  for c in 002 small; do
    case $c in 002) files=$seed002 ;; *) files=$small ;; esac
    docx=$dir/synopsis-$c.docx
    if ! SOURCE_DATE_EPOCH=1700000000 $VALGRIND_CMD "$RESC" synopsis -o "$docx" $files; then
      ko "synopsis -o $docx: exit status"
      continue
    fi
    unzip -p "$docx" word/document.xml | xmllint --format - >"$dir/out"
    exp=tests/golden/diff/synopsis-$c.document.xml
    [ -n "${UPDATE:-}" ] && cp "$dir/out" "$exp"
    if cmp -s "$exp" "$dir/out"; then ok; else ko "golden $exp"; diff -u "$exp" "$dir/out" | head -30; fi
    first=$(unzip -Z1 "$docx" | head -n 1)
    [ "$first" = "[Content_Types].xml" ] && unzip -tq "$docx" >/dev/null && ok ||
      ko "synopsis-$c.docx: zip broken or [Content_Types].xml not first ($first)"
    rm -rf "$dir/x" && mkdir "$dir/x" && (cd "$dir/x" && unzip -q "$docx")
    bad=$(find "$dir/x" -type f \( -name '*.xml' -o -name '*.rels' \) \
      -exec sh -c 'xmllint --noout "$1" 2>/dev/null || echo "$1"' _ {} \;)
    [ -z "$bad" ] && ok || ko "synopsis-$c.docx: parts not well-formed: $bad"
    doc=$dir/x/word/document.xml
    dup=$(grep -o '<w:\(ins\|del\) w:id="[0-9]*"' "$doc" | sed 's/.*w:id=//' | sort | uniq -d)
    [ -z "$dup" ] && ok || ko "synopsis-$c.docx: revision ids used twice: $dup"
    grep -q '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"' "$doc" &&
      grep -q '<w:tblHeader/>' "$doc" && ok ||
      ko "synopsis-$c.docx: not a landscape page with a repeated header row"
    dates=$(grep -o 'w:date="[^"]*"' "$doc" | sort -u)
    [ "$dates" = 'w:date="2023-11-14T22:13:20Z"' ] && ok || ko "synopsis-$c.docx: change dates $dates"
    # the ITU styles are those of every resc DOCX
    if unzip -p "$dir/one.docx" word/styles.xml | cmp -s - "$dir/x/word/styles.xml"; then ok; else
      ko "synopsis-$c.docx: word/styles.xml differs from resc build's"
    fi
    SOURCE_DATE_EPOCH=1700000000 "$RESC" synopsis -o "$dir/again.docx" $files
    cmp -s "$docx" "$dir/again.docx" && ok || ko "synopsis-$c.docx: two builds with one date differ"
  done
  # each proposal's changes carry its @source, else its identifier
  authors=$(unzip -p "$dir/synopsis-small.docx" word/document.xml | grep -o 'w:author="[^"]*"' |
    sort -u | tr '\n' ' ')
  [ "$authors" = 'w:author="Region A" w:author="XYZ/2/1" ' ] && ok || ko "synopsis authors: $authors"
  SOURCE_DATE_EPOCH=1600000000 "$RESC" synopsis -o "$dir/other.docx" $seed002
  unzip -p "$dir/other.docx" word/document.xml | grep -q 'w:date="2020-09-13T12:26:40Z"' && ok ||
    ko "synopsis: the changes are not dated SOURCE_DATE_EPOCH=1600000000"
else
  echo "SKIP: unzip or xmllint not installed: the synopsis DOCX is not checked"
  skip=$((skip + 1))
fi

# LibreOffice opens the synopsis DOCX: its text export has every proposal's identifier
# and the texts of the clauses, marks flattened as in seed 002; its PDF export works.
# It opens a diff DOCX too: its text is resc's text of the diff, marks flattened.
if client soffice && [ -f "$dir/synopsis-002.docx" ]; then
  "$RESC" diff -f docx -o "$dir/diff-mod.docx" "$dir/mod-proposal.a.resc" "$dir/mod-proposal.b.resc"
  for to in txt:Text pdf; do
    timeout 600 soffice -env:UserInstallation="file://$dir/lo-profile" --headless \
      --convert-to $to --outdir "$dir/lo" "$dir/synopsis-002.docx" "$dir/diff-mod.docx" \
      >>"$dir/soffice.log" 2>&1
  done
  "$RESC" diff -f text "$dir/mod-proposal.a.resc" "$dir/mod-proposal.b.resc" |
    sed 's/{--//g; s/--}//g; s/{++//g; s/++}//g' >"$dir/want.txt"
  if [ -s "$dir/lo/diff-mod.txt" ] &&
    sed '1s/^\xef\xbb\xbf//' "$dir/lo/diff-mod.txt" | tr -d '\r' | cmp -s "$dir/want.txt" -; then ok; else
    ko "LibreOffice's text of the diff DOCX is not resc's text of the diff, marks flattened"
    sed '1s/^\xef\xbb\xbf//' "$dir/lo/diff-mod.txt" | tr -d '\r' | diff "$dir/want.txt" - | head -10
  fi
  [ -s "$dir/lo/diff-mod.pdf" ] && ok || ko "LibreOffice cannot export the diff DOCX to PDF"
  t=$dir/lo/synopsis-002.txt
  if [ -s "$t" ]; then
    missing=
    for w in 'Current text' 'MOD APT/37A28/1' 'MOD EUR/38A31/1' 'MOD IAP/39A23/1' 'no change' \
      'RESOLUTION 98 (Hammamet, 2016Rev. Geneva, 2022)' \
      'on facilitating promoting the development of the Internet of things' \
      'in particular recalling Sustainable Development Goal 11' \
      'that security aspects are a key component in the development of a reliable and secure IoT' \
      'that Study Group 20 concluded the work of the Focus Group on Data Processing'; do
      grep -qF "$w" "$t" || missing="$missing '$w'"
    done
    [ -z "$missing" ] && ok || ko "LibreOffice's text of the synopsis DOCX lacks$missing"
  else
    ko "LibreOffice cannot open the synopsis DOCX: $(tail -n 1 "$dir/soffice.log")"
  fi
  [ -s "$dir/lo/synopsis-002.pdf" ] && ok || ko "LibreOffice cannot export the synopsis DOCX to PDF"
else
  echo "SKIP: soffice not installed (or RESC_SKIP_CLIENTS): LibreOffice does not open the synopsis DOCX"
  skip=$((skip + 1))
fi

# pandoc reads the synopsis DOCX as a table. Rejecting every change, each proposal's
# cell is the current text or "no change", and an inserted line's row is empty;
# accepting them, each column has its proposal's new words.
if command -v pandoc >/dev/null 2>&1 && [ -f "$dir/synopsis-002.docx" ]; then
  for v in accept reject; do # one table row a line
    pandoc --wrap=none --track-changes=$v -t html "$dir/synopsis-002.docx" | tr '\n' ' ' |
      sed 's|</tr>|&\n|g' | sed -n '/<tbody>/,$p' | sed 's/^.*<tbody> *//' >"$dir/$v.rows"
  done
  if awk -F'<td[^>]*>' '
    { n = 0
      for (i = 2; i <= NF; i++) { c = $i; sub(/<\/td>.*/, "", c); cell[++n] = c }
      for (i = 2; i <= n; i++) {
        if (cell[i] == "<em>no change</em>") continue
        if (cell[i] != cell[1]) { print "row " NR ": " cell[1] " | " cell[i]; bad++ } else same++
      } }
    END { if (same < 50) print "only " same + 0 " cells compared"; exit (bad > 0 || same < 50) }' \
    "$dir/reject.rows" >"$dir/pandoc.err"; then ok; else
    ko "pandoc's reject view of the synopsis: a proposal's cell is not the current text"
    head -5 "$dir/pandoc.err"
  fi
  cellof() { # VIEW ROW-WORDS COLUMN: cell COLUMN (1 = current text) of the first row with ROW-WORDS
    grep -F "$2" "$dir/$1.rows" | head -n 1 |
      awk -F'<td[^>]*>' -v k="$3" '{ c = $(k + 1); sub(/<\/td>.*/, "", c); print c }'
  }
  while IFS='|' read -r v row col want; do # columns: 2 APT, 3 EUR, 4 IAP
    got=$(cellof "$v" "$row" "$col")
    case $got in
    *"$want"*) ok ;;
    *) ko "pandoc's $v view of the synopsis, column $col of the row '$row': '$want' not in '$got'" ;;
    esac
  done <<'EOF'
accept|RESOLUTION 98 (Hammamet, 2016)|2|RESOLUTION 98 (Rev. Geneva, 2022)
accept|197 (Busan, 2014)|2|on promoting the development of the Internet of things (IoT) and smart sustainable cities
accept|197 (Busan, 2014)|3|197 (Rev. Dubai, 2018) of the Plenipotentiary Conference, on facilitating the Internet
accept|the importance of IoT in contributing|3|Sustainable Development in particular recalling Sustainable Development Goal
accept|that industry forums and standards|4|that industry forums, standards development organizations (SDOs) and partnership projects
reject|197 (Busan, 2014)|2|197 (Busan, 2014) of the Plenipotentiary Conference, on facilitating the Internet of things
EOF
  # a clause that APT deletes: its cell is empty once the changes are accepted
  cur=$(cellof accept 'on overview of IoT, which defines IoT' 1)
  got=$(cellof accept 'on overview of IoT, which defines IoT' 2)
  [ -n "$cur" ] && [ -z "$got" ] && ok || ko "pandoc's accept view: APT's deleted clause e) is still there: $got"
else
  echo "SKIP: pandoc not installed: pandoc does not read the synopsis DOCX"
  skip=$((skip + 1))
fi

# pandoc's accept and reject views of a diff DOCX are the new and the old text.
if command -v pandoc >/dev/null 2>&1; then
  export SOURCE_DATE_EPOCH=0
  for p in mod-proposal relettering; do
    a=$dir/$p.a.resc
    b=$dir/$p.b.resc
    "$RESC" diff -f docx -o "$dir/m.docx" "$a" "$b" 2>/dev/null
    for v in accept:b reject:a; do
      "$RESC" build -f docx -o "$dir/v.docx" "$dir/$p.${v#*:}.resc" 2>/dev/null
      pandoc --track-changes="${v%:*}" -t plain "$dir/m.docx" >"$dir/m.txt"
      pandoc -t plain "$dir/v.docx" >"$dir/v.txt"
      if cmp -s "$dir/m.txt" "$dir/v.txt"; then ok; else
        ko "pandoc's ${v%:*} view of the diff DOCX of $p"; diff "$dir/v.txt" "$dir/m.txt" | head -10
      fi
    done
  done
fi

echo "diff: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
