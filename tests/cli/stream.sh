#!/bin/sh
# stream.sh — sample stream versions (issue 15; definition in mulerr(1), REPRODUCIBILITY):
# version 2 (the default) gives bit-identical results for 1 and 2 threads on every kind of
# sampler (its own fast normal, uniform-mantissa and weights, GSL's laplace and stochastic
# rounding through the GSL face); the version enters the key only when it is not 1 and is
# stored per row; --resume never takes a point of the other version; bad values are refused.
. "$top_srcdir/tests/cli/lib.sh"
w="$top_srcdir/data/stories260K.gguf"
for t in 1 2; do
  "$MULERR" sweep --method lmul,float -k 3 -d "normal:sigma=0.02,uniform-mantissa,laplace,weights:$w" \
    -n 140000 --threads $t --db t$t.db -q &&
    "$MULERR" sweep --method float -k 2 --rounding stochastic -d normal -n 140000 --threads $t --db t$t.db -q &&
    "$MULERR" query t$t.db --csv "SELECT point_key, stream, bias, mae, mse, mre, maxre, r_p50, e_p99 FROM results ORDER BY point_key" > t$t.csv
  ok $? "stream 2 with $t thread(s): 9 points over 3 blocks each"
done
[ "$(wc -l < t1.csv)" -eq 10 ] && cmp -s t1.csv t2.csv
ok $? "stream 2: bit-identical with 1 and 2 threads (normal, uniform-mantissa, laplace, weights, stochastic rounding)"
[ "$("$MULERR" query t1.db --csv "SELECT count(*) FROM results WHERE stream = 2 AND point_key LIKE '%;stream=2'" | tail -n 1)" = 9 ]
ok $? "every key ends in ;stream=2 and its row holds stream 2"

"$MULERR" sweep -k 3 -n 140000 --stream 1 --threads 1 --db v1.db -q && "$MULERR" sweep -k 3 -n 140000 --stream 1 --threads 2 --db v1b.db -q
ok $? "stream 1 points"
"$MULERR" query v1.db --csv "SELECT point_key, stream, bias, mre FROM results" > v1.csv
"$MULERR" query v1b.db --csv "SELECT point_key, stream, bias, mre FROM results" > v1b.csv
grep -q '^method=lmul;source=fp32;format=-;k=3;l=3;rounding=trunc;params=;a=uniform-mantissa;b=uniform-mantissa;samples=140000;seed=1,1,' v1.csv && cmp -s v1.csv v1b.csv
ok $? "stream 1: the key as before schema 4 (no stream field), stream 1 stored, the same for 1 and 2 threads"
"$MULERR" sweep -k 3 -n 140000 --resume --db v1.db -q
[ "$("$MULERR" query v1.db --csv "SELECT group_concat(stream, ' ') FROM (SELECT stream FROM results ORDER BY id)" | tail -n 1)" = "1 2" ]
ok $? "--resume on a stream-1 point evaluates the stream-2 point beside it"
[ "$("$MULERR" query v1.db --csv "SELECT count(DISTINCT mre) FROM results" | tail -n 1)" = 2 ]
ok $? "the two streams draw different samples"
"$MULERR" query v1.db > sum.txt
head -n 1 sum.txt | grep -q 'stream *$'
ok $? "the summary report's last column is stream"

# a data file enters stream 2 by its content: the same file at two paths, the same samples
mkdir a b && cp "$w" a/x.gguf && cp "$w" b/y.gguf
for s in 2 1; do
  for f in a/x.gguf b/y.gguf; do "$MULERR" sweep -k 3 -d "weights:$f:tensors=blk.*" -n 70000 --stream $s --db f.db -q; done
done
"$MULERR" query f.db --csv "SELECT stream, bias, mre, maxre FROM results ORDER BY id" > f.csv
[ "$(sed -n 2p f.csv)" = "$(sed -n 3p f.csv)" ] && [ "$(sed -n 4p f.csv)" != "$(sed -n 5p f.csv)" ]
ok $? "stream 2: one file at two paths draws the same sample (stream 1: by its path, another)"
[ "$("$MULERR" query f.db --csv "SELECT count(DISTINCT point_key) FROM results" | tail -n 1)" = 4 ]
ok $? "the point keys still hold the paths as given"

expect_exit 2 "--stream 3 is refused" -- "$MULERR" sweep --stream 3 --dry-run
grep_ok err.txt "stream" "the message names the option"
expect_exit 2 "--stream x is refused" -- "$MULERR" sweep --stream x --dry-run
printf 'sweep k=3 samples=1000 stream=1\n' > s.exp
expect_exit 0 "an experiment file's sweep takes stream=1" -- "$MULERR" run --check s.exp
done_testing
