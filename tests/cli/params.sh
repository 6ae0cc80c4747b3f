#!/bin/sh
# params.sh — the sweep's parameter table (src/sweep/params.def) drives all four places a
# parameter shows: every row is an option of `mulerr sweep` (getopt takes it), a line of
# `sweep --help`, a key of an experiment file's sweep statement (exactly the rows marked EXP;
# the others are refused as unknown keys), and, for the rows a method uses (USENAME), a name
# in the USES column of `mulerr list methods` and its legend.
. "$top_srcdir/tests/cli/lib.sh"
def="$top_srcdir/src/sweep/params.def"
grep '^PARAM(' "$def" | sed 's/^PARAM(//' | awk -F', ' '{ gsub(/"/, "", $2); gsub(/"/, "", $8); print $2, $5, $8, $11 }' > rows.txt
[ "$(wc -l < rows.txt)" -ge 38 ]
ok $? "params.def has its $(wc -l < rows.txt) rows"
"$MULERR" sweep --help > help.txt
"$MULERR" list methods > list.txt
while read -r name kind usename exp; do
  [ "$name" = help ] && continue # main handles --help before the command (basics.sh)
  grep -q -e "--$name\\b" help.txt
  ok $? "--$name has a line in sweep --help"
  if [ "$kind" = FLAG ]; then arg="--$name"; kv="$name"; else arg="--$name=@bad@"; kv="$name=@bad@"; fi
  "$MULERR" sweep --dry-run -q "$arg" > /dev/null 2> err.txt
  ! grep -q "unrecognized option\|invalid option\|not handled" err.txt
  ok $? "getopt of sweep takes --$name"
  printf 'sweep %s\n' "$kv" > p.exp
  "$MULERR" run --check p.exp > /dev/null 2> err.txt
  if [ "$exp" = 1 ]; then
    ! grep -q "unknown sweep key" err.txt
    ok $? "an experiment file's sweep statement takes $name"
  else
    grep -q "unknown sweep key '$name'" err.txt
    ok $? "an experiment file refuses $name (an option of the command only)"
  fi
  if [ "$usename" != NULL ]; then
    grep -q -e "--$name\\b" list.txt && awk -v u="$usename" 'NR > 1 && $2 ~ ("(^|,)" u "(,|$)") { f = 1 } END { exit !f }' list.txt
    ok $? "list methods names --$name in its legend and $usename in the USES column"
  fi
done < rows.txt
done_testing
