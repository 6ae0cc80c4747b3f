#!/bin/sh
# run.sh — run the libFuzzer targets built by `make fuzz-build` (tests/fuzz/fuzz.mk).
#
#   run.sh fuzz   OUT SECONDS TARGET...   fuzz each target for SECONDS; new inputs are kept
#                                         in OUT/corpus/TARGET (reused by the next run)
#   run.sh replay OUT SECONDS TARGET...   run every seed through each target once, then fuzz
#                                         it for SECONDS from scratch (what CI does)
#   run.sh merge  OUT 0 TARGET...         minimise tests/fuzz/corpus/TARGET plus what fuzzing
#                                         found (OUT/corpus/TARGET) into the committed corpus:
#                                         the named seeds stay, the hash-named inputs are
#                                         replaced by libFuzzer's -merge=1 selection
#
# TARGET is gguf, safetensors, llama2c, parse, dist, exp or exp_check.  The seeds of a target
# are tests/fuzz/corpus/TARGET (committed, small), the regression inputs tests/fuzz/crashes/
# TARGET-* if any, and the shipped files it reads (data/*.gguf, experiments/*.exp, and the
# weights in $MULERR_SHARED/weights when present, only those under 4 MB).  A crash, leak,
# sanitizer report or timeout stops that target and leaves its input in OUT/crashes/; the
# script goes on with the next target and exits 1 at the end if any target failed.
set -u
mode=$1 out=$2 secs=$3
shift 3
src=$(cd "$(dirname "$0")/../.." && pwd)
shared=${MULERR_SHARED:-$src/../shared}
mkdir -p "$out/corpus" "$out/seeds" "$out/crashes" "$out/log" || exit 1
out=$(cd "$out" && pwd)

# shipped files a target reads, copied into one seed directory (libFuzzer takes directories)
extra_seeds() { # extra_seeds TARGET DIR
  case $1 in
  gguf) set -- "$2" "$src"/data/*.gguf "$shared"/weights/*.gguf ;;
  safetensors) set -- "$2" "$src"/data/*.safetensors "$shared"/weights/*.safetensors ;;
  llama2c) set -- "$2" "$shared"/weights/*.bin ;;
  exp | exp_check) set -- "$2" "$src"/experiments/*.exp ;;
  *) set -- "$2" ;;
  esac
  d=$1
  shift
  for f in "$@"; do
    [ -f "$f" ] && [ "$(wc -c < "$f")" -le 4194304 ] && cp "$f" "$d/"
  done
  return 0
}

failed=""
total_runs=0
for t in "$@"; do
  bin=$out/fuzz_$t
  [ -x "$bin" ] || { echo "fuzz: $bin is missing (make fuzz-build)" >&2; exit 1; }
  seeds=$out/seeds/$t
  rm -rf "$seeds" && mkdir -p "$seeds" && extra_seeds "$t" "$seeds"
  for f in "$src"/tests/fuzz/crashes/"$t"-*; do [ -f "$f" ] && cp "$f" "$seeds/"; done
  dict=""
  [ -f "$src/tests/fuzz/dict/$t.dict" ] && dict="-dict=$src/tests/fuzz/dict/$t.dict"
  # -close_fd_mask=3: mulerr's messages go nowhere; libFuzzer's and the sanitizers' reports
  # still reach the log.  A single input may take 20 s and 2 GB at most; mutated inputs are
  # at most 64 KiB (the replay runs the seeds whole).
  opts="-close_fd_mask=3 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1"
  opts="$opts -artifact_prefix=$out/crashes/$t-"
  log=$out/log/$t.log
  # Run from the source tree, so that relative paths in seeds (data/...) resolve.
  if [ "$mode" = merge ]; then
    new=$out/merge/$t
    rm -rf "$new" && mkdir -p "$new" "$out/corpus/$t"
    (cd "$src" && "$bin" $opts -max_len=65536 -merge=1 "$new" "$src/tests/fuzz/corpus/$t" "$out/corpus/$t") > "$log" 2>&1
    st=$?
    if [ $st -eq 0 ]; then
      find "$src/tests/fuzz/corpus/$t" -type f -name '????????????????????????????????????????' -delete
      named=$(for f in "$src/tests/fuzz/corpus/$t"/*; do sha1sum < "$f" | cut -c1-40; done)
      for f in "$new"/*; do
        echo "$named" | grep -qx "$(basename "$f")" || cp "$f" "$src/tests/fuzz/corpus/$t/"
      done
      echo "fuzz merge $t: $(ls "$src/tests/fuzz/corpus/$t" | wc -l) files, $(du -sk "$src/tests/fuzz/corpus/$t" | cut -f1) KiB"
    else
      echo "fuzz merge $t: FAILED (exit $st), see $log"
      failed="$failed $t"
    fi
    continue
  elif [ "$mode" = replay ]; then
    work=$out/corpus/$t.replay
    rm -rf "$work" && mkdir -p "$work"
    # (the first directory is libFuzzer's output: seeds that add coverage are copied there)
    (cd "$src" && "$bin" $opts $dict -runs=0 "$work" "$src/tests/fuzz/corpus/$t" "$seeds") > "$log" 2>&1 &&
      rm -rf "$work" && mkdir -p "$work" &&
      (cd "$src" && "$bin" $opts $dict -max_len=65536 -max_total_time="$secs" "$work" "$src/tests/fuzz/corpus/$t") >> "$log" 2>&1
    st=$?
    rm -rf "$work"
  else
    mkdir -p "$out/corpus/$t"
    (cd "$src" && "$bin" $opts $dict -max_len=65536 -max_total_time="$secs" "$out/corpus/$t" "$src/tests/fuzz/corpus/$t" "$seeds") > "$log" 2>&1
    st=$?
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | awk '{s += $1} END {print s + 0}')
  time=$(sed -n 's/^stat::.*//; s/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | awk '{s += $1} END {print s + 0}')
  ncorp=$(ls "$src/tests/fuzz/corpus/$t" "$seeds" 2>/dev/null | grep -vc ':$' )
  total_runs=$((total_runs + runs))
  if [ $st -eq 0 ]; then
    echo "fuzz $mode $t: ok, $runs executions in ${time} s ($ncorp seed files)"
  else
    echo "fuzz $mode $t: FAILED (exit $st) after $runs executions; report in $log:"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|.*Test unit written|.*ALARM|.*out-of-memory|.*deadly signal)' "$log" | head -8 | sed 's/^/    /'
    failed="$failed $t"
  fi
done
echo "fuzz $mode: $total_runs executions in all"
if [ -n "$failed" ]; then
  echo "fuzz $mode: failed:$failed (inputs in $out/crashes/)" >&2
  exit 1
fi
exit 0
