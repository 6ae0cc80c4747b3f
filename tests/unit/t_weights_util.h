/* t_weights_util.h — for the weights tests: building GGUF, safetensors and llama2.c files
 * byte by byte from the format descriptions (not through mulerr's readers), a scratch
 * directory, and the paths of the shipped and shared data. */
#ifndef T_WEIGHTS_UTIL_H
#define T_WEIGHTS_UTIL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct buf {
  unsigned char *p;
  size_t n, cap;
} buf;

static void put(buf *b, const void *d, size_t n) {
  if (b->n + n > b->cap) {
    b->cap = (b->n + n) * 2 + 64;
    b->p = realloc(b->p, b->cap);
    if (!b->p) abort();
  }
  if (n) memcpy(b->p + b->n, d, n);
  b->n += n;
}
static void put32(buf *b, uint32_t v) {
  unsigned char c[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16), (unsigned char)(v >> 24)};
  put(b, c, 4);
}
static void put64(buf *b, uint64_t v) {
  put32(b, (uint32_t)v);
  put32(b, (uint32_t)(v >> 32));
}
static void putstr(buf *b, const char *s) {
  put64(b, strlen(s));
  put(b, s, strlen(s));
}
static inline void put_f32(buf *b, float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  put32(b, u);
}

/* One GGUF tensor: ggml type, dims innermost first (ne), raw data bytes. */
typedef struct gt {
  const char *name;
  uint32_t type;
  uint32_t ndim;
  uint64_t ne[4];
  const void *data;
  size_t nbytes;
} gt;

/* A GGUF v3 file with a few metadata entries (a string, an array of strings, an array of
 * u32, general.alignment = align) and the tensors, data aligned to align. */
static inline buf make_gguf(const gt *t, size_t nt, uint32_t align) {
  buf b = {0};
  size_t i;
  uint64_t off = 0;
  put(&b, "GGUF", 4);
  put32(&b, 3);
  put64(&b, nt);
  put64(&b, 4);
  putstr(&b, "general.name");
  put32(&b, 8);
  putstr(&b, "test model");
  putstr(&b, "tokenizer.ggml.tokens");
  put32(&b, 9);
  put32(&b, 8);
  put64(&b, 3);
  putstr(&b, "a");
  putstr(&b, "bc");
  putstr(&b, "");
  putstr(&b, "some.u32.array");
  put32(&b, 9);
  put32(&b, 4);
  put64(&b, 2);
  put32(&b, 7);
  put32(&b, 9);
  putstr(&b, "general.alignment");
  put32(&b, 4);
  put32(&b, align);
  for (i = 0; i < nt; i++) {
    uint32_t k;
    putstr(&b, t[i].name);
    put32(&b, t[i].ndim);
    for (k = 0; k < t[i].ndim; k++) put64(&b, t[i].ne[k]);
    put32(&b, t[i].type);
    put64(&b, off);
    off += (t[i].nbytes + align - 1) / align * align;
  }
  while (b.n % align) put(&b, "", 1);
  for (i = 0; i < nt; i++) {
    put(&b, t[i].data, t[i].nbytes);
    while (b.n % align) put(&b, "", 1);
  }
  return b;
}

/* A safetensors file: the 8-byte length, the header text as given, the data. */
static inline buf make_st(const char *json, const void *data, size_t n) {
  buf b = {0};
  put64(&b, strlen(json));
  put(&b, json, strlen(json));
  put(&b, data, n);
  return b;
}

static char scratch[512];

static inline void scratch_init(void) {
  const char *tmp = getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
  snprintf(scratch, sizeof scratch, "%s/mulerr-tw-XXXXXX", tmp);
  if (!mkdtemp(scratch)) {
    printf("Bail out! cannot make a scratch directory\n");
    exit(1);
  }
}
static inline void scratch_done(void) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", scratch);
  if (system(cmd) != 0) printf("# could not remove %s\n", scratch);
}

/* Write bytes to scratch/name; returns the path (static buffer rotated over 8 calls). */
static inline const char *write_file(const char *name, const void *d, size_t n) {
  static char paths[8][600];
  static int k;
  char *p = paths[k++ % 8];
  FILE *f;
  snprintf(p, 600, "%s/%s", scratch, name);
  unlink(p); /* a new file, not a truncated one: ext4 flushes truncate-and-rewrite on close */
  f = fopen(p, "wb");
  if (!f || (n && fwrite(d, 1, n, f) != n) || fclose(f) != 0) {
    printf("Bail out! cannot write %s\n", p);
    exit(1);
  }
  return p;
}

/* The whole of a file (caller frees), or NULL. */
static inline unsigned char *read_all(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  unsigned char *d;
  long len;
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  len = ftell(f);
  fseek(f, 0, SEEK_SET);
  d = malloc(len > 0 ? (size_t)len : 1);
  if (!d || fread(d, 1, (size_t)len, f) != (size_t)len) {
    free(d);
    fclose(f);
    return NULL;
  }
  fclose(f);
  *n = (size_t)len;
  return d;
}

/* $top_srcdir/data/NAME (make check sets top_srcdir). */
static inline const char *data_path(const char *name) {
  static char p[4][1024];
  static int k;
  char *s = p[k++ % 4];
  const char *top = getenv("top_srcdir") && *getenv("top_srcdir") ? getenv("top_srcdir") : ".";
  snprintf(s, 1024, "%s/data/%s", top, name);
  return s;
}

/* $MULERR_SHARED/weights, or NULL if it is not there. */
static inline const char *shared_dir(void) {
  static char p[1024];
  struct stat sb;
  const char *sh = getenv("MULERR_SHARED");
  if (!sh || !*sh) return NULL;
  snprintf(p, sizeof p, "%s/weights", sh);
  return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode) ? p : NULL;
}
#endif
