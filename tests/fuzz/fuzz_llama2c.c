/* fuzz_llama2c.c — libFuzzer target: the llama2c reader on an in-memory file (fuzz_weights.h). */
#include "config.h"
#include "fuzz_weights.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  return fuzz_weights(data, size, "fuzz.bin", "llama2c", mulerr_wreader_llama2c.read);
}
