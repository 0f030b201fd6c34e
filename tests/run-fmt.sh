#!/bin/sh
# resc fmt on every source in the repository: the output parses to the same tree as
# the input (locations aside), and formatting it again changes nothing; the old and new
# texts written as sources parse.
. "${srcdir:-.}/tests/lib.sh"
strip() { sed 's/ @[0-9]*:[0-9]*-[0-9]*:[0-9]*$//' "$1"; }
for f in "$srcdir"/examples/*.resc "$srcdir"/seeds/*.resc "$srcdir"/tests/cases/*.resc \
  "$srcdir"/tests/cases/engines/*.resc "$srcdir"/tests/cases/import/roundtrip/*.resc \
  "$srcdir"/tests/cases/errors/*.resc "$srcdir"/tests/fuzz-regress/*.resc; do
  [ -f "$f" ] || continue
  "$RESC" build -f ast "$f" >"$dir/a.ast" 2>/dev/null || continue # syntax errors: nothing to format
  if ! "$RESC" fmt "$f" >"$dir/1.resc" 2>"$dir/err"; then
    fail=$((fail + 1)); echo "FAIL: fmt $f"; cat "$dir/err"; continue
  fi
  "$RESC" fmt "$dir/1.resc" >"$dir/2.resc" 2>&1
  "$RESC" build -f ast "$dir/1.resc" >"$dir/b.ast" 2>&1
  strip "$dir/a.ast" >"$dir/a.tree"
  strip "$dir/b.ast" >"$dir/b.tree"
  if ! cmp -s "$dir/a.tree" "$dir/b.tree"; then
    fail=$((fail + 1)); echo "FAIL: fmt changes the tree of $f"; diff "$dir/a.tree" "$dir/b.tree" | head -10
  elif ! cmp -s "$dir/1.resc" "$dir/2.resc"; then
    fail=$((fail + 1)); echo "FAIL: fmt is not idempotent on $f"; diff "$dir/1.resc" "$dir/2.resc" | head -10
  elif grep -n '^@.* $' "$dir/1.resc" >"$dir/trail"; then
    # a directive keeps no space at its end ("@appendix II", with no title)
    fail=$((fail + 1)); echo "FAIL: fmt of $f ends a directive with a space:"; cat "$dir/trail"
  elif ! "$RESC" fmt --check "$dir/1.resc" >/dev/null; then
    fail=$((fail + 1)); echo "FAIL: fmt --check rejects fmt's own output for $f"
  else
    pass=$((pass + 1))
  fi
  # The old and the new text written as sources (build -f resc --changes) parse too.
  for view in accept reject; do
    "$RESC" build -f resc --changes=$view "$f" >"$dir/v.resc" 2>/dev/null || continue
    if "$RESC" build -f ast "$dir/v.resc" >/dev/null 2>"$dir/err"; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1)); echo "FAIL: the $view text of $f as a source does not parse"; head -3 "$dir/err"
    fi
  done
done
# --check reports a file that is not canonical, and -i rewrites it.
printf 'resolves\n-   to act\n  now.\n' >"$dir/x.resc"
if "$RESC" fmt --check "$dir/x.resc" >/dev/null; then fail=$((fail + 1)); echo "FAIL: --check accepted a non-canonical file"; else pass=$((pass + 1)); fi
"$RESC" fmt -i "$dir/x.resc"
if [ "$(cat "$dir/x.resc")" = "$(printf 'resolves\n- to act now.')" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: fmt -i"; cat "$dir/x.resc"; fi
# fmt --check judges the file as it is on disk: CRLF ends or a byte-order mark are
# not canonical (fmt writes LF and no mark); an empty file is.
t() { if eval "$2"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi; }
printf 'resolves\r\n- to act.\r\n' >"$dir/crlf.resc"
t "--check calls a CRLF file canonical" '! "$RESC" fmt --check "$dir/crlf.resc" >/dev/null'
t "fmt of a CRLF file writes LF" '[ "$("$RESC" fmt "$dir/crlf.resc" | tr -dc "\\r" | wc -c)" -eq 0 ]'
printf '\357\273\277resolves\n- to act.\n' >"$dir/bom.resc"
t "--check calls a file with a byte-order mark canonical" '! "$RESC" fmt --check "$dir/bom.resc" >/dev/null'
: >"$dir/empty.resc"
t "--check rejects an empty file" '"$RESC" fmt --check "$dir/empty.resc" >/dev/null'
# A comment header keeps the blank line that sets it apart.
printf '# A header.\n# More.\n\nresolves\n# Before a clause.\n- to act.\n' >"$dir/hdr.resc"
t "fmt drops the blank line after a comment header" '"$RESC" fmt --check "$dir/hdr.resc" >/dev/null'
# The shipped examples are canonical.
for f in "$srcdir"/examples/*.resc; do
  t "$f is not canonical" '"$RESC" fmt --check "$f" >/dev/null'
done
finish "fmt"
