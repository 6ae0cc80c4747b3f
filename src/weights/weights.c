/* weights.c — what every weights container shares: mapping a file, choosing its reader,
 * the tensor table and its checks, exact element decoding, tensor selection by glob
 * patterns, SHA-256 (nettle) and streamed per-tensor statistics. */
#include "weights/weights.h"
#include "engine/stream.h"

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <nettle/sha2.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

mulerr_status mulerr_weights_fail(const mulerr_weights *w, mulerr_status code, const char *fmt, ...) {
  char msg[768];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  return mulerr_fail(code, "%s: %s", w->path, msg);
}

const char *mulerr_wdtype_name(mulerr_wdtype dt) {
  static const char *const names[] = {"F32", "F16", "BF16", "Q8_0"};
  return dt >= MULERR_WT_F32 && dt < MULERR_WT_UNSUPPORTED ? names[dt] : "unsupported";
}

const mulerr_format *mulerr_wdtype_format(mulerr_wdtype dt) {
  switch (dt) {
  case MULERR_WT_F32: return mulerr_format_find("fp32");
  case MULERR_WT_F16: return mulerr_format_find("fp16");
  case MULERR_WT_BF16: return mulerr_format_find("bf16");
  case MULERR_WT_Q8_0: return mulerr_format_find("fp32"); /* see weights.h */
  default: return NULL;
  }
}

mulerr_status mulerr_wdtype_bytes(const mulerr_weights *w, const char *tensor, mulerr_wdtype dt,
                                  uint64_t count, uint64_t *bytes) {
  uint64_t b = 0;
  int over = 0;
  switch (dt) {
  case MULERR_WT_F32: over = __builtin_mul_overflow(count, (uint64_t)4, &b); break;
  case MULERR_WT_F16:
  case MULERR_WT_BF16: over = __builtin_mul_overflow(count, (uint64_t)2, &b); break;
  case MULERR_WT_Q8_0: over = __builtin_mul_overflow(count / 32, (uint64_t)34, &b); break;
  default: break;
  }
  *bytes = b;
  if (over)
    return mulerr_weights_fail(w, MULERR_EIO, "tensor '%s': %llu elements of %s need more than "
                               "2^64 bytes", tensor, (unsigned long long)count, mulerr_wdtype_name(dt));
  return MULERR_OK;
}

static void shape_text(int ndim, const uint64_t *shape, char *buf, size_t len) {
  size_t n = 0;
  int i;
  buf[0] = 0;
  for (i = 0; i < ndim && n < len; i++)
    n += (size_t)snprintf(buf + n, len - n, "%s%llu", i ? "x" : "", (unsigned long long)shape[i]);
}

mulerr_status mulerr_weights_check_name(const mulerr_weights *w, const char *name, size_t name_len) {
  size_t i;
  for (i = 0; i < name_len; i++) {
    unsigned char c = (unsigned char)name[i];
    /* C0 controls, DEL, and C1 controls (UTF-8 C2 80..C2 9F) would reach a terminal raw */
    if (c < 0x20 || c == 0x7f || (c == 0xC2 && i + 1 < name_len && (unsigned char)name[i + 1] >= 0x80 &&
                                  (unsigned char)name[i + 1] <= 0x9f)) {
      char shown[64];
      size_t k, o = 0;
      for (k = 0; k < name_len && k < 40 && o + 5 < sizeof shown; k++) {
        unsigned char d = (unsigned char)name[k];
        o += (size_t)snprintf(shown + o, sizeof shown - o, d < 0x20 || d >= 0x7f ? "\\x%02x" : "%c", d);
      }
      return mulerr_weights_fail(w, MULERR_EIO, "a tensor name holds the control character 0x%02x%s "
                                 "at byte %zu ('%s%s'); tensor names must be printable",
                                 c == 0xC2 ? (unsigned char)name[i + 1] : c, c == 0xC2 ? " (C1)" : "", i,
                                 shown, k < name_len ? "..." : "");
    }
  }
  return MULERR_OK;
}

mulerr_status mulerr_weights_add(mulerr_weights *w, const char *name, size_t name_len,
                                 mulerr_wdtype dtype, const char *dtype_name, int ndim,
                                 const uint64_t *shape, uint64_t offset, uint64_t nbytes) {
  mulerr_tensor *t;
  uint64_t count = 1, need, end;
  char shp[256];
  int i;
  mulerr_status st;
  if ((st = mulerr_weights_check_name(w, name, name_len)) != MULERR_OK) return st;
  if (ndim < 0 || ndim > MULERR_WEIGHTS_MAXDIM)
    return mulerr_weights_fail(w, MULERR_EIO, "tensor '%.*s' has %d dimensions (at most %d)",
                               (int)(name_len > 200 ? 200 : name_len), name, ndim, MULERR_WEIGHTS_MAXDIM);
  shape_text(ndim, shape, shp, sizeof shp);
  for (i = 0; i < ndim; i++)
    if (__builtin_mul_overflow(count, shape[i], &count))
      return mulerr_weights_fail(w, MULERR_EIO, "tensor '%.*s': shape %s has more than 2^64 "
                                 "elements (the product overflows)",
                                 (int)(name_len > 200 ? 200 : name_len), name, shp);
  if (w->ntensors == w->cap) {
    size_t cap = w->cap ? 2 * w->cap : 64;
    mulerr_tensor *nt = realloc(w->tensors, cap * sizeof *nt);
    if (!nt) return mulerr_fail(MULERR_ENOMEM, "%s: out of memory", w->path);
    w->tensors = nt;
    w->cap = cap;
  }
  t = &w->tensors[w->ntensors];
  memset(t, 0, sizeof *t);
  if (!(t->name = malloc(name_len + 1))) return mulerr_fail(MULERR_ENOMEM, "%s: out of memory", w->path);
  memcpy(t->name, name, name_len);
  t->name[name_len] = 0;
  w->ntensors++; /* from here on the name is owned by w */
  t->dtype = dtype;
  snprintf(t->dtype_name, sizeof t->dtype_name, "%s",
           dtype == MULERR_WT_UNSUPPORTED ? dtype_name : mulerr_wdtype_name(dtype));
  t->ndim = ndim;
  for (i = 0; i < ndim; i++) t->shape[i] = shape[i];
  t->count = count;
  t->offset = offset;
  t->file = w;
  if (dtype == MULERR_WT_UNSUPPORTED) return MULERR_OK; /* never read: no size to check */
  if (dtype == MULERR_WT_Q8_0 && (ndim == 0 || shape[ndim - 1] % 32 != 0))
    return mulerr_weights_fail(w, MULERR_EIO, "tensor '%s': Q8_0 needs rows of a multiple of 32 "
                               "elements (shape %s)", t->name, ndim ? shp : "scalar");
  if (mulerr_wdtype_bytes(w, t->name, dtype, count, &need) != MULERR_OK) return MULERR_EIO;
  if (nbytes == MULERR_NBYTES_FROM_SHAPE) nbytes = need;
  if (nbytes != need)
    return mulerr_weights_fail(w, MULERR_EIO, "tensor '%s': shape %s of %s needs %llu bytes but "
                               "the file gives it %llu", t->name, ndim ? shp : "scalar",
                               t->dtype_name, (unsigned long long)need, (unsigned long long)nbytes);
  if (__builtin_add_overflow(offset, nbytes, &end) || end > w->size)
    return mulerr_weights_fail(w, MULERR_EIO, "tensor '%s': its data (%llu bytes at offset %llu) "
                               "is beyond the end of the file (%llu bytes)", t->name,
                               (unsigned long long)nbytes, (unsigned long long)offset,
                               (unsigned long long)w->size);
  t->nbytes = nbytes;
  t->data = w->map + offset;
  return MULERR_OK;
}

static int cmp_names(const void *a, const void *b) {
  return strcmp((*(const mulerr_tensor *const *)a)->name, (*(const mulerr_tensor *const *)b)->name);
}

/* Two tensors with one name would make selection and comparison ambiguous. */
static mulerr_status check_unique(const mulerr_weights *w) {
  const mulerr_tensor **s;
  size_t i;
  mulerr_status st = MULERR_OK;
  if (w->ntensors < 2) return MULERR_OK;
  if (!(s = malloc(w->ntensors * sizeof *s))) return mulerr_fail(MULERR_ENOMEM, "%s: out of memory", w->path);
  for (i = 0; i < w->ntensors; i++) s[i] = &w->tensors[i];
  qsort(s, w->ntensors, sizeof *s, cmp_names);
  for (i = 1; i < w->ntensors && st == MULERR_OK; i++)
    if (!strcmp(s[i]->name, s[i - 1]->name))
      st = mulerr_weights_fail(w, MULERR_EIO, "two tensors are named '%s'", s[i]->name);
  free(s);
  return st;
}

static int has_ext(const char *path, const char *ext) {
  size_t lp = strlen(path), le = strlen(ext);
  return lp > le && !strcmp(path + lp - le, ext);
}

static const mulerr_wreader *const readers[] = {
#define READER(id) &mulerr_wreader_##id,
#include "readers.def"
#undef READER
};
#define NREADERS (sizeof readers / sizeof readers[0])

/* The reader of w: a sure signature, else the name's ending, else a likely signature. */
static const mulerr_wreader *choose_reader(const mulerr_weights *w) {
  size_t i;
  for (i = 0; i < NREADERS; i++)
    if (readers[i]->sniff && readers[i]->sniff(w->map, w->size) == 2) return readers[i];
  for (i = 0; i < NREADERS; i++)
    if (has_ext(w->path, readers[i]->ext)) return readers[i];
  for (i = 0; i < NREADERS; i++)
    if (readers[i]->sniff && readers[i]->sniff(w->map, w->size) == 1) return readers[i];
  return NULL;
}

void mulerr_weights_close(mulerr_weights *w) {
  size_t i;
  if (!w) return;
  for (i = 0; i < w->ntensors; i++) free(w->tensors[i].name);
  free(w->tensors);
  if (w->map) munmap((void *)w->map, (size_t)w->size);
  free(w->path);
  free(w);
}

/* Read the whole file (w->size bytes, its size when opened) into buf; a file that is
 * shorter or longer by the end of the read changed meanwhile and is refused. */
static mulerr_status read_all(mulerr_weights *w, int fd, unsigned char *buf) {
  uint64_t done = 0;
  char extra;
  int flags = fcntl(fd, F_GETFL);
  if (flags >= 0) fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  while (done < w->size) {
    size_t want = w->size - done > ((size_t)1 << 30) ? (size_t)1 << 30 : (size_t)(w->size - done);
    ssize_t got = read(fd, buf + done, want);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return mulerr_weights_fail(w, MULERR_EIO, "read error: %s", strerror(errno));
    if (got == 0)
      return mulerr_weights_fail(w, MULERR_EIO, "the file shrank while it was read (%llu of %llu "
                                 "bytes): is another program writing it?", (unsigned long long)done,
                                 (unsigned long long)w->size);
    done += (uint64_t)got;
  }
  if (read(fd, &extra, 1) > 0)
    return mulerr_weights_fail(w, MULERR_EIO, "the file grew while it was read (beyond %llu bytes): is "
                               "another program writing it?", (unsigned long long)w->size);
  return MULERR_OK;
}

mulerr_status mulerr_weights_open(const char *path, mulerr_weights **out) {
  mulerr_weights *w;
  struct stat sb;
  void *map;
  int fd;
  mulerr_status st;
  *out = NULL;
  if (!(w = calloc(1, sizeof *w)) || !(w->path = strdup(path))) {
    free(w);
    return mulerr_fail(MULERR_ENOMEM, "%s: out of memory", path);
  }
  /* O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below */
  if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) < 0) {
    st = mulerr_weights_fail(w, MULERR_EIO, "cannot open: %s", strerror(errno));
    mulerr_weights_close(w);
    return st;
  }
  if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size <= 0) {
    st = mulerr_weights_fail(w, MULERR_EIO, "%s", fstat(fd, &sb) != 0 ? strerror(errno)
                             : !S_ISREG(sb.st_mode) ? "not a regular file" : "empty file (0 bytes)");
    close(fd);
    mulerr_weights_close(w);
    return st;
  }
  /* The file is read into private memory, not mapped: a file that shrinks while mapped
   * kills the process with SIGBUS at the next access, and one that changes would make the
   * values sampled differ from the SHA-256 recorded.  A copy is what was hashed and sampled. */
  w->size = (uint64_t)sb.st_size;
  if ((uint64_t)(size_t)w->size != w->size) {
    st = mulerr_weights_fail(w, MULERR_ENOMEM, "too large for this machine's address space");
    close(fd);
    mulerr_weights_close(w);
    return st;
  }
  map = mmap(NULL, (size_t)w->size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (map == MAP_FAILED) {
    st = mulerr_weights_fail(w, MULERR_ENOMEM, "cannot allocate %llu bytes for the file: %s",
                             (unsigned long long)w->size, strerror(errno));
    close(fd);
    mulerr_weights_close(w);
    return st;
  }
  w->map = map;
  if ((st = read_all(w, fd, map)) != MULERR_OK) {
    close(fd);
    mulerr_weights_close(w);
    return st;
  }
  close(fd);
  mprotect(map, (size_t)w->size, PROT_READ);
  {
    const mulerr_wreader *r = choose_reader(w);
    if (r) {
      w->container = r->name; /* with a name but not the content of r, the reader says so */
      st = r->read(w);
    } else
      st = mulerr_weights_fail(w, MULERR_EIO, "not a weights file: no GGUF magic, no safetensors "
                               "header, and no extension (.gguf, .safetensors, .bin) to go by");
  }
  if (st == MULERR_OK) st = check_unique(w);
  if (st != MULERR_OK) {
    mulerr_weights_close(w);
    return st;
  }
  *out = w;
  return MULERR_OK;
}

const mulerr_tensor *mulerr_weights_find(const mulerr_weights *w, const char *name) {
  size_t i;
  for (i = 0; i < w->ntensors; i++)
    if (!strcmp(w->tensors[i].name, name)) return &w->tensors[i];
  return NULL;
}

double mulerr_tensor_get(const mulerr_tensor *t, uint64_t i) {
  const unsigned char *p = t->data;
  switch (t->dtype) {
  case MULERR_WT_F32: return mulerr_f32_value(mulerr_le32(p + 4 * i));
  case MULERR_WT_F16: return mulerr_f16_value(mulerr_le16(p + 2 * i));
  case MULERR_WT_BF16: return mulerr_bf16_value(mulerr_le16(p + 2 * i));
  case MULERR_WT_Q8_0: {
    const unsigned char *b = p + (i / 32) * 34;
    /* exact: an fp16 times an int8 has at most 19 significant bits */
    return mulerr_f16_value(mulerr_le16(b)) * (double)(int8_t)b[2 + i % 32];
  }
  default: return NAN;
  }
}

void mulerr_tensor_read(const mulerr_tensor *t, uint64_t start, size_t n, double *out) {
  const unsigned char *p = t->data;
  size_t j;
  switch (t->dtype) {
  case MULERR_WT_F32:
    for (j = 0, p += 4 * start; j < n; j++, p += 4) out[j] = mulerr_f32_value(mulerr_le32(p));
    break;
  case MULERR_WT_F16:
    for (j = 0, p += 2 * start; j < n; j++, p += 2) out[j] = mulerr_f16_value(mulerr_le16(p));
    break;
  case MULERR_WT_BF16:
    for (j = 0, p += 2 * start; j < n; j++, p += 2) out[j] = mulerr_bf16_value(mulerr_le16(p));
    break;
  default:
    for (j = 0; j < n; j++) out[j] = mulerr_tensor_get(t, start + j);
  }
}

int mulerr_weights_match(const char *patterns, const char *name) {
  char buf[512];
  const char *p = patterns, *bar;
  if (!patterns || !*patterns) return 1;
  for (;;) {
    size_t len;
    bar = strchr(p, '|');
    len = bar ? (size_t)(bar - p) : strlen(p);
    if (len > 0 && len < sizeof buf) {
      memcpy(buf, p, len);
      buf[len] = 0;
      if (fnmatch(buf, name, 0) == 0) return 1;
    }
    if (!bar) return 0;
    p = bar + 1;
  }
}

mulerr_status mulerr_weights_select(const mulerr_weights *w, const char *patterns,
                                    int unreadable_ok, size_t **idx, size_t *n) {
  size_t i, k = 0;
  const char *p;
  *idx = NULL;
  *n = 0;
  if (patterns && *patterns) { /* every alternative must be a usable pattern */
    for (p = patterns;;) {
      const char *bar = strchr(p, '|');
      size_t len = bar ? (size_t)(bar - p) : strlen(p);
      if (len == 0)
        return mulerr_weights_fail(w, MULERR_EINVAL, "tensor pattern '%s' has an empty alternative "
                                   "(patterns are joined by single '|')", patterns);
      if (len >= 512)
        return mulerr_weights_fail(w, MULERR_EINVAL, "tensor pattern '%.40s...' is too long", p);
      if (!bar) break;
      p = bar + 1;
    }
  }
  if (!(*idx = malloc((w->ntensors ? w->ntensors : 1) * sizeof **idx)))
    return mulerr_fail(MULERR_ENOMEM, "%s: out of memory", w->path);
  for (i = 0; i < w->ntensors; i++)
    if (mulerr_weights_match(patterns, w->tensors[i].name)) {
      if (w->tensors[i].dtype == MULERR_WT_UNSUPPORTED && !unreadable_ok) {
        mulerr_status st = mulerr_weights_fail(
            w, MULERR_EIO, "tensor '%s' has dtype %s, which mulerr cannot read (it reads F32, "
            "F16, BF16 and Q8_0)%s", w->tensors[i].name, w->tensors[i].dtype_name,
            patterns && *patterns ? "; change the tensor pattern to leave it out"
                                  : "; select the others with a tensor pattern");
        free(*idx);
        *idx = NULL;
        return st;
      }
      (*idx)[k++] = i;
    }
  if (k == 0) {
    free(*idx);
    *idx = NULL;
    if (!w->ntensors) return mulerr_weights_fail(w, MULERR_EIO, "the file holds no tensor");
    return mulerr_weights_fail(w, MULERR_EINVAL, "tensor pattern '%s' selects none of the %zu "
                               "tensors (first: '%s'; 'mulerr weights %s' lists them)", patterns,
                               w->ntensors, w->tensors[0].name, w->path);
  }
  *n = k;
  return MULERR_OK;
}

const char *mulerr_weights_sha256(mulerr_weights *w) {
  struct sha256_ctx ctx;
  uint8_t digest[SHA256_DIGEST_SIZE];
  uint64_t done = 0;
  int i;
  if (w->sha256[0]) return w->sha256;
  sha256_init(&ctx);
  while (done < w->size) {
    size_t chunk = w->size - done > (1u << 30) ? (1u << 30) : (size_t)(w->size - done);
    sha256_update(&ctx, chunk, w->map + done);
    done += chunk;
  }
  sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
  for (i = 0; i < SHA256_DIGEST_SIZE; i++) snprintf(w->sha256 + 2 * i, 3, "%02x", digest[i]);
  return w->sha256;
}

uint64_t mulerr_uniform_u64(gsl_rng *r, uint64_t n) {
  uint64_t x, reject;
  mulerr_sm64 *g = mulerr_stream_state(r);
  if (g) return mulerr_sm64_below(g, n); /* stream version 2: Lemire's (engine/stream.h) */
  if (n <= (uint64_t)(gsl_rng_max(r) - gsl_rng_min(r))) /* what gsl_rng_uniform_int accepts */
    return gsl_rng_uniform_int(r, (unsigned long)n);
  reject = (0 - n) % n; /* 2^64 mod n: the lowest values, which would favour small x mod n */
  do
    x = (uint64_t)gsl_rng_uniform_int(r, 65536) << 48 | (uint64_t)gsl_rng_uniform_int(r, 65536) << 32 |
        (uint64_t)gsl_rng_uniform_int(r, 65536) << 16 | (uint64_t)gsl_rng_uniform_int(r, 65536);
  while (x < reject);
  return x % n;
}

#define CHUNK 65536

mulerr_status mulerr_tensor_nonfinite(const mulerr_tensor *t, uint64_t *count, uint64_t **pos) {
  double *buf = malloc(CHUNK * sizeof *buf);
  uint64_t start, c = 0, cap = 0;
  if (pos) *pos = NULL;
  if (!buf) return mulerr_fail(MULERR_ENOMEM, "%s: out of memory", t->file->path);
  for (start = 0; start < t->count; start += CHUNK) {
    size_t n = t->count - start < CHUNK ? (size_t)(t->count - start) : CHUNK, j;
    mulerr_tensor_read(t, start, n, buf);
    for (j = 0; j < n; j++)
      if (!isfinite(buf[j])) {
        if (pos) {
          if (c == cap) {
            uint64_t *np = realloc(*pos, (cap = cap ? 2 * cap : 64) * sizeof *np);
            if (!np) {
              free(*pos);
              *pos = NULL;
              free(buf);
              return mulerr_fail(MULERR_ENOMEM, "%s: out of memory", t->file->path);
            }
            *pos = np;
          }
          (*pos)[c] = start + j;
        }
        c++;
      }
  }
  free(buf);
  *count = c;
  return MULERR_OK;
}

mulerr_status mulerr_tensors_stats(const mulerr_tensor *const *t, size_t nt, mulerr_wstats *s) {
  double *buf = malloc(CHUNK * sizeof *buf), mean, m2, six;
  dd sum = {0, 0}, s2 = {0, 0}, s4 = {0, 0};
  uint64_t beyond = 0;
  size_t k;
  int pass;
  memset(s, 0, sizeof *s);
  s->min = INFINITY;
  s->max = -INFINITY;
  if (!buf) return mulerr_fail(MULERR_ENOMEM, "out of memory");
  mean = six = 0;
  for (pass = 0; pass < 3; pass++) {
    for (k = 0; k < nt; k++) {
      uint64_t start;
      for (start = 0; start < t[k]->count; start += CHUNK) {
        size_t n = t[k]->count - start < CHUNK ? (size_t)(t[k]->count - start) : CHUNK, j;
        mulerr_tensor_read(t[k], start, n, buf);
        for (j = 0; j < n; j++) {
          double x = buf[j];
          if (pass == 0) {
            s->count++;
            if (!isfinite(x)) {
              s->nonfinite++;
              continue;
            }
            sum = dd_add(sum, (dd){x, 0});
            if (x < s->min) s->min = x;
            if (x > s->max) s->max = x;
          } else if (isfinite(x)) {
            dd d = dd_two_sum(x, -mean); /* x - mean exactly */
            if (pass == 1) {
              dd d2 = dd_mul(d, d);
              s2 = dd_add(s2, d2);
              s4 = dd_add(s4, dd_mul(d2, d2));
            } else {
              d = dd_abs(d); /* |x - mean| > 6 std, compared without rounding the difference */
              if (d.hi > six || (d.hi == six && d.lo > 0)) beyond++;
            }
          }
        }
      }
    }
    if (pass == 0) {
      s->n = s->count - s->nonfinite;
      if (s->n == 0) break;
      mean = dd_to_d(dd_div_d(sum, (double)s->n));
    } else if (pass == 1) {
      m2 = dd_to_d(dd_div_d(s2, (double)s->n));
      s->std = sqrt(m2);
      s->kurtosis = m2 > 0 ? dd_to_d(dd_div_d(dd_div_d(dd_div_d(s4, (double)s->n), m2), m2)) - 3 : NAN;
      six = 6 * s->std;
    }
  }
  free(buf);
  if (s->n == 0) {
    s->mean = s->std = s->kurtosis = s->beyond6 = NAN;
    s->min = s->max = NAN;
  } else {
    s->mean = mean;
    s->beyond6 = (double)beyond / (double)s->n;
  }
  return MULERR_OK;
}
