#!/bin/sh
# Builds a DOCX from each of a random sample of N inputs (files, or every file of the
# folders given) that build, and passes them all through tests/tools/docx_lint: the
# ECMA-376 schemas (when ../shared/reference/ooxml-schemas is there) and Word's id,
# reference, style and order rules. So hostile input cannot make resc write a file
# Word refuses. Called by fuzz/run.sh on fuzz_pipeline's corpus after fuzzing (with
# -p: each corpus input starts with the harness's options byte, dropped here) and by
# tests/run-ooxml.sh on tests/fuzz-regress.
#
# Usage: fuzz/validate-sample.sh [-p] N FILE-OR-FOLDER...
# Environment: RESC (default $builddir/resc), DOCX_LINT (default
# $builddir/tests/tools/docx_lint), srcdir, builddir. An input whose DOCX fails is
# copied to $builddir/fuzz/artifacts/ooxml-NAME. Exits 1 when one fails.
set -u
: "${srcdir:=$(cd "$(dirname "$0")/.." && pwd)}" "${builddir:=.}"
: "${RESC:=$builddir/resc}" "${DOCX_LINT:=$builddir/tests/tools/docx_lint}"
strip=0
[ "${1:-}" = -p ] && { strip=1; shift; }
n=${1:-}
case $n in '' | *[!0-9]*) echo "usage: fuzz/validate-sample.sh [-p] N FILE-OR-FOLDER..." >&2; exit 2 ;; esac
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1700000000

find "$@" -type f ! -name '*.txt' 2>/dev/null | shuf -n "$n" >"$tmp/sample"
i=0
: >"$tmp/names"
while read -r f; do
  i=$((i + 1))
  if [ $strip = 1 ]; then tail -c +2 "$f" >"$tmp/$i.resc"; else cp "$f" "$tmp/$i.resc"; fi
  # the view follows from the input, so that an input fails the same way every time
  case $(($(cksum <"$tmp/$i.resc" | cut -d' ' -f1) % 3)) in
  0) view=markup ;; 1) view=accept ;; *) view=reject ;;
  esac
  timeout 10 "$RESC" build --changes="$view" -o "$tmp/$i.docx" "$tmp/$i.resc" >/dev/null 2>&1 || continue
  printf '%s.docx\t%s --changes=%s\n' "$i" "$f" "$view" >>"$tmp/names"
done <"$tmp/sample"

schemas=$srcdir/../shared/reference/ooxml-schemas
set --
if [ -f "$schemas/wml-validate.xsd" ]; then
  set -- --schemas "$(cd "$schemas" && pwd)" --dublin-core "$(cd "$srcdir/tests/tools/dublin-core" && pwd)"
else
  echo "SKIPPED: ../shared absent ($schemas): no schema validation, only docx_lint's checks"
fi
built=$(wc -l <"$tmp/names" | tr -d ' ')
echo "ooxml sample: $built of $(wc -l <"$tmp/sample" | tr -d ' ') inputs build"
[ "$built" -gt 0 ] || exit 0
# shellcheck disable=SC2046
(cd "$tmp" && "$DOCX_LINT" "$@" $(cut -f1 "$tmp/names")) 2>"$tmp/err"
rc=$?
[ $rc -eq 0 ] && exit 0
mkdir -p "$builddir/fuzz/artifacts"
cut -d: -f1 "$tmp/err" | sort -u | while read -r o; do
  line=$(grep "^$o	" "$tmp/names" | cut -f2)
  echo "FAIL: $o is: $line"
  cp "${line%% --changes=*}" "$builddir/fuzz/artifacts/ooxml-$(basename "${line%% --changes=*}")" 2>/dev/null
done
head -40 "$tmp/err"
exit 1
