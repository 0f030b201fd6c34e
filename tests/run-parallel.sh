#!/bin/sh
# resc check --parallel and resc synopsis --languages, on the versions in
# tests/parallel/: res-en.resc and mod-en.resc are the references (a resolution and a
# MOD proposal), res-fr.resc, res-es.resc, res-ru.resc and mod-fr.resc faithful French,
# Spanish and Russian versions of them, and each
# v-*.resc a version with one slip planted (an English copy: the comparison reads no
# words), compared with its reference; the six versions of examples/languages (a
# resolution and a MOD proposal) agree, and each six-*.resc plants one slip in one of
# them. The diagnostics are goldens, v-*.err and six-*.err, read by eye (UPDATE=1
# rewrites them); JSON and SARIF are read with jq; the synopsis page is
# opened in Chromium, whose DOM must show the versions' clauses side by side.
set -u
: "${RESC:=$PWD/resc}" "${srcdir:=.}" "${builddir:=$PWD}"
cd "$srcdir/tests/parallel" || exit 2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
# Faithful versions agree: no output, exit 0; any number of them.
for set in "res-en.resc res-fr.resc" "mod-en.resc mod-fr.resc" "res-en.resc res-fr.resc res-es.resc res-ru.resc" \
  "res-ru.resc res-es.resc"; do
  # shellcheck disable=SC2086
  "$RESC" check --parallel $set >"$dir/out" 2>&1
  rc=$?
  if [ "$rc" -eq 0 ] && [ ! -s "$dir/out" ]; then ok; else
    ko "check --parallel $set: exit $rc, output:"; head -20 "$dir/out"
  fi
done

# examples/languages: the resolution and the MOD proposal in the six languages agree (the
# Chinese MOD writes its number line in full, 第1238号决议(…): the same number as 1238).
ex=../../examples/languages
for set in "$ex/en.resc $ex/fr.resc $ex/es.resc $ex/ru.resc $ex/ar.resc $ex/zh.resc" \
  "$ex/mod-proposal-en.resc $ex/mod-proposal-fr.resc $ex/mod-proposal-es.resc $ex/mod-proposal-ru.resc $ex/mod-proposal-ar.resc $ex/mod-proposal-zh.resc"; do
  # shellcheck disable=SC2086
  "$RESC" check --parallel $set >"$dir/out" 2>&1
  rc=$?
  if [ "$rc" -eq 0 ] && [ ! -s "$dir/out" ]; then ok; else
    ko "check --parallel of the six examples: exit $rc, output:"; head -20 "$dir/out"
  fi
done

# One slip each: the exact diagnostics at both places, exit 1. A v-*.resc is compared
# with its reference; a six-SLIP-LL.resc is language LL's version of an example with a
# slip planted (six-mod-* and six-wrong-year-* of the MOD proposal), compared with the
# five other languages' versions (the English first: the reports name it).
ref_of() { case $1 in v-mod-*) echo mod-en.resc ;; v-venue-*) echo pp-en.resc ;; v-table-*) echo tables-en.resc ;; *) echo res-en.resc ;; esac; }
versions_of() {
  case $1 in
    six-*)
      l=${1%.resc}
      l=${l##*-}
      case $1 in six-mod-* | six-wrong-year-*) pre=mod-proposal- ;; *) pre= ;; esac
      for x in en fr es ru ar zh; do
        if [ "$x" = "$l" ]; then printf '%s ' "$1"; else printf '%s ' "$ex/$pre$x.resc"; fi
      done
      ;;
    *) echo "$(ref_of "$1") $1" ;;
  esac
}
for v in v-*.resc six-*.resc; do
  want=${v%.resc}.err
  # shellcheck disable=SC2046
  "$RESC" check --parallel $(versions_of "$v") >"$dir/out" 2>&1
  rc=$?
  if [ -n "${UPDATE:-}" ]; then cp "$dir/out" "$want"; fi
  if [ "$rc" -ne 1 ]; then ko "$v: exit $rc, not 1"
  elif ! grep -q '\[parallel\]' "$dir/out"; then ko "$v: no [parallel] diagnostic"
  elif ! cmp -s "$want" "$dir/out"; then ko "$v: diagnostics differ from $want:"; diff "$want" "$dir/out" | head -20
  else ok; fi
done

# The same diagnostics as JSON and SARIF: the version's place and the reference's.
if command -v jq >/dev/null 2>&1; then
  for v in v-*.resc six-*.resc; do
    # the text form's [parallel] lines: FILE:LINE:COL, then the note's FILE:LINE:COL
    grep -A3 '\[parallel\]$' "${v%.resc}.err" | grep -o '^[^ :]*\.resc:[0-9]*:[0-9]*: \(error\|note\)' |
      sed 's/: \(error\|note\)$//' | paste -d' ' - - >"$dir/want"
    # shellcheck disable=SC2046
    "$RESC" check --diagnostics-format=json --parallel $(versions_of "$v") >"$dir/json" 2>/dev/null
    jq -r '.[] | select(.rule == "parallel") |
      "\(.file):\(.line):\(.column) \(.note.file):\(.note.line):\(.note.column)"' "$dir/json" >"$dir/got"
    if [ -s "$dir/want" ] && cmp -s "$dir/want" "$dir/got"; then ok; else
      ko "$v: JSON places differ"; diff "$dir/want" "$dir/got" | head -10
    fi
    # shellcheck disable=SC2046
    "$RESC" check --diagnostics-format=sarif --parallel $(versions_of "$v") >"$dir/sarif" 2>/dev/null
    jq -r '.runs[0].results[] | select(.ruleId == "parallel") |
      (.locations[0].physicalLocation) as $a | (.relatedLocations[0].physicalLocation) as $b |
      "\($a.artifactLocation.uri):\($a.region.startLine):\($a.region.startColumn) \($b.artifactLocation.uri):\($b.region.startLine):\($b.region.startColumn)"' \
      "$dir/sarif" >"$dir/got"
    if [ -s "$dir/want" ] && cmp -s "$dir/want" "$dir/got"; then ok; else
      ko "$v: SARIF places differ"; diff "$dir/want" "$dir/got" | head -10
    fi
    # the messages are the text form's
    grep -o 'error: .* \[parallel\]$' "${v%.resc}.err" | sed 's/^error: //; s/ \[parallel\]$//' >"$dir/want"
    jq -r '.[] | select(.rule == "parallel") | .message' "$dir/json" >"$dir/got"
    if cmp -s "$dir/want" "$dir/got"; then ok; else
      ko "$v: JSON messages differ"; diff "$dir/want" "$dir/got" | head -10
    fi
  done
else
  echo "SKIP: jq not installed: JSON and SARIF not read"
fi

# Usage: one file is no comparison.
"$RESC" check --parallel res-en.resc >"$dir/out" 2>&1
rc=$?
if [ "$rc" -eq 2 ] && grep -q 'two files or more' "$dir/out"; then ok; else ko "check --parallel with one file: exit $rc"; fi

# synopsis --languages: one row per line, one column per version with its language;
# a version's clause sits in the row of the clause it aligns with.
"$RESC" synopsis --languages -o "$dir/syn.html" res-en.resc res-fr.resc v-missing-clause.resc 2>"$dir/err"
rc=$?
if [ "$rc" -eq 0 ] && [ ! -s "$dir/err" ]; then ok; else ko "synopsis --languages: exit $rc"; cat "$dir/err"; fi
"$RESC" synopsis --languages -o "$dir/mod.html" mod-en.resc mod-fr.resc 2>"$dir/err"
rc=$?
if [ "$rc" -eq 0 ] && [ ! -s "$dir/err" ]; then ok; else ko "synopsis --languages of the MODs: exit $rc"; cat "$dir/err"; fi
"$RESC" synopsis --languages -o "$dir/four.html" res-en.resc res-fr.resc res-es.resc res-ru.resc 2>"$dir/err"
rc=$?
if [ "$rc" -eq 0 ] && [ ! -s "$dir/err" ]; then ok; else ko "synopsis --languages in four languages: exit $rc"; cat "$dir/err"; fi
"$RESC" synopsis --languages -o "$dir/rtl.html" rtl-en.resc rtl-ar.resc 2>"$dir/err"
rc=$?
if [ "$rc" -eq 0 ] && [ ! -s "$dir/err" ]; then ok; else ko "synopsis --languages in Arabic: exit $rc"; cat "$dir/err"; fi
"$RESC" synopsis --languages -o "$dir/tables.html" tables-en.resc v-table-rows-cells.resc 2>"$dir/err"
rc=$?
if [ "$rc" -eq 0 ] && [ ! -s "$dir/err" ]; then ok; else ko "synopsis --languages of tables: exit $rc"; cat "$dir/err"; fi
for bad in "-f docx" "-o $dir/x.docx"; do
  # shellcheck disable=SC2086
  "$RESC" synopsis --languages $bad res-en.resc res-fr.resc >/dev/null 2>"$dir/err"
  rc=$?
  if [ "$rc" -eq 2 ] && grep -q -- '--languages writes HTML' "$dir/err"; then ok; else ko "synopsis --languages $bad: exit $rc"; fi
done
# cell ROW COLUMN FILE: the text of a cell, white space squeezed.
cell() {
  xmllint --html --xpath "string(//tr[@data-place='$1']/td[$2])" "$3" 2>/dev/null | tr -s ' \n' '  ' | sed 's/ $//'
}
# expect FILE ROW COLUMN TEXT
expect() {
  got=$(cell "$2" "$3" "$1")
  if [ "$got" = "$4" ]; then ok; else ko "Chromium: row $2 column $3 reads '$got', not '$4'"; fi
}
if command -v chromium >/dev/null 2>&1 && command -v xmllint >/dev/null 2>&1; then
  profile=$dir/chrome
  flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$profile"
  for page in syn mod four rtl tables; do
    # shellcheck disable=SC2086
    timeout 120 chromium $flags --dump-dom "file://$dir/$page.html" >"$dir/$page.dom" 2>/dev/null
  done
  dom=$dir/syn.dom
  expect "$dom" r1/number 1 "RESOLUTION 76 (Rev. Geneva, 2022)"
  expect "$dom" r1/number 2 "RÉSOLUTION 76 (Rév. Genève, 2022)"
  expect "$dom" r1/s2/2/text 1 "b) that interoperability requires common test specifications:"
  expect "$dom" r1/s2/2/text 2 "b) que l'interopérabilité exige des spécifications de test communes:"
  expect "$dom" r1/s2/2/1/text 2 "i) pour les Recommandations de la Commission d'études 11;"
  expect "$dom" r1/s4/1/text 2 "1 de faire rapport sur les travaux visés au décide 1 ci-dessus;"
  # the version that lacks clause b) has an empty cell there, and its c) (printed b)) in c)'s row
  expect "$dom" r1/s2/2/text 3 ""
  expect "$dom" r1/s2/3/text 3 "b) that developing countries need assistance,"
  gaps=$(xmllint --html --xpath 'count(//tr[@class="gap"])' "$dom" 2>/dev/null)
  if [ "$gaps" = 3 ]; then ok; else ko "Chromium: $gaps rows marked with a gap, not 3 (clause b) and its two sub-clauses)"; fi
  # tables: the caption and each row on a row of their own, aligned row by row; the row
  # that one version lacks and the rows with a column more are marked
  dom=$dir/tables.dom
  expect "$dom" r1/a1/t1/head 2 "Table 1 – Targets for 2027"
  expect "$dom" r1/a1/t1/r1 1 "Goal | Target | Year"
  expect "$dom" r1/a1/t1/r3 1 "Inclusion | gender parity | 2030"
  expect "$dom" r1/a1/t1/r4 2 ""
  expect "$dom" r1/a1/t2/r1 2 "Step | Year | Body"
  gaps=$(xmllint --html --xpath 'count(//tr[@class="gap"])' "$dom" 2>/dev/null)
  if [ "$gaps" = 4 ]; then ok; else ko "Chromium: $gaps table rows marked with a gap, not 4 (a missing row, three rows with a column more)"; fi
  dom=$dir/syn.dom
  langs=$(xmllint --html --xpath '//tr[@data-place="r1/s1/head"]/td/@lang' "$dom" 2>/dev/null | tr -d ' \n')
  if [ "$langs" = 'lang="en"lang="fr"lang="en"' ]; then ok; else ko "Chromium: the columns' languages are $langs"; fi
  dom=$dir/mod.dom
  expect "$dom" r1/number 2 "RÉSOLUTION 76 (Rév. Genève, 2022New Delhi, 2024)"
  # the deleted clause is in one row in both, struck out
  expect "$dom" r1/s1/2/text 1 "b) that interoperability requires common test specifications;"
  expect "$dom" r1/s1/2/text 2 "b) que l'interopérabilité exige des spécifications de test communes;"
  del=$(xmllint --html --xpath 'count(//tr[@data-place="r1/s1/2/text"]/td/del)' "$dom" 2>/dev/null)
  if [ "$del" = 2 ]; then ok; else ko "Chromium: the deleted clause is struck out in $del columns, not 2"; fi
  dom=$dir/four.dom
  langs=$(xmllint --html --xpath '//tr[@data-place="r1/s3/head"]/td/@lang' "$dom" 2>/dev/null | tr -d ' \n')
  if [ "$langs" = 'lang="en"lang="fr"lang="es"lang="ru"' ]; then ok; else ko "Chromium: the four columns' languages are $langs"; fi
  expect "$dom" r1/number 4 "РЕЗОЛЮЦИЯ 76 (Пересм. Женева, 2022 г.)"
  expect "$dom" r1/s3/head 3 "resuelve"
  expect "$dom" r1/s2/2/2/text 4 "ii) для других Рекомендаций;"
  # the Arabic column runs right to left, the English one does not
  dom=$dir/rtl.dom
  dirs=$(xmllint --html --xpath '//tr[@data-place="r1/s1/1/text"]/td/@dir' "$dom" 2>/dev/null | tr -d ' \n')
  langs=$(xmllint --html --xpath '//tr[@data-place="r1/s1/1/text"]/td/@lang' "$dom" 2>/dev/null | tr -d ' \n')
  if [ "$dirs" = 'dir="rtl"' ] && [ "$langs" = 'lang="en"lang="ar"' ]; then ok; else
    ko "Chromium: the Arabic row has dir $dirs and lang $langs"
  fi
  expect "$dom" r1/number 2 "القرار 76 (المراجَع في جنيف، 2022)"
  mkdir -p "$builddir/tests/out"
  for page in syn mod four rtl; do
    # shellcheck disable=SC2086
    timeout 120 chromium $flags --window-size=1200,1000 --screenshot="$builddir/tests/out/parallel-$page.png" \
      "file://$dir/$page.html" >/dev/null 2>&1
    if [ -s "$builddir/tests/out/parallel-$page.png" ]; then ok; else ko "Chromium wrote no screenshot of $page.html"; fi
  done
else
  echo "SKIP: chromium or xmllint not installed: the synopsis page is not opened"
fi

echo "parallel: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
