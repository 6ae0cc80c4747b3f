/* fuzz_safetensors.c — libFuzzer target: the safetensors reader on an in-memory file (fuzz_weights.h). */
#include "config.h"
#include "fuzz_weights.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  return fuzz_weights(data, size, "fuzz.safetensors", "safetensors", mulerr_wreader_safetensors.read);
}
