-- real-operands.sql — the data of figure real-operands (real-operands.gp), read by
-- `mulerr plot`: ?1 is the experiment; the first column names the series.  Rows: the latest
-- batch's points; a series is named by the site of the activations distribution (column dist_site)
-- (q x k, p x v, activation x weight) and the method.
WITH r AS (SELECT * FROM latest_points WHERE experiment = ?1 AND kind != 'expected'),
s(dist, site) AS (SELECT DISTINCT dist, CASE dist_site WHEN 'attn-score' THEN 'q x k'
                                                      WHEN 'attn-value' THEN 'p x v'
                                                      WHEN 'linear' THEN 'act x weight'
                                                      ELSE coalesce(dist_site, dist) END FROM r)
SELECT series, k, mre, mre_se FROM (
  SELECT s.site || ': ' || method AS series, k, mre, mre_se FROM r JOIN s USING (dist) WHERE format IS NULL
  UNION ALL
  SELECT s.site || ': fp8 ' || f.format || CASE WHEN f.scale = 'none' THEN ' unscaled' ELSE ' scaled' END,
         ks.k, f.mre, f.mre_se
  FROM r f JOIN s USING (dist) JOIN (SELECT DISTINCT k FROM r WHERE format IS NULL) ks WHERE f.format IS NOT NULL)
ORDER BY series, k
