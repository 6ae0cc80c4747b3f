# lib.sh — what the scale-out tests share (sourced after tests/cli/lib.sh): installing the
# Debian packages an engine needs, the sweeps every test shards, and the bit-for-bit check
# of a merge against the unsharded sweep.

# skip_all REASON: the whole test cannot run here (exit 77, the reason printed).
skip_all() {
  echo "1..0 # SKIP $1"
  echo "$(basename "$0"): skipped: $1" >&2
  exit 77
}

# need_packages PROGRAM PACKAGE...: make sure PROGRAM exists, installing the Debian
# packages with apt-get as root if it does not; skip the test where that cannot be done.
need_packages() {
  prog=$1
  shift
  command -v "$prog" >/dev/null 2>&1 && return 0
  [ "$(id -u)" -eq 0 ] || skip_all "$prog is missing and this is not root (apt-get install $*)"
  command -v apt-get >/dev/null 2>&1 || skip_all "$prog is missing and there is no apt-get"
  # no service may start from a package's postinst: the test starts its own daemons
  made_policy=no
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && made_policy=yes
  fi
  echo "# installing $* with apt-get" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >apt.log 2>&1 ||
    { DEBIAN_FRONTEND=noninteractive apt-get update -qq >>apt.log 2>&1 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >>apt.log 2>&1; }
  st=$?
  [ $made_policy = yes ] && rm -f /usr/sbin/policy-rc.d
  [ $st -eq 0 ] && command -v "$prog" >/dev/null 2>&1 ||
    { sed 's/^/# apt: /' apt.log | tail -5 >&2; skip_all "apt-get install $* failed"; }
}

# The sweeps every scale-out test runs, as in tests/cli/shards.sh: sampled points (uniform
# mantissas with their expected values, and normal operands) and an exhaustive enumeration;
# 16 + 8 + 6 = 30 result rows.
SWEEP_A="--method lmul,float --mantissa 1..4 --source fp32 --dist uniform-mantissa,normal:sigma=0.02 -n 2^16 --expected --seed 11"
SWEEP_B="--method lmul,float --mantissa 1..3 --source e4m3 --exhaustive"
NROWS=30

# results_of DB OUT: every column of every result of DB except the provenance (id, run_id,
# seconds, created), in key order, as CSV with doubles printed to round-trip exactly: what a
# merge must reproduce bit for bit.  The columns are read from the schema, so columns added
# later are compared too.
results_of() {
  cols=$("$MULERR" query "$1" "SELECT group_concat(name, ', ') FROM pragma_table_info('results')
          WHERE name NOT IN ('id', 'run_id', 'seconds', 'created')" --csv | tail -n 1 | tr -d '"')
  [ -n "$cols" ] && "$MULERR" query "$1" "SELECT $cols FROM results ORDER BY point_key, kind" --csv > "$2"
}

# unsharded DB: both sweeps, in one process each, into DB.
unsharded() {
  OMP_NUM_THREADS=1 "$MULERR" sweep $SWEEP_A --db "$1" -q &&
    OMP_NUM_THREADS=1 "$MULERR" sweep $SWEEP_B --db "$1" -q
}

# write_task SCRIPT N: the shell script one task runs, shard $1 of N (both sweeps, --resume
# so a resubmitted task completes what a killed one left).  If the file hold.$1 exists the
# task stops between the two sweeps, after writing its PID to held.$1, until it is killed
# (or, should the test fail first, until hold.$1 is removed: then it fails).
write_task() {
  cat > "$1" <<EOS
#!/bin/sh
i=\${1:-\${SLURM_ARRAY_TASK_ID:?}}
export OMP_NUM_THREADS=1
cd '$PWD' || exit 1
'$MULERR' sweep $SWEEP_A --shard \$i/$2 --db shard\$i.db -q --resume || exit 1
if [ -e hold.\$i ]; then echo \$\$ > held.\$i; while [ -e hold.\$i ]; do sleep 1; done; exit 1; fi
'$MULERR' sweep $SWEEP_B --shard \$i/$2 --db shard\$i.db -q --resume
EOS
  chmod +x "$1"
}

# wait_for FILE SECONDS: until FILE exists; nonzero on timeout.
wait_for() {
  t=0
  while [ ! -e "$1" ]; do
    [ $t -ge $(($2 * 5)) ] && return 1
    sleep 0.2
    t=$((t + 1))
  done
}
