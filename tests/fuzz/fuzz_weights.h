/* fuzz_weights.h — the body of the three weights-reader fuzz targets (fuzz_gguf.c,
 * fuzz_safetensors.c, fuzz_llama2c.c).
 *
 * The input bytes are the whole file.  They are copied into a heap buffer of exactly their
 * size (so AddressSanitizer sees any read past the end, which a page-rounded mapping would
 * hide) and handed to one container reader as if mulerr_weights_open() had mapped them.
 * Where the reader accepts the file, every readable tensor is read at both ends through both
 * access paths (mulerr_tensor_get and mulerr_tensor_read), a small one's statistics computed,
 * and some are looked up by name: weights.h promises that an opened tensor can never lead
 * outside the file. */
#ifndef MULERR_FUZZ_WEIGHTS_H
#define MULERR_FUZZ_WEIGHTS_H

#include "weights/weights.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Elements read per tensor through mulerr_tensor_get (from each end; the data is contiguous,
 * so its ends are where a bad bound shows), and the largest tensor whose statistics are
 * computed: one input stays fast. */
#define FUZZ_READ_MAX 64
#define FUZZ_STATS_MAX 1024

static void fuzz_read_tensor(const mulerr_tensor *t) {
  double buf[256];
  volatile double sink = 0;
  uint64_t i, n = t->count, head = n < FUZZ_READ_MAX ? n : FUZZ_READ_MAX;
  for (i = 0; i < head; i++) sink += mulerr_tensor_get(t, i);
  for (i = n > FUZZ_READ_MAX ? n - FUZZ_READ_MAX : head; i < n; i++) sink += mulerr_tensor_get(t, i);
  if (n > 0) {
    size_t k = n < 256 ? (size_t)n : 256;
    mulerr_tensor_read(t, 0, k, buf);
    sink += buf[k - 1];
  }
  if (n > 256) {
    mulerr_tensor_read(t, n - 256, 256, buf);
    sink += buf[255];
  }
  (void)sink;
}

static int fuzz_weights(const uint8_t *data, size_t size, const char *path, const char *container,
                        mulerr_status (*reader)(mulerr_weights *)) {
  mulerr_weights *w;
  unsigned char *copy;
  size_t i;
  if (size == 0) return 0; /* mulerr_weights_open refuses an empty file before any reader */
  if (!(w = calloc(1, sizeof *w)) || !(w->path = strdup(path)) || !(copy = malloc(size))) abort();
  memcpy(copy, data, size);
  w->map = copy;
  w->size = size;
  w->container = container;
  if (reader(w) == MULERR_OK) {
    /* (statistics allocate a 512 KiB chunk per call: one call over the small tensors) */
    const mulerr_tensor **small = calloc(w->ntensors + 1, sizeof *small);
    size_t nsmall = 0;
    uint64_t nonfinite = 0;
    if (!small) abort();
    for (i = 0; i < w->ntensors; i++) {
      const mulerr_tensor *t = &w->tensors[i];
      if (t->dtype == MULERR_WT_UNSUPPORTED) continue;
      if (!t->data || t->data < copy || t->offset > size || t->nbytes > size - t->offset ||
          t->data != copy + t->offset)
        abort(); /* a readable tensor outside the file: the reader's checks failed */
      fuzz_read_tensor(t);
      if (t->count > 0 && t->count <= FUZZ_STATS_MAX && nsmall < 16) {
        uint64_t bad;
        if (nsmall < 2 && mulerr_tensor_nonfinite(t, &bad, NULL) != MULERR_OK) abort();
        if (nsmall < 2) nonfinite += bad;
        small[nsmall++] = t;
      }
    }
    if (nsmall) {
      mulerr_wstats s;
      uint64_t first2 = 0;
      if (mulerr_tensors_stats(small, nsmall, &s) != MULERR_OK) abort();
      if (nsmall <= 2) first2 = s.nonfinite;
      else if (mulerr_tensors_stats(small, 2, &s) != MULERR_OK) abort();
      else first2 = s.nonfinite;
      if (first2 != nonfinite) abort(); /* the two counts of non-finite values disagree */
    }
    free(small);
    for (i = 0; i < w->ntensors && i < 8; i++) /* (the lookup is linear) */
      if (mulerr_weights_find(w, w->tensors[i].name) == NULL) abort();
  }
  free(copy);
  w->map = NULL; /* not a mapping: mulerr_weights_close must not munmap it */
  mulerr_weights_close(w);
  return 0;
}

#endif
