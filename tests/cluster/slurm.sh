#!/bin/sh
# slurm.sh — `mulerr sweep --shard` as a Slurm job array on a real (one-node) Slurm cluster,
# then `mulerr merge`: the merged database must hold the unsharded sweep's results bit for
# bit.  One array task is killed (held between its two sweeps, then scancel'd) and the merge
# shown incomplete; resubmitting that task alone (--resume) completes it.
#
# As root on Debian it installs slurm-wlm and munge if they are missing, then starts its own
# munged, slurmctld and slurmd in the foreground (no systemd), with a generated key and
# slurm.conf and every state, spool, log and pid file under the test's scratch directory,
# on ports of its own; proctrack/linuxproc and task/none, so no cgroup is needed.  Every
# daemon it started is stopped by its recorded PID on exit.  Skips (77) where it cannot run:
# not root, no apt-get, or a daemon that does not come up (the log tail is printed).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/cluster/lib.sh"

pids=""
stop_daemons() { # the daemons this test started, newest first, by their recorded PIDs
  rm -f hold.* # (a held task ends)
  [ -n "$pids" ] && [ -n "${SLURM_CONF:-}" ] && scancel --user="$(id -un)" 2>/dev/null && sleep 1
  for p in $pids; do kill "$p" 2>/dev/null; done
  for p in $pids; do
    t=0
    while kill -0 "$p" 2>/dev/null && [ $t -lt 50 ]; do sleep 0.1; t=$((t + 1)); done
    kill -9 "$p" 2>/dev/null
  done
  pids=""
}
trap 'stop_daemons; rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM

[ "$(id -u)" -eq 0 ] || skip_all "not root: starting slurmctld, slurmd and munged needs root"
need_packages slurmctld slurm-wlm munge
for p in munged slurmd sbatch squeue scontrol scancel; do
  command -v "$p" >/dev/null 2>&1 || skip_all "$p is missing after installing slurm-wlm and munge"
done

# start NAME LOG COMMAND...: run a daemon in the foreground, in the background of this shell
start() {
  name=$1 log=$2
  shift 2
  "$@" >>"$log" 2>&1 &
  pids="$! $pids"
  echo "# started $name (pid $!)"
}
# daemon_failed NAME LOG: skip, with the end of the daemon's log
daemon_failed() {
  echo "# $1 did not come up; end of $2:" >&2
  tail -n 15 "$2" 2>/dev/null | sed 's/^/#   /' >&2
  skip_all "$1 did not start here (see its log above)"
}

C=$scratch/cluster
mkdir -p "$C/munge" "$C/state" "$C/spool" && chmod 700 "$C/munge"
host=$(hostname -s 2>/dev/null || hostname)
ncpu=$(nproc 2>/dev/null || echo 1)
# ports of this test (derived from its PID, so two runs on one machine do not collide)
base=$((20000 + ($$ % 5000) * 2))

# munge: a fresh key, the socket in the scratch directory (--force: root, and /tmp's modes)
dd if=/dev/urandom of="$C/munge/munge.key" bs=1024 count=1 2>/dev/null && chmod 400 "$C/munge/munge.key"
start munged "$C/munged.log" munged -F --force --key-file="$C/munge/munge.key" \
  --socket="$C/munge/munge.socket" --pid-file="$C/munge/munged.pid" \
  --seed-file="$C/munge/munged.seed" --log-file="$C/munge/munged.log"
t=0
until [ -S "$C/munge/munge.socket" ]; do
  [ $t -ge 50 ] && daemon_failed munged "$C/munge/munged.log"
  sleep 0.1
  t=$((t + 1))
done

cat > "$C/slurm.conf" <<EOC
ClusterName=mulerrtest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$base
SlurmdPort=$((base + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$C/munge/munge.socket
StateSaveLocation=$C/state
SlurmdSpoolDir=$C/spool
SlurmctldPidFile=$C/slurmctld.pid
SlurmdPidFile=$C/slurmd.pid
SlurmctldLogFile=$C/slurmctld.log
SlurmdLogFile=$C/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SwitchType=switch/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MinJobAge=600
NodeName=$host NodeAddr=127.0.0.1 CPUs=$ncpu State=UNKNOWN
PartitionName=mulerr Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOC
: > "$C/cgroup.conf" # present, unused (proctrack/linuxproc, task/none)
SLURM_CONF=$C/slurm.conf
export SLURM_CONF
start slurmctld "$C/slurmctld.out" slurmctld -D -i -f "$C/slurm.conf"
start slurmd "$C/slurmd.out" slurmd -D -f "$C/slurm.conf" -N "$host"
t=0
until scontrol show node "$host" 2>/dev/null | grep -Eq 'State=(IDLE|MIXED|ALLOCATED)'; do
  if [ $t -ge 150 ]; then
    scontrol show node "$host" 2>&1 | sed 's/^/#   /' | head -5
    tail -n 5 "$C/slurmctld.log" 2>/dev/null | sed 's/^/# slurmctld: /'
    tail -n 5 "$C/slurmd.out" 2>/dev/null | sed 's/^/# slurmd: /'
    daemon_failed slurmd "$C/slurmd.log"
  fi
  sleep 0.2
  t=$((t + 1))
done
echo "# slurm: node $host up ($ncpu CPUs), ports $base and $((base + 1)), conf $SLURM_CONF"

# wait_job JOBID: until no task of the job is pending or running (at most 5 minutes)
wait_job() {
  t=0
  while [ -n "$(squeue -h -j "$1" -o %i 2>/dev/null)" ]; do
    [ $t -ge 1500 ] && return 1
    sleep 0.2
    t=$((t + 1))
  done
}
# task_state JOBID TASK: the final state of one array task (COMPLETED, CANCELLED, FAILED, ...)
task_state() {
  scontrol show job "$1_$2" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | head -n 1
}

N=4
unsharded one.db
ok $? "the unsharded sweeps into one.db"
results_of one.db one.csv
[ "$(($(wc -l < one.csv) - 1))" -eq $NROWS ]
ok $? "one.db holds $NROWS results"

write_task task.sh $N
touch hold.2 # the first run of task 2 stops between its sweeps, to be killed there
job=$(sbatch --parsable --array=1-$N --job-name=mulerr-shards -o "slurm-%A_%a.out" -D "$scratch" task.sh 2>sbatch.err)
ok $? "sbatch --array=1-$N: job $job submitted"
[ -n "$job" ] || sed 's/^/#   /' sbatch.err
wait_for held.2 120
st=$?
[ $st -eq 0 ] || rm -f hold.2 # (never let the task wait for a kill that will not come)
ok $st "task 2 ran its first sweep and is held"
[ "$(squeue -h -j "${job}_2" -o %T 2>/dev/null)" = RUNNING ]
ok $? "task 2 is RUNNING in Slurm"
scancel --signal=KILL --full "${job}_2" && scancel "${job}_2"
ok $? "scancel task 2 (SIGKILL to the whole step, then cancel)"
wait_job "$job"
ok $? "the array job ends"
for i in 1 3 4; do
  [ "$(task_state "$job" $i)" = COMPLETED ]
  ok $? "task $i COMPLETED"
done
s2=$(task_state "$job" 2)
case $s2 in CANCELLED | FAILED) st=0 ;; *) st=1 ;; esac
ok $st "task 2 did not complete (state $s2)"
for i in 1 2 3 4; do [ -s "slurm-${job}_$i.out" ] && sed "s/^/# task $i: /" "slurm-${job}_$i.out"; done

expect_exit 0 "merge the four shards as they are" -- "$MULERR" merge partial.db shard1.db shard2.db shard3.db shard4.db
results_of partial.db partial.csv
rows=$(($(wc -l < partial.csv) - 1))
[ "$rows" -lt $NROWS ] && [ "$rows" -gt 0 ]
ok $? "without task 2's second sweep the merge is incomplete ($rows of $NROWS results)"
sort one.csv > one.sorted
[ -z "$(sort partial.csv | comm -23 - one.sorted)" ]
ok $? "... and what it holds agrees with one.db"

rm -f hold.2
job2=$(sbatch --parsable --array=2 --job-name=mulerr-shard2 -o "slurm-%A_%a.out" -D "$scratch" task.sh 2>sbatch.err)
ok $? "resubmit task 2 alone: job $job2"
wait_job "$job2"
[ "$(task_state "$job2" 2)" = COMPLETED ]
ok $? "the resubmitted task 2 COMPLETED"
[ -s "slurm-${job2}_2.out" ] && sed 's/^/# task 2 again: /' "slurm-${job2}_2.out"

expect_exit 0 "merge the four shards" -- "$MULERR" merge merged.db shard1.db shard2.db shard3.db shard4.db
grep_ok out.txt "$NROWS results added" "the merge reports $NROWS results added"
results_of merged.db merged.csv
cmp -s one.csv merged.csv
ok $? "merged.db and one.db hold bit-identical results (every column but the provenance)"
[ "$("$MULERR" query merged.db "SELECT count(*) FROM runs WHERE status = 'done'" --csv | tail -n 1)" -ge $((2 * N)) ]
ok $? "merged.db records the shard runs, each 'done'"
started=$pids
stop_daemons
st=0
for p in $started; do kill -0 "$p" 2>/dev/null && st=1; done
ok $st "every daemon the test started (pids $(echo $started)) has stopped"
done_testing
