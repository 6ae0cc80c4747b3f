/* weights.c — the `weights` distribution: values of real trained weights read from checkpoint
 * files (safetensors, GGUF, llama2.c .bin; see src/weights/), alone or pooled over several
 * files.
 *
 * Syntax (after "weights:"):
 *     SOURCE[+SOURCE...]        SOURCE = FILE[:tensors=GLOB[|GLOB...]][:weight=W]
 * e.g. weights:model.gguf:tensors=blk.*.attn_*
 *      weights:a.gguf+b.safetensors                       (a and b count equally)
 *      weights:a.gguf:weight=3+b.safetensors:weight=1     (3/4 of the values from a)
 * Options bind to the FILE they follow.  GLOB is a shell pattern (fnmatch; '*' also matches
 * '.'), several joined by '|'; without tensors= every tensor of the file is used.  W > 0
 * (default 1) is the share of the pool a source gets, normalised over the sources.  A FILE
 * or GLOB cannot contain ':' or '+', and a GLOB no ',' (the command line's list separator).
 *
 * Sampling.  A value is drawn by choosing a source with probability W / sum(W) (only if there
 * are several: one gsl_rng_uniform), then an index uniform over all finite values of the
 * source's selected tensors (mulerr_uniform_u64: gsl_rng_uniform_int, or 64 bits from four
 * 16-bit draws with rejection for pools over 2^32 - 1 values), so every finite value of a
 * source is equally likely and
 * tensors contribute in proportion to their size.  Non-finite stored values are counted
 * when the file is opened and skipped exactly (not by rejection), so the stream uses a fixed
 * number of draws per value and the sample is a pure function of the generator.  The value
 * is then rounded into the point's source format (round to nearest even), the identity
 * when the source format holds the stored dtype (native() below). */
#include "internal.h"
#include "engine/stream.h"
#include "weights/weights.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct wsource {
  mulerr_weights *w;
  char *patterns;             /* NULL: every tensor */
  double weight;
  size_t nt;                  /* selected tensors */
  const mulerr_tensor **t;
  uint64_t *cum;              /* cum[k]: finite values in tensors 0..k-1 (nt + 1 entries) */
  uint64_t **bad, *nbad;      /* per tensor: indices of non-finite values, ascending */
  uint64_t nonfinite;
  const mulerr_format *native;
  /* --scale (draw_amax): per tensor the max |finite value| and per row (outermost index) the
   * same, computed on first use under amax_lock; NULL until then */
  double *tamax, **ramax;
  /* the finite values in draw order (value idx of the pool is flat[idx]), as floats (which
   * hold every stored dtype's values exactly), for pools of at most FLAT_MAX values; NULL
   * otherwise: a cache for version 2's fast draw, the same values either way */
  float *flat;
} wsource;
#define FLAT_MAX ((uint64_t)1 << 24)

static pthread_mutex_t amax_lock = PTHREAD_MUTEX_INITIALIZER;

typedef struct wstate {
  size_t ns;
  wsource *s;
  double *cumw;               /* cumulative weights, cumw[ns - 1] = total */
  uint64_t nonfinite;
  const mulerr_format *native;
} wstate;

static void free_state(wstate *st) {
  size_t i, k;
  if (!st) return;
  for (i = 0; i < st->ns; i++) {
    wsource *s = &st->s[i];
    for (k = 0; s->bad && k < s->nt; k++) free(s->bad[k]);
    for (k = 0; s->ramax && k < s->nt; k++) free(s->ramax[k]);
    free(s->ramax);
    free(s->tamax);
    free(s->bad);
    free(s->nbad);
    free(s->cum);
    free(s->t);
    free(s->patterns);
    free(s->flat);
    mulerr_weights_close(s->w);
  }
  free(st->s);
  free(st->cumw);
  free(st);
}

static void wclose(mulerr_dist_spec *spec) {
  free_state(spec->state);
  spec->state = NULL;
}

/* The narrowest registry format that holds both: equal ones, else fp32 (which holds F32,
 * F16, BF16 and Q8_0 values exactly). */
static const mulerr_format *join(const mulerr_format *a, const mulerr_format *b) {
  if (!a) return b;
  if (!b || a == b) return a;
  return mulerr_format_find("fp32");
}

/* s->flat: every finite value of the selected tensors in order, if at most FLAT_MAX and all
 * floats; else (or out of memory) left NULL. */
static void build_flat(wsource *s) {
  enum { CH = 4096 };
  double buf[CH];
  uint64_t at = 0, k, o;
  if (s->cum[s->nt] > FLAT_MAX || !(s->flat = malloc(s->cum[s->nt] * sizeof *s->flat))) return;
  for (k = 0; k < s->nt; k++)
    for (o = 0; o < s->t[k]->count; o += CH) {
      const size_t m = s->t[k]->count - o < CH ? (size_t)(s->t[k]->count - o) : CH;
      size_t j;
      mulerr_tensor_read(s->t[k], o, m, buf);
      for (j = 0; j < m; j++) {
        if (!isfinite(buf[j])) continue;
        if ((double)(float)buf[j] != buf[j] || at >= s->cum[s->nt]) { /* not expected: no cache */
          free(s->flat);
          s->flat = NULL;
          return;
        }
        s->flat[at++] = (float)buf[j];
      }
    }
  if (at != s->cum[s->nt]) free(s->flat), s->flat = NULL;
}

/* Open one "FILE[:key=value...]" (text modified in place). */
static mulerr_status open_source(const char *all, char *text, wsource *s) {
  char *opt = strchr(text, ':'), *file = text;
  size_t *idx = NULL, k;
  int have_w = 0;
  mulerr_status st;
  s->weight = 1;
  if (opt) *opt++ = 0;
  if (!*file)
    return mulerr_fail(MULERR_EINVAL, "distribution '%s': a source has no file name (syntax: "
                       "weights:FILE[:tensors=GLOB|GLOB][:weight=W][+FILE...])", all);
  while (opt) {
    char *next = strchr(opt, ':'), *eq;
    if (next) *next++ = 0;
    eq = strchr(opt, '=');
    if (!eq)
      return mulerr_fail(MULERR_EINVAL, "distribution '%s': '%s' is not key=value (keys: tensors, "
                         "weight)", all, opt);
    *eq++ = 0;
    if (!strcmp(opt, "tensors")) {
      if (s->patterns)
        return mulerr_fail(MULERR_EINVAL, "distribution '%s': tensors= given twice for %s (join "
                           "patterns with '|')", all, file);
      if (!*eq) return mulerr_fail(MULERR_EINVAL, "distribution '%s': empty tensors= pattern", all);
      if (!(s->patterns = strdup(eq))) return mulerr_fail(MULERR_ENOMEM, "out of memory");
    } else if (!strcmp(opt, "weight")) {
      char *end;
      if (have_w++)
        return mulerr_fail(MULERR_EINVAL, "distribution '%s': weight= given twice for %s", all, file);
      errno = 0;
      s->weight = strtod(eq, &end);
      if (end == eq || *end || errno || !isfinite(s->weight) || !(s->weight > 0))
        return mulerr_fail(MULERR_EINVAL, "distribution '%s': weight '%s' is not a finite number > 0",
                           all, eq);
    } else
      return mulerr_fail(MULERR_EINVAL, "distribution '%s': unknown option '%s' (weights takes: "
                         "tensors, weight)", all, opt);
    opt = next;
  }
  if ((st = mulerr_weights_open(file, &s->w)) != MULERR_OK) return st;
  if ((st = mulerr_weights_select(s->w, s->patterns, 0, &idx, &s->nt)) != MULERR_OK) return st;
  s->t = malloc(s->nt * sizeof *s->t);
  s->cum = calloc(s->nt + 1, sizeof *s->cum);
  s->bad = calloc(s->nt, sizeof *s->bad);
  s->nbad = calloc(s->nt, sizeof *s->nbad);
  if (!s->t || !s->cum || !s->bad || !s->nbad) {
    free(idx);
    return mulerr_fail(MULERR_ENOMEM, "%s: out of memory", file);
  }
  for (k = 0; k < s->nt; k++) {
    s->t[k] = &s->w->tensors[idx[k]];
    if ((st = mulerr_tensor_nonfinite(s->t[k], &s->nbad[k], &s->bad[k])) != MULERR_OK) {
      free(idx);
      return st;
    }
    s->nonfinite += s->nbad[k];
    s->cum[k + 1] = s->cum[k] + (s->t[k]->count - s->nbad[k]); /* <= file size: no overflow */
    s->native = join(s->native, mulerr_wdtype_format(s->t[k]->dtype));
  }
  free(idx);
  if (s->cum[s->nt] == 0)
    return mulerr_fail(MULERR_EIO, "%s: the selected tensors%s%s%s hold no finite value (%llu "
                       "elements, all NaN or Inf, or empty)", file, s->patterns ? " ('" : "",
                       s->patterns ? s->patterns : "", s->patterns ? "')" : "",
                       (unsigned long long)s->nonfinite);
  build_flat(s);
  return MULERR_OK;
}

static mulerr_status wopen(mulerr_dist_spec *spec, const char *args) {
  char *buf, *p;
  size_t n = 1, i;
  wstate *st;
  mulerr_status rc = MULERR_OK;
  if (!*args)
    return mulerr_fail(MULERR_EINVAL, "distribution 'weights' needs a file: "
                       "weights:FILE[:tensors=GLOB|GLOB][:weight=W][+FILE...]");
  if (!(buf = strdup(args)) || !(st = calloc(1, sizeof *st))) {
    free(buf);
    return mulerr_fail(MULERR_ENOMEM, "out of memory");
  }
  for (p = buf; *p; p++) n += *p == '+';
  st->s = calloc(n, sizeof *st->s);
  st->cumw = calloc(n, sizeof *st->cumw);
  if (!st->s || !st->cumw) rc = mulerr_fail(MULERR_ENOMEM, "out of memory");
  for (p = buf, i = 0; rc == MULERR_OK && i < n; i++) {
    char *plus = strchr(p, '+');
    if (plus) *plus = 0;
    st->ns = i + 1;
    rc = open_source(spec->text, p, &st->s[i]);
    if (rc == MULERR_OK) {
      st->cumw[i] = (i ? st->cumw[i - 1] : 0) + st->s[i].weight;
      st->nonfinite += st->s[i].nonfinite;
      st->native = join(st->native, st->s[i].native);
    }
    p = plus ? plus + 1 : p;
  }
  free(buf);
  if (rc == MULERR_OK && !isfinite(st->cumw[st->ns - 1]))
    rc = mulerr_fail(MULERR_EINVAL, "distribution '%s': the weights add up to more than a double holds",
                     spec->text);
  if (rc != MULERR_OK) {
    free_state(st);
    return rc;
  }
  spec->state = st;
  return MULERR_OK;
}

/* Index of the rank-th finite value (0-based) among count values whose non-finite ones are
 * at bad[0..nbad): rank plus the number of bad indices b_j with b_j - j <= rank (b_j - j,
 * the finite values before b_j, does not decrease with j). */
static uint64_t finite_index(const uint64_t *bad, uint64_t nbad, uint64_t rank) {
  uint64_t lo = 0, hi = nbad; /* the answer c is in [lo, hi] */
  while (lo < hi) {
    uint64_t mid = lo + (hi - lo) / 2;
    if (bad[mid] - mid <= rank) lo = mid + 1;
    else hi = mid;
  }
  return rank + lo;
}

/* One draw: the source, the tensor and the element index of the value (the generator draws
 * of the stream's definition above). */
static void pick(const wstate *st, gsl_rng *r, wsource **sp, size_t *tp, uint64_t *ep) {
  wsource *s = &st->s[0];
  uint64_t idx, rank;
  size_t lo, hi;
  if (st->ns > 1) {
    double u = gsl_rng_uniform(r) * st->cumw[st->ns - 1];
    size_t k = 0;
    while (k + 1 < st->ns && !(u < st->cumw[k])) k++;
    s = &st->s[k];
  }
  idx = mulerr_uniform_u64(r, s->cum[s->nt]);
  lo = 0, hi = s->nt - 1; /* the tensor k with cum[k] <= idx < cum[k + 1] */
  while (lo < hi) {
    size_t mid = lo + (hi - lo + 1) / 2;
    if (s->cum[mid] <= idx) lo = mid;
    else hi = mid - 1;
  }
  rank = idx - s->cum[lo];
  *sp = s, *tp = lo, *ep = finite_index(s->bad[lo], s->nbad[lo], rank);
}

/* Several sources, every one cached: pick()'s draws, value for value, over runs of raw values
 * filled by the vector generator (mulerr_sm64_fill).  An output takes value j for its source,
 * (double)(v >> 11) 2^-53 times the total weight against the cumulative weights (counted
 * without branches: the first k with u < cumw[k] is the number of k < ns - 1 with
 * !(u < cumw[k]), since cumw does not decrease), and value j + 1 for Lemire's index; where the
 * low word is below the pool's size (the value may be rejected), or value j + 1 lies past the
 * run, the definition (mulerr_sm64_below) runs on a generator set to that value's counter and
 * the walk goes on where it stopped reading.  The indices of a chunk are found first, their
 * table lines prefetched, then the values loaded (the tables exceed the caches). */
static void draw_flat_multi(const wstate *st, mulerr_sm64 *g, size_t n, double *out) {
  enum { RUN = MULERR_STREAM_RUN, CH = 64 };
  uint64_t v[RUN], ix[CH], c = g->c;
  const float *src[CH];
  const double total = st->cumw[st->ns - 1];
  size_t i = 0;
  while (i < n) {
    const size_t m = 2 * (n - i) < RUN ? 2 * (n - i) : RUN; /* an output reads at least two values */
    size_t j = 0;
    mulerr_sm64_fill(c, m, v);
    while (j < m && i < n) {
      size_t q = 0, t, e = n - i < CH ? n - i : CH;
      for (; q < e && j < m; q++) {
        const double u = (double)(int64_t)(v[j] >> 11) * 0x1p-53 * total;
        const wsource *w;
        uint64_t nk;
        size_t k = 0;
        for (t = 0; t + 1 < st->ns; t++) k += !(u < st->cumw[t]);
        w = &st->s[k], nk = w->cum[w->nt];
        if (j + 1 < m && (uint64_t)((unsigned __int128)v[j + 1] * nk) >= nk) { /* never rejected */
          ix[q] = (uint64_t)(((unsigned __int128)v[j + 1] * nk) >> 64);
          j += 2;
        } else { /* the definition from value j + 1 on */
          const uint64_t cj = c + (uint64_t)(j + 1) * MULERR_SM64_GAMMA;
          mulerr_sm64 r = {cj};
          ix[q] = mulerr_sm64_below(&r, nk);
          j += 1 + (size_t)((r.c - cj) * MULERR_SM64_GAMMA_INV);
        }
        src[q] = w->flat;
        __builtin_prefetch(w->flat + ix[q]);
      }
      for (t = 0; t < q; t++) out[i + t] = src[t][ix[t]];
      i += q;
    }
    c += (uint64_t)j * MULERR_SM64_GAMMA;
  }
  g->c = c;
}

/* Version 2 with every source's values cached: pick()'s draws (the source from the next
 * value's top 53 bits, then Lemire's index), read from the cache.  Returns 0 if it did. */
static int draw_flat(const wstate *st, gsl_rng *r, size_t n, double *out) {
  mulerr_sm64 *g = mulerr_stream_state(r), s;
  size_t k;
  if (!g) return -1;
  for (k = 0; k < st->ns; k++)
    if (!st->s[k].flat) return -1;
  s = *g;
  if (st->ns == 1) {
    const float *f = st->s[0].flat;
    const uint64_t total = st->s[0].cum[st->s[0].nt];
    mulerr_pick_f32(&s, n, total, f, out); /* f[Lemire's index] in vector passes (stream_vec.c) */
  } else
    draw_flat_multi(st, &s, n, out);
  *g = s;
  return 0;
}

static void draw(const mulerr_dist_spec *spec, const mulerr_format *src, gsl_rng *r, size_t n,
                 double *out) {
  const wstate *st = spec->state;
  size_t i, t;
  wsource *s;
  uint64_t el;
  if (!draw_flat(st, r, n, out)) {
    if (src != st->native) mulerr_format_round_n(src, MULERR_RNE, n, out, out); /* else the identity */
    return;
  }
  for (i = 0; i < n; i++) {
    pick(st, r, &s, &t, &el);
    out[i] = mulerr_tensor_get(s->t[t], el);
  }
  mulerr_format_round_n(src, MULERR_RNE, n, out, out); /* to the nearest source value */
}

/* Elements per row (outermost index) of a tensor; the whole tensor if it has fewer than 2
 * dimensions. */
static uint64_t row_len(const mulerr_tensor *t) {
  return t->ndim >= 2 && t->shape[0] ? t->count / t->shape[0] : t->count;
}

/* The max |finite value| of elements [lo, hi) of t. */
static double span_amax(const mulerr_tensor *t, uint64_t lo, uint64_t hi) {
  double m = 0;
  for (; lo < hi; lo++) {
    double v = fabs(mulerr_tensor_get(t, lo));
    if (isfinite(v) && v > m) m = v;
  }
  return m;
}

/* Tensor and row maxima of source s, computed once (a full pass over its tensors). */
static void ensure_amax(wsource *s) {
  size_t k;
  if (__atomic_load_n(&s->ramax, __ATOMIC_ACQUIRE)) return;
  pthread_mutex_lock(&amax_lock);
  if (!s->ramax) {
    double *tm = calloc(s->nt, sizeof *tm), **rm = calloc(s->nt, sizeof *rm);
    for (k = 0; tm && rm && k < s->nt; k++) {
      const uint64_t rl = row_len(s->t[k]), nr = rl ? s->t[k]->count / rl : 0;
      uint64_t j;
      if (!(rm[k] = calloc(nr ? nr : 1, sizeof **rm))) break;
      for (j = 0; j < nr; j++) {
        rm[k][j] = span_amax(s->t[k], j * rl, (j + 1) * rl);
        if (rm[k][j] > tm[k]) tm[k] = rm[k][j];
      }
    }
    if (tm && rm && k == s->nt) {
      s->tamax = tm;
      __atomic_store_n(&s->ramax, rm, __ATOMIC_RELEASE);
    } else { /* out of memory: leave NULL, draw_amax gives NaN (the point fails) */
      for (k = 0; rm && k < s->nt; k++) free(rm[k]);
      free(rm), free(tm);
    }
  }
  pthread_mutex_unlock(&amax_lock);
}

static void draw_amax(const mulerr_dist_spec *spec, const mulerr_format *src, gsl_rng *r, size_t n,
                      double *out, int group, long blk, double *amax) {
  const wstate *st = spec->state;
  size_t i, t;
  wsource *s;
  uint64_t el;
  for (i = 0; i < n; i++) {
    pick(st, r, &s, &t, &el);
    out[i] = mulerr_tensor_get(s->t[t], el);
    if (group == MULERR_SCALE_BLOCK) {
      const uint64_t b0 = el - el % (uint64_t)blk, b1 = b0 + (uint64_t)blk;
      amax[i] = span_amax(s->t[t], b0, b1 < s->t[t]->count ? b1 : s->t[t]->count);
      continue;
    }
    ensure_amax(s);
    if (!s->ramax) amax[i] = NAN;
    else amax[i] = group == MULERR_SCALE_CHANNEL ? s->ramax[t][el / row_len(s->t[t])] : s->tamax[t];
  }
  mulerr_format_round_n(src, MULERR_RNE, n, out, out); /* to the nearest source value */
  mulerr_format_round_n(src, MULERR_RNE, n, amax, amax); /* rounding keeps the order: the rounded max */
}

/* Rows, for dot products: a row is a run of the innermost dimension of a selected tensor of two
 * or more dimensions (shape[ndim - 1] values: in y = W x, the row of W a dot product uses).
 * draw_rows() picks a row uniformly among the rows of at least len values of every source's
 * selected tensors (source weights W are not used), then a start uniformly among the
 * rowlen - len + 1 windows of the row, and reads len consecutive values: a contiguous piece of
 * a real matrix row (the whole row when len is its length).  Two draws (mulerr_uniform_u64)
 * per run.  Non-finite stored values come back as they are (the dot product then fails). */
static uint64_t row_len_of(const mulerr_tensor *t) { return t->ndim >= 2 ? t->shape[t->ndim - 1] : 0; }

static uint64_t row_length(const mulerr_dist_spec *spec) {
  const wstate *st = spec->state;
  uint64_t best = 0;
  size_t i, k;
  for (i = 0; st && i < st->ns; i++)
    for (k = 0; k < st->s[i].nt; k++)
      if (row_len_of(st->s[i].t[k]) > best) best = row_len_of(st->s[i].t[k]);
  return best;
}

static void draw_rows(const mulerr_dist_spec *spec, const mulerr_format *src, gsl_rng *r,
                      size_t nrows, size_t len, double *out) {
  const wstate *st = spec->state;
  uint64_t total = 0;
  size_t i, k, j;
  for (i = 0; i < st->ns; i++)
    for (k = 0; k < st->s[i].nt; k++)
      if (row_len_of(st->s[i].t[k]) >= len) total += st->s[i].t[k]->count / row_len_of(st->s[i].t[k]);
  for (j = 0; j < nrows; j++) {
    uint64_t idx = total ? mulerr_uniform_u64(r, total) : 0, rl = 0;
    const mulerr_tensor *t = NULL;
    for (i = 0; i < st->ns && !t; i++)
      for (k = 0; k < st->s[i].nt && !t; k++) {
        const mulerr_tensor *c = st->s[i].t[k];
        const uint64_t rows = row_len_of(c) >= len ? c->count / row_len_of(c) : 0;
        if (idx < rows) t = c, rl = row_len_of(c);
        else idx -= rows;
      }
    if (!t) { /* no row of len values: the caller checks row_length() first */
      for (i = 0; i < len; i++) out[j * len + i] = NAN;
      continue;
    }
    mulerr_tensor_read(t, idx * rl + mulerr_uniform_u64(r, rl - len + 1), len, out + j * len);
  }
  mulerr_format_round_n(src, MULERR_RNE, nrows * len, out, out); /* to the nearest source value */
}

static const mulerr_format *native(const mulerr_dist_spec *spec) {
  const wstate *st = spec->state;
  return st ? st->native : NULL;
}

static void inputs(const mulerr_dist_spec *spec,
                   void (*emit)(void *ctx, const char *path, uint64_t size, const char *sha256),
                   void *ctx) {
  const wstate *st = spec->state;
  size_t i;
  for (i = 0; st && i < st->ns; i++)
    emit(ctx, st->s[i].w->path, st->s[i].w->size, mulerr_weights_sha256(st->s[i].w));
}

static uint64_t nonfinite(const mulerr_dist_spec *spec) {
  const wstate *st = spec->state;
  return st ? st->nonfinite : 0;
}

const mulerr_dist mulerr_dist_weights = {
    .name = "weights",
    .description = "trained weights from checkpoint files (safetensors F32/F16/BF16, GGUF "
                   "F32/F16/BF16/Q8_0, llama2.c .bin): weights:FILE[:tensors=GLOB|GLOB][:weight=W]"
                   "[+FILE...]; uniform over the finite values of the selected tensors, files "
                   "pooled by weight W (default equal)",
    .draw = draw,
    .open = wopen,
    .close = wclose,
    .native = native,
    .inputs = inputs,
    .nonfinite = nonfinite,
    .draw_amax = draw_amax,
    .row_length = row_length,
    .draw_rows = draw_rows};
