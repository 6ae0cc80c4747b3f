#!/usr/bin/env python3
"""bench_numpy.py — the error measurement of `mulerr bench`, written plainly in NumPy.

One method (default lmul) against the exact product on N pairs of normal(0, 0.02) fp32
operands, as a NumPy user would write it; mulerr bench times it beside its own evaluation of
the same measurement and prints the ratio.  Prints: pairs/s (drawing included, as 'sampled'),
mse, mre, pairs/s with the operands already in memory (as 'in memory').
Usage: bench_numpy.py N [METHOD]
METHOD: lmul (k = 3, l = 3, operands truncated), mitchell, lmul-eq1, lmul-gpu (the fp32
pattern cut to k = 3), float (k = 3, fp32 range, rne), float-e4m3fn, float-e5m2, exact,
int (8 bits, per 65536-value block), mx (e4m3fn elements, blocks of 32), lns (5.3).
"""
import sys
import time

import numpy as np

K, L, BIAS = 3, 3, 127


def fields(x):  # sign, biased exponent, top K mantissa bits (truncation)
    bits = x.view(np.uint32)
    return (bits >> 31, ((bits >> 23) & 0xFF).astype(np.int64),
            ((bits >> (23 - K)) & ((1 << K) - 1)).astype(np.int64))


def lmul(a, b, offset=True):
    sa, ea, ma = fields(a)
    sb, eb, mb = fields(b)
    # one integer addition of the k-bit patterns, minus bias 2^k - 2^(k-l): a carry flows
    # into the exponent
    p = (ea << K) + ma + (eb << K) + mb - (BIAS << K) + ((1 << (K - L)) if offset else 0)
    e, m = p >> K, p & ((1 << K) - 1)
    approx = np.ldexp(1.0 + m / float(1 << K), (e - BIAS).astype(np.int32))
    return np.where((a == 0) | (b == 0), 0.0, approx) * np.where(sa ^ sb, -1.0, 1.0)


def lmul_eq1(a, b):  # (1 + x_m + y_m + 2^-l) 2^(x_e + y_e), no renormalisation
    sa, ea, ma = fields(a)
    sb, eb, mb = fields(b)
    v = np.ldexp(1.0 + (ma + mb) / float(1 << K) + 2.0 ** -L, (ea + eb - 2 * BIAS).astype(np.int32))
    return np.where((a == 0) | (b == 0), 0.0, v) * np.where(sa ^ sb, -1.0, 1.0)


def lmul_gpu(a, b):  # the unguarded adder on the 12-bit pattern (8 exponent, 3 mantissa bits)
    sa, ea, ma = fields(a)
    sb, eb, mb = fields(b)
    w = 8 + K
    r = ((ea << K) + ma + (eb << K) + mb - ((BIAS << K) - (1 << (K - L)))) & ((1 << w) - 1)
    e, m = r >> K, r & ((1 << K) - 1)
    v = np.where(e == 0, np.ldexp(m / float(1 << K), -126),
                 np.ldexp(1.0 + m / float(1 << K), (e - BIAS).astype(np.int32)))
    v = np.where(e == 255, np.where(m == 0, np.inf, np.nan), v)
    return v * np.where(sa ^ sb, -1.0, 1.0)


def round_fmt(x, mbits, emin, vmax):  # to nearest even on the format's grid, saturating
    _, e = np.frexp(x)
    q = np.ldexp(1.0, np.maximum(e - 1, emin) - mbits)
    return np.clip(np.round(x / q) * q, -vmax, vmax)


def int8(a, b, blk=65536):
    def deq(x):
        xs = x.reshape(-1, blk) if x.size % blk == 0 else x.reshape(1, -1)
        amax = np.abs(xs).max(axis=1, keepdims=True)
        return (np.round(xs * 127 / amax) * amax / 127).reshape(-1)
    return deq(a) * deq(b)


def mx(a, b, blk=32):
    def deq(x):
        xs = x.reshape(-1, blk)
        _, e = np.frexp(np.abs(xs).max(axis=1, keepdims=True))
        s = np.ldexp(1.0, e - 1 - 8)
        return (round_fmt(xs / s, 3, -6, 448.0) * s).reshape(-1)
    return deq(a) * deq(b)


def lns(a, b):
    def code(x):
        return np.clip(np.round(8 * np.log2(np.abs(x))), -128, 127)
    s = code(a) + code(b)
    v = np.where(s < -128, 0.0, np.exp2(np.clip(s, -128, 127) / 8))
    return np.where((a == 0) | (b == 0), 0.0, v) * np.sign(a) * np.sign(b)


METHODS = {
    "lmul": lmul,
    "mitchell": lambda a, b: lmul(a, b, offset=False),
    "lmul-eq1": lmul_eq1,
    "lmul-gpu": lmul_gpu,
    "float": lambda a, b: round_fmt(a.astype(np.float64), K, -126, 3.4e38) * round_fmt(b.astype(np.float64), K, -126, 3.4e38),
    "float-e4m3fn": lambda a, b: round_fmt(a.astype(np.float64), 3, -6, 448.0) * round_fmt(b.astype(np.float64), 3, -6, 448.0),
    "float-e5m2": lambda a, b: round_fmt(a.astype(np.float64), 2, -14, 57344.0) * round_fmt(b.astype(np.float64), 2, -14, 57344.0),
    "exact": lambda a, b: a.astype(np.float64) * b.astype(np.float64),
    "int": lambda a, b: int8(a.astype(np.float64), b.astype(np.float64)),
    "mx": lambda a, b: mx(a.astype(np.float64), b.astype(np.float64)),
    "lns": lambda a, b: lns(a.astype(np.float64), b.astype(np.float64)),
}


def main():
    n = int(float(sys.argv[1]))
    method = METHODS[sys.argv[2] if len(sys.argv) > 2 else "lmul"]
    rng = np.random.default_rng(1)
    t0 = time.perf_counter()
    a = (rng.standard_normal(n) * 0.02).astype(np.float32)
    b = (rng.standard_normal(n) * 0.02).astype(np.float32)
    t1 = time.perf_counter()  # the operands are in memory from here ('in memory' figure)
    with np.errstate(all="ignore"):
        approx = method(a, b)
        exact = a.astype(np.float64) * b.astype(np.float64)  # exact: 24 x 24 bits
        err = approx - exact
        mse = np.mean(err * err)
        mre = np.mean(np.abs(err[exact != 0] / exact[exact != 0]))
    t2 = time.perf_counter()
    print(f"{n / (t2 - t0):.6g} {mse:.6g} {mre:.6g} {n / (t2 - t1):.6g}")


if __name__ == "__main__":
    main()
