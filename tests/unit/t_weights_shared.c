/* t_weights_shared.c — every container of stories260K in $MULERR_SHARED/weights holds the
 * same weights: the llama2.c .bin is read here with fread by its documented layout (not
 * through mulerr), and every tensor of the .bin, the F32 .gguf, the F16 .gguf and the BF16
 * safetensors (Hugging Face names) is compared value by value: F32 identical, F16 and BF16
 * equal to the F32 values rounded to nearest even.  Also GPT-2's partial checkpoint (tensor
 * count, shapes, totals from its README) and every file's SHA-256 against SHA256SUMS.
 * Skipped (TAP "1..0 # SKIP") when ../shared/weights is absent. */
#include "tap.h"
#include "t_weights_util.h"
#include "weights/weights.h"

#include <math.h>

#define DIM 64
#define HID 172
#define NL 5
#define KV 32
#define VOCAB 512

static float *bin;  /* the .bin's floats after the header */
static size_t nbin;

/* Where (in floats after the header) the llama2.c layout puts a GGUF-named tensor, and its
 * element count; -1 if the name is not one of them. */
static long where(const char *name, size_t *count) {
  static const struct { const char *part; size_t per; } parts[9] = {
      {"attn_norm", DIM}, {"attn_q", DIM * DIM}, {"attn_k", KV * DIM}, {"attn_v", KV * DIM},
      {"attn_output", DIM * DIM}, {"ffn_norm", DIM}, {"ffn_gate", HID * DIM},
      {"ffn_down", DIM * HID}, {"ffn_up", HID * DIM}};
  long base = VOCAB * DIM;
  int l, i;
  char part[32];
  if (!strcmp(name, "token_embd.weight")) return *count = VOCAB * DIM, 0;
  for (i = 0; i < 9; i++) base += (long)(parts[i].per * NL);
  if (!strcmp(name, "output_norm.weight")) return *count = DIM, base;
  if (sscanf(name, "blk.%d.%31[a-z_].weight", &l, part) != 2 || l < 0 || l >= NL) return -1;
  for (base = VOCAB * DIM, i = 0; i < 9; i++) {
    if (!strcmp(part, parts[i].part)) return *count = parts[i].per, base + (long)parts[i].per * l;
    base += (long)(parts[i].per * NL);
  }
  return -1;
}

/* Hugging Face llama names to GGUF names. */
static void hf_to_gguf(const char *hf, char *out, size_t len) {
  static const char *const map[][2] = {
      {"input_layernorm", "attn_norm"}, {"self_attn.q_proj", "attn_q"}, {"self_attn.k_proj", "attn_k"},
      {"self_attn.v_proj", "attn_v"}, {"self_attn.o_proj", "attn_output"},
      {"post_attention_layernorm", "ffn_norm"}, {"mlp.gate_proj", "ffn_gate"},
      {"mlp.down_proj", "ffn_down"}, {"mlp.up_proj", "ffn_up"}};
  int l;
  char rest[64];
  size_t i;
  snprintf(out, len, "?%s", hf);
  if (!strcmp(hf, "model.embed_tokens.weight")) snprintf(out, len, "token_embd.weight");
  else if (!strcmp(hf, "model.norm.weight")) snprintf(out, len, "output_norm.weight");
  else if (sscanf(hf, "model.layers.%d.%63s", &l, rest) == 2) {
    size_t r = strlen(rest);
    if (r > 7 && !strcmp(rest + r - 7, ".weight")) rest[r - 7] = 0;
    for (i = 0; i < sizeof map / sizeof map[0]; i++)
      if (!strcmp(rest, map[i][0])) snprintf(out, len, "blk.%d.%s.weight", l, map[i][1]);
  }
}

static void compare(const char *file, int hf_names) {
  char path[1200], name[128];
  mulerr_weights *w;
  size_t i, checked = 0, tensors = 0;
  int bad = 0, bad_shape = 0;
  const mulerr_format *f16 = mulerr_format_find("fp16"), *bf16 = mulerr_format_find("bf16");
  snprintf(path, sizeof path, "%s/%s", shared_dir(), file);
  if (mulerr_weights_open(path, &w) != MULERR_OK) {
    ok(0, "%s opens: %s", file, mulerr_errmsg());
    return;
  }
  for (i = 0; i < w->ntensors; i++) {
    const mulerr_tensor *t = &w->tensors[i];
    size_t count = 0, j;
    long at;
    if (hf_names) hf_to_gguf(t->name, name, sizeof name);
    else snprintf(name, sizeof name, "%s", t->name);
    at = where(name, &count);
    if (at < 0 || count != t->count || (size_t)at + count > nbin) {
      diag("%s: tensor '%s' (as '%s') is not in the .bin layout", file, t->name, name);
      bad++;
      continue;
    }
    /* shapes: [out][in] row-major, as in llama2.c */
    if (t->ndim == 2 ? t->shape[0] * t->shape[1] != count || t->shape[1] != (strstr(name, "ffn_down") ? HID : DIM)
                     : t->ndim != 1)
      bad_shape++;
    tensors++;
    for (j = 0; j < count; j++) {
      double v = bin[at + (long)j], got = mulerr_tensor_get(t, j), want = v;
      if (t->dtype == MULERR_WT_F16) want = mulerr_format_round(f16, v, MULERR_RNE);
      else if (t->dtype == MULERR_WT_BF16) want = mulerr_format_round(bf16, v, MULERR_RNE);
      if (got != want) {
        if (bad < 5) diag("%s %s[%zu]: %a, want %a (from %a)", file, t->name, j, got, want, v);
        bad++;
      }
      checked++;
    }
  }
  ok(bad == 0 && tensors == 47 && checked == 260032,
     "%s (%s): all 47 tensors, 260032 values equal to the .bin's%s (%d differ)", file, w->container,
     hf_names ? " rounded to BF16" : strstr(file, "f16") ? " (F16 ones rounded to F16)" : "", bad);
  ok(bad_shape == 0, "%s: every shape is the llama2.c one, outermost first", file);
  mulerr_weights_close(w);
}

static void check_sums(void) {
  char path[1200], line[512];
  FILE *f;
  int n = 0, bad = 0;
  snprintf(path, sizeof path, "%s/SHA256SUMS", shared_dir());
  if (!(f = fopen(path, "r"))) {
    ok(0, "read %s", path);
    return;
  }
  while (fgets(line, sizeof line, f)) {
    char hex[65], name[256], fp[1300];
    mulerr_weights *w;
    if (sscanf(line, "%64s %255s", hex, name) != 2) continue;
    if (name[0] == '*') memmove(name, name + 1, strlen(name)); /* binary-mode marker */
    if (!strstr(name, ".gguf") && !strstr(name, ".safetensors") && strcmp(name, "stories260K.bin")) continue;
    snprintf(fp, sizeof fp, "%s/%s", shared_dir(), name);
    if (mulerr_weights_open(fp, &w) != MULERR_OK) {
      bad++;
      continue;
    }
    bad += strcmp(mulerr_weights_sha256(w), hex) != 0;
    n++;
    mulerr_weights_close(w);
  }
  fclose(f);
  ok(n == 5 && bad == 0, "SHA-256 of the 5 weights files equals SHA256SUMS (%d checked, %d differ)", n, bad);
}

static void check_gpt2(void) {
  char path[1200];
  mulerr_weights *w;
  size_t i, nattn = 0;
  uint64_t total = 0, attn = 0;
  snprintf(path, sizeof path, "%s/gpt2-124m-partial.safetensors", shared_dir());
  if (mulerr_weights_open(path, &w) != MULERR_OK) {
    ok(0, "GPT-2 opens: %s", mulerr_errmsg());
    return;
  }
  for (i = 0; i < w->ntensors; i++) {
    const mulerr_tensor *t = &w->tensors[i];
    total += t->count;
    if (mulerr_weights_match("h.*.attn.c_attn.weight|h.*.attn.c_proj.weight", t->name)) {
      attn += t->count;
      nattn++;
    }
  }
  {
    const mulerr_tensor *ca = mulerr_weights_find(w, "h.0.attn.c_attn.weight"),
                        *wpe = mulerr_weights_find(w, "wpe.weight");
    ok(w->ntensors == 123 && total == 29219328 && nattn == 24 && attn == 28311552 && ca &&
       ca->shape[0] == 768 && ca->shape[1] == 2304 && wpe && wpe->shape[0] == 1024 &&
       !mulerr_weights_find(w, "wte.weight"),
       "GPT-2 partial: 123 tensors, 29219328 values, 24 attention matrices with 28311552, "
       "c_attn [768][2304], no wte");
  }
  mulerr_weights_close(w);
}

int main(void) {
  char path[1200];
  size_t n;
  unsigned char *raw;
  if (!shared_dir()) {
    printf("1..0 # SKIP $MULERR_SHARED/weights not found (MULERR_SHARED=%s)\n",
           getenv("MULERR_SHARED") ? getenv("MULERR_SHARED") : "unset");
    return 0;
  }
  snprintf(path, sizeof path, "%s/stories260K.bin", shared_dir());
  raw = read_all(path, &n); /* fread, by the layout in the weights README */
  if (!raw || n != 28 + 4 * (size_t)264128) {
    printf("Bail out! cannot read %s as 1056540 bytes\n", path);
    return 1;
  }
  nbin = (n - 28) / 4;
  bin = malloc(nbin * sizeof *bin);
  memcpy(bin, raw + 28, nbin * 4); /* little-endian host assumed, as the file is */
  {
    int32_t h[7];
    memcpy(h, raw, 28);
    ok(h[0] == DIM && h[1] == HID && h[2] == NL && h[3] == 8 && h[4] == 4 && h[5] == VOCAB && h[6] == 512,
       "stories260K.bin header: 64 172 5 8 4 512 512");
  }
  free(raw);
  compare("stories260K.bin", 0);
  compare("stories260K.gguf", 0);
  compare("stories260K-f16.gguf", 0);
  compare("stories260K-bf16.safetensors", 1);
  {
    /* the F16 GGUF: matrices F16, norms F32 (as its README says) */
    mulerr_weights *w;
    snprintf(path, sizeof path, "%s/stories260K-f16.gguf", shared_dir());
    if (mulerr_weights_open(path, &w) == MULERR_OK) {
      size_t i;
      int good = 1;
      for (i = 0; i < w->ntensors; i++)
        good &= w->tensors[i].dtype == (w->tensors[i].ndim == 2 ? MULERR_WT_F16 : MULERR_WT_F32);
      ok(good, "stories260K-f16.gguf: matrices F16, norms F32");
      mulerr_weights_close(w);
    }
  }
  check_gpt2();
  check_sums();
  free(bin);
  return tap_done();
}
