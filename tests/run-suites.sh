#!/usr/bin/env bash
# Runs every kiln test suite and ends with one "total: N passed, N failed"
# line. Suites: C unit tests, GL tests (under Xvfb when there is no display),
# busted specs, and every tests/suite-*.sh (fuzz, crash, demo smoke...).
# Each suite prints "name: N passed, N failed[, N skipped]".
set -u
BUILD=${BUILD:-build}
LUAJIT=${LUAJIT:-luajit}
BUSTED=${BUSTED:-/usr/bin/busted}
SAN=${SAN:-}
export BUILD LUAJIT BUSTED SAN
cd "$(dirname "$0")/.."
root=$PWD
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
tp=0 tf=0 ts=0 bad=0

if [ "$SAN" = asan ]; then
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:halt_on_error=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp:print_suppressions=0}
elif [ "$SAN" = tsan ]; then
  export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1:suppressions=$root/tests/tsan.supp}
fi

# tally NAME RC LOGFILE: reads the suite's summary line(s) from its output.
tally() {
  local name=$1 rc=$2 out=$3 p=0 f=0 s=0 line
  line=$(grep -E '^[A-Za-z0-9_./ -]*: *[0-9]+ passed, [0-9]+ failed' "$out" | tail -n 200)
  if [ -n "$line" ]; then
    p=$(echo "$line" | sed -E 's/.*: *([0-9]+) passed.*/\1/' | awk '{s+=$1} END {print s+0}')
    f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/' | awk '{s+=$1} END {print s+0}')
    s=$(echo "$line" | grep -oE '[0-9]+ skipped' | sed -E 's/ skipped//' | awk '{s+=$1} END {print s+0}')
  fi
  line=$(grep -E '^[0-9]+ success(es)? / [0-9]+ failures? / [0-9]+ errors? / [0-9]+ pending' "$out" | tail -n1)
  if [ -n "$line" ]; then
    p=$(echo "$line" | awk '{print $1}'); f=$(( $(echo "$line" | awk '{print $4}') + $(echo "$line" | awk '{print $7}') ))
    s=$(echo "$line" | awk '{print $10}')
  fi
  s=${s:-0}
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  if [ "$rc" != 0 ] || [ "$f" != 0 ]; then bad=1; echo "---- $name failed (exit $rc); its output:"; tail -n 60 "$out"; echo "----"; fi
  printf '%-28s %s passed, %s failed, %s skipped\n' "$name:" "$p" "$f" "$s"
  tp=$((tp + p)); tf=$((tf + f)); ts=$((ts + s))
}

run() {  # run NAME CMD...
  local name=$1; shift
  local out="$log/$(echo "$name" | tr '/ ' '__').log"
  ( "$@" ) >"$out" 2>&1
  tally "$name" $? "$out"
}

# Xvfb for GL tests when there is no display; GL suites skip without one.
have_x=0
if [ -n "${DISPLAY:-}" ] && [ -z "${KILN_FORCE_XVFB:-}" ]; then have_x=1; else
  if command -v Xvfb >/dev/null; then
    for n in $(seq 90 120); do
      [ -e /tmp/.X$n-lock ] && continue
      Xvfb :$n -screen 0 1280x1024x24 -nolisten tcp >"$log/xvfb.log" 2>&1 &
      xpid=$!
      for _ in $(seq 1 50); do [ -e /tmp/.X11-unix/X$n ] && break; sleep 0.1; done
      if kill -0 $xpid 2>/dev/null && [ -e /tmp/.X11-unix/X$n ]; then
        export DISPLAY=:$n have_x=1; trap 'kill $xpid 2>/dev/null; rm -rf "$log"' EXIT; break
      fi
    done
  fi
fi
export KILN_HAVE_X=$have_x

for t in "$BUILD"/tests/test_*; do
  [ -x "$t" ] || continue
  name=$(basename "$t")
  # A binary whose source is gone (a test program split or renamed) is
  # left over from an older build: it would test old code.
  [ -f "tests/c/$name.c" ] || [ -f "tests/gl/$name.c" ] || continue
  if [ -f "tests/gl/$name.c" ]; then
    if [ "$have_x" = 1 ]; then run "gl/$name" "$t"
    else echo "gl/$name: no X server could be started: 0 passed, 0 failed, 1 skipped"; ts=$((ts + 1)); fi
  else
    run "c/$name" "$t"
  fi
done

# busted specs: under plain luajit (require "kiln" finds build/kiln.so), and
# through the sanitizer-linked host for sanitizer builds.
if ls tests/spec/*_spec.lua >/dev/null 2>&1; then
  if [ -n "$SAN" ]; then
    run "spec" env LUA_PATH="$root/tests/spec/?.lua;;" "$BUILD/kiln" "$BUSTED" -o utfTerminal tests/spec
  else
    run "spec" env LUA_CPATH="$root/$BUILD/?.so;;" LUA_PATH="$root/tests/spec/?.lua;;" "$LUAJIT" "$BUSTED" -o utfTerminal tests/spec
  fi
fi

for s in tests/suite-*.sh; do
  [ -f "$s" ] || continue
  run "$(basename "$s" .sh | sed 's/^suite-//')" bash "$s"
done

echo "total: $tp passed, $tf failed, $ts skipped"
exit $bad
