#!/bin/sh
# resc check --parallel and resc synopsis --languages, on the versions in
# tests/parallel/: res-en.resc and mod-en.resc are the references (a resolution and a
# MOD proposal), res-fr.resc and mod-fr.resc faithful French versions of them, and each
# v-*.resc a version with one slip planted (an English copy: the comparison reads no
# words), compared with its reference. The diagnostics are goldens, v-*.err, read by
# eye (UPDATE=1 rewrites them); JSON and SARIF are read with jq; the synopsis page is
# opened in Chromium, whose DOM must show the versions' clauses side by side.
set -u
: "${RESC:=$PWD/resc}" "${srcdir:=.}"
cd "$srcdir/tests/parallel" || exit 2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
# The French versions write Rév.: the header rule reads the English revision word only.
FR="-W no-header"

# Faithful versions agree: no output, exit 0; any number of them.
for set in "res-en.resc res-fr.resc" "mod-en.resc mod-fr.resc" "res-en.resc res-fr.resc res-en.resc"; do
  # shellcheck disable=SC2086
  "$RESC" check $FR --parallel $set >"$dir/out" 2>&1
  rc=$?
  if [ "$rc" -eq 0 ] && [ ! -s "$dir/out" ]; then ok; else
    ko "check --parallel $set: exit $rc, output:"; head -20 "$dir/out"
  fi
done

# One slip each: the exact diagnostics at both places, exit 1.
ref_of() { case $1 in v-mod-*) echo mod-en.resc ;; *) echo res-en.resc ;; esac; }
for v in v-*.resc; do
  want=${v%.resc}.err
  "$RESC" check --parallel "$(ref_of "$v")" "$v" >"$dir/out" 2>&1
  rc=$?
  if [ -n "${UPDATE:-}" ]; then cp "$dir/out" "$want"; fi
  if [ "$rc" -ne 1 ]; then ko "$v: exit $rc, not 1"
  elif ! grep -q '\[parallel\]' "$dir/out"; then ko "$v: no [parallel] diagnostic"
  elif ! cmp -s "$want" "$dir/out"; then ko "$v: diagnostics differ from $want:"; diff "$want" "$dir/out" | head -20
  else ok; fi
done

# The same diagnostics as JSON and SARIF: the version's place and the reference's.
if command -v jq >/dev/null 2>&1; then
  for v in v-*.resc; do
    ref=$(ref_of "$v")
    # the text form's [parallel] lines: FILE:LINE:COL, then the note's FILE:LINE:COL
    grep -A3 '\[parallel\]$' "${v%.resc}.err" | grep -o '^[^ :]*\.resc:[0-9]*:[0-9]*: \(error\|note\)' |
      sed 's/: \(error\|note\)$//' | paste -d' ' - - >"$dir/want"
    "$RESC" check --diagnostics-format=json --parallel "$ref" "$v" >"$dir/json" 2>/dev/null
    jq -r '.[] | select(.rule == "parallel") |
      "\(.file):\(.line):\(.column) \(.note.file):\(.note.line):\(.note.column)"' "$dir/json" >"$dir/got"
    if [ -s "$dir/want" ] && cmp -s "$dir/want" "$dir/got"; then ok; else
      ko "$v: JSON places differ"; diff "$dir/want" "$dir/got" | head -10
    fi
    "$RESC" check --diagnostics-format=sarif --parallel "$ref" "$v" >"$dir/sarif" 2>/dev/null
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

echo "parallel: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
