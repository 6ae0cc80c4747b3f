#!/bin/sh
# check_known.sh — every input in tests/fuzz/known/ that once crashed mulerr, through the real
# program: each must now be checked without a crash — accepted (exit 0), or refused as a
# usage error (exit 2) whose message names the file and line.
. "$top_srcdir/tests/cli/lib.sh"
for f in "$top_srcdir"/tests/fuzz/known/*.exp; do
  name=$(basename "$f")
  cp "$f" "./$name"
  "$MULERR" run --check "./$name" >out.txt 2>err.txt
  st=$?
  [ "$st" -eq 0 ] || [ "$st" -eq 2 ]
  ok $? "run --check $name: exit $st (0 or 2), not a crash"
  if [ "$st" -eq 2 ]; then grep_ok err.txt "$name:[0-9]*: " "$name: the refusal names the file and the line"; fi
done
done_testing
