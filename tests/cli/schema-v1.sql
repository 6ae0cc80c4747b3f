-- schema-v1.sql — mulerr's results schema version 1, as released before dot products (git d54d3a0:src/db/schema.sql),
-- for tests/cli/dot.sh, which builds a version-1 database from it to check the upgrade.
-- schema.sql — the mulerr results database, schema version 1 (PRAGMA user_version = 1).
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
  created TEXT NOT NULL        -- UTC, ISO 8601
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
PRAGMA user_version = 1;
