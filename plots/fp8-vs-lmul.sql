-- fp8-vs-lmul.sql — the data of figure fp8-vs-lmul (fp8-vs-lmul.gp), read by `mulerr plot`: ?1 is
-- the experiment; the first column names the series.  Rows: the latest batch's points; a
-- series is named by the model the weights distribution reads (column weights_model), else
-- by the distribution's own text.
WITH r AS (SELECT * FROM latest_points WHERE experiment = ?1 AND kind != 'expected')
SELECT series, k, mre, mre_se FROM (
  SELECT coalesce(weights_model, dist) || ': ' || method AS series, k, mre, mre_se FROM r WHERE format IS NULL
  UNION ALL
  SELECT coalesce(f.weights_model, f.dist) || ': fp8 ' || f.format
           || CASE WHEN f.scale = 'none' THEN ' unscaled (ablation)' ELSE ' scaled per ' || f.scale END,
         ks.k, f.mre, f.mre_se
  FROM r f JOIN (SELECT DISTINCT k FROM r WHERE format IS NULL) ks WHERE f.format IS NOT NULL)
ORDER BY series, k
