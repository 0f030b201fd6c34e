#!/bin/sh
# Word's own rules for every DOCX the suite can write. (1) tests/tools/docx_lint on
# hand-made packages (tests/ooxml/NAME/: the parts that differ from tests/ooxml/base/,
# zipped by tests/tools/mkzip; tests/ooxml/*.xml: Flat OPC): each check must fire, with
# the exact messages of tests/ooxml/NAME.err. (2) resc build of every example, seed,
# test case and fuzz regression input that builds, in the three --changes views, as
# DOCX and as Flat OPC; resc diff and resc synopsis to DOCX on the pairs of
# tests/run-diff.sh; build --reference-doc; the review copies of check --annotate (and
# --fix): every XML part validated against the ECMA-376 Transitional and OPC
# schemas of ../shared/reference/ooxml-schemas (compiled once) and through docx_lint's
# checks. Without ../shared the schema validation is SKIPPED (said loudly) and the rest
# still runs. UPDATE=1 rewrites the .err files.
. "${srcdir:-.}/tests/lib.sh"
: "${DOCX_LINT:=$builddir/tests/tools/docx_lint}" "${MKZIP:=$builddir/tests/tools/mkzip}"
cd "$srcdir" || exit 2
export SOURCE_DATE_EPOCH=1700000000
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

schemas=${OOXML_SCHEMAS:-../shared/reference/ooxml-schemas}
lint_args=
if [ -f "$schemas/wml-validate.xsd" ]; then
  lint_args="--schemas $(cd "$schemas" && pwd) --dublin-core $PWD/tests/tools/dublin-core"
else
  echo "SKIPPED: ../shared absent ($schemas): no schema validation, only docx_lint's checks"
fi

# (1) The checks, each shown to fire. A case's messages name its package as NAME.docx.
zip_case() { # OUT.docx CASE-DIR: base/ with the case's parts over it
  rm -rf "$dir/pkg"
  cp -R tests/ooxml/base "$dir/pkg"
  [ "$2" = tests/ooxml/base ] || cp -R "$2/." "$dir/pkg/"
  set -- "$1"
  for f in $(cd "$dir/pkg" && find . -type f | sed 's|^\./||' | sort); do
    set -- "$@" "$f=$dir/pkg/$f"
  done
  "$MKZIP" "$@"
}
for c in tests/ooxml/*/ tests/ooxml/*.xml; do
  c=${c%/}
  name=$(basename "$c")
  case $c in
  *.xml) cp "$c" "$dir/$name" ;;
  *) name=$name.docx; zip_case "$dir/$name" "$c" || { ko "mkzip $c"; continue; } ;;
  esac
  exp=tests/ooxml/$(basename "$c" .xml).err
  # shellcheck disable=SC2086
  (cd "$dir" && "$DOCX_LINT" $lint_args "$name") >"$dir/out" 2>"$dir/err"
  rc=$?
  if [ -z "$lint_args" ]; then # without the schemas, the schema's own messages are absent
    grep -v ": /[^ ]*: Element '" "$exp" >"$dir/exp" 2>/dev/null
  else
    cp "$exp" "$dir/exp" 2>/dev/null
  fi
  if [ "$c" = tests/ooxml/base ]; then
    if [ $rc -eq 0 ] && [ ! -s "$dir/err" ]; then ok; else
      ko "docx_lint finds problems in tests/ooxml/base"
      cat "$dir/err"
    fi
    continue
  fi
  [ -n "${UPDATE:-}" ] && [ -n "$lint_args" ] && cp "$dir/err" "$exp"
  want=1
  [ -s "$dir/exp" ] || want=0
  if [ $rc -eq $want ] && cmp -s "$dir/exp" "$dir/err"; then ok; else
    ko "docx_lint on $c: exit $rc, messages differ from $exp"
    diff "$dir/exp" "$dir/err" | head -20
  fi
done

# The orders docx_lint holds w:rPr and w:trPr to are the orders wml.xsd lists their
# properties in (EG_RPrBase, CT_TrPrBase), with the revision marks CT_ParaRPr and CT_TrPr
# put around them.
if [ -n "$lint_args" ]; then
  xsd_list() { # GROUP-OR-TYPE
    sed -n "/<xsd:[a-zA-Z]* name=\"$1\">/,/<\/xsd:\(group\|complexType\)>/p" "$schemas/transitional/wml.xsd" |
      grep -o '<xsd:element name="[A-Za-z]*"' | sed 's/.*name="\(.*\)"/\1/' | tr '\n' ' '
  }
  want="rPr: ins del moveFrom moveTo $(xsd_list EG_RPrBase)rPrChange
trPr: $(xsd_list CT_TrPrBase)ins del trPrChange"
  got=$("$DOCX_LINT" --orders)
  if [ "$got" = "$want" ]; then ok; else
    ko "docx_lint's orders are not wml.xsd's:"
    printf 'docx_lint: %s\nwml.xsd:   %s\n' "$got" "$want"
  fi
fi

# (2) Every DOCX the suite can write.
W="-W lettering=warning -W punctuation=warning -W no-no-operative"
n=0
mkdir -p "$dir/out.d"
for f in examples/*.resc seeds/*.resc tests/cases/*.resc tests/cases/*/*.resc tests/fuzz-regress/*.resc; do
  [ -f "$f" ] || continue
  for view in markup accept reject; do
    n=$((n + 1))
    # shellcheck disable=SC2086
    "$RESC" build $W --changes=$view -o "$dir/out.d/$n.docx" "$f" >/dev/null 2>&1 || continue
    # shellcheck disable=SC2086
    "$RESC" build $W --changes=$view -f docx-xml -o "$dir/out.d/$n.xml" "$f" >/dev/null 2>&1 ||
      ko "$f: builds as DOCX but not as docx-xml"
    echo "$n.docx	$f --changes=$view" >>"$dir/names"
    echo "$n.xml	$f --changes=$view -f docx-xml" >>"$dir/flat"
  done
done
# A document of some 240,000 elements with revisions throughout: Word reads a w:id as a
# signed 32-bit number, and ids taken from an element's place would pass 2147483647 here.
awk 'BEGIN { print "@resolution 1 (Geneva, 2024)\n@title Many clauses\n@assembly The Assembly,\n\nresolves"
  for (i = 1; i <= 17000; i++) print "- *a* *b* *c* *d* *e* *f* *g* *h* *i* *j* {++k++}{>>c<<};"
  print "- {#last} {--old--}{++new++}, as {ref last} says[^n].\n\n[^n]: A note." }' >"$dir/big.resc"
n=$((n + 1))
if "$RESC" build -o "$dir/out.d/$n.docx" "$dir/big.resc" >/dev/null 2>&1; then
  echo "$n.docx	resc build of a document of 17,000 clauses with revisions" >>"$dir/names"
else ko "resc build of a document of 17,000 clauses: exit status"; fi
# The pairs of tests/run-diff.sh: each source's old and new text, and the goldens' pairs.
for f in examples/*.resc seeds/*.resc tests/cases/*.resc; do
  grep -q '{++\|{--\|{~~' "$f" 2>/dev/null || continue
  # shellcheck disable=SC2086
  "$RESC" build $W -f resc --changes=reject "$f" >"$dir/a.resc" 2>/dev/null || continue
  # shellcheck disable=SC2086
  "$RESC" build $W -f resc --changes=accept "$f" >"$dir/b.resc" 2>/dev/null || continue
  n=$((n + 1))
  # shellcheck disable=SC2086
  "$RESC" diff $W -f docx -o "$dir/out.d/$n.docx" "$dir/a.resc" "$dir/b.resc" >/dev/null 2>&1 &&
    echo "$n.docx	resc diff (old and new of $f)" >>"$dir/names"
done
for old in tests/cases/diff/*.old.resc; do
  new=${old%.old.resc}.new.resc
  n=$((n + 1))
  args=
  [ -f "${old%.old.resc}.args" ] && args=$(cat "${old%.old.resc}.args")
  if eval "\"\$RESC\" diff $W $args -f docx -o \"\$dir/out.d/\$n.docx\" \"\$old\" \"\$new\"" >/dev/null 2>&1; then
    echo "$n.docx	resc diff $old $new" >>"$dir/names"
  else ko "resc diff $args $old $new -o x.docx: exit status"; fi
done
for set in "seeds/002-apt-37a28-1.resc seeds/002-eur-38a31-1.resc seeds/002-iap-39a23-1.resc" \
  "tests/cases/diff/synopsis-a.resc tests/cases/diff/synopsis-b.resc"; do
  n=$((n + 1))
  # shellcheck disable=SC2086
  if "$RESC" synopsis -o "$dir/out.d/$n.docx" $set >/dev/null 2>&1; then
    echo "$n.docx	resc synopsis $set" >>"$dir/names"
  else ko "resc synopsis -o x.docx $set: exit status"; fi
done

# A house style from a reference document (--reference-doc), as DOCX and Flat OPC.
zip_dir() { # OUT.docx DIR: the files of DIR, zipped by mkzip
  set -- "$1" "$2" "$(cd "$2" && find . -type f | sed 's|^\./||' | sort)"
  _out=$1 _dir=$2 _list=$3
  set -- "$_out"
  for _f in $_list; do set -- "$@" "$_f=$_dir/$_f"; done
  "$MKZIP" "$@"
}
zip_dir "$dir/letter.docx" tests/cases/reference/letter.docx.d || ko "mkzip letter.docx"
for f in examples/new-resolution.resc examples/mod-proposal.resc; do
  n=$((n + 1))
  if "$RESC" build --reference-doc "$dir/letter.docx" -o "$dir/out.d/$n.docx" "$f" >/dev/null 2>&1; then
    echo "$n.docx	resc build --reference-doc letter.docx $f" >>"$dir/names"
  else ko "resc build --reference-doc letter.docx $f: exit status"; fi
done
# Review copies (check --annotate, with and without --fix) of a valid Word document with a
# slip: resc's own DOCX of the seed with a duplicate e). (The hand-made Word fixtures of
# tests/cases/import are not schema-valid themselves: a review copy keeps their parts.)
# shellcheck disable=SC2086
"$RESC" build $W -o "$dir/eur.docx" seeds/002-eur-38a31-1.resc >/dev/null 2>&1 ||
  ko "resc build seeds/002-eur-38a31-1.resc"
for in in "$dir/eur.docx"; do
  for fix in "" --fix; do
    n=$((n + 1))
    "$RESC" check --annotate $fix -o "$dir/out.d/$n.docx" "$in" >/dev/null 2>&1
    if [ -f "$dir/out.d/$n.docx" ]; then
      echo "$n.docx	resc check --annotate $fix $(basename "$in")" >>"$dir/names"
    else ko "resc check --annotate $fix $(basename "$in"): no review copy"; fi
  done
done

# One docx_lint run for the packages and one for the Flat OPC files (the schemas
# compile once for each); its messages name the output files, which "names" and "flat"
# map back to their commands.
lint_all() { # LIST: the files of LIST through docx_lint, the problems into $dir/err
  # shellcheck disable=SC2086,SC2046 # options, and names without spaces
  (cd "$dir/out.d" && "$DOCX_LINT" $lint_args $(cut -f1 "$1")) >"$dir/out" 2>"$dir/err"
  rc=$?
  sed 's/^/ooxml: /' "$dir/out"
}
lint_report() { # LIST
  if [ $rc -eq 0 ] && [ ! -s "$dir/err" ]; then ok; else
    ko "docx_lint on the suite's output (exit $rc):"
    cut -d: -f1 "$dir/err" | sort -u | while read -r o; do
      echo "  $o is: $(grep "^$o	" "$1" | cut -f2)"
    done | head -20
    head -40 "$dir/err"
  fi
}
lint_all "$dir/names"
lint_report "$dir/names"
lint_all "$dir/flat"
lint_report "$dir/flat"

# (3) fuzz/validate-sample.sh, as fuzz/run.sh runs it on the fuzzers' corpus, on every
# fuzz regression input (a sample larger than the folder).
if RESC=$RESC DOCX_LINT=$DOCX_LINT sh fuzz/validate-sample.sh 1000 tests/fuzz-regress >"$dir/fz" 2>&1; then
  ok
  grep '^ooxml sample\|^docx_lint' "$dir/fz" | sed 's/^/ooxml: fuzz-regress: /'
else
  ko "fuzz/validate-sample.sh on tests/fuzz-regress:"
  cat "$dir/fz"
fi

finish "ooxml"
