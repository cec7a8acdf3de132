#!/usr/bin/env bash
# Crash safety of the disk cache: kiln_crashwriter writes artifacts in a
# loop and is killed with SIGKILL at a random moment (sometimes while it is
# still starting up), 24 times, alternating fsync and rename durability.
# After each kill `kiln_crashwriter check` verifies every file under a final
# name, restarts the cache (has + read of each) and finds no temp file left;
# `kiln cache verify` must agree. One kill round is one test.
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
bin=$BUILD/tools/kiln_crashwriter
cli=$BUILD/tools/kiln_cache
kills=${KILN_CRASH_KILLS:-24}
if [ ! -x "$bin" ] || [ ! -x "$cli" ]; then
  echo "missing $bin or $cli (make $bin $cli)" >&2
  echo "diskcrash: 0 passed, 1 failed"
  exit 1
fi
work=$(mktemp -d /tmp/kiln-diskcrash-XXXXXX)
trap 'rm -rf "$work"' EXIT
pass=0 fail=0 temps=0
RANDOM=$$
for i in $(seq 1 "$kills"); do
  dur=$((i % 2))
  "$bin" write "$work/cache" "$i" "$dur" >"$work/w.out" 2>"$work/w.err" &
  pid=$!
  # Two rounds in three wait for start-up to finish; the others may kill it
  # during the start-up scan and temp clean-up.
  if [ $((i % 3)) -ne 0 ]; then
    for _ in $(seq 1 500); do grep -q ready "$work/w.out" 2>/dev/null && break; sleep 0.01; done
  fi
  sleep "0.$(printf '%03d' $((RANDOM % 400 + 5)))"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if [ -s "$work/w.err" ]; then
    echo "round $i: writer failed:"; cat "$work/w.err"; fail=$((fail + 1)); continue
  fi
  if "$bin" check "$work/cache" >"$work/c.out" 2>&1 && "$cli" verify "$work/cache" >"$work/v.out" 2>&1; then
    pass=$((pass + 1))
    t=$(sed -n 's/.* \([0-9]*\) temp files removed.*/\1/p' "$work/c.out")
    temps=$((temps + ${t:-0}))
  else
    fail=$((fail + 1))
    echo "round $i (durability $dur) failed:"; cat "$work/c.out"; tail -n 5 "$work/v.out"
  fi
done
echo "diskcrash: $(grep -o '[0-9]* entries' "$work/c.out" | head -1) in the last round; $temps temp files left by kills were removed"
echo "diskcrash: $pass passed, $fail failed"
[ "$fail" = 0 ]
