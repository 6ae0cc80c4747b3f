/* acc_lanes.h — the lanes' pass of acc.c (see the comment above LANES there) for vectors of W
 * lanes, included by acc.c once for each width it compiles: W = 4 (AVX2, or pairs of SSE2
 * operations) and W = 8 (AVX-512).  A vector holds lanes l0 .. l0 + W - 1 of the LANES lanes;
 * every lane does the same operations on the same pairs in the same order whatever W is, so
 * both widths give the same bits (the sums of lane l are those of pair l, l + LANES, ...). */
#define LW_CAT_(a, b) a##b
#define LW_CAT(a, b) LW_CAT_(a, b)
#define PART1 (W == 4 ? 1 : 0) /* the first pass's part (vstep): 1, then 2 over the run; or 0 */
#define VD LW_CAT(vd, W)
#define VI LW_CAT(vi, W)
#define VU LW_CAT(vu, W)
#define VDU LW_CAT(vdu, W)
#define LANEV LW_CAT(lanev, W)
#if W == 4
#define INL static inline __attribute__((always_inline))
#else
#define INL static inline __attribute__((always_inline, target("arch=x86-64-v4")))
#endif

typedef double VD __attribute__((vector_size(8 * W)));
typedef int64_t VI __attribute__((vector_size(8 * W)));
typedef uint64_t VU __attribute__((vector_size(8 * W))); /* logical shifts (AVX2 has no 64-bit arithmetic one) */
typedef double VDU __attribute__((vector_size(8 * W), aligned(8))); /* unaligned loads */

/* The running sums of one vector of lanes (lanes l0 .. l0 + W - 1 of a `lanes`). */
typedef struct LANEV {
#define X(f) VD f;
  LANE_DOUBLES
#undef X
#define X(f) VI f;
  LANE_COUNTS
#undef X
} LANEV;

INL void LW_CAT(lane_get, W)(LANEV *t, const lanes *s, int l0) {
#define X(f) memcpy(&t->f, &s->f[l0], sizeof t->f);
  LANE_DOUBLES LANE_COUNTS
#undef X
}
INL void LW_CAT(lane_put, W)(lanes *s, const LANEV *t, int l0) {
#define X(f) memcpy(&s->f[l0], &t->f, sizeof t->f);
  LANE_DOUBLES LANE_COUNTS
#undef X
}

/* Comparisons give a mask VM: with W = 4 an integer vector (-1 or 0 per lane), with W = 8 an
 * AVX-512 mask register (GCC's generic vectors would take a 512-bit comparison apart lane by
 * lane); the same answers, used only through the helpers below. */
#if W == 4
#define VM VI
INL VM LW_CAT(m_dne, W)(VD a, VD b) { return a != b; }
INL VM LW_CAT(m_dlt, W)(VD a, VD b) { return a < b; }
INL VM LW_CAT(m_ieq, W)(VI a, VI b) { return a == b; }
INL VM LW_CAT(m_igt, W)(VI a, VI b) { return a > b; }
INL VM LW_CAT(m_and, W)(VM a, VM b) { return a & b; }
INL VD LW_CAT(vsel, W)(VM m, VD a, VD b) { return (VD)((m & (VI)a) | (~m & (VI)b)); } /* a where m, else b */
INL VI LW_CAT(vseli, W)(VM m, VI a, VI b) { return (m & a) | (~m & b); }
INL VD LW_CAT(vkeep, W)(VM m, VD a) { return (VD)(m & (VI)a); } /* a where m, else +0 */
INL VI LW_CAT(vcount, W)(VI c, VM m) { return c - m; }        /* c + 1 where m */
#else
#define VM __mmask8
INL VM LW_CAT(m_dne, W)(VD a, VD b) { return _mm512_cmp_pd_mask((__m512d)a, (__m512d)b, _CMP_NEQ_UQ); }
INL VM LW_CAT(m_dlt, W)(VD a, VD b) { return _mm512_cmp_pd_mask((__m512d)a, (__m512d)b, _CMP_LT_OQ); }
INL VM LW_CAT(m_ieq, W)(VI a, VI b) { return _mm512_cmpeq_epi64_mask((__m512i)a, (__m512i)b); }
INL VM LW_CAT(m_igt, W)(VI a, VI b) { return _mm512_cmpgt_epi64_mask((__m512i)a, (__m512i)b); }
INL VM LW_CAT(m_and, W)(VM a, VM b) { return (VM)(a & b); }
INL VD LW_CAT(vsel, W)(VM m, VD a, VD b) { return (VD)_mm512_mask_blend_pd(m, (__m512d)b, (__m512d)a); }
INL VI LW_CAT(vseli, W)(VM m, VI a, VI b) { return (VI)_mm512_mask_blend_epi64(m, (__m512i)b, (__m512i)a); }
INL VD LW_CAT(vkeep, W)(VM m, VD a) { return (VD)_mm512_maskz_mov_pd(m, (__m512d)a); }
INL VI LW_CAT(vcount, W)(VI c, VM m) {
  return (VI)_mm512_mask_sub_epi64((__m512i)c, m, (__m512i)c, _mm512_set1_epi64(-1));
}
#endif
INL VD LW_CAT(vabs, W)(VD a) { return (VD)((VI)a & (int64_t)MULERR_ABS_BITS); }
/* the running maximum of values with the sign bit clear, by their bits (see acc.c) */
INL VD LW_CAT(vmaxbits, W)(VD m, VD x) { return LW_CAT(vsel, W)(LW_CAT(m_igt, W)((VI)x, (VI)m), x, m); }

/* Sum2's step (as sum2() in acc.c) on a vector of lanes; a low part of 0 is not added. */
#define VSUM2(S, SL, x, ...)                                                                     \
  do {                                                                                           \
    const VD t_ = (S) + (x), b_ = t_ - (S);                                                      \
    (SL) += ((S) - (t_ - b_)) + ((x) - b_) __VA_ARGS__;                                          \
    (S) = t_;                                                                                    \
  } while (0)

/* Add one vector of pairs: error hi + lo (exact), exact product p rounded to double; part 1
 * adds to the sums of e (se .. se4, mae, ninex), part 2 to those of r and ulps (sr .. sr2,
 * su, mre, mu, nrel, nrz) and writes the bins, part 0 does both.  The two parts touch disjoint
 * sums, so running part 1 over a run and then part 2 over it gives every sum the same steps in
 * the same order as part 0, with half as many sums live: with W = 4 they then fit AVX2's 16
 * registers; AVX-512 has 32, and W = 8 runs part 0 (measured 4% faster on a Zen 5).  dump:
 * the lanes' dump slots, r's in the high words, e's in the low ones. */
INL void LW_CAT(vstep, W)(LANEV *s, VD hi, VD lo, VD p, VI *bin, VI ebits, VU kbits, VI dump, int part) {
  const VD zero = {0}, one = zero + 1;
  const VD ae = LW_CAT(vabs, W)(hi);
  if (part != 2) {
    /* hi^2 = e2 + its rounding error exactly (Dekker), plus 2 hi lo as in mulerr_acc_add */
    const VD e2 = hi * hi, c = 134217729.0 * hi, h = c - (c - hi), t = hi - h;
    const VD e2lo = (((h * h - e2) + (h * t + h * t)) + t * t) + 2 * hi * lo;
    const VD e4 = e2 * e2, aelo = LW_CAT(vsel, W)(LW_CAT(m_dlt, W)(hi, zero), -lo, lo);
    s->ninex = LW_CAT(vcount, W)(s->ninex, LW_CAT(m_dne, W)(hi, zero));
    VSUM2(s->se, s->sel, hi, + lo);
    VSUM2(s->sae, s->sael, ae, + aelo);
    VSUM2(s->se2, s->se2l, e2, + e2lo);
    s->se4 += e4; /* plain sums: see acc.c */
    s->mae = LW_CAT(vmaxbits, W)(s->mae, ae);
  }
  if (part != 1) {
    const VM nz = LW_CAT(m_dne, W)(p, zero);
    /* the ulp's scale 2^(ulp_mbits - max(e, ulp_emin)) for p = +-2^e (1.f), p normal: pe =
     * 2^e (p's exponent field alone), em = max(pe, 2^ulp_emin) = 2^max(e, ulp_emin) (of two
     * powers of two the larger has the larger bits; ebits = 2^ulp_emin's bits), and kbits =
     * (2046 + ulp_mbits) 2^52 minus em's bits (max(e, ulp_emin) + 1023) 2^52, modulo 2^64, is
     * (1023 + ulp_mbits - max(e, ulp_emin)) 2^52: the scale's bits (a normal binary64 where
     * mulerr_acc_block_applies), the same integer the exponent arithmetic gave before */
    const VI pe = (VI)p & (int64_t)0x7ff0000000000000, em = LW_CAT(vseli, W)(LW_CAT(m_igt, W)(pe, ebits), pe, ebits);
    /* computed for every lane, then kept where p != 0: no branch, no division by zero */
    const VD u = LW_CAT(vkeep, W)(nz, ae * (VD)(kbits - (VU)em));
    const VD r = LW_CAT(vkeep, W)(nz, hi / LW_CAT(vsel, W)(nz, p, one)), ar = LW_CAT(vabs, W)(r), r2 = r * r;
    const VI z = {0};
    const VM ez = LW_CAT(m_ieq, W)((VI)ae, z), rz = LW_CAT(m_ieq, W)((VI)ar, z); /* +0 (p = 0: r = +0) */
    const VI qe = LW_CAT(vseli, W)(ez, dump, (VI)((VU)ae >> QSHIFT));
    const VI qr = LW_CAT(vseli, W)(rz, (VI)((VU)dump >> 32), (VI)((VU)ar >> QSHIFT));
    *bin = qe | qr << 32; /* both below 2^31 */
    s->nrel = LW_CAT(vcount, W)(s->nrel, nz);
    s->nrz = LW_CAT(vcount, W)(s->nrz, LW_CAT(m_and, W)(nz, rz));
    VSUM2(s->su, s->sul, u);
    VSUM2(s->sr, s->srl, r);
    VSUM2(s->sar, s->sarl, ar);
    s->sr2 += r2;
    s->mu = LW_CAT(vmaxbits, W)(s->mu, u);
    s->mre = LW_CAT(vmaxbits, W)(s->mre, ar);
  }
}
#undef VSUM2

/* One vector of pairs from memory: with `given`, u0, u1, u2 hold hi, lo and the exact
 * product; else the approximation and the two operands, whose product is exact (the double
 * path), and TwoSum(x, -p) gives hi + lo = x - p exactly. */
INL void LW_CAT(vload, W)(LANEV *s, int given, const double *u0, const double *u1, const double *u2, int64_t *bin,
                          VI ebits, VU kbits, VI dump, int part) {
  VI b = {0};
  if (given) {
    LW_CAT(vstep, W)(s, *(const VDU *)u0, *(const VDU *)u1, *(const VDU *)u2, &b, ebits, kbits, dump, part);
  } else {
    const VD x = *(const VDU *)u0, p = *(const VDU *)u1 * *(const VDU *)u2;
    const VD hi = x - p, bb = hi - x, lo = (x - (hi - bb)) + (-p - bb);
    LW_CAT(vstep, W)(s, hi, lo, p, &b, ebits, kbits, dump, part);
  }
  if (part != 1) memcpy(bin, &b, sizeof b);
}

/* n pairs, pair i to lane i mod LANES; a last group of fewer than LANES pairs is padded with
 * zeros (error 0, product 0), which add exactly nothing: zeros to every sum, no count (but
 * |e| = 0's, which add_block takes back), no bin.  One vector of lanes at a time (lanes
 * l0 .. l0 + W - 1 over the whole run, then the next W, if W < LANES): each lane still sees
 * its own pairs in the same order, through the same operations, so the sums are those of a
 * pass taking every lane at each step; but one vector's sums fit the processor's registers,
 * where all of them spilled to memory at every step. */
INL void LW_CAT(lanes_body, W)(lanes *s, size_t n, int given, const double *u0, const double *u1,
                               const double *u2, int64_t *bins, int ulp_mbits, int ulp_emin) {
  /* vstep's constants for the ulp's scale: 2^ulp_emin's bits, (2046 + ulp_mbits) 2^52; an
   * ulp_emin below binary64's normals is below every normal p's exponent: any such will do */
  const int64_t eb = (int64_t)(1023 + (ulp_emin > -1023 ? ulp_emin : -1023)) << 52;
  const uint64_t kb = (uint64_t)(2046 + ulp_mbits) << 52;
  const VI zi = {0};
  const VI ebits = zi + eb;
  const VU kbits = (VU)zi + kb;
  const size_t full = n - n % LANES;
  double p0[LANES] = {0}, p1[LANES] = {0}, p2[LANES] = {0};
  int64_t pbins[LANES];
  size_t i;
  int l0, j;
  if (full < n) {
    memcpy(p0, u0 + full, (n - full) * sizeof *p0);
    memcpy(p1, u1 + full, (n - full) * sizeof *p1);
    memcpy(p2, u2 + full, (n - full) * sizeof *p2);
  }
  for (l0 = 0; l0 < LANES; l0 += W) { /* each vector of lanes, each part (vstep) over the whole run */
    int64_t d[W];
    VI dump;
    LANEV t;
    for (j = 0; j < W; j++) d[j] = (int64_t)(RDUMP + l0 + j) << 32 | (EDUMP + l0 + j);
    memcpy(&dump, d, sizeof dump);
    LW_CAT(lane_get, W)(&t, s, l0);
    for (i = (size_t)l0; i < full; i += LANES) {
      if (!given && l0 == 0) { /* the next run's operands (see PREFETCH) */
        __builtin_prefetch(u1 + i + PREFETCH, 0, 2);
        __builtin_prefetch(u2 + i + PREFETCH, 0, 2);
      }
      LW_CAT(vload, W)(&t, given, u0 + i, u1 + i, u2 + i, bins + i, ebits, kbits, dump, PART1);
    }
    if (full < n) LW_CAT(vload, W)(&t, given, p0 + l0, p1 + l0, p2 + l0, pbins + l0, ebits, kbits, dump, PART1);
    for (i = (size_t)l0; PART1 && i < full; i += LANES)
      LW_CAT(vload, W)(&t, given, u0 + i, u1 + i, u2 + i, bins + i, ebits, kbits, dump, 2);
    if (PART1 && full < n) LW_CAT(vload, W)(&t, given, p0 + l0, p1 + l0, p2 + l0, pbins + l0, ebits, kbits, dump, 2);
    LW_CAT(lane_put, W)(s, &t, l0);
  }
  if (full < n) memcpy(bins + full, pbins, (n - full) * sizeof *bins);
}

#undef VD
#undef VI
#undef VU
#undef VDU
#undef LANEV
#undef VM
#undef PART1
#undef INL
