#!/usr/bin/env bash
# Every exit path of a host with pending work, under valgrind: a script
# error, os.exit, the script's normal end (all with disk writes queued and
# items parked on ring bytes, never closed), and a close whose deadline
# abandons a runaway compute. Each must exit with its own code, land every
# queued write, and make no invalid access and leak nothing definitely.
# Skipped in sanitizer builds (valgrind and ASan/TSan do not mix).
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
if [ -n "${SAN:-}" ]; then echo "valgrind: sanitizer build, skipped"; echo "valgrind: 0 passed, 0 failed, 1 skipped"; exit 0; fi
if ! command -v valgrind >/dev/null; then echo "valgrind: not installed"; echo "valgrind: 0 passed, 1 failed"; exit 1; fi
work=$(mktemp -d /tmp/kiln-vg-XXXXXX)
trap 'rm -rf "$work"' EXIT
pass=0 fail=0
vg() { # vg NAME EXPECTED_RC SCRIPT ARGS...
  local name=$1 want=$2; shift 2
  timeout 300 valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
    --show-leak-kinds=definite "$BUILD/kiln" "$@" >"$work/$name.log" 2>&1
  local rc=$?
  if [ $rc != "$want" ]; then
    echo "FAIL $name: exit $rc, expected $want"; tail -30 "$work/$name.log"; fail=$((fail + 1)); return 1
  fi
  return 0
}
for how in error:1 exit:3 end:0; do
  mode=${how%%:*} rc=${how##*:}
  if vg "$mode" "$rc" tests/spec/fixtures/host_exit_child.lua "$mode" "$work/c-$mode"; then
    v=$("$BUILD/kiln" cache verify "$work/c-$mode" 2>&1 | tail -1)
    if echo "$v" | grep -q "verify: 40 entries, 40 ok, 0 bad"; then
      echo "ok $mode: exit $rc, every write landed, valgrind clean"; pass=$((pass + 1))
    else
      echo "FAIL $mode: writes lost: $v"; fail=$((fail + 1))
    fi
  fi
done
cat >"$work/abandon.lua" <<'LUA'
local kiln = require "kiln"
local rt = kiln.runtime { workers = 1, cache_dir = arg[1] }
rt:load("tests/spec/fixtures/hostile_types.lua")
rt:enqueue("runaway", "spin", { args = arg[1] .. "/never" })
local t_end = kiln._now() + 30
while rt:stats().in_flight == 0 and kiln._now() < t_end do end
local ok, msg = rt:close { timeout_s = 0.2 }
assert(not ok and msg:find('type runaway "spin"', 1, true), tostring(msg))
print("abandoned")
LUA
if vg abandon 0 "$work/abandon.lua" "$work/c-abandon"; then
  echo "ok abandon: close met its deadline past a runaway compute and the process exited, valgrind clean"
  pass=$((pass + 1))
fi
echo "valgrind: $pass passed, $fail failed"
[ $fail = 0 ]
