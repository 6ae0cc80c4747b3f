#!/bin/sh
# quantiles.sh — schema v2: every sampled and exhaustive point stores quantiles of |r| and
# |e| and split-half means; a version-1 database is migrated in place (old rows NULL).
. "${top_srcdir:?}/tests/cli/lib.sh"
skip() { # skip DESCRIPTION REASON: a TAP SKIP
  tap_n=$((tap_n + 1))
  echo "ok $tap_n - $1 # SKIP $2"
}
expect_exit 0 "a sampled point" -- "$MULERR" sweep --method lmul -k 3 --source fp32 -d normal:sigma=0.02 -n 2e5 --db q.db -q
v=$("$MULERR" query q.db "SELECT r_p50 > 0 AND r_p50 <= r_p90 AND r_p90 <= r_p99 AND r_p99 <= r_p999 AND e_p50 > 0 AND mre_h1 > 0 AND mre_h2 > 0 FROM results" --csv | tail -1)
[ "$v" = 1 ]
ok $? "quantiles stored, ordered, and split-half means present"
v=$("$MULERR" query q.db "SELECT r_p50 < mre AND mre < r_p999 FROM results" --csv | tail -1)
[ "$v" = 1 ]
ok $? "the median |r| lies below the mean and the mean below p99.9"
if command -v sqlite3 >/dev/null 2>&1; then
  # the version-1 schema, as it was released (tests/cli/schema-v1.sql)
  sqlite3 v1.db < "$top_srcdir/tests/cli/schema-v1.sql" 2>err.txt &&
    cols=$(sqlite3 v1.db "SELECT group_concat(name, ',') FROM pragma_table_info('results')") &&
    sqlite3 v1.db "ATTACH 'q.db' AS q; INSERT INTO runs SELECT * FROM q.runs;
      INSERT INTO results($cols) SELECT $cols FROM q.results; PRAGMA user_version = 1" 2>>err.txt
  st=$?
  ok $st "a version-1 database made (the released version-1 schema, the row copied)"
  if [ $st -eq 0 ]; then
    expect_exit 0 "a version-1 database is read (and migrated)" -- "$MULERR" query v1.db "SELECT count(*), count(r_p50) FROM results" --csv
    grep_ok out.txt '^1,0$' "its old row is kept, with the new columns NULL"
    grep_ok err.txt "migrated from schema version 1 to 2" "a note says so"
    [ "$(sqlite3 v1.db 'PRAGMA user_version')" = 4 ]
    ok $? "the file is now version 4 (the current version)"
    expect_exit 0 "a sweep adds to the migrated database" -- "$MULERR" sweep --method lmul -k 4 --source fp32 -d normal:sigma=0.02 -n 2e4 --db v1.db -q
    [ "$("$MULERR" query v1.db "SELECT count(r_p50) FROM results" --csv | tail -1)" = 1 ]
    ok $? "the new row has its quantiles"
  fi
else
  for d in "version-1 database" "read" "old row" "note" "version 2" "sweep" "new row"; do skip "$d" "no sqlite3 program"; done
fi
done_testing
