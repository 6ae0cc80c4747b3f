# attention-grid.gp — the paper's Figure 3 inside a model: stories260K's attention-output MSE
# with L-Mul at site attn, over (k, l), as a heat map; "e4" / "e5" where a cell is below fp8
# e4m3fn / e5m2 at the same site; boxed cells are the paper's default l(k).
# Data: k, l, attn_mse, label, is_default.
do for [t = 0:1] {
  if (t == 0) { eval png_term; set output outbase.".png" } else { eval pdf_term; set output outbase.".pdf" }
  set title "stories260K: attention-output MSE with L-Mul in attention, over (k, l)\n{/*0.8 e4 / e5: below fp8 e4m3fn / e5m2 at the same site;  boxed: the paper's l(k)}"
  set xlabel "operand mantissa bits k"
  set ylabel "offset exponent l (offset 2^{-l})"
  set xrange [0.5:8.5]
  set yrange [0.5:8.5]
  set xtics 1
  set ytics 1
  set logscale cb
  set cblabel "attention-output MSE (mean over layers)"
  set format cb "10^{%L}"
  set palette defined (0 "#2c7bb6", 1 "#abd9e9", 2 "#ffffbf", 3 "#fdae61", 4 "#d7191c")
  unset grid
  unset key
  plot datafile using 1:2:3 with image, \
       datafile using 1:2:4 with labels font ",7", \
       datafile using 1:2:($5 > 0 ? 0.48 : NaN):(0.48) with boxxyerror fs empty border rgb "black" lc rgb "black" lw 2
  unset logscale cb
  unset format cb
  unset output
}
