-- equal-bits.sql — the data of figure equal-bits (equal-bits.gp), read by `mulerr plot`: ?1 is
-- the experiment; the first column names the series.  Rows: the latest batch's points; the
-- energy per multiply from table energy (data/energy.tsv, loaded by mulerr plot).  A point is
-- on the Pareto front when no point of the same storage width is cheaper and more accurate
-- (at least as cheap and strictly more accurate).  Widths from column operand_bits (the storage bits
-- of one operand), never from names or parameter texts.
WITH r AS (SELECT * FROM latest_points WHERE experiment = ?1 AND kind != 'expected'),
en(op, pj) AS (SELECT op, pj FROM temp.energy),
e AS (SELECT series, energy, mre, label FROM (
  SELECT CASE WHEN operand_bits <= 8 THEN '8 bits' ELSE '16 bits' END AS series,
         (SELECT pj FROM en WHERE op = CASE
            WHEN method IN ('lmul', 'lns') THEN (CASE WHEN operand_bits <= 8 THEN 'int8-add' ELSE 'int16-add' END)
            WHEN method = 'int' THEN 'int' || operand_bits || '-mul'
            WHEN format = 'bf16' THEN 'bf16-mul' WHEN format = 'fp16' THEN 'fp16-mul' ELSE 'fp8-mul' END) AS energy,
         mre,
         method || CASE WHEN format IS NOT NULL THEN ' ' || format ELSE '' END
           || CASE WHEN params != '' THEN ' ' || params ELSE '' END
           || CASE WHEN scale = 'none' AND (method != 'mx' AND operand_bits <= 8 AND method != 'int')
                   THEN ' (unscaled)' ELSE '' END AS label
  FROM r))
SELECT series, energy, mre, label,
       NOT EXISTS (SELECT 1 FROM e f WHERE f.series = e.series AND f.energy <= e.energy AND f.mre < e.mre) AS front
FROM e ORDER BY series, front DESC, energy, mre
