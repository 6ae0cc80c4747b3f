#!/bin/sh
# isa_same.sh A B — the same sweep through two mulerr binaries gives the same numbers, digit
# for digit.  check-sanitize runs it with the main build (AVX-512 or AVX2 code of the hot loops
# where the processor has them) and its own builds (MULERR_NO_CLONES: the baseline code only;
# MULERR_NO_V4: AVX2 at most), so the claim that the vector width cannot change a result is
# checked on every CI run.
set -eu
a=$1 b=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sweep() {
  "$1" sweep --method lmul,mitchell,float,exact --mantissa 2..4 --source fp32 \
    --dist normal:sigma=0.02,uniform-mantissa,laplace --samples 70000 --seed 9 --quiet --db "$2" >/dev/null
  "$1" sweep --method float --format e4m3fn,e5m2 --source fp32 --dist normal:sigma=0.02 \
    --samples 70000 --seed 9 --quiet --db "$2" >/dev/null
  "$1" sweep --method lmul,float --mantissa 3 --source e5m7 --operands positive --quiet --db "$2" >/dev/null
  "$1" sweep --method lmul --mantissa 3 --source fp32 --dist normal:sigma=0.02 --samples 20000 \
    --seed 9 --reference mpfr --quiet --db "$2" >/dev/null
  "$1" sweep --op dot --method lmul,float --mantissa 3 --length 100,1024 --accumulate exact,fp32,bf16,fixed:13 \
    --source fp32 --dist normal:sigma=1 --samples 300 --seed 9 --quiet --db "$2" >/dev/null
  # the fast passes of lns (branch-free) and mx (vector rounding), and int, on sampled and
  # enumerated operands; the quantile columns (counted in the metrics' vector pass) below
  "$1" sweep --method lns,mx,int,lmul-eq1,lmul-gpu --mantissa 3 --source fp32 --dist normal:sigma=0.02,laplace \
    --samples 70000 --seed 9 --quiet --db "$2" >/dev/null
  "$1" sweep --method lns,mx --mantissa 3 --source e5m7 --operands all --quiet --db "$2" >/dev/null
  "$1" query "$2" --csv "SELECT point_key, n, n_rel, n_inexact, bias, bias_se, mae, mse, mse_se,
    mean_rel, mre, mre_se, maxre, max_abs, mean_ulp, max_ulp, hist_rel, cond_mre, cond_maxre,
    r_p50, r_p90, r_p99, r_p999, e_p50, e_p90, e_p99, e_p999 FROM results
    ORDER BY point_key" >"$3"
}
sweep "$a" "$tmp/a.db" "$tmp/a.csv"
sweep "$b" "$tmp/b.db" "$tmp/b.csv"
n=$(($(wc -l <"$tmp/a.csv") - 1))
if [ "$n" -lt 30 ]; then echo "isa_same: only $n points were made" >&2; exit 1; fi
if ! cmp -s "$tmp/a.csv" "$tmp/b.csv"; then
  echo "isa_same: $a and $b disagree:" >&2
  diff "$tmp/a.csv" "$tmp/b.csv" | head -20 >&2
  exit 1
fi
echo "isa_same: $n points, every metric identical between $a and $b"
