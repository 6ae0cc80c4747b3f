-- fp8-layouts-exhaustive.sql — the data of figure fp8-layouts-exhaustive
-- (fp8-layouts-exhaustive.gp), read by `mulerr plot`: ?1 is the experiment; the first column
-- names the series.  Rows: the latest batch's points; the layout from the source's exponent
-- and mantissa widths (columns source_e, source_m).
WITH r AS (SELECT * FROM latest_points WHERE experiment = ?1 AND kind != 'expected')
SELECT method AS series, source_e - 1 AS idx, 'E' || source_e || 'M' || source_m AS layout, mre, err_prob
FROM r WHERE kind = 'exhaustive' ORDER BY series, idx
