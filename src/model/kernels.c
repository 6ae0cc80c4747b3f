/* kernels.c — the vector loops of the model's forward pass (contracts in kernels.h).
 *
 * Four-lane vectors of GCC's vector extension: lane-independent IEEE operations (no
 * contraction: -ffp-contract=off), so a lane computes what the scalar loop computes for its
 * output.  Blocks of eight vectors keep 32 independent sums in registers, enough to hide the
 * latency of the additions each sum chains. */
#include "model/kernels.h"

#include <string.h>

#pragma GCC diagnostic ignored "-Wpsabi" /* the vector helpers are static: no ABI crosses */
typedef double v4d __attribute__((vector_size(32)));
typedef int64_t v4i __attribute__((vector_size(32)));  /* comparison masks */
typedef uint64_t v4u __attribute__((vector_size(32))); /* bit patterns: sums wrap around */
typedef float v4f __attribute__((vector_size(16)));

#define NB 8 /* vectors per block */
#define UNROLL _Pragma("GCC unroll 8")

static inline v4d ld4(const double *p) {
  v4d v;
  memcpy(&v, p, sizeof v);
  return v;
}
static inline v4u ldu4(const double *p) {
  v4u v;
  memcpy(&v, p, sizeof v);
  return v;
}
static inline void st4(double *p, v4d v) { memcpy(p, &v, sizeof v); }
/* four binary32 values widened (exactly) to binary64 (one vcvtps2pd on x86-64-v3) */
static inline v4d cvt4(const float *p) { return (v4d){p[0], p[1], p[2], p[3]}; }
static inline v4d bc4(double x) { return (v4d){x, x, x, x}; }
static inline v4u bcu4(uint64_t x) { return (v4u){x, x, x, x}; }
static inline v4i as_i(v4d v) {
  v4i u;
  memcpy(&u, &v, sizeof u);
  return u;
}
static inline v4d as_d(v4u u) {
  v4d v;
  memcpy(&v, &u, sizeof v);
  return v;
}

/* ---------------------------------------------------------------- reference */

MULERR_HOT void mulerr_mk_matvec_ref(const float *panel, const double *x, size_t rows, size_t cols,
                                     double *out) {
  size_t p, i, j, b;
  for (p = 0; p * 32 < rows; p++) { /* MULERR_PANEL == 32 rows: eight vectors */
    const float *w = panel + p * 32 * cols;
    v4d s[NB] = {{0}};
    double o[32];
    for (i = 0; i < cols; i++, w += 32) {
      const v4d xi = bc4(x[i]);
      UNROLL for (b = 0; b < NB; b++) s[b] += cvt4(w + 4 * b) * xi;
    }
    UNROLL for (b = 0; b < NB; b++) st4(o + 4 * b, s[b]);
    for (j = 0; j < 32 && p * 32 + j < rows; j++) out[p * 32 + j] = o[j];
  }
}

MULERR_HOT void mulerr_mk_score_ref(const double *q, const double *kT, size_t S, size_t np, size_t nh,
                                    size_t kv_mul, size_t hs, double *att) {
  size_t h, i, t, b;
  for (h = 0; h < nh; h++) {
    double *a = att + h * S;
    const double *qh = q + h * hs, *kh = kT + (h / kv_mul) * hs * S;
    for (t = 0; t + 4 * NB <= np; t += 4 * NB) {
      v4d s[NB] = {{0}};
      for (i = 0; i < hs; i++) {
        const v4d qi = bc4(qh[i]);
        const double *kr = kh + i * S + t;
        UNROLL for (b = 0; b < NB; b++) s[b] += qi * ld4(kr + 4 * b);
      }
      UNROLL for (b = 0; b < NB; b++) st4(a + t + 4 * b, s[b]);
    }
    for (; t + 4 <= np; t += 4) {
      v4d s = {0};
      for (i = 0; i < hs; i++) s += bc4(qh[i]) * ld4(kh + i * S + t);
      st4(a + t, s);
    }
    for (; t < np; t++) {
      double s = 0;
      for (i = 0; i < hs; i++) s += qh[i] * kh[i * S + t];
      a[t] = s;
    }
  }
}

/* The lane plan of 4 NB outputs of the value products from output j0: block b (outputs
 * j0 + 4b ..) lies in head h = (j0 + 4b) / hs (hs a multiple of 4); hoff[b] = h times
 * hstride, voff[b] = that head's value column. */
static void lane_plan(size_t j0, size_t nb, size_t hs, size_t kv_mul, size_t hstride, size_t *hoff, size_t *voff) {
  size_t b;
  for (b = 0; b < nb; b++) {
    const size_t j = j0 + 4 * b, h = j / hs;
    hoff[b] = h * hstride;
    voff[b] = (h / kv_mul) * hs + j % hs;
  }
}

MULERR_HOT void mulerr_mk_value_ref(const double *att, const double *v, size_t kvd, size_t S, size_t np,
                                    size_t nh, size_t kv_mul, size_t hs, double *xb) {
  const size_t n = nh * hs;
  size_t j0 = 0, t, b, i, h;
  if (hs % 4) { /* no vector plan: output by output */
    for (h = 0; h < nh; h++)
      for (i = 0; i < hs; i++) {
        double s = 0;
        for (t = 0; t < np; t++) s += att[h * S + t] * v[t * kvd + (h / kv_mul) * hs + i];
        xb[h * hs + i] = s;
      }
    return;
  }
  for (; j0 + 4 * NB <= n; j0 += 4 * NB) {
    size_t ao[NB], vo[NB];
    v4d s[NB] = {{0}};
    lane_plan(j0, NB, hs, kv_mul, S, ao, vo);
    for (t = 0; t < np; t++) {
      const double *vt = v + t * kvd, *at = att + t;
      UNROLL for (b = 0; b < NB; b++) s[b] += bc4(at[ao[b]]) * ld4(vt + vo[b]);
    }
    UNROLL for (b = 0; b < NB; b++) st4(xb + j0 + 4 * b, s[b]);
  }
  for (; j0 < n; j0 += 4) {
    size_t ao, vo;
    v4d s = {0};
    lane_plan(j0, 1, hs, kv_mul, S, &ao, &vo);
    for (t = 0; t < np; t++) s += bc4(att[ao + t]) * ld4(v + t * kvd + vo);
    st4(xb + j0, s);
  }
}

MULERR_HOT void mulerr_mk_softmax(double *x, size_t n, double scale) {
  double mx, sum = 0, m4[4];
  v4d m;
  size_t i;
  if (!n) return;
  MULERR_SIMD
  for (i = 0; i < n; i++) x[i] /= scale;
  /* the largest value: the same as "if (x[i] > mx) mx = x[i]" from x[0] unless x holds a NaN,
   * and then every output is NaN whichever mx is (the NaN enters the sum); mx's sign of zero
   * does not change x[i] - mx */
  mx = x[0];
  m = bc4(mx);
  for (i = 0; i + 4 <= n; i += 4) {
    const v4u gt = (v4u)(ld4(x + i) > m), mi = (v4u)as_i(m); /* gt: all ones where x[i] > m */
    m = as_d((ldu4(x + i) & gt) | (mi & ~gt));
  }
  st4(m4, m);
  for (; i < n; i++)
    if (x[i] > mx) mx = x[i];
  for (i = 0; i < 4; i++)
    if (m4[i] > mx) mx = m4[i];
  for (i = 0; i < n; i++) sum += x[i] = exp(x[i] - mx);
  MULERR_SIMD
  for (i = 0; i < n; i++) x[i] /= sum;
}

/* ------------------------------------------------------------------ L-Mul */

#define LANE_LO ((uint64_t)(1023 - 500) << 52) /* 2^-500 */
#define LANE_HI ((uint64_t)(1023 + 501) << 52) /* 2^501 */

MULERR_HOT int mulerr_mk_lanes(size_t n, const double *x) {
  size_t i, zero = 0, bad = 0;
  MULERR_SIMD_COUNT(zero)
  for (i = 0; i < n; i++) {
    const uint64_t m = mulerr_d2u(x[i]) & MULERR_ABS_BITS;
    zero += m == 0;
  }
  MULERR_SIMD_COUNT(bad)
  for (i = 0; i < n; i++) {
    const uint64_t m = mulerr_d2u(x[i]) & MULERR_ABS_BITS;
    bad += (m - LANE_LO >= LANE_HI - LANE_LO) & (m != 0); /* unsigned: below LANE_LO wraps high */
  }
  return (zero ? MULERR_MK_ZERO : 0) | (bad ? MULERR_MK_BAD : 0);
}

MULERR_HOT size_t mulerr_mk_code(uint64_t c, size_t n, const double *x, uint64_t *code) {
  size_t i, bad = 0;
  MULERR_SIMD_COUNT(bad)
  for (i = 0; i < n; i++) {
    const uint64_t u = mulerr_d2u(x[i]), m = u & MULERR_ABS_BITS, s = u & MULERR_SIGN_BIT;
    const int lane = m - LANE_LO < LANE_HI - LANE_LO;
    code[2 * i] = lane ? m - c + s : 0;
    code[2 * i + 1] = lane ? ~0ull : 0;
    bad += !lane & (m != 0);
  }
  return bad;
}

/* the products of a coded operand (a, m) with four lane operands u; masked: +0 where u is a
 * zero */
static inline __attribute__((always_inline)) v4d prod4(int masked, v4u u, v4u a, v4u m) {
  const v4u p = (u & m) + a;
  return as_d(masked ? p & (v4u)((u & MULERR_ABS_BITS) != (u ^ u)) : p);
}
static inline __attribute__((always_inline)) double prod1(int masked, uint64_t u, uint64_t a, uint64_t m) {
  return mulerr_u2d(masked && !(u & MULERR_ABS_BITS) ? 0 : (u & m) + a);
}

/* The body of mulerr_mk_lmul_score for one kind of sum and lanes (f32, masked constants after
 * inlining). */
static inline __attribute__((always_inline)) void score_body(int f32, int masked, const uint64_t *qc,
                                                              const double *kT, size_t S, size_t np, size_t hs,
                                                              double *out) {
  size_t i, t, b;
  for (t = 0; t + 4 * NB <= np; t += 4 * NB) {
    v4f sf[NB] = {{0}};
    v4d sd[NB] = {{0}};
    for (i = 0; i < hs; i++) {
      const v4u a = bcu4(qc[2 * i]), m = bcu4(qc[2 * i + 1]);
      const double *kr = kT + i * S + t;
      if (f32) {
        UNROLL for (b = 0; b < NB; b++) sf[b] += __builtin_convertvector(prod4(masked, ldu4(kr + 4 * b), a, m), v4f);
      } else {
        UNROLL for (b = 0; b < NB; b++) sd[b] += prod4(masked, ldu4(kr + 4 * b), a, m);
      }
    }
    UNROLL for (b = 0; b < NB; b++) st4(out + t + 4 * b, f32 ? __builtin_convertvector(sf[b], v4d) : sd[b]);
  }
  for (; t + 4 <= np; t += 4) {
    v4f sf = {0};
    v4d sd = {0};
    for (i = 0; i < hs; i++) {
      const v4d p = prod4(masked, ldu4(kT + i * S + t), bcu4(qc[2 * i]), bcu4(qc[2 * i + 1]));
      if (f32) sf += __builtin_convertvector(p, v4f);
      else sd += p;
    }
    st4(out + t, f32 ? __builtin_convertvector(sf, v4d) : sd);
  }
  for (; t < np; t++) {
    float sf = 0;
    double sd = 0;
    for (i = 0; i < hs; i++) {
      const double p = prod1(masked, mulerr_d2u(kT[i * S + t]), qc[2 * i], qc[2 * i + 1]);
      if (f32) sf += (float)p;
      else sd += p;
    }
    out[t] = f32 ? sf : sd;
  }
}

MULERR_HOT void mulerr_mk_lmul_score(int f32, int masked, const uint64_t *qc, const double *kT, size_t S,
                                     size_t np, size_t hs, double *out) {
  if (masked) {
    if (f32) score_body(1, 1, qc, kT, S, np, hs, out);
    else score_body(0, 1, qc, kT, S, np, hs, out);
  } else {
    if (f32) score_body(1, 0, qc, kT, S, np, hs, out);
    else score_body(0, 0, qc, kT, S, np, hs, out);
  }
}

static inline __attribute__((always_inline)) void value_body(int f32, int masked, const uint64_t *pc,
                                                              const double *v, size_t kvd, size_t np, size_t nh,
                                                              size_t kv_mul, size_t hs, double *xb) {
  const size_t n = nh * hs;
  size_t j0 = 0, t, b;
  for (; j0 + 4 * NB <= n; j0 += 4 * NB) {
    size_t co[NB], vo[NB];
    v4f sf[NB] = {{0}};
    v4d sd[NB] = {{0}};
    lane_plan(j0, NB, hs, kv_mul, 2 * np, co, vo);
    for (t = 0; t < np; t++) {
      const double *vt = v + t * kvd;
      const uint64_t *ct = pc + 2 * t;
      if (f32) {
        UNROLL for (b = 0; b < NB; b++)
          sf[b] += __builtin_convertvector(prod4(masked, ldu4(vt + vo[b]), bcu4(ct[co[b]]), bcu4(ct[co[b] + 1])), v4f);
      } else {
        UNROLL for (b = 0; b < NB; b++)
          sd[b] += prod4(masked, ldu4(vt + vo[b]), bcu4(ct[co[b]]), bcu4(ct[co[b] + 1]));
      }
    }
    UNROLL for (b = 0; b < NB; b++) st4(xb + j0 + 4 * b, f32 ? __builtin_convertvector(sf[b], v4d) : sd[b]);
  }
  for (; j0 < n; j0 += 4) {
    size_t co, vo;
    v4f sf = {0};
    v4d sd = {0};
    lane_plan(j0, 1, hs, kv_mul, 2 * np, &co, &vo);
    for (t = 0; t < np; t++) {
      const v4d p = prod4(masked, ldu4(v + t * kvd + vo), bcu4(pc[co + 2 * t]), bcu4(pc[co + 2 * t + 1]));
      if (f32) sf += __builtin_convertvector(p, v4f);
      else sd += p;
    }
    st4(xb + j0, f32 ? __builtin_convertvector(sf, v4d) : sd);
  }
}

MULERR_HOT void mulerr_mk_lmul_value(int f32, int masked, const uint64_t *pc, const double *v, size_t kvd,
                                     size_t np, size_t nh, size_t kv_mul, size_t hs, double *xb) {
  if (masked) {
    if (f32) value_body(1, 1, pc, v, kvd, np, nh, kv_mul, hs, xb);
    else value_body(0, 1, pc, v, kvd, np, nh, kv_mul, hs, xb);
  } else {
    if (f32) value_body(1, 0, pc, v, kvd, np, nh, kv_mul, hs, xb);
    else value_body(0, 0, pc, v, kvd, np, nh, kv_mul, hs, xb);
  }
}

static inline __attribute__((always_inline)) void panel_body(int f32, int masked, const uint64_t *xc,
                                                              const double *w, size_t cols, double *out) {
  v4f sf[NB] = {{0}};
  v4d sd[NB] = {{0}};
  size_t i, b;
  for (i = 0; i < cols; i++, w += 4 * NB) {
    const v4u a = bcu4(xc[2 * i]), m = bcu4(xc[2 * i + 1]);
    if (f32) {
      UNROLL for (b = 0; b < NB; b++) sf[b] += __builtin_convertvector(prod4(masked, ldu4(w + 4 * b), a, m), v4f);
    } else {
      UNROLL for (b = 0; b < NB; b++) sd[b] += prod4(masked, ldu4(w + 4 * b), a, m);
    }
  }
  UNROLL for (b = 0; b < NB; b++) st4(out + 4 * b, f32 ? __builtin_convertvector(sf[b], v4d) : sd[b]);
}

MULERR_HOT void mulerr_mk_lmul_panel(int f32, int masked, const uint64_t *xc, const double *w, size_t cols,
                                     double *out) {
  if (masked) {
    if (f32) panel_body(1, 1, xc, w, cols, out);
    else panel_body(0, 1, xc, w, cols, out);
  } else {
    if (f32) panel_body(1, 0, xc, w, cols, out);
    else panel_body(0, 0, xc, w, cols, out);
  }
}
