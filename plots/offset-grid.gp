# offset-grid.gp — the paper's Figure 3: L-Mul mean |relative error| on the (k, l) grid as a
# heat map; each cell is labelled with its value, "e4" where it beats fp8 e4m3fn and "e5" where
# it beats e5m2 on the same operands; boxed cells are the paper's default l(k).
# Data: k, l, mre, label, is_default.
do for [t = 0:1] {
  if (t == 0) { eval png_term; set output outbase.".png" } else { eval pdf_term; set output outbase.".pdf" }
  set title "L-Mul mean |relative error| over (k, l), uniform mantissas (fp32 sources)\n{/*0.8 e4 / e5: below fp8 e4m3fn / e5m2 on the same operands;  boxed: the paper's l(k)}"
  set xlabel "operand mantissa bits k"
  set ylabel "offset exponent l (offset 2^{-l})"
  set xrange [0.5:8.5]
  set yrange [0.5:8.5]
  set xtics 1
  set ytics 1
  set logscale cb
  set cblabel "mean |relative error|"
  set palette defined (0 "#2c7bb6", 1 "#abd9e9", 2 "#ffffbf", 3 "#fdae61", 4 "#d7191c")
  set cbtics ("1%%" 0.01, "2%%" 0.02, "5%%" 0.05, "10%%" 0.1, "20%%" 0.2, "50%%" 0.5)
  unset grid
  unset key
  plot datafile using 1:2:3 with image, \
       datafile using 1:2:4 with labels font ",8", \
       datafile using 1:2:($5 > 0 ? 0.48 : NaN):(0.48) with boxxyerror fs empty border rgb "black" lc rgb "black" lw 2
  unset logscale cb
  unset output
}
