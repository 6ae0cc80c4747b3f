#!/bin/sh
# setup.sh — one entry point on a fresh Debian 12 machine: install the Debian packages that
# are missing, bootstrap, configure and build mulerr, then run the main job or the tests.
#
#   ./setup.sh          set up and build only
#   ./setup.sh run      set up, build, and run the main job (writes results.db)
#   ./setup.sh check    set up, build, and run the test suite (make check)
#
# Idempotent: a second call installs nothing and rebuilds only what changed.  As root it
# installs with apt-get; otherwise it prints the exact apt-get line and stops.
set -eu
cd "$(dirname "$0")"

PKGS="build-essential autoconf automake libtool pkg-config libmpfr-dev libgmp-dev libgsl-dev libsqlite3-dev nettle-dev gnuplot-nox sqlite3"

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
  # The main job (until the paper reproduction lands): L-Mul, Mitchell and k-bit floats on
  # uniform mantissas and on normal weights, bf16 sources, k = 1..7.  --resume makes a
  # second call finish an interrupted run instead of starting again.
  ./mulerr sweep --method lmul,mitchell,float --mantissa 1..7 --source bf16 \
    --dist uniform-mantissa,normal:sigma=0.02 --samples 1e6 --seed 1 --db results.db --resume
  ./mulerr query results.db "SELECT method, k, l, rounding, dist, n, mse, mre, bias FROM results ORDER BY dist, method, k"
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
*)
  echo "usage: ./setup.sh [build|run|check]" >&2
  exit 2
  ;;
esac
