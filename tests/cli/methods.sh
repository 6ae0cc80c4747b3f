#!/bin/sh
# methods.sh — the methods of the study through the command line: each sweeps, records its
# method-specific fields in params, crosses only the options it uses, and refuses bad
# values with a message naming the field.
. "$top_srcdir/tests/cli/lib.sh"

expect_exit 0 "a sweep of every new method" -- "$MULERR" sweep --method lmul-eq1,lmul-gpu,lns,int,mx \
  -k 3 --source bf16 -n 2e4 --db m.db -q
expect_exit 0 "their params" -- "$MULERR" query m.db "SELECT method, params FROM results ORDER BY id" --csv
cat > want.csv <<'W'
method,params
lmul-eq1,
lmul-gpu,
lns,"int=5,frac=3,underflow=zero"
int,"bits=8,scale=tensor"
mx,"elem=e4m3fn,block=32"
W
cmp -s out.txt want.csv
st=$?
ok $st "one point each, params as documented"
[ $st -eq 0 ] || sed 's/^/#   /' out.txt

expect_exit 0 "lns, int and mx cross their own fields" -- "$MULERR" sweep --method lns,int,mx \
  --lns-int 4,6 --lns-frac 2,5 --int-bits 4,8 --block 16,64 -n 1e4 --db x.db -q
"$MULERR" query x.db "SELECT method, params FROM results ORDER BY id" --csv > got.csv
cat > want.csv <<'W'
method,params
lns,"int=4,frac=2,underflow=zero"
lns,"int=4,frac=5,underflow=zero"
lns,"int=6,frac=2,underflow=zero"
lns,"int=6,frac=5,underflow=zero"
int,"bits=4,block=16"
int,"bits=8,block=16"
int,"bits=4,block=64"
int,"bits=8,block=64"
mx,"elem=int4,block=16"
mx,"elem=int8,block=16"
mx,"elem=int4,block=64"
mx,"elem=int8,block=64"
W
cmp -s got.csv want.csv
st=$?
ok $st "4 lns, 4 int and 4 mx points (--int-bits makes mx MXINT)"
[ $st -eq 0 ] || sed 's/^/#   /' got.csv

expect_exit 0 "mx element formats and roundings" -- "$MULERR" sweep --method mx -f e4m3fn,e2m1fn \
  --rounding rne,away -n 1e4 --db mx.db -q
[ "$("$MULERR" query mx.db "SELECT count(DISTINCT format || rounding) AS c FROM results" --csv | tail -1)" -eq 4 ]
ok $? "mx: 2 element formats x 2 roundings = 4 points"

expect_exit 0 "float with --out-format" -- "$MULERR" sweep --method float -k 7 --source fp32 \
  --out-format e4m3fn,bf16 --rounding trunc -n 1e4 --db f.db -q
"$MULERR" query f.db "SELECT params, rounding FROM results ORDER BY id" --csv > got.csv
printf 'params,rounding\n"out=e4m3fn,out_rounding=rne",trunc\n"out=bf16,out_rounding=rne",trunc\n' > want.csv
cmp -s got.csv want.csv
st=$?
ok $st "float: out format and its rne rounding in params, operand rounding separate"
[ $st -eq 0 ] || sed 's/^/#   /' got.csv
expect_exit 0 "--out-format is not crossed for lmul" -- "$MULERR" sweep --method lmul -k 3 \
  --out-format e4m3fn,bf16 -n 1e4 --db l.db -q
[ "$("$MULERR" query l.db "SELECT count(*) AS c FROM results WHERE params = ''" --csv | tail -1)" -eq 1 ]
ok $? "lmul: one point, no params"

bad() { # bad DESCRIPTION PATTERN ARGS...
  desc=$1 pat=$2
  shift 2
  expect_exit 2 "$desc" -- "$MULERR" sweep -n 100 --db bad.db -q "$@"
  grep_ok err.txt "$pat" "$desc: the message names the problem"
}
expect_exit 0 "lns --lns-saturate" -- "$MULERR" sweep --method lns --lns-saturate -n 1e4 --db sat.db -q
[ "$("$MULERR" query sat.db "SELECT params FROM results" --csv | tail -1)" = '"int=5,frac=3,underflow=saturate"' ]
ok $? "--lns-saturate is recorded in params (underflow=saturate)"
bad "lns: --lns-frac above 20" "lns_frac = 25 is out of range" --method lns --lns-frac 25
bad "lns: --lns-int above 10" "lns_int = 12 is out of range" --method lns --lns-int 12
bad "int: --int-bits above 16" "bits = 20 is out of range" --method int --int-bits 20
bad "int: a block that does not divide 65536" "block = 48 does not divide" --method int --block 48
bad "mx: a block that does not divide 65536" "block = 96 does not divide" --method mx --block 96
bad "mx: an element format it cannot use" "cannot use format 'e4m3' as its element format" --method mx -f e4m3
bad "mx: --format with --int-bits" "not both" --method mx -f e2m1fn --int-bits 8
bad "lmul-gpu: l above k" "offset l = 4 is below the last mantissa bit" --method lmul-gpu -k 2 -l 4
bad "float: an unsigned out format" "out format 'e8m0fnu'" --method float -k 3 --out-format e8m0fnu
[ ! -e bad.db ] || [ "$("$MULERR" query bad.db 'SELECT count(*) AS c FROM results' --csv | tail -1)" -eq 0 ]
ok $? "no bad point was stored"

expect_exit 0 "list methods" -- "$MULERR" list methods
for m in lmul-eq1 lmul-gpu lns int mx; do
  grep_ok out.txt "^$m " "list shows $m"
done
done_testing
