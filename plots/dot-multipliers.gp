# dot-multipliers.gp — dot-product error of each multiplier x accumulator against the length K
# (normal(0, 1) operands): fp8 e4m3fn / e5m2 products under tensor-core-style fixed-point
# accumulators (fixed:13, fixed:25, promotion into fp32 every 128 products) and fp32, bf16 and
# fp32 products with fp32 accumulation, and L-Mul k = 3, 4, 7 with fp32 accumulation.
# Data: blocks "series" with columns K, cond_mre, cond_mre_se.
do for [t = 0:1] {
  if (t == 0) { eval png_term; set output outbase.".png" } else { eval pdf_term; set output outbase.".pdf" }
  set title "Dot-product error: multiplier x accumulator"
  set xlabel "dot-product length K"
  set ylabel "mean |e| / sum |a_i b_i|"
  set logscale xy
  set format y "10^{%L}"
  set xrange [12:5500]
  set key outside right top font ",8" samplen 1.5
  plot for [i = 0:*] datafile index i using 1:2:3 with yerrorlines title columnhead(1)
  unset output
}
