#!/bin/sh
# bench.sh — the shape of `mulerr bench`'s table, never its speeds (speed is measured by the
# bench itself, not by tests): every column is printed for a method row, the NumPy columns
# hold figures when python3 has NumPy, and the dot-product and model rows are read back from
# their own measurements (a change of wording in cmd_model.c once dropped the model's L-Mul rows).
. "$top_srcdir/tests/cli/lib.sh"
"$MULERR" bench -m lmul -r 1 -n 20000 > b.txt 2> b.err
ok $? "bench -m lmul -r 1 -n 20000 runs"
grep_ok b.txt "^method *1 thread *1 thread *NumPy *all, /core *1 thread *in-mem *NumPy" "the header names the sampled and in-memory NumPy columns"
# a method row: label + 13 columns (sampled 1 and all threads, in memory 1 and all threads, NumPy twice,
# the two ratios to NumPy, the scaling, MPFR, the bf16 rate, the bf16 and fp16 seconds)
[ "$(awk '$1 == "lmul" { print NF; exit }' b.txt)" -eq 14 ]
ok $? "the lmul row has every column"
awk '$1 == "lmul" { for (i = 2; i <= 14; i++) if ($i == "-") exit 1; exit }' b.txt
if /usr/bin/python3 -c 'import numpy' 2>/dev/null || python3 -c 'import numpy' 2>/dev/null; then
  ok $? "NumPy is installed: the lmul row has a figure in every column (NumPy's and the ratios too)"
else
  tap_n=$((tap_n + 1)); echo "ok $tap_n # SKIP python3 has no NumPy"
fi
for r in "dot lmul x fp32" "model ref fp64" "model lmul attn" "model lmul all"; do
  grep -q "^$r  *- .*[0-9]e+[0-9]" b.txt
  ok $? "the table has the row '$r' with its figure"
done
grep_ok b.txt "lmul k=3 at site all *: .* s (.*x the reference pass)" "the model's L-Mul pass is stated as a multiple of the reference pass"
grep_ok b.txt "^lmul *normal(0, 0.02)" "the sampled rows by distribution are printed"
grep_ok b.txt "^processor: .*; vector code: \(x86-64-v[34] (AVX\|baseline\)" "the header names the processor and the vector code that ran"
grep_ok b.txt "^load average (1 minute) at the start [0-9.]*, at the end [0-9.]*, on [0-9]* hardware threads" "the machine's load is stated beside the figures"
expect_exit 2 "an unknown method" -- "$MULERR" bench -m nonsense
done_testing
