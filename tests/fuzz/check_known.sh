#!/bin/sh
# check_known.sh — NOT WIRED YET (add to a TESTS list once issue 10, defect 1 is fixed on main):
# the reproducers in tests/fuzz/known/ through the real program.  An experiment file the
# parser must refuse is a usage error (exit 2) naming the file and line, never a crash.
. "$top_srcdir/tests/cli/lib.sh"
for f in "$top_srcdir"/tests/fuzz/known/*.exp; do
  name=$(basename "$f")
  cp "$f" "./$name"
  expect_exit 2 "run --check $name: refused" -- "$MULERR" run --check "./$name"
  grep_ok err.txt "$name:1: " "$name: the message names the file and the line"
done
done_testing
