#!/usr/bin/env bash
# make bench: every benchmark prints its figures as ratios against a
# baseline measured in this same run. Nothing here is a pass/fail test.
set -u
BUILD=${BUILD:-build}
LUAJIT=${LUAJIT:-luajit}
cd "$(dirname "$0")/../.."
QUICK=${KILN_BENCH_QUICK:-}  # make bench-quick: the throughput lines alone, fewer runs and items
if [ -n "$QUICK" ]; then N=${KILN_BENCH_ITEMS:-20000} RUNS=${KILN_BENCH_RUNS:-3}
else N=${KILN_BENCH_ITEMS:-20000} RUNS=${KILN_BENCH_RUNS:-5}; fi
W=2
MISSED=""  # figures under their target, for the last line
tmp=$(mktemp -d)
cleanup() { rm -rf "$tmp"; [ -n "${xpid:-}" ] && kill "$xpid" 2>/dev/null; }
trap cleanup EXIT

echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: *//') ($(nproc) cores)"

# spread FILE: "min median max" of the numbers in FILE, one a line.
spread() { sort -g "$1" | awk '{a[NR]=$1} END {print a[1], a[int((NR+1)/2)], a[NR]}'; }
# one NAME CMD...: one run; appends its items_per_s to $tmp/NAME.ips and,
# when it prints them, its page faults per 1,000 items to $tmp/NAME.flt.
one() {
  local name=$1; shift
  "$@" >"$tmp/out" 2>&1 || { echo "   $name failed:"; sed 's/^/     /' "$tmp/out"; return; }
  awk '/^items_per_s/ {print $2}' "$tmp/out" >>"$tmp/$name.ips"
  awk '/^faults_per_1k/ {print $2}' "$tmp/out" >>"$tmp/$name.flt"
  awk '/^cpu_us_per_item/ {print $2}' "$tmp/out" >>"$tmp/$name.cpu"
  awk '/^main_us_per_item/ {print $2}' "$tmp/out" >>"$tmp/$name.main"
}
# ratio A B: per-run ratios A_i / B_i (runs interleaved, so a busy moment
# hits both sides of a pair), one a line.
ratio() { paste "$tmp/$1.ips" "$tmp/$2.ips" | awk '$2 > 0 {print $1 / $2}'; }
# check LABEL "min med max" TARGET: prints the ratio's spread against its target.
check() {
  local label=$1 sp=$2 t=$3
  set -- $sp
  local miss; miss=$(awk -v m="$2" -v t="$t" 'BEGIN {print (m < t) ? 1 : 0}')
  printf '%-8s %-22s = %5.2fx (runs %.2f-%.2f)  target >= %sx%s\n' "$mode" "$label" "$2" "$1" "$3" "$t" \
    "$([ "$miss" = 1 ] && echo '  MISSED')"
  [ "$miss" = 1 ] && MISSED="$MISSED $mode $label $(printf '%.2f' "$2")x < ${t}x;"
}

echo "== throughput: $N items through compute -> apply, $W workers; $RUNS runs, interleaved"
echo "   (items/s: median (min-max); faults: page faults per 1,000 items in the timed part,"
echo "   getrusage minor+major of the whole process, median (min-max); cpu: CPU time of the"
echo "   whole process per item in the timed part, and of the main (render) thread alone, in us,"
echo "   medians: what an item costs the machine, whatever else ran; ratios: per run pair)"
for mode in trivial medium; do
  rm -f "$tmp"/*.ips "$tmp"/*.flt "$tmp"/*.cpu "$tmp"/*.main
  for _ in $(seq 1 "$RUNS"); do
    one kiln "$BUILD/kiln" tests/bench/throughput.lua $mode "$N" $W
    # The same loop making a new { args = i } per call (no target): what
    # a hot loop's garbage costs the main state's GC. Not in bench-quick.
    [ $mode = trivial ] && [ -z "$QUICK" ] && one fresh "$BUILD/kiln" tests/bench/throughput.lua $mode "$N" $W fresh
    # A compute that reads its key (no target): the key is then a Lua
    # string interned per item on the worker. Not in bench-quick.
    [ $mode = trivial ] && [ -z "$QUICK" ] && one keyed "$BUILD/kiln" tests/bench/throughput.lua trivial_key "$N" $W
    one cpool "$BUILD/bench/cpool" $mode "$N" $W
    UV_THREADPOOL_SIZE=$W one luv "$LUAJIT" tests/bench/luv_work.lua $mode "$N"
    # The C pool mallocs each tile, as a minimal pool does; kiln recycles
    # buffer memory (runtime/mem.c). The same trick in the C pool:
    [ $mode = medium ] && one recycle "$BUILD/bench/cpool" medium "$N" $W recycle
  done
  names="kiln fresh keyed cpool luv"; [ $mode = medium ] && names="kiln cpool luv recycle"
  for nm in $names; do
    { [ $nm = fresh ] || [ $nm = keyed ]; } && [ -n "$QUICK" ] && continue # bench-quick does not run them
    [ -s "$tmp/$nm.ips" ] || { MISSED="$MISSED $mode $nm: no figures;"; continue; }
    case $nm in kiln) label=kiln ;; fresh) label="kiln, new opts" ;; keyed) label="kiln, reads key" ;;
                cpool) label="C pool" ;; luv) label=luv ;;
                recycle) label="C pool recycling" ;; esac
    set -- $(spread "$tmp/$nm.ips")
    line=$(printf '%-8s %-17s %9.0f items/s (%.0f-%.0f)' $mode "$label" "$2" "$1" "$3")
    if [ -s "$tmp/$nm.flt" ]; then
      set -- $(spread "$tmp/$nm.flt")
      line="$line$(printf '   faults/1k %7.2f (%.2f-%.2f)' "$2" "$1" "$3")"
    fi
    if [ -s "$tmp/$nm.cpu" ] && [ -s "$tmp/$nm.main" ]; then
      line="$line$(printf '   cpu %.2f us (main %.2f)' "$(set -- $(spread "$tmp/$nm.cpu"); echo "$2")" \
        "$(set -- $(spread "$tmp/$nm.main"); echo "$2")")"
    fi
    echo "$line"
  done
  [ -s "$tmp/kiln.ips" ] || continue
  if [ $mode = trivial ]; then
    check "kiln/C pool" "$(ratio kiln cpool | spread /dev/stdin)" 0.6
    if [ -s "$tmp/fresh.ips" ]; then
      set -- $(ratio fresh cpool | spread /dev/stdin)
      printf '%-8s %-22s = %5.2fx (runs %.2f-%.2f)  (no target: a new { args = i } per call)\n' \
        $mode "kiln new opts/C pool" "$2" "$1" "$3"
    fi
    if [ -s "$tmp/keyed.ips" ]; then
      set -- $(ratio keyed cpool | spread /dev/stdin)
      printf '%-8s %-22s = %5.2fx (runs %.2f-%.2f)  (no target: compute reads its key)\n' \
        $mode "kiln reads key/C pool" "$2" "$1" "$3"
    fi
    check "kiln/luv" "$(ratio kiln luv | spread /dev/stdin)" 5
    t=5 # page faults per 1,000 items
  else
    check "kiln/C pool" "$(ratio kiln cpool | spread /dev/stdin)" 0.9
    check "kiln/luv" "$(ratio kiln luv | spread /dev/stdin)" 2.5
    check "kiln/C pool recycling" "$(ratio kiln recycle | spread /dev/stdin)" 0.9
    t=$(set -- $(spread "$tmp/recycle.flt"); echo "$2") # no more than the recycling pool
  fi
  kf=$(set -- $(spread "$tmp/kiln.flt"); echo "$2")
  if awk -v f="$kf" -v t="$t" 'BEGIN {exit !(f > t)}'; then
    printf '%-8s kiln faults/1k %.2f: target <= %s  MISSED\n' $mode "$kf" "$t"
    MISSED="$MISSED $mode kiln faults/1k $kf > $t;"
  else
    printf '%-8s kiln faults/1k %.2f: target <= %s\n' $mode "$kf" "$t"
  fi
done

footer() { echo "targets missed:${MISSED:- none}"; }
if [ -n "$QUICK" ]; then footer; exit 0; fi

# GL benchmarks need a display: use Xvfb when there is none.
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  for n in $(seq 140 160); do
    [ -e /tmp/.X$n-lock ] && continue
    Xvfb :$n -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
    xpid=$!
    for _ in $(seq 1 50); do [ -e /tmp/.X11-unix/X$n ] && break; sleep 0.1; done
    if [ -e /tmp/.X11-unix/X$n ]; then export DISPLAY=:$n; break; fi
    kill $xpid 2>/dev/null; xpid=
  done
fi

echo "== bake efficiency: 4096 items of 1 ms CPU on 2 workers while a 60 fps loop pumps (max_ms = 2)"
"$BUILD/kiln" tests/bench/bake_efficiency.lua 4096 1 3 $W

echo "== first result with a deep queue: 64 items of 20 ms on one worker, against one item alone"
"$BUILD/kiln" tests/bench/first_result.lua 64 20 5

echo "== kiln.image: the Lua wrapper against the C functions alone"
"$BUILD/kiln" tests/bench/image_ops.lua 256 5

echo "== block textures (minetest-data): cold bake against warm, cache bytes against raw RGBA"
"$BUILD/kiln" tests/bench/blocks.lua 3 $W

echo "== warm start: 4096 items from the cache against recomputing them"
"$BUILD/kiln" tests/bench/warm_start.lua 4096 $W

for b in "$BUILD"/bench/*; do
  case "$(basename "$b")" in cpool) continue ;; esac
  [ -x "$b" ] || continue
  echo "== $(basename "$b")"
  "$b"
done

echo "== distributed bake over Redis: 1 against 2 worker processes (kiln bake --queue, kiln worker)"
"$BUILD/kiln" tests/bench/farm.lua 400 4 3

echo "== shared cache over HTTP (private nginx WebDAV on loopback): a remote hit against plain curl"
"$BUILD/kiln" tests/bench/remote.lua 64 3

footer # the throughput figures above; the other benchmarks print their own targets
