## tests/cluster/local.mk — the scale-out tests (included from the top Makefile.am): sharded
## sweeps as a Slurm job array on a one-node cluster the test starts, and under GNU
## parallel, merged and compared with the unsharded sweep bit for bit.  Not part of
## `make check` (as root they apt-get install slurm-wlm, munge and parallel, and start
## daemons): `make check-cluster` runs them, and CI (.ci/run) does.
CLUSTER_TESTS = tests/cluster/slurm.sh tests/cluster/parallel.sh
dist_noinst_SCRIPTS += $(CLUSTER_TESTS) tests/cluster/lib.sh
.PHONY: check-cluster
check-cluster: all
	$(MAKE) $(AM_MAKEFLAGS) check TESTS='$(CLUSTER_TESTS)'
