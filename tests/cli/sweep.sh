#!/bin/sh
# sweep.sh — the first end-to-end sweep: points stored, summary report, reproducibility,
# --resume and --replace, CSV/JSON export.
. "$top_srcdir/tests/cli/lib.sh"

expect_exit 0 "the issue's sweep into a.db" -- "$MULERR" sweep --method lmul --mantissa 1..7 --source bf16 \
  --dist uniform-mantissa --samples 1e6 --seed 1 --db a.db
expect_exit 0 "the same sweep into b.db" -- "$MULERR" sweep --method lmul --mantissa 1..7 --source bf16 \
  --dist uniform-mantissa --samples 1e6 --seed 1 --db b.db --threads 1
expect_exit 0 "summary report as CSV" -- "$MULERR" query a.db --report summary --csv
head -1 out.txt | grep -q '^run,method,source,k,l,rounding,dist,n,bias,mae,mse,rmse,mre,maxre'
ok $? "the summary CSV header starts with the documented columns"
[ "$(tail -n +2 out.txt | wc -l)" -eq 7 ]
ok $? "7 points stored"
cut -d, -f2-14 out.txt > a.csv
"$MULERR" query b.db --report summary --csv | cut -d, -f2-14 > b.csv
cmp -s a.csv b.csv
ok $? "two runs (2 threads and 1 thread) give identical metric values"
awk -F, 'NR > 1 && ($3 != NR - 1 || $7 != 1000000 || $5 != "trunc") { bad = 1 } END { exit bad }' a.csv
ok $? "k = 1..7, n = 1e6, truncation in every row"
# k = 3, l = 3 on uniform 7-bit mantissas: the mean relative error is a few percent
awk -F, '$3 == 3 { exit !($12 > 0.01 && $12 < 0.1) }' a.csv
ok $? "k = 3: mean relative error between 1% and 10%"
expect_exit 0 "SQL query as JSON" -- "$MULERR" query a.db "SELECT k, l, mse FROM results ORDER BY k" --json
grep_ok out.txt '"k": 1, "l": 1, "mse": ' "JSON rows carry numbers"
expect_exit 0 "the runs report" -- "$MULERR" query a.db --report runs
grep_ok out.txt "done" "the run is marked done"
grep_ok out.txt "mulerr sweep --method lmul --mantissa 1..7" "the full command line is recorded"
expect_exit 0 "an aligned table by default" -- "$MULERR" query a.db "SELECT method, k FROM results WHERE k = 2"
grep_ok out.txt "^lmul    2" "table output is aligned"

expect_exit 2 "rerunning into a database that holds the points is refused" -- "$MULERR" sweep --method lmul \
  --mantissa 1..7 --source bf16 --samples 1e6 --seed 1 --db a.db
grep_ok err.txt "already holds 7 of the 7 points" "the refusal says how many points are there"
expect_exit 0 "--resume with more points does only the new ones" -- "$MULERR" sweep --method lmul,float \
  --mantissa 1..7 --source bf16 --samples 1e6 --seed 1 --db a.db --resume
[ "$(grep -c 'already stored, skipped' out.txt)" -eq 7 ]
ok $? "--resume skipped the 7 stored points"
[ "$("$MULERR" query a.db 'SELECT count(*) AS c FROM results' --csv | tail -1)" -eq 14 ]
ok $? "14 points after --resume"
"$MULERR" query a.db "SELECT mse FROM results WHERE method = 'lmul' ORDER BY k" --csv > before.csv
expect_exit 0 "--replace recomputes" -- "$MULERR" sweep --method lmul --mantissa 1..7 --source bf16 \
  --samples 1e6 --seed 1 --db a.db --replace -q
"$MULERR" query a.db "SELECT mse FROM results WHERE method = 'lmul' ORDER BY k" --csv > after.csv
cmp -s before.csv after.csv
ok $? "--replace gives the same values again"
# float with RNE has zero bias on uniform mantissas only approximately; the exact method is exact
expect_exit 0 "exact method" -- "$MULERR" sweep --method exact --source fp32 --dist normal:sigma=0.02 -n 1e5 --db e.db -q
[ "$("$MULERR" query e.db 'SELECT n_inexact, mse, maxre FROM results' --csv | tail -1)" = "0,0,0" ]
ok $? "the exact method has zero error"
expect_exit 0 "different distributions for a and b" -- "$MULERR" sweep --method float -k 3 --source fp32 \
  --dist-a normal:sigma=0.02 --dist-b uniform-mantissa -n 1e4 --db ab.db -q
[ "$("$MULERR" query ab.db 'SELECT dist, dist_b FROM results' --csv | tail -1)" = '"normal:mean=0,sigma=0.02",uniform-mantissa' ]
ok $? "dist and dist_b are recorded"
# stochastic rounding draws from the block's own stream: the same for any thread count
expect_exit 0 "stochastic rounding, 2 threads" -- "$MULERR" sweep --method float,lmul -k 2,3 -r stochastic --source bf16 \
  --dist normal:sigma=0.02 -n 2e5 --db sr2.db --threads 2 -q
expect_exit 0 "stochastic rounding, 1 thread" -- "$MULERR" sweep --method float,lmul -k 2,3 -r stochastic --source bf16 \
  --dist normal:sigma=0.02 -n 2e5 --db sr1.db --threads 1 -q
"$MULERR" query sr1.db "SELECT point_key, bias, mse, mre, maxre FROM results ORDER BY point_key" --csv > sr1.csv
"$MULERR" query sr2.db "SELECT point_key, bias, mse, mre, maxre FROM results ORDER BY point_key" --csv > sr2.csv
cmp -s sr1.csv sr2.csv && [ "$(wc -l < sr1.csv)" -eq 5 ]
ok $? "stochastic rounding gives bit-identical results with 1 and 2 threads"
# float with stochastic rounding is unbiased: |bias| within 4 standard errors of 0
"$MULERR" query sr1.db "SELECT abs(bias) <= 4 * bias_se FROM results WHERE method = 'float'" --csv | tail -n +2 | grep -qv 1
[ $? -ne 0 ]
ok $? "float with stochastic operand rounding has no bias beyond 4 standard errors"
done_testing
