#!/usr/bin/env bash
# Crash safety at the runtime level: a `kiln` child writes artifacts through
# a runtime (ctx:write_disk from worker states, forced rewrites of 1500 keys,
# see tests/spec/fixtures/disk_crash.lua) and is killed with SIGKILL at a
# random moment, KILN_CRASH_KILLS times (default 24), alternating fsync and
# rename durability; one round in three may kill it while it is starting up.
# After each kill:
#   1. `kiln cache verify` must find every file under a final name intact;
#   2. a restarted runtime must serve every indexed key as a cache hit
#      (enqueue says "cached", the read hits, the bytes match their meta).
# One kill round is one test. Prints "crash: N passed, N failed".
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
bin=$BUILD/kiln
script=tests/spec/fixtures/disk_crash.lua
kills=${KILN_CRASH_KILLS:-24}
if [ ! -x "$bin" ]; then
  echo "missing $bin (make build)" >&2
  echo "crash: 0 passed, 1 failed"
  exit 1
fi
work=$(mktemp -d /tmp/kiln-crash-XXXXXX)
pid=
cleanup() { [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
pass=0 fail=0 writes=0 hits=0 temps=0
RANDOM=${KILN_CRASH_SEED:-$$}
echo "crash: seed $RANDOM, $kills kills"
for i in $(seq 1 "$kills"); do
  if [ $((i % 2)) = 0 ]; then dur=fsync; else dur=rename; fi
  "$bin" "$script" write "$work/cache" "$i" "$dur" >"$work/w.out" 2>"$work/w.err" &
  pid=$!
  if [ $((i % 3)) -ne 0 ]; then
    for _ in $(seq 1 500); do grep -q ready "$work/w.out" 2>/dev/null && break; sleep 0.01; done
  fi
  sleep "0.$(printf '%03d' $((RANDOM % 580 + 20)))"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  pid=
  if [ -s "$work/w.err" ]; then
    echo "round $i ($dur): the writer failed before the kill:"; cat "$work/w.err"
    fail=$((fail + 1)); continue
  fi
  n=$(sed -n 's/^writes \([0-9]*\)$/\1/p' "$work/w.out" | tail -n1)
  writes=$((writes + ${n:-0}))
  if [ ! -d "$work/cache" ]; then # killed before the cache existed
    pass=$((pass + 1)); continue
  fi
  ok=1
  if ! "$bin" cache verify "$work/cache" >"$work/v.out" 2>&1; then
    ok=0; echo "round $i ($dur): kiln cache verify failed:"; grep -v '^temp ' "$work/v.out" | tail -n 8
  fi
  if ! "$bin" "$script" check "$work/cache" >"$work/c.out" 2>&1; then
    ok=0; echo "round $i ($dur): the restarted runtime did not serve the cache:"; tail -n 12 "$work/c.out"
  fi
  if [ "$ok" = 1 ]; then
    pass=$((pass + 1))
    h=$(sed -n 's/^check: [0-9]* entries, \([0-9]*\) hits.*/\1/p' "$work/c.out")
    t=$(sed -n 's/.*hits, \([0-9]*\) temp files removed.*/\1/p' "$work/c.out")
    hits=$((hits + ${h:-0})); temps=$((temps + ${t:-0}))
  else
    fail=$((fail + 1))
  fi
done
echo "crash: last round: $(tail -n1 "$work/v.out" 2>/dev/null); over all rounds >= $writes artifacts written, $hits cache hits checked, $temps temp files left by kills removed"
echo "crash: $pass passed, $fail failed"
[ "$fail" = 0 ]
