/* fuzz_weights.h — the body of the three weights-reader fuzz targets (fuzz_gguf.c,
 * fuzz_safetensors.c, fuzz_llama2c.c).
 *
 * The input bytes are the whole file.  They are copied into a heap buffer of exactly their
 * size (so AddressSanitizer sees any read past the end, which a page-rounded mapping would
 * hide) and handed to one container reader as if mulerr_weights_open() had mapped them.
 * Where the reader accepts the file, every readable tensor is read from end to end through
 * both access paths (mulerr_tensor_get and mulerr_tensor_read) and its statistics computed:
 * weights.h promises that an opened tensor can never lead outside the file. */
#ifndef MULERR_FUZZ_WEIGHTS_H
#define MULERR_FUZZ_WEIGHTS_H

#include "weights/weights.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Elements read per tensor at most (from each end), so one input stays fast. */
#define FUZZ_READ_MAX 4096

static void fuzz_read_tensor(const mulerr_tensor *t) {
  double buf[256];
  volatile double sink = 0;
  uint64_t i, n = t->count, head = n < FUZZ_READ_MAX ? n : FUZZ_READ_MAX;
  for (i = 0; i < head; i++) sink += mulerr_tensor_get(t, i);
  for (i = n > FUZZ_READ_MAX ? n - FUZZ_READ_MAX : head; i < n; i++) sink += mulerr_tensor_get(t, i);
  for (i = 0; i < head; i += 256) {
    size_t k = head - i < 256 ? (size_t)(head - i) : 256;
    mulerr_tensor_read(t, i, k, buf);
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
    for (i = 0; i < w->ntensors; i++) {
      const mulerr_tensor *t = &w->tensors[i];
      if (t->dtype == MULERR_WT_UNSUPPORTED) continue;
      if (!t->data || t->data < copy || t->offset > size || t->nbytes > size - t->offset ||
          t->data != copy + t->offset)
        abort(); /* a readable tensor outside the file: the reader's checks failed */
      fuzz_read_tensor(t);
      if (t->count > 0 && t->count <= (1u << 16)) {
        mulerr_wstats s;
        uint64_t bad, *pos = NULL;
        if (mulerr_tensors_stats(&t, 1, &s) != MULERR_OK) abort();
        if (mulerr_tensor_nonfinite(t, &bad, &pos) != MULERR_OK) abort();
        if (bad != s.nonfinite) abort();
        free(pos);
      }
    }
    for (i = 0; i < w->ntensors; i++)
      if (mulerr_weights_find(w, w->tensors[i].name) == NULL) abort();
  }
  free(copy);
  w->map = NULL; /* not a mapping: mulerr_weights_close must not munmap it */
  mulerr_weights_close(w);
  return 0;
}

#endif
