-- offset-grid.sql — the data of figure offset-grid (offset-grid.gp), read by `mulerr plot`: ?1 is
-- the experiment; the first column names the series.  Rows: the latest batch's points.
WITH r AS (SELECT * FROM latest_points WHERE experiment = ?1 AND kind != 'expected')
SELECT 'grid' AS series, k, l, mre,
       printf('%.2g%%', 100 * mre) || CASE
         WHEN mre < (SELECT f.mre FROM r f WHERE f.format = 'e4m3fn' AND f.dist = r.dist AND f.source = r.source)
           THEN ' e4'
         WHEN mre < (SELECT f.mre FROM r f WHERE f.format = 'e5m2' AND f.dist = r.dist AND f.source = r.source)
           THEN ' e5'
         ELSE '' END AS label,
       l = mulerr_default_l(k) AS is_default
FROM r WHERE method = 'lmul' AND dist = 'uniform-mantissa' ORDER BY k, l
