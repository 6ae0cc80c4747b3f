-- dot-multipliers.sql — the data of figure dot-multipliers (dot-multipliers.gp), read by
-- `mulerr plot` from the points of experiment dot-accumulation (?1); the first column names
-- the series.  Rows: the latest batch's points.
WITH r AS (SELECT * FROM latest_points WHERE experiment = ?1 AND kind != 'expected')
SELECT CASE WHEN method = 'exact' THEN 'fp32' WHEN method = 'float' THEN format ELSE 'lmul k=' || k END
         || ' x ' || accumulate || CASE WHEN promote > 0 THEN ' promote ' || promote ELSE '' END AS series,
       length AS K, cond_mre, cond_mre_se
FROM r WHERE op = 'dot' AND (
  (method = 'float' AND format IN ('e4m3fn', 'e5m2') AND accumulate IN ('fixed:13', 'fixed:25', 'fp32')
   AND (promote = 0 OR accumulate = 'fixed:13'))
  OR (accumulate = 'fp32' AND (method IN ('exact', 'lmul') OR format = 'bf16')))
ORDER BY series, K
