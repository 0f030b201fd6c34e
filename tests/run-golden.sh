#!/bin/sh
# Golden tests. Every .resc under tests/cases/ and examples/ is compiled to an AST dump
# and to text in the three --changes views; every .resc under tests/cases/errors/ is
# checked, and its diagnostics (text and exit status) are compared. UPDATE=1 rewrites
# the goldens: read every change before committing it.
set -u
: "${RESC:=$PWD/resc}" "${srcdir:=.}"
cd "$srcdir" || exit 2
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
pass=0
fail=0

run() { # golden-file command...
  exp=$1
  shift
  $VALGRIND_CMD "$@" >"$tmp.out" 2>&1
  rc=$?
  { cat "$tmp.out"; printf '[exit %d]\n' "$rc"; } >"$tmp"
  rm -f "$tmp.out"
  if [ -n "${UPDATE:-}" ]; then
    mkdir -p "$(dirname "$exp")"
    cp "$tmp" "$exp"
  fi
  if diff -u "$exp" "$tmp" >/dev/null 2>&1; then
    pass=$((pass + 1))
  else
    echo "FAIL: $exp ($*)"
    diff -u "$exp" "$tmp" | head -40
    fail=$((fail + 1))
  fi
}

VALGRIND_CMD=
if [ -n "${VALGRIND:-}" ]; then
  VALGRIND_CMD="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect"
fi

for f in tests/cases/*.resc examples/*.resc; do
  [ -f "$f" ] || continue
  name=$(basename "$f" .resc)
  group=$(basename "$(dirname "$f")")
  g=tests/golden/$group/$name
  run "$g.ast" "$RESC" build -f ast "$f"
  run "$g.markup.txt" "$RESC" build -f text "$f"
  run "$g.accept.txt" "$RESC" build -f text --changes=accept "$f"
  run "$g.reject.txt" "$RESC" build -f text --changes=reject "$f"
done

# Seeds: their diagnostics (the real mistakes kept on purpose, and nothing else), and
# their text in each view, built with those rules made warnings.
for f in seeds/*.resc; do
  [ -f "$f" ] || continue
  name=$(basename "$f" .resc)
  g=tests/golden/seeds/$name
  run "$g.check" "$RESC" check "$f"
  for view in markup accept reject; do
    run "$g.$view.txt" "$RESC" build -f text --changes=$view -W lettering=warning \
      -W punctuation=warning "$f"
  done
done

# Under valgrind the error cases are compared from plain runs, and valgrind checks them
# all in one run of resc check: one start of valgrind instead of one per case (it was
# the longest part of the valgrind pass), with the same code paths under it.
EV=$VALGRIND_CMD
VALGRIND_CMD=
for f in tests/cases/errors/*.resc; do
  [ -f "$f" ] || continue
  name=$(basename "$f" .resc)
  run "tests/golden/errors/$name.err" "$RESC" check "$f"
done
VALGRIND_CMD=$EV
if [ -n "$VALGRIND_CMD" ]; then
  $VALGRIND_CMD "$RESC" check tests/cases/errors/*.resc >"$tmp.out" 2>&1
  rc=$?
  if [ "$rc" -ne 99 ]; then
    pass=$((pass + 1))
  else
    echo "FAIL: valgrind reports an error in resc check of tests/cases/errors/*.resc:"
    grep '^==' "$tmp.out" | head -40
    fail=$((fail + 1))
  fi
  rm -f "$tmp.out"
fi

# check --base: the three proposals of seed 002 modify the same text; an outdated base
# is reported at the first difference.
base=tests/cases/base/res98-hammamet-2016.resc
for f in seeds/002-apt-37a28-1.resc seeds/002-eur-38a31-1.resc seeds/002-iap-39a23-1.resc; do
  run "tests/golden/base/$(basename "$f" .resc).err" "$RESC" check -W lettering=warning \
    -W punctuation=warning --base "$base" "$f"
done
run tests/golden/base/outdated.err "$RESC" check -W lettering=warning -W punctuation=warning \
  --base tests/cases/base/res98-outdated.resc seeds/002-iap-39a23-1.resc

# HTML and the DOCX's word/document.xml of a resolution, a MOD proposal with
# relettering, footnotes and references, and the cases written for those renderers:
# the page with its CSS left out and a line break after each block, and the document
# part indented by xmllint. Read every change of these before committing it.
html_golden() { # FILE
  $RV "$RESC" build -f html "$1" | perl -0pe 's|<style>.*?</style>|<style>(stylesheets/resc.css)</style>|s;
    s#(</p>|</div>|</section>|</header>|</article>|<main[^>]*>|</title>)#$1\n#g'
}
docx_golden() { # FILE
  $RV "$RESC" build -f docx-xml --date=2024-10-15 "$1" >"$tmp.flat" || return
  xmllint --xpath '//*[local-name()="part"][@*[local-name()="name"]="/word/document.xml"]/*/*' \
    "$tmp.flat" | xmllint --format --encode UTF-8 - | tail -n +2
  rm -f "$tmp.flat"
}
# valgrind, when asked for, runs resc inside the functions, not the shell functions
RV=$VALGRIND_CMD
VALGRIND_CMD=
if command -v xmllint >/dev/null 2>&1 && command -v perl >/dev/null 2>&1; then
  for f in examples/new-resolution.resc examples/mod-proposal.resc tests/cases/relettering.resc \
    tests/cases/footnotes-refs.resc tests/cases/engines/*.resc tests/cases/engines-html/*.resc \
    tests/cases/engines-docx/*.resc tests/cases/history-at-end.resc tests/cases/star-footnotes.resc \
    tests/cases/rules-body.resc tests/cases/dotted-provisions.resc; do
    name=$(basename "$f" .resc)
    group=$(basename "$(dirname "$f")")
    g=tests/golden/$group/$name
    case $group in engines-docx) ;; *) run "$g.html" html_golden "$f" ;; esac
    case $group in engines-html) ;; *) run "$g.document.xml" docx_golden "$f" ;; esac
  done
else
  echo "SKIP: xmllint or perl missing: no HTML or DOCX goldens compared"
  fail=$((fail + 1))
fi

# The tables case's tree and text in the three views (its HTML and DOCX are above).
t=tests/cases/engines/tables.resc
run tests/golden/engines/tables.ast "$RESC" build -f ast "$t"
for view in markup accept reject; do
  run "tests/golden/engines/tables.$view.txt" "$RESC" build -f text --changes=$view "$t"
done

echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
