run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
!run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
—run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
yrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
1run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
2run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
:run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
jrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
yrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
jrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
(run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
wrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
)run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
(run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
)run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
:run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
yrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
wrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
wrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
;run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
wrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
xrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
(run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
0run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
)run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
=run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
vrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
vrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
vrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
qrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
3run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
vrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
xrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
qrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
3run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
=run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
vrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
qrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
yrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
>run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
vrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
2run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
>run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
&run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
1run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
;run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
;run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
qrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
yrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Wrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
=run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
'run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
{run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
}run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
'run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
2run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
>run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
vrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
qrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
=run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
[run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
]run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
;run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
[run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
(run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
)run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
qrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
0run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
]run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
;run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
:run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
:run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
xrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
_run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
=run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
vrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
qrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
qrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
yrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
qrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
qrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
:run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
:run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
>run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
&run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
2run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
:run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
wrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
:run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
yrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
>run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
&run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
2run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
xrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
1run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
jrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
=run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
(run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
2run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
>run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
vrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
2run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
)run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
[run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
xrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
]run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
[run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
]run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
{run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
:run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
+run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
wrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
}run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
jrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
jrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
{run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
1run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
:run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
}run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
)run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
;run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
;run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
)run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
jrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
(run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
)run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
:run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
wrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
1run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
6run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
=run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
1run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
7run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
wrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
1run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
7run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
1run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
6run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
\run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
:run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
=run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
0run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
0run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
2run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
1run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
6run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
1run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
qrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
yrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Yrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
;run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
;run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
)run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
=run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
0run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
mrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
jrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
jrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
=run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
?run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
[run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
]run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
;run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
=run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
(run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
'run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
^run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
'run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
*run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
*run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
2run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
>run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
vrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
vrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
'run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
'run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
)run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
=run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
(run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
'run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
^run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
'run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
*run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
*run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
2run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
>run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
vrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
vrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
'run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
'run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
)run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
=run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
(run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
'run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
^run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
*run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
#run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
Prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
'run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
*run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
*run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
2run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
>run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
vrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
wrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
)run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
:run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
,run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
frun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
[run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
qrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
0run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
]run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
-run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
xrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
$run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
;run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
;run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
*run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
)run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
orun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
grun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
:run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
/run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
prun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
.run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
[run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
brun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
lrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
drun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
rrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
urun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
nrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
|run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
hrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
krun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
]run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
"run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
>run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
&run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
2run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
xrun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
irun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
trun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
2run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
 run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
;run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
;run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
erun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
srun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
arun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
crun)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;

run)
  # The main job: the paper reproduction (every experiment into results.db, every figure
  # into paper/figures, the report into paper/report.md and .tex).  Resumable: a second
  # call reuses the finished points.
  ./mulerr reproduce
  ;;
