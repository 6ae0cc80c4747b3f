#!/usr/bin/env python3
"""bench_numpy.py — the L-Mul error measurement of `mulerr bench`, written plainly in NumPy.

L-Mul (k = 3, l = 3, operands truncated) against the exact product on N pairs of
normal(0, 0.02) fp32 operands, as a NumPy user would write it; mulerr bench times it beside
its own evaluation of the same measurement and prints the ratio.  Prints: pairs/s mse mre.
Usage: bench_numpy.py N
"""
import sys
import time

import numpy as np


def main():
    n = int(float(sys.argv[1]))
    k, l, bias = 3, 3, 127
    rng = np.random.default_rng(1)
    t0 = time.perf_counter()
    a = (rng.standard_normal(n) * 0.02).astype(np.float32)
    b = (rng.standard_normal(n) * 0.02).astype(np.float32)

    def fields(x):  # sign, biased exponent, top k mantissa bits (truncation)
        bits = x.view(np.uint32)
        return (bits >> 31, ((bits >> 23) & 0xFF).astype(np.int64),
                ((bits >> (23 - k)) & ((1 << k) - 1)).astype(np.int64))

    sa, ea, ma = fields(a)
    sb, eb, mb = fields(b)
    # one integer addition of the k-bit patterns, minus bias 2^k - 2^(k-l): a carry flows
    # into the exponent
    p = (ea << k) + ma + (eb << k) + mb - (bias << k) + (1 << (k - l))
    e, m = p >> k, p & ((1 << k) - 1)
    approx = np.ldexp(1.0 + m / float(1 << k), (e - bias).astype(np.int32))
    approx = np.where((a == 0) | (b == 0), 0.0, approx) * np.where(sa ^ sb, -1.0, 1.0)
    exact = a.astype(np.float64) * b.astype(np.float64)  # exact: 24 x 24 bits
    err = approx - exact
    mse = np.mean(err * err)
    mre = np.mean(np.abs(err[exact != 0] / exact[exact != 0]))
    seconds = time.perf_counter() - t0
    print(f"{n / seconds:.6g} {mse:.6g} {mre:.6g}")


if __name__ == "__main__":
    main()
