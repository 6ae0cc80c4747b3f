/* exp.c — experiment files (experiments/NAME.exp) parsed straight into statements whose
 * sweep keys are rows of the parameter table: plain text, one statement a line:
 *   # ...                      a comment (also after a statement); blank lines are ignored
 *   title TEXT                 a one-line title (figure captions and the report use it)
 *   question TEXT              what the experiment answers (may repeat: lines are joined)
 *   sweep KEY=VALUE ...        one sweep: KEY is a parameter of params.def that a file may set
 *                              (its long option without dashes, k and l for mantissa and
 *                              offset); a flag (exhaustive, expected, ...) stands alone
 *   model KEY=VALUE ...        one `mulerr model` run: model (the checkpoint), tokenizer, text,
 *                              site, method, mantissa or k, offset or l, format, source,
 *                              accumulate, max-docs, max-tokens, scale
 * Values contain no spaces; "@data/NAME" in a value names a data file shipped with mulerr.
 * Failures carry FILE:LINE in the message. */
#define _GNU_SOURCE /* asprintf, getline, strndup */
#include "config.h"
#include "sweep/sweep.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const model_keys[] = {
    "model", "tokenizer", "text", "site", "method", "mantissa", "offset", "format", "source",
    "accumulate", "max-docs", "max-tokens", "scale", NULL};

void mulerr_exp_free(mulerr_experiment *e) {
  size_t i, j;
  for (i = 0; i < e->nstmts; i++) {
    for (j = 0; j < e->stmts[i].nkv; j++) free(e->stmts[i].kv[j].key), free(e->stmts[i].kv[j].value);
    free(e->stmts[i].kv);
    free(e->stmts[i].where);
  }
  free(e->stmts), free(e->name), free(e->path), free(e->title), free(e->question);
  memset(e, 0, sizeof *e);
}

static mulerr_status oom(void) { return mulerr_fail(MULERR_ENOMEM, "out of memory"); }

/* Append key=value (both taken over; value may be NULL) to the statement. */
static mulerr_status push_kv(mulerr_exp_stmt *st, const mulerr_param *pa, char *key, char *value) {
  mulerr_exp_kv *grown = key ? realloc(st->kv, (st->nkv + 1) * sizeof *st->kv) : NULL;
  if (!grown) {
    free(key), free(value);
    return oom();
  }
  st->kv = grown;
  st->kv[st->nkv].param = pa, st->kv[st->nkv].key = key, st->kv[st->nkv].value = value;
  st->nkv++;
  return MULERR_OK;
}

/* Append " text" (or "text" to an empty string) to *dst. */
static mulerr_status append_text(char **dst, const char *text) {
  char *joined;
  if (asprintf(&joined, "%s%s%s", *dst ? *dst : "", *dst && **dst ? " " : "", text) < 0) return oom();
  free(*dst);
  *dst = joined;
  return MULERR_OK;
}

/* text with every "@data/NAME" replaced by the path find_data gives for the shipped data
 * file NAME (NAME may name a file in a subfolder of data/, never one outside it). */
static mulerr_status expand_data(const char *where, const char *text, char *(*find_data)(const char *, const char *),
                                 char **result) {
  char *out = strdup(""), *next;
  while (out && *text) {
    const char *at = strstr(text, "@data/");
    size_t n = at ? (size_t)(at - text) : strlen(text);
    if (asprintf(&next, "%s%.*s", out, (int)n, text) < 0) next = NULL;
    free(out);
    out = next;
    text += n;
    if (out && at) {
      size_t len = strcspn(at + 6, ":+,|");
      char *name = strndup(at + 6, len), *path = name ? find_data("data", name) : NULL;
      if (!path) {
        mulerr_status st = name ? mulerr_fail(MULERR_EINVAL, "%s: no shipped data file '%s' (looked in data/)", where, name)
                                : oom();
        free(name), free(out);
        return st;
      }
      if (asprintf(&next, "%s%s", out, path) < 0) next = NULL;
      free(out), free(name), free(path);
      out = next;
      text = at + 6 + len;
    }
  }
  if (!out) return oom();
  *result = out;
  return MULERR_OK;
}

/* "unknown sweep key '%s' (keys: ...)": every key a file may set, those with values first. */
static mulerr_status unknown_sweep_key(const char *where, const char *key) {
  char keys[2048] = "";
  int flags;
  size_t i;
  for (flags = 0; flags < 2; flags++)
    for (i = 0; i < MULERR_NPARAMS; i++) {
      const mulerr_param *pa = &mulerr_params[i];
      if (!pa->exp || mulerr_param_has_arg(pa) == flags) continue;
      snprintf(keys + strlen(keys), sizeof keys - strlen(keys), "%s%s%s%s", keys[0] ? ", " : "", pa->name,
               pa->alias ? "/" : "", pa->alias ? pa->alias : "");
    }
  return mulerr_fail(MULERR_EINVAL, "%s: unknown sweep key '%s' (keys: %s)", where, key, keys);
}

/* One sweep or model statement: the words after its first, in save. */
static mulerr_status parse_stmt(mulerr_exp_stmt *sl, char **save, uint64_t cap,
                                char *(*find_data)(const char *, const char *)) {
  const int is_model = sl->model;
  int has_samples = 0;
  char *kv;
  mulerr_status st = MULERR_OK;
  while (st == MULERR_OK && (kv = strtok_r(NULL, " \t", save))) {
    char *eq = strchr(kv, '='), *value;
    const char *key = kv;
    const mulerr_param *pa = NULL;
    int i;
    if (eq) *eq = 0;
    if (!strcmp(key, "k")) key = "mantissa";
    if (!strcmp(key, "l")) key = "offset";
    if (!is_model) {
      pa = mulerr_param_find(key, 1);
      if (pa && !pa->exp) pa = NULL;
      if (pa && !mulerr_param_has_arg(pa)) { /* a flag stands alone */
        if (eq) return unknown_sweep_key(sl->where, kv);
        st = push_kv(sl, pa, strdup(pa->name), NULL);
        continue;
      }
      if (!pa) return unknown_sweep_key(sl->where, kv);
      key = pa->name;
    } else {
      for (i = 0; model_keys[i] && strcmp(model_keys[i], key); i++) continue;
      if (!model_keys[i])
        return mulerr_fail(MULERR_EINVAL, "%s: unknown model key '%s' (keys: model, tokenizer, text, site, "
                           "method, mantissa/k, offset/l, format, source, accumulate, max-docs, max-tokens, scale)",
                           sl->where, kv);
    }
    if (!eq || !eq[1]) return mulerr_fail(MULERR_EINVAL, "%s: '%s' needs a value (%s=...)", sl->where, key, key);
    if (is_model && cap && (!strcmp(key, "max-docs") || !strcmp(key, "max-tokens")))
      continue; /* the quick run's own below */
    if (!is_model && pa == &mulerr_params[MULERR_P_SAMPLES]) {
      uint64_t n;
      has_samples = 1;
      if (cap && mulerr_parse_count(eq + 1, &n) == MULERR_OK && n > cap) {
        if (asprintf(&value, "%llu", (unsigned long long)cap) < 0) return oom();
        st = push_kv(sl, pa, strdup(key), value);
        continue;
      }
    }
    if ((st = expand_data(sl->where, eq + 1, find_data, &value)) != MULERR_OK) return st;
    st = push_kv(sl, pa, strdup(key), value);
  }
  if (st == MULERR_OK && is_model && cap) /* a quick run: the first 8 tokens of the first document */
    if ((st = push_kv(sl, NULL, strdup("max-docs"), strdup("1"))) == MULERR_OK)
      st = push_kv(sl, NULL, strdup("max-tokens"), strdup("8"));
  if (st == MULERR_OK && !is_model && cap && !has_samples) {
    char *value;
    if (asprintf(&value, "%llu", (unsigned long long)(cap < 1000000 ? cap : 1000000)) < 0) return oom();
    st = push_kv(sl, &mulerr_params[MULERR_P_SAMPLES], strdup("samples"), value);
  }
  return st;
}

mulerr_status mulerr_exp_parse(const char *path, const char *name, uint64_t cap,
                               char *(*find_data)(const char *dir, const char *name), mulerr_experiment *e) {
  char *line = NULL;
  size_t linecap = 0;
  ssize_t got;
  FILE *f;
  int lineno = 0;
  mulerr_status st = MULERR_OK;
  memset(e, 0, sizeof *e);
  if (!(e->path = strdup(path)) || !(e->name = strdup(name))) return oom();
  if (!(f = fopen(path, "r"))) return mulerr_fail(MULERR_EIO, "%s: cannot read: %s", path, strerror(errno));
  while (st == MULERR_OK && (got = getline(&line, &linecap, f)) >= 0) {
    char *p = line, *word, *save = NULL, *hash;
    lineno++;
    if ((size_t)got != strlen(line)) {
      st = mulerr_fail(MULERR_EINVAL, "%s:%d: a NUL byte in the line", path, lineno);
      break;
    }
    if (lineno == 1 && !strncmp(p, "\xEF\xBB\xBF", 3)) p += 3; /* a UTF-8 byte-order mark */
    if ((hash = strchr(p, '#'))) *hash = 0;
    p[strcspn(p, "\r\n")] = 0;
    word = strtok_r(p, " \t", &save);
    if (!word) continue;
    if (!strcmp(word, "title") || !strcmp(word, "question")) {
      char *rest = save ? save + strspn(save, " \t") : NULL;
      if (!rest || !*rest) {
        st = mulerr_fail(MULERR_EINVAL, "%s:%d: '%s' needs text", path, lineno, word);
        break;
      }
      st = append_text(word[0] == 't' ? &e->title : &e->question, rest);
    } else if (!strcmp(word, "sweep") || !strcmp(word, "model")) {
      mulerr_exp_stmt *grown = realloc(e->stmts, (e->nstmts + 1) * sizeof *e->stmts), *sl;
      if (!grown) {
        st = oom();
        break;
      }
      e->stmts = grown;
      sl = &e->stmts[e->nstmts++];
      memset(sl, 0, sizeof *sl);
      sl->model = word[0] == 'm';
      if (asprintf(&sl->where, "%s:%d", path, lineno) < 0) {
        sl->where = NULL;
        st = oom();
        break;
      }
      st = parse_stmt(sl, &save, cap, find_data);
    } else
      st = mulerr_fail(MULERR_EINVAL, "%s:%d: unknown statement '%s' (title, question, sweep or model)", path,
                       lineno, word);
  }
  if (st == MULERR_OK && ferror(f)) st = mulerr_fail(MULERR_EIO, "%s: read error: %s", path, strerror(errno));
  free(line);
  fclose(f);
  if (st == MULERR_OK && e->nstmts == 0) st = mulerr_fail(MULERR_EINVAL, "%s: no sweep or model statements", path);
  if (st == MULERR_OK && !e->title && !(e->title = strdup(""))) st = oom();
  return st;
}

mulerr_status mulerr_exp_spec(const mulerr_exp_stmt *stmt, mulerr_sweep_spec *s) {
  size_t i;
  mulerr_status st;
  for (i = 0; i < stmt->nkv; i++)
    if ((st = mulerr_sweep_set(s, (mulerr_param_id)(stmt->kv[i].param - mulerr_params), stmt->kv[i].value)) != MULERR_OK)
      return st;
  return MULERR_OK;
}
