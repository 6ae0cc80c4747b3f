#!/bin/sh
# badinput.sh — every bad input gives one clear line, a non-zero exit and changes nothing.
. "$top_srcdir/tests/cli/lib.sh"

"$MULERR" sweep --method lmul -k 3 -n 1000 --db good.db -q || echo "Bail out! cannot make a database"
sum_before=$(cksum good.db)
bad() { # bad DESCRIPTION PATTERN ARGS...
  desc=$1 pat=$2
  shift 2
  expect_exit 2 "$desc" -- "$MULERR" sweep "$@" --db good.db
  grep_ok err.txt "$pat" "$desc: the message names the problem"
}
bad "unknown method" "unknown method 'lmull'" --method lmull
bad "unknown format" "unknown format 'fp33'" --source fp33
bad "unknown distribution" "unknown distribution 'gauss'" --dist gauss
bad "k = 0" "0 is out of range" --mantissa 0
bad "k above the source's mantissa bits" "k = 8 is out of range for source 'bf16' (1..7)" --source bf16 --mantissa 8
bad "negative sample count" "'-5' is not a positive whole number" --samples -5
bad "non-numeric sample count" "'many' is not a positive whole number" --samples many
bad "bad distribution parameter" "sigma must be > 0" --dist normal:sigma=0
bad "unknown option" "unrecognized option" --frobnicate
bad "bad rounding" "unknown rounding 'nearest'" --rounding nearest
bad "offset out of range" "out of range" --offset 40
[ "$(cksum good.db)" = "$sum_before" ]
ok $? "good.db unchanged by all of the above"

chmod 0555 . 2>/dev/null
if [ "$(id -u)" -ne 0 ]; then
  expect_exit 1 "an unwritable --db" -- "$MULERR" sweep -k 3 -n 100 --db new.db
  grep_ok err.txt "new.db" "the unwritable database is named"
else
  expect_exit 1 "an unwritable --db" -- "$MULERR" sweep -k 3 -n 100 --db /proc/version/x.db
  grep_ok err.txt "x.db" "the unwritable database is named"
fi
chmod 0755 .

printf 'this is not a database, just text\n' > notes.txt
sum_before=$(cksum notes.txt)
expect_exit 1 "a --db that is not SQLite" -- "$MULERR" sweep -k 3 -n 100 --db notes.txt
grep_ok err.txt "notes.txt: not a SQLite database" "the message says it is not a SQLite database"
[ "$(cksum notes.txt)" = "$sum_before" ]
ok $? "the text file is unchanged"
expect_exit 1 "query on a file that is not SQLite" -- "$MULERR" query notes.txt
expect_exit 1 "query on a missing file" -- "$MULERR" query missing.db
grep_ok err.txt "missing.db" "the missing file is named"
[ ! -e missing.db ]
ok $? "query does not create a missing database"

sum_before=$(cksum good.db)
expect_exit 2 "query SQL that writes" -- "$MULERR" query good.db "DELETE FROM results"
grep_ok err.txt "only read-only SQL" "the refusal says why"
expect_exit 2 "query SQL that drops" -- "$MULERR" query good.db "DROP TABLE runs"
expect_exit 2 "two statements" -- "$MULERR" query good.db "SELECT 1; DELETE FROM results"
expect_exit 2 "bad SQL" -- "$MULERR" query good.db "SELEC nonsense"
expect_exit 2 "unknown report" -- "$MULERR" query good.db --report nonsense
[ "$(cksum good.db)" = "$sum_before" ]
ok $? "good.db unchanged by the queries"
done_testing
