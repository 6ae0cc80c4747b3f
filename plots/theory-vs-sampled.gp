# theory-vs-sampled.gp — mean |relative error| against k, per method, one panel per m.
# Data: blocks "m series" with columns k, mre, mre_se, expected (NaN where none).
do for [t = 0:1] {
  if (t == 0) { eval png_term; set output outbase.".png" } else { eval pdf_term; set output outbase.".pdf" }
  set multiplot layout 1,3 title "Mean |relative error| of the product against operand mantissa bits k (uniform mantissas)" font ",12"
  do for [m in "7 10 23"] {
    set title sprintf("source mantissa m = %s bits", m)
    set xlabel "operand mantissa bits k"
    set ylabel "mean |relative error| (dimensionless)"
    set logscale y
    set format y "10^{%L}"
    set key top right font ",8"
    plot for [i = 0:*] datafile index i using ($1 == m + 0 ? $2 : NaN):3:4 with yerrorlines title columnhead(1), \
         for [i = 0:*] datafile index i using ($1 == m + 0 ? $2 : NaN):5 with lines dt 2 lc rgb "black" notitle
  }
  unset multiplot
  unset output
}
