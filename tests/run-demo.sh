#!/usr/bin/env bash
# `make demo`: runs the demo scene headless until every tile is baked (or
# its timeout), saves $BUILD/demo.png and prints the scene's summary; the
# exit status is the scene's (0 only when every tile baked without a
# failure). Uses $DISPLAY when set, else starts its own Xvfb on a free :N.
#
#   KILN_DEMO_COLD=1 make demo        start from an empty cache
#   KILN_DEMO_ARGS="--grid 32" make demo   extra scene options (--help)
# The cache lives in $BUILD/demo-cache: a second run starts warm.
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
exit $rc
