# style.gp — the shared look of every mulerr figure (loaded before each figure's script).
# Variables set by `mulerr plot`: datafile (TSV), outbase (output path without extension).
set datafile separator "\t"
set encoding utf8
set key box opaque samplen 2 spacing 1.1 font ",10"
set grid xtics ytics mxtics mytics lw 0.5 lc rgb "#dddddd"
set border lw 1
set tics nomirror
set style line 1 lc rgb "#1b9e77" lw 2 pt 7 ps 1.0
set style line 2 lc rgb "#d95f02" lw 2 pt 5 ps 1.0
set style line 3 lc rgb "#7570b3" lw 2 pt 9 ps 1.1
set style line 4 lc rgb "#e7298a" lw 2 pt 11 ps 1.1
set style line 5 lc rgb "#66a61e" lw 2 pt 13 ps 1.1
set style line 6 lc rgb "#e6ab02" lw 2 pt 15 ps 1.0
set style line 7 lc rgb "#a6761d" lw 2 pt 3 ps 1.0
set style line 8 lc rgb "#666666" lw 2 pt 1 ps 1.0
set style increment user
# Output: `out(t)` switches to PNG (t = 0) or PDF (t = 1); every script loops over both.
png_term = "set terminal pngcairo size 1280,860 enhanced font 'DejaVu Sans,12' linewidth 1.2"
pdf_term = "set terminal pdfcairo size 7in,4.7in enhanced font 'DejaVu Sans,9'"
