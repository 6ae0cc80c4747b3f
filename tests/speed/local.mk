## tests/speed/local.mk — tests of the speed work (issue 15), included from the top Makefile.am:
## every fast path against the slow code it replaced, bit for bit.
check_PROGRAMS += tests/speed/t_qfast
TESTS += tests/speed/t_qfast
tests_speed_t_qfast_LDADD = $(TEST_LDADD)
check_PROGRAMS += tests/speed/t_vpass
TESTS += tests/speed/t_vpass
tests_speed_t_vpass_LDADD = $(TEST_LDADD)
check_PROGRAMS += tests/speed/t_fused
TESTS += tests/speed/t_fused
tests_speed_t_fused_LDADD = $(TEST_LDADD)
check_PROGRAMS += tests/speed/t_round_flags
TESTS += tests/speed/t_round_flags
tests_speed_t_round_flags_LDADD = $(TEST_LDADD)
check_PROGRAMS += tests/speed/t_intfast
TESTS += tests/speed/t_intfast
tests_speed_t_intfast_LDADD = $(TEST_LDADD)
check_PROGRAMS += tests/speed/t_rpass
TESTS += tests/speed/t_rpass
tests_speed_t_rpass_LDADD = $(TEST_LDADD)
