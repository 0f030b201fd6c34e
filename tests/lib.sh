# What every test runner (tests/run-*.sh) starts with, sourced as
#   . "${srcdir:-.}/tests/lib.sh"
# The programs under test and the trees (from make check's TESTS_ENVIRONMENT, or the
# current directory), a temporary directory $dir removed on exit, and the counting of
# checks: ok, bad MESSAGE, and finish NAME for the closing line and the exit status.
set -u
: "${RESC:=$PWD/resc}" "${srcdir:=.}" "${builddir:=$PWD}"
dir=$(mktemp -d "${TMPDIR:-/tmp}/resc-test.XXXXXX")
trap 'rm -rf "$dir"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
# finish NAME: "NAME: P passed, F failed"; fails when a check failed or none ran.
finish() {
  echo "$1: $pass passed, $fail failed"
  [ "$pass" -gt 0 ] && [ "$fail" -eq 0 ]
}
# client NAME: whether a real client (soffice, chromium) is to be run here: installed, and
# not left out by RESC_SKIP_CLIENTS, as the sanitizer and valgrind passes do (they check
# resc, and the client would only read the same bytes again, slowly).
client() {
  [ -z "${RESC_SKIP_CLIENTS:-}" ] && command -v "$1" >/dev/null 2>&1
}
# skip WHY: a runner that cannot run here says so loudly and exits 77 (automake's SKIP).
skip() {
  printf '\n*** SKIP: %s ***\n\n' "$*"
  exit 77
}
