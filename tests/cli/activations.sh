#!/bin/sh
# activations.sh — `mulerr model --capture` and the activations distribution from the command
# line: the shipped capture is what the command makes (same bytes), sweeps on real operand
# pairs (per pair and dot products) give the same numbers on 1 and 2 threads and record both
# files' SHA-256, and bad input gives a clear error and a non-zero exit.
. "$top_srcdir/tests/cli/lib.sh"
D="$top_srcdir/data"
M="$D/stories260K.gguf"
T="$D/tok512.bin"
C="$D/stories260K-capture.safetensors"

# the shipped sample, regenerated with the command data/README.md gives
expect_exit 0 "capture 2 documents of 16 tokens" -- "$MULERR" model "$M" --tokenizer "$T" \
  --text "$D/tinystories-sample.txt" --max-docs 2 --max-tokens 16 --capture cap.safetensors
cmp -s cap.safetensors "$C"
ok $? "regenerating data/stories260K-capture.safetensors gives the same bytes"
ls cap.safetensors.tmp.* >/dev/null 2>&1
[ $? -ne 0 ]
ok $? "no temporary file left behind"
expect_exit 0 "mulerr weights reads the capture" -- "$MULERR" weights cap.safetensors
grep_ok out.txt "layers.4.attn_prob  *F32  *32x8x16" "attn_prob of the last layer is [tokens, heads, longest document]"
grep_ok out.txt "final_norm_out  *F32  *32x64" "final_norm_out is [tokens, dim]"

# per-pair sweeps on real pairs: the same on 1 and 2 threads
for j in 1 2; do
  expect_exit 0 "sweep on attention and linear pairs, -j $j" -- "$MULERR" sweep --db s$j.db -q -j $j \
    -m lmul,float -k 3 -f e4m3fn --dist "activations:$C:site=attn-score,activations:$C:site=qkv:layer=2:model=$M" -n 3e5
  "$MULERR" query s$j.db "SELECT method, dist, mre, mae, bias FROM results ORDER BY method, format, k, dist" --csv > r$j.txt
done
cmp -s r1.txt r2.txt && [ "$(wc -l < r1.txt)" -ge 5 ]
ok $? "bit-identical results on 1 and 2 threads"
expect_exit 0 "dot products of real rows" -- "$MULERR" sweep --db dot.db -q --op dot --length 8 -m lmul -k 3 \
  --dist "activations:$C:site=attn-value" -n 2000
expect_exit 0 "provenance" -- "$MULERR" query s1.db "SELECT DISTINCT sha256 FROM inputs" --csv
grep_ok out.txt "$(sha256sum "$C" | cut -d' ' -f1)" "the capture's SHA-256 is recorded"
grep_ok out.txt "$(sha256sum "$M" | cut -d' ' -f1)" "the model's SHA-256 is recorded"

# bad input
expect_exit 2 "a linear site without model=" -- "$MULERR" sweep --db bad.db -q --dist "activations:$C:site=ffn" -n 1000
grep_ok err.txt "model=FILE" "the message asks for model=FILE"
expect_exit 2 "an unknown key" -- "$MULERR" sweep --db bad.db -q --dist "activations:$C:colour=red" -n 1000
grep_ok err.txt "unknown option 'colour'" "the message names the key"
expect_exit 2 "a file that is not a capture" -- "$MULERR" sweep --db bad.db -q --dist "activations:$D/gpt2-attn-sample.safetensors" -n 1000
grep_ok err.txt "is not a capture" "the message says it is not a capture"
[ ! -e bad.db ]
ok $? "no database created on bad input"
expect_exit 2 "--capture with --method" -- "$MULERR" model "$M" --tokenizer "$T" --text "$D/tinystories-sample.txt" \
  --method lmul --capture x.safetensors
[ ! -e x.safetensors ]
ok $? "nothing written"
for o in "--mantissa 4" "--scale tensor" "--accumulate bf16" "--db x.db"; do
  expect_exit 2 "--capture with $o" -- "$MULERR" model "$M" --tokenizer "$T" --text "$D/tinystories-sample.txt" \
    $o --capture x.safetensors
  grep_ok err.txt "--capture records the binary64 reference: ${o%% *} " "the message names ${o%% *}"
done
[ ! -e x.safetensors ] && [ ! -e x.db ]
ok $? "nothing written"

# --dist-a X --dist-b X of a pair distribution is --dist X (the same key, the same pairs)
S="activations:$C:site=attn-score"
"$MULERR" sweep -m lmul -k 3 --dist "$S" -n 10000 --db p1.db -q &&
  "$MULERR" sweep -m lmul -k 3 --dist-a "$S" --dist-b "$S" -n 10000 --db p2.db -q
ok $? "two sweeps on q x k pairs"
[ "$("$MULERR" query p1.db --csv 'SELECT point_key, mse FROM results')" = "$("$MULERR" query p2.db --csv 'SELECT point_key, mse FROM results')" ]
ok $? "--dist-a X --dist-b X measures what --dist X does"
[ "$("$MULERR" query p1.db --csv 'SELECT dist_site FROM results' | tail -n 1)" = attn-score ]
ok $? "column dist_site holds the site the pairs come from"

# A capture whose q has no columns (dim 0): refused, no division by zero.  Header: tokens.pos
# F32 [1], layers.0.q and .k F32 [1, 0], ffn_hidden F32 [1, 1], attn_prob F32 [1, 1, 1].
h='{"tokens.pos":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"layers.0.q":{"dtype":"F32","shape":[1,0],"data_offsets":[4,4]},"layers.0.k":{"dtype":"F32","shape":[1,0],"data_offsets":[4,4]},"layers.0.ffn_hidden":{"dtype":"F32","shape":[1,1],"data_offsets":[4,8]},"layers.0.attn_prob":{"dtype":"F32","shape":[1,1,1],"data_offsets":[8,12]}}'
n=${#h}
{ printf "$(printf '\\%03o' $((n % 256)) $((n / 256)) 0 0 0 0 0 0)"; printf '%s' "$h"; printf '\000\000\000\000\000\000\200\077\000\000\200\077'; } > dim0.safetensors
expect_exit 2 "a capture of dimension 0" -- "$MULERR" sweep -m lmul -k 3 --dist "activations:dim0.safetensors:site=attn" -n 100 --db d0.db -q
grep_ok err.txt "inconsistent capture dimensions (dim=0" "the message names the dimensions"
# --scale where the scales cannot be multiplied back exactly (fp32 x fp32: 48-bit products) is
# refused before anything runs, not stored as NaN
expect_exit 2 "model --scale tensor with float fp32" -- "$MULERR" model "$M" --tokenizer "$T" --text "$D/tinystories-sample.txt" \
  --site attn -m float -f fp32 --scale tensor --max-docs 1 --max-tokens 8 --db sc.db
grep_ok err.txt "products of up to 48 significant bits" "the message says why"
[ ! -e sc.db ]
ok $? "no database made"
done_testing
