#!/bin/sh
# weights_bad.sh — broken weights files at the command line: each gives a clear message
# naming the file and the problem, a non-zero exit, and no crash (the sanitizer build runs
# this too).  The files are made here from the shipped ones or byte by byte.
. "$top_srcdir/tests/cli/lib.sh"

G="$top_srcdir/data/stories260K.gguf"

# le64 N: N as 8 little-endian bytes
le64() {
  n=$1 i=0
  while [ $i -lt 8 ]; do
    printf "\\$(printf %03o $((n % 256)))"
    n=$((n / 256)) i=$((i + 1))
  done
}
# safetensors FILE JSON DATA-BYTES (printf escapes)
safetensors() {
  { le64 ${#2}; printf '%s' "$2"; printf "$3"; } > "$1"
}
F1='\000\000\200\077' F2='\000\000\000\100' NAN='\000\000\300\177' INF='\000\000\200\177'

# bad FILE PATTERN DESCRIPTION: `mulerr weights FILE` fails (exit 1) with "FILE: ...PATTERN"
bad() {
  expect_exit 1 "$3" -- "$MULERR" weights "$1"
  grep_ok err.txt "^mulerr weights: $1: .*$2" "$3: the message names the file and says '$2'"
}

head -c 600000 "$G" > trunc.gguf
bad trunc.gguf "is beyond the end of the file (600000 bytes)" "a truncated GGUF"
head -c 10 "$G" > short.gguf
bad short.gguf "truncated GGUF" "a GGUF cut inside its header"
{ printf 'GGUX'; tail -c +5 "$G"; } > magic.gguf
bad magic.gguf "bad magic" "a GGUF with the wrong magic"
: > empty.safetensors
bad empty.safetensors "empty file" "an empty file"
{ le64 1000000; printf '{}'; } > hlen.safetensors
bad hlen.safetensors "header length 1000000 is beyond the end of the file" "a header length beyond the file"
safetensors json.safetensors '{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}' "$F1"
bad json.safetensors "bad safetensors header JSON: unexpected end" "JSON that does not parse"
safetensors json2.safetensors '{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":[1,2}' "$F1"
bad json2.safetensors "bad safetensors header JSON: expected an object" "JSON with a broken value"
safetensors off.safetensors '{"a":{"dtype":"F32","shape":[100],"data_offsets":[0,400]}}' "$F1"
bad off.safetensors "data_offsets \[0, 400\] are beyond the end of the file" "data offsets beyond the file"
safetensors ovf.safetensors '{"a":{"dtype":"F32","shape":[4294967296,4294967296,16],"data_offsets":[0,4]}}' "$F1"
bad ovf.safetensors "shape 4294967296x4294967296x16 has more than 2^64 elements" "a shape whose product overflows"
safetensors mism.safetensors '{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,4]}}' "$F1"
bad mism.safetensors "shape 3 of F32 needs 12 bytes but the file gives it 4" "a shape that exceeds the data"
bad "$scratch" "not a regular file" "a directory"
bad missing.gguf "cannot open: No such file" "a missing file"
printf 'just some text\n' > notes.txt
bad notes.txt "not a weights file" "a text file"

# a tiny valid llama2.c checkpoint (dim 2, hidden 2, 1 layer, 1 head, 1 KV head, vocab 2,
# seq 1: 40 floats), then one byte short
{ printf '\002\000\000\000\002\000\000\000\001\000\000\000\001\000\000\000\001\000\000\000'
  printf '\002\000\000\000\001\000\000\000'; head -c 160 /dev/zero; } > tiny.bin
expect_exit 0 "a tiny llama2.c checkpoint lists" -- "$MULERR" weights tiny.bin --csv
[ "$(wc -l < out.txt)" -eq 12 ]
ok $? "11 tensors"
head -c 187 tiny.bin > tiny-trunc.bin
bad tiny-trunc.bin "truncated llama2.c checkpoint: 187 bytes, but the header (dim=2 .*) implies 188" "a truncated llama2.c .bin"

# unsupported dtypes: listed with a warning, refused when sampled
safetensors i64.safetensors '{"pos":{"dtype":"I64","shape":[1],"data_offsets":[0,8]},"w":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}}' "$F1$F1$F2"
expect_exit 0 "listing a file with an I64 tensor" -- "$MULERR" weights i64.safetensors
grep_ok err.txt "i64.safetensors: tensor 'pos' has dtype I64, which mulerr cannot read" "a warning names the tensor and dtype"
grep_ok out.txt "^pos  *I64 " "the I64 tensor is listed"
expect_exit 2 "sweep over an I64 tensor" -- "$MULERR" sweep -k 3 -n 100 --dist weights:i64.safetensors --db x.db
grep_ok err.txt "i64.safetensors: tensor 'pos' has dtype I64, which mulerr cannot read" "the refusal names file, tensor and dtype"
expect_exit 0 "sweep over the F32 tensor beside it" -- "$MULERR" sweep -k 3 -n 100 --dist "weights:i64.safetensors:tensors=w" --db y.db -q
expect_exit 1 "sample an I64 tensor" -- "$MULERR" weights sample i64.safetensors -o s.safetensors
grep_ok err.txt "dtype I64" "the sample refusal names the dtype"

# non-finite values: counted, warned about, left out
safetensors nan.safetensors '{"v":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}' "$F1$NAN$F2$INF"
expect_exit 0 "list a tensor with NaN and Inf" -- "$MULERR" weights nan.safetensors --csv
grep_ok err.txt "nan.safetensors: 2 non-finite values (NaN or Inf)" "a warning with the count"
grep_ok out.txt "^v,F32,4,4,2,1.5,0.5,1,2," "statistics over the 2 finite values"
expect_exit 0 "sweep over it" -- "$MULERR" sweep -k 3 -n 1000 --dist weights:nan.safetensors --db n.db -q
[ "$("$MULERR" query n.db 'SELECT n FROM results' --csv | tail -1)" -eq 1000 ]
ok $? "the sweep draws only finite values"
expect_exit 0 "sample it" -- "$MULERR" weights sample nan.safetensors -n 10 -o ns.safetensors
grep_ok err.txt "2 non-finite values (NaN or Inf); they are not sampled" "sample warns"
safetensors allnan.safetensors '{"v":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}' "$NAN$INF"
expect_exit 2 "sweep over nothing but NaN and Inf" -- "$MULERR" sweep -k 3 -n 100 --dist weights:allnan.safetensors --db x.db
grep_ok err.txt "allnan.safetensors: the selected tensors hold no finite value" "the refusal says why"

# distribution syntax
expect_exit 2 "weights with no file" -- "$MULERR" sweep -k 3 -n 100 --dist weights --db x.db
grep_ok err.txt "needs a file" "the message shows the syntax"
expect_exit 2 "unknown weights option" -- "$MULERR" sweep -k 3 -n 100 --dist "weights:$G:seed=3" --db x.db
grep_ok err.txt "unknown option 'seed' (weights takes: tensors, weight)" "the message lists the options"
expect_exit 2 "a zero weight" -- "$MULERR" sweep -k 3 -n 100 --dist "weights:$G:weight=0+$G" --db x.db
grep_ok err.txt "weight '0' is not a finite number > 0" "the message says what a weight must be"
[ ! -e x.db ]
ok $? "no database made by any refused sweep"
done_testing
