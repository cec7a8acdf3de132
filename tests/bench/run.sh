#!/usr/bin/env bash
# make bench: every benchmark prints its figures as ratios against a
# baseline measured in this same run. Nothing here is a pass/fail test.
set -u
BUILD=${BUILD:-build}
LUAJIT=${LUAJIT:-luajit}
cd "$(dirname "$0")/../.."
N=${KILN_BENCH_ITEMS:-20000}
W=2
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
best3() { # best3 CMD...: the median of three runs' items_per_s
  for _ in 1 2 3; do "$@" | awk '/items_per_s/ {print $2}'; done | median
}
echo "== throughput: $N items through compute -> apply, $W workers (items/s, median of 3)"
for mode in trivial medium; do
  k=$(best3 "$BUILD/kiln" tests/bench/throughput.lua $mode "$N" $W)
  c=$(best3 "$BUILD/bench/cpool" $mode "$N" $W)
  l=$(UV_THREADPOOL_SIZE=$W best3 "$LUAJIT" tests/bench/luv_work.lua $mode "$N")
  if [ "$mode" = trivial ]; then tc=0.5 tl=5; else tc=0.9 tl=2.5; fi
  awk -v m=$mode -v k="$k" -v c="$c" -v l="$l" -v tc=$tc -v tl=$tl 'BEGIN {
    printf "%-8s kiln %9.0f   C pool %9.0f   luv %9.0f\n", m, k, c, l;
    printf "%-8s kiln/C pool = %.2fx (target >= %.1fx)   kiln/luv = %.2fx (target >= %.1fx)\n", m, k/c, tc, k/l, tl }'
done
for b in "$BUILD"/bench/*; do
  case "$(basename "$b")" in cpool) continue ;; esac
  [ -x "$b" ] || continue
  echo "== $(basename "$b")"
  "$b"
done
