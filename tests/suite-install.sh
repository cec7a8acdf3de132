#!/usr/bin/env bash
# make install into a private prefix, then build two programs against it the
# way a user would: an engine that links libkiln.a into its own LuaJIT host
# (pkg-config kiln), and plain luajit loading the installed kiln.so module.
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
if [ -n "${SAN:-}" ]; then echo "install: sanitizer build, skipped"; echo "install: 0 passed, 0 failed, 1 skipped"; exit 0; fi
work=$(mktemp -d /tmp/kiln-install-XXXXXX)
trap 'rm -rf "$work"' EXIT
pass=0 fail=0
check() { if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); fi; }
step() { # step NAME CMD...: runs CMD, prints its output on failure
  local name=$1; shift
  if "$@" >"$work/$name.log" 2>&1; then echo "ok $name"; return 0; fi
  echo "FAIL $name:"; tail -20 "$work/$name.log"; return 1
}
check step install make --no-print-directory BUILD="$BUILD" PREFIX="$work/prefix" install
export PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig"
check step pkgconfig pkg-config --exists kiln
check step link sh -c "gcc -std=c11 -o '$work/embed' tests/install/embed_smoke.c \$(pkg-config --cflags kiln) \
  \$(pkg-config --static --libs kiln)"
if [ -x "$work/embed" ]; then
  check step embed sh -c "'$work/embed' '$work/cache-embed' | grep -q 'embed: 16 applied, 16 written'"
fi
# The engine example: its own GLFW window and GL texture, kiln streaming into it.
if [ "${KILN_HAVE_X:-0}" = 1 ] || [ -n "${DISPLAY:-}" ]; then
  check step link-embed-c sh -c "gcc -std=c11 -Wall -Werror -o '$work/embed-c' examples/embed-c/main.c \
    \$(pkg-config --cflags kiln glfw3 gl) \$(pkg-config --static --libs kiln) -lGL"
  if [ -x "$work/embed-c" ]; then
    check step embed-c sh -c "EMBED_CACHE='$work/cache-c' timeout 60 '$work/embed-c' --check | \
      grep -q 'embed: 16/16 tiles applied, 0 wrong'"
  fi
else
  echo "embed-c: no X server, skipped"
fi
check step module sh -c "cd '$work' && LUA_CPATH='$work/prefix/lib/lua/5.1/?.so' luajit -e \
  \"local k = require 'kiln'; assert(k.runtime and k.version); print('module ok', k.version)\" | grep -q 'module ok'"
echo "install: $pass passed, $fail failed"
[ $fail = 0 ]
