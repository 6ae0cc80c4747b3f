-- model-quality.sql — the data of figure model-quality (model-quality.gp), read by
-- `mulerr plot`: ?1 is the experiment; the first column names the series.  Rows: the
-- `mulerr model` points of the experiment's latest batch (view latest_batch).
WITH r AS (SELECT model_results.* FROM latest_batch JOIN model_results USING (point_key) WHERE experiment = ?1),
q AS (SELECT r.*, method || CASE WHEN format IS NOT NULL THEN ' ' || format
                                 WHEN method IN ('lmul', 'lmul-eq1', 'mitchell') THEN ' k=' || k ELSE '' END
                      || CASE WHEN scale = 'tensor' THEN ' scaled' ELSE '' END AS label
      FROM r)
SELECT site AS series, DENSE_RANK() OVER (ORDER BY label) - 1 AS idx, label, kl,
       100 * (perplexity / ref_perplexity - 1) AS ppl_pct, top1
FROM q ORDER BY CASE site WHEN 'attn' THEN 0 WHEN 'linear' THEN 1 ELSE 2 END, idx
