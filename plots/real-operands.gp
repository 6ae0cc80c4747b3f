# real-operands.gp — L-Mul and Mitchell against k, with the fp8 formats as
# horizontal reference lines, for each site of stories260K (q x k, p x v, activation x weight).
# Data: blocks "series" with columns k, mre, mre_se (fp8 series: constant over k).
do for [t = 0:1] {
  if (t == 0) { eval png_term; set output outbase.".png" } else { eval pdf_term; set output outbase.".pdf" }
  set title "Mean |relative error| of L-Mul variants at each k against fp8 (constant in k) on the pairs stories260K multiplies (q x k, p x v, activation x weight)"
  set xlabel "operand mantissa bits k (L-Mul, Mitchell)"
  set ylabel "mean |relative error| (dimensionless)"
  set logscale y
  set format y "10^{%L}"
  set key outside bottom center horizontal maxrows 7 font ",8" samplen 1.5 width -2
  set bmargin 9
  plot for [i = 0:*] datafile index i using 1:2:3 with yerrorlines title columnhead(1)
  unset output
}
