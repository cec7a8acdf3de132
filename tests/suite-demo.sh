#!/usr/bin/env bash
# The demo smoke suite (make test). Without a display: kiln.watch and hot
# reload checks (tests/demo/*.lua), the hello example, the scene's option
# and working-directory errors. With a display (X from
# tests/run-suites.sh, KILN_HAVE_X=1): the scene headless on a small grid
# in a scratch cache, cold then warm (cache hits), its screenshot decoded
# and checked not blank, scripted keys (R, C, Space, 1, 2), a script
# broken and fixed under hot reload while it runs, a type script that
# fails to load. Prints "demo: N passed, N failed[, N skipped]".
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
kiln=$BUILD/kiln
have_x=${KILN_HAVE_X:-$([ -n "${DISPLAY:-}" ] && echo 1 || echo 0)}
work=$(mktemp -d /tmp/kiln-demo-XXXXXX)
spid=
trap '[ -n "$spid" ] && kill "$spid" 2>/dev/null; [ -n "${KILN_DEMO_KEEP:-}" ] || rm -rf "$work"' EXIT
pass=0 fail=0 skip=0

ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() {
  fail=$((fail + 1)); echo "FAIL $1"
  if [ -n "${2:-}" ] && [ -f "$2" ]; then tail -n 25 "$2" | sed 's/^/     /'; fi
}
# lua_checks NAME LOG: counts the ok/FAIL lines of a tests/demo driver.
lua_checks() {
  local name=$1 log=$2 rc=$3 p f
  p=$(grep -c '^ok ' "$log"); f=$(grep -c '^FAIL ' "$log")
  grep '^FAIL ' "$log" | sed "s/^/$name: /"
  pass=$((pass + p)); fail=$((fail + f))
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then bad "$name exited $rc" "$log"; fi
}
# has LOG REGEX: the scene's output matched.
has() { grep -Eq "$2" "$1"; }

if [ ! -x "$kiln" ]; then
  echo "missing $kiln (make build)"
  echo "demo: 0 passed, 1 failed"
  exit 1
fi

# ---------------------------------------------------------- no display --
"$kiln" tests/demo/watch_check.lua "$work/watch" >"$work/watch.log" 2>&1
lua_checks watch "$work/watch.log" $?
"$kiln" tests/demo/reload_check.lua "$work/reload" >"$work/reload.log" 2>&1
lua_checks reload "$work/reload.log" $?

# The hello example from a scratch directory (its cache is relative).
mkdir -p "$work/hello"
( cd "$work/hello" && "$OLDPWD/$kiln" "$OLDPWD/examples/hello/main.lua" && "$OLDPWD/$kiln" "$OLDPWD/examples/hello/main.lua" ) >"$work/hello.log" 2>&1
if [ $? = 0 ] && has "$work/hello.log" '^applied	ada n=100000: 36212' && has "$work/hello.log" '^cache hits	3'; then
  ok "hello example runs, second run from the cache"
else
  bad "hello example" "$work/hello.log"
fi

# Scene errors that come before any window: a bad option, the wrong directory.
"$kiln" scripts/demo/scene.lua --grid x >"$work/usage.log" 2>&1
rc=$?
if [ $rc = 2 ] && has "$work/usage.log" '^scene: --grid needs a number from 1 to 64, got x'; then
  ok "bad option: usage error, exit 2"
else
  bad "bad option (exit $rc)" "$work/usage.log"
fi
( cd "$work" && "$OLDPWD/$kiln" "$OLDPWD/scripts/demo/scene.lua" ) >"$work/cwd.log" 2>&1
rc=$?
if [ $rc = 2 ] && has "$work/cwd.log" '^scene: run the scene from the kiln repo root'; then
  ok "run outside the repo root: clear error, exit 2"
else
  bad "run outside the repo root (exit $rc)" "$work/cwd.log"
fi

# ---------------------------------------------------------------- scene --
scene() { # scene LOG ARGS...: the scene, headless, small and fast
  local log=$1; shift
  "$kiln" scripts/demo/scene.lua --headless --grid 4 --size 32 --timeout 60 "$@" >"$log" 2>&1
}

if [ "$have_x" != 1 ]; then
  echo "skip scene tests: no X display (KILN_HAVE_X=$have_x)"
  skip=6
else
  cache=$work/cache
  scene "$work/cold.log" --cache-dir "$cache" --screenshot "$work/cold.png"
  rc=$?
  if [ $rc = 0 ] && has "$work/cold.log" '^scene: 64/64 tiles baked' &&
     has "$work/cold.log" 'cache hits 0, computed 64, disk writes 64; failures 0' &&
     has "$work/cold.log" '^scene: OK$'; then
    ok "cold run bakes every tile, writes every artifact, no failure"
  else
    bad "cold run (exit $rc)" "$work/cold.log"
  fi
  # The four panels sit left of x=740: tiles, not background.
  if python3 tests/demo/png_check.py "$work/cold.png" 0 0 740 790 >"$work/png.log" 2>&1; then
    ok "screenshot is not blank ($(sed 's/.*: //' "$work/png.log"))"
  else
    bad "screenshot blank or unreadable" "$work/png.log"
  fi

  scene "$work/warm.log" --cache-dir "$cache"
  rc=$?
  if [ $rc = 0 ] && has "$work/warm.log" 'cache hits 64, computed 0, disk writes 0; failures 0'; then
    ok "warm run is served from the disk cache (64 hits, nothing computed)"
  else
    bad "warm run (exit $rc)" "$work/warm.log"
  fi

  scene "$work/keys.log" --cache-dir "$cache" --keys 2:R,5:1,9:C,12:SPACE,20:SPACE,24:2
  rc=$?
  if [ $rc = 0 ] && has "$work/keys.log" 're-bake everything' && has "$work/keys.log" 'palette slate' &&
     has "$work/keys.log" "cache cleared \(every artifact removed\)" && has "$work/keys.log" 'baking paused' &&
     has "$work/keys.log" 'seed 2' && has "$work/keys.log" '^scene: 64/64 tiles baked' &&
     has "$work/keys.log" '^scene: OK$' && ! ls -d "$cache".clearing-* >/dev/null 2>&1; then
    ok "keys R, 1, C, Space, 2: every tile re-baked, cache cleared with rt:clear"
  else
    bad "scripted keys (exit $rc)" "$work/keys.log"
  fi

  # Hot reload while the scene runs: break a type script, then fix it.
  cp -r scripts/types "$work/types"
  "$kiln" scripts/demo/scene.lua --headless --stay --grid 4 --size 32 --cache-dir "$work/cache2" \
    --types "$work/types" --until-file "$work/quit" --frames 3000 --screenshot "$work/reload.png" \
    >"$work/hot.log" 2>&1 &
  spid=$!
  wait_for() { # wait_for REGEX [COUNT]: up to 20 s for the COUNTth matching line
    for _ in $(seq 1 200); do
      [ "$(grep -Ec "$1" "$work/hot.log")" -ge "${2:-1}" ] && return 0
      kill -0 "$spid" 2>/dev/null || return 1
      sleep 0.1
    done
    return 1
  }
  step=start
  if wait_for '^scene: all 64 tiles baked'; then
    step=break
    sed -i 's/^local STRENGTH = .*/local STRENGTH = = 2/' "$work/types/normal.lua"
    if wait_for "ERROR reload failed, previous version kept: rt:load: $work/types/normal.lua:[0-9]+: unexpected symbol"; then
      step=fix
      sed -i 's/^local STRENGTH = = 2/local STRENGTH = 2/' "$work/types/normal.lua"
      if wait_for "reloaded $work/types/normal.lua \(normal\)" && wait_for '^scene: all 64 tiles baked' 2; then
        step=done
      fi
    fi
  fi
  touch "$work/quit"
  wait "$spid"
  rc=$?
  spid=
  if [ "$step" = done ] && [ $rc = 0 ] && has "$work/hot.log" 'script errors 0' &&
     has "$work/hot.log" '^scene: OK$'; then
    ok "hot reload: a syntax error keeps the old version running and is reported with file:line; the fix re-bakes"
  else
    bad "hot reload (stopped at step '$step', exit $rc)" "$work/hot.log"
  fi

  # A type script that cannot load: reported with file:line, the rest runs.
  cp -r scripts/types "$work/types2"
  printf 'local kiln = require "kiln"\nkiln.artifact { name = "broken", compute = function() end\n' \
    >"$work/types2/broken.lua"
  scene "$work/broken.log" --cache-dir "$work/cache3" --types "$work/types2"
  rc=$?
  if [ $rc = 1 ] && has "$work/broken.log" "ERROR load failed: rt:load: $work/types2/broken.lua:[0-9]+:" &&
     has "$work/broken.log" '^scene: 64/64 tiles baked' && has "$work/broken.log" 'script errors 1' &&
     has "$work/broken.log" 'FAILED: 1 type scripts failed to load'; then
    ok "a type script that fails to load is reported; the other types bake; exit 1"
  else
    bad "broken type script (exit $rc)" "$work/broken.log"
  fi
fi

if [ "$skip" -gt 0 ]; then
  echo "demo: $pass passed, $fail failed, $skip skipped"
else
  echo "demo: $pass passed, $fail failed"
fi
[ "$fail" = 0 ]
