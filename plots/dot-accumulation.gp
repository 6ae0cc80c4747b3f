# dot-accumulation.gp — accumulation error alone (exact fp32 products, normal(0, 1) operands):
# mean |e| / sum |a_i b_i| of each accumulator model against the dot-product length K, with
# Higham's bounds (Accuracy and Stability of Numerical Algorithms, 2nd ed., ch. 3-4) for the
# fp32 models: recursive summation |e| <= gamma_(K-1) sum |a_i b_i|, pairwise gamma_(ceil log2 K),
# and the probabilistic sqrt(K) u (Higham and Mary, SIAM J. Sci. Comput. 41(5), 2019).
# Data: blocks "series" with columns K, cond_mre, cond_mre_se, cond_maxre.
u32 = 2.0**-24
gam(n, u) = (n * u < 1) ? n * u / (1 - n * u) : NaN
do for [t = 0:1] {
  if (t == 0) { eval png_term; set output outbase.".png" } else { eval pdf_term; set output outbase.".pdf" }
  set title "Accumulation error alone: exact fp32 products, summed by each model"
  set xlabel "dot-product length K"
  set ylabel "mean |e| / sum |a_i b_i|"
  set logscale xy
  set format y "10^{%L}"
  set xrange [12:5500]
  set key outside right top font ",8" samplen 1.5
  plot for [i = 0:*] datafile index i using 1:2:3 with yerrorlines title columnhead(1), \
       gam(x - 1, u32) with lines dt 2 lw 1.5 lc rgb "#000000" title "bound fp32: {/Symbol g}_{K-1}", \
       gam(ceil(log(x) / log(2)), u32) with lines dt 3 lw 1.5 lc rgb "#000000" title "bound fp32 pairwise: {/Symbol g}_{log_2 K}", \
       sqrt(x) * u32 with lines dt 4 lw 1.5 lc rgb "#555555" title "probabilistic fp32: K^{1/2} u"
  unset output
}
