/* llama2c.c — the llama2.c legacy checkpoint (.bin, Karpathy's llama2.c "version 0" export):
 * a 28-byte header of 7 little-endian int32
 *     dim, hidden_dim, n_layers, n_heads, n_kv_heads, vocab_size, seq_len
 * (a negative vocab_size means an unshared classifier wcls follows at the end), then fp32
 * tensors, row-major, matrices [out][in], in this order, each stacked over the L layers:
 *     token_embedding_table [vocab][dim], rms_att_weight [L][dim], wq [L][dim][dim],
 *     wk [L][kv_dim][dim], wv [L][kv_dim][dim], wo [L][dim][dim], rms_ffn_weight [L][dim],
 *     w1 [L][hidden][dim], w2 [L][dim][hidden], w3 [L][hidden][dim], rms_final_weight [dim],
 *     freq_cis_real [seq_len][head_size/2], freq_cis_imag [seq_len][head_size/2], [wcls]
 * with kv_dim = dim * n_kv_heads / n_heads and head_size = dim / n_heads.
 *
 * The file has no magic number, so the header is checked for consistency and the file size
 * must be exactly what it implies.  Tensors are named per layer with the GGUF (llama.cpp)
 * names, so that a .bin and its GGUF conversion list the same tensors with the same shapes:
 *     token_embd.weight, blk.N.attn_norm.weight, blk.N.attn_{q,k,v,output}.weight,
 *     blk.N.ffn_norm.weight, blk.N.ffn_{gate,down,up}.weight (w1, w2, w3),
 *     output_norm.weight, output.weight (wcls, if present).
 * The RoPE tables freq_cis_real/imag are cos/sin constants, not trained weights: they are
 * accounted for in the size check but not listed. */
#include "weights/weights.h"

#include <stdio.h>
#include <string.h>

/* *total += a * k; nonzero on overflow. */
static int add_times(uint64_t *total, uint64_t a, uint64_t k) {
  uint64_t p;
  return __builtin_mul_overflow(a, k, &p) || __builtin_add_overflow(*total, p, total);
}

static mulerr_status read_llama2c(mulerr_weights *w) {
  static const char *const field[7] = {"dim", "hidden_dim", "n_layers", "n_heads", "n_kv_heads",
                                       "vocab_size", "seq_len"};
  int32_t h[7];
  uint64_t dim, hidden, L, heads, kv_heads, vocab, seq, kv_dim, half, total = 0, expect, pos;
  int shared, i;
  unsigned l;
  char hdr[200];
  mulerr_status st;
  /* per-layer tensors in file order: name, rows, cols (0: a vector of rows) */
  struct part { const char *name; uint64_t rows, cols; } parts[9];
  if (w->size < 28)
    return mulerr_weights_fail(w, MULERR_EIO, "truncated llama2.c checkpoint: %llu bytes cannot "
                               "hold the 28-byte header", (unsigned long long)w->size);
  for (i = 0; i < 7; i++) h[i] = (int32_t)mulerr_le32(w->map + 4 * i);
  snprintf(hdr, sizeof hdr, "dim=%d hidden_dim=%d n_layers=%d n_heads=%d n_kv_heads=%d "
           "vocab_size=%d seq_len=%d", h[0], h[1], h[2], h[3], h[4], h[5], h[6]);
  for (i = 0; i < 7; i++)
    if (i == 5 ? h[i] == 0 || h[i] == INT32_MIN : h[i] <= 0)
      return mulerr_weights_fail(w, MULERR_EIO, "not a llama2.c checkpoint: header field %s = %d "
                                 "is impossible (header: %s)", field[i], h[i], hdr);
  dim = (uint64_t)h[0], hidden = (uint64_t)h[1], L = (uint64_t)h[2], heads = (uint64_t)h[3];
  kv_heads = (uint64_t)h[4], seq = (uint64_t)h[6];
  shared = h[5] > 0;
  vocab = (uint64_t)(shared ? h[5] : -(int64_t)h[5]);
  if (dim % heads || heads % kv_heads || (dim / heads) % 2)
    return mulerr_weights_fail(w, MULERR_EIO, "not a llama2.c checkpoint: dim must be a multiple of "
                               "n_heads, n_heads of n_kv_heads, and the head size even (header: %s)", hdr);
  kv_dim = dim * kv_heads / heads; /* < 2^62: both factors < 2^31 */
  half = dim / heads / 2;
  /* count the elements in u64 with overflow checks: a hostile header must not wrap around */
  {
    uint64_t t[6];
    int over = 0;
    over |= __builtin_mul_overflow(vocab, dim, &t[0]);          /* embedding (and wcls) */
    over |= __builtin_mul_overflow(L, dim, &t[1]);              /* norms */
    over |= __builtin_mul_overflow(L * dim, dim, &t[2]);        /* wq, wo (L, dim < 2^31) */
    over |= __builtin_mul_overflow(L * kv_dim, dim, &t[3]);     /* wk, wv */
    over |= __builtin_mul_overflow(L * hidden, dim, &t[4]);     /* w1, w2, w3 */
    over |= __builtin_mul_overflow(seq, half, &t[5]);           /* each freq_cis table */
    over |= add_times(&total, t[0], shared ? 1 : 2);
    over |= add_times(&total, t[1], 2) | add_times(&total, dim, 1);
    over |= add_times(&total, t[2], 2) | add_times(&total, t[3], 2);
    over |= add_times(&total, t[4], 3) | add_times(&total, t[5], 2);
    over |= __builtin_mul_overflow(total, (uint64_t)4, &expect);
    over |= __builtin_add_overflow(expect, (uint64_t)28, &expect);
    if (over)
      return mulerr_weights_fail(w, MULERR_EIO, "not a llama2.c checkpoint: the header (%s) "
                                 "describes more than 2^64 bytes", hdr);
  }
  if (expect != w->size)
    return mulerr_weights_fail(w, MULERR_EIO, "%s llama2.c checkpoint: %llu bytes, but the header "
                               "(%s) implies %llu", w->size < expect ? "truncated" : "not a",
                               (unsigned long long)w->size, hdr, (unsigned long long)expect);
  /* the sizes are now known to fit in the file: nothing below can overflow */
  parts[0] = (struct part){"attn_norm", dim, 0};
  parts[1] = (struct part){"attn_q", dim, dim};
  parts[2] = (struct part){"attn_k", kv_dim, dim};
  parts[3] = (struct part){"attn_v", kv_dim, dim};
  parts[4] = (struct part){"attn_output", dim, dim};
  parts[5] = (struct part){"ffn_norm", dim, 0};
  parts[6] = (struct part){"ffn_gate", hidden, dim};
  parts[7] = (struct part){"ffn_down", dim, hidden};
  parts[8] = (struct part){"ffn_up", hidden, dim};
  pos = 28;
  {
    uint64_t shape[2] = {vocab, dim};
    if ((st = mulerr_weights_add(w, "token_embd.weight", 17, MULERR_WT_F32, NULL, 2, shape, pos,
                                 MULERR_NBYTES_FROM_SHAPE)))
      return st;
    pos += 4 * vocab * dim;
  }
  for (i = 0; i < 9; i++) {
    const struct part *p = &parts[i];
    uint64_t per = p->cols ? p->rows * p->cols : p->rows;
    for (l = 0; l < L; l++) {
      char name[64];
      uint64_t shape[2] = {p->rows, p->cols};
      int n = snprintf(name, sizeof name, "blk.%u.%s.weight", l, p->name);
      if ((st = mulerr_weights_add(w, name, (size_t)n, MULERR_WT_F32, NULL, p->cols ? 2 : 1, shape,
                                   pos + 4 * per * l, MULERR_NBYTES_FROM_SHAPE)))
        return st;
    }
    pos += 4 * per * L;
  }
  {
    uint64_t shape[2] = {dim, 0};
    if ((st = mulerr_weights_add(w, "output_norm.weight", 18, MULERR_WT_F32, NULL, 1, shape, pos,
                                 MULERR_NBYTES_FROM_SHAPE)))
      return st;
    pos += 4 * dim + 2 * 4 * seq * half; /* skip the RoPE tables */
  }
  if (!shared) {
    uint64_t shape[2] = {vocab, dim};
    if ((st = mulerr_weights_add(w, "output.weight", 13, MULERR_WT_F32, NULL, 2, shape, pos,
                                 MULERR_NBYTES_FROM_SHAPE)))
      return st;
  }
  return MULERR_OK;
}

const mulerr_wreader mulerr_wreader_llama2c = {"llama2c", ".bin", NULL, read_llama2c};
