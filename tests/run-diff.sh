#!/bin/sh
# resc diff. Property tests on every pair of versions in the repository (the old and
# the new text of every source with revision marks) and on deterministic random edits
# of them: the reject view of diff(a, b) is a, its accept view is b, diff(a, a) has no
# mark, a one-word edit is one small mark and a clause inserted or deleted is one block
# revision. Then goldens (read them by eye; UPDATE=1 rewrites them) and error cases.
set -u
: "${RESC:=$PWD/resc}" "${srcdir:=.}"
cd "$srcdir" || exit 2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
pass=0
fail=0
skip=0
# The versions are compared as built text; a few rules that an old text may break
# (seeds keep their real mistakes) are not errors here. "-W no-no-operative" silences
# the rule no-operative ("no-operative=warning" reads as "no-" + a rule name).
W="-W lettering=warning -W punctuation=warning -W no-no-operative"
VALGRIND_CMD=
if [ -n "${VALGRIND:-}" ]; then
  VALGRIND_CMD="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect"
fi

ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
text() { "$RESC" build -f text $W "$@" 2>/dev/null; }
texterr() { "$RESC" build -f text $W "$@" 2>&1 >/dev/null; }
marks() { grep -o '{++\|{--\|{~~' "$1" | wc -l | tr -d ' '; }

# check OLD NEW LABEL [EXPECTED-MARKS]: diff OLD NEW, and the views of the result.
check() {
  if ! $VALGRIND_CMD "$RESC" diff "$1" "$2" >"$dir/m.resc" 2>"$dir/err"; then
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
  for s in 1 2 3 4 5 6; do
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

# resc synopsis: seed 002's three proposals side by side (a golden read by eye), and
# proposals that modify different texts (an error naming the first divergence).
golden() { # golden-file command...
  exp=$1
  shift
  $VALGRIND_CMD "$@" >"$dir/out" 2>&1
  printf '[exit %d]\n' $? >>"$dir/out"
  [ -n "${UPDATE:-}" ] && { mkdir -p "$(dirname "$exp")"; cp "$dir/out" "$exp"; }
  if cmp -s "$exp" "$dir/out"; then ok; else ko "golden $exp"; diff -u "$exp" "$dir/out" | head -30; fi
}
golden tests/golden/diff/synopsis-002.html "$RESC" synopsis seeds/002-apt-37a28-1.resc \
  seeds/002-eur-38a31-1.resc seeds/002-iap-39a23-1.resc
golden tests/golden/diff/synopsis-diverge.err "$RESC" synopsis seeds/002-apt-37a28-1.resc \
  examples/mod-proposal.resc
golden tests/golden/diff/synopsis-not-mod.err "$RESC" synopsis seeds/001-res-197.resc
"$RESC" synopsis -f docx seeds/002-apt-37a28-1.resc >/dev/null 2>&1
[ $? -eq 2 ] && ok || ko "synopsis -f docx: exit status 2 expected (not available)"

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
