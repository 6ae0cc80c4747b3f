/* integrate.c — the continuous limit m -> infinity by numerical integration (GSL).
 *
 * With x_m, y_m independent and uniform on [0, 1), each metric is a double integral over the
 * unit square, e.g. E|e| = int_0^1 int_0^1 |A(x, y) - (1 + x)(1 + y)| dy dx.
 *
 * Where the integrand is not smooth.  Each operand is quantised on a grid of cells: for
 * truncation [a/N, (a+1)/N) -> a; for FLOAT_RNE [(a - 1/2)/N, (a + 1/2)/N) -> a, clipped to
 * [0, 1) (a = N is the value 2.0); for LNS [2^((n - 1/2)/F) - 1, 2^((n + 1/2)/F) - 1) -> n,
 * F = 2^f.  On a cell (pair of operand cells) the approximation A is a constant, because
 * it depends on the operands only through their codes.  In particular the L-Mul carry line
 * x_k + y_k + 2^-l = 1, seen in (x_m, y_m), is a staircase along cell edges: the carry region
 * is a union of cells, and splitting at the cells splits at it.  Inside a cell
 *     e = A - (1 + x)(1 + y),  e^2,  r = A / ((1 + x)(1 + y)) - 1
 * are polynomials or analytic, and |e|, |r| have one kink, on the hyperbola
 * (1 + x)(1 + y) = A, i.e. y*(x) = A/(1 + x) - 1.  So:
 *   inner integral over y on the cell's y-interval, split at y*(x) when inside it;
 *   outer integral over x on the cell's x-interval, split where y*(x) meets the cell's
 *   y-edges, x = A/(1 + y0) - 1 and A/(1 + y1) - 1 (there the inner integral's derivative
 *   has a kink);
 * each piece by gsl_integration_qag with the 21-point Gauss-Kronrod rule (exact for the
 * polynomial integrands, converging geometrically for the analytic ones).  Tolerances:
 * relative 1e-13 inner, 1e-12 outer.  When a cell's signed integral cancels to far below
 * its absolute integral, the relative tolerance is unreachable and GSL says so with
 * GSL_EROUND after computing its best value; that is accepted (the error is then at the
 * round-off floor 50 eps int |g|), every other GSL error is a failure.
 */
#include "internal.h"
#include "theory.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_integration.h>
#include <stdlib.h>

#define WS_LIMIT 64
#define EPSREL_INNER 1e-13
#define EPSREL_OUTER 1e-12
#define MAX_INT_K 10 /* 4^10 cells */

/* The cells of one operand: [lo[c], hi[c]) has code code[c]. */
typedef struct cells {
  size_t n;
  double *lo, *hi;
  long *code;
} cells;

/* The state of one cell's integration. */
typedef struct cellint {
  double a;          /* the approximation on this cell */
  double y0, y1;     /* the cell's y-interval */
  double x;          /* the outer variable, for the inner integrand */
  int metric;
  gsl_integration_workspace *win;
  int status;        /* first hard GSL failure, 0 if none */
  double inner_err;  /* the largest inner error estimate met at any outer node */
} cellint;

static double g(const cellint *s, double x, double y) {
  const double p = (1 + x) * (1 + y), e = s->a - p;
  switch (s->metric) {
  case MULERR_THEORY_E: return e;
  case MULERR_THEORY_AE: return fabs(e);
  case MULERR_THEORY_E2: return e * e;
  case MULERR_THEORY_R: return e / p;
  default: return fabs(e) / p;
  }
}

static int is_abs(int metric) { return metric == MULERR_THEORY_AE || metric == MULERR_THEORY_AR; }

static double inner_f(double y, void *ctx) {
  const cellint *s = ctx;
  return g(s, s->x, y);
}

/* Integrate f on [lo, hi] split at the sorted points pts[0..np) that lie strictly inside. */
static double pieces(gsl_function *f, double lo, double hi, const double *pts, int np,
                     double epsrel, gsl_integration_workspace *w, int *status, double *abserr) {
  double sum = 0, a = lo;
  int t;
  for (t = 0; t <= np; t++) {
    const double b = t < np ? pts[t] : hi;
    double res, err;
    int rc;
    if (!(b > a) || b > hi) continue;
    rc = gsl_integration_qag(f, a, b, 0, epsrel, WS_LIMIT, GSL_INTEG_GAUSS21, w, &res, &err);
    if (rc != GSL_SUCCESS && rc != GSL_EROUND && !*status) *status = rc;
    sum += res;
    *abserr += err;
    a = b;
  }
  return sum;
}

static void sort2(double *p) {
  if (p[0] > p[1]) {
    double t = p[0];
    p[0] = p[1], p[1] = t;
  }
}

static double outer_f(double x, void *ctx) {
  cellint *s = ctx;
  gsl_function f = {inner_f, s};
  double kink = s->a / (1 + x) - 1, err = 0, v;
  s->x = x;
  v = pieces(&f, s->y0, s->y1, &kink, is_abs(s->metric) ? 1 : 0, EPSREL_INNER, s->win,
             &s->status, &err);
  if (err > s->inner_err) s->inner_err = err;
  return v;
}

static void cells_free(cells *c) {
  free(c->lo);
  free(c->hi);
  free(c->code);
}

/* The cells of an operand under cfg (see the top of the file). */
static int cells_make(const mulerr_theory_cfg *c, cells *out) {
  size_t n, t;
  out->n = n = c->method == MULERR_THEORY_LNS ? ((size_t)1 << c->f) + 1
               : c->method == MULERR_THEORY_FLOAT_RNE ? ((size_t)1 << c->k) + 1
                                                      : (size_t)1 << c->k;
  out->lo = malloc(n * sizeof *out->lo);
  out->hi = malloc(n * sizeof *out->hi);
  out->code = malloc(n * sizeof *out->code);
  if (!out->lo || !out->hi || !out->code) return -1;
  for (t = 0; t < n; t++) {
    out->code[t] = (long)t;
    switch (c->method) {
    case MULERR_THEORY_LNS: { /* boundaries 2^((t -+ 1/2)/F) - 1, clipped */
      const double fs = ldexp(1.0, c->f);
      out->lo[t] = t == 0 ? 0 : exp2(((double)t - 0.5) / fs) - 1;
      out->hi[t] = t == n - 1 ? 1 : exp2(((double)t + 0.5) / fs) - 1;
      break;
    }
    case MULERR_THEORY_FLOAT_RNE: /* exact: dyadic */
      out->lo[t] = t == 0 ? 0 : ldexp(2.0 * (double)t - 1, -(c->k + 1));
      out->hi[t] = t == n - 1 ? 1 : ldexp(2.0 * (double)t + 1, -(c->k + 1));
      break;
    default:
      out->lo[t] = ldexp((double)t, -c->k);
      out->hi[t] = ldexp((double)t + 1, -c->k);
    }
  }
  return 0;
}

/* The approximation on the cell of codes cx, cy, as a double: exact for the rational methods
 * (fewer than 53 significant bits), correctly rounded 2^((cx + cy)/F) for LNS. */
static double cell_approx(const mulerr_theory_cfg *c, long cx, long cy) {
  if (c->method == MULERR_THEORY_LNS) return exp2((double)(cx + cy) / ldexp(1.0, c->f));
  {
    const int q = mulerr_theory_scale(c);
    return ldexp((double)mulerr_theory_approx_scaled(c, cx, cy, q), -q);
  }
}

mulerr_status mulerr_theory_integrate(const mulerr_theory_cfg *cfg, unsigned want,
                                      mulerr_theory_d *out) {
  mulerr_theory_cfg c = *cfg;
  mulerr_status st = mulerr_theory_prepare(&c);
  gsl_error_handler_t *old;
  gsl_integration_workspace *wout, *win;
  cells cs = {0, NULL, NULL, NULL};
  size_t ix, iy;
  int metric, status = 0;
  if (st != MULERR_OK) return st;
  if (c.m != MULERR_THEORY_M_INF)
    return mulerr_fail(MULERR_EINVAL, "theory: integrate is the m = infinity limit (m = %d given)", c.m);
  if (c.method == MULERR_THEORY_LNS ? c.f > MAX_INT_K : c.k > MAX_INT_K)
    return mulerr_fail(MULERR_EINVAL, "theory: integrate supports k, f <= %d", MAX_INT_K);
  want &= MULERR_THEORY_ALL;
  out->have = 0;
  wout = gsl_integration_workspace_alloc(WS_LIMIT);
  win = gsl_integration_workspace_alloc(WS_LIMIT);
  if (!wout || !win || cells_make(&c, &cs)) {
    cells_free(&cs);
    if (wout) gsl_integration_workspace_free(wout);
    if (win) gsl_integration_workspace_free(win);
    return mulerr_fail(MULERR_ENOMEM, "theory: out of memory integrating");
  }
  old = gsl_set_error_handler_off();
  for (metric = 0; metric < MULERR_THEORY_NMETRIC; metric++) {
    double sum = 0, err = 0;
    if (!(want & MULERR_THEORY_BIT(metric))) continue;
    for (ix = 0; ix < cs.n; ix++) {
      for (iy = 0; iy < cs.n; iy++) {
        cellint s;
        gsl_function f = {outer_f, &s};
        double pts[2];
        s.a = cell_approx(&c, cs.code[ix], cs.code[iy]);
        s.y0 = cs.lo[iy], s.y1 = cs.hi[iy];
        s.metric = metric;
        s.win = win;
        s.status = 0;
        s.inner_err = 0;
        pts[0] = s.a / (1 + s.y0) - 1;
        pts[1] = s.a / (1 + s.y1) - 1;
        sort2(pts);
        sum += pieces(&f, cs.lo[ix], cs.hi[ix], pts, is_abs(metric) ? 2 : 0, EPSREL_OUTER, wout,
                      &s.status, &err);
        err += s.inner_err * (cs.hi[ix] - cs.lo[ix]);
        if (s.status && !status) status = s.status;
      }
    }
    out->v[metric] = sum;
    out->err[metric] = err;
  }
  gsl_set_error_handler(old);
  cells_free(&cs);
  gsl_integration_workspace_free(wout);
  gsl_integration_workspace_free(win);
  if (status)
    return mulerr_fail(MULERR_EINVAL, "theory: GSL integration failed: %s", gsl_strerror(status));
  out->have = want;
  return MULERR_OK;
}
