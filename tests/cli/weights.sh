#!/bin/sh
# weights.sh — `mulerr weights` (listing, CSV/JSON, histogram, plot, sample) and the weights
# distribution in a sweep, end to end on the shipped data/.
. "$top_srcdir/tests/cli/lib.sh"

G="$top_srcdir/data/stories260K.gguf"
S="$top_srcdir/data/gpt2-attn-sample.safetensors"

# ---- listing
expect_exit 0 "list stories260K.gguf" -- "$MULERR" weights "$G"
grep_ok out.txt "^token_embd\.weight  *F32  *512x64  *32768  *0 " "token_embd.weight: dtype, shape (outermost first), count"
[ "$(grep -c '^blk\.' out.txt)" -eq 45 ]
ok $? "45 block tensors listed"
grep_ok out.txt "^(all 47)  .* 260032  *0 " "the (all 47) row counts 260032 values"
expect_exit 0 "CSV" -- "$MULERR" weights "$G" --csv
[ "$(head -1 out.txt)" = "name,dtype,shape,count,nonfinite,mean,std,min,max,kurtosis,beyond6" ]
ok $? "the CSV header"
[ "$(wc -l < out.txt)" -eq 48 ]
ok $? "one CSV row per tensor (47), no (all) row"
grep_ok out.txt "^output_norm\.weight,F32,64,64,0,1\.81" "output_norm.weight row, mean printed in full"
expect_exit 0 "JSON" -- "$MULERR" weights "$G" --json
grep_ok out.txt '^  {"name": "output_norm.weight", "dtype": "F32", "shape": \[64\], "count": 64, "nonfinite": 0, "mean": 1\.81' "JSON objects with shape as an array"
expect_exit 0 "--tensors with two globs" -- "$MULERR" weights "$G" --tensors 'blk.*.attn_q.weight|output_norm.*' --csv
[ "$(wc -l < out.txt)" -eq 7 ]
ok $? "blk.*.attn_q.weight|output_norm.* selects 6 tensors"
expect_exit 2 "a pattern that selects nothing" -- "$MULERR" weights "$G" -t 'nothing*'
grep_ok err.txt "stories260K.gguf: tensor pattern 'nothing\*' selects none of the 47 tensors" "the message names the file and the pattern"
expect_exit 0 "--hist 8" -- "$MULERR" weights "$G" --hist 8
grep_ok out.txt "^histogram of 260032 finite values in 47 tensors, 8 bins:" "histogram title"
[ "$(grep -c '^\[' out.txt)" -eq 8 ]
ok $? "8 bins printed"
[ "$(grep '^\[' out.txt | awk '{ s += $(NF - 1) } END { print s }')" -eq 260032 ]
ok $? "the bins hold all 260032 values (max included)"
expect_exit 0 "--hist=5 with a pattern" -- "$MULERR" weights "$G" --hist=5 -t 'output_norm.*'
[ "$(grep -c '^\[' out.txt)" -eq 5 ]
ok $? "5 bins"
expect_exit 2 "--hist 0" -- "$MULERR" weights "$G" --hist=0
expect_exit 2 "two files" -- "$MULERR" weights "$G" "$S"
expect_exit 2 "no file" -- "$MULERR" weights --csv
expect_exit 2 "-n without sample" -- "$MULERR" weights "$G" -n 5
expect_exit 0 "help" -- "$MULERR" weights --help
for opt in --tensors --csv --json --hist --plot --samples --proportional --seed --output; do
  grep -q -e "$opt" out.txt || { echo "# $opt is not in --help"; false; } || break
done
ok $? "every option is in --help"

# ---- plot
if command -v "${MULERR_GNUPLOT:-gnuplot}" >/dev/null 2>&1; then
  expect_exit 0 "--plot" -- "$MULERR" weights "$S" --tensors 'h.11.*' --plot h.png
  [ "$(head -c 4 h.png | od -An -tx1 | tr -d ' ')" = "89504e47" ]
  ok $? "h.png is a PNG"
else
  echo "ok $((tap_n = tap_n + 1)) # SKIP gnuplot not installed"
  echo "ok $((tap_n = tap_n + 1)) # SKIP gnuplot not installed"
fi
MULERR_GNUPLOT=/nonexistent/gnuplot expect_exit 1 "--plot with no gnuplot" -- "$MULERR" weights "$G" --plot x.png
grep_ok err.txt "cannot run gnuplot ('/nonexistent/gnuplot')" "the message says gnuplot cannot be run"

# ---- the distribution in a sweep
expect_exit 0 "sweep with --dist weights:stories260K.gguf" -- "$MULERR" sweep --method lmul -k 3 \
  --dist "weights:$G" -n 1e5 --db w.db
"$MULERR" query w.db "SELECT path, size, sha256 FROM inputs" --csv | tail -1 > got.txt
echo "$G,$(wc -c < "$G" | tr -d ' '),$(sha256sum "$G" | cut -d' ' -f1)" > want.txt
cmp -s got.txt want.txt
ok $? "the inputs table holds the file's path, size and SHA-256 (as sha256sum)"
[ "$("$MULERR" query w.db "SELECT source || ' ' || n FROM results" --csv | tail -1)" = "fp32 100000" ]
ok $? "source format recorded: fp32 (the file's dtype); 1e5 pairs"
expect_exit 0 "the same sweep again" -- "$MULERR" sweep --method lmul -k 3 --dist "weights:$G" -n 1e5 --db w2.db -q --threads 1
"$MULERR" query w.db --report summary --csv | cut -d, -f2-14 > a.csv
"$MULERR" query w2.db --report summary --csv | cut -d, -f2-14 > b.csv
cmp -s a.csv b.csv
ok $? "same seed twice: identical metrics"
expect_exit 0 "another seed" -- "$MULERR" sweep --method lmul -k 3 --dist "weights:$G" -n 1e5 --db w3.db -q --seed 2
"$MULERR" query w3.db --report summary --csv | cut -d, -f2-14 > c.csv
! cmp -s a.csv c.csv
ok $? "another seed: other metrics"
expect_exit 0 "pooled sweep with weights and a pattern" -- "$MULERR" sweep --method lmul,float -k 3 \
  --dist "weights:$G:tensors=blk.*.attn_*:weight=2+$S" -n 2e4 --db p.db -q
[ "$("$MULERR" query p.db "SELECT count(*) FROM inputs" --csv | tail -1)" -eq 2 ]
ok $? "both pooled files are recorded as inputs"
[ "$("$MULERR" query p.db "SELECT DISTINCT source FROM results" --csv | tail -1)" = "fp32" ]
ok $? "pooled source: fp32"
expect_exit 0 "the sample file as a distribution, source bf16" -- "$MULERR" sweep --method lmul -k 3 \
  --source bf16 --dist "weights:$S" -n 2e4 --db s.db -q
expect_exit 2 "sweep with a pattern that selects nothing" -- "$MULERR" sweep -k 3 --dist "weights:$G:tensors=xyz*" -n 100 --db x.db
grep_ok err.txt "stories260K.gguf: tensor pattern 'xyz\*' selects none" "the message names the file and the pattern"
expect_exit 2 "sweep with a missing file" -- "$MULERR" sweep -k 3 --dist "weights:missing.gguf" -n 100 --db x.db
grep_ok err.txt "missing.gguf: cannot open" "the missing file is named"

# ---- sample
expect_exit 0 "sample 100 per tensor" -- "$MULERR" weights sample "$G" -n 100 --seed 7 -o s1.safetensors
mkdir again && cd again || exit 99
expect_exit 0 "the same sample again" -- "$MULERR" weights sample "$G" -n 100 --seed 7 -o s1.safetensors
cd .. || exit 99
cmp -s s1.safetensors again/s1.safetensors
ok $? "same seed: identical files (metadata included)"
expect_exit 0 "another seed" -- "$MULERR" weights sample "$G" -n 100 --seed 8 -o s3.safetensors
! cmp -s s1.safetensors s3.safetensors
ok $? "another seed: another sample"
expect_exit 0 "list the sample" -- "$MULERR" weights s1.safetensors --csv
[ "$(awk -F, 'NR > 1 { n++; s += $4 } END { print n, s }' out.txt)" = "47 4304" ]
ok $? "47 tensors: 100 values from each of 36, all 64 of each of the 11 norms (4304)"
head -c 4096 s1.safetensors | tr -d '\000' > hdr.txt
grep_ok hdr.txt "\"mulerr.sources\":\"stories260K.gguf size=1043360 sha256=$(sha256sum "$G" | cut -d' ' -f1)\"" "metadata: source, size, SHA-256"
grep_ok hdr.txt '"mulerr.seed":"7"' "metadata: seed"
grep_ok hdr.txt '"mulerr.command":"mulerr weights sample .*stories260K.gguf -n 100 --seed 7 -o s1.safetensors"' "metadata: command line"
grep_ok hdr.txt '"mulerr.version":"mulerr ' "metadata: version"
"$MULERR" weights "$G" --csv -t output_norm.weight | tail -1 > full.csv
expect_exit 0 "a sample as large as the tensor" -- "$MULERR" weights sample "$G" -t output_norm.weight -n 64 -o n.safetensors
"$MULERR" weights n.safetensors --csv | tail -1 > samp.csv
cmp -s full.csv samp.csv
ok $? "sampling all 64 values of output_norm gives its exact statistics"
expect_exit 0 "--proportional" -- "$MULERR" weights sample "$G" -n 1000 --proportional -o p.safetensors
"$MULERR" weights p.safetensors --csv > p.csv
[ "$(awk -F, 'NR > 1 { s += $4 } END { print s }' p.csv)" -eq 1000 ]
ok $? "--proportional: 1000 values in all"
[ "$(grep '^token_embd.weight,' p.csv | cut -d, -f4)" -eq 126 ]
ok $? "--proportional: token_embd gets 1000 * 32768 / 260032 = 126 of them"
expect_exit 0 "sample two files" -- "$MULERR" weights sample "$G" "$S" -t 'token_embd.*|h.0.*' -n 10 -o two.safetensors
"$MULERR" weights two.safetensors --csv | cut -d, -f1 > names.txt
grep -qx "stories260K.gguf/token_embd.weight" names.txt && grep -qx "gpt2-attn-sample.safetensors/h.0.attn.c_attn.weight" names.txt
ok $? "two files: tensors named FILE/TENSOR"
expect_exit 2 "sample with no -o" -- "$MULERR" weights sample "$G"
expect_exit 2 "sample over its own input" -- "$MULERR" weights sample s1.safetensors -o s1.safetensors
expect_exit 2 "sample with a pattern that selects nothing" -- "$MULERR" weights sample "$G" -t 'x*' -o x.safetensors
[ ! -e x.safetensors ]
ok $? "no output file after a failure"

# ---- a Q8_0 GGUF made byte by byte: one block, d = -0.25 (fp16 0xB400), q = 1..32
z8='\000\000\000\000\000\000\000\000'
{ printf 'GGUF\003\000\000\000\001\000\000\000\000\000\000\000'; printf "$z8"
  printf '\001\000\000\000\000\000\000\000q\001\000\000\000\040\000\000\000\000\000\000\000'
  printf '\010\000\000\000'; printf "$z8"; printf '\000\000\000\000\000\000\000'
  printf '\000\264'; i=1; while [ $i -le 32 ]; do printf "\\$(printf %03o $i)"; i=$((i + 1)); done
} > q8.gguf
expect_exit 0 "list a Q8_0 GGUF" -- "$MULERR" weights q8.gguf --csv
cp out.txt q8list.csv
grep_ok out.txt "^q,Q8_0,32,32,0,-4.125,2.30827316" "Q8_0 dequantised as d * q: -0.25 .. -8, mean -4.125"
grep_ok out.txt ",-8,-0.25," "min -8 and max -0.25 exactly"
expect_exit 0 "sample all of it" -- "$MULERR" weights sample q8.gguf -n 32 -o q8s.safetensors
"$MULERR" weights q8s.safetensors --csv | tail -1 > q8s.csv
sed 's/^q,Q8_0,/q,F32,/' q8list.csv | tail -1 > q8.csv
cmp -s q8.csv q8s.csv
ok $? "the sample stores Q8_0 values as F32, exactly"
expect_exit 0 "sweep over the Q8_0 file" -- "$MULERR" sweep --method lmul -k 3 --dist weights:q8.gguf -n 1000 --db q8.db -q
[ "$("$MULERR" query q8.db "SELECT source FROM results" --csv | tail -1)" = "fp32" ]
ok $? "Q8_0 source format: fp32"

# ---- the shipped GPT-2 sample is what its documented command makes
gpt2="$MULERR_SHARED/weights/gpt2-124m-partial.safetensors"
if [ -f "$gpt2" ]; then
  expect_exit 0 "rerun data/README.md's command" -- "$MULERR" weights sample "$gpt2" \
    -t 'h.*.attn.c_attn.weight|h.*.attn.c_proj.weight' -n 12500 --seed 1 -o g.safetensors
  tail -c 1200000 g.safetensors > a.bin
  tail -c 1200000 "$S" > b.bin
  cmp -s a.bin b.bin
  ok $? "the same 300000 values, bit for bit, as data/gpt2-attn-sample.safetensors"
  "$MULERR" weights g.safetensors --csv > a.csv
  "$MULERR" weights "$S" --csv > b.csv
  cmp -s a.csv b.csv
  ok $? "the same tensors with the same statistics"
else
  for i in 1 2 3; do echo "ok $((tap_n = tap_n + 1)) # SKIP $gpt2 not found"; done
fi
done_testing
