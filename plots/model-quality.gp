# model-quality.gp — stories260K's mean next-token KL against the binary64 reference, per method,
# with the products of site attn, linear or all computed by it.
# Data: blocks per site with columns idx, label, kl, ppl_pct, top1.
do for [t = 0:1] {
  if (t == 0) { eval png_term; set output outbase.".png" } else { eval pdf_term; set output outbase.".pdf" }
  set title "stories260K: mean KL(reference || approximate) of the next-token distribution"
  set ylabel "mean KL (nats)"
  set logscale y
  set format y "10^{%L}"
  set xtics rotate by -50 font ",7" nomirror
  set key top left font ",8"
  set bmargin 7
  set offsets 0.5, 0.5, 0, 0
  plot for [i = 0:*] datafile index i using 1:3:xtic(2) with points pt 7 ps 0.8 title columnhead(1)
  unset logscale y
  unset output
}
