#!/bin/sh
# model_merge.sh — `mulerr model --shard I/N` and merge: the merge of two shards holds the
# model_results of one unsharded run in every column but the provenance ones (id, run_id,
# seconds, created), each row still with its own run; an input without model_results merges;
# a point stored with another value is a conflict naming the point and the column, and the
# output is left as it was.
. "$top_srcdir/tests/cli/lib.sh"
D="$top_srcdir/data"
M="$D/stories260K.gguf"
T="$D/tok512.bin"
skip() { # skip DESCRIPTION REASON: a TAP SKIP
  tap_n=$((tap_n + 1))
  echo "ok $tap_n - $1 # SKIP $2"
}

printf 'Once upon a time, there was a big dog.\nThe dog liked to run and play.\nSue saw a bird.\n' > text.txt
run() { # run DB [--shard I/N]: six points, two short documents
  db=$1
  shift
  "$MULERR" model "$M" --tokenizer "$T" --text text.txt --site attn,ffn --method lmul -k 2..4 \
    --max-docs 2 --max-tokens 8 --db "$db" -q "$@"
}
run one.db
ok $? "the unsharded model run into one.db"
run s1.db --shard 1/2
ok $? "shard 1/2 into s1.db"
run s2.db --shard 2/2
ok $? "shard 2/2 into s2.db"
"$MULERR" sweep --method exact --source fp32 -n 1e4 --db plain.db -q
ok $? "a sweep without model results into plain.db"
count() { "$MULERR" query "$1" "SELECT count(*) FROM model_results" --csv | tail -1; }
n1=$(count s1.db)
n2=$(count s2.db)
[ "$(count one.db)" -eq 6 ] && [ "$n1" -gt 0 ] && [ "$n2" -gt 0 ] && [ $((n1 + n2)) -eq 6 ]
ok $? "one.db holds 6 points, the shards $n1 and $n2"
sums=$(cksum s1.db s2.db plain.db)

expect_exit 0 "merge plain.db and the two shards" -- "$MULERR" merge merged.db plain.db s1.db s2.db
grep_ok out.txt "1 results added, 0 identical ones already there; 6 model results added, 0 identical ones already there; 3 runs added" \
  "the merge reports 1 result, 6 model results and 3 runs added"
[ "$(cksum s1.db s2.db plain.db)" = "$sums" ]
ok $? "the inputs are unchanged"

# every column but the provenance ones, read from the table's own schema
cols=$("$MULERR" query one.db "SELECT group_concat(name, ' ') FROM pragma_table_info('model_results') WHERE name NOT IN ('id', 'run_id', 'seconds', 'created')" --csv | tail -1 | tr ' ' ',')
case $cols in *point_key*perplexity*kl*top1*layer_rel_mse*greedy*) r=0 ;; *) r=1 ;; esac
ok $r "compared columns: $cols"
Q="SELECT $cols FROM model_results ORDER BY point_key"
"$MULERR" query one.db "$Q" --csv > one.csv
"$MULERR" query merged.db "$Q" --csv > merged.csv
[ "$(wc -l < one.csv)" -eq 7 ] && cmp -s one.csv merged.csv
ok $? "merged.db's model_results equal one.db's, bit for bit"
[ $? -eq 0 ] || diff one.csv merged.csv | head -20 | sed 's/^/#   /'
"$MULERR" query one.db "SELECT sql FROM sqlite_master WHERE name = 'model_results'" --csv > one.ddl
"$MULERR" query merged.db "SELECT sql FROM sqlite_master WHERE name = 'model_results'" --csv > merged.ddl
cmp -s one.ddl merged.ddl
ok $? "merged.db's model_results has the DDL mulerr model creates"

# run_id remapped: each row still belongs to its shard's run (command line)
J="SELECT m.point_key, u.command_line FROM model_results m JOIN runs u ON u.id = m.run_id"
for i in 1 2; do "$MULERR" query s$i.db "$J" --csv | tail -n +2; done | sort > shards.J
"$MULERR" query merged.db "$J" --csv | tail -n +2 | sort > merged.J
[ "$(wc -l < merged.J)" -eq 6 ] && cmp -s shards.J merged.J
ok $? "model_results rows keep their runs through the renumbering"

expect_exit 0 "merging the shards again" -- "$MULERR" merge merged.db s1.db s2.db
grep_ok out.txt "0 model results added, 6 identical ones already there; 0 runs added" "changes nothing"
"$MULERR" query merged.db "$Q" --csv | cmp -s - one.csv
ok $? "merged.db still equal to one.db"

# Conflicts: a point stored with a different value
if command -v sqlite3 >/dev/null 2>&1; then
  cp s2.db tampered.db
  sqlite3 tampered.db "UPDATE model_results SET kl = kl * (1 + 1e-15) + 1e-300 WHERE id = (SELECT min(id) FROM model_results)"
  key=$(sqlite3 tampered.db "SELECT point_key FROM model_results ORDER BY id LIMIT 1")
  sum=$(cksum merged.db)
  expect_exit 1 "OUT and an input disagree on kl" -- "$MULERR" merge merged.db tampered.db
  grep_ok err.txt "conflict: merged.db and tampered.db hold different values for model point '$key': kl" \
    "the message names both files, the point and the column"
  [ "$(cksum merged.db)" = "$sum" ]
  ok $? "OUT unchanged by the refused merge"
  expect_exit 1 "two inputs disagree" -- "$MULERR" merge c.db s2.db tampered.db
  grep_ok err.txt "conflict: s2.db and tampered.db hold different values for model point" "the message names both inputs"
  [ ! -e c.db ]
  ok $? "a new OUT is not left behind"
  cp plain.db p2.db
  sum=$(cksum p2.db)
  expect_exit 1 "into an OUT without model_results, two inputs disagree" -- "$MULERR" merge p2.db s2.db tampered.db
  [ "$(cksum p2.db)" = "$sum" ] && [ -z "$(sqlite3 p2.db "SELECT name FROM sqlite_master WHERE name = 'model_results'")" ]
  ok $? "OUT unchanged: not even the table was created"
else
  for d in "OUT and an input disagree" "the message names the point" "OUT unchanged" "two inputs disagree" \
    "the message names both inputs" "no new OUT left" "into an OUT without model_results" "OUT unchanged"; do
    skip "$d" "no sqlite3 program to tamper with a database"
  done
fi

done_testing
