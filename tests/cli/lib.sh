# lib.sh — TAP helpers for the shell tests of the mulerr command line (sourced).
# Each test runs in its own scratch directory; $MULERR is the built program.
: "${MULERR:?MULERR must name the mulerr program (make check sets it)}"
tap_n=0
tap_failed=0
scratch=$(mktemp -d "${TMPDIR:-/tmp}/mulerr-test.XXXXXX") || exit 99
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 99

ok() { # ok CONDITION-STATUS DESCRIPTION
  tap_n=$((tap_n + 1))
  if [ "$1" -eq 0 ]; then echo "ok $tap_n - $2"; else echo "not ok $tap_n - $2"; tap_failed=$((tap_failed + 1)); fi
}
# expect_exit CODE DESCRIPTION -- COMMAND...: run COMMAND, check its exit status.
expect_exit() {
  want=$1 desc=$2
  shift 3
  "$@" >out.txt 2>err.txt
  got=$?
  [ "$got" -eq "$want" ]
  st=$?
  ok $st "$desc (exit $got, want $want)"
  [ $st -eq 0 ] || { sed 's/^/#   stdout: /' out.txt; sed 's/^/#   stderr: /' err.txt; }
  return $st
}
# grep_ok FILE PATTERN DESCRIPTION
grep_ok() {
  grep -q -e "$2" "$1"
  st=$?
  ok $st "$3"
  [ $st -eq 0 ] || sed 's/^/#   /' "$1" | head -20
}
done_testing() {
  echo "1..$tap_n"
  [ "$tap_failed" -eq 0 ]
}
