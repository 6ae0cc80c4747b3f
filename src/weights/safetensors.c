/* safetensors.c — the safetensors container (Hugging Face): an unsigned 64-bit little-endian
 * header length N, N bytes of JSON
 *     {"NAME": {"dtype": "BF16", "shape": [d0, d1, ...], "data_offsets": [BEGIN, END]}, ...,
 *      "__metadata__": {"key": "value", ...}}
 * (optionally padded with spaces), then the tensor data; offsets count from the first byte
 * after the header.  Shapes are row-major, outermost first.
 *
 * The header is read by a small strict JSON scanner (RFC 8259: strings with every escape,
 * numbers, literals, nesting at most 64 deep), which never reads past the N bytes. */
#include "weights/weights.h"

#include <stdlib.h>
#include <string.h>

#define MAXDEPTH 64

typedef struct js {
  const unsigned char *base, *p, *end;
  mulerr_weights *w;
} js;

static mulerr_status jerr(js *j, const char *what) {
  return mulerr_weights_fail(j->w, MULERR_EIO, "bad safetensors header JSON: %s at byte %llu of "
                             "the %llu-byte header", what, (unsigned long long)(j->p - j->base),
                             (unsigned long long)(j->end - j->base));
}

static void ws(js *j) {
  while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r')) j->p++;
}

static int peek(js *j) { return j->p < j->end ? *j->p : -1; }

static mulerr_status expect(js *j, char c, const char *what) {
  ws(j);
  if (peek(j) != c) return jerr(j, peek(j) < 0 ? "unexpected end" : what);
  j->p++;
  return MULERR_OK;
}

static int hex4(const unsigned char *p, unsigned *v) {
  int i;
  *v = 0;
  for (i = 0; i < 4; i++) {
    int c = p[i], d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    *v = *v << 4 | (unsigned)d;
  }
  return 0;
}

/* A string at j->p (after whitespace).  With out != NULL its decoded bytes (UTF-8, NUL
 * terminated, *len without the NUL) are malloc'd into *out. */
static mulerr_status jstring(js *j, char **out, size_t *len) {
  const unsigned char *q;
  char *buf = NULL;
  size_t n = 0;
  ws(j);
  if (peek(j) != '"') return jerr(j, peek(j) < 0 ? "unexpected end" : "expected a string");
  for (q = j->p + 1; q < j->end && *q != '"'; q++) /* find the closing quote first */
    if (*q == '\\') q++;
  if (q >= j->end) return jerr(j, "unterminated string");
  if (out && !(buf = malloc((size_t)(q - j->p)))) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  for (j->p++; *j->p != '"';) {
    unsigned c = *j->p, u, lo;
    if (c < 0x20) {
      free(buf);
      return jerr(j, "control character in a string");
    }
    if (c != '\\') {
      if (buf) buf[n++] = (char)c;
      j->p++;
      continue;
    }
    c = j->p[1]; /* inside the string: the closing quote is still ahead */
    switch (c) {
    case '"': case '\\': case '/': u = c; break;
    case 'b': u = '\b'; break;
    case 'f': u = '\f'; break;
    case 'n': u = '\n'; break;
    case 'r': u = '\r'; break;
    case 't': u = '\t'; break;
    case 'u':
      if (q - j->p < 6 || hex4(j->p + 2, &u)) {
        free(buf);
        return jerr(j, "bad \\u escape");
      }
      if (u == 0) { /* a NUL would end the C string early: "F32\u0000junk" read as "F32" */
        free(buf);
        return jerr(j, "\\u0000 (a NUL character) in a string");
      }
      if (u >= 0xDC00 && u <= 0xDFFF) {
        free(buf);
        return jerr(j, "lone low surrogate in a \\u escape");
      }
      if (u >= 0xD800 && u <= 0xDBFF) {
        if (q - j->p < 12 || j->p[6] != '\\' || j->p[7] != 'u' || hex4(j->p + 8, &lo) ||
            lo < 0xDC00 || lo > 0xDFFF) {
          free(buf);
          return jerr(j, "high surrogate without a low one in a \\u escape");
        }
        u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
        j->p += 6;
      }
      j->p += 4;
      break;
    default:
      free(buf);
      return jerr(j, "unknown escape in a string");
    }
    j->p += 2;
    if (!buf) continue;
    if (u < 0x80) buf[n++] = (char)u; /* UTF-8 never needs more bytes than the escape had */
    else if (u < 0x800) buf[n++] = (char)(0xC0 | u >> 6), buf[n++] = (char)(0x80 | (u & 63));
    else if (u < 0x10000)
      buf[n++] = (char)(0xE0 | u >> 12), buf[n++] = (char)(0x80 | (u >> 6 & 63)),
      buf[n++] = (char)(0x80 | (u & 63));
    else
      buf[n++] = (char)(0xF0 | u >> 18), buf[n++] = (char)(0x80 | (u >> 12 & 63)),
      buf[n++] = (char)(0x80 | (u >> 6 & 63)), buf[n++] = (char)(0x80 | (u & 63));
  }
  j->p++;
  if (buf) {
    buf[n] = 0;
    *out = buf;
    *len = n;
  }
  return MULERR_OK;
}

static int isdig(int c) { return c >= '0' && c <= '9'; }

/* Any JSON number. */
static mulerr_status jnumber(js *j) {
  if (peek(j) == '-') j->p++;
  if (peek(j) == '0') j->p++;
  else if (isdig(peek(j)))
    while (isdig(peek(j))) j->p++;
  else return jerr(j, "bad number");
  if (peek(j) == '.') {
    j->p++;
    if (!isdig(peek(j))) return jerr(j, "bad number");
    while (isdig(peek(j))) j->p++;
  }
  if (peek(j) == 'e' || peek(j) == 'E') {
    j->p++;
    if (peek(j) == '+' || peek(j) == '-') j->p++;
    if (!isdig(peek(j))) return jerr(j, "bad number");
    while (isdig(peek(j))) j->p++;
  }
  return MULERR_OK;
}

/* A whole number in 0..2^64-1 (shapes and offsets). */
static mulerr_status juint(js *j, uint64_t *v) {
  ws(j);
  *v = 0;
  if (peek(j) == '-') return jerr(j, "negative number where a size or offset belongs");
  if (!isdig(peek(j))) return jerr(j, peek(j) < 0 ? "unexpected end" : "expected a whole number");
  if (peek(j) == '0' && j->p + 1 < j->end && isdig(j->p[1])) return jerr(j, "number with a leading zero");
  while (isdig(peek(j))) {
    if (__builtin_mul_overflow(*v, (uint64_t)10, v) ||
        __builtin_add_overflow(*v, (uint64_t)(*j->p - '0'), v))
      return jerr(j, "number larger than 2^64 - 1");
    j->p++;
  }
  if (peek(j) == '.' || peek(j) == 'e' || peek(j) == 'E') return jerr(j, "fraction where a whole number belongs");
  return MULERR_OK;
}

/* Any JSON value. */
static mulerr_status jskip(js *j, int depth) {
  mulerr_status st;
  int c;
  ws(j);
  c = peek(j);
  if (depth > MAXDEPTH) return jerr(j, "nesting deeper than 64");
  if (c == '"') return jstring(j, NULL, NULL);
  if (c == '{' || c == '[') {
    int close = c == '{' ? '}' : ']';
    j->p++;
    ws(j);
    if (peek(j) == close) {
      j->p++;
      return MULERR_OK;
    }
    for (;;) {
      if (c == '{') {
        if ((st = jstring(j, NULL, NULL)) || (st = expect(j, ':', "expected ':'"))) return st;
      }
      if ((st = jskip(j, depth + 1))) return st;
      ws(j);
      if (peek(j) == ',') {
        j->p++;
        continue;
      }
      return expect(j, (char)close, c == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
    }
  }
  if (c == '-' || isdig(c)) return jnumber(j);
  if (c == 't' || c == 'f' || c == 'n') {
    const char *lit = c == 't' ? "true" : c == 'f' ? "false" : "null";
    size_t l = strlen(lit);
    if ((size_t)(j->end - j->p) < l || memcmp(j->p, lit, l)) return jerr(j, "bad literal");
    j->p += l;
    return MULERR_OK;
  }
  return jerr(j, c < 0 ? "unexpected end" : "expected a value");
}

typedef struct range { uint64_t begin, end; const char *name; } range;

static mulerr_status tensor(js *j, const char *name, size_t name_len, uint64_t data_start,
                            uint64_t data_size) {
  char *key = NULL, *dtype = NULL;
  size_t klen, dlen = 0;
  uint64_t shape[MULERR_WEIGHTS_MAXDIM], off[2] = {0, 0};
  int ndim = -1, have_off = 0;
  mulerr_status st;
  mulerr_wdtype dt;
  ws(j);
  if (peek(j) != '{') return jerr(j, "expected an object describing a tensor");
  j->p++;
  ws(j);
  if (peek(j) == '}') j->p++;
  else
    for (;;) {
      if ((st = jstring(j, &key, &klen)) || (st = expect(j, ':', "expected ':'"))) goto fail;
      if (!strcmp(key, "dtype") || !strcmp(key, "shape") || !strcmp(key, "data_offsets")) {
        if ((key[0] == 'd' && key[1] == 't' && dtype) || (key[0] == 's' && ndim >= 0) ||
            (key[0] == 'd' && key[1] == 'a' && have_off)) {
          st = jerr(j, "a key repeated in a tensor's object");
          goto fail;
        }
      }
      if (!strcmp(key, "dtype")) {
        if ((st = jstring(j, &dtype, &dlen))) goto fail;
      } else if (!strcmp(key, "shape")) {
        if ((st = expect(j, '[', "expected '[' (the shape)"))) goto fail;
        ndim = 0;
        ws(j);
        if (peek(j) == ']') j->p++;
        else
          for (;;) {
            if (ndim == MULERR_WEIGHTS_MAXDIM) {
              st = mulerr_weights_fail(j->w, MULERR_EIO, "tensor '%s' has more than %d dimensions",
                                       name, MULERR_WEIGHTS_MAXDIM);
              goto fail;
            }
            if ((st = juint(j, &shape[ndim++]))) goto fail;
            ws(j);
            if (peek(j) == ',') {
              j->p++;
              continue;
            }
            if ((st = expect(j, ']', "expected ',' or ']' in a shape"))) goto fail;
            break;
          }
      } else if (!strcmp(key, "data_offsets")) {
        if ((st = expect(j, '[', "expected '[' (the data offsets)")) || (st = juint(j, &off[0])) ||
            (st = expect(j, ',', "expected ',' (data_offsets has two numbers)")) ||
            (st = juint(j, &off[1])) ||
            (st = expect(j, ']', "expected ']' (data_offsets has two numbers)")))
          goto fail;
        have_off = 1;
      } else if ((st = jskip(j, 2))) goto fail;
      free(key);
      key = NULL;
      ws(j);
      if (peek(j) == ',') {
        j->p++;
        continue;
      }
      if ((st = expect(j, '}', "expected ',' or '}'"))) goto fail;
      break;
    }
  if (!dtype || ndim < 0 || !have_off) {
    st = mulerr_weights_fail(j->w, MULERR_EIO, "tensor '%s' has no \"%s\" in the header", name,
                             !dtype ? "dtype" : ndim < 0 ? "shape" : "data_offsets");
    goto fail;
  }
  if (off[0] > off[1] || off[1] > data_size) {
    st = mulerr_weights_fail(j->w, MULERR_EIO, "tensor '%s': data_offsets [%llu, %llu] %s (%llu "
                             "bytes of data follow the header)", name, (unsigned long long)off[0],
                             (unsigned long long)off[1], off[0] > off[1] ? "are reversed"
                             : "are beyond the end of the file", (unsigned long long)data_size);
    goto fail;
  }
  if (!strcmp(dtype, "F32")) dt = MULERR_WT_F32;
  else if (!strcmp(dtype, "F16")) dt = MULERR_WT_F16;
  else if (!strcmp(dtype, "BF16")) dt = MULERR_WT_BF16;
  else if (dlen > 0 && dlen < 20 && strspn(dtype, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == dlen)
    dt = MULERR_WT_UNSUPPORTED; /* I64, F64, F8_E4M3, ...: listed, refused when selected */
  else {
    st = mulerr_weights_fail(j->w, MULERR_EIO, "tensor '%s': \"%.40s\" is not a safetensors dtype",
                             name, dtype);
    goto fail;
  }
  st = mulerr_weights_add(j->w, name, name_len, dt, dtype, ndim, shape, data_start + off[0],
                          off[1] - off[0]);
fail:
  free(key);
  free(dtype);
  return st;
}

static int cmp_range(const void *a, const void *b) {
  const range *x = a, *y = b;
  return x->begin < y->begin ? -1 : x->begin > y->begin ? 1 : x->end < y->end ? -1 : x->end > y->end;
}

static mulerr_status read_safetensors(mulerr_weights *w) {
  uint64_t hlen, data_start, data_size;
  js j;
  mulerr_status st;
  range *r;
  size_t i;
  if (w->size < 8)
    return mulerr_weights_fail(w, MULERR_EIO, "truncated: %llu bytes cannot hold a safetensors "
                               "header length (8 bytes)", (unsigned long long)w->size);
  hlen = mulerr_le64(w->map);
  if (hlen > w->size - 8)
    return mulerr_weights_fail(w, MULERR_EIO, "safetensors header length %llu is beyond the end "
                               "of the file (%llu bytes; truncated, or not a safetensors file)",
                               (unsigned long long)hlen, (unsigned long long)w->size);
  if (hlen == 0 || w->map[8] != '{')
    return mulerr_weights_fail(w, MULERR_EIO, "not a safetensors file: the header does not start "
                               "with '{'");
  data_start = 8 + hlen;
  data_size = w->size - data_start;
  j.base = j.p = w->map + 8;
  j.end = j.base + hlen;
  j.w = w;
  j.p++; /* the '{' */
  ws(&j);
  if (peek(&j) == '}') j.p++;
  else
    for (;;) {
      char *name;
      size_t len;
      if ((st = jstring(&j, &name, &len))) return st;
      if ((st = expect(&j, ':', "expected ':'"))) {
        free(name);
        return st;
      }
      st = !strcmp(name, "__metadata__") ? jskip(&j, 1) : tensor(&j, name, len, data_start, data_size);
      free(name);
      if (st) return st;
      ws(&j);
      if (peek(&j) == ',') {
        j.p++;
        continue;
      }
      if ((st = expect(&j, '}', "expected ',' or '}'"))) return st;
      break;
    }
  ws(&j);
  if (j.p != j.end) return jerr(&j, "text after the JSON object");
  /* Tensors must not share bytes (the format requires it; an overlap means a broken file). */
  if (w->ntensors < 2) return MULERR_OK;
  if (!(r = malloc(w->ntensors * sizeof *r))) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  for (i = 0; i < w->ntensors; i++) {
    const mulerr_tensor *t = &w->tensors[i];
    r[i].begin = t->offset;
    r[i].end = t->offset + (t->dtype == MULERR_WT_UNSUPPORTED ? 0 : t->nbytes);
    r[i].name = t->name;
  }
  qsort(r, w->ntensors, sizeof *r, cmp_range);
  st = MULERR_OK;
  for (i = 1; i < w->ntensors && st == MULERR_OK; i++)
    if (r[i].begin < r[i - 1].end)
      st = mulerr_weights_fail(w, MULERR_EIO, "tensors '%s' and '%s' overlap in the file",
                               r[i - 1].name, r[i].name);
  free(r);
  return st;
}

/* An 8-byte header length, then the JSON header's '{'. */
static int sniff(const unsigned char *map, uint64_t size) { return size > 8 && map[8] == '{' ? 1 : 0; }

const mulerr_wreader mulerr_wreader_safetensors = {"safetensors", ".safetensors", sniff, read_safetensors};
