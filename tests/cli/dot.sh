#!/bin/sh
# dot.sh — dot-product points from the command line: the issue's sweep, the summary's op,
# length and accumulate columns, exact x exact gives zero error, 1 vs 2 threads, pair keys
# unchanged, bad input refused with the database unchanged, a version-1 database upgraded.
. "$top_srcdir/tests/cli/lib.sh"

expect_exit 0 "mulerr list accumulators" -- "$MULERR" list accumulators
[ "$(wc -l < out.txt)" -eq 9 ] && grep -q "^fixed:W .*bits W 1..50" out.txt && grep -q "^fp32-kahan " out.txt
ok $? "every accumulator model is listed, with its parameter's range"
expect_exit 0 "the issue's dot sweep (lmul, float on e4m3fn; K = 16, 256, 4096; exact, fp32, fixed:13)" -- \
  "$MULERR" sweep --op dot --method lmul,float --format e4m3fn --length 16,256,4096 \
  --accumulate exact,fp32,fixed:13 --dist normal:sigma=0.02 --samples 300 --db d.db
expect_exit 0 "summary as CSV" -- "$MULERR" query d.db --report summary --csv
head -1 out.txt | grep -q '^run,method,source,k,l,rounding,dist,n,bias,mae,mse,rmse,mre,maxre,.*,op,length,accumulate'
ok $? "the summary header keeps its columns and ends with op, length, accumulate"
[ "$(tail -n +2 out.txt | wc -l)" -eq 18 ]
ok $? "one row per point: 2 methods x 3 lengths x 3 accumulators = 18"
[ "$(grep -c ',dot,4096,fixed:13,' out.txt)" -eq 2 ]
ok $? "rows carry op=dot, length and accumulator"
[ "$("$MULERR" query d.db "SELECT count(*) FROM results WHERE n = 300 AND samples = 300 AND reference = 'superacc' AND cond_mre > 0" --csv | tail -1)" -eq 18 ]
ok $? "n counts dot products; condition-relative metrics stored"

expect_exit 0 "method exact, accumulator exact" -- "$MULERR" sweep --op dot --method exact --length 1,64,1000 \
  --accumulate exact --dist normal:sigma=3 --samples 500 --db z.db -q
[ "$("$MULERR" query z.db "SELECT count(*) FROM results WHERE max_abs = 0 AND n_inexact = 0 AND mae = 0" --csv | tail -1)" -eq 3 ]
ok $? "every dot-product error is exactly zero"

for t in 1 2; do
  "$MULERR" sweep --op dot --method lmul -k 3 --length 100,512 --accumulate fp32,bf16,fixed:13,block:16,fp32-kahan \
    --promote 0,128 --samples 700 --db t$t.db --threads $t -q
  "$MULERR" query t$t.db "SELECT point_key, bias, mae, mse, mre, maxre, cond_mre, cond_maxre FROM results ORDER BY point_key" --csv > t$t.csv
done
[ "$(wc -l < t1.csv)" -eq 13 ] && cmp -s t1.csv t2.csv
ok $? "12 points (promote crosses fixed:13 only), bit-identical with 1 and 2 threads"

expect_exit 0 "a pair point beside a dot point" -- "$MULERR" sweep -k 3 --samples 100 --db k.db -q
"$MULERR" sweep --op dot -k 3 --length 16 --samples 100 --db k.db -q
"$MULERR" query k.db "SELECT point_key, op FROM results ORDER BY id" --csv > keys.csv
grep -qx 'method=lmul;source=fp32;format=-;k=3;l=3;rounding=trunc;params=;a=uniform-mantissa;b=uniform-mantissa;samples=100;seed=1;stream=2,pair' keys.csv
ok $? "a pair point's key is unchanged, op = pair"
grep -qx 'method=lmul;source=fp32;format=-;k=3;l=3;rounding=trunc;params=;a=uniform-mantissa;b=uniform-mantissa;samples=100;seed=1;stream=2;op=dot;length=16;accumulate=fp32;promote=0,dot' keys.csv
ok $? "a dot point's key is the pair key and its dot fields"
expect_exit 0 "--resume skips the stored dot point" -- "$MULERR" sweep --op dot -k 3 --length 16,32 --samples 100 --db k.db --resume
grep_ok out.txt "K=16 fp32.*already stored, skipped" "the K = 16 point is skipped, K = 32 computed"

cp d.db before.db
for bad in "--length 0" "--accumulate fixed:0" "--accumulate fp8" "--accumulate fixed" "--accumulate fp32:3" \
           "--length 8 --promote 4" "--length 2000000" "--length 8 --exhaustive --source e4m3fn"; do
  # shellcheck disable=SC2086
  expect_exit 2 "bad input $bad is a usage error" -- "$MULERR" sweep --op dot --length 16 $bad --samples 10 --db d.db
done
grep_ok err.txt "dot products take sampled operands" "the enumeration refusal says why"
expect_exit 2 "--length above a weights row" -- "$MULERR" sweep --op dot --length 64,173 --dist-a normal:sigma=1 \
  --dist-b "weights:$top_srcdir/data/stories260K.gguf:tensors=blk.*.ffn_down.weight" --samples 10 --db d.db
grep_ok err.txt "\-\-length: 173 is above the longest row (172 values)" "names the option and the row length"
cmp -s d.db before.db
ok $? "the database is unchanged after the refusals"
expect_exit 0 "K = 172, whole rows of ffn_down as b" -- "$MULERR" sweep --op dot --length 172 --method exact \
  --accumulate exact --dist-a normal:sigma=1 --dist-b "weights:$top_srcdir/data/stories260K.gguf:tensors=blk.*.ffn_down.weight" \
  --samples 200 --db rows.db -q
[ "$("$MULERR" query rows.db "SELECT max_abs FROM results" --csv | tail -1)" = 0 ]
ok $? "exact x exact on weight rows: zero error"
expect_exit 2 "--length without --op dot" -- "$MULERR" sweep --length 16 --db d.db
grep_ok err.txt "add --op dot" "says to add --op dot"
expect_exit 2 "--op other" -- "$MULERR" sweep --op matmul --db d.db
grep_ok err.txt "\-\-op: unknown operation 'matmul'" "names the option"

# A version-1 database (the dot columns dropped, user_version 1) is upgraded in place.
if command -v sqlite3 >/dev/null 2>&1; then
  "$MULERR" sweep -k 2,3 --samples 100 --db v1.db -q
  "$MULERR" query v1.db --csv "SELECT * FROM results" | cut -d, -f1-40 > v1-before.csv
  sqlite3 old.db < "$top_srcdir/tests/cli/schema-v1.sql"
  cols=$(sqlite3 old.db "SELECT group_concat(name) FROM pragma_table_info('results')")
  sqlite3 old.db "ATTACH 'v1.db' AS s; INSERT INTO runs SELECT * FROM s.runs;
    INSERT INTO results($cols) SELECT $cols FROM s.results;"
  mv old.db v1.db
  [ "$(sqlite3 v1.db 'PRAGMA user_version')" -eq 1 ]
  ok $? "a version-1 database made from the version-1 schema"
  expect_exit 0 "query on a version-1 database" -- "$MULERR" query v1.db --report summary --csv
  grep_ok err.txt "migrated from schema version 1 to 2" "says it upgraded the database"
  [ "$(sqlite3 v1.db 'PRAGMA user_version')" -eq 4 ]
  ok $? "user_version is 4 (the current version) afterwards"
  "$MULERR" query v1.db --csv "SELECT * FROM results" | cut -d, -f1-40 > v1-after.csv
  cmp -s v1-before.csv v1-after.csv && [ "$(sqlite3 v1.db "SELECT count(*) FROM results WHERE op = 'pair' AND length IS NULL")" -eq 2 ]
  ok $? "the version-1 rows are unchanged, op = pair"
  expect_exit 0 "dot points go into the upgraded database" -- "$MULERR" sweep --op dot -k 3 --length 8 --samples 50 --db v1.db -q
else
  echo "# sqlite3 not installed: version-1 upgrade not tested"
fi
done_testing
