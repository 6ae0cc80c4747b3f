#!/bin/sh
# schema.sh — schema version 3 (issue 11): the source layout and weights-model columns are
# written at insert time, version-1 and version-2 databases (built from the frozen schemas in
# tests/cli/schema-v1.sql and schema-v2.sql) are migrated in one step with those columns
# back-filled from what the old rows hold, and the latest_points view holds the points of
# the latest batch of each experiment; schema version 4 (issue 15): a version-3 database
# (tests/cli/schema-v3.sql) gains the column stream, its rows 1, and new rows hold their stream.
. "$top_srcdir/tests/cli/lib.sh"

if ! command -v sqlite3 >/dev/null 2>&1; then
  echo "1..0 # SKIP no sqlite3 program"
  exit 77
fi

# Rows a version-1 or -2 mulerr wrote: the columns both versions have, a bf16 sampled point,
# an exhaustive e4m3fn point, and two weights points (one model, both models pooled).
old_rows() { # old_rows DB
  sqlite3 "$1" "INSERT INTO runs VALUES(1, '0.9', 'abc', 'libs', 'mulerr sweep', 1, 'h', 2, '2026-01-01T00:00:00Z', NULL, 'done');
    INSERT INTO results(run_id, point_key, kind, method, source, format, k, l, rounding, params, dist, dist_b,
      samples, seed, reference, block, n, n_rel, n_inexact, mre, created) VALUES
      (1, 'p1', 'sampled', 'lmul', 'bf16', NULL, 3, 3, 'rne', '', 'uniform-mantissa', 'uniform-mantissa', 10, 1, 'double', 4096, 10, 10, 9, 0.03, 'now'),
      (1, 'p2', 'exhaustive', 'lmul', 'e4m3fn', NULL, 3, 3, 'rne', '', 'exhaustive:normal', 'exhaustive:normal', 10, 0, 'mpfr', 4096, 10, 10, 9, 0.04, 'now'),
      (1, 'p3', 'sampled', 'lmul', 'fp32', NULL, 3, 3, 'rne', '', 'weights:/x/data/stories260K.gguf', 'weights:/x/data/stories260K.gguf', 10, 1, 'mpfr', 4096, 10, 10, 9, 0.05, 'now'),
      (1, 'p4', 'sampled', 'lmul', 'fp32', NULL, 3, 3, 'rne', '', 'weights:/x/stories260K.gguf+/x/gpt2-attn-sample.safetensors', 'normal:mu=0,sigma=1', 10, 1, 'mpfr', 4096, 10, 10, 9, 0.06, 'now'),
      (1, 'p5', 'sampled', 'int', 'fp32', NULL, 0, 0, 'rne', 'bits=16,scale=tensor', 'normal:mu=0,sigma=1', 'normal:mu=0,sigma=1', 10, 1, 'mpfr', 4096, 10, 10, 9, 0.07, 'now'),
      (1, 'p6', 'sampled', 'lns', 'fp32', NULL, 0, 0, 'rne', 'int=5,frac=2', 'normal:mu=0,sigma=1', 'normal:mu=0,sigma=1', 10, 1, 'mpfr', 4096, 10, 10, 9, 0.08, 'now');
    INSERT INTO experiment_points VALUES('e', 1, 1, 'p1'), ('e', 1, 1, 'p2'), ('e', 2, 1, 'p2'), ('e', 2, 1, 'p3'), ('f', 1, 1, 'p4');"
}

for v in 1 2 3; do
  rm -f old.db
  sqlite3 old.db < "$top_srcdir/tests/cli/schema-v$v.sql" && sqlite3 old.db "PRAGMA user_version = $v" && old_rows old.db
  [ $v -lt 3 ] || sqlite3 old.db "UPDATE results SET source_e = 8, source_m = 23, operand_bits = 12;
    UPDATE results SET source_m = 7 WHERE point_key = 'p1'; UPDATE results SET source_e = 4, source_m = 3, operand_bits = 8 WHERE point_key = 'p2';
    UPDATE results SET weights_model = 'TinyStories-260K' WHERE point_key = 'p3'; UPDATE results SET weights_model = 'pooled' WHERE point_key = 'p4';
    UPDATE results SET operand_bits = 16 WHERE point_key = 'p5'; UPDATE results SET operand_bits = 8 WHERE point_key = 'p6';" # as version 3 wrote them
  ok $? "a version-$v database made from the frozen version-$v schema"
  expect_exit 0 "version $v: read (and migrated)" -- "$MULERR" query old.db --csv \
    "SELECT point_key, source_e, source_m, coalesce(weights_model, '-') AS model, operand_bits FROM results ORDER BY point_key"
  printf '%s\n' point_key,source_e,source_m,model,operand_bits p1,8,7,-,12 p2,4,3,-,8 \
    p3,8,23,TinyStories-260K,12 p4,8,23,pooled,12 p5,8,23,-,16 p6,8,23,-,8 > want.csv
  cmp -s out.txt want.csv
  ok $? "version $v: the layout (bf16 E8M7, e4m3fn E4M3, fp32 E8M23), model and operand-bits (lmul k=3 on E8: 12, int bits=16, lns 1+5+2) columns are back-filled"
  cmp -s out.txt want.csv || sed 's/^/#   /' out.txt
  if [ $v -lt 3 ]; then grep_ok err.txt "migrated from schema version 2 to 3" "version $v: a note says so"; fi
  grep_ok err.txt "migrated from schema version 3 to 4" "version $v: a note says so (to 4)"
  [ "$(sqlite3 old.db 'PRAGMA user_version')" = 4 ]
  ok $? "version $v: the file is now version 4"
  [ "$(sqlite3 old.db 'SELECT group_concat(stream) FROM results')" = 1,1,1,1,1,1 ]
  ok $? "version $v: every old row is of sample stream 1"
  "$MULERR" query old.db --csv "SELECT experiment, point_key, kind FROM latest_points ORDER BY 1, 2" > lp.csv
  printf '%s\n' experiment,point_key,kind e,p2,exhaustive e,p3,sampled f,p4,sampled | cmp -s - lp.csv
  ok $? "version $v: latest_points holds the points of each experiment's latest batch only"
  expect_exit 0 "version $v: a sweep adds to the migrated database" -- "$MULERR" sweep --method lmul -k 4 --source fp16 -n 1000 --db old.db -q
  [ "$("$MULERR" query old.db --csv "SELECT source_e || 'x' || source_m FROM results WHERE source = 'fp16'" | tail -n 1)" = 5x10 ]
  ok $? "version $v: a new row has its layout written at insert time (fp16: E5M10)"
  "$MULERR" sweep --method lmul -k 4 --source fp16 -n 1000 --stream 1 --db old.db -q
  [ "$(sqlite3 old.db "SELECT group_concat(stream || ':' || (point_key LIKE '%;stream=2'), ' ') FROM results WHERE source = 'fp16'")" = "2:1 1:0" ]
  ok $? "version $v: a new row is of stream 2 (';stream=2' in its key), a --stream 1 row of 1 (key as before)"
done

# A version-2 database that cannot be written is refused with a clear message, unchanged.
rm -f ro.db
sqlite3 ro.db < "$top_srcdir/tests/cli/schema-v2.sql" && sqlite3 ro.db "PRAGMA user_version = 2" && old_rows ro.db
chmod a-w ro.db
if [ -w ro.db ]; then
  echo "ok $((tap_n = tap_n + 1)) - # SKIP a read-only file is writable here (root)"
  echo "ok $((tap_n = tap_n + 1)) - # SKIP a read-only file is writable here (root)"
else
  expect_exit 1 "a read-only version-2 database" -- "$MULERR" query ro.db "SELECT 1"
  grep_ok err.txt "schema version 2 must be migrated to version 3" "the message names both versions"
fi

# model_results as a version-2 mulerr made it (tests/cli/model-results-v2.sql, no column scale):
# the migration adds the column, so the model report reads it, and merge keeps a scaled point
# whichever input comes first.
rm -f m2.db out.db s1.db
sqlite3 m2.db < "$top_srcdir/tests/cli/schema-v2.sql" && sqlite3 m2.db "PRAGMA user_version = 2" && \
  sqlite3 m2.db < "$top_srcdir/tests/cli/model-results-v2.sql" && \
  sqlite3 m2.db "INSERT INTO runs VALUES(1, '0.9', 'abc', 'libs', 'mulerr model', 1, 'h', 1, '2026-01-01T00:00:00Z', NULL, 'done');
    INSERT INTO model_results(run_id, point_key, method, site, source, rounding, params, accumulate, model, model_sha256,
      tokenizer, tokenizer_sha256, text, text_sha256, docs, tokens, perplexity, layer_mse, layer_rel_mse, greedy, created)
      VALUES(1, 'old', 'lmul', 'attn', 'fp32', 'trunc', '', 'fp32', 'm', 'x', 't', 'y', 'x', 'z', 1, 8, 5.5, '[]', '[]', 3, 'now');"
ok $? "a version-2 database with a version-2 model_results table"
cp m2.db m2b.db
expect_exit 0 "version 2 with model results: the model report reads the migrated table" -- "$MULERR" query m2.db --report model --csv
[ "$(sed -n 2p out.txt | awk -F, '{print $1 "," $NF}')" = "lmul,none" ]
ok $? "the old model point reads as unscaled"
if [ -f "$top_srcdir/data/stories260K.gguf" ]; then
  expect_exit 0 "a scaled model point" -- "$MULERR" model "$top_srcdir/data/stories260K.gguf" --tokenizer "$top_srcdir/data/tok512.bin" \
    --text "$top_srcdir/data/tinystories-sample.txt" --site attn -m float -f e4m3fn --scale tensor --max-docs 1 --max-tokens 8 --db s1.db -q
  expect_exit 0 "merge: the version-2 database first, the scaled point second" -- "$MULERR" merge out.db m2b.db s1.db
  [ "$("$MULERR" query out.db --csv "SELECT group_concat(scale, ' ') FROM (SELECT scale FROM model_results ORDER BY scale)" | tail -n 1)" = "none tensor" ]
  ok $? "the merged database keeps both points with their scale"
fi

# Weights distributions in a fresh database: the model column from the shipped checkpoint.
if [ -f "$top_srcdir/data/gpt2-attn-sample.safetensors" ]; then
  expect_exit 0 "a weights sweep" -- "$MULERR" sweep --method lmul -k 3 --source fp32 \
    -d "weights:$top_srcdir/data/gpt2-attn-sample.safetensors" -n 1000 --db w.db -q
  [ "$("$MULERR" query w.db --csv "SELECT weights_model FROM results" | tail -n 1)" = "GPT-2 attention" ]
  ok $? "its model column names the model"
fi
done_testing
