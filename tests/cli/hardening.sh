#!/bin/sh
# hardening.sh — the reproducers of issue 10 (hostile and careless input), one by one: each
# must now give a clear message and a non-zero exit, or work, and never crash, hang, write
# where it was not asked to, or lose results.
. "$top_srcdir/tests/cli/lib.sh"
MULERR_DATADIR="$top_srcdir"; export MULERR_DATADIR
gguf="$top_srcdir/data/stories260K.gguf"

# 1. An experiment line with more flags than the old fixed argv held (crashed: OOB write).
printf 'sweep%s\n' "$(printf ' expected%.0s' $(seq 60))" > flags.exp
expect_exit 0 "run --check: a sweep line with 60 flags" -- "$MULERR" run --check ./flags.exp
printf 'sweep samples=100 k=3%s\n' "$(printf ' method=lmul%.0s' $(seq 200))" > many.exp
expect_exit 0 "run --check: a sweep line with 200 keys" -- "$MULERR" run --check ./many.exp

# 2. No text of the user's reaches gnuplot's or a shell's parser.
"$MULERR" run equal-bits --samples-cap 2000 -q --db r.db >/dev/null 2>&1 || echo "Bail out! cannot run equal-bits"
expect_exit 0 "plot -o with gnuplot code in the folder name" -- "$MULERR" plot --db r.db -o "x'.system('touch PWNED').'" equal-bits
[ ! -e PWNED ] && [ -s "x'.system('touch PWNED').'/equal-bits.png" ]
ok $? "no PWNED file; the figure is in the folder named literally"
expect_exit 0 "report -o with shell code in the folder name" -- "$MULERR" report --db r.db -o "rep'; touch PWNED2; '"
[ ! -e PWNED2 ] && [ -s "rep'; touch PWNED2; '/report.md" ]
ok $? "no PWNED2 file; the report is in the folder named literally"

expect_exit 0 "weights --plot into a path with a quote and gnuplot code" -- "$MULERR" weights "$gguf" --plot "w'.system('touch PWNED3').'.png"
[ ! -e PWNED3 ] && [ -s "w'.system('touch PWNED3').'.png" ]
ok $? "no PWNED3 file; the histogram is in the file named literally"
[ -z "$(ls -a | grep mulerr-plot)" ]
ok $? "weights --plot leaves no temporary folder behind"

# 3. An empty output path is refused (it wrote into /).
expect_exit 2 "plot -o ''" -- "$MULERR" plot --db r.db -o ''
grep_ok err.txt "an empty path" "plot says the path is empty"
expect_exit 2 "report -o ''" -- "$MULERR" report --db r.db -o ''
grep_ok err.txt "an empty path" "report says the path is empty"
expect_exit 2 "reproduce -o ''" -- "$MULERR" reproduce --quick -o ''
expect_exit 2 "sweep --db ''" -- "$MULERR" sweep -k 3 -n 10 --db ''

# 4. A weights file that shrinks mid-sweep: no SIGBUS; the sweep completes on what it read.
cp "$gguf" m.gguf
"$MULERR" sweep -k 1..7 -n 1e6 -d weights:m.gguf --db w.db -q 2>w.err &
pid=$!
sleep 0.3
truncate -s 4096 m.gguf
wait $pid
st=$?
[ "$st" -eq 0 ] || [ "$st" -eq 1 ]
ok $? "a weights file truncated mid-sweep: exit $st (0 or a clean 1), not 135 (SIGBUS)"
[ "$(sqlite3 w.db "SELECT count(*) FROM runs WHERE status = 'running'")" = 0 ]
ok $? "no run is left 'running'"
expect_exit 1 "the truncated file is refused cleanly afterwards" -- "$MULERR" weights m.gguf

# 5. Two sweeps creating the same new database at once: both succeed, every time.
fails=0
for i in 1 2 3 4 5 6 7 8 9 10; do
  rm -f race.db race.db-journal
  "$MULERR" sweep -k 3 -n 100 -q --db race.db 2>r1.err &
  p1=$!
  "$MULERR" sweep -k 4 -n 100 -q --db race.db 2>r2.err || fails=$((fails + 1))
  wait $p1 || fails=$((fails + 1))
done
[ "$fails" -eq 0 ]
ok $? "20 sweeps racing to create 10 new databases: $fails failed"
cat r1.err r2.err | sed 's/^/#   /'

# 6. Experiment files: a path that exists is that file; a bare name is shipped; say which.
mkdir sub
cp "$top_srcdir/experiments/offset-grid.exp" ./offset-grid.exp
printf 'title local\nsweep method=lmul k=3 samples=100\n' > ./offset-grid.exp
expect_exit 0 "run --check offset-grid.exp (a local file of a shipped name)" -- "$MULERR" run --check offset-grid.exp
grep_ok out.txt "^offset-grid.exp: the file's experiment offset-grid, 1 sweep" "the local file is used, and said so"
expect_exit 0 "run --check offset-grid (a bare name)" -- "$MULERR" run --check offset-grid
grep_ok out.txt "experiments/offset-grid.exp: shipped experiment offset-grid, [0-9]* sweep" "the shipped one is used, and said so"
printf 'sweep method=lmul k=3 samples=100\n' > ok.exp
expect_exit 0 "run --check ok.exp (no ./)" -- "$MULERR" run --check ok.exp
i=0
while [ $i -lt 70 ]; do
  printf 'sweep method=lmul k=3 samples=100 seed=%d\n' $((i + 1)) > "e$i.exp"
  i=$((i + 1))
done
expect_exit 0 "run --check on 70 files" -- "$MULERR" run --check e*.exp
grep_ok out.txt "^70 experiment file(s) checked: ok" "all 70 are checked"
expect_exit 0 "run 70 files" -- "$MULERR" run --db seventy.db -q e*.exp
[ "$(sqlite3 seventy.db "SELECT count(DISTINCT experiment) FROM experiment_points")" = 70 ]
ok $? "all 70 experiments ran"
cp "$gguf" sub/x.gguf
printf 'sweep method=lmul k=3 samples=100 dist=weights:@data/sub/x.gguf\n' > at.exp
expect_exit 2 "@data/sub/x.gguf is looked up in the shipped data only" -- "$MULERR" run --check ./at.exp
grep_ok err.txt "no shipped data file 'sub/x.gguf'" "the message names the missing shipped file"
printf '\357\273\277title with a byte-order mark\nsweep method=lmul k=3 samples=100\n' > bom.exp
expect_exit 0 "a UTF-8 byte-order mark is not an unknown statement" -- "$MULERR" run --check ./bom.exp
printf 'titel x\n' > typo.exp
expect_exit 2 "an unknown statement names file and line" -- "$MULERR" run --check ./typo.exp
grep_ok err.txt "typo.exp:1: unknown statement 'titel'" "FILE:LINE in the message"

# 7. A FIFO is refused at once, never waited on.
mkfifo p.gguf p.db
for args in "weights p.gguf" "sweep -k 3 -n 10 -q -d weights:p.gguf --db f.db" "query p.db" "sweep -k 3 -n 10 -q --db p.db"; do
  # shellcheck disable=SC2086
  timeout 20 "$MULERR" $args >out.txt 2>err.txt
  st=$?
  [ "$st" -ne 0 ] && [ "$st" -ne 124 ]
  ok $? "mulerr $args: refused at once (exit $st)"
  grep_ok err.txt "not a regular file" "mulerr $args: says it is not a regular file"
done
expect_exit 1 "query on a folder" -- "$MULERR" query .
grep_ok err.txt "a folder, not a database" "query . says it is a folder (was: disk I/O error)"

# 8. Planning is linear: 98,000 points plan (dry run) without a quadratic wait.  (No timing
# here: a quadratic plan of this size takes minutes, which the suite's time limit catches.)
d=$(i=1; while [ $i -le 140 ]; do printf 'normal:sigma=0.%03d,' $i; i=$((i + 1)); done)
expect_exit 0 "a dry run of 98,000 points" -- "$MULERR" sweep --dry-run -m lmul -k 1..7 -l 1..20 -r rne,trunc,away,up,down -d "${d%,}" --db plan.db
[ "$(grep -c '^\[' out.txt)" = 98000 ]
ok $? "all 98,000 points are listed"

# 9. Seeds: decimal only, stored exactly.
expect_exit 0 "-S 010 is seed 10" -- "$MULERR" sweep -k 3 -n 10 -q -S 010 --db s.db
[ "$(sqlite3 s.db 'SELECT seed FROM results')" = 10 ]
ok $? "seed 010 stored as 10 (not octal 8)"
expect_exit 0 "-S 9223372036854775807" -- "$MULERR" sweep -k 3 -n 10 -q -S 9223372036854775807 --db s2.db
[ "$(sqlite3 s2.db 'SELECT seed FROM results')" = 9223372036854775807 ]
ok $? "the largest seed is stored exactly"
for bad in 18446744073709551615 9223372036854775808 " -5" "-5" "+5" 0x10 "1e3" ""; do
  expect_exit 2 "-S '$bad' is refused" -- "$MULERR" sweep -k 3 -n 10 -S "$bad" --db s3.db
done
[ ! -e s3.db ]
ok $? "no database was created by a refused seed"

# 10. No silent truncation of long lists.
long=$(i=1; while [ $i -le 60 ]; do printf 'normal:sigma=0.%03d,' $i; i=$((i + 1)); done)
expect_exit 0 "a 1,100-character distribution list" -- "$MULERR" sweep --dry-run -m lmul -k 3 -d "${long%,}" --db l.db
[ "$(grep -c '^\[' out.txt)" = 60 ]
ok $? "all 60 distributions are planned"
expect_exit 0 "a mixture's parameters continue past 511 characters" -- "$MULERR" sweep --dry-run -m lmul -k 3 -d "${long}mixture:sigma=0.02,frac=0.001" --db l.db
grep_ok out.txt "mixture:sigma=0.02" "the last, comma-continued distribution is intact"

# 13. Disk limits: a file-size limit is reported by name, and a failed rerun of report keeps
# the previous report.
"$MULERR" report --db r.db -o rep >/dev/null 2>&1
cp rep/report.md before.md
(
  ulimit -f 1
  "$MULERR" report --db r.db -o rep >out.txt 2>err.txt
  echo $? >st.txt
)
[ "$(cat st.txt)" -ne 0 ]
ok $? "report under ulimit -f 1 fails (exit $(cat st.txt)) instead of dying of SIGXFSZ"
grep_ok err.txt "File too large" "the message names the cause"
cmp -s before.md rep/report.md
ok $? "the previous report.md is intact (written to a temporary file, renamed when complete)"
rm -f big.db
(
  ulimit -f 8
  "$MULERR" sweep -m lmul,float,mitchell -k 1..7 -n 1000 -q --db big.db >out.txt 2>err.txt
  echo $? >st.txt
)
[ "$(cat st.txt)" -eq 1 ]
ok $? "sweep under ulimit -f 8 exits 1"
grep_ok err.txt "File too large" "and names the cause"

# 14. Messages.
expect_exit 2 "an unknown option of weights" -- "$MULERR" weights --bogus x
grep_ok err.txt "^mulerr weights: unrecognized option" "getopt's message names 'mulerr weights'"
expect_exit 2 "sigma=1e-320" -- "$MULERR" sweep -d normal:sigma=1e-320 --dry-run
grep_ok err.txt "below the smallest normal double" "a subnormal parameter is named as such"
# 15. Two long distribution texts (weights files 450+ characters deep, each near the 511-byte
# limit of a distribution text, which is refused whole beyond it) are printed whole in the
# point lines: no 512-byte line buffer cuts them.
long=$(printf 'd%.0s' $(seq 1 150))
mkdir -p "$long/$long/$long"
cp "$top_srcdir/data/gpt2-attn-sample.safetensors" "$long/$long/$long/w.safetensors"
cp "$top_srcdir/data/gpt2-attn-sample.safetensors" "$long/$long/$long/v.safetensors"
expect_exit 0 "a dry run on two weights files 450+ characters deep" -- "$MULERR" sweep -m lmul -k 3 --source fp32 \
  --dist-a "weights:$long/$long/$long/w.safetensors" --dist-b "weights:$long/$long/$long/v.safetensors" -n 1000 --dry-run
grep -q "a=weights:$long/$long/$long/w.safetensors b=weights:$long/$long/$long/v.safetensors\$" out.txt
ok $? "the point line holds both paths whole"
done_testing
