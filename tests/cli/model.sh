#!/bin/sh
# model.sh — `mulerr model` on the shipped stories260K: llama2.c's temperature-0 sample, one
# stored point read back by `query --report model`, --resume, and bad input (another
# architecture, a missing tensor, inconsistent dimensions, a tokenizer of another vocabulary,
# an empty text, an unknown site): a clear message, a non-zero exit, the database unchanged.
. "$top_srcdir/tests/cli/lib.sh"
D="$top_srcdir/data"
M="$D/stories260K.gguf"
T="$D/tok512.bin"

# llama2.c's documented temperature-0 sample of stories260K (run stories260K.bin -z tok512.bin
# -t 0.0) begins with these words; 43 tokens end at "ball"
expect_exit 0 "generate 43 tokens" -- "$MULERR" model "$M" --tokenizer "$T" --generate 43
printf 'Once upon a time, there was a little girl named Lily. She loved to play outside in the park. One day, she saw a big, red ball\n' > want.txt
cmp -s out.txt want.txt
ok $? "greedy continuation is llama2.c's stories260K sample"
[ $? -eq 0 ] || sed 's/^/#   /' out.txt

# three short documents (one empty line between them)
printf 'Once upon a time, there was a big dog.\n\nThe dog liked to run and play.\nSue saw a bird.\n' > text.txt
expect_exit 0 "lmul k=3 l=3 at attn into m.db" -- \
  "$MULERR" model "$M" --tokenizer "$T" --text text.txt --site attn --method lmul -k 3 -l 3 --db m.db -q
expect_exit 0 "query --report model --csv" -- "$MULERR" query m.db --report model --csv
head -1 out.txt | grep -q '^method,site,k,l,perplexity,ref_perplexity,kl,top1,attn_mse,'
ok $? "report header starts method,site,k,l,perplexity,ref_perplexity,kl,top1,attn_mse"
[ "$(wc -l < out.txt)" -eq 2 ] && sed -n 2p out.txt | grep -q '^lmul,attn,3,3,'
ok $? "one row: lmul,attn,3,3,..."
expect_exit 0 "provenance: model, tokenizer and text SHA-256 in inputs" -- \
  "$MULERR" query m.db "SELECT count(*) FROM inputs WHERE sha256 IN ('7aa06749fbc03c4af27203cdb99e8bd0b2cbeeb6c25a146edeefa6de6125b89f', '037cb335abb25d1fa9e8ecae30ed2a3a8ace9302862ebcdc05d51a6bbb10c312') OR dist = 'text'" --csv
[ "$(sed -n 2p out.txt)" = 3 ]
ok $? "three input files recorded"
expect_exit 2 "the same point again without --resume is refused" -- \
  "$MULERR" model "$M" --tokenizer "$T" --text text.txt --site attn --method lmul -k 3 -l 3 --db m.db -q
expect_exit 0 "--resume adds only the new point" -- \
  "$MULERR" model "$M" --tokenizer "$T" --text text.txt --site attn,ffn --method lmul -k 3 -l 3 --db m.db --resume -q
[ "$("$MULERR" query m.db "SELECT count(*) FROM model_results" --csv | sed -n 2p)" = 2 ]
ok $? "two points stored"
# method exact on binary64 operands summed in binary64 is the reference
expect_exit 0 "exact at all, source fp64, accumulate fp64" -- \
  "$MULERR" model "$M" --tokenizer "$T" --text text.txt --site all --method exact --source fp64 \
  --accumulate fp64 --db m.db -q
"$MULERR" query m.db "SELECT perplexity = ref_perplexity, kl, top1, attn_mse, greedy FROM model_results WHERE method = 'exact'" --csv > q.txt
[ "$(sed -n 2p q.txt)" = "1,0,1,0,64" ]
ok $? "exact reproduces the reference: same perplexity, KL 0, top-1 1, attention MSE 0, greedy 64"
[ $? -eq 0 ] || sed 's/^/#   /' q.txt

sum0=$(cksum < m.db)
unchanged() { [ "$(cksum < m.db)" = "$sum0" ]; ok $? "$1: database unchanged"; }

# another architecture: general.architecture's value "llama" (right after the key, its type
# and its length: 20 + 4 + 8 bytes) rewritten as "mamba"
cp "$M" arch.gguf && chmod u+w arch.gguf
off=$(grep -boa 'general.architecture' arch.gguf | head -1 | cut -d: -f1)
printf 'mamba' | dd of=arch.gguf bs=1 seek=$((off + 32)) conv=notrunc 2>/dev/null
expect_exit 1 "GGUF of another architecture" -- "$MULERR" model arch.gguf --tokenizer "$T" --text text.txt --db m.db
grep_ok err.txt "arch.gguf: architecture 'mamba' is not supported" "message names the file and the architecture"
unchanged "another architecture"

# a missing tensor: blk.4.ffn_up.weight renamed
cp "$M" missing.gguf && chmod u+w missing.gguf
off=$(grep -boa 'blk.4.ffn_up.weight' missing.gguf | head -1 | cut -d: -f1)
printf 'X' | dd of=missing.gguf bs=1 seek=$((off + 10)) conv=notrunc 2>/dev/null
expect_exit 1 "missing tensor" -- "$MULERR" model missing.gguf --tokenizer "$T" --text text.txt --db m.db
grep_ok err.txt "missing.gguf: missing tensor 'blk.4.ffn_up.weight'" "message names the file and the tensor"
unchanged "missing tensor"

# inconsistent dimensions: llama.feed_forward_length 172 -> 173 (a u32 after the key and its type)
cp "$M" dims.gguf && chmod u+w dims.gguf
off=$(grep -boa 'llama.feed_forward_length' dims.gguf | head -1 | cut -d: -f1)
printf '\255' | dd of=dims.gguf bs=1 seek=$((off + 25 + 4)) conv=notrunc 2>/dev/null
expect_exit 1 "inconsistent dimensions" -- "$MULERR" model dims.gguf --tokenizer "$T" --text text.txt --db m.db
grep_ok err.txt "dims.gguf: tensor 'blk.0.ffn_gate.weight' has shape \[172\]\[64\], but the configuration.*needs \[173\]\[64\]" \
  "message names the tensor, its shape and the configuration's"
unchanged "inconsistent dimensions"

# a tokenizer of another vocabulary: cut short, and with one token too many
head -c 3000 "$T" > short.bin
expect_exit 1 "tokenizer with fewer tokens" -- "$MULERR" model "$M" --tokenizer short.bin --text text.txt --db m.db
grep_ok err.txt "short.bin: the tokenizer ends after [0-9]* tokens, but the model's vocabulary has 512" "message names the file and both sizes"
unchanged "short tokenizer"
{ cat "$T"; printf '\000\000\000\000\001\000\000\000z'; } > long.bin
expect_exit 1 "tokenizer with more tokens" -- "$MULERR" model "$M" --tokenizer long.bin --text text.txt --db m.db
grep_ok err.txt "long.bin: the tokenizer holds more tokens (513 or more) than the model's vocabulary of 512" "message says so"
unchanged "long tokenizer"

# empty text
: > empty.txt
printf '\n\n' > blank.txt
expect_exit 1 "empty text" -- "$MULERR" model "$M" --tokenizer "$T" --text empty.txt --db m.db
grep_ok err.txt "empty.txt: the text has no non-empty line" "message names the file"
expect_exit 1 "text of empty lines" -- "$MULERR" model "$M" --tokenizer "$T" --text blank.txt --db m.db
unchanged "empty text"

# unknown site, bad options
expect_exit 2 "unknown site" -- "$MULERR" model "$M" --tokenizer "$T" --text text.txt --site attention --db m.db
grep_ok err.txt "unknown site 'attention' (choices: attn-score, attn-value, attn, qkv" "message lists the sites"
expect_exit 2 "lmul with source fp64" -- "$MULERR" model "$M" --tokenizer "$T" --text text.txt --source fp64 --db m.db
expect_exit 2 "no tokenizer" -- "$MULERR" model "$M" --text text.txt --db m.db
unchanged "usage errors"
expect_exit 1 "a safetensors file has no configuration" -- "$MULERR" model "$D/gpt2-attn-sample.safetensors" --tokenizer "$T" --text text.txt --db new.db
[ ! -e new.db ]
ok $? "no database created on bad input"

expect_exit 0 "--help" -- "$MULERR" model --help
grep_ok out.txt "attn-score" "help lists the sites"
done_testing
