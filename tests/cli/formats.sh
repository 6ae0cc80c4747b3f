#!/bin/sh
# formats.sh — table, value and exhaustive sweeps from the command line.
. "$top_srcdir/tests/cli/lib.sh"

expect_exit 0 "table e4m3fn" -- "$MULERR" table e4m3fn --csv
[ "$(wc -l < out.txt)" -eq 257 ]
ok $? "256 encodings and a header"
grep_ok out.txt '^0x7e,0.1111.110,normal,0x1.cp+8,448$' "0x7e is the max normal 448"
grep_ok out.txt '^0x7f,0.1111.111,nan,' "0x7f is NaN"
grep_ok out.txt '^0x01,0.0000.001,subnormal,0x1p-9,0.001953125$' "0x01 is the min subnormal 2^-9"
[ "$(grep -c ',nan,' out.txt)" -eq 2 ]
ok $? "e4m3fn has exactly two NaN encodings"
expect_exit 0 "table e5m2" -- "$MULERR" table e5m2 --csv
[ "$(grep -c ',inf,' out.txt)" -eq 2 ] && [ "$(grep -c ',nan,' out.txt)" -eq 6 ]
ok $? "e5m2: two infinities, six NaNs"
expect_exit 0 "table bf16 (65536 rows)" -- "$MULERR" table bf16 --csv
[ "$(wc -l < out.txt)" -eq 65537 ]
ok $? "bf16 has 65536 encodings"
expect_exit 2 "table of a 32-bit format is refused" -- "$MULERR" table fp32
grep_ok err.txt "at most 16 bits" "the refusal says why"
expect_exit 2 "table of an unknown format" -- "$MULERR" table fp9
expect_exit 2 "table of an impossible layout" -- "$MULERR" table e0m3

expect_exit 0 "value e4m3fn 0.1 1000" -- "$MULERR" value e4m3fn 0.1 1000 --csv
grep_ok out.txt '^0.1,rne,0x1d,0.1015625,' "0.1 rounds to 0x1d = 0.1015625"
grep_ok out.txt '^0.1,trunc,0x1c,0.09375,' "0.1 truncates to 0x1c = 0.09375"
grep_ok out.txt '^1000,rne,0x7e,448,' "1000 saturates to 448 in e4m3fn"
expect_exit 0 "value e5m2 1e6" -- "$MULERR" value e5m2 1e6 --csv
grep_ok out.txt '^1e6,rne,0x7c,inf,' "1e6 overflows to Inf in e5m2 under RNE"
grep_ok out.txt '^1e6,trunc,0x7b,57344,' "and to the max 57344 under truncation"
expect_exit 0 "value notes a decimal that is not binary64" -- "$MULERR" value bf16 0.1
grep_ok out.txt "not a binary64 number" "the note is printed"
expect_exit 2 "value of a non-number" -- "$MULERR" value e4m3fn abc
grep_ok err.txt "'abc' is not a number" "the bad number is named"
expect_exit 1 "NaN into a format without NaN" -- "$MULERR" value e2m1fn nan
grep_ok err.txt "has no NaN" "the message says why"
expect_exit 0 "value e2m1fn 2.5 2.1" -- "$MULERR" value e2m1fn 2.5 2.1 --csv
grep_ok out.txt '^2.5,rna,0x5,3,' "rna: the tie 2.5 goes away from zero to 3"
grep_ok out.txt '^2.5,rne,0x4,2,' "rne: the tie 2.5 goes to even 2"
grep_ok out.txt '^2.1,rna,0x4,2,' "rna: 2.1 goes to the nearest, 2"
grep_ok out.txt '^2.1,away,0x5,3,' "away is directed: 2.1 goes to 3"
expect_exit 0 "value e8m0fnu 0" -- "$MULERR" value e8m0fnu 0
grep_ok out.txt '^  rne .* inf$' "0 in a format without zero: relative error inf, not 0"
grep_ok out.txt 'not exact: the format has no zero' "and the stochastic line says it is not exact"
expect_exit 0 "value e4m3fn 464" -- "$MULERR" value e4m3fn 464
grep_ok out.txt "always 448 (not exact: beyond the format's range, error -16)" "464 saturates: not called exact"

expect_exit 0 "exhaustive sweep" -- "$MULERR" sweep --method lmul,float -k 3 --source e4m3 --operands positive-normal,all --db ex.db -q
[ "$("$MULERR" query ex.db "SELECT count(*) FROM results WHERE kind = 'exhaustive' AND seed = 0" --csv | tail -1)" -eq 4 ]
ok $? "4 exhaustive points stored with kind exhaustive"
# e4m3 (IEEE-style) has 7 mantissa-patterns x 14 exponents = 112 positive normals: 12544 pairs
[ "$("$MULERR" query ex.db "SELECT n FROM results WHERE dist = 'exhaustive:positive-normal' AND method = 'lmul'" --csv | tail -1)" -eq 12544 ]
ok $? "positive-normal e4m3 operands: 112 x 112 = 12544 pairs"
[ "$("$MULERR" query ex.db "SELECT mse, bias_se FROM results WHERE method = 'float'" --csv | tail -1)" = "0,0" ]
ok $? "float at the source's own width is exact, with no standard error"
expect_exit 2 "exhaustive on a 32-bit source is refused" -- "$MULERR" sweep --method lmul -k 3 --source fp32 --exhaustive --db ex2.db
grep_ok err.txt "at most 16 bits" "the refusal says why"
expect_exit 2 "an unknown operand set" -- "$MULERR" sweep --method lmul -k 3 --source e4m3 --operands odd --db ex2.db
done_testing
