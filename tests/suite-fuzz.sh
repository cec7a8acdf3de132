#!/usr/bin/env bash
# Short libFuzzer run of the disk cache reader (kiln_disk_parse/decode):
# KILN_FUZZ_TIME seconds (default 20) from fresh seeds. `make fuzz` runs
# longer on a kept corpus. Skips only when clang is missing.
set -u
cd "$(dirname "$0")/.."
secs=${KILN_FUZZ_TIME:-20}
if ! command -v "${FUZZ_CC:-clang}" >/dev/null 2>&1; then
  echo "fuzz: clang not found, fuzzing skipped"
  echo "fuzz: 0 passed, 0 failed, 1 skipped"
  exit 0
fi
fb=${FUZZ_BUILD:-build-fuzz}
if ! make --no-print-directory -s FUZZ_BUILD="$fb" "$fb/fuzz_disk_reader" >/dev/null 2>"$fb.build.log"; then
  cat "$fb.build.log"; rm -f "$fb.build.log"
  echo "fuzz: 0 passed, 1 failed"
  exit 1
fi
rm -f "$fb.build.log"
work=$(mktemp -d /tmp/kiln-fuzz-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
if KILN_FUZZ_SEEDS="$work/corpus" "$fb/fuzz_disk_reader" -max_total_time="$secs" -max_len=70000 \
     -artifact_prefix="$work/" -print_final_stats=1 "$work/corpus" >"$work/log" 2>&1; then
  grep -E '^Done|stat::number_of_executed_units' "$work/log" | head -2
  echo "fuzz: 1 passed, 0 failed"
else
  tail -n 40 "$work/log"
  mkdir -p "$fb/crashes" && cp "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$fb/crashes/" 2>/dev/null
  echo "fuzz: crash input kept in $fb/crashes/"
  echo "fuzz: 0 passed, 1 failed"
  exit 1
fi
