#!/bin/sh
# sweepspec.sh — what `mulerr sweep` plans, refuses and prints, and what `mulerr run --check`
# says about experiment files, byte for byte as before the sweep moved into src/sweep: the
# golden files in tests/cli/golden were written by golden/mk.sh and golden/mkexp.sh with the
# program of main's tree before the move (point lists of `sweep --dry-run` for the option
# sets of golden/cases.txt, their messages and exit codes; `list methods`; `sweep --help`;
# FILE:LINE messages of .exp files).
. "$top_srcdir/tests/cli/lib.sh"
g="$top_srcdir/tests/cli/golden"
mkdir got && cp "$g/cases.txt" "$g/exp.txt" got/ || exit 99
sh "$g/mk.sh" "$MULERR" got
sh "$g/mkexp.sh" "$MULERR" got
n=$(wc -l < "$g/cases.txt")
i=1
while [ "$i" -le "$n" ]; do
  cmp -s "$g/sweep$i.out" "got/sweep$i.out" && cmp -s "$g/sweep$i.err" "got/sweep$i.err"
  ok $? "sweep --dry-run $(sed -n "${i}p" "$g/cases.txt")"
  diff "$g/sweep$i.out" "got/sweep$i.out" | head -5 | sed 's/^/#   /'
  diff "$g/sweep$i.err" "got/sweep$i.err" | head -5 | sed 's/^/#   /'
  i=$((i + 1))
done
for f in list-methods.out sweep-help.out; do
  cmp -s "$g/$f" "got/$f"
  ok $? "$f as before"
  diff "$g/$f" "got/$f" | head -5 | sed 's/^/#   /'
done
while IFS='|' read -r name rest; do
  cmp -s "$g/exp-$name.out" "got/exp-$name.out" && cmp -s "$g/exp-$name.err" "got/exp-$name.err"
  ok $? "run --check $name.exp: same output, message (FILE:LINE) and exit status"
  diff "$g/exp-$name.err" "got/exp-$name.err" | head -5 | sed 's/^/#   /'
done < "$g/exp.txt"
done_testing
