/* weights.h — reading trained model weights from checkpoint files (internal to libmulerr and
 * its CLI, not installed).
 *
 * Containers: safetensors (F32, F16, BF16), GGUF v2/v3 (F32, F16, BF16, Q8_0) and the
 * llama2.c legacy .bin (fp32).  A file is memory-mapped read-only and never copied: tensors
 * point into the mapping and elements are decoded on demand, exactly (every supported dtype's
 * value is a double exactly; Q8_0's d * q is the product of an fp16 and an int8, at most 19
 * significant bits).  Every check a hostile file could defeat is made when the file is opened
 * (magic, lengths, offsets inside the file, shapes whose element count overflows or does not
 * fit the data), so that reading an element of an opened tensor can never leave the mapping.
 *
 * Shapes are reported outermost dimension first (row-major, as safetensors and PyTorch write
 * them); GGUF lists dimensions innermost first, so its ne[] is reversed here: the same matrix
 * has the same shape in every container.
 *
 * Errors go through mulerr_fail() as "FILE: what is wrong"; nothing here prints. */
#ifndef MULERR_WEIGHTS_H
#define MULERR_WEIGHTS_H

#include "internal.h"

#include <string.h>

/* How a tensor's elements are stored. */
typedef enum mulerr_wdtype {
  MULERR_WT_F32 = 0, /* IEEE binary32, little-endian */
  MULERR_WT_F16,     /* IEEE binary16, little-endian */
  MULERR_WT_BF16,    /* bfloat16 (top half of a binary32), little-endian */
  MULERR_WT_Q8_0,    /* ggml Q8_0: blocks of 32 int8 q with one fp16 scale d (34 bytes,
                        d first); value = d * q */
  MULERR_WT_UNSUPPORTED /* listed with the container's own dtype name; cannot be read */
} mulerr_wdtype;

#define MULERR_WEIGHTS_MAXDIM 8

typedef struct mulerr_weights mulerr_weights;

typedef struct mulerr_tensor {
  char *name;                /* as the container names it (llama2.c: GGUF names, see llama2c.c) */
  mulerr_wdtype dtype;
  char dtype_name[24];       /* the container's name of the dtype: "F32", "BF16", "Q4_K", ... */
  int ndim;                  /* 0..MULERR_WEIGHTS_MAXDIM */
  uint64_t shape[MULERR_WEIGHTS_MAXDIM]; /* outermost first */
  uint64_t count;            /* number of elements (product of shape; 1 for ndim 0) */
  uint64_t offset;           /* absolute file offset of the data */
  uint64_t nbytes;           /* bytes of data (0 if the dtype is unsupported) */
  const unsigned char *data; /* inside the mapping: nbytes readable bytes; NULL if unsupported */
  const mulerr_weights *file;
} mulerr_tensor;

struct mulerr_weights {
  char *path;                /* as given to mulerr_weights_open() */
  const char *container;     /* "safetensors", "gguf" or "llama2c" */
  const unsigned char *map;  /* the whole file, read-only (NULL only while opening) */
  uint64_t size;             /* bytes */
  mulerr_tensor *tensors;    /* in the order the container lists them */
  size_t ntensors, cap;
  char sha256[65];           /* hex digest, "" until mulerr_weights_sha256() computed it */
};

/* Open and validate a weights file.  The container is GGUF if the file starts with "GGUF";
 * otherwise it is chosen by the extension (.safetensors, .gguf, .bin for llama2.c), else by
 * content (a safetensors header starts with '{' after its 8-byte length).  MULERR_EIO for a
 * file that cannot be read or is malformed, MULERR_ENOMEM. */
mulerr_status mulerr_weights_open(const char *path, mulerr_weights **out);
void mulerr_weights_close(mulerr_weights *w);

/* The tensor of this name, or NULL. */
const mulerr_tensor *mulerr_weights_find(const mulerr_weights *w, const char *name);

/* Element i (row-major, 0 <= i < count) of a readable tensor, exactly.  NaN and +-Inf come
 * back as they are stored. */
double mulerr_tensor_get(const mulerr_tensor *t, uint64_t i);
/* Elements start .. start+n-1 into out (the caller guarantees start + n <= count). */
void mulerr_tensor_read(const mulerr_tensor *t, uint64_t start, size_t n, double *out);

/* The registry format that holds every value of a dtype exactly: fp32, fp16, bf16; fp32 for
 * Q8_0 (d * q has at most 11 + 7 significant bits and lies in [2^-24, 65504 * 127], inside
 * binary32, and no narrower registry format holds all of them).  NULL if unsupported. */
const mulerr_format *mulerr_wdtype_format(mulerr_wdtype dt);
const char *mulerr_wdtype_name(mulerr_wdtype dt); /* "F32", "F16", "BF16", "Q8_0" */

/* Does name match PATTERNS, shell-glob patterns (fnmatch, no flags: '*' also matches '.')
 * joined by '|'?  An empty or NULL PATTERNS matches everything. */
int mulerr_weights_match(const char *patterns, const char *name);

/* Indices of the tensors whose names match PATTERNS (see above) into *idx (malloc'd, caller
 * frees) and *n.  Fails (MULERR_EINVAL) if PATTERNS selects nothing or has an empty
 * alternative, and, unless unreadable_ok, (MULERR_EIO) if it selects a tensor whose dtype
 * cannot be read; the message names the file, the pattern and the tensor. */
mulerr_status mulerr_weights_select(const mulerr_weights *w, const char *patterns,
                                    int unreadable_ok, size_t **idx, size_t *n);

/* SHA-256 of the whole file as 64 lowercase hex digits (computed once, then cached in w). */
const char *mulerr_weights_sha256(mulerr_weights *w);

/* Number of non-finite elements of a tensor; with pos != NULL also their indices, ascending,
 * into *pos (malloc'd, NULL if none; caller frees).  MULERR_ENOMEM only. */
mulerr_status mulerr_tensor_nonfinite(const mulerr_tensor *t, uint64_t *count, uint64_t **pos);

/* Statistics of the finite values of one or more tensors, streamed over the mapping in
 * chunks: sums are kept as double-double (about 106 bits), so the mean and the central
 * moments are the exact ones up to a relative 2^-100 or so, then rounded once to double.
 * The values are taken as the whole population (denominators n, not n - 1). */
typedef struct mulerr_wstats {
  uint64_t count;     /* elements, finite or not */
  uint64_t nonfinite; /* NaN or +-Inf elements (excluded from everything below) */
  uint64_t n;         /* finite elements */
  double mean;        /* sum x / n */
  double std;         /* sqrt(m2), m2 = sum (x - mean)^2 / n */
  double min, max;
  double kurtosis;    /* excess kurtosis m4 / m2^2 - 3 (NaN if m2 = 0) */
  double beyond6;     /* fraction of the n values with |x - mean| > 6 std */
} mulerr_wstats;
mulerr_status mulerr_tensors_stats(const mulerr_tensor *const *t, size_t nt, mulerr_wstats *s);

/* Uniform on 0..n-1 (n >= 1) from r alone: gsl_rng_uniform_int when n fits the generator's
 * range, else 64 bits from four 16-bit draws with rejection of the 2^64 mod n lowest
 * values (exactly uniform).  Used by the weights distribution and `mulerr weights sample`. */
uint64_t mulerr_uniform_u64(gsl_rng *r, uint64_t n);

/* ---- for the container readers (weights.c) ---- */

/* Record "PATH: message" and return code. */
mulerr_status mulerr_weights_fail(const mulerr_weights *w, mulerr_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Refuse a tensor name holding a NUL or a control character (C0, DEL, C1): such names reach
 * terminals and messages.  The message shows the name with those bytes escaped. */
mulerr_status mulerr_weights_check_name(const mulerr_weights *w, const char *name, size_t name_len);
/* Append a tensor (name copied); checks the shape's element count does not overflow, and
 * for a readable dtype that nbytes bytes at offset lie inside the file and hold count
 * elements (nbytes MULERR_NBYTES_FROM_SHAPE: as many as the shape needs).  For Q8_0 the
 * innermost dimension must be a multiple of 32.  (Unique names are checked after reading.) */
#define MULERR_NBYTES_FROM_SHAPE UINT64_MAX
mulerr_status mulerr_weights_add(mulerr_weights *w, const char *name, size_t name_len,
                                 mulerr_wdtype dtype, const char *dtype_name, int ndim,
                                 const uint64_t *shape, uint64_t offset, uint64_t nbytes);
/* Bytes needed by count elements of dtype (0 and a failure if that overflows). */
mulerr_status mulerr_wdtype_bytes(const mulerr_weights *w, const char *tensor, mulerr_wdtype dt,
                                  uint64_t count, uint64_t *bytes);

/* A container reader, registered on one line of readers.def.  mulerr_weights_open picks the
 * reader of a file by (1) a sure signature in the content (sniff 2: "GGUF"), else (2) the
 * file name's ending, else (3) a likely signature (sniff 1: a safetensors JSON header). */
typedef struct mulerr_wreader {
  const char *name; /* the container: "gguf", "safetensors", "llama2c" (mulerr_weights.container) */
  const char *ext;  /* the file-name ending that selects it */
  /* 2: the content is surely this container, 1: likely, 0: cannot tell */
  int (*sniff)(const unsigned char *map, uint64_t size);
  /* Read the tensor table of w->map (w->size bytes) through mulerr_weights_add(). */
  mulerr_status (*read)(mulerr_weights *w);
} mulerr_wreader;

#define READER(id) extern const mulerr_wreader mulerr_wreader_##id;
#include "readers.def"
#undef READER

/* A GGUF metadata value (gguf.c, mulerr_gguf_meta): found = 0 if the key is absent (or the
 * file is not GGUF).  Numbers (integers and floats) in num, integers also in integer
 * (is_int); a string in str/len (not NUL-terminated, inside the mapping); an array's element
 * type in elem_type, its length in len and its first element at data. */
typedef struct mulerr_gguf_value {
  int found, type, is_num, is_int, elem_type;
  double num;
  int64_t integer;
  const char *str;
  uint64_t len;
  const unsigned char *data;
} mulerr_gguf_value;
mulerr_status mulerr_gguf_meta(const mulerr_weights *w, const char *key, mulerr_gguf_value *out);


/* Little-endian loads from possibly unaligned bytes. */
static inline uint16_t mulerr_le16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }
static inline uint32_t mulerr_le32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline uint64_t mulerr_le64(const unsigned char *p) {
  return (uint64_t)mulerr_le32(p) | (uint64_t)mulerr_le32(p + 4) << 32;
}
/* Exact decoding of the 16-bit float formats. */
static inline double mulerr_f16_value(uint16_t h) {
  int e = (h >> 10) & 31;
  double m = (double)(h & 1023), v;
  if (e == 31) v = m != 0 ? NAN : INFINITY;
  else if (e == 0) v = ldexp(m, -24);
  else v = ldexp(m + 1024, e - 25);
  return h & 0x8000 ? -v : v;
}
static inline double mulerr_bf16_value(uint16_t h) {
  uint32_t u = (uint32_t)h << 16;
  float f;
  memcpy(&f, &u, sizeof f);
  return f;
}
static inline double mulerr_f32_value(uint32_t u) {
  float f;
  memcpy(&f, &u, sizeof f);
  return f;
}

/* Sample the tensors matching patterns (NULL: all) of the nfiles checkpoints into the
 * safetensors file out (written beside it and renamed into place; never one of the inputs):
 * per values of each tensor's finite values (all if fewer), or with proportional the total per
 * split by finite values (largest remainders).  cmdline is recorded in the metadata.  On
 * success the values written and the tensors sampled.  Usage faults are MULERR_EINVAL. */
mulerr_status mulerr_weights_sample(int nfiles, char *const *files, const char *patterns, uint64_t per,
                                    int proportional, uint64_t seed, const char *out, const char *cmdline,
                                    uint64_t *values, size_t *tensors);

#endif
