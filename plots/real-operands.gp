# real-operands.gp — L-Mul and Mitchell against k, with the fp8 formats as
# horizontal reference lines; one panel per site of stories260K (q x k, p x v, activation x weight).
# Data: blocks "series" (one per method) with columns panel, k, mre, mre_se (fp8 series: constant
# over k); panel 1 = q x k, 2 = p x v, 3 = activation x weight.  A series keeps its colour in every panel.
do for [t = 0:1] {
  if (t == 0) { eval png_term; set output outbase.".png" } else { eval pdf_term; set output outbase.".pdf" }
  set multiplot layout 1,3 title "Mean |relative error| of L-Mul variants at each k against fp8 (constant in k) on the pairs stories260K multiplies" font ",12"
  do for [p = 1:3] {
    set title (p == 1 ? "q x k (attention scores)" : p == 2 ? "p x v (attention values)" : "activation x weight (linear layers)") noenhanced
    set xlabel "operand mantissa bits k (L-Mul, Mitchell)"
    set ylabel "mean |relative error| (dimensionless)"
    set logscale y
    set format y "10^{%L}"
    set key top right font ",8" samplen 1.5
    plot for [i = 0:*] datafile index i using ($1 == p ? $2 : NaN):3:4 with yerrorlines lc (i + 1) title columnhead(1)
  }
  unset multiplot
  unset output
}
