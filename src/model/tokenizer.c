/* tokenizer.c — llama2.c's tokenizer: the file format (int32 max token length, then per token
 * a float32 score, an int32 length and the bytes; little-endian), its BPE encoder (dummy
 * prefix, UTF-8 characters or byte fallback, greedy merges by score) and its decoder. */
#include "model/model.h"

#include <errno.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void mulerr_tokenizer_close(mulerr_tokenizer *t) {
  int i;
  if (!t) return;
  for (i = 0; t->vocab && i < t->vocab_size; i++) free(t->vocab[i]);
  free(t->vocab);
  free(t->len);
  free(t->score);
  free(t->sorted);
  free(t->path);
  free(t);
}

static const mulerr_tokenizer *sort_ctx; /* qsort has no context argument; set under a lock */
static int by_piece(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b, c = strcmp(sort_ctx->vocab[x], sort_ctx->vocab[y]);
  return c ? c : x - y;
}

static void hex_digest(const uint8_t *d, char *out) {
  int i;
  for (i = 0; i < 32; i++) sprintf(out + 2 * i, "%02x", d[i]);
}

mulerr_status mulerr_tokenizer_open(const char *path, int vocab_size, mulerr_tokenizer **out) {
  FILE *f = fopen(path, "rb");
  mulerr_tokenizer *t;
  unsigned char *buf = NULL, *p, *end;
  long size;
  int i = 0, maxlen;
  struct sha256_ctx sha;
  uint8_t dig[SHA256_DIGEST_SIZE];
  *out = NULL;
  if (!f) return mulerr_fail(MULERR_EIO, "%s: cannot open the tokenizer: %s", path, strerror(errno));
  if (fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) ||
      !(buf = malloc((size_t)size + 1)) || fread(buf, 1, (size_t)size, f) != (size_t)size) {
    fclose(f);
    free(buf);
    return mulerr_fail(MULERR_EIO, "%s: cannot read the tokenizer", path);
  }
  fclose(f);
  if (!(t = calloc(1, sizeof *t)) || !(t->path = strdup(path)) ||
      !(t->vocab = calloc((size_t)vocab_size, sizeof *t->vocab)) ||
      !(t->len = calloc((size_t)vocab_size, sizeof *t->len)) ||
      !(t->score = calloc((size_t)vocab_size, sizeof *t->score)) ||
      !(t->sorted = calloc((size_t)vocab_size, sizeof *t->sorted))) {
    mulerr_tokenizer_close(t);
    free(buf);
    return mulerr_fail(MULERR_ENOMEM, "out of memory");
  }
  t->vocab_size = vocab_size;
  t->size = (uint64_t)size;
  sha256_init(&sha);
  sha256_update(&sha, (size_t)size, buf);
  sha256_digest(&sha, sizeof dig, dig);
  hex_digest(dig, t->sha256);
  p = buf, end = buf + size;
  if (size < 4) goto truncated;
  t->max_token_length = (int32_t)mulerr_le32(p);
  p += 4;
  if (t->max_token_length <= 0 || t->max_token_length > (1 << 20)) {
    maxlen = t->max_token_length;
    mulerr_tokenizer_close(t);
    free(buf);
    return mulerr_fail(MULERR_EIO, "%s: not a llama2.c tokenizer: max token length %d", path, maxlen);
  }
  for (i = 0; i < vocab_size; i++) {
    int32_t len;
    if (end - p < 8) goto truncated;
    t->score[i] = (float)mulerr_f32_value(mulerr_le32(p));
    len = (int32_t)mulerr_le32(p + 4);
    p += 8;
    if (len < 0 || len > t->max_token_length || end - p < len) {
      if (len >= 0 && end - p < len) goto truncated;
      mulerr_tokenizer_close(t);
      free(buf);
      return mulerr_fail(MULERR_EIO, "%s: token %d has length %d (the file's maximum is %d)", path, i,
                         (int)len, t->max_token_length);
    }
    if (!(t->vocab[i] = malloc((size_t)len + 1))) {
      mulerr_tokenizer_close(t);
      free(buf);
      return mulerr_fail(MULERR_ENOMEM, "out of memory");
    }
    memcpy(t->vocab[i], p, (size_t)len);
    t->vocab[i][len] = 0;
    t->len[i] = len;
    p += len;
  }
  if (p != end) {
    /* count what follows, to say how large the file's vocabulary is */
    long more = 0;
    while (end - p >= 8) {
      int32_t len = (int32_t)mulerr_le32(p + 4);
      if (len < 0 || end - p - 8 < len) break;
      p += 8 + len;
      more++;
    }
    mulerr_tokenizer_close(t);
    free(buf);
    return mulerr_fail(MULERR_EIO, "%s: the tokenizer holds more tokens (%ld or more) than the "
                       "model's vocabulary of %d: it does not belong to this model", path,
                       vocab_size + more, vocab_size);
  }
  free(buf);
  for (i = 0; i < vocab_size; i++) t->sorted[i] = i;
  for (i = 0; i < 256; i++) t->bytes[2 * i] = (char)i;
#ifdef _OPENMP
#pragma omp critical(mulerr_tokenizer_sort)
#endif
  {
    sort_ctx = t;
    qsort(t->sorted, (size_t)vocab_size, sizeof *t->sorted, by_piece);
    sort_ctx = NULL;
  }
  *out = t;
  return MULERR_OK;
truncated:
  {
    long got = i;
    mulerr_tokenizer_close(t);
    free(buf);
    return mulerr_fail(MULERR_EIO, "%s: the tokenizer ends after %ld tokens, but the model's "
                       "vocabulary has %d: it does not belong to this model (or is truncated)",
                       path, got, vocab_size);
  }
}

int mulerr_tokenizer_lookup(const mulerr_tokenizer *t, const char *piece) {
  int lo = 0, hi = t->vocab_size - 1;
  while (lo <= hi) { /* the first of equal pieces: the lowest id, as the sort breaks ties */
    int mid = lo + (hi - lo) / 2, c = strcmp(t->vocab[t->sorted[mid]], piece);
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo < t->vocab_size && !strcmp(t->vocab[t->sorted[lo]], piece) ? t->sorted[lo] : -1;
}

/* The token whose piece is the concatenation of a's and b's, or -1 (buf: scratch of at least
 * max_token_length + 1 bytes). */
static int merge_of(const mulerr_tokenizer *t, int a, int b, char *buf) {
  if (t->len[a] + t->len[b] > t->max_token_length) return -1;
  memcpy(buf, t->vocab[a], (size_t)t->len[a]);
  memcpy(buf + t->len[a], t->vocab[b], (size_t)t->len[b] + 1);
  return mulerr_tokenizer_lookup(t, buf);
}

mulerr_status mulerr_tokenizer_encode(const mulerr_tokenizer *t, const char *text, int bos,
                                      int **ids, size_t *n) {
  size_t cap = strlen(text) + 3, len = 0, clen = 0, i;
  int *tok = malloc(cap * sizeof *tok);
  char *buf = malloc(2 * (size_t)t->max_token_length + 8);
  const unsigned char *c;
  *ids = NULL;
  *n = 0;
  if (!tok || !buf) {
    free(tok);
    free(buf);
    return mulerr_fail(MULERR_ENOMEM, "out of memory");
  }
  if (bos) tok[len++] = 1;
  if (text[0]) { /* the dummy prefix: a space (SentencePiece's add_dummy_prefix) */
    int sp = mulerr_tokenizer_lookup(t, " ");
    tok[len++] = sp >= 0 ? sp : ' ' + 3;
  }
  /* one token per UTF-8 character (a lead byte and at most three continuation bytes), or
   * its bytes as byte tokens */
  for (c = (const unsigned char *)text; *c; c++) {
    char ch[5];
    int id;
    if ((*c & 0xC0) != 0x80) clen = 0;
    ch[clen++] = (char)*c;
    if ((c[1] & 0xC0) == 0x80 && clen < 4) continue;
    ch[clen] = 0;
    id = mulerr_tokenizer_lookup(t, ch);
    if (id >= 0) tok[len++] = id;
    else
      for (i = 0; i < clen; i++) tok[len++] = (unsigned char)ch[i] + 3;
    clen = 0;
  }
  /* merge the best adjacent pair until none is a token: each pair's merge (its token, or -1)
   * is looked up once and kept, and only the two pairs beside a merge are looked up again,
   * which selects the same pair as scanning every pair each time (llama2.c) */
  if (len > 1) {
    int *pair = malloc((len - 1) * sizeof *pair);
    if (!pair) {
      free(tok);
      free(buf);
      return mulerr_fail(MULERR_ENOMEM, "out of memory");
    }
    for (i = 0; i + 1 < len; i++) pair[i] = merge_of(t, tok[i], tok[i + 1], buf);
    for (;;) {
      float best = -1e10f;
      size_t best_i = 0;
      int best_id = -1;
      for (i = 0; i + 1 < len; i++)
        if (pair[i] >= 0 && t->score[pair[i]] > best) best = t->score[pair[i]], best_id = pair[i], best_i = i;
      if (best_id < 0) break;
      tok[best_i] = best_id;
      memmove(tok + best_i + 1, tok + best_i + 2, (len - best_i - 2) * sizeof *tok);
      if (best_i + 2 < len) memmove(pair + best_i + 1, pair + best_i + 2, (len - best_i - 3) * sizeof *pair);
      len--;
      if (best_i > 0) pair[best_i - 1] = merge_of(t, tok[best_i - 1], tok[best_i], buf);
      if (best_i + 1 < len) pair[best_i] = merge_of(t, tok[best_i], tok[best_i + 1], buf);
    }
    free(pair);
  }
  free(buf);
  *ids = tok;
  *n = len;
  return MULERR_OK;
}

const char *mulerr_tokenizer_decode(const mulerr_tokenizer *t, int prev, int id, size_t *len) {
  const char *piece = t->vocab[id];
  size_t n = (size_t)t->len[id];
  unsigned b;
  char tail;
  if (prev == 1 && piece[0] == ' ') piece++, n--;
  if (n == 6 && sscanf(piece, "<0x%2X%c", &b, &tail) == 2 && tail == '>') {
    *len = 1;
    return t->bytes + 2 * b;
  }
  *len = n;
  return piece;
}
