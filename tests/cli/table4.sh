#!/bin/sh
# table4.sh — mulerr's exhaustive L-Mul errors against the published Table IV of Chen et al.,
# arXiv 2412.18948 (data/lmul-table4.tsv, with its provenance in data/README.md), cell by
# cell at the published precision: a value printed in exponent form is compared at its
# significant digits, a fixed-point one at its decimal places.  The lmul-eq1 variant (the
# paper's Equation 1) must reproduce every cell but one: the E5M2 NED, printed 0.002 where
# the exact value is 0.0025556 (off by one in the last printed digit; see the report).
. "${top_srcdir:?}/tests/cli/lib.sh"
table="$top_srcdir/data/lmul-table4.tsv"
for lk in e1m6fn:6 e2m5fn:5 e3m4fn:4 e4m3fn:3 e5m2:2 e6m1:1; do
  expect_exit 0 "exhaustive lmul-eq1 on ${lk%:*}" -- "$MULERR" sweep --method lmul-eq1 --source "${lk%:*}" \
    -k "${lk#*:}" --operands positive-normal --db t4.db -q
done
"$MULERR" query t4.db "SELECT source, err_prob, mae, mre, mse, ned FROM results WHERE kind = 'exhaustive'" --csv > got.csv
# awk: compare at the published precision; print one line per cell, "ok" or "differs"
awk -F'\t' -v got=got.csv '
  BEGIN { FS = "\t"; while ((getline line < got) > 0) { n = split(line, f, ","); if (f[1] == "source") { for (i = 2; i <= n; i++) col[i] = f[i]; continue }
            for (i = 2; i <= n; i++) val[f[1], col[i]] = f[i] } }
  /^#/ { next }
  NF == 4 {
    p = $4; v = val[$2, $3]
    if (v == "") { print $1, $3, "missing"; next }
    if (p ~ /[eE]/) { m = p; sub(/[eE].*/, "", m); gsub(/[^0-9]/, "", m); sub(/^0+/, "", m); d = length(m); if (d < 1) d = 1
                      fe = "%." (d - 1) "e"; a = sprintf(fe, v); b = sprintf(fe, p) }
    else { d = 0; if (index(p, ".")) d = length(p) - index(p, "."); ff = "%." d "f"; a = sprintf(ff, v); b = sprintf(ff, p) }
    print $1, $3, (a == b ? "ok" : "differs"), p, v
  }' "$table" > cells.txt
[ "$(grep -c ' ok ' cells.txt)" -eq 29 ]
ok $? "29 of the 30 published cells reproduced by lmul-eq1 at the published precision"
[ $? -eq 0 ] || sed 's/^/#   /' cells.txt
grep -v ' ok ' cells.txt > differs.txt
[ "$(wc -l < differs.txt)" -eq 1 ] && grep -q '^E5M2 ned differs 0.002 0.00255' differs.txt
ok $? "the one cell not reproduced is E5M2 NED (published 0.002, exact 0.002556)"
[ $? -eq 0 ] || sed 's/^/#   /' differs.txt
# the integer-adder form does not reproduce the table: its E4M3 MAE is 97.69, not 141
expect_exit 0 "exhaustive lmul on e4m3fn" -- "$MULERR" sweep --method lmul --source e4m3fn -k 3 --operands positive-normal --db t4.db -q
v=$("$MULERR" query t4.db "SELECT round(mae, 2) FROM results WHERE method = 'lmul' AND source = 'e4m3fn'" --csv | tail -1)
[ "$v" = "97.69" ]
ok $? "lmul (integer adder) on E4M3: MAE 97.69, not the published 141 ($v)"
done_testing
