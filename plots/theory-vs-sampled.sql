-- theory-vs-sampled.sql — the data of figure theory-vs-sampled (theory-vs-sampled.gp), read by
-- `mulerr plot`: ?1 is the experiment; the first column names the series (one gnuplot data
-- block each, in query order).  Rows: the latest batch's points (view latest_points).
WITH r AS (SELECT * FROM latest_points WHERE experiment = ?1 AND kind != 'expected')
SELECT CASE WHEN format IS NOT NULL THEN 'fp8 ' || format WHEN method = 'float' THEN 'float-' || rounding
            ELSE method END AS series,
       source_m AS m, k, mre, mre_se,
       (SELECT e.mre FROM results e WHERE e.kind = 'expected' AND e.method = r.method AND e.source = r.source
          AND e.k = r.k AND e.l = r.l AND e.rounding = r.rounding AND e.dist = r.dist) AS expected
FROM r WHERE kind = 'sampled' ORDER BY series, m, k
