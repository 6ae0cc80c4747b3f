/* fuzz_gguf.c — libFuzzer target: the gguf reader on an in-memory file (fuzz_weights.h). */
#include "config.h"
#include "fuzz_weights.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  return fuzz_weights(data, size, "fuzz.gguf", "gguf", mulerr_wreader_gguf.read);
}
