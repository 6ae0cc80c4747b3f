/* gguf.c — the GGUF container (ggml / llama.cpp), versions 2 and 3, little-endian:
 *     "GGUF", u32 version, u64 tensor count, u64 metadata count,
 *     metadata: (string key, u32 value type, value)...,
 *     tensor infos: (string name, u32 n_dims, u64 ne[n_dims], u32 ggml type, u64 offset)...,
 *     padding to general.alignment (default 32), tensor data (offsets count from its start).
 * Strings are a u64 length and that many bytes.  ne[0] is the innermost dimension; shapes
 * are reported here outermost first (ne reversed).  Readable ggml types: F32 (0), F16 (1),
 * Q8_0 (8) and BF16 (30); the others are listed by name and refused when selected.
 * Spec: ggml's docs/gguf.md. */
#include "weights/weights.h"

#include <stdio.h>
#include <string.h>

typedef struct cur {
  const unsigned char *p, *end;
  mulerr_weights *w;
  const char *where; /* what is being read, for messages */
} cur;

static mulerr_status truncated(cur *c) {
  return mulerr_weights_fail(c->w, MULERR_EIO, "truncated GGUF: the file ends inside %s", c->where);
}

static mulerr_status need(cur *c, uint64_t n) {
  return (uint64_t)(c->end - c->p) < n ? truncated(c) : MULERR_OK;
}
static mulerr_status u32(cur *c, uint32_t *v) {
  if (need(c, 4)) return MULERR_EIO;
  *v = mulerr_le32(c->p);
  c->p += 4;
  return MULERR_OK;
}
static mulerr_status u64(cur *c, uint64_t *v) {
  if (need(c, 8)) return MULERR_EIO;
  *v = mulerr_le64(c->p);
  c->p += 8;
  return MULERR_OK;
}
/* A string: *s points into the mapping (not NUL terminated). */
static mulerr_status str(cur *c, const char **s, uint64_t *len) {
  if (u64(c, len) || need(c, *len)) return MULERR_EIO;
  *s = (const char *)c->p;
  c->p += *len;
  return MULERR_OK;
}

enum { T_U8, T_I8, T_U16, T_I16, T_U32, T_I32, T_F32, T_BOOL, T_STRING, T_ARRAY, T_U64, T_I64, T_F64 };
static const unsigned type_size[] = {1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8};

/* Skip a metadata value of type t; integers are also returned in *iv (for general.alignment). */
static mulerr_status value(cur *c, uint32_t t, int depth, uint64_t *iv, int *is_int) {
  *is_int = 0;
  if (t > T_F64)
    return mulerr_weights_fail(c->w, MULERR_EIO, "bad GGUF: unknown metadata value type %u in %s",
                               (unsigned)t, c->where);
  if (t == T_STRING) {
    const char *s;
    uint64_t len;
    return str(c, &s, &len);
  }
  if (t == T_ARRAY) {
    uint32_t et;
    uint64_t n, i, bytes;
    if (depth > 8)
      return mulerr_weights_fail(c->w, MULERR_EIO, "bad GGUF: arrays nested deeper than 8 in %s", c->where);
    if (u32(c, &et) || u64(c, &n)) return MULERR_EIO;
    if (et > T_F64)
      return mulerr_weights_fail(c->w, MULERR_EIO, "bad GGUF: unknown array element type %u in %s",
                                 (unsigned)et, c->where);
    if (type_size[et]) {
      if (__builtin_mul_overflow(n, (uint64_t)type_size[et], &bytes) || need(c, bytes))
        return truncated(c);
      c->p += bytes;
      return MULERR_OK;
    }
    if (n > (uint64_t)(c->end - c->p) / 8) return truncated(c); /* each element >= 8 bytes */
    for (i = 0; i < n; i++) {
      uint64_t dummy;
      int di;
      if (value(c, et, depth + 1, &dummy, &di)) return MULERR_EIO;
    }
    return MULERR_OK;
  }
  if (need(c, type_size[t])) return MULERR_EIO;
  *is_int = t != T_F32 && t != T_F64 && t != T_BOOL;
  switch (type_size[t]) {
  case 1: *iv = c->p[0]; break;
  case 2: *iv = mulerr_le16(c->p); break;
  case 4: *iv = mulerr_le32(c->p); break;
  default: *iv = mulerr_le64(c->p);
  }
  if ((t == T_I8 && (int8_t)*iv < 0) || (t == T_I16 && (int16_t)*iv < 0) ||
      (t == T_I32 && (int32_t)*iv < 0) || (t == T_I64 && (int64_t)*iv < 0))
    *is_int = 0; /* negative: never a valid alignment */
  c->p += type_size[t];
  return MULERR_OK;
}

static const char *ggml_type_name(uint32_t t) {
  static const char *const names[] = {
      "F32", "F16", "Q4_0", "Q4_1", "Q4_2", "Q4_3", "Q5_0", "Q5_1", "Q8_0", "Q8_1", "Q2_K",
      "Q3_K", "Q4_K", "Q5_K", "Q6_K", "Q8_K", "IQ2_XXS", "IQ2_XS", "IQ3_XXS", "IQ1_S", "IQ4_NL",
      "IQ3_S", "IQ2_S", "IQ4_XS", "I8", "I16", "I32", "I64", "F64", "IQ1_M", "BF16", "Q4_0_4_4",
      "Q4_0_4_8", "Q4_0_8_8", "TQ1_0", "TQ2_0", "IQ4_NL_4_4", "IQ4_NL_4_8", "IQ4_NL_8_8", "MXFP4"};
  return t < sizeof names / sizeof names[0] ? names[t] : NULL;
}

static mulerr_status read_gguf(mulerr_weights *w) {
  cur c = {w->map, w->map + w->size, w, "the header"};
  uint32_t version;
  uint64_t ntensors, nkv, i, alignment = 32, data_start;
  char where[160];
  struct info { const char *name; uint64_t name_len, ne[MULERR_WEIGHTS_MAXDIM], offset; uint32_t ndim, type; } *inf;
  mulerr_status st = MULERR_OK;
  if (w->size < 4 || memcmp(w->map, "GGUF", 4)) {
    char got[16] = "";
    size_t k;
    for (k = 0; k < 4 && k < w->size; k++)
      snprintf(got + strlen(got), sizeof got - strlen(got), "%02x", w->map[k]);
    return mulerr_weights_fail(w, MULERR_EIO, "not a GGUF file: bad magic (first bytes %s%s, "
                               "expected 47475546 'GGUF')", got, w->size < 4 ? ", truncated" : "");
  }
  c.p += 4;
  if (u32(&c, &version)) return MULERR_EIO;
  if (version != 2 && version != 3)
    return mulerr_weights_fail(w, MULERR_EIO, "GGUF version %u is not supported (2 or 3%s)",
                               (unsigned)version, version > 0xffff ? "; a big-endian file?" : "");
  if (u64(&c, &ntensors) || u64(&c, &nkv)) return MULERR_EIO;
  /* every metadata entry takes >= 12 bytes and every tensor info >= 24: bound the counts
     by the file before allocating anything */
  if (nkv > w->size / 12 || ntensors > w->size / 24)
    return mulerr_weights_fail(w, MULERR_EIO, "truncated or bad GGUF: %llu tensors and %llu "
                               "metadata entries cannot fit in %llu bytes", (unsigned long long)ntensors,
                               (unsigned long long)nkv, (unsigned long long)w->size);
  for (i = 0; i < nkv; i++) {
    const char *key;
    uint64_t klen, iv = 0;
    uint32_t t;
    int is_int;
    snprintf(where, sizeof where, "metadata entry %llu of %llu", (unsigned long long)i + 1,
             (unsigned long long)nkv);
    c.where = where;
    if (str(&c, &key, &klen) || u32(&c, &t)) return MULERR_EIO;
    snprintf(where, sizeof where, "metadata entry %llu of %llu ('%.*s')", (unsigned long long)i + 1,
             (unsigned long long)nkv, (int)(klen > 80 ? 80 : klen), key);
    if (value(&c, t, 0, &iv, &is_int)) return MULERR_EIO;
    if (klen == 17 && !memcmp(key, "general.alignment", 17)) {
      if (!is_int || iv == 0 || (iv & (iv - 1)) || iv > (1u << 30))
        return mulerr_weights_fail(w, MULERR_EIO, "bad GGUF: general.alignment must be a power of "
                                   "two integer (got %s%llu)", is_int ? "" : "a non-integer or ",
                                   (unsigned long long)iv);
      alignment = iv;
    }
  }
  if (!(inf = calloc(ntensors ? ntensors : 1, sizeof *inf))) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  for (i = 0; i < ntensors && !st; i++) {
    uint64_t k;
    snprintf(where, sizeof where, "tensor info %llu of %llu", (unsigned long long)i + 1,
             (unsigned long long)ntensors);
    c.where = where;
    if (str(&c, &inf[i].name, &inf[i].name_len) || u32(&c, &inf[i].ndim)) st = MULERR_EIO;
    else if ((st = mulerr_weights_check_name(w, inf[i].name, inf[i].name_len)) != MULERR_OK) break;
    else if (inf[i].ndim > MULERR_WEIGHTS_MAXDIM)
      st = mulerr_weights_fail(w, MULERR_EIO, "tensor '%.*s' has %u dimensions (at most %d)",
                               (int)(inf[i].name_len > 200 ? 200 : inf[i].name_len), inf[i].name,
                               (unsigned)inf[i].ndim, MULERR_WEIGHTS_MAXDIM);
    for (k = 0; !st && k < inf[i].ndim; k++)
      if (u64(&c, &inf[i].ne[k])) st = MULERR_EIO;
    if (!st && (u32(&c, &inf[i].type) || u64(&c, &inf[i].offset))) st = MULERR_EIO;
  }
  if (!st) {
    uint64_t pos = (uint64_t)(c.p - w->map);
    data_start = (pos + alignment - 1) / alignment * alignment; /* no overflow: pos < 2^63 */
    if (data_start > w->size && ntensors)
      st = mulerr_weights_fail(w, MULERR_EIO, "truncated GGUF: the tensor data would start at "
                               "byte %llu, beyond the end of the file (%llu bytes)",
                               (unsigned long long)data_start, (unsigned long long)w->size);
  }
  for (i = 0; i < ntensors && !st; i++) {
    uint64_t shape[MULERR_WEIGHTS_MAXDIM], off;
    const char *tn = ggml_type_name(inf[i].type);
    mulerr_wdtype dt = inf[i].type == 0 ? MULERR_WT_F32 : inf[i].type == 1 ? MULERR_WT_F16
                     : inf[i].type == 8 ? MULERR_WT_Q8_0 : inf[i].type == 30 ? MULERR_WT_BF16
                     : MULERR_WT_UNSUPPORTED;
    int name_len = (int)(inf[i].name_len > 200 ? 200 : inf[i].name_len);
    uint32_t k;
    if (!tn) {
      st = mulerr_weights_fail(w, MULERR_EIO, "tensor '%.*s' has unknown ggml type %u", name_len,
                               inf[i].name, (unsigned)inf[i].type);
      break;
    }
    for (k = 0; k < inf[i].ndim; k++) shape[k] = inf[i].ne[inf[i].ndim - 1 - k];
    if (inf[i].offset % alignment) {
      st = mulerr_weights_fail(w, MULERR_EIO, "tensor '%.*s': offset %llu is not a multiple of "
                               "the alignment %llu", name_len, inf[i].name,
                               (unsigned long long)inf[i].offset, (unsigned long long)alignment);
      break;
    }
    if (__builtin_add_overflow(data_start, inf[i].offset, &off)) off = UINT64_MAX; /* beyond the file */
    st = mulerr_weights_add(w, inf[i].name, inf[i].name_len, dt, tn, (int)inf[i].ndim, shape, off,
                            MULERR_NBYTES_FROM_SHAPE);
  }
  free(inf);
  return st;
}

/* Look a metadata key up (see weights.h): the header is walked again from the start; the
 * file was validated when it was opened, so every read here stays inside the mapping. */
mulerr_status mulerr_gguf_meta(const mulerr_weights *w, const char *key, mulerr_gguf_value *out) {
  cur c = {w->map, w->map + w->size, (mulerr_weights *)w, "the header"};
  uint32_t version;
  uint64_t ntensors, nkv, i;
  size_t want = strlen(key);
  memset(out, 0, sizeof *out);
  if (strcmp(w->container, "gguf")) return MULERR_OK;
  c.p += 4;
  if (u32(&c, &version) || u64(&c, &ntensors) || u64(&c, &nkv)) return MULERR_EIO;
  for (i = 0; i < nkv; i++) {
    const char *k;
    uint64_t klen, iv = 0;
    uint32_t t;
    int is_int;
    const unsigned char *start;
    if (str(&c, &k, &klen) || u32(&c, &t)) return MULERR_EIO;
    start = c.p;
    if (value(&c, t, 0, &iv, &is_int)) return MULERR_EIO;
    if (klen != want || memcmp(k, key, want)) continue;
    out->found = 1;
    out->type = (int)t;
    if (t == T_STRING) {
      out->str = (const char *)start + 8;
      out->len = mulerr_le64(start);
    } else if (t == T_ARRAY) {
      out->elem_type = (int)mulerr_le32(start);
      out->len = mulerr_le64(start + 4);
      out->data = start + 12;
    } else if (t == T_F32) {
      out->num = mulerr_f32_value(mulerr_le32(start));
      out->is_num = 1;
    } else if (t == T_F64) {
      uint64_t u = mulerr_le64(start);
      memcpy(&out->num, &u, sizeof out->num);
      out->is_num = 1;
    } else if (t != T_BOOL) {
      int64_t s = t == T_I8 ? (int8_t)iv : t == T_I16 ? (int16_t)iv : t == T_I32 ? (int32_t)iv
                : t == T_I64 ? (int64_t)iv : (int64_t)iv;
      out->num = (double)s;
      out->integer = s;
      out->is_num = out->is_int = 1;
      if (t == T_U64 && iv > INT64_MAX) out->is_num = out->is_int = 0; /* out of range */
    }
    return MULERR_OK;
  }
  return MULERR_OK;
}

static int sniff(const unsigned char *map, uint64_t size) { return size >= 4 && !memcmp(map, "GGUF", 4) ? 2 : 0; }

const mulerr_wreader mulerr_wreader_gguf = {"gguf", ".gguf", sniff, read_gguf};
