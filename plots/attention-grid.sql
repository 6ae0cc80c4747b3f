-- attention-grid.sql — the data of figure attention-grid (attention-grid.gp), read by
-- `mulerr plot`: ?1 is the experiment; the first column names the series.  Rows: the
-- `mulerr model` points of the experiment's latest batch (view latest_batch).
WITH r AS (SELECT model_results.* FROM latest_batch JOIN model_results USING (point_key) WHERE experiment = ?1)
SELECT 'grid' AS series, k, l, attn_mse,
       printf('%.2g', attn_mse) || CASE
         WHEN attn_mse < (SELECT f.attn_mse FROM r f WHERE f.format = 'e4m3fn' ORDER BY f.scale = 'tensor' DESC) THEN ' e4'
         WHEN attn_mse < (SELECT f.attn_mse FROM r f WHERE f.format = 'e5m2' ORDER BY f.scale = 'tensor' DESC) THEN ' e5'
         ELSE '' END AS label,
       l = mulerr_default_l(k) AS is_default
FROM r WHERE method = 'lmul' ORDER BY k, l
