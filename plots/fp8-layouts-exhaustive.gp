# fp8-layouts-exhaustive.gp — exact all-pairs mean |relative error| of L-Mul per 8-bit layout.
# Data: blocks "method" with columns layout index, layout name, mre, err_prob.
do for [t = 0:1] {
  if (t == 0) { eval png_term; set output outbase.".png" } else { eval pdf_term; set output outbase.".pdf" }
  set title "Exact mean |relative error| over all pairs of positive normal encodings, per 8-bit layout"
  set xlabel "8-bit layout (exponent and mantissa bits)"
  set ylabel "mean |relative error| (exact, dimensionless)"
  set logscale y
  set format y "10^{%L}"
  set xrange [-0.5:5.5]
  set key top left font ",9"
  plot for [i = 0:*] datafile index i using 1:3:xtic(2) with linespoints title columnhead(1)
  unset output
}
