#!/usr/bin/env bash
# examples/love under LÖVE 11 with Xvfb: the game bakes its tiles with kiln,
# checks the screen against the tiles' colours and quits by itself; then the
# same game packed as a .love archive runs again and is served from kiln's
# cache. Skipped only without an X server (run-suites.sh starts Xvfb).
set -u
cd "$(dirname "$0")/.."
root=$PWD
BUILD=${BUILD:-build}
if [ "${KILN_HAVE_X:-0}" != 1 ] && [ -z "${DISPLAY:-}" ]; then
  echo "love: no X server, skipped"; echo "love: 0 passed, 0 failed, 1 skipped"; exit 0
fi
if [ -n "${SAN:-}" ]; then # love's own LuaJIT cannot load a sanitizer-built kiln.so
  echo "love: sanitizer build, skipped"; echo "love: 0 passed, 0 failed, 1 skipped"; exit 0
fi
if ! command -v love >/dev/null; then echo "love: LÖVE is not installed"; echo "love: 0 passed, 1 failed"; exit 1; fi
work=$(mktemp -d /tmp/kiln-love-XXXXXX)
trap 'rm -rf "$work"' EXIT
pass=0 fail=0
game() { # game NAME PATH: runs the game in self-test mode, bounded in time
  env HOME="$work/home" XDG_DATA_HOME="$work/data" LUA_CPATH="$root/$BUILD/?.so;;" KILN_LOVE_SELFTEST=1 \
    KILN_LOVE_CACHE="$work/cache" KILN_LOVE_SHOT="$work/$1.png" \
    timeout 60 love "$2" >"$work/$1.log" 2>&1
}
expect() { # expect NAME PATTERN
  if grep -qE "$2" "$work/$1.log"; then echo "ok $1: $(grep -E 'kiln-love' "$work/$1.log" | tail -1)"; pass=$((pass + 1))
  else echo "FAIL $1:"; grep -v '^ALSA\|^AL lib' "$work/$1.log" | tail -20; fail=$((fail + 1)); fi
}
game dir examples/love
rc=$?
[ $rc = 0 ] || echo "dir: love exited $rc"
expect dir "kiln-love: screen matches 64/64 tiles; completed 64, cache hits 0, failed 0"
python3 - "$work/game.love" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    for d, _, files in os.walk("examples/love"):
        for f in files:
            p = os.path.join(d, f)
            z.write(p, os.path.relpath(p, "examples/love"))
PY
game packed "$work/game.love"
expect packed "kiln-love: screen matches 64/64 tiles; completed 64, cache hits 64, failed 0"
KILN_LOVE_GL=1 game gl examples/love
expect gl "kiln-love: gl_attach in LÖVE's context: backend [a-z]+, 64/64 tiles read back right"
if python3 -c "import sys; d=open(sys.argv[1],'rb').read(24); sys.exit(0 if d[1:4]==b'PNG' else 1)" "$work/dir.png" 2>/dev/null; then
  echo "ok screenshot"; pass=$((pass + 1))
else echo "FAIL screenshot: no PNG written"; fail=$((fail + 1)); fi
echo "love: $pass passed, $fail failed"
[ $fail = 0 ]
