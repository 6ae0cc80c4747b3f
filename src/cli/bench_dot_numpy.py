#!/usr/bin/env python3
"""bench_dot_numpy.py — the dot-product measurement of `mulerr bench`, written plainly in NumPy.

D dot products of length K = 4096: L-Mul products (k = 3, l = 3, operands truncated) of
normal(0, 0.02) fp32 operands, summed sequentially in fp32 (one float32 addition per product,
vectorised across the D dot products), against the exact sum of the exact products
(math.fsum of the binary64 products, which are exact: 24 x 24 bits); mulerr bench times it
beside its own evaluation and prints the ratio.
Prints: multiply-accumulates/s mean|e|/|exact|.
Usage: bench_dot_numpy.py D K
"""
import math
import sys
import time

import numpy as np


def main():
    d, k_len = int(sys.argv[1]), int(sys.argv[2])
    k, l, bias = 3, 3, 127
    rng = np.random.default_rng(1)
    a = (rng.standard_normal((d, k_len)) * 0.02).astype(np.float32)
    b = (rng.standard_normal((d, k_len)) * 0.02).astype(np.float32)
    t0 = time.perf_counter()

    def fields(x):  # sign, biased exponent, top k mantissa bits (truncation)
        bits = x.view(np.uint32)
        return (bits >> 31, ((bits >> 23) & 0xFF).astype(np.int64),
                ((bits >> (23 - k)) & ((1 << k) - 1)).astype(np.int64))

    sa, ea, ma = fields(a)
    sb, eb, mb = fields(b)
    p = (ea << k) + ma + (eb << k) + mb - (bias << k) + (1 << (k - l))
    e, m = p >> k, p & ((1 << k) - 1)
    approx = np.ldexp(1.0 + m / float(1 << k), (e - bias).astype(np.int32))
    approx = np.where((a == 0) | (b == 0), 0.0, approx) * np.where(sa ^ sb, -1.0, 1.0)
    prod32 = approx.astype(np.float32)  # exact: L-Mul k = 3 products have 4 significant bits
    s = np.zeros(d, dtype=np.float32)
    for i in range(k_len):  # sequential fp32 accumulation, each addition rounded to fp32
        s = s + prod32[:, i]
    exact_products = a.astype(np.float64) * b.astype(np.float64)
    exact = np.array([math.fsum(row) for row in exact_products])
    err = s.astype(np.float64) - exact
    mre = np.mean(np.abs(err[exact != 0] / exact[exact != 0]))
    seconds = time.perf_counter() - t0
    print(f"{d * k_len / seconds:.6g} {mre:.6g}")


if __name__ == "__main__":
    main()
