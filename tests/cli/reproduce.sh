#!/bin/sh
# reproduce.sh — experiment files (grammar and bad files), mulerr run, plot, report and
# reproduce --quick end to end.
. "$top_srcdir/tests/cli/lib.sh"

# --- the grammar: bad files give FILE:LINE and change nothing
printf 'title ok\nsweep method=lmul k=1..2 samples=1000\n' > good.exp
bad_file() { # bad_file DESCRIPTION PATTERN CONTENT
  printf "$3" > bad.exp
  expect_exit 2 "$1" -- "$MULERR" run ./bad.exp --db bad.db
  grep_ok err.txt "$2" "$1: the message names file, line and problem"
}
bad_file "an unknown key" "bad.exp:2: unknown sweep key 'colour'" 'title t\nsweep method=lmul colour=red\n'
bad_file "a range out of bounds" "bad.exp:3: --mantissa: in '0..3': 0 is out of range" '# c\ntitle t\nsweep method=lmul k=0..3\n'
bad_file "a backwards range" "bad.exp:2: --mantissa: range 3..1 runs backwards" 'title t\nsweep method=lmul k=3..1\n'
bad_file "an unknown statement" "bad.exp:1: unknown statement 'titel'" 'titel t\n'
bad_file "an unknown method" "bad.exp:2: --method: unknown method 'lmull'" 'title t\nsweep method=lmull\n'
bad_file "a key without a value" "bad.exp:2: 'samples' needs a value" 'title t\nsweep samples\n'
bad_file "no sweeps" "bad.exp: no sweep or model statements" 'title t\n'
printf 'title t\nsweep method=lmul k=1 samples=1000\nsweep method=lmul k=99\n' > late.exp
expect_exit 2 "an error on a later line stops the run before anything runs" -- "$MULERR" run ./late.exp --db late.db
[ ! -e late.db ] || [ "$("$MULERR" query late.db 'SELECT count(*) FROM results' --csv | tail -1)" -eq 0 ]
ok $? "nothing was stored"
expect_exit 2 "an unknown experiment name" -- "$MULERR" run nonexistent
expect_exit 0 "every shipped experiment file checks" -- "$MULERR" run --check all
grep_ok out.txt "9 experiment file(s) checked: ok" "all nine experiments checked"

# --- run: resumable, tagged
expect_exit 0 "run a small experiment" -- "$MULERR" run ./good.exp --db g.db
expect_exit 0 "run it again (resumes, stores nothing new)" -- "$MULERR" run ./good.exp --db g.db
[ "$("$MULERR" query g.db 'SELECT count(*) FROM results' --csv | tail -1)" -eq 2 ]
ok $? "2 points, not 4"
[ "$("$MULERR" query g.db "SELECT count(DISTINCT batch) FROM experiment_points WHERE experiment = 'good'" --csv | tail -1)" -eq 2 ]
ok $? "two batches of experiment 'good' are recorded"

# --- reproduce --quick end to end
expect_exit 0 "reproduce --quick" -- "$MULERR" reproduce --quick --out rep
for f in theory-vs-sampled offset-grid fp8-vs-lmul fp8-layouts-exhaustive dot-accumulation dot-multipliers real-operands; do
  [ -s "rep/figures/$f.png" ] && [ -s "rep/figures/$f.pdf" ] && [ -s "rep/figures/data/$f.tsv" ]
  ok $? "figure $f: PNG, PDF and its data"
  head -c 8 "rep/figures/$f.png" | od -An -c | grep -q 'P   N   G'
  ok $? "figure $f is a PNG file"
done
# real-operands: one series per method (3 L-Mul variants, 4 fp8 lines), each in all three panels
# (q x k, p x v, activation x weight), so a series keeps its colour across the panels
[ "$(grep -c '^lmul\|^lmul-eq1\|^mitchell\|^fp8 e' rep/figures/data/real-operands.tsv)" -eq 7 ]
ok $? "figure real-operands: 7 series"
[ "$(awk -F'\t' 'NF == 4 && $1 ~ /^[123]$/ { p[$1] = 1 } END { print length(p) }' rep/figures/data/real-operands.tsv)" -eq 3 ]
ok $? "figure real-operands: three panels of data"
[ -s rep/report.md ] && [ -s rep/report.tex ]
ok $? "the report exists in Markdown and LaTeX"
if command -v pdflatex >/dev/null 2>&1; then
  [ -s rep/report.pdf ] && head -c 5 rep/report.pdf | grep -q '%PDF-'
  ok $? "pdflatex is installed: the LaTeX report built to PDF"
else
  tap_n=$((tap_n + 1)); echo "ok $tap_n # SKIP pdflatex not installed (the PDF is optional)"
fi
grep_ok rep/report.md "Claim 1: 3-bit L-Mul" "the report states claim 1"
grep_ok rep/report.md "Claim 4: l(k) is the right offset" "the report states claim 4"
grep_ok rep/report.md "| activations:stories260K-capture.safetensors:site=attn-score | lmul | mre | .* | .* | [a-z]" "claim 1 is judged on the real q x k pairs too"
# the summary groups lines by claim: claim 1's verdicts on real pairs before claim 1's ablation
a=$(grep -n '^| 1: 3-bit L-Mul beats fp8 e5m2 | lmul | real q x k pairs |' rep/report.md | head -n 1 | cut -d: -f1)
b=$(grep -n '^| 1 (ablation: fp8 unscaled) |' rep/report.md | head -n 1 | cut -d: -f1)
[ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ]
ok $? "the verdict summary keeps claim 1's real-pair lines with claim 1 (line $a, ablation from line $b)"
grep_ok rep/report.md "| uniform-mantissa | lmul | mre |" "claim tables have rows"
grep_ok rep/report.md "97.3%" "the energy saving is recomputed (1 - 0.1/3.7)"
grep_ok rep/report.md "lie within 4 standard errors" "claim 3 is evaluated against the exact expectations"
grep_ok rep/report.md "L-Mul k = 3, fp32 accumulation: cond_mre .* at K = 4096" "the dot-product section answers for L-Mul"
grep_ok rep/report.md "| fp32 | 4096 | .* |" "the dot-product section compares fp32 accumulation with its gamma bound"
# the report's numbers are the database's: the e5m2 uniform MRE in the report equals the query
q=$("$MULERR" query quick.db "SELECT printf('%.4g', mre) FROM results WHERE format = 'e5m2' AND source = 'fp32' AND dist = 'uniform-mantissa' AND samples = 20000" --csv | tail -1)
grep -q "| uniform-mantissa | lmul | mre | [^|]* | $q ± " rep/report.md
ok $? "the report's fp8 e5m2 number ($q) matches mulerr query"
# plots are byte-stable for the same data
cp rep/figures/offset-grid.png a.png
cp rep/figures/offset-grid.pdf a.pdf
expect_exit 0 "plot again" -- "$MULERR" plot offset-grid --db quick.db --out rep/figures
cmp -s a.png rep/figures/offset-grid.png && cmp -s a.pdf rep/figures/offset-grid.pdf
ok $? "PNG and PDF are byte-identical when redrawn"
expect_exit 2 "plot an unknown figure" -- "$MULERR" plot nonsense --db quick.db
expect_exit 1 "plot from a database with no experiments" -- "$MULERR" plot --db g.db --out x
done_testing
