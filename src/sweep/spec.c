/* spec.c — the parameter table (params.def) and a sweep spec filled from it: one reader per
 * value kind, one list parser for every list kind, the checks across options. */
#define _GNU_SOURCE /* strdup */
#include "config.h"
#include "sweep/sweep.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

const mulerr_param mulerr_params[MULERR_NPARAMS] = {
#define FIELD(member) offsetof(mulerr_point, member)
#define NOFIELD MULERR_NOFIELD
#define PARAM(id, name, sh, alias, kind, field, uses, usename, lo, hi, exp, choices, arg, help) \
  {name, sh, alias, MULERR_PK_##kind, field, uses, usename, lo, hi, exp, choices, arg, help},
#include "sweep/params.def"
#undef PARAM
};

const mulerr_param *mulerr_param_find(const char *name, int alias) {
  size_t i;
  for (i = 0; i < MULERR_NPARAMS; i++)
    if (!strcmp(mulerr_params[i].name, name) || (alias && mulerr_params[i].alias && !strcmp(mulerr_params[i].alias, name)))
      return &mulerr_params[i];
  return NULL;
}

int mulerr_param_has_arg(const mulerr_param *p) { return p->kind != MULERR_PK_FLAG && p->kind != MULERR_PK_HELP; }

void mulerr_sweep_init(mulerr_sweep_spec *s) { memset(s, 0, sizeof *s); }

static void clear_value(mulerr_sweep_value *v) {
  free(v->i), free(v->p), free(v->dots), free(v->text);
  memset(v, 0, sizeof *v);
}

void mulerr_sweep_free(mulerr_sweep_spec *s) {
  size_t i;
  for (i = 0; i < MULERR_NPARAMS; i++) clear_value(&s->v[i]);
  for (i = 0; i < s->nda; i++) mulerr_dist_close(&s->da[i]);
  for (i = 0; i < s->ndb; i++) mulerr_dist_close(&s->db[i]);
  free(s->da), free(s->db);
  memset(s, 0, sizeof *s);
}

/* One item of a list of kind k into v at index j; MULERR_OK or a failure (the item's own
 * message, without the option's name). */
static mulerr_status parse_item(const mulerr_param *pa, char *item, mulerr_sweep_value *v, size_t j) {
  switch (pa->kind) {
  case MULERR_PK_METHODS:
    return (v->p[j] = mulerr_method_find(item)) ? MULERR_OK : MULERR_EINVAL;
  case MULERR_PK_FORMATS:
    return (v->p[j] = mulerr_format_find(item)) ? MULERR_OK : MULERR_EINVAL;
  case MULERR_PK_ROUNDINGS:
    if ((v->i[j] = mulerr_rounding_parse(item)) >= 0) return MULERR_OK;
    return mulerr_fail(MULERR_EINVAL, "unknown rounding '%s' (choices: rne, trunc, away, up, down, rna, "
                       "stochastic)", item);
  case MULERR_PK_OPERANDS:
    if ((v->i[j] = mulerr_operands_parse(item)) >= 0) return MULERR_OK;
    return mulerr_fail(MULERR_EINVAL, "unknown operand set '%s' (choices: all, positive, normal, "
                       "positive-normal)", item);
  case MULERR_PK_ACCUMS:
    return mulerr_accum_parse(item, &v->dots[j]);
  default:
    return mulerr_fail(MULERR_EINVAL, "internal: '%s' is not a list", pa->name);
  }
}

/* The one list parser: comma-separated items (integers also A..B and A..B..STEP). */
static mulerr_status parse_list(const mulerr_param *pa, const char *text, mulerr_sweep_value *v) {
  char *buf = NULL, *items[MULERR_SWEEP_MAXLIST];
  size_t n = 0, j;
  mulerr_status st;
  v->i = calloc(MULERR_SWEEP_MAXLIST, sizeof *v->i);
  v->p = calloc(MULERR_SWEEP_MAXLIST, sizeof *v->p);
  if (pa->kind == MULERR_PK_ACCUMS) v->dots = calloc(MULERR_SWEEP_MAXLIST, sizeof *v->dots);
  if (!v->i || !v->p || (pa->kind == MULERR_PK_ACCUMS && !v->dots)) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  if (pa->kind == MULERR_PK_INTS)
    st = mulerr_parse_int_list(text, pa->lo, pa->hi, v->i, MULERR_SWEEP_MAXLIST, &n);
  else
    st = mulerr_split_list(text, &buf, items, MULERR_SWEEP_MAXLIST, &n);
  for (j = 0; st == MULERR_OK && pa->kind != MULERR_PK_INTS && j < n; j++) st = parse_item(pa, items[j], v, j);
  free(buf);
  v->n = n;
  return st;
}

/* CHOICE: the index of text among "noun|a|b|c"'s choices. */
static mulerr_status parse_choice(const mulerr_param *pa, const char *text, long *out) {
  const char *c = strchr(pa->choices, '|'), *noun = pa->choices;
  size_t nounlen = (size_t)(c - noun);
  char list[256] = "";
  long i;
  for (i = 0; c; i++) {
    const char *next = strchr(c + 1, '|');
    size_t len = next ? (size_t)(next - c - 1) : strlen(c + 1);
    if (strlen(text) == len && !strncmp(text, c + 1, len)) {
      *out = i;
      return MULERR_OK;
    }
    snprintf(list + strlen(list), sizeof list - strlen(list), "%s%.*s", i ? ", " : "", (int)len, c + 1);
    c = next;
  }
  return mulerr_fail(MULERR_EINVAL, "unknown %.*s '%s' (choices: %s)", (int)nounlen, noun, text, list);
}

/* "I/N" (1 <= I <= N <= 2^20), digits only. */
mulerr_status mulerr_shard_parse(const char *text, long *i, long *n) {
  const char *slash = strchr(text, '/');
  char num[32];
  if (slash && (size_t)(slash - text) < sizeof num) {
    snprintf(num, sizeof num, "%.*s", (int)(slash - text), text);
    if (strspn(num, "0123456789") == strlen(num) && strspn(slash + 1, "0123456789") == strlen(slash + 1) &&
        mulerr_parse_int(slash + 1, 1, 1L << 20, n) == MULERR_OK && mulerr_parse_int(num, 1, *n, i) == MULERR_OK)
      return MULERR_OK;
  }
  return mulerr_fail(MULERR_EINVAL, "--shard: '%s' is not I/N with whole numbers 1 <= I <= N <= %ld", text,
                     1L << 20);
}

long mulerr_shard_of(const char *key, long n) { return (long)(mulerr_mix64(mulerr_hash64(key)) % (uint64_t)n); }

static mulerr_status read_value(const mulerr_param *pa, mulerr_sweep_spec *s, const char *text, mulerr_sweep_value *v) {
  switch (pa->kind) {
  case MULERR_PK_METHODS: case MULERR_PK_INTS: case MULERR_PK_FORMATS: case MULERR_PK_ROUNDINGS:
  case MULERR_PK_OPERANDS: case MULERR_PK_ACCUMS:
    return parse_list(pa, text, v);
  case MULERR_PK_CHOICE: case MULERR_PK_INT: case MULERR_PK_SHARD:
    if (!(v->i = calloc(2, sizeof *v->i))) return mulerr_fail(MULERR_ENOMEM, "out of memory");
    v->n = 1;
    if (pa->kind == MULERR_PK_CHOICE) return parse_choice(pa, text, &v->i[0]);
    if (pa->kind == MULERR_PK_INT) return mulerr_parse_int(text, pa->lo, pa->hi, &v->i[0]);
    return mulerr_shard_parse(text, &v->i[0], &v->i[1]);
  case MULERR_PK_COUNT: v->n = 1; return mulerr_parse_count(text, &v->u);
  case MULERR_PK_SEED: v->n = 1; return mulerr_parse_seed(text, &v->u);
  case MULERR_PK_SCALE: v->n = 1; return mulerr_scale_parse(text, &s->scale, &s->scale_block);
  case MULERR_PK_PATH:
    if (!*text) return mulerr_fail(MULERR_EINVAL, "an empty path (name a database file)");
    /* fall through */
  case MULERR_PK_DISTS: case MULERR_PK_TEXT:
    v->n = 1;
    return (v->text = strdup(text)) ? MULERR_OK : mulerr_fail(MULERR_ENOMEM, "out of memory");
  case MULERR_PK_FLAG: case MULERR_PK_HELP: v->n = 1; return MULERR_OK;
  }
  return MULERR_EINVAL;
}

mulerr_status mulerr_sweep_set(mulerr_sweep_spec *s, mulerr_param_id id, const char *text) {
  const mulerr_param *pa = &mulerr_params[id];
  mulerr_sweep_value *v = &s->v[id];
  mulerr_status st;
  clear_value(v); /* the option given again: the last one counts */
  if (mulerr_param_has_arg(pa) && !text) return mulerr_fail(MULERR_EINVAL, "--%s needs a value", pa->name);
  st = read_value(pa, s, mulerr_param_has_arg(pa) ? text : NULL, v);
  if (st == MULERR_EINVAL && pa->kind == MULERR_PK_SHARD) return st; /* its message names it */
  if (st != MULERR_OK) return mulerr_fail(st, "--%s: %s", pa->name, mulerr_errmsg());
  return MULERR_OK;
}

/* Parse a distribution list.  Parameters contain commas too, so an item that has '=' but
 * no ':' continues the previous distribution: "mixture:sigma=0.02,frac=0.001,normal". */
static mulerr_status parse_dists(const char *opt, const char *text, mulerr_dist_spec **out, size_t *n,
                                 void (*warn)(void *ctx, const char *msg), void *ctx) {
  char *buf, *items[MULERR_SWEEP_MAXLIST];
  size_t ni, i;
  mulerr_status st = mulerr_split_list(text, &buf, items, MULERR_SWEEP_MAXLIST, &ni);
  *out = calloc(ni ? ni : 1, sizeof **out);
  *n = 0;
  if (!*out && st == MULERR_OK) st = mulerr_fail(MULERR_ENOMEM, "out of memory");
  for (i = 0; st == MULERR_OK && i < ni;) {
    size_t j = i + 1;
    while (j < ni && strchr(items[j], '=') && !strchr(items[j], ':')) {
      items[j][-1] = ','; /* join the item back to the previous one (the split's comma) */
      j++;
    }
    st = mulerr_dist_parse(items[i], &(*out)[(*n)++]);
    i = j;
  }
  free(buf);
  if (st != MULERR_OK) return mulerr_fail(MULERR_EINVAL, "%s: %s", opt, mulerr_errmsg()); /* a usage error */
  for (i = 0; i < *n && warn; i++) {
    uint64_t bad = mulerr_dist_nonfinite(&(*out)[i]);
    static const char fmt[] = "%s: %llu non-finite values are excluded from sampling";
    char *msg;
    int len;
    if (!bad) continue;
    len = snprintf(NULL, 0, fmt, (*out)[i].text, (unsigned long long)bad); /* the whole text, never cut */
    if (len < 0 || !(msg = malloc((size_t)len + 1))) return mulerr_fail(MULERR_ENOMEM, "out of memory");
    snprintf(msg, (size_t)len + 1, fmt, (*out)[i].text, (unsigned long long)bad);
    warn(ctx, msg);
    free(msg);
  }
  return MULERR_OK;
}

mulerr_status mulerr_sweep_finish(mulerr_sweep_spec *s, void (*warn)(void *ctx, const char *msg), void *ctx) {
  const mulerr_sweep_value *op = &s->v[MULERR_P_OP], *len = &s->v[MULERR_P_LENGTH],
                           *acc = &s->v[MULERR_P_ACCUMULATE], *pro = &s->v[MULERR_P_PROMOTE];
  const char *dist = s->v[MULERR_P_DIST].n ? s->v[MULERR_P_DIST].text : "uniform-mantissa",
             *dist_a = s->v[MULERR_P_DIST_A].text, *dist_b = s->v[MULERR_P_DIST_B].text;
  const int dot = op->n && op->i[0] == 1;
  mulerr_status st;
  if (s->v[MULERR_P_RESUME].n && s->v[MULERR_P_REPLACE].n)
    return mulerr_fail(MULERR_EINVAL, "--resume and --replace exclude each other");
  s->same_ab = !dist_a && !dist_b;
  if ((st = parse_dists(s->same_ab ? "--dist" : "--dist-a", dist_a ? dist_a : dist, &s->da, &s->nda, warn, ctx)) ||
      (!s->same_ab && (st = parse_dists("--dist-b", dist_b ? dist_b : dist, &s->db, &s->ndb, warn, ctx))))
    return st;
  if (!dot && (len->n || acc->n || pro->n))
    return mulerr_fail(MULERR_EINVAL, "%s applies to dot products: add --op dot",
                       len->n ? "--length" : acc->n ? "--accumulate" : "--promote");
  if (pro->n) { /* only fixed:W promotes: a --promote nothing uses is a mistake */
    size_t ia, any = 0;
    for (ia = 0; ia < acc->n; ia++) any += (size_t)acc->dots[ia].accum->promotes;
    if (!any)
      return mulerr_fail(MULERR_EINVAL, "--promote applies to fixed:W accumulators only (add one to --accumulate)");
  }
  if (dot && !len->n) return mulerr_fail(MULERR_EINVAL, "--op dot needs --length (products per dot product)");
  return MULERR_OK;
}
