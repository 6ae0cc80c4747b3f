/* dist.c — the distribution registry and the "name:key=value,..." parameter syntax. */
#include "internal.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DIST(id) extern const mulerr_dist mulerr_dist_##id;
#include "dists.def"
#undef DIST

static const mulerr_dist *const registry[] = {
#define DIST(id) &mulerr_dist_##id,
#include "dists.def"
#undef DIST
};
#define NREG (sizeof registry / sizeof registry[0])

size_t mulerr_dist_count(void) { return NREG; }
const mulerr_dist *mulerr_dist_at(size_t i) { return i < NREG ? registry[i] : NULL; }
const char *mulerr_dist_name(const mulerr_dist *d) { return d->name; }
const char *mulerr_dist_description(const mulerr_dist *d) { return d->description; }

static const char *name_at(size_t i) { return registry[i]->name; }

const mulerr_dist *mulerr_dist_find(const char *name) {
  size_t i;
  for (i = 0; i < NREG; i++)
    if (!strcmp(registry[i]->name, name)) return registry[i];
  mulerr_fail_unknown("distribution", name, name_at, NREG, NULL);
  return NULL;
}

mulerr_status mulerr_dist_parse(const char *text, mulerr_dist_spec *out) {
  char buf[512], *colon, *item, *save = NULL;
  const mulerr_dist *d;
  size_t len;
  int i;
  memset(out, 0, sizeof *out);
  if (strlen(text) >= sizeof buf)
    return mulerr_fail(MULERR_EINVAL, "distribution '%.40s...' is too long", text);
  strcpy(buf, text);
  colon = strchr(buf, ':');
  if (colon) *colon = 0;
  if (!(d = mulerr_dist_find(buf))) return MULERR_EINVAL;
  out->type = d;
  if (d->open) { /* file-backed: the argument text is the distribution's own business */
    if (strlen(text) >= sizeof out->text)
      return mulerr_fail(MULERR_EINVAL, "distribution '%.60s...' is too long", text);
    strcpy(out->text, text);
    return d->open(out, colon ? text + (colon - buf) + 1 : "");
  }
  for (i = 0; i < d->nparam; i++) out->param[i] = d->param_defaults[i];
  for (item = colon ? strtok_r(colon + 1, ",", &save) : NULL; item;
       item = strtok_r(NULL, ",", &save)) {
    char *eq = strchr(item, '='), *end;
    double v;
    if (!eq)
      return mulerr_fail(MULERR_EINVAL, "distribution '%s': '%s' is not key=value", text, item);
    *eq = 0;
    for (i = 0; i < d->nparam && strcmp(d->param_names[i], item); i++) continue;
    if (i == d->nparam) {
      char names[256] = "";
      int j;
      for (j = 0; j < d->nparam; j++) {
        strcat(names, j ? ", " : "");
        strcat(names, d->param_names[j]);
      }
      return mulerr_fail(MULERR_EINVAL, "distribution '%s': unknown parameter '%s' (%s takes: %s)",
                         text, item, d->name, d->nparam ? names : "none");
    }
    errno = 0;
    v = strtod(eq + 1, &end);
    if (end != eq + 1 && !*end && errno == ERANGE && fabs(v) < 1)
      return mulerr_fail(MULERR_EINVAL, "distribution '%s': %s = '%s' is below the smallest normal "
                         "double (2.2250738585072014e-308): too small to compute with", text, item, eq + 1);
    if (end != eq + 1 && !*end && errno == ERANGE)
      return mulerr_fail(MULERR_EINVAL, "distribution '%s': %s = '%s' is beyond the largest double "
                         "(1.7976931348623157e+308)", text, item, eq + 1);
    if (end == eq + 1 || *end || isspace((unsigned char)eq[1]) || !isfinite(v))
      return mulerr_fail(MULERR_EINVAL, "distribution '%s': %s = '%s' is not a finite number",
                         text, item, eq + 1);
    out->param[i] = v;
  }
  len = (size_t)snprintf(out->text, sizeof out->text, "%s", d->name);
  for (i = 0; i < d->nparam && len < sizeof out->text; i++)
    len += (size_t)snprintf(out->text + len, sizeof out->text - len, "%s%s=%.17g", i ? "," : ":",
                            d->param_names[i], out->param[i]);
  if (len >= sizeof out->text)
    return mulerr_fail(MULERR_EINVAL, "distribution '%s': canonical text too long", text);
  return d->check ? d->check(out) : MULERR_OK;
}

void mulerr_dist_close(mulerr_dist_spec *spec) {
  if (spec && spec->type && spec->type->close && spec->state) spec->type->close(spec);
  if (spec) spec->state = NULL;
}

const mulerr_format *mulerr_dist_native(const mulerr_dist_spec *spec) {
  return spec->type && spec->type->native ? spec->type->native(spec) : NULL;
}

uint64_t mulerr_dist_nonfinite(const mulerr_dist_spec *spec) {
  return spec->type && spec->type->nonfinite ? spec->type->nonfinite(spec) : 0;
}
