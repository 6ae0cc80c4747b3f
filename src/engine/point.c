/* point.c — a configuration point's identity and what makes it impossible, below both the
 * engine (eval.c evaluates points) and the database (db.c stores them under their key): the
 * point key, used by --resume, shards and the results table, and the checks a planner runs
 * on every point before any work (the 16-bit enumeration limit, the --reference double
 * refusal: each stated here only). */
#include "internal.h"
#include "dot/dot.h"

#include <string.h>

int mulerr_point_stream(const mulerr_point *p) { return p->stream ? p->stream : MULERR_STREAM_DEFAULT; }

void mulerr_point_key(const mulerr_point *p, char *buf, size_t len) {
  const mulerr_method_cfg *c = &p->cfg;
  char scale[96] = "";
  if (p->scale != MULERR_SCALE_NONE) { /* only then: keys of unscaled points stay as they were */
    strcpy(scale, ";scale=");
    mulerr_scale_text(p, scale + 7, sizeof scale - 7);
  }
  if (mulerr_point_stream(p) != 1) /* only then: version-1 keys stay as they were */
    snprintf(scale + strlen(scale), sizeof scale - strlen(scale), ";stream=%d", mulerr_point_stream(p));
  if (p->operands != MULERR_SAMPLED) {
    snprintf(buf, len, "method=%s;source=%s;format=%s;k=%d;l=%d;rounding=%s;params=%s;"
             "exhaustive=%s%s", p->method->name, c->source->name, c->format ? c->format->name : "-",
             c->k, c->l, mulerr_rounding_name(c->rounding), c->params,
             mulerr_operands_name(p->operands), scale);
    return;
  }
  snprintf(buf, len,
           "method=%s;source=%s;format=%s;k=%d;l=%d;rounding=%s;params=%s;a=%s;b=%s;samples=%llu;"
           "seed=%llu%s",
           p->method->name, c->source->name, c->format ? c->format->name : "-", c->k, c->l,
           mulerr_rounding_name(c->rounding), c->params, p->dist_a.text, p->dist_b.text,
           (unsigned long long)p->samples, (unsigned long long)p->seed, scale);
  if (p->dot.length) { /* a dot point: the pair key (unchanged for pairs) and its own fields */
    size_t used = strlen(buf);
    char acc[64];
    mulerr_accum_text(&p->dot, acc, sizeof acc);
    snprintf(buf + used, len - used, ";op=dot;length=%llu;accumulate=%s;promote=%llu",
             (unsigned long long)p->dot.length, acc, (unsigned long long)p->dot.promote);
  }
}

mulerr_status mulerr_point_check(const mulerr_point *p) {
  if (p->stream < 0 || p->stream > 2)
    return mulerr_fail(MULERR_EINVAL, "--stream: sample stream version %d; this mulerr draws versions 1 and 2",
                       p->stream);
  if (p->operands != MULERR_SAMPLED && mulerr_format_bits(p->cfg.source) > MULERR_ENUM_MAX_BITS)
    return mulerr_fail(MULERR_EINVAL, "--exhaustive: source format '%s' has %d bits; enumeration takes "
                       "formats of at most %d bits (choose one with --source)", p->cfg.source->name,
                       mulerr_format_bits(p->cfg.source), MULERR_ENUM_MAX_BITS);
  if (p->reference == MULERR_REF_DOUBLE && !mulerr_double_product_exact(p->cfg.source))
    return mulerr_fail(MULERR_EINVAL, "--reference double: the binary64 product of two '%s' values is "
                       "not always exact (use auto or mpfr)", p->cfg.source->name);
  return MULERR_OK;
}

const char *mulerr_point_reference(const mulerr_point *p) {
  if (p->dot.length) return "superacc"; /* the exact sums: the superaccumulator (superacc.c) */
  return p->reference == MULERR_REF_MPFR || !mulerr_double_product_exact(p->cfg.source) ? "mpfr" : "double";
}

mulerr_status mulerr_eval_used(const mulerr_point *p, mulerr_metrics *out, const char **reference,
                               mulerr_progress_fn progress, void *ctx, volatile sig_atomic_t *stop) {
  mulerr_status st = mulerr_eval(p, out, progress, ctx, stop);
  if (st == MULERR_OK) *reference = mulerr_point_reference(p);
  return st;
}
