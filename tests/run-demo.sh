#!/usr/bin/env bash
# `make demo`: runs the demo's two scenes headless, each until it has baked
# everything (or its timeout), and prints their summaries:
#   the grid scene (scripts/demo/grid.lua) -> $BUILD/demo.png; its cache
#     lives in $BUILD/demo-cache, so a second run starts warm;
#   the block atlas scene (scripts/demo/atlas.lua) over minetest-data's
#     textures -> $BUILD/atlas.png; it bakes cold into $BUILD/atlas-cache,
#     restarts and bakes again warm, and reports both times.
# The exit status is 0 only when both baked everything without a failure.
# Uses $DISPLAY when set, else starts its own Xvfb on a free :N.
#
#   KILN_DEMO_COLD=1 make demo        start the grid from an empty cache
#   KILN_DEMO_ARGS="--grid 32" make demo   extra grid options (--help)
#   KILN_ATLAS_ARGS="--pick default_glass" make demo   extra atlas options
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
cache=$BUILD/demo-cache
shot=$BUILD/demo.png

if [ ! -x "$BUILD/kiln" ]; then
  echo "run-demo: $BUILD/kiln is missing (make build)" >&2
  exit 1
fi
if [ "${KILN_DEMO_COLD:-0}" = 1 ]; then rm -rf "$cache"; fi

xpid=
cleanup() { [ -n "$xpid" ] && kill "$xpid" 2>/dev/null && wait "$xpid" 2>/dev/null; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  if ! command -v Xvfb >/dev/null; then
    echo "run-demo: no DISPLAY and no Xvfb (apt-get install xvfb)" >&2
    exit 1
  fi
  xlog=$(mktemp /tmp/kiln-demo-xvfb-XXXXXX.log)
  for n in $(seq 90 130); do
    [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >"$xlog" 2>&1 &
    xpid=$!
    for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    if kill -0 "$xpid" 2>/dev/null && [ -e "/tmp/.X11-unix/X$n" ]; then
      export DISPLAY=":$n"
      break
    fi
    kill "$xpid" 2>/dev/null; wait "$xpid" 2>/dev/null; xpid=  # display taken: next
  done
  rm -f "$xlog"
  if [ -z "${DISPLAY:-}" ]; then
    echo "run-demo: could not start Xvfb on any display :90..:130" >&2
    exit 1
  fi
fi

mkdir -p "$BUILD"
# shellcheck disable=SC2086 # KILN_DEMO_ARGS is a list of options
"$BUILD/kiln" scripts/demo/scene.lua --headless --screenshot "$shot" --cache-dir "$cache" \
  --timeout 120 ${KILN_DEMO_ARGS:-}
rc=$?
echo
# shellcheck disable=SC2086 # KILN_ATLAS_ARGS is a list of options
"$BUILD/kiln" scripts/demo/atlas.lua --headless --cold --twice --screenshot "$BUILD/atlas.png" \
  --cache-dir "$BUILD/atlas-cache" --timeout 120 ${KILN_ATLAS_ARGS:-}
arc=$?
[ $rc = 0 ] && rc=$arc
exit $rc
