-- model-results-v2.sql — frozen: the model_results table as mulerr of schema version 2 made it
-- (src/model/model_db.c at ddf07eb), before its column scale; for tests/cli/schema.sh.
CREATE TABLE IF NOT EXISTS model_results (
  id             INTEGER PRIMARY KEY,
  run_id         INTEGER NOT NULL REFERENCES runs(id),
  point_key      TEXT NOT NULL UNIQUE, -- canonical configuration text: the identity for --resume
  method         TEXT NOT NULL,
  site           TEXT NOT NULL,    -- attn-score | attn-value | attn | qkv | attn-out | ffn | lm-head | linear | all
  source         TEXT NOT NULL,    -- operands rounded to it (RNE); fp64: left in binary64
  format         TEXT,             -- explicit operand format, NULL if the source cut to k bits
  k              INTEGER,
  l              INTEGER,
  rounding       TEXT NOT NULL,
  params         TEXT NOT NULL,
  accumulate     TEXT NOT NULL,    -- fp32 | fp64 | exact
  model          TEXT NOT NULL,    -- path as given
  model_sha256   TEXT NOT NULL,
  tokenizer      TEXT NOT NULL,
  tokenizer_sha256 TEXT NOT NULL,
  text           TEXT NOT NULL,
  text_sha256    TEXT NOT NULL,
  docs           INTEGER NOT NULL, -- documents (non-empty lines)
  tokens         INTEGER NOT NULL, -- predicted tokens
  perplexity     REAL,
  ref_perplexity REAL,             -- the binary64 reference on the same text
  nll            REAL,             -- mean negative log-likelihood (nats)
  ref_nll        REAL,
  kl             REAL,             -- mean KL(reference || approximate)
  top1           REAL,             -- fraction of predictions whose argmax agrees
  attn_mse       REAL,             -- attention output MSE, mean over layers
  attn_rel_mse   REAL,             -- sum of squared errors / sum of squared reference values, mean over layers
  layer_mse      TEXT NOT NULL,    -- JSON [per layer]
  layer_rel_mse  TEXT NOT NULL,    -- JSON [per layer]
  greedy         INTEGER NOT NULL, -- tokens generated from BOS before the first disagreement (<= 64)
  seconds        REAL,
  created        TEXT NOT NULL
);
