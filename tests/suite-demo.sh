#!/usr/bin/env bash
# The demo smoke suite (make test). Without a display: kiln.watch and hot
# reload checks (tests/demo/*.lua), the hello example, the scene's option
# and working-directory errors. With a display (X from
# tests/run-suites.sh, KILN_HAVE_X=1): the scene headless on a small grid
# in a scratch cache, cold then warm (cache hits), its screenshot decoded
# and checked not blank, scripted keys (R, C, Space, 1, 2), a script
# broken and fixed under hot reload while it runs, a type script that
# fails to load; the block atlas scene over every minetest-data texture
# (cold, then warm), over a directory with a corrupt PNG and a directory
# named like one, its keys, and Tab from either scene to the other.
# Prints "demo: N passed, N failed[, N skipped]".
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
( cd "$work" && "$OLDPWD/$kiln" "$OLDPWD/scripts/demo/atlas.lua" ) >>"$work/cwd.log" 2>&1
[ $? = 2 ] || rc=1
if [ $rc = 2 ] && has "$work/cwd.log" '^scene: run the scene from the kiln repo root' &&
   has "$work/cwd.log" '^atlas: run the scene from the kiln repo root'; then
  ok "run outside the repo root: clear error, exit 2"
else
  bad "run outside the repo root (exit $rc)" "$work/cwd.log"
fi

# The atlas scene's errors that come before any window.
"$kiln" scripts/demo/atlas.lua --dir "$work/nothing-here" >"$work/atlas-usage.log" 2>&1
rc1=$?
"$kiln" scripts/demo/atlas.lua --pick >>"$work/atlas-usage.log" 2>&1
rc2=$?
"$kiln" scripts/demo/atlas.lua --workers nan >>"$work/atlas-usage.log" 2>&1
rc3=$?
if [ $rc1 = 2 ] && [ $rc2 = 2 ] && [ $rc3 = 2 ] &&
   has "$work/atlas-usage.log" "^atlas: no PNG files under '$work/nothing-here'" &&
   has "$work/atlas-usage.log" '^atlas: --pick needs a value' &&
   has "$work/atlas-usage.log" '^atlas: --workers needs a number from 1 to 64, got nan'; then
  ok "atlas: no PNGs, a missing value, NaN: usage errors, exit 2"
else
  bad "atlas usage errors (exit $rc1 $rc2 $rc3)" "$work/atlas-usage.log"
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

# ---------------------------------------------------------- atlas scene --
MT=/usr/share/games/minetest/games/minetest_game
atlas() { # atlas LOG ARGS...: the atlas scene, headless
  local log=$1; shift
  "$kiln" scripts/demo/atlas.lua --headless --timeout 90 "$@" >"$log" 2>&1
}
if [ "$have_x" != 1 ]; then
  echo "skip atlas tests: no X display (KILN_HAVE_X=$have_x)"
  skip=$((skip + 5))
elif [ ! -d "$MT" ]; then
  bad "atlas: minetest-data is not installed ($MT; make deps)"
else
  # Every texture of the package: cold, then warm after a restart.
  atlas "$work/atlas.log" --cold --twice --cache-dir "$work/atlas-cache" --screenshot "$work/atlas.png"
  rc=$?
  n=$(find "$MT" -name '*.png' | wc -l)
  if [ $rc = 0 ] && has "$work/atlas.log" "^atlas: $n textures from $MT: $n baked, 0 failed" &&
     has "$work/atlas.log" "^atlas: bake 1, cold \(cold: empty cache\): .* computed $((n * 3)), cache hits 0" &&
     has "$work/atlas.log" "^atlas: bake 2, warm .* computed 0, cache hits $((n * 3))" &&
     has "$work/atlas.log" '^atlas: warm bake [0-9.]+x faster than cold' &&
     has "$work/atlas.log" '^atlas: bytes: .*compressed \([0-9.]+x smaller: bc1 [1-9][0-9]*, bc3 [1-9][0-9]*, bc5 '"$n"'\)' &&
     has "$work/atlas.log" '^atlas: OK$' &&
     python3 tests/demo/png_check.py "$work/atlas.png" 0 0 780 780 >"$work/atlas-png.log" 2>&1; then
    ok "atlas: all $n minetest-data textures bake cold, then warm with nothing computed; screenshot not blank"
  else
    bad "atlas over minetest-data (exit $rc)" "$work/atlas.log"
  fi

  # Bad files fail their own items, named with the reason; the rest bakes.
  tex=$work/tex
  mkdir -p "$tex/sub" "$tex/dir.png"
  cp "$MT/mods/default/textures/default_brick.png" "$MT/mods/default/textures/default_glass.png" "$tex/"
  cp "$MT/mods/default/textures/default_water_source_animated.png" "$tex/sub/"
  cp "$MT/mods/default/textures/default_stone.png" "$tex/it's a stone.png"
  printf '\211PNG\r\n\032\n\0\0\0\0' >"$tex/bad.png"
  atlas "$work/atlas-bad.log" --dir "$tex" --cache-dir "$work/atlas-bad" --twice
  rc=$?
  if [ $rc = 1 ] && has "$work/atlas-bad.log" "^atlas: 6 textures from $tex: 4 baked, 2 failed" &&
     has "$work/atlas-bad.log" "^atlas: failed: $tex/bad.png: .*kiln.image.decode_png: '$tex/bad.png': bad PNG" &&
     has "$work/atlas-bad.log" "^atlas: failed: $tex/dir.png: .*'$tex/dir.png' is a directory" &&
     has "$work/atlas-bad.log" '^atlas: bake 2, warm .* computed 6, cache hits 12' &&
     has "$work/atlas-bad.log" '^atlas: FAILED: 2 of 6 textures failed$'; then
    ok "atlas: a corrupt PNG and a directory named .png fail their own items with path and reason; exit 1"
  else
    bad "atlas with bad files (exit $rc)" "$work/atlas-bad.log"
  fi
  rm -rf "$tex/bad.png" "$tex/dir.png"

  # Keys: mip levels, picking, cold re-bake, warm restart, pause.
  atlas "$work/atlas-keys.log" --dir "$tex" --cache-dir "$work/atlas-keys" --pick default_glass \
    --keys 2:M,3:M,4:RIGHT,5:C,12:W,14:SPACE,16:SPACE
  rc=$?
  if [ $rc = 0 ] && has "$work/atlas-keys.log" 'cache cleared, baking cold' &&
     has "$work/atlas-keys.log" 'runtime restarted \(close [0-9]+ ms, start [0-9]+ ms\)' &&
     has "$work/atlas-keys.log" 'baking paused' && has "$work/atlas-keys.log" 'baking resumed' &&
     has "$work/atlas-keys.log" "^atlas: 4 textures from $tex: 4 baked, 0 failed" &&
     has "$work/atlas-keys.log" '^atlas: OK$'; then
    ok "atlas: keys M, Right, C, W, Space"
  else
    bad "atlas keys (exit $rc)" "$work/atlas-keys.log"
  fi
  "$kiln" scripts/demo/atlas.lua --headless --dir "$tex" --pick nope >"$work/atlas-pick.log" 2>&1
  rc=$?
  if [ $rc = 2 ] && has "$work/atlas-pick.log" "^atlas: --pick nope: no nope.png under $tex"; then
    ok "atlas: --pick of a texture that is not there: exit 2"
  else
    bad "atlas --pick nope (exit $rc)" "$work/atlas-pick.log"
  fi

  # Tab: grid -> atlas (options after -- go to it), and atlas -> grid.
  "$kiln" scripts/demo/scene.lua --headless --grid 2 --size 16 --cache-dir "$work/sw/grid" --keys 2:TAB \
    -- --dir "$tex" >"$work/switch.log" 2>&1
  rc1=$?
  "$kiln" scripts/demo/atlas.lua --headless --dir "$tex" --cache-dir "$work/sw2/atlas" --keys 2:TAB \
    -- --grid 2 --size 16 >"$work/switch2.log" 2>&1
  rc2=$?
  if [ $rc1 = 0 ] && has "$work/switch.log" "^atlas: 4 textures from $tex: 4 baked, 0 failed" &&
     has "$work/switch.log" '^atlas: OK$' && [ -d "$work/sw/atlas" ] &&
     [ $rc2 = 0 ] && has "$work/switch2.log" '^scene: 16/16 tiles baked' && has "$work/switch2.log" '^scene: OK$' &&
     [ -d "$work/sw2/grid" ]; then
    ok "Tab switches grid -> atlas and atlas -> grid in one window"
  else
    bad "scene switch (exit $rc1, $rc2)" "$work/switch.log"
    tail -n 8 "$work/switch2.log" | sed 's/^/     /'
  fi
fi

if [ "$skip" -gt 0 ]; then
  echo "demo: $pass passed, $fail failed, $skip skipped"
else
  echo "demo: $pass passed, $fail failed"
fi
[ "$fail" = 0 ]
