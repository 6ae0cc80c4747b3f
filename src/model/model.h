/* model.h — a Llama-architecture language model run inside mulerr (internal to libmulerr and
 * its CLI, not installed): the checkpoint loaded through the weights readers, llama2.c's
 * tokenizer, a binary64 forward pass whose products can be replaced at chosen sites by any
 * registered multiply method, and the evaluation protocol (perplexity, KL, top-1, attention
 * error, greedy agreement) of `mulerr model`.
 *
 * The forward pass follows llama2.c's run.c (Karpathy): RMSNorm, grouped-query attention with
 * rotary position embeddings on adjacent pairs (x[2i], x[2i+1]) of each head, SwiGLU feed
 * forward, a final RMSNorm and the classifier.  GGUF files of the llama architecture store q
 * and k rows in this same (Meta, "interleaved") layout: llama.cpp's converter undoes the
 * Hugging Face rotate-half permutation when it writes them, and llama.cpp applies its "normal"
 * RoPE on adjacent pairs; so both containers are read without any permutation (the test
 * compares the logits of the .bin and the GGUF of stories260K).
 *
 * Errors go through mulerr_fail() as "FILE: what is wrong"; nothing here prints. */
#ifndef MULERR_MODEL_H
#define MULERR_MODEL_H

#include "internal.h"
#include "weights/weights.h"

/* ---------------------------------------------------------------- model */

typedef struct mulerr_model_config {
  int dim, hidden_dim, n_layers, n_heads, n_kv_heads, vocab_size, seq_len;
  int head_size, kv_dim;
  int shared_classifier; /* the classifier is the token embedding */
  double rms_eps;        /* added to the mean square in RMSNorm */
  double rope_theta;     /* RoPE base (10000) */
} mulerr_model_config;

typedef struct mulerr_model {
  mulerr_model_config c;
  mulerr_weights *w;
  /* every weight, exactly (each supported dtype's values are binary32 values): */
  float *tok_emb;            /* [vocab][dim] */
  float *rms_att, *rms_ffn;  /* [L][dim] */
  float *wq, *wk, *wv, *wo;  /* [L][dim][dim], [L][kv_dim][dim] x2, [L][dim][dim] */
  float *w1, *w2, *w3;       /* [L][hidden][dim], [L][dim][hidden], [L][hidden][dim] */
  float *rms_final;          /* [dim] */
  float *wcls;               /* [vocab][dim]; == tok_emb when shared */
  /* The same matrices as row panels for the reference's matrix-vector products:
   * rows in groups of MULERR_PANEL (the last padded with zero rows), each group stored
   * column by column, so that the group's sums run side by side in vector lanes while each
   * row's sum still runs left to right.  pq etc. hold every layer, one after the other. */
  float *pq, *pk, *pv, *po, *p1, *p2, *p3, *pcls; /* binary32 values: half the memory traffic */
} mulerr_model;
#define MULERR_PANEL 32 /* matvec_ref (forward.c) holds a panel in eight 4-lane sums */
/* Elements of one [rows][cols] matrix in panel layout. */
static inline size_t mulerr_panel_size(size_t rows, size_t cols) {
  return (rows + MULERR_PANEL - 1) / MULERR_PANEL * MULERR_PANEL * cols;
}

/* Open a llama2.c .bin or a GGUF (general.architecture "llama") checkpoint and check its
 * configuration against the tensors.  MULERR_EIO for an unreadable or inconsistent file. */
mulerr_status mulerr_model_open(const char *path, mulerr_model **out);
void mulerr_model_close(mulerr_model *m);

/* ------------------------------------------------------------ tokenizer */

typedef struct mulerr_tokenizer {
  int vocab_size, max_token_length;
  char **vocab;    /* NUL-terminated pieces (a piece holding a NUL byte is cut there) */
  int *len;        /* byte length of each piece */
  float *score;    /* merge scores */
  int *sorted;     /* token ids sorted by piece (for lookups) */
  char bytes[512];  /* byte b as a one-byte string at bytes + 2b */
  char *path;
  uint64_t size;   /* bytes of the file */
  char sha256[65];
} mulerr_tokenizer;

/* Read a llama2.c tokenizer file for a model of vocab_size tokens: the file must hold
 * exactly that many entries (a different count is refused with a message naming both). */
mulerr_status mulerr_tokenizer_open(const char *path, int vocab_size, mulerr_tokenizer **out);
void mulerr_tokenizer_close(mulerr_tokenizer *t);
/* The id of a piece (exact bytes), or -1. */
int mulerr_tokenizer_lookup(const mulerr_tokenizer *t, const char *piece);
/* Encode text with llama2.c's rules: BOS (1) first if bos; a dummy-prefix space token
 * before non-empty text; each UTF-8 character its own token, or its bytes as <0xXX> tokens
 * (id byte + 3) if it is not in the vocabulary; then repeatedly merge the adjacent pair whose
 * concatenation is a token of highest score (leftmost on ties).  *ids is malloc'd. */
mulerr_status mulerr_tokenizer_encode(const mulerr_tokenizer *t, const char *text, int bos,
                                      int **ids, size_t *n);
/* The text of token id after token prev (llama2.c's decode: a leading space is dropped after
 * BOS; <0xXX> is the raw byte).  *len receives its length (it may contain a NUL byte). */
const char *mulerr_tokenizer_decode(const mulerr_tokenizer *t, int prev, int id, size_t *len);

/* -------------------------------------------------------------- arithmetic */

/* Sites: the products that --method replaces. */
enum {
  MULERR_SITE_ATTN_SCORE = 1u << 0, /* Q.K^T, before the 1/sqrt(head size) scaling */
  MULERR_SITE_ATTN_VALUE = 1u << 1, /* P.V */
  MULERR_SITE_QKV = 1u << 2,        /* the q, k and v projections */
  MULERR_SITE_ATTN_OUT = 1u << 3,   /* the attention output projection */
  MULERR_SITE_FFN = 1u << 4,        /* the three feed-forward matrices */
  MULERR_SITE_LM_HEAD = 1u << 5,    /* the classifier */
  MULERR_SITE_ATTN = MULERR_SITE_ATTN_SCORE | MULERR_SITE_ATTN_VALUE,
  MULERR_SITE_LINEAR = MULERR_SITE_QKV | MULERR_SITE_ATTN_OUT | MULERR_SITE_FFN | MULERR_SITE_LM_HEAD,
  MULERR_SITE_ALL = MULERR_SITE_ATTN | MULERR_SITE_LINEAR
};
/* Parse a site name (attn-score, attn-value, attn, qkv, attn-out, ffn, lm-head, linear, all);
 * 0 (with mulerr_errmsg set, listing the names) if unknown. */
unsigned mulerr_site_parse(const char *name);
const char *mulerr_site_names(void);

/* How the products of one dot product are summed. */
typedef enum mulerr_model_acc {
  MULERR_MACC_FP32 = 0, /* each product rounded to binary32 (RNE), summed left to right in binary32 */
  MULERR_MACC_FP64,     /* summed left to right in binary64 (the reference's own order) */
  MULERR_MACC_EXACT,    /* the exact sum, rounded once to binary64 */
  MULERR_MACC_COUNT
} mulerr_model_acc;
/* Any other value is a model of the dot-product accumulator registry (src/dot, ACCUMULATORS
 * in mulerr(1): bf16, fp16, fp32-pairwise, fp32-kahan, fixed:W, block:B, ...), by the id
 * mulerr_model_acc_parse() gave it; its sums are mulerr_dot_accumulate()'s.  The names fp32,
 * fp64 and exact are the three above (fp64 and exact are the registry's models; the
 * registry's fp32 adds each exact product with one rounding, this fp32 rounds the product
 * first). */
const char *mulerr_model_acc_name(mulerr_model_acc a);
int mulerr_model_acc_parse(const char *name); /* -1 if unknown (mulerr_errmsg set for registry names) */

/* The arithmetic of one pass: at the sites in `sites`, every product a*b is computed as
 * `sweep` computes it: a and b rounded to `source` (RNE; NULL: binary64, left as they are),
 * then method->mul with cfg (prepared); the products of each dot product summed by acc.
 * sites = 0 is the binary64 reference. */
typedef struct mulerr_model_arith {
  unsigned sites;
  const mulerr_method *method;
  mulerr_method_cfg cfg;
  const mulerr_format *source;
  mulerr_model_acc acc;
  /* MULERR_SCALE_NONE, or MULERR_SCALE_TENSOR: at a site each operand is divided by the scale
   * of its tensor (engine/scale.c: mulerr_scale_of(amax, the format's largest value)) before
   * the method converts it, and the two scales multiplied back into the product, as fp8
   * inference does.  The tensors: a linear site's activation vector (one position) and its
   * weight matrix (one layer's); attn-score's q (one position, every head) and the keys of
   * positions 0..pos (every KV head); attn-value's probabilities (one position, every head)
   * and the values of positions 0..pos.  amax is taken over the operands already rounded to
   * the source.  For float, lmul, lmul-eq1, lmul-gpu and mitchell. */
  int scale;
} mulerr_model_arith;

/* Check and prepare an arithmetic (cfg.source = source; source NULL only with method exact). */
mulerr_status mulerr_model_arith_prepare(mulerr_model_arith *a);

/* ---------------------------------------------------------------- forward */

typedef struct mulerr_model_run mulerr_model_run;
/* A forward-pass state for one sequence (KV cache, scratch, the weights rounded to the
 * source format where the arithmetic needs them).  One per thread. */
mulerr_status mulerr_model_run_new(const mulerr_model *m, const mulerr_model_arith *a,
                                   mulerr_model_run **out);
void mulerr_model_run_free(mulerr_model_run *r);
/* Run token at position pos (0 <= pos < seq_len; positions in order from 0): the logits
 * ([vocab]) and, if attn != NULL, each layer's attention output (the heads' concatenated
 * output before the output projection) into attn[l * dim .. l * dim + dim). */
const double *mulerr_model_forward(mulerr_model_run *r, int token, int pos, double *attn);

/* The same for a whole sequence tok[0..n) (n <= seq_len) from position 0, layer by layer
 * (every position of a layer before the next layer: the weights are read once per layer, not
 * once per token): logits [n][vocab] and, if attn != NULL, attn[(t * L + l) * dim ...].  Every
 * number is the one mulerr_model_forward gives at the same position. */
mulerr_status mulerr_model_forward_seq(mulerr_model_run *r, const int *tok, int n, double *logits,
                                       double *attn);

/* Taps (capture.c): with a tap set, mulerr_model_forward() hands fn, at each position, the
 * operands the sites multiply, as it computes them: per layer l the attention RMSNorm output
 * (dim), q and k after RoPE (dim, kv_dim), v (kv_dim), the attention probabilities ([n_heads]
 * rows of seq_len values, positions 0..pos valid), the heads' concatenated output (dim, the
 * input of the output projection), the FFN RMSNorm output (dim) and the FFN hidden state
 * (hidden_dim, the input of w2); then, with l = -1, the final RMSNorm output (dim). */
enum {
  MULERR_TAP_ATTN_NORM, MULERR_TAP_Q, MULERR_TAP_K, MULERR_TAP_V, MULERR_TAP_PROB,
  MULERR_TAP_ATTN_OUT, MULERR_TAP_FFN_NORM, MULERR_TAP_HIDDEN, MULERR_TAP_FINAL_NORM,
  MULERR_TAP_COUNT
};
typedef void (*mulerr_model_tap_fn)(void *ctx, int what, int layer, const double *v, size_t n);
void mulerr_model_run_set_tap(mulerr_model_run *r, mulerr_model_tap_fn fn, void *ctx);

/* Greedy generation from BOS: up to n tokens into ids (argmax of the logits, lowest id on
 * ties; stops early, not storing it, at a BOS).  Returns how many were stored. */
size_t mulerr_model_generate(mulerr_model_run *r, size_t n, int *ids);

/* ---------------------------------------------------------------- protocol */

/* The documents of a text: each non-empty line (LF or CRLF) is one document, tokenised as
 * BOS + its encoding, cut to seq_len tokens. */
typedef struct mulerr_model_text {
  size_t ndocs;
  int **tok;        /* tok[d][0..len[d]) */
  size_t *len;
  size_t ntokens;   /* sum of len */
  size_t npredicted; /* sum of (len - 1): the tokens whose likelihood is measured */
  char sha256[65];
  uint64_t size;
  size_t greedy_max; /* greedy agreement counts at most this many tokens (0: MULERR_GREEDY_MAX) */
} mulerr_model_text;
mulerr_status mulerr_model_text_load(const char *path, const mulerr_tokenizer *t, int seq_len,
                                     mulerr_model_text **out);
void mulerr_model_text_free(mulerr_model_text *x);

/* Capture (capture.c): run the binary64 reference over the documents of x (one position at a
 * time) and write the operands of every site as F32 tensors of a safetensors file at path
 * (written to a temporary file beside it, then renamed).  T = the text's tokens, P = the
 * longest document:
 *     tokens.id, tokens.pos                 [T]            token id, position in its document
 *     layers.N.attn_norm_out                [T, dim]       input of wq, wk, wv
 *     layers.N.q                            [T, dim]       after RoPE
 *     layers.N.k, layers.N.v                [T, kv_dim]    (k after RoPE)
 *     layers.N.attn_prob                    [T, n_heads, P] softmax; zero past the position
 *     layers.N.attn_out                     [T, dim]       input of wo
 *     layers.N.ffn_norm_out                 [T, dim]       input of w1, w3
 *     layers.N.ffn_hidden                   [T, hidden_dim] input of w2
 *     final_norm_out                        [T, dim]       input of the classifier
 * __metadata__ records the model, tokenizer and text (base name, SHA-256), the protocol and
 * the configuration.  Values are the reference's binary64 numbers rounded to binary32 (RNE).
 * model_name, text_name: the names to record (base names are taken). */
mulerr_status mulerr_model_capture(const mulerr_model *m, const mulerr_model_text *x,
                                   const char *model_name, const char *tokenizer_sha256,
                                   const char *text_name, const char *path);

#define MULERR_GREEDY_MAX 64

/* The reference (binary64) pass over a text, kept for comparisons. */
typedef struct mulerr_model_ref mulerr_model_ref;
mulerr_status mulerr_model_reference(const mulerr_model *m, const mulerr_model_text *x,
                                     mulerr_model_ref **out);
void mulerr_model_ref_free(mulerr_model_ref *r);

#define MULERR_MODEL_MAXLAYER 256
typedef struct mulerr_model_metrics {
  double perplexity, ref_perplexity;
  double nll, ref_nll;          /* mean negative log-likelihood (nats) */
  double kl;                    /* mean KL(reference || approximate) of the next-token distributions */
  double top1;                  /* fraction of positions whose argmax agrees */
  double attn_mse, attn_rel_mse; /* averaged over layers */
  int n_layers;
  double layer_mse[MULERR_MODEL_MAXLAYER], layer_rel_mse[MULERR_MODEL_MAXLAYER];
  int greedy;                   /* generated tokens from BOS before the first disagreement (<= 64) */
  uint64_t tokens;              /* predicted tokens (positions measured) */
  size_t docs;
} mulerr_model_metrics;

/* Evaluate an arithmetic against the reference on the same text (documents in parallel with
 * OpenMP; every sum is merged in document order, so the result does not depend on the
 * thread count).  stop, if not NULL, is polled between documents (MULERR_EINTR). */
typedef void (*mulerr_model_progress_fn)(void *ctx, size_t done, size_t total);
mulerr_status mulerr_model_evaluate(const mulerr_model *m, const mulerr_model_text *x,
                                    const mulerr_model_ref *ref, const mulerr_model_arith *a,
                                    mulerr_model_metrics *out, mulerr_model_progress_fn progress,
                                    void *ctx, volatile sig_atomic_t *stop);

#endif
