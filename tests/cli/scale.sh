#!/bin/sh
# scale.sh — --scale and --scale-pow2 from the command line: the issue's example runs, the
# scaling is recorded in the database and in the point key (only when not none), bad input
# is refused with a usage error.
. "${top_srcdir:?}/tests/cli/lib.sh"
W="weights:$top_srcdir/data/stories260K.gguf"
expect_exit 0 "float e4m3fn scaled per tensor on real weights" -- "$MULERR" sweep --method float --format e4m3fn \
  --scale tensor --dist "$W" -n 1e5 --db s.db -q
expect_exit 0 "and unscaled" -- "$MULERR" sweep --method float --format e4m3fn --dist "$W" -n 1e5 --db s.db -q
"$MULERR" query s.db "SELECT scale, instr(point_key, 'scale=') > 0 AS keyed FROM results ORDER BY id" --csv > got.csv
printf 'scale,keyed\ntensor,1\nnone,0\n' > want.csv
cmp -s got.csv want.csv
ok $? "scale recorded; in the point key only when not none"
[ $? -eq 0 ] || sed 's/^/#   /' got.csv
v=$("$MULERR" query s.db "SELECT (SELECT mre FROM results WHERE scale = 'tensor') < (SELECT mre FROM results WHERE scale = 'none')" --csv | tail -1)
[ "$v" = 1 ]
ok $? "per-tensor scaling lowers e4m3fn's mean relative error on weights of size ~0.02"
expect_exit 0 "channel, block:32 and pow2 scales, int with the real tensor" -- "$MULERR" sweep --method float,lmul,int \
  --format e4m3fn --scale channel --scale-pow2 --dist "$W" -n 2e4 --db s.db -q
expect_exit 0 "int per tensor, unscaled and --scale tensor" -- "$MULERR" sweep --method int --dist "$W" -n 2e4 --db i.db -q
"$MULERR" sweep --method int --scale tensor --dist "$W" -n 2e4 --db i.db -q
[ "$("$MULERR" query i.db "SELECT count(DISTINCT mre) FROM results" --csv | tail -1)" = 1 ]
ok $? "int --block tensor is the real tensor: the same numbers as int --scale tensor"
expect_exit 0 "block:32" -- "$MULERR" sweep --method float --format e4m3fn --scale block:32 --dist normal:sigma=0.02 -n 2e4 --db s.db -q
expect_exit 2 "--scale channel without tensors" -- "$MULERR" sweep --method float --format e4m3fn --scale channel --dist normal -n 1e3 --db s.db -q
grep_ok err.txt "no channels" "the refusal says why"
expect_exit 2 "--scale on mx" -- "$MULERR" sweep --method mx --scale tensor -n 1e3 --db s.db -q
grep_ok err.txt "its own block scales" "names the reason"
expect_exit 2 "an unknown scale" -- "$MULERR" sweep --method float --scale rows -n 1e3 --db s.db -q
grep_ok err.txt "unknown scale 'rows'" "names it"
expect_exit 0 "an exhaustive enumeration scaled per tensor (one scale for every encoding)" -- "$MULERR" sweep --method float \
  --format e2m1fn --source e4m3fn --operands positive --scale tensor --scale-pow2 --db x.db -q
expect_exit 2 "block:N on an exhaustive enumeration" -- "$MULERR" sweep --method float --format e2m1fn --source e4m3fn \
  --operands positive --scale block:4 --db x.db -q
grep_ok err.txt "no blocks of operands" "says why"
expect_exit 2 "block:N not a power of two" -- "$MULERR" sweep --method float --scale block:48 -n 1e3 --db s.db -q
done_testing
