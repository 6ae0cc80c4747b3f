#!/bin/sh
# shards.sh — sweep --shard I/N and merge: the shards are disjoint and cover the sweep, and
# their merge holds bit-identical results to one unsharded sweep, with every run_id remapped;
# conflicts and bad inputs are refused and no input is ever changed.
. "$top_srcdir/tests/cli/lib.sh"

G="$top_srcdir/data/stories260K.gguf"
skip() { # skip DESCRIPTION REASON: a TAP SKIP
  tap_n=$((tap_n + 1))
  echo "ok $tap_n - $1 # SKIP $2"
}
have_sqlite3=no
command -v sqlite3 >/dev/null 2>&1 && have_sqlite3=yes

# Two sweeps into each database: sampled points (uniform mantissas, with their expected
# values, and real weights, which records an input file) and exhaustive ones; all tagged.
A="--method lmul,float --mantissa 1..4 --source fp32 --experiment shardtest --batch 1"
B="--method lmul,float --mantissa 1..3 --source e4m3 --exhaustive --experiment shardtest --batch 1"
sweeps() { # sweeps DB [--shard I/N]
  db=$1
  shift
  "$MULERR" sweep $A --dist "uniform-mantissa,weights:$G" -n 2^16 --expected --db "$db" -q "$@" &&
    "$MULERR" sweep $B --db "$db" -q "$@"
}
sweeps one.db
ok $? "the unsharded sweeps into one.db"
for i in 1 2 3; do
  sweeps s$i.db --shard $i/3
  ok $? "shard $i/3 into s$i.db"
done
sums=$(cksum s1.db s2.db s3.db)

KEYS="SELECT point_key, kind FROM results ORDER BY point_key, kind"
"$MULERR" query one.db "$KEYS" --csv | tail -n +2 > one.keys
for i in 1 2 3; do "$MULERR" query s$i.db "$KEYS" --csv | tail -n +2 > s$i.keys; done
[ "$(wc -l < one.keys)" -eq 30 ]
ok $? "one.db holds 30 rows (16 sampled, 8 expected, 6 exhaustive)"
[ -s s1.keys ] && [ -s s2.keys ] && [ -s s3.keys ]
ok $? "no shard is empty"
[ -z "$(sort s1.keys s2.keys s3.keys | uniq -d)" ]
ok $? "the shards are disjoint"
sort s1.keys s2.keys s3.keys | cmp -s - one.keys
ok $? "the shards cover every point of the sweep"

# A point's shard depends on its key alone: adding a value to a list moves no point.
D="uniform-mantissa,normal:sigma=0.02"
: > all4.txt
for i in 1 2 3; do
  "$MULERR" sweep $A --dist "$D" --shard $i/3 --dry-run | sed -n 's/^\[[0-9/]*\] //p' | sort > d4.txt
  "$MULERR" sweep $A --dist "$D" --shard $i/3 --dry-run --mantissa 1..6 | sed -n 's/^\[[0-9/]*\] //p' |
    sort > d6.txt
  [ -z "$(comm -23 d4.txt d6.txt)" ]
  ok $? "shard $i/3: adding k = 5, 6 keeps every point of k = 1..4 in the shard"
  cat d4.txt >> all4.txt
done
[ "$(wc -l < all4.txt)" -eq 16 ] && [ "$(sort -u all4.txt | wc -l)" -eq 16 ]
ok $? "the dry runs of the shards list the 16 points once each"

expect_exit 0 "merge the three shards" -- "$MULERR" merge merged.db s1.db s2.db s3.db
grep_ok out.txt "30 results added" "the merge reports 30 results added"
Q="SELECT point_key, kind, n, bias, bias_se, mae, mse, mse_se, mre, maxre, hist_rel FROM results ORDER BY point_key, kind"
"$MULERR" query one.db "$Q" --csv > one.csv
"$MULERR" query merged.db "$Q" --csv > merged.csv
cmp -s one.csv merged.csv
ok $? "merged.db and one.db hold bit-identical results"
[ "$(wc -l < merged.csv)" -eq 31 ]
ok $? "... all 30 of them"

# run_id remapped consistently: each row still belongs to the run (command line) it had
J_RES="SELECT r.point_key, r.kind, u.command_line, u.started FROM results r JOIN runs u ON u.id = r.run_id"
J_EXP="SELECT e.experiment, e.batch, e.point_key, u.command_line FROM experiment_points e JOIN runs u ON u.id = e.run_id"
J_INP="SELECT i.dist, i.size, i.sha256, u.command_line FROM inputs i JOIN runs u ON u.id = i.run_id"
for j in RES EXP INP; do
  eval "sql=\$J_$j"
  for i in 1 2 3; do "$MULERR" query s$i.db "$sql" --csv | tail -n +2; done | sort > shards.$j
  "$MULERR" query merged.db "$sql" --csv | tail -n +2 | sort > merged.$j
  [ -s shards.$j ] && cmp -s shards.$j merged.$j
  ok $? "$j rows keep their runs through the renumbering"
done
[ "$("$MULERR" query merged.db 'SELECT count(*), min(id), max(id) FROM runs' --csv | tail -1)" = "6,1,6" ]
ok $? "merged.db has the 6 shard runs, numbered 1..6"
E="SELECT experiment, batch, point_key FROM experiment_points ORDER BY 1, 2, 3"
[ "$("$MULERR" query one.db "$E" --csv)" = "$("$MULERR" query merged.db "$E" --csv)" ]
ok $? "experiment tags as in one.db"
I="SELECT DISTINCT dist, path, size, sha256 FROM inputs ORDER BY 1, 2"
[ "$("$MULERR" query one.db "$I" --csv)" = "$("$MULERR" query merged.db "$I" --csv)" ]
ok $? "input file records as in one.db"

expect_exit 0 "merging the same shards again" -- "$MULERR" merge merged.db s1.db s2.db s3.db
grep_ok out.txt "0 results added, 30 identical ones already there; 0 runs added" "changes nothing"
"$MULERR" query merged.db "$Q" --csv | cmp -s - one.csv
ok $? "merged.db still equal to one.db"

"$MULERR" sweep --method exact --source fp32 -n 1e4 --db other.db -q
cp s1.db s1copy.db
expect_exit 0 "merge into an existing database, a shard given twice as copies" -- \
  "$MULERR" merge other.db s1.db s2.db s3.db s1copy.db
[ "$("$MULERR" query other.db 'SELECT count(*) FROM results' --csv | tail -1)" -eq 31 ] &&
  [ "$("$MULERR" query other.db 'SELECT count(*), max(id) FROM runs' --csv | tail -1)" = "7,7" ]
ok $? "31 results and 7 runs: the copy's identical rows and runs are kept once"
"$MULERR" query other.db "$J_RES" --csv | tail -n +2 | grep -v 'method=exact' | sort | cmp -s - shards.RES
ok $? "the shard runs are renumbered after other.db's own"

# An empty shard is a valid database with a run and no result.
"$MULERR" sweep --method exact --source fp32 -n 1e4 --shard 1/2 --db e1.db -q &&
  "$MULERR" sweep --method exact --source fp32 -n 1e4 --shard 2/2 --db e2.db -q
ok $? "a one-point sweep in two shards"
expect_exit 0 "merge them" -- "$MULERR" merge e.db e1.db e2.db
[ "$("$MULERR" query e.db 'SELECT count(*) FROM results' --csv | tail -1)" -eq 1 ]
ok $? "one result"

# Conflicts: a point stored with a different value
if [ $have_sqlite3 = yes ]; then
  cp s2.db tampered.db
  sqlite3 tampered.db "UPDATE results SET mse = mse * (1 + 1e-15) WHERE kind = 'sampled' AND id = (SELECT min(id) FROM results WHERE kind = 'sampled')"
  key=$(sqlite3 tampered.db "SELECT point_key FROM results WHERE kind = 'sampled' ORDER BY id LIMIT 1")
  expect_exit 1 "two shards disagree" -- "$MULERR" merge c.db s1.db s2.db tampered.db
  grep_ok err.txt "conflict: s2.db and tampered.db hold different values for point '$key' (kind sampled): mse" \
    "the message names the point, both files and the column"
  [ ! -e c.db ]
  ok $? "a new OUT is not left behind"
  cp merged.db m2.db
  sum=$(cksum m2.db)
  expect_exit 1 "OUT and an input disagree" -- "$MULERR" merge m2.db tampered.db
  grep_ok err.txt "conflict: m2.db and tampered.db" "the message names OUT and the input"
  [ "$(cksum m2.db)" = "$sum" ]
  ok $? "OUT unchanged by the refused merge"
else
  for d in "two shards disagree" "the message names the point" "no new OUT left" "OUT and an input disagree" \
    "the message names OUT" "OUT unchanged"; do skip "$d" "no sqlite3 program to tamper with a database"; done
fi

# Bad inputs
printf 'not a database\n' > notes.txt
expect_exit 1 "an input that is not SQLite" -- "$MULERR" merge x.db s1.db notes.txt
grep_ok err.txt "notes.txt: not a SQLite database" "the message names the file"
expect_exit 1 "a missing input" -- "$MULERR" merge x.db s1.db missing.db
grep_ok err.txt "missing.db: cannot read" "the message names the missing file"
if [ $have_sqlite3 = yes ]; then
  sqlite3 plain.db "CREATE TABLE t(x)"
  expect_exit 1 "a SQLite database that is not mulerr's" -- "$MULERR" merge x.db plain.db
  grep_ok err.txt "plain.db: a SQLite database, but not a mulerr one" "says it is not a mulerr database"
  cp s1.db v2.db
  sqlite3 v2.db "PRAGMA user_version = 9"
  expect_exit 1 "another schema version" -- "$MULERR" merge x.db v2.db
  grep_ok err.txt "v2.db: mulerr schema version 9; this mulerr reads version 4" "names the version"
else
  for d in "not mulerr's" "the message" "another schema version" "names the version"; do
    skip "$d" "no sqlite3 program"
  done
fi
[ ! -e x.db ]
ok $? "no OUT made by refused merges"
expect_exit 1 "OUT that is not SQLite" -- "$MULERR" merge notes.txt s1.db
expect_exit 2 "no arguments" -- "$MULERR" merge
expect_exit 2 "no input" -- "$MULERR" merge x.db
grep_ok err.txt "no input database given" "says what is missing"
expect_exit 2 "OUT also an input" -- "$MULERR" merge merged.db s1.db merged.db
grep_ok err.txt "'merged.db' is both the output and an input" "names it"
expect_exit 2 "an input twice" -- "$MULERR" merge x.db s1.db s2.db s1.db
grep_ok err.txt "'s1.db' and 's1.db' are the same file" "names it"
expect_exit 2 "unknown option" -- "$MULERR" merge --frobnicate x.db s1.db
expect_exit 0 "merge --help" -- "$MULERR" merge --help
grep_ok out.txt "^Usage: mulerr merge" "the usage line"
for s in 0/3 4/3 2/0 x/y 1/3/4 -1/3 3; do
  expect_exit 2 "--shard $s" -- "$MULERR" sweep -k 3 -n 100 --shard "$s" --db bad.db
  grep_ok err.txt "--shard: '$s' is not I/N" "--shard $s: the message names the option and the value"
done
[ ! -e bad.db ]
ok $? "no database made by a bad --shard"
[ "$(cksum s1.db s2.db s3.db)" = "$sums" ]
ok $? "no shard database was changed by any of the merges"
done_testing
