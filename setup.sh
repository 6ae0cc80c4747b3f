#!/bin/sh
# setup.sh — one entry point on a fresh Debian 12 machine: install the Debian packages that
# are missing, bootstrap, configure and build mulerr, then run the main job or the tests.
#
#   ./setup.sh          set up and build only
#   ./setup.sh run      set up, build, and run the main job (mulerr reproduce)
#   ./setup.sh check    set up, build, and run the test suite (make check)
#   ./setup.sh bench    set up, build, and run the benchmark (make bench: throughput of every
#                       method beside the same measurement in NumPy; run it on an idle machine)
#   ./setup.sh fuzz     also install clang and its libFuzzer runtime, then replay the fuzz
#                       corpus and fuzz each target briefly (make fuzz-replay, about a minute)
#   ./setup.sh cluster  set up, build, and run the scale-out tests (make check-cluster: as
#                       root they install slurm-wlm, munge and parallel themselves)
#
# Idempotent: a second call installs nothing and rebuilds only what changed.  As root it
# installs with apt-get; otherwise it prints the exact apt-get line and stops.
set -eu
cd "$(dirname "$0")"

PKGS="build-essential autoconf automake libtool pkg-config libmpfr-dev libgmp-dev libgsl-dev libsqlite3-dev nettle-dev gnuplot-nox sqlite3"
# the fuzz targets are built with clang's libFuzzer (never needed by the normal build)
[ "${1:-build}" = fuzz ] && PKGS="$PKGS clang libclang-rt-14-dev"
# the bench's NumPy comparison (bench_numpy.py), which the test suite checks too
case "${1:-build}" in check | bench) PKGS="$PKGS python3-numpy" ;; esac

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "setup.sh: installing Debian packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends $missing
  else
    echo "setup.sh: these Debian packages are missing:$missing" >&2
    echo "setup.sh: install them with:  sudo apt-get install -y$missing" >&2
    exit 1
  fi
fi

jobs=$(nproc 2>/dev/null || echo 2)
[ -x configure ] || autoreconf -fi
[ -f Makefile ] || ./configure ${CI:+--enable-werror}
make -j"$jobs"

case "${1:-build}" in
build) ;;
run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
check)
  status=0
  make -j"$jobs" check || status=$?
  if [ -f test-suite.log ]; then
    pass=$(grep -h '^ok ' tests/unit/*.log tests/cli/*.log 2>/dev/null | grep -vc '# SKIP' || true)
    fail=$(grep -h '^not ok ' tests/unit/*.log tests/cli/*.log 2>/dev/null | grep -vc '# TODO' || true)
    skip=$(grep -h '^ok .*# SKIP' tests/unit/*.log tests/cli/*.log 2>/dev/null | wc -l)
    echo "check: $pass passed, $fail failed, $skip skipped"
  fi
  [ "$status" -eq 0 ] || cat test-suite.log
  exit "$status"
  ;;
bench)
  make bench
  ;;
fuzz)
  make fuzz-replay
  ;;
cluster)
  make check-cluster || { cat test-suite.log; exit 1; }
  ;;
*)
  echo "usage: ./setup.sh [build|run|check|bench|fuzz|cluster]" >&2
  exit 2
  ;;
esac
