#!/bin/sh
# mkexp.sh MULERR DIR — the golden outputs of `mulerr run --check` on the files of exp.txt
m=$1 d=$2
while IFS='|' read -r name rest; do
  printf '%s\n' "$rest" | tr '|' '\n' > "$name.exp"
  "$m" run --check "$name.exp" > "$d/exp-$name.out" 2> "$d/exp-$name.err"
  echo $? >> "$d/exp-$name.err"
  rm -f "$name.exp"
done < "$d/exp.txt"
