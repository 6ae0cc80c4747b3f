/* plan.c — the points of a sweep: the cross product of the spec's lists, each dimension only
 * for the methods that use it, deduplicated by key, then the dot-product dimensions, then the
 * shard's share. */
#define _GNU_SOURCE /* strdup */
#include "config.h"
#include "sweep/sweep.h"

#include <stdlib.h>
#include <string.h>

/* The keys of the points planned so far: an open-addressing hash set (linear probing, at
 * most half full), so planning N points takes O(N) key comparisons, not O(N^2). */
typedef struct keyset {
  char **slot;
  size_t cap, n;
} keyset;

static void keyset_free(keyset *ks) {
  size_t i;
  for (i = 0; i < ks->cap; i++) free(ks->slot[i]);
  free(ks->slot);
  memset(ks, 0, sizeof *ks);
}

/* Insert key (copied); 1 if it was new, 0 if present, -1 out of memory. */
static int keyset_add(keyset *ks, const char *key) {
  size_t i;
  if (2 * (ks->n + 1) > ks->cap) { /* grow and rehash */
    keyset big = {calloc(ks->cap ? 2 * ks->cap : 1024, sizeof(char *)), ks->cap ? 2 * ks->cap : 1024, ks->n};
    if (!big.slot) return -1;
    for (i = 0; i < ks->cap; i++)
      if (ks->slot[i]) {
        size_t h = (size_t)mulerr_hash64(ks->slot[i]) & (big.cap - 1);
        while (big.slot[h]) h = (h + 1) & (big.cap - 1);
        big.slot[h] = ks->slot[i];
      }
    free(ks->slot);
    *ks = big;
  }
  for (i = (size_t)mulerr_hash64(key) & (ks->cap - 1); ks->slot[i]; i = (i + 1) & (ks->cap - 1))
    if (!strcmp(ks->slot[i], key)) return 0;
  if (!(ks->slot[i] = strdup(key))) return -1;
  ks->n++;
  return 1;
}

/* Append a point after preparing it; duplicates (same key) are dropped. */
static mulerr_status add_point(mulerr_sweep_plan *pl, size_t *cap, keyset *seen, const mulerr_point *p) {
  char key[MULERR_KEY_MAX];
  int isnew;
  mulerr_point q = *p;
  if (mulerr_method_prepare(q.method, &q.cfg) != MULERR_OK) return MULERR_EINVAL;
  mulerr_point_key(&q, key, sizeof key);
  if ((isnew = keyset_add(seen, key)) < 0) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  if (!isnew) return MULERR_OK;
  if (pl->n == *cap) {
    mulerr_point *np = realloc(pl->pts, (*cap = *cap ? 2 * *cap : 64) * sizeof *np);
    if (!np) return mulerr_fail(MULERR_ENOMEM, "out of memory");
    pl->pts = np;
  }
  pl->pts[pl->n++] = q;
  return MULERR_OK;
}

/* The source format of a point when --source is not given: the format the distributions
 * store their values in (both the same), else fp32. */
static const mulerr_format *auto_source(const mulerr_dist_spec *a, const mulerr_dist_spec *b) {
  const mulerr_format *na = mulerr_dist_native(a), *nb = mulerr_dist_native(b);
  if (na && (!nb || na == nb)) return na;
  if (nb && !na) return nb;
  return mulerr_format_find("fp32");
}

/* Is parameter i a dimension crossed generically: a list a method uses, with its field? */
static int generic_dim(size_t i) {
  const mulerr_param *pa = &mulerr_params[i];
  return pa->uses && pa->field != MULERR_NOFIELD && (pa->kind == MULERR_PK_INTS || pa->kind == MULERR_PK_FORMATS);
}

/* Item j of value v (or 0 / NULL when not given) into the point's field of parameter i; a
 * scalar (FLAG, CHOICE, COUNT, SEED) likewise. */
static void put_field(mulerr_point *p, size_t i, const mulerr_sweep_value *v, size_t j) {
  const mulerr_param *pa = &mulerr_params[i];
  char *at = (char *)p + pa->field;
  switch (pa->kind) {
  case MULERR_PK_INTS: *(int *)(void *)at = v->n ? (int)v->i[j] : 0; break;
  case MULERR_PK_FORMATS: *(const mulerr_format **)(void *)at = v->n ? v->p[j] : NULL; break;
  case MULERR_PK_FLAG: *(int *)(void *)at = v->n != 0; break;
  case MULERR_PK_CHOICE: *(int *)(void *)at = v->n ? (int)v->i[0] : 0; break;
  case MULERR_PK_INT: *(int *)(void *)at = v->n ? (int)v->i[0] : 0; break; /* 0: not given */
  case MULERR_PK_COUNT: case MULERR_PK_SEED: *(uint64_t *)(void *)at = v->n ? v->u : (uint64_t)pa->lo; break;
  default: break;
  }
}

/* The cross product: an odometer over the dimensions below (the last one turns fastest):
 * source, k (or format), l, rounding, every generic dimension in table order, operand set,
 * distribution of a, of b. */
enum { D_SOURCE, D_K, D_L, D_ROUND, D_GEN, D_OPS = D_GEN + MULERR_NPARAMS, D_A, D_B, NDIM };

static mulerr_status build_pairs(const mulerr_sweep_spec *s, mulerr_sweep_plan *pl, keyset *seen) {
  const mulerr_sweep_value *methods = &s->v[MULERR_P_METHOD], *sources = &s->v[MULERR_P_SOURCE],
                           *formats = &s->v[MULERR_P_FORMAT], *ks = &s->v[MULERR_P_MANTISSA],
                           *ls = &s->v[MULERR_P_OFFSET], *rounds = &s->v[MULERR_P_ROUNDING],
                           *ops = &s->v[MULERR_P_OPERANDS];
  const mulerr_method *lmul = mulerr_method_find("lmul");
  const size_t nmethods = methods->n ? methods->n : 1;
  const int exhaustive = ops->n || s->v[MULERR_P_EXHAUSTIVE].n;
  size_t cap = 0, im, i;
  mulerr_status st;
  for (im = 0; im < nmethods; im++) {
    const mulerr_method *m = methods->n ? methods->p[im] : lmul;
    const unsigned u = m->uses;
    size_t cnt[NDIM], idx[NDIM] = {0}, d;
    for (d = 0; d < NDIM; d++) cnt[d] = 1;
    cnt[D_SOURCE] = sources->n ? sources->n : 1;
    cnt[D_K] = !(u & MULERR_USES_K) ? 1 : formats->n ? formats->n : ks->n ? ks->n : 7; /* default k: 1..7 */
    cnt[D_L] = u & MULERR_USES_L && ls->n ? ls->n : 1;
    cnt[D_ROUND] = u & MULERR_USES_K && rounds->n ? rounds->n : 1;
    for (i = 0; i < MULERR_NPARAMS; i++)
      if (generic_dim(i) && u & mulerr_params[i].uses && s->v[i].n) cnt[D_GEN + i] = s->v[i].n;
    cnt[D_OPS] = ops->n ? ops->n : 1;
    cnt[D_A] = exhaustive ? 1 : s->nda; /* an enumeration has no distributions */
    cnt[D_B] = s->same_ab || exhaustive ? 1 : s->ndb;
    for (;;) {
      mulerr_point p;
      int skip;
      memset(&p, 0, sizeof p);
      p.method = m;
      p.dist_a = s->da[idx[D_A]];
      p.dist_b = s->same_ab ? p.dist_a : s->db[idx[D_B]];
      /* --dist-a X --dist-b X of a pair distribution (activations) is --dist X: the real pairs
       * of one opened spec, as its point key (the same for both spellings) says */
      if (!s->same_ab && p.dist_a.type->draw_pairs && p.dist_b.type == p.dist_a.type &&
          !strcmp(p.dist_a.text, p.dist_b.text))
        p.dist_b = p.dist_a;
      p.cfg.source = sources->n ? sources->p[idx[D_SOURCE]] : auto_source(&p.dist_a, &p.dist_b);
      if (u & MULERR_USES_K) {
        if (formats->n) p.cfg.format = formats->p[idx[D_K]];
        else p.cfg.k = ks->n ? (int)ks->i[idx[D_K]] : (int)idx[D_K] + 1;
      }
      /* the default k list stops at the source's own mantissa width */
      skip = (u & MULERR_USES_K) && !formats->n && !ks->n && p.cfg.k > p.cfg.source->mbits;
      p.cfg.l = u & MULERR_USES_L && ls->n ? (int)ls->i[idx[D_L]] : MULERR_L_DEFAULT;
      p.cfg.rounding = u & MULERR_USES_K && rounds->n ? (mulerr_rounding)rounds->i[idx[D_ROUND]] : MULERR_ROUNDING_DEFAULT;
      for (i = 0; i < MULERR_NPARAMS; i++) /* the table's fields: generic dimensions and scalars */
        if (mulerr_params[i].field != MULERR_NOFIELD) put_field(&p, i, &s->v[i], idx[D_GEN + i]);
      p.scale = s->scale, p.scale_block = s->scale_block;
      p.operands = ops->n ? (mulerr_operands)ops->i[idx[D_OPS]] : exhaustive ? MULERR_OPERANDS_ALL : MULERR_SAMPLED;
      if (p.scale && mulerr_scale_check(&p) != MULERR_OK) return MULERR_EINVAL;
      if (mulerr_point_check(&p) != MULERR_OK) return MULERR_EINVAL;
      if (!skip && (st = add_point(pl, &cap, seen, &p)) != MULERR_OK) return st;
      for (d = NDIM; d-- > 0;) { /* advance the odometer */
        if (++idx[d] < cnt[d]) break;
        idx[d] = 0;
      }
      if (d == (size_t)-1) break;
    }
  }
  return MULERR_OK;
}

/* --op dot: every pair point crossed with --length, --accumulate and (for the models that
 * promote) --promote, in that order (the last turns fastest). */
static mulerr_status expand_dot(const mulerr_sweep_spec *s, mulerr_sweep_plan *pl) {
  const mulerr_sweep_value *len = &s->v[MULERR_P_LENGTH], *acc = &s->v[MULERR_P_ACCUMULATE],
                           *pro = &s->v[MULERR_P_PROMOTE];
  const size_t na = acc->n ? acc->n : 1, np = pro->n ? pro->n : 1;
  mulerr_point *out = calloc(pl->n * len->n * na * np + 1, sizeof *out);
  size_t i, il, ia, ip, n = 0;
  mulerr_dot fp32 = {0};
  if (!out) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  mulerr_accum_parse("fp32", &fp32);
  for (i = 0; i < pl->n; i++)
    for (il = 0; il < len->n; il++)
      for (ia = 0; ia < na; ia++)
        for (ip = 0; ip < np; ip++) {
          mulerr_point q = pl->pts[i];
          q.dot = acc->n ? acc->dots[ia] : fp32;
          if (ip && !q.dot.accum->promotes) break; /* --promote crosses only fixed:W */
          q.dot.length = (uint64_t)len->i[il];
          q.dot.promote = q.dot.accum->promotes && pro->n ? (uint64_t)pro->i[ip] : 0;
          if (q.operands != MULERR_SAMPLED) {
            free(out);
            return mulerr_fail(MULERR_EINVAL, "--op dot: dot products take sampled operands, not --exhaustive");
          }
          if (mulerr_dot_check(&q.dot) != MULERR_OK) {
            free(out);
            return mulerr_fail(MULERR_EINVAL, "--op dot: %s", mulerr_errmsg());
          }
          if (q.dist_b.type->row_length && q.dot.length > q.dist_b.type->row_length(&q.dist_b)) {
            unsigned long long rl = (unsigned long long)q.dist_b.type->row_length(&q.dist_b);
            free(out);
            return mulerr_fail(MULERR_EINVAL, "--length: %llu is above the longest row (%llu values) of the "
                               "matrices of %s", (unsigned long long)q.dot.length, rl, q.dist_b.text);
          }
          out[n++] = q;
        }
  free(pl->pts);
  pl->pts = out;
  pl->n = n;
  return MULERR_OK;
}

mulerr_status mulerr_sweep_plan_build(const mulerr_sweep_spec *s, mulerr_sweep_plan *pl) {
  keyset seen = {NULL, 0, 0};
  const mulerr_sweep_value *op = &s->v[MULERR_P_OP], *shard = &s->v[MULERR_P_SHARD];
  mulerr_status st;
  memset(pl, 0, sizeof *pl);
  st = build_pairs(s, pl, &seen);
  keyset_free(&seen);
  if (st == MULERR_OK && op->n && op->i[0] == 1) st = expand_dot(s, pl);
  if (st != MULERR_OK) {
    mulerr_sweep_plan_free(pl);
    return st;
  }
  pl->nall = pl->n;
  if (shard->n) { /* keep this shard's points, in sweep order */
    size_t i, j = 0;
    for (i = 0; i < pl->n; i++) {
      char key[MULERR_KEY_MAX];
      mulerr_point_key(&pl->pts[i], key, sizeof key);
      if (mulerr_shard_of(key, shard->i[1]) == shard->i[0] - 1) pl->pts[j++] = pl->pts[i];
    }
    pl->n = j;
  }
  return MULERR_OK;
}

void mulerr_sweep_plan_free(mulerr_sweep_plan *pl) {
  free(pl->pts);
  memset(pl, 0, sizeof *pl);
}

void mulerr_sweep_print(FILE *f, const mulerr_point *p) {
  const mulerr_method_cfg *c = &p->cfg;
  fprintf(f, "%s source=%s", p->method->name, c->source->name);
  if (c->params[0]) fprintf(f, " %s", c->params);
  if (p->method->uses & MULERR_USES_K) {
    if (c->format) fprintf(f, " format=%s", c->format->name);
    else fprintf(f, " k=%d", c->k);
    if (p->method->uses & MULERR_USES_L) fprintf(f, " l=%d", c->l);
    fprintf(f, " %s", mulerr_rounding_name(c->rounding));
  }
  if (p->dot.length) { /* a dot point: length and accumulator */
    char acc[64];
    mulerr_accum_text(&p->dot, acc, sizeof acc);
    fprintf(f, " dot K=%llu %s", (unsigned long long)p->dot.length, acc);
    if (p->dot.promote) fprintf(f, " promote=%llu", (unsigned long long)p->dot.promote);
  }
  if (p->operands != MULERR_SAMPLED) fprintf(f, " exhaustive:%s", mulerr_operands_name(p->operands));
  else if (!strcmp(p->dist_a.text, p->dist_b.text)) fprintf(f, " %s", p->dist_a.text);
  else fprintf(f, " a=%s b=%s", p->dist_a.text, p->dist_b.text);
}

char *mulerr_sweep_describe(const mulerr_point *p) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  if (!f) return NULL;
  mulerr_sweep_print(f, p);
  if (fclose(f)) {
    free(buf);
    return NULL;
  }
  return buf;
}
