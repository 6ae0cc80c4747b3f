-- schema.sql — the mulerr results database, schema version 4 (PRAGMA user_version = 4).
-- Embedded in libmulerr at build time (db.c); documented in mulerr(1).
CREATE TABLE runs (
  id               INTEGER PRIMARY KEY,
  mulerr_version   TEXT NOT NULL,    -- package version
  git_revision     TEXT NOT NULL,    -- source revision ('-dirty' if modified, 'unknown' from a tarball)
  library_versions TEXT NOT NULL,    -- MPFR, GMP, GSL and SQLite versions at run time
  command_line     TEXT NOT NULL,    -- the full command line, shell-quoted
  seed             INTEGER NOT NULL,
  host             TEXT NOT NULL,
  threads          INTEGER NOT NULL, -- OpenMP threads (results do not depend on it)
  started          TEXT NOT NULL,    -- UTC, ISO 8601
  finished         TEXT,             -- UTC, ISO 8601; NULL while running or if killed
  status           TEXT NOT NULL     -- running | done | interrupted | failed
);
CREATE TABLE results (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER NOT NULL REFERENCES runs(id),
  point_key   TEXT NOT NULL,   -- canonical configuration text: the identity for --resume
  kind        TEXT NOT NULL,   -- sampled | exhaustive | expected
  method      TEXT NOT NULL,
  source      TEXT NOT NULL,   -- format the source values are representable in
  format      TEXT,            -- explicit operand format, NULL if the source layout cut to k bits
  k           INTEGER,         -- operand mantissa bits
  l           INTEGER,         -- L-Mul offset exponent (0 if unused)
  rounding    TEXT NOT NULL,   -- operand conversion: rne | trunc | away | up | down
  params      TEXT NOT NULL,   -- method-specific fields, canonical (e.g. 'int=5,frac=8'), '' if none
  dist        TEXT NOT NULL,   -- distribution of a, canonical with every parameter;
                               -- 'exhaustive:FILTER' for an enumeration of encodings
  dist_b      TEXT NOT NULL,   -- distribution of b
  samples     INTEGER NOT NULL,-- pairs requested (exhaustive: pairs enumerated)
  seed        INTEGER NOT NULL,-- 0 for exhaustive points
  reference   TEXT NOT NULL,   -- double | mpfr: how the exact product was computed
  block       INTEGER NOT NULL,-- pairs per sample block of the stream
  n           INTEGER NOT NULL,-- pairs evaluated
  n_rel       INTEGER NOT NULL,-- pairs with nonzero exact product (relative metrics)
  n_inexact   INTEGER NOT NULL,-- pairs whose approximation was not exact
  err_prob    REAL,            -- n_inexact / n
  bias REAL, bias_se REAL,     -- mean of e = approx - exact, and its standard error
  mae REAL, mae_se REAL,       -- mean |e|
  mse REAL, mse_se REAL,       -- mean e^2
  rmse REAL, rmse_se REAL,     -- sqrt(mse); se by the delta method
  mean_rel REAL, mean_rel_se REAL, -- mean of r = e / exact
  mre REAL, mre_se REAL,       -- mean |r|
  maxre REAL,                  -- max |r|
  max_abs REAL,                -- max |e|
  ned REAL,                    -- mae / max_abs: normalised mean error distance
  mean_ulp REAL, max_ulp REAL, -- |e| in ulps of the exact product in the operand (or --out-) format
  hist_rel TEXT,               -- JSON [[lo, hi, count], ...]: |r| by binary exponent ([0,0] is r = 0)
  seconds REAL,                -- wall time of the evaluation
  created TEXT NOT NULL,       -- UTC, ISO 8601
  -- schema v2 (issue 12; a version-1 database gains these by ALTER TABLE, db.c): quantiles of
  -- |r| and |e|, the ceil(q n)-th smallest value within 2^-7 relative (engine/quantile.c), and
  -- the means of the first and second half of the point's blocks (NULL for expected rows);
  -- scale: the operand scaling (none, tensor, channel, block:N; ',pow2' for power-of-two scales)
  r_p50 REAL, r_p90 REAL, r_p99 REAL, r_p999 REAL,
  e_p50 REAL, e_p90 REAL, e_p99 REAL, e_p999 REAL,
  mre_h1 REAL, mre_h2 REAL, mae_h1 REAL, mae_h2 REAL,
  scale TEXT NOT NULL DEFAULT 'none',
  -- schema version 2: dot products (a version-1 database gets these by ALTER TABLE, db.c).
  -- For a dot point, samples and n count dot products and every metric above is of the dot
  -- product's error e = approx - exact sum; pair points have op 'pair' and NULL below.
  op TEXT NOT NULL DEFAULT 'pair', -- pair | dot
  length INTEGER,              -- dot: products per dot product (K)
  accumulate TEXT,             -- dot: accumulator model, e.g. fp32, fixed:13, block:32
  promote INTEGER,             -- dot: fixed:W adds its partial sum into fp32 every N (0: never)
  cond_mean_rel REAL, cond_mean_rel_se REAL, -- dot: mean of e / sum |a_i b_i|
  cond_mre REAL, cond_mre_se REAL,           -- dot: mean of |e| / sum |a_i b_i|
  cond_maxre REAL,                           -- dot: max of |e| / sum |a_i b_i|
  -- schema version 3 (issue 11; a version-1 or -2 database gains these by ALTER TABLE and has
  -- them filled from source and dist, db.c): facts figures and reports select on, stored so
  -- that no query parses them out of names.  Written at insert time by the same statement
  -- that back-fills old rows (db.c, V3_FILL).
  source_e INTEGER,            -- the source layout: exponent bits of the source format
  source_m INTEGER,            -- and its stored mantissa bits (bf16 7, fp16 10, fp32 23, e4m3fn 3)
  weights_model TEXT           -- the model a weights distribution of a reads ('TinyStories-260K',
                               -- 'GPT-2 attention', 'pooled' for both); NULL for other distributions
  , dist_site TEXT             -- the model site whose real operand pairs an activations distribution
                               -- of a draws (attn-score, attn-value, linear, ...); NULL for other distributions
  , operand_bits INTEGER       -- storage bits of one operand (mulerr_method_operand_bits: int its
                               -- width, lns sign + log bits, else 1 + ebits + mbits of the operand format)
  -- schema version 4 (issue 15; an older database gains it by ALTER TABLE, its rows 1): the
  -- sample stream version the point was drawn from (src/engine/eval.c): 1 GSL MT19937 per
  -- block, 2 SplitMix64 counter; part of the point key when not 1
  , stream INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE inputs (          -- files a run read its operands from (weights)
  run_id  INTEGER NOT NULL REFERENCES runs(id),
  dist    TEXT NOT NULL,         -- the distribution text that named the file
  path    TEXT NOT NULL,
  size    INTEGER NOT NULL,      -- bytes
  sha256  TEXT NOT NULL,         -- hex
  PRIMARY KEY (run_id, dist, path)
);
CREATE TABLE experiment_points ( -- which points each run of an experiment used
  experiment TEXT NOT NULL,      -- experiment name (its file name in experiments/)
  batch      INTEGER NOT NULL,   -- one `mulerr run` of the experiment (figures use the latest)
  run_id     INTEGER NOT NULL REFERENCES runs(id),
  point_key  TEXT NOT NULL,
  PRIMARY KEY (experiment, batch, point_key)
);
CREATE UNIQUE INDEX results_point ON results(point_key, kind);
CREATE INDEX results_run ON results(run_id);
-- schema version 3: views (created by the migration too).  The points of the latest batch
-- (`mulerr run`) of each experiment, which every figure and report table reads; results of a
-- point are unique per (point_key, kind), so this is the latest result of each point.
CREATE VIEW latest_batch AS
  SELECT p.experiment, p.point_key FROM experiment_points p
  WHERE p.batch = (SELECT max(q.batch) FROM experiment_points q WHERE q.experiment = p.experiment);
CREATE VIEW latest_points AS
  SELECT b.experiment, results.* FROM latest_batch b JOIN results USING (point_key);
