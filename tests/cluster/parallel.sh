#!/bin/sh
# parallel.sh — `mulerr sweep --shard` run by GNU parallel, then `mulerr merge`: the merged
# database must hold the unsharded sweep's results bit for bit.  One task is killed (held
# between its two sweeps, then SIGKILLed) and the merge shown incomplete; GNU parallel's
# `--retry-failed --joblog` reruns that task alone (--resume), which completes it.
#
# Installs the Debian package parallel if it is missing (as root); skips (77) where it
# cannot.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/cluster/lib.sh"

need_packages parallel parallel
parallel --version 2>/dev/null | head -n 1 | grep -q 'GNU parallel' ||
  skip_all "the parallel program here is not GNU parallel (moreutils?)"
P="parallel --will-cite"

N=4
unsharded one.db
ok $? "the unsharded sweeps into one.db"
results_of one.db one.csv
[ "$(($(wc -l < one.csv) - 1))" -eq $NROWS ]
ok $? "one.db holds $NROWS results"

write_task task.sh $N
touch hold.2 # the first run of task 2 stops between its sweeps, to be killed there
$P -j 2 --joblog jobs.log ./task.sh {} ::: $(seq $N) > par.out 2>&1 &
ppid=$!
wait_for held.2 120
st=$?
[ $st -eq 0 ] || rm -f hold.2 # (never let the task wait for a kill that will not come)
ok $st "task 2 ran its first sweep and is held"
victim=$(cat held.2 2>/dev/null)
[ -n "$victim" ] && kill -KILL "$victim"
ok $? "SIGKILL task 2 (pid $victim)"
wait $ppid
st=$?
[ $st -eq 1 ]
ok $? "GNU parallel reports one failed job (exit $st)"
[ "$(awk 'NR > 1 && $7 != 0 { print $NF }' jobs.log)" = 2 ]
ok $? "the job log has task 2, and only it, failed"
sed 's/^/# joblog: /' jobs.log

expect_exit 0 "merge the four shards as they are" -- "$MULERR" merge partial.db shard1.db shard2.db shard3.db shard4.db
results_of partial.db partial.csv
rows=$(($(wc -l < partial.csv) - 1))
[ "$rows" -lt $NROWS ] && [ "$rows" -gt 0 ]
ok $? "without task 2's second sweep the merge is incomplete ($rows of $NROWS results)"
sort one.csv > one.sorted
[ -z "$(sort partial.csv | comm -23 - one.sorted)" ]
ok $? "... and what it holds agrees with one.db"

rm -f hold.2
$P -j 2 --retry-failed --joblog jobs.log > par2.out 2>&1
ok $? "parallel --retry-failed --joblog jobs.log reruns task 2 and it succeeds"
[ "$(awk 'NR > 1 { n++ } END { print n }' jobs.log)" -eq $((N + 1)) ] &&
  [ "$(awk 'NR > 1 { last = $7 " " $NF } END { print last }' jobs.log)" = "0 2" ]
ok $? "the job log gains one line: task 2, exit 0"

expect_exit 0 "merge the four shards" -- "$MULERR" merge merged.db shard1.db shard2.db shard3.db shard4.db
grep_ok out.txt "$NROWS results added" "the merge reports $NROWS results added"
results_of merged.db merged.csv
cmp -s one.csv merged.csv
ok $? "merged.db and one.db hold bit-identical results (every column but the provenance)"
done_testing
