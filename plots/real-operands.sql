-- real-operands.sql — the data of figure real-operands (real-operands.gp), read by
-- `mulerr plot`: ?1 is the experiment; the first column names the series.  Rows: the latest
-- batch's points.  A series is a method (L-Mul variants; fp8 formats scaled or unscaled, constant
-- in k); its rows carry the panel: the site of the activations distribution (column dist_site),
-- 1 = q x k (attn-score), 2 = p x v (attn-value), 3 = activation x weight (linear).
WITH r AS (SELECT * FROM latest_points WHERE experiment = ?1 AND kind != 'expected'),
s(dist, panel) AS (SELECT DISTINCT dist, CASE dist_site WHEN 'attn-score' THEN 1
                                                       WHEN 'attn-value' THEN 2
                                                       WHEN 'linear' THEN 3 END FROM r)
SELECT series, panel, k, mre, mre_se FROM (
  SELECT method AS series, s.panel, k, mre, mre_se FROM r JOIN s USING (dist) WHERE format IS NULL
  UNION ALL
  SELECT 'fp8 ' || f.format || CASE WHEN f.scale = 'none' THEN ' unscaled' ELSE ' scaled' END,
         s.panel, ks.k, f.mre, f.mre_se
  FROM r f JOIN s USING (dist) JOIN (SELECT DISTINCT k FROM r WHERE format IS NULL) ks WHERE f.format IS NOT NULL)
WHERE panel IS NOT NULL
ORDER BY series, panel, k
