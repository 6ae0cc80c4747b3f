#!/bin/sh
# mk.sh MULERR DIR — write the golden outputs of sweepspec.sh (run once on main's tree before
# the sweep moved into src/sweep; the test then checks the moved code gives the same bytes).
m=$1 d=$2
n=0
while IFS= read -r line; do
  n=$((n + 1))
  # shellcheck disable=SC2086
  "$m" sweep --dry-run $line > "$d/sweep$n.out" 2> "$d/sweep$n.err"
  echo $? >> "$d/sweep$n.err"
done < "$d/cases.txt"
"$m" list methods > "$d/list-methods.out"
"$m" sweep --help > "$d/sweep-help.out"
