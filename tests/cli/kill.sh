#!/bin/sh
# kill.sh — SIGKILL and SIGINT mid-sweep: the database stays valid with every finished point,
# and --resume completes the rest with the values an uninterrupted sweep gives.
. "$top_srcdir/tests/cli/lib.sh"

count() { "$MULERR" query "$1" 'SELECT count(*) AS c FROM results' --csv 2>/dev/null | tail -1; }
# wait_points DB N: wait (at most 60 s) until DB holds at least N points
wait_points() {
  i=0
  while [ "$i" -lt 600 ]; do
    c=$(count "$1")
    [ -n "$c" ] && [ "$c" -ge "$2" ] && return 0
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}
args="--method lmul,mitchell --mantissa 1..7 --source bf16 --samples 3e5 --reference mpfr --seed 5 -q"

"$MULERR" sweep $args --db k.db &
pid=$!
wait_points k.db 2
ok $? "the sweep stored its first points"
kill -KILL $pid
wait $pid 2>/dev/null
n=$(count k.db)
[ -n "$n" ] && [ "$n" -ge 2 ] && [ "$n" -lt 14 ]
ok $? "after SIGKILL the database holds the finished points ($n of 14)"
[ "$("$MULERR" query k.db 'PRAGMA integrity_check' --csv | tail -1)" = "ok" ]
ok $? "PRAGMA integrity_check says ok"
[ "$("$MULERR" query k.db 'SELECT status FROM runs' --csv | tail -1)" = "running" ]
ok $? "the killed run is left marked running (it never finished)"
expect_exit 0 "--resume completes the sweep" -- "$MULERR" sweep $args --db k.db --resume
[ "$(count k.db)" -eq 14 ]
ok $? "all 14 points present after --resume"

expect_exit 0 "the same sweep uninterrupted" -- "$MULERR" sweep $args --db full.db
q="SELECT point_key, n, bias, mae, mse, mre, maxre FROM results ORDER BY point_key"
"$MULERR" query k.db "$q" --csv > k.csv
"$MULERR" query full.db "$q" --csv > full.csv
cmp -s k.csv full.csv
ok $? "killed + resumed gives exactly the uninterrupted values"

"$MULERR" sweep $args --db i.db &
pid=$!
wait_points i.db 1
kill -INT $pid
wait $pid
st=$?
[ "$st" -eq 130 ]
ok $? "SIGINT stops the sweep with exit status 130 (got $st)"
[ "$("$MULERR" query i.db 'SELECT status FROM runs' --csv | tail -1)" = "interrupted" ]
ok $? "the run is marked interrupted"
expect_exit 0 "--resume after SIGINT" -- "$MULERR" sweep $args --db i.db --resume
[ "$(count i.db)" -eq 14 ]
ok $? "all 14 points present"

# A writer killed inside a transaction leaves a hot journal; a read-only query must still
# work (rolling it back first) and see the last committed state.
if command -v sqlite3 >/dev/null 2>&1; then
  cp full.db hot.db
  printf 'PRAGMA cache_size=1;\nBEGIN;\nUPDATE results SET mse = 0;\nDELETE FROM results;\n.system kill -9 $PPID\n' |
    sqlite3 hot.db >/dev/null 2>&1
  [ -s hot.db-journal ]
  ok $? "a killed writer left a hot journal"
  expect_exit 0 "query on a database with a hot journal" -- "$MULERR" query hot.db "SELECT count(*) AS c FROM results" --csv
  [ "$(tail -1 out.txt)" -eq 14 ]
  ok $? "the interrupted transaction was rolled back: 14 points"
  grep_ok err.txt "rolled back a transaction" "the roll-back is reported"
else
  tap_n=$((tap_n + 1)); echo "ok $tap_n # SKIP sqlite3 command not installed"
fi
done_testing
