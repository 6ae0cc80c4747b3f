/* t_weights.c — the weights readers and the `weights` distribution, on files this test builds
 * byte by byte from the format descriptions and on the shipped data/: exact decoding of
 * every F16 and BF16 pattern (against mulerr_format_decode), Q8_0, llama2.c layout, every
 * kind of broken file (a clear message naming the file and the problem, never a crash: the
 * sanitizer build runs this), truncation and byte-flip fuzzing, and sampling (membership,
 * pooling weights, non-finite values skipped, determinism). */
#include "tap.h"
#include "t_weights_util.h"
#include "weights/weights.h"

#include <gsl/gsl_rng.h>
#include <math.h>

static const char *STORIES_SHA256 = "7aa06749fbc03c4af27203cdb99e8bd0b2cbeeb6c25a146edeefa6de6125b89f";

/* open must fail with code want and a message naming the file and containing phrase */
static void open_fails(const char *path, mulerr_status want, const char *phrase, const char *what) {
  mulerr_weights *w = NULL;
  mulerr_status st = mulerr_weights_open(path, &w);
  const char *m = mulerr_errmsg();
  ok(st == want && strstr(m, path) && strstr(m, phrase), "%s: refused with '%s'", what,
     st == MULERR_OK ? "(opened!)" : m);
  if (st == MULERR_OK) mulerr_weights_close(w);
}

static void st_fails(const char *json, const void *data, size_t n, const char *phrase, const char *what) {
  buf b = make_st(json, data, n);
  open_fails(write_file("bad.safetensors", b.p, b.n), MULERR_EIO, phrase, what);
  free(b.p);
}

static int same_double(double a, double b) {
  return (isnan(a) && isnan(b)) || (a == b && signbit(a) == signbit(b));
}

/* ------------------------------------------------------------ decoding */

static void test_f16_bf16_exhaustive(void) {
  uint16_t *pat = malloc(65536 * 2);
  unsigned char *bytes = malloc(65536 * 2);
  gt t[2];
  buf b;
  mulerr_weights *w;
  uint32_t i;
  int bad16 = 0, bad_bf = 0;
  uint64_t nf16, nfbf;
  const mulerr_format *f16 = mulerr_format_find("fp16"), *bf16 = mulerr_format_find("bf16");
  for (i = 0; i < 65536; i++) bytes[2 * i] = (unsigned char)i, bytes[2 * i + 1] = (unsigned char)(i >> 8);
  t[0] = (gt){"all.f16", 1, 2, {256, 256}, bytes, 65536 * 2};
  t[1] = (gt){"all.bf16", 30, 1, {65536}, bytes, 65536 * 2};
  b = make_gguf(t, 2, 32);
  ok(mulerr_weights_open(write_file("all16.gguf", b.p, b.n), &w) == MULERR_OK, "GGUF with every F16 "
     "and BF16 pattern opens (%s)", mulerr_errmsg());
  free(b.p);
  if (w) {
    const mulerr_tensor *a = mulerr_weights_find(w, "all.f16"), *c = mulerr_weights_find(w, "all.bf16");
    double *v = malloc(65536 * sizeof *v);
    ok(a && c && a->dtype == MULERR_WT_F16 && c->dtype == MULERR_WT_BF16 && a->count == 65536 &&
       a->ndim == 2 && a->shape[0] == 256, "dtypes, counts and shapes");
    mulerr_tensor_read(a, 0, 65536, v);
    for (i = 0; i < 65536; i++) {
      bad16 += !same_double(v[i], mulerr_format_decode(f16, i));
      bad16 += !same_double(mulerr_tensor_get(a, i), mulerr_format_decode(f16, i));
      bad_bf += !same_double(mulerr_tensor_get(c, i), mulerr_format_decode(bf16, i));
    }
    ok(bad16 == 0, "every F16 pattern decodes as mulerr_format_decode(fp16) (%d differ)", bad16);
    ok(bad_bf == 0, "every BF16 pattern decodes as mulerr_format_decode(bf16) (%d differ)", bad_bf);
    mulerr_tensor_nonfinite(a, &nf16, NULL);
    mulerr_tensor_nonfinite(c, &nfbf, NULL);
    ok(nf16 == 2048 && nfbf == 256, "non-finite counts: F16 2048, BF16 256 (got %llu, %llu)",
       (unsigned long long)nf16, (unsigned long long)nfbf);
    free(v);
    mulerr_weights_close(w);
  }
  /* the same patterns through safetensors */
  {
    char json[256];
    snprintf(json, sizeof json, "{\"h\":{\"dtype\":\"F16\",\"shape\":[65536],\"data_offsets\":[0,131072]},"
             "\"b\":{\"dtype\":\"BF16\",\"shape\":[256,256],\"data_offsets\":[131072,262144]}}");
    b = make_st(json, bytes, 0);
    put(&b, bytes, 131072);
    put(&b, bytes, 131072);
    bad16 = 0;
    if (mulerr_weights_open(write_file("all16.safetensors", b.p, b.n), &w) == MULERR_OK) {
      const mulerr_tensor *h = mulerr_weights_find(w, "h"), *c = mulerr_weights_find(w, "b");
      for (i = 0; i < 65536; i++)
        bad16 += !same_double(mulerr_tensor_get(h, i), mulerr_format_decode(f16, i)) +
                 !same_double(mulerr_tensor_get(c, i), mulerr_format_decode(bf16, i));
      ok(bad16 == 0 && !strcmp(w->container, "safetensors"), "safetensors F16 and BF16: every pattern exact");
      mulerr_weights_close(w);
    } else ok(0, "safetensors F16/BF16 opens: %s", mulerr_errmsg());
    free(b.p);
  }
  free(pat);
  free(bytes);
}

static void test_q8_0(void) {
  /* 2 rows of 64: 4 blocks; scales 1, 2^-24 (smallest subnormal), 65504 (max), -0.5 */
  static const uint16_t d[4] = {0x3C00, 0x0001, 0x7BFF, 0xB800};
  static const double dv[4] = {1.0, 5.9604644775390625e-08, 65504.0, -0.5};
  unsigned char blocks[4 * 34];
  gt t;
  buf b;
  mulerr_weights *w;
  int k, j, bad = 0;
  for (k = 0; k < 4; k++) {
    blocks[34 * k] = (unsigned char)d[k], blocks[34 * k + 1] = (unsigned char)(d[k] >> 8);
    for (j = 0; j < 32; j++) blocks[34 * k + 2 + j] = (unsigned char)(int8_t)(j * 8 - 128 + k);
  }
  t = (gt){"q.weight", 8, 2, {64, 2}, blocks, sizeof blocks};
  b = make_gguf(&t, 1, 32);
  if (mulerr_weights_open(write_file("q8.gguf", b.p, b.n), &w) == MULERR_OK) {
    const mulerr_tensor *q = &w->tensors[0];
    ok(q->dtype == MULERR_WT_Q8_0 && q->count == 128 && q->shape[0] == 2 && q->shape[1] == 64 &&
       q->nbytes == 136, "Q8_0 tensor: shape 2x64 (ne reversed), 136 bytes");
    for (k = 0; k < 4; k++)
      for (j = 0; j < 32; j++)
        bad += mulerr_tensor_get(q, (uint64_t)(32 * k + j)) != dv[k] * (double)(int8_t)(j * 8 - 128 + k);
    ok(bad == 0, "Q8_0 values are d * q exactly, incl. subnormal and max scales (%d differ)", bad);
    ok(mulerr_wdtype_format(q->dtype) == mulerr_format_find("fp32"), "Q8_0's format is fp32");
    {
      int lost = 0;
      for (j = 0; j < 128; j++) {
        double v = mulerr_tensor_get(q, (uint64_t)j);
        lost += mulerr_format_round(mulerr_format_find("fp32"), v, MULERR_RNE) != v;
      }
      ok(lost == 0, "every Q8_0 value is an fp32 value (rounding to fp32 is the identity)");
    }
    mulerr_weights_close(w);
  } else ok(0, "Q8_0 GGUF opens: %s", mulerr_errmsg());
  free(b.p);
  t = (gt){"q.weight", 8, 2, {48, 2}, blocks, 102};
  b = make_gguf(&t, 1, 32);
  open_fails(write_file("q8bad.gguf", b.p, b.n), MULERR_EIO, "multiple of 32", "Q8_0 with rows of 48");
  free(b.p);
}

static void test_gguf_f32_alignment(void) {
  float a[5] = {1.5f, -2.25f, 0.0f, 1e-40f, 3.0e38f}, s[1] = {7.0f};
  gt t[2] = {{"a", 0, 1, {5}, a, sizeof a}, {"s", 0, 0, {0}, s, sizeof s}};
  buf b = make_gguf(t, 2, 64);
  mulerr_weights *w;
  if (mulerr_weights_open(write_file("f32.gguf", b.p, b.n), &w) == MULERR_OK) {
    const mulerr_tensor *x = mulerr_weights_find(w, "a"), *y = mulerr_weights_find(w, "s");
    int i, bad = 0;
    for (i = 0; i < 5; i++) bad += mulerr_tensor_get(x, (uint64_t)i) != (double)a[i];
    ok(bad == 0 && x->offset % 64 == 0 && y->ndim == 0 && y->count == 1 && mulerr_tensor_get(y, 0) == 7.0,
       "F32 with alignment 64 and metadata arrays: values, offsets, a 0-dim tensor");
    mulerr_weights_close(w);
  } else ok(0, "F32 GGUF opens: %s", mulerr_errmsg());
  free(b.p);
}

/* A tiny llama2.c checkpoint: dim 4, hidden 6, 2 layers, 2 heads, 1 KV head (kv_dim 2),
 * vocab 3 unshared (header -3), seq 2; element i of the file is i (as float). */
static void test_llama2c(void) {
  int32_t h[7] = {4, 6, 2, 2, 1, -3, 2};
  const uint64_t dim = 4, hid = 6, L = 2, kv = 2, voc = 3, seq = 2, half = 1;
  const uint64_t n = voc * dim + L * dim + 2 * L * dim * dim + 2 * L * kv * dim + L * dim +
                     3 * L * hid * dim + dim + 2 * seq * half + voc * dim;
  buf b = {0};
  uint64_t i;
  mulerr_weights *w;
  for (i = 0; i < 7; i++) put32(&b, (uint32_t)h[i]);
  for (i = 0; i < n; i++) put_f32(&b, (float)i);
  if (mulerr_weights_open(write_file("tiny.bin", b.p, b.n), &w) == MULERR_OK) {
    /* where each tensor starts, by the layout in the README */
    uint64_t emb = 0, att = emb + voc * dim, wq = att + L * dim, wk = wq + L * dim * dim,
             wv = wk + L * kv * dim, wo = wv + L * kv * dim, ffn = wo + L * dim * dim,
             w1 = ffn + L * dim, w2 = w1 + L * hid * dim, w3 = w2 + L * hid * dim,
             fin = w3 + L * hid * dim, cls = fin + dim + 2 * seq * half;
    struct { const char *name; uint64_t first, count, rows; } e[] = {
        {"token_embd.weight", emb, 12, 3},      {"blk.0.attn_norm.weight", att, 4, 4},
        {"blk.1.attn_norm.weight", att + 4, 4, 4}, {"blk.1.attn_q.weight", wq + 16, 16, 4},
        {"blk.0.attn_k.weight", wk, 8, 2},      {"blk.1.attn_v.weight", wv + 8, 8, 2},
        {"blk.1.attn_output.weight", wo + 16, 16, 4}, {"blk.0.ffn_norm.weight", ffn, 4, 4},
        {"blk.1.ffn_gate.weight", w1 + 24, 24, 6}, {"blk.0.ffn_down.weight", w2, 24, 4},
        {"blk.1.ffn_up.weight", w3 + 24, 24, 6}, {"output_norm.weight", fin, 4, 4},
        {"output.weight", cls, 12, 3}};
    size_t k;
    int bad = 0;
    ok(w->ntensors == 1 + 9 * 2 + 1 + 1 && !strcmp(w->container, "llama2c"),
       "llama2.c: 21 tensors (RoPE tables not listed), container llama2c (%zu)", w->ntensors);
    for (k = 0; k < sizeof e / sizeof e[0]; k++) {
      const mulerr_tensor *t = mulerr_weights_find(w, e[k].name);
      if (!t || t->count != e[k].count || t->shape[0] != e[k].rows) {
        bad++;
        diag("%s: %s", e[k].name, t ? "wrong shape" : "missing");
        continue;
      }
      for (i = 0; i < t->count; i++) bad += mulerr_tensor_get(t, i) != (double)(e[k].first + i);
    }
    ok(bad == 0, "llama2.c: every tensor where the layout puts it, with its shape");
    mulerr_weights_close(w);
  } else ok(0, "tiny llama2.c opens: %s", mulerr_errmsg());
  open_fails(write_file("trunc.bin", b.p, b.n - 4), MULERR_EIO, "truncated llama2.c checkpoint",
             "llama2.c one float short");
  open_fails(write_file("short.bin", b.p, 20), MULERR_EIO, "28-byte header", "llama2.c shorter than its header");
  h[3] = 3; /* dim 4 is not a multiple of 3 heads */
  memcpy(b.p + 12, &h[3], 4);
  open_fails(write_file("heads.bin", b.p, b.n), MULERR_EIO, "multiple of n_heads", "llama2.c dim % n_heads != 0");
  h[0] = 0x7ffffffc, h[1] = 0x7fffffff, h[2] = 0x7fffffff, h[3] = 2, h[4] = 1, h[5] = -0x7fffffff, h[6] = 0x7fffffff;
  memcpy(b.p, h, 28);
  open_fails(write_file("huge.bin", b.p, b.n), MULERR_EIO, "describes more than 2^64 bytes", "llama2.c header describing ~2^100 bytes");
  h[0] = -4;
  memcpy(b.p, h, 4);
  open_fails(write_file("neg.bin", b.p, b.n), MULERR_EIO, "dim = -4 is impossible", "llama2.c negative dim");
  free(b.p);
}

/* ------------------------------------------------------------ shipped data */

static void test_shipped(void) {
  mulerr_weights *w;
  if (mulerr_weights_open(data_path("stories260K.gguf"), &w) == MULERR_OK) {
    uint64_t total = 0;
    size_t i;
    const mulerr_tensor *e = mulerr_weights_find(w, "token_embd.weight"),
                        *k = mulerr_weights_find(w, "blk.4.attn_k.weight"),
                        *d = mulerr_weights_find(w, "blk.2.ffn_down.weight");
    for (i = 0; i < w->ntensors; i++) total += w->tensors[i].count;
    ok(w->ntensors == 47 && total == 260032, "stories260K.gguf: 47 tensors, 260032 weights");
    ok(e && e->shape[0] == 512 && e->shape[1] == 64 && k && k->shape[0] == 32 && k->shape[1] == 64 &&
       d && d->shape[0] == 64 && d->shape[1] == 172, "stories260K.gguf: shapes outermost first");
    ok(!strcmp(mulerr_weights_sha256(w), STORIES_SHA256), "SHA-256 of stories260K.gguf (nettle) "
       "is sha256sum's");
    mulerr_weights_close(w);
  } else ok(0, "data/stories260K.gguf opens: %s", mulerr_errmsg());
  if (mulerr_weights_open(data_path("gpt2-attn-sample.safetensors"), &w) == MULERR_OK) {
    size_t i;
    int good = w->ntensors == 24;
    for (i = 0; good && i < w->ntensors; i++) {
      uint64_t nf;
      mulerr_tensor_nonfinite(&w->tensors[i], &nf, NULL);
      good = w->tensors[i].count == 12500 && w->tensors[i].dtype == MULERR_WT_F32 && nf == 0;
    }
    ok(good, "gpt2-attn-sample.safetensors: 24 F32 tensors of 12500 finite values");
    mulerr_weights_close(w);
  } else ok(0, "data/gpt2-attn-sample.safetensors opens: %s", mulerr_errmsg());
}

/* ------------------------------------------------------------ broken files */

static void test_broken_gguf(void) {
  size_t n, len;
  unsigned char *good = read_all(data_path("stories260K.gguf"), &n), *c;
  const char *p;
  int crashes_avoided = 0, all_failed = 1;
  if (!good) {
    ok(0, "read data/stories260K.gguf");
    return;
  }
  c = malloc(n);
  open_fails(write_file("empty.gguf", good, 0), MULERR_EIO, "empty file", "an empty file");
  open_fails(write_file("t3.gguf", good, 3), MULERR_EIO, "bad magic", "3 bytes");
  open_fails(write_file("t10.gguf", good, 10), MULERR_EIO, "truncated GGUF: the file ends inside the header", "10 bytes");
  open_fails(write_file("t100.gguf", good, 100), MULERR_EIO, "truncated", "100 bytes (inside the metadata)");
  open_fails(write_file("t2000.gguf", good, 2000), MULERR_EIO, "ends inside tensor info", "2000 bytes (inside the tensor infos)");
  open_fails(write_file("half.gguf", good, n / 2), MULERR_EIO, "beyond the end of the file", "half the file");
  open_fails(write_file("less1.gguf", good, n - 1), MULERR_EIO, "output_norm.weight", "one byte short: the last tensor is named");
  /* every truncation inside the first 4 KiB (all the header), and every 997th beyond */
  for (len = 0; len < n; len += len < 4096 ? 1 : 997) {
    mulerr_weights *w;
    p = write_file("cut.gguf", good, len);
    if (mulerr_weights_open(p, &w) == MULERR_OK) {
      all_failed = 0;
      mulerr_weights_close(w);
    } else crashes_avoided++;
  }
  ok(all_failed, "each of %d truncations of stories260K.gguf is refused", crashes_avoided);
  memcpy(c, good, n);
  memcpy(c, "GGUX", 4);
  open_fails(write_file("magic.gguf", c, n), MULERR_EIO, "bad magic (first bytes 47475558", "wrong magic");
  memcpy(c, good, n);
  c[4] = 1;
  open_fails(write_file("v1.gguf", c, n), MULERR_EIO, "GGUF version 1 is not supported", "GGUF version 1");
  memcpy(c, good, n);
  c[8 + 7] = 0x10; /* tensor count ~2^60 */
  open_fails(write_file("count.gguf", c, n), MULERR_EIO, "cannot fit", "tensor count of 2^60");
  memcpy(c, good, n);
  c[24 + 7] = 0x7f; /* length of the first key ~2^63 */
  open_fails(write_file("klen.gguf", c, n), MULERR_EIO, "truncated GGUF: the file ends inside metadata entry 1",
             "a string length beyond the file");
  free(c);
  free(good);
  {
    float v[4] = {1, 2, 3, 4};
    gt t = {"x", 0, 3, {4294967296ull, 4294967296ull, 16}, v, sizeof v};
    buf b = make_gguf(&t, 1, 32);
    open_fails(write_file("ovf.gguf", b.p, b.n), MULERR_EIO, "overflows", "GGUF shape whose product overflows");
    free(b.p);
    t = (gt){"x", 0, 1, {1ull << 62}, v, sizeof v};
    b = make_gguf(&t, 1, 32);
    open_fails(write_file("ovf2.gguf", b.p, b.n), MULERR_EIO, "more than 2^64 bytes", "GGUF bytes that overflow");
    free(b.p);
    t = (gt){"x", 0, 1, {1000}, v, sizeof v};
    b = make_gguf(&t, 1, 32);
    open_fails(write_file("beyond.gguf", b.p, b.n), MULERR_EIO, "tensor 'x': its data (4000 bytes at offset",
               "GGUF tensor data beyond the file");
    free(b.p);
    t = (gt){"x", 99, 1, {4}, v, sizeof v};
    b = make_gguf(&t, 1, 32);
    open_fails(write_file("type99.gguf", b.p, b.n), MULERR_EIO, "unknown ggml type 99", "unknown ggml type");
    free(b.p);
    b = make_gguf(&t, 1, 3);
    open_fails(write_file("align3.gguf", b.p, b.n), MULERR_EIO, "power of two", "alignment 3");
    free(b.p);
  }
  {
    float v[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    gt t[2] = {{"x", 0, 1, {4}, v, 16}, {"x", 0, 1, {4}, v + 4, 16}};
    buf b = make_gguf(t, 2, 32);
    open_fails(write_file("dup.gguf", b.p, b.n), MULERR_EIO, "two tensors are named 'x'", "duplicate names");
    free(b.p);
  }
  {
    /* Q4_K (12) is listed by name; selecting it is an error naming the dtype */
    unsigned char q[144] = {0};
    float v[4] = {1, 2, 3, 4};
    gt t[2] = {{"k.weight", 12, 1, {256}, q, sizeof q}, {"f.weight", 0, 1, {4}, v, sizeof v}};
    buf b = make_gguf(t, 2, 32);
    mulerr_weights *w;
    p = write_file("q4k.gguf", b.p, b.n);
    if (mulerr_weights_open(p, &w) == MULERR_OK) {
      size_t *idx, k;
      mulerr_status st = mulerr_weights_select(w, NULL, 0, &idx, &k);
      ok(st == MULERR_EIO && strstr(mulerr_errmsg(), p) && strstr(mulerr_errmsg(), "dtype Q4_K"),
         "selecting a Q4_K tensor: %s", mulerr_errmsg());
      st = mulerr_weights_select(w, "f.*", 0, &idx, &k);
      ok(st == MULERR_OK && k == 1, "the F32 tensor beside it can be selected");
      free(idx);
      st = mulerr_weights_select(w, NULL, 1, &idx, &k);
      ok(st == MULERR_OK && k == 2 && !strcmp(w->tensors[idx[0]].dtype_name, "Q4_K"),
         "listing may include it, named Q4_K");
      free(idx);
      mulerr_weights_close(w);
    } else ok(0, "GGUF with a Q4_K tensor opens: %s", mulerr_errmsg());
    free(b.p);
  }
}

static void test_broken_safetensors(void) {
  float v[4] = {1, 2, 3, 4};
  static const char *const bad_json[][2] = {
      {"{", "unexpected end"},
      {"{\"a\"", "unexpected end"},
      {"{\"a\":", "expected an object"},
      {"{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}", "unexpected end"},
      {"{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]},}", "expected a string"},
      {"{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}} x", "text after the JSON object"},
      {"{\"a\":{\"dtype\":\"F32\",\"shape\":[-4],\"data_offsets\":[0,16]}}", "negative number"},
      {"{\"a\":{\"dtype\":\"F32\",\"shape\":[4.0],\"data_offsets\":[0,16]}}", "fraction"},
      {"{\"a\":{\"dtype\":\"F32\",\"shape\":[04],\"data_offsets\":[0,16]}}", "leading zero"},
      {"{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16,32]}}", "two numbers"},
      {"{\"a\":{\"dtype\":\"F32\",\"shape\":[99999999999999999999],\"data_offsets\":[0,16]}}", "larger than 2^64"},
      {"{\"a\\q\":{}}", "unknown escape"},
      {"{\"\\ud800\":{}}", "surrogate"},
      {"{\"\\u12\":{}}", "bad \\u escape"},
      {"{\"a\x01\":{}}", "control character"},
      {"{\"abc", "unterminated string"},
      {"{\"__metadata__\":{\"k\":tru}}", "bad literal"},
      {"{\"__metadata__\":{\"k\":1.}}", "bad number"},
      {"{\"__metadata__\":{\"k\" \"v\"}}", "expected ':'"},
      {"{\"a\":{\"dtype\":\"F32\",\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", "repeated"},
  };
  char deep[400];
  size_t i;
  buf b;
  for (i = 0; i < sizeof bad_json / sizeof bad_json[0]; i++) {
    char what[160];
    snprintf(what, sizeof what, "bad JSON #%zu (%s)", i + 1, bad_json[i][1]);
    b = make_st(bad_json[i][0], v, sizeof v);
    open_fails(write_file("json.safetensors", b.p, b.n), MULERR_EIO, "bad safetensors header JSON", what);
    ok(strstr(mulerr_errmsg(), bad_json[i][1]) != NULL, "... and says '%s'", bad_json[i][1]);
    free(b.p);
  }
  strcpy(deep, "{\"__metadata__\":");
  for (i = 0; i < 100; i++) strcat(deep, "[");
  for (i = 0; i < 100; i++) strcat(deep, "]");
  strcat(deep, "}");
  st_fails(deep, v, 0, "nesting deeper than 64", "JSON nested 100 deep");
  /* a header length beyond the file, and other framing errors */
  b = make_st("{}", NULL, 0);
  b.p[7] = 0x01; /* 2^56 + 2 */
  open_fails(write_file("hlen.safetensors", b.p, b.n), MULERR_EIO, "header length 72057594037927938 is "
             "beyond the end of the file", "header length beyond the file");
  free(b.p);
  open_fails(write_file("tiny.safetensors", "abc", 3), MULERR_EIO, "truncated", "3-byte safetensors");
  b = make_st("[1,2]", NULL, 0);
  open_fails(write_file("arr.safetensors", b.p, b.n), MULERR_EIO, "does not start with '{'", "a header that is an array");
  free(b.p);
  st_fails("{\"a\":{\"dtype\":\"F32\",\"shape\":[100],\"data_offsets\":[0,400]}}", v, sizeof v,
           "data_offsets [0, 400] are beyond the end of the file", "data offsets beyond the file");
  st_fails("{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[16,0]}}", v, sizeof v, "reversed",
           "reversed data offsets");
  st_fails("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,16]}}", v, sizeof v,
           "shape 2 of F32 needs 8 bytes but the file gives it 16", "shape and offsets disagree");
  st_fails("{\"a\":{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296,16],\"data_offsets\":[0,16]}}", v,
           sizeof v, "overflows", "shape whose product overflows");
  st_fails("{\"a\":{\"dtype\":\"F32\",\"shape\":[1,1,1,1,1,1,1,1,1],\"data_offsets\":[0,4]}}", v, sizeof v,
           "more than 8 dimensions", "9 dimensions");
  st_fails("{\"a\":{\"dtype\":\"F32\",\"shape\":[4]}}", v, sizeof v, "no \"data_offsets\"", "missing data_offsets");
  st_fails("{\"a\":{\"dtype\":\"float 32\",\"shape\":[4],\"data_offsets\":[0,16]}}", v, sizeof v,
           "is not a safetensors dtype", "a dtype that is no dtype");
  st_fails("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
           "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", v, sizeof v, "overlap",
           "overlapping tensors");
  st_fails("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
           "\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,16]}}", v, sizeof v,
           "two tensors are named 'a'", "duplicate tensor names");
  st_fails("{\"a\\u0000b\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", v, sizeof v,
           "NUL character", "a name with a NUL byte");
  /* issue 10, defect 11: a NUL must not cut a dtype or a key short, and no control
   * character of a name may reach a terminal */
  st_fails("{\"a\":{\"dtype\":\"F32\\u0000junk\",\"shape\":[4],\"data_offsets\":[0,16]}}", v, sizeof v,
           "NUL character", "dtype \"F32\\u0000junk\" is refused, not read as F32");
  st_fails("{\"__metadata__\\u0000x\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", v, sizeof v,
           "NUL character", "a tensor named \"__metadata__\\u0000x\" is refused, not dropped as metadata");
  st_fails("{\"a\\u001b[31mred\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", v, sizeof v,
           "control character 0x1b at byte 1 ('a\\x1b[31mred')", "an escape sequence in a name is refused, shown escaped");
  st_fails("{\"a\\u009b2J\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", v, sizeof v,
           "control character 0x9b (C1)", "a C1 control (CSI) in a name is refused");
  st_fails("{\"a\\u007f\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", v, sizeof v,
           "control character 0x7f", "DEL in a name is refused");
  {
    /* unicode escapes decode to UTF-8; unknown keys and metadata are skipped */
    mulerr_weights *w;
    b = make_st("{\"__metadata__\":{\"format\":\"pt\",\"n\":[1,-2.5e3,true,null,{\"x\":\"y\"}]},"
                "\"\\u00e9\\ud83d\\ude00\\/\":{\"dtype\":\"F32\",\"extra\":[1,{}],\"shape\":[2,2],"
                "\"data_offsets\":[0,16]}}   ",
                v, sizeof v);
    if (mulerr_weights_open(write_file("ok.safetensors", b.p, b.n), &w) == MULERR_OK) {
      ok(w->ntensors == 1 && !strcmp(w->tensors[0].name, "\xc3\xa9\xf0\x9f\x98\x80/") &&
         mulerr_tensor_get(&w->tensors[0], 3) == 4.0, "escapes decode to UTF-8; metadata, unknown keys and "
         "padding are accepted");
      mulerr_weights_close(w);
    } else ok(0, "a valid header with escapes opens: %s", mulerr_errmsg());
    free(b.p);
  }
  {
    /* an unsupported dtype is listed, and refused when selected */
    mulerr_weights *w;
    b = make_st("{\"pos\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[0,16]}}", v, sizeof v);
    if (mulerr_weights_open(write_file("i64.safetensors", b.p, b.n), &w) == MULERR_OK) {
      size_t *idx, k;
      mulerr_status st = mulerr_weights_select(w, "*", 0, &idx, &k);
      ok(st == MULERR_EIO && strstr(mulerr_errmsg(), "i64.safetensors") &&
         strstr(mulerr_errmsg(), "tensor 'pos' has dtype I64"), "I64 tensor refused: %s", mulerr_errmsg());
      mulerr_weights_close(w);
    } else ok(0, "an I64 tensor does not stop the file opening: %s", mulerr_errmsg());
    free(b.p);
  }
}

static void test_misc_errors(void) {
  mulerr_weights *w;
  size_t *idx, k;
  mulerr_status st;
  char path[700];
  open_fails(scratch, MULERR_EIO, "not a regular file", "a directory");
  snprintf(path, sizeof path, "%s/missing.gguf", scratch);
  open_fails(path, MULERR_EIO, "cannot open: No such file", "a missing file");
  open_fails(write_file("notes.txt", "hello, world, this is text", 26), MULERR_EIO, "not a weights file",
             "a text file without a known extension");
  if (mulerr_weights_open(data_path("stories260K.gguf"), &w) == MULERR_OK) {
    st = mulerr_weights_select(w, "blk.9.*|nothing", 0, &idx, &k);
    ok(st == MULERR_EINVAL && strstr(mulerr_errmsg(), "stories260K.gguf") &&
       strstr(mulerr_errmsg(), "tensor pattern 'blk.9.*|nothing' selects none of the 47 tensors"),
       "a pattern that selects nothing: %s", mulerr_errmsg());
    st = mulerr_weights_select(w, "blk.0.*||x", 0, &idx, &k);
    ok(st == MULERR_EINVAL && strstr(mulerr_errmsg(), "empty alternative"), "an empty alternative: %s",
       mulerr_errmsg());
    st = mulerr_weights_select(w, "blk.[13].attn_?.weight|output_norm.*", 0, &idx, &k);
    ok(st == MULERR_OK && k == 7, "globs with classes and '?' joined by '|' select 7 tensors (%zu)", k);
    free(idx);
    ok(mulerr_weights_match(NULL, "x") && mulerr_weights_match("", "x") && mulerr_weights_match("a|x*", "xy") &&
       !mulerr_weights_match("a|b", "ab"), "match: empty matches all; alternatives are whole-name globs");
    mulerr_weights_close(w);
  }
}

/* Open small files with random bytes flipped in their headers: whatever opens must be
 * readable in full (the sanitizer build checks every access). */
static void test_fuzz(void) {
  float v[64];
  unsigned char q[2 * 34];
  buf files[2];
  gt t[3];
  int f, it, opened = 0, runs = 0;
  uint64_t lcg = 12345;
  for (it = 0; it < 64; it++) v[it] = (float)it - 31.5f;
  memset(q, 0x11, sizeof q);
  t[0] = (gt){"blk.0.a", 0, 2, {8, 8}, v, sizeof v};
  t[1] = (gt){"blk.0.q", 8, 1, {64}, q, sizeof q};
  t[2] = (gt){"blk.0.h", 1, 1, {32}, v, 64};
  files[0] = make_gguf(t, 3, 32);
  files[1] = make_st("{\"__metadata__\":{\"a\":\"b\"},\"x\":{\"dtype\":\"F32\",\"shape\":[4,8],\"data_offsets\":[0,128]},"
                     "\"y\":{\"dtype\":\"BF16\",\"shape\":[64],\"data_offsets\":[128,256]}}", v, sizeof v);
  for (f = 0; f < 2; f++) {
    size_t hdr = f == 0 ? files[0].n - 64 * 4 - 96 : files[1].n - sizeof v;
    unsigned char *c = malloc(files[f].n);
    for (it = 0; it < 1500; it++) {
      int flips = 1 + (int)((lcg >> 33) % 3), j;
      mulerr_weights *w;
      memcpy(c, files[f].p, files[f].n);
      for (j = 0; j < flips; j++) {
        lcg = lcg * 6364136223846793005ull + 1442695040888963407ull;
        c[(lcg >> 33) % hdr] ^= (unsigned char)(1u << ((lcg >> 20) % 8));
      }
      runs++;
      if (mulerr_weights_open(write_file(f ? "fz.safetensors" : "fz.gguf", c, files[f].n), &w) == MULERR_OK) {
        size_t k;
        double sum = 0;
        opened++;
        for (k = 0; k < w->ntensors; k++) {
          uint64_t i;
          if (w->tensors[k].dtype == MULERR_WT_UNSUPPORTED) continue;
          for (i = 0; i < w->tensors[k].count; i++) sum += mulerr_tensor_get(&w->tensors[k], i);
        }
        (void)sum;
        mulerr_weights_close(w);
      } else if (!strstr(mulerr_errmsg(), f ? "fz.safetensors" : "fz.gguf")) {
        diag("message without the file name: %s", mulerr_errmsg());
        opened = -100000;
      }
    }
    free(c);
    free(files[f].p);
  }
  ok(opened >= 0, "%d header byte-flips: %d opened and read in full, the rest refused naming the file",
     runs, opened);
}

/* ------------------------------------------------------------ the distribution */

static int cmp_d(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static void emit_input(void *ctx, const char *path, uint64_t size, const char *sha) {
  char *out = ctx;
  snprintf(out + strlen(out), 1024 - strlen(out), "%s|%llu|%s;", path, (unsigned long long)size, sha);
}

static mulerr_status parse(const char *fmt, const char *a, mulerr_dist_spec *s) {
  char text[1024];
  snprintf(text, sizeof text, fmt, a);
  return mulerr_dist_parse(text, s);
}

static void test_dist(void) {
  mulerr_dist_spec s, s2;
  gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
  double *x = malloc(30000 * sizeof *x), *y = malloc(30000 * sizeof *y), *all;
  const char *stories = data_path("stories260K.gguf");
  const mulerr_format *fp32 = mulerr_format_find("fp32"), *bf16 = mulerr_format_find("bf16");
  mulerr_weights *w;
  size_t i, n = 0;
  int bad;
  char in[1024] = "";
  ok(mulerr_dist_find("weights") != NULL, "the weights distribution is registered");
  if (parse("weights:%s", stories, &s) != MULERR_OK) {
    ok(0, "weights:stories260K.gguf parses: %s", mulerr_errmsg());
    return;
  }
  ok(mulerr_dist_native(&s) == fp32, "native format of an F32 GGUF: fp32");
  s.type->inputs(&s, emit_input, in);
  {
    char want[1024];
    snprintf(want, sizeof want, "%s|1043360|%s;", stories, STORIES_SHA256);
    ok(!strcmp(in, want), "inputs(): path, size and SHA-256 (%s)", in);
  }
  /* membership: every draw is one of the file's values */
  mulerr_weights_open(stories, &w);
  all = malloc(260032 * sizeof *all);
  for (i = 0; i < w->ntensors; i++) {
    mulerr_tensor_read(&w->tensors[i], 0, w->tensors[i].count, all + n);
    n += w->tensors[i].count;
  }
  qsort(all, n, sizeof *all, cmp_d);
  gsl_rng_set(r, 42);
  s.type->draw(&s, fp32, r, 20000, x);
  for (i = 0, bad = 0; i < 20000; i++) bad += !bsearch(&x[i], all, n, sizeof *all, cmp_d);
  ok(bad == 0, "20000 draws are all values of the file (%d are not)", bad);
  gsl_rng_set(r, 42);
  s.type->draw(&s, fp32, r, 20000, y);
  ok(!memcmp(x, y, 20000 * sizeof *x), "the same generator state gives the same draws");
  gsl_rng_set(r, 42);
  s.type->draw(&s, bf16, r, 20000, y);
  for (i = 0, bad = 0; i < 20000; i++) bad += y[i] != mulerr_format_round(bf16, x[i], MULERR_RNE);
  ok(bad == 0, "with source bf16 each draw is the fp32 value rounded to bf16 (RNE)");
  {
    /* a tensor pattern: draws come from the norms only, each about equally often */
    const mulerr_tensor *t = mulerr_weights_find(w, "output_norm.weight");
    double norm[64];
    mulerr_dist_spec sn;
    mulerr_tensor_read(t, 0, 64, norm);
    qsort(norm, 64, sizeof *norm, cmp_d);
    if (parse("weights:%s:tensors=output_norm.*", stories, &sn) == MULERR_OK) {
      s.type->draw(&sn, fp32, r, 20000, x);
      for (i = 0, bad = 0; i < 20000; i++) bad += !bsearch(&x[i], norm, 64, sizeof *norm, cmp_d);
      ok(bad == 0, "tensors=output_norm.*: every draw is one of its 64 values");
      mulerr_dist_close(&sn);
    } else ok(0, "tensors= parses: %s", mulerr_errmsg());
  }
  mulerr_weights_close(w);
  free(all);
  mulerr_dist_close(&s);
  ok(s.state == NULL, "close releases the state");

  /* pooling: A holds 1000 ones, B ten twos; the weights decide, not the sizes */
  {
    float ones[1000], twos[10], odd[4] = {1, NAN, 2, 3}, nan4[4] = {NAN, INFINITY, -INFINITY, NAN};
    char json[200], spec[2400];
    const char *pa, *pb, *pc, *pd;
    buf b;
    size_t c1, c[4];
    for (i = 0; i < 1000; i++) ones[i] = 1;
    for (i = 0; i < 10; i++) twos[i] = 2;
    snprintf(json, sizeof json, "{\"o\":{\"dtype\":\"F32\",\"shape\":[1000],\"data_offsets\":[0,4000]}}");
    b = make_st(json, ones, sizeof ones);
    pa = write_file("ones.safetensors", b.p, b.n);
    free(b.p);
    snprintf(json, sizeof json, "{\"t\":{\"dtype\":\"F32\",\"shape\":[10],\"data_offsets\":[0,40]}}");
    b = make_st(json, twos, sizeof twos);
    pb = write_file("twos.safetensors", b.p, b.n);
    free(b.p);
    snprintf(spec, sizeof spec, "weights:%s:weight=3+%s:weight=1", pa, pb);
    if (mulerr_dist_parse(spec, &s) == MULERR_OK) {
      s.type->draw(&s, fp32, r, 20000, x);
      for (i = 0, c1 = 0, bad = 0; i < 20000; i++) c1 += x[i] == 1, bad += x[i] != 1 && x[i] != 2;
      ok(bad == 0 && fabs(c1 / 20000.0 - 0.75) < 5 * sqrt(0.75 * 0.25 / 20000),
         "weight=3 and weight=1: %.4f of the draws from the first (0.75 expected)", c1 / 20000.0);
      mulerr_dist_close(&s);
    } else ok(0, "%s parses: %s", spec, mulerr_errmsg());
    snprintf(spec, sizeof spec, "weights:%s+%s", pa, pb);
    if (mulerr_dist_parse(spec, &s) == MULERR_OK) {
      in[0] = 0;
      s.type->inputs(&s, emit_input, in);
      s.type->draw(&s, fp32, r, 20000, x);
      for (i = 0, c1 = 0; i < 20000; i++) c1 += x[i] == 1;
      ok(fabs(c1 / 20000.0 - 0.5) < 5 * sqrt(0.25 / 20000) && strstr(in, "ones") && strstr(in, "twos"),
         "A+B: equal weights (%.4f from A, sizes 1000 and 10); both files are inputs", c1 / 20000.0);
      mulerr_dist_close(&s);
    } else ok(0, "%s parses: %s", spec, mulerr_errmsg());
    /* non-finite values are never drawn, and the finite ones are equally likely */
    snprintf(json, sizeof json, "{\"v\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}");
    b = make_st(json, odd, sizeof odd);
    pc = write_file("odd.safetensors", b.p, b.n);
    free(b.p);
    b = make_st(json, nan4, sizeof nan4);
    pd = write_file("nan.safetensors", b.p, b.n);
    free(b.p);
    if (parse("weights:%s", pc, &s) == MULERR_OK) {
      ok(mulerr_dist_nonfinite(&s) == 1, "one non-finite value counted");
      s.type->draw(&s, fp32, r, 30000, x);
      memset(c, 0, sizeof c);
      for (i = 0; i < 30000; i++) c[isfinite(x[i]) && x[i] >= 1 && x[i] <= 3 ? (size_t)x[i] : 0]++;
      ok(c[0] == 0 && fabs(c[1] / 30000.0 - 1 / 3.0) < 0.015 && fabs(c[3] / 30000.0 - 1 / 3.0) < 0.015,
         "[1, NaN, 2, 3]: NaN never drawn, 1, 2, 3 each about 1/3 (%zu %zu %zu)", c[1], c[2], c[3]);
      mulerr_dist_close(&s);
    } else ok(0, "a file with a NaN opens: %s", mulerr_errmsg());
    ok(parse("weights:%s", pd, &s) == MULERR_EIO && strstr(mulerr_errmsg(), "nan.safetensors") &&
       strstr(mulerr_errmsg(), "hold no finite value"), "only non-finite values: %s", mulerr_errmsg());
  }
  /* native formats: stored dtype, fp32 for mixtures */
  {
    unsigned char h[8] = {0, 0x3c, 0, 0x40, 0, 0x3c, 0, 0x40};
    float f[2] = {1, 2};
    gt t[3] = {{"h", 1, 1, {4}, h, 8}, {"b", 30, 1, {4}, h, 8}, {"f", 0, 1, {2}, f, 8}};
    buf b = make_gguf(t, 3, 32);
    const char *p = write_file("mixed.gguf", b.p, b.n);
    free(b.p);
    ok(parse("weights:%s:tensors=h", p, &s) == MULERR_OK && mulerr_dist_native(&s) == mulerr_format_find("fp16"),
       "only F16 tensors: native fp16");
    mulerr_dist_close(&s);
    ok(parse("weights:%s:tensors=b", p, &s) == MULERR_OK && mulerr_dist_native(&s) == bf16,
       "only BF16 tensors: native bf16");
    mulerr_dist_close(&s);
    ok(parse("weights:%s:tensors=h|b", p, &s) == MULERR_OK && mulerr_dist_native(&s) == fp32,
       "F16 and BF16 together: native fp32 (holds both exactly)");
    mulerr_dist_close(&s);
  }
  /* syntax errors */
  {
    static const char *const bad_specs[][2] = {
        {"weights", "needs a file"},
        {"weights:", "needs a file"},
        {"weights:%s:colour=red", "unknown option 'colour'"},
        {"weights:%s:weight=0", "weight '0' is not a finite number > 0"},
        {"weights:%s:weight=abc", "is not a finite number"},
        {"weights:%s:tensors=a:tensors=b", "tensors= given twice"},
        {"weights:%s:tensors=", "empty tensors= pattern"},
        {"weights:%s:token", "is not key=value"},
        {"weights:%s+", "has no file name"},
        {"weights:%s:tensors=blk.7.*", "tensor pattern 'blk.7.*' selects none of the 47 tensors"},
        {"weights:/nonexistent/model.gguf", "/nonexistent/model.gguf: cannot open"},
    };
    for (i = 0; i < sizeof bad_specs / sizeof bad_specs[0]; i++) {
      mulerr_status st = parse(bad_specs[i][0], stories, &s2);
      ok(st != MULERR_OK && strstr(mulerr_errmsg(), bad_specs[i][1]) && s2.state == NULL,
         "'%s' refused: %s", bad_specs[i][0], mulerr_errmsg());
      if (st == MULERR_OK) mulerr_dist_close(&s2);
    }
    parse("weights:%s:tensors=blk.7.*", stories, &s2);
    ok(strstr(mulerr_errmsg(), stories) != NULL, "the pattern error names the file too");
  }
  free(x);
  free(y);
  gsl_rng_free(r);
}

int main(void) {
  scratch_init();
  test_f16_bf16_exhaustive();
  test_q8_0();
  test_gguf_f32_alignment();
  test_llama2c();
  test_shipped();
  test_broken_gguf();
  test_broken_safetensors();
  test_misc_errors();
  test_fuzz();
  test_dist();
  scratch_done();
  return tap_done();
}
