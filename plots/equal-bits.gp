# equal-bits.gp — accuracy against energy per multiply (cost model in data/energy.tsv).
# Data: blocks "bits" with columns energy_pJ, mre, label, front (1 on the Pareto front); the
# front rows come first in each block, in order of energy, so "with lines" joins just them.
do for [t = 0:1] {
  if (t == 0) { eval png_term; set output outbase.".png" } else { eval pdf_term; set output outbase.".pdf" }
  set title "Mean |relative error| against energy per multiply (45 nm cost model), normal(0, 0.02) operands"
  set xlabel "energy per multiply (pJ, cost model)"
  set ylabel "mean |relative error| (dimensionless)"
  set logscale xy
  set format y "10^{%L}"
  set key top right font ",9"
  plot for [i = 0:*] datafile index i using 1:2 with points ps 1.6 title columnhead(1), \
       for [i = 0:*] datafile index i using 1:($4 > 0 ? $2 : NaN) with lines dt 2 lw 1.5 \
         title sprintf("Pareto front %s", columnhead(1)), \
       for [i = 0:*] datafile index i using 1:2:3 with labels offset char 1,0.6 left font ",8" notitle
  unset output
}
