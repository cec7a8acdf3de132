#!/usr/bin/env bash
# Short soak inside `make test`: tests/soak/soak.lua for KILN_SOAK_SECONDS
# (default 20) on "$BUILD/kiln" (BUILD defaults to build; the ASan and TSan
# runs pass their own). `make soak` runs the same script for minutes.
# The soak bounds its own drain (KILN_SOAK_DRAIN_S, 10 s here) and close;
# `timeout` is the last resort if kiln itself hangs. The soak prints one
# line per check and "soak: N passed, N failed".
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
bin=$BUILD/kiln
secs=${KILN_SOAK_SECONDS:-20}
export KILN_SOAK_DRAIN_S=${KILN_SOAK_DRAIN_S:-10}
if [ "${SAN:-}" = asan ]; then # as tests/run-suites.sh sets them, for `make soak SAN=asan`
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:halt_on_error=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
elif [ "${SAN:-}" = tsan ]; then
  export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/tsan.supp}
fi
if [ ! -x "$bin" ]; then
  echo "missing $bin (make build)" >&2
  echo "soak: 0 passed, 1 failed"
  exit 1
fi
# loop + warm-up + drain + close deadlines, with room for a slow sanitizer build
limit=$(awk -v s="$secs" -v d="$KILN_SOAK_DRAIN_S" 'BEGIN { printf "%d", s * 2 + d + 90 }')
# the soak's cache directory goes under $work: gone even if the soak is killed
work=$(mktemp -d /tmp/kiln-soak-XXXXXX)
trap 'rm -rf "$work"' EXIT
out=$work/out
TMPDIR=$work timeout -k 10 "$limit" "$bin" tests/soak/soak.lua "$secs" >"$out" 2>&1
rc=$?
cat "$out"
if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
  echo "soak: killed after ${limit} s: kiln hung (last lines above)"
  echo "soak: 0 passed, 1 failed"
  exit 1
fi
if ! grep -qE '^soak: [0-9]+ passed, [0-9]+ failed' "$out"; then
  echo "soak: exited $rc without a summary"
  echo "soak: 0 passed, 1 failed"
  exit 1
fi
exit "$rc"
