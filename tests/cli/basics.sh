#!/bin/sh
# basics.sh — help, version and list: every command answers --help; errors exit 2.
. "$top_srcdir/tests/cli/lib.sh"

expect_exit 0 "mulerr --help" -- "$MULERR" --help
grep_ok out.txt "sweep" "--help lists the sweep command"
expect_exit 2 "mulerr with no command" -- "$MULERR"
expect_exit 2 "an unknown command" -- "$MULERR" frobnicate
grep_ok err.txt "unknown command 'frobnicate'" "the unknown command is named"
for c in sweep query list; do
  expect_exit 0 "mulerr $c --help" -- "$MULERR" $c --help
  grep_ok out.txt "Usage: mulerr $c" "$c --help shows its usage"
done
expect_exit 0 "mulerr --version" -- "$MULERR" --version
grep_ok out.txt "^mulerr [0-9]" "--version names mulerr's version"
grep_ok out.txt "mpfr .*gmp .*gsl .*sqlite" "--version names the MPFR, GMP, GSL and SQLite versions"
expect_exit 0 "mulerr list" -- "$MULERR" list
grep_ok out.txt "^e4m3fn .* 448 " "list shows e4m3fn with max 448"
grep_ok out.txt "^e5m2 .* 57344 " "list shows e5m2 with max 57344"
grep_ok out.txt "^lmul " "list shows the lmul method"
grep_ok out.txt "^uniform-mantissa" "list shows the uniform-mantissa distribution"
grep_ok out.txt "^mse " "list shows the metrics"
expect_exit 0 "mulerr list formats" -- "$MULERR" list formats
grep_ok out.txt "MIN_SUBNORM" "list formats has a min subnormal column"
grep_ok out.txt "max 448 \[NaN 0x7f,0xff (2)\]" "list formats names e4m3fn's special encodings"
grep_ok out.txt "max 57344 \[Inf 0x7c,0xfc; NaN 0x7d,0x7e,... (6)\]" "list formats names e5m2's special encodings"
expect_exit 2 "mulerr list nonsense" -- "$MULERR" list nonsense
grep_ok err.txt "nonsense" "list names what it cannot list"
done_testing
