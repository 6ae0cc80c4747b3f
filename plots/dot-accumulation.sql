-- dot-accumulation.sql — the data of figure dot-accumulation (dot-accumulation.gp), read by
-- `mulerr plot`: ?1 is the experiment; the first column names the series.  Rows: the latest
-- batch's points.
WITH r AS (SELECT * FROM latest_points WHERE experiment = ?1 AND kind != 'expected')
SELECT accumulate || CASE WHEN promote > 0 THEN ' promote ' || promote ELSE '' END AS series,
       length AS K, cond_mre, cond_mre_se, cond_maxre
FROM r WHERE op = 'dot' AND method = 'exact' AND accumulate != 'exact' ORDER BY series, K
